/**
 * Every rule over hostile input: a 1 MiB single line built from its own keywords (unterminated
 * quotes, endless lists, endless white space), invalid UTF-8 and binary-looking text. Nothing may
 * throw, and nothing may take super-linear time: the bound below is generous for a linear scan of
 * 1 MiB and hopeless for a backtracking regex.
 */
import { describe, expect, test } from 'vitest';
import { checkFile, RuleIndex } from '../src/scan/engine.js';
import { decode, SourceFile } from '../src/scan/source.js';
import { RULES } from '../src/scan/rules/index.js';
import type { Rule } from '../src/scan/rule.js';

const MiB = 1024 * 1024;

function keywordsOf(rule: Rule): string[] {
  return rule.meta.keywords.source
    .replace(/\(\?:|[()^$]/g, '')
    .split('|')
    .map((k) => k.replace(/\\(.)/g, '$1').replace(/\[.*?\]|[?*+]/g, ''))
    .filter((k) => k.length > 0);
}

function fill(unit: string, size = MiB): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function hostileInputs(rule: Rule): Record<string, string> {
  const kw = keywordsOf(rule)[0] ?? 'x';
  const all = keywordsOf(rule).join(' ');
  return {
    'endless list': `${kw} ${fill('TLSv1 ')}`,
    'unterminated bracket': `${kw}=[${fill('TLSv1,')}`,
    'unterminated quotes': fill(`${kw}: "TLSv1 `),
    'endless white space': `${kw}${fill(' ')}`,
    'keywords and operators': fill(`${all} = : , | ( [ { " ' +TLSv1 -SSLv3 !TLSv1.1 `),
    'endless word': `${kw}=${fill('a')}`,
    'nested openers': fill(`${kw}(${kw}[{"`),
  };
}

function run(rule: Rule, path: string, text: string): number {
  const file = new SourceFile(path, text);
  const selection = new RuleIndex([rule]).select(file);
  const started = performance.now();
  checkFile(file, selection, { minVersion: 'TLSv1.2', failOn: 'error' });
  return performance.now() - started;
}

describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
  const path = rule.examples.invalid[0]?.file ?? 'x.conf';
  test('1 MiB hostile single lines: no error, no blow-up', () => {
    for (const [name, text] of Object.entries(hostileInputs(rule))) {
      const ms = run(rule, path, text);
      expect(ms, `${name}: ${Math.round(ms)} ms`).toBeLessThan(4000);
    }
  });
  test('invalid UTF-8 and control bytes', () => {
    const bytes = Buffer.concat(
      rule.examples.invalid.map((e) => Buffer.concat([Buffer.from(e.code), Buffer.from([0xff, 0xc3, 0x28, 0x0d, 0x0a, 0xe2, 0x82])])),
    );
    expect(() => run(rule, path, decode(bytes))).not.toThrow();
  });
});
