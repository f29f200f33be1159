/**
 * Capabilities are not defaults. Code that maps a configured value to a protocol version — a
 * server's handler for an admin option (`case FORCE_TLS11: meth = TLSv1_1_server_method(); break;`),
 * a `switch`/`match` over a configured protocol name, an `if` that compares it, a table from names
 * to versions (`"tls1.0": tls.VersionTLS10`) — uses a legacy version only when someone asks for it.
 * That is what a TLS implementation's own code does, and it is judged in that context (a note by
 * default, `tls-implementation: off|note|warning|error` to change it), the same way in every
 * language: rules report what the code enables; this module says where it is a capability.
 */
import type { FileKind } from './file-kinds.js';
import { parseVersion } from '../versions.js';

/** Code whose `switch`/`case` (or `match`/`case`) and `if` read the same way for this purpose. */
const CODE_KINDS: ReadonlySet<FileKind> = new Set<FileKind>([
  'c',
  'cpp',
  'objc',
  'java',
  'kotlin',
  'scala',
  'groovy',
  'csharp',
  'go',
  'python',
  'js',
  'ts',
  'php',
  'ruby',
  'rust',
  'swift',
  'dart',
]);

/** How far back a judgement looks: a statement's arm or guard is close; a hostile file stays linear. */
const WINDOW = 500;

/**
 * A `case X:` / `case X ->` / `case "x", "y":` label before the offset with nothing that ends its
 * arm in between (`break`, `return`, a closing brace; a later label starts a new arm).
 */
function inCaseArm(code: string, offset: number): boolean {
  const window = code.slice(Math.max(0, offset - WINDOW), offset);
  const re = /\b(case\s+[^;\n{}]{1,80}?|default)\s*(?::(?!:)|->)/g;
  // The labels of the arm the offset is in: the last one and those stacked right before it.
  let labels: string[] = [];
  let end = -1;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    if (end < 0 || window.slice(end, m.index).trim() !== '') labels = [];
    labels.push(m[1]);
    end = m.index + m[0].length;
  }
  if (end < 0 || /\bbreak\b|\breturn\b|\}|\bfallthrough\b/.test(window.slice(end))) return false;
  // A default arm, or one shared with a label named default (`case SSLVERSION_DEFAULT:`), is what
  // every caller gets who asked for nothing.
  return !labels.some((l) => /default/i.test(l));
}

/** A value that names a protocol setting (`tls_version`, `mosq->protocol`, `sslMethod`; not `ssl_ctx`). */
const PROTOCOL_NAME = /proto|version|method/i;
/** A name, member or element chain: `tls_version`, `mosq->tls_version`, `self.opts['proto']`. */
const OPERAND = String.raw`[A-Za-z_$][\w$]*(?:\s*(?:->|\.|::)\s*[A-Za-z_$][\w$]*|\[[^\[\]\n]{1,40}\])*`;
const EMPTY_VALUE = String.raw`(?:NULL|nullptr|nil|null|None|undefined|""|'')(?![\w$])`;
/**
 * The ways code asks whether an option was left unset — compared with nothing (`== NULL`, `is None`,
 * `== ""`), negated (`!mosq->tls_version`, `not proto`), empty (`.empty()`, `IsNullOrEmpty(v)`,
 * `strlen(v) == 0`, `!*v`) — each capturing the value it tests.
 */
const UNSET_TESTS: readonly RegExp[] = [
  new RegExp(String.raw`(?<![\w$.>!])(${OPERAND})\s*(?:===?|\bis\b(?!\s+not\b))\s*${EMPTY_VALUE}`),
  new RegExp(String.raw`(?<![\w$])${EMPTY_VALUE}\s*===?\s*(${OPERAND})`),
  new RegExp(String.raw`(?<![\w$)\]!=])!\s*\*?\s*(${OPERAND})\s*(?=\)|&&|\|\||$)(?!\s*\.)`),
  new RegExp(String.raw`(?:^|[\s(])not\s+(${OPERAND})\s*(?=:|\)|\band\b|\bor\b|$)`),
  new RegExp(String.raw`(?<![!\w$.>])(${OPERAND})\s*\.\s*(?:empty|isEmpty|is_empty|IsEmpty|isBlank)\s*\(\s*\)`),
  new RegExp(
    String.raw`(?<!!\s*)\b(?:IsNullOrEmpty|IsNullOrWhiteSpace|isEmpty|isBlank|strlen|len)\s*\(\s*(${OPERAND})\s*\)(?:\s*==\s*0\b)?`,
  ),
  new RegExp(String.raw`(${OPERAND})\s*\[\s*0\s*\]\s*==\s*(?:'\\0'|0\b)`),
];

