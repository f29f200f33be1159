import { setOf, type Version, versionIndex, type VersionSet } from '../../../versions.js';
import { patternRule } from '../../define.js';
import { readVersion, respell } from '../../evaluate.js';
import type { Edit } from '../../rule.js';
import { analyzeList, CODE_KINDS, JDK_ALL, readUntil, type VersionToken } from './shared.js';

// ---------------------------------------------------------------------------------------------
// C2, C6, C8, C9: explicit protocol lists in code
// ---------------------------------------------------------------------------------------------

function isVersionAbove(v: Version, floor: Version): boolean {
  return versionIndex(v) >= versionIndex(floor);
}

/** Splits an argument list (the text between the parentheses) into top-level arguments. */
function splitArgs(code: string, start: number, end: number): { start: number; end: number }[] {
  const args: { start: number; end: number }[] = [];
  let s = start;
  for (let guard = 0; guard < 20 && s <= end; guard++) {
    const e = readUntil(code, s, ',', end - s + 1);
    const stop = e === undefined || e > end ? end : e;
    args.push({ start: s, end: stop });
    if (stop >= end) break;
    s = stop + 1;
  }
  return args;
}

/** Rewrites a token in its own spelling at `target` (`"TLSv1"` → `"TLSv1.2"`, `TLS.V_1_0` → `TLS.V_1_2`). */
function respellToken(t: VersionToken, target: Version): string | undefined {
  const q = t.text[0] === '"' || t.text[0] === "'" ? t.text[0] : '';
  const inner = q ? t.text.slice(1, -1) : t.text;
  const spelled = respell(inner, target);
  return spelled && readVersion(spelled.replace(/^TLS\.V_/, 'TLS_').replace(/^TlsVersion\./, '')) === target
    ? `${q}${spelled}${q}`
    : undefined;
}

/** Deletes the legacy entries of a literal list (`"TLSv1", "TLSv1.1", "TLSv1.2"` → `"TLSv1.2"`). */
function listFix(code: string, tokens: readonly VersionToken[], floor: Version): Edit | undefined {
  if (tokens.length === 0 || !tokens.every((t) => t.single)) return undefined;
  for (let i = 1; i < tokens.length; i++) if (!/^\s*,\s*$/.test(code.slice(tokens[i - 1].end, tokens[i].start))) return undefined;
  const kept = tokens.filter((t) => t.versions !== 0 && isVersionAbove(lowestOf(t.versions), floor));
  const gap = tokens.length > 1 ? code.slice(tokens[0].end, tokens[1].start) : ', ';
  const first = tokens[0].start;
  const last = tokens[tokens.length - 1].end;
  if (kept.length === 0) {
    const spelled = respellToken(tokens[0], floor);
    return spelled ? { start: first, end: last, text: spelled } : undefined;
  }
  return { start: first, end: last, text: kept.map((t) => t.text).join(gap) };
}

