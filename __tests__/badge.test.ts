/** The badge: what it says for pass, legacy endpoints, legacy settings and unchecked runs; valid SVG and shields JSON. */
import { Ajv } from 'ajv';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { badgeFor, badgeSvg, shieldsJson } from '../src/report/badge.js';
import { buildReport, EMPTY_STATS } from '../src/report/report.js';
import type { AddressResult, EndpointResult, Outcome } from '../src/probe/types.js';
import type { Finding } from '../src/scan/finding.js';
import { VERSIONS, type Version } from '../src/versions.js';

const POLICY = { minVersion: 'TLSv1.2', failOn: 'error' } as const;

function finding(i: number, severity: Finding['severity'] = 'error'): Finding {
  return {
    ruleId: 'nginx/ssl-protocols',
    title: 't',
    file: `f${i}.conf`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 5,
    versions: ['TLSv1.0'],
    enabled: ['TLSv1.0', 'TLSv1.2'],
    severity,
    message: 'm',
    snippet: 's',
  };
}

/** An endpoint on one address that accepts exactly `accepted`; `null` = no answer at all. */
function endpoint(accepted: Version[] | null): EndpointResult {
  const outcome = (v: Version): Outcome =>
    accepted === null
      ? { kind: 'timeout', phase: 'connect' }
      : accepted.includes(v)
        ? { kind: 'accepted', serverVersion: v }
        : { kind: 'rejected', alert: 70 };
  const address: AddressResult = {
    address: '127.0.0.1',
    family: 4,
    accepted: accepted ?? [],
    results: VERSIONS.map((version) => ({ version, outcome: outcome(version), ms: 1 })),
    error: accepted === null ? { kind: 'timeout', message: 'no answer' } : null,
  };
  return {
    endpoint: { target: 'h.test', host: 'h.test', port: 443, starttls: null, sni: 'h.test' },
    addresses: [address],
    accepted: accepted ?? [],
    error: address.error,
  };
}

function report(
  findings: Finding[],
  endpoints: EndpointResult[] = [],
  errors: { file: string; message: string }[] = [],
  minVersion: Version = 'TLSv1.2',
) {
  return buildReport({ scan: { findings, suppressed: [], stats: EMPTY_STATS, errors }, endpoints, policy: { ...POLICY, minVersion } });
}

describe('badgeFor', () => {
  test('a pass shows the floor, in green', () => {
    expect(badgeFor(report([]))).toEqual({ label: 'tls-floor', message: 'TLS ≥ 1.2', color: 'brightgreen' });
    expect(badgeFor(report([], [], [], 'TLSv1.3')).message).toBe('TLS ≥ 1.3');
  });
  test('an endpoint that accepts a legacy version names the lowest one, before any setting', () => {
    const r = report([finding(1)], [endpoint(['TLSv1.1', 'TLSv1.2']), endpoint(['TLSv1.0', 'TLSv1.2'])]);
    expect(badgeFor(r)).toEqual({ label: 'tls-floor', message: 'TLS 1.0 accepted', color: 'red' });
    expect(badgeFor(report([], [endpoint(['SSLv3', 'TLSv1.2'])])).message).toBe('SSL 3 accepted');
  });
  test('legacy settings are counted; findings below fail-on are not', () => {
    expect(badgeFor(report([finding(1), finding(2), finding(3), finding(4, 'note')]))).toEqual({
      label: 'tls-floor',
      message: '3 legacy settings',
      color: 'red',
    });
    expect(badgeFor(report([finding(1)])).message).toBe('1 legacy setting');
    expect(badgeFor(report([finding(1, 'warning')])).color).toBe('brightgreen');
  });
  test('what could not be checked is grey', () => {
    expect(badgeFor(report([], [endpoint(null), endpoint(null), endpoint(['TLSv1.2'])]))).toEqual({
      label: 'tls-floor',
      message: '2 endpoints unchecked',
      color: 'lightgrey',
    });
  });
});

// shields.io's documented endpoint schema: these keys, these types; it rejects unknown keys.
const SHIELDS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'label', 'message'],
  properties: {
    schemaVersion: { const: 1 },
    label: { type: 'string' },
    message: { type: 'string', minLength: 1 },
    color: { type: 'string' },
    labelColor: { type: 'string' },
    isError: { type: 'boolean' },
    namedLogo: { type: 'string' },
    logoSvg: { type: 'string' },
    logoColor: { type: 'string' },
    logoWidth: { type: 'number' },
    style: { type: 'string' },
    cacheSeconds: { type: 'integer', minimum: 300 },
  },
};

describe('badge files', () => {
  const cases = [report([]), report([finding(1)]), report([], [endpoint(null)]), report([], [endpoint(['TLSv1.0', 'TLSv1.2'])])];
  test.each(cases.map((r) => [badgeFor(r).message, r] as const))('%s: shields JSON and SVG', (_m, r) => {
    const badge = badgeFor(r);
    const json = JSON.parse(shieldsJson(badge));
    const validate = new Ajv().compile(SHIELDS_SCHEMA);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(json).sort()).toEqual(['color', 'label', 'message', 'schemaVersion']);
    const svg = badgeSvg(badge);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(`<title>tls-floor: ${badge.message}</title>`);
  });
});
