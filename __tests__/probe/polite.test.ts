/**
 * The prober at scale, politely: connections counted on the wire (the small plain retry only
 * after an ambiguous refusal), a per-address cap with addresses taking turns, jittered retries,
 * and a global cap that fits the file-descriptor limit (EMFILE retried, never a raw error).
 * Every server is started here on 127.0.0.1/127.0.0.2; no name is ever resolved.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attempt, FD_EXHAUSTED_MESSAGE, type AttemptResult, type AttemptSpec } from '../../src/probe/attempt.js';
import { capByFds, FD_RESERVE, parseSoftFdLimit } from '../../src/probe/fd-limit.js';
import { ambiguousRefusal, FD_RETRIES, probe, type ProbeOptions, type Resolver } from '../../src/probe/prober.js';
import { scheduler } from '../../src/probe/schedule.js';
import type { Endpoint, EndpointResult, Outcome } from '../../src/probe/types.js';
import { VERSIONS, type Version } from '../../src/versions.js';
import { acceptsOnly, alert, chokesOnBigHellos, startResponder, type Respond, type Responder } from './responders.js';
import { startOpenssl, type OpensslOptions, type OpensslServer } from './servers.js';

const HOOK_MS = 60_000;
const noLookups: Resolver = (host) => Promise.reject(new Error(`the tests must not resolve ${host}`));

function endpoint(host: string, port: number): Endpoint {
  return { target: `${host}:${port}`, host, port, starttls: null };
}

function probeOne(host: string, port: number, opts: Partial<ProbeOptions> = {}): Promise<EndpointResult> {
  return probe([endpoint(host, port)], { timeoutMs: 4000, concurrency: 32, resolve: noLookups, ...opts }).then((r) => r[0]!);
}

/** A byte-for-byte relay that counts the connections it accepts (what the server behind it paid for). */
async function countingRelay(targetPort: number): Promise<{ port: number; connections(): number; close(): Promise<void> }> {
  let count = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer({ allowHalfOpen: true }, (client) => {
    count++;
    const upstream = net.connect({ host: '127.0.0.1', port: targetPort, allowHalfOpen: true });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    }
    client.on('error', () => upstream.resetAndDestroy());
    upstream.on('error', () => client.resetAndDestroy());
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0 }, resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------

describe('the small plain retry: only after an ambiguous refusal', () => {
  it.each<[string, Outcome, boolean]>([
    ['a hang-up', { kind: 'closed', reset: false }, true],
    ['a reset', { kind: 'closed', reset: true }, true],
    ['handshake_failure', { kind: 'rejected', alert: 40, alertName: 'handshake_failure' }, true],
    ['illegal_parameter', { kind: 'rejected', alert: 47, alertName: 'illegal_parameter' }, true],
    ['decode_error', { kind: 'rejected', alert: 50, alertName: 'decode_error' }, true],
    ['protocol_version', { kind: 'rejected', alert: 70, alertName: 'protocol_version' }, false],
    ['unrecognized_name', { kind: 'rejected', alert: 112, alertName: 'unrecognized_name' }, false],
    ['a ServerHello at a lower version', { kind: 'rejected', serverVersion: 'TLSv1.0' }, false],
    ['an acceptance', { kind: 'accepted', serverVersion: 'TLSv1.2' }, false],
  ])('%s → retry: %s', (_name, outcome, retry) => {
    expect(ambiguousRefusal(outcome)).toBe(retry);
  });

  /** Real s_server targets: every version answered decisively costs exactly one connection. */
  const CASES: readonly { name: string; opts: OpensslOptions; accepted: Version[] }[] = [
    // TLS 1.0 and 1.1 get protocol_version (70): final, no retry.
    { name: 'modern (TLS 1.2–1.3)', opts: { versions: { min: 'tls1_2', max: 'tls1_3' } }, accepted: ['TLSv1.2', 'TLSv1.3'] },
    // TLS 1.0–1.2 get protocol_version.
    { name: 'TLS 1.3 only', opts: { versions: 'tls1_3' }, accepted: ['TLSv1.3'] },
    // TLS 1.1 and 1.2 hellos get a TLS 1.0 ServerHello: a version-specific answer.
    { name: 'TLS 1.0 only', opts: { versions: 'tls1' }, accepted: ['TLSv1.0'] },
  ];
  const servers = new Map<string, OpensslServer>();
  beforeAll(async () => {
    await Promise.all(CASES.map(async (c) => servers.set(c.name, await startOpenssl({ ...c.opts, maxProcesses: 8 }))));
  }, HOOK_MS);
  afterAll(() => Promise.all([...servers.values()].map((s) => s.close())));

  it.each(CASES)('openssl s_server $name: one connection per version, accepted exactly as configured', async (c) => {
    const relay = await countingRelay(servers.get(c.name)!.port);
    try {
      const r = await probeOne('127.0.0.1', relay.port);
      expect(r.accepted).toEqual(c.accepted);
      expect(r.addresses[0]!.results.some((x) => x.retried)).toBe(false);
      expect(relay.connections()).toBe(VERSIONS.length);
    } finally {
      await relay.close();
    }
  });

  /** TLS 1.0 only, and it trips over big hellos with `big`: found by the plain retry, in two connections. */
  const intolerant =
    (big: Respond): Respond =>
    (hello) =>
      hello.bytes > 300 ? big(hello) : acceptsOnly(['TLSv1.0'])(hello);
  const running: Responder[] = [];
  afterAll(() => Promise.all(running.map((r) => r.close())));

  it.each<[string, Respond, boolean]>([
    ['hangs up', chokesOnBigHellos(300), true],
    ['answers handshake_failure', intolerant(() => ({ send: alert(40) })), true],
    ['answers decode_error', intolerant(() => ({ send: alert(50) })), true],
    ['answers illegal_parameter', intolerant(() => ({ send: alert(47) })), true],
    ['answers protocol_version (it means it: no retry)', intolerant(() => ({ send: alert(70) })), false],
  ])('a TLS 1.0 server that %s to big hellos', async (_name, respond, found) => {
    const server = await startResponder(respond);
    running.push(server);
    const r = await probeOne('127.0.0.1', server.port, { versions: ['TLSv1.0'] });
    if (found) {
      expect(r.accepted).toEqual(['TLSv1.0']);
      expect(r.addresses[0]!.results[0]).toMatchObject({ outcome: { kind: 'accepted', serverVersion: 'TLSv1.0' }, retried: true });
      expect(server.hellos).toHaveLength(2);
    } else {
      expect(r.accepted).toEqual([]);
      expect(server.hellos).toHaveLength(1);
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('the scheduler', () => {
  /** Starts tasks that finish only when told to; records the order in which they started. */
  function harness(global: number, perHost: number) {
    const s = scheduler({ global, perHost });
    const started: string[] = [];
    const finishers = new Map<string, () => void>();
    const add = (key: string, name: string) =>
      s.run(key, () => {
        started.push(name);
        return new Promise<void>((resolve) => finishers.set(name, resolve));
      });
    /** Lets the promise chains run: a finished task's slot passes to the next one. */
    const settle = async () => {
      for (let i = 0; i < 5; i++) await Promise.resolve();
    };
    const finish = async (name: string) => {
      finishers.get(name)!();
      await settle();
    };
    return { s, started, add, finish, settle };
  }

  it('never runs more than the per-address cap for one address, nor more than the global cap', async () => {
    const { s, started, add, finish, settle } = harness(3, 2);
    const all = ['a1', 'a2', 'a3', 'a4'].map((n) => add('a', n));
    await settle();
    expect(started).toEqual(['a1', 'a2']);
    all.push(add('b', 'b1'), add('b', 'b2'));
    await settle();
    expect(started).toEqual(['a1', 'a2', 'b1']);
    expect(s.running).toBe(3);
    for (const n of ['a1', 'a2', 'b1', 'a3', 'b2', 'a4']) await finish(n);
    await Promise.all(all);
    expect(s.running).toBe(0);
  });

  it('addresses take turns when a slot frees up, instead of first come, first served', async () => {
    const { started, add, finish, settle } = harness(2, 2);
    const all = [...['a1', 'a2', 'a3', 'a4'].map((n) => add('a', n)), ...['b1', 'b2'].map((n) => add('b', n))];
    await settle();
    expect(started).toEqual(['a1', 'a2']);
    for (const n of ['a1', 'a2', 'a3', 'b1', 'a4', 'b2']) await finish(n);
    await Promise.all(all);
    // FIFO would have been a1 a2 a3 a4 b1 b2: b waited for every attempt of a.
    expect(started).toEqual(['a1', 'a2', 'a3', 'b1', 'a4', 'b2']);
  });

  it('lower() shrinks the global cap, never below one', () => {
    const s = scheduler({ global: 8, perHost: 2 });
    s.lower(3);
    expect(s.limit).toBe(3);
    s.lower(0);
    expect(s.limit).toBe(1);
    s.lower(5);
    expect(s.limit).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------

/**
 * A server that serves one connection at a time (like one s_server process): connections are
 * accepted but wait, untouched, until the one before has closed; each is then relayed to `port`
 * after `holdMs`. Shares `stats` with its siblings so that several ports count as one host.
 */
interface HostStats {
  open: number;
  max: number;
}
async function oneAtATime(
  host: string,
  targetPort: number,
  stats: HostStats,
  onServe: () => void,
  holdMs: number,
): Promise<{ port: number; close(): Promise<void> }> {
  const queue: net.Socket[] = [];
  const sockets = new Set<net.Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let busy = false;
  const next = (): void => {
    if (busy) return;
    const client = queue.shift();
    if (!client) return;
    if (client.destroyed) return next();
    busy = true;
    const timer = setTimeout(() => {
      timers.delete(timer);
      onServe();
      const upstream = net.connect({ host: '127.0.0.1', port: targetPort });
      sockets.add(upstream);
      upstream.on('error', () => client.destroy());
      upstream.on('close', () => client.destroy());
      client.on('close', () => upstream.destroy());
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    }, holdMs);
    timers.add(timer);
    client.on('close', () => {
      busy = false;
      next();
    });
  };
  const server = net.createServer({ pauseOnConnect: true }, (client) => {
    sockets.add(client);
    stats.open++;
    stats.max = Math.max(stats.max, stats.open);
    client.on('error', () => undefined);
    client.on('close', () => {
      stats.open--;
      sockets.delete(client);
    });
    queue.push(client);
    next();
  });
  await new Promise<void>((resolve) => server.listen({ host, port: 0 }, resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('per-address cap and turns, on the wire', () => {
  const closers: (() => Promise<void>)[] = [];
  afterAll(() => Promise.all(closers.map((c) => c())));

  it('a slow one-connection-at-a-time host never sees more than the cap, and a second host is done long before it', async () => {
    const backend = await startResponder(acceptsOnly(['TLSv1.2']));
    closers.push(() => backend.close());
    const log: string[] = [];
    const slow: HostStats = { open: 0, max: 0 };
    // Three endpoints (ports) on one slow address, listed first; one on another address.
    const slowPorts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const gate = await oneAtATime('127.0.0.1', backend.port, slow, () => log.push('slow'), 15);
      closers.push(gate.close);
      slowPorts.push(gate.port);
    }
    const fast = await oneAtATime('127.0.0.2', backend.port, { open: 0, max: 0 }, () => log.push('fast'), 0);
    closers.push(fast.close);
    // Connections open at once per address, counted around the real attempt: the server's own
    // count lags (it hears of a close after the prober has already opened the next connection).
    const open = new Map<string, number>();
    const most = new Map<string, number>();
    const counted = async (spec: AttemptSpec): Promise<AttemptResult> => {
      open.set(spec.address, (open.get(spec.address) ?? 0) + 1);
      most.set(spec.address, Math.max(most.get(spec.address) ?? 0, open.get(spec.address)!));
      try {
        return await attempt(spec);
      } finally {
        open.set(spec.address, open.get(spec.address)! - 1);
      }
    };
    const results = await probe([...slowPorts.map((p) => endpoint('127.0.0.1', p)), endpoint('127.0.0.2', fast.port)], {
      timeoutMs: 4000,
      concurrency: 4,
      perHostConcurrency: 2,
      resolve: noLookups,
      attempt: counted,
    });
    for (const r of results) expect(r.accepted, JSON.stringify(r)).toEqual(['TLSv1.2']);
    // Never more than two at once at the slow host, and it was kept busy (two at a time, not one).
    expect(most.get('127.0.0.1')).toBe(2);
    expect(slow.max).toBeGreaterThanOrEqual(2);
    expect(log.filter((e) => e === 'slow')).toHaveLength(3 * VERSIONS.length);
    // The other host's six connections were all served before the slow one had served four of
    // its eighteen (first come, first served would have put them after fourteen).
    const fourthSlow = log.map((e, i) => [e, i] as const).filter(([e]) => e === 'slow')[3]![1];
    expect(log.lastIndexOf('fast'), log.join(' ')).toBeLessThan(fourthSlow);
  });
});

// ---------------------------------------------------------------------------------------------

describe('jitter before a timeout retry', () => {
  /** Every attempt times out at once; resolves with the pause before the retry, in ms. */
  async function pauseBeforeRetry(random: () => number, timeoutMs: number): Promise<number> {
    const at: number[] = [];
    const attempt = (): Promise<AttemptResult> => {
      at.push(performance.now());
      return Promise.resolve({ outcome: { kind: 'timeout', phase: 'reply' }, ms: timeoutMs });
    };
    await probe([endpoint('127.0.0.1', 1)], { timeoutMs, concurrency: 4, versions: ['TLSv1.2'], attempt, random, resolve: noLookups });
    expect(at).toHaveLength(2);
    return at[1]! - at[0]!;
  }

  it('is drawn from the injected random source, up to a quarter of the timeout', async () => {
    expect(await pauseBeforeRetry(() => 0, 400)).toBeLessThan(40);
    const pause = await pauseBeforeRetry(() => 0.99, 400);
    expect(pause).toBeGreaterThanOrEqual(95);
    expect(pause).toBeLessThan(200);
  });

  it('is bounded for long timeouts (at most 250 ms)', async () => {
    const pause = await pauseBeforeRetry(() => 0.99, 60_000);
    expect(pause).toBeGreaterThanOrEqual(240);
    expect(pause).toBeLessThan(450);
  });
});

// ---------------------------------------------------------------------------------------------

describe('file descriptors', () => {
  it('reads the soft limit from /proc/self/limits', () => {
    const limits = [
      'Limit                     Soft Limit           Hard Limit           Units     ',
      'Max processes             127431               127431               processes ',
      'Max open files            1024                 1048576              files     ',
    ].join('\n');
    expect(parseSoftFdLimit(limits)).toBe(1024);
    expect(parseSoftFdLimit(limits.replace('1024   ', 'unlimited'))).toBe(Infinity);
    expect(parseSoftFdLimit('nothing here')).toBeUndefined();
  });

  it('caps concurrency below the limit with room for the rest of the process', () => {
    expect(capByFds(64, { limit: 1024, open: 30 })).toBe(64);
    expect(capByFds(64, { limit: 64, open: 20 })).toBe(64 - 20 - FD_RESERVE);
    expect(capByFds(64, { limit: 40, open: 30 })).toBe(1);
    expect(capByFds(512, { limit: Infinity, open: 30 })).toBe(512);
    // Unknown: macOS's 256 is assumed; Windows has no such limit on sockets.
    expect(capByFds(512, {}, 'darwin')).toBeLessThan(256);
    expect(capByFds(512, {}, 'win32')).toBe(512);
  });

  it('an attempt that met a full descriptor table is tried again later, with fewer at once', async () => {
    const calls: AttemptSpec[] = [];
    let failures = 3;
    const attempt = (spec: AttemptSpec): Promise<AttemptResult> => {
      calls.push(spec);
      if (failures-- > 0)
        return Promise.resolve({
          outcome: { kind: 'error', error: { kind: 'other', message: FD_EXHAUSTED_MESSAGE } },
          ms: 0,
          fdExhausted: true,
        });
      return Promise.resolve({ outcome: { kind: 'accepted', serverVersion: spec.version }, ms: 1 });
    };
    const [r] = await probe([endpoint('127.0.0.1', 1)], {
      timeoutMs: 1000,
      concurrency: 4,
      versions: ['TLSv1.2'],
      attempt,
      resolve: noLookups,
    });
    expect(r!.accepted).toEqual(['TLSv1.2']);
    expect(calls).toHaveLength(4);
  });

  it('one that keeps meeting it ends, after a bounded number of tries, with one clear message', async () => {
    let calls = 0;
    const attempt = (): Promise<AttemptResult> => {
      calls++;
      return Promise.resolve({
        outcome: { kind: 'error', error: { kind: 'other', message: FD_EXHAUSTED_MESSAGE } },
        ms: 0,
        fdExhausted: true,
      });
    };
    const [r] = await probe([endpoint('127.0.0.1', 1)], {
      timeoutMs: 1000,
      concurrency: 4,
      versions: ['TLSv1.2'],
      attempt,
      resolve: noLookups,
    });
    expect(calls).toBe(FD_RETRIES);
    expect(r!.error).toEqual({ kind: 'other', message: FD_EXHAUSTED_MESSAGE });
  });
});

/**
 * The real thing: a Node process whose descriptor limit is 64 (`prlimit --nofile=64`) probes 40
 * loopback endpoints (240 connections, concurrency 64 asked for). The prober is bundled first
 * (rolldown, which the test tooling already has) because the child runs plain JavaScript.
 */
const prlimit = spawnSync('prlimit', ['--version']).status === 0;
describe.skipIf(!prlimit)('under `prlimit --nofile=64`', () => {
  let dir: string;
  const servers: Responder[] = [];
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-fd-'));
    const src = path.resolve(import.meta.dirname, '../../src/probe');
    await build({
      input: { prober: path.join(src, 'prober.ts'), attempt: path.join(src, 'attempt.ts') },
      platform: 'node',
      logLevel: 'silent',
      output: { dir, format: 'esm', entryFileNames: '[name].mjs' },
    });
    for (let i = 0; i < 40; i++) servers.push(await startResponder(acceptsOnly(['TLSv1.2', 'TLSv1.3'])));
  }, HOOK_MS);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /**
   * Runs `script` (an ES module in `dir`, given the ports as JSON) at the limit; resolves with its
   * JSON output. Asynchronously: the servers it probes live in this process.
   */
  async function runLimited(script: string): Promise<unknown> {
    fs.writeFileSync(path.join(dir, 'child.mjs'), script);
    const ports = JSON.stringify(servers.map((s) => s.port));
    const child = spawn('prlimit', ['--nofile=64', process.execPath, path.join(dir, 'child.mjs'), ports], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 30_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, stderr).toBe(0);
    return JSON.parse(stdout);
  }

  const COMMON = `
import * as fs from 'node:fs';
import { probe } from './prober.mjs';
const ports = JSON.parse(process.argv[2]);
const endpoints = ports.map((port) => ({ target: '127.0.0.1:' + port, host: '127.0.0.1', port, starttls: null }));
const summary = (results) => results.map((r) => ({
  accepted: r.accepted,
  errors: r.addresses.flatMap((a) => a.results).filter((x) => x.outcome.kind === 'error').map((x) => x.outcome.error.message),
}));
const limit = fs.readFileSync('/proc/self/limits', 'utf8').match(/Max open files\\s+(\\d+)/)[1];
`;

  it('asks for 64 at once, gets what fits: every endpoint answered, no EMFILE', async () => {
    const out = (await runLimited(`${COMMON}
import { attempt } from './attempt.mjs';
// Counts the connects that met a full table: with the cap there are none to retry.
let exhausted = 0;
const counted = (spec) => attempt(spec).then((r) => { if (r.fdExhausted) exhausted++; return r; });
const results = await probe(endpoints, { timeoutMs: 10000, concurrency: 64, perHostConcurrency: 64, attempt: counted });
console.log(JSON.stringify({ limit, exhausted, results: summary(results) }));
`)) as { limit: string; exhausted: number; results: { accepted: Version[]; errors: string[] }[] };
    expect(out.limit).toBe('64');
    expect(out.exhausted).toBe(0);
    expect(out.results).toHaveLength(40);
    for (const r of out.results) expect(r).toEqual({ accepted: ['TLSv1.2', 'TLSv1.3'], errors: [] });
  });

  it('EMFILE in a connect (descriptors taken by something else meanwhile) is retried later, not an answer', async () => {
    const out = (await runLimited(`${COMMON}
import { attempt } from './attempt.mjs';
// Fill the table to the brim, so that every connect fails with EMFILE.
const held = [];
for (;;) { try { held.push(fs.openSync('/dev/null', 'r')); } catch { break; } }
const direct = await attempt({ address: '127.0.0.1', family: 4, port: ports[0], version: 'TLSv1.2', starttls: null, timeoutMs: 2000 });
// The probe starts with a table that is full (it is told there is room), and gets room 60 ms later.
setTimeout(() => { for (const fd of held.splice(0)) fs.closeSync(fd); }, 60);
const results = await probe(endpoints.slice(0, 4), { timeoutMs: 10000, concurrency: 64, perHostConcurrency: 64, fdBudget: { limit: 100000, open: 0 } });
console.log(JSON.stringify({ direct, results: summary(results) }));
`)) as { direct: AttemptResult; results: { accepted: Version[]; errors: string[] }[] };
    expect(out.direct).toMatchObject({
      outcome: { kind: 'error', error: { kind: 'other', message: FD_EXHAUSTED_MESSAGE } },
      fdExhausted: true,
    });
    for (const r of out.results) expect(r).toEqual({ accepted: ['TLSv1.2', 'TLSv1.3'], errors: [] });
  });
});
