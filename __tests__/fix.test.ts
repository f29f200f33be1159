/**
 * Mechanical fixes: every rule example with an expected output is fixed by the same code as
 * `tls-floor fix` and then scans clean for that rule; a fix that does not hold is refused; the
 * command rewrites files in place without breaking their encoding or following links.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../src/cli.js';
import { checkFile, RuleIndex } from '../src/scan/engine.js';
import { fixFile } from '../src/scan/fix.js';
import type { Rule } from '../src/scan/rule.js';
import { RULES } from '../src/scan/rules/index.js';
import { SourceFile } from '../src/scan/source.js';
import { setOf } from '../src/versions.js';
import { makeRepo } from './helpers/fixture.js';

function fixWith(rules: readonly Rule[], file: string, code: string, floor: 'TLSv1.2' | 'TLSv1.3' = 'TLSv1.2') {
  const policy = { minVersion: floor, failOn: 'error' as const };
  const source = new SourceFile(file, code);
  const selection = new RuleIndex(rules).select(source);
  const recheck = (text: string) => checkFile(new SourceFile(file, text), selection, policy);
  return { result: fixFile(source, recheck(code), recheck), recheck };
}

const withOutput = RULES.flatMap((rule) =>
  rule.examples.invalid.filter((e) => e.output !== undefined).map((e, i) => [`${rule.meta.id} #${i}`, rule, e] as const),
);

describe('every example fix, as `tls-floor fix` applies it', () => {
  test('there are examples to fix', () => expect(withOutput.length).toBeGreaterThan(100));
  test.each(withOutput)('%s', (_name, rule, example) => {
    const { result, recheck } = fixWith([rule], example.file, example.code, (example.floor as 'TLSv1.3') ?? 'TLSv1.2');
    expect(result.text).toBe(example.output);
    expect(result.applied.length).toBeGreaterThan(0);
    expect(recheck(result.text).filter((f) => f.ruleId === rule.meta.id && !f.suppressed)).toEqual([]);
  });
});

/** A rule whose fix writes another legacy value: the fix must be refused, not written. */
const brokenFix: Rule = {
  meta: {
    ...RULES.find((r) => r.meta.id === 'nginx/ssl-protocols')!.meta,
    id: 'test/broken-fix',
  },
  *check(file) {
    for (const m of file.text.matchAll(/legacy=(?!ok\b)(\w+)/g)) {
      const start = m.index + 'legacy='.length;
      yield {
        start,
        end: start + m[1].length,
        versions: setOf('TLSv1.0'),
        what: m[0],
        instead: 'legacy=ok',
        fix: { start, end: start + m[1].length, text: m[1] === 'a' ? 'b' : 'ok' },
      };
    }
  },
  examples: { valid: [], invalid: [] },
};

describe('fixFile', () => {
  test('refuses a fix after which the rule still fires, keeps the ones that hold', () => {
    const meta = { ...brokenFix.meta, keywords: /legacy/, files: { names: /./ } };
    const rule = { ...brokenFix, meta };
    const { result } = fixWith([rule], 'x.conf', 'legacy=a\n');
    expect(result.applied).toEqual([]);
    expect(result.text).toBe('legacy=a\n');
    expect(result.left).toHaveLength(1);
    const ok = fixWith([rule], 'x.conf', 'legacy=c\nlegacy=d\n').result;
    expect(ok.text).toBe('legacy=ok\nlegacy=ok\n');
    expect(ok.left).toEqual([]);
  });
});

function cli(cwd: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  return runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTTY: false }).then((code) => ({
    code,
    stdout,
    stderr,
  }));
}

describe('tls-floor fix', () => {
  test('fixes in place, keeps BOM and CRLF, leaves what it cannot fix, and a second run has nothing to do', async () => {
    const repo = makeRepo({
      'nginx/site.conf': 'server {\r\n    ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\r\n}\r\n',
      'bom/nginx.conf': '\uFEFFssl_protocols TLSv1 TLSv1.2;\n',
      'app/Program.cs':
        'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12;\n',
      'apache/ssl.conf': 'SSLProtocol all -SSLv3\n',
    });
    const r = await cli(repo, 'fix');
    expect(r.stderr).toBe('');
    expect(fs.readFileSync(path.join(repo, 'nginx/site.conf'), 'utf8')).toBe('server {\r\n    ssl_protocols TLSv1.2;\r\n}\r\n');
    expect(fs.readFileSync(path.join(repo, 'bom/nginx.conf'), 'utf8')).toBe('\uFEFFssl_protocols TLSv1.2;\n');
    expect(fs.readFileSync(path.join(repo, 'app/Program.cs'), 'utf8')).not.toMatch(/Tls11|Tls \|/);
    expect(r.stdout).toMatch(/^nginx\/site\.conf:2:5 {2}fixed {2}nginx\/ssl-protocols {2}"TLSv1 TLSv1\.1 TLSv1\.2" → "TLSv1\.2"$/m);
    expect(r.stdout).toMatch(/^fixed 4 findings in 4 files; 0 left to change by hand$/m);
    const again = await cli(repo, 'scan');
    expect(fs.readFileSync(path.join(repo, 'apache/ssl.conf'), 'utf8')).toBe('SSLProtocol -all +TLSv1.2 +TLSv1.3\n');
    expect(again.stdout).not.toMatch(/nginx\/site\.conf|bom\/nginx\.conf|Program\.cs/);
    const second = await cli(repo, 'fix');
    expect(second.stdout).toMatch(/fixed 0 findings in 0 files/);
  });

  test('--dry-run prints the changes and writes nothing; exit 1 while findings are left', async () => {
    const repo = makeRepo({ 'nginx.conf': 'ssl_protocols TLSv1 TLSv1.2;\n' });
    const r = await cli(repo, 'fix', '--dry-run');
    expect(r.stdout).toMatch(/nginx\.conf:1:1 {2}would fix {2}nginx\/ssl-protocols/);
    expect(r.stdout).toMatch(/would fix 1 finding in 1 file; 0 left to change by hand/);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(repo, 'nginx.conf'), 'utf8')).toBe('ssl_protocols TLSv1 TLSv1.2;\n');
  });

  test('files that are not valid UTF-8 are left alone and said so', async () => {
    const bytes = Buffer.concat([Buffer.from('# caf\xe9\n', 'latin1'), Buffer.from('ssl_protocols TLSv1 TLSv1.2;\n')]);
    const repo = makeRepo({ 'nginx.conf': bytes });
    const r = await cli(repo, 'fix');
    expect(r.stdout).toMatch(/nginx\.conf {2}skipped: not valid UTF-8/);
    expect(r.code).toBe(1);
    expect(fs.readFileSync(path.join(repo, 'nginx.conf'))).toEqual(bytes);
  });

  test('keeps the file mode', async () => {
    const repo = makeRepo({ 'bin/setup.sh': '#!/bin/sh\ncurl --tlsv1.0 https://example.invalid/\n' });
    fs.chmodSync(path.join(repo, 'bin/setup.sh'), 0o755);
    await cli(repo, 'fix');
    expect(fs.statSync(path.join(repo, 'bin/setup.sh')).mode & 0o777).toBe(0o755);
  });
});
