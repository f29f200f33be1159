/**
 * Joining the reports of a matrix's shards into one: one verdict, judged by the same rules as a
 * single run (report.ts's `judge`), over the union of what the shards found. Reports judged by
 * another tool version or other settings, and a shard given twice or missing, are refused: the
 * merged verdict would claim more than was checked.
 */
import { ConfigurationError, quote } from '../errors.js';
import type { Finding } from '../scan/finding.js';
import { compareFindings, type ScanStats } from '../scan/scan.js';
import { endpointKey, parseShard } from '../shard.js';
import type { RunRecord, RunSettings } from './record.js';
import { EMPTY_STATS, judge, type DiffReport, type Report } from './report.js';

export interface NamedReport {
  /** How the user named the file: errors quote it. */
  readonly file: string;
  readonly report: Report;
}

function refuse(message: string): never {
  throw new ConfigurationError(`merge: ${message}`);
}

/** The first setting in which two records differ, as `key: a vs b`, or undefined. */
function settingsDifference(a: RunSettings, b: RunSettings): string | undefined {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])] as (keyof RunSettings)[];
  for (const k of keys) {
    const x = JSON.stringify(a[k] ?? null);
    const y = JSON.stringify(b[k] ?? null);
    if (x !== y) return `${k}: ${x} vs ${y}`;
  }
  return undefined;
}

type Recorded = NamedReport & { readonly run: RunRecord };

function checkSame(reports: readonly NamedReport[]): Recorded[] {
  const recorded = reports.map((r) => {
    if (!r.report.run) refuse(`${quote(r.file)} has no run record (written by tls-floor before 1.x?): its settings cannot be checked`);
    return { ...r, run: r.report.run };
  });
  const [first] = recorded;
  for (const r of recorded.slice(1)) {
    if (r.report.tool.version !== first.report.tool.version)
      refuse(
        `${quote(first.file)} and ${quote(r.file)} come from different tool versions (${first.report.tool.version} vs ${r.report.tool.version})`,
      );
    const diff = settingsDifference(first.run.settings, r.run.settings);
    if (diff) refuse(`${quote(first.file)} and ${quote(r.file)} were judged with different settings (${diff})`);
  }
  return recorded;
}

/** Shards must be all of 1/n … n/n, each once; reports without shards are simply joined. */
function checkShards(reports: readonly Recorded[]): Recorded[] {
  const sharded = reports.filter((r) => r.run.shard);
  if (sharded.length === 0) return [...reports];
  const plain = reports.find((r) => !r.run.shard);
  if (plain) refuse(`${quote(plain.file)} is not a shard but ${quote(sharded[0].file)} is (${sharded[0].run.shard})`);
  const parsed = reports.map((r) => ({ ...r, shard: parseShard(r.run.shard!, `merge: ${quote(r.file)}: run.shard`) }));
  const n = parsed[0].shard.count;
  const other = parsed.find((r) => r.shard.count !== n);
  if (other) refuse(`${quote(parsed[0].file)} is shard ${parsed[0].run.shard} but ${quote(other.file)} is ${other.run.shard}`);
  const byIndex = new Map<number, string>();
  for (const r of parsed) {
    const seen = byIndex.get(r.shard.index);
    if (seen) refuse(`shard ${r.run.shard} given twice: ${quote(seen)} and ${quote(r.file)}`);
    byIndex.set(r.shard.index, r.file);
  }
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length) refuse(`shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${n}`).join(', ')} missing`);
  return parsed.sort((a, b) => a.shard.index - b.shard.index);
}

function unique<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The same finding (same rule at the same place) reported by two runs is one finding. */
function findingIdentity(f: Finding): string {
  return JSON.stringify([f.ruleId, f.file, f.line, f.column, f.endLine, f.endColumn, f.snippet]);
}

function sumStats(all: readonly ScanStats[]): ScanStats {
  const add = (a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(a).map(([k, v]) => [
        k,
        typeof v === 'number' ? v + ((b[k] as number) ?? 0) : add(v as Record<string, unknown>, (b[k] ?? {}) as Record<string, unknown>),
      ]),
    );
  return all.reduce((sum, s) => add(sum as never, s as never) as unknown as ScanStats, EMPTY_STATS);
}

/** What could not be read, counted once: every shard lists the same unreadable directories. */
function unreadable(stats: ScanStats, errors: number): ScanStats {
  return { ...stats, skipped: { ...stats.skipped, unreadable: errors } };
}

function sameOr<T>(values: readonly (T | undefined)[]): T | undefined {
  return values.every((v) => v === values[0]) ? values[0] : undefined;
}

function mergedDiff(reports: readonly Report[]): DiffReport | undefined {
  const diffs = reports.map((r) => r.diff).filter((d): d is DiffReport => d !== undefined);
  if (!diffs.length) return undefined;
  return { ...diffs[0], new: diffs.reduce((n, d) => n + d.new, 0), preexisting: diffs.reduce((n, d) => n + d.preexisting, 0) };
}

/** One report from the shards' (or any runs' judged alike); errors name the files. */
export function mergeReports(inputs: readonly NamedReport[], time: Date = new Date()): Report {
  if (inputs.length === 0) refuse('no reports to merge');
  const ordered = checkShards(checkSame(inputs));
  const reports = ordered.map((r) => r.report);
  const settings = ordered[0].run.settings;
  const findings = unique(
    reports.flatMap((r) => r.findings),
    findingIdentity,
  ).sort(compareFindings);
  const suppressed = unique(
    reports.flatMap((r) => r.suppressed),
    findingIdentity,
  ).sort(compareFindings);
  const endpoints = unique(
    reports.flatMap((r) => r.endpoints),
    endpointKey,
  );
  const errors = unique(
    reports.flatMap((r) => r.errors),
    (e) => JSON.stringify(e),
  );
  const diff = mergedDiff(reports);
  const policy = { minVersion: reports[0].minVersion, failOn: reports[0].failOn };
  const judged = judge({
    findings,
    endpoints,
    errors,
    policy,
    failScope: diff?.failScope,
    failOnUnreachable: settings.failOnUnreachable,
    failOnUnreadable: settings.failOnUnreadable,
  });
  const commit = sameOr(ordered.map((r) => r.run.commit));
  const event = sameOr(ordered.map((r) => r.run.event));
  return {
    tool: reports[0].tool,
    ...policy,
    ...judged,
    findings,
    suppressed,
    endpoints,
    stats: unreadable(sumStats(reports.map((r) => r.stats)), errors.length),
    errors,
    ...(diff ? { diff } : {}),
    run: { time: time.toISOString(), ...(commit ? { commit } : {}), ...(event ? { event } : {}), merged: reports.length, settings },
  };
}
