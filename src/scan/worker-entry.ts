/**
 * Which file a scan worker thread starts, and whether this thread is one. By default the module
 * that asks (in a one-file bundle, the bundle); an entry that loads the rest of the bundle as
 * chunks names itself here first, because a chunk's own URL cannot be started as a worker. Kept
 * apart from scan/workers.ts so that an entry can ask without loading the scanner.
 */
import type * as WorkerThreads from 'node:worker_threads';
import { lazyBuiltin } from '../lazy-builtin.js';

/** The workerData key that marks a scan worker (scan/workers.ts). */
export const SCAN_WORKER_MARK = 'tlsFloorScanShare';

/**
 * The argument a scan worker is started with (Worker's `argv`, appended to its process.argv): a
 * test that needs no module, so that the main thread of every run does not load worker_threads
 * (~2 ms) only to learn that it is the main thread.
 */
export const SCAN_WORKER_ARG = '--tls-floor-scan-worker';

/** node:worker_threads, loaded on first use: by a worker, or by a scan large enough to start one. */
export const threads = lazyBuiltin<typeof WorkerThreads>('node:worker_threads');

/**
 * Whether this thread is a scan worker: an entry then loads only the scan (scan/workers.ts), not
 * the command line or the action around it. The argument alone could be typed on a command line:
 * the thread and its workerData decide.
 */
export function isScanWorker(argv: readonly string[] = process.argv): boolean {
  if (!argv.includes(SCAN_WORKER_ARG)) return false;
  const { isMainThread, workerData } = threads();
  return !isMainThread && (workerData as { [SCAN_WORKER_MARK]?: unknown } | undefined)?.[SCAN_WORKER_MARK] === true;
}

/** Whether this thread is a scan worker (the entries must then not run). */
export const IS_SCAN_WORKER = isScanWorker();

let entry: string | undefined;

export function setWorkerEntry(url: string): void {
  entry = url;
}

export function workerEntry(fallback: string): string {
  return entry ?? fallback;
}
