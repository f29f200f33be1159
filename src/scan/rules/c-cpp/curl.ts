import { atLeast, atMost, range, setOf, type Version, type VersionSet } from '../../../versions.js';
import { patternRule } from '../../define.js';
import type { Edit, RuleContext } from '../../rule.js';
import { C_KINDS, TLS10_UP, floorDigits } from './shared.js';

// ---------------------------------------------------------------------------------------------
// H9 (and I1): libcurl CURLOPT_SSLVERSION.

const CURL_MIN: Record<string, VersionSet | null> = {
  DEFAULT: null,
  TLSv1: atLeast('TLSv1.0'),
  SSLv2: setOf('SSLv2'),
  SSLv3: setOf('SSLv3'),
  TLSv1_0: atLeast('TLSv1.0'),
  TLSv1_1: atLeast('TLSv1.1'),
  TLSv1_2: atLeast('TLSv1.2'),
  TLSv1_3: atLeast('TLSv1.3'),
};
const CURL_NUMBERS = ['DEFAULT', 'TLSv1', 'SSLv2', 'SSLv3', 'TLSv1_0', 'TLSv1_1', 'TLSv1_2', 'TLSv1_3'];
const CURL_MAX: Record<string, VersionSet | null> = {
  DEFAULT: null,
  NONE: null,
  TLSv1_0: atMost('TLSv1.0'),
  TLSv1_1: atMost('TLSv1.1'),
  TLSv1_2: atMost('TLSv1.2'),
  TLSv1_3: null,
};

/**
 * Evaluates a CURLOPT_SSLVERSION value (`CURL_SSLVERSION_TLSv1_0 | CURL_SSLVERSION_MAX_TLSv1_1`,
 * `6`, `1L`, PHP's plain numbers), shared by the C and PHP rules. `valueStart` is the value's
 * offset in the file, for the fix.
 */
export function curlSslVersion(
  value: string,
  valueStart: number,
  ctx: RuleContext,
): { versions: VersionSet; why?: string; fix?: Edit } | undefined {
  let min: VersionSet | null | undefined;
  let max: VersionSet | null | undefined;
  let minToken: { text: string; start: number } | undefined;
  let unknown = false;
  for (const t of value.matchAll(/[\w:\\.]+/g)) {
    const text = t[0].replace(/^(?:\\|::|(?:Curl|pycurl)(?:::|\.))+/, '').replace(/^SSLVERSION_/, 'CURL_SSLVERSION_');
    if (/^(?:long|int|CURLOPT_\w+)$/.test(text)) continue;
    let mm: RegExpExecArray | null;
    if ((mm = /^CURL_SSLVERSION_MAX_(\w+)$/.exec(text))) {
      max = CURL_MAX[mm[1]];
      if (max === undefined) unknown = true;
    } else if ((mm = /^CURL_SSLVERSION_(\w+)$/.exec(text))) {
      min = CURL_MIN[mm[1]];
      if (min === undefined) unknown = true;
      else minToken = { text: t[0], start: valueStart + (t.index ?? 0) };
    } else if ((mm = /^([0-7])[lL]?$/.exec(text))) {
      min = CURL_MIN[CURL_NUMBERS[Number(mm[1])]];
      minToken = { text: t[0], start: valueStart + (t.index ?? 0) };
    } else unknown = true;
  }
  if (unknown || (min == null && max == null)) return undefined;
  // A cap alone says nothing about the minimum: it matters only when it is below the floor.
  if (min == null && max != null && (max & setOf(ctx.floor)) !== 0) return undefined;
  const versions = (min ?? TLS10_UP) & (max ?? range('SSLv2'));
  const whyTLSv1 = /CURL_SSLVERSION_TLSv1\b|^\s*1[lL]?\s*$/.test(value) ? '`CURL_SSLVERSION_TLSv1` (1) means TLS 1.0 or later' : undefined;
  const why =
    min == null && max != null
      ? `the maximum caps the versions at ${['TLSv1.0', 'TLSv1.1', 'TLSv1.2'].find((v) => (max! & ~atMost(v as Version)) === 0)}`
      : whyTLSv1;
  const legacyMin = min != null && (min & range('SSLv2', 'TLSv1.1')) !== 0;
  const fix =
    max == null && minToken && legacyMin
      ? {
          start: minToken.start,
          end: minToken.start + minToken.text.length,
          text: /SSLVERSION_\w+$/.test(minToken.text)
            ? minToken.text.replace(/(SSLVERSION_)\w+$/, `$1TLSv1_${floorDigits(ctx)}`)
            : `CURL_SSLVERSION_TLSv1_${floorDigits(ctx)}`,
        }
      : undefined;
  return { versions, why, fix };
}

