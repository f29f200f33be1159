/**
 * String constants defined in one file and used in another: `setProtocols(Constants.SSL_PROTO_ALL)`
 * where `Constants.java` says `public static final String SSL_PROTO_ALL = "all";`. Rules read one
 * file at a time; this module lets a second, small pass give them the value in place.
 *
 * 1. While a file is scanned (only files that passed the keyword prefilter, in any thread),
 *    `definitionsIn` notes the string constants it defines whose value reads as protocol versions
 *    (`NAME = "TLSv1.1"`, `"all"`, `"TLSv1 TLSv1.1"`). Plain data: workers post it back.
 * 2. Once every share is in, `resolvable` keeps the names whose definitions agree across the
 *    repository (one value) and name a legacy version. Only then, and only when there is such a
 *    name (most trees have none), the files read in step 1 are looked at again for qualified uses
 *    of those names (`Qualifier.NAME`, `Qualifier::NAME`): `substituted` gives a file's view with
 *    each use replaced, in the comment-free code, by the literal after spaces to the same length, so that
 *    every offset, line and column of the file holds. The rules run on that view; only their
 *    matches over a replaced name are new.
 *
 * Looking for uses only once the names are known keeps the first pass to one cheap search per
 * file (a search for every qualified name cost ~30 ms on a 25 MB tree), and lets a use be any
 * qualified name: `Constants.SSL_PROTO_ALL`, C# `Defaults.MinProtocol`.
 *
 * A constant is an UPPER_CASE name or one declared `const`/`final`/`readonly`, given a string
 * literal that ends its statement.
 *
 * A sharded scan (`--shard`) sees only its own files: a constant defined in another shard's file
 * is not followed there. That is the right answer for a diff too: a pull request is judged by the
 * lines of the file it changes, whatever file the value is defined in.
 */
import type { FileKind } from './file-kinds.js';
import type { SourceFile } from './source.js';
import { evalList, tokenize } from './evaluate.js';
import { parseVersion, type VersionSet } from '../versions.js';

/**
 * Languages whose string constants are used qualified by a class or module name. Not Go: its
 * string constants of versions are typed enums of SDKs, named after the version they hold
 * (`storageaccounts.MinimumTlsVersionTLSOneZero = "TLS1_0"`), which the rules read by name; on
 * terraform-provider-azurerm following them read 834 files again for nothing.
 */
export const CONSTANT_KINDS: ReadonlySet<FileKind> = new Set<FileKind>([
  'java',
  'kotlin',
  'scala',
  'groovy',
  'csharp',
  'python',
  'js',
  'ts',
  'php',
  'ruby',
]);

/** `all` is a protocol list only under a name that says so (`SSL_PROTO_ALL`, not `CacheTypeAll`). */
const PROTOCOL_NAME = /ssl|tls|proto/i;

/** One constant whose value reads as protocol versions (the value without its quotes). */
export interface Definition {
  readonly file: string;
  readonly name: string;
  readonly value: string;
}

/**
 * The end of a definition's line before the literal: the name and `=`, with a TypeScript or
 * Python type (`NAME: string = `). Anchored at the end and tried from each word start only, so a
 * long line costs one pass.
 */
const DEFINED_NAME = /(?<![\w$.])([A-Za-z_$][\w$]*)[ \t]*(?::[ \t]*[\w$.]+[ \t]*)?=[ \t]*$/;
/** What may come before the name: modifiers and a type, words only (`public static final String `, `const val `). */
const MODIFIERS = /^[ \t]*(?:[\w$]+(?:<[\w$, ]*>|\[\])?[ \t]+)*$/;

