import { describe, expect, test } from 'vitest';
import { checkFile, RuleIndex } from '../src/scan/engine.js';
import { classify, logicalName, maskComments } from '../src/scan/file-kinds.js';
import { maskSearchedText as maskSedSearches } from '../src/scan/shell-writers.js';
import { RULES } from '../src/scan/rules/index.js';
import { decode, lastBefore, looksBinary, SourceFile } from '../src/scan/source.js';

describe('classify', () => {
  test.each([
    ['deploy/nginx.conf.j2', 'conf'],
    ['Dockerfile', 'dockerfile'],
    ['Dockerfile.prod', 'dockerfile'],
    ['api.dockerfile', 'dockerfile'],
    ['src/App.config', 'xml'],
    ['main.tf', 'hcl'],
    ['infra/storage.bicep', 'hcl'],
    ['README.md', 'prose'],
    ['notes.txt', 'prose'],
    ['settings.json', 'json'],
    ['x/y/Program.cs', 'csharp'],
    ['.env.production', 'env'],
    ['sites-available/default', 'other'],
    ['my.cnf', 'ini'],
    ['values.yaml.tmpl', 'yaml'],
    ['Jenkinsfile', 'groovy'],
    ['server.xml.erb', 'xml'],
    // Names an object has without being told (a hostile tree may hold them): no kind of their own.
    ['constructor', 'other'],
    ['src/__proto__', 'other'],
    ['a.toString', 'other'],
    ['x.j2.hasOwnProperty', 'other'],
  ])('%s is %s', (p, kind) => expect(classify(p)).toBe(kind));
  test('logical names drop template suffixes', () => expect(logicalName('a/B/nginx.conf.j2')).toBe('nginx.conf'));
});

describe('maskComments keeps offsets and hides only comments', () => {
  test('C-like: URLs in strings survive, comments go', () => {
    const text = 'var u = "https://x"; // TLSv1\n/* SecurityProtocolType.Tls */ x = 1;';
    const m = maskComments(text, 'csharp');
    expect(m).toHaveLength(text.length);
    expect(m).toContain('"https://x"');
    expect(m).not.toContain('TLSv1');
    expect(m).not.toContain('SecurityProtocolType');
    expect(m.split('\n')).toHaveLength(2);
  });
  test('hash: only after white space or at line start', () => {
    const m = maskComments('a: "x#y" # TLSv1\nurl: http://h/#frag\n# ssl_protocols TLSv1;', 'yaml');
    expect(m).toContain('"x#y"');
    expect(m).toContain('http://h/#frag');
    expect(m).not.toContain('TLSv1');
  });
  test('XML, INI, properties', () => {
    expect(maskComments('<!-- <add key="a" value="Tls"/> --><b/>', 'xml')).toMatch(/^ +<b\/>$/);
    expect(maskComments('; Enabled=1\nEnabled=0', 'reg')).toBe('           \nEnabled=0');
    expect(maskComments('# a=b\nc=d # not a comment in properties', 'properties')).toBe('     \nc=d # not a comment in properties');
  });
  test('unterminated strings and comments do not swallow the file or throw', () => {
    expect(maskComments('x = "abc\ny = 2 // c', 'js')).toBe('x = "abc\ny = 2     ');
    expect(maskComments('/* never closed\nTLSv1', 'c')).not.toContain('TLSv1');
  });
});

test('sed search patterns and delimiters are masked, replacements kept in place', () => {
  const m = maskSedSearches("RUN sed -i 's/MinProtocol = TLSv1.2/MinProtocol = TLSv1/' /etc/ssl/openssl.cnf");
  expect(m).toMatch(/' +MinProtocol = TLSv1 +'/);
  expect(m).not.toContain('TLSv1.2');
  expect(maskSedSearches('sed -e "s|a\\|b|c|g"')).toBe('sed -e "       c  "');
});

test('grep patterns are masked: a script that looks for a legacy line does not set it', () => {
  const line = "grep -q '^SSLProtocol all -SSLv3' /etc/x.conf && echo found";
  expect(maskSedSearches(line)).toBe(`grep -q '${' '.repeat('^SSLProtocol all -SSLv3'.length)}' /etc/x.conf && echo found`);
  expect(maskSedSearches('egrep -i -e "TLSv1" f')).toBe('egrep -i -e "     " f');
});

