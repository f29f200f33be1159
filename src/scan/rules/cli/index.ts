/**
 * Command lines in scripts, CI files, Dockerfiles and Makefiles: curl and wget protocol flags,
 * `.curlrc` / `.wgetrc`, git's `http.sslVersion`, probes that test legacy TLS (`openssl s_client
 * -tls1`, nmap `ssl-enum-ciphers`, testssl.sh) and `OPENSSL_CONF` pointing at a legacy
 * configuration.
 */
import type { Rule } from '../../rule.js';
import { curlTlsVersion } from './curl.js';
import { wgetSecureProtocol } from './wget.js';
import { gitSslVersion } from './git.js';
import { tlsProbe } from './tls-probe.js';
import { opensslConfLegacy } from './openssl-conf.js';

export const rules: readonly Rule[] = [curlTlsVersion, wgetSecureProtocol, gitSslVersion, tlsProbe, opensslConfLegacy];
