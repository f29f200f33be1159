import { classify, logicalName, maskComments, SHELL_LIKE, type FileKind } from './file-kinds.js';
import { maskDocstrings } from './docstrings.js';
import { maskSearchedText } from './shell-writers.js';

export interface Position {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units of the decoded line. */
  readonly column: number;
}

/**
 * One file as the rules see it: its path relative to the scanned root (with `/` separators), its
 * decoded text (BOM removed; invalid UTF-8 replaced, which keeps line numbers right), its kind, and
 * — computed once, on first use — the text with comments blanked out.
 *
 * A lone `\r` (old Mac line ends) is read as `\n`. One character for one keeps every offset, and
 * then line positions, comment masking and every rule that looks for `\n` see the same lines.
 */
export class SourceFile {
  /** The decoded text, lone `\r` read as `\n`. */
  readonly text: string;
  readonly kind: FileKind;
  /** Base name, lower case, with template/sample suffixes removed (`nginx.conf.j2` → `nginx.conf`). */
  readonly name: string;
  private lineStarts?: number[];
  private masked?: string;
  private rawView?: SourceFile;
  private readonly memo = new Map<string, boolean>();
  private readonly facts = new Map<(file: SourceFile) => unknown, unknown>();

  constructor(
    readonly path: string,
    text: string,
    kind?: FileKind,
  ) {
    // Most files hold no `\r` at all: `includes` is a native scan, the lookahead a regex step per character.
    this.text = text.includes('\r') && LONE_CR.test(text) ? text.replace(LONE_CR_ALL, '\n') : text;
    this.kind = kind ?? classify(path);
    this.name = logicalName(path);
  }

  /** The text with comments (and Python docstrings) replaced by spaces (and, in shell-like files, what a script only looks for: see shell-writers.ts). */
  get code(): string {
    if (this.masked === undefined) {
      let code = maskComments(this.text, this.kind, this.name);
      if (this.kind === 'python') code = maskDocstrings(this.text, code);
      if (SHELL_LIKE.has(this.kind)) code = maskSearchedText(code);
      this.masked = code;
    }
    return this.masked;
  }

  /**
   * This file with `code` the raw text: for a cheap first look before masking comments (a pass
   * over the file). Masking only blanks text, so what a rule finds in the code it also finds here;
   * the converse does not hold (a setting in a comment, a comment inside a value).
   */
  get unmasked(): SourceFile {
    this.rawView ??= this.withCode(this.text);
    return this.rawView;
  }

  /**
   * This file read as `code` (same length: offsets and lines hold), for a rule's own view of it.
   * `unmasked`, when given, is what the view's first look (`unmasked`) reads instead of the text:
   * values put in place in the code must be there too.
   */
  withCode(code: string, unmasked?: string): SourceFile {
    const view = new SourceFile(this.path, this.text, this.kind);
    view.masked = code;
    if (unmasked !== undefined) view.rawView = view.withCode(unmasked);
    return view;
  }

  /**
   * Whether the comment-free code matches `re`, computed once per file and pattern: rules ask such
   * file-wide questions for every match, and a whole-file scan per match is quadratic.
   */
  matches(re: RegExp): boolean {
    const key = `${re.source}/${re.flags}`;
    let hit = this.memo.get(key);
    if (hit === undefined) {
      hit = new RegExp(re.source, re.flags.replace(/[gy]/g, '')).test(this.code);
      this.memo.set(key, hit);
    }
    return hit;
  }

  /**
   * A file-wide fact (the options a file sets, its first `MinProtocol`), computed once per file:
   * `compute` is the key, so pass a function defined once (at module level), not a new closure.
   * Like `matches`, this keeps a rule that consults the whole file for every match linear.
   */
  fact<T>(compute: (file: SourceFile) => T): T {
    if (!this.facts.has(compute)) this.facts.set(compute, compute(this));
    return this.facts.get(compute) as T;
  }

  position(offset: number): Position {
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  /** Offset of the start of the given 1-based line. */
  lineStart(line: number): number {
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    return starts[Math.min(Math.max(line - 1, 0), starts.length - 1)];
  }

  /** The raw text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    const start = this.lineStart(line);
    let end = line < starts.length ? starts[line] - 1 : this.text.length;
    if (end > start && this.text[end - 1] === '\r') end--;
    return this.text.slice(start, Math.max(start, end));
  }

  /** At most `width` characters of the line around an offset, trimmed: a snippet for reports. */
  snippet(offset: number, width = 200): string {
    const { line } = this.position(offset);
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    const start = Math.max(starts[line - 1], offset - width / 2);
    const lineEnd = line < starts.length ? starts[line] - 1 : this.text.length;
    return this.text.slice(start, Math.min(lineEnd, start + width)).trim();
  }
}

const LONE_CR = /\r(?!\n)/;
const LONE_CR_ALL = /\r(?!\n)/g;

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Decodes file bytes: UTF-8 (BOM dropped, invalid bytes replaced) or UTF-16 with a BOM. */
export function decode(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return decoder.decode(bytes);
}

/**
 * Whether bytes look binary: a NUL byte in the first 8 KiB, unless the file starts with a UTF-16
 * BOM (Windows .reg files exported by regedit are UTF-16 and full of NULs).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  // Buffer's indexOf is memchr: a byte loop in JavaScript cost ~100 ms on a 46,000-file tree.
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8192)).indexOf(0) >= 0;
}

/**
 * The last of `items` (in file order) that starts before `offset`, by binary search: a rule that
 * keeps a per-file list (`file.fact`) asks this for every match, and a scan of the list would be quadratic.
 */
export function lastBefore<T extends { readonly at: number }>(items: readonly T[] | undefined, offset: number): T | undefined {
  if (!items) return undefined;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].at < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? items[lo - 1] : undefined;
}

/** How far back a rule looks for the start of a line: a 1 MiB minified line must not make it quadratic. */
export const LINE_LOOKBACK = 2000;

/**
 * `text.lastIndexOf('\n', at)`, looking back at most LINE_LOOKBACK characters. When no line break
 * is that close, the window's edge counts as one (the line is too long to be a setting's context).
 */
export function lastNewline(text: string, at: number): number {
  const from = Math.max(0, at - LINE_LOOKBACK);
  const i = text.slice(from, at + 1).lastIndexOf('\n');
  return i >= 0 ? from + i : from === 0 ? -1 : from - 1;
}

/**
 * `text.indexOf('\n', at)`, looking ahead at most LINE_LOOKBACK characters; past that, the window's
 * edge counts as the end of the line.
 */
export function nextNewline(text: string, at: number): number {
  const i = text.slice(at, at + LINE_LOOKBACK).indexOf('\n');
  return i >= 0 ? at + i : Math.min(text.length, at + LINE_LOOKBACK);
}
