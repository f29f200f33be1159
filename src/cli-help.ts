/**
 * The CLI's help, apart from everything else: `tls-floor --help` and `tls-floor scan --help` are
 * answered by the bundle's entry before the scanner, the prober and their rules are loaded.
 */

export type Command = 'scan' | 'fix' | 'probe' | 'rules' | 'merge';
export const COMMANDS: readonly Command[] = ['scan', 'fix', 'probe', 'rules', 'merge'];

const USAGE: Record<Command, string> = {
  scan: 'tls-floor scan [paths…] [options]',
  fix: 'tls-floor fix [paths…] [--dry-run] [options]',
  probe: 'tls-floor probe [endpoints…] [options]',
  rules: 'tls-floor rules [--format text|json|markdown]',
  merge: 'tls-floor merge report-*.json [--format text|json|sarif] [--output FILE] [--badge-dir DIR]',
};

const ABOUT: Record<Command, string> = {
  scan: 'scan   finds configuration and code that enables SSLv3, TLS 1.0 or TLS 1.1.',
  fix: `fix    applies the mechanical fixes of a scan in place (--dry-run: only print them);
       what cannot be fixed mechanically is listed and left alone.`,
  probe: `probe  asks servers which versions they accept, with hand-built handshakes
       (endpoints: host, host:port, [v6]:port, https://host, smtp://host, submission://,
       imap://, pop3://, ftp://, ldap://, xmpp://, postgres://, mysql:// …, ?sni=NAME;
       without arguments, the endpoints of the config file).`,
  rules: 'rules  lists the rules the scan applies.',
  merge: `merge  joins the JSON reports of shards (--shard i/n) into one verdict, report and badge;
       refuses reports of other versions or settings, and a shard given twice or missing.`,
};

/** Each option once, with the commands it applies to: the global help and each command's help are made from it. */
const OPTIONS: readonly (readonly [string, string, readonly Command[]])[] = [
  ['--format text|json|sarif', 'output format on stdout (default: text; probe: text or json)', ['scan', 'probe', 'merge']],
  ['--format text|json|markdown', 'how to list the rules (default: text)', ['rules']],
  ['--output FILE', 'write the report to FILE instead of stdout (.sarif → SARIF)', ['scan', 'probe', 'merge']],
  ['--shard i/n', 'take only the i-th of n shares of the endpoints and files (for a job matrix)', ['scan', 'probe']],
  ['--previous-report FILE', 'a JSON report of an earlier run: the report says what changed since', ['scan', 'probe']],
  ['--badge-dir DIR', 'merge: also write the badge (tls-floor.svg, tls-floor.json) into DIR', ['merge']],
  ['--min-version V', 'lowest allowed version: TLSv1.2 (default) or TLSv1.3', ['scan', 'fix', 'probe']],
  ['--fail-on error|warning|note', 'least severe finding that fails (default: error)', ['scan', 'fix']],
  ['--config FILE', 'config file (default: .github/tls-floor.yml under the root)', ['scan', 'fix', 'probe']],
  ['--root DIR', 'directory that paths and reports are relative to (default: .)', ['scan', 'fix', 'probe']],
  ['--exclude GLOB', 'skip matching files (repeatable)', ['scan', 'fix']],
  ['--max-file-size SIZE', 'skip larger files (default: 1MiB)', ['scan', 'fix']],
  ['--no-fail', 'exit 0 even when legacy TLS is found', ['scan', 'fix', 'probe', 'merge']],
  [
    '--diff REF',
    'judge only what changed since the merge base of REF and HEAD (commits, staged, unstaged and untracked files count as new)',
    ['scan', 'fix'],
  ],
  ['--filter-mode MODE', 'with --diff: added (default), diff_context, file or nofilter', ['scan', 'fix']],
  ['--fail-scope new|all', 'with --diff: what fails (default: new)', ['scan', 'fix']],
  ['--tests LEVEL', 'findings in tests: error, warning, note (default) or off', ['scan', 'fix']],
  ['--examples LEVEL', 'findings in examples: error, warning, note (default) or off', ['scan', 'fix']],
  ['--documentation LEVEL', 'findings in documentation: error, warning, note (default) or off', ['scan', 'fix']],
  ['--vendored LEVEL', 'findings in vendored or generated code: error, warning, note (default) or off', ['scan', 'fix']],
  ['--tls-implementation LEVEL', "findings in a TLS stack's own code: error, warning, note (default) or off", ['scan', 'fix']],
  ['--timeout S', 'probe: seconds per connection (default: 5)', ['probe']],
  ['--concurrency N', 'probe: connections at once (default: 64)', ['probe']],
  ['--per-host-concurrency N', 'probe: connections at once to one address (default: 6)', ['probe']],
  ['--dry-run', 'fix: print the changes without writing them', ['fix']],
  ['--allow-unreachable', 'probe: endpoints that cannot be checked do not fail', ['probe']],
  ['--allow-unreadable', 'scan: files and directories that cannot be read do not fail', ['scan', 'fix']],
];

const EXIT_CODES = `Exit codes: 0 pass, 1 legacy TLS found, 2 usage or configuration error,
            3 something could not be checked (unreachable endpoints, no answer, STARTTLS refused,
              files or directories that could not be read) and the settings say that fails,
            4 internal error (a bug in tls-floor: please report it).`;

function optionLines(command?: Command): string[] {
  // The global help leaves out what only `rules` takes: its usage line shows it.
  const shown = OPTIONS.filter(([, , commands]) => (command ? commands.includes(command) : commands.some((c) => c !== 'rules')));
  return [
    ...shown.map(([flag, text]) => `  ${flag.padEnd(31)}${text}`),
    `  ${'-h, --help'.padEnd(31)}show this help`,
    ...(command ? [] : [`  ${'-v, --version'.padEnd(31)}show the version`]),
  ];
}

/** The help: every command, or one command's usage and options (`tls-floor scan --help`). */
export function helpText(command?: Command): string {
  const commands = command ? [command] : COMMANDS;
  return [
    `Usage: ${commands.map((c) => USAGE[c]).join('\n       ')}`,
    '',
    ...commands.filter((c) => c !== 'rules' || command).map((c) => ABOUT[c]),
    '',
    'Options:',
    ...optionLines(command),
    ...(command === 'rules' ? [] : ['', EXIT_CODES]),
  ].join('\n');
}
