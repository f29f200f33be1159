/**
 * The tracking issue's text (pure: reports in, Markdown out). The issue carries its own memory: a
 * hidden, machine-readable list of what failed on the run that last wrote it, so the next run can
 * say what is new, what was fixed and what is still failing without any artifact.
 */
import { createHash } from 'node:crypto';
import { clip } from '../errors.js';
import { endpointFails, failing, headline, judgedEndpoints, judgedFindings, type EndpointReport, type Report } from './report.js';
import { endpointLabel, matrixMarkdown } from './matrix.js';
import { mdText } from './markdown.js';
import { fingerprint } from './sarif.js';

/** Opens the body of every issue we own; a body that merely quotes it later is not ours. */
export const ISSUE_MARKER = '<!-- tls-floor:issue -->';
export const ISSUE_LABEL = 'tls-floor';
export const ISSUE_LABEL_COLOR = 'd93f0b';
export const ISSUE_LABEL_DESCRIPTION = 'Legacy TLS found by the scheduled tls-floor run';

const STATE_OPEN = '<!-- tls-floor:state ';
const STATE_CLOSE = ' -->';
/** Findings and endpoints listed in the body; the rest are counted. */
export const MAX_LISTED = 50;
/** Items remembered in the hidden state (base64 keeps it inert; the cap keeps the body under 65,536 characters). */
export const MAX_TRACKED = 200;
/** Failing endpoints shown in the matrix (each may take a row per address). */
export const MAX_MATRIX = 20;
const MAX_LABEL = 80;

/** Something that fails, with a key that survives line moves and re-runs. */
export interface TrackedItem {
  readonly key: string;
  /** Raw text (from files and servers): escaped wherever it is shown. */
  readonly label: string;
}

export interface IssueChanges {
  readonly new: readonly TrackedItem[];
  readonly fixed: readonly TrackedItem[];
  readonly still: readonly TrackedItem[];
}

function short(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}

function failingEndpoints(report: Report): EndpointReport[] {
  return judgedEndpoints(report).filter((e) => endpointFails(e) || (e.status === 'unchecked' && report.unchecked));
}

function endpointState(e: EndpointReport): string {
  return e.status === 'legacy'
    ? `accepts ${e.legacy.join(', ')}`
    : e.status === 'no-modern'
      ? 'nothing at or above the floor'
      : 'unchecked';
}

/**
 * What fails on this run, sorted by key: findings by the SARIF fingerprint (rule, file, matched
 * text), endpoints by target and what is wrong with them (a server that moves from TLS 1.0 to
 * TLS 1.1 is a change).
 */
export function trackedItems(report: Report): TrackedItem[] {
  const policy = { minVersion: report.minVersion, failOn: report.failOn };
  const findings = failing([...judgedFindings(report)], policy).map((f) => ({
    key: `f${fingerprint(f).slice(0, 16)}`,
    label: `${f.file}:${f.line}: ${f.ruleId}: ${f.versions.join(', ')}`,
  }));
  const endpoints = failingEndpoints(report).map((e) => ({
    key: `e${short(`${e.target}\0${e.status}\0${e.legacy.join(',')}`)}`,
    label: `${endpointLabel(e)}: ${endpointState(e)}`,
  }));
  const byKey = new Map([...findings, ...endpoints].map((i) => [i.key, i]));
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** The hidden state: base64 of JSON, so no file name or server text can close the comment. */
export function encodeState(items: readonly TrackedItem[]): string {
  const json = JSON.stringify({
    v: 1,
    total: items.length,
    items: items.slice(0, MAX_TRACKED).map((i) => [i.key, clip(i.label, MAX_LABEL)]),
  });
  return `${STATE_OPEN}${Buffer.from(json, 'utf8').toString('base64')}${STATE_CLOSE}`;
}

/**
 * What an issue body remembers: the first MAX_TRACKED items by key, and whether that was all of
 * them. Undefined when there is nothing we can read (edited by hand, another format).
 */
export interface TrackedState {
  readonly items: readonly TrackedItem[];
  readonly complete: boolean;
}

export function decodeState(body: string): TrackedItem[] | undefined {
  return readState(body)?.items.slice();
}

export function readState(body: string): TrackedState | undefined {
  const at = body.lastIndexOf(STATE_OPEN);
  if (at < 0) return undefined;
  const end = body.indexOf(STATE_CLOSE, at + STATE_OPEN.length);
  if (end < 0) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(body.slice(at + STATE_OPEN.length, end), 'base64').toString('utf8')) as {
      v?: unknown;
      total?: unknown;
      items?: unknown;
    };
    if (parsed.v !== 1 || !Array.isArray(parsed.items)) return undefined;
    const items = parsed.items
      .filter((i): i is [string, string] => Array.isArray(i) && typeof i[0] === 'string' && typeof i[1] === 'string')
      .map(([key, label]) => ({ key, label }));
    return { items, complete: typeof parsed.total !== 'number' || parsed.total <= items.length };
  } catch {
    return undefined;
  }
}

/**
 * New, fixed and still failing between the remembered items and this run's. When the memory was
 * cut at MAX_TRACKED keys, a current item past the last remembered key is not known to be new:
 * it counts as still failing rather than as a false alarm.
 */
