import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigurationError } from '../src/errors.js';
import { loadSettings, parseMinVersion, parseSize, readConfigFile } from '../src/settings.js';
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

  test('fail-on-unreadable: true by default, from the config file, the input winning', () => {
    const root = makeRepo({ '.github/tls-floor.yml': 'fail-on-unreadable: false\n' });
    expect(loadSettings(makeRepo({ a: '' }), {}, KNOWN).failOnUnreadable).toBe(true);
    expect(loadSettings(root, {}, KNOWN).failOnUnreadable).toBe(false);
    expect(loadSettings(root, { 'fail-on-unreadable': 'true' }, KNOWN).failOnUnreadable).toBe(true);
    expect(() => loadSettings(root, { 'fail-on-unreadable': 'maybe' }, KNOWN)).toThrow(
      'fail-on-unreadable: "maybe" is not a boolean; expected true or false',
    );
  });

  test('per-host-concurrency: 6 by default, from the config file, the input winning, 1 to 1024', () => {
    const root = makeRepo({ '.github/tls-floor.yml': 'per-host-concurrency: 2\n' });
    expect(loadSettings(makeRepo({ a: '' }), {}, KNOWN).perHostConcurrency).toBe(6);
    expect(loadSettings(root, {}, KNOWN).perHostConcurrency).toBe(2);
    expect(loadSettings(root, { 'per-host-concurrency': '1' }, KNOWN).perHostConcurrency).toBe(1);
    expect(() => loadSettings(root, { 'per-host-concurrency': '0' }, KNOWN)).toThrow(
      'per-host-concurrency: "0" is not a concurrency; expected a whole number from 1 to 1024',
    );
  });

  test('exclude patterns are checked when the settings are read, naming where they came from', () => {
    const root = makeRepo({ '.github/tls-floor.yml': 'exclude: ["vendor", "!"]\n' });
    expect(() => loadSettings(root, {}, KNOWN)).toThrow(
      '.github/tls-floor.yml: exclude: "!" has no pattern after "!"; write !GLOB to put back files an earlier pattern excluded',
    );
    expect(() => loadSettings(root, { exclude: `${'*'.repeat(70_000)}` }, KNOWN)).toThrow(
      /^exclude: "\*{97}…" is not a glob that can be compiled: Input length: 70000, exceeds maximum allowed length: 65536$/,
    );
    expect(loadSettings(root, { exclude: 'vendor\n!vendor/keep.conf' }, KNOWN).exclude).toEqual(['vendor', '!vendor/keep.conf']);
  });

  test.each([
    ['1MiB', 1048576],
    ['512k', 524288],
    ['2048', 2048],
    ['1.5 MB', 1572864],
  ])('size %s', (s, n) => expect(parseSize(s, 'x')).toBe(n));
});

describe('defaults that decide a verdict', () => {
  test('an endpoint that cannot be checked fails by default; so does legacy TLS', () => {
    const s = loadSettings(makeRepo({ a: '' }), {}, KNOWN);
    expect(s.failOnUnreachable).toBe(true);
    expect(s.fail).toBe(true);
    expect(s.policy).toEqual({ minVersion: 'TLSv1.2', failOn: 'error' });
  });
});

describe('min-version: only TLSv1.2 or TLSv1.3 make sense as the floor', () => {
  test.each([['TLSv1.2'], ['TLSv1.3'], ['1.3'], ['tlsv1.2']])('%s is accepted', (v) => {
    expect(parseMinVersion(v, 'min-version')).toMatch(/^TLSv1\.[23]$/);
  });
  test.each([
    ['TLSv1.1', 'min-version: TLSv1.1 is itself legacy and cannot be the floor; expected TLSv1.2 or TLSv1.3'],
    ['1.0', 'min-version: TLSv1.0 is itself legacy and cannot be the floor; expected TLSv1.2 or TLSv1.3'],
    ['SSLv3', 'min-version: SSLv3 is itself legacy and cannot be the floor; expected TLSv1.2 or TLSv1.3'],
    ['TLSv1.9', 'min-version: "TLSv1.9" is not a TLS version; expected TLSv1.2 or TLSv1.3'],
  ])('%s is refused in one line', (v, message) => expect(() => parseMinVersion(v, 'min-version')).toThrow(message));
  test('in the config file too', () => {
    expect(configError('min-version: TLSv1.1\n')).toBe(
      '.github/tls-floor.yml:1: min-version: TLSv1.1 is itself legacy and cannot be the floor; expected TLSv1.2 or TLSv1.3',
    );
  });
});

