/**
 * The diff from git, when the clone has the history: a pull request (merge base of base and head,
 * or the merge commit actions/checkout makes against its first parent), a push (`before..after`),
 * or a local run against a ref (merge base with HEAD, plus uncommitted and untracked files).
 *
 * Git runs with stdin closed, no terminal prompts, literal pathspecs, a timeout and a cap on what
 * it may print, so it can neither hang nor flood memory. Missing history is an error value naming
 * the commit and the `fetch-depth` that would bring it, so the caller can fall back to the API.
 */
import { spawn } from 'node:child_process';
import { isCommitId, type DiffModel, type FileDiff } from './model.js';
import { parseUnifiedDiff } from './unified.js';

export type GitDiffResult =
  { readonly ok: true; readonly diff: DiffModel; readonly note?: string } | { readonly ok: false; readonly error: string };

export interface GitOptions {
  /** Per git command (default 60 s). */
  readonly timeoutMs?: number;
  /** The most a diff may print before the lines are given up for a list of whole files (default 64 MiB). */
  readonly maxDiffBytes?: number;
}

interface GitRun {
  readonly ok: boolean;
  readonly stdout: string;
  /** First line of stderr, or why git did not finish (timeout, too much output, not installed). */
  readonly problem: string;
  readonly overflow: boolean;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_DIFF = 64 * 1024 * 1024;
const SMALL_OUTPUT = 1024 * 1024;

/** Options every command gets: no pager, no colour, raw UTF-8 names (only names with quotes or control characters stay C-quoted). */
const GLOBAL = ['-c', 'core.quotePath=false', '-c', 'color.ui=false', '--no-pager'];

function runGit(root: string, args: readonly string[], timeoutMs: number, maxBytes: number): Promise<GitRun> {
  return new Promise((resolve) => {
    let settled = false;
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let overflow = false;
    const done = (r: Omit<GitRun, 'overflow'>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...r, overflow });
    };
    // Its own process group, so that a timeout also ends whatever git started (hooks, aliases, helpers).
    const group = process.platform !== 'win32';
    const child = spawn('git', [...GLOBAL, ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
      detached: group,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_LITERAL_PATHSPECS: '1', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
    });
    const kill = (): void => {
      try {
        if (group && child.pid) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      kill();
      done({ ok: false, stdout: '', problem: `git ${args[0]} did not finish within ${Math.round(timeoutMs / 1000)} s` });
    }, timeoutMs);
    child.stdout.on('data', (b: Buffer) => {
      size += b.length;
      if (size > maxBytes) {
        overflow = true;
        kill();
        done({ ok: false, stdout: '', problem: `git ${args[0]} printed more than ${maxBytes} bytes` });
      } else chunks.push(b);
    });
    child.stderr.on('data', (b: Buffer) => {
      if (stderr.length < 4096) stderr += b.toString('utf8');
    });
    child.on('error', (e: NodeJS.ErrnoException) =>
      done({ ok: false, stdout: '', problem: e.code === 'ENOENT' ? 'git is not installed' : `git could not run: ${e.message}` }),
    );
    child.on('close', (code) =>
      done({
        ok: code === 0,
        stdout: Buffer.concat(chunks).toString('utf8'),
        problem:
          stderr
            .split('\n')
            .find((l) => l.trim())
            ?.trim() ?? `git ${args[0]} exited with ${code}`,
      }),
    );
  });
}

/** A git work tree rooted at (or above) `root`, with the few questions the diff needs. */
export class GitRepo {
  private readonly timeoutMs: number;
  private readonly maxDiffBytes: number;

  constructor(
    readonly root: string,
    opts: GitOptions = {},
  ) {
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxDiffBytes = opts.maxDiffBytes ?? DEFAULT_MAX_DIFF;
  }

  run(args: readonly string[], maxBytes = SMALL_OUTPUT): Promise<GitRun> {
    return runGit(this.root, args, this.timeoutMs, maxBytes);
  }

