/**
 * Every finding of every rule example starts on the line of its legacy token (see
 * bench/finding-lines.mjs, which checks real trees the same way): in a multi-line call, builder
 * chain, list or continued directive, a PR annotation must land on the line that carries the value.
 */
import { expect, test } from 'vitest';
import { RULES } from '../src/scan/rules/index.js';
import { lineOffence } from '../bench/finding-lines.mjs';
import { run } from './rule-tester.js';

test('every example finding starts on the line of its legacy token', () => {
  const offenders: string[] = [];
  for (const rule of RULES) {
    for (const example of rule.examples.invalid) {
      const { findings, file } = run(rule, example);
      const lines = file.text.split('\n');
      for (const f of findings) {
        const offence = lineOffence(f, lines);
        if (offence)
          offenders.push(`${rule.meta.id} ${example.file} ${f.line}:${f.column} (token on ${offence.tokenLine}: ${offence.text})`);
      }
    }
  }
  expect(offenders).toEqual([]);
});

test('the checker tells a statement line from a token line', () => {
  const lines = ['ctx.setEnabledProtocols(new String[] {', '  "TLSv1.1",', '});'];
  expect(lineOffence({ file: 'A.java', line: 1, column: 5, endLine: 3, endColumn: 3 }, lines)).toEqual({
    tokenLine: 2,
    text: '"TLSv1.1",',
  });
  expect(lineOffence({ file: 'A.java', line: 2, column: 3, endLine: 2, endColumn: 12 }, lines)).toBeUndefined();
  // No token anywhere (a policy name, `all`): nothing to prefer.
  expect(lineOffence({ file: 'x.conf', line: 1, column: 1, endLine: 1, endColumn: 16 }, ['SSLProtocol all'])).toBeUndefined();
});
