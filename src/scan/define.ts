/**
 * Builders that most rules are made of: `settingRule` (a named setting whose value is a protocol
 * list, a minimum, a maximum or a policy name, in any of the key/value syntaxes configuration
 * uses) and `patternRule` (a regular expression over comment-free code). Both run on
 * `SourceFile.code`, so commented-out settings never match.
 */
import type { Severity } from '../policy.js';
import { atLeast, atMost, below, setOf, type Version, type VersionSet } from '../versions.js';
import { evalList, lookup, readVersion, respell, tokenize, type ListOptions, type Token, type VersionSpelling } from './evaluate.js';
import type { Edit, Example, InvalidExample, Match, Rule, RuleContext, RuleMeta } from './rule.js';
import { nextNewline, type SourceFile } from './source.js';
import { clip } from '../clip.js';
import { alternatives } from './alternatives.js';
import { findPairs } from './pairs.js';
import { escapeClass } from './regexp-text.js';

export interface Setting {
  readonly key: string;
  readonly keyStart: number;
  /** The value without its quotes or brackets. */
  readonly value: string;
  readonly valueStart: number;
  readonly valueEnd: number;
  /** How the value was written. */
  readonly form: 'quoted' | 'list' | 'block-list' | 'bare' | 'element';
  /** Where the whole setting ends (after the closing quote or bracket). */
  readonly end: number;
  /**
   * Where a finding about it starts, when not at the key: the `value:` field of a name/value pair,
   * one literal branch of a conditional. That is the line a contributor changes.
   */
  readonly at?: number;
  /** The value is a default, used only when an input is unset (`try(var.x, "TLS1_0")`): a warning at most. */
  readonly fallback?: boolean;
  /** How the value reaches the setting when it is written elsewhere (a name assigned it, a getter returns it). */
  readonly via?: string;
}

/** A setting whose value was written in quotes from `valueStart` (the value without them): it ends after the closing quote. */
export function quotedSetting(
  key: string,
  keyStart: number,
  value: string,
  valueStart: number,
  more: Pick<Setting, 'at' | 'via'> = {},
): Setting {
  return {
    key,
    keyStart,
    value,
    valueStart,
    valueEnd: valueStart + value.length,
    form: 'quoted',
    end: valueStart + value.length + 1,
    ...more,
  };
}

/** Where, in order, the words a finder starts from begin in a text (found once per text by whoever provides it). */
export type WordAnchor = (text: string) => readonly number[];

export interface FinderOptions {
  /** Characters that end an unquoted value (besides a line break). Default `;})<`. */
  readonly stops?: string;
  /** Allow `key value` with only white space between (nginx, Apache, Postfix). Default true. */
  readonly spaceSeparated?: boolean;
  /** Values may start with a `<`/`<=` bound (Postfix 3.6+ `<=TLSv1.1`): `<` does not end them. */
  readonly bounds?: boolean;
  /**
   * How an unquoted value goes on past its line: `semicolon` — a directive runs to its `;` (nginx),
   * so indented lines of plain words before the `;` belong to it; `backslash` — a line ending in
   * `\` continues on the next (Apache; Java `.properties` files always read this way).
   */
  readonly continued?: 'semicolon' | 'backslash';
  /**
   * Where the words every key holds start in a text (the generic rule's `ssl|tls|protocols|versions`:
   * see word-offsets.ts). Keys are then looked for only around these words, rather than tried at
   * every word of the file: a key pattern with a lazy prefix (`[\w.-]{0,60}?tls…`) costs sixty
   * steps at each word start otherwise.
   */
  readonly anchor?: WordAnchor;
}

/** Longer values are not TLS settings; the bounds keep a hostile 1 MiB line linear. */
const MAX_VALUE = 2000;
const MAX_SCALAR = 400;

/**
 * Finds `key <sep> value` settings for the keys in `keys` (a regular expression matching whole
 * key names), in the syntaxes of INI, properties, YAML, JSON, HCL, TOML, XML attributes and
 * elements, nginx-like directives, `-Dkey=value` and `--key=value` flags, env assignments, and
 * `("key", "value")` calls in code.
 */
