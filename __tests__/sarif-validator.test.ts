/**
 * The SARIF we write, checked by Microsoft's SARIF validator (`@microsoft/sarif-multitool`, a dev
 * dependency that ships a native binary) with the SARIF rules and GitHub's ingestion rules
 * (`--rule-kind "Sarif;Gh"`): zero errors, on a report with findings, fixes, suppressions and a
 * pull request's diff. The validator's URI-reachability rule (SARIF2006) fetches every helpUri
 * over the network, so it is disabled and the process gets a proxy on a closed loopback port:
 * nothing leaves the machine.
 *
 * Run directly, not through `npx sarif-multitool`: its wrapper spawns the binary with a shell, so
 * the `;` in "Sarif;Gh" would end the command.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DiffModel } from '../src/diff/model.js';
import { runScan } from '../src/pipeline.js';
import { buildReport } from '../src/report/report.js';
import { toSarif } from '../src/report/sarif.js';
import { RULES } from '../src/scan/rules/index.js';
import { loadSettings } from '../src/settings.js';
import { LEGACY_REPO, makeRepo } from './helpers/fixture.js';

const require = createRequire(import.meta.url);

function validatorBinary(): string {
  const bin = require(`@microsoft/sarif-multitool-${process.platform}`) as string;
  // npm may skip the package's postinstall (`chmod u+x`) when install scripts are not allowed.
  try {
    fs.accessSync(bin, fs.constants.X_OK);
  } catch {
    fs.chmodSync(bin, 0o755);
  }
  return bin;
}

const CONFIG = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" />
  </Properties>
</Properties>
`;

interface ValidatorResult {
  readonly ruleId: string;
  readonly level?: string;
  readonly message: { readonly text?: string; readonly id?: string; readonly arguments?: string[] };
}

/** Validates a SARIF file; returns the validator's results (its own SARIF log) and notifications. */
async function validate(file: string): Promise<{ results: ValidatorResult[]; notifications: string[]; exit: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-sarif-'));
  const config = path.join(dir, 'validate.xml');
  const out = path.join(dir, 'validation.sarif');
  fs.writeFileSync(config, CONFIG);
  const args = ['validate', '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning', '-c', config, '-o', out, file];
  const env = {
    PATH: process.env.PATH,
    HOME: dir,
    DOTNET_CLI_TELEMETRY_OPTOUT: '1',
    HTTP_PROXY: 'http://127.0.0.1:9',
    HTTPS_PROXY: 'http://127.0.0.1:9',
  };
  const exit = await new Promise<number>((resolve) => {
    execFile(validatorBinary(), args, { env, timeout: 60_000 }, (err) => resolve(err ? ((err as { code?: number }).code ?? 1) : 0));
  });
  const log = JSON.parse(fs.readFileSync(out, 'utf8'));
  const run = log.runs[0];
  const invocation = run.invocations?.[0] ?? {};
  const notifications = [...(invocation.toolExecutionNotifications ?? []), ...(invocation.toolConfigurationNotifications ?? [])]
    .filter((n: { level?: string }) => n.level === 'error')
    .map((n: { message: { text: string } }) => n.message.text);
  return { results: run.results ?? [], notifications, exit };
}

function describeResults(results: readonly ValidatorResult[]): string[] {
  return results.map((r) => `${r.level ?? 'warning'} ${r.ruleId}: ${(r.message.arguments ?? []).join(' | ')}`);
}

describe('SARIF validated by Microsoft’s SARIF validator (Sarif and GitHub rules)', () => {
  test('findings with fixes, a suppression and a pull request’s diff: zero errors, zero warnings', { timeout: 120_000 }, async () => {
    const ws = makeRepo({
      ...LEGACY_REPO,
      'src/Net.cs': 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls | SecurityProtocolType.Tls11;\n',
    });
    const settings = loadSettings(ws, {}, new Set(RULES.map((r) => r.meta.id)));
    const scanned = await runScan(settings);
    expect(scanned.findings.some((f) => f.fix)).toBe(true);
    expect(scanned.suppressed).toHaveLength(1);
    const diff: DiffModel = {
      files: new Map([['src/Net.cs', { path: 'src/Net.cs', added: [{ start: 1, end: 1 }], hunks: [{ start: 1, end: 1 }], whole: false }]]),
      base: 'a'.repeat(40),
      head: 'b'.repeat(40),
      source: 'git',
    };
    const report = buildReport({ scan: scanned, policy: settings.policy, diff, failScope: 'new' });
    const file = path.join(ws, 'out.sarif');
    fs.writeFileSync(file, JSON.stringify(toSarif(report, RULES), null, 2));
    const sarif = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(sarif.runs[0].results.some((r: { fixes?: unknown }) => r.fixes)).toBe(true);
    expect(sarif.runs[0].results.some((r: { suppressions?: unknown }) => r.suppressions)).toBe(true);

    const v = await validate(file);
    expect(v.notifications).toEqual([]);
    expect(describeResults(v.results)).toEqual([]);
    expect(v.exit).toBe(0);
  });

  test('the validator does catch what GitHub would reject (a rule without shortDescription, a line 0)', { timeout: 120_000 }, async () => {
    const ws = makeRepo({ 'nginx.conf': 'ssl_protocols TLSv1 TLSv1.2;\n' });
    const settings = loadSettings(ws, {}, new Set(RULES.map((r) => r.meta.id)));
    const report = buildReport({ scan: await runScan(settings), policy: settings.policy });
    const sarif = toSarif(report, RULES) as {
      runs: {
        tool: { driver: { rules: object[] } };
        results: { locations: { physicalLocation: { region: { startLine: number } } }[] }[];
      }[];
    };
    delete (sarif.runs[0].tool.driver.rules[0] as { shortDescription?: unknown }).shortDescription;
    sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    const file = path.join(ws, 'bad.sarif');
    fs.writeFileSync(file, JSON.stringify(sarif));
    const v = await validate(file);
    const errors = v.results.filter((r) => r.level === 'error').map((r) => r.ruleId);
    expect(errors).toEqual(expect.arrayContaining(['GH2012', 'JSON1008']));
  });
});
