/**
 * The generic rule behind the named code rules: a call to an API no rule knows, whose name says
 * TLS/SSL and version/protocol/options (`mosquitto_tls_opts_set`, a project's own
 * `setSSLStreamVersionRange`, `new SSLVersionRange(…)`), given an argument that is exactly a legacy
 * version — a literal, an API constant, a branch of a conditional, a cast of one, a list written in
 * place, or a name assigned one a few lines before — or a call named only after TLS given a string
 * that is exactly one version (`SSLAdapter('SSLv3')`). The API is unknown, so the finding is a
 * warning, and it gives way to a named rule that reports the same line (`meta.fallback`).
 */
import { atLeast, atMost, range, versionIndex, type Version, type VersionSet } from '../../../versions.js';
import type { FileKind } from '../../file-kinds.js';
import { clip } from '../../define.js';
import type { Match, Rule, RuleContext } from '../../rule.js';
import { lastNewline } from '../../source.js';
import { chosenOnRequest } from '../../capability.js';
import { callArguments, enclosingFunctionHeader, identifierAround, versionLeaves, type VersionLeaf } from './expressions.js';
import { tlsWordHits } from '../../word-offsets.js';

/** The languages whose calls the generic rules read (the default-protocol-table rule reads the same). */
export const CODE_KINDS: readonly FileKind[] = [
  'c',
  'cpp',
  'objc',
  'java',
  'kotlin',
  'scala',
  'groovy',
  'python',
  'go',
  'js',
  'ts',
  'ruby',
  'php',
  'rust',
  'swift',
  'dart',
  'lua',
  'perl',
  'elixir',
];

/** Words of a call's name that say it is about TLS, and that it takes a version. */
const TLS_WORD = /^(?:m?tls|ssl|dtls|jss|nss)$|tls$|ssl$/;
const VERSION_WORD = /^(?:versions?|protos?|protocols?|opts|options|methods?|range|min|max|minimum|maximum)$/;
/**
 * Words that make a call read, compare, convert, print or remove a version instead of setting one
 * (`tls_version_to_string`, `isSslVersionSupported`, `ssl_disable_protocol`).
 */
const NOT_A_SETTER = new Set([
  'get',
  'is',
  'has',
  'check',
  'assert',
  'expect',
  'verify',
  'validate',
  'test',
  'supports',
  'support',
  'supported',
  'unsupported',
  'parse',
  'compare',
  'cmp',
  'equal',
  'equals',
  'match',
  'matches',
  'string',
  'str',
  'name',
  'names',
  'describe',
  'format',
  'log',
  'print',
  'disable',
  'disabled',
  'exclude',
  'excluded',
  'remove',
  'deny',
  'block',
  'forbid',
  'reject',
  'to',
  'from',
  'find',
  'lookup',
  'convert',
  'free',
  'destroy',
  // Verb forms and negations that tests and guards use (`rejectsTlsVersion`, `tls_no_version`).
  'checks',
  'expects',
  'asserts',
  'verifies',
  'rejects',
  'refuse',
  'refuses',
  'fail',
  'fails',
  'should',
  'must',
  'no',
  'not',
  'without',
  'disables',
  'excludes',
  'removes',
  'denies',
  'blocks',
  'forbids',
]);

/**
 * APIs a named rule judges (and deliberately leaves silent in some shapes, such as setter tables
 * and `case` arms): never judged again here.
 */
const KNOWN_CALL =
  /^(?:(?:SSL_CTX|SSL)_set_(?:min|max)_proto_version|(?:wolfSSL|CyaSSL)(?:_CTX)?_Set(?:Min|Max)Version|SSL(?:_CTX)?_ctrl|mbedtls_ssl_conf_(?:min|max)_version|ssl_set_(?:min|max)_version|set_(?:min|max)_proto_version|SSL_CTX_new|(?:SSL_CTX|SSL)_(?:set|clear)_options|SSL_CONF_cmd|setEnabledProtocols|setProtocols?|setSslProtocol|setSSLProtocol|useProtocol|tlsVersions|setSupportedProtocols|setTlsVersions|setEnabledTLSProtocols|SSLContext|wrap_socket|sec_protocol_options_set_(?:min|max)_tls_protocol_version|sec_protocol_options_set_tls_(?:min|max)_version|SSLSetProtocolVersion(?:Min|Max|Enabled)?|setSslOption)$/;

