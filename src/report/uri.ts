/**
 * A root-relative file path (`/`-separated) as a URI path: each segment percent-encoded as RFC 3986
 * wants (spaces, `%`, `#`, `?`, non-ASCII …), and also `!'()*`, which are legal in a path but end a
 * Markdown link destination. Used for SARIF artifact URIs and links in the job summary.
 */
export function uriPath(file: string): string {
  return file
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}
