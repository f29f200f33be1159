import * as net from 'node:net';
import * as os from 'node:os';
import * as tls from 'node:tls';
import { afterAll, describe, expect, it } from 'vitest';
import { startTls } from '../../src/probe/starttls.js';
import type { Dialect, ProbeError } from '../../src/probe/types.js';
import {
  type Misbehaviour,
  type StarttlsServer,
  type StarttlsServerOptions,
  startStarttlsServer,
  testCertificate,
  TRAILING_BYTES,
} from './starttls-servers.js';

const DIALECTS: readonly Dialect[] = ['smtp', 'imap', 'pop3', 'ftp', 'ldap', 'xmpp', 'postgres', 'mysql'];

/** What each dialect's failures must say: the server's own words, or the step that timed out. */
const EXPECTED: Record<Dialect, Record<'refuse' | 'no-capability' | 'garbage' | 'silent', RegExp>> = {
  smtp: {
    refuse: /^SMTP server answered "454 4\.7\.0 TLS not available due to local problem" to STARTTLS$/,
    'no-capability':
      /^SMTP server does not offer STARTTLS \(EHLO answer: "250-localhost greets \[127\.0\.0\.1\] 250-PIPELINING 250 8BITMIME"\)$/,
    garbage: /^SMTP server sent "SSH-2\.0-OpenSSH_9\.6p1 Debian-4" instead of the greeting$/,
    silent: /^timed out waiting for the greeting from the SMTP server/,
  },
  imap: {
    refuse: /^IMAP server answered "a002 NO \[UNAVAILABLE\] TLS is not configured" to STARTTLS$/,
    'no-capability': /^IMAP server does not offer STARTTLS \(\* CAPABILITY IMAP4rev1 LOGINDISABLED/,
    garbage: /^IMAP server sent "SSH-2\.0-OpenSSH/,
    silent: /^timed out waiting for the greeting from the IMAP server/,
  },
  pop3: {
    refuse: /^POP3 server answered "-ERR TLS not available right now" to STLS$/,
    'no-capability': /^POP3 server does not offer STLS \(CAPA: "USER UIDL"\)$/,
    garbage: /^POP3 server sent "SSH-2\.0-OpenSSH/,
    silent: /^timed out waiting for the greeting from the POP3 server/,
  },
  ftp: {
    refuse: /^FTP server answered "534 Local policy on server does not allow TLS secure connections\." to AUTH TLS$/,
    'no-capability': /^FTP server answered "500 'AUTH TLS': command not understood" to AUTH TLS$/,
    garbage: /^FTP server sent "SSH-2\.0-OpenSSH/,
    silent: /^timed out waiting for the greeting from the FTP server/,
  },
  ldap: {
    refuse: /^LDAP server answered the StartTLS request with resultCode 52 \(unavailable\) "TLS is not configured on this server"$/,
    'no-capability': /^LDAP server answered the StartTLS request with resultCode 2 \(protocolError\) "unsupported extended operation"$/,
    garbage: /^LDAP server sent "HTTP\/1\.1 400 Bad Request Content-Type/,
    silent: /^timed out waiting for the answer to the StartTLS request from the LDAP server$/,
  },
  xmpp: {
    refuse: /^XMPP server answered <failure\/> to <starttls\/>$/,
    'no-capability': /^XMPP server does not offer STARTTLS in its stream features$/,
    garbage: /^XMPP server sent "HTTP\/1\.1 400 Bad Request/,
    silent: /^timed out waiting for the stream features from the XMPP server$/,
  },
  postgres: {
    refuse: /^PostgreSQL server answered SSLRequest with an error: "FATAL 08P01 unsupported frontend protocol 1234\.5679/,
    'no-capability': /^PostgreSQL server answered "N" to SSLRequest: TLS is not enabled$/,
    garbage: /^PostgreSQL server sent "HTTP\/1\.1 400 Bad Request/,
    silent: /^timed out waiting for the answer to SSLRequest from the PostgreSQL server$/,
  },
  mysql: {
    refuse: /^MySQL server refused the connection: 1130 "Host '127\.0\.0\.1' is not allowed to connect to this MySQL server"$/,
    'no-capability': /^MySQL server 8\.0\.36-tls-floor-test does not offer TLS \(no CLIENT_SSL in its capability flags\)$/,
    garbage: /^MySQL server sent "SSH-2\.0-OpenSSH/,
    silent: /^timed out waiting for the greeting from the MySQL server/,
  },
};

const servers: StarttlsServer[] = [];
const clients: net.Socket[] = [];

afterAll(async () => {
  for (const c of clients) c.destroy();
  await Promise.all(servers.map((s) => s.close()));
});

async function serve(dialect: Dialect, opts: StarttlsServerOptions = {}): Promise<StarttlsServer> {
  const server = await startStarttlsServer(dialect, opts);
  servers.push(server);
  return server;
}

/** Any other loopback server, registered for closing like the STARTTLS ones. */
async function listen(server: net.Server): Promise<StarttlsServer> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => sockets.add(s));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const entry: StarttlsServer = {
    host: '127.0.0.1',
    port: (server.address() as net.AddressInfo).port,
    handshakes: [],
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
  servers.push(entry);
  return entry;
}

