/**
 * Reads the server's first reply to one hand-built ClientHello and decides what it means for the
 * version asked, following the decision table in shared/probe-notes.md. Pure functions over the
 * bytes received so far: the caller feeds everything it has after each chunk and stops reading as
 * soon as an outcome comes back.
 */
import type { Outcome } from './types.js';
import { versionIndex, type Version } from '../versions.js';
import { alertName, SCSV_RENEGOTIATION, SSL2_ERROR_NAMES, suiteName } from './ciphers.js';
import { anyOfferedSuites, EXT, WIRE_VERSION } from './hello.js';

/**
 * How many bytes we read at most without finding the decisive message. A ServerHello fits in a
 * few hundred bytes even when fragmented; a peer that keeps sending valid-looking records that
 * never contain one is broken (or hostile) and must not keep the probe waiting until the timeout.
 */
export const MAX_REPLY_BYTES = 32 * 1024;

/** TLSCiphertext may exceed 2^14 by up to 2048 bytes (RFC 5246 §6.2.3); anything longer is not a record. */
const MAX_RECORD_LENGTH = 16384 + 2048;

/** A ServerHello whose random is this value is a HelloRetryRequest (RFC 8446 §4.1.3). */
export const HRR_RANDOM = Buffer.from('CF21AD74E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C', 'hex');

const RECORD = { changeCipherSpec: 20, alert: 21, handshake: 22, applicationData: 23, heartbeat: 24 } as const;
const RECORD_NAMES: Readonly<Record<number, string>> = {
  20: 'ChangeCipherSpec',
  21: 'alert',
  22: 'handshake',
  23: 'application data',
  24: 'heartbeat',
};
const HANDSHAKE_NAMES: Readonly<Record<number, string>> = {
  0: 'HelloRequest',
  1: 'ClientHello',
  2: 'ServerHello',
  4: 'NewSessionTicket',
  8: 'EncryptedExtensions',
  11: 'Certificate',
  12: 'ServerKeyExchange',
  13: 'CertificateRequest',
  14: 'ServerHelloDone',
  20: 'Finished',
};

/**
 * Warnings that servers send before an otherwise normal ServerHello (Apache sends
 * unrecognized_name when the SNI matches no virtual host). Any other alert ends the attempt.
 */
const HARMLESS_WARNINGS: ReadonlySet<number> = new Set([112]);

const BY_WIRE = new Map<number, Version>(Object.entries(WIRE_VERSION).map(([name, code]) => [code, name as Version]));

/** A decision, or what the reply is still waiting for (for the "truncated" message). */
type Scan = { readonly outcome: Outcome } | { readonly waiting: string; readonly warning?: number };

/**
 * What the reply so far says about `asked`, or undefined when more bytes are needed. `offered`
 * is the set of suites (SSLv2: cipher specs) the hello offered.
 */
export function classifyReply(asked: Version, bytes: Buffer, offered: ReadonlySet<number>): Outcome | undefined {
  const s = scan(asked, bytes, offered);
  return 'outcome' in s ? s.outcome : undefined;
}

/**
 * The outcome when the connection ended (closed, or reset when `reset`) after `bytes`. Without
 * `offered`, a complete ServerHello is checked against every suite any hello for `asked` offers.
 */
export function classifyEnd(
  asked: Version,
  bytes: Buffer,
  reset: boolean,
  offered: ReadonlySet<number> = anyOfferedSuites(asked),
): Outcome {
  if (bytes.length === 0) return { kind: 'closed', reset };
  const s = scan(asked, bytes, offered);
  if ('outcome' in s) return s.outcome;
  // A harmless warning and then a hang-up is still the server saying no.
  if (s.warning !== undefined) return { kind: 'rejected', alert: s.warning, alertName: alertName(s.warning) };
  return { kind: 'anomaly', detail: `truncated: connection ${reset ? 'reset' : 'closed'} after ${bytes.length} bytes, ${s.waiting}` };
}

/** Up to `max` characters that show what a non-TLS peer said: printable ASCII as is, the rest escaped. */
export function printable(bytes: Buffer, max = 64): string {
  let out = '';
  for (const b of bytes) {
    const piece =
      b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : b === 0x0d ? '\\r' : b === 0x0a ? '\\n' : `\\x${b.toString(16).padStart(2, '0')}`;
    if (out.length + piece.length > max) break;
    out += piece;
  }
  return out;
}

