/**
 * C and C++: OpenSSL (methods, min/max protocol, options, SSL_CONF), GnuTLS priority strings,
 * mbedTLS and wolfSSL, Boost.Asio, Qt, libcurl, and the process-wide knobs that C libraries read:
 * `openssl.cnf` (`MinProtocol`, `SECLEVEL`) and RHEL/Fedora crypto-policies.
 */
import type { Severity } from '../../policy.js';
import { atLeast, atMost, EMPTY, range, setOf, versionIndex, type Version, type VersionSet } from '../../versions.js';
import { evalList, readVersion, tokenize } from '../evaluate.js';
import { patternRule } from '../define.js';
import type { FileKind } from '../file-kinds.js';
import type { Edit, Rule, RuleContext } from '../rule.js';
import { lastNewline, nextNewline, type SourceFile } from '../source.js';
import { substitutions } from '../shell-writers.js';
import { versionLeaves } from './code/expressions.js';

const C_KINDS: readonly FileKind[] = ['c', 'cpp', 'objc'];
/** Where configuration for C libraries is written: config files and the scripts that write them. */
const CONFIG_KINDS: readonly FileKind[] = ['ini', 'conf', 'other', 'shell', 'dockerfile', 'yaml', 'makefile', 'env', 'toml', 'json', 'hcl'];
const TLS10_UP = range('TLSv1.0');

