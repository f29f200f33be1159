/**
 * A built-in module loaded on first use. Some cost milliseconds of every start to load
 * (node:child_process, node:net and node:worker_threads bring streams and sockets with them), and a
 * run that never calls them — an empty workspace outside git, settings without endpoints, a scan
 * too small for threads — should not pay for them. A static import is evaluated when its importer
 * is; a `require` made here only when the returned function is first called.
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

export function lazyBuiltin<T>(name: `node:${string}`): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(name) as T);
}
