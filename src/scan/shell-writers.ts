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

/** Lines longer than this get no fix: a setting's command is never that long, and the checks stay linear. */
const MAX_LINE = 2000;

/** The start of the line holding `at`, or undefined when it is further back than MAX_LINE. */
function lineStartOf(text: string, at: number): number | undefined {
  const from = Math.max(0, at - MAX_LINE);
  const i = text.slice(from, at).lastIndexOf('\n');
  return i >= 0 ? from + i + 1 : from === 0 ? 0 : undefined;
}

/** Where a shell word's quoting stands at `at`, scanning from `lineStart`. */
function quoteAt(text: string, lineStart: number, at: number): '' | "'" | '"' {
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

/** Whether a line is shell: any line of a script, a Dockerfile `RUN` (not `ENV`), a Makefile recipe. */
function isShellLine(text: string, lineStart: number, kind: FileKind): boolean {
  if (kind === 'shell') return true;
  // The logical line: back over `\` continuations (a few lines at most).
  let start = lineStart;
  for (let n = 0; n < 50 && start > 1 && /\\\r?$/.test(text.slice(Math.max(0, start - 3), start - 1)); n++) {
    start = lineStartOf(text, start - 1) ?? 0;
  }
  const head = text.slice(start, start + 16);
  if (kind === 'dockerfile') return /^[ \t]*RUN\b/i.test(head);
  if (kind === 'makefile') return head.startsWith('\t');
  return false;
}

/**
 * The bodies of a script's here-documents (`cat > f <<EOF`, `<<-'EOF'`): configuration text, not
 * shell words. One pass: a body is searched for its terminator once and not searched for openers.
 */
export function hereDocumentBodies(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const opener = /<<(-?)[ \t]*(["']?)([A-Za-z_][\w-]*)\2/g;
  for (let m = opener.exec(text); m; m = opener.exec(text)) {
    const newline = text.indexOf('\n', m.index);
    if (newline < 0) break;
    const start = newline + 1;
    const close = new RegExp(`^[ \\t]*${m[3]}[ \\t]*\\r?$`, 'm').exec(text.slice(start));
    const end = close ? start + close.index : text.length;
    out.push({ start, end });
    opener.lastIndex = Math.max(opener.lastIndex, end);
  }
  return out;
}

export function inHereDocument(text: string, at: number): boolean {
  return hereDocumentBodies(text).some((b) => at >= b.start && at < b.end);
}

export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * A test, for one file, of whether replacing [start, end) by `edit.text` keeps a command valid:
 * inside a substitution's replacement the edit must stay inside it and must not write its delimiter
 * or sed's `&`/`\`; in a shell word it must not remove a quote, and unquoted it must not add white
 * space or shell syntax (`tools/editconf.py main.cf smtpd_tls_protocols=!SSLv2,!SSLv3` would become
 * two arguments). Here-document bodies are configuration. Linear per file, bounded per edit.
 */
export function commandGuard(text: string, kind: FileKind): (edit: TextEdit) => boolean {
  let bodies: { start: number; end: number }[] | undefined;
  return (edit) => {
    const replaced = text.slice(edit.start, edit.end);
    if (replaced.includes('\n')) return false;
    const lineStart = lineStartOf(text, edit.start);
    if (lineStart === undefined) return false;
    const lineEnd = text.slice(edit.start, edit.start + MAX_LINE).indexOf('\n');
    const line = text.slice(lineStart, lineEnd < 0 ? Math.min(text.length, edit.start + MAX_LINE) : edit.start + lineEnd);
    for (const s of substitutions(line)) {
      const from = lineStart + s.replacementStart;
      const to = lineStart + s.replacementEnd;
      if (edit.start < from || edit.start > to) continue;
      if (edit.end > to) return false;
      if (edit.text.includes(s.delimiter) || /[&\\\n]/.test(edit.text)) return false;
    }
    bodies ??= kind === 'shell' || kind === 'dockerfile' || kind === 'makefile' ? hereDocumentBodies(text) : [];
    if (bodies.some((b) => edit.start >= b.start && edit.start < b.end)) return true;
    if (!isShellLine(text, lineStart, kind)) return true;
    if (/["']/.test(replaced)) return false;
    const quote = quoteAt(text, lineStart, edit.start);
    if (quote === "'") return !edit.text.includes("'");
    if (quote === '"') return !/["$`\\]/.test(edit.text);
    return !/[\s;&|<>()$`"'*?[\]{}]/.test(edit.text);
  };
}

/** `commandGuard` for a single edit. */
export function keepsCommandValid(text: string, kind: FileKind, edit: TextEdit): boolean {
  return commandGuard(text, kind)(edit);
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
  let bodyEnd = 0; // a here-document's body is configuration, not commands: skipped (and each read once)
  for (const line of logicalLines(text)) {
    if (line.start < bodyEnd) continue;
    const t = line.text;
    const heredoc = /<<-?[ \t]*(["']?)([A-Za-z_][\w-]*)\1/.exec(t);
    const redirect =
      /(?:^|[^<>&\d])>>?[ \t]*(["']?[^\s"';&|<>()]+["']?)|\btee[ \t]+(?:-a[ \t]+)?(["']?[^\s"';&|<>()-][^\s"';&|<>()]*["']?)/.exec(t);
    const redirected = pathWord(redirect?.[1] ?? redirect?.[2]);
    if (heredoc && redirected) {
      const bodyStart = line.end + 1;
      const close = new RegExp(`^[ \\t]*${heredoc[2]}[ \\t]*\\r?$`, 'm').exec(text.slice(bodyStart));
      bodyEnd = close ? bodyStart + close.index : text.length;
      out.push({ start: bodyStart, end: bodyEnd, target: redirected });
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
