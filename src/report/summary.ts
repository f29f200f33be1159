/**
 * The job summary: verdict, numbers, the endpoint matrix, the findings table, the suppressed ones
 * and the files that could not be read — within GitHub's limit of 1 MiB (bytes: GitHub drops the
 * whole summary above it). Every section is counted; rows that do not fit are left out and a note
 * at the end says what and where to find it.
 */
import { clip } from '../errors.js';
import { splitByNew } from '../diff/mark.js';
import type { Finding } from '../scan/finding.js';
import { matrixMarkdownParts } from './matrix.js';
import { mdCell, mdText as esc } from './markdown.js';
import type { Changes } from './record.js';
import { contextTag, headline, type Report } from './report.js';
import { countBySeverity, notListed, plural, skippedSummary } from './text.js';

export const SUMMARY_LIMIT = 1024 * 1024;
/** Bytes kept back from the rows for what closes the sections and the final note (all bounded). */
const RESERVE = 4 * 1024;
const ICON = { error: '🔴', warning: '🟠', note: '🔵' } as const;

export type LinkFn = (file: string, line: number) => string | undefined;

export interface SummaryOptions {
  /** A link to a file's line (the repository's blob URL), percent-encoded. */
  readonly link?: LinkFn;
  /** The report files as the user named them: the note on what was left out points there. */
  readonly reportFile?: string;
  readonly sarifFile?: string;
  /** Byte limit, GitHub's by default. */
  readonly limit?: number;
}

/** Text collected up to a byte budget. */
class Budget {
  private readonly parts: string[] = [];
  private used = 0;
  constructor(private readonly limit: number) {}

  /** Adds `s` when it fits under `cap` bytes used (default: the limit); says whether it did. */
  add(s: string, cap = this.limit): boolean {
    const n = Buffer.byteLength(s);
    if (this.used + n > Math.min(cap, this.limit)) return false;
    this.parts.push(s);
    this.used += n;
    return true;
  }

  /** Adds text that must be there (section ends, notes): bounded by construction, paid from the reserve. */
  force(s: string): void {
    this.parts.push(s);
    this.used += Buffer.byteLength(s);
  }

