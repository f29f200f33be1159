/**
 * The badge on a branch of its own (`badges`), committed through the Git Data API with the
 * workflow token: blobs → tree → commit → ref. A missing branch is created as an orphan (a commit
 * without parents), so it shares no history with the code; a badge that did not change commits
 * nothing (the head's tree already holds the same blobs); the ref only ever moves fast-forward.
 */
import { createHash } from 'node:crypto';
import { describeError, ownerRepo, type GitHubClient, type RepoRef } from './client.js';

export interface BadgeFile {
  /** Path in the branch (at its root). */
  readonly path: string;
  readonly content: string;
}

export type BranchOutcome = 'created' | 'updated' | 'unchanged' | 'conflict';

/** The SHA git gives a blob, to compare with the head's tree without uploading anything. */
export function gitBlobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** The branch head and its tree, or undefined when the branch does not exist. */
async function head(client: GitHubClient, repo: RepoRef, branch: string): Promise<{ sha: string; tree: string } | undefined> {
  let sha: string;
  try {
    sha = (await client.rest.git.getRef({ ...ownerRepo(repo), ref: `heads/${branch}` })).data.object.sha;
  } catch (e) {
    if (describeError(e).status === 404) return undefined;
    throw e;
  }
  const commit = await client.rest.git.getCommit({ ...ownerRepo(repo), commit_sha: sha });
  return { sha, tree: commit.data.tree.sha };
}

/** Whether the head's tree already holds exactly these files. */
async function holds(client: GitHubClient, repo: RepoRef, tree: string, files: readonly BadgeFile[]): Promise<boolean> {
  const { data } = await client.rest.git.getTree({ ...ownerRepo(repo), tree_sha: tree });
  const shas = new Map(data.tree.map((e) => [e.path, e.sha]));
  return files.every((f) => shas.get(f.path) === gitBlobSha(f.content));
}

/** One attempt: 'conflict' when the ref moved (or appeared) under us. */
async function attempt(
  client: GitHubClient,
  repo: RepoRef,
  branch: string,
  files: readonly BadgeFile[],
  message: string,
): Promise<BranchOutcome> {
  const current = await head(client, repo, branch);
  if (current && (await holds(client, repo, current.tree, files))) return 'unchanged';
  const blobs = [];
  for (const f of files) {
    const { data } = await client.rest.git.createBlob({ ...ownerRepo(repo), content: f.content, encoding: 'utf-8' });
    blobs.push({ path: f.path, mode: '100644' as const, type: 'blob' as const, sha: data.sha });
  }
  const tree = await client.rest.git.createTree({ ...ownerRepo(repo), tree: blobs, ...(current ? { base_tree: current.tree } : {}) });
  const commit = await client.rest.git.createCommit({
    ...ownerRepo(repo),
    message,
    tree: tree.data.sha,
    parents: current ? [current.sha] : [],
  });
  try {
    if (current) await client.rest.git.updateRef({ ...ownerRepo(repo), ref: `heads/${branch}`, sha: commit.data.sha, force: false });
    else await client.rest.git.createRef({ ...ownerRepo(repo), ref: `refs/heads/${branch}`, sha: commit.data.sha });
  } catch (e) {
    if (describeError(e).status === 422) return 'conflict';
    throw e;
  }
  return current ? 'updated' : 'created';
}

/**
 * Commits the files to `branch`. A concurrent update (422: not a fast-forward, or the branch was
 * created meanwhile) is re-read and retried once; a second conflict is returned for the caller
 * to warn about.
 */
export async function commitBadge(
  client: GitHubClient,
  repo: RepoRef,
  branch: string,
  files: readonly BadgeFile[],
  message: string,
): Promise<BranchOutcome> {
  const first = await attempt(client, repo, branch, files, message);
  return first === 'conflict' ? attempt(client, repo, branch, files, message) : first;
}