/** Whether the offset is in a shell `case` arm (`"tls1") PRIO="+VERS-TLS1.0" ;;`). */
function inShellCaseArm(code: string, index: number): boolean {
  const before = code.slice(Math.max(0, index - 300), index);
  const lines = before.split('\n');
  const current = lines[lines.length - 1];
  if (/^\s*["']?[\w.|*-]+["']?\)\s/.test(current)) return true;
  for (let i = lines.length - 2; i >= 0; i--) {
    const l = lines[i];
    if (l.trim() === '') continue;
    if (/;;\s*$/.test(l)) return false;
    return /^\s*["']?[\w.|*-]+["']?\)\s*$/.test(l);
  }
  return false;
}

/** The last non-blank character before an offset. */
function charBefore(code: string, index: number): string {
  let i = index - 1;
  while (i >= 0 && (code[i] === ' ' || code[i] === '\t' || code[i] === '\n' || code[i] === '\r')) i--;
  return i >= 0 ? code[i] : '';
}

function lineOf(code: string, index: number): string {
  const start = lastNewline(code, index - 1) + 1;
  const end = nextNewline(code, index);
  return code.slice(start, end < 0 ? undefined : end);
}

const floorDigits = (ctx: RuleContext): string => (ctx.floor === 'TLSv1.3' ? '3' : '2');

/**
 * What a maximum enables: a cap at or above the floor changes nothing the policy cares about
 * (`MaxProtocol = TLSv1.3` is not legacy), a lower cap leaves only the versions up to it.
 */
function cap(v: Version, ctx: RuleContext): VersionSet | undefined {
  return versionIndex(v) >= versionIndex(ctx.floor) ? undefined : atMost(v);
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
  '0x0300': 'SSLv3',
  '0x0301': 'TLSv1.0',
  '0x0302': 'TLSv1.1',
  '0x0303': 'TLSv1.2',
  '0x0304': 'TLSv1.3',
  '768': 'SSLv3',
  '769': 'TLSv1.0',
  '770': 'TLSv1.1',
  '771': 'TLSv1.2',
  '772': 'TLSv1.3',
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

/**
 * A version reached through a name assigned earlier in the function
 * (`tls_ver_min = cur_min < TLS1_VERSION ? TLS1_VERSION : cur_min; … SSL_CTX_set_min_proto_version(ctx, tls_ver_min)`):
 * reported where the version is written, as a warning — the name may change on the way.
 */
function throughName(
  file: SourceFile,
  at: number,
  name: string,
  kind: string,
  ctx: RuleContext,
): { versions: VersionSet; why: string; severity: Severity; start: number; end: number; what: string } | undefined {
  for (const leaf of versionLeaves(file.code, { start: at, end: at + name.length })) {
    if (!leaf.version || !leaf.via) continue;
    const versions = kind === 'min' ? atLeast(leaf.version) : cap(leaf.version, ctx);
    if (versions === undefined) continue;
    return {
      versions,
      severity: 'warning',
      start: leaf.start,
      end: leaf.end,
      what: `${name} = ${file.text.slice(leaf.start, leaf.end)}`,
      why: `the ${kind}imum protocol version is \`${name}\`, assigned this value earlier in the function${leaf.conditional ? ' in one branch of a condition' : ''}`,
    };
  }
  return undefined;
}

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
    const v = wolf ? WOLF_CONSTANTS[value] : PROTO_CONSTANTS[value];
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

// ---------------------------------------------------------------------------------------------
// H3, H7: SSL_OP_NO_* / boost no_* options that disable only SSL, and clear_options re-enabling.

const OPTION_VERSIONS: Record<string, Version> = {
  sslv2: 'SSLv2',
  sslv3: 'SSLv3',
  tlsv1: 'TLSv1.0',
  tlsv1_1: 'TLSv1.1',
  tlsv1_2: 'TLSv1.2',
  tlsv1_3: 'TLSv1.3',
};
const OPTION_TOKEN = /\b(?:(?:WOLF)?SSL_OP_NO_|(?<=::|\b)no_)(SSLv2|SSLv3|TLSv1(?:_[123])?)\b/gi;

function optionSet(text: string): VersionSet {
  let set = EMPTY;
  for (const m of text.matchAll(OPTION_TOKEN)) set |= setOf(OPTION_VERSIONS[m[1].toLowerCase()]);
  return set;
}

/** Every SSL_OP_NO_/no_ option the file sets (not in clear_options, `#if`, `~` masks or `#define`s). */
function optionsSetInFile(file: SourceFile): VersionSet {
  const code = file.code;
  let set = EMPTY;
  for (const m of code.matchAll(OPTION_TOKEN)) {
    const line = lineOf(code, m.index);
    if (/^\s*#\s*(?:if|ifdef|ifndef|elif|define|undef)\b/.test(line)) continue;
    const before = code.slice(Math.max(0, m.index - 40), m.index);
    if (/~\s*(?:\(\s*)?(?:[\w:]+::)?$|defined\s*\(\s*$|clear_options\s*\([^;]*$/.test(before)) continue;
    set |= setOf(OPTION_VERSIONS[m[1].toLowerCase()]);
  }
  return set;
}

/** The options every `set_options(…)` call of the file names (an nginx-style reset sets them again). */
function optionsOfSetCalls(file: SourceFile): VersionSet {
  let set = EMPTY;
  for (const c of file.code.matchAll(/set_options[ \t]*\(([^;]{1,600}?)\)[ \t]*;/g)) set |= optionSet(c[1]);
  return set;
}

/**
 * The options assigned to each variable of the file (`flags = …;`, `flags |= …;`), by name: read
 * once, so that a `set_options(ctx, flags)` call does not search the whole file for its variable.
 */
function optionsAssigned(file: SourceFile): ReadonlyMap<string, VersionSet> {
  const code = file.code;
  const byName = new Map<string, VersionSet>();
  // The value runs to the first `;` within 300 characters (as `[^;]{0,300};` would, without backtracking).
  const assign = /\b([A-Za-z_]\w*)\s*(?:\|=|=(?!=))\s*([^;]{0,300})/g;
  for (let a = assign.exec(code); a; a = assign.exec(code)) {
    const valueEnd = a.index + a[0].length;
    // Resume after the operator: the value may hold another assignment (`a = b = SSL_OP_NO_SSLv3;`).
    assign.lastIndex = valueEnd - a[2].length;
    if (code[valueEnd] !== ';') continue;
    byName.set(a[1], (byName.get(a[1]) ?? EMPTY) | optionSet(a[2]));
  }
  return byName;
}

const SETS_MINIMUM = /min_proto_version|SetMinVersion|MinProtocol|SET_MIN_PROTO_VERSION/i;

export const opensslOptions = patternRule({
  meta: {
    id: 'c/openssl-options',
    title: 'OpenSSL/Boost.Asio options disable only SSL, or re-enable TLS 1.0/1.1',
    description:
      "With the negotiating methods (`TLS_method()`, `SSLv23_method()`, Boost's `context::sslv23`/`tls`), `SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3` (Boost `no_sslv2 | no_sslv3`) still leaves TLS 1.0 and 1.1 to the library default, which allows them before OpenSSL 3 and wherever the security level is lowered. `SSL_CTX_clear_options(ctx, SSL_OP_NO_TLSv1)` turns a version back on.",
    ecosystem: 'C & C++',
    catalogue: ['H3', 'H7'],
    docs: [
      'https://docs.openssl.org/master/man3/SSL_CTX_set_options/',
      'https://www.boost.org/doc/libs/release/doc/html/boost_asio/reference/ssl__context.html',
    ],
    files: { kinds: C_KINDS },
    keywords: /SSL_OP_NO_|no_sslv|no_tlsv/,
    fixable: false,
    safe: 'SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION); // or SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1',
    limits:
      'Options are collected per file; options built up in variables across functions, `#ifdef` build-time toggles and the system openssl.cnf (which may raise the minimum) are not followed, so a file that sets a minimum protocol version anywhere is trusted.',
  },
  pattern: /(?:\b(SSL_CTX_|SSL_|wolfSSL_CTX_|wolfSSL_)|[.>][ \t]*)(set|clear)_options[ \t]*\(([^;]{1,600}?)\)[ \t]*;/,
  evaluate: (m, _ctx, file) => {
    const code = file.code;
    const args = m[3];
    let listed = optionSet(args);
    // `SSL_CTX_set_options(ctx, flags)`: read what the variable was built from in this file.
    const variable = /,\s*([A-Za-z_]\w*)\s*$/.exec(args)?.[1];
    if (listed === EMPTY && variable && variable.length <= 128 && m[2] === 'set') {
      listed |= file.fact(optionsAssigned).get(variable) ?? EMPTY;
    }
    if (listed === EMPTY) return undefined;
    if (m[2] === 'clear') {
      // nginx-style reset: clear every version option, then set the configured ones again.
      if ((file.fact(optionsOfSetCalls) & listed) !== EMPTY) return undefined;
      return { versions: listed, why: 'clearing the option turns the version back on' };
    }
    // Applying a configured protocol list one version at a time: `if (!(protocols & NGX_SSL_SSLv2)) …`.
    const stmt = code.slice(Math.max(0, m.index - 300), m.index);
    const since = stmt.slice(Math.max(stmt.lastIndexOf(';'), stmt.lastIndexOf('}')) + 1);
    if (/\bif\s*\([^;]{0,200}(?:proto|version|SSLv|TLSv|ssl_?v|tls_?v)/i.test(since)) return undefined;
    if (file.matches(SETS_MINIMUM)) return undefined;
    // Only a call that itself disables some version anchors a finding.
    const disabled = file.fact(optionsSetInFile) | listed;
    const base = (listed & setOf('SSLv2', 'SSLv3')) !== EMPTY || (listed & setOf('TLSv1.2', 'TLSv1.3')) !== EMPTY ? TLS10_UP : EMPTY;
    const versions = base & ~disabled;
    if (versions === EMPTY) return undefined;
    const onlyLegacy = (versions & setOf('TLSv1.2', 'TLSv1.3')) === EMPTY;
    const severity: Severity = onlyLegacy ? 'error' : 'warning';
    return {
      versions,
      severity,
      why: onlyLegacy
        ? 'the options disable every modern version'
        : 'the options disable only older versions; TLS 1.0/1.1 are left to the library default',
    };
  },
  instead: (ctx, m) =>
    m[2] === 'clear'
      ? 'keep the option set, and `SSL_CTX_set_min_proto_version(ctx, TLS1_' + floorDigits(ctx) + '_VERSION)`'
      : /no_|::/.test(m[3]) && !/SSL_OP_/.test(m[3])
        ? '`ctx.set_options(ssl::context::no_sslv2 | ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1)`'
        : `\`SSL_CTX_set_min_proto_version(ctx, TLS1_${floorDigits(ctx)}_VERSION)\` (or add \`SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1\`)`,
  examples: {
    valid: [
      { file: 'src/server.c', code: 'SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1);' },
      {
        file: 'src/server.c',
        code: 'ctx = SSL_CTX_new(TLS_server_method());\nSSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);\nSSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_COMPRESSION);',
        note: 'the minimum is set elsewhere in the file',
      },
      {
        file: 'src/server.c',
        code: 'SSL_CTX_set_options(ctx, SSL_OP_NO_COMPRESSION | SSL_OP_CIPHER_SERVER_PREFERENCE);',
        note: 'no version options',
      },
      {
        file: 'src/ws.cpp',
        code: 'ctx.set_options(boost::asio::ssl::context::default_workarounds |\n                boost::asio::ssl::context::no_sslv2 |\n                boost::asio::ssl::context::no_sslv3 |\n                boost::asio::ssl::context::no_tlsv1 |\n                boost::asio::ssl::context::no_tlsv1_1);',
      },
      {
        file: 'src/server.c',
        code: 'long opts = SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1;\nSSL_CTX_set_options(ctx, SSL_OP_ALL | SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3);\nSSL_CTX_set_options(ctx, opts);',
        note: 'the other options are set in the same file',
      },
      { file: 'src/server.c', code: 'SSL_CTX_clear_options(ctx, SSL_OP_NO_COMPRESSION);' },
      {
        file: 'src/server.c',
        code: '// SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3);\nSSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1);',
      },
      {
        file: 'src/event/ngx_event_openssl.c',
        code: 'SSL_CTX_clear_options(ssl->ctx, SSL_OP_NO_SSLv2|SSL_OP_NO_SSLv3|SSL_OP_NO_TLSv1);\n\nif (!(protocols & NGX_SSL_SSLv2)) {\n    SSL_CTX_set_options(ssl->ctx, SSL_OP_NO_SSLv2);\n}\nif (!(protocols & NGX_SSL_SSLv3)) {\n    SSL_CTX_set_options(ssl->ctx, SSL_OP_NO_SSLv3);\n}',
        note: 'reset, then apply a configured protocol list version by version',
      },
    ],
    invalid: [
      {
        file: 'src/server.c',
        code: 'ctx = SSL_CTX_new(SSLv23_server_method());\nSSL_CTX_set_options(ctx, SSL_OP_ALL | SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3);',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'src/ws.cpp',
        code: 'ctx->set_options(asio::ssl::context::default_workarounds |\n                 asio::ssl::context::no_sslv2 |\n                 asio::ssl::context::single_dh_use);',
        findings: ['1:5 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'src/server.c',
        code: 'SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1);',
        findings: ['1:1 TLSv1.1'],
        severity: 'warning',
        note: 'TLS 1.1 is still left on',
      },
      { file: 'src/legacy.c', code: 'SSL_CTX_clear_options(ctx, SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1);', findings: ['1:1 TLSv1.0 TLSv1.1'] },
      {
        file: 'src/legacy.c',
        code: 'SSL_set_options(ssl, SSL_OP_NO_TLSv1_2 | SSL_OP_NO_TLSv1_3);',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        severity: 'error',
        note: 'only legacy versions remain',
      },
      {
        file: 'src/server.c',
        code: 'SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1);',
        floor: 'TLSv1.3',
        findings: ['1:1 TLSv1.2'],
        severity: 'warning',
      },
      {
        file: 'src/net/context.cpp',
        code: 'long flags = SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3;\nflags |= SSL_OP_NO_COMPRESSION;\nSSL_CTX_set_options(m_context, flags);',
        findings: ['3:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'options built in a variable',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// H4: SSL_CONF_cmd(cctx, "MinProtocol", "TLSv1"), "Protocol", "-SSLv3".

const OPENSSL_CONF_ALL = range('TLSv1.0');

function protocolList(value: string): VersionSet | undefined {
  const tokens = tokenize(value, 0, /[\s,]+/g);
  return evalList(tokens, { all: OPENSSL_CONF_ALL, base: OPENSSL_CONF_ALL })?.versions;
}

export const sslConfCmd = patternRule({
  meta: {
    id: 'c/ssl-conf-cmd',
    title: 'SSL_CONF_cmd sets a legacy minimum protocol or protocol list',
    description:
      '`SSL_CONF_cmd(cctx, "MinProtocol", "TLSv1")` (or `-min_protocol`) lowers the minimum to TLS 1.0; `"Protocol", "-SSLv3"` disables SSLv3 only and keeps TLS 1.0/1.1.',
    ecosystem: 'C & C++',
    catalogue: ['H4'],
    docs: ['https://docs.openssl.org/master/man3/SSL_CONF_cmd/'],
    files: { kinds: C_KINDS },
    keywords: /SSL_CONF_cmd/,
    fixable: true,
    safe: 'SSL_CONF_cmd(cctx, "MinProtocol", "TLSv1.2");',
  },
  pattern:
    /\bSSL_CONF_cmd[ \t]*\([^,;]{1,150},[ \t]*"-?(MinProtocol|MaxProtocol|Protocol|min_protocol|max_protocol)"[ \t]*,[ \t]*"([^"\n]{1,200})"/,
  evaluate: (m, ctx) => {
    const key = m[1].toLowerCase();
    const value = m[2];
    const valueStart = m.index + m[0].length - 1 - value.length;
    if (key === 'protocol') {
      const versions = protocolList(value);
      return versions === undefined
        ? undefined
        : { versions, why: /^\s*-/.test(value) ? 'a list that only removes versions keeps the others' : undefined };
    }
    if (/^none$/i.test(value.trim())) {
      return key === 'minprotocol' || key === 'min_protocol' ? { versions: TLS10_UP, why: '`None` removes the minimum' } : undefined;
    }
    const v = readVersion(value);
    if (!v) return undefined;
    if (key.startsWith('max')) {
      const capped = cap(v, ctx);
      return capped === undefined ? undefined : { versions: capped, why: `the maximum is ${v}` };
    }
    return { versions: atLeast(v), fix: { start: valueStart, end: valueStart + value.length, text: ctx.floor } };
  },
  instead: (ctx) => `\`SSL_CONF_cmd(cctx, "MinProtocol", "${ctx.floor}")\``,
  examples: {
    valid: [
      { file: 'src/conf.c', code: 'SSL_CONF_cmd(cctx, "MinProtocol", "TLSv1.2");' },
      { file: 'src/conf.c', code: 'SSL_CONF_cmd(cctx, "Protocol", "-ALL,TLSv1.2,TLSv1.3");' },
      { file: 'src/conf.c', code: 'SSL_CONF_cmd(cctx, "Protocol", "ALL,-SSLv3,-TLSv1,-TLSv1.1");', note: '-TLSv1 and -TLSv1.1 disable' },
      { file: 'src/conf.c', code: 'SSL_CONF_cmd(cctx, "MinProtocol", min_proto);', note: 'variable' },
      { file: 'src/conf.c', code: 'SSL_CONF_cmd(cctx, "MaxProtocol", "TLSv1.3");' },
    ],
    invalid: [
      {
        file: 'src/conf.c',
        code: 'SSL_CONF_cmd(cctx, "MinProtocol", "TLSv1");',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: 'SSL_CONF_cmd(cctx, "MinProtocol", "TLSv1.2");',
      },
      { file: 'src/conf.c', code: 'SSL_CONF_cmd(cctx, "Protocol", "-SSLv3");', findings: ['1:1 TLSv1.0 TLSv1.1'] },
      { file: 'src/conf.cc', code: 'SSL_CONF_cmd(cctx.get(), "-min_protocol", "TLSv1.1");', findings: ['1:1 TLSv1.1'] },
      { file: 'src/conf.c', code: 'SSL_CONF_cmd(cctx, "MaxProtocol", "TLSv1.1");', findings: ['1:1 TLSv1.0 TLSv1.1'] },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// H5: GnuTLS priority strings.

const GNUTLS_VERSIONS: Record<string, VersionSet> = {
  'SSL3.0': setOf('SSLv3'),
  'TLS1.0': setOf('TLSv1.0'),
  'TLS1.1': setOf('TLSv1.1'),
  'TLS1.2': setOf('TLSv1.2'),
  'TLS1.3': setOf('TLSv1.3'),
  'DTLS0.9': setOf('TLSv1.1'),
  'DTLS1.0': setOf('TLSv1.1'),
  'DTLS1.2': setOf('TLSv1.2'),
  'TLS-ALL': range('TLSv1.0'),
  'DTLS-ALL': setOf('TLSv1.1', 'TLSv1.2'),
  ALL: range('TLSv1.0'),
};
const PRIORITY_CHAR = /[\w%@:+!.=-]/;

/**
 * `SECURE256:-VERS-SSL3.0`: a level keyword minus some versions keeps the rest of what the keyword
 * enables, which upstream GnuTLS builds take to include TLS 1.0 and 1.1 — a warning, as the build
 * and the system policy decide.
 */
function keywordMinusSome(chunk: string, start: number, end: number, code: string) {
  if (!/^(?:NORMAL|SECURE128|SECURE192|SECURE256|PERFORMANCE|PFS|LEGACY)(?::|$)/i.test(chunk)) return undefined;
  let set = GNUTLS_VERSIONS['TLS-ALL'];
  for (const raw of chunk.split(':')) {
    const t = /^[!-]VERS-([\w.-]+)$/i.exec(raw.trim());
    const versions = t && GNUTLS_VERSIONS[t[1].toUpperCase()];
    if (versions) set &= ~versions;
  }
  if (inShellCaseArm(code, start)) return undefined;
  return {
    versions: set,
    start,
    end,
    what: chunk.length > 100 ? `${chunk.slice(0, 97)}…` : chunk,
    severity: 'warning' as const,
    why: 'removing only some versions keeps what the keyword enables: TLS 1.0 and 1.1 in upstream GnuTLS builds without a system policy',
  };
}

export const gnutlsPriority = patternRule({
  meta: {
    id: 'c/gnutls-priority',
    title: 'GnuTLS priority string adds legacy protocol versions',
    description:
      'GnuTLS priority strings (`gnutls_priority_set_direct`, exim `tls_require_ciphers`, lftp `ssl:priority`, OpenConnect `--gnutls-priority`) add versions with `+VERS-TLS1.0`/`+VERS-TLS1.1`/`+VERS-SSL3.0` or `+VERS-TLS-ALL`; `-VERS-…` and `!VERS-…` remove them.',
    ecosystem: 'C & C++',
    catalogue: ['H5'],
    docs: ['https://gnutls.org/manual/html_node/Priority-Strings.html'],
    files: { kinds: [...C_KINDS, ...CONFIG_KINDS, 'perl', 'python', 'ruby', 'php'] },
    keywords: /VERS-/,
    fixable: false,
    safe: 'NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2',
    limits:
      'Versions that a keyword such as `NORMAL` or `LEGACY` enables by itself depend on the GnuTLS build and the system crypto policy: a keyword alone is not reported, and a keyword minus only some versions (`SECURE256:-VERS-SSL3.0`) is a warning; versions added explicitly are errors.',
  },
  pattern: /[!+-]?VERS-/i,
  evaluate: (m, _ctx, file) => {
    const code = file.code;
    let start = m.index;
    while (start > 0 && m.index - start < 1000 && PRIORITY_CHAR.test(code[start - 1])) start--;
    let end = m.index;
    while (end < code.length && end - m.index < 1000 && PRIORITY_CHAR.test(code[end])) end++;
    const chunk = code.slice(start, end);
    let set = EMPTY;
    let added = false;
    for (const raw of chunk.split(':')) {
      const t = /^([!+-]?)VERS-([\w.-]+)$/i.exec(raw.trim());
      if (!t) continue;
      const versions = GNUTLS_VERSIONS[t[2].toUpperCase()];
      if (versions === undefined) continue;
      if (t[1] === '-' || t[1] === '!') set &= ~versions;
      else {
        set |= versions;
        added = true;
      }
    }
    if (!added) return keywordMinusSome(chunk, start, end, code);
    // A switch that maps a requested version to a priority string (curl's GnuTLS backend, test scripts).
    if (inShellCaseArm(code, start)) return undefined;
    return { versions: set, start, end, what: chunk.length > 100 ? `${chunk.slice(0, 97)}…` : chunk };
  },
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`NORMAL:-VERS-ALL:+VERS-TLS1.3`' : '`NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2`'),
  examples: {
    valid: [
      { file: 'src/client.c', code: 'gnutls_priority_set_direct(session, "NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2", NULL);' },
      {
        file: 'src/client.c',
        code: 'gnutls_priority_set_direct(session, "NORMAL:-VERS-TLS1.0:-VERS-TLS1.1", NULL);',
        note: '-VERS entries disable',
      },
      {
        file: 'exim.conf',
        code: 'tls_require_ciphers = SECURE256:-VERS-TLS-ALL:+VERS-TLS1.2:+VERS-TLS1.3',
        note: 'cleared then re-added safely',
      },
      {
        file: 'src/client.c',
        code: 'gnutls_priority_set_direct(session, "NORMAL:+VERS-TLS1.0:-VERS-TLS1.0", NULL);',
        note: 'added then removed',
      },
      {
        file: 'lftp.conf',
        code: '# set ssl:priority "NORMAL:+VERS-TLS1.0"\nset ssl:priority "NORMAL:-VERS-SSL3.0:-VERS-TLS1.0:-VERS-TLS1.1"',
      },
      {
        file: 'roles/slapd/defaults/main.yml',
        code: "slapd_pki_ciphers: 'SECURE256:-VERS-SSL3.0:-VERS-TLS1.0:-VERS-TLS1.1'\n",
        note: 'a level keyword with every legacy version removed',
      },
      { file: 'src/client.c', code: 'gnutls_set_default_priority(session);' },
      { file: 'tests/run.sh', code: 'case "$MODE" in\n  "tls1")\n    PRIO="+VERS-TLS1.0"\n    ;;\nesac' },
    ],
    invalid: [
      {
        file: 'lib/vtls/gtls.c',
        code: 'switch(version) {\n  case CURL_SSLVERSION_TLSv1_0:\n    prioritylist = GNUTLS_CIPHERS ":-VERS-SSL3.0:-VERS-TLS-ALL:"\n                   "+VERS-TLS1.0:" GNUTLS_SRP;\n    break;\n}',
        note: 'a requested version mapped to a priority string: a capability, judged as TLS-implementation code',
        findings: ['4:21 TLSv1.0'],
        severity: 'note',
      },
      {
        file: 'src/client.c',
        code: 'gnutls_priority_set_direct(session, "NORMAL:+VERS-TLS1.0:+VERS-TLS1.1", NULL);',
        findings: ['1:38 TLSv1.0 TLSv1.1'],
      },
      { file: 'exim4.conf.template', code: 'MAIN_TLS_REQUIRE_CIPHERS = SECURE128:-VERS-TLS-ALL:+VERS-TLS1.0', findings: ['1:28 TLSv1.0'] },
      { file: 'lftp.conf', code: 'set ssl:priority "NORMAL:+VERS-SSL3.0:+VERS-TLS1.2"', findings: ['1:19 SSLv3'] },
      {
        file: 'roles/slapd/defaults/main.yml',
        code: "slapd_pki_ciphers: 'SECURE256:-VERS-SSL3.0'\n",
        findings: ['1:21 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'removing only SSL 3.0 from a level keyword keeps TLS 1.0 and 1.1 (upstream builds); a warning, as the build decides',
      },
      {
        file: 'scripts/vpn.sh',
        code: 'openconnect --gnutls-priority="NONE:+VERS-TLS-ALL:+AES-128-CBC:+RSA:+SHA1:+COMP-NULL" vpn.example.com',
        findings: ['1:32 TLSv1.0 TLSv1.1'],
        note: 'TLS-ALL includes 1.0 and 1.1',
      },
      {
        file: 'src/session.cc',
        code: 'const char *prio = "SECURE192:-VERS-ALL:+VERS-TLS1.2:+VERS-TLS1.1";\ngnutls_priority_init(&cache, prio, NULL);',
        findings: ['1:21 TLSv1.1'],
      },
    ],
  },
});

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

// ---------------------------------------------------------------------------------------------
// H7: Boost.Asio context pinned to a legacy method.

const BOOST_METHODS: Record<string, Version> = {
  sslv2: 'SSLv2',
  sslv3: 'SSLv3',
  tlsv1: 'TLSv1.0',
  tlsv11: 'TLSv1.1',
  tlsv12: 'TLSv1.2',
  tlsv13: 'TLSv1.3',
};

export const boostAsioContext = patternRule({
  meta: {
    id: 'c/boost-asio-context',
    title: 'Boost.Asio ssl::context pinned to a legacy method',
    description:
      '`ssl::context ctx(ssl::context::tlsv1)` (`tlsv11`, `sslv3`, and their `_client`/`_server` forms) speaks exactly that version.',
    ecosystem: 'C & C++',
    catalogue: ['H7'],
    docs: ['https://www.boost.org/doc/libs/release/doc/html/boost_asio/reference/ssl__context/method.html'],
    files: { kinds: C_KINDS },
    keywords: /context::sslv|context::tlsv/,
    fixable: true,
    safe: 'ssl::context ctx(ssl::context::tls_client); ctx.set_options(ssl::context::no_sslv2 | ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);',
    limits: 'The generic `sslv23`/`tls` methods are judged by their `set_options` (c/openssl-options).',
  },
  pattern:
    /[({,][ \t\r\n]{0,40}(?:(?:::)?(?:boost::)?asio::)?(?:ssl::)?context::(sslv2|sslv3|tlsv1|tlsv11|tlsv12|tlsv13)(_client|_server)?\b/,
  evaluate: (m, ctx) => {
    const v = BOOST_METHODS[m[1]];
    const nameStart = m.index + m[0].length - m[1].length - (m[2]?.length ?? 0);
    const start = m.index + m[0].search(/[\w:]/);
    return {
      versions: setOf(v),
      start,
      end: m.index + m[0].length,
      fix: { start: nameStart, end: nameStart + m[1].length, text: ctx.floor === 'TLSv1.3' ? 'tlsv13' : 'tlsv12' },
    };
  },
  instead: (ctx) =>
    `\`ssl::context::tls_client\` (or \`tls_server\`) with \`no_tlsv1 | no_tlsv1_1\` options, or \`ssl::context::tlsv1${floorDigits(ctx)}\``,
  examples: {
    valid: [
      { file: 'src/client.cpp', code: 'boost::asio::ssl::context ctx(boost::asio::ssl::context::tlsv12_client);' },
      { file: 'src/client.cpp', code: 'ssl::context ctx{ssl::context::tls_client};' },
      {
        file: 'include/asio_compat.hpp',
        code: 'enum class Method {\n  TLSv1 = asio::ssl::context::tlsv1,\n  TLSv1_1 = asio::ssl::context::tlsv11,\n};',
        note: 'an enum that maps names',
      },
      {
        file: 'asio/ssl/impl/context.ipp',
        code: 'switch (m) {\n  case context::tlsv1:\n    handle_ = ::SSL_CTX_new(::TLS_method());\n    break;\n}',
        note: 'library dispatch',
      },
      { file: 'src/client.cpp', code: 'if (method == ssl::context::tlsv1) log("old");', note: 'comparison' },
      { file: 'src/client.cpp', code: '// ssl::context ctx(ssl::context::tlsv1);\nssl::context ctx(ssl::context::tlsv13_client);' },
    ],
    invalid: [
      {
        file: 'src/client.cpp',
        code: 'boost::asio::ssl::context ctx(boost::asio::ssl::context::tlsv1);',
        findings: ['1:31 TLSv1.0'],
        output: 'boost::asio::ssl::context ctx(boost::asio::ssl::context::tlsv12);',
      },
      {
        file: 'src/ws.cpp',
        code: 'auto ctx = std::make_shared<asio::ssl::context>(asio::ssl::context::tlsv11_client);',
        findings: ['1:49 TLSv1.1'],
        output: 'auto ctx = std::make_shared<asio::ssl::context>(asio::ssl::context::tlsv12_client);',
      },
      {
        file: 'src/server.cpp',
        code: 'Server::Server()\n    : acceptor_(io_),\n      context_(boost::asio::ssl::context::sslv3_server) {}',
        findings: ['3:16 SSLv3'],
      },
      { file: 'src/old.cpp', code: 'ssl::context ctx(io_service, ssl::context::tlsv1_server);', findings: ['1:30 TLSv1.0'] },
      {
        file: 'src/client.cpp',
        code: 'ssl::context ctx{ssl::context::tlsv12_client};',
        floor: 'TLSv1.3',
        findings: ['1:18 TLSv1.2'],
        output: 'ssl::context ctx{ssl::context::tlsv13_client};',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// H8: Qt QSsl::SslProtocol.

const QT_PROTOCOLS: Record<string, VersionSet> = {
  SslV2: setOf('SSLv2'),
  SslV3: setOf('SSLv3'),
  TlsV1: setOf('TLSv1.0'),
  TlsV1_0: setOf('TLSv1.0'),
  TlsV1_1: setOf('TLSv1.1'),
  TlsV1_2: setOf('TLSv1.2'),
  TlsV1_3: setOf('TLSv1.3'),
  TlsV1SslV3: setOf('SSLv3', 'TLSv1.0'),
  TlsV1_0OrLater: range('TLSv1.0'),
  TlsV1_1OrLater: range('TLSv1.1'),
  TlsV1_2OrLater: range('TLSv1.2'),
  TlsV1_3OrLater: range('TLSv1.3'),
  DtlsV1_0: setOf('TLSv1.1'),
  DtlsV1_0OrLater: setOf('TLSv1.1', 'TLSv1.2'),
  DtlsV1_2: setOf('TLSv1.2'),
  DtlsV1_2OrLater: setOf('TLSv1.2'),
  AnyProtocol: range('TLSv1.0'),
};

export const qtSslProtocol = patternRule({
  meta: {
    id: 'c/qt-ssl-protocol',
    title: 'Qt QSslConfiguration/QSslSocket protocol allows legacy TLS',
    description:
      '`setProtocol(QSsl::TlsV1_0)`, `TlsV1_1`, `TlsV1_0OrLater`, `TlsV1_1OrLater`, `SslV3` and `TlsV1SslV3` enable TLS 1.0/1.1 or SSL; `AnyProtocol` allows whatever the TLS backend supports.',
    ecosystem: 'C & C++',
    catalogue: ['H8'],
    docs: ['https://doc.qt.io/qt-6/qssl.html#SslProtocol-enum'],
    files: { kinds: [...C_KINDS, 'python'] },
    keywords: /QSsl/,
    fixable: true,
    safe: 'config.setProtocol(QSsl::TlsV1_2OrLater);',
    limits: 'What `AnyProtocol` includes depends on the Qt version and TLS backend; it is reported as a warning.',
  },
  pattern: /(?:setProtocol[ \t]*\([ \t]*|(?<![=!<>])=[ \t]*)QSsl(?:::|\.)(?:SslProtocol(?:::|\.))?(\w+)\b(?![ \t]*(?:[=!]=|[<>]))/,
  evaluate: (m, ctx) => {
    const versions = QT_PROTOCOLS[m[1]];
    if (versions === undefined) return undefined;
    const nameStart = m.index + m[0].length - m[1].length;
    const any = m[1] === 'AnyProtocol';
    return {
      versions,
      severity: any ? 'warning' : undefined,
      why: any ? '`AnyProtocol` allows every version the TLS backend supports' : undefined,
      fix: { start: nameStart, end: nameStart + m[1].length, text: ctx.floor === 'TLSv1.3' ? 'TlsV1_3OrLater' : 'TlsV1_2OrLater' },
    };
  },
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`QSsl::TlsV1_3OrLater`' : '`QSsl::TlsV1_2OrLater` (or `QSsl::SecureProtocols`)'),
  examples: {
    valid: [
      { file: 'src/net.cpp', code: 'config.setProtocol(QSsl::TlsV1_2OrLater);' },
      { file: 'src/net.cpp', code: 'socket->setProtocol(QSsl::SecureProtocols);' },
      { file: 'src/net.cpp', code: 'if (socket->sessionProtocol() == QSsl::TlsV1_0)\n    qWarning() << "old TLS";', note: 'comparison' },
      {
        file: 'src/net.cpp',
        code: 'switch (proto) {\ncase QSsl::TlsV1_0: return "TLS 1.0";\ncase QSsl::TlsV1_1: return "TLS 1.1";\n}',
        note: 'naming a protocol',
      },
      { file: 'src/net.cpp', code: '// config.setProtocol(QSsl::TlsV1_0);\nconfig.setProtocol(QSsl::TlsV1_3);' },
    ],
    invalid: [
      {
        file: 'src/settings.cpp',
        code: 'if (config->sslProtocol() == "sslv3") {\n    m_conf.setProtocol(QSsl::SslV3);\n} else if (config->sslProtocol() == "tlsv1") {\n    m_conf.setProtocol(QSsl::TlsV1_0);\n}',
        note: 'maps a user setting: a capability, judged as TLS-implementation code',
        findings: ['2:12 SSLv3', '4:12 TLSv1.0'],
        severity: 'note',
      },
      {
        file: 'src/net.cpp',
        code: 'config.setProtocol(QSsl::TlsV1_0);',
        findings: ['1:8 TLSv1.0'],
        output: 'config.setProtocol(QSsl::TlsV1_2OrLater);',
      },
      {
        file: 'src/net.cpp',
        code: 'QSslConfiguration conf = QSslConfiguration::defaultConfiguration();\nconf.setProtocol(QSsl::TlsV1_1OrLater);\nQSslConfiguration::setDefaultConfiguration(conf);',
        findings: ['2:6 TLSv1.1'],
      },
      { file: 'src/net.cpp', code: 'socket.setProtocol(QSsl::AnyProtocol);', findings: ['1:8 TLSv1.0 TLSv1.1'], severity: 'warning' },
      { file: 'src/net.cpp', code: 'QSsl::SslProtocol proto = QSsl::TlsV1SslV3;', findings: ['1:25 SSLv3 TLSv1.0'] },
      { file: 'client.py', code: 'config.setProtocol(QSsl.TlsV1_0OrLater)', findings: ['1:8 TLSv1.0 TLSv1.1'], note: 'PyQt' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// H9 (and I1): libcurl CURLOPT_SSLVERSION.

const CURL_MIN: Record<string, VersionSet | null> = {
  DEFAULT: null,
  TLSv1: atLeast('TLSv1.0'),
  SSLv2: setOf('SSLv2'),
  SSLv3: setOf('SSLv3'),
  TLSv1_0: atLeast('TLSv1.0'),
  TLSv1_1: atLeast('TLSv1.1'),
  TLSv1_2: atLeast('TLSv1.2'),
  TLSv1_3: atLeast('TLSv1.3'),
};
const CURL_NUMBERS = ['DEFAULT', 'TLSv1', 'SSLv2', 'SSLv3', 'TLSv1_0', 'TLSv1_1', 'TLSv1_2', 'TLSv1_3'];
const CURL_MAX: Record<string, VersionSet | null> = {
  DEFAULT: null,
  NONE: null,
  TLSv1_0: atMost('TLSv1.0'),
  TLSv1_1: atMost('TLSv1.1'),
  TLSv1_2: atMost('TLSv1.2'),
  TLSv1_3: null,
};

/**
 * Evaluates a CURLOPT_SSLVERSION value (`CURL_SSLVERSION_TLSv1_0 | CURL_SSLVERSION_MAX_TLSv1_1`,
 * `6`, `1L`, PHP's plain numbers), shared by the C and PHP rules. `valueStart` is the value's
 * offset in the file, for the fix.
 */
export function curlSslVersion(
  value: string,
  valueStart: number,
  ctx: RuleContext,
): { versions: VersionSet; why?: string; fix?: Edit } | undefined {
  let min: VersionSet | null | undefined;
  let max: VersionSet | null | undefined;
  let minToken: { text: string; start: number } | undefined;
  let unknown = false;
  for (const t of value.matchAll(/[\w:\\.]+/g)) {
    const text = t[0].replace(/^(?:\\|::|(?:Curl|pycurl)(?:::|\.))+/, '').replace(/^SSLVERSION_/, 'CURL_SSLVERSION_');
    if (/^(?:long|int|CURLOPT_\w+)$/.test(text)) continue;
    let mm: RegExpExecArray | null;
    if ((mm = /^CURL_SSLVERSION_MAX_(\w+)$/.exec(text))) {
      max = CURL_MAX[mm[1]];
      if (max === undefined) unknown = true;
    } else if ((mm = /^CURL_SSLVERSION_(\w+)$/.exec(text))) {
      min = CURL_MIN[mm[1]];
      if (min === undefined) unknown = true;
      else minToken = { text: t[0], start: valueStart + (t.index ?? 0) };
    } else if ((mm = /^([0-7])[lL]?$/.exec(text))) {
      min = CURL_MIN[CURL_NUMBERS[Number(mm[1])]];
      minToken = { text: t[0], start: valueStart + (t.index ?? 0) };
    } else unknown = true;
  }
  if (unknown || (min == null && max == null)) return undefined;
  // A cap alone says nothing about the minimum: it matters only when it is below the floor.
  if (min == null && max != null && (max & setOf(ctx.floor)) !== 0) return undefined;
  const versions = (min ?? TLS10_UP) & (max ?? range('SSLv2'));
  const whyTLSv1 = /CURL_SSLVERSION_TLSv1\b|^\s*1[lL]?\s*$/.test(value) ? '`CURL_SSLVERSION_TLSv1` (1) means TLS 1.0 or later' : undefined;
  const why =
    min == null && max != null
      ? `the maximum caps the versions at ${['TLSv1.0', 'TLSv1.1', 'TLSv1.2'].find((v) => (max! & ~atMost(v as Version)) === 0)}`
      : whyTLSv1;
  const legacyMin = min != null && (min & range('SSLv2', 'TLSv1.1')) !== 0;
  const fix =
    max == null && minToken && legacyMin
      ? {
          start: minToken.start,
          end: minToken.start + minToken.text.length,
          text: /SSLVERSION_\w+$/.test(minToken.text)
            ? minToken.text.replace(/(SSLVERSION_)\w+$/, `$1TLSv1_${floorDigits(ctx)}`)
            : `CURL_SSLVERSION_TLSv1_${floorDigits(ctx)}`,
        }
      : undefined;
  return { versions, why, fix };
}

export const curlSslVersionRule = patternRule({
  meta: {
    id: 'c/curl-sslversion',
    title: 'libcurl CURLOPT_SSLVERSION allows legacy TLS',
    description:
      "`curl_easy_setopt(h, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1)` means TLS 1.0 or later; `_TLSv1_0`, `_TLSv1_1` are minimums, `_SSLv3` pins SSLv3, and `CURL_SSLVERSION_MAX_TLSv1_0/1_1` cap the version. The same constants are used by Perl's WWW::Curl.",
    ecosystem: 'C & C++',
    catalogue: ['H9'],
    docs: ['https://curl.se/libcurl/c/CURLOPT_SSLVERSION.html'],
    files: { kinds: [...C_KINDS, 'perl', 'lua', 'python'] },
    keywords: /SSLVERSION/,
    fixable: true,
    safe: 'curl_easy_setopt(h, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);',
    limits: "Values held in variables (curl's own tool passes `config->ssl_version`) are not followed.",
  },
  pattern: /\b(?:CURLOPT_(?:PROXY_)?|pycurl\.(?:PROXY_)?)SSLVERSION\b[ \t]*(?:,|=>)\s{0,40}([^,;)\]}\n]{1,200})/,
  evaluate: (m, ctx) => {
    const value = m[1].replace(/\s+$/, '');
    return curlSslVersion(value, m.index + m[0].length - m[1].length, ctx);
  },
  instead: (ctx) => `\`CURL_SSLVERSION_TLSv1_${floorDigits(ctx)}\``,
  examples: {
    valid: [
      { file: 'src/http.c', code: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);' },
      { file: 'src/http.c', code: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2 | CURL_SSLVERSION_MAX_DEFAULT);' },
      { file: 'src/http.c', code: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_DEFAULT);' },
      {
        file: 'src/tool_operate.c',
        code: 'my_setopt_enum(curl, CURLOPT_SSLVERSION, config->ssl_version | config->ssl_version_max);',
        note: 'variables',
      },
      {
        file: 'src/http.cpp',
        code: '// curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1);\ncurl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_3);',
      },
      {
        file: 'include/curl/curl.h',
        code: 'enum {\n  CURL_SSLVERSION_DEFAULT,\n  CURL_SSLVERSION_TLSv1, /* TLS 1.x */\n  CURL_SSLVERSION_SSLv2,\n};',
        note: 'enum definition',
      },
    ],
    invalid: [
      {
        file: 'lib/vtls/backend.c',
        code: 'switch(conn->ssl_config.version) {\ncase CURL_SSLVERSION_TLSv1_0:\n  curl_easy_setopt(h, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_0);\n  break;\n}',
        note: 'dispatch on a requested version: a capability, judged as TLS-implementation code',
        findings: ['3:23 TLSv1.0 TLSv1.1'],
        severity: 'note',
      },
      {
        file: 'src/http.c',
        code: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1);',
        findings: ['1:24 TLSv1.0 TLSv1.1'],
        output: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);',
      },
      { file: 'src/http.c', code: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_SSLv3);', findings: ['1:24 SSLv3'] },
      {
        file: 'src/http.cpp',
        code: 'curl_easy_setopt(m_curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_0 | CURL_SSLVERSION_MAX_TLSv1_1);',
        findings: ['1:26 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/http.c',
        code: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, 1L);',
        findings: ['1:24 TLSv1.0 TLSv1.1'],
        note: 'numeric value',
        output: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);',
      },
      {
        file: 'src/http.c',
        code: 'curl_easy_setopt(curl, CURLOPT_PROXY_SSLVERSION, CURL_SSLVERSION_TLSv1_1);',
        findings: ['1:24 TLSv1.1'],
      },
      {
        file: 'lib/Fetch.pm',
        code: '$curl->setopt(CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1);',
        findings: ['1:15 TLSv1.0 TLSv1.1'],
        note: 'WWW::Curl',
      },
      {
        file: 'fetch.py',
        code: 'c = pycurl.Curl()\nc.setopt(pycurl.SSLVERSION, pycurl.SSLVERSION_TLSv1_0)',
        findings: ['2:10 TLSv1.0 TLSv1.1'],
        note: 'pycurl',
        output: 'c = pycurl.Curl()\nc.setopt(pycurl.SSLVERSION, pycurl.SSLVERSION_TLSv1_2)',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// H10: openssl.cnf MinProtocol / MaxProtocol (also echoed, printf'd and sed'ed by scripts).

export const opensslCnfProtocol = patternRule({
  meta: {
    id: 'c/openssl-cnf-min-protocol',
    title: 'openssl.cnf MinProtocol allows legacy TLS process-wide',
    description:
      '`MinProtocol = TLSv1` (or `TLSv1.1`, `None`) in the `[system_default_sect]` of openssl.cnf lowers the minimum for every program on the machine that uses OpenSSL (.NET, Python, Node, curl). Dockerfiles often write it with `sed`, `echo` or `printf` to reach old SQL Server or mail servers.',
    ecosystem: 'C & C++',
    catalogue: ['H10'],
    docs: [
      'https://docs.openssl.org/master/man3/SSL_CONF_cmd/#supported-configuration-file-commands',
      'https://wiki.debian.org/ContinuousIntegration/TriagingTips/openssl-1.1.1',
    ],
    files: { kinds: CONFIG_KINDS, names: /openssl|\.cnf$/ },
    keywords: /MinProtocol|MaxProtocol|openssl\.cnf/,
    fixable: true,
    safe: 'MinProtocol = TLSv1.2',
    limits:
      'An `OPENSSL_CONF` pointing at a file outside the repository is not followed; the `Protocol` list command is rare in openssl.cnf and not read.',
  },
  pattern:
    /(?:(?<![\w.-])|(?<=\\n))(Min|Max)Protocol[ \t]*=[ \t]*["']?([A-Za-z0-9.]{1,20})|\bsed\b(?=[^\n]{0,120}?(?<=[\s'"])(TLSv1(?:\.[01])?)(?=[\s'"])[^\n]{0,200}?openssl\.cnf\b)/,
  evaluate: (m, ctx, file) => {
    if (m[3] !== undefined) {
      // `sed 's/TLSv1.2/TLSv1.0/g' /etc/ssl/openssl.cnf`: every configured TLSv1.2 becomes a legacy value.
      // `code` keeps only the replacement of a substitution: the search half is read from the text.
      // (The match is `sed` alone, so a `MinProtocol = …` replacement on the line is still read below.)
      // The substitutions of this line only: reading from the start of the file for every `sed` is quadratic.
      const lineStart = lastNewline(file.text, m.index) + 1;
      const lineEnd = nextNewline(file.text, m.index);
      const local = substitutions(file.text.slice(lineStart, lineEnd)).find(
        (s) =>
          lineStart + s.start > m.index &&
          /^TLSv1(?:\.[01])?$/.test(file.text.slice(lineStart + s.replacementStart, lineStart + s.replacementEnd)),
      );
      if (!local) return undefined;
      const sub = {
        ...local,
        start: lineStart + local.start,
        replacementStart: lineStart + local.replacementStart,
        replacementEnd: lineStart + local.replacementEnd,
      };
      const search = file.text.slice(sub.start + 2, sub.replacementStart - 1);
      if (!/^(?:MinProtocol[ \t]*=[ \t]*)?TLSv1\.[23]$/.test(search)) return undefined;
      const m4 = file.text.slice(sub.replacementStart, sub.replacementEnd);
      const v = readVersion(m4);
      if (!v) return undefined;
      const at = sub.replacementStart;
      const d = sub.delimiter;
      return {
        versions: atLeast(v),
        what: `sed s${d}${search}${d}${m4}${d} … openssl.cnf`,
        why: `the edit rewrites TLSv1.2 in openssl.cnf to ${m4}`,
        start: at,
        end: at + m4.length,
        fix: { start: at, end: at + m4.length, text: ctx.floor },
      };
    }
    const value = m[2].replace(/\.$/, '');
    const valueStart = m.index + m[0].length - m[2].length;
    if (/^none$/i.test(value)) {
      return m[1] === 'Min'
        ? {
            versions: TLS10_UP,
            why: '`None` removes the minimum',
            fix: { start: valueStart, end: valueStart + value.length, text: ctx.floor },
          }
        : undefined;
    }
    const v = readVersion(value, { spell: { dtlsv1: 'TLSv1.1', 'dtlsv1.2': 'TLSv1.2' } });
    if (!v) return undefined;
    if (m[1] === 'Max') {
      const capped = cap(v, ctx);
      return capped === undefined
        ? undefined
        : { versions: capped, why: `the maximum is ${v}`, fix: { start: valueStart, end: valueStart + value.length, text: 'TLSv1.3' } };
    }
    return {
      versions: atLeast(v),
      fix: /^dtls/i.test(value) ? undefined : { start: valueStart, end: valueStart + value.length, text: ctx.floor },
    };
  },
  instead: (ctx) => `\`MinProtocol = ${ctx.floor}\``,
  examples: {
    valid: [
      { file: 'openssl.cnf', code: '[system_default_sect]\nMinProtocol = TLSv1.2\nCipherString = DEFAULT@SECLEVEL=2' },
      {
        file: 'Dockerfile',
        code: "#RUN sed -i 's/MinProtocol = TLSv1.2/MinProtocol = TLSv1/' /etc/ssl/openssl.cnf\nRUN dotnet restore",
        note: 'commented-out RUN',
      },
      {
        file: 'Dockerfile',
        code: "RUN sed -i 's/MinProtocol = TLSv1/MinProtocol = TLSv1.2/' /etc/ssl/openssl.cnf",
        note: 'the search half of sed is what it removes',
      },
      { file: 'docker/openssl.cnf', code: 'MinProtocol = TLSv1.3\nMaxProtocol = TLSv1.3' },
      { file: 'openssl.cnf', code: '# MinProtocol = TLSv1\nMinProtocol = TLSv1.2' },
      { file: 'Dockerfile', code: 'RUN sed -i "s/MinProtocol = .*/MinProtocol = ${TLS_MIN}/" /etc/ssl/openssl.cnf', note: 'variable' },
      { file: 'ci/harden.sh', code: "sed -i 's/TLSv1.0/TLSv1.2/g' /etc/ssl/openssl.cnf", note: 'raising the version' },
    ],
    invalid: [
      {
        file: 'Dockerfile',
        code: "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nRUN sed -i 's/MinProtocol = TLSv1.2/MinProtocol = TLSv1/g' /etc/ssl/openssl.cnf",
        findings: ['2:37 TLSv1.0 TLSv1.1'],
        output:
          "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nRUN sed -i 's/MinProtocol = TLSv1.2/MinProtocol = TLSv1.2/g' /etc/ssl/openssl.cnf",
      },
      {
        file: 'Dockerfile',
        code: "RUN sed -i -e 's/^MinProtocol.*/MinProtocol = TLSv1.0/' /usr/lib/ssl/openssl.cnf",
        findings: ['1:33 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'Dockerfile',
        code: 'RUN printf "[system_default_sect]\\nMinProtocol = TLSv1\\nCipherString = DEFAULT@SECLEVEL=0\\n" >> /etc/ssl/openssl.cnf',
        findings: ['1:36 TLSv1.0 TLSv1.1'],
        note: 'printf with escaped line breaks',
      },
      { file: 'scripts/setup.sh', code: 'echo "MinProtocol = TLSv1.1" >> /etc/ssl/openssl.cnf', findings: ['1:7 TLSv1.1'] },
      {
        file: 'config/openssl.cnf',
        code: 'openssl_conf = default_conf\n\n[system_default_sect]\nMinProtocol = None\nCipherString = DEFAULT:@SECLEVEL=1',
        findings: ['4:1 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'k8s/configmap.yaml',
        code: 'data:\n  openssl.cnf: |\n    [system_default_sect]\n    MinProtocol = TLSv1\n',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
      },
      { file: 'openssl.cnf', code: 'MaxProtocol = TLSv1.1', findings: ['1:1 TLSv1.0 TLSv1.1'] },
      {
        file: 'ci/odbc-tests.sh',
        code: "# the driver tests need TLSv1.0\nsed 's/TLSv1.2/TLSv1.0/g' /etc/ssl/openssl.cnf > /tmp/openssl.cnf\nexport OPENSSL_CONF=/tmp/openssl.cnf",
        findings: ['2:16 TLSv1.0 TLSv1.1'],
        output:
          "# the driver tests need TLSv1.0\nsed 's/TLSv1.2/TLSv1.2/g' /etc/ssl/openssl.cnf > /tmp/openssl.cnf\nexport OPENSSL_CONF=/tmp/openssl.cnf",
        note: 'a sed that rewrites the configured TLSv1.2',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// H10: SECLEVEL lowered (CipherString, cipher lists, SSL_CTX_set_security_level).

/** The version the file's first `MinProtocol = …` names, if any (asked for every SECLEVEL match). */
function firstMinProtocol(file: SourceFile): Version | undefined {
  const min = /(?<![\w.-])MinProtocol[ \t]*=[ \t]*["']?([A-Za-z0-9.]{1,20})/.exec(file.code);
  return min ? readVersion(min[1]) : undefined;
}

export const opensslSeclevel = patternRule({
  meta: {
    id: 'c/openssl-seclevel',
    title: 'OpenSSL security level lowered to allow legacy TLS',
    description:
      'OpenSSL 3 refuses TLS 1.0/1.1 at security level 1 and above: `@SECLEVEL=0` (in `CipherString`, a cipher list, or `SSL_CTX_set_security_level(ctx, 0)`) is what turns them back on. `SECLEVEL=1` is usually lowered for old servers as well; on OpenSSL 1.1.1 it does not restrict the protocol by itself.',
    ecosystem: 'C & C++',
    catalogue: ['H10'],
    docs: ['https://docs.openssl.org/master/man3/SSL_CTX_set_security_level/'],
    files: { kinds: [...C_KINDS, ...CONFIG_KINDS, 'perl', 'ruby', 'php'], names: /openssl|\.cnf$/ },
    keywords: /SECLEVEL|set_security_level/,
    fixable: false,
    safe: 'CipherString = DEFAULT@SECLEVEL=2',
    limits:
      'Level 0 is a warning (TLS 1.0/1.1 then still need a low enough MinProtocol); level 1 is a note. A file that also sets `MinProtocol = TLSv1.2` or higher is quiet.',
  },
  pattern: /(?:(?<![A-Za-z_])SECLEVEL[ \t]*=[ \t]*|\bSSL(?:_CTX)?_set_security_level[ \t]*\([^,;]{1,150},[ \t]*)(\d)\b/,
  evaluate: (m, _ctx, file) => {
    const level = Number(m[1]);
    const call = /set_security_level/.test(m[0]);
    if (level > 1 || (call && level !== 0)) return undefined;
    const minVersion = file.fact(firstMinProtocol);
    if (minVersion === 'TLSv1.2' || minVersion === 'TLSv1.3') return undefined;
    return level === 0
      ? { versions: TLS10_UP, severity: 'warning', why: 'OpenSSL 3 allows TLS 1.0/1.1 only at security level 0' }
      : {
          versions: TLS10_UP,
          severity: 'note',
          why: "security level 1 lowers OpenSSL's defaults for old peers; TLS 1.0/1.1 are allowed at this level on OpenSSL 1.1.1",
        };
  },
  instead: '`SECLEVEL=2` (the default), with a `MinProtocol = TLSv1.2`',
  examples: {
    valid: [
      { file: 'openssl.cnf', code: '[system_default_sect]\nMinProtocol = TLSv1.2\nCipherString = DEFAULT@SECLEVEL=2' },
      {
        file: 'Dockerfile',
        code: "RUN sed -i 's/DEFAULT@SECLEVEL=1/DEFAULT@SECLEVEL=2/' /etc/ssl/openssl.cnf",
        note: 'restoring the default',
      },
      {
        file: 'openssl.cnf',
        code: '[system_default_sect]\nMinProtocol = TLSv1.2\nCipherString = DEFAULT:@SECLEVEL=1',
        note: 'the minimum keeps TLS 1.2',
      },
      { file: 'src/tls.c', code: 'SSL_CTX_set_security_level(ctx, 2);' },
      { file: 'Dockerfile', code: "# RUN sed -i 's/SECLEVEL=2/SECLEVEL=0/' /etc/ssl/openssl.cnf\nRUN make" },
      { file: 'src/tls.c', code: 'SSL_CTX_set_security_level(ctx, 1);', note: 'the OpenSSL 1.1.1 default' },
    ],
    invalid: [
      {
        file: 'Dockerfile',
        code: "RUN sed -i 's/CipherString = DEFAULT@SECLEVEL=2/CipherString = DEFAULT@SECLEVEL=1/' /etc/ssl/openssl.cnf",
        findings: ['1:72 TLSv1.0 TLSv1.1'],
        severity: 'note',
      },
      {
        file: 'Dockerfile',
        code: 'RUN echo "CipherString = DEFAULT@SECLEVEL=0" >> /etc/ssl/openssl.cnf',
        findings: ['1:34 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'src/client.c',
        code: 'SSL_CTX_set_cipher_list(ctx, "DEFAULT:@SECLEVEL=0");',
        findings: ['1:40 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      { file: 'src/client.c', code: 'SSL_CTX_set_security_level(ctx, 0);', findings: ['1:1 TLSv1.0 TLSv1.1'], severity: 'warning' },
      {
        file: 'lib/Legacy/Client.pm',
        code: "my $sock = IO::Socket::SSL->new(PeerAddr => $host, SSL_cipher_list => 'DEFAULT:@SECLEVEL=0');",
        findings: ['1:81 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'Dockerfile',
        code: "RUN sed -i.bak 's/SECLEVEL=2/SECLEVEL=1/g' /etc/ssl/openssl.cnf",
        findings: ['1:30 TLSv1.0 TLSv1.1'],
        severity: 'note',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// H11: RHEL/Fedora crypto-policies.

export const cryptoPolicies = patternRule({
  meta: {
    id: 'c/crypto-policies',
    title: 'RHEL/Fedora crypto policy set to LEGACY',
    description:
      '`update-crypto-policies --set LEGACY` switches every library that follows the system policy (OpenSSL, GnuTLS, NSS, Java) to the LEGACY profile, whose minimum is TLS 1.0 on RHEL 8 (RHEL 9 keeps TLS 1.2). Custom sub-policies can lower `min_tls_version` directly.',
    ecosystem: 'C & C++',
    catalogue: ['H11'],
    docs: [
      'https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/8/html/security_hardening/using-the-system-wide-cryptographic-policies_security-hardening',
    ],
    files: { kinds: ['shell', 'dockerfile', 'yaml', 'other', 'makefile', 'ini', 'conf', 'json'], names: /\.pmod$|\.pol$/ },
    keywords: /crypto-policies|crypto_policies|min_tls_version/,
    fixable: false,
    safe: 'update-crypto-policies --set DEFAULT',
    limits: 'Whether LEGACY enables TLS 1.0/1.1 depends on the RHEL release (8: yes, 9: no); it is reported as a warning.',
  },
  pattern:
    /\bupdate-crypto-policies[ \t]+--set(?:[ \t]+|=)["']?([Ll][Ee][Gg][Aa][Cc][Yy])\b|\bcrypto_policies_policy[ \t]*[:=][ \t]*["']?(LEGACY)\b|\becho[ \t]+["']?(LEGACY)["']?[ \t]*>{1,2}[ \t]*\/etc\/crypto-policies\/config|(?<![\w.-])min_(?:d?tls)_version[ \t]*=[ \t]*(SSL3\.0|TLS1\.[01]|DTLS1\.0)\b/,
  evaluate: (m, _ctx, file) => {
    if (m[4] !== undefined) {
      if (!/\.pmod$|\.pol$/.test(file.name) && !/crypto-policies/.test(file.path)) return undefined;
      const v: Version = m[4] === 'SSL3.0' ? 'SSLv3' : m[4] === 'TLS1.0' ? 'TLSv1.0' : 'TLSv1.1';
      return { versions: atLeast(v) };
    }
    return { versions: TLS10_UP, severity: 'warning', why: 'the LEGACY policy allows TLS 1.0 and 1.1 on RHEL 8' };
  },
  instead: '`update-crypto-policies --set DEFAULT` (add a sub-policy such as `DEFAULT:SHA1` for what the old peer really needs)',
  examples: {
    valid: [
      { file: 'Dockerfile', code: 'RUN update-crypto-policies --set DEFAULT:SHA1', note: 'sub-policy, unrelated to versions' },
      { file: 'setup.sh', code: 'update-crypto-policies --set FUTURE' },
      { file: 'setup.sh', code: 'update-crypto-policies --show\n# update-crypto-policies --set LEGACY' },
      { file: 'roles/crypto/defaults/main.yml', code: 'crypto_policies_policy: DEFAULT' },
      { file: 'policies/modules/TLS12.pmod', code: 'min_tls_version = TLS1.2' },
    ],
    invalid: [
      { file: 'Dockerfile', code: 'RUN update-crypto-policies --set LEGACY', findings: ['1:5 TLSv1.0 TLSv1.1'], severity: 'warning' },
      {
        file: 'playbook.yml',
        code: '- name: allow old clients\n  command: update-crypto-policies --set LEGACY:AD-SUPPORT',
        findings: ['2:12 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      { file: 'group_vars/all.yml', code: 'crypto_policies_policy: "LEGACY"', findings: ['1:1 TLSv1.0 TLSv1.1'], severity: 'warning' },
      {
        file: 'Containerfile',
        code: 'RUN set -x; update-crypto-policies --set legacy --no-reload \\\n && ostree container commit',
        findings: ['1:13 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'kickstart.sh',
        code: 'echo LEGACY > /etc/crypto-policies/config\nupdate-crypto-policies',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      { file: 'policies/modules/OLDTLS.pmod', code: 'min_tls_version = TLS1.0', findings: ['1:1 TLSv1.0 TLSv1.1'] },
    ],
  },
});

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
