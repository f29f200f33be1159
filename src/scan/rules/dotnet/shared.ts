import type { Severity } from '../../../policy.js';
import { below, range, setOf, type Version, type VersionSet } from '../../../versions.js';
import { clip } from '../../define.js';
import type { FileKind } from '../../file-kinds.js';
import type { Edit, Match, RuleContext } from '../../rule.js';
import { nextNewline, type SourceFile } from '../../source.js';

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

type Lang = 'c' | 'vb' | 'fsharp';

/** `code.lastIndexOf('\n', from)`, looking back at most 4,000 characters (minified files stay linear). */
export function lastNl(code: string, from: number): number {
  if (from < 0) return -1;
  const floor = Math.max(0, from - 4000);
  const i = code.slice(floor, from + 1).lastIndexOf('\n');
  return i >= 0 ? floor + i : floor - 1;
}

export function langOf(kind: FileKind): Lang {
  if (kind === 'vb' || kind === 'vbscript' || kind === 'asp') return 'vb';
  if (kind === 'fsharp') return 'fsharp';
  return 'c';
}

/** `clip`, with VB line continuations (` _` before a line break) folded too. */
export function clipVb(text: string): string {
  return clip(text.replace(/\s*\r?\n\s*/g, ' ').replace(/\s+_ /g, ' '));
}

/** The SChannel bit layout shared by `SecurityProtocolType`, `SslProtocols` and `SP_PROT_*`. */
export const SCHANNEL_BITS: readonly (readonly [number, Version])[] = [
  [0x0c, 'SSLv2'],
  [0x30, 'SSLv3'],
  [0xc0, 'TLSv1.0'],
  [0x300, 'TLSv1.1'],
  [0xc00, 'TLSv1.2'],
  [0x3000, 'TLSv1.3'],
];

/** WinHTTP / WinINet `SecureProtocols` bits (one bit per version, client side). */
export const WINHTTP_BITS: readonly (readonly [number, Version])[] = [
  [0x08, 'SSLv2'],
  [0x20, 'SSLv3'],
  [0x80, 'TLSv1.0'],
  [0x200, 'TLSv1.1'],
  [0x800, 'TLSv1.2'],
  [0x2000, 'TLSv1.3'],
];

export function fromBits(n: number, bits: readonly (readonly [number, Version])[]): VersionSet {
  let set = 0;
  for (const [mask, v] of bits) if ((n & mask) !== 0) set |= setOf(v);
  return set;
}

export function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(/&$/, '');
  if (/^0x[0-9a-f]+$/i.test(t)) return parseInt(t.slice(2), 16);
  if (/^&H[0-9a-f]+$/i.test(t)) return parseInt(t.slice(2), 16);
  if (/^\d+[uUlL]*$/.test(t)) return parseInt(t, 10);
  return undefined;
}

export const LEGACY_SSL3_TLS = setOf('SSLv3', 'TLSv1.0');
export const FRAMEWORK_46 = range('TLSv1.0', 'TLSv1.2');

/** Enum members of `SslProtocols` / `SecurityProtocolType`, lower case. `null`: known, enables nothing itself. */
export const MEMBERS: Readonly<Record<string, VersionSet | null>> = {
  ssl2: setOf('SSLv2'),
  ssl3: setOf('SSLv3'),
  tls: setOf('TLSv1.0'),
  tls11: setOf('TLSv1.1'),
  tls12: setOf('TLSv1.2'),
  tls13: setOf('TLSv1.3'),
  default: LEGACY_SSL3_TLS,
  none: null,
  systemdefault: null,
};

/** The member that spells a version, for fixes. */
export const MEMBER_FOR: Partial<Record<Version, string>> = {
  SSLv3: 'Ssl3',
  'TLSv1.0': 'Tls',
  'TLSv1.1': 'Tls11',
  'TLSv1.2': 'Tls12',
  'TLSv1.3': 'Tls13',
};

/** Where a flag expression sits, found by reading backwards from its first operand. */
interface Context {
  readonly kind: 'assign' | 'orassign' | 'named' | 'call' | 'return' | 'arrow' | 'define' | 'skip';
  /** Where the expression starts (after the operator, the `(` or the `,`). */
  readonly exprStart: number;
  /** Where the reported setting starts (the assigned name, or the expression). */
  readonly start: number;
  /** The assigned name, the named argument, the called function or the macro. */
  readonly name?: string;
  readonly op?: string;
}

