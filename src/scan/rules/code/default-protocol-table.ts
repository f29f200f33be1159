/**
 * A table keyed by protocol is usually a capability: `PROTOCOL_TLSv1 → (kTLSProtocol1, kTLSProtocol1)`
 * is what a caller gets who asked for TLS 1.0. One row is not: the row for the generic, negotiating
 * protocol (`ssl.PROTOCOL_SSLv23`, `PROTOCOL_TLS`, `SSLv23_method()`, `TLS_method`, `"default"`,
 * `SSLVERSION_DEFAULT`) is what every caller gets who asked for nothing — a library default kept in
 * a constant table. When its value names a legacy version (the minimum of a `(min, max)` pair, or
 * the version itself), the default allows it.
 */
import { range, versionIndex, type VersionSet } from '../../../versions.js';
import { clip } from '../../define.js';
import { some } from '../../iter.js';
import type { Match, Rule, RuleContext } from '../../rule.js';
import { lastNewline } from '../../source.js';
import { callArguments, identifierAround, versionLeaves, type Span, type VersionLeaf } from './expressions.js';
import { CODE_KINDS } from './version-argument.js';

/**
 * The generic protocol as a key: Python's `PROTOCOL_TLS`/`PROTOCOL_SSLv23` (and `_CLIENT`/`_SERVER`),
 * OpenSSL's and pyOpenSSL's negotiating methods, and a constant whose name says it is the default
 * TLS/SSL version or protocol (`CURL_SSLVERSION_DEFAULT`, `DEFAULT_TLS_PROTOCOL`) — the last part of
 * a qualified name (`ssl.PROTOCOL_SSLv23`) — or a quoted `"default"`.
 */
const GENERIC_NAME =
  /^(?:PROTOCOL_(?:TLS|SSLv23)(?:_CLIENT|_SERVER)?|(?:SSLv23|TLS)(?:_client|_server)?_(?:method|METHOD)|\w*(?:SSL|TLS)\w*_DEFAULT|DEFAULT_\w*(?:SSL|TLS)\w*)$/;
/**
 * Where a key may be: keys are found from these words, not by reading every name of the file. A
 * row is a finding only when its value names a legacy version, and every such name says TLS or SSL
 * (`kTLSProtocol1`, `TLS1_VERSION`, `"TLSv1"`), as every generic name but `"default"` does: the
 * rule's keywords are those two words, which the scan's first test of every file already holds.
 */
const KEY_WORD =
  /PROTOCOL_TLS|PROTOCOL_SSLv23|SSLv23_|TLS_method|TLS_client_method|TLS_server_method|TLS_METHOD|_DEFAULT|DEFAULT_|'default'|"default"/;
/** `.` or `::` between the parts of a qualified name, read backwards (`ssl.`, `Security :: `). */
const QUALIFIER_BEFORE = /[A-Za-z_$][\w$]*[ \t]*(?:\.|::)[ \t]*$/;
const QUALIFIED_AFTER = /^[ \t]*(?:\.|::)[ \t]*[A-Za-z_$][\w$]*/;

/**
 * The keys of a text that name the generic protocol: their spans (the whole qualified name, a
 * method's `()` included), each found from a key word and read once.
 */
function* genericKeys(code: string): Generator<Span & { readonly text: string }> {
  const word = new RegExp(KEY_WORD.source, 'g');
  for (let m = word.exec(code); m; m = word.exec(code)) {
    let start = m.index;
    let end = m.index + m[0].length;
    if (m[0][0] !== '"' && m[0][0] !== "'") {
      ({ start, end } = identifierAround(code, start, end));
      // The key is the last part of a qualified name: `ssl.PROTOCOL_TLS.value` is not the protocol.
      const more = QUALIFIED_AFTER.exec(code.slice(end, end + 160));
      word.lastIndex = end + (more ? more[0].length : 0);
      if (more || !/^[A-Za-z_$]/.test(code[start]) || !GENERIC_NAME.test(code.slice(start, end))) continue;
      for (let q = QUALIFIER_BEFORE.exec(code.slice(Math.max(0, start - 160), start)); q && end - start < 160;) {
        start -= q[0].length;
        q = QUALIFIER_BEFORE.exec(code.slice(Math.max(0, start - 160), start));
      }
    }
    const call = /^[ \t]*\([ \t]*\)/.exec(code.slice(end, end + 20));
    if (call) end += call[0].length;
    yield { start, end, text: code.slice(start, end) };
  }
}

/** How an entry continues after its key: `] =` (subscript), `:` / `=>` (map entry), `,` (braced row). */
const AFTER_KEY = /^[ \t]*(?:(\][ \t]*=(?![=>~]))|(:(?!:)|=>)|(,))[ \t]*/;

