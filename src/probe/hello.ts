/**
 * Hand-built ClientHellos, one protocol version per hello, shaped the way real servers and
 * middleboxes need (see docs in shared/probe-notes.md): the bytes to write on a fresh TCP
 * connection, record layer included. Nothing here opens a socket.
 */
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';
import { clip } from '../clip.js';
import { ConfigurationError } from '../errors.js';
import { WIRE_VERSION, type Version } from '../versions.js';
import {
  CLASSIC_SUITES,
  ECC_SUITE_IDS,
  ECC_SUITES,
  PLAIN_SUITE_IDS,
  SCSV_RENEGOTIATION,
  SSL2_CIPHER_SPECS,
  TLS12_ONLY_IDS,
  TLS12_ONLY_SUITES,
  TLS13_SUITES,
} from './ciphers.js';
import { endsInNumber } from './ip-literal.js';

export interface HelloOptions {
  /** Server name for SNI. IP literals are accepted and simply not sent (RFC 6066 §3). */
  readonly sni?: string;
  /** The small retry hello: a dozen common suites and few extensions. */
  readonly plain?: boolean;
  /** Source of random bytes (client random, session id, key share, SSLv2 challenge); for tests. */
  readonly random?: (n: number) => Buffer;
}

/** Extension type codes we send (IANA TLS ExtensionType registry). */
export const EXT = {
  serverName: 0x0000,
  supportedGroups: 0x000a,
  ecPointFormats: 0x000b,
  signatureAlgorithms: 0x000d,
  padding: 0x0015,
  supportedVersions: 0x002b,
  pskKeyExchangeModes: 0x002d,
  keyShare: 0x0033,
} as const;

const X25519 = 0x001d;

/**
 * Named groups. The full list includes old binary and brainpool curves because a server whose only
 * ECC curve is one of them would otherwise fall back to non-ECC suites or refuse the version.
 */
const GROUPS_FULL = [
  X25519,
  0x0017,
  0x0018,
  0x0019,
  0x001e,
  0x0016,
  0x0015,
  0x0014,
  0x0013,
  0x001a,
  0x001b,
  0x001c,
  0x000e,
  0x000d,
  0x000b,
  0x000c,
  0x0009,
  0x000a,
  0x0100,
  0x0101,
  0x0102,
  0x0103,
  0x0104,
];
const GROUPS_PLAIN = [X25519, 0x0017, 0x0018, 0x0019];
/** TLS 1.3 only defines these (RFC 8446 §4.2.7); the binary curves would be a protocol error. */
const GROUPS_TLS13 = [X25519, 0x0017, 0x0018, 0x0019, 0x001e, 0x0100, 0x0101, 0x0102, 0x0103, 0x0104];

/** Signature schemes: modern first, then the SHA-1/MD5-era pairs old TLS 1.2 servers still need. */
const SIGALGS_FULL = [
  0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0807, 0x0808, 0x0809, 0x080a, 0x080b, 0x0401, 0x0501, 0x0601, 0x0303, 0x0203, 0x0201,
  0x0402, 0x0502, 0x0602, 0x0301, 0x0302, 0x0202, 0x0102, 0x0103, 0x0101,
];
const SIGALGS_PLAIN = [0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601, 0x0201];

/** Hard limit from the shaping notes: some servers reject hellos with more suites (the tests hold every list to it). */
export const MAX_SUITES = 128;

/**
 * The cipher suites (or, for SSLv2, the 24-bit cipher specs) a hello for `version` offers, in
 * order. The renegotiation SCSV is included: it is on the wire, although it is not a cipher.
 */
export function suiteList(version: Version, plain = false): readonly number[] {
  if (version === 'SSLv2') return SSL2_CIPHER_SPECS.map((s) => s.id);
  if (version === 'TLSv1.3') return [...TLS13_SUITES.map((s) => s.id), SCSV_RENEGOTIATION];
  const big = [...TLS12_ONLY_SUITES, ...ECC_SUITES, ...CLASSIC_SUITES].map((s) => s.id);
  const base = plain ? PLAIN_SUITE_IDS : big;
  const fits = (id: number): boolean => {
    // TLS 1.2-only suites would be a protocol violation below TLS 1.2; ECC suites need
    // extensions, which an SSLv3 hello does not carry.
    if (version !== 'TLSv1.2' && TLS12_ONLY_IDS.has(id)) return false;
    if (version === 'SSLv3' && ECC_SUITE_IDS.has(id)) return false;
    return true;
  };
  return [...base.filter(fits), SCSV_RENEGOTIATION];
}

