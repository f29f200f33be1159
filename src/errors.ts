/**
 * A mistake in the user's input (inputs, config file, CLI arguments), as opposed to a bug. Its
 * message is one line that names what was wrong and where; entries print it without a stack trace.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/** One line for any thrown value: the message of a ConfigurationError, or a short bug report. */
export function oneLine(e: unknown): string {
  if (e instanceof ConfigurationError) return e.message;
  const msg = e instanceof Error ? e.message : String(e);
  return `internal error: ${msg.split('\n')[0]} (please report this)`;
}
