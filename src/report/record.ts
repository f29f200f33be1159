/**
 * The report as a record: when a run was judged, on which commit, with which settings (what a
 * history of reports needs to compare like with like), and what changed since a previous report.
 * Pure: reports in, report out; reading the previous report is the caller's job.
 */
import { isCommitId, type FailScope } from '../diff/model.js';
import type { Severity } from '../policy.js';
import type { RuleSetting, Settings } from '../settings.js';
import { endpointKey, inShard, type Shard } from '../shard.js';
import { TOOL_VERSION } from '../version.js';
import { setOf, toList, type Version } from '../versions.js';
import { endpointFails, failing, type EndpointReport, type Report } from './report.js';
import { fingerprint } from './sarif.js';

/** The settings that judged a run: reports judged by different ones do not merge. */
export interface RunSettings {
  readonly minVersion: Version;
  readonly failOn: Severity;
  /** Undefined: decided by the event. */
  readonly failScope?: FailScope;
  readonly failOnUnreachable: boolean;
  readonly failOnUnreadable: boolean;
  /** The config file's rule overrides, by rule id (sorted). */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly toolVersion: string;
}

export interface RunRecord {
  /** ISO 8601. */
  readonly time: string;
  readonly commit?: string;
  readonly event?: string;
  /** `i/n` when the run was one shard of a matrix. */
  readonly shard?: string;
  /** How many reports were joined into this one (the merge step); absent for a single run. */
  readonly merged?: number;
  readonly settings: RunSettings;
}

/** Where a run happened, as the entry knows it (GITHUB_SHA and GITHUB_EVENT_NAME, or git). */
export interface RunContext {
  readonly time?: Date;
  readonly commit?: string;
  readonly event?: string;
}

export function runSettings(settings: Settings): RunSettings {
  return {
    minVersion: settings.policy.minVersion,
    failOn: settings.policy.failOn,
    ...(settings.failScope ? { failScope: settings.failScope } : {}),
    failOnUnreachable: settings.failOnUnreachable,
    failOnUnreadable: settings.failOnUnreadable,
    rules: Object.fromEntries([...settings.rules].sort(([a], [b]) => (a < b ? -1 : 1))),
    toolVersion: TOOL_VERSION,
  };
}

export function runRecord(settings: Settings, context: RunContext = {}): RunRecord {
  return {
    time: (context.time ?? new Date()).toISOString(),
    // Only a commit id: the environment is not trusted to hold one.
    ...(context.commit && isCommitId(context.commit) ? { commit: context.commit } : {}),
    ...(context.event ? { event: context.event } : {}),
    ...(settings.shard ? { shard: `${settings.shard.index}/${settings.shard.count}` } : {}),
    settings: runSettings(settings),
  };
}

/**
 * How an endpoint moved since the previous report: `new` fails now and did not (or was not
 * there), `fixed` failed and passes now, `still` fails with the same versions, `changed` accepts
 * other versions than before without its verdict moving (or fails with other versions).
 */
export type EndpointChange = 'new' | 'fixed' | 'still' | 'changed';

/** A finding in the history, by its stable key (the SARIF partialFingerprint). */
export interface FindingRef {
  readonly key: string;
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
}

export interface Changes {
  /** The report compared against. */
  readonly previous: { readonly time?: string; readonly commit?: string };
  readonly newFindings: readonly FindingRef[];
  readonly fixedFindings: readonly FindingRef[];
  /** Failing findings present in both. */
  readonly stillFindings: number;
  /** Endpoint targets by change; `gone`: failing before, not in this report at all. */
  readonly newEndpoints: readonly string[];
  readonly fixedEndpoints: readonly string[];
  readonly stillEndpoints: readonly string[];
  readonly changedEndpoints: readonly string[];
  readonly goneEndpoints: readonly string[];
}

function ref(f: Report['findings'][number]): FindingRef {
  return { key: fingerprint(f), ruleId: f.ruleId, file: f.file, line: f.line };
}

/** The findings that fail the report's own policy, by key. */
function failingByKey(report: Report): Map<string, FindingRef> {
  const out = new Map<string, FindingRef>();
  for (const f of failing(report.findings, { minVersion: report.minVersion, failOn: report.failOn })) out.set(fingerprint(f), ref(f));
  return out;
}

function endpointChange(
  now: EndpointReport,
  then: EndpointReport | undefined,
): Pick<EndpointReport, 'change' | 'appeared' | 'disappeared'> {
  const before = setOf(...(then?.accepted ?? []));
  const after = setOf(...now.accepted);
  const appeared = toList(after & ~before);
  const disappeared = toList(before & ~after);
  const moved = { ...(appeared.length ? { appeared } : {}), ...(disappeared.length ? { disappeared } : {}) };
  const wasFailing = then !== undefined && endpointFails(then);
  // An endpoint that cannot be checked now is neither fixed nor changed: nothing is known of it.
  if (now.status === 'unchecked') return {};
  let change: EndpointChange | undefined;
  if (endpointFails(now)) change = !wasFailing ? 'new' : appeared.length || disappeared.length ? 'changed' : 'still';
  else if (wasFailing) change = 'fixed';
  // Nor was one that could not be checked then: no change is claimed from what was not known.
  else if (then && then.status !== 'unchecked' && (appeared.length || disappeared.length)) change = 'changed';
  return change ? { change, ...moved } : {};
}

/** What of a whole report a shard would have seen: its endpoints and files. */
function shareOf(report: Report, shard: Shard | undefined): Report {
  if (!shard) return report;
  return {
    ...report,
    endpoints: report.endpoints.filter((e) => inShard(endpointKey(e), shard)),
    findings: report.findings.filter((f) => inShard(f.file, shard)),
  };
}

/**
 * The report with each endpoint's change and the top-level `changes` since `previous`. A shard
 * compares with its own share of the previous report: the other shards' endpoints are not gone.
 */
export function withChanges(report: Report, whole: Report, shard?: Shard): Report {
  const previous = shareOf(whole, shard);
  const before = new Map(previous.endpoints.map((e) => [endpointKey(e), e]));
  const endpoints = report.endpoints.map((e) => ({ ...e, ...endpointChange(e, before.get(endpointKey(e))) }));
  const now = new Set(report.endpoints.map(endpointKey));
  const pick = (c: EndpointChange): string[] => endpoints.filter((e) => e.change === c).map((e) => e.target);
  const oldFindings = failingByKey(previous);
  const newFindings = failingByKey(report);
  return {
    ...report,
    endpoints,
    changes: {
      previous: {
        ...(previous.run?.time ? { time: previous.run.time } : {}),
        ...(previous.run?.commit ? { commit: previous.run.commit } : {}),
      },
      newFindings: [...newFindings].filter(([k]) => !oldFindings.has(k)).map(([, f]) => f),
      fixedFindings: [...oldFindings].filter(([k]) => !newFindings.has(k)).map(([, f]) => f),
      stillFindings: [...newFindings.keys()].filter((k) => oldFindings.has(k)).length,
      newEndpoints: pick('new'),
      fixedEndpoints: pick('fixed'),
      stillEndpoints: pick('still'),
      changedEndpoints: pick('changed'),
      goneEndpoints: previous.endpoints.filter((e) => endpointFails(e) && !now.has(endpointKey(e))).map((e) => e.target),
    },
  };
}
