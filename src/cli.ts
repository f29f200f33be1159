#!/usr/bin/env node
/**
 * The CLI entry: `tls-floor scan [paths…]` with text, JSON or SARIF output, and `tls-floor rules`.
 * Exit codes: 0 pass, 1 legacy TLS found, 2 usage or configuration error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { localDiff } from './diff/git.js';
import { ConfigurationError, oneLine } from './errors.js';
import { render, writeReportFile, type Format } from './outputs.js';
import { KNOWN_RULE_IDS, activeRules, run, type Change, type ProbeDeps } from './pipeline.js';
import { legacyFound, type Report } from './report/report.js';
import { rulesMarkdown } from './report/rules-doc.js';
import { formatText } from './report/text.js';
import { RULES } from './scan/rules/index.js';
import { loadSettings } from './settings.js';
import { TOOL_VERSION } from './version.js';
import { IS_SCAN_WORKER } from './scan/workers.js';

export const EXIT = { pass: 0, fail: 1, usage: 2, unreachable: 3 } as const;

const HELP = `Usage: tls-floor scan [paths…] [options]
       tls-floor probe [endpoints…] [options]
       tls-floor rules [--format text|json|markdown]

scan   finds configuration and code that enables SSLv3, TLS 1.0 or TLS 1.1.
probe  asks servers which versions they accept, with hand-built handshakes
       (endpoints: host, host:port, [v6]:port, https://host, smtp://host, submission://,
       imap://, pop3://, ftp://, ldap://, xmpp://, postgres://, mysql:// …, ?sni=NAME;
       without arguments, the endpoints of the config file).

Options:
  --format text|json|sarif   output format on stdout (default: text)
  --output FILE              write the report to FILE instead of stdout (.sarif → SARIF)
  --min-version V            lowest allowed version (default: TLSv1.2)
  --fail-on error|warning|note  least severe finding that fails (default: error)
  --config FILE              config file (default: .github/tls-floor.yml under the root)
  --root DIR                 directory that paths and reports are relative to (default: .)
  --exclude GLOB             skip matching files (repeatable)
  --max-file-size SIZE       skip larger files (default: 1MiB)
  --no-fail                  exit 0 even when legacy TLS is found
  --diff REF                 scan: judge only what changed since the merge base of REF and HEAD
                             (commits, staged, unstaged and untracked files count as new)
  --filter-mode MODE         with --diff: added (default), diff_context, file or nofilter
  --fail-scope new|all       with --diff: what fails (default: new)
  --timeout S                probe: seconds per connection (default: 5)
  --concurrency N            probe: connections at once (default: 64)
  --allow-unreachable        probe: endpoints that cannot be checked do not fail
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 pass, 1 legacy TLS found, 2 usage or configuration error,
            3 endpoints could not be checked (unreachable, no answer, STARTTLS refused).`;

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly cwd: string;
  readonly isTTY: boolean;
}

function usage(message: string): never {
  throw new ConfigurationError(`${message} (see tls-floor --help)`);
}

function parseFormat(v: string | undefined): Format {
  if (v === undefined) return 'text';
  if (v === 'text' || v === 'json' || v === 'sarif') return v;
  return usage(`--format: "${v}" is not a format; expected text, json or sarif`);
}

function listRules(io: CliIO, format: Format | 'markdown'): number {
  if (format === 'markdown') {
    io.stdout(`${rulesMarkdown(RULES)}\n`);
  } else if (format === 'json') {
    io.stdout(
      `${JSON.stringify(
        RULES.map((r) => ({ ...r.meta, keywords: r.meta.keywords.source, files: undefined })),
        null,
        2,
      )}\n`,
    );
  } else {
    for (const r of RULES) io.stdout(`${r.meta.id.padEnd(40)} ${r.meta.title}\n`);
  }
  return EXIT.pass;
}

export function exitCode(report: Report, fail: boolean): number {
  if (report.verdict === 'pass' || !fail) return EXIT.pass;
  return legacyFound(report) ? EXIT.fail : EXIT.unreachable;
}

export async function runCli(argv: readonly string[], io: CliIO, deps: ProbeDeps = {}): Promise<number> {
  try {
    const { values, positionals } = (() => {
      try {
        return parseArgs({
          args: [...argv],
          allowPositionals: true,
          options: {
            format: { type: 'string' },
            output: { type: 'string', short: 'o' },
            'min-version': { type: 'string' },
            'fail-on': { type: 'string' },
            config: { type: 'string', short: 'c' },
            root: { type: 'string' },
            exclude: { type: 'string', multiple: true },
            'max-file-size': { type: 'string' },
            'no-fail': { type: 'boolean' },
            timeout: { type: 'string' },
            concurrency: { type: 'string' },
            'allow-unreachable': { type: 'boolean' },
            diff: { type: 'string' },
            'filter-mode': { type: 'string' },
            'fail-scope': { type: 'string' },
            help: { type: 'boolean', short: 'h' },
            version: { type: 'boolean', short: 'v' },
          },
        });
      } catch (e) {
        return usage((e as Error).message.split('\n')[0]);
      }
    })();
    if (values.help) {
      io.stdout(`${HELP}\n`);
      return EXIT.pass;
    }
    if (values.version) {
      io.stdout(`${TOOL_VERSION}\n`);
      return EXIT.pass;
    }
    const [command, ...rest] = positionals;
    if (command === 'rules') return listRules(io, values.format === 'markdown' ? 'markdown' : parseFormat(values.format));
    const format = parseFormat(values.format);
    if (command !== 'scan' && command !== 'probe') return usage(command ? `unknown command "${command}"` : 'missing command');
    const probing = command === 'probe';
    if (probing && format === 'sarif') return usage('--format: SARIF is for the repository scan; use text or json with probe');

    let root = path.resolve(io.cwd, values.root ?? '.');
    const targets = probing ? [] : rest.map((p) => path.resolve(io.cwd, p));
    // `tls-floor scan ../other-repo`: one directory outside the cwd becomes the root.
    if (
      !values.root &&
      targets.length === 1 &&
      path.relative(root, targets[0]).startsWith('..') &&
      fs.statSync(targets[0], { throwIfNoEntry: false })?.isDirectory()
    ) {
      root = targets[0];
    }
    const settings = loadSettings(
      root,
      {
        paths: targets.map((t) => path.relative(root, t) || '.').join('\n'),
        exclude: (values.exclude ?? []).join('\n'),
        'min-version': values['min-version'],
        'fail-on': values['fail-on'],
        config: values.config && path.relative(root, path.resolve(io.cwd, values.config)),
        'max-file-size': values['max-file-size'],
        fail: values['no-fail'] ? 'false' : undefined,
        timeout: values.timeout,
        concurrency: values.concurrency,
        'fail-on-unreachable': values['allow-unreachable'] ? 'false' : undefined,
        endpoints: probing ? rest.join('\n') : undefined,
        'filter-mode': values['filter-mode'],
        'fail-scope': values['fail-scope'],
      },
      KNOWN_RULE_IDS,
    );
    const explicit = probing && rest.length > 0;
    const jobs = probing
      ? { ...settings, scan: false, endpoints: explicit ? settings.endpoints.filter((e) => !e.source) : settings.endpoints }
      : { ...settings, endpoints: [] };
    if (probing && jobs.endpoints.length === 0) return usage('probe: no endpoints given and none in the config file');
    let change: Change | undefined;
    if (values.diff !== undefined) {
      if (probing) return usage('--diff: only scan compares against a git ref');
      if (values.diff === '' || values.diff.startsWith('-')) return usage(`--diff: "${values.diff}" is not a git ref`);
      const local = await localDiff(settings.root, values.diff);
      if (!local.ok) throw new ConfigurationError(`--diff: ${local.error}`);
      if (local.note) io.stderr(`tls-floor: ${local.note}\n`);
      change = { diff: local.diff, defaultFailScope: 'new' };
    }
    const report = await run(jobs, deps, change);
    const rules = activeRules(settings);
    if (values.output) {
      writeReportFile(path.resolve(io.cwd, values.output), report, rules, format === 'text' ? undefined : format);
      io.stderr(formatText(report, { color: false }));
    } else if (format === 'text') {
      io.stdout(formatText(report, { color: io.isTTY && !process.env.NO_COLOR }));
    } else {
      io.stdout(render(report, format, rules));
    }
    return exitCode(report, settings.fail);
  } catch (e) {
    io.stderr(`tls-floor: ${oneLine(e)}\n`);
    return EXIT.usage;
  }
}

// Run when executed (the bundle's entry), not when imported by tests.
const invokedAs = process.argv[1] ? fs.realpathSync(process.argv[1]) : '';
if (!IS_SCAN_WORKER && invokedAs && /(?:cli\.[jt]s|cli[/\\]index\.js|tls-floor)$/.test(invokedAs)) {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
  });
}
