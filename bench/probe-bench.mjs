#!/usr/bin/env node
/**
 * Probe benchmark (not a test): tls-floor's `probe` command against sslscan on the same real
 * servers, in alternating runs.
 *
 * 1. Eleven `openssl s_server` targets, each with its own protocol versions, each ONE s_server
 *    process (it serves one connection at a time, as many appliances do; `--pool` gives each six
 *    processes instead), each behind a latency proxy on an address of its own (127.0.0.10, .11,
 *    …, so that each looks like a host of its own) that adds ~25 ms per direction (~50 ms per
 *    round trip) to data and to the TCP connect, as a service across a continent would. Both
 *    tools probe all of them; the bench prints, per target, the versions the servers were
 *    configured with and the versions each tool found (MISMATCH when any differs, in any run),
 *    the connections each tool opened, the median wall time of each tool, and the ratio.
 * 2. 1,000 endpoint-versions on plain loopback (167 endpoints × 6 versions, served by one nginx
 *    on many ports, or without nginx (--no-nginx) by four s_server pools listening on many
 *    ports): tls-floor's median time, with one sslscan run
 *    over the same endpoints for scale. All of them are one machine (127.0.0.1), so tls-floor
 *    runs with --per-host-concurrency 64 here.
 *
 * Both tools are timed as whole processes (start to exit), as a user would run them: one
 * invocation for all targets (`tls-floor probe <endpoint…>`, `sslscan --targets=FILE`).
 *
 * Usage: node bench/probe-bench.mjs [--runs N] [--delay MS] [--endpoints N] [--pool] [--nginx-targets] [--no-nginx] [--no-latency] [--no-loopback]
 * Env:   TLS_FLOOR_CLI  the bundled CLI to run (default dist/cli/index.js)
 * Needs: openssl and sslscan (apt-get install -y openssl sslscan). Exit: 0 all versions agree,
 *        1 a mismatch, 2 a missing tool or bad arguments.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startLatencyProxy } from './latency-proxy.mjs';
import { startNginx } from './nginx-targets.mjs';
import { killAllNow, startOpensslPool, startOpensslServer } from './openssl-pool.mjs';

const VERSIONS = ['SSLv2', 'SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

/**
 * The targets: every version range s_server can be given here (Debian's OpenSSL 3 has no SSLv2 or
 * SSLv3 at all, so no target accepts them, and both tools must say so), with RSA and ECDSA keys.
 * `versions` is what the server was told; it is the truth both tools are checked against.
 */
