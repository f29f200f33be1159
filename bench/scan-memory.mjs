#!/usr/bin/env node
/**
 * Scan memory benchmark (not a test): how much memory `tls-floor scan` needs for one nginx.conf
 * made of `ssl_protocols TLSv1;` lines (about 50,000 findings per MiB), measured as the smallest
 * V8 old space (--max-old-space-size, in MB) that the scan completes in, next to an empty tree's,
 * and the peak RSS (when /usr/bin/time is there).
 * Usage: node bench/scan-memory.mjs [--cli dist/cli/index.js] [--mib 1,5]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const here = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.resolve(opt('cli', path.join(here, '../dist/cli/index.js')));
const SIZES = opt('mib', '1,5').split(',').map(Number);
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function tree(mib) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tls-floor-mem-${mib}-`));
  const line = 'ssl_protocols TLSv1;\n';
  if (mib > 0) fs.writeFileSync(path.join(dir, 'nginx.conf'), line.repeat(Math.floor((mib * 2 ** 20) / line.length)));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['add', '-A'], { cwd: dir });
  return dir;
}

/** Exit status of one scan in `oldSpace` MB (1: findings, as expected; a crash is anything else). */
function scanIn(dir, oldSpace) {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${oldSpace}`, CLI, 'scan', '--max-file-size', '64MiB'], {
    cwd: dir,
    env: { PATH: process.env.PATH, TLS_FLOOR_WORKERS: '0' },
    stdio: 'ignore',
  });
  return r.status === 0 || r.status === 1;
}

function smallestOldSpace(dir) {
  let lo = 4; // fails (too small for anything) — checked below
  let hi = 1024;
  if (!scanIn(dir, hi)) return undefined;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (scanIn(dir, mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

function peakRssMiB(dir) {
  if (!TIME) return undefined;
  const r = spawnSync(TIME, ['-f', '%M', process.execPath, CLI, 'scan', '--max-file-size', '64MiB'], {
    cwd: dir,
    env: { PATH: process.env.PATH, TLS_FLOOR_WORKERS: '0' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const kb = Number(r.stderr.trim().split('\n').at(-1));
  return Number.isFinite(kb) ? (kb / 1024).toFixed(0) : undefined;
}

console.log(`CLI: ${CLI}`);
for (const mib of [0, ...SIZES]) {
  const dir = tree(mib);
  const space = smallestOldSpace(dir);
  console.log(
    `${mib} MiB nginx.conf: smallest old space ${space ?? 'none up to 1024'} MB, peak RSS ${peakRssMiB(dir) ?? '?'} MiB${mib ? '' : ' (empty tree: the baseline)'}`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}
