/**
 * The tracking issue of scheduled runs: one open issue, labelled `tls-floor` and opening with our
 * marker, created when a run fails, updated by every failing run (a comment only when something
 * changed, so a repeat night makes no noise), commented on and closed when a run passes.
 *
 * Two overlapping runs must not leave two issues: each lists before creating, lists again after,
 * and when there are two of ours the older one (the lower number) wins — the newer is closed as
 * a duplicate by the run that made it, which then carries on with the winner.
 */
import { describeError, ownerRepo, type GitHubClient, type RepoRef } from './client.js';
import {
  changed,
  changesSince,
  decodeState,
  formatChanges,
  formatFixed,
  formatIssue,
  issueTitle,
  readState,
  ISSUE_LABEL,
  ISSUE_LABEL_COLOR,
  ISSUE_LABEL_DESCRIPTION,
  ISSUE_MARKER,
  trackedItems,
  type IssueContext,
} from '../report/issue.js';
import type { Report } from '../report/report.js';

export type IssueOutcome = 'created' | 'updated' | 'unchanged' | 'closed' | 'none';

export interface IssueResult {
  readonly outcome: IssueOutcome;
  readonly number?: number;
  /** A comment was added (something changed, or the closing note). */
  readonly commented: boolean;
}

interface OurIssue {
  readonly number: number;
  readonly title: string;
  readonly body: string;
}

/** Our open issues, oldest first: labelled AND opening with the marker (pull requests excluded). */
export async function findIssues(client: GitHubClient, repo: RepoRef): Promise<OurIssue[]> {
  const issues = await client.paginate(client.rest.issues.listForRepo, {
    ...ownerRepo(repo),
    labels: ISSUE_LABEL,
    state: 'open',
    per_page: 100,
  });
  return issues
    .filter((i) => !i.pull_request && typeof i.body === 'string' && i.body.startsWith(ISSUE_MARKER))
    .map((i) => ({ number: i.number, title: i.title, body: i.body ?? '' }))
    .sort((a, b) => a.number - b.number);
}

/** The label exists afterwards (another run may have created it meanwhile: that is fine). */
async function ensureLabel(client: GitHubClient, repo: RepoRef): Promise<void> {
  try {
    await client.rest.issues.getLabel({ ...ownerRepo(repo), name: ISSUE_LABEL });
    return;
  } catch (e) {
    if (describeError(e).status !== 404) throw e;
  }
  try {
    await client.rest.issues.createLabel({
      ...ownerRepo(repo),
      name: ISSUE_LABEL,
      color: ISSUE_LABEL_COLOR,
      description: ISSUE_LABEL_DESCRIPTION,
    });
  } catch (e) {
    if (describeError(e).status !== 422) throw e;
  }
}

async function close(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  comment: string,
  reason: 'completed' | 'duplicate',
): Promise<void> {
  await client.rest.issues.createComment({ ...ownerRepo(repo), issue_number: number, body: comment });
  await client.rest.issues.update({ ...ownerRepo(repo), issue_number: number, state: 'closed', state_reason: reason });
}

/** Creates the issue, then makes sure it is the only one; returns the one that stays open. */
async function createOnce(client: GitHubClient, repo: RepoRef, report: Report, ctx: IssueContext): Promise<OurIssue & { mine: boolean }> {
  await ensureLabel(client, repo);
  const body = formatIssue(report, undefined, ctx);
  const { data } = await client.rest.issues.create({ ...ownerRepo(repo), title: issueTitle(report), body, labels: [ISSUE_LABEL] });
  const winner = (await findIssues(client, repo))[0];
  if (!winner || winner.number >= data.number) return { number: data.number, title: data.title, body, mine: true };
  await close(client, repo, data.number, `Duplicate of #${winner.number} (two tls-floor runs overlapped).`, 'duplicate');
  return { ...winner, mine: false };
}

/** Brings the tracking issue in line with the report. */
export async function syncIssue(client: GitHubClient, repo: RepoRef, report: Report, ctx: IssueContext = {}): Promise<IssueResult> {
  const ours = await findIssues(client, repo);
  if (report.verdict === 'pass') {
    for (const issue of ours) await close(client, repo, issue.number, formatFixed(decodeState(issue.body), ctx), 'completed');
    return ours.length ? { outcome: 'closed', number: ours[0].number, commented: true } : { outcome: 'none', commented: false };
  }
  // Left over from an overlap whose clean-up did not finish: the oldest stays.
  for (const extra of ours.slice(1)) await close(client, repo, extra.number, `Duplicate of #${ours[0].number}.`, 'duplicate');
  let target: OurIssue | undefined = ours[0];
  if (!target) {
    const made = await createOnce(client, repo, report, ctx);
    if (made.mine) return { outcome: 'created', number: made.number, commented: false };
    target = made;
  }
  const previous = readState(target.body);
  const changes = changesSince(previous?.items ?? [], trackedItems(report), previous?.complete ?? true);
  const body = formatIssue(report, previous ? changes : undefined, ctx);
  const title = issueTitle(report);
  const outcome: IssueOutcome = body === target.body && title === target.title ? 'unchanged' : 'updated';
  if (outcome === 'updated') await client.rest.issues.update({ ...ownerRepo(repo), issue_number: target.number, title, body });
  const comment = previous !== undefined && changed(changes);
  if (comment) await client.rest.issues.createComment({ ...ownerRepo(repo), issue_number: target.number, body: formatChanges(changes) });
  return { outcome, number: target.number, commented: comment };
}
