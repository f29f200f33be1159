import * as fs from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { runCli } from '../src/cli.js';
import { contextOf, FILE_CONTEXTS, testRegions, type FileContext, type RepositoryFacts } from '../src/scan/context.js';
import { parseGitAttributes } from '../src/scan/gitattributes.js';
import { findTlsStacks } from '../src/scan/tls-stacks.js';
import { DEFAULT_TREATMENT, judgeByContext } from '../src/scan/context-severity.js';
import type { Finding } from '../src/scan/finding.js';
import { repositoryFacts } from '../src/scan/share.js';
import { loadSettings } from '../src/settings.js';
import { makeRepo } from './helpers/fixture.js';
import { cpuMs } from './helpers/cpu-time.js';

const TABLE: readonly (readonly [string, FileContext])[] = [
  // Tests and fixtures, by directory, in every ecosystem.
  ['tests/test_ssl.py', 'test'],
  ['test/unit/tls.c', 'test'],
  ['src/__tests__/client.ts', 'test'],
  ['spec/models/mailer_spec.rb', 'test'],
  ['pkg/config/testdata/tls.yaml', 'test'],
  ['config/fixtures/nginx.conf', 'test'],
  ['src/test/java/com/acme/TlsTest.java', 'test'],
  ['src/test/resources/application.properties', 'test'],
  ['src/androidTest/java/com/acme/Net.kt', 'test'],
  ['src/integrationTest/kotlin/Client.kt', 'test'],
  ['src/Acme.Tests/SslTests.cs', 'test'],
  ['src/Acme.UnitTests/Helpers.cs', 'test'],
  ['Acme.IntegrationTests/appsettings.json', 'test'],
  ['crates/net/tests/handshake.rs', 'test'],
  ['benches/tls.rs', 'test'],
  ['t/ssl.t', 'test'],
  ['t/lib/helper.pm', 'test'],
  ['integration-tests/run.sh', 'test'],
  ['test-data/openssl.cnf', 'test'],
  ['tests/letstest/testdata/nginx.conf', 'test'],
  ['certbot-nginx/certbot_nginx/_internal/tests/testdata/etc_nginx/sites-enabled/default', 'test'],
  ['e2e/deploy.yaml', 'test'],
  ['leakcheck/thread-crash.py', 'test'],
  ['fuzz/fuzz_client.c', 'test'],
  // Tests and fixtures, by file name.
  ['internal/probe/probe_test.go', 'test'],
  ['src/client_test.py', 'test'],
  ['src/test_client.py', 'test'],
  ['conftest.py', 'test'],
  ['shop/orders/tests.py', 'test'],
  ['internal/testutil/tls.go', 'test'],
  ['lib/client.test.ts', 'test'],
  ['lib/client.spec.js', 'test'],
  ['app/src/main/java/com/acme/SslSocketTest.java', 'test'],
  ['Acme/TlsTests.cs', 'test'],
  ['lib/mailer_spec.rb', 'test'],
  ['scripts/tls.bats', 'test'],
  ['src/ssl_unittest.cc', 'test'],
  ['src/FooIT.java', 'test'],
  // Tricky negatives: a test-looking word is not a test segment.
  ['src/testing_utils.go', 'first-party'],
  ['src/contest.py', 'first-party'],
  ['src/latest_tests_report.go', 'first-party'],
  ['attestation/policy.yaml', 'first-party'],
  ['contest/server.conf', 'first-party'],
  ['docs-latest/../latest/nginx.conf', 'first-party'],
  ['latest/nginx.conf', 'first-party'],
  ['manifests/ingress.yaml', 'first-party'],
  ['protest/app.py', 'first-party'],
  ['src/main/java/okhttp3/ConnectionSpec.kt', 'first-party'],
  ['src/Spec.kt', 'first-party'],
  ['src/Manifest.java', 'first-party'],
  ['src/latest.rs', 'first-party'],
  ['deploy/nginx/site.conf', 'first-party'],
  ['iRedMail/samples/postfix/main.cf', 'first-party'],
  ['sample/sample-config-files/server.conf', 'first-party'],
  // Examples and documentation.
  ['examples/sni/server.py', 'example'],
  ['example/nginx.conf', 'example'],
  ['demo/app.js', 'example'],
  ['deploy/config-examples/nginx.conf', 'example'],
  ['example-app/src/server.js', 'example'],
  ['tutorials/tls/server.go', 'example'],
  ['counterexamples/app.conf', 'first-party'],
  // Example files by name: a copy-me suffix, or `example`/`sample` as the last or first word.
  ['apps/emqx_gateway/etc/emqx_gateway.conf.example', 'example'],
  ['.env.example', 'example'],
  ['config/config.inc.php.dist', 'example'],
  ['etc/postfix/main.cf.sample', 'example'],
  ['deploy/config.example.yml', 'example'],
  ['conf/nginx-example.conf', 'example'],
  ['app/settings_sample.py', 'example'],
  ['example.conf', 'example'],
  ['scripts/example-server.py', 'example'],
  // Tricky negatives: the word inside another word, `sample` as a first word, a `dist/` directory.
  ['src/sample_rate.go', 'first-party'],
  ['lib/sampler.py', 'first-party'],
  ['src/counterexample.py', 'first-party'],
  ['etc/examplesite.conf', 'first-party'],
  ['dist/config.yml', 'first-party'],
  ['nginx/default.conf', 'first-party'],
  ['docs/conf.py', 'documentation'],
  ['doc/examples/nginx.conf', 'documentation'],
  ['README.md', 'documentation'],
  // Vendored and generated.
  ['vendor/github.com/acme/tls/config.go', 'vendored'],
  ['vendor/acme/tests/tls_test.go', 'vendored'],
  ['third_party/openssl/ssl/methods.c', 'vendored'],
  ['thirdparty/TlsTest/TlsTest.csproj', 'vendored'],
  ['data/web/inc/lib/vendor/phpmailer/phpmailer/class.smtp.php', 'vendored'],
  ['web/node_modules/tls-lib/index.js', 'vendored'],
  ['static/bower_components/x/y.js', 'vendored'],
  ['static/js/jquery.min.js', 'vendored'],
];

