import { describe, expect, test } from 'vitest';
import { applyFixes, checkFile, RuleIndex } from '../src/scan/engine.js';
import { keywordUnion, literalTrie } from '../src/scan/keywords.js';
import type { Edit, Rule } from '../src/scan/rule.js';
import { RULES } from '../src/scan/rules/index.js';
import { SourceFile } from '../src/scan/source.js';
import { setOf } from '../src/versions.js';

test('the keyword union drops literals implied by shorter ones and keeps patterns', () => {
  const re = keywordUnion(['ssl_protocols|proxy_ssl_protocols', 'SSLProtocol|TLS 1\\.0', 'Option\\s*\\(9']);
  expect(re.source).toBe('(?:tls 1\\.0|ssl(?:protocol|_protocols))|Option\\s*\\(9');
  expect(re.flags).toBe('i');
  for (const text of ['proxy_ssl_protocols', 'SSLProtocol', 'tls 1.0', 'option  (9']) expect(re.test(text), text).toBe(true);
  for (const text of ['ssl_protocol', 'tls 1x0', 'sslprotoco']) expect(re.test(text), text).toBe(false);
});

test('the literal trie matches exactly its words', () => {
  const sets = [
    ['tls_1_0', 'tlsversion', 'godebug', 'go:debug', 'a', 'ab', 'abc', 'x.y', 'x(y)', 'x|y', 'b\\c'],
    [...new Set(RULES.flatMap((r) => r.meta.keywords.source.split('|')).map((w) => w.toLowerCase()))].filter((w) => /^[\w -]+$/.test(w)),
  ];
  for (const words of sets) {
    const whole = new RegExp(`^(?:${literalTrie(words)})$`, 'i');
    const candidates = new Set(words.flatMap((w) => Array.from({ length: w.length + 1 }, (_, i) => w.slice(0, i))));
    for (const c of [...candidates, 'zz', 'tlsversionx']) expect(whole.test(c), c).toBe(words.includes(c));
    for (const w of words) expect(whole.test(w.toUpperCase()), w).toBe(true);
  }
});

test('the keyword union matches every file that any rule keyword matches', () => {
  const union = keywordUnion(RULES.map((r) => r.meta.keywords.source));
  for (const rule of RULES) {
    for (const example of rule.examples.invalid) {
      if (new RegExp(rule.meta.keywords.source, 'i').test(example.code)) expect(union.test(example.code), rule.meta.id).toBe(true);
    }
  }
});

/** A rule that reports fixed offsets, so that positions are the engine's work alone. */
function ruleAt(matches: readonly { start: number; end: number; fix?: Edit }[]): Rule {
  return {
    meta: {
      id: 'test/fixed-offsets',
      title: 'fixed offsets',
      description: 'test',
      ecosystem: 'Web servers & proxies',
      catalogue: ['A1'],
      docs: ['https://example.invalid/'],
      files: { kinds: ['conf'] },
      keywords: /marker/,
      fixable: false,
      safe: 'x',
    },
    *check() {
      for (const m of matches) yield { ...m, versions: setOf('TLSv1.0', 'TLSv1.2'), what: 'marker', instead: 'TLSv1.2' };
    },
    examples: { valid: [], invalid: [] },
  };
}

function findingsAt(text: string, matches: Parameters<typeof ruleAt>[0]) {
  const rule = ruleAt(matches);
  const file = new SourceFile('site.conf', text);
  return checkFile(file, new RuleIndex([rule]).select(file), { minVersion: 'TLSv1.2', failOn: 'error' });
}

test('a fallback rule gives way to a named rule on the same line, and only there', () => {
  const text = 'marker one\nmarker two';
  const named: Rule = { ...ruleAt([{ start: 0, end: 6 }]), meta: { ...ruleAt([]).meta, id: 'test/named' } };
  const fallbackBase = ruleAt([
    { start: 7, end: 10 },
    { start: 11, end: 17 },
  ]);
  const fallback: Rule = { ...fallbackBase, meta: { ...fallbackBase.meta, id: 'test/fallback', fallback: true } };
  const file = new SourceFile('site.conf', text);
  const found = checkFile(file, new RuleIndex([fallback, named]).select(file), { minVersion: 'TLSv1.2', failOn: 'error' });
  expect(found.map((f) => `${f.ruleId} ${f.line}:${f.column}`)).toEqual(['test/named 1:1', 'test/fallback 2:1']);
});

