import { clip } from './clip.js';

export { clip };

/**
 * A mistake in the user's input (inputs, config file, CLI arguments), as opposed to a bug. Its
 * message is one line that names what was wrong and where; entries print it without a stack trace.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/** A value quoted for a message: `"…"`, clipped. */
export function quote(value: string): string {
  return `"${clip(value)}"`;
}

/** Longest line an entry prints for an error: a safety net behind clip() for values we missed. */
const MAX_LINE = 1000;

/** The first line of any thrown value's message, bounded. */
export function firstLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const first = msg.split('\n')[0];
  return first.length > MAX_LINE ? `${first.slice(0, MAX_LINE - 1)}…` : first;
}

/** One line for any thrown value: the message of a ConfigurationError, or a short bug report. */
export function oneLine(e: unknown): string {
  return e instanceof ConfigurationError ? firstLine(e) : `internal error: ${firstLine(e)} (please report this)`;
}