describe('contextOf: one model for every ecosystem', () => {
  test.each(TABLE)('%s → %s', (file, context) => {
    expect(contextOf(file).context).toBe(context);
  });

  test('the report schema names every context', () => {
    const schema = JSON.parse(fs.readFileSync('schema/report.schema.json', 'utf8'));
    expect(schema.definitions.finding.properties.context.enum).toEqual(FILE_CONTEXTS);
  });

  test('says why', () => {
    expect(contextOf('pkg/tests/x.go').why).toBe('path segment tests/');
    expect(contextOf('pkg/x_test.go').why).toBe('test file name x_test.go');
    expect(contextOf('vendor/x.go').why).toBe('path segment vendor/');
  });
});

describe('contextOf: content signals', () => {
  test.each([
    ['src/check_tls.py', 'import pytest\n\ndef test_x():\n    pass\n', 'test'],
    ['src/check_tls.py', '"""doc"""\nfrom unittest import mock\n', 'test'],
    ['src/check_tls.py', 'import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)\n', 'first-party'],
    ['src/check_tls.py', '# import pytest later\nimport ssl\n', 'first-party'],
    ['src/main/java/Check.java', 'package x;\nimport org.junit.jupiter.api.Test;\n', 'test'],
    ['src/main/java/Check.java', 'package x;\nimport static org.junit.Assert.assertEquals;\n', 'test'],
    ['src/Check.cs', 'using System;\nusing Xunit;\n', 'test'],
    ['src/Check.cs', 'using System.Net;\n', 'first-party'],
    ['src/check.ts', "import { describe, it } from 'vitest';\n", 'test'],
    ['lib/check.rb', "require 'rspec'\n", 'test'],
  ] as const)('%s with %j → %s', (file, text, context) => {
    expect(contextOf(file, text).context).toBe(context);
  });

  test('a file that defines TLS versions by wire number is a TLS implementation', () => {
    expect(contextOf('include/tls1.h', '#define TLS1_VERSION                    0x0301\n').context).toBe('tls-implementation');
    expect(contextOf('common.go', 'const (\n\tVersionTLS10 = 0x0301\n\tVersionTLS11 = 0x0302\n)\n').context).toBe('tls-implementation');
    expect(contextOf('src/main/java/sun/security/ssl/ProtocolVersion.java', 'package sun.security.ssl;\n').context).toBe(
      'tls-implementation',
    );
    expect(
      contextOf('handler/src/main/java/io/netty/handler/ssl/SslContext.java', '/* x */\npackage io.netty.handler.ssl;\n').context,
    ).toBe('tls-implementation');
    // A client library that configures a stack is not one: its defaults are what its users get.
    expect(contextOf('okhttp/src/main/java/okhttp3/ConnectionSpec.kt', 'package okhttp3\n\nclass ConnectionSpec\n').context).toBe(
      'first-party',
    );
    expect(contextOf('app/src/main/java/com/acme/Http.kt', 'package com.acme\nimport okhttp3.ConnectionSpec\n').context).toBe(
      'first-party',
    );
    expect(contextOf('versions.py', "VERSIONS = {\n    'TLSv1': 0x0301,\n}\n").context).toBe('tls-implementation');
    // A use of a wire number (a member being set) is not a definition.
    expect(contextOf('client.py', 'conn.ssl_version = 0x0301\n').context).toBe('first-party');
    expect(contextOf('client.go', 'cfg := &tls.Config{MinVersion: 0x0301}\n').context).toBe('first-party');
  });

  test('a hostile file with many wire numbers is judged in bounded time', () => {
    const text = `${'x = 0x0301 '.repeat(200_000)}\n`;
    const { value, ms } = cpuMs(() => contextOf('big.c', text));
    expect(value.context).toBe('first-party');
    expect(ms).toBeLessThan(1000);
  });
});

