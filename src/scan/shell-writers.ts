/**
 * Shell as a host language. Scripts write configuration with `sed`/`perl` substitutions, `echo`,
 * here-documents, `postconf -e`, `crudini` and the like; the rules read what is *written* (the
 * replacement of a substitution, the echoed text, the here-document body) as the target file's
 * setting, and never what a script only *looks for* (the search half of a substitution, a sed
 * address, a `grep` pattern). This module blanks the looked-for text and the substitution's
 * delimiters in a file's comment-free code (offsets kept), and tells whether a fix written into a
 * command leaves that command valid.
 */
import type { FileKind } from './file-kinds.js';

/** One `s<d>search<d>replacement<d>flags` substitution on a line of a sed or perl command. */
export interface Substitution {
  /** Offset of the `s`. */
  readonly start: number;
  readonly delimiter: string;
  /** Offsets of the replacement text (between the second and the closing delimiter). */
  readonly replacementStart: number;
  readonly replacementEnd: number;
  /** Offset just past the flags (`g`, `I`, `2`, …); equals replacementEnd when the closing delimiter is missing. */
  readonly end: number;
  /** Whether the closing delimiter was found on the line. */
  readonly closed: boolean;
}

/** A line that runs sed or perl (the only commands whose `s///` arguments are read as substitutions). */
const SUBSTITUTING_LINE = /\b(?:sed|perl)\b[^\n]*/g;

/**
 * `s` then any delimiter that is not a word character, white space, a backslash or a quote; the
 * search part; the replacement (possibly unterminated on this line); flags.
 */
