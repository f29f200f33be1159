import { atLeast, setOf, wireNumberVersion, type Version } from '../../../versions.js';
import { patternRule } from '../../define.js';
import { lastNewline } from '../../source.js';
import { C_KINDS, TLS10_UP, cap, floorDigits, throughName } from './shared.js';

/** The last non-blank character before an offset. */
function charBefore(code: string, index: number): string {
  let i = index - 1;
  while (i >= 0 && (code[i] === ' ' || code[i] === '\t' || code[i] === '\n' || code[i] === '\r')) i--;
  return i >= 0 ? code[i] : '';
}

// ---------------------------------------------------------------------------------------------
// H1, H6 (wolfSSL): version-pinned method constructors.

const METHOD_VERSIONS: Record<string, Version> = {
  SSLv2: 'SSLv2',
  SSLv3: 'SSLv3',
  TLSv1: 'TLSv1.0',
  TLSv1_1: 'TLSv1.1',
  TLSv1_2: 'TLSv1.2',
  TLSv1_3: 'TLSv1.3',
  DTLSv1: 'TLSv1.1',
  DTLSv1_2: 'TLSv1.2',
};

/**
 * Whether the uncalled method name at `at` is an entry of a table of methods: a designated
 * initializer (`[X] = TLSv1_method`) or one of several method names listed in the same braces.
 */
function methodTable(code: string, at: number): boolean {
  const lineStart = lastNewline(code, at - 1) + 1;
  if (/\[[^\]\n]{1,80}\][ \t]*=[ \t]*(?:&[ \t]*)?(?:::)?$/.test(code.slice(lineStart, at))) return true;
  const around = code.slice(Math.max(0, at - 300), at + 300);
  const names = new Set(around.match(/\b\w{2,20}_method\b(?![ \t]*\()/g) ?? []);
  return names.size >= 3;
}

