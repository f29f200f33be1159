import { below, range, setOf, type Version } from '../../../versions.js';
import type { Match, Rule } from '../../rule.js';
import { lastNewline } from '../../source.js';
import { commandEnd, type Flag, flagsIn, SCRIPT_KINDS } from './shared.js';

// ---------------------------------------------------------------------------------------------
// K4: probes that test legacy TLS (note)
// ---------------------------------------------------------------------------------------------

const OPENSSL_FLAGS: Readonly<Record<string, Version>> = {
  '-ssl2': 'SSLv2',
  '-ssl3': 'SSLv3',
  '-tls1': 'TLSv1.0',
  '-tls1_1': 'TLSv1.1',
  '-tls1_2': 'TLSv1.2',
  '-tls1_3': 'TLSv1.3',
  '-dtls1': 'TLSv1.1',
  '-dtls1_2': 'TLSv1.2',
};

const PROBE_INSTEAD =
  '`# tls-floor-ignore: cli/tls-probe -- checks that legacy TLS is refused` when the probe expects a refusal; otherwise the TLS 1.2 flag (`-tls1_2`)';

/**
 * What may stand before a command name on its line: the line start (a YAML `- run:`/`script:`
 * item too), a shell separator, a wrapper (`sudo`, bats `run`, Dockerfile `RUN`, `env`, `timeout 60`),
 * an environment assignment, `docker run … image/`, `python -m`, or the opening of `sh -c "…"`,
 * `os.system("…")` and an argument list `["testssl.sh", …]`.
 */
