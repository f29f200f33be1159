import { atMost, range, setOf, type Version, versionIndex, type VersionSet } from '../../../versions.js';
import type { Setting } from '../../define.js';
import { evalList, readVersion, tokenize } from '../../evaluate.js';
import { type FileKind, hasCommentSyntax } from '../../file-kinds.js';
import { lastNewline, nextNewline, type SourceFile } from '../../source.js';

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

export const CODE_KINDS: readonly FileKind[] = ['java', 'kotlin', 'scala', 'groovy', 'clojure'];
export const CONFIG_KINDS: readonly FileKind[] = [
  'properties',
  'yaml',
  'json',
  'toml',
  'conf',
  'ini',
  'env',
  'shell',
  'dockerfile',
  'hcl',
  'makefile',
  'xml',
];
/** Files with JVM options in them that have no telling extension. */
export const JVM_OPTION_NAMES = /^jvm\.(?:config|options)$|^setenv(?:\.sh|\.bat)?$|^java\.security$|\.security$|^gradle\.properties$/;

/** Everything a JDK has ever implemented (SSLv2Hello is a pseudo-protocol and not a version). */
export const JDK_ALL: VersionSet = range('SSLv3', 'TLSv1.3');
export const TLS_ALL: VersionSet = range('TLSv1.0', 'TLSv1.3');

export function isCode(file: SourceFile): boolean {
  return CODE_KINDS.includes(file.kind);
}

/** The floor-dependent safe list, in the spelling of `sample` (`TLSv1.2`, `TLS_1_2`, `TLS.V_1_2`). */
export function safeList(floor: Version, sep = ','): string {
  return floor === 'TLSv1.3' ? 'TLSv1.3' : `TLSv1.2${sep}TLSv1.3`;
}

/**
 * What an SSLContext / "context protocol" name enables on the client side of SunJSSE:
 * `TLSv1.1` → TLSv1.0 and TLSv1.1, `TLSv1` → TLSv1.0, `SSLv3` → SSLv3; TLSv1.2 and later name
 * only themselves (the JDK disables the older ones by default since 8u291 / 11.0.11).
 */
export function contextVersions(v: Version): VersionSet {
  if (versionIndex(v) >= versionIndex('TLSv1.2')) return setOf(v);
  return atMost(v);
}

/**
 * Reads from `start` to the first of `stops` at bracket depth 0, or to the bracket that closes an
 * enclosing one. Skips string literals. Returns the end offset, or undefined past `limit` chars.
 */
export function readUntil(code: string, start: number, stops: string, limit = 1200): number | undefined {
  let depth = 0;
  const end = Math.min(code.length, start + limit);
  for (let i = start; i < end; i++) {
    const ch = code[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      let j = i + 1;
      while (j < end && code[j] !== ch && code[j] !== '\n') j += code[j] === '\\' ? 2 : 1;
      if (code[j] !== ch) return undefined;
      i = j;
      continue;
    }
    if (depth === 0 && stops.includes(ch)) return i;
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return end === code.length ? end : undefined;
}

export interface VersionToken {
  readonly start: number;
  readonly end: number;
  /** The token as written, quotes included. */
  readonly text: string;
  /** The versions it names (a literal may hold a whole list, `"TLSv1,TLSv1.1"`). */
  readonly versions: VersionSet;
  /** The token names exactly one version (so that a fix may rewrite it). */
  readonly single: boolean;
}

/** String literals and version enum constants (HttpClient 5 `TLS.V_1_0`, OkHttp `TlsVersion.TLS_1_0`). */
const TOKEN_RE = /"([^"\\\n]{0,80})"|'([^'\\\n]{0,80})'|(?<![\w$.])(?:TLS\.V_(\d)_(\d)|(?:TlsVersion\.)?(TLS_1_[0-3]|SSL_3_0))(?![\w$])/g;

