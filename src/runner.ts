/**
 * The runner's protocol, as much as the action uses: inputs from `INPUT_*` variables, outputs
 * through the `GITHUB_OUTPUT` file (heredoc form), annotations and the failure as workflow commands
 * on stdout, the job summary appended to `GITHUB_STEP_SUMMARY`.
 *
 * Why not `@actions/core`: importing it loads its OIDC client, and with it `@actions/http-client`
 * and undici — about 50 ms, more than the whole action needs on a small repository (Node 20). The
 * few functions below write byte for byte what `@actions/core` 3 writes (`__tests__/runner.test.ts`
 * runs both and compares); the rest of the toolkit stays where the GitHub API is used anyway.
 */
import type * as Crypto from 'node:crypto';
import * as fs from 'node:fs';
import { EOL } from 'node:os';
import { lazyBuiltin } from './lazy-builtin.js';
import type { AnnotationProperties } from './report/annotations.js';

const crypto = lazyBuiltin<typeof Crypto>('node:crypto');

/**
 * 16 bytes from the kernel's random source where it can be read as a file (Linux, macOS): the same
 * source node:crypto draws from, without loading node:crypto (~3 ms of every start, for one
 * delimiter per output). Elsewhere (Windows), node:crypto.
 */
function randomBytes16(): Buffer {
  const bytes = Buffer.alloc(16);
  try {
    const fd = fs.openSync('/dev/urandom', 'r');
    try {
      if (fs.readSync(fd, bytes, 0, 16, null) === 16) return bytes;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // No /dev/urandom here.
  }
  return crypto().randomBytes(16);
}

/** A random (version 4) UUID, written as crypto.randomUUID writes one. */
function randomUUID(): string {
  const b = randomBytes16();
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** An input as `core.getInput` reads it: `INPUT_` + the name upper-cased, spaces as `_`, trimmed. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/** Command data: `%`, CR and LF escaped (the runner unescapes them). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command property: like data, plus `:` and `,`, which separate properties. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `::name key=value,…::message`. Empty or missing values are left out; as in `@actions/core`, any
 * properties object (even one whose values are all missing) puts a space after the name.
 */
export function issueCommand(name: string, properties: Readonly<Record<string, string | number | undefined>>, message: string): void {
  let line = `::${name}`;
  const keys = Object.keys(properties);
  if (keys.length > 0) {
    line += ' ';
    line += keys
      .filter((k) => properties[k])
      .map((k) => {
        const v = properties[k]!;
        return `${k}=${escapeProperty(typeof v === 'string' ? v : JSON.stringify(v))}`;
      })
      .join(',');
  }
  process.stdout.write(`${line}::${escapeData(message)}${EOL}`);
}

/** The runner's names for the annotation properties (its `IssueCommandProperties`). */
function commandProperties(p: AnnotationProperties): Record<string, string | number | undefined> {
  if (Object.keys(p).length === 0) return {};
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', commandProperties(properties), message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', commandProperties(properties), message);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', commandProperties(properties), message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

/** An error annotation, and exit code 1 when the process ends. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/**
 * An output: appended to the `GITHUB_OUTPUT` file as `name<<DELIMITER`, the value, `DELIMITER`,
 * with a random delimiter that neither may contain; without the file, the old `set-output` command.
 */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT || '';
  if (!file) {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, value);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  if (!fs.existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  fs.appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/** Appends Markdown and a line end to the job summary file (`GITHUB_STEP_SUMMARY`, which must exist and be writable). */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  }
  try {
    await fs.promises.access(file, fs.constants.R_OK | fs.constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  await fs.promises.appendFile(file, markdown + EOL, { encoding: 'utf8' });
}
