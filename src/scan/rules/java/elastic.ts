import { asList, settingRule } from '../../define.js';
import { inSedSearch, rewriteSetting, safeList, separatorOf } from './shared.js';

// ---------------------------------------------------------------------------------------------
// C15: Elastic stack supported_protocols
// ---------------------------------------------------------------------------------------------

export const elasticSupportedProtocols = settingRule({
  meta: {
    id: 'java/elastic-supported-protocols',
    title: 'Elastic stack supported_protocols enables legacy TLS',
    description:
      'Elasticsearch `xpack.security.{http,transport}.ssl.supported_protocols`, Beats `ssl.supported_protocols`, Logstash `ssl_supported_protocols` and Kibana `server.ssl.supportedProtocols` / `elasticsearch.ssl.supportedProtocols` list the versions the component accepts or offers.',
    ecosystem: 'Java & JVM',
    catalogue: ['C15'],
    docs: [
      'https://www.elastic.co/guide/en/elasticsearch/reference/current/security-settings.html#ssl-tls-settings',
      'https://www.elastic.co/guide/en/beats/filebeat/current/configuration-ssl.html#supported-protocols',
      'https://www.elastic.co/guide/en/kibana/current/settings.html',
    ],
    files: { kinds: ['yaml', 'conf', 'properties', 'json', 'env', 'shell', 'dockerfile', 'toml', 'hcl'] },
    keywords: /supported_protocols|supportedProtocols|SUPPORTEDPROTOCOLS/,
    fixable: true,
    safe: 'xpack.security.http.ssl.supported_protocols: [TLSv1.3, TLSv1.2]',
    limits: "Elasticsearch's default (`TLSv1.3, TLSv1.2, TLSv1.1` on some versions) is not reported when the setting is absent.",
  },
  keys: /(?:[\w-]+\.){0,10}(?:ssl_)?(?:supported_protocols|supportedprotocols)|(?:[a-z0-9]+_){1,10}supportedprotocols/i,
  where: (s, file) => !inSedSearch(file, s.keyStart),
  evaluate: (s, ctx, file) => {
    const e = asList()(s, ctx, file);
    return e && { ...e, instead: rewriteSetting(file, s, safeList(ctx.floor, s.form === 'list' ? ', ' : separatorOf(s.value))) };
  },
  instead: (ctx) => `\`supported_protocols: [${safeList(ctx.floor, ', ')}]\``,
  examples: {
    valid: [
      { file: 'config/elasticsearch.yml', code: 'xpack.security.http.ssl.supported_protocols: [TLSv1.3, TLSv1.2]' },
      { file: 'filebeat.yml', code: 'output.logstash:\n  hosts: ["ls:5044"]\n  ssl.supported_protocols: [TLSv1.2, TLSv1.3]' },
      {
        file: 'config/kibana.yml',
        code: '#server.ssl.supportedProtocols: ["TLSv1.1", "TLSv1.2"]\nserver.ssl.supportedProtocols: ["TLSv1.2", "TLSv1.3"]',
        note: 'commented out',
      },
      {
        file: 'pipeline/beats.conf',
        code: "input {\n  beats {\n    port => 5044\n    ssl_supported_protocols => ['TLSv1.2', 'TLSv1.3']\n  }\n}",
      },
    ],
    invalid: [
      {
        file: 'config/elasticsearch.yml',
        code: 'xpack.security.http.ssl.enabled: true\nxpack.security.http.ssl.supported_protocols: [TLSv1.1, TLSv1.2]',
        findings: ['2:1 TLSv1.1'],
        output: 'xpack.security.http.ssl.enabled: true\nxpack.security.http.ssl.supported_protocols: [TLSv1.2]',
      },
      {
        file: 'filebeat.yml',
        code: 'output.elasticsearch:\n  hosts: ["https://es:9200"]\n  ssl:\n    supported_protocols:\n      - TLSv1.0\n      - TLSv1.1\n      - TLSv1.2',
        findings: ['5:9 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'pipeline/beats.conf',
        code: "input {\n  beats {\n    port => 5044\n    ssl_supported_protocols => ['TLSv1.1', 'TLSv1.2']\n  }\n}",
        findings: ['4:5 TLSv1.1'],
      },
      {
        file: 'config/kibana.yml',
        code: 'server.ssl.supportedProtocols: ["TLSv1", "TLSv1.1", "TLSv1.2"]',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: 'server.ssl.supportedProtocols: ["TLSv1.2"]',
      },
      {
        file: 'docker-compose.yml',
        code: 'services:\n  es:\n    environment:\n      - xpack.security.transport.ssl.supported_protocols=TLSv1.1,TLSv1.2,TLSv1.3',
        findings: ['4:9 TLSv1.1'],
      },
    ],
  },
});
