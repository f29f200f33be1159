import { setOf, type VersionSet } from '../../../versions.js';
import type { Match, Rule, RuleContext, RuleMeta } from '../../rule.js';
import type { SourceFile } from '../../source.js';
import { lineBounds, logicalLine, REGISTRY_KINDS, registryWrites, type RegWrite, valueFix, writeText } from './shared.js';

// ---------------------------------------------------------------------------------------------
// B1: Schannel protocol keys
// ---------------------------------------------------------------------------------------------

const PROTOCOL_KEY = /(SSL 2\.0|SSL 3\.0|TLS 1\.[0-3]|DTLS 1\.[0-3]|PCT 1\.0|Multi-Protocol Unified Hello)\\{1,2}(Server|Client)(?![\w])/gi;

const SCHANNEL_PROTOCOLS: Readonly<Record<string, VersionSet>> = {
  'ssl 2.0': setOf('SSLv2'),
  'pct 1.0': setOf('SSLv2'),
  'multi-protocol unified hello': setOf('SSLv2'),
  'ssl 3.0': setOf('SSLv3'),
  'tls 1.0': setOf('TLSv1.0'),
  'tls 1.1': setOf('TLSv1.1'),
  // DTLS 1.0 is TLS 1.1 over datagrams.
  'dtls 1.0': setOf('TLSv1.1'),
  'tls 1.2': setOf('TLSv1.2'),
  'dtls 1.2': setOf('TLSv1.2'),
  'tls 1.3': setOf('TLSv1.3'),
  'dtls 1.3': setOf('TLSv1.3'),
};

interface ProtocolKey {
  readonly protocol: string;
  readonly side: string;
  readonly versions: VersionSet;
}

function keyOf(m: RegExpExecArray): ProtocolKey {
  const protocol = m[1];
  return { protocol, side: m[2], versions: SCHANNEL_PROTOCOLS[protocol.toLowerCase()] ?? 0 };
}

function lastKeyIn(text: string): ProtocolKey | undefined {
  const re = new RegExp(PROTOCOL_KEY.source, 'gi');
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last ? keyOf(last) : undefined;
}

/** `$var = '…\TLS 1.0\Server'` assignments in PowerShell, by lower-case variable name. */
function keyVariables(code: string): Map<string, ProtocolKey | null> {
  const vars = new Map<string, ProtocolKey | null>();
  const re = /\$([\w:]{1,80})[ \t]*=[ \t]*(["'])([^"'\n]{0,400})\2/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const key = lastKeyIn(m[3]);
    const name = m[1].toLowerCase();
    if (!key) continue;
    const prev = vars.get(name);
    // A variable assigned different protocols (a loop) is unknown.
    vars.set(name, prev === undefined || (prev && prev.protocol === key.protocol && prev.side === key.side) ? key : null);
  }
  return vars;
}

let headerCache: { code: string; headers: { at: number; name: string }[] } | undefined;

/** The `[…]` section headers of a `.reg` text, in order (cached for the file being checked). */
function regHeaders(code: string): { at: number; name: string }[] {
  if (headerCache?.code !== code) {
    const headers: { at: number; name: string }[] = [];
    for (const m of code.matchAll(/^[ \t]*\[-?([^\]\n]{1,400})\][ \t]*\r?$/gm)) headers.push({ at: m.index!, name: m[1] });
    headerCache = { code, headers };
  }
  return headerCache.headers;
}

