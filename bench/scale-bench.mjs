#!/usr/bin/env node
/**
 * Scale benchmark (not a test), for issue 9.
 *
 * 1. Probe throughput: 5,004 endpoint-versions (834 endpoints × 6 versions) probed by the real
 *    prober (real sockets, real handshakes) in this process, against four Node TLS listeners on
 *    127.0.0.1 served by ONE child process (TLS 1.0–1.1, 1.0–1.2, 1.2–1.3, 1.3 only). The endpoints
 *    are distinct by SNI (`127.0.0.1:PORT?sni=hN.bench`), so each is probed in full. Prints wall
 *    time, endpoint-versions per second, this process's peak RSS, and whether every endpoint's
 *    accepted versions match its listener's.
 * 2. Shards and merge: 10,000 endpoints through the real pipeline (`run` with `shard: i/8`) with
 *    an INJECTED resolver and attempt (as the prober's tests do: no sockets, so the time is the
 *    pipeline's, sharding's and merging's, not the network's); checks every endpoint lands in
 *    exactly one of the 8 shard reports, writes them as JSON and joins them with the real merge
 *    code (`mergeFiles`: reading, checking, unioning, judging). Prints the times.
 *
 * Runs the TypeScript sources compiled by `tsc` into build/ (gitignored), so it measures this
 * checkout, not the committed bundle.
 *
 * Usage: node bench/scale-bench.mjs [--endpoints 834] [--shard-endpoints 10000] [--shards 8] [--concurrency 64]
 * Needs: openssl (for the listeners' certificate). Exit 0 when every check holds, 1 otherwise.
 */
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');

function opt(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const ENDPOINTS = opt('endpoints', 834);
const SHARD_ENDPOINTS = opt('shard-endpoints', 10_000);
const SHARDS = opt('shards', 8);
const CONCURRENCY = opt('concurrency', 64);

console.log('compiling the sources (tsc → build/) …');
execFileSync(process.execPath, [path.join(repo, 'node_modules/typescript/bin/tsc'), '-p', path.join(repo, 'tsconfig.json')], {
  stdio: 'inherit',
});
const load = (p) => import(pathToFileURL(path.join(repo, 'build/src', p)).href);
const { probe } = await load('probe/prober.js');
const { parseEndpoint } = await load('probe/endpoints.js');
const { run, KNOWN_RULE_IDS } = await load('pipeline.js');
const { loadSettings } = await load('settings.js');
const { mergeFiles } = await load('merge-files.js');
const { toJson } = await load('report/report.js');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-scale-'));
let failed = false;
const check = (ok, what) => {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failed = true;
};

/** The listeners: one child process, four ports, each with its own version range. */
const LISTENERS = [
  { min: 'TLSv1', max: 'TLSv1.1', versions: ['TLSv1.0', 'TLSv1.1'] },
  { min: 'TLSv1', max: 'TLSv1.2', versions: ['TLSv1.0', 'TLSv1.1', 'TLSv1.2'] },
  { min: 'TLSv1.2', max: 'TLSv1.3', versions: ['TLSv1.2', 'TLSv1.3'] },
  { min: 'TLSv1.3', max: 'TLSv1.3', versions: ['TLSv1.3'] },
];

const SERVER = `
const tls = require('node:tls');
const fs = require('node:fs');
const [key, cert, ranges] = [fs.readFileSync(process.argv[1]), fs.readFileSync(process.argv[2]), JSON.parse(process.argv[3])];
const ports = [];
let pending = ranges.length;
for (const r of ranges) {
  const s = tls.createServer({ key, cert, minVersion: r.min, maxVersion: r.max, ciphers: 'DEFAULT@SECLEVEL=0' }, (c) => c.end());
  s.on('tlsClientError', () => {});
  s.maxConnections = 4096;
  s.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, () => {
    ports[ranges.indexOf(r)] = s.address().port;
    if (--pending === 0) process.stdout.write(JSON.stringify(ports) + '\\n');
  });
}
`;

async function startListeners() {
  const key = path.join(tmp, 'key.pem');
  const cert = path.join(tmp, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=bench'],
    {
      stdio: 'ignore',
    },
  );
  const child = spawn(process.execPath, ['-e', SERVER, key, cert, JSON.stringify(LISTENERS)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ports = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(JSON.parse(out));
    });
    child.on('exit', (code) => reject(new Error(`listeners exited (${code})`)));
  });
  return { ports, stop: () => child.kill('SIGKILL') };
}

