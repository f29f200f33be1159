/**
 * The wire format of the prober: the hand-built ClientHellos (parsed back byte by byte), the
 * first-reply classifier (every row of the decision table, fragmentation, endless streams, and
 * property tests against a separately written reference), and a cross-check against real
 * `openssl s_server` processes on 127.0.0.1.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import {
  ALERT_NAMES,
  CLASSIC_SUITES,
  ECC_SUITE_IDS,
  ECC_SUITES,
  PLAIN_SUITE_IDS,
  SSL2_CIPHER_SPECS,
  TLS12_ONLY_IDS,
  TLS12_ONLY_SUITES,
  TLS13_SUITES,
} from '../../src/probe/ciphers.js';
import { buildClientHello, isTroublesomeLength, MAX_SUITES, offeredSuites, sniName } from '../../src/probe/hello.js';
import { WIRE_VERSION } from '../../src/versions.js';
import { classifyEnd, classifyReply, HRR_RANDOM, MAX_REPLY_BYTES, printable } from '../../src/probe/reply.js';
import type { Outcome } from '../../src/probe/types.js';
import type { Version } from '../../src/versions.js';

const TLS_VERSIONS: readonly Version[] = ['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const ALL_VERSIONS: readonly Version[] = ['SSLv2', ...TLS_VERSIONS];

// ---------------------------------------------------------------------------------------------
// Byte helpers shared by the parsers and the reply builders below.

const u16 = (n: number): Buffer => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
const u24 = (n: number): Buffer => Buffer.from([(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);

/** A cursor that throws on any read past the end: the parsers below never guess. */
class Reader {
  pos = 0;
  constructor(private readonly buf: Buffer) {}
  u8(): number {
    return this.take(1)[0]!;
  }
  u16(): number {
    return this.take(2).readUInt16BE(0);
  }
  u24(): number {
    return this.take(3).readUIntBE(0, 3);
  }
  take(n: number): Buffer {
    if (this.pos + n > this.buf.length) throw new Error(`read of ${n} bytes at ${this.pos} overruns ${this.buf.length}`);
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  vec8(): Buffer {
    return this.take(this.u8());
  }
  vec16(): Buffer {
    return this.take(this.u16());
  }
  done(): boolean {
    return this.pos === this.buf.length;
  }
}

// ---------------------------------------------------------------------------------------------
// ClientHello parser (independent of hello.ts): every length must add up exactly.

interface Extension {
  readonly type: number;
  readonly data: Buffer;
}

interface ParsedHello {
  readonly recordVersion: number;
  readonly bodyLength: number;
  readonly clientVersion: number;
  readonly random: Buffer;
  readonly sessionId: Buffer;
  readonly suites: number[];
  readonly compression: number[];
  readonly extensions: Extension[] | undefined;
}

function parseHello(buf: Buffer): ParsedHello {
  const r = new Reader(buf);
  expect(r.u8()).toBe(22);
  const recordVersion = r.u16();
  expect(r.u16()).toBe(buf.length - 5);
  expect(r.u8()).toBe(1);
  const bodyLength = r.u24();
  expect(bodyLength).toBe(buf.length - 9);
  const clientVersion = r.u16();
  const random = r.take(32);
  const sessionId = r.vec8();
  const suiteBytes = r.vec16();
  expect(suiteBytes.length % 2).toBe(0);
  const suites = Array.from({ length: suiteBytes.length / 2 }, (_, i) => suiteBytes.readUInt16BE(2 * i));
  const compression = [...r.vec8()];
  let extensions: Extension[] | undefined;
  if (!r.done()) {
    extensions = [];
    const block = new Reader(r.vec16());
    while (!block.done()) extensions.push({ type: block.u16(), data: block.vec16() });
  }
  expect(r.done()).toBe(true);
  return { recordVersion, bodyLength, clientVersion, random, sessionId, suites, compression, extensions };
}

const extOf = (h: ParsedHello, type: number): Buffer | undefined => h.extensions?.find((e) => e.type === type)?.data;

function sniOf(h: ParsedHello): string | undefined {
  const data = extOf(h, 0);
  if (data === undefined) return undefined;
  const list = new Reader(new Reader(data).vec16());
  expect(list.u8()).toBe(0);
  const name = list.vec16().toString('ascii');
  expect(list.done()).toBe(true);
  return name;
}

// ---------------------------------------------------------------------------------------------
// Server reply builders.

const record = (type: number, body: Buffer, version = 0x0303): Buffer =>
  Buffer.concat([Buffer.from([type]), u16(version), u16(body.length), body]);
const handshakeMessage = (type: number, body: Buffer): Buffer => Buffer.concat([Buffer.from([type]), u24(body.length), body]);
const alert = (level: number, description: number): Buffer => record(21, Buffer.from([level, description]));

interface ShSpec {
  readonly version: number;
  readonly suite: number;
  readonly random?: Buffer;
  readonly sessionId?: Buffer;
  readonly compression?: number;
  readonly extensions?: ReadonlyArray<readonly [number, Buffer]>;
}

function serverHello(spec: ShSpec): Buffer {
  const exts = spec.extensions ?? [];
  const extBlock =
    exts.length === 0
      ? []
      : [u16(exts.reduce((n, [, d]) => n + 4 + d.length, 0)), ...exts.map(([t, d]) => Buffer.concat([u16(t), u16(d.length), d]))];
  const sid = spec.sessionId ?? Buffer.alloc(32, 0x55);
  return handshakeMessage(
    2,
    Buffer.concat([
      u16(spec.version),
      spec.random ?? Buffer.alloc(32, 0xab),
      Buffer.from([sid.length]),
      sid,
      u16(spec.suite),
      Buffer.from([spec.compression ?? 0]),
      ...extBlock,
    ]),
  );
}

const x25519Share = (): Buffer => Buffer.concat([u16(0x001d), u16(32), Buffer.alloc(32, 9)]);
const tls13Hello = (suite = 0x1301): Buffer =>
  serverHello({
    version: 0x0303,
    suite,
    extensions: [
      [0x002b, u16(0x0304)],
      [0x0033, x25519Share()],
    ],
  });
const helloRetry = (selected = 0x0304, suite = 0x1301): Buffer =>
  serverHello({
    version: 0x0303,
    suite,
    random: HRR_RANDOM,
    extensions: [
      [0x002b, u16(selected)],
      [0x0033, u16(0x0017)],
    ],
  });

/** ServerHello + Certificate + ServerHelloDone in one record, as most TLS 1.2 servers send them. */
function tls12Flight(version: number, suite: number): Buffer {
  return record(
    22,
    Buffer.concat([serverHello({ version, suite }), handshakeMessage(11, Buffer.alloc(600, 7)), handshakeMessage(14, Buffer.alloc(0))]),
    version,
  );
}

function ssl2ServerHello(specs: readonly number[], version = 0x0002): Buffer {
  const cert = Buffer.alloc(120, 1);
  const connectionId = Buffer.alloc(16, 2);
  const msg = Buffer.concat([
    Buffer.from([4, 0, 1]),
    u16(version),
    u16(cert.length),
    u16(specs.length * 3),
    u16(connectionId.length),
    cert,
    ...specs.map(u24),
    connectionId,
  ]);
  return Buffer.concat([u16(0x8000 | msg.length), msg]);
}

/** Cuts the handshake bytes of `records` into records of the given sizes (the last takes the rest). */
function refragment(handshake: Buffer, sizes: readonly number[], version = 0x0303): Buffer {
  const out: Buffer[] = [];
  let p = 0;
  for (const size of sizes) {
    if (p >= handshake.length) break;
    out.push(record(22, handshake.subarray(p, p + size), version));
    p += size;
  }
  if (p < handshake.length) out.push(record(22, handshake.subarray(p), version));
  return Buffer.concat(out);
}

// ---------------------------------------------------------------------------------------------
// A reference for "this really is a well-formed acceptance of `asked`", written apart from
// reply.ts (different structure, same specification) for the property tests.

function referenceAccepts(asked: Version, bytes: Buffer, offered: ReadonlySet<number>): boolean {
  try {
    // An SSLv2 acceptance is an SSLv2 SERVER-HELLO; a TLS record can never accept SSLv2.
    if (asked === 'SSLv2') return bytes[0]! >= 0x80 && referenceSsl2(bytes, offered);
    return bytes[0]! < 0x80 && referenceTls(asked, bytes, offered);
  } catch {
    return false; // a read past the end: not a complete, well-formed acceptance
  }
}

function referenceTls(asked: Version, bytes: Buffer, offered: ReadonlySet<number>): boolean {
  let handshake = Buffer.alloc(0);
  let alerts = Buffer.alloc(0);
  for (let p = 0; p + 5 <= bytes.length;) {
    const length = bytes.readUInt16BE(p + 3);
    if (bytes[p + 1] !== 3 || bytes[p + 2]! > 4 || length === 0 || length > 18432) return false;
    const body = bytes.subarray(p + 5, p + 5 + length);
    if (bytes[p] === 22) handshake = Buffer.concat([handshake, body]);
    else if (bytes[p] === 21) {
      alerts = Buffer.concat([alerts, body]);
      for (; alerts.length >= 2; alerts = alerts.subarray(2)) if (alerts[0] !== 1 || alerts[1] !== 112) return false;
    } else return false;
    // Skip HelloRequests, then the first message must be a complete ServerHello.
    const r = new Reader(handshake);
    while (handshake.length - r.pos >= 4) {
      const type = r.u8();
      const len = r.u24();
      if (type === 0 && len === 0) continue;
      if (type !== 2) return false;
      if (handshake.length - r.pos < len) break;
      return referenceServerHello(asked, r.take(len), offered);
    }
    p += 5 + length;
  }
  return false;
}

function referenceServerHello(asked: Version, body: Buffer, offered: ReadonlySet<number>): boolean {
  const r = new Reader(body);
  const legacy = r.u16();
  const random = r.take(32);
  if (r.vec8().length > 32) return false;
  const suite = r.u16();
  const compression = r.u8();
  const exts = new Map<number, Buffer>();
  if (!r.done()) {
    const block = new Reader(r.vec16());
    if (!r.done()) return false;
    while (!block.done()) {
      const type = block.u16();
      if (exts.has(type)) return false;
      exts.set(type, block.vec16());
    }
  }
  if (suite === 0x00ff || !offered.has(suite) || compression !== 0) return false;
  const selected = exts.get(0x002b);
  const hrr = random.equals(HRR_RANDOM);
  if (asked !== 'TLSv1.3') return selected === undefined && !hrr && legacy === WIRE_VERSION[asked];
  if (legacy !== 0x0303 || selected === undefined || !selected.equals(u16(0x0304))) return false;
  const share = exts.get(0x0033);
  if (hrr) return share === undefined || share.length === 2;
  return share !== undefined && share.length === 36 && share.subarray(0, 4).equals(Buffer.from([0, 0x1d, 0, 32]));
}

function referenceSsl2(bytes: Buffer, offered: ReadonlySet<number>): boolean {
  const length = ((bytes[0]! & 0x7f) << 8) | bytes[1]!;
  const r = new Reader(bytes.subarray(2, 2 + length));
  if (bytes.length < 2 + length || r.u8() !== 4) return false;
  r.u8();
  r.u8();
  const version = r.u16();
  const [certLength, specsLength, idLength] = [r.u16(), r.u16(), r.u16()];
  r.take(certLength);
  const specs = r.take(specsLength);
  r.take(idLength);
  if (!r.done() || version !== 2 || specsLength % 3 !== 0 || idLength < 16 || idLength > 32) return false;
  for (let p = 0; p < specs.length; p += 3) if (!offered.has(specs.readUIntBE(p, 3))) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------

describe('cipher tables', () => {
  const all = [...TLS13_SUITES, ...TLS12_ONLY_SUITES, ...ECC_SUITES, ...CLASSIC_SUITES];

  test('ids and names are unique and the TLS 1.3 suites are 13 01–13 05', () => {
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    expect(new Set(all.map((s) => s.name)).size).toBe(all.length);
    expect(TLS13_SUITES.map((s) => s.id)).toEqual([0x1301, 0x1302, 0x1303, 0x1304, 0x1305]);
    expect(all.every((s) => /^TLS_[A-Z0-9_]+(?:anon_[A-Z0-9_]+)?$/.test(s.name))).toBe(true);
  });

  test('the big list covers every legacy family the notes ask for', () => {
    const names = [...TLS12_ONLY_SUITES, ...ECC_SUITES, ...CLASSIC_SUITES].map((s) => s.name).join(' ');
    for (const family of [
      '_RSA_WITH_',
      '_DHE_',
      '_ECDHE_',
      '_AES_128_CBC',
      '_GCM_',
      'CAMELLIA',
      '3DES',
      'RC4',
      'SEED',
      'IDEA',
      '_DES_CBC_',
      'EXPORT',
      'NULL',
      'CHACHA20',
    ]) {
      expect(names, family).toContain(family);
    }
  });

  test('ECC and TLS 1.2-only classification follows the names', () => {
    for (const s of all) {
      if (s.id >= 0x1301 && s.id <= 0x1305) continue;
      expect(ECC_SUITE_IDS.has(s.id), s.name).toBe(s.name.includes('_ECDH'));
      expect(TLS12_ONLY_IDS.has(s.id), s.name).toBe(/GCM|CCM|CHACHA|SHA256|SHA384/.test(s.name));
    }
  });

  test('plain suites are a dozen-odd known suites; SSLv2 specs are 3-byte values; alerts named', () => {
    expect(PLAIN_SUITE_IDS.length).toBeGreaterThanOrEqual(10);
    expect(PLAIN_SUITE_IDS.length).toBeLessThanOrEqual(20);
    for (const id of PLAIN_SUITE_IDS) expect(all.some((s) => s.id === id)).toBe(true);
    expect(SSL2_CIPHER_SPECS.every((s) => s.id > 0xffff && s.id <= 0xffffff)).toBe(true);
    expect([ALERT_NAMES[40], ALERT_NAMES[70], ALERT_NAMES[112], ALERT_NAMES[86]]).toEqual([
      'handshake_failure',
      'protocol_version',
      'unrecognized_name',
      'inappropriate_fallback',
    ]);
  });
});

describe('ClientHello structure', () => {
  const cases = TLS_VERSIONS.flatMap((version) =>
    [false, true].flatMap((plain) => ['www.example.com', '192.0.2.7', '2001:db8::1', undefined].map((sni) => ({ version, plain, sni }))),
  );

  test.each(cases)('$version plain=$plain sni=$sni', ({ version, plain, sni }) => {
    const bytes = buildClientHello(version, { sni, plain });
    const h = parseHello(bytes);
    const offered = offeredSuites(version, { plain });

    expect(h.recordVersion).toBe(version === 'SSLv3' ? 0x0300 : 0x0301);
    expect(h.clientVersion).toBe(version === 'TLSv1.3' ? 0x0303 : WIRE_VERSION[version]);
    expect(MAX_SUITES).toBe(128);
    expect(h.suites.length).toBeLessThanOrEqual(MAX_SUITES);
    expect(h.suites).toContain(0x00ff);
    expect(new Set(h.suites).size).toBe(h.suites.length);
    expect(new Set(h.suites)).toEqual(offered);
    expect(h.compression).toEqual([0]);
    expect(isTroublesomeLength(h.bodyLength)).toBe(false);

    if (version === 'SSLv3') {
      expect(h.extensions).toBeUndefined();
      expect(h.suites.some((id) => ECC_SUITE_IDS.has(id) || TLS12_ONLY_IDS.has(id))).toBe(false);
      return;
    }
    const exts = h.extensions!;
    expect(new Set(exts.map((e) => e.type)).size).toBe(exts.length);
    expect(exts.at(-1)!.data.length).toBeGreaterThan(0);
    expect(sniOf(h)).toBe(sni === 'www.example.com' ? sni : undefined);
    expect(extOf(h, 13) !== undefined).toBe(version === 'TLSv1.2' || version === 'TLSv1.3');
    if (h.suites.some((id) => ECC_SUITE_IDS.has(id))) {
      expect(extOf(h, 10)).toBeDefined();
      if (version !== 'TLSv1.3') expect([...extOf(h, 11)!]).toContain(0);
    }
    if (version !== 'TLSv1.2') expect(h.suites.some((id) => TLS12_ONLY_IDS.has(id))).toBe(false);

    if (version === 'TLSv1.3') {
      expect(h.sessionId.length).toBe(32);
      expect(h.suites.filter((id) => id !== 0x00ff)).toEqual([0x1301, 0x1302, 0x1303, 0x1304, 0x1305]);
      expect(extOf(h, 0x002b)).toEqual(Buffer.from([2, 3, 4]));
      expect(extOf(h, 0x002d)).toEqual(Buffer.from([1, 1]));
      const share = new Reader(extOf(h, 0x0033)!);
      const shares = new Reader(share.vec16());
      expect(share.done()).toBe(true);
      expect(shares.u16()).toBe(0x001d);
      expect(shares.vec16().length).toBe(32);
      expect(shares.done()).toBe(true);
    } else {
      expect(h.sessionId.length).toBe(0);
      expect(extOf(h, 0x002b)).toBeUndefined();
    }
  });

  test('the big TLS 1.2 hello offers over a hundred suites, the plain one about a dozen', () => {
    expect(offeredSuites('TLSv1.2').size).toBeGreaterThan(100);
    expect(offeredSuites('TLSv1.2', { plain: true }).size).toBeLessThanOrEqual(20);
    expect(offeredSuites('TLSv1.0').size).toBeGreaterThan(60);
    expect(buildClientHello('TLSv1.2', { plain: true, sni: 'a.example' }).length).toBeLessThan(
      buildClientHello('TLSv1.2', { sni: 'a.example' }).length,
    );
  });

  test('padding keeps every hello clear of the lengths servers choke on, for any SNI length', () => {
    const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/);
    const host = fc
      .array(label, { minLength: 1, maxLength: 8 })
      .map((ls) => ls.join('.'))
      // IP literals, and names ending in a number (IPv4 shorthands), are covered elsewhere: never sent.
      .filter((h) => h.length <= 253 && net.isIP(h) === 0 && !/(?:^|\.)(?:\d+|0x[0-9a-f]*)$/i.test(h));
    fc.assert(
      fc.property(fc.constantFrom(...TLS_VERSIONS.filter((v) => v !== 'SSLv3')), fc.boolean(), host, (version, plain, sni) => {
        const h = parseHello(buildClientHello(version, { sni, plain }));
        expect(sniOf(h)).toBe(sni);
        expect(isTroublesomeLength(h.bodyLength)).toBe(false);
        const last = h.extensions!.at(-1)!;
        expect(last.data.length).toBeGreaterThan(0);
        const padding = extOf(h, 0x0015);
        if (padding !== undefined) {
          expect(last.type).toBe(0x0015);
          expect(padding.every((b) => b === 0)).toBe(true);
          // Only when needed: without it the length would have been a troublesome one.
          expect(isTroublesomeLength(h.bodyLength - 4 - padding.length)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    // Every length around the boundaries is handled, not just the ones random names hit.
    for (let n = 1; n <= 253; n++) {
      const sni = 'a'.repeat(Math.min(n, 63)) + (n > 63 ? '.' + 'b'.repeat(Math.min(n - 64, 63)) : '');
      if (sni.length > 253 || sni.endsWith('.')) continue;
      for (const version of ['TLSv1.0', 'TLSv1.2', 'TLSv1.3'] as const) {
        expect(isTroublesomeLength(parseHello(buildClientHello(version, { sni })).bodyLength)).toBe(false);
      }
    }
  });

  test('the troublesome-length rule covers both the body and the 4-byte-header message', () => {
    expect([251, 252, 255, 256, 507, 508, 511, 512].map(isTroublesomeLength)).toEqual([false, true, true, true, true, true, true, false]);
    expect([522, 518, 526, 778, 1038, 513].map(isTroublesomeLength)).toEqual([true, true, true, true, true, false]);
  });

  test('randomness comes from the injected source; by default two hellos differ', () => {
    const fixed = (n: number) => Buffer.alloc(n, 0x42);
    expect(buildClientHello('TLSv1.3', { random: fixed })).toEqual(buildClientHello('TLSv1.3', { random: fixed }));
    expect(parseHello(buildClientHello('TLSv1.2', { random: fixed })).random).toEqual(Buffer.alloc(32, 0x42));
    expect(buildClientHello('TLSv1.3')).not.toEqual(buildClientHello('TLSv1.3'));
    expect(() => buildClientHello('TLSv1.2', { random: () => Buffer.alloc(3) })).toThrow(/random source returned 3 bytes/);
    expect(() => buildClientHello('TLSv1.4' as Version)).toThrow(/^unknown protocol version "TLSv1.4"$/);
  });

  test('server names: IP literals are never sent, IDNs become A-labels, bad names are a one-line error', () => {
    expect(sniName('[2001:db8::1]')).toBeUndefined();
    expect(sniName('10.0.0.1')).toBeUndefined();
    // What resolvers read as IPv4 is an address too (RFC 6066 §3): 127.1, 2130706433, 0x7f.0.0.1 …
    for (const shorthand of ['127.1', '127.0.1', '2130706433', '0x7f.0.0.1', '0177.0.0.1', '127.0.0.1.']) {
      expect(sniName(shorthand), shorthand).toBeUndefined();
      expect(extOf(parseHello(buildClientHello('TLSv1.2', { sni: shorthand })), 0), shorthand).toBeUndefined();
    }
    expect(sniName('WWW.Example.COM.')).toBe('www.example.com');
    expect(sniName('bücher.example')).toBe('xn--bcher-kva.example');
    expect(sniName('_dmarc.example')).toBe('_dmarc.example');
    // 253 characters is the longest DNS name; one more is an error.
    const longest = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;
    expect(longest).toHaveLength(253);
    expect(sniName(longest)).toBe(longest);
    expect(() => sniName(`${longest}e`)).toThrow(ConfigurationError);
    for (const bad of ['exa mple.com', '', 'a..b', 'a'.repeat(64) + '.com', '-a.com', 'host:443', 'a/b']) {
      expect(() => buildClientHello('TLSv1.2', { sni: bad })).toThrow(ConfigurationError);
      try {
        sniName(bad);
      } catch (e) {
        expect((e as Error).message).toMatch(/^invalid server name .*expected a DNS host name or an IP address$/);
        expect((e as Error).message).not.toContain('\n');
      }
    }
  });

  test('SSLv2 CLIENT-HELLO: 2-byte header, version 0002, 3-byte cipher specs, 16-byte challenge', () => {
    const bytes = buildClientHello('SSLv2', { sni: 'ignored.example', random: (n) => Buffer.alloc(n, 0x11) });
    const length = ((bytes[0]! & 0x7f) << 8) | bytes[1]!;
    expect(bytes[0]! & 0x80).toBe(0x80);
    expect(length).toBe(bytes.length - 2);
    const r = new Reader(bytes.subarray(2));
    expect(r.u8()).toBe(1);
    expect(r.u16()).toBe(0x0002);
    const [specsLength, sessionIdLength, challengeLength] = [r.u16(), r.u16(), r.u16()];
    expect([sessionIdLength, challengeLength]).toEqual([0, 16]);
    const specs = r.take(specsLength);
    expect(r.take(challengeLength)).toEqual(Buffer.alloc(16, 0x11));
    expect(r.done()).toBe(true);
    const ids = Array.from({ length: specs.length / 3 }, (_, i) => specs.readUIntBE(3 * i, 3));
    expect(new Set(ids)).toEqual(offeredSuites('SSLv2'));
  });
});

describe('classifyReply: the decision table', () => {
  const offered12 = offeredSuites('TLSv1.2');
  const offered13 = offeredSuites('TLSv1.3');
  type Row = [string, Version, Buffer, Outcome | 'undefined'];
  const rows: Row[] = [
    [
      'TLS 1.2 ServerHello for TLS 1.2',
      'TLSv1.2',
      tls12Flight(0x0303, 0xc02f),
      { kind: 'accepted', serverVersion: 'TLSv1.2', cipher: 0xc02f },
    ],
    [
      'TLS 1.0 ServerHello for TLS 1.0',
      'TLSv1.0',
      tls12Flight(0x0301, 0x002f),
      { kind: 'accepted', serverVersion: 'TLSv1.0', cipher: 0x002f },
    ],
    [
      'SSLv3 ServerHello for SSLv3',
      'SSLv3',
      record(22, serverHello({ version: 0x0300, suite: 0x000a }), 0x0300),
      { kind: 'accepted', serverVersion: 'SSLv3', cipher: 0x000a },
    ],
    [
      'TLS 1.3 ServerHello via supported_versions',
      'TLSv1.3',
      record(22, tls13Hello(0x1302)),
      { kind: 'accepted', serverVersion: 'TLSv1.3', cipher: 0x1302 },
    ],
    [
      'HelloRetryRequest selecting 03 04',
      'TLSv1.3',
      record(22, helloRetry()),
      { kind: 'accepted', serverVersion: 'TLSv1.3', cipher: 0x1301, hrr: true },
    ],
    [
      'TLS 1.0 ServerHello for TLS 1.2: lower version',
      'TLSv1.2',
      tls12Flight(0x0301, 0xc013),
      { kind: 'rejected', serverVersion: 'TLSv1.0' },
    ],
    ['SSLv3 ServerHello for TLS 1.0: lower version', 'TLSv1.0', tls12Flight(0x0300, 0x000a), { kind: 'rejected', serverVersion: 'SSLv3' }],
    ['fatal protocol_version', 'TLSv1.0', alert(2, 70), { kind: 'rejected', alert: 70, alertName: 'protocol_version' }],
    [
      'fatal handshake_failure for SSLv3 (OpenSSL 3)',
      'SSLv3',
      alert(2, 40),
      { kind: 'rejected', alert: 40, alertName: 'handshake_failure' },
    ],
    ['fatal insufficient_security', 'TLSv1.1', alert(2, 71), { kind: 'rejected', alert: 71, alertName: 'insufficient_security' }],
    ['fatal unknown alert number', 'TLSv1.1', alert(2, 201), { kind: 'rejected', alert: 201, alertName: 'unknown_alert_201' }],
    ['warning close_notify', 'TLSv1.0', alert(1, 0), { kind: 'rejected', alert: 0, alertName: 'close_notify' }],
    [
      'warning unrecognized_name, then ServerHello',
      'TLSv1.2',
      Buffer.concat([alert(1, 112), tls12Flight(0x0303, 0xc030)]),
      { kind: 'accepted', serverVersion: 'TLSv1.2', cipher: 0xc030 },
    ],
    ['warning unrecognized_name alone', 'TLSv1.2', alert(1, 112), 'undefined'],
    ['fatal unrecognized_name', 'TLSv1.2', alert(2, 112), { kind: 'rejected', alert: 112, alertName: 'unrecognized_name' }],
    [
      'alert split over two records',
      'TLSv1.2',
      Buffer.concat([record(21, Buffer.from([2])), record(21, Buffer.from([70]))]),
      { kind: 'rejected', alert: 70, alertName: 'protocol_version' },
    ],
    [
      'HelloRequest, then ServerHello',
      'TLSv1.2',
      record(22, Buffer.concat([handshakeMessage(0, Buffer.alloc(0)), serverHello({ version: 0x0303, suite: 0x009c })])),
      { kind: 'accepted', serverVersion: 'TLSv1.2', cipher: 0x009c },
    ],
    ['SSLv2 ERROR', 'SSLv2', Buffer.from([0x80, 3, 0, 0, 1]), { kind: 'rejected', alertName: 'SSLv2 NO-CIPHER-ERROR' }],
    [
      'SSLv2 SERVER-HELLO for SSLv2',
      'SSLv2',
      ssl2ServerHello([0x0700c0, 0x010080]),
      { kind: 'accepted', serverVersion: 'SSLv2', cipher: 0x0700c0 },
    ],
    [
      'SSLv2 SERVER-HELLO with no common cipher still means SSLv2 is on',
      'SSLv2',
      ssl2ServerHello([]),
      { kind: 'accepted', serverVersion: 'SSLv2' },
    ],
    ['SSLv2 SERVER-HELLO for TLS 1.0', 'TLSv1.0', ssl2ServerHello([]), { kind: 'rejected', serverVersion: 'SSLv2' }],
    ['TLS alert for an SSLv2 hello (OpenSSL 3)', 'SSLv2', alert(2, 70), { kind: 'rejected', alert: 70, alertName: 'protocol_version' }],
    [
      'HTTP answer',
      'TLSv1.2',
      Buffer.from('HTTP/1.1 400 Bad Request\r\nServer: nginx\r\n\r\n'),
      { kind: 'not-tls', firstBytes: 'HTTP/1.1 400 Bad Request\\r\\nServer: nginx\\r\\n\\r\\n' },
    ],
    ['SMTP banner', 'TLSv1.0', Buffer.from('220 smtp.example ESMTP\r\n'), { kind: 'not-tls', firstBytes: '220 smtp.example ESMTP\\r\\n' }],
    [
      'handshake type byte with a non-TLS version',
      'TLSv1.2',
      Buffer.from([0x16, 0x04, 0x00, 0x00, 0x02]),
      { kind: 'not-tls', firstBytes: '\\x16\\x04\\x00\\x00\\x02' },
    ],
    [
      'high-bit byte that is no SSLv2 message',
      'SSLv2',
      Buffer.from([0x80, 0x05, 0x09, 1, 2, 3, 4]),
      { kind: 'not-tls', firstBytes: '\\x80\\x05\\x09\\x01\\x02\\x03\\x04' },
    ],
  ];

  test.each(rows)('%s', (_name, asked, bytes, expected) => {
    const offered = asked === 'TLSv1.3' ? offered13 : offeredSuites(asked);
    expect(classifyReply(asked, bytes, offered) ?? 'undefined').toEqual(expected);
  });

  type AnomalyRow = [string, Version, Buffer, RegExp, Version?];
  const anomalies: AnomalyRow[] = [
    [
      'TLS 1.2 ServerHello for TLS 1.0: higher version',
      'TLSv1.0',
      tls12Flight(0x0303, 0x002f),
      /answered a TLSv1\.0 hello with TLSv1\.2/,
      'TLSv1.2',
    ],
    ['TLS 1.2 ServerHello for SSLv2', 'SSLv2', tls12Flight(0x0303, 0x002f), /answered a SSLv2 hello with TLSv1\.2/, 'TLSv1.2'],
    [
      'TLS 1.3 selected in answer to a TLS 1.2 hello',
      'TLSv1.2',
      record(22, tls13Hello()),
      /supported_versions, which the TLSv1\.2 hello did not offer/,
    ],
    [
      'HelloRetryRequest for TLS 1.2',
      'TLSv1.2',
      record(22, serverHello({ version: 0x0303, suite: 0xc02f, random: HRR_RANDOM })),
      /HelloRetryRequest in answer to a TLSv1\.2 hello/,
    ],
    ['HelloRetryRequest selecting 03 03', 'TLSv1.3', record(22, helloRetry(0x0303)), /supported_versions/],
    [
      'suite never offered',
      'TLSv1.2',
      tls12Flight(0x0303, 0x1301),
      /TLS_AES_128_GCM_SHA256, which the TLSv1\.2 hello did not offer/,
      'TLSv1.2',
    ],
    [
      'suite never offered, lower version',
      'TLSv1.2',
      tls12Flight(0x0301, 0xabcd),
      /0xABCD, which the TLSv1\.2 hello did not offer/,
      'TLSv1.0',
    ],
    ['the SCSV "chosen" as a suite', 'TLSv1.2', tls12Flight(0x0303, 0x00ff), /TLS_EMPTY_RENEGOTIATION_INFO_SCSV/, 'TLSv1.2'],
    ['a TLS 1.2 suite in a TLS 1.0 ServerHello', 'TLSv1.0', tls12Flight(0x0301, 0xc02f), /did not offer/, 'TLSv1.0'],
    ['a TLS 1.2-only suite at TLS 1.2 for a TLS 1.3 hello', 'TLSv1.3', tls12Flight(0x0303, 0xc02f), /did not offer/, 'TLSv1.2'],
    [
      'compression',
      'TLSv1.2',
      record(22, serverHello({ version: 0x0303, suite: 0xc02f, compression: 1 })),
      /compression method 1/,
      'TLSv1.2',
    ],
    ['unknown version', 'TLSv1.2', record(22, serverHello({ version: 0x7f1c, suite: 0xc02f })), /unknown version 0x7f1c/],
    ['SSLv2 code in a TLS ServerHello', 'SSLv2', record(22, serverHello({ version: 0x0002, suite: 0xc02f })), /unknown version SSLv2/],
    [
      'TLS 1.3 without a key share',
      'TLSv1.3',
      record(22, serverHello({ version: 0x0303, suite: 0x1301, extensions: [[0x002b, u16(0x0304)]] })),
      /key share/,
      'TLSv1.3',
    ],
    [
      'HelloRetryRequest with compression',
      'TLSv1.3',
      record(22, serverHello({ version: 0x0303, suite: 0x1301, random: HRR_RANDOM, compression: 1, extensions: [[0x002b, u16(0x0304)]] })),
      /HelloRetryRequest with compression method 1/,
    ],
    [
      'TLS 1.3 key share with a stray byte',
      'TLSv1.3',
      record(
        22,
        serverHello({
          version: 0x0303,
          suite: 0x1301,
          extensions: [
            [0x002b, u16(0x0304)],
            [0x0033, Buffer.concat([x25519Share(), Buffer.from([0])])],
          ],
        }),
      ),
      /key share/,
      'TLSv1.3',
    ],
    [
      'TLS 1.3 key share for another group',
      'TLSv1.3',
      record(
        22,
        serverHello({
          version: 0x0303,
          suite: 0x1301,
          extensions: [
            [0x002b, u16(0x0304)],
            [0x0033, Buffer.concat([u16(0x0017), u16(32), Buffer.alloc(32)])],
          ],
        }),
      ),
      /key share/,
      'TLSv1.3',
    ],
    [
      'TLS 1.3 with legacy_version 03 04',
      'TLSv1.3',
      record(
        22,
        serverHello({
          version: 0x0304,
          suite: 0x1301,
          extensions: [
            [0x002b, u16(0x0304)],
            [0x0033, x25519Share()],
          ],
        }),
      ),
      /legacy_version/,
      'TLSv1.3',
    ],
    [
      'extension block length off by one',
      'TLSv1.2',
      record(
        22,
        handshakeMessage(
          2,
          Buffer.concat([
            u16(0x0303),
            Buffer.alloc(32),
            Buffer.from([0]),
            u16(0xc02f),
            Buffer.from([0]),
            u16(6),
            u16(0xff01),
            u16(1),
            Buffer.from([0]),
          ]),
        ),
      ),
      /malformed ServerHello: extension block/,
    ],
    [
      'duplicate extension',
      'TLSv1.3',
      record(
        22,
        serverHello({
          version: 0x0303,
          suite: 0x1301,
          extensions: [
            [0x002b, u16(0x0304)],
            [0x002b, u16(0x0304)],
          ],
        }),
      ),
      /appears twice/,
    ],
    [
      'session id of 33 bytes',
      'TLSv1.2',
      record(22, serverHello({ version: 0x0303, suite: 0xc02f, sessionId: Buffer.alloc(33) })),
      /session id of 33 bytes/,
    ],
    ['Certificate before ServerHello', 'TLSv1.2', record(22, handshakeMessage(11, Buffer.alloc(10))), /got handshake message Certificate/],
    ['application data first', 'TLSv1.2', record(23, Buffer.alloc(20)), /application data record before any ServerHello/],
    ['ChangeCipherSpec first', 'TLSv1.2', record(20, Buffer.from([1])), /ChangeCipherSpec record before any ServerHello/],
    ['alert level 3', 'TLSv1.2', alert(3, 40), /alert with level 3/],
    ['record longer than TLS allows', 'TLSv1.2', Buffer.from([22, 3, 3, 0x48, 0x01]), /record length 18433/],
    ['record version 3.9', 'TLSv1.2', Buffer.from([22, 3, 9, 0, 4]), /record version 3\.9/],
    [
      'empty handshake record',
      'TLSv1.2',
      Buffer.concat([record(22, Buffer.alloc(0)), tls12Flight(0x0303, 0xc02f)]),
      /empty handshake record/,
    ],
    ['ServerHello claiming 16 MB', 'TLSv1.2', record(22, Buffer.from([2, 0xff, 0xff, 0xff])), /claims to be 16777215 bytes/],
    [
      'garbage after a valid first record',
      'TLSv1.2',
      Buffer.concat([alert(1, 112), Buffer.from('HTTP/1.1')]),
      /malformed record at byte 7/,
    ],
    ['SSLv2 SERVER-HELLO listing a spec never offered', 'SSLv2', ssl2ServerHello([0x0800c0]), /spec 0x0800c0/],
    ['SSLv2 SERVER-HELLO at version 3.0', 'SSLv2', ssl2ServerHello([0x010080], 0x0300), /version SSLv3/],
    [
      'SSLv2 SERVER-HELLO lengths',
      'SSLv2',
      Buffer.concat([u16(0x8000 | 12), Buffer.from([4, 0, 1, 0, 2, 0, 0, 0, 0, 0, 16, 0])]),
      /lengths do not add up/,
    ],
    [
      'SSLv2 SERVER-HELLO with a byte after its parts',
      'SSLv2',
      ((h: Buffer) => Buffer.concat([u16(0x8000 | (h.length - 1)), h.subarray(2), Buffer.from([0])]))(ssl2ServerHello([0x010080])),
      /lengths do not add up/,
    ],
    [
      'a HelloRequest with a body (only an empty one is skipped)',
      'TLSv1.2',
      Buffer.concat([record(22, Buffer.from([0, 0, 0, 2, 11, 0])), record(22, serverHello({ version: 0x0303, suite: 0xc02f }))]),
      /^expected a ServerHello, got handshake message HelloRequest$/,
    ],
  ];

  test('an SSLv2 SERVER-HELLO with the longest connection id (32 bytes) is still accepted', () => {
    const short = ssl2ServerHello([0x010080]);
    const msg = Buffer.concat([short.subarray(2, 11), u16(32), short.subarray(13, short.length - 16), Buffer.alloc(32, 2)]);
    expect(classifyReply('SSLv2', Buffer.concat([u16(0x8000 | msg.length), msg]), offeredSuites('SSLv2'))).toEqual({
      kind: 'accepted',
      serverVersion: 'SSLv2',
      cipher: 0x010080,
    });
  });

  test.each(anomalies)('anomaly: %s', (_name, asked, bytes, detail, serverVersion) => {
    const outcome = classifyReply(asked, bytes, asked === 'TLSv1.3' ? offered13 : asked === 'TLSv1.2' ? offered12 : offeredSuites(asked));
    expect(outcome?.kind).toBe('anomaly');
    if (outcome?.kind !== 'anomaly') return;
    expect(outcome.detail).toMatch(detail);
    expect(outcome.serverVersion).toBe(serverVersion);
  });

  test('not-tls shows at most 64 printable characters and never cuts an escape in half', () => {
    const outcome = classifyReply(
      'TLSv1.2',
      Buffer.concat([Buffer.from('SSH-2.0-OpenSSH_9.6 '.repeat(5)), Buffer.from([0, 1, 2])]),
      offered12,
    );
    expect(outcome).toEqual({ kind: 'not-tls', firstBytes: 'SSH-2.0-OpenSSH_9.6 '.repeat(4).slice(0, 64) });
    expect(printable(Buffer.from([0x41, 0x0d, 0x0a, 0x00, 0xff, 0x7f]))).toBe('A\\r\\n\\x00\\xff\\x7f');
    expect(printable(Buffer.from('ab\x00\x00'), 6)).toBe('ab\\x00');
  });
});

describe('classifyReply: fragments, streams and limits', () => {
  const offered = offeredSuites('TLSv1.2');
  const flight = tls12Flight(0x0303, 0xc02f);
  const handshake = flight.subarray(5);
  const shLength = serverHello({ version: 0x0303, suite: 0xc02f }).length;
  const accepted: Outcome = { kind: 'accepted', serverVersion: 'TLSv1.2', cipher: 0xc02f };

  test('a ServerHello fragmented one byte per record is still read', () => {
    const oneByteRecords = refragment(
      handshake.subarray(0, shLength),
      Array.from({ length: shLength }, () => 1),
    );
    expect(classifyReply('TLSv1.2', oneByteRecords, offered)).toEqual(accepted);
  });

  test('each prefix of the byte stream needs more bytes until the ServerHello is complete', () => {
    // The decision comes as soon as the ServerHello's last byte is in, even mid-record.
    const decisive = 5 + shLength;
    for (let n = 0; n <= flight.length; n++) {
      const outcome = classifyReply('TLSv1.2', flight.subarray(0, n), offered);
      expect(outcome, `prefix ${n}`).toEqual(n < decisive ? undefined : accepted);
    }
  });

  test('endless valid-looking records end in an anomaly at the byte cap, not an endless wait', () => {
    const warnings = Buffer.concat(Array.from({ length: Math.ceil(MAX_REPLY_BYTES / 7) + 1 }, () => alert(1, 112)));
    expect(classifyReply('TLSv1.2', warnings.subarray(0, MAX_REPLY_BYTES - 7), offered)).toBeUndefined();
    expect(classifyReply('TLSv1.2', warnings, offered)).toMatchObject({
      kind: 'anomaly',
      detail: expect.stringMatching(/no ServerHello in the first 32768 bytes/),
    });
    const helloRequests = Buffer.concat(
      Array.from({ length: Math.ceil(MAX_REPLY_BYTES / 9) + 1 }, () => record(22, handshakeMessage(0, Buffer.alloc(0)))),
    );
    expect(classifyReply('TLSv1.2', helloRequests, offered)?.kind).toBe('anomaly');
    // A huge record that would be complete far past the cap.
    const longRecord = Buffer.concat([Buffer.from([22, 3, 3, 0x47, 0xff]), handshakeMessage(2, Buffer.alloc(0x4000))]);
    expect(classifyReply('TLSv1.2', longRecord.subarray(0, 100), offered)).toBeUndefined();
  });

  test('limits are exact: a record of 2^14 + 2048 bytes, record version 3.4, a ServerHello that fits the cap', () => {
    const header = (length: number, version = 0x0303) => Buffer.from([22, version >> 8, version & 0xff, length >> 8, length & 0xff]);
    // RFC 5246 §6.2.3: TLSCiphertext.length may be 2^14 + 2048, not one byte more.
    expect(classifyReply('TLSv1.2', header(16384 + 2048), offered)).toBeUndefined();
    expect(classifyReply('TLSv1.2', header(16384 + 2049), offered)).toEqual({
      kind: 'anomaly',
      detail: 'malformed record at byte 0: record length 18433',
    });
    // Record version 3.4 is odd but tolerated; 3.5 is not TLS.
    const sh = serverHello({ version: 0x0303, suite: 0xc02f });
    expect(classifyReply('TLSv1.2', Buffer.concat([header(sh.length, 0x0304), sh]), offered)).toEqual(accepted);
    expect(classifyReply('TLSv1.2', Buffer.concat([header(sh.length, 0x0305), sh]), offered)).toEqual({
      kind: 'anomaly',
      detail: 'malformed record at byte 0: record version 3.5',
    });
    // A ServerHello header claiming exactly what the cap holds waits for it; one byte more cannot fit.
    const claims = (length: number) => Buffer.concat([header(16384), Buffer.from([2]), u24(length)]);
    expect(classifyReply('TLSv1.2', claims(MAX_REPLY_BYTES - 4), offered)).toBeUndefined();
    expect(classifyReply('TLSv1.2', claims(MAX_REPLY_BYTES - 3), offered)).toEqual({
      kind: 'anomaly',
      detail: `ServerHello claims to be ${MAX_REPLY_BYTES - 3} bytes long`,
    });
  });

  test('fragmentation never changes the outcome (random record boundaries)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 40 }), fc.boolean(), (sizes, withWarning) => {
        const bytes = Buffer.concat([withWarning ? alert(1, 112) : Buffer.alloc(0), refragment(handshake, sizes)]);
        expect(classifyReply('TLSv1.2', bytes, offered)).toEqual(accepted);
      }),
      { numRuns: 200 },
    );
  });
});

describe('classifyEnd', () => {
  const flight = tls12Flight(0x0303, 0xc02f);

  test('no bytes: closed (or reset)', () => {
    expect(classifyEnd('TLSv1.0', Buffer.alloc(0), false)).toEqual({ kind: 'closed', reset: false });
    expect(classifyEnd('TLSv1.0', Buffer.alloc(0), true)).toEqual({ kind: 'closed', reset: true });
  });

  test('incomplete TLS: anomaly "truncated" that says where', () => {
    expect(classifyEnd('TLSv1.2', flight.subarray(0, 3), false)).toEqual({
      kind: 'anomaly',
      detail: 'truncated: connection closed after 3 bytes, inside a record header',
    });
    expect(classifyEnd('TLSv1.2', flight.subarray(0, 40), true)).toMatchObject({
      kind: 'anomaly',
      detail: expect.stringMatching(/^truncated: connection reset after 40 bytes, inside a handshake record \(35 of \d+ bytes\)$/),
    });
    expect(classifyEnd('SSLv2', ssl2ServerHello([0x010080]).subarray(0, 20), false)).toMatchObject({
      kind: 'anomaly',
      detail: expect.stringMatching(/^truncated: .*SSLv2 record/),
    });
  });

  test('non-TLS bytes, warnings then a hang-up, and decisive bytes', () => {
    expect(classifyEnd('TLSv1.2', Buffer.from('HTTP'), false)).toEqual({ kind: 'not-tls', firstBytes: 'HTTP' });
    expect(classifyEnd('TLSv1.2', alert(1, 112), false)).toEqual({ kind: 'rejected', alert: 112, alertName: 'unrecognized_name' });
    expect(classifyEnd('TLSv1.2', flight, false)).toEqual({ kind: 'accepted', serverVersion: 'TLSv1.2', cipher: 0xc02f });
    expect(classifyEnd('TLSv1.2', tls12Flight(0x0303, 0xc02f), false, offeredSuites('TLSv1.2', { plain: true }))).toMatchObject({
      kind: 'accepted',
    });
    expect(classifyEnd('TLSv1.2', tls12Flight(0x0303, 0x0001), false, offeredSuites('TLSv1.2', { plain: true }))).toMatchObject({
      kind: 'anomaly',
    });
  });
});

describe('property tests', () => {
  const version = fc.constantFrom(...ALL_VERSIONS);
  const offeredFor = (asked: Version) => offeredSuites(asked);

  /** Valid acceptances of every version, in a few shapes. */
  const validReply = (asked: Version): fc.Arbitrary<Buffer> => {
    const suites = [...offeredFor(asked)].filter((id) => id !== 0x00ff);
    const suite = fc.constantFrom(...suites);
    if (asked === 'SSLv2') return fc.subarray(suites, { minLength: 1 }).map((s) => ssl2ServerHello(s));
    if (asked === 'TLSv1.3')
      return fc.tuple(suite, fc.boolean()).map(([s, hrr]) => record(22, hrr ? helloRetry(0x0304, s) : tls13Hello(s)));
    const code = WIRE_VERSION[asked];
    return fc
      .tuple(suite, fc.boolean(), fc.array(fc.integer({ min: 1, max: 64 }), { maxLength: 6 }))
      .map(([s, warn, sizes]) =>
        Buffer.concat([warn ? alert(1, 112) : Buffer.alloc(0), refragment(tls12Flight(code, s).subarray(5), sizes, code)]),
      );
  };
  const askedAndReply = version.chain((asked) => validReply(asked).map((bytes) => ({ asked, bytes })));

  /** The invariant: no exception, a well-formed outcome, and `accepted` only for real acceptances. */
  function check(asked: Version, bytes: Buffer): void {
    const offered = offeredFor(asked);
    const outcome = classifyReply(asked, bytes, offered); // a throw fails the property
    if (outcome?.kind === 'accepted') {
      expect(referenceAccepts(asked, bytes, offered), `accepted: ${bytes.toString('hex')}`).toBe(true);
      expect(outcome.serverVersion).toBe(asked);
    }
    if (outcome?.kind === 'not-tls') expect(outcome.firstBytes.length).toBeLessThanOrEqual(64);
    const end = classifyEnd(asked, bytes, false, offered);
    expect(['accepted', 'rejected', 'closed', 'anomaly', 'not-tls']).toContain(end.kind);
    if (end.kind === 'accepted') expect(referenceAccepts(asked, bytes, offered)).toBe(true);
  }

  test('the generators make real acceptances (the reference and the classifier agree on them)', () => {
    fc.assert(
      fc.property(askedAndReply, ({ asked, bytes }) => {
        expect(referenceAccepts(asked, bytes, offeredFor(asked))).toBe(true);
        expect(classifyReply(asked, bytes, offeredFor(asked))).toMatchObject({ kind: 'accepted', serverVersion: asked });
      }),
      { numRuns: 300 },
    );
  });

  test('random bytes never throw and are never accepted', () => {
    const structured = fc
      .tuple(fc.constantFrom(0x0300, 0x0301, 0x0302, 0x0303), fc.uint8Array({ maxLength: 120 }))
      .map(([v, body]) => record(22, Buffer.concat([Buffer.from([2]), u24(body.length), Buffer.from(body)]), v));
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
      structured,
    );
    fc.assert(
      fc.property(version, bytes, (asked, b) => {
        check(asked, b);
      }),
      { numRuns: 1500 },
    );
  });

  test('truncations of valid replies need more bytes or end "truncated", never accepted early', () => {
    fc.assert(
      fc.property(askedAndReply, fc.nat(), ({ asked, bytes }, cut) => {
        const offered = offeredFor(asked);
        const prefix = bytes.subarray(0, cut % bytes.length);
        check(asked, prefix);
        const outcome = classifyReply(asked, prefix, offered);
        if (outcome !== undefined) {
          expect(outcome.kind).toBe('accepted'); // only once the whole ServerHello is in
          expect(referenceAccepts(asked, prefix, offered)).toBe(true);
        } else {
          const end = classifyEnd(asked, prefix, false, offered);
          if (prefix.length === 0) expect(end).toEqual({ kind: 'closed', reset: false });
          else if (end.kind !== 'rejected') expect(end).toMatchObject({ kind: 'anomaly', detail: expect.stringMatching(/^truncated/) });
        }
      }),
      { numRuns: 500 },
    );
  });

  test('mutations of valid replies never throw and are only accepted when still well-formed', () => {
    const mutation = fc.oneof(
      fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }), op: fc.constant('set' as const) }),
      fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }), op: fc.constant('insert' as const) }),
      fc.record({ at: fc.nat(), value: fc.constant(0), op: fc.constant('delete' as const) }),
    );
    fc.assert(
      fc.property(askedAndReply, fc.array(mutation, { minLength: 1, maxLength: 4 }), ({ asked, bytes }, mutations) => {
        let b = Buffer.from(bytes);
        for (const m of mutations) {
          const at = m.at % (b.length + 1);
          if (m.op === 'set' && at < b.length) b[at] = m.value;
          if (m.op === 'insert') b = Buffer.concat([b.subarray(0, at), Buffer.from([m.value]), b.subarray(at)]);
          if (m.op === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + 1)]);
        }
        check(asked, b);
      }),
      { numRuns: 1500 },
    );
  });

  test('model: a ServerHello is accepted iff version, suite and compression are right', () => {
    const code = fc.oneof(fc.constantFrom(0x0300, 0x0301, 0x0302, 0x0303, 0x0304), fc.integer({ min: 0, max: 0xffff }));
    fc.assert(
      fc.property(
        fc.constantFrom(...TLS_VERSIONS.filter((v) => v !== 'TLSv1.3')),
        code,
        fc.oneof(fc.constantFrom(0x002f, 0xc02f, 0x000a, 0x1301, 0x00ff), fc.integer({ min: 0, max: 0xffff })),
        fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 255 })),
        (asked, wire, suite, compression) => {
          const offered = offeredFor(asked);
          const outcome = classifyReply(asked, record(22, serverHello({ version: wire, suite, compression })), offered);
          const known = Object.entries(WIRE_VERSION).find(([name, c]) => c === wire && name !== 'SSLv2')?.[0] as Version | undefined;
          const order = (v: Version) => ALL_VERSIONS.indexOf(v);
          const expected =
            known === undefined || order(known) > order(asked) || !offered.has(suite) || suite === 0x00ff || compression !== 0
              ? 'anomaly'
              : known === asked
                ? 'accepted'
                : 'rejected';
          expect(outcome?.kind).toBe(expected);
          if (outcome?.kind === 'rejected') expect(outcome.serverVersion).toBe(known);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Cross-check against OpenSSL's own server, on loopback only.

describe('against openssl s_server on 127.0.0.1', () => {
  let dir = '';
  const servers: ChildProcess[] = [];

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-wire-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        '/CN=localhost',
        '-days',
        '1',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { stdio: 'pipe', timeout: 30_000 },
    );
  }, 40_000);

  afterAll(() => {
    for (const s of servers) s.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A port the OS considers free right now (s_server cannot listen on port 0). */
  async function freePort(): Promise<number> {
    const probe = net.createServer();
    await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as net.AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    return port;
  }

  /** Starts s_server and resolves with its port once it prints ACCEPT; retries when the port was taken meanwhile. */
  async function startServer(flags: readonly string[]): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const child = spawn(
        'openssl',
        ['s_server', '-accept', `127.0.0.1:${port}`, '-cert', path.join(dir, 'cert.pem'), '-key', path.join(dir, 'key.pem'), ...flags],
        {
          stdio: ['pipe', 'pipe', 'pipe'],
        },
      );
      servers.push(child);
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      const ready = await new Promise<boolean>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`s_server ${flags.join(' ')} did not start in 15 s: ${stderr}`)), 15_000);
        let stdout = '';
        child.stdout!.on('data', (d: Buffer) => {
          stdout += d.toString();
          if (stdout.includes('ACCEPT')) {
            clearTimeout(timer);
            resolve(true);
          }
        });
        child.once('exit', () => {
          clearTimeout(timer);
          if (/in use/i.test(stderr) && attempt < 5) resolve(false);
          else reject(new Error(`s_server ${flags.join(' ')} exited: ${stderr.trim()}`));
        });
        child.once('error', (e) => {
          clearTimeout(timer);
          reject(e);
        });
      });
      if (ready) return port;
    }
  }

  /** One probe: connect, write the hello, read until the classifier decides. Bounded by a timeout. */
  function probe(port: number, asked: Version, opts: { plain?: boolean } = {}): Promise<Outcome> {
    const hello = buildClientHello(asked, { sni: 'localhost', plain: opts.plain });
    const offered = offeredSuites(asked, opts);
    return new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      let received = Buffer.alloc(0);
      const finish = (outcome: Outcome) => {
        clearTimeout(timer);
        socket.destroy();
        resolve(outcome);
      };
      const timer = setTimeout(() => finish({ kind: 'timeout', phase: 'reply' }), 10_000);
      socket.once('connect', () => socket.write(hello));
      socket.on('data', (chunk: Buffer) => {
        received = Buffer.concat([received, chunk]);
        const outcome = classifyReply(asked, received, offered);
        if (outcome !== undefined) finish(outcome);
      });
      socket.once('end', () => finish(classifyEnd(asked, received, false, offered)));
      socket.once('error', (e: NodeJS.ErrnoException) =>
        finish(
          e.code === 'ECONNRESET'
            ? classifyEnd(asked, received, true, offered)
            : { kind: 'error', error: { kind: 'other', message: e.message } },
        ),
      );
    });
  }

  test('TLS 1.2-only server: TLS 1.2 accepted, everything else rejected', async () => {
    const port = await startServer(['-tls1_2', '-cipher', 'DEFAULT@SECLEVEL=0']);
    expect(await probe(port, 'TLSv1.2')).toMatchObject({ kind: 'accepted', serverVersion: 'TLSv1.2' });
    expect(await probe(port, 'TLSv1.2', { plain: true })).toMatchObject({ kind: 'accepted', serverVersion: 'TLSv1.2' });
    expect(await probe(port, 'TLSv1.0')).toEqual({ kind: 'rejected', alert: 70, alertName: 'protocol_version' });
    expect(await probe(port, 'TLSv1.0', { plain: true })).toEqual({ kind: 'rejected', alert: 70, alertName: 'protocol_version' });
    expect(await probe(port, 'TLSv1.1')).toEqual({ kind: 'rejected', alert: 70, alertName: 'protocol_version' });
    expect(await probe(port, 'TLSv1.3')).toEqual({ kind: 'rejected', alert: 70, alertName: 'protocol_version' });
    expect(await probe(port, 'SSLv3')).toMatchObject({ kind: 'rejected' });
    expect(await probe(port, 'SSLv2')).toMatchObject({ kind: 'rejected' });
  }, 30_000);

  test('TLS 1.0-only server: TLS 1.0 accepted (big and plain hello); higher hellos get a TLS 1.0 ServerHello', async () => {
    const port = await startServer(['-tls1', '-cipher', 'DEFAULT@SECLEVEL=0']);
    expect(await probe(port, 'TLSv1.0')).toMatchObject({ kind: 'accepted', serverVersion: 'TLSv1.0' });
    expect(await probe(port, 'TLSv1.0', { plain: true })).toMatchObject({ kind: 'accepted', serverVersion: 'TLSv1.0' });
    expect(await probe(port, 'TLSv1.2')).toEqual({ kind: 'rejected', serverVersion: 'TLSv1.0' });
    expect(await probe(port, 'TLSv1.1')).toEqual({ kind: 'rejected', serverVersion: 'TLSv1.0' });
  }, 30_000);

  test('TLS 1.3 server: accepted directly, and through a HelloRetryRequest when x25519 is not allowed', async () => {
    const [direct, retry] = await Promise.all([startServer(['-tls1_3']), startServer(['-tls1_3', '-groups', 'P-256'])]);
    expect(await probe(direct, 'TLSv1.3')).toEqual({ kind: 'accepted', serverVersion: 'TLSv1.3', cipher: 0x1301 });
    expect(await probe(retry, 'TLSv1.3')).toEqual({ kind: 'accepted', serverVersion: 'TLSv1.3', cipher: 0x1301, hrr: true });
    expect(await probe(direct, 'TLSv1.2')).toEqual({ kind: 'rejected', alert: 70, alertName: 'protocol_version' });
  }, 30_000);
});
