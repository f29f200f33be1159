/**
 * Which files a scan reads: `git ls-files` (tracked + untracked, minus ignored) inside a git work
 * tree, a directory walk that honours `.gitignore` files elsewhere. Symbolic links are followed
 * only when they resolve inside the root; every path is reported relative to the root with `/`.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { ConfigurationError } from '../errors.js';

export interface Enumeration {
  /** Paths relative to the root, `/` separators, sorted. */
  readonly files: string[];
  /** How the list was made. */
  readonly source: 'git' | 'walk';
  readonly excluded: number;
  readonly outsideLinks: number;
}

/** A path that cannot be scanned: the user's input, reported in one line like any configuration error. */
export class ScanInputError extends ConfigurationError {}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

interface Listed {
  readonly path: string;
  /** Known to be a regular file (git's index says so): no need to lstat it. */
  readonly regular: boolean;
}

function git(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8');
}

/** Tracked files with their modes (so symbolic links are known without an lstat), then untracked ones. */
function gitFiles(root: string, paths: readonly string[]): Listed[] | undefined {
  try {
    const listed: Listed[] = [];
    // One call for both: tracked entries carry "mode hash stage<TAB>path", untracked ones are bare paths.
    for (const entry of git(root, ['ls-files', '-z', '--stage', '--others', '--exclude-standard', '--', ...paths]).split('\0')) {
      if (!entry) continue;
      const staged = /^(\d{6}) [0-9a-f]+ \d\t/.exec(entry);
      if (!staged) {
        listed.push({ path: entry, regular: false });
        continue;
      }
      // 100644/100755 regular, 120000 symbolic link, 160000 submodule (not a file here).
      if (staged[1] === '160000') continue;
      listed.push({ path: entry.slice(staged[0].length), regular: staged[1].startsWith('100') });
    }
    return listed;
  } catch {
    return undefined;
  }
}

/** A tiny .gitignore reader for the walk fallback: the common subset (globs, `/`-anchoring, `!`, dirs). */
class IgnoreRules {
  private readonly rules: { match: (p: string) => boolean; negate: boolean; dirOnly: boolean }[] = [];

  add(base: string, text: string): void {
    for (let line of text.split(/\r?\n/)) {
      if (!line || line.startsWith('#')) continue;
      line = line.replace(/\s+$/, '');
      const negate = line.startsWith('!');
      if (negate) line = line.slice(1);
      const dirOnly = line.endsWith('/');
      if (dirOnly) line = line.slice(0, -1);
      const anchored = line.includes('/');
      if (line.startsWith('/')) line = line.slice(1);
      const glob = (base ? `${base}/` : '') + (anchored ? line : `**/${line}`);
      const m = picomatch(glob, { dot: true });
      this.rules.push({ match: m, negate, dirOnly });
    }
  }

  ignored(rel: string, isDir: boolean): boolean {
    let ignored = false;
    for (const r of this.rules) if ((!r.dirOnly || isDir) && r.match(rel)) ignored = !r.negate;
    return ignored;
  }
}

function walk(root: string, start: string, out: string[]): void {
  const ignore = new IgnoreRules();
  const visit = (dir: string): void => {
    const relDir = toPosix(path.relative(root, dir));
    const gi = path.join(dir, '.gitignore');
    if (fs.existsSync(gi)) ignore.add(relDir, fs.readFileSync(gi, 'utf8'));
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name === '.git') continue;
      const abs = path.join(dir, e.name);
      const rel = toPosix(path.relative(root, abs));
      const isDir = e.isDirectory();
      if (ignore.ignored(rel, isDir)) continue;
      if (isDir) visit(abs);
      else if (e.isFile() || e.isSymbolicLink()) out.push(rel);
    }
  };
  const st = fs.statSync(start, { throwIfNoEntry: false });
  if (!st) return;
  if (st.isDirectory()) visit(start);
  else out.push(toPosix(path.relative(root, start)));
}

export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Lists the files to scan under `root` limited to `paths` (relative to root), minus `exclude` globs.
 * Throws ScanInputError when a path does not exist or leaves the root.
 */
export function enumerate(root: string, paths: readonly string[], exclude: readonly string[]): Enumeration {
  const realRoot = fs.realpathSync(root);
  const wanted = paths.length ? paths : ['.'];
  for (const p of wanted) {
    const abs = path.resolve(root, p);
    if (!isInside(root, abs)) throw new ScanInputError(`path "${p}" is outside the scanned root ${root}`);
    if (!fs.existsSync(abs)) throw new ScanInputError(`path "${p}" does not exist under ${root}`);
  }
  let files = gitFiles(root, wanted);
  const source = files ? 'git' : 'walk';
  if (!files) {
    const walked: string[] = [];
    for (const p of wanted) walk(root, path.resolve(root, p), walked);
    files = walked.map((p) => ({ path: p, regular: false }));
  }
  // A bare directory name or path excludes everything below it too (`vendor`, `third_party/`).
  const globs = exclude.flatMap((e) => [e, `${e.replace(/\/+$/, '')}/**`]);
  const isExcluded = globs.length ? picomatch(globs, { dot: true }) : () => false;
  const result = new Set<string>();
  let excluded = 0;
  let outsideLinks = 0;
  for (const { path: rel, regular } of files) {
    if (isExcluded(rel)) {
      excluded++;
      continue;
    }
    if (regular) {
      // A tracked regular file; if it was deleted from the work tree, reading it reports that.
      result.add(rel);
      continue;
    }
    const abs = path.join(root, rel);
    let lst: fs.Stats | undefined;
    try {
      lst = fs.lstatSync(abs);
    } catch {
      continue; // deleted from the work tree but still in the index
    }
    if (lst.isSymbolicLink()) {
      let target: string;
      try {
        target = fs.realpathSync(abs);
      } catch {
        outsideLinks++;
        continue;
      }
      if (!isInside(realRoot, target) || !fs.statSync(target).isFile()) {
        outsideLinks++;
        continue;
      }
    } else if (!lst.isFile()) continue;
    result.add(rel);
  }
  return { files: [...result].sort(), source, excluded, outsideLinks };
}
