import type { Severity } from '../../../policy.js';
import { below, type VersionSet } from '../../../versions.js';
import type { Match, Rule } from '../../rule.js';
import { clipVb, FRAMEWORK_46, LEGACY_SSL3_TLS } from './shared.js';

// ---------------------------------------------------------------------------------------------
// A13: target framework
// ---------------------------------------------------------------------------------------------

/** What an app targeting .NET Framework `version` (`4.5.2`) uses by default, or undefined for 4.7+. */
function frameworkDefault(version: string): { versions: VersionSet; why: string } | undefined {
  const m = /^(\d)(?:\.(\d))?(?:\.(\d))?$/.exec(version);
  if (!m) return undefined;
  const n = Number(m[1]) * 100 + Number(m[2] ?? 0) * 10 + Number(m[3] ?? 0);
  if (n < 200 || n >= 470) return undefined;
  if (n < 460)
    return {
      versions: LEGACY_SSL3_TLS,
      why: `an app that targets .NET Framework ${version} defaults to \`Ssl3 | Tls\` unless the registry (\`SchUseStrongCrypto\`) overrides it`,
    };
  return {
    versions: FRAMEWORK_46,
    why: `an app that targets .NET Framework ${version} defaults to \`Tls | Tls11 | Tls12\` instead of the OS default`,
  };
}

/** `net452` → `4.5.2`; `net48` → `4.8`; anything else (netstandard, net8.0) → undefined. */
function tfmVersion(tfm: string): string | undefined {
  const m = /^net([1-4])(\d)(\d)?$/i.exec(tfm.trim());
  return m ? [m[1], m[2], m[3]].filter((x) => x !== undefined).join('.') : undefined;
}

function isApp(code: string): boolean {
  return (
    /<OutputType>\s*(?:Win)?Exe\s*</i.test(code) ||
    /Sdk\s*=\s*"Microsoft\.NET\.Sdk\.Web/i.test(code) ||
    /349c5851-65df-11da-9384-00065b846f21/i.test(code)
  );
}

