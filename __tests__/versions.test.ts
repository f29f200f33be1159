import { describe, expect, test } from 'vitest';
import { ALL, atLeast, atMost, below, EMPTY, parseVersion, range, setOf, toList } from '../src/versions.js';

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
  // Written out for every version, so that a bound shifted by one or made (in|ex)clusive fails here.
  test.each([
    ['SSLv2', ['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
    ['SSLv3', ['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
    ['TLSv1.0', ['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
    ['TLSv1.1', ['TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
    ['TLSv1.2', ['TLSv1.2', 'TLSv1.3']],
    ['TLSv1.3', ['TLSv1.3']],
  ] as const)('atLeast(%s) is %j', (v, list) => expect(toList(atLeast(v))).toEqual(list));

  test.each([
    ['SSLv2', ['SSLv2']],
    ['SSLv3', ['SSLv3']],
    ['TLSv1.0', ['TLSv1.0']],
    ['TLSv1.1', ['TLSv1.0', 'TLSv1.1']],
    ['TLSv1.2', ['TLSv1.2']],
    ['TLSv1.3', ['TLSv1.2', 'TLSv1.3']],
  ] as const)('atMost(%s) is %j', (v, list) => expect(toList(atMost(v))).toEqual(list));

  test.each([
    ['SSLv2', []],
    ['SSLv3', ['SSLv2']],
    ['TLSv1.0', ['SSLv2', 'SSLv3']],
    ['TLSv1.1', ['SSLv2', 'SSLv3', 'TLSv1.0']],
    ['TLSv1.2', ['SSLv2', 'SSLv3', 'TLSv1.0', 'TLSv1.1']],
    ['TLSv1.3', ['SSLv2', 'SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2']],
  ] as const)('below(everything, %s) is %j', (floor, list) => expect(toList(below(ALL, floor))).toEqual(list));

  test('range includes both ends', () => {
    expect(toList(range('TLSv1.0', 'TLSv1.1'))).toEqual(['TLSv1.0', 'TLSv1.1']);
    expect(toList(range('TLSv1.1', 'TLSv1.1'))).toEqual(['TLSv1.1']);
    expect(toList(range('TLSv1.2'))).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(toList(range('SSLv2', 'SSLv3'))).toEqual(['SSLv2', 'SSLv3']);
    expect(range('TLSv1.2', 'TLSv1.1')).toBe(EMPTY);
  });

  test('below keeps only what is under the floor, whatever else the set holds', () => {
    expect(toList(below(setOf('SSLv3', 'TLSv1.1', 'TLSv1.3'), 'TLSv1.2'))).toEqual(['SSLv3', 'TLSv1.1']);
    expect(below(setOf('TLSv1.2', 'TLSv1.3'), 'TLSv1.2')).toBe(EMPTY);
    expect(toList(below(setOf('TLSv1.2', 'TLSv1.3'), 'TLSv1.3'))).toEqual(['TLSv1.2']);
  });
});
