/**
 * Which files a scan reads: `git ls-files` (tracked + untracked, minus ignored) inside a git work
 * tree, a directory walk that honours `.gitignore` files elsewhere. Every path is reported
 * relative to the root with `/`.
 *
 * Nothing outside the root is listed: a path that passes through a symbolic link is listed only
 * when its real path is a regular file inside the root's real path. Symbolic links to directories
 * are never walked into (git does not descend into them either, so both modes list the same
 * files, and no link can make a loop): what such a link points to inside the root is listed at its
 * real place. FIFOs, sockets and devices are counted, never listed (opening a FIFO blocks).
 * Directories that cannot be listed are returned as errors: a scan that did not see part of the
 * tree must be able to say so.
 */
import type * as ChildProcess from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type Picomatch from 'picomatch';
import { ConfigurationError } from '../errors.js';
import { lazyBuiltin } from '../lazy-builtin.js';
import { clip } from '../clip.js';

/** A path the listing could not read, relative to the root; the scan did not see what is below it. */
export interface ListingError {
  readonly file: string;
  readonly message: string;
}

export interface Enumeration {
  /** Paths relative to the root, `/` separators, sorted. */
  readonly files: string[];
  /** How the list was made. */
  readonly source: 'git' | 'walk';
  readonly excluded: number;
  /** Symbolic links (or paths through one) that leave the root, are broken or loop. */
  readonly outsideLinks: number;
  /** FIFOs, sockets and devices: never opened. */
  readonly special: number;
  /** Directories and `.gitignore` files that could not be read, sorted by path. */
  readonly errors: ListingError[];
}

/** A path that cannot be scanned: the user's input, reported in one line like any configuration error. */
export class ScanInputError extends ConfigurationError {}

let picomatch: typeof Picomatch | undefined;

/**
 * Loads the glob compiler (picomatch, a fifth of the action's entry bundle), which patterns need:
 * `exclude` entries, and the lines of a `.gitignore` the walk meets. A chunk, not a static import:
 * many runs have neither. loadSettings checks `exclude` with it (the entries await this first when
 * there may be patterns); enumerateAsync awaits it itself.
 */
export async function loadGlobMatcher(): Promise<void> {
  picomatch ??= (await import('picomatch')).default;
}

/** A pattern compiled before loadGlobMatcher() was awaited: a bug, except in the walk (see walkAllAsync). */
class GlobMatcherNotLoaded extends Error {
  constructor() {
    super('internal error: a glob was compiled before loadGlobMatcher() was awaited');
  }
}

function globs(): typeof Picomatch {
  if (!picomatch) throw new GlobMatcherNotLoaded();
  return picomatch;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** `a/b` for `a/b/c`, '' for `c`. */
function parentOf(rel: string): string {
  const i = rel.lastIndexOf('/');
  return i < 0 ? '' : rel.slice(0, i);
}

export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The `exclude` setting as one predicate over root-relative paths. Patterns are globs; a bare
 * directory excludes everything below it. As in `.gitignore`, `!pattern` puts back what an earlier
 * pattern excluded and the last matching pattern wins (unlike `.gitignore`, a file can be put back
 * even when its directory was excluded: files are matched, not directories). Throws a one-line
 * ConfigurationError naming the entry that is empty or cannot be compiled; `where` names the setting.
 */
export function excludeMatcher(patterns: readonly string[], where = 'exclude'): (rel: string) => boolean {
  if (!patterns.length) return () => false;
  const compile = globs();
  const rules = patterns.map((entry) => {
    const negate = entry.startsWith('!');
    const glob = (negate ? entry.slice(1) : entry).trim();
    if (!glob) {
      throw new ConfigurationError(
        negate
          ? `${where}: "${clip(entry)}" has no pattern after "!"; write !GLOB to put back files an earlier pattern excluded`
          : `${where}: an entry is empty; expected a glob such as vendor/** or *.min.js`,
      );
    }
    try {
      return { match: compile([glob, `${glob.replace(/\/+$/, '')}/**`], { dot: true }), negate };
    } catch (e) {
      throw new ConfigurationError(`${where}: "${clip(entry)}" is not a glob that can be compiled: ${clip((e as Error).message)}`);
    }
  });
  return (rel) => {
    for (let i = rules.length - 1; i >= 0; i--) if (rules[i].match(rel)) return !rules[i].negate;
    return false;
  };
}

/**
 * One listed path and what is known about it without a system call: `regular` (git's index says
 * so, or the walk's directory entry), `link`, `special`, or `unknown` (git's untracked files).
 */
interface Listed {
  readonly path: string;
  readonly kind: 'regular' | 'link' | 'special' | 'unknown';
}

interface Listing {
  readonly entries: Listed[];
  readonly errors: ListingError[];
}

/** strerror texts git prints, back to the codes Node uses (the codes are what reports show). */
const ERRNO_TEXT: Record<string, string> = {
  'Permission denied': 'EACCES',
  'File name too long': 'ENAMETOOLONG',
  'Too many levels of symbolic links': 'ELOOP',
  'Not a directory': 'ENOTDIR',
  'Input/output error': 'EIO',
};

function listingError(file: string, code: string | undefined, what = 'directory could not be listed'): ListingError {
  return { file: file || '.', message: `${code ?? 'EIO'}: ${what}` };
}

function errnoOf(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException).code;
}