/** The suites a hello offered, to spot a server choosing one we never offered. */
export function offeredSuites(version: Version, opts: { plain?: boolean } = {}): ReadonlySet<number> {
  return new Set(suiteList(version, opts.plain ?? false));
}

/** Everything any hello for this version offers (big or plain): the best guess when the caller lost track. */
export function anyOfferedSuites(version: Version): ReadonlySet<number> {
  return new Set([...suiteList(version, false), ...suiteList(version, true)]);
}

/**
 * The name to put in SNI, or undefined when none may be sent: IP literals (RFC 6066 forbids
 * them), in any spelling a resolver reads as IPv4 (`127.1`, `2130706433`), and no name at all. Unicode names become their A-label form; a trailing dot is dropped
 * (SNI carries names without it). A name that cannot be a DNS host name is the user's mistake.
 */
export function sniName(sni: string | undefined): string | undefined {
  if (sni === undefined) return undefined;
  const bare = sni.startsWith('[') && sni.endsWith(']') ? sni.slice(1, -1) : sni;
  if (isIP(bare) !== 0 || endsInNumber(bare)) return undefined;
  const trimmed = bare.endsWith('.') ? bare.slice(0, -1) : bare;
  const ascii = /^[\x21-\x7e]*$/.test(trimmed) ? trimmed.toLowerCase() : domainToASCII(trimmed);
  const labels = ascii.split('.');
  const ok =
    ascii.length > 0 &&
    ascii.length <= 253 &&
    labels.every((l) => l.length > 0 && l.length <= 63 && /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/.test(l));
  if (!ok) throw new ConfigurationError(`invalid server name ${JSON.stringify(clip(sni))}: expected a DNS host name or an IP address`);
  return ascii;
}

/** Builds the hello for one version. The result is written as is on a fresh connection. */
export function buildClientHello(version: Version, opts: HelloOptions = {}): Buffer {
  if (!Object.hasOwn(WIRE_VERSION, version)) throw new ConfigurationError(`unknown protocol version ${JSON.stringify(version)}`);
  const random = checkedRandom(opts.random ?? randomBytes);
  const host = sniName(opts.sni); // validated even for SSLv2, which has no place for it
  if (version === 'SSLv2') return sslv2Hello(random);
  const plain = opts.plain ?? false;
  const suites = suiteList(version, plain);
  const extensions = version === 'SSLv3' ? [] : tlsExtensions(version, suites, host, plain, random);
  const sessionId = version === 'TLSv1.3' ? random(32) : Buffer.alloc(0); // TLS 1.3 middlebox compatibility (RFC 8446 §D.4)
  const clientVersion = version === 'TLSv1.3' ? WIRE_VERSION['TLSv1.2'] : WIRE_VERSION[version];
  const fixed = Buffer.concat([u16(clientVersion), random(32), vec8(sessionId), vec16(u16s(suites)), vec8(Buffer.from([0]))]);
  const body = Buffer.concat([fixed, ...(extensions.length > 0 ? [vec16(Buffer.concat(padded(fixed.length, extensions)))] : [])]);
  const handshake = Buffer.concat([Buffer.from([1]), u24(body.length), body]);
  // Record version 03 01 even for TLS 1.2/1.3: some servers drop records at versions they do not know.
  const recordVersion = version === 'SSLv3' ? 0x0300 : 0x0301;
  return Buffer.concat([Buffer.from([22]), u16(recordVersion), u16(handshake.length), handshake]);
}

