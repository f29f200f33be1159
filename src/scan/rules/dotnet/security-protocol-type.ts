import type { Severity } from '../../../policy.js';
import { below, type Version, type VersionSet } from '../../../versions.js';
import type { Match, Rule, RuleContext } from '../../rule.js';
import type { SourceFile } from '../../source.js';
import {
  valueBranch,
  callEnables,
  clipVb,
  describeAtoms,
  evalFlags,
  expressionEnd,
  findContext,
  flagExpressions,
  type FlagFamily,
  type FlagMatch,
  fromBits,
  inEnum,
  langOf,
  LEGACY_SSL3_TLS,
  MEMBER_FOR,
  MEMBER_NAME,
  memberFix,
  MEMBERS,
  NEGATIVE_NAME,
  NET_CODE,
  parseNumber,
  SCHANNEL_BITS,
} from './shared.js';

// ---------------------------------------------------------------------------------------------
// A1–A4: ServicePointManager.SecurityProtocol
// ---------------------------------------------------------------------------------------------

const NS = String.raw`(?:(?:global::)?(?:System\.)?Net\.)?`;

const SECURITY_PROTOCOL_TYPE: FlagFamily = {
  atom: new RegExp(String.raw`(?<![\w.])${NS}SecurityProtocolType\s*\.\s*(\w+)`),
  member: (name) => (name.toLowerCase() === 'ssl2' || name.toLowerCase() === 'default' ? undefined : MEMBERS[name.toLowerCase()]),
  bits: SCHANNEL_BITS,
  cast: new RegExp(
    String.raw`\(\s*${NS}SecurityProtocolType\s*\)|(?:CType|DirectCast)\s*\(|,\s*${NS}SecurityProtocolType\s*\)|enum\s*<\s*${NS}SecurityProtocolType\s*>`,
  ),
  self: /(?<![\w.])(?:[\w.]{0,120}ServicePointManager\.)?SecurityProtocol(?![\w.]|\s*\.)/,
};

const SPT_FIND = new RegExp(
  String.raw`(?<![\w.])(?:${NS}SecurityProtocolType\s*\.\s*(?:Ssl3|Tls1[123]|Tls|SystemDefault)\b|\(\s*${NS}SecurityProtocolType\s*\)|(?:CType|DirectCast)\s*\(|enum\s*<\s*${NS}SecurityProtocolType\s*>)`,
);

/** `ServicePointManager.SecurityProtocol = …` (also without enum names: VB `= 3072`). */
const SPT_ASSIGN = /(?<![\w])(?:[\w.]{0,120}\.)?SecurityProtocol\s*(?:\|=|:=|<-|=(?![=>]))/g;

function sptInstead(floor: Version): string {
  return floor === 'TLSv1.3'
    ? '`SecurityProtocolType.Tls13`, or leave `SecurityProtocol` unset on .NET Framework 4.7+ (`SystemDefault`)'
    : '`SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13`, or leave `SecurityProtocol` unset on .NET Framework 4.7+ (`SystemDefault`)';
}