export const targetFramework: Rule = {
  meta: {
    id: 'dotnet/target-framework',
    title: '.NET Framework target defaults to legacy TLS',
    description:
      "On .NET Framework the target version picks `ServicePointManager`'s default: an app targeting 4.5.2 or earlier gets `Ssl3 | Tls`, 4.6–4.6.2 gets `Tls | Tls11 | Tls12`, and only 4.7+ uses the OS default (`SystemDefault`). Read from `<TargetFrameworkVersion>`, SDK-style `<TargetFramework(s)>`, `<httpRuntime targetFramework>` and `<supportedRuntime sku>`.",
    ecosystem: '.NET',
    catalogue: ['A13'],
    docs: [
      'https://learn.microsoft.com/dotnet/framework/network-programming/tls#audit-your-code-and-make-code-changes',
      'https://learn.microsoft.com/dotnet/api/system.web.configuration.httpruntimesection.targetframework',
    ],
    files: { kinds: ['msbuild', 'xml'] },
    keywords: /TargetFramework|supportedRuntime/,
    fixable: false,
    safe: '<TargetFrameworkVersion>v4.8</TargetFrameworkVersion>',
    limits:
      "Informational: the registry (`SchUseStrongCrypto`, `SystemDefaultTlsVersions`), AppContext switches or an explicit `SecurityProtocol` override the default; a library's target does not decide it (the app's does), so libraries get a note and apps a warning. An ASP.NET app without `<httpRuntime targetFramework>` runs in 4.0 compatibility mode, which is not reported.",
  },
  *check(file, ctx) {
    const code = file.code;
    const report = function* (at: number, end: number, version: string, severity: Severity, instead: string): Generator<Match> {
      const d = frameworkDefault(version);
      if (!d || below(d.versions, ctx.floor) === 0) return;
      yield { start: at, end, versions: d.versions, what: clipVb(file.text.slice(at, end)), why: d.why, instead, severity };
    };
    if (file.kind === 'msbuild') {
      const severity: Severity = isApp(code) ? 'warning' : 'note';
      for (const m of code.matchAll(/<TargetFrameworkVersion>\s*v?(\d(?:\.\d){1,2})\s*<\/TargetFrameworkVersion>/g)) {
        yield* report(
          m.index,
          m.index + m[0].length,
          m[1],
          severity,
          '`<TargetFrameworkVersion>v4.8</TargetFrameworkVersion>` (4.7+ uses the OS default)',
        );
      }
      for (const m of code.matchAll(/<TargetFrameworks?>([^<]{1,400})<\/TargetFrameworks?>/g)) {
        const valueStart = m.index + m[0].indexOf('>') + 1;
        for (const t of m[1].matchAll(/[^;\s]+/g)) {
          const version = tfmVersion(t[0]);
          if (version)
            yield* report(
              valueStart + t.index,
              valueStart + t.index + t[0].length,
              version,
              severity,
              '`net48` (or .NET 6+); 4.7+ uses the OS default',
            );
        }
      }
      return;
    }
    for (const m of code.matchAll(/<httpRuntime\b[^>]{0,500}?\btargetFramework\s*=\s*"v?(\d(?:\.\d){1,2})"/g)) {
      yield* report(m.index, m.index + m[0].length, m[1], 'warning', '`<httpRuntime targetFramework="4.8" />` (4.7+ uses the OS default)');
    }
    for (const m of code.matchAll(
      /<supportedRuntime\b[^>]{0,300}?\bsku\s*=\s*"\.NETFramework\s*,\s*Version\s*=\s*v(\d(?:\.\d){1,2})[^"]{0,60}"/g,
    )) {
      yield* report(m.index, m.index + m[0].length, m[1], 'note', '`sku=".NETFramework,Version=v4.8"` with the app built for 4.8');
    }
  },
  examples: {
    valid: [
      {
        file: 'src/App/App.csproj',
        code: '<PropertyGroup>\n  <OutputType>Exe</OutputType>\n  <TargetFrameworkVersion>v4.8</TargetFrameworkVersion>\n</PropertyGroup>',
      },
      {
        file: 'src/Lib/Lib.csproj',
        code: '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFrameworks>netstandard2.0;net6.0;net8.0</TargetFrameworks>\n  </PropertyGroup>\n</Project>',
        note: 'netstandard and net6.0+ are not .NET Framework',
      },
      {
        file: 'packages.config',
        code: '<packages>\n  <package id="Newtonsoft.Json" version="13.0.1" targetFramework="net45" />\n</packages>',
        note: 'the framework a package was installed for',
      },
      {
        file: 'Web.config',
        code: '<system.web>\n  <compilation debug="true" targetFramework="4.5" />\n  <httpRuntime targetFramework="4.7.2" />\n</system.web>',
        note: '`compilation` does not choose the runtime behaviour',
      },
      {
        file: 'src/App/App.csproj',
        code: "<PropertyGroup Condition=\"'$(TargetFramework)' == 'net45'\">\n  <DefineConstants>NET45</DefineConstants>\n</PropertyGroup>",
        note: 'a condition, not a target',
      },
      { file: 'App.config', code: '<startup>\n  <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />\n</startup>' },
    ],
    invalid: [
      {
        file: 'src/Service/Service.csproj',
        code: '<PropertyGroup>\n  <OutputType>WinExe</OutputType>\n  <TargetFrameworkVersion>v4.5.2</TargetFrameworkVersion>\n</PropertyGroup>',
        findings: ['3:3 SSLv3 TLSv1.0'],
        severity: 'warning',
      },
      {
        file: 'src/Lib/Lib.csproj',
        code: '<PropertyGroup>\n  <OutputType>Library</OutputType>\n  <TargetFrameworkVersion>v4.6.1</TargetFrameworkVersion>\n</PropertyGroup>',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        severity: 'note',
        note: 'library: the app decides',
      },
      {
        file: 'src/Lib/Lib.csproj',
        code: '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFrameworks>net452;net8.0</TargetFrameworks>\n  </PropertyGroup>\n</Project>',
        findings: ['3:23 SSLv3 TLSv1.0'],
        severity: 'note',
        note: 'multi-target: only the .NET Framework target',
      },
      {
        file: 'src/Tool/Tool.csproj',
        code: '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>net45</TargetFramework>\n  </PropertyGroup>\n</Project>',
        findings: ['4:22 SSLv3 TLSv1.0'],
        severity: 'warning',
      },
      {
        file: 'Web.config',
        code: '<system.web>\n  <compilation targetFramework="4.5" />\n  <httpRuntime targetFramework="4.5" maxRequestLength="4096" />\n</system.web>',
        findings: ['3:3 SSLv3 TLSv1.0'],
        severity: 'warning',
      },
      {
        file: 'App.config',
        code: '<startup>\n  <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.5.2" />\n</startup>',
        findings: ['2:3 SSLv3 TLSv1.0'],
        severity: 'note',
      },
    ],
  },
};
