/**
 * Reads the files a listing named, and only what is safe to read. The listing (git's index or a
 * walk) names paths; what is on disk under a name may be something else: a tracked file replaced
 * by a symbolic link out of the root or by a named pipe, a tracked directory replaced by a link to
 * `/etc`. Whatever the listing says, only a regular file whose real path is under the root's real
 * path is read, and nothing blocks (a FIFO is opened non-blocking, then skipped).
 *
 * Cost per file: one open, one fstat, the reads, one close. A directory costs one lstat the first
 * time a file below it is read; a symbolic link (rare) one realpath.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isInside } from './files.js';

/**
 * `O_NOFOLLOW`: the last component must not be a link (ELOOP tells us it is one, and we resolve it
 * ourselves). `O_NONBLOCK`: opening a FIFO without a writer returns at once instead of waiting.
 * Both are 0 where the platform has no such flag (Windows).
 */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

/** Files up to this size share one read buffer; a larger one gets its own, dropped after use. */
const SHARED_BUFFER_MAX = 4 * 1024 * 1024;

/**
 * What reading a listed file gave: its bytes (valid until the next read: the buffer is reused),
 * or why there are none.
 * - `too-large`: over the size limit.
 * - `special`: not a regular file (FIFO, socket, device, directory).
 * - `outside`: a symbolic link, or a path through one, that leads out of the root (or nowhere).
 * - `missing`: listed (in git's index) but gone from the work tree.
 */
export type ReadResult = Buffer | 'too-large' | 'special' | 'outside' | 'missing';

/** A relative path with no `.`, `..` or empty component and no backslash: joining it needs no normalising. */
const PLAIN = /^(?!\/|\.{1,2}(?:\/|$))(?!.*\/(?:\.{1,2}(?:\/|$)|\/|$))[^\\]+$/s;

function errno(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException).code;
}

export class TreeReader {
  private readonly realRoot: string;
  /** Real path of each directory (relative, `/`-separated) seen so far; null when it leaves the root. */
  private readonly dirs = new Map<string, string | null>();
  private shared = Buffer.allocUnsafe(64 * 1024);
  /** The root with one trailing separator, where `/` is the separator. */
  private readonly prefix: string | undefined;

  constructor(
    private readonly root: string,
    private readonly maxSize: number,
  ) {
    this.realRoot = fs.realpathSync.native(root);
    this.prefix = path.sep !== '/' ? undefined : path.join(root, '/').replace(/^\.\/$/, '');
    this.dirs.set('', this.realRoot);
  }

  /** Reads `rel` (relative to the root, `/`-separated); throws only for unexpected errors (EACCES, EIO…). */
  read(rel: string): ReadResult {
    const slash = rel.lastIndexOf('/');
    if (slash >= 0 && this.realDir(rel.slice(0, slash)) === null) return 'outside';
    const abs = this.join(rel);
    let fd: number;
    try {
      fd = fs.openSync(abs, OPEN_FLAGS);
    } catch (e) {
      const code = errno(e);
      // ELOOP: the file itself is a symbolic link (EMLINK is how FreeBSD says it).
      if (code === 'ELOOP' || code === 'EMLINK') return this.readLink(abs);
      return this.openFailure(e);
    }
    return this.readOpen(fd);
  }

  /**
   * `path.join(root, rel)`, without its normalising pass for the paths a listing gives (no `.`,
   * `..` or empty component, `/` separators): on 46,000 files the join cost more than the close.
   */
  private join(rel: string): string {
    return this.prefix !== undefined && PLAIN.test(rel) ? this.prefix + rel : path.join(this.root, rel);
  }

  /** A file that is a symbolic link: read its target only when that is inside the root. */
  private readLink(abs: string): ReadResult {
    let target: string;
    try {
      target = fs.realpathSync.native(abs);
    } catch (e) {
      return errno(e) === 'ENOENT' ? 'missing' : 'outside'; // dangling, or a loop
    }
    if (!isInside(this.realRoot, target)) return 'outside';
    let fd: number;
    try {
      fd = fs.openSync(target, OPEN_FLAGS);
    } catch (e) {
      return this.openFailure(e);
    }
    return this.readOpen(fd);
  }

  private openFailure(e: unknown): ReadResult {
    switch (errno(e)) {
      case 'ENOENT':
      case 'ENOTDIR':
        return 'missing';
      case 'ENXIO': // a Unix socket: open(2) refuses it
        return 'special';
      default:
        throw e;
    }
  }

  private readOpen(fd: number): ReadResult {
    try {
      const st = fs.fstatSync(fd);
      if (!st.isFile()) return 'special';
      const size = st.size;
      if (size > this.maxSize) return 'too-large';
      let buf = this.shared;
      if (size > buf.length) {
        buf = Buffer.allocUnsafe(size);
        if (size <= SHARED_BUFFER_MAX) this.shared = buf;
      }
      let off = 0;
      while (off < size) {
        const n = fs.readSync(fd, buf, off, size - off, off);
        if (n === 0) break; // shrank since the fstat
        off += n;
      }
      return buf.subarray(0, off);
    } finally {
      fs.closeSync(fd);
    }
  }

  /**
   * The real path of a directory under the root, or null when it (or a directory above it) is a
   * link that leads out. O_NOFOLLOW guards only a path's last component, so the directories above
   * a file are checked here, once each: one lstat, and a realpath only for a link.
   */
  private realDir(dir: string): string | null {
    const known = this.dirs.get(dir);
    if (known !== undefined) return known;
    const slash = dir.lastIndexOf('/');
    const parent = this.realDir(slash >= 0 ? dir.slice(0, slash) : '');
    let real: string | null = null;
    if (parent !== null) {
      const abs = path.join(this.root, dir);
      const st = fs.lstatSync(abs, { throwIfNoEntry: false });
      if (st?.isSymbolicLink()) {
        try {
          const target = fs.realpathSync.native(abs);
          real = isInside(this.realRoot, target) ? target : null;
        } catch {
          real = null; // dangling or a loop: nothing under it is read
        }
      } else {
        // Not a link (or gone: the open then fails with ENOENT): its real path follows its parent's.
        real = path.join(parent, dir.slice(slash + 1));
      }
    }
    this.dirs.set(dir, real);
    return real;
  }
}
