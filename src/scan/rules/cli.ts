/**
 * Command lines in scripts, CI files, Dockerfiles and Makefiles: curl and wget protocol flags,
 * `.curlrc` / `.wgetrc`, git's `http.sslVersion`, probes that test legacy TLS (`openssl s_client
 * -tls1`, nmap `ssl-enum-ciphers`, testssl.sh) and `OPENSSL_CONF` pointing at a legacy
 * configuration.
 */
import { atLeast, range, setOf, type Version, type VersionSet } from '../../versions.js';
import { below } from '../../versions.js';
import type { FileKind } from '../file-kinds.js';
import type { Match, Rule, RuleContext } from '../rule.js';
import type { SourceFile } from '../source.js';
import { lastBefore, lastNewline, nextNewline } from '../source.js';
import { clip } from '../define.js';

const SCRIPT_KINDS: readonly FileKind[] = [
  'shell',
  'dockerfile',
  'makefile',
  'yaml',
  'batch',
  'powershell',
  'groovy',
  'json',
  'toml',
  'hcl',
  'python',
  'ruby',
  'js',
  'ts',
  'perl',
  'env',
  'ini',
  'conf',
  'xml',
  'other',
];

/** `clip`, with shell line continuations (`\` before a line break) folded too. */
function clipCommand(text: string): string {
  return clip(text.replace(/\\(?=\r?\n)/g, ''));
}

/**
 * Where the command that starts at `from` ends: the end of the line (a trailing `\`, backtick or
 * `^` continues it), or an unquoted `|`, `;`, `&`, `)` or backtick. At most 3000 characters.
 */