/** Splits an identifier into lower-case words: `setSSLStreamVersionRange` → set ssl stream version range. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .split(/_+/)
    .filter(Boolean);
}

/**
 * `set` reads every version argument; `positional` is a call whose name says TLS but not version
 * (`SSLAdapter('SSLv3')`, `TlsSocketFactory("TLSv1.1")`): only a string literal that is exactly one
 * protocol version says what it sets.
 */
type Reading = 'min' | 'max' | 'range' | 'set' | 'positional';

/**
 * Words that make a call named only after TLS something else than a setting taking a version: an
 * error or a message built with a version in its text, a cipher list (OpenSSL's `"TLSv1"` cipher
 * class), a certificate or a key.
 */
const NOT_POSITIONAL = new Set([
  'error',
  'err',
  'exception',
  'warning',
  'warn',
  'message',
  'msg',
  'info',
  'debug',
  'trace',
  'label',
  'title',
  'text',
  'cipher',
  'ciphers',
  'suite',
  'suites',
  'cert',
  'certificate',
  'key',
  'mock',
  'fake',
  'stub',
]);

/**
 * Whether a call's name says it sets a TLS version, and how its version arguments are read. A name
 * that does not say TLS (`createSocketWithEnabledProtocols`) must say version or protocol in more
 * than one word; its arguments are then read only when they are TLS constants or literals, which
 * say TLS themselves (never `max(a, b)`).
 */
function settingCall(name: string): Reading | undefined {
  if (KNOWN_CALL.test(name)) return undefined;
  const w = words(name);
  if (w.some((x) => NOT_A_SETTER.has(x))) return undefined;
  if (!w.some((x) => VERSION_WORD.test(x))) {
    // An enum member or a table entry named after a version (`TLS_1_1("TLSv1.1")`) maps names; it sets nothing.
    if (!/[a-z]/.test(name) || w.some((x) => /\d/.test(x))) return undefined;
    return w.some((x) => TLS_WORD.test(x)) && !w.some((x) => NOT_POSITIONAL.has(x)) ? 'positional' : undefined;
  }
  if (!w.some((x) => TLS_WORD.test(x)) && (w.length < 2 || !w.some((x) => /^(?:versions?|protocols?)$/.test(x)))) return undefined;
  if (w.includes('range')) return 'range';
  if (w.includes('min') || w.includes('minimum')) return 'min';
  if (w.includes('max') || w.includes('maximum')) return 'max';
  return 'set';
}

/**
 * The calls whose name holds `tls`, `ssl`, `version` or `protocol` (`name(`, 2–81 characters,
 * starting with a letter, `_` or `$`): found from the word outwards (word-offsets.ts finds the
 * words, once per text for every rule that starts from them), each identifier once, so a file of
 * many calls costs a pass over its words, not a match attempt at every identifier.
 */
function* namedCalls(code: string): Generator<{ name: string; index: number; open: number }> {
  const hits = tlsWordHits(code);
  let next = 0;
  for (let i = 0; i < hits.length; i += 2) {
    if (hits[i] < next) continue;
    const { start, end } = identifierAround(code, hits[i], hits[i] + hits[i + 1]);
    next = end;
    if (end - start < 2 || end - start > 81 || !/[A-Za-z_$]/.test(code[start])) continue;
    let open = end;
    while (code[open] === ' ' || code[open] === '\t') open++;
    if (code[open] === '(') yield { name: code.slice(start, end), index: start, open };
  }
}

