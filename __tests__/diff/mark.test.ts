import { Ajv } from 'ajv';
import * as fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { exitCode } from '../../src/cli.js';
import { endpointIsNew, markFindings, splitByNew } from '../../src/diff/mark.js';
import type { DiffModel, FileDiff } from '../../src/diff/model.js';
import type { EndpointResult } from '../../src/probe/types.js';
import { buildReport, EMPTY_STATS, headline, judgedFindings, legacyFound, toJson } from '../../src/report/report.js';
import { formatSummary } from '../../src/report/summary.js';
import { formatText } from '../../src/report/text.js';
import type { Finding } from '../../src/scan/finding.js';
import { loadSettings } from '../../src/settings.js';
import { KNOWN_RULE_IDS } from '../../src/pipeline.js';
import { tempDir, write } from './repo.js';

const POLICY = { minVersion: 'TLSv1.2', failOn: 'error' } as const;

function finding(file: string, line: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'nginx/ssl-protocols',
    title: 't',
    file,
    line,
    column: 1,
    endLine: line,
    endColumn: 20,
    versions: ['TLSv1.0'],
    enabled: ['TLSv1.0', 'TLSv1.2'],
    severity: 'error',
    message: `legacy at ${file}:${line}`,
    snippet: 'ssl_protocols TLSv1 TLSv1.2;',
    ...extra,
  };
}

function diffOf(...files: FileDiff[]): DiffModel {
  return { files: new Map(files.map((f) => [f.path, f])), base: 'a'.repeat(40), head: 'b'.repeat(40), source: 'git' };
}

/** The PR changed line 5 of new.conf (hunk 2–8) and line 3 of the config file. */
const DIFF = diffOf(
  { path: 'new.conf', added: [{ start: 5, end: 5 }], hunks: [{ start: 2, end: 8 }], whole: false },
  { path: '.github/tls-floor.yml', added: [{ start: 3, end: 3 }], hunks: [{ start: 1, end: 6 }], whole: false },
);

/** Ten legacy settings the repository already had, plus the one the PR adds. */
const OLD = Array.from({ length: 10 }, (_, i) => finding(`old/f${i}.conf`, i + 1));
const ADDED = finding('new.conf', 5, { versions: ['TLSv1.1'], enabled: ['TLSv1.1', 'TLSv1.2'] });
const FINDINGS = [...OLD, ADDED];

function scan(findings: Finding[]) {
  return { findings, suppressed: [], stats: { ...EMPTY_STATS, files: 11, read: 11, rules: 1 }, errors: [] };
}

function endpoint(target: string, legacy: boolean, source?: { file?: string; line?: number }): EndpointResult {
  return {
    endpoint: { target, host: target, port: 443, starttls: null, ...(source ? { source } : {}) },
    addresses: legacy ? [{ address: '192.0.2.1', family: 4, accepted: ['TLSv1.0', 'TLSv1.2'], results: [], error: null }] : [],
    accepted: legacy ? ['TLSv1.0', 'TLSv1.2'] : [],
    error: legacy ? null : { kind: 'timeout', message: 'no answer' },
  };
}

describe('marking findings new', () => {
  test.each([
    ['added', [false, true, false, false]],
    ['diff_context', [true, true, false, false]],
    ['file', [true, true, true, false]],
    ['nofilter', [true, true, true, true]],
  ] as const)('filter mode %s', (mode, expected) => {
    const fs4 = [finding('new.conf', 2), finding('new.conf', 5), finding('new.conf', 40), finding('other.conf', 5)];
    expect(markFindings(fs4, DIFF, mode).map((f) => f.new)).toEqual(expected);
  });
  test('a finding over several lines is new when any of its lines was added', () => {
    const spread = finding('new.conf', 3, { endLine: 6 });
    expect(markFindings([spread, { ...spread, endLine: 4 }], DIFF, 'added').map((f) => f.new)).toEqual([true, false]);
  });
  test('no diff: nothing is marked, everything counts as new', () => {
    const marked = markFindings(FINDINGS, undefined, 'added');
    expect(marked.some((f) => 'new' in f)).toBe(false);
    expect(splitByNew(marked).new).toHaveLength(11);
  });
  test('endpoints: new only when their declaring line changed; inputs are judged as usual', () => {
    expect(endpointIsNew({ file: '.github/tls-floor.yml', line: 3 }, DIFF, 'added')).toBe(true);
    expect(endpointIsNew({ file: '.github/tls-floor.yml', line: 5 }, DIFF, 'added')).toBe(false);
    expect(endpointIsNew({ file: '.github/tls-floor.yml', line: 5 }, DIFF, 'diff_context')).toBe(true);
    expect(endpointIsNew(undefined, DIFF, 'added')).toBeUndefined();
    expect(endpointIsNew({ file: '.github/tls-floor.yml', line: 5 }, undefined, 'added')).toBeUndefined();
  });
});

