import { describe, expect, test } from 'vitest';
import { evalList, respell, tokenize } from '../src/scan/evaluate.js';
import { atLeast, atMost, below, parseVersion, range, setOf, toList } from '../src/versions.js';

describe('parseVersion', () => {
  test.each([
    ['TLSv1', 'TLSv1.0'],
    ['TLSv1.0', 'TLSv1.0'],
    ['tlsv1_1', 'TLSv1.1'],
    ['TLS1_2', 'TLSv1.2'],
    ['TLS12', 'TLSv1.2'],
    ['VersionTLS10', 'TLSv1.0'],
    ['TLS_1_1', 'TLSv1.1'],
    ['TLSV1_2', 'TLSv1.2'],
    ['SSLv3', 'SSLv3'],
    ['ssl3', 'SSLv3'],
    ['SSL 3.0', 'SSLv3'],
    ['TLS 1.0', 'TLSv1.0'],
    ["'tlsv1.3'", 'TLSv1.3'],
    [':TLSv1', 'TLSv1.0'],
    ['SSLv2', 'SSLv2'],
  ])('%s → %s', (token, version) => expect(parseVersion(token)).toBe(version));

  test.each(['TLS', 'SSL', 'SSLv23', 'Default', 'TLSv1.4', 'tls1x', '', 'TLSv12.0', '1.0'])('%s is not a version', (t) =>
    expect(parseVersion(t)).toBeUndefined(),
  );

  test('bare numbers only when asked', () => {
    expect(parseVersion('1.0', { bareNumbers: true })).toBe('TLSv1.0');
    expect(parseVersion('1.2', { bareNumbers: true })).toBe('TLSv1.2');
    expect(parseVersion('12', { bareNumbers: true })).toBe('TLSv1.2');
    expect(parseVersion('1', { bareNumbers: true })).toBeUndefined();
    expect(parseVersion('2.0', { bareNumbers: true })).toBeUndefined();
  });
});

describe('version sets', () => {
  test('minimum, maximum and the floor', () => {
    expect(toList(atLeast('TLSv1.1'))).toEqual(['TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
    expect(toList(atLeast('SSLv2'))).toEqual(['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
    expect(toList(atMost('TLSv1.1'))).toEqual(['TLSv1.0', 'TLSv1.1']);
    expect(toList(atMost('SSLv3'))).toEqual(['SSLv3']);
    expect(toList(below(range('SSLv3'), 'TLSv1.2'))).toEqual(['SSLv3', 'TLSv1.0', 'TLSv1.1']);
    expect(below(setOf('TLSv1.2', 'TLSv1.3'), 'TLSv1.2')).toBe(0);
  });
});

describe('evalList', () => {
  const list = (s: string, opts = {}) => {
    const r = evalList(tokenize(s), opts);
    return r && toList(r.versions);
  };
  test('plain, +, -, !, all, >=', () => {
    expect(list('TLSv1 TLSv1.1 TLSv1.2')).toEqual(['TLSv1.0', 'TLSv1.1', 'TLSv1.2']);
    expect(list('all -SSLv3', { all: range('TLSv1.0') })).toEqual(['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
    expect(list('-all +TLSv1.2 +TLSv1.3')).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(list('!SSLv2, !SSLv3')).toEqual(['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
    expect(list('!SSLv2, !SSLv3, !TLSv1, !TLSv1.1')).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(list('>=TLSv1.1')).toEqual(['TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
    expect(list('TLSv1+TLSv1.1')).toEqual(['TLSv1.0', 'TLSv1.1']);
    expect(list('SSLv23:!SSLv2:!SSLv3')).toEqual(['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
    expect(list('TLS SSL foo')).toBeUndefined();
  });
});

describe('respell writes the floor in the style of the token', () => {
  test.each([
    ['TLSv1', 'TLSv1.2'],
    ['TLSv1.1', 'TLSv1.2'],
    ['TLS1_0', 'TLS1_2'],
    ['VersionTLS10', 'VersionTLS12'],
    ['tls10', 'tls12'],
    ['TLS_1_1', 'TLS_1_2'],
    ['1.0', '1.2'],
    ['SSLv3', 'TLSv1.2'],
    ['TLSV1_0', 'TLSV1_2'],
    ['tlsv1.1', 'tlsv1.2'],
    ['Tls11', 'Tls12'],
  ])('%s → %s', (token, out) => expect(respell(token, 'TLSv1.2')).toBe(out));
  test('no number, no respelling', () => expect(respell('Tls', 'TLSv1.2')).toBeUndefined());
});