export const opensslMethod = patternRule({
  meta: {
    id: 'c/openssl-method',
    title: 'OpenSSL/wolfSSL method pinned to a legacy protocol version',
    description:
      "`SSLv3_method()`, `TLSv1_method()`, `TLSv1_1_method()` and `DTLSv1_method()` (and their `_client_`/`_server_` forms, and wolfSSL's `wolfTLSv1_client_method()`) create a context that speaks exactly that version. DTLS 1.0 corresponds to TLS 1.1.",
    ecosystem: 'C & C++',
    catalogue: ['H1', 'H6'],
    docs: ['https://docs.openssl.org/master/man3/SSL_CTX_new/', 'https://www.wolfssl.com/documentation/manuals/wolfssl/group__Setup.html'],
    files: { kinds: C_KINDS },
    keywords: /SSLv2_|SSLv3_|TLSv1_|DTLSv1_/,
    fixable: false,
    safe: 'SSL_CTX_new(TLS_client_method()); SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);',
    limits:
      'A method chosen in a `case` arm of a switch over a runtime option, or behind an `if` that compares a requested version, is a capability: it is judged in the tls-implementation context (a note by default); the generic `TLS_method()`/`SSLv23_method()` are judged by their options (c/openssl-options).',
  },
  pattern:
    /(?<![\w"'])(?:::)?((?:wolf|Cya)?(SSLv2|SSLv3|TLSv1|TLSv1_1|TLSv1_2|TLSv1_3|DTLSv1|DTLSv1_2)_(?:client_|server_)?method(?:_ex)?)\b([ \t]*\()?/,
  evaluate: (m, _ctx, file) => {
    const code = file.code;
    const name = m[1];
    // wolfSSL spells 1.3 only with its prefix; the OpenSSL names TLSv1_2/1_3_method do not exist.
    if (!name.startsWith('wolf') && !name.startsWith('Cya') && /^TLSv1_3/.test(m[2])) return undefined;
    const before = charBefore(code, m.index);
    if (m[3]) {
      // A declaration or definition (`const SSL_METHOD *TLSv1_method(void)`) is not a use.
      const word = /(\w+)\s*$/.exec(code.slice(Math.max(0, m.index - 40), m.index))?.[1];
      if (before === '*' || (/\w/.test(before) && word !== 'return' && word !== 'else')) return undefined;
    } else if (!'=(,?:{'.includes(before) || before === '') {
      return undefined;
    } else if (methodTable(code, m.index)) {
      // `[METHOD_TLSV1] = TLSv1_method,` — a table of function pointers the caller picks from.
      return undefined;
    }
    const v = METHOD_VERSIONS[m[2]];
    return {
      versions: setOf(v),
      why: m[2].startsWith('DTLSv1') && v === 'TLSv1.1' ? 'DTLS 1.0 is the datagram form of TLS 1.1' : undefined,
      what: `${name}${m[3] ? '()' : ''}`,
      start: m.index + m[0].indexOf(name),
      end: m.index + m[0].indexOf(name) + name.length,
    };
  },
  instead: (ctx, m) =>
    m[1].startsWith('wolf') || m[1].startsWith('Cya')
      ? `\`wolfSSLv23_client_method()\` with \`wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1_${floorDigits(ctx)})\``
      : `\`TLS_client_method()\` (or \`TLS_server_method()\`) with \`SSL_CTX_set_min_proto_version(ctx, TLS1_${floorDigits(ctx)}_VERSION)\``,
  examples: {
    valid: [
      {
        file: 'src/client.c',
        code: 'SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());\nSSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);',
      },
      {
        file: 'src/server.cpp',
        code: 'ctx = SSL_CTX_new(SSLv23_server_method());',
        note: 'negotiates the highest version: not legacy by itself',
      },
      {
        file: 'include/openssl/ssl.h',
        code: 'OSSL_DEPRECATEDIN_1_1_0 __owur const SSL_METHOD *TLSv1_method(void);\n__owur const SSL_METHOD *TLSv1_1_client_method(void);',
        note: 'declarations in the library header',
      },
      { file: 'ssl/methods.c', code: 'const SSL_METHOD *TLSv1_method(void)\n{\n    return tlsv1_method();\n}', note: 'the definition' },
      { file: 'src/tls.c', code: '// ctx = SSL_CTX_new(TLSv1_method());\nctx = SSL_CTX_new(TLS_method());', note: 'commented out' },
      { file: 'src/dtls.c', code: 'ctx = SSL_CTX_new(DTLSv1_2_client_method());', note: 'DTLS 1.2 is TLS 1.2-equivalent' },
      { file: 'src/names.c', code: 'static const char *names[] = { "TLSv1_method", "SSLv3_method" };', note: 'names in strings' },
      {
        file: 'src/ssl_methods.c',
        code: 'static method_fn methods[] = {\n  [PROTO_SSL3]  = SSLv3_client_method,\n  [PROTO_TLS1]  = TLSv1_client_method,\n  [PROTO_TLS11] = TLSv1_1_client_method,\n  [PROTO_TLS12] = TLSv1_2_client_method,\n};',
        note: 'a table of function pointers indexed by a configured protocol',
      },
      {
        file: 'src/ssl_methods.c',
        code: 'static const method_fn all[] = { SSLv23_method, TLSv1_method, TLSv1_1_method, TLSv1_2_method };',
        note: 'a list of every method',
      },
    ],
    invalid: [
      {
        file: 'Modules/_ssl.c',
        code: 'if (proto_version == PY_SSL_VERSION_TLS1)\n    ctx = SSL_CTX_new(TLSv1_method());\nelse if (proto_version == PY_SSL_VERSION_TLS)\n    ctx = SSL_CTX_new(TLS_method());',
        note: 'a binding that maps its own enum: a capability, judged as TLS-implementation code',
        findings: ['2:23 TLSv1.0'],
        severity: 'note',
      },
      {
        file: 'apps/client.c',
        code: 'if (strcmp(*argv, "-tls1_2") == 0)\n    meth = TLS_client_method();\nelse if (strcmp(*argv, "-tls1") == 0)\n    meth = TLSv1_client_method();',
        note: 'chosen by a command-line flag: a capability, judged as TLS-implementation code',
        findings: ['4:12 TLSv1.0'],
        severity: 'note',
      },
      {
        file: 'asio/ssl/impl/context.ipp',
        code: 'switch (m)\n{\n  case context::tlsv1_client:\n    handle_ = ::SSL_CTX_new(::TLSv1_client_method());\n    break;\n  case context::tls_client:\n    handle_ = ::SSL_CTX_new(::TLS_client_method());\n    break;\n}',
        note: 'a switch that maps a caller option to a method: a capability, judged as TLS-implementation code',
        findings: ['4:31 TLSv1.0'],
        severity: 'note',
      },
      { file: 'src/client.c', code: 'SSL_CTX *ctx = SSL_CTX_new(TLSv1_client_method());', findings: ['1:28 TLSv1.0'] },
      { file: 'src/server.cc', code: 'ctx_ = SSL_CTX_new(::SSLv3_server_method());', findings: ['1:22 SSLv3'] },
      {
        file: 'src/legacy.c',
        code: 'const SSL_METHOD *meth;\nmeth = TLSv1_1_method();\nctx = SSL_CTX_new(meth);',
        findings: ['2:8 TLSv1.1'],
      },
      {
        file: 'src/legacy.c',
        code: 'const SSL_METHOD *(*make)(void) = TLSv1_client_method;\nctx = SSL_CTX_new(make());',
        findings: ['1:35 TLSv1.0'],
        note: 'a single function pointer is a choice',
      },
      {
        file: 'src/ptr.c',
        code: 'const SSL_METHOD *(*make)(void) = TLSv1_client_method;',
        findings: ['1:35 TLSv1.0'],
        note: 'function pointer stored in a variable',
      },
      { file: 'src/dtls.c', code: 'ctx = SSL_CTX_new(DTLSv1_client_method());', findings: ['1:19 TLSv1.1'] },
      { file: 'src/wolf.c', code: 'WOLFSSL_CTX* ctx = wolfSSL_CTX_new(wolfTLSv1_1_client_method());', findings: ['1:36 TLSv1.1'] },
      { file: 'src/tls13.c', code: 'ctx = SSL_CTX_new(TLSv1_2_method());', floor: 'TLSv1.3', findings: ['1:19 TLSv1.2'] },
      {
        file: 'src/method.c',
        code: 'static const SSL_METHOD *pick(void)\n{\n    return TLSv1_1_client_method();\n}',
        findings: ['3:12 TLSv1.1'],
      },
      { file: 'src/method.cpp', code: 'meth = (SSL_METHOD *) SSLv3_client_method();', findings: ['1:23 SSLv3'], note: 'cast' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// H2, H6 (wolfSSL): SSL_CTX_set_min/max_proto_version and wolfSSL_CTX_SetMinVersion.

const PROTO_CONSTANTS: Record<string, Version> = {
  SSL3_VERSION: 'SSLv3',
  TLS1_VERSION: 'TLSv1.0',
  TLS1_1_VERSION: 'TLSv1.1',
  TLS1_2_VERSION: 'TLSv1.2',
  TLS1_3_VERSION: 'TLSv1.3',
  DTLS1_VERSION: 'TLSv1.1',
  DTLS1_2_VERSION: 'TLSv1.2',
};

const WOLF_CONSTANTS: Record<string, Version> = {
  WOLFSSL_SSLV3: 'SSLv3',
  WOLFSSL_TLSV1: 'TLSv1.0',
  WOLFSSL_TLSV1_1: 'TLSv1.1',
  WOLFSSL_TLSV1_2: 'TLSv1.2',
  WOLFSSL_TLSV1_3: 'TLSv1.3',
  CYASSL_SSLV3: 'SSLv3',
  CYASSL_TLSV1: 'TLSv1.0',
  CYASSL_TLSV1_1: 'TLSv1.1',
  CYASSL_TLSV1_2: 'TLSv1.2',
  '0': 'SSLv3',
  '1': 'TLSv1.0',
  '2': 'TLSv1.1',
  '3': 'TLSv1.2',
  '4': 'TLSv1.3',
};

export const opensslProtoVersion = patternRule({
  meta: {
    id: 'c/openssl-proto-version',
    title: 'OpenSSL/wolfSSL minimum or maximum protocol version allows legacy TLS',
    description:
      "`SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION)` (or `SSL_set_…`, BoringSSL/LibreSSL alike) lets TLS 1.0 and up be negotiated; `0` means the lowest version the library supports. A maximum of `TLS1_1_VERSION` leaves only legacy versions. wolfSSL's `wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1)` is the same.",
    ecosystem: 'C & C++',
    catalogue: ['H2', 'H6'],
    docs: [
      'https://docs.openssl.org/master/man3/SSL_CTX_set_min_proto_version/',
      'https://www.wolfssl.com/documentation/manuals/wolfssl/group__Setup.html',
    ],
    files: { kinds: C_KINDS },
    keywords: /_proto_version|SetMinVersion|SET_MIN_PROTO_VERSION|SET_MAX_PROTO_VERSION/,
    fixable: true,
    safe: 'SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);',
    limits:
      'Versions held in variables are not reported; those chosen in a `case` arm or behind an `if` that compares a requested version are capabilities, judged in the tls-implementation context (a note by default); macros that redefine the version constants are not followed. A minimum of `0` is read as OpenSSL defines it (lowest supported); BoringSSL reads it as its own default minimum.',
  },
  pattern:
    /\b(?:(?:(?:SSL_CTX|SSL|wolfSSL_CTX|wolfSSL)_set_(min|max)_proto_version|(?:wolfSSL|CyaSSL)(?:_CTX)?_Set(Min)Version)[ \t]*\([^,;]{1,150}?,|SSL(?:_CTX)?_ctrl[ \t]*\([^,;]{1,150},[ \t]*SSL_CTRL_SET_(MIN|MAX)_PROTO_VERSION[ \t]*,)\s{0,40}(?:\(\s*(?:int|long|uint16_t|unsigned)\s*\)\s*)?(?:::)?(\w+)\s{0,40}[,)]/,
  evaluate: (m, ctx, file) => {
    const kind = (m[1] ?? m[2] ?? m[3]).toLowerCase();
    const raw = m[4];
    const value = raw.replace(/[lLuU]+$/, '');
    // `c == SET_MAX ? SSL_set_max_proto_version(s, V) : SSL_set_min_proto_version(s, V)`: a setter table.
    const before = charBefore(file.code, m.index);
    const globalNs = file.code.slice(Math.max(0, m.index - 2), m.index) === '::';
    if (before === '?' || (before === ':' && !globalNs)) return undefined;
    const wolf = m[2] !== undefined;
    const v = wolf ? WOLF_CONSTANTS[value] : (PROTO_CONSTANTS[value] ?? wireNumberVersion(value));
    const valueStart = m.index + m[0].lastIndexOf(raw);
    if (!v && !wolf && /^[a-z_]\w*$/i.test(raw) && !/^[A-Z0-9_]+$/.test(raw)) return throughName(file, valueStart, raw, kind, ctx);
    const fixText = wolf ? `WOLFSSL_TLSV1_${floorDigits(ctx)}` : `TLS1_${floorDigits(ctx)}_VERSION`;
    if (kind === 'min') {
      if (!wolf && value === '0') {
        return {
          versions: TLS10_UP,
          why: '0 means the lowest version the library supports',
          fix: { start: valueStart, end: valueStart + raw.length, text: fixText },
        };
      }
      if (!v) return undefined;
      return {
        versions: atLeast(v),
        why: /^DTLS1_VERSION$/.test(value) ? 'DTLS 1.0 is the datagram form of TLS 1.1' : undefined,
        fix: /^\d/.test(value) && !wolf ? undefined : { start: valueStart, end: valueStart + raw.length, text: fixText },
      };
    }
    const capped = v && value !== '0' ? cap(v, ctx) : undefined;
    return capped === undefined ? undefined : { versions: capped, why: `the maximum is ${v}` };
  },
  instead: (ctx, m) =>
    m[2] !== undefined
      ? `\`wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1_${floorDigits(ctx)})\``
      : (m[1] ?? m[3] ?? '').toLowerCase() === 'max'
        ? '`SSL_CTX_set_max_proto_version(ctx, 0)` (no cap) or `TLS1_3_VERSION`'
        : `\`SSL_CTX_set_min_proto_version(ctx, TLS1_${floorDigits(ctx)}_VERSION)\``,
  examples: {
    valid: [
      { file: 'src/tls.c', code: 'SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);' },
      { file: 'src/tls.c', code: 'SSL_CTX_set_max_proto_version(ctx, 0);', note: 'a maximum of 0 means the highest supported' },
      { file: 'src/tls.c', code: 'if (SSL_version(ssl) < TLS1_2_VERSION)\n    return -1;', note: 'a version check' },
      { file: 'include/tls_versions.h', code: '#define TLS1_VERSION 0x0301\n#define TLS1_1_VERSION 0x0302', note: 'constant definitions' },
      { file: 'src/tls.cc', code: 'SSL_CTX_set_min_proto_version(ctx, min_version);', note: 'a variable is unknown' },
      {
        file: 'apps/s_client.c',
        code: 'int main(int argc, char **argv)\n{\n    int min_version = 0;\n    switch (o) {\n    case OPT_TLS1:\n        min_version = TLS1_VERSION;\n        break;\n    }\n    SSL_CTX_set_min_proto_version(ctx, min_version);\n}',
        note: 'a name given a legacy version in a case arm: chosen on request',
      },
      {
        file: 'src/tls.c',
        code: 'int v = TLS1_2_VERSION;\nif (legacy_ok)\n    v = TLS1_3_VERSION;\nSSL_CTX_set_min_proto_version(ctx, v);',
        note: 'a name assigned modern versions only',
      },
      {
        file: 'src/tls.c',
        code: '/* SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION); */\nSSL_CTX_set_min_proto_version(ctx, TLS1_3_VERSION);',
      },
      { file: 'src/wolf.c', code: 'wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1_2);' },
      {
        file: 'src/setters.c',
        code: 'static void ctx_set_tls10(SSL_CTX *ctx, int which) {\n\twhich == SET_MAX ? SSL_CTX_set_max_proto_version(ctx, TLS1_VERSION)\n\t\t: SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);\n}',
        note: 'a table of setters chosen by configuration',
      },
    ],
    invalid: [
      {
        file: 'src/client.c',
        code: 'SSL_CTX_set_min_proto_version(\n    ctx,\n    TLS1_VERSION);',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        note: 'a call whose arguments span lines is reported on the version argument',
      },
      {
        file: 'apps/s_client.c',
        code: 'switch (o) {\ncase OPT_TLS1:\n    min_version = TLS1_VERSION;\n    SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);\n    break;\n}',
        note: 'a command-line switch that selects a version on request: a capability, judged as TLS-implementation code',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
        severity: 'note',
      },
      {
        file: 'src/tls.c',
        code: 'SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: 'SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);',
      },
      {
        file: 'src/conn.cpp',
        code: 'if (!SSL_set_min_proto_version(ssl.get(), TLS1_1_VERSION)) {\n  throw std::runtime_error("tls");\n}',
        findings: ['1:6 TLSv1.1'],
        output: 'if (!SSL_set_min_proto_version(ssl.get(), TLS1_2_VERSION)) {\n  throw std::runtime_error("tls");\n}',
      },
      {
        file: 'src/tls.c',
        code: 'SSL_CTX_set_min_proto_version(ctx, 0);',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        note: '0 = lowest supported',
      },
      { file: 'src/tls.c', code: 'SSL_CTX_set_max_proto_version(ctx, TLS1_1_VERSION);', findings: ['1:1 TLSv1.0 TLSv1.1'] },
      {
        file: 'src/tls.c',
        code: 'SSL_CTX_ctrl(ctx, SSL_CTRL_SET_MIN_PROTO_VERSION, TLS1_VERSION, NULL);',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: 'SSL_CTX_ctrl(ctx, SSL_CTRL_SET_MIN_PROTO_VERSION, TLS1_2_VERSION, NULL);',
      },
      {
        file: 'src/wolf.c',
        code: 'wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1);',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: 'wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1_2);',
      },
      {
        file: 'src/tls.c',
        code: 'SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);',
        floor: 'TLSv1.3',
        findings: ['1:1 TLSv1.2'],
        output: 'SSL_CTX_set_min_proto_version(ctx, TLS1_3_VERSION);',
      },
      { file: 'src/dtls.c', code: 'SSL_CTX_set_min_proto_version(ctx, DTLS1_VERSION);', findings: ['1:1 TLSv1.1'] },
      {
        file: 'src/openvpn/ssl_openssl.c',
        code: 'static bool\nset_versions(struct tls_root_ctx *ctx, unsigned int flags)\n{\n    int tls_ver_min = openssl_tls_version(flags & MIN_MASK);\n    if (!tls_ver_min)\n    {\n        int cur_min = SSL_CTX_get_min_proto_version(ctx->ctx);\n        tls_ver_min = cur_min < TLS1_VERSION ? TLS1_VERSION : cur_min;\n    }\n    return SSL_CTX_set_min_proto_version(ctx->ctx, tls_ver_min);\n}',
        findings: ['8:48 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'a default assigned to a name in one branch of a condition, used a few lines later: reported on the version, never on the comparison',
      },
      {
        file: 'lib/vtls/wolf.c',
        code: 'if (wolfSSL_CTX_SetMinVersion(backend->ctx,\n                              WOLFSSL_TLSV1_1) != WOLFSSL_SUCCESS)\n  return CURLE_SSL_CONNECT_ERROR;',
        findings: ['2:39 TLSv1.1'],
        output:
          'if (wolfSSL_CTX_SetMinVersion(backend->ctx,\n                              WOLFSSL_TLSV1_2) != WOLFSSL_SUCCESS)\n  return CURLE_SSL_CONNECT_ERROR;',
      },
    ],
  },
});
