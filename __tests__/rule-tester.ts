/**
 * The one generic tester for every rule's own examples (ESLint's RuleTester is the model): a valid
 * example must produce no finding from its rule; an invalid one must produce findings with the
 * stated legacy versions, count, line, severity and — when given — fixed output. Examples run
 * through the real engine, so the rule's file selector and keyword prefilter are tested too.
 */
import { expect } from 'vitest';
import { checkFile, applyFixes, RuleIndex } from '../src/scan/engine.js';
import { SourceFile } from '../src/scan/source.js';
import type { Example, InvalidExample, Rule } from '../src/scan/rule.js';
import type { Finding } from '../src/scan/finding.js';

export function run(rule: Rule, example: Example): { findings: Finding[]; file: SourceFile; selected: boolean } {
  const file = new SourceFile(example.file, example.code);
  const selection = new RuleIndex([rule]).select(file);
  const findings = checkFile(file, selection, { minVersion: example.floor ?? 'TLSv1.2', failOn: 'error' }).filter(
    (f) => f.ruleId === rule.meta.id,
  );
  return { findings, file, selected: selection.rules.length > 0 };
}

export function expectValid(rule: Rule, example: Example): void {
  const { findings } = run(rule, example);
  expect(
    findings.map((f) => `${f.line}:${f.column} ${f.message}`),
    `valid example fired:\n${example.code}`,
  ).toEqual([]);
}

export function expectInvalid(rule: Rule, example: InvalidExample): void {
  const { findings, file, selected } = run(rule, example);
  expect(selected, `rule ${rule.meta.id} does not read files like ${example.file}`).toBe(true);
  expect(findings.length, `findings for:\n${example.code}`).toBe(example.count ?? 1);
  const versions = [...new Set(findings.flatMap((f) => f.versions))].sort();
  expect(versions).toEqual([...example.versions].sort());
  if (example.line !== undefined) expect(findings[0].line).toBe(example.line);
  if (example.severity !== undefined) for (const f of findings) expect(f.severity).toBe(example.severity);
  if (example.output !== undefined) expect(applyFixes(file, findings)).toBe(example.output);
  for (const f of findings) {
    expect(f.message).toMatch(/ (?:enables|probes the server with|tests whether the server accepts) /);
    expect(f.message).toMatch(/; use /);
  }
}
