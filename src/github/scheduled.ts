/**
 * What a run does for the record outside pull requests: the tracking issue and the badge branch.
 * Pull request runs never touch either — a pull request judges a change, not the repository's
 * state, and a fork's token could not write them anyway. Each feature degrades to one warning;
 * nothing here changes the verdict.
 */
import { badgeFiles } from '../badge-files.js';
import type { Report } from '../report/report.js';
import { badgeFor } from '../report/badge.js';
import { commitBadge } from './badge-branch.js';
import type { Degrader, GitHubClient, RepoRef } from './client.js';
import { syncIssue } from './issue.js';

export interface ScheduledOptions {
  readonly eventName: string;
  readonly issue: boolean;
  readonly badgeBranch?: string;
  readonly runUrl?: string;
  readonly info: (message: string) => void;
}

/** Events that judge a change rather than the repository: they leave the issue and the badge alone. */
export function judgesAChange(eventName: string): boolean {
  return eventName.startsWith('pull_request');
}

export async function recordRun(
  client: GitHubClient | undefined,
  repo: RepoRef | undefined,
  degrader: Degrader,
  report: Report,
  opts: ScheduledOptions,
): Promise<void> {
  if (judgesAChange(opts.eventName)) {
    if (opts.issue || opts.badgeBranch) opts.info('tls-floor: pull request run: the tracking issue and the badge branch are left alone');
    return;
  }
  const wanted = [...(opts.issue ? (['issue'] as const) : []), ...(opts.badgeBranch ? (['badge'] as const) : [])];
  for (const feature of wanted) {
    if (!client || !repo) {
      degrader.unavailable(feature, client ? 'GITHUB_REPOSITORY is not set' : 'the github-token input is empty');
      continue;
    }
    if (feature === 'issue') {
      const r = await degrader.attempt('issue', () => syncIssue(client, repo, report, { runUrl: opts.runUrl }));
      if (r && r.outcome !== 'none') opts.info(`tls-floor: tracking issue #${r.number} ${r.outcome}${r.commented ? ' (commented)' : ''}`);
    } else {
      const branch = opts.badgeBranch!;
      const message = `tls-floor badge: ${badgeFor(report).message}`;
      const r = await degrader.attempt('badge', () => commitBadge(client, repo, branch, badgeFiles(report), message));
      if (r === 'conflict')
        degrader.warn(
          `tls-floor: could not commit the badge to ${branch}: the branch moved twice while committing; the next run will try again`,
        );
      else if (r) opts.info(`tls-floor: badge branch ${branch}: ${r}`);
    }
  }
}
