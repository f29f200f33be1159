/**
 * One thread's share of a scan: pick the rules for each file, read only files that can hold a
 * setting, run the rules. Plain synchronous I/O: on a 40,000-file tree it is faster than juggling
 * promises, and the keyword prefilter keeps most files from being decoded. Kept apart from the
 * orchestration (./scan.ts) so that a tree with nothing to read never loads the engine.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isAscii } from 'node:buffer';
import { NO_FACTS, type RepositoryFacts } from './context.js';
import { ATTRIBUTES_MAX_BYTES, parseGitAttributes } from './gitattributes.js';
import { findTlsStacks } from './tls-stacks.js';
import { RuleIndex, checkFileBounded } from './engine.js';
import { classify, logicalName } from './file-kinds.js';
import type { Finding } from './finding.js';
import { TreeReader, type ReadResult } from './read.js';
import type { ShareOptions, Truncation } from './scan.js';
import { decode, looksBinary, SourceFile } from './source.js';
import { CONSTANT_KINDS, definitionsIn, resolvable, substituted, usesOf, type Definition } from './cross-file.js';
import { legacyVersions } from '../policy.js';

/**
 * Findings kept per file (see checkFileBounded): past this a file is generated or hostile, and the
 * rest are counted in the stats instead of costing ~1 KiB each.
 */
export const FINDINGS_PER_FILE = 1000;

/** What reading a share of the files produced; merged across threads. */
export interface ShareResult {
  readonly findings: Finding[];
  readonly errors: { file: string; message: string }[];
  readonly truncated: Truncation[];
  readonly read: number;
  readonly binary: number;
  readonly tooLarge: number;
  readonly documentation: number;
  readonly special: number;
  readonly outsideLinks: number;
  readonly omittedFindings: number;
  /** String constants whose value reads as protocol versions (see cross-file.ts). */
  readonly definitions: Definition[];
  /** The files read, in languages with such constants, that passed the keyword prefilter: where uses are looked for. */
  readonly codeFiles: string[];
}

export type Counter = Exclude<keyof ShareResult, 'findings' | 'errors' | 'truncated' | 'definitions' | 'codeFiles'>;

/** The counter for each reason a listed file was not read. */
const SKIPPED_AS = { 'too-large': 'tooLarge', special: 'special', outside: 'outsideLinks' } as const satisfies Record<
  Exclude<ReadResult, Buffer | 'missing'>,
  Counter
>;

/**
 * Files a thread claims at a time from the list the threads share. Small enough that the threads
 * finish together (a worker that starts ~150 ms late, or runs on a busier core, takes fewer
 * chunks), large enough that claiming costs nothing.
 */
const CHUNK = 64;

/**
 * The files this thread scans: with a shared `cursor`, chunks of the list claimed one after the
 * other (every thread gets the whole list and the same cursor, so each file is scanned once, by
 * whichever thread claims it); without one, every file.
 */
function* claimed(files: readonly string[], cursor: Int32Array | undefined): Generator<string> {
  if (!cursor) {
    yield* files;
    return;
  }
  for (let start = Atomics.add(cursor, 0, CHUNK); start < files.length; start = Atomics.add(cursor, 0, CHUNK)) {
    const end = Math.min(start + CHUNK, files.length);
    for (let i = start; i < end; i++) yield files[i];
  }
}

/**
 * The per-file loop: classify, select rules, read, prefilter, check. Runs in any thread; with a
 * `cursor` (an Int32Array on a SharedArrayBuffer, starting at 0) shared by the threads, on the
 * files this thread claims.
 */
export function scanFiles(files: readonly string[], opts: ShareOptions, cursor?: Int32Array): ShareResult {
  const index = new RuleIndex(opts.rules);
  const reader = new TreeReader(opts.root, opts.maxFileSize);
  const findings: Finding[] = [];
  const errors: { file: string; message: string }[] = [];
  const truncated: Truncation[] = [];
  const definitions: Definition[] = [];
  const codeFiles: string[] = [];
  const n: Record<Counter, number> = {
    read: 0,
    binary: 0,
    tooLarge: 0,
    documentation: 0,
    special: 0,
    outsideLinks: 0,
    omittedFindings: 0,
  };
  for (const rel of claimed(files, cursor)) {
    const kind = classify(rel);
    if (kind === 'prose' && !opts.includeDocs) {
      n.documentation++;
      continue;
    }
    const selection = index.select({ kind, name: logicalName(rel), path: rel });
    if (!selection.keywords) continue;
    let bytes: ReadResult;
    try {
      bytes = reader.read(rel);
    } catch (e) {
      errors.push({ file: rel, message: (e as NodeJS.ErrnoException).code ?? String(e) });
      continue;
    }
    if (typeof bytes === 'string') {
      if (bytes !== 'missing') n[SKIPPED_AS[bytes]]++; // missing: in git's index, deleted from the work tree
      continue;
    }
    n.read++;
    if (looksBinary(bytes)) {
      n.binary++;
      continue;
    }
    // Keywords are ASCII: a first look at the bytes, then a test on a one-byte-per-char view,
    // before paying for UTF-8 decoding.
    const utf16 = bytes.length >= 2 && (bytes[0] === 0xff || bytes[0] === 0xfe);
    if (!utf16 && !selection.keywords.mayOccurIn(bytes)) continue;
    const latin1 = utf16 ? undefined : bytes.toString('latin1');
    if (latin1 !== undefined && !selection.keywords.test(latin1)) continue;
    // ASCII reads the same as Latin-1 and as UTF-8: keep the string already made.
    const file = new SourceFile(rel, latin1 !== undefined && isAscii(bytes) ? latin1 : decode(bytes), kind);
    const checked = checkFileBounded(file, selection, opts.policy, FINDINGS_PER_FILE, opts.facts ?? NO_FACTS);
    // A loop, not push(...): a spread of 125,000 arguments overflows the stack.
    for (const f of checked.findings) findings.push(f);
    if (checked.omitted > 0) {
      n.omittedFindings += checked.omitted;
      const [firstLine, lastLine] = checked.omittedLines;
      truncated.push({ file: rel, omitted: checked.omitted, firstLine, lastLine });
    }
    if (CONSTANT_KINDS.has(kind)) {
      codeFiles.push(rel);
      for (const d of definitionsIn(file)) definitions.push(d);
    }
  }
  return { findings, errors, truncated, definitions, codeFiles, ...n };
}

