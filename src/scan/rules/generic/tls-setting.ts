/**
 * The setting behind the named ones: a key whose words say TLS/SSL and version/protocol/minimum
 * (`nginx_default_tls_protocols`, `SSL_STREAM_VERSION_MIN`, `sslVersionRangeStream`,
 * `ssl_options.versions.1`, `minTLS`) in any key/value syntax, with a value that is a legacy
 * version or a list, bound or range holding one. The key is nobody's catalogue name, so the
 * finding is a warning, and it is made only where no named rule reported the line (a fallback).
 * A named rule's key that names its software, written in a file that rule does not read, is
 * judged in that rule's terms.
 * The value must be understood whole: a value with any word that is not a version is unknown.
 */
import { some } from '../../iter.js';
import { keyWordNameCalled, keyWordOffsets } from '../../word-offsets.js';
import { atLeast, atMost, below, range, setOf, type Version, type VersionSet } from '../../../versions.js';
import { allSettings, findSettings, quotedSetting, settingMatch, settingTokens, type Evaluation, type Setting } from '../../define.js';
import { evalList, readVersion } from '../../evaluate.js';
import type { Match, Rule, RuleContext, RuleMeta } from '../../rule.js';
import { onCommentedLine } from '../web-servers/index.js';
import { selects } from '../../engine.js';
import { valuesAssigned } from '../code/expressions.js';
import type { SourceFile } from '../../source.js';

/**
 * Key candidates: a bounded run of key characters around `ssl`/`tls` (the words are checked after).
 * They are looked for around the offsets keyWordOffsets gives, which are those of KEY_WORDS.
 */
const KEY_WORDS = /ssl|tls|protocols|versions/i;
const KEYS = new RegExp(`[\\w.-]{0,60}?(?:${KEY_WORDS.source})[\\w.-]{0,60}`, 'i');

/** `sslVersionRangeStream` → `ssl_version_range_stream`; `SSL_PROTO_TLSv1_1` → `ssl_proto_tlsv1_1`. */
function words(key: string): string {
  return key
    .replace(/(?:D?TLS|SSL)v(?=\d)/g, (m) => `_${m.toLowerCase()}`)
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_');
}

const TLS_WORD = /(?:^|_)(?:d?tls|ssl)(?:v?\d+)?(?=_|$)/;
const VERSION_WORD = /(?:^|_)(?:protocols?|versions?|protos?|min|minimum|max|maximum|range)(?=_|$)/;
const PLURAL_WORD = /(?:^|_)(?:protocols|versions)$/;
const OPTIONS_WORD = /(?:^|_)(?:options?|opts)(?=_|$)/;
const MIN_WORD = /(?:^|_)(?:min|minimum|lowest|floor)(?=_|$)/;
const MAX_WORD = /(?:^|_)(?:max|maximum|highest|ceiling)(?=_|$)/;
const DATAGRAM_WORD = /(?:^|_)(?:datagram|dtls)(?=_|$)/;
/** Keys about something else that happens to carry a version: a library, a cipher list, a certificate. */
const OTHER_WORD =
  /(?:^|_)(?:disabled?|excluded?|deny|denied|blocked|forbidden|insecure|legacy|deprecated|weak|unsupported|ciphers?|suites?|curves?|certs?|certificates?|keys?|library|lib|package|image|chart|api|help|description|doc|docs|label|title|text|msg|message|error|supported_by|check|test|tests|expect|expected)(?=_|$)/;

/**
 * A key that names a version: `tls.VersionTLS10`, `TLS_1_0`, and the members of generated enums
 * that spell it in words (`MinimumTLSVersionOnePointZero`, `SslProtocolTLSvOneOne` in SDKs
 * generated from API specs). Such a key is an entry of a table of versions, not a setting.
 */
const VERSIONED_KEY =
  /(?:^|_)(?:d?tls|ssl)v?\d|(?:^|_)(?:one|two|three)_(?:point_|dot_)?(?:zero|one|two|three)(?=_|$)|(?:^|_)v?1_[0-3](?=_|$)/;

const EVERY = range('SSLv3', 'TLSv1.3');
const BARE_NUMBER = /^v?1\.[0-3]$/;

function version(token: string, numbers: boolean): Version | undefined {
  if (BARE_NUMBER.test(token)) return numbers ? readVersion(token, { bareNumbers: true }) : undefined;
  return readVersion(token);
}

interface Judged {
  readonly versions: VersionSet;
  readonly why?: string;
}

/** HAProxy-style option words (`no-sslv3 no-tls-tickets`) under a key that says SSL options. */
function haproxyOptions(value: string, floor: Version): Judged | undefined {
  const list = value.trim().split(/[\s,]+/);
  if (list.length === 0 || !list.some((w) => /^(?:no|force)-(?:ssl|tls)v\d+$/i.test(w))) return undefined;
  let disabled = 0;
  let forced = 0;
  let min: Version | undefined;
  for (let i = 0; i < list.length; i++) {
    const w = list[i].toLowerCase();
    const op = /^(no|force)-((?:ssl|tls)v\d+)$/.exec(w);
    if (op) {
      const v = readVersion(op[2]);
      if (!v) return undefined;
      if (op[1] === 'no') disabled |= setOf(v);
      else forced |= setOf(v);
    } else if (w === 'ssl-min-ver' && list[i + 1]) {
      min = readVersion(list[++i]);
      if (!min) return undefined;
    } else if (w === 'ssl-max-ver' && list[i + 1]) i++;
    else if (!/^(?:no-tls-tickets|prefer-client-ciphers|strict-sni|no-ca-names|allow-0rtt|no-renegotiation)$/.test(w)) return undefined;
  }
  if (forced) return { versions: forced };
  const versions = range(min ?? 'TLSv1.0') & ~disabled;
  if (below(versions, floor) === 0) return undefined;
  return min ? { versions } : { versions, why: 'options that only disable versions keep the rest; HAProxy before 2.2 starts from TLSv1.0' };
}