function versionTokens(code: string, start: number, end: number): VersionToken[] {
  const out: VersionToken[] = [];
  const re = new RegExp(TOKEN_RE.source, 'g');
  const text = code.slice(start, end);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const literal = m[1] ?? m[2];
    let versions: VersionSet;
    let single: boolean;
    if (literal !== undefined) {
      const toks = tokenize(literal);
      const r = evalList(toks);
      if (!r) continue;
      versions = r.versions;
      single = toks.length === 1;
    } else {
      const v = readVersion(m[3] !== undefined ? `TLS_${m[3]}_${m[4]}` : m[5]);
      if (!v) continue;
      versions = setOf(v);
      single = true;
    }
    out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0], versions, single });
  }
  return out;
}

/** Arguments that compute a list (filters, removals, comparisons): unknown, not legacy. */
const COMPUTED = /->|=>|\bfilter|\bremove|\bminus\b|\bexcept|equals|contains|startsWith|matches|!=|\breplace|\bdiff|\bwithout/i;

/**
 * Where the file gives each identifier a value (`NAME = …`, `val name: Type = …`): the offsets
 * where the values start, by name, in file order. Read once per file: searching the file for the
 * name of every call's argument is quadratic on a file full of calls that pass a variable.
 */
function assignmentsByName(file: SourceFile): ReadonlyMap<string, readonly number[]> {
  const code = file.code;
  const byName = new Map<string, number[]>();
  const re = /(?<![\w$.])([A-Za-z_$][\w$]*)(?:\s*:\s*[\w.<>[\]?]{1,60})?[ \t]*=(?![=>])[ \t]*/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const starts = byName.get(m[1]) ?? [];
    starts.push(m.index + m[0].length);
    byName.set(m[1], starts);
    // The type may name an identifier assigned here too (`a: b = …`): go on after the name.
    re.lastIndex = m.index + m[1].length;
  }
  return byName;
}

type Initializer = { start: number; end: number } | undefined;

/** The names resolved so far in a file (a name's assignments are read once however often it is passed). */
function resolvedNames(): Map<string, Initializer> {
  return new Map();
}

/**
 * Where a constant or variable named `name` is given a value in this file: the offsets of the
 * initializer (`{"TLSv1", "TLSv1.1"}`, `arrayOf(...)`, `"TLSv1"`).
 */
export function resolveConstant(file: SourceFile, name: string): Initializer {
  const resolved = file.fact(resolvedNames);
  if (resolved.has(name)) return resolved.get(name);
  let found: Initializer;
  for (const start of file.fact(assignmentsByName).get(name) ?? []) {
    const end = readUntil(file.code, start, ';\n');
    if (end !== undefined && end > start) {
      found = { start, end };
      break;
    }
  }
  resolved.set(name, found);
  return found;
}

interface ListAnalysis {
  readonly versions: VersionSet;
  readonly tokens: readonly VersionToken[];
  readonly severity?: 'warning';
  readonly why?: string;
  readonly empty?: boolean;
}

