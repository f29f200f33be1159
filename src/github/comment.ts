/**
 * The one sticky comment on a pull request: found again by its marker (every page of the
 * conversation is read), updated in place on re-runs — a passing re-run turns it green rather
 * than deleting it — and never created on a pull request that has had nothing to report.
 */
import { COMMENT_MARKER } from '../report/comment.js';
import { ownerRepo, type GitHubClient, type RepoRef } from './client.js';

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'not needed';

export interface StickyComment {
  readonly id: number;
  readonly body: string;
}

/**
 * Our comment on the pull request, if any: the first whose first line is the marker (this job's:
 * another job's comment has another marker, see commentMarker).
 */
export async function findComment(
  client: GitHubClient,
  repo: RepoRef,
  pull: number,
  marker = COMMENT_MARKER,
): Promise<StickyComment | undefined> {
  const comments = await client.paginate(client.rest.issues.listComments, { ...ownerRepo(repo), issue_number: pull, per_page: 100 });
  const ours = comments.find((c) => typeof c.body === 'string' && c.body.split('\n', 1)[0].trimEnd() === marker);
  return ours ? { id: ours.id, body: ours.body ?? '' } : undefined;
}

/**
 * Creates or updates the comment. `render(exists)` returns the body (opening with `marker`), or
 * undefined when no comment is wanted (nothing to say and none exists yet).
 */
export async function upsertComment(
  client: GitHubClient,
  repo: RepoRef,
  pull: number,
  render: (exists: boolean) => string | undefined,
  marker = COMMENT_MARKER,
): Promise<CommentOutcome> {
  const existing = await findComment(client, repo, pull, marker);
  const body = render(existing !== undefined);
  if (body === undefined) return 'not needed';
  if (!existing) {
    await client.rest.issues.createComment({ ...ownerRepo(repo), issue_number: pull, body });
    return 'created';
  }
  if (existing.body === body) return 'unchanged';
  await client.rest.issues.updateComment({ ...ownerRepo(repo), comment_id: existing.id, body });
  return 'updated';
}
