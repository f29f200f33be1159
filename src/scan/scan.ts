/**
 * The repository scan: enumerate files, pick the rules for each, read only files that can hold a
 * setting, run the rules, and sort the findings. Plain synchronous I/O: on a 40,000-file tree it
 * is faster than juggling promises, and the keyword prefilter keeps most files from being decoded.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { severityRank, type Policy } from '../policy.js';
import { NO_FACTS, type RepositoryFacts } from './context.js';
import { ATTRIBUTES_MAX_BYTES, parseGitAttributes } from './gitattributes.js';
import { findTlsStacks } from './tls-stacks.js';
import { RuleIndex, checkFile } from './engine.js';
import { classify, logicalName } from './file-kinds.js';
import { enumerate } from './files.js';
import type { Finding } from './finding.js';
import type { Rule } from './rule.js';
import { decode, looksBinary, SourceFile } from './source.js';

export interface ScanOptions {
  readonly root: string;
  readonly paths: readonly string[];
  readonly exclude: readonly string[];
  readonly maxFileSize: number;
  readonly policy: Policy;
  readonly rules: readonly Rule[];
  /** Read Markdown, reStructuredText and plain text too (skipped by default: prose, not configuration). */
  readonly includeDocs?: boolean;
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
  };
  readonly rules: number;
  readonly milliseconds: number;
}

export interface ScanResult {
  /** Findings that count (not suppressed), most severe first. */
  readonly findings: readonly Finding[];
  readonly suppressed: readonly Finding[];
  readonly stats: ScanStats;
  /** Files that could not be read, with the reason (shown in reports, never fatal). */
  readonly errors: readonly { readonly file: string; readonly message: string }[];
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column
  );
}

/** Reads a file with one open and one fstat, unless it is larger than `max` bytes. */
function readBounded(abs: string, max: number): Buffer | 'too-large' {
  const fd = fs.openSync(abs, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size > max) return 'too-large';
    const buf = Buffer.allocUnsafe(size);
    let off = 0;
    while (off < size) {
      const n = fs.readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return off === size ? buf : buf.subarray(0, off);
  } finally {
    fs.closeSync(fd);
  }
}

/** What reading a share of the files produced; merged across threads. */
export interface ShareResult {
  readonly findings: Finding[];
  readonly errors: { file: string; message: string }[];
  readonly read: number;
  readonly binary: number;
  readonly tooLarge: number;
  readonly documentation: number;
}

/** The per-file loop: classify, select rules, read, prefilter, check. Runs in any thread. */
export function scanFiles(files: readonly string[], opts: ShareOptions): ShareResult {
  const index = new RuleIndex(opts.rules);
  const out = {
    findings: [] as Finding[],
    errors: [] as { file: string; message: string }[],
    read: 0,
    binary: 0,
    tooLarge: 0,
    documentation: 0,
  };
  for (const rel of files) {
    const kind = classify(rel);
    if (kind === 'prose' && !opts.includeDocs) {
      out.documentation++;
      continue;
    }
    const selection = index.select({ kind, name: logicalName(rel), path: rel });
    if (!selection.keywords) continue;
    let bytes: Buffer;
    try {
      const got = readBounded(path.join(opts.root, rel), opts.maxFileSize);
      if (got === 'too-large') {
        out.tooLarge++;
        continue;
      }
      bytes = got;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') continue; // in git's index but deleted from the work tree
      out.errors.push({ file: rel, message: code ?? String(e) });
      continue;
    }
    out.read++;
    if (looksBinary(bytes)) {
      out.binary++;
      continue;
    }
    // Keywords are ASCII: test them on a one-byte-per-char view before paying for UTF-8 decoding.
    const utf16 = bytes.length >= 2 && (bytes[0] === 0xff || bytes[0] === 0xfe);
    if (!utf16 && !selection.keywords.test(bytes.toString('latin1'))) continue;
    const file = new SourceFile(rel, decode(bytes), kind);
    out.findings.push(...checkFile(file, selection, opts.policy, opts.facts ?? NO_FACTS));
  }
  return out;
}

/**
 * The repository's facts, once per scan: the root `.gitattributes` (a regular file inside the root,
 * bounded; anything else is ignored) and the TLS stacks the file list holds.
 */
export function repositoryFacts(root: string, files: readonly string[]): RepositoryFacts {
  let attributes: RepositoryFacts['attributes'] = [];
  try {
    const abs = path.join(root, '.gitattributes');
    if (fs.lstatSync(abs).isFile()) {
      const got = readBounded(abs, ATTRIBUTES_MAX_BYTES * 4);
      const text = got === 'too-large' ? '' : got.toString('utf8');
      attributes = parseGitAttributes(text);
    }
  } catch {
    // No .gitattributes, or unreadable: no attributes.
  }
  const tlsStacks = findTlsStacks(files);
  return attributes.length || tlsStacks.length ? { attributes, tlsStacks } : NO_FACTS;
}

/**
 * Scans the tree. Large trees are split between this thread and worker threads (each reads and
 * matches its share); `workers` says how, and is the seam that keeps this module free of them.
 */
export async function scan(opts: ScanOptions, workers?: WorkerPool): Promise<ScanResult> {
  const started = performance.now();
  workers?.warm();
  const listed = enumerate(opts.root, opts.paths, opts.exclude);
  const share: ShareOptions = { ...opts, facts: repositoryFacts(opts.root, listed.files) };
  const shares = workers && listed.files.length >= workers.threshold ? workers.size + 1 : 1;
  if (shares === 1) workers?.close();
  const slices = Array.from({ length: shares }, (_, k) => listed.files.filter((_, i) => i % shares === k));
  const remote = slices.slice(1).map((files) => workers!.run(files, share));
  const parts = [scanFiles(slices[0], share), ...(await Promise.all(remote))];
  const findings = parts.flatMap((p) => p.findings).sort(compareFindings);
  const errors = parts.flatMap((p) => p.errors).sort((a, b) => (a.file < b.file ? -1 : 1));
  const sum = (k: 'read' | 'binary' | 'tooLarge' | 'documentation'): number => parts.reduce((n, p) => n + p[k], 0);
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
        outsideLinks: listed.outsideLinks,
      },
      rules: opts.rules.length,
      milliseconds: Math.round(performance.now() - started),
    },
    errors,
  };
}

/** Runs shares of a scan elsewhere (worker threads); see scan/workers.ts. */
export interface WorkerPool {
  /** Number of extra threads. */
  readonly size: number;
  /** Below this many files, one thread is faster than starting others. */
  readonly threshold: number;
  /** Starts the threads early (they load while the files are listed). */
  warm(): void;
  /** Stops threads that were started and will not be used. */
  close(): void;
  run(files: readonly string[], opts: ShareOptions): Promise<ShareResult>;
}
