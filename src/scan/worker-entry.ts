/**
 * Which file a scan worker thread starts, and whether this thread is one. By default the module
 * that asks (in a one-file bundle, the bundle); an entry that loads the rest of the bundle as
 * chunks names itself here first, because a chunk's own URL cannot be started as a worker. Kept
 * apart from scan/workers.ts so that an entry can ask without loading the scanner.
 */
import { isMainThread, workerData } from 'node:worker_threads';

/** The workerData key that marks a scan worker (scan/workers.ts). */
export const SCAN_WORKER_MARK = 'tlsFloorScanShare';

/**
 * Whether this thread is a scan worker: an entry then loads only the scan (scan/workers.ts), not
 * the command line or the action around it.
 */
export function isScanWorker(): boolean {
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
