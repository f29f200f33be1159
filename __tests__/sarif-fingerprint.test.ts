/**
 * Code scanning matches a result across runs by its partial fingerprint. It must follow the code,
 * not the line number: a finding that moves because lines were added above it is the same alert
 * (the same fingerprint), while a different setting is a different alert.
 */
import { expect, test } from 'vitest';
import { buildReport, EMPTY_STATS } from '../src/report/report.js';
import { toSarif } from '../src/report/sarif.js';
import { checkFile, RuleIndex } from '../src/scan/engine.js';
import type { Finding } from '../src/scan/finding.js';
import { RULES } from '../src/scan/rules/index.js';
import { SourceFile } from '../src/scan/source.js';

const POLICY = { minVersion: 'TLSv1.2', failOn: 'error' } as const;
const rules = new RuleIndex(RULES);

function scan(path: string, text: string): Finding[] {
  const file = new SourceFile(path, text);
  return checkFile(file, rules.select(file), POLICY);
}

interface Result {
  ruleId: string;
  locations: { physicalLocation: { region: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
}

/** The SARIF results of one scanned file, as code scanning reads them. */
function results(path: string, text: string): Result[] {
  const findings = scan(path, text);
  const report = buildReport({ scan: { findings, suppressed: [], stats: EMPTY_STATS, errors: [] }, policy: POLICY });
  return (toSarif(report, RULES) as { runs: { results: Result[] }[] }).runs[0].results;
}

const CONFIG = 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1 TLSv1.2;\n}\n';

function only(rs: Result[]): Result {
  expect(rs.map((r) => r.ruleId)).toEqual(['nginx/ssl-protocols']);
  return rs[0];
}

test('a finding moved down five lines keeps its fingerprint', () => {
  const before = only(results('conf.d/site.conf', CONFIG));
  const after = only(results('conf.d/site.conf', `# added\n# comments\n\n# above\n#\n${CONFIG}`));
  expect(after.locations[0].physicalLocation.region.startLine).toBe(before.locations[0].physicalLocation.region.startLine + 5);
  expect(after.partialFingerprints).toEqual(before.partialFingerprints);
  expect(before.partialFingerprints['tlsFloor/v1']).toMatch(/^[0-9a-f]{32}$/);
});

test('a different setting on the same line gets a different fingerprint', () => {
  const before = only(results('conf.d/site.conf', CONFIG));
  const changed = only(results('conf.d/site.conf', CONFIG.replace('TLSv1 TLSv1.2', 'TLSv1.1 TLSv1.2')));
  expect(changed.locations[0].physicalLocation.region.startLine).toBe(before.locations[0].physicalLocation.region.startLine);
  expect(changed.partialFingerprints['tlsFloor/v1']).not.toBe(before.partialFingerprints['tlsFloor/v1']);
});

test('the same setting in another file is another alert', () => {
  const a = only(results('conf.d/a.conf', CONFIG));
  const b = only(results('conf.d/b.conf', CONFIG));
  expect(b.partialFingerprints['tlsFloor/v1']).not.toBe(a.partialFingerprints['tlsFloor/v1']);
});