const SKIP_WORDS =
  /^(?:case|is|when|not|and|HasFlag|Then|If|ElseIf|elif|if|While|Until|Select|typeof|nameof|sizeof|else|Else|Case|Assert|match|with|in|yield|throw|new|New)$/;
const RETURN_WORDS = /^(?:return|Return)$/;
const BLOCK_WORDS =
  /^(?:else|do|try|finally|checked|unchecked|unsafe|get|set|init|add|remove|namespace|class|struct|enum|interface|record|union)$/;

/**
 * Reads backwards from `pos` (the first operand of a flag expression) to what the expression is
 * part of: an assignment, a named argument, a call's arguments, a `return`, a macro, or something
 * that only compares, tests or lists (skipped).
 */
export function findContext(code: string, pos: number, lang: Lang): Context {
  const lineStart = lastNl(code, pos - 1) + 1;
  if (lang === 'c') {
    // The first line of a macro, also when `pos` is on a `\`-continued line.
    let macroStart = lineStart;
    for (let n = 0; n < 30 && macroStart > 1 && /\\\r?$/.test(code.slice(lastNl(code, macroStart - 2) + 1, macroStart - 1)); n++) {
      macroStart = lastNl(code, macroStart - 2) + 1;
    }
    const firstEnd = macroStart === lineStart ? pos : nextNewline(code, macroStart);
    const first = code.slice(macroStart, firstEnd < 0 ? pos : firstEnd);
    const define = /^\s*#\s*define\s+(\w+)/.exec(first);
    if (define) return { kind: 'define', exprStart: macroStart + define[0].length, start: macroStart, name: define[1] };
    if (/^\s*#/.test(first)) return { kind: 'skip', exprStart: pos, start: pos };
  }
  const limit = Math.max(0, pos - 800);
  let depth = 0;
  let exprStart = -1;
  let ternary = false;
  let i = pos - 1;
  const skip: Context = { kind: 'skip', exprStart: pos, start: pos };
  while (i >= limit) {
    const ch = code[i];
    if (ch === ')' || ch === ']') {
      depth++;
      i--;
      continue;
    }
    if (ch === '(' || ch === '[') {
      if (depth > 0) {
        depth--;
        i--;
        continue;
      }
      const before = /([A-Za-z_]\w*)\s*$/.exec(code.slice(Math.max(0, i - 100), i));
      if (before && !/^(?:Or|return|Return|And)$/.test(before[1])) {
        return { kind: 'call', exprStart: exprStart >= 0 ? exprStart : i + 1, start: exprStart >= 0 ? exprStart : i + 1, name: before[1] };
      }
      if (ch === '[') return skip;
      i--; // a grouping parenthesis: keep reading outwards
      continue;
    }
    if (depth > 0) {
      i--;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') return skip;
    if (ch === '{') {
      // C++ brace initialisation `Type{ flags }` reads like a call.
      const before = /([A-Za-z_]\w*)\s*$/.exec(code.slice(Math.max(0, i - 100), i));
      if (before && !BLOCK_WORDS.test(before[1]))
        return { kind: 'call', exprStart: exprStart >= 0 ? exprStart : i + 1, start: exprStart >= 0 ? exprStart : i + 1, name: before[1] };
      return skip;
    }
    if (ch === ';' || ch === '}') return skip;
    if (ch === ',') {
      // An argument: find the call it belongs to.
      if (exprStart < 0) exprStart = i + 1;
      let d = 0;
      let j = i - 1;
      for (; j >= limit; j--) {
        const c = code[j];
        if (c === ')' || c === ']' || c === '}') d++;
        else if (c === '(' || c === '[' || c === '{') {
          if (d > 0) d--;
          else break;
        } else if (d === 0 && c === ';') return skip;
      }
      if (j < limit || (code[j] !== '(' && code[j] !== '{')) return skip;
      const before = /([A-Za-z_]\w*)\s*$/.exec(code.slice(Math.max(0, j - 100), j));
      return before && !BLOCK_WORDS.test(before[1]) ? { kind: 'call', exprStart, start: exprStart, name: before[1] } : skip;
    }
    if (ch === '=') {
      const prev = code[i - 1];
      if (code[i + 1] === '=' || prev === '=' || prev === '!' || prev === '<' || prev === '>') {
        if (!ternary) return skip;
        i -= prev === '=' || prev === '!' || prev === '<' || prev === '>' ? 2 : 1;
        continue; // a comparison in the condition of `cond ? a : b`
      }
      if (prev === '&' || prev === '^' || prev === '-') return skip;
      const opStart = prev === '|' || prev === '+' || prev === ':' ? i - 1 : i;
      const op = code.slice(opStart, i + 1);
      const before = code.slice(Math.max(0, opStart - 200), opStart);
      // VB `Dim p As SecurityProtocolType =`: the name is the variable, not the type.
      const lhs = /(\w+)\s+As\s+(?:New\s+)?[\w.]+\s*$/.exec(before) ?? /([\w.\]\)]*[\w\])])\s*$/.exec(before);
      const name = lhs?.[1] ?? '';
      const start = opStart - (lhs ? lhs[0].length : 0);
      const kind = op === '|=' || op === '+=' ? 'orassign' : 'assign';
      if (op === '=' && lang !== 'c') {
        // VB and F# compare with `=` inside conditions.
        const prefix = code.slice(lastNl(code, opStart) + 1, opStart);
        if (
          /(?:^|\s)(?:If|ElseIf|elif|if|While|Until|Return|return|Case|when|Assert|AndAlso|OrElse|then|Then|And|Or|Not|not|&&|\|\|)(?:\s|\(|$)/.test(
            prefix,
          ) ||
          /\(/.test(prefix.replace(/\([^()]*\)/g, ''))
        )
          return skip;
      }
      return { kind, exprStart: i + 1, start: lhs ? start : i + 1, name, op };
    }
    if (ch === '-' && code[i - 1] === '<') {
      const lhs = /([\w.\]\)]*[\w\])])\s*$/.exec(code.slice(Math.max(0, i - 201), i - 1));
      return { kind: 'assign', exprStart: i + 1, start: lhs ? i - 1 - lhs[0].length : i + 1, name: lhs?.[1] ?? '', op: '<-' };
    }
    if (ch === '>') {
      if (code[i - 1] === '=' || code[i - 1] === '-') return { kind: 'arrow', exprStart: i + 1, start: i + 1 };
      if (!ternary) return skip;
      i--;
      continue;
    }
    if (ch === '?' && code[i + 1] !== '.' && code[i + 1] !== '?' && code[i - 1] !== '?') {
      ternary = true;
      i--;
      continue;
    }
    if (ch === ':') {
      if (code[i - 1] === ':' || code[i + 1] === ':') {
        i -= 2;
        continue;
      }
      const named = /([A-Za-z_]\w*)\s*$/.exec(code.slice(Math.max(0, i - 100), i));
      const beforeName = named ? code.slice(Math.max(0, i - named[0].length - 3), i - named[0].length) : '';
      if (named && /[(,]\s*$/.test(beforeName)) return { kind: 'named', exprStart: i + 1, start: i - named[0].length, name: named[1] };
      if (lang === 'c' && /^\s*(?:case\b|default\b)/.test(code.slice(lastNl(code, i) + 1, i))) return skip;
      i--; // the `:` of `cond ? a : b`
      continue;
    }
    if (ch === '&' || ch === '~' || ch === '!' || ch === '^' || ch === '?' || ch === '<' || ch === '%' || ch === '*' || ch === '/') {
      if (!ternary || ch === '~') return skip;
      i--;
      continue;
    }
    if (ch === '\n') {
      if (lang !== 'c') {
        const prevLine = code.slice(lastNl(code, i - 1) + 1, i).trimEnd();
        const nextText = code.slice(i + 1, pos).trimStart();
        const continued = /(?:\bOr|\|{1,3}|\+|\s_|[(,=]|<-)$/.test(prevLine) || /^(?:\|{1,3}|Or\b)/.test(nextText);
        if (!continued) return skip;
      }
      i--;
      continue;
    }
    if (/\w/.test(ch)) {
      let j = i;
      while (j > limit && /\w/.test(code[j - 1])) j--;
      const word = code.slice(j, i + 1);
      if (RETURN_WORDS.test(word)) return { kind: 'return', exprStart: i + 1, start: j };
      if (SKIP_WORDS.test(word) && !(ternary && /^(?:is|not|and|HasFlag)$/.test(word))) return skip;
      i = j - 1;
      continue;
    }
    i--;
  }
  return skip;
}