export function changesSince(previous: readonly TrackedItem[], current: readonly TrackedItem[], complete = true): IssueChanges {
  const before = new Set(previous.map((i) => i.key));
  const now = new Set(current.map((i) => i.key));
  const last = previous.reduce((m, i) => (i.key > m ? i.key : m), '');
  const unknown = (i: TrackedItem) => !complete && i.key > last;
  return {
    new: current.filter((i) => !before.has(i.key) && !unknown(i)),
    fixed: previous.filter((i) => !now.has(i.key)),
    still: current.filter((i) => before.has(i.key) || unknown(i)),
  };
}

export function changed(c: IssueChanges): boolean {
  return c.new.length > 0 || c.fixed.length > 0;
}

export interface IssueContext {
  /** Link to the workflow run that wrote the text. */
  readonly runUrl?: string;
}

export function issueTitle(report: Report): string {
  return clip(`tls-floor: ${headline(report)}`, 200);
}

function list(items: readonly TrackedItem[], limit = MAX_LISTED): string[] {
  const shown = items.slice(0, limit).map((i) => `- ${mdText(clip(i.label, MAX_SHOWN))}`);
  return items.length > limit ? [...shown, `- … and ${items.length - limit} more`] : shown;
}

function section(title: string, items: readonly TrackedItem[]): string[] {
  return items.length ? [`**${title} (${items.length})**`, '', ...list(items, 20), ''] : [];
}

/** The changes as Markdown (the comment, and a section of the body). */
export function formatChanges(c: IssueChanges): string {
  if (!changed(c)) return `Nothing changed since the last run: ${c.still.length} still failing.`;
  return [...section('New', c.new), ...section('Fixed', c.fixed), `${c.still.length} still failing.`].join('\n');
}

/** GitHub refuses an issue body or comment longer than this. */
export const ISSUE_LIMIT = 65_536;
/** Longest file name or label shown (paths may be 4 KiB long). */
const MAX_SHOWN = 300;

/**
 * The issue body: marker, verdict, changes, findings, endpoint matrix, and the hidden state last.
 * Whatever the names in the report, it fits GitHub's limit: the detailed parts give way first.
 */
export function formatIssue(report: Report, changes: IssueChanges | undefined, ctx: IssueContext = {}): string {
  const items = trackedItems(report);
  const policy = { minVersion: report.minVersion, failOn: report.failOn };
  const findings = failing([...judgedFindings(report)], policy);
  const endpoints = failingEndpoints(report);
  const more = (n: number) => (n > 0 ? ['', `… and ${n} more (see the job summary or the report file).`] : []);
  const head = [
    ISSUE_MARKER,
    `### ❌ ${mdText(headline(report))}`,
    '',
    ctx.runUrl
      ? `Last checked by [this run](${ctx.runUrl}). This issue is updated by every scheduled run and closed when one passes.`
      : 'This issue is updated by every scheduled run and closed when one passes.',
    '',
    '#### What changed since the last run',
    '',
  ];
  const changeText = changes ? formatChanges(changes) : 'First run that found this.';
  const changeCounts = changes
    ? `${changes.new.length} new, ${changes.fixed.length} fixed, ${changes.still.length} still failing.`
    : changeText;
  const findingTable = findings.length
    ? [
        `#### Findings (${findings.length})`,
        '',
        '| File | Rule | Versions |',
        '|---|---|---|',
        ...findings
          .slice(0, MAX_LISTED)
          .map((f) => `| ${mdText(clip(`${f.file}:${f.line}`, MAX_SHOWN))} | ${mdText(f.ruleId)} | ${f.versions.join(', ')} |`),
        ...more(findings.length - MAX_LISTED),
        '',
      ]
    : [];
  const matrix = endpoints.length
    ? [
        `#### Endpoints (${endpoints.length} failing of ${report.endpoints.length})`,
        '',
        matrixMarkdown(endpoints.slice(0, MAX_MATRIX)),
        ...more(endpoints.length - MAX_MATRIX),
        '',
      ]
    : [];
  const tail = [
    ...(items.length > MAX_TRACKED ? [`_Changes are tracked for the first ${MAX_TRACKED} of ${items.length} items._`, ''] : []),
    encodeState(items),
  ];
  const tooLong = ['_Too long to show here: see the job summary or the report file._', ''];
  const attempts = [
    [...head, changeText, '', ...findingTable, ...matrix, ...tail],
    [...head, changeText, '', ...findingTable, ...(matrix.length ? tooLong : []), ...tail],
    [...head, changeCounts, '', ...tooLong, ...tail],
  ].map((lines) => lines.join('\n'));
  return attempts.find((body) => body.length <= ISSUE_LIMIT) ?? attempts[attempts.length - 1];
}

/** The comment that closes the issue. */
export function formatFixed(previous: readonly TrackedItem[] | undefined, ctx: IssueContext = {}): string {
  const run = ctx.runUrl ? ` ([run](${ctx.runUrl}))` : '';
  const fixed = previous?.length ? ['', ...section('Fixed', previous)] : [];
  return [`✅ Fixed: tls-floor passes again${run}. Closing.`, ...fixed].join('\n').trimEnd();
}
