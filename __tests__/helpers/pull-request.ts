/**
 * A pull request as a test needs it: a git repository with base and head commits, the webhook
 * payload GitHub writes to GITHUB_EVENT_PATH for `pull_request` (the fields of a real delivery,
 * trimmed of URLs nobody reads), and the `pulls.listFiles` entries the fake API serves.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commit, git, initRepo, write } from '../diff/repo.js';
import type { PullFile } from './github-api.js';

export const OWNER = 'acme';
export const REPO = 'app';
export const PULL = 42;

export interface PullRequestFixture {
  readonly dir: string;
  readonly base: string;
  readonly head: string;
  readonly eventPath: string;
}

/** The `pull_request` webhook payload (action `synchronize`) for base → head. */
export function pullRequestPayload(base: string, head: string, opts: { fork?: boolean } = {}): object {
  const repo = {
    id: 1296269,
    name: REPO,
    full_name: `${OWNER}/${REPO}`,
    private: false,
    owner: { login: OWNER, type: 'Organization' },
    fork: false,
    default_branch: 'main',
  };
  const headRepo = opts.fork
    ? { ...repo, id: 7, full_name: `contributor/${REPO}`, owner: { login: 'contributor', type: 'User' }, fork: true }
    : repo;
  return {
    action: 'synchronize',
    number: PULL,
    before: base,
    after: head,
    pull_request: {
      url: `https://api.github.com/repos/${OWNER}/${REPO}/pulls/${PULL}`,
      id: 1,
      node_id: 'PR_kwDOABCD',
      html_url: `https://github.com/${OWNER}/${REPO}/pull/${PULL}`,
      number: PULL,
      state: 'open',
      locked: false,
      title: 'Enable the old load balancer again',
      user: { login: opts.fork ? 'contributor' : 'dev', type: 'User' },
      body: null,
      draft: false,
      head: { label: `${headRepo.owner.login}:feature`, ref: 'feature', sha: head, user: headRepo.owner, repo: headRepo },
      base: { label: `${OWNER}:main`, ref: 'main', sha: base, user: repo.owner, repo },
      author_association: 'CONTRIBUTOR',
      merged: false,
      commits: 1,
      changed_files: 1,
    },
    repository: repo,
    sender: { login: opts.fork ? 'contributor' : 'dev', type: 'User' },
  };
}

/** GitHub's `files[].patch` for one file: the hunks of `git diff`, without the headers. */
function patchOf(dir: string, base: string, head: string, file: string): string | undefined {
  const out = git(dir, 'diff', '--no-color', '--unified=3', base, head, '--', file);
  const at = out.indexOf('\n@@');
  return at < 0 ? undefined : out.slice(at + 1);
}

/** The listFiles entries between two commits, as GitHub serves them. */
export function pullFiles(dir: string, base: string, head: string): PullFile[] {
  const names = git(dir, 'diff', '--name-status', '--no-renames', base, head).split('\n').filter(Boolean);
  return names.map((l) => {
    const [status, filename] = l.split('\t');
    const patch = patchOf(dir, base, head, filename);
    return { filename, status: status === 'A' ? 'added' : status === 'D' ? 'removed' : 'modified', ...(patch ? { patch } : {}) };
  });
}

/** A repository whose base has `baseFiles`; the head commit adds `headFiles`; the work tree is at head. */
export function pullRequestRepo(
  baseFiles: Record<string, string>,
  headFiles: Record<string, string>,
  opts: { fork?: boolean } = {},
): PullRequestFixture {
  const dir = initRepo();
  const base = commit(dir, baseFiles, 'base');
  git(dir, 'checkout', '-qb', 'feature');
  const head = commit(dir, headFiles, 'feature');
  const eventPath = path.join(path.dirname(dir), `${path.basename(dir)}-event.json`);
  fs.writeFileSync(eventPath, JSON.stringify(pullRequestPayload(base, head, opts), null, 2));
  return { dir, base, head, eventPath };
}

/** A new head commit on the fixture's branch (the author pushed again); the payload follows. */
export function pushToPullRequest(fx: PullRequestFixture, files: Record<string, string>): PullRequestFixture {
  write(fx.dir, files);
  const head = commit(fx.dir, {}, 'fixup');
  fs.writeFileSync(fx.eventPath, JSON.stringify(pullRequestPayload(fx.base, head), null, 2));
  return { ...fx, head };
}
