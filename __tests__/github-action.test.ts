/**
 * The action on pull requests, through runAction on the sources: a fixture repository with base
 * and head commits, a real `pull_request` payload, and the loopback fake GitHub API. First run,
 * re-run, the fix applied, a fork's read-only token, a 422 from the review endpoint, a 5xx, rate
 * limits, no token, more than 100 changed files — and the token never printed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { runAction, type ActionIO } from '../src/action.js';
import { COMMENT_MARKER } from '../src/report/comment.js';
import { SUGGESTION_MARKER } from '../src/github/review.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/github-api.js';
import { OWNER, PULL, REPO, pullFiles, pullRequestRepo, pushToPullRequest, type PullRequestFixture } from './helpers/pull-request.js';
import { makeRepo } from './helpers/fixture.js';
import { runActionBundle } from './helpers/bundle.js';
import { describeResults, validateSarif } from './helpers/sarif-validator.js';

const TOKEN = 'ghs_f4keT0kenThatMustNeverBePrinted0123';

/** Ten legacy settings the repository already has. */
const LEGACY_BASE: Record<string, string> = Object.fromEntries(
  Array.from({ length: 10 }, (_, i) => [`legacy/site${i}.conf`, `server {\n  ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n}\n`]),
);
const SITE_BEFORE = 'server {\n    listen 443 ssl;\n    server_name example.test;\n}\n';
const SITE_AFTER = 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1 TLSv1.2;\n    server_name example.test;\n}\n';
const SITE_FIXED = 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2;\n    server_name example.test;\n}\n';

interface Recorded {
  readonly lines: string[];
  readonly outputs: Record<string, string>;
  readonly warnings: string[];
  readonly errors: { message: string; file?: string; line?: number }[];
  failed?: string;
  summary: string;
}

function recorder(env: NodeJS.ProcessEnv, inputs: Record<string, string>): { io: ActionIO; rec: Recorded } {
  const rec: Recorded = { lines: [], outputs: {}, warnings: [], errors: [], summary: '' };
  const log = (kind: string) => (message: string, props?: object) =>
    rec.lines.push(`${kind} ${message} ${props ? JSON.stringify(props) : ''}`);
  const io: ActionIO = {
    getInput: (name) => inputs[name] ?? '',
    setOutput: (name, value) => {
      rec.outputs[name] = value;
      rec.lines.push(`output ${name}=${value}`);
    },
    setFailed: (message) => {
      rec.failed = message;
      rec.lines.push(`failed ${message}`);
    },
    info: log('info'),
    error: (message, props) => {
      rec.errors.push({ message, file: props?.file, line: props?.startLine });
      log('error')(message, props);
    },
    warning: (message, props) => {
      rec.warnings.push(message);
      log('warning')(message, props);
    },
    notice: log('notice'),
    writeSummary: async (markdown) => {
      rec.summary += markdown;
    },
    env,
  };
  return { io, rec };
}

let api: FakeGitHub | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function fakeFor(fx: PullRequestFixture, opts: { readOnly?: boolean } = {}): Promise<FakeGitHub> {
  api = await startFakeGitHub({ token: TOKEN, readOnly: opts.readOnly });
  api.pullFiles.set(PULL, pullFiles(fx.dir, fx.base, fx.head));
  return api;
}

async function run(fx: PullRequestFixture, fake: FakeGitHub | undefined, inputs: Record<string, string> = {}, runId = '1001') {
  const env: NodeJS.ProcessEnv = {
    GITHUB_WORKSPACE: fx.dir,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: fx.eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake?.url ?? 'http://127.0.0.1:9',
    GITHUB_SHA: fx.head,
    GITHUB_RUN_ID: runId,
  };
  const { io, rec } = recorder(env, { 'github-token': TOKEN, ...inputs });
  await runAction(io);
  // Whatever happened, the token is in nothing the action printed, wrote or sent as content.
  const printed = JSON.stringify(rec) + (fake ? JSON.stringify(fake.requests.map((r) => r.body)) : '');
  expect(printed).not.toContain(TOKEN);
  expect(printed).not.toContain(TOKEN.slice(4, 20));
  if (fake) expect(fake.violations).toEqual([]);
  return rec;
}

