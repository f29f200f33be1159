/**
 * The scan against hostile trees: what git's index calls a regular file may be a FIFO, a socket or
 * a link out of the root on disk; a file may hold hundreds of thousands of findings; the listing or
 * a worker may fail. None of it may hang the scan, read outside the root, crash it or pass silently.
 */
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { describe, expect, test } from 'vitest';
import { buildReport } from '../src/report/report.js';
import { formatText } from '../src/report/text.js';
import { checkFile, RuleIndex } from '../src/scan/engine.js';
import { ScanInputError } from '../src/scan/files.js';
import type { Finding } from '../src/scan/finding.js';
import { RULES } from '../src/scan/rules/index.js';
import { scan, type ScanOptions, type ShareResult, type WorkerPool } from '../src/scan/scan.js';
import { FINDINGS_PER_FILE, scanFiles } from '../src/scan/share.js';
import { SourceFile } from '../src/scan/source.js';
import { makeRepo } from './helpers/fixture.js';

const POLICY = { minVersion: 'TLSv1.2', failOn: 'error' } as const;
const LEGACY = 'ssl_protocols TLSv1;\n';

function options(root: string, more: Partial<ScanOptions> = {}): ScanOptions {
  return { root, paths: ['.'], exclude: [], maxFileSize: 1 << 20, policy: POLICY, rules: RULES, ...more };
}

/** Replaces a committed file on disk (git's index still says "regular file"). */
function replace(root: string, rel: string, make: (abs: string) => void): void {
  const abs = path.join(root, rel);
  fs.rmSync(abs, { recursive: true });
  make(abs);
}

function outsideDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-outside-'));
  for (const [rel, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, rel), text);
  return dir;
}

describe('what is read is a regular file under the root, whatever git says', () => {
  test('a FIFO is skipped and counted at once, even with a writer on the way', async () => {
    const root = makeRepo({ 'a.conf': LEGACY, 'pipe.conf': 'x\n', 'inner.conf': 'x\n' });
    replace(root, 'pipe.conf', (abs) => execFileSync('mkfifo', [abs]));
    replace(root, 'inner.conf', (abs) => fs.symlinkSync('pipe.conf', abs)); // a link to it, inside the root
    // A blocking open waits for a writer: writers come after 2 s (so a blocking scan ends, and fails).
    const writer = spawn('sh', ['-c', 'sleep 2; while :; do echo "ssl_protocols TLSv1;" > "$0"; done', path.join(root, 'pipe.conf')]);
    try {
      const started = performance.now();
      const r = await scan(options(root));
      expect(performance.now() - started).toBeLessThan(1500);
      expect(r.findings.map((f) => f.file)).toEqual(['a.conf']);
      expect(r.stats.skipped.special).toBe(2);
      expect(r.errors).toEqual([]);
    } finally {
      writer.kill('SIGKILL');
    }
  });

  test('a Unix socket is skipped and counted, not an unreadable file', async () => {
    const root = makeRepo({ 'a.conf': LEGACY, 's.conf': 'x\n' });
    const server = net.createServer();
    replace(root, 's.conf', (abs) => server.listen(abs));
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const r = await scan(options(root));
      expect(r.findings.map((f) => f.file)).toEqual(['a.conf']);
      expect(r.stats.skipped.special).toBe(1);
      expect(r.stats.skipped.unreadable).toBe(0);
      expect(r.errors).toEqual([]);
    } finally {
      server.close();
    }
  });

  test('a tracked file replaced by a link out of the root is not read; one to a file inside is', async () => {
    const outside = outsideDir({ 'secret.conf': LEGACY });
    const root = makeRepo({ 'target.conf': LEGACY, 'inner.conf': 'x\n', 'link.conf': 'x\n', 'dangling.conf': 'x\n' });
    replace(root, 'link.conf', (abs) => fs.symlinkSync(path.join(outside, 'secret.conf'), abs));
    replace(root, 'inner.conf', (abs) => fs.symlinkSync('target.conf', abs));
    replace(root, 'dangling.conf', (abs) => fs.symlinkSync('nowhere.conf', abs));
    const r = await scan(options(root));
    expect(r.findings.map((f) => f.file)).toEqual(['inner.conf', 'target.conf']);
    expect(r.stats.skipped.outsideLinks).toBe(1);
    expect(r.errors).toEqual([]);
  });

  test('a tracked directory replaced by a link: nothing below it is read when it leads out, all when it stays in', async () => {
    const outside = outsideDir({ 'nginx.conf': LEGACY });
    const root = makeRepo({
      'conf/nginx.conf': 'x\n',
      'deep/er/nginx.conf': 'x\n',
      'real/nginx.conf': LEGACY,
      'alias/nginx.conf': 'x\n',
    });
    replace(root, 'conf', (abs) => fs.symlinkSync(outside, abs));
    replace(root, 'deep/er', (abs) => fs.symlinkSync(outside, abs));
    replace(root, 'alias', (abs) => fs.symlinkSync('real', abs));
    const r = await scan(options(root));
    expect(r.findings.map((f) => f.file)).toEqual(['alias/nginx.conf', 'real/nginx.conf']);
    // Two read through links out; the listing may count the untracked links themselves too.
    expect(r.stats.skipped.outsideLinks).toBeGreaterThanOrEqual(2);
    expect(r.errors).toEqual([]);
  });
});

