import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { diffFromApi, type ChangedFile } from '../../src/diff/api.js';
import { defaultFailScope, resolveDiff, type DiffApi } from '../../src/diff/event.js';
import { eventHasDiff } from '../../src/diff/kinds.js';
import { commit, git, initRepo, pullRequestRepo, tempDir } from './repo.js';

const r = (start: number, end = start) => ({ start, end });
const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

/** An in-memory `pulls.listFiles`: records the pages asked for. */
function fakeFiles(files: ChangedFile[]) {
  const calls: [number, number][] = [];
  const page = async (p: number, perPage: number) => {
    calls.push([p, perPage]);
    return files.slice((p - 1) * perPage, p * perPage);
  };
  return { calls, page };
}

describe('the REST API fallback', () => {
  test('paginates 100 per page until a short page; parses patches', async () => {
    const files: ChangedFile[] = Array.from({ length: 250 }, (_, i) => ({
      filename: `f${i}.conf`,
      status: 'modified',
      patch: '@@ -1 +1 @@\n-a\n+b',
    }));
    const fake = fakeFiles(files);
    const d = await diffFromApi(fake.page, { base: SHA_A, head: SHA_B });
    expect(fake.calls).toEqual([
      [1, 100],
      [2, 100],
      [3, 100],
    ]);
    expect(d.ok && d.diff.files.size).toBe(250);
    expect(d.ok && d.diff.files.get('f249.conf')).toEqual({ path: 'f249.conf', added: [r(1)], hunks: [r(1)], whole: false });
    expect(d.ok && { base: d.diff.base, head: d.diff.head, source: d.diff.source }).toEqual({ base: SHA_A, head: SHA_B, source: 'api' });
  });
  test('no patch: the whole file counts (binary, too big) unless nothing changed (pure rename); removed files left out', async () => {
    const fake = fakeFiles([
      { filename: 'big.conf', status: 'modified', changes: 40_000 },
      { filename: 'new.bin', status: 'added', changes: 0 },
      { filename: 'moved.conf', status: 'renamed', previous_filename: 'old.conf', changes: 0 },
      { filename: 'moved-big.conf', status: 'renamed', previous_filename: 'old-big.conf', changes: 90_000 },
      { filename: 'gone.conf', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' },
      { filename: 'bad.conf', status: 'modified', patch: 'not a patch' },
    ]);
    const d = await diffFromApi(fake.page, { base: SHA_A, head: SHA_B });
    expect(d.ok && Object.fromEntries([...d.diff.files].map(([k, v]) => [k, v.whole]))).toEqual({
      'big.conf': true,
      'new.bin': true,
      'moved.conf': false,
      'moved-big.conf': true,
      'bad.conf': true,
    });
  });
  test("GitHub's 3,000-file cap: an error, never a partial diff", async () => {
    const fake = fakeFiles(Array.from({ length: 3100 }, (_, i) => ({ filename: `f${i}`, status: 'added' })));
    const d = await diffFromApi(fake.page, { base: SHA_A, head: SHA_B, what: 'pull request #7' });
    expect(fake.calls).toHaveLength(30);
    expect(d).toEqual({
      ok: false,
      error:
        'pull request #7 changes 3,000 files or more and GitHub lists only the first 3,000; fetch the history (fetch-depth: 0) so the diff comes from git',
    });
  });
  test('an API error becomes an error value', async () => {
    const d = await diffFromApi(
      async () => {
        throw new Error('Resource not accessible by integration\nmore');
      },
      { base: SHA_A, head: SHA_B },
    );
    expect(d).toEqual({ ok: false, error: 'listing the files of the pull request failed: Resource not accessible by integration' });
  });
});

const prPayload = (base: string, head: string, number: unknown = 7) => ({
  number,
  pull_request: { number, base: { sha: base }, head: { sha: head } },
});

describe('resolveDiff', () => {
  test('pull_request and pull_request_target: git first', async () => {
    const pr = pullRequestRepo();
    for (const event of ['pull_request', 'pull_request_target']) {
      const res = await resolveDiff(event, prPayload(pr.base, pr.head), pr.dir);
      expect('diff' in res && res.diff && { base: res.diff.base, source: res.diff.source, files: [...res.diff.files.keys()] }).toEqual({
        base: pr.base0,
        source: 'git',
        files: ['app.conf'],
      });
    }
  });
  test('a shallow clone falls back to the API, and says why', async () => {
    const pr = pullRequestRepo();
    const clone = tempDir();
    git(clone, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${pr.dir}`, 'c');
    const asked: number[] = [];
    const api: DiffApi = {
      pullFiles: async (pull, page) => {
        asked.push(pull);
        return page === 1
          ? [{ filename: 'app.conf', status: 'modified', patch: '@@ -1,5 +1,5 @@\n a\n b\n-c\n+ssl_protocols TLSv1;\n d\n e' }]
          : [];
      },
    };
    const res = await resolveDiff('pull_request', prPayload(pr.base, pr.head), path.join(clone, 'c'), api);
    expect(asked).toEqual([7]);
    expect('diff' in res && res.diff?.source).toBe('api');
    expect('diff' in res && res.diff?.files.get('app.conf')?.added).toEqual([r(3)]);
    expect('note' in res && res.note).toMatch(/^the diff comes from the GitHub API: the base commit \w+ is not in the clone/);
  });
  test('a shallow clone without an API, or with a failing one: an error that names both causes', async () => {
    const pr = pullRequestRepo();
    const clone = tempDir();
    git(clone, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${pr.dir}`, 'c');
    const root = path.join(clone, 'c');
    expect(await resolveDiff('pull_request', prPayload(pr.base, pr.head), root)).toEqual({
      error: expect.stringMatching(/is not in the clone .*; the GitHub API cannot be asked instead \(no token\)$/),
    });
    const failing: DiffApi = {
      pullFiles: async () => {
        throw new Error('HttpError: API rate limit exceeded');
      },
    };
    expect(await resolveDiff('pull_request', prPayload(pr.base, pr.head), root, failing)).toEqual({
      error: expect.stringMatching(
        /is not in the clone .*; listing the files of pull request #7 failed: HttpError: API rate limit exceeded$/,
      ),
    });
  });
  test('push: before..after; a new branch and a force push judge everything', async () => {
    const dir = initRepo();
    const before = commit(dir, { 'a.conf': 'a\n' });
    const after = commit(dir, { 'a.conf': 'a\nb\n' });
    const res = await resolveDiff('push', { before, after }, dir);
    expect('diff' in res && res.diff?.files.get('a.conf')?.added).toEqual([r(2)]);
    expect(await resolveDiff('push', { before: '0'.repeat(40), after, created: true }, dir)).toEqual({
      diff: undefined,
      note: 'a new branch: every finding counts',
    });
    expect(await resolveDiff('push', { before, after, forced: true }, dir)).toEqual({
      diff: undefined,
      note: 'a force push: every finding counts',
    });
  });
  test('push with a depth-1 clone and a compare API', async () => {
    const dir = initRepo();
    const before = commit(dir, { 'a.conf': 'a\n' });
    const after = commit(dir, { 'a.conf': 'a\nb\n' });
    const clone = tempDir();
    git(clone, 'clone', '-q', '--depth', '1', `file://${dir}`, 'c');
    const seen: string[] = [];
    const api: DiffApi = {
      compareFiles: async (b, h, page) => {
        seen.push(`${b.slice(0, 4)}...${h.slice(0, 4)}#${page}`);
        return [{ filename: 'a.conf', status: 'modified', patch: '@@ -1 +1,2 @@\n a\n+b' }];
      },
    };
    const res = await resolveDiff('push', { before, after }, path.join(clone, 'c'), api);
    expect(seen).toEqual([`${before.slice(0, 4)}...${after.slice(0, 4)}#1`]);
    expect('diff' in res && res.diff?.source).toBe('api');
  });
  test.each(['schedule', 'workflow_dispatch', 'release', 'issue_comment'])('%s: everything counts', async (event) => {
    expect(await resolveDiff(event, {}, tempDir())).toEqual({ diff: undefined });
  });
  test.each([
    ['missing pull_request', {}],
    ['a short sha', prPayload('abc123', SHA_B)],
    ['an option for git', prPayload(`--output=/tmp/x${'a'.repeat(30)}`, SHA_B)],
    ['a ref name', prPayload(SHA_A, 'HEAD')],
    ['upper-case hex and a newline', prPayload(SHA_A, `${'B'.repeat(40)}\n`)],
    ['inherited properties', Object.create(prPayload(SHA_A, SHA_B))],
  ])('hostile pull_request payload (%s): an error value, git never runs', async (_name, payload) => {
    const res = await resolveDiff('pull_request', payload, '/nonexistent');
    expect(res).toEqual({
      error: expect.stringMatching(
        /^the pull_request event has no valid pull_request\.(base|head)\.sha \(a 40 or 64 hex digit commit id; got .*\)$/,
      ),
    });
  });
  test('hostile push payload', async () => {
    expect(await resolveDiff('push', { before: 42, after: SHA_B }, '/nonexistent')).toEqual({
      error: 'the push event has no valid before (a 40 or 64 hex digit commit id; got 42)',
    });
  });
  test('fail-scope defaults: new on pull requests, all otherwise', () => {
    expect(['pull_request', 'pull_request_target', 'merge_group', 'push', 'schedule', 'workflow_dispatch'].map(defaultFailScope)).toEqual([
      'new',
      'new',
      'new',
      'all',
      'all',
      'all',
    ]);
  });
  test('eventHasDiff (the action loads the resolver only then) is true exactly where resolveDiff looks for a diff', async () => {
    // Payloads resolveDiff cannot use: an event it looks at answers with an error, any other with "no diff".
    for (const name of ['pull_request', 'pull_request_target', 'push', 'merge_group', 'schedule', 'workflow_dispatch', 'release', '']) {
      const resolved = await resolveDiff(name, {}, '/nonexistent');
      expect([name, eventHasDiff(name)]).toEqual([name, 'error' in resolved]);
      if (!eventHasDiff(name)) expect(resolved).toEqual({ diff: undefined });
    }
  });
});
