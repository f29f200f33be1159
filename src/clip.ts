/**
 * Text that came from a user or a repository (a setting, an endpoint, a host name), shortened for
 * a message: one line, at most `max` characters. Messages quote input so people can find it; a
 * pasted 10,000-character value must not turn one error line into a page. A part of something
 * already quoted gets a smaller `max`, so that no long input is quoted twice.
 */
export function clip(text: string, max = 100): string {
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 3)}…` : oneLine;
}
