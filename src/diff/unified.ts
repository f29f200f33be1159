/**
 * Unified diffs into FileDiffs: `git diff` output with many files, or one file's `patch` as
 * GitHub's REST API returns it (hunks only, no headers). Patches come from the repository (and so
 * from whoever wrote the pull request): the parser is linear in the input, never throws, and a
 * patch it cannot follow makes its file count as changed as a whole rather than guessing lines.
 */
import type { FileDiff, LineRange } from './model.js';

interface MutableRange {
  start: number;
  end: number;
}

/** Hunk headers: `@@ -a[,b] +c[,d] @@`; ten digits is far past any real file and keeps numbers exact. */
const HUNK_HEADER = /^@@ -(\d{1,10})(?:,(\d{1,10}))? \+(\d{1,10})(?:,(\d{1,10}))? @@/;

/** The lines one file's hunks touch, read one line at a time. */
class HunkReader {
  readonly added: MutableRange[] = [];
  readonly hunks: MutableRange[] = [];
  malformed = false;
  sawHunk = false;
  private oldLeft = 0;
  private newLeft = 0;
  private next = 0;

  get inHunk(): boolean {
    return this.oldLeft > 0 || this.newLeft > 0;
  }

  /** A `@@` line; one that is not a valid header makes the file count as a whole. */
  header(line: string): void {
    const m = HUNK_HEADER.exec(line);
    if (!m) {
      this.malformed = true;
      return;
    }
    const oldCount = m[2] === undefined ? 1 : Number(m[2]);
    const start = Number(m[3]);
    const newCount = m[4] === undefined ? 1 : Number(m[4]);
    // Hunks come in file order: one that starts before the previous one ended is not git's output.
    const backwards = this.sawHunk && start + (newCount === 0 ? 1 : 0) < this.next;
    if ((newCount > 0 && start < 1) || backwards) {
      this.malformed = true;
      return;
    }
    this.sawHunk = true;
    this.oldLeft = oldCount;
    this.newLeft = newCount;
    this.next = start;
    if (newCount > 0) push(this.hunks, start, start + newCount - 1);
  }

  /** A line inside a hunk (the caller checks `inHunk`). */
  body(line: string): void {
    const c = line.charCodeAt(0);
    if (c === 0x5c /* \ No newline at end of file */) return;
    if (c === 0x2b /* + */) {
      if (this.newLeft === 0) return this.fail();
      push(this.added, this.next, this.next);
      this.next++;
      this.newLeft--;
    } else if (c === 0x2d /* - */) {
      if (this.oldLeft === 0) return this.fail();
      this.oldLeft--;
    } else if (c === 0x20 || line === '' /* context; some tools strip the space of empty lines */) {
      if (this.oldLeft === 0 || this.newLeft === 0) return this.fail();
      this.oldLeft--;
      this.newLeft--;
      this.next++;
    } else this.fail();
  }

  /** The input ended: a hunk still waiting for lines was cut off. */
  end(): void {
    if (this.inHunk) this.fail();
  }

  private fail(): void {
    this.malformed = true;
    this.oldLeft = 0;
    this.newLeft = 0;
  }
}

/** Appends a range, merging it into the last one when they touch (input is in line order). */
function push(ranges: MutableRange[], start: number, end: number): void {
  const last = ranges[ranges.length - 1];
  if (last && start <= last.end + 1) last.end = Math.max(last.end, end);
  else ranges.push({ start, end });
}

/** Lines without their terminator; a final newline does not make an extra empty line; CR before LF is dropped. */
function lines(text: string): string[] {
  const out = text.split('\n');
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  for (let i = 0; i < out.length; i++) if (out[i].endsWith('\r')) out[i] = out[i].slice(0, -1);
  return out;
}

function fileDiff(path: string, r: HunkReader, whole: boolean): FileDiff {
  return {
    path,
    added: whole ? [] : (r.added as LineRange[]),
    hunks: whole ? [] : (r.hunks as LineRange[]),
    whole,
  };
}

