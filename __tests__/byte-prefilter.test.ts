import { describe, expect, it } from 'vitest';
import { BytePrefilter, fingerprints } from '../src/scan/byte-prefilter.js';
import { KeywordIndex } from '../src/scan/keywords.js';
import { RuleIndex } from '../src/scan/engine.js';
import { RULES } from '../src/scan/rules/index.js';
import { classify, logicalName } from '../src/scan/file-kinds.js';
import { seededRandom } from './helpers/random.js';

const bytes = (text: string): Buffer => Buffer.from(text, 'latin1');

/** Texts made of pieces of the keywords, their case variants and near misses, at every alignment. */
function randomText(next: () => number, pieces: readonly string[], length: number): string {
  let text = '';
  while (text.length < length) {
    const piece = pieces[Math.floor(next() * pieces.length)];
    const cut = Math.floor(next() * piece.length);
    const part = next() < 0.5 ? piece : piece.slice(0, cut + 1);
    text += next() < 0.3 ? part.toUpperCase() : part;
  }
  return text;
}

describe('fingerprints: every keyword holds one', () => {
  it('covers each literal with a window of at most 6 characters, shared where it can be', () => {
    const literals = ['tls', 'ssl', 'min_protocol_version', 'minimum_protocol_version', 'godebug', 'go:debug', 'maxversion'];
    const prints = fingerprints(literals)!;
    for (const l of literals)
      expect(
        prints.some((p) => l.includes(p)),
        l,
      ).toBe(true);
    expect(prints.every((p) => p.length <= 6)).toBe(true);
    expect(prints.length).toBeLessThan(literals.length);
  });

  it('gives none for a literal shorter than 3 characters', () => {
    expect(fingerprints(['tls', 'dh'])).toBeUndefined();
  });
});

describe('BytePrefilter: never says no where a keyword occurs', () => {
  const sets = [
    ['tls', 'ssl'],
    ['ssl_protocols', 'sslprotocol', 'tls1.0', 'go:debug', 'minimum-protocol-version', 'disabled_protocols'],
    // More fingerprints than buckets: buckets are shared.
    Array.from({ length: 40 }, (_, i) => `k${String.fromCharCode(97 + (i % 26))}${i}x_key`),
  ];

  it.each(sets.map((s) => [s.length, s]))('agrees with the regular expression on 3,000 texts (%i keywords)', (_, literals) => {
    const index = new KeywordIndex(literals.map((l, i) => ({ owner: i, source: l.replace(/[.]/g, '\\.') })));
    const next = seededRandom(literals.length);
    const pieces = [...literals, 'x', ' ', '\n', '_', 'é', '\u0000', 'protocol', 'debug'];
    let hits = 0;
    let refused = 0;
    for (let i = 0; i < 3000; i++) {
      const text = randomText(next, pieces, Math.floor(next() * 200));
      const matches = index.test(text);
      const may = index.mayOccurIn(bytes(text));
      if (matches) {
        hits++;
        expect(may, JSON.stringify(text)).toBe(true);
      } else if (!may) refused++;
    }
    // Both answers occur: the texts test something, and the filter turns files away.
    expect(hits).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(30);
  });

  it('finds a keyword at every offset from a 16-byte step, up to the last byte', () => {
    const filter = new BytePrefilter(fingerprints(['tls', 'securitypolicyprotocol'])!);
    for (let at = 0; at < 48; at++) {
      for (const word of ['tls', 'TLS', 'SecurityPolicyProtocol']) {
        const text = `${'-'.repeat(at)}${word}`;
        expect(filter.mayOccurIn(bytes(text)), text).toBe(true);
      }
      expect(filter.mayOccurIn(bytes(`${'-'.repeat(at)}tl`))).toBe(false);
      expect(filter.mayOccurIn(bytes(`${'-'.repeat(at)}t-ls`))).toBe(false);
    }
  });

  it('reads files larger than its memory, and nothing of an earlier, longer file', () => {
    const filter = new BytePrefilter(fingerprints(['tls'])!);
    const big = Buffer.alloc(3 * 1024 * 1024, 0x61);
    big.write('tls', big.length - 3, 'latin1');
    expect(filter.mayOccurIn(big)).toBe(true);
    expect(filter.mayOccurIn(big.subarray(0, big.length - 3))).toBe(false);
    expect(filter.mayOccurIn(bytes('tl'))).toBe(false);
    expect(filter.mayOccurIn(bytes(''))).toBe(false);
  });

  it('leaves a file larger than its memory can grow to the regular expression', () => {
    const filter = new BytePrefilter(['tls']);
    // 5 GB: past what a 32-bit WebAssembly memory can address; only the length is read.
    expect(filter.mayOccurIn({ length: 5e9 } as Uint8Array)).toBe(true);
    expect(filter.mayOccurIn(bytes('no keyword'))).toBe(false);
  });

  it('switches tables between filters', () => {
    const a = new BytePrefilter(['tls']);
    const b = new BytePrefilter(['ssl']);
    expect(a.mayOccurIn(bytes('ssl'))).toBe(false);
    expect(b.mayOccurIn(bytes('ssl'))).toBe(true);
    expect(a.mayOccurIn(bytes('TLS'))).toBe(true);
  });

  it("holds every rule selection's keywords on the rule examples", () => {
    const rules = new RuleIndex(RULES);
    let checked = 0;
    for (const rule of RULES) {
      for (const example of rule.examples.invalid) {
        const selection = rules.select({ kind: classify(example.file), name: logicalName(example.file), path: example.file });
        if (!selection.keywords || !selection.keywords.test(example.code)) continue;
        checked++;
        expect(selection.keywords.mayOccurIn(Buffer.from(example.code, 'latin1')), `${rule.meta.id} ${example.file}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
