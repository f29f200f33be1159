import { range, setOf } from '../../../versions.js';
import type { Match, Rule } from '../../rule.js';
import { REGISTRY_KINDS, registryWrites, valueFix, writeText } from './shared.js';

// ---------------------------------------------------------------------------------------------
// B2: .NET Framework SchUseStrongCrypto / SystemDefaultTlsVersions
// ---------------------------------------------------------------------------------------------

export const dotnetStrongCrypto: Rule = {
  meta: {
    id: 'windows/dotnet-strong-crypto-off',
    title: '.NET Framework registry values keep the legacy protocol defaults',
    description:
      "`SchUseStrongCrypto` and `SystemDefaultTlsVersions` under `HKLM\\SOFTWARE\\[Wow6432Node\\]Microsoft\\.NETFramework\\v4.0.30319` (and `v2.0.50727`) decide what .NET Framework applications negotiate when they do not choose. `SchUseStrongCrypto=0` leaves .NET 3.5/4.x on SSL 3.0 and TLS 1.0; `SystemDefaultTlsVersions=0` makes it use its own defaults instead of the operating system's.",
    ecosystem: 'Windows & PowerShell',
    catalogue: ['B2'],
    docs: ['https://learn.microsoft.com/dotnet/framework/network-programming/tls#configure-security-via-the-windows-registry'],
    files: { kinds: REGISTRY_KINDS, names: /\.reg$|\.iss$|\.pp$|\.sls$/ },
    keywords: /SchUseStrongCrypto|SystemDefaultTlsVersions/,
    fixable: true,
    safe: '"SchUseStrongCrypto"=dword:00000001 "SystemDefaultTlsVersions"=dword:00000001',
    limits:
      'Which framework versions honour the values, and whether an application overrides them in code or app.config, is not visible here; the AppContext switches in app.config belong to the .NET rules.',
  },
  *check(file) {
    for (const w of registryWrites(file.code, 'SchUseStrongCrypto|SystemDefaultTlsVersions')) {
      if (w.value !== 0) continue;
      const strong = /^SchUseStrongCrypto$/i.test(w.name);
      yield {
        start: w.nameStart,
        end: Math.max(w.valueEnd, w.nameStart + w.name.length),
        versions: strong ? setOf('SSLv3', 'TLSv1.0') : range('TLSv1.0', 'TLSv1.2'),
        what: writeText(w),
        why: strong
          ? '.NET Framework without strong crypto defaults to SSL 3.0 and TLS 1.0'
          : ".NET Framework then uses its own default protocol list (TLS 1.0 and 1.1 included) instead of the operating system's",
        instead: `\`${strong ? 'SchUseStrongCrypto' : 'SystemDefaultTlsVersions'}\`=1 (both values, under the 64-bit and \`Wow6432Node\` keys)`,
        severity: strong ? undefined : 'warning',
        fix: valueFix(w, 1),
      } satisfies Match;
    }
  },
  examples: {
    valid: [
      {
        file: 'tls12.reg',
        code: '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319]\n"SchUseStrongCrypto"=dword:00000001\n"SystemDefaultTlsVersions"=dword:00000001\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319]\n"SchUseStrongCrypto"=dword:00000001\n',
      },
      {
        file: 'Enable-Tls12.ps1',
        code: "Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\.NetFramework\\v4.0.30319' -Name 'SchUseStrongCrypto' -Value '1' -Type DWord\nSet-ItemProperty 'HKLM:\\SOFTWARE\\Wow6432Node\\Microsoft\\.NetFramework\\v4.0.30319' SchUseStrongCrypto 1",
      },
      {
        file: 'Check.ps1',
        code: "if ((Get-ItemPropertyValue 'HKLM:\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319' -Name SchUseStrongCrypto) -eq 0) { Write-Warning 'strong crypto is off' }",
        note: 'a check, not a write',
      },
      {
        file: 'setup.bat',
        code: ':: reg add "HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319" /v SchUseStrongCrypto /t REG_DWORD /d 0 /f\nreg add "HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319" /v SchUseStrongCrypto /t REG_DWORD /d 1 /f',
        note: 'commented-out batch line',
      },
    ],
    invalid: [
      {
        file: 'revert.reg',
        code: '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319]\n"SchUseStrongCrypto"=dword:00000000\n',
        findings: ['2:2 SSLv3 TLSv1.0'],
        output: '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319]\n"SchUseStrongCrypto"=dword:00000001\n',
        note: 'the 32-bit path',
      },
      {
        file: 'Legacy.ps1',
        code: "Set-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319' SchUseStrongCrypto 0",
        findings: ['1:70 SSLv3 TLSv1.0'],
        output: "Set-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319' SchUseStrongCrypto 1",
        note: 'positional parameters',
      },
      {
        file: 'install.cmd',
        code: 'reg add HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v2.0.50727 /v SystemDefaultTlsVersions /t REG_DWORD /d 0 /f',
        findings: ['1:61 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'roles/dotnet/tasks/main.yml',
        code: '- win_regedit:\n    path: HKLM:\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319\n    name: SchUseStrongCrypto\n    data: 0\n    type: dword\n',
        findings: ['3:11 SSLv3 TLSv1.0'],
      },
    ],
  },
};
