/**
 * The diff from GitHub's REST API, for clones without the history: the changed files of a pull
 * request (`pulls.listFiles`) or of a comparison, page by page, each file's `patch` parsed. The
 * client is injected (the GitHub edge adapts octokit to it), so this stays plain and testable.
 */
import type { DiffModel, FileDiff } from './model.js';
import { parsePatch } from './unified.js';

/** One entry of `pulls.listFiles` / `repos.compareCommits` `files[]`, as much as the diff needs. */
export interface ChangedFile {
  readonly filename: string;
  /** added, removed, modified, renamed, copied, changed, unchanged */
  readonly status: string;
  /** Missing for binary files and for diffs GitHub finds too large to show. */
  readonly patch?: string;
  readonly previous_filename?: string;
  /** Added plus deleted lines; 0 with no patch means a pure rename or a mode change. */
  readonly changes?: number;
}

/** One page (1-based) of changed files; `perPage` is at most 100. Throws on API errors. */
export type ChangedFilesPage = (page: number, perPage: number) => Promise<readonly ChangedFile[]>;

export type ApiDiffResult = { readonly ok: true; readonly diff: DiffModel } | { readonly ok: false; readonly error: string };

export const PER_PAGE = 100;
/** `pulls.listFiles` lists at most 3,000 files of a pull request. */
export const PULL_FILES_CAP = 3000;

export interface ApiDiffOptions {
  readonly base: string;
  readonly head: string;
  /** The most files the endpoint lists (3,000 for a pull request). */
  readonly cap?: number;
  /** What is being compared, for messages ("the pull request"). */
  readonly what?: string;
}

/** One listed file as a FileDiff, or undefined when nothing of it is on the head side. */
export function changedFileDiff(f: ChangedFile): FileDiff | undefined {
  if (typeof f.filename !== 'string' || f.filename === '' || f.status === 'removed') return undefined;
  if (typeof f.patch === 'string' && f.patch !== '') return parsePatch(f.filename, f.patch);
  // No patch: binary, too big, or nothing but a rename or mode change (then no line changed).
  const unchanged = (f.status === 'renamed' || f.status === 'changed' || f.status === 'unchanged') && f.changes === 0;
  return { path: f.filename, added: [], hunks: [], whole: !unchanged };
}

/**
 * Every page until a short one. When the endpoint's cap is reached the list may be incomplete:
 * that is an error (the caller then judges every finding), never a silently partial diff, because
 * a new finding in an unlisted file would otherwise pass as pre-existing.
 */
export async function diffFromApi(listPage: ChangedFilesPage, opts: ApiDiffOptions): Promise<ApiDiffResult> {
  const cap = opts.cap ?? PULL_FILES_CAP;
  const what = opts.what ?? 'the pull request';
  const files = new Map<string, FileDiff>();
  let listed = 0;
  for (let page = 1; listed < cap; page++) {
    let items: readonly ChangedFile[];
    try {
      items = await listPage(page, PER_PAGE);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      return { ok: false, error: `listing the files of ${what} failed: ${msg.split('\n')[0]}` };
    }
    if (!Array.isArray(items)) return { ok: false, error: `listing the files of ${what} returned no list` };
    listed += items.length;
    for (const f of items) {
      const d = f && typeof f === 'object' ? changedFileDiff(f) : undefined;
      if (d) files.set(d.path, d);
    }
    if (items.length < PER_PAGE) return { ok: true, diff: { files, base: opts.base, head: opts.head, source: 'api' } };
  }
  return {
    ok: false,
    error: `${what} changes ${cap.toLocaleString('en-US')} files or more and GitHub lists only the first ${cap.toLocaleString('en-US')}; fetch the history (fetch-depth: 0) so the diff comes from git`,
  };
}
