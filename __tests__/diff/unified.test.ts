import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parsePatch, parseUnifiedDiff, unquoteC } from '../../src/diff/unified.js';

const r = (start: number, end = start) => ({ start, end });

describe('parsePatch (one file, as the REST API gives it)', () => {
  test('added lines and hunk lines on the head side, over several hunks', () => {
    const patch = [
      '@@ -1,4 +1,5 @@',
      ' server {',
      '-    ssl_protocols TLSv1.2;',
      '+    ssl_protocols TLSv1 TLSv1.2;',
      '+    listen 443 ssl;',
      '     root /srv;',
      ' }',
      '@@ -20,3 +21,3 @@ location {',
      ' a',
      '-b',
      '+c',
      ' d',
    ].join('\n');
    expect(parsePatch('n.conf', patch)).toEqual({ path: 'n.conf', added: [r(2, 3), r(22)], hunks: [r(1, 5), r(21, 23)], whole: false });
  });
  test('hunks right after each other (-U0) and a deletion right after a hunk are in order', () => {
    const patch = '@@ -5 +5 @@\n-a\n+b\n@@ -6 +6 @@\n-c\n+d\n@@ -7 +6,0 @@\n-e\n';
    expect(parsePatch('f', patch)).toEqual({ path: 'f', added: [r(5, 6)], hunks: [r(5, 6)], whole: false });
  });
  test('counts default to 1; a pure deletion adds no lines; `\\ No newline` is not a line', () => {
    const patch = '@@ -3 +3 @@\n-x\n\\ No newline at end of file\n+y\n\\ No newline at end of file\n@@ -9,2 +8,0 @@\n-a\n-b\n';
    expect(parsePatch('f', patch)).toEqual({ path: 'f', added: [r(3)], hunks: [r(3)], whole: false });
  });
  test('CRLF patches read like LF ones, and an empty context line (stripped space) counts as context', () => {
    const patch = '@@ -1,3 +1,4 @@\r\n a\r\n\r\n+b\r\n c\r\n';
    expect(parsePatch('f', patch)).toEqual({ path: 'f', added: [r(3)], hunks: [r(1, 4)], whole: false });
  });
  test('a new file is all added', () => {
    expect(parsePatch('f', '@@ -0,0 +1,3 @@\n+a\n+b\n+c').added).toEqual([r(1, 3)]);
  });
  test.each([
    ['no hunk header', '+x\n'],
    ['a bad hunk header', '@@ -1 +a @@\n+x\n'],
    ['more added lines than the header says', '@@ -1 +1 @@\n+x\n+y\n'],
    ['a cut-off hunk', '@@ -1,3 +1,3 @@\n a\n'],
    ['a line with no prefix', '@@ -1,2 +1,2 @@\n a\nb\n'],
    ['a line number of 11 digits', '@@ -1 +12345678901 @@\n+x\n'],
    ['new lines starting at 0', '@@ -0,0 +0,1 @@\n+x\n'],
    ['hunks out of order', '@@ -100,1 +100,1 @@\n-a\n+b\n@@ -5 +5 @@\n-c\n+d\n'],
  ])('malformed (%s): the whole file counts', (_name, patch) => {
    expect(parsePatch('f', patch)).toEqual({ path: 'f', added: [], hunks: [], whole: true });
  });
});