/** A list of explicitly spelled versions (`TLSv1.1`, `tlsv1.2`, `!SSLv3`), nothing else. */
function spelledList(s: Setting): Judged | undefined {
  if (/[{}=:]/.test(s.value)) return undefined;
  const tokens = settingTokens(s);
  if (tokens.length === 0 || !tokens.every((t) => readVersion(t.text.replace(/^[!+-]/, '')))) return undefined;
  const list = evalList(tokens, { all: EVERY, base: EVERY });
  return list && { versions: list.versions };
}

/** What a value says, read strictly: every word must be a version, an operator on one, or `all`. */
function judgeValue(s: Setting, ctx: RuleContext): Judged | undefined {
  const k = words(s.key);
  // A key that is itself a version (`tls.VersionTLS10: "TLSv1"`, `"TLSv1.1": …`) is an entry of a
  // table from versions to names: a capability, not a setting.
  if (OTHER_WORD.test(k) || VERSIONED_KEY.test(k)) return undefined;
  // A constant named after its value (`SSL_PROTO_ALL = "all"`, `PROTOCOL_TLSV1_1 = "TLSv1.1"`) names
  // a token of some syntax; it sets nothing.
  const named = words(s.value.trim());
  if (named && /^[a-z0-9_]+$/.test(named) && (k === named || k.endsWith(`_${named}`))) return undefined;
  // `supported_protocols: [TLSv1.1, TLSv1.2]`, `name: versions` / `value: [tlsv1.2, tlsv1.1]`: without
  // a TLS word in the key, only a list whose every word is spelled as a TLS/SSL version counts.
  if (!TLS_WORD.test(k)) return PLURAL_WORD.test(k) && !MIN_WORD.test(k) && !MAX_WORD.test(k) ? spelledList(s) : undefined;
  if (!VERSION_WORD.test(k)) {
    // Options strings (`SSLOptions: "no-sslv3 no-tls-tickets"`) are read in HAProxy's words only.
    return OPTIONS_WORD.test(k) ? haproxyOptions(s.value, ctx.floor) : undefined;
  }
  const min = MIN_WORD.test(k);
  const max = MAX_WORD.test(k);
  const numbers = min || max;
  const value = s.value.trim();
  // `tls1_0:tls1_2` (NSS/JSS ranges): from the first to the second.
  const span = /^([\w.]{2,20})[ \t]*:[ \t]*([\w.]{2,20})$/.exec(value);
  if (span) {
    const lo = version(span[1], numbers);
    const hi = version(span[2], numbers);
    return lo && hi ? { versions: range(lo, hi) } : undefined;
  }
  if (/[{}=]|:\s/.test(value)) return undefined;
  const tokens = settingTokens(s);
  if (tokens.length === 0) return undefined;
  for (const t of tokens) {
    const bare = t.text.replace(/^(?:[!+-]|[<>]=?)/, '');
    if (!/^all$/i.test(bare) && !version(bare, numbers)) return undefined;
  }
  if (min || max) {
    if (tokens.length !== 1) return undefined;
    const v = version(tokens[0].text, numbers);
    if (!v) return undefined;
    if (min) return { versions: atLeast(v) };
    return below(setOf(v), ctx.floor) === 0 ? undefined : { versions: atMost(v), why: `the maximum is ${v}` };
  }
  const list = evalList(
    tokens.map((t) => (BARE_NUMBER.test(t.text) ? { ...t, text: `TLSv${t.text.replace(/^v/, '')}` } : t)),
    { all: EVERY, base: EVERY },
  );
  if (!list) return undefined;
  const exclusions = tokens.every((t) => /^[!-]|^all$/i.test(t.text));
  return { versions: list.versions, why: exclusions ? 'a list that only excludes versions keeps the others' : undefined };
}

const DATAGRAM_WHY =
  'a datagram (DTLS) setting: DTLS 1.0 is the datagram form of TLS 1.1 (NSS spells it `TLS_1_1`), so it is reported as TLSv1.1';

/** The identifier before a Go constant's type on its line (`Member Type = …`), when it names a version. */
function typedConstantMember(code: string, keyStart: number): boolean {
  const before = code.slice(Math.max(0, keyStart - 120), keyStart);
  const m = /(?:^|\n)[ \t]*(?:const[ \t]+)?([A-Za-z_]\w*)[ \t]+$/.exec(before);
  return m !== null && VERSIONED_KEY.test(words(m[1]));
}

function evaluate(s: Setting, ctx: RuleContext, file: SourceFile): Evaluation | undefined {
  // In source code only quoted values are data; a bare word there is an identifier.
  if (CODE_KINDS.has(file.kind) && s.form === 'bare') return undefined;
  // Go's typed constant `MinimumTLSVersionOnePointZero MinimumTLSVersion = "1.0"`: the key read is
  // the type; the member before it is what the value is called, and the line defines an enum.
  if (file.kind === 'go' && typedConstantMember(file.code, s.keyStart)) return undefined;
  const judged = judgeValue(s, ctx);
  if (!judged) return undefined;
  const why = DATAGRAM_WORD.test(words(s.key)) ? [judged.why, DATAGRAM_WHY].filter(Boolean).join('; ') : judged.why;
  return { versions: judged.versions, why, severity: 'warning' };
}

const CODE_KINDS = new Set([
  'go',
  'python',
  'js',
  'ts',
  'java',
  'kotlin',
  'scala',
  'groovy',
  'csharp',
  'ruby',
  'php',
  'perl',
  'rust',
  'c',
  'cpp',
  'swift',
  'dart',
  'lua',
]);