const COMMAND_BEFORE =
  /(?:^[ \t]*(?:-[ \t]+)?(?:(?:run|script|command|cmd|entrypoint|args)[ \t]*:[ \t]*(?:[|>][-+]?[ \t]*)?)?|[;&|`{][ \t]*|\$\([ \t]*|\b(?:then|do|else|sudo|exec|time|nohup|xargs|command|run|RUN|env|timeout[ \t]+\S+)[ \t]+|\b\w+=\S*[ \t]+|\bdocker[ \t]+run\b[^;&|\n]*?[ \t]|-m["']?[ \t]*,?[ \t]*["']?|(?:-c[ \t]+|[([][ \t]*)["'])$/;

/** sslyze options that scan a legacy version (`--regular` includes every one of them). */
const SSLYZE_LEGACY = /(?:^|\s|["',])--(?:sslv2|sslv3|tlsv1(?!_[23])|tlsv1_1|regular)\b/;

/**
 * Whether a scanner's name at [start, end) is the tool being run — not `import sslyze`, a package
 * name in `setup.py`, a docstring that names the project or a class named after it. The name must
 * be the command word (possibly with a path: `./testssl.sh`, `drwetter/testssl.sh`) and the command
 * must name a target or a flag; sslyze must also ask for a legacy version.
 */
function scannerRun(code: string, start: number, end: number, tool: string): boolean {
  // A few hundred characters either side: a command prefix or an argument list is never longer,
  // and a 1 MiB line of tool names stays linear.
  const lineStart = Math.max(lastNewline(code, start - 1) + 1, start - 300);
  const before = code.slice(lineStart, start).replace(/(?:[\w.~${}-]*\/)+$/, '');
  if (!COMMAND_BEFORE.test(before)) return false;
  const args = /^(?:[^\n;|&\\]|\\[^\n]|\\\n)*/.exec(code.slice(end, end + 500))![0];
  if (!/(?:^|[\s"',])-{1,2}[a-z]|[\w-]+(?:\.[\w-]+)+|\$\{?\w|https?:\/\/|[\w-]:\d/i.test(args)) return false;
  return tool !== 'sslyze' || SSLYZE_LEGACY.test(args);
}

export const tlsProbe: Rule = {
  meta: {
    id: 'cli/tls-probe',
    title: 'A command probes a server with legacy TLS',
    description:
      '`openssl s_client -tls1` / `-tls1_1` / `-ssl3` (and `s_server`, `s_time`), `nmap --script ssl-enum-ciphers`, testssl.sh, sslscan and sslyze offer legacy versions on purpose, usually to check that a server refuses them. Reported as information, so that a probe that *expects* legacy TLS to work is noticed.',
    ecosystem: 'Scripts, CLI & CI',
    catalogue: ['K4'],
    docs: [
      'https://docs.openssl.org/master/man1/openssl-s_client/',
      'https://nmap.org/nsedoc/scripts/ssl-enum-ciphers.html',
      'https://testssl.sh/',
    ],
    files: { kinds: SCRIPT_KINDS },
    keywords: /s_client|s_server|s_time|ssl-enum-ciphers|testssl|sslscan|sslyze/,
    fixable: false,
    safe: 'openssl s_client -connect example.com:443 -tls1_2',
    limits:
      'Whether the probe expects the legacy handshake to fail or to succeed is not decided; every probe is a note. Only a run of a scanner counts (its name as the command word, or the first item of an argument list, with a target or a flag; sslyze with a legacy scan option): imports, package names, class names and prose that mention it are not probes.',
  },
  *check(file) {
    const code = file.code;
    const openssl = /(?<![\w-])s_(?:client|server|time)(?![\w-])/g;
    for (let m = openssl.exec(code); m; m = openssl.exec(code)) {
      // Past the closing quote of `'s_client'` in an argument list.
      const start = m.index + m[0].length + (/["']/.test(code[m.index + m[0].length] ?? '') ? 1 : 0);
      const end = commandEnd(code, start);
      openssl.lastIndex = Math.max(openssl.lastIndex, end); // one command is read once
      let versions = 0;
      let first: Flag | undefined;
      for (const f of flagsIn(code, start, end)) {
        const v = OPENSSL_FLAGS[f.name.toLowerCase()];
        if (!v) continue;
        versions |= setOf(v);
        if (!first && below(setOf(v), 'TLSv1.2')) first = f;
      }
      if (versions === 0) continue;
      const at = first ?? { start: m.index, end: m.index + m[0].length };
      yield {
        start: at.start,
        end: at.end,
        versions,
        what: `openssl ${m[0]} ${first ? first.name : ''}`.trim(),
        // A client probes a server with the version; `s_server -tls1` does serve it.
        verb: m[0] === 's_server' ? undefined : 'probes the server with',
        instead: PROBE_INSTEAD,
        severity: 'note',
      } satisfies Match;
    }
    const scanners = /(?<![\w-])(ssl-enum-ciphers|testssl(?:\.sh)?|sslscan|sslyze)(?=[ \t]+["'$\w-]|[ \t]*[,"']|$)/gim;
    for (let m = scanners.exec(code); m; m = scanners.exec(code)) {
      const tool = m[1].toLowerCase();
      if (tool === 'ssl-enum-ciphers') {
        if (!/--script[ \t=]+["']?[\w,-]{0,200}$/.test(code.slice(Math.max(0, m.index - 220), m.index))) continue;
      } else if (!scannerRun(code, m.index, m.index + m[0].length, tool)) continue;
      yield {
        start: m.index,
        end: m.index + m[0].length,
        versions: range('SSLv2', 'TLSv1.3'),
        what: tool === 'ssl-enum-ciphers' ? 'nmap --script ssl-enum-ciphers' : m[1],
        verb: 'tests whether the server accepts',
        instead: PROBE_INSTEAD.replace(' (`-tls1_2`)', ''),
        severity: 'note',
      } satisfies Match;
    }
  },
  examples: {
    valid: [
      { file: 'scripts/check.sh', code: 'echo | openssl s_client -connect example.com:443 -tls1_2 -servername example.com' },
      {
        file: 'scripts/check.sh',
        code: 'openssl s_client -connect "$HOST:443" -no_ssl3 -no_tls1 -no_tls1_1 </dev/null',
        note: 'disabling flags',
      },
      {
        file: 'scripts/check.sh',
        code: '# openssl s_client -connect host:443 -tls1\nopenssl x509 -in cert.pem -noout -text',
        note: 'commented out; other openssl commands',
      },
      { file: 'Dockerfile', code: 'FROM drwetter/testssl.sh:3.2', note: 'an image name, not a run' },
      {
        file: 'setup.py',
        code: "import sslyze\nfrom sslyze.plugins.plugin_base import Plugin\n\nsetup(\n    name='sslyze',\n    url='https://github.com/nabla-c0d3/sslyze',\n)\n",
        note: "the tool's own package: imports, names and URLs are not runs",
      },
      {
        file: 'tests/test_sslyze.py',
        code: 'class SslyzeTlsv1Tests(unittest.TestCase):\n    """sslyze tests for TLS 1.0"""\n',
        note: 'a test class named after the tool',
      },
      { file: 'scripts/certs.sh', code: 'sslyze --certinfo example.com:443\n', note: 'an sslyze run that scans no legacy version' },
    ],
    invalid: [
      {
        file: 'tests/tls.sh',
        code: 'if echo | openssl s_client -connect "$HOST:443" -tls1 2>/dev/null | grep -q "BEGIN CERTIFICATE"; then\n  echo "FAIL: TLS 1.0 accepted"; exit 1\nfi',
        findings: ['1:49 TLSv1.0'],
        severity: 'note',
      },
      {
        file: '.github/workflows/tls.yml',
        code: 'jobs:\n  scan:\n    steps:\n      - run: nmap --script ssl-enum-ciphers -p 443 example.com',
        findings: ['4:28 SSLv2 SSLv3 TLSv1.0 TLSv1.1'],
        severity: 'note',
      },
      {
        file: 'ci/scan.sh',
        code: './testssl.sh --protocols --severity HIGH https://staging.example.com',
        findings: ['1:3 SSLv2 SSLv3 TLSv1.0 TLSv1.1'],
        severity: 'note',
      },
      {
        file: 'tests/probe.py',
        code: "subprocess.run(['openssl', 's_client', '-connect', addr, '-ssl3'], input=b'', check=False)",
        findings: ['1:59 SSLv3'],
        severity: 'note',
      },
      {
        file: 'ci/tls.sh',
        code: 'set -e\nsslyze --regular "$HOST:443" --json_out=out.json\n',
        findings: ['2:1 SSLv2 SSLv3 TLSv1.0 TLSv1.1'],
        severity: 'note',
        note: 'a run of the tool with a legacy scan',
      },
      {
        file: 'tools/scan.py',
        code: "import subprocess\nsubprocess.run(['python', '-m', 'sslyze', '--tlsv1', host], check=True)\n",
        findings: ['2:34 SSLv2 SSLv3 TLSv1.0 TLSv1.1'],
        severity: 'note',
      },
    ],
  },
};
