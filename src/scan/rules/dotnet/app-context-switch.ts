import type { Severity } from '../../../policy.js';
import type { VersionSet } from '../../../versions.js';
import type { Match, Rule } from '../../rule.js';
import type { SourceFile } from '../../source.js';
import { clipVb, FRAMEWORK_46, LEGACY_SSL3_TLS } from './shared.js';

// ---------------------------------------------------------------------------------------------
// A11, A12: AppContext switches
// ---------------------------------------------------------------------------------------------

interface SwitchInfo {
  readonly versions: VersionSet;
  readonly severity?: Severity;
  readonly why: string;
}

const SWITCHES: Readonly<Record<string, SwitchInfo>> = {
  'switch.system.net.dontenableschusestrongcrypto': {
    versions: LEGACY_SSL3_TLS,
    why: 'without strong crypto the default protocols fall back to `Ssl3 | Tls` (and RC4 is allowed)',
  },
  'switch.system.net.dontenablesystemdefaulttlsversions': {
    versions: FRAMEWORK_46,
    severity: 'warning',
    why: "the default becomes the framework's fixed list `Tls | Tls11 | Tls12` instead of the OS's",
  },
  'switch.system.servicemodel.disableusingservicepointmanagersecurityprotocols': {
    versions: FRAMEWORK_46,
    severity: 'warning',
    why: 'WCF falls back to its own list `Tls | Tls11 | Tls12`',
  },
  'switch.system.servicemodel.dontenablesystemdefaulttlsversions': {
    versions: FRAMEWORK_46,
    severity: 'warning',
    why: 'WCF uses the fixed list `Tls | Tls11 | Tls12` instead of the OS default',
  },
};

const SWITCH_NAME =
  /Switch\.System\.(?:Net\.DontEnableSchUseStrongCrypto|Net\.DontEnableSystemDefaultTlsVersions|ServiceModel\.DisableUsingServicePointManagerSecurityProtocols|ServiceModel\.DontEnableSystemDefaultTlsVersions)/i;

function switchMatch(
  file: SourceFile,
  name: string,
  start: number,
  end: number,
  valueStart: number,
  valueEnd: number,
  falseText: string,
): Match | undefined {
  const info = SWITCHES[name.toLowerCase()];
  if (!info) return undefined;
  return {
    start,
    end,
    versions: info.versions,
    what: clipVb(file.text.slice(start, end)),
    why: info.why,
    instead: `remove the \`${name}\` switch or set it to \`${falseText}\``,
    severity: info.severity,
    fix: { start: valueStart, end: valueEnd, text: falseText },
  };
}

/**
 * The switch names the file assigns to identifiers (`const string Sw = "Switch.…";`), the first per
 * name: read once, so that `SetSwitch(Sw, true)` does not search the whole file for each call.
 */
function switchConstants(file: SourceFile): ReadonlyMap<string, string> {
  const byName = new Map<string, string>();
  for (const m of file.code.matchAll(/\b(\w+)\b(?:\s+As\s+String)?\s*=\s*"(Switch\.[\w.]{1,120})"/g)) {
    if (!byName.has(m[1])) byName.set(m[1], m[2]);
  }
  return byName;
}