const TARGETS = [
  { name: 'tls1.0 only', args: ['-tls1'], versions: ['TLSv1.0'] },
  { name: 'tls1.1 only', args: ['-tls1_1'], versions: ['TLSv1.1'] },
  { name: 'tls1.2 only', args: ['-tls1_2'], versions: ['TLSv1.2'] },
  { name: 'tls1.3 only', args: ['-tls1_3'], versions: ['TLSv1.3'] },
  { name: 'tls1.0-1.1', args: range('TLSv1', 'TLSv1.1'), versions: ['TLSv1.0', 'TLSv1.1'] },
  { name: 'tls1.0-1.2', args: range('TLSv1', 'TLSv1.2'), versions: ['TLSv1.0', 'TLSv1.1', 'TLSv1.2'] },
  { name: 'tls1.0-1.3', args: range('TLSv1', 'TLSv1.3'), versions: ['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] },
  { name: 'tls1.1-1.2', args: range('TLSv1.1', 'TLSv1.2'), versions: ['TLSv1.1', 'TLSv1.2'] },
  { name: 'tls1.2-1.3', args: range('TLSv1.2', 'TLSv1.3'), versions: ['TLSv1.2', 'TLSv1.3'] },
  { name: 'tls1.0 ecdsa', args: ['-tls1'], versions: ['TLSv1.0'], cert: 'ecdsa' },
  { name: 'tls1.2-1.3 ecdsa', args: range('TLSv1.2', 'TLSv1.3'), versions: ['TLSv1.2', 'TLSv1.3'], cert: 'ecdsa' },
];

/**
 * nginx ports for realism (when nginx is installed): one process serving several ports, each
 * with its own `ssl_protocols`, answering concurrent connections itself.
 */
const NGINX_TARGETS = [
  { name: 'nginx tls1-1.3', protocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'], versions: ['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] },
  { name: 'nginx tls1.1-1.2', protocols: ['TLSv1.1', 'TLSv1.2'], versions: ['TLSv1.1', 'TLSv1.2'] },
  { name: 'nginx tls1.2', protocols: ['TLSv1.2'], versions: ['TLSv1.2'] },
  { name: 'nginx tls1.2-1.3 ecdsa', protocols: ['TLSv1.2', 'TLSv1.3'], versions: ['TLSv1.2', 'TLSv1.3'], cert: 'ecdsa' },
];

/** The servers behind the 1,000 endpoint-versions: a spread of accepted sets. */
const LOOPBACK_SERVERS = [TARGETS[0], TARGETS[6], TARGETS[7], TARGETS[8]];
const NGINX_LOOPBACK = [
  { name: 'nginx tls1', protocols: ['TLSv1'], versions: ['TLSv1.0'] },
  NGINX_TARGETS[0],
  NGINX_TARGETS[1],
  { name: 'nginx tls1.2-1.3', protocols: ['TLSv1.2', 'TLSv1.3'], versions: ['TLSv1.2', 'TLSv1.3'] },
];

/** With --pool: six s_server processes per target let it answer one connection per version at once. */
const PROCESSES_PER_TARGET = 6;
/** Part 1's proxies listen on 127.0.0.10, .11, …: one address per target, as separate hosts would have. */
const FIRST_TARGET_ADDRESS = 10;
const PROCESSES_PER_LOOPBACK_SERVER = 16;
const TIMEOUT_S = 5;
const SSLSCAN_FLAGS = [
  // Only the protocol check: no cipher enumeration, no certificate, renegotiation, compression,
  // Heartbleed, key-exchange groups or fallback SCSV checks (Debian's sslscan 2.0.7 has these).
  '--no-ciphersuites',
  '--no-cipher-details',
  '--no-check-certificate',
  '--no-renegotiation',
  '--no-compression',
  '--no-heartbleed',
  '--no-groups',
  '--no-fallback',
  '--no-colour',
  `--timeout=${TIMEOUT_S}`,
  '--xml=-',
];

function range(min, max) {
  return ['-min_protocol', min, '-max_protocol', max];
}

// ---------------------------------------------------------------------------------------------
// Arguments and tools

function usage(message) {
  console.error(`probe-bench: ${message}`);
  console.error(
    'usage: node bench/probe-bench.mjs [--runs N] [--delay MS] [--endpoints N] [--pool] [--nginx-targets] [--no-nginx] [--no-latency] [--no-loopback]',
  );
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { runs: 5, delay: 25, endpoints: 167, pool: false, nginxTargets: false, nginx: true, latency: true, loopback: true };
  const flags = {
    '--pool': ['pool', true],
    '--nginx-targets': ['nginxTargets', true],
    '--no-nginx': ['nginx', false],
    '--no-latency': ['latency', false],
    '--no-loopback': ['loopback', false],
  };
  for (let i = 0; i < argv.length; i++) {
    if (flags[argv[i]]) {
      const [key, value] = flags[argv[i]];
      opts[key] = value;
      continue;
    }
    const m = /^--(runs|delay|endpoints)(?:=(.*))?$/.exec(argv[i]);
    if (!m) usage(`unknown argument "${argv[i]}"`);
    const raw = m[2] ?? argv[++i];
    const n = Number(raw);
    const min = m[1] === 'delay' ? 0 : 1;
    if (raw === undefined || !Number.isInteger(n) || n < min) usage(`--${m[1]} needs a whole number ≥ ${min}, got "${raw ?? ''}"`);
    opts[m[1]] = n;
  }
  return opts;
}

function onPath(bin) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, bin)));
}

