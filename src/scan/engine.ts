/**
 * Runs rules over one file: picks the rules whose file selector matches, skips the file when no
 * rule's keywords occur in it, and turns each rule match into a finding judged by the policy.
 */
import { legacyVersions, type Policy } from '../policy.js';
import { toList } from '../versions.js';
import type { Finding } from './finding.js';
import type { FileSelector, Match, Rule } from './rule.js';
import type { SourceFile } from './source.js';
import { contextOf, NO_FACTS, testRegions, type RepositoryFacts } from './context.js';
import { anchorOf } from './anchor.js';
import { isCapability } from './capability.js';
import { applyEdits } from './fix.js';
import { suppressionFor } from './suppressions.js';
import { classify, logicalName, SHELL_LIKE } from './file-kinds.js';
import { embeddedRegions } from './embedded-config.js';
import { commandGuard, writtenRegions } from './shell-writers.js';
import { KeywordIndex } from './keywords.js';

export function selects(selector: FileSelector, file: { kind: string; name: string; path: string }): boolean {
  return (
    (selector.kinds?.includes(file.kind as never) ?? false) ||
    (selector.names?.test(file.name) ?? false) ||
    (selector.paths?.test(file.path) ?? false)
  );
}

export interface RuleSelection {
  readonly rules: readonly { readonly rule: Rule; readonly keywords: RegExp }[];
  /** The selected rules' keywords: one test for any of them, one pass for whose. */
  readonly keywords: KeywordIndex<Rule> | undefined;
  /** The index the selection came from: scripts also get the rules of the files they write. */
  readonly index?: RuleIndex;
}

/**
 * Caches which rules read which kind of file. A file's selection depends on its kind, on which
 * `names` selectors match its logical name and which `paths` selectors match its path; files that
 * agree on all three share one selection (and one compiled keyword test), so a 40,000-file tree
 * costs a few dozen selections, not 40,000.
 */
export class RuleIndex {
  private readonly cache = new Map<string, RuleSelection>();
  private readonly nameRules: readonly Rule[];
  private readonly pathRules: readonly Rule[];
  /** One test for "some names/paths selector may match", to skip the per-rule loop for most files. */
  private readonly anyName: RegExp | undefined;
  private readonly anyPath: RegExp | undefined;
  private readonly keywords = new Map<Rule, RegExp>();

  constructor(readonly rules: readonly Rule[]) {
    for (const r of rules) this.keywords.set(r, new RegExp(r.meta.keywords.source, 'i'));
    this.nameRules = rules.filter((r) => r.meta.files.names);
    this.pathRules = rules.filter((r) => r.meta.files.paths);
    this.anyName = union(this.nameRules.map((r) => r.meta.files.names!));
    this.anyPath = union(this.pathRules.map((r) => r.meta.files.paths!));
  }

  select(file: { kind: string; name: string; path: string }): RuleSelection {
    let key = file.kind;
    if (this.anyName?.test(file.name)) key += `\0n${this.nameRules.map((r) => (r.meta.files.names!.test(file.name) ? 1 : 0)).join('')}`;
    if (this.anyPath?.test(file.path)) key += `\0p${this.pathRules.map((r) => (r.meta.files.paths!.test(file.path) ? 1 : 0)).join('')}`;
    let hit = this.cache.get(key);
    if (!hit) {
      const chosen = this.rules.filter((r) => selects(r.meta.files, file));
      const keywords = chosen.length ? new KeywordIndex(chosen.map((r) => ({ owner: r, source: r.meta.keywords.source }))) : undefined;
      hit = { rules: chosen.map((rule) => ({ rule, keywords: this.keywords.get(rule)! })), keywords, index: this };
      this.cache.set(key, hit);
    }
    return hit;
  }
}

function union(res: readonly RegExp[]): RegExp | undefined {
  return res.length
    ? new RegExp(res.map((r) => `(?:${r.source})`).join('|'), res.some((r) => r.flags.includes('i')) ? 'i' : '')
    : undefined;
}

function message(match: Match, legacy: string): string {
  const why = match.why ? ` (${match.why})` : '';
  const what = match.what.includes('`') ? match.what : `\`${match.what}\``;
  return `${what} ${match.verb ?? 'enables'} ${legacy}${why}; use ${match.instead}`;
}

