/**
 * PHP (curl, stream contexts, stream wrappers), Ruby (OpenSSL::SSL::SSLContext, Net::HTTP,
 * Faraday, Excon, HTTParty, RestClient, Puma), Perl (IO::Socket::SSL, LWP, Net::SSLeay, Net::LDAP)
 * and Erlang/Elixir (`ssl` options, Phoenix, RabbitMQ, EMQX).
 */
import type { Severity } from '../../policy.js';
import { atLeast, atMost, EMPTY, range, setOf, versionIndex, type Version, type VersionSet } from '../../versions.js';
import { evalList, readVersion, tokenize, type Token } from '../evaluate.js';
import { patternRule } from '../define.js';
import type { FileKind } from '../file-kinds.js';
import type { Edit, Rule } from '../rule.js';
import { curlSslVersion } from './c-cpp.js';
import { lastNewline } from '../source.js';

const TLS10_UP = range('TLSv1.0');
const CONFIG_KINDS: readonly FileKind[] = ['conf', 'ini', 'yaml', 'shell', 'dockerfile', 'other', 'json', 'toml', 'env'];

function lineBefore(code: string, index: number): string {
  return code.slice(lastNewline(code, index - 1) + 1, index);
}

/** `TLSv1_2` in the style of a pinned-version token: `:TLSv1` → `:TLSv1_2`, `TLS1_1` → `TLS1_2`. */
function underscoreSpelling(token: string, floor: Version): string | undefined {
  const minor = floor === 'TLSv1.3' ? '3' : '2';
  const m = /^(.*?)(SSLv[23]|TLSv1(?:[._]?[0-3])?|TLS1(?:_[0-3])?|SSL3)(_VERSION)?$/i.exec(token);
  if (!m) return undefined;
  const [, prefix, name, suffix = ''] = m;
  if (/^TLS1|^SSL3$/i.test(name)) return `${prefix}${name.startsWith('t') ? 'tls' : 'TLS'}1_${minor}${suffix}`;
  return `${prefix}${name.startsWith('t') || name.startsWith('s') ? 'tlsv' : 'TLSv'}1_${minor}${suffix}`;
}

// ---------------------------------------------------------------------------------------------
// I1: PHP curl.

