import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigurationError } from '../src/errors.js';
import { outputPath, writeOutput } from '../src/paths.js';

function dir(prefix: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

const inWorkspace = (root: string) => [{ dir: root, name: 'workspace' }];

describe('writing a file the user named', () => {
  test('creates the missing directories and writes the file', () => {
    const root = dir('tls-floor-ws-');
    const out = outputPath('a/b/c/r.json', 'report-file', root, inWorkspace(root));
    expect(writeOutput(out, '{}\n')).toBe(path.join(root, 'a/b/c/r.json'));
    expect(fs.readFileSync(path.join(root, 'a/b/c/r.json'), 'utf8')).toBe('{}\n');
    expect(fs.readdirSync(path.join(root, 'a/b/c'))).toEqual(['r.json']);
  });

  test('a symbolic link planted at the file name is replaced, not followed', () => {
    const root = dir('tls-floor-ws-');
    const victim = path.join(dir('tls-floor-outside-'), 'victim');
    fs.writeFileSync(victim, 'precious\n');
    fs.symlinkSync(victim, path.join(root, 'r.json'));
    writeOutput(outputPath('r.json', 'report-file', root, inWorkspace(root)), '{}\n');
    expect(fs.readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(fs.lstatSync(path.join(root, 'r.json')).isFile()).toBe(true);
  });

  test('a FIFO at the file name does not block the write', () => {
    const root = dir('tls-floor-ws-');
    execFileSync('mkfifo', [path.join(root, 'r.json')]);
    writeOutput(outputPath('r.json', 'report-file', root, inWorkspace(root)), '{}\n');
    expect(fs.readFileSync(path.join(root, 'r.json'), 'utf8')).toBe('{}\n');
  });

  test('a directory swapped for a link after the check is refused', () => {
    const root = dir('tls-floor-ws-');
    const out = outputPath('out/r.json', 'report-file', root, inWorkspace(root));
    fs.symlinkSync(dir('tls-floor-outside-'), path.join(root, 'out'));
    expect(() => writeOutput(out, '{}\n')).toThrow(ConfigurationError);
  });

  test('under /proc (where a recursive mkdir never returns), a one-line error at once', () => {
    const started = Date.now();
    const out = outputPath('/proc/tls-floor/x/y/r.json', '--output', '/', 'anywhere');
    expect(() => writeOutput(out, '{}')).toThrow(/^--output: cannot write "\/proc\/tls-floor\/x\/y\/r\.json": E[A-Z]+$/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('too many new directories is an error, not a loop', () => {
    const root = dir('tls-floor-ws-');
    const deep = `${Array.from({ length: 40 }, (_, i) => `d${i}`).join('/')}/r.json`;
    expect(() => writeOutput(outputPath(deep, 'report-file', root, inWorkspace(root)), '{}')).toThrow(/needs too many new directories/);
  });

  test('a file on the way is an error that names the setting', () => {
    const root = dir('tls-floor-ws-');
    fs.writeFileSync(path.join(root, 'f'), '');
    expect(() => outputPath('f/r.json', 'sarif-file', root, inWorkspace(root))).toThrow(
      'sarif-file: cannot use "f/r.json": f is not a directory',
    );
  });
});
