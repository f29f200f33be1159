/**
 * Rust: native-tls (and the crates that wrap it: tokio-native-tls, async-native-tls, lettre,
 * postgres-native-tls), the `openssl`/`boring` crates, reqwest and the `curl` crate. rustls cannot
 * negotiate anything below TLS 1.2, so rustls configuration is never legacy.
 */
import { atLeast, atMost, range, setOf, versionIndex, type Version } from '../../versions.js';
import { readVersion } from '../evaluate.js';
import { patternRule } from '../define.js';
import type { Rule, RuleContext } from '../rule.js';

/** The statement around an offset (back to the previous `;`, forward to the next), bounded. */
function statement(code: string, offset: number, end: number): string {
  const back = Math.max(0, offset - 1500);
  const previous = code.slice(back, offset + 1).lastIndexOf(';');
  const next = code.slice(end, end + 1501).indexOf(';');
  return code.slice(previous < 0 ? back : back + previous, next < 0 ? Math.min(code.length, end + 1500) : end + next);
}

// ---------------------------------------------------------------------------------------------
// G1: native-tls Protocol (and lettre's TlsVersion)

const NATIVE_TLS =
  /\.(min|max)_protocol_version[ \t]*\(\s*(?:Some[ \t]*\(\s*(?:[A-Za-z_]\w*::){0,4}Protocol::(\w+)\s*\)|(None))\s*\)|\.set_min_tls_version[ \t]*\(\s*(?:[A-Za-z_]\w*::){0,4}TlsVersion::(\w+)\s*\)|(?<![\w.])(min|max)_protocol_version[ \t]*:[ \t]*Some[ \t]*\(\s*(?:[A-Za-z_]\w*::){0,4}Protocol::(\w+)\s*\)/;