function scan(asked: Version, bytes: Buffer, offered: ReadonlySet<number>): Scan {
  if (bytes.length === 0) return { waiting: 'before the first byte' };
  // SSLv2 records have a 2-byte header with the high bit set; TLS content types are 20–24.
  if (bytes[0]! >= 0x80) return scanSsl2(asked, bytes, offered);

  const data = bytes.subarray(0, MAX_REPLY_BYTES);
  let handshake = Buffer.alloc(0);
  let alerts = Buffer.alloc(0);
  let warning: number | undefined;
  let waiting = 'before a ServerHello';
  for (let pos = 0; pos < data.length;) {
    const header = data.subarray(pos, pos + 5);
    const problem = recordProblem(header);
    if (problem !== undefined)
      return pos === 0 && problem.notTls ? notTls(bytes) : anomaly(`malformed record at byte ${pos}: ${problem.text}`);
    if (header.length < 5) {
      waiting = 'inside a record header';
      break;
    }
    const type = header[0]!;
    const length = header.readUInt16BE(3);
    const body = data.subarray(pos + 5, pos + 5 + length);
    if (type === RECORD.handshake) {
      handshake = Buffer.concat([handshake, body]);
      // HelloRequest may come at any time and is to be ignored during a handshake (RFC 5246 §7.4.1.1).
      while (handshake.length >= 4 && handshake.readUInt32BE(0) === 0) handshake = handshake.subarray(4);
      const decided = readServerHello(asked, handshake, offered);
      if (decided !== undefined) return decided;
    } else if (type === RECORD.alert) {
      alerts = Buffer.concat([alerts, body]);
      for (; alerts.length >= 2; alerts = alerts.subarray(2)) {
        const [level, description] = [alerts[0]!, alerts[1]!];
        if (level !== 1 && level !== 2) return anomaly(`alert with level ${level} (neither warning nor fatal)`);
        if (level === 1 && HARMLESS_WARNINGS.has(description)) {
          warning = description;
          continue;
        }
        return { outcome: { kind: 'rejected', alert: description, alertName: alertName(description) } };
      }
    } else {
      return anomaly(`${RECORD_NAMES[type]} record before any ServerHello`);
    }
    if (body.length < length) {
      waiting = `inside a ${RECORD_NAMES[type]} record (${body.length} of ${length} bytes)`;
      break;
    }
    pos += 5 + length;
  }
  if (bytes.length >= MAX_REPLY_BYTES) return anomaly(`no ServerHello in the first ${MAX_REPLY_BYTES} bytes of the reply`);
  return warning === undefined ? { waiting } : { waiting, warning };
}

/** What is wrong with a (possibly partial) record header; `notTls` when it does not even look like TLS. */
function recordProblem(header: Buffer): { notTls: boolean; text: string } | undefined {
  const type = header[0]!;
  if (RECORD_NAMES[type] === undefined) return { notTls: true, text: `unknown content type ${type}` };
  if (header.length >= 2 && header[1] !== 3) return { notTls: true, text: `record version major ${header[1]}` };
  if (header.length >= 3 && header[2]! > 4) return { notTls: false, text: `record version 3.${header[2]}` };
  if (header.length < 5) return undefined;
  const length = header.readUInt16BE(3);
  if (length > MAX_RECORD_LENGTH) return { notTls: false, text: `record length ${length}` };
  // RFC 5246 §6.2.1: zero-length handshake, alert and ChangeCipherSpec fragments are forbidden.
  if (length === 0 && type !== RECORD.applicationData) return { notTls: false, text: `empty ${RECORD_NAMES[type]} record` };
  return undefined;
}

/** The first handshake message (HelloRequests already dropped) must be the ServerHello; is it complete? */
function readServerHello(asked: Version, hs: Buffer, offered: ReadonlySet<number>): Scan | undefined {
  if (hs.length < 4) return undefined;
  const type = hs[0]!;
  const length = hs.readUIntBE(1, 3);
  if (type !== 2) return anomaly(`expected a ServerHello, got handshake message ${HANDSHAKE_NAMES[type] ?? `type ${type}`}`);
  if (length + 4 > MAX_REPLY_BYTES) return anomaly(`ServerHello claims to be ${length} bytes long`);
  if (hs.length - 4 < length) return undefined;
  return { outcome: judge(asked, hs.subarray(4, 4 + length), offered) };
}

