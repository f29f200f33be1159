/**
 * nginx as a real-world front end for probe-bench.mjs: one process, several TLS ports, each
 * with its own `ssl_protocols`. Unlike s_server it answers many connections at once by itself.
 *
 * nginx takes its ports from the configuration, so free ports are picked first (bind to port 0,
 * read the port, release it); if another process takes one in between, nginx fails to start and
 * the whole start is retried with new ports.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
// Imported, not global: the project's lint config knows only a few Node globals.
import { clearTimeout, setTimeout } from 'node:timers';

async function freePorts(host, n) {
  const servers = [];
  try {
    for (let i = 0; i < n; i++) {
      const s = net.createServer();
      await new Promise((resolve, reject) => {
        s.once('error', reject);
        s.listen({ host, port: 0 }, resolve);
      });
      servers.push(s);
    }
    return servers.map((s) => s.address().port);
  } finally {
    await Promise.all(servers.map((s) => new Promise((r) => s.close(() => r()))));
  }
}

function canConnect(host, port) {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

function config(dir, host, listeners, ports) {
  const at = (name) => path.join(dir, name);
  const servers = listeners
    .map((l, i) => {
      // OpenSSL 3 refuses TLS 1.0/1.1 handshakes (SHA-1 signatures) above security level 0.
      const legacy = l.protocols.some((p) => p === 'TLSv1' || p === 'TLSv1.1');
      return (
        `  server {\n    listen ${host}:${ports[i]} ssl;\n` +
        `    ssl_certificate ${l.cert};\n    ssl_certificate_key ${l.key};\n` +
        `    ssl_protocols ${l.protocols.join(' ')};\n` +
        (legacy ? '    ssl_ciphers DEFAULT@SECLEVEL=0;\n' : '') +
        `    return 200 "ok\\n";\n  }\n`
      );
    })
    .join('');
  // As root, workers keep root so that they can use the temp dir.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return (
    `${user}worker_processes 1;\npid ${at('nginx.pid')};\nerror_log ${at('error.log')} warn;\n` +
    `events { worker_connections 1024; }\nhttp {\n  access_log off;\n` +
    ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${at(`${t}_temp`)};\n`).join('') +
    servers +
    '}\n'
  );
}

async function startOnce({ nginx, env, dir, host, listeners }) {
  const ports = await freePorts(host, listeners.length);
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(conf, config(dir, host, listeners, ports));
  // -e: the startup error log, which nginx opens before it reads the config.
  const child = spawn(nginx, ['-p', dir, '-c', conf, '-e', path.join(dir, 'error.log'), '-g', 'daemon off;'], { env, stdio: 'ignore' });
  let exited = false;
  const exit = new Promise((resolve) => child.once('exit', () => resolve((exited = true))));
  child.once('error', () => undefined);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const up = await Promise.all(ports.map((p) => canConnect(host, p)));
    if (up.every(Boolean)) break;
    if (exited || Date.now() > deadline) {
      if (!exited) child.kill('SIGKILL');
      await exit;
      const log = fs.existsSync(path.join(dir, 'error.log'))
        ? fs.readFileSync(path.join(dir, 'error.log'), 'utf8').trim().split('\n').at(-1)
        : '';
      throw new Error(`nginx did not start: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    ports,
    pid: child.pid,
    close: () => {
      if (!exited) child.kill('SIGTERM');
      const force = setTimeout(() => exited || child.kill('SIGKILL'), 3000);
      return exit.finally(() => clearTimeout(force));
    },
  };
}

/**
 * @param {{ nginx: string, env: NodeJS.ProcessEnv, dir: string, host?: string,
 *           listeners: { protocols: string[], cert: string, key: string }[] }} opts
 * @returns {Promise<{ ports: number[], pid: number, close(): Promise<void> }>}
 */
export async function startNginx(opts) {
  const host = opts.host ?? '127.0.0.1';
  fs.mkdirSync(opts.dir, { recursive: true });
  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce({ ...opts, host });
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}
