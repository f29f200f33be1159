import * as fs from 'node:fs';
import * as path from 'node:path';
/**
 * The repository scan: enumerate files, pick the rules for each, read only files that can hold a
 * setting, run the rules, and sort the findings. Plain synchronous I/O: on a 40,000-file tree it
 * is faster than juggling promises, and the keyword prefilter keeps most files from being decoded.
 */
import { isAscii } from 'node:buffer';
import { severityRank, type Policy } from '../policy.js';
import { NO_FACTS, type RepositoryFacts } from './context.js';
import { ATTRIBUTES_MAX_BYTES, parseGitAttributes } from './gitattributes.js';
import { findTlsStacks } from './tls-stacks.js';
import { RuleIndex, checkFileBounded } from './engine.js';
import { classify, logicalName } from './file-kinds.js';
import { enumerateAsync, type Enumeration } from './files.js';
import type { Finding } from './finding.js';
import { TreeReader, type ReadResult } from './read.js';
import type { Rule } from './rule.js';
import { decode, looksBinary, SourceFile } from './source.js';
import { inShard, type Shard } from '../shard.js';

export interface ScanOptions {
  readonly root: string;
  readonly paths: readonly string[];
  readonly exclude: readonly string[];
  readonly maxFileSize: number;
  readonly policy: Policy;
  readonly rules: readonly Rule[];
  /** Read Markdown, reStructuredText and plain text too (skipped by default: prose, not configuration). */
  readonly includeDocs?: boolean;
  /** Scan only this shard's files, chosen by path after listing (plain data: workers receive the options). */
  readonly shard?: Shard;
}

/** What each thread needs besides the file list: the options and the repository's facts. */
export interface ShareOptions extends Omit<ScanOptions, 'paths' | 'exclude'> {
  readonly facts?: RepositoryFacts;
}

export interface ScanStats {
  /** Files listed for the scan (after exclusions). */
  readonly files: number;
  /** Files whose content was read. */
  readonly read: number;
  readonly skipped: {
    readonly binary: number;
    readonly tooLarge: number;
    readonly documentation: number;
    readonly excluded: number;
    readonly unreadable: number;
    readonly outsideLinks: number;
    /** Not regular files, though listed as such: FIFOs, sockets, devices. */
    readonly special: number;
  };
  /** Findings counted but not listed, past FINDINGS_PER_FILE in a file (the verdict still counts them). */
  readonly omittedFindings: number;
  readonly rules: number;
  readonly milliseconds: number;
}

/** A file whose findings were not all kept (FINDINGS_PER_FILE). */
export interface Truncation {
  readonly file: string;
  /** How many findings were counted and not kept. */
  readonly omitted: number;
  /** The lines those findings are on, first to last: a diff that touches them must not pass. */
  readonly firstLine: number;
  readonly lastLine: number;
}

export interface ScanResult {
  /** Findings that count (not suppressed), most severe first. */
  readonly findings: readonly Finding[];
  readonly suppressed: readonly Finding[];
  readonly stats: ScanStats;
  /** Files that could not be read, with the reason (shown in reports, never fatal). */
  readonly errors: readonly { readonly file: string; readonly message: string }[];
  /** Files with more findings than were kept (their count is in stats.omittedFindings). */
  readonly truncated?: readonly Truncation[];
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column
  );
}

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

type Counter = Exclude<keyof ShareResult, 'findings' | 'errors' | 'truncated'>;

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

/**
 * Scans the tree. Large trees are split between this thread and worker threads (each reads and
 * matches its share); `workers` says how, and is the seam that keeps this module free of them.
 * The threads are this call's: however it ends (a listing that throws, a worker that crashes), they
 * are stopped before it returns, so nothing is left to keep the process alive.
 */
export async function scan(opts: ScanOptions, workers?: WorkerPool): Promise<ScanResult> {
  return scanWithRules(opts, { count: opts.rules.length, load: async () => opts.rules }, workers);
}

/** The rules of a scan, loaded only once the listing has files to read (the stats count them either way). */
export interface LazyRules {
  readonly count: number;
  load(): Promise<readonly Rule[]>;
}

