/**
 * Who gets the next connection: at most `global` attempts at once over everything and at most
 * `perHost` at once per address, and when a slot frees up the addresses take turns
 * (round-robin) instead of the oldest attempt going first. A FIFO over all attempts lets one
 * slow host with many endpoints fill every slot and hold back every other host; a per-address
 * cap keeps a server that serves one connection at a time busy without hammering it.
 */
/** Connections at once to one address unless the settings say otherwise. */
export const DEFAULT_PER_HOST_CONCURRENCY = 6;

export interface Scheduler {
  /** Runs `task` when both caps allow it; `key` is the address it connects to. */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Lowers the global cap (never below 1): the system ran out of something per connection. */
  lower(to: number): void;
  /** The global cap now. */
  readonly limit: number;
  /** Attempts running now. */
  readonly running: number;
}

interface Host {
  running: number;
  readonly waiting: (() => void)[];
}

export function scheduler(opts: { readonly global: number; readonly perHost: number }): Scheduler {
  let limit = Math.max(1, opts.global);
  const perHost = Math.max(1, opts.perHost);
  let running = 0;
  const hosts = new Map<string, Host>();
  /** Addresses with attempts waiting, in turn order; an address is in it at most once. */
  const turns: string[] = [];

  const pump = (): void => {
    while (running < limit && turns.length > 0) {
      // The first address in turn order that is under its own cap; the ones at their cap keep
      // their place in line.
      const i = turns.findIndex((key) => hosts.get(key)!.running < perHost);
      if (i < 0) return;
      const key = turns.splice(i, 1)[0]!;
      const host = hosts.get(key)!;
      const start = host.waiting.shift()!;
      // Back of the line: every other address with work waiting goes before its next attempt.
      if (host.waiting.length > 0) turns.push(key);
      host.running++;
      running++;
      start();
    }
  };

  return {
    async run(key, task) {
      let host = hosts.get(key);
      if (!host) hosts.set(key, (host = { running: 0, waiting: [] }));
      const h = host;
      await new Promise<void>((resolve) => {
        if (h.waiting.length === 0) turns.push(key);
        h.waiting.push(resolve);
        pump();
      });
      try {
        return await task();
      } finally {
        h.running--;
        running--;
        if (h.running === 0 && h.waiting.length === 0) hosts.delete(key);
        pump();
      }
    },
    lower(to) {
      limit = Math.max(1, Math.min(limit, to));
    },
    get limit() {
      return limit;
    },
    get running() {
      return running;
    },
  };
}
