import type { Severity } from '../../../policy.js';
import { below, type Version } from '../../../versions.js';
import type { Rule } from '../../rule.js';
import {
  valueBranch,
  callEnables,
  callOnlyReads,
  clipVb,
  describeAtoms,
  flagExpressions,
  type FlagFamily,
  inEnum,
  MEMBER_FOR,
  MEMBER_NAME,
  memberFix,
  MEMBERS,
  NEGATIVE_NAME,
  NET_CODE,
  SCHANNEL_BITS,
} from './shared.js';

// ---------------------------------------------------------------------------------------------
// A5–A7, A9 (code), A10: SslProtocols
// ---------------------------------------------------------------------------------------------

const SSL_NS = String.raw`(?:(?:global::)?(?:System\.)?(?:Security\.)?Authentication\.)?`;

const SSL_PROTOCOLS: FlagFamily = {
  atom: new RegExp(String.raw`(?<![\w.])${SSL_NS}SslProtocols\s*\.\s*(\w+)`),
  member: (name) => MEMBERS[name.toLowerCase()],
  bits: SCHANNEL_BITS,
  cast: new RegExp(
    String.raw`\(\s*${SSL_NS}SslProtocols\s*\)|(?:CType|DirectCast)\s*\(|,\s*${SSL_NS}SslProtocols\s*\)|enum\s*<\s*${SSL_NS}SslProtocols\s*>`,
  ),
};

const SSL_FIND = new RegExp(
  String.raw`(?<![\w.])(?:${SSL_NS}SslProtocols\s*\.\s*(?:Ssl[23]|Tls1[123]|Tls|Default|None)\b|\(\s*${SSL_NS}SslProtocols\s*\)\s*(?:\(|0x|\d)|(?:CType|DirectCast)\s*\(\s*(?:&H|0x|\d)[^,()]{0,40},\s*${SSL_NS}SslProtocols\s*\)|enum\s*<\s*${SSL_NS}SslProtocols\s*>)`,
);

function sslInstead(floor: Version): string {
  return floor === 'TLSv1.3'
    ? '`SslProtocols.Tls13`, or `SslProtocols.None` to let the OS choose'
    : '`SslProtocols.Tls12 | SslProtocols.Tls13`, or `SslProtocols.None` to let the OS choose';
}