  get bytes(): number {
    return this.used;
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** Adds rows while they fit; returns how many did not. */
function addRows(out: Budget, rows: readonly string[], cap?: number): number {
  let i = 0;
  while (i < rows.length && out.add(`${rows[i]}\n`, cap)) i++;
  return rows.length - i;
}

function row(f: Finding, link: LinkFn | undefined, extra?: string): string {
  const where = esc(`${f.file}:${f.line}`);
  const url = link?.(f.file, f.line);
  const loc = url ? `[${where}](${url})` : where;
  const reason = extra === undefined ? '' : ` ${esc(extra)} |`;
  return `| ${ICON[f.severity]} ${f.severity} | ${loc} | \`${f.ruleId}\`${contextTag(f)} | ${f.versions.join(', ')} | ${esc(f.message)} |${reason}`;
}

function tableHead(reason: boolean): string {
  return `| Severity | Location | Rule | Legacy | Message${reason ? ' | Reason' : ''} |\n|---|---|---|---|---${reason ? '|---' : ''}|\n`;
}

interface Omitted {
  endpointRows: number;
  notes: number;
  findings: number;
  preexisting: number;
  suppressed: number;
  unreadable: number;
}

function omittedNote(o: Omitted, opts: SummaryOptions, limit: number): string {
  const what = [
    o.findings && plural(o.findings, 'finding'),
    o.preexisting && plural(o.preexisting, 'pre-existing finding'),
    o.endpointRows && plural(o.endpointRows, 'endpoint row'),
    o.notes && plural(o.notes, 'endpoint note'),
    o.suppressed && plural(o.suppressed, 'suppressed finding'),
    o.unreadable && plural(o.unreadable, 'unreadable file'),
  ].filter(Boolean);
  const files = [
    opts.reportFile && `the JSON report (${esc(clip(opts.reportFile))})`,
    opts.sarifFile && `the SARIF file (${esc(clip(opts.sarifFile))}) and code scanning`,
  ].filter(Boolean);
  const where = files.length ? `see ${files.join(' and ')}` : 'set the report-file or sarif-file input to get the full report';
  const size = limit === SUMMARY_LIMIT ? "GitHub's 1 MiB limit" : `the ${limit}-byte limit`;
  return `\n> [!NOTE]\n> This summary was shortened to fit ${size}: ${what.join(', ')} not shown; ${where}.\n`;
}

/** What changed since the previous report, in one cell: counts, and the report compared against. */
function changesCell(c: Changes): string {
  const endpoints = (
    [
      ['new', c.newEndpoints],
      ['fixed', c.fixedEndpoints],
      ['changed', c.changedEndpoints],
      ['gone', c.goneEndpoints],
    ] as const
  )
    .filter(([, list]) => list.length > 0)
    .map(([word, list]) => `${list.length} ${word}`);
  const against = [c.previous.commit ? `commit ${c.previous.commit.slice(0, 12)}` : '', c.previous.time ?? ''].filter(Boolean).join(', ');
  return (
    `${c.newFindings.length} new, ${c.fixedFindings.length} fixed, ${c.stillFindings} still failing` +
    (endpoints.length ? `; endpoints: ${endpoints.join(', ')}` : '') +
    (against ? ` (against ${mdCell(against)})` : '')
  );
}

export function formatSummary(report: Report, opts: SummaryOptions = {}): string {
  const limit = opts.limit ?? SUMMARY_LIMIT;
  const out = new Budget(limit - RESERVE);
  const omitted: Omitted = { endpointRows: 0, notes: 0, findings: 0, preexisting: 0, suppressed: 0, unreadable: 0 };
  const more = notListed(report) && `; ${notListed(report)}`;
  const stats = [
    `## ${report.verdict === 'fail' ? '❌' : '✅'} tls-floor: ${headline(report)}`,
    '',
    '| | |',
    '|---|---|',
    `| Minimum version | ${report.minVersion} (fails on ${report.failOn}${report.failOn === 'error' ? 's' : 's and worse'}) |`,
    `| Findings | ${report.findings.length ? `${report.findings.length} (${countBySeverity(report.findings)})${more}` : 'none'} |`,
    ...(report.diff
      ? [`| New / pre-existing | ${report.diff.new} new, ${report.diff.preexisting} pre-existing (fail-scope ${report.diff.failScope}) |`]
      : []),
    ...(report.legacyVersions.length ? [`| Legacy versions | ${report.legacyVersions.join(', ')} |`] : []),
    `| Suppressed | ${report.suppressed.length} |`,
    ...(report.stats.rules > 0
      ? [
          `| Files | ${report.stats.files} listed, ${report.stats.read} read; ${skippedSummary(report)} |`,
          `| Rules | ${report.stats.rules} |`,
        ]
      : []),
    ...(report.endpoints.length ? [`| Endpoints | ${report.endpoints.length} probed |`] : []),
    ...(report.run?.merged ? [`| Merged | ${plural(report.run.merged, 'report')}${report.run.merged > 1 ? ' joined' : ''} |`] : []),
    ...(report.changes ? [`| Since the previous report | ${changesCell(report.changes)} |`] : []),
    '',
  ];
  out.force(`${stats.join('\n')}\n`);

  if (report.endpoints.length) {
    // With findings to show as well, the endpoints get at most half of what is left.
    const cap = report.findings.length ? out.bytes + (limit - RESERVE - out.bytes) / 2 : undefined;
    const m = matrixMarkdownParts(report.endpoints);
    if (out.add(`### Endpoints\n\n${m.head}\n`, cap)) {
      omitted.endpointRows = addRows(out, m.rows, cap);
      out.force(`\n${m.legend}\n`);
      if (m.notes.length) {
        out.force('\n');
        omitted.notes = addRows(out, m.notes, cap);
      }
      out.force('\n');
    } else omitted.endpointRows = m.rows.length;
  }
  // With a diff (pull requests, pushes), the new findings come first; pre-existing ones are folded away.
  const { new: fresh, preexisting } = splitByNew(report.findings);
  if (fresh.length) {
    out.force(`### ${report.diff ? 'New findings' : 'Findings'}\n\n`);
    if (out.add(tableHead(false)))
      omitted.findings = addRows(
        out,
        fresh.map((f) => row(f, opts.link)),
      );
    else omitted.findings = fresh.length;
    if (omitted.findings) out.force(`\n_${plural(omitted.findings, 'more finding')} not shown (size limit; see the note below)._\n`);
  }
  if (preexisting.length) {
    out.force(`\n<details><summary>Pre-existing findings (${preexisting.length})</summary>\n\n`);
    if (out.add(tableHead(false)))
      omitted.preexisting = addRows(
        out,
        preexisting.map((f) => row(f, opts.link)),
      );
    else omitted.preexisting = preexisting.length;
    if (omitted.preexisting) out.force(`\n_${plural(omitted.preexisting, 'more pre-existing finding')} not shown._\n`);
    out.force('\n</details>\n');
  }
  if (report.suppressed.length) {
    out.force(`\n<details><summary>Suppressed findings (${report.suppressed.length})</summary>\n\n`);
    if (out.add(tableHead(true))) {
      omitted.suppressed = addRows(
        out,
        report.suppressed.map((f) => row(f, opts.link, f.suppressed?.reason ?? '')),
      );
    } else omitted.suppressed = report.suppressed.length;
    if (omitted.suppressed) out.force(`\n_${plural(omitted.suppressed, 'more suppressed finding')} not shown._\n`);
    out.force('\n</details>\n');
  }
  if (report.errors.length) {
    out.force(`\n<details><summary>Files that could not be read (${report.errors.length})</summary>\n\n`);
    if (out.add('| File | Error |\n|---|---|\n'))
      omitted.unreadable = addRows(
        out,
        report.errors.map((e) => `| ${esc(e.file)} | ${esc(e.message)} |`),
      );
    else omitted.unreadable = report.errors.length;
    if (omitted.unreadable) out.force(`\n_${plural(omitted.unreadable, 'more file')} not shown._\n`);
    out.force('\n</details>\n');
  }
  const left = Object.values(omitted).reduce((n, k) => n + k, 0);
  if (left > 0) out.force(omittedNote(omitted, opts, limit));
  return out.toString();
}
