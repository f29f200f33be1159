/** The tracking issue's text: stable keys, the hidden state, hostile names, and the size limit of an issue body. */
import { describe, expect, test } from 'vitest';
import {
  changesSince,
  decodeState,
  formatChanges,
  formatIssue,
  MAX_TRACKED,
  readState,
  trackedItems,
  ISSUE_MARKER,
} from '../src/report/issue.js';
import { buildReport, EMPTY_STATS } from '../src/report/report.js';
import type { AddressResult, EndpointResult } from '../src/probe/types.js';
import type { Finding } from '../src/scan/finding.js';
import { VERSIONS } from '../src/versions.js';

const POLICY = { minVersion: 'TLSv1.2', failOn: 'error' } as const;

function finding(file: string, line = 1, snippet = 'ssl_protocols TLSv1;'): Finding {
  return {
    ruleId: 'nginx/ssl-protocols',
    title: 't',
    file,
    line,
    column: 1,
    endLine: line,
    endColumn: 5,
    versions: ['TLSv1.0'],
    enabled: ['TLSv1.0', 'TLSv1.2'],
    severity: 'error',
    message: 'm',
    snippet,
  };
}

/** An endpoint on three addresses that all accept TLS 1.0. */
function legacyEndpoint(host: string): EndpointResult {
  const address = (a: string): AddressResult => ({
    address: a,
    family: 4,
    accepted: ['TLSv1.0', 'TLSv1.2'],
    results: VERSIONS.map((version) => ({
      version,
      outcome:
        version === 'TLSv1.0' || version === 'TLSv1.2' ? { kind: 'accepted', serverVersion: version } : { kind: 'rejected', alert: 70 },
      ms: 1,
    })),
    error: null,
  });
  return {
    endpoint: { target: host, host, port: 443, starttls: null, sni: host },
    addresses: ['192.0.2.1', '192.0.2.2', '192.0.2.3'].map(address),
    accepted: ['TLSv1.0', 'TLSv1.2'],
    error: null,
  };
}

function report(findings: Finding[], endpoints: EndpointResult[] = []) {
  return buildReport({ scan: { findings, suppressed: [], stats: EMPTY_STATS, errors: [] }, endpoints, policy: POLICY });
}

describe('tracked items', () => {
  test('a finding keeps its key when its line moves; a different snippet or file is a different finding', () => {
    const [a] = trackedItems(report([finding('a.conf', 3)]));
    const [moved] = trackedItems(report([finding('a.conf', 30)]));
    expect(moved.key).toBe(a.key);
    expect(trackedItems(report([finding('b.conf', 3)]))[0].key).not.toBe(a.key);
    expect(trackedItems(report([finding('a.conf', 3, 'ssl_protocols TLSv1.1;')]))[0].key).not.toBe(a.key);
  });

  test('an endpoint is keyed by its target and what it accepts', () => {
    const items = trackedItems(report([], [legacyEndpoint('mail.example.test')]));
    expect(items).toEqual([{ key: expect.stringMatching(/^e[0-9a-f]{16}$/), label: 'mail.example.test: accepts TLSv1.0' }]);
  });
});

describe('the hidden state', () => {
  test('survives hostile file names: nothing in it can end the HTML comment, and the visible text is escaped', () => {
    const evil = 'x --> <img src=x onerror=alert(1)> [click](https://evil.test) |.conf';
    const body = formatIssue(report([finding(evil)]), undefined);
    expect(body.startsWith(ISSUE_MARKER)).toBe(true);
    expect(body).not.toMatch(/(?<!\\)<img/);
    expect(body).not.toContain('](https://evil');
    expect(body.match(/-->/g)).toHaveLength(2); // the marker's and the state's own
    expect(decodeState(body)).toEqual([{ key: expect.any(String), label: expect.stringContaining('x --> <img') }]);
    const c = formatChanges(changesSince([], trackedItems(report([finding(evil)]))));
    expect(c).not.toMatch(/(?<!\\)<img/);
  });

  test('a body without readable state is "no memory", not an error', () => {
    expect(decodeState('hello')).toBeUndefined();
    expect(decodeState('<!-- tls-floor:state !!! -->')).toBeUndefined();
  });

  test('a huge night fits an issue body (65,536 characters); the memory is cut and says so', () => {
    const findings = Array.from({ length: 2000 }, (_, i) => finding(`${'deep/'.repeat(20)}file${i}.conf`));
    const endpoints = Array.from({ length: 300 }, (_, i) => legacyEndpoint(`${'very-long-name-'.repeat(8)}${i}.example.test`));
    const body = formatIssue(report(findings, endpoints), undefined);
    expect(body.length).toBeLessThanOrEqual(65_536);
    const state = readState(body)!;
    expect(state.items).toHaveLength(MAX_TRACKED);
    expect(state.complete).toBe(false);
  });

  test('long hostile names (4 KiB paths, long targets) still fit: the detail gives way, the state stays', () => {
    const findings = Array.from({ length: 300 }, (_, i) => finding(`${'*'.repeat(4000)}${i}.conf`));
    const endpoints = Array.from({ length: 40 }, (_, i) => legacyEndpoint(`${'a'.repeat(1500)}${i}.example.test`));
    const before = trackedItems(report(findings.slice(1), endpoints));
    const body = formatIssue(report(findings, endpoints), changesSince(before, trackedItems(report(findings, endpoints))));
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.startsWith(ISSUE_MARKER)).toBe(true);
    expect(readState(body)!.items).toHaveLength(MAX_TRACKED);
  });
});

describe('changes since the last run', () => {
  test('new, fixed and still failing', () => {
    const before = trackedItems(report([finding('a.conf'), finding('b.conf')]));
    const now = trackedItems(report([finding('b.conf'), finding('c.conf')]));
    const c = changesSince(before, now);
    expect(c.new.map((i) => i.label)).toEqual([expect.stringMatching(/^c\.conf/)]);
    expect(c.fixed.map((i) => i.label)).toEqual([expect.stringMatching(/^a\.conf/)]);
    expect(c.still.map((i) => i.label)).toEqual([expect.stringMatching(/^b\.conf/)]);
  });

  test('past the end of a cut memory nothing is called new', () => {
    const all = trackedItems(report(Array.from({ length: 10 }, (_, i) => finding(`f${i}.conf`))));
    const remembered = all.slice(0, 4);
    const c = changesSince(remembered, all, false);
    expect(c.new).toEqual([]);
    expect(c.still).toHaveLength(10);
    expect(changesSince(remembered, all, true).new).toHaveLength(6);
  });
});
