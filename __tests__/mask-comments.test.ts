/**
 * The comment masker jumps between the characters where something can begin; the character loop it
 * replaced is kept here as the reference, and both must give the same text on every rule example,
 * on this repository's own files and on generated texts dense in quotes, escapes and markers.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classify, logicalName, maskComments, styleFor, type FileKind } from '../src/scan/file-kinds.js';
import { RULES } from '../src/scan/rules/index.js';

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t';
}

/** The character-by-character masker as it was before the native-regex jumps (the reference). */
function referenceMask(text: string, kind: FileKind, name?: string): string {
  const style = styleFor(kind, name);
  if (!style) return text;
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  let lineStart = true;
  let copyFrom = 0;
  const blank = (from: number, to: number): void => {
    out.push(text.slice(copyFrom, from));
    out.push(text.slice(from, to).replace(/[^\r\n]/g, ' '));
    copyFrom = to;
  };
  while (i < n) {
    const ch = text[i];
    if (ch === '\n') {
      lineStart = true;
      i++;
      continue;
    }
    if (lineStart && isBlank(ch)) {
      i++;
      continue;
    }
    const atLineStart = lineStart;
    lineStart = false;
    if (atLineStart && style.lineStart?.some((s) => text.startsWith(s, i))) {
      const end = text.indexOf('\n', i);
      blank(i, end < 0 ? n : end);
      i = end < 0 ? n : end;
      continue;
    }
    if (style.quotes?.includes(ch)) {
      let j = i + 1;
      while (j < n && text[j] !== ch && (ch === '`' || text[j] !== '\n')) j += text[j] === '\\' && ch !== '`' ? 2 : 1;
      i = j + 1;
      continue;
    }
    const block = style.block?.find(([open]) => text.startsWith(open, i));
    if (block) {
      const close = text.indexOf(block[1], i + block[0].length);
      const end = close < 0 ? n : close + block[1].length;
      blank(i, end);
      i = end;
      continue;
    }
    const line = style.line?.find((s) => text.startsWith(s, i));
    if (line && !(line === '#' && style.hashAfterSpace && !atLineStart && !isBlank(text[i - 1]))) {
      let end = text.indexOf('\n', i);
      if (end < 0) end = n;
      blank(i, end);
      i = end;
      continue;
    }
    i++;
  }
  if (copyFrom === 0) return text;
  out.push(text.slice(copyFrom));
  return out.join('');
}

function expectSame(file: string, text: string): void {
  const kind = classify(file);
  const name = logicalName(file);
  expect(maskComments(text, kind, name), file).toBe(referenceMask(text, kind, name));
}

/** One file name per comment style (and per name-specific style). */
const FILES = [
  'a.go',
  'a.rs',
  'a.py',
  'a.sh',
  'a.yaml',
  'a.ini',
  'a.properties',
  'a.ps1',
  'a.xml',
  'a.sql',
  'a.lua',
  'a.vb',
  'a.bat',
  'a.erl',
  'a.clj',
  'a.bicep',
  'sys.config',
  'a.nix',
  'a.reg',
  'a.iss',
  'a.asp',
  'Dockerfile',
  'unknown.conf',
  'a.txt',
];

describe('maskComments', () => {
  test('matches the reference on every rule example', () => {
    let n = 0;
    for (const rule of RULES)
      for (const example of [...rule.examples.valid, ...rule.examples.invalid]) {
        expectSame(example.file, example.code);
        for (const f of FILES) expectSame(f, example.code);
        n++;
      }
    expect(n).toBeGreaterThan(100);
  });

  test("matches the reference on this repository's files", () => {
    const root = path.join(import.meta.dirname, '..');
    let n = 0;
    for (const dir of ['src', '__tests__', 'bench', 'docs']) {
      const abs = path.join(root, dir);
      if (!fs.existsSync(abs)) continue;
      for (const entry of fs.readdirSync(abs, { withFileTypes: true, recursive: true })) {
        if (!entry.isFile()) continue;
        const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
        expectSame(path.relative(root, path.join(entry.parentPath, entry.name)), text);
        for (const f of FILES) expectSame(f, text);
        n++;
      }
    }
    expect(n).toBeGreaterThan(50);
  });

  // A real tree when one is given (`MASK_COMMENTS_TREE=/tmp/azurerm`): every tracked text file.
  test.skipIf(!process.env.MASK_COMMENTS_TREE)(
    'matches the reference on a real tree',
    () => {
      const root = process.env.MASK_COMMENTS_TREE!;
      const files = execFileSync('git', ['-C', root, 'ls-files', '-z'], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\0');
      let n = 0;
      for (const file of files) {
        if (!file) continue;
        let buf: Buffer;
        try {
          buf = fs.readFileSync(path.join(root, file));
        } catch {
          continue;
        }
        if (buf.length > 4 << 20 || buf.includes(0)) continue;
        expectSame(file, buf.toString('utf8'));
        n++;
      }
      expect(n).toBeGreaterThan(0);
    },
    600_000,
  );

  test('matches the reference on texts dense in quotes, escapes and comment markers', () => {
    const pieces = [
      '\n',
      ' ',
      '\t',
      '"',
      "'",
      '`',
      '\\',
      '/',
      '*',
      '#',
      ';',
      '!',
      '-',
      '%',
      '<',
      '>',
      '<!--',
      '-->',
      '<#',
      '#>',
      'REM ',
      '::',
      '@rem ',
      'x',
      '\r',
      '\\"',
      "\\'",
      '//',
      '/*',
      '*/',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.constantFrom(...FILES), (parts, file) =>
        expectSame(file, parts.join('')),
      ),
      { numRuns: 3000 },
    );
  });
});