/** `name=value`, `name: value` (keyword and named arguments): the value is the argument. */
const NAMED_ARGUMENT = /^[A-Za-z_$][\w$]{0,40}[ \t]*(?:=(?!=)|:(?!:))[ \t]*/;

/** Mockito `verify(x).setSslVersion(…)` checks a call made elsewhere. */
const VERIFIED = /\bverify\s*\((?:[^()]|\([^()]{0,80}\)){0,200}\)\s*\.\s*$/;

/**
 * A fluent test harness whose statement ends by expecting the handshake to fail
 * (`testTLS(…).clientEnabledProtocols(…).fail()`): the version is given to be refused. The chain
 * may go on over lines that start with `.`; a `self.fail()` on the next line is another statement.
 */
const EXPECTS_FAILURE =
  /^(?:[^;\n]|\n[ \t]*(?=\.)){0,300}?\.\s*(?:fail|fails|shouldFail|expectFail(?:ure)?|assertFail(?:ure|s)?)\s*\(\s*\)/;

/**
 * A test whose name says the handshake must fail (`testHandshakeWithUnsupportedProtocolFails`,
 * `TestRejectsTLS10`, `test_old_protocol_refused`): the version is given to be refused.
 */
const REFUSAL_WORD = /^(?:fail|fails|failure|reject|rejects|rejected|refuse|refuses|refused|unsupported|mismatch|disallowed|denied)$/;

function refusalTest(code: string, at: number): boolean {
  const header = enclosingFunctionHeader(code, at);
  const name =
    header && /([A-Za-z_$][\w$]*)\s*\(/.exec(header.replace(/^\s*(?:(?:def|func|fn|function|fun)\s+)?(?:\([^)]*\)\s*)?/, ''))?.[1];
  return name !== undefined && /test/i.test(name) && words(name).some((w) => REFUSAL_WORD.test(w));
}

function describeLeaf(leaf: VersionLeaf): string | undefined {
  const parts: string[] = [];
  if (leaf.via) parts.push(`through \`${leaf.via}\`, assigned earlier in the function`);
  if (leaf.conditional) parts.push('one branch of a condition');
  return parts.length ? parts.join('; ') : undefined;
}

/** What one leaf enables under a reading (`max` is a finding only when it caps below the floor). */
function enabledBy(leaf: VersionLeaf, reading: Reading, ctx: RuleContext, max?: Version): VersionSet | undefined {
  const v = leaf.version;
  if (reading === 'positional') return leaf.literal && v && !leaf.via ? leaf.versions : undefined;
  if (reading === 'set' || !v) return leaf.versions;
  if (reading === 'max') return versionIndex(v) < versionIndex(ctx.floor) ? atMost(v) : undefined;
  if (reading === 'range') return max && versionIndex(max) >= versionIndex(v) ? range(v, max) : atLeast(v);
  return atLeast(v);
}

