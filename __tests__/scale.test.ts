/**
 * The report as a record (run, previous-report changes), shards through the pipeline, and merging
 * shard reports (pure, `tls-floor merge`, the action's merge mode). Endpoints are probed with an
 * injected resolver and attempt, as the prober's tests do: no network at all.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { runAction, type ActionIO } from '../src/action.js';
import { runCli, type CliIO } from '../src/cli.js';
import { ConfigurationError } from '../src/errors.js';
import { KNOWN_RULE_IDS, run, type ProbeDeps } from '../src/pipeline.js';
import type { AttemptSpec } from '../src/probe/attempt.js';
import { mergeReports, type NamedReport } from '../src/report/merge.js';
import type { Report } from '../src/report/report.js';
import { toSarif } from '../src/report/sarif.js';
import { RULES } from '../src/scan/rules/index.js';
import { loadSettings, type RawInputs } from '../src/settings.js';
import type { Version } from '../src/versions.js';
import { makeRepo } from './helpers/fixture.js';
import { describeResults, validateSarif } from './helpers/sarif-validator.js';

const validate = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync('schema/report.schema.json', 'utf8')));

function valid(report: unknown): string[] {
  return validate(JSON.parse(JSON.stringify(report))) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/**
 * A fake network: `legacy-*` hosts accept TLS 1.0 and 1.2, `old11-*` TLS 1.1 and 1.2, `down-*`
 * time out, the rest only TLS 1.2; `accepts` overrides per host.
 */
function fakeNet(accepts: Record<string, readonly Version[] | 'down'> = {}): ProbeDeps {
  const hostOf = new Map<string, string>();
  let next = 1;
  return {
    resolve: async (host) => {
      if (!hostOf.has(host)) hostOf.set(host, `10.0.${next >> 8}.${next++ & 255}`);
      return [{ address: [...hostOf].find(([h]) => h === host)![1], family: 4 }];
    },
    attempt: async (s: AttemptSpec) => {
      const host = [...hostOf].find(([, a]) => a === s.address)![0];
      if (host.startsWith('down-') || accepts[host] === 'down') return { outcome: { kind: 'timeout', phase: 'connect' }, ms: 0 };
      const ok =
        (accepts[host] as readonly Version[] | undefined) ??
        (host.startsWith('legacy-') ? ['TLSv1.0', 'TLSv1.2'] : host.startsWith('old11-') ? ['TLSv1.1', 'TLSv1.2'] : ['TLSv1.2']);
      return ok.includes(s.version)
        ? { outcome: { kind: 'accepted', serverVersion: s.version, cipher: 0xc02f }, ms: 0 }
        : { outcome: { kind: 'rejected', alert: 70, alertName: 'protocol_version' }, ms: 0 };
    },
  };
}

function settingsOf(ws: string, inputs: RawInputs) {
  return loadSettings(ws, inputs, KNOWN_RULE_IDS);
}

const MANY = Array.from({ length: 60 }, (_, i) => `${i % 7 === 0 ? 'legacy' : i % 11 === 0 ? 'down' : 'ok'}-${i}.test:${443 + (i % 3)}`);

const LEGACY_FILES: Record<string, string> = Object.fromEntries(
  Array.from({ length: 24 }, (_, i) => [`conf/site-${i}.conf`, `ssl_protocols TLSv1 TLSv1.2;\n`]),
);

describe('the run record', () => {
  test('time, commit, event, shard and the settings that judged it; valid against the schema', async () => {
    const ws = makeRepo(
      {
        'nginx.conf': 'ssl_protocols TLSv1 TLSv1.2;\n',
        '.github/tls-floor.yml': 'fail-on: warning\nrules:\n  nginx/ssl-protocols: warning\n',
      },
      { git: false },
    );
    const settings = settingsOf(ws, { shard: '1/1', 'fail-on-unreachable': 'false' });
    const report = await run(settings, {}, undefined, {
      time: new Date('2026-12-03T02:00:00Z'),
      commit: 'a'.repeat(40),
      event: 'schedule',
    });
    expect(report.run).toEqual({
      time: '2026-12-03T02:00:00.000Z',
      commit: 'a'.repeat(40),
      event: 'schedule',
      shard: '1/1',
      settings: {
        minVersion: 'TLSv1.2',
        failOn: 'warning',
        failOnUnreachable: false,
        failOnUnreadable: true,
        rules: { 'nginx/ssl-protocols': 'warning' },
        toolVersion: report.tool.version,
      },
    });
    expect(valid(report)).toEqual([]);
  });

  test('the CLI records the commit (git rev-parse HEAD) and the time', async () => {
    const ws = makeRepo({ 'nginx.conf': 'ssl_protocols TLSv1.2;\n' }, { git: true });
    let stdout = '';
    const io: CliIO = { stdout: (t) => void (stdout += t), stderr: () => {}, cwd: ws, isTTY: false };
    expect(await runCli(['scan', '--format', 'json'], io)).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.run?.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(Date.now() - Date.parse(report.run!.time)).toBeLessThan(60_000);
    expect(valid(report)).toEqual([]);
  });
});