interface ServerHello {
  readonly version: number;
  readonly random: Buffer;
  readonly suite: number;
  readonly compression: number;
  readonly extensions: ReadonlyMap<number, Buffer>;
}

/** RFC 5246 §7.4.1.3 / RFC 8446 §4.1.3, strictly: every length must add up. */
function parseServerHello(body: Buffer): ServerHello | string {
  if (body.length < 38) return `only ${body.length} bytes`;
  const sessionIdLength = body[34]!;
  if (sessionIdLength > 32) return `session id of ${sessionIdLength} bytes`;
  let p = 35 + sessionIdLength;
  if (body.length < p + 3) return 'ends inside the session id or suite';
  const hello = { version: body.readUInt16BE(0), random: body.subarray(2, 34), suite: body.readUInt16BE(p), compression: body[p + 2]! };
  p += 3;
  const extensions = new Map<number, Buffer>();
  if (p === body.length) return { ...hello, extensions };
  if (body.length - p < 2 || body.readUInt16BE(p) !== body.length - p - 2) return 'extension block length does not match';
  for (p += 2; p < body.length;) {
    if (body.length - p < 4) return 'truncated extension header';
    const type = body.readUInt16BE(p);
    const length = body.readUInt16BE(p + 2);
    if (p + 4 + length > body.length) return `extension ${type} overruns the message`;
    if (extensions.has(type)) return `extension ${type} appears twice`;
    extensions.set(type, body.subarray(p + 4, p + 4 + length));
    p += 4 + length;
  }
  return { ...hello, extensions };
}

/** The decision table, for a complete ServerHello. */
function judge(asked: Version, body: Buffer, offered: ReadonlySet<number>): Outcome {
  const sh = parseServerHello(body);
  if (typeof sh === 'string') return { kind: 'anomaly', detail: `malformed ServerHello: ${sh}` };
  const selected = sh.extensions.get(EXT.supportedVersions);
  if (selected !== undefined && selected.length !== 2)
    return { kind: 'anomaly', detail: 'malformed supported_versions in the ServerHello' };
  const code = selected?.readUInt16BE(0) ?? sh.version;
  // We only ever send supported_versions = {TLS 1.3}; selecting anything else through it is a violation.
  if (selected !== undefined && (asked !== 'TLSv1.3' || code !== WIRE_VERSION['TLSv1.3'])) {
    return {
      kind: 'anomaly',
      detail: `ServerHello selects ${wireName(code)} through supported_versions, which the ${asked} hello did not offer`,
    };
  }
  const suiteOk = sh.suite !== SCSV_RENEGOTIATION && offered.has(sh.suite);
  const badSuite = `server chose cipher suite ${suiteName(sh.suite)}, which the ${asked} hello did not offer`;

  if (sh.random.equals(HRR_RANDOM)) {
    if (asked !== 'TLSv1.3') return { kind: 'anomaly', detail: `HelloRetryRequest in answer to a ${asked} hello` };
    if (selected === undefined || sh.version !== WIRE_VERSION['TLSv1.2'])
      return { kind: 'anomaly', detail: 'HelloRetryRequest without a TLS 1.3 selection' };
    const keyShare = sh.extensions.get(EXT.keyShare);
    if (keyShare !== undefined && keyShare.length !== 2) return { kind: 'anomaly', detail: 'malformed key_share in the HelloRetryRequest' };
    if (!suiteOk) return { kind: 'anomaly', detail: badSuite, serverVersion: 'TLSv1.3' };
    if (sh.compression !== 0) return { kind: 'anomaly', detail: `HelloRetryRequest with compression method ${sh.compression}` };
    return { kind: 'accepted', serverVersion: 'TLSv1.3', cipher: sh.suite, hrr: true };
  }

  const version = BY_WIRE.get(code);
  // 0x0002 is SSLv2's code, which a TLS ServerHello cannot carry.
  if (version === undefined || version === 'SSLv2')
    return { kind: 'anomaly', detail: `ServerHello with unknown version ${wireName(code)}` };
  if (versionIndex(version) > versionIndex(asked)) {
    return { kind: 'anomaly', detail: `server answered a ${asked} hello with ${version}`, serverVersion: version };
  }
  if (!suiteOk) return { kind: 'anomaly', detail: badSuite, serverVersion: version };
  // We offer only the null compression method.
  if (sh.compression !== 0)
    return { kind: 'anomaly', detail: `server chose compression method ${sh.compression}, which was not offered`, serverVersion: version };
  if (version !== asked) return { kind: 'rejected', serverVersion: version };
  if (version === 'TLSv1.3') {
    if (sh.version !== WIRE_VERSION['TLSv1.2'])
      return { kind: 'anomaly', detail: `TLS 1.3 ServerHello with legacy_version ${wireName(sh.version)}`, serverVersion: version };
    // Our only share is x25519: a real TLS 1.3 ServerHello answers it with a 32-byte x25519 share.
    const share = sh.extensions.get(EXT.keyShare);
    if (share === undefined || share.length !== 36 || share.readUInt16BE(0) !== 0x001d || share.readUInt16BE(2) !== 32) {
      return { kind: 'anomaly', detail: 'TLS 1.3 ServerHello without a matching x25519 key share', serverVersion: version };
    }
  }
  return { kind: 'accepted', serverVersion: version, cipher: sh.suite };
}

