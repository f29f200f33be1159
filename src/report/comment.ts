/**
 * The sticky pull request comment, as Markdown: a verdict line, the new findings (file:line linked
 * to the head commit, rule, versions, the fix), the endpoint matrix when endpoints were probed, the
 * count of pre-existing findings, details collapsed. Pure: report in, text out. Everything that
 * comes from the repository is escaped; the text stays under GitHub's comment limit.
 */
import { splitByNew } from '../diff/mark.js';
import type { Finding } from '../scan/finding.js';
import { mdCell } from './markdown.js';
import { plural } from './text.js';
import { matrixMarkdown } from './matrix.js';
import { headline, type Report } from './report.js';
import type { LinkFn } from './summary.js';

/** Finds the comment again on re-runs; it opens the body, so a quote of it elsewhere is not ours. */
export const COMMENT_MARKER = '<!-- tls-floor:comment -->';

/**
 * The marker of one job's comment. Two jobs that run tls-floor on the same pull request (a scan
 * job and a probe job, two workflows) each keep their own comment instead of overwriting each
 * other's on every run. The key is the job's identity (workflow file and job id, see jobKey), cut
 * to characters that cannot end the HTML comment.
 */
export function commentMarker(job?: string): string {
  if (!job) return COMMENT_MARKER;
  return `<!-- tls-floor:comment ${job.replace(/[^\w./:@#-]/g, '_').slice(0, 200)} -->`;
}

/** `.github/workflows/x.yml:job`, from the runner's environment; undefined outside a workflow run. */
export function jobKey(env: NodeJS.ProcessEnv): string | undefined {
  const job = env.GITHUB_JOB;
  if (!job) return undefined;
  // GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/x.yml@refs/… — the file, without the ref
  // (which differs between a pull request's merge ref and its base) and without the repository.
  const file = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1] ?? env.GITHUB_WORKFLOW ?? '';
  return file ? `${file}:${job}` : job;
}
/** GitHub rejects issue comments longer than this (characters). */
export const COMMENT_LIMIT = 65_536;
/** Room kept for everything after the tables (notes, footer). */
const RESERVE = 4_096;

export interface CommentOptions {
  /** file:line → a link to the head commit's blob. */
  readonly link?: LinkFn;
  /** The workflow run, for the footer. */
  readonly runUrl?: string;
  readonly headSha?: string;
  /** A finding's fixed line(s), when the file could be read; the bare replacement is shown otherwise. */
  readonly fixed?: (f: Finding) => string | undefined;
  /** How many suggested fixes the review carries (0 or missing: none). */
  readonly suggestions?: number;
  /** The job the comment belongs to (jobKey): its marker, and named in the footer. */
  readonly job?: string;
}

/** Text as a code span inside a table cell: one line, pipes escaped, a fence longer than any backtick run. */
export function codeCell(s: string): string {
  const t = s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/** A URL that cannot end a Markdown link early or start another: parentheses, spaces and angle brackets encoded. */
export function linkTarget(url: string): string {
  return url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function location(f: Finding, link: LinkFn | undefined): string {
  const where = `${f.file}:${f.line}`;
  const url = link?.(f.file, f.line);
  return url ? `[${mdCell(where).replace(/[[\]]/g, '\\$&')}](${linkTarget(url)})` : codeCell(where);
}

function row(f: Finding, link: LinkFn | undefined, fixed: CommentOptions['fixed']): string {
  const line = f.fix && fixed?.(f);
  const fix = !f.fix
    ? mdCell(f.message.replace(/^.*; use /, 'use '))
    : line
      ? codeCell(line.trim())
      : `replace with ${codeCell(f.fix.replacement)}`;
  return `| ${location(f, link)} | ${codeCell(f.ruleId)} | ${f.versions.join(', ')} | ${fix} |`;
}

/** Rows until the budget is spent; the rest are counted. */
function rows(findings: readonly Finding[], options: CommentOptions, budget: number): { text: string; omitted: number } {
  let text = '';
  let i = 0;
  for (; i < findings.length; i++) {
    const r = `${row(findings[i], options.link, options.fixed)}\n`;
    if (text.length + r.length > budget) break;
    text += r;
  }
  return { text, omitted: findings.length - i };
}

const TABLE_HEAD = '| Location | Rule | Legacy | Fix |\n|---|---|---|---|\n';

export function formatComment(report: Report, options: CommentOptions = {}): string {
  const { new: fresh, preexisting } = splitByNew(report.findings);
  const failed = report.verdict === 'fail';
  const verdict = failed
    ? `### ❌ tls-floor: ${headline(report)}`
    : `### ✅ tls-floor: ${fresh.length ? headline(report) : `no new legacy TLS — ${headline(report)}`}`;
  let text = `${commentMarker(options.job)}\n${verdict}\n\n`;
  if (fresh.length) {
    text += `**${plural(fresh.length, 'new finding')}** on lines this pull request changes:\n\n`;
    const t = rows(fresh, options, COMMENT_LIMIT - RESERVE - text.length - TABLE_HEAD.length);
    text += TABLE_HEAD + t.text;
    if (t.omitted) text += `\n_${plural(t.omitted, 'more new finding')} not listed here (comment size limit): see the job summary._\n`;
    if (options.suggestions)
      text += `\n${plural(options.suggestions, 'suggested fix', 'suggested fixes')} in a review on this pull request: one click each.\n`;
  } else {
    text += failed ? 'No new findings in the changed lines.\n' : 'Nothing this pull request changes enables a legacy TLS version.\n';
  }
  if (report.endpoints.length) {
    const matrix = matrixMarkdown(report.endpoints);
    if (text.length + matrix.length + RESERVE < COMMENT_LIMIT) {
      const open = report.endpoints.some((e) => e.status !== 'pass') ? ' open' : '';
      text += `\n<details${open}><summary>Endpoints (${report.endpoints.length} probed)</summary>\n\n${matrix}\n\n</details>\n`;
    } else {
      text += `\n_${plural(report.endpoints.length, 'endpoint')} probed: the matrix is in the job summary._\n`;
    }
  }
  if (preexisting.length) {
    const scope = report.diff?.failScope === 'new' ? 'not judged here (fail-scope: new)' : 'judged too (fail-scope: all)';
    text += `\n<details><summary>${plural(preexisting.length, 'pre-existing finding')} on lines this pull request does not change: ${scope}</summary>\n\n`;
    const t = rows(preexisting, options, COMMENT_LIMIT - RESERVE / 2 - text.length - TABLE_HEAD.length);
    text += TABLE_HEAD + t.text;
    if (t.omitted) text += `\n_${t.omitted} more in the job summary._\n`;
    text += '\n</details>\n';
  }
  if (report.suppressed.length)
    text += `\n${plural(report.suppressed.length, 'finding')} suppressed in the source (\`tls-floor-ignore\`).\n`;
  const footer = [
    options.headSha ? `commit ${options.headSha.slice(0, 12)}` : '',
    options.runUrl ? `[workflow run](${options.runUrl})` : '',
    options.job ? `job ${codeCell(options.job)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  text += `\n<sub>Updated by tls-floor on every run${footer ? ` · ${footer}` : ''}.</sub>\n`;
  // The tables are budgeted above; this only guards against a pathological matrix or notes.
  return text.length > COMMENT_LIMIT ? `${text.slice(0, COMMENT_LIMIT - 200)}\n\n_(truncated: see the job summary)_\n` : text;
}

/** Whether a pull request needs a comment at all: one exists already, or there is something new to say. */
export function commentWanted(report: Report, exists: boolean): boolean {
  return exists || report.verdict === 'fail' || splitByNew(report.findings).new.length > 0;
}