export function* findSettings(file: SourceFile, keys: RegExp, opts: FinderOptions = {}): Generator<Setting> {
  const code = file.code;
  const space = opts.spaceSeparated ?? true;
  const { key, bare: bareSource } = finderSources(keys, space, opts);
  const re = new RegExp(key, keys.flags.includes('i') ? 'gi' : 'g');
  const bare = new RegExp(bareSource, 'y');
  // `.properties` continue a value on the next line after a `\` (`enabled-protocols=TLSv1.2,\`).
  const continued = opts.continued ?? (file.kind === 'properties' ? 'backslash' : undefined);
  const next = opts.anchor ? anchoredKeys(code, re, opts.anchor) : (from: number) => ((re.lastIndex = from), re.exec(code));
  for (let m = next(0); m; m = next(re.lastIndex)) {
    const quotedKey = m[1] !== '';
    const sep = m[3];
    if (sep === ',' && !quotedKey && !constantKeyWrite(code, m.index, m[2])) continue;
    if (sep === '>' && code[m.index - 1] !== '<') continue;
    let i = m.index + m[0].length;
    while (code[i] === ' ' || code[i] === '\t') i++;
    // A call's value argument on the next line (`put(KEY,\n    "TLSv1")`): a quoted value only.
    if (sep === ',' && (code[i] === '\n' || code[i] === '\r')) {
      const next = /^\r?\n[ \t]{0,80}(?=["'])/.exec(code.slice(i, i + 90));
      if (next) i += next[0].length;
    }
    const setting = readValue(code, i, m[2], m.index, sep, bare, continued);
    if (setting && setting.value.trim() !== '') {
      // A conditional or a fallback is read as each of its literal values.
      yield* alternatives(setting) ?? [setting];
      // Continue after the value: keys inside it belong to it, and nothing is read twice.
      re.lastIndex = Math.max(re.lastIndex, setting.end);
    }
  }
}

/**
 * The sources of a finder's key pattern and bare-value pattern, built once per key set and options:
 * rules call findSettings for every file they read.
 */
const FINDER_SOURCES = new Map<string, { readonly key: string; readonly bare: string }>();
function finderSources(keys: RegExp, space: boolean, opts: FinderOptions): { readonly key: string; readonly bare: string } {
  const id = `${keys.source}\0${space}\0${opts.bounds ? 1 : 0}\0${opts.stops ?? ''}`;
  let sources = FINDER_SOURCES.get(id);
  if (!sources) {
    const stops = `\\n;})${opts.bounds ? '' : '<'}${escapeClass(opts.stops ?? '')}`;
    sources = {
      key: `(?:(?<![\\w.$])|(?<=-D))(["'\`]?)(${keys.source})\\1(?![\\w.-])[ \\t]*(=>|:=|=|:(?!:)|>|,|${space ? '(?=[ \\t])' : '(?!)'})`,
      bare: `[^${stops}]{0,${MAX_SCALAR}}`,
    };
    FINDER_SOURCES.set(id, sources);
  }
  return sources;
}

/** The calls that write a key and its value (`put`, `setProperty`, `put_string`, `set`, `option`). */
const WRITER_CALL =
  /(?:^|[^\w$])(?:put|set)(?:[A-Z_][\w$]{0,30})?[ \t]*\([ \t]*$|(?:^|[^\w$])(?:option|property|with|config)[ \t]*\([ \t]*$/;
const CONSTANT_KEY = /(?:^|\.)[A-Z][A-Z0-9_]{2,80}$/;

/**
 * `props.put(SslConfigs.SSL_PROTOCOL_CONFIG, "TLSv1")`, `cfg.set(TLS_MIN_VERSION, "tls10")`: a
 * constant that names a key, as the first argument of a call that writes a key and its value, is
 * the key (an identifier anywhere else is a variable, and `assertEquals(TLS_VERSION, "TLSv1")`
 * compares).
 */
function constantKeyWrite(code: string, keyStart: number, key: string): boolean {
  return CONSTANT_KEY.test(key) && WRITER_CALL.test(code.slice(Math.max(0, keyStart - 40), keyStart));
}

/**
 * The next match of the key pattern `re` at or after `from` whose key holds a word of `anchor`:
 * from each such word, the starts a key could have (back over the identifier, and its opening
 * quote) are tried with the pattern made sticky. A key holds at least one anchor word, so no match
 * is lost; each identifier is looked at once. Leaves `re.lastIndex` after the match, as exec does.
 */
function anchoredKeys(code: string, re: RegExp, anchor: WordAnchor): (from: number) => RegExpExecArray | null {
  const words = anchor(code);
  const sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
  // `from` only grows: the words before it are passed once, not on every call.
  let i = 0;
  return (from) => {
    for (; i < words.length; i++) {
      const w = words[i];
      if (w < from) continue;
      let start = w;
      while (start > from && start > w - 61 && KEY_CHAR.test(code[start - 1])) start--;
      for (let at = Math.max(from, start - 1); at <= w; at++) {
        sticky.lastIndex = at;
        const m = sticky.exec(code);
        if (m) {
          re.lastIndex = sticky.lastIndex;
          return m;
        }
      }
    }
    re.lastIndex = code.length;
    return null;
  };
}

const KEY_CHAR = /[\w.-]/;

/** indexOf that gives up after `limit` characters (a plain indexOf rescans a hostile line each time). */
function boundedIndexOf(text: string, needle: string, from: number, limit: number): number {
  const at = text.slice(from, from + limit).indexOf(needle);
  return at < 0 ? -1 : from + at;
}

/** Indented lines of plain words that end at a `;` (a directive continued over lines), at most 8. */
const SEMICOLON_CONTINUATION = /(?:\r?\n[ \t]+[\w.+!:-]{1,40}(?:[ \t]+[\w.+!:-]{1,40}){0,8}[ \t]*){1,8}(?=;)/y;
/** The next line after a ` \` that ends a line, up to the value's stops. */
const BACKSLASH_CONTINUATION = /\r?\n[^\n;{}<]{0,400}/y;

function readValue(
  code: string,
  i: number,
  key: string,
  keyStart: number,
  sep: string,
  bare: RegExp,
  continued?: FinderOptions['continued'],
): Setting | undefined {
  const ch = code[i];
  if (sep === '>') {
    const end = boundedIndexOf(code, '<', i, MAX_SCALAR);
    if (end < 0) return undefined;
    return { key, keyStart, value: code.slice(i, end), valueStart: i, valueEnd: end, form: 'element', end };
  }
  if (ch === '"' || ch === "'" || ch === '`') {
    // A quoted template expression (`'{{ "!SSLv3" if … else "!SSLv2 !SSLv3" }}'`) may span lines.
    const template = code.startsWith('{{', i + 1);
    let j = i + 1;
    while (j < code.length && code[j] !== ch && (template || code[j] !== '\n') && j - i < MAX_SCALAR) j += code[j] === '\\' ? 2 : 1;
    if (code[j] !== ch) return undefined;
    return quotedSetting(key, keyStart, code.slice(i + 1, j), i + 1);
  }
  if (ch === '[' || (ch === '(' && sep !== ',')) {
    const close = boundedIndexOf(code, ch === '[' ? ']' : ')', i, MAX_VALUE);
    if (close < 0) return undefined;
    return { key, keyStart, value: code.slice(i + 1, close), valueStart: i + 1, valueEnd: close, form: 'list', end: close + 1 };
  }
  if ((ch === '\n' || ch === '\r' || ch === undefined) && sep === ':') {
    // A YAML block list on the following lines.
    const block = /^(?:\r?\n[ \t]*(?:-[ \t]+[^\n]{0,400})?){1,50}/.exec(code.slice(i, i + MAX_VALUE));
    if (!block || !/-[ \t]/.test(block[0])) return undefined;
    const text = block[0].replace(/\s+$/, '');
    return { key, keyStart, value: text, valueStart: i, valueEnd: i + text.length, form: 'block-list', end: i + text.length };
  }
  if ((ch === '|' || ch === '>') && sep === ':') {
    const scalar = blockScalar(code, i, keyStart);
    if (scalar) return { key, keyStart, ...scalar, form: 'block-list', end: scalar.valueEnd };
  }
  bare.lastIndex = i;
  const m = bare.exec(code);
  if (!m) return undefined;
  let value = m[0];
  // `echo "ssl_protocols TLSv1;" >> x.conf`, `postconf -e 'key = v'`: a quote opened before the key
  // on the same line closes the value, so neither the message nor a fix runs into the shell text.
  const open = openQuoteBefore(code, keyStart);
  if (open) {
    for (let k = 0; k < value.length; k++) {
      if (value[k] === '\\') k++;
      else if (value[k] === open) {
        value = value.slice(0, k);
        break;
      }
    }
  }
  if (continued && !open) value = continuedValue(code, i, value, continued);
  // A trailing ` \` continues a shell command on the next line; it is not part of the value.
  value = value.replace(/\s+$/, '').replace(/[ \t]+\\$/, '');
  return { key, keyStart, value, valueStart: i, valueEnd: i + value.length, form: 'bare', end: i + value.length };
}

/** A YAML block scalar's header (`|`, `>-`, `|+2`) and the rest of its line. */
const BLOCK_HEADER = /[|>][-+]?\d?[-+]?[ \t]*(?=\r?\n)/y;

/**
 * A YAML block scalar (`ssl-protocols: >-` and the lines indented under the key): its text, read
 * like a block list (no fix: folding rules decide how the lines join). Undefined when `i` holds no
 * header or nothing is indented under it.
 */
function blockScalar(code: string, i: number, keyStart: number): { value: string; valueStart: number; valueEnd: number } | undefined {
  BLOCK_HEADER.lastIndex = i;
  const header = BLOCK_HEADER.exec(code);
  if (!header) return undefined;
  const lineStart = lastNewlineWithin(code, keyStart);
  const indent = /^[ \t]*/.exec(code.slice(lineStart, keyStart))![0].length;
  const body = new RegExp(`(?:\\r?\\n(?:[ \\t]{${indent + 1},}[^\\n]{1,400}|[ \\t]*(?=\\r?\\n)))+`, 'y');
  const start = i + header[0].length;
  const m = body.exec(code.slice(start, start + MAX_VALUE));
  if (!m) return undefined;
  const text = m[0].replace(/\s+$/, '');
  return { value: text, valueStart: start, valueEnd: start + text.length };
}

/** The start of the line holding `at`, looking back at most MAX_SCALAR characters. */
function lastNewlineWithin(code: string, at: number): number {
  const from = Math.max(0, at - MAX_SCALAR);
  const k = code.slice(from, at).lastIndexOf('\n');
  return k < 0 ? from : from + k + 1;
}

/** `value` (read from `i` to its line's end) with the lines that continue it, as FinderOptions.continued says. */
function continuedValue(code: string, i: number, value: string, how: 'semicolon' | 'backslash'): string {
  let at = i + value.length;
  if (how === 'semicolon') {
    if (code[at] !== '\n' && code[at] !== '\r') return value;
    SEMICOLON_CONTINUATION.lastIndex = at;
    const m = SEMICOLON_CONTINUATION.exec(code);
    return m ? value + m[0] : value;
  }
  for (let n = 0; n < 8 && /(?<!\\)\\\r?$/.test(value); n++) {
    BACKSLASH_CONTINUATION.lastIndex = at;
    const m = BACKSLASH_CONTINUATION.exec(code);
    if (!m) break;
    value += m[0];
    at += m[0].length;
  }
  return value;
}

/** The quote character left open between the start of the line and `at` (bounded look-back). */
function openQuoteBefore(code: string, at: number): string | undefined {
  const before = code.slice(Math.max(0, at - MAX_SCALAR), at);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  let open: string | undefined;
  for (let k = 0; k < line.length; k++) {
    const ch = line[k];
    if (ch === '\\') k++;
    else if (open) {
      if (ch === open) open = undefined;
    } else if (ch === '"' || ch === "'") open = ch;
  }
  return open;
}

export function settingTokens(s: Setting): Token[] {
  return tokenize(s.value, s.valueStart, s.form === 'block-list' ? /[\s,"'[\]-]+/g : undefined);
}

/** What an evaluator says about one setting. */
export interface Evaluation {
  readonly versions: VersionSet;
  readonly why?: string;
  readonly severity?: Severity;
  readonly fix?: Edit;
  /** Overrides the rule's `instead`. */
  readonly instead?: string;
}

export type Evaluator = (setting: Setting, context: RuleContext, file: SourceFile) => Evaluation | undefined;

/** Deletes the tokens that enable legacy versions from a list, keeping its separator style. */
function listFix(
  s: Setting,
  tokens: readonly Token[],
  keep: (t: Token) => boolean,
  floor: Version,
  spelling: VersionSpelling,
): Edit | undefined {
  if (tokens.length === 0 || s.form === 'block-list') return undefined;
  const kept = tokens.filter(keep);
  const firstGap = tokens.length > 1 ? s.value.slice(tokens[0].end - s.valueStart, tokens[1].start - s.valueStart) : ' ';
  const wrapped = (t: Token): string => s.value.slice(t.start - s.valueStart, t.end - s.valueStart);
  if (kept.length === 0) {
    const spelled = respell(tokens[0].text.replace(/^[+:]/, ''), floor);
    if (!spelled || !readVersion(spelled, spelling)) return undefined;
    return { start: tokens[0].start, end: tokens[tokens.length - 1].end, text: tokens[0].text.startsWith('+') ? `+${spelled}` : spelled };
  }
  return {
    start: tokens[0].start,
    end: tokens[tokens.length - 1].end,
    text: kept.map(wrapped).join(firstGap),
  };
}

/** The value is a protocol list: every listed version is enabled (`+`, `-`, `!`, `all`, `>=`). */
export function asList(opts: ListOptions = {}): Evaluator {
  return (s, ctx) => {
    const tokens = settingTokens(s);
    const result = evalList(tokens, opts);
    if (!result) return undefined;
    const plain = tokens.every((t) => /^[\w.:'"+]/.test(t.text) && !/^all$/i.test(t.text));
    const fix = plain
      ? listFix(
          s,
          tokens,
          (t) => {
            const v = readVersion(t.text.replace(/^\+/, ''), opts);
            return !v || below(setOf(v), ctx.floor) === 0;
          },
          ctx.floor,
          opts,
        )
      : undefined;
    return { versions: result.versions, fix };
  };
}

/** The value is a minimum version (the first token). `special` names values such as `None`. */
export function asMinimum(spelling: VersionSpelling & { special?: Readonly<Record<string, VersionSet>> } = {}): Evaluator {
  return (s, ctx) => {
    const token = settingTokens(s)[0];
    if (!token) return undefined;
    const special = spelling.special ? lookup(spelling.special, token.text) : undefined;
    if (special !== undefined) return { versions: special };
    const v = readVersion(token.text, spelling);
    if (!v) return undefined;
    const spelled = respell(token.text.replace(/^:/, ''), ctx.floor);
    const fix =
      spelled && readVersion(spelled, spelling) === ctx.floor
        ? { start: token.start + (token.text.startsWith(':') ? 1 : 0), end: token.end, text: spelled }
        : undefined;
    return { versions: atLeast(v), fix };
  };
}

/** The value is a maximum version: a cap below the floor leaves only legacy versions. */
export function asMaximum(spelling: VersionSpelling = {}): Evaluator {
  return (s) => {
    const token = settingTokens(s)[0];
    const v = token && readVersion(token.text, spelling);
    if (!v) return undefined;
    const spelled = respell(token.text.replace(/^:/, ''), 'TLSv1.3');
    const fix =
      spelled && readVersion(spelled, spelling) === 'TLSv1.3'
        ? { start: token.start + (token.text.startsWith(':') ? 1 : 0), end: token.end, text: spelled }
        : undefined;
    return { versions: atMost(v), why: `the maximum is ${v}`, fix };
  };
}

/** The value names a policy or enum member; `table` lists the known legacy-allowing names. */
export function asPolicy(table: Readonly<Record<string, VersionSet>>, safeName?: string): Evaluator {
  return (s) => {
    const versions = lookup(table, s.value);
    if (versions === undefined) return undefined;
    const fix = safeName && s.form !== 'block-list' ? { start: s.valueStart, end: s.valueEnd, text: safeName } : undefined;
    return { versions, fix };
  };
}

/** A setting as one short line for messages (one helper for the whole code base, in src/clip.ts). */
export { clip };

/**
 * Every setting of the given keys in a file: `key = value` in any syntax (findSettings) and
 * name/value pairs (`- name: smtpd_tls_protocols` / `value: [...]`, findPairs).
 */
export function* allSettings(file: SourceFile, keys: RegExp, opts?: FinderOptions): Generator<Setting> {
  yield* findSettings(file, keys, opts);
  yield* findPairs(file, keys, opts?.anchor);
}

/** The match for one evaluated setting: at its key, or where `at` says; a fallback is a warning at most. */
export function settingMatch(file: SourceFile, s: Setting, e: Evaluation, instead: string, severity?: Severity): Match {
  const start = s.at ?? s.keyStart;
  const judged = e.severity ?? severity;
  return {
    start,
    end: Math.max(s.end, start),
    versions: e.versions,
    // A value followed to where a name was given it ends before its key: the key's line says what is set.
    what: clip(
      s.end > s.keyStart ? file.text.slice(s.keyStart, s.end) : file.text.slice(s.keyStart, nextNewline(file.text, s.keyStart)).trim(),
    ),
    why: [s.via, e.why, s.fallback ? 'the default used when the input is unset' : undefined].filter(Boolean).join('; ') || undefined,
    instead,
    severity: s.fallback && (judged === undefined || judged === 'error') ? 'warning' : judged,
    fix: e.fix,
    ...(s.via !== undefined ? { usedAt: s.keyStart } : {}),
  };
}

export interface SettingRuleDef {
  readonly meta: RuleMeta;
  /** Whole key names, as a regular expression (`/ssl_protocols|proxy_ssl_protocols/`). */
  readonly keys: RegExp;
  readonly finder?: FinderOptions;
  readonly evaluate: Evaluator;
  /** What to write instead; may use the floor. */
  readonly instead: string | ((context: RuleContext, setting: Setting) => string);
  /** Extra test on the text around a setting (the section it is in, the call it is part of). */
  readonly where?: (setting: Setting, file: SourceFile) => boolean;
  /** Whether name/value pairs (`- name: KEY` / `value: …`) are read too; false for a rule that reads them its own way. */
  readonly pairs?: boolean;
  readonly severity?: Severity;
  readonly examples: { readonly valid: readonly Example[]; readonly invalid: readonly InvalidExample[] };
}

export function settingRule(def: SettingRuleDef): Rule {
  const judge = (s: Setting, context: RuleContext, file: SourceFile): Match | undefined => {
    if (def.where && !def.where(s, file)) return undefined;
    const e = def.evaluate(s, context, file);
    if (!e) return undefined;
    const instead = e.instead ?? (typeof def.instead === 'string' ? def.instead : def.instead(context, s));
    return settingMatch(file, s, e, instead, def.severity);
  };
  return {
    meta: def.meta,
    knows: def.keys,
    examples: def.examples,
    judge,
    *check(file, context) {
      const seen = new Set<number>();
      const settings = def.pairs === false ? findSettings(file, def.keys, def.finder) : allSettings(file, def.keys, def.finder);
      for (const s of settings) {
        if (seen.has(s.at ?? s.keyStart)) continue;
        const match = judge(s, context, file);
        if (!match) continue;
        seen.add(s.at ?? s.keyStart);
        yield match;
      }
    },
  };
}

export interface PatternRuleDef {
  readonly meta: RuleMeta;
  /** Run over the comment-free code; must not nest unbounded quantifiers. */
  readonly pattern: RegExp;
  readonly evaluate: (
    m: RegExpExecArray,
    context: RuleContext,
    file: SourceFile,
  ) => (Evaluation & { what?: string; start?: number; end?: number }) | undefined;
  readonly instead: string | ((context: RuleContext, m: RegExpExecArray) => string);
  readonly severity?: Severity;
  readonly examples: { readonly valid: readonly Example[]; readonly invalid: readonly InvalidExample[] };
}

export function patternRule(def: PatternRuleDef): Rule {
  const re = new RegExp(def.pattern.source, def.pattern.flags.includes('g') ? def.pattern.flags : `${def.pattern.flags}g`);
  return {
    meta: def.meta,
    examples: def.examples,
    *check(file, context) {
      const code = file.code;
      re.lastIndex = 0;
      for (let m = re.exec(code); m; m = re.exec(code)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const e = def.evaluate(m, context, file);
        if (!e) continue;
        const start = e.start ?? m.index;
        const end = e.end ?? m.index + m[0].length;
        yield {
          start,
          end,
          versions: e.versions,
          what: e.what ?? clip(file.text.slice(start, end)),
          why: e.why,
          instead: e.instead ?? (typeof def.instead === 'string' ? def.instead : def.instead(context, m)),
          severity: e.severity ?? def.severity,
          fix: e.fix,
        } satisfies Match;
      }
    },
  };
}
