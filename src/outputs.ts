/** Writing report files (JSON or SARIF by extension), shared by the action and the CLI. */
import { writeOutput, type OutputPath } from './paths.js';
import type { Report } from './report/report.js';
import { toJson } from './report/report.js';
import { toSarif } from './report/sarif.js';
import type { Rule } from './scan/rule.js';

export type Format = 'text' | 'json' | 'sarif';

export function render(report: Report, format: Exclude<Format, 'text'>, rules: readonly Rule[]): string {
  return format === 'json' ? toJson(report) : `${JSON.stringify(toSarif(report, rules), null, 2)}\n`;
}

/**
 * Writes a report file to a checked path (see paths.ts), creating its directory; `.sarif` files get
 * SARIF, others JSON. Errors name the setting the path came from. Returns the path written.
 */
export function writeReportFile(out: OutputPath, report: Report, rules: readonly Rule[], format?: Exclude<Format, 'text'>): string {
  const f = format ?? (/\.sarif(\.json)?$/i.test(out.path) ? 'sarif' : 'json');
  return writeOutput(out, render(report, f, rules));
}