export const sslProtocols: Rule = {
  meta: {
    id: 'dotnet/ssl-protocols',
    title: '.NET SslProtocols enables legacy TLS',
    description:
      '`SslProtocols` selects the versions of `SslStream` (`AuthenticateAsClient`/`AsServer`), `HttpClientHandler.SslProtocols`, `SocketsHttpHandler.SslOptions.EnabledSslProtocols`, Kestrel `HttpsConnectionAdapterOptions.SslProtocols`, WCF `Security.Transport.SslProtocols` and MailKit clients. `Ssl2`, `Ssl3`, `Tls`, `Tls11` and `Default` (= `Ssl3 | Tls`) enable legacy versions.',
    ecosystem: '.NET',
    catalogue: ['A5', 'A6', 'A7', 'A9', 'A10'],
    docs: [
      'https://learn.microsoft.com/dotnet/api/system.security.authentication.sslprotocols',
      'https://learn.microsoft.com/dotnet/fundamentals/code-analysis/quality-rules/ca5397',
      'https://learn.microsoft.com/aspnet/core/fundamentals/servers/kestrel/endpoints',
    ],
    files: { kinds: NET_CODE },
    keywords: /SslProtocols/,
    fixable: true,
    safe: 'handler.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;',
    limits:
      'Protocols passed through variables whose value is set elsewhere are unknown; sets assigned to names that say they are excluded or expected (`disabled`, `unsupported`, `expected`) and lists in test data are not reported.',
  },
  *check(file, ctx) {
    const code = file.code;
    for (const m of flagExpressions(file, SSL_PROTOCOLS, SSL_FIND)) {
      const { context, value } = m;
      if (inEnum(code, m.exprStart)) continue;
      if (context.kind === 'define') continue;
      if ((context.kind === 'assign' || context.kind === 'orassign' || context.kind === 'named') && NEGATIVE_NAME.test(context.name ?? ''))
        continue;
      if (context.kind === 'named' && !/protocol/i.test(context.name ?? '')) continue;
      const operands = value.atoms.length + value.numbers.length;
      // A mask written out member by member (`SslProtocols.Tls11 | SslProtocols.Tls12`) is a choice of
      // versions wherever it is passed, also to a call no rule knows (a third-party server's `Start`).
      if (context.kind === 'call' && !callEnables(context.name ?? '') && (operands < 2 || callOnlyReads(context.name ?? ''))) continue;
      // `const SslProtocols Tls13 = (SslProtocols)12288;` names a member: a definition; `map["tls1.1"] = SslProtocols.Tls11` is a lookup table.
      if (context.kind === 'assign' && operands === 1 && (MEMBER_NAME.test(context.name ?? '') || /\]$/.test(context.name ?? ''))) continue;
      if ((context.kind === 'return' || context.kind === 'arrow') && operands < 2 && !value.atoms.some((a) => /default$/i.test(a.text)))
        continue;
      if (below(value.versions, ctx.floor) === 0) continue;
      let severity: Severity | undefined;
      let why = describeAtoms(value);
      const branch = valueBranch(value, code, context.start);
      if (branch) {
        severity = branch.severity;
        why = why ? `${why}; ${branch.why}` : branch.why;
      }
      const fix =
        severity || value.atoms.some((a) => /default$/i.test(a.text))
          ? undefined
          : memberFix(value, m.exprStart, m.exprEnd, ctx.floor, (v, prefix) => (MEMBER_FOR[v] ? `${prefix}${MEMBER_FOR[v]}` : undefined));
      const start = context.kind === 'assign' || context.kind === 'orassign' || context.kind === 'named' ? context.start : m.exprStart;
      yield {
        start,
        end: m.exprEnd,
        versions: value.versions,
        what: clipVb(file.text.slice(start, m.exprEnd)),
        why,
        instead: sslInstead(ctx.floor),
        severity,
        fix,
      };
    }
  },
  examples: {
    valid: [
      { file: 'src/Client.cs', code: 'var handler = new HttpClientHandler { SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13 };' },
      { file: 'src/Client.cs', code: 'handler.SslProtocols = SslProtocols.None; // let the OS decide' },
      {
        file: 'src/Server.cs',
        code: 'await ssl.AuthenticateAsServerAsync(cert, false, SslProtocols.Tls12, true);',
        note: '`Tls` inside `Tls12`',
      },
      {
        file: 'src/Info.cs',
        code: 'if (stream.SslProtocol == SslProtocols.Tls || stream.SslProtocol == SslProtocols.Tls11)\n    logger.LogWarning("legacy TLS negotiated");',
        note: 'comparisons',
      },
      {
        file: 'src/Info.cs',
        code: 'string Name(SslProtocols p) => p switch\n{\n    SslProtocols.Tls => "TLS 1.0",\n    SslProtocols.Tls11 => "TLS 1.1",\n    _ => p.ToString(),\n};',
        note: 'switch arms that name versions',
      },
      {
        file: 'tests/TlsTests.cs',
        code: '[Theory]\n[InlineData(SslProtocols.Tls)]\n[InlineData(SslProtocols.Tls11)]\npublic async Task RejectsLegacy(SslProtocols protocol) { }',
        note: 'test data',
      },
      {
        file: 'src/Policy.cs',
        code: 'private const SslProtocols DisabledProtocols = SslProtocols.Ssl3 | SslProtocols.Tls | SslProtocols.Tls11;',
        note: 'a set named as excluded',
      },
      { file: 'src/Policy.cs', code: 'options.EnabledSslProtocols &= ~(SslProtocols.Tls | SslProtocols.Tls11);', note: 'removing' },
      { file: 'src/Policy.cs', code: 'bool legacy = (protocols & SslProtocols.Tls) != 0;', note: 'flag test' },
      {
        file: 'src/Server.cs',
        code: 'server.Start(endpoint, SslProtocols.Tls11);\nvar name = Describe(SslProtocols.Tls11);\nAssert.Equal(SslProtocols.Tls11 | SslProtocols.Tls12, options.EnabledSslProtocols);',
        note: 'one member passed to a call no rule knows is unknown; a mask given to an assertion is data',
      },
      {
        file: 'src/Kestrel.cs',
        code: '// o.SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12;\no.SslProtocols = SslProtocols.Tls12;',
        note: 'commented out',
      },
      {
        file: 'src/Tcp.fs',
        code: 'let opts = SslClientAuthenticationOptions(EnabledSslProtocols = (SslProtocols.Tls12 ||| SslProtocols.Tls13))',
      },
      {
        file: 'src/Defaults.cs',
        code: 's_protocols = preferModern ? SslProtocols.Tls13 : (SslProtocols.Tls12 | SslProtocols.Tls13);',
        note: 'both branches are safe',
      },
      {
        file: 'src/Parse.cs',
        code: 'SslProtocols p = (SslProtocols)Enum.Parse(typeof(SslProtocols), setting);',
        note: 'cast of a parsed value',
      },
      {
        file: 'src/Parse.cs',
        code: 'var byName = new Dictionary<string, SslProtocols>\n{\n    ["tls1.1"] = SslProtocols.Tls11,\n    ["tls1.2"] = SslProtocols.Tls12,\n};',
        note: 'a lookup table',
      },
      {
        file: 'src/Compat.cs',
        code: 'internal const SslProtocols Tls11 = (SslProtocols)768;\ninternal const SslProtocols Tls13 = (SslProtocols)12288;',
        note: 'constants that name members',
      },
    ],
    invalid: [
      {
        file: 'src/Client.cs',
        code: 'var options = new SslClientAuthenticationOptions\n{\n    TargetHost = host,\n    EnabledSslProtocols = SslProtocols.Tls12\n        | SslProtocols.Tls11,\n};',
        findings: ['5:24 TLSv1.1'],
        note: 'a mask continued on the next line is reported on the line of the legacy member',
      },
      {
        file: 'src/Client.cs',
        code: 'var handler = new HttpClientHandler\n{\n    SslProtocols = SslProtocols.Tls | SslProtocols.Tls11 | SslProtocols.Tls12,\n};',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        output: 'var handler = new HttpClientHandler\n{\n    SslProtocols = SslProtocols.Tls12,\n};',
      },
      {
        file: 'src/Stream.cs',
        code: 'sslStream.AuthenticateAsClient(host, certificates, SslProtocols.Tls, checkCertificateRevocation: true);',
        findings: ['1:52 TLSv1.0'],
        output: 'sslStream.AuthenticateAsClient(host, certificates, SslProtocols.Tls12, checkCertificateRevocation: true);',
      },
      {
        file: 'src/Stream.cs',
        code: 'await stream.AuthenticateAsServerAsync(serverCert, false, SslProtocols.Default, false);',
        findings: ['1:59 SSLv3 TLSv1.0'],
        note: '`Default` is `Ssl3 | Tls`',
      },
      {
        file: 'src/Program.cs',
        code: 'builder.WebHost.ConfigureKestrel(k => k.ConfigureHttpsDefaults(o =>\n{\n    o.SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12;\n}));',
        findings: ['3:5 TLSv1.1'],
      },
      {
        file: 'src/Program.cs',
        code: 'listenOptions.UseHttps(o => o.SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12);',
        findings: ['1:29 TLSv1.1'],
        output: 'listenOptions.UseHttps(o => o.SslProtocols = SslProtocols.Tls12);',
      },
      {
        file: 'src/Mail.cs',
        code: 'using var client = new SmtpClient();\nclient.SslProtocols = SslProtocols.Tls | SslProtocols.Tls11;\nawait client.ConnectAsync("smtp.office365.com", 587);',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
        output:
          'using var client = new SmtpClient();\nclient.SslProtocols = SslProtocols.Tls12;\nawait client.ConnectAsync("smtp.office365.com", 587);',
      },
      {
        file: 'src/Wcf.cs',
        code: 'binding.Security.Transport.SslProtocols = System.Security.Authentication.SslProtocols.Tls;',
        findings: ['1:1 TLSv1.0'],
      },
      {
        file: 'src/Sockets.cs',
        code: 'var options = new SslClientAuthenticationOptions\n{\n    TargetHost = host,\n    EnabledSslProtocols = (SslProtocols)192 | (SslProtocols)768,\n};',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
      },
      { file: 'src/Sockets.cs', code: 'handler.SslOptions.EnabledSslProtocols |= SslProtocols.Default;', findings: ['1:1 SSLv3 TLSv1.0'] },
      {
        file: 'src/Net.vb',
        code: 'handler.SslProtocols = SslProtocols.Tls Or SslProtocols.Tls12',
        findings: ['1:1 TLSv1.0'],
        output: 'handler.SslProtocols = SslProtocols.Tls12',
      },
      { file: 'src/Net.fs', code: 'handler.SslProtocols <- SslProtocols.Tls11 ||| SslProtocols.Tls12', findings: ['1:1 TLSv1.1'] },
      {
        file: 'src/Stream.cs',
        code: 'stream.BeginAuthenticateAsClient(host, null, SslProtocols.Ssl3 | SslProtocols.Tls, false, OnAuth, state);',
        findings: ['1:46 SSLv3 TLSv1.0'],
      },
      {
        file: 'src/Tor/TorSocks.cs',
        code: 'await sslStream\n    .AuthenticateAsClientAsync(\n        host,\n        new X509CertificateCollection(),\n        SslProtocols.Tls | SslProtocols.Tls11 | SslProtocols.Tls12,\n        checkCertificateRevocation: true)\n    .ConfigureAwait(false);',
        findings: ['5:9 TLSv1.0 TLSv1.1'],
        note: 'arguments on separate lines',
      },
      {
        file: 'Server/WebServer/Server.cs',
        code: 'server.Start(listenInterface, port, cert,\n    System.Security.Authentication.SslProtocols.Tls11 | System.Security.Authentication.SslProtocols.Tls12, null, false);',
        findings: ['2:5 TLSv1.1'],
        output: 'server.Start(listenInterface, port, cert,\n    System.Security.Authentication.SslProtocols.Tls12, null, false);',
        note: 'a mask written out member by member, passed to a call no rule knows',
      },
      { file: 'src/Analyzers.cs', code: 'SslProtocols protocols = (SslProtocols)768; // TLS 1.1', findings: ['1:14 TLSv1.1'] },
      {
        file: 'src/Defaults.cs',
        code: 's_protocols = disableSystemDefault ? (SslProtocols.Tls | SslProtocols.Tls11 | SslProtocols.Tls12) : SslProtocols.None;',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'one branch of a condition',
      },
      {
        file: 'src/Host.cs',
        code: 'listenOptions.UseHttps(portOptions =>\n{\n    portOptions.SslProtocols = SslProtocols.Tls13 | SslProtocols.Tls11 | SslProtocols.Tls12;\n});',
        findings: ['3:5 TLSv1.1'],
        output: 'listenOptions.UseHttps(portOptions =>\n{\n    portOptions.SslProtocols = SslProtocols.Tls13 | SslProtocols.Tls12;\n});',
      },
      {
        file: 'tests/FunctionalTests/SslStreamProtocolTests.cs',
        code: 'await ClientAsyncSslHelper(SslProtocols.Tls11 | SslProtocols.Tls12, SslProtocols.Tls11);',
        findings: ['1:28 TLSv1.1', '1:69 TLSv1.1'],
        severity: 'note',
        note: 'test helper: information only',
      },
      {
        file: 'src/Connect.cs',
        code: 'switch (version)\n{\n    case "1.0":\n        protocols = SslProtocols.Tls;\n        break;\n}',
        findings: ['4:9 TLSv1.0'],
        severity: 'note',
        note: 'a switch that maps a setting: information',
      },
      {
        file: 'src/Connect.cs',
        code: 'if (config.AllowLegacyTls)\n    handler.SslProtocols |= SslProtocols.Tls11;',
        findings: ['2:5 TLSv1.1'],
        severity: 'warning',
        note: 'enabled under a condition',
      },
    ],
  },
};
