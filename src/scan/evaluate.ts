/**
 * Turning the values people write into version sets: protocol lists with `+`/`-`/`!`/`all`/`>=`,
 * minimums, maximums and named policies. Shared by every rule, so that `TLSv1` means the same
 * thing in nginx, Postfix and Java.
 */
import { ALL, atLeast, EMPTY, parseVersion, range, setOf, type Version, type VersionSet } from '../versions.js';

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Splits a value into tokens with their offsets (`base` is the value's offset in the file). A
 * backslash separates too: `\!SSLv2` in a shell word, `\"TLSv1.1\"` in a quoted one.
 */
export function tokenize(value: string, base = 0, separators = /[\s,;|[\]"'():{}\\]+/g): Token[] {
  const tokens: Token[] = [];
  const sep = new RegExp(separators.source, 'g');
  let last = 0;
  const push = (from: number, to: number): void => {
    // `TLSv1+TLSv1.1` and `SSLv23:!SSLv2`: an operator inside a chunk starts a new token.
    let s = from;
    for (let i = from + 1; i < to; i++) {
      if ((value[i] === '+' || value[i] === '!') && value[i - 1] !== '=') {
        if (i > s) tokens.push({ text: value.slice(s, i), start: base + s, end: base + i });
        s = i;
      }
    }
    if (to > s) tokens.push({ text: value.slice(s, to), start: base + s, end: base + to });
  };
  for (let m = sep.exec(value); m; m = sep.exec(value)) {
    if (m.index > last) push(last, m.index);
    last = m.index + m[0].length;
    if (m[0].length === 0) sep.lastIndex++;
  }
  if (last < value.length) push(last, value.length);
  return tokens;
}

export interface VersionSpelling {
  /** Accept `1.0`, `1.1`, `12` as versions. */
  readonly bareNumbers?: boolean;
  /** Extra spellings, lower case → version (`tls` → TLSv1.0 for .NET's `Tls`). */
  readonly spell?: Readonly<Record<string, Version>>;
}

export function readVersion(token: string, spelling: VersionSpelling = {}): Version | undefined {
  const t = token.trim().replace(/^[:'"`]+|['"`]+$/g, '');
  const extra = spelling.spell?.[t.toLowerCase()];
  return extra ?? parseVersion(t, spelling);
}

export interface ListOptions extends VersionSpelling {
  /** What `all` enables. */
  readonly all?: VersionSet;
  /** What a list that starts by excluding (`!SSLv2, !SSLv3`, `-SSLv3`) starts from. */
  readonly base?: VersionSet;
}

export interface ListResult {
  readonly versions: VersionSet;
  /** Tokens that enable a version (for fixes that delete them). */
  readonly enabling: readonly Token[];
}

const DEFAULT_ALL = range('SSLv3', 'TLSv1.3');

/**
 * Evaluates a protocol list: plain or `+` tokens enable, `-`/`!` tokens disable, `all` enables
 * everything, `-all` clears, `>=X` / `>X` / `<=X` / `<X` are bounds, and bounds together are one
 * range (Postfix 3.6+ `>=TLSv1 <=TLSv1.2` is TLSv1.0–1.2, not their union). A list that begins by
 * disabling starts from `base` (default: what `all` means). Returns undefined when no token is a
 * version.
 */
export function evalList(tokens: readonly Token[], opts: ListOptions = {}): ListResult | undefined {
  const all = opts.all ?? DEFAULT_ALL;
  let set = EMPTY;
  let understood = false;
  let started = false;
  const enabling: Token[] = [];
  let bounds: VersionSet | undefined;
  for (const token of tokens) {
    let t = token.text.trim();
    let op: '+' | '-' | '=' = '=';
    if (t.startsWith('!') || t.startsWith('-')) {
      op = '-';
      t = t.slice(1);
    } else if (t.startsWith('+')) {
      op = '+';
      t = t.slice(1);
    }
    const cmp = /^(>=|<=|>|<)/.exec(t);
    if (cmp) t = t.slice(cmp[1].length);
    let value: VersionSet;
    if (/^all$/i.test(t)) value = all;
    else {
      const v = readVersion(t, opts);
      if (!v) continue;
      if (!cmp) value = setOf(v);
      else if (cmp[1] === '>=') value = atLeast(v);
      else if (cmp[1] === '>') value = atLeast(v) & ~setOf(v);
      else if (cmp[1] === '<=') value = range('SSLv3', v);
      else value = range('SSLv3', v) & ~setOf(v);
    }
    understood = true;
    if (cmp && op !== '-') {
      bounds = (bounds ?? ALL) & value;
      enabling.push(token);
      started = true;
      continue;
    }
    if (op === '-') {
      if (!started) set = opts.base ?? all;
      set &= ~value;
    } else {
      set |= value;
      enabling.push(token);
    }
    started = true;
  }
  if (bounds !== undefined) set |= bounds;
  return understood ? { versions: set & ALL, enabling } : undefined;
}

/** Looks a policy or enum name up in a table, case-insensitively; unknown names give undefined. */
export function lookup(table: Readonly<Record<string, VersionSet>>, name: string): VersionSet | undefined {
  const key = name.trim().replace(/^['"`:]+|['"`]+$/g, '');
  if (key in table) return table[key];
  const lower = key.toLowerCase();
  for (const k of Object.keys(table)) if (k.toLowerCase() === lower) return table[k];
  return undefined;
}

/**
 * Writes `target` in the style of `token`: `TLSv1` → `TLSv1.2`, `TLS1_0` → `TLS1_2`,
 * `VersionTLS10` → `VersionTLS12`, `tls10` → `tls12`, `TLS_1_1` → `TLS_1_2`, `1.0` → `1.2`,
 * `SSLv3` → `TLSv1.2`. Returns undefined for tokens without a version number.
 */
export function respell(token: string, target: Version): string | undefined {
  const m = /^(.*?)(\d)(?:([._ -]?)(\d))?$/.exec(token);
  if (!m) return undefined;
  const [, rawPrefix, , sep, minor] = m;
  const prefix = rawPrefix.replace(/ssl/i, (s) => (s === 'SSL' ? 'TLS' : s === 'ssl' ? 'tls' : 'Tls'));
  const [tMajor, tMinor] = target.replace(/^TLSv/, '').split('.');
  if (target.startsWith('SSL')) return undefined;
  const separator = minor !== undefined ? sep : /[vV]$/.test(prefix) || prefix === '' ? '.' : '';
  return `${prefix}${tMajor}${separator}${tMinor}`;
}
