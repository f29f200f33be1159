#!/usr/bin/env node
/**
 * The CLI bundle's entry. It answers `--version` and `--help` before anything else loads (not even
 * node:worker_threads: a scan worker, which starts this file too, has no arguments, so it never
 * takes those branches), turns on Node's module compile cache where Node has one (≥ 22.1: later
 * runs skip compiling the bundle), records which file scan workers must start, and only then loads
 * the CLI (a separate chunk of the bundle).
 */
import { writeSync } from 'node:fs';
import { COMMANDS, helpText, type Command } from './cli-help.js';
import { TOOL_VERSION } from './version.js';

/**
 * Writes to fd 1 directly: `process.stdout` is built on first use, and for a pipe that loads the
 * net and stream modules — a third of what `--version` would cost. What the descriptor refuses (a
 * full non-blocking pipe) goes through `process.stdout`, as before.
 */
function print(text: string): void {
  const bytes = Buffer.from(text);
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written);
  } catch {
    process.stdout.write(bytes.subarray(written));
  }
}

const args = process.argv.slice(2);
const isHelp = (a: string | undefined): boolean => a === '--help' || a === '-h';
const command = COMMANDS.find((c) => c === args[0]) as Command | undefined;
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  print(`${TOOL_VERSION}\n`);
} else if ((args.length === 1 && isHelp(args[0])) || (args.length === 2 && command && isHelp(args[1]))) {
  print(`${helpText(args.length === 2 ? command : undefined)}\n`);
} else {
  // Not awaited: a module without top-level await is evaluated without the bundler's async wrapper.
  void (async () => {
    const { isScanWorker, setWorkerEntry } = await import('./scan/worker-entry.js');
    // A scan worker scans its share: the command line (and the probe, the reports) would only cost it time.
    if (isScanWorker()) {
      await import('./scan/workers.js');
      return;
    }
    const module = (await import('node:module')) as { enableCompileCache?: () => unknown };
    module.enableCompileCache?.();
    // Inside a chunk `import.meta.url` names the chunk, which cannot be started as a worker.
    setWorkerEntry(import.meta.url);
    await import('./cli.js');
  })();
}