const nativeTlsProtocol = patternRule({
  meta: {
    id: 'rust/native-tls-protocol',
    title: 'native-tls min_protocol_version allows legacy TLS',
    description:
      'native-tls `TlsConnectorBuilder` / `TlsAcceptorBuilder::min_protocol_version(Some(Protocol::Tlsv10))` (also `Tlsv11`, `Sslv3`) lets OpenSSL, SChannel or Secure Transport negotiate legacy versions; `None` enables the oldest protocols the platform supports, and `max_protocol_version` below TLS 1.2 caps connections to legacy versions. lettre’s `TlsParametersBuilder::set_min_tls_version(TlsVersion::Tlsv10)` is the same setting.',
    ecosystem: 'Rust',
    catalogue: ['G1'],
    docs: [
      'https://docs.rs/native-tls/latest/native_tls/struct.TlsConnectorBuilder.html#method.min_protocol_version',
      'https://docs.rs/lettre/latest/lettre/transport/smtp/client/struct.TlsParametersBuilder.html',
    ],
    files: { kinds: ['rust'] },
    keywords: /min_protocol_version|max_protocol_version|set_min_tls_version/,
    fixable: true,
    safe: 'builder.min_protocol_version(Some(Protocol::Tlsv12))',
    limits:
      'A builder that never calls min_protocol_version gets the crate default: TLS 1.0 in native-tls up to 0.2.12 and TLS 1.2 in later releases; that depends on Cargo.lock and is not reported. Values from variables are unknown. Findings in tests/, benches/ and after #[cfg(test)] are notes.',
  },
  pattern: NATIVE_TLS,
  evaluate: (m, ctx) => {
    // `min_protocol_version: Some(Protocol::Tlsv10)` initializes a config struct that is later passed to the builder.
    const isMax = (m[1] ?? m[5]) === 'max';
    const name = m[2] ?? m[4] ?? m[6];
    if (m[3]) {
      if (isMax) return undefined;
      return {
        versions: range('TLSv1.0'),
        why: '`None` enables the oldest protocols the platform TLS library supports',
        fix: {
          start: m.index + m[0].lastIndexOf('None'),
          end: m.index + m[0].lastIndexOf('None') + 4,
          text: `Some(Protocol::Tlsv1${versionIndex(ctx.floor) - 2})`,
        },
      };
    }
    const v = readVersion(name);
    if (!v) return undefined;
    const at = m.index + m[0].lastIndexOf(name);
    const target: Version = isMax ? 'TLSv1.3' : ctx.floor;
    return {
      versions: isMax ? atMost(v) : atLeast(v),
      why: isMax ? `the maximum is ${v}` : undefined,
      // native-tls has no Tlsv13 before 0.2.12: a maximum is fixed by removing it, not rewriting it.
      fix: isMax ? undefined : { start: at, end: at + name.length, text: `Tlsv1${versionIndex(target) - 2}` },
      instead: m[4]
        ? `\`set_min_tls_version(TlsVersion::Tlsv1${versionIndex(target) - 2})\``
        : m[6] && !isMax
          ? `\`min_protocol_version: Some(Protocol::Tlsv1${versionIndex(target) - 2})\``
          : undefined,
    };
  },
  instead: (ctx: RuleContext, m) =>
    (m[1] ?? m[5]) === 'max'
      ? 'no `max_protocol_version` call (or `max_protocol_version(None)`)'
      : `\`min_protocol_version(Some(Protocol::Tlsv1${versionIndex(ctx.floor) - 2}))\``,
  examples: {
    valid: [
      {
        file: 'src/mail.rs',
        code: 'let mut tls_builder = TlsConnector::builder();\ntls_builder.min_protocol_version(Some(Protocol::Tlsv12));',
      },
      {
        file: 'src/ws.rs',
        code: 'let connector = TlsConnector::builder()\n    .min_protocol_version(Some(Protocol::Tlsv12))\n    .max_protocol_version(Some(Protocol::Tlsv12))\n    .build()?;',
        note: 'a cap at TLS 1.2',
      },
      {
        file: 'src/server.rs',
        code: 'let acceptor = TlsAcceptor::builder(identity)\n    // .min_protocol_version(Some(Protocol::Tlsv10))\n    .min_protocol_version(Some(Protocol::Tlsv12))\n    .build()?;',
        note: 'commented-out call',
      },
      { file: 'src/conn.rs', code: 'builder.max_protocol_version(None);', note: 'no maximum' },
      { file: 'src/conn.rs', code: 'builder.min_protocol_version(cfg.min_protocol);', note: 'a variable: unknown' },
      {
        file: 'src/proto.rs',
        code: 'pub enum Protocol {\n    Sslv3,\n    Tlsv10,\n    Tlsv11,\n    Tlsv12,\n}',
        note: 'the enum definition',
      },
      {
        file: 'src/tls.rs',
        code: 'let config = rustls::ClientConfig::builder_with_protocol_versions(&[&rustls::version::TLS12, &rustls::version::TLS13]);',
        note: 'rustls cannot go below 1.2',
      },
      {
        file: 'src/smtp.rs',
        code: 'let params = TlsParameters::builder(host)\n    .set_min_tls_version(TlsVersion::Tlsv12)\n    .build()?;',
      },
      {
        file: 'src/opts.rs',
        code: 'pub struct TlsOptions {\n    min_protocol_version: Option<Protocol>,\n}\nimpl Default for TlsOptions {\n    fn default() -> Self {\n        Self { min_protocol_version: Some(Protocol::Tlsv12) }\n    }\n}',
        note: 'a config struct with a safe default',
      },
    ],
    invalid: [
      {
        file: 'src/mailer.rs',
        code: 'let mut tls_builder = TlsConnector::builder();\ntls_builder.min_protocol_version(Some(Protocol::Tlsv10));\nlet params = ClientTlsParameters::new(host, tls_builder.build()?);',
        findings: ['2:12 TLSv1.0 TLSv1.1'],
        output:
          'let mut tls_builder = TlsConnector::builder();\ntls_builder.min_protocol_version(Some(Protocol::Tlsv12));\nlet params = ClientTlsParameters::new(host, tls_builder.build()?);',
      },
      {
        file: 'src/server.rs',
        code: 'let acceptor = TlsAcceptor::builder(identity)\n    .min_protocol_version(Some(native_tls::Protocol::Tlsv11))\n    .build()?;',
        findings: ['2:5 TLSv1.1'],
        output:
          'let acceptor = TlsAcceptor::builder(identity)\n    .min_protocol_version(Some(native_tls::Protocol::Tlsv12))\n    .build()?;',
      },
      { file: 'src/legacy.rs', code: 'builder.min_protocol_version(Some(Protocol::Sslv3));', findings: ['1:8 SSLv3 TLSv1.0 TLSv1.1'] },
      {
        file: 'src/legacy.rs',
        code: 'builder.min_protocol_version(None);',
        findings: ['1:8 TLSv1.0 TLSv1.1'],
        output: 'builder.min_protocol_version(Some(Protocol::Tlsv12));',
      },
      {
        file: 'src/client.rs',
        code: 'let c = TlsConnector::builder()\n    .max_protocol_version(Some(Protocol::Tlsv11))\n    .build()?;',
        findings: ['2:5 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/smtp.rs',
        code: 'let params = TlsParameters::builder(domain)\n    .set_min_tls_version(TlsVersion::Tlsv10)\n    .build()?;',
        findings: ['2:5 TLSv1.0 TLSv1.1'],
        output: 'let params = TlsParameters::builder(domain)\n    .set_min_tls_version(TlsVersion::Tlsv12)\n    .build()?;',
        note: 'lettre',
      },
      {
        file: 'tests/handshake.rs',
        code: 'builder.min_protocol_version(Some(Protocol::Tlsv10));',
        findings: ['1:8 TLSv1.0 TLSv1.1'],
        severity: 'note',
      },
      {
        file: 'src/opts.rs',
        code: 'impl Default for TlsOptions {\n    fn default() -> Self {\n        Self {\n            min_protocol_version: Some(Protocol::Tlsv10),\n            max_protocol_version: None,\n        }\n    }\n}',
        findings: ['4:13 TLSv1.0 TLSv1.1'],
        output:
          'impl Default for TlsOptions {\n    fn default() -> Self {\n        Self {\n            min_protocol_version: Some(Protocol::Tlsv12),\n            max_protocol_version: None,\n        }\n    }\n}',
        note: 'the default of a config struct that is handed to the builder',
      },
      { file: 'src/lib.rs', code: 'b.min_protocol_version(Some(Protocol::Tlsv12));', floor: 'TLSv1.3', findings: ['1:2 TLSv1.2'] },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// G2: openssl / boring crates

const OPENSSL =
  /\.set_(min|max)_proto_version[ \t]*\(\s*(?:Some[ \t]*\(\s*(?:[A-Za-z_]\w*::){0,4}SslVersion::(\w+)\s*\)|(None))\s*\)|\bSslMethod::(Sslv3|Tlsv1(?:_1)?)\b(?![_(])|\.clear_options[ \t]*\(([^;)]{0,300})\)|\bSslAcceptor::(mozilla_intermediate)\b(?!_v5)/;

const CLEARED: Readonly<Record<string, Version>> = { NO_SSLV3: 'SSLv3', NO_TLSV1: 'TLSv1.0', NO_TLSV1_1: 'TLSv1.1' };

const opensslProtoVersion = patternRule({
  meta: {
    id: 'rust/openssl-proto-version',
    title: 'openssl crate set_min_proto_version allows legacy TLS',
    description:
      'The `openssl` (and `boring`) crate’s `SslContextBuilder::set_min_proto_version(Some(SslVersion::TLS1))` (also `TLS1_1`, `SSL3`) lets OpenSSL negotiate legacy versions; `None` means the lowest version the library supports, and `set_max_proto_version` below TLS 1.2 caps connections to legacy versions. The pre-1.0 crate’s fixed methods (`SslMethod::Tlsv1`, `Sslv3`) and `clear_options(SslOptions::NO_TLSV1)` re-enable them too, and `SslAcceptor::mozilla_intermediate` (Mozilla’s version 4 intermediate profile, unlike `mozilla_intermediate_v5`) accepts TLS 1.0 and 1.1.',
    ecosystem: 'Rust',
    catalogue: ['G2'],
    docs: [
      'https://docs.rs/openssl/latest/openssl/ssl/struct.SslContextBuilder.html#method.set_min_proto_version',
      'https://docs.rs/openssl/latest/openssl/ssl/struct.SslVersion.html',
    ],
    files: { kinds: ['rust'] },
    keywords: /set_min_proto_version|set_max_proto_version|SslMethod|clear_options|mozilla_intermediate/,
    fixable: true,
    safe: 'builder.set_min_proto_version(Some(SslVersion::TLS1_2))?;',
    limits:
      'Without set_min_proto_version the floor is OpenSSL’s (the system openssl.cnf MinProtocol, often TLSv1.2 on current distributions, TLS 1.0 in a default build); not reported. `SslAcceptor::mozilla_intermediate` (not `_v5`) is a warning, because the system configuration may raise its floor. Findings in tests/, benches/ and after #[cfg(test)] are notes.',
  },
  pattern: OPENSSL,
  evaluate: (m, ctx, file) => {
    if (m[6]) {
      // A later set_min_proto_version(TLS1_2 or TLS1_3) in the file raises the floor again.
      if (file.matches(/set_min_proto_version[ \t]*\(\s*Some[ \t]*\(\s*(?:[A-Za-z_]\w*::){0,4}SslVersion::TLS1_[23]\b/)) return undefined;
      const at = m.index + m[0].length;
      return {
        versions: range('TLSv1.0', 'TLSv1.2'),
        why: 'the version 4 intermediate profile of Mozilla’s recommendations allows TLS 1.0 and 1.1, and the crate turns TLS 1.3 off in it',
        severity: 'warning',
        fix: { start: at, end: at, text: '_v5' },
        instead: '`SslAcceptor::mozilla_intermediate_v5(SslMethod::tls())`',
      };
    }
    if (m[4]) {
      const v = readVersion(m[4]);
      if (!v) return undefined;
      return {
        versions: setOf(v),
        why: `SslMethod::${m[4]} speaks only ${v}`,
        instead: '`SslMethod::tls()` with `set_min_proto_version(Some(SslVersion::TLS1_2))`',
      };
    }
    if (m[5] !== undefined) {
      let versions = 0;
      for (const [flag, v] of Object.entries(CLEARED)) if (new RegExp(`\\b${flag}\\b`).test(m[5])) versions |= setOf(v);
      if (!versions) return undefined;
      return {
        versions,
        why: 'clearing a NO_* option re-enables that version, if the library still supports it',
        severity: 'warning',
        instead: '`set_min_proto_version(Some(SslVersion::TLS1_2))` and no clear_options for protocol flags',
      };
    }
    const isMax = m[1] === 'max';
    if (m[3]) {
      if (isMax) return undefined;
      const at = m.index + m[0].lastIndexOf('None');
      return {
        versions: range('TLSv1.0'),
        why: '`None` means the lowest version the OpenSSL build supports',
        fix: { start: at, end: at + 4, text: `Some(SslVersion::TLS1_${versionIndex(ctx.floor) - 2})` },
      };
    }
    const v = readVersion(m[2]);
    if (!v) return undefined;
    const at = m.index + m[0].lastIndexOf(m[2]);
    const target: Version = isMax ? 'TLSv1.3' : ctx.floor;
    return {
      versions: isMax ? atMost(v) : atLeast(v),
      why: isMax ? `the maximum is ${v}` : undefined,
      fix: { start: at, end: at + m[2].length, text: `TLS1_${versionIndex(target) - 2}` },
    };
  },
  instead: (ctx, m) =>
    m[1] === 'max'
      ? '`set_max_proto_version(Some(SslVersion::TLS1_3))` (or no maximum)'
      : `\`set_min_proto_version(Some(SslVersion::TLS1_${versionIndex(ctx.floor) - 2}))\``,
  examples: {
    valid: [
      {
        file: 'src/tls.rs',
        code: 'let mut builder = SslConnector::builder(SslMethod::tls())?;\nbuilder.set_min_proto_version(Some(SslVersion::TLS1_2))?;\nbuilder.set_max_proto_version(Some(SslVersion::TLS1_3))?;',
      },
      {
        file: 'src/psk.rs',
        code: 'builder.set_min_proto_version(Some(SslVersion::TLS1_2))?;\nbuilder.set_max_proto_version(Some(SslVersion::TLS1_2))?;',
        note: 'pinned to TLS 1.2',
      },
      {
        file: 'src/server.rs',
        code: 'let mut b = SslContext::builder(SslMethod::tls_server())?;\nb.set_options(SslOptions::NO_TLSV1 | SslOptions::NO_TLSV1_1);',
        note: 'disabling options; tls_server is protocol-neutral',
      },
      {
        file: 'src/server.rs',
        code: '// builder.set_min_proto_version(Some(SslVersion::TLS1))?;\nbuilder.set_min_proto_version(Some(SslVersion::TLS1_3))?;',
      },
      {
        file: 'src/version.rs',
        code: 'match ssl.version2() {\n    Some(SslVersion::TLS1) => "TLSv1",\n    Some(SslVersion::TLS1_1) => "TLSv1.1",\n    _ => "modern",\n}',
        note: 'a match over the negotiated version',
      },
      { file: 'src/client.rs', code: 'builder.set_max_proto_version(None)?;' },
      { file: 'src/client.rs', code: 'builder.clear_options(SslOptions::NO_TICKET);' },
      { file: 'src/dtls.rs', code: 'builder.set_min_proto_version(Some(SslVersion::DTLS1_2))?;' },
      {
        file: 'src/main.rs',
        code: 'let mut builder = SslAcceptor::mozilla_intermediate_v5(SslMethod::tls()).unwrap();\nbuilder.set_private_key_file("key.pem", SslFiletype::PEM).unwrap();',
      },
      {
        file: 'src/main.rs',
        code: 'let mut builder = SslAcceptor::mozilla_intermediate(SslMethod::tls())?;\nbuilder.set_min_proto_version(Some(SslVersion::TLS1_2))?;',
        note: 'the floor is raised again',
      },
    ],
    invalid: [
      {
        file: 'src/ssl.rs',
        code: 'let mut builder = SslContextBuilder::new(SslMethod::tls())?;\nbuilder.set_min_proto_version(Some(SslVersion::TLS1))?;',
        findings: ['2:8 TLSv1.0 TLSv1.1'],
        output: 'let mut builder = SslContextBuilder::new(SslMethod::tls())?;\nbuilder.set_min_proto_version(Some(SslVersion::TLS1_2))?;',
      },
      {
        file: 'src/peer.rs',
        code: 'ssl_context.set_min_proto_version(Some(SslVersion::TLS1_1))?;',
        findings: ['1:12 TLSv1.1'],
        output: 'ssl_context.set_min_proto_version(Some(SslVersion::TLS1_2))?;',
      },
      {
        file: 'src/legacy.rs',
        code: 'ctx.set_min_proto_version(Some(openssl::ssl::SslVersion::SSL3)).unwrap();',
        findings: ['1:4 SSLv3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/legacy.rs',
        code: 'builder\n    .set_max_proto_version(Some(SslVersion::TLS1_1))\n    .expect("max version");',
        findings: ['2:5 TLSv1.0 TLSv1.1'],
        output: 'builder\n    .set_max_proto_version(Some(SslVersion::TLS1_3))\n    .expect("max version");',
      },
      {
        file: 'src/old.rs',
        code: 'let ctx = SslContext::new(SslMethod::Tlsv1).unwrap();',
        findings: ['1:27 TLSv1.0'],
        note: 'openssl crate before 0.9',
      },
      {
        file: 'src/compat.rs',
        code: 'builder.clear_options(SslOptions::NO_TLSV1 | SslOptions::NO_TLSV1_1);',
        findings: ['1:8 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'src/main.rs',
        code: 'let mut builder = SslAcceptor::mozilla_intermediate(SslMethod::tls()).unwrap();\nbuilder.set_certificate_chain_file("cert.pem").unwrap();\nHttpServer::new(app).bind_openssl("0.0.0.0:8443", builder)?',
        findings: ['1:19 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        output:
          'let mut builder = SslAcceptor::mozilla_intermediate_v5(SslMethod::tls()).unwrap();\nbuilder.set_certificate_chain_file("cert.pem").unwrap();\nHttpServer::new(app).bind_openssl("0.0.0.0:8443", builder)?',
        note: 'actix-web style server setup',
      },
      {
        file: 'src/compat.rs',
        code: 'builder.set_min_proto_version(None)?;',
        findings: ['1:8 TLSv1.0 TLSv1.1'],
        output: 'builder.set_min_proto_version(Some(SslVersion::TLS1_2))?;',
      },
      {
        file: 'src/lib.rs',
        code: 'fn ctx() {}\n\n#[cfg(test)]\nmod tests {\n    fn legacy() { b.set_min_proto_version(Some(SslVersion::TLS1)).unwrap(); }\n}',
        findings: ['5:20 TLSv1.0 TLSv1.1'],
        severity: 'note',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// G3: reqwest (and the curl crate)

const REQWEST =
  /\.(min|max)_tls_version[ \t]*\(\s*(?:[A-Za-z_]\w*::){0,4}Version::(TLS_1_[0-3])\s*\)|\.ssl_version[ \t]*\(\s*(?:[A-Za-z_]\w*::){0,4}SslVersion::(\w+)\s*\)|\.ssl_min_max_version[ \t]*\(\s*(?:[A-Za-z_]\w*::){0,4}SslVersion::(\w+)\s*,\s*(?:[A-Za-z_]\w*::){0,4}SslVersion::(\w+)\s*\)/;

const RUSTLS_BACKEND = /use_rustls_tls|tls_backend_rustls|use_preconfigured_tls/;

const reqwestTlsVersion = patternRule({
  meta: {
    id: 'rust/reqwest-tls-version',
    title: 'reqwest min_tls_version allows legacy TLS',
    description:
      'reqwest’s `ClientBuilder::min_tls_version(tls::Version::TLS_1_0)` (or `TLS_1_1`) lets the native-tls backend negotiate legacy versions, and `max_tls_version` below TLS 1.2 caps connections to them. With the rustls backend the setting cannot go below TLS 1.2, so chains that select rustls stay quiet. The `curl` crate’s `ssl_version(SslVersion::Tlsv10)` and `ssl_min_max_version` are read too.',
    ecosystem: 'Rust',
    catalogue: ['G3'],
    docs: [
      'https://docs.rs/reqwest/latest/reqwest/struct.ClientBuilder.html#method.min_tls_version',
      'https://docs.rs/curl/latest/curl/easy/struct.Easy.html#method.ssl_version',
    ],
    files: { kinds: ['rust'] },
    keywords: /min_tls_version|max_tls_version|ssl_version|ssl_min_max_version/,
    fixable: true,
    safe: '.min_tls_version(reqwest::tls::Version::TLS_1_2)',
    limits:
      'Whether reqwest uses native-tls or rustls is decided by Cargo features; only a `.use_rustls_tls()` in the same builder chain is seen. Without min_tls_version the native-tls backend uses the native-tls default (TLS 1.0 up to native-tls 0.2.12); not reported.',
  },
  pattern: REQWEST,
  evaluate: (m, ctx, file) => {
    if (m[2]) {
      if (RUSTLS_BACKEND.test(statement(file.code, m.index, m.index + m[0].length))) return undefined;
      const v = readVersion(m[2]);
      if (!v) return undefined;
      const isMax = m[1] === 'max';
      const at = m.index + m[0].lastIndexOf(m[2]);
      const target: Version = isMax ? 'TLSv1.3' : ctx.floor;
      return {
        versions: isMax ? atMost(v) : atLeast(v),
        why: isMax ? `the maximum is ${v}` : undefined,
        fix: { start: at, end: at + m[2].length, text: `TLS_1_${versionIndex(target) - 2}` },
      };
    }
    if (m[3]) {
      // CURLOPT_SSLVERSION is a minimum since curl 7.54; `Tlsv1` means "TLS 1.0 or later".
      const v = readVersion(m[3]);
      if (!v) return undefined;
      const at = m.index + m[0].lastIndexOf(m[3]);
      return {
        versions: atLeast(v),
        fix: { start: at, end: at + m[3].length, text: `Tlsv1${versionIndex(ctx.floor) - 2}` },
        instead: `\`ssl_version(SslVersion::Tlsv1${versionIndex(ctx.floor) - 2})\``,
      };
    }
    const lo = readVersion(m[4]);
    const hi = readVersion(m[5]);
    if (!lo) return undefined;
    return {
      versions: range(lo === 'SSLv2' ? 'SSLv3' : lo, hi ?? 'TLSv1.3') || setOf(lo),
      instead: `\`ssl_min_max_version(SslVersion::Tlsv1${versionIndex(ctx.floor) - 2}, SslVersion::Tlsv13)\``,
    };
  },
  instead: (ctx, m) =>
    m[1] === 'max'
      ? '`max_tls_version(tls::Version::TLS_1_3)` (or no maximum)'
      : `\`min_tls_version(tls::Version::TLS_1_${versionIndex(ctx.floor) - 2})\``,
  examples: {
    valid: [
      {
        file: 'src/client.rs',
        code: 'let client = reqwest::Client::builder()\n    .min_tls_version(reqwest::tls::Version::TLS_1_2)\n    .build()?;',
      },
      {
        file: 'src/renew.rs',
        code: 'Client::builder()\n    .identity(identity)\n    .use_rustls_tls()\n    .min_tls_version(reqwest::tls::Version::TLS_1_0)\n    .build()',
        note: 'rustls cannot negotiate below TLS 1.2',
      },
      {
        file: 'src/client.rs',
        code: 'let c = ClientBuilder::new()\n    // .min_tls_version(Version::TLS_1_0)\n    .min_tls_version(Version::TLS_1_3)\n    .build()?;',
      },
      {
        file: 'src/client.rs',
        code: 'let c = ClientBuilder::new().max_tls_version(tls::Version::TLS_1_2).build()?;',
        note: 'a cap at TLS 1.2',
      },
      {
        file: 'src/lib.rs',
        code: 'pub fn min_tls_version(self, version: tls::Version) -> ClientBuilder {\n    self.with_inner(|inner| inner.min_tls_version(version))\n}',
        note: 'the API itself',
      },
      {
        file: 'src/config.rs',
        code: 'let v = match s {\n    "1.0" => tls::Version::TLS_1_0,\n    "1.1" => tls::Version::TLS_1_1,\n    _ => tls::Version::TLS_1_2,\n};',
        note: 'a mapping, not a setting',
      },
      { file: 'src/fetch.rs', code: 'easy.ssl_version(SslVersion::Tlsv12)?;' },
    ],
    invalid: [
      {
        file: 'src/client.rs',
        code: 'let client = reqwest::Client::builder()\n    .min_tls_version(reqwest::tls::Version::TLS_1_0)\n    .build()?;',
        findings: ['2:5 TLSv1.0 TLSv1.1'],
        output: 'let client = reqwest::Client::builder()\n    .min_tls_version(reqwest::tls::Version::TLS_1_2)\n    .build()?;',
      },
      {
        file: 'src/client.rs',
        code: 'let c = ClientBuilder::new().min_tls_version(Version::TLS_1_1).build()?;',
        findings: ['1:29 TLSv1.1'],
      },
      {
        file: 'src/printer.rs',
        code: 'let c = reqwest::blocking::Client::builder()\n    .danger_accept_invalid_certs(true)\n    .max_tls_version(tls::Version::TLS_1_1)\n    .build()?;',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        output:
          'let c = reqwest::blocking::Client::builder()\n    .danger_accept_invalid_certs(true)\n    .max_tls_version(tls::Version::TLS_1_3)\n    .build()?;',
      },
      {
        file: 'src/fetch.rs',
        code: 'let mut easy = Easy::new();\neasy.ssl_version(SslVersion::Tlsv10)?;',
        findings: ['2:5 TLSv1.0 TLSv1.1'],
        output: 'let mut easy = Easy::new();\neasy.ssl_version(SslVersion::Tlsv12)?;',
        note: 'curl crate',
      },
      {
        file: 'src/fetch.rs',
        code: 'easy.ssl_min_max_version(SslVersion::Tlsv10, SslVersion::Tlsv12)?;',
        findings: ['1:5 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/client.rs',
        code: 'let c = Client::builder().min_tls_version(tls::Version::TLS_1_2).build()?;',
        floor: 'TLSv1.3',
        findings: ['1:26 TLSv1.2'],
        output: 'let c = Client::builder().min_tls_version(tls::Version::TLS_1_3).build()?;',
      },
    ],
  },
});

export const rules: readonly Rule[] = [nativeTlsProtocol, opensslProtoVersion, reqwestTlsVersion];