function requireTools(cli) {
  const missing = ['openssl', 'sslscan'].filter((b) => !onPath(b));
  if (missing.length > 0) {
    console.error(`probe-bench: ${missing.join(' and ')} not found on PATH; install with:`);
    console.error(`  apt-get update && apt-get install -y ${missing.join(' ')}`);
    process.exit(2);
  }
  if (!fs.existsSync(cli)) {
    console.error(`probe-bench: no CLI at ${cli}; build it (npm run build) or set TLS_FLOOR_CLI`);
    process.exit(2);
  }
  const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8', timeout: 30_000 });
  if (!/\bprobe\b/.test(`${help.stdout}${help.stderr}`)) {
    console.error(`probe-bench: the CLI at ${cli} has no probe command; build one with`);
    console.error('  npx ncc build src/cli.ts -o /tmp/pb-cli -q  and run with TLS_FLOOR_CLI=/tmp/pb-cli/index.js');
    process.exit(2);
  }
}

// ---------------------------------------------------------------------------------------------
// Cleanup: every server, proxy, child process and the temp dir, also on Ctrl-C.

const cleanups = [];
const running = new Set();
/** Set by Ctrl-C: no new tool run starts, and the run in flight is not reported as a failure. */
let stopping = false;
/** nginx masters still running: SIGTERM (not KILL) so that the master takes its worker along. */
const nginxPids = new Set();
let tmpDir;

function cleanupNow() {
  for (const child of running) child.kill('SIGKILL');
  killAllNow();
  for (const pid of nginxPids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  nginxPids.clear();
  if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
}

/** Stops every server and proxy started so far (the temp dir stays for the next part). */
async function stopServers() {
  for (const fn of cleanups.splice(0).reverse()) await fn().catch(() => undefined);
}

async function cleanup() {
  await stopServers();
  cleanupNow();
}

process.on('exit', cleanupNow);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => {
    stopping = true;
    console.error(`\nprobe-bench: ${sig}, cleaning up`);
    for (const child of running) child.kill('SIGKILL');
    cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------
// Certificates

function makeCertificates(dir) {
  const reqConf = path.join(dir, 'req.cnf');
  // Empty: a system-wide MinProtocol or cipher policy would silently remove legacy versions.
  const opensslConf = path.join(dir, 'openssl.cnf');
  fs.writeFileSync(reqConf, '[req]\ndistinguished_name = dn\nprompt = no\n[dn]\nCN = localhost\n');
  fs.writeFileSync(opensslConf, '# intentionally empty: no system-wide protocol or cipher policy\n');
  const keys = { rsa: ['-newkey', 'rsa:2048'], ecdsa: ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'] };
  const pairs = {};
  for (const [kind, newKey] of Object.entries(keys)) {
    const pair = { cert: path.join(dir, `${kind}.crt`), key: path.join(dir, `${kind}.key`) };
    const r = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-config',
        reqConf,
        ...newKey,
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=localhost',
        '-keyout',
        pair.key,
        '-out',
        pair.cert,
      ],
      { encoding: 'utf8', timeout: 30_000 },
    );
    if (r.status !== 0) throw new Error(`openssl req (${kind}) failed: ${(r.stderr ?? '').trim().split('\n')[0]}`);
    pairs[kind] = pair;
  }
  return { pairs, env: { ...process.env, OPENSSL_CONF: opensslConf } };
}

// ---------------------------------------------------------------------------------------------
// Running and reading the two tools

/** Runs a command to completion; resolves with its stdout, exit code and wall time in ms. */
function timed(cmd, args, env) {
  if (stopping) return new Promise(() => undefined); // the signal handler exits the process
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    const out = [];
    let err = '';
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => (err = (err + d).slice(-4000)));
    child.once('error', reject);
    child.once('close', (code) => {
      running.delete(child);
      resolve({ ms: performance.now() - start, code, stdout: Buffer.concat(out).toString('utf8'), stderr: err });
    });
  });
}

