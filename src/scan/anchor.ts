/**
 * Where a finding is reported. A rule's match covers the setting or call it read — from the key or
 * the call's name to the end of its value — and a multi-line one starts on a line that names no
 * version (`ctx.setEnabledProtocols(new String[] {`, `ssl_protocols:` over a YAML list,
 * `<key>NSExceptionMinimumTLSVersion</key>`). Diff-aware checks annotate the reported line, and the
 * line a contributor changes is the one with the legacy value: the finding starts on that token.
 * When the key and the value share a line, the match's own start (the key) is kept.
 */
import { has, wireNumberVersion, type Version, type VersionSet } from '../versions.js';
import { nextNewline } from './source.js';

/**
 * A version as code and configuration spell it, inside identifiers too: `TLSv1`, `TLSv1.1`,
 * `TLS1_1_VERSION`, `WOLFSSL_TLSV1_1`, `VersionTLS10`, `TLS_1_0`, `Tls11`, `tls10`, `SSLv3`,
 * `PROTOCOL_SSLv23`, `SSL_3_0`; .NET's `.Tls`/`.Ssl3` members (PowerShell's `::Tls`) and its numbers (48, 192, 768); the
 * wire numbers (0x0301, 769); a bare `1.0`/`1.1` (a value on its own line).
 */
const SPELLED =
  /(ssl|tls)[ _-]?v?(\d)(?:[._ -]?(\d))?(?!\d)|(?:\.|::)(tls|ssl3)(?![\w])|(?<![\w.])(48|192|768|0x030[0-3]|76[89]|770|1\.[01])(?![\w.])/gi;

/** .NET's SslProtocols numbers (768 is Tls11 there, SSLv3 on the wire) and bare numbers; wire codes come from versions.ts. */
const NUMBERS: Readonly<Record<string, Version>> = {
  '48': 'SSLv3',
  '192': 'TLSv1.0',
  '768': 'TLSv1.1',
  '1.0': 'TLSv1.0',
  '1.1': 'TLSv1.1',
};

/**
 * A token written to switch a version off (`!SSLv3`, `-TLSv1`, `SSL_OP_NO_TLSv1`, `no_tlsv1_1`). A
 * `-` inside a name (`ELBSecurityPolicy-TLS-1-0-2015-04`) does not switch anything off.
 */
const DISABLING = /(?:(?:^|[\s,;:'"([{|+])[!-]|no_?|disable_?)$/i;

function spelled(m: RegExpExecArray): Version | undefined {
  if (m[1]) {
    const family = m[1].toLowerCase();
    const major = m[2];
    const minor = m[3];
    if (family === 'ssl') return major === '3' || (major === '2' && minor === '3') ? 'SSLv3' : major === '2' ? 'SSLv2' : undefined;
    if (major !== '1') return undefined;
    return minor === undefined || minor === '0'
      ? 'TLSv1.0'
      : minor === '1'
        ? 'TLSv1.1'
        : minor === '2'
          ? 'TLSv1.2'
          : minor === '3'
            ? 'TLSv1.3'
            : undefined;
  }
  if (m[4]) return m[4].toLowerCase() === 'tls' ? 'TLSv1.0' : 'SSLv3';
  return NUMBERS[m[5]] ?? wireNumberVersion(m[5]);
}

/** The longest stretch of a match that is searched for its token: matches are bounded, this keeps hostile ones linear. */
const MAX_SPAN = 4000;

/**
 * The offset a match is reported at: `start`, unless the match spans lines and its first line names
 * none of the `legacy` versions; then the first token after it, within the match, that names one
 * (not one that switches it off). `code` is the comment-free text, so a commented-out version is
 * never chosen.
 */
export function anchorOf(code: string, start: number, end: number, legacy: VersionSet): number {
  const firstLineEnd = nextNewline(code, start);
  if (firstLineEnd >= end) return start;
  const span = code.slice(start, Math.min(end, start + MAX_SPAN));
  const re = new RegExp(SPELLED.source, 'gi');
  for (let m = re.exec(span); m; m = re.exec(span)) {
    const v = spelled(m);
    if (!v || !has(legacy, v) || DISABLING.test(span.slice(Math.max(0, m.index - 8), m.index))) continue;
    const at = start + m.index + (m[4] ? m[0].length - m[4].length : 0);
    return at < firstLineEnd ? start : at;
  }
  return start;
}
