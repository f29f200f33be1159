import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli.js';
import { commit, git, initRepo, write } from './repo.js';

async function cli(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, isTTY: false });
  return { code, stdout, stderr };
}

const LEGACY = 'ssl_protocols TLSv1 TLSv1.2;';
const server = (line: string) => `server {\n    listen 443 ssl;\n    ${line}\n}\n`;

/** A repository with ten legacy settings on main, and a branch `pr` that adds an eleventh. */
function repo(): string {
  const dir = initRepo();
  const old: Record<string, string> = {};
  for (let i = 0; i < 10; i++) old[`deploy/old${i}.conf`] = server(LEGACY);
  commit(dir, { ...old, 'deploy/site.conf': server('ssl_protocols TLSv1.2;') }, 'ten legacy settings');
  git(dir, 'checkout', '-qb', 'pr');
  commit(dir, { 'deploy/site.conf': server(LEGACY) }, 'the PR adds one');
  return dir;
}

describe('tls-floor scan --diff REF', () => {
  test('judges only what changed since the merge base: 1 new, 10 pre-existing; fail-scope all judges 11', async () => {
    const dir = repo();
    const r = await cli(dir, 'scan', '--diff', 'main', '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.diff).toMatchObject({ source: 'git', worktree: true, mode: 'added', failScope: 'new', new: 1, preexisting: 10 });
    expect(
      report.findings.filter((f: { new: boolean }) => f.new).map((f: { file: string; line: number }) => `${f.file}:${f.line}`),
    ).toEqual(['deploy/site.conf:3']);

    const text = await cli(dir, 'scan', '--diff', 'main');
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^deploy\/site\.conf:3:5 {2}error/);
    expect(text.stdout).not.toContain('old0.conf');
    expect(text.stdout).toContain('1 new finding (1 error), 10 pre-existing (not listed)');

    // The fix, not yet committed: the work tree counts, so the new-only view passes…
    write(dir, { 'deploy/site.conf': server('ssl_protocols TLSv1.2 TLSv1.3;') });
    const fixed = await cli(dir, 'scan', '--diff', 'main');
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain('pass: nothing new below TLSv1.2 fails the check (10 pre-existing findings not judged: fail-scope new)');
    // …while fail-scope all still judges the ten old ones, and so does a scan without --diff.
    expect((await cli(dir, 'scan', '--diff', 'main', '--fail-scope', 'all')).code).toBe(1);
    expect((await cli(dir, 'scan')).code).toBe(1);
  });
  test('a pre-commit hook: a staged new file and an untracked one count as new', async () => {
    const dir = repo();
    write(dir, { 'deploy/staged.conf': server(LEGACY), 'deploy/untracked.conf': server(LEGACY) });
    git(dir, 'add', 'deploy/staged.conf');
    const r = await cli(dir, 'scan', '--diff', 'HEAD', '--format', 'json');
    const report = JSON.parse(r.stdout);
    expect(report.diff).toMatchObject({ new: 2, preexisting: 11 });
    expect(report.findings.filter((f: { new: boolean }) => f.new).map((f: { file: string }) => f.file)).toEqual([
      'deploy/staged.conf',
      'deploy/untracked.conf',
    ]);
  });
  test('--filter-mode file: anything in a changed file is new', async () => {
    const dir = repo();
    write(dir, { 'deploy/old0.conf': `${server(LEGACY)}# touched\n` });
    const r = JSON.parse((await cli(dir, 'scan', '--diff', 'main', '--filter-mode', 'file', '--format', 'json')).stdout);
    expect(r.diff).toMatchObject({ mode: 'file', new: 2, preexisting: 9 });
    const added = JSON.parse((await cli(dir, 'scan', '--diff', 'main', '--format', 'json')).stdout);
    expect(added.diff).toMatchObject({ mode: 'added', new: 1, preexisting: 10 });
  });
  test('a root below the repository top: paths stay relative to the root', async () => {
    const dir = repo();
    const r = await cli(path.join(dir, 'deploy'), 'scan', '--diff', 'main', '--format', 'json');
    const report = JSON.parse(r.stdout);
    expect(report.diff).toMatchObject({ new: 1, preexisting: 10 });
    expect(report.findings.find((f: { new: boolean }) => f.new).file).toBe('site.conf');
  });
  test.each([
    [['scan', '--diff', 'no-such-branch'], /^tls-floor: --diff: "no-such-branch" is not a commit in .*\n$/],
    [['scan', '--diff=--output=x'], /^tls-floor: --diff: "--output=x" is not a git ref \(see tls-floor --help\)\n$/],
    [
      ['scan', '--diff', 'main', '--filter-mode', 'lines'],
      /^tls-floor: filter-mode: "lines" is not a filter mode; expected added, diff_context, file, nofilter\n$/,
    ],
    [['probe', 'example.invalid', '--diff', 'main'], /^tls-floor: --diff: only scan compares against a git ref/],
  ])('usage errors are one line, exit 2: %j', async (argv, message) => {
    const dir = repo();
    const r = await cli(dir, ...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
  test('not a git repository', async () => {
    const dir = initRepo();
    fs.rmSync(path.join(dir, '.git'), { recursive: true });
    const r = await cli(dir, 'scan', '--diff', 'main');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tls-floor: --diff: .* is not a git work tree/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
