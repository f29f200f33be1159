import { setOf, type VersionSet } from '../../../versions.js';
import { patternRule } from '../../define.js';
import { TLS10_UP } from './shared.js';

// ---------------------------------------------------------------------------------------------
// I3: PHP stream wrappers.

const WRAPPERS: Record<string, VersionSet> = {
  sslv2: setOf('SSLv2'),
  sslv3: setOf('SSLv3'),
  'tlsv1.0': setOf('TLSv1.0'),
  'tlsv1.1': setOf('TLSv1.1'),
  'tlsv1.2': setOf('TLSv1.2'),
  'tlsv1.3': setOf('TLSv1.3'),
  ssl: TLS10_UP,
  tls: TLS10_UP,
};

export const phpStreamWrapper = patternRule({
  meta: {
    id: 'php/stream-wrapper',
    title: 'PHP stream wrapper selects a legacy TLS version',
    description:
      'Socket URLs choose the protocol: `tlsv1.0://`, `tlsv1.1://` and `sslv3://` pin legacy versions; `ssl://` negotiates any version the build allows and `tls://` includes TLS 1.0 (only TLS 1.0 on PHP 5.6.7–7.1).',
    ecosystem: 'PHP, Ruby, Perl & Erlang',
    catalogue: ['I3'],
    docs: ['https://www.php.net/manual/en/transports.inet.php'],
    files: { kinds: ['php'] },
    keywords: /ssl:\/\/|tls:\/\/|sslv2:|sslv3:|tlsv1\./,
    fixable: true,
    safe: "stream_socket_client('tlsv1.2://smtp.example.com:465')",
    limits:
      '`ssl://` and `tls://` are notes: what they negotiate depends on the PHP version and the peer; they are only reported inside `fsockopen`/`stream_socket_client`/`stream_socket_server` calls.',
  },
  pattern: /(["'])(sslv2|sslv3|tlsv1\.[0-3]|ssl|tls):\/\//i,
  evaluate: (m, ctx, file) => {
    const scheme = m[2].toLowerCase();
    const versions = WRAPPERS[scheme];
    const code = file.code;
    const before = code.slice(Math.max(0, m.index - 200), m.index);
    const statement = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('{'), before.lastIndexOf('}')) + 1);
    if (
      /(?:[=!]==?|\b(?:strpos|stripos|str_replace|str_starts_with|substr|preg_\w+|strncmp|strncasecmp|in_array|explode)\s*\()[^)]{0,80}$/.test(
        statement,
      )
    )
      return undefined;
    if (/^\s*(?:[=!]==?|\?|\))/.test(code.slice(m.index + m[0].length).replace(/^[^'"]*['"]/, ''))) return undefined;
    const start = m.index + 1;
    const end = start + m[2].length + 3;
    if (scheme === 'ssl' || scheme === 'tls') {
      if (!/\b(?:p?fsockopen|stream_socket_(?:client|server))\s*\([^;]{0,150}$/.test(statement)) return undefined;
      return {
        versions,
        start,
        end,
        severity: 'note',
        why: `\`${scheme}://\` negotiates any version the PHP build allows, TLS 1.0 included`,
      };
    }
    return {
      versions,
      start,
      end,
      fix: { start, end: start + m[2].length, text: ctx.floor === 'TLSv1.3' ? 'tlsv1.3' : 'tlsv1.2' },
    };
  },
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`tlsv1.3://`' : '`tlsv1.2://` (or a `crypto_method` of TLS 1.2 | 1.3)'),
  examples: {
    valid: [
      { file: 'src/Mailer.php', code: "<?php\n\$fp = stream_socket_client('tlsv1.2://smtp.example.com:465', \$errno, \$errstr, 30);" },
      {
        file: 'src/Mailer.php',
        code: "<?php\nif (strpos(\$host, 'ssl://') === 0) {\n    \$secure = true;\n}",
        note: 'a check on the scheme',
      },
      { file: 'src/Mailer.php', code: "<?php\n\$host = str_replace('tlsv1.0://', '', \$host);" },
      { file: 'src/Mailer.php', code: "<?php\n\$url = 'ssl://' . \$host;", note: 'ssl:// outside a socket call is not judged' },
      {
        file: 'src/Mailer.php',
        code: "<?php\n// \$fp = fsockopen('sslv3://' . \$host, 443);\n\$fp = fsockopen('tlsv1.3://' . \$host, 443);",
      },
      { file: 'src/Mailer.php', code: "<?php\nif (\$scheme == 'tlsv1.1://') { \$warn = true; }", note: 'comparison' },
    ],
    invalid: [
      {
        file: 'lib/Browser.php',
        code: "<?php\nswitch (\$proto) {\n  case 'tls:1.0':\n    \$protocol = 'tlsv1.0://';\n    break;\n  case 'sslv3':\n    \$protocol = 'sslv3://';\n    break;\n}",
        note: 'maps a setting to a wrapper: a capability, judged as TLS-implementation code',
        findings: ['4:18 TLSv1.0', '7:18 SSLv3'],
        severity: 'note',
      },
      {
        file: 'src/Mailer.php',
        code: "<?php\n\$fp = fsockopen('tlsv1.0://' . \$host, 443, \$errno, \$errstr);",
        findings: ['2:18 TLSv1.0'],
        output: "<?php\n\$fp = fsockopen('tlsv1.2://' . \$host, 443, \$errno, \$errstr);",
      },
      {
        file: 'src/Mailer.php',
        code: '<?php\n$sock = stream_socket_client("sslv3://{$host}:{$port}", $errno, $errstr);',
        findings: ['2:31 SSLv3'],
      },
      {
        file: 'src/Mailer.php',
        code: "<?php\n\$fp = fsockopen('ssl://smtp.gmail.com', 465, \$errno, \$errstr, 10);",
        findings: ['2:18 TLSv1.0 TLSv1.1'],
        severity: 'note',
      },
      {
        file: 'src/Server.php',
        code: "<?php\n\$server = stream_socket_server('tls://0.0.0.0:8443', \$errno, \$errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, \$context);",
        findings: ['2:33 TLSv1.0 TLSv1.1'],
        severity: 'note',
      },
      { file: 'src/Mailer.php', code: "<?php\n\$transport = 'tlsv1.1://mail.example.com:587';", findings: ['2:15 TLSv1.1'] },
    ],
  },
});
