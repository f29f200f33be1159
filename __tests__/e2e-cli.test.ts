/** The bundled CLI (dist/cli/index.js), run as a user runs it from a fresh checkout. */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closedPort, startTlsServer } from './helpers/tls-server.js';
import { LEGACY_REPO, makeRepo } from './helpers/fixture.js';

const CLI = path.resolve('dist/cli/index.js');
const NODE = process.env.TLS_FLOOR_NODE || process.execPath;
const schema = JSON.parse(fs.readFileSync('schema/report.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(NODE, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Like cli(), without blocking this process: the probe tests' servers live in it. */
function cliAsync(cwd: string, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(NODE, [CLI, ...args], { cwd, env: { PATH: process.env.PATH, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('tls-floor scan (bundled CLI)', () => {
  const repo = makeRepo(LEGACY_REPO);

  test('prints compiler-style findings and exits 1', () => {
    const r = cli(repo, 'scan', '.');
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^deploy\/apache\/ssl\.conf:3:3  error  apache\/ssl-protocol  `SSLProtocol all -SSLv3` enables TLSv1\.0, TLSv1\.1/,
    );
    expect(lines[1]).toMatch(/^deploy\/nginx\/site\.conf:3:5  error  nginx\/ssl-protocols  /);
    expect(r.stdout).toMatch(/2 findings \(2 errors\) in \d+ files; 1 suppressed; skipped 1 binary, 1 documentation/);
    expect(r.stdout).toMatch(/fail: TLSv1\.0, TLSv1\.1 enabled below TLSv1\.2$/m);
  });

  test('a clean tree exits 0; --min-version TLSv1.3 turns TLSv1.2 into a finding', () => {
    const clean = makeRepo({ 'nginx.conf': 'ssl_protocols TLSv1.2 TLSv1.3;\n' });
    expect(cli(clean, 'scan').status).toBe(0);
    const strict = cli(clean, 'scan', '--min-version', 'TLSv1.3');
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/enables TLSv1\.2; use `ssl_protocols TLSv1\.3;`/);
  });

  test('--format json is the documented report and matches the schema', () => {
    const r = cli(repo, 'scan', '--format', 'json');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual([
      'deploy/apache/ssl.conf:3',
      'deploy/nginx/site.conf:3',
    ]);
    expect(report.findings[1].fix).toEqual({ line: 3, column: 19, endLine: 3, endColumn: 40, replacement: 'TLSv1.2' });
  });

  test('--format sarif and --output write SARIF 2.1.0', () => {
    const out = path.join(repo, '..', `${path.basename(repo)}.sarif`);
    const r = cli(repo, 'scan', '--output', out);
    expect(r.status).toBe(1);
    const sarif = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results;
    expect(results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['apache/ssl-protocol', 'nginx/ssl-protocols', 'nginx/ssl-protocols']);
    expect(results[2].suppressions).toEqual([{ kind: 'inSource', justification: 'old appliance, retired in Q3' }]);
    const rules = sarif.runs[0].tool.driver.rules;
    for (const res of results) expect(rules[res.ruleIndex].id).toBe(res.ruleId);
  });

  test.each([
    [['scan', '--format', 'xml'], /--format: "xml" is not a format/],
    [['scan', '--bogus'], /Unknown option '--bogus'/],
    [['scan', 'no/such/dir'], /paths: "no\/such\/dir" does not exist/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['scan', '--min-version', 'TLSv1.9'], /min-version: "TLSv1.9" is not a TLS version/],
  ])('usage error %j exits 2 with one line', (args, message) => {
    const r = cli(repo, ...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  test('a bad config file exits 2 and names the file, line and key', () => {
    const bad = makeRepo({ '.github/tls-floor.yml': 'paths: [src]\nmin-version: 1.4\n', src: '' });
    fs.mkdirSync(path.join(bad, 'srcdir'));
    const r = cli(bad, 'scan');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('tls-floor: .github/tls-floor.yml:2: min-version: "1.4" is not a TLS version; expected TLSv1.2 or TLSv1.3\n');
  });

  test('--help and --version', () => {
    expect(cli(repo, '--help').stdout).toMatch(/^Usage: tls-floor scan/);
    expect(cli(repo, '--version').stdout.trim()).toBe(JSON.parse(fs.readFileSync('package.json', 'utf8')).version);
  });
});

describe('tls-floor probe (bundled CLI)', () => {
  let legacy: Awaited<ReturnType<typeof startTlsServer>>;
  let modern: Awaited<ReturnType<typeof startTlsServer>>;
  beforeAll(async () => {
    legacy = await startTlsServer('TLSv1', 'TLSv1.2');
    modern = await startTlsServer('TLSv1.2', 'TLSv1.3');
  });
  afterAll(async () => {
    await legacy.close();
    await modern.close();
  });

  test('a matrix, the failing endpoint named, exit 1; JSON per the schema', async () => {
    const repo = makeRepo({});
    const r = await cliAsync(repo, 'probe', `127.0.0.1:${legacy.port}`, `https://127.0.0.1:${modern.port}?sni=api.test`, '--timeout', '3');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(`^127\\.0\\.0\\.1:${legacy.port} +127\\.0\\.0\\.1 +✗ +✗ +✓ +✓ +✓ +✗ +FAIL: accepts TLSv1\\.0, TLSv1\\.1$`, 'm'),
    );
    expect(r.stdout).toMatch(new RegExp(`api\\.test +127\\.0\\.0\\.1 +✗ +✗ +✗ +✗ +✓ +✓ +pass$`, 'm'));
    const json = await cliAsync(repo, 'probe', `127.0.0.1:${legacy.port}`, '--format', 'json', '--timeout', '3');
    const report = JSON.parse(json.stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.endpoints[0]).toMatchObject({
      host: '127.0.0.1',
      port: legacy.port,
      starttls: null,
      accepted: ['TLSv1.0', 'TLSv1.1', 'TLSv1.2'],
      error: null,
      status: 'legacy',
    });
  });

  test('an endpoint that cannot be checked exits 3 (or 0 with --allow-unreachable); a modern one exits 0', async () => {
    const repo = makeRepo({});
    const port = await closedPort();
    const r = await cliAsync(repo, 'probe', `127.0.0.1:${port}`, '--timeout', '1');
    expect(r.status).toBe(3);
    expect(r.stdout).toMatch(/UNCHECKED: connection refused/);
    expect((await cliAsync(repo, 'probe', `127.0.0.1:${port}`, '--allow-unreachable', '--timeout', '1')).status).toBe(0);
    expect((await cliAsync(repo, 'probe', `127.0.0.1:${modern.port}`)).status).toBe(0);
  });

  test('bad endpoints are usage errors that name the entry', () => {
    const r = cli(makeRepo({}), 'probe', 'gopher://x');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^tls-floor: endpoints \(line 1\): "gopher:\/\/x": unknown scheme "gopher"/);
  });
});
