/**
 * NSS (Mozilla's TLS library, used by Firefox, RHEL tools, Dogtag, curl's NSS back end): version
 * ranges (`SSLVersionRange r = { SSL_LIBRARY_VERSION_TLS_1_0, … }` handed to
 * `SSL_VersionRangeSet`/`SSL_VersionRangeSetDefault`, or `r.min = …`) and the old per-version
 * switches (`SSL_OptionSet(fd, SSL_ENABLE_SSL3, PR_TRUE)`).
 */
import { atLeast, atMost, range, setOf, versionIndex, type Version, type VersionSet } from '../../../versions.js';
import type { FileKind } from '../../file-kinds.js';
import type { Match, Rule, RuleContext } from '../../rule.js';
import type { SourceFile } from '../../source.js';
import { chosenOnRequest } from '../../capability.js';
import { constantVersion } from '../code/expressions.js';

const C_KINDS: readonly FileKind[] = ['c', 'cpp', 'objc'];

const NSS_VERSION = String.raw`SSL_LIBRARY_VERSION_(?:3_0|TLS_1_[0-3]|DTLS_1_[023])`;

/** `SSLVersionRange name = { MIN, MAX };` */
const INITIALIZER = new RegExp(
  String.raw`\bSSLVersionRange[ \t]+(\w+)[ \t]*=[ \t]*\{\s{0,40}(${NSS_VERSION})\s{0,40},\s{0,40}(${NSS_VERSION})\s{0,40}\}`,
  'g',
);
/** `name.min = V;` / `name->max = V;` */
const MEMBER = new RegExp(String.raw`\b(\w+)[ \t]*(?:\.|->)[ \t]*(min|max)[ \t]*=[ \t]*(${NSS_VERSION})[ \t]*;`, 'g');
/** `SSL_OptionSet(fd, SSL_ENABLE_SSL3, PR_TRUE)`, `SSL_OptionSetDefault(SSL_ENABLE_SSL2, 1)`. */
const OPTION =
  /\bSSL_OptionSet(?:Default)?[ \t]*\((?:[^,;()]{1,80},)?\s{0,40}(SSL_ENABLE_SSL[23])\s{0,40},\s{0,40}(?:PR_TRUE|1|true)\s{0,40}\)/g;

/** Whether the file hands a range named `name` to NSS (`SSL_VersionRangeSet(fd, &name)`). */
function setsRange(file: SourceFile, name: string): boolean {
  return new RegExp(String.raw`\bSSL_VersionRangeSet(?:Default)?[ \t]*\([^;()]{0,120}&[ \t]*${name}\b`).test(file.code);
}

function floorConstant(ctx: RuleContext): string {
  return ctx.floor === 'TLSv1.3' ? 'SSL_LIBRARY_VERSION_TLS_1_3' : 'SSL_LIBRARY_VERSION_TLS_1_2';
}

function dtlsWhy(token: string): string | undefined {
  return /DTLS_1_0|TLS_1_1/.test(token) ? 'for datagrams NSS reads TLS 1.1 as DTLS 1.0' : undefined;
}

