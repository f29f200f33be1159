/**
 * Hostile and broken servers against the prober, on loopback: whatever a server sends (one byte
 * per write, endless records, absurd lengths), an attempt ends within its timeout, reads each
 * byte once and buffers a bounded amount.
 */
import * as net from 'node:net';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { attempt, type AttemptSpec } from '../../src/probe/attempt.js';
import { MAX_REPLY_BYTES, ReplyReader } from '../../src/probe/reply.js';
import { offeredSuites } from '../../src/probe/hello.js';
import { MAX_ADDRESSES, probe } from '../../src/probe/prober.js';
import { parseEndpoint } from '../../src/probe/endpoints.js';
import { readConfigFile } from '../../src/settings.js';
import { startTls } from '../../src/probe/starttls.js';
import type { Dialect } from '../../src/probe/types.js';
import { alert, blackHole, pickSuite, refragment, serverHello, startResponder, type Respond, type Responder } from './responders.js';
import { cpuMsAsync } from '../helpers/cpu-time.js';

const running: Responder[] = [];
const closers: (() => void)[] = [];
afterAll(async () => {
  for (const close of closers) close();
  await Promise.all(running.map((r) => r.close()));
});
async function start(respond: Respond): Promise<Responder> {
  const r = await startResponder(respond);
  running.push(r);
  return r;
}

function spec(port: number, timeoutMs: number): AttemptSpec {
  return { address: '127.0.0.1', family: 4, port, version: 'TLSv1.2', starttls: null, timeoutMs };
}

/**
 * A valid TLS 1.2 ServerHello of about 4 KB (an unknown extension pads it), its handshake message
 * cut into one-byte records: 24 KB on the wire, still under the reply cap. Legal TLS, and the worst
 * case for a reader that starts over on every chunk.
 */
function fragmentedHello(suite: number): Buffer {
  return refragment(serverHello('TLSv1.2', suite, { padding: 4000 }), 1);
}

describe('a server that drip-feeds its reply one byte per write', () => {
  it('a 24 KB ServerHello in one-byte records, one byte per write: accepted, in linear CPU time', async () => {
    const server = await start((hello) => ({ drip: fragmentedHello(pickSuite(hello, 'TLSv1.2')!), everyMs: 0 }));
    expect(fragmentedHello(0xc02f).length).toBeGreaterThan(24_000);
    const { value: r, ms: cpu } = await cpuMsAsync(() => attempt(spec(server.port, 10_000)));
    expect(r.outcome).toMatchObject({ kind: 'accepted', serverVersion: 'TLSv1.2' });
    // Reading each byte once costs well under a second here (most of it is the server's 24,000
    // writes); starting over on every chunk costs minutes and ends in the timeout.
    expect(cpu).toBeLessThan(3000);
  }, 15_000);

  it('the reader examines each byte once, however the reply is split', () => {
    const bytes = fragmentedHello(0xc02f);
    const reader = new ReplyReader('TLSv1.2', offeredSuites('TLSv1.2'));
    let outcome;
    for (let i = 0; i < bytes.length && !outcome; i++) outcome = reader.push(bytes.subarray(i, i + 1));
    expect(outcome).toEqual({ kind: 'accepted', serverVersion: 'TLSv1.2', cipher: 0xc02f });
    expect(reader.examined).toBe(bytes.length);
  });

  it('bytes past the reply cap are never examined', () => {
    const reader = new ReplyReader('TLSv1.2', offeredSuites('TLSv1.2'));
    const warning = Buffer.from([21, 3, 3, 0, 2, 1, 112]);
    let outcome;
    for (let i = 0; i < 2 * MAX_REPLY_BYTES && !outcome; i += warning.length) outcome = reader.push(warning);
    expect(outcome).toMatchObject({ kind: 'anomaly', detail: `no ServerHello in the first ${MAX_REPLY_BYTES} bytes of the reply` });
    expect(reader.examined).toBe(MAX_REPLY_BYTES);
    expect(reader.push(Buffer.alloc(100_000))).toBe(outcome);
    expect(reader.examined).toBe(MAX_REPLY_BYTES);
  });

  it('chunk boundaries never change the outcome, at the end or on the way (random replies, random splits)', () => {
    const offered = offeredSuites('TLSv1.2');
    const hello = serverHello('TLSv1.2', 0xc02f);
    // Mostly TLS-looking bytes, so that the record, handshake and alert paths are all reached.
    const reply = fc.oneof(
      fc.constantFrom(hello, refragment(hello, 3), Buffer.concat([alert(112, 0x0303).fill(1, 5, 6), hello]), Buffer.from('HTTP/1.1 400')),
      fc.uint8Array({ maxLength: 120 }).map((tail) => Buffer.concat([Buffer.from([22, 3, 3, 0, tail.length]), tail])),
      fc.uint8Array({ maxLength: 120 }).map((tail) => Buffer.concat([Buffer.from([21, 3, 1]), tail])),
      fc.uint8Array({ maxLength: 120 }).map((b) => Buffer.from(b)),
    );
    fc.assert(
      fc.property(reply, fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 30 }), fc.boolean(), (bytes, sizes, reset) => {
        const whole = new ReplyReader('TLSv1.2', offered);
        const expected = whole.push(bytes);
        const split = new ReplyReader('TLSv1.2', offered);
        let got;
        let at = 0;
        for (const size of [...sizes, bytes.length]) {
          got = split.push(bytes.subarray(at, at + size));
          at += size;
          if (got) break;
        }
        // A not-tls outcome quotes the bytes in hand when it was decided: fewer when they came in pieces.
        if (got?.kind === 'not-tls' && expected?.kind === 'not-tls') expect(expected.firstBytes.startsWith(got.firstBytes)).toBe(true);
        else expect(got).toEqual(expected);
        if (!got) expect(split.end(reset)).toEqual(whole.end(reset));
      }),
      { numRuns: 500 },
    );
  });
});