type GitOutput = { stdout: string; stderr: string } | undefined;

// LC_ALL=C: the warnings are parsed, and a translated git would hide them.
const gitEnv = (): NodeJS.ProcessEnv => ({ ...process.env, LC_ALL: 'C', LANGUAGE: 'C' });

/** A tree outside any repository never loads node:child_process. */
const processes = lazyBuiltin<typeof ChildProcess>('node:child_process');

/**
 * False when git cannot see a work tree at `root`, so running it would only fail: git looks for
 * `.git` (a directory or a file) in the directory and each of its parents, unless GIT_DIR or
 * GIT_WORK_TREE say where the repository is. (It may still fail when this says true: a bare
 * repository, `safe.directory`, no git at all — the walk follows then, as it does here.)
 */
export function mayBeInGitWorkTree(root: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.GIT_DIR || env.GIT_WORK_TREE) return true;
  for (let dir = root; ;) {
    if (fs.existsSync(path.join(dir, '.git'))) return true;
    const parent = path.dirname(dir);
    if (parent === dir) return false;
    dir = parent;
  }
}

function runGit(root: string, args: string[]): GitOutput {
  const r = processes().spawnSync('git', args, { cwd: root, env: gitEnv(), maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error || r.status !== 0) return undefined;
  return { stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

/** runGit, without waiting: the caller works while git does. */
function runGitAsync(root: string, args: string[]): Promise<GitOutput> {
  return new Promise((resolve) => {
    const child = processes().spawn('git', args, { cwd: root, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => stdout.push(d));
    child.stderr.on('data', (d: Buffer) => stderr.push(d));
    child.on('error', () => resolve(undefined));
    child.on('close', (status) =>
      resolve(
        status === 0 ? { stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') } : undefined,
      ),
    );
  });
}

/** Pathspecs are literal (`:x`, `*.conf` are file names, not git magic). */
const trackedArgs = (paths: readonly string[]): string[] => ['--literal-pathspecs', 'ls-files', '-z', '--stage', '--', ...paths];
const untrackedArgs = (paths: readonly string[]): string[] => [
  '--literal-pathspecs',
  'ls-files',
  '-z',
  '--others',
  '--exclude-standard',
  '--',
  ...paths,
];

/**
 * Tracked files with their modes ("mode hash stage<TAB>path"), so symbolic links are known without
 * an lstat. The fields before the first tab are git's (digits, hex, spaces), so the path is what
 * follows it: read with indexOf, not a regular expression per entry (46,000 of them).
 */
function trackedEntries(out: string): Listed[] {
  const entries: Listed[] = [];
  for (const entry of out.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0 || entry.charCodeAt(6) !== 0x20) continue;
    const mode = entry.slice(0, 6);
    // 100644/100755 regular, 120000 symbolic link, 160000 submodule (not a file here).
    if (mode === '160000') continue;
    entries.push({ path: entry.slice(tab + 1), kind: mode.startsWith('100') ? 'regular' : 'link' });
  }
  return entries;
}

/**
 * Untracked files (bare paths), and the directories git could not open to look for them. git
 * skips untracked FIFOs and sockets itself.
 */
function untrackedListing(root: string, out: NonNullable<GitOutput>): Listing {
  const entries: Listed[] = [];
  for (const entry of out.stdout.split('\0')) if (entry) entries.push({ path: entry, kind: 'unknown' });
  return { entries, errors: gitWarnings(root, out.stderr) };
}

/** Tracked files, then untracked ones; undefined outside a git work tree (or without git). */
function gitFiles(root: string, paths: readonly string[]): Listing | undefined {
  const tracked = runGit(root, trackedArgs(paths));
  const untracked = tracked && runGit(root, untrackedArgs(paths));
  if (!tracked || !untracked) return undefined;
  const listing = untrackedListing(root, untracked);
  return { entries: [...trackedEntries(tracked.stdout), ...listing.entries], errors: listing.errors };
}

/**
 * "warning: could not open directory 'sub/x/': Permission denied", with paths from the top of the
 * work tree. git cuts its messages at 4 KiB: a very long path arrives without its end or reason.
 */
function gitWarnings(root: string, stderr: string): ListingError[] {
  const found = [...stderr.matchAll(/^warning: could not open directory '(.*?)(?:': (.*))?$/gm)];
  if (!found.length) return [];
  const prefix = runGit(root, ['rev-parse', '--show-prefix'])?.stdout.trim() ?? '';
  return found.map(([, dir, reason]) => {
    const rel = prefix && dir.startsWith(prefix) ? dir.slice(prefix.length) : dir;
    if (reason === undefined) return { file: rel, message: "directory could not be listed (git's warning was cut short)" };
    return listingError(rel.replace(/\/$/, ''), ERRNO_TEXT[reason] ?? reason);
  });
}

/** A tiny .gitignore reader for the walk fallback: the common subset (globs, `/`-anchoring, `!`, dirs). */
class IgnoreRules {
  /**
   * The rules of each .gitignore, by its directory ('' for the root's): a rule matches only below
   * its own directory, so a path is tried against its ancestors' rules alone (on a tree with dozens
   * of vendored .gitignore files, trying every rule on every path was most of the walk).
   */
  private readonly byBase = new Map<string, { match: (p: string) => boolean; negate: boolean; dirOnly: boolean }[]>();

  add(base: string, text: string): void {
    const compile = globs();
    const rules = this.byBase.get(base) ?? [];
    this.byBase.set(base, rules);
    for (let line of text.split(/\r?\n/)) {
      line = line.replace(/(?<!\\)\s+$/, '');
      if (!line || line.startsWith('#')) continue;
      const negate = line.startsWith('!');
      if (negate) line = line.slice(1); // `\!` and `\#` stay escaped: picomatch reads them as literals
      const dirOnly = line.endsWith('/');
      if (dirOnly) line = line.slice(0, -1);
      if (!line) continue;
      const anchored = line.includes('/');
      if (line.startsWith('/')) line = line.slice(1);
      const byName = anchored ? undefined : nameMatcher(line);
      if (byName) {
        rules.push({ match: byName, negate, dirOnly });
        continue;
      }
      const glob = (base ? `${base}/` : '') + (anchored ? line : `**/${line}`);
      try {
        rules.push({ match: compile(glob, { dot: true }), negate, dirOnly });
      } catch {
        // A line picomatch cannot compile (e.g. longer than 64 KiB) ignores nothing, as an
        // unmatched pattern would: the scan reads more, never less, than git would.
      }
    }
  }

  ignored(rel: string, isDir: boolean): boolean {
    let ignored = false;
    // The root's rules, then those of each directory above `rel`, from the top down (as git reads them).
    let base = '';
    for (let slash = -1; ;) {
      const rules = this.byBase.get(base);
      if (rules) for (const r of rules) if ((!r.dirOnly || isDir) && r.match(rel)) ignored = !r.negate;
      slash = rel.indexOf('/', slash + 1);
      if (slash < 0) return ignored;
      base = rel.slice(0, slash);
    }
  }
}

/** Characters that make a .gitignore word a glob (or an escape) rather than a plain name. */
const GLOB_CHARS = /[*?[\]{}()!+@\\]/;

/**
 * What `**\/NAME` (an unanchored .gitignore line) matches below its directory, for the two shapes most
 * lines have, without a regular expression: a plain name (`.idea`, `node_modules`) is the base name;
 * `*` and a plain suffix (`*.log`, `*~`) is a base name that ends with it. Other lines go to picomatch.
 */
function nameMatcher(line: string): ((p: string) => boolean) | undefined {
  const baseName = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
  if (!GLOB_CHARS.test(line)) return (p) => baseName(p) === line;
  const suffix = line.slice(1);
  if (line.startsWith('*') && !GLOB_CHARS.test(suffix)) return (p) => baseName(p).endsWith(suffix);
  return undefined;
}

// Without following a final symbolic link (git ≥ 2.32 does not follow a .gitignore link either),
// and without blocking on a FIFO. Windows has neither flag.
const IGNORE_FILE_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

/** Reads `relDir/.gitignore` into `ignore`; a .gitignore that exists but cannot be read is an error. */
function readIgnoreFile(root: string, relDir: string, ignore: IgnoreRules, errors: ListingError[]): void {
  const rel = relDir ? `${relDir}/.gitignore` : '.gitignore';
  let fd: number;
  try {
    fd = fs.openSync(path.join(root, rel), IGNORE_FILE_FLAGS);
  } catch (e) {
    const code = errnoOf(e);
    if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR') return; // none, or a symbolic link
    errors.push(listingError(rel, code, '.gitignore could not be read'));
    return;
  }
  let text: string;
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) {
      errors.push(listingError(rel, st.isDirectory() ? 'EISDIR' : 'EINVAL', '.gitignore is not a regular file'));
      return;
    }
    text = fs.readFileSync(fd, 'utf8');
  } catch (e) {
    errors.push(listingError(rel, errnoOf(e), '.gitignore could not be read'));
    return;
  } finally {
    fs.closeSync(fd);
  }
  ignore.add(relDir, text);
}

/**
 * Lists `start` (relative to the root, real: no symbolic link on the way) the way git would
 * without an index: the .gitignore files from the root down apply, symbolic links are listed
 * (and resolved later) but never walked into.
 */
function walk(root: string, start: string, isDir: boolean, out: Listing): void {
  const ignore = new IgnoreRules();
  const visit = (relDir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, relDir), { withFileTypes: true });
    } catch (e) {
      out.errors.push(listingError(relDir, errnoOf(e)));
      return;
    }
    if (entries.some((e) => e.name === '.gitignore')) readIgnoreFile(root, relDir, ignore, out.errors);
    for (const e of entries) {
      if (e.name === '.git') continue;
      const rel = relDir ? `${relDir}/${e.name}` : e.name;
      const dir = e.isDirectory();
      if (ignore.ignored(rel, dir)) continue;
      if (dir) visit(rel);
      else if (e.isFile()) out.entries.push({ path: rel, kind: 'regular' });
      else if (e.isSymbolicLink()) out.entries.push({ path: rel, kind: 'link' });
      else out.entries.push({ path: rel, kind: 'special' });
    }
  };
  // The .gitignore files above the start apply to it (and may ignore it: then, as with git, nothing is listed).
  const parts = start ? start.split('/') : [];
  let rel = '';
  for (let i = 0; i < parts.length; i++) {
    readIgnoreFile(root, rel, ignore, out.errors);
    rel = rel ? `${rel}/${parts[i]}` : parts[i];
    if (ignore.ignored(rel, i < parts.length - 1 || isDir)) return;
  }
  if (isDir) visit(start);
  else out.entries.push({ path: start, kind: 'unknown' });
}