describe('a pull request that adds one legacy setting to a repository with ten', () => {
  test('first run: one annotation, one sticky comment, one review with one suggestion, and the check fails', async () => {
    const fx = pullRequestRepo({ ...LEGACY_BASE, 'deploy/site.conf': SITE_BEFORE }, { 'deploy/site.conf': SITE_AFTER });
    const fake = await fakeFor(fx);
    const rec = await run(fx, fake);
    expect(rec.errors).toEqual([{ message: expect.stringContaining('enables TLSv1.0'), file: 'deploy/site.conf', line: 3 }]);
    expect(rec.outputs).toMatchObject({ verdict: 'fail', findings: '11', 'new-findings': '1', 'preexisting-findings': '10' });
    expect(rec.failed).toMatch(/TLSv1\.0 enabled below TLSv1\.2/);
    expect(rec.warnings).toEqual([]);
    // Every request carried the token, the way octokit sends it.
    expect(new Set(fake.requests.map((r) => r.auth))).toEqual(new Set([`token ${TOKEN}`]));
    expect(fake.comments).toHaveLength(1);
    const comment = fake.comments[0];
    expect(comment.issue_number).toBe(PULL);
    expect(comment.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comment.body).toContain('### ❌ tls-floor: TLSv1.0 enabled below TLSv1.2');
    expect(comment.body).toContain(`[deploy/site.conf:3](https://github.com/${OWNER}/${REPO}/blob/${fx.head}/deploy/site.conf#L3)`);
    expect(comment.body).toContain('| `nginx/ssl-protocols` | TLSv1.0 | `ssl_protocols TLSv1.2;` |');
    expect(comment.body).toContain('10 pre-existing findings');
    expect(comment.body).toContain('1 suggested fix in a review on this pull request');
    expect(fake.reviews).toHaveLength(1);
    expect(fake.reviews[0]).toMatchObject({ pull_number: PULL, commit_id: fx.head, event: 'COMMENT', comments: 1 });
    expect(fake.reviewComments).toHaveLength(1);
    const suggestion = fake.reviewComments[0];
    expect(suggestion).toMatchObject({ path: 'deploy/site.conf', line: 3, start_line: null });
    expect(suggestion.body).toContain(SUGGESTION_MARKER);
    expect(suggestion.body).toContain('```suggestion\n    ssl_protocols TLSv1.2;\n```');
  });

  test('re-run: the same comment is updated, no suggestion is posted twice; after the fix the comment turns green', async () => {
    const fx = pullRequestRepo({ ...LEGACY_BASE, 'deploy/site.conf': SITE_BEFORE }, { 'deploy/site.conf': SITE_AFTER });
    const fake = await fakeFor(fx);
    await run(fx, fake, {}, '1001');
    const second = await run(fx, fake, {}, '1002');
    expect(second.outputs.verdict).toBe('fail');
    expect(fake.comments).toHaveLength(1);
    expect(fake.requestsOf('issues/update-comment')).toHaveLength(1);
    expect(fake.requestsOf('issues/create-comment')).toHaveLength(1);
    expect(fake.reviews).toHaveLength(1);
    expect(fake.reviewComments).toHaveLength(1);
    expect(fake.requestsOf('pulls/list-review-comments').length).toBeGreaterThanOrEqual(2);
    expect(second.lines.some((l) => l.includes('comment updated'))).toBe(true);

    // The author applies the suggestion: the re-run passes and the same comment says so.
    const fixed = pushToPullRequest(fx, { 'deploy/site.conf': SITE_FIXED });
    fake.pullFiles.set(PULL, pullFiles(fx.dir, fx.base, fixed.head));
    const third = await run(fixed, fake, {}, '1003');
    expect(third.outputs).toMatchObject({ verdict: 'pass', 'new-findings': '0', 'preexisting-findings': '10' });
    expect(third.failed).toBeUndefined();
    expect(third.errors).toEqual([]);
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0].body).toContain('### ✅ tls-floor: no new legacy TLS');
    expect(fake.comments[0].body).toContain('10 pre-existing findings');
    expect(fake.reviews).toHaveLength(1);
  });

  test('a clean pull request never gets a comment or a review', async () => {
    const fx = pullRequestRepo({ ...LEGACY_BASE, 'deploy/site.conf': SITE_BEFORE }, { 'deploy/site.conf': SITE_FIXED });
    const fake = await fakeFor(fx);
    const rec = await run(fx, fake);
    expect(rec.outputs).toMatchObject({ verdict: 'pass', 'new-findings': '0', 'preexisting-findings': '10' });
    expect(fake.comments).toEqual([]);
    expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  test('comment: false and suggestions: false leave the pull request alone', async () => {
    const fx = pullRequestRepo({ 'deploy/site.conf': SITE_BEFORE }, { 'deploy/site.conf': SITE_AFTER });
    const fake = await fakeFor(fx);
    const rec = await run(fx, fake, { comment: 'false', suggestions: 'false' });
    expect(rec.outputs.verdict).toBe('fail');
    expect(fake.requests).toEqual([]);
  });
});

