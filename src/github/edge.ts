/**
 * The GitHub edge without the toolkit: which repository and pull request a run is about, which
 * features need which permission, and how an API failure becomes one warning (Degrader). Kept apart
 * from client.ts, which loads octokit and undici (~60 ms): a run that never calls the API never
 * loads them. Every feature that talks to the API (the diff fallback, the sticky comment, the
 * suggestions, the tracking issue, the badge branch) runs through `Degrader.attempt`, so an error
 * of any kind — no token, a fork's read-only token, a missing permission, rate limiting, a 5xx, a
 * timeout — becomes one warning that names the permission that would enable the feature, and the
 * run carries on with annotations and the summary. The verdict alone decides the exit code.
 */
import { isCommitId } from '../diff/model.js';

export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

export interface PullRequestRef extends RepoRef {
  readonly number: number;
  readonly headSha: string;
}

/** Just owner and repo: octokit sends every other field of its parameters as a query parameter. */
export function ownerRepo(r: RepoRef): RepoRef {
  return { owner: r.owner, repo: r.repo };
}

/** `owner/name` from GITHUB_REPOSITORY, checked. */
export function repoFromEnv(env: NodeJS.ProcessEnv): RepoRef | undefined {
  const m = /^([\w.-]+)\/([\w.-]+)$/.exec(env.GITHUB_REPOSITORY ?? '');
  return m ? { owner: m[1], repo: m[2] } : undefined;
}

/** The features that use the API, and what each needs from `permissions:`. */
export const FEATURES = {
  diff: { what: 'read the pull request diff from the API', permission: 'pull-requests: read' },
  compare: { what: 'read the pushed commits from the API', permission: 'contents: read' },
  comment: { what: 'post the pull request comment', permission: 'pull-requests: write' },
  suggestions: { what: 'post the suggested fixes', permission: 'pull-requests: write' },
  issue: { what: 'update the tracking issue', permission: 'issues: write' },
  badge: { what: 'commit the badge to the badge branch', permission: 'contents: write' },
} as const;

export type Feature = keyof typeof FEATURES;

interface HttpLike {
  status?: number;
  message?: string;
  name?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

/** Why a call failed, in one line, without anything secret. */
export function describeError(e: unknown): { line: string; status?: number; rateLimited: boolean; forbidden: boolean } {
  const err = (e ?? {}) as HttpLike;
  // Octokit gives network failures and timeouts a status of 500 too: only a response is an HTTP answer.
  const status = typeof err.status === 'number' && err.response ? err.status : undefined;
  const headers = err.response?.headers ?? {};
  const rateLimited =
    status === 429 || (status === 403 && (String(headers['x-ratelimit-remaining']) === '0' || headers['retry-after'] !== undefined));
  const forbidden = (status === 401 || status === 403 || status === 404) && !rateLimited;
  const apiMessage =
    typeof (err.response?.data as { message?: unknown } | undefined)?.message === 'string'
      ? (err.response!.data as { message: string }).message
      : (err.message ?? String(e));
  let line = status
    ? `HTTP ${status}: ${apiMessage}`
    : err.name === 'TimeoutError' || err.name === 'AbortError' || /\btimeout\b/i.test(apiMessage)
      ? 'no answer in time'
      : `no answer: ${apiMessage}`;
  if (rateLimited) {
    const reset = Number(headers['x-ratelimit-reset']);
    const retry =
      headers['retry-after'] !== undefined ? `${headers['retry-after']} s` : reset > 0 ? new Date(reset * 1000).toISOString() : undefined;
    line += ` (rate limited${retry !== undefined ? `; retry after ${retry}` : ''})`;
  }
  return { line: line.replace(/\s+/g, ' ').trim().slice(0, 300), status, rateLimited, forbidden };
}

export interface Warner {
  warning(message: string): void;
  info(message: string): void;
}

/**
 * Runs API features and turns their failures into one warning each. Once the token has been
 * refused a permission (or the API rate-limited us), later features needing the same are skipped
 * with an info line instead of a second, identical warning.
 */
export class Degrader {
  private readonly refused = new Set<string>();
  private rateLimited = false;

  constructor(
    private readonly out: Warner,
    /** Scrubbed from every message, whatever an error says. */
    private readonly secret: string,
  ) {}

  private scrub(s: string): string {
    return this.secret ? s.split(this.secret).join('***') : s;
  }

  /** A warning of the GitHub edge that is not a feature's failure (the diff), scrubbed the same way. */
  warn(message: string): void {
    const m = this.scrub(message);
    this.out.warning(m);
  }

  /** Warns that a feature cannot run at all (no token). */
  unavailable(feature: Feature, why: string): void {
    const f = FEATURES[feature];
    if (this.refused.has(f.permission)) return;
    this.refused.add(f.permission);
    this.warn(`tls-floor: cannot ${f.what}: ${why}. Give the workflow a token with \`permissions: ${f.permission}\` to enable it.`);
  }

  /** The result of `fn`, or undefined after one warning when it failed. */
  async attempt<T>(feature: Feature, fn: () => Promise<T>): Promise<T | undefined> {
    const f = FEATURES[feature];
    if (this.rateLimited || this.refused.has(f.permission)) {
      this.out.info(`tls-floor: skipped: ${f.what} (see the warning above)`);
      return undefined;
    }
    try {
      return await fn();
    } catch (e) {
      const d = describeError(e);
      if (d.rateLimited) this.rateLimited = true;
      if (d.forbidden) this.refused.add(f.permission);
      const hint = d.forbidden
        ? ` The token lacks \`permissions: ${f.permission}\` (a pull request from a fork gets a read-only token; see the README).`
        : ` It needs \`permissions: ${f.permission}\`; annotations and the job summary are unaffected.`;
      this.warn(`tls-floor: could not ${f.what}: ${d.line}.${hint}`);
      return undefined;
    }
  }
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** The pull request an event is about (number and head commit, checked), or undefined. */
export function pullRequestOf(eventName: string, payload: unknown, repo: RepoRef | undefined): PullRequestRef | undefined {
  if (!repo || !PULL_REQUEST_EVENTS.has(eventName)) return undefined;
  const pr = (payload as { pull_request?: { number?: unknown; head?: { sha?: unknown } } } | undefined)?.pull_request;
  const number = pr?.number;
  const headSha = pr?.head?.sha;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0) return undefined;
  if (typeof headSha !== 'string' || !isCommitId(headSha)) return undefined;
  return { owner: repo.owner, repo: repo.repo, number, headSha };
}
