/** The CLI from its sources, over a fake CliIO: exit codes, help, messages and the terminal streams. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { runCli, terminalIO, type CliIO } from '../src/cli.js';
import { makeRepo } from './helpers/fixture.js';
import { closedPort } from './helpers/tls-server.js';

async function cli(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, isTTY: false };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const clean = makeRepo({ 'nginx.conf': 'ssl_protocols TLSv1.2 TLSv1.3;\n' }, { git: false });
const legacy = makeRepo({ 'nginx.conf': 'ssl_protocols TLSv1 TLSv1.2;\n' }, { git: false });

describe('exit codes', () => {
  test('0 pass, 1 legacy TLS, 0 with --no-fail', async () => {
    expect((await cli(clean, 'scan')).code).toBe(0);
    const r = await cli(legacy, 'scan');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^nginx\.conf:1:1  error  nginx\/ssl-protocols  /);
    expect((await cli(legacy, 'scan', '--no-fail')).code).toBe(0);
  });

  test('3 when only an endpoint could not be checked; 0 with --allow-unreachable', async () => {
    const port = await closedPort();
    expect((await cli(clean, 'probe', `127.0.0.1:${port}`, '--timeout', '1')).code).toBe(3);
    expect((await cli(clean, 'probe', `127.0.0.1:${port}`, '--timeout', '1', '--allow-unreachable')).code).toBe(0);
  });

  test.each([
    [
      ['scan', '--min-version', 'TLSv1.1'],
      'tls-floor: min-version: TLSv1.1 is itself legacy and cannot be the floor; expected TLSv1.2 or TLSv1.3\n',
    ],
    [
      ['scan', '--min-version', 'TLSv1.0'],
      'tls-floor: min-version: TLSv1.0 is itself legacy and cannot be the floor; expected TLSv1.2 or TLSv1.3\n',
    ],
    [['scan', '--format', 'xml'], 'tls-floor: --format: "xml" is not a format; expected text, json or sarif (see tls-floor --help)\n'],
    [['frobnicate'], 'tls-floor: unknown command "frobnicate" (see tls-floor --help)\n'],
    [
      ['probe', '127.0.0.1:1', '--per-host-concurrency', '0'],
      'tls-floor: per-host-concurrency: "0" is not a concurrency; expected a whole number from 1 to 1024\n',
    ],
  ])('2 for a usage or configuration error: %j', async (args, message) => {
    const r = await cli(clean, ...args);
    expect(r).toEqual({ code: 2, stdout: '', stderr: message });
  });

  test('2 when the config file names a report file outside the root', async () => {
    const root = makeRepo({ '.github/tls-floor.yml': 'report-file: ../stolen.json\n' }, { git: false });
    const r = await cli(root, 'scan');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tls-floor: .github/tls-floor.yml:1: report-file: "../stolen.json" is outside the workspace\n');
  });

  test('4 for an internal error (a bug), told apart from 2', async () => {
    let stderr = '';
    const io: CliIO = {
      stdout: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      },
      stderr: (t) => void (stderr += t),
      cwd: clean,
      isTTY: false,
    };
    expect(await runCli(['scan'], io)).toBe(4);
    expect(stderr).toBe("tls-floor: internal error: Cannot read properties of undefined (reading 'x') (please report this)\n");
  });
});

describe('messages clip what they echo', () => {
  const long = 'z'.repeat(10_000);
  test.each([
    [['scan', `--${long}`]],
    [[long]],
    [['scan', '--format', long]],
    [['scan', '--min-version', long]],
    [['scan', long]],
    [['scan', `../${long}`]],
  ])('a 10,000-character argument', async (args) => {
    const r = await cli(clean, ...args);
    expect(r.code).toBe(2);
    expect(r.stderr.length).toBeLessThan(300);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });
});

test('an endpoint message (probe/endpoints.ts, not clipped there yet) is still bounded by the one-line limit', async () => {
  const r = await cli(clean, 'probe', 'z'.repeat(10_000));
  expect(r.code).toBe(2);
  expect(r.stderr.length).toBeLessThan(1100);
});

describe('help', () => {
  test('--help: every command, the options and the exit codes, 4 included', async () => {
    const r = await cli(clean, '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Usage: tls-floor scan \[paths…\] \[options\]\n {7}tls-floor fix \[paths…\] \[--dry-run\] \[options\]\n {7}tls-floor probe/,
    );
    expect(r.stdout).toContain('--exclude GLOB');
    expect(r.stdout).toContain('--timeout S');
    expect(r.stdout).toContain('4 internal error');
    expect(r.stdout).toMatch(/--min-version V {2,}lowest allowed version: TLSv1\.2 \(default\) or TLSv1\.3\n/);
  });

  test('scan --help: only the scan', async () => {
    const r = await cli(clean, 'scan', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: tls-floor scan \[paths…\] \[options\]\n\nscan {3}finds/);
    expect(r.stdout).toContain('--exclude GLOB');
    expect(r.stdout).not.toContain('tls-floor probe');
    expect(r.stdout).not.toContain('--timeout');
    expect(r.stdout).toContain('4 internal error');
  });

  test('probe --help: only the probe', async () => {
    const r = await cli(clean, 'probe', '-h');
    expect(r.stdout).toMatch(/^Usage: tls-floor probe \[endpoints…\] \[options\]\n\nprobe {2}asks/);
    expect(r.stdout).toContain('--allow-unreachable');
    expect(r.stdout).not.toContain('--exclude');
  });

  test('rules --help: only the rules', async () => {
    const r = await cli(clean, 'rules', '--help');
    expect(r.stdout).toMatch(/^Usage: tls-floor rules \[--format text\|json\|markdown\]\n/);
    expect(r.stdout).not.toContain('--min-version');
  });
});

describe('--output', () => {
  test("is the local user's choice: anywhere", async () => {
    const elsewhere = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-elsewhere-')), 'new', 'r.json');
    const r = await cli(legacy, 'scan', '--output', elsewhere);
    expect(r.code).toBe(1);
    expect(JSON.parse(fs.readFileSync(elsewhere, 'utf8')).verdict).toBe('fail');
    expect(r.stderr).toMatch(/fail: TLSv1\.0 enabled below TLSv1\.2/);
  });

  test('under /proc: a one-line error at once (a recursive mkdir there never returns)', async () => {
    const started = Date.now();
    const r = await cli(clean, 'scan', '--output', '/proc/tls-floor/a/b/r.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tls-floor: --output: cannot write "\/proc\/tls-floor\/a\/b\/r\.json": E[A-Z]+\n$/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('terminalIO', () => {
  test('a reader that went away (EPIPE, `| head`) ends the output quietly', () => {
    const written: string[] = [];
    const stdout = new Writable({ write: (chunk, _enc, done) => (written.push(String(chunk)), done()) });
    const stderr = new Writable({ write: (chunk, _enc, done) => (written.push(`stderr: ${chunk}`), done()) });
    const io = terminalIO(stdout, stderr, '/');
    io.stdout('first\n');
    // Without a listener, emitting 'error' throws: that is the EPIPE stack trace users saw.
    expect(() => stdout.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))).not.toThrow();
    io.stdout('second\n');
    expect(written).toEqual(['first\n']);
  });

  test('another write error: one line on stderr', () => {
    const lines: string[] = [];
    const stdout = new Writable({ write: (_c, _e, done) => done() });
    const stderr = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    terminalIO(stdout, stderr, '/');
    stdout.emit('error', Object.assign(new Error('write ENOSPC'), { code: 'ENOSPC' }));
    expect(lines).toEqual(['tls-floor: cannot write the output: ENOSPC\n']);
  });
});
