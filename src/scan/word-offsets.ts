/**
 * Where the TLS words of a text are, found in one pass and shared by the rules that start from
 * them: the call rule looks for calls named with `tls|ssl|version|protocol`, the generic rule for
 * keys holding `ssl|tls|protocols|versions` and for getters named with them. Each of those words
 * begins with one of TLS_WORDS, so one case-insensitive pass per text answers all of them. (Three
 * passes over the same 21 MB of terraform-provider-azurerm cost ~100 ms; one costs a third.)
 */

/** The words every rule word begins with; none is a prefix of another, so a match is one of them whatever the order. */
const TLS_WORDS = /tls|ssl|protocol|version/gi;

/**
 * The matches of TLS_WORDS in `text`, as a global regular expression finds them (each after the
 * last one's end): start, length, start, length… Kept for the last two texts: a file's raw text and its
 * comment-masked code are both read, the one after the other, by several rules.
 */
export function tlsWordHits(text: string): Int32Array {
  return entryFor(text).hits;
}

interface Entry {
  readonly text: string;
  readonly hits: Int32Array;
  keys?: readonly number[];
}

const cache: Entry[] = [];

function entryFor(text: string): Entry {
  for (const c of cache) if (c.text === text) return c;
  const found: number[] = [];
  const re = new RegExp(TLS_WORDS.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m.index, m[0].length);
  const entry: Entry = { text, hits: Int32Array.from(found) };
  cache.unshift(entry);
  cache.length = Math.min(cache.length, 2);
  return entry;
}

/**
 * Where `/ssl|tls|protocols|versions/gi` would find its words in `code`, from the TLS word hits:
 * `tls` and `ssl` are hits themselves; `protocols` and `versions` are a `protocol` or `version` hit
 * followed by an `s`. No word starts inside `protocol` or `version`, so the only hit such a match
 * hides is one that starts at its `s` (`protocolssl`), skipped as the regular expression would.
 */
export function keyWordOffsets(code: string): readonly number[] {
  const entry = entryFor(code);
  if (entry.keys) return entry.keys;
  const hits = entry.hits;
  const keys: number[] = [];
  let next = 0;
  for (let i = 0; i < hits.length; i += 2) {
    const at = hits[i];
    const length = hits[i + 1];
    if (at < next) continue;
    if (length === 3) {
      keys.push(at);
      next = at + 3;
    } else if ((code.charCodeAt(at + length) | 32) === 0x73 /* s or S */) {
      keys.push(at);
      next = at + length + 1;
    }
  }
  entry.keys = keys;
  return keys;
}

const WORD_CHAR = /\w/;

/**
 * Whether a name holding one of those key words is called or declared in `code`: what
 * `/(?:ssl|tls|protocols|versions)\w*[ \t]*\(/i` tests, from the key words already found. (A
 * key word the regular expression would start inside another is in the same run of word
 * characters, which leads to the same `(` or to none.)
 */
export function keyWordNameCalled(code: string): boolean {
  return keyWordOffsets(code).some((at) => {
    let i = at;
    while (i < code.length && WORD_CHAR.test(code[i])) i++;
    while (code[i] === ' ' || code[i] === '\t') i++;
    return code[i] === '(';
  });
}