/** A value ends at the first `,`, `;`, line break or closing bracket outside brackets and strings. */
function plainValue(code: string, start: number): Span {
  let end = start;
  const limit = Math.min(code.length, start + 200);
  while (end < limit && !/[,;\n)\]}]/.test(code[end])) end++;
  return { start, end };
}

/** The elements of the entry's value: those of a tuple, list or braced value, or the value itself. */
function valueElements(code: string, start: number): Span[] | undefined {
  let i = start;
  while (i < code.length && i < start + 200 && /\s/.test(code[i])) i++;
  return '([{'.includes(code[i]) && code[i] !== undefined ? callArguments(code, i) : [plainValue(code, i)];
}

/**
 * The bracket that opens the row a key starts, and how many of its elements after the key are the
 * value: all of a braced row (`{ SSLv23_method, TLS1_VERSION, TLS1_2_VERSION }`), one argument of a
 * map insertion (`versions.put("default", "TLSv1")`, `Map.entry(PROTOCOL_TLS, …)`).
 */
function rowOpening(code: string, keyStart: number): { open: number; take?: number } | undefined {
  let i = keyStart - 1;
  while (i >= 0 && (code[i] === ' ' || code[i] === '\t')) i--;
  if (code[i] === '{') return { open: i };
  if (code[i] === '(' && /(?:\.|^|[^\w$])(?:put|putIfAbsent|entry|of|setdefault)[ \t]*$/.test(code.slice(Math.max(0, i - 30), i)))
    return { open: i, take: 1 };
  return undefined;
}

/**
 * What the default row allows: a `(min, max)` pair of versions is the range between them; one
 * version (or a list of them) is what it names.
 */
function allowed(leaves: readonly VersionLeaf[]): { versions: VersionSet; at: VersionLeaf } | undefined {
  if (leaves.length === 0) return undefined;
  const [first, second] = leaves;
  if (leaves.length === 2 && first.version && second.version && versionIndex(first.version) <= versionIndex(second.version))
    return { versions: range(first.version, second.version), at: first };
  let versions = 0;
  for (const l of leaves) versions |= l.versions;
  return { versions, at: first };
}

