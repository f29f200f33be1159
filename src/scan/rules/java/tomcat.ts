import { asList, settingRule } from '../../define.js';
import { readVersion, tokenize } from '../../evaluate.js';
import {
  contextVersions,
  enclosingTag,
  inSedSearch,
  isCode,
  linePrefix,
  rewriteSetting,
  safeList,
  separatorOf,
  TLS_ALL,
} from './shared.js';

// ---------------------------------------------------------------------------------------------
// C10: Tomcat server.xml
// ---------------------------------------------------------------------------------------------

function tomlSection(code: string, offset: number): string | undefined {
  const before = code.slice(Math.max(0, offset - 4000), offset);
  const all = [...before.matchAll(/^[ \t]*\[([^\]\n]{1,200})\][ \t]*$/gm)];
  return all.length ? all[all.length - 1][1] : undefined;
}

export const tomcatProtocols = settingRule({
  meta: {
    id: 'java/tomcat-protocols',
    title: 'Tomcat connector accepts legacy TLS',
    description:
      'Tomcat `<SSLHostConfig protocols="…">`, `<Connector sslEnabledProtocols="…">` and the APR/OpenSSL `SSLProtocol` attribute list the versions a connector accepts (`+`/`-` syntax; `all` means TLSv1 to TLSv1.3). `sslProtocol` names the SSLContext protocol.',
    ecosystem: 'Java & JVM',
    catalogue: ['C10'],
    docs: ['https://tomcat.apache.org/tomcat-10.1-doc/config/http.html#SSL_Support_-_SSLHostConfig'],
    files: { kinds: ['xml', 'properties', 'yaml', 'shell', 'dockerfile', 'json', 'env', 'toml'], names: /server\.xml|tomcat|catalina/ },
    keywords: /sslEnabledProtocols|SSLProtocol|protocols/,
    fixable: true,
    safe: '<SSLHostConfig protocols="TLSv1.2+TLSv1.3">',
    limits:
      'Without `protocols`, Tomcat up to 9.0.x (before TLSv1.2+TLSv1.3 became the default) accepted every version the JVM enables; that default is not reported. `sslProtocol` alone does not restrict a server socket and is reported as a warning.',
  },
  keys: /sslEnabledProtocols|SSLEnabledProtocols|SSLProtocol|sslProtocol|protocols/,
  finder: { spaceSeparated: false },
  where: (s, file) => {
    if (inSedSearch(file, s.keyStart)) return false;
    if (s.key === 'protocols') {
      if (file.kind === 'toml') return /sslHostConfig/i.test(tomlSection(file.code, s.keyStart) ?? '');
      if (file.kind === 'shell' || file.kind === 'dockerfile')
        return file.code.slice(Math.max(0, s.keyStart - 400), s.keyStart + 400).includes('server.xml');
      return /^(?:SSLHostConfig|Connector)$/.test(enclosingTag(file.code, s.keyStart) ?? '');
    }
    if (/jdbc:/i.test(linePrefix(file.code, s.keyStart)) || file.code[s.keyStart - 1] === ';') return false;
    return !isCode(file);
  },
  evaluate: (s, ctx, file) => {
    if (s.key === 'sslProtocol') {
      const tokens = tokenize(s.value);
      const v = tokens.length === 1 ? readVersion(tokens[0].text) : undefined;
      if (!v) return undefined;
      return {
        versions: contextVersions(v),
        severity: 'warning',
        why: '`sslProtocol` is the SSLContext protocol; the accepted versions also depend on `protocols`/`sslEnabledProtocols`',
        instead: '`sslProtocol="TLS"` with `protocols="TLSv1.2+TLSv1.3"`',
      };
    }
    const e = asList({ all: TLS_ALL, base: TLS_ALL })(s, ctx, file);
    if (!e) return undefined;
    const sep = s.key === 'sslEnabledProtocols' || s.key === 'SSLEnabledProtocols' ? separatorOf(s.value) : '+';
    const usesAll = /(^|[\s+,])[+]?all\b/i.test(s.value);
    return {
      ...e,
      why: usesAll ? '`all` includes TLSv1 and TLSv1.1' : e.why,
      fix:
        usesAll || !e.fix
          ? { start: s.valueStart, end: s.valueEnd, text: safeList(ctx.floor, sep) }
          : e.fix.text.startsWith('+') && !s.value.trim().startsWith('+')
            ? { ...e.fix, text: e.fix.text.slice(1) }
            : e.fix,
      instead: rewriteSetting(file, s, safeList(ctx.floor, sep)),
    };
  },
  instead: (ctx) => `\`protocols="${safeList(ctx.floor, '+')}"\``,
  examples: {
    valid: [
      {
        file: 'conf/server.xml',
        code: '<Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol" SSLEnabled="true">\n  <SSLHostConfig protocols="TLSv1.2+TLSv1.3">\n    <Certificate certificateKeystoreFile="conf/ks.p12" type="RSA" />\n  </SSLHostConfig>\n</Connector>',
      },
      {
        file: 'conf/server.xml',
        code: '<Connector port="8443" SSLEnabled="true" scheme="https" secure="true"\n           clientAuth="false" sslProtocol="TLS" sslEnabledProtocols="TLSv1.2,TLSv1.3" />',
        note: '"TLS" is the protocol family',
      },
      {
        file: 'conf/server.xml',
        code: '<!-- <Connector port="8443" sslEnabledProtocols="TLSv1,TLSv1.1,TLSv1.2" /> -->\n<Connector port="8443" sslEnabledProtocols="TLSv1.2" />',
        note: 'commented out',
      },
      { file: 'conf/server.xml', code: '<SSLHostConfig protocols="all -TLSv1 -TLSv1.1">', note: 'all minus the legacy versions' },
      {
        file: 'conf/server.xml',
        code: '<Connector port="8080" protocol="HTTP/1.1" redirectPort="8443" />',
        note: 'protocol (singular) is the HTTP implementation',
      },
      {
        file: 'conf/context.xml',
        code: '<Resource name="jdbc/db" url="jdbc:sqlserver://db:1433;encrypt=true;sslProtocol=TLSv1.2" />',
        note: 'JDBC parameter, other rule',
      },
      { file: 'conf/server.xml', code: '<Connector port="8443" sslProtocol="TLSv1.2" sslEnabledProtocols="TLSv1.2" />' },
      {
        file: 'Dockerfile',
        code: 'RUN sed -i "conf/server.xml" \\\n    -e \'s|protocols="TLSv1+TLSv1.1+TLSv1.2"|protocols="TLSv1.2+TLSv1.3"|\'',
        note: 'the sed removes the legacy versions',
      },
      { file: 'repository/conf/deployment.toml', code: '[transport.https.sslHostConfig.properties]\nprotocols="TLSv1.2+TLSv1.3"' },
    ],
    invalid: [
      {
        file: 'conf/server.xml',
        code: '<Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"\n           maxThreads="150" SSLEnabled="true" scheme="https" secure="true"\n           clientAuth="false" sslProtocol="TLS"\n           sslEnabledProtocols="TLSv1,TLSv1.1,TLSv1.2" />',
        findings: ['4:12 TLSv1.0 TLSv1.1'],
        output:
          '<Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"\n           maxThreads="150" SSLEnabled="true" scheme="https" secure="true"\n           clientAuth="false" sslProtocol="TLS"\n           sslEnabledProtocols="TLSv1.2" />',
      },
      {
        file: 'conf/server.xml',
        code: '<SSLHostConfig protocols="TLSv1+TLSv1.1+TLSv1.2">',
        findings: ['1:16 TLSv1.0 TLSv1.1'],
        output: '<SSLHostConfig protocols="TLSv1.2">',
      },
      {
        file: 'conf/server.xml',
        code: '<SSLHostConfig hostName="example.com"\n               protocols="all">',
        findings: ['2:16 TLSv1.0 TLSv1.1'],
        output: '<SSLHostConfig hostName="example.com"\n               protocols="TLSv1.2+TLSv1.3">',
      },
      {
        file: 'conf/server.xml',
        code: '<Connector port="443" SSLProtocol="TLSv1+TLSv1.1+TLSv1.2" SSLEnabled="true" />',
        findings: ['1:23 TLSv1.0 TLSv1.1'],
        note: 'APR connector',
      },
      {
        file: 'conf/server.xml',
        code: '<Connector port="8443" SSLEnabled="true" keystoreFile="conf/.keystore" sslProtocol="TLSv1" />',
        findings: ['1:72 TLSv1.0'],
        severity: 'warning',
      },
      { file: 'conf/server.xml', code: '<SSLHostConfig protocols="+TLSv1.1 +TLSv1.2 +TLSv1.3">', findings: ['1:16 TLSv1.1'] },
      {
        file: 'Dockerfile',
        code: 'RUN sed -i "conf/server.xml" \\\n    -e \'s|protocols="TLSv1.2"|protocols="SSLv2Hello+TLSv1+TLSv1.1+TLSv1.2"|\'',
        findings: ['2:31 TLSv1.0 TLSv1.1'],
        note: 'a sed that writes the attribute into server.xml; its search half is not a setting',
      },
      {
        file: 'repository/conf/deployment.toml',
        code: '[server]\nhostname = "localhost"\n\n[transport.https.sslHostConfig.properties]\nprotocols="TLSv1+TLSv1.1+TLSv1.2+TLSv1.3"',
        findings: ['5:1 TLSv1.0 TLSv1.1'],
        note: 'WSO2 deployment.toml passes SSLHostConfig properties',
      },
      {
        file: 'cycle_server.properties',
        code: 'webServerSslEnabledProtocols=TLSv1.2\nsslEnabledProtocols="TLSv1.0+TLSv1.1+TLSv1.2"',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
      },
    ],
  },
});
