/**
 * The report: everything the reporters need, as plain data. Its JSON form is the contract in
 * shared/design.md and schema/report.schema.json.
 */
import { fails, type Policy } from '../policy.js';
import type { Finding } from '../scan/finding.js';
import type { ScanResult, ScanStats } from '../scan/scan.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { toList, type Version, type VersionSet, setOf } from '../versions.js';

export type Verdict = 'pass' | 'fail';

export interface Report {
  readonly tool: { readonly name: string; readonly version: string };
  readonly minVersion: Version;
  readonly failOn: Policy['failOn'];
  readonly verdict: Verdict;
  /** Union of the legacy versions over the findings that fail the check. */
  readonly legacyVersions: readonly Version[];
  readonly findings: readonly Finding[];
  readonly suppressed: readonly Finding[];
  /** Probed endpoints (filled by the probe; empty for a scan). */
  readonly endpoints: readonly unknown[];
  readonly stats: ScanStats;
  readonly errors: ScanResult['errors'];
}

export function failing(findings: readonly Finding[], policy: Policy): Finding[] {
  return findings.filter((f) => fails(f.severity, policy));
}

export function buildReport(result: ScanResult, policy: Policy): Report {
  const bad = failing(result.findings, policy);
  let union: VersionSet = 0;
  for (const f of bad) union |= setOf(...f.versions);
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    minVersion: policy.minVersion,
    failOn: policy.failOn,
    verdict: bad.length > 0 ? 'fail' : 'pass',
    legacyVersions: toList(union),
    findings: result.findings,
    suppressed: result.suppressed,
    endpoints: [],
    stats: result.stats,
    errors: result.errors,
  };
}

export function toJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