/**
 * A scan path as a real path relative to the real root ('' for the root itself), so that a
 * symbolic link given as a path is followed only when it stays inside.
 */
function resolveStart(root: string, realRoot: string, p: string): { rel: string; isDir: boolean } {
  const abs = path.resolve(root, p);
  if (!isInside(root, abs)) throw new ScanInputError(`path "${p}" is outside the scanned root ${root}`);
  let real: string;
  let st: fs.Stats;
  try {
    real = fs.realpathSync(abs);
    st = fs.statSync(real);
  } catch (e) {
    const code = errnoOf(e);
    throw new ScanInputError(
      code === 'ENOENT' ? `path "${p}" does not exist under ${root}` : `path "${p}" could not be read: ${code ?? String(e)}`,
    );
  }
  if (!isInside(realRoot, real)) throw new ScanInputError(`path "${p}" leads outside the scanned root ${root} through a symbolic link`);
  return { rel: toPosix(path.relative(realRoot, real)), isDir: st.isDirectory() };
}

/** What a listed path turned out to be on disk; `error` carries the errno of a path that could not be examined. */
type Verdict = 'file' | 'outside' | 'special' | 'skip' | { readonly error: string | undefined };

/**
 * Classifies listed paths with as few system calls as possible: a regular file whose directories
 * are all real (checked once per directory, with lstat) is taken as is; anything that passes
 * through a symbolic link is resolved and must be a regular file inside the real root.
 */
