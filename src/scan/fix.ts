/**
 * Mechanical fixes, as `tls-floor fix` and the pull request suggestions apply them. A fix is kept
 * only when it leaves its rule quiet: after the edits, a fresh check of the fixed text must find
 * fewer of that rule's findings by exactly the number of its fixes applied. A fix that fails that test is
 * dropped (with the rest of its rule's fixes in the file) rather than written: a fix must never
 * make a file worse or hide a setting it did not repair.
 */
import type { Finding } from './finding.js';
import type { SourceFile } from './source.js';

export interface FixResult {
  /** The text with the kept fixes applied (the original text when none was kept). */
  readonly text: string;
  /** Findings whose fix was applied. */
  readonly applied: readonly Finding[];
  /** Findings left for a person: no fix, a fix that overlapped another, or one that did not hold. */
  readonly left: readonly Finding[];
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly finding: Finding;
}

function editOf(file: SourceFile, f: Finding): Edit {
  const fix = f.fix!;
  return {
    start: file.lineStart(fix.line) + fix.column - 1,
    end: file.lineStart(fix.endLine) + fix.endColumn - 1,
    text: fix.replacement,
    finding: f,
  };
}

/** Applies non-overlapping edits, later ones first; returns the text and the findings applied. */
export function applyEdits(file: SourceFile, findings: readonly Finding[]): { text: string; applied: Finding[] } {
  const edits = findings
    .filter((f) => f.fix && !f.suppressed)
    .map((f) => editOf(file, f))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let text = file.text;
  let limit = Infinity;
  const applied: Finding[] = [];
  for (const e of edits) {
    if (e.end > limit || e.start > e.end) continue;
    text = text.slice(0, e.start) + e.text + text.slice(e.end);
    limit = e.start;
    applied.push(e.finding);
  }
  return { text, applied: applied.reverse() };
}

/**
 * Fixes one file. `findings` are the ones to fix; `recheck` runs the same rules over a text and
 * returns all their findings (it is run on the original text too, so both counts agree).
 */
export function fixFile(file: SourceFile, findings: readonly Finding[], recheck: (text: string) => readonly Finding[]): FixResult {
  const active = findings.filter((f) => !f.suppressed);
  const count = (list: readonly Finding[], rule: string): number => list.filter((f) => f.ruleId === rule && !f.suppressed).length;
  const before = recheck(file.text);
  const refused = new Set<string>();
  // Each round either keeps every remaining fix or refuses at least one more rule: it ends.
  for (;;) {
    const candidates = active.filter((f) => f.fix && !refused.has(f.ruleId));
    const { text, applied } = applyEdits(file, candidates);
    if (applied.length === 0) return { text: file.text, applied: [], left: active };
    const fixedRules = new Set(applied.map((f) => f.ruleId));
    const after = recheck(text);
    const failed = [...fixedRules].filter(
      (rule) => count(after, rule) > count(before, rule) - applied.filter((f) => f.ruleId === rule).length,
    );
    if (failed.length === 0) return { text, applied, left: active.filter((f) => !applied.includes(f)) };
    for (const rule of failed) refused.add(rule);
  }
}
