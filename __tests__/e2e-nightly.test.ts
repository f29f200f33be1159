/**
 * The nightly matrix of README/docs/scale.md through the committed bundle, as the runner runs it:
 * shard jobs (`shard: i/2`) each probe and scan their share and write a report; the merge job
 * (`merge:`) joins them, opens the tracking issue and commits the badge to an orphan `badges`
 * branch through the loopback fake GitHub API; a clean night closes the issue and updates the badge.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runActionBundle } from './helpers/bundle.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/github-api.js';
import { makeRepo } from './helpers/fixture.js';
import { OWNER, REPO } from './helpers/pull-request.js';

const TOKEN = 'ghs_nightlyT0kenThatMustNeverBePrinted99';

let api: FakeGitHub | undefined;
afterAll(async () => api?.close());

function env(root: string, temp: string, inputs: Record<string, string>): NodeJS.ProcessEnv {
  const event = path.join(temp, 'event.json');
  fs.writeFileSync(event, JSON.stringify({ schedule: '17 3 * * *', repository: { name: REPO, owner: { login: OWNER } } }));
  const output = path.join(temp, `output-${Object.keys(inputs).join('-')}-${Math.random()}`);
  fs.writeFileSync(output, '');
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: root,
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: api!.url,
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_RUN_ID: '4242',
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: temp,
    'INPUT_GITHUB-TOKEN': TOKEN,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
}

/** One night: two shard jobs, then the merge job; returns the merge job's run. */
async function night(root: string) {
  const temp = fs.mkdtempSync(`${root}-night-`);
  fs.mkdirSync(path.join(temp, 'reports'));
  for (const i of [1, 2]) {
    const r = await runActionBundle(
      root,
      env(root, temp, { shard: `${i}/2`, 'report-file': path.join(temp, 'reports', `report-${i}.json`), fail: 'false' }),
    );
    expect(r.out).not.toContain(TOKEN);
    expect(r.status, r.out).toBe(0);
  }
  const merged = await runActionBundle(
    root,
    env(root, temp, { merge: path.join(temp, 'reports', 'report-*.json'), issue: 'true', 'badge-branch': 'badges' }),
  );
  expect(merged.out).not.toContain(TOKEN);
  expect(api!.violations).toEqual([]);
  return merged;
}

describe('the nightly matrix through the bundle', () => {
  const legacy = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`conf/site${i}.conf`, 'ssl_protocols TLSv1 TLSv1.2;\n']));
  const root = makeRepo({ ...legacy, 'README.md': 'x\n' });

  test('a failing night opens one issue and commits the badge to an orphan branch; a clean night closes it', async () => {
    api = await startFakeGitHub({ token: TOKEN });
    const first = await night(root);
    expect(first.status).toBe(1);
    expect(first.out.match(/^::error /gm)?.length).toBe(6);
    expect(api.issues.filter((i) => i.state === 'open')).toHaveLength(1);
    expect(api.issues[0].body).toContain('conf/site0.conf');
    const head = api.refs.get('refs/heads/badges')!;
    expect((api.objects.get(head) as { parents: unknown[] }).parents).toEqual([]);

    // A repeat night: the same issue, no new commit on the badge branch.
    await night(root);
    expect(api.issues).toHaveLength(1);
    expect(api.refs.get('refs/heads/badges')).toBe(head);

    // Fixed: the issue is closed, the badge turns green in a new commit on top of the old one.
    for (const f of Object.keys(legacy)) fs.writeFileSync(path.join(root, f), 'ssl_protocols TLSv1.2 TLSv1.3;\n');
    const clean = await night(root);
    expect(clean.status, clean.out).toBe(0);
    expect(api.issues.map((i) => i.state)).toEqual(['closed']);
    const after = api.refs.get('refs/heads/badges')!;
    expect((api.objects.get(after) as { parents: { sha: string }[] }).parents).toEqual([{ sha: head }]);
  }, 180_000);
});