async function connect(server: { host: string; port: number }): Promise<net.Socket> {
  const socket = net.connect({ host: server.host, port: server.port });
  clients.push(socket);
  // The caller's own error listener, as the prober keeps one: startTls must not depend on it.
  socket.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return socket;
}

const soon = (ms = 10_000): number => Date.now() + ms;

/** A real TLS handshake on the socket startTls handed back: any swallowed or extra byte breaks it. */
function handshake(socket: net.Socket, opts: tls.ConnectionOptions = {}): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const secure = tls.connect({ socket, rejectUnauthorized: false, minVersion: 'TLSv1.2', servername: 'localhost', ...opts });
    const timer = setTimeout(() => reject(new Error('TLS handshake timed out')), 5_000);
    secure.once('secureConnect', () => {
      clearTimeout(timer);
      resolve(secure);
    });
    secure.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/** The first bytes the caller reads, bounded. */
function firstData(socket: net.Socket): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no data')), 5_000);
    socket.once('data', (d: Buffer) => {
      clearTimeout(timer);
      resolve(d);
    });
  });
}

async function attempt(dialect: Dialect, misbehave: Misbehaviour, deadlineMs = 10_000): Promise<{ error: ProbeError | null; ms: number }> {
  const server = await serve(dialect, { misbehave });
  const socket = await connect(server);
  const started = Date.now();
  const error = await startTls(dialect, socket, { serverName: 'localhost', deadline: soon(deadlineMs) });
  return { error, ms: Date.now() - started };
}