/** `cfg['ssl_protocols'] = "TLSv1 TLSv1.1"` (also continued on the next line with `\`): a subscript assignment. */
const SUBSCRIPT = /\[[ \t]*(["'])([\w.-]{1,120})\1[ \t]*\][ \t]*=[ \t]*(?:\\\r?\n[ \t]*)?(["'])([^"'\n]{1,300})\3/g;

/**
 * `cfg['KEY'] = "value"` for keys that hold a key word: tried only where a key word sits inside
 * quotes right after a `[` (the key is a run of word characters around the word), so the file is
 * not searched for every `[`.
 */
function* subscripts(file: SourceFile): Generator<Setting> {
  const code = file.code;
  const sticky = new RegExp(SUBSCRIPT.source, 'y');
  let next = 0;
  for (const w of keyWordOffsets(code)) {
    if (w < next) continue;
    let start = w;
    while (start > 0 && w - start < 120 && /[\w.-]/.test(code[start - 1])) start--;
    const quote = code[start - 1];
    if (quote !== '"' && quote !== "'") continue;
    let open = start - 2;
    while (open >= 0 && (code[open] === ' ' || code[open] === '\t')) open--;
    if (code[open] !== '[') continue;
    sticky.lastIndex = open;
    const m = sticky.exec(code);
    if (!m) continue;
    next = sticky.lastIndex;
    const valueStart = m.index + m[0].length - 1 - m[4].length;
    yield quotedSetting(m[2], m.index + 2, m[4], valueStart, { at: valueStart - 1 });
  }
}

function instead(ctx: RuleContext, s: Setting): string {
  const k = words(s.key);
  const floor = ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2';
  if (MIN_WORD.test(k)) return `a minimum of \`${floor}\` (in the setting's own spelling)`;
  return `${ctx.floor === 'TLSv1.3' ? '`TLSv1.3`' : '`TLSv1.2` and `TLSv1.3`'} only (in the setting's own spelling)`;
}

/**
 * The generic rule, given the named rules: a key that one of them reads in this file is theirs to
 * judge (they know its context: a section, a resource type, an override), so it is left to them.
 * A key a named rule knows that names its software, written in a file that rule does not read
 * (`'smtpd_tls_protocols' => '!SSLv2,!SSLv3'` in a Ruby hash that renders main.cf), is judged by
 * that rule's reading of the value — its semantics and its severity, an error unless it says
 * otherwise — and reported here, naming the rule whose key it is.
 */
export function genericTlsSetting(named: readonly Rule[]): Rule {
  const known = named
    .filter((r) => r.knows)
    .map((r) => ({ rule: r, key: new RegExp(`^(?:${r.knows!.source})$`, r.knows!.flags.replace(/[gy]/g, '')) }));
  /**
   * The rules that know a key: `reads` when one of them reads this file (then only it can have
   * judged the key); otherwise those that may judge it here, when the key names its software.
   */
  const ownersOf = (key: string, file: SourceFile | undefined): 'reads' | readonly Rule[] => {
    const owners = known.filter((k) => k.key.test(key));
    if (file && owners.some((k) => selects(k.rule.meta.files, file))) return 'reads';
    return namesItsSoftware(key) ? owners.map((k) => k.rule) : [];
  };
  return {
    meta: META,
    examples: EXAMPLES,
    *check(file, ctx) {
      const seen = new Set<number>();
      // A file repeats its keys: each is looked up once.
      const ownersHere = new Map<string, 'reads' | readonly Rule[]>();
      const owners = (key: string): 'reads' | readonly Rule[] => {
        let hit = ownersHere.get(key);
        if (hit === undefined) ownersHere.set(key, (hit = ownersOf(key, file)));
        return hit;
      };
      const settings = function* (of: SourceFile): Generator<Setting> {
        yield* withNamesFollowed(of, allSettings(of, KEYS, { spaceSeparated: false, anchor: keyWordOffsets }));
        yield* subscripts(of);
        yield* getters(of);
        yield* withNamesFollowed(of, getterKeyWrites(of));
        if (SIGIL_ASSIGNMENTS.test(file.path) || SIGIL_KINDS.has(file.kind))
          yield* findSettings(sigilsAsSpace(of), KEYS, { spaceSeparated: false, anchor: keyWordOffsets });
      };
      // A first look at the raw text spares most files the masking of their comments: a setting
      // the code holds is there too, unless a comment sits inside its value.
      const raw = file.unmasked;
      const worthMasking = (s: Setting): boolean => {
        if (COMMENT_MARK.test(s.value)) return true;
        const e = evaluate(s, ctx, raw);
        return e !== undefined && below(e.versions, ctx.floor) !== 0;
      };
      if (!some(settings(raw), worthMasking)) return;
      const profiles = PROFILE_SIBLINGS.test(file.text);
      for (const s of settings(file)) {
        const at = s.at ?? s.keyStart;
        if (seen.has(at) || onCommentedLine(file, s.keyStart) || onCommentedLine(file, at)) continue;
        if (profiles && inLegacyProfile(file.code, s.keyStart)) continue;
        if (TERNARY_BRANCH.test(file.code.slice(Math.max(0, s.keyStart - 200), s.keyStart))) continue;
        const e = evaluate(s, ctx, file);
        if (!e) continue;
        // `$smtpd_tls_protocols = …` (a Puppet or PHP variable): no named rule reads a key after a sigil.
        const by = SIGIL.test(file.code[s.keyStart - 1] ?? '') ? ownersOf(s.key, undefined) : owners(s.key);
        if (by === 'reads') continue;
        seen.add(at);
        yield judgedByOwner(by, s, ctx, file) ?? (settingMatch(file, s, e, instead(ctx, s)) satisfies Match);
      }
    },
  };
}

/** Words any product's TLS setting may be made of: a key of only these says nothing about whose it is. */
const COMMON_KEY_WORD =
  /^(?:(?:d?tls|ssl)(?:v?\d+)?|protocols?|protos?|versions?|min(?:imum)?|max(?:imum)?|range|enabled|supported|allowed|server|client|default|config|settings|options?|opts|set|(?:min|max)version|(?:enabled|supported)?(?:tls|ssl)?protocols|(?:tls|ssl)versions|\d+)$/;

/**
 * Whether a key names the software it configures (`smtpd_tls_protocols`, `KONG_SSL_PROTOCOLS`,
 * `jdk.tls.client.protocols`): a word beyond the common ones. `tls_min_version`, `tlsVersions` and
 * `protocols` are every product's; written outside a named rule's files they may be anyone's.
 */
function namesItsSoftware(key: string): boolean {
  return words(key)
    .split('_')
    .some((w) => w !== '' && !COMMON_KEY_WORD.test(w));
}

/**
 * The first owner's judgement of a setting written in a file it does not read, said to be its key.
 * Not fixed here: the named rule's fix is written for its own syntax.
 */
function judgedByOwner(owners: readonly Rule[], s: Setting, ctx: RuleContext, file: SourceFile): Match | undefined {
  for (const owner of owners) {
    const m = owner.judge?.(s, ctx, file);
    if (!m) continue;
    const whose = `\`${s.key}\` is a setting ${owner.meta.id} knows, written from this file: read as that rule reads it`;
    return { ...m, why: m.why ? `${whose}; ${m.why}` : whose, fix: undefined };
  }
  return undefined;
}

/** Languages whose plain names are variables a setting can be written with (Erlang's start upper-case). */
const NAME_KINDS: ReadonlySet<string> = new Set([...CODE_KINDS, 'erlang', 'elixir']);

/**
 * The settings, and for each written with a plain name in code (`versions => VersionsAll`,
 * `MinVersion: min`), the values that name was given earlier in the same function, each as the
 * setting's value, reported where it is written (`VersionsAll = [tlsv1, 'tlsv1.1']`).
 */
function* withNamesFollowed(file: SourceFile, settings: Iterable<Setting>): Generator<Setting> {
  const follow = NAME_KINDS.has(file.kind);
  for (const s of settings) {
    yield s;
    if (!follow || s.form !== 'bare') continue;
    const name = /^[A-Za-z_$][\w$]*(?=[\s,]*$)/.exec(s.value.trim())?.[0];
    if (!name) continue;
    for (const span of valuesAssigned(file.code, name, s.valueStart)) {
      const v = writtenValue(file.code, span.start, span.end);
      if (v) yield { key: s.key, keyStart: s.keyStart, ...v, at: span.start, via: `through \`${name}\`, assigned earlier in the function` };
    }
  }
}

/** A list or a string written in place (`[tlsv1, 'tlsv1.1']`, `[]string{"TLSv1"}`, `new String[]{…}`, `"TLSv1"`). */
const LIST_OPENER = /^(?:new\s*[\w$.]*\s*\[\s*\]\s*|\[\]\s*[\w$.]+\s*|(?:Arrays\.asList|List\.of|Set\.of|listOf|arrayOf|setOf)\s*)?([[{(])/;

function writtenValue(
  code: string,
  start: number,
  end: number,
): Pick<Setting, 'value' | 'valueStart' | 'valueEnd' | 'form' | 'end'> | undefined {
  const text = code.slice(start, end).replace(/[\s,]+$/, '');
  const quoted = /^(["'`])([^"'`\n]{1,300})\1$/.exec(text);
  if (quoted)
    return { value: quoted[2], valueStart: start + 1, valueEnd: start + 1 + quoted[2].length, form: 'quoted', end: start + text.length };
  const list = LIST_OPENER.exec(text);
  const close = list && { '[': ']', '{': '}', '(': ')' }[list[1]];
  if (!list || !close || !text.endsWith(close)) return undefined;
  const inner = text.slice(list[0].length, -1);
  if (/[[{(]/.test(inner)) return undefined;
  return { value: inner, valueStart: start + list[0].length, valueEnd: start + text.length - 1, form: 'list', end: start + text.length };
}

/**
 * A function or method named after a TLS version setting whose body only returns a literal
 * (`func (*pki) TLSMinVersion() string { return "TLS11" }`, `def ssl_version(self): return "TLSv1"`,
 * Kotlin `fun tlsMinVersion() = "TLSv1"`): it supplies that setting to whoever asks, reported at
 * the literal.
 */
const GETTER =
  /(?:\bfunc[ \t]+(?:\([^()\n]{0,60}\)[ \t]*)?|\b(?:def|fun|function)[ \t]+|\b(?:String|string|str)[ \t]+|\bget[ \t]+)([A-Za-z_]\w{2,80})[ \t]*\([^()\n]{0,80}\)[^{};=\n]{0,60}?(?:\{\s{0,200}return[ \t]+|:[ \t]*\r?\n[ \t]{1,40}return[ \t]+|=[ \t]*)(["'`])([^"'`\n]{1,40})\2[ \t]*;?(?=\s{0,200}(?:\}|\r?\n|$))/g;
/** Getter names that read, name or test a version rather than supply one. */
const NOT_A_GETTER = /(?:^|_)(?:to|from|name|names|str|string|label|is|has|supports?|supported|parse|format|describe|default_for)(?=_|$)/;

function* getters(file: SourceFile): Generator<Setting> {
  if (!CODE_KINDS.has(file.kind)) return;
  const code = file.code;
  // Every getter the rule reads is named with a key word (a first, cheap look).
  if (!keyWordNameCalled(code)) return;
  const re = new RegExp(GETTER.source, 'g');
  for (let m = re.exec(code); m; m = re.exec(code)) {
    if (NOT_A_GETTER.test(words(m[1]))) continue;
    const valueStart = m.index + m[0].lastIndexOf(`${m[2]}${m[3]}${m[2]}`) + 1;
    yield quotedSetting(m[1], m.index + m[0].indexOf(m[1]), m[3], valueStart, { at: valueStart - 1, via: `returned by \`${m[1]}()\`` });
  }
}

/** A getter called for a key, then the value: `x509Util.getSslProtocolProperty(), ` (read backwards from the `()`). */
const GETTER_KEY = /(?<![\w$])(get[A-Z_][\w$]{2,80})[ \t]*$/;
/** Before it, the call that writes a key and its value (`System.setProperty(`, `props.put(`), through a qualifier. */
const KEY_WRITER = /(?<![\w$])(?:put|set)(?:[A-Z_][\w$]{0,30})?[ \t]*\([ \t]*(?:[A-Za-z_$][\w$]*[ \t]*\.[ \t]*){0,4}$/;
/** The value: a string literal or a plain name, ending the call. */
const WRITTEN_VALUE = /^[ \t]*(?:(["'])([^"'\n]{1,300})\1|([A-Za-z_$][\w$]*))[ \t]*\)/;

/**
 * `System.setProperty(x509Util.getSslProtocolProperty(), protocol)`: a getter named for a TLS
 * setting, called for the key of a call that writes a key and its value, stands for that key. Found
 * from each `()` followed by a comma (a native search), so files without one cost nothing more.
 */
function* getterKeyWrites(file: SourceFile): Generator<Setting> {
  if (!CODE_KINDS.has(file.kind)) return;
  const code = file.code;
  for (let at = code.indexOf('()'); at >= 0; at = code.indexOf('()', at + 2)) {
    let comma = at + 2;
    while (code[comma] === ' ' || code[comma] === '\t') comma++;
    if (code[comma] !== ',') continue;
    const before = code.slice(Math.max(0, at - 200), at);
    const getter = GETTER_KEY.exec(before);
    if (!getter || !KEY_WORDS.test(getter[1])) continue;
    if (!KEY_WRITER.test(before.slice(0, getter.index))) continue;
    const v = WRITTEN_VALUE.exec(code.slice(comma + 1, comma + 320));
    if (!v) continue;
    const value = v[2] ?? v[3];
    const valueStart = comma + 1 + v[0].indexOf(v[1] ? `${v[1]}${value}` : value) + (v[1] ? 1 : 0);
    yield {
      key: getter[1].replace(/^get_?/, ''),
      keyStart: at - before.length + getter.index,
      value,
      valueStart,
      valueEnd: valueStart + value.length,
      form: v[1] ? 'quoted' : 'bare',
      end: valueStart + value.length + (v[1] ? 1 : 0),
    };
  }
}

/**
 * Languages whose variables carry a `$` and are assigned with `=` (`$ssl_protocol = ['all', '-SSLv3']`
 * in a Puppet class's defaults, `$tls_versions = …` in PHP, Perl, PowerShell). The key pattern
 * never starts after a `$` (in shell and templates `$name` is a use), so these files are also read
 * with their sigils blanked.
 */
const SIGIL_KINDS: ReadonlySet<string> = new Set(['php', 'perl', 'powershell']);
const SIGIL_ASSIGNMENTS = /\.pp$/i;

const SIGIL = /^[$@]$/;

/** The file with each variable's `$` (or `@`) blanked: one character for one, so offsets hold. */
function sigilsAsSpace(file: SourceFile): SourceFile {
  return file.withCode(file.code.replace(/[$@](?=[A-Za-z_])/g, ' '));
}

/**
 * Mozilla's server-side TLS profiles (`modern`, `intermediate`, `old`) kept as a table: the `old`
 * entry lists TLS 1.0 for whoever chooses it (Kong's `ssl_cipher_suite = old`). A table of profiles
 * is a capability; which one is used is the setting. Recognised when the file names a sibling
 * profile and the setting sits in an entry named `old` or `legacy` that is still open.
 */
const PROFILE_SIBLINGS = /\b(?:modern|intermediate)\b/;
const LEGACY_PROFILE = /["']?\b(?:old|legacy)["']?[ \t]*(?:=>|=|:)[ \t]*[{[(]/g;

function inLegacyProfile(code: string, offset: number): boolean {
  const window = code.slice(Math.max(0, offset - 600), offset);
  let open = -1;
  for (let m = LEGACY_PROFILE.exec(window); m; m = LEGACY_PROFILE.exec(window)) open = m.index + m[0].length;
  LEGACY_PROFILE.lastIndex = 0;
  return open >= 0 && !/[}\])]/.test(window.slice(open));
}

/**
 * A name that follows a conditional's `?` (`legacy ? PROTOCOL_TLS : 'TLSv1'`) is its first branch:
 * the `:` after it separates the branches, not a key from its value. (`?.` and `??` are not conditionals.)
 */
const TERNARY_BRANCH = /(?:^|[^?.])\?[ \t]+$/;

/** Where a comment may start inside a value read from raw text (masked, the value reads otherwise). */
const COMMENT_MARK = /\/\*|\/\/|#|<!--|\{#/;

export const GENERIC_ID = 'generic/tls-version-setting';

const META: RuleMeta = {
  id: GENERIC_ID,
  title: 'A TLS version setting no catalogue names allows legacy TLS',
  description:
    'Any key whose words say TLS or SSL and version, protocol, minimum or range (`nginx_default_tls_protocols`, `SSL_STREAM_VERSION_MIN`, `sslVersionRangeStream`, `rabbitmq_server__ssl_versions`, `minTLS`), in any key/value syntax (YAML, JSON, INI, properties, TOML, env, HCL, XML, struct literals, `("key", "value")` calls and `put(KEY_CONSTANT, "value")` writes, `cfg["key"] = …`, name/value pairs), whose value is a legacy version or a list, bound or range that holds one. Warnings: the key is unknown to the named rules, which report the settings they know as errors. A named rule\'s key that names its software (`smtpd_tls_protocols`, `KONG_SSL_PROTOCOLS`), written in a file that rule does not read (a Ruby hash that renders main.cf), is judged by that rule: its reading of the value and its severity, an error unless it says otherwise.',
  ecosystem: 'Any language',
  catalogue: ['K5'],
  docs: ['https://www.rfc-editor.org/rfc/rfc8996'],
  files: {
    kinds: [
      'yaml',
      'json',
      'toml',
      'ini',
      'conf',
      'properties',
      'env',
      'hcl',
      'xml',
      'makefile',
      'dockerfile',
      'shell',
      'other',
      'erlang',
      'elixir',
      ...CODE_KINDS,
    ] as never,
  },
  keywords: /ssl|tls/,
  fixable: false,
  safe: 'tls_min_version = "TLSv1.2"',
  limits:
    "Values must be understood whole: a value with any word that is not a version (a variable, a template, prose) is unknown and not reported. Maps from names to versions (capability tables) are not settings. A key that a named rule reports on the same line is left to it. A named rule's key made only of common words (`tls_min_version`, `tlsVersions`) stays a warning outside that rule's files, and one it judges only in its own context (an nginx directive written as a directive) stays a warning elsewhere.",
  fallback: true,
};

const EXAMPLES: Rule['examples'] = {
  valid: [
    { file: 'defaults/main.yml', code: 'app_tls_protocols: [ "TLSv1.2", "TLSv1.3" ]\n' },
    {
      file: 'src/main/java/org/acme/Tls.java',
      code: 'class Tls {\n  void init() {\n    System.setProperty(x509Util.getSslProtocolProperty(), "TLSv1.2");\n    assertEquals(x509Util.getSslProtocolProperty(), "TLSv1");\n  }\n}\n',
      note: 'a modern value written through the getter, and a comparison (not a write) with an old one',
    },
    {
      file: 'lib/mail_config.rb',
      code: "MAINCF = { 'smtpd_tls_protocols' => '>=TLSv1.2', 'smtp_tls_protocols' => '!SSLv2, !SSLv3, !TLSv1, !TLSv1.1' }\n",
      note: 'Postfix parameters read as Postfix reads them: a bound and a complete exclusion list',
    },
    { file: 'config.json', code: '{ "sslProtocols": "{{ protocols }}" }\n', note: 'a template is unknown' },
    {
      file: 'defaults/main.yml',
      code: 'app_ssl_ciphers: "TLSv1.2:!aNULL"\nopenssl_version: "1.1"\n',
      note: 'a cipher list and a library version are not protocol settings',
    },
    { file: 'settings.yml', code: 'ssl_protocols_help: "Use TLSv1.2, not TLSv1"\n', note: 'prose is not a value' },
    {
      file: 'settings.yml',
      code: 'app_tls_protocols: "TLSv1 when legacy_clients, else TLSv1.2"\n',
      note: 'a value with any word that is not a version is unknown',
    },
    { file: 'lb.yml', code: 'lb_disabled_tls_protocols: [ "TLSv1", "TLSv1.1" ]\n', note: 'a key that disables what it lists' },
    {
      file: 'src/versions.py',
      code: 'TLS_VERSIONS = {"TLSv1": 0x0301, "TLSv1.1": 0x0302}\n',
      note: 'a capability table maps names to versions; it enables nothing',
    },
    { file: 'app.properties', code: 'tls.version.min=1.2\n' },
    { file: 'app.properties', code: 'tls.version.max=1.1\n', floor: 'TLSv1.0', note: 'a cap at the floor' },
    {
      file: 'pkg/controller/config.go',
      code: 'var defaults = Config{\n\tSSLOptions: "no-sslv3 no-tlsv10 no-tlsv11 no-tls-tickets",\n}\n',
      note: 'HAProxy options that disable every legacy version',
    },
    { file: 'pkg/controller/config.go', code: 'var c = Config{SSLOptions: "ssl-min-ver TLSv1.2 no-tls-tickets"}\n' },
    {
      file: 'roles/x/defaults/main.yml',
      code: 'protocols: [ "http", "https" ]\nversions: [ "1.0", "1.1" ]\n',
      note: 'no TLS word, no TLS spelling',
    },
    { file: 'src/client.go', code: 'cfg := Config{TLSVersion: minVersion}\n', note: 'an identifier in code is unknown' },
    {
      file: 'src/client.go',
      code: 'func a() {\n\tv := "TLS10"\n\tuse(v)\n}\n\nfunc b() Config {\n\treturn Config{TLSMinVersion: v}\n}\n',
      note: 'a name given its value in another function',
    },
    {
      file: 'test/listener_tests.erl',
      code: "old_versions() ->\n    Legacy = [tlsv1, 'tlsv1.1'],\n    Legacy.\n\nlistener_test() ->\n    start(#{versions => Legacy}).\n",
      note: 'an Erlang variable of another function (clause heads start functions)',
    },
    {
      file: 'src/server/options.js',
      code: "function options() {\n  let allowed = ['TLSv1.2', 'TLSv1.3'];\n  return { tlsVersions: allowed };\n}\n",
      note: 'a name given a modern list',
    },
    {
      file: 'pkg/tls/version.go',
      code: 'func (v Version) TLSVersionName() string {\n\treturn "TLSv1"\n}\n\nfunc (c *Conf) SSLProtocols() string {\n\tif c.legacy {\n\t\treturn "TLSv1"\n\t}\n\treturn "TLSv1.2"\n}\n',
      note: 'a method that names a version, and one whose body chooses: not a getter that only returns a literal',
    },
    {
      file: 'src/test/java/org/acme/BrokerPropsTest.java',
      code: 'assertEquals(LISTENER_TLS_PROTOCOLS, "TLSv1.1");\nlog(TLS_PROTOCOLS, "TLSv1");\n',
      note: 'a constant before a value in a call that does not write a setting compares or prints',
    },
    {
      file: 'values.yaml',
      code: 'extraArgs:\n  - name: app-tls-protocols\n    value: "{{ .Values.protocols }}"\n  - name: other\n    value: "TLSv1"\n',
      note: "a templated pair value is unknown; the next item's value is not this one's",
    },
    { file: 'config.yml', code: 'tls_protocols:\n  description: "TLSv1 is legacy"\n', note: 'no value field' },
    {
      file: 'etc/app/settings',
      code: '; SSL_STREAM_VERSION_MIN=TLS_1_0\n# SSL_STREAM_VERSION_MIN=TLS_1_1\nSSL_STREAM_VERSION_MIN=TLS_1_2\n',
      note: 'commented-out lines in a file kind without a known comment syntax',
    },
    {
      file: 'fastcgi/fastcgi.go',
      code: 'var tlsProtocolStrings = map[uint16]string{\n\ttls.VersionTLS10: "TLSv1",\n\ttls.VersionTLS11: "TLSv1.1",\n\ttls.VersionTLS12: "TLSv1.2",\n}\n',
      note: 'a table from versions to names is a capability, not a setting',
    },
    {
      file: 'roles/web/templates/site.conf.j2',
      code: 'ssl_protocols $ssl_protocols;\nset $ssl_protocol = "TLSv1";\n',
      note: 'outside those languages a `$name` is a use (an nginx variable), not an assignment',
    },
    {
      file: 'kong/conf_loader/constants.lua',
      code: 'local CIPHER_SUITES = {\n  modern = {\n    protocols = "TLSv1.3",\n  },\n  intermediate = {\n    protocols = "TLSv1.2 TLSv1.3",\n  },\n  old = {\n    protocols = "TLSv1 TLSv1.1 TLSv1.2 TLSv1.3",\n    ciphers = "ECDHE-RSA-AES128-SHA",\n  },\n}\n',
      note: "Mozilla's profiles as a table: `old` is there for whoever picks it, which is the setting",
    },
    {
      file: 'java/org/apache/tomcat/util/net/Constants.java',
      code: 'public static final String SSL_PROTO_ALL = "all";\npublic static final String SSL_PROTO_TLSv1_1 = "TLSv1.1";\npublic static final String SSL_PROTO_SSLv3 = "SSLv3";\npublic static final String SSL_PROTOCOL_TLSv1_1 = "tls1_1";\n',
      note: 'constants named after their values (or after the version they spell in another syntax) name tokens; they set nothing',
    },
    {
      file: 'vendor/github.com/hashicorp/go-azure-sdk/frontdoors/constants.go',
      code: 'const (\n\tMinimumTLSVersionOnePointTwo  MinimumTLSVersion = "1.2"\n\tMinimumTLSVersionOnePointZero MinimumTLSVersion = "1.0"\n\tMinimalTlsVersionEnumTLSOneZero MinimalTlsVersionEnum = "TLS1_0"\n)\n',
      note: 'the members of an enum generated from an API spec name their versions: a table, not a setting',
    },
    {
      file: 'src/conn.js',
      code: "const method = legacy ? PROTOCOL_TLS : 'TLSv1';\nconst v = opts?.tls_version ?? 'TLSv1.2';\n",
      note: "a conditional's branches: the `:` after `PROTOCOL_TLS` separates them, it does not give a key its value",
    },
  ],
  invalid: [
    {
      file: 'src/main/java/org/acme/Tls.java',
      code: 'class Tls {\n  void init() {\n    String protocol = "TLSv1.1";\n    System.setProperty(x509Util.getSslProtocolProperty(), protocol);\n  }\n}\n',
      findings: ['3:23 TLSv1.1'],
      severity: 'warning',
      note: 'a getter named for the TLS protocol setting as the key of a property write, its value through a name assigned just before: reported at the value',
    },
    {
      file: 'libraries/helpers.rb',
      code: "def maincf_defaults\n  {\n    'smtpd_tls_protocols' => '!SSLv2,!SSLv3',\n    'smtpd_tls_mandatory_protocols' => '!SSLv2,!SSLv3,!TLSv1,!TLSv1.1',\n  }\nend\n",
      findings: ['3:5 TLSv1.0 TLSv1.1'],
      note: 'a Postfix parameter in a Ruby hash that renders main.cf: judged by the Postfix rule (an exclusion list keeps TLS 1.0 and 1.1), an error as in main.cf; the complete exclusion list below it is fine',
    },
    {
      file: 'manifests/params.pp',
      code: "class postfix::params {\n  $smtpd_tls_protocols = '!SSLv2,!SSLv3'\n}\n",
      findings: ['2:4 TLSv1.0 TLSv1.1'],
      note: 'a Puppet class default: the Postfix rule reads the file but no key after a `$`, so the generic rule finds it and the Postfix rule judges it (an error)',
    },
    {
      file: 'manifests/nginx.pp',
      code: "class web::params {\n  $ssl_protocols = 'TLSv1 TLSv1.1 TLSv1.2'\n}\n",
      findings: ['2:4 TLSv1.0 TLSv1.1'],
      severity: 'warning',
      note: "nginx's `ssl_protocols` after a `$`: every product's name, and not written as a directive — the generic warning",
    },
    {
      file: 'lib/mail_config.py',
      code: "POSTFIX = {\n    'smtp_tls_protocols': '!SSLv2, !SSLv3',\n}\n",
      findings: ['2:5 TLSv1.0 TLSv1.1'],
      severity: 'warning',
      note: "the named rule's judgement, not a blanket error: outbound opportunistic TLS with no security level set is a trade-off (Postfix's warning)",
    },
    {
      file: 'src/telegraf/config.go',
      code: 'var defaults = map[string]string{\n\t"tls_min_version": "TLS11",\n}\n',
      findings: ['2:2 TLSv1.1'],
      severity: 'warning',
      note: "a key a named rule knows (HashiCorp's) that every product uses: outside that rule's files it is anyone's, a warning",
    },
    {
      file: 'apps/broker/test/broker_tls_tests.erl',
      code: "to_client_opts_test() ->\n    VersionsAll = [tlsv1, 'tlsv1.1', 'tlsv1.2', 'tlsv1.3'],\n    Versions13Only = ['tlsv1.3'],\n    Options = #{\n        enable => true,\n        versions => VersionsAll\n    },\n    ok.\n",
      findings: ['2:19 TLSv1.0 TLSv1.1'],
      severity: 'note',
      note: 'an Erlang variable bound earlier in the function, used as the setting: reported where the list is written (a test: information)',
    },
    {
      file: 'src/server/options.js',
      code: "function options(legacy) {\n  const allowed = ['TLSv1', 'TLSv1.2'];\n  return { tlsVersions: allowed };\n}\n",
      findings: ['2:19 TLSv1.0'],
      severity: 'warning',
      note: 'a name given a list a line before the setting',
    },
    {
      file: 'internal/pki/defaults.go',
      code: 'func (*pki) TLSMinVersion() string {\n\treturn "TLS11"\n}\n',
      findings: ['2:9 TLSv1.1'],
      severity: 'warning',
      note: 'a method named after the setting that only returns a legacy literal supplies it: reported at the literal',
    },
    {
      file: 'app/settings.py',
      code: 'class Settings:\n    @property\n    def ssl_protocols(self) -> str:\n        return "TLSv1 TLSv1.1 TLSv1.2"\n',
      findings: ['4:16 TLSv1.0 TLSv1.1'],
      severity: 'warning',
    },
    {
      file: 'manifests/params.pp',
      code: "class apache::params {\n  $ssl_protocol = ['all', '-SSLv3']\n  $ssl_cipher = 'HIGH:!aNULL'\n}\n",
      findings: ['2:4 TLSv1.0 TLSv1.1'],
      severity: 'warning',
      note: 'a Puppet default joined into a directive by a template: `$name = value` assigns in Puppet, PHP, Perl and PowerShell',
    },
    {
      file: 'kong/conf_loader/defaults.lua',
      code: 'local profiles = { modern = "modern" }\nlocal old = { x = 1 }\nlocal listener = {\n  protocols = "TLSv1 TLSv1.2",\n}\n',
      findings: ['4:3 TLSv1.0'],
      severity: 'warning',
      note: 'a setting outside the `old` entry (closed before it) is a setting, even in a file that names the profiles',
    },
    {
      file: 'src/opts.js',
      code: "const opts = { tlsVersions: [/* old peers */ 'TLSv1.1', 'TLSv1.2'] };\n",
      findings: ['1:16 TLSv1.1'],
      severity: 'warning',
      note: 'a comment inside the value: read in the comment-free code (the raw first look must not drop it)',
    },
    {
      file: 'config/app.yml',
      code: 'broker_tls_versions: [tlsv1.2, # old peers\n  tlsv1.1]\n',
      findings: ['2:3 TLSv1.1'],
      severity: 'warning',
      note: 'a flow list continued after a comment',
    },
    {
      file: 'internal/cdn/defaults.go',
      code: 'package cdn\n\nconst DefaultMinimumTLSVersion MinimumTLSVersion = "1.0"\n',
      findings: ['3:32 TLSv1.0 TLSv1.1'],
      severity: 'warning',
      note: 'a typed constant whose name does not name a version is a default, not an enum member',
    },
    {
      file: 'roles/nginx/defaults/main.yml',
      code: 'nginx_default_tls_protocols: [ "TLSv1", "TLSv1.1", "TLSv1.2" ]\n',
      findings: ['1:1 TLSv1.0 TLSv1.1'],
      severity: 'warning',
      note: 'a role variable handed to a template',
    },
    {
      file: 'roles/apache/defaults/main.yml',
      code: 'apache__tls_protocols: [ "All", "-SSLv2", "-SSLv3" ]\n',
      findings: ['1:1 TLSv1.0 TLSv1.1'],
      severity: 'warning',
      note: 'an exclusion list keeps TLS 1.0 and 1.1',
    },
    {
      file: 'etc/pki.conf',
      code: 'SSL_STREAM_VERSION_MIN="TLS_1_0"\nSSL_STREAM_VERSION_MAX="TLS_1_2"\nSSL_DATAGRAM_VERSION_MIN="TLS_1_1"\n',
      findings: ['1:1 TLSv1.0 TLSv1.1', '3:1 TLSv1.1'],
      severity: 'warning',
      note: 'a minimum in NSS spelling; the datagram one is DTLS 1.0, reported as TLSv1.1',
    },
    {
      file: 'upgrade/01-AddTLSRange',
      code: "connector.set('sslVersionRangeStream', 'tls1_0:tls1_2')\n",
      findings: ['1:15 TLSv1.0 TLSv1.1'],
      severity: 'warning',
      note: 'a range written from Python into XML: from the first to the second',
    },
    {
      file: 'deployment/parser.py',
      code: 'mdict[\'TOMCAT_SSL_VERSION_RANGE_STREAM_SLOT\'] = \\\n    "tls1_1:tls1_2"\n',
      findings: ['2:5 TLSv1.1'],
      severity: 'warning',
      note: 'a subscript assignment continued on the next line: the line of the value',
    },
    {
      file: 'src/main/java/org/acme/BrokerProps.java',
      code: 'props.put(BrokerConfig.LISTENER_TLS_PROTOCOLS,\n    "TLSv1.1,TLSv1.2");',
      findings: ['2:6 TLSv1.1'],
      severity: 'warning',
      note: 'a constant naming the key, written with its value by a `put` call: the line of the value',
    },
    {
      file: 'data/config.json',
      code: '{\n  "sslBufferSize": "4k",\n  "sslProtocols": "TLSv1 TLSv1.1 TLSv1.2"\n}\n',
      findings: ['3:3 TLSv1.0 TLSv1.1'],
      severity: 'warning',
    },
    {
      file: 'roles/rabbitmq/defaults/main.yml',
      code: "rabbitmq__ssl_versions: [ 'tlsv1.2', 'tlsv1.1' ]\nconfig:\n  - name: 'versions'\n    value: [ 'tlsv1.2', 'tlsv1.1' ]\n",
      findings: ['1:1 TLSv1.1', '4:5 TLSv1.1'],
      severity: 'warning',
      note: 'a name/value pair whose key has no TLS word: a list spelled in TLS versions counts',
    },
    {
      file: 'pkg/controller/config.go',
      code: 'var defaults = Config{\n\tSSLOptions: "no-sslv3 no-tls-tickets",\n}\n',
      findings: ['2:2 TLSv1.0 TLSv1.1'],
      severity: 'warning',
      note: 'HAProxy options in a Go default: only SSLv3 disabled, TLS 1.0 on before HAProxy 2.2',
    },
    { file: 'broker.conf', code: 'listener.tls.min_version = tls10\n', findings: ['1:1 TLSv1.0 TLSv1.1'], severity: 'warning' },
    {
      file: 'settings.json',
      code: '[\n  { "key": "app.tls.protocols",\n    "value": ["TLSv1", "TLSv1.2"] }\n]\n',
      findings: ['3:6 TLSv1.0'],
      severity: 'warning',
      note: 'a key/value item',
    },
    {
      file: 'conf/core-site.xml',
      code: '<property>\n  <name>app.ssl.protocols</name>\n  <value>TLSv1.1,TLSv1.2</value>\n</property>\n',
      findings: ['3:3 TLSv1.1'],
      severity: 'warning',
      note: 'a Hadoop-style XML property',
    },
    {
      file: 'params.yml',
      code: 'params:\n  - param: server_tls_version_min\n    val: TLSv1.1\n',
      findings: ['3:5 TLSv1.1'],
      severity: 'warning',
      note: 'param/val',
    },
    {
      file: 'values.yaml',
      code: 'server:\n  minTLS: "1.0"\n',
      findings: ['2:3 TLSv1.0 TLSv1.1'],
      severity: 'warning',
      note: 'a bare number where the key says minimum TLS',
    },
    {
      file: 'rabbitmq.conf',
      code: 'ssl_options.versions.1 = tlsv1.2\nssl_options.versions.2 = tlsv1.1\n',
      findings: ['2:1 TLSv1.1'],
      severity: 'warning',
    },
  ],
};
