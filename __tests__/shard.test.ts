/** Sharding: every item in exactly one shard, stable across runs and input order; `i/n` parsing. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ConfigurationError } from '../src/errors.js';
import { bucketOf, endpointKey, inShard, parseShard } from '../src/shard.js';

describe('parseShard', () => {
  test.each([
    ['1/4', { index: 1, count: 4 }],
    [' 4 / 4 ', { index: 4, count: 4 }],
    ['1/1', { index: 1, count: 1 }],
  ])('%s', (v, want) => expect(parseShard(v, 'shard')).toEqual(want));
  test.each(['0/4', '5/4', '4', '1/0', '1/257', '-1/4', 'a/b', '1.5/4', '', `${'9'.repeat(5000)}/2`])('rejects %j in one line', (v) => {
    expect(() => parseShard(v, 'shard')).toThrow(ConfigurationError);
    try {
      parseShard(v, 'shard');
    } catch (e) {
      expect((e as Error).message).toMatch(/^shard: ".{0,41}" is not a shard; expected i\/n/);
    }
  });
});

describe('shards', () => {
  test('every key lands in exactly one of n shards, whatever the order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 200 }), fc.integer({ min: 1, max: 16 }), (keys, n) => {
        const seen = new Map<string, number>();
        for (let i = 1; i <= n; i++)
          for (const k of [...keys].reverse()) if (inShard(k, { index: i, count: n })) seen.set(k, (seen.get(k) ?? 0) + 1);
        expect(keys.every((k) => seen.get(k) === 1)).toBe(true);
      }),
    );
  });
  test('buckets are stable (a fixed key always hashes the same) and spread evenly', () => {
    expect(bucketOf('tls|mail.example.com|465|', 8)).toBe(bucketOf('tls|mail.example.com|465|', 8));
    expect([bucketOf('a', 1000), bucketOf('b', 1000)]).toEqual([bucketOf('a', 1000), bucketOf('b', 1000)]);
    const counts = new Array(8).fill(0);
    for (let i = 0; i < 10_000; i++) counts[bucketOf(`tls|host${i}.test|443|`, 8)]++;
    for (const c of counts) expect(c).toBeGreaterThan(1100); // 1,250 expected per shard
  });
  test('an endpoint is identified by what is probed, not by its spelling or name', () => {
    const a = { target: 'https://Mail.Test', host: 'Mail.Test', port: 443, starttls: null, sni: 'Mail.Test', name: 'one' } as const;
    const b = { target: 'mail.test:443', host: 'mail.test', port: 443, starttls: null, sni: 'mail.test' } as const;
    expect(endpointKey(a)).toBe(endpointKey(b));
    expect(endpointKey({ ...b, starttls: 'smtp' })).not.toBe(endpointKey(b));
    expect(endpointKey({ ...b, port: 8443 })).not.toBe(endpointKey(b));
  });
  test('no shard keeps everything', () => expect(inShard('x', undefined)).toBe(true));
});
