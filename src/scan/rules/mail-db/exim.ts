import { EMPTY, parseVersion, range, setOf, type Version } from '../../../versions.js';
import { type Evaluator, type Setting } from '../../define.js';
import type { RuleContext } from '../../rule.js';
import { configRule, exclusionsBelow } from '../web-servers/index.js';

// ---------------------------------------------------------------------------------------------
// M3 Exim
// ---------------------------------------------------------------------------------------------

const EXIM_OPTION: Record<string, Version> = {
  no_sslv2: 'SSLv2',
  no_sslv3: 'SSLv3',
  no_tlsv1: 'TLSv1.0',
  no_tlsv1_1: 'TLSv1.1',
  no_tlsv1_2: 'TLSv1.2',
  no_tlsv1_3: 'TLSv1.3',
};

function eximOpenssl(s: Setting, ctx: RuleContext): ReturnType<Evaluator> {
  let versions = range('TLSv1.0');
  let seen = false;
  for (const m of s.value.matchAll(/([+-])(no_(?:sslv[23]|tlsv1(?:_[123])?))\b/gi)) {
    const v = EXIM_OPTION[m[2].toLowerCase()];
    seen = true;
    if (m[1] === '+') versions &= ~setOf(v);
    else versions |= setOf(v);
  }
  if (!seen) return undefined;
  const missing = Object.entries(EXIM_OPTION)
    .filter(([, v]) => v !== 'SSLv2' && (setOf(v) & versions) !== 0 && exclusionsBelow(ctx.floor).includes(v === 'TLSv1.0' ? 'TLSv1' : v))
    .map(([name]) => `+${name}`);
  const canFix = !/-no_/i.test(s.value) && missing.length > 0;
  return {
    versions,
    why: "options that only exclude SSL keep OpenSSL's TLSv1 and TLSv1.1",
    fix: canFix ? { start: s.valueEnd, end: s.valueEnd, text: ` ${missing.join(' ')}` } : undefined,
  };
}

function eximGnutls(s: Setting): ReturnType<Evaluator> {
  let versions = EMPTY;
  for (const m of s.value.matchAll(/([+-])VERS-((?:TLS|SSL)\d\.\d)/gi)) {
    const v = parseVersion(m[2]);
    if (!v) continue;
    if (m[1] === '+') versions |= setOf(v);
    else versions &= ~setOf(v);
  }
  return versions
    ? {
        versions,
        why: 'the GnuTLS priority string adds legacy versions',
        instead: '`tls_require_ciphers = NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2`',
      }
    : undefined;
}

export const eximTlsOptions = configRule({
  meta: {
    id: 'exim/tls-options',
    title: 'Exim TLS options allow legacy TLS',
    description:
      'Exim (OpenSSL builds) takes `openssl_options = +no_sslv2 +no_sslv3`; excluding only SSL keeps TLSv1 and TLSv1.1. GnuTLS builds take a priority string in `tls_require_ciphers`, where `+VERS-TLS1.0` / `+VERS-TLS1.1` add legacy versions.',
    ecosystem: 'Mail, databases & brokers',
    catalogue: ['M3'],
    docs: [
      'https://www.exim.org/exim-html-current/doc/html/spec_html/ch-main_configuration.html#SECID102',
      'https://www.exim.org/exim-html-current/doc/html/spec_html/ch-encrypted_smtp_connections_using_tlsssl.html',
    ],
    files: { kinds: ['conf', 'other', 'shell', 'dockerfile', 'yaml', 'ini'], names: /exim|^configure$/ },
    keywords: /openssl_options|tls_require_ciphers/,
    fixable: true,
    safe: 'openssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1',
    limits:
      "Without `openssl_options`, the versions follow Exim's and OpenSSL's defaults; not reported. GnuTLS keywords such as `NORMAL` are not expanded.",
  },
  keys: /(?:exim4?_)?(?:openssl_options|tls_require_ciphers)/,
  finder: { spaceSeparated: false },
  evaluate: (s, ctx) => (/openssl/.test(s.key) ? eximOpenssl(s, ctx) : eximGnutls(s)),
  instead: '`openssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1`',
  examples: {
    valid: [
      { file: 'exim4.conf', code: 'openssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1 +cipher_server_preference\n' },
      {
        file: 'exim4.conf',
        code: 'openssl_options = +no_compression +cipher_server_preference\n',
        note: 'no version options: defaults, not reported',
      },
      { file: 'exim4.conf', code: 'tls_require_ciphers = NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2\n' },
      { file: 'exim4.conf', code: '# openssl_options = +no_sslv2 +no_sslv3\n', note: 'commented' },
      { file: 'exim4.conf', code: 'tls_require_ciphers = SECURE192:-VERS-TLS1.0:-VERS-TLS1.1\n', note: 'disabling forms' },
    ],
    invalid: [
      {
        file: 'exim4.conf',
        code: 'tls_advertise_hosts = *\nopenssl_options = +no_sslv2 +no_sslv3\n',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
        output: 'tls_advertise_hosts = *\nopenssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1\n',
      },
      {
        file: 'conf.d/main/03_exim4-config_tlsoptions',
        code: 'openssl_options = +all +no_sslv2 -no_sslv3\n',
        findings: ['1:1 SSLv3 TLSv1.0 TLSv1.1'],
        note: '-no_sslv3 re-enables SSLv3',
      },
      { file: 'exim4.conf', code: 'tls_require_ciphers = NORMAL:+VERS-TLS1.0:+VERS-TLS1.1\n', findings: ['1:1 TLSv1.0 TLSv1.1'] },
      {
        file: 'exim.conf',
        code: 'openssl_options = +no_sslv3 +no_tlsv1\n',
        findings: ['1:1 TLSv1.1'],
        output: 'openssl_options = +no_sslv3 +no_tlsv1 +no_tlsv1_1\n',
      },
      {
        file: 'exim4/conf.d/main/00_local',
        code: 'openssl_options = +all +no_sslv2 +no_compression +cipher_server_preference\n',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        note: '`+all` is bug workarounds, not versions',
      },
    ],
  },
});