/** How many lines around a constant's use a rule's keywords are looked for (a setting's statement, a name assigned just before). */
const NEAR_LINES = 6;

/** The view's code and text of the lines around an offset. */
function linesAround(view: SourceFile, at: number, lines: number): string {
  const line = view.position(at).line;
  const start = view.lineStart(line - lines);
  const to = line + lines < view.position(view.text.length).line ? view.lineStart(line + lines + 1) : view.text.length;
  return `${view.code.slice(start, to)}\n${view.text.slice(start, to)}`;
}

/**
 * The second pass (see cross-file.ts): files that use a constant defined elsewhere with a legacy
 * value are checked again with the value in place; what the rules find over it, and not already
 * at that line, is new. In this thread, after every share is in; nothing to do (no file read
 * again) unless the tree defines such a constant.
 */
export function followConstants(parts: readonly ShareResult[], opts: ShareOptions): Finding[] {
  const table = resolvable(
    parts.flatMap((p) => p.definitions),
    (versions) => legacyVersions(versions, opts.policy) !== 0,
  );
  if (table.size === 0) return [];
  const uses = usesOf(table.keys());
  const reported = new Map<string, Set<string>>();
  for (const p of parts)
    for (const f of p.findings) {
      const lines = reported.get(f.file) ?? new Set<string>();
      lines.add(`${f.ruleId} ${f.line}`).add(String(f.line));
      reported.set(f.file, lines);
    }
  const index = new RuleIndex(opts.rules);
  const fallback = new Set(opts.rules.filter((r) => r.meta.fallback).map((r) => r.meta.id));
  const reader = new TreeReader(opts.root, opts.maxFileSize);
  const found: Finding[] = [];
  for (const rel of parts.flatMap((p) => p.codeFiles)) {
    let bytes: ReadResult;
    try {
      bytes = reader.read(rel);
    } catch {
      continue; // Reported by the first reading.
    }
    if (typeof bytes === 'string') continue;
    // Names are ASCII: a one-byte-per-char view tells whether the file may use one before decoding.
    uses.lastIndex = 0;
    if (!uses.test(bytes.toString('latin1'))) continue;
    const kind = classify(rel);
    const selection = index.select({ kind, name: logicalName(rel), path: rel });
    const sub = selection.keywords && substituted(new SourceFile(rel, decode(bytes), kind), table, uses);
    if (!sub) continue;
    const through = (m: { start: number; end: number }): string | undefined => {
      const s = sub.substitutions.find((s) => s.start < Math.max(m.end, m.start + 1) && m.start < s.end);
      return s && `the value comes through \`${s.written.trim()}\`, defined in \`${s.resolved.file}\` as "${s.resolved.value}"`;
    };
    const lines = reported.get(rel);
    const near = sub.substitutions.map((s) => linesAround(sub.view, s.start, NEAR_LINES)).join('\n');
    const checked = checkFileBounded(sub.view, selection, opts.policy, FINDINGS_PER_FILE, opts.facts ?? NO_FACTS, {
      why: through,
      near,
      anchor: (at) => sub.substitutions.find((s) => at >= s.start && at < s.end)?.start ?? at,
    });
    for (const f of checked.findings) {
      if (lines?.has(fallback.has(f.ruleId) ? String(f.line) : `${f.ruleId} ${f.line}`)) continue;
      found.push(f);
    }
  }
  return found;
}

/**
 * The repository's facts, once per scan: the root `.gitattributes` (a regular file inside the root,
 * bounded; anything else is ignored) and the TLS stacks the file list holds.
 */
export function repositoryFacts(root: string, files: readonly string[]): RepositoryFacts {
  let attributes: RepositoryFacts['attributes'] = [];
  try {
    // Git reads no .gitattributes through a link; otherwise read like any scanned file (bounded,
    // a regular file inside the root).
    if (fs.lstatSync(path.join(root, '.gitattributes')).isFile()) {
      const got = new TreeReader(root, ATTRIBUTES_MAX_BYTES * 4).read('.gitattributes');
      if (Buffer.isBuffer(got)) attributes = parseGitAttributes(got.toString('utf8'));
    }
  } catch {
    // Unreadable: no attributes.
  }
  const tlsStacks = findTlsStacks(files);
  return attributes.length || tlsStacks.length ? { attributes, tlsStacks } : NO_FACTS;
}
