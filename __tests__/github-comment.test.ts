/**
 * The sticky comment: its Markdown (pure) and its life on a pull request (the fake API): found by
 * the marker across pages, updated in place, never created on a pull request with nothing to say.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { DiffModel } from '../src/diff/model.js';
import { createClient } from '../src/github/client.js';
import { findComment, upsertComment } from '../src/github/comment.js';
import { codeCell, COMMENT_LIMIT, COMMENT_MARKER, commentMarker, commentWanted, formatComment, jobKey } from '../src/report/comment.js';
import { buildReport, EMPTY_STATS } from '../src/report/report.js';
import type { EndpointResult } from '../src/probe/types.js';
import type { Finding } from '../src/scan/finding.js';
import { BOT, startFakeGitHub, type FakeGitHub } from './helpers/github-api.js';

const POLICY = { minVersion: 'TLSv1.2', failOn: 'error' } as const;
const STATS = EMPTY_STATS;

function finding(file: string, line: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'nginx/ssl-protocols',
    title: 't',
    file,
    line,
    column: 19,
    endLine: line,
    endColumn: 25,
    versions: ['TLSv1.0'],
    enabled: ['TLSv1.0', 'TLSv1.2'],
    severity: 'error',
    message: '`ssl_protocols TLSv1 TLSv1.2;` enables TLSv1.0; use `ssl_protocols TLSv1.2 TLSv1.3;`',
    snippet: 'ssl_protocols TLSv1 TLSv1.2;',
    fix: { line, column: 19, endLine: line, endColumn: 32, replacement: 'TLSv1.2' },
    ...extra,
  };
}

/** A diff in which `changed` files have their line 1..5 added. */
function diffOf(...changed: string[]): DiffModel {
  return {
    files: new Map(changed.map((p) => [p, { path: p, added: [{ start: 1, end: 5 }], hunks: [{ start: 1, end: 8 }], whole: false }])),
    base: 'a'.repeat(40),
    head: 'b'.repeat(40),
    source: 'git',
  };
}

function prReport(findings: Finding[], diff = diffOf('new.conf')) {
  return buildReport({ scan: { findings, suppressed: [], stats: STATS, errors: [] }, policy: POLICY, diff, failScope: 'new' });
}

const link = (file: string, line: number) => `https://github.com/acme/app/blob/${'b'.repeat(40)}/${file}#L${line}`;

