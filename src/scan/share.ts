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
}

export type Counter = Exclude<keyof ShareResult, 'findings' | 'errors' | 'truncated'>;

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
    // Keywords are ASCII: test them on a one-byte-per-char view before paying for UTF-8 decoding.
    const utf16 = bytes.length >= 2 && (bytes[0] === 0xff || bytes[0] === 0xfe);
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
  }
  return { findings, errors, truncated, ...n };
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
