import { setOf } from '../../../versions.js';
import { asList } from '../../define.js';
import { readVersion, respell } from '../../evaluate.js';
import { configRule, firstWord } from '../web-servers/index.js';

// ---------------------------------------------------------------------------------------------
// M11 ZooKeeper
// ---------------------------------------------------------------------------------------------

export const zookeeperSslProtocol = configRule({
  meta: {
    id: 'zookeeper/ssl-protocol',
    title: 'ZooKeeper TLS protocol settings enable legacy TLS',
    description:
      'ZooKeeper `ssl.protocol` / `ssl.quorum.protocol` name the TLS protocol and `ssl.enabledProtocols` / `ssl.quorum.enabledProtocols` list the enabled versions (zoo.cfg, `-Dzookeeper.ssl.*`); TLSv1 or TLSv1.1 enables legacy TLS. RabbitMQ is covered by catalogue row I8.',
    ecosystem: 'Mail, databases & brokers',
    catalogue: ['M11'],
    docs: ['https://zookeeper.apache.org/doc/current/zookeeperAdmin.html#sc_authOptions'],
    files: { kinds: ['ini', 'properties', 'conf', 'shell', 'dockerfile', 'yaml', 'env', 'other'], names: /zoo|zookeeper/ },
    keywords: /ssl\.protocol|ssl\.quorum\.protocol|enabledProtocols/,
    fixable: true,
    safe: 'ssl.protocol=TLSv1.2',
  },
  keys: /(?:zookeeper\.)?ssl\.(?:quorum\.)?(?:protocol|enabledProtocols)|ZOO_CFG_SSL_(?:QUORUM_)?(?:PROTOCOL|ENABLEDPROTOCOLS)/,
  finder: { spaceSeparated: false },
  // `ssl.protocol` is also Kafka's key: read it only with a ZooKeeper-specific prefix or in ZooKeeper files.
  where: (s, file) => /zookeeper|quorum|enabledProtocols|ZOO_/i.test(s.key) || /zoo/.test(file.path.toLowerCase()),
  evaluate: (s, ctx, file) => {
    if (/enabledProtocols/i.test(s.key)) return asList()(s, ctx, file);
    const w = firstWord(s);
    const v = w && readVersion(w.text);
    if (!w || !v) return undefined;
    const spelled = respell(w.text, ctx.floor);
    return { versions: setOf(v), fix: spelled ? { start: w.start, end: w.start + w.text.length, text: spelled } : undefined };
  },
  instead: (ctx) => `\`ssl.protocol=${ctx.floor}\` and \`ssl.enabledProtocols=${ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2,TLSv1.3'}\``,
  examples: {
    valid: [
      { file: 'conf/zoo.cfg', code: 'secureClientPort=2281\nssl.protocol=TLSv1.2\nssl.enabledProtocols=TLSv1.2,TLSv1.3\n' },
      { file: 'conf/zoo.cfg', code: '#ssl.quorum.protocol=TLSv1\nssl.quorum.protocol=TLSv1.3\n', note: 'commented' },
      { file: 'config/server.properties', code: 'ssl.protocol=TLSv1\n', note: 'Kafka file: the Kafka rule owns plain ssl.protocol' },
      { file: 'conf/zoo.cfg', code: 'ssl.protocol=TLS\n', note: 'protocol-neutral name' },
    ],
    invalid: [
      {
        file: 'conf/zoo.cfg',
        code: 'secureClientPort=2281\nssl.protocol=TLSv1\n',
        findings: ['2:1 TLSv1.0'],
        output: 'secureClientPort=2281\nssl.protocol=TLSv1.2\n',
      },
      {
        file: 'conf/zoo.cfg',
        code: 'ssl.quorum.enabledProtocols=TLSv1,TLSv1.1,TLSv1.2\n',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: 'ssl.quorum.enabledProtocols=TLSv1.2\n',
      },
      {
        file: 'bin/zkEnv.sh',
        code: 'export SERVER_JVMFLAGS="-Dzookeeper.ssl.protocol=TLSv1.1 $SERVER_JVMFLAGS"\n',
        findings: ['1:27 TLSv1.1'],
      },
      { file: 'conf/zoo.cfg', code: 'ssl.enabledProtocols=TLSv1.1,TLSv1.2\n', findings: ['1:1 TLSv1.1'] },
    ],
  },
});
