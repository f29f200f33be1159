import { settingRule } from '../../define.js';
import { readVersion, respell, tokenize } from '../../evaluate.js';
import { lastNewline } from '../../source.js';
import { below } from '../../../versions.js';
import { some } from '../../iter.js';
import type { RuleContext } from '../../rule.js';
import type { SourceFile } from '../../source.js';
import { enabledProtocolsSetting } from './enabled-protocols.js';
import { CODE_KINDS, codeCallOrConfig, CONFIG_KINDS, contextVersions, inSedSearch } from './shared.js';

// ---------------------------------------------------------------------------------------------
// C11, C12, M11: the context protocol (`server.ssl.protocol`, Kafka `ssl.protocol`)
// ---------------------------------------------------------------------------------------------

/** The key of the YAML mapping that holds the line at `offset` (`ssl` for `ssl:\n  protocol: x`). */
function yamlParent(code: string, offset: number): string | undefined {
  let lineStart = lastNewline(code, offset - 1) + 1;
  const indent = /^[ \t]*(?:-[ \t]+)?/.exec(code.slice(lineStart, offset))![0].length;
  for (let n = 0; n < 300 && lineStart > 0; n++) {
    const prevEnd = lineStart - 1;
    lineStart = lastNewline(code, prevEnd - 1) + 1;
    const line = code.slice(lineStart, prevEnd);
    if (line.trim() === '') continue;
    const m = /^([ \t]*)(?:-[ \t]+)?["']?([\w.\-[\]]+)["']?[ \t]*:/.exec(line);
    const lineIndent = /^[ \t]*/.exec(line)![0].length;
    if (lineIndent < indent) return m ? m[2] : undefined;
  }
  return undefined;
}

/** Whether an enabled-protocols setting in the file keeps a version below the floor. */
function legacyEnabledList(file: SourceFile, ctx: RuleContext): boolean {
  return some(enabledProtocolsSetting.check(file, ctx), (m) => below(m.versions, ctx.floor) !== 0);
}

export const sslProtocolSetting = settingRule({
  meta: {
    id: 'java/ssl-protocol-setting',
    title: 'JVM ssl.protocol setting names a legacy protocol',
    description:
      'Spring Boot `server.ssl.protocol`, Spring Kafka `spring.kafka.ssl.protocol`, Kafka and ZooKeeper `ssl.protocol` and Play/Akka `ssl-config.protocol` choose the SSLContext protocol. A legacy name there pins clients to it unless an enabled-protocols list overrides it.',
    ecosystem: 'Java & JVM',
    catalogue: ['C11', 'C12', 'M11'],
    docs: [
      'https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.server.server.ssl.protocol',
      'https://kafka.apache.org/documentation/#brokerconfigs_ssl.protocol',
    ],
    files: { kinds: [...CONFIG_KINDS, ...CODE_KINDS] },
    keywords: /ssl\.protocol|SSL_PROTOCOL|ssl-config\.protocol|ssl:|ssl-config:/,
    fixable: true,
    safe: 'server.ssl.protocol=TLS',
    limits:
      'Whether the versions are used depends on the enabled-protocols setting next to it: the setting is reported, as a warning, only when the file has no enabled-protocols list; a list in another file is not seen.',
  },
  keys: /(?:[\w-]+\.){0,10}(?:ssl|SSL)(?:-config)?\.protocol|(?:[A-Z0-9]+_){1,10}SSL_PROTOCOL|protocol/,
  where: (s, file) => {
    if (!codeCallOrConfig(s, file) || inSedSearch(file, s.keyStart)) return false;
    if (s.key === 'protocol') return file.kind === 'yaml' && /^ssl(?:-config)?$/i.test(yamlParent(file.code, s.keyStart) ?? '');
    return !/^apache_/i.test(s.key);
  },
  evaluate: (s, ctx, file) => {
    const tokens = tokenize(s.value);
    const v = tokens.length === 1 ? readVersion(tokens[0].text) : undefined;
    if (!v) return undefined;
    // An enabled-protocols list in the same file decides what is offered (java/enabled-protocols-setting
    // judges it): the context protocol is left to it, unless that list keeps legacy versions too.
    if (file.matches(/enabled[-_.]?protocols/i) && !legacyEnabledList(file, ctx)) return undefined;
    const spelled = respell(tokens[0].text, ctx.floor);
    return {
      versions: contextVersions(v),
      severity: 'warning',
      why: 'the SSLContext protocol; an enabled-protocols list decides what is finally offered',
      fix:
        spelled && readVersion(spelled) === ctx.floor
          ? { start: tokens[0].start + s.valueStart, end: tokens[0].end + s.valueStart, text: spelled }
          : undefined,
    };
  },
  instead: (ctx) => `\`ssl.protocol=${ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.3` or `TLSv1.2'}\``,
  examples: {
    valid: [
      { file: 'src/main/resources/application.properties', code: 'server.ssl.protocol=TLS', note: 'protocol family' },
      { file: 'config/producer.properties', code: 'ssl.protocol=TLSv1.2' },
      {
        file: 'src/main/resources/application.yml',
        code: 'spring:\n  rabbitmq:\n    ssl:\n      algorithm: TLSv1.2\n  datasource:\n    protocol: TLSv1',
        note: '`protocol` outside an `ssl:` block',
      },
      { file: 'group_vars/web.yml', code: 'apache_ssl_protocol: "All -SSLv2 -SSLv3"', note: 'Apache rule' },
      { file: 'config/server.properties', code: '#ssl.protocol=TLSv1\nssl.protocol=TLSv1.3', note: 'commented out' },
      {
        file: 'config/client.properties',
        code: 'ssl.protocol=TLSv1.1\nssl.enabled.protocols=TLSv1.2,TLSv1.3',
        note: 'the enabled list overrides the context protocol',
      },
      {
        file: 'src/test/java/org/acme/BrokerConfigTest.java',
        code: 'config.put("ssl.protocol", "TLSv1.1");\nconfig.put("ssl.enabled.protocols", "TLSv1.2");',
        note: 'a map written in code: a modern enabled list still decides',
      },
    ],
    invalid: [
      {
        file: 'src/main/resources/application.properties',
        code: 'server.ssl.protocol=TLSv1',
        findings: ['1:1 TLSv1.0'],
        severity: 'warning',
        output: 'server.ssl.protocol=TLSv1.2',
      },
      {
        file: 'config/client.properties',
        code: 'security.protocol=SSL\nssl.protocol=TLSv1.1',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'src/main/resources/application.yml',
        code: 'spring:\n  kafka:\n    ssl:\n      protocol: TLSv1',
        findings: ['4:7 TLSv1.0'],
        severity: 'warning',
      },
      {
        file: 'docker-compose.yml',
        code: 'environment:\n  - KAFKA_SSL_PROTOCOL=TLSv1.1',
        findings: ['2:5 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      { file: 'conf/application.conf', code: 'play.ws.ssl.protocol = "TLSv1"', findings: ['1:1 TLSv1.0'], severity: 'warning' },
      {
        file: 'src/test/java/org/acme/BrokerConfigTest.java',
        code: 'Map<String, String> config = new HashMap<>();\nconfig.put("ssl.protocol", "TLSv1.1");\nconfig.put("ssl.enabled.protocols", "TLSv1.1");',
        findings: ['2:12 TLSv1.0 TLSv1.1'],
        severity: 'note',
        note: 'a map written in code whose enabled list is legacy as well: the context protocol is not overridden',
      },
    ],
  },
});
