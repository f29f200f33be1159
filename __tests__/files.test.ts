import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { enumerate } from '../src/scan/files.js';
import { scan } from '../src/scan/scan.js';
import { RULES } from '../src/scan/rules/index.js';
import { makeRepo } from './helpers/fixture.js';

const FILES = {
  'a.conf': 'ssl_protocols TLSv1;\n',
  'vendor/lib/b.conf': 'ssl_protocols TLSv1;\n',
  'ignored/c.conf': 'ssl_protocols TLSv1;\n',
  'sub/.gitignore': '*.tmp\n!keep.tmp\n',
  'sub/x.tmp': 'x',
  'sub/keep.tmp': 'x',
  '.gitignore': 'ignored/\n',
};

describe('enumerate', () => {
  test.each([true, false])('respects .gitignore (git=%s), excludes and nested negations', (git) => {
    const root = makeRepo(FILES, { git });
    const e = enumerate(root, ['.'], ['vendor']);
    expect(e.source).toBe(git ? 'git' : 'walk');
    expect(e.files).toEqual(['.gitignore', 'a.conf', 'sub/.gitignore', 'sub/keep.tmp']);
    expect(e.excluded).toBe(1);
  });

  test('untracked files in a git tree are scanned; symlinks leaving the root are not', () => {
    const root = makeRepo({ 'a.conf': 'x' });
    fs.writeFileSync(path.join(root, 'new.conf'), 'y');
    const outside = fs.mkdtempSync(path.join(path.dirname(root), 'outside-'));
    fs.writeFileSync(path.join(outside, 'secret.conf'), 'ssl_protocols TLSv1;');
    fs.symlinkSync(path.join(outside, 'secret.conf'), path.join(root, 'link.conf'));
    fs.symlinkSync(path.join(root, 'a.conf'), path.join(root, 'inside-link.conf'));
    const e = enumerate(root, ['.'], []);
    expect(e.files).toEqual(['a.conf', 'inside-link.conf', 'new.conf']);
    expect(e.outsideLinks).toBe(1);
  });

  test('paths limit the scan', () => {
    const root = makeRepo(FILES);
    expect(enumerate(root, ['vendor'], []).files).toEqual(['vendor/lib/b.conf']);
  });
});

describe('scan', () => {
  test('counts binary, too large and documentation files instead of dropping them silently', async () => {
    const root = makeRepo({
      'big.conf': `${'#'.repeat(2048)}\nssl_protocols TLSv1;\n`,
      'bin.conf': Buffer.from([0x73, 0x73, 0x6c, 0, 1, 2]),
      'README.md': 'ssl_protocols TLSv1;',
      'ok.conf': 'ssl_protocols TLSv1;',
    });
    const r = await scan({
      root,
      paths: ['.'],
      exclude: [],
      maxFileSize: 1024,
      policy: { minVersion: 'TLSv1.2', failOn: 'error' },
      rules: RULES,
    });
    expect(r.findings.map((f) => f.file)).toEqual(['ok.conf']);
    expect(r.stats.skipped).toMatchObject({ tooLarge: 1, binary: 1, documentation: 1 });
  });
});
