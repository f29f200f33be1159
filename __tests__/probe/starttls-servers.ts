/**
 * Loopback STARTTLS servers for the tests: one Node `net` server per dialect that speaks the
 * plain-text (or binary) dialog itself, checks what the client sent, and after its go-ahead
 * upgrades the same socket with a real `tls.TLSSocket`. The accepted TLS versions are options, and
 * so are the ways real servers misbehave. The dialogs here are written independently of
 * src/probe/starttls.ts on purpose: a shared mistake would not be caught.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as tls from 'node:tls';
import { promisify } from 'node:util';
import type { Dialect } from '../../src/probe/types.js';

export type Misbehaviour =
  /** Offers STARTTLS, then says no to it (454, `NO`, `-ERR`, 534, LDAP 52, `<failure/>`, PG error, MySQL 1130). */
  | 'refuse'
  /** Does not offer it (no STARTTLS/STLS capability, 500 to AUTH, LDAP 2, PG `N`, no CLIENT_SSL). */
  | 'no-capability'
  /** Speaks another protocol: an SSH banner where the server talks first, an HTTP 400 otherwise. */
  | 'garbage'
  /** Accepts the connection, reads everything, never answers. */
  | 'silent'
  /** Closes (FIN) instead of answering the client's first message (MySQL: in the middle of its greeting). */
  | 'close'
  /** Resets (RST) instead of answering the client's first message (MySQL: instead of its greeting). */
  | 'reset'
  /** Streams its first answer forever, never completing it (a test of the client's buffer bound). */
  | 'flood'
  /** Sends TRAILING_BYTES right after its go-ahead and does no TLS (the client must not eat them). */
  | 'trailing';

export interface StarttlsServerOptions {
  /** Loopback address to listen on (default 127.0.0.1). */
  readonly host?: '127.0.0.1' | '::1';
  readonly minVersion?: tls.SecureVersion;
  readonly maxVersion?: tls.SecureVersion;
  readonly misbehave?: Misbehaviour;
  /** Write every reply one byte at a time, so clients must reassemble replies. */
  readonly dribble?: boolean;
  /** The XMPP domain served (default `localhost`); a stream to any other name gets host-unknown. */
  readonly xmppDomain?: string;
}

export interface StarttlsServer {
  readonly host: string;
  readonly port: number;
  /** One entry per upgraded connection: the negotiated protocol (`TLSv1.2`) or `error: CODE`. */
  readonly handshakes: string[];
  close(): Promise<void>;
}

export const TRAILING_BYTES = Buffer.from('TRAILING-BYTES-AFTER-GO-AHEAD\r\n');
const SSH_BANNER = 'SSH-2.0-OpenSSH_9.6p1 Debian-4\r\n';
const HTTP_400 = 'HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: 11\r\nConnection: close\r\n\r\nBad Request';

// ---------------------------------------------------------------------------------------------
// The certificate: generated once per test process with the openssl command line

let credentials: Promise<{ key: string; cert: string }> | undefined;

/** The self-signed `CN=localhost` key and certificate all test servers use. */
export function testCertificate(): Promise<{ key: string; cert: string }> {
  credentials ??= (async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tls-floor-cert-'));
    try {
      const key = path.join(dir, 'key.pem');
      const cert = path.join(dir, 'cert.pem');
      await promisify(execFile)('openssl', [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '2',
        '-subj',
        '/CN=localhost',
      ]);
      return { key: await fs.readFile(key, 'utf8'), cert: await fs.readFile(cert, 'utf8') };
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  })();
  return credentials;
}

// ---------------------------------------------------------------------------------------------
// One connection's plain-text side

/** Thrown inside a script when the connection is gone or the script gave up on it. */
class Hangup extends Error {}

class Peer {
  private data: Buffer = Buffer.alloc(0);
  private ended = false;
  private wake: (() => void) | null = null;
  private writing: Promise<void> = Promise.resolve();
  private firstData = true;

