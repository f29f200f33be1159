import { atLeast, atMost, range } from '../../../versions.js';
import { readVersion, respell } from '../../evaluate.js';
import { settingTokens, type Evaluator } from '../../define.js';
import type { Example, InvalidExample, Match, Rule, RuleContext, RuleMeta } from '../../rule.js';
import type { SourceFile } from '../../source.js';
import { lastNewline } from '../../source.js';

// ---------------------------------------------------------------------------------------------
// Local helpers

export function makeRule(
  meta: RuleMeta,
  examples: { valid: readonly Example[]; invalid: readonly InvalidExample[] },
  check: (file: SourceFile, context: RuleContext) => Iterable<Match>,
): Rule {
  return { meta, examples, check };
}

/** The text of the line that holds `offset`, up to `offset`. */
export function lineBefore(code: string, offset: number): string {
  return code.slice(lastNewline(code, offset - 1) + 1, offset);
}

/** Files without a known comment syntax (Nix, unit files) are not masked: skip lines that are comments. */
export function notCommented(s: { keyStart: number }, file: SourceFile): boolean {
  return !/^[ \t]*(?:#|\/\/|;)/.test(lineBefore(file.code, s.keyStart));
}

/** Evaluates a minimum or maximum setting; `accept` filters the raw first token. */
export function minMax(isMax: (key: string) => boolean, accept?: (token: string) => boolean, bareNumbers = false): Evaluator {
  const spelling = { bareNumbers };
  return (s, ctx) => {
    const token = settingTokens(s)[0];
    if (!token) return undefined;
    const raw = token.text.replace(/^[:'"`]+|['"`]+$/g, '');
    if (accept && !accept(raw)) return undefined;
    const v = readVersion(raw, spelling);
    if (!v) return undefined;
    const start = token.start + token.text.indexOf(raw);
    const end = start + raw.length;
    if (isMax(s.key)) {
      const to = respell(raw, 'TLSv1.3');
      return {
        versions: atMost(v),
        why: `the maximum is ${v}`,
        fix: to && readVersion(to, spelling) === 'TLSv1.3' ? { start, end, text: to } : undefined,
      };
    }
    const to = respell(raw, ctx.floor);
    return { versions: atLeast(v), fix: to && readVersion(to, spelling) === ctx.floor ? { start, end, text: to } : undefined };
  };
}

export const ALL_FROM_TLS10 = range('TLSv1.0');
