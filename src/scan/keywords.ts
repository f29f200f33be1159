/**
 * Which rules' keywords occur in a file. Every rule names the words without which it cannot match
 * (`ssl_protocols|proxy_ssl_protocols`); a file runs only the rules whose words it holds.
 *
 * Three questions, asked in this order:
 * - `mayOccurIn`: may the file's bytes hold a word? A SIMD look for fingerprints of the words
 *   (byte-prefilter.ts), before any string is made; most files stop here.
 * - `test`: does the file hold any selected rule's word? One case-insensitive regular expression,
 *   run on the files the first look let through.
 * - `owners`: whose words does it hold? One more pass with the same expression, from hit to hit,
 *   instead of one test of the whole text per rule. On a real tree (terraform-provider-azurerm:
 *   836 files of 41,700 hold a keyword, 25 MB) the per-rule tests cost 310 ms of 2.5 s; this pass
 *   costs a few.
 */

import { BytePrefilter, fingerprints } from './byte-prefilter.js';
import { escapeRegExp } from './regexp-text.js';

/** An owner's words, as a rule writes them: the source of an alternation, `a|b\.c`. */
export interface Keywords<T> {
  readonly owner: T;
  readonly source: string;
}

/** Where an owner's literal word holds one of the union's literals: `word` starts `offset` chars before it. */
interface Occurrence<T> {
  readonly owner: T;
  readonly word: string;
  readonly offset: number;
}

export class KeywordIndex<T> {
  /** One test for "some owner's word occurs" (case-insensitive). */
  readonly union: RegExp;
  private readonly hits: RegExp;
  /** For each literal of the union (lower case), the owners' words that contain it. */
  private readonly occurrences = new Map<string, Occurrence<T>[]>();
  /** Owners with a word that is a pattern, not a literal: their own expression decides. */
  private readonly patterned: { readonly owner: T; readonly test: RegExp }[] = [];
  private readonly literalOwners: number;
  /** A first look at the bytes (byte-prefilter.ts), when every word is a literal of 3 characters or more. */
  private readonly bytes: BytePrefilter | undefined;

  constructor(keywords: readonly Keywords<T>[]) {
    const { kept, union } = unionOf(keywords.map((k) => k.source));
    this.union = union;
    this.hits = new RegExp(union.source, 'gi');
    const owners = new Set<T>();
    for (const { owner, source } of keywords) {
      const words = alternatives(source).map(literalOf);
      // No words at all: an empty expression, which matches every text.
      if (words.length === 0 || words.some((w) => w === undefined)) {
        this.patterned.push({ owner, test: new RegExp(source, 'i') });
        continue;
      }
      for (const word of words as string[]) {
        // Some literal of the union occurs in every word (it was kept because it is the shortest).
        const inner = kept.find((k) => word.includes(k))!;
        const list = this.occurrences.get(inner) ?? [];
        list.push({ owner, word, offset: word.indexOf(inner) });
        this.occurrences.set(inner, list);
        owners.add(owner);
      }
    }
    this.literalOwners = owners.size;
    const prints = this.patterned.length === 0 ? fingerprints(kept) : undefined;
    this.bytes = prints ? new BytePrefilter(prints) : undefined;
  }

  /**
   * False when no owner's word can occur in these bytes (read as Latin-1, the way `test` reads a
   * file before it is decoded): the file needs no string at all. True says only "maybe": `test` decides.
   */
  mayOccurIn(bytes: Uint8Array): boolean {
    return this.bytes?.mayOccurIn(bytes) ?? true;
  }

  /** Whether some owner's word occurs in the text. */
  test(text: string): boolean {
    return this.union.test(text);
  }

  /**
   * The owners whose words occur in the text. Each occurrence of a word holds an occurrence of a
   * literal of the union; no two of those literals start at the same place (none contains
   * another), so the union's match at each position names the one literal there, and only the
   * words that contain it are compared, in place.
   */
  owners(text: string): Set<T> {
    const found = new Set<T>();
    for (const p of this.patterned) if (p.test.test(text)) found.add(p.owner);
    let pending = this.literalOwners;
    if (pending === 0) return found;
    const hits = this.hits;
    hits.lastIndex = 0;
    for (let m = hits.exec(text); m; m = hits.exec(text)) {
      // The next hit may start inside this one (`tlstls`… or a word that ends where another starts).
      hits.lastIndex = m.index + 1;
      const here = this.occurrences.get(m[0].toLowerCase());
      if (!here) continue;
      for (const o of here) {
        if (found.has(o.owner) || !wordAt(text, m.index - o.offset, o.word)) continue;
        found.add(o.owner);
        if (--pending === 0) return found;
      }
    }
    return found;
  }
}