describe('previous-report', () => {
  async function night(ws: string, accepts: Record<string, readonly Version[] | 'down'>, extra: RawInputs = {}) {
    const endpoints = 'a.test, b.test, c.test, d.test, e.test, f.test';
    return run(settingsOf(ws, { endpoints, 'fail-on-unreachable': 'false', ...extra }), fakeNet(accepts));
  }

  test('per endpoint new / fixed / still / changed with the versions that moved; new and fixed findings by stable key', async () => {
    const ws = makeRepo({ 'old.conf': 'ssl_protocols TLSv1 TLSv1.2;\n', 'keep.conf': 'ssl_protocols TLSv1.1 TLSv1.2;\n' }, { git: false });
    const first = await night(ws, {
      'a.test': ['TLSv1.2'],
      'b.test': ['TLSv1.0', 'TLSv1.2'],
      'c.test': ['TLSv1.0', 'TLSv1.2'],
      'd.test': ['TLSv1.1', 'TLSv1.2'],
      'e.test': ['TLSv1.2'],
      'f.test': ['TLSv1.0', 'TLSv1.2'],
    });
    fs.mkdirSync(path.join(ws, 'history'));
    fs.writeFileSync(path.join(ws, 'history/last.json'), JSON.stringify(first));
    // The next night: old.conf is fixed, new.conf appears, keep.conf moves down a line (same key).
    fs.writeFileSync(path.join(ws, 'old.conf'), 'ssl_protocols TLSv1.2;\n');
    fs.writeFileSync(path.join(ws, 'new.conf'), 'ssl_protocols TLSv1 TLSv1.2;\n');
    fs.writeFileSync(path.join(ws, 'keep.conf'), '# moved\nssl_protocols TLSv1.1 TLSv1.2;\n');
    const second = await night(
      ws,
      {
        'a.test': ['TLSv1.0', 'TLSv1.2'],
        'b.test': ['TLSv1.2', 'TLSv1.3'],
        'c.test': ['TLSv1.0', 'TLSv1.2'],
        'd.test': ['TLSv1.0', 'TLSv1.1', 'TLSv1.2'],
        'e.test': ['TLSv1.2', 'TLSv1.3'],
        'f.test': 'down',
      },
      { 'previous-report': 'history/last.json' },
    );
    const by = Object.fromEntries(
      second.endpoints.map((e) => [e.target, { change: e.change, appeared: e.appeared, disappeared: e.disappeared }]),
    );
    expect(by).toEqual({
      'a.test': { change: 'new', appeared: ['TLSv1.0'], disappeared: undefined },
      'b.test': { change: 'fixed', appeared: ['TLSv1.3'], disappeared: ['TLSv1.0'] },
      'c.test': { change: 'still', appeared: undefined, disappeared: undefined },
      'd.test': { change: 'changed', appeared: ['TLSv1.0'], disappeared: undefined },
      'e.test': { change: 'changed', appeared: ['TLSv1.3'], disappeared: undefined },
      // Unreachable tonight: not fixed, nothing claimed.
      'f.test': { change: undefined, appeared: undefined, disappeared: undefined },
    });
    const changes = second.changes!;
    expect(changes.previous).toEqual({ time: first.run!.time });
    expect(changes.newFindings.map((f) => f.file)).toEqual(['new.conf']);
    expect(changes.fixedFindings.map((f) => f.file)).toEqual(['old.conf']);
    expect(changes.newFindings[0].key).toBe(
      (toSarif(second, RULES) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] }).runs[0].results.find((r) =>
        JSON.stringify(r).includes('new.conf'),
      )!.partialFingerprints['tlsFloor/v1'],
    );
    expect(changes.stillFindings).toBe(1);
    expect([changes.newEndpoints, changes.fixedEndpoints, changes.stillEndpoints, changes.changedEndpoints]).toEqual([
      ['a.test'],
      ['b.test'],
      ['c.test'],
      ['d.test', 'e.test'],
    ]);
    expect(valid(second)).toEqual([]);
  });

  test('an endpoint that failed and is no longer listed is gone; a missing previous report is the first night', async () => {
    const ws = makeRepo({}, { git: false });
    const first = await run(settingsOf(ws, { endpoints: 'legacy-x.test, ok.test', scan: 'false' }), fakeNet());
    fs.writeFileSync(path.join(ws, 'last.json'), JSON.stringify(first));
    const second = await run(settingsOf(ws, { endpoints: 'ok.test', scan: 'false', 'previous-report': 'last.json' }), fakeNet());
    expect(second.changes?.goneEndpoints).toEqual(['legacy-x.test']);
    // A shard compares with its share of the (merged) previous report: the other shards' endpoints are not gone.
    const all = MANY.filter((t) => t.startsWith('legacy'));
    const whole = await run(settingsOf(ws, { endpoints: all.join('\n'), scan: 'false' }), fakeNet());
    fs.writeFileSync(path.join(ws, 'whole.json'), JSON.stringify(whole));
    const shard = await run(
      settingsOf(ws, { endpoints: all.join('\n'), scan: 'false', shard: '1/2', 'previous-report': 'whole.json' }),
      fakeNet(),
    );
    expect(shard.endpoints.length).toBeLessThan(all.length);
    expect(shard.changes?.goneEndpoints).toEqual([]);
    expect(shard.changes?.stillEndpoints).toEqual(shard.endpoints.map((e) => e.target));
    const firstNight = await run(settingsOf(ws, { endpoints: 'ok.test', scan: 'false', 'previous-report': 'nothing-yet.json' }), fakeNet());
    expect(firstNight.changes).toBeUndefined();
  });

  test.each([
    ['not JSON', '{"tool": ', /^previous-report: "bad\.json" is not JSON: /],
    ['another JSON', '{"a": 1}', /^previous-report: "bad\.json" is not a tls-floor JSON report$/],
  ])('%s is a one-line error naming the file', async (_, text, message) => {
    const ws = makeRepo({ 'bad.json': text }, { git: false });
    const settings = settingsOf(ws, { 'previous-report': 'bad.json', paths: 'bad.json' });
    const e = await run(settings).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConfigurationError);
    expect((e as Error).message).toMatch(message);
    expect((e as Error).message).not.toContain('\n');
  });

  test('read safely: not a directory or a FIFO, nothing outside the workspace from the config file', async () => {
    const ws = makeRepo({ '.github/tls-floor.yml': 'previous-report: ../outside.json\n' }, { git: false });
    fs.writeFileSync(path.join(ws, '..', 'outside.json'), '{}');
    await expect(run(settingsOf(ws, { scan: 'false' }))).rejects.toThrow(
      /^\.github\/tls-floor\.yml:1: previous-report: "\.\.\/outside\.json" leads outside the workspace$/,
    );
    fs.mkdirSync(path.join(ws, 'dir.json'));
    await expect(run(settingsOf(ws, { scan: 'false', 'previous-report': 'dir.json' }))).rejects.toThrow(
      /^previous-report: "dir\.json" is not a regular file$/,
    );
  });
});