function commandEnd(code: string, from: number): number {
  let quote: string | undefined;
  const limit = Math.min(code.length, from + 3000);
  let i = from;
  for (; i < limit; i++) {
    const ch = code[i];
    if (ch === '\n') {
      const prev = code.slice(Math.max(from, i - 2), i).replace(/\r$/, '');
      if (/[\\`^]$/.test(prev)) continue;
      break;
    }
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '|' || ch === ';' || ch === '&' || ch === ')' || (ch === '`' && code[i + 1] !== '\n' && code[i + 1] !== '\r')) break;
  }
  return i;
}

/**
 * Whether the text at `at` is only printed for a human: an argument of `echo`/`printf`/`Write-Host`
 * on a line that neither redirects the output into a file, pipes it to a shell, nor runs a
 * command substitution before `at` (`echo "wget --secure-protocol=TLSv1 $URL"`).
 */
function printedOnly(code: string, at: number): boolean {
  const lineStart = lastNewline(code, at - 1) + 1;
  let lineEnd = nextNewline(code, at);
  if (lineEnd < 0) lineEnd = code.length;
  const before = code.slice(lineStart, at);
  const echo = /(?:^|[\s;&|(])(?:echo|printf|Write-Host|Write-Output)[ \t]+/g;
  let last = -1;
  for (let m = echo.exec(before); m; m = echo.exec(before)) last = m.index + m[0].length;
  if (last < 0) return false;
  const args = before.slice(last);
  if (/\$\(|`|[;&|]/.test(args)) return false;
  return !/>|\btee\b|\|[ \t]*(?:sudo[ \t]+)?(?:ba|z|da)?sh\b|\beval\b|Out-File|Set-Content|Add-Content/.test(
    code.slice(lineStart, lineEnd),
  );
}

interface Flag {
  /** The flag as written, without quotes (`--tlsv1`, `-tls1_1`). */
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** The word after it (`1.1` after `--tls-max`), if any. */
  readonly value?: { readonly text: string; readonly start: number };
}

interface Word {
  /** The word with its quotes removed (`"--tlsv1"` → `--tlsv1`, `--tls-max="1.1"` → `--tls-max=1.1`). */
  readonly text: string;
  /** Where its first character after an opening quote is. */
  readonly textStart: number;
}

const WORD_BREAK = /[\s,[\]()]/;

/**
 * The words of a command between `from` and `to`, shell-style: quoted parts belong to the word they
 * touch, so `-d '{"n": -1}'` is one word that does not start with `-`. Commas and brackets also
 * separate words (`["curl", "--tlsv1", url]`).
 */
function wordsIn(code: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  let i = from;
  while (i < to) {
    if (WORD_BREAK.test(code[i]) || (code[i] === '\\' && (code[i + 1] === '\n' || code[i + 1] === '\r'))) {
      i++;
      continue;
    }
    let text = '';
    let textStart = -1;
    while (i < to && !WORD_BREAK.test(code[i])) {
      const c = code[i];
      if (c === '"' || c === "'") {
        let close = code.indexOf(c, i + 1);
        if (close < 0 || close > to) close = to;
        if (textStart < 0) textStart = i + 1;
        text += code.slice(i + 1, close);
        i = close + 1;
      } else {
        if (textStart < 0) textStart = i;
        text += c;
        i++;
      }
    }
    if (textStart >= 0) words.push({ text, textStart });
  }
  return words;
}

/** The flags of a command between `from` and `to`, with the word after each (or the part after `=`). */
function flagsIn(code: string, from: number, to: number): Flag[] {
  const words = wordsIn(code, from, to);
  const flags: Flag[] = [];
  words.forEach((w, k) => {
    const m = /^(--?[A-Za-z0-9][\w.-]{0,40})(?:=(.*))?$/.exec(w.text);
    if (!m) return;
    const next = words[k + 1];
    const value =
      m[2] !== undefined
        ? { text: m[2].replace(/^["']|["']$/g, ''), start: w.textStart + m[1].length + 1 + (/^["']/.test(m[2]) ? 1 : 0) }
        : next && /^[\w.]{1,20}$/.test(next.text)
          ? { text: next.text, start: next.textStart }
          : undefined;
    flags.push({ name: m[1], start: w.textStart, end: w.textStart + m[1].length, value });
  });
  return flags;
}

// ---------------------------------------------------------------------------------------------
// K1: curl
// ---------------------------------------------------------------------------------------------

const CURL_MIN: Readonly<Record<string, Version>> = {
  '--tlsv1': 'TLSv1.0',
  '-1': 'TLSv1.0',
  '--tlsv1.0': 'TLSv1.0',
  '--tlsv1.1': 'TLSv1.1',
  '--tlsv1.2': 'TLSv1.2',
  '--tlsv1.3': 'TLSv1.3',
};
const CURL_ONLY: Readonly<Record<string, Version>> = { '--sslv3': 'SSLv3', '-3': 'SSLv3', '--sslv2': 'SSLv2', '-2': 'SSLv2' };
const CURL_MAX: Readonly<Record<string, Version>> = { '1.0': 'TLSv1.0', '1.1': 'TLSv1.1', '1.2': 'TLSv1.2', '1.3': 'TLSv1.3' };

function* curlMatches(file: SourceFile, ctx: RuleContext, flags: readonly Flag[], proxyToo = true): Generator<Match> {
  let min: { flag: Flag; version: Version } | undefined;
  let only: { flag: Flag; version: Version } | undefined;
  let max: { flag: Flag; version: Version } | undefined;
  let proxy: Flag | undefined;
  for (const f of flags) {
    const name = f.name.toLowerCase();
    if (name in CURL_MIN) {
      min = { flag: f, version: CURL_MIN[name] };
      only = undefined;
    } else if (name in CURL_ONLY) {
      only = { flag: f, version: CURL_ONLY[name] };
      min = undefined;
    } else if (name === '--tls-max' && f.value && f.value.text in CURL_MAX) max = { flag: f, version: CURL_MAX[f.value.text] };
    else if (name === '--proxy-tlsv1' && proxyToo) proxy = f;
  }
  const target = ctx.floor === 'TLSv1.3' ? '--tlsv1.3' : '--tlsv1.2';
  const what = (f: Flag, v?: string): string =>
    clipCommand(file.text.slice(f.start, v && f.value ? f.value.start + f.value.text.length : f.end));
  if (only) {
    yield {
      start: only.flag.start,
      end: only.flag.end,
      versions: setOf(only.version),
      what: `curl ${what(only.flag)}`,
      why: `${only.flag.name} forces ${only.version}`,
      instead: `\`${target}\``,
      fix: { start: only.flag.start, end: only.flag.end, text: target },
    };
  } else if (min || (max && below(setOf(max.version), ctx.floor) !== 0)) {
    // A cap alone at or above the floor leaves curl's default minimum, as a command without
    // flags does: only a legacy cap (or a legacy minimum) is a finding.
    const lo = min?.version ?? 'TLSv1.0';
    const hi = max?.version ?? 'TLSv1.3';
    const versions: VersionSet = range(lo, hi);
    if (versions !== 0) {
      const minLegacy = min !== undefined && below(setOf(min.version), ctx.floor) !== 0;
      const at = minLegacy || !max ? min!.flag : max.flag;
      const maxLegacy = max !== undefined && below(setOf(max.version), ctx.floor) !== 0;
      const fix =
        minLegacy && !maxLegacy
          ? { start: min!.flag.start, end: min!.flag.end, text: target }
          : !minLegacy && maxLegacy && max?.flag.value
            ? { start: max.flag.value.start, end: max.flag.value.start + max.flag.value.text.length, text: '1.3' }
            : undefined;
      yield {
        start: at.start,
        end: at === max?.flag && max.flag.value ? max.flag.value.start + max.flag.value.text.length : at.end,
        versions,
        what: `curl ${[min && what(min.flag), max && what(max.flag, 'v')].filter(Boolean).join(' ')}`,
        why: !min
          ? `the maximum is ${hi}`
          : min.version === 'TLSv1.0' && /^(?:--tlsv1|-1)$/i.test(min.flag.name)
            ? `${min.flag.name} means TLS 1.0 or later`
            : max
              ? `${min.flag.name} … --tls-max ${max.flag.value?.text}`
              : `${min.flag.name} is a minimum`,
        instead: `\`${target}\`${maxLegacy ? ' without `--tls-max`' : ''}`,
        fix,
      };
    }
  }
  if (proxy) {
    yield {
      start: proxy.start,
      end: proxy.end,
      versions: atLeast('TLSv1.0'),
      what: `curl ${proxy.name}`,
      why: 'the proxy connection may use TLS 1.0 or later',
      instead: `\`--proxy-tlsv1\` removed, and \`${target}\` for the target`,
    };
  }
}

const CURLRC_LINE =
  /^[ \t]*(?:--)?(tlsv1(?:\.[0-3])?|sslv[23]|tls-max|proxy-tlsv1)\b(?:[ \t]*[=:]?[ \t]*"?([\d.]{1,5}|default)"?)?[ \t]*\r?$/gim;

export const curlTlsVersion: Rule = {
  meta: {
    id: 'cli/curl-tls-version',
    title: 'curl is told to use legacy TLS',
    description:
      "curl's `-1`/`--tlsv1`, `--tlsv1.0` and `--tlsv1.1` set the *minimum* version (TLS 1.0 or 1.1 and later), `-3`/`--sslv3` and `-2`/`--sslv2` force SSL, and `--tls-max 1.0|1.1` caps the connection at a legacy version. `--tlsv1.2` and `--tlsv1.3` are safe minimums. The same options can sit in a `.curlrc` (without the dashes).",
    ecosystem: 'Scripts, CLI & CI',
    catalogue: ['K1'],
    docs: ['https://curl.se/docs/manpage.html#--tlsv1', 'https://curl.se/docs/manpage.html#--tls-max'],
    files: { kinds: SCRIPT_KINDS, names: /curlrc$/ },
    keywords: /curl|tlsv1|sslv2|sslv3|tls-max/,
    fixable: true,
    safe: 'curl --tlsv1.2 --proto =https https://example.com',
    limits:
      "Options held in variables that are not named after curl, or built at run time, are not followed; curl's own default minimum depends on its version and TLS library.",
  },
  *check(file, ctx) {
    const code = file.code;
    if (/curlrc$/.test(file.name)) {
      const flags: Flag[] = [];
      for (const m of code.matchAll(CURLRC_LINE)) {
        const start = m.index! + m[0].indexOf(m[1]);
        const name = `--${m[1].toLowerCase()}`;
        const valueAt = m[2] ? m.index! + m[0].lastIndexOf(m[2]) : undefined;
        flags.push({ name, start, end: start + m[1].length, value: m[2] ? { text: m[2], start: valueAt! } : undefined });
      }
      for (const match of curlMatches(file, ctx, flags)) {
        // In .curlrc the option has no dashes: keep that style in the fix.
        const fix =
          match.fix && match.fix.text.startsWith('--') && !file.text.slice(match.fix.start - 2, match.fix.start).startsWith('--')
            ? { ...match.fix, text: match.fix.text.slice(2) }
            : match.fix;
        yield { ...match, fix };
      }
      return;
    }
    // curl invocations: `curl …`, `/usr/bin/curl …`, `curl.exe …`, `["curl", …]`, `$(CURL) …`.
    const re = /(?<![\w.-])curl(?:\.exe)?(?:["']|\)|\})?(?=[\s,\]]|$)/gi;
    for (let m = re.exec(code); m; m = re.exec(code)) {
      const start = m.index + m[0].length;
      const end = commandEnd(code, start);
      if (printedOnly(code, m.index)) {
        re.lastIndex = Math.max(re.lastIndex, end);
        continue;
      }
      yield* curlMatches(file, ctx, flagsIn(code, start, end));
      re.lastIndex = Math.max(re.lastIndex, end);
    }
    // Options kept in a variable named after curl: CURL_OPTS="--tlsv1 -sS", curl_args: --tlsv1.1
    const vars = /curl\w{0,30}[ \t]*(?:\+?=|:)[ \t]*/gi;
    for (let m = vars.exec(code); m; m = vars.exec(code)) {
      let nameStart = m.index;
      while (nameStart > 0 && m.index - nameStart < 30 && /\w/.test(code[nameStart - 1])) nameStart--;
      const name = code.slice(nameStart, m.index + m[0].length).replace(/[ \t]*(?:\+?=|:)[ \t]*$/, '');
      if (/^curl$/i.test(name)) continue;
      let start = m.index + m[0].length;
      const lineEnd = nextNewline(code, start);
      let end = lineEnd < 0 ? code.length : lineEnd;
      // A quoted value is a command line of its own: CURL_OPTS="-sS --tlsv1".
      const q = code[start];
      if (q === '"' || q === "'") {
        const close = code.indexOf(q, start + 1);
        if (close > 0 && close < end) end = close;
        start++;
      }
      yield* curlMatches(file, ctx, flagsIn(code, start, end));
    }
  },
  examples: {
    valid: [
      { file: 'scripts/install.sh', code: 'curl --proto =https --tlsv1.2 -sSf https://sh.rustup.rs | sh', note: '--tlsv1.2 is a minimum' },
      {
        file: 'Dockerfile',
        code: 'RUN curl -fsSL --tlsv1.3 https://example.com/key.gpg | gpg --dearmor -o /usr/share/keyrings/example.gpg',
      },
      {
        file: '.gitlab-ci.yml',
        code: 'deploy:\n  script:\n    - curl -k --tls-max 1.3 -X POST https://old-appliance.local/api/deploy',
        note: 'a cap alone at or above the floor leaves the default minimum, like no flag (what the fix of a legacy cap writes)',
      },
      {
        file: '.github/workflows/ci.yml',
        code: 'steps:\n  - run: curl --tlsv1.2 --tls-max 1.2 -o out.json https://api.example.com/v1',
        note: 'a range of exactly TLS 1.2',
      },
      {
        file: 'ci/check.sh',
        code: 'curl -s https://example.com/versions.txt | tail -1\nls -1 /etc/ssl/certs | head -3',
        note: '-1 and -3 belong to tail, ls and head',
      },
      {
        file: 'scripts/fetch.sh',
        code: '# curl --tlsv1 https://legacy.example.com\ncurl --tlsv1.2 https://example.com',
        note: 'commented out',
      },
      { file: 'Makefile', code: 'fetch:\n\tcurl -sSL "https://example.com/data?offset=-1" -o data.json', note: '-1 inside a URL' },
      {
        file: 'scripts/seed.sh',
        code: 'curl -s -X POST -H "Content-Type: application/json" -d \'{"limit": -1, "mode": "--tlsv1"}\' "$API/items"',
        note: 'flags inside a quoted body are data',
      },
      { file: '.curlrc', code: 'tlsv1.2\nproto = "=https"\n' },
      {
        file: 'scripts/hint.sh',
        code: 'echo "If the appliance refuses, retry with: curl --tlsv1.0 https://$APPLIANCE/api"',
        note: 'advice printed for a human',
      },
    ],
    invalid: [
      {
        file: 'scripts/install.sh',
        code: 'curl --tlsv1 -sSL https://legacy.example.com/install.sh | bash',
        findings: ['1:6 TLSv1.0 TLSv1.1'],
        output: 'curl --tlsv1.2 -sSL https://legacy.example.com/install.sh | bash',
      },
      {
        file: 'Dockerfile',
        code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl \\\n && curl -fsSL \\\n      --tlsv1.1 \\\n      https://old.example.com/tool.tar.gz | tar xz',
        findings: ['4:7 TLSv1.1'],
        note: 'continued lines',
      },
      {
        file: '.gitlab-ci.yml',
        code: 'deploy:\n  script:\n    - curl -k --tls-max 1.1 -X POST https://old-appliance.local/api/deploy',
        findings: ['3:15 TLSv1.0 TLSv1.1'],
        output: 'deploy:\n  script:\n    - curl -k --tls-max 1.3 -X POST https://old-appliance.local/api/deploy',
      },
      {
        file: 'bin/healthcheck',
        code: '#!/bin/sh\nexec /usr/bin/curl -1 -s -o /dev/null https://localhost:8443/health',
        findings: ['2:20 TLSv1.0 TLSv1.1'],
        output: '#!/bin/sh\nexec /usr/bin/curl --tlsv1.2 -s -o /dev/null https://localhost:8443/health',
      },
      {
        file: 'tools/probe.py',
        code: 'subprocess.run(["curl", "--sslv3", "-s", url], check=True)',
        findings: ['1:26 SSLv3'],
      },
      {
        file: 'scripts/env.sh',
        code: 'CURL_OPTS="-sS --retry 3 --tlsv1.0"\ncurl $CURL_OPTS "$URL"',
        findings: ['1:26 TLSv1.0 TLSv1.1'],
        note: 'options kept in a variable',
      },
      {
        file: '.curlrc',
        code: '# defaults\nsilent\ntlsv1\n',
        findings: ['3:1 TLSv1.0 TLSv1.1'],
        output: '# defaults\nsilent\ntlsv1.2\n',
      },
      {
        file: 'scripts/fetch.sh',
        code: 'curl --tlsv1.2 https://example.com/a.json',
        floor: 'TLSv1.3',
        findings: ['1:6 TLSv1.2'],
        output: 'curl --tlsv1.3 https://example.com/a.json',
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// K2: wget --secure-protocol
// ---------------------------------------------------------------------------------------------

const WGET_PROTOCOLS: Readonly<Record<string, VersionSet>> = {
  sslv2: setOf('SSLv2'),
  sslv3: setOf('SSLv3'),
  tlsv1: atLeast('TLSv1.0'),
  tlsv1_1: atLeast('TLSv1.1'),
  tlsv1_2: atLeast('TLSv1.2'),
  tlsv1_3: atLeast('TLSv1.3'),
};

export const wgetSecureProtocol: Rule = {
  meta: {
    id: 'cli/wget-secure-protocol',
    title: 'wget --secure-protocol selects legacy TLS',
    description:
      '`wget --secure-protocol=TLSv1` (TLS 1.0 and later with current OpenSSL builds), `TLSv1_1`, `SSLv3` and `SSLv2` let wget use legacy versions; `secureprotocol = …` in `.wgetrc` / `/etc/wgetrc` does the same for every call. `auto`, `TLSv1_2`, `TLSv1_3` and `PFS` are not legacy.',
    ecosystem: 'Scripts, CLI & CI',
    catalogue: ['K2'],
    docs: ['https://www.gnu.org/software/wget/manual/wget.html#index-SSL-protocol_002c-choose'],
    files: { kinds: SCRIPT_KINDS, names: /wgetrc$/ },
    keywords: /secure-protocol|secure_protocol|secureprotocol/,
    fixable: true,
    safe: 'wget --secure-protocol=TLSv1_2 https://example.com/file',
  },
  *check(file, ctx) {
    const code = file.code;
    const target = ctx.floor === 'TLSv1.3' ? 'TLSv1_3' : 'TLSv1_2';
    const re = /wgetrc$/.test(file.name)
      ? /^[ \t]*(secure[-_]?protocol)[ \t]*=[ \t]*(["']?)(\w{1,10})\2/gim
      : /(?<=(?:^|[\s,[(])["']?)(--secure-protocol)(?:=|[ \t]+)(["']?)(\w{1,10})\2(?![\w.])/gi;
    for (let m = re.exec(code); m; m = re.exec(code)) {
      const versions = WGET_PROTOCOLS[m[3].toLowerCase()];
      if (versions === undefined || printedOnly(code, m.index)) continue;
      const valueStart = m.index + m[0].length - m[2].length - m[3].length;
      yield {
        start: m.index,
        end: m.index + m[0].length,
        versions,
        what: clipCommand(m[0]),
        why: /^tlsv1$/i.test(m[3]) ? 'TLSv1 means TLS 1.0 or later' : undefined,
        instead: `\`--secure-protocol=${target}\``,
        fix: { start: valueStart, end: valueStart + m[3].length, text: target },
      } satisfies Match;
    }
  },
  examples: {
    valid: [
      {
        file: 'scripts/get.sh',
        code: 'wget --secure-protocol=TLSv1_2 -q https://example.com/pkg.tgz',
        note: 'TLSv1 must not match inside TLSv1_2',
      },
      { file: 'Dockerfile', code: 'RUN wget --secure-protocol=PFS -O /tmp/x.zip https://example.com/x.zip' },
      {
        file: 'scripts/get.sh',
        code: 'wget --secure-protocol=auto "$URL"\n# wget --secure-protocol=SSLv3 "$URL"',
        note: 'auto; commented out',
      },
      { file: 'etc/wgetrc', code: 'secureprotocol = TLSv1_3\n' },
      {
        file: 'deploy/reload.sh',
        code: 'echo "now run: wget --secure-protocol=TLSv1 $HOST/reload"\nwget "$HOST/reload"',
        note: 'a command printed for a human, not run',
      },
    ],
    invalid: [
      {
        file: 'scripts/get.sh',
        code: 'wget --secure-protocol=TLSv1 -q https://old.example.com/pkg.tgz',
        findings: ['1:6 TLSv1.0 TLSv1.1'],
        output: 'wget --secure-protocol=TLSv1_2 -q https://old.example.com/pkg.tgz',
      },
      {
        file: 'Dockerfile',
        code: 'FROM alpine:3.19\nRUN wget --no-check-certificate --secure-protocol SSLv3 -O /tmp/a.bin https://device.local/a.bin',
        findings: ['2:33 SSLv3'],
      },
      {
        file: '.github/workflows/fetch.yaml',
        code: 'jobs:\n  fetch:\n    steps:\n      - run: wget --secure-protocol="TLSv1_1" https://mirror.example.org/file',
        findings: ['4:19 TLSv1.1'],
      },
      {
        file: 'bin/unread.sh',
        code: 'count="$(wget --secure-protocol=TLSv1 -q -O - https://mail.example.com/feed | grep -c entry)"\necho "$count new"',
        findings: ['1:15 TLSv1.0 TLSv1.1'],
        note: 'run inside a command substitution',
      },
      {
        file: 'scripts/run.sh',
        code: 'echo "wget --secure-protocol=SSLv3 https://device.local/fw.bin" | sh',
        findings: ['1:12 SSLv3'],
        note: 'printed into a shell is run',
      },
      {
        file: 'config/.wgetrc',
        code: 'timeout = 30\nsecure_protocol = TLSv1\n',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
        output: 'timeout = 30\nsecure_protocol = TLSv1_2\n',
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// K3: git http.sslVersion / GIT_SSL_VERSION
// ---------------------------------------------------------------------------------------------

const GIT_VERSIONS: Readonly<Record<string, VersionSet>> = {
  sslv2: setOf('SSLv2'),
  sslv3: setOf('SSLv3'),
  tlsv1: atLeast('TLSv1.0'),
  'tlsv1.0': atLeast('TLSv1.0'),
  'tlsv1.1': atLeast('TLSv1.1'),
  'tlsv1.2': atLeast('TLSv1.2'),
  'tlsv1.3': atLeast('TLSv1.3'),
};

/** The file's `[section]` headers in order: found once, so that each setting does not rescan the file from its start for its section. */
function gitconfigSections(file: SourceFile): { at: number; name: string }[] {
  return [...file.code.matchAll(/^[ \t]*\[([^\]\n]{1,200})\]/gm)].map((h) => ({ at: h.index, name: h[1] }));
}

export const gitSslVersion: Rule = {
  meta: {
    id: 'cli/git-ssl-version',
    title: 'git http.sslVersion allows legacy TLS',
    description:
      "git's `http.sslVersion` (also `http.<url>.sslVersion`, `git -c http.sslVersion=…`, `[http] sslVersion = …` in a gitconfig, and the `GIT_SSL_VERSION` environment variable) is handed to libcurl as a minimum: `tlsv1`, `tlsv1.0` and `tlsv1.1` let HTTPS fetches use TLS 1.0/1.1; `sslv2`/`sslv3` select SSL.",
    ecosystem: 'Scripts, CLI & CI',
    catalogue: ['K3'],
    docs: ['https://git-scm.com/docs/git-config#Documentation/git-config.txt-httpsslVersion'],
    files: { kinds: SCRIPT_KINDS, names: /gitconfig$|^config$/ },
    keywords: /sslVersion|GIT_SSL_VERSION/,
    fixable: true,
    safe: 'git config --global http.sslVersion tlsv1.2',
  },
  *check(file, ctx) {
    const code = file.code;
    const target = ctx.floor === 'TLSv1.3' ? 'tlsv1.3' : 'tlsv1.2';
    const value = String.raw`(["']?)(sslv[23]|tlsv1(?:\.[0-3])?)\2(?![\w.])`;
    const patterns = [
      new RegExp(String.raw`(?<![\w.-])(http(?:\.[^\s=]{1,200}?)?\.sslversion)(?:[ \t]*=[ \t]*|[ \t]+)${value}`, 'gi'),
      new RegExp(String.raw`(?<![\w])(GIT_SSL_VERSION)(?:[ \t]*[=:][ \t]*|[ \t]+)${value}`, 'g'),
    ];
    const isGitconfig = /gitconfig$/.test(file.name) || /(?:^|\/)\.git\/config$/.test(file.path);
    if (isGitconfig) patterns.push(new RegExp(String.raw`^[ \t]*(sslVersion)[ \t]*=[ \t]*${value}`, 'gim'));
    for (const re of patterns) {
      for (let m = re.exec(code); m; m = re.exec(code)) {
        if (m[1] === 'sslVersion' || /^sslversion$/i.test(m[1])) {
          // Only in an [http] or [http "…"] section.
          const header = lastBefore(file.fact(gitconfigSections), m.index);
          if (!header || !/^http\b/i.test(header.name.trim())) continue;
        }
        const versions = GIT_VERSIONS[m[3].toLowerCase()];
        if (versions === undefined) continue;
        const valueStart = m.index + m[0].length - m[2].length - m[3].length;
        yield {
          start: m.index + m[0].indexOf(m[1]), // at the key, not at the indentation of a gitconfig line
          end: m.index + m[0].length,
          versions,
          what: clipCommand(m[0]),
          why: /^tlsv1/i.test(m[3]) ? `${m[3]} is a minimum` : undefined,
          instead: `\`http.sslVersion ${target}\``,
          fix: { start: valueStart, end: valueStart + m[3].length, text: target },
        } satisfies Match;
      }
    }
  },
  examples: {
    valid: [
      { file: 'scripts/setup.sh', code: 'git config --global http.sslVersion tlsv1.2' },
      { file: '.gitconfig', code: '[http]\n\tsslVersion = tlsv1.3\n[user]\n\tname = Dev' },
      { file: 'Dockerfile', code: 'ENV GIT_SSL_VERSION=tlsv1.2\n# ENV GIT_SSL_VERSION=tlsv1.0', note: 'commented out' },
      { file: 'scripts/setup.sh', code: 'git config --global http.sslVersion "$GIT_TLS"', note: 'variable' },
      { file: 'gitconfig', code: '[core]\n\tsslVersion = tlsv1\n', note: 'not in an [http] section' },
    ],
    invalid: [
      {
        file: 'scripts/setup.sh',
        code: 'git config --global http.sslVersion tlsv1.0',
        findings: ['1:21 TLSv1.0 TLSv1.1'],
        output: 'git config --global http.sslVersion tlsv1.2',
      },
      {
        file: '.gitconfig',
        code: '[user]\n\temail = dev@example.com\n[http "https://git.legacy.example.com/"]\n\tsslVersion = tlsv1.1\n',
        findings: ['4:2 TLSv1.1'],
        output: '[user]\n\temail = dev@example.com\n[http "https://git.legacy.example.com/"]\n\tsslVersion = tlsv1.2\n',
      },
      {
        file: 'Dockerfile',
        code: 'FROM alpine/git\nENV GIT_SSL_VERSION tlsv1',
        findings: ['2:5 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'Jenkinsfile',
        code: "sh 'git -c http.https://old.example.com/.sslVersion=sslv3 clone https://old.example.com/repo.git'",
        findings: ['1:12 SSLv3'],
      },
    ],
  },
};

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

// ---------------------------------------------------------------------------------------------
// K5 (part): OPENSSL_CONF pointing at a legacy configuration
// ---------------------------------------------------------------------------------------------

const LEGACY_CONF_NAME = /legacy|insecure|weak|seclevel[-_.]?[01](?!\d)|tlsv?1(?:[-_.]?[01])?(?![-_.]?[23\d])|lowsec|lower[-_]?security/i;

export const opensslConfLegacy: Rule = {
  meta: {
    id: 'cli/openssl-conf-legacy',
    title: 'OPENSSL_CONF points at a legacy OpenSSL configuration',
    description:
      '`OPENSSL_CONF` replaces the OpenSSL configuration of a whole process. Pointing it at a file named as a legacy or low-security configuration (`openssl-legacy.cnf`, `tls1.cnf`, `seclevel1.cnf`) in a Dockerfile, Compose or Kubernetes manifest, CI file or script usually lowers `MinProtocol` to TLSv1 or `CipherString` to `@SECLEVEL=0/1` for every TLS connection of that process.',
    ecosystem: 'Scripts, CLI & CI',
    catalogue: ['K5'],
    docs: ['https://docs.openssl.org/master/man5/config/', 'https://docs.openssl.org/master/man3/SSL_CONF_cmd/'],
    files: { kinds: SCRIPT_KINDS },
    keywords: /OPENSSL_CONF/,
    fixable: false,
    safe: 'no OPENSSL_CONF override, or one whose [system_default_sect] has MinProtocol = TLSv1.2',
    limits:
      'The configuration file itself is not read from here (openssl.cnf `MinProtocol` belongs to the C/OpenSSL rules); the judgement rests on the file name, so this is a warning. A "legacy" configuration may only load the OpenSSL 3 legacy provider (old algorithms), which does not change TLS versions. `OPENSSL_CONF=/dev/null` (no system configuration) is not reported.',
  },
  *check(file) {
    const code = file.code;
    const re =
      /(?<![\w])OPENSSL_CONF["']?\]?(?:[ \t]*[=:][ \t]*|[ \t]+)(["']?)([^\s"';,)}]{1,300})\1|(?<![\w])name:[ \t]*["']?OPENSSL_CONF["']?[ \t]*\r?\n[ \t]*value:[ \t]*(["']?)([^\s"']{1,300})\3/g;
    for (let m = re.exec(code); m; m = re.exec(code)) {
      const path = m[2] ?? m[4];
      const base = path.slice(path.lastIndexOf('/') + 1);
      if (!LEGACY_CONF_NAME.test(base)) continue;
      yield {
        start: m.index,
        end: m.index + m[0].length,
        versions: atLeast('TLSv1.0'),
        what: `OPENSSL_CONF=${path}`,
        why: `the name ${base} suggests a configuration that allows TLS 1.0/1.1`,
        instead: 'no `OPENSSL_CONF` override, or a configuration with `MinProtocol = TLSv1.2` in its `[system_default_sect]`',
        severity: 'warning',
      } satisfies Match;
    }
  },
  examples: {
    valid: [
      { file: 'Dockerfile', code: 'ENV OPENSSL_CONF=/etc/ssl/openssl.cnf' },
      {
        file: 'docker-compose.yml',
        code: 'services:\n  app:\n    environment:\n      - OPENSSL_CONF=/dev/null',
        note: '/dev/null only drops the system configuration',
      },
      {
        file: 'scripts/run.sh',
        code: '# export OPENSSL_CONF=/opt/legacy/openssl-legacy.cnf\nexport OPENSSL_CONF=/opt/app/openssl-tls12.cnf',
        note: 'commented out; tls12 is not tls1',
      },
    ],
    invalid: [
      {
        file: 'Dockerfile',
        code: 'FROM python:3.12-slim\nCOPY openssl-legacy.cnf /etc/ssl/\nENV OPENSSL_CONF=/etc/ssl/openssl-legacy.cnf',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'k8s/deployment.yaml',
        code: 'env:\n  - name: OPENSSL_CONF\n    value: /config/seclevel1.cnf\n',
        findings: ['2:5 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'scripts/start.sh',
        code: 'OPENSSL_CONF="$PWD/conf/tls1.cnf" ./legacy-client --host old.example.com',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
    ],
  },
};

export const rules: readonly Rule[] = [curlTlsVersion, wgetSecureProtocol, gitSslVersion, tlsProbe, opensslConfLegacy];
