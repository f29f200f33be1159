/**
 * Constants defined in one file and used in another (src/scan/cross-file.ts), through the whole
 * scan: `setProtocols(Constants.SSL_PROTO_ALL)` with `SSL_PROTO_ALL = "all"` in Constants.java.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { scan, type WorkerPool } from '../src/scan/scan.js';
import { scanFiles } from '../src/scan/share.js';
import { RULES } from '../src/scan/rules/index.js';
import { definitionsIn, resolvable, substituted, valueVersions } from '../src/scan/cross-file.js';
import { SourceFile } from '../src/scan/source.js';
import { setOf } from '../src/versions.js';
import { makeRepo } from './helpers/fixture.js';

const POLICY = { minVersion: 'TLSv1.2', failOn: 'error' } as const;
const scanOf = (root: string) => scan({ root, paths: ['.'], exclude: [], maxFileSize: 1 << 20, policy: POLICY, rules: RULES });
const found = (r: Awaited<ReturnType<typeof scanOf>>) => r.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);

const CONSTANTS = [
  'package org.acme.net;',
  'public final class Constants {',
  '    public static final String SSL_PROTO_ALL = "all";',
  '    public static final String SSL_PROTO_TLSv1_1 = "TLSv1.1";',
  '    public static final String SSL_PROTO_TLSv1_2 = "TLSv1.2";',
  '}',
  '',
].join('\n');

const HOST_CONFIG = [
  'package org.acme.net;',
  'public class HostConfig {',
  '    public HostConfig() {',
  '        setProtocols(Constants.SSL_PROTO_ALL);',
  '    }',
  '    void modern(SSLEngine engine) {',
  '        engine.setEnabledProtocols(new String[] {Constants.SSL_PROTO_TLSv1_2});',
  '    }',
  '}',
  '',
].join('\n');

const PROPERTY_TEST = [
  'package org.acme.common;',
  'class X509UtilTest {',
  '    void customProtocol() {',
  '        final String protocol = X509Util.TLS_1_1;',
  '        System.setProperty(x509Util.getSslProtocolProperty(), protocol);',
  '    }',
  '}',
  '',
].join('\n');

const X509_UTIL = 'public class X509Util {\n    public static final String TLS_1_1 = "TLSv1.1";\n}\n';

describe('constants defined in another file', () => {
  test('a setting whose value is a constant of another file is reported at the use, saying where the value comes from', async () => {
    const root = makeRepo({ 'src/org/acme/net/Constants.java': CONSTANTS, 'src/org/acme/net/HostConfig.java': HOST_CONFIG });
    const r = await scanOf(root);
    expect(found(r)).toEqual(['src/org/acme/net/HostConfig.java:4:9 java/enabled-protocols']);
    const [f] = r.findings;
    expect(f.message).toContain('the value comes through `Constants.SSL_PROTO_ALL`, defined in `src/org/acme/net/Constants.java` as "all"');
    expect(f.snippet).toBe('setProtocols(Constants.SSL_PROTO_ALL);');
    // The edit would be the view's, not the file's.
    expect(f.fix).toBeUndefined();
  });

  test('a property set through a local name given a constant of another file, with a getter for its key', async () => {
    const root = makeRepo({ 'src/main/X509Util.java': X509_UTIL, 'src/test/org/acme/common/X509UtilTest.java': PROPERTY_TEST });
    const r = await scanOf(root);
    // At the use's first character, though the value put in place sits at its end.
    expect(r.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.context} ${f.versions.join(',')}`)).toEqual([
      'src/test/org/acme/common/X509UtilTest.java:4:33 test TLSv1.1',
    ]);
    expect(r.findings[0].message).toContain('`X509Util.TLS_1_1`, defined in `src/main/X509Util.java`');
    expect(r.findings[0].message).toMatch(/^`getSslProtocolProperty\(\), protocol\);` enables TLSv1\.1/);
  });

  test('in JavaScript, a module constant used through its module: the finding quotes the use', async () => {
    const root = makeRepo({
      'lib/constants.js': "export const TLS_FLOOR = 'TLSv1.1';\n",
      'server.js':
        "const constants = require('./lib/constants');\nconst server = tls.createServer({ minVersion: constants.TLS_FLOOR, key, cert });\n",
    });
    const r = await scanOf(root);
    expect(found(r)).toEqual(['server.js:2:35 node/min-max-version']);
    expect(r.findings[0].message).toMatch(/^`minVersion: constants\.TLS_FLOOR` enables TLSv1\.1 \(the value comes through/);
  });

  test('two definitions that disagree give no value, and the file that defines the name itself keeps its own', async () => {
    const other = 'package org.acme.other;\npublic final class Constants {\n    public static final String SSL_PROTO_ALL = "TLSv1.2";\n}\n';
    const disagree = makeRepo({
      'a/Constants.java': CONSTANTS,
      'b/Constants.java': other.replace('"TLSv1.2"', '"TLSv1.3"').replace('SSL_PROTO_ALL', 'SSL_PROTO_ALL'),
      'a/HostConfig.java': HOST_CONFIG,
    });
    expect(found(await scanOf(disagree))).toEqual([]);
    // Its own constant is not a protocol list (so not a definition that disagrees): still its own.
    const own = HOST_CONFIG.replace(
      'public class HostConfig {',
      'public class HostConfig {\n    static final String SSL_PROTO_ALL = "TLS";',
    );
    const shadowed = makeRepo({ 'a/Constants.java': CONSTANTS, 'a/HostConfig.java': own });
    expect(found(await scanOf(shadowed))).toEqual([]);
  });

  test('a constant with a modern value gives nothing, and one already reported is not reported twice', async () => {
    const modern = makeRepo({ 'a/Constants.java': CONSTANTS.replace('"all"', '"TLSv1.2"'), 'a/HostConfig.java': HOST_CONFIG });
    expect(found(await scanOf(modern))).toEqual([]);
    const literalToo = HOST_CONFIG.replace('setProtocols(Constants.SSL_PROTO_ALL);', 'setProtocols(Constants.SSL_PROTO_ALL + "TLSv1");');
    const twice = makeRepo({ 'a/Constants.java': CONSTANTS, 'a/HostConfig.java': literalToo });
    expect((await scanOf(twice)).findings.filter((f) => f.line === 4)).toHaveLength(1);
  });

  test('definitions and uses read by another thread are followed: what a share returns survives being posted', async () => {
    const root = makeRepo({ 'src/org/acme/net/Constants.java': CONSTANTS, 'src/org/acme/net/HostConfig.java': HOST_CONFIG });
    // A pool whose one "worker" claims every chunk before this thread starts, and answers with a copy made as postMessage makes it.
    const pool: WorkerPool = {
      size: 1,
      threshold: 0,
      warm: () => undefined,
      close: async () => undefined,
      run: async (files, opts, cursor) => structuredClone(scanFiles(files, opts, cursor)),
    };
    const r = await scan({ root, paths: ['.'], exclude: [], maxFileSize: 1 << 20, policy: POLICY, rules: RULES }, pool);
    expect(r.stats.read).toBe(2);
    expect(found(r)).toEqual(['src/org/acme/net/HostConfig.java:4:9 java/enabled-protocols']);
  });

  test('the bundle with worker threads finds the same', () => {
    const cli = path.resolve('dist/cli/index.js');
    if (!fs.existsSync(cli)) throw new Error('run npm run build first');
    const root = makeRepo({ 'src/org/acme/net/Constants.java': CONSTANTS, 'src/org/acme/net/HostConfig.java': HOST_CONFIG });
    const run = spawnSync(process.execPath, [cli, 'scan', '.', '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, TLS_FLOOR_WORKERS: '2' },
    });
    const report = JSON.parse(run.stdout) as { findings: { file: string; line: number; ruleId: string }[] };
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([
      'src/org/acme/net/HostConfig.java:4 java/enabled-protocols',
    ]);
  });
});

describe('reading constants', () => {
  test('definitions in the languages that use constants qualified', () => {
    const defs = (path: string, text: string) => definitionsIn(new SourceFile(path, text)).map((d) => [d.name, d.value]);
    expect(defs('a/C.java', 'class C {\n  private static final String P = "TLSv1";\n  // static final String Q = "TLSv1";\n}\n')).toEqual([
      ['P', 'TLSv1'],
    ]);
    expect(defs('a/c.kt', 'object C {\n    const val proto = "TLSv1.1"\n}\n')).toEqual([['proto', 'TLSv1.1']]);
    expect(defs('a/C.cs', 'class C {\n    public const string Proto = "Tls11";\n    string other = "Tls11";\n}\n')).toEqual([
      ['Proto', 'Tls11'],
    ]);
    expect(defs('a/c.py', 'MIN_TLS = "TLSv1"\nPROTOCOLS = "TLSv1 TLSv1.1"\nmode = "tls1"\nif X == "TLSv1": pass\n')).toEqual([
      ['MIN_TLS', 'TLSv1'],
      ['PROTOCOLS', 'TLSv1 TLSv1.1'],
    ]);
    expect(defs('a/c.rb', 'module C\n  CACHE_ALL = "all"\n  SSL_PROTO_ALL = "all"\nend\n')).toEqual([['SSL_PROTO_ALL', 'all']]);
    expect(defs('a/c.ts', 'export const TLS_MIN: string = "TLSv1.1";\nconst X = "TLSv1" + suffix;\nconst Y = "TLS";\n')).toEqual([
      ['TLS_MIN', 'TLSv1.1'],
    ]);
  });

  test('values: versions, lists and `all`; protocol-neutral names and other strings are not', () => {
    expect(valueVersions('TLSv1.1')).toBe(setOf('TLSv1.1'));
    expect(valueVersions('TLSv1 TLSv1.1')).toBe(setOf('TLSv1.0', 'TLSv1.1'));
    expect(valueVersions('all')).toBeGreaterThan(0);
    for (const v of ['TLS', 'SSLv23', 'TLSv1.1 and more', 'alloy']) expect(valueVersions(v)).toBeUndefined();
  });

  test('a use is replaced by the value, spaces first, to its length; a longer value or a name the file defines is left alone', () => {
    const table = resolvable(
      [
        { file: 'C.java', name: 'A', value: 'TLSv1' },
        { file: 'C.java', name: 'LONG', value: 'TLSv1.1 TLSv1.2 TLSv1.3' },
      ],
      () => true,
    );
    const file = new SourceFile('U.java', 'f(Constants.A); g(C.LONG);\n');
    const sub = substituted(file, table)!;
    expect(sub.view.code).toBe('f(    "TLSv1"); g(C.LONG);\n');
    expect(sub.view.text).toBe(file.text);
    expect(sub.substitutions.map((s) => s.written)).toEqual(['Constants.A']);
    expect(substituted(new SourceFile('U.java', 'static final String A = "x";\nf(Constants.A);\n'), table)).toBeUndefined();
  });
});