/** The versions an argument (a list expression) enables. */
export function analyzeList(file: SourceFile, start: number, end: number, depth = 0): ListAnalysis | undefined {
  const code = file.code;
  const text = code.slice(start, end);
  const trimmed = text.trim();
  if (trimmed === '') return { versions: 0, tokens: [], empty: true };
  if (COMPUTED.test(text)) return undefined;
  if (/getSupportedProtocols\s*\(|\.supportedProtocols\b/.test(text)) {
    return {
      versions: JDK_ALL,
      tokens: [],
      severity: 'warning',
      why: 'the supported protocols are every version the JDK or Android implements; only `jdk.tls.disabledAlgorithms` may still hold the old ones back',
    };
  }
  const ident = /^(?:[\w$]+\.)*([A-Za-z_$][\w$]*)$/.exec(trimmed);
  // A lone version constant (`TlsVersion.TLS_1_0`) is a value, not a name to look up.
  if (ident && depth === 0 && versionTokens(code, start, end).length === 0) {
    const def = resolveConstant(file, ident[1]);
    return def ? analyzeList(file, def.start, def.end, 1) : undefined;
  }
  const tokens = versionTokens(code, start, end);
  if (tokens.length === 0) return undefined;
  let versions: VersionSet = 0;
  for (const t of tokens) versions |= t.versions;
  return { versions, tokens };
}

/** The text before a setting on its line (bounded). */
export function linePrefix(code: string, offset: number, max = 1000): string {
  const start = Math.max(lastNewline(code, offset - 1) + 1, offset - max);
  return code.slice(start, offset);
}

/** A setting written back with another value, in the setting's own syntax. */
export function rewriteSetting(file: SourceFile, s: Setting, value: string): string {
  if (s.form === 'block-list') return `\`${s.key}: [${value.split(/[, ]+/).join(', ')}]\``;
  const head = file.code.slice(s.keyStart, s.valueStart).replace(/^\s+/, '');
  const tail = file.code.slice(s.valueEnd, s.end);
  return `\`${head}${value}${tail}\``;
}

/** The list separator a value uses (`,` / `, ` / ` ` / `+`). */
export function separatorOf(value: string): string {
  const m = /[ \t]*[,+][ \t]*|[ \t]+/.exec(value.trim());
  return m ? (m[0].includes(',') ? (m[0].includes(' ') ? ', ' : ',') : m[0].includes('+') ? '+' : ' ') : ',';
}

/** A quoted-key call (`props.put("ssl.enabled.protocols", "TLSv1")`) when the file is code. */
export function codeCallOrConfig(s: Setting, file: SourceFile): boolean {
  if (!isCode(file)) return true;
  const q = file.code[s.keyStart];
  return q === '"' || q === "'";
}

/** A `#` comment line in a file kind without comment masking (`jvm.options`, `*.security`). */
export function inHashComment(file: SourceFile, offset: number): boolean {
  if (hasCommentSyntax(file.kind)) return false;
  return /^[ \t]*[#!]/.test(linePrefix(file.code, offset));
}

/** The raw sed expression around `offset` on its line: its search text and whether `offset` lies in the replacement. */
export function sedContext(text: string, offset: number): { search: string; inReplacement: boolean } | undefined {
  const ls = lastNewline(text, offset - 1) + 1;
  const le = nextNewline(text, offset);
  const line = text.slice(ls, le < 0 ? text.length : le);
  // The command may start a few `\`-continued lines above (`sed -i file \` + `-e 's|a|b|'`).
  let head = ls;
  let logical = line;
  for (let n = 0; n < 6 && head > 0 && !/\b(?:sed|perl)\b/.test(logical); n++) {
    const prevStart = lastNewline(text, head - 2) + 1;
    const prev = text.slice(prevStart, head - 1);
    if (!/\\\s*$/.test(prev)) break;
    logical = prev + logical;
    head = prevStart;
  }
  if (!/\b(?:sed|perl)\b/.test(logical)) return undefined;
  const re = /(?:^|[\s'";/}])s([/|#,:@!])((?:\\.|(?!\1)[^\\\n]){0,600})\1((?:\\.|(?!\1)[^\\\n]){0,600})\1/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const searchStart = ls + m.index + m[0].length - (m[2].length + m[3].length + 2);
    const replStart = searchStart + m[2].length + 1;
    const replEnd = replStart + m[3].length;
    if (offset >= replStart && offset <= replEnd) return { search: m[2], inReplacement: true };
    if (offset >= searchStart && offset < replStart) return { search: m[2], inReplacement: false };
  }
  return undefined;
}

/** Whether `offset` lies in the search half of a sed substitution (what a script looks for, not what it writes). */
export function inSedSearch(file: SourceFile, offset: number): boolean {
  if (!['shell', 'dockerfile', 'yaml', 'makefile', 'groovy'].includes(file.kind)) return false;
  const c = sedContext(file.text, offset);
  return c !== undefined && !c.inReplacement;
}

export function enclosingTag(code: string, offset: number): string | undefined {
  const from = Math.max(0, offset - 4000);
  const i = code.slice(from, offset + 1).lastIndexOf('<');
  const lt = i < 0 ? -1 : from + i;
  if (lt < 0 || code.slice(lt, offset).includes('>')) return undefined;
  return /^<([\w:.-]+)/.exec(code.slice(lt, lt + 100))?.[1];
}
