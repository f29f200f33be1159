/**
 * A TCP proxy on loopback that makes a local server look far away: every chunk, in each
 * direction, is held for `delayMs` before it is passed on (25 ms each way ≈ 50 ms per round
 * trip), and so are half-closes and resets, so the order of data and closes is what the sender
 * produced. Used by probe-bench.mjs; plain ESM so the bench needs no build step.
 *
 * The TCP connect costs its round trip too. The kernel completes the client's handshake before
 * any user code runs, so the proxy charges it afterwards, as a real path would have: the
 * server hears of the connection `delayMs` after the accept (the SYN's trip: the upstream
 * connection is opened only then, so a server that serves one connection at a time sees them
 * arrive when it would), and nothing the client sends is passed on before 2 × delayMs after the
 * accept (when its first bytes would have left after the SYN-ACK came back), plus the usual
 * delay. A client that sends at once gets its first reply two round trips after connecting, as
 * on a real path; a tool that opens connections one after another pays for each.
 *
 * Usage as a script (for a manual look): node bench/latency-proxy.mjs TARGET_PORT [DELAY_MS]
 */
import * as net from 'node:net';
import { fileURLToPath } from 'node:url';
// Imported, not global: the project's lint config knows only a few Node globals.
import { clearTimeout, setTimeout } from 'node:timers';

/**
 * One direction of a connection: a FIFO of timed actions. Each action is due `delayMs` after it
 * was queued; one timer at a time drains the queue in order, so a chunk can never overtake the
 * chunk (or the close) before it, whatever the timer granularity.
 */
function delayedLane(delayMs, notBefore = 0) {
  const queue = [];
  let timer = null;
  const drain = () => {
    timer = null;
    const now = Date.now();
    while (queue.length > 0 && queue[0].due <= now) queue.shift().run();
    if (queue.length > 0) timer = setTimeout(drain, queue[0].due - now);
  };
  return {
    push(run) {
      const due = Math.max(Date.now(), notBefore) + delayMs;
      queue.push({ due, run });
      if (timer === null) timer = setTimeout(drain, due - Date.now());
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      queue.length = 0;
    },
  };
}

/** Copies `from` into `to` through a delayed lane: data, then end (FIN) or reset, in order. */
function pipeDelayed(from, to, delayMs, notBefore) {
  const lane = delayedLane(delayMs, notBefore);
  from.on('data', (chunk) => lane.push(() => to.destroyed || to.write(chunk)));
  from.on('end', () => lane.push(() => to.destroyed || to.end()));
  // A reset (or any error) on one side becomes a reset on the other, after the same delay.
  from.on('error', () => lane.push(() => to.destroyed || to.resetAndDestroy()));
  // Once both directions are done there is nothing left to deliver.
  return lane;
}

/**
 * Starts the proxy on `host` (default 127.0.0.1; any 127.x.y.z works on Linux, so each target
 * can look like a host of its own). Resolves with its port, the number of connections accepted
 * so far, and a close() that stops listening and drops every open connection at once.
 * @param {{ targetPort: number, targetHost?: string, host?: string, delayMs?: number }} opts
 * @returns {Promise<{ port: number, host: string, connections(): number, close(): Promise<void> }>}
 */
export async function startLatencyProxy(opts) {
  const host = opts.host ?? '127.0.0.1';
  const targetHost = opts.targetHost ?? '127.0.0.1';
  const delayMs = opts.delayMs ?? 25;
  const sockets = new Set();
  const lanes = new Set();
  const timers = new Set();
  let accepted = 0;

  const track = (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  };

  const server = net.createServer({ allowHalfOpen: true, pauseOnConnect: true }, (client) => {
    accepted++;
    track(client);
    client.on('error', () => undefined);
    const acceptedAt = Date.now();
    // The SYN's trip to the server: the upstream connection opens half a round trip late.
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (client.destroyed) return;
      const upstream = net.connect({ host: targetHost, port: opts.targetPort, allowHalfOpen: true });
      track(upstream);
      // Writes before the upstream connect are buffered by the socket itself, so the client's
      // first bytes are not lost while the connection to the target is still being made. The
      // client's bytes leave no earlier than the SYN-ACK's return: a round trip after the accept.
      const up = pipeDelayed(client, upstream, delayMs, acceptedAt + 2 * delayMs);
      const down = pipeDelayed(upstream, client, delayMs);
      lanes.add(up);
      lanes.add(down);
      let closed = 0;
      const onClose = () => {
        if (++closed < 2) return;
        lanes.delete(up);
        lanes.delete(down);
      };
      client.on('close', onClose);
      upstream.on('close', onClose);
      client.resume();
    }, delayMs);
    timers.add(timer);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port: 0 }, resolve);
  });

  return {
    host,
    port: server.address().port,
    connections: () => accepted,
    close: () =>
      new Promise((resolve) => {
        for (const t of timers) clearTimeout(t);
        for (const lane of lanes) lane.cancel();
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

// Run directly: proxy 127.0.0.1:<random> → 127.0.0.1:TARGET_PORT until Ctrl-C.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const targetPort = Number(process.argv[2]);
  const delayMs = process.argv[3] === undefined ? 25 : Number(process.argv[3]);
  if (!Number.isInteger(targetPort) || targetPort < 1 || targetPort > 65535 || !(delayMs >= 0)) {
    console.error('usage: node bench/latency-proxy.mjs TARGET_PORT [DELAY_MS]');
    process.exit(2);
  }
  const proxy = await startLatencyProxy({ targetPort, delayMs });
  console.log(`127.0.0.1:${proxy.port} → 127.0.0.1:${targetPort}, +${delayMs} ms each way`);
  process.on('SIGINT', () => proxy.close().then(() => process.exit(130)));
}