/** One file's patch as GitHub's REST API gives it (`files[].patch`): hunks only. */
export function parsePatch(path: string, patch: string): FileDiff {
  const r = new HunkReader();
  for (const line of lines(patch)) {
    if (r.malformed) break;
    if (r.inHunk) r.body(line);
    else if (line.startsWith('@@')) r.header(line);
    else if (line.startsWith('\\')) continue;
    else r.malformed = true;
  }
  r.end();
  return fileDiff(path, r, r.malformed);
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * A C-quoted name as git writes it (`"a\303\251 \"q\".conf"`), from the opening quote at `from`.
 * Returns the decoded name and the index after the closing quote, or undefined when unterminated.
 */
export function unquoteC(s: string, from = 0): { value: string; end: number } | undefined {
  if (s[from] !== '"') return undefined;
  const bytes: number[] = [];
  for (let i = from + 1; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"') return { value: Buffer.from(bytes).toString('utf8'), end: i + 1 };
    if (ch !== '\\') {
      for (const b of Buffer.from(ch, 'utf8')) bytes.push(b);
      continue;
    }
    const e = s[++i];
    if (e === undefined) return undefined;
    const oct = /^[0-3][0-7]{2}/.exec(s.slice(i, i + 3));
    if (oct) {
      bytes.push(parseInt(oct[0], 8));
      i += 2;
    } else bytes.push(ESCAPES[e] ?? e.charCodeAt(0) & 0xff);
  }
  return undefined;
}

function stripPrefix(name: string, prefix: 'a/' | 'b/'): string {
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

/** The name on a `--- ` / `+++ ` line: quoted, or up to a tab (git adds one after names with spaces). */
function markerName(rest: string): string | undefined {
  if (rest.startsWith('"')) return unquoteC(rest)?.value;
  const tab = rest.indexOf('\t');
  const name = tab < 0 ? rest : rest.slice(0, tab);
  return name === '' ? undefined : name;
}

/** A name on a `rename to` / `copy to` line. */
function plainName(rest: string): string | undefined {
  if (rest.startsWith('"')) return unquoteC(rest)?.value;
  return rest === '' ? undefined : rest;
}

/**
 * The new name from `diff --git a/X b/Y`. Unquoted names may contain spaces, so like git itself we
 * take the name that is the same on both sides; renames and copies say their names again later.
 */
function gitHeaderName(rest: string): string | undefined {
  if (rest.startsWith('"')) {
    const a = unquoteC(rest);
    if (!a || rest[a.end] !== ' ') return undefined;
    const b = rest.slice(a.end + 1);
    return b.startsWith('"') ? unquoteC(b)?.value : b;
  }
  const quoted = rest.indexOf(' "');
  if (quoted >= 0) return unquoteC(rest, quoted + 1)?.value;
  if ((rest.length - 1) % 2 === 0) {
    const half = (rest.length - 1) / 2;
    const a = rest.slice(0, half);
    const b = rest.slice(half + 1);
    if (rest[half] === ' ' && stripPrefix(a, 'a/') === stripPrefix(b, 'b/')) return b;
  }
  const split = rest.indexOf(' b/');
  return split >= 0 ? rest.slice(split + 1) : undefined;
}

/** One file's section of a multi-file diff, from its headers and hunks. */
class Section {
  readonly hunks = new HunkReader();
  headerName?: string;
  renamedTo?: string;
  plusName?: string;
  sawPlus = false;
  deleted = false;
  created = false;
  binary = false;

  get path(): string | undefined {
    const name = this.plusName ?? this.renamedTo ?? this.headerName;
    return name === undefined ? undefined : stripPrefix(name, 'b/');
  }

  finish(): FileDiff | undefined {
    this.hunks.end();
    const path = this.path;
    if (this.deleted || path === undefined || path === '') return undefined;
    // Binary files, patches that could not be followed, and new files without lines (git shows
    // none for empty or binary ones) count as a whole.
    const whole = this.binary || this.hunks.malformed || (this.created && !this.hunks.sawHunk);
    return fileDiff(path, this.hunks, whole);
  }
}

/**
 * Every file of a unified diff (`git diff` output, or plain `diff -u` output with `---`/`+++`
 * headers), keyed by its head-side path; deleted files are left out (nothing of them is scanned).
 */
export function parseUnifiedDiff(text: string): Map<string, FileDiff> {
  const files = new Map<string, FileDiff>();
  let s: Section | undefined;
  const close = (): void => {
    const f = s?.finish();
    s = undefined;
    if (!f) return;
    const prev = files.get(f.path);
    // The same name twice (only in crafted input): keep every line either section names.
    files.set(
      f.path,
      prev
        ? {
            path: f.path,
            added: [...prev.added, ...f.added],
            hunks: [...prev.hunks, ...f.hunks],
            whole: prev.whole || f.whole,
          }
        : f,
    );
  };
  for (const line of lines(text)) {
    if (s?.hunks.inHunk) {
      s.hunks.body(line);
      continue;
    }
    if (line.startsWith('diff --git ')) {
      close();
      s = new Section();
      s.headerName = gitHeaderName(line.slice('diff --git '.length));
      continue;
    }
    if (line.startsWith('--- ') && (!s || s.sawPlus)) {
      // A plain `diff -u` file section (no `diff --git` line) starts at its `---` line.
      close();
      s = new Section();
    }
    if (!s) continue;
    if (line.startsWith('@@')) s.hunks.header(line);
    else if (s.hunks.sawHunk) {
      // Only `\ No newline` may follow a hunk before the next hunk or file.
      if (!line.startsWith('\\')) s.hunks.malformed = true;
    } else if (line.startsWith('+++ ')) {
      s.sawPlus = true;
      const name = markerName(line.slice(4));
      if (name === '/dev/null') s.deleted = true;
      else if (name !== undefined) s.plusName = name;
    } else if (line.startsWith('--- ')) {
      if (markerName(line.slice(4)) === '/dev/null') s.created = true;
    } else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
      s.renamedTo = plainName(line.slice(line.indexOf(' to ') + 4));
    } else if (line.startsWith('deleted file mode')) s.deleted = true;
    else if (line.startsWith('new file mode')) s.created = true;
    else if (line.startsWith('Binary files ') || line === 'GIT binary patch') s.binary = true;
  }
  close();
  return files;
}
