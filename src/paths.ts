/**
 * Paths that users give: files to write (report, SARIF, later badges) and the config file to read.
 * They are resolved the way the kernel will resolve them — after following symbolic links — and
 * must stay inside the directories their origin may use: what the repository's own config file
 * names stays in the workspace; a workflow input may also use RUNNER_TEMP; the CLI's own flags are
 * the local user's choice. Files are then written without following a link at the last component
 * and without unbounded `mkdir -p` (which loops forever under /proc).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError, quote } from './errors.js';

/** A directory a path may point into, with the name that messages give it. */
export interface Area {
  readonly dir: string;
  readonly name: string;
}

/** Where a path may point: into one of these areas, or anywhere (the local user's own flag). */
export type Reach = readonly Area[] | 'anywhere';

/** A checked path for writing: `path` is absolute with every existing directory resolved. */
export interface OutputPath {
  /** How messages name the setting: `report-file`, `.github/tls-floor.yml:3: report-file`, `--output`. */
  readonly key: string;
  /** The value as the user wrote it. */
  readonly given: string;
  readonly path: string;
}

function errno(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}

/** What is at a path (not following a final link), or undefined; any other error (too long, not a directory…) is the user's. */
export function entryAt(abs: string, key: string, given: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(abs, { throwIfNoEntry: false });
  } catch (e) {
    throw new ConfigurationError(`${key}: cannot use ${quote(given)}: ${errno(e)}`);
  }
}

/** Whether `p` is `dir` itself or below it (both absolute and resolved). */
export function isWithin(p: string, dir: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** The real path of a directory that need not exist yet: realpath of its deepest existing ancestor, then the rest. */
function realDirectory(dir: string, key: string, given: string): string {
  const missing: string[] = [];
  let at = dir;
  // Bounded by the number of components: each step goes one directory up.
  for (;;) {
    try {
      fs.lstatSync(at);
      break;
    } catch (e) {
      if (errno(e) !== 'ENOENT') throw new ConfigurationError(`${key}: cannot use ${quote(given)}: ${errno(e)}`);
      const up = path.dirname(at);
      if (up === at) break;
      missing.unshift(path.basename(at));
      at = up;
    }
  }
  let real: string;
  try {
    real = fs.realpathSync(at);
  } catch (e) {
    throw new ConfigurationError(
      `${key}: cannot use ${quote(given)}: ${errno(e) === 'ENOENT' ? 'a symbolic link on the way leads nowhere' : errno(e)}`,
    );
  }
  if (missing.length === 0 && !fs.statSync(real).isDirectory())
    throw new ConfigurationError(`${key}: cannot use ${quote(given)}: ${path.basename(dir)} is not a directory`);
  return path.join(real, ...missing);
}

function areaNames(reach: readonly Area[]): string {
  return reach.map((a) => a.name).join(' or ');
}

/** The real directories of some areas (the ones that exist). */
export function realAreas(areas: readonly Area[]): Area[] {
  return areas.flatMap((a) => {
    try {
      return [{ dir: fs.realpathSync(a.dir), name: a.name }];
    } catch {
      return [];
    }
  });
}

/**
 * Resolves a path the user gave for writing, relative to `base`. The last component is not
 * followed (the writer replaces whatever is there); every directory above it is.
 */
export function outputPath(given: string, key: string, base: string, reach: Reach): OutputPath {
  const abs = path.resolve(base, given);
  if (given.trim() === '' || abs === path.parse(abs).root) throw new ConfigurationError(`${key}: ${quote(given)} is not a file name`);
  const file = path.join(realDirectory(path.dirname(abs), key, given), path.basename(abs));
  if (reach !== 'anywhere' && !reach.some((a) => isWithin(file, a.dir) && file !== a.dir))
    throw new ConfigurationError(`${key}: ${quote(given)} is outside the ${areaNames(reach)}`);
  const existing = entryAt(file, key, given);
  if (existing?.isDirectory()) throw new ConfigurationError(`${key}: ${quote(given)} is a directory`);
  return { key, given, path: file };
}

/** Most directories `writeOutput` creates above a file: bounds the loop whatever the path. */
const MAX_NEW_DIRECTORIES = 32;

/** Creates the missing directories above `file` one at a time (never a recursive mkdir). */
function makeParents(dir: string, out: OutputPath): void {
  const missing: string[] = [];
  for (let at = dir; missing.length <= MAX_NEW_DIRECTORIES; at = path.dirname(at)) {
    if (fs.lstatSync(at, { throwIfNoEntry: false })) break;
    missing.unshift(at);
    if (path.dirname(at) === at) break;
  }
  if (missing.length > MAX_NEW_DIRECTORIES) throw new ConfigurationError(`${out.key}: ${quote(out.given)} needs too many new directories`);
  for (const d of missing) fs.mkdirSync(d);
}

/**
 * Writes `content` to a checked path: the directories are made one by one, then checked to still
 * be where `outputPath` resolved them (no link swapped in), and the file is written beside its
 * destination and renamed over it, so a symbolic link, FIFO or device planted there is replaced,
 * never followed or opened.
 */
export function writeOutput(out: OutputPath, content: string): string {
  const dir = path.dirname(out.path);
  const temp = path.join(dir, `.${path.basename(out.path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    makeParents(dir, out);
    if (fs.realpathSync(dir) !== dir) throw new ConfigurationError(`${out.key}: ${quote(out.given)} changed while tls-floor ran`);
    const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = fs.constants;
    fd = fs.openSync(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o666);
    fs.writeFileSync(fd, content);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, out.path);
    return out.path;
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    if (e instanceof ConfigurationError) throw e;
    throw new ConfigurationError(`${out.key}: cannot write ${quote(out.given)}: ${errno(e)}`);
  }
}

/** Largest config file read: more is not a config file, and reading it would only cost memory. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Reads a config file that must be a regular file of at most 1 MiB inside `reach` after following
 * symbolic links. A FIFO is refused without opening it for a blocking read; nothing of a file
 * outside is read or quoted. Returns undefined when there is nothing at `abs`.
 */
export function readConfigText(abs: string, key: string, given: string, reach: Reach, maxBytes = MAX_CONFIG_BYTES): string | undefined {
  if (!entryAt(abs, key, given)) return undefined;
  let real: string;
  try {
    real = fs.realpathSync(abs);
  } catch (e) {
    throw new ConfigurationError(
      `${key}: ${quote(given)} cannot be followed: ${errno(e) === 'ENOENT' ? 'a symbolic link that leads nowhere' : errno(e)}`,
    );
  }
  if (reach !== 'anywhere' && !reach.some((a) => isWithin(real, a.dir)))
    throw new ConfigurationError(`${key}: ${quote(given)} leads outside the ${areaNames(reach)}`);
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = fs.openSync(real, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOFOLLOW);
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new ConfigurationError(`${key}: ${quote(given)} is not a regular file`);
    if (st.size > maxBytes) throw new ConfigurationError(`${key}: ${quote(given)} is larger than ${maxBytes / 1024 ** 2} MiB`);
    const buf = Buffer.alloc(st.size);
    let n = 0;
    while (n < buf.length) {
      const r = fs.readSync(fd, buf, n, buf.length - n, n);
      if (r === 0) break;
      n += r;
    }
    return buf.subarray(0, n).toString('utf8');
  } catch (e) {
    if (e instanceof ConfigurationError) throw e;
    throw new ConfigurationError(`${key}: cannot read ${quote(given)}: ${errno(e)}`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
