/**
 * The repository scan: enumerate files, split them between threads (each scans its share with
 * ./share.ts, loaded only when there is a file to read), merge and sort the findings.
 */
import { severityRank, type Policy } from '../policy.js';
import type { RepositoryFacts } from './context.js';
import { enumerateAsync, type Enumeration } from './files.js';
import type { Finding } from './finding.js';
import type { Rule } from './rule.js';
import type { Counter, ShareResult } from './share.js';
import { inShard, type Shard } from '../shard.js';
import { tierUpLater } from '../jit.js';

export type { ShareResult } from './share.js';

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
    // The engine and the rules load only for a tree with files to read; with tracked files, while
    // git looks for untracked ones (this thread waits for git then: reading files at the same time
    // measured slower on two cores, where git, the workers and this thread all want one).
    let engine: Promise<[typeof import('./share.js'), readonly Rule[]]> | undefined;
    const load = () => {
      // Files will be read: V8 is asked to keep its top tier for what stays hot (jit.ts), before
      // the rules run and before any thread starts.
      if (!engine) tierUpLater();
      return (engine ??= Promise.all([import('./share.js'), rules.load()]));
    };
    const all = await enumerateAsync(opts.root, opts.paths, opts.exclude, (tracked) => {
      if (tracked > 0 && !opts.shard) void load().catch(() => undefined);
      if (enough(tracked) && !opts.shard) warm();
    });
    const listed = opts.shard ? shareOf(all, opts.shard) : all;
    // Nothing to read (an empty tree, an empty shard): the engine and the rules stay unloaded.
    if (!listed.files.length) return merge([], listed, rules.count, started);
    const [{ repositoryFacts, scanFiles, followConstants }, loaded] = await load();
    const share: ShareOptions = {
      ...opts,
      rules: loaded,
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
    // Constants defined in one file and used in another (cross-file.ts); a shard sees only its own files.
    return merge(parts, listed, rules.count, started, followConstants(parts, share));
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

function merge(
  parts: readonly ShareResult[],
  listed: Enumeration,
  ruleCount: number,
  started: number,
  followed: readonly Finding[] = [],
): ScanResult {
  const findings = [...parts.flatMap((p) => p.findings), ...followed].sort(compareFindings);
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
