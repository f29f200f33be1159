/**
 * The one diff model every event is reduced to: which lines of which files (head side) a change
 * touched. Computed at the edge (git, or the REST API when history is missing) and applied as a
 * filter between findings and reporters. No diff at all (`undefined`) means "everything counts":
 * scheduled runs, manual runs, a new branch, a force push.
 */

/** 1-based, inclusive line numbers on the head (right) side. */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}

export interface FileDiff {
  /** Path relative to the repository root, `/` separators (the head side's name after a rename). */
  readonly path: string;
  /** Lines added or changed by the change. */
  readonly added: readonly LineRange[];
  /** Lines inside the hunks (added plus surrounding context): where a review comment may go. */
  readonly hunks: readonly LineRange[];
  /** The patch is unknown (too big, binary, or a new file without one): the whole file counts as changed. */
  readonly whole: boolean;
}

export interface DiffModel {
  readonly files: ReadonlyMap<string, FileDiff>;
  /** Commits compared (base may be a merge base). */
  readonly base: string;
  readonly head: string;
  /** Where the model came from. */
  readonly source: 'git' | 'api';
  /** `head` plus the uncommitted and untracked changes of the work tree (`tls-floor scan --diff REF`). */
  readonly worktree?: boolean;
}

/**
 * Which findings a PR run shows and counts as new: on `added` lines (default), anywhere `within the
 * hunks` (diff_context), anywhere in a changed `file`, or everything (`nofilter`).
 */
export type FilterMode = 'added' | 'diff_context' | 'file' | 'nofilter';
export const FILTER_MODES: readonly FilterMode[] = ['added', 'diff_context', 'file', 'nofilter'];

/**
 * What decides the verdict when there is a diff: only `new` findings and endpoints (the default
 * on pull requests), or `all` of them (every other run).
 */
export type FailScope = 'new' | 'all';
export const FAIL_SCOPES: readonly FailScope[] = ['new', 'all'];

function within(ranges: readonly LineRange[], line: number): boolean {
  return ranges.some((r) => line >= r.start && line <= r.end);
}

/** Whether a line of a file is part of the change, as the filter mode reads it. */
export function inDiff(diff: DiffModel | undefined, file: string, line: number, mode: FilterMode): boolean {
  if (!diff || mode === 'nofilter') return true;
  const f = diff.files.get(file);
  if (!f) return false;
  if (f.whole || mode === 'file') return true;
  return within(mode === 'added' ? f.added : f.hunks, line);
}

/** Whether a review comment may be placed on this line (GitHub answers 422 for lines outside the hunks). */
export function commentable(diff: DiffModel | undefined, file: string, line: number): boolean {
  const f = diff?.files.get(file);
  return f !== undefined && !f.whole && within(f.hunks, line);
}

/** A full commit id: 40 hex digits (SHA-1) or 64 (SHA-256), lower case as git prints them. */
export function isCommitId(s: string): boolean {
  return /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(s);
}
