/**
 * Runs rules over one file: picks the rules whose file selector matches, skips the file when no
 * rule's keywords occur in it, and turns each rule match into a finding judged by the policy.
 */
import { legacyVersions, type Policy } from '../policy.js';
import { toList } from '../versions.js';
import type { Finding } from './finding.js';
import type { FileSelector, Match, Rule } from './rule.js';
import type { SourceFile } from './source.js';
import { suppressionFor } from './suppressions.js';

function selects(selector: FileSelector, file: { kind: string; name: string; path: string }): boolean {
  return (
    (selector.kinds?.includes(file.kind as never) ?? false) ||
    (selector.names?.test(file.name) ?? false) ||
    (selector.paths?.test(file.path) ?? false)
  );
}

export interface RuleSelection {
  readonly rules: readonly { readonly rule: Rule; readonly keywords: RegExp }[];
  /** One case-insensitive test for all the selected rules' keywords. */
  readonly keywords: RegExp | undefined;
}

/** Caches which rules read which kind of file, so that 40,000 files cost 40,000 lookups. */
export class RuleIndex {
  private readonly cache = new Map<string, RuleSelection>();
  private readonly pathRules: readonly Rule[];
  private readonly plainRules: readonly Rule[];
  private readonly keywords = new Map<Rule, RegExp>();

  constructor(readonly rules: readonly Rule[]) {
    for (const r of rules) this.keywords.set(r, new RegExp(r.meta.keywords.source, 'i'));
    this.pathRules = rules.filter((r) => r.meta.files.paths);
    this.plainRules = rules.filter((r) => !r.meta.files.paths);
  }

  select(file: { kind: string; name: string; path: string }): RuleSelection {
    const extra = this.pathRules.filter((r) => selects(r.meta.files, file));
    const key = `${file.kind}\0${file.name}\0${extra.map((r) => r.meta.id).join(',')}`;
    let hit = this.cache.get(key);
    if (!hit) {
      const chosen = [...this.plainRules.filter((r) => selects(r.meta.files, file)), ...extra];
      const keywords = chosen.length ? new RegExp(chosen.map((r) => r.meta.keywords.source).join('|'), 'i') : undefined;
      hit = { rules: chosen.map((rule) => ({ rule, keywords: this.keywords.get(rule)! })), keywords };
      this.cache.set(key, hit);
    }
    return hit;
  }
}

function message(match: Match, legacy: string): string {
  const why = match.why ? ` (${match.why})` : '';
  const what = match.what.includes('`') ? match.what : `\`${match.what}\``;
  return `${what} enables ${legacy}${why}; use ${match.instead}`;
}

/** Runs the selected rules over a file and returns its findings, suppressed ones included. */
export function checkFile(file: SourceFile, selection: RuleSelection, policy: Policy): Finding[] {
  const findings: Finding[] = [];
  const context = { floor: policy.minVersion };
  const mayHaveSuppressions = file.text.includes('tls-floor-ignore');
  for (const { rule, keywords } of selection.rules) {
    if (!keywords.test(file.text)) continue;
    const seen = new Set<number>();
    for (const match of rule.check(file, context)) {
      const legacy = legacyVersions(match.versions, policy);
      if (legacy === 0 || seen.has(match.start)) continue;
      seen.add(match.start);
      const start = file.position(match.start);
      const end = file.position(Math.max(match.end, match.start));
      const versions = toList(legacy);
      const suppressed = mayHaveSuppressions ? suppressionFor(file, start.line, rule.meta.id) : undefined;
      const fix = match.fix && {
        ...rangeOf(file, match.fix.start, match.fix.end),
        replacement: match.fix.text,
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
        severity: match.severity ?? 'error',
        message: message(match, versions.join(', ')),
        snippet: file.snippet(match.start),
        ...(fix ? { fix } : {}),
        ...(suppressed ? { suppressed: { reason: suppressed.reason } } : {}),
      });
    }
  }
  return findings;
}

function rangeOf(file: SourceFile, start: number, end: number) {
  const a = file.position(start);
  const b = file.position(end);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/** Applies the fixes of the given findings to a text (later edits first, overlapping ones skipped). */
export function applyFixes(file: SourceFile, findings: readonly Finding[]): string {
  const edits = findings
    .filter((f) => f.fix)
    .map((f) => ({ start: file.lineStart(f.fix!.line) + f.fix!.column - 1, end: file.lineStart(f.fix!.endLine) + f.fix!.endColumn - 1, text: f.fix!.replacement }))
    .sort((a, b) => b.start - a.start);
  let text = file.text;
  let limit = Infinity;
  for (const e of edits) {
    if (e.end > limit) continue;
    text = text.slice(0, e.start) + e.text + text.slice(e.end);
    limit = e.start;
  }
  return text;
}
