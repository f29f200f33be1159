import { patternRule } from '../../define.js';
import { CODE_KINDS, TLS_ALL } from './shared.js';

// ---------------------------------------------------------------------------------------------
// C7: OkHttp COMPATIBLE_TLS
// ---------------------------------------------------------------------------------------------

export const okhttpCompatibleTls = patternRule({
  meta: {
    id: 'java/okhttp-compatible-tls',
    title: 'OkHttp COMPATIBLE_TLS enables TLS 1.0 and 1.1',
    description:
      "`ConnectionSpec.COMPATIBLE_TLS` is OkHttp's fallback for obsolete servers: it offers TLS 1.0 and TLS 1.1 (OkHttp 3.13 and later keep them out of `MODERN_TLS` only). A client that lists it, or builds a spec from it without `tlsVersions(…)`, can be downgraded.",
    ecosystem: 'Java & JVM',
    catalogue: ['C7'],
    docs: [
      'https://square.github.io/okhttp/features/https/',
      'https://square.github.io/okhttp/5.x/okhttp/okhttp3/-connection-spec/index.html',
    ],
    files: { kinds: CODE_KINDS },
    keywords: /COMPATIBLE_TLS|allEnabledTlsVersions/,
    fixable: true,
    safe: 'connectionSpecs(listOf(ConnectionSpec.RESTRICTED_TLS, ConnectionSpec.MODERN_TLS))',
    limits:
      'The versions actually offered are also limited by the platform (old Android releases lack TLS 1.2 unless a provider is installed).',
  },
  pattern: /(?<![\w$.])(?:ConnectionSpec\.)?COMPATIBLE_TLS(?![\w$])|\.allEnabledTlsVersions\s*\(\s*\)/,
  evaluate: (m, _ctx, file) => {
    const code = file.code;
    const before = code.slice(Math.max(0, m.index - 200), m.index);
    if (/import\s+(?:static\s+)?[\w.]*$/.test(before) || /\bval\s+$|\bstatic\s+final\s+\w+\s+$|==\s*$/.test(before)) return undefined;
    if (m[0].startsWith('.')) {
      return {
        versions: TLS_ALL,
        severity: 'warning',
        why: 'every version the platform enables, TLS 1.0 and 1.1 included on older runtimes',
      };
    }
    // `Builder(COMPATIBLE_TLS).tlsVersions(...)` overrides the versions; the list rule judges it.
    const rest = code.slice(m.index + m[0].length, m.index + m[0].length + 400);
    if (/\.tlsVersions\s*\(/.test(rest.split(/;|\.build\s*\(/)[0])) return undefined;
    const start = m[0].startsWith('ConnectionSpec.') ? m.index + 'ConnectionSpec.'.length : m.index;
    return {
      versions: TLS_ALL,
      why: '`COMPATIBLE_TLS` includes TLS_1_0 and TLS_1_1',
      fix: { start, end: m.index + m[0].length, text: 'MODERN_TLS' },
    };
  },
  instead: '`ConnectionSpec.MODERN_TLS` (or `RESTRICTED_TLS`)',
  examples: {
    valid: [
      {
        file: 'app/src/main/java/Api.kt',
        code: 'OkHttpClient.Builder()\n    .connectionSpecs(listOf(ConnectionSpec.MODERN_TLS))\n    .build()',
      },
      {
        file: 'src/Imports.java',
        code: 'import static okhttp3.ConnectionSpec.COMPATIBLE_TLS;\nclient = builder.connectionSpecs(List.of(ConnectionSpec.RESTRICTED_TLS)).build();',
        note: 'an import is not a use',
      },
      {
        file: 'src/Spec.kt',
        code: 'val spec = ConnectionSpec.Builder(ConnectionSpec.COMPATIBLE_TLS)\n    .tlsVersions(TlsVersion.TLS_1_2)\n    .build()',
        note: 'versions overridden by tlsVersions',
      },
      { file: 'src/Spec.java', code: '// builder.connectionSpecs(Arrays.asList(ConnectionSpec.COMPATIBLE_TLS));', note: 'commented out' },
      { file: 'src/Check.kt', code: 'if (spec == ConnectionSpec.COMPATIBLE_TLS) log("fallback")', note: 'comparison' },
    ],
    invalid: [
      {
        file: 'app/src/main/java/com/acme/Http.kt',
        code: 'val client = OkHttpClient.Builder()\n    .connectionSpecs(listOf(ConnectionSpec.MODERN_TLS, ConnectionSpec.COMPATIBLE_TLS))\n    .build()',
        findings: ['2:56 TLSv1.0 TLSv1.1'],
        output:
          'val client = OkHttpClient.Builder()\n    .connectionSpecs(listOf(ConnectionSpec.MODERN_TLS, ConnectionSpec.MODERN_TLS))\n    .build()',
      },
      {
        file: 'src/Http.java',
        code: 'builder.connectionSpecs(Collections.singletonList(ConnectionSpec.COMPATIBLE_TLS));',
        findings: ['1:51 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/Spec.java',
        code: 'ConnectionSpec spec = new ConnectionSpec.Builder(ConnectionSpec.COMPATIBLE_TLS)\n    .cipherSuites(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)\n    .build();',
        findings: ['1:50 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/Spec.kt',
        code: 'val spec = ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS).allEnabledTlsVersions().build()',
        findings: ['1:61 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
    ],
  },
});
