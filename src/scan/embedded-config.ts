/**
 * Configuration written inside code: a string literal that holds an nginx, Apache, Caddyfile,
 * Postfix, Dovecot or HAProxy line (`nginxparser.loads("""… ssl_protocols TLSv1 TLSv1.1;…""")`, a
 * Go test's Caddyfile in backquotes, a template rendered by a program). The rules of that kind of
 * file read the literal's text, as they read the text a shell script writes into a file.
 */
import type { WrittenRegion } from './shell-writers.js';
import type { SourceFile } from './source.js';

/** A configuration line by its directive, and a file name that selects the rules of its kind. */
const SIGNATURES: readonly { readonly re: RegExp; readonly target: string }[] = [
  { re: /(?:^|[;{\s])(?:proxy_|grpc_|uwsgi_|lua_)?ssl_protocols[ \t]+[^;=\n]{1,200};/, target: 'nginx.conf' },
  { re: /(?:^|\n)[ \t]*SSL(?:Proxy)?Protocol[ \t]+[^\n]{1,200}/, target: 'httpd.conf' },
  { re: /(?:^|\n)[ \t]*protocols[ \t]+tls1\.[0-3]/, target: 'Caddyfile' },
  { re: /(?:^|\n)[ \t]*(?:smtpd?|lmtp)_tls_(?:mandatory_)?protocols[ \t]*=/, target: 'main.cf' },
  { re: /(?:^|\n)[ \t]*ssl_(?:min_)?protocols?[ \t]*=/, target: 'dovecot.conf' },
  {
    re: /(?:^|\n)[ \t]*(?:bind|server|default-server|ssl-default-(?:bind|server)-options)[ \t][^\n]{0,300}\bssl-(?:min|max)-ver[ \t]/,
    target: 'haproxy.cfg',
  },
];

/** One cheap test before any literal is read. */
const ANY =
  /ssl_protocols|SSLProtocol|SSLProxyProtocol|protocols[ \t]+tls1\.|_tls_(?:mandatory_)?protocols|ssl_min_protocol|ssl-m(?:in|ax)-ver/;

/** String literals: Python triple quotes, backquotes (Go, JS, Kotlin raw strings are `"""` too), and one-line quotes. */
const LITERAL =
  /"""([\s\S]{0,20000}?)"""|'''([\s\S]{0,20000}?)'''|`([^`]{0,20000})`|"((?:[^"\\\n]|\\.){1,2000})"|'((?:[^'\\\n]|\\.){1,2000})'/g;

/** The string literals of a code file that hold a configuration line, each with the file it reads like. */
export function embeddedRegions(file: SourceFile): WrittenRegion[] {
  // The raw text first: masking comments costs a pass over the file, and most code holds no config.
  if (!ANY.test(file.text)) return [];
  const code = file.code;
  const out: WrittenRegion[] = [];
  const re = new RegExp(LITERAL.source, 'g');
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const groups = m.slice(1);
    const at = groups.findIndex((g) => g !== undefined);
    const content = groups[at];
    if (!ANY.test(content)) continue;
    const signature = SIGNATURES.find((s) => s.re.test(content));
    if (!signature) continue;
    const start = m.index + m[0].indexOf(content);
    out.push({ start, end: start + content.length, target: signature.target });
  }
  return out;
}