const UPPER = /^[A-Z][A-Z0-9_]*$/;
const DECLARED_CONSTANT = /\b(?:const|final|readonly)\b/;
/** The literal after `=`: a protocol name first, or `all`; closed on its line, then the statement ends. */
const LITERAL = /^[ \t]*(["'`])((?:d?tls|ssl)[^"'`\n\\]{0,60}|all)\1[ \t]*(?:[;,)]|\r?\n|$)/i;

/** The versions a constant's value names (`all` is every version), or undefined when it is not a protocol list. */
export function valueVersions(value: string): VersionSet | undefined {
  const tokens = tokenize(value);
  if (tokens.length === 0) return undefined;
  for (const t of tokens) {
    const word = t.text.replace(/^[+!-]/, '');
    if (!/^all$/i.test(word) && !(/^(?:d?tls|ssl)/i.test(word) && parseVersion(word))) return undefined;
  }
  return evalList(tokens)?.versions || undefined;
}

/** Whether a quote at `i`, after blanks, opens a literal that starts like a protocol (`"TLS`, `'ssl`, `"dtls`, `"all`). */
function opensProtocolLiteral(text: string, i: number): boolean {
  while (text[i] === ' ' || text[i] === '\t') i++;
  const q = text[i];
  if (q !== '"' && q !== "'" && q !== '`') return false;
  const head = text.slice(i + 1, i + 4).toLowerCase();
  return head === 'tls' || head === 'ssl' || head === 'all' || head === 'dtl';
}

/**
 * The constants a file defines whose value reads as protocol versions. The raw text is searched
 * from `=` to `=` (a native search; a regular expression over every character cost four times as
 * much), and the code (comments masked) is consulted only for a hit.
 */
export function definitionsIn(file: SourceFile): Definition[] {
  const text = file.text;
  const out: Definition[] = [];
  for (let at = text.indexOf('='); at >= 0; at = text.indexOf('=', at + 1)) {
    if (!opensProtocolLiteral(text, at + 1) || text[at - 1] === '=' || text[at - 1] === '!' || text[at + 1] === '=') continue;
    const lit = LITERAL.exec(text.slice(at + 1, at + 100));
    if (!lit) continue;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (at - lineStart > 300) continue;
    const line = text.slice(lineStart, at + 1);
    const d = DEFINED_NAME.exec(line);
    const modifiers = d && line.slice(0, d.index);
    if (!d || !MODIFIERS.test(modifiers!)) continue;
    const name = d[1];
    if (!(UPPER.test(name) || DECLARED_CONSTANT.test(modifiers!))) continue;
    // Not in a comment: the code holds the same definition.
    const end = at + 1 + lit[0].length;
    if (file.code.slice(lineStart, end) !== text.slice(lineStart, end)) continue;
    if (/^all$/i.test(lit[2]) && !PROTOCOL_NAME.test(name)) continue;
    if (valueVersions(lit[2]) !== undefined) out.push({ file: file.path, name, value: lit[2] });
  }
  return out;
}

/** A name whose every definition in the repository gives it the same value. */
export interface Resolved {
  readonly value: string;
  readonly versions: VersionSet;
  /** The (first) file that defines it. */
  readonly file: string;
}

/**
 * The names defined with one value across the repository, keeping those `keep` accepts (the
 * policy's legacy versions). Two definitions that disagree make the name unknown: which one a use
 * means is not for a text scan to guess.
 */
export function resolvable(definitions: Iterable<Definition>, keep: (versions: VersionSet) => boolean): Map<string, Resolved> {
  const seen = new Map<string, Resolved | null>();
  for (const { file, name, value } of definitions) {
    const before = seen.get(name);
    if (before === undefined) {
      const versions = valueVersions(value);
      seen.set(name, versions !== undefined ? { value, versions, file } : null);
    } else if (before !== null && before.value !== value) seen.set(name, null);
  }
  const out = new Map<string, Resolved>();
  for (const [name, r] of seen) if (r && keep(r.versions)) out.set(name, r);
  return out;
}

/** A test for qualified uses of the names (`X.NAME`, `X::NAME`); the qualifier is checked by `substituted`. */
export function usesOf(names: Iterable<string>): RegExp {
  const alternation = [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/\$/g, '\\$'))
    .join('|');
  return new RegExp(`(?:\\.|::)[ \\t]*(${alternation})(?![\\w$(])`, 'g');
}

/** One use of a constant replaced by its value. */
export interface Substitution {
  readonly start: number;
  readonly end: number;
  /** As written (`Constants.SSL_PROTO_ALL`). */
  readonly written: string;
  readonly name: string;
  readonly resolved: Resolved;
}

/**
 * The file with each qualified use of a resolvable name replaced, in its comment-free code, by the
 * quoted value after spaces to the same length; undefined when there is none. A name the
 * file defines itself is its own (whatever the qualifier), and a value longer than the use it
 * replaces is left alone (offsets must hold).
 */
export function substituted(
  file: SourceFile,
  table: ReadonlyMap<string, Resolved>,
  uses: RegExp = usesOf(table.keys()),
): { view: SourceFile; substitutions: Substitution[] } | undefined {
  const code = file.code;
  const substitutions: Substitution[] = [];
  const own = new Map<string, boolean>();
  const definesItself = (name: string): boolean => {
    let hit = own.get(name);
    if (hit === undefined)
      own.set(name, (hit = new RegExp(`(?<![\\w$.:])${name.replace(/\$/g, '\\$')}[ \\t]*(?::[^=\\n;]{0,60})?=(?![=>])`).test(code)));
    return hit;
  };
  let out = '';
  let raw = '';
  let last = 0;
  const q = new RegExp(uses.source, 'g');
  for (let m = q.exec(code); m; m = q.exec(code)) {
    const name = m[1];
    const resolved = table.get(name);
    if (!resolved || definesItself(name)) continue;
    // The whole qualified name: `a.b.Constants.NAME`, `Foo::NAME` (a qualifier is a name: not a call's result).
    const head = /(?:[A-Za-z_$][\w$]*[ \t]*(?:\.|::)[ \t]*)+$/.exec(
      code.slice(Math.max(0, m.index - 200), m.index + m[0].length - name.length),
    );
    if (!head) continue;
    const start = m.index + m[0].length - name.length - head[0].length;
    const end = m.index + m[0].length;
    const literal = `"${resolved.value}"`;
    if (literal.length > end - start || start < last) continue;
    // Spaces first: a match that runs to the value's end then covers the whole use (its text says `Constants.NAME`).
    const padded = literal.padStart(end - start, ' ');
    out += code.slice(last, start) + padded;
    // The text is the code there (a use is outside comments): a rule's first look at the raw text sees the value too.
    raw += file.text.slice(last, start) + padded;
    last = end;
    substitutions.push({ start, end, written: code.slice(start, end), name, resolved });
  }
  if (!substitutions.length) return undefined;
  return { view: file.withCode(out + code.slice(last), raw + file.text.slice(last)), substitutions };
}
