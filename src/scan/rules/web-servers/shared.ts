import { atLeast, atMost, below, parseVersion, setOf, type Version, type VersionSet } from '../../../versions.js';
import { allSettings, quotedSetting, settingMatch, type Evaluator, type Setting, type SettingRuleDef } from '../../define.js';
import { findPairs } from '../../pairs.js';
import { lookup, readVersion, respell, type VersionSpelling } from '../../evaluate.js';
import type { Severity } from '../../../policy.js';
import type { Match, Rule, RuleContext } from '../../rule.js';
import type { SourceFile } from '../../source.js';
import { lastNewline } from '../../source.js';

// ---------------------------------------------------------------------------------------------
// Local helpers (shared with mail-db/): comment-aware settings and name/value parameter pairs.
// ---------------------------------------------------------------------------------------------

/** The raw text of the line before `offset`. */
function linePrefix(file: SourceFile, offset: number): string {
  return file.text.slice(lastNewline(file.text, offset - 1) + 1, offset);
}

/**
 * Whether a setting sits on a commented-out line. `file.code` already masks comments for known
 * kinds; this also covers kinds without comment syntax (`.ldif`, `zoo.cfg` sections, `other`).
 */
export function onCommentedLine(file: SourceFile, offset: number): boolean {
  return /^[ \t]*(?:#|;|\/\/|--[ \t])/.test(linePrefix(file, offset));
}

/** Cuts a bare value at a trailing ` # comment`, a URL `&`, or a template end; keeps quoted values. */
export function trimValue(s: Setting, file?: SourceFile): Setting {
  // `${NGINX_SSL_PROTOCOLS:-TLSv1.1 TLSv1.2}`: the default a compose file or script falls back to.
  const dflt = /^\$\{\w{1,100}:?-([^}\n]{0,500})(?:\}|$)/.exec(s.value);
  if (dflt) {
    const valueStart = s.valueStart + s.value.indexOf(dflt[1], 3);
    return { ...s, ...quotedSetting(s.key, s.keyStart, dflt[1], valueStart) };
  }
  if (s.form !== 'bare') return s;
  let cut = s.value.search(/[ \t]#|&|\\n/);
  // `postconf -e 'smtpd_tls_protocols = !SSLv2, !SSLv3'`: the quote opened before the key ends the value.
  if (file) {
    // Escaped quotes (`sed "s|…|tls-protocols \"TLSv1.1\"|"`) neither open nor close.
    const prefix = linePrefix(file, s.keyStart).replace(/\\./g, '');
    for (const q of ['"', "'"]) {
      const at = s.value.search(q === '"' ? /(?<!\\)"/ : /(?<!\\)'/);
      if (at >= 0 && (prefix.split(q).length - 1) % 2 === 1 && (cut < 0 || at < cut)) cut = at;
    }
  }
  if (cut < 0) return s;
  const value = s.value.slice(0, cut).replace(/\s+$/, '');
  return { ...s, value, valueEnd: s.valueStart + value.length, end: s.valueStart + value.length };
}

/** `["--tls-protocols", "TLSv1.2"]`: a flag and its value as two items of an argument list. */
export function* flagArguments(file: SourceFile, keys: RegExp): Generator<Setting> {
  const code = file.code;
  const re = new RegExp(`["']--?(${keys.source})["'][ \\t]*,[ \\t]*(["'])([^"'\\n]{1,500})\\2`, keys.flags.includes('i') ? 'gi' : 'g');
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const valueStart = m.index + m[0].length - 1 - m[3].length;
    yield quotedSetting(m[1], m.index + m[0].indexOf(m[1]), m[3], valueStart);
  }
}

export interface ConfigRuleDef extends SettingRuleDef {
  /**
   * Parameter names read as name/value pairs (`name = "…"` / `value = "…"`) wherever they are,
   * without the `where` test; the rule's `keys` are read as pairs too, with it.
   */
  readonly named?: RegExp;
}

/**
 * `settingRule` that skips commented-out lines in every file kind, cuts bare values at inline
 * comments, and reads flags given as two arguments and name/value parameter pairs.
 */
export function configRule(def: ConfigRuleDef): Rule {
  const namedKey = def.named && new RegExp(`^(?:${def.named.source})$`, def.named.flags.replace(/[gy]/g, ''));
  /** One setting, trimmed; `named` when it was read as a name/value pair of `def.named` (no `where` test). */
  const judge = (raw: Setting, named: boolean, context: RuleContext, file: SourceFile): Match | undefined => {
    const s = trimValue(raw, file);
    if (s.value.trim() === '') return undefined;
    if (!named && def.where && !def.where(s, file)) return undefined;
    const e = def.evaluate(s, context, file);
    if (!e) return undefined;
    const instead = e.instead ?? (typeof def.instead === 'string' ? def.instead : def.instead(context, s));
    return settingMatch(file, s, e, instead, def.severity);
  };
  return {
    meta: def.meta,
    knows: def.named ? new RegExp(`${def.keys.source}|${def.named.source}`, def.keys.flags) : def.keys,
    examples: def.examples,
    judge: (s, context, file) => judge(s, namedKey !== undefined && namedKey.test(s.key), context, file),
    *check(file, context) {
      const seen = new Set<number>();
      const all = function* (): Generator<[Setting, boolean]> {
        for (const s of allSettings(file, def.keys, def.finder)) yield [s, false];
        for (const s of flagArguments(file, def.keys)) yield [s, false];
        if (def.named) for (const s of findPairs(file, def.named)) yield [s, true];
      };
      for (const [raw, named] of all()) {
        const at = raw.at ?? raw.keyStart;
        if (seen.has(at) || onCommentedLine(file, raw.keyStart) || onCommentedLine(file, at)) continue;
        // `${NAME:-default}` is a variable reference, not a setting of NAME.
        if (file.code.slice(raw.keyStart - 2, raw.keyStart) === '${') continue;
        const match = judge(raw, named, context, file);
        if (!match) continue;
        seen.add(at);
        yield match;
      }
    },
  };
}

/** The first word of a value (`TLSv1 dbname=x` → `TLSv1`; skips SQL's `TO`). */
export function firstWord(s: Setting): { text: string; start: number } | undefined {
  const re = /[^\s,;'"`()[\]{}]+/g;
  for (let m = re.exec(s.value); m; m = re.exec(s.value)) {
    if (/^(?:to|=)$/i.test(m[0])) continue;
    return { text: m[0], start: s.valueStart + m.index };
  }
  return undefined;
}

/** A minimum-version value, read from its first word, with a fix that writes the floor in its style. */
export function minimumOf(
  spelling: VersionSpelling & { special?: Readonly<Record<string, VersionSet>>; specialWhy?: string; specialSeverity?: Severity } = {},
): Evaluator {
  return (s, ctx) => {
    const w = firstWord(s);
    if (!w) return undefined;
    const special = spelling.special ? lookup(spelling.special, w.text) : undefined;
    if (special !== undefined) return { versions: special, why: spelling.specialWhy, severity: spelling.specialSeverity };
    const v = readVersion(w.text, spelling);
    if (!v) return undefined;
    const spelled = respell(w.text, ctx.floor);
    const fix =
      spelled && readVersion(spelled, spelling) === ctx.floor ? { start: w.start, end: w.start + w.text.length, text: spelled } : undefined;
    return { versions: atLeast(v), fix };
  };
}

/** A maximum-version value: a cap below the floor leaves only legacy versions. */
export function maximumOf(spelling: VersionSpelling = {}): Evaluator {
  return (s, ctx) => {
    const w = firstWord(s);
    const v = w && readVersion(w.text, spelling);
    // A cap at or above the floor says nothing about the lower end: not a legacy setting.
    if (!w || !v || below(setOf(v), ctx.floor) === 0) return undefined;
    const spelled = respell(w.text, 'TLSv1.3');
    const fix =
      spelled && readVersion(spelled, spelling) === 'TLSv1.3' ? { start: w.start, end: w.start + w.text.length, text: spelled } : undefined;
    return { versions: atMost(v), why: `the maximum is ${v}`, fix };
  };
}

/** Minimum or maximum, depending on the key (`…max…` keys are maximums). */
export function minOrMax(
  spelling: VersionSpelling & { special?: Readonly<Record<string, VersionSet>>; specialWhy?: string; specialSeverity?: Severity } = {},
): Evaluator {
  const min = minimumOf(spelling);
  const max = maximumOf(spelling);
  return (s, ctx, file) => (/max/i.test(s.key) ? max(s, ctx, file) : min(s, ctx, file));
}

/** The names to exclude so that an exclusion list keeps nothing below the floor. */
export function exclusionsBelow(floor: Version, names: readonly string[] = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2']): string[] {
  return names.filter((n) => {
    const v = parseVersion(n);
    return v !== undefined && below(setOf(v), floor) !== 0;
  });
}

export const CONFIG_KINDS = ['conf', 'other', 'ini', 'yaml', 'shell', 'dockerfile', 'php'] as const;
