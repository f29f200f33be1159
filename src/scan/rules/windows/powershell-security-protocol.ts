import { setOf, type Version, type VersionSet } from '../../../versions.js';
import type { Match, Rule } from '../../rule.js';
import { lastBefore, type SourceFile } from '../../source.js';
import { clip } from '../../define.js';
import { PS_KINDS } from './shared.js';

// ---------------------------------------------------------------------------------------------
// B5: [Net.ServicePointManager]::SecurityProtocol in PowerShell
// ---------------------------------------------------------------------------------------------

const SECURITY_PROTOCOL_NAMES: Readonly<Record<string, Version>> = {
  ssl3: 'SSLv3',
  tls: 'TLSv1.0',
  tls11: 'TLSv1.1',
  tls12: 'TLSv1.2',
  tls13: 'TLSv1.3',
};
const SECURITY_PROTOCOL_BITS: readonly [number, Version][] = [
  [48, 'SSLv3'],
  [192, 'TLSv1.0'],
  [768, 'TLSv1.1'],
  [3072, 'TLSv1.2'],
  [12288, 'TLSv1.3'],
];

/** The versions a SecurityProtocolType expression names (enum members, strings, numbers). */
function securityProtocolSet(expr: string): VersionSet | undefined {
  let set = 0;
  let understood = false;
  for (const m of expr.matchAll(/(?<![\w.$-])(ssl3|tls1[1-3]|tls)(?![\w.])|(?<![\w.$x])(0x[0-9a-f]{1,8}|\d{2,5})(?![\w.])/gi)) {
    if (m[1]) {
      set |= setOf(SECURITY_PROTOCOL_NAMES[m[1].toLowerCase()]);
      understood = true;
    } else {
      const n = m[2].startsWith('0x') || m[2].startsWith('0X') ? parseInt(m[2].slice(2), 16) : Number(m[2]);
      const bits = SECURITY_PROTOCOL_BITS.filter(([b]) => (n & b) === b);
      if (bits.length === 0 || bits.reduce((a, [b]) => a | b, 0) !== n) continue;
      for (const [, v] of bits) set |= setOf(v);
      understood = true;
    }
  }
  return understood ? set : undefined;
}

/**
 * Whether a PowerShell statement goes on past the end of its line: its value has not started yet
 * (`SecurityProtocol =` with the value below), or it ends with an operator still waiting for its
 * right operand (`… -bor`, `+`, `,`, an open parenthesis).
 */