class Classifier {
  private readonly realDirs = new Map<string, boolean>([['', true]]);
  /** The root with one separator after it: paths below it are joined without normalising (they come from git or a walk). */
  private readonly prefix: string;
  /** The directory of the last path classified, and whether it is real: a listing is sorted, so most paths share the last one's. */
  private lastDir = '';
  private lastDirReal = true;

  /**
   * `root` is a real path: the listing is made below it. `walked`: the directories came from a
   * walk that never enters a link, so they need no check.
   */
  constructor(
    private readonly root: string,
    private readonly walked: boolean,
  ) {
    this.prefix = root.endsWith(path.sep) ? root : root + path.sep;
  }

  classify({ path: rel, kind }: Listed): Verdict {
    if (kind === 'special') return 'special';
    if (!this.inRealDir(rel)) return this.resolve(rel);
    // A tracked regular file; if it was deleted or replaced in the work tree, reading it tells.
    if (kind === 'regular') return 'file';
    let st: fs.Stats | undefined;
    try {
      st = fs.lstatSync(path.join(this.root, rel), { throwIfNoEntry: false });
    } catch (e) {
      return { error: errnoOf(e) };
    }
    if (!st || st.isDirectory()) return 'skip'; // deleted from the work tree but still in the index
    if (st.isSymbolicLink()) return this.resolve(rel);
    return st.isFile() ? 'file' : 'special';
  }