export const nssVersionRange: Rule = {
  meta: {
    id: 'c/nss-version-range',
    title: 'NSS version range or option enables legacy TLS',
    description:
      'NSS takes the versions as a range: `SSLVersionRange r = { SSL_LIBRARY_VERSION_TLS_1_0, SSL_LIBRARY_VERSION_TLS_1_2 }` (or `r.min = …`) given to `SSL_VersionRangeSet(fd, &r)` or `SSL_VersionRangeSetDefault(ssl_variant_stream, &r)` enables every version in it; `SSL_OptionSet(fd, SSL_ENABLE_SSL3, PR_TRUE)` turns SSL 3.0 on. For `ssl_variant_datagram`, TLS 1.1 is DTLS 1.0.',
    ecosystem: 'C & C++',
    catalogue: ['H2'],
    docs: ['https://firefox-source-docs.mozilla.org/security/nss/legacy/ssl_functions/sslfnc/index.html'],
    files: { kinds: C_KINDS },
    keywords: /SSLVersionRange|SSL_ENABLE_SSL|SSL_LIBRARY_VERSION/,
    fixable: true,
    safe: 'SSLVersionRange range = { SSL_LIBRARY_VERSION_TLS_1_2, SSL_LIBRARY_VERSION_TLS_1_3 };\nSSL_VersionRangeSet(fd, &range);',
    limits:
      'A range that the file never hands to `SSL_VersionRangeSet`/`SSL_VersionRangeSetDefault` by name is a warning; ranges built in another file and `SSL_ENABLE_TLS` (which does not lower the minimum) are not reported.',
  },
  *check(file, ctx) {
    const code = file.code;
    const init = new RegExp(INITIALIZER.source, 'g');
    for (let m = init.exec(code); m; m = init.exec(code)) {
      const min = constantVersion(m[2]);
      const max = constantVersion(m[3]);
      if (!min || !max || chosenOnRequest(code, m.index)) continue;
      const start = m.index + m[0].indexOf(m[2], m[0].indexOf('{'));
      yield {
        start,
        end: start + m[2].length,
        versions: range(min, max),
        what: `SSLVersionRange ${m[1]} = { ${m[2]}, ${m[3]} }`,
        why: dtlsWhy(m[2]),
        instead: `\`${floorConstant(ctx)}\` as the minimum`,
        severity: setsRange(file, m[1]) ? undefined : 'warning',
        fix: versionIndex(max) >= versionIndex(ctx.floor) ? { start, end: start + m[2].length, text: floorConstant(ctx) } : undefined,
      } satisfies Match;
    }
    const member = new RegExp(MEMBER.source, 'g');
    for (let m = member.exec(code); m; m = member.exec(code)) {
      const v = constantVersion(m[3]);
      if (!v || chosenOnRequest(code, m.index)) continue;
      const versions: VersionSet | undefined =
        m[2] === 'min' ? atLeast(v) : versionIndex(v) < versionIndex(ctx.floor) ? atMost(v) : undefined;
      if (versions === undefined) continue;
      const start = m.index + m[0].lastIndexOf(m[3]);
      yield {
        start,
        end: start + m[3].length,
        versions,
        what: `${m[1]}.${m[2]} = ${m[3]}`,
        why: dtlsWhy(m[3]),
        instead: m[2] === 'min' ? `\`${floorConstant(ctx)}\` as the minimum` : 'a maximum of `SSL_LIBRARY_VERSION_TLS_1_3`',
        severity: setsRange(file, m[1]) ? undefined : 'warning',
        fix: m[2] === 'min' ? { start, end: start + m[3].length, text: floorConstant(ctx) } : undefined,
      } satisfies Match;
    }
    const option = new RegExp(OPTION.source, 'g');
    for (let m = option.exec(code); m; m = option.exec(code)) {
      if (chosenOnRequest(code, m.index)) continue;
      const v: Version = m[1].endsWith('3') ? 'SSLv3' : 'SSLv2';
      yield {
        start: m.index,
        end: m.index + m[0].length,
        versions: setOf(v),
        what: m[0].replace(/\s+/g, ' '),
        instead: `\`SSL_VersionRangeSet(fd, &range)\` with a minimum of \`${floorConstant(ctx)}\` (and \`${m[1]}\` left \`PR_FALSE\`)`,
      } satisfies Match;
    }
  },
  examples: {
    valid: [
      {
        file: 'src/sslget.c',
        code: 'SSLVersionRange versions = {\n    SSL_LIBRARY_VERSION_TLS_1_2,\n    SSL_LIBRARY_VERSION_TLS_1_3\n};\nSSL_VersionRangeSetDefault(ssl_variant_stream, &versions);',
      },
      {
        file: 'src/engine.cpp',
        code: 'rv = SSL_OptionSet(sock, SSL_ENABLE_SSL3, PR_FALSE);\nrv = SSL_OptionSet(sock, SSL_ENABLE_TLS, PR_TRUE);',
        note: 'turning SSL 3.0 off; SSL_ENABLE_TLS does not lower the minimum',
      },
      {
        file: 'src/probe.c',
        code: 'SSLVersionRange supported;\nSSL_VersionRangeGetSupported(ssl_variant_stream, &supported);\nif (supported.min < SSL_LIBRARY_VERSION_TLS_1_2) warn();',
        note: 'reading and comparing a range',
      },
      {
        file: 'src/opts.c',
        code: 'switch (opt) {\ncase OPT_SSL3:\n    range.min = SSL_LIBRARY_VERSION_3_0;\n    break;\n}',
        note: 'a version chosen on request',
      },
      { file: 'src/max.c', code: 'range.max = SSL_LIBRARY_VERSION_TLS_1_3;', note: 'a modern maximum' },
    ],
    invalid: [
      {
        file: 'base/native-tools/src/sslget/sslget.c',
        code: 'SSLVersionRange versions = {\n    SSL_LIBRARY_VERSION_TLS_1_1,\n    SSL_LIBRARY_VERSION_TLS_1_2\n};\n\nSSL_VersionRangeSetDefault(ssl_variant_stream, &versions);',
        findings: ['2:5 TLSv1.1'],
        output:
          'SSLVersionRange versions = {\n    SSL_LIBRARY_VERSION_TLS_1_2,\n    SSL_LIBRARY_VERSION_TLS_1_2\n};\n\nSSL_VersionRangeSetDefault(ssl_variant_stream, &versions);',
        note: 'reported on the line of the minimum, not the declaration',
      },
      {
        file: 'src/client.c',
        code: 'SSLVersionRange r;\nr.min = SSL_LIBRARY_VERSION_TLS_1_0;\nr.max = SSL_LIBRARY_VERSION_TLS_1_2;\nSSL_VersionRangeSet(fd, &r);',
        findings: ['2:9 TLSv1.0 TLSv1.1'],
        output:
          'SSLVersionRange r;\nr.min = SSL_LIBRARY_VERSION_TLS_1_2;\nr.max = SSL_LIBRARY_VERSION_TLS_1_2;\nSSL_VersionRangeSet(fd, &r);',
      },
      {
        file: 'src/defaults.c',
        code: 'static const SSLVersionRange kDefault = { SSL_LIBRARY_VERSION_3_0, SSL_LIBRARY_VERSION_TLS_1_2 };',
        findings: ['1:43 SSLv3 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'a range the file does not hand to NSS by name: a warning',
      },
      {
        file: 'base/tps-client/src/httpClient/engine.cpp',
        code: 'if ( SECSuccess == rv ) {\n\trv = SSL_OptionSet(sock, SSL_ENABLE_SSL3, PR_TRUE);\n}',
        findings: ['2:7 SSLv3'],
      },
      { file: 'src/init.c', code: 'SSL_OptionSetDefault(SSL_ENABLE_SSL2, PR_TRUE);', findings: ['1:1 SSLv2'] },
    ],
  },
};

export const rules: readonly Rule[] = [nssVersionRange];
