/**
 * The prober against real servers on loopback: `probe()` must report exactly the versions each
 * server was configured to accept (and a second client, openssl s_client, must agree), classify
 * every way a server can fail to answer, and never hang. Every server here is started by the test
 * on 127.0.0.1, 127.0.0.2 or ::1; no name is ever resolved (the resolver is always injected).
 */
import { X509Certificate } from 'node:crypto';
import * as net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Policy } from '../../src/policy.js';
import { parseEndpoint } from '../../src/probe/endpoints.js';
import { probe, type ProbeOptions, type ResolvedAddress, type Resolver } from '../../src/probe/prober.js';
import type { AddressResult, Dialect, Endpoint, EndpointResult, Outcome, VersionResult } from '../../src/probe/types.js';
import { judgeEndpoint, type EndpointStatus } from '../../src/probe/verdict.js';
import { VERSIONS, type Version } from '../../src/versions.js';
import {
  acceptsOnly,
  alwaysTls12,
  blackHole,
  certificateFirst,
  chokesOnBigHellos,
  downgrades13,
  intolerantOf13,
  plainHttp,
  resetsHellos,
  retriesHello,
  slowDrip,
  sslv2Server,
  startResponder,
  type Respond,
  type Responder,
} from './responders.js';
import {
  clientHello,
  crossCheckDetail,
  firstReply,
  gnutlsCheck,
  hasIpv6Loopback,
  startGnutls,
  startNginx,
  startOpenssl,
  TLS10_3DES_ONLY,
  type FirstReply,
  type GnutlsServer,
  type NginxListener,
  type NginxServer,
  type OpensslOptions,
  type OpensslServer,
  type OpensslVersion,
} from './servers.js';
import { freePort } from './servers/process.js';
import { startStarttlsServer, testCertificate, type StarttlsServer } from './starttls-servers.js';

const HOOK_MS = 60_000;
/** Real servers answer in milliseconds; the bound only matters on a loaded machine (pool growth). */
const REAL_TIMEOUT_MS = 4000;
const POLICY: Policy = { minVersion: 'TLSv1.2', failOn: 'error' };

const TLS_VERSIONS: readonly OpensslVersion[] = ['tls1', 'tls1_1', 'tls1_2', 'tls1_3'];
const VERSION_OF: Readonly<Record<OpensslVersion, Version>> = { tls1: 'TLSv1.0', tls1_1: 'TLSv1.1', tls1_2: 'TLSv1.2', tls1_3: 'TLSv1.3' };

/** The tests never look a name up; a resolver is always passed so that the system one never runs. */
const noLookups: Resolver = (host) => Promise.reject(new Error(`the tests must not resolve ${host}`));

function endpointOf(target: string): Endpoint {
  const parsed = parseEndpoint(target);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.endpoint;
}

async function probeTarget(target: string, opts: Partial<ProbeOptions> = {}): Promise<EndpointResult> {
  const [result] = await probe([endpointOf(target)], { timeoutMs: REAL_TIMEOUT_MS, concurrency: 32, resolve: noLookups, ...opts });
  return result!;
}

/** The one address's result for `version` (every endpoint here but the two-address one has one address). */
function resultFor(r: EndpointResult, version: Version): VersionResult {
  expect(r.addresses).toHaveLength(1);
  const found = r.addresses[0]!.results.find((x) => x.version === version);
  if (!found) throw new Error(`no result for ${version} in ${JSON.stringify(r)}`);
  return found;
}

function outcomeOf(r: EndpointResult, version: Version): Outcome {
  return resultFor(r, version).outcome;
}

/**
 * One address says exactly `expected` is accepted, every accepted version was selected by the
 * server itself, and every other version got a decisive no (an alert, a lower ServerHello or a
 * hang-up): nothing is left inconclusive.
 */
function expectAddressExactly(a: AddressResult, expected: readonly Version[]): void {
  const outcomes = Object.fromEntries(a.results.map((x) => [x.version, x.outcome]));
  expect(a.accepted, `${a.address}: ${JSON.stringify(outcomes)}`).toEqual(expected);
  expect(a.error).toBeNull();
  expect(a.results.map((x) => x.version)).toEqual(VERSIONS);
  for (const x of a.results) {
    if (expected.includes(x.version)) expect(x.outcome).toMatchObject({ kind: 'accepted', serverVersion: x.version });
    else expect(['rejected', 'closed'], `${a.address} ${x.version}: ${JSON.stringify(x.outcome)}`).toContain(x.outcome.kind);
  }
}

/** A one-address endpoint accepts exactly `expected`, decisively (see expectAddressExactly). */
function expectExactly(r: EndpointResult, expected: readonly Version[]): void {
  expect(r.addresses).toHaveLength(1);
  expectAddressExactly(r.addresses[0]!, expected);
  expect(r.accepted).toEqual(expected);
  expect(r.error).toBeNull();
}

