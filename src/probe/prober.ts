/**
 * The fan-out: resolve every endpoint (A and AAAA), then ask every address about every version,
 * under a global concurrency cap (kept below the file-descriptor limit) and a per-address cap,
 * with the addresses taking turns (schedule.ts). A timeout is retried once, after a small random
 * pause (a silent host costs about two timeouts, not minutes). An ambiguous refusal of
 * TLS 1.0–1.2 — a hang-up, or an alert that can be about the hello's shape rather than its
 * version — is retried once with a small plain hello, because some servers choke on big hellos
 * and would otherwise look safer than they are; a version-specific answer (protocol_version, a
 * ServerHello at a lower version) is final and costs one connection.
 */
import * as dns from 'node:dns/promises';
import { isIP } from 'node:net';
import { VERSIONS, type Version } from '../versions.js';
import { attempt, type AttemptResult, type AttemptSpec } from './attempt.js';
import { capByFds, readFdBudget, type FdBudget } from './fd-limit.js';
import { DEFAULT_PER_HOST_CONCURRENCY, scheduler } from './schedule.js';
import type { AddressResult, Endpoint, EndpointResult, Outcome, ProbeError, VersionResult } from './types.js';

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Host name → addresses. Injected so that tests never resolve real names. */
export type Resolver = (host: string) => Promise<readonly ResolvedAddress[]>;

