#!/usr/bin/env node
/**
 * Scan benchmark (not a test): the bundled CLI against ripgrep with one union regex of TLS
 * keywords, in alternating runs, on a generated 40,000-file git repository or on a real tree given
 * with --tree (a checkout of a pinned commit, e.g. hashicorp/terraform-provider-azurerm: the bench
 * prints the tree's commit; it never copies the files). Prints the medians, the ratio and the
 * CLI's peak RSS. With --repo owner/name --commit SHA the bench records where the real tree comes
 * from (printed with the results, and checked against the tree's HEAD), so a figure can be
 * reproduced from a fresh clone of that commit.
 * Usage: node bench/scan-bench.mjs [--files N] [--runs N] [--tree DIR [--repo OWNER/NAME --commit SHA]]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (typeof dflt === 'number' ? Number(args[i + 1]) : args[i + 1]) : dflt;
};
const REAL_TREE = opt('tree', '');
const FILES = opt('files', 40_000);
const RUNS = opt('runs', 5);
const REPO = opt('repo', '');
const COMMIT = opt('commit', '');
if (REPO && !/^[\w.-]+\/[\w.-]+$/.test(REPO)) usage(`--repo ${JSON.stringify(REPO)}: expected owner/name`);
if (COMMIT && !/^[0-9a-f]{7,40}$/i.test(COMMIT)) usage(`--commit ${JSON.stringify(COMMIT)}: expected a commit hash`);
if ((REPO || COMMIT) && !REAL_TREE) usage('--repo and --commit describe a real tree: give it with --tree DIR');

function usage(message) {
  console.error(`scan-bench: ${message}`);
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.resolve(here, '../dist/cli/index.js');
const TREE = REAL_TREE ? path.resolve(REAL_TREE) : path.join(os.tmpdir(), `tls-floor-bench-${FILES}`);
/**
 * ripgrep's pattern: one case-insensitive union of the very keywords tls-floor's prefilter uses
 * (from `tls-floor rules --format json`), so both tools look for the same words.
 */
