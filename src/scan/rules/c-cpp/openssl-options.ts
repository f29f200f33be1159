import type { Severity } from '../../../policy.js';
import { atLeast, EMPTY, range, setOf, type Version, type VersionSet } from '../../../versions.js';
import { evalList, readVersion, tokenize } from '../../evaluate.js';
import { patternRule } from '../../define.js';
import { testsUnset } from '../../capability.js';
import { lastNewline, nextNewline, type SourceFile } from '../../source.js';
import { C_KINDS, TLS10_UP, cap, floorDigits } from './shared.js';

function lineOf(code: string, index: number): string {
  const start = lastNewline(code, index - 1) + 1;
  const end = nextNewline(code, index);
  return code.slice(start, end < 0 ? undefined : end);
}

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

const PROTOCOL_VALUE = /proto|version|SSLv|TLSv|ssl_?v|tls_?v/i;

/** The `{` that the `}` at `close` closes, looked for within a bound. */
function openingBrace(code: string, close: number): number | undefined {
  let depth = 0;
  for (let i = close; i >= Math.max(0, close - 3000); i--) {
    if (code[i] === '}') depth++;
    else if (code[i] === '{' && --depth === 0) return i;
  }
  return undefined;
}

/**
 * The conditions of the braced `if` / `else if` arms that end with the `}` at `close`, last arm
 * first (at most eight); undefined when the arms are not all braced `if`s.
 */
function chainConditions(code: string, close: number): string[] | undefined {
  const conditions: string[] = [];
  for (let arm = 0; arm < 8; arm++) {
    const open = openingBrace(code, close);
    if (open === undefined) return undefined;
    const headStart = Math.max(0, open - 300);
    const head = /(\belse\s+)?\bif\s*\(([^;{}]{0,250})\)\s*$/.exec(code.slice(headStart, open));
    if (!head) return undefined;
    conditions.push(head[2]);
    if (!head[1]) return conditions;
    const before = code.slice(headStart, headStart + head.index).trimEnd();
    if (!before.endsWith('}')) return undefined;
    close = headStart + before.length - 1;
  }
  return undefined;
}

/**
 * How the statement at `at` is guarded: by a test that the version option was left unset
 * (`if (tls_version == NULL)`, `if (!mosq->tls_version)`), or the `else` of arms that compare it
 * with the versions one can ask for — the default path; by another test of a protocol value (a
 * version someone chose, or a configured list applied version by version: `else if (!strcmp(v,
 * "tlsv1.2"))`, `if (!(protocols & NGX_SSL_SSLv2))`, the `else` of those); or by neither.
 */
