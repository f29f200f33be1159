/**
 * Microsoft's SARIF validator (`@microsoft/sarif-multitool`, a dev dependency that ships a native
 * binary) with the SARIF rules and GitHub's ingestion rules (`--rule-kind "Sarif;Gh"`). Its
 * URI-reachability rule (SARIF2006) fetches every helpUri over the network, so it is disabled and
 * the process gets a proxy on a closed loopback port: nothing leaves the machine.
 *
 * Run directly, not through `npx sarif-multitool`: its wrapper spawns the binary with a shell, so
 * the `;` in "Sarif;Gh" would end the command.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';

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

export interface ValidatorResult {
  readonly ruleId: string;
  readonly level?: string;
  readonly message: { readonly text?: string; readonly id?: string; readonly arguments?: string[] };
}

/** Validates a SARIF file; returns the validator's results (its own SARIF log) and notifications. */
export async function validateSarif(file: string): Promise<{ results: ValidatorResult[]; notifications: string[]; exit: number }> {
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

export function describeResults(results: readonly ValidatorResult[]): string[] {
  return results.map((r) => `${r.level ?? 'warning'} ${r.ruleId}: ${(r.message.arguments ?? []).join(' | ')}`);
}
