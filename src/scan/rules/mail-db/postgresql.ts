import { configRule, minOrMax } from '../web-servers/index.js';

// ---------------------------------------------------------------------------------------------
// M7 PostgreSQL
// ---------------------------------------------------------------------------------------------

export const postgresSslProtocolVersion = configRule({
  meta: {
    id: 'postgres/ssl-protocol-version',
    title: 'PostgreSQL SSL protocol version allows legacy TLS',
    description:
      '`ssl_min_protocol_version` / `ssl_max_protocol_version` (postgresql.conf, `ALTER SYSTEM`, PG 12+) and the libpq connection parameters of the same name (`PGSSLMINPROTOCOLVERSION`) bound the TLS versions; `TLSv1` / `TLSv1.1` as minimum or a `TLSv1.1` maximum allow legacy TLS.',
    ecosystem: 'Mail, databases & brokers',
    catalogue: ['M7'],
    docs: [
      'https://www.postgresql.org/docs/current/runtime-config-connection.html#GUC-SSL-MIN-PROTOCOL-VERSION',
      'https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNECT-SSL-MIN-PROTOCOL-VERSION',
    ],
    files: {
      kinds: [
        'conf',
        'ini',
        'other',
        'yaml',
        'json',
        'shell',
        'dockerfile',
        'env',
        'sql',
        'properties',
        'python',
        'js',
        'ts',
        'go',
        'java',
        'ruby',
        'php',
        'csharp',
        'rust',
      ],
      names: /postgresql|pg_|postgres/,
    },
    keywords: /ssl_min_protocol_version|ssl_max_protocol_version|PGSSLMINPROTOCOLVERSION|PGSSLMAXPROTOCOLVERSION/,
    fixable: true,
    safe: "ssl_min_protocol_version = 'TLSv1.2'",
    limits:
      'PostgreSQL 12 defaults to TLSv1 (13+: TLSv1.2); defaults are not reported. RDS parameter groups and Azure flexible-server configurations are left to the cloud rules.',
  },
  keys: /(?:postgresql_)?ssl_(?:min|max)_protocol_version|PGSSL(?:MIN|MAX)PROTOCOLVERSION/i,
  finder: { spaceSeparated: true },
  // CloudFormation/ARM JSON parameter groups are the cloud rules' (`"Parameters": {"ssl_min_protocol_version": …}`).
  where: (s, file) =>
    !file.matches(/AWS::RDS::DB(?:Cluster)?ParameterGroup/) && (file.kind !== 'json' || !file.matches(/"(?:Parameters|properties)"\s*:/)),
  evaluate: minOrMax(),
  instead: (ctx) => `\`ssl_min_protocol_version = '${ctx.floor}'\``,
  examples: {
    valid: [
      { file: 'postgresql.conf', code: "ssl = on\nssl_min_protocol_version = 'TLSv1.2'\n" },
      {
        file: 'postgresql.conf',
        code: "#ssl_min_protocol_version = 'TLSv1.2'\n#ssl_max_protocol_version = ''\n",
        note: 'commented sample defaults',
      },
      { file: 'postgresql.conf', code: "ssl_max_protocol_version = 'TLSv1.3'\n", note: 'a cap above the floor' },
      { file: 'db.py', code: 'conn = psycopg2.connect("host=db sslmode=verify-full ssl_min_protocol_version=TLSv1.3")\n' },
      { file: 'postgresql.conf', code: "ssl_max_protocol_version = ''\n", note: 'empty: no cap' },
      {
        file: 'pg.tf',
        code: 'resource "azurerm_postgresql_flexible_server_configuration" "tls" {\n  name  = "ssl_min_protocol_version"\n  value = "TLSv1"\n}\n',
        note: 'cloud server parameters are reported by the AWS/Azure rules',
      },
      {
        file: 'cfn/db.yaml',
        code: 'Type: AWS::RDS::DBParameterGroup\nProperties:\n  Parameters:\n    ssl_min_protocol_version: TLSv1\n',
        note: 'CloudFormation parameter group: the AWS rule reports it',
      },
      {
        file: 'check.sh',
        code: "psql -c \"SELECT setting FROM pg_settings WHERE name IN ('ssl', 'ssl_min_protocol_version', 'ssl_max_protocol_version')\"\n",
        note: 'a query that lists parameter names',
      },
    ],
    invalid: [
      {
        file: 'postgresql.conf',
        code: "ssl = on\nssl_min_protocol_version = 'TLSv1'\n",
        findings: ['2:1 TLSv1.0 TLSv1.1'],
        output: "ssl = on\nssl_min_protocol_version = 'TLSv1.2'\n",
      },
      { file: 'postgresql.conf', code: "ssl_max_protocol_version = 'TLSv1.1'\n", findings: ['1:1 TLSv1.0 TLSv1.1'] },
      { file: 'migrations/001.sql', code: "ALTER SYSTEM SET ssl_min_protocol_version TO 'TLSv1.1';\n", findings: ['1:18 TLSv1.1'] },
      {
        file: 'app/db.py',
        code: 'DSN = "host=db port=5432 sslmode=require ssl_min_protocol_version=TLSv1 dbname=app"\n',
        findings: ['1:42 TLSv1.0 TLSv1.1'],
        note: 'libpq connection string',
      },
      { file: 'values.yaml', code: 'postgresql:\n  parameters:\n    ssl_min_protocol_version: TLSv1.1\n', findings: ['3:5 TLSv1.1'] },
      { file: '.env', code: 'PGSSLMINPROTOCOLVERSION=TLSv1.1\n', findings: ['1:1 TLSv1.1'] },
    ],
  },
});