async function shardReports(ws: string, n: number, endpoints: readonly string[], extra: RawInputs = {}): Promise<NamedReport[]> {
  const out: NamedReport[] = [];
  for (let i = 1; i <= n; i++) {
    const settings = settingsOf(ws, { endpoints: endpoints.join('\n'), shard: `${i}/${n}`, 'fail-on-unreachable': 'false', ...extra });
    out.push({ file: `report-${i}.json`, report: await run(settings, fakeNet()) });
  }
  return out;
}

describe('shards through the pipeline', () => {
  test('every endpoint and every file in exactly one shard, the same whatever the input order', async () => {
    const ws = makeRepo(LEGACY_FILES, { git: false });
    const forward = await shardReports(ws, 4, MANY);
    const backward = await shardReports(ws, 4, [...MANY].reverse());
    const targets = forward.flatMap((r) => r.report.endpoints.map((e) => e.target));
    expect([...targets].sort()).toEqual([...MANY].sort());
    const files = forward.flatMap((r) => r.report.findings.map((f) => f.file));
    expect([...files].sort()).toEqual(Object.keys(LEGACY_FILES).sort());
    expect(forward.map((r) => r.report.stats.files).reduce((a, b) => a + b)).toBe(24);
    // Not all in one shard, and each shard's share is the same in either order.
    expect(forward.every((r) => r.report.endpoints.length < MANY.length)).toBe(true);
    for (let i = 0; i < 4; i++) {
      expect(backward[i].report.endpoints.map((e) => e.target).sort()).toEqual(forward[i].report.endpoints.map((e) => e.target).sort());
      expect(backward[i].report.run?.shard).toBe(`${i + 1}/4`);
    }
  });
});

