import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { EXIT, exitCode } from '../src/cli.js';
import { annotate, type AnnotationProperties } from '../src/report/annotations.js';
import { buildReport } from '../src/report/report.js';
import { matrixMarkdown } from '../src/report/matrix.js';
import { formatSummary, SUMMARY_LIMIT } from '../src/report/summary.js';
import { formatText } from '../src/report/text.js';
import { uriPath } from '../src/report/uri.js';
import { toSarif } from '../src/report/sarif.js';
import type { Finding } from '../src/scan/finding.js';
import { RULES } from '../src/scan/rules/index.js';
import type { EndpointResult } from '../src/probe/types.js';

/** A probed endpoint that could not be reached (no addresses): enough for the summary and matrix. */
function endpointResult(target: string, extra: { name?: string; message?: string } = {}): EndpointResult {
  const [host, port] = target.split(':');
  return {
    endpoint: { target, host, port: Number(port), starttls: null, ...(extra.name ? { name: extra.name } : {}) },
    addresses: [],
    accepted: [],
    error: { kind: 'dns', message: extra.message ?? `${host}: no such host` },
  };
}

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
    const md = formatSummary(report([finding(0)], [finding(1, 'error', { suppressed: { reason: 'legacy | appliance' } })]), {
      link: (f, l) => `https://x/${f}#L${l}`,
    });
    expect(md).toMatch(/^## ❌ tls-floor: TLSv1\.0 enabled below TLSv1\.2/);
    expect(md).toContain('[conf/f0.conf:1](https://x/conf/f0.conf#L1)');
    expect(md).toContain('m0 \\| with a pipe');
    expect(md).toContain('Suppressed findings (1)');
    expect(md).toContain('legacy \\| appliance');
  });
  test('stays within 1 MiB in bytes, counting every section, and ends with a note on what was left out', () => {
    // Three bytes per character: a limit counted in UTF-16 units lets this grow to about 3 MiB.
    const text = '€'.repeat(300);
    const many = Array.from({ length: 6000 }, (_, i) => finding(i, 'error', { message: text, file: `конфиг/${i}.conf` }));
    const suppressed = Array.from({ length: 2000 }, (_, i) => finding(i, 'error', { suppressed: { reason: text } }));
    const endpoints = Array.from({ length: 3000 }, (_, i) => endpointResult(`host-${i}.example:443`, { name: `名前${text}` }));
    const errors = Array.from({ length: 3000 }, (_, i) => ({ file: `файл-${i}-${text}`, message: 'EACCES' }));
    const r = buildReport({ scan: { findings: many, suppressed, stats: STATS, errors }, endpoints, policy: POLICY });
    const md = formatSummary(r, { reportFile: 'out/r.json', sarifFile: 'out/r.sarif' });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(md).toContain('### Endpoints');
    expect(md).toContain('### Findings');
    expect(md.trimEnd()).toMatch(
      /This summary was shortened to fit GitHub's 1 MiB limit: \d+ findings, \d+ endpoint rows, 2000 suppressed findings, 3000 unreadable files not shown; see the JSON report \(out\/r\.json\) and the SARIF file \(out\/r\.sarif\) and code scanning\.$/,
    );
  });

  test('a small limit: every section is cut, and the note says where the rest is', () => {
    const r = buildReport({
      scan: { findings: Array.from({ length: 150 }, (_, i) => finding(i)), suppressed: [], stats: STATS, errors: [] },
      endpoints: Array.from({ length: 150 }, (_, i) => endpointResult(`h${i}:443`)),
      policy: POLICY,
    });
    const md = formatSummary(r, { limit: 12 * 1024 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(12 * 1024);
    expect(md.trimEnd()).toMatch(
      /findings, \d+ endpoint rows not shown; set the report-file or sarif-file input to get the full report\.$/,
    );
  });

  test('nothing is cut: no note', () => {
    expect(formatSummary(report([finding(0)]))).not.toContain('shortened');
  });

  test('a pass', () => expect(formatSummary(report([]))).toMatch(/^## ✅ tls-floor: nothing below TLSv1\.2 fails the check/));

  test('what changed since the previous report, and how many reports were merged', () => {
    const ref = (line: number) => ({ key: `k${line}`, ruleId: 'nginx/ssl-protocols', file: 'a.conf', line });
    const changes = {
      previous: { commit: 'c'.repeat(40), time: '2026-12-01T03:00:00.000Z' },
      newFindings: [ref(1), ref(2), ref(3)],
      fixedFindings: [ref(9)],
      stillFindings: 4,
      newEndpoints: ['a:443'],
      fixedEndpoints: ['b:443', 'c:443'],
      stillEndpoints: ['d:443'],
      changedEndpoints: [],
      goneEndpoints: ['e:443'],
    };
    const base = report([]);
    const md = formatSummary({
      ...base,
      changes,
      run: {
        time: '2026-12-02T03:00:00.000Z',
        merged: 3,
        settings: { minVersion: 'TLSv1.2', failOn: 'error', failOnUnreachable: true, failOnUnreadable: true, rules: {}, toolVersion: '0' },
      },
    });
    expect(md).toContain('| Merged | 3 reports joined |');
    expect(md).toContain(
      '| Since the previous report | 3 new, 1 fixed, 4 still failing; endpoints: 1 new, 2 fixed, 1 gone (against commit cccccccccccc, 2026-12-01T03:00:00.000Z) |',
    );
    expect(formatSummary(base)).not.toContain('Since the previous report');
  });
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

/** Pipes that end a table cell: not preceded by an odd number of backslashes. */
function cellSeparators(line: string): number {
  return [...line.matchAll(/(\\*)\|/g)].filter((m) => m[1].length % 2 === 0).length;
}

describe('text from files, endpoints and servers is inert in Markdown', () => {
  const hostile =
    '[click](http://evil.example) ![img](http://evil.example/p.png) <img src=x onerror=alert(1)> a|b `x` \\| *em* www.evil.example\nnext line';
  const findings = [finding(0, 'error', { file: 'a](http://evil.example)/[b].conf', message: hostile })];
  const suppressed = [finding(1, 'error', { suppressed: { reason: hostile } })];
  const errors = [{ file: '<img src=x>.conf', message: hostile }];
  const endpoints = [endpointResult('evil.example:443', { name: hostile, message: `server said: ${hostile}` })];
  const md = formatSummary(buildReport({ scan: { findings, suppressed, stats: STATS, errors }, endpoints, policy: POLICY }), {
    link: (f, l) => `https://github.com/o/r/blob/sha/${uriPath(f)}#L${l}`,
  });

  test('no link, image, HTML or autolink survives', () => {
    expect(md).not.toMatch(/(^|[^\\])\[click\]/m);
    expect(md).not.toMatch(/(^|[^\\])!\[img/);
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).not.toMatch(/(^|[^\\])<(?!\/?(details|summary)>)/);
    expect(md).not.toContain('http://evil');
    expect(md).not.toMatch(/(^|[^\\])www\.evil/);
    expect(md).toContain('\\[click\\](http\\://evil.example)');
  });

  test('no table is broken: every row has as many cells as its header', () => {
    const lines = md.split('\n');
    let columns = 0;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        columns = 0;
        continue;
      }
      if (columns === 0) columns = cellSeparators(line);
      else expect(cellSeparators(line), line).toBe(columns);
    }
    expect(md).not.toContain('next line\n');
  });

  test('no code span is closed early: backticks are escaped', () => {
    expect(md).toContain('\\`x\\`');
    expect(md).not.toMatch(/(^|[^\\])`x`/);
  });

  test('the link to a file is percent-encoded, and its text escaped', () => {
    expect(md).toContain(
      '[a\\](http\\://evil.example)/\\[b\\].conf:1](https://github.com/o/r/blob/sha/a%5D%28http%3A//evil.example%29/%5Bb%5D.conf#L1)',
    );
  });

  test('the same in the matrix alone', () => {
    const m = matrixMarkdown(buildReport({ endpoints, policy: POLICY }).endpoints);
    expect(m).not.toMatch(/(^|[^\\])\[click\]/m);
    expect(m).not.toMatch(/(^|[^\\])<img/);
  });
});

describe('SARIF URIs', () => {
  test.each([['a b#%.conf'], ['dir/ü?x=1.conf'], ["it's (a) [test]!.conf"]])('%j round-trips as a percent-encoded URI', (file) => {
    const sarif = toSarif(report([finding(0, 'error', { file })]), RULES) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uri = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).toMatch(/^[A-Za-z0-9\-._~%/]+$/);
    const url = new URL(uri, 'file:///src/');
    expect(url.search + url.hash).toBe('');
    expect(fileURLToPath(url)).toBe(`/src/${file}`);
  });
  test('a space, #, % and non-ASCII', () => expect(uriPath('d/a b#%ü.conf')).toBe('d/a%20b%23%25%C3%BC.conf'));
});

describe('formatText (terminal)', () => {
  test('findings, unreadable files, the counts and the verdict, exactly', () => {
    const r = buildReport({
      scan: {
        findings: [finding(0), finding(1, 'warning')],
        suppressed: [finding(2)],
        stats: STATS,
        errors: [{ file: 'secret.conf', message: 'EACCES' }],
      },
      policy: POLICY,
    });
    expect(formatText(r)).toBe(
      [
        'conf/f0.conf:1:3  error  nginx/ssl-protocols  m0 | with a pipe',
        'conf/f1.conf:2:3  warning  nginx/ssl-protocols  m1 | with a pipe',
        'secret.conf  warning  could not be read: EACCES',
        '',
        '2 findings (1 error, 1 warning) in 1 file; 1 suppressed; nothing skipped',
        'fail: TLSv1.0 enabled below TLSv1.2; 1 file could not be read',
        '',
      ].join('\n'),
    );
  });
  test('a pass, and colour only when asked', () => {
    expect(formatText(report([]))).toBe('no findings in 1 file; nothing skipped\npass: nothing below TLSv1.2 fails the check\n');
    expect(formatText(report([finding(0)]), { color: true })).toContain('\x1b[31merror\x1b[0m');
  });
  test('control characters from files and servers are shown, not sent to the terminal', () => {
    const r = buildReport({
      scan: {
        findings: [finding(0, 'error', { file: 'a\x1b]0;pwned\x07.conf', message: 'x\x1b[2Jy\nz' })],
        suppressed: [],
        stats: STATS,
        errors: [],
      },
      endpoints: [endpointResult('h:443', { name: 'n\x1b[31m', message: 'bad\rline' })],
      policy: POLICY,
    });
    const out = formatText(r);
    // eslint-disable-next-line no-control-regex -- control characters are what this matches
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(out).toContain('a\\x1b]0;pwned\\x07.conf:1:3');
    expect(out).toContain('x\\x1b[2Jy\\x0az');
  });
});

describe('exitCode', () => {
  const unchecked = (failOnUnreachable: boolean) =>
    buildReport({ endpoints: [endpointResult('h:443')], policy: POLICY, failOnUnreachable });
  test.each([
    ['a pass', () => report([]), true, 0],
    ['legacy TLS found', () => report([finding(0)]), true, 1],
    ['legacy TLS found, --no-fail', () => report([finding(0)]), false, 0],
    ['only an endpoint that could not be checked', () => unchecked(true), true, 3],
    ['… with --allow-unreachable', () => unchecked(false), true, 0],
    [
      'legacy TLS and an unchecked endpoint',
      () =>
        buildReport({
          scan: { findings: [finding(0)], suppressed: [], stats: STATS, errors: [] },
          endpoints: [endpointResult('h:443')],
          policy: POLICY,
        }),
      true,
      1,
    ],
  ])('%s', (_name, make, fail, code) => expect(exitCode(make(), fail)).toBe(code));
  test('the codes', () => expect(EXIT).toEqual({ pass: 0, fail: 1, usage: 2, unreachable: 3, internal: 4 }));
});