describe('servers that answer a ClientHello with something endless or absurd', () => {
  const warning = Buffer.from([21, 3, 3, 0, 2, 1, 112]);
  const cases: readonly [string, Respond, object][] = [
    [
      'harmless warnings forever',
      () => ({ drip: Buffer.concat(Array.from({ length: 10_000 }, () => warning)), everyMs: 0 }),
      { kind: 'anomaly', detail: `no ServerHello in the first ${MAX_REPLY_BYTES} bytes of the reply` },
    ],
    [
      'a record header claiming 65535 bytes',
      () => ({ send: Buffer.from([22, 3, 3, 0xff, 0xff]), stay: true }),
      { kind: 'anomaly', detail: 'malformed record at byte 0: record length 65535' },
    ],
    [
      'a ServerHello claiming 16 MB',
      () => ({ send: Buffer.from([22, 3, 3, 0, 4, 2, 0xff, 0xff, 0xff]), stay: true }),
      { kind: 'anomaly', detail: 'ServerHello claims to be 16777215 bytes long' },
    ],
    [
      'an SSLv2 record claiming 32 KiB',
      () => ({ send: Buffer.from([0xff, 0xff, 4]), stay: true }),
      { kind: 'anomaly', detail: 'SSLv2 record claims 32767 bytes' },
    ],
  ];
  it.each(cases)('%s: decided at once, long before the timeout', async (_name, respond, outcome) => {
    const server = await start(respond);
    const r = await attempt(spec(server.port, 8000));
    expect(r.outcome).toEqual(outcome);
    expect(r.ms).toBeLessThan(4000);
  });

  it('a ServerHello that claims 30 KB and stops: a timeout at the deadline, not a longer wait', async () => {
    const server = await start(() => ({ send: Buffer.from([22, 3, 3, 0x40, 0x00, 2, 0, 0x75, 0x30, 3, 3]), stay: true }));
    const r = await attempt(spec(server.port, 300));
    expect(r.outcome).toEqual({ kind: 'timeout', phase: 'reply' });
    expect(r.ms).toBeGreaterThanOrEqual(290);
    expect(r.ms).toBeLessThan(2000);
  });
});

