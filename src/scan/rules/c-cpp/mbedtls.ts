import { atLeast, type Version } from '../../../versions.js';
import { patternRule } from '../../define.js';
import { C_KINDS, cap, throughName } from './shared.js';

// ---------------------------------------------------------------------------------------------
// H6: mbedTLS 2.x / PolarSSL major,minor versions.

const MBEDTLS_MINOR: Record<string, Version> = { '0': 'SSLv3', '1': 'TLSv1.0', '2': 'TLSv1.1', '3': 'TLSv1.2', '4': 'TLSv1.3' };

export const mbedtlsVersion = patternRule({
  meta: {
    id: 'c/mbedtls-version',
    title: 'mbedTLS minimum or maximum version allows legacy TLS',
    description:
      'mbedTLS 2.x (and PolarSSL) take the version as major/minor numbers: `mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_1)` is TLS 1.0 (minor 0 = SSLv3, 1 = TLS 1.0, 2 = TLS 1.1, 3 = TLS 1.2).',
    ecosystem: 'C & C++',
    catalogue: ['H6'],
    docs: ['https://mbed-tls.readthedocs.io/projects/api/en/v2.28.8/api/file/ssl_8h/'],
    files: { kinds: C_KINDS },
    keywords: /_min_version|_max_version/,
    fixable: true,
    safe: 'mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);',
    limits: 'Build-time defaults (`MBEDTLS_SSL_PROTO_TLS1`, `MBEDTLS_SSL_MIN_MINOR_VERSION`) in vendored config headers are not reported.',
  },
  pattern:
    /\b(?:mbedtls_ssl_conf|ssl_set)_(min|max)_version[ \t]*\([^,;]{1,150},\s{0,40}((?:MBEDTLS_)?SSL_MAJOR_VERSION_3|3|[A-Za-z_]\w{0,40})\s{0,40},\s{0,40}(?:((?:MBEDTLS_)?SSL_MINOR_VERSION_|)([0-4])|([A-Za-z_]\w{0,40}))\s{0,40}\)/,
  evaluate: (m, ctx, file) => {
    // A version chosen in a case arm is a capability: the engine judges it (capability.ts).
    if (m[5] !== undefined) {
      // `int minor = MBEDTLS_SSL_MINOR_VERSION_1; … mbedtls_ssl_conf_min_version(&conf, major, minor)`.
      const at = m.index + m[0].lastIndexOf(m[5]);
      return throughName(file, at, m[5], m[1], ctx);
    }
    if (!/^(?:(?:MBEDTLS_)?SSL_MAJOR_VERSION_3|3)$/.test(m[2])) return undefined;
    const v = MBEDTLS_MINOR[m[4]];
    if (m[1] === 'max') {
      const capped = cap(v, ctx);
      return capped === undefined ? undefined : { versions: capped, why: `minor version ${m[4]} is ${v}` };
    }
    const digitAt = m.index + m[0].length - 1 - (m[0].length - 1 - m[0].lastIndexOf(m[4]));
    return {
      versions: atLeast(v),
      why: `minor version ${m[4]} is ${v}`,
      fix: { start: digitAt, end: digitAt + 1, text: ctx.floor === 'TLSv1.3' ? '4' : '3' },
    };
  },
  instead: (ctx) =>
    `\`mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_${ctx.floor === 'TLSv1.3' ? '4' : '3'})\``,
  examples: {
    valid: [
      { file: 'main/tls.c', code: 'mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);' },
      { file: 'main/tls.c', code: 'mbedtls_ssl_conf_min_tls_version(&conf, MBEDTLS_SSL_VERSION_TLS1_2);', note: 'mbedTLS 3 API' },
      {
        file: 'library/ssl_tls.c',
        code: 'void mbedtls_ssl_conf_min_version(mbedtls_ssl_config *conf, int major, int minor)\n{\n    conf->min_major_ver = major;\n}',
        note: 'the definition',
      },
      {
        file: 'main/tls.c',
        code: 'if (ssl->minor_ver < MBEDTLS_SSL_MINOR_VERSION_3) return MBEDTLS_ERR_SSL_BAD_HS_PROTOCOL_VERSION;',
        note: 'a version check',
      },
      { file: 'main/tls.c', code: 'mbedtls_ssl_conf_max_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_4);' },
      {
        file: 'main/tls.c',
        code: 'void f(void)\n{\n    int minor = MBEDTLS_SSL_MINOR_VERSION_3;\n    mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, minor);\n}',
        note: 'a name assigned TLS 1.2',
      },
      {
        file: 'main/tls.c',
        code: 'void f(int v)\n{\n    int minor = 3;\n    switch (v) {\n    case 1:\n        minor = MBEDTLS_SSL_MINOR_VERSION_1;\n        break;\n    }\n    mbedtls_ssl_conf_min_version(&conf, 3, minor);\n}',
        note: 'a configured choice in a case arm',
      },
    ],
    invalid: [
      {
        file: 'main/tls.c',
        code: 'mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_1);',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: 'mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);',
      },
      {
        file: 'main/tls.c',
        code: 'mbedtls_ssl_conf_min_version( &conf, 3, 2 );',
        findings: ['1:1 TLSv1.1'],
        output: 'mbedtls_ssl_conf_min_version( &conf, 3, 3 );',
        note: 'numeric minor version',
      },
      {
        file: 'main/tls.c',
        code: 'mbedtls_ssl_conf_max_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_2);',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/polar.c',
        code: 'ssl_set_min_version(&ssl, SSL_MAJOR_VERSION_3, SSL_MINOR_VERSION_0);',
        findings: ['1:1 SSLv3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/openvpn/ssl_mbedtls.c',
        code: 'void\nkey_state_init(struct key_state_ssl *ks_ssl)\n{\n    /* default to TLS 1.0 */\n    int major = MBEDTLS_SSL_MAJOR_VERSION_3;\n    int minor = MBEDTLS_SSL_MINOR_VERSION_1;\n\n    if (tls_version_min > TLS_VER_UNSPEC)\n    {\n        tls_version_to_major_minor(tls_version_min, &major, &minor);\n    }\n    mbedtls_ssl_conf_min_version(&ks_ssl->ssl_config, major, minor);\n}',
        findings: ['6:17 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'the minor version in a name assigned earlier in the function: a default, reported where it is written',
      },
      {
        file: 'src/transport.c',
        code: '/* configure TLSv1 */\nmbedtls_ssl_conf_min_version(ssl_conf,\n    MBEDTLS_SSL_MAJOR_VERSION_3,\n    MBEDTLS_SSL_MINOR_VERSION_1);',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
        note: 'arguments on separate lines',
      },
    ],
  },
});