/**
 * Where a flag expression that starts at `start` ends: at a `;` or `,` or closing bracket at depth
 * 0; in VB and F#, at a line break unless the line ends with (or the next starts with) an operator.
 */
export function expressionEnd(code: string, start: number, lang: Lang): number {
  let depth = 0;
  let i = start;
  const inMacro = lang === 'c' && /^\s*#/.test(code.slice(lastNl(code, start - 1) + 1, start));
  const max = Math.min(code.length, start + 800);
  for (; i < max; i++) {
    const ch = code[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (ch === ';' || ch === ',')) break;
    else if (ch === '"') break;
    else if (ch === '\n') {
      if (inMacro && !/\\\r?$/.test(code.slice(Math.max(start, i - 2), i))) break;
      if (lang !== 'c' && depth === 0) {
        const line = code.slice(start, i).trimEnd();
        const next = code.slice(i + 1, i + 120).trimStart();
        const continued = /(?:\bOr|\|{1,3}|\+|\s_|[(,=]|<-)$/.test(line) || /^(?:\|{1,3}|Or\b)/.test(next);
        if (!continued) break;
      }
    } else if (lang === 'vb' && depth === 0 && /^Then\b/.test(code.slice(i, i + 5)) && /\s/.test(code[i - 1])) break;
  }
  while (i > start && /\s/.test(code[i - 1])) i--;
  return i;
}

/** A named operand of a flag expression (`SslProtocols.Tls11`, `SP_PROT_TLS1_CLIENT`). */
interface Atom {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly prefix: string;
  readonly versions: VersionSet;
}

interface FlagValue {
  readonly versions: VersionSet;
  readonly atoms: readonly Atom[];
  /** Operands that are neither names nor numbers (variables, calls). */
  readonly unknown: boolean;
  /** Numbers were read. */
  readonly numbers: readonly string[];
  /** The expression reads the property it assigns (`x = x | Tls12`). */
  readonly keepsExisting: boolean;
  /** The operator that joins the operands, for fixes. */
  readonly joiner: string;
  readonly why?: string;
  /** One branch of `cond ? a : b` (chosen at run time). */
  readonly conditional?: boolean;
}

export interface FlagFamily {
  /** Finds named operands: group 1 is the member's name. */
  readonly atom: RegExp;
  /** Member name (as matched, lower-cased by the lookup) → versions; `null` = known, enables nothing. */
  readonly member: (name: string) => VersionSet | null | undefined;
  readonly bits: readonly (readonly [number, Version])[];
  /** Numeric casts to this family (`(SslProtocols)768`, `CType(768, SecurityProtocolType)`). */
  readonly cast?: RegExp;
  /** The property that keeps its old value when it appears on the right-hand side. */
  readonly self?: RegExp;
}

/** Evaluates a flag expression: the union of its operands, or undefined if it removes or chooses. */
export function evalFlags(expr: string, base: number, family: FlagFamily, bareNumbers: boolean): FlagValue | undefined {
  const t = splitTernary(expr);
  if (!t) return evalPlain(expr, base, family, bareNumbers);
  // `cond ? A : B`: either branch may be used.
  const parts = [evalPlain(t.yes, base + t.yesAt, family, bareNumbers), evalPlain(t.no, base + t.noAt, family, bareNumbers)].filter(
    (v): v is FlagValue => v !== undefined,
  );
  if (parts.length === 0) return undefined;
  return {
    versions: parts.reduce((a, v) => a | v.versions, 0),
    atoms: parts.flatMap((v) => v.atoms),
    unknown: true,
    numbers: parts.flatMap((v) => v.numbers),
    keepsExisting: parts.some((v) => v.keepsExisting),
    joiner: ' | ',
    conditional: true,
  };
}

/** Splits `cond ? yes : no` at depth 0 (not `??` or `?.`). */
function splitTernary(expr: string): { yes: string; yesAt: number; no: string; noAt: number } | undefined {
  let depth = 0;
  let q = -1;
  let nested = 0;
  for (let i = 0; i < expr.length; i++) {
    const ch = expr[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (depth !== 0) continue;
    else if (ch === '?' && expr[i + 1] !== '?' && expr[i + 1] !== '.' && expr[i - 1] !== '?') {
      if (q < 0) q = i;
      else nested++;
    } else if (ch === ':' && q >= 0 && expr[i + 1] !== ':' && expr[i - 1] !== ':') {
      if (nested > 0) {
        nested--;
        continue;
      }
      return { yes: expr.slice(q + 1, i), yesAt: q + 1, no: expr.slice(i + 1), noAt: i + 1 };
    }
  }
  return undefined;
}

function evalPlain(expr: string, base: number, family: FlagFamily, bareNumbers: boolean): FlagValue | undefined {
  // Removing (`& ~X`, `And Not`), choosing (`?:`, `If(`) and comparing make the result unknown.
  if (
    /[&~^!?:<>%*/]|(?:^|[^\w])(?:And|AndAlso|Not|Xor|OrElse|If|IIf|Then|band|bnot)(?:[^\w]|$)|-(?!bor\b)/.test(
      expr.replace(/enum\s*<\s*[\w.]+\s*>/g, ''),
    )
  )
    return undefined;
  let versions = 0;
  const atoms: Atom[] = [];
  let rest = expr;
  const atomRe = new RegExp(family.atom.source, 'g');
  let unknown = false;
  for (let m = atomRe.exec(expr); m; m = atomRe.exec(expr)) {
    const v = family.member(m[1]);
    if (v === undefined) {
      unknown = true;
      continue;
    }
    const nameAt = m.index + m[0].length - m[1].length;
    atoms.push({
      text: m[0],
      start: base + m.index,
      end: base + m.index + m[0].length,
      prefix: m[0].slice(0, nameAt - m.index),
      versions: v ?? 0,
    });
    versions |= v ?? 0;
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
  }
  const keepsExisting = family.self ? family.self.test(rest) : false;
  if (family.self) rest = rest.replace(new RegExp(family.self.source, 'g'), (s) => ' '.repeat(s.length));
  const hasCast = family.cast ? family.cast.test(rest) : false;
  if (family.cast) rest = rest.replace(new RegExp(family.cast.source, 'g'), (s) => ' '.repeat(s.length));
  const numbers: string[] = [];
  rest = rest.replace(/&H[0-9a-f]+&?|\b0x[0-9a-f]+\b|\b\d+[uUlL]*\b/gi, (s) => {
    numbers.push(s);
    return ' '.repeat(s.length);
  });
  if (numbers.length && (hasCast || bareNumbers)) for (const n of numbers) versions |= fromBits(parseNumber(n) ?? 0, family.bits);
  if (/[A-Za-z_]/.test(rest.replace(/(?:^|[^\w])(?:Or|bor|CType|DirectCast|TryCast|enum|LanguagePrimitives|EnumOfValue)(?=[^\w]|$)/g, ' ')))
    unknown = true;
  const joiner = /\|\|\|/.test(expr) ? ' ||| ' : /(?:^|\s)Or(?:\s|$)/.test(expr) ? ' Or ' : /-bor/.test(expr) ? ' -bor ' : ' | ';
  return { versions, atoms, unknown, numbers: hasCast || bareNumbers ? numbers : [], keepsExisting, joiner };
}

/** Rewrites an expression of named members without the legacy ones (or as the floor's member). */
export function memberFix(
  value: FlagValue,
  start: number,
  end: number,
  floor: Version,
  memberFor: (v: Version, prefix: string) => string | undefined,
): Edit | undefined {
  if (value.unknown || value.numbers.length || value.keepsExisting || value.atoms.length === 0) return undefined;
  const kept: string[] = [];
  for (const a of value.atoms) if (a.versions !== 0 && below(a.versions, floor) === 0 && !kept.includes(a.text)) kept.push(a.text);
  if (kept.length === 0) {
    const spelled = memberFor(floor, value.atoms[0].prefix);
    if (!spelled) return undefined;
    kept.push(spelled);
  }
  return { start, end, text: kept.join(value.joiner) };
}

type Branch = 'case' | 'default' | 'if';

/**
 * Whether the statement at `pos` runs only in one branch: a `case` of a switch (usually mapping a
 * setting to flags), a `default:` case, or a brace-less `if`.
 */
function branchOf(code: string, pos: number): Branch | undefined {
  const lineStart = lastNl(code, pos - 1) + 1;
  const line = code.slice(lineStart, pos);
  if (/^\s*(?:}\s*)?(?:else\s+)?if\s*\(/.test(line)) return 'if';
  const labels: string[] = [];
  const sameLine = /^\s*((?:(?:case\b[^:\n]*|default)\s*:\s*)+)/.exec(line);
  if (sameLine) labels.push(sameLine[1]);
  let prevEnd = lineStart - 1;
  let first = true;
  for (let n = 0; n < 10 && prevEnd > 0; n++) {
    const prevStart = lastNl(code, prevEnd - 1) + 1;
    const prev = code.slice(prevStart, prevEnd).trim();
    prevEnd = prevStart - 1;
    if (prev === '' || prev === '{') continue;
    if (/^(?:case\b[^\n]*|default)\s*:$/.test(prev)) {
      labels.push(prev);
      continue;
    }
    if (labels.length) break;
    if (first && (/^(?:}\s*)?(?:else\s+)?if\s*\(.*\)$/.test(prev) || prev === 'else')) return 'if';
    first = false;
    if (/[{}]$|^break\s*;|^return\b/.test(prev)) break;
  }
  if (labels.length === 0) return undefined;
  return labels.some((l) => /\bdefault\b|DEFAULT/.test(l)) ? 'default' : 'case';
}

/** Severity and reason for a setting made in one branch. */
function branchSeverity(branch: Branch | undefined): { severity: Severity; why: string } | undefined {
  if (branch === 'case') return { severity: 'note', why: 'chosen in one `case` of a switch (it maps a setting to flags)' };
  if (branch) return { severity: 'warning', why: 'set in one branch only' };
  return undefined;
}

/**
 * What the place a value is set says of it: a condition chooses it at run time (a warning), or it
 * sits in one branch or one `case` (see branchSeverity); undefined when it is set unconditionally.
 */
export function valueBranch(
  value: { readonly conditional?: boolean },
  code: string,
  start: number,
): { severity: Severity; why: string } | undefined {
  return value.conditional ? { severity: 'warning', why: 'chosen at run time by a condition' } : branchSeverity(branchOf(code, start));
}

/** Whether `pos` is inside an `enum` body (a definition, not a use). */
export function inEnum(code: string, pos: number): boolean {
  const from = Math.max(0, pos - 4000);
  const window = code.slice(from, pos);
  const open = window.lastIndexOf('{') + (window.includes('{') ? from : 0);
  const close = window.lastIndexOf('}') + (window.includes('}') ? from : 0);
  if (open >= 0 && open > close && /\benum\b[^{};]{0,200}$/.test(code.slice(Math.max(0, open - 220), open))) return true;
  const vbAt = window.lastIndexOf('Enum ');
  const vbEnum = vbAt < 0 ? -1 : from + vbAt;
  return (
    vbEnum >= 0 &&
    /^\s*(?:(?:Public|Private|Friend|Protected|Shared)\s+)*Enum\s/m.test(code.slice(lastNl(code, vbEnum) + 1, vbEnum + 5)) &&
    !/End Enum/.test(code.slice(vbEnum, pos))
  );
}

/** Names of sets that are checked against, not enabled. */
export const NEGATIVE_NAME =
  /expected|actual|unsupported|disabled?|deprecated|insecure|weak|blocked|forbidden|notallowed|legacy|obsolete|unsafe|excluded|banned|denied/i;

export interface FlagMatch {
  readonly context: Context;
  readonly exprStart: number;
  readonly exprEnd: number;
  readonly value: FlagValue;
}

/** Finds every flag expression that contains an atom of `family`, with its context. */
export function* flagExpressions(file: SourceFile, family: FlagFamily, find: RegExp): Generator<FlagMatch> {
  const code = file.code;
  const lang = langOf(file.kind);
  const re = new RegExp(find.source, find.flags.includes('g') ? find.flags : `${find.flags}g`);
  let consumed = -1;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    if (m.index < consumed) continue;
    const context = findContext(code, m.index, lang);
    if (context.kind === 'skip') continue;
    let exprStart = context.exprStart;
    while (exprStart < code.length && /\s/.test(code[exprStart])) exprStart++;
    const exprEnd = expressionEnd(code, exprStart, lang);
    if (exprEnd <= m.index) continue;
    consumed = exprEnd;
    const value = evalFlags(code.slice(exprStart, exprEnd), exprStart, family, false);
    if (!value) continue;
    yield { context, exprStart, exprEnd, value };
  }
}

