/**
 * Worker threads for large scans. A worker is the running bundle itself (dist/index.js or
 * dist/cli/index.js) started again with a marker in its workerData (scan/worker-entry.ts): the entry then loads
 * this module, which scans the share it was given and posts the result back. Unbundled
 * sources (tests) have no bundle to start, so they scan in one thread.
 */
import * as os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { Policy } from '../policy.js';
import type { RepositoryFacts } from './context.js';
import type { ShareResult, WorkerPool } from './scan.js';
import { IS_SCAN_WORKER, SCAN_WORKER_ARG, SCAN_WORKER_MARK as MARK, threads, workerEntry } from './worker-entry.js';

export { IS_SCAN_WORKER };

interface Share {
  /**
   * The paths joined by NUL (which no path holds): one string is copied to the thread in about a
   * millisecond, where an array of 46,000 strings kept this thread ~45 ms from its own share.
   */
  readonly files: string;
  /** Shared with the other threads (a SharedArrayBuffer is not copied): which chunk is next. */
  readonly cursor: Int32Array;
  readonly root: string;
  readonly maxFileSize: number;
  readonly includeDocs: boolean;
  readonly policy: Policy;
  readonly ruleIds: readonly string[];
  readonly facts?: RepositoryFacts;
}

/**
 * The pool for this process: one worker per spare core (at most 3), none on one core or when
 * running from sources. `TLS_FLOOR_WORKERS=N` overrides the count and scans even small trees in
 * parallel (tests use it to run the worker path).
 */
export function workerPool(env: NodeJS.ProcessEnv = process.env): WorkerPool | undefined {
  const url = workerEntry(import.meta.url);
  if (!url.startsWith('file:') || !url.endsWith('.js')) return undefined;
  const entry = fileURLToPath(url);
  const forced = env.TLS_FLOOR_WORKERS !== undefined && env.TLS_FLOOR_WORKERS !== '' ? Number(env.TLS_FLOOR_WORKERS) : undefined;
  const size = forced ?? Math.min(Math.max(os.availableParallelism() - 1, 0), 3);
  if (!Number.isInteger(size) || size <= 0) return undefined;
  // Workers load the bundle while this thread starts on the files: started early, given the list later.
  const idle: Worker[] = [];
  const live = new Set<Worker>();
  const start = (): Worker => {
    const worker = new (threads().Worker)(entry, { workerData: { [MARK]: true }, argv: [SCAN_WORKER_ARG] });
    live.add(worker);
    worker.once('exit', () => live.delete(worker));
    // An idle worker's failure is not lost: it leaves `live`, and the share goes to a new worker.
    worker.on('error', () => undefined);
    // Idle, it must not keep the process alive: an entry that fails before using it still ends.
    worker.unref();
    return worker;
  };
  return {
    size,
    threshold: forced !== undefined ? 0 : 4000,
    warm: () => {
      if (live.size === 0) for (let i = 0; i < size; i++) idle.push(start());
    },
    close: async () => {
      idle.length = 0;
      const all = [...live];
      live.clear();
      await Promise.allSettled(all.map((w) => w.terminate()));
    },
    run: (files, opts, cursor) =>
      new Promise<ShareResult>((resolve, reject) => {
        let worker = idle.pop();
        while (worker && !live.has(worker)) worker = idle.pop();
        worker ??= start();
        const share: Share = {
          files: files.join('\0'),
          cursor,
          root: opts.root,
          maxFileSize: opts.maxFileSize,
          includeDocs: opts.includeDocs ?? false,
          policy: opts.policy,
          ruleIds: opts.rules.map((r) => r.meta.id),
          facts: opts.facts,
        };
        // The first of an answer, an error or an exit settles the share; the worker is done then.
        let settled = false;
        const settle = (finish: () => void): void => {
          if (settled) return;
          settled = true;
          live.delete(worker);
          worker.unref();
          void worker.terminate();
          finish();
        };
        worker.once('message', (result: ShareResult) => settle(() => resolve(result)));
        worker.once('messageerror', (e) => settle(() => reject(e)));
        worker.once('error', (e) => settle(() => reject(e)));
        worker.once('exit', (code) => settle(() => reject(new Error(`scan worker exited with code ${code} before answering`))));
        // While it works for us, its answer is what the process waits for.
        worker.ref();
        worker.postMessage(share);
      }),
  };
}

if (IS_SCAN_WORKER) {
  // Loaded here, not at the top: the action's entry loads this module in every run that scans,
  // rules or not. A worker starts loading them at once, while the main thread is still listing.
  const loading = Promise.all([import('./rules/index.js'), import('./share.js')]);
  const { parentPort } = threads();
  parentPort!.once('message', async (share: Share) => {
    const [{ RULES }, { scanFiles }] = await loading;
    const ids = new Set(share.ruleIds);
    parentPort!.postMessage(
      scanFiles(
        share.files ? share.files.split('\0') : [],
        {
          root: share.root,
          maxFileSize: share.maxFileSize,
          includeDocs: share.includeDocs,
          policy: share.policy,
          rules: RULES.filter((r) => ids.has(r.meta.id)),
          facts: share.facts,
        },
        share.cursor,
      ),
    );
  });
}
