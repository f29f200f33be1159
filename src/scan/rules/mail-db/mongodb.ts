import { parseVersion, range, setOf } from '../../../versions.js';
import { configRule, firstWord } from '../web-servers/index.js';

// ---------------------------------------------------------------------------------------------
// M9 MongoDB
// ---------------------------------------------------------------------------------------------

const MONGO_ALL = range('TLSv1.0');

export const mongodbDisabledProtocols = configRule({
  meta: {
    id: 'mongodb/disabled-protocols',
    title: 'MongoDB disabledProtocols leaves legacy TLS enabled',
    description:
      "`net.tls.disabledProtocols` (`net.ssl.disabledProtocols`, `--tlsDisabledProtocols`) lists the versions to *disable*; setting it replaces MongoDB's default of disabling TLS 1.0. `none` enables every version, and `TLS1_2` alone leaves TLS 1.0 and 1.1 on.",
    ecosystem: 'Mail, databases & brokers',
    catalogue: ['M9'],
    docs: ['https://www.mongodb.com/docs/manual/reference/configuration-options/#mongodb-setting-net.tls.disabledProtocols'],
    files: { kinds: ['yaml', 'conf', 'shell', 'dockerfile', 'other', 'ini', 'json'], names: /mongo/ },
    keywords: /disabledProtocols/,
    fixable: true,
    safe: 'disabledProtocols: TLS1_0,TLS1_1',
  },
  keys: /(?:net\.(?:tls|ssl)\.)?disabledProtocols|(?:tls|ssl)DisabledProtocols/,
  // A bare `disabledProtocols` key needs a MongoDB context (the `net:` section or a TLS mode).
  where: (s, file) => /^(?:net\.|tls|ssl)/.test(s.key) || file.matches(/mongo|\bnet:|(?:require|prefer|allow)(?:TLS|SSL)\b/i),
  evaluate: (s, ctx) => {
    const w = firstWord(s);
    if (!w) return undefined;
    // `TLS1_0,TLS1_1 --bind_ip_all`: a bare value ends at the first space that is not after a comma.
    const list = s.form === 'bare' ? (/^[^\s,]+(?:[ \t]*,[ \t]*[^\s,]+)*/.exec(s.value)?.[0] ?? '') : s.value;
    const names = list.split(/[\s,'"[\]-]+/).filter(Boolean);
    let versions = MONGO_ALL;
    if (names.length === 1 && /^none$/i.test(names[0])) {
      // every version
    } else {
      for (const n of names) {
        const v = parseVersion(n);
        if (!v) return undefined;
        versions &= ~setOf(v);
      }
    }
    const text = ctx.floor === 'TLSv1.3' ? 'TLS1_0,TLS1_1,TLS1_2' : 'TLS1_0,TLS1_1';
    return {
      versions,
      why: /^none$/i.test(names[0]) ? '`none` disables nothing' : 'the list names what to disable; every other version stays enabled',
      fix: s.form === 'block-list' ? undefined : { start: s.valueStart, end: s.valueStart + list.length, text },
    };
  },
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`disabledProtocols: TLS1_0,TLS1_1,TLS1_2`' : '`disabledProtocols: TLS1_0,TLS1_1`'),
  examples: {
    valid: [
      {
        file: 'mongod.conf',
        code: 'net:\n  tls:\n    mode: requireTLS\n    disabledProtocols: TLS1_0,TLS1_1\n',
        note: 'disabling TLS1_0/TLS1_1 is the safe form',
      },
      { file: 'mongod.conf', code: 'net:\n  tls:\n    # disabledProtocols: none\n    mode: requireTLS\n', note: 'commented' },
      { file: 'docker-compose.yml', code: 'command: mongod --tlsMode requireTLS --tlsDisabledProtocols TLS1_0,TLS1_1\n' },
      { file: 'mongod.conf', code: 'net:\n  tls:\n    disabledProtocols: ${DISABLED_PROTOCOLS}\n', note: 'variable' },
      { file: 'config/server.yaml', code: 'http:\n  disabledProtocols: TLS1_2\n', note: 'not a MongoDB file' },
    ],
    invalid: [
      {
        file: 'mongod.conf',
        code: 'net:\n  tls:\n    mode: requireTLS\n    disabledProtocols: none\n',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
        output: 'net:\n  tls:\n    mode: requireTLS\n    disabledProtocols: TLS1_0,TLS1_1\n',
      },
      {
        file: 'mongod.conf',
        code: 'net:\n  ssl:\n    disabledProtocols: TLS1_2\n',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        note: 'disabling 1.2 leaves 1.0 and 1.1',
      },
      { file: 'mongod.conf', code: 'net:\n  tls:\n    disabledProtocols: TLS1_0\n', findings: ['3:5 TLSv1.1'] },
      {
        file: 'start.sh',
        code: 'mongod --tlsMode requireTLS --tlsDisabledProtocols none --bind_ip_all\n',
        findings: ['1:31 TLSv1.0 TLSv1.1'],
      },
    ],
  },
});
