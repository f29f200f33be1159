/**
 * The README's generated tables (inputs from action.yml, detections from the rules' meta) and the
 * list of rule ids (src/scan/rule-ids.ts) must be current. `npm run docs` (UPDATE_DOCS=1) rewrites them.
 */
import * as fs from 'node:fs';
import { expect, test } from 'vitest';
import { fillSection, inputsMarkdown } from '../src/report/inputs-doc.js';
import { rulesMarkdown } from '../src/report/rules-doc.js';
import { RULES } from '../src/scan/rules/index.js';
import { KNOWN_RULE_IDS } from '../src/pipeline.js';
import { readConfigFile } from '../src/settings.js';

test('README tables are generated from action.yml and the rules', () => {
  const readme = fs.readFileSync('README.md', 'utf8');
  let expected = fillSection(readme, 'inputs', inputsMarkdown(fs.readFileSync('action.yml', 'utf8')));
  expected = fillSection(expected, 'rules', rulesMarkdown(RULES));
  if (process.env.UPDATE_DOCS) fs.writeFileSync('README.md', expected);
  expect(readme, 'README is stale: run npm run docs').toBe(expected);
});

/** The rule ids as src/scan/rule-ids.ts spells them (prettier's layout). */
function ruleIdsModule(ids: readonly string[]): string {
  return [
    '/**',
    ' * Every rule id, in the order of RULES (src/scan/rules/index.ts): what the settings check a config',
    " * file's `rules:` against and what a scan counts, without loading the rules. Generated: `npm run docs`",
    ' * rewrites it (__tests__/docs.test.ts checks it).',
    ' */',
    'export const RULE_IDS: readonly string[] = [',
    ...ids.map((id) => `  '${id}',`),
    '];',
    '',
  ].join('\n');
}

test('src/scan/rule-ids.ts lists every rule id, in order', () => {
  const file = 'src/scan/rule-ids.ts';
  const expected = ruleIdsModule(RULES.map((r) => r.meta.id));
  if (process.env.UPDATE_DOCS) fs.writeFileSync(file, expected);
  expect(fs.readFileSync(file, 'utf8'), `${file} is stale: run npm run docs`).toBe(expected);
});

test('the README opens with the two commands, and .ci/run runs the test one', () => {
  const readme = fs.readFileSync('README.md', 'utf8');
  const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1];
  expect(firstBlock).toMatch(/^node dist\/cli\/index\.js scan \./m);
  expect(firstBlock).toMatch(/^npm ci && npm test/m);
  expect(fs.readFileSync('.ci/run', 'utf8')).toMatch(/^npm ci && npm test$/m);
});

test("the README's config file example is a config file tls-floor accepts", () => {
  const readme = fs.readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration file'));
  const example = /```yaml\n([\s\S]*?)```/.exec(section)![1];
  const values = readConfigFile('.github/tls-floor.yml', example, KNOWN_RULE_IDS);
  expect(values.exclude).toContain('!vendor/our-fork/**');
  expect(values.failScope).toBe('new');
});
