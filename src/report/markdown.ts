/**
 * Markdown escaping. Two kinds of text end up in Markdown: our own (rule titles, input
 * descriptions: they may use Markdown on purpose) and text from files, endpoints or servers
 * (file names, snippets, messages that quote them, endpoint names, server replies): that text is
 * hostile input on a pull request and must stay inert.
 */

/** Line breaks, other control characters and the Unicode line/paragraph separators. */
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
/** Bidirectional overrides and isolates: they make text read differently from what it is. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
/**
 * Everything that starts Markdown or HTML inline: links and images (`[`, `]`, `!`; without a
 * bracket a parenthesis means nothing), raw HTML and autolinks (`<`, `>`), entities (`&`),
 * emphasis and strikethrough (`*`, `_`, `~`), code spans (`` ` ``), table cells (`|`), math
 * (`$`), and the escape character itself.
 */
const SPECIAL = /[\\`*_[\]<>|~&!$]/g;

/**
 * Untrusted text made inert in GitHub Markdown, in a table cell or on one line: one line; every
 * character with a meaning backslash-escaped; bare `http://…` and `www.…` not turned into links.
 */
export function mdText(s: string): string {
  return s
    .replace(BREAKS, ' ')
    .replace(BIDI, '\ufffd')
    .replace(SPECIAL, '\\$&')
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`)
    .trim();
}

/** Our own text (which may use Markdown) made safe for one table cell: one line, pipes escaped, no raw HTML. */
export function mdCell(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').trim();
}