  /** Whether the directory holding `rel` is real (realDir), asked without slicing out its name when it is the last path's. */
  private inRealDir(rel: string): boolean {
    if (this.walked) return true;
    const slash = rel.lastIndexOf('/');
    if (slash < 0) return true;
    if (slash === this.lastDir.length && rel.startsWith(this.lastDir)) return this.lastDirReal;
    this.lastDir = rel.slice(0, slash);
    this.lastDirReal = this.realDir(this.lastDir);
    return this.lastDirReal;
  }

  /**
   * Whether no component of the directory is a symbolic link. One that cannot be examined
   * (missing, not a directory, no permission) has no link to follow: reading below it fails and says so.
   */
  private realDir(rel: string): boolean {
    if (this.walked) return true;
    let known = this.realDirs.get(rel);
    if (known === undefined) {
      let link: boolean;
      try {
        link = fs.lstatSync(this.prefix + rel, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
      } catch {
        link = false;
      }
      known = this.realDir(parentOf(rel)) && !link;
      this.realDirs.set(rel, known);
    }
    return known;
  }

  private resolve(rel: string): Verdict {
    let target: string;
    try {
      target = fs.realpathSync(path.join(this.root, rel));
    } catch (e) {
      const code = errnoOf(e);
      return code === 'ENOENT' || code === 'ELOOP' ? 'outside' : { error: code }; // broken or a loop: nothing to read
    }
    if (!isInside(this.root, target)) return 'outside';
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(target, { throwIfNoEntry: false });
    } catch (e) {
      return { error: errnoOf(e) };
    }
    if (!st || st.isDirectory()) return 'skip'; // a directory link: its files are listed where they are
    return st.isFile() ? 'file' : 'special';
  }
}

/** What both listings start from: the exclusions, the real root and the scan paths under it. */
interface Plan {
  readonly isExcluded: (rel: string) => boolean;
  readonly realRoot: string;
  readonly starts: readonly { rel: string; isDir: boolean }[];
  /** The scan paths as git pathspecs. */
  readonly pathspecs: readonly string[];
}

function plan(root: string, paths: readonly string[], exclude: readonly string[]): Plan {
  const isExcluded = excludeMatcher(exclude);
  const realRoot = fs.realpathSync(root);
  const starts = (paths.length ? paths : ['.']).map((p) => resolveStart(root, realRoot, p));
  // Listing below the real root keeps relative paths valid for a root reached through a link.
  return { isExcluded, realRoot, starts, pathspecs: starts.map((s) => s.rel || '.') };
}

