/**
 * Real TLS servers on loopback for the prober's integration tests, and real clients to check
 * them with. Each server knows the truth (which versions it accepts) because it was configured
 * to; the tests compare the prober's verdicts with it.
 *
 * - startOpenssl: `openssl s_server`, one version or a range, RSA or ECDSA, 127.0.0.1 or ::1.
 * - startGnutls:  `gnutls-serv` accepting only TLS 1.0 with 3DES (what OpenSSL 3 cannot speak).
 * - startNginx:   nginx ports with their own `ssl_protocols`, and SNI-only ports.
 * - crossCheck:   `openssl s_client -<version>`: did a handshake at that version succeed?
 * - gnutlsCheck:  `gnutls-cli --priority …`, for what OpenSSL no longer has.
 *
 * Every start function picks its ports through the OS, waits (bounded) until the server listens,
 * fails fast with the Debian package to install when the binary is missing, and returns close().
 * Debian packages: openssl, nginx, gnutls-bin.
 */
export type { LoopbackHost, RunningServer } from './servers/process.js';
export type { CertKind } from './servers/certs.js';
export { startOpenssl, type OpensslOptions, type OpensslServer, type OpensslVersion } from './servers/openssl.js';
export { startGnutls, TLS10_3DES_ONLY, type GnutlsOptions, type GnutlsServer } from './servers/gnutls.js';
export { startNginx, type NginxListener, type NginxOptions, type NginxProtocol, type NginxServer } from './servers/nginx.js';
export { crossCheck, crossCheckDetail, gnutlsCheck, type CheckResult, type CrossCheckOptions } from './servers/cross-check.js';
export { clientHello, firstReply, type FirstReply, type HelloVersion } from './servers/first-flight.js';
export { hasIpv6Loopback } from './servers/process.js';
