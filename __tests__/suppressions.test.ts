import { expect, test } from 'vitest';
import { checkFile, RuleIndex } from '../src/scan/engine.js';
import { SourceFile } from '../src/scan/source.js';
import { RULES } from '../src/scan/rules/index.js';

function findings(path: string, code: string) {
  const file = new SourceFile(path, code);
  return checkFile(file, new RuleIndex(RULES).select(file), { minVersion: 'TLSv1.2', failOn: 'error' });
}

test.each([
  ['same line, any rule', 'site.conf', 'ssl_protocols TLSv1 TLSv1.2; # tls-floor-ignore -- legacy scanners', 'legacy scanners'],
  ['line above, named rule', 'site.conf', '# tls-floor-ignore: nginx/ssl-protocols -- appliance\nssl_protocols TLSv1;', 'appliance'],
  ['no reason', 'site.conf', '# tls-floor-ignore\nssl_protocols TLSv1;', '(no reason given)'],
  [
    'Dockerfile',
    'Dockerfile',
    '# tls-floor-ignore: nginx/ssl-protocols, apache/ssl-protocol -- test image\nRUN echo "ssl_protocols TLSv1;" > /x.conf',
    'test image',
  ],
])('suppressed: %s', (_name, path, code, reason) => {
  const [f] = findings(path, code);
  expect(f.suppressed).toEqual({ reason });
});

test.each([
  ['another rule named', 'site.conf', '# tls-floor-ignore: apache/ssl-protocol -- nope\nssl_protocols TLSv1;'],
  ['two lines above', 'site.conf', '# tls-floor-ignore -- too far\n\nssl_protocols TLSv1;'],
])('not suppressed: %s', (_name, path, code) => {
  const [f] = findings(path, code);
  expect(f).toBeDefined();
  expect(f.suppressed).toBeUndefined();
});
