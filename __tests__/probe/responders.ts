/**
 * Hand-written first-flight servers for the prober's integration tests: Node `net` servers on
 * loopback that read one ClientHello per connection and answer it the way a particular kind of
 * server does (an SSLv3-only box, a version-intolerant one, a black hole, …). Real TLS stacks
 * cannot be configured into most of these behaviours, which is why they are written by hand.
 *
 * The ClientHello parser and the reply builders here are written independently of
 * src/probe/hello.ts and reply.ts on purpose: a mistake shared with the code under test would
 * not be caught. Only the version vocabulary is shared.
 */
import * as net from 'node:net';
import type { Version } from '../../src/versions.js';

// ---------------------------------------------------------------------------------------------
// Wire constants (RFC 5246, RFC 8446, the SSLv2 draft)

/** Protocol version codes on the wire; SSLv2's CLIENT-HELLO carries 0x0002. */
const WIRE: Readonly<Record<Version, number>> = {
  SSLv2: 0x0002,
  SSLv3: 0x0300,
  'TLSv1.0': 0x0301,
  'TLSv1.1': 0x0302,
  'TLSv1.2': 0x0303,
  'TLSv1.3': 0x0304,
};
const BY_WIRE = new Map<number, Version>(Object.entries(WIRE).map(([name, code]) => [code, name as Version]));

const CONTENT_HANDSHAKE = 22;
const CONTENT_ALERT = 21;
const HANDSHAKE_CLIENT_HELLO = 1;
const HANDSHAKE_SERVER_HELLO = 2;
const HANDSHAKE_CERTIFICATE = 11;
const EXT_SERVER_NAME = 0x0000;
const EXT_SUPPORTED_VERSIONS = 0x002b;
const EXT_KEY_SHARE = 0x0033;
/** A reserved (GREASE, RFC 8701) extension type: never means anything. */
const EXT_UNKNOWN = 0x1a1a;
const SCSV_RENEGOTIATION = 0x00ff;
const X25519 = 0x001d;
const SECP256R1 = 0x0017;
/** The fixed random that marks a ServerHello as a HelloRetryRequest (RFC 8446 §4.1.3). */
const HRR_RANDOM = Buffer.from('CF21AD74E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C', 'hex');

/** Alert descriptions the responders send. */
export const ALERT = { handshakeFailure: 40, protocolVersion: 70 } as const;

/** A ClientHello is never this big; a peer sending more without one is not a TLS client. */
const MAX_HELLO_BYTES = 64 * 1024;

// ---------------------------------------------------------------------------------------------
// Reading the ClientHello

/** What a responder needs to know about the hello it got. */
export interface HelloInfo {
  /**
   * The version the hello asks for: `SSLv2` for a two-byte-header CLIENT-HELLO, TLS 1.3 when
   * supported_versions offers 0x0304, otherwise client_version. `unknown` when the bytes are not
   * a ClientHello at all.
   */
  readonly version: Version | 'unknown';
  /** Bytes on the wire, record header(s) included. */
  readonly bytes: number;
  /** Cipher suites offered (SSLv2: the 24-bit cipher specs), in order. */
  readonly suites: readonly number[];
  /** The legacy_session_id, echoed by TLS 1.3 servers. */
  readonly sessionId: Buffer;
  /** The host_name from server_name, if any. */
  readonly sni?: string;
}

type Parsed = { readonly hello: HelloInfo } | 'more' | { readonly junk: number };

function u16s(data: Buffer): number[] {
  const out: number[] = [];
  for (let p = 0; p + 1 < data.length; p += 2) out.push(data.readUInt16BE(p));
  return out;
}