describe('degrading: one warning naming the permission, then annotations and the summary as usual', () => {
  const fixture = () =>
    pullRequestRepo({ ...LEGACY_BASE, 'deploy/site.conf': SITE_BEFORE }, { 'deploy/site.conf': SITE_AFTER }, { fork: true });

  function expectVerdictUnchanged(rec: Recorded) {
    expect(rec.outputs).toMatchObject({ verdict: 'fail', 'new-findings': '1', 'preexisting-findings': '10' });
    expect(rec.errors).toHaveLength(1);
    expect(rec.failed).toMatch(/TLSv1\.0 enabled/);
    expect(rec.summary).toContain('tls-floor');
  }

  test("a fork's read-only token: 403, one warning, nothing posted, the verdict unchanged", async () => {
    const fx = fixture();
    const fake = await fakeFor(fx, { readOnly: true });
    const rec = await run(fx, fake);
    expectVerdictUnchanged(rec);
    expect(rec.warnings).toHaveLength(1);
    expect(rec.warnings[0]).toMatch(/HTTP 403: Resource not accessible by integration/);
    expect(rec.warnings[0]).toContain('permissions: pull-requests: write');
    expect(fake.comments).toEqual([]);
    expect(fake.reviews).toEqual([]);
    // After the refusal the second feature is not even tried.
    expect(fake.requests.filter((r) => r.method !== 'GET')).toHaveLength(1);
  });

  test('a 422 from the review endpoint: one warning; the comment and the annotations still happen', async () => {
    const fx = fixture();
    const fake = (await fakeFor(fx)).fault({ operation: 'pulls/create-review', status: 422, message: 'Unprocessable Entity' });
    const rec = await run(fx, fake);
    expectVerdictUnchanged(rec);
    expect(rec.warnings).toEqual([
      expect.stringMatching(/could not post the suggested fixes: HTTP 422: Unprocessable Entity\..*pull-requests: write/),
    ]);
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0].body).not.toContain('suggested fix');
  });

  test('a 5xx: one warning for that feature, the others carry on', async () => {
    const fx = fixture();
    const fake = (await fakeFor(fx)).fault({ operation: 'issues/list-comments', status: 502 });
    const rec = await run(fx, fake);
    expectVerdictUnchanged(rec);
    expect(rec.warnings).toEqual([expect.stringMatching(/could not post the pull request comment: HTTP 502: Bad Gateway\./)]);
    expect(fake.reviews).toHaveLength(1);
  });

  test.each([403, 429] as const)('rate limited (%i): one warning, later API features skipped', async (status) => {
    const fx = fixture();
    const fake = (await fakeFor(fx)).rateLimit('pulls/list-review-comments', status);
    const rec = await run(fx, fake);
    expectVerdictUnchanged(rec);
    expect(rec.warnings).toHaveLength(1);
    expect(rec.warnings[0]).toMatch(
      status === 429
        ? /HTTP 429.*rate limited; retry after 60 s/
        : /HTTP 403: API rate limit exceeded.*rate limited; retry after 2026-01-01T00:00:00\.000Z/,
    );
    expect(fake.requestsOf('issues/list-comments')).toEqual([]);
    expect(rec.lines.some((l) => l.startsWith('info tls-floor: skipped: post the pull request comment'))).toBe(true);
  });

  test('no token: one warning, nothing sent', async () => {
    const fx = fixture();
    const fake = await fakeFor(fx);
    const rec = await run(fx, fake, { 'github-token': '' });
    expectVerdictUnchanged(rec);
    expect(rec.warnings).toEqual([
      expect.stringMatching(/cannot post the pull request comment: the github-token input is empty.*pull-requests: write/),
    ]);
    expect(fake.requests).toEqual([]);
  });

  test('an API that never answers does not hang the run', async () => {
    const { createServer } = await import('node:http');
    const hanging = createServer(() => {});
    await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', r));
    const { createClient, Degrader } = await import('../src/github/client.js');
    const port = (hanging.address() as { port: number }).port;
    const client = createClient(TOKEN, { GITHUB_API_URL: `http://127.0.0.1:${port}` }, 200);
    const warnings: string[] = [];
    const degrader = new Degrader({ warning: (m) => warnings.push(m), info: () => {} }, TOKEN);
    const started = Date.now();
    const r = await degrader.attempt('comment', () => client.rest.issues.listComments({ owner: OWNER, repo: REPO, issue_number: PULL }));
    expect(r).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(warnings).toEqual([expect.stringMatching(/could not post the pull request comment: no answer in time\..*pull-requests: write/)]);
    // A refused connection is no HTTP answer either.
    const closed = createClient(TOKEN, { GITHUB_API_URL: 'http://127.0.0.1:9' });
    await degrader.attempt('suggestions', () => closed.rest.pulls.listReviewComments({ owner: OWNER, repo: REPO, pull_number: PULL }));
    expect(warnings[1]).toMatch(/could not post the suggested fixes: no answer: /);
    expect(warnings[1]).not.toMatch(/HTTP/);
    hanging.closeAllConnections();
    await new Promise((r) => hanging.close(r));
  });
});

