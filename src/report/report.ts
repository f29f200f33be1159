/**
 * The report: everything the reporters need, as plain data. Its JSON form is the contract in
 * shared/design.md and schema/report.schema.json.
 */
import { endpointIsNew, isNew, markFindings } from '../diff/mark.js';
import type { DiffModel, FailScope, FilterMode } from '../diff/model.js';
import { fails, type Policy } from '../policy.js';
import { cipherName } from '../probe/ciphers.js';
import type { AddressResult, Endpoint, EndpointResult, Outcome, ProbeError, VersionResult } from '../probe/types.js';
import { judgeEndpoint, type EndpointStatus } from '../probe/verdict.js';
import type { Finding } from '../scan/finding.js';
import type { ScanResult, ScanStats } from '../scan/scan.js';
import type { Changes, EndpointChange, RunRecord } from './record.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { toList, type Version, type VersionSet, setOf } from '../versions.js';

export type Verdict = 'pass' | 'fail';

export type UncheckedReason = 'unreachable-endpoints' | 'unreadable-files';

/** An attempt's outcome as the report shows it: an accepted one names its cipher suite beside the number. */
export type ReportedOutcome = Outcome | (Extract<Outcome, { kind: 'accepted' }> & { readonly cipherName?: string });

/** One address of an endpoint as the report shows it. */
export interface AddressReport extends Omit<AddressResult, 'results'> {
  readonly results: readonly (Omit<VersionResult, 'outcome'> & { readonly outcome: ReportedOutcome })[];
}

/** `cipher` stays the number (fields are added, never renamed); `cipherName` is its IANA name. */
function addressReport(a: AddressResult): AddressReport {
  return {
    ...a,
    results: a.results.map((x) =>
      x.outcome.kind === 'accepted' && x.outcome.cipher !== undefined
        ? { ...x, outcome: { ...x.outcome, cipherName: cipherName(x.outcome.serverVersion, x.outcome.cipher) } }
        : x,
    ),
  };
}

/** One probed endpoint as the JSON report carries it (design.md's contract, plus the verdict). */
export interface EndpointReport {
  readonly target: string;
  readonly name?: string;
  readonly host: string;
  readonly port: number;
  readonly starttls: Endpoint['starttls'];
  readonly sni?: string;
  readonly source?: Endpoint['source'];
  readonly addresses: readonly AddressReport[];
  readonly accepted: readonly Version[];
  readonly error: ProbeError | null;
  readonly status: EndpointStatus;
  /** Legacy versions accepted (below the floor). */
  readonly legacy: readonly Version[];
  /** Legacy versions that could not be decided on some address. */
  readonly inconclusive: readonly Version[];
  readonly message: string;
  readonly notes: readonly string[];
  /** On runs with a diff, for endpoints declared in a repository file: that line changed. */
  readonly new?: boolean;
  /** With a previous report: how this endpoint's verdict moved since then (see record.ts). */
  readonly change?: EndpointChange;
  /** With a previous report: versions accepted now and not then. */
  readonly appeared?: readonly Version[];
  /** With a previous report: versions accepted then and not now. */
  readonly disappeared?: readonly Version[];
}

/** The change a run was judged against (pull requests, pushes, `scan --diff`). */
export interface DiffReport {
  readonly base: string;
  readonly head: string;
  readonly source: DiffModel['source'];
  /** The head is the work tree (uncommitted and untracked changes count). */
  readonly worktree?: boolean;
  readonly mode: FilterMode;
  readonly failScope: FailScope;
  /** Findings on changed lines (as `mode` reads them) and the rest. */
  readonly new: number;
  readonly preexisting: number;
}

export interface Report {
  readonly tool: { readonly name: string; readonly version: string };
  readonly minVersion: Version;
  readonly failOn: Policy['failOn'];
  readonly verdict: Verdict;
  /** Union of the legacy versions over the failing findings and endpoints. */
  readonly legacyVersions: readonly Version[];
  readonly findings: readonly Finding[];
  readonly suppressed: readonly Finding[];
  readonly endpoints: readonly EndpointReport[];
  /**
   * Something could not be checked and the settings say that fails (exit code 3): an endpoint
   * (`fail-on-unreachable`) or part of the tree that could not be read (`fail-on-unreadable`).
   */
  readonly unchecked: boolean;
  /** What made the run unchecked; empty when it is not. */
  readonly uncheckedBecause: readonly UncheckedReason[];
  readonly stats: ScanStats;
  readonly errors: ScanResult['errors'];
  /** Present when the run had a diff; findings and endpoints then carry `new`. */
  readonly diff?: DiffReport;
  /** When, on what and with which settings the run was judged: what a history of reports needs. */
  readonly run?: RunRecord;
  /** With a previous report: what changed since then. */
  readonly changes?: Changes;
}