/** The SSLv2 CLIENT-HELLO: 2-byte header with the high bit set, type 1, version, three lengths. */
function parseSsl2(data: Buffer): Parsed {
  if (data.length < 2) return 'more';
  const length = ((data[0]! & 0x7f) << 8) | data[1]!;
  if (data.length < 2 + length) return 'more';
  const msg = data.subarray(2, 2 + length);
  if (msg.length < 9 || msg[0] !== 1) return { junk: 2 + length };
  const [specsLength, idLength, challengeLength] = [msg.readUInt16BE(3), msg.readUInt16BE(5), msg.readUInt16BE(7)];
  if (9 + specsLength + idLength + challengeLength !== msg.length || specsLength % 3 !== 0) return { junk: 2 + length };
  const suites: number[] = [];
  for (let p = 9; p < 9 + specsLength; p += 3) suites.push(msg.readUIntBE(p, 3));
  return { hello: { version: 'SSLv2', bytes: 2 + length, suites, sessionId: Buffer.alloc(0) } };
}

/** A TLS ClientHello in one handshake record (what every client we test sends). */
function parseTls(data: Buffer): Parsed {
  if (data.length < 5) return 'more';
  const length = data.readUInt16BE(3);
  if (data[0] !== CONTENT_HANDSHAKE || data[1] !== 3) return { junk: data.length };
  if (data.length < 5 + length) return 'more';
  const hs = data.subarray(5, 5 + length);
  const junk = { junk: 5 + length };
  if (hs.length < 4 || hs[0] !== HANDSHAKE_CLIENT_HELLO || hs.readUIntBE(1, 3) !== hs.length - 4) return junk;
  const body = hs.subarray(4);
  let p = 2 + 32;
  const sessionId = body.subarray(p + 1, p + 1 + body[p]!);
  p += 1 + sessionId.length;
  const suitesLength = body.readUInt16BE(p);
  const suites = u16s(body.subarray(p + 2, p + 2 + suitesLength));
  p += 2 + suitesLength;
  p += 1 + body[p]!; // compression methods
  let version: HelloInfo['version'] = BY_WIRE.get(body.readUInt16BE(0)) ?? 'unknown';
  let sni: string | undefined;
  if (p + 2 <= body.length) {
    const end = p + 2 + body.readUInt16BE(p);
    for (p += 2; p + 4 <= end; p += 4 + body.readUInt16BE(p + 2)) {
      const type = body.readUInt16BE(p);
      const ext = body.subarray(p + 4, p + 4 + body.readUInt16BE(p + 2));
      if (type === EXT_SUPPORTED_VERSIONS && u16s(ext.subarray(1, 1 + ext[0]!)).includes(WIRE['TLSv1.3'])) version = 'TLSv1.3';
      // server_name_list (2 bytes) → name_type (1) → host_name length (2) → name
      if (type === EXT_SERVER_NAME && ext.length > 5) sni = ext.subarray(5, 5 + ext.readUInt16BE(3)).toString('ascii');
    }
  }
  return { hello: { version, bytes: 5 + length, suites, sessionId: Buffer.from(sessionId), ...(sni ? { sni } : {}) } };
}

function parseHello(data: Buffer): Parsed {
  if (data.length === 0) return 'more';
  try {
    return data[0]! >= 0x80 ? parseSsl2(data) : parseTls(data);
  } catch {
    // A length that points past the end (a RangeError from a read): not a hello we understand.
    return { junk: data.length };
  }
}

// ---------------------------------------------------------------------------------------------
// Building replies

const u16 = (n: number): Buffer => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
const u24 = (n: number): Buffer => Buffer.from([(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);
const ext = (type: number, body: Buffer): Buffer => Buffer.concat([u16(type), u16(body.length), body]);

function record(type: number, version: number, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from([type]), u16(version), u16(body.length), body]);
}

/** A fatal alert record. */
export function alert(description: number, recordVersion = WIRE['TLSv1.0']): Buffer {
  return record(CONTENT_ALERT, recordVersion, Buffer.from([2, description]));
}

/**
 * A ServerHello selecting `version` and `suite`, in one record. TLS 1.3 goes through
 * supported_versions with an x25519 key share (32 arbitrary bytes: the handshake never goes
 * further); with `hrr` it is a HelloRetryRequest asking for secp256r1 instead.
 */