/** SSLv2 replies (SSLv2 draft §E): SERVER-HELLO (type 4) or ERROR (type 0) behind a 2-byte header. */
function scanSsl2(asked: Version, bytes: Buffer, offered: ReadonlySet<number>): Scan {
  if (bytes.length < 3) return { waiting: 'inside an SSLv2 record header' };
  const length = ((bytes[0]! & 0x7f) << 8) | bytes[1]!;
  const type = bytes[2]!;
  if ((type !== 0 && type !== 4) || length === 0) return notTls(bytes);
  if (2 + length > MAX_REPLY_BYTES) return anomaly(`SSLv2 record claims ${length} bytes`);
  if (bytes.length < 2 + length) return { waiting: `inside an SSLv2 record (${bytes.length - 2} of ${length} bytes)` };
  const msg = bytes.subarray(2, 2 + length);
  if (type === 0) {
    if (msg.length !== 3) return anomaly(`SSLv2 ERROR message of ${msg.length} bytes`);
    const code = msg.readUInt16BE(1);
    return { outcome: { kind: 'rejected', alertName: SSL2_ERROR_NAMES[code] ?? `SSLv2 error ${code}` } };
  }
  if (msg.length < 11) return anomaly(`SSLv2 SERVER-HELLO of ${msg.length} bytes`);
  const [certLength, specsLength, idLength] = [msg.readUInt16BE(5), msg.readUInt16BE(7), msg.readUInt16BE(9)];
  if (11 + certLength + specsLength + idLength !== msg.length) return anomaly('SSLv2 SERVER-HELLO lengths do not add up');
  if (specsLength % 3 !== 0 || idLength < 16 || idLength > 32) return anomaly('malformed SSLv2 SERVER-HELLO');
  const version = msg.readUInt16BE(3);
  if (version !== WIRE_VERSION.SSLv2) return anomaly(`SSLv2 SERVER-HELLO with version ${wireName(version)}`);
  const specs: number[] = [];
  for (let p = 11 + certLength; p < 11 + certLength + specsLength; p += 3) specs.push(msg.readUIntBE(p, 3));
  const unknown = specs.find((s) => !offered.has(s));
  if (unknown !== undefined)
    return anomaly(`SSLv2 server lists cipher spec 0x${unknown.toString(16).padStart(6, '0')}, which the hello did not offer`);
  if (asked !== 'SSLv2') return { outcome: { kind: 'rejected', serverVersion: 'SSLv2' } };
  // A SERVER-HELLO with no common cipher spec still means SSLv2 is enabled (CVE-2015-3197 showed
  // such servers can be talked into a disabled cipher), so it counts as accepted.
  return {
    outcome:
      specs.length > 0 ? { kind: 'accepted', serverVersion: 'SSLv2', cipher: specs[0] } : { kind: 'accepted', serverVersion: 'SSLv2' },
  };
}

function notTls(bytes: Buffer): Scan {
  return { outcome: { kind: 'not-tls', firstBytes: printable(bytes.subarray(0, 64)) } };
}

function anomaly(detail: string): Scan {
  return { outcome: { kind: 'anomaly', detail } };
}

function wireName(code: number): string {
  return BY_WIRE.get(code) ?? `0x${code.toString(16).padStart(4, '0')}`;
}
