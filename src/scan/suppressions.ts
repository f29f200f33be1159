import { hasCommentSyntax } from './file-kinds.js';
import type { SourceFile } from './source.js';

export interface Suppression {
  /** Rule ids it applies to; empty = every rule. */
  readonly rules: readonly string[];
  readonly reason: string;
}

const MARK = /tls-floor-ignore(?:\s*:\s*([\w./-]+(?:\s*,\s*[\w./-]+)*))?(?:\s+--\s*(.*?))?\s*(?:\*\/|-->|#>|\*\))?\s*$/;

/**
 * The suppression that applies to a finding on `line`: a `tls-floor-ignore[: rule-id[, …]] --
 * reason` comment at the end of that line or alone on the line above. The marker must sit in a
 * comment (where the file kind has comments), so a string that happens to contain it does not count.
 */
export function suppressionFor(file: SourceFile, line: number, ruleId: string): Suppression | undefined {
  for (const l of [line, line - 1]) {
    if (l < 1) continue;
    const text = file.lineText(l);
    if (text.length > 10_000) continue; // a marker sits on a line people write, not in a minified blob
    const at = text.indexOf('tls-floor-ignore');
    if (at < 0) continue;
    const offset = file.lineStart(l) + at;
    if (hasCommentSyntax(file.kind) && file.code.slice(offset, offset + 16) === file.text.slice(offset, offset + 16)) continue;
    const m = MARK.exec(text.slice(at));
    if (!m) continue;
    const rules = m[1] ? m[1].split(/\s*,\s*/) : [];
    if (rules.length > 0 && !rules.includes(ruleId)) continue;
    return { rules, reason: m[2]?.trim() || '(no reason given)' };
  }
  return undefined;
}