export function serverHello(version: Version, suite: number, opts: { sessionId?: Buffer; hrr?: boolean; padding?: number } = {}): Buffer {
  if (version === 'SSLv2') throw new Error('serverHello: SSLv2 has its own SERVER-HELLO (use sslv2ServerHello)');
  const tls13 = version === 'TLSv1.3';
  const random = opts.hrr ? HRR_RANDOM : Buffer.alloc(32, 0x5a);
  const sessionId = tls13 ? (opts.sessionId ?? Buffer.alloc(0)) : Buffer.alloc(0);
  const extensions = Buffer.concat([
    ...(tls13
      ? [
          ext(EXT_SUPPORTED_VERSIONS, u16(WIRE['TLSv1.3'])),
          opts.hrr ? ext(EXT_KEY_SHARE, u16(SECP256R1)) : ext(EXT_KEY_SHARE, Buffer.concat([u16(X25519), u16(32), Buffer.alloc(32, 0x11)])),
        ]
      : []),
    // An extension the client never heard of, to make the message as long as a test needs.
    ...(opts.padding ? [ext(EXT_UNKNOWN, Buffer.alloc(opts.padding, 0x2a))] : []),
  ]);
  const legacyVersion = tls13 ? WIRE['TLSv1.2'] : WIRE[version];
  const body = Buffer.concat([
    u16(legacyVersion),
    random,
    Buffer.from([sessionId.length]),
    sessionId,
    u16(suite),
    Buffer.from([0]), // null compression
    ...(extensions.length > 0 ? [u16(extensions.length), extensions] : []),
  ]);
  const handshake = Buffer.concat([Buffer.from([HANDSHAKE_SERVER_HELLO]), u24(body.length), body]);
  return record(CONTENT_HANDSHAKE, legacyVersion, handshake);
}

/**
 * The same records with their content cut into records of at most `size` bytes each (legal for
 * handshake and alert content, RFC 5246 §6.2.1): one message becomes many small records.
 */
export function refragment(records: Buffer, size: number): Buffer {
  const out: Buffer[] = [];
  for (let p = 0; p + 5 <= records.length;) {
    const [type, version, length] = [records[p]!, records.readUInt16BE(p + 1), records.readUInt16BE(p + 3)];
    const body = records.subarray(p + 5, p + 5 + length);
    for (let q = 0; q < body.length; q += size) out.push(record(type, version, body.subarray(q, q + size)));
    p += 5 + length;
  }
  return Buffer.concat(out);
}

/**
 * An SSLv2 SERVER-HELLO (type 4): no session hit, an X.509 certificate, the cipher specs the
 * server agrees to, and a 16-byte connection id.
 */
export function sslv2ServerHello(certificateDer: Buffer, specs: readonly number[]): Buffer {
  const specBytes = Buffer.concat(specs.map(u24));
  const connectionId = Buffer.alloc(16, 0x33);
  const msg = Buffer.concat([
    Buffer.from([4, 0, 1]), // SERVER-HELLO, session_id_hit = 0, certificate_type = X.509
    u16(WIRE.SSLv2),
    u16(certificateDer.length),
    u16(specBytes.length),
    u16(connectionId.length),
    certificateDer,
    specBytes,
    connectionId,
  ]);
  return Buffer.concat([u16(0x8000 | msg.length), msg]);
}

/**
 * The suite a server running `version` would choose from the offer: the first real suite (the
 * renegotiation SCSV is a signal, not a suite) that exists at that version. Undefined when the
 * offer has none, which real servers answer with handshake_failure.
 */
export function pickSuite(hello: HelloInfo, version: Version): number | undefined {
  const tls13Suite = (s: number): boolean => s >> 8 === 0x13;
  return hello.suites.find((s) => s !== SCSV_RENEGOTIATION && (version === 'TLSv1.3') === tls13Suite(s));
}