/** Sorts listed entries into files to read and counts; entries can be added in batches, in any order. */
class Tally {
  /** Files to read, in the order listed; a path git lists twice (a merge conflict's stages) is dropped once sorted. */
  private readonly result: string[] = [];
  private excluded = 0;
  private outsideLinks = 0;
  private special = 0;
  private readonly errors: ListingError[] = [];
  private readonly classifier: Classifier;

  constructor(
    private readonly plan: Plan,
    private readonly source: Enumeration['source'],
  ) {
    this.classifier = new Classifier(plan.realRoot, source === 'walk');
  }

  add({ entries, errors }: Listing): void {
    for (const e of errors) this.errors.push(e);
    for (const entry of entries) {
      if (this.plan.isExcluded(entry.path)) {
        this.excluded++;
        continue;
      }
      const verdict = this.classifier.classify(entry);
      if (verdict === 'file') this.result.push(entry.path);
      else if (verdict === 'outside') this.outsideLinks++;
      else if (verdict === 'special') this.special++;
      else if (typeof verdict === 'object') this.errors.push(listingError(entry.path, verdict.error, 'could not be examined'));
    }
  }

  done(): Enumeration {
    const errors = [...new Map(this.errors.map((e) => [e.file, e])).values()].sort((a, b) => (a.file < b.file ? -1 : 1));
    const { excluded, outsideLinks, special, source } = this;
    // Already sorted runs (git's lists, a walk's directories): the sort merges them in about one pass.
    const files = this.result.sort().filter((f, i, all) => i === 0 || f !== all[i - 1]);
    return { files, source, excluded, outsideLinks, special, errors };
  }
}

/**
 * walkAll, with the glob compiler loaded when the walk meets a `.gitignore` (it stops there, and
 * walks again once it is loaded): a tree without one never loads it.
 */
async function walkAllAsync(p: Plan): Promise<Enumeration> {
  try {
    return walkAll(p);
  } catch (e) {
    if (!(e instanceof GlobMatcherNotLoaded)) throw e;
    await loadGlobMatcher();
    return walkAll(p);
  }
}

function walkAll(p: Plan): Enumeration {
  const listing: Listing = { entries: [], errors: [] };
  for (const s of p.starts) walk(p.realRoot, s.rel, s.isDir, listing);
  const tally = new Tally(p, 'walk');
  tally.add(listing);
  return tally.done();
}

/**
 * Lists the files to scan under `root` limited to `paths` (relative to root), minus `exclude` globs.
 * Throws ScanInputError when a path does not exist or leaves the root, ConfigurationError for an
 * exclude pattern that cannot be used.
 */
export function enumerate(root: string, paths: readonly string[], exclude: readonly string[]): Enumeration {
  const p = plan(root, paths, exclude);
  const listing = mayBeInGitWorkTree(p.realRoot) ? gitFiles(p.realRoot, p.pathspecs) : undefined;
  if (!listing) return walkAll(p);
  const tally = new Tally(p, 'git');
  tally.add(listing);
  return tally.done();
}

/**
 * enumerate, with the same result, sooner: git looks for untracked files (a walk of the whole
 * tree, ~100 ms on 46,000 files) while this thread reads the index's list and examines it.
 * `onTracked` is told how many files the index lists (under the scan paths) as soon as git has
 * answered, before they are examined and before the untracked ones are known: a caller can start
 * threads then.
 */
export async function enumerateAsync(
  root: string,
  paths: readonly string[],
  exclude: readonly string[],
  onTracked?: (files: number) => void,
): Promise<Enumeration> {
  if (exclude.length) await loadGlobMatcher();
  const p = plan(root, paths, exclude);
  if (!mayBeInGitWorkTree(p.realRoot)) return walkAllAsync(p);
  const untracked = runGitAsync(p.realRoot, untrackedArgs(p.pathspecs));
  const tracked = runGit(p.realRoot, trackedArgs(p.pathspecs));
  const tally = new Tally(p, 'git');
  if (tracked) {
    const entries = trackedEntries(tracked.stdout);
    // Told before the entries are examined (an lstat per directory): threads start loading sooner.
    onTracked?.(entries.length);
    tally.add({ entries, errors: [] });
  }
  const others = await untracked;
  if (!tracked || !others) return walkAllAsync(p);
  tally.add(untrackedListing(p.realRoot, others));
  return tally.done();
}
