import { below, type Version, type VersionSet } from './versions.js';

/** How sure a rule is that the legacy versions are really used. */
export type Severity = 'error' | 'warning' | 'note';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note'];

export interface Policy {
  /** The lowest version allowed; everything below it is legacy. */
  readonly minVersion: Version;
  /** The least severe finding that fails the check. */
  readonly failOn: Severity;
}

export const DEFAULT_POLICY: Policy = { minVersion: 'TLSv1.2', failOn: 'error' };

/** The versions of `enabled` that the policy forbids (empty when the set is acceptable). */
export function legacyVersions(enabled: VersionSet, policy: Policy): VersionSet {
  return below(enabled, policy.minVersion);
}

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** Whether a finding of this severity fails the check under the policy. */
export function fails(severity: Severity, policy: Policy): boolean {
  return severityRank(severity) <= severityRank(policy.failOn);
}
