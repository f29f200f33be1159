/**
 * The small part of code that the rules follow to a version, shared by every language: the
 * version constants of TLS APIs (OpenSSL, NSS/JSS, wolfSSL, GnuTLS, Go, Python, OkHttp, Rust, Qt),
 * string literals that are nothing but versions, call arguments, casts, every literal branch of a
 * conditional, and a name given its value a few lines before it is used in the same function.
 *
 * Everything here is bounded (a look-back window, a length per literal and argument) so that a
 * rule calling it for every match stays linear on a hostile file.
 */
import { parseVersion, setOf, type Version, type VersionSet } from '../../../versions.js';
import { evalList, tokenize } from '../../evaluate.js';
import { chosenOnRequest } from '../../capability.js';
import { escapeRegExp } from '../../regexp-text.js';

// ---------------------------------------------------------------------------------------------
// Constants

/**
 * Version constants by API, as data: a pattern over the constant (with its qualifier, `.`/`::`
 * separated, when it has one) and the version its captured spelling names. DTLS 1.0 is TLS 1.1.
 */
const CONSTANTS: readonly (readonly [RegExp, (m: RegExpExecArray) => Version | undefined])[] = [
  // OpenSSL / BoringSSL / LibreSSL (also pyOpenSSL `SSL.TLS1_VERSION`, Ruby `OpenSSL::SSL::TLS1_VERSION`).
  [/^(?:[\w]+[.:]+)*(SSL3|TLS1(?:_[0-3])?)_VERSION$/, (m) => parseVersion(m[1].replace(/^TLS1$/, 'TLS1_0'))],
  [/^(?:[\w]+[.:]+)*DTLS1_VERSION$/, () => 'TLSv1.1'],
  // NSS.
  [/^SSL_LIBRARY_VERSION_3_0$/, () => 'SSLv3'],
  [/^SSL_LIBRARY_VERSION_(TLS_1_[0-3])$/, (m) => parseVersion(m[1])],
  [/^SSL_LIBRARY_VERSION_DTLS_1_0$/, () => 'TLSv1.1'],
  // JSS (Java NSS) `SSLVersion.TLS_1_0`, OkHttp `TlsVersion.TLS_1_0`, Python `ssl.TLSVersion.TLSv1`.
  [/^(?:[\w]+\.)*(?:SSLVersion|TlsVersion|TLSVersion)\.(TLS_1_[0-3]|SSL_3_0|TLSv1(?:_[1-3])?|SSLv3)$/, (m) => parseVersion(m[1])],
  [/^(?:[\w]+\.)*SSLVersionRange\.(tls1_[0-3]|ssl3)$/, (m) => parseVersion(m[1])],
  // Apache HttpClient 5 `TLS.V_1_0`.
  [/^(?:[\w]+\.)*TLS\.V_1_([0-3])$/, (m) => parseVersion(`tls1${m[1]}`)],
  // wolfSSL / CyaSSL, GnuTLS.
  [/^(?:WOLFSSL|CYASSL)_(SSLV3|TLSV1(?:_[1-3])?)$/, (m) => parseVersion(m[1])],
  [/^GNUTLS_(SSL3|TLS1(?:_[0-3])?)$/, (m) => parseVersion(m[1])],
  // Go `tls.VersionTLS10`.
  [/^(?:\w+\.)?Version(TLS1[0-3]|SSL30)$/, (m) => parseVersion(m[1])],
  // Python `ssl.PROTOCOL_TLSv1`, pyOpenSSL `SSL.TLSv1_METHOD`.
  [/^(?:\w+\.)*PROTOCOL_(SSLv[23]|TLSv1(?:_[12])?)$/, (m) => parseVersion(m[1])],
  [/^(?:\w+\.)*(SSLv[23]|TLSv1(?:_[12])?)_METHOD$/, (m) => parseVersion(m[1])],
  // mbed TLS 2 / PolarSSL minor versions (the major is always 3): 0 is SSLv3, 1 TLS 1.0, 2 TLS 1.1.
  [/^(?:MBEDTLS_)?SSL_MINOR_VERSION_([0-4])$/, (m) => (['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const)[Number(m[1])]],
  // Apple SecureTransport `kTLSProtocol1` (`SecurityConst.kTLSProtocol11`, `kTLSProtocol1Only`) and
  // Network.framework `tls_protocol_version_TLSv10`.
  [/^(?:\w+\.)*k(SSL|TLS)Protocol(2|3|1|11|12|13)(?:Only)?$/, (m) => parseVersion(`${m[1]}${m[2]}`)],
  [/^(?:\w+\.)*kDTLSProtocol(1|12)$/, (m) => (m[1] === '1' ? 'TLSv1.1' : 'TLSv1.2')],
  [/^(?:\w+\.)*tls_protocol_version_TLSv1([0-3])$/, (m) => parseVersion(`tls1${m[1]}`)],
  [/^(?:\w+\.)*tls_protocol_version_DTLSv1([02])$/, (m) => (m[1] === '0' ? 'TLSv1.1' : 'TLSv1.2')],
  // Rust `Protocol::Tlsv10` (native-tls), `SslVersion::TLS1` (openssl crate); Qt `QSsl::TlsV1_0`.
  [/^(?:\w+::)*Protocol::(Sslv3|Tlsv1[0-2])$/, (m) => parseVersion(m[1])],
  [/^(?:\w+::)*SslVersion::(SSL3|TLS1(?:_[1-3])?)$/, (m) => parseVersion(m[1])],
  [/^(?:\w+::)*QSsl::(SslV3|TlsV1_[0-3])$/, (m) => parseVersion(m[1])],
];

/** The version a TLS API constant names (`TLS1_VERSION`, `SSLVersion.TLS_1_0`, `tls.VersionTLS10`), or undefined. */
export function constantVersion(token: string): Version | undefined {
  const t = token.replace(/\s+/g, '').replace(/^::/, '');
  if (t.length > 120) return undefined;
  for (const [re, version] of CONSTANTS) {
    const m = re.exec(t);
    if (m) return version(m);
  }
  return undefined;
}

/**
 * The versions a string literal's content names when it is nothing but versions (`tlsv1`,
 * `TLSv1.1`, `"TLSv1,TLSv1.1"`, `tls1_0:tls1_2`); undefined for anything else (`TLS`, `1.0`,
 * `tls_version`, a sentence that mentions a version).
 */
function literalVersions(content: string): VersionSet | undefined {
  if (content.length === 0 || content.length > 80) return undefined;
  const tokens = tokenize(content);
  if (tokens.length === 0) return undefined;
  for (const t of tokens) if (!/^(?:ssl|tls|dtls)/i.test(t.text) || !parseVersion(t.text)) return undefined;
  return evalList(tokens)?.versions;
}

// ---------------------------------------------------------------------------------------------
// Arguments

export interface Span {
  readonly start: number;
  readonly end: number;
}

const IDENTIFIER_CHAR = /[\w$]/;

/** The identifier (a run of `[\w$]`) that holds the text from `start` to `end`: its span. */
export function identifierAround(code: string, start: number, end: number): Span {
  while (start > 0 && IDENTIFIER_CHAR.test(code[start - 1])) start--;
  while (end < code.length && IDENTIFIER_CHAR.test(code[end])) end++;
  return { start, end };
}

/** Longest argument list read; a call longer than this is not a setting. */
const MAX_ARGS = 1200;

/**
 * Skips a string literal starting at `i` (the quote); returns the offset after its closing quote,
 * or undefined when it does not close on its line within the bound.
 */
function skipString(code: string, i: number, end: number): number | undefined {
  const q = code[i];
  let j = i + 1;
  while (j < end && code[j] !== q && code[j] !== '\n') j += code[j] === '\\' ? 2 : 1;
  return code[j] === q ? j + 1 : undefined;
}

const CLOSER: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

/**
 * The top-level arguments of the call whose `(` is at `open` — or the elements of the tuple, list or
 * braced initializer whose `(`, `[` or `{` is there (closed by `close`): their spans, trimmed.
 * Undefined when the bracket does not close within the bound.
 */
export function callArguments(code: string, open: number, close = CLOSER[code[open]] ?? ')'): Span[] | undefined {
  const end = Math.min(code.length, open + 1 + MAX_ARGS);
  const args: Span[] = [];
  let depth = 0;
  let s = open + 1;
  for (let i = open + 1; i < end; i++) {
    const ch = code[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      const after = skipString(code, i, end);
      if (after === undefined) return undefined;
      i = after - 1;
    } else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) {
        if (ch !== close) return undefined;
        args.push(trim(code, s, i));
        return args.filter((a) => a.end > a.start);
      }
      depth--;
    } else if (ch === ',' && depth === 0) {
      args.push(trim(code, s, i));
      s = i + 1;
    }
  }
  return undefined;
}

function trim(code: string, start: number, end: number): Span {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(code[a])) a++;
  while (b > a && /\s/.test(code[b - 1])) b--;
  return { start: a, end: b };
}