export const versionArgument: Rule = {
  meta: {
    id: 'code/tls-version-argument',
    title: 'Legacy TLS version passed to a TLS setting call',
    description:
      "A call whose name says TLS/SSL and version, protocol or options — a library no rule knows (`mosquitto_tls_opts_set(mosq, 1, \"tlsv1\", NULL)`), a project's own wrapper (`setSSLStreamVersionRange(SSLVersion.TLS_1_0, SSLVersion.TLS_1_2)`), a range object (`new SSLVersionRange(…)`) — given a legacy version: a literal, an API constant, a cast of one, any literal branch of a conditional, a list written in place (`new String[]{…}`, `Arrays.asList(…)`, `List.of(…)`, `listOf(…)`, `[…]`), or a name assigned one earlier in the same function. A name with `min` reads the version as a minimum, `max` as a maximum, `range` as minimum and maximum. A call named only after TLS (`SSLAdapter('SSLv3')`) sets the version written as a string that is exactly one.",
    ecosystem: 'Any language',
    catalogue: ['H2', 'D5', 'F1'],
    docs: ['https://docs.openssl.org/master/man3/SSL_CTX_set_min_proto_version/', 'https://mosquitto.org/api/files/mosquitto-h.html'],
    files: { kinds: CODE_KINDS },
    keywords: /tls|ssl/,
    fixable: false,
    safe: 'mosquitto_tls_opts_set(mosq, 1, "tlsv1.2", NULL);',
    limits:
      'The API is unknown, so findings are warnings, and a named rule that reports the same line takes precedence. Calls that read, compare, convert, print or remove versions (`get`, `is`, `check`, `to_string`, `disable` in the name), versions chosen in a `case` arm or behind a comparison, harness statements that end expecting a failure (`….fail()`) and tests whose name says the handshake fails (`testHandshakeWithUnsupportedProtocolFails`), and names given their value in another function are not followed. A call named only after TLS is read only for string literals (not constants or names), and not when it names an error, a message, a cipher list, a certificate or a key, or is an enum member named after a version (`TLS_1_1("TLSv1.1")`).',
    fallback: true,
  },
  *check(file, ctx) {
    // Calls are found in the raw text, before comments are masked (a pass over the file that most
    // files never need). Masking turns comments and strings into spaces without moving anything,
    // so a call of the code is one of these, at the same place: kept when its name and its `(`
    // were not blanked.
    const calls = [...namedCalls(file.text)].flatMap((m) => {
      const reading = settingCall(m.name);
      return reading ? [{ ...m, reading }] : [];
    });
    if (calls.length === 0) return;
    const code = file.code;
    for (const m of calls) {
      const { name, reading } = m;
      if (code[m.open] !== '(' || !code.startsWith(name, m.index)) continue;
      const before = code.slice(Math.max(lastNewline(code, m.index - 1) + 1, m.index - 300), m.index);
      // A definition (`def set_tls_version(v="TLSv1")`) declares a parameter; it sets nothing.
      if (/\b(?:def|function|func|fn|sub)\s+(?:[\w$]+\s*\.\s*)?$/.test(before)) continue;
      if (VERIFIED.test(code.slice(Math.max(0, m.index - 300), m.index))) continue;
      if (chosenOnRequest(code, m.index)) continue;
      const args = callArguments(code, m.open);
      if (!args) continue;
      const close = code.indexOf(')', args.length ? args[args.length - 1].end : m.open + 1);
      if (EXPECTS_FAILURE.test(code.slice(close + 1, close + 301)) || refusalTest(code, m.index)) continue;
      const perArg = args.map((a) => {
        const named = NAMED_ARGUMENT.exec(code.slice(a.start, a.end));
        return versionLeaves(code, named ? { start: a.start + named[0].length, end: a.end } : a);
      });
      const leaves = perArg.flat();
      if (leaves.length === 0) continue;
      // A range: the first versioned argument is the minimum, the next one the maximum.
      const versioned = perArg.filter((l) => l.length > 0);
      const maxLeaf = reading === 'range' && versioned.length > 1 ? versioned[1].find((l) => !l.conditional) : undefined;
      const candidates = reading === 'range' ? versioned[0] : leaves;
      for (const leaf of candidates) {
        const versions = enabledBy(leaf, reading, ctx, maxLeaf?.version);
        if (versions === undefined) continue;
        yield {
          start: leaf.start,
          end: leaf.end,
          versions,
          what: clip(`${name}(… ${file.text.slice(leaf.start, leaf.end)} …)`),
          why: describeLeaf(leaf),
          instead: instead(ctx),
          severity: 'warning',
          ...(leaf.via ? { usedAt: m.index } : {}),
        } satisfies Match;
      }
    }
  },
  examples: {
    valid: [
      {
        file: 'src/net.c',
        code: 'if (!strcmp(listener->tls_version, "tlsv1")) {\n    method = TLSv1_server_method();\n}',
        note: 'a comparison: the called function does not set a version',
      },
      { file: 'lib/client.c', code: 'mosquitto_tls_opts_set(mosq, 1, "tlsv1.2", NULL);', note: 'a modern version' },
      {
        file: 'lib/client.c',
        code: '// was: mosquitto_tls_opts_set(mosq, 1, "tlsv1", NULL);\nputs("mosquitto_tls_opts_set(mosq, 1, \\"tlsv1\\", NULL)");',
        note: 'a call in a comment and in a string',
      },
      { file: 'lib/client.c', code: 'mosquitto_tls_opts_set(mosq, 1, tls_version, NULL);', note: 'a parameter: unknown' },
      {
        file: 'src/Names.java',
        code: 'String label = tlsVersionName(SSLVersion.TLS_1_0);\nboolean old = isSslVersionSupported(SSLVersion.TLS_1_1);',
        note: 'calls that name or test a version',
      },
      {
        file: 'src/conf.c',
        code: 'switch (opt) {\ncase OPT_TLS1:\n    tls_set_version(ctx, "tlsv1");\n    break;\n}',
        note: 'chosen in a case arm: a capability',
      },
      {
        file: 'src/conf.c',
        code: 'if (strcmp(arg, "tls1") == 0)\n    tls_set_version(ctx, "tlsv1");',
        note: 'chosen by a comparison on a requested version',
      },
      {
        file: 'lib/tls.py',
        code: 'def set_tls_version(self, version="TLSv1"):\n    self._version = version',
        note: 'a definition with a default parameter',
      },
      { file: 'src/tls.c', code: 'ssl_disable_protocol_version(ctx, TLS1_VERSION);', note: 'removing a version' },
      {
        file: 'src/range.c',
        code: 'set_tls_max_version(ctx, TLS1_3_VERSION);\nset_tls_min_version(ctx, TLS1_2_VERSION);',
        note: 'a cap above the floor and a modern minimum',
      },
      {
        file: 'src/tls.c',
        code: 'int v = read_config_version();\nif (v == 0)\n    v = TLS1_2_VERSION;\nset_tls_min_version(ctx, v);',
        note: 'a name assigned a modern version',
      },
      {
        file: 'src/other.c',
        code: 'int v = TLS1_VERSION;\n}\n\nvoid g(void)\n{\n    set_tls_min_version(ctx, v);\n}',
        note: 'a name assigned in another function',
      },
      { file: 'src/log.c', code: 'log_tls_version("TLSv1");', note: 'a log call' },
      {
        file: 'src/stream.m',
        code: 'SSLSetProtocolVersionEnabled(ctx, kSSLProtocol3, false);\nSSLSetProtocolVersionEnabled(ctx, kTLSProtocol1, NO);',
        note: 'SecureTransport turning versions off: its own rule judges this API',
      },
      {
        file: 'test/tls.spec.ts',
        code: "await rejectsTlsVersion(server, 'TLSv1');\nshouldFailWithTlsVersion('TLSv1.1');",
        note: 'helpers that check a version is refused',
      },
      {
        file: 'src/pick.c',
        code: 'int v = max(TLS1_VERSION, configured);\nint w = Math.min(TLS1_1_VERSION, w);',
        note: 'arithmetic on versions',
      },
      {
        file: 'src/test/java/okhttp3/SelectorTest.java',
        code: 'assertEnabledProtocols(socket, TlsVersion.TLS_1_1, TlsVersion.TLS_1_0);',
        note: 'an assertion about protocols',
      },
      {
        file: 'src/main/java/org/acme/net/Options.java',
        code: 'opts.enabledProtocols(List.of("TLSv1.2", "TLSv1.3"));\nopts.excludedProtocols(new String[] {"TLSv1", "TLSv1.1"});',
        note: 'a modern list, and a list of versions taken away',
      },
      {
        file: 'src/main/java/org/acme/net/Options.java',
        code: 'opts.serverEnabledProtocols(Set.of("TLSv1", "TLSv1.1").contains(name) ? DEFAULTS : List.of(name));',
        note: 'a list in the condition is not the value; the list given holds a parameter',
      },
      {
        file: 'src/main/java/org/acme/net/Options.java',
        code: 'opts.enabledProtocols(List.of("TLSv1", "TLSv1.1").stream().filter(supported::contains).toList());',
        note: 'a list that is only the start of an expression is not the value',
      },
      {
        file: 'src/test/java/org/acme/tls/HandshakeTest.java',
        code: 'testTLS(Cert.NONE, Trust.SERVER_JKS).serverEnabledSecureTransportProtocol(new String[]{"TLSv1.2"})\n  .clientEnabledSecureTransportProtocol(new String[]{"SSLv2Hello", "TLSv1.1"}).fail();',
        note: 'a harness statement that expects the handshake to fail: the old version is offered to be refused',
      },
      {
        file: 'okhttp/src/main/java/okhttp3/TlsVersion.java',
        code: 'enum class TlsVersion(val javaName: String) {\n  TLS_1_2("TLSv1.2"),\n  TLS_1_1("TLSv1.1"),\n  SSL_3_0("SSLv3"),\n}',
        note: "an enum's members named after versions map names; they set nothing",
      },
      {
        file: 'src/test/java/org/acme/admin/AdminServerTest.java',
        code: '@Test\npublic void testHandshakeWithUnsupportedProtocolFails() throws Exception {\n    server.start();\n    SSLContext sslContext = createSSLContext(keyStorePath, "".toCharArray(), "TLSv1.1");\n    assertThrows(SSLHandshakeException.class, () -> connect(sslContext));\n}',
        note: 'a test whose name says the handshake fails offers the version to be refused',
      },
      {
        file: 'src/tls.c',
        code: 'SSL_CTX_set_cipher_list(ctx, "TLSv1");\nraise_ssl_error("TLSv1");\nreturn tls_label("TLSv1.1");',
        note: 'a call named only after TLS that takes a cipher class, builds an error or names a version',
      },
      {
        file: 'lib/adapters.py',
        code: 'adapter = SSLAdapter(ssl_version)\nmount_tls_adapter(session, "https://", "TLSv1 and later")',
        note: 'a call named only after TLS reads a version only from a literal that is exactly one',
      },
      {
        file: 'ssl/record/rec_layer.c',
        code: 'ssl_record_layer_init(rl, TLS1_VERSION);\nconst char *seen = "TLSv1";\nssl_record_peer(rl, seen);',
        note: "a TLS library's internal calls given a constant or a name: only a written string is read as a setting there",
      },
    ],
    invalid: [
      {
        file: 'src/test/java/org/acme/tls/HandshakeTest.java',
        code: 'testTLS(Cert.NONE, Trust.SERVER_JKS)\n  .serverEnabledSecureTransportProtocol(new String[]{"TLSv1", "TLSv1.1", "TLSv1.2"}).pass();',
        findings: ['2:54 TLSv1.0', '2:63 TLSv1.1'],
        severity: 'note',
        note: "a test harness's own builder, given an array: each element is read (a test: information)",
      },
      {
        file: 'src/main/java/org/acme/net/Server.java',
        code: 'builder.enabledProtocols(Arrays.asList(\n    "TLSv1.1",\n    "TLSv1.2"));',
        findings: ['2:5 TLSv1.1'],
        severity: 'warning',
        note: 'a collection factory over lines: the line of the legacy element',
      },
      {
        file: 'src/main/kotlin/acme/Net.kt',
        code: 'val names = listOf("TLSv1", "TLSv1.3")\noptions.serverEnabledProtocols(names)',
        findings: ['1:20 TLSv1.0'],
        severity: 'warning',
        note: 'a list assigned to a name a line before',
      },
      {
        file: 'tests/test_adapter.py',
        code: "session.mount('https://', SSLAdapter('SSLv3'))\nif not session:\n    self.fail()",
        findings: ['1:38 SSLv3'],
        severity: 'note',
        note: 'a call named only after TLS given exactly one protocol version as a string (a test: information)',
      },
      {
        file: 'lib/http.py',
        code: 'adapter = TlsAdapter(\n    "TLSv1.1",\n    retries=3,\n)',
        findings: ['2:5 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'lib/client.c',
        code: 'mosq = mosquitto_new("id", true, NULL);\nmosquitto_tls_opts_set(mosq, 1, "tlsv1", NULL);',
        findings: ['2:33 TLSv1.0'],
        severity: 'warning',
      },
      {
        file: 'test/lib/c/08-ssl-connect.c',
        code: 'mosquitto_tls_opts_set(mosq, 1, "tlsv1", NULL);',
        findings: ['1:33 TLSv1.0'],
        severity: 'note',
        note: 'a test: information',
      },
      {
        file: 'lib/cpp/client.cpp',
        code: 'mosq->tls_opts_set(1, "tlsv1.1", NULL);',
        findings: ['1:23 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'src/HttpClient.java',
        code: 'CryptoUtil.setSSLStreamVersionRange(SSLVersion.TLS_1_0, SSLVersion.TLS_1_2);',
        findings: ['1:37 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: "a project's wrapper over a range API: minimum and maximum",
      },
      {
        file: 'src/MainCLI.java',
        code: 'CryptoUtil.setSSLStreamVersionRange(\n        min == null ? SSLVersion.TLS_1_0 : SSLVersion.valueOf(min),\n        max == null ? SSLVersion.TLS_1_2 : SSLVersion.valueOf(max)\n);',
        findings: ['2:23 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'the literal branch of a conditional, on its own line',
      },
      {
        file: 'src/Jss.java',
        code: 'SSLSocket.setSSLVersionRangeDefault(SSLProtocolVariant.STREAM,\n    new SSLVersionRange(SSLVersionRange.tls1_1, SSLVersionRange.tls1_2));',
        findings: ['2:25 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'src/tls.c',
        code: 'int v = read_config_version();\nif (v == 0)\n    v = TLS1_VERSION;\nset_tls_min_version(ctx, v);',
        findings: ['3:9 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'a default assigned to a name, used a line later: reported where the version is written',
      },
      {
        file: 'src/tls.cpp',
        code: 'set_tls_min_version(ctx, static_cast<long>(TLS1_1_VERSION));',
        findings: ['1:44 TLSv1.1'],
        severity: 'warning',
        note: 'a cast',
      },
      {
        file: 'src/tls.c',
        code: 'set_tls_max_version(ctx, (int)TLS1_1_VERSION);',
        findings: ['1:31 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'a maximum below the floor leaves only legacy versions',
      },
      {
        file: 'app/client.py',
        code: 'client.set_tls_version(version="TLSv1" if legacy else "TLSv1.2")',
        findings: ['1:32 TLSv1.0'],
        severity: 'warning',
        note: 'a keyword argument and a Python conditional',
      },
      {
        file: 'okhttp-tests/src/test/java/okhttp3/internal/connection/ConnectionSpecSelectorTest.java',
        code: 'SSLSocket socket = createSocketWithEnabledProtocols(TlsVersion.TLS_1_1, TlsVersion.TLS_1_0);',
        findings: ['1:53 TLSv1.1', '1:73 TLSv1.0'],
        severity: 'note',
        note: 'a helper whose name says protocols, given TLS constants (a test: information)',
      },
      {
        file: 'src/conn.go',
        code: 'conn.SetTLSMinVersion(tls.VersionTLS11)',
        findings: ['1:23 TLSv1.1'],
        severity: 'warning',
      },
    ],
  },
};

function instead(ctx: RuleContext): string {
  return ctx.floor === 'TLSv1.3' ? 'TLS 1.3 (`"tlsv1.3"`, `TLS1_3_VERSION`)' : 'TLS 1.2 or later (`"tlsv1.2"`, `TLS1_2_VERSION`)';
}

export const rules: readonly Rule[] = [versionArgument];