/** Code whose string literals may hold configuration lines (see embedded-config.ts). */
const EMBEDDING: ReadonlySet<string> = new Set([
  'python',
  'go',
  'java',
  'kotlin',
  'scala',
  'js',
  'ts',
  'ruby',
  'php',
  'c',
  'cpp',
  'rust',
  'csharp',
  'perl',
]);

interface RuleRun {
  readonly rule: Rule;
  readonly keywords: RegExp;
  /** Only matches starting in these ranges count (text a script writes into a file of the rule's kind). */
  readonly within?: readonly { readonly start: number; readonly end: number }[];
}

/**
 * The rules of the files a script writes (`sed -i … /etc/dovecot/dovecot.conf` in a Makefile,
 * `cat > redis.conf <<EOF`) and of the configuration held in a program's string literals
 * (`nginxparser.loads("""… ssl_protocols TLSv1;…""")`) that the file's own kind does not select,
 * each limited to that text.
 */
function writerRuns(file: SourceFile, selection: RuleSelection): RuleRun[] {
  if (!selection.index) return [];
  const regions = SHELL_LIKE.has(file.kind) ? writtenRegions(file.text) : EMBEDDING.has(file.kind) ? embeddedRegions(file) : [];
  if (regions.length === 0) return [];
  const selected = new Set(selection.rules.map((r) => r.rule));
  const byRule = new Map<Rule, { rule: Rule; keywords: RegExp; within: { start: number; end: number }[] }>();
  for (const region of regions) {
    const target = { kind: classify(region.target), name: logicalName(region.target), path: region.target.replace(/^\/+/, '') };
    for (const { rule, keywords } of selection.index.select(target).rules) {
      if (selected.has(rule)) continue;
      const run = byRule.get(rule) ?? { rule, keywords, within: [] };
      run.within.push(region);
      byRule.set(rule, run);
    }
  }
  return [...byRule.values()];
}

/**
 * Runs the selected rules over a file and returns its findings, suppressed ones included, each
 * with the context its file is judged in (severities are the rules'; the pipeline applies the
 * settings for the context).
 */
export function checkFile(file: SourceFile, selection: RuleSelection, policy: Policy, facts: RepositoryFacts = NO_FACTS): Finding[] {
  return checkFileBounded(file, selection, policy, Infinity, facts).findings;
}

/**
 * For a file read with values put in place (see cross-file.ts): which of a rule's matches are
 * about those values, and how to say where each came from (undefined: not one of them, dropped).
 */
export interface DerivedValues {
  readonly why: (match: Match) => string | undefined;
  /**
   * The text around those values (a few lines each, with the values in place): only rules whose
   * keywords occur there are run, since a match about a value is written next to it.
   */
  readonly near: string;
  /** Where a finding at `offset` is reported: the start of the value's written form when inside one. */
  readonly anchor: (offset: number) => number;
}

/** What checking one file gave when the findings kept were limited. */
export interface FileCheck {
  readonly findings: Finding[];
  /** Findings past the limit that were counted, not kept. */
  readonly omitted: number;
  /** The first and last line of those (0 when none): a diff can tell whether it touched them. */
  readonly omittedLines: readonly [number, number];
}

/**
 * checkFile, keeping at most `limit` findings: a generated or hostile file can hold 100,000 matches,
 * and a finding costs about 1 KiB. Past the limit a finding is still kept when it is the first of
 * its rule, severity, context and suppression in the file; the verdict depends only on those (and
 * on the file), so it is the same as with every finding. The rest are only counted.
 */