describe('the comment’s Markdown', () => {
  test('verdict, the new findings linked to the head commit with the fixed line, the pre-existing ones counted and collapsed', () => {
    const r = prReport([finding('new.conf', 3), finding('old.conf', 2), finding('old.conf', 40)]);
    const text = formatComment(r, { link, fixed: (f) => `    ssl_protocols TLSv1.2; # line ${f.line}`, headSha: 'b'.repeat(40) });
    expect(text.startsWith(`${COMMENT_MARKER}\n### ❌ tls-floor: TLSv1.0 enabled below TLSv1.2\n`)).toBe(true);
    expect(text).toContain('**1 new finding** on lines this pull request changes:');
    expect(text).toContain(
      `| [new.conf:3](${link('new.conf', 3)}) | \`nginx/ssl-protocols\` | TLSv1.0 | \`ssl_protocols TLSv1.2; # line 3\` |`,
    );
    expect(text).toMatch(
      /<details><summary>2 pre-existing findings on lines this pull request does not change: not judged here \(fail-scope: new\)<\/summary>/,
    );
    expect(text.indexOf('old.conf:2')).toBeGreaterThan(text.indexOf('<details>'));
    expect(text).toContain('commit bbbbbbbbbbbb');
    expect(formatComment(r, { suggestions: 2 })).toContain('2 suggested fixes in a review on this pull request: one click each.');
  });

  test('passing: green, and says nothing new was found', () => {
    const r = prReport([finding('old.conf', 2)]);
    const text = formatComment(r);
    expect(text).toMatch(/^<!-- tls-floor:comment -->\n### ✅ tls-floor: no new legacy TLS — nothing new below TLSv1\.2 fails the check/);
    expect(text).toContain('Nothing this pull request changes enables a legacy TLS version.');
    expect(text).toContain('1 pre-existing finding on lines');
  });

  test('text from the repository cannot break the table or inject HTML; no fix: the rule’s advice', () => {
    const hostile = finding('a|b<img src=x onerror=alert(1)>.conf', 1, {
      fix: undefined,
      message: '`x` enables TLSv1.0; use <script>alert(1)</script> | `y`',
    });
    const text = formatComment(prReport([hostile], diffOf('a|b<img src=x onerror=alert(1)>.conf')), { link: () => undefined });
    const row = text.split('\n').find((l) => l.includes('a\\|b'))!;
    expect(row).toContain('`a\\|b<img src=x onerror=alert(1)>.conf:1`');
    expect(row).toContain('use &lt;script>alert(1)&lt;/script> \\| `y`');
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(4);
    expect(text).not.toMatch(/<script>/);
    expect(codeCell('a `tick` b')).toBe('``a `tick` b``');
    // A link whose target holds parentheses cannot close early and smuggle in an image.
    const sneaky = formatComment(prReport([finding('x).conf', 1)], diffOf('x).conf')), {
      link: (file) => `https://github.com/acme/app/blob/b/${file}#L1 ![t](https://evil.example/p.png)`,
    });
    expect(sneaky).toContain('[x).conf:1](https://github.com/acme/app/blob/b/x%29.conf#L1%20![t]%28https://evil.example/p.png%29)');
    expect(codeCell('`edge`')).toBe('`` `edge` ``');
  });

  test('stays within GitHub’s 65,536-character limit with thousands of findings', () => {
    const many = Array.from({ length: 5000 }, (_, i) => finding(`conf/very/long/path/number/${i}/site.conf`, 1));
    const files = many.map((f) => f.file);
    const text = formatComment(prReport(many, diffOf(...files.slice(0, 2500))), { link });
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(text).toMatch(/_\d+ more new findings not listed here \(comment size limit\): see the job summary\._/);
    expect(text).toMatch(/_\d+ more in the job summary\._/);
    expect(text).toContain('</details>');
  });

  test('probed endpoints: the matrix, open when one fails; a failing endpoint alone makes the comment wanted', () => {
    const no = { kind: 'rejected', alert: 70, alertName: 'protocol_version' } as const;
    const yes = (v: 'TLSv1.0' | 'TLSv1.2') => ({ version: v, outcome: { kind: 'accepted', serverVersion: v } as const, ms: 1 });
    const endpoint: EndpointResult = {
      endpoint: { target: 'pay|ments.test:443', host: 'payments.test', port: 443, starttls: null, sni: 'payments.test' },
      addresses: [
        {
          address: '192.0.2.1',
          family: 4,
          accepted: ['TLSv1.0', 'TLSv1.2'],
          results: [{ version: 'SSLv3', outcome: no, ms: 1 }, yes('TLSv1.0'), yes('TLSv1.2')],
          error: null,
        },
      ],
      accepted: ['TLSv1.0', 'TLSv1.2'],
      error: null,
    };
    const r = buildReport({ endpoints: [endpoint], policy: POLICY });
    const text = formatComment(r);
    expect(text).toContain('<details open><summary>Endpoints (1 probed)</summary>');
    expect(text).toContain('| pay\\|ments.test:443 | 192.0.2.1 |');
    expect(text).toContain('FAIL: accepts TLSv1.0');
    expect(commentWanted(r, false)).toBe(true);
  });

  test('no comment is wanted on a pull request that never had anything to report', () => {
    expect(commentWanted(prReport([finding('old.conf', 2)]), false)).toBe(false);
    expect(commentWanted(prReport([finding('old.conf', 2)]), true)).toBe(true);
    expect(commentWanted(prReport([finding('new.conf', 2)]), false)).toBe(true);
  });
});

describe('the comment on a pull request', () => {
  let api: FakeGitHub;
  afterEach(() => api.close());
  const repo = { owner: 'acme', repo: 'app' };

  test('found by its marker past the first page of 100 comments, then updated in place; unchanged text is not sent again', async () => {
    api = await startFakeGitHub({ token: 't' });
    for (let i = 0; i < 130; i++)
      api.comments.push({
        id: i + 1,
        issue_number: 7,
        body: `chatter ${i}`,
        user: { login: 'dev', type: 'User' },
        created_at: '',
        updated_at: '',
      });
    // Someone quoting our comment is not our comment.
    api.comments.push({
      id: 500,
      issue_number: 7,
      body: `> ${COMMENT_MARKER}\n> quoted`,
      user: { login: 'dev', type: 'User' },
      created_at: '',
      updated_at: '',
    });
    api.comments.push({ id: 501, issue_number: 7, body: `${COMMENT_MARKER}\nold`, user: BOT, created_at: '', updated_at: '' });
    const client = createClient('t', { GITHUB_API_URL: api.url });
    expect(await findComment(client, repo, 7)).toEqual({ id: 501, body: `${COMMENT_MARKER}\nold` });
    expect(api.requestsOf('issues/list-comments').map((r) => r.query.page)).toEqual([undefined, '2']);
    expect(await upsertComment(client, repo, 7, () => `${COMMENT_MARKER}\nnew`)).toBe('updated');
    expect(api.comments.find((c) => c.id === 501)!.body).toBe(`${COMMENT_MARKER}\nnew`);
    expect(await upsertComment(client, repo, 7, () => `${COMMENT_MARKER}\nnew`)).toBe('unchanged');
    expect(api.requestsOf('issues/update-comment')).toHaveLength(1);
    expect(api.requestsOf('issues/create-comment')).toHaveLength(0);
    expect(api.violations).toEqual([]);
  });

  test('two jobs on one pull request each keep their own comment', async () => {
    api = await startFakeGitHub({ token: 't' });
    const client = createClient('t', { GITHUB_API_URL: api.url });
    const scanJob = commentMarker('.github/workflows/tls.yml:scan');
    const probeJob = commentMarker('.github/workflows/tls.yml:probe');
    const body = (marker: string, text: string) => () => `${marker}\n${text}`;
    expect(await upsertComment(client, repo, 11, body(scanJob, 'scan 1'), scanJob)).toBe('created');
    expect(await upsertComment(client, repo, 11, body(probeJob, 'probe 1'), probeJob)).toBe('created');
    expect(await upsertComment(client, repo, 11, body(scanJob, 'scan 2'), scanJob)).toBe('updated');
    expect(await upsertComment(client, repo, 11, body(probeJob, 'probe 1'), probeJob)).toBe('unchanged');
    expect(api.comments.filter((c) => c.issue_number === 11).map((c) => c.body)).toEqual([`${scanJob}\nscan 2`, `${probeJob}\nprobe 1`]);
    // The unkeyed marker (a run outside a workflow) is a third comment, not either job's.
    expect(await findComment(client, repo, 11)).toBeUndefined();
    expect(api.violations).toEqual([]);
  });

  test('the job key: workflow file and job id from the runner; the marker cannot end early', () => {
    expect(jobKey({ GITHUB_JOB: 'scan', GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/tls.yml@refs/pull/7/merge' })).toBe(
      '.github/workflows/tls.yml:scan',
    );
    expect(jobKey({ GITHUB_JOB: 'scan', GITHUB_WORKFLOW: 'TLS' })).toBe('TLS:scan');
    expect(jobKey({ GITHUB_WORKFLOW_REF: 'acme/app/.github/workflows/tls.yml@refs/heads/main' })).toBeUndefined();
    expect(commentMarker(undefined)).toBe(COMMENT_MARKER);
    expect(commentMarker('w.yml:job --> <b>x</b>')).toBe('<!-- tls-floor:comment w.yml:job_--___b_x_/b_ -->');
    const text = formatComment(prReport([finding('new.conf', 2)]), { job: 'w.yml:scan' });
    expect(text.split('\n')[0]).toBe('<!-- tls-floor:comment w.yml:scan -->');
    expect(text).toContain('job `w.yml:scan`');
  });

  test('created once when wanted; not created when render says no', async () => {
    api = await startFakeGitHub({ token: 't' });
    const client = createClient('t', { GITHUB_API_URL: api.url });
    expect(await upsertComment(client, repo, 9, (exists) => (exists ? 'x' : undefined))).toBe('not needed');
    expect(api.comments).toEqual([]);
    expect(await upsertComment(client, repo, 9, () => `${COMMENT_MARKER}\nhi`)).toBe('created');
    expect(api.requestsOf('issues/create-comment')[0]).toMatchObject({
      path: '/repos/acme/app/issues/9/comments',
      body: { body: `${COMMENT_MARKER}\nhi` },
    });
    expect(api.violations).toEqual([]);
  });
});
