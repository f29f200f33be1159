/** Compiler-style text for terminals: `file:line:col  severity  rule  message`, then a summary line. */
import { splitByNew } from '../diff/mark.js';
import { matrixText } from './matrix.js';
import { printable } from './terminal.js';
import { contextTag, headline, type Report } from './report.js';
import type { Finding } from '../scan/finding.js';

export interface TextOptions {
  readonly color?: boolean;
}

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', note: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

/** `1 finding`, `2 findings`; `many` for plurals that are not the word and an `s`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function countBySeverity(findings: readonly Finding[]): string {
  const parts: string[] = [];
  for (const s of ['error', 'warning', 'note'] as const) {
    const n = findings.filter((f) => f.severity === s).length;
    if (n) parts.push(plural(n, s));
  }
  return parts.join(', ');
}

export function skippedSummary(report: Report): string {
  const s = report.stats.skipped;
  const parts = [
    s.binary && `${s.binary} binary`,
    s.tooLarge && `${s.tooLarge} too large`,
    s.documentation && `${s.documentation} documentation`,
    s.excluded && `${s.excluded} excluded`,
    s.outsideLinks && `${s.outsideLinks} links leaving the root`,
    s.special && `${s.special} not regular (FIFOs, sockets, devices)`,
    s.unreadable && `${s.unreadable} unreadable`,
  ].filter(Boolean);
  return parts.length ? `skipped ${parts.join(', ')}` : 'nothing skipped';
}

/** The findings counted but not kept (a file with too many keeps the first ones), or ''. */
export function notListed(report: Report): string {
  const n = report.stats.omittedFindings;
  return n ? `${n} more not listed (too many in one file)` : '';
}

export function formatText(report: Report, opts: TextOptions = {}): string {
  const c = (k: keyof typeof COLORS, s: string): string => (opts.color ? `${COLORS[k]}${s}${COLORS.reset}` : s);
  const lines: string[] = [];
  // With a diff (`scan --diff`), the new findings are listed and the pre-existing ones counted.
  const { new: shown, preexisting } = splitByNew(report.findings);
  for (const f of shown) {
    lines.push(
      `${printable(f.file)}:${f.line}:${f.column}  ${c(f.severity, f.severity)}  ${c('dim', f.ruleId + contextTag(f))}  ${printable(f.message)}`,
    );
  }
  for (const e of report.errors) lines.push(`${printable(e.file)}  ${c('warning', 'warning')}  could not be read: ${printable(e.message)}`);
  if (lines.length) lines.push('');
  if (report.endpoints.length) lines.push(matrixText(report.endpoints), '');
  const scanned = report.stats.rules > 0;
  const counts =
    (shown.length
      ? `${plural(shown.length, report.diff ? 'new finding' : 'finding')} (${countBySeverity(shown)})`
      : report.diff
        ? 'no new findings'
        : 'no findings') + (report.diff ? `, ${preexisting.length} pre-existing (not listed)` : '');
  const suppressed = report.suppressed.length ? `; ${report.suppressed.length} suppressed` : '';
  const more = notListed(report) && `; ${notListed(report)}`;
  if (scanned) lines.push(`${counts} in ${plural(report.stats.files, 'file')}${more}${suppressed}; ${skippedSummary(report)}`);
  if (report.endpoints.length) lines.push(`${plural(report.endpoints.length, 'endpoint')} probed`);
  lines.push(report.verdict === 'fail' ? c('error', `fail: ${headline(report)}`) : c('bold', `pass: ${headline(report)}`));
  return `${lines.join('\n')}\n`;
}
