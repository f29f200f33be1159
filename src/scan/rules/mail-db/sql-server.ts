import { asList } from '../../define.js';
import { configRule } from '../web-servers/index.js';

// ---------------------------------------------------------------------------------------------
// M10 SQL Server on Linux
// ---------------------------------------------------------------------------------------------

export const mssqlTlsProtocols = configRule({
  meta: {
    id: 'mssql/tlsprotocols',
    title: 'SQL Server on Linux tlsprotocols enables legacy TLS',
    description:
      '`mssql-conf set network.tlsprotocols 1.0,1.1,1.2` (or `tlsprotocols` under `[network]` in mssql.conf) lists the versions SQL Server on Linux accepts.',
    ecosystem: 'Mail, databases & brokers',
    catalogue: ['M10'],
    docs: ['https://learn.microsoft.com/en-us/sql/linux/sql-server-linux-configure-mssql-conf#tls'],
    files: { kinds: ['ini', 'conf', 'shell', 'dockerfile', 'yaml', 'other'], names: /mssql/ },
    keywords: /tlsprotocols/,
    fixable: true,
    safe: 'mssql-conf set network.tlsprotocols 1.2',
    limits: 'SQL Server on Windows follows the SCHANNEL registry settings (catalogue B1), not this setting.',
  },
  keys: /(?:network\.)?tlsprotocols/i,
  evaluate: asList({ bareNumbers: true }),
  instead: (ctx) => `\`mssql-conf set network.tlsprotocols ${ctx.floor === 'TLSv1.3' ? '1.3' : '1.2'}\``,
  examples: {
    valid: [
      { file: 'setup.sh', code: '/opt/mssql/bin/mssql-conf set network.tlsprotocols 1.2\n' },
      { file: 'mssql.conf', code: '[network]\ntlsprotocols = 1.2\n' },
      { file: 'mssql.conf', code: '[network]\n# tlsprotocols = 1.0,1.1,1.2\ntlsprotocols = 1.2,1.3\n', note: 'commented' },
    ],
    invalid: [
      {
        file: 'setup.sh',
        code: 'sudo /opt/mssql/bin/mssql-conf set network.tlsprotocols 1.0,1.1,1.2\n',
        findings: ['1:36 TLSv1.0 TLSv1.1'],
        output: 'sudo /opt/mssql/bin/mssql-conf set network.tlsprotocols 1.2\n',
      },
      { file: 'mssql.conf', code: '[network]\nforceencryption = 1\ntlsprotocols = 1.1,1.2\n', findings: ['3:1 TLSv1.1'] },
      { file: 'Dockerfile', code: 'RUN /opt/mssql/bin/mssql-conf set network.tlsprotocols 1.0\n', findings: ['1:35 TLSv1.0'] },
    ],
  },
});