describe('large inputs stay linear and never pass silently', () => {
  // The bundle runs a file with 140,000 (e2e-exit.test.ts): under Vitest the stack is deep enough
  // for a push(...spread) of that many, under node it is not.
  test('a file with 3,000 findings: the first ones are kept, the rest counted, the verdict fails', async () => {
    const lines = 3000;
    // The last line is the only one of its kind (suppressed): kept past the limit, like a new rule or severity would be.
    const text = `${LEGACY.repeat(lines)}ssl_protocols TLSv1; # tls-floor-ignore -- old appliance\n`;
    const root = makeRepo({ 'nginx.conf': text });
    const r = await scan(options(root, { maxFileSize: 64 << 20 }));
    expect(r.findings).toHaveLength(FINDINGS_PER_FILE);
    expect(r.findings.at(-1)).toMatchObject({ line: FINDINGS_PER_FILE, column: 1 });
    expect(r.suppressed).toHaveLength(1);
    expect(r.suppressed[0]).toMatchObject({ line: lines + 1, suppressed: { reason: 'old appliance' } });
    expect(r.stats.omittedFindings).toBe(lines - FINDINGS_PER_FILE);
    // Where they are, so that a pull request's diff that touches them is not a silent pass.
    expect(r.truncated).toEqual([
      { file: 'nginx.conf', omitted: lines - FINDINGS_PER_FILE, firstLine: FINDINGS_PER_FILE + 1, lastLine: lines },
    ]);
    const report = buildReport({ scan: r, policy: POLICY });
    expect(report.verdict).toBe('fail');
    expect(formatText(report)).toMatch(/^1000 findings \(1000 errors\) in 1 file; 2000 more not listed \(too many in one file\);/m);
  });
});

/** A pool that runs shares in this thread (or fails as told) and records what the scan asked of it. */
function recordingPool(fail?: Error, threshold = 0): WorkerPool & { readonly calls: string[] } {
  const calls: string[] = [];
  const empty: ShareResult = {
    findings: [],
    errors: [],
    truncated: [],
    read: 0,
    binary: 0,
    tooLarge: 0,
    documentation: 0,
    special: 0,
    outsideLinks: 0,
    omittedFindings: 0,
    definitions: [],
    codeFiles: [],
  };
  return {
    calls,
    size: 2,
    threshold,
    warm: () => void calls.push('warm'),
    close: async () => void calls.push('close'),
    run: async () => {
      calls.push('run');
      if (fail) throw fail;
      return empty;
    },
  };
}

