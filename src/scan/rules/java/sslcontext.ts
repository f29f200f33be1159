import { versionIndex } from '../../../versions.js';
import { patternRule } from '../../define.js';
import { readVersion, respell } from '../../evaluate.js';
import { CODE_KINDS, contextVersions, readUntil, resolveConstant } from './shared.js';

// ---------------------------------------------------------------------------------------------
// C1: SSLContext.getInstance("TLSv1") and other context-protocol names in code
// ---------------------------------------------------------------------------------------------

export const sslContextProtocol = patternRule({
  meta: {
    id: 'java/sslcontext-protocol',
    title: 'SSLContext created for a legacy protocol',
    description:
      '`SSLContext.getInstance("TLSv1")` (and `"TLSv1.1"`, `"SSLv3"`) makes SunJSSE client sockets offer only that version and those below it. The same name is the context protocol of Apache HttpClient `SSLContexts.custom().useProtocol(…)`, Jetty `setProtocol(…)`, the SQL Server JDBC `setSSLProtocol(…)` and Kafka `SSL_PROTOCOL_CONFIG`.',
    ecosystem: 'Java & JVM',
    catalogue: ['C1', 'C14'],
    docs: [
      'https://docs.oracle.com/en/java/javase/21/docs/specs/security/standard-names.html#sslcontext-algorithms',
      'https://docs.oracle.com/en/java/javase/21/security/java-secure-socket-extension-jsse-reference-guide.html',
    ],
    files: { kinds: CODE_KINDS },
    keywords: /getInstance|useProtocol|setProtocol|setSslProtocol|setSSLProtocol|SSL_PROTOCOL/,
    fixable: true,
    safe: 'SSLContext.getInstance("TLSv1.3")',
    limits:
      '`"TLS"`, `"SSL"` and `"Default"` name protocol families and are not reported (on JDK 7 and older `"SSL"` still enabled SSLv3). A protocol name held in a variable set elsewhere is not followed.',
  },
  pattern:
    /(?:(?<![\w$])SSLContext\s*\.\s*getInstance\s*\(|\(\s*SSLContext\/getInstance\s+|\.(?:useProtocol|setProtocol|setSslProtocol|setSSLProtocol)\s*\(|(?<![\w$])SSL_PROTOCOL(?:_CONFIG)?\s*,)\s*/,
  evaluate: (m, ctx, file) => {
    const code = file.code;
    const argStart = m.index + m[0].length;
    const argEnd = readUntil(code, argStart, ',;\n');
    if (argEnd === undefined) return undefined;
    let a = argStart;
    let b = argEnd;
    const ident = /^\s*(?:[\w$]+\.)*([A-Za-z_$][\w$]*)\s*$/.exec(code.slice(a, b));
    if (ident && !/^(?:true|false|null)$/.test(ident[1])) {
      const def = resolveConstant(file, ident[1]);
      if (!def) return undefined;
      a = def.start;
      b = def.end;
    }
    const lit = /^\s*(["'])([^"'\\\n]{1,40})\1\s*$/.exec(code.slice(a, b));
    if (!lit) return undefined;
    const v = readVersion(lit[2]);
    if (!v) return undefined;
    const litStart = a + code.slice(a, b).indexOf(lit[1]);
    const spelled = respell(lit[2], ctx.floor);
    const fix =
      spelled && readVersion(spelled) === ctx.floor ? { start: litStart + 1, end: litStart + 1 + lit[2].length, text: spelled } : undefined;
    const getInstance = /getInstance/.test(m[0]);
    return {
      versions: contextVersions(v),
      fix,
      end: argEnd,
      severity: getInstance || /useProtocol/.test(m[0]) ? undefined : 'warning',
      why:
        versionIndex(v) < versionIndex('TLSv1.2')
          ? `a \`${lit[2]}\` context offers ${v === 'SSLv3' ? 'SSLv3' : v === 'TLSv1.0' ? 'only TLSv1.0' : 'TLSv1.0 and TLSv1.1'} unless enabled protocols are set`
          : undefined,
    };
  },
  instead: (ctx) =>
    ctx.floor === 'TLSv1.3'
      ? '`SSLContext.getInstance("TLSv1.3")`'
      : '`SSLContext.getInstance("TLSv1.3")` (or `"TLS"` with `setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"})`)',
  examples: {
    valid: [
      {
        file: 'src/main/java/net/Client.java',
        code: 'SSLContext ctx = SSLContext.getInstance("TLS");',
        note: '"TLS" is a protocol family, not TLS 1.0',
      },
      {
        file: 'src/main/java/net/Client.java',
        code: 'SSLContext ctx = SSLContext.getInstance("TLSv1.2");\nctx.init(null, tms, null);',
        note: 'TLSv1 must not match inside TLSv1.2',
      },
      { file: 'app/src/main/java/Tls.kt', code: 'val ctx = SSLContext.getInstance("Default")' },
      {
        file: 'src/Legacy.java',
        code: 'SSLContext ctx = SSLContext.getInstance("SSL");',
        note: '"SSL" is a family name; SSLv3 only on JDK 7 and older',
      },
      {
        file: 'src/Old.java',
        code: '// SSLContext.getInstance("TLSv1");\nSSLContext ctx = SSLContext.getInstance("TLSv1.3");',
        note: 'commented out',
      },
      {
        file: 'src/Check.java',
        code: 'if ("TLSv1".equals(session.getProtocol())) { log.warn("legacy peer"); }',
        note: 'a comparison, not a setting',
      },
      { file: 'src/Factory.java', code: 'SSLContext ctx = SSLContext.getInstance(protocol);', note: 'a parameter: unknown' },
      { file: 'src/Server.java', code: 'connector.setProtocol("HTTP/1.1");', note: 'setProtocol with a non-TLS value' },
    ],
    invalid: [
      {
        file: 'src/main/java/org/x/TlsOptions.java',
        code: 'switch (config.getProtocol()) {\n    case "TLSv1.1":\n        ctx = SSLContext.getInstance("TLSv1.1");\n        break;\n    default:\n        ctx = SSLContext.getInstance("TLSv1.2");\n}',
        findings: ['3:15 TLSv1.0 TLSv1.1'],
        severity: 'note',
        note: 'a `case` arm for a configured protocol is a capability, judged as TLS-implementation code',
      },
      {
        file: 'src/main/java/org/x/TlsOptions.java',
        code: 'switch (config.getProtocol()) {\n    default:\n        ctx = SSLContext.getInstance("TLSv1");\n}',
        findings: ['3:15 TLSv1.0'],
        note: 'the `default` arm is what everyone who asked for nothing gets',
      },
      {
        file: 'src/main/java/com/acme/HttpUtil.java',
        code: 'SSLContext sc = SSLContext.getInstance("TLSv1");\nsc.init(null, trustAll, new SecureRandom());',
        findings: ['1:17 TLSv1.0'],
        output: 'SSLContext sc = SSLContext.getInstance("TLSv1.2");\nsc.init(null, trustAll, new SecureRandom());',
      },
      {
        file: 'src/Legacy.java',
        code: 'final SSLContext context = SSLContext . getInstance ( "SSLv3" );',
        findings: ['1:28 SSLv3'],
        output: 'final SSLContext context = SSLContext . getInstance ( "TLSv1.2" );',
      },
      {
        file: 'app/src/main/java/com/acme/Net.kt',
        code: 'val sslContext = SSLContext.getInstance("TLSv1.1")\nsslContext.init(null, arrayOf(tm), null)',
        findings: ['1:18 TLSv1.0 TLSv1.1'],
        note: 'a TLSv1.1 context also offers TLSv1.0',
      },
      {
        file: 'src/main/java/com/acme/Soap.java',
        code: 'public class Soap {\n  private static final String PROTOCOL = "TLSv1";\n\n  SSLContext ctx() throws Exception {\n    return SSLContext.getInstance(PROTOCOL);\n  }\n}',
        findings: ['5:12 TLSv1.0'],
        note: 'the name comes from a constant in the same file',
      },
      {
        file: 'src/main/java/Http.java',
        code: 'SSLContext sslContext = SSLContexts.custom()\n    .loadTrustMaterial(null, new TrustSelfSignedStrategy())\n    .useProtocol("TLSv1.1")\n    .build();',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/Tls.java',
        code: 'SSLContext ctx = SSLContext.getInstance("TLSv1.2", "BCJSSE");',
        floor: 'TLSv1.3',
        findings: ['1:18 TLSv1.2'],
        output: 'SSLContext ctx = SSLContext.getInstance("TLSv1.3", "BCJSSE");',
      },
      {
        file: 'src/jetty/Main.java',
        code: 'sslContextFactory.setProtocol("TLSv1");',
        findings: ['1:18 TLSv1.0'],
        severity: 'warning',
        note: 'server-side context protocol: what is accepted also depends on the include/exclude lists',
      },
      { file: 'src/tls.clj', code: '(let [ctx (SSLContext/getInstance "TLSv1")] ctx)', findings: ['1:11 TLSv1.0'] },
      {
        file: 'src/Kafka.java',
        code: 'props.put(SslConfigs.SSL_PROTOCOL_CONFIG, "TLSv1.1");',
        findings: ['1:22 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
    ],
  },
});
