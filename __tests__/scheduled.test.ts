/**
 * Scheduled runs keep a record: the tracking issue (open → update → quiet repeat night → closed on
 * a clean night; overlapping runs leave one issue; no permission leaves the verdict alone), the
 * badge files in badge-dir, and the badge branch committed through the Git Data API.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { runAction, type ActionIO } from '../src/action.js';
import { commitBadge, gitBlobSha } from '../src/github/badge-branch.js';
import { createClient } from '../src/github/client.js';
import { ISSUE_LABEL, ISSUE_MARKER, decodeState } from '../src/report/issue.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/github-api.js';
import { makeRepo } from './helpers/fixture.js';

const TOKEN = 'ghs_sch3duledT0kenNeverPrinted000000000';
const OWNER = 'acme';
const REPO = 'app';
const LEGACY = (v = 'TLSv1') => `server {\n  ssl_protocols ${v} TLSv1.2;\n}\n`;
const SAFE = 'server {\n  ssl_protocols TLSv1.2;\n}\n';

interface Recorded {
  outputs: Record<string, string>;
  warnings: string[];
  infos: string[];
  failed?: string;
}

function recorder(env: NodeJS.ProcessEnv, inputs: Record<string, string>): { io: ActionIO; rec: Recorded } {
  const rec: Recorded = { outputs: {}, warnings: [], infos: [] };
  const io: ActionIO = {
    getInput: (name) => inputs[name] ?? '',
    setOutput: (name, value) => void (rec.outputs[name] = value),
    setFailed: (message) => void (rec.failed = message),
    info: (m) => void rec.infos.push(m),
    error: () => {},
    warning: (m) => void rec.warnings.push(m),
    notice: () => {},
    writeSummary: async () => {},
    env,
  };
  return { io, rec };
}

let api: FakeGitHub | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function fake(opts: { readOnly?: boolean } = {}): Promise<FakeGitHub> {
  api = await startFakeGitHub({ token: TOKEN, readOnly: opts.readOnly });
  return api;
}

async function night(
  dir: string,
  gh: FakeGitHub | undefined,
  inputs: Record<string, string>,
  runId: string,
  event = 'schedule',
  extraEnv: NodeJS.ProcessEnv = {},
) {
  const env: NodeJS.ProcessEnv = {
    GITHUB_WORKSPACE: dir,
    GITHUB_EVENT_NAME: event,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: gh?.url ?? 'http://127.0.0.1:9',
    GITHUB_RUN_ID: runId,
    ...extraEnv,
  };
  const { io, rec } = recorder(env, { 'github-token': TOKEN, ...inputs });
  await runAction(io);
  expect(JSON.stringify(rec)).not.toContain(TOKEN);
  if (gh) expect(gh.violations).toEqual([]);
  return rec;
}

const write = (dir: string, rel: string, text: string) => fs.writeFileSync(path.join(dir, rel), text);

describe('the tracking issue', () => {
  test('opens on a failing night, updates quietly on a repeat night, comments on a change, closes on a clean night', async () => {
    const gh = await fake();
    const dir = makeRepo({ 'a.conf': LEGACY(), 'b.conf': LEGACY('TLSv1.1') }, { git: false });
    const first = await night(dir, gh, { issue: 'true' }, '1');
    expect(first.outputs.verdict).toBe('fail');
    expect(first.warnings).toEqual([]);
    expect(gh.issues).toHaveLength(1);
    const issue = gh.issues[0];
    expect(issue).toMatchObject({ state: 'open', labels: [ISSUE_LABEL] });
    expect(gh.labels.has(ISSUE_LABEL)).toBe(true);
    expect(issue.body.startsWith(ISSUE_MARKER)).toBe(true);
    expect(issue.body).toContain('a.conf:2');
    expect(issue.body).toContain('https://github.com/acme/app/actions/runs/1');
    expect(decodeState(issue.body)).toHaveLength(2);
    expect(gh.comments).toHaveLength(0);

    // Repeat night: the body follows the run, no comment, no second issue.
    const second = await night(dir, gh, { issue: 'true' }, '2');
    expect(second.outputs.verdict).toBe('fail');
    expect(gh.issues).toHaveLength(1);
    expect(issue.body).toContain('actions/runs/2');
    expect(issue.body).toContain('Nothing changed since the last run: 2 still failing.');
    expect(gh.comments).toHaveLength(0);
    expect(gh.requestsOf('issues/create')).toHaveLength(1);

    // b.conf fixed, c.conf added: one comment that says so.
    write(dir, 'b.conf', SAFE);
    write(dir, 'c.conf', LEGACY());
    await night(dir, gh, { issue: 'true' }, '3');
    expect(gh.issues).toHaveLength(1);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0].issue_number).toBe(issue.number);
    expect(gh.comments[0].body).toMatch(/\*\*New \(1\)\*\*\n\n- c\.conf:2/);
    expect(gh.comments[0].body).toMatch(/\*\*Fixed \(1\)\*\*\n\n- b\.conf:2/);
    expect(gh.comments[0].body).toContain('1 still failing.');

    // Clean night: a closing comment and the issue closed as completed.
    write(dir, 'a.conf', SAFE);
    write(dir, 'c.conf', SAFE);
    const clean = await night(dir, gh, { issue: 'true' }, '4');
    expect(clean.outputs.verdict).toBe('pass');
    expect(gh.comments).toHaveLength(2);
    expect(gh.comments[1].body).toMatch(/^✅ Fixed: tls-floor passes again/);
    expect(gh.comments[1].body).toContain('a.conf:2');
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' });

    // Another clean night: nothing at all is written.
    const writes = gh.requests.filter((r) => r.method !== 'GET').length;
    await night(dir, gh, { issue: 'true' }, '5');
    expect(gh.requests.filter((r) => r.method !== 'GET')).toHaveLength(writes);
    expect(gh.issues).toHaveLength(1);
  });

  test('a closed issue is history: the next failure opens a new one', async () => {
    const gh = await fake();
    const dir = makeRepo({ 'a.conf': LEGACY() }, { git: false });
    await night(dir, gh, { issue: 'true' }, '1');
    write(dir, 'a.conf', SAFE);
    await night(dir, gh, { issue: 'true' }, '2');
    write(dir, 'a.conf', LEGACY());
    await night(dir, gh, { issue: 'true' }, '3');
    expect(gh.issues.map((i) => i.state)).toEqual(['closed', 'open']);
  });

  test('an issue that only quotes the marker, or lacks the label, is not ours', async () => {
    const gh = await fake();
    gh.issues.push(
      { id: 1, number: 7, title: 'quote', body: `> ${ISSUE_MARKER}\nsee this`, state: 'open', labels: [ISSUE_LABEL] },
      { id: 2, number: 8, title: 'no label', body: `${ISSUE_MARKER}\n`, state: 'open', labels: [] },
    );
    const dir = makeRepo({ 'a.conf': LEGACY() }, { git: false });
    await night(dir, gh, { issue: 'true' }, '1');
    expect(gh.issues).toHaveLength(3);
    expect(gh.issues[0].body).toBe(`> ${ISSUE_MARKER}\nsee this`);
    expect(gh.issues[1].body).toBe(`${ISSUE_MARKER}\n`);
    expect(gh.requestsOf('issues/update')).toHaveLength(0);
  });

  test('two overlapping runs leave one open issue: the older wins, the newer is closed as a duplicate', async () => {
    const gh = await fake();
    // Both runs list before either creates: the race the second listing exists for.
    gh.hold('issues/list-for-repo', 2);
    const dir = makeRepo({ 'a.conf': LEGACY() }, { git: false });
    const [a, b] = await Promise.all([night(dir, gh, { issue: 'true' }, '1'), night(dir, gh, { issue: 'true' }, '2')]);
    expect([a.outputs.verdict, b.outputs.verdict]).toEqual(['fail', 'fail']);
    expect(gh.requestsOf('issues/create')).toHaveLength(2);
    const open = gh.issues.filter((i) => i.state === 'open');
    expect(open).toHaveLength(1);
    expect(open[0].number).toBe(Math.min(...gh.issues.map((i) => i.number)));
    const closed = gh.issues.find((i) => i.state === 'closed')!;
    expect(closed.state_reason).toBe('duplicate');
    expect(gh.comments.find((c) => c.issue_number === closed.number)?.body).toContain(`Duplicate of #${open[0].number}`);
    // A third night finds exactly one issue to update.
    await night(dir, gh, { issue: 'true' }, '3');
    expect(gh.issues.filter((i) => i.state === 'open')).toHaveLength(1);
    expect(gh.requestsOf('issues/create')).toHaveLength(2);
  });

  test('without issues: write: one warning naming the permission, and the verdict is what it would have been', async () => {
    const dir = makeRepo({ 'a.conf': LEGACY() }, { git: false });
    const without = await night(dir, undefined, { 'github-token': '' }, '0');
    const gh = await fake({ readOnly: true });
    const rec = await night(dir, gh, { issue: 'true' }, '1');
    expect(rec.warnings).toHaveLength(1);
    expect(rec.warnings[0]).toMatch(/could not update the tracking issue: HTTP 403.*permissions: issues: write/);
    expect(rec.outputs.verdict).toBe(without.outputs.verdict);
    expect(rec.failed).toBe(without.failed);
    // A passing run stays passing too.
    write(dir, 'a.conf', SAFE);
    const pass = await night(dir, gh, { issue: 'true' }, '2');
    expect(pass.failed).toBeUndefined();
  });

  test('pull request runs never touch the issue, and issue: false (the default) does nothing', async () => {
    const gh = await fake();
    const dir = makeRepo({ 'a.conf': LEGACY() }, { git: false });
    await night(dir, gh, { issue: 'true', comment: 'false', suggestions: 'false' }, '1', 'pull_request');
    await night(dir, gh, {}, '2');
    expect(gh.requests.filter((r) => r.operation.startsWith('issues/'))).toEqual([]);
  });
});

describe('badge files', () => {
  test.each([
    ['pass', { 'a.conf': SAFE }, {}, 'TLS ≥ 1.2', 'brightgreen'],
    ['fail', { 'a.conf': LEGACY() }, {}, '1 legacy setting', 'red'],
    ['unchecked', { 'a.conf': SAFE }, { endpoints: '127.0.0.1:1', timeout: '1' }, '1 endpoint unchecked', 'lightgrey'],
  ])('%s: tls-floor.svg and tls-floor.json in badge-dir, paths in the outputs', async (_n, files, inputs, message, color) => {
    const dir = makeRepo(files, { git: false });
    const rec = await night(dir, undefined, { 'github-token': '', 'badge-dir': 'out/badges', ...inputs }, '1');
    const real = fs.realpathSync(dir);
    expect(rec.outputs['badge-svg']).toBe(path.join(real, 'out/badges/tls-floor.svg'));
    expect(rec.outputs['badge-json']).toBe(path.join(real, 'out/badges/tls-floor.json'));
    expect(JSON.parse(fs.readFileSync(rec.outputs['badge-json'], 'utf8'))).toEqual({
      schemaVersion: 1,
      label: 'tls-floor',
      message,
      color,
    });
    const svg = fs.readFileSync(rec.outputs['badge-svg'], 'utf8');
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain(message.replace('≥', '≥'));
  });

  test('no badge-dir: empty outputs, no files', async () => {
    const dir = makeRepo({ 'a.conf': SAFE }, { git: false });
    const rec = await night(dir, undefined, { 'github-token': '' }, '1');
    expect(rec.outputs).toMatchObject({ 'badge-svg': '', 'badge-json': '' });
  });

  test('a badge-dir outside the workspace or RUNNER_TEMP is a one-line configuration error; the config key stays in the workspace', async () => {
    const dir = makeRepo({ 'a.conf': SAFE }, { git: false });
    const temp = makeRepo({}, { git: false });
    const rec = await night(dir, undefined, { 'github-token': '', 'badge-dir': '../elsewhere' }, '1');
    expect(rec.failed).toMatch(/^configuration error: badge-dir: "\.\.\/elsewhere\/tls-floor\.svg" is outside the workspace$/);
    const inTemp = await night(dir, undefined, { 'github-token': '', 'badge-dir': path.join(temp, 'b') }, '1', 'schedule', {
      RUNNER_TEMP: temp,
    });
    expect(inTemp.failed).toBeUndefined();
    expect(fs.existsSync(path.join(temp, 'b', 'tls-floor.json'))).toBe(true);
    fs.mkdirSync(path.join(dir, '.github'));
    write(dir, '.github/tls-floor.yml', `badge-dir: ${path.join(temp, 'c')}\n`);
    const fromConfig = await night(dir, undefined, { 'github-token': '' }, '1', 'schedule', { RUNNER_TEMP: temp });
    expect(fromConfig.failed).toMatch(/^configuration error: \.github\/tls-floor\.yml:1: badge-dir: ".*" is outside the workspace$/);
    expect(fromConfig.failed).not.toContain('\n');
  });
});

describe('the badge branch', () => {
  const files = (message: string) => [
    { path: 'tls-floor.json', content: `{"message":"${message}"}\n` },
    { path: 'tls-floor.svg', content: `<svg>${message}</svg>` },
  ];
  const repo = { owner: OWNER, repo: REPO };

  test('created as an orphan, updated fast-forward, and nothing committed when the badge did not change', async () => {
    const gh = await fake();
    const client = createClient(TOKEN, { GITHUB_API_URL: gh.url });
    expect(await commitBadge(client, repo, 'badges', files('pass'), 'm1')).toBe('created');
    const first = gh.refs.get('refs/heads/badges')!;
    expect((gh.objects.get(first) as { parents: unknown[] }).parents).toEqual([]);

    expect(await commitBadge(client, repo, 'badges', files('fail'), 'm2')).toBe('updated');
    const second = gh.refs.get('refs/heads/badges')!;
    expect(second).not.toBe(first);
    expect((gh.objects.get(second) as { parents: { sha: string }[] }).parents).toEqual([{ sha: first }]);
    const tree = gh.objects.get((gh.objects.get(second) as { tree: { sha: string } }).tree.sha) as {
      tree: { path: string; sha: string }[];
    };
    expect(tree.tree.map((e) => [e.path, e.sha])).toEqual([
      ['tls-floor.json', gitBlobSha('{"message":"fail"}\n')],
      ['tls-floor.svg', gitBlobSha('<svg>fail</svg>')],
    ]);

    const commits = gh.requestsOf('git/create-commit').length;
    expect(await commitBadge(client, repo, 'badges', files('fail'), 'm3')).toBe('unchanged');
    expect(gh.refs.get('refs/heads/badges')).toBe(second);
    expect(gh.requestsOf('git/create-commit')).toHaveLength(commits);
    expect(gh.requests.slice(-3).map((r) => r.method)).toEqual(['GET', 'GET', 'GET']);
    expect(gh.violations).toEqual([]);
  });

  test('a concurrent update is re-read and retried once; a second one is a conflict', async () => {
    const gh = await fake();
    const client = createClient(TOKEN, { GITHUB_API_URL: gh.url });
    await commitBadge(client, repo, 'badges', files('a'), 'm');
    gh.fault({ operation: 'git/update-ref', status: 422, message: 'Update is not a fast forward', times: 1 });
    expect(await commitBadge(client, repo, 'badges', files('b'), 'm')).toBe('updated');
    expect(gh.requestsOf('git/get-ref')).toHaveLength(3);
    gh.fault({ operation: 'git/update-ref', status: 422, message: 'Update is not a fast forward', times: 2 });
    expect(await commitBadge(client, repo, 'badges', files('c'), 'm')).toBe('conflict');
  });

  test('through the action: the badge lands on the branch on a schedule, not on a pull request; without contents: write one warning', async () => {
    const gh = await fake();
    const dir = makeRepo({ 'a.conf': LEGACY() }, { git: false });
    await night(dir, gh, { 'badge-branch': 'badges', comment: 'false', suggestions: 'false' }, '1', 'pull_request');
    expect(gh.refs.size).toBe(0);
    const rec = await night(dir, gh, { 'badge-branch': 'badges' }, '2');
    expect(rec.warnings).toEqual([]);
    const head = gh.refs.get('refs/heads/badges')!;
    const tree = gh.objects.get((gh.objects.get(head) as { tree: { sha: string } }).tree.sha) as { tree: { path: string }[] };
    expect(tree.tree.map((e) => e.path)).toEqual(['tls-floor.json', 'tls-floor.svg']);
    await night(dir, gh, { 'badge-branch': 'badges' }, '3');
    expect(gh.refs.get('refs/heads/badges')).toBe(head);

    await gh.close();
    const ro = await fake({ readOnly: true });
    const denied = await night(dir, ro, { 'badge-branch': 'badges' }, '4');
    expect(denied.warnings).toHaveLength(1);
    expect(denied.warnings[0]).toMatch(/could not commit the badge to the badge branch: HTTP 403.*permissions: contents: write/);
    expect(denied.outputs.verdict).toBe('fail');
  });

  test('a branch that keeps moving: one retry, then one warning, and the verdict stands', async () => {
    const gh = await fake();
    const dir = makeRepo({ 'a.conf': LEGACY() }, { git: false });
    await night(dir, gh, { 'badge-branch': 'badges' }, '1');
    write(dir, 'a.conf', SAFE);
    gh.fault({ operation: 'git/update-ref', status: 422, message: 'Update is not a fast forward', times: 2 });
    const rec = await night(dir, gh, { 'badge-branch': 'badges' }, '2');
    expect(gh.requestsOf('git/update-ref')).toHaveLength(2);
    expect(rec.warnings).toEqual([
      'tls-floor: could not commit the badge to badges: the branch moved twice while committing; the next run will try again',
    ]);
    expect(rec.outputs.verdict).toBe('pass');
    expect(rec.failed).toBeUndefined();
  });

  test('no token: one warning per feature, naming the permission', async () => {
    const dir = makeRepo({ 'a.conf': LEGACY() }, { git: false });
    const rec = await night(dir, undefined, { 'github-token': '', issue: 'true', 'badge-branch': 'badges' }, '1');
    expect(rec.warnings).toEqual([
      expect.stringMatching(/cannot update the tracking issue: the github-token input is empty.*permissions: issues: write/),
      expect.stringMatching(/cannot commit the badge to the badge branch: .*permissions: contents: write/),
    ]);
    expect(rec.outputs.verdict).toBe('fail');
  });

  test('a bad branch name is a one-line configuration error', async () => {
    const dir = makeRepo({ 'a.conf': SAFE }, { git: false });
    const rec = await night(dir, undefined, { 'badge-branch': 'bad..name' }, '1');
    expect(rec.failed).toBe('configuration error: badge-branch: "bad..name" is not a branch name; expected e.g. badges');
  });
});

describe('docs/scheduled.md', () => {
  test('the workflow uses only inputs the action has, with the permissions both features need', () => {
    const doc = fs.readFileSync('docs/scheduled.md', 'utf8');
    const workflow = parse(/```yaml\n([\s\S]*?)```/.exec(doc)![1]) as {
      on: Record<string, unknown>;
      permissions: Record<string, string>;
      jobs: Record<string, { steps: { uses: string; with?: Record<string, unknown> }[] }>;
    };
    const inputs = Object.keys((parse(fs.readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }).inputs);
    const step = workflow.jobs['tls-floor'].steps.find((s) => s.uses.startsWith('tls-floor/'))!;
    expect(Object.keys(step.with!).filter((k) => !inputs.includes(k))).toEqual([]);
    expect(step.with).toMatchObject({ issue: true, 'badge-branch': 'badges' });
    expect(Object.keys(workflow.on)).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({ contents: 'write', issues: 'write' });
    expect(doc).toContain('https://img.shields.io/endpoint?url=https://raw.githubusercontent.com/OWNER/REPO/badges/tls-floor.json');
    expect(doc).toContain('https://github.com/OWNER/REPO/actions/workflows/tls-floor.yml/badge.svg?event=schedule');
  });
});