function tlsExtensions(
  version: Version,
  suites: readonly number[],
  host: string | undefined,
  plain: boolean,
  random: (n: number) => Buffer,
): Buffer[] {
  const exts: Buffer[] = [];
  if (host !== undefined) {
    // server_name_list with one host_name entry (type 0).
    exts.push(ext(EXT.serverName, vec16(Buffer.concat([Buffer.from([0]), vec16(Buffer.from(host, 'ascii'))]))));
  }
  if (version === 'TLSv1.3') {
    exts.push(ext(EXT.supportedVersions, vec8(u16(WIRE_VERSION['TLSv1.3']))));
    exts.push(ext(EXT.supportedGroups, vec16(u16s(plain ? GROUPS_PLAIN : GROUPS_TLS13))));
    // One x25519 share of random bytes: enough to get a ServerHello, the handshake is never finished.
    exts.push(ext(EXT.keyShare, vec16(Buffer.concat([u16(X25519), vec16(random(32))]))));
    exts.push(ext(EXT.pskKeyExchangeModes, vec8(Buffer.from([1])))); // psk_dhe_ke
  } else if (suites.some((id) => ECC_SUITE_IDS.has(id))) {
    exts.push(ext(EXT.supportedGroups, vec16(u16s(plain ? GROUPS_PLAIN : GROUPS_FULL))));
    // uncompressed, plus the compressed forms old servers list (RFC 4492 §5.1.2).
    exts.push(ext(EXT.ecPointFormats, vec8(Buffer.from(plain ? [0] : [0, 1, 2]))));
  }
  if (version === 'TLSv1.2' || version === 'TLSv1.3') {
    // Last on purpose: never empty, so the list never ends with an empty extension.
    exts.push(ext(EXT.signatureAlgorithms, vec16(u16s(plain ? SIGALGS_PLAIN : SIGALGS_FULL))));
  }
  return exts;
}

/**
 * Lengths (of the ClientHello body, and of the handshake message with its 4-byte header — the
 * sources disagree on which one the bugs key on, so both are kept clear) that servers or
 * middleboxes are known to choke on: 256–511 (F5, RFC 7685) and, above that, ≡ 10 or 14 mod 256.
 */
export function isTroublesomeLength(bodyLength: number): boolean {
  return [bodyLength, bodyLength + 4].some((n) => (n >= 256 && n <= 511) || (n > 511 && (n % 256 === 10 || n % 256 === 14)));
}

/**
 * Appends a padding extension when the hello would have a troublesome length. The padding always
 * carries at least one byte: some servers fail when the last extension is empty.
 */
function padded(fixedLength: number, exts: Buffer[]): Buffer[] {
  const bodyLength = (extras: number): number => fixedLength + 2 + exts.reduce((n, e) => n + e.length, 0) + extras;
  if (!isTroublesomeLength(bodyLength(0))) return exts;
  let n = 1;
  while (isTroublesomeLength(bodyLength(4 + n))) n++;
  return [...exts, ext(EXT.padding, Buffer.alloc(n))];
}

/**
 * SSLv2 CLIENT-HELLO (SSLv2 draft §E): 2-byte record header with the high bit set, message type 1,
 * version 0x0002, the 3-byte cipher specs, no session id, and a 16-byte challenge.
 */
function sslv2Hello(random: (n: number) => Buffer): Buffer {
  const specs = Buffer.concat(SSL2_CIPHER_SPECS.map((s) => u24(s.id)));
  const challenge = random(16);
  const msg = Buffer.concat([
    Buffer.from([1]),
    u16(WIRE_VERSION.SSLv2),
    u16(specs.length),
    u16(0),
    u16(challenge.length),
    specs,
    challenge,
  ]);
  return Buffer.concat([u16(0x8000 | msg.length), msg]);
}

/** A random source that returns fewer or more bytes than asked would silently corrupt every length. */
function checkedRandom(source: (n: number) => Buffer): (n: number) => Buffer {
  return (n) => {
    const bytes = source(n);
    if (bytes.length !== n) throw new Error(`random source returned ${bytes.length} bytes instead of ${n}`);
    return bytes;
  };
}

function ext(type: number, data: Buffer): Buffer {
  return Buffer.concat([u16(type), vec16(data)]);
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}

function u24(n: number): Buffer {
  return Buffer.from([(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);
}

function u16s(list: readonly number[]): Buffer {
  return Buffer.concat(list.map(u16));
}

function vec8(data: Buffer): Buffer {
  return Buffer.concat([Buffer.from([data.length]), data]);
}

function vec16(data: Buffer): Buffer {
  return Buffer.concat([u16(data.length), data]);
}