test('a fallback finding where a value was written gives way to a named rule that reported where it is used', () => {
  const text = 'marker one\nmarker two\nmarker use';
  const named: Rule = { ...ruleAt([{ start: 22, end: 28 }]), meta: { ...ruleAt([]).meta, id: 'test/named' } };
  const base = ruleAt([]);
  const fallback: Rule = {
    ...base,
    meta: { ...base.meta, id: 'test/fallback', fallback: true },
    *check() {
      // Written on line 1 and used on line 3 (named there): dropped. Written on line 2, used on line 2: kept.
      yield { start: 0, end: 6, usedAt: 22, versions: setOf('TLSv1.0'), what: 'marker', instead: 'TLSv1.2' };
      yield { start: 11, end: 17, usedAt: 11, versions: setOf('TLSv1.0'), what: 'marker', instead: 'TLSv1.2' };
    },
  };
  const file = new SourceFile('site.conf', text);
  const found = checkFile(file, new RuleIndex([fallback, named]).select(file), { minVersion: 'TLSv1.2', failOn: 'error' });
  expect(found.map((f) => `${f.ruleId} ${f.line}:${f.column}`)).toEqual(['test/named 3:1', 'test/fallback 2:1']);
});

describe('finding positions are 1-based lines and UTF-16 columns of the match', () => {
  const text = 'marker\n  é marker TLSv1\r\n\r\n\tmarker\nlast';
  const at = (needle: string, from = 0) => text.indexOf(needle, from);

  test('start and end of a match on the first line, a later line, after CRLF and a tab', () => {
    const second = at('marker', 1);
    const third = at('marker', second + 1);
    const found = findingsAt(text, [
      { start: 0, end: 6 },
      { start: second, end: at('TLSv1') + 5 },
      { start: third, end: third + 6 },
    ]);
    expect(found.map((f) => [f.line, f.column, f.endLine, f.endColumn])).toEqual([
      [1, 1, 1, 7],
      [2, 5, 2, 17],
      [4, 2, 4, 8],
    ]);
    expect(found.map((f) => f.snippet)).toEqual(['marker', 'é marker TLSv1', 'marker']);
    expect(found.map((f) => f.versions)).toEqual([['TLSv1.0'], ['TLSv1.0'], ['TLSv1.0']]);
  });

  test('a match that spans lines ends on the later line; a fix has its own range', () => {
    const start = at('marker', 1);
    const tls = at('TLSv1');
    const [f] = findingsAt(text, [{ start, end: at('last'), fix: { start: tls, end: tls + 5, text: 'TLSv1.2' } }]);
    expect([f.line, f.column, f.endLine, f.endColumn]).toEqual([2, 5, 5, 1]);
    expect(f.fix).toEqual({ line: 2, column: 12, endLine: 2, endColumn: 17, replacement: 'TLSv1.2' });
    expect(applyFixes(new SourceFile('site.conf', text), [f])).toBe(text.replace('TLSv1', 'TLSv1.2'));
  });

  test('the last character of the file and an empty match at the very end', () => {
    const found = findingsAt(text, [{ start: text.length - 1, end: text.length }]);
    expect(found.map((f) => [f.line, f.column, f.endLine, f.endColumn])).toEqual([[5, 4, 5, 5]]);
  });
});

describe('a multi-line match is reported on the line of its legacy token', () => {
  const whole = (text: string) => findingsAt(text, [{ start: 0, end: text.length }]);

  test('the first token that enables a legacy version, past one that switches it off and a comment', () => {
    const text = 'marker {\n  # TLSv1 was here\n  SSL_OP_NO_TLSv1 !TLSv1\n  TLSv1.2\n  TLSv1\n}';
    const [f] = whole(text);
    expect([f.line, f.column, f.endLine, f.endColumn]).toEqual([5, 3, 6, 2]);
    expect(f.snippet).toBe('TLSv1');
  });

  test('a dash inside a name is not a dash that switches a version off', () => {
    expect(whole('marker =\n  "ELBSecurityPolicy-TLS-1-0-2015-04"').map((f) => [f.line, f.column])).toEqual([[2, 22]]);
  });

  test('a token on the first line keeps the start (the key), and no token keeps it too', () => {
    expect(whole('marker TLSv1.2 TLSv1\n  more;').map((f) => [f.line, f.column])).toEqual([[1, 1]]);
    expect(whole('marker {\n  all\n}').map((f) => [f.line, f.column])).toEqual([[1, 1]]);
  });

  test('a suppression above the statement still applies to a finding moved to its value', () => {
    const text = '# tls-floor-ignore -- legacy clients\nmarker {\n  TLSv1\n}';
    const [f] = findingsAt(text, [{ start: text.indexOf('marker'), end: text.length }]);
    expect([f.line, f.suppressed]).toEqual([3, { reason: 'legacy clients' }]);
  });
});