/** openssl s_client (a full handshake per version) must agree with the prober on all four TLS versions. */
async function expectSClientAgrees(host: string, port: number, r: EndpointResult, sni?: string): Promise<void> {
  const checks = await Promise.all(TLS_VERSIONS.map((v) => crossCheckDetail(host, port, v, { sni, timeoutMs: 15_000 })));
  checks.forEach((check, i) => {
    const v = TLS_VERSIONS[i]!;
    expect(check.accepted, `s_client -${v} vs the prober's ${r.accepted.join(', ') || 'nothing'}:\n${check.output}`).toBe(
      r.accepted.includes(VERSION_OF[v]),
    );
  });
}

function status(r: EndpointResult): EndpointStatus {
  return judgeEndpoint(r, POLICY).status;
}

// ---------------------------------------------------------------------------------------------

/** The versions an s_server configuration enables. */
function configured(versions: OpensslOptions['versions']): Version[] {
  if (typeof versions === 'string') return [VERSION_OF[versions]];
  return TLS_VERSIONS.slice(TLS_VERSIONS.indexOf(versions.min), TLS_VERSIONS.indexOf(versions.max) + 1).map((v) => VERSION_OF[v]);
}

const OPENSSL_CASES: readonly { readonly name: string; readonly opts: OpensslOptions; readonly verdict: EndpointStatus }[] = [
  { name: 's_server -tls1', opts: { versions: 'tls1' }, verdict: 'legacy' },
  { name: 's_server -tls1_1', opts: { versions: 'tls1_1' }, verdict: 'legacy' },
  { name: 's_server -tls1_2', opts: { versions: 'tls1_2' }, verdict: 'pass' },
  { name: 's_server -tls1_3', opts: { versions: 'tls1_3' }, verdict: 'pass' },
  { name: 's_server TLS 1.2–1.3', opts: { versions: { min: 'tls1_2', max: 'tls1_3' } }, verdict: 'pass' },
  {
    name: 's_server TLS 1.0–1.3, ECDSA certificate only',
    opts: { versions: { min: 'tls1', max: 'tls1_3' }, cert: 'ecdsa' },
    verdict: 'legacy',
  },
];

describe('openssl s_server', () => {
  const servers = new Map<string, OpensslServer>();
  beforeAll(async () => {
    await Promise.all(OPENSSL_CASES.map(async (c) => servers.set(c.name, await startOpenssl({ ...c.opts, maxProcesses: 8 }))));
  }, HOOK_MS);
  afterAll(() => Promise.all([...servers.values()].map((s) => s.close())));

  it.each(OPENSSL_CASES)('$name: accepted is exactly the configured set, s_client agrees, verdict $verdict', async (c) => {
    const server = servers.get(c.name)!;
    const r = await probeTarget(`127.0.0.1:${server.port}`);
    expectExactly(r, configured(c.opts.versions));
    await expectSClientAgrees('127.0.0.1', server.port, r);
    expect(status(r)).toBe(c.verdict);
  });

  it('the TLS 1.0 server fails the policy with a message naming the version and the address', async () => {
    const r = await probeTarget(`127.0.0.1:${servers.get('s_server -tls1')!.port}`);
    const verdict = judgeEndpoint(r, POLICY);
    expect(verdict).toMatchObject({ status: 'legacy', legacy: ['TLSv1.0'], inconclusive: [] });
    expect(verdict.message).toMatch(/accepts TLSv1\.0 \(127\.0\.0\.1\), and nothing at or above TLSv1\.2; the floor is TLSv1\.2$/);
  });

  it('an ECDSA-only server is offered ECDSA suites at every version (the chosen suite is one we sent)', async () => {
    const r = await probeTarget(`127.0.0.1:${servers.get('s_server TLS 1.0–1.3, ECDSA certificate only')!.port}`);
    for (const v of ['TLSv1.0', 'TLSv1.1', 'TLSv1.2'] as const) {
      const o = outcomeOf(r, v);
      // ECDHE-ECDSA suites are 0xC0xx; with an ECDSA key nothing else can be chosen.
      expect(o.kind === 'accepted' && o.cipher !== undefined && o.cipher >> 8 === 0xc0, `${v}: ${JSON.stringify(o)}`).toBe(true);
    }
  });
});

const ipv6 = await hasIpv6Loopback();
if (!ipv6) console.warn('prober.test: this machine cannot listen on ::1; skipping the [::1] s_server test');

describe.skipIf(!ipv6)('openssl s_server on [::1]', () => {
  let server: OpensslServer;
  beforeAll(async () => {
    server = await startOpenssl({ versions: { min: 'tls1_1', max: 'tls1_2' }, host: '::1', maxProcesses: 8 });
  }, HOOK_MS);
  afterAll(() => server?.close());

  it('[::1]:port is probed over IPv6 and accepts exactly TLS 1.1–1.2; s_client agrees', async () => {
    const r = await probeTarget(`[::1]:${server.port}`);
    expect(r.addresses.map((a) => [a.address, a.family])).toEqual([['::1', 6]]);
    expectExactly(r, ['TLSv1.1', 'TLSv1.2']);
    await expectSClientAgrees('::1', server.port, r);
    expect(status(r)).toBe('legacy');
  });
});