/**
 * Whether `word` (lower case ASCII) occurs at `at`, ignoring ASCII case only: a regular expression
 * with the `i` flag and no `u` never matches a non-ASCII character to an ASCII letter (`ſ`, `K`).
 */
function wordAt(text: string, at: number, word: string): boolean {
  if (at < 0 || at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) {
    let c = text.charCodeAt(at + i);
    if (c >= 65 && c <= 90) c |= 32;
    if (c !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * One case-insensitive test for many rules' keywords. Literal alternatives that contain another
 * literal alternative are dropped (`ssl_min_protocol_version` is implied by `protocol_version`),
 * which shrinks a union of ~400 words to a few dozen and makes the per-file test several times
 * faster. The literals that remain are written as a trie (`tls(?:version|_1_0)`): at each position
 * the regex engine then tries one branch per first letter instead of every word, which measured
 * 15–20 % faster on a real tree (40,000 Go files), with the same answer.
 */
export function keywordUnion(sources: readonly string[]): RegExp {
  return unionOf(sources).union;
}

/** The union and the literals it was made of (see keywordUnion). */
function unionOf(sources: readonly string[]): { readonly kept: readonly string[]; readonly union: RegExp } {
  const literals: string[] = [];
  const patterns = new Set<string>();
  for (const source of sources) {
    for (const alt of alternatives(source)) {
      const literal = literalOf(alt);
      if (literal !== undefined) literals.push(literal);
      else patterns.add(alt);
    }
  }
  const kept = keptLiterals(literals);
  const alts = [...(kept.length ? [literalTrie(kept)] : []), ...patterns];
  return { kept, union: new RegExp(alts.join('|'), 'i') };
}

/** The literals that contain no other (each word lower case, once), shortest first. */
function keptLiterals(literals: readonly string[]): string[] {
  const sorted = [...new Set(literals)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const l of sorted) if (!kept.some((k) => l.includes(k))) kept.push(l);
  return kept;
}

/**
 * The text an alternative matches when it is a plain word (lower case, escapes removed), or
 * undefined when it is a pattern. Only ASCII word characters, space, `:`, `,`, `/`, `-`, `=`, quotes and
 * escaped punctuation count: an unescaped `.` or `(` means something else to a regular expression.
 */
function literalOf(alt: string): string | undefined {
  if (!/^(?:[\w :,/='"-]|\\[^\w\s])+$/.test(alt) || /[^\x20-\x7e]/.test(alt)) return undefined;
  return alt.replace(/\\(.)/g, '$1').toLowerCase();
}

/**
 * A regular expression source that matches exactly the given literals, shared prefixes written
 * once: `['tls_1_0', 'tlsversion', 'godebug']` → `(?:tls(?:_1_0|version)|godebug)`.
 */
export function literalTrie(words: readonly string[]): string {
  const unique = [...new Set(words)];
  const ended = unique.includes('');
  const byFirst = new Map<string, string[]>();
  for (const w of unique) {
    if (!w) continue;
    const rest = byFirst.get(w[0]);
    if (rest) rest.push(w.slice(1));
    else byFirst.set(w[0], [w.slice(1)]);
  }
  const branches = [...byFirst].map(([c, rest]) => (rest.length === 1 ? escapeRegExp(c + rest[0]) : escapeRegExp(c) + literalTrie(rest)));
  if (!branches.length) return '';
  // Every branch is a word or a letter and a group: only several branches need a group of their own.
  const alternation = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  // A word that ends here while longer ones go on: the rest is optional.
  return ended ? `(?:${alternation})?` : alternation;
}

/** Splits a regular expression source at its top-level `|` (not inside groups or classes). */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out.filter((s) => s.length > 0);
}
