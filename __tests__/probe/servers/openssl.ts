/**
 * `openssl s_server` as a truth server: it accepts exactly the versions it is told to, with the
 * legacy suites enabled (SECLEVEL=0) so that a refusal is about the version and nothing else.
 */
import { acquireCertificates, type CertKind } from './certs.js';
import { startPool, type Backend } from './pool.js';
import {
  freePort,
  hostPort,
  launch,
  requireBinary,
  retryOnPortInUse,
  waitUntilListening,
  type LoopbackHost,
  type RunningServer,
} from './process.js';

export type OpensslVersion = 'tls1' | 'tls1_1' | 'tls1_2' | 'tls1_3';

export interface OpensslOptions {
  /** One version (`-tls1_2`) or a range (`-min_protocol`/`-max_protocol`). */
  readonly versions: OpensslVersion | { readonly min: OpensslVersion; readonly max: OpensslVersion };
  readonly cert?: CertKind;
  readonly host?: LoopbackHost;
  /** Cap on s_server processes answering connections at the same time (default 16). */
  readonly maxProcesses?: number;
}

export interface OpensslServer extends RunningServer {
  /** How many s_server processes were needed so far (one per simultaneous connection). */
  processes(): number;
}

/** The spelling -min_protocol/-max_protocol take. */
const PROTOCOL_NAME: Record<OpensslVersion, string> = {
  tls1: 'TLSv1',
  tls1_1: 'TLSv1.1',
  tls1_2: 'TLSv1.2',
  tls1_3: 'TLSv1.3',
};

/** OpenSSL's own TLS 1.3 default, spelled out so that no system policy can change it. */
const TLS13_SUITES = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256';

function versionArgs(versions: OpensslOptions['versions']): string[] {
  if (typeof versions === 'string') return [`-${versions}`];
  return ['-min_protocol', PROTOCOL_NAME[versions.min], '-max_protocol', PROTOCOL_NAME[versions.max]];
}

export async function startOpenssl(opts: OpensslOptions): Promise<OpensslServer> {
  const openssl = requireBinary('openssl', 'openssl');
  const host = opts.host ?? '127.0.0.1';
  const what = `openssl s_server ${JSON.stringify(opts.versions)} on ${host}`;
  const { certs, release } = await acquireCertificates();
  const pair = certs[opts.cert ?? 'rsa'];
  const env = { ...process.env, OPENSSL_CONF: certs.opensslConf };

  // -www keeps the process accepting after each connection (no -naccept); -quiet keeps it from
  // printing per connection; stdin is /dev/null and -quiet implies -ign_eof, so EOF there is harmless.
  const startOne = (): Promise<Backend> =>
    retryOnPortInUse(what, async () => {
      const port = await freePort(host);
      const args = ['s_server', '-accept', hostPort(host, port), '-cert', pair.cert, '-key', pair.key];
      args.push('-cipher', 'DEFAULT@SECLEVEL=0', '-ciphersuites', TLS13_SUITES, ...versionArgs(opts.versions));
      args.push('-www', '-quiet');
      const server = launch(openssl, args, { env });
      await waitUntilListening(server, what, host, [port]);
      return { port, alive: () => !server.hasExited(), close: () => server.stop() };
    });

  try {
    const pool = await startPool({ host, what, start: startOne, maxProcesses: opts.maxProcesses ?? 16 });
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
