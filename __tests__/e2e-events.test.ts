/**
 * The bundle (dist/index.js) as the runner runs it, on `push` and `schedule` events: the same
 * repository (ten legacy settings, one more added by the last commit), judged by the event. A push
 * judges every legacy setting (fail-scope all) but knows which one it introduced; a schedule
 * judges everything with no diff at all; a force push or a new branch judges everything too.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runActionBundle } from './helpers/bundle.js';
import { OWNER, REPO, pullRequestRepo, type PullRequestFixture } from './helpers/pull-request.js';

const LEGACY_BASE: Record<string, string> = Object.fromEntries(
  Array.from({ length: 10 }, (_, i) => [`legacy/site${i}.conf`, `server {\n  ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n}\n`]),
);
const SITE_BEFORE = 'server {\n    listen 443 ssl;\n}\n';
const SITE_AFTER = 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1 TLSv1.2;\n}\n';
const ZERO = '0'.repeat(40);

interface Run {
  readonly status: number | null;
  readonly out: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly report: { findings: { file: string; line: number; new?: boolean }[]; diff?: { new: number; preexisting: number } };
}

function payloadFor(event: string, fx: PullRequestFixture, opts: { before?: string; forced?: boolean }): object {
  const repository = { name: REPO, full_name: `${OWNER}/${REPO}`, owner: { login: OWNER }, default_branch: 'main' };
  if (event === 'schedule') return { schedule: '17 4 * * *', repository };
  return {
    ref: 'refs/heads/main',
    before: opts.before ?? fx.base,
    after: fx.head,
    created: opts.before === ZERO,
    forced: opts.forced ?? false,
    repository,
    head_commit: { id: fx.head, message: 'enable the old load balancer' },
  };
}

async function runBundle(fx: PullRequestFixture, event: string, opts: { before?: string; forced?: boolean } = {}): Promise<Run> {
  const tmp = fs.mkdtempSync(`${fx.dir}-run-`);
  const eventPath = path.join(tmp, 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify(payloadFor(event, fx, opts)));
  const outputFile = path.join(tmp, 'output');
  const summaryFile = path.join(tmp, 'summary.md');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: fx.dir,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SERVER_URL: 'https://github.com',
    // Nothing listens here: a feature that needed the API would have to degrade, not hang.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_SHA: fx.head,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: tmp,
    'INPUT_REPORT-FILE': path.join(tmp, 'report.json'),
    'INPUT_GITHUB-TOKEN': '',
  };
  const r = await runActionBundle(fx.dir, env);
  const outputs: Record<string, string> = {};
  for (const m of fs.readFileSync(outputFile, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  return {
    ...r,
    outputs,
    summary: fs.readFileSync(summaryFile, 'utf8'),
    report: JSON.parse(fs.readFileSync(path.join(tmp, 'report.json'), 'utf8')),
  };
}

const errorsIn = (out: string) => out.split('\n').filter((l) => l.startsWith('::error '));

describe('the bundle on push and schedule events', () => {
  const fx = pullRequestRepo({ ...LEGACY_BASE, 'deploy/site.conf': SITE_BEFORE }, { 'deploy/site.conf': SITE_AFTER });

  test('push: every legacy setting fails; the pushed one is new and annotated first', async () => {
    const r = await runBundle(fx, 'push');
    expect(r.status).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'fail', findings: '11', 'new-findings': '1', 'preexisting-findings': '10' });
    expect(r.report.diff).toMatchObject({ new: 1, preexisting: 10 });
    expect(r.report.findings.filter((f) => f.new).map((f) => `${f.file}:${f.line}`)).toEqual(['deploy/site.conf:3']);
    expect(errorsIn(r.out)[0]).toContain('file=deploy/site.conf,line=3,');
    expect(r.summary).toContain('| New / pre-existing | 1 new, 10 pre-existing (fail-scope all) |');
    expect(r.out).not.toMatch(/^::warning/m);
  }, 60_000);

  test('schedule: no diff, all eleven fail; ten error annotations and a notice for the rest', async () => {
    const r = await runBundle(fx, 'schedule');
    expect(r.status).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'fail', findings: '11' });
    expect(r.report.diff).toBeUndefined();
    expect(r.report.findings).toHaveLength(11);
    expect(errorsIn(r.out)).toHaveLength(10);
    expect(r.out).toMatch(/^::notice title=tls-floor%3A more findings::1 more finding not annotated/m);
    expect(r.summary).not.toContain('New / pre-existing');
  }, 60_000);

  test('a new branch and a force push judge everything, as a schedule does', async () => {
    for (const opts of [{ before: ZERO }, { forced: true }]) {
      const r = await runBundle(fx, 'push', opts);
      expect(r.status).toBe(1);
      expect(r.report.diff).toBeUndefined();
      expect(r.report.findings).toHaveLength(11);
    }
  }, 60_000);
});