export function describeAtoms(value: FlagValue, extra?: string): string | undefined {
  const parts: string[] = [];
  if (value.atoms.some((a) => /default$/i.test(a.text))) parts.push('`Default` is `Ssl3 | Tls`');
  if (value.numbers.length)
    parts.push(
      `${value.numbers.map((n) => `\`${n}\``).join(', ')} ${value.numbers.length > 1 ? 'are' : 'is'} the bit mask of ${value.numbers.map((n) => describeBits(parseNumber(n) ?? 0)).join(', ')}`,
    );
  if (extra) parts.push(extra);
  return parts.length ? parts.join('; ') : undefined;
}

function describeBits(n: number): string {
  const names: string[] = [];
  const table: [number, string][] = [
    [0x0c, 'Ssl2'],
    [0x30, 'Ssl3'],
    [0xc0, 'Tls'],
    [0x300, 'Tls11'],
    [0xc00, 'Tls12'],
    [0x3000, 'Tls13'],
  ];
  for (const [mask, name] of table) if (n & mask) names.push(name);
  return names.length ? `\`${names.join(' | ')}\`` : '`SystemDefault`';
}

export const NET_CODE: readonly FileKind[] = ['csharp', 'vb', 'fsharp'];

export const MEMBER_NAME = /(?:^|[._]|[a-z])(?:Ssl3|Tls|Tls1[0-3]|Tls1_[0-3])$/i;

