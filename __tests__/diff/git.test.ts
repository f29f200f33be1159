import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { GitRepo, localDiff, pullRequestDiff, pushDiff } from '../../src/diff/git.js';
import { commit, git, initRepo, lines, pullRequestRepo, tempDir, write } from './repo.js';

const r = (start: number, end = start) => ({ start, end });

describe('pull requests from git', () => {
  test('head checked out: merge base of base and head, so the base moving on is not part of the PR', async () => {
    const pr = pullRequestRepo();
    const d = await pullRequestDiff(pr.dir, pr.base, pr.head);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.diff.base).toBe(pr.base0);
    expect(d.diff.head).toBe(pr.head);
    expect(d.diff.source).toBe('git');
    expect([...d.diff.files.keys()]).toEqual(['app.conf']);
    expect(d.diff.files.get('app.conf')).toEqual({ path: 'app.conf', added: [r(3)], hunks: [r(1, 6)], whole: false });
    expect(d.note).toBeUndefined();
  });
  test('merge commit checked out (the actions/checkout default): diff against its first parent', async () => {
    const pr = pullRequestRepo();
    git(pr.dir, 'checkout', '-q', '--detach', pr.merge);
    const d = await pullRequestDiff(pr.dir, pr.base, pr.head);
    expect(d.ok && { base: d.diff.base, head: d.diff.head, files: [...d.diff.files.keys()] }).toEqual({
      base: pr.base,
      head: pr.merge,
      files: ['app.conf'],
    });
  });
  test('a shallow clone of the merge commit with fetch-depth 2 is enough', async () => {
    const pr = pullRequestRepo();
    git(pr.dir, 'branch', '-q', 'pull-merge', pr.merge);
    const clone = tempDir();
    git(clone, 'clone', '-q', '--depth', '2', '--branch', 'pull-merge', `file://${pr.dir}`, 'c');
    const d = await pullRequestDiff(path.join(clone, 'c'), pr.base, pr.head);
    expect(d.ok && [...d.diff.files.keys()]).toEqual(['app.conf']);
  });
  test('a shallow clone (depth 1) says which commit is missing and which fetch-depth brings it', async () => {
    const pr = pullRequestRepo();
    const clone = tempDir();
    git(clone, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${pr.dir}`, 'c');
    const d = await pullRequestDiff(path.join(clone, 'c'), pr.base, pr.head);
    expect(d).toEqual({
      ok: false,
      error: `the base commit ${pr.base.slice(0, 12)} is not in the clone (the clone is shallow); use fetch-depth: 0 on actions/checkout, or the diff comes from the API`,
    });
  });
  test('a depth-1 clone of the merge commit: fetch-depth 2 is the advice', async () => {
    const pr = pullRequestRepo();
    git(pr.dir, 'branch', '-q', 'pull-merge', pr.merge);
    const clone = tempDir();
    git(clone, 'clone', '-q', '--depth', '1', '--branch', 'pull-merge', `file://${pr.dir}`, 'c');
    const d = await pullRequestDiff(path.join(clone, 'c'), pr.base, pr.head);
    expect(!d.ok && d.error).toBe(
      `the pull request's head commit ${pr.head.slice(0, 12)} is not in the clone (the clone is shallow); use fetch-depth: 2 (for the merge commit actions/checkout checks out by default) or 0 on actions/checkout, or the diff comes from the API`,
    );
  });
  test('a shallow clone that has both commits but not their merge base', async () => {
    const pr = pullRequestRepo();
    const clone = tempDir();
    git(clone, 'clone', '-q', '--depth', '1', '--no-single-branch', `file://${pr.dir}`, 'c');
    const d = await pullRequestDiff(path.join(clone, 'c'), pr.base, pr.head);
    expect(d.ok).toBe(false);
    expect(!d.ok && d.error).toMatch(/no merge base .* shallow clone\); use fetch-depth: 0/);
  });
  test('not a git work tree', async () => {
    const d = await pullRequestDiff(tempDir(), 'a'.repeat(40), 'b'.repeat(40));
    expect(!d.ok && d.error).toMatch(/is not a git work tree/);
  });
});