export function checkFileBounded(
  file: SourceFile,
  selection: RuleSelection,
  policy: Policy,
  limit: number,
  facts: RepositoryFacts = NO_FACTS,
  derived?: DerivedValues,
): FileCheck {
  const findings: Finding[] = [];
  let omitted = 0;
  let firstOmitted = 0;
  let lastOmitted = 0;
  const kinds = new Set<string>();
  const context = { floor: policy.minVersion };
  let judged: ReturnType<typeof contextOf> | undefined;
  let regions: ReturnType<typeof testRegions> | undefined;
  const contextAt = (offset: number) => {
    judged ??= contextOf(file.path, file.text, facts);
    if (judged.context !== 'first-party') return judged.context;
    regions ??= testRegions(file.path, file.code);
    if (regions.some(([a, b]) => offset >= a && offset < b)) return 'test';
    // A version chosen because a configured value asked for it is a capability (see capability.ts).
    return isCapability(file.kind, file.code, offset) ? 'tls-implementation' : judged.context;
  };
  const mayHaveSuppressions = file.text.includes('tls-floor-ignore');
  // Fallback rules run last and report only lines that no named rule reported.
  const runs: RuleRun[] = [...selection.rules, ...writerRuns(file, selection)].sort(
    (a, b) => Number(a.rule.meta.fallback ?? false) - Number(b.rule.meta.fallback ?? false),
  );
  const reportedLines = new Set<number>();
  let guard: ReturnType<typeof commandGuard> | undefined;
  const present = selection.keywords?.owners(derived ? derived.near : file.text);
  for (const { rule, keywords, within } of runs) {
    // A script's written text runs rules the file's kind does not select: they test their own words.
    if (!(within ? keywords.test(file.text) : present?.has(rule))) continue;
    const seen = new Set<number>();
    for (const found of rule.check(file, context)) {
      if (within && !within.some((r) => found.start >= r.start && found.start < r.end)) continue;
      const through = derived?.why(found);
      // A value put in place by the caller: said where it comes from, and no fix (the edit's offsets are the view's).
      const match: Match =
        through === undefined ? found : { ...found, why: found.why ? `${through}; ${found.why}` : through, fix: undefined };
      const legacy = legacyVersions(match.versions, policy);
      if (legacy === 0 || seen.has(match.start)) continue;
      seen.add(match.start);
      const anchored = anchorOf(file.code, match.start, match.end, legacy);
      const at = through === undefined ? anchored : derived!.anchor(anchored);
      const start = file.position(at);
      const severity = match.severity ?? 'error';
      // A marker above the statement still counts when the finding moved to its value's line.
      const suppressed = mayHaveSuppressions
        ? (suppressionFor(file, start.line, rule.meta.id) ??
          (at === match.start ? undefined : suppressionFor(file, file.position(match.start).line, rule.meta.id)))
        : undefined;
      const where = contextAt(match.start);
      // A named finding covers the lines of its setting (a name/value pair spans two).
      const end = file.position(Math.max(match.end, match.start));
      const last = Math.min(end.line, start.line + 8);
      if (rule.meta.fallback) {
        if (reportedLines.has(start.line)) continue;
        if (match.usedAt !== undefined && reportedLines.has(file.position(match.usedAt).line)) continue;
      } else for (let line = start.line; line <= last; line++) reportedLines.add(line);
      // Matches that are not about the values put in place were reported by the first reading.
      if (derived && through === undefined) continue;
      if (limit !== Infinity) {
        const kind = `${rule.meta.id} ${severity} ${where} ${suppressed ? 'suppressed' : ''}`;
        if (findings.length >= limit && kinds.has(kind)) {
          omitted++;
          if (firstOmitted === 0 || start.line < firstOmitted) firstOmitted = start.line;
          if (start.line > lastOmitted) lastOmitted = start.line;
          continue;
        }
        kinds.add(kind);
      }
      const versions = toList(legacy);
      // In a script a fix edits a command: it is offered only when the command stays valid.
      const fixable = match.fix && (!SHELL_LIKE.has(file.kind) || (guard ??= commandGuard(file.text, file.kind))(match.fix));
      const fix = match.fix &&
        fixable && {
          ...rangeOf(file, match.fix.start, match.fix.end),
          replacement: detached(match.fix.text),
        };
      findings.push({
        ruleId: rule.meta.id,
        title: rule.meta.title,
        file: file.path,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        versions,
        enabled: toList(match.versions),
        severity,
        message: detached(message(match, versions.join(', '))),
        snippet: detached(file.snippet(at)),
        context: where,
        ...(fix ? { fix } : {}),
        ...(suppressed ? { suppressed: { reason: suppressed.reason } } : {}),
      });
    }
  }
  return { findings, omitted, omittedLines: [firstOmitted, lastOmitted] };
}

/**
 * A copy of a string that shares no memory with the file's text. V8 makes a slice of a long string
 * point into it, so a 200-character snippet would keep a whole 1 MiB file alive for as long as the
 * finding lives (the rest of the run).
 */
function detached(s: string): string {
  return s.length < 16 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}

function rangeOf(file: SourceFile, start: number, end: number) {
  const a = file.position(start);
  const b = file.position(end);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/** Applies the fixes of the given findings to a text (later edits first, overlapping ones skipped). */
export function applyFixes(file: SourceFile, findings: readonly Finding[]): string {
  return applyEdits(file, findings).text;
}