function sptMatch(file: SourceFile, ctx: RuleContext, m: FlagMatch, isTarget: boolean): Match | undefined {
  const { context, value } = m;
  const code = file.code;
  if (inEnum(code, m.exprStart)) return undefined;
  let versions = value.versions;
  let severity: Severity | undefined;
  let why = value.why ?? describeAtoms(value);
  const keeps = isTarget && (context.kind === 'orassign' || value.keepsExisting);
  if (keeps && below(versions, ctx.floor) === 0) {
    // `|= Tls12` adds 1.2 but keeps the old mask: `Ssl3 | Tls` on apps targeting < 4.6.
    const removed = removedBefore(code, m.context.start);
    const kept = LEGACY_SSL3_TLS & ~removed;
    if (kept === 0) return undefined;
    versions |= kept;
    severity = 'warning';
    why = '`|=` keeps the previous mask, which is `Ssl3 | Tls` in apps that target .NET Framework before 4.6';
  } else if (!isTarget) {
    if (context.kind === 'orassign') return undefined;
    // `const SecurityProtocolType Tls11 = (SecurityProtocolType)768;` names a member: a definition.
    if (context.kind === 'assign' && value.atoms.length + value.numbers.length === 1 && MEMBER_NAME.test(context.name ?? ''))
      return undefined;
    if ((context.kind === 'assign' || context.kind === 'named') && context.name && NEGATIVE_NAME.test(context.name)) return undefined;
    if (context.kind === 'named' && !/protocol/i.test(context.name ?? '')) return undefined;
    if (context.kind === 'call' && !callEnables(context.name ?? '')) return undefined;
    if ((context.kind === 'return' || context.kind === 'arrow') && value.atoms.length + value.numbers.length < 2) return undefined;
    if (context.kind === 'define') return undefined;
  }
  if (below(versions, ctx.floor) === 0) return undefined;
  const branch = valueBranch(value, code, context.start);
  if (!severity && branch) {
    severity = branch.severity;
    why = why ? `${why}; ${branch.why}` : branch.why;
  }
  const fix = severity
    ? undefined
    : memberFix(value, m.exprStart, m.exprEnd, ctx.floor, (v, prefix) => (MEMBER_FOR[v] ? `${prefix}${MEMBER_FOR[v]}` : undefined));
  const start = context.kind === 'call' || context.kind === 'return' || context.kind === 'arrow' ? m.exprStart : context.start;
  return {
    start,
    end: m.exprEnd,
    versions,
    what: clipVb(file.text.slice(start, m.exprEnd)),
    why,
    instead: sptInstead(ctx.floor),
    severity,
    fix,
  };
}

/** `SecurityProtocolType` constants declared in a file, by name (for masks built from them). */
function memberConstants(code: string): Map<string, VersionSet> {
  const map = new Map<string, VersionSet>();
  if (!/(?:const|readonly|Const)\b/.test(code)) return map;
  const re =
    /\b(?:const|readonly|Const|ReadOnly)\s+(?:[\w.]{0,60}SecurityProtocolType\s+)?(\w+)(?:\s+As\s+[\w.]{0,60}SecurityProtocolType)?\s*=\s*([^;\n]{1,160})/g;
  for (const m of code.matchAll(re)) {
    const v = evalFlags(m[2], 0, SECURITY_PROTOCOL_TYPE, false);
    // Only constants that name one member: others are reported where they are declared.
    if (v && v.versions && !v.unknown && MEMBER_NAME.test(m[1]) && v.atoms.length + v.numbers.length === 1) map.set(m[1], v.versions);
  }
  // Casts between the two enums, also through another constant:
  // `const SslProtocols _Tls11 = (SslProtocols)0x300; const SecurityProtocolType Tls11 = (SecurityProtocolType)_Tls11;`.
  const casts = new Map<string, string>();
  const cast =
    /\b(?:const|Const)\s+[\w.]{0,60}(?:SecurityProtocolType|SslProtocols)\s+(\w+)\s*=\s*\(\s*[\w.]{0,60}(?:SecurityProtocolType|SslProtocols)\s*\)\s*(0x[0-9a-f]+|\d+|[A-Za-z_]\w*)\s*;/gi;
  for (const m of code.matchAll(cast)) casts.set(m[1], m[2]);
  for (const [name, operand] of casts) {
    if (map.has(name) || !MEMBER_NAME.test(name)) continue;
    let value: string | undefined = operand;
    for (let n = 0; n < 3 && value !== undefined && parseNumber(value) === undefined; n++) value = casts.get(value);
    const bits = value === undefined ? undefined : parseNumber(value);
    if (bits) map.set(name, fromBits(bits, SCHANNEL_BITS));
  }
  return map;
}

/** Versions removed from `SecurityProtocol` shortly before (`&= ~(Ssl3 | Tls)`), for `|=` warnings. */
function removedBefore(code: string, pos: number): VersionSet {
  const window = code.slice(Math.max(0, pos - 1500), pos);
  let removed = 0;
  const re =
    /SecurityProtocol\s*(?:&=\s*~|=\s*[\w.]{0,120}SecurityProtocol\s*&\s*~|=\s*[\w.]{0,120}SecurityProtocol\s+And\s+Not\s)\s*\(?([^;\n]{0,300})/g;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    for (const a of m[1].matchAll(/SecurityProtocolType\s*\.\s*(\w+)/g)) removed |= MEMBERS[a[1].toLowerCase()] ?? 0;
    for (const n of m[1].matchAll(/\b0x[0-9a-f]+\b|\b\d+\b/gi)) removed |= fromBits(parseNumber(n[0]) ?? 0, SCHANNEL_BITS);
  }
  return removed;
}

