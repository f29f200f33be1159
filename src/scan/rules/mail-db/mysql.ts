import { asList } from '../../define.js';
import { configRule } from '../web-servers/index.js';

// ---------------------------------------------------------------------------------------------
// M6 MySQL / MariaDB
// ---------------------------------------------------------------------------------------------

export const mysqlTlsVersion = configRule({
  meta: {
    id: 'mysql/tls-version',
    title: 'MySQL / MariaDB tls_version enables legacy TLS',
    description:
      '`tls_version` / `admin_tls_version` (server), `--tls-version` (clients) and the Connector/J `tlsVersions` / `enabledTLSProtocols` properties list the versions MySQL and MariaDB use; listing TLSv1 or TLSv1.1 enables them.',
    ecosystem: 'Mail, databases & brokers',
    catalogue: ['M6'],
    docs: [
      'https://dev.mysql.com/doc/refman/8.0/en/server-system-variables.html#sysvar_tls_version',
      'https://mariadb.com/kb/en/ssltls-system-variables/#tls_version',
    ],
    files: { kinds: ['ini', 'conf', 'other', 'yaml', 'shell', 'dockerfile', 'env', 'properties', 'sql'], names: /my\.cnf|mysql|mariadb/ },
    keywords: /tls_version|tls-version|tlsVersions|enabledTLSProtocols/,
    fixable: true,
    safe: 'tls_version = TLSv1.2,TLSv1.3',
    limits:
      'Unset, MySQL 5.7 and MariaDB before 10.6 allow TLSv1 and TLSv1.1 (MySQL 8.0.28+ removed them); defaults are not reported. RDS parameter groups and Azure flexible-server configurations are left to the cloud rules.',
  },
  keys: /(?:admin_)?tls[_-]version|tlsVersions|enabledTLSProtocols/,
  finder: { spaceSeparated: true },
  where: (s, file) => {
    if (file.kind === 'hcl' || file.kind === 'json' || file.matches(/AWS::RDS::DB(?:Cluster)?ParameterGroup/)) return false;
    if (/tlsVersions|enabledTLSProtocols/.test(s.key))
      return /mysql|mariadb/i.test(file.code.slice(Math.max(0, s.keyStart - 300), s.keyStart));
    // `tls_version` is also a field of other tools (MQTT clients, Docker Compose): outside option
    // files, require a MySQL context in the file.
    if (/^\s*(?:ssl\.|tls\.|PROTOCOL_)/.test(s.value)) return false;
    return file.kind === 'ini' || /mysql|mariadb|percona/i.test(file.path) || file.matches(/mysql|mariadb|percona/i);
  },
  evaluate: asList(),
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`tls_version=TLSv1.3`' : '`tls_version=TLSv1.2,TLSv1.3`'),
  examples: {
    valid: [
      { file: 'my.cnf', code: '[mysqld]\ntls_version=TLSv1.2,TLSv1.3\n' },
      { file: 'mariadb.cnf', code: '[mariadb]\n#tls_version = TLSv1.0,TLSv1.1,TLSv1.2\ntls_version = TLSv1.2\n', note: 'commented' },
      { file: 'docker-compose.yml', code: 'command: --tls-version=TLSv1.2 --require-secure-transport=ON\n' },
      { file: 'my.cnf', code: "[mysqld]\ntls_version=''\n", note: 'empty disables TLS: not a version' },
      {
        file: 'rds.tf',
        code: 'resource "aws_db_parameter_group" "mysql" {\n  parameter {\n    name  = "tls_version"\n    value = "TLSv1,TLSv1.1"\n  }\n}\n',
        note: 'cloud parameter groups are reported by the AWS/Azure rules',
      },
      { file: 'configuration.yaml', code: 'mqtt:\n  broker: mqtt.local\n  tls_version: TLSv1\n', note: 'an MQTT client, not MySQL' },
    ],
    invalid: [
      {
        file: 'my.cnf',
        code: '[mysqld]\nssl_ca=/etc/mysql/ca.pem\ntls_version=TLSv1,TLSv1.1,TLSv1.2\n',
        findings: ['3:1 TLSv1.0 TLSv1.1'],
        output: '[mysqld]\nssl_ca=/etc/mysql/ca.pem\ntls_version=TLSv1.2\n',
      },
      {
        file: 'mariadb.conf.d/50-server.cnf',
        code: '[mariadb]\ntls_version = TLSv1.0,TLSv1.1\n',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
      },
      { file: 'my.cnf', code: '[mysqld]\nadmin_tls_version = TLSv1.1,TLSv1.2\n', findings: ['2:1 TLSv1.1'] },
      { file: 'backup.sh', code: 'mysqldump --ssl-mode=REQUIRED --tls-version=TLSv1 -h db mydb > dump.sql\n', findings: ['1:33 TLSv1.0'] },
      {
        file: 'application.properties',
        code: 'spring.datasource.url=jdbc:mysql://db:3306/app?sslMode=REQUIRED&enabledTLSProtocols=TLSv1.1,TLSv1.2\n',
        findings: ['1:65 TLSv1.1'],
      },
    ],
  },
});