/**
 * Whether a condition tests that a protocol option was left unset (`tls_version == NULL`,
 * `!mosq->tls_version`, `proto is None`, `version.isEmpty()`): the branch it guards is the default
 * path, which every caller who asked for nothing takes, and never a capability. A condition that
 * also compares the value (`v == NULL || !strcmp(v, "tlsv1")`) still runs for the unset value.
 */
export function testsUnset(condition: string): boolean {
  for (const re of UNSET_TESTS) {
    const m = re.exec(condition);
    // `strlen(v)` alone is not a test for empty; `len(v) == 0` and `isEmpty(v)` are.
    if (m && PROTOCOL_NAME.test(m[1]) && !(/^(?:strlen|len)\b/.test(m[0].trimStart()) && !/==\s*0$/.test(m[0]))) return true;
  }
  return false;
}

/**
 * The statement at the offset is guarded by a comparison of a protocol-ish value: `if (!strcmp(arg,
 * "-tls1")) meth = …`, `if (proto == PY_SSL_VERSION_TLS1) {`, `elif version == "tlsv1":`,
 * `else if (name.equals("TLSv1"))`. Only the guard on the statement's own line or the line before.
 */
function guardedByComparison(code: string, offset: number): boolean {
  const window = code.slice(Math.max(0, offset - 300), offset);
  const lines = window.split('\n');
  const own = lines[lines.length - 1];
  const prev = lines.length > 1 ? lines[lines.length - 2] : '';
  for (const text of [own, prev]) {
    const m = /(?:^|[\s;{}])(?:if|elif|elsif|else\s+if|when)\b\s*\(?([^;]{0,240})$/.exec(text);
    if (!m) continue;
    // The guard's condition, up to where the statement starts (`{`, `:` at the end, or `)`). The
    // compared value names a protocol (`proto_version`, `sslProtocol()`, `"-tls1"`), not just any
    // version: `Build.VERSION.SDK_INT == 19` picks a platform, and what is enabled there is a default.
    const condition = m[1];
    // `if (tls_version == NULL)` is the path taken when nobody asked for a version: the default.
    if (testsUnset(condition)) return false;
    if (/==|!=|\bstr(?:n?case)?cmp\b|\bequals(?:IgnoreCase)?\b|\bcompare\b/.test(condition) && /proto|method|tls|ssl/i.test(condition))
      return true;
  }
  return false;
}

/**
 * One entry of a table from version names to versions: the text before the value on its line is a
 * quoted version name and a `:`, `=>` or `,` (`"tls1.0": tls.VersionTLS10,`, `'TLSv1': ssl.PROTOCOL_TLSv1,`,
 * `{"tls1.1", VersionTLS11},`, `"1.0" => SslProtocols.Tls,`). A key that is a setting's name
 * (`"ssl_protocols": "TLSv1"`) is not a version name, so a setting written as a map stays a setting.
 */
function inVersionNameTable(code: string, offset: number): boolean {
  // Bounded look-back: on a hostile line without breaks an unbounded one is quadratic.
  const before = code.slice(Math.max(0, offset - 200), offset);
  const lineStart = offset - before.length + before.lastIndexOf('\n') + 1;
  if (before.lastIndexOf('\n') < 0 && offset > 200) return false;
  const m = /^[ \t]*(?:[{[(][ \t]*)?(?:case[ \t]+)?["']([\w. -]{1,24})["'][ \t]*(?::|=>|,|->)[ \t]*$/.exec(code.slice(lineStart, offset));
  return m !== null && parseVersion(m[1].replace(/^-+/, ''), { bareNumbers: true }) !== undefined;
}

/**
 * Whether the statement at `offset` runs only on request: in a `case` arm, or under a comparison
 * of a protocol value. Rules that follow a value back to where it was assigned use it too.
 */
export function chosenOnRequest(code: string, offset: number): boolean {
  return inCaseArm(code, offset) || guardedByComparison(code, offset);
}

/** Whether the code at `offset` chooses a version because a configured value asked for it. */
export function isCapability(kind: FileKind, code: string, offset: number): boolean {
  if (!CODE_KINDS.has(kind)) return false;
  return chosenOnRequest(code, offset) || inVersionNameTable(code, offset);
}
