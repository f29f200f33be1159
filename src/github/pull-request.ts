/**
 * What the action does on a pull request beyond annotations and the summary: the diff fallback
 * over the API, the suggested fixes and the sticky comment — each through the Degrader, so none of
 * them can break the run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ChangedFile } from '../diff/api.js';
import type { DiffApi } from '../diff/event.js';
import { GitRepo } from '../diff/git.js';
import { isNew } from '../diff/mark.js';
import type { DiffModel } from '../diff/model.js';
import { commentMarker, commentWanted, formatComment } from '../report/comment.js';
import type { Report } from '../report/report.js';
import type { LinkFn } from '../report/summary.js';
import type { Finding } from '../scan/finding.js';
import { decode, SourceFile } from '../scan/source.js';
import type { GitHubClient } from './client.js';
import { describeError, FEATURES, ownerRepo, type Degrader, type Feature, type PullRequestRef, type RepoRef } from './edge.js';
import { upsertComment, type CommentOutcome } from './comment.js';
import { fixedLines, postSuggestions, suggestionDrafts } from './review.js';

export { pullRequestOf, type PullRequestRef } from './edge.js';

/** Errors carry the permission the call needs (the diff code shows only the message). */
async function explained<T>(feature: Feature, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    throw new Error(`${describeError(e).line} (needs \`permissions: ${FEATURES[feature].permission}\`)`, { cause: e });
  }
}

/** The REST fallback of the diff (src/diff/event.ts) over octokit. */
export function diffApi(client: GitHubClient, repo: RepoRef): DiffApi {
  return {
    pullFiles: (pull, page, perPage) =>
      explained(
        'diff',
        async () =>
          (await client.rest.pulls.listFiles({ ...ownerRepo(repo), pull_number: pull, page, per_page: perPage })).data as ChangedFile[],
      ),
    compareFiles: (base, head, page, perPage) =>
      explained(
        'compare',
        async () =>
          ((
            await client.rest.repos.compareCommitsWithBasehead({
              ...ownerRepo(repo),
              basehead: `${base}...${head}`,
              page,
              per_page: perPage,
            })
          ).data.files ?? []) as ChangedFile[],
      ),
    compareCap: 300,
  };
}

/** A file as the head commit has it, from the API (`contents: read`); undefined when it cannot be had. */
export function headFileFromApi(client: GitHubClient, repo: RepoRef, ref: string): (file: string) => Promise<Buffer | undefined> {
  return async (file) => {
    try {
      const { data } = await client.rest.repos.getContent({ ...ownerRepo(repo), path: file, ref });
      // Directories are lists; files over 1 MB come without content.
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data) || typeof data.content !== 'string' || !data.content)
        return undefined;
      return Buffer.from(data.content, 'base64');
    } catch {
      return undefined;
    }
  };
}

/**
 * The scanned text of each file that has a fixable new finding, as the scanner decoded it — but
 * only when it is the head commit's version of the file: a `pull_request` checkout is the merge
 * commit and a `pull_request_target` one the base branch, where another line may sit at the same
 * number. The head's version comes from git, or from the API when the clone lacks the commit.
 */
export async function scannedHeadTexts(
  root: string,
  headSha: string,
  report: Report,
  fromApi?: (file: string) => Promise<Buffer | undefined>,
): Promise<Map<string, string>> {
  const files = new Set(report.findings.filter((f) => f.fix && isNew(f)).map((f) => f.file));
  const texts = new Map<string, string>();
  const git = new GitRepo(root);
  const haveHead = files.size > 0 && (await git.commit(headSha)) !== undefined;
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(path.join(root, file));
    } catch {
      continue;
    }
    let head: Buffer | undefined;
    if (haveHead) {
      const r = await git.run(['cat-file', 'blob', `${headSha}:./${file}`], bytes.length + 1);
      head = r.ok ? Buffer.from(r.stdout, 'utf8') : undefined;
    } else head = await fromApi?.(file);
    if (head?.equals(bytes)) texts.set(file, decode(bytes));
  }
  return texts;
}

export interface PullRequestOptions {
  readonly comment: boolean;
  readonly suggestions: boolean;
  readonly link?: LinkFn;
  readonly runUrl?: string;
  /** The scanned text of a file, when it matches the head commit (scannedHeadTexts). */
  readonly read: (file: string) => string | undefined;
  /** The job's identity (jobKey): each job keeps its own comment. */
  readonly job?: string;
}

/** A finding's line(s) as its fix leaves them, for the comment's table. */
function fixedLine(read: (file: string) => string | undefined): (f: Finding) => string | undefined {
  const sources = new Map<string, SourceFile | undefined>();
  return (f) => {
    if (!f.fix) return undefined;
    if (!sources.has(f.file)) {
      const text = read(f.file);
      sources.set(f.file, text === undefined ? undefined : new SourceFile(f.file, text));
    }
    const source = sources.get(f.file);
    return source && fixedLines(source, [f], f.fix.line, f.fix.endLine);
  };
}

export interface PullRequestOutcome {
  readonly comment?: CommentOutcome;
  /** Suggestions posted by this run. */
  readonly suggestions?: number;
}

export async function reportToPullRequest(
  client: GitHubClient,
  degrader: Degrader,
  pr: PullRequestRef,
  report: Report,
  diff: DiffModel | undefined,
  options: PullRequestOptions,
): Promise<PullRequestOutcome> {
  let suggestions: number | undefined;
  let offered = 0;
  if (options.suggestions) {
    const drafts = suggestionDrafts(report.findings, diff, options.read);
    if (drafts.length) {
      suggestions = await degrader.attempt('suggestions', () => postSuggestions(client, pr, pr.number, pr.headSha, drafts));
      if (suggestions !== undefined) offered = drafts.length;
    }
  }
  let comment: CommentOutcome | undefined;
  if (options.comment) {
    comment = await degrader.attempt('comment', () =>
      upsertComment(
        client,
        pr,
        pr.number,
        (exists) =>
          commentWanted(report, exists)
            ? formatComment(report, {
                link: options.link,
                runUrl: options.runUrl,
                headSha: pr.headSha,
                suggestions: offered,
                fixed: fixedLine(options.read),
                job: options.job,
              })
            : undefined,
        commentMarker(options.job),
      ),
    );
  }
  return { ...(comment ? { comment } : {}), ...(suggestions !== undefined ? { suggestions } : {}) };
}
