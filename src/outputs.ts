/** Writing report files (JSON or SARIF by extension), shared by the action and the CLI. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from './errors.js';
import type { Report } from './report/report.js';
import { toJson } from './report/report.js';
import { toSarif } from './report/sarif.js';
import type { Rule } from './scan/rule.js';

export type Format = 'text' | 'json' | 'sarif';

export function render(report: Report, format: Exclude<Format, 'text'>, rules: readonly Rule[]): string {
  return format === 'json' ? toJson(report) : `${JSON.stringify(toSarif(report, rules), null, 2)}\n`;
}

/** Writes a report file, creating its directory; `.sarif` files get SARIF, others JSON. */
export function writeReportFile(file: string, report: Report, rules: readonly Rule[], format?: Exclude<Format, 'text'>): string {
  const f = format ?? (/\.sarif(\.json)?$/i.test(file) ? 'sarif' : 'json');
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, render(report, f, rules));
  } catch (e) {
    throw new ConfigurationError(`report-file: cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
  return file;
}
