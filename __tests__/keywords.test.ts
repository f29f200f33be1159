import { expect, test } from 'vitest';
import { KeywordIndex } from '../src/scan/keywords.js';
import { RULES } from '../src/scan/rules/index.js';
import { seededRandom } from './helpers/random.js';

/** What a rule's own expression says, the answer `owners` must give. */
const expected = (sources: readonly string[], text: string): string[] => sources.filter((s) => new RegExp(s, 'i').test(text));

const owners = (sources: readonly string[], text: string): string[] => {
  const found = new KeywordIndex(sources.map((source) => ({ owner: source, source }))).owners(text);
  return sources.filter((s) => found.has(s));
};

test('owners are the rules whose own expression matches, on every rule example', () => {
  const sources = RULES.map((r) => r.meta.keywords.source);
  const index = new KeywordIndex(RULES.map((r) => ({ owner: r.meta.keywords.source, source: r.meta.keywords.source })));
  for (const rule of RULES) {
    for (const { code } of [...rule.examples.valid, ...rule.examples.invalid]) {
      const found = index.owners(code);
      expect(
        sources.filter((s) => found.has(s)),
        `${rule.meta.id}: ${code.slice(0, 80)}`,
      ).toEqual(expected(sources, code));
    }
  }
});

test('owners are found where words overlap, repeat, change case or touch the ends of the text', () => {
  const sources = [
    'ssl_protocols|proxy_ssl_protocols',
    'SSLProtocol|TLS 1\\.0',
    'tls|tlstls',
    'protocols',
    'tls_min',
    'Option\\s*\\(9',
    'x\\.y|min-version=',
  ];
  const texts = [
    'proxy_ssl_protocols',
    'PROXY_SSL_PROTOCOLS',
    'tlstls',
    'ttlstl',
    'sslprotocol',
    'sslprotocols',
    'ssl_protocol',
    'xssl_protocolsx',
    'TLS 1.0',
    'TLS 1x0',
    'option (9',
    'x.y',
    'xzy',
    'min-version=1',
    'ſsl_protocols', // long s: upper case is S, but an `i` expression without `u` keeps it apart
    'ssl_\u212Ain', // Kelvin sign
    'tls_mi',
    'ls_min',
    '',
  ];
  for (const text of texts) expect(owners(sources, text), text).toEqual(expected(sources, text));
});

test('owners agree with the expressions on random texts built from the rules’ own words', () => {
  const sources = RULES.map((r) => r.meta.keywords.source);
  const words = [...new Set(sources.flatMap((s) => s.split('|')).map((w) => w.replace(/\\(.)/g, '$1')))];
  const index = new KeywordIndex(sources.map((source) => ({ owner: source, source })));
  const random = seededRandom(7);
  const next = (n: number) => Math.floor(random() * n);
  for (let i = 0; i < 400; i++) {
    let text = '';
    for (let j = next(4); j >= 0; j--) {
      const w = words[next(words.length)];
      // Cut words and flip case so that near-misses and overlaps are common.
      const cut = next(3) === 0 ? w.slice(next(w.length)) : w;
      text += (next(2) ? cut.toUpperCase() : cut) + ['', ' ', '_', '.'][next(4)];
    }
    const found = index.owners(text);
    expect(
      sources.filter((s) => found.has(s)),
      text,
    ).toEqual(expected(sources, text));
  }
});
