/**
 * The protocol-list evaluator every rule shares. Each bound is checked on both sides of its edge,
 * with the expected sets written out, so that an inclusive bound made exclusive (or shifted by one
 * version) changes an expectation here, not only somewhere deep in a rule example.
 */
import { describe, expect, test } from 'vitest';
import { evalList, respell, tokenize, type ListOptions } from '../src/scan/evaluate.js';
import { asMaximum, asMinimum, type Setting } from '../src/scan/define.js';
import { range, toList } from '../src/versions.js';

function list(value: string, opts: ListOptions = {}): string[] | undefined {
  const result = evalList(tokenize(value), opts);
  return result && toList(result.versions);
}

describe('evalList: Postfix-style comparisons', () => {
  test.each([
    ['>=TLSv1.1', ['TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
    ['>=TLSv1.2', ['TLSv1.2', 'TLSv1.3']],
    ['>=TLSv1', ['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
    ['>=SSLv3', ['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
    ['>TLSv1.0', ['TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
    ['>TLSv1.1', ['TLSv1.2', 'TLSv1.3']],
    ['>TLSv1.3', []],
    ['<TLSv1.2', ['SSLv3', 'TLSv1.0', 'TLSv1.1']],
    ['<TLSv1.1', ['SSLv3', 'TLSv1.0']],
    ['<SSLv3', []],
    ['<=TLSv1.1', ['SSLv3', 'TLSv1.0', 'TLSv1.1']],
    ['<=TLSv1.0', ['SSLv3', 'TLSv1.0']],
    ['<=SSLv3', ['SSLv3']],
  ])('%s enables %j', (value, versions) => expect(list(value)).toEqual(versions));

  test('the hexadecimal spellings Postfix accepts go through the same bounds', () => {
    const spell = { '0x0301': 'TLSv1.0', '0x0302': 'TLSv1.1' } as const;
    expect(list('>=0x0301', { spell })).toEqual(['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
    expect(list('>0x0301', { spell })).toEqual(['TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
  });
});

describe('evalList: exclusions start from everything', () => {
  test.each([
    ['!TLSv1', {}, ['SSLv3', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
    ['!TLSv1', { base: range('TLSv1.0') }, ['TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
    ['!TLSv1.1', {}, ['SSLv3', 'TLSv1.0', 'TLSv1.2', 'TLSv1.3']],
    ['-SSLv3', { all: range('TLSv1.0') }, ['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
    ['!<TLSv1.2', {}, ['TLSv1.2', 'TLSv1.3']],
    ['!<=TLSv1.1', {}, ['TLSv1.2', 'TLSv1.3']],
    ['!>TLSv1.1', {}, ['SSLv3', 'TLSv1.0', 'TLSv1.1']],
    ['!SSLv2, !SSLv3', {}, ['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
    ['!SSLv2, !SSLv3, !TLSv1, !TLSv1.1', {}, ['TLSv1.2', 'TLSv1.3']],
    ['SSLv23:!SSLv2:!SSLv3', {}, ['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
  ] as const)('%s (%j) enables %j', (value, opts, versions) => expect(list(value, opts)).toEqual(versions));

  test('a list that starts by enabling does not start from everything', () => {
    expect(list('TLSv1.2 !TLSv1')).toEqual(['TLSv1.2']);
    expect(list('TLSv1.1 -TLSv1.1')).toEqual([]);
  });
});

describe('evalList: plain lists, +, all', () => {
  test.each([
    ['TLSv1 TLSv1.1 TLSv1.2', {}, ['TLSv1.0', 'TLSv1.1', 'TLSv1.2']],
    ['TLSv1+TLSv1.1', {}, ['TLSv1.0', 'TLSv1.1']],
    ['+TLSv1.1 +TLSv1.2', {}, ['TLSv1.1', 'TLSv1.2']],
    ['all', {}, ['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
    ['ALL -SSLv3', { all: range('TLSv1.0') }, ['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
    ['-all +TLSv1.2 +TLSv1.3', {}, ['TLSv1.2', 'TLSv1.3']],
    ['SSLv2 SSLv3', {}, ['SSLv2', 'SSLv3']],
  ] as const)('%s (%j) enables %j', (value, opts, versions) => expect(list(value, opts)).toEqual(versions));

  test('a list without any version is not understood (unknown is not legacy)', () => {
    expect(list('TLS SSL foo')).toBeUndefined();
    expect(list('$smtpd_tls_protocols')).toBeUndefined();
  });

  test('the enabling tokens are the ones a fix may delete', () => {
    const result = evalList(tokenize('TLSv1, !SSLv3, +TLSv1.2, all'));
    expect(result?.enabling.map((t) => t.text)).toEqual(['TLSv1', '+TLSv1.2', 'all']);
  });
});

describe('tokenize', () => {
  test('offsets are relative to the base', () => {
    expect(tokenize('TLSv1, TLSv1.1', 10)).toEqual([
      { text: 'TLSv1', start: 10, end: 15 },
      { text: 'TLSv1.1', start: 17, end: 24 },
    ]);
  });
  test('an operator inside a chunk starts a new token, but not after =', () => {
    expect(tokenize('SSLv23:!SSLv2').map((t) => t.text)).toEqual(['SSLv23', '!SSLv2']);
    expect(tokenize('TLSv1+TLSv1.1').map((t) => t.text)).toEqual(['TLSv1', '+TLSv1.1']);
    expect(tokenize('>=TLSv1.2').map((t) => t.text)).toEqual(['>=TLSv1.2']);
  });
});

describe('minimum and maximum settings', () => {
  const setting = (value: string): Setting => ({
    key: 'k',
    keyStart: 0,
    value,
    valueStart: 2,
    valueEnd: 2 + value.length,
    form: 'bare',
    end: 2 + value.length,
  });
  const file = undefined as never;
  const min = (value: string) => toList(asMinimum()(setting(value), { floor: 'TLSv1.2' }, file)!.versions);
  const max = (value: string) => toList(asMaximum()(setting(value), { floor: 'TLSv1.2' }, file)!.versions);

  test.each([
    ['TLSv1', ['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
    ['TLSv1.1', ['TLSv1.1', 'TLSv1.2', 'TLSv1.3']],
    ['TLSv1.2', ['TLSv1.2', 'TLSv1.3']],
  ])('a minimum of %s enables %j', (value, versions) => expect(min(value)).toEqual(versions));

  test.each([
    ['TLSv1', ['TLSv1.0']],
    ['TLSv1.1', ['TLSv1.0', 'TLSv1.1']],
    ['TLSv1.2', ['TLSv1.2']],
    ['TLSv1.3', ['TLSv1.2', 'TLSv1.3']],
  ])('a maximum of %s enables %j', (value, versions) => expect(max(value)).toEqual(versions));

  test('the fix raises a minimum to the floor in the same spelling', () => {
    expect(asMinimum()(setting('TLSv1'), { floor: 'TLSv1.2' }, file)?.fix).toEqual({ start: 2, end: 7, text: 'TLSv1.2' });
    expect(asMinimum()(setting('TLSv1.1'), { floor: 'TLSv1.3' }, file)?.fix).toEqual({ start: 2, end: 9, text: 'TLSv1.3' });
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
