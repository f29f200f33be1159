/**
 * Child processes behind the test servers: find the binary (failing fast with the Debian package to
 * install), pick a free loopback port, wait until the server listens, stop it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

export type LoopbackHost = '127.0.0.1' | '::1';

/** What every start function hands back. */
export interface RunningServer {
  readonly host: LoopbackHost;
  readonly port: number;
  close(): Promise<void>;
}

/** Thrown when the port picked for a server was taken before the server bound it (the caller retries). */
export class PortInUseError extends Error {}

/** `host:port` as the openssl command line wants it (`[::1]:4433` for IPv6). */
export function hostPort(host: LoopbackHost, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/**
 * The absolute path of `name`, or an error naming the package to install. Looks in the sbin
 * directories too: Debian installs nginx in /usr/sbin, which is not on every user's PATH.
 */
export function requireBinary(name: string, debianPackage: string): string {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/local/sbin', '/usr/sbin', '/sbin'];
  for (const dir of dirs) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  throw new Error(`${name} is not installed: apt-get install -y ${debianPackage}`);
}

/**
 * `count` distinct ports that were free on `host` a moment ago. The OS picks them (listen on port
 * 0, all held open until the last is picked so none is handed out twice); the server started next
 * may still lose one to another process, which is why every start function retries on
 * PortInUseError.
 */
export async function freePorts(host: LoopbackHost, count: number): Promise<number[]> {
  const held: net.Server[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const probe = net.createServer();
      held.push(probe);
      await new Promise<void>((resolve, reject) => {
        probe.once('error', reject);
        probe.listen({ host, port: 0, exclusive: true }, resolve);
      });
    }
    return held.map((probe) => (probe.address() as net.AddressInfo).port);
  } finally {
    await Promise.all(held.map((probe) => new Promise((resolve) => probe.close(resolve))));
  }
}

export async function freePort(host: LoopbackHost): Promise<number> {
  return (await freePorts(host, 1))[0];
}

/** Runs `attempt` until it does not fail with PortInUseError (a lost race for a free port). */
export async function retryOnPortInUse<T>(what: string, attempt: () => Promise<T>, tries = 5): Promise<T> {
  let last: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof PortInUseError)) throw err;
      last = err;
    }
  }
  throw new Error(`${what}: no free port after ${tries} tries (${(last as Error).message})`);
}

const OUTPUT_KEPT = 4096;

/** A started child process with the tail of its output kept for error messages. */
export interface Managed {
  readonly child: ChildProcess;
  /** The last few KiB of stdout and stderr, interleaved. */
  output(): string;
  /** Resolves when the process has exited (or could not be started), with a one-line reason. */
  readonly exited: Promise<string>;
  hasExited(): boolean;
  stop(): Promise<void>;
}

export function launch(bin: string, args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Managed {
  const child = spawn(bin, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-OUTPUT_KEPT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let done = false;
  const exited = new Promise<string>((resolve) => {
    child.once('error', (err) => {
      done = true;
      resolve(`could not start ${path.basename(bin)}: ${err.message}`);
    });
    child.once('exit', (code, signal) => {
      done = true;
      resolve(`${path.basename(bin)} exited (${signal ?? `code ${code}`})`);
    });
  });
  return {
    child,
    output: () => tail.trim(),
    exited,
    hasExited: () => done,
    async stop() {
      if (done) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** Resolves true if a TCP connection to host:port opens within `ms`. */
function canConnect(host: LoopbackHost, port: number, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => finish(false), ms);
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

const BIND_FAILURE = /address already in use|bind\(\) .*failed|unable to bind/i;

/**
 * Waits until every port accepts a TCP connection, polling (bounded by `timeoutMs`). Fails at once
 * if the process exits meanwhile: with PortInUseError when its output says the bind failed, else
 * with its output, so a bad option shows up as a message, not a hang.
 */
export async function waitUntilListening(
  server: Managed,
  what: string,
  host: LoopbackHost,
  ports: readonly number[],
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(ports);
  while (pending.size > 0) {
    if (server.hasExited()) {
      const reason = await server.exited;
      const output = server.output();
      if (BIND_FAILURE.test(output)) throw new PortInUseError(`${what}: ${firstMatchingLine(output, BIND_FAILURE)}`);
      throw new Error(`${what}: ${reason}: ${output.split('\n').slice(-5).join(' | ') || 'no output'}`);
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${what}: not listening on ${[...pending].join(', ')} after ${timeoutMs} ms: ${server.output() || 'no output'}`);
    }
    for (const port of [...pending]) if (await canConnect(host, port, 500)) pending.delete(port);
    if (pending.size > 0) await Promise.race([server.exited, new Promise((r) => setTimeout(r, 25))]);
  }
}

function firstMatchingLine(text: string, re: RegExp): string {
  return text.split('\n').find((line) => re.test(line)) ?? text;
}

/** Whether this machine can listen on ::1 (containers without IPv6 cannot). */
export function hasIpv6Loopback(): Promise<boolean> {
  return freePort('::1').then(
    () => true,
    () => false,
  );
}