describe('a server name that cannot go into SNI', () => {
  it('rejects the attempt at once with a configuration error, before any connection', async () => {
    const server = await start(blackHole);
    const started = performance.now();
    await expect(attempt({ ...spec(server.port, 5000), sni: 'not a name!' })).rejects.toThrow(
      new ConfigurationError('invalid server name "not a name!": expected a DNS host name or an IP address'),
    );
    expect(performance.now() - started).toBeLessThan(1000);
    expect(server.hellos).toEqual([]);
  });
});

describe('a name with hundreds of addresses', () => {
  it('is refused before any connection (unchecked, never a pass), instead of hours of attempts', async () => {
    const parsed = parseEndpoint('many.test:443');
    if (!parsed.ok) throw new Error(parsed.error);
    const connected: string[] = [];
    const many = Array.from({ length: 500 }, (_, i) => ({ address: `127.0.${i >> 8}.${i & 255}`, family: 4 as const }));
    const [r] = await probe([parsed.endpoint], {
      timeoutMs: 300,
      concurrency: 4,
      resolve: () => Promise.resolve(many),
      attempt: (s) => {
        connected.push(s.address);
        return Promise.resolve({ outcome: { kind: 'accepted', serverVersion: s.version }, ms: 0 });
      },
    });
    expect(r!.error).toEqual({
      kind: 'dns',
      message: `many.test has 500 addresses; at most ${MAX_ADDRESSES} are probed (list the ones to check)`,
    });
    expect(connected).toEqual([]);
    // At the limit, every address is probed.
    const [ok] = await probe([parsed.endpoint], {
      timeoutMs: 300,
      concurrency: 4,
      versions: ['TLSv1.2'],
      resolve: () => Promise.resolve(many.slice(0, MAX_ADDRESSES)),
      attempt: (s) => {
        connected.push(s.address);
        return Promise.resolve({ outcome: { kind: 'accepted', serverVersion: s.version }, ms: 0 });
      },
    });
    expect(ok!.error).toBeNull();
    expect(connected).toHaveLength(MAX_ADDRESSES);
  });
});

