/**
 * Reads the server's first reply to one hand-built ClientHello and decides what it means for the
 * version asked, following the decision table in shared/probe-notes.md. A ReplyReader takes the
 * reply chunk by chunk and keeps its place between them; the caller stops reading as soon as an
 * outcome comes back.
 */
import type { Outcome } from './types.js';
import { versionIndex, versionOfWire, WIRE_VERSION, type Version } from '../versions.js';
import { alertName, SCSV_RENEGOTIATION, SSL2_ERROR_NAMES, suiteName } from './ciphers.js';
import { anyOfferedSuites, EXT } from './hello.js';

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

/**
 * What the reply so far says about `asked`, or undefined when more bytes are needed. `offered`
 * is the set of suites (SSLv2: cipher specs) the hello offered.
 */
export function classifyReply(asked: Version, bytes: Buffer, offered: ReadonlySet<number>): Outcome | undefined {
  return new ReplyReader(asked, offered).push(bytes);
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
  const reader = new ReplyReader(asked, offered);
  reader.push(bytes);
  return reader.end(reset);
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

/** How many first bytes a not-tls outcome shows (printable() shows at most one byte per character). */
const HEAD_BYTES = 64;

/** A fixed-size buffer filled from a stream of chunks: each byte is copied once and never re-read. */
class Filling {
  readonly bytes: Buffer;
  filled = 0;
  constructor(size: number) {
    this.bytes = Buffer.alloc(size);
  }
  get full(): boolean {
    return this.filled === this.bytes.length;
  }
  get content(): Buffer {
    return this.bytes.subarray(0, this.filled);
  }
  /** Copies what fits from `src` starting at `at`; returns how many bytes were taken. */
  take(src: Buffer, at: number): number {
    const n = src.copy(this.bytes, this.filled, at, Math.min(src.length, at + this.bytes.length - this.filled));
    this.filled += n;
    return n;
  }
}

/**
 * Reads the server's first reply chunk by chunk, keeping its place: the record framing, the
 * handshake message being assembled and a pending alert byte live between chunks, so every byte
 * is examined once however the server splits its reply (a server that drip-feeds one byte per
 * write costs linear time, not quadratic). Memory is bounded: a record header, one handshake
 * message of at most MAX_REPLY_BYTES, the first bytes for a not-tls message. Bytes past
 * MAX_REPLY_BYTES are never looked at: by then the reply has been decided.
 */
export class ReplyReader {
  private decided: Outcome | undefined;
  /** Every byte pushed, for the "truncated after N bytes" message. */
  private received = 0;
  /** Bytes looked at (at most MAX_REPLY_BYTES): the cost of reading, which tests hold to linear. */
  private looked = 0;
  private readonly head = new Filling(HEAD_BYTES);
  private mode: 'unknown' | 'tls' | 'ssl2' = 'unknown';
  // TLS record layer
  private header = new Filling(5);
  private recordStart = 0;
  private recordType = 0;
  private recordLength = 0;
  private recordLeft = 0;
  // Handshake and alert layers (messages may span records)
  private hsHeader = new Filling(4);
  private hsBody: Filling | undefined;
  private alertLevel: number | undefined;
  private warning: number | undefined;
  // SSLv2
  private ssl2Header = new Filling(3);
  private ssl2Record: Filling | undefined;

  constructor(
    private readonly asked: Version,
    /** The suites (SSLv2: cipher specs) the hello offered. */
    private readonly offered: ReadonlySet<number>,
  ) {}

  /** How many bytes were examined so far: each once, never more than MAX_REPLY_BYTES in all. */
  get examined(): number {
    return this.looked;
  }

  /** Reads one more chunk; the outcome once the reply so far decides it (and from then on). */
  push(chunk: Buffer): Outcome | undefined {
    if (this.decided || chunk.length === 0) return this.decided;
    this.received += chunk.length;
    this.head.take(chunk, 0);
    const input = chunk.subarray(0, MAX_REPLY_BYTES - this.looked);
    if (this.mode === 'unknown') this.mode = input[0]! >= 0x80 ? 'ssl2' : 'tls'; // SSLv2 headers have the high bit set
    if (this.mode === 'ssl2') this.readSsl2(input);
    else this.readRecords(input);
    if (!this.decided && this.looked >= MAX_REPLY_BYTES)
      this.decided = anomaly(`no ServerHello in the first ${MAX_REPLY_BYTES} bytes of the reply`);
    return this.decided;
  }

  /** The outcome when the connection ended (closed, or reset when `reset`) after what was pushed. */
  end(reset: boolean): Outcome {
    if (this.received === 0) return { kind: 'closed', reset };
    if (this.decided) return this.decided;
    // A harmless warning and then a hang-up is still the server saying no.
    if (this.warning !== undefined) return { kind: 'rejected', alert: this.warning, alertName: alertName(this.warning) };
    return {
      kind: 'anomaly',
      detail: `truncated: connection ${reset ? 'reset' : 'closed'} after ${this.received} bytes, ${this.waiting()}`,
    };
  }

  /** What the reply is still waiting for, for the "truncated" message. */
  private waiting(): string {
    if (this.mode === 'ssl2') {
      const r = this.ssl2Record;
      return r ? `inside an SSLv2 record (${r.filled - 2} of ${r.bytes.length - 2} bytes)` : 'inside an SSLv2 record header';
    }
    if (this.header.filled > 0 && !this.header.full) return 'inside a record header';
    if (this.recordLeft > 0)
      return `inside a ${RECORD_NAMES[this.recordType]} record (${this.recordLength - this.recordLeft} of ${this.recordLength} bytes)`;
    return 'before a ServerHello';
  }

  private readRecords(input: Buffer): void {
    for (let at = 0; at < input.length && !this.decided;) {
      if (!this.header.full) {
        const n = this.header.take(input, at);
        at += n;
        this.looked += n;
        const problem = recordProblem(this.header.content);
        if (problem !== undefined) {
          this.decided =
            this.recordStart === 0 && problem.notTls
              ? notTls(this.head.content)
              : anomaly(`malformed record at byte ${this.recordStart}: ${problem.text}`);
          return;
        }
        if (!this.header.full) return;
        this.recordType = this.header.bytes[0]!;
        this.recordLength = this.recordLeft = this.header.bytes.readUInt16BE(3);
        if (this.recordType !== RECORD.handshake && this.recordType !== RECORD.alert) {
          this.decided = anomaly(`${RECORD_NAMES[this.recordType]} record before any ServerHello`);
          return;
        }
      } else {
        const n = Math.min(this.recordLeft, input.length - at);
        const fragment = input.subarray(at, at + n);
        at += n;
        this.looked += n;
        this.recordLeft -= n;
        if (this.recordType === RECORD.handshake) this.readHandshake(fragment);
        else this.readAlerts(fragment);
      }
      if (this.header.full && this.recordLeft === 0 && !this.decided) {
        this.recordStart += 5 + this.recordLength;
        this.header = new Filling(5);
      }
    }
  }

  /** Handshake bytes: HelloRequests are skipped, the first other message must be the ServerHello. */
  private readHandshake(fragment: Buffer): void {
    for (let at = 0; at < fragment.length && !this.decided;) {
      if (!this.hsBody) {
        at += this.hsHeader.take(fragment, at);
        if (!this.hsHeader.full) return;
        // HelloRequest may come at any time and is to be ignored during a handshake (RFC 5246 §7.4.1.1).
        if (this.hsHeader.bytes.readUInt32BE(0) === 0) {
          this.hsHeader = new Filling(4);
          continue;
        }
        const type = this.hsHeader.bytes[0]!;
        const length = this.hsHeader.bytes.readUIntBE(1, 3);
        if (type !== 2) {
          this.decided = anomaly(`expected a ServerHello, got handshake message ${HANDSHAKE_NAMES[type] ?? `type ${type}`}`);
          return;
        }
        if (length + 4 > MAX_REPLY_BYTES) {
          this.decided = anomaly(`ServerHello claims to be ${length} bytes long`);
          return;
        }
        this.hsBody = new Filling(length);
      }
      at += this.hsBody.take(fragment, at);
      if (this.hsBody.full) this.decided = judge(this.asked, this.hsBody.bytes, this.offered);
    }
  }

  /** Alert bytes, in (level, description) pairs that may be split across records. */
  private readAlerts(fragment: Buffer): void {
    for (const byte of fragment) {
      if (this.alertLevel === undefined) {
        this.alertLevel = byte;
        continue;
      }
      const [level, description] = [this.alertLevel, byte];
      this.alertLevel = undefined;
      if (level !== 1 && level !== 2) {
        this.decided = anomaly(`alert with level ${level} (neither warning nor fatal)`);
        return;
      }
      if (level === 1 && HARMLESS_WARNINGS.has(description)) {
        this.warning = description;
        continue;
      }
      this.decided = { kind: 'rejected', alert: description, alertName: alertName(description) };
      return;
    }
  }

  /** SSLv2 replies (SSLv2 draft §E): SERVER-HELLO (type 4) or ERROR (type 0) behind a 2-byte header. */
  private readSsl2(input: Buffer): void {
    let at = 0;
    if (!this.ssl2Record) {
      at = this.ssl2Header.take(input, 0);
      this.looked += at;
      if (!this.ssl2Header.full) return;
      const h = this.ssl2Header.bytes;
      const length = ((h[0]! & 0x7f) << 8) | h[1]!;
      const type = h[2]!;
      if ((type !== 0 && type !== 4) || length === 0) {
        this.decided = notTls(this.head.content);
        return;
      }
      if (2 + length > MAX_REPLY_BYTES) {
        this.decided = anomaly(`SSLv2 record claims ${length} bytes`);
        return;
      }
      this.ssl2Record = new Filling(2 + length);
      this.ssl2Record.take(h, 0);
    }
    const n = this.ssl2Record.take(input, at);
    this.looked += n;
    if (this.ssl2Record.full) this.decided = judgeSsl2(this.asked, this.ssl2Record.bytes.subarray(2), this.offered);
  }
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

  const version = versionOfWire(code);
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

/** A complete SSLv2 message (header stripped): SERVER-HELLO (type 4) or ERROR (type 0). */
function judgeSsl2(asked: Version, msg: Buffer, offered: ReadonlySet<number>): Outcome {
  if (msg[0] === 0) {
    if (msg.length !== 3) return anomaly(`SSLv2 ERROR message of ${msg.length} bytes`);
    const code = msg.readUInt16BE(1);
    return { kind: 'rejected', alertName: SSL2_ERROR_NAMES[code] ?? `SSLv2 error ${code}` };
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
  if (asked !== 'SSLv2') return { kind: 'rejected', serverVersion: 'SSLv2' };
  // A SERVER-HELLO with no common cipher spec still means SSLv2 is enabled (CVE-2015-3197 showed
  // such servers can be talked into a disabled cipher), so it counts as accepted.
  return specs.length > 0 ? { kind: 'accepted', serverVersion: 'SSLv2', cipher: specs[0] } : { kind: 'accepted', serverVersion: 'SSLv2' };
}

function notTls(bytes: Buffer): Outcome {
  return { kind: 'not-tls', firstBytes: printable(bytes.subarray(0, HEAD_BYTES)) };
}

function anomaly(detail: string): Outcome {
  return { kind: 'anomaly', detail };
}

function wireName(code: number): string {
  return versionOfWire(code) ?? `0x${code.toString(16).padStart(4, '0')}`;
}
