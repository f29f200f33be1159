/**
 * Suggested changes: which findings get one (new, fixable, on lines inside the hunks), what the
 * suggestion holds (the whole fixed line(s), indentation kept), and the review on the fake API
 * (one review, never the same suggestion twice, GitHub's 422 for a line outside the diff).
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { DiffModel, FileDiff } from '../src/diff/model.js';
import { createClient } from '../src/github/client.js';
import { postSuggestions, SUGGESTION_MARKER, suggestionDrafts } from '../src/github/review.js';
import { checkFile, RuleIndex } from '../src/scan/engine.js';
import type { Finding } from '../src/scan/finding.js';
import { RULES } from '../src/scan/rules/index.js';
import { SourceFile } from '../src/scan/source.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/github-api.js';

const INDEX = new RuleIndex(RULES);

/** The scanner's real findings (with their real fixes) for a file. */
function scanText(path: string, text: string, isNew = true): Finding[] {
  const file = new SourceFile(path, text);
  return checkFile(file, INDEX.select(file), { minVersion: 'TLSv1.2', failOn: 'error' }).map((f) => ({ ...f, new: isNew }));
}

function diff(files: Record<string, Partial<FileDiff>>): DiffModel {
  return {
    files: new Map(Object.entries(files).map(([p, d]) => [p, { path: p, added: [], hunks: [], whole: false, ...d }])),
    base: 'a'.repeat(40),
    head: 'b'.repeat(40),
    source: 'api',
  };
}

const NGINX = 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n}\n';

describe('suggestion drafts', () => {
  test('the whole fixed line, indentation kept, anchored on the finding’s line', () => {
    const findings = scanText('site.conf', NGINX);
    expect(findings).toHaveLength(1);
    const drafts = suggestionDrafts(findings, diff({ 'site.conf': { hunks: [{ start: 1, end: 4 }] } }), () => NGINX);
    expect(drafts).toEqual([
      { path: 'site.conf', line: 3, body: expect.stringContaining('```suggestion\n    ssl_protocols TLSv1.2;\n```') },
    ]);
    expect(drafts[0].body.startsWith(SUGGESTION_MARKER)).toBe(true);
    expect(drafts[0].body).toContain('**tls-floor** `nginx/ssl-protocols`: ');
  });

  test('.NET: SecurityProtocolType flags become TLS 1.2 (and 1.3), the rest of the statement untouched; CRLF files', () => {
    const cs =
      'class A {\r\n    void M() {\r\n        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls | SecurityProtocolType.Tls11; // legacy\r\n    }\r\n}\r\n';
    const findings = scanText('src/A.cs', cs);
    expect(findings.some((f) => f.fix)).toBe(true);
    const drafts = suggestionDrafts(findings, diff({ 'src/A.cs': { hunks: [{ start: 1, end: 5 }] } }), () => cs);
    expect(drafts).toHaveLength(1);
    const fixed = /```suggestion\n([\s\S]*?)\n```/.exec(drafts[0].body)![1];
    expect(fixed).toMatch(/^ {8}ServicePointManager\.SecurityProtocol = SecurityProtocolType\.Tls12.*; \/\/ legacy$/);
    expect(fixed).not.toContain('\r');
    expect(fixed).not.toMatch(/\bTls\b|Tls11/);
  });

  test('only new, fixable, unsuppressed findings on lines inside the hunks; none for whole files or files that cannot be trusted', () => {
    const text = 'ssl_protocols TLSv1 TLSv1.2;\nx\nssl_protocols TLSv1.1 TLSv1.2;\n';
    const [first, second] = scanText('a.conf', text);
    const read = () => text;
    const hunkOnFirst = diff({ 'a.conf': { hunks: [{ start: 1, end: 2 }] } });
    expect(suggestionDrafts([first, second], hunkOnFirst, read).map((d) => d.line)).toEqual([1]);
    expect(suggestionDrafts([{ ...first, new: false }], hunkOnFirst, read)).toEqual([]);
    expect(suggestionDrafts([{ ...first, suppressed: { reason: 'r' } }], hunkOnFirst, read)).toEqual([]);
    expect(suggestionDrafts([{ ...first, fix: undefined }], hunkOnFirst, read)).toEqual([]);
    expect(suggestionDrafts([first], diff({ 'a.conf': { whole: true } }), read)).toEqual([]);
    expect(suggestionDrafts([first], diff({}), read)).toEqual([]);
    expect(suggestionDrafts([first], undefined, read)).toEqual([]);
    expect(suggestionDrafts([first], hunkOnFirst, () => undefined)).toEqual([]);
  });

  test('two fixes on one line: one suggestion with both; a multi-line fix: start_line and line', () => {
    const line = 'ssl_protocols TLSv1 TLSv1.2;';
    const [f] = scanText('b.conf', `${line}\n`);
    const other: Finding = {
      ...f,
      ruleId: 'x/other',
      column: 1,
      fix: { line: 1, column: 1, endLine: 1, endColumn: 14, replacement: 'proxy_ssl_protocols' },
    };
    const d = diff({ 'b.conf': { hunks: [{ start: 1, end: 1 }] }, 'c.conf': { hunks: [{ start: 1, end: 3 }] } });
    const drafts = suggestionDrafts([f, other], d, () => `${line}\n`);
    expect(drafts).toHaveLength(1);
    expect(drafts[0].body).toContain('```suggestion\nproxy_ssl_protocols TLSv1.2;\n```');
    const multi: Finding = { ...f, file: 'c.conf', fix: { line: 1, column: 5, endLine: 2, endColumn: 2, replacement: 'Z' } };
    expect(suggestionDrafts([multi], d, () => 'abcdefg\nhij\nk\n')).toEqual([
      { path: 'c.conf', line: 2, start_line: 1, body: expect.stringContaining('```suggestion\nabcdZij\n```') },
    ]);
  });

  test('a fixed line holding ``` gets a longer fence', () => {
    const [f] = scanText('d.conf', 'ssl_protocols TLSv1 TLSv1.2; # ```\n');
    const drafts = suggestionDrafts(
      [f],
      diff({ 'd.conf': { hunks: [{ start: 1, end: 1 }] } }),
      () => 'ssl_protocols TLSv1 TLSv1.2; # ```\n',
    );
    expect(drafts[0].body).toContain('````suggestion\nssl_protocols TLSv1.2; # ```\n````');
  });
});

