/**
 * The bundles (dist/cli/index.js, dist/index.js) end when something below them fails: run with
 * worker threads (TLS_FLOOR_WORKERS=2, as on any runner with two or more CPUs) on trees whose
 * listing throws, each must exit within seconds instead of living until the job's timeout. And a
 * file with more findings than a spread fits on node's stack does not crash the CLI.
 *
 * (Should the listing learn to take these trees in its stride, the runs still have to end, and
 * the tests still say so.)
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { makeRepo } from './helpers/fixture.js';

const CLI = path.resolve('dist/cli/index.js');
const ACTION = path.resolve('dist/index.js');
/** .ci/run sets this to a Node 24 binary: GitHub runs actions on node24. */
const NODE = process.env.TLS_FLOOR_NODE ?? process.execPath;
/** Far above what these runs take (well under a second), far below "hangs". */
const DEADLINE_MS = 5000;

interface Ended {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs the bundle; a run that outlives the deadline is killed and fails the test. */
function run(args: string[], cwd: string, env: NodeJS.ProcessEnv, deadline = DEADLINE_MS): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(NODE, args, { cwd, env: { PATH: process.env.PATH, NO_COLOR: '1', TLS_FLOOR_WORKERS: '2', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`still running after ${deadline} ms: ${stderr}${stdout}`));
    }, deadline);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/** A config file whose exclude glob is too long for picomatch: the listing throws. */
const HUGE_EXCLUDE = { '.github/tls-floor.yml': `exclude:\n  - "${'a'.repeat(64 * 1024)}"\n`, 'nginx.conf': 'ssl_protocols TLSv1;\n' };

/** Outside git, a `.gitignore` that is a directory: the walk throws reading it. */
function gitignoreDirectory(): string {
  return makeRepo({ 'nginx.conf': 'ssl_protocols TLSv1;\n', '.gitignore/x': '' }, { git: false });
}

function action(workspace: string): Promise<Ended> {
  const out = path.join(path.dirname(workspace), `${path.basename(workspace)}-output`);
  fs.writeFileSync(out, '');
  // The inputs' defaults, as the runner passes them (action.yml).
  return run([ACTION], workspace, { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: out, INPUT_SCAN: 'true' });
}

describe('a listing that throws ends the process (worker threads started)', { timeout: 2 * DEADLINE_MS }, () => {
  test.each([
    ['a 64 KiB exclude glob', () => makeRepo(HUGE_EXCLUDE)],
    ['a .gitignore that is a directory, outside git', gitignoreDirectory],
  ])('CLI: %s', async (_, tree) => {
    const r = await run([CLI, 'scan'], tree(), {});
    expect(r.status).toEqual(expect.any(Number)); // ended by itself, not by a signal
    expect(r.status).not.toBe(0);
    expect(r.stderr).not.toMatch(/^\s+at /m); // one line, no stack trace
  });

  test.each([
    ['a 64 KiB exclude glob', () => makeRepo(HUGE_EXCLUDE)],
    ['a .gitignore that is a directory, outside git', gitignoreDirectory],
  ])('action: %s', async (_, tree) => {
    const r = await action(tree());
    expect(r.stdout).toMatch(/^::error::/m);
    expect(r.status).toBe(1);
  });
});

describe('a file with 140,000 findings', { timeout: 6 * DEADLINE_MS }, () => {
  // Past the ~125,000 arguments at which node's stack overflows in a push(...spread).
  test('CLI: no crash; the first findings listed, the rest counted, and it fails', async () => {
    const root = makeRepo({ 'nginx.conf': 'ssl_protocols TLSv1;\n'.repeat(140_000) });
    const r = await run([CLI, 'scan', '--max-file-size', '8MiB'], root, { TLS_FLOOR_WORKERS: '0' }, 5 * DEADLINE_MS);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      /^1000 findings \(1000 errors\) in 1 file; 139000 more not listed \(too many in one file\); nothing skipped$/m,
    );
    expect(r.status).toBe(1);
  });
});

describe('the CLI bundle loads in chunks', { timeout: 2 * DEADLINE_MS }, () => {
  // The scan lives in a chunk of the bundle; a worker must start the entry, not the chunk.
  test('worker threads scan their shares (and the findings of every share arrive)', async () => {
    const root = makeRepo({ 'a.conf': 'ssl_protocols TLSv1;\n', 'b.conf': 'ssl_protocols TLSv1.1;\n', 'c.conf': 'x\n' });
    const r = await run([CLI, 'scan'], root, {});
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^2 findings \(2 errors\) in 3 files/m);
    expect(r.status).toBe(1);
  });

  test('--version and --help answer without loading the chunks', async () => {
    const dir = makeRepo({}, { git: false });
    const chunks = fs.readdirSync(path.dirname(CLI)).filter((f) => /^\d+\.index\.js$/.test(f));
    expect(chunks.length).toBeGreaterThan(0);
    fs.copyFileSync(CLI, path.join(dir, 'index.js'));
    fs.copyFileSync(path.join(path.dirname(CLI), 'package.json'), path.join(dir, 'package.json'));
    for (const c of chunks) fs.writeFileSync(path.join(dir, c), 'throw new Error("chunk loaded");\n');
    const r = await run([path.join(dir, 'index.js'), '--version'], dir, {});
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(r.status).toBe(0);
    const help = await run([path.join(dir, 'index.js'), 'scan', '--help'], dir, {});
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatch(/^Usage: tls-floor scan \[paths…\] \[options\]\n/);
    expect(help.status).toBe(0);
    // Anything else needs the CLI: the stand-in chunk is loaded (and throws).
    expect((await run([path.join(dir, 'index.js'), 'rules'], dir, {})).status).not.toBe(0);
  });
});