describe('more than 100 changed files, no git history: the diff comes from the API, page by page', () => {
  test('pulls.listFiles is paginated (100 per page) and the new finding is found on page 2', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++) files[`conf/f${String(i).padStart(3, '0')}.conf`] = `# file ${i}\n`;
    files['conf/f120.conf'] = '# file 120\nssl_protocols TLSv1 TLSv1.2;\n';
    files['old/legacy.conf'] = 'ssl_protocols TLSv1.1 TLSv1.2;\n';
    const dir = makeRepo(files, { git: false });
    api = await startFakeGitHub({ token: TOKEN });
    api.pullFiles.set(
      PULL,
      Object.keys(files)
        .filter((f) => f.startsWith('conf/'))
        .map((f) => ({
          filename: f,
          status: 'added',
          patch: `@@ -0,0 +1,${files[f].split('\n').length - 1} @@\n${files[f].trimEnd().replace(/^/gm, '+')}`,
        })),
    );
    const base = 'b'.repeat(40);
    const head = 'c'.repeat(40);
    const eventPath = path.join(path.dirname(dir), `${path.basename(dir)}-event.json`);
    const { pullRequestPayload } = await import('./helpers/pull-request.js');
    fs.writeFileSync(eventPath, JSON.stringify(pullRequestPayload(base, head)));
    // The clone lacks the head commit: the head's version of the file comes from the API.
    api.contents.set(`${head}:conf/f120.conf`, files['conf/f120.conf']);
    const rec = await run({ dir, base, head, eventPath }, api);
    const listed = api.requestsOf('pulls/list-files').map((r) => r.query);
    expect(listed).toEqual([
      { page: '1', per_page: '100' },
      { page: '2', per_page: '100' },
    ]);
    expect(rec.outputs).toMatchObject({ 'new-findings': '1', 'preexisting-findings': '1', verdict: 'fail' });
    expect(rec.errors).toEqual([{ message: expect.any(String), file: 'conf/f120.conf', line: 2 }]);
    expect(rec.lines.some((l) => l.includes('the diff comes from the GitHub API'))).toBe(true);
    // The comment lists it with the fixed line; the suggestion is posted: the work tree is the head's.
    expect(api.requestsOf('repos/get-content')).toEqual([
      expect.objectContaining({
        path: expect.stringMatching(/^\/repos\/acme\/app\/contents\/conf(\/|%2F)f120\.conf$/),
        query: { ref: head },
      }),
    ]);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].body).toContain('| `ssl_protocols TLSv1.2;` |');
    expect(api.reviewComments).toEqual([expect.objectContaining({ path: 'conf/f120.conf', line: 2 })]);
  });

  test('a work tree that is not the head’s version of the file (merge or base checkout): no suggestion on a line that may hold something else', async () => {
    const dir = makeRepo({ 'conf/site.conf': '# merged from main\nssl_protocols TLSv1 TLSv1.2;\n' }, { git: false });
    api = await startFakeGitHub({ token: TOKEN });
    api.pullFiles.set(PULL, [
      { filename: 'conf/site.conf', status: 'added', patch: '@@ -0,0 +1,2 @@\n+ssl_protocols TLSv1 TLSv1.2;\n+# more' },
    ]);
    const head = 'c'.repeat(40);
    api.contents.set(`${head}:conf/site.conf`, 'ssl_protocols TLSv1 TLSv1.2;\n# more\n');
    const eventPath = path.join(path.dirname(dir), `${path.basename(dir)}-event.json`);
    const { pullRequestPayload } = await import('./helpers/pull-request.js');
    fs.writeFileSync(eventPath, JSON.stringify(pullRequestPayload('b'.repeat(40), head)));
    const rec = await run({ dir, base: 'b'.repeat(40), head, eventPath }, api);
    expect(rec.outputs['new-findings']).toBe('1');
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].body).toContain('| replace with `TLSv1.2` |');
    expect(api.reviews).toEqual([]);
  });
});

