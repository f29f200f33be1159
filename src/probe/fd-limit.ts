/**
 * Every probe connection is a file descriptor. A runner's soft limit (`ulimit -n`) can be far
 * below the concurrency asked for (1024 is common, 256 on macOS, 64 in some containers), and
 * past it every connect fails with EMFILE. Node has no getrlimit, so on Linux the soft limit is
 * read from /proc/self/limits; elsewhere a conservative default stands in.
 */
import * as fs from 'node:fs';

export interface FdBudget {
  /** The soft RLIMIT_NOFILE (Infinity: unlimited), or undefined when it cannot be read. */
  readonly limit?: number;
  /** Descriptors open now (stdio, the event loop, worker pipes…), when known. */
  readonly open?: number;
}

/** What a system whose limit cannot be read is assumed to allow (macOS's default soft limit). */
export const ASSUMED_FD_LIMIT = 256;
/** Descriptors assumed open when they cannot be counted. */
const ASSUMED_OPEN = 32;
/** Kept free for everything else the process opens while probing (DNS, the report, stdio). */
export const FD_RESERVE = 16;

/** The soft limit from /proc/self/limits' "Max open files" line (Infinity when unlimited). */
export function parseSoftFdLimit(limits: string): number | undefined {
  const m = /^Max open files\s+(\d+|unlimited)\s/m.exec(limits);
  if (!m) return undefined;
  return m[1] === 'unlimited' ? Infinity : Number(m[1]);
}

/** This process's budget, from /proc on Linux; empty where /proc does not exist. */
export function readFdBudget(): FdBudget {
  let limit: number | undefined;
  let open: number | undefined;
  try {
    limit = parseSoftFdLimit(fs.readFileSync('/proc/self/limits', 'utf8'));
  } catch {
    // not Linux (or /proc not mounted): the default below applies
  }
  try {
    open = fs.readdirSync('/proc/self/fd').length;
  } catch {
    // the same
  }
  return { limit, open };
}

/**
 * The connections that may be open at once: what was asked for, but below the descriptor limit
 * with room for the rest of the process. Windows has no such limit on sockets.
 */
export function capByFds(requested: number, budget: FdBudget, platform: NodeJS.Platform = process.platform): number {
  if (budget.limit === undefined && platform === 'win32') return requested;
  const limit = budget.limit ?? ASSUMED_FD_LIMIT;
  const free = limit - (budget.open ?? ASSUMED_OPEN) - FD_RESERVE;
  return Math.max(1, Math.min(requested, free));
}

/** Error codes that mean this machine, not the server, ran out of descriptors. */
export function isFdExhaustion(code: string | undefined): boolean {
  return code === 'EMFILE' || code === 'ENFILE';
}
