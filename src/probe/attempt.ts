/**
 * One attempt: one TCP connection to one address, the STARTTLS dialog if any, one ClientHello for
 * one version, and the server's first reply classified. The connection is always closed after.
 */
import * as net from 'node:net';
import type { Version } from '../versions.js';
import { buildClientHello, offeredSuites } from './hello.js';
import { isFdExhaustion } from './fd-limit.js';
import { ReplyReader } from './reply.js';
import { startTls } from './starttls.js';
import type { Dialect, ErrorKind, Outcome } from './types.js';

export interface AttemptSpec {
  readonly address: string;
  readonly family: 4 | 6;
  readonly port: number;
  readonly version: Version;
  /** Server name for SNI and protocol dialogs; undefined for IP targets. */
  readonly sni?: string;
  readonly starttls: Dialect | null;
  /** The small retry hello instead of the full one. */
  readonly plain?: boolean;
  /** Covers connect, the STARTTLS dialog and the first reply. */
  readonly timeoutMs: number;
}

export interface AttemptResult {
  readonly outcome: Outcome;
  readonly ms: number;
  /**
   * This machine ran out of file descriptors (EMFILE/ENFILE) before the server was reached: says
   * nothing about the server, so the prober tries again later with fewer connections at once.
   */
  readonly fdExhausted?: boolean;
}

/** One line for a full descriptor table, in place of a raw EMFILE. */
export const FD_EXHAUSTED_MESSAGE =
  'this machine ran out of file descriptors (ulimit -n) before connecting; lower concurrency or raise the limit';

const CONNECT_ERRORS: Readonly<Record<string, [ErrorKind, string]>> = {
  ECONNREFUSED: ['refused', 'connection refused'],
  ECONNRESET: ['reset', 'connection reset'],
  EPIPE: ['reset', 'connection reset'],
  ENETUNREACH: ['unreachable', 'network unreachable (no route to this address family?)'],
  EHOSTUNREACH: ['unreachable', 'host unreachable'],
  EADDRNOTAVAIL: ['unreachable', 'address not available on this machine'],
  EAFNOSUPPORT: ['unreachable', 'address family not supported on this machine'],
};

export function attempt(spec: AttemptSpec): Promise<AttemptResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const deadline = Date.now() + spec.timeoutMs;
    const offered = offeredSuites(spec.version, { plain: spec.plain });
    // Built before connecting: a name that cannot go into SNI rejects the attempt at once (a
    // ConfigurationError), instead of throwing inside a socket callback where nothing catches it.
    const hello = buildClientHello(spec.version, { sni: spec.sni, plain: spec.plain });
    let phase: 'connect' | 'starttls' | 'reply' = 'connect';
    // Reads the reply as it comes, keeping its place: nothing is buffered twice or re-parsed.
    const reply = new ReplyReader(spec.version, offered);
    let settled = false;
    const socket = net.connect({ host: spec.address, port: spec.port, family: spec.family, noDelay: true });
    const finish = (outcome: Outcome, fdExhausted = false): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ outcome, ms: Math.round(performance.now() - started), ...(fdExhausted ? { fdExhausted } : {}) });
    };
    const timer = setTimeout(() => finish({ kind: 'timeout', phase }), spec.timeoutMs);
    socket.on('error', (e: NodeJS.ErrnoException) => {
      if (isFdExhaustion(e.code)) return finish({ kind: 'error', error: { kind: 'other', message: FD_EXHAUSTED_MESSAGE } }, true);
      const known = CONNECT_ERRORS[e.code ?? ''];
      if (phase === 'reply' && known?.[0] === 'reset') return finish(reply.end(true));
      finish({ kind: 'error', error: { kind: known?.[0] ?? 'other', message: known?.[1] ?? e.message.split('\n')[0] } });
    });
    socket.once('connect', () => {
      void (async () => {
        if (spec.starttls) {
          phase = 'starttls';
          const error = await startTls(spec.starttls, socket, { serverName: spec.sni ?? spec.address, deadline });
          if (settled) return;
          if (error) return finish(error.kind === 'timeout' ? { kind: 'timeout', phase } : { kind: 'error', error });
        }
        phase = 'reply';
        socket.on('data', (chunk: Buffer) => {
          const outcome = reply.push(chunk);
          if (outcome) finish(outcome);
        });
        socket.on('end', () => finish(reply.end(false)));
        socket.write(hello);
      })();
    });
  });
}
