/**
 * Splitting the work of one run across the jobs of a GitHub `strategy.matrix`: `shard: 2/8` takes
 * the endpoints (and files) whose stable hash falls in the second of eight buckets. The hash of an
 * item's identity, not its position, decides: every item lands in exactly one shard whatever the
 * order or the other items of the list, and in the same one every night.
 */
import type * as Crypto from 'node:crypto';
import { ConfigurationError } from './errors.js';
import { lazyBuiltin } from './lazy-builtin.js';
import type { Endpoint } from './probe/types.js';

/** Loaded by the first sharded run's first key (node:crypto costs ~3 ms of every start). */
const crypto = lazyBuiltin<typeof Crypto>('node:crypto');

export interface Shard {
  /** 1-based, as a matrix lists them. */
  readonly index: number;
  readonly count: number;
}

export const MAX_SHARDS = 256;

/** `i/n` with 1 ≤ i ≤ n ≤ 256; a one-line error naming the setting otherwise. */
export function parseShard(value: string, where: string): Shard {
  const m = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    throw new ConfigurationError(
      `${where}: "${shown}" is not a shard; expected i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS} (e.g. \${{ matrix.shard }}/4)`,
    );
  }
  return { index, count };
}

/** The bucket (0-based) of a key among `count`. */
export function bucketOf(key: string, count: number): number {
  return crypto().createHash('sha256').update(key).digest().readUInt32BE(0) % count;
}

export function inShard(key: string, shard: Shard | undefined): boolean {
  return !shard || bucketOf(key, shard.count) === shard.index - 1;
}

/** An endpoint's identity for sharding: what is probed, not how it was spelled or named. */
export function endpointKey(e: Pick<Endpoint, 'starttls' | 'host' | 'port' | 'sni'>): string {
  return `${e.starttls ?? 'tls'}|${e.host.toLowerCase()}|${e.port}|${e.sni?.toLowerCase() ?? ''}`;
}
