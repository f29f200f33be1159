#!/usr/bin/env node
/**
 * Cold-start benchmark (not a test): `node -e 0`, the CLI's `--version` and the action on an empty
 * workspace, run in alternation so that a noisy machine slows all three alike. Prints each one's
 * median wall time and its ratio to `node -e 0` (targets: --version <= 1.3x, action <= 2.4x).
 * Usage: node bench/startup-bench.mjs [--runs N] [--dist DIR] (DIR: a built dist/, default ours)
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const RUNS = Number(opt('runs', '20'));
const here = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.resolve(opt('dist', path.join(here, '../dist')));
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`startup-bench: --runs ${JSON.stringify(opt('runs'))}: expected a positive whole number`);
  process.exit(2);
}

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-startup-'));
const output = path.join(workspace, '..', `${path.basename(workspace)}-output`);
const actionEnv = {
  PATH: process.env.PATH,
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: workspace,
  GITHUB_OUTPUT: output,
  INPUT_SCAN: 'true',
};

const cases = [
  { name: 'node -e 0', argv: ['-e', '0'], env: { PATH: process.env.PATH } },
  { name: 'tls-floor --version', argv: [path.join(DIST, 'cli/index.js'), '--version'], env: { PATH: process.env.PATH } },
  { name: 'action, empty workspace', argv: [path.join(DIST, 'index.js')], env: actionEnv },
];

const times = cases.map(() => []);
for (let i = 0; i < RUNS + 1; i++) {
  cases.forEach((c, k) => {
    fs.writeFileSync(output, '');
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, c.argv, { env: c.env, cwd: workspace, stdio: ['ignore', 'pipe', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (r.status !== 0) {
      console.error(`${c.name} exited with ${r.status}: ${r.stderr}`);
      process.exit(1);
    }
    if (i > 0) times[k].push(ms); // the first round warms the file cache
  });
}
fs.rmSync(workspace, { recursive: true, force: true });
fs.rmSync(output, { force: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(times[0]);
console.log(`node ${process.version}, ${DIST}, ${RUNS} alternating runs`);
cases.forEach((c, k) => {
  const m = median(times[k]);
  console.log(`${c.name.padEnd(24)} median ${m.toFixed(1).padStart(7)} ms  ${(m / base).toFixed(2)}x node -e 0`);
});