function versionGuard(code: string, at: number): 'default' | 'chosen' | undefined {
  const stmt = code.slice(Math.max(0, at - 300), at);
  const since = stmt.slice(Math.max(stmt.lastIndexOf(';'), stmt.lastIndexOf('}')) + 1);
  const guard = /\bif\s*\(([^;]{0,200})$/.exec(since);
  if (guard) {
    if (!PROTOCOL_VALUE.test(guard[1])) return undefined;
    return testsUnset(guard[1]) ? 'default' : 'chosen';
  }
  const close = at - since.length - 1;
  if (!/^\s*else\s*\{?\s*$/.test(since) || code[close] !== '}') return undefined;
  const arms = chainConditions(code, close);
  if (!arms || !arms.every((c) => PROTOCOL_VALUE.test(c))) return undefined;
  // An earlier arm took the unset option; bit tests choose versions from a configured list.
  if (arms.some((c) => testsUnset(c) || /[^&]&[^&]/.test(c))) return 'chosen';
  return arms.every((c) => /[!=]=|\bstr(?:n?case)?cmp\b|\bequals(?:IgnoreCase)?\b/.test(c)) ? 'default' : undefined;
}

interface FileOptions {
  /** Every SSL_OP_NO_/no_ option the file sets (not in clear_options, `#if`, `~` masks or `#define`s). */
  readonly all: VersionSet;
  /** Those set in a branch for a chosen version: they do not cover the default path. */
  readonly chosen: VersionSet;
  /** Those set anywhere else. */
  readonly unchosen: VersionSet;
}

function optionsSetInFile(file: SourceFile): FileOptions {
  const code = file.code;
  let chosen = EMPTY;
  let unchosen = EMPTY;
  for (const m of code.matchAll(OPTION_TOKEN)) {
    const line = lineOf(code, m.index);
    if (/^\s*#\s*(?:if|ifdef|ifndef|elif|define|undef)\b/.test(line)) continue;
    const before = code.slice(Math.max(0, m.index - 40), m.index);
    if (/~\s*(?:\(\s*)?(?:[\w:]+::)?$|defined\s*\(\s*$|clear_options\s*\([^;]*$/.test(before)) continue;
    const version = setOf(OPTION_VERSIONS[m[1].toLowerCase()]);
    if (versionGuard(code, m.index) === 'chosen') chosen |= version;
    else unchosen |= version;
  }
  return { all: chosen | unchosen, chosen, unchosen };
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
      'Options are collected per file (on the default path — the branch taken when the version option is unset — without those of the branches for chosen versions); options built up in variables across functions, `#ifdef` build-time toggles and the system openssl.cnf (which may raise the minimum) are not followed, so a file that sets a minimum protocol version anywhere is trusted.',
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
    // A version someone chose, or a configured list applied one version at a time
    // (`if (!(protocols & NGX_SSL_SSLv2)) …`): a capability. The unset option's branch is the default.
    const guard = versionGuard(code, m.index);
    if (guard === 'chosen') return undefined;
    if (file.matches(SETS_MINIMUM)) return undefined;
    // Only a call that itself disables some version anchors a finding. On the default path, the
    // options of the branches for chosen versions do not count: nobody who asked for nothing gets them.
    const options = file.fact(optionsSetInFile);
    const disabled = (guard === 'default' ? options.unchosen : options.all) | listed;
    const base = (listed & setOf('SSLv2', 'SSLv3')) !== EMPTY || (listed & setOf('TLSv1.2', 'TLSv1.3')) !== EMPTY ? TLS10_UP : EMPTY;
    const versions = base & ~disabled;
    if (versions === EMPTY) return undefined;
    const onlyLegacy = (versions & setOf('TLSv1.2', 'TLSv1.3')) === EMPTY;
    // The branches for chosen versions turn off what the default path leaves on: its TLS 1.0/1.1
    // are a decision of the code, not left to the library.
    const decided = guard === 'default' && (options.chosen & versions & setOf('TLSv1.0', 'TLSv1.1')) !== EMPTY;
    const severity: Severity = onlyLegacy || decided ? 'error' : 'warning';
    return {
      versions,
      severity,
      why: onlyLegacy
        ? 'the options disable every modern version'
        : decided
          ? 'when no version is configured, the options disable only older versions, while the branches for a chosen version turn TLS 1.0/1.1 off: they are on by default'
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
      {
        file: 'src/listener.c',
        code: 'if (cfg->tls_version == NULL) {\n    SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3);\n} else if (!strcmp(cfg->tls_version, "tlsv1.2")) {\n    SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1_3);\n}\nSSL_CTX_set_options(ctx, SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1);',
        note: 'the default path leaves TLS 1.0/1.1 on, but a call every path takes turns them off',
      },
      {
        file: 'src/listener.c',
        code: 'if (cfg->tls_version != NULL && !strcmp(cfg->tls_version, "tlsv1.1")) {\n    SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_2);\n}',
        note: 'set only when TLS 1.1 was asked for: a capability, not the default',
      },
      {
        file: 'src/tls.c',
        code: 'if (!(protocols & PROTO_TLSv1)) {\n    SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1);\n} else {\n    SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3);\n}',
        note: 'the else of a bit test: TLS 1.0 is in the configured list',
      },
      {
        file: 'src/tls.c',
        code: 'if (cfg->tls_version == NULL) {\n    SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1);\n} else {\n    SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3);\n}',
        note: 'the else of the unset test runs only for a version someone asked for',
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
      {
        file: 'src/listener.c',
        code: 'ctx = SSL_CTX_new(SSLv23_server_method());\nif (cfg->tls_version == NULL) {\n    SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3);\n} else if (!strcmp(cfg->tls_version, "tlsv1.2")) {\n    SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1);\n} else if (!strcmp(cfg->tls_version, "tlsv1.1")) {\n    SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_2);\n}',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        severity: 'error',
        note: 'the default path (no version configured): the branches for chosen versions do not cover it',
      },
      {
        file: 'src/client.cpp',
        code: 'if (!opts->ssl_version) {\n    SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3);\n} else if (opts->ssl_version == PROTO_TLS12) {\n    SSL_CTX_set_options(ctx, SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1);\n}',
        findings: ['2:5 TLSv1.0 TLSv1.1'],
        severity: 'error',
        note: 'an unset option tested by negation',
      },
      {
        file: 'src/tls.c',
        code: 'if (conf->protocol && strcmp(conf->protocol, "tlsv1.2") == 0) {\n    SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1);\n} else {\n    SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3);\n}',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
        severity: 'error',
        note: 'the else of the arms for the versions one can ask for is the default path',
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
