/**
 * `gnutls-serv` as the old appliance: TLS 1.0 with a 3DES suite and nothing else. Debian's
 * OpenSSL 3 (and so Node) has no 3DES suite left, so an OpenSSL-based checker cannot even
 * complete a handshake with it and would call TLS 1.0 "refused" — the false pass the prober's
 * hand-built hellos must not make.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { acquireCertificates } from './certs.js';
import { startPool, type Backend } from './pool.js';
import {
  freePort,
  launch,
  PortInUseError,
  requireBinary,
  retryOnPortInUse,
  waitUntilListening,
  type LoopbackHost,
  type Managed,
  type RunningServer,
} from './process.js';

const run = promisify(execFile);

/**
 * TLS 1.0 only, key exchange RSA only, cipher 3DES-CBC only, MAC SHA1 only (suite 0x000a,
 * TLS_RSA_WITH_3DES_EDE_CBC_SHA). Starting from NONE rather than NORMAL keeps anything a
 * future GnuTLS adds to NORMAL out.
 */
export const TLS10_3DES_ONLY = 'NONE:+VERS-TLS1.0:+3DES-CBC:+RSA:+SHA1:+COMP-NULL:+SIGN-ALL:+CTYPE-X509';

export interface GnutlsOptions {
  readonly host?: LoopbackHost;
  /** A GnuTLS priority string; the TLS 1.0 + 3DES appliance by default. */
  readonly priority?: string;
}

/**
 * gnutls-serv has no bind-address option: it listens on 0.0.0.0 and :: and carries on when one
 * of them is taken, printing `listening on IPv4 0.0.0.0 port N...bind() failed`. So a TCP poll
 * alone could find somebody else's server on that port; the `...done` line for our family is
 * the proof that the port is ours.
 */
function awaitBound(server: Managed, host: LoopbackHost, port: number, what: string, timeoutMs = 15_000): Promise<void> {
  const family = host.includes(':') ? 'IPv6' : 'IPv4';
  const line = new RegExp(`listening on ${family} \\S+ port ${port}\\.\\.\\.(done|.*failed.*)`);
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = line.exec(server.output());
      if (!match) return;
      finish();
      if (match[1] === 'done') resolve();
      else reject(new PortInUseError(`${what}: ${match[0]}`));
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`${what}: no "listening on ${family}" line after ${timeoutMs} ms: ${server.output() || 'no output'}`));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      server.child.stdout?.off('data', check);
      server.child.stderr?.off('data', check);
    };
    // It prints the line on stderr (3.7.9); listen to both in case that changes.
    server.child.stdout?.on('data', check);
    server.child.stderr?.on('data', check);
    void server.exited.then(() =>
      setImmediate(() => {
        check();
        finish();
        reject(new Error(`${what}: gnutls-serv exited: ${server.output() || 'no output'}`));
      }),
    );
    check();
  });
}

/**
 * gnutls-serv only parses its priority string when a client connects, so a typo would give a
 * server that refuses everything. `gnutls-cli --list --priority` parses it now instead.
 */
async function checkPriority(priority: string): Promise<void> {
  const cli = requireBinary('gnutls-cli', 'gnutls-bin');
  try {
    await run(cli, ['--list', '--priority', priority], { timeout: 10_000 });
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr?.trim();
    throw new Error(`gnutls priority string ${JSON.stringify(priority)} is invalid: ${stderr || (err as Error).message}`, { cause: err });
  }
}

export interface GnutlsServer extends RunningServer {
  /** How many gnutls-serv processes were needed so far (one per simultaneous connection). */
  processes(): number;
}

export async function startGnutls(opts: GnutlsOptions = {}): Promise<GnutlsServer> {
  const bin = requireBinary('gnutls-serv', 'gnutls-bin');
  const host = opts.host ?? '127.0.0.1';
  const priority = opts.priority ?? TLS10_3DES_ONLY;
  const what = `gnutls-serv ${priority} on ${host}`;
  await checkPriority(priority);
  const { certs, release } = await acquireCertificates();

  // Like s_server, gnutls-serv does one handshake at a time (measured: 1 of 12 held-open
  // probes answered), so it runs behind the same pool.
  const startOne = (): Promise<Backend> =>
    retryOnPortInUse(what, async () => {
      const port = await freePort(host);
      // --echo: keep serving after each connection; -a: never ask for a client certificate;
      // --nodb/--noticket: no resumption state between probes.
      const args = ['-p', String(port), '--x509certfile', certs.rsa.cert, '--x509keyfile', certs.rsa.key];
      args.push('--priority', priority, '--echo', '-a', '--nodb', '--noticket');
      const server = launch(bin, args);
      try {
        await awaitBound(server, host, port, what);
        await waitUntilListening(server, what, host, [port]);
      } catch (err) {
        await server.stop();
        throw err;
      }
      return { port, alive: () => !server.hasExited(), close: () => server.stop() };
    });

  try {
    const pool = await startPool({ host, what, start: startOne, maxProcesses: 16 });
    return {
      host,
      port: pool.port,
      processes: pool.processes,
      async close() {
        await pool.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