describe('messages clip what they echo', () => {
  const long = 'x'.repeat(10_000);
  const longZ = 'z'.repeat(10_000);
  test.each([
    ['fail', { fail: long }],
    ['min-version', { 'min-version': long }],
    ['max-file-size', { 'max-file-size': long }],
    ['timeout', { timeout: long }],
    ['concurrency', { concurrency: long }],
    ['paths', { paths: long }],
    ['report-file', { 'report-file': `../${long}` }],
    ['config', { config: long }],
  ])('%s', (_name, inputs) => {
    let message = '';
    try {
      loadSettings(makeRepo({ a: '' }, { git: false }), inputs, KNOWN);
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigurationError);
      message = (e as Error).message;
    }
    expect(message).toMatch(/"x{20,}…"|"\.\.\/x{20,}…"/);
    expect(message.length).toBeLessThan(300);
  });
  test('config file keys, rule ids and values', () => {
    // Explicit keys (`? key`): YAML itself refuses implicit keys over 1024 characters.
    for (const yaml of [
      `? ${longZ}\n: 1\n`,
      `rules:\n  ? ${longZ}\n  : off\n`,
      `fail: ${longZ}\n`,
      `endpoints:\n  - url: h\n    ? ${longZ}\n    : x\n`,
    ]) {
      const message = configError(yaml);
      expect(message).toMatch(/"z{20,}…"/);
      expect(message.length).toBeLessThan(600);
    }
  });
});

