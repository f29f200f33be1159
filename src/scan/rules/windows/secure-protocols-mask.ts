import { setOf, type Version, type VersionSet } from '../../../versions.js';
import type { Match, Rule } from '../../rule.js';
import { REGISTRY_KINDS, registryWrites, valueFix, writeText } from './shared.js';

// ---------------------------------------------------------------------------------------------
// B3/B4: WinHTTP DefaultSecureProtocols and WinINet SecureProtocols bit masks
// ---------------------------------------------------------------------------------------------

const SECURE_PROTOCOL_BITS: readonly [number, Version][] = [
  [0x8, 'SSLv2'],
  [0x20, 'SSLv3'],
  [0x80, 'TLSv1.0'],
  [0x200, 'TLSv1.1'],
  [0x800, 'TLSv1.2'],
  [0x2000, 'TLSv1.3'],
];

function maskVersions(mask: number): VersionSet | undefined {
  let set = 0;
  for (const [bit, v] of SECURE_PROTOCOL_BITS) if (mask & bit) set |= setOf(v);
  return set === 0 ? undefined : set;
}

function safeMask(mask: number, floor: Version): number {
  let keep = 0;
  for (const [bit, v] of SECURE_PROTOCOL_BITS) if (mask & bit && (v === 'TLSv1.2' ? floor !== 'TLSv1.3' : v === 'TLSv1.3')) keep |= bit;
  return keep || (floor === 'TLSv1.3' ? 0x2000 : 0x800);
}

export const secureProtocolsMask: Rule = {
  meta: {
    id: 'windows/secure-protocols-mask',
    title: 'WinHTTP or WinINet protocol mask includes legacy versions',
    description:
      '`DefaultSecureProtocols` (WinHTTP, `…\\Internet Settings\\WinHttp`, also under `Wow6432Node`) and `SecureProtocols` (WinINet and Internet Explorer, also set by the "Turn off encryption support" policy) are bit masks: 0x8 SSL 2.0, 0x20 SSL 3.0, 0x80 TLS 1.0, 0x200 TLS 1.1, 0x800 TLS 1.2, 0x2000 TLS 1.3. Masks such as 0xA80 or 0xAA0 keep TLS 1.0 (and SSL 3.0) in every WinHTTP/WinINet client.',
    ecosystem: 'Windows & PowerShell',
    catalogue: ['B3', 'B4'],
    docs: ['https://support.microsoft.com/help/3140245', 'https://learn.microsoft.com/windows/win32/winhttp/option-flags'],
    files: { kinds: REGISTRY_KINDS, names: /\.reg$|\.iss$|\.pp$|\.sls$/ },
    keywords: /SecureProtocols/,
    fixable: true,
    safe: '"DefaultSecureProtocols"=dword:00000800 (or 00002800 with TLS 1.3)',
    limits: 'A mask held in a variable, or written with DSC `Hex = $true` and bare hexadecimal digits, is not read.',
  },
  *check(file, ctx) {
    for (const w of registryWrites(file.code, 'DefaultSecureProtocols|SecureProtocols')) {
      if (w.value === undefined) continue;
      const versions = maskVersions(w.value);
      if (versions === undefined) continue;
      const safe = safeMask(w.value, ctx.floor);
      yield {
        start: w.nameStart,
        end: Math.max(w.valueEnd, w.nameStart + w.name.length),
        versions,
        what: writeText(w),
        why: `0x${w.value.toString(16).toUpperCase()} sets the bits of ${SECURE_PROTOCOL_BITS.filter(([b]) => w.value! & b)
          .map(([, v]) => v)
          .join(', ')}`,
        instead: `\`${w.name}\`=0x${safe.toString(16).toUpperCase().padStart(8, '0')}`,
        fix: valueFix(w, safe),
      } satisfies Match;
    }
  },
  examples: {
    valid: [
      {
        file: 'winhttp.reg',
        code: '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp]\n"DefaultSecureProtocols"=dword:00000800\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp]\n"DefaultSecureProtocols"=dword:00002800\n',
      },
      {
        file: 'Set-WinHttp.ps1',
        code: "New-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp' -Name DefaultSecureProtocols -Value 0x00000800 -PropertyType DWORD -Force",
      },
      {
        file: 'ie.cmd',
        code: 'reg add "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings" /v SecureProtocols /t REG_DWORD /d 2048 /f',
        note: 'decimal 2048 = 0x800',
      },
      {
        file: 'Audit.ps1',
        code: "$v = (Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp').DefaultSecureProtocols\nif ($v -band 0x80) { 'TLS 1.0 on' }",
        note: 'a bit test, not a write',
      },
    ],
    invalid: [
      {
        file: 'tls.reg',
        code: '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp]\n"DefaultSecureProtocols"=dword:00000AA0\n',
        findings: ['2:2 SSLv3 TLSv1.0 TLSv1.1'],
        output:
          '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp]\n"DefaultSecureProtocols"=dword:00000800\n',
      },
      {
        file: 'kb3140245.cmd',
        code: 'reg add "HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp" /v DefaultSecureProtocols /t REG_DWORD /d 0x00000A80 /f',
        findings: ['1:99 TLSv1.0 TLSv1.1'],
        output:
          'reg add "HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp" /v DefaultSecureProtocols /t REG_DWORD /d 0x00000800 /f',
      },
      {
        file: 'Client.ps1',
        code: "Set-ItemProperty -Path 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings' -Name SecureProtocols -Value 2688",
        findings: ['1:98 TLSv1.0 TLSv1.1'],
        note: 'decimal 2688 = 0xA80',
      },
      {
        file: 'winhttp.reg',
        code: '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp]\n"DefaultSecureProtocols"=dword:00000a00\n',
        findings: ['2:2 TLSv1.1'],
        note: '0xA00 is TLS 1.1 + TLS 1.2',
      },
    ],
  },
};
