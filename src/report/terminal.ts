/** Untrusted text on a terminal. */

/**
 * Text from files, endpoints or servers made safe for a terminal: control characters (an escape
 * sequence can rewrite the screen or the window title) and line breaks shown as `\xNN`.
 */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this matches
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
