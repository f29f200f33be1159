/** Annotations on runs with a diff: new findings first; pre-existing ones not annotated under `filter-mode: added`. */
import { describe, expect, test } from 'vitest';
import type { DiffModel, FilterMode } from '../src/diff/model.js';
import { annotate, type AnnotationProperties } from '../src/report/annotations.js';
import { buildReport, EMPTY_STATS } from '../src/report/report.js';
import type { Finding } from '../src/scan/finding.js';

const STATS = EMPTY_STATS;

function finding(file: string): Finding {
  return {
    ruleId: 'nginx/ssl-protocols',
    title: 't',
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 5,
    versions: ['TLSv1.0'],
    enabled: ['TLSv1.0'],
    severity: 'error',
    message: `in ${file}`,
    snippet: 's',
  };
}

const DIFF: DiffModel = {
  files: new Map([['z-new.conf', { path: 'z-new.conf', added: [{ start: 1, end: 1 }], hunks: [{ start: 1, end: 3 }], whole: false }]]),
  base: 'a'.repeat(40),
  head: 'b'.repeat(40),
  source: 'git',
};

function annotated(mode: FilterMode | undefined, n = 12): string[] {
  const findings = [...Array.from({ length: n }, (_, i) => finding(`a-old${String(i).padStart(2, '0')}.conf`)), finding('z-new.conf')];
  const report = buildReport({
    scan: { findings, suppressed: [], stats: STATS, errors: [] },
    policy: { minVersion: 'TLSv1.2', failOn: 'error' },
    ...(mode ? { diff: DIFF, filterMode: mode, failScope: 'all' as const } : {}),
  });
  const files: string[] = [];
  const rec = (m: string, p?: AnnotationProperties) => void files.push(p?.file ?? m);
  annotate(report, { error: rec, warning: rec, notice: () => {} });
  return files;
}

describe('annotations with a diff', () => {
  test('filter-mode added: only the new finding, even when pre-existing ones fail the check', () => {
    expect(annotated('added')).toEqual(['z-new.conf']);
  });
  test('other modes: the new finding first, so it is among the 10 GitHub shows', () => {
    const files = annotated('file');
    expect(files).toHaveLength(10);
    expect(files[0]).toBe('z-new.conf');
  });
  test('no diff: everything, in report order', () => {
    const files = annotated(undefined);
    expect(files).toHaveLength(10);
    expect(files).not.toContain('z-new.conf');
  });
});