  /** Why `root` cannot be diffed with git, or undefined when it can. */
  async problem(): Promise<string | undefined> {
    const r = await this.run(['rev-parse', '--is-inside-work-tree']);
    return r.ok && r.stdout.trim() === 'true' ? undefined : `${this.root} is not a git work tree (${r.problem})`;
  }

  /** The commit a revision names, or undefined when the clone does not have it. */
  async commit(rev: string): Promise<string | undefined> {
    const r = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
    const sha = r.stdout.trim();
    return r.ok && isCommitId(sha) ? sha : undefined;
  }

  /** A commit's parents (none for a root commit, and none for the cut-off commits of a shallow clone). */
  async parents(sha: string): Promise<string[]> {
    const r = await this.run(['rev-list', '--parents', '-n', '1', '--end-of-options', sha]);
    return r.ok ? r.stdout.trim().split(/\s+/).slice(1) : [];
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const r = await this.run(['merge-base', '--end-of-options', a, b]);
    return r.ok ? r.stdout.trim() || undefined : undefined;
  }

  async shallow(): Promise<boolean> {
    const r = await this.run(['rev-parse', '--is-shallow-repository']);
    return r.stdout.trim() === 'true';
  }

  /**
   * The files changed between `base` and `head` (or the work tree when `head` is undefined), with
   * paths relative to `root`. A diff too big to read becomes a list of files that count as a whole.
   */
  async diff(base: string, head: string | undefined): Promise<{ files: Map<string, FileDiff>; note?: string } | { error: string }> {
    const revs = head === undefined ? [base] : [base, head];
    // No external diff or textconv drivers (configured commands); paths relative to the root.
    const common = ['--no-color', '--no-ext-diff', '--no-textconv', '-M', '--relative'];
    const full = await this.run(
      ['diff', ...common, '-U3', '--src-prefix=a/', '--dst-prefix=b/', '--end-of-options', ...revs, '--'],
      this.maxDiffBytes,
    );
    if (full.ok) return { files: parseUnifiedDiff(full.stdout) };
    if (!full.overflow) return { error: full.problem };
    const names = await this.run(
      ['diff', ...common, '--name-only', '--diff-filter=d', '-z', '--end-of-options', ...revs, '--'],
      this.maxDiffBytes,
    );
    if (!names.ok) return { error: names.problem };
    return {
      files: wholeFiles(names.stdout.split('\0')),
      note: `the diff is larger than ${this.maxDiffBytes} bytes: every changed file counts as changed as a whole`,
    };
  }

  /** Files in the work tree that git does not track and does not ignore, relative to `root`. */
  async untracked(): Promise<string[] | { error: string }> {
    const r = await this.run(['ls-files', '-z', '--others', '--exclude-standard'], this.maxDiffBytes);
    return r.ok ? r.stdout.split('\0').filter(Boolean) : { error: r.problem };
  }
}

function wholeFiles(paths: readonly string[]): Map<string, FileDiff> {
  const files = new Map<string, FileDiff>();
  for (const p of paths) if (p) files.set(p, { path: p, added: [], hunks: [], whole: true });
  return files;
}

const short = (sha: string): string => sha.slice(0, 12);

async function model(repo: GitRepo, base: string, head: string, note?: string): Promise<GitDiffResult> {
  const d = await repo.diff(base, head);
  if ('error' in d) return { ok: false, error: `git diff ${short(base)} ${short(head)} failed: ${d.error}` };
  const notes = [note, d.note].filter(Boolean).join('; ');
  return { ok: true, diff: { files: d.files, base, head, source: 'git' }, ...(notes ? { note: notes } : {}) };
}

async function missing(repo: GitRepo, what: string, sha: string, depth: string): Promise<string> {
  const shallow = (await repo.shallow()) ? 'the clone is shallow' : 'it was not fetched';
  return `${what} ${short(sha)} is not in the clone (${shallow}); use fetch-depth: ${depth} on actions/checkout, or the diff comes from the API`;
}

