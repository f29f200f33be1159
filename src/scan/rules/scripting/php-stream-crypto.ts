import type { Severity } from '../../../policy.js';
import { EMPTY, setOf, type VersionSet } from '../../../versions.js';
import { patternRule } from '../../define.js';
import type { Edit } from '../../rule.js';
import { lineBefore, TLS10_UP } from './shared.js';

// ---------------------------------------------------------------------------------------------
// I2: PHP stream crypto methods.

/** Blanks between the terms of a mask: spaces, line breaks and masked comments, bounded. */
const GAP = String.raw`[ \t\r\n]{0,200}`;
/** One term: a constant, global (`\\STREAM_…`), error-suppressed (`@`) or parenthesised. */
const TERM = String.raw`(?:[@(]${GAP}){0,4}\\?STREAM_CRYPTO_METHOD_\w+`;
/**
 * A mask given as a value (`=>`, `=`, `|=`, `??=`, an argument, a named argument `crypto_method:`,
 * either branch of a conditional, the default after `??` or `?:`): its terms joined by `|`, also
 * across lines (`STREAM_…_TLS_CLIENT\n    | @\\STREAM_…_TLSv1_1_CLIENT`) and in parentheses. Not
 * followed by a comparison or a bit test.
 */
const MASK_EXPRESSION = new RegExp(
  String.raw`(=>|\|=|\?\?=|\?\?|\?:|(?<![=!<>&|^.+\-*/%?])=|(?<!\?)\?(?![?:>=])|(?<![:?])\:(?!:)|[(,])${GAP}(${TERM}(?:[ \t\r\n)]{0,200}\|(?!\|)${GAP}${TERM}){0,8})\b(?![ \t\r\n)]*(?:[=!]=|&(?!&)|<|>))`,
);

/** `$opts['crypto_method'] ?? STREAM_…`: the value used when nothing is configured. */
const DEFAULT_OPERATOR = new Set(['??', '?:']);

const PHP_CRYPTO: Record<string, VersionSet> = {
  SSLv2: setOf('SSLv2'),
  SSLv3: setOf('SSLv3'),
  SSLv23: TLS10_UP,
  TLS: TLS10_UP,
  ANY: TLS10_UP,
  TLSv1_0: setOf('TLSv1.0'),
  TLSv1_1: setOf('TLSv1.1'),
  TLSv1_2: setOf('TLSv1.2'),
  TLSv1_3: setOf('TLSv1.3'),
};

