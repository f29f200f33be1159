#!/usr/bin/env node
/**
 * The CLI entry: `tls-floor scan [paths…]` with text, JSON or SARIF output, `tls-floor probe` and
 * `tls-floor rules`. Exit codes: 0 pass, 1 legacy TLS found, 2 usage or configuration error,
 * 3 something could not be checked, 4 internal error (a bug).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { GitRepo, localDiff } from './diff/git.js';
import { mergeFiles } from './merge-files.js';
import type { Rule } from './scan/rule.js';
import type { Writable } from 'node:stream';
import { clip, ConfigurationError, firstLine, oneLine, quote } from './errors.js';
import { COMMANDS, helpText } from './cli-help.js';
import { fixFindings, formatFixes } from './fix-files.js';
import { runEntry } from './entry.js';
import { render, writeReportFile, type Format } from './outputs.js';
import { outputPath } from './paths.js';
import { isNew } from './diff/mark.js';
import { KNOWN_RULE_IDS, activeRules, loadRules, run, type Change, type ProbeDeps } from './pipeline.js';
import { legacyFound, type Report } from './report/report.js';
import { rulesMarkdown } from './report/rules-doc.js';
import { formatText } from './report/text.js';
import { badgePaths, loadConfigParser, loadSettings, needsConfigParser } from './settings.js';
import { loadGlobMatcher } from './scan/files.js';
import { TOOL_VERSION } from './version.js';
import { IS_SCAN_WORKER } from './scan/worker-entry.js';

export const EXIT = { pass: 0, fail: 1, usage: 2, unreachable: 3, internal: 4 } as const;

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
  return usage(`--format: ${quote(v)} is not a format; expected text, json or sarif`);
}

async function listRules(io: CliIO, format: Format | 'markdown'): Promise<number> {
  const RULES = await loadRules();
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

/** Whether a path is a directory; a name the system refuses (too long…) is not one, and loadSettings says why. */
function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

export function exitCode(report: Report, fail: boolean): number {
  if (report.verdict === 'pass' || !fail) return EXIT.pass;
  return legacyFound(report) ? EXIT.fail : EXIT.unreachable;
}