describe('merge', () => {
  test('the shards merged say what one unsharded run says: verdict, findings, endpoints, counts', async () => {
    const skipped = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`skip/${i}.conf`, 'ssl_protocols TLSv1;\n']));
    const ws = makeRepo({ ...LEGACY_FILES, ...skipped, 'ok.conf': 'ssl_protocols TLSv1.2;\n', 'README.md': 'TLSv1\n' }, { git: false });
    const whole = await run(settingsOf(ws, { endpoints: MANY.join('\n'), 'fail-on-unreachable': 'false', exclude: 'skip/**' }), fakeNet());
    const merged = mergeReports(await shardReports(ws, 4, MANY, { exclude: 'skip/**' }));
    expect(merged.verdict).toBe('fail');
    expect(merged.verdict).toBe(whole.verdict);
    expect(merged.legacyVersions).toEqual(whole.legacyVersions);
    expect(merged.findings).toEqual(whole.findings);
    expect(merged.endpoints.map((e) => e.target).sort()).toEqual(whole.endpoints.map((e) => e.target).sort());
    expect(merged.stats.files).toBe(whole.stats.files);
    expect(merged.stats.read).toBe(whole.stats.read);
    // The listing's counts (excluded files) once, not once per shard.
    expect(whole.stats.skipped.excluded).toBe(5);
    expect(merged.stats.skipped).toEqual(whole.stats.skipped);
    expect(merged.unchecked).toBe(false);
    expect(merged.run?.shard).toBeUndefined();
    expect(merged.run?.merged).toBe(4);
    expect(whole.run?.merged).toBeUndefined();
    expect(merged.run?.settings).toEqual(whole.run?.settings);
    expect(valid(merged)).toEqual([]);
  });

  test('the verdict is recomputed: only an unreachable endpoint fails when the settings say so', async () => {
    const ws = makeRepo({}, { git: false });
    const endpoints = ['ok-1.test', 'ok-2.test', 'down-3.test', 'ok-4.test'];
    const strict = mergeReports(await shardReports(ws, 2, endpoints, { scan: 'false', 'fail-on-unreachable': 'true' }));
    expect([strict.verdict, strict.unchecked, strict.uncheckedBecause]).toEqual(['fail', true, ['unreachable-endpoints']]);
    const lax = mergeReports(await shardReports(ws, 2, endpoints, { scan: 'false' }));
    expect([lax.verdict, lax.unchecked]).toEqual(['pass', false]);
  });

  test('a directory every shard could not list is one error, counted once, and fails the merged verdict', async () => {
    const [a, b] = await shardReports(makeRepo({}, { git: false }), 2, ['ok-1.test', 'ok-2.test']);
    const error = { file: 'locked', message: 'cannot read the directory (EACCES)' };
    const locked = (r: NamedReport): NamedReport => ({
      ...r,
      report: { ...r.report, errors: [error], stats: { ...r.report.stats, skipped: { ...r.report.stats.skipped, unreadable: 1 } } },
    });
    const merged = mergeReports([locked(a), locked(b)]);
    expect([merged.errors, merged.stats.skipped.unreadable]).toEqual([[error], 1]);
    expect([merged.verdict, merged.uncheckedBecause]).toEqual(['fail', ['unreadable-files']]);
  });

  test('a finding or endpoint reported twice is one', async () => {
    const ws = makeRepo({ 'a.conf': 'ssl_protocols TLSv1 TLSv1.2;\n' }, { git: false });
    const r = await run(settingsOf(ws, { endpoints: 'legacy-1.test' }), fakeNet());
    const merged = mergeReports([
      { file: 'x.json', report: r },
      { file: 'y.json', report: r },
    ]);
    expect([merged.findings.length, merged.endpoints.length, merged.stats.files]).toEqual([1, 1, 2]);
  });

  test('the merged SARIF passes Microsoft’s validator', { timeout: 120_000 }, async () => {
    const ws = makeRepo(LEGACY_FILES, { git: false });
    const merged = mergeReports(await shardReports(ws, 3, [], {}));
    const sarif = toSarif(merged, RULES) as { runs: { results: unknown[] }[] };
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].results).toHaveLength(24);
    const file = path.join(ws, 'merged.sarif');
    fs.writeFileSync(file, JSON.stringify(sarif));
    const checked = await validateSarif(file);
    expect(describeResults(checked.results.filter((r) => r.level === 'error'))).toEqual([]);
  });

  describe('refuses, in one line naming the files and the difference', () => {
    async function four(extra: RawInputs = {}) {
      return shardReports(makeRepo({}, { git: false }), 4, ['ok-1.test', 'legacy-2.test'], { scan: 'false', ...extra });
    }
    test('other settings', async () => {
      const [a, b, c] = await four();
      const [, , , d] = await four({ 'min-version': 'TLSv1.3' });
      expect(() => mergeReports([a, b, c, { ...d, file: 'late.json' }])).toThrow(
        /^merge: "report-1\.json" and "late\.json" were judged with different settings \(minVersion: "TLSv1\.2" vs "TLSv1\.3"\)$/,
      );
    });
    test('another tool version', async () => {
      const [a, b, c, d] = await four();
      const other = { ...d, report: { ...d.report, tool: { ...d.report.tool, version: '0.0.1' } } };
      expect(() => mergeReports([a, b, c, other])).toThrow(
        new RegExp(
          `^merge: "report-1\\.json" and "report-4\\.json" come from different tool versions \\(${a.report.tool.version} vs 0\\.0\\.1\\)$`,
        ),
      );
    });
    test('a shard twice, a shard missing, shards of another count, a report without shard', async () => {
      const [a, b, c, d] = await four();
      expect(() => mergeReports([a, b, { ...a, file: 'again.json' }, d])).toThrow(
        /^merge: shard 1\/4 given twice: "report-1\.json" and "again\.json"$/,
      );
      expect(() => mergeReports([a, b, d])).toThrow(/^merge: shard 3\/4 missing$/);
      expect(() => mergeReports([a, d])).toThrow(/^merge: shards 2\/4, 3\/4 missing$/);
      const eight = { file: 'of-8.json', report: { ...c.report, run: { ...c.report.run!, shard: '3/8' } } };
      expect(() => mergeReports([a, b, eight, d])).toThrow(/^merge: "report-1\.json" is shard 1\/4 but "of-8\.json" is 3\/8$/);
      const plain = { file: 'plain.json', report: { ...c.report, run: { ...c.report.run!, shard: undefined } } };
      expect(() => mergeReports([a, b, plain, d])).toThrow(/^merge: "plain\.json" is not a shard but "report-1\.json" is \(1\/4\)$/);
      const old = { file: 'old.json', report: { ...c.report, run: undefined } };
      expect(() => mergeReports([a, old])).toThrow(/^merge: "old\.json" has no run record/);
      expect(() => mergeReports([])).toThrow(/^merge: no reports to merge$/);
    });
  });
});

