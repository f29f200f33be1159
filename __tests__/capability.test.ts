/**
 * Where code chooses a version because a configured value asked for it (src/scan/capability.ts):
 * judged the same way in every language, at the offset of the statement that makes the choice.
 */
import { describe, expect, test } from 'vitest';
import { isCapability, testsUnset } from '../src/scan/capability.js';
import type { FileKind } from '../src/scan/file-kinds.js';

/** Whether the statement that starts at the marker `@` is a capability. */
function at(kind: FileKind, text: string): boolean {
  const offset = text.indexOf('@');
  return isCapability(kind, text.replace('@', ' '), offset);
}

describe('case arms', () => {
  test('an arm for a configured option, in C, Java, Go and Python', () => {
    expect(at('c', 'switch (opt) {\ncase FORCE_TLS11:\n    @meth = TLSv1_1_server_method();\n    break;\n}')).toBe(true);
    expect(at('java', 'switch (p) {\n    case "TLSv1" -> @ctx = SSLContext.getInstance("TLSv1");\n}')).toBe(true);
    expect(at('go', 'switch name {\ncase "tls1.0", "tls10":\n\t@cfg.MinVersion = tls.VersionTLS10\n}')).toBe(true);
    expect(at('python', "match name:\n    case 'tlsv1':\n        @ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)")).toBe(true);
  });

  test('the default arm, one stacked with a label named default, and code after the arm ended are not', () => {
    expect(at('c', 'switch (opt) {\ndefault:\n    @meth = TLSv1_method();\n}')).toBe(false);
    expect(at('c', 'switch (v) {\ncase SSLVERSION_DEFAULT:\ncase SSLVERSION_TLSv1:\n    @p = SP_PROT_TLS1_0;\n    break;\n}')).toBe(false);
    expect(at('c', 'switch (opt) {\ncase A:\n    x = 1;\n    break;\n}\n@meth = TLSv1_method();')).toBe(false);
  });
});

describe('guards', () => {
  test('an if that compares a requested protocol', () => {
    expect(at('c', 'else if (strcmp(*argv, "-tls1") == 0)\n    @meth = TLSv1_client_method();')).toBe(true);
    expect(at('python', "elif options.protocol == 'tlsv1':\n    @ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)")).toBe(true);
  });

  test('the branch taken when the protocol option is unset is the default path, in C, Java, Python, C# and JS', () => {
    expect(at('c', 'if (listener->tls_version == NULL) {\n    @meth = TLSv1_server_method();\n}')).toBe(false);
    expect(at('c', 'else if (!strcmp(cfg->proto, "") || cfg->proto == NULL)\n    @meth = TLSv1_client_method();')).toBe(false);
    expect(at('java', 'if (protocol == null || protocol.isEmpty()) {\n    @ctx = SSLContext.getInstance("TLSv1");\n}')).toBe(false);
    expect(at('python', 'if self.ssl_version == None:\n    @self.ssl_version = ssl.PROTOCOL_TLSv1')).toBe(false);
    expect(at('csharp', 'if (string.IsNullOrEmpty(tlsVersion) && mode != 2)\n    @protocols = SslProtocols.Tls;')).toBe(false);
    expect(at('js', "if (opts.minVersion === undefined && opts.secureProtocol == 'x') @minVersion = 'TLSv1';")).toBe(false);
  });

  test('a value that is set, or a comparison that is not about being unset, still chooses', () => {
    expect(at('c', 'if (cfg->tls_version != NULL && !strcmp(cfg->tls_version, "tlsv1"))\n    @meth = TLSv1_method();')).toBe(true);
    expect(at('java', 'if (!protocol.isEmpty() && protocol.equals("TLSv1")) {\n    @ctx = SSLContext.getInstance("TLSv1");\n}')).toBe(true);
    expect(at('c', 'if (strlen(proto) > 0 && strcmp(proto, "tls1") == 0)\n    @meth = TLSv1_method();')).toBe(true);
  });

  test('a platform version is not a requested protocol; an unguarded statement is not either', () => {
    expect(at('java', 'if (Build.VERSION.SDK_INT == 19) {\n    @socket.setEnabledProtocols(p);\n}')).toBe(false);
    expect(at('java', 'x = 1;\n@socket.setEnabledProtocols(p);')).toBe(false);
  });
});

describe('tables from version names to versions', () => {
  test('an entry keyed by a version name', () => {
    expect(at('go', 'var versions = map[string]uint16{\n\t"tls1.0": @tls.VersionTLS10,\n}')).toBe(true);
    expect(at('c', 'static const struct v versions[] = {\n    { "tls1.1", @TLS1_1_VERSION },\n};')).toBe(true);
    expect(at('php', "$m = [\n  '1.0' => @STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT,\n];")).toBe(true);
  });

  test('an entry keyed by a setting name is a setting; configuration files are not code', () => {
    expect(at('python', "opts = {\n    'ssl_version': @ssl.PROTOCOL_TLSv1,\n}")).toBe(false);
    expect(at('yaml', 'switch:\n  case x:\n    @ssl_protocols: TLSv1')).toBe(false);
  });
});

describe('tests for an unset protocol option', () => {
  test.each([
    'listener->tls_version == NULL',
    '!mosq->tls_version',
    'NULL == opts.protocol',
    'proto is None',
    'not ssl_version',
    'version.isEmpty()',
    'strlen(cfg->tls_version) == 0',
    "cfg->tls_version[0] == '\\0'",
    '!*tls_method',
    'String.IsNullOrEmpty(SslProtocol)',
    'tls_version == NULL || !strcmp(tls_version, "tlsv1")',
  ])('%s', (condition) => expect(testsUnset(condition)).toBe(true));

  test.each([
    'tls_version != NULL',
    '!strcmp(tls_version, "tlsv1")',
    'proto is not None',
    '!version.isEmpty()',
    'strlen(proto) > 0',
    'ctx == NULL',
    '!s->ssl',
    '!(protocols & NGX_SSL_TLSv1)',
    'Build.VERSION.SDK_INT == 0',
  ])('not: %s', (condition) => expect(testsUnset(condition)).toBe(false));
});
