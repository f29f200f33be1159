/**
 * Which diff a workflow event means: a pull request's change, a push's `before..after`, or none
 * (everything counts: schedules, manual runs, a new branch, a force push). Git first, the REST
 * API when the clone lacks the history. The payload is read as untrusted JSON: every field used
 * is checked before it reaches git.
 */
import { diffFromApi, PULL_FILES_CAP, type ChangedFile } from './api.js';
import { pullRequestDiff, pushDiff, type GitDiffResult, type GitOptions } from './git.js';
import { isCommitId, type DiffModel } from './model.js';

/** What the GitHub edge offers when git cannot answer (adapters over octokit, paginated by us). */
export interface DiffApi {
  /** `pulls.listFiles` of pull request `pull`: one page. */
  pullFiles?(pull: number, page: number, perPage: number): Promise<readonly ChangedFile[]>;
  /** `repos.compareCommitsWithBasehead` `files[]` of one page; at most `compareCap` files in all. */
  compareFiles?(base: string, head: string, page: number, perPage: number): Promise<readonly ChangedFile[]>;
  /** The most files a comparison lists (GitHub: 300). */
  readonly compareCap?: number;
}

/**
 * `diff: undefined` means every finding counts (with `note` saying why when the event had a diff
 * to offer). `error`: a diff was needed and could not be had; the caller warns and judges everything.
 */
export type DiffResolution = { readonly diff: DiffModel | undefined; readonly note?: string } | { readonly error: string };

export { defaultFailScope } from './kinds.js';

const ZERO = /^0+$/;
const COMPARE_CAP = 300;

function field(obj: unknown, ...keys: string[]): unknown {
  let v: unknown = obj;
  for (const k of keys) v = v !== null && typeof v === 'object' && Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

function sha(payload: unknown, where: string, ...keys: string[]): string | { error: string } {
  const v = field(payload, ...keys);
  if (typeof v === 'string' && isCommitId(v)) return v;
  // JSON keeps the message on one line whatever the payload holds.
  const shown = typeof v === 'string' ? JSON.stringify(v.slice(0, 80)) : typeof v === 'object' && v ? 'an object' : String(v);
  return { error: `the ${where} event has no valid ${keys.join('.')} (a 40 or 64 hex digit commit id; got ${shown})` };
}

async function withFallback(git: GitDiffResult, api: () => Promise<DiffResolution> | undefined): Promise<DiffResolution> {
  if (git.ok) return { diff: git.diff, ...(git.note ? { note: git.note } : {}) };
  const viaApi = api();
  if (!viaApi) return { error: `${git.error}; the GitHub API cannot be asked instead (no token)` };
  const r = await viaApi;
  if ('error' in r) return { error: `${git.error}; ${r.error}` };
  return { diff: r.diff, note: `the diff comes from the GitHub API: ${git.error}` };
}

async function pullRequest(
  eventName: string,
  payload: unknown,
  root: string,
  api: DiffApi | undefined,
  opts: GitOptions,
): Promise<DiffResolution> {
  const base = sha(payload, eventName, 'pull_request', 'base', 'sha');
  if (typeof base !== 'string') return base;
  const head = sha(payload, eventName, 'pull_request', 'head', 'sha');
  if (typeof head !== 'string') return head;
  const number = field(payload, 'pull_request', 'number') ?? field(payload, 'number');
  const git = await pullRequestDiff(root, base, head, opts);
  return withFallback(git, () => {
    if (!api?.pullFiles || !(Number.isSafeInteger(number) && (number as number) > 0)) return undefined;
    const list = api.pullFiles.bind(api, number as number);
    return diffFromApi(list, { base, head, cap: PULL_FILES_CAP, what: `pull request #${number}` }).then((r) =>
      r.ok ? { diff: r.diff } : { error: r.error },
    );
  });
}

async function commits(
  eventName: string,
  before: string,
  after: string,
  root: string,
  api: DiffApi | undefined,
  opts: GitOptions,
): Promise<DiffResolution> {
  const git = await pushDiff(root, before, after, opts);
  return withFallback(git, () => {
    if (!api?.compareFiles) return undefined;
    const list = api.compareFiles.bind(api, before, after);
    return diffFromApi(list, { base: before, head: after, cap: api.compareCap ?? COMPARE_CAP, what: `the ${eventName} comparison` }).then(
      (r) => (r.ok ? { diff: r.diff } : { error: r.error }),
    );
  });
}

async function push(payload: unknown, root: string, api: DiffApi | undefined, opts: GitOptions): Promise<DiffResolution> {
  const before = sha(payload, 'push', 'before');
  if (typeof before !== 'string') return before;
  const after = sha(payload, 'push', 'after');
  if (typeof after !== 'string') return after;
  if (ZERO.test(after)) return { diff: undefined, note: 'the push deleted the branch: nothing was changed to compare' };
  if (ZERO.test(before)) return { diff: undefined, note: 'a new branch: every finding counts' };
  if (field(payload, 'forced') === true) return { diff: undefined, note: 'a force push: every finding counts' };
  return commits('push', before, after, root, api, opts);
}

async function mergeGroup(payload: unknown, root: string, api: DiffApi | undefined, opts: GitOptions): Promise<DiffResolution> {
  const base = sha(payload, 'merge_group', 'merge_group', 'base_sha');
  if (typeof base !== 'string') return base;
  const head = sha(payload, 'merge_group', 'merge_group', 'head_sha');
  if (typeof head !== 'string') return head;
  return commits('merge_group', base, head, root, api, opts);
}

/** The diff an event stands for, in the work tree at `root` (the scanned checkout). */
export async function resolveDiff(
  eventName: string,
  payload: unknown,
  root: string,
  api?: DiffApi,
  opts: GitOptions = {},
): Promise<DiffResolution> {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return pullRequest(eventName, payload, root, api, opts);
    case 'push':
      return push(payload, root, api, opts);
    case 'merge_group':
      return mergeGroup(payload, root, api, opts);
    default:
      // schedule, workflow_dispatch, release, …: the whole repository is the subject.
      return { diff: undefined };
  }
}
