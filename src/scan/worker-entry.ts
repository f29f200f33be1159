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