/** The report to stdout, or to --output with the text on stderr. */
function emit(io: CliIO, report: Report, format: Format, rules: readonly Rule[], output: string | undefined): void {
  if (output) {
    writeReportFile(outputPath(output, '--output', io.cwd, 'anywhere'), report, rules, format === 'text' ? undefined : format);
    io.stderr(formatText(report, { color: false }));
  } else if (format === 'text') {
    io.stdout(formatText(report, { color: io.isTTY && !process.env.NO_COLOR }));
  } else {
    io.stdout(render(report, format, rules));
  }
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
            'per-host-concurrency': { type: 'string' },
            'allow-unreachable': { type: 'boolean' },
            'dry-run': { type: 'boolean' },
            diff: { type: 'string' },
            'filter-mode': { type: 'string' },
            'fail-scope': { type: 'string' },
            'allow-unreadable': { type: 'boolean' },
            tests: { type: 'string' },
            examples: { type: 'string' },
            documentation: { type: 'string' },
            vendored: { type: 'string' },
            'tls-implementation': { type: 'string' },
            shard: { type: 'string' },
            'previous-report': { type: 'string' },
            'badge-dir': { type: 'string' },
            help: { type: 'boolean', short: 'h' },
            version: { type: 'boolean', short: 'v' },
          },
        });
      } catch (e) {
        // Node's message quotes the option (twice for an unknown one): clipped like any value.
        return usage(clip(firstLine(e)));
      }
    })();
    if (values.help) {
      const command = COMMANDS.find((c) => c === positionals[0]);
      io.stdout(`${helpText(command)}\n`);
      return EXIT.pass;
    }
    if (values.version) {
      io.stdout(`${TOOL_VERSION}\n`);
      return EXIT.pass;
    }
    const [command, ...rest] = positionals;
    if (command === 'rules') return listRules(io, values.format === 'markdown' ? 'markdown' : parseFormat(values.format));
    const format = parseFormat(values.format);
    if (command === 'merge') {
      if (rest.length === 0) return usage('merge: no reports given');
      const files = rest.map((f) => ({ given: f, path: path.resolve(io.cwd, f) }));
      const merged = mergeFiles(files, 'merge', 'anywhere');
      const rules = activeRules({ rules: new Map(Object.entries(merged.run?.settings.rules ?? {})) }, await loadRules());
      // The badge renderer (with its font metrics, a third of the bundle) loads only for badges.
      if (values['badge-dir'])
        (await import('./badge-files.js')).writeBadges(badgePaths(values['badge-dir'], '--badge-dir', io.cwd, 'anywhere'), merged);
      emit(io, merged, format, rules, values.output);
      return exitCode(merged, !values['no-fail']);
    }
    if (command !== 'scan' && command !== 'probe' && command !== 'fix')
      return usage(command ? `unknown command ${quote(command)}` : 'missing command');
    const probing = command === 'probe';
    if (probing && format === 'sarif') return usage('--format: SARIF is for the repository scan; use text or json with probe');

    let root = path.resolve(io.cwd, values.root ?? '.');
    const targets = probing ? [] : rest.map((p) => path.resolve(io.cwd, p));
    // `tls-floor scan ../other-repo`: one directory outside the cwd becomes the root.
    if (!values.root && targets.length === 1 && path.relative(root, targets[0]).startsWith('..') && isDirectory(targets[0])) {
      root = targets[0];
    }
    const inputs = {
      paths: targets.map((t) => path.relative(root, t) || '.').join('\n'),
      exclude: (values.exclude ?? []).join('\n'),
      'min-version': values['min-version'],
      'fail-on': values['fail-on'],
      config: values.config && path.relative(root, path.resolve(io.cwd, values.config)),
      'max-file-size': values['max-file-size'],
      fail: values['no-fail'] ? 'false' : undefined,
      timeout: values.timeout,
      concurrency: values.concurrency,
      'per-host-concurrency': values['per-host-concurrency'],
      'fail-on-unreachable': values['allow-unreachable'] ? 'false' : undefined,
      'fail-on-unreadable': values['allow-unreadable'] ? 'false' : undefined,
      endpoints: probing ? rest.join('\n') : undefined,
      'filter-mode': values['filter-mode'],
      'fail-scope': values['fail-scope'],
      tests: values.tests,
      examples: values.examples,
      documentation: values.documentation,
      vendored: values.vendored,
      'tls-implementation': values['tls-implementation'],
      shard: values.shard,
      'previous-report': values['previous-report'] && path.resolve(io.cwd, values['previous-report']),
    };
    // The YAML parser for a config file; the glob compiler for `exclude` patterns (a flag, or the config file's).
    const configured = needsConfigParser(root, inputs);
    await Promise.all([configured && loadConfigParser(), (configured || inputs.exclude !== '') && loadGlobMatcher()]);
    // The CLI's flags (--config) are the local user's choice; the repository's config file still
    // writes and scans only inside the root.
    const settings = loadSettings(root, inputs, KNOWN_RULE_IDS, { inputAreas: 'anywhere' });
    const explicit = probing && rest.length > 0;
    const jobs = probing
      ? { ...settings, scan: false, endpoints: explicit ? settings.endpoints.filter((e) => !e.source) : settings.endpoints }
      : { ...settings, endpoints: [] };
    if (probing && jobs.endpoints.length === 0) return usage('probe: no endpoints given and none in the config file');
    let change: Change | undefined;
    if (values.diff !== undefined) {
      if (probing) return usage('--diff: only scan compares against a git ref');
      if (values.diff === '' || values.diff.startsWith('-')) return usage(`--diff: ${quote(values.diff)} is not a git ref`);
      const local = await localDiff(settings.root, values.diff);
      if (!local.ok) throw new ConfigurationError(`--diff: ${local.error}`);
      if (local.note) io.stderr(`tls-floor: ${local.note}\n`);
      change = { diff: local.diff, defaultFailScope: 'new' };
    }
    // With --diff the head is known already; otherwise git is asked once, while the scan runs.
    const head = change?.diff?.head;
    const context =
      head !== undefined
        ? { commit: head }
        : new GitRepo(settings.root).commit('HEAD').then(
            (commit) => ({ commit }),
            () => ({}),
          );
    const report = await run(jobs, deps, change, context);
    const rules = activeRules(settings, await loadRules());
    if (command === 'fix') {
      const dryRun = values['dry-run'] ?? false;
      // With --diff, only what the change introduced is fixed.
      const outcome = fixFindings(report.findings.filter(isNew), { root: settings.root, rules, policy: settings.policy, dryRun });
      io.stdout(formatFixes(outcome, dryRun));
      if (outcome.left.length && settings.fail) return EXIT.fail;
      return report.unchecked && settings.fail ? EXIT.unreachable : EXIT.pass;
    }
    emit(io, report, format, rules, values.output);
    return exitCode(report, settings.fail);
  } catch (e) {
    io.stderr(`tls-floor: ${oneLine(e)}\n`);
    return e instanceof ConfigurationError ? EXIT.usage : EXIT.internal;
  }
}

/**
 * The process's streams as CliIO. A reader that goes away (`tls-floor scan | head`) is not an
 * error: the output stops quietly and the exit code stays the result's (no EPIPE stack trace).
 */
export function terminalIO(
  stdout: Writable & { readonly isTTY?: boolean } = process.stdout,
  stderr: Writable = process.stderr,
  cwd = process.cwd(),
): CliIO {
  const open = { stdout: true, stderr: true };
  const closeOn = (stream: Writable, name: keyof typeof open): void => {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      open[name] = false;
      if (e.code !== 'EPIPE' && name === 'stdout' && open.stderr)
        stderr.write(`tls-floor: cannot write the output: ${e.code ?? firstLine(e)}\n`);
    });
  };
  closeOn(stdout, 'stdout');
  closeOn(stderr, 'stderr');
  return {
    stdout: (t) => void (open.stdout && stdout.write(t)),
    stderr: (t) => void (open.stderr && stderr.write(t)),
    cwd,
    isTTY: Boolean(stdout.isTTY),
  };
}

// Run when executed (the bundle's entry), not when imported by tests.
const invokedAs = process.argv[1] ? fs.realpathSync(process.argv[1]) : '';
if (!IS_SCAN_WORKER && invokedAs && /(?:cli\.[jt]s|cli[/\\]index\.js|tls-floor)$/.test(invokedAs)) {
  await runEntry(
    () => runCli(process.argv.slice(2), terminalIO()),
    // runCli turns its own errors into exit codes: what escapes it is a bug.
    { exitCode: EXIT.internal, report: (e) => process.stderr.write(`tls-floor: ${oneLine(e)}\n`) },
  );
}
