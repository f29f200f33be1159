/**
 * Cold start: the action bundle (dist/index.js) loads only what a run uses. Node's module hooks
 * record every file the run loads; each file's text then says what it holds (a rule's title, the
 * octokit factory, the prober, the badge renderer, the YAML parser, picomatch). An empty workspace with a token must load none
 * of them, and neither node:child_process, node:crypto, node:net, node:v8 nor node:worker_threads; a probe-only run
 * loads the prober and no rule; a tree with a file loads the rules and the scan engine; only an
 * event with a diff loads the diff resolver. The CLI answers --version and --help from its entry
 * file alone.
 */
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACTION_BUNDLE } from './helpers/bundle.js';
import { RULES } from '../src/scan/rules/index.js';

/** Code that only the part it names contains (function names survive the bundler; titles are the rules' own). */
const PARTS: Record<string, readonly string[]> = {
  rules: RULES.map((r) => r.meta.title),
  'GitHub client': ['function getOctokit(', 'function createClient('],
  prober: ['async function probe('],
  badges: ['function makeBadge('],
  'YAML parser': ['function parseDocument('],
  'scan engine': ['function scanFiles('],
  'diff resolver': ['async function resolveDiff('],
  'glob compiler': ['const picomatch = (glob, options, returnState = false)'],
};

/** Built-ins that cost milliseconds to load, each loaded only by the runs that use it. */
const COSTLY_BUILTINS = ['child_process', 'crypto', 'net', 'v8', 'worker_threads'];

