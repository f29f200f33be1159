/** The one pipeline both entries run: settings → (scan, probe) → report. */
import type { DiffModel, FailScope } from './diff/model.js';
import { probe, type ProbeOptions } from './probe/prober.js';
import { buildReport, type Report } from './report/report.js';
import { judgeByContext } from './scan/context-severity.js';
import type { Finding } from './scan/finding.js';
import type { Rule } from './scan/rule.js';
import { RULES } from './scan/rules/index.js';
import { compareFindings, scan, type ScanResult } from './scan/scan.js';
import { workerPool } from './scan/workers.js';
import type { Settings } from './settings.js';
import type { Endpoint } from './probe/types.js';
import { readReportSource } from './report-files.js';
import { runRecord, withChanges, type RunContext } from './report/record.js';
import { endpointKey, inShard } from './shard.js';

export const KNOWN_RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.meta.id));

/** The rules with the config file's overrides applied: `off` drops a rule, a severity replaces it. */
export function activeRules(settings: Pick<Settings, 'rules'>, rules: readonly Rule[] = RULES): Rule[] {
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
  return judgeByContext(overridden, settings.contexts).sort(compareFindings);
}

export async function runScan(settings: Settings, rules: readonly Rule[] = RULES): Promise<ScanResult> {
  const result = await scan(
    {
      root: settings.root,
      paths: settings.paths,
      exclude: settings.exclude,
      maxFileSize: settings.maxFileSize,
      policy: settings.policy,
      rules: activeRules(settings, rules),
      ...(settings.shard ? { shard: settings.shard } : {}),
    },
    workerPool(),
  );
  return {
    ...result,
    findings: withSeverityOverrides(result.findings, settings),
    suppressed: withSeverityOverrides(result.suppressed, settings),
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

export async function run(settings: Settings, deps: ProbeDeps = {}, change?: Change, context?: RunContext): Promise<Report> {
  const scanned = settings.scan ? await runScan(settings) : undefined;
  const mine = shardEndpoints(settings);
  const endpoints = mine.length
    ? await probe(mine, {
        timeoutMs: settings.timeoutMs,
        concurrency: settings.concurrency,
        perHostConcurrency: settings.perHostConcurrency,
        ...deps,
      })
    : undefined;
  const report = buildReport({
    scan: scanned,
    endpoints,
    policy: settings.policy,
    failOnUnreachable: settings.failOnUnreachable,
    diff: change?.diff,
    filterMode: settings.filterMode,
    failScope: settings.failScope ?? change?.defaultFailScope,
    failOnUnreadable: settings.failOnUnreadable,
    run: runRecord(settings, context),
  });
  return compareWithPrevious(report, settings);
}

/** With `previous-report` (when the file is there: the first night has none), what changed since. */
export function compareWithPrevious(report: Report, settings: Pick<Settings, 'previousReport' | 'shard'>): Report {
  const previous = settings.previousReport && readReportSource(settings.previousReport);
  return previous ? withChanges(report, previous, settings.shard) : report;
}