export const defaultProtocolTable: Rule = {
  meta: {
    id: 'code/default-protocol-table',
    title: "A protocol table's default row allows legacy TLS",
    description:
      'A table from protocols to versions is a capability for every row but one: the row for the generic, negotiating protocol (`ssl.PROTOCOL_SSLv23: (kTLSProtocol1, kTLSProtocol12)`, `{ SSLv23_method, TLS1_VERSION, TLS1_2_VERSION }`, `"default": "TLSv1"`) is what every caller gets who asked for no version. A legacy minimum there is the library\'s default.',
    ecosystem: 'Any language',
    catalogue: ['H2', 'D5'],
    docs: ['https://developer.apple.com/documentation/security/sslprotocol', 'https://docs.python.org/3/library/ssl.html#ssl.PROTOCOL_TLS'],
    files: { kinds: CODE_KINDS },
    keywords: /tls|ssl/,
    fixable: false,
    safe: '_protocol_to_min_max = {ssl.PROTOCOL_TLS: (SecurityConst.kTLSProtocol12, SecurityConst.kTLSProtocol13)}',
    limits:
      'Only entries written where the table is built: a default row filled in from another row or another file, and tables whose key is a configured name other than the generic protocol, are not followed. The table may be dead code, so findings are warnings.',
  },
  *check(file, ctx) {
    // The raw text first: masking comments costs a pass over the file, and most files that name
    // the generic protocol hold no entry keyed by it.
    if (!some(genericKeys(file.text), (k) => AFTER_KEY.test(file.text.slice(k.end, k.end + 40)))) return;
    const code = file.code;
    for (const key of genericKeys(code)) {
      const keyEnd = key.end;
      const after = AFTER_KEY.exec(code.slice(keyEnd, keyEnd + 40));
      if (!after) continue;
      const lineStart = lastNewline(code, key.start - 1) + 1;
      const before = code.slice(Math.max(lineStart, key.start - 200), key.start);
      let elements: Span[] | undefined;
      if (after[1]) {
        // `table[ssl.PROTOCOL_SSLv23] = (…)`, C `[TLS_DEFAULT] = …`.
        if (!/\[[ \t]*$/.test(before)) continue;
        elements = valueElements(code, keyEnd + after[0].length);
      } else if (after[2]) {
        // A map entry starts its line or follows `{` or `,`: never a ternary's `? a : b`, a `case` label, a slice.
        if (!/(?:^|[{,])[ \t]*$/.test(before)) continue;
        elements = valueElements(code, keyEnd + after[0].length);
      } else {
        const row = rowOpening(code, key.start);
        if (row === undefined) continue;
        elements = callArguments(code, row.open)?.slice(1, row.take === undefined ? undefined : 1 + row.take);
      }
      const leaves = (elements ?? []).flatMap((e) => versionLeaves(code, e, { follow: false }).filter((l) => !l.conditional));
      const found = allowed(leaves);
      if (!found) continue;
      yield {
        start: found.at.start,
        end: found.at.end,
        versions: found.versions,
        what: clip(`${key.text} → ${file.text.slice(found.at.start, found.at.end)}`),
        why: `the row for the generic protocol \`${key.text}\` is what every caller gets who asked for no version: a default, not a capability`,
        instead: instead(ctx),
        severity: 'warning',
      } satisfies Match;
    }
  },
  examples: {
    valid: [
      {
        file: 'src/backend.py',
        code: '_versions = {\n    ssl.PROTOCOL_TLSv1: (SecurityConst.kTLSProtocol1, SecurityConst.kTLSProtocol1),\n    ssl.PROTOCOL_TLSv1_1: (SecurityConst.kTLSProtocol11, SecurityConst.kTLSProtocol11),\n}',
        note: 'rows for versions a caller names: a capability',
      },
      {
        file: 'src/backend.py',
        code: '_versions = {ssl.PROTOCOL_TLS: (SecurityConst.kTLSProtocol12, SecurityConst.kTLSProtocol13)}\n_versions[ssl.PROTOCOL_SSLv23] = _versions[ssl.PROTOCOL_TLS]',
        note: 'a modern default row, and a row copied from it',
      },
      {
        file: 'src/compat.py',
        code: '_openssl_versions = {\n    ssl.PROTOCOL_SSLv23: OpenSSL.SSL.SSLv23_METHOD,\n    ssl.PROTOCOL_TLSv1: OpenSSL.SSL.TLSv1_METHOD,\n}',
        note: 'the default maps to the negotiating method',
      },
      {
        file: 'src/conn.js',
        code: "const method = legacy ? PROTOCOL_TLS : 'TLSv1';\nswitch (v) {\n  case CURL_SSLVERSION_DEFAULT: return 'TLSv1';\n}",
        note: 'a conditional and a case label are not table rows',
      },
      {
        file: 'src/tls.c',
        code: 'ctx = SSL_CTX_new(SSLv23_method(), TLS1_VERSION);\nlog_protocol("default", "TLSv1");',
        note: 'calls, not rows or map insertions',
      },
    ],
    invalid: [
      {
        file: 'src/contrib/backend.py',
        code: '# The default negotiates from TLS 1.0 up.\n_protocol_to_min_max = {\n    ssl.PROTOCOL_SSLv23: (SecurityConst.kTLSProtocol1, SecurityConst.kTLSProtocol12),\n}',
        findings: ['3:27 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'src/contrib/backend.py',
        code: '_protocol_to_min_max[ssl.PROTOCOL_TLS] = (\n    Security.kSSLProtocol3,\n    Security.kTLSProtocol12,\n)',
        findings: ['2:5 SSLv3 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'a subscript assignment, the value on the next lines',
      },
      {
        file: 'src/versions.c',
        code: 'static const struct proto_range ranges[] = {\n    { TLSv1_2_method, TLS1_2_VERSION, TLS1_2_VERSION },\n    { SSLv23_method, TLS1_VERSION, TLS1_2_VERSION },\n};',
        findings: ['3:22 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'a braced row: the key, then the minimum and maximum',
      },
      {
        file: 'src/main/java/net/Versions.java',
        code: 'MINIMUM.put("default", "TLSv1");\nMINIMUM.put("strict", "TLSv1.2");',
        findings: ['1:24 TLSv1.0'],
        severity: 'warning',
        note: 'a map insertion: the argument after the key',
      },
      {
        file: 'lib/tls.js',
        code: "const MIN_VERSION = {\n  'default': 'TLSv1',\n  'modern': 'TLSv1.2',\n};",
        findings: ['2:14 TLSv1.0'],
        severity: 'warning',
      },
    ],
  },
};

function instead(ctx: RuleContext): string {
  return ctx.floor === 'TLSv1.3'
    ? 'TLS 1.3 as the minimum of the default row'
    : 'TLS 1.2 as the minimum of the default row (`kTLSProtocol12`, `TLS1_2_VERSION`, `"TLSv1.2"`)';
}

export const rules: readonly Rule[] = [defaultProtocolTable];
