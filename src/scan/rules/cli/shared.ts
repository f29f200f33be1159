import type { FileKind } from '../../file-kinds.js';
import { lastNewline, nextNewline } from '../../source.js';
import { clip } from '../../define.js';

export const SCRIPT_KINDS: readonly FileKind[] = [
  'shell',
  'dockerfile',
  'makefile',
  'yaml',
  'batch',
  'powershell',
  'groovy',
  'json',
  'toml',
  'hcl',
  'python',
  'ruby',
  'js',
  'ts',
  'perl',
  'env',
  'ini',
  'conf',
  'xml',
  'other',
];

/** `clip`, with shell line continuations (`\` before a line break) folded too. */
export function clipCommand(text: string): string {
  return clip(text.replace(/\\(?=\r?\n)/g, ''));
}

/**
 * Where the command that starts at `from` ends: the end of the line (a trailing `\`, backtick or
 * `^` continues it), or an unquoted `|`, `;`, `&`, `)` or backtick. At most 3000 characters.
 */
export function commandEnd(code: string, from: number): number {
  let quote: string | undefined;
  const limit = Math.min(code.length, from + 3000);
  let i = from;
  for (; i < limit; i++) {
    const ch = code[i];
    if (ch === '\n') {
      const prev = code.slice(Math.max(from, i - 2), i).replace(/\r$/, '');
      if (/[\\`^]$/.test(prev)) continue;
      break;
    }
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '|' || ch === ';' || ch === '&' || ch === ')' || (ch === '`' && code[i + 1] !== '\n' && code[i + 1] !== '\r')) break;
  }
  return i;
}

/**
 * Whether the text at `at` is only printed for a human: an argument of `echo`/`printf`/`Write-Host`
 * on a line that neither redirects the output into a file, pipes it to a shell, nor runs a
 * command substitution before `at` (`echo "wget --secure-protocol=TLSv1 $URL"`).
 */
export function printedOnly(code: string, at: number): boolean {
  const lineStart = lastNewline(code, at - 1) + 1;
  let lineEnd = nextNewline(code, at);
  if (lineEnd < 0) lineEnd = code.length;
  const before = code.slice(lineStart, at);
  const echo = /(?:^|[\s;&|(])(?:echo|printf|Write-Host|Write-Output)[ \t]+/g;
  let last = -1;
  for (let m = echo.exec(before); m; m = echo.exec(before)) last = m.index + m[0].length;
  if (last < 0) return false;
  const args = before.slice(last);
  if (/\$\(|`|[;&|]/.test(args)) return false;
  return !/>|\btee\b|\|[ \t]*(?:sudo[ \t]+)?(?:ba|z|da)?sh\b|\beval\b|Out-File|Set-Content|Add-Content/.test(
    code.slice(lineStart, lineEnd),
  );
}

export interface Flag {
  /** The flag as written, without quotes (`--tlsv1`, `-tls1_1`). */
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** The word after it (`1.1` after `--tls-max`), if any. */
  readonly value?: { readonly text: string; readonly start: number };
}

interface Word {
  /** The word with its quotes removed (`"--tlsv1"` → `--tlsv1`, `--tls-max="1.1"` → `--tls-max=1.1`). */
  readonly text: string;
  /** Where its first character after an opening quote is. */
  readonly textStart: number;
}

const WORD_BREAK = /[\s,[\]()]/;

/**
 * The words of a command between `from` and `to`, shell-style: quoted parts belong to the word they
 * touch, so `-d '{"n": -1}'` is one word that does not start with `-`. Commas and brackets also
 * separate words (`["curl", "--tlsv1", url]`).
 */
function wordsIn(code: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  let i = from;
  while (i < to) {
    if (WORD_BREAK.test(code[i]) || (code[i] === '\\' && (code[i + 1] === '\n' || code[i + 1] === '\r'))) {
      i++;
      continue;
    }
    let text = '';
    let textStart = -1;
    while (i < to && !WORD_BREAK.test(code[i])) {
      const c = code[i];
      if (c === '"' || c === "'") {
        let close = code.indexOf(c, i + 1);
        if (close < 0 || close > to) close = to;
        if (textStart < 0) textStart = i + 1;
        text += code.slice(i + 1, close);
        i = close + 1;
      } else {
        if (textStart < 0) textStart = i;
        text += c;
        i++;
      }
    }
    if (textStart >= 0) words.push({ text, textStart });
  }
  return words;
}

/** The flags of a command between `from` and `to`, with the word after each (or the part after `=`). */
export function flagsIn(code: string, from: number, to: number): Flag[] {
  const words = wordsIn(code, from, to);
  const flags: Flag[] = [];
  words.forEach((w, k) => {
    const m = /^(--?[A-Za-z0-9][\w.-]{0,40})(?:=(.*))?$/.exec(w.text);
    if (!m) return;
    const next = words[k + 1];
    const value =
      m[2] !== undefined
        ? { text: m[2].replace(/^["']|["']$/g, ''), start: w.textStart + m[1].length + 1 + (/^["']/.test(m[2]) ? 1 : 0) }
        : next && /^[\w.]{1,20}$/.test(next.text)
          ? { text: next.text, start: next.textStart }
          : undefined;
    flags.push({ name: m[1], start: w.textStart, end: w.textStart + m[1].length, value });
  });
  return flags;
}
