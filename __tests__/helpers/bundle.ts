/** Runs the committed action bundle as the runner does (Node 24 in CI through TLS_FLOOR_NODE), without blocking this process. */
import { spawn } from 'node:child_process';
import * as path from 'node:path';

export const ACTION_BUNDLE = path.resolve('dist/index.js');

export function runActionBundle(cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.env.TLS_FLOOR_NODE || process.execPath, [ACTION_BUNDLE], { cwd, env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (status) => resolve({ status, out }));
  });
}
