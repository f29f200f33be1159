/**
 * The SARIF we write, checked by Microsoft's SARIF validator (helpers/sarif-validator.ts) with the
 * SARIF and GitHub rules: zero errors, on a report with findings, fixes, suppressions and a pull
 * request's diff; and the validator does catch what GitHub would reject.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DiffModel } from '../src/diff/model.js';
import { runScan } from '../src/pipeline.js';
import { buildReport } from '../src/report/report.js';
import { toSarif } from '../src/report/sarif.js';
import { RULES } from '../src/scan/rules/index.js';
import { loadSettings } from '../src/settings.js';
import { LEGACY_REPO, makeRepo } from './helpers/fixture.js';
import { describeResults, validateSarif as validate } from './helpers/sarif-validator.js';

describe('SARIF validated by Microsoft’s SARIF validator (Sarif and GitHub rules)', () => {
  test('findings with fixes, a suppression and a pull request’s diff: zero errors, zero warnings', { timeout: 120_000 }, async () => {
    const ws = makeRepo({
      ...LEGACY_REPO,
      'src/Net.cs': 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls | SecurityProtocolType.Tls11;\n',
    });
    const settings = loadSettings(ws, {}, new Set(RULES.map((r) => r.meta.id)));
    const scanned = await runScan(settings);
    expect(scanned.findings.some((f) => f.fix)).toBe(true);
    expect(scanned.suppressed).toHaveLength(1);
    const diff: DiffModel = {
      files: new Map([['src/Net.cs', { path: 'src/Net.cs', added: [{ start: 1, end: 1 }], hunks: [{ start: 1, end: 1 }], whole: false }]]),
      base: 'a'.repeat(40),
      head: 'b'.repeat(40),
      source: 'git',
    };
    const report = buildReport({ scan: scanned, policy: settings.policy, diff, failScope: 'new' });
    const file = path.join(ws, 'out.sarif');
    fs.writeFileSync(file, JSON.stringify(toSarif(report, RULES), null, 2));
    const sarif = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(sarif.runs[0].results.some((r: { fixes?: unknown }) => r.fixes)).toBe(true);
    expect(sarif.runs[0].results.some((r: { suppressions?: unknown }) => r.suppressions)).toBe(true);

    const v = await validate(file);
    expect(v.notifications).toEqual([]);
    expect(describeResults(v.results)).toEqual([]);
    expect(v.exit).toBe(0);
  });

  test('the validator does catch what GitHub would reject (a rule without shortDescription, a line 0)', { timeout: 120_000 }, async () => {
    const ws = makeRepo({ 'nginx.conf': 'ssl_protocols TLSv1 TLSv1.2;\n' });
    const settings = loadSettings(ws, {}, new Set(RULES.map((r) => r.meta.id)));
    const report = buildReport({ scan: await runScan(settings), policy: settings.policy });
    const sarif = toSarif(report, RULES) as {
      runs: {
        tool: { driver: { rules: object[] } };
        results: { locations: { physicalLocation: { region: { startLine: number } } }[] }[];
      }[];
    };
    delete (sarif.runs[0].tool.driver.rules[0] as { shortDescription?: unknown }).shortDescription;
    sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    const file = path.join(ws, 'bad.sarif');
    fs.writeFileSync(file, JSON.stringify(sarif));
    const v = await validate(file);
    const errors = v.results.filter((r) => r.level === 'error').map((r) => r.ruleId);
    expect(errors).toEqual(expect.arrayContaining(['GH2012', 'JSON1008']));
  });
});
