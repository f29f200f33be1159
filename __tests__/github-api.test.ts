/**
 * The fake GitHub API itself, driven by the real octokit: the operations later features use
 * (issues, git data), authentication, pagination and scripted faults — all requests within
 * GitHub's OpenAPI description.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { createClient } from '../src/github/client.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/github-api.js';

const repo = { owner: 'acme', repo: 'app' };
let api: FakeGitHub;
afterEach(() => api.close());

describe('the fake GitHub API', () => {
  test('issues: create, list by label and state (paginated), update', async () => {
    api = await startFakeGitHub({ token: 't' });
    const gh = createClient('t', { GITHUB_API_URL: api.url });
    for (let i = 0; i < 3; i++) await gh.rest.issues.create({ ...repo, title: `legacy TLS ${i}`, body: 'b', labels: ['tls-floor'] });
    await gh.rest.issues.create({ ...repo, title: 'other' });
    const listed = await gh.paginate(gh.rest.issues.listForRepo, { ...repo, labels: 'tls-floor', state: 'open', per_page: 2 });
    expect(listed.map((i) => i.title)).toEqual(['legacy TLS 0', 'legacy TLS 1', 'legacy TLS 2']);
    expect(api.requestsOf('issues/list-for-repo')).toHaveLength(2);
    await gh.rest.issues.update({ ...repo, issue_number: listed[0].number, state: 'closed' });
    expect((await gh.rest.issues.listForRepo({ ...repo, labels: 'tls-floor' })).data).toHaveLength(2);
    expect(api.violations).toEqual([]);
  });

  test('git data: blob, tree, commit, ref create and fast-forward update; a non-fast-forward is refused', async () => {
    api = await startFakeGitHub({ token: 't' });
    const gh = createClient('t', { GITHUB_API_URL: api.url });
    const blob = await gh.rest.git.createBlob({ ...repo, content: '<svg/>', encoding: 'utf-8' });
    const tree = await gh.rest.git.createTree({ ...repo, tree: [{ path: 'badge.svg', mode: '100644', type: 'blob', sha: blob.data.sha }] });
    const c1 = await gh.rest.git.createCommit({ ...repo, message: 'badge', tree: tree.data.sha, parents: [] });
    await gh.rest.git.createRef({ ...repo, ref: 'refs/heads/tls-floor-badges', sha: c1.data.sha });
    expect((await gh.rest.git.getRef({ ...repo, ref: 'heads/tls-floor-badges' })).data.object.sha).toBe(c1.data.sha);
    const c2 = await gh.rest.git.createCommit({ ...repo, message: 'badge 2', tree: tree.data.sha, parents: [c1.data.sha] });
    await gh.rest.git.updateRef({ ...repo, ref: 'heads/tls-floor-badges', sha: c2.data.sha });
    const stray = await gh.rest.git.createCommit({ ...repo, message: 'stray', tree: tree.data.sha, parents: [] });
    await expect(gh.rest.git.updateRef({ ...repo, ref: 'heads/tls-floor-badges', sha: stray.data.sha })).rejects.toMatchObject({
      status: 422,
    });
    expect((await gh.rest.git.getCommit({ ...repo, commit_sha: c2.data.sha })).data.parents).toEqual([{ sha: c1.data.sha }]);
    expect(api.violations).toEqual([]);
  });

  test('a wrong token is 401; a fault hits as many requests as it is told to', async () => {
    api = await startFakeGitHub({ token: 'right' });
    await expect(
      createClient('wrong', { GITHUB_API_URL: api.url }).rest.issues.listComments({ ...repo, issue_number: 1 }),
    ).rejects.toMatchObject({
      status: 401,
    });
    const gh = createClient('right', { GITHUB_API_URL: api.url });
    api.fault({ operation: 'issues/list-comments', status: 503, times: 1 });
    await expect(gh.rest.issues.listComments({ ...repo, issue_number: 1 })).rejects.toMatchObject({ status: 503 });
    expect((await gh.rest.issues.listComments({ ...repo, issue_number: 1 })).status).toBe(200);
  });
});