/**
 * The offset of the first top-level occurrence of one of `chars` in [start, end), skipping strings
 * and brackets; -1 when none.
 */
function topLevel(code: string, start: number, end: number, test: (i: number) => boolean): number {
  let depth = 0;
  for (let i = start; i < end; i++) {
    const ch = code[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      const after = skipString(code, i, end);
      if (after === undefined) return -1;
      i = after - 1;
    } else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (depth === 0 && test(i)) return i;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Values

/** One place in an expression that names versions. */
export interface VersionLeaf extends Span {
  readonly versions: VersionSet;
  /** The single version it names (for minimum/maximum readings), when it names one. */
  readonly version?: Version;
  /** A branch of a conditional (`legacy ? 'TLSv1' : 'TLSv1.2'`): chosen at run time. */
  readonly conditional?: boolean;
  /** A string literal (`"TLSv1"`), not an API constant. */
  readonly literal?: boolean;
  /** The variable the value came through (`minor` in `int minor = …; f(major, minor)`). */
  readonly via?: string;
}

export interface ValueOptions {
  /** Follow a plain name to its assignments a few lines before `at` (default true). */
  readonly follow?: boolean;
}

/**
 * The opening of a list written in place, up to and with its bracket: Java/C# array initialisers
 * (`new String[]{`, `new[] {`), collection factories (`Arrays.asList(`, `List.of(`, `Set.of(`,
 * `ImmutableList.of(`, Kotlin `listOf(`/`arrayOf(`/`setOf(`), Rust `vec![`, `&[`, and a bare `[` or
 * `{` (JS/Python/Go/Erlang lists, C initialisers).
 */
const LIST_LITERAL =
  /^(?:new\s*(?:[\w$.]+\s*)?(?:<[^<>]{0,40}>)?\s*\[\s*\]\s*\{|(?:[\w$]+\.)?(?:asList|of|copyOf)\s*\(|(?:mutable)?(?:listOf|arrayOf|setOf)\s*(?:<[^<>]{0,40}>)?\s*\(|vec!\s*\[|&?\[|\{)/;
/** A list longer than this is a table, not a setting's value. */
const MAX_ELEMENTS = 12;

/** C, C++, Java, C# casts around a value: `(int)`, `(long) `, `static_cast<long>(…)`. */
const CAST = /^\(\s*(?:(?:unsigned|signed|const)\s+)?[A-Za-z_][\w:]*(?:\s*\*)?\s*\)\s*/;
const CAST_CALL = /^(?:static_cast|reinterpret_cast|const_cast)\s*<[^<>()]{1,60}>\s*\(/;

/**
 * The leaves of an expression that name versions: the expression itself when it is a version
 * literal or constant (through casts and redundant parentheses), every literal branch of a
 * conditional (`c ? A : B`, Python `A if c else B` — never the condition), and — for a plain name —
 * the values assigned to it earlier in the same function (see `assignedBefore`).
 */
export function versionLeaves(code: string, span: Span, opts: ValueOptions = {}, depth = 0): VersionLeaf[] {
  let { start, end } = trim(code, span.start, span.end);
  if (end - start > 400 || depth > 3) return [];
  // Casts and parentheses around the whole value.
  for (let guard = 0; guard < 4; guard++) {
    const text = code.slice(start, end);
    const cast = CAST.exec(text);
    const call = CAST_CALL.exec(text);
    if (call && text.endsWith(')')) {
      ({ start, end } = trim(code, start + call[0].length, end - 1));
    } else if (cast && /^[A-Za-z_:(]/.test(text.slice(cast[0].length))) {
      ({ start, end } = trim(code, start + cast[0].length, end));
    } else if (text.startsWith('(') && text.endsWith(')') && topLevel(code, start + 1, end - 1, () => false) === -1) {
      const inner = code.slice(start + 1, end - 1);
      if (!balanced(inner)) break;
      ({ start, end } = trim(code, start + 1, end - 1));
    } else break;
  }
  const text = code.slice(start, end);
  // A conditional: every branch, never the condition.
  const q = topLevel(code, start, end, (i) => code[i] === '?' && code[i + 1] !== '.' && code[i + 1] !== '?' && code[i - 1] !== '?');
  if (q >= 0) {
    const colon = topLevel(code, q + 1, end, (i) => code[i] === ':' && code[i + 1] !== ':' && code[i - 1] !== ':');
    if (colon < 0) return [];
    return [
      ...versionLeaves(code, { start: q + 1, end: colon }, opts, depth + 1),
      ...versionLeaves(code, { start: colon + 1, end }, opts, depth + 1),
    ].map((l) => ({ ...l, conditional: true }));
  }
  const pyIf = /\sif\s/.exec(text);
  if (pyIf) {
    const at = start + pyIf.index;
    const orElse = topLevel(code, at, end, (i) => /\selse\s/.test(code.slice(i, i + 6)) && code[i] !== '\n');
    if (orElse < 0 || topLevel(code, start, at, () => false) !== -1) return [];
    return [
      ...versionLeaves(code, { start, end: at }, opts, depth + 1),
      ...versionLeaves(code, { start: orElse + 5, end }, opts, depth + 1),
    ].map((l) => ({ ...l, conditional: true }));
  }
  // A list written in place (`new String[]{"TLSv1", "TLSv1.1"}`, `Arrays.asList(…)`, `List.of(…)`,
  // `listOf(…)`, `[…]`, `vec![…]`): each element is a leaf of its own.
  const list = LIST_LITERAL.exec(text);
  if (list && /[)\]}]$/.test(text)) {
    const open = start + list[0].length - 1;
    const elements = callArguments(code, open, CLOSER[code[open]]);
    // The list must be the whole value (`List.of("TLSv1").contains(p)` is a test, not a list).
    const last = elements?.[elements.length - 1];
    if (!elements || elements.length > MAX_ELEMENTS || (last && !/^[\s,]*$/.test(code.slice(last.end, end - 1)))) return [];
    return elements.flatMap((e) => versionLeaves(code, e, { follow: false }, depth + 1));
  }
  const lit = /^(["'])([^"'\\\n]{1,80})\1$/.exec(text);
  if (lit) {
    const versions = literalVersions(lit[2]);
    if (versions === undefined) return [];
    const single = parseVersion(lit[2]);
    return [{ start, end, versions, version: single, literal: true }];
  }
  if (/^(?:::)?[A-Za-z_$][\w$]*(?:\s*(?:\.|::)\s*[A-Za-z_$][\w$]*){0,6}$/.test(text)) {
    const v = constantVersion(text);
    if (v) return [{ start, end, versions: setOf(v), version: v }];
    if ((opts.follow ?? true) && depth === 0 && /^[a-z_$][\w$]*$/i.test(text) && !/^[A-Z0-9_]+$/.test(text)) {
      // A value assigned in a `case` arm or behind a comparison is chosen on request: a capability.
      const values = assignedBefore(code, text, start).filter((v) => !chosenOnRequest(code, v.start));
      return values.flatMap((value) => versionLeaves(code, value, { follow: false }, depth + 1).map((l) => ({ ...l, via: l.via ?? text })));
    }
  }
  return [];
}

/**
 * Whether a line break at `i` ends a statement in a language without semicolons: not when the
 * line ends with an operator or the next line starts with one (`x = a\n  ? b\n  : c`).
 */
function statementEndsAt(code: string, valueStart: number, i: number): boolean {
  if (code[i] !== '\n') return false;
  let p = i - 1;
  while (p >= valueStart && (code[p] === ' ' || code[p] === '\t' || code[p] === '\r')) p--;
  if (p < valueStart || '=?:|&+,(-'.includes(code[p])) return false;
  let n = i + 1;
  while (n < code.length && n < i + 200 && /\s/.test(code[n])) n++;
  return !'?:|&+.'.includes(code[n] ?? '');
}

/** A `,` that ends its line ends an assignment (Erlang `Versions = [...],`, `let a = 1,\n  b = 2`). */
function commaEndsLine(code: string, i: number): boolean {
  return code[i] === ',' && /^[ \t]*\r?\n/.test(code.slice(i + 1, i + 42));
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

// ---------------------------------------------------------------------------------------------
// Local assignments

/** How far back a use looks for the assignments of its name. */
const LOOKBACK = 3000;
/** At most this many assignments of one name are followed back from a use. */
const MAX_ASSIGNMENTS = 8;

/**
 * Where the enclosing function starts, roughly: after the last function boundary in the window —
 * a `}` in the first column (C, C++, Go), a `def`/`func`/`fn`/`function` line, a Java/Kotlin
 * method header, or an Erlang clause head (`name(Args) ->` in the first column). Code before it belongs to another function.
 */
const FUNCTION_BOUNDARY =
  /\n[a-z][\w]{0,80}\([^\n]{0,200}\)[^\n]{0,80}->|\n\}|\n[ \t]*(?:async[ \t]+)?(?:def|func|fn|function)[ \t]|\n[ \t]*(?:(?:public|private|protected|static|final|override|internal)[ \t]+)+[^;=\n{}]{1,200}\)[^;=\n{}]{0,120}\{/g;

/**
 * The values a plain name (`versions`, Erlang `VersionsAll`; not a constant's `ALL_CAPS`) was
 * given earlier in the function that uses it at `at`, leaving out those chosen on request (a
 * `case` arm, behind a comparison): what a setting written with the name holds.
 */
export function valuesAssigned(code: string, name: string, at: number): Span[] {
  if (!/^[A-Za-z_$][\w$]{0,80}$/.test(name) || /^[A-Z0-9_]+$/.test(name)) return [];
  return assignedBefore(code, name, at).filter((v) => !chosenOnRequest(code, v.start));
}

/**
 * The values assigned to `name` between the start of the enclosing function and `at`, in file
 * order: `int name = …;`, `name = …`, `name := …`, `const name = …`. A value ends at a `;` or, in
 * languages without them, at the line break, outside brackets.
 */
function assignedBefore(code: string, name: string, at: number): Span[] {
  const index = assignmentIndex(code);
  const from = Math.max(0, at - LOOKBACK, lastBelow(index.boundaries, at) ?? 0);
  const out: Span[] = [];
  const starts = assignmentsOf(index, name);
  // The last few assignments before the use: a function that assigns one name dozens of times is not a setting's default.
  const last = lastIndexBelow(starts, at);
  for (let k = Math.max(0, last - MAX_ASSIGNMENTS + 1); k <= last; k++) {
    const valueStart = starts[k];
    if (valueStart <= from) continue;
    const stop = topLevel(
      code,
      valueStart,
      Math.min(at, valueStart + 400),
      (i) => code[i] === ';' || statementEndsAt(code, valueStart, i) || commaEndsLine(code, i),
    );
    const valueEnd = stop < 0 ? Math.min(at, valueStart + 400) : stop;
    // A value that runs into the use itself is not an assignment (`f(x = …)` is not followed).
    if (valueEnd <= valueStart || valueEnd >= at) continue;
    out.push({ start: valueStart, end: valueEnd });
  }
  return out;
}

interface AssignmentIndex {
  readonly code: string;
  /** Offsets just after each function boundary, in order. */
  readonly boundaries: readonly number[];
  /** Where the values assigned to each name asked for start, in order. */
  readonly byName: Map<string, readonly number[]>;
  /** Whether byName holds every name's (after many names were asked for). */
  complete: boolean;
}

/**
 * The file's function boundaries, read once per file, and its assignments by name: rules ask for
 * every use of a name, and a fresh look-back per use costs a window scan each (the last file's
 * index is kept; rules run file by file).
 */
let lastIndex: AssignmentIndex | undefined;

const ASSIGNED = '[ \\t]*(?::=|=)(?![=>~])[ \\t]*';
const NOT_AFTER = '(?<![\\w$.>])';
/**
 * Names looked for one by one (a search for one word is fast): a file that asks for more is
 * indexed whole, in one pass, so that many names never cost a pass each.
 */
const NAMES_SEARCHED_ALONE = 8;

function assignmentIndex(code: string): AssignmentIndex {
  if (lastIndex && lastIndex.code === code) return lastIndex;
  const boundaries: number[] = [];
  const boundary = new RegExp(FUNCTION_BOUNDARY.source, 'g');
  for (let m = boundary.exec(code); m; m = boundary.exec(code)) boundaries.push(m.index + 1);
  lastIndex = { code, boundaries, byName: new Map(), complete: false };
  return lastIndex;
}

/** Where the values assigned to `name` start in the indexed file, in order. */
function assignmentsOf(index: AssignmentIndex, name: string): readonly number[] {
  const known = index.byName.get(name);
  if (known || index.complete) return known ?? [];
  const { code } = index;
  if (index.byName.size < NAMES_SEARCHED_ALONE) {
    const starts: number[] = [];
    const re = new RegExp(`${NOT_AFTER}${escapeRegExp(name)}${ASSIGNED}`, 'g');
    for (let m = re.exec(code); m; m = re.exec(code)) starts.push(m.index + m[0].length);
    index.byName.set(name, starts);
    return starts;
  }
  index.byName.clear();
  const re = new RegExp(`${NOT_AFTER}([A-Za-z_$][\\w$]{0,80})${ASSIGNED}`, 'g');
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const list = index.byName.get(m[1]) as number[] | undefined;
    if (list) list.push(m.index + m[0].length);
    else index.byName.set(m[1], [m.index + m[0].length]);
  }
  index.complete = true;
  return index.byName.get(name) ?? [];
}

/**
 * The header line of the function that holds `at` (`public void testHandshakeWithUnsupportedProtocolFails() throws Exception {`,
 * `func TestRejectsTLS10(t *testing.T) {`), when a boundary starts it within the look-back window.
 */
export function enclosingFunctionHeader(code: string, at: number): string | undefined {
  const start = lastBelow(assignmentIndex(code).boundaries, at);
  if (start === undefined || at - start > LOOKBACK * 4) return undefined;
  const end = code.indexOf('\n', start);
  return code.slice(start, end < 0 || end > at ? at : end);
}

/** The index of the last offset in a sorted list that is below `at` (-1 when none). */
function lastIndexBelow(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The last offset in a sorted list that is below `at`. */
function lastBelow(sorted: readonly number[], at: number): number | undefined {
  const i = lastIndexBelow(sorted, at);
  return i >= 0 ? sorted[i] : undefined;
}