export const phpCurlSslVersion = patternRule({
  meta: {
    id: 'php/curl-sslversion',
    title: 'PHP curl CURLOPT_SSLVERSION allows legacy TLS',
    description:
      "`curl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1)` (or the numbers `1`, `3`, `4`, `5`) lets curl use TLS 1.0/1.1 or SSLv3; `CURL_SSLVERSION_TLSv1` means TLS 1.0 or later. The same applies in `curl_setopt_array` and Guzzle `'curl' => [...]` options.",
    ecosystem: 'PHP, Ruby, Perl & Erlang',
    catalogue: ['I1'],
    docs: ['https://www.php.net/manual/en/function.curl-setopt.php', 'https://curl.se/libcurl/c/CURLOPT_SSLVERSION.html'],
    files: { kinds: ['php'] },
    keywords: /SSLVERSION/,
    fixable: true,
    safe: 'curl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);',
    limits: 'Values held in variables or configuration arrays read at run time are not followed.',
  },
  pattern: /(?<![\w$'"])\\?CURLOPT_(?:PROXY_)?SSLVERSION\b(?:[ \t]*(?:,|=>)|\][ \t]*=(?![=>]))[ \t]*([^,;)\]}\n]{1,200})/,
  evaluate: (m, ctx) => {
    const value = m[1].replace(/\s+$/, '');
    if (/^\(?int\)/.test(value)) return undefined;
    return curlSslVersion(value, m.index + m[0].length - m[1].length, ctx);
  },
  instead: (ctx) => `\`CURL_SSLVERSION_TLSv1_${ctx.floor === 'TLSv1.3' ? '3' : '2'}\``,
  examples: {
    valid: [
      { file: 'src/Client.php', code: '<?php\ncurl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);' },
      { file: 'src/Client.php', code: '<?php\ncurl_setopt($ch, CURLOPT_SSLVERSION, 6);', note: '6 = TLS 1.2' },
      { file: 'src/Client.php', code: '<?php\n$opts = [CURLOPT_SSLVERSION => CURL_SSLVERSION_TLSv1_3, CURLOPT_TIMEOUT => 10];' },
      { file: 'src/Client.php', code: '<?php\ncurl_setopt($ch, CURLOPT_SSLVERSION, $this->sslVersion);', note: 'variable' },
      {
        file: 'src/Client.php',
        code: '<?php\n// curl_setopt($ch, CURLOPT_SSLVERSION, 3);\ncurl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_DEFAULT);',
      },
      {
        file: 'src/Client.php',
        code: "<?php\nif (!defined('CURL_SSLVERSION_TLSv1_2')) {\n    define('CURL_SSLVERSION_TLSv1_2', 6);\n}",
        note: 'polyfill constant definition',
      },
    ],
    invalid: [
      {
        file: 'src/Client.php',
        code: '<?php\ncurl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1);',
        findings: ['2:18 TLSv1.0 TLSv1.1'],
        output: '<?php\ncurl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);',
      },
      {
        file: 'src/Client.php',
        code: '<?php\ncurl_setopt($ch, CURLOPT_SSLVERSION, 3);',
        findings: ['2:18 SSLv3'],
        output: '<?php\ncurl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);',
      },
      {
        file: 'src/Client.php',
        code: '<?php\ncurl_setopt_array($ch, [\n    CURLOPT_URL => $url,\n    CURLOPT_SSLVERSION => 1,\n]);',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/Gateway.php',
        code: "<?php\n\$client = new Client(['curl' => [CURLOPT_SSLVERSION => CURL_SSLVERSION_TLSv1_1]]);",
        findings: ['2:34 TLSv1.1'],
        note: 'Guzzle curl options',
      },
      {
        file: 'wp-content/plugins/pay/pay.php',
        code: "<?php\nadd_action('http_api_curl', function (\$handle) {\n    curl_setopt(\$handle, CURLOPT_SSLVERSION, 4);\n});",
        findings: ['3:26 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/Http/Curl.php',
        code: '<?php\n$this->options[CURLOPT_SSLVERSION] = CURL_SSLVERSION_TLSv1_0;',
        findings: ['2:16 TLSv1.0 TLSv1.1'],
        note: 'options array assignment',
      },
      {
        file: 'src/Client.php',
        code: '<?php\ncurl_setopt($ch, \\CURLOPT_SSLVERSION, \\CURL_SSLVERSION_TLSv1_0 | \\CURL_SSLVERSION_MAX_TLSv1_1);',
        findings: ['2:18 TLSv1.0 TLSv1.1'],
        note: 'namespaced constants',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// I2: PHP stream crypto methods.

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
  pattern:
    /(=>|\|=|\?\?=|(?<![=!<>&|^.+\-*/%?])=|[(,])[ \t\r\n]*(\\?STREAM_CRYPTO_METHOD_\w+(?:[ \t]*\|[ \t\r\n]*\\?STREAM_CRYPTO_METHOD_\w+){0,8})\b(?![ \t]*(?:[=!]=|&(?!&)|<|>))/,
  evaluate: (m, ctx, file) => {
    const line = lineBefore(file.code, m.index);
    if (/\bdefine\s*\(|\bcase\b/.test(line)) return undefined;
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
    const severity: Severity | undefined = generic && !explicitLegacy ? 'warning' : undefined;
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
      why: generic ? 'the generic constant includes TLS 1.0 (and 1.1 on PHP 7.2+)' : undefined,
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
        file: 'src/Smtp.php',
        code: '<?php\nstream_socket_enable_crypto($fp, true, STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT);',
        floor: 'TLSv1.3',
        findings: ['2:40 TLSv1.2'],
        output: '<?php\nstream_socket_enable_crypto($fp, true, STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT);',
      },
    ],
  },
});

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

// ---------------------------------------------------------------------------------------------
// I4, I5: Ruby ssl_version / min_version / max_version.

/** Reads Ruby's spellings: `:TLSv1_1`, `'TLSv1'`, `:TLS1_1`, `OpenSSL::SSL::TLS1_VERSION`. */
function rubyVersion(token: string): Version | undefined {
  const t = token.replace(/^OpenSSL::SSL::/, '').replace(/^:?["']?|["']$/g, '');
  const constant = /^(SSL3|TLS1(?:_[123])?)_VERSION$/.exec(t);
  return readVersion(constant ? constant[1] : t);
}

export const rubySslVersion = patternRule({
  meta: {
    id: 'ruby/ssl-version',
    title: 'Ruby TLS version setting allows legacy TLS',
    description:
      '`ctx.ssl_version = :TLSv1` (also in `SSLContext.new(:TLSv1)`, `DEFAULT_PARAMS[:ssl_version]`, Net::HTTP, Excon, HTTParty, RestClient, Faraday `ssl: { version: … }`) pins a version; `min_version = :TLS1` / `OpenSSL::SSL::TLS1_VERSION` allows TLS 1.0 and up; `max_version = :TLS1_1` caps below TLS 1.2.',
    ecosystem: 'PHP, Ruby, Perl & Erlang',
    catalogue: ['I4', 'I5'],
    docs: ['https://ruby.github.io/openssl/OpenSSL/SSL/SSLContext.html', 'https://docs.ruby-lang.org/en/master/Net/HTTP.html'],
    files: { kinds: ['ruby'] },
    keywords: /ssl_version|min_version|max_version|SSLContext|ssl:|:ssl/,
    fixable: true,
    safe: 'ctx.min_version = OpenSSL::SSL::TLS1_2_VERSION',
    limits:
      '`ctx.options |= OpenSSL::SSL::OP_NO_SSLv3` alone leaves the minimum to the openssl gem default and is not reported; values from variables or ENV are unknown.',
  },
  pattern:
    /(?:(?<![\w])[:'"]?(ssl_version|min_version|max_version|version)['"]?\]?(?:[ \t]*(?:=>|=(?![=~>]))|:(?!:)|[ \t](?=[ \t]*[:'"]?(?:SSL|TLS|ssl|tls|OpenSSL|Curl)))|\bSSLContext\.new[ \t]*\(?[ \t]*(?=[:'"]))[ \t]*((?:OpenSSL::SSL::|Curl::)?\w+|:?["']?[\w.]+["']?)/,
  evaluate: (m, ctx, file) => {
    const key = m[1] ?? 'ssl_version';
    const token = m[2];
    const code = file.code;
    if (m[1] === 'version') {
      // Faraday: `ssl: { version: :TLSv1 }` / `:ssl => { :version => 'TLSv1' }`.
      const before = code.slice(Math.max(0, m.index - 200), m.index);
      const brace = before.lastIndexOf('{');
      if (brace < 0 || before.slice(brace).includes('}') || !/ssl['"]?\s*(?::|=>)\s*$/.test(before.slice(0, brace))) return undefined;
    }
    const tokenStart = m.index + m[0].length - token.length;
    if (/^Curl::/.test(token)) {
      if (key === 'max_version') return undefined;
      return curlSslVersion(token, tokenStart, ctx);
    }
    const v = rubyVersion(token);
    if (!v) return undefined;
    let versions: VersionSet | undefined;
    let why: string | undefined;
    if (key === 'min_version') versions = atLeast(v);
    else if (key === 'max_version') {
      if (versionIndex(v) >= versionIndex(ctx.floor)) return undefined;
      versions = atMost(v);
      why = `the maximum is ${v}`;
    } else versions = setOf(v);
    const inner = token.replace(/^OpenSSL::SSL::/, '');
    const innerStart = tokenStart + token.length - inner.length;
    const bare = inner.replace(/^:?["']?|["']$/g, '');
    const bareStart = innerStart + inner.indexOf(bare);
    const spelled = underscoreSpelling(bare, ctx.floor);
    const fix = key === 'max_version' || !spelled ? undefined : { start: bareStart, end: bareStart + bare.length, text: spelled };
    return { versions, why, fix };
  },
  instead: (ctx) =>
    `\`ctx.min_version = OpenSSL::SSL::TLS1_${ctx.floor === 'TLSv1.3' ? '3' : '2'}_VERSION\` (or \`:TLS1_${ctx.floor === 'TLSv1.3' ? '3' : '2'}\`)`,
  examples: {
    valid: [
      { file: 'lib/client.rb', code: 'ctx = OpenSSL::SSL::SSLContext.new\nctx.min_version = OpenSSL::SSL::TLS1_2_VERSION' },
      { file: 'lib/client.rb', code: 'http.ssl_version = "TLSv1_2"', note: 'TLSv1 must not match inside TLSv1_2' },
      { file: 'lib/client.rb', code: 'ctx.options |= OpenSSL::SSL::OP_NO_TLSv1 | OpenSSL::SSL::OP_NO_TLSv1_1', note: 'disabling options' },
      { file: 'lib/client.rb', code: 'raise "old" if ctx.ssl_version == :TLSv1', note: 'comparison' },
      { file: 'my_gem.gemspec', code: 'spec.version = "1.0"\nspec.required_ruby_version = ">= 2.7"', note: 'gem versions' },
      { file: 'lib/client.rb', code: '# http.ssl_version = :TLSv1\nhttp.min_version = :TLS1_2' },
      { file: 'lib/client.rb', code: 'conn = Faraday.new(url, ssl: { min_version: :TLS1_2, verify: true })' },
      { file: 'lib/client.rb', code: 'ctx = OpenSSL::SSL::SSLContext.new(:SSLv23)', note: 'protocol-neutral' },
    ],
    invalid: [
      { file: 'lib/client.rb', code: 'ctx.ssl_version = :TLSv1', findings: ['1:5 TLSv1.0'], output: 'ctx.ssl_version = :TLSv1_2' },
      {
        file: 'lib/client.rb',
        code: "http = Net::HTTP.new(host, 443)\nhttp.use_ssl = true\nhttp.ssl_version = 'TLSv1_1'",
        findings: ['3:6 TLSv1.1'],
        output: "http = Net::HTTP.new(host, 443)\nhttp.use_ssl = true\nhttp.ssl_version = 'TLSv1_2'",
      },
      {
        file: 'lib/client.rb',
        code: 'ctx.min_version = OpenSSL::SSL::TLS1_VERSION',
        findings: ['1:5 TLSv1.0 TLSv1.1'],
        output: 'ctx.min_version = OpenSSL::SSL::TLS1_2_VERSION',
      },
      {
        file: 'config/initializers/ssl.rb',
        code: 'OpenSSL::SSL::SSLContext::DEFAULT_PARAMS[:ssl_version] = :SSLv3',
        findings: ['1:42 SSLv3'],
      },
      { file: 'lib/api.rb', code: 'class Api\n  include HTTParty\n  ssl_version :TLSv1\nend', findings: ['3:3 TLSv1.0'] },
      { file: 'lib/api.rb', code: "conn = Faraday.new(url: base, ssl: { version: 'TLSv1', verify: false })", findings: ['1:38 TLSv1.0'] },
      { file: 'lib/api.rb', code: 'Excon.get(url, :ssl_version => :TLSv1_1)', findings: ['1:16 TLSv1.1'] },
      { file: 'lib/api.rb', code: 'RestClient::Request.execute(method: :get, url: url, ssl_version: "SSLv3")', findings: ['1:53 SSLv3'] },
      { file: 'lib/api.rb', code: 'ctx = OpenSSL::SSL::SSLContext.new(:TLSv1)', findings: ['1:21 TLSv1.0'] },
      { file: 'lib/api.rb', code: 'ctx.max_version = :TLS1_1', findings: ['1:5 TLSv1.0 TLSv1.1'] },
      { file: 'lib/api.rb', code: 'http.min_version = :TLS1', findings: ['1:6 TLSv1.0 TLSv1.1'], output: 'http.min_version = :TLS1_2' },
      {
        file: 'lib/fetch.rb',
        code: 'c = Curl::Easy.new(url)\nc.ssl_version = Curl::CURL_SSLVERSION_TLSv1',
        findings: ['2:3 TLSv1.0 TLSv1.1'],
        note: 'Curb uses libcurl semantics (a minimum)',
        output: 'c = Curl::Easy.new(url)\nc.ssl_version = Curl::CURL_SSLVERSION_TLSv1_2',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// I6: Puma ssl_bind without no_tlsv1 / no_tlsv1_1.

export const pumaSslBind = patternRule({
  meta: {
    id: 'ruby/puma-ssl-bind',
    title: 'Puma SSL listener accepts TLS 1.0/1.1',
    description:
      'Puma sets its TLS minimum from `no_tlsv1` / `no_tlsv1_1` (both default false, so TLS 1.0 is allowed unless OpenSSL refuses it). `no_tlsv1_1: true` makes the minimum TLS 1.2.',
    ecosystem: 'PHP, Ruby, Perl & Erlang',
    catalogue: ['I6'],
    docs: ['https://github.com/puma/puma/blob/master/lib/puma/dsl.rb'],
    files: { kinds: ['ruby'], names: /puma/ },
    keywords: /ssl_bind|ssl:\/\//,
    fixable: false,
    safe: "ssl_bind '0.0.0.0', '9292', { key: key, cert: cert, no_tlsv1: true, no_tlsv1_1: true }",
    limits: 'A listener without the options is a warning: OpenSSL 3 (security level 1+) refuses TLS 1.0/1.1 by itself.',
  },
  pattern: /\bssl_bind\b[^\n]{0,300}|\bbind[ \t(]+["']ssl:\/\/[^"'\n]{0,400}/,
  evaluate: (m, _ctx, file) => {
    const code = file.code;
    let text = m[0];
    if (m[0].startsWith('ssl_bind') && text.includes('{') && !text.includes('}')) {
      const close = code.slice(m.index, m.index + 1500).indexOf('}');
      if (close > 0) text = code.slice(m.index, m.index + close + 1);
    }
    const opt = (name: string): boolean | undefined => {
      const r = new RegExp(`[:'"]?\\b${name}\\b['"]?\\s*(?::|=>|=)\\s*['"]?(true|false)\\b`).exec(text);
      return r ? r[1] === 'true' : undefined;
    };
    const no10 = opt('no_tlsv1');
    const no11 = opt('no_tlsv1_1');
    if (no11) return undefined;
    if (no10) return { versions: setOf('TLSv1.1', 'TLSv1.2', 'TLSv1.3'), why: '`no_tlsv1` alone still allows TLS 1.1' };
    if (no10 === false || no11 === false) return { versions: TLS10_UP, why: '`no_tlsv1: false` keeps TLS 1.0' };
    return { versions: TLS10_UP, severity: 'warning', why: 'Puma allows TLS 1.0 unless `no_tlsv1`/`no_tlsv1_1` are set' };
  },
  instead: '`no_tlsv1: true, no_tlsv1_1: true` in the `ssl_bind` options (or `&no_tlsv1=true&no_tlsv1_1=true` in the bind URL)',
  examples: {
    valid: [
      {
        file: 'config/puma.rb',
        code: "ssl_bind '0.0.0.0', '9292', {\n  key: ENV['KEY'],\n  cert: ENV['CERT'],\n  no_tlsv1: true,\n  no_tlsv1_1: true\n}",
      },
      { file: 'config/puma.rb', code: "bind 'ssl://0.0.0.0:9292?key=server.key&cert=server.crt&no_tlsv1=true&no_tlsv1_1=true'" },
      { file: 'config/puma.rb', code: "bind 'tcp://0.0.0.0:3000'", note: 'plain TCP' },
      { file: 'config/puma.rb', code: "# ssl_bind '0.0.0.0', '9292', { key: 'k', cert: 'c' }\nport 3000" },
    ],
    invalid: [
      {
        file: 'config/puma.rb',
        code: "ssl_bind '0.0.0.0', '9292', { key: key_path, cert: cert_path }",
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'config/puma.rb',
        code: "ssl_bind '0.0.0.0', '443', {\n  key: key,\n  cert: cert,\n  no_tlsv1: false\n}",
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        severity: 'error',
      },
      { file: 'config/puma.rb', code: "ssl_bind '0.0.0.0', '443', { key: key, cert: cert, no_tlsv1: true }", findings: ['1:1 TLSv1.1'] },
      {
        file: 'config/puma/production.rb',
        code: 'bind "ssl://0.0.0.0:#{port}?key=#{key}&cert=#{cert}"',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// I7: Perl IO::Socket::SSL / LWP / Net::LDAP / Net::SSLeay.

const PERL_ALL = range('SSLv3');
const SSLEAY_CTX: Record<string, Version> = { v2: 'SSLv2', v3: 'SSLv3', tlsv1: 'TLSv1.0', tlsv1_1: 'TLSv1.1', tlsv1_2: 'TLSv1.2' };
const SSLEAY_NUMBERS: Record<string, Version> = {
  '2': 'SSLv2',
  '3': 'SSLv3',
  '10': 'TLSv1.0',
  '11': 'TLSv1.1',
  '12': 'TLSv1.2',
  '13': 'TLSv1.3',
};

export const perlSslVersion = patternRule({
  meta: {
    id: 'perl/ssl-version',
    title: 'Perl SSL_version allows legacy TLS',
    description:
      "IO::Socket::SSL (and LWP `ssl_opts`, Net::SMTP, Mojo, imapsync `--sslargs`) take `SSL_version` as a `:`-separated list where `SSLv23` means every version and `!X` removes one: `'SSLv23:!SSLv2'` keeps SSLv3, TLS 1.0 and 1.1. `'TLSv1'` pins TLS 1.0. Net::LDAP's `sslversion` and Net::SSLeay's `CTX_tlsv1_new` / `$Net::SSLeay::ssl_version = 10` do the same.",
    ecosystem: 'PHP, Ruby, Perl & Erlang',
    catalogue: ['I7'],
    docs: ['https://metacpan.org/pod/IO::Socket::SSL#SSL_version', 'https://metacpan.org/pod/Net::SSLeay'],
    files: { kinds: ['perl', 'shell', 'dockerfile', 'yaml', 'conf'] },
    keywords: /SSL_version|sslversion|Net::SSLeay/,
    fixable: true,
    safe: "SSL_version => 'TLSv1_2'  # or 'SSLv23:!SSLv3:!TLSv1:!TLSv1_1'",
    limits: 'A list that only removes SSLv2/SSLv3 is a warning: the OpenSSL build may refuse TLS 1.0/1.1 by itself.',
  },
  pattern:
    /(?<![\w$])(?:(['"]?)(SSL_version|sslversion)\1\}?[ \t]*(?:=>|=|,)[ \t]*(['"]?)([\w.:!+-]{1,100}(?:[ ]{1,4}[\w.:!+-]{1,50}){0,5})[ ]*\3|Net::SSLeay::CTX_(v2|v3|tlsv1|tlsv1_1|tlsv1_2)_new\b|\$Net::SSLeay::ssl_version[ \t]*=[ \t]*(\d{1,2})\b)/,
  evaluate: (m, ctx) => {
    if (m[5] !== undefined) return { versions: setOf(SSLEAY_CTX[m[5]]) };
    if (m[6] !== undefined) {
      const v = SSLEAY_NUMBERS[m[6]];
      return v ? { versions: setOf(v) } : undefined;
    }
    // Unquoted (`--sslargs1 SSL_version=SSLv3 --host2 …`): the value ends at the first space.
    const value = m[3] ? m[4] : m[4].split(' ')[0];
    const valueStart = m.index + m[0].indexOf(m[4], m[0].search(/=>|=|,/));
    const tokens: Token[] = tokenize(value, valueStart, /[:\s]+/g).map((t) =>
      /^[!-]?(?:SSLv23|ALL)$/i.test(t.text) ? { ...t, text: t.text.replace(/SSLv23|ALL/i, 'all') } : t,
    );
    if (tokens.every((t) => /^\+?all$/i.test(t.text))) return undefined;
    const result = evalList(tokens, { all: PERL_ALL, base: PERL_ALL });
    if (!result || result.versions === EMPTY) return undefined;
    const explicit = tokens.some((t) => {
      const v = /^[!-]/.test(t.text) ? undefined : readVersion(t.text);
      return v !== undefined && versionIndex(v) < versionIndex(ctx.floor);
    });
    const fromAll = tokens.some((t) => /^(?:\+)?all$/i.test(t.text)) || /^[!-]/.test(tokens[0]?.text ?? '');
    const severity: Severity | undefined = !explicit && fromAll ? 'warning' : undefined;
    const single = tokens.length === 1 && !fromAll ? underscoreSpelling(tokens[0].text, ctx.floor) : undefined;
    return {
      versions: result.versions,
      end: m[3] ? undefined : valueStart + value.length,
      severity,
      why: fromAll ? '`SSLv23`/`ALL` means every version the library has; only the `!` entries are removed' : undefined,
      fix: single ? { start: tokens[0].start, end: tokens[0].end, text: single } : undefined,
    };
  },
  instead: (ctx, m) =>
    m[5] !== undefined || m[6] !== undefined
      ? `\`Net::SSLeay::CTX_new()\` with \`Net::SSLeay::CTX_set_min_proto_version($ctx, Net::SSLeay::TLS1_${ctx.floor === 'TLSv1.3' ? '3' : '2'}_VERSION())\``
      : ctx.floor === 'TLSv1.3'
        ? "`SSL_version => 'TLSv1_3'`"
        : "`SSL_version => 'SSLv23:!SSLv3:!TLSv1:!TLSv1_1'` (or `'TLSv1_2'`)",
  examples: {
    valid: [
      {
        file: 'lib/Client.pm',
        code: "my $sock = IO::Socket::SSL->new(PeerAddr => $host, SSL_version => 'SSLv23:!SSLv3:!TLSv1:!TLSv1_1');",
        note: '!TLSv1 tokens disable',
      },
      { file: 'lib/Client.pm', code: "my $ua = LWP::UserAgent->new(ssl_opts => { SSL_version => 'TLSv1_2' });" },
      { file: 'lib/Client.pm', code: 'my $sock = IO::Socket::SSL->new(PeerAddr => $host, SSL_version => $version);', note: 'variable' },
      { file: 'lib/Client.pm', code: "# SSL_version => 'TLSv1',\nmy %opts = (SSL_version => 'TLSv12');" },
      { file: 'lib/Client.pm', code: 'my $ctx = Net::SSLeay::CTX_tlsv1_2_new();' },
      { file: 'lib/Client.pm', code: "my %opts = (SSL_version => 'SSLv23');", note: 'protocol-neutral alone negotiates the highest' },
    ],
    invalid: [
      {
        file: 'lib/Client.pm',
        code: "my $sock = IO::Socket::SSL->new(PeerAddr => $host, SSL_version => 'TLSv1');",
        findings: ['1:52 TLSv1.0'],
        output: "my $sock = IO::Socket::SSL->new(PeerAddr => $host, SSL_version => 'TLSv1_2');",
      },
      {
        file: 'lib/Client.pm',
        code: "my $sock = IO::Socket::SSL->new(\n    PeerAddr    => $host,\n    SSL_version => 'SSLv23:!SSLv2',\n);",
        findings: ['3:5 SSLv3 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'lib/Client.pm',
        code: "my $ua = LWP::UserAgent->new(ssl_opts => { verify_hostname => 0, SSL_version => 'SSLv3' });",
        findings: ['1:66 SSLv3'],
      },
      {
        file: 'scripts/migrate.sh',
        code: 'imapsync --host1 old.example.com --ssl1 --sslargs1 SSL_version=SSLv3 --host2 new.example.com',
        findings: ['1:52 SSLv3'],
        note: 'imapsync command line',
      },
      {
        file: 'lib/Ldap.pm',
        code: "my $ldap = Net::LDAPS->new($server, verify => 'none', sslversion => 'tlsv1');",
        findings: ['1:55 TLSv1.0'],
      },
      { file: 'lib/Raw.pm', code: 'my $ctx = Net::SSLeay::CTX_tlsv1_new() or die;', findings: ['1:11 TLSv1.0'] },
      { file: 'lib/Raw.pm', code: '$Net::SSLeay::ssl_version = 10;', findings: ['1:1 TLSv1.0'] },
      {
        file: 'bin/notify.pl',
        code: "if (! IO::Socket::SSL->start_SSL($SERVER, SSL_version => 'SSLv3 TLSv1')) {\n  die 'tls';\n}",
        findings: ['1:43 SSLv3 TLSv1.0'],
        note: 'space-separated list',
      },
      {
        file: 'lib/Client.pm',
        code: "my %ssl = (SSL_version => '!SSLv2:!SSLv3');",
        findings: ['1:12 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'starts by removing: the rest stays',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// I8: Erlang/Elixir ssl versions, RabbitMQ, EMQX.

/** Deletes the legacy elements of a written list (`['tlsv1.2','tlsv1.1',tlsv1]`, `[:"tlsv1.2", :tlsv1]`). */
function elementFix(value: string, valueStart: number, floor: Version): Edit | undefined {
  const parts = [...value.matchAll(/[^,]+/g)];
  const kept = parts.filter((p) => {
    const v = readVersion(p[0].trim());
    return !v || versionIndex(v) >= versionIndex(floor);
  });
  if (kept.length === parts.length || kept.length === 0 || !kept.some((p) => readVersion(p[0].trim()))) return undefined;
  const gap = /,\s*/.exec(value)?.[0] ?? ', ';
  const first = parts[0];
  const last = parts[parts.length - 1];
  const lead = first[0].length - first[0].trimStart().length;
  const trail = last[0].length - last[0].trimEnd().length;
  return {
    start: valueStart + (first.index ?? 0) + lead,
    end: valueStart + (last.index ?? 0) + last[0].length - trail,
    text: kept.map((p) => p[0].trim()).join(gap),
  };
}

export const erlangTlsVersions = patternRule({
  meta: {
    id: 'erlang/tls-versions',
    title: 'Erlang/Elixir ssl versions list includes legacy TLS',
    description:
      "The `versions` option of Erlang's `ssl` (`{versions, ['tlsv1.2', 'tlsv1.1', tlsv1]}`, Elixir `versions: [:\"tlsv1.1\"]`, Phoenix `https:` options, `protocol_version` app env), RabbitMQ's `ssl_options.versions.N = tlsv1.1` and EMQX `tls_versions` list the versions that may be negotiated.",
    ecosystem: 'PHP, Ruby, Perl & Erlang',
    catalogue: ['I8'],
    docs: ['https://www.erlang.org/doc/apps/ssl/ssl.html', 'https://www.rabbitmq.com/docs/ssl#tls-versions'],
    files: { kinds: ['erlang', 'elixir', ...CONFIG_KINDS], names: /rabbitmq|advanced\.config|sys\.config|app\.config|emqx/ },
    keywords: /tlsv1|sslv3/,
    fixable: true,
    safe: "{versions, ['tlsv1.3', 'tlsv1.2']}",
    limits: 'Versions computed at run time (`ssl:versions()`, application env read in code) are not followed.',
  },
  pattern:
    /\{[ \t]*(versions|protocol_version)[ \t]*,[ \t\r\n]*\[([^\]]{0,300})\]|(?<![\w.])((?:allowed_)?(?:tls_)?versions|protocol_version)(?::|[ \t]*=>)[ \t]*\[([^\]]{0,300})\]|(?<![\w])(?:[\w-]+\.){1,4}versions\.\d+[ \t]*=[ \t]*(['"]?[\w.]+['"]?)|(?<![\w])(?:tls_versions[ \t]*=[ \t]*["']?([\w., ]{1,200})|versions[ \t]*=[ \t]*\[([^\]]{0,300})\])/,
  evaluate: (m, ctx, file) => {
    const code = file.code;
    const line = lineBefore(code, m.index);
    // Erlang terms in files the comment masker does not know (`rabbitmq.config`, `sys.config`).
    if (file.kind !== 'erlang' && /%/.test(line.replace(/"[^"]*"|'[^']*'/g, ''))) return undefined;
    if (m[4] !== undefined && file.kind !== 'erlang' && file.kind !== 'elixir') return undefined;
    const list = m[2] ?? m[4] ?? m[6] ?? m[7];
    if (list !== undefined) {
      const listStart = m.index + m[0].lastIndexOf(list);
      const tokens = tokenize(list, listStart, /[\s,;|[\]"'():{}]+/g).filter((t) => readVersion(t.text) !== undefined);
      if (tokens.length === 0) return undefined;
      let versions = EMPTY;
      for (const t of tokens) versions |= setOf(readVersion(t.text)!);
      return { versions, fix: m[6] === undefined ? elementFix(list, listStart, ctx.floor) : undefined };
    }
    const v = readVersion(m[5]);
    return v ? { versions: setOf(v) } : undefined;
  },
  instead: (ctx, m) => {
    const only13 = ctx.floor === 'TLSv1.3';
    if (m[5] !== undefined)
      return only13 ? 'only `….versions.1 = tlsv1.3`' : '`….versions.1 = tlsv1.3` and `….versions.2 = tlsv1.2` only (drop the older lines)';
    if (m[6] !== undefined) return only13 ? '`tls_versions = tlsv1.3`' : '`tls_versions = tlsv1.3,tlsv1.2`';
    if (m[7] !== undefined) return only13 ? '`versions = ["tlsv1.3"]`' : '`versions = ["tlsv1.3", "tlsv1.2"]`';
    if (m[4] !== undefined) return only13 ? '`versions: [:"tlsv1.3"]`' : '`versions: [:"tlsv1.3", :"tlsv1.2"]`';
    return only13 ? "`{versions, ['tlsv1.3']}`" : "`{versions, ['tlsv1.3', 'tlsv1.2']}`";
  },
  examples: {
    valid: [
      { file: 'config/sys.config', code: "[{ssl, [{protocol_version, ['tlsv1.3', 'tlsv1.2']}]}]." },
      { file: 'src/client.erl', code: "Opts = [{versions, ['tlsv1.2']}, {verify, verify_peer}],\n{ok, S} = ssl:connect(Host, 443, Opts)." },
      {
        file: 'src/ssl_internal.hrl',
        code: "-define(ALL_AVAILABLE_VERSIONS, ['tlsv1.3', 'tlsv1.2', 'tlsv1.1', tlsv1]).",
        note: 'a definition, not an option',
      },
      { file: 'config/prod.exs', code: 'config :app, AppWeb.Endpoint,\n  https: [port: 443, versions: [:"tlsv1.3", :"tlsv1.2"]]' },
      { file: 'rabbitmq.conf', code: '# ssl_options.versions.2 = tlsv1.1\nssl_options.versions.1 = tlsv1.2' },
      {
        file: 'rabbitmq.config',
        code: "[{rabbit, [\n  %% {ssl_options, [{versions, ['tlsv1.1']}]}\n  {ssl_options, [{versions, ['tlsv1.2']}]}\n]}].",
        note: 'Erlang comment in a .config file',
      },
      { file: 'mix.exs', code: 'versions: ["1.0", "2.0"]', note: 'not TLS versions' },
    ],
    invalid: [
      {
        file: 'src/client.erl',
        code: "Opts = [{versions, ['tlsv1.2', 'tlsv1.1', tlsv1]}],",
        findings: ['1:9 TLSv1.0 TLSv1.1'],
        output: "Opts = [{versions, ['tlsv1.2']}],",
      },
      {
        file: 'config/prod.exs',
        code: 'config :app, AppWeb.Endpoint,\n  https: [\n    port: 443,\n    versions: [:"tlsv1.2", :"tlsv1.1"]\n  ]',
        findings: ['4:5 TLSv1.1'],
        output: 'config :app, AppWeb.Endpoint,\n  https: [\n    port: 443,\n    versions: [:"tlsv1.2"]\n  ]',
      },
      {
        file: 'rabbitmq.conf',
        code: 'listeners.ssl.default = 5671\nssl_options.versions.1 = tlsv1.2\nssl_options.versions.2 = tlsv1.1',
        findings: ['3:1 TLSv1.1'],
      },
      {
        file: 'advanced.config',
        code: "[{rabbit, [{ssl_options, [{cacertfile, \"/ca.pem\"}, {versions, ['tlsv1.1', 'tlsv1.2']}]}]}].",
        findings: ['1:52 TLSv1.1'],
      },
      { file: 'lib/client.ex', code: ':ssl.connect(host, 443, versions: [:tlsv1], verify: :verify_none)', findings: ['1:25 TLSv1.0'] },
      {
        file: 'config/runtime.exs',
        code: 'config :app, App.Mailer,\n  adapter: Bamboo.SMTPAdapter,\n  allowed_tls_versions: [:"tlsv1", :"tlsv1.1", :"tlsv1.2"]',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        output: 'config :app, App.Mailer,\n  adapter: Bamboo.SMTPAdapter,\n  allowed_tls_versions: [:"tlsv1.2"]',
      },
      {
        file: 'lib/proxy.ex',
        code: 'opts = Keyword.put(opts, :ssl_options, versions: [:"tlsv1.2", :"tlsv1.1", :tlsv1])',
        findings: ['1:40 TLSv1.0 TLSv1.1'],
        output: 'opts = Keyword.put(opts, :ssl_options, versions: [:"tlsv1.2"])',
      },
      { file: 'etc/emqx.conf', code: 'listener.ssl.external.tls_versions = tlsv1.2,tlsv1.1,tlsv1', findings: ['1:23 TLSv1.0 TLSv1.1'] },
      {
        file: 'etc/emqx.conf',
        code: 'listeners.ssl.default {\n  bind = "0.0.0.0:8883"\n  ssl_options {\n    versions = ["tlsv1.3", "tlsv1.2", "tlsv1.1"]\n  }\n}',
        findings: ['4:5 TLSv1.1'],
        output: 'listeners.ssl.default {\n  bind = "0.0.0.0:8883"\n  ssl_options {\n    versions = ["tlsv1.3", "tlsv1.2"]\n  }\n}',
        note: 'EMQX 5 HOCON',
      },
      {
        file: 'k8s/rabbitmq.yaml',
        code: 'data:\n  rabbitmq.conf: |\n    management.ssl.versions.1 = tlsv1.1\n',
        findings: ['3:5 TLSv1.1'],
      },
      { file: 'src/client.erl', code: "ssl:connect(H, P, [{versions, ['tlsv1.2']}]).", floor: 'TLSv1.3', findings: ['1:20 TLSv1.2'] },
    ],
  },
});

export const rules: readonly Rule[] = [
  phpCurlSslVersion,
  phpStreamCrypto,
  phpStreamWrapper,
  rubySslVersion,
  pumaSslBind,
  perlSslVersion,
  erlangTlsVersions,
];