/** Calls whose protocol argument enables what it names (not checks such as `HasFlag`, `IsSupported`). */
export function callEnables(name: string): boolean {
  return !callOnlyReads(name) && /Authenticate|Protocol|Tls|Ssl|Secur/i.test(name);
}

/** A call that tests, compares, prints, removes or lists protocols as data (or a macro): passing a set to it enables nothing. */
export function callOnlyReads(name: string): boolean {
  if (/^[A-Z0-9_]+$/.test(name)) return true; // a macro
  return (
    /^(?:Is|Has|Supports?|Check|Verify|Assert|Validate|Can|Expect|Should|Test|Contains|Equals?|AreEqual|AreNotEqual|NotEqual|Same|That|DoesNotContain|InlineData|TestCase|DataRow|Theory|Fact|Remove|Disable|Exclude|Deny|Block|ToString|Parse|TryParse|Format|Log|Write|Print|Trace|Debug|Info|Warn|Error|nameof|typeof)/i.test(
      name,
    ) || /Support|Disable|Remove|Exclude/i.test(name)
  );
}

export const NATIVE_KINDS: readonly FileKind[] = ['c', 'cpp', 'csharp', 'vb'];

/** Shared policy of the native flag rules: definitions and disabling sets stay quiet. */
export function nativeFlagMatch(file: SourceFile, ctx: RuleContext, m: FlagMatch, prefix: RegExp, instead: string): Match | undefined {
  const { context, value } = m;
  const code = file.code;
  if (inEnum(code, m.exprStart)) return undefined;
  if (context.kind === 'define') {
    if (!context.name || prefix.test(context.name) || value.atoms.length < 2 || NEGATIVE_NAME.test(context.name)) return undefined;
  } else if (context.kind === 'assign' || context.kind === 'orassign' || context.kind === 'named') {
    const name = context.name ?? '';
    if (prefix.test(name.slice(name.lastIndexOf('.') + 1)) || NEGATIVE_NAME.test(name)) return undefined;
  } else if (context.kind === 'call') {
    if (!callEnables(context.name ?? '') && !/SetOption/i.test(context.name ?? '')) return undefined;
  } else if (value.atoms.length < 2) return undefined;
  if (below(value.versions, ctx.floor) === 0) return undefined;
  const all = value.atoms.find((a) => /_ALL$/i.test(a.text));
  let why = all ? `\`${all.text}\` enables ${describeWinHttp(all.versions)}` : undefined;
  let severity: Severity | undefined;
  const branch = valueBranch(value, code, context.start);
  if (branch) {
    severity = branch.severity;
    why = why ? `${why}; ${branch.why}` : branch.why;
  }
  const fix = severity || all ? undefined : memberFix(value, m.exprStart, m.exprEnd, ctx.floor, () => undefined);
  const start =
    context.kind === 'assign' || context.kind === 'orassign' || context.kind === 'named' || context.kind === 'define'
      ? context.start
      : m.exprStart;
  return { start, end: m.exprEnd, versions: value.versions, what: clipVb(file.text.slice(start, m.exprEnd)), why, instead, severity, fix };
}

export function describeWinHttp(set: VersionSet): string {
  const names: string[] = [];
  for (const [, v] of WINHTTP_BITS) if (set & setOf(v)) names.push(v);
  return names.join(', ');
}
