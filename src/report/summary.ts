/** The job summary: verdict, numbers, the findings table and the suppressed ones, within 1 MiB. */
import { splitByNew } from '../diff/mark.js';
import type { Finding } from '../scan/finding.js';
import { matrixMarkdown } from './matrix.js';
import { mdCell as cell } from './markdown.js';
import { headline, type Report } from './report.js';
import { countBySeverity, skippedSummary } from './text.js';

export const SUMMARY_LIMIT = 1024 * 1024;
const ICON = { error: '🔴', warning: '🟠', note: '🔵' } as const;

export type LinkFn = (file: string, line: number) => string | undefined;

function row(f: Finding, link: LinkFn | undefined): string {
  const where = `${f.file}:${f.line}`;
  const url = link?.(f.file, f.line);
  const loc = url ? `[${cell(where)}](${url})` : `\`${cell(where)}\``;
  return `| ${ICON[f.severity]} ${f.severity} | ${loc} | \`${f.ruleId}\` | ${f.versions.join(', ')} | ${cell(f.message)} |`;
}

function table(
  findings: readonly Finding[],
  link: LinkFn | undefined,
  budget: number,
  extra?: (f: Finding) => string,
): { text: string; omitted: number } {
  const head = `| Severity | Location | Rule | Legacy | Message${extra ? ' | Reason' : ''} |\n|---|---|---|---|---${extra ? '|---' : ''}|\n`;
  let text = head;
  let i = 0;
  for (; i < findings.length; i++) {
    const r = row(findings[i], link) + (extra ? ` ${cell(extra(findings[i]))} |` : '') + '\n';
    if (text.length + r.length > budget) break;
    text += r;
  }
  return { text, omitted: findings.length - i };
}

export function formatSummary(report: Report, link?: LinkFn): string {
  const parts: string[] = [];
  const head = `## ${report.verdict === 'fail' ? '❌' : '✅'} tls-floor: ${headline(report)}`;
  parts.push(head, '');
  parts.push('| | |', '|---|---|');
  parts.push(`| Minimum version | ${report.minVersion} (fails on ${report.failOn}${report.failOn === 'error' ? 's' : 's and worse'}) |`);
  parts.push(`| Findings | ${report.findings.length ? `${report.findings.length} (${countBySeverity(report.findings)})` : 'none'} |`);
  const { new: fresh, preexisting } = splitByNew(report.findings);
  if (report.diff)
    parts.push(`| New / pre-existing | ${fresh.length} new, ${preexisting.length} pre-existing (fail-scope ${report.diff.failScope}) |`);
  if (report.legacyVersions.length) parts.push(`| Legacy versions | ${report.legacyVersions.join(', ')} |`);
  parts.push(`| Suppressed | ${report.suppressed.length} |`);
  if (report.stats.rules > 0) {
    parts.push(`| Files | ${report.stats.files} listed, ${report.stats.read} read; ${skippedSummary(report)} |`);
    parts.push(`| Rules | ${report.stats.rules} |`);
  }
  if (report.endpoints.length) parts.push(`| Endpoints | ${report.endpoints.length} probed |`);
  parts.push('');
  if (report.endpoints.length) parts.push('### Endpoints', '', matrixMarkdown(report.endpoints), '');
  let text = parts.join('\n');
  const reserve = 64 * 1024;
  if (fresh.length) {
    const t = table(fresh, link, SUMMARY_LIMIT - reserve - text.length);
    text += `### ${report.diff ? 'New findings' : 'Findings'}\n\n${t.text}`;
    if (t.omitted)
      text += `\n_${t.omitted} more findings are not listed here (summary size limit): see the report file or code scanning._\n`;
  }
  if (preexisting.length) {
    const t = table(preexisting, link, SUMMARY_LIMIT - 16 * 1024 - text.length);
    text += `\n<details><summary>Pre-existing findings (${preexisting.length})</summary>\n\n${t.text}`;
    if (t.omitted) text += `\n_${t.omitted} more pre-existing findings are not listed._\n`;
    text += '\n</details>\n';
  }
  if (report.suppressed.length) {
    const t = table(report.suppressed, link, SUMMARY_LIMIT - 8 * 1024 - text.length, (f) => f.suppressed?.reason ?? '');
    text += `\n<details><summary>Suppressed findings (${report.suppressed.length})</summary>\n\n${t.text}`;
    if (t.omitted) text += `\n_${t.omitted} more suppressed findings are not listed._\n`;
    text += '\n</details>\n';
  }
  if (report.errors.length) {
    text += `\n<details><summary>Files that could not be read (${report.errors.length})</summary>\n\n`;
    for (const e of report.errors.slice(0, 200)) text += `- \`${cell(e.file)}\`: ${cell(e.message)}\n`;
    text += '\n</details>\n';
  }
  return text;
}
