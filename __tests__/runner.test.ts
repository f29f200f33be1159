/**
 * The runner's protocol (src/runner.ts) against @actions/core, which it replaces on the action's
 * hot path: the same calls must write the same bytes to stdout, GITHUB_OUTPUT and the job summary,
 * and fail the same way. Plus the documented format itself, so that both are checked, not just alike.
 */
import * as core from '@actions/core';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { AnnotationProperties } from '../src/report/annotations.js';
import * as runner from '../src/runner.js';

let dir: string;
const saved = { ...process.env };

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-runner-'));
  delete process.env.GITHUB_OUTPUT;
  delete process.env.GITHUB_STEP_SUMMARY;
});

afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** What `fn` writes to stdout. */
function stdoutOf(fn: () => void): string {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    fn();
  } finally {
    vi.restoreAllMocks();
  }
  return out;
}

const DELIMITER = /ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

const MESSAGES = ['plain', '50% done\r\nnext: a, b', '%0A is not a newline', '', 'ünïcödé ✓'];
const PROPERTIES: (AnnotationProperties | undefined)[] = [
  undefined,
  {},
  { title: 'rule: a, b', file: 'dir/with,comma:colon.conf', startLine: 3, endLine: 4 },
  { title: '100%\nx', file: 'a.conf', startLine: 1, endLine: 1, startColumn: 5, endColumn: 9 },
  { title: undefined, file: '', startLine: 0, startColumn: 0 },
  { title: undefined },
];

describe('annotations and log lines: the bytes @actions/core writes', () => {
  for (const level of ['error', 'warning', 'notice'] as const)
    test(level, () => {
      for (const message of MESSAGES)
        for (const props of PROPERTIES) {
          const ours = stdoutOf(() => runner[level](message, props));
          const theirs = stdoutOf(() => core[level](message, props));
          expect(ours, `${level} ${JSON.stringify(message)} ${JSON.stringify(props)}`).toBe(theirs);
        }
    });

  test('info', () => {
    for (const message of MESSAGES) expect(stdoutOf(() => runner.info(message))).toBe(stdoutOf(() => core.info(message)));
  });

  test('setFailed: the error annotation and exit code 1', () => {
    const ours = stdoutOf(() => runner.setFailed('it failed: 1%\nsecond line'));
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    expect(ours).toBe(stdoutOf(() => core.setFailed('it failed: 1%\nsecond line')));
    expect(process.exitCode).toBe(1);
  });

  test('the documented format: escaped data and properties, empty properties left out', () => {
    expect(stdoutOf(() => runner.error('50% done\r\nnext', { title: 'a:b,c%', file: 'x.conf', startLine: 3, startColumn: 0 }))).toBe(
      `::error title=a%3Ab%2Cc%25,file=x.conf,line=3::50%25 done%0D%0Anext${os.EOL}`,
    );
    expect(stdoutOf(() => runner.warning('w'))).toBe(`::warning::w${os.EOL}`);
  });
});

describe('inputs', () => {
  test('INPUT_ + the name upper-cased with spaces as _, trimmed, empty when unset', () => {
    const env = { 'INPUT_MIN-VERSION': '  TLSv1.3 \n', INPUT_MY_INPUT: ' x ' };
    expect(runner.getInput('min-version', env)).toBe('TLSv1.3');
    expect(runner.getInput('my input', env)).toBe('x');
    expect(runner.getInput('absent', env)).toBe('');
    process.env['INPUT_MIN-VERSION'] = '  TLSv1.3 \n';
    expect(runner.getInput('min-version')).toBe(core.getInput('min-version'));
  });
});

describe('outputs', () => {
  const VALUES = ['pass', '', 'line one\nline two\r\nthree', 'a<<b'];

  test('GITHUB_OUTPUT: the same heredoc entries, each with a fresh random delimiter', () => {
    const file = path.join(dir, 'output');
    process.env.GITHUB_OUTPUT = file;
    fs.writeFileSync(file, '');
    for (const v of VALUES) runner.setOutput('name', v);
    const ours = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, '');
    for (const v of VALUES) core.setOutput('name', v);
    const theirs = fs.readFileSync(file, 'utf8');
    expect(ours.replace(DELIMITER, 'D')).toBe(theirs.replace(DELIMITER, 'D'));
    const delimiters = ours.match(DELIMITER)!;
    expect(delimiters).toHaveLength(2 * VALUES.length);
    expect(new Set(delimiters).size).toBe(VALUES.length);
    expect(ours.startsWith(`name<<${delimiters[0]}${os.EOL}pass${os.EOL}${delimiters[0]}${os.EOL}`)).toBe(true);
    // Random (version 4) UUIDs, as crypto.randomUUID makes them: read from /dev/urandom where there is one.
    for (const d of delimiters) expect(d).toMatch(/^ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('GITHUB_OUTPUT naming a missing file: the same error', () => {
    process.env.GITHUB_OUTPUT = path.join(dir, 'missing');
    expect(() => runner.setOutput('a', 'b')).toThrow(`Missing file at path: ${process.env.GITHUB_OUTPUT}`);
    expect(() => core.setOutput('a', 'b')).toThrow(`Missing file at path: ${process.env.GITHUB_OUTPUT}`);
  });

  test('without GITHUB_OUTPUT: the set-output command, as @actions/core writes it', () => {
    for (const v of VALUES) expect(stdoutOf(() => runner.setOutput('n,a:m', v))).toBe(stdoutOf(() => core.setOutput('n,a:m', v)));
  });
});

describe('job summary', () => {
  // First: @actions/core's summary is one object that keeps the first file it could access.
  test('a summary file that cannot be written: the same error', async () => {
    process.env.GITHUB_STEP_SUMMARY = path.join(dir, 'missing', 'summary');
    const message = `Unable to access summary file: '${process.env.GITHUB_STEP_SUMMARY}'. Check if the file has correct read/write permissions.`;
    await expect(runner.appendSummary('x')).rejects.toThrow(message);
    await expect(core.summary.addRaw('x', true).write()).rejects.toThrow(message);
    core.summary.emptyBuffer(); // what failed to be written stays in its buffer
  });

  test('appends the Markdown and a line end, as summary.addRaw(text, true).write() does', async () => {
    const file = path.join(dir, 'summary');
    process.env.GITHUB_STEP_SUMMARY = file;
    fs.writeFileSync(file, 'before\n');
    await runner.appendSummary('## tls-floor\n\n| a | b |');
    const ours = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, 'before\n');
    await core.summary.addRaw('## tls-floor\n\n| a | b |', true).write();
    expect(ours).toBe(fs.readFileSync(file, 'utf8'));
  });
});
