/** Text made safe for one Markdown table cell: one line, pipes escaped, no raw HTML. */
export function mdCell(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').trim();
}