async function probeThroughput() {
  console.log(`\n1. ${ENDPOINTS} endpoints × 6 versions = ${ENDPOINTS * 6} endpoint-versions, real handshakes on 127.0.0.1`);
  const { ports, stop } = await startListeners();
  try {
    const endpoints = Array.from({ length: ENDPOINTS }, (_, i) => {
      const r = parseEndpoint(`127.0.0.1:${ports[i % ports.length]}?sni=h${i}.bench`);
      if (!r.ok) throw new Error(r.error);
      return r.endpoint;
    });
    const started = performance.now();
    const results = await probe(endpoints, { timeoutMs: 10_000, concurrency: CONCURRENCY });
    const seconds = (performance.now() - started) / 1000;
    const rssMiB = process.resourceUsage().maxRSS / 1024;
    const wrong = results.filter((r, i) => r.error || r.accepted.join() !== LISTENERS[i % ports.length].versions.join());
    console.log(`  wall ${seconds.toFixed(2)} s, ${Math.round((ENDPOINTS * 6) / seconds)} endpoint-versions/s, concurrency ${CONCURRENCY}`);
    console.log(`  peak RSS of this process (prober + bench): ${rssMiB.toFixed(0)} MiB`);
    check(
      wrong.length === 0,
      `every endpoint's accepted versions match its listener (${wrong.length} differ${wrong[0] ? `, e.g. ${wrong[0].endpoint.target}: ${wrong[0].accepted.join(',')} ${wrong[0].error?.message ?? ''}` : ''})`,
    );
  } finally {
    stop();
  }
}

/** No sockets: every host resolves to a documentation address, and the attempt answers by the host's number. */
const fakeNet = {
  resolve: async () => [{ address: '192.0.2.1', family: 4 }],
  attempt: async (spec) => {
    const n = Number(/\d+/.exec(spec.sni ?? '')?.[0] ?? 0);
    const ok = n % 50 === 0 ? ['TLSv1.0', 'TLSv1.2'] : ['TLSv1.2', 'TLSv1.3'];
    return ok.includes(spec.version)
      ? { outcome: { kind: 'accepted', serverVersion: spec.version }, ms: 0 }
      : { outcome: { kind: 'rejected', alert: 70 }, ms: 0 };
  },
};

async function shardsAndMerge() {
  console.log(`\n2. ${SHARD_ENDPOINTS} endpoints in ${SHARDS} shards (injected resolver and attempt: no sockets), then merge`);
  const root = fs.mkdtempSync(path.join(tmp, 'ws-'));
  const targets = Array.from({ length: SHARD_ENDPOINTS }, (_, i) => `host${i}.bench.test:${443 + (i % 5)}`);
  const seen = new Map();
  const files = [];
  let shardMs = 0;
  for (let i = 1; i <= SHARDS; i++) {
    const started = performance.now();
    const settings = loadSettings(
      root,
      { endpoints: targets.join('\n'), scan: 'false', shard: `${i}/${SHARDS}`, concurrency: '256' },
      KNOWN_RULE_IDS,
    );
    const report = await run(settings, fakeNet);
    shardMs += performance.now() - started;
    for (const e of report.endpoints) seen.set(e.target, (seen.get(e.target) ?? 0) + 1);
    const file = path.join(tmp, `report-${i}.json`);
    fs.writeFileSync(file, toJson(report));
    files.push({ given: `report-${i}.json`, path: file, count: report.endpoints.length });
  }
  console.log(`  shard sizes: ${files.map((f) => f.count).join(', ')} (pipeline total ${(shardMs / 1000).toFixed(2)} s)`);
  check(
    targets.every((t) => seen.get(t) === 1) && seen.size === targets.length,
    `every one of ${targets.length} endpoints in exactly one shard`,
  );
  const started = performance.now();
  const merged = mergeFiles(files, 'merge', 'anywhere');
  const mergeMs = performance.now() - started;
  const legacy = merged.endpoints.filter((e) => e.status === 'legacy').length;
  console.log(
    `  merge of ${SHARDS} reports (${(files.reduce((n, f) => n + fs.statSync(f.path).size, 0) / 1024 ** 2).toFixed(1)} MiB of JSON): ${mergeMs.toFixed(0)} ms`,
  );
  check(merged.endpoints.length === targets.length, `merged report has ${merged.endpoints.length} endpoints`);
  check(
    merged.verdict === 'fail' && legacy === targets.length / 50,
    `merged verdict ${merged.verdict}, ${legacy} legacy endpoints (expected ${targets.length / 50})`,
  );
  console.log(`  peak RSS of this process so far: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

try {
  await probeThroughput();
  await shardsAndMerge();
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
