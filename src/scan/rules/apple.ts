/**
 * Apple platforms: App Transport Security exceptions in Info.plist (and the JSON/YAML/JS that
 * generates it: Expo, XcodeGen, Capacitor, Cordova), URLSessionConfiguration protocol bounds,
 * Network.framework `sec_protocol_options_*`, SecureTransport `SSLSetProtocolVersion*` and the
 * CFStream/NSStream socket security levels, in Swift, Objective-C and Xamarin C#.
 */
import { atLeast, atMost, parseVersion, range, setOf, type Version, type VersionSet } from '../../versions.js';
import { clip, findSettings } from '../define.js';
import { respell } from '../evaluate.js';
import type { FileKind } from '../file-kinds.js';
import type { Match, Rule, RuleContext } from '../rule.js';
import type { SourceFile } from '../source.js';
import { lastNewline } from '../source.js';

// ---------------------------------------------------------------------------------------------
// J1: ATS NSExceptionMinimumTLSVersion
// ---------------------------------------------------------------------------------------------

const ATS_KEYS = /NS(?:Temporary|ThirdParty)?ExceptionMinimumTLSVersion/;
const ATS_KINDS: readonly FileKind[] = ['plist', 'xml', 'json', 'yaml', 'js', 'ts', 'ruby', 'toml', 'python', 'shell', 'makefile', 'other'];

const PROGRAM_KINDS: readonly FileKind[] = ['js', 'ts', 'ruby', 'python'];
const TEST_PATH = /(?:^|\/)(?:tests?|specs?|__tests__|testdata|fixtures?)\/|(?:^|\/)test_[^/]*$|[._-](?:test|spec)\.[a-z]+$/i;

