import { asList } from '../../define.js';
import { configRule } from '../web-servers/index.js';

// ---------------------------------------------------------------------------------------------
// M8 Redis / Valkey / KeyDB
// ---------------------------------------------------------------------------------------------

export const redisTlsProtocols = configRule({
  meta: {
    id: 'redis/tls-protocols',
    title: 'Redis tls-protocols enables legacy TLS',
    description:
      'Redis, Valkey and KeyDB `tls-protocols "TLSv1 TLSv1.1 TLSv1.2"` (redis.conf, `--tls-protocols`, `CONFIG SET`) lists the versions the server accepts.',
    ecosystem: 'Mail, databases & brokers',
    catalogue: ['M8'],
    docs: [
      'https://redis.io/docs/latest/operate/oss_and_stack/management/security/encryption/',
      'https://raw.githubusercontent.com/redis/redis/unstable/redis.conf',
    ],
    files: { kinds: ['conf', 'other', 'shell', 'dockerfile', 'yaml'], names: /redis|valkey|keydb|sentinel/ },
    keywords: /tls-protocols/,
    fixable: true,
    safe: 'tls-protocols "TLSv1.2 TLSv1.3"',
    limits: 'Unset, Redis uses "TLSv1.2 TLSv1.3"; nothing to report.',
  },
  keys: /tls-protocols/,
  finder: { spaceSeparated: true },
  evaluate: asList(),
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`tls-protocols "TLSv1.3"`' : '`tls-protocols "TLSv1.2 TLSv1.3"`'),
  examples: {
    valid: [
      { file: 'redis.conf', code: 'tls-port 6379\ntls-protocols "TLSv1.2 TLSv1.3"\n' },
      {
        file: 'redis.conf',
        code: '# tls-protocols "TLSv1.2 TLSv1.3"\n# tls-protocols TLSv1\n',
        note: 'commented defaults of the stock file',
      },
      { file: 'docker-compose.yml', code: 'command: redis-server --tls-port 6380 --tls-protocols "TLSv1.2"\n' },
      {
        file: 'setup.sh',
        code: 'sed -i "s|^tls-protocols.*|tls-protocols \\"TLSv1.2 TLSv1.3\\"|" redis.conf\n',
        note: 'escaped quotes in a sed replacement',
      },
    ],
    invalid: [
      {
        file: 'redis.conf',
        code: 'tls-port 6379\ntls-protocols "TLSv1 TLSv1.1 TLSv1.2"\n',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
        output: 'tls-port 6379\ntls-protocols "TLSv1.2"\n',
      },
      { file: 'valkey.conf', code: 'tls-protocols TLSv1.1\n', findings: ['1:1 TLSv1.1'], output: 'tls-protocols TLSv1.2\n' },
      { file: 'k8s/redis.yaml', code: 'args: ["--tls-port", "6379", "--tls-protocols", "TLSv1 TLSv1.2"]\n', findings: ['1:33 TLSv1.0'] },
      {
        file: 'setup.sh',
        code: 'sed -i "s|^tls-protocols.*|tls-protocols \\"TLSv1.1 TLSv1.2\\"|" redis.conf\n',
        findings: ['1:28 TLSv1.1'],
        output: 'sed -i "s|^tls-protocols.*|tls-protocols \\"TLSv1.2\\"|" redis.conf\n',
        note: 'sed with | delimiter and escaped quotes: the fix stays inside the replacement',
      },
    ],
  },
});
