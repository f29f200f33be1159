import { describe, expect, it } from 'vitest';
import { keyWordNameCalled, keyWordOffsets, tlsWordHits } from '../src/scan/word-offsets.js';
import { seededRandom } from './helpers/random.js';

/** What the shared pass replaces: each rule's own regular expression over the text. */
const direct = {
  hits: (text: string) => [...text.matchAll(/tls|ssl|protocol|version/gi)].flatMap((m) => [m.index, m[0].length]),
  keys: (text: string) => [...text.matchAll(/ssl|tls|protocols|versions/gi)].map((m) => m.index),
  called: (text: string) => /(?:ssl|tls|protocols|versions)\w*[ \t]*\(/i.test(text),
};

/** Texts dense in the words, their case variants, their overlaps (`tlssl`, `protocolssl`) and what follows a name. */
const PIECES = [
  'tls',
  'TLS',
  'Tls',
  'ssl',
  'SSL',
  's',
  'S',
  'l',
  't',
  'protocol',
  'PROTOCOL',
  'Version',
  'version',
  'x',
  '_',
  '1',
  ' ',
  '\t',
  '(',
  '\n',
  'ſ',
];

function randomText(next: () => number): string {
  let text = '';
  const length = Math.floor(next() * 30);
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

describe('word offsets: one pass for the TLS words of a text', () => {
  it('gives what each rule regular expression gives, on 20,000 texts built from the words and their overlaps', () => {
    const next = seededRandom(7);
    for (let i = 0; i < 20_000; i++) {
      const text = randomText(next);
      expect([...tlsWordHits(text)], text).toEqual(direct.hits(text));
      expect(keyWordOffsets(text), text).toEqual(direct.keys(text));
      expect(keyWordNameCalled(text), text).toBe(direct.called(text));
    }
  });

  it('reads the overlaps as the regular expressions do', () => {
    // `protocols` hides the `ssl` that starts at its `s`; `tls` hides the `ssl` in `tlssl`.
    expect(keyWordOffsets('protocolssl')).toEqual([0]);
    expect([...tlsWordHits('protocolssl')]).toEqual([0, 8, 8, 3]);
    expect(keyWordOffsets('tlssl versions')).toEqual([0, 6]);
    expect(keyWordOffsets('protocol versionS')).toEqual([9]);
    expect(keyWordNameCalled('x.sslVersionRange (a)')).toBe(true);
    expect(keyWordNameCalled('tls_version = (a)')).toBe(false);
  });

  it('answers for each text, when a raw text and its masked code alternate', () => {
    const raw = 'cfg.tls = "TLSv1" // ssl_protocols\n';
    const masked = 'cfg.tls = "TLSv1"                  \n';
    for (let i = 0; i < 3; i++) {
      expect(keyWordOffsets(raw)).toEqual(direct.keys(raw));
      expect(keyWordOffsets(masked)).toEqual(direct.keys(masked));
      expect([...tlsWordHits(raw)]).toEqual(direct.hits(raw));
      expect(keyWordOffsets('another file, Protocols')).toEqual([14]);
    }
  });
});
