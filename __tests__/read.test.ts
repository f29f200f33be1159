/**
 * TreeReader joins most listed paths to the root without path.join's normalising pass; a path that
 * needs it (`.`, `..` or empty components) must read exactly what path.join names.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { TreeReader } from '../src/scan/read.js';
import { makeRepo } from './helpers/fixture.js';

const text = (r: ReturnType<TreeReader['read']>): string => (Buffer.isBuffer(r) ? r.toString('utf8') : r);

describe('TreeReader reads the file path.join(root, rel) names', () => {
  const root = makeRepo(
    {
      top: 'top\n',
      'a..': 'dots at the end\n',
      '...': 'three dots\n',
      'x/.hidden': 'hidden\n',
      'x/new\nline': 'a newline in the name\n',
      'deep/dir/leaf': 'leaf\n',
      'deep/top': 'the link target’s sibling\n',
    },
    { git: false },
  );
  // A link to a directory inside the root: `link/..` is `deep` to the kernel, the root to path.join.
  fs.symlinkSync('deep/dir', path.join(root, 'link'));

  test.each([
    ['top', 'top\n'],
    ['a..', 'dots at the end\n'],
    ['...', 'three dots\n'],
    ['x/.hidden', 'hidden\n'],
    ['x/new\nline', 'a newline in the name\n'],
    ['link/leaf', 'leaf\n'],
    ['./top', 'top\n'],
    ['x/./.hidden', 'hidden\n'],
    ['x//.hidden', 'hidden\n'],
    ['link/../top', 'top\n'],
    ['x/new\n/../../top', 'top\n'],
  ])('%j', (rel, expected) => {
    for (const base of [root, `${root}/`, path.relative(process.cwd(), root) || '.']) {
      expect(text(new TreeReader(base, 1 << 20).read(rel)), base).toBe(expected);
    }
  });
});