describe('the review', () => {
  let api: FakeGitHub;
  afterEach(() => api.close());
  const repo = { owner: 'acme', repo: 'app' };
  const patch = '@@ -1,3 +1,4 @@\n server {\n     listen 443 ssl;\n+    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n }';

  test('one review of event COMMENT, batched; a re-run posts nothing twice, a changed suggestion is posted', async () => {
    api = await startFakeGitHub({ token: 't' });
    api.pullFiles.set(5, [
      { filename: 'site.conf', status: 'modified', patch },
      { filename: 'b.conf', status: 'added', patch: '@@ -0,0 +1 @@\n+ssl_protocols TLSv1 TLSv1.2;' },
    ]);
    const client = createClient('t', { GITHUB_API_URL: api.url });
    const findings = [...scanText('site.conf', NGINX), ...scanText('b.conf', 'ssl_protocols TLSv1 TLSv1.2;\n')];
    const files: Record<string, string> = { 'site.conf': NGINX, 'b.conf': 'ssl_protocols TLSv1 TLSv1.2;\n' };
    const d = api.diffOf(5);
    const drafts = suggestionDrafts(findings, d, (f) => files[f]);
    expect(await postSuggestions(client, repo, 5, 'c'.repeat(40), drafts)).toBe(2);
    expect(api.reviews).toEqual([expect.objectContaining({ event: 'COMMENT', commit_id: 'c'.repeat(40), comments: 2 })]);
    expect(api.requestsOf('pulls/create-review')[0].body).toMatchObject({
      comments: [
        { path: 'site.conf', line: 3, side: 'RIGHT' },
        { path: 'b.conf', line: 1, side: 'RIGHT' },
      ],
    });
    expect(await postSuggestions(client, repo, 5, 'c'.repeat(40), drafts)).toBe(0);
    expect(api.reviews).toHaveLength(1);
    // The author edits the line differently: the new suggestion is posted, the old one is not repeated.
    const changed = suggestionDrafts(scanText('b.conf', 'ssl_protocols TLSv1.1 TLSv1.2;\n'), d, () => 'ssl_protocols TLSv1.1 TLSv1.2;\n');
    expect(await postSuggestions(client, repo, 5, 'd'.repeat(40), [...drafts, ...changed])).toBe(1);
    expect(api.reviewComments).toHaveLength(3);
    expect(api.violations).toEqual([]);
  });

  test('the fake API answers like GitHub: a comment outside the hunks fails the whole review with 422', async () => {
    api = await startFakeGitHub({ token: 't' });
    api.pullFiles.set(5, [{ filename: 'site.conf', status: 'modified', patch }]);
    const client = createClient('t', { GITHUB_API_URL: api.url });
    const outside = { path: 'site.conf', line: 9, body: `${SUGGESTION_MARKER}\nx` };
    await expect(postSuggestions(client, repo, 5, 'c'.repeat(40), [outside])).rejects.toMatchObject({ status: 422 });
    expect(api.reviewComments).toEqual([]);
  });
});

describe('the fake API checks requests against GitHub’s OpenAPI description', () => {
  let api: FakeGitHub;
  afterEach(() => api.close());

  test('a body of the wrong shape, an unknown query parameter and an unknown route are violations', async () => {
    api = await startFakeGitHub();
    const post = (path: string, body: unknown, method = 'POST') =>
      fetch(`${api.url}${path}`, { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    expect(
      (await post('/repos/acme/app/pulls/5/reviews', { event: 'COMMENTED', comments: [{ path: 'a', line: '3', body: 'x' }] })).status,
    ).toBe(422);
    expect((await post('/repos/acme/app/issues/5/comments', { text: 'x' })).status).toBe(422);
    expect((await fetch(`${api.url}/repos/acme/app/pulls/5/files?per_page=100&number=5`)).status).toBe(422);
    expect((await fetch(`${api.url}/repos/acme/app/pulls/5/merge`, { method: 'PUT' })).status).toBe(404);
    expect(api.violations).toEqual([
      'pulls/create-review: body.event: "COMMENTED" is not one of APPROVE, REQUEST_CHANGES, COMMENT',
      'pulls/create-review: body.comments[0].line: expected integer, got string',
      'issues/create-comment: body.body: required',
      'issues/create-comment: body.text: not a field of this operation',
      'pulls/list-files: query number: not a parameter of pulls/list-files',
      'PUT /repos/acme/app/pulls/5/merge: not an operation the fake API plays',
    ]);
  });
});
