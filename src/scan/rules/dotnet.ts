/**
 * .NET (C#, VB, F#) and its configuration: `ServicePointManager.SecurityProtocol`, `SslProtocols`
 * (HttpClient, SslStream, Kestrel, WCF, MailKit), Kestrel/WCF configuration, AppContext switches,
 * the target framework, and the Windows TLS APIs .NET code and scripts reach directly (WinHTTP's
 * secure-protocol mask, Schannel's `SP_PROT_*` flags).
 *
 * One shared evaluator reads the flag expressions all of these use: `A | B`, VB `A Or B`, F#
 * `A ||| B`, `|=`, numeric casts (`(SecurityProtocolType)768`, `CType(192, …)`), sums
 * (`3072 | 768 | 192`), multi-line expressions, and named members looked up whole (`Tls` never
 * matches inside `Tls12`).
 */
import type { Severity } from '../../policy.js';
import { below, range, setOf, type Version, type VersionSet } from '../../versions.js';
import { clip, asList, settingRule, settingTokens } from '../define.js';
import type { FileKind } from '../file-kinds.js';
import type { Edit, Match, Rule, RuleContext } from '../rule.js';
import type { SourceFile } from '../source.js';
import { nextNewline } from '../source.js';

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

type Lang = 'c' | 'vb' | 'fsharp';

/** `code.lastIndexOf('\n', from)`, looking back at most 4,000 characters (minified files stay linear). */
function lastNl(code: string, from: number): number {
  if (from < 0) return -1;
  const floor = Math.max(0, from - 4000);
  const i = code.slice(floor, from + 1).lastIndexOf('\n');
  return i >= 0 ? floor + i : floor - 1;
}

function langOf(kind: FileKind): Lang {
  if (kind === 'vb' || kind === 'vbscript' || kind === 'asp') return 'vb';
  if (kind === 'fsharp') return 'fsharp';
  return 'c';
}

/** `clip`, with VB line continuations (` _` before a line break) folded too. */
function clipVb(text: string): string {
  return clip(text.replace(/\s*\r?\n\s*/g, ' ').replace(/\s+_ /g, ' '));
}

/** The SChannel bit layout shared by `SecurityProtocolType`, `SslProtocols` and `SP_PROT_*`. */
const SCHANNEL_BITS: readonly (readonly [number, Version])[] = [
  [0x0c, 'SSLv2'],
  [0x30, 'SSLv3'],
  [0xc0, 'TLSv1.0'],
  [0x300, 'TLSv1.1'],
  [0xc00, 'TLSv1.2'],
  [0x3000, 'TLSv1.3'],
];

/** WinHTTP / WinINet `SecureProtocols` bits (one bit per version, client side). */
const WINHTTP_BITS: readonly (readonly [number, Version])[] = [
  [0x08, 'SSLv2'],
  [0x20, 'SSLv3'],
  [0x80, 'TLSv1.0'],
  [0x200, 'TLSv1.1'],
  [0x800, 'TLSv1.2'],
  [0x2000, 'TLSv1.3'],
];

function fromBits(n: number, bits: readonly (readonly [number, Version])[]): VersionSet {
  let set = 0;
  for (const [mask, v] of bits) if ((n & mask) !== 0) set |= setOf(v);
  return set;
}

function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(/&$/, '');
  if (/^0x[0-9a-f]+$/i.test(t)) return parseInt(t.slice(2), 16);
  if (/^&H[0-9a-f]+$/i.test(t)) return parseInt(t.slice(2), 16);
  if (/^\d+[uUlL]*$/.test(t)) return parseInt(t, 10);
  return undefined;
}

const LEGACY_SSL3_TLS = setOf('SSLv3', 'TLSv1.0');
const FRAMEWORK_46 = range('TLSv1.0', 'TLSv1.2');