describe('the scan owns its worker threads: they are stopped however it ends', () => {
  test('the listing throws', async () => {
    const pool = recordingPool();
    await expect(scan(options(makeRepo({ 'a.conf': LEGACY }), { paths: ['missing'] }), pool)).rejects.toThrow(ScanInputError);
    expect(pool.calls).toEqual(['close']);
  });

  test('a tree smaller than the threshold starts no thread (they are counted first)', async () => {
    const pool = recordingPool(undefined, 3);
    const r = await scan(options(makeRepo({ 'a.conf': LEGACY, 'b.conf': LEGACY })), pool);
    expect(r.findings.length).toBeGreaterThan(0);
    expect(pool.calls).toEqual(['close']);
  });

  test('a worker fails', async () => {
    const pool = recordingPool(new Error('scan worker exited with code 1 before answering'));
    await expect(scan(options(makeRepo({ 'a.conf': LEGACY, 'b.conf': LEGACY })), pool)).rejects.toThrow(/exited with code 1/);
    expect(pool.calls.at(-1)).toBe('close');
  });

  test('a scan that succeeds', async () => {
    const pool = recordingPool();
    const r = await scan(options(makeRepo({ 'a.conf': LEGACY, 'b.conf': LEGACY, 'c.conf': LEGACY })), pool);
    expect(r.findings.length).toBeGreaterThan(0);
    expect(pool.calls).toEqual(['warm', 'run', 'run', 'close']);
  });
});

/**
 * A pool whose "threads" run scanFiles in this thread with the cursor they are given: `first`
 * claims every chunk before this thread begins, `last` only after it has finished.
 */
function sharingPool(order: 'first' | 'last'): WorkerPool & { readonly shares: number[] } {
  const shares: number[] = [];
  return {
    shares,
    size: 2,
    threshold: 0,
    warm: () => undefined,
    close: async () => undefined,
    run: async (files, opts, cursor) => {
      if (order === 'last') await new Promise((resolve) => setImmediate(resolve));
      const part = scanFiles(files, opts, cursor);
      shares.push(part.read);
      return part;
    },
  };
}

describe('threads share the list by chunks: every file is scanned once, whoever claims it', () => {
  // More files than a chunk, of every outcome: findings, binary, too large, documentation, safe.
  const files: Record<string, string> = {};
  for (let i = 0; i < 300; i++) {
    const outcome = ['ssl_protocols TLSv1;\n', 'x\0y\n', 'ssl_protocols TLSv1.2;\n', '# ssl_protocols TLSv1;\n', 'a'.repeat(300) + '\n'][
      i % 5
    ];
    files[i % 7 === 0 ? `docs/n${i}.md` : `conf/n${i}.conf`] = outcome;
  }
  const alone = (root: string) => scan(options(root, { maxFileSize: 200 }));

  test.each(['first', 'last'] as const)('the other threads claim %s', async (order) => {
    const root = makeRepo(files);
    const expected = await alone(root);
    const pool = sharingPool(order);
    const shared = await scan(options(root, { maxFileSize: 200 }), pool);
    expect(pool.shares).toHaveLength(2);
    // This thread scanned what the others did not claim, nothing twice.
    expect(pool.shares.reduce((a, b) => a + b, 0)).toBe(order === 'first' ? expected.stats.read : 0);
    expect({ ...shared, stats: { ...shared.stats, milliseconds: 0 } }).toEqual({
      ...expected,
      stats: { ...expected.stats, milliseconds: 0 },
    });
    expect(expected.findings.length).toBeGreaterThan(20);
    for (const n of [expected.stats.skipped.binary, expected.stats.skipped.tooLarge, expected.stats.skipped.documentation])
      expect(n).toBeGreaterThan(20);
  });
});

describe('findings do not keep their file alive', () => {
  test('16 files of 256 KiB with one finding each retain far less than 4 MiB', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const index = new RuleIndex(RULES);
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept: Finding[] = [];
    for (let i = 0; i < 16; i++) {
      const padding = `# ${'x'.repeat(60)} ${i}\n`.repeat(4000); // 256 KiB
      const file = new SourceFile(`n${i}.conf`, `${padding}ssl_protocols TLSv1;   # a snippet long enough to be a slice\n`);
      kept.push(...checkFile(file, index.select(file), POLICY));
    }
    gc();
    const retained = process.memoryUsage().heapUsed - before;
    expect(kept).toHaveLength(16);
    // Sharing text, about 5 MiB; copies, about 1 (the last file may stay reachable through RegExp.input).
    expect(retained).toBeLessThan(2 << 20);
  });
});