/** Like scan, for callers that load the rules only when a tree has files (the entries: the rules are most of the bundle). */
export async function scanWithRules(opts: Omit<ScanOptions, 'rules'>, rules: LazyRules, workers?: WorkerPool): Promise<ScanResult> {
  const started = performance.now();
  try {
    // Threads only once the files are counted: starting one costs more than a small tree's scan.
    // The tracked files are counted first: enough of them, and the threads load while git looks
    // for untracked ones (a shard's count is known only from the whole list).
    const enough = (files: number): boolean => workers !== undefined && files >= workers.threshold;
    let warmed = false;
    const warm = (): void => {
      if (!warmed) workers!.warm();
      warmed = true;
    };
    const all = await enumerateAsync(opts.root, opts.paths, opts.exclude, (tracked) => {
      if (enough(tracked) && !opts.shard) warm();
    });
    const listed = opts.shard ? shareOf(all, opts.shard) : all;
    const share: ShareOptions = {
      ...opts,
      rules: listed.files.length ? await rules.load() : [],
      facts: repositoryFacts(opts.root, all.files),
    };
    const threads = enough(listed.files.length) ? workers!.size + 1 : 1;
    if (threads > 1) warm();
    // The threads take chunks of one list until none is left: this one starts at once, workers
    // once they have loaded, and all finish within a chunk of each other.
    const cursor = threads > 1 ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
    const remote = Promise.all(Array.from({ length: threads - 1 }, () => workers!.run(listed.files, share, cursor!)));
    // Should this thread's share throw, the workers' failures (they are stopped below) are not unhandled.
    remote.catch(() => undefined);
    const parts = [scanFiles(listed.files, share, cursor), ...(await remote)];
    return merge(parts, listed, rules.count, started);
  } finally {
    await workers?.close();
  }
}

/**
 * A shard's part of the listing: its files, and the listing-wide counts (excluded, outside links,
 * special files) only in shard 1, so that the shards' merged statistics count them once. Listing
 * errors stay in every shard: each shard's verdict must know the tree was not fully read (merge
 * removes the duplicates).
 */
function shareOf(all: Enumeration, shard: Shard): Enumeration {
  const first = shard.index === 1;
  return {
    ...all,
    files: all.files.filter((f) => inShard(f, shard)),
    excluded: first ? all.excluded : 0,
    outsideLinks: first ? all.outsideLinks : 0,
    special: first ? all.special : 0,
  };
}

function merge(parts: readonly ShareResult[], listed: Enumeration, ruleCount: number, started: number): ScanResult {
  const findings = parts.flatMap((p) => p.findings).sort(compareFindings);
  // What could not be listed first: a directory hides more than a file.
  const errors = [...listed.errors, ...parts.flatMap((p) => p.errors).sort((a, b) => (a.file < b.file ? -1 : 1))];
  const sum = (k: Counter): number => parts.reduce((n, p) => n + p[k], 0);
  return {
    findings: findings.filter((f) => !f.suppressed),
    suppressed: findings.filter((f) => f.suppressed),
    stats: {
      files: listed.files.length,
      read: sum('read'),
      skipped: {
        binary: sum('binary'),
        tooLarge: sum('tooLarge'),
        documentation: sum('documentation'),
        excluded: listed.excluded,
        unreadable: errors.length,
        outsideLinks: listed.outsideLinks + sum('outsideLinks'),
        special: listed.special + sum('special'),
      },
      omittedFindings: sum('omittedFindings'),
      rules: ruleCount,
      milliseconds: Math.round(performance.now() - started),
    },
    errors,
    truncated: parts.flatMap((p) => p.truncated).sort((a, b) => (a.file < b.file ? -1 : 1)),
  };
}

/** Runs shares of a scan elsewhere (worker threads); see scan/workers.ts. */
export interface WorkerPool {
  /** Number of extra threads. */
  readonly size: number;
  /** Below this many files, one thread is faster than starting others. */
  readonly threshold: number;
  /** Starts the threads (they load while this thread begins its share). */
  warm(): void;
  /** Stops every thread it started, idle or working (a share still running then rejects). */
  close(): Promise<void>;
  /**
   * Scans, in another thread, the chunks of `files` it claims with `cursor` (see scanFiles);
   * rejects when that thread fails or exits before answering.
   */
  run(files: readonly string[], opts: ShareOptions, cursor: Int32Array): Promise<ShareResult>;
}