describe('fail-scope decides what fails, apart from what is found', () => {
  test('10 pre-existing + 1 new: fail-scope new judges the 1, all judges the 11', () => {
    const onlyNew = buildReport({ scan: scan(FINDINGS), policy: POLICY, diff: DIFF, failScope: 'new' });
    expect(onlyNew.verdict).toBe('fail');
    expect(judgedFindings(onlyNew)).toEqual([{ ...ADDED, new: true }]);
    expect(onlyNew.legacyVersions).toEqual(['TLSv1.1']);
    expect(onlyNew.findings).toHaveLength(11);
    expect(onlyNew.diff).toEqual({
      base: DIFF.base,
      head: DIFF.head,
      source: 'git',
      mode: 'added',
      failScope: 'new',
      new: 1,
      preexisting: 10,
    });

    const all = buildReport({ scan: scan(FINDINGS), policy: POLICY, diff: DIFF, failScope: 'all' });
    expect(all.verdict).toBe('fail');
    expect(judgedFindings(all)).toHaveLength(11);
    expect(all.legacyVersions).toEqual(['TLSv1.0', 'TLSv1.1']);
    expect(all.diff).toMatchObject({ failScope: 'all', new: 1, preexisting: 10 });
  });
  test('the new finding fixed: fail-scope new passes and says how many pre-existing findings were not judged', () => {
    const r = buildReport({ scan: scan(OLD), policy: POLICY, diff: DIFF, failScope: 'new' });
    expect(r.verdict).toBe('pass');
    expect(headline(r)).toBe('nothing new below TLSv1.2 fails the check (10 pre-existing findings not judged: fail-scope new)');
    expect(buildReport({ scan: scan(OLD), policy: POLICY, diff: DIFF, failScope: 'all' }).verdict).toBe('fail');
  });
  test('without a diff fail-scope new judges everything (a schedule run fails on all eleven)', () => {
    const r = buildReport({ scan: scan(FINDINGS), policy: POLICY, failScope: 'new' });
    expect(judgedFindings(r)).toHaveLength(11);
    expect(r.diff).toBeUndefined();
    expect(r.findings.some((f) => 'new' in f)).toBe(false);
  });
  test('fail-on still applies to new findings: a new warning does not fail', () => {
    const r = buildReport({ scan: scan([...OLD, { ...ADDED, severity: 'warning' }]), policy: POLICY, diff: DIFF, failScope: 'new' });
    expect(r.verdict).toBe('pass');
  });
  test('endpoints: an unchanged declaration does not fail under new; a changed one and an input one do', () => {
    const old = endpoint('old.example', true, { file: '.github/tls-floor.yml', line: 5 });
    const changed = endpoint('changed.example', true, { file: '.github/tls-floor.yml', line: 3 });
    const input = endpoint('input.example', true);
    const build = (eps: EndpointResult[]) => buildReport({ endpoints: eps, policy: POLICY, diff: DIFF, failScope: 'new' });
    expect(build([old]).verdict).toBe('pass');
    expect(build([old]).endpoints[0].new).toBe(false);
    expect(build([old, changed]).verdict).toBe('fail');
    expect(build([input]).verdict).toBe('fail');
    expect(build([input]).endpoints[0]).not.toHaveProperty('new');
  });
  test('exit code: pre-existing legacy findings under fail-scope new do not turn an unreachable endpoint into "legacy found"', () => {
    const r = buildReport({
      scan: scan(OLD),
      endpoints: [endpoint('down.example', false)],
      policy: POLICY,
      diff: DIFF,
      failScope: 'new',
    });
    expect(r.verdict).toBe('fail');
    expect(legacyFound(r)).toBe(false);
    expect(exitCode(r, true)).toBe(3);
    expect(headline(r)).toBe('1 endpoint could not be checked');
  });
  test('the JSON report validates against the schema, with `new` on findings and endpoints and the `diff` block', () => {
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(JSON.parse(fs.readFileSync('schema/report.schema.json', 'utf8')));
    const r = buildReport({
      scan: scan(FINDINGS),
      endpoints: [endpoint('old.example', true, { file: '.github/tls-floor.yml', line: 5 })],
      policy: POLICY,
      diff: { ...DIFF, worktree: true },
      filterMode: 'diff_context',
      failScope: 'new',
    });
    const json = JSON.parse(toJson(r));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.diff).toMatchObject({ worktree: true, mode: 'diff_context' });
    expect(json.findings.at(-1).new).toBe(true);
    expect(json.endpoints[0].new).toBe(true);
    expect(validate({ ...json, diff: { ...json.diff, failScope: 'some' } })).toBe(false);
  });
  test('text and summary: new findings listed as new, pre-existing ones counted (and, in the summary, listed apart)', () => {
    const r = buildReport({ scan: scan(FINDINGS), policy: POLICY, diff: DIFF, failScope: 'new' });
    const text = formatText(r);
    expect(text).toContain('new.conf:5:1');
    expect(text).not.toContain('old/f0.conf');
    expect(text).toContain('1 new finding (1 error), 10 pre-existing (not listed)');
    const md = formatSummary(r);
    expect(md).toContain('| New / pre-existing | 1 new, 10 pre-existing (fail-scope new) |');
    const [newPart, oldPart] = md.split('Pre-existing findings (10)');
    expect(newPart).toContain('### New findings');
    expect(newPart).toContain('| new.conf:5 |');
    expect(newPart).not.toContain('old/f0.conf');
    expect(oldPart).toContain('| old/f9.conf:10 |');
    expect(oldPart).not.toContain('new.conf');
  });
});