function atsValue(raw: string): Version | undefined {
  const v = raw.trim().replace(/^@?["']|["']$/g, '');
  // Only the spellings ATS accepts: TLSv1.0 … TLSv1.3.
  return /^TLSv1\.[0-3]$/i.test(v) ? parseVersion(v) : undefined;
}

export const atsMinimumTlsVersion: Rule = {
  meta: {
    id: 'apple/ats-minimum-tls-version',
    title: 'App Transport Security exception lowers the minimum TLS version',
    description:
      '`NSExceptionMinimumTLSVersion` (and `NSTemporaryExceptionMinimumTLSVersion`, `NSThirdPartyExceptionMinimumTLSVersion`) in an `NSExceptionDomains` entry of Info.plist lets the app connect to that domain with TLS 1.0 or 1.1 instead of the ATS minimum of TLS 1.2.',
    ecosystem: 'Apple platforms',
    catalogue: ['J1'],
    docs: ['https://developer.apple.com/documentation/bundleresources/information_property_list/nsapptransportsecurity/nsexceptiondomains'],
    files: { kinds: ATS_KINDS, names: /plist/ },
    keywords: /ExceptionMinimumTLSVersion/,
    fixable: true,
    safe: '<key>NSExceptionMinimumTLSVersion</key><string>TLSv1.2</string>',
    limits:
      'Binary plists are not read. `NSAllowsArbitraryLoads` (which also allows plain HTTP) is broader than a TLS version and is not reported by this rule.',
  },
  *check(file: SourceFile, ctx: RuleContext): Iterable<Match> {
    const code = file.code;
    // Plist text inside a program's tests is a fixture (of a plist checker), not an app's Info.plist.
    if (PROGRAM_KINDS.includes(file.kind) && TEST_PATH.test(file.path)) return;
    const target = ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2';
    const report = (start: number, end: number, key: string, valueStart: number, raw: string): Match | undefined => {
      const v = atsValue(raw);
      if (!v) return undefined;
      const lead = raw.length - raw.trimStart().length;
      const token = raw.trim().replace(/^@?["']|["']$/g, '');
      const at = valueStart + lead + raw.trim().indexOf(token);
      return {
        start,
        end,
        versions: atLeast(v),
        what: `${key} ${token}`,
        instead: `\`<key>${key}</key><string>${target}</string>\` (or remove the exception)`,
        fix: { start: at, end: at + token.length, text: target },
      };
    };
    // Info.plist XML: <key>NSExceptionMinimumTLSVersion</key> <string>TLSv1.0</string>
    const plist =
      /<key>[ \t]*(NS(?:Temporary|ThirdParty)?ExceptionMinimumTLSVersion)[ \t]*<\/key>(?:\s|\\[nrt]){0,200}<string>([^<\n]{1,40})<\/string>/g;
    const seen = new Set<number>();
    for (let m = plist.exec(code); m; m = plist.exec(code)) {
      const valueStart = m.index + m[0].length - '</string>'.length - m[2].length;
      const r = report(m.index, m.index + m[0].length, m[1], valueStart, m[2]);
      seen.add(m.index + m[0].indexOf(m[1]));
      if (r) yield r;
    }
    // PlistBuddy `Add :…:NSExceptionMinimumTLSVersion string TLSv1.0`, plutil `-insert … -string TLSv1.0`.
    const tool =
      /(NS(?:Temporary|ThirdParty)?ExceptionMinimumTLSVersion)(?:[ \t]+string|[ \t]+-string)?[ \t]+(["']?)(TLSv1\.[0-3])\2(?![\w.])/g;
    for (let m = tool.exec(code); m; m = tool.exec(code)) {
      if (
        !/[:.]$/.test(code.slice(Math.max(0, m.index - 1), m.index)) &&
        !/PlistBuddy|plutil/.test(code.slice(lastNewline(code, m.index) + 1, m.index))
      )
        continue;
      const valueStart = m.index + m[0].length - m[2].length - m[3].length;
      seen.add(m.index);
      const r = report(m.index, m.index + m[0].length, m[1], valueStart, m[3]);
      if (r) yield r;
    }
    // JSON / YAML / JS objects (Expo `ios.infoPlist`, XcodeGen `info.properties`, Capacitor).
    for (const s of findSettings(file, ATS_KEYS, { spaceSeparated: false })) {
      if (seen.has(s.keyStart) || code[s.keyStart - 1] === '>') continue;
      const r = report(s.keyStart, s.end, s.key, s.valueStart, s.value);
      if (r) yield r;
    }
  },
  examples: {
    valid: [
      {
        file: 'App/Info.plist',
        code: '<key>NSAppTransportSecurity</key>\n<dict>\n  <key>NSExceptionDomains</key>\n  <dict>\n    <key>api.example.com</key>\n    <dict>\n      <key>NSExceptionMinimumTLSVersion</key>\n      <string>TLSv1.2</string>\n    </dict>\n  </dict>\n</dict>',
      },
      {
        file: 'ios/Runner/Info.plist',
        code: '<key>NSExceptionMinimumTLSVersion</key>\n<string>TLSv1.3</string>\n<!-- <key>NSExceptionMinimumTLSVersion</key><string>TLSv1.0</string> -->',
        note: 'commented-out exception',
      },
      {
        file: 'app.json',
        code: '{ "expo": { "ios": { "infoPlist": { "NSAppTransportSecurity": { "NSExceptionDomains": { "example.com": { "NSExceptionMinimumTLSVersion": "TLSv1.2" } } } } } } }',
      },
      {
        file: 'Info.plist',
        code: '<key>NSTemporaryExceptionMinimumTLSVersion</key>\n<string>$(ATS_MIN_TLS)</string>',
        note: 'build setting: unknown',
      },
      {
        file: 'tests/test_plist_checks.py',
        code: 'def test_flags_tls10():\n    content = """\n<key>NSExceptionMinimumTLSVersion</key>\n<string>TLSv1.0</string>\n"""\n    assert check_plist(content)',
        note: 'a plist fixture in the tests of a plist checker',
      },
      {
        file: 'Sources/ATS.swift',
        code: 'let minimum = ats["NSExceptionMinimumTLSVersion"] as? String\nif minimum == "TLSv1.0" { warn() }',
        note: 'reading the key is not setting it',
      },
    ],
    invalid: [
      {
        file: 'App/Info.plist',
        code: '<dict>\n\t<key>legacy.example.com</key>\n\t<dict>\n\t\t<key>NSIncludesSubdomains</key>\n\t\t<true/>\n\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t<string>TLSv1.0</string>\n\t</dict>\n</dict>',
        findings: ['7:11 TLSv1.0 TLSv1.1'],
        output:
          '<dict>\n\t<key>legacy.example.com</key>\n\t<dict>\n\t\t<key>NSIncludesSubdomains</key>\n\t\t<true/>\n\t\t<key>NSExceptionMinimumTLSVersion</key>\n\t\t<string>TLSv1.2</string>\n\t</dict>\n</dict>',
      },
      {
        file: 'Info.plist',
        code: '<key>NSThirdPartyExceptionMinimumTLSVersion</key><string>TLSv1.1</string>',
        findings: ['1:1 TLSv1.1'],
        output: '<key>NSThirdPartyExceptionMinimumTLSVersion</key><string>TLSv1.2</string>',
      },
      {
        file: 'app.config.js',
        code: "export default {\n  ios: {\n    infoPlist: {\n      NSAppTransportSecurity: {\n        NSExceptionDomains: {\n          'cdn.example.com': { NSTemporaryExceptionMinimumTLSVersion: 'TLSv1.0' },\n        },\n      },\n    },\n  },\n};",
        findings: ['6:32 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'project.yml',
        code: 'targets:\n  App:\n    info:\n      properties:\n        NSAppTransportSecurity:\n          NSExceptionDomains:\n            old.example.org:\n              NSExceptionMinimumTLSVersion: TLSv1.1\n',
        findings: ['8:15 TLSv1.1'],
        note: 'XcodeGen',
      },
      {
        file: 'config.xml',
        code: '<edit-config file="*-Info.plist" mode="merge" target="NSAppTransportSecurity">\n  <dict><key>NSExceptionDomains</key><dict><key>example.net</key><dict>\n    <key>NSExceptionMinimumTLSVersion</key>\n    <string>TLSv1.0</string>\n  </dict></dict></dict>\n</edit-config>',
        findings: ['4:13 TLSv1.0 TLSv1.1'],
        note: 'Cordova config.xml',
      },
      {
        file: 'scripts/patch-ats.sh',
        code: '/usr/libexec/PlistBuddy -c "Add :NSAppTransportSecurity:NSExceptionDomains:legacy.example.com:NSExceptionMinimumTLSVersion string TLSv1.0" "$INFOPLIST"',
        findings: ['1:95 TLSv1.0 TLSv1.1'],
        output:
          '/usr/libexec/PlistBuddy -c "Add :NSAppTransportSecurity:NSExceptionDomains:legacy.example.com:NSExceptionMinimumTLSVersion string TLSv1.2" "$INFOPLIST"',
        note: 'PlistBuddy in a build script',
      },
      {
        file: 'tools/patch_plist.py',
        code: 'entry = "<key>" + domain + "</key><dict>"\nentry += "<key>NSExceptionMinimumTLSVersion</key>\\n<string>TLSv1.1</string>"',
        findings: ['2:11 TLSv1.1'],
        note: 'plist text built by a script',
      },
      {
        file: 'Info.plist',
        code: '<key>NSExceptionMinimumTLSVersion</key>\n<string>TLSv1.2</string>',
        floor: 'TLSv1.3',
        findings: ['2:9 TLSv1.2'],
        output: '<key>NSExceptionMinimumTLSVersion</key>\n<string>TLSv1.3</string>',
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// J2/J3: protocol versions in Swift, Objective-C and Xamarin code
// ---------------------------------------------------------------------------------------------

const CODE_KINDS: readonly FileKind[] = ['swift', 'objc', 'c', 'cpp', 'csharp', 'fsharp'];

/** An Apple protocol constant: `.TLSv10`, `tls_protocol_version_TLSv11`, `kTLSProtocol1`, `.sslProtocol3`, `0x0301`. */
function appleVersion(token: string): Version | undefined {
  const t = token
    .trim()
    .replace(/^\./, '')
    .replace(/^(?:SSLProtocol|tls_protocol_version_t|TlsProtocolVersion|SslProtocol|NWProtocolTLS\.Version)\s*\.\s*/i, '')
    .toLowerCase();
  const raw =
    /^tls_protocol_version_t\s*\(\s*rawvalue\s*:\s*(0x[0-9a-f]{1,4}|\d{1,4})\s*\)!?$/.exec(t)?.[1] ??
    (/^(0x03\d\d|7[67]\d)$/.test(t) ? t : undefined);
  if (raw !== undefined) {
    const n = raw.startsWith('0x') ? parseInt(raw, 16) : Number(raw);
    return ({ 0x300: 'SSLv3', 0x301: 'TLSv1.0', 0x302: 'TLSv1.1', 0x303: 'TLSv1.2', 0x304: 'TLSv1.3' } as Record<number, Version>)[n];
  }
  const nw = /^(?:tls_protocol_version_)?(d?tls)v1([0-3])$/.exec(t);
  if (nw) return nw[1] === 'dtls' ? (nw[2] === '0' ? 'TLSv1.1' : nw[2] === '2' ? 'TLSv1.2' : undefined) : parseVersion(`tls1${nw[2]}`);
  const st = /^k?(ssl|tls|dtls)protocol(\d{1,2})(?:only)?$/.exec(t);
  if (st) {
    if (st[1] === 'dtls') return st[2] === '1' ? 'TLSv1.1' : st[2] === '12' ? 'TLSv1.2' : undefined;
    return parseVersion(`${st[1]}${st[2]}`);
  }
  // Xamarin: SslProtocol.Tls_1_0, TlsProtocolVersion.Tls10
  return /^(?:tls|ssl)_?\d(?:_?\d)?$/.test(t) ? parseVersion(t) : undefined;
}

/** The constant rewritten for `target`, in its own style (`.TLSv10` → `.TLSv12`, `kSSLProtocol3` → `kTLSProtocol12`). */
function appleRespell(token: string, target: Version): string | undefined {
  const digits = target === 'TLSv1.3' ? '13' : '12';
  if (/TLSv1[0-3]$/i.test(token))
    return token
      .replace(/DTLSv1[0-3]$/i, (s) => `${s.slice(0, 1)}${s.slice(1, 5)}${digits}`)
      .replace(/(?<!D)TLSv1[0-3]$/i, (s) => `${s.slice(0, 4)}${digits}`);
  const st = /^(.*?)(ssl|tls|dtls)(protocol)(\d{1,2})(only)?$/i.exec(token);
  if (st && !st[5]) {
    const proto = st[2] === 'SSL' ? 'TLS' : st[2] === 'ssl' ? 'tls' : st[2];
    return `${st[1]}${proto}${st[3]}${digits}`;
  }
  if (/^(?:\w+\.)?(?:Tls|Ssl)_?\d/i.test(token)) return respell(token, target);
  return undefined;
}

const VALUE = String.raw`(tls_protocol_version_t[ \t]*\([ \t]*rawValue[ \t]*:[ \t]*(?:0x[0-9a-fA-F]{1,4}|\d{1,4})[ \t]*\)!?|[A-Za-z_.][\w.]{0,80}|0x0\d{3})`;

interface Bound {
  readonly kind: 'min' | 'max' | 'only' | 'upto';
  readonly version: Version;
}

function boundSet(b: Bound): VersionSet {
  switch (b.kind) {
    case 'min':
      return atLeast(b.version);
    case 'max':
      // A cap at TLS 1.2 or above does not by itself enable anything older.
      return b.version === 'TLSv1.2' || b.version === 'TLSv1.3' ? range('TLSv1.2', b.version) : atMost(b.version);
    case 'only':
      return setOf(b.version);
    default:
      // SSLSetProtocolVersion(ctx, kTLSProtocol1): "TLS 1.0 preferred, lower versions allowed".
      return range(b.version === 'SSLv3' ? 'SSLv2' : 'SSLv3', b.version);
  }
}

function versionMatch(
  file: SourceFile,
  ctx: RuleContext,
  start: number,
  end: number,
  valueStart: number,
  value: string,
  bound: Bound,
  instead: string,
): Match {
  const target = bound.kind === 'max' ? 'TLSv1.3' : ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2';
  const spelled = bound.kind === 'upto' ? undefined : appleRespell(value, target);
  return {
    start,
    end,
    versions: boundSet(bound),
    what: clip(file.text.slice(start, end)),
    why:
      bound.kind === 'max'
        ? `the maximum is ${bound.version}`
        : bound.kind === 'upto'
          ? 'SSLSetProtocolVersion also allows every lower version'
          : /dtls/i.test(value)
            ? 'DTLS 1.0 is TLS 1.1 over datagrams'
            : undefined,
    instead,
    fix: spelled && appleVersion(spelled) === target ? { start: valueStart, end: valueStart + value.length, text: spelled } : undefined,
  };
}

export const urlSessionTlsVersion: Rule = {
  meta: {
    id: 'apple/urlsession-tls-version',
    title: 'URLSessionConfiguration allows legacy TLS',
    description:
      "`URLSessionConfiguration.tlsMinimumSupportedProtocolVersion` (`tls_protocol_version_t`: `.TLSv10`, `.TLSv11`), the deprecated `tlsMinimumSupportedProtocol` (`SSLProtocol`: `.tlsProtocol1`, `.sslProtocol3`, `kTLSProtocol1`) and the matching `…Maximum…` properties bound what a URLSession negotiates. A minimum of TLS 1.0/1.1 or a maximum below TLS 1.2 enables legacy versions. Xamarin's `NSUrlSessionConfiguration.TlsMinimumSupportedProtocol(Version)` is the same property.",
    ecosystem: 'Apple platforms',
    catalogue: ['J2'],
    docs: ['https://developer.apple.com/documentation/foundation/urlsessionconfiguration/3674552-tlsminimumsupportedprotocolversi'],
    files: { kinds: CODE_KINDS },
    keywords: /SupportedProtocol/,
    fixable: true,
    safe: 'configuration.tlsMinimumSupportedProtocolVersion = .TLSv12',
    limits: 'A value computed at run time or passed in a variable is not followed.',
  },
  *check(file, ctx) {
    const code = file.code;
    const re = new RegExp(
      String.raw`(?<![\w])(?:set)?(tls|TLS|Tls)(Minimum|Maximum)SupportedProtocol(?:Version)?(?:[ \t]*=(?![=])|[ \t]*:(?!:))[ \t]*(?:\([\w ]{1,40}\)[ \t]*)?${VALUE}`,
      'g',
    );
    for (let m = re.exec(code); m; m = re.exec(code)) {
      // Not a comparison: `x.tlsMinimumSupportedProtocolVersion == .TLSv10` has no single `=`.
      const before = code.slice(Math.max(0, m.index - 12), m.index);
      if (/(?:case|==|!=)[ \t]*[\w.]*$/.test(before)) continue;
      const value = m[3];
      const v = appleVersion(value);
      if (!v) continue;
      const max = m[2] === 'Maximum';
      const valueStart = m.index + m[0].length - value.length;
      const key = `${m[1]}${m[2]}SupportedProtocol`;
      yield versionMatch(
        file,
        ctx,
        m.index,
        m.index + m[0].length,
        valueStart,
        value,
        { kind: max ? 'max' : 'min', version: v },
        max
          ? '`tlsMaximumSupportedProtocolVersion = .TLSv13` (or leave the maximum unset)'
          : ctx.floor === 'TLSv1.3'
            ? '`tlsMinimumSupportedProtocolVersion = .TLSv13`'
            : `\`tlsMinimumSupportedProtocolVersion = .TLSv12\`${/Version/.test(m[0]) ? '' : ` (\`${key}\` is deprecated)`}`,
      );
    }
  },
  examples: {
    valid: [
      {
        file: 'Sources/Net/Session.swift',
        code: 'let config = URLSessionConfiguration.default\nconfig.tlsMinimumSupportedProtocolVersion = .TLSv12',
      },
      {
        file: 'Sources/Net/Session.swift',
        code: 'config.tlsMinimumSupportedProtocolVersion = tls_protocol_version_t.TLSv13\nconfig.tlsMaximumSupportedProtocolVersion = .TLSv13',
      },
      {
        file: 'Sources/Net/Audit.swift',
        code: 'if config.tlsMinimumSupportedProtocolVersion == .TLSv10 {\n    logger.warning("TLS 1.0 allowed")\n}',
        note: 'a comparison',
      },
      {
        file: 'Classes/Client.m',
        code: '// config.TLSMinimumSupportedProtocol = kTLSProtocol1;\nconfig.TLSMinimumSupportedProtocol = kTLSProtocol12;',
        note: 'commented out; kTLSProtocol12 is not kTLSProtocol1',
      },
      { file: 'Sources/Net/Session.swift', code: 'config.tlsMinimumSupportedProtocolVersion = minimumVersion', note: 'variable' },
    ],
    invalid: [
      {
        file: 'Sources/Net/Session.swift',
        code: 'let config = URLSessionConfiguration.ephemeral\nconfig.tlsMinimumSupportedProtocolVersion = .TLSv10',
        findings: ['2:8 TLSv1.0 TLSv1.1'],
        output: 'let config = URLSessionConfiguration.ephemeral\nconfig.tlsMinimumSupportedProtocolVersion = .TLSv12',
      },
      {
        file: 'Sources/Legacy.swift',
        code: 'configuration.tlsMinimumSupportedProtocol = .tlsProtocol1',
        findings: ['1:15 TLSv1.0 TLSv1.1'],
        output: 'configuration.tlsMinimumSupportedProtocol = .tlsProtocol12',
      },
      {
        file: 'Classes/HTTPClient.m',
        code: 'NSURLSessionConfiguration *config = [NSURLSessionConfiguration defaultSessionConfiguration];\nconfig.TLSMinimumSupportedProtocol = kSSLProtocol3;',
        findings: ['2:8 SSLv3 TLSv1.0 TLSv1.1'],
        output:
          'NSURLSessionConfiguration *config = [NSURLSessionConfiguration defaultSessionConfiguration];\nconfig.TLSMinimumSupportedProtocol = kTLSProtocol12;',
      },
      {
        file: 'Sources/Net/Session.swift',
        code: 'config.tlsMaximumSupportedProtocolVersion = tls_protocol_version_t.TLSv11',
        findings: ['1:8 TLSv1.0 TLSv1.1'],
        output: 'config.tlsMaximumSupportedProtocolVersion = tls_protocol_version_t.TLSv13',
      },
      {
        file: 'Classes/Client.m',
        code: '[config setTLSMinimumSupportedProtocolVersion:tls_protocol_version_TLSv11];',
        findings: ['1:9 TLSv1.1'],
      },
      {
        file: 'iOS/NativeHandler.cs',
        code: 'var config = NSUrlSessionConfiguration.DefaultSessionConfiguration;\nconfig.TlsMinimumSupportedProtocol = SslProtocol.Tls_1_0;',
        findings: ['2:8 TLSv1.0 TLSv1.1'],
        note: 'Xamarin.iOS',
      },
    ],
  },
};

const STREAM_LEVELS: Readonly<Record<string, Version>> = { tlsv1: 'TLSv1.0', sslv3: 'SSLv3', sslv2: 'SSLv2' };

export const networkTlsVersion: Rule = {
  meta: {
    id: 'apple/network-tls-version',
    title: 'Network.framework, SecureTransport or CFStream allows legacy TLS',
    description:
      'Network.framework `sec_protocol_options_set_min_tls_protocol_version(options, .TLSv10)` (and the deprecated `sec_protocol_options_set_tls_min_version`), SecureTransport `SSLSetProtocolVersionMin(ctx, kTLSProtocol1)`, `SSLSetProtocolVersionEnabled(ctx, kSSLProtocol3, true)`, `SSLSetProtocolVersion`, and the stream security levels `kCFStreamSocketSecurityLevelTLSv1` / `NSStreamSocketSecurityLevelSSLv3` let connections use TLS 1.0, 1.1 or SSL.',
    ecosystem: 'Apple platforms',
    catalogue: ['J3'],
    docs: [
      'https://developer.apple.com/documentation/security/2976223-sec_protocol_options_set_min_tls',
      'https://developer.apple.com/documentation/security/1392882-sslsetprotocolversionmin',
      'https://developer.apple.com/documentation/foundation/nsstreamsocketsecuritylevel',
    ],
    files: { kinds: CODE_KINDS },
    keywords: /sec_protocol_options_set|SSLSetProtocolVersion|SocketSecurityLevel/,
    fixable: true,
    safe: 'sec_protocol_options_set_min_tls_protocol_version(options, .TLSv12)',
    limits:
      'Values passed in variables are not followed; `kCFStreamSocketSecurityLevelNegotiatedSSL` leaves the choice to the system and is not reported.',
  },
  *check(file, ctx) {
    const code = file.code;
    const floorName = ctx.floor === 'TLSv1.3' ? 'TLSv13' : 'TLSv12';
    const call = new RegExp(
      String.raw`\b(sec_protocol_options_set_(min|max)_tls_protocol_version|sec_protocol_options_set_tls_(min|max)_version|SSLSetProtocolVersion(Min|Max|Enabled)?)[ \t]*\(\s{0,40}[^,;(){}]{1,200}?,\s{0,40}${VALUE}\s{0,40}(?:,\s{0,40}(\w{1,10})\s{0,40})?\)`,
      'g',
    );
    for (let m = call.exec(code); m; m = call.exec(code)) {
      const fn = m[1];
      const value = m[5];
      const v = appleVersion(value);
      if (!v) continue;
      const mode = (m[2] ?? m[3] ?? m[4] ?? '').toLowerCase();
      let bound: Bound;
      if (mode === 'min') bound = { kind: 'min', version: v };
      else if (mode === 'max') bound = { kind: 'max', version: v };
      else if (mode === 'enabled') {
        if (!/^(?:true|YES|1|TRUE)$/.test(m[6] ?? '')) continue;
        bound = { kind: 'only', version: v };
      } else bound = /only$/i.test(value) ? { kind: 'only', version: v } : { kind: 'upto', version: v };
      const valueStart = m.index + m[0].indexOf(value, m[0].indexOf(','));
      const instead = fn.startsWith('sec_protocol')
        ? bound.kind === 'max'
          ? '`sec_protocol_options_set_max_tls_protocol_version(options, .TLSv13)` (or no maximum)'
          : `\`sec_protocol_options_set_min_tls_protocol_version(options, .${floorName})\``
        : bound.kind === 'max'
          ? '`SSLSetProtocolVersionMax(ctx, kTLSProtocol13)`'
          : `\`SSLSetProtocolVersionMin(ctx, kTLSProtocol${floorName.slice(-2)})\` (or Network.framework)`;
      yield versionMatch(file, ctx, m.index, m.index + m[0].length, valueStart, value, bound, instead);
    }
    // Stream security levels, where they are set (not compared).
    const level = /\b(?:kCF|NS)StreamSocketSecurityLevel(TLSv1|SSLv3|SSLv2)\b|\bStreamSocketSecurityLevel\.(tlSv1|ssLv3|ssLv2)\b/g;
    for (let m = level.exec(code); m; m = level.exec(code)) {
      const lineStart = lastNewline(code, m.index) + 1;
      const before = code.slice(Math.max(lineStart, m.index - 200), m.index);
      if (/(?:\bcase|==|!=|isEqual\w*:|\breturn)[ \t(@]*$/.test(before)) continue;
      // Set, not listed: after `=`, `:` (message argument, dictionary value), `?` (ternary), `,`
      // (CFReadStreamSetProperty(s, key, level)) or `(` of a setter — not `DB_LOG(level, "level")`.
      const context = /([=:?,([{])[ \t]*(?:\((?:__bridge[ \t]+)?\w+[ \t]*\*?\)[ \t]*)?$/.exec(before);
      if (!context) continue;
      if (
        (context[1] === '(' || context[1] === '[' || context[1] === '{') &&
        !/(?:[Ss]etProperty|setValue|setObject)[ \t]*\([ \t]*(?:\((?:__bridge[ \t]+)?\w+[ \t]*\*?\)[ \t]*)?$/.test(before)
      )
        continue;
      if (/==[^=]{0,80}$|!=[^=]{0,80}$/.test(before)) continue;
      const v = STREAM_LEVELS[(m[1] ?? m[2]).toLowerCase()];
      yield {
        start: m.index,
        end: m.index + m[0].length,
        versions: v === 'TLSv1.0' ? atLeast('TLSv1.0') : v === 'SSLv3' ? atLeast('SSLv3') : setOf('SSLv2', 'SSLv3'),
        what: m[0],
        why: `the ${m[1] ?? m[2]} level allows ${v}`,
        instead:
          '`NSStreamSocketSecurityLevelNegotiatedSSL` (the system default, TLS 1.2+), or Network.framework with `sec_protocol_options_set_min_tls_protocol_version(options, .TLSv12)`',
        fix: m[1]
          ? { start: m.index + m[0].length - m[1].length, end: m.index + m[0].length, text: 'NegotiatedSSL' }
          : { start: m.index + m[0].length - m[2].length, end: m.index + m[0].length, text: 'negotiatedSSL' },
      } satisfies Match;
    }
  },
  examples: {
    valid: [
      {
        file: 'Sources/Transport/TLS.swift',
        code: 'let tls = NWProtocolTLS.Options()\nsec_protocol_options_set_min_tls_protocol_version(tls.securityProtocolOptions, .TLSv12)',
      },
      {
        file: 'Sources/Transport/TLS.swift',
        code: 'sec_protocol_options_set_max_tls_protocol_version(tls.securityProtocolOptions, .TLSv13)',
        note: 'a maximum of 1.3',
      },
      {
        file: 'Classes/Socket.m',
        code: 'SSLSetProtocolVersionMin(ctx, kTLSProtocol12);\nSSLSetProtocolVersionEnabled(ctx, kSSLProtocol3, false);',
        note: 'disabling SSL 3.0',
      },
      {
        file: 'Classes/Socket.m',
        code: 'if ([level isEqualToString:NSStreamSocketSecurityLevelTLSv1]) { NSLog(@"TLS1"); }\nswitch (lvl) { case kCFStreamSocketSecurityLevelSSLv3: break; }',
        note: 'comparisons and switch cases',
      },
      {
        file: 'Classes/Socket.m',
        code: '[settings setObject:NSStreamSocketSecurityLevelNegotiatedSSL forKey:NSStreamSocketSecurityLevelKey];',
        note: 'protocol-neutral level',
      },
      {
        file: 'Headers/NSStream.h',
        code: 'FOUNDATION_EXPORT NSString * const NSStreamSocketSecurityLevelTLSv1;\nLOG_CONSTANT(NSStreamSocketSecurityLevelSSLv3, "NSStreamSocketSecurityLevelSSLv3");',
        note: 'declarations and lists of the constants',
      },
      {
        file: 'Sources/Transport/TLS.swift',
        code: 'sec_protocol_options_set_max_tls_protocol_version(sec, maxVersion ?? .TLSv13)\nSSLSetProtocolVersionMin(ctx, protocolMin);',
        note: 'values computed at run time',
      },
      {
        file: 'Sources/Transport/TLS.swift',
        code: '// sec_protocol_options_set_min_tls_protocol_version(opts, .TLSv10)\nsec_protocol_options_set_min_tls_protocol_version(opts, minimum)',
        note: 'comment; variable',
      },
    ],
    invalid: [
      {
        file: 'Sources/Transport/TLS.swift',
        code: 'let options = NWProtocolTLS.Options()\nsec_protocol_options_set_min_tls_protocol_version(options.securityProtocolOptions, .TLSv10)',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
        output:
          'let options = NWProtocolTLS.Options()\nsec_protocol_options_set_min_tls_protocol_version(options.securityProtocolOptions, .TLSv12)',
      },
      {
        file: 'Sources/Transport/TLS.swift',
        code: 'sec_protocol_options_set_tls_min_version(sec, .tlsProtocol11)',
        findings: ['1:1 TLSv1.1'],
        output: 'sec_protocol_options_set_tls_min_version(sec, .tlsProtocol12)',
      },
      {
        file: 'Classes/GCDSocket.m',
        code: 'SSLSetProtocolVersionMin(sslContext, kTLSProtocol1);',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: 'SSLSetProtocolVersionMin(sslContext, kTLSProtocol12);',
      },
      {
        file: 'Classes/GCDSocket.m',
        code: 'status = SSLSetProtocolVersionEnabled(sslContext, kSSLProtocol3, YES);',
        findings: ['1:10 SSLv3'],
      },
      {
        file: 'Classes/Stream.m',
        code: 'NSDictionary *settings = @{ (__bridge NSString *)kCFStreamSSLLevel: (__bridge NSString *)kCFStreamSocketSecurityLevelTLSv1 };',
        findings: ['1:90 TLSv1.0 TLSv1.1'],
        output:
          'NSDictionary *settings = @{ (__bridge NSString *)kCFStreamSSLLevel: (__bridge NSString *)kCFStreamSocketSecurityLevelNegotiatedSSL };',
      },
      {
        file: 'Sources/Transport/Listener.swift',
        code: 'sec_protocol_options_set_min_tls_protocol_version(\n    options.securityProtocolOptions,\n    .TLSv11\n)',
        findings: ['3:6 TLSv1.1'],
        output: 'sec_protocol_options_set_min_tls_protocol_version(\n    options.securityProtocolOptions,\n    .TLSv12\n)',
        note: 'arguments on their own lines',
      },
      {
        file: 'Classes/WebSocket.m',
        code: '[iStream setProperty:NSStreamSocketSecurityLevelTLSv1 forKey:NSStreamSocketSecurityLevelKey];',
        findings: ['1:22 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'Sources/HTTPConnection.swift',
        code: 'let securityLevel = scheme.isSecure ? NSStreamSocketSecurityLevelTLSv1 : NSStreamSocketSecurityLevelNone\ninput?.setProperty(securityLevel, forKey: NSStreamSocketSecurityLevelKey)',
        findings: ['1:39 TLSv1.0 TLSv1.1'],
        note: 'chosen in a ternary',
      },
      {
        file: 'Sources/Stream.swift',
        code: 'inputStream.setProperty(StreamSocketSecurityLevel.ssLv3, forKey: .socketSecurityLevelKey)',
        findings: ['1:25 SSLv3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'Classes/Socket.m',
        code: 'SSLSetProtocolVersionMax(ctx, kTLSProtocol11);',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: 'SSLSetProtocolVersionMax(ctx, kTLSProtocol13);',
      },
    ],
  },
};

export const rules: readonly Rule[] = [atsMinimumTlsVersion, urlSessionTlsVersion, networkTlsVersion];
