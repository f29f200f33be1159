import { isMainThread, workerData } from 'node:worker_threads';

/** The mark a scan worker's workerData carries (scan/workers.ts sets it). */
export const SCAN_WORKER_MARK = 'tlsFloorScanShare';

/**
 * Whether this thread is a scan worker: an entry then loads only the scan (scan/workers.ts), not
 * the command line or the action around it.
 */
export function isScanWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | undefined)?.[SCAN_WORKER_MARK] === true;
}

/**
 * Which file a scan worker thread starts. By default the module that asks (in a one-file bundle,
 * the bundle); an entry that loads the rest of the bundle as chunks names itself here first,
 * because a chunk's own URL cannot be started as a worker.
 */
let entry: string | undefined;

export function setWorkerEntry(url: string): void {
  entry = url;
}

export function workerEntry(fallback: string): string {
  return entry ?? fallback;
}
