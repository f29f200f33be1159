/** A real Node TLS server on loopback accepting a chosen version range (SECLEVEL=0 lets TLS 1.0 through). */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as tls from 'node:tls';

let cert: { key: string; cert: string } | undefined;

function certificate(): { key: string; cert: string } {
  if (cert) return cert;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-cert-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=localhost',
      '-days',
      '1',
      '-keyout',
      `${dir}/k.pem`,
      '-out',
      `${dir}/c.pem`,
    ],
    { stdio: 'ignore' },
  );
  cert = { key: fs.readFileSync(`${dir}/k.pem`, 'utf8'), cert: fs.readFileSync(`${dir}/c.pem`, 'utf8') };
  fs.rmSync(dir, { recursive: true, force: true });
  return cert;
}

export async function startTlsServer(
  minVersion: tls.SecureVersion,
  maxVersion: tls.SecureVersion,
): Promise<{ port: number; close(): Promise<void> }> {
  const server = tls.createServer({ ...certificate(), minVersion, maxVersion, ciphers: 'DEFAULT@SECLEVEL=0' });
  server.on('tlsClientError', () => {});
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as net.AddressInfo).port, close: () => new Promise((r) => server.close(() => r())) };
}

/** A port with nothing listening on it. */
export async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}