/**
 * A pull request's changed lines as they appear in the checked-out tree. actions/checkout checks
 * out the merge commit (`refs/pull/N/merge`, parents: base tip and PR head) by default: then the
 * diff against its first parent is exactly the PR's change and its line numbers are the scanned
 * tree's, and two commits of history suffice (fetch-depth: 2). A checkout of the head commit
 * needs the merge base of base and head (fetch-depth: 0).
 */
export async function pullRequestDiff(root: string, base: string, head: string, opts: GitOptions = {}): Promise<GitDiffResult> {
  const repo = new GitRepo(root, opts);
  const problem = await repo.problem();
  if (problem) return { ok: false, error: problem };
  const checkedOut = await repo.commit('HEAD');
  if (checkedOut && checkedOut !== head) {
    const parents = await repo.parents(checkedOut);
    if (parents.length === 2 && parents[1] === head) return model(repo, parents[0], checkedOut);
  }
  // The default checkout (the merge commit) needs two commits of history; a checkout of the head, all of it.
  const depth = checkedOut === head ? '0' : '2 (for the merge commit actions/checkout checks out by default) or 0';
  if (!(await repo.commit(head))) return { ok: false, error: await missing(repo, "the pull request's head commit", head, depth) };
  if (!(await repo.commit(base))) return { ok: false, error: await missing(repo, 'the base commit', base, depth) };
  const mergeBase = await repo.mergeBase(base, head);
  if (!mergeBase) {
    return {
      ok: false,
      error: `the clone has no merge base of ${short(base)} and ${short(head)} (${(await repo.shallow()) ? 'the history is cut off by a shallow clone' : 'unrelated histories'}); use fetch-depth: 0 on actions/checkout, or the diff comes from the API`,
    };
  }
  const note =
    checkedOut && checkedOut !== head
      ? `the work tree is at ${short(checkedOut)}, not at the pull request's head ${short(head)}: lines may not match the diff`
      : undefined;
  return model(repo, mergeBase, head, note);
}

/** A push: `before..after` (the caller handles new branches and force pushes, which have no useful `before`). */
export async function pushDiff(root: string, before: string, after: string, opts: GitOptions = {}): Promise<GitDiffResult> {
  const repo = new GitRepo(root, opts);
  const problem = await repo.problem();
  if (problem) return { ok: false, error: problem };
  if (!(await repo.commit(after))) return { ok: false, error: await missing(repo, 'the pushed commit', after, '0') };
  if (!(await repo.commit(before))) return { ok: false, error: await missing(repo, 'the commit before the push', before, '0') };
  return model(repo, before, after);
}

/**
 * A local run against a ref (`tls-floor scan --diff main`): the merge base of the ref and HEAD
 * against the work tree, so committed, staged and unstaged changes count as new, and so do
 * untracked files (a pre-commit hook sees a new file before it is committed).
 */
export async function localDiff(root: string, ref: string, opts: GitOptions = {}): Promise<GitDiffResult> {
  const repo = new GitRepo(root, opts);
  const problem = await repo.problem();
  if (problem) return { ok: false, error: problem };
  const target = await repo.commit(ref);
  if (!target) return { ok: false, error: `"${ref}" is not a commit in ${root}` };
  const head = await repo.commit('HEAD');
  if (!head) return { ok: false, error: `the repository in ${root} has no commit yet` };
  const base = await repo.mergeBase(target, head);
  if (!base) return { ok: false, error: `"${ref}" and HEAD have no common history` };
  const d = await repo.diff(base, undefined);
  if ('error' in d) return { ok: false, error: `git diff ${short(base)} failed: ${d.error}` };
  const untracked = await repo.untracked();
  if ('error' in untracked) return { ok: false, error: `git ls-files failed: ${untracked.error}` };
  for (const [p, whole] of wholeFiles(untracked)) d.files.set(p, whole);
  return { ok: true, diff: { files: d.files, base, head, source: 'git', worktree: true }, ...(d.note ? { note: d.note } : {}) };
}