describe('testRegions: Rust #[cfg(test)] modules', () => {
  test('covers the module and nothing after it', () => {
    const code = [
      'fn serve() { builder.min_protocol_version(Some(Protocol::Tlsv10)); }',
      '#[cfg(test)]',
      'mod tests {',
      '    fn t() { if x { y(); } }',
      '}',
      'fn after() {}',
    ].join('\n');
    const [[a, b]] = testRegions('src/lib.rs', code);
    expect(code.slice(a, b)).toMatch(/^#\[cfg\(test\)\]\nmod tests \{[\s\S]*\}$/);
    expect(code.slice(b)).toBe('\nfn after() {}');
    expect(testRegions('src/lib.go', code)).toEqual([]);
  });
});

describe('.gitattributes', () => {
  test('reads linguist attributes: set, =true/false, - un-marks, ! unspecifies', () => {
    expect(
      parseGitAttributes(
        [
          '# comment',
          '*.js text eol=lf',
          'lib/** linguist-vendored',
          'lib/ours/** -linguist-vendored',
          'gen/*.go linguist-generated=true',
          'docs/** linguist-documentation',
          'keep/** linguist-vendored=false',
          'reset/** !linguist-vendored',
          '[attr]binary -diff -merge -text',
          '"quoted name" linguist-vendored',
        ].join('\n'),
      ),
    ).toEqual([
      { pattern: 'lib/**', vendored: true },
      { pattern: 'lib/ours/**', vendored: false },
      { pattern: 'gen/*.go', generated: true },
      { pattern: 'docs/**', documentation: true },
      { pattern: 'keep/**', vendored: false },
      { pattern: 'reset/**', vendored: undefined },
    ]);
  });

  const facts = (text: string): RepositoryFacts => ({ attributes: parseGitAttributes(text), tlsStacks: [] });

  test('marks and un-marks files, later lines winning', () => {
    const f = facts('lib/** linguist-vendored\nlib/ours/** -linguist-vendored\n*.pb.go linguist-generated\nvendor/** -linguist-vendored\n');
    expect(contextOf('lib/x/tls.js', undefined, f)).toEqual({ context: 'vendored', why: '.gitattributes linguist-vendored' });
    expect(contextOf('lib/ours/tls.js', undefined, f).context).toBe('first-party');
    expect(contextOf('api/x/service.pb.go', undefined, f).why).toBe('.gitattributes linguist-generated');
    // `-linguist-vendored` un-marks a path that the conventions would call vendored.
    expect(contextOf('vendor/acme/tls.go', undefined, f).context).toBe('first-party');
    expect(contextOf('src/tls.go', undefined, f).context).toBe('first-party');
  });

  test('patterns: a name matches at any depth, a path is anchored, a trailing / means below', () => {
    const f = facts(
      'generated.go linguist-generated\n/root-only/** linguist-vendored\nthird/ linguist-vendored\nbundles linguist-vendored\n',
    );
    expect(contextOf('a/b/generated.go', undefined, f).context).toBe('vendored');
    expect(contextOf('root-only/x.c', undefined, f).context).toBe('vendored');
    expect(contextOf('src/root-only/x.c', undefined, f).context).toBe('first-party');
    expect(contextOf('third/x/y.c', undefined, f).context).toBe('vendored');
    expect(contextOf('lib/third/y.c', undefined, f).context).toBe('vendored');
    expect(contextOf('web/bundles/app.js', undefined, f).context).toBe('vendored');
  });

  test('hostile input: huge, odd patterns, no crash and bounded', () => {
    const odd = [
      '[',
      '***/**/[a-',
      '\\',
      '{a,b',
      '!neg linguist-vendored',
      `${'a'.repeat(5000)} linguist-vendored`,
      '** linguist-generated=maybe',
    ];
    const huge = `${odd.join('\n')}\n${'x/** linguist-vendored\n'.repeat(100_000)}`;
    const { ms } = cpuMs(() => {
      const parsed = parseGitAttributes(huge);
      expect(parsed.length).toBeLessThanOrEqual(500);
      const f: RepositoryFacts = { attributes: parsed, tlsStacks: [] };
      expect(contextOf('src/a.c', undefined, f).context).toBe('first-party');
      expect(contextOf('x/a.c', undefined, f).context).toBe('vendored');
    });
    expect(ms).toBeLessThan(3000);
  });

  test('repositoryFacts reads the root .gitattributes once, and ignores a link', () => {
    const root = makeRepo({ '.gitattributes': 'ext/** linguist-vendored\n', 'ext/a.c': '' }, { git: false });
    expect(repositoryFacts(root, ['ext/a.c']).attributes).toEqual([{ pattern: 'ext/**', vendored: true }]);
    const linked = makeRepo({ real: 'ext/** linguist-vendored\n' }, { git: false });
    fs.symlinkSync(path.join(linked, 'real'), path.join(linked, '.gitattributes'));
    expect(repositoryFacts(linked, []).attributes).toEqual([]);
  });
});

describe('TLS stacks', () => {
  test('are found by their marker files, at any prefix', () => {
    const files = ['deps/openssl/ssl/ssl_lib.c', 'deps/openssl/include/openssl/ssl.h', 'deps/openssl/ssl/methods.c', 'src/app.c'];
    const stacks = findTlsStacks(files);
    expect(stacks.map((s) => s.dir)).toEqual(['deps/openssl/ssl/', 'deps/openssl/include/openssl/', 'deps/openssl/apps/']);
    const facts: RepositoryFacts = { attributes: [], tlsStacks: stacks };
    expect(contextOf('deps/openssl/ssl/methods.c', undefined, facts)).toEqual({
      context: 'tls-implementation',
      why: 'OpenSSL sources (deps/openssl/ssl/)',
    });
    expect(contextOf('deps/openssl/test/sslapitest.c', undefined, facts).context).toBe('test');
    expect(contextOf('src/app.c', undefined, facts).context).toBe('first-party');
  });

  test('one marker alone is not a stack', () => {
    expect(findTlsStacks(['ssl/ssl_lib.c', 'src/main.c'])).toEqual([]);
    expect(findTlsStacks(['library/ssl_tls.c'])).toEqual([]);
  });
});

function finding(context: FileContext | undefined, severity: Finding['severity'] = 'error'): Finding {
  return {
    ruleId: 'nginx/ssl-protocols',
    title: 't',
    file: 'x',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    versions: ['TLSv1.0'],
    enabled: ['TLSv1.0'],
    severity,
    message: 'm',
    snippet: 's',
    ...(context ? { context } : {}),
  };
}

describe('judgeByContext', () => {
  test('caps by the setting, drops off, leaves first-party alone', () => {
    const t = { ...DEFAULT_TREATMENT, test: 'warning' as const, vendored: 'off' as const };
    const out = judgeByContext(
      [finding('first-party'), finding('test'), finding('test', 'note'), finding('vendored'), finding('example'), finding(undefined)],
      t,
    );
    expect(out.map((f) => `${f.context ?? '-'}:${f.severity}`)).toEqual([
      'first-party:error',
      'test:warning',
      'test:note',
      'example:note',
      '-:error',
    ]);
  });
});

describe('the pipeline judges contexts by settings', () => {
  const files = {
    'deploy/nginx.conf': 'ssl_protocols TLSv1 TLSv1.2;\n',
    'tests/nginx.conf': 'ssl_protocols TLSv1 TLSv1.2;\n',
    'pkg/server_test.go': 'package pkg\n\nimport "crypto/tls"\n\nvar c = &tls.Config{MinVersion: tls.VersionTLS10}\n',
    'vendor/acme/nginx.conf': 'ssl_protocols TLSv1 TLSv1.2;\n',
    'src/lib.rs':
      'fn serve() {\n    builder.min_protocol_version(Some(Protocol::Tlsv10));\n}\n#[cfg(test)]\nmod tests {\n    fn t() { builder.min_protocol_version(Some(Protocol::Tlsv11)); }\n}\n',
  };
  const repo = makeRepo(files, { git: false });

  async function scanJson(...args: string[]) {
    let stdout = '';
    const code = await runCli(['scan', '--format', 'json', ...args, repo], {
      stdout: (t) => (stdout += t),
      stderr: () => {},
      cwd: repo,
      isTTY: false,
    });
    return { code, report: JSON.parse(stdout) as { findings: Finding[]; verdict: string } };
  }
  const by = (findings: Finding[]) => Object.fromEntries(findings.map((f) => [`${f.file}:${f.line}`, `${f.context}:${f.severity}`]));

  test('by default tests and vendored code are notes, in every language; JSON carries context and matches the schema', async () => {
    const { code, report } = await scanJson();
    expect(by(report.findings)).toEqual({
      'deploy/nginx.conf:1': 'first-party:error',
      'tests/nginx.conf:1': 'test:note',
      'pkg/server_test.go:5': 'test:note',
      'vendor/acme/nginx.conf:1': 'vendored:note',
      'src/lib.rs:2': 'first-party:error',
      'src/lib.rs:6': 'test:note',
    });
    expect(code).toBe(1);
    const schema = JSON.parse(fs.readFileSync('schema/report.schema.json', 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  test('tests: error judges tests like first-party code; off drops them', async () => {
    const strict = by((await scanJson('--tests', 'error')).report.findings);
    expect(strict['tests/nginx.conf:1']).toBe('test:error');
    expect(strict['pkg/server_test.go:5']).toBe('test:error');
    expect(strict['src/lib.rs:6']).toBe('test:error');
    expect(strict['vendor/acme/nginx.conf:1']).toBe('vendored:note');
    const off = by((await scanJson('--tests', 'off', '--vendored', 'warning')).report.findings);
    expect(Object.keys(off).sort()).toEqual(['deploy/nginx.conf:1', 'src/lib.rs:2', 'vendor/acme/nginx.conf:1']);
    expect(off['vendor/acme/nginx.conf:1']).toBe('vendored:warning');
  });

  test('the config file sets contexts, and a bad value names the key', async () => {
    const withConfig = makeRepo({ ...files, '.github/tls-floor.yml': 'tests: error\nvendored: off\n' }, { git: false });
    let stdout = '';
    let stderr = '';
    const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), cwd: withConfig, isTTY: false };
    await runCli(['scan', '--format', 'json', withConfig], io);
    const got = by((JSON.parse(stdout) as { findings: Finding[] }).findings);
    expect(got['tests/nginx.conf:1']).toBe('test:error');
    expect(got['vendor/acme/nginx.conf:1']).toBeUndefined();
    fs.writeFileSync(path.join(withConfig, '.github/tls-floor.yml'), 'examples: loud\n');
    expect(await runCli(['scan', withConfig], io)).toBe(2);
    expect(stderr).toMatch(/tls-floor\.yml:1: examples: "loud" is not a context setting; expected error, warning, note or off/);
  });

  test('text and SARIF show the context', async () => {
    let text = '';
    await runCli(['scan', repo], { stdout: (t) => (text += t), stderr: () => {}, cwd: repo, isTTY: false });
    expect(text).toMatch(/tests\/nginx\.conf:1:\d+ {2}note {2}nginx\/ssl-protocols \(test\) {2}/);
    expect(text).toMatch(/deploy\/nginx\.conf:1:\d+ {2}error {2}nginx\/ssl-protocols {2}/);
    let sarif = '';
    await runCli(['scan', '--format', 'sarif', repo], { stdout: (t) => (sarif += t), stderr: () => {}, cwd: repo, isTTY: false });
    const results = (JSON.parse(sarif) as { runs: { results: { properties: { context?: string } }[] }[] }).runs[0].results;
    expect(results.map((r) => r.properties.context).sort()).toContain('vendored');
  });
});

describe('settings for contexts', () => {
  test('defaults to note; the config file sets them; an input wins over the config file', () => {
    const root = makeRepo({ '.github/tls-floor.yml': 'tests: error\nvendored: "off"\ntls-implementation: warning\n' }, { git: false });
    const known = new Set<string>();
    expect(loadSettings(makeRepo({}, { git: false }), {}, known).contexts).toEqual(DEFAULT_TREATMENT);
    expect(loadSettings(root, {}, known).contexts).toEqual({
      test: 'error',
      example: 'note',
      documentation: 'note',
      vendored: 'off',
      'tls-implementation': 'warning',
    });
    expect(loadSettings(root, { tests: 'off', examples: 'WARNING' }, known).contexts).toMatchObject({ test: 'off', example: 'warning' });
    expect(() => loadSettings(root, { vendored: 'maybe' }, known)).toThrow(
      'vendored: "maybe" is not a context setting; expected error, warning, note or off',
    );
  });
});