describe('settings', () => {
  test('shard and previous-report from the config file; a bad shard names the file and line', () => {
    const ws = makeRepo({ '.github/tls-floor.yml': 'scan: false\nshard: 2/4\nprevious-report: history/last.json\n' }, { git: false });
    const s = settingsOf(ws, {});
    expect(s.shard).toEqual({ index: 2, count: 4 });
    expect(s.previousReport?.given).toBe('history/last.json');
    expect(settingsOf(ws, { shard: '3/4' }).shard).toEqual({ index: 3, count: 4 });
    expect(() => settingsOf(ws, { shard: 'all' })).toThrow(/^shard: "all" is not a shard/);
    fs.writeFileSync(path.join(ws, '.github/tls-floor.yml'), 'scan: false\n\nshard: 5/4\n');
    expect(() => settingsOf(ws, {})).toThrow(/^\.github\/tls-floor\.yml:3: shard: "5\/4" is not a shard; expected i\/n/);
  });
});

describe('tls-floor merge (CLI)', () => {
  async function cli(cwd: string, args: string[], deps: ProbeDeps = {}) {
    let stdout = '';
    let stderr = '';
    const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, isTTY: false };
    const code = await runCli(args, io, deps);
    return { code, stdout, stderr };
  }

  test('shards written by `probe --shard i/n --output`, merged into JSON, SARIF, text and a badge; refusals exit 2', async () => {
    const ws = makeRepo({}, { git: false });
    const endpoints = ['ok-1.test', 'legacy-2.test', 'ok-3.test', 'old11-4.test', 'ok-5.test'];
    for (let i = 1; i <= 3; i++) {
      const r = await cli(
        ws,
        ['probe', ...endpoints, '--shard', `${i}/3`, '--format', 'json', '--output', `out/report-${i}.json`],
        fakeNet(),
      );
      expect(r.stderr).not.toContain('tls-floor:');
    }
    const files = ['out/report-1.json', 'out/report-2.json', 'out/report-3.json'];
    const json = await cli(ws, ['merge', ...files, '--format', 'json', '--badge-dir', 'badges']);
    expect(json.code).toBe(1);
    const merged = JSON.parse(json.stdout) as Report;
    expect(merged.endpoints.map((e) => e.target).sort()).toEqual([...endpoints].sort());
    expect(merged.legacyVersions).toEqual(['TLSv1.0', 'TLSv1.1']);
    expect(valid(merged)).toEqual([]);
    expect(JSON.parse(fs.readFileSync(path.join(ws, 'badges/tls-floor.json'), 'utf8'))).toEqual({
      schemaVersion: 1,
      label: 'tls-floor',
      message: 'TLS 1.0 accepted',
      color: 'red',
    });
    expect(fs.readFileSync(path.join(ws, 'badges/tls-floor.svg'), 'utf8')).toMatch(/^<svg /);
    const sarif = await cli(ws, ['merge', ...files, '--output', 'merged.sarif']);
    expect(sarif.code).toBe(1);
    expect(JSON.parse(fs.readFileSync(path.join(ws, 'merged.sarif'), 'utf8')).runs).toHaveLength(1);
    const text = await cli(ws, ['merge', ...files, '--no-fail']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('legacy-2.test');
    const missing = await cli(ws, ['merge', files[0], files[2]]);
    expect([missing.code, missing.stderr]).toEqual([2, 'tls-floor: merge: shard 2/3 missing\n']);
    const none = await cli(ws, ['merge']);
    expect([none.code, none.stderr]).toEqual([2, 'tls-floor: merge: no reports given (see tls-floor --help)\n']);
    const help = await cli(ws, ['merge', '--help']);
    expect(help.stdout).toContain('Usage: tls-floor merge report-*.json [--format text|json|sarif] [--output FILE] [--badge-dir DIR]');
    expect(help.stdout).toContain('--badge-dir DIR');
    // scan --previous-report: the CLI's own file, anywhere.
    const previous = await cli(ws, ['probe', ...endpoints, '--format', 'json', '--previous-report', 'out/report-1.json'], fakeNet());
    expect((JSON.parse(previous.stdout) as Report).changes).toBeDefined();
    const absent = await cli(ws, ['merge', 'nope.json']);
    expect([absent.code, absent.stderr]).toEqual([2, 'tls-floor: merge: "nope.json" does not exist\n']);
  });
});