describe('gnutls-serv: TLS 1.0 with 3DES only', () => {
  let server: GnutlsServer;
  beforeAll(async () => {
    server = await startGnutls();
  }, HOOK_MS);
  afterAll(() => server?.close());

  it('the hand-built hello offers 3DES, so the prober sees the TLS 1.0 that OpenSSL 3 clients cannot', async () => {
    const r = await probeTarget(`127.0.0.1:${server.port}`);
    expectExactly(r, ['TLSv1.0']);
    // TLS_RSA_WITH_3DES_EDE_CBC_SHA: the only suite this server has.
    // The first (full) hello already did it: no plain retry was needed.
    expect(resultFor(r, 'TLSv1.0')).toMatchObject({ outcome: { kind: 'accepted', serverVersion: 'TLSv1.0', cipher: 0x000a } });
    expect(resultFor(r, 'TLSv1.0').retried).toBeFalsy();
    expect(status(r)).toBe('legacy');
    // gnutls-cli with 3DES confirms TLS 1.0 …
    expect(await gnutlsCheck('127.0.0.1', server.port, TLS10_3DES_ONLY)).toMatchObject({ accepted: true, protocol: 'TLS1.0' });
    // … while s_client, like any OpenSSL-3-based checker, calls it refused: the false pass we avoid.
    const sClient = await crossCheckDetail('127.0.0.1', server.port, 'tls1');
    expect(sClient.accepted, sClient.output).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------

type NginxPort = 'legacy' | 'gap' | 'modern' | 'only13' | 'sni';
const NGINX_LISTENERS: Readonly<Record<NginxPort, NginxListener>> = {
  legacy: { protocols: ['TLSv1', 'TLSv1.1'] },
  gap: { protocols: ['TLSv1', 'TLSv1.2'] },
  modern: { protocols: ['TLSv1.2', 'TLSv1.3'] },
  only13: { protocols: ['TLSv1.3'], cert: 'ecdsa' },
  sni: { protocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'], sniOnly: 'legacy.test' },
};
const NGINX_NAME: Readonly<Record<NginxListener['protocols'][number], Version>> = {
  TLSv1: 'TLSv1.0',
  'TLSv1.1': 'TLSv1.1',
  'TLSv1.2': 'TLSv1.2',
  'TLSv1.3': 'TLSv1.3',
};

describe('nginx', () => {
  let nginx: NginxServer<NginxPort>;
  beforeAll(async () => {
    nginx = await startNginx({ listeners: NGINX_LISTENERS });
  }, HOOK_MS);
  afterAll(() => nginx?.close());

  it.each(['legacy', 'gap', 'modern', 'only13'] as const)('port "%s": exactly its ssl_protocols, s_client agrees', async (name) => {
    const r = await probeTarget(`127.0.0.1:${nginx.ports[name]}`);
    const expected = VERSIONS.filter((v) => NGINX_LISTENERS[name].protocols.some((p) => NGINX_NAME[p] === v));
    expectExactly(r, expected);
    await expectSClientAgrees('127.0.0.1', nginx.ports[name], r);
  });

  it('SNI-only vhost: with ?sni=legacy.test every TLS version is accepted; s_client with that name agrees', async () => {
    const r = await probeTarget(`127.0.0.1:${nginx.ports.sni}?sni=legacy.test`);
    expectExactly(r, ['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
    await expectSClientAgrees('127.0.0.1', nginx.ports.sni, r, 'legacy.test');
    expect(judgeEndpoint(r, POLICY)).toMatchObject({ status: 'legacy', legacy: ['TLSv1.0', 'TLSv1.1'] });
  });

  it('SNI-only vhost without SNI: every TLS version ends in alert 112, nothing accepted; s_client agrees', async () => {
    const r = await probeTarget(`127.0.0.1:${nginx.ports.sni}`);
    expectExactly(r, []);
    for (const v of ['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const) {
      expect(outcomeOf(r, v)).toEqual({ kind: 'rejected', alert: 112, alertName: 'unrecognized_name' });
    }
    await expectSClientAgrees('127.0.0.1', nginx.ports.sni, r);
    // It accepts nothing at all, so clients that require TLS 1.2 cannot connect either.
    expect(status(r)).toBe('no-modern');
  });
});

// ---------------------------------------------------------------------------------------------

/** Small timeouts for the hand-written responders: they answer at once or, on purpose, never. */
const FAST = { timeoutMs: 1000, concurrency: 64 } as const;

describe("the responders themselves, seen by the harness's independent first-flight client", () => {
  // Proves the responders do what their names say without the code under test: a responder
  // that accidentally agreed with the prober would prove nothing.
  const running: Responder[] = [];
  afterAll(() => Promise.all(running.map((r) => r.close())));
  const ask = async (respond: Respond, hello: Buffer): Promise<FirstReply> => {
    const server = await startResponder(respond);
    running.push(server);
    return (await firstReply('127.0.0.1', server.port, hello, { timeoutMs: 5000 })).reply;
  };

  it('acceptsOnly: a ServerHello at an accepted version, alert 70 otherwise', async () => {
    expect(await ask(acceptsOnly(['TLSv1.2']), clientHello('TLSv1.2'))).toMatchObject({ kind: 'server-hello', version: 'TLSv1.2' });
    expect(await ask(acceptsOnly(['TLSv1.3']), clientHello('TLSv1.3'))).toMatchObject({ kind: 'server-hello', version: 'TLSv1.3' });
    expect(await ask(acceptsOnly(['TLSv1.2']), clientHello('TLSv1.0'))).toEqual({ kind: 'alert', level: 2, description: 70 });
  });

  it('intolerantOf13 closes on a TLS 1.3 hello; chokesOnBigHellos closes on a hello over its limit only', async () => {
    expect(await ask(intolerantOf13, clientHello('TLSv1.3'))).toEqual({ kind: 'closed' });
    const small = clientHello('TLSv1.0');
    const big = clientHello('TLSv1.0', { suites: Array.from({ length: 150 }, (_, i) => 0x0100 + i) });
    expect(small.length).toBeLessThanOrEqual(300);
    expect(await ask(chokesOnBigHellos(300), small)).toMatchObject({ kind: 'server-hello', version: 'TLSv1.0' });
    expect(await ask(chokesOnBigHellos(300), big)).toEqual({ kind: 'closed' });
  });
});

describe('hand-written responders', () => {
  const running: Responder[] = [];
  const start = async (respond: Respond, opts?: { host?: string; port?: number }): Promise<Responder> => {
    const r = await startResponder(respond, opts);
    running.push(r);
    return r;
  };
  afterAll(() => Promise.all(running.map((r) => r.close())));

  it('SSLv3 only: accepted = [SSLv3] with a suite from the offer; every other version gets alert 70', async () => {
    const server = await start(acceptsOnly(['SSLv3']));
    const r = await probeTarget(`127.0.0.1:${server.port}`, FAST);
    expectExactly(r, ['SSLv3']);
    const offered = server.hellos.find((h) => h.version === 'SSLv3')!.suites;
    const sslv3 = outcomeOf(r, 'SSLv3');
    expect(sslv3.kind === 'accepted' && offered.includes(sslv3.cipher ?? -1)).toBe(true);
    for (const v of ['SSLv2', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const) {
      expect(outcomeOf(r, v)).toEqual({ kind: 'rejected', alert: 70, alertName: 'protocol_version' });
    }
    // It accepts no version at or above the floor either, but the legacy finding is what is reported.
    expect(judgeEndpoint(r, POLICY)).toMatchObject({ status: 'legacy', legacy: ['SSLv3'], inconclusive: [] });
  });

  it('SSLv2: the CLIENT-HELLO gets a SERVER-HELLO → accepted = [SSLv2]', async () => {
    const der = new X509Certificate((await testCertificate()).cert).raw;
    const server = await start(sslv2Server(der, [0x010080, 0x0700c0]));
    const r = await probeTarget(`127.0.0.1:${server.port}`, FAST);
    expectExactly(r, ['SSLv2']);
    const sslv2Hello = server.hellos.find((h) => h.version === 'SSLv2')!;
    expect(sslv2Hello.suites).toEqual(expect.arrayContaining([0x010080, 0x0700c0]));
    expect(outcomeOf(r, 'SSLv2')).toEqual({ kind: 'accepted', serverVersion: 'SSLv2', cipher: 0x010080 });
    expect(judgeEndpoint(r, POLICY)).toMatchObject({ status: 'legacy', legacy: ['SSLv2'] });
  });

  it('version-intolerant: a TLS 1.3 hello is answered by a silent close, TLS 1.2 is accepted', async () => {
    const server = await start(intolerantOf13);
    const r = await probeTarget(`127.0.0.1:${server.port}`, FAST);
    expectExactly(r, ['TLSv1.2']);
    expect(outcomeOf(r, 'TLSv1.3')).toEqual({ kind: 'closed', reset: false });
    const verdict = judgeEndpoint(r, POLICY);
    expect(verdict.status).toBe('pass');
    // Not a failure, but worth telling: the verdict notes the intolerance.
    expect(
      verdict.notes.some((n) => n.includes('TLSv1.3') && /intoleran/.test(n)),
      verdict.notes.join('\n'),
    ).toBe(true);
  });

  it('a HelloRetryRequest to the TLS 1.3 hello means TLS 1.3 is accepted', async () => {
    const server = await start(retriesHello);
    const r = await probeTarget(`127.0.0.1:${server.port}`, FAST);
    expectExactly(r, ['TLSv1.2', 'TLSv1.3']);
    expect(outcomeOf(r, 'TLSv1.3')).toEqual({ kind: 'accepted', serverVersion: 'TLSv1.3', cipher: 0x1301, hrr: true });
  });

  it('a TLS 1.2 ServerHello to the TLS 1.3 hello: TLS 1.3 not accepted, TLS 1.2 as evidence', async () => {
    const server = await start(downgrades13);
    const r = await probeTarget(`127.0.0.1:${server.port}`, FAST);
    expectExactly(r, ['TLSv1.2']);
    expect(outcomeOf(r, 'TLSv1.3')).toEqual({ kind: 'rejected', serverVersion: 'TLSv1.2' });
  });

  it('a server that hangs up on big hellos: TLS 1.0 found by the small plain retry (retried: true)', async () => {
    const server = await start(chokesOnBigHellos(300));
    const r = await probeTarget(`127.0.0.1:${server.port}`, FAST);
    expectExactly(r, ['TLSv1.0']);
    expect(resultFor(r, 'TLSv1.0')).toMatchObject({ outcome: { kind: 'accepted', serverVersion: 'TLSv1.0' }, retried: true });
    // The big hello really was refused and the retry really was small.
    const tls10 = server.hellos.filter((h) => h.version === 'TLSv1.0').map((h) => h.bytes > 300);
    expect(tls10.sort()).toEqual([false, true]);
    // TLS 1.1/1.2: the big hello's close stands (the plain retry got alert 70, which adds nothing).
    for (const v of ['TLSv1.1', 'TLSv1.2'] as const) {
      expect(resultFor(r, v).outcome).toEqual({ kind: 'closed', reset: false });
      expect(resultFor(r, v).retried).toBeFalsy();
    }
    const verdict = judgeEndpoint(r, POLICY);
    expect(verdict).toMatchObject({ status: 'legacy', legacy: ['TLSv1.0'] });
    expect(
      verdict.notes.some((n) => n.includes('TLSv1.0') && /retry/.test(n)),
      verdict.notes.join('\n'),
    ).toBe(true);
  });

  it('the small retry also covers TLS 1.2, and an odd answer to it is kept as evidence', async () => {
    // TLS 1.2 only, and it hangs up on big hellos: found through the retry.
    const server = await start((hello) => (hello.bytes > 300 ? { hangUp: 'fin' } : acceptsOnly(['TLSv1.2'])(hello)));
    const r = await probeTarget(`127.0.0.1:${server.port}`, { ...FAST, versions: ['TLSv1.2'] });
    expect(resultFor(r, 'TLSv1.2')).toMatchObject({ outcome: { kind: 'accepted', serverVersion: 'TLSv1.2' }, retried: true });
    // Hangs up on big hellos and answers a small TLS 1.0 hello with TLS 1.2: an anomaly, not "closed".
    const odd = await start((hello) => (hello.bytes > 300 ? { hangUp: 'fin' } : alwaysTls12(hello)));
    const o = await probeTarget(`127.0.0.1:${odd.port}`, { ...FAST, versions: ['TLSv1.0'] });
    expect(resultFor(o, 'TLSv1.0')).toMatchObject({
      outcome: { kind: 'anomaly', detail: 'server answered a TLSv1.0 hello with TLSv1.2' },
      retried: true,
    });
  });

  it('one address refused, one that answers: the endpoint has no error of its own, the address has', async () => {
    const good = await start(acceptsOnly(['TLSv1.2', 'TLSv1.3']));
    // Nothing listens on 127.0.0.2 at that port: binding it (and letting go) proves it.
    const spare = net.createServer();
    await new Promise<void>((resolve, reject) => spare.once('error', reject).listen({ host: '127.0.0.2', port: good.port }, resolve));
    await new Promise<void>((resolve) => spare.close(() => resolve()));
    const both: Resolver = () =>
      Promise.resolve<ResolvedAddress[]>([
        { address: '127.0.0.1', family: 4 },
        { address: '127.0.0.2', family: 4 },
      ]);
    const r = await probeTarget(`two.test:${good.port}`, { ...FAST, resolve: both });
    expect(r.addresses.map((a) => [a.address, a.error?.kind ?? null])).toEqual([
      ['127.0.0.1', null],
      ['127.0.0.2', 'refused'],
    ]);
    expect(r.error).toBeNull();
    expect(r.accepted).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(status(r)).toBe('unchecked');
  });

  it('a server that resets every hello: closed with reset for every version, nothing accepted', async () => {
    const server = await start(resetsHellos);
    const r = await probeTarget(`127.0.0.1:${server.port}`, FAST);
    expectExactly(r, []);
    for (const v of VERSIONS) expect(outcomeOf(r, v)).toEqual({ kind: 'closed', reset: true });
    // Every version decided and none accepted: clients that require TLS 1.2 cannot connect.
    expect(status(r)).toBe('no-modern');
  });

  it('a TLS 1.2 ServerHello to older hellos is an anomaly, never a pass: the endpoint is unchecked', async () => {
    const server = await start(alwaysTls12);
    const r = await probeTarget(`127.0.0.1:${server.port}`, FAST);
    expect(r.accepted).toEqual(['TLSv1.2']);
    for (const v of ['SSLv3', 'TLSv1.0', 'TLSv1.1'] as const) {
      expect(outcomeOf(r, v)).toEqual({ kind: 'anomaly', detail: `server answered a ${v} hello with TLSv1.2`, serverVersion: 'TLSv1.2' });
    }
    expect(judgeEndpoint(r, POLICY)).toMatchObject({ status: 'unchecked', inconclusive: ['SSLv3', 'TLSv1.0', 'TLSv1.1'] });
  });

  it('a reply that is TLS but no ServerHello: an anomaly for every version, error kind other, unchecked', async () => {
    const server = await start(certificateFirst);
    const r = await probeTarget(`127.0.0.1:${server.port}`, FAST);
    for (const v of VERSIONS) {
      expect(outcomeOf(r, v)).toEqual({ kind: 'anomaly', detail: 'expected a ServerHello, got handshake message Certificate' });
    }
    expect(r.error).toEqual({ kind: 'other', message: 'unexpected reply: expected a ServerHello, got handshake message Certificate' });
    expect(status(r)).toBe('unchecked');
  });

  it('plain HTTP: not-tls for every version, with the first bytes the server sent', async () => {
    const server = await start(plainHttp);
    const r = await probeTarget(`127.0.0.1:${server.port}`, FAST);
    expect(r.accepted).toEqual([]);
    for (const v of VERSIONS) {
      const o = outcomeOf(r, v);
      expect(o.kind === 'not-tls' && o.firstBytes.startsWith('HTTP/1.1 400 Bad Request\\r\\n'), JSON.stringify(o)).toBe(true);
    }
    expect(r.error).toMatchObject({ kind: 'not-tls', message: expect.stringContaining('HTTP/1.1 400 Bad Request') });
    expect(r.addresses[0]!.error?.kind).toBe('not-tls');
    expect(status(r)).toBe('unchecked');
  });

  it('black hole: every version times out (inconclusive), retried once, in about two timeouts', async () => {
    const server = await start(blackHole);
    const timeoutMs = 300;
    const started = performance.now();
    const r = await probeTarget(`127.0.0.1:${server.port}`, { timeoutMs, concurrency: 64 });
    const elapsed = performance.now() - started;
    for (const v of VERSIONS) {
      const x = resultFor(r, v);
      expect(x.outcome).toEqual({ kind: 'timeout', phase: 'reply' });
      expect(x.ms).toBeGreaterThanOrEqual(2 * timeoutMs - 20);
    }
    // One retry per version, no more: six versions, twelve hellos.
    expect(server.hellos).toHaveLength(2 * VERSIONS.length);
    expect(elapsed).toBeGreaterThanOrEqual(2 * timeoutMs - 20);
    expect(elapsed).toBeLessThan(4 * timeoutMs);
    expect(r.error).toMatchObject({ kind: 'timeout', message: expect.stringMatching(/inconclusive/) });
    expect(judgeEndpoint(r, POLICY)).toMatchObject({ status: 'unchecked', inconclusive: ['SSLv2', 'SSLv3', 'TLSv1.0', 'TLSv1.1'] });
  });

  it('slow drip (one byte every 50 ms, ~2.4 s per ServerHello): accepted within a 4 s timeout, timeout with 1 s', async () => {
    const server = await start(slowDrip(50));
    const only12 = { versions: ['TLSv1.2'] as const, concurrency: 8 };
    const [patient, hasty] = await Promise.all([
      probeTarget(`127.0.0.1:${server.port}`, { ...only12, timeoutMs: 4000 }),
      probeTarget(`127.0.0.1:${server.port}`, { ...only12, timeoutMs: 1000 }),
    ]);
    const slow = resultFor(patient, 'TLSv1.2');
    expect(slow.outcome).toMatchObject({ kind: 'accepted', serverVersion: 'TLSv1.2' });
    // 47 bytes, the last one 46 × 50 ms after the first.
    expect(slow.ms).toBeGreaterThanOrEqual(46 * 50 - 50);
    expect(slow.ms).toBeLessThan(4000);
    expect(resultFor(hasty, 'TLSv1.2')).toMatchObject({ outcome: { kind: 'timeout', phase: 'reply' } });
    expect(hasty.error?.kind).toBe('timeout');
  });

  it('a closed port: refused for every version, at once', async () => {
    const port = await freePort('127.0.0.1');
    const started = performance.now();
    const r = await probeTarget(`127.0.0.1:${port}`, FAST);
    expect(performance.now() - started).toBeLessThan(FAST.timeoutMs);
    for (const v of VERSIONS) expect(outcomeOf(r, v)).toMatchObject({ kind: 'error', error: { kind: 'refused' } });
    expect(r.error).toEqual({ kind: 'refused', message: 'connection refused' });
    expect(status(r)).toBe('unchecked');
  });

  it('a resolver that fails: dns error, no address, unchecked', async () => {
    const failing: Resolver = () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.test'), { code: 'ENOTFOUND' }));
    const r = await probeTarget('nowhere.test:443', { ...FAST, resolve: failing });
    expect(r).toMatchObject({ addresses: [], accepted: [], error: { kind: 'dns', message: 'cannot resolve nowhere.test (ENOTFOUND)' } });
    expect(status(r)).toBe('unchecked');
    const empty = await probeTarget('nowhere.test:443', { ...FAST, resolve: () => Promise.resolve([]) });
    expect(empty.error).toEqual({ kind: 'dns', message: 'nowhere.test has no addresses' });
  });

  it('IPv4 shorthands (127.1, 2130706433, 0x7f.0.0.1, 0177.0.0.1) are addresses: connected to without DNS, no SNI on the wire', async () => {
    const server = await start(acceptsOnly(['TLSv1.2']));
    const asked: string[] = [];
    // What getaddrinfo does with such a "name" (inet_aton): the address, without DNS.
    const likeInetAton: Resolver = (host) => {
      asked.push(host);
      return Promise.resolve([{ address: '127.0.0.1', family: 4 }]);
    };
    for (const shorthand of ['127.1', '2130706433', '0x7f.0.0.1', '0177.0.0.1']) {
      for (const target of [`${shorthand}:${server.port}`, `https://${shorthand}:${server.port}/`]) {
        const r = await probeTarget(target, { ...FAST, versions: ['TLSv1.0', 'TLSv1.2', 'TLSv1.3'], resolve: likeInetAton });
        expect(r.endpoint).toMatchObject({ target, host: '127.0.0.1' });
        expect(r.addresses.map((a) => a.address)).toEqual(['127.0.0.1']);
        expect(r.accepted).toEqual(['TLSv1.2']);
      }
    }
    expect(asked).toEqual([]);
    expect(server.hellos.length).toBeGreaterThanOrEqual(8 * 3);
    for (const hello of server.hellos) expect(hello.sni, JSON.stringify(hello)).toBeUndefined();
  });

  it('a name with two addresses (127.0.0.1 and 127.0.0.2): per-address results and their union', async () => {
    // Same port on both addresses: bind 127.0.0.1 first, then 127.0.0.2 on the port the OS gave.
    let first: Responder | undefined;
    let second: Responder | undefined;
    for (let i = 0; i < 5 && !second; i++) {
      first = await start(acceptsOnly(['TLSv1.2', 'TLSv1.3']));
      second = await start(acceptsOnly(['TLSv1.0', 'TLSv1.2']), { host: '127.0.0.2', port: first.port }).catch(() => undefined);
    }
    if (!first || !second) throw new Error('could not bind the same port on 127.0.0.1 and 127.0.0.2');
    const asked: string[] = [];
    const twin: Resolver = (host) => {
      asked.push(host);
      return Promise.resolve<ResolvedAddress[]>([
        { address: '127.0.0.1', family: 4 },
        { address: '127.0.0.2', family: 4 },
      ]);
    };
    const r = await probeTarget(`twin.test:${first.port}`, { ...FAST, resolve: twin });
    expect(asked).toEqual(['twin.test']);
    expect(r.addresses.map((a) => a.address)).toEqual(['127.0.0.1', '127.0.0.2']);
    expectAddressExactly(r.addresses[0]!, ['TLSv1.2', 'TLSv1.3']);
    expectAddressExactly(r.addresses[1]!, ['TLSv1.0', 'TLSv1.2']);
    expect(r.accepted).toEqual(['TLSv1.0', 'TLSv1.2', 'TLSv1.3']);
    expect(r.error).toBeNull();
    // Each server saw one hello per version (plus plain retries after refusals), with the name in SNI.
    for (const server of [first, second]) {
      expect(new Set(server.hellos.map((h) => h.version))).toEqual(new Set(VERSIONS));
      expect(server.hellos.filter((h) => h.version !== 'SSLv2' && h.version !== 'SSLv3').every((h) => h.sni === 'twin.test')).toBe(true);
    }
    const verdict = judgeEndpoint(r, POLICY);
    expect(verdict).toMatchObject({ status: 'legacy', legacy: ['TLSv1.0'] });
    expect(verdict.message).toContain('(127.0.0.2)');
  });
});

// ---------------------------------------------------------------------------------------------

const DIALECTS: readonly Dialect[] = ['smtp', 'imap', 'pop3', 'ftp', 'ldap', 'xmpp', 'postgres', 'mysql'];

/** The target for a STARTTLS server on 127.0.0.1: XMPP needs the domain the server serves. */
function starttlsTarget(dialect: Dialect, port: number): string {
  return `${dialect}://127.0.0.1:${port}${dialect === 'xmpp' ? '?sni=localhost' : ''}`;
}

/** What each refusing server says (starttls-servers.ts), which the error must quote. */
const REFUSAL_WORDS: Readonly<Record<Dialect, string>> = {
  smtp: '454 4.7.0 TLS not available due to local problem',
  imap: 'NO [UNAVAILABLE] TLS is not configured',
  pop3: '-ERR TLS not available right now',
  ftp: '534 Local policy on server does not allow TLS secure connections.',
  ldap: 'TLS is not configured on this server',
  xmpp: '<failure/>',
  postgres: 'unsupported frontend protocol 1234.5679',
  mysql: "Host '127.0.0.1' is not allowed to connect to this MySQL server",
};

describe('STARTTLS', () => {
  const willing = new Map<Dialect, StarttlsServer>();
  const refusing = new Map<Dialect, StarttlsServer>();
  let resetting: StarttlsServer;
  let silent: StarttlsServer;
  const results = new Map<string, EndpointResult>();
  beforeAll(async () => {
    await Promise.all(
      DIALECTS.flatMap((d) => [
        startStarttlsServer(d, { minVersion: 'TLSv1', maxVersion: 'TLSv1.2' }).then((s) => willing.set(d, s)),
        startStarttlsServer(d, { misbehave: 'refuse' }).then((s) => refusing.set(d, s)),
      ]),
    );
    resetting = await startStarttlsServer('smtp', { misbehave: 'reset' });
    silent = await startStarttlsServer('smtp', { misbehave: 'silent' });
    // All sixteen endpoints in one probe: the fan-out over endpoints is part of what is tested.
    const targets = [
      ...DIALECTS.map((d) => starttlsTarget(d, willing.get(d)!.port)),
      ...DIALECTS.map((d) => starttlsTarget(d, refusing.get(d)!.port)),
    ];
    const all = await probe(targets.map(endpointOf), { timeoutMs: REAL_TIMEOUT_MS, concurrency: 64, resolve: noLookups });
    for (const r of all) results.set(r.endpoint.target, r);
  }, HOOK_MS);
  afterAll(() => Promise.all([...willing.values(), ...refusing.values(), resetting, silent].map((s) => s?.close())));

  it.each(DIALECTS)('%s, server with TLS 1.0–1.2: accepted = [TLSv1.0, TLSv1.1, TLSv1.2]', (dialect) => {
    const r = results.get(starttlsTarget(dialect, willing.get(dialect)!.port))!;
    expectExactly(r, ['TLSv1.0', 'TLSv1.1', 'TLSv1.2']);
    expect(r.endpoint.starttls).toBe(dialect);
    expect(status(r)).toBe('legacy');
  });

  it.each(DIALECTS)('%s, server refusing STARTTLS: a starttls error quoting the server for every version', (dialect) => {
    const r = results.get(starttlsTarget(dialect, refusing.get(dialect)!.port))!;
    expect(r.accepted).toEqual([]);
    for (const v of VERSIONS) {
      const o = outcomeOf(r, v);
      expect(o.kind === 'error' && o.error.kind === 'starttls' && o.error.message.includes(REFUSAL_WORDS[dialect]), JSON.stringify(o)).toBe(
        true,
      );
    }
    expect(r.error?.kind).toBe('starttls');
    expect(r.error?.message).toContain(REFUSAL_WORDS[dialect]);
    expect(status(r)).toBe('unchecked');
  });

  it('a server that never answers the dialog: timeout during starttls, retried once, unchecked', async () => {
    const timeoutMs = 300;
    const started = performance.now();
    const r = await probeTarget(starttlsTarget('smtp', silent.port), { timeoutMs, concurrency: 64 });
    expect(performance.now() - started).toBeLessThan(4 * timeoutMs);
    for (const v of VERSIONS) {
      expect(resultFor(r, v)).toMatchObject({ outcome: { kind: 'timeout', phase: 'starttls' } });
      expect(resultFor(r, v).ms).toBeGreaterThanOrEqual(2 * timeoutMs - 20);
    }
    expect(r.error?.kind).toBe('timeout');
    expect(status(r)).toBe('unchecked');
  });

  it('a server that resets the connection during the dialog: a reset error, unchecked', async () => {
    const r = await probeTarget(starttlsTarget('smtp', resetting.port), FAST);
    for (const v of VERSIONS) expect(outcomeOf(r, v)).toMatchObject({ kind: 'error', error: { kind: 'reset' } });
    expect(r.error?.kind).toBe('reset');
    expect(status(r)).toBe('unchecked');
  });
});
