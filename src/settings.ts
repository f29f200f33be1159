/**
 * Inputs (action inputs or CLI flags) and `.github/tls-floor.yml` into one typed, validated
 * Settings object. Nothing else reads raw inputs. Every mistake is a ConfigurationError whose one
 * line names the key (and, for the config file, the line).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Yaml from 'yaml';
import type { LineCounter, Node, Pair } from 'yaml';
import { clip, ConfigurationError, quote } from './errors.js';
import { entryAt, isWithin, outputPath, readConfigText, realAreas, type Area, type OutputPath, type Reach } from './paths.js';
import { FAIL_SCOPES, FILTER_MODES, type FailScope, type FilterMode } from './diff/model.js';
import { DEFAULT_POLICY, SEVERITIES, type Policy, type Severity } from './policy.js';
import { parseEndpoint } from './probe/endpoints.js';
import { DEFAULT_PER_HOST_CONCURRENCY } from './probe/schedule.js';
import { excludeMatcher } from './scan/files.js';
import type { Endpoint } from './probe/types.js';
import { parseShard, type Shard } from './shard.js';
import { parseVersion, type Version } from './versions.js';
import {
  CONTEXT_KEYS,
  DEFAULT_TREATMENT,
  type ContextSetting,
  type ContextTreatment,
  type JudgedContext,
} from './scan/context-severity.js';

export type RuleSetting = 'off' | Severity;

export interface Settings {
  /** Absolute directory the scan is rooted at (the workspace). */
  readonly root: string;
  /** Paths to scan, relative to root. */
  readonly paths: readonly string[];
  /** Globs (relative to root) of files not to scan. */
  readonly exclude: readonly string[];
  readonly policy: Policy;
  /** Fail the step/exit non-zero when the policy is violated. */
  readonly fail: boolean;
  /** The JSON report file, checked: inside the workspace (or RUNNER_TEMP for an input). */
  readonly reportFile?: OutputPath;
  /** The SARIF file (an input only), checked like reportFile. */
  readonly sarifFile?: OutputPath;
  readonly maxFileSize: number;
  /**
   * How findings in each file context are judged (`tests`, `examples`, `documentation`, `vendored`,
   * `tls-implementation`): the most severe they may be, or `off`.
   */
  readonly contexts: ContextTreatment;
  /** Per-rule overrides from the config file: turn a rule off or change its severity. */
  readonly rules: ReadonlyMap<string, RuleSetting>;
  /** The config file that was read, relative to root, if any. */
  readonly configFile?: string;
  /** Scan the repository (false: only probe endpoints). */
  readonly scan: boolean;
  /** Endpoints to probe, from the input and the config file. */
  readonly endpoints: readonly Endpoint[];
  /** Per-connection timeout covering connect, STARTTLS and the first reply. */
  readonly timeoutMs: number;
  /** Connections open at once, over all endpoints, addresses and versions. */
  readonly concurrency: number;
  /** Connections open at once to one address (`per-host-concurrency`). */
  readonly perHostConcurrency: number;
  /** An endpoint that could not be checked fails the run (exit code 3 when nothing else failed). */
  readonly failOnUnreachable: boolean;
  /** On runs with a diff: which lines make a finding new (`filter-mode`). */
  readonly filterMode: FilterMode;
  /** `fail-scope`; undefined: decided by the event (`new` on pull requests, `all` otherwise). */
  readonly failScope?: FailScope;
  /** A file or directory that could not be read fails the run (exit code 3 when nothing else failed). */
  readonly failOnUnreadable: boolean;
  /** `badge-dir`: where tls-floor.svg and tls-floor.json are written, both checked like reportFile. */
  readonly badge?: { readonly svg: OutputPath; readonly json: OutputPath };
  /** `shard: i/n`: this run takes only its share of the endpoints and files (see shard.ts). */
  readonly shard?: Shard;
  /** A report of an earlier run to compare with (`previous-report`), with where it may be read from. */
  readonly previousReport?: ReportSource;
}

/** A report file to read, named by a setting: read only inside `reach` (see report-files.ts). */
export interface ReportSource {
  readonly key: string;
  readonly given: string;
  readonly path: string;
  readonly reach: Reach;
}

/** Raw values as strings, keyed by input name (`min-version`); empty or missing = not given. */
export type RawInputs = Readonly<Record<string, string | undefined>>;