function lowestOf(set: VersionSet): Version {
  for (const v of ['SSLv2', 'SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const) if (set & setOf(v)) return v;
  return 'TLSv1.3';
}

/** How to write the safe list in code, in the style of the first token. */
function codeInstead(tokens: readonly VersionToken[], floor: Version): string {
  const sample = tokens.find((t) => t.single) ?? { text: '"TLSv1.2"', start: 0, end: 0, versions: 0, single: true };
  const targets: Version[] = floor === 'TLSv1.3' ? ['TLSv1.3'] : ['TLSv1.3', 'TLSv1.2'];
  const spelled = targets.map((v) => respellToken(sample, v) ?? `"${v}"`);
  return `\`${spelled.join(', ')}\``;
}

const LIST_CALL =
  /(?<![\w$])(setEnabledProtocols|setProtocols|protocols|setIncludeProtocols|setExcludeProtocols|tlsVersions|setSupportedProtocols|setTlsVersions|setEnabledTLSProtocols|setEnabledSecureTransportProtocols|addEnabledSecureTransportProtocol|withEnabledProtocols)\s*\(|(?<=\.)(enabledProtocols|protocols|includeProtocols|excludeProtocols)[ \t]*=(?![=>])[ \t]*|(?<![\w$])new\s+(SSLParameters|SSLConnectionSocketFactory|SSLIOSessionStrategy)\s*\(|(?<![\w$])(SSL_ENABLED_PROTOCOLS(?:_CONFIG)?)\s*,\s*|<Set\s+name\s*=\s*"(IncludeProtocols|ExcludeProtocols)"\s*>/;

export const enabledProtocolsCall = patternRule({
  meta: {
    id: 'java/enabled-protocols',
    title: 'Protocol list in code enables legacy TLS',
    description:
      "Lists of protocol names given to `SSLSocket`/`SSLEngine.setEnabledProtocols`, `SSLParameters.setProtocols` or `new SSLParameters(…, protocols)`, Apache HttpClient (`new SSLConnectionSocketFactory(ctx, protocols, …)`, HttpClient 5 `setSupportedProtocols`/`setTlsVersions`), OkHttp `tlsVersions`, Netty `SslContextBuilder.protocols`, Jetty `setIncludeProtocols` and Vert.x enable every listed version. `getSupportedProtocols()` enables everything the runtime implements, and Jetty `setExcludeProtocols` without SSLv3 drops Jetty's own exclusions.",
    ecosystem: 'Java & JVM',
    catalogue: ['C2', 'C6', 'C8', 'C9', 'C12', 'C14'],
    docs: [
      'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/javax/net/ssl/SSLSocket.html#setEnabledProtocols(java.lang.String%5B%5D)',
      'https://hc.apache.org/httpcomponents-client-5.2.x/',
      'https://square.github.io/okhttp/features/https/',
      'https://netty.io/4.1/api/io/netty/handler/ssl/SslContextBuilder.html#protocols-java.lang.String...-',
      'https://eclipse.dev/jetty/documentation/jetty-10/operations-guide/index.html#og-protocols-ssl',
    ],
    files: { kinds: [...CODE_KINDS, 'xml'] },
    keywords:
      /setEnabledProtocols|setProtocols|protocols|IncludeProtocols|ExcludeProtocols|tlsVersions|setSupportedProtocols|setTlsVersions|setEnabledTLSProtocols|SecureTransportProtocol|SSLParameters|SSLConnectionSocketFactory|SSLIOSessionStrategy|SSL_ENABLED_PROTOCOLS/,
    fixable: true,
    safe: 'socket.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});',
    limits:
      'Lists built by code (filters over `getSupportedProtocols()`, collections filled elsewhere, values read from configuration) are unknown; a constant is followed only when it is defined in the same file.',
  },
  pattern: LIST_CALL,
  evaluate: (m, ctx, file) => {
    const code = file.code;
    const after = m.index + m[0].length;
    let a: number;
    let b: number | undefined;
    let exclude = false;
    if (m[1] !== undefined) {
      // Mockito `verify(socket).setEnabledProtocols(…)` checks a call made elsewhere.
      if (/\bverify\s*\((?:[^()]|\([^()]{0,80}\)){0,200}\)\s*\.\s*$/.test(code.slice(Math.max(0, m.index - 300), m.index)))
        return undefined;
      a = after;
      b = readUntil(code, a, '');
      exclude = m[1] === 'setExcludeProtocols';
      // `.protocols(...)` without a receiver is a function of the file's own, not a TLS builder.
      if (m[1] === 'protocols' && code[m.index - 1] !== '.' && !/\.\s*$/.test(code.slice(Math.max(0, m.index - 40), m.index)))
        return undefined;
    } else if (m[2] !== undefined) {
      a = after;
      b = readUntil(code, a, ';\n');
      exclude = m[2] === 'excludeProtocols';
    } else if (m[3] !== undefined) {
      const close = readUntil(code, after, '');
      if (close === undefined) return undefined;
      const args = splitArgs(code, after, close);
      if (args.length < 2) return undefined;
      a = args[1].start;
      b = args[1].end;
    } else if (m[4] !== undefined) {
      a = after;
      b = readUntil(code, a, ';');
    } else {
      a = after;
      // Looked for within 1500 characters (an unbounded search per match is quadratic on a hostile file).
      const close = code.slice(a, a + 1500 + '</Set>'.length).indexOf('</Set>');
      b = close < 0 ? undefined : a + close;
      exclude = m[5] === 'ExcludeProtocols';
      if (b !== undefined) {
        const items = [...code.slice(a, b).matchAll(/<Item>\s*([^<]{1,40}?)\s*<\/Item>/g)];
        let set: VersionSet = 0;
        for (const it of items) {
          const v = readVersion(it[1]);
          if (v) set |= setOf(v);
        }
        if (exclude) {
          if (set & setOf('SSLv3')) return undefined;
          return {
            versions: JDK_ALL & ~set,
            severity: 'warning',
            end: b + 6,
            why: "this list replaces Jetty's default exclusions (SSL, SSLv2, SSLv2Hello, SSLv3)",
          };
        }
        return set ? { versions: set, end: b + 6 } : undefined;
      }
    }
    if (b === undefined) return undefined;
    let list = analyzeList(file, a, b);
    // `setExcludeProtocols("SSLv2Hello")`: literals only, none of them a version.
    if (!list && exclude && /^[\s,"'\w.{}[\]()]*$/.test(code.slice(a, b)) && !/^\s*[\w$.]+\s*$/.test(code.slice(a, b)))
      list = { versions: 0, tokens: [] };
    if (!list) return undefined;
    const end = Math.min(code.length, b + (m[2] !== undefined ? 0 : 1));
    if (exclude) {
      if (list.versions & setOf('SSLv3')) return undefined;
      return {
        versions: JDK_ALL & ~list.versions,
        severity: 'warning',
        end,
        why: "the exclude list replaces Jetty's default exclusions (SSL, SSLv2, SSLv2Hello, SSLv3)",
        instead: '`setExcludeProtocols("SSL", "SSLv2", "SSLv2Hello", "SSLv3", "TLSv1", "TLSv1.1")`',
      };
    }
    if (list.empty || list.versions === 0) return undefined;
    return {
      versions: list.versions,
      severity: list.severity,
      why: list.why,
      end,
      fix: list.severity ? undefined : listFix(code, list.tokens, ctx.floor),
      instead: list.tokens.length ? codeInstead(list.tokens, ctx.floor) : undefined,
    };
  },
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`"TLSv1.3"`' : '`"TLSv1.3", "TLSv1.2"`'),
  examples: {
    valid: [
      { file: 'src/main/java/Tls12SocketFactory.java', code: 'socket.setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.3"});' },
      {
        file: 'src/Server.java',
        code: 'SSLParameters params = engine.getSSLParameters();\nparams.setProtocols(new String[] {"TLSv1.3"});',
      },
      {
        file: 'app/src/main/java/com/acme/NoSslv3.java',
        code: 'List<String> protocols = new ArrayList<>(Arrays.asList(socket.getEnabledProtocols()));\nprotocols.remove("SSLv3");\nsocket.setEnabledProtocols(protocols.toArray(new String[0]));',
        note: 'list computed by removing entries: unknown',
      },
      {
        file: 'src/Filter.java',
        code: 'socket.setEnabledProtocols(Arrays.stream(socket.getSupportedProtocols()).filter(p -> !p.equals("TLSv1") && !p.equals("TLSv1.1")).toArray(String[]::new));',
        note: 'a filter that removes TLSv1: not an enabling list',
      },
      {
        file: 'src/Netty.java',
        code: 'SslContext ctx = SslContextBuilder.forServer(cert, key)\n    .protocols("TLSv1.3", "TLSv1.2")\n    .build();',
      },
      {
        file: 'src/Okhttp.kt',
        code: 'val spec = ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)\n    .tlsVersions(TlsVersion.TLS_1_3, TlsVersion.TLS_1_2)\n    .build()',
      },
      { file: 'src/Hc5.java', code: 'TlsConfig.custom().setSupportedProtocols(TLS.V_1_3, TLS.V_1_2).build();' },
      {
        file: 'src/Jetty.java',
        code: 'factory.setExcludeProtocols("SSL", "SSLv2", "SSLv2Hello", "SSLv3", "TLSv1", "TLSv1.1");',
        note: 'exclusions disable',
      },
      {
        file: 'src/Compat.java',
        code: '// socket.setEnabledProtocols(new String[] {"TLSv1", "TLSv1.1", "TLSv1.2"});\nsocket.setEnabledProtocols(new String[] {"TLSv1.2"});',
        note: 'commented out',
      },
      {
        file: 'src/Check.java',
        code: 'assertArrayEquals(new String[] {"TLSv1.2"}, socket.getEnabledProtocols());',
        note: 'reads the list',
      },
      {
        file: 'src/test/java/com/acme/SocketFactoryTest.java',
        code: 'factory.prepare(socket);\nMockito.verify(socket).setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.1", "TLSv1"});\nverify(engine, times(1)).setEnabledProtocols(new String[] {"TLSv1"});',
        note: 'Mockito verifies a call made by the code under test',
      },
      {
        file: 'src/Http2.kt',
        code: 'client.protocols(listOf(Protocol.HTTP_2, Protocol.HTTP_1_1))',
        note: 'OkHttp application protocols, not TLS versions',
      },
      {
        file: 'src/Hello.java',
        code: 'socket.setEnabledProtocols(new String[] {"SSLv2Hello", "TLSv1.2"});',
        note: 'SSLv2Hello is a pseudo-protocol',
      },
    ],
    invalid: [
      {
        file: 'app/src/main/java/x/Tls.java',
        code: 'if (Build.VERSION.SDK_INT == 19) {\n    socket.setEnabledProtocols(new String[] {"TLSv1", "TLSv1.1", "TLSv1.2"});\n}',
        findings: ['2:12 TLSv1.0 TLSv1.1'],
        note: 'a guard on the platform version is not a requested protocol: what it enables there is a default',
      },
      {
        file: 'app/src/main/java/x/Tls.java',
        code: 'if (config.getTlsProtocol().equals("TLSv1")) {\n    socket.setEnabledProtocols(new String[] {"TLSv1"});\n}',
        findings: ['2:12 TLSv1.0'],
        severity: 'note',
        note: 'enabled because the configured protocol asks for it: a capability, judged as TLS-implementation code',
      },
      {
        file: 'src/main/java/Client.java',
        code: 'sslSocket.setEnabledProtocols(\n    new String[] {"TLSv1.2",\n                  "TLSv1.1"});',
        findings: ['3:20 TLSv1.1'],
        note: 'arguments over several lines: the finding is on the line of the legacy element',
      },
      {
        file: 'app/src/main/java/com/acme/TLSSocketFactory.java',
        code: 'private Socket enableTLSOnSocket(Socket socket) {\n    if (socket instanceof SSLSocket) {\n        ((SSLSocket) socket).setEnabledProtocols(new String[] {"TLSv1.1", "TLSv1.2"});\n    }\n    return socket;\n}',
        findings: ['3:30 TLSv1.1'],
        output:
          'private Socket enableTLSOnSocket(Socket socket) {\n    if (socket instanceof SSLSocket) {\n        ((SSLSocket) socket).setEnabledProtocols(new String[] {"TLSv1.2"});\n    }\n    return socket;\n}',
      },
      {
        file: 'src/Client.java',
        code: 'sslSocket.setEnabledProtocols(new String[]{"TLSv1"});',
        findings: ['1:11 TLSv1.0'],
        output: 'sslSocket.setEnabledProtocols(new String[]{"TLSv1.2"});',
      },
      {
        file: 'src/main/java/com/acme/Protocols.java',
        code: 'class Protocols {\n  static final String[] PROTOCOLS = {"TLSv1", "TLSv1.1", "TLSv1.2"};\n\n  void apply(SSLEngine engine) {\n    engine.setEnabledProtocols(PROTOCOLS);\n  }\n}',
        findings: ['5:12 TLSv1.0 TLSv1.1'],
        output:
          'class Protocols {\n  static final String[] PROTOCOLS = {"TLSv1.2"};\n\n  void apply(SSLEngine engine) {\n    engine.setEnabledProtocols(PROTOCOLS);\n  }\n}',
        note: 'array constant defined in the same file',
      },
      {
        file: 'src/Everything.java',
        code: 'sslSocket.setEnabledProtocols(sslSocket.getSupportedProtocols());',
        findings: ['1:11 SSLv3 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'src/Hc4.java',
        code: 'SSLConnectionSocketFactory sslsf = new SSLConnectionSocketFactory(\n        sslcontext,\n        new String[] { "TLSv1" },\n        null,\n        SSLConnectionSocketFactory.getDefaultHostnameVerifier());',
        findings: ['3:25 TLSv1.0'],
      },
      {
        file: 'src/Hc5.java',
        code: 'final TlsConfig tls = TlsConfig.custom()\n    .setSupportedProtocols(TLS.V_1_0, TLS.V_1_1, TLS.V_1_2)\n    .build();',
        findings: ['2:6 TLSv1.0 TLSv1.1'],
        output: 'final TlsConfig tls = TlsConfig.custom()\n    .setSupportedProtocols(TLS.V_1_2)\n    .build();',
      },
      {
        file: 'app/src/main/java/com/acme/Api.kt',
        code: 'val spec = ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)\n    .tlsVersions(TlsVersion.TLS_1_2, TlsVersion.TLS_1_1, TlsVersion.TLS_1_0)\n    .build()',
        findings: ['2:6 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/main/java/okhttp3/ConnectionSpec.java',
        code: 'public static final ConnectionSpec COMPATIBLE_TLS = new Builder(MODERN_TLS)\n    .tlsVersions(TlsVersion.TLS_1_0)\n    .build();',
        findings: ['2:6 TLSv1.0'],
        output:
          'public static final ConnectionSpec COMPATIBLE_TLS = new Builder(MODERN_TLS)\n    .tlsVersions(TlsVersion.TLS_1_2)\n    .build();',
        note: 'one version constant alone is a value, not a name to look up',
      },
      {
        file: 'src/Netty.java',
        code: 'SslContextBuilder.forClient().protocols("TLSv1", "TLSv1.1", "TLSv1.2").build();',
        findings: ['1:31 TLSv1.0 TLSv1.1'],
        output: 'SslContextBuilder.forClient().protocols("TLSv1.2").build();',
      },
      {
        file: 'src/Jetty.java',
        code: 'SslContextFactory.Server f = new SslContextFactory.Server();\nf.setIncludeProtocols("TLSv1", "TLSv1.1", "TLSv1.2");',
        findings: ['2:3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/Jetty.java',
        code: 'sslContextFactory.setExcludeProtocols("SSLv2Hello");',
        findings: ['1:19 SSLv3 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'replaces the default exclusions',
      },
      {
        file: 'src/Params.java',
        code: 'SSLParameters p = new SSLParameters(new String[] {"TLS_AES_128_GCM_SHA256"}, new String[] {"TLSv1", "TLSv1.2"});',
        findings: ['1:19 TLSv1.0'],
      },
      {
        file: 'src/Tls.kt',
        code: 'sslSocket.enabledProtocols = arrayOf("TLSv1", "TLSv1.1", "TLSv1.2")',
        findings: ['1:11 TLSv1.0 TLSv1.1'],
        output: 'sslSocket.enabledProtocols = arrayOf("TLSv1.2")',
      },
      {
        file: 'src/Mysql.java',
        code: 'ds.setEnabledTLSProtocols("TLSv1,TLSv1.1,TLSv1.2");',
        findings: ['1:4 TLSv1.0 TLSv1.1'],
        note: 'one literal holding a list',
      },
      {
        file: 'src/Producer.java',
        code: 'props.put(SslConfigs.SSL_ENABLED_PROTOCOLS_CONFIG, "TLSv1.2,TLSv1.1");',
        findings: ['1:22 TLSv1.1'],
      },
      {
        file: 'etc/jetty-ssl-context.xml',
        code: '<Set name="IncludeProtocols">\n  <Array type="String">\n    <Item>TLSv1</Item>\n    <Item>TLSv1.2</Item>\n  </Array>\n</Set>',
        findings: ['3:11 TLSv1.0'],
      },
      {
        file: 'src/Socket.java',
        code: 'socket.setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.3"});',
        floor: 'TLSv1.3',
        findings: ['1:8 TLSv1.2'],
        output: 'socket.setEnabledProtocols(new String[] {"TLSv1.3"});',
      },
    ],
  },
});
