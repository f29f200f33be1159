/**
 * The literal values a setting's expression can take. A value written as a conditional
 * (`'{{ "!SSLv2 !SSLv3" if old else "!SSLv3" }}'`, `var.legacy ? "TLS1_0" : "TLS1_2"`) takes each
 * literal branch; a value written as a fallback (`try(var.x, "TLSEnforcementDisabled")`,
 * `coalesce(var.x, "TLS1_0")`, `lookup(var.m, "k", "TLS1_0")`, `{{ x | default('TLSv1') }}`,
 * Helm `default "TLSv1" .Values.x`) takes its literal default when the input is unset. Each such
 * literal is judged as the setting on its own, at its own line; anything else in the expression
 * (variables, the condition's own strings) is unknown and never read as a value.
 */
import type { Setting } from './define.js';

interface Literal {
  /** Offset of the opening quote within the value. */
  readonly at: number;
  readonly text: string;
}

/** Quoted literals in a value, in order (a short value: the readers cap it at a few hundred characters). */
function literals(value: string): Literal[] {
  const out: Literal[] = [];
  for (let i = 0; i < value.length; i++) {
    const q = value[i];
    if (q !== '"' && q !== "'") continue;
    let j = i + 1;
    while (j < value.length && value[j] !== q && value[j] !== '\n') j += value[j] === '\\' ? 2 : 1;
    if (value[j] !== q) break;
    out.push({ at: i, text: value.slice(i + 1, j) });
    i = j;
  }
  return out;
}

/** What comes right before a literal branch: `else "…"`, `? "…"`, `then "…"`. */
const AFTER_BRANCH_WORD = /(?:\belse|\?|\bthen)\s*$/;
/** Jinja/Helm defaults: `| default('…')`, `| d("…")`, `default "…" .Values.x`. */
const AFTER_DEFAULT = /(?:\|\s*(?:default|d)\s*\(\s*|\bdefault\s+)$/;

/**
 * The literal alternatives of a setting's value, or undefined when the value is not an expression
 * with literal branches or fallbacks (a plain value is read as it is).
 */
export function alternatives(s: Setting): Setting[] | undefined {
  const v = s.value;
  // Cheap test first: most values are plain.
  if (!/\bif\b|\?|\b(?:try|coalesce|lookup)\s*\(|\bd(?:efault)?\b/.test(v)) return undefined;
  const lits = literals(v);
  if (lits.length === 0) return undefined;
  const ternary = v.includes('?');
  const jinja = /\bif\b/.test(v) && /\belse\b/.test(v);
  const fallbackCall = /\b(?:try|coalesce)\s*\(/.test(v);
  const lookupCall = /\blookup\s*\(/.test(v);
  const found: { lit: Literal; fallback: boolean }[] = [];
  for (const lit of lits) {
    const before = v.slice(Math.max(0, lit.at - 100), lit.at);
    const after = v.slice(lit.at + lit.text.length + 2, lit.at + lit.text.length + 40);
    const branch =
      ((ternary || jinja) && AFTER_BRANCH_WORD.test(before)) ||
      (jinja && /^\s*if\b/.test(after)) ||
      (ternary && /:\s*$/.test(before) && !/^\s*\?/.test(after));
    if (branch) found.push({ lit, fallback: false });
    else if (fallbackCall && /[(,]\s*$/.test(before) && /^\s*(?:[,)]|$)/.test(after)) found.push({ lit, fallback: true });
    else if (lookupCall && /,\s*$/.test(before) && /^\s*(?:\)|$)/.test(after)) found.push({ lit, fallback: true });
    else if (AFTER_DEFAULT.test(before)) found.push({ lit, fallback: true });
  }
  if (found.length === 0) return undefined;
  return found.map(({ lit, fallback }) => ({
    key: s.key,
    keyStart: s.keyStart,
    value: lit.text,
    valueStart: s.valueStart + lit.at + 1,
    valueEnd: s.valueStart + lit.at + 1 + lit.text.length,
    form: 'quoted' as const,
    end: s.valueStart + lit.at + 2 + lit.text.length,
    at: s.valueStart + lit.at,
    ...(fallback ? { fallback: true } : {}),
  }));
}
