/**
 * The generic setting rule stands behind the named ones: where a named rule judged an example safe
 * (its valid examples), the generic rule must stay silent too, and where a named rule reports a
 * line, the generic rule adds nothing to that line.
 */
import { describe, expect, test } from 'vitest';
import { checkFile, RuleIndex } from '../src/scan/engine.js';
import { SourceFile } from '../src/scan/source.js';
import type { Version } from '../src/versions.js';
import { RULES } from '../src/scan/rules/index.js';
import { GENERIC_ID } from '../src/scan/rules/generic/tls-setting.js';
import { DEFAULT_TREATMENT, judgeByContext } from '../src/scan/context-severity.js';

const index = new RuleIndex(RULES);
const named = RULES.filter((r) => r.meta.id !== GENERIC_ID);

function generic(file: string, code: string, floor?: Version) {
  const source = new SourceFile(file, code);
  const found = checkFile(source, index.select(source), { minVersion: floor ?? 'TLSv1.2', failOn: 'error' });
  // Judged in the file's context: a finding in a test file is a note, and notes fail nothing.
  return judgeByContext(found, DEFAULT_TREATMENT)
    .filter((f) => f.ruleId === GENERIC_ID && f.severity !== 'note')
    .map((f) => `${f.line}:${f.column} ${f.message}`);
}

/** Valid examples of a named rule that are not safe settings, only not that rule's: the generic rule speaks. */
const NOT_SAFE_ONLY_NOT_MINE: Readonly<Record<string, string>> = {
  'aws/rds-parameter-tls valid #6': 'an environment variable TLS_VERSION=TLSv1 is no parameter group, but it is a TLS version setting',
  'dotnet/kestrel-config-ssl-protocols valid #2':
    'a CloudFront-like origin list of TLSv1 and TLSv1.1 in a JSON file: legacy, whoever reads it',
  'gcp/ssl-policy-min-tls-version valid #3': 'a Cloudflare zone minimum of 1.0 is not Google, but legacy',
};

describe('the generic rule is silent where a named rule judged a setting safe', () => {
  const cases = named
    .flatMap((r) => r.examples.valid.map((e, i) => [`${r.meta.id} valid #${i}`, e] as const))
    .filter(([name]) => !(name in NOT_SAFE_ONLY_NOT_MINE));
  test.each(cases)('%s', (_name, example) => {
    expect(generic(example.file, example.code, example.floor)).toEqual([]);
  });
});

describe('the generic rule adds nothing on a line a named rule reports', () => {
  const cases = named.flatMap((r) => r.examples.invalid.map((e, i) => [`${r.meta.id} invalid #${i}`, e] as const));
  test.each(cases)('%s', (_name, example) => {
    const lines = new Set(example.findings.map((f) => Number(f.split(':')[0])));
    expect(generic(example.file, example.code, example.floor).filter((f) => lines.has(Number(f.split(':')[0])))).toEqual([]);
  });
});

test('the message says how a value reaches the setting only when it does not stand at its key', () => {
  expect(generic('app/config.py', "cfg = {}\ncfg['ssl_protocols'] = 'TLSv1 TLSv1.2'\n")).toEqual([
    "2:24 `ssl_protocols'] = 'TLSv1 TLSv1.2'` enables TLSv1.0; use `TLSv1.2` and `TLSv1.3` only (in the setting's own spelling)",
  ]);
  const [getter] = generic('internal/pki/defaults.go', 'package pki\n\nfunc (*pki) TLSMinVersion() string {\n\treturn "TLS11"\n}\n');
  expect(getter).toMatch(/^4:9 .* \(returned by `TLSMinVersion\(\)`\); use /);
});