describe('settings: filter-mode and fail-scope', () => {
  test('inputs win over the config file; defaults added and event-decided', () => {
    const root = tempDir();
    expect(loadSettings(root, {}, KNOWN_RULE_IDS)).toMatchObject({ filterMode: 'added' });
    expect(loadSettings(root, {}, KNOWN_RULE_IDS).failScope).toBeUndefined();
    write(root, { '.github/tls-floor.yml': 'filter-mode: file\nfail-scope: all\n' });
    expect(loadSettings(root, {}, KNOWN_RULE_IDS)).toMatchObject({ filterMode: 'file', failScope: 'all' });
    expect(loadSettings(root, { 'filter-mode': 'Diff_Context', 'fail-scope': 'new' }, KNOWN_RULE_IDS)).toMatchObject({
      filterMode: 'diff_context',
      failScope: 'new',
    });
  });
  test('one-line errors naming the key and the choices', () => {
    const root = tempDir();
    expect(() => loadSettings(root, { 'filter-mode': 'lines' }, KNOWN_RULE_IDS)).toThrow(
      'filter-mode: "lines" is not a filter mode; expected added, diff_context, file, nofilter',
    );
    write(root, { '.github/tls-floor.yml': 'min-version: TLSv1.2\nfail-scope: changed\n' });
    expect(() => loadSettings(root, {}, KNOWN_RULE_IDS)).toThrow(
      '.github/tls-floor.yml:2: fail-scope: "changed" is not a fail scope; expected new, all',
    );
  });
});
