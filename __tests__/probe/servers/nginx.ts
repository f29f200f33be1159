/**
 * nginx as the real-world front end: several TLS ports with their own `ssl_protocols`, and
 * optionally a port that answers only clients sending one SNI name.
 *
 * Measured with nginx 1.22 / OpenSSL 3.0 (Debian 12): the version is chosen with the settings of
 * the port's *default* server, before the SNI callback switches to the named virtual host; the
 * vhost's own `ssl_protocols` does not change it (a vhost with TLSv1–1.2 under a TLSv1.2+ default
 * refuses TLS 1.0, and one under a TLSv1+ default accepts TLS 1.3). So `protocols` belongs to the
 * port here, and an SNI-only port gives its default server those protocols plus
 * `ssl_reject_handshake on` (every handshake without the right name ends in alert 112).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { acquireCertificates, type Certificates, type CertKind } from './certs.js';
import { freePorts, launch, requireBinary, retryOnPortInUse, waitUntilListening, type LoopbackHost } from './process.js';

export type NginxProtocol = 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';

export interface NginxListener {
  /** `ssl_protocols` of the port. */
  readonly protocols: readonly NginxProtocol[];
  /** When set, only clients sending this SNI name get a handshake; all others get alert 112. */
  readonly sniOnly?: string;
  readonly cert?: CertKind;
}

export interface NginxOptions<Name extends string> {
  readonly listeners: Readonly<Record<Name, NginxListener>>;
  readonly host?: LoopbackHost;
}

export interface NginxServer<Name extends string> {
  readonly host: LoopbackHost;
  readonly ports: Readonly<Record<Name, number>>;
  close(): Promise<void>;
}

/** OpenSSL 3 refuses TLS 1.0/1.1 handshakes (SHA-1 signatures) above security level 0. */
function ciphersFor(protocols: readonly NginxProtocol[]): string {
  const legacy = protocols.includes('TLSv1') || protocols.includes('TLSv1.1');
  return legacy ? '    ssl_ciphers DEFAULT@SECLEVEL=0;\n' : '';
}

function serverBlock(listen: string, l: NginxListener, certs: Certificates): string {
  const pair = certs[l.cert ?? 'rsa'];
  const common =
    `    ssl_certificate ${pair.cert};\n    ssl_certificate_key ${pair.key};\n` +
    `    ssl_protocols ${l.protocols.join(' ')};\n${ciphersFor(l.protocols)}`;
  if (!l.sniOnly) return `  server {\n    listen ${listen} ssl;\n${common}    return 200 "ok\\n";\n  }\n`;
  return (
    `  server {\n    listen ${listen} ssl default_server;\n    ssl_reject_handshake on;\n${common}  }\n` +
    `  server {\n    listen ${listen} ssl;\n    server_name ${l.sniOnly};\n${common}    return 200 "${l.sniOnly}\\n";\n  }\n`
  );
}

function config(
  dir: string,
  host: LoopbackHost,
  ports: Record<string, number>,
  listeners: Record<string, NginxListener>,
  certs: Certificates,
): string {
  const at = (name: string) => path.join(dir, name);
  const listenHost = host.includes(':') ? `[${host}]` : host;
  const servers = Object.entries(listeners)
    .map(([name, l]) => serverBlock(`${listenHost}:${ports[name]}`, l, certs))
    .join('');
  // Everything nginx writes goes into `dir`; as root, workers keep root so they can use it.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return (
    `${user}worker_processes 1;\npid ${at('nginx.pid')};\nerror_log ${at('error.log')} warn;\n` +
    `events { worker_connections 512; }\n` +
    `http {\n  access_log off;\n` +
    ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${at(`${t}_temp`)};\n`).join('') +
    servers +
    `}\n`
  );
}

export async function startNginx<Name extends string>(opts: NginxOptions<Name>): Promise<NginxServer<Name>> {
  const nginx = requireBinary('nginx', 'nginx');
  const host = opts.host ?? '127.0.0.1';
  const names = Object.keys(opts.listeners) as Name[];
  if (names.length === 0) throw new Error('startNginx: no listeners given');
  const what = `nginx on ${host}`;
  const { certs, release } = await acquireCertificates();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-nginx-'));
  const cleanup = () => {
    fs.rmSync(dir, { recursive: true, force: true });
    release();
  };
  try {
    return await retryOnPortInUse(what, async () => {
      const picked = await freePorts(host, names.length);
      const ports = Object.fromEntries(names.map((name, i) => [name, picked[i]])) as Record<Name, number>;
      const conf = path.join(dir, 'nginx.conf');
      fs.writeFileSync(conf, config(dir, host, ports, opts.listeners, certs));
      // -e: the startup error log, which nginx opens before it reads the config (its compiled-in
      // /var/log/nginx path may not be writable).
      const args = ['-p', dir, '-c', conf, '-e', path.join(dir, 'error.log'), '-g', 'daemon off;'];
      const server = launch(nginx, args, { env: { ...process.env, OPENSSL_CONF: certs.opensslConf } });
      await waitUntilListening(server, what, host, Object.values(ports));
      return {
        host,
        ports,
        async close() {
          await server.stop();
          cleanup();
        },
      };
    });
  } catch (err) {
    cleanup();
    throw err;
  }
}