export const DEFAULT_CONFIG = '.github/tls-floor.yml';
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

const CONFIG_KEYS = [
  'min-version',
  'paths',
  'exclude',
  'fail',
  'fail-on',
  'max-file-size',
  'report-file',
  'rules',
  'scan',
  'endpoints',
  'timeout',
  'concurrency',
  'per-host-concurrency',
  'fail-on-unreachable',
  'filter-mode',
  'fail-scope',
  'fail-on-unreadable',
  'tests',
  'examples',
  'documentation',
  'vendored',
  'tls-implementation',
  'badge-dir',
  'shard',
  'previous-report',
] as const;
export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_CONCURRENCY = 64;
type ConfigKey = (typeof CONFIG_KEYS)[number];

/** The floors that make sense for this tool: anything lower is itself the legacy it looks for. */
export const MIN_VERSIONS: readonly Version[] = ['TLSv1.2', 'TLSv1.3'];

export function parseMinVersion(value: string, where: string): Version {
  const v = parseVersion(value, { bareNumbers: true });
  if (v && MIN_VERSIONS.includes(v)) return v;
  if (v) throw new ConfigurationError(`${where}: ${v} is itself legacy and cannot be the floor; expected TLSv1.2 or TLSv1.3`);
  throw new ConfigurationError(`${where}: ${quote(value)} is not a TLS version; expected TLSv1.2 or TLSv1.3`);
}

export function parseBoolean(value: string, where: string): boolean {
  if (/^(true|yes|on|1)$/i.test(value.trim())) return true;
  if (/^(false|no|off|0)$/i.test(value.trim())) return false;
  throw new ConfigurationError(`${where}: ${quote(value)} is not a boolean; expected true or false`);
}

export function parseSeverity(value: string, where: string): Severity {
  const v = value.trim().toLowerCase();
  if ((SEVERITIES as readonly string[]).includes(v)) return v as Severity;
  throw new ConfigurationError(`${where}: ${quote(value)} is not a severity; expected error, warning or note`);
}

/** A context's treatment: `off` (or false) drops its findings, a severity caps them. */
export function parseContextSetting(value: string, where: string): ContextSetting {
  const v = value.trim().toLowerCase();
  if (v === 'off' || v === 'false') return 'off';
  if ((SEVERITIES as readonly string[]).includes(v)) return v as Severity;
  throw new ConfigurationError(`${where}: ${quote(value)} is not a context setting; expected error, warning, note or off`);
}

const CONTEXT_ENTRIES = Object.entries(CONTEXT_KEYS) as [JudgedContext, string][];