describe.each(DIALECTS)('%s', (dialect) => {
  it('gets the go-ahead, hands the socket back plain, and a real TLS handshake follows on it', async () => {
    const server = await serve(dialect);
    const socket = await connect(server);
    const before = ['data', 'readable', 'end', 'close', 'error'].map((e) => socket.listenerCount(e));
    expect(await startTls(dialect, socket, { serverName: 'localhost', deadline: soon() })).toBeNull();
    expect(['data', 'readable', 'end', 'close', 'error'].map((e) => socket.listenerCount(e))).toEqual(before);
    expect(socket.readableFlowing).toBeNull();
    expect(socket.readableEncoding).toBeNull();
    const secure = await handshake(socket);
    expect(['TLSv1.2', 'TLSv1.3']).toContain(secure.getProtocol());
    secure.destroy();
  });

  it('reassembles replies that arrive one byte at a time', async () => {
    const server = await serve(dialect, { dribble: true });
    const socket = await connect(server);
    expect(await startTls(dialect, socket, { serverName: 'localhost', deadline: soon() })).toBeNull();
    (await handshake(socket)).destroy();
  });

  it('leaves bytes sent after the go-ahead for the caller to read', async () => {
    const server = await serve(dialect, { misbehave: 'trailing' });
    const socket = await connect(server);
    const reading = startTls(dialect, socket, { serverName: 'localhost', deadline: soon() });
    expect(await reading).toBeNull();
    const first = await firstData(socket);
    expect(first.toString('latin1')).toBe(TRAILING_BYTES.toString('latin1').slice(0, first.length));
  });

  it('reports a refusal as a starttls error in the server’s words', async () => {
    const { error } = await attempt(dialect, 'refuse');
    expect(error?.kind).toBe('starttls');
    expect(error?.message).toMatch(EXPECTED[dialect].refuse);
  });

  it('reports a missing capability as a starttls error', async () => {
    const { error } = await attempt(dialect, 'no-capability');
    expect(error?.kind).toBe('starttls');
    expect(error?.message).toMatch(EXPECTED[dialect]['no-capability']);
  });

  it('reports another protocol on the port with its first bytes', async () => {
    const { error } = await attempt(dialect, 'garbage');
    expect(error?.kind).toBe('starttls');
    expect(error?.message).toMatch(EXPECTED[dialect].garbage);
  });

  it('times out on a silent server, naming the step', async () => {
    const { error, ms } = await attempt(dialect, 'silent', 250);
    expect(error?.kind).toBe('timeout');
    expect(error?.message).toMatch(EXPECTED[dialect].silent);
    expect(ms).toBeGreaterThanOrEqual(200);
    expect(ms).toBeLessThan(5_000);
  });

  it('reports a close instead of an answer', async () => {
    const { error } = await attempt(dialect, 'close');
    expect(error?.kind).toBe('starttls');
    expect(error?.message).toMatch(/server closed the connection while we waited for (the greeting|the answer to|the stream features)/);
  });

  it('reports a reset instead of an answer', async () => {
    const { error } = await attempt(dialect, 'reset');
    expect(error?.kind).toBe('reset');
    expect(error?.message).toMatch(/server reset the connection \(ECONNRESET\) while we waited for/);
  });

  it('gives up on a server that never stops talking, without buffering it all', async () => {
    const { error, ms } = await attempt(dialect, 'flood');
    expect(error?.kind).toBe('starttls');
    expect(error?.message).toMatch(/sent more than (?:64 KiB|200 lines|200 XML tags) without completing|instead of/);
    expect(ms).toBeLessThan(5_000);
  });

  it('keeps every message to one line of at most 200 characters', async () => {
    for (const misbehave of ['refuse', 'no-capability', 'garbage', 'flood'] as const) {
      const { error } = await attempt(dialect, misbehave);
      expect(error?.message.length).toBeLessThanOrEqual(200);
      expect(error?.message).not.toMatch(/[\r\n]/);
    }
  });
});