describe('SourceFile positions', () => {
  test('CRLF, BOM and invalid UTF-8 keep lines and columns right', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a\r\n\xff\xfebad\r\n  ssl_protocols TLSv1;\r\n', 'latin1')]);
    const f = new SourceFile('x.conf', decode(bytes));
    const at = f.text.indexOf('ssl_protocols');
    expect(f.position(at)).toEqual({ line: 3, column: 3 });
    expect(f.lineText(3)).toBe('  ssl_protocols TLSv1;');
  });
  test('a lone CR (old Mac) is a line break, a CRLF is one, and offsets stay those of the text read', () => {
    const f = new SourceFile('x.conf', 'a\rb\r\nc\n\rd');
    expect(f.text).toHaveLength(9);
    expect([0, 2, 5, 7, 8].map((at) => f.position(at))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 5, column: 1 },
    ]);
    expect([1, 2, 3, 4].map((l) => f.lineText(l))).toEqual(['a', 'b', 'c', '']);
    expect(f.lineText(5)).toBe('d');
  });
  test.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR (old Mac)', '\r'],
  ])('%s line ends: a finding after a comment line is found, at the same line and column', (_, eol) => {
    const text = ['# ssl_protocols SSLv3;', 'server {', '  ssl_protocols TLSv1 TLSv1.2;', '}', ''].join(eol);
    const f = new SourceFile('nginx.conf', text);
    const found = checkFile(f, new RuleIndex(RULES).select(f), { minVersion: 'TLSv1.2', failOn: 'error' });
    expect(found.map((x) => [x.ruleId, x.line, x.column, x.endLine, x.snippet])).toEqual([
      ['nginx/ssl-protocols', 3, 3, 3, 'ssl_protocols TLSv1 TLSv1.2;'],
    ]);
    expect(f.lineText(3)).toBe('  ssl_protocols TLSv1 TLSv1.2;');
  });
  test('UTF-16 .reg files decode', () => {
    const text = 'Windows Registry Editor Version 5.00\r\n"Enabled"=dword:00000001\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(looksBinary(bytes)).toBe(false);
    expect(decode(bytes)).toBe(text);
  });
  test('NUL bytes mean binary', () => expect(looksBinary(Buffer.from([1, 2, 0, 3]))).toBe(true));
  test('only a NUL in the first 8 KiB of the bytes given counts, wherever they sit in their buffer', () => {
    const bytes = new Uint8Array(20_000).fill(0x61);
    bytes[8192] = 0;
    expect(looksBinary(bytes)).toBe(false);
    bytes[8191] = 0;
    expect(looksBinary(bytes)).toBe(true);
    // A view that starts past the NULs, and one that ends before them.
    expect(looksBinary(bytes.subarray(8193))).toBe(false);
    expect(looksBinary(bytes.subarray(0, 8191))).toBe(false);
    expect(looksBinary(bytes.subarray(100, 8292))).toBe(true);
  });
});

describe('file-wide facts for per-match questions', () => {
  test('a fact is computed once per file, keyed by its function', () => {
    let runs = 0;
    const lines = (f: SourceFile) => {
      runs++;
      return f.text.split('\n').length;
    };
    const other = (f: SourceFile) => f.text.length;
    const file = new SourceFile('a.conf', 'a\nb\nc');
    expect([file.fact(lines), file.fact(lines), file.fact(other)]).toEqual([3, 3, 5]);
    expect(runs).toBe(1);
    expect(new SourceFile('b.conf', 'x').fact(lines)).toBe(1);
    expect(runs).toBe(2);
  });

  test('lastBefore finds the last item that starts before an offset', () => {
    const items = [{ at: 3 }, { at: 10 }, { at: 10 }, { at: 40 }].map((x, i) => ({ ...x, i }));
    expect(lastBefore(items, 0)).toBeUndefined();
    expect(lastBefore(items, 3)).toBeUndefined();
    expect(lastBefore(items, 4)?.i).toBe(0);
    expect(lastBefore(items, 10)?.i).toBe(0);
    expect(lastBefore(items, 11)?.i).toBe(2);
    expect(lastBefore(items, 1000)?.i).toBe(3);
    expect(lastBefore([], 5)).toBeUndefined();
    expect(lastBefore(undefined, 5)).toBeUndefined();
  });
});
