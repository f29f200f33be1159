import { atLeast, below, range, setOf, type Version, type VersionSet } from '../../../versions.js';
import type { Match, Rule, RuleContext } from '../../rule.js';
import { nextNewline, type SourceFile } from '../../source.js';
import { clipCommand, commandEnd, type Flag, flagsIn, printedOnly, SCRIPT_KINDS } from './shared.js';

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