export const appContextSwitch: Rule = {
  meta: {
    id: 'dotnet/appcontext-tls-switch',
    title: '.NET AppContext switch re-enables legacy TLS defaults',
    description:
      '`Switch.System.Net.DontEnableSchUseStrongCrypto=true` makes .NET Framework default to `Ssl3 | Tls` (CA5361); `DontEnableSystemDefaultTlsVersions` and the WCF switches replace the OS default with the fixed list `Tls | Tls11 | Tls12`. Set in `<AppContextSwitchOverrides>`, `AppContext.SetSwitch`, `runtimeconfig.json` or `<RuntimeHostConfigurationOption>`.',
    ecosystem: '.NET',
    catalogue: ['A11', 'A12'],
    docs: [
      'https://learn.microsoft.com/dotnet/framework/network-programming/tls#configure-security-via-appcontext-switches-for-net-framework-46-or-later-versions',
      'https://learn.microsoft.com/dotnet/fundamentals/code-analysis/quality-rules/ca5361',
    ],
    files: { kinds: ['xml', 'msbuild', 'json', 'csharp', 'vb', 'fsharp', 'powershell'] },
    keywords: /DontEnableSchUseStrongCrypto|DontEnableSystemDefaultTlsVersions|DisableUsingServicePointManagerSecurityProtocols/,
    fixable: true,
    safe: '<AppContextSwitchOverrides value="Switch.System.Net.DontEnableSchUseStrongCrypto=false" />',
    limits: 'Switch names built at run time are unknown; the effect of the `SystemDefault` switches depends on the OS registry.',
  },
  *check(file) {
    const code = file.code;
    // <AppContextSwitchOverrides value="A=true;B=false" />
    for (const m of code.matchAll(/<AppContextSwitchOverrides\b[^>]{0,400}?\bvalue\s*=\s*(["'])([^"'<>]{0,2000})\1/g)) {
      const valueStart = m.index + m[0].length - 1 - m[2].length;
      for (const sw of m[2].matchAll(/(Switch\.[\w.]{1,120})\s*=\s*(true)\b/gi)) {
        const at = valueStart + sw.index;
        const tStart = at + sw[0].length - sw[2].length;
        const r = switchMatch(file, sw[1], at, at + sw[0].length, tStart, tStart + sw[2].length, 'false');
        if (r) yield r;
      }
    }
    // <RuntimeHostConfigurationOption Include="Switch…" Value="true" />
    for (const m of code.matchAll(
      /<RuntimeHostConfigurationOption\b[^>]{0,300}?\bInclude\s*=\s*"(Switch\.[\w.]{1,120})"[^>]{0,300}?\bValue\s*=\s*"(true)"/gi,
    )) {
      const tStart = m.index + m[0].length - 1 - m[2].length;
      const r = switchMatch(file, m[1], m.index, m.index + m[0].length + 1, tStart, tStart + 4, 'false');
      if (r) yield r;
    }
    // runtimeconfig.json: "Switch…": true
    if (file.kind === 'json') {
      for (const m of code.matchAll(/"(Switch\.[\w.]{1,120})"\s*:\s*(true|"true")/gi)) {
        const tStart = m.index + m[0].length - m[2].length;
        const r = switchMatch(
          file,
          m[1],
          m.index,
          m.index + m[0].length,
          tStart,
          tStart + m[2].length,
          m[2].startsWith('"') ? '"false"' : 'false',
        );
        if (r) yield r;
      }
    }
    // AppContext.SetSwitch("Switch…", true) / [AppContext]::SetSwitch('Switch…', $true), also via a constant.
    if (file.kind !== 'xml' && file.kind !== 'msbuild' && file.kind !== 'json') {
      for (const m of file.text.matchAll(/\bSetSwitch\s*\(\s*([^,()\n]{1,200}?)\s*,\s*(true|True|\$true)\s*\)/g)) {
        if (code.slice(m.index, m.index + 9) !== 'SetSwitch') continue; // commented out
        const arg = m[1].trim();
        let name: string | undefined;
        const literal = /^@?["']([^"']+)["']$/.exec(arg);
        if (literal) name = literal[1];
        else if (/^[\w.]+$/.test(arg)) {
          const id = arg.slice(arg.lastIndexOf('.') + 1);
          name = file.fact(switchConstants).get(id);
        }
        if (!name || !SWITCH_NAME.test(name)) continue;
        const tStart = m.index + m[0].length - 1 - m[2].length;
        const r = switchMatch(
          file,
          name,
          m.index,
          m.index + m[0].length,
          tStart,
          tStart + m[2].length,
          m[2] === '$true' ? '$false' : m[2] === 'True' ? 'False' : 'false',
        );
        if (r) yield r;
      }
    }
  },
  examples: {
    valid: [
      {
        file: 'App.config',
        code: '<runtime>\n  <AppContextSwitchOverrides value="Switch.System.Net.DontEnableSchUseStrongCrypto=false;Switch.System.Net.DontEnableSystemDefaultTlsVersions=false" />\n</runtime>',
      },
      {
        file: 'Web.config',
        code: '<!-- <AppContextSwitchOverrides value="Switch.System.Net.DontEnableSchUseStrongCrypto=true" /> -->',
        note: 'commented out',
      },
      { file: 'src/Program.cs', code: 'AppContext.SetSwitch("Switch.System.Net.DontEnableSchUseStrongCrypto", false);' },
      {
        file: 'src/Program.cs',
        code: 'AppContext.SetSwitch("System.Net.Http.SocketsHttpHandler.Http2UnencryptedSupport", true);',
        note: 'an unrelated switch',
      },
      {
        file: 'src/Program.cs',
        code: 'if (AppContext.TryGetSwitch("Switch.System.Net.DontEnableSchUseStrongCrypto", out var on) && on) Warn();',
        note: 'reading a switch',
      },
      {
        file: 'app.runtimeconfig.template.json',
        code: '{ "configProperties": { "Switch.System.Net.DontEnableSystemDefaultTlsVersions": false } }',
      },
    ],
    invalid: [
      {
        file: 'App.config',
        code: '<configuration>\n  <runtime>\n    <AppContextSwitchOverrides value="Switch.System.Net.DontEnableSchUseStrongCrypto=true" />\n  </runtime>\n</configuration>',
        findings: ['3:39 SSLv3 TLSv1.0'],
        output:
          '<configuration>\n  <runtime>\n    <AppContextSwitchOverrides value="Switch.System.Net.DontEnableSchUseStrongCrypto=false" />\n  </runtime>\n</configuration>',
      },
      {
        file: 'Web.config',
        code: '<AppContextSwitchOverrides value="Switch.System.IdentityModel.DisableMultipleDNSEntriesInSANCertificate=true;Switch.System.Net.DontEnableSystemDefaultTlsVersions=true;Switch.System.ServiceModel.DisableUsingServicePointManagerSecurityProtocols=true" />',
        findings: ['1:110 TLSv1.0 TLSv1.1', '1:168 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'several switches separated by `;`',
      },
      {
        file: 'src/Startup.cs',
        code: 'AppContext.SetSwitch("Switch.System.Net.DontEnableSchUseStrongCrypto", true);',
        findings: ['1:12 SSLv3 TLSv1.0'],
        output: 'AppContext.SetSwitch("Switch.System.Net.DontEnableSchUseStrongCrypto", false);',
      },
      {
        file: 'src/Startup.cs',
        code: 'private const string WeakCrypto = "Switch.System.Net.DontEnableSchUseStrongCrypto";\nstatic void Init() => AppContext.SetSwitch(WeakCrypto, true);',
        findings: ['2:34 SSLv3 TLSv1.0'],
        note: 'switch name in a constant',
      },
      {
        file: 'src/Startup.vb',
        code: 'AppContext.SetSwitch("Switch.System.ServiceModel.DontEnableSystemDefaultTlsVersions", True)',
        findings: ['1:12 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'setup.ps1',
        code: "[AppContext]::SetSwitch('Switch.System.Net.DontEnableSchUseStrongCrypto', $true)",
        findings: ['1:15 SSLv3 TLSv1.0'],
      },
      {
        file: 'Service.csproj',
        code: '<ItemGroup>\n  <RuntimeHostConfigurationOption Include="Switch.System.Net.DontEnableSchUseStrongCrypto" Value="true" />\n</ItemGroup>',
        findings: ['2:3 SSLv3 TLSv1.0'],
      },
      {
        file: 'app.runtimeconfig.json',
        code: '{\n  "runtimeOptions": {\n    "configProperties": {\n      "Switch.System.Net.DontEnableSchUseStrongCrypto": true\n    }\n  }\n}',
        findings: ['4:7 SSLv3 TLSv1.0'],
      },
    ],
  },
};
