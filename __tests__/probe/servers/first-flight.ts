/**
 * A deliberately small first-flight client for proving the harness itself (e.g. that a server
 * answers many simultaneous ClientHellos). It is independent of the prober under test on purpose:
 * the harness must not be checked with the code it will later check.
 */
import { randomBytes } from 'node:crypto';
import * as net from 'node:net';
import type { LoopbackHost } from './process.js';

export type HelloVersion = 'TLSv1.0' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';

const WIRE: Record<HelloVersion, number> = { 'TLSv1.0': 0x0301, 'TLSv1.1': 0x0302, 'TLSv1.2': 0x0303, 'TLSv1.3': 0x0304 };
const NAME_OF_WIRE = new Map<number, HelloVersion>(Object.entries(WIRE).map(([name, wire]) => [wire, name as HelloVersion]));

/** ECDHE/RSA × AES-GCM/AES-CBC, plain RSA, 3DES, and the renegotiation SCSV (0x00ff). */
export const LEGACY_SUITES = [
  0xc02b, 0xc02f, 0xc02c, 0xc030, 0xc009, 0xc013, 0xc00a, 0xc014, 0x009c, 0x009d, 0x002f, 0x0035, 0x000a, 0x00ff,
];
const TLS13_SUITES = [0x1301, 0x1302, 0x1303];
const GROUPS = [0x001d, 0x0017, 0x0018]; // x25519, secp256r1, secp384r1
const SIGALGS = [0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501, 0x0601, 0x0201, 0x0203];

const u16 = (n: number) => Buffer.from([n >> 8, n & 0xff]);
const u24 = (n: number) => Buffer.from([n >> 16, (n >> 8) & 0xff, n & 0xff]);
const list16 = (items: readonly number[]) => Buffer.concat([u16(items.length * 2), ...items.map(u16)]);
const ext = (type: number, body: Buffer) => Buffer.concat([u16(type), u16(body.length), body]);

/** One ClientHello record offering exactly `version` (TLS 1.3 through supported_versions only). */
export function clientHello(version: HelloVersion, opts: { sni?: string; suites?: readonly number[] } = {}): Buffer {
  const tls13 = version === 'TLSv1.3';
  const suites = opts.suites ?? (tls13 ? [...TLS13_SUITES, ...LEGACY_SUITES] : LEGACY_SUITES);
  const exts: Buffer[] = [];
  if (opts.sni) {
    const name = Buffer.from(opts.sni, 'ascii');
    const entry = Buffer.concat([Buffer.from([0]), u16(name.length), name]);
    exts.push(ext(0x0000, Buffer.concat([u16(entry.length), entry])));
  }
  exts.push(ext(0x000a, list16(GROUPS)), ext(0x000b, Buffer.from([1, 0])));
  if (version === 'TLSv1.2' || tls13) exts.push(ext(0x000d, list16(SIGALGS)));
  if (tls13) {
    exts.push(ext(0x002b, Buffer.from([2, 0x03, 0x04])), ext(0x002d, Buffer.from([1, 1])));
    const share = Buffer.concat([u16(0x001d), u16(32), randomBytes(32)]);
    exts.push(ext(0x0033, Buffer.concat([u16(share.length), share])));
  }
  const extensions = Buffer.concat(exts);
  const body = Buffer.concat([
    u16(tls13 ? 0x0303 : WIRE[version]),
    randomBytes(32),
    Buffer.from([32]),
    randomBytes(32),
    list16(suites),
    Buffer.from([1, 0]),
    u16(extensions.length),
    extensions,
  ]);
  const handshake = Buffer.concat([Buffer.from([1]), u24(body.length), body]);
  return Buffer.concat([Buffer.from([0x16, 0x03, 0x01]), u16(handshake.length), handshake]);
}

export type FirstReply =
  | { readonly kind: 'server-hello'; readonly version: HelloVersion | 'other'; readonly cipher: number }
  | { readonly kind: 'alert'; readonly level: number; readonly description: number }
  | { readonly kind: 'closed' }
  | { readonly kind: 'other'; readonly hex: string }
  | { readonly kind: 'timeout' };

/** The version a ServerHello selects: supported_versions if present, else server_version. */
function readServerHello(msg: Buffer): FirstReply {
  let at = 4 + 2 + 32;
  const legacy = msg.readUInt16BE(4);
  at += 1 + msg[at];
  const cipher = msg.readUInt16BE(at);
  at += 3;
  let wire = legacy;
  if (at + 2 <= msg.length) {
    const end = Math.min(msg.length, at + 2 + msg.readUInt16BE(at));
    for (at += 2; at + 4 <= end; at += 4 + msg.readUInt16BE(at + 2)) {
      if (msg.readUInt16BE(at) === 0x002b) wire = msg.readUInt16BE(at + 4);
    }
  }
  return { kind: 'server-hello', version: NAME_OF_WIRE.get(wire) ?? 'other', cipher };
}

function classify(buf: Buffer): FirstReply | undefined {
  if (buf.length < 5) return undefined;
  const type = buf[0];
  const length = buf.readUInt16BE(3);
  if (type === 0x15 && buf.length >= 7) return { kind: 'alert', level: buf[5], description: buf[6] };
  if (type !== 0x16) return { kind: 'other', hex: buf.subarray(0, 16).toString('hex') };
  if (buf.length < 5 + length) return undefined;
  const msg = buf.subarray(5, 5 + length);
  if (msg[0] !== 2) return { kind: 'other', hex: buf.subarray(0, 16).toString('hex') };
  return readServerHello(msg);
}

/**
 * Sends `hello` on a fresh connection and resolves with the first record back. With `hold`, the
 * connection stays open until the returned `close` is called (as a prober that collects every
 * reply before closing would), otherwise it is closed as soon as the reply is read.
 */
export function firstReply(
  host: LoopbackHost,
  port: number,
  hello: Buffer,
  opts: { timeoutMs?: number; hold?: boolean } = {},
): Promise<{ reply: FirstReply; close: () => void }> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const close = () => socket.destroy();
    let buf = Buffer.alloc(0);
    let settled = false;
    const settle = (reply: FirstReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (!opts.hold) close();
      resolve({ reply, close });
    };
    const timer = setTimeout(() => settle({ kind: 'timeout' }), opts.timeoutMs ?? 10_000);
    socket.once('connect', () => socket.write(hello));
    socket.on('data', (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      const reply = classify(buf);
      if (reply) settle(reply);
    });
    socket.on('error', () => settle({ kind: 'closed' }));
    socket.on('close', () => settle({ kind: 'closed' }));
  });
}