// ---------------------------------------------------------------------------------------------
// Responders

/** What to do with a connection once its hello has been read. */
export type Action =
  /** Write these bytes, then FIN (or leave the connection open with `stay`). */
  | { readonly send: Buffer; readonly stay?: boolean }
  /** Hang up without a byte: FIN, or RST. */
  | { readonly hangUp: 'fin' | 'reset' }
  /** Never answer (the connection stays open until the client leaves). */
  | { readonly silent: true }
  /** Write the bytes one at a time, `everyMs` apart (0: as fast as the event loop turns), then leave the connection open. */
  | { readonly drip: Buffer; readonly everyMs: number };

export type Respond = (hello: HelloInfo) => Action;

export interface Responder {
  readonly host: string;
  readonly port: number;
  /** Every hello read so far, in arrival order (to check what the client really sent). */
  readonly hellos: HelloInfo[];
  close(): Promise<void>;
}

function act(socket: net.Socket, action: Action, timers: Set<NodeJS.Timeout>): void {
  if ('send' in action) {
    if (action.stay) socket.write(action.send);
    else socket.end(action.send);
  } else if ('hangUp' in action) {
    if (action.hangUp === 'fin') socket.end();
    else socket.resetAndDestroy();
  } else if ('drip' in action) {
    let next = 0;
    const tick = (): void => {
      if (socket.destroyed || next >= action.drip.length) return;
      socket.write(action.drip.subarray(next, ++next));
      if (action.everyMs === 0) {
        setImmediate(tick);
        return;
      }
      const timer = setTimeout(() => {
        timers.delete(timer);
        tick();
      }, action.everyMs);
      timers.add(timer);
    };
    tick();
  }
  // silent: nothing to do; the socket keeps reading (and discarding) whatever comes.
}

/**
 * Listens on `host` (default 127.0.0.1) and `port` (default 0: the OS picks), reads one hello per
 * connection and answers it with `respond(hello)`. Bytes that are not a ClientHello get the
 * answer to a hello of version `unknown`.
 */