describe('the action in merge mode', () => {
  async function action(workspace: string, inputs: Record<string, string>, temp?: string, env: NodeJS.ProcessEnv = {}) {
    const r = { outputs: {} as Record<string, string>, failed: [] as string[], warnings: [] as string[], summaries: [] as string[] };
    const io: ActionIO = {
      getInput: (name) => inputs[name] ?? '',
      setOutput: (name, value) => void (r.outputs[name] = value),
      setFailed: (m) => void r.failed.push(m),
      info: () => {},
      error: () => {},
      warning: (m) => void r.warnings.push(m),
      notice: () => {},
      writeSummary: async (md) => void r.summaries.push(md),
      env: { ...env, GITHUB_WORKSPACE: workspace, ...(temp ? { RUNNER_TEMP: temp } : {}) },
    };
    await runAction(io, fakeNet());
    return r;
  }

  test('merges the glob (nothing is scanned or probed): verdict, summary, report file with changes since previous-report', async () => {
    // The workspace itself has a legacy file: merge mode does not scan it.
    const ws = makeRepo({ 'nginx.conf': 'ssl_protocols TLSv1 TLSv1.2;\n' }, { git: false });
    const temp = makeRepo({}, { git: false });
    const shards = await shardReports(makeRepo({}, { git: false }), 2, ['ok-1.test', 'legacy-2.test', 'ok-3.test'], { scan: 'false' });
    fs.mkdirSync(path.join(temp, 'reports'));
    for (const s of shards) fs.writeFileSync(path.join(temp, 'reports', s.file), JSON.stringify(s.report));
    fs.writeFileSync(path.join(temp, 'reports', 'notes.txt'), 'not a report');
    const previous = mergeReports(await shardReports(makeRepo({}, { git: false }), 1, ['ok-1.test', 'ok-2.test'], { scan: 'false' }));
    fs.writeFileSync(path.join(ws, 'last.json'), JSON.stringify(previous));
    const r = await action(
      ws,
      { merge: `${temp}/reports/report-*.json`, 'report-file': 'merged.json', 'previous-report': 'last.json', endpoints: 'x.test' },
      temp,
    );
    // An input that would choose the work is named, not silently dropped.
    expect(r.warnings).toEqual(['tls-floor: merge joins reports and scans and probes nothing: ignored endpoints']);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.outputs.findings).toBe('0');
    expect(r.outputs['endpoints-failing']).toBe('1');
    expect(r.failed).toHaveLength(1);
    expect(r.summaries[0]).toContain('legacy-2.test');
    expect(r.summaries[0]).toContain('| Merged | 2 reports joined |');
    expect(r.summaries[0]).toContain('| Since the previous report | 0 new, 0 fixed, 0 still failing; endpoints: 1 new (against ');
    const merged = JSON.parse(fs.readFileSync(path.join(ws, 'merged.json'), 'utf8')) as Report;
    expect(merged.endpoints.map((e) => e.target).sort()).toEqual(['legacy-2.test', 'ok-1.test', 'ok-3.test']);
    // ok-2.test passed and is gone (not a failing one); legacy-2.test fails for the first time.
    expect(merged.changes?.newEndpoints).toEqual(['legacy-2.test']);
    expect(merged.changes?.goneEndpoints).toEqual([]);
    expect(merged.endpoints.find((e) => e.target === 'ok-1.test')?.change).toBeUndefined();
    expect(merged.findings).toEqual([]);
    expect(valid(merged)).toEqual([]);
  });

  test('a shard job records GITHUB_SHA, the event and its shard in the report file', async () => {
    const ws = makeRepo({ 'nginx.conf': 'ssl_protocols TLSv1.2;\n' }, { git: false });
    const r = await action(ws, { shard: '2/3', 'report-file': 'r.json', endpoints: 'ok-1.test' }, undefined, {
      GITHUB_SHA: 'b'.repeat(40),
      GITHUB_EVENT_NAME: 'schedule',
    });
    expect(r.failed).toEqual([]);
    const report = JSON.parse(fs.readFileSync(path.join(ws, 'r.json'), 'utf8')) as Report;
    expect([report.run?.commit, report.run?.event, report.run?.shard]).toEqual(['b'.repeat(40), 'schedule', '2/3']);
    expect(valid(report)).toEqual([]);
  });

  test('a glob outside the workspace and RUNNER_TEMP, or matching nothing, is a configuration error', async () => {
    const ws = makeRepo({}, { git: false });
    const elsewhere = makeRepo({ 'r.json': '{}' }, { git: false });
    const out = await action(ws, { merge: `${elsewhere}/*.json` });
    expect(out.failed).toEqual([`configuration error: merge: "${elsewhere}/*.json" is outside the workspace`]);
    const none = await action(ws, { merge: 'reports/*.json' });
    expect(none.failed).toEqual(['configuration error: merge: "reports/*.json": the directory "reports" does not exist']);
    fs.mkdirSync(path.join(ws, 'reports'));
    const empty = await action(ws, { merge: 'reports/*.json' });
    expect(empty.failed).toEqual(['configuration error: merge: "reports/*.json" matches no files']);
  });
});
