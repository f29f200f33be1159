import { expect, test } from 'vitest';
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