/** Which protocol key a write is under, or undefined when the scan cannot tell. */
function protocolOf(code: string, w: RegWrite, vars: () => Map<string, ProtocolKey | null>): ProtocolKey | undefined {
  if (w.form === 'reg') {
    // The section the value is in: the last `[…]` header line before it.
    const headers = regHeaders(code);
    let lo = 0;
    let hi = headers.length - 1;
    let last: string | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (headers[mid].at < w.nameStart) {
        last = headers[mid].name;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const key = last === undefined ? undefined : lastKeyIn(last);
    // Only when the header ends with the protocol key (`…\TLS 1.0\Server]`).
    return key && last !== undefined && /\\(?:Server|Client)$/i.test(last) ? key : undefined;
  }
  if (w.form === 'pair') {
    // The path is usually a line or three above (DSC Key, Ansible path, splatting Path, Inno Subkey),
    // or, for Puppet, the value name ends the path itself.
    // A path later on the same line, before the next value name, wins (`@{ Name = 'Enabled'; Value = 1; Path = '…' }`).
    const [, lineEnd] = lineBounds(code, w.nameStart);
    const rest = code.slice(w.nameStart + w.name.length, lineEnd);
    const next = /(?<![\w-])(?:ValueName|vname|name)[ \t]*(?:=>|[:=])/i.exec(rest);
    const later = lastKeyIn(next ? rest.slice(0, next.index) : rest);
    if (later) return later;
    const from = Math.max(0, w.nameStart - 500);
    return lastKeyIn(code.slice(from, w.nameStart + w.name.length + 2));
  }
  const [start, end] = logicalLine(code, w.nameStart);
  const stmt = code.slice(start, end);
  const direct = lastKeyIn(stmt);
  if (direct) return direct;
  if (/\\(?:\$\{?\w+\}?|\{\{[^}]{0,80}\}\}|%\w+%)\\/.test(stmt) || /Protocols\\\\?["']?\s*\+/.test(stmt)) return undefined;
  // A variable holding the path: $tls10 = '…\TLS 1.0\Server'; New-ItemProperty -Path $tls10 …
  const table = vars();
  const found = new Set<ProtocolKey>();
  for (const v of stmt.matchAll(/\$\{?([\w:]{1,80})\}?/g)) {
    const k = table.get(v[1].toLowerCase());
    if (k) found.add(k);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

const SCHANNEL_NAMES = 'Enabled|DisabledByDefault';

const schannelMeta: RuleMeta = {
  id: 'windows/schannel-protocol-enabled',
  title: 'Schannel registry keys enable a legacy protocol',
  description:
    'The `Enabled` and `DisabledByDefault` values under `HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\<protocol>\\Server|Client` switch a protocol on or off for every Schannel user on the machine (IIS, RDP, SQL Server, WinHTTP, .NET with SystemDefault). A non-zero `Enabled` under `SSL 2.0`, `SSL 3.0`, `TLS 1.0`, `TLS 1.1` or `PCT 1.0` turns the legacy protocol on; `DisabledByDefault=0` makes it one that applications get without asking for it.',
  ecosystem: 'Windows & PowerShell',
  catalogue: ['B1'],
  docs: [
    'https://learn.microsoft.com/windows-server/security/tls/tls-registry-settings',
    'https://learn.microsoft.com/windows-server/security/tls/tls-ssl-schannel-ssp-overview',
  ],
  files: { kinds: REGISTRY_KINDS, names: /\.reg$|\.iss$|\.pp$|\.sls$/ },
  keywords: /TLS 1\.0|TLS 1\.1|SSL 3\.0|SSL 2\.0|PCT 1\.0|Unified Hello|DTLS 1\.0/,
  fixable: true,
  safe: '[…\\SCHANNEL\\Protocols\\TLS 1.0\\Server] "Enabled"=dword:00000000 "DisabledByDefault"=dword:00000001',
  limits:
    'Paths built at run time (`"…\\Protocols\\$protocol\\Server"` in a loop, `{{ item }}` in Ansible, functions called with a protocol name) are not followed; the values Windows uses when the keys are absent depend on the Windows version (TLS 1.0/1.1 are on by default before Windows 11 / Server 2025) and are not reported.',
};

export const schannelProtocols: Rule = {
  meta: schannelMeta,
  *check(file: SourceFile, ctx: RuleContext): Iterable<Match> {
    void ctx;
    const code = file.code;
    let vars: Map<string, ProtocolKey | null> | undefined;
    const table = (): Map<string, ProtocolKey | null> => (vars ??= keyVariables(code));
    const writes: { w: RegWrite; key: ProtocolKey }[] = [];
    for (const w of registryWrites(code, SCHANNEL_NAMES)) {
      const key = protocolOf(code, w, table);
      if (key) writes.push({ w, key });
    }
    const id = (k: ProtocolKey): string => `${k.protocol.toLowerCase()}|${k.side.toLowerCase()}`;
    // Keys whose `Enabled` is written at all (with a number, a variable or a template).
    const enabledWritten = new Set(writes.filter(({ w }) => /^enabled$/i.test(w.name)).map(({ key }) => id(key)));
    for (const { w, key } of writes) {
      if (key.versions === 0 || w.value === undefined) continue;
      const where = `${key.protocol}\\${key.side}`;
      const what = `${writeText(w)} under ${where}`;
      if (/^enabled$/i.test(w.name)) {
        if (w.value === 0) continue;
        yield {
          start: w.nameStart,
          end: Math.max(w.valueEnd, w.nameStart + w.name.length),
          versions: key.versions,
          what,
          why: w.value === 0xffffffff ? '0xffffffff is the documented "enabled" value' : undefined,
          instead: `\`Enabled\`=0 and \`DisabledByDefault\`=1 under \`${where}\` (and \`Enabled\`=1 under \`TLS 1.2\\${key.side}\`)`,
          fix: valueFix(w, 0),
        };
      } else if (w.value === 0 && !enabledWritten.has(id(key))) {
        yield {
          start: w.nameStart,
          end: Math.max(w.valueEnd, w.nameStart + w.name.length),
          versions: key.versions,
          what,
          why: 'with `Enabled` left to the Windows default, the protocol is offered to applications that do not choose one',
          instead: `\`DisabledByDefault\`=1 and \`Enabled\`=0 under \`${where}\``,
          severity: 'warning',
          fix: valueFix(w, 1),
        };
      }
    }
    // SChannelDsc: Protocol X { Protocol = 'TLS 1.0'; State = 'Enabled' }
    const dsc =
      /\bProtocol[ \t]*=[ \t]*(["'])(SSL 2\.0|SSL 3\.0|TLS 1\.[01]|PCT 1\.0|Multi-Protocol Unified Hello)\1[^}]{0,300}?\bState[ \t]*=[ \t]*(["'])Enabled\3/gi;
    for (let m = dsc.exec(code); m; m = dsc.exec(code)) {
      const valueAt = m.index + m[0].length - 'Enabled'.length - 1;
      yield {
        start: m.index,
        end: m.index + m[0].length,
        versions: SCHANNEL_PROTOCOLS[m[2].toLowerCase()] ?? 0,
        what: `SChannelDsc Protocol '${m[2]}' State = 'Enabled'`,
        instead: `\`State = 'Disabled'\` for '${m[2]}'`,
        fix: { start: valueAt, end: valueAt + 'Enabled'.length, text: 'Disabled' },
      };
    }
  },
  examples: {
    valid: [
      {
        file: 'harden/disable-legacy.reg',
        code: 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server]\n"Enabled"=dword:00000000\n"DisabledByDefault"=dword:00000001\n\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server]\n"Enabled"=dword:ffffffff\n"DisabledByDefault"=dword:00000000\n',
        note: 'the classic hardening file: legacy off, TLS 1.2 on',
      },
      {
        file: 'scripts/Disable-Tls10.ps1',
        code: "New-Item 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client' -Force | Out-Null\nSet-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client' -name 'Enabled'           -value '0' –Type 'DWORD'\nSet-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client' -name 'DisabledByDefault' -value '1' –Type 'DWORD'\nNew-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client' -Name 'Enabled' -Value '0xffffffff' -PropertyType DWord -Force",
        note: 'disabling script that mentions TLS 1.0 on every line',
      },
      {
        file: 'setup/harden.cmd',
        code: 'reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.1\\Server" /v Enabled /t REG_DWORD /d 0 /f\nreg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.1\\Server" /v DisabledByDefault /t REG_DWORD /d 1 /f\nreg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server" /v Enabled /t REG_DWORD /d 1 /f',
      },
      {
        file: 'Mitigations/TLS1Server.ps1',
        code: "$ItemProperty = @{\n    Path = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server'\n    Name = 'Enabled'\n    Value = 0\n    PropertyType = 'DWORD'\n}\nNew-ItemProperty @ItemProperty | Out-Null\n$ItemProperty = @{\n    Path = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server'\n    Name = 'DisabledByDefault'\n    Value = 1\n}",
        note: 'splatted hashtable that disables',
      },
      {
        file: 'roles/win/tasks/main.yml',
        code: '- name: Enable TLS 1.2 server\n  win_regedit:\n    path: HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server\n    name: Enabled\n    data: 1\n    type: dword\n- name: Disable TLS 1.0 server\n  win_regedit:\n    path: HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server\n    name: Enabled\n    data: 0\n    type: dword\n',
        note: 'task names that say "TLS 1.0" are not value names',
      },
      {
        file: 'Set-Tls.ps1',
        code: "New-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server' -Name Enabled -Value 0\n$p = @{ Name = 'Enabled'; Value = 1; PropertyType = 'DWord'; Path = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server' }",
        note: 'the path after the value name belongs to that value',
      },
      {
        file: 'Check-Schannel.ps1',
        code: "$p = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server'\nif ((Get-ItemProperty -Path $p -Name Enabled).Enabled -eq 1) { Write-Warning 'TLS 1.0 is enabled' }",
        note: 'reading and comparing the value is not writing it',
      },
      {
        file: 'Harden.ps1',
        code: "foreach ($protocol in 'SSL 2.0','SSL 3.0','TLS 1.0','TLS 1.1') {\n  New-ItemProperty -Path \"HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\$protocol\\Server\" -Name Enabled -Value 1 -PropertyType DWord -Force\n}",
        note: 'a path built at run time is unknown',
      },
      {
        file: 'legacy.reg',
        code: '; [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server]\n; "Enabled"=dword:00000001\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.3\\Server]\n"Enabled"=dword:00000001\n',
        note: 'commented-out lines in a .reg file',
      },
    ],
    invalid: [
      {
        file: 'enable-legacy.reg',
        code: 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server]\n"Enabled"=dword:00000001\n"DisabledByDefault"=dword:00000000\n',
        findings: ['4:2 TLSv1.0'],
        output:
          'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server]\n"Enabled"=dword:00000000\n"DisabledByDefault"=dword:00000000\n',
      },
      {
        file: 'compat.reg',
        code: '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\SSL 3.0\\Client]\n"Enabled"=dword:ffffffff\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.1\\Client]\n"Enabled"=dword:00000001\n',
        findings: ['2:2 SSLv3', '4:2 TLSv1.1'],
      },
      {
        file: 'install/enable_tls10.bat',
        code: '@echo off\nREG ADD "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client" /f /v Enabled /t REG_DWORD /d 0x1\n',
        findings: ['2:107 TLSv1.0'],
        output:
          '@echo off\nREG ADD "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client" /f /v Enabled /t REG_DWORD /d 0x0\n',
      },
      {
        file: 'Enable-LegacyTls.ps1',
        code: "$tls11 = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.1\\Server'\n$tls12 = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Server'\nNew-Item $tls11 -Force | Out-Null\nNew-ItemProperty -Path $tls11 -Name 'Enabled' -Value '4294967295' -PropertyType 'DWord' -Force | Out-Null\nNew-ItemProperty -Path $tls12 -Name 'Enabled' -Value 1 -PropertyType 'DWord' -Force | Out-Null",
        findings: ['4:38 TLSv1.1'],
        note: 'path held in a variable; decimal 0xffffffff',
      },
      {
        file: 'DSC/Legacy.ps1',
        code: "Registry EnableTls10Server\n{\n    Key       = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server'\n    ValueName = 'Enabled'\n    ValueData = '1'\n    ValueType = 'Dword'\n    Ensure    = 'Present'\n}",
        findings: ['4:18 TLSv1.0'],
      },
      {
        file: 'setup.iss',
        code: '[Registry]\nRoot: HKLM; Subkey: "SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client"; ValueType: dword; ValueName: "Enabled"; ValueData: $FFFFFFFF; Flags: createvalueifdoesntexist',
        findings: ['2:139 TLSv1.0'],
      },
      {
        file: 'roles/legacy/tasks/main.yml',
        code: '- name: Keep TLS 1.1 for the old scanner\n  ansible.windows.win_regedit:\n    path: HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.1\\Server\n    name: DisabledByDefault\n    data: 0\n    type: dword\n',
        findings: ['4:11 TLSv1.1'],
        severity: 'warning',
        note: 'DisabledByDefault=0 without Enabled is a warning',
      },
      {
        file: 'Dockerfile',
        code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2019\nRUN reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\SSL 3.0\\Server" /v Enabled /t REG_DWORD /d 1 /f',
        findings: ['2:108 SSLv3'],
      },
      {
        file: 'manifests/schannel.pp',
        code: "registry_value { 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Server\\Enabled':\n  ensure => present,\n  type   => dword,\n  data   => '0x00000001',\n}",
        findings: ['1:109 TLSv1.0'],
      },
      {
        file: 'Configuration.ps1',
        code: "Protocol EnableTls11\n{\n    Protocol = 'TLS 1.1'\n    State    = 'Enabled'\n}",
        findings: ['3:5 TLSv1.1'],
        output: "Protocol EnableTls11\n{\n    Protocol = 'TLS 1.1'\n    State    = 'Disabled'\n}",
        note: 'SChannelDsc Protocol resource',
      },
    ],
  },
};