/** Whether an endpoint accepts a legacy version or offers nothing modern: what fails a run. */
export function endpointFails(e: Pick<EndpointReport, 'status'>): boolean {
  return e.status === 'legacy' || e.status === 'no-modern';
}

/** ` (test)` after a rule id when the finding was judged outside first-party code; '' otherwise. */
export function contextTag(f: Finding): string {
  return f.context && f.context !== 'first-party' ? ` (${f.context})` : '';
}

export function failing(findings: readonly Finding[], policy: Policy): Finding[] {
  return findings.filter((f) => fails(f.severity, policy));
}

export const EMPTY_STATS: ScanStats = {
  files: 0,
  read: 0,
  skipped: { binary: 0, tooLarge: 0, documentation: 0, excluded: 0, unreadable: 0, outsideLinks: 0, special: 0 },
  omittedFindings: 0,
  rules: 0,
  milliseconds: 0,
};

export function endpointReport(r: EndpointResult, policy: Policy): EndpointReport {
  const v = judgeEndpoint(r, policy);
  const e = r.endpoint;
  return {
    target: e.target,
    ...(e.name ? { name: e.name } : {}),
    host: e.host,
    port: e.port,
    starttls: e.starttls,
    ...(e.sni ? { sni: e.sni } : {}),
    ...(e.source ? { source: e.source } : {}),
    addresses: r.addresses.map(addressReport),
    accepted: r.accepted,
    error: r.error,
    status: v.status,
    legacy: v.legacy,
    inconclusive: v.inconclusive,
    message: v.message,
    notes: v.notes,
  };
}

export interface ReportInput {
  readonly scan?: ScanResult;
  readonly endpoints?: readonly EndpointResult[];
  readonly policy: Policy;
  /** An endpoint that could not be checked fails the run. */
  readonly failOnUnreachable?: boolean;
  /** A file or directory that could not be read fails the run: the scan did not see all of the tree. */
  readonly failOnUnreadable?: boolean;
  /** The change this run is about: findings and endpoints on its lines are new. */
  readonly diff?: DiffModel;
  /** Which lines of the diff make a finding new (default `added`). */
  readonly filterMode?: FilterMode;
  /** With a diff, `new`: only new findings and endpoints decide the verdict (default `all`). */
  readonly failScope?: FailScope;
  /** The run's record (time, commit, settings), carried as is. */
  readonly run?: RunRecord;
}

/** What decides the verdict: with fail-scope new and a diff, only what is new. */
function inScope<T extends { readonly new?: boolean }>(items: readonly T[], failScope: FailScope | undefined): readonly T[] {
  return failScope === 'new' ? items.filter(isNew) : items;
}

/** The findings that decide the report's verdict. */
export function judgedFindings(report: Report): readonly Finding[] {
  return inScope(report.findings, report.diff?.failScope);
}

/** The endpoints that decide the report's verdict. */
export function judgedEndpoints(report: Report): readonly EndpointReport[] {
  return inScope(report.endpoints, report.diff?.failScope);
}

/** What the verdict is made of: the same rules for one run (buildReport) and for merged shards (merge). */
export interface JudgeInput {
  readonly findings: readonly Finding[];
  readonly endpoints: readonly EndpointReport[];
  readonly errors: ScanResult['errors'];
  readonly policy: Policy;
  /** Undefined without a diff (everything counts). */
  readonly failScope?: FailScope;
  readonly failOnUnreachable?: boolean;
  readonly failOnUnreadable?: boolean;
}

export type Judgement = Pick<Report, 'verdict' | 'legacyVersions' | 'unchecked' | 'uncheckedBecause'>;

