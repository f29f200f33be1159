/**
 * Runs the bundled action (dist/index.js) the way the runner does: INPUT_* variables, empty
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, an event payload; then reads the workflow commands
 * it printed, the outputs it wrote and its exit code.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LEGACY_REPO, makeRepo } from './helpers/fixture.js';
import { startTlsServer } from './helpers/tls-server.js';

const ACTION = path.resolve('dist/index.js');
/** .ci/run sets this to a Node 24 binary: GitHub runs actions on node24. */
const NODE = process.env.TLS_FLOOR_NODE || process.execPath;

async function runAction(workspace: string, inputs: Record<string, string>) {
  const out = path.join(workspace, '..', `${path.basename(workspace)}-output`);
  const summary = path.join(workspace, '..', `${path.basename(workspace)}-summary`);
  const event = path.join(workspace, '..', `${path.basename(workspace)}-event.json`);
  fs.writeFileSync(out, '');
  fs.writeFileSync(summary, '');
  fs.writeFileSync(event, JSON.stringify({ repository: { full_name: 'acme/app' } }));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_EVENT_PATH: event,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_SHA: 'abc123',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: path.dirname(workspace),
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  // Not spawnSync: servers that the probe tests start live in this process.
  const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(NODE, [ACTION], { cwd: workspace, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  const outputs = Object.fromEntries(
    [...fs.readFileSync(out, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]),
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs, summary: fs.readFileSync(summary, 'utf8') };
}

describe('the bundled action, run as the runner runs it', () => {
  test('annotates the legacy lines, writes outputs and the summary, and fails', async () => {
    const ws = makeRepo(LEGACY_REPO);
    const r = await runAction(ws, { 'report-file': 'out/tls-floor.json', 'sarif-file': 'out/tls-floor.sarif' });
    expect(r.status).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(errors).toEqual([
      expect.stringMatching(
        /^::error title=apache\/ssl-protocol%3A TLSv1\.0%2C TLSv1\.1,file=deploy\/apache\/ssl\.conf,line=3,endLine=3,col=3,endColumn=\d+::`SSLProtocol all -SSLv3` enables/,
      ),
      expect.stringMatching(
        /^::error title=nginx\/ssl-protocols%3A TLSv1\.0%2C TLSv1\.1,file=deploy\/nginx\/site\.conf,line=3,endLine=3,col=5,endColumn=\d+::/,
      ),
    ]);
    expect(r.stdout).toMatch(/::error::TLSv1\.0, TLSv1\.1 enabled below TLSv1\.2; see the annotations/);
    expect(r.outputs).toMatchObject({ verdict: 'fail', findings: '2', 'legacy-versions': 'TLSv1.0,TLSv1.1' });
    expect(r.outputs['report-file']).toBe(path.join(ws, 'out/tls-floor.json'));
    const report = JSON.parse(fs.readFileSync(path.join(ws, 'out/tls-floor.json'), 'utf8'));
    expect(report.verdict).toBe('fail');
    expect(report.suppressed).toHaveLength(1);
    expect(report.suppressed[0].suppressed.reason).toBe('old appliance, retired in Q3');
    expect(report.stats.skipped).toMatchObject({ documentation: 1, binary: 1 });
    const sarif = JSON.parse(fs.readFileSync(path.join(ws, 'out/tls-floor.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(3);
    expect(r.summary).toContain('## ❌ tls-floor: TLSv1.0, TLSv1.1 enabled below TLSv1.2');
    expect(r.summary).toContain('[deploy/nginx/site.conf:3](https://github.com/acme/app/blob/abc123/deploy/nginx/site.conf#L3)');
    expect(r.summary).toContain('Suppressed findings (1)');
    expect(r.summary).not.toContain('build/generated.conf');
  });

  test('passes on a clean tree and with fail: false', async () => {
    const ws = makeRepo({ 'nginx.conf': 'ssl_protocols TLSv1.2 TLSv1.3;\n' });
    const r = await runAction(ws, {});
    expect(r.status).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: 'pass', findings: '0', 'legacy-versions': '' });
    const ws2 = makeRepo(LEGACY_REPO);
    const r2 = await runAction(ws2, { fail: 'false' });
    expect(r2.status).toBe(0);
    expect(r2.outputs.verdict).toBe('fail');
  });

  test('a malformed config file is one line naming the key and line, and fails the step', async () => {
    const ws = makeRepo({ '.github/tls-floor.yml': 'min-version: TLSv1.2\nexlude:\n  - vendor\n' });
    const r = await runAction(ws, {});
    expect(r.status).toBe(1);
    const failures = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(failures).toEqual([
      '::error::configuration error: .github/tls-floor.yml:2: unknown key "exlude"; expected one of min-version, paths, exclude, fail, fail-on, max-file-size, report-file, rules, scan, endpoints, timeout, concurrency, per-host-concurrency, fail-on-unreachable, filter-mode, fail-scope, fail-on-unreadable, tests, examples, documentation, vendored, tls-implementation, badge-dir, shard, previous-report',
    ]);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  test('more than ten errors: ten annotations, then a notice with the rest', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 13; i++) files[`conf/site${String(i).padStart(2, '0')}.conf`] = 'ssl_protocols TLSv1 TLSv1.2;\n';
    const r = await runAction(makeRepo(files), {});
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error file') || l.startsWith('::error title'))).toHaveLength(10);
    expect(r.stdout).toMatch(/::notice title=tls-floor%3A more findings::3 more findings not annotated/);
    expect(r.summary.match(/\| 🔴 error \|/g)).toHaveLength(13);
  });

  test('probes the endpoints of the config file and the input: annotation on the declaring line, matrix in the summary', async () => {
    const legacy = await startTlsServer('TLSv1', 'TLSv1.2');
    const modern = await startTlsServer('TLSv1.2', 'TLSv1.3');
    try {
      const ws = makeRepo({
        '.github/tls-floor.yml': `scan: false\nendpoints:\n  - url: https://127.0.0.1:${modern.port}?sni=api.test\n  - name: payments\n    url: 127.0.0.1:${legacy.port}\n`,
      });
      const r = await runAction(ws, { timeout: '3', endpoints: `# the input adds one more\n127.0.0.1:${legacy.port}` });
      expect(r.status).toBe(1);
      const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error '));
      expect(errors).toEqual([
        `::error title=tls-floor%3A 127.0.0.1%3A${legacy.port}::127.0.0.1:${legacy.port} accepts TLSv1.0, TLSv1.1 (127.0.0.1); the floor is TLSv1.2`,
        `::error title=tls-floor%3A payments (127.0.0.1%3A${legacy.port}),file=.github/tls-floor.yml,line=4,endLine=4::payments accepts TLSv1.0, TLSv1.1 (127.0.0.1); the floor is TLSv1.2`,
      ]);
      expect(r.outputs).toMatchObject({ verdict: 'fail', findings: '0', 'legacy-versions': 'TLSv1.0,TLSv1.1', 'endpoints-failing': '2' });
      expect(r.summary).toContain('### Endpoints');
      expect(r.summary).toMatch(
        new RegExp(
          `\\| payments \\(127\\.0\\.0\\.1:${legacy.port}\\) \\| 127\\.0\\.0\\.1 \\| ✗ \\| ✗ \\| ✓ \\| ✓ \\| ✓ \\| ✗ \\| FAIL: accepts TLSv1\\.0, TLSv1\\.1 \\|`,
        ),
      );
    } finally {
      await legacy.close();
      await modern.close();
    }
  });
});
