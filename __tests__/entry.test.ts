/** How the entries end (src/entry.ts): an exit code whatever happens, and no process kept alive. */
import { describe, expect, test, vi } from 'vitest';
import { EXIT_GRACE_MS, runEntry, type EntryProcess } from '../src/entry.js';

function fakeProcess(pending = { stdout: 0 }) {
  const exits: (number | string | null | undefined)[] = [];
  const proc: EntryProcess = {
    exitCode: undefined,
    exit() {
      exits.push(this.exitCode);
    },
    stdout: {
      get writableLength() {
        return pending.stdout;
      },
    },
    stderr: { writableLength: 0 },
  };
  return { proc, exits };
}

describe('runEntry', () => {
  test('sets the exit code main returns; a throw sets the crash code and is reported once', async () => {
    const ok = fakeProcess();
    await runEntry(async () => 3, { exitCode: 70, report: () => expect.unreachable() }, ok.proc);
    expect(ok.proc.exitCode).toBe(3);

    const crashed = fakeProcess();
    const reported: unknown[] = [];
    await runEntry(
      async () => {
        throw new Error('boom');
      },
      { exitCode: 70, report: (e) => reported.push(e) },
      crashed.proc,
    );
    expect(crashed.proc.exitCode).toBe(70);
    expect(reported).toEqual([new Error('boom')]);
  });

  test('a report that throws too (stderr closed) leaves the crash code', async () => {
    const { proc } = fakeProcess();
    const thrown = runEntry(
      async () => {
        throw new Error('boom');
      },
      {
        exitCode: 70,
        report: () => {
          throw new Error('EPIPE');
        },
      },
      proc,
    );
    await expect(thrown).resolves.toBeUndefined();
    expect(proc.exitCode).toBe(70);
  });

  test('a process still alive after the grace period exits, once its output is written', async () => {
    vi.useFakeTimers();
    try {
      const pending = { stdout: 100 };
      const { proc, exits } = fakeProcess(pending);
      await runEntry(async () => 1, { exitCode: 70, report: () => undefined }, proc);
      vi.advanceTimersByTime(EXIT_GRACE_MS - 1);
      expect(exits).toEqual([]);
      vi.advanceTimersByTime(EXIT_GRACE_MS);
      expect(exits).toEqual([]); // output still being written: it waits
      pending.stdout = 0;
      vi.advanceTimersByTime(EXIT_GRACE_MS);
      expect(exits).toEqual([1]);
    } finally {
      vi.useRealTimers();
    }
  });
});
