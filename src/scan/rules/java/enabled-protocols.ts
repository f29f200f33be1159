import { asList, quotedSetting, type Setting, settingRule } from '../../define.js';
import type { Match, Rule, RuleContext } from '../../rule.js';
import { nextNewline, type SourceFile } from '../../source.js';
import {
  CODE_KINDS,
  codeCallOrConfig,
  CONFIG_KINDS,
  enclosingTag,
  inSedSearch,
  isCode,
  rewriteSetting,
  safeList,
  separatorOf,
  TLS_ALL,
} from './shared.js';

// ---------------------------------------------------------------------------------------------
// C11, C12, C15 (OpenSearch), M11: `enabled-protocols` settings in configuration
// ---------------------------------------------------------------------------------------------

/**
 * Kubernetes / Compose env entries written as `- name: KEY` + `value: …`: yields them as settings,
 * so that a rule sees `KAFKA_SSL_ENABLED_PROTOCOLS` there as it does `KEY=value`.
 */
function* envPairs(file: SourceFile, name: RegExp): Generator<Setting> {
  if (file.kind !== 'yaml') return;
  const re = new RegExp(
    `\\bname:[ \\t]*(["']?)(${name.source})\\1[ \\t]*\\r?\\n[ \\t]*value:[ \\t]*`,
    `g${name.flags.includes('i') ? 'i' : ''}`,
  );
  const code = file.code;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const i = m.index + m[0].length;
    const q = code[i];
    if (q === '"' || q === "'") {
      const close = code.indexOf(q, i + 1);
      if (close < 0 || code.slice(i, close).includes('\n')) continue;
      yield quotedSetting(m[2], m.index + m[0].indexOf(m[2]), code.slice(i + 1, close), i + 1);
    } else {
      const nl = nextNewline(code, i);
      const raw = code.slice(i, nl < 0 ? code.length : nl).replace(/\s+$/, '');
      if (raw)
        yield {
          key: m[2],
          keyStart: m.index + m[0].indexOf(m[2]),
          value: raw,
          valueStart: i,
          valueEnd: i + raw.length,
          form: 'bare',
          end: i + raw.length,
        };
    }
  }
}

/** A setting rule that also reads `- name: KEY` / `value: …` env pairs. */
function withEnvPairs(
  rule: Rule,
  name: RegExp,
  evaluate: (
    s: Setting,
    ctx: RuleContext,
    file: SourceFile,
  ) => (Omit<Match, 'start' | 'end' | 'what' | 'instead'> & { instead?: string }) | undefined,
  instead: (ctx: RuleContext, s: Setting) => string,
): Rule {
  return {
    ...rule,
    *check(file, ctx) {
      yield* rule.check(file, ctx);
      for (const s of envPairs(file, name)) {
        const e = evaluate(s, ctx, file);
        if (!e) continue;
        yield { ...e, start: s.keyStart, end: s.end, what: `${s.key}=${s.value}`, instead: e.instead ?? instead(ctx, s) };
      }
    },
  };
}

const enabledProtocolsEval = (s: Setting, ctx: RuleContext, file: SourceFile) => {
  const e = asList({ all: TLS_ALL })(s, ctx, file);
  return e && { ...e, instead: rewriteSetting(file, s, safeList(ctx.floor, s.form === 'list' ? ', ' : separatorOf(s.value))) };
};