const SUBSTITUTION = /(?<=^|[\s'"=;{])s([^\w\s\\'"])((?:\\.|(?!\1)[^\\\n])*)\1((?:\\.|(?!\1)[^\\\n])*)(?:\1([a-zA-Z0-9]*))?/g;

/** The substitutions in `text` (every sed/perl line), with offsets into `text`. */
export function substitutions(text: string): Substitution[] {
  const out: Substitution[] = [];
  if (!text.includes('sed') && !text.includes('perl')) return out;
  SUBSTITUTING_LINE.lastIndex = 0;
  for (let line = SUBSTITUTING_LINE.exec(text); line; line = SUBSTITUTING_LINE.exec(text)) {
    const re = new RegExp(SUBSTITUTION.source, 'g');
    for (let m = re.exec(line[0]); m; m = re.exec(line[0])) {
      const start = line.index + m.index;
      const replacementStart = start + 2 + m[2].length + 1;
      const replacementEnd = replacementStart + m[3].length;
      const closed = m[4] !== undefined;
      out.push({
        start,
        delimiter: m[1],
        replacementStart,
        replacementEnd,
        end: closed ? replacementEnd + 1 + m[4].length : replacementEnd,
        closed,
      });
    }
  }
  return out;
}

function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

/**
 * In shell-like text, blanks what a script only looks for, and the syntax around what it writes:
 *
 * - `sed -i 's/^ssl_protocols.*\/ssl_protocols = !SSLv3/g' f`, `perl -pi -e 's#…#…#' f` (any
 *   delimiter, several expressions): the `s`, the delimiters, the search part and the flags; the
 *   replacement stays where it was, so it reads as the setting it writes and nothing of the
 *   command (a closing `/`) runs into its value.
 * - sed addresses (`/^#ssl_protocols/c\…`, `/x/ s/…/…/`) and the `c\`/`a\`/`i\` before written text.
 * - `grep 'pattern'`: the text a script tests for is often the very legacy setting it removes
 *   (`grep -q '^SSLProtocol all -SSLv3' f && sed -i 's|^SSLProtocol .*|…|' f`).
 */
export function maskSearchedText(text: string): string {
  if (!text.includes('sed') && !text.includes('grep') && !text.includes('perl')) return text;
  const units = text.split(''); // UTF-16 units: offsets stay offsets into `text`
  for (const s of substitutions(text)) {
    blank(units, s.start, s.replacementStart);
    if (s.closed) blank(units, s.replacementEnd, s.end);
  }
  SUBSTITUTING_LINE.lastIndex = 0;
  for (let line = SUBSTITUTING_LINE.exec(text); line; line = SUBSTITUTING_LINE.exec(text)) {
    if (!/^sed\b/.test(line[0])) continue;
    // Addresses: `/regex/` (or `\%regex%`) followed by a command, `!` or a range comma.
    // Only right after a quote, `;` or `-e ` (a path such as ` /etc/postfix/` is not an address).
    const address =
      /(?<=['";]|-e[ \t]+)(\/(?:\\.|[^/\\\n])*\/|\\([^\w\s\\])(?:\\.|(?!\2)[^\\\n])*\2)(?=[ \t]*(?:!|,|[acisdpyDPN{](?!\w)|[aci]\\))/g;
    for (let m = address.exec(line[0]); m; m = address.exec(line[0])) {
      const at = line.index + m.index;
      blank(units, at, at + m[1].length);
      // `c\`, `a\`, `i\`: the command letter and its backslash are not part of the written line.
      const cmd = /^[ \t]*[aci]\\?/.exec(line[0].slice(m.index + m[1].length));
      if (cmd) blank(units, at + m[1].length, at + m[1].length + cmd[0].length);
    }
  }
  const grep = /\b(e?grep(?:[ \t]+-{1,2}[\w-]+)*[ \t]+)(['"])([^'"\n]{0,400})\2/g;
  for (let m = grep.exec(text); m; m = grep.exec(text)) {
    const at = m.index + m[1].length + 1;
    blank(units, at, at + m[3].length);
  }
  return units.join('');
}

/** Where a shell word's quoting stands at `at`, scanning from the start of its line. */
function quoteAt(text: string, at: number): '' | "'" | '"' {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let quote: '' | "'" | '"' = '';
  for (let i = lineStart; i < at; i++) {
    const ch = text[i];
    if (quote === "'") {
      if (ch === "'") quote = '';
    } else if (ch === '\\') i++;
    else if (quote === '"') {
      if (ch === '"') quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
  }
  return quote;
}

/** Whether the line holding `at` is shell: a Dockerfile `RUN` (not `ENV`), a Makefile recipe, any line of a script. */
function isShellLine(text: string, at: number, kind: FileKind): boolean {
  if (inHereDocument(text, at)) return false;
  if (kind === 'shell') return true;
  // The logical line: back over `\` continuations.
  let start = text.lastIndexOf('\n', at - 1) + 1;
  while (start > 1 && /\\\r?$/.test(text.slice(text.lastIndexOf('\n', start - 2) + 1, start - 1))) {
    start = text.lastIndexOf('\n', start - 2) + 1;
  }
  const head = text.slice(start, start + 16);
  if (kind === 'dockerfile') return /^[ \t]*RUN\b/i.test(head);
  if (kind === 'makefile') return head.startsWith('\t');
  return false;
}

/**
 * Whether `at` is in the body of a here-document (`cat > f <<EOF`, `<<-'EOF'`): configuration text,
 * not shell words.
 */
export function inHereDocument(text: string, at: number): boolean {
  const start = /<<(-?)[ \t]*(["']?)([A-Za-z_][\w-]*)\2/g;
  for (let m = start.exec(text); m && m.index < at; m = start.exec(text)) {
    const bodyStart = text.indexOf('\n', m.index);
    if (bodyStart < 0 || bodyStart >= at) return false;
    const end = new RegExp(`^${m[1] ? '[\\t ]*' : ''}${m[3]}[ \\t]*\\r?$`, 'm');
    end.lastIndex = 0;
    const rest = text.slice(bodyStart + 1);
    const close = end.exec(rest);
    const bodyEnd = close ? bodyStart + 1 + close.index : text.length;
    if (at < bodyEnd) return true;
    start.lastIndex = Math.max(start.lastIndex, bodyEnd);
  }
  return false;
}

export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Whether replacing [start, end) of a shell-like file's text by `edit.text` keeps the command
 * valid: inside a substitution's replacement the edit must stay inside it and must not write its
 * delimiter or sed's `&`/`\`; in a shell word it must not remove a quote, and unquoted it must not
 * add white space or shell syntax (`tools/editconf.py main.cf smtpd_tls_protocols=!SSLv2,!SSLv3`
 * would become two arguments).
 */
export function keepsCommandValid(text: string, kind: FileKind, edit: TextEdit): boolean {
  const replaced = text.slice(edit.start, edit.end);
  if (/[\n]/.test(replaced)) return false;
  for (const s of substitutions(text.slice(text.lastIndexOf('\n', edit.start - 1) + 1, nextBreak(text, edit.start)))) {
    const base = text.lastIndexOf('\n', edit.start - 1) + 1;
    const from = base + s.replacementStart;
    const to = base + s.replacementEnd;
    if (edit.start < from || edit.start > to) continue;
    if (edit.end > to) return false;
    if (edit.text.includes(s.delimiter) || /[&\\\n]/.test(edit.text)) return false;
  }
  if (!isShellLine(text, edit.start, kind)) return true;
  const quote = quoteAt(text, edit.start);
  if (/["']/.test(replaced)) return false;
  if (quote === "'") return !edit.text.includes("'");
  if (quote === '"') return !/["$`\\]/.test(edit.text);
  return !/[\s;&|<>()$`"'*?[\]{}]/.test(edit.text);
}

function nextBreak(text: string, at: number): number {
  const i = text.indexOf('\n', at);
  return i < 0 ? text.length : i;
}

/** Text a script writes into a named file: the file and where, in the script, the written text is. */
export interface WrittenRegion {
  readonly start: number;
  readonly end: number;
  /** The target as written (`/etc/dovecot/dovecot.conf`, `main.cf`); never one with a `$` in it. */
  readonly target: string;
}

/** A literal file name or path: a word with a `/` or an extension, without variables or globs. */
const PATH_WORD = /^(?:[\w.~+-]*\/)*[\w+-][\w.+-]*$/;

function pathWord(word: string | undefined): string | undefined {
  const w = word?.replace(/^["']|["']$/g, '');
  return w && PATH_WORD.test(w) && (w.includes('/') || /\.\w+$/.test(w)) && !/^-|^\/dev\//.test(w) ? w : undefined;
}

/** The logical lines of a script: physical lines joined where one ends with a `\` continuation. */
function* logicalLines(text: string): Generator<{ start: number; end: number; text: string }> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    while (end >= 0 && /\\\r?$/.test(text.slice(Math.max(start, end - 2), end))) end = text.indexOf('\n', end + 1);
    if (end < 0) end = text.length;
    yield { start, end, text: text.slice(start, end) };
    start = end + 1;
  }
}

/**
 * Where a script writes configuration into a file it names: a sed/perl substitution's line and its
 * file argument, `echo`/`printf … > file` and `>> file`, a here-document's body (`cat > file <<EOF`,
 * `tee file <<EOF`), `crudini --set file …`, `editconf file …` and `postconf -e` (`main.cf`). The
 * rules that read the target's kind of file read that text too, whatever the script is called.
 */
export function writtenRegions(text: string): WrittenRegion[] {
  const out: WrittenRegion[] = [];
  if (!/sed|perl|>|tee|crudini|editconf|postconf/.test(text)) return out;
  for (const line of logicalLines(text)) {
    const t = line.text;
    const heredoc = /<<-?[ \t]*(["']?)([A-Za-z_][\w-]*)\1/.exec(t);
    const redirect =
      /(?:^|[^<>&\d])>>?[ \t]*(["']?[^\s"';&|<>()]+["']?)|\btee[ \t]+(?:-a[ \t]+)?(["']?[^\s"';&|<>()-][^\s"';&|<>()]*["']?)/.exec(t);
    const redirected = pathWord(redirect?.[1] ?? redirect?.[2]);
    if (heredoc && redirected) {
      const bodyStart = line.end + 1;
      const close = new RegExp(`^[ \\t]*${heredoc[2]}[ \\t]*\\r?$`, 'm').exec(text.slice(bodyStart));
      out.push({ start: bodyStart, end: close ? bodyStart + close.index : text.length, target: redirected });
      continue;
    }
    if (redirected && /\b(?:echo|printf)\b/.test(t)) {
      out.push({ start: line.start, end: line.end, target: redirected });
      continue;
    }
    const subs = /\b(?:sed|perl)\b/.test(t) ? substitutions(t) : [];
    if (subs.length) {
      const after = t.slice(subs[subs.length - 1].end).split(/[ \t]+/);
      const target = after
        .map(pathWord)
        .filter((w) => w !== undefined)
        .pop();
      if (target) out.push({ start: line.start, end: line.end, target });
      continue;
    }
    const tool = /\b(?:crudini[ \t]+--set|editconf(?:\.py)?)[ \t]+(?:-\w+[ \t]+)*(["']?[^\s"';&|<>()]+["']?)/.exec(t);
    const target = pathWord(tool?.[1]);
    if (target) out.push({ start: line.start, end: line.end, target });
    else if (/\bpostconf\b[^\n]*[ \t]-e\b/.test(t)) out.push({ start: line.start, end: line.end, target: 'main.cf' });
  }
  return out;
}