describe('a name that does not resolve in time', () => {
  it('a resolver that never answers: a dns error after the timeout, not a hang', async () => {
    const parsed = parseEndpoint('slow.test:443');
    if (!parsed.ok) throw new Error(parsed.error);
    const started = performance.now();
    const [r] = await probe([parsed.endpoint], { timeoutMs: 300, concurrency: 4, resolve: () => new Promise(() => undefined) });
    expect(r!.error).toEqual({ kind: 'dns', message: 'cannot resolve slow.test (no answer within 0.3 s)' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('the timeout a user writes is the time a silent server gets', () => {
  it('timeout: 0.4 in the config file: a black hole times out no sooner than 0.4 s per attempt (two attempts with the retry)', async () => {
    const server = await start(blackHole);
    const { timeoutMs } = readConfigFile('c.yml', 'timeout: 0.4\n', new Set());
    const parsed = parseEndpoint(`127.0.0.1:${server.port}`);
    if (!parsed.ok) throw new Error(parsed.error);
    const started = performance.now();
    const [r] = await probe([parsed.endpoint], {
      timeoutMs: timeoutMs!,
      concurrency: 4,
      versions: ['TLSv1.2'],
      resolve: () => Promise.reject(new Error('no lookups')),
    });
    const elapsed = performance.now() - started;
    const x = r!.addresses[0]!.results[0]!;
    expect(x.outcome).toEqual({ kind: 'timeout', phase: 'reply' });
    expect(x.ms).toBeGreaterThanOrEqual(2 * 400 - 20);
    expect(elapsed).toBeGreaterThanOrEqual(2 * 400 - 20);
    expect(elapsed).toBeLessThan(4 * 400 + 500);
    expect(r!.error?.message).toBe('no answer within 0.4 s during reply (inconclusive)');
  });
});

/**
 * A STARTTLS server that never finishes a reply: it greets with `greeting`, then writes `start`
 * (at once, or after the client's first message when `after` is 'command') and `piece` again and
 * again, one write per turn of the event loop, until the client leaves.
 */
async function endless(
  piece: string,
  { greeting = '', start = '', after = 'connect' }: { greeting?: string; start?: string; after?: 'connect' | 'command' } = {},
): Promise<number> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.setNoDelay(true);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    const flood = (): void => {
      socket.write(start);
      const tick = (): void => {
        if (socket.destroyed || !socket.writable) return;
        socket.write(piece);
        setImmediate(tick);
      };
      tick();
    };
    socket.write(greeting);
    if (after === 'connect') flood();
    else socket.once('data', flood);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => {
    server.close();
    for (const s of sockets) s.destroy();
  });
  return (server.address() as net.AddressInfo).port;
}

describe('STARTTLS servers that never finish a reply', () => {
  const cases: readonly [string, Dialect, () => Promise<number>, RegExp][] = [
    [
      'an SMTP greeting of endless 220- lines',
      'smtp',
      () => endless('220-still greeting\r\n'),
      /SMTP server sent more than 200 lines without completing the greeting/,
    ],
    [
      'an SMTP greeting line that never ends, in 8-byte writes',
      'smtp',
      () => endless('xxxxxxxx', { start: '220 ' }),
      /SMTP server sent more than 64 KiB without completing the greeting/,
    ],
    [
      'an FTP greeting of endless 220- lines',
      'ftp',
      () => endless('220-hello\r\n'),
      /FTP server sent more than 200 lines without completing the greeting/,
    ],
    [
      'IMAP untagged lines forever after CAPABILITY',
      'imap',
      () => endless('* x\r\n', { greeting: '* OK ready\r\n', after: 'command' }),
      /IMAP server sent more than 200 lines without completing the answer to CAPABILITY/,
    ],
    [
      'a POP3 CAPA list without its final dot',
      'pop3',
      () => endless('X\r\n', { greeting: '+OK ready\r\n', start: '+OK capabilities follow\r\n', after: 'command' }),
      /POP3 server sent more than 200 lines without completing the answer to CAPA/,
    ],
    [
      'XMPP elements forever instead of stream features',
      'xmpp',
      () => endless('<x/>', { start: "<stream:stream xmlns:stream='http://etherx.jabber.org/streams'>", after: 'command' }),
      /XMPP server sent more than 200 XML tags without completing the stream features/,
    ],
    [
      'XMPP text that never closes a tag, in 8-byte writes',
      'xmpp',
      () =>
        endless('xxxxxxxx', {
          start: "<stream:stream xmlns:stream='http://etherx.jabber.org/streams'><stream:features>",
          after: 'command',
        }),
      /XMPP server sent more than 64 KiB without completing the stream features/,
    ],
  ];
  it.each(cases)(
    '%s: a starttls error well before the deadline, in bounded CPU time',
    async (_name, dialect, serve, message) => {
      const port = await serve();
      const socket = net.connect({ host: '127.0.0.1', port });
      closers.push(() => socket.destroy());
      socket.on('error', () => undefined);
      await new Promise((resolve) => socket.once('connect', resolve));
      const started = performance.now();
      const { value: error, ms: cpu } = await cpuMsAsync(() =>
        startTls(dialect, socket, { serverName: 'localhost', deadline: Date.now() + 8000 }),
      );
      expect(error).toMatchObject({ kind: 'starttls', message: expect.stringMatching(message) });
      expect(performance.now() - started).toBeLessThan(5000);
      // One look per line (and no more than 200 lines) or per byte-cap: milliseconds, not seconds.
      expect(cpu).toBeLessThan(800);
    },
    15_000,
  );
});
