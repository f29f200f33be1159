/**
 * Reading reports that earlier runs wrote (`previous-report`, the shard reports of `merge`): a
 * regular file of bounded size inside the places the setting may read, parsed and checked to be a
 * tls-floor report. Every failure is one line naming the file.
 */
import { ConfigurationError, quote } from './errors.js';
import { entryAt, readConfigText, type Reach } from './paths.js';
import type { Report } from './report/report.js';
import type { ReportSource } from './settings.js';

/** Reports of 100,000 findings stay well below this; a larger file is not one of ours. */
export const MAX_REPORT_BYTES = 256 * 1024 ** 2;

function isReport(v: unknown): v is Report {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Partial<Record<keyof Report, unknown>>;
  const tool = r.tool as { name?: unknown; version?: unknown } | undefined;
  return (
    typeof tool?.name === 'string' &&
    typeof tool.version === 'string' &&
    Array.isArray(r.findings) &&
    Array.isArray(r.suppressed) &&
    Array.isArray(r.endpoints) &&
    Array.isArray(r.errors) &&
    typeof r.stats === 'object' &&
    r.stats !== null
  );
}

/** Parses a report's text; `given` names it in errors. */
export function parseReport(text: string, key: string, given: string): Report {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ConfigurationError(`${key}: ${quote(given)} is not JSON: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!isReport(value)) throw new ConfigurationError(`${key}: ${quote(given)} is not a tls-floor JSON report`);
  return value;
}

/** Reads a report; undefined when nothing is there (the first night has no previous report). */
export function readReport(abs: string, key: string, given: string, reach: Reach): Report | undefined {
  const text = readConfigText(abs, key, given, reach, MAX_REPORT_BYTES);
  return text === undefined ? undefined : parseReport(text, key, given);
}

export function readReportSource(source: ReportSource): Report | undefined {
  return readReport(source.path, source.key, source.given, source.reach);
}

/** Like readReport, for files that must be there (the reports to merge). */
export function readRequiredReport(abs: string, key: string, given: string, reach: Reach): Report {
  if (!entryAt(abs, key, given)) throw new ConfigurationError(`${key}: ${quote(given)} does not exist`);
  const report = readReport(abs, key, given, reach);
  if (!report) throw new ConfigurationError(`${key}: ${quote(given)} does not exist`);
  return report;
}