export function judge(input: JudgeInput): Judgement {
  const bad = failing(inScope(input.findings, input.failScope), input.policy);
  const judged = inScope(input.endpoints, input.failScope);
  let union: VersionSet = 0;
  for (const f of bad) union |= setOf(...f.versions);
  for (const e of judged) union |= setOf(...e.legacy);
  const badEndpoints = judged.filter(endpointFails);
  const uncheckedBecause: UncheckedReason[] = [];
  if ((input.failOnUnreachable ?? true) && judged.some((e) => e.status === 'unchecked')) uncheckedBecause.push('unreachable-endpoints');
  if ((input.failOnUnreadable ?? true) && input.errors.length > 0) uncheckedBecause.push('unreadable-files');
  const unchecked = uncheckedBecause.length > 0;
  return {
    verdict: bad.length > 0 || badEndpoints.length > 0 || unchecked ? 'fail' : 'pass',
    legacyVersions: toList(union),
    unchecked,
    uncheckedBecause,
  };
}

export function buildReport(input: ReportInput): Report {
  const { policy } = input;
  const scan = input.scan ?? { findings: [], suppressed: [], stats: EMPTY_STATS, errors: [] };
  const { diff } = input;
  const mode = input.filterMode ?? 'added';
  // Without a diff everything is new, so the scope makes no difference.
  const scope = diff ? (input.failScope ?? 'all') : undefined;
  const findings = markFindings(scan.findings, diff, mode);
  const endpoints = (input.endpoints ?? []).map((r) => {
    const report = endpointReport(r, policy);
    const declaredNew = endpointIsNew(r.endpoint.source, diff, mode);
    return declaredNew === undefined ? report : { ...report, new: declaredNew };
  });
  const judged = judge({
    findings,
    endpoints,
    errors: scan.errors,
    policy,
    failScope: scope,
    failOnUnreachable: input.failOnUnreachable,
    failOnUnreadable: input.failOnUnreadable,
  });
  const fresh = findings.filter(isNew).length;
  const diffReport: DiffReport | undefined = diff && {
    base: diff.base,
    head: diff.head,
    source: diff.source,
    ...(diff.worktree ? { worktree: true } : {}),
    mode,
    failScope: input.failScope ?? 'all',
    new: fresh,
    preexisting: findings.length - fresh,
  };
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    minVersion: policy.minVersion,
    failOn: policy.failOn,
    verdict: judged.verdict,
    legacyVersions: judged.legacyVersions,
    findings,
    suppressed: scan.suppressed,
    endpoints,
    unchecked: judged.unchecked,
    uncheckedBecause: judged.uncheckedBecause,
    stats: scan.stats,
    errors: scan.errors,
    ...(diffReport ? { diff: diffReport } : {}),
    ...(input.run ? { run: input.run } : {}),
  };
}

/** Whether the policy is violated by legacy TLS (as opposed to only unreachable endpoints). */
export function legacyFound(report: Report): boolean {
  return (
    report.verdict === 'fail' &&
    (report.legacyVersions.length > 0 ||
      judgedEndpoints(report).some((e) => e.status === 'no-modern') ||
      judgedFindings(report).some((f) => fails(f.severity, { minVersion: report.minVersion, failOn: report.failOn })))
  );
}

/** One line that says why the check passed or failed (shared by the terminal, summary and step). */
export function headline(report: Report): string {
  if (report.verdict === 'pass') {
    const old = report.diff?.failScope === 'new' ? report.diff.preexisting : 0;
    return old
      ? `nothing new below ${report.minVersion} fails the check (${old} pre-existing finding${old === 1 ? '' : 's'} not judged: fail-scope new)`
      : `nothing below ${report.minVersion} fails the check`;
  }
  const parts: string[] = [];
  if (report.legacyVersions.length) parts.push(`${report.legacyVersions.join(', ')} enabled below ${report.minVersion}`);
  const noModern = judgedEndpoints(report).filter((e) => e.status === 'no-modern').length;
  if (noModern) parts.push(`${noModern} endpoint${noModern === 1 ? '' : 's'} with nothing at or above ${report.minVersion}`);
  const because = (r: UncheckedReason): boolean => report.uncheckedBecause.includes(r);
  const unchecked = because('unreachable-endpoints') ? judgedEndpoints(report).filter((e) => e.status === 'unchecked').length : 0;
  if (unchecked) parts.push(`${unchecked} endpoint${unchecked === 1 ? '' : 's'} could not be checked`);
  const unread = because('unreadable-files') ? report.errors.length : 0;
  if (unread) parts.push(`${unread} file${unread === 1 ? '' : 's'} could not be read`);
  return parts.join('; ') || `findings at or above fail-on: ${report.failOn}`;
}

export function toJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
