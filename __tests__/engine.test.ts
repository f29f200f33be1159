import { expect, test } from 'vitest';
import { keywordUnion } from '../src/scan/engine.js';
import { RULES } from '../src/scan/rules/index.js';

test('the keyword union drops literals implied by shorter ones and keeps patterns', () => {
  const re = keywordUnion(['ssl_protocols|proxy_ssl_protocols', 'SSLProtocol|TLS 1\\.0', 'Option\\s*\\(9']);
  expect(re.source.split('|').sort()).toEqual(['Option\\s*\\(9', 'tls 1\\.0', 'sslprotocol', 'ssl_protocols'].sort());
  expect(re.flags).toBe('i');
});

test('the keyword union matches every file that any rule keyword matches', () => {
  const union = keywordUnion(RULES.map((r) => r.meta.keywords.source));
  for (const rule of RULES) {
    for (const example of rule.examples.invalid) {
      if (new RegExp(rule.meta.keywords.source, 'i').test(example.code)) expect(union.test(example.code), rule.meta.id).toBe(true);
    }
  }
});