export const systemResolver: Resolver = async (host) => {
  const found = await dns.lookup(host, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export interface ProbeOptions {
  readonly timeoutMs: number;
  /** Connections at once over everything (lowered to fit the file-descriptor limit). */
  readonly concurrency: number;
  /** Connections at once to one address (default DEFAULT_PER_HOST_CONCURRENCY). */
  readonly perHostConcurrency?: number;
  readonly resolve?: Resolver;
  readonly versions?: readonly Version[];
  /** Replaces the network attempt (tests of the fan-out logic only). */
  readonly attempt?: (spec: AttemptSpec) => Promise<AttemptResult>;
  /** Uniform in [0, 1): the retry pauses' jitter (tests pass a fixed one). */
  readonly random?: () => number;
  /** The descriptor limit and use (tests pass one; default: this process's, from /proc). */
  readonly fdBudget?: FdBudget;
}

/** The longest pause before a timeout retry (less for short timeouts: a quarter of the timeout). */
export const MAX_RETRY_JITTER_MS = 250;
/** Tries of one attempt that keeps meeting a full descriptor table before it is given up. */
export const FD_RETRIES = 8;

const LATE = Symbol('late');

/**
 * The resolver's answer, or LATE once `ms` have passed: getaddrinfo cannot be cancelled
 * and a slow name server can hold it for tens of seconds, far past the probe's own timeout.
 */
function withinTime<T>(work: Promise<T>, ms: number): Promise<T | typeof LATE> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => resolve(LATE), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** More addresses than any real service publishes for one name (DNS over UDP fits about 30). */
export const MAX_ADDRESSES = 64;

const RETRY_PLAIN: ReadonlySet<Version> = new Set(['TLSv1.0', 'TLSv1.1', 'TLSv1.2']);

/**
 * Alerts that can be about the hello rather than the version: handshake_failure (40, also
 * what servers send when a long suite list or an extension trips them), illegal_parameter (47)
 * and decode_error (50) from parsers that misread a big hello. protocol_version (70) names the
 * version; unrecognized_name (112) and the rest are about things the small hello carries too.
 */
const AMBIGUOUS_ALERTS: ReadonlySet<number> = new Set([40, 47, 50]);

/** Whether a refusal may be the big hello's fault, so that the small plain one is worth a connection. */
export function ambiguousRefusal(o: Outcome): boolean {
  if (o.kind === 'closed') return true;
  return o.kind === 'rejected' && o.serverVersion === undefined && o.alert !== undefined && AMBIGUOUS_ALERTS.has(o.alert);
}

function conclusive(o: Outcome): boolean {
  return o.kind === 'accepted' || o.kind === 'rejected' || o.kind === 'closed';
}

function describeOutcome(o: Outcome, timeoutMs: number): ProbeError {
  switch (o.kind) {
    case 'timeout':
      return { kind: 'timeout', message: `no answer within ${timeoutMs / 1000} s during ${o.phase} (inconclusive)` };
    case 'error':
      return o.error;
    case 'not-tls':
      return { kind: 'not-tls', message: `the server does not speak TLS here; it said "${o.firstBytes}"` };
    case 'anomaly':
      return { kind: 'other', message: `unexpected reply: ${o.detail}` };
    default:
      return { kind: 'other', message: o.kind };
  }
}

export async function probe(endpoints: readonly Endpoint[], opts: ProbeOptions): Promise<EndpointResult[]> {
  const slots = scheduler({
    global: capByFds(Math.max(1, opts.concurrency), opts.fdBudget ?? readFdBudget()),
    perHost: opts.perHostConcurrency ?? DEFAULT_PER_HOST_CONCURRENCY,
  });
  const resolve = opts.resolve ?? systemResolver;
  const connect = opts.attempt ?? attempt;
  const versions = opts.versions ?? VERSIONS;
  const random = opts.random ?? Math.random;
  const jitter = (ceilingMs: number): number => Math.floor(random() * ceilingMs);

  /**
   * One attempt under the caps. A full descriptor table says nothing about the server: the
   * global cap is lowered below what was running and the attempt waits its turn again (bounded).
   */
  const tryOnce = async (spec: AttemptSpec): Promise<AttemptResult> => {
    let r = await slots.run(spec.address, () => connect(spec));
    for (let i = 1; r.fdExhausted && i < FD_RETRIES; i++) {
      slots.lower(slots.running);
      await sleep(20 * i + jitter(20 * i));
      r = await slots.run(spec.address, () => connect(spec));
    }
    return r;
  };

  const askVersion = async (spec: AttemptSpec): Promise<VersionResult> => {
    let r = await tryOnce(spec);
    let ms = r.ms;
    if (r.outcome.kind === 'timeout') {
      // Spread out: a host that dropped a burst should not get the same burst again at once.
      await sleep(jitter(Math.min(MAX_RETRY_JITTER_MS, spec.timeoutMs / 4)));
      r = await tryOnce(spec);
      ms += r.ms;
    }
    if (ambiguousRefusal(r.outcome) && RETRY_PLAIN.has(spec.version)) {
      const plain = await tryOnce({ ...spec, plain: true });
      ms += plain.ms;
      if (plain.outcome.kind === 'accepted' || plain.outcome.kind === 'anomaly')
        return { version: spec.version, outcome: plain.outcome, ms, retried: true };
    }
    return { version: spec.version, outcome: r.outcome, ms };
  };

  const probeAddress = async (endpoint: Endpoint, a: ResolvedAddress): Promise<AddressResult> => {
    const results = await Promise.all(
      versions.map((version) =>
        askVersion({
          address: a.address,
          family: a.family,
          port: endpoint.port,
          version,
          sni: endpoint.sni,
          starttls: endpoint.starttls,
          timeoutMs: opts.timeoutMs,
        }),
      ),
    );
    const accepted = results.filter((r) => r.outcome.kind === 'accepted').map((r) => r.version);
    const anyConclusive = results.some((r) => conclusive(r.outcome));
    return {
      address: a.address,
      family: a.family,
      accepted,
      results,
      error: anyConclusive ? null : describeOutcome(results[0].outcome, opts.timeoutMs),
    };
  };

  const probeEndpoint = async (endpoint: Endpoint): Promise<EndpointResult> => {
    let addresses: readonly ResolvedAddress[];
    const family = isIP(endpoint.host);
    if (family) addresses = [{ address: endpoint.host, family: family === 6 ? 6 : 4 }];
    else {
      try {
        const found = await withinTime(resolve(endpoint.host), opts.timeoutMs);
        if (found === LATE) {
          const message = `cannot resolve ${endpoint.host} (no answer within ${opts.timeoutMs / 1000} s)`;
          return { endpoint, addresses: [], accepted: [], error: { kind: 'dns', message } };
        }
        addresses = found;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        return {
          endpoint,
          addresses: [],
          accepted: [],
          error: { kind: 'dns', message: `cannot resolve ${endpoint.host}${code ? ` (${code})` : ''}` },
        };
      }
      if (addresses.length === 0)
        return { endpoint, addresses: [], accepted: [], error: { kind: 'dns', message: `${endpoint.host} has no addresses` } };
      const seen = new Set<string>();
      addresses = addresses.filter((a) => !seen.has(a.address) && seen.add(a.address));
      // Every address is asked about every version: a name with hundreds of records (whoever
      // runs its DNS decides) would hold the job for hours. Refused, so never a pass.
      if (addresses.length > MAX_ADDRESSES) {
        const message = `${endpoint.host} has ${addresses.length} addresses; at most ${MAX_ADDRESSES} are probed (list the ones to check)`;
        return { endpoint, addresses: [], accepted: [], error: { kind: 'dns', message } };
      }
    }
    const results = await Promise.all(addresses.map((a) => probeAddress(endpoint, a)));
    const accepted = VERSIONS.filter((v) => results.some((r) => r.accepted.includes(v)));
    const failed = results.filter((r) => r.error);
    return { endpoint, addresses: results, accepted, error: failed.length === results.length ? failed[0].error : null };
  };

  return Promise.all(endpoints.map(probeEndpoint));
}