let tmp: string;
let hooks: string;
let builtins: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-lazy-'));
  // A load hook (in Node's hooks thread) appends every file URL it loads to TLS_FLOOR_LOAD_LOG.
  const hook = path.join(tmp, 'hook.mjs');
  fs.writeFileSync(
    hook,
    `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.TLS_FLOOR_LOAD_LOG, url + '\\n');
  return next(url, context);
}
`,
  );
  // Built-ins are not files: the main thread's own list of what it loaded says (without the hooks,
  // whose thread needs worker_threads).
  builtins = path.join(tmp, 'builtins.mjs');
  fs.writeFileSync(
    builtins,
    `import { appendFileSync } from 'node:fs';
process.on('exit', () => appendFileSync(process.env.TLS_FLOOR_BUILTIN_LOG, process.moduleLoadList.join('\\n')));
`,
  );
  hooks = path.join(tmp, 'register.mjs');
  fs.writeFileSync(hooks, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`);
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs `args` under the load hook; returns its output and the files of `dir` it loaded. */
async function run(
  name: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  dir: string,
): Promise<{ out: string; loaded: string[] }> {
  const log = path.join(tmp, `${name}.log`);
  fs.writeFileSync(log, '');
  const out = await new Promise<string>((resolve) => {
    const child = spawn(process.env.TLS_FLOOR_NODE || process.execPath, ['--import', pathToFileURL(hooks).href, ...args], {
      cwd,
      env: { PATH: process.env.PATH, ...env, TLS_FLOOR_LOAD_LOG: log },
    });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.on('close', () => resolve(text));
  });
  const loaded = [...new Set(fs.readFileSync(log, 'utf8').split('\n').filter(Boolean))]
    .map((u) => new URL(u).pathname)
    .filter((p) => path.dirname(p) === dir);
  return { out, loaded };
}

/** The workspace `name` holding `files`, and the action's environment for a run on it with `inputs`. */
function actionRun(name: string, files: Record<string, string>, inputs: Record<string, string>, more: NodeJS.ProcessEnv) {
  const ws = path.join(tmp, name);
  fs.mkdirSync(ws);
  for (const [f, text] of Object.entries(files)) fs.writeFileSync(path.join(ws, f), text);
  const output = path.join(tmp, `${name}.output`);
  fs.writeFileSync(output, '');
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_OUTPUT: output,
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_REPOSITORY: 'acme/app',
    ...more,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return { ws, env };
}

/** Runs the action bundle with `inputs` on a workspace holding `files`; returns which PARTS the loaded bundle files contain. */
async function partsLoaded(
  name: string,
  files: Record<string, string>,
  inputs: Record<string, string>,
  more: NodeJS.ProcessEnv = {},
): Promise<string[]> {
  const { ws, env } = actionRun(name, files, inputs, more);
  const { out, loaded } = await run(name, [ACTION_BUNDLE], ws, env, path.dirname(ACTION_BUNDLE));
  expect(out).toMatch(/tls-floor: (pass|fail) — /); // the run got to its end
  expect(loaded).toContain(ACTION_BUNDLE);
  const texts = loaded.map((f) => fs.readFileSync(f, 'utf8'));
  return Object.keys(PARTS).filter((part) => PARTS[part].some((marker) => texts.some((t) => t.includes(marker))));
}

/** Runs the action bundle like partsLoaded, without the hooks; returns which COSTLY_BUILTINS its main thread loaded. */
async function builtinsLoaded(name: string, files: Record<string, string>, git: boolean): Promise<string[]> {
  const { ws, env } = actionRun(name, files, { scan: 'true' }, {});
  if (git) execFileSync('git', ['init', '-q'], { cwd: ws });
  const log = path.join(tmp, `${name}.builtins`);
  // Output to a file: a pipe would be a socket, and load node:net itself.
  const outFile = path.join(tmp, `${name}.out`);
  const fd = fs.openSync(outFile, 'w');
  await new Promise((resolve) => {
    const child = spawn(process.env.TLS_FLOOR_NODE || process.execPath, ['--import', pathToFileURL(builtins).href, ACTION_BUNDLE], {
      cwd: ws,
      env: { PATH: process.env.PATH, ...env, TLS_FLOOR_BUILTIN_LOG: log },
      stdio: ['ignore', fd, fd],
    });
    child.on('close', resolve);
  });
  fs.closeSync(fd);
  const out = fs.readFileSync(outFile, 'utf8');
  expect(out).toMatch(/tls-floor: (pass|fail) — /);
  const list = new Set(fs.readFileSync(log, 'utf8').split('\n'));
  return COSTLY_BUILTINS.filter((b) => list.has(`NativeModule ${b}`));
}

describe('the action bundle loads what a run uses, and nothing else', () => {
  test('an empty workspace with a token: no rule, no GitHub client, no prober, no badge renderer, no YAML parser', async () => {
    expect(await partsLoaded('empty', {}, { scan: 'true', 'github-token': 'a-token' })).toEqual([]);
  });

  test('a probe-only run: the prober, and no rule', async () => {
    expect(await partsLoaded('probe', {}, { scan: 'false', endpoints: '127.0.0.1:9', timeout: '1s' })).toEqual(['prober']);
  });

  test('a config file: the YAML parser, and the glob compiler for its exclude patterns', async () => {
    expect(await partsLoaded('config', { 'tls-floor.yml': 'fail: false\n' }, { scan: 'false', config: 'tls-floor.yml' })).toEqual([
      'YAML parser',
      'glob compiler',
    ]);
  });

  test('a tree with a file to read: the rules and the scan engine (the hooks see what is loaded)', async () => {
    expect(await partsLoaded('scan', { 'nginx.conf': 'ssl_protocols TLSv1 TLSv1.2;\n' }, { scan: 'true' })).toEqual([
      'rules',
      'scan engine',
      'glob compiler', // .gitattributes patterns
    ]);
  });

  test('exclude patterns: the glob compiler, before any file is read', async () => {
    expect(await partsLoaded('exclude', {}, { scan: 'true', exclude: 'vendor/**' })).toEqual(['glob compiler']);
  });

  test('a push: the diff resolver (an event without a diff never loads it)', async () => {
    const event = path.join(tmp, 'push.json');
    fs.writeFileSync(event, JSON.stringify({ before: 'a'.repeat(40), after: 'b'.repeat(40) }));
    expect(await partsLoaded('push', {}, { scan: 'true' }, { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event })).toEqual([
      'diff resolver',
    ]);
  });

  test('an empty workspace outside git loads no costly built-in; a repository with a file runs git', async () => {
    expect(await builtinsLoaded('builtins-empty', {}, false)).toEqual([]);
    const git = await builtinsLoaded('builtins-git', { 'a.conf': 'x\n' }, true);
    expect(git).toContain('child_process');
    // A tree with a file to read asks V8 for its top tier later (src/jit.ts).
    expect(git).toContain('v8');
  });
});

describe('the CLI bundle answers --version and --help from its entry alone', () => {
  const cli = path.resolve('dist/cli/index.js');
  test.each([['--version'], ['--help'], ['scan', '--help']])('%s', async (...args) => {
    const r = await run(`cli${args.join('')}`, [cli, ...args], tmp, {}, path.dirname(cli));
    expect(r.out).toMatch(/^(\d+\.\d+\.\d+|Usage: tls-floor)/);
    expect(r.loaded).toEqual([cli]);
  });

  test('other commands load the rest (the hooks see the chunks)', async () => {
    const r = await run('cli-rules', [cli, 'rules'], tmp, {}, path.dirname(cli));
    expect(r.loaded.length).toBeGreaterThan(1);
  });

  test('a scan loads the rules and the engine; not the badge renderer, nor, with no config file, the YAML parser', async () => {
    const ws = fs.mkdtempSync(path.join(tmp, 'cli-scan-'));
    fs.writeFileSync(path.join(ws, 'nginx.conf'), 'ssl_protocols TLSv1.2;\n');
    const r = await run('cli-scan', [cli, 'scan', '.', '--format', 'json'], ws, {}, path.dirname(cli));
    expect(JSON.parse(r.out).stats.read).toBe(1);
    const texts = r.loaded.map((f) => fs.readFileSync(f, 'utf8'));
    expect(texts.some((t) => t.includes(PARTS.rules[0]))).toBe(true);
    for (const part of ['badges', 'YAML parser'])
      expect(
        texts.some((t) => t.includes(PARTS[part][0])),
        part,
      ).toBe(false);
    // With a config file, its parser loads.
    fs.mkdirSync(path.join(ws, '.github'));
    fs.writeFileSync(path.join(ws, '.github/tls-floor.yml'), 'min-version: TLSv1.2\n');
    const configured = await run('cli-scan-config', [cli, 'scan', '.', '--format', 'json'], ws, {}, path.dirname(cli));
    expect(configured.loaded.map((f) => fs.readFileSync(f, 'utf8')).some((t) => t.includes(PARTS['YAML parser'][0]))).toBe(true);
  });
});