describe('paths from the config file and inputs stay in the workspace after following links', () => {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-outside-'));
  fs.writeFileSync(path.join(outside, 'secret.yml'), 'min-version: TLSv1.3 # SECRET CONTENT\n');
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-runner-temp-'));
  const repo = (files: Record<string, string> = {}, links: Record<string, string> = {}): string => {
    const root = makeRepo({ 'src/a.conf': '', ...files }, { git: false });
    for (const [at, to] of Object.entries(links)) fs.symlinkSync(to, path.join(root, at));
    return root;
  };
  const error = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigurationError);
      return (e as Error).message;
    }
    throw new Error('expected a configuration error');
  };

  test('report-file in the config file: workspace only, named by file and line', () => {
    const root = repo({ '.github/tls-floor.yml': 'fail: true\n\nreport-file: ../x.json\n' });
    expect(error(() => loadSettings(root, {}, KNOWN, { inputAreas: [{ dir: temp, name: 'RUNNER_TEMP' }] }))).toBe(
      '.github/tls-floor.yml:3: report-file: "../x.json" is outside the workspace',
    );
    const abs = repo({ '.github/tls-floor.yml': `report-file: ${temp}/x.json\n` });
    expect(error(() => loadSettings(abs, {}, KNOWN, { inputAreas: [{ dir: temp, name: 'RUNNER_TEMP' }] }))).toBe(
      `.github/tls-floor.yml:1: report-file: "${temp}/x.json" is outside the workspace`,
    );
  });

  test('report-file and sarif-file inputs: the workspace or RUNNER_TEMP; errors name the input', () => {
    const root = repo();
    const areas = { inputAreas: [{ dir: temp, name: 'RUNNER_TEMP' }] };
    const s = loadSettings(root, { 'report-file': 'out/r.json', 'sarif-file': path.join(temp, 'r.sarif') }, KNOWN, areas);
    expect(s.reportFile?.path).toBe(path.join(fs.realpathSync(root), 'out/r.json'));
    expect(s.sarifFile?.path).toBe(path.join(fs.realpathSync(temp), 'r.sarif'));
    expect(error(() => loadSettings(root, { 'report-file': '/etc/passwd' }, KNOWN, areas))).toBe(
      'report-file: "/etc/passwd" is outside the workspace or RUNNER_TEMP',
    );
    expect(error(() => loadSettings(root, { 'sarif-file': '../../r.sarif' }, KNOWN, areas))).toBe(
      'sarif-file: "../../r.sarif" is outside the workspace or RUNNER_TEMP',
    );
    expect(error(() => loadSettings(root, { 'sarif-file': 'src' }, KNOWN))).toBe('sarif-file: "src" is a directory');
  });

  test('a symbolic link on the way out is followed before the check', () => {
    const root = repo({ '.github/tls-floor.yml': 'report-file: out/r.json\n' }, { out: outside });
    expect(error(() => loadSettings(root, {}, KNOWN))).toBe('.github/tls-floor.yml:1: report-file: "out/r.json" is outside the workspace');
    const viaInput = repo({}, { out: outside });
    expect(error(() => loadSettings(viaInput, { 'report-file': 'out/new/r.json' }, KNOWN))).toBe(
      'report-file: "out/new/r.json" is outside the workspace',
    );
  });

  test('scan paths: a symbolic link to a directory outside is an error', () => {
    const root = repo({ '.github/tls-floor.yml': 'paths:\n  - src\n  - linked\n' }, { linked: outside });
    expect(error(() => loadSettings(root, {}, KNOWN))).toBe(
      '.github/tls-floor.yml:1: paths: "linked" leads outside the workspace (symbolic link)',
    );
    expect(error(() => loadSettings(root, { paths: 'linked' }, KNOWN))).toBe('paths: "linked" leads outside the workspace (symbolic link)');
    expect(loadSettings(root, { paths: 'src' }, KNOWN).paths).toEqual(['src']);
  });

  test('the config file: a link outside, a FIFO, a directory and a huge file are one-line errors', () => {
    const linked = repo({}, { '.github': outside });
    fs.symlinkSync(path.join(outside, 'secret.yml'), path.join(outside, 'tls-floor.yml'));
    const m = error(() => loadSettings(linked, {}, KNOWN));
    expect(m).toBe('config: ".github/tls-floor.yml" leads outside the workspace');
    expect(m).not.toContain('SECRET');

    const fifo = repo({ '.github/x': '' });
    execFileSync('mkfifo', [path.join(fifo, '.github/tls-floor.yml')]);
    expect(error(() => loadSettings(fifo, {}, KNOWN))).toBe('config: ".github/tls-floor.yml" is not a regular file');

    const dir = repo({ '.github/tls-floor.yml/x': '' });
    expect(error(() => loadSettings(dir, {}, KNOWN))).toBe('config: ".github/tls-floor.yml" is not a regular file');

    const huge = repo({ '.github/tls-floor.yml': `# ${'x'.repeat(2 * 1024 * 1024)}\n` });
    expect(error(() => loadSettings(huge, {}, KNOWN))).toBe('config: ".github/tls-floor.yml" is larger than 1 MiB');

    const explicit = repo();
    expect(error(() => loadSettings(explicit, { config: path.join(outside, 'secret.yml') }, KNOWN))).toMatch(
      /^config: ".*secret.yml" leads outside the workspace$/,
    );
    // The CLI's --config is the local user's own choice.
    expect(loadSettings(explicit, { config: path.join(outside, 'secret.yml') }, KNOWN, { inputAreas: 'anywhere' }).policy.minVersion).toBe(
      'TLSv1.3',
    );
  });
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