describe('parseUnifiedDiff (git diff output)', () => {
  const gitDiff = [
    'diff --git a/a b.txt b/a b.txt',
    'deleted file mode 100644',
    'index 587be6b..0000000',
    '--- a/a b.txt\t',
    '+++ /dev/null',
    '@@ -1 +0,0 @@',
    '-x',
    'diff --git a/c d.txt b/c d.txt',
    'new file mode 100644',
    'index 0000000..23a2420',
    '--- /dev/null',
    '+++ b/c d.txt\t',
    '@@ -0,0 +1,2 @@',
    '+x',
    '+--- a/not a header',
    'diff --git "a/q\\"t.txt" "b/q\\"t.txt"',
    'index b680253..6a51a2d 100644',
    '--- "a/q\\"t.txt"',
    '+++ "b/q\\"t.txt"',
    '@@ -1 +1,2 @@',
    ' z',
    '+z',
    'diff --git "a/\\303\\251.conf" "b/\\303\\251.conf"',
    '--- "a/\\303\\251.conf"',
    '+++ "b/\\303\\251.conf"',
    '@@ -1 +1,2 @@',
    ' y',
    '+y2',
    '\\ No newline at end of file',
    'diff --git a/dir b/old.conf b/dir b/new.conf',
    'similarity index 100%',
    'rename from dir b/old.conf',
    'rename to dir b/new.conf',
    'diff --git a/img.png b/img.png',
    'index 1..2 100644',
    'Binary files a/img.png and b/img.png differ',
    'diff --git a/ü.conf b/ü.conf',
    'old mode 100644',
    'new mode 100755',
    'diff --git a/x b/y.png b/x b/y.png',
    'Binary files a/x b/y.png and b/x b/y.png differ',
    'diff --git a/gone-empty b/gone-empty',
    'deleted file mode 100644',
    'index e69de29..0000000',
    'diff --git a/empty b/empty',
    'new file mode 100644',
    'index 0000000..e69de29',
    '',
  ].join('\n');

  test('several files: deleted left out, new, quoted, non-ASCII, renamed, binary, mode-only, empty', () => {
    const files = parseUnifiedDiff(gitDiff);
    expect([...files.keys()]).toEqual(['c d.txt', 'q"t.txt', 'é.conf', 'dir b/new.conf', 'img.png', 'ü.conf', 'x b/y.png', 'empty']);
    expect(files.get('c d.txt')).toEqual({ path: 'c d.txt', added: [r(1, 2)], hunks: [r(1, 2)], whole: false });
    expect(files.get('q"t.txt')!.added).toEqual([r(2)]);
    expect(files.get('é.conf')!.added).toEqual([r(2)]);
    expect(files.get('dir b/new.conf')).toEqual({ path: 'dir b/new.conf', added: [], hunks: [], whole: false });
    expect(files.get('img.png')!.whole).toBe(true);
    expect(files.get('ü.conf')).toEqual({ path: 'ü.conf', added: [], hunks: [], whole: false });
    expect(files.get('empty')!.whole).toBe(true);
  });
  test('a rename with changes takes the new name from `rename to` / `+++`', () => {
    const d = [
      'diff --git a/x y/old.conf b/x y/new.conf',
      'similarity index 80%',
      'rename from x y/old.conf',
      'rename to x y/new.conf',
      '--- a/x y/old.conf',
      '+++ b/x y/new.conf',
      '@@ -5,1 +5,1 @@',
      '-a',
      '+b',
    ].join('\n');
    expect([...parseUnifiedDiff(d).values()]).toEqual([{ path: 'x y/new.conf', added: [r(5)], hunks: [r(5)], whole: false }]);
  });
  test('plain `diff -u` output (no `diff --git` lines, timestamps after a tab) and CRLF', () => {
    const d =
      '--- a/f.conf\t2024-01-01\r\n+++ b/f.conf\t2024-01-02\r\n@@ -1 +1 @@\r\n-a\r\n+b\r\n--- a/g.conf\r\n+++ b/g.conf\r\n@@ -2,0 +3 @@\r\n+c\r\n--- h.conf\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n';
    const files = parseUnifiedDiff(d);
    expect([...files.keys()]).toEqual(['f.conf', 'g.conf']);
    expect(files.get('f.conf')!.added).toEqual([r(1)]);
    expect(files.get('g.conf')!.added).toEqual([r(3)]);
  });
  test('a malformed section makes only its own file whole', () => {
    const d = 'diff --git a/a b/a\n--- a/a\n+++ b/a\n@@ -1 +1 @@\n+x\n+y\ndiff --git a/b b/b\n--- a/b\n+++ b/b\n@@ -1 +1 @@\n-p\n+q\n';
    const files = parseUnifiedDiff(d);
    expect(files.get('a')!.whole).toBe(true);
    expect(files.get('b')).toEqual({ path: 'b', added: [r(1)], hunks: [r(1)], whole: false });
    // A line that is neither a hunk nor a header after a complete hunk.
    const trailing = parseUnifiedDiff('diff --git a/c b/c\n--- a/c\n+++ b/c\n@@ -1 +1 @@\n-p\n+q\n+r\n');
    expect(trailing.get('c')!.whole).toBe(true);
  });
  test('a name given twice (crafted input) keeps the lines of both', () => {
    const d = 'diff --git a/a b/a\n--- a/a\n+++ b/a\n@@ -1 +1 @@\n-x\n+y\ndiff --git a/a b/a\n--- a/a\n+++ b/a\n@@ -9 +9 @@\n-x\n+y\n';
    expect(parseUnifiedDiff(d).get('a')!.added).toEqual([r(1), r(9)]);
  });
});

describe('unquoteC', () => {
  test('escapes and octal UTF-8 bytes', () => {
    expect(unquoteC('"a\\303\\251\\t\\"b\\\\"')).toEqual({ value: 'aé\t"b\\', end: 18 });
    expect(unquoteC('"unterminated')).toBeUndefined();
    expect(unquoteC('"ends in a backslash\\')).toBeUndefined();
  });
});

describe('hostile input', () => {
  test('never throws, on any text', () => {
    const alphabet = fc.constantFrom(
      '@@ -1,2 +1,3 @@',
      '+',
      '-',
      ' ',
      '\\',
      'diff --git a/x b/x',
      '--- a/x',
      '+++ b/x',
      '"',
      '\r',
      '\n',
      'rename to "',
      'Binary files',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), fc.string(), (parts, s) => {
        const text = parts.join('') + s;
        parseUnifiedDiff(text);
        const p = parsePatch('f', text);
        expect(p.path).toBe('f');
      }),
      { numRuns: 500 },
    );
  });
  test('linear: a few MB of adversarial patch parse quickly', () => {
    const big = `@@ -1,${200_000} +1,${200_000} @@\n${'+a\n-b\n'.repeat(200_000)}`;
    const quotes = `diff --git "${'\\"'.repeat(500_000)}\n+++ "${'\\303'.repeat(500_000)}\n`;
    const headers = 'diff --git a/x b/x\n--- a/x\n'.repeat(100_000);
    const t = performance.now();
    expect(parsePatch('f', big).added).toEqual([r(1, 200_000)]);
    parseUnifiedDiff(quotes);
    parseUnifiedDiff(headers);
    expect(performance.now() - t).toBeLessThan(3000);
  });
});
