/**
 * The one pipeline both entries run: settings → (scan, probe) → report. The scanner with its rules
 * and the prober are loaded when a run uses them (chunks of the bundles): a probe-only run never
 * compiles a rule, and a scan never loads the prober.
 */
import type { DiffModel, FailScope } from './diff/model.js';
import type { ProbeOptions } from './probe/prober.js';
import { buildReport, type Report } from './report/report.js';
import { judgeByContext } from './scan/context-severity.js';
import type { Finding } from './scan/finding.js';
import type { Rule } from './scan/rule.js';
import type { ScanResult } from './scan/scan.js';
import type { Settings } from './settings.js';
import type { Endpoint, EndpointResult } from './probe/types.js';
import { readReportSource } from './report-files.js';
import { runRecord, withChanges, type RunContext } from './report/record.js';
import { RULE_IDS } from './scan/rule-ids.js';
import { endpointKey, inShard } from './shard.js';

/** Every rule: the largest part of the bundle, loaded when there are files to scan or rules to describe (SARIF). */
export async function loadRules(): Promise<readonly Rule[]> {
  return (await import('./scan/rules/index.js')).RULES;
}

/** The ids a config file's `rules:` may name (a list kept beside the rules: checking them loads no rule). */
export const KNOWN_RULE_IDS: ReadonlySet<string> = new Set(RULE_IDS);

/** The rules with the config file's overrides applied: `off` drops a rule, a severity replaces it. */
export function activeRules(settings: Pick<Settings, 'rules'>, rules: readonly Rule[]): Rule[] {
  return rules.filter((r) => settings.rules.get(r.meta.id) !== 'off');
}

/**
 * The settings' judgement, in one place: a rule's override replaces its severity, then the file's
 * context caps it (`tests: note`) or drops the finding (`off`).
 */
function withSeverityOverrides(findings: readonly Finding[], settings: Settings): Finding[] {
  const overridden = findings.map((f) => {
    const o = settings.rules.get(f.ruleId);
    return o && o !== 'off' ? { ...f, severity: o } : f;
  });
  return judgeByContext(overridden, settings.contexts);
}

/** `rules`: all of them (default: loaded once the listing has files to read, so an empty tree never loads them). */
export async function runScan(settings: Settings, rules?: readonly Rule[]): Promise<ScanResult> {
  const { compareFindings, scanWithRules } = await import('./scan/scan.js');
  const { workerPool } = await import('./scan/workers.js');
  const judged = (findings: readonly Finding[]): Finding[] => withSeverityOverrides(findings, settings).sort(compareFindings);
  const active = (ids: readonly string[]): number => ids.filter((id) => settings.rules.get(id) !== 'off').length;
  const result = await scanWithRules(
    {
      root: settings.root,
      paths: settings.paths,
      exclude: settings.exclude,
      maxFileSize: settings.maxFileSize,
      policy: settings.policy,
      ...(settings.shard ? { shard: settings.shard } : {}),
    },
    {
      count: rules ? active(rules.map((r) => r.meta.id)) : active(RULE_IDS),
      load: async () => activeRules(settings, rules ?? (await loadRules())),
    },
    workerPool(),
  );
  return {
    ...result,
    findings: judged(result.findings),
    suppressed: judged(result.suppressed),
  };
}

/** What the pipeline needs from outside: tests inject a resolver (never real DNS). */
export type ProbeDeps = Pick<ProbeOptions, 'resolve' | 'attempt'>;

/** The change a run is judged against (resolveDiff, `scan --diff`), and the fail scope its kind implies. */
export interface Change {
  /** Undefined: everything counts. */
  readonly diff: DiffModel | undefined;
  /** Used when the settings do not set `fail-scope` (`defaultFailScope(eventName)`). */
  readonly defaultFailScope: FailScope;
}

/** The endpoints this run probes: all of them, or its shard's share (by identity, not position). */
export function shardEndpoints(settings: Settings): readonly Endpoint[] {
  return settings.endpoints.filter((e) => inShard(endpointKey(e), settings.shard));
}

async function probeEndpoints(endpoints: readonly Endpoint[], settings: Settings, deps: ProbeDeps): Promise<EndpointResult[]> {
  const { probe } = await import('./probe/prober.js');
  return probe(endpoints, {
    timeoutMs: settings.timeoutMs,
    concurrency: settings.concurrency,
    perHostConcurrency: settings.perHostConcurrency,
    ...deps,
  });
}

/** `context` may still be on its way (the CLI asks git for the commit while the scan runs). */
export async function run(
  settings: Settings,
  deps: ProbeDeps = {},
  change?: Change,
  context?: RunContext | Promise<RunContext>,
): Promise<Report> {
  const scanned = settings.scan ? await runScan(settings) : undefined;
  const mine = shardEndpoints(settings);
  const endpoints = mine.length ? await probeEndpoints(mine, settings, deps) : undefined;
  const report = buildReport({
    scan: scanned,
    endpoints,
    policy: settings.policy,
    failOnUnreachable: settings.failOnUnreachable,
    diff: change?.diff,
    filterMode: settings.filterMode,
    failScope: settings.failScope ?? change?.defaultFailScope,
    failOnUnreadable: settings.failOnUnreadable,
    run: runRecord(settings, await context),
  });
  return compareWithPrevious(report, settings);
}

/** With `previous-report` (when the file is there: the first night has none), what changed since. */
export function compareWithPrevious(report: Report, settings: Pick<Settings, 'previousReport' | 'shard'>): Report {
  const previous = settings.previousReport && readReportSource(settings.previousReport);
  return previous ? withChanges(report, previous, settings.shard) : report;
}