describe('pushes from git', () => {
  test('before..after', async () => {
    const dir = initRepo();
    const before = commit(dir, { 'a.conf': lines(5), 'b.conf': 'x\n' });
    commit(dir, { 'a.conf': lines(6) });
    const after = commit(dir, { 'c d/é.conf': 'ssl_protocols TLSv1;\n', 'q"\ttab\\.conf': 'x\r\ny\r\n' });
    const d = await pushDiff(dir, before, after);
    expect(d.ok && Object.fromEntries(d.diff.files)).toEqual({
      'a.conf': { path: 'a.conf', added: [r(6)], hunks: [r(3, 6)], whole: false },
      'c d/é.conf': { path: 'c d/é.conf', added: [r(1)], hunks: [r(1)], whole: false },
      'q"\ttab\\.conf': { path: 'q"\ttab\\.conf', added: [r(1, 2)], hunks: [r(1, 2)], whole: false },
    });
  });
  test('the commit before the push missing from a depth-1 clone', async () => {
    const dir = initRepo();
    const before = commit(dir, { 'a.conf': 'a\n' });
    const after = commit(dir, { 'a.conf': 'b\n' });
    const clone = tempDir();
    git(clone, 'clone', '-q', '--depth', '1', `file://${dir}`, 'c');
    const d = await pushDiff(path.join(clone, 'c'), before, after);
    expect(!d.ok && d.error).toBe(
      `the commit before the push ${before.slice(0, 12)} is not in the clone (the clone is shallow); use fetch-depth: 0 on actions/checkout, or the diff comes from the API`,
    );
  });
  test('a diff too big to read becomes whole files, with a note', async () => {
    const dir = initRepo();
    const before = commit(dir, { 'a.conf': lines(50), 'gone.conf': 'x\n' });
    git(dir, 'rm', '-q', 'gone.conf');
    const after = commit(dir, { 'a.conf': lines(60) });
    const d = await pushDiff(dir, before, after, { maxDiffBytes: 64 });
    expect(d.ok && [...d.diff.files.values()]).toEqual([{ path: 'a.conf', added: [], hunks: [], whole: true }]);
    expect(d.ok && d.note).toMatch(/larger than 64 bytes/);
  });
});

describe('git never hangs', () => {
  test('a command that outlives the timeout is killed, with what it started, and reported', async () => {
    const dir = initRepo();
    const t = performance.now();
    const run = await new GitRepo(dir, { timeoutMs: 200 }).run(['-c', 'alias.slow=!sleep 0.6 && touch late', 'slow']);
    expect(run.ok).toBe(false);
    expect(run.problem).toMatch(/did not finish within/);
    expect(performance.now() - t).toBeLessThan(550);
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(fs.existsSync(path.join(dir, 'late'))).toBe(false);
  });
});

describe('local runs: scan --diff REF', () => {
  test('commits since the merge base, staged, unstaged and untracked changes all count; paths relative to a subdirectory root', async () => {
    const dir = initRepo();
    commit(dir, { 'svc/a.conf': lines(5), 'svc/b.conf': lines(5), 'top.conf': 'x\n', '.gitignore': 'ignored.conf\n' });
    git(dir, 'checkout', '-qb', 'work');
    commit(dir, { 'svc/a.conf': lines(6) });
    write(dir, { 'svc/b.conf': lines(7), 'svc/new file.conf': 'n\n', 'svc/ignored.conf': 'i\n', 'top.conf': 'y\n' });
    git(dir, 'add', 'svc/b.conf');
    fs.appendFileSync(path.join(dir, 'svc/b.conf'), 'unstaged\n');
    const d = await localDiff(path.join(dir, 'svc'), 'main');
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.diff.worktree).toBe(true);
    expect(d.diff.head).toBe(git(dir, 'rev-parse', 'HEAD'));
    expect(Object.fromEntries([...d.diff.files].map(([k, v]) => [k, v.whole ? 'whole' : v.added]))).toEqual({
      'a.conf': [r(6)],
      'b.conf': [r(6, 8)],
      'new file.conf': 'whole',
    });
  });
  test('a ref that is not a commit, and a ref that looks like an option', async () => {
    const dir = initRepo();
    commit(dir, { a: 'a\n' });
    expect(await localDiff(dir, 'nope')).toEqual({ ok: false, error: `"nope" is not a commit in ${dir}` });
    const d = await localDiff(dir, '--output=/tmp/x');
    expect(d.ok).toBe(false);
  });
});
