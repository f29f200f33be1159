/**
 * A byte-for-byte TCP relay in front of a growing pool of one-connection-at-a-time servers.
 *
 * Why: `openssl s_server` serves strictly one connection at a time (with or without -www, -rev,
 * -nbio); a client that sends a ClientHello and keeps the connection open after the ServerHello
 * stalls every later client (measured: 1 of 12 held-open probes answered, 11 timed out). The
 * prober opens all its connections at once, so the truth server must answer them at once: each
 * incoming connection gets its own idle backend process, and a new one is started when all are
 * busy. The relay copies bytes and mirrors closes and resets, so what the client sees is what the
 * backend sent.
 */
import * as net from 'node:net';
import type { LoopbackHost } from './process.js';

export interface Backend {
  readonly port: number;
  /** False once the backend process has exited; it is then dropped from the pool. */
  alive(): boolean;
  close(): Promise<void>;
}

export interface Pool {
  readonly port: number;
  /** How many backend processes have been started so far. */
  processes(): number;
  close(): Promise<void>;
}

export async function startPool(opts: {
  host: LoopbackHost;
  what: string;
  start: () => Promise<Backend>;
  maxProcesses: number;
}): Promise<Pool> {
  const { host, start, maxProcesses } = opts;
  const all = new Set<Backend>();
  const idle: Backend[] = [];
  const waiting: ((b: Backend) => void)[] = [];
  const sockets = new Set<net.Socket>();
  let started = 0;
  let closing = false;

  const starting = new Set<Promise<Backend>>();
  const grow = async (): Promise<Backend> => {
    started++;
    const pending = start();
    starting.add(pending);
    try {
      const backend = await pending;
      all.add(backend);
      if (closing) throw new Error(`${opts.what} is closing`);
      return backend;
    } finally {
      starting.delete(pending);
    }
  };

  // Start one process before listening: a bad option or a missing binary fails here, not later.
  idle.push(await grow());

  const acquire = (): Promise<Backend> => {
    while (idle.length > 0) {
      const backend = idle.pop() as Backend;
      if (backend.alive()) return Promise.resolve(backend);
      all.delete(backend);
    }
    if (all.size < maxProcesses) return grow();
    return new Promise((resolve) => waiting.push(resolve));
  };

  const release = (backend: Backend) => {
    if (closing || !backend.alive()) {
      all.delete(backend);
      return;
    }
    const next = waiting.shift();
    if (next) next(backend);
    else idle.push(backend);
  };

  const relay = (client: net.Socket, backend: Backend) => {
    const upstream = net.connect({ host, port: backend.port, allowHalfOpen: true });
    sockets.add(upstream);
    // A reset on one side is a reset on the other: the prober tells "closed" from "reset".
    client.on('error', () => upstream.resetAndDestroy());
    upstream.on('error', () => client.resetAndDestroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => {
      sockets.delete(upstream);
      release(backend);
    });
    upstream.once('connect', () => {
      client.pipe(upstream);
      upstream.pipe(client);
    });
  };

  const server = net.createServer({ allowHalfOpen: true, pauseOnConnect: true }, (client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    acquire().then(
      (backend) => {
        if (client.destroyed || closing) release(backend);
        else relay(client, backend);
      },
      () => client.resetAndDestroy(),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port: 0 }, resolve);
  });

  return {
    port: (server.address() as net.AddressInfo).port,
    processes: () => started,
    async close() {
      closing = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      await Promise.allSettled([...starting]);
      await Promise.all([...all].map((b) => b.close()));
    },
  };
}
