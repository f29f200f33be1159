/**
 * Second opinions from real TLS clients: `openssl s_client` (one version, full handshake) and
 * `gnutls-cli` (for what OpenSSL 3 can no longer speak, like 3DES). Each answers "accepted" or
 * "refused" only when the server said so; a timeout or a failed connect is an error (inconclusive),
 * never "refused".
 */
import { spawn } from 'node:child_process';
import { requireBinary } from './process.js';
import type { OpensslVersion } from './openssl.js';

export interface CheckResult {
  readonly accepted: boolean;
  /** The negotiated protocol as the client names it (`TLSv1`, `TLSv1.2`, `TLS1.0`), when accepted. */
  readonly protocol?: string;
  readonly cipher?: string;
  /** The fatal alert the server sent, when the client printed it. */
  readonly alert?: number;
  /** The client's output, for failure messages. */
  readonly output: string;
}

/** How `s_client -brief` names each version in `Protocol version:`. */
const BRIEF_NAME: Record<OpensslVersion, string> = { tls1: 'TLSv1', tls1_1: 'TLSv1.1', tls1_2: 'TLSv1.2', tls1_3: 'TLSv1.3' };

/** Output that means the client could not reach a TLS server at all: inconclusive. */
const NO_CONNECTION =
  /connect:errno=|BIO_connect|Connection refused|No route to host|Could not connect|Cannot connect|Name or service not known/i;

function runClient(
  bin: string,
  args: readonly string[],
  timeoutMs: number,
  env?: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // stdin is /dev/null: the client ends right after the handshake instead of waiting for input.
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], env: env ?? process.env });
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString('utf8');
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args.join(' ')}: no answer within ${timeoutMs} ms (inconclusive)`));
    }, timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

export interface CrossCheckOptions {
  readonly sni?: string;
  readonly timeoutMs?: number;
}

/** What `openssl s_client -<version>` makes of host:port; rejects when it is inconclusive. */
export async function crossCheckDetail(
  host: string,
  port: number,
  version: OpensslVersion,
  opts: CrossCheckOptions = {},
): Promise<CheckResult> {
  const openssl = requireBinary('openssl', 'openssl');
  const target = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
  // SECLEVEL=0: OpenSSL 3 clients refuse to offer TLS 1.0/1.1 (SHA-1) at any higher level.
  const args = ['s_client', '-brief', '-connect', target, `-${version}`, '-cipher', 'DEFAULT@SECLEVEL=0'];
  args.push(...(opts.sni ? ['-servername', opts.sni] : ['-noservername']));
  // OPENSSL_CONF=/dev/null: a system MinProtocol must not stop the client from offering the version.
  const { code, output } = await runClient(openssl, args, opts.timeoutMs ?? 10_000, { ...process.env, OPENSSL_CONF: '/dev/null' });
  const protocol = /^Protocol version: (\S+)/m.exec(output)?.[1];
  if (code === 0 && /^CONNECTION ESTABLISHED$/m.test(output) && protocol) {
    if (protocol !== BRIEF_NAME[version]) throw new Error(`s_client -${version} negotiated ${protocol}: ${output}`);
    return { accepted: true, protocol, cipher: /^Ciphersuite: (\S+)/m.exec(output)?.[1], output };
  }
  if (NO_CONNECTION.test(output)) throw new Error(`s_client could not connect to ${target}: ${lastLine(output)}`);
  const alert = /SSL alert number (\d+)/.exec(output)?.[1];
  return { accepted: false, alert: alert === undefined ? undefined : Number(alert), output };
}

/**
 * Whether `openssl s_client` completes a handshake at exactly `version`. False only when the
 * server refused (an alert, a close, no common suite); a timeout or an unreachable port rejects.
 */
export async function crossCheck(host: string, port: number, version: OpensslVersion, opts: CrossCheckOptions = {}): Promise<boolean> {
  return (await crossCheckDetail(host, port, version, opts)).accepted;
}

/** What `gnutls-cli` with `priority` makes of host:port (no certificate checks: we test versions). */
export async function gnutlsCheck(host: string, port: number, priority: string, opts: { timeoutMs?: number } = {}): Promise<CheckResult> {
  const cli = requireBinary('gnutls-cli', 'gnutls-bin');
  const args = ['--insecure', '--priority', priority, '-p', String(port), host];
  const { output } = await runClient(cli, args, opts.timeoutMs ?? 10_000);
  // `- Description: (TLS1.0-X.509)-(RSA)-(3DES-CBC)-(SHA1)` is printed once the handshake is done.
  const description = /^- Description: \((TLS[\d.]+)-[^)]*\)-(.*)$/m.exec(output);
  if (description && /Handshake was completed/.test(output)) {
    return { accepted: true, protocol: description[1], cipher: description[2], output };
  }
  if (NO_CONNECTION.test(output)) throw new Error(`gnutls-cli could not connect to ${host}:${port}: ${lastLine(output)}`);
  const alert = /Received alert \[(\d+)\]/.exec(output)?.[1];
  return { accepted: false, alert: alert === undefined ? undefined : Number(alert), output };
}

function lastLine(text: string): string {
  return text.trim().split('\n').pop() ?? '';
}