export const securityProtocolType: Rule = {
  meta: {
    id: 'dotnet/security-protocol-type',
    title: '.NET ServicePointManager.SecurityProtocol enables legacy TLS',
    description:
      '`ServicePointManager.SecurityProtocol` sets the versions every `HttpWebRequest`, `WebClient`, `SmtpClient`, `FtpWebRequest` and .NET Framework `HttpClient` may use. Assigning `Ssl3`, `Tls` or `Tls11` (by name or as the numbers 48, 192, 768) pins or allows them; `|= Tls12` adds TLS 1.2 but keeps the previous mask, which is `Ssl3 | Tls` in apps that target .NET Framework before 4.6.',
    ecosystem: '.NET',
    catalogue: ['A1', 'A2', 'A3', 'A4'],
    docs: [
      'https://learn.microsoft.com/dotnet/api/system.net.servicepointmanager.securityprotocol',
      'https://learn.microsoft.com/dotnet/framework/network-programming/tls',
      'https://learn.microsoft.com/dotnet/fundamentals/code-analysis/quality-rules/ca5364',
    ],
    files: { kinds: NET_CODE },
    keywords: /SecurityProtocol/,
    fixable: true,
    safe: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;',
    limits:
      'A mask built in a variable or read from configuration is unknown; `|=` is a warning because the mask it keeps depends on the target framework and the registry; PowerShell (`[Net.ServicePointManager]::SecurityProtocol`, `-bor`) belongs to the Windows & PowerShell rules.',
  },
  *check(file, ctx) {
    const code = file.code;
    const lang = langOf(file.kind);
    const covered: [number, number][] = [];
    const constants = memberConstants(code);
    SPT_ASSIGN.lastIndex = 0;
    for (let a = SPT_ASSIGN.exec(code); a; a = SPT_ASSIGN.exec(code)) {
      const opEnd = a.index + a[0].length;
      const context = findContext(code, opEnd, lang);
      if (context.kind !== 'assign' && context.kind !== 'orassign') continue;
      if (!/(?:^|\.)SecurityProtocol$/.test(context.name ?? '')) continue;
      let exprStart = opEnd;
      while (exprStart < code.length && /\s/.test(code[exprStart])) exprStart++;
      const exprEnd = expressionEnd(code, exprStart, lang);
      // Other `SecurityProtocol` properties (Confluent.Kafka's `SecurityProtocol.SaslSsl`) are not this one.
      const expr = code.slice(exprStart, exprEnd);
      if (!/ServicePointManager\.SecurityProtocol$/.test(context.name ?? '') && !/SecurityProtocolType/.test(expr)) continue;
      covered.push([exprStart, exprEnd]);
      let value = evalFlags(code.slice(exprStart, exprEnd), exprStart, SECURITY_PROTOCOL_TYPE, true);
      if (!value) continue;
      if (value.unknown) {
        // Constants declared in the file (`const SecurityProtocolType Tls11 = (SecurityProtocolType)768;`).
        let extra = 0;
        for (const id of expr.matchAll(/\b[A-Za-z_]\w*\b/g)) extra |= constants.get(id[0]) ?? 0;
        if (extra) value = { ...value, versions: value.versions | extra, why: 'through constants declared in this file' };
      }
      const match = sptMatch(file, ctx, { context, exprStart, exprEnd, value }, true);
      if (match) yield match;
    }
    for (const m of flagExpressions(file, SECURITY_PROTOCOL_TYPE, SPT_FIND)) {
      if (covered.some(([s, e]) => m.exprStart < e && m.exprEnd > s)) continue;
      if (/(?:^|\.)SecurityProtocol$/.test(m.context.name ?? '')) continue;
      const match = sptMatch(file, ctx, m, false);
      if (match) yield match;
    }
  },
  examples: {
    valid: [
      { file: 'src/Program.cs', code: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;' },
      {
        file: 'src/Program.cs',
        code: 'System.Net.ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12;',
        note: '`Tls` must not match inside `Tls12`',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol = (SecurityProtocolType)3072; // Tls12 on .NET 4.0',
        note: 'numeric cast of Tls12',
      },
      {
        file: 'src/Http.cs',
        code: '// ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls;\nServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12;',
        note: 'commented-out line',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 /*| SecurityProtocolType.Tls */;',
        note: 'block comment inside the expression',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol &= ~(SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls | SecurityProtocolType.Tls11);',
        note: 'removing legacy versions',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol &= ~(SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls);\nServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12;',
        note: '`|=` after the legacy bits were removed',
      },
      {
        file: 'src/Check.cs',
        code: 'if (ServicePointManager.SecurityProtocol == SecurityProtocolType.Tls)\n    Log.Warn("TLS 1.0 only");',
        note: 'comparison',
      },
      {
        file: 'src/Check.cs',
        code: 'if (!ServicePointManager.SecurityProtocol.HasFlag(SecurityProtocolType.Tls11)) { }',
        note: 'flag test',
      },
      {
        file: 'src/Tls.vb',
        code: 'If ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls Then\n    Warn()\nEnd If',
        note: 'VB compares with `=` inside If',
      },
      {
        file: 'src/Tls.cs',
        code: 'switch (ServicePointManager.SecurityProtocol)\n{\n    case SecurityProtocolType.Tls: return "TLS 1.0";\n    case SecurityProtocolType.Tls11: return "TLS 1.1";\n}',
        note: 'switch that names versions',
      },
      {
        file: 'src/Types.vb',
        code: 'Public Enum MySecurityProtocol\n    Ssl3 = 48\n    Tls = 192\n    Tls11 = 768\nEnd Enum',
        note: 'enum definition',
      },
      {
        file: 'src/Http.cs',
        code: 'var saved = ServicePointManager.SecurityProtocol;\nServicePointManager.SecurityProtocol = saved;',
        note: 'restoring a saved value is unknown',
      },
      { file: 'src/Http.cs', code: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.SystemDefault;' },
      { file: 'src/Net.fs', code: 'ServicePointManager.SecurityProtocol <- SecurityProtocolType.Tls12 ||| SecurityProtocolType.Tls13' },
      {
        file: 'src/Kafka/ProducerFactory.cs',
        code: 'var config = new ProducerConfig\n{\n    BootstrapServers = servers,\n    SecurityProtocol = SecurityProtocol.SaslSsl,\n};\nconfig.SecurityProtocol |= SecurityProtocol.Ssl;',
        note: 'Confluent.Kafka has its own `SecurityProtocol`',
      },
    ],
    invalid: [
      {
        file: 'src/Program.cs',
        code: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12;',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12;',
      },
      {
        file: 'src/Program.cs',
        code: 'System.Net.ServicePointManager.SecurityProtocol = System.Net.SecurityProtocolType.Ssl3;',
        findings: ['1:1 SSLv3'],
        output: 'System.Net.ServicePointManager.SecurityProtocol = System.Net.SecurityProtocolType.Tls12;',
      },
      {
        file: 'src/Utils/ServicePointSetup.cs',
        code: 'public static void Setup()\n{\n    ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls\n                                         | SecurityProtocolType.Tls11\n                                         | SecurityProtocolType.Tls12\n                                         | SecurityProtocolType.Ssl3;\n}',
        findings: ['3:5 SSLv3 TLSv1.0 TLSv1.1'],
        note: 'multi-line, order-independent',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol = (SecurityProtocolType)3072 | (SecurityProtocolType)768;',
        findings: ['1:1 TLSv1.1'],
        note: 'numeric casts (compiled against .NET 4.0)',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol = (SecurityProtocolType)(0xC00 | 0x300 | 0xC0);',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        note: 'hex sum inside a cast',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12;',
        findings: ['1:1 SSLv3 TLSv1.0'],
        severity: 'warning',
        note: '`|=` keeps the old mask',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12;',
        findings: ['1:1 TLSv1.1'],
        severity: 'error',
        note: '`|=` that adds a legacy version',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol &= ~SecurityProtocolType.Ssl3;\nServicePointManager.SecurityProtocol |= (SecurityProtocolType)12288 | SecurityProtocolType.Tls12 | SecurityProtocolType.Tls11;',
        findings: ['2:1 TLSv1.1'],
      },
      {
        file: 'src/Main.vb',
        code: 'Private Sub Form1_Load(sender As Object, e As EventArgs) Handles MyBase.Load\n    ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls Or SecurityProtocolType.Tls11 Or SecurityProtocolType.Tls12\nEnd Sub',
        findings: ['2:5 TLSv1.0 TLSv1.1'],
        output:
          'Private Sub Form1_Load(sender As Object, e As EventArgs) Handles MyBase.Load\n    ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12\nEnd Sub',
      },
      {
        file: 'src/Updater.vb',
        code: 'ServicePointManager.SecurityProtocol =\n    SecurityProtocolType.Tls Or\n    SecurityProtocolType.Tls12 Or\n    SecurityProtocolType.Ssl3\nDim client As New WebClient',
        findings: ['2:26 SSLv3 TLSv1.0'],
        note: 'VB implicit line continuation after `Or`',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol = Environment.OSVersion.Version.Major < 6\n    ? SecurityProtocolType.Tls\n    : SecurityProtocolType.Tls12;',
        findings: ['2:28 TLSv1.0'],
        severity: 'warning',
        note: 'chosen by a condition',
      },
      {
        file: 'src/Legacy.vb',
        code: 'ServicePointManager.SecurityProtocol = 3072 Or 768 Or 192',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        note: 'VB without Option Strict accepts numbers',
      },
      {
        file: 'src/Legacy.vb',
        code: 'ServicePointManager.SecurityProtocol = CType(768, SecurityProtocolType) Or CType(3072, SecurityProtocolType)',
        findings: ['1:1 TLSv1.1'],
      },
      {
        file: 'src/Setup.vb',
        code: 'Dim protocols As SecurityProtocolType = SecurityProtocolType.Tls11 Or SecurityProtocolType.Tls12\nServicePointManager.SecurityProtocol = protocols',
        findings: ['1:5 TLSv1.1'],
        output: 'Dim protocols As SecurityProtocolType = SecurityProtocolType.Tls12\nServicePointManager.SecurityProtocol = protocols',
        note: 'VB declaration with a type',
      },
      {
        file: 'src/Salesforce.fsx',
        code: 'ServicePointManager.SecurityProtocol <- SecurityProtocolType.Tls12 ||| SecurityProtocolType.Tls11',
        findings: ['1:1 TLSv1.1'],
        output: 'ServicePointManager.SecurityProtocol <- SecurityProtocolType.Tls12',
      },
      {
        file: 'src/Provider.fs',
        code: 'ServicePointManager.SecurityProtocol <- ServicePointManager.SecurityProtocol ||| SecurityProtocolType.Tls12',
        findings: ['1:1 SSLv3 TLSv1.0'],
        severity: 'warning',
        note: 'F# form of `|=`',
      },
      {
        file: 'src/Http.cs',
        code: 'private const SecurityProtocolType Protocols = SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12;\nServicePointManager.SecurityProtocol = Protocols;',
        findings: ['1:36 TLSv1.1'],
        note: 'mask built in a constant',
      },
      {
        file: 'src/Net40/Tls.cs',
        code: 'private const SecurityProtocolType Tls11 = (SecurityProtocolType)768;\nprivate const SecurityProtocolType Tls12 = (SecurityProtocolType)3072;\nstatic void Init()\n{\n    ServicePointManager.SecurityProtocol = Tls12 | Tls11;\n}',
        findings: ['5:5 TLSv1.1'],
        note: 'constants that name members (for .NET 4.0) are definitions; their use is the finding',
      },
      {
        file: 'src/Launcher/SslSetup.cs',
        code: 'private const SslProtocols _Tls12 = (SslProtocols)0x00000C00;\nprivate const SslProtocols _TlsOld = (SslProtocols)0x00000300;\nprivate const SecurityProtocolType Tls12 = (SecurityProtocolType)_Tls12;\nprivate const SecurityProtocolType Tls10 = (SecurityProtocolType)_TlsOld;\npublic static void Setup()\n{\n    ServicePointManager.SecurityProtocol = Tls12 | Tls10;\n}',
        findings: ['7:5 TLSv1.1'],
        note: 'constants cast from `SslProtocols` constants; 0x300 is Tls11 whatever the name says',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;',
        floor: 'TLSv1.3',
        findings: ['1:1 TLSv1.2'],
        output: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls13;',
      },
    ],
  },
};