/** tls-floor: `probe … --format json`; exit 1 (legacy found) is a normal outcome here. */
async function runTlsFloor(cli, endpoints, env, extraArgs = []) {
  const args = [cli, 'probe', ...endpoints, '--format', 'json', '--timeout', String(TIMEOUT_S), ...extraArgs];
  const r = await timed(process.execPath, args, env);
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    throw new Error(`tls-floor probe exited ${r.code} without JSON: ${(r.stderr || r.stdout).trim().slice(0, 400)}`);
  }
  const found = new Map();
  for (const ep of report.endpoints ?? []) {
    const errors = (ep.addresses ?? []).map((a) => a.error?.message).filter(Boolean);
    if (ep.error) errors.unshift(ep.error.message);
    found.set(ep.target, { versions: sortVersions(ep.accepted ?? []), note: errors[0] });
  }
  return { ms: r.ms, found };
}

/**
 * sslscan: one `<ssltest host port>` element per target with one `<protocol type version
 * enabled>` per protocol. Keyed by `host:port` like the tls-floor side. Debian's 2.0.7 appends a
 * bogus "Targets file … does not exist" error after scanning a --targets file; it is ignored.
 */
async function runSslscan(targetsFile, env) {
  const r = await timed('sslscan', [`--targets=${targetsFile}`, ...SSLSCAN_FLAGS], env);
  const found = new Map();
  const block = /<ssltest host="([^"]*)"[^>]*\sport="(\d+)">([\s\S]*?)<\/ssltest>/g;
  for (const [, host, port, body] of r.stdout.matchAll(block)) {
    const versions = [];
    let seen = 0;
    for (const [, type, ver, enabled] of body.matchAll(/<protocol type="(ssl|tls)" version="([\d.]+)" enabled="(\d)"/g)) {
      seen++;
      const name = type === 'ssl' ? `SSLv${ver}` : `TLSv${ver}`;
      if (enabled === '1') versions.push(name);
    }
    found.set(`${host}:${port}`, {
      versions: sortVersions(versions),
      note: seen < VERSIONS.length ? `only ${seen} protocols reported` : undefined,
    });
  }
  if (found.size === 0) throw new Error(`sslscan exited ${r.code} with no results: ${(r.stderr || r.stdout).trim().slice(0, 400)}`);
  return { ms: r.ms, found };
}

function sortVersions(list) {
  return VERSIONS.filter((v) => list.includes(v));
}

const same = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);
const show = (list) =>
  list === undefined ? '(no result)' : list.length === 0 ? '(none)' : list.map((v) => v.replace('TLSv', '')).join(' ');

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;

// ---------------------------------------------------------------------------------------------
// The two parts

/** One s_server process per target (part 1's default): one connection at a time. */
async function startSingleTargets(certs, specs) {
  return Promise.all(
    specs.map(async (spec) => {
      const server = await startOpensslServer({
        openssl: 'openssl',
        env: certs.env,
        ...certs.pairs[spec.cert ?? 'rsa'],
        versionArgs: spec.args,
      });
      cleanups.push(() => server.close());
      return { spec, port: server.port };
    }),
  );
}

async function startTargets(certs, specs, { processes, portsEach = 1 }) {
  return Promise.all(
    specs.map(async (spec) => {
      const pair = certs.pairs[spec.cert ?? 'rsa'];
      const pool = await startOpensslPool({
        openssl: 'openssl',
        env: certs.env,
        ...pair,
        versionArgs: spec.args,
        processes,
        ports: portsEach,
      });
      cleanups.push(() => pool.close());
      return { spec, pool };
    }),
  );
}

/**
 * Part 1: the latency proxy in front of each target, then warm-up and N alternating runs. The
 * order alternates too (A B, B A, …) so that neither tool always runs on a freshly idle machine.
 */