export const curlSslVersionRule = patternRule({
  meta: {
    id: 'c/curl-sslversion',
    title: 'libcurl CURLOPT_SSLVERSION allows legacy TLS',
    description:
      "`curl_easy_setopt(h, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1)` means TLS 1.0 or later; `_TLSv1_0`, `_TLSv1_1` are minimums, `_SSLv3` pins SSLv3, and `CURL_SSLVERSION_MAX_TLSv1_0/1_1` cap the version. The same constants are used by Perl's WWW::Curl.",
    ecosystem: 'C & C++',
    catalogue: ['H9'],
    docs: ['https://curl.se/libcurl/c/CURLOPT_SSLVERSION.html'],
    files: { kinds: [...C_KINDS, 'perl', 'lua', 'python'] },
    keywords: /SSLVERSION/,
    fixable: true,
    safe: 'curl_easy_setopt(h, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);',
    limits: "Values held in variables (curl's own tool passes `config->ssl_version`) are not followed.",
  },
  pattern: /\b(?:CURLOPT_(?:PROXY_)?|pycurl\.(?:PROXY_)?)SSLVERSION\b[ \t]*(?:,|=>)\s{0,40}([^,;)\]}\n]{1,200})/,
  evaluate: (m, ctx) => {
    const value = m[1].replace(/\s+$/, '');
    return curlSslVersion(value, m.index + m[0].length - m[1].length, ctx);
  },
  instead: (ctx) => `\`CURL_SSLVERSION_TLSv1_${floorDigits(ctx)}\``,
  examples: {
    valid: [
      { file: 'src/http.c', code: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);' },
      { file: 'src/http.c', code: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2 | CURL_SSLVERSION_MAX_DEFAULT);' },
      { file: 'src/http.c', code: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_DEFAULT);' },
      {
        file: 'src/tool_operate.c',
        code: 'my_setopt_enum(curl, CURLOPT_SSLVERSION, config->ssl_version | config->ssl_version_max);',
        note: 'variables',
      },
      {
        file: 'src/http.cpp',
        code: '// curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1);\ncurl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_3);',
      },
      {
        file: 'include/curl/curl.h',
        code: 'enum {\n  CURL_SSLVERSION_DEFAULT,\n  CURL_SSLVERSION_TLSv1, /* TLS 1.x */\n  CURL_SSLVERSION_SSLv2,\n};',
        note: 'enum definition',
      },
    ],
    invalid: [
      {
        file: 'lib/vtls/backend.c',
        code: 'switch(conn->ssl_config.version) {\ncase CURL_SSLVERSION_TLSv1_0:\n  curl_easy_setopt(h, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_0);\n  break;\n}',
        note: 'dispatch on a requested version: a capability, judged as TLS-implementation code',
        findings: ['3:23 TLSv1.0 TLSv1.1'],
        severity: 'note',
      },
      {
        file: 'src/http.c',
        code: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1);',
        findings: ['1:24 TLSv1.0 TLSv1.1'],
        output: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);',
      },
      { file: 'src/http.c', code: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_SSLv3);', findings: ['1:24 SSLv3'] },
      {
        file: 'src/http.cpp',
        code: 'curl_easy_setopt(m_curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_0 | CURL_SSLVERSION_MAX_TLSv1_1);',
        findings: ['1:26 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/http.c',
        code: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, 1L);',
        findings: ['1:24 TLSv1.0 TLSv1.1'],
        note: 'numeric value',
        output: 'curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);',
      },
      {
        file: 'src/http.c',
        code: 'curl_easy_setopt(curl, CURLOPT_PROXY_SSLVERSION, CURL_SSLVERSION_TLSv1_1);',
        findings: ['1:24 TLSv1.1'],
      },
      {
        file: 'lib/Fetch.pm',
        code: '$curl->setopt(CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1);',
        findings: ['1:15 TLSv1.0 TLSv1.1'],
        note: 'WWW::Curl',
      },
      {
        file: 'fetch.py',
        code: 'c = pycurl.Curl()\nc.setopt(pycurl.SSLVERSION, pycurl.SSLVERSION_TLSv1_0)',
        findings: ['2:10 TLSv1.0 TLSv1.1'],
        note: 'pycurl',
        output: 'c = pycurl.Curl()\nc.setopt(pycurl.SSLVERSION, pycurl.SSLVERSION_TLSv1_2)',
      },
    ],
  },
});
