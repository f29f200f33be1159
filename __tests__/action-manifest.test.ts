/**
 * action.yml and the README's workflows, checked with GitHub's own parser
 * (@actions/workflow-parser), and the inputs the code reads kept in step with action.yml.
 */
import * as fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseWorkflow, NoOperationTraceWriter } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { parse } from 'yaml';
import { GITHUB_INPUT_NAMES, INPUT_NAMES } from '../src/action.js';

const trace = new NoOperationTraceWriter();

describe('action.yml', () => {
  const text = fs.readFileSync('action.yml', 'utf8');
  test('passes GitHub’s action parser and runs dist/index.js on node24', () => {
    const result = parseAction({ name: 'action.yml', content: text }, trace);
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const manifest = parse(text);
    expect(manifest.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(manifest.branding.icon).toBeTruthy();
  });
  test('declares exactly the inputs the action reads, each documented', () => {
    const manifest = parse(text);
    expect(Object.keys(manifest.inputs).sort()).toEqual([...INPUT_NAMES, ...GITHUB_INPUT_NAMES].sort());
    for (const [name, input] of Object.entries<{ description: string }>(manifest.inputs))
      expect(input.description.length, name).toBeGreaterThan(20);
    for (const name of [
      'verdict',
      'findings',
      'new-findings',
      'preexisting-findings',
      'legacy-versions',
      'endpoints-failing',
      'report-file',
      'sarif-file',
    ])
      expect(manifest.outputs[name]?.description).toBeTruthy();
  });
});

describe('README workflows', () => {
  const readme = ['README.md', 'docs/scale.md'].map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  const workflows = [...readme.matchAll(/```yaml\n(# \.github\/workflows\/[^\n]+\n[\s\S]*?)```/g)].map((m) => m[1]);
  test('there are workflow examples', () => expect(workflows.length).toBeGreaterThanOrEqual(2));
  test.each(workflows.map((w, i) => [i, w] as const))('workflow #%i parses without errors', (_i, content) => {
    const result = parseWorkflow({ name: 'workflow.yml', content }, trace);
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(content).toMatch(/uses: tls-floor\/tls-floor@v\d/);
    // The parser does not know our inputs: every `with:` key of our step must be one.
    const inputs = Object.keys(parse(fs.readFileSync('action.yml', 'utf8')).inputs);
    for (const job of Object.values<{ steps: { uses?: string; with?: object }[] }>(parse(content).jobs)) {
      for (const step of job.steps.filter((s) => s.uses?.startsWith('tls-floor/'))) {
        for (const key of Object.keys(step.with ?? {})) expect(inputs, `unknown input ${key}`).toContain(key);
      }
    }
  });
});
