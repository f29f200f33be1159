/**
 * `openssl s_server` made able to answer many connections at once, for probe-bench.mjs.
 *
 * Why a pool: s_server serves strictly one connection at a time; a prober that opens all its
 * connections at once would otherwise wait for each one in turn, and the bench would measure
 * s_server's queue, not the prober. So each target is a byte-for-byte TCP relay in front of a few
 * s_server processes started up front: every incoming connection gets an idle process of its own
 * (or waits for one), and closes and resets are mirrored, so a client sees exactly what the
 * backend sent. The relay can listen on several ports, which lets a few server processes stand
 * for many endpoints.
 */
import { spawn } from 'node:child_process';
import * as net from 'node:net';
// Imported, not global: the project's lint config knows only a few Node globals.
import { clearTimeout, setTimeout } from 'node:timers';

/** Every s_server this module started and that is still running, for a last-moment kill. */
const live = new Set();

/** Kills every s_server still running, synchronously (for process 'exit' and signal handlers). */
export function killAllNow() {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
}

/** OpenSSL's own TLS 1.3 default, spelled out so that no system policy can change it. */
const TLS13_SUITES = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256';

/**
 * One `openssl s_server` process, as a real target: it serves one connection at a time and goes
 * on accepting forever (no `-naccept`). Resolves with `{ port, close() }`.
 * @param {{ openssl: string, env: NodeJS.ProcessEnv, cert: string, key: string, versionArgs: string[], host?: string }} opts
 */
export function startOpensslServer(opts) {
  return startBackend({ ...opts, host: opts.host ?? '127.0.0.1' });
}

/**
 * Starts one s_server on an OS-chosen port (`-accept 127.0.0.1:0`) and reads the port from the
 * `ACCEPT host:port` line it prints, so there is no race for a free port.
 */
function startBackend({ openssl, env, cert, key, versionArgs, host }) {
  const args = ['s_server', '-accept', `${host}:0`, '-cert', cert, '-key', key];
  // SECLEVEL=0: OpenSSL 3 refuses TLS 1.0/1.1 handshakes (SHA-1 signatures) above level 0, and
  // a refusal must be about the version and nothing else. -www keeps it accepting after each
  // connection; stdin stays open (a pipe) so s_server never sees EOF on its console.
  args.push('-cipher', 'DEFAULT@SECLEVEL=0', '-ciphersuites', TLS13_SUITES, ...versionArgs, '-www');
  const child = spawn(openssl, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
  live.add(child);
  let exited = false;
  const exit = new Promise((resolve) =>
    child.once('exit', () => {
      live.delete(child);
      resolve((exited = true));
    }),
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (d) => {
      out += d;
      const m = /ACCEPT .*:(\d+)\s/.exec(out);
      if (!m) return;
      child.stdout.off('data', onData);
      child.stdout.resume(); // keep draining what it prints per connection
      clearTimeout(timer);
      resolve({
        port: Number(m[1]),
        alive: () => !exited,
        close: () => {
          if (!exited) child.kill('SIGKILL');
          return exit;
        },
      });
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`openssl s_server ${versionArgs.join(' ')} did not start within 10 s: ${stderr.trim()}`));
    }, 10_000);
    child.stdout.on('data', onData);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`openssl s_server ${versionArgs.join(' ')} exited (${code}): ${stderr.trim()}`));
    });
  });
}

/**
 * @param {{ openssl: string, env: NodeJS.ProcessEnv, cert: string, key: string,
 *           versionArgs: string[], processes: number, ports?: number, host?: string }} opts
 * @returns {Promise<{ ports: number[], processes(): number, close(): Promise<void> }>}
 */
export async function startOpensslPool(opts) {
  const host = opts.host ?? '127.0.0.1';
  const backends = [];
  const idle = [];
  const waiting = [];
  const sockets = new Set();
  const servers = [];
  let closing = false;

  const spawnOne = () => startBackend({ ...opts, host });
  // All processes up front, in parallel: starting them is not what the bench measures.
  for (const b of await Promise.all(Array.from({ length: opts.processes }, spawnOne))) {
    backends.push(b);
    idle.push(b);
  }

  const acquire = () => {
    const b = idle.pop();
    if (b) return Promise.resolve(b);
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (b) => {
    if (closing) return;
    if (!b.alive()) {
      // A backend that died is replaced, so the pool keeps its size.
      spawnOne().then(
        (nb) => (backends.push(nb), release(nb)),
        () => undefined,
      );
      return;
    }
    const next = waiting.shift();
    if (next) next(b);
    else idle.push(b);
  };

  const relay = (client, b) => {
    const upstream = net.connect({ host, port: b.port, allowHalfOpen: true });
    sockets.add(upstream);
    client.on('error', () => upstream.resetAndDestroy());
    upstream.on('error', () => client.resetAndDestroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => {
      sockets.delete(upstream);
      release(b);
    });
    upstream.once('connect', () => {
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    });
  };

  const onConnection = (client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    acquire().then((b) => (client.destroyed || closing ? release(b) : relay(client, b)));
  };

  const ports = [];
  for (let i = 0; i < (opts.ports ?? 1); i++) {
    const server = net.createServer({ allowHalfOpen: true, pauseOnConnect: true }, onConnection);
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host, port: 0, backlog: 1024 }, resolve);
    });
    servers.push(server);
    ports.push(server.address().port);
  }

  return {
    ports,
    processes: () => backends.length,
    async close() {
      closing = true;
      for (const s of sockets) s.destroy();
      await Promise.all(servers.map((s) => new Promise((r) => s.close(() => r()))));
      await Promise.all(backends.map((b) => b.close()));
    },
  };
}
