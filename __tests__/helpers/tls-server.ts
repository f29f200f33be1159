/** A real Node TLS server on loopback accepting a chosen version range (SECLEVEL=0 lets TLS 1.0 through). */
import * as net from 'node:net';
import * as tls from 'node:tls';
import { testCertificate } from '../probe/starttls-servers.js';

export async function startTlsServer(
  minVersion: tls.SecureVersion,
  maxVersion: tls.SecureVersion,
): Promise<{ port: number; close(): Promise<void> }> {
  const server = tls.createServer({ ...(await testCertificate()), minVersion, maxVersion, ciphers: 'DEFAULT@SECLEVEL=0' });
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
