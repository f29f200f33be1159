import { describe, expect, test } from 'vitest';
import { defaultFailScope, resolveDiff } from '../../src/diff/event.js';
import { KNOWN_RULE_IDS, run } from '../../src/pipeline.js';
import { judgedFindings } from '../../src/report/report.js';
import { loadSettings } from '../../src/settings.js';
import { commit, git, initRepo, write } from './repo.js';

const LEGACY = 'ssl_protocols TLSv1 TLSv1.2;';
const server = (line: string) => `server {\n    listen 443 ssl;\n    ${line}\n}\n`;

/** Ten legacy settings on main; a PR adds an eleventh; GitHub's merge commit is checked out. */
function pullRequest() {
  const dir = initRepo();
  const old: Record<string, string> = {};
  for (let i = 0; i < 10; i++) old[`deploy/old${i}.conf`] = server(LEGACY);
  const base = commit(dir, { ...old, 'deploy/site.conf': server('ssl_protocols TLSv1.2;') });
  git(dir, 'checkout', '-qb', 'pr');
  const head = commit(dir, { 'deploy/site.conf': server(LEGACY) });
  git(dir, 'checkout', '-q', '--detach', base);
  git(dir, 'merge', '-q', '--no-ff', '-m', 'Merge pr into main', head);
  return { dir, base, head };
}

async function judge(dir: string, eventName: string, payload: unknown) {
  const res = await resolveDiff(eventName, payload, dir);
  if ('error' in res) throw new Error(res.error);
  const settings = loadSettings(dir, {}, KNOWN_RULE_IDS);
  return run(settings, {}, { diff: res.diff, defaultFailScope: defaultFailScope(eventName) });
}

describe('the pipeline with an event diff', () => {
  test('pull_request: fails on the one new setting, lists ten as pre-existing; schedule: judges all eleven', async () => {
    const pr = pullRequest();
    const onPr = await judge(pr.dir, 'pull_request', { pull_request: { number: 1, base: { sha: pr.base }, head: { sha: pr.head } } });
    expect(onPr.verdict).toBe('fail');
    expect(onPr.diff).toMatchObject({ source: 'git', base: pr.base, failScope: 'new', new: 1, preexisting: 10 });
    expect(judgedFindings(onPr).map((f) => `${f.file}:${f.line}`)).toEqual(['deploy/site.conf:3']);

    const onSchedule = await judge(pr.dir, 'schedule', {});
    expect(onSchedule.verdict).toBe('fail');
    expect(onSchedule.diff).toBeUndefined();
    expect(judgedFindings(onSchedule)).toHaveLength(11);
  });
  test('fail-scope all in the config file judges all eleven on the pull request too; a push defaults to all', async () => {
    const pr = pullRequest();
    write(pr.dir, { '.github/tls-floor.yml': 'fail-scope: all\n' });
    const payload = { pull_request: { number: 1, base: { sha: pr.base }, head: { sha: pr.head } } };
    const all = await judge(pr.dir, 'pull_request', payload);
    expect(all.diff).toMatchObject({ failScope: 'all', new: 1, preexisting: 10 });
    expect(judgedFindings(all)).toHaveLength(11);

    write(pr.dir, { '.github/tls-floor.yml': '' });
    const onPush = await judge(pr.dir, 'push', { before: pr.base, after: git(pr.dir, 'rev-parse', 'HEAD') });
    expect(onPush.diff).toMatchObject({ failScope: 'all', new: 1, preexisting: 10 });
  });
});
