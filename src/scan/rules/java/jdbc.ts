import { asList, settingRule } from '../../define.js';
import { readVersion, respell } from '../../evaluate.js';
import { CODE_KINDS, codeCallOrConfig, CONFIG_KINDS, contextVersions, inSedSearch, isCode, safeList } from './shared.js';

// ---------------------------------------------------------------------------------------------
// C14: JDBC URL and driver properties
// ---------------------------------------------------------------------------------------------

export const jdbcProtocols = settingRule({
  meta: {
    id: 'java/jdbc-tls-protocols',
    title: 'JDBC driver pinned to legacy TLS',
    description:
      'SQL Server `sslProtocol=TLSv1` (the SSLContext protocol of mssql-jdbc), MySQL Connector/J `enabledTLSProtocols=` / `tlsVersions=` and MariaDB `enabledSslProtocolSuites=` in JDBC URLs and driver properties make the driver offer the listed versions.',
    ecosystem: 'Java & JVM',
    catalogue: ['C14'],
    docs: [
      'https://learn.microsoft.com/en-us/sql/connect/jdbc/setting-the-connection-properties',
      'https://dev.mysql.com/doc/connector-j/en/connector-j-connp-props-security.html',
      'https://mariadb.com/kb/en/about-mariadb-connector-j/',
    ],
    files: { kinds: [...CONFIG_KINDS, ...CODE_KINDS] },
    keywords: /enabledTLSProtocols|tlsVersions|enabledSslProtocolSuites|sslProtocol/,
    fixable: true,
    safe: 'jdbc:mysql://db:3306/app?sslMode=VERIFY_IDENTITY&tlsVersions=TLSv1.2,TLSv1.3',
    limits:
      'The driver version decides the default when the parameter is absent (Connector/J before 8.0.28 and mssql-jdbc before 9 offered TLSv1 and TLSv1.1).',
  },
  keys: /enabledTLSProtocols|tlsVersions|enabledSslProtocolSuites|sslProtocol/,
  finder: { spaceSeparated: false, stops: '&"\'' },
  where: (s, file) => {
    if (inSedSearch(file, s.keyStart)) return false;
    // In code the URL is often concatenated over several lines: look a few lines back.
    const before = file.code.slice(Math.max(0, s.keyStart - 600), s.keyStart);
    if (s.key === 'sslProtocol') return /jdbc:sqlserver:/i.test(before) && file.code[s.keyStart - 1] === ';';
    if (isCode(file)) return codeCallOrConfig(s, file) || /jdbc:/i.test(before);
    return true;
  },
  evaluate: (s, ctx, file) => {
    const encoded = /%2C/i.test(s.value);
    const setting = encoded ? { ...s, value: s.value.replace(/%2C/gi, ',   ') } : s;
    if (s.key === 'sslProtocol') {
      const v = readVersion(s.value.trim());
      if (!v) return undefined;
      const spelled = respell(s.value.trim(), ctx.floor);
      return {
        versions: contextVersions(v),
        fix: spelled ? { start: s.valueStart, end: s.valueEnd, text: spelled } : undefined,
        instead: `\`sslProtocol=${ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2'}\``,
      };
    }
    const e = asList()(setting, ctx, file);
    if (!e) return undefined;
    return { ...e, fix: encoded ? undefined : e.fix, instead: `\`${s.key}=${safeList(ctx.floor)}\`` };
  },
  instead: (ctx) => `\`tlsVersions=${safeList(ctx.floor)}\``,
  examples: {
    valid: [
      {
        file: 'src/main/resources/application.properties',
        code: 'spring.datasource.url=jdbc:mysql://db:3306/app?sslMode=REQUIRED&tlsVersions=TLSv1.2,TLSv1.3',
      },
      {
        file: 'src/main/resources/application.properties',
        code: 'spring.datasource.url=jdbc:sqlserver://db:1433;databaseName=app;encrypt=true;sslProtocol=TLS',
        note: '"TLS" lets the driver negotiate',
      },
      {
        file: 'conf/server.xml',
        code: '<Connector port="8443" sslProtocol="TLSv1" />',
        note: 'Tomcat attribute: the Tomcat rule reports it',
      },
      {
        file: 'src/main/resources/db.properties',
        code: '# url=jdbc:mysql://legacy:3306/app?enabledTLSProtocols=TLSv1\nurl=jdbc:mysql://db:3306/app?enabledTLSProtocols=TLSv1.2',
        note: 'commented out',
      },
      {
        file: 'src/Db.java',
        code: '//String url="jdbc:sqlserver://10.0.0.5;encrypt=false;sslProtocol=TLSv1.1;database=BAS;";\nString url = "jdbc:sqlserver://10.0.0.5;encrypt=true;sslProtocol=TLSv1.2;database=BAS;";',
        note: 'commented-out URL; TLSv1.2',
      },
    ],
    invalid: [
      {
        file: 'src/main/resources/application.properties',
        code: 'spring.datasource.url=jdbc:sqlserver://legacy-db:1433;databaseName=erp;encrypt=true;trustServerCertificate=true;sslProtocol=TLSv1',
        findings: ['1:113 TLSv1.0'],
        output:
          'spring.datasource.url=jdbc:sqlserver://legacy-db:1433;databaseName=erp;encrypt=true;trustServerCertificate=true;sslProtocol=TLSv1.2',
      },
      {
        file: 'src/main/resources/application.yml',
        code: 'spring:\n  datasource:\n    url: jdbc:mysql://db:3306/app?useSSL=true&enabledTLSProtocols=TLSv1,TLSv1.1,TLSv1.2&serverTimezone=UTC',
        findings: ['3:47 TLSv1.0 TLSv1.1'],
        output: 'spring:\n  datasource:\n    url: jdbc:mysql://db:3306/app?useSSL=true&enabledTLSProtocols=TLSv1.2&serverTimezone=UTC',
      },
      {
        file: 'src/main/java/Db.java',
        code: 'String url = "jdbc:mariadb://db:3306/app?useSsl=true&enabledSslProtocolSuites=TLSv1.1";',
        findings: ['1:54 TLSv1.1'],
      },
      {
        file: 'app/src/main/java/com/acme/Db.kt',
        code: 'val url = "jdbc:sqlserver://$host:1433;databaseName=erp;" +\n    "encrypt=true;trustServerCertificate=true;" +\n    "loginTimeout=30;sslProtocol=TLSv1.1;"',
        findings: ['3:22 TLSv1.0 TLSv1.1'],
        note: 'URL concatenated over several lines',
      },
      {
        file: 'hibernate.cfg.xml',
        code: '<property name="connection.url">jdbc:mysql://db/app?tlsVersions=TLSv1%2CTLSv1.2</property>',
        findings: ['1:53 TLSv1.0'],
        note: 'URL-encoded comma',
      },
    ],
  },
});
