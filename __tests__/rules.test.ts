import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES } from '../src/scan/rules/index.js';
import { expectInvalid, expectValid } from './rule-tester.js';

describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
  test('meta is complete', () => {
    expect(rule.meta.id).toMatch(/^[a-z0-9.-]+\/[a-z0-9.-]+$/);
    expect(rule.meta.catalogue.length).toBeGreaterThan(0);
    for (const row of rule.meta.catalogue) expect(row).toMatch(/^[A-O]\d+$/);
    expect(rule.meta.docs.length).toBeGreaterThan(0);
    expect(rule.examples.valid.length).toBeGreaterThan(0);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
    // Nested unbounded quantifiers are how a rule becomes super-linear.
    expect(rule.meta.keywords.source).not.toMatch(/[*+]\)?[*+]/);
    if (rule.meta.fixable)
      expect(
        rule.examples.invalid.some((e) => e.output !== undefined),
        'a fixable rule shows a fix',
      ).toBe(true);
  });
  test.each(rule.examples.valid.map((e, i) => [i, e] as const))('valid #%i', (_i, example) => expectValid(rule, example));
  test.each(rule.examples.invalid.map((e, i) => [i, e] as const))('invalid #%i', (_i, example) => expectInvalid(rule, example));
});

test('rule ids are unique', () => {
  const ids = RULES.map((r) => r.meta.id);
  expect(new Set(ids).size).toBe(ids.length);
});

// The catalogue of what to detect lives beside the repository (shared/), as it does in CI. Outside
// CI a checkout without it skips this test; in CI a missing catalogue is a failure, never a skip —
// unless the CI says, by name, that it runs without it (GitHub's runner checks out this repository
// alone: .github/workflows/ci.yml sets TLS_FLOOR_WITHOUT_CATALOGUE).
const CATALOGUE = path.resolve('..', 'shared', 'legacy-tls-catalogue.md');
const catalogueMissing = !fs.existsSync(CATALOGUE);
const mustHaveCatalogue = Boolean(process.env.CI) && !process.env.TLS_FLOOR_WITHOUT_CATALOGUE;

test.skipIf(catalogueMissing && !mustHaveCatalogue)('every catalogue row has a rule', () => {
  if (catalogueMissing)
    expect.fail(`the detection catalogue ${CATALOGUE} is missing: CI must check it out beside the repository (../shared/)`);
  const rows = [...fs.readFileSync(CATALOGUE, 'utf8').matchAll(/^\| ([A-O]\d+) \|/gm)].map((m) => m[1]);
  expect(rows.length).toBeGreaterThan(100);
  const covered = new Set(RULES.flatMap((r) => r.meta.catalogue));
  expect(rows.filter((r) => !covered.has(r))).toEqual([]);
});