function rgPattern() {
  const rules = JSON.parse(execFileSync(process.execPath, [CLI, 'rules', '--format', 'json'], { encoding: 'utf8' }));
  const alternatives = new Set(rules.flatMap((r) => r.keywords.split('|')).map((k) => k.replace(/\\\//g, '/')));
  return `(?i)${[...alternatives].join('|')}`;
}

/** A small deterministic PRNG, so every run benchmarks the same tree. */
function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const WORDS =
  'const let var function return import export class interface type if else for while switch case break value name data config server client request response error result handler options default string number boolean list map set get put post delete update create read write open close start stop'.split(
    ' ',
  );
const KINDS = [
  ['src', 'ts', 30],
  ['src', 'js', 12],
  ['app', 'py', 12],
  ['pkg', 'go', 10],
  ['svc', 'cs', 8],
  ['lib', 'java', 8],
  ['deploy', 'yaml', 8],
  ['conf', 'conf', 3],
  ['data', 'json', 5],
  ['docs', 'md', 3],
  ['infra', 'tf', 1],
];
const LEGACY = {
  ts: "const agent = new https.Agent({ minVersion: 'TLSv1' });",
  js: "tls.connect({ host, port, secureProtocol: 'TLSv1_method' });",
  py: 'ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)',
  go: 'cfg := &tls.Config{MinVersion: tls.VersionTLS10}',
  cs: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls;',
  java: 'SSLContext ctx = SSLContext.getInstance("TLSv1");',
  yaml: 'ssl-protocols: "TLSv1 TLSv1.1 TLSv1.2"',
  conf: 'ssl_protocols TLSv1 TLSv1.1 TLSv1.2;',
  json: '{"minimumTlsVersion": "TLS1_0"}',
  md: 'ssl_protocols TLSv1;',
  tf: 'min_tls_version = "TLS1_0"',
};
const SAFE = { ts: "minVersion: 'TLSv1.2'", py: 'ctx.minimum_version = ssl.TLSVersion.TLSv1_2', conf: 'ssl_protocols TLSv1.2 TLSv1.3;' };

function generate() {
  if (fs.existsSync(path.join(TREE, '.done'))) return;
  fs.rmSync(TREE, { recursive: true, force: true });
  const rand = rng(42);
  const total = KINDS.reduce((n, k) => n + k[2], 0);
  let legacy = 0;
  for (let i = 0; i < FILES; i++) {
    let pick = rand() * total;
    const [dir, ext] = KINDS.find((k) => (pick -= k[2]) < 0) ?? KINDS[0];
    const rel = path.join(dir, `m${i % 97}`, `d${i % 13}`, `file${i}.${ext}`);
    const lines = [];
    const n = 20 + Math.floor(rand() * 180);
    for (let l = 0; l < n; l++) {
      const w = Array.from({ length: 3 + Math.floor(rand() * 9) }, () => WORDS[Math.floor(rand() * WORDS.length)]);
      lines.push(`  ${w.join(' ')};`);
    }
    const r = rand();
    if (r < 0.002 && LEGACY[ext]) {
      lines.splice(Math.floor(n / 2), 0, LEGACY[ext]);
      legacy++;
    } else if (r < 0.01 && SAFE[ext]) lines.splice(1, 0, SAFE[ext]);
    fs.mkdirSync(path.join(TREE, path.dirname(rel)), { recursive: true });
    fs.writeFileSync(path.join(TREE, rel), `${lines.join('\n')}\n`);
  }
  fs.writeFileSync(path.join(TREE, '.gitignore'), 'node_modules/\n');
  execFileSync('git', ['init', '-q'], { cwd: TREE });
  execFileSync('git', ['add', '-A'], { cwd: TREE });
  execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@example.invalid', 'commit', '-qm', 'tree'], { cwd: TREE });
  fs.writeFileSync(path.join(TREE, '.done'), String(legacy));
}

function timed(cmd, argv) {
  const t = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...argv], { cwd: TREE, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const rssKb = Number(r.stderr.trim().split('\n').pop());
  return { ms, rssMb: rssKb / 1024, status: r.status, stdout: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!fs.existsSync(CLI)) throw new Error(`build the CLI first: ${CLI} is missing (npm run build)`);
try {
  execFileSync('rg', ['--version'], { stdio: 'ignore' });
} catch {
  console.error('ripgrep is needed as the reference: apt-get install -y ripgrep');
  process.exit(2);
}
const RG_PATTERN = rgPattern();
if (!REAL_TREE) generate();
const planted = REAL_TREE ? 0 : Number(fs.readFileSync(path.join(TREE, '.done'), 'utf8'));
const listed = execFileSync('git', ['ls-files'], { cwd: TREE, maxBuffer: 1 << 28, encoding: 'utf8' }).split('\n').length - 1;
const ours = [];
const theirs = [];
let rss = 0;
let found = 0;
for (let i = 0; i < RUNS; i++) {
  const a = timed(process.execPath, [CLI, 'scan', '.', '--format', 'json', '--no-fail']);
  if (a.status !== 0) throw new Error(`tls-floor exited ${a.status}`);
  found = JSON.parse(a.stdout).findings.length;
  ours.push(a.ms);
  rss = Math.max(rss, a.rssMb);
  const b = timed('rg', ['-c', '--no-messages', RG_PATTERN, '.']);
  theirs.push(b.ms);
}
const mo = median(ours);
const mr = median(theirs);
if (REAL_TREE) {
  const head = (a) => execFileSync('git', a, { cwd: TREE, encoding: 'utf8' }).trim();
  let origin;
  try {
    origin = head(['config', '--get', 'remote.origin.url']);
  } catch {
    origin = '(no origin)';
  }
  console.log(`tree: ${TREE}, ${listed} files, ${origin} at ${head(['log', '-1', '--format=%H %s'])}; ${found} findings`);
  if (REPO || COMMIT) {
    console.log(`upstream: https://github.com/${REPO || '(repository not given)'} at ${COMMIT || '(commit not given)'}`);
    const actual = head(['rev-parse', 'HEAD']);
    if (COMMIT && !actual.toLowerCase().startsWith(COMMIT.toLowerCase()))
      console.log(`warning: the tree's HEAD is ${actual}, not the given commit ${COMMIT}`);
  }
} else {
  console.log(
    `tree: ${FILES} files at ${TREE} (${planted} planted legacy settings, ${found} findings; documentation files are skipped by design)`,
  );
}
console.log(`tls-floor scan: median ${mo.toFixed(0)} ms over ${RUNS} runs, peak RSS ${rss.toFixed(0)} MB`);
console.log(`rg, one union regex of the rules' ${RG_PATTERN.split('|').length} keywords: median ${mr.toFixed(0)} ms over ${RUNS} runs`);
console.log(`ratio tls-floor / rg: ${(mo / mr).toFixed(2)}x  (target: <= 2.5x, RSS < 300 MB)`);