export async function startResponder(respond: Respond, opts: { host?: string; port?: number } = {}): Promise<Responder> {
  const host = opts.host ?? '127.0.0.1';
  const hellos: HelloInfo[] = [];
  const sockets = new Set<net.Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.setNoDelay(true);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined); // the prober resets connections it is done with
    let data = Buffer.alloc(0);
    let answered = false;
    socket.on('data', (chunk: Buffer) => {
      if (answered) return;
      data = Buffer.concat([data, chunk]);
      const parsed = parseHello(data);
      if (parsed === 'more' && data.length < MAX_HELLO_BYTES) return;
      answered = true;
      const hello: HelloInfo =
        typeof parsed === 'object' && 'hello' in parsed
          ? parsed.hello
          : { version: 'unknown', bytes: data.length, suites: [], sessionId: Buffer.alloc(0) };
      hellos.push(hello);
      act(socket, respond(hello), timers);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port: opts.port ?? 0, exclusive: true }, () => resolve());
  });
  return {
    host,
    port: (server.address() as net.AddressInfo).port,
    hellos,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// The kinds of server the tests need, each one small function of the hello

/** A ServerHello at the hello's own version when it is in `versions`; alert 70 otherwise. */
export function acceptsOnly(versions: readonly Version[]): Respond {
  return (hello) => {
    if (hello.version === 'unknown' || hello.version === 'SSLv2' || !versions.includes(hello.version)) {
      return { send: alert(ALERT.protocolVersion) };
    }
    const suite = pickSuite(hello, hello.version);
    if (suite === undefined) return { send: alert(ALERT.handshakeFailure) };
    // A real server goes on with its Certificate and waits: the connection stays open.
    return { send: serverHello(hello.version, suite, { sessionId: hello.sessionId }), stay: true };
  };
}

/** An SSLv2 server: a SERVER-HELLO listing the offered specs it knows; alert 70 to TLS hellos. */
export function sslv2Server(certificateDer: Buffer, knownSpecs: readonly number[]): Respond {
  return (hello) => {
    if (hello.version !== 'SSLv2') return { send: alert(ALERT.protocolVersion) };
    return {
      send: sslv2ServerHello(
        certificateDer,
        hello.suites.filter((s) => knownSpecs.includes(s)),
      ),
      stay: true,
    };
  };
}

/** Version intolerance: a TLS 1.3 hello makes it hang up without a byte; TLS 1.2 works. */
export const intolerantOf13: Respond = (hello) => (hello.version === 'TLSv1.3' ? { hangUp: 'fin' } : acceptsOnly(['TLSv1.2'])(hello));

/** Answers TLS 1.3 hellos with a HelloRetryRequest (the x25519 share is not good enough for it). */
export const retriesHello: Respond = (hello) => {
  const suite = pickSuite(hello, 'TLSv1.3');
  if (hello.version === 'TLSv1.3' && suite !== undefined)
    return { send: serverHello('TLSv1.3', suite, { sessionId: hello.sessionId, hrr: true }), stay: true };
  return acceptsOnly(['TLSv1.2'])(hello);
};

/**
 * A TLS 1.2 server that answers a TLS 1.3 hello with a TLS 1.2 ServerHello. The TLS 1.3 hello
 * offers only TLS 1.3 suites, so staying inside the offer means echoing one of them.
 */
export const downgrades13: Respond = (hello) => {
  if (hello.version === 'TLSv1.3') {
    const suite = hello.suites.find((s) => s !== SCSV_RENEGOTIATION);
    if (suite !== undefined) return { send: serverHello('TLSv1.2', suite), stay: true };
  }
  return acceptsOnly(['TLSv1.2'])(hello);
};

/**
 * A broken server that answers every TLS hello with a TLS 1.2 ServerHello (a suite from the
 * offer), even hellos for older versions: a higher version than asked is never a pass.
 */
export const alwaysTls12: Respond = (hello) => {
  const suite = pickSuite(hello, 'TLSv1.2');
  if (hello.version === 'SSLv2' || hello.version === 'unknown' || suite === undefined) return { send: alert(ALERT.protocolVersion) };
  return { send: serverHello('TLSv1.2', suite), stay: true };
};

/** Skips its ServerHello and starts with an empty Certificate message: malformed, for every version. */
export const certificateFirst: Respond = () => {
  const certificate = Buffer.concat([Buffer.from([HANDSHAKE_CERTIFICATE]), u24(3), u24(0)]);
  return { send: record(CONTENT_HANDSHAKE, WIRE['TLSv1.2'], certificate), stay: true };
};

/** Resets (RST) every connection as soon as the hello is in. */
export const resetsHellos: Respond = () => ({ hangUp: 'reset' });

/** Hangs up on any hello bigger than `maxBytes`; below that, a TLS 1.0 server. */
export function chokesOnBigHellos(maxBytes: number): Respond {
  return (hello) => (hello.bytes > maxBytes ? { hangUp: 'fin' } : acceptsOnly(['TLSv1.0'])(hello));
}

/** A web server on a port the user thought was TLS: it answers anything with an HTTP 400. */
export const plainHttp: Respond = () => ({
  send: Buffer.from('HTTP/1.1 400 Bad Request\r\nServer: nginx\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'),
});

/** Takes the connection and the hello, and never says a word. */
export const blackHole: Respond = () => ({ silent: true });

/** A TLS 1.2 server on a terrible link: its ServerHello arrives one byte every `everyMs`. */
export function slowDrip(everyMs: number): Respond {
  return (hello) => {
    const suite = pickSuite(hello, 'TLSv1.2');
    if (hello.version !== 'TLSv1.2' || suite === undefined) return { send: alert(ALERT.protocolVersion) };
    return { drip: serverHello('TLSv1.2', suite), everyMs };
  };
}