describe('STARTTLS details', () => {
  it('the servers really limit versions: TLS 1.0 only, after SMTP STARTTLS', async () => {
    const server = await serve('smtp', { minVersion: 'TLSv1', maxVersion: 'TLSv1' });
    const legacy = await connect(server);
    expect(await startTls('smtp', legacy, { serverName: 'localhost', deadline: soon() })).toBeNull();
    const secure = await handshake(legacy, { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' });
    expect(secure.getProtocol()).toBe('TLSv1');
    secure.destroy();

    const modern = await connect(server);
    expect(await startTls('smtp', modern, { serverName: 'localhost', deadline: soon() })).toBeNull();
    await expect(handshake(modern)).rejects.toThrow();
    await expect.poll(() => server.handshakes).toEqual(['TLSv1', expect.stringMatching(/^error: /)]);
  });

  it('XMPP addresses the stream to the server name', async () => {
    const server = await serve('xmpp', { xmppDomain: 'chat.example' });
    const wrong = await connect(server);
    const error = await startTls('xmpp', wrong, { serverName: 'localhost', deadline: soon() });
    expect(error).toEqual({ kind: 'starttls', message: 'XMPP server sent a stream error: host-unknown "no such domain: localhost"' });
    const right = await connect(server);
    expect(await startTls('xmpp', right, { serverName: 'chat.example', deadline: soon() })).toBeNull();
    (await handshake(right)).destroy();
  });

  it.skipIf(!Object.values(os.networkInterfaces()).some((list) => list?.some((i) => i.address === '::1')))(
    'works over IPv6 loopback, naming the client by its address literal',
    async () => {
      const server = await serve('smtp', { host: '::1', misbehave: 'no-capability' });
      const socket = await connect(server);
      const error = await startTls('smtp', socket, { serverName: 'localhost', deadline: soon() });
      expect(error?.message).toContain('greets [IPv6:::1]');
    },
  );

  it('hints at a port that speaks TLS from the first byte (OpenSSL closes without a word)', async () => {
    const direct = tls.createServer({ ...(await testCertificate()), ciphers: 'DEFAULT@SECLEVEL=0' });
    direct.on('tlsClientError', () => undefined);
    const server = await listen(direct);
    for (const dialect of ['postgres', 'ldap', 'xmpp'] as const) {
      const error = await startTls(dialect, await connect(server), { serverName: 'localhost', deadline: soon() });
      expect(error?.kind).toBe('starttls');
      expect(error?.message).toMatch(
        /server closed the connection while we waited for .* \(without a word: does this port speak TLS from the first byte\?\)$/,
      );
    }
  });

  it('hints at a port that speaks TLS from the first byte (stacks that answer with an alert)', async () => {
    // What many non-OpenSSL stacks send for a record they cannot parse: a fatal unexpected_message alert.
    const alerting = net.createServer((socket) =>
      socket.once('data', () => socket.end(Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x0a]))),
    );
    const server = await listen(alerting);
    const error = await startTls('postgres', await connect(server), { serverName: 'localhost', deadline: soon() });
    expect(error).toEqual({
      kind: 'starttls',
      message:
        'PostgreSQL server sent "\\x15\\x03\\x03\\x00\\x02\\x02\\x0a" instead of the answer to SSLRequest (a TLS record: this port seems to speak TLS from the first byte, without STARTTLS)',
    });
  });

  it('times out on a direct-TLS port where the server should speak first, and says why that may be', async () => {
    const direct = tls.createServer({ ...(await testCertificate()) });
    const server = await listen(direct);
    const error = await startTls('smtp', await connect(server), { serverName: 'localhost', deadline: soon(200) });
    expect(error).toEqual({
      kind: 'timeout',
      message:
        'timed out waiting for the greeting from the SMTP server (a port where the client must speak first, such as a direct-TLS port, stays silent)',
    });
  });

  it('rejects bad input with one clear line, without touching the network', async () => {
    const server = await serve('smtp');
    const socket = await connect(server);
    expect(await startTls('gopher' as Dialect, socket, { serverName: 'x', deadline: soon() })).toEqual({
      kind: 'other',
      message: 'unknown STARTTLS dialect "gopher"',
    });
    expect(await startTls('toString' as Dialect, socket, { serverName: 'x', deadline: soon() })).toMatchObject({ kind: 'other' });
    expect(await startTls('xmpp', socket, { serverName: '', deadline: soon() })).toEqual({
      kind: 'other',
      message: 'XMPP needs a server name for the stream header (use ?sni=NAME for an IP target)',
    });
    expect(await startTls('smtp', socket, { serverName: 'x', deadline: Date.now() - 1 })).toEqual({
      kind: 'timeout',
      message: 'deadline passed before the SMTP dialog began',
    });
    socket.destroy();
    expect(await startTls('smtp', socket, { serverName: 'x', deadline: soon() })).toMatchObject({ kind: 'reset' });
  });
});
