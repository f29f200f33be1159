/**
 * The GitHub client: one octokit for the run. Loading this module loads octokit and undici, so the
 * action imports it only when a feature calls the API; the plain parts of the edge (Degrader, the
 * repository, the features' permissions) are in edge.ts and re-exported here.
 */
import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';

export { describeError, Degrader, FEATURES, ownerRepo, repoFromEnv, type Feature, type RepoRef, type Warner } from './edge.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** One request may take this long; nothing is retried, so a run never hangs on the API. */
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * An octokit for `token` against `GITHUB_API_URL` (GitHub Enterprise Server, and the loopback fake
 * API in tests). `@actions/github` reads that variable once when it is imported; passing it here
 * keeps the client right whatever the import order.
 */
export function createClient(token: string, env: NodeJS.ProcessEnv, timeoutMs = REQUEST_TIMEOUT_MS): GitHubClient {
  // The toolkit's fetch (it honours the runner's proxy settings), with a deadline on every request.
  const base = (defaults.request?.fetch as typeof fetch | undefined) ?? fetch;
  return getOctokit(token, {
    baseUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    request: { fetch: (url: string, init: RequestInit) => base(url, { ...init, signal: AbortSignal.timeout(timeoutMs) }) },
    // Octokit's own logger would print request warnings (deprecations) to the log: keep ours only.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
}