async function latencyComparison(opts, cli, certs) {
  const started = opts.pool
    ? (await startTargets(certs, TARGETS, { processes: PROCESSES_PER_TARGET })).map(({ spec, pool }) => ({ spec, port: pool.ports[0] }))
    : await startSingleTargets(certs, TARGETS);
  let nginxNote = 'nginx not installed: no nginx targets';
  if (opts.nginxTargets && onPath('nginx')) {
    const listeners = NGINX_TARGETS.map((t) => ({ protocols: t.protocols, ...certs.pairs[t.cert ?? 'rsa'] }));
    const nginx = await startNginx({ nginx: 'nginx', env: certs.env, dir: path.join(tmpDir, 'nginx'), listeners });
    nginxPids.add(nginx.pid);
    cleanups.push(() => nginx.close().finally(() => nginxPids.delete(nginx.pid)));
    NGINX_TARGETS.forEach((spec, i) => started.push({ spec, port: nginx.ports[i] }));
    const v = spawnSync('nginx', ['-v'], { encoding: 'utf8' }).stderr.trim().replace('nginx version: ', '');
    nginxNote = `${NGINX_TARGETS.length} ports of one ${v}`;
  } else if (!opts.nginxTargets) nginxNote = 'no nginx targets (--nginx-targets adds some)';
  const targets = [];
  for (const [i, { spec, port }] of started.entries()) {
    const host = `127.0.0.${FIRST_TARGET_ADDRESS + i}`;
    const proxy = await startLatencyProxy({ host, targetPort: port, delayMs: opts.delay });
    cleanups.push(() => proxy.close());
    targets.push({ spec, endpoint: `${host}:${proxy.port}`, proxy });
  }
  /** Connections all proxies accepted while `work` ran. */
  const counting = async (work) => {
    const before = targets.reduce((n, t) => n + t.proxy.connections(), 0);
    const r = await work();
    return { ...r, connections: targets.reduce((n, t) => n + t.proxy.connections(), 0) - before };
  };
  const targetsFile = path.join(tmpDir, 'targets.txt');
  // A trailing newline matters: sslscan 2.0.7 skips a last line that has none.
  fs.writeFileSync(targetsFile, targets.map((t) => t.endpoint).join('\n') + '\n');
  const endpoints = targets.map((t) => t.endpoint);

  console.log(
    `${targets.length} targets: ${TARGETS.length} openssl s_server (${opts.pool ? `${PROCESSES_PER_TARGET} processes each (--pool)` : 'one process each, serving one connection at a time'}), ${nginxNote}.\n` +
      `Each behind a proxy on its own address adding ${opts.delay} ms each way (~${2 * opts.delay} ms per round trip), ` +
      `to data and to the TCP connect; ${opts.runs} alternating runs after one warm-up run each.\n`,
  );
  const tools = {
    'tls-floor': () => counting(() => runTlsFloor(cli, endpoints, process.env)),
    sslscan: () => counting(() => runSslscan(targetsFile, certs.env)),
  };
  await tools['tls-floor']();
  await tools.sslscan();

  const times = { 'tls-floor': [], sslscan: [] };
  const results = { 'tls-floor': [], sslscan: [] };
  const connections = { 'tls-floor': [], sslscan: [] };
  for (let run = 0; run < opts.runs; run++) {
    const order = run % 2 === 0 ? ['tls-floor', 'sslscan'] : ['sslscan', 'tls-floor'];
    const line = [];
    for (const tool of order) {
      const r = await tools[tool]();
      times[tool].push(r.ms);
      results[tool].push(r.found);
      connections[tool].push(r.connections);
      line.push(`${tool} ${secs(r.ms)} (${r.connections} connections)`);
    }
    console.log(`  run ${run + 1}: ${line.join(', ')}`);
  }

  // Per target: what each tool found in the last run, and whether every run of both tools agreed
  // with the configuration.
  let mismatches = 0;
  const rows = [['target', 'endpoint', 'configured', 'tls-floor', 'sslscan', '']];
  for (const t of targets) {
    const last = (tool) => results[tool].at(-1).get(t.endpoint);
    let ok = true;
    const notes = [];
    for (const tool of ['tls-floor', 'sslscan']) {
      results[tool].forEach((found, i) => {
        const r = found.get(t.endpoint);
        if (!r || !same(r.versions, t.spec.versions)) {
          ok = false;
          notes.push(`${tool} run ${i + 1}: ${show(r?.versions)}${r?.note ? ` (${r.note})` : ''}`);
        }
      });
    }
    if (!ok) mismatches++;
    rows.push([
      t.spec.name,
      t.endpoint,
      show(t.spec.versions),
      show(last('tls-floor')?.versions),
      show(last('sslscan')?.versions),
      ok ? 'same' : 'MISMATCH',
    ]);
    for (const n of notes.slice(0, 3)) rows.push(['', '', '', '', '', `  ${n}`]);
  }
  console.log('');
  printTable(rows);

  const mf = median(times['tls-floor']);
  const ms = median(times.sslscan);
  console.log(`\nmedian over ${opts.runs} runs, ${targets.length} targets at ~${2 * opts.delay} ms RTT (connect included):`);
  const conns = (tool) => [...new Set(connections[tool])].join('/');
  console.log(`  tls-floor  ${secs(mf)}   (runs: ${times['tls-floor'].map(secs).join(', ')}; ${conns('tls-floor')} connections)`);
  console.log(`  sslscan    ${secs(ms)}   (runs: ${times.sslscan.map(secs).join(', ')}; ${conns('sslscan')} connections)`);
  const ratio = ms / mf;
  console.log(`  ratio      sslscan / tls-floor = ${ratio.toFixed(1)}×  (target ≥ 10×: ${ratio >= 10 ? 'met' : 'NOT met'})`);
  console.log(
    `  versions   ${mismatches === 0 ? 'same for every target in every run, and as configured' : `${mismatches} target(s) MISMATCH`}`,
  );
  return mismatches;
}