  constructor(
    readonly socket: net.Socket,
    private readonly opts: StarttlsServerOptions,
    /** Called when the client's first bytes arrive, before any script sees them; true = stop here. */
    private readonly onFirstData: () => boolean,
  ) {
    socket.on('readable', this.onReadable);
    socket.on('end', this.onEnd);
    socket.on('close', this.onEnd);
  }

  /** Waits until `parse` finds a complete message at the start of the input, and consumes it. */
  async read<T>(parse: (data: Buffer) => { value: T; used: number } | undefined): Promise<T> {
    for (;;) {
      if (this.firstData && this.data.length > 0) {
        this.firstData = false;
        if (this.onFirstData()) throw new Hangup();
      }
      const got = parse(this.data);
      if (got) {
        this.data = this.data.subarray(got.used);
        return got.value;
      }
      if (this.ended || this.data.length > 1 << 20) throw new Hangup();
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  line(): Promise<string> {
    return this.read((data) => {
      const nl = data.indexOf('\n');
      return nl < 0 ? undefined : { value: data.toString('utf8', 0, nl).replace(/\r$/, ''), used: nl + 1 };
    });
  }

  /** Writes in order; with `dribble`, one byte per turn of the event loop. */
  write(data: string | Buffer): Promise<void> {
    const bytes = Buffer.from(data);
    this.writing = this.writing.then(async () => {
      if (!this.opts.dribble) {
        this.socket.write(bytes);
        return;
      }
      for (const byte of bytes) {
        if (this.socket.destroyed) return;
        this.socket.write(Buffer.from([byte]));
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    });
    return this.writing;
  }

  /** Hands the socket over to TLS, with whatever the client already sent after its request. */
  release(): Buffer {
    this.socket.off('readable', this.onReadable);
    this.socket.off('end', this.onEnd);
    this.socket.off('close', this.onEnd);
    const rest = this.data;
    this.data = Buffer.alloc(0);
    return rest;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private readonly onReadable = (): void => {
    let chunk: Buffer | null;
    while ((chunk = this.socket.read() as Buffer | null) !== null) this.data = Buffer.concat([this.data, chunk]);
    this.notify();
  };

  private readonly onEnd = (): void => {
    this.ended = true;
    this.notify();
  };
}

// ---------------------------------------------------------------------------------------------
// The dialogs

interface Session {
  readonly peer: Peer;
  readonly opts: StarttlsServerOptions;
  readonly misbehave: Misbehaviour | undefined;
  /** Sends the go-ahead and upgrades the socket to TLS (or, for 'trailing', sends junk after it). */
  goAhead(reply: string | Buffer): Promise<void>;
  /** Answers and hangs up. */
  finish(reply: string | Buffer): Promise<void>;
}

interface Script {
  /** Whether the server speaks first (a greeting) or waits for the client. */
  readonly speaksFirst: boolean;
  /** What 'flood' streams: a prefix, then `chunk` forever. */
  readonly flood: { readonly prefix: Buffer; readonly chunk: Buffer };
  run(s: Session): Promise<void>;
}

const crlf = (...lines: string[]): string => lines.map((l) => `${l}\r\n`).join('');

const smtp: Script = {
  speaksFirst: true,
  flood: { prefix: Buffer.alloc(0), chunk: Buffer.from('220-flooding the greeting, never ending it\r\n'.repeat(20)) },
  async run({ peer, misbehave, goAhead }) {
    await peer.write(crlf('220-localhost ESMTP tls-floor test server', '220 ready'));
    for (;;) {
      const line = await peer.line();
      const [verb = '', arg = ''] = line.split(' ');
      if (verb.toUpperCase() === 'EHLO') {
        // RFC 5321: a domain or an address literal.
        if (!/^(?:\[(?:IPv6:)?[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)$/.test(arg)) await peer.write(crlf('501 5.5.4 Invalid EHLO argument'));
        else
          await peer.write(
            crlf(
              `250-localhost greets ${arg}`,
              '250-PIPELINING',
              ...(misbehave === 'no-capability' ? [] : ['250-STARTTLS']),
              '250 8BITMIME',
            ),
          );
      } else if (line.toUpperCase() === 'STARTTLS' && misbehave !== 'no-capability') {
        if (misbehave === 'refuse') await peer.write(crlf('454 4.7.0 TLS not available due to local problem'));
        else return goAhead(crlf('220 2.0.0 Ready to start TLS'));
      } else {
        await peer.write(crlf('502 5.5.2 Error: command not recognized'));
      }
    }
  },
};

const imap: Script = {
  speaksFirst: true,
  flood: { prefix: Buffer.from('* OK '), chunk: Buffer.alloc(4096, 'x') },
  async run({ peer, misbehave, goAhead }) {
    await peer.write(crlf('* OK [tls-floor] test IMAP server ready'));
    for (;;) {
      const [tag = '', command = ''] = (await peer.line()).split(' ');
      const cmd = command.toUpperCase();
      if (cmd === 'CAPABILITY') {
        const starttls = misbehave === 'no-capability' ? '' : ' STARTTLS';
        await peer.write(crlf(`* CAPABILITY IMAP4rev1${starttls} LOGINDISABLED`, `${tag} OK CAPABILITY completed`));
      } else if (cmd === 'STARTTLS' && misbehave !== 'no-capability') {
        if (misbehave === 'refuse') await peer.write(crlf(`${tag} NO [UNAVAILABLE] TLS is not configured`));
        else return goAhead(crlf(`${tag} OK Begin TLS negotiation now`));
      } else {
        await peer.write(crlf(`${tag} BAD Unknown command`));
      }
    }
  },
};

const pop3: Script = {
  speaksFirst: true,
  flood: { prefix: Buffer.from('+OK '), chunk: Buffer.alloc(4096, 'x') },
  async run({ peer, misbehave, goAhead }) {
    await peer.write(crlf('+OK tls-floor test POP3 server ready'));
    for (;;) {
      const cmd = (await peer.line()).toUpperCase();
      if (cmd === 'CAPA') {
        await peer.write(crlf('+OK Capability list follows', 'USER', 'UIDL', ...(misbehave === 'no-capability' ? [] : ['STLS']), '.'));
      } else if (cmd === 'STLS' && misbehave !== 'no-capability') {
        if (misbehave === 'refuse') await peer.write(crlf('-ERR TLS not available right now'));
        else return goAhead(crlf('+OK Begin TLS negotiation'));
      } else {
        await peer.write(crlf('-ERR Unknown command'));
      }
    }
  },
};

const ftp: Script = {
  speaksFirst: true,
  flood: { prefix: Buffer.from('220-welcome\r\n'), chunk: Buffer.from(' a continuation line without a code\r\n'.repeat(20)) },
  async run({ peer, misbehave, goAhead }) {
    // RFC 959 lets continuation lines go without the code.
    await peer.write(crlf('220-tls-floor test FTP server', ' continuation line without a code', '220 ready'));
    for (;;) {
      const cmd = (await peer.line()).toUpperCase();
      if (cmd === 'AUTH TLS' && misbehave === 'no-capability') await peer.write(crlf("500 'AUTH TLS': command not understood"));
      else if (cmd === 'AUTH TLS' && misbehave === 'refuse')
        await peer.write(crlf('534 Local policy on server does not allow TLS secure connections.'));
      else if (cmd === 'AUTH TLS') return goAhead(crlf('234 AUTH TLS successful'));
      else await peer.write(crlf('500 Unknown command.'));
    }
  },
};

/** A BER element with a definite length (short or long form). */
function ber(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const len = body.length < 0x80 ? Buffer.from([body.length]) : Buffer.from([0x82, body.length >> 8, body.length & 0xff]);
  return Buffer.concat([Buffer.from([tag]), len, body]);
}

const LDAP_STARTTLS_OID = '1.3.6.1.4.1.1466.20037';

/** One complete BER element at the start of `data`. */
function berElement(data: Buffer): { value: Buffer; used: number } | undefined {
  if (data.length < 2) return undefined;
  let len = data[1]!;
  let start = 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (data.length < 2 + n) return undefined;
    len = data.readUIntBE(2, n);
    start += n;
  }
  return data.length < start + len ? undefined : { value: data.subarray(0, start + len), used: start + len };
}

function ldapResponse(messageId: number, resultCode: number, diagnostic: string): Buffer {
  const name = resultCode === 0 ? [ber(0x8a, Buffer.from(LDAP_STARTTLS_OID))] : [];
  const op = ber(0x78, ber(0x0a, Buffer.from([resultCode])), ber(0x04), ber(0x04, Buffer.from(diagnostic)), ...name);
  return ber(0x30, ber(0x02, Buffer.from([messageId])), op);
}

const ldap: Script = {
  speaksFirst: false,
  flood: { prefix: Buffer.from([0x30, 0x84, 0x7f, 0xff, 0xff, 0xff, 0x02, 0x01, 0x01]), chunk: Buffer.alloc(4096) },
  async run({ peer, misbehave, goAhead, finish }) {
    const request = await peer.read(berElement);
    // LDAPMessage { messageID (short INTEGER), ExtendedRequest [APPLICATION 23] { [0] OID } }
    const oid = Buffer.from(LDAP_STARTTLS_OID);
    const expected = ber(0x30, ber(0x02, request.subarray(4, 5)), ber(0x77, ber(0x80, oid)));
    const messageId = request[4] ?? 0;
    if (request[2] !== 0x02 || request[3] !== 0x01 || !request.equals(expected)) {
      return finish(ldapResponse(messageId, 2, 'not a StartTLS ExtendedRequest'));
    }
    if (misbehave === 'no-capability') return finish(ldapResponse(messageId, 2, 'unsupported extended operation'));
    if (misbehave === 'refuse') return finish(ldapResponse(messageId, 52, 'TLS is not configured on this server'));
    return goAhead(ldapResponse(messageId, 0, ''));
  },
};

const STREAM_NS = "xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'";
const TLS_NS = 'urn:ietf:params:xml:ns:xmpp-tls';

function xmlUntil(pattern: RegExp): (data: Buffer) => { value: string; used: number } | undefined {
  return (data) => {
    const text = data.toString('utf8');
    const m = pattern.exec(text);
    return m ? { value: m[0], used: Buffer.byteLength(text.slice(0, m.index + m[0].length)) } : undefined;
  };
}

const xmpp: Script = {
  speaksFirst: false,
  flood: {
    prefix: Buffer.from(`<?xml version='1.0'?><stream:stream from='localhost' id='f' version='1.0' ${STREAM_NS}>`),
    chunk: Buffer.from("<message from='a@localhost'><body>never any features</body></message>".repeat(20)),
  },
  async run({ peer, opts, misbehave, goAhead, finish }) {
    const domain = opts.xmppDomain ?? 'localhost';
    const header = await peer.read(xmlUntil(/<stream:stream\b[^>]*>/));
    const to = /\bto=(?:'([^']*)'|"([^"]*)")/.exec(header);
    const target = to?.[1] ?? to?.[2];
    const open = `<?xml version='1.0'?><stream:stream from='${domain}' id='t1' version='1.0' ${STREAM_NS}>`;
    if (target !== domain) {
      const text = `no such domain: ${target ?? '(none)'}`;
      return finish(
        `${open}<stream:error><host-unknown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/><text xmlns='urn:ietf:params:xml:ns:xmpp-streams'>${text}</text></stream:error></stream:stream>`,
      );
    }
    const starttls = misbehave === 'no-capability' ? '' : `<starttls xmlns='${TLS_NS}'><required/></starttls>`;
    await peer.write(
      `${open}<stream:features>${starttls}<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism></mechanisms></stream:features>`,
    );
    const request = await peer.read(xmlUntil(/<starttls\b[^>]*(?:\/>|>\s*<\/starttls>)/));
    if (!request.includes(TLS_NS) || misbehave === 'refuse' || misbehave === 'no-capability') {
      return finish(`<failure xmlns='${TLS_NS}'/></stream:stream>`);
    }
    return goAhead(`<proceed xmlns='${TLS_NS}'/>`);
  },
};

const PG_SSL_REQUEST = Buffer.from([0x00, 0x00, 0x00, 0x08, 0x04, 0xd2, 0x16, 0x2f]);

function pgError(message: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C08P01\0M${message}\0\0`);
  const head = Buffer.alloc(5);
  head.write('E');
  head.writeUInt32BE(4 + fields.length, 1);
  return Buffer.concat([head, fields]);
}

const postgres: Script = {
  speaksFirst: false,
  flood: { prefix: Buffer.from([0x45, 0x7f, 0xff, 0xff, 0xff]), chunk: Buffer.alloc(4096, 0x41) },
  async run({ peer, misbehave, goAhead, finish }) {
    const request = await peer.read((data) => (data.length < 8 ? undefined : { value: data.subarray(0, 8), used: 8 }));
    if (!request.equals(PG_SSL_REQUEST)) return finish(pgError(`invalid startup packet ${request.toString('hex')}`));
    // An ErrorResponse is what a server that does not understand SSLRequest answers.
    if (misbehave === 'refuse') return finish(pgError('unsupported frontend protocol 1234.5679: server supports 2.0 to 2.0'));
    if (misbehave === 'no-capability') return finish('N');
    return goAhead('S');
  },
};

const CLIENT_SSL = 0x0800;
const CLIENT_PROTOCOL_41 = 0x0200;

function mysqlPacket(sequence: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUIntLE(payload.length, 0, 3);
  head[3] = sequence;
  return Buffer.concat([head, payload]);
}

function mysqlGreeting(ssl: boolean): Buffer {
  const lower = ssl ? 0xffff : 0xffff & ~CLIENT_SSL;
  const fixed = Buffer.alloc(4 + 8 + 1 + 2 + 1 + 2 + 2 + 1 + 10);
  let o = 0;
  o = fixed.writeUInt32LE(42, o); // connection id
  o += fixed.write('abcdefgh', o); // auth-plugin-data part 1
  o += 1; // filler
  o = fixed.writeUInt16LE(lower, o);
  o = fixed.writeUInt8(0x21, o); // character set
  o = fixed.writeUInt16LE(0x0002, o); // status: autocommit
  o = fixed.writeUInt16LE(0x81ff, o); // upper capability flags
  fixed.writeUInt8(21, o); // auth-plugin-data length; 10 reserved bytes follow
  const payload = Buffer.concat([
    Buffer.from([10]),
    Buffer.from('8.0.36-tls-floor-test\0'),
    fixed,
    Buffer.from('ijklmnopqrst\0mysql_native_password\0'),
  ]);
  return mysqlPacket(0, payload);
}

function mysqlError(sequence: number, code: number, message: string): Buffer {
  const head = Buffer.alloc(3);
  head[0] = 0xff;
  head.writeUInt16LE(code, 1);
  return mysqlPacket(sequence, Buffer.concat([head, Buffer.from(message)]));
}

const mysql: Script = {
  speaksFirst: true,
  flood: { prefix: Buffer.from([0xff, 0xff, 0xff, 0x00]), chunk: Buffer.alloc(4096) },
  async run({ peer, misbehave, goAhead, finish }) {
    if (misbehave === 'refuse') return finish(mysqlError(0, 1130, "Host '127.0.0.1' is not allowed to connect to this MySQL server"));
    const greeting = mysqlGreeting(misbehave !== 'no-capability');
    // The go-ahead of MySQL is silence; 'trailing' junk can only ride on the greeting.
    await peer.write(misbehave === 'trailing' ? Buffer.concat([greeting, TRAILING_BYTES]) : greeting);
    const packet = await peer.read((data) => {
      if (data.length < 4) return undefined;
      const len = data.readUIntLE(0, 3);
      return data.length < 4 + len ? undefined : { value: data.subarray(0, 4 + len), used: 4 + len };
    });
    const payload = packet.subarray(4);
    const caps = payload.length >= 4 ? payload.readUInt32LE(0) : 0;
    // An SSL Request: sequence id 1, exactly the 32-byte fixed part, CLIENT_SSL and 4.1 framing.
    if (
      packet[3] !== 1 ||
      payload.length !== 32 ||
      !(caps & CLIENT_SSL) ||
      !(caps & CLIENT_PROTOCOL_41) ||
      payload.subarray(9).some((b) => b !== 0)
    ) {
      return finish(mysqlError(2, 1043, `Bad handshake: ${packet.toString('hex')}`));
    }
    return goAhead(Buffer.alloc(0));
  },
};

const SCRIPTS: Readonly<Record<Dialect, Script>> = { smtp, imap, pop3, ftp, ldap, xmpp, postgres, mysql };

// ---------------------------------------------------------------------------------------------
// The server

/** Writes `prefix`, then `chunk` for as long as the peer reads, respecting backpressure. */
function flood(socket: net.Socket, prefix: Buffer, chunk: Buffer): void {
  const pump = (): void => {
    while (socket.writable && socket.write(chunk));
  };
  socket.on('drain', pump);
  socket.write(prefix);
  pump();
}

export async function startStarttlsServer(dialect: Dialect, opts: StarttlsServerOptions = {}): Promise<StarttlsServer> {
  const script = SCRIPTS[dialect];
  const { key, cert } = await testCertificate();
  const secureContext = tls.createSecureContext({
    key,
    cert,
    // SECLEVEL=0 lets OpenSSL 3 speak TLS 1.0/1.1 (SHA-1 signatures) when a test asks for them.
    ciphers: 'DEFAULT@SECLEVEL=0',
    minVersion: opts.minVersion ?? 'TLSv1.2',
    maxVersion: opts.maxVersion ?? 'TLSv1.3',
  });
  const handshakes: string[] = [];
  const open = new Set<net.Socket>();
  const misbehave = opts.misbehave;

  const onConnection = (socket: net.Socket): void => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => undefined);
    socket.setNoDelay(true);
    if (misbehave === 'silent') {
      socket.resume();
      return;
    }
    const hangUp = (how: 'close' | 'reset' | 'garbage' | 'flood'): void => {
      if (how === 'close') socket.end();
      else if (how === 'reset') socket.resetAndDestroy();
      else if (how === 'garbage') socket.end(script.speaksFirst ? SSH_BANNER : HTTP_400);
      else flood(socket, script.flood.prefix, script.flood.chunk);
    };
    if (script.speaksFirst && (misbehave === 'garbage' || misbehave === 'flood')) {
      hangUp(misbehave);
      return;
    }
    if (dialect === 'mysql' && (misbehave === 'close' || misbehave === 'reset')) {
      // MySQL never answers the client (its go-ahead is silence), so it hangs up in place of the
      // greeting: a FIN after half of it, or a bare RST (data before an RST turns it into a FIN
      // here). One turn of the event loop first: an RST that beats the client's 'connect' is a
      // connect error, not a STARTTLS one.
      if (misbehave === 'close') socket.end(mysqlGreeting(true).subarray(0, 20));
      else setImmediate(() => socket.resetAndDestroy());
      return;
    }
    const peer = new Peer(socket, opts, () => {
      if (misbehave === 'close' || misbehave === 'reset' || misbehave === 'garbage' || misbehave === 'flood') {
        hangUp(misbehave);
        return true;
      }
      return false;
    });
    const session: Session = {
      peer,
      opts,
      misbehave,
      async goAhead(reply) {
        if (misbehave === 'trailing') {
          await peer.write(Buffer.concat([Buffer.from(reply), dialect === 'mysql' ? Buffer.alloc(0) : TRAILING_BYTES]));
          return;
        }
        await peer.write(reply);
        const rest = peer.release();
        if (rest.length > 0) socket.unshift(rest);
        const secure = new tls.TLSSocket(socket, { isServer: true, secureContext });
        secure.on('secure', () => handshakes.push(secure.getProtocol() ?? 'unknown'));
        secure.on('error', (e: NodeJS.ErrnoException) => handshakes.push(`error: ${e.code ?? e.message}`));
        secure.resume();
      },
      async finish(reply) {
        await peer.write(reply);
        socket.end();
      },
    };
    script.run(session).catch((e: unknown) => {
      if (!(e instanceof Hangup)) socket.destroy();
    });
  };

  const server = net.createServer(onConnection);
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;
  return {
    host,
    port,
    handshakes,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of open) socket.destroy();
      }),
  };
}
