import { asList, settingRule } from '../../define.js';

// ---------------------------------------------------------------------------------------------
// A9: WCF binding configuration (web.config / app.config)
// ---------------------------------------------------------------------------------------------

export const wcfSslProtocols = settingRule({
  meta: {
    id: 'dotnet/wcf-ssl-protocols',
    title: 'WCF binding configuration enables legacy TLS',
    description:
      'The `sslProtocols` attribute of a WCF `<transport>` (netTcpBinding) or `<sslStreamSecurity>` (customBinding) element lists the versions of the TCP transport, as `SslProtocols` names joined by `|` or `,`.',
    ecosystem: '.NET',
    catalogue: ['A9'],
    docs: ['https://learn.microsoft.com/dotnet/framework/configure-apps/file-schema/wcf/transport-of-nettcpbinding'],
    files: { kinds: ['xml'] },
    keywords: /sslProtocols/,
    fixable: true,
    safe: '<transport clientCredentialType="Windows" sslProtocols="Tls12" />',
    limits: 'Without the attribute WCF follows `ServicePointManager` or its own framework-dependent default.',
  },
  keys: /sslProtocols/,
  finder: { spaceSeparated: false },
  where: (s, file) => /^<\s*(?:transport|sslStreamSecurity)\b/.test(tagBefore(file.code, s.keyStart)),
  evaluate: asList({ spell: { tls: 'TLSv1.0' } }),
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`sslProtocols="Tls13"`' : '`sslProtocols="Tls12"` (add `Tls13` where the OS supports it)'),
  examples: {
    valid: [
      {
        file: 'web.config',
        code: '<netTcpBinding>\n  <binding name="tcp">\n    <security mode="Transport">\n      <transport clientCredentialType="Windows" sslProtocols="Tls12" />\n    </security>\n  </binding>\n</netTcpBinding>',
      },
      {
        file: 'conf/server.xml',
        code: '<Connector port="8443" SSLEnabled="true" sslProtocols="TLSv1,TLSv1.1,TLSv1.2" />',
        note: 'Tomcat connector (Java rules)',
      },
      {
        file: 'app.config',
        code: '<!-- <transport sslProtocols="Tls|Tls11|Tls12" /> -->\n<transport sslProtocols="Tls12|Tls13" />',
        note: 'commented out',
      },
      { file: 'App.config', code: '<sslStreamSecurity requireClientCertificate="false" sslProtocols="Tls12" />' },
    ],
    invalid: [
      {
        file: 'Web.config',
        code: '<security mode="Transport">\n  <transport clientCredentialType="None"\n             protectionLevel="EncryptAndSign"\n             sslProtocols="Tls|Tls11|Tls12" />\n</security>',
        findings: ['4:14 TLSv1.0 TLSv1.1'],
        output:
          '<security mode="Transport">\n  <transport clientCredentialType="None"\n             protectionLevel="EncryptAndSign"\n             sslProtocols="Tls12" />\n</security>',
      },
      {
        file: 'App.config',
        code: '<transport clientCredentialType="Certificate" sslProtocols="Tls, Tls11" />',
        findings: ['1:47 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'service.exe.config',
        code: '<customBinding><binding name="b"><sslStreamSecurity sslProtocols="Ssl3|Tls12" /><tcpTransport /></binding></customBinding>',
        findings: ['1:53 SSLv3'],
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// (helpers for the XML rules)
function tagBefore(code: string, pos: number): string {
  const window = code.slice(Math.max(0, pos - 2000), pos);
  return window.slice(window.lastIndexOf('<'));
}