/**
 * The servers for part 2, one port per endpoint. nginx when it is installed: it answers all
 * connections itself, so nothing but the tools and the server is measured. Otherwise four s_server
 * pools, whose relays listen on many ports each (the relay runs in this process, and costs both
 * tools the same).
 */
async function loopbackTargets(opts, certs) {
  const n = opts.endpoints;
  if (opts.nginx && onPath('nginx')) {
    const specs = Array.from({ length: n }, (_, i) => NGINX_LOOPBACK[i % NGINX_LOOPBACK.length]);
    const listeners = specs.map((spec) => ({ protocols: spec.protocols, ...certs.pairs.rsa }));
    const nginx = await startNginx({ nginx: 'nginx', env: certs.env, dir: path.join(tmpDir, 'nginx-loopback'), listeners });
    nginxPids.add(nginx.pid);
    cleanups.push(() => nginx.close().finally(() => nginxPids.delete(nginx.pid)));
    return {
      what: `one nginx process, ${n} ports with ${NGINX_LOOPBACK.length} different ssl_protocols`,
      targets: specs.map((spec, i) => ({ spec, endpoint: `127.0.0.1:${nginx.ports[i]}` })),
    };
  }
  const portsEach = Math.ceil(n / LOOPBACK_SERVERS.length);
  const started = await startTargets(certs, LOOPBACK_SERVERS, { processes: PROCESSES_PER_LOOPBACK_SERVER, portsEach });
  const targets = [];
  for (let i = 0; targets.length < n; i++) {
    const { spec, pool } = started[i % started.length];
    targets.push({ spec, endpoint: `127.0.0.1:${pool.ports[Math.floor(i / started.length)]}` });
  }
  return {
    what: `${LOOPBACK_SERVERS.length} s_server pools of ${PROCESSES_PER_LOOPBACK_SERVER} processes, ${portsEach} relay ports each`,
    targets,
  };
}

