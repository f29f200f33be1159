#!/usr/bin/env node
/**
 * The CLI bundle's entry. It answers `--version` and `--help` before anything else loads, turns on Node's
 * module compile cache where Node has one (≥ 22.1: later runs skip compiling the bundle), records
 * which file scan workers must start, and only then loads the CLI (a separate chunk of the bundle).
 */
import * as module from 'node:module';
import { isMainThread } from 'node:worker_threads';
import { COMMANDS, helpText, type Command } from './cli-help.js';
import { isScanWorker, setWorkerEntry } from './scan/worker-entry.js';
import { TOOL_VERSION } from './version.js';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const args = process.argv.slice(2);
const isHelp = (a: string | undefined): boolean => a === '--help' || a === '-h';
const command = COMMANDS.find((c) => c === args[0]) as Command | undefined;
if (isMainThread && args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${TOOL_VERSION}\n`);
} else if (isMainThread && ((args.length === 1 && isHelp(args[0])) || (args.length === 2 && command && isHelp(args[1])))) {
  process.stdout.write(`${helpText(args.length === 2 ? command : undefined)}\n`);
} else if (isScanWorker()) {
  // A scan worker scans its share: the command line (and the probe, the reports) would only cost it time.
  await import('./scan/workers.js');
} else {
  // Inside a chunk `import.meta.url` names the chunk, which cannot be started as a worker.
  setWorkerEntry(import.meta.url);
  await import('./cli.js');
}