export function parseSize(value: string, where: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(value);
  if (!m) throw new ConfigurationError(`${where}: ${quote(value)} is not a size; expected bytes or a number with KiB/MiB (e.g. 1MiB)`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const n = Math.round(parseFloat(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1));
  if (n <= 0) throw new ConfigurationError(`${where}: the size must be greater than zero`);
  return n;
}

function oneOf<T extends string>(allowed: readonly T[], what: string) {
  return (value: string, where: string): T => {
    const v = value.trim().toLowerCase();
    if ((allowed as readonly string[]).includes(v)) return v as T;
    throw new ConfigurationError(`${where}: "${value}" is not a ${what}; expected ${allowed.join(', ')}`);
  };
}

export const parseFilterMode = oneOf(FILTER_MODES, 'filter mode');
export const parseFailScope = oneOf(FAIL_SCOPES, 'fail scope');

/** A list input: one entry per line or comma-separated; `#` starts a comment. */
export function parseList(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.replace(/(^|\s)#.*$/, ''))
    .flatMap((l) => l.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseTimeout(value: string, where: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)?\s*$/i.exec(value);
  const ms = m ? parseFloat(m[1]) * (m[2]?.toLowerCase() === 'ms' ? 1 : 1000) : NaN;
  if (!(ms >= 100 && ms <= 120_000))
    throw new ConfigurationError(`${where}: ${quote(value)} is not a timeout; expected seconds between 0.1 and 120 (e.g. 5 or 2.5s)`);
  return Math.round(ms);
}

export function parseConcurrency(value: string, where: string): number {
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < 1 || n > 1024)
    throw new ConfigurationError(`${where}: ${quote(value)} is not a concurrency; expected a whole number from 1 to 1024`);
  return n;
}

/** The `endpoints` input: one per line or comma-separated, `#` comments; errors name the line. */
export function inputEndpoints(value: string): Endpoint[] {
  const out: Endpoint[] = [];
  value.split(/\r?\n/).forEach((raw, i) => {
    for (const item of raw.replace(/(^|\s)#.*$/, '').split(',')) {
      if (item.trim() === '') continue;
      const r = parseEndpoint(item);
      if (!r.ok) throw new ConfigurationError(`endpoints (line ${i + 1}): ${r.error}`);
      out.push(r.endpoint);
    }
  });
  return out;
}

let yamlModule: typeof Yaml | undefined;

/**
 * Loads the YAML parser, which loadSettings needs when it reads a config file (see needsConfigParser).
 * It is a chunk of the bundles, not a static import: loading it costs ~15 ms, and most runs of the
 * action have no config file.
 */
export async function loadConfigParser(): Promise<void> {
  yamlModule ??= await import('yaml');
}

/** Whether loadSettings will read a config file (given as an input, or an entry at the default place). */
export function needsConfigParser(root: string, inputs: RawInputs): boolean {
  if (inputs.config?.trim()) return true;
  try {
    fs.lstatSync(path.resolve(root, DEFAULT_CONFIG));
    return true;
  } catch {
    return false;
  }
}

function yaml(): typeof Yaml {
  if (!yamlModule) throw new Error('internal error: a config file was read before loadConfigParser() was awaited');
  return yamlModule;
}

const ENDPOINT_KEYS = ['url', 'sni', 'name'];

function configEndpoints(node: unknown, file: string, lc: LineCounter, where: string): Endpoint[] {
  if (!yaml().isSeq(node)) throw new ConfigurationError(`${where}: expected a list of endpoints (strings or {url, sni, name})`);
  return node.items.map((item, i) => {
    const line = lineOf(item as Node, lc);
    const at = `${file}:${line}: endpoints[${i}]`;
    let url: string;
    const extra: { sni?: string; name?: string } = {};
    if (yaml().isMap(item)) {
      for (const pair of item.items) {
        const key = yaml().isScalar(pair.key) ? String(pair.key.value) : '';
        if (!ENDPOINT_KEYS.includes(key)) throw new ConfigurationError(`${at}: unknown key ${quote(key)}; expected url, sni or name`);
      }
      const get = (k: string): string | undefined => {
        const v = item.get(k, true);
        return v === undefined ? undefined : scalarString(v, `${at}.${k}`);
      };
      const u = get('url');
      if (!u) throw new ConfigurationError(`${at}: missing "url"`);
      url = u;
      extra.sni = get('sni');
      extra.name = get('name');
    } else url = scalarString(item, at);
    const r = parseEndpoint(url, extra);
    if (!r.ok) throw new ConfigurationError(`${at}: ${r.error}`);
    return { ...r.endpoint, source: { file, line } };
  });
}

/** A value from the config file with the place it was written (`file:line: key`). */
interface Sourced {
  readonly value: string;
  readonly where: string;
}

interface ConfigValues {
  scan?: boolean;
  endpoints?: Endpoint[];
  timeoutMs?: number;
  concurrency?: number;
  perHostConcurrency?: number;
  failOnUnreachable?: boolean;
  filterMode?: FilterMode;
  failScope?: FailScope;
  failOnUnreadable?: boolean;
  shard?: Shard;
  previousReport?: Sourced;
  minVersion?: Version;
  paths?: string[];
  exclude?: string[];
  fail?: boolean;
  failOn?: Severity;
  maxFileSize?: number;
  reportFile?: Sourced;
  badgeDir?: Sourced;
  /** Where `paths` was written, for errors about one of them. */
  pathsWhere?: string;
  rules: Map<string, RuleSetting>;
  contexts: Partial<Record<JudgedContext, ContextSetting>>;
}

function lineOf(node: Node | Pair | null | undefined, lc: LineCounter): number {
  const range = (node as Node | null)?.range ?? ((node as Pair | undefined)?.key as Node | undefined)?.range;
  return range ? lc.linePos(range[0]).line : 1;
}

function scalarString(node: unknown, where: string): string {
  if (yaml().isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean'))
    return String(node.value);
  throw new ConfigurationError(`${where}: expected a single value`);
}

function stringList(node: unknown, where: string): string[] {
  if (yaml().isSeq(node)) return node.items.map((item, i) => scalarString(item, `${where}[${i}]`));
  if (yaml().isScalar(node) && typeof node.value === 'string') return parseList(node.value);
  throw new ConfigurationError(`${where}: expected a list of strings`);
}

/** Reads and validates the config file. `knownRules` lets `rules:` name only existing rule ids. */
export function readConfigFile(file: string, text: string, knownRules: ReadonlySet<string>): ConfigValues {
  const lc = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = lc.linePos(e.pos[0]).line;
    throw new ConfigurationError(`${file}:${line}: invalid YAML: ${e.message.split('\n')[0]}`);
  }
  const values: ConfigValues = { rules: new Map(), contexts: {} };
  if (doc.contents === null || (yaml().isScalar(doc.contents) && doc.contents.value === null)) return values;
  if (!yaml().isMap(doc.contents))
    throw new ConfigurationError(`${file}:1: expected a mapping of settings (min-version, paths, exclude, …)`);
  for (const pair of doc.contents.items) {
    const key = yaml().isScalar(pair.key) ? String(pair.key.value) : '';
    const where = `${file}:${lineOf(pair.key as Node, lc)}: ${key}`;
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) {
      throw new ConfigurationError(
        `${file}:${lineOf(pair.key as Node, lc)}: unknown key ${quote(key)}; expected one of ${CONFIG_KEYS.join(', ')}`,
      );
    }
    const v = pair.value;
    switch (key as ConfigKey) {
      case 'min-version':
        values.minVersion = parseMinVersion(scalarString(v, where), where);
        break;
      case 'paths':
        values.paths = stringList(v, where);
        values.pathsWhere = where;
        break;
      case 'exclude':
        values.exclude = stringList(v, where);
        break;
      case 'fail':
        values.fail = parseBoolean(scalarString(v, where), where);
        break;
      case 'fail-on':
        values.failOn = parseSeverity(scalarString(v, where), where);
        break;
      case 'max-file-size':
        values.maxFileSize = parseSize(scalarString(v, where), where);
        break;
      case 'report-file':
        values.reportFile = { value: scalarString(v, where), where };
        break;
      case 'badge-dir':
        values.badgeDir = { value: scalarString(v, where), where };
        break;
      case 'scan':
        values.scan = parseBoolean(scalarString(v, where), where);
        break;
      case 'fail-on-unreachable':
        values.failOnUnreachable = parseBoolean(scalarString(v, where), where);
        break;
      case 'filter-mode':
        values.filterMode = parseFilterMode(scalarString(v, where), where);
        break;
      case 'fail-scope':
        values.failScope = parseFailScope(scalarString(v, where), where);
        break;
      case 'fail-on-unreadable':
        values.failOnUnreadable = parseBoolean(scalarString(v, where), where);
        break;
      case 'shard':
        values.shard = parseShard(scalarString(v, where), where);
        break;
      case 'previous-report':
        values.previousReport = { value: scalarString(v, where), where };
        break;
      case 'timeout':
        values.timeoutMs = parseTimeout(scalarString(v, where), where);
        break;
      case 'concurrency':
        values.concurrency = parseConcurrency(scalarString(v, where), where);
        break;
      case 'per-host-concurrency':
        values.perHostConcurrency = parseConcurrency(scalarString(v, where), where);
        break;
      case 'endpoints':
        values.endpoints = configEndpoints(v, file, lc, where);
        break;
      case 'tests':
      case 'examples':
      case 'documentation':
      case 'vendored':
      case 'tls-implementation': {
        const context = CONTEXT_ENTRIES.find(([, k]) => k === key)![0];
        values.contexts[context] = parseContextSetting(scalarString(v, where), where);
        break;
      }
      case 'rules': {
        if (!yaml().isMap(v)) throw new ConfigurationError(`${where}: expected a mapping of rule id to off, error, warning or note`);
        for (const rp of v.items) {
          const id = yaml().isScalar(rp.key) ? String(rp.key.value) : '';
          const rwhere = `${file}:${lineOf(rp.key as Node, lc)}: rules.${clip(id)}`;
          if (!knownRules.has(id)) throw new ConfigurationError(`${rwhere}: unknown rule id ${quote(id)} (see the README for the list)`);
          const setting = scalarString(rp.value, rwhere).toLowerCase();
          values.rules.set(id, setting === 'off' || setting === 'false' ? 'off' : parseSeverity(setting, rwhere));
        }
        break;
      }
    }
  }
  return values;
}

export const BADGE_FILES = { svg: 'tls-floor.svg', json: 'tls-floor.json' } as const;

/** The two badge files in a directory the user named, each checked like any output path. */
export function badgePaths(dir: string, key: string, base: string, reach: Reach): NonNullable<Settings['badge']> {
  const file = (name: string) => outputPath(path.join(dir, name), key, base, reach);
  return { svg: file(BADGE_FILES.svg), json: file(BADGE_FILES.json) };
}

/** A branch name git and the API accept (`badge-branch`), checked before anything runs. */
export function parseBranchName(value: string, where: string): string {
  const v = value.trim().replace(/^refs\/heads\//, '');
  if (!/^[A-Za-z0-9._/-]+$/.test(v) || /(^|\/)\.|\.\.|\/\/|^\/|\/$|\.lock$|\.$|^-/.test(v) || v.length > 200)
    throw new ConfigurationError(`${where}: ${quote(value)} is not a branch name; expected e.g. badges`);
  return v;
}

/** Where paths given as inputs (not the repository's config file) may point besides the workspace. */
export interface LoadOptions {
  /** The action: RUNNER_TEMP. The CLI: 'anywhere' (its flags are the local user's own choice). */
  readonly inputAreas?: readonly Area[] | 'anywhere';
}

/** The workspace's real directory as an area for paths, with the name messages give it. */
function workspaceArea(absRoot: string): Area {
  return { dir: fs.realpathSync(absRoot), name: 'workspace' };
}

function inputReach(workspace: Area, opts: LoadOptions): Reach {
  return opts.inputAreas === 'anywhere' ? 'anywhere' : [workspace, ...realAreas(opts.inputAreas ?? [])];
}

/** Scan paths, wherever they were given, must be inside the workspace after following links. */
function checkScanPaths(paths: readonly string[], absRoot: string, workspace: Area, where: string): void {
  for (const p of paths) {
    const abs = path.resolve(absRoot, p);
    if (!isWithin(abs, absRoot)) throw new ConfigurationError(`${where}: ${quote(p)} is outside the workspace`);
    if (!entryAt(abs, where, p)) throw new ConfigurationError(`${where}: ${quote(p)} does not exist in the workspace`);
    let real: string;
    try {
      real = fs.realpathSync(abs);
    } catch {
      throw new ConfigurationError(`${where}: ${quote(p)} is a symbolic link that leads nowhere`);
    }
    if (!isWithin(real, workspace.dir)) throw new ConfigurationError(`${where}: ${quote(p)} leads outside the workspace (symbolic link)`);
  }
}

/**
 * Builds Settings from raw inputs (which win when given) and the config file (explicit `config`
 * input, or `.github/tls-floor.yml` when present).
 */
export function loadSettings(root: string, inputs: RawInputs, knownRules: ReadonlySet<string>, opts: LoadOptions = {}): Settings {
  const given = (name: string): string | undefined => {
    const v = inputs[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  // An input, when given, is parsed (its errors name the input); otherwise the config file's value or the default.
  const setting = <T>(name: string, parse: (raw: string, where: string) => T, otherwise: T): T => {
    const raw = given(name);
    return raw ? parse(raw, name) : otherwise;
  };
  const absRoot = path.resolve(root);
  if (!fs.existsSync(absRoot) || !fs.statSync(absRoot).isDirectory())
    throw new ConfigurationError(`root: ${quote(root)} is not a directory`);
  const workspace = workspaceArea(absRoot);
  const fromInputs = inputReach(workspace, opts);
  const explicitConfig = given('config');
  const configPath = explicitConfig ?? DEFAULT_CONFIG;
  const configAbs = path.resolve(absRoot, configPath);
  let config: ConfigValues = { rules: new Map(), contexts: {} };
  let configFile: string | undefined;
  // The default config file is the repository's (a pull request's) own: it stays in the workspace.
  const text = readConfigText(configAbs, 'config', configPath, explicitConfig ? fromInputs : [workspace]);
  if (text !== undefined) {
    configFile = path.relative(absRoot, configAbs).split(path.sep).join('/') || configPath;
    config = readConfigFile(configFile.startsWith('..') ? configPath : configFile, text, knownRules);
  } else if (explicitConfig) {
    throw new ConfigurationError(`config: file ${quote(explicitConfig)} does not exist`);
  }
  const pathsRaw = given('paths');
  const excludeRaw = given('exclude');
  const policy: Policy = {
    minVersion: setting('min-version', parseMinVersion, config.minVersion ?? DEFAULT_POLICY.minVersion),
    failOn: setting('fail-on', parseSeverity, config.failOn ?? DEFAULT_POLICY.failOn),
  };
  const paths = pathsRaw ? parseList(pathsRaw) : (config.paths ?? ['.']);
  checkScanPaths(paths, absRoot, workspace, pathsRaw ? 'paths' : (config.pathsWhere ?? 'paths'));
  const reportInput = given('report-file');
  const sarifInput = given('sarif-file');
  const reportFile = reportInput
    ? outputPath(reportInput, 'report-file', absRoot, fromInputs)
    : config.reportFile && outputPath(config.reportFile.value, config.reportFile.where, absRoot, [workspace]);
  const badgeInput = given('badge-dir');
  const badge = badgeInput
    ? badgePaths(badgeInput, 'badge-dir', absRoot, fromInputs)
    : config.badgeDir && badgePaths(config.badgeDir.value, config.badgeDir.where, absRoot, [workspace]);
  const previousInput = given('previous-report');
  // The repository's config file reads only inside the workspace; the input also from RUNNER_TEMP (or anywhere, CLI).
  const previousReport: ReportSource | undefined = previousInput
    ? { key: 'previous-report', given: previousInput, path: path.resolve(absRoot, previousInput), reach: fromInputs }
    : config.previousReport && {
        key: config.previousReport.where,
        given: config.previousReport.value,
        path: path.resolve(absRoot, config.previousReport.value),
        reach: [workspace],
      };
  const exclude = excludeRaw ? parseList(excludeRaw) : (config.exclude ?? []);
  const failScope = setting('fail-scope', parseFailScope, config.failScope);
  const shard = setting('shard', parseShard, config.shard);
  // Checked here so that a bad pattern is a configuration error before anything runs.
  excludeMatcher(exclude, excludeRaw || !configFile ? 'exclude' : `${configFile}: exclude`);
  return {
    root: absRoot,
    paths: paths.map((p) => path.relative(absRoot, path.resolve(absRoot, p)).split(path.sep).join('/') || '.'),
    exclude,
    policy,
    fail: setting('fail', parseBoolean, config.fail ?? true),
    ...(reportFile ? { reportFile } : {}),
    ...(sarifInput ? { sarifFile: outputPath(sarifInput, 'sarif-file', absRoot, fromInputs) } : {}),
    maxFileSize: setting('max-file-size', parseSize, config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE),
    contexts: Object.fromEntries(
      CONTEXT_ENTRIES.map(([context, key]) => [
        context,
        setting(key, parseContextSetting, config.contexts[context] ?? DEFAULT_TREATMENT[context]),
      ]),
    ) as Record<JudgedContext, ContextSetting>,
    rules: config.rules,
    configFile,
    scan: setting('scan', parseBoolean, config.scan ?? true),
    endpoints: [...(given('endpoints') ? inputEndpoints(given('endpoints')!) : []), ...(config.endpoints ?? [])],
    timeoutMs: setting('timeout', parseTimeout, config.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    concurrency: setting('concurrency', parseConcurrency, config.concurrency ?? DEFAULT_CONCURRENCY),
    perHostConcurrency: setting('per-host-concurrency', parseConcurrency, config.perHostConcurrency ?? DEFAULT_PER_HOST_CONCURRENCY),
    failOnUnreachable: setting('fail-on-unreachable', parseBoolean, config.failOnUnreachable ?? true),
    filterMode: setting('filter-mode', parseFilterMode, config.filterMode ?? 'added'),
    ...(failScope ? { failScope } : {}),
    failOnUnreadable: setting('fail-on-unreadable', parseBoolean, config.failOnUnreadable ?? true),
    ...(badge ? { badge } : {}),
    ...(shard && { shard }),
    ...(previousReport && { previousReport }),
  };
}
