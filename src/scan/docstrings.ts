/**
 * Python docstrings are documentation, not code. A triple-quoted string that stands alone as a
 * statement (a module, class or function docstring, or any bare string statement: Python evaluates
 * and drops it) often shows code samples — `context.options &= ~ssl.OP_NO_SSLv3` to explain how to
 * re-enable SSLv3 — and code rules must not read them as the file's code. A triple-quoted string
 * that is a value (`CONF = """ssl_protocols TLSv1;"""`, an argument, a `return`) stays code: it is
 * configuration a program writes.
 *
 * Runs after comment masking (so a `"""` in a comment is already gone); offsets and line breaks are
 * kept. Other languages need nothing here: Javadoc and doc comments are comments, and Go's raw
 * strings are values.
 */

const OPENER = /(?:"""|''')/g;

/** How far back the masker looks for the code before a string: a hostile line must not make it quadratic. */
const LOOKBACK = 2000;

/** The string at `quote` starts a statement: only blanks and a string prefix before it on its line, and the line before does not continue into it. */
function startsStatement(code: string, quote: number): number | undefined {
  let i = quote;
  let prefix = 0;
  while (prefix < 2 && i > 0 && /[rRuUbB]/.test(code[i - 1])) {
    i--;
    prefix++;
  }
  const start = i;
  while (i > 0 && (code[i - 1] === ' ' || code[i - 1] === '\t')) i--;
  if (i > 0 && code[i - 1] !== '\n') return undefined;
  // The previous code character: an open bracket, a comma, an operator or `\` continue an expression
  // into this line (`x = (`, `call(\n`, `a +\n`), so the string is a value there.
  const stop = Math.max(0, i - LOOKBACK);
  let j = i - 1;
  while (j >= stop && /\s/.test(code[j])) j--;
  if (j >= stop && /[([{,=+\-*/%\\|&<>@]/.test(code[j])) return undefined;
  return start;
}

/** Whether only blanks, a `;` or a comment follow `at` on its line. */
function restOfLineBlank(text: string, at: number): boolean {
  for (let i = at; i < text.length && i < at + LOOKBACK; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r' || ch === '#') return true;
    if (ch !== ' ' && ch !== '\t' && ch !== ';') return false;
  }
  return true;
}

/**
 * `code` (the comment-masked `text`) with every docstring — a triple-quoted string standing alone
 * as a statement — blanked. Openers are found in `code` (one in a comment is gone there); the closer
 * is found in `text`, because the line-by-line comment masker may have taken a `#` inside the
 * docstring for a comment and blanked the quotes that close it.
 */
export function maskDocstrings(text: string, code: string): string {
  const re = new RegExp(OPENER.source, 'g');
  const out: string[] = [];
  let copyFrom = 0;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const close = text.indexOf(m[0], m.index + 3);
    if (close < 0) break;
    const end = close + 3;
    re.lastIndex = end;
    const start = startsStatement(code, m.index);
    if (start === undefined || !restOfLineBlank(text, end)) continue;
    out.push(code.slice(copyFrom, start), code.slice(start, end).replace(/[^\r\n]/g, ' '));
    copyFrom = end;
  }
  if (copyFrom === 0) return code;
  out.push(code.slice(copyFrom));
  return out.join('');
}
