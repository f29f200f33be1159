import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigurationError } from '../src/errors.js';
import { loadSettings, parseSize, readConfigFile } from '../src/settings.js';
import { makeRepo } from './helpers/fixture.js';

const KNOWN = new Set(['nginx/ssl-protocols']);

function configError(yaml: string): string {
  try {
    readConfigFile('.github/tls-floor.yml', yaml, KNOWN);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return (e as Error).message;
  }
  throw new Error('expected a configuration error');
}

describe('config file errors name the file, line and key', () => {
  test.each([
    ['min-version: TLSv1.2\nexclude: 3\n', '.github/tls-floor.yml:2: exclude: expected a list of strings'],
    ['fail: perhaps\n', '.github/tls-floor.yml:1: fail: "perhaps" is not a boolean; expected true or false'],
    [
      '\n\nmax-file-size: lots\n',
      '.github/tls-floor.yml:3: max-file-size: "lots" is not a size; expected bytes or a number with KiB/MiB (e.g. 1MiB)',
    ],
    [
      'rules:\n  nginx/ssl-protocol: off\n',
      '.github/tls-floor.yml:2: rules.nginx/ssl-protocol: unknown rule id "nginx/ssl-protocol" (see the README for the list)',
    ],
    [
      'rules:\n  nginx/ssl-protocols: loud\n',
      '.github/tls-floor.yml:2: rules.nginx/ssl-protocols: "loud" is not a severity; expected error, warning or note',
    ],
    ['- a\n- b\n', '.github/tls-floor.yml:1: expected a mapping of settings (min-version, paths, exclude, …)'],
    [
      'paths: [a\n',
      '.github/tls-floor.yml:2: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    ['fail: true\nfail: false\n', '.github/tls-floor.yml:2: invalid YAML: Map keys must be unique'],
  ])('%j', (yaml, message) => expect(configError(yaml)).toBe(message));

  test('a valid file', () => {
    const v = readConfigFile(
      'c.yml',
      'min-version: "1.3"\npaths:\n  - src\nexclude: "vendor/**, dist"\nrules:\n  nginx/ssl-protocols: warning\n',
      KNOWN,
    );
    expect(v).toMatchObject({ minVersion: 'TLSv1.3', paths: ['src'], exclude: ['vendor/**', 'dist'] });
    expect(v.rules.get('nginx/ssl-protocols')).toBe('warning');
  });
});

describe('loadSettings', () => {
  test('inputs win over the config file; defaults otherwise', () => {
    const root = makeRepo({ '.github/tls-floor.yml': 'min-version: TLSv1.3\nfail: false\nexclude: [vendor]\n', 'src/a': '' });
    const s = loadSettings(root, { 'min-version': 'TLSv1.2', paths: 'src\n# comment\n' }, KNOWN);
    expect(s.policy.minVersion).toBe('TLSv1.2');
    expect(s.fail).toBe(false);
    expect(s.exclude).toEqual(['vendor']);
    expect(s.paths).toEqual(['src']);
    expect(s.maxFileSize).toBe(1024 * 1024);
    expect(s.configFile).toBe('.github/tls-floor.yml');
  });

  test('paths outside the workspace and missing config files are errors', () => {
    const root = makeRepo({ a: '' });
    expect(() => loadSettings(root, { paths: '../etc' }, KNOWN)).toThrow(/paths: "..\/etc" is outside the workspace/);
    expect(() => loadSettings(root, { config: 'nope.yml' }, KNOWN)).toThrow('config: file "nope.yml" does not exist');
    expect(() => loadSettings(path.join(root, 'a'), {}, KNOWN)).toThrow(/is not a directory/);
  });

  test.each([
    ['1MiB', 1048576],
    ['512k', 524288],
    ['2048', 2048],
    ['1.5 MB', 1572864],
  ])('size %s', (s, n) => expect(parseSize(s, 'x')).toBe(n));
});

describe('the probe timeout is in seconds unless it says ms', () => {
  test.each([
    ['2', 2000],
    ['2.5s', 2500],
    ['500ms', 500],
    ['0.1', 100],
    ['120', 120_000],
  ])('timeout: %s is %d ms (config file and input)', (value, ms) => {
    expect(readConfigFile('c.yml', `timeout: ${value}\n`, KNOWN).timeoutMs).toBe(ms);
    const root = makeRepo({ 'src/a': '' });
    expect(loadSettings(root, { timeout: value }, KNOWN).timeoutMs).toBe(ms);
  });
});
