/**
 * C and C++: OpenSSL (methods, min/max protocol, options, SSL_CONF), GnuTLS priority strings,
 * mbedTLS and wolfSSL, Boost.Asio, Qt, libcurl, and the process-wide knobs that C libraries read:
 * `openssl.cnf` (`MinProtocol`, `SECLEVEL`) and RHEL/Fedora crypto-policies.
 */
import type { Rule } from '../../rule.js';
import { boostAsioContext } from './boost-asio.js';
import { cryptoPolicies } from './crypto-policies.js';
import { curlSslVersionRule } from './curl.js';
import { gnutlsPriority } from './gnutls.js';
import { mbedtlsVersion } from './mbedtls.js';
import { opensslMethod, opensslProtoVersion } from './openssl-api.js';
import { opensslCnfProtocol, opensslSeclevel } from './openssl-config.js';
import { opensslOptions, sslConfCmd } from './openssl-options.js';
import { qtSslProtocol } from './qt.js';

export { boostAsioContext } from './boost-asio.js';
export { cryptoPolicies } from './crypto-policies.js';
export { curlSslVersion, curlSslVersionRule } from './curl.js';
export { gnutlsPriority } from './gnutls.js';
export { mbedtlsVersion } from './mbedtls.js';
export { opensslMethod, opensslProtoVersion } from './openssl-api.js';
export { opensslCnfProtocol, opensslSeclevel } from './openssl-config.js';
export { opensslOptions, sslConfCmd } from './openssl-options.js';
export { qtSslProtocol } from './qt.js';

export const rules: readonly Rule[] = [
  opensslMethod,
  opensslProtoVersion,
  opensslOptions,
  sslConfCmd,
  gnutlsPriority,
  mbedtlsVersion,
  boostAsioContext,
  qtSslProtocol,
  curlSslVersionRule,
  opensslCnfProtocol,
  opensslSeclevel,
  cryptoPolicies,
];