/** Enum members of `SslProtocols` / `SecurityProtocolType`, lower case. `null`: known, enables nothing itself. */
const MEMBERS: Readonly<Record<string, VersionSet | null>> = {
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
const MEMBER_FOR: Partial<Record<Version, string>> = {
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
function findContext(code: string, pos: number, lang: Lang): Context {
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
function expressionEnd(code: string, start: number, lang: Lang): number {
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

interface FlagFamily {
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
function evalFlags(expr: string, base: number, family: FlagFamily, bareNumbers: boolean): FlagValue | undefined {
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
function memberFix(
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

/** Whether `pos` is inside an `enum` body (a definition, not a use). */
function inEnum(code: string, pos: number): boolean {
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
const NEGATIVE_NAME =
  /expected|actual|unsupported|disabled?|deprecated|insecure|weak|blocked|forbidden|notallowed|legacy|obsolete|unsafe|excluded|banned|denied/i;

interface FlagMatch {
  readonly context: Context;
  readonly exprStart: number;
  readonly exprEnd: number;
  readonly value: FlagValue;
}

/** Finds every flag expression that contains an atom of `family`, with its context. */
function* flagExpressions(file: SourceFile, family: FlagFamily, find: RegExp): Generator<FlagMatch> {
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

function describeAtoms(value: FlagValue, extra?: string): string | undefined {
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

const NET_CODE: readonly FileKind[] = ['csharp', 'vb', 'fsharp'];

// ---------------------------------------------------------------------------------------------
// A1–A4: ServicePointManager.SecurityProtocol
// ---------------------------------------------------------------------------------------------

const NS = String.raw`(?:(?:global::)?(?:System\.)?Net\.)?`;

const SECURITY_PROTOCOL_TYPE: FlagFamily = {
  atom: new RegExp(String.raw`(?<![\w.])${NS}SecurityProtocolType\s*\.\s*(\w+)`),
  member: (name) => (name.toLowerCase() === 'ssl2' || name.toLowerCase() === 'default' ? undefined : MEMBERS[name.toLowerCase()]),
  bits: SCHANNEL_BITS,
  cast: new RegExp(
    String.raw`\(\s*${NS}SecurityProtocolType\s*\)|(?:CType|DirectCast)\s*\(|,\s*${NS}SecurityProtocolType\s*\)|enum\s*<\s*${NS}SecurityProtocolType\s*>`,
  ),
  self: /(?<![\w.])(?:[\w.]{0,120}ServicePointManager\.)?SecurityProtocol(?![\w.]|\s*\.)/,
};

const SPT_FIND = new RegExp(
  String.raw`(?<![\w.])(?:${NS}SecurityProtocolType\s*\.\s*(?:Ssl3|Tls1[123]|Tls|SystemDefault)\b|\(\s*${NS}SecurityProtocolType\s*\)|(?:CType|DirectCast)\s*\(|enum\s*<\s*${NS}SecurityProtocolType\s*>)`,
);

/** `ServicePointManager.SecurityProtocol = …` (also without enum names: VB `= 3072`). */
const SPT_ASSIGN = /(?<![\w])(?:[\w.]{0,120}\.)?SecurityProtocol\s*(?:\|=|:=|<-|=(?![=>]))/g;

function sptInstead(floor: Version): string {
  return floor === 'TLSv1.3'
    ? '`SecurityProtocolType.Tls13`, or leave `SecurityProtocol` unset on .NET Framework 4.7+ (`SystemDefault`)'
    : '`SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13`, or leave `SecurityProtocol` unset on .NET Framework 4.7+ (`SystemDefault`)';
}

function sptMatch(file: SourceFile, ctx: RuleContext, m: FlagMatch, isTarget: boolean): Match | undefined {
  const { context, value } = m;
  const code = file.code;
  if (inEnum(code, m.exprStart)) return undefined;
  let versions = value.versions;
  let severity: Severity | undefined;
  let why = value.why ?? describeAtoms(value);
  const keeps = isTarget && (context.kind === 'orassign' || value.keepsExisting);
  if (keeps && below(versions, ctx.floor) === 0) {
    // `|= Tls12` adds 1.2 but keeps the old mask: `Ssl3 | Tls` on apps targeting < 4.6.
    const removed = removedBefore(code, m.context.start);
    const kept = LEGACY_SSL3_TLS & ~removed;
    if (kept === 0) return undefined;
    versions |= kept;
    severity = 'warning';
    why = '`|=` keeps the previous mask, which is `Ssl3 | Tls` in apps that target .NET Framework before 4.6';
  } else if (!isTarget) {
    if (context.kind === 'orassign') return undefined;
    // `const SecurityProtocolType Tls11 = (SecurityProtocolType)768;` names a member: a definition.
    if (context.kind === 'assign' && value.atoms.length + value.numbers.length === 1 && MEMBER_NAME.test(context.name ?? ''))
      return undefined;
    if ((context.kind === 'assign' || context.kind === 'named') && context.name && NEGATIVE_NAME.test(context.name)) return undefined;
    if (context.kind === 'named' && !/protocol/i.test(context.name ?? '')) return undefined;
    if (context.kind === 'call' && !callEnables(context.name ?? '')) return undefined;
    if ((context.kind === 'return' || context.kind === 'arrow') && value.atoms.length + value.numbers.length < 2) return undefined;
    if (context.kind === 'define') return undefined;
  }
  if (below(versions, ctx.floor) === 0) return undefined;
  const branch = value.conditional
    ? { severity: 'warning' as const, why: 'chosen at run time by a condition' }
    : branchSeverity(branchOf(code, context.start));
  if (!severity && branch) {
    severity = branch.severity;
    why = why ? `${why}; ${branch.why}` : branch.why;
  }
  const fix = severity
    ? undefined
    : memberFix(value, m.exprStart, m.exprEnd, ctx.floor, (v, prefix) => (MEMBER_FOR[v] ? `${prefix}${MEMBER_FOR[v]}` : undefined));
  const start = context.kind === 'call' || context.kind === 'return' || context.kind === 'arrow' ? m.exprStart : context.start;
  return {
    start,
    end: m.exprEnd,
    versions,
    what: clipVb(file.text.slice(start, m.exprEnd)),
    why,
    instead: sptInstead(ctx.floor),
    severity,
    fix,
  };
}

const MEMBER_NAME = /(?:^|[._]|[a-z])(?:Ssl3|Tls|Tls1[0-3]|Tls1_[0-3])$/i;

/** `SecurityProtocolType` constants declared in a file, by name (for masks built from them). */
function memberConstants(code: string): Map<string, VersionSet> {
  const map = new Map<string, VersionSet>();
  if (!/(?:const|readonly|Const)\b/.test(code)) return map;
  const re =
    /\b(?:const|readonly|Const|ReadOnly)\s+(?:[\w.]{0,60}SecurityProtocolType\s+)?(\w+)(?:\s+As\s+[\w.]{0,60}SecurityProtocolType)?\s*=\s*([^;\n]{1,160})/g;
  for (const m of code.matchAll(re)) {
    const v = evalFlags(m[2], 0, SECURITY_PROTOCOL_TYPE, false);
    // Only constants that name one member: others are reported where they are declared.
    if (v && v.versions && !v.unknown && MEMBER_NAME.test(m[1]) && v.atoms.length + v.numbers.length === 1) map.set(m[1], v.versions);
  }
  // Casts between the two enums, also through another constant:
  // `const SslProtocols _Tls11 = (SslProtocols)0x300; const SecurityProtocolType Tls11 = (SecurityProtocolType)_Tls11;`.
  const casts = new Map<string, string>();
  const cast =
    /\b(?:const|Const)\s+[\w.]{0,60}(?:SecurityProtocolType|SslProtocols)\s+(\w+)\s*=\s*\(\s*[\w.]{0,60}(?:SecurityProtocolType|SslProtocols)\s*\)\s*(0x[0-9a-f]+|\d+|[A-Za-z_]\w*)\s*;/gi;
  for (const m of code.matchAll(cast)) casts.set(m[1], m[2]);
  for (const [name, operand] of casts) {
    if (map.has(name) || !MEMBER_NAME.test(name)) continue;
    let value: string | undefined = operand;
    for (let n = 0; n < 3 && value !== undefined && parseNumber(value) === undefined; n++) value = casts.get(value);
    const bits = value === undefined ? undefined : parseNumber(value);
    if (bits) map.set(name, fromBits(bits, SCHANNEL_BITS));
  }
  return map;
}

/** Versions removed from `SecurityProtocol` shortly before (`&= ~(Ssl3 | Tls)`), for `|=` warnings. */
function removedBefore(code: string, pos: number): VersionSet {
  const window = code.slice(Math.max(0, pos - 1500), pos);
  let removed = 0;
  const re =
    /SecurityProtocol\s*(?:&=\s*~|=\s*[\w.]{0,120}SecurityProtocol\s*&\s*~|=\s*[\w.]{0,120}SecurityProtocol\s+And\s+Not\s)\s*\(?([^;\n]{0,300})/g;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    for (const a of m[1].matchAll(/SecurityProtocolType\s*\.\s*(\w+)/g)) removed |= MEMBERS[a[1].toLowerCase()] ?? 0;
    for (const n of m[1].matchAll(/\b0x[0-9a-f]+\b|\b\d+\b/gi)) removed |= fromBits(parseNumber(n[0]) ?? 0, SCHANNEL_BITS);
  }
  return removed;
}

/** Calls whose protocol argument enables what it names (not checks such as `HasFlag`, `IsSupported`). */
function callEnables(name: string): boolean {
  return !callOnlyReads(name) && /Authenticate|Protocol|Tls|Ssl|Secur/i.test(name);
}

/** A call that tests, compares, prints, removes or lists protocols as data (or a macro): passing a set to it enables nothing. */
function callOnlyReads(name: string): boolean {
  if (/^[A-Z0-9_]+$/.test(name)) return true; // a macro
  return (
    /^(?:Is|Has|Supports?|Check|Verify|Assert|Validate|Can|Expect|Should|Test|Contains|Equals?|AreEqual|AreNotEqual|NotEqual|Same|That|DoesNotContain|InlineData|TestCase|DataRow|Theory|Fact|Remove|Disable|Exclude|Deny|Block|ToString|Parse|TryParse|Format|Log|Write|Print|Trace|Debug|Info|Warn|Error|nameof|typeof)/i.test(
      name,
    ) || /Support|Disable|Remove|Exclude/i.test(name)
  );
}

export const securityProtocolType: Rule = {
  meta: {
    id: 'dotnet/security-protocol-type',
    title: '.NET ServicePointManager.SecurityProtocol enables legacy TLS',
    description:
      '`ServicePointManager.SecurityProtocol` sets the versions every `HttpWebRequest`, `WebClient`, `SmtpClient`, `FtpWebRequest` and .NET Framework `HttpClient` may use. Assigning `Ssl3`, `Tls` or `Tls11` (by name or as the numbers 48, 192, 768) pins or allows them; `|= Tls12` adds TLS 1.2 but keeps the previous mask, which is `Ssl3 | Tls` in apps that target .NET Framework before 4.6.',
    ecosystem: '.NET',
    catalogue: ['A1', 'A2', 'A3', 'A4'],
    docs: [
      'https://learn.microsoft.com/dotnet/api/system.net.servicepointmanager.securityprotocol',
      'https://learn.microsoft.com/dotnet/framework/network-programming/tls',
      'https://learn.microsoft.com/dotnet/fundamentals/code-analysis/quality-rules/ca5364',
    ],
    files: { kinds: NET_CODE },
    keywords: /SecurityProtocol/,
    fixable: true,
    safe: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;',
    limits:
      'A mask built in a variable or read from configuration is unknown; `|=` is a warning because the mask it keeps depends on the target framework and the registry; PowerShell (`[Net.ServicePointManager]::SecurityProtocol`, `-bor`) belongs to the Windows & PowerShell rules.',
  },
  *check(file, ctx) {
    const code = file.code;
    const lang = langOf(file.kind);
    const covered: [number, number][] = [];
    const constants = memberConstants(code);
    SPT_ASSIGN.lastIndex = 0;
    for (let a = SPT_ASSIGN.exec(code); a; a = SPT_ASSIGN.exec(code)) {
      const opEnd = a.index + a[0].length;
      const context = findContext(code, opEnd, lang);
      if (context.kind !== 'assign' && context.kind !== 'orassign') continue;
      if (!/(?:^|\.)SecurityProtocol$/.test(context.name ?? '')) continue;
      let exprStart = opEnd;
      while (exprStart < code.length && /\s/.test(code[exprStart])) exprStart++;
      const exprEnd = expressionEnd(code, exprStart, lang);
      // Other `SecurityProtocol` properties (Confluent.Kafka's `SecurityProtocol.SaslSsl`) are not this one.
      const expr = code.slice(exprStart, exprEnd);
      if (!/ServicePointManager\.SecurityProtocol$/.test(context.name ?? '') && !/SecurityProtocolType/.test(expr)) continue;
      covered.push([exprStart, exprEnd]);
      let value = evalFlags(code.slice(exprStart, exprEnd), exprStart, SECURITY_PROTOCOL_TYPE, true);
      if (!value) continue;
      if (value.unknown) {
        // Constants declared in the file (`const SecurityProtocolType Tls11 = (SecurityProtocolType)768;`).
        let extra = 0;
        for (const id of expr.matchAll(/\b[A-Za-z_]\w*\b/g)) extra |= constants.get(id[0]) ?? 0;
        if (extra) value = { ...value, versions: value.versions | extra, why: 'through constants declared in this file' };
      }
      const match = sptMatch(file, ctx, { context, exprStart, exprEnd, value }, true);
      if (match) yield match;
    }
    for (const m of flagExpressions(file, SECURITY_PROTOCOL_TYPE, SPT_FIND)) {
      if (covered.some(([s, e]) => m.exprStart < e && m.exprEnd > s)) continue;
      if (/(?:^|\.)SecurityProtocol$/.test(m.context.name ?? '')) continue;
      const match = sptMatch(file, ctx, m, false);
      if (match) yield match;
    }
  },
  examples: {
    valid: [
      { file: 'src/Program.cs', code: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;' },
      {
        file: 'src/Program.cs',
        code: 'System.Net.ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12;',
        note: '`Tls` must not match inside `Tls12`',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol = (SecurityProtocolType)3072; // Tls12 on .NET 4.0',
        note: 'numeric cast of Tls12',
      },
      {
        file: 'src/Http.cs',
        code: '// ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls;\nServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12;',
        note: 'commented-out line',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 /*| SecurityProtocolType.Tls */;',
        note: 'block comment inside the expression',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol &= ~(SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls | SecurityProtocolType.Tls11);',
        note: 'removing legacy versions',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol &= ~(SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls);\nServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12;',
        note: '`|=` after the legacy bits were removed',
      },
      {
        file: 'src/Check.cs',
        code: 'if (ServicePointManager.SecurityProtocol == SecurityProtocolType.Tls)\n    Log.Warn("TLS 1.0 only");',
        note: 'comparison',
      },
      {
        file: 'src/Check.cs',
        code: 'if (!ServicePointManager.SecurityProtocol.HasFlag(SecurityProtocolType.Tls11)) { }',
        note: 'flag test',
      },
      {
        file: 'src/Tls.vb',
        code: 'If ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls Then\n    Warn()\nEnd If',
        note: 'VB compares with `=` inside If',
      },
      {
        file: 'src/Tls.cs',
        code: 'switch (ServicePointManager.SecurityProtocol)\n{\n    case SecurityProtocolType.Tls: return "TLS 1.0";\n    case SecurityProtocolType.Tls11: return "TLS 1.1";\n}',
        note: 'switch that names versions',
      },
      {
        file: 'src/Types.vb',
        code: 'Public Enum MySecurityProtocol\n    Ssl3 = 48\n    Tls = 192\n    Tls11 = 768\nEnd Enum',
        note: 'enum definition',
      },
      {
        file: 'src/Http.cs',
        code: 'var saved = ServicePointManager.SecurityProtocol;\nServicePointManager.SecurityProtocol = saved;',
        note: 'restoring a saved value is unknown',
      },
      { file: 'src/Http.cs', code: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.SystemDefault;' },
      { file: 'src/Net.fs', code: 'ServicePointManager.SecurityProtocol <- SecurityProtocolType.Tls12 ||| SecurityProtocolType.Tls13' },
      {
        file: 'src/Kafka/ProducerFactory.cs',
        code: 'var config = new ProducerConfig\n{\n    BootstrapServers = servers,\n    SecurityProtocol = SecurityProtocol.SaslSsl,\n};\nconfig.SecurityProtocol |= SecurityProtocol.Ssl;',
        note: 'Confluent.Kafka has its own `SecurityProtocol`',
      },
    ],
    invalid: [
      {
        file: 'src/Program.cs',
        code: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12;',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12;',
      },
      {
        file: 'src/Program.cs',
        code: 'System.Net.ServicePointManager.SecurityProtocol = System.Net.SecurityProtocolType.Ssl3;',
        findings: ['1:1 SSLv3'],
        output: 'System.Net.ServicePointManager.SecurityProtocol = System.Net.SecurityProtocolType.Tls12;',
      },
      {
        file: 'src/Utils/ServicePointSetup.cs',
        code: 'public static void Setup()\n{\n    ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls\n                                         | SecurityProtocolType.Tls11\n                                         | SecurityProtocolType.Tls12\n                                         | SecurityProtocolType.Ssl3;\n}',
        findings: ['3:5 SSLv3 TLSv1.0 TLSv1.1'],
        note: 'multi-line, order-independent',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol = (SecurityProtocolType)3072 | (SecurityProtocolType)768;',
        findings: ['1:1 TLSv1.1'],
        note: 'numeric casts (compiled against .NET 4.0)',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol = (SecurityProtocolType)(0xC00 | 0x300 | 0xC0);',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        note: 'hex sum inside a cast',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12;',
        findings: ['1:1 SSLv3 TLSv1.0'],
        severity: 'warning',
        note: '`|=` keeps the old mask',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12;',
        findings: ['1:1 TLSv1.1'],
        severity: 'error',
        note: '`|=` that adds a legacy version',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol &= ~SecurityProtocolType.Ssl3;\nServicePointManager.SecurityProtocol |= (SecurityProtocolType)12288 | SecurityProtocolType.Tls12 | SecurityProtocolType.Tls11;',
        findings: ['2:1 TLSv1.1'],
      },
      {
        file: 'src/Main.vb',
        code: 'Private Sub Form1_Load(sender As Object, e As EventArgs) Handles MyBase.Load\n    ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls Or SecurityProtocolType.Tls11 Or SecurityProtocolType.Tls12\nEnd Sub',
        findings: ['2:5 TLSv1.0 TLSv1.1'],
        output:
          'Private Sub Form1_Load(sender As Object, e As EventArgs) Handles MyBase.Load\n    ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12\nEnd Sub',
      },
      {
        file: 'src/Updater.vb',
        code: 'ServicePointManager.SecurityProtocol =\n    SecurityProtocolType.Tls Or\n    SecurityProtocolType.Tls12 Or\n    SecurityProtocolType.Ssl3\nDim client As New WebClient',
        findings: ['2:26 SSLv3 TLSv1.0'],
        note: 'VB implicit line continuation after `Or`',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol = Environment.OSVersion.Version.Major < 6\n    ? SecurityProtocolType.Tls\n    : SecurityProtocolType.Tls12;',
        findings: ['2:28 TLSv1.0'],
        severity: 'warning',
        note: 'chosen by a condition',
      },
      {
        file: 'src/Legacy.vb',
        code: 'ServicePointManager.SecurityProtocol = 3072 Or 768 Or 192',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        note: 'VB without Option Strict accepts numbers',
      },
      {
        file: 'src/Legacy.vb',
        code: 'ServicePointManager.SecurityProtocol = CType(768, SecurityProtocolType) Or CType(3072, SecurityProtocolType)',
        findings: ['1:1 TLSv1.1'],
      },
      {
        file: 'src/Setup.vb',
        code: 'Dim protocols As SecurityProtocolType = SecurityProtocolType.Tls11 Or SecurityProtocolType.Tls12\nServicePointManager.SecurityProtocol = protocols',
        findings: ['1:5 TLSv1.1'],
        output: 'Dim protocols As SecurityProtocolType = SecurityProtocolType.Tls12\nServicePointManager.SecurityProtocol = protocols',
        note: 'VB declaration with a type',
      },
      {
        file: 'src/Salesforce.fsx',
        code: 'ServicePointManager.SecurityProtocol <- SecurityProtocolType.Tls12 ||| SecurityProtocolType.Tls11',
        findings: ['1:1 TLSv1.1'],
        output: 'ServicePointManager.SecurityProtocol <- SecurityProtocolType.Tls12',
      },
      {
        file: 'src/Provider.fs',
        code: 'ServicePointManager.SecurityProtocol <- ServicePointManager.SecurityProtocol ||| SecurityProtocolType.Tls12',
        findings: ['1:1 SSLv3 TLSv1.0'],
        severity: 'warning',
        note: 'F# form of `|=`',
      },
      {
        file: 'src/Http.cs',
        code: 'private const SecurityProtocolType Protocols = SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12;\nServicePointManager.SecurityProtocol = Protocols;',
        findings: ['1:36 TLSv1.1'],
        note: 'mask built in a constant',
      },
      {
        file: 'src/Net40/Tls.cs',
        code: 'private const SecurityProtocolType Tls11 = (SecurityProtocolType)768;\nprivate const SecurityProtocolType Tls12 = (SecurityProtocolType)3072;\nstatic void Init()\n{\n    ServicePointManager.SecurityProtocol = Tls12 | Tls11;\n}',
        findings: ['5:5 TLSv1.1'],
        note: 'constants that name members (for .NET 4.0) are definitions; their use is the finding',
      },
      {
        file: 'src/Launcher/SslSetup.cs',
        code: 'private const SslProtocols _Tls12 = (SslProtocols)0x00000C00;\nprivate const SslProtocols _TlsOld = (SslProtocols)0x00000300;\nprivate const SecurityProtocolType Tls12 = (SecurityProtocolType)_Tls12;\nprivate const SecurityProtocolType Tls10 = (SecurityProtocolType)_TlsOld;\npublic static void Setup()\n{\n    ServicePointManager.SecurityProtocol = Tls12 | Tls10;\n}',
        findings: ['7:5 TLSv1.1'],
        note: 'constants cast from `SslProtocols` constants; 0x300 is Tls11 whatever the name says',
      },
      {
        file: 'src/Http.cs',
        code: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;',
        floor: 'TLSv1.3',
        findings: ['1:1 TLSv1.2'],
        output: 'ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls13;',
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// A5–A7, A9 (code), A10: SslProtocols
// ---------------------------------------------------------------------------------------------

const SSL_NS = String.raw`(?:(?:global::)?(?:System\.)?(?:Security\.)?Authentication\.)?`;

const SSL_PROTOCOLS: FlagFamily = {
  atom: new RegExp(String.raw`(?<![\w.])${SSL_NS}SslProtocols\s*\.\s*(\w+)`),
  member: (name) => MEMBERS[name.toLowerCase()],
  bits: SCHANNEL_BITS,
  cast: new RegExp(
    String.raw`\(\s*${SSL_NS}SslProtocols\s*\)|(?:CType|DirectCast)\s*\(|,\s*${SSL_NS}SslProtocols\s*\)|enum\s*<\s*${SSL_NS}SslProtocols\s*>`,
  ),
};

const SSL_FIND = new RegExp(
  String.raw`(?<![\w.])(?:${SSL_NS}SslProtocols\s*\.\s*(?:Ssl[23]|Tls1[123]|Tls|Default|None)\b|\(\s*${SSL_NS}SslProtocols\s*\)\s*(?:\(|0x|\d)|(?:CType|DirectCast)\s*\(\s*(?:&H|0x|\d)[^,()]{0,40},\s*${SSL_NS}SslProtocols\s*\)|enum\s*<\s*${SSL_NS}SslProtocols\s*>)`,
);

function sslInstead(floor: Version): string {
  return floor === 'TLSv1.3'
    ? '`SslProtocols.Tls13`, or `SslProtocols.None` to let the OS choose'
    : '`SslProtocols.Tls12 | SslProtocols.Tls13`, or `SslProtocols.None` to let the OS choose';
}

export const sslProtocols: Rule = {
  meta: {
    id: 'dotnet/ssl-protocols',
    title: '.NET SslProtocols enables legacy TLS',
    description:
      '`SslProtocols` selects the versions of `SslStream` (`AuthenticateAsClient`/`AsServer`), `HttpClientHandler.SslProtocols`, `SocketsHttpHandler.SslOptions.EnabledSslProtocols`, Kestrel `HttpsConnectionAdapterOptions.SslProtocols`, WCF `Security.Transport.SslProtocols` and MailKit clients. `Ssl2`, `Ssl3`, `Tls`, `Tls11` and `Default` (= `Ssl3 | Tls`) enable legacy versions.',
    ecosystem: '.NET',
    catalogue: ['A5', 'A6', 'A7', 'A9', 'A10'],
    docs: [
      'https://learn.microsoft.com/dotnet/api/system.security.authentication.sslprotocols',
      'https://learn.microsoft.com/dotnet/fundamentals/code-analysis/quality-rules/ca5397',
      'https://learn.microsoft.com/aspnet/core/fundamentals/servers/kestrel/endpoints',
    ],
    files: { kinds: NET_CODE },
    keywords: /SslProtocols/,
    fixable: true,
    safe: 'handler.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;',
    limits:
      'Protocols passed through variables whose value is set elsewhere are unknown; sets assigned to names that say they are excluded or expected (`disabled`, `unsupported`, `expected`) and lists in test data are not reported.',
  },
  *check(file, ctx) {
    const code = file.code;
    for (const m of flagExpressions(file, SSL_PROTOCOLS, SSL_FIND)) {
      const { context, value } = m;
      if (inEnum(code, m.exprStart)) continue;
      if (context.kind === 'define') continue;
      if ((context.kind === 'assign' || context.kind === 'orassign' || context.kind === 'named') && NEGATIVE_NAME.test(context.name ?? ''))
        continue;
      if (context.kind === 'named' && !/protocol/i.test(context.name ?? '')) continue;
      const operands = value.atoms.length + value.numbers.length;
      // A mask written out member by member (`SslProtocols.Tls11 | SslProtocols.Tls12`) is a choice of
      // versions wherever it is passed, also to a call no rule knows (a third-party server's `Start`).
      if (context.kind === 'call' && !callEnables(context.name ?? '') && (operands < 2 || callOnlyReads(context.name ?? ''))) continue;
      // `const SslProtocols Tls13 = (SslProtocols)12288;` names a member: a definition; `map["tls1.1"] = SslProtocols.Tls11` is a lookup table.
      if (context.kind === 'assign' && operands === 1 && (MEMBER_NAME.test(context.name ?? '') || /\]$/.test(context.name ?? ''))) continue;
      if ((context.kind === 'return' || context.kind === 'arrow') && operands < 2 && !value.atoms.some((a) => /default$/i.test(a.text)))
        continue;
      if (below(value.versions, ctx.floor) === 0) continue;
      let severity: Severity | undefined;
      let why = describeAtoms(value);
      const branch = value.conditional
        ? { severity: 'warning' as const, why: 'chosen at run time by a condition' }
        : branchSeverity(branchOf(code, context.start));
      if (branch) {
        severity = branch.severity;
        why = why ? `${why}; ${branch.why}` : branch.why;
      }
      const fix =
        severity || value.atoms.some((a) => /default$/i.test(a.text))
          ? undefined
          : memberFix(value, m.exprStart, m.exprEnd, ctx.floor, (v, prefix) => (MEMBER_FOR[v] ? `${prefix}${MEMBER_FOR[v]}` : undefined));
      const start = context.kind === 'assign' || context.kind === 'orassign' || context.kind === 'named' ? context.start : m.exprStart;
      yield {
        start,
        end: m.exprEnd,
        versions: value.versions,
        what: clipVb(file.text.slice(start, m.exprEnd)),
        why,
        instead: sslInstead(ctx.floor),
        severity,
        fix,
      };
    }
  },
  examples: {
    valid: [
      { file: 'src/Client.cs', code: 'var handler = new HttpClientHandler { SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13 };' },
      { file: 'src/Client.cs', code: 'handler.SslProtocols = SslProtocols.None; // let the OS decide' },
      {
        file: 'src/Server.cs',
        code: 'await ssl.AuthenticateAsServerAsync(cert, false, SslProtocols.Tls12, true);',
        note: '`Tls` inside `Tls12`',
      },
      {
        file: 'src/Info.cs',
        code: 'if (stream.SslProtocol == SslProtocols.Tls || stream.SslProtocol == SslProtocols.Tls11)\n    logger.LogWarning("legacy TLS negotiated");',
        note: 'comparisons',
      },
      {
        file: 'src/Info.cs',
        code: 'string Name(SslProtocols p) => p switch\n{\n    SslProtocols.Tls => "TLS 1.0",\n    SslProtocols.Tls11 => "TLS 1.1",\n    _ => p.ToString(),\n};',
        note: 'switch arms that name versions',
      },
      {
        file: 'tests/TlsTests.cs',
        code: '[Theory]\n[InlineData(SslProtocols.Tls)]\n[InlineData(SslProtocols.Tls11)]\npublic async Task RejectsLegacy(SslProtocols protocol) { }',
        note: 'test data',
      },
      {
        file: 'src/Policy.cs',
        code: 'private const SslProtocols DisabledProtocols = SslProtocols.Ssl3 | SslProtocols.Tls | SslProtocols.Tls11;',
        note: 'a set named as excluded',
      },
      { file: 'src/Policy.cs', code: 'options.EnabledSslProtocols &= ~(SslProtocols.Tls | SslProtocols.Tls11);', note: 'removing' },
      { file: 'src/Policy.cs', code: 'bool legacy = (protocols & SslProtocols.Tls) != 0;', note: 'flag test' },
      {
        file: 'src/Server.cs',
        code: 'server.Start(endpoint, SslProtocols.Tls11);\nvar name = Describe(SslProtocols.Tls11);\nAssert.Equal(SslProtocols.Tls11 | SslProtocols.Tls12, options.EnabledSslProtocols);',
        note: 'one member passed to a call no rule knows is unknown; a mask given to an assertion is data',
      },
      {
        file: 'src/Kestrel.cs',
        code: '// o.SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12;\no.SslProtocols = SslProtocols.Tls12;',
        note: 'commented out',
      },
      {
        file: 'src/Tcp.fs',
        code: 'let opts = SslClientAuthenticationOptions(EnabledSslProtocols = (SslProtocols.Tls12 ||| SslProtocols.Tls13))',
      },
      {
        file: 'src/Defaults.cs',
        code: 's_protocols = preferModern ? SslProtocols.Tls13 : (SslProtocols.Tls12 | SslProtocols.Tls13);',
        note: 'both branches are safe',
      },
      {
        file: 'src/Parse.cs',
        code: 'SslProtocols p = (SslProtocols)Enum.Parse(typeof(SslProtocols), setting);',
        note: 'cast of a parsed value',
      },
      {
        file: 'src/Parse.cs',
        code: 'var byName = new Dictionary<string, SslProtocols>\n{\n    ["tls1.1"] = SslProtocols.Tls11,\n    ["tls1.2"] = SslProtocols.Tls12,\n};',
        note: 'a lookup table',
      },
      {
        file: 'src/Compat.cs',
        code: 'internal const SslProtocols Tls11 = (SslProtocols)768;\ninternal const SslProtocols Tls13 = (SslProtocols)12288;',
        note: 'constants that name members',
      },
    ],
    invalid: [
      {
        file: 'src/Client.cs',
        code: 'var options = new SslClientAuthenticationOptions\n{\n    TargetHost = host,\n    EnabledSslProtocols = SslProtocols.Tls12\n        | SslProtocols.Tls11,\n};',
        findings: ['5:24 TLSv1.1'],
        note: 'a mask continued on the next line is reported on the line of the legacy member',
      },
      {
        file: 'src/Client.cs',
        code: 'var handler = new HttpClientHandler\n{\n    SslProtocols = SslProtocols.Tls | SslProtocols.Tls11 | SslProtocols.Tls12,\n};',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        output: 'var handler = new HttpClientHandler\n{\n    SslProtocols = SslProtocols.Tls12,\n};',
      },
      {
        file: 'src/Stream.cs',
        code: 'sslStream.AuthenticateAsClient(host, certificates, SslProtocols.Tls, checkCertificateRevocation: true);',
        findings: ['1:52 TLSv1.0'],
        output: 'sslStream.AuthenticateAsClient(host, certificates, SslProtocols.Tls12, checkCertificateRevocation: true);',
      },
      {
        file: 'src/Stream.cs',
        code: 'await stream.AuthenticateAsServerAsync(serverCert, false, SslProtocols.Default, false);',
        findings: ['1:59 SSLv3 TLSv1.0'],
        note: '`Default` is `Ssl3 | Tls`',
      },
      {
        file: 'src/Program.cs',
        code: 'builder.WebHost.ConfigureKestrel(k => k.ConfigureHttpsDefaults(o =>\n{\n    o.SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12;\n}));',
        findings: ['3:5 TLSv1.1'],
      },
      {
        file: 'src/Program.cs',
        code: 'listenOptions.UseHttps(o => o.SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12);',
        findings: ['1:29 TLSv1.1'],
        output: 'listenOptions.UseHttps(o => o.SslProtocols = SslProtocols.Tls12);',
      },
      {
        file: 'src/Mail.cs',
        code: 'using var client = new SmtpClient();\nclient.SslProtocols = SslProtocols.Tls | SslProtocols.Tls11;\nawait client.ConnectAsync("smtp.office365.com", 587);',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
        output:
          'using var client = new SmtpClient();\nclient.SslProtocols = SslProtocols.Tls12;\nawait client.ConnectAsync("smtp.office365.com", 587);',
      },
      {
        file: 'src/Wcf.cs',
        code: 'binding.Security.Transport.SslProtocols = System.Security.Authentication.SslProtocols.Tls;',
        findings: ['1:1 TLSv1.0'],
      },
      {
        file: 'src/Sockets.cs',
        code: 'var options = new SslClientAuthenticationOptions\n{\n    TargetHost = host,\n    EnabledSslProtocols = (SslProtocols)192 | (SslProtocols)768,\n};',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
      },
      { file: 'src/Sockets.cs', code: 'handler.SslOptions.EnabledSslProtocols |= SslProtocols.Default;', findings: ['1:1 SSLv3 TLSv1.0'] },
      {
        file: 'src/Net.vb',
        code: 'handler.SslProtocols = SslProtocols.Tls Or SslProtocols.Tls12',
        findings: ['1:1 TLSv1.0'],
        output: 'handler.SslProtocols = SslProtocols.Tls12',
      },
      { file: 'src/Net.fs', code: 'handler.SslProtocols <- SslProtocols.Tls11 ||| SslProtocols.Tls12', findings: ['1:1 TLSv1.1'] },
      {
        file: 'src/Stream.cs',
        code: 'stream.BeginAuthenticateAsClient(host, null, SslProtocols.Ssl3 | SslProtocols.Tls, false, OnAuth, state);',
        findings: ['1:46 SSLv3 TLSv1.0'],
      },
      {
        file: 'src/Tor/TorSocks.cs',
        code: 'await sslStream\n    .AuthenticateAsClientAsync(\n        host,\n        new X509CertificateCollection(),\n        SslProtocols.Tls | SslProtocols.Tls11 | SslProtocols.Tls12,\n        checkCertificateRevocation: true)\n    .ConfigureAwait(false);',
        findings: ['5:9 TLSv1.0 TLSv1.1'],
        note: 'arguments on separate lines',
      },
      {
        file: 'Server/WebServer/Server.cs',
        code: 'server.Start(listenInterface, port, cert,\n    System.Security.Authentication.SslProtocols.Tls11 | System.Security.Authentication.SslProtocols.Tls12, null, false);',
        findings: ['2:5 TLSv1.1'],
        output: 'server.Start(listenInterface, port, cert,\n    System.Security.Authentication.SslProtocols.Tls12, null, false);',
        note: 'a mask written out member by member, passed to a call no rule knows',
      },
      { file: 'src/Analyzers.cs', code: 'SslProtocols protocols = (SslProtocols)768; // TLS 1.1', findings: ['1:14 TLSv1.1'] },
      {
        file: 'src/Defaults.cs',
        code: 's_protocols = disableSystemDefault ? (SslProtocols.Tls | SslProtocols.Tls11 | SslProtocols.Tls12) : SslProtocols.None;',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'one branch of a condition',
      },
      {
        file: 'src/Host.cs',
        code: 'listenOptions.UseHttps(portOptions =>\n{\n    portOptions.SslProtocols = SslProtocols.Tls13 | SslProtocols.Tls11 | SslProtocols.Tls12;\n});',
        findings: ['3:5 TLSv1.1'],
        output: 'listenOptions.UseHttps(portOptions =>\n{\n    portOptions.SslProtocols = SslProtocols.Tls13 | SslProtocols.Tls12;\n});',
      },
      {
        file: 'tests/FunctionalTests/SslStreamProtocolTests.cs',
        code: 'await ClientAsyncSslHelper(SslProtocols.Tls11 | SslProtocols.Tls12, SslProtocols.Tls11);',
        findings: ['1:28 TLSv1.1', '1:69 TLSv1.1'],
        severity: 'note',
        note: 'test helper: information only',
      },
      {
        file: 'src/Connect.cs',
        code: 'switch (version)\n{\n    case "1.0":\n        protocols = SslProtocols.Tls;\n        break;\n}',
        findings: ['4:9 TLSv1.0'],
        severity: 'note',
        note: 'a switch that maps a setting: information',
      },
      {
        file: 'src/Connect.cs',
        code: 'if (config.AllowLegacyTls)\n    handler.SslProtocols |= SslProtocols.Tls11;',
        findings: ['2:5 TLSv1.1'],
        severity: 'warning',
        note: 'enabled under a condition',
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// A8: Kestrel / YARP configuration (appsettings.json, environment variables)
// ---------------------------------------------------------------------------------------------

export const kestrelConfigSslProtocols = settingRule({
  meta: {
    id: 'dotnet/kestrel-config-ssl-protocols',
    title: 'Kestrel or YARP configuration enables legacy TLS',
    description:
      '`Kestrel:EndpointDefaults:SslProtocols`, `Kestrel:Endpoints:<name>:SslProtocols` (and `Sni` entries) and YARP `HttpClient:SslProtocols` take a list of `SslProtocols` names. `Tls`, `Tls11`, `Ssl3` and `Default` (= `Ssl3 | Tls`) enable legacy versions.',
    ecosystem: '.NET',
    catalogue: ['A8'],
    docs: [
      'https://learn.microsoft.com/aspnet/core/fundamentals/servers/kestrel/endpoints#configure-https-in-appsettingsjson',
      'https://learn.microsoft.com/aspnet/core/fundamentals/servers/yarp/http-client-config',
    ],
    files: { kinds: ['json', 'env', 'yaml', 'dockerfile', 'shell'] },
    keywords: /SslProtocols/,
    fixable: true,
    safe: '"SslProtocols": ["Tls12", "Tls13"]',
    limits:
      'Kubernetes `env:` entries written as `name:`/`value:` pairs and command-line `--Kestrel:EndpointDefaults:SslProtocols:0=Tls11` arguments are not read.',
  },
  // PascalCase only: lower-case `sslProtocols` lists (CloudFront origins, Tomcat) belong to other rules.
  keys: /SslProtocols|Kestrel__\w{1,160}?__SslProtocols(?:__\d+)?/,
  finder: { spaceSeparated: false },
  evaluate: (s, ctx, file) => {
    const tokens = settingTokens(s);
    if (tokens.some((t) => /^(?:SslProtocols\.)?Default$/i.test(t.text))) {
      let versions = LEGACY_SSL3_TLS;
      for (const t of tokens) versions |= MEMBERS[t.text.replace(/^SslProtocols\./i, '').toLowerCase()] ?? 0;
      return { versions, why: '`Default` is `Ssl3 | Tls`' };
    }
    return asList({ spell: { tls: 'TLSv1.0' } })(s, ctx, file);
  },
  instead: (ctx) =>
    ctx.floor === 'TLSv1.3' ? '`"SslProtocols": ["Tls13"]`' : '`"SslProtocols": ["Tls12", "Tls13"]` (or leave it out: the OS default)',
  examples: {
    valid: [
      {
        file: 'appsettings.json',
        code: '{\n  "Kestrel": {\n    "EndpointDefaults": {\n      "SslProtocols": ["Tls12", "Tls13"]\n    }\n  }\n}',
      },
      {
        file: 'appsettings.Production.json',
        code: '{ "Kestrel": { "Endpoints": { "Https": { "Url": "https://*:443", "SslProtocols": [ "Tls12" ] } } } }',
        note: '`Tls` inside `Tls12`',
      },
      { file: 'cloudfront/origin.json', code: '{ "sslProtocols": ["TLSv1", "TLSv1.1"] }', note: 'CloudFront origin list (another rule)' },
      {
        file: 'appsettings.json',
        code: '{\n  // "SslProtocols": ["Tls", "Tls11", "Tls12"],\n  "SslProtocols": ["Tls12", "Tls13"]\n}',
        note: 'commented out',
      },
      { file: 'appsettings.json', code: '{ "Kestrel": { "EndpointDefaults": { "SslProtocols": ["None"] } } }' },
    ],
    invalid: [
      {
        file: 'appsettings.json',
        code: '{\n  "Kestrel": {\n    "EndpointDefaults": {\n      "SslProtocols": ["Tls11", "Tls12"]\n    }\n  }\n}',
        findings: ['4:7 TLSv1.1'],
        output: '{\n  "Kestrel": {\n    "EndpointDefaults": {\n      "SslProtocols": ["Tls12"]\n    }\n  }\n}',
      },
      {
        file: 'src/Gateway/appsettings.json',
        code: '{\n  "Kestrel": {\n    "Endpoints": {\n      "Https": {\n        "Url": "https://0.0.0.0:5001",\n        "Sni": { "*.example.org": { "SslProtocols": [ "Tls", "Tls11", "Tls12" ] } }\n      }\n    }\n  }\n}',
        findings: ['6:37 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'appsettings.json',
        code: '{ "Endpoints": { "Api": { "SslProtocols": [ "Default" ] } } }',
        findings: ['1:27 SSLv3 TLSv1.0'],
        note: '`Default` = `Ssl3 | Tls`',
      },
      {
        file: 'yarp.json',
        code: '{ "Clusters": { "c1": { "HttpClient": { "SslProtocols": [ "Tls11" ] } } } }',
        findings: ['1:41 TLSv1.1'],
        output: '{ "Clusters": { "c1": { "HttpClient": { "SslProtocols": [ "Tls12" ] } } } }',
      },
      {
        file: '.env',
        code: 'Kestrel__EndpointDefaults__SslProtocols__0=Tls11',
        findings: ['1:1 TLSv1.1'],
        note: 'environment-variable form',
      },
      { file: 'Dockerfile', code: 'ENV Kestrel__Endpoints__Https__SslProtocols__0=Tls', findings: ['1:5 TLSv1.0'] },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// A9: WCF binding configuration (web.config / app.config)
// ---------------------------------------------------------------------------------------------

export const wcfSslProtocols = settingRule({
  meta: {
    id: 'dotnet/wcf-ssl-protocols',
    title: 'WCF binding configuration enables legacy TLS',
    description:
      'The `sslProtocols` attribute of a WCF `<transport>` (netTcpBinding) or `<sslStreamSecurity>` (customBinding) element lists the versions of the TCP transport, as `SslProtocols` names joined by `|` or `,`.',
    ecosystem: '.NET',
    catalogue: ['A9'],
    docs: ['https://learn.microsoft.com/dotnet/framework/configure-apps/file-schema/wcf/transport-of-nettcpbinding'],
    files: { kinds: ['xml'] },
    keywords: /sslProtocols/,
    fixable: true,
    safe: '<transport clientCredentialType="Windows" sslProtocols="Tls12" />',
    limits: 'Without the attribute WCF follows `ServicePointManager` or its own framework-dependent default.',
  },
  keys: /sslProtocols/,
  finder: { spaceSeparated: false },
  where: (s, file) => /^<\s*(?:transport|sslStreamSecurity)\b/.test(tagBefore(file.code, s.keyStart)),
  evaluate: asList({ spell: { tls: 'TLSv1.0' } }),
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`sslProtocols="Tls13"`' : '`sslProtocols="Tls12"` (add `Tls13` where the OS supports it)'),
  examples: {
    valid: [
      {
        file: 'web.config',
        code: '<netTcpBinding>\n  <binding name="tcp">\n    <security mode="Transport">\n      <transport clientCredentialType="Windows" sslProtocols="Tls12" />\n    </security>\n  </binding>\n</netTcpBinding>',
      },
      {
        file: 'conf/server.xml',
        code: '<Connector port="8443" SSLEnabled="true" sslProtocols="TLSv1,TLSv1.1,TLSv1.2" />',
        note: 'Tomcat connector (Java rules)',
      },
      {
        file: 'app.config',
        code: '<!-- <transport sslProtocols="Tls|Tls11|Tls12" /> -->\n<transport sslProtocols="Tls12|Tls13" />',
        note: 'commented out',
      },
      { file: 'App.config', code: '<sslStreamSecurity requireClientCertificate="false" sslProtocols="Tls12" />' },
    ],
    invalid: [
      {
        file: 'Web.config',
        code: '<security mode="Transport">\n  <transport clientCredentialType="None"\n             protectionLevel="EncryptAndSign"\n             sslProtocols="Tls|Tls11|Tls12" />\n</security>',
        findings: ['4:14 TLSv1.0 TLSv1.1'],
        output:
          '<security mode="Transport">\n  <transport clientCredentialType="None"\n             protectionLevel="EncryptAndSign"\n             sslProtocols="Tls12" />\n</security>',
      },
      {
        file: 'App.config',
        code: '<transport clientCredentialType="Certificate" sslProtocols="Tls, Tls11" />',
        findings: ['1:47 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'service.exe.config',
        code: '<customBinding><binding name="b"><sslStreamSecurity sslProtocols="Ssl3|Tls12" /><tcpTransport /></binding></customBinding>',
        findings: ['1:53 SSLv3'],
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// (helpers for the XML rules)
function tagBefore(code: string, pos: number): string {
  const window = code.slice(Math.max(0, pos - 2000), pos);
  return window.slice(window.lastIndexOf('<'));
}

// ---------------------------------------------------------------------------------------------
// A11, A12: AppContext switches
// ---------------------------------------------------------------------------------------------

interface SwitchInfo {
  readonly versions: VersionSet;
  readonly severity?: Severity;
  readonly why: string;
}

const SWITCHES: Readonly<Record<string, SwitchInfo>> = {
  'switch.system.net.dontenableschusestrongcrypto': {
    versions: LEGACY_SSL3_TLS,
    why: 'without strong crypto the default protocols fall back to `Ssl3 | Tls` (and RC4 is allowed)',
  },
  'switch.system.net.dontenablesystemdefaulttlsversions': {
    versions: FRAMEWORK_46,
    severity: 'warning',
    why: "the default becomes the framework's fixed list `Tls | Tls11 | Tls12` instead of the OS's",
  },
  'switch.system.servicemodel.disableusingservicepointmanagersecurityprotocols': {
    versions: FRAMEWORK_46,
    severity: 'warning',
    why: 'WCF falls back to its own list `Tls | Tls11 | Tls12`',
  },
  'switch.system.servicemodel.dontenablesystemdefaulttlsversions': {
    versions: FRAMEWORK_46,
    severity: 'warning',
    why: 'WCF uses the fixed list `Tls | Tls11 | Tls12` instead of the OS default',
  },
};

const SWITCH_NAME =
  /Switch\.System\.(?:Net\.DontEnableSchUseStrongCrypto|Net\.DontEnableSystemDefaultTlsVersions|ServiceModel\.DisableUsingServicePointManagerSecurityProtocols|ServiceModel\.DontEnableSystemDefaultTlsVersions)/i;

function switchMatch(
  file: SourceFile,
  name: string,
  start: number,
  end: number,
  valueStart: number,
  valueEnd: number,
  falseText: string,
): Match | undefined {
  const info = SWITCHES[name.toLowerCase()];
  if (!info) return undefined;
  return {
    start,
    end,
    versions: info.versions,
    what: clipVb(file.text.slice(start, end)),
    why: info.why,
    instead: `remove the \`${name}\` switch or set it to \`${falseText}\``,
    severity: info.severity,
    fix: { start: valueStart, end: valueEnd, text: falseText },
  };
}

/**
 * The switch names the file assigns to identifiers (`const string Sw = "Switch.…";`), the first per
 * name: read once, so that `SetSwitch(Sw, true)` does not search the whole file for each call.
 */
function switchConstants(file: SourceFile): ReadonlyMap<string, string> {
  const byName = new Map<string, string>();
  for (const m of file.code.matchAll(/\b(\w+)\b(?:\s+As\s+String)?\s*=\s*"(Switch\.[\w.]{1,120})"/g)) {
    if (!byName.has(m[1])) byName.set(m[1], m[2]);
  }
  return byName;
}

export const appContextSwitch: Rule = {
  meta: {
    id: 'dotnet/appcontext-tls-switch',
    title: '.NET AppContext switch re-enables legacy TLS defaults',
    description:
      '`Switch.System.Net.DontEnableSchUseStrongCrypto=true` makes .NET Framework default to `Ssl3 | Tls` (CA5361); `DontEnableSystemDefaultTlsVersions` and the WCF switches replace the OS default with the fixed list `Tls | Tls11 | Tls12`. Set in `<AppContextSwitchOverrides>`, `AppContext.SetSwitch`, `runtimeconfig.json` or `<RuntimeHostConfigurationOption>`.',
    ecosystem: '.NET',
    catalogue: ['A11', 'A12'],
    docs: [
      'https://learn.microsoft.com/dotnet/framework/network-programming/tls#configure-security-via-appcontext-switches-for-net-framework-46-or-later-versions',
      'https://learn.microsoft.com/dotnet/fundamentals/code-analysis/quality-rules/ca5361',
    ],
    files: { kinds: ['xml', 'msbuild', 'json', 'csharp', 'vb', 'fsharp', 'powershell'] },
    keywords: /DontEnableSchUseStrongCrypto|DontEnableSystemDefaultTlsVersions|DisableUsingServicePointManagerSecurityProtocols/,
    fixable: true,
    safe: '<AppContextSwitchOverrides value="Switch.System.Net.DontEnableSchUseStrongCrypto=false" />',
    limits: 'Switch names built at run time are unknown; the effect of the `SystemDefault` switches depends on the OS registry.',
  },
  *check(file) {
    const code = file.code;
    // <AppContextSwitchOverrides value="A=true;B=false" />
    for (const m of code.matchAll(/<AppContextSwitchOverrides\b[^>]{0,400}?\bvalue\s*=\s*(["'])([^"'<>]{0,2000})\1/g)) {
      const valueStart = m.index + m[0].length - 1 - m[2].length;
      for (const sw of m[2].matchAll(/(Switch\.[\w.]{1,120})\s*=\s*(true)\b/gi)) {
        const at = valueStart + sw.index;
        const tStart = at + sw[0].length - sw[2].length;
        const r = switchMatch(file, sw[1], at, at + sw[0].length, tStart, tStart + sw[2].length, 'false');
        if (r) yield r;
      }
    }
    // <RuntimeHostConfigurationOption Include="Switch…" Value="true" />
    for (const m of code.matchAll(
      /<RuntimeHostConfigurationOption\b[^>]{0,300}?\bInclude\s*=\s*"(Switch\.[\w.]{1,120})"[^>]{0,300}?\bValue\s*=\s*"(true)"/gi,
    )) {
      const tStart = m.index + m[0].length - 1 - m[2].length;
      const r = switchMatch(file, m[1], m.index, m.index + m[0].length + 1, tStart, tStart + 4, 'false');
      if (r) yield r;
    }
    // runtimeconfig.json: "Switch…": true
    if (file.kind === 'json') {
      for (const m of code.matchAll(/"(Switch\.[\w.]{1,120})"\s*:\s*(true|"true")/gi)) {
        const tStart = m.index + m[0].length - m[2].length;
        const r = switchMatch(
          file,
          m[1],
          m.index,
          m.index + m[0].length,
          tStart,
          tStart + m[2].length,
          m[2].startsWith('"') ? '"false"' : 'false',
        );
        if (r) yield r;
      }
    }
    // AppContext.SetSwitch("Switch…", true) / [AppContext]::SetSwitch('Switch…', $true), also via a constant.
    if (file.kind !== 'xml' && file.kind !== 'msbuild' && file.kind !== 'json') {
      for (const m of file.text.matchAll(/\bSetSwitch\s*\(\s*([^,()\n]{1,200}?)\s*,\s*(true|True|\$true)\s*\)/g)) {
        if (code.slice(m.index, m.index + 9) !== 'SetSwitch') continue; // commented out
        const arg = m[1].trim();
        let name: string | undefined;
        const literal = /^@?["']([^"']+)["']$/.exec(arg);
        if (literal) name = literal[1];
        else if (/^[\w.]+$/.test(arg)) {
          const id = arg.slice(arg.lastIndexOf('.') + 1);
          name = file.fact(switchConstants).get(id);
        }
        if (!name || !SWITCH_NAME.test(name)) continue;
        const tStart = m.index + m[0].length - 1 - m[2].length;
        const r = switchMatch(
          file,
          name,
          m.index,
          m.index + m[0].length,
          tStart,
          tStart + m[2].length,
          m[2] === '$true' ? '$false' : m[2] === 'True' ? 'False' : 'false',
        );
        if (r) yield r;
      }
    }
  },
  examples: {
    valid: [
      {
        file: 'App.config',
        code: '<runtime>\n  <AppContextSwitchOverrides value="Switch.System.Net.DontEnableSchUseStrongCrypto=false;Switch.System.Net.DontEnableSystemDefaultTlsVersions=false" />\n</runtime>',
      },
      {
        file: 'Web.config',
        code: '<!-- <AppContextSwitchOverrides value="Switch.System.Net.DontEnableSchUseStrongCrypto=true" /> -->',
        note: 'commented out',
      },
      { file: 'src/Program.cs', code: 'AppContext.SetSwitch("Switch.System.Net.DontEnableSchUseStrongCrypto", false);' },
      {
        file: 'src/Program.cs',
        code: 'AppContext.SetSwitch("System.Net.Http.SocketsHttpHandler.Http2UnencryptedSupport", true);',
        note: 'an unrelated switch',
      },
      {
        file: 'src/Program.cs',
        code: 'if (AppContext.TryGetSwitch("Switch.System.Net.DontEnableSchUseStrongCrypto", out var on) && on) Warn();',
        note: 'reading a switch',
      },
      {
        file: 'app.runtimeconfig.template.json',
        code: '{ "configProperties": { "Switch.System.Net.DontEnableSystemDefaultTlsVersions": false } }',
      },
    ],
    invalid: [
      {
        file: 'App.config',
        code: '<configuration>\n  <runtime>\n    <AppContextSwitchOverrides value="Switch.System.Net.DontEnableSchUseStrongCrypto=true" />\n  </runtime>\n</configuration>',
        findings: ['3:39 SSLv3 TLSv1.0'],
        output:
          '<configuration>\n  <runtime>\n    <AppContextSwitchOverrides value="Switch.System.Net.DontEnableSchUseStrongCrypto=false" />\n  </runtime>\n</configuration>',
      },
      {
        file: 'Web.config',
        code: '<AppContextSwitchOverrides value="Switch.System.IdentityModel.DisableMultipleDNSEntriesInSANCertificate=true;Switch.System.Net.DontEnableSystemDefaultTlsVersions=true;Switch.System.ServiceModel.DisableUsingServicePointManagerSecurityProtocols=true" />',
        findings: ['1:110 TLSv1.0 TLSv1.1', '1:168 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'several switches separated by `;`',
      },
      {
        file: 'src/Startup.cs',
        code: 'AppContext.SetSwitch("Switch.System.Net.DontEnableSchUseStrongCrypto", true);',
        findings: ['1:12 SSLv3 TLSv1.0'],
        output: 'AppContext.SetSwitch("Switch.System.Net.DontEnableSchUseStrongCrypto", false);',
      },
      {
        file: 'src/Startup.cs',
        code: 'private const string WeakCrypto = "Switch.System.Net.DontEnableSchUseStrongCrypto";\nstatic void Init() => AppContext.SetSwitch(WeakCrypto, true);',
        findings: ['2:34 SSLv3 TLSv1.0'],
        note: 'switch name in a constant',
      },
      {
        file: 'src/Startup.vb',
        code: 'AppContext.SetSwitch("Switch.System.ServiceModel.DontEnableSystemDefaultTlsVersions", True)',
        findings: ['1:12 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'setup.ps1',
        code: "[AppContext]::SetSwitch('Switch.System.Net.DontEnableSchUseStrongCrypto', $true)",
        findings: ['1:15 SSLv3 TLSv1.0'],
      },
      {
        file: 'Service.csproj',
        code: '<ItemGroup>\n  <RuntimeHostConfigurationOption Include="Switch.System.Net.DontEnableSchUseStrongCrypto" Value="true" />\n</ItemGroup>',
        findings: ['2:3 SSLv3 TLSv1.0'],
      },
      {
        file: 'app.runtimeconfig.json',
        code: '{\n  "runtimeOptions": {\n    "configProperties": {\n      "Switch.System.Net.DontEnableSchUseStrongCrypto": true\n    }\n  }\n}',
        findings: ['4:7 SSLv3 TLSv1.0'],
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// A13: target framework
// ---------------------------------------------------------------------------------------------

/** What an app targeting .NET Framework `version` (`4.5.2`) uses by default, or undefined for 4.7+. */
function frameworkDefault(version: string): { versions: VersionSet; why: string } | undefined {
  const m = /^(\d)(?:\.(\d))?(?:\.(\d))?$/.exec(version);
  if (!m) return undefined;
  const n = Number(m[1]) * 100 + Number(m[2] ?? 0) * 10 + Number(m[3] ?? 0);
  if (n < 200 || n >= 470) return undefined;
  if (n < 460)
    return {
      versions: LEGACY_SSL3_TLS,
      why: `an app that targets .NET Framework ${version} defaults to \`Ssl3 | Tls\` unless the registry (\`SchUseStrongCrypto\`) overrides it`,
    };
  return {
    versions: FRAMEWORK_46,
    why: `an app that targets .NET Framework ${version} defaults to \`Tls | Tls11 | Tls12\` instead of the OS default`,
  };
}

/** `net452` → `4.5.2`; `net48` → `4.8`; anything else (netstandard, net8.0) → undefined. */
function tfmVersion(tfm: string): string | undefined {
  const m = /^net([1-4])(\d)(\d)?$/i.exec(tfm.trim());
  return m ? [m[1], m[2], m[3]].filter((x) => x !== undefined).join('.') : undefined;
}

function isApp(code: string): boolean {
  return (
    /<OutputType>\s*(?:Win)?Exe\s*</i.test(code) ||
    /Sdk\s*=\s*"Microsoft\.NET\.Sdk\.Web/i.test(code) ||
    /349c5851-65df-11da-9384-00065b846f21/i.test(code)
  );
}

export const targetFramework: Rule = {
  meta: {
    id: 'dotnet/target-framework',
    title: '.NET Framework target defaults to legacy TLS',
    description:
      "On .NET Framework the target version picks `ServicePointManager`'s default: an app targeting 4.5.2 or earlier gets `Ssl3 | Tls`, 4.6–4.6.2 gets `Tls | Tls11 | Tls12`, and only 4.7+ uses the OS default (`SystemDefault`). Read from `<TargetFrameworkVersion>`, SDK-style `<TargetFramework(s)>`, `<httpRuntime targetFramework>` and `<supportedRuntime sku>`.",
    ecosystem: '.NET',
    catalogue: ['A13'],
    docs: [
      'https://learn.microsoft.com/dotnet/framework/network-programming/tls#audit-your-code-and-make-code-changes',
      'https://learn.microsoft.com/dotnet/api/system.web.configuration.httpruntimesection.targetframework',
    ],
    files: { kinds: ['msbuild', 'xml'] },
    keywords: /TargetFramework|supportedRuntime/,
    fixable: false,
    safe: '<TargetFrameworkVersion>v4.8</TargetFrameworkVersion>',
    limits:
      "Informational: the registry (`SchUseStrongCrypto`, `SystemDefaultTlsVersions`), AppContext switches or an explicit `SecurityProtocol` override the default; a library's target does not decide it (the app's does), so libraries get a note and apps a warning. An ASP.NET app without `<httpRuntime targetFramework>` runs in 4.0 compatibility mode, which is not reported.",
  },
  *check(file, ctx) {
    const code = file.code;
    const report = function* (at: number, end: number, version: string, severity: Severity, instead: string): Generator<Match> {
      const d = frameworkDefault(version);
      if (!d || below(d.versions, ctx.floor) === 0) return;
      yield { start: at, end, versions: d.versions, what: clipVb(file.text.slice(at, end)), why: d.why, instead, severity };
    };
    if (file.kind === 'msbuild') {
      const severity: Severity = isApp(code) ? 'warning' : 'note';
      for (const m of code.matchAll(/<TargetFrameworkVersion>\s*v?(\d(?:\.\d){1,2})\s*<\/TargetFrameworkVersion>/g)) {
        yield* report(
          m.index,
          m.index + m[0].length,
          m[1],
          severity,
          '`<TargetFrameworkVersion>v4.8</TargetFrameworkVersion>` (4.7+ uses the OS default)',
        );
      }
      for (const m of code.matchAll(/<TargetFrameworks?>([^<]{1,400})<\/TargetFrameworks?>/g)) {
        const valueStart = m.index + m[0].indexOf('>') + 1;
        for (const t of m[1].matchAll(/[^;\s]+/g)) {
          const version = tfmVersion(t[0]);
          if (version)
            yield* report(
              valueStart + t.index,
              valueStart + t.index + t[0].length,
              version,
              severity,
              '`net48` (or .NET 6+); 4.7+ uses the OS default',
            );
        }
      }
      return;
    }
    for (const m of code.matchAll(/<httpRuntime\b[^>]{0,500}?\btargetFramework\s*=\s*"v?(\d(?:\.\d){1,2})"/g)) {
      yield* report(m.index, m.index + m[0].length, m[1], 'warning', '`<httpRuntime targetFramework="4.8" />` (4.7+ uses the OS default)');
    }
    for (const m of code.matchAll(
      /<supportedRuntime\b[^>]{0,300}?\bsku\s*=\s*"\.NETFramework\s*,\s*Version\s*=\s*v(\d(?:\.\d){1,2})[^"]{0,60}"/g,
    )) {
      yield* report(m.index, m.index + m[0].length, m[1], 'note', '`sku=".NETFramework,Version=v4.8"` with the app built for 4.8');
    }
  },
  examples: {
    valid: [
      {
        file: 'src/App/App.csproj',
        code: '<PropertyGroup>\n  <OutputType>Exe</OutputType>\n  <TargetFrameworkVersion>v4.8</TargetFrameworkVersion>\n</PropertyGroup>',
      },
      {
        file: 'src/Lib/Lib.csproj',
        code: '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFrameworks>netstandard2.0;net6.0;net8.0</TargetFrameworks>\n  </PropertyGroup>\n</Project>',
        note: 'netstandard and net6.0+ are not .NET Framework',
      },
      {
        file: 'packages.config',
        code: '<packages>\n  <package id="Newtonsoft.Json" version="13.0.1" targetFramework="net45" />\n</packages>',
        note: 'the framework a package was installed for',
      },
      {
        file: 'Web.config',
        code: '<system.web>\n  <compilation debug="true" targetFramework="4.5" />\n  <httpRuntime targetFramework="4.7.2" />\n</system.web>',
        note: '`compilation` does not choose the runtime behaviour',
      },
      {
        file: 'src/App/App.csproj',
        code: "<PropertyGroup Condition=\"'$(TargetFramework)' == 'net45'\">\n  <DefineConstants>NET45</DefineConstants>\n</PropertyGroup>",
        note: 'a condition, not a target',
      },
      { file: 'App.config', code: '<startup>\n  <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />\n</startup>' },
    ],
    invalid: [
      {
        file: 'src/Service/Service.csproj',
        code: '<PropertyGroup>\n  <OutputType>WinExe</OutputType>\n  <TargetFrameworkVersion>v4.5.2</TargetFrameworkVersion>\n</PropertyGroup>',
        findings: ['3:3 SSLv3 TLSv1.0'],
        severity: 'warning',
      },
      {
        file: 'src/Lib/Lib.csproj',
        code: '<PropertyGroup>\n  <OutputType>Library</OutputType>\n  <TargetFrameworkVersion>v4.6.1</TargetFrameworkVersion>\n</PropertyGroup>',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        severity: 'note',
        note: 'library: the app decides',
      },
      {
        file: 'src/Lib/Lib.csproj',
        code: '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFrameworks>net452;net8.0</TargetFrameworks>\n  </PropertyGroup>\n</Project>',
        findings: ['3:23 SSLv3 TLSv1.0'],
        severity: 'note',
        note: 'multi-target: only the .NET Framework target',
      },
      {
        file: 'src/Tool/Tool.csproj',
        code: '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>net45</TargetFramework>\n  </PropertyGroup>\n</Project>',
        findings: ['4:22 SSLv3 TLSv1.0'],
        severity: 'warning',
      },
      {
        file: 'Web.config',
        code: '<system.web>\n  <compilation targetFramework="4.5" />\n  <httpRuntime targetFramework="4.5" maxRequestLength="4096" />\n</system.web>',
        findings: ['3:3 SSLv3 TLSv1.0'],
        severity: 'warning',
      },
      {
        file: 'App.config',
        code: '<startup>\n  <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.5.2" />\n</startup>',
        findings: ['2:3 SSLv3 TLSv1.0'],
        severity: 'note',
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// A14: WinHttpRequest Option(9) (VBScript, ASP, VBA, JScript, COM interop)
// ---------------------------------------------------------------------------------------------

const WINHTTP_FLAG_VALUES: Readonly<Record<string, number>> = {
  ssl2: 0x08,
  ssl3: 0x20,
  tls1: 0x80,
  tls1_1: 0x200,
  tls1_2: 0x800,
  tls1_3: 0x2000,
  all: 0xa8,
};

function winHttpMaskFix(text: string, n: number, floor: Version): string {
  let keep = 0;
  for (const [mask, v] of WINHTTP_BITS) if ((n & mask) !== 0 && below(setOf(v), floor) === 0) keep |= mask;
  if (keep === 0) keep = floor === 'TLSv1.3' ? 0x2000 : 0x800;
  if (/^&H/i.test(text)) return `&H${keep.toString(16).toUpperCase()}`;
  if (/^0x/i.test(text)) return `0x${keep.toString(16).toUpperCase()}`;
  return String(keep);
}

/** The numbers the file's `Const NAME = …` lines give (VB: names in lower case), the first per name, read once. */
function numericConstants(file: SourceFile): ReadonlyMap<string, string> {
  const byName = new Map<string, string>();
  for (const m of file.code.matchAll(/\bConst\s+([A-Za-z_]\w*)\s*(?:As\s+\w+\s*)?=\s*(&H[0-9a-f]+&?|0x[0-9a-f]+|\d+)/gi)) {
    const name = m[1].toLowerCase();
    if (!byName.has(name)) byName.set(name, m[2]);
  }
  return byName;
}

export const winHttpOption: Rule = {
  meta: {
    id: 'dotnet/winhttp-option-secure-protocols',
    title: 'WinHttpRequest SecureProtocols option enables legacy TLS',
    description:
      '`WinHttp.WinHttpRequest.5.1` option 9 (`WinHttpRequestOption_SecureProtocols`) is a bit mask: 0x8 SSL 2, 0x20 SSL 3, 0x80 TLS 1.0, 0x200 TLS 1.1, 0x800 TLS 1.2, 0x2000 TLS 1.3. `128` or `2720` (0xAA0) enable legacy versions.',
    ecosystem: '.NET',
    catalogue: ['A14'],
    docs: ['https://learn.microsoft.com/windows/win32/winhttp/winhttprequestoption'],
    files: { kinds: ['vbscript', 'asp', 'vb', 'csharp', 'js', 'powershell', 'batch', 'other'] },
    keywords: /Option\(9|Option \(9|Option\( 9|SecureProtocols/,
    fixable: true,
    safe: 'objHTTP.Option(9) = 2048',
    limits: 'A mask held in a variable assigned elsewhere is unknown.',
  },
  *check(file, ctx) {
    const code = file.code;
    const re =
      /\bOption\s*[([]\s*(?:9|(?:[\w.]{0,120}\.)?WinHttpRequestOption_SecureProtocols)\s*[)\]]\s*=(?!=)[ \t]*([^\n;:'"]{1,200})|\bset_Option\s*\(\s*(?:9|(?:[\w.]{0,120}\.)?WinHttpRequestOption_SecureProtocols)\s*,\s*([^\n;)]{1,200})\)/gi;
    for (const m of code.matchAll(re)) {
      if (/\b(?:If|ElseIf|While|Until|Case|if|while)\b/i.test(code.slice(lastNl(code, m.index) + 1, m.index))) continue; // a comparison
      // Comment styles the masking does not know (FoxPro `&&`, VBA in `.bas`/`.cls`) end the value.
      const raw = (m[1] ?? m[2]).replace(/\s+&&.*$|\s*\/\/.*$|\s+Then\b.*$/i, '').replace(/\s+$/, '');
      const valueStart = m.index + m[0].lastIndexOf(raw);
      let set = 0;
      let known = false;
      let numbers = 0;
      let first: { text: string; n: number } | undefined;
      for (const t of raw.split(/\s*(?:\bOr\b|\||\+|-bor)\s*/i)) {
        const term = t.trim().replace(/^\(+|\)+$/g, '');
        let n = parseNumber(term);
        if (n === undefined) {
          const flag = /^(?:[\w.]+\.)?WINHTTP_FLAG_SECURE_PROTOCOL_(\w+)$/i.exec(term);
          if (flag) n = WINHTTP_FLAG_VALUES[flag[1].toLowerCase()];
          else if (/^[A-Za-z_]\w*$/.test(term)) {
            const c = file.fact(numericConstants).get(term.toLowerCase());
            if (c) n = parseNumber(c);
          }
        } else {
          numbers++;
          first ??= { text: term, n };
        }
        if (n === undefined) continue;
        known = true;
        set |= fromBits(n, WINHTTP_BITS);
      }
      if (!known || below(set, ctx.floor) === 0) continue;
      const single = numbers === 1 && first && raw.trim() === first.text;
      yield {
        start: m.index,
        end: valueStart + raw.length,
        versions: set,
        what: clipVb(file.text.slice(m.index, valueStart + raw.length)),
        why: `the mask enables ${describeWinHttp(set)}`,
        instead: ctx.floor === 'TLSv1.3' ? '`Option(9) = 8192` (TLS 1.3)' : '`Option(9) = 2048` (TLS 1.2) or `10240` (TLS 1.2 and 1.3)',
        fix:
          single && first
            ? { start: valueStart, end: valueStart + raw.length, text: winHttpMaskFix(first.text, first.n, ctx.floor) }
            : undefined,
      };
    }
  },
  examples: {
    valid: [
      { file: 'scripts/post.vbs', code: 'Set objHTTP = CreateObject("WinHttp.WinHttpRequest.5.1")\nobjHTTP.Option(9) = 2048' },
      { file: 'default.asp', code: "http.Option(9) = &H2800  ' TLS 1.2 + 1.3" },
      { file: 'scripts/post.vbs', code: "' objHTTP.Option(9) = 128\nobjHTTP.Option(9) = 2048", note: 'commented out' },
      { file: 'scripts/post.vbs', code: "objHTTP.Option(4) = 13056  ' ignore certificate errors", note: 'another option' },
      {
        file: 'scripts/check.vbs',
        code: 'If objHTTP.Option(9) = 128 Then WScript.Echo "TLS 1.0"',
        note: 'reading the option in a condition',
      },
    ],
    invalid: [
      {
        file: 'scripts/post.vbs',
        code: 'Set objHTTP = CreateObject("WinHttp.WinHttpRequest.5.1")\nobjHTTP.Option(9) = 2720',
        findings: ['2:9 SSLv3 TLSv1.0 TLSv1.1'],
        output: 'Set objHTTP = CreateObject("WinHttp.WinHttpRequest.5.1")\nobjHTTP.Option(9) = 2048',
      },
      {
        file: 'includes/api.asp',
        code: '<%\nhttp.Option(9) = 128\n%>',
        findings: ['2:6 TLSv1.0'],
        output: '<%\nhttp.Option(9) = 2048\n%>',
      },
      {
        file: 'scripts/post.vbs',
        code: 'objHTTP.Option(9) = &HA80',
        findings: ['1:9 TLSv1.0 TLSv1.1'],
        output: 'objHTTP.Option(9) = &H800',
      },
      {
        file: 'scripts/post.vbs',
        code: 'Const WinHttpRequestOption_SecureProtocols = 9\nConst SECURE_TLS1 = &H80\nConst SECURE_TLS12 = &H800\nhttp.Option(WinHttpRequestOption_SecureProtocols) = SECURE_TLS1 Or SECURE_TLS12',
        findings: ['4:6 TLSv1.0'],
        note: 'constants resolved in the file',
      },
      {
        file: 'lib/http.prg',
        code: 'This.oXMLHTTP.option(9) = 2720 && TLS SUPPORT',
        findings: ['1:15 SSLv3 TLSv1.0 TLSv1.1'],
        output: 'This.oXMLHTTP.option(9) = 2048 && TLS SUPPORT',
        note: 'Visual FoxPro comment',
      },
      {
        file: 'src/Main.bas',
        code: "' WinHttpRequestOption_SecureProtocols = 9\nhttp.Option(9) = 128 + 512 + 2048",
        findings: ['2:6 TLSv1.0 TLSv1.1'],
        note: 'VBA module, sum of bits',
      },
      { file: 'src/Download.bas', code: 'http.Option(9) = &HA00', findings: ['1:6 TLSv1.1'], output: 'http.Option(9) = &H800' },
      {
        file: 'tools/fetch.js',
        code: 'var http = new ActiveXObject("WinHttp.WinHttpRequest.5.1");\nhttp.Option(9) = 0x0A00;',
        findings: ['2:6 TLSv1.1'],
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// A15: WINHTTP_FLAG_SECURE_PROTOCOL_* (C/C++ and P/Invoke)
// ---------------------------------------------------------------------------------------------

const WINHTTP_FLAGS: FlagFamily = {
  atom: /(?<![\w])WINHTTP_FLAG_SECURE_PROTOCOL_(\w+)/,
  member: (name) => {
    const n = WINHTTP_FLAG_VALUES[name.toLowerCase()];
    return n === undefined ? undefined : fromBits(n, WINHTTP_BITS);
  },
  bits: WINHTTP_BITS,
};

const NATIVE_KINDS: readonly FileKind[] = ['c', 'cpp', 'csharp', 'vb'];

/** Shared policy of the native flag rules: definitions and disabling sets stay quiet. */
function nativeFlagMatch(file: SourceFile, ctx: RuleContext, m: FlagMatch, prefix: RegExp, instead: string): Match | undefined {
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
  const branch = value.conditional
    ? { severity: 'warning' as const, why: 'chosen at run time by a condition' }
    : branchSeverity(branchOf(code, context.start));
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

function describeWinHttp(set: VersionSet): string {
  const names: string[] = [];
  for (const [, v] of WINHTTP_BITS) if (set & setOf(v)) names.push(v);
  return names.join(', ');
}

export const winHttpFlags: Rule = {
  meta: {
    id: 'dotnet/winhttp-secure-protocol-flags',
    title: 'WinHTTP secure-protocol flags enable legacy TLS',
    description:
      '`WinHttpSetOption(h, WINHTTP_OPTION_SECURE_PROTOCOLS, …)` takes a mask of `WINHTTP_FLAG_SECURE_PROTOCOL_*` flags. `SSL2`, `SSL3`, `TLS1`, `TLS1_1` and `ALL` (= SSL 2 | SSL 3 | TLS 1.0) enable legacy versions.',
    ecosystem: '.NET',
    catalogue: ['A15'],
    docs: ['https://learn.microsoft.com/windows/win32/winhttp/option-flags#WINHTTP_OPTION_SECURE_PROTOCOLS'],
    files: { kinds: NATIVE_KINDS },
    keywords: /WINHTTP_FLAG_SECURE_PROTOCOL_/,
    fixable: true,
    safe: 'DWORD protocols = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3;',
    limits: 'Numeric masks passed without the flag names are not read in C/C++.',
  },
  *check(file, ctx) {
    const instead =
      ctx.floor === 'TLSv1.3'
        ? '`WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3`'
        : '`WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3`';
    for (const m of flagExpressions(file, WINHTTP_FLAGS, /(?<![\w])WINHTTP_FLAG_SECURE_PROTOCOL_(?:SSL[23]|TLS1(?:_[0-3])?|ALL)\b/)) {
      const r = nativeFlagMatch(file, ctx, m, /^WINHTTP_FLAG_/, instead);
      if (r) yield r;
    }
  },
  examples: {
    valid: [
      {
        file: 'src/http.cpp',
        code: 'DWORD protocols = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3;\nWinHttpSetOption(hSession, WINHTTP_OPTION_SECURE_PROTOCOLS, &protocols, sizeof(protocols));',
      },
      {
        file: 'include/compat.h',
        code: '#ifndef WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1\n#define WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1 0x00000200\n#endif',
        note: 'header definitions',
      },
      { file: 'src/http.c', code: 'if (flags & WINHTTP_FLAG_SECURE_PROTOCOL_TLS1) log_warn("TLS 1.0 enabled");', note: 'flag test' },
      {
        file: 'src/http.c',
        code: 'protocols &= ~(WINHTTP_FLAG_SECURE_PROTOCOL_TLS1 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1);',
        note: 'removing',
      },
      { file: 'src/Native.cs', code: 'internal const uint WINHTTP_FLAG_SECURE_PROTOCOL_TLS1 = 0x00000080;', note: 'P/Invoke constant' },
      {
        file: 'tests/WinHttpHandlerTest.cs',
        code: '[InlineData(SslProtocols.Tls, Interop.WinHttp.WINHTTP_FLAG_SECURE_PROTOCOL_TLS1)]\npublic void Maps(SslProtocols p, uint flags) { }',
        note: 'test data',
      },
    ],
    invalid: [
      {
        file: 'src/http.cpp',
        code: 'DWORD flags = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1 |\n              WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1 |\n              WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2;\nWinHttpSetOption(h, WINHTTP_OPTION_SECURE_PROTOCOLS, &flags, sizeof(flags));',
        findings: ['1:7 TLSv1.0 TLSv1.1'],
        output:
          'DWORD flags = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2;\nWinHttpSetOption(h, WINHTTP_OPTION_SECURE_PROTOCOLS, &flags, sizeof(flags));',
      },
      {
        file: 'src/http.c',
        code: 'DWORD protocols = WINHTTP_FLAG_SECURE_PROTOCOL_ALL;',
        findings: ['1:7 SSLv2 SSLv3 TLSv1.0'],
        note: '`ALL` is SSL 2 | SSL 3 | TLS 1.0',
      },
      {
        file: 'src/config.h',
        code: '#define MY_SECURE_PROTOCOLS (WINHTTP_FLAG_SECURE_PROTOCOL_SSL3 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1)',
        findings: ['1:1 SSLv3 TLSv1.0'],
        note: 'an application macro',
      },
      {
        file: 'src/Native.cs',
        code: 'uint protocols = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2;',
        findings: ['1:6 TLSv1.1'],
      },
      {
        file: 'src/provider.cpp',
        code: 'return SecurityInformation{ WINHTTP_FLAG_SECURE_PROTOCOL_TLS1 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 };',
        findings: ['1:29 TLSv1.0 TLSv1.1'],
        note: 'C++ brace initialisation',
      },
      {
        file: 'src/update.c',
        code: '#ifdef WINHTTP_OPTION_SECURE_PROTOCOLS\n    DWORD prot = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1 |\n                 WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2;\n#ifdef WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3\n    prot |= WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3;\n#endif\n#endif',
        findings: ['2:11 TLSv1.0 TLSv1.1'],
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// A16: Schannel SP_PROT_* (SCHANNEL_CRED.grbitEnabledProtocols)
// ---------------------------------------------------------------------------------------------

const SP_TLS1_X = range('TLSv1.0', 'TLSv1.3');

function spProt(name: string): VersionSet | null | undefined {
  const n = name.toUpperCase();
  const side = '(?:_CLIENTS?|_SERVERS?)?';
  const is = (base: string): boolean => new RegExp(`^${base}${side}$`).test(n);
  if (is('PCT1') || is('SSL2')) return setOf('SSLv2');
  if (is('SSL3')) return setOf('SSLv3');
  if (is('TLS1') || is('TLS1_0')) return setOf('TLSv1.0');
  if (is('TLS1_1')) return setOf('TLSv1.1');
  if (is('TLS1_2')) return setOf('TLSv1.2');
  if (is('TLS1_3')) return setOf('TLSv1.3');
  if (is('SSL3TLS1')) return LEGACY_SSL3_TLS;
  if (is('TLS1_X')) return SP_TLS1_X;
  if (is('SSL3TLS1_X')) return SP_TLS1_X | setOf('SSLv3');
  if (is('TLS1_1PLUS')) return range('TLSv1.1', 'TLSv1.3');
  if (is('TLS1_2PLUS')) return range('TLSv1.2', 'TLSv1.3');
  if (is('TLS1_3PLUS')) return setOf('TLSv1.3');
  if (is('X')) return range('SSLv2', 'TLSv1.3');
  if (n === 'CLIENTS' || n === 'SERVERS') return range('SSLv2', 'TLSv1.0');
  if (n === 'ALL') return range('SSLv2', 'TLSv1.3');
  if (n === 'NONE' || n === 'DEFAULT') return null;
  return undefined;
}

const SP_PROT: FlagFamily = { atom: /(?<![\w])SP_PROT_(\w+)/, member: spProt, bits: SCHANNEL_BITS };

export const schannelProtocols: Rule = {
  meta: {
    id: 'dotnet/schannel-protocols',
    title: 'Schannel SP_PROT flags enable legacy TLS',
    description:
      '`SCHANNEL_CRED.grbitEnabledProtocols` lists the versions an Schannel credential may negotiate. `SP_PROT_PCT1_*`, `SP_PROT_SSL2_*`, `SP_PROT_SSL3_*`, `SP_PROT_TLS1_*`/`TLS1_0_*`, `TLS1_1_*` and combined macros such as `SP_PROT_SSL3TLS1_CLIENTS`, `SP_PROT_TLS1_X_CLIENT` or `SP_PROT_ALL` enable legacy versions.',
    ecosystem: '.NET',
    catalogue: ['A16'],
    docs: [
      'https://learn.microsoft.com/windows/win32/api/schannel/ns-schannel-schannel_cred',
      'https://learn.microsoft.com/windows/win32/api/schannel/ns-schannel-tls_parameters',
    ],
    files: { kinds: NATIVE_KINDS },
    keywords: /SP_PROT_/,
    fixable: true,
    safe: 'cred.grbitEnabledProtocols = SP_PROT_TLS1_2_CLIENT | SP_PROT_TLS1_3_CLIENT;',
    limits:
      "PCT 1.0 is reported as SSLv2 (the closest version the report knows); `grbitDisabledProtocols` lists are disabling and stay quiet; a flag chosen in one `case` of a switch (mapping a caller's setting) is a note, under an `if` a warning; positional `SCHANNEL_CRED` initialisers (`{ SCHANNEL_CRED_VERSION, 0, …, SP_PROT_TLS1_CLIENT }`) and numeric masks are not read.",
  },
  *check(file, ctx) {
    const instead =
      ctx.floor === 'TLSv1.3'
        ? '`SP_PROT_TLS1_3_CLIENT` (or `SCH_CREDENTIALS` with `TLS_PARAMETERS.grbitDisabledProtocols`)'
        : '`SP_PROT_TLS1_2_CLIENT | SP_PROT_TLS1_3_CLIENT` (or `SCH_CREDENTIALS` with `TLS_PARAMETERS.grbitDisabledProtocols`)';
    for (const m of flagExpressions(
      file,
      SP_PROT,
      /(?<![\w])SP_PROT_(?:PCT1|SSL[23]|TLS1|TLS1_[01]|TLS1_1PLUS|SSL3TLS1|TLS1_X|SSL3TLS1_X|X|CLIENTS|SERVERS|ALL)(?:_CLIENTS?|_SERVERS?)?\b/,
    )) {
      const r = nativeFlagMatch(file, ctx, m, /^SP_PROT_/, instead);
      if (r) yield r;
    }
  },
  examples: {
    valid: [
      {
        file: 'src/tls.c',
        code: 'SCHANNEL_CRED cred = { 0 };\ncred.dwVersion = SCHANNEL_CRED_VERSION;\ncred.grbitEnabledProtocols = SP_PROT_TLS1_2_CLIENT | SP_PROT_TLS1_3_CLIENT;',
      },
      {
        file: 'src/tls.c',
        code: 'TLS_PARAMETERS params = { 0 };\nparams.grbitDisabledProtocols = SP_PROT_SSL3_CLIENT | SP_PROT_TLS1_0_CLIENT | SP_PROT_TLS1_1_CLIENT;',
        note: 'disabling list',
      },
      {
        file: 'src/tls.cpp',
        code: 'switch (info.dwProtocol) {\ncase SP_PROT_TLS1_0_CLIENT: return "TLS 1.0";\ncase SP_PROT_TLS1_1_CLIENT: return "TLS 1.1";\n}',
        note: 'naming the negotiated version',
      },
      {
        file: 'include/schannel_compat.h',
        code: '#ifndef SP_PROT_TLS1_1_CLIENT\n#define SP_PROT_TLS1_1_CLIENT 0x00000200\n#endif\n#define SP_PROT_SSL3TLS1_CLIENTS (SP_PROT_TLS1_CLIENT | SP_PROT_SSL3_CLIENT)',
        note: 'SDK-style definitions',
      },
      {
        file: 'include/schannel.h',
        code: '#define SP_PROT_TLS1_X_CLIENT      ( SP_PROT_TLS1_0_CLIENT \\\n                                   | SP_PROT_TLS1_1_CLIENT \\\n                                   | SP_PROT_TLS1_2_CLIENT )\n#define SP_PROT_SSL3TLS1_X_CLIENTS (SP_PROT_SSL3_CLIENT | SP_PROT_TLS1_X_CLIENT)',
        note: 'multi-line macro definitions',
      },
      { file: 'src/tls.c', code: 'if (conn.dwProtocol & (SP_PROT_SSL3_CLIENT | SP_PROT_TLS1_CLIENT)) warn_legacy();', note: 'flag test' },
      {
        file: 'src/Interop.SChannel.cs',
        code: 'public const int SP_PROT_TLS1_0 = (SP_PROT_TLS1_0_SERVER | SP_PROT_TLS1_0_CLIENT);',
        note: 'P/Invoke definitions',
      },
    ],
    invalid: [
      {
        file: 'src/socket.cpp',
        code: 'schannelCred.dwVersion = SCHANNEL_CRED_VERSION;\nschannelCred.grbitEnabledProtocols = SP_PROT_TLS1_CLIENT;',
        findings: ['2:1 TLSv1.0'],
        note: 'no fix: the client/server suffix of a single flag is kept by hand',
      },
      {
        file: 'src/tls.c',
        code: 'SCHANNEL_CRED cred = {\n    .dwVersion = SCHANNEL_CRED_VERSION,\n    .grbitEnabledProtocols = SP_PROT_TLS1_0_CLIENT | SP_PROT_TLS1_1_CLIENT | SP_PROT_TLS1_2_CLIENT,\n};',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        output: 'SCHANNEL_CRED cred = {\n    .dwVersion = SCHANNEL_CRED_VERSION,\n    .grbitEnabledProtocols = SP_PROT_TLS1_2_CLIENT,\n};',
      },
      {
        file: 'src/server.cpp',
        code: 'cred.grbitEnabledProtocols = SP_PROT_SSL3TLS1_SERVERS;',
        findings: ['1:1 SSLv3 TLSv1.0'],
        note: 'combined macro',
      },
      {
        file: 'src/tls.c',
        code: '#ifndef SP_PROT_TLS1_1_CLIENT\n#define SP_PROT_TLS1_1_CLIENT 0x00000200\n#endif\nstatic void init(SCHANNEL_CRED *c)\n{\n    c->grbitEnabledProtocols = SP_PROT_TLS1_1_CLIENT | SP_PROT_TLS1_2_CLIENT;\n}',
        findings: ['6:8 TLSv1.1'],
        note: 'a macro before the assignment ends at its line',
      },
      {
        file: 'src/server.cpp',
        code: 'cred.grbitEnabledProtocols = SP_PROT_TLS1_1PLUS_SERVER;',
        findings: ['1:1 TLSv1.1'],
        note: '`1PLUS` starts at TLS 1.1',
      },
      {
        file: 'src/server.cpp',
        code: 'cred.grbitEnabledProtocols = SP_PROT_TLS1_X_SERVER;',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        note: '`TLS1_X` is TLS 1.0 to 1.3',
      },
      {
        file: 'src/client.c',
        code: 'SchannelCred.grbitEnabledProtocols = SP_PROT_PCT1 | SP_PROT_SSL2 | SP_PROT_SSL3;',
        findings: ['1:1 SSLv2 SSLv3'],
        note: 'PCT reported as SSLv2',
      },
      {
        file: 'src/wget_ssl.c',
        code: 'switch (opt.secure_protocol) {\ncase secure_protocol_tlsv1:\n    schannel_cred.grbitEnabledProtocols = SP_PROT_TLS1_0_CLIENT;\n    break;\n}',
        findings: ['3:5 TLSv1.0'],
        severity: 'note',
        note: 'maps a user option',
      },
      {
        file: 'lib/vtls/schannel.c',
        code: 'switch(ssl_version) {\ncase SSLVERSION_DEFAULT:\ncase SSLVERSION_TLSv1:\n  schannel_cred.grbitEnabledProtocols = SP_PROT_TLS1_0_CLIENT |\n    SP_PROT_TLS1_1_CLIENT |\n    SP_PROT_TLS1_2_CLIENT;\n  break;\n}',
        findings: ['4:3 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'the default case of a mapping is what most callers get',
      },
      {
        file: 'src/ma_schannel.c',
        code: 'if (strstr(tls_version, "TLSv1.1"))\n    Enabled_Protocols |= SP_PROT_TLS1_1_CLIENT;',
        findings: ['2:5 TLSv1.1'],
        severity: 'warning',
      },
    ],
  },
};

export const rules: readonly Rule[] = [
  securityProtocolType,
  sslProtocols,
  kestrelConfigSslProtocols,
  wcfSslProtocols,
  appContextSwitch,
  targetFramework,
  winHttpOption,
  winHttpFlags,
  schannelProtocols,
];
