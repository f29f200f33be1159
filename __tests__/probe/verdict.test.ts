import { describe, expect, test } from 'vitest';
import type { AddressResult, EndpointResult, Outcome } from '../../src/probe/types.js';
import { judgeEndpoint } from '../../src/probe/verdict.js';
import type { Version } from '../../src/versions.js';

const POLICY = { minVersion: 'TLSv1.2', failOn: 'error' } as const;
const endpoint = { target: 'x.test', host: 'x.test', port: 443, starttls: null, sni: 'x.test' } as const;

function address(results: Partial<Record<Version, Outcome>>, error: AddressResult['error'] = null): AddressResult {
  const list = Object.entries(results).map(([version, outcome]) => ({ version: version as Version, outcome: outcome!, ms: 1 }));
  return {
    address: '192.0.2.1',
    family: 4,
    accepted: list.filter((r) => r.outcome.kind === 'accepted').map((r) => r.version),
    results: list,
    error,
  };
}

function result(addresses: AddressResult[]): EndpointResult {
  const accepted = [...new Set(addresses.flatMap((a) => a.accepted))];
  return { endpoint, addresses, accepted, error: null };
}

const yes = (v: Version): Outcome => ({ kind: 'accepted', serverVersion: v });
const no: Outcome = { kind: 'rejected', alert: 70, alertName: 'protocol_version' };
const all = (o: Partial<Record<Version, Outcome>>) => ({
  SSLv2: no,
  SSLv3: no,
  'TLSv1.0': no,
  'TLSv1.1': no,
  'TLSv1.2': no,
  'TLSv1.3': no,
  ...o,
});

test('a modern server passes; a legacy one fails; one with only legacy says so', () => {
  expect(judgeEndpoint(result([address(all({ 'TLSv1.2': yes('TLSv1.2'), 'TLSv1.3': yes('TLSv1.3') }))]), POLICY).status).toBe('pass');
  const legacy = judgeEndpoint(result([address(all({ 'TLSv1.0': yes('TLSv1.0'), 'TLSv1.2': yes('TLSv1.2') }))]), POLICY);
  expect(legacy).toMatchObject({ status: 'legacy', legacy: ['TLSv1.0'] });
  expect(judgeEndpoint(result([address(all({ 'TLSv1.0': yes('TLSv1.0') }))]), POLICY).message).toMatch(/nothing at or above TLSv1\.2/);
});

test('nothing at or above the floor is its own failure', () => {
  expect(judgeEndpoint(result([address(all({}))]), POLICY).status).toBe('no-modern');
});

test('a legacy version that was not asked, timed out or hit an unreachable address leaves the endpoint unchecked', () => {
  const modern = { 'TLSv1.2': yes('TLSv1.2'), 'TLSv1.3': yes('TLSv1.3') };
  expect(judgeEndpoint(result([address(modern)]), POLICY)).toMatchObject({
    status: 'unchecked',
    inconclusive: ['SSLv2', 'SSLv3', 'TLSv1.0', 'TLSv1.1'],
  });
  expect(judgeEndpoint(result([address(all({ ...modern, 'TLSv1.0': { kind: 'timeout', phase: 'reply' } }))]), POLICY)).toMatchObject({
    status: 'unchecked',
    inconclusive: ['TLSv1.0'],
  });
  const v6 = { ...address({}, { kind: 'unreachable', message: 'network unreachable' }), address: '2001:db8::1', family: 6 as const };
  expect(judgeEndpoint(result([address(all(modern)), v6]), POLICY).status).toBe('unchecked');
});

describe("the floor is the policy's, not a fixed TLSv1.2", () => {
  const STRICT = { minVersion: 'TLSv1.3', failOn: 'error' } as const;
  const modern = { 'TLSv1.2': yes('TLSv1.2'), 'TLSv1.3': yes('TLSv1.3') };

  test('min-version TLSv1.3: an endpoint that accepts TLS 1.2 is legacy, and the message names the floor', () => {
    expect(judgeEndpoint(result([address(all(modern))]), STRICT)).toMatchObject({
      status: 'legacy',
      legacy: ['TLSv1.2'],
      inconclusive: [],
      message: 'x.test accepts TLSv1.2 (192.0.2.1); the floor is TLSv1.3',
    });
    // The same endpoint passes the default policy.
    expect(judgeEndpoint(result([address(all(modern))]), POLICY).status).toBe('pass');
  });

  test('min-version TLSv1.3: TLS 1.2 only is legacy with nothing at or above the floor; TLS 1.3 only passes', () => {
    expect(judgeEndpoint(result([address(all({ 'TLSv1.2': yes('TLSv1.2') }))]), STRICT)).toMatchObject({
      status: 'legacy',
      legacy: ['TLSv1.2'],
      message: 'x.test accepts TLSv1.2 (192.0.2.1), and nothing at or above TLSv1.3; the floor is TLSv1.3',
    });
    expect(judgeEndpoint(result([address(all({ 'TLSv1.3': yes('TLSv1.3') }))]), STRICT)).toMatchObject({ status: 'pass', legacy: [] });
  });

  test('min-version TLSv1.3: an undecided TLS 1.2 leaves the endpoint unchecked; under TLSv1.2 it is not legacy at all', () => {
    const undecided12 = all({ 'TLSv1.2': { kind: 'timeout', phase: 'reply' }, 'TLSv1.3': yes('TLSv1.3') });
    expect(judgeEndpoint(result([address(undecided12)]), STRICT)).toMatchObject({ status: 'unchecked', inconclusive: ['TLSv1.2'] });
    expect(judgeEndpoint(result([address(undecided12)]), POLICY)).toMatchObject({ status: 'pass', inconclusive: [] });
  });

  test('min-version TLSv1.3 with nothing accepted at all: no-modern names the floor', () => {
    expect(judgeEndpoint(result([address(all({}))]), STRICT)).toMatchObject({
      status: 'no-modern',
      message: 'x.test accepts no version at or above TLSv1.3: clients that require it cannot connect',
    });
  });
});

test('a connection closed without a word is a decided "no", not an undecided version', () => {
  const closed: Outcome = { kind: 'closed', reset: false };
  const r = result([address(all({ SSLv2: closed, SSLv3: { kind: 'closed', reset: true }, 'TLSv1.2': yes('TLSv1.2') }))]);
  expect(judgeEndpoint(r, POLICY)).toMatchObject({ status: 'pass', legacy: [], inconclusive: [] });
  // An anomaly or a not-tls reply decides nothing.
  for (const odd of [
    { kind: 'anomaly', detail: 'x' },
    { kind: 'not-tls', firstBytes: 'HTTP' },
  ] as const) {
    expect(judgeEndpoint(result([address(all({ 'TLSv1.0': odd, 'TLSv1.2': yes('TLSv1.2') }))]), POLICY)).toMatchObject({
      status: 'unchecked',
      inconclusive: ['TLSv1.0'],
    });
  }
});

test('notes: a silent close above an accepted version is version intolerance; below it, nothing to note', () => {
  const closed: Outcome = { kind: 'closed', reset: false };
  const above = judgeEndpoint(result([address(all({ 'TLSv1.2': yes('TLSv1.2'), 'TLSv1.3': closed }))]), POLICY);
  expect(above.notes).toEqual([
    '192.0.2.1: a TLSv1.3 hello is answered by closing the connection while TLSv1.2 works (version intolerance)',
  ]);
  const below = judgeEndpoint(result([address(all({ SSLv3: closed, 'TLSv1.2': yes('TLSv1.2') }))]), POLICY);
  expect(below.notes).toEqual([]);
});