const WAITS_FOR_OPERAND = /(?:^|-b(?:or|xor|and|not)|[+,(])$/i;

/**
 * The right-hand side of an assignment starting at `i`: to `;`, `|`, `}`, `&`, an enclosing `"` or
 * the end of the statement, which goes on past a line end after a backtick, after an operator
 * waiting for its operand, and inside an open parenthesis (at most 400 characters).
 */
function rhsAt(code: string, i: number): [number, number] {
  while (code[i] === ' ' || code[i] === '\t') i++;
  let start = i;
  let end = i;
  let quote: string | undefined;
  let depth = 0;
  for (let n = 0; end < code.length && n < 400; end++, n++) {
    const ch = code[end];
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\n') break;
      continue;
    }
    if (ch === '"' || ch === "'") {
      // A quote opens a string at the start or after `]`, `=`, `,`, `(`, `+` (`[Net.SecurityProtocolType]'Tls11,Tls12'`);
      // anywhere else it closes the string the whole command sits in (Puppet, YAML, batch).
      const prev = code
        .slice(start, end)
        .replace(/[ \t]+$/, '')
        .slice(-1);
      if (prev !== '' && !'])=,(+'.includes(prev)) break;
      quote = ch;
      continue;
    }
    if (ch === '`' && (code[end + 1] === '\n' || code[end + 1] === '\r')) {
      end += code[end + 1] === '\r' ? 2 : 1;
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    if (ch === '\n' || ch === '\r') {
      const before = code.slice(start, end).trimEnd();
      if (depth === 0 && !WAITS_FOR_OPERAND.test(before)) break;
      // The value starts on a later line: it is reported (and fixed) there.
      if (before === '') start = end + 1;
      continue;
    }
    if (ch === ';' || ch === '|' || ch === '}' || ch === '&') break;
  }
  while (end > start && /\s/.test(code[end - 1])) end--;
  while (start < end && /\s/.test(code[start])) start++;
  return [start, end];
}

/** Where a PowerShell assignment `$name = …` is, and where its value starts. */
interface Assignment {
  readonly at: number;
  readonly valueStart: number;
}

/**
 * Every `$name = …` of the file, by name in lower case (PowerShell's are case-insensitive), in file
 * order: read once, so that `SecurityProtocol = $p` does not search the file from its start per match.
 */
function psAssignments(file: SourceFile): ReadonlyMap<string, readonly Assignment[]> {
  const byName = new Map<string, Assignment[]>();
  for (const a of file.code.matchAll(/\$([\w:]{1,80})[ \t]*=[ \t]*(?!=)/g)) {
    const name = a[1].toLowerCase();
    const list = byName.get(name) ?? [];
    list.push({ at: a.index, valueStart: a.index + a[0].length });
    byName.set(name, list);
  }
  return byName;
}

export const powershellSecurityProtocol: Rule = {
  meta: {
    id: 'windows/powershell-security-protocol',
    title: 'PowerShell sets [Net.ServicePointManager]::SecurityProtocol to legacy versions',
    description:
      "In Windows PowerShell 5.1 (.NET Framework), `[Net.ServicePointManager]::SecurityProtocol` decides the protocols of every web request of the session (`Invoke-WebRequest`, `Install-Module`, Exchange Online and Graph modules). Naming `Ssl3`, `Tls` or `Tls11` — as enum members, in a string such as `'Tls,Tls11,Tls12'`, or as numbers (48, 192, 768) — enables them.",
    ecosystem: 'Windows & PowerShell',
    catalogue: ['B5'],
    docs: [
      'https://learn.microsoft.com/dotnet/api/system.net.securityprotocoltype',
      'https://learn.microsoft.com/dotnet/framework/network-programming/tls',
    ],
    files: { kinds: PS_KINDS },
    keywords: /ServicePointManager/,
    fixable: true,
    safe: '[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12',
    limits:
      '`… = [Net.ServicePointManager]::SecurityProtocol -bor …` keeps the current value, which depends on the .NET Framework version and registry; only the members it adds are judged. `SystemDefault` leaves the choice to the operating system (see the Schannel rule).',
  },
  *check(file, ctx) {
    const code = file.code;
    const re = /\[(?:System\.)?Net\.ServicePointManager\][ \t]*::[ \t]*SecurityProtocol[ \t]*(\+=|-bor=|=)(?!=)/gi;
    for (let m = re.exec(code); m; m = re.exec(code)) {
      const [start, end] = rhsAt(code, m.index + m[0].length);
      let expr = code.slice(start, end);
      if (expr === '') continue;
      // What follows -band/-bxor removes members; only what comes before adds.
      const cut = /-b(?:and|xor)\b/i.exec(expr);
      if (cut) expr = expr.slice(0, cut.index);
      const selfRef = m[1] !== '=' || /ServicePointManager\][ \t]*::[ \t]*SecurityProtocol/i.test(expr);
      let evaluated = expr;
      const variable = /^\$([\w:]{1,80})$/.exec(expr.trim());
      if (variable) {
        const last = lastBefore(file.fact(psAssignments).get(variable[1].toLowerCase()), m.index);
        if (last === undefined) continue;
        const [s, e] = rhsAt(code, last.valueStart);
        evaluated = code.slice(s, e);
      }
      const versions = securityProtocolSet(evaluated);
      if (versions === undefined) continue;
      const target = ctx.floor === 'TLSv1.3' ? 'Tls13' : 'Tls12';
      yield {
        start: m.index,
        end,
        versions,
        what: clip(file.text.slice(m.index, end)),
        why: variable ? `$${variable[1]} is ${clip(evaluated)}` : undefined,
        instead: `\`[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::${target}\``,
        fix: selfRef || variable || cut ? undefined : { start, end, text: `[Net.SecurityProtocolType]::${target}` },
      } satisfies Match;
    }
  },
  examples: {
    valid: [
      { file: 'bootstrap.ps1', code: '[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12' },
      {
        file: 'install.ps1',
        code: "[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072; iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))",
        note: 'the Chocolatey idiom adds TLS 1.2 (3072) to the current value',
      },
      {
        file: 'Setup.ps1',
        code: '[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -band -bnot ([Net.SecurityProtocolType]::Ssl3 -bor [Net.SecurityProtocolType]::Tls)',
        note: 'removes SSL 3.0 and TLS 1.0',
      },
      {
        file: 'Check.ps1',
        code: "if ([Net.ServicePointManager]::SecurityProtocol -band 'Ssl3') { Write-Warning 'SSL 3.0 is on' }\nif ([Net.ServicePointManager]::SecurityProtocol -eq [Net.SecurityProtocolType]::Tls) { throw 'old' }",
        note: 'checks and comparisons',
      },
      {
        file: 'Run.ps1',
        code: "# [Net.ServicePointManager]::SecurityProtocol = 'Tls,Tls11,Tls12'\n[Net.ServicePointManager]::SecurityProtocol = 'Tls12, Tls13'",
        note: 'commented out; Tls12 is not Tls',
      },
      {
        file: 'Dockerfile',
        code: 'RUN powershell -Command "[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::SystemDefault; Invoke-WebRequest https://example.com/x.zip -OutFile x.zip"',
        note: "SystemDefault is the operating system's choice",
      },
      {
        file: 'Install.ps1',
        code: '[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor\n    [Net.SecurityProtocolType]::Tls12\nWrite-Host ([Net.SecurityProtocolType]::Tls11)',
        note: 'the statement ends with the operand after `-bor`: the next line is another statement',
      },
      {
        file: 'Harden.ps1',
        code: '[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -band -bnot (\n    [Net.SecurityProtocolType]::Ssl3 -bor [Net.SecurityProtocolType]::Tls)',
        note: 'removes SSL 3.0 and TLS 1.0, the mask continued inside an open parenthesis',
      },
    ],
    invalid: [
      {
        file: 'Get-Modules.ps1',
        code: "[Net.ServicePointManager]::SecurityProtocol = 'Tls,Tls11,Tls12'",
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: '[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12',
      },
      {
        file: 'helpers.psm1',
        code: '[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.SecurityProtocolType]::Tls12 -bor [System.Net.SecurityProtocolType]::Tls11 -bor [System.Net.SecurityProtocolType]::Tls',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'update.ps1',
        code: '[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls11',
        findings: ['1:1 TLSv1.1'],
        note: 'adding Tls11 to the current value',
      },
      {
        file: 'download.ps1',
        code: "$AllProtocols = [System.Net.SecurityProtocolType]'Ssl3,Tls,Tls11,Tls12'\n[System.Net.ServicePointManager]::SecurityProtocol = $AllProtocols",
        findings: ['2:1 SSLv3 TLSv1.0 TLSv1.1'],
        note: 'through a variable',
      },
      {
        file: 'build.cmd',
        code: 'powershell -NoProfile -Command "[Net.ServicePointManager]::SecurityProtocol = \'tls12, tls11\'; Invoke-WebRequest https://example.com/tool.zip -OutFile tool.zip"',
        findings: ['1:33 TLSv1.1'],
        output:
          'powershell -NoProfile -Command "[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12; Invoke-WebRequest https://example.com/tool.zip -OutFile tool.zip"',
        note: 'lower case, inside a batch one-liner',
      },
      {
        file: '.github/workflows/build.yml',
        code: 'steps:\n  - shell: powershell\n    run: |\n      [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls11 + [Net.SecurityProtocolType]::Tls12\n      ./build.ps1',
        findings: ['4:7 TLSv1.1'],
        note: '+ instead of -bor',
      },
      {
        file: 'manifests/tls_fix.pp',
        code: "exec { 'TLS-Fix':\n  command  => '[Net.ServicePointManager]::SecurityProtocol = \"tls12, tls11\"',\n  provider => powershell,\n}",
        findings: ['2:16 TLSv1.1'],
        output:
          "exec { 'TLS-Fix':\n  command  => '[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12',\n  provider => powershell,\n}",
        note: 'PowerShell inside a Puppet exec',
      },
      {
        file: 'Profile.ps1',
        code: '[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12 -bor `\n  [Net.SecurityProtocolType]::Tls11 -bor `\n  [Net.SecurityProtocolType]::Tls',
        findings: ['2:31 TLSv1.0 TLSv1.1'],
        note: 'backtick continuation',
      },
      {
        file: 'tools/Start-CoverageRun.ps1',
        code: '$prev = [System.Net.ServicePointManager]::SecurityProtocol\n[System.Net.ServicePointManager]::SecurityProtocol =\n    [System.Net.ServicePointManager]::SecurityProtocol -bor\n    [System.Security.Authentication.SslProtocols]::Tls12 -bor\n    [System.Security.Authentication.SslProtocols]::Tls11',
        findings: ['5:52 TLSv1.1'],
        note: 'the value on the next lines, each ending with an operator: reported on the legacy member',
      },
      {
        file: 'Fetch.ps1',
        code: '[Net.ServicePointManager]::SecurityProtocol =\n    [Net.SecurityProtocolType]::Tls',
        findings: ['2:33 TLSv1.0'],
        output: '[Net.ServicePointManager]::SecurityProtocol =\n    [Net.SecurityProtocolType]::Tls12',
        note: 'the value alone on the next line',
      },
      {
        file: 'Setup.ps1',
        code: '$protocols = (\n    [Net.SecurityProtocolType]::Tls12 -bor [Net.SecurityProtocolType]::Tls11\n)\n[Net.ServicePointManager]::SecurityProtocol = $protocols',
        findings: ['4:1 TLSv1.1'],
        note: 'a variable whose value is a parenthesis over three lines',
      },
      {
        file: 'legacy.ps1',
        code: '[Net.ServicePointManager]::SecurityProtocol = 3840',
        findings: ['1:1 TLSv1.1'],
        note: '3840 = Tls11 (768) + Tls12 (3072)',
      },
    ],
  },
};
