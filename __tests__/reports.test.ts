import { describe, expect, test } from 'vitest';
import { annotate, type AnnotationProperties } from '../src/report/annotations.js';
import { buildReport } from '../src/report/report.js';
import { formatSummary, SUMMARY_LIMIT } from '../src/report/summary.js';
import { toSarif } from '../src/report/sarif.js';
import type { Finding } from '../src/scan/finding.js';
import { RULES } from '../src/scan/rules/index.js';

const POLICY = { minVersion: 'TLSv1.2', failOn: 'error' } as const;
const STATS = {
  files: 1,
  read: 1,
  skipped: { binary: 0, tooLarge: 0, documentation: 0, excluded: 0, unreadable: 0, outsideLinks: 0, special: 0 },
  omittedFindings: 0,
  rules: 1,
  milliseconds: 1,
};

function finding(i: number, severity: Finding['severity'] = 'error', extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'nginx/ssl-protocols',
    title: 't',
    file: `conf/f${i}.conf`,
    line: i + 1,
    column: 3,
    endLine: i + 1,
    endColumn: 20,
    versions: ['TLSv1.0'],
    enabled: ['TLSv1.0', 'TLSv1.2'],
    severity,
    message: `m${i} | with a pipe`,
    snippet: 'ssl_protocols TLSv1;',
    ...extra,
  };
}

function report(findings: Finding[], suppressed: Finding[] = []) {
  return buildReport({ scan: { findings, suppressed, stats: STATS, errors: [] }, policy: POLICY });
}

describe('annotations', () => {
  test('errors first, at most 10 per level, then one notice with the rest', () => {
    const calls: [string, string, AnnotationProperties | undefined][] = [];
    const rec = (level: string) => (m: string, p?: AnnotationProperties) => void calls.push([level, m, p]);
    const fs = [...Array.from({ length: 12 }, (_, i) => finding(i)), ...Array.from({ length: 11 }, (_, i) => finding(20 + i, 'warning'))];
    const hidden = annotate(report(fs), { error: rec('error'), warning: rec('warning'), notice: rec('notice') });
    expect(hidden).toBe(3);
    expect(calls.filter((c) => c[0] === 'error')).toHaveLength(10);
    expect(calls.filter((c) => c[0] === 'warning')).toHaveLength(10);
    expect(calls.at(-1)![0]).toBe('notice');
    expect(calls.at(-1)![1]).toMatch(/^3 more findings not annotated/);
    expect(calls[0][2]).toEqual({
      title: 'nginx/ssl-protocols: TLSv1.0',
      file: 'conf/f0.conf',
      startLine: 1,
      endLine: 1,
      startColumn: 3,
      endColumn: 20,
    });
  });
  test('multi-line findings carry no columns (GitHub ignores them there)', () => {
    const calls: (AnnotationProperties | undefined)[] = [];
    annotate(report([finding(0, 'error', { endLine: 5 })]), { error: (_m, p) => void calls.push(p), warning: () => {}, notice: () => {} });
    expect(calls[0]).not.toHaveProperty('startColumn');
  });
});

describe('job summary', () => {
  test('verdict, escaped cells, links and suppressed findings', () => {
    const md = formatSummary(
      report([finding(0)], [finding(1, 'error', { suppressed: { reason: 'legacy | appliance' } })]),
      (f, l) => `https://x/${f}#L${l}`,
    );
    expect(md).toMatch(/^## ❌ tls-floor: TLSv1\.0 enabled below TLSv1\.2/);
    expect(md).toContain('[conf/f0.conf:1](https://x/conf/f0.conf#L1)');
    expect(md).toContain('m0 \\| with a pipe');
    expect(md).toContain('Suppressed findings (1)');
    expect(md).toContain('legacy \\| appliance');
  });
  test('stays under 1 MiB with a note on what was left out', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => finding(i, 'error', { message: 'x'.repeat(200) }));
    const md = formatSummary(report(many));
    expect(Buffer.byteLength(md)).toBeLessThan(SUMMARY_LIMIT);
    expect(md).toMatch(/_\d+ more findings are not listed here/);
  });
  test('a pass', () => expect(formatSummary(report([]))).toMatch(/^## ✅ tls-floor: nothing below TLSv1\.2 fails the check/));
});

test('SARIF results point at their rule and carry fixes and suppressions', () => {
  const fixed = finding(0, 'error', { fix: { line: 1, column: 17, endLine: 1, endColumn: 22, replacement: 'TLSv1.2' } });
  type Result = {
    ruleIndex: number;
    level: string;
    fixes: { artifactChanges: { replacements: unknown[] }[] }[];
    suppressions?: unknown[];
    partialFingerprints: Record<string, string>;
  };
  const sarif = toSarif(report([fixed], [finding(1, 'warning', { suppressed: { reason: 'r' } })]), RULES) as {
    runs: { tool: { driver: { rules: { id: string }[] } }; results: Result[] }[];
  };
  const run = sarif.runs[0];
  const [a, b] = run.results;
  expect(run.tool.driver.rules[a.ruleIndex].id).toBe('nginx/ssl-protocols');
  expect(a.fixes[0].artifactChanges[0].replacements[0]).toEqual({
    deletedRegion: { startLine: 1, startColumn: 17, endLine: 1, endColumn: 22 },
    insertedContent: { text: 'TLSv1.2' },
  });
  expect(b.level).toBe('warning');
  expect(b.suppressions).toEqual([{ kind: 'inSource', justification: 'r' }]);
  expect(a.partialFingerprints['tlsFloor/v1']).toMatch(/^[0-9a-f]{32}$/);
});
