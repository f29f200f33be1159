import { patternRule } from '../../define.js';
import { curlSslVersion } from '../c-cpp/index.js';

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
