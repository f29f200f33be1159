/**
 * The one generic tester for every rule's own examples (ESLint's RuleTester is the model): a valid
 * example must produce no finding from its rule; an invalid one must produce exactly the stated
 * findings — each one's line, column and legacy versions, in order of position — with the stated
 * severity and, when given, fixed output. Examples run through the real engine, so the rule's file
 * selector and keyword prefilter are tested too, and
 * are judged in their file's context with the default settings (an example at `tests/x.py` is a note).
 */
import { expect } from 'vitest';
import { checkFile, applyFixes, RuleIndex } from '../src/scan/engine.js';
import { SourceFile } from '../src/scan/source.js';
import type { Example, InvalidExample, Rule } from '../src/scan/rule.js';
import type { Finding } from '../src/scan/finding.js';
import { DEFAULT_TREATMENT, judgeByContext } from '../src/scan/context-severity.js';

export function run(rule: Rule, example: Example): { findings: Finding[]; file: SourceFile; selected: boolean } {
  const file = new SourceFile(example.file, example.code);
  const selection = new RuleIndex([rule]).select(file);
  const findings = judgeByContext(
    checkFile(file, selection, { minVersion: example.floor ?? 'TLSv1.2', failOn: 'error' }).filter((f) => f.ruleId === rule.meta.id),
    DEFAULT_TREATMENT,
  );
  // A rule also reads the text a script writes into its kind of file, and configuration held in a
  // program's string literals (engine.ts writerRuns): an example of that is read though not selected.
  return { findings, file, selected: selection.rules.length > 0 || findings.length > 0 };
}

export function expectValid(rule: Rule, example: Example): void {
  const { findings } = run(rule, example);
  expect(
    findings.map((f) => `${f.line}:${f.column} ${f.message}`),
    `valid example fired:\n${example.code}`,
  ).toEqual([]);
}

/** A finding as an example states it: `line:column` and its legacy versions (`3:5 TLSv1.0 TLSv1.1`). */
export function describeFinding(f: Pick<Finding, 'line' | 'column' | 'versions'>): string {
  return [`${f.line}:${f.column}`, ...f.versions].join(' ');
}

export function byPosition(a: Pick<Finding, 'line' | 'column'>, b: Pick<Finding, 'line' | 'column'>): number {
  return a.line - b.line || a.column - b.column;
}

export function expectInvalid(rule: Rule, example: InvalidExample): void {
  const { findings, file, selected } = run(rule, example);
  expect(selected, `rule ${rule.meta.id} does not read files like ${example.file}`).toBe(true);
  expect([...findings].sort(byPosition).map(describeFinding), `findings for:\n${example.code}`).toEqual(example.findings);
  for (const f of findings) expect(f.severity, `severity of ${describeFinding(f)}`).toBe(example.severity ?? 'error');
  if (example.output !== undefined) expect(applyFixes(file, findings)).toBe(example.output);
  for (const f of findings) {
    expect(f.message).toMatch(/ (?:enables|probes the server with|tests whether the server accepts) /);
    expect(f.message).toMatch(/; use /);
  }
}