export const enabledProtocolsSetting = withEnvPairs(
  settingRule({
    meta: {
      id: 'java/enabled-protocols-setting',
      title: 'JVM enabled-protocols setting enables legacy TLS',
      description:
        'Spring Boot `server.ssl.enabled-protocols` (relaxed binding: `enabledProtocols`, `SERVER_SSL_ENABLED_PROTOCOLS`), Spring SSL bundles, Kafka `ssl.enabled.protocols` (`KAFKA_SSL_ENABLED_PROTOCOLS`, listener and client prefixes), ZooKeeper `ssl.enabledProtocols` / `ssl.quorum.enabledProtocols`, OpenSearch `plugins.security.ssl.*.enabled_protocols` and Akka/Play `enabled-protocols` list the versions a JVM server or client enables.',
      ecosystem: 'Java & JVM',
      catalogue: ['C11', 'C12', 'C15', 'M11'],
      docs: [
        'https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.server.server.ssl.enabled-protocols',
        'https://kafka.apache.org/documentation/#brokerconfigs_ssl.enabled.protocols',
        'https://zookeeper.apache.org/doc/current/zookeeperAdmin.html#sc_authOptions',
        'https://opensearch.org/docs/latest/security/configuration/tls/',
      ],
      files: { kinds: [...CONFIG_KINDS, ...CODE_KINDS] },
      keywords: /enabled-protocols|enabled_protocols|enabledProtocols|enabled\.protocols/,
      fixable: true,
      safe: 'server.ssl.enabled-protocols=TLSv1.3,TLSv1.2',
      limits: 'Defaults are not reported: Kafka before 2.5 and Elastic-era OpenSearch enabled TLSv1/TLSv1.1 when the setting was absent.',
    },
    keys: /(?:[\w-]+\.){0,10}(?:enabled[-_]protocols|enabledprotocols|enabled\.protocols)|(?:[a-z0-9]+_){1,10}enabled_protocols/i,
    // Reads `- name:` / `value:` pairs its own way (below).
    pairs: false,
    where: (s, file) =>
      codeCallOrConfig(s, file) &&
      !inSedSearch(file, s.keyStart) &&
      // `setEnabledProtocols(...)` and Kotlin `socket.enabledProtocols = arrayOf(...)` belong to java/enabled-protocols.
      !(isCode(file) && /\.$/.test(file.code.slice(s.keyStart - 1, s.keyStart))) &&
      !/^(?:SSLHostConfig|Connector)$/.test(file.kind === 'xml' ? (enclosingTag(file.code, s.keyStart) ?? '') : ''),
    evaluate: enabledProtocolsEval,
    instead: (ctx) => `\`enabled-protocols: ${safeList(ctx.floor)}\``,
    examples: {
      valid: [
        {
          file: 'src/main/resources/application.properties',
          code: 'server.ssl.enabled-protocols=TLSv1.2,\\\n  TLSv1.3\nlegacy.protocols=TLSv1',
          note: 'the continuation ends with its line: the next key is not part of the value',
        },
        { file: 'src/main/resources/application.properties', code: 'server.ssl.enabled-protocols=TLSv1.3,TLSv1.2' },
        { file: 'config/server.properties', code: 'ssl.enabled.protocols=TLSv1.2,TLSv1.3\nssl.protocol=TLSv1.3' },
        {
          file: 'src/main/resources/application.yml',
          code: 'server:\n  ssl:\n    # enabled-protocols: TLSv1,TLSv1.1,TLSv1.2\n    enabled-protocols:\n      - TLSv1.3\n      - TLSv1.2',
          note: 'commented-out legacy list',
        },
        { file: 'docker-compose.yml', code: 'environment:\n  KAFKA_SSL_ENABLED_PROTOCOLS: ${SSL_PROTOCOLS}', note: 'variable' },
        { file: 'conf/zoo.cfg.tmpl', code: 'ssl.enabledProtocols=TLSv1.2', note: 'not a TLSv1 inside TLSv1.2' },
        {
          file: 'src/main/java/Config.java',
          code: 'String[] enabledProtocols = {"TLSv1.2"};',
          note: 'Java code: a variable, not configuration',
        },
      ],
      invalid: [
        {
          file: 'src/main/resources/application.properties',
          code: 'server.ssl.enabled-protocols=TLSv1.2,\\\n  TLSv1.1\nserver.port=8443',
          findings: ['2:3 TLSv1.1'],
          output: 'server.ssl.enabled-protocols=TLSv1.2\nserver.port=8443',
          note: 'a .properties value continued after a backslash, reported on the continued line',
        },
        {
          file: 'src/main/resources/application.properties',
          code: 'server.port=8443\nserver.ssl.enabled-protocols=TLSv1,TLSv1.1,TLSv1.2',
          findings: ['2:1 TLSv1.0 TLSv1.1'],
          output: 'server.port=8443\nserver.ssl.enabled-protocols=TLSv1.2',
        },
        {
          file: 'src/main/resources/application.yml',
          code: 'server:\n  port: 8443\n  ssl:\n    enabled-protocols:\n      - TLSv1.1\n      - TLSv1.2',
          findings: ['5:9 TLSv1.1'],
        },
        {
          file: 'src/main/resources/application.yaml',
          code: 'server:\n  ssl:\n    enabledProtocols: [TLSv1, TLSv1.2]',
          findings: ['3:5 TLSv1.0'],
        },
        {
          file: 'config/server.properties',
          code: 'listeners=SSL://:9093\nssl.enabled.protocols=TLSv1.2,TLSv1.1,TLSv1',
          findings: ['2:1 TLSv1.0 TLSv1.1'],
          output: 'listeners=SSL://:9093\nssl.enabled.protocols=TLSv1.2',
        },
        {
          file: 'docker-compose.yml',
          code: 'services:\n  kafka:\n    environment:\n      KAFKA_CFG_SSL_ENABLED_PROTOCOLS: "TLSv1.2,TLSv1.1"',
          findings: ['4:7 TLSv1.1'],
        },
        {
          file: 'k8s/kafka.yaml',
          code: 'env:\n  - name: KAFKA_SSL_ENABLED_PROTOCOLS\n    value: "TLSv1.2,TLSv1.1,TLSv1"',
          findings: ['3:21 TLSv1.0 TLSv1.1'],
          output: 'env:\n  - name: KAFKA_SSL_ENABLED_PROTOCOLS\n    value: "TLSv1.2"',
          note: 'Kubernetes name/value env pair',
        },
        { file: 'conf/zoo.cfg', code: 'ssl.quorum.enabledProtocols=TLSv1,TLSv1.2', findings: ['1:1 TLSv1.0'] },
        {
          file: 'config/opensearch.yml',
          code: 'plugins.security.ssl.http.enabled_protocols:\n  - "TLSv1.1"\n  - "TLSv1.2"',
          findings: ['2:6 TLSv1.1'],
        },
        {
          file: 'conf/application.conf',
          code: 'akka.remote.artery.ssl.config-ssl-engine {\n  enabled-protocols = ["TLSv1", "TLSv1.2"]\n}',
          findings: ['2:3 TLSv1.0'],
        },
        {
          file: 'src/main/java/com/acme/KafkaConfig.java',
          code: 'props.put("ssl.enabled.protocols", "TLSv1.2,TLSv1.1,TLSv1");',
          findings: ['1:11 TLSv1.0 TLSv1.1'],
        },
      ],
    },
  }),
  /(?:[A-Z0-9]+_){1,10}ENABLED_PROTOCOLS/,
  enabledProtocolsEval,
  (ctx) => `\`${safeList(ctx.floor)}\``,
);