/** Part 2: many endpoints on plain loopback, no latency proxy. */
async function loopbackThroughput(opts, cli, certs) {
  const { what, targets } = await loopbackTargets(opts, certs);
  // Every endpoint here is one machine: without this, the per-address cap (6) would set the pace.
  // (Builds from before the option existed had no per-address cap.)
  const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).stdout ?? '';
  const oneMachine = help.includes('--per-host-concurrency') ? ['--per-host-concurrency', '64'] : [];
  const endpoints = targets.map((t) => t.endpoint);
  const targetsFile = path.join(tmpDir, 'loopback-targets.txt');
  fs.writeFileSync(targetsFile, endpoints.join('\n') + '\n');
  const pairs = endpoints.length * VERSIONS.length;
  console.log(
    `\n${endpoints.length} endpoints × ${VERSIONS.length} versions = ${pairs} endpoint-versions on plain loopback ` + `(${what}):`,
  );

  await runTlsFloor(cli, endpoints, process.env, oneMachine); // warm-up
  const times = [];
  let wrong = 0;
  for (let run = 0; run < opts.runs; run++) {
    const r = await runTlsFloor(cli, endpoints, process.env, oneMachine);
    times.push(r.ms);
    const bad = targets.filter((t) => !same(r.found.get(t.endpoint)?.versions ?? ['?'], t.spec.versions));
    wrong += bad.length;
    if (bad.length > 0) {
      const t = bad[0];
      const got = r.found.get(t.endpoint);
      console.log(
        `  run ${run + 1}: ${bad.length} endpoint(s) wrong, e.g. ${t.endpoint} ${show(got?.versions)}${got?.note ? ` (${got.note})` : ''}, configured ${show(t.spec.versions)}`,
      );
    }
  }
  const scan = await runSslscan(targetsFile, certs.env);
  const scanWrong = targets.filter((t) => !same(scan.found.get(t.endpoint)?.versions ?? ['?'], t.spec.versions)).length;
  const m = median(times);
  console.log(
    `  tls-floor  ${secs(m)} median over ${opts.runs} runs (${((pairs / m) * 1000).toFixed(0)} endpoint-versions/s; runs: ${times.map(secs).join(', ')})`,
  );
  console.log(
    `             ${wrong === 0 ? 'every endpoint as configured in every run' : `${wrong} endpoint result(s) not as configured`}`,
  );
  console.log(
    `  sslscan    ${secs(scan.ms)} (one run, for scale; ${scanWrong === 0 ? 'every endpoint as configured' : `${scanWrong} endpoint(s) not as configured`})`,
  );
  return wrong > 0 ? 1 : 0;
}

function printTable(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.filter((r) => !r[5]?.startsWith('  ')).map((r) => r[c].length)));
  for (const r of rows) {
    if (r[5]?.startsWith('  ')) console.log(`${' '.repeat(4)}${r[5].trim()}`);
    else
      console.log(
        r
          .map((cell, c) => cell.padEnd(widths[c]))
          .join('  ')
          .trimEnd(),
      );
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const cli = path.resolve(root, process.env.TLS_FLOOR_CLI ?? 'dist/cli/index.js');
  requireTools(cli);
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-probe-bench-'));
  const certs = makeCertificates(tmpDir);
  const sslscanVersion = spawnSync('sslscan', ['--version', '--no-colour'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ').trim();
  const opensslVersion = spawnSync('openssl', ['version'], { encoding: 'utf8' }).stdout.trim();
  console.log(
    `tls-floor CLI ${path.relative(root, cli) || cli} on Node ${process.version}; sslscan ${sslscanVersion}; servers: ${opensslVersion}`,
  );
  console.log(
    `machine: ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n`,
  );

  let failed = opts.latency ? await latencyComparison(opts, cli, certs) : 0;
  await stopServers(); // the part-1 servers go before part 2 starts its own
  if (opts.loopback) failed += await loopbackThroughput(opts, cli, certs);
  return failed > 0 ? 1 : 0;
}

main().then(
  async (code) => {
    await cleanup();
    process.exit(code);
  },
  async (err) => {
    if (stopping) return; // interrupted: the signal handler reports and exits
    console.error(`probe-bench: ${err instanceof Error ? err.message : String(err)}`);
    await cleanup();
    process.exit(2);
  },
);