describe('the bundle (dist/index.js) on a pull request, as the runner runs it', () => {
  test('posts the comment and the suggestion through the toolkit, prints no token, fails the step', async () => {
    const fx = pullRequestRepo({ ...LEGACY_BASE, 'deploy/site.conf': SITE_BEFORE }, { 'deploy/site.conf': SITE_AFTER });
    const fake = await fakeFor(fx);
    const output = `${fx.dir}-output`;
    fs.writeFileSync(output, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: fx.dir,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: fx.eventPath,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: fake.url,
      GITHUB_SHA: fx.head,
      GITHUB_RUN_ID: '77',
      GITHUB_OUTPUT: output,
      RUNNER_TEMP: path.dirname(fx.dir),
      'INPUT_GITHUB-TOKEN': TOKEN,
      INPUT_COMMENT: 'true',
      INPUT_SUGGESTIONS: 'true',
      'INPUT_SARIF-FILE': 'out/tls-floor.sarif',
    };
    const r = await runActionBundle(fx.dir, env);
    expect(r.status).toBe(1);
    expect(r.out).not.toContain(TOKEN);
    expect(r.out.split('\n').filter((l) => l.startsWith('::error title'))).toEqual([
      expect.stringContaining('file=deploy/site.conf,line=3'),
    ]);
    expect(r.out).not.toMatch(/::warning/);
    expect(fs.readFileSync(output, 'utf8')).toMatch(/new-findings<<\S+\n1\n/);
    expect(fake.comments).toHaveLength(1);
    expect(fake.reviewComments).toHaveLength(1);
    expect(fake.violations).toEqual([]);
    // The SARIF of a pull request run (new and pre-existing results) passes Microsoft's validator.
    const sarif = path.join(fx.dir, 'out/tls-floor.sarif');
    expect(JSON.parse(fs.readFileSync(sarif, 'utf8')).runs[0].results).toHaveLength(11);
    const v = await validateSarif(sarif);
    expect(describeResults(v.results)).toEqual([]);
    expect(v.exit).toBe(0);
  }, 120_000);
});