export const phpStreamCrypto = patternRule({
  meta: {
    id: 'php/stream-crypto-method',
    title: 'PHP stream crypto method allows legacy TLS',
    description:
      '`STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT`, `_TLSv1_1_`, `_SSLv3_` (in a `crypto_method` context option, `stream_socket_enable_crypto()` or a `|=` accumulation) enable those versions. `STREAM_CRYPTO_METHOD_TLS_CLIENT` and `_SSLv23_`/`_ANY_` include TLS 1.0 on every PHP version (TLS 1.0 only on PHP 5.6.7–7.1, TLS 1.0–1.2 on 7.2+).',
    ecosystem: 'PHP, Ruby, Perl & Erlang',
    catalogue: ['I2'],
    docs: ['https://www.php.net/manual/en/function.stream-socket-enable-crypto.php', 'https://www.php.net/manual/en/context.ssl.php'],
    files: { kinds: ['php'] },
    keywords: /STREAM_CRYPTO_METHOD_/,
    fixable: true,
    safe: "'crypto_method' => STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT | STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT",
    limits:
      'The generic constants (`TLS_CLIENT`, `SSLv23_CLIENT`, `ANY_CLIENT`) are warnings: the server and the OpenSSL build decide what is finally negotiated.',
  },
  pattern: MASK_EXPRESSION,
  evaluate: (m, ctx, file) => {
    const line = lineBefore(file.code, m.index);
    if (/\bdefine\s*\(|\bcase\b/.test(line)) return undefined;
    // `$m & (A | B)`, `&= ~(A | B)`, `=== (A | B)`: a mask that is tested or removed, not set.
    if (m[1] === '(' && /(?:[&~!]|[=!]==?|[<>]=?)[ \t]*$/.test(line)) return undefined;
    // A lookup table from version names to constants: `'tlsv1.0' => STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT`.
    if (m[1] === '=>' && /['"][^'"]*(?:tls|ssl)[^'"]*['"]\s*$/i.test(line) && !/crypto_method['"]\s*$/i.test(line)) return undefined;
    let versions = EMPTY;
    let generic = false;
    const names = [...m[2].matchAll(/STREAM_CRYPTO_METHOD_(\w+?)_(?:CLIENT|SERVER)\b/g)];
    for (const n of names) {
      const v = PHP_CRYPTO[n[1]];
      if (v === undefined) continue;
      versions |= v;
      if (['TLS', 'SSLv23', 'ANY'].includes(n[1])) generic = true;
    }
    if (versions === EMPTY) return undefined;
    const explicitLegacy = names.some((n) => ['SSLv2', 'SSLv3', 'TLSv1_0', 'TLSv1_1'].includes(n[1]));
    const fallback = DEFAULT_OPERATOR.has(m[1]);
    const severity: Severity | undefined = (generic && !explicitLegacy) || fallback ? 'warning' : undefined;
    const start = m.index + m[0].indexOf(m[2]);
    let fix: Edit | undefined;
    if (names.length === 1 && /^(SSLv3|TLSv1_0|TLSv1_1|TLSv1_2)$/.test(names[0][1])) {
      const at = start + (names[0].index ?? 0);
      fix = {
        start: at,
        end: at + names[0][0].length,
        text: names[0][0].replace(names[0][1], ctx.floor === 'TLSv1.3' ? 'TLSv1_3' : 'TLSv1_2'),
      };
    }
    return {
      versions,
      severity,
      why:
        [
          generic ? 'the generic constant includes TLS 1.0 (and 1.1 on PHP 7.2+)' : '',
          fallback ? 'the default used when the option is unset' : '',
        ]
          .filter(Boolean)
          .join('; ') || undefined,
      start,
      end: start + m[2].length,
      fix,
    };
  },
  instead: (ctx) =>
    ctx.floor === 'TLSv1.3'
      ? '`STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT`'
      : '`STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT | STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT`',
  examples: {
    valid: [
      {
        file: 'src/Smtp.php',
        code: "<?php\n\$ctx = stream_context_create(['ssl' => ['crypto_method' => STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT | STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT]]);",
      },
      {
        file: 'src/Smtp.php',
        code: '<?php\nif ($method & STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT) {\n    $legacy = true;\n}',
        note: 'a bit test',
      },
      { file: 'src/Smtp.php', code: '<?php\n$method &= ~STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT;', note: 'removing a version' },
      {
        file: 'src/Smtp.php',
        code: "<?php\nif (defined('STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT')) {\n    \$m = STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT;\n}",
      },
      { file: 'src/Smtp.php', code: '<?php\nif ($crypto === STREAM_CRYPTO_METHOD_TLSv1_1_CLIENT) { log("old"); }', note: 'comparison' },
      {
        file: 'src/Transport.php',
        code: "<?php\nprivate static \$crypto = [\n  'tls'    => STREAM_CRYPTO_METHOD_TLS_CLIENT,\n  'tlsv10' => STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT,\n  'sslv3'  => STREAM_CRYPTO_METHOD_SSLv3_CLIENT,\n];",
        note: 'a table from version names to constants',
      },
      {
        file: 'src/Smtp.php',
        code: '<?php\nif ($method & (STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT\n    | STREAM_CRYPTO_METHOD_TLSv1_1_CLIENT)) {\n    $legacy = true;\n}',
        note: 'a mask over two lines that is tested, not set',
      },
      {
        file: 'src/Smtp.php',
        code: "<?php\n$label = $method === STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT ? 'TLS 1.0' : 'newer';\n$method = $strict ? $method & ~STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT : $method;",
        note: 'a comparison that chooses a label, and a branch that removes a version',
      },
      {
        file: 'src/Smtp.php',
        code: '<?php\n$method &= ~(STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT\n    | @STREAM_CRYPTO_METHOD_TLSv1_1_CLIENT);',
        note: 'removing a mask of versions',
      },
      {
        file: 'src/Smtp.php',
        code: '<?php\n// stream_socket_enable_crypto($fp, true, STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT);\nstream_socket_enable_crypto($fp, true, STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT);',
      },
    ],
    invalid: [
      {
        file: 'src/Mailer.php',
        code: "<?php\nswitch (\$this->secure) {\n    case 'tlsv1.0':\n        \$crypto = STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT;\n        break;\n}",
        note: 'chosen on request: a capability, judged as TLS-implementation code',
        findings: ['4:19 TLSv1.0'],
        severity: 'note',
      },
      {
        file: 'src/Smtp.php',
        code: "<?php\n\$ctx = stream_context_create(['ssl' => ['crypto_method' => STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT]]);",
        findings: ['2:60 TLSv1.0'],
        output: "<?php\n\$ctx = stream_context_create(['ssl' => ['crypto_method' => STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT]]);",
      },
      {
        file: 'src/Smtp.php',
        code: '<?php\nstream_socket_enable_crypto($this->socket, true, STREAM_CRYPTO_METHOD_TLS_CLIENT);',
        findings: ['2:50 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'src/SMTP.php',
        code: "<?php\n\$crypto_method = STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT;\nif (defined('STREAM_CRYPTO_METHOD_TLSv1_1_CLIENT')) {\n    \$crypto_method |= STREAM_CRYPTO_METHOD_TLSv1_1_CLIENT;\n}",
        findings: ['4:23 TLSv1.1'],
        note: '|= accumulation',
      },
      {
        file: 'src/Ftp.php',
        code: '<?php\nstream_socket_enable_crypto($fp, true, STREAM_CRYPTO_METHOD_SSLv3_CLIENT | STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT);',
        findings: ['2:40 SSLv3'],
      },
      {
        file: 'src/Server.php',
        code: "<?php\n\$opts = [\n  'ssl' => [\n    'crypto_method' => STREAM_CRYPTO_METHOD_SSLv23_SERVER,\n  ],\n];",
        findings: ['4:24 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'src/Transport/Stream/SocketStream.php',
        code: "<?php\nif (\\defined('STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT')) {\n    \$this->options['ssl']['crypto_method'] ??= \\STREAM_CRYPTO_METHOD_TLS_CLIENT | \\STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT | \\STREAM_CRYPTO_METHOD_TLSv1_1_CLIENT;\n}",
        findings: ['3:48 TLSv1.0 TLSv1.1'],
        note: 'null-coalescing assignment of a combined mask',
      },
      {
        file: 'program/lib/Imap.php',
        code: '<?php\n$crypto_method = \\STREAM_CRYPTO_METHOD_TLS_CLIENT\n    | @\\STREAM_CRYPTO_METHOD_TLSv1_1_CLIENT\n    | @\\STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT;\nstream_socket_enable_crypto($this->fp, true, $crypto_method);',
        findings: ['3:30 TLSv1.0 TLSv1.1'],
        note: 'a mask continued on the next lines, its terms error-suppressed (`@`) and global (`\\`): reported on the line of the legacy constant',
      },
      {
        file: 'src/Ftp.php',
        code: '<?php\nstream_socket_enable_crypto($fp, true, @STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT);',
        findings: ['2:40 TLSv1.0'],
        output: '<?php\nstream_socket_enable_crypto($fp, true, @STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT);',
        note: 'an error-suppressed constant on one line',
      },
      {
        file: 'src/Client.php',
        code: "<?php\n$opts = ['ssl' => ['crypto_method' => (\n    STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT |\n    STREAM_CRYPTO_METHOD_TLSv1_1_CLIENT\n)]];",
        findings: ['4:26 TLSv1.1'],
        note: 'a parenthesised mask, `|` at the end of the line',
      },
      {
        file: 'src/Connection.php',
        code: '<?php\n$crypto = $this->legacyPeers\n    ? STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT | STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT\n    : STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT;',
        findings: ['3:7 TLSv1.0'],
        note: 'a literal branch of a conditional that holds a legacy version counts; the other branch is fine',
      },
      {
        file: 'src/Connection.php',
        code: '<?php\nstream_socket_enable_crypto($fp, true, crypto_method: STREAM_CRYPTO_METHOD_TLSv1_1_CLIENT);',
        findings: ['2:55 TLSv1.1'],
        output: '<?php\nstream_socket_enable_crypto($fp, true, crypto_method: STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT);',
        note: 'a named argument',
      },
      {
        file: 'src/Connection.php',
        code: "<?php\n$crypto = $this->options['crypto_method'] ?? STREAM_CRYPTO_METHOD_TLSv1_0_CLIENT;",
        findings: ['2:46 TLSv1.0'],
        severity: 'warning',
        output: "<?php\n$crypto = $this->options['crypto_method'] ?? STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT;",
        note: 'the default when the option is unset: a warning',
      },
      {
        file: 'src/Smtp.php',
        code: '<?php\nstream_socket_enable_crypto($fp, true, STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT);',
        floor: 'TLSv1.3',
        findings: ['2:40 TLSv1.2'],
        output: '<?php\nstream_socket_enable_crypto($fp, true, STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT);',
      },
    ],
  },
});
