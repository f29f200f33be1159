/**
 * Endpoint strings and config objects → Endpoint. Accepted forms: `host`, `host:port`,
 * `[v6]:port`, a bare IPv6 literal, or a URL whose scheme picks the port and the STARTTLS dialect;
 * `?sni=NAME` overrides the server name (needed for IP targets behind name-based front ends).
 * IPv4 shorthands (`127.1`, `2130706433`, `0x7f.0.0.1`) become the dotted quad, as in a URL, in
 * every form: they are addresses, and an address is never sent as SNI.
 * Errors are values: the caller knows where the entry came from and names it.
 */
import { clip } from '../clip.js';
import { dottedQuad, endsInNumber, isIP } from './ip-literal.js';
import type { Dialect, Endpoint } from './types.js';

interface Scheme {
  readonly port: number;
  readonly starttls: Dialect | null;
}

/** Schemes, their default ports and whether TLS starts at once or after a STARTTLS dialog. */
export const SCHEMES: Readonly<Record<string, Scheme>> = {
  https: { port: 443, starttls: null },
  tls: { port: 443, starttls: null },
  smtps: { port: 465, starttls: null },
  imaps: { port: 993, starttls: null },
  pop3s: { port: 995, starttls: null },
  ldaps: { port: 636, starttls: null },
  ftps: { port: 990, starttls: null },
  smtp: { port: 25, starttls: 'smtp' },
  submission: { port: 587, starttls: 'smtp' },
  imap: { port: 143, starttls: 'imap' },
  pop3: { port: 110, starttls: 'pop3' },
  ftp: { port: 21, starttls: 'ftp' },
  ldap: { port: 389, starttls: 'ldap' },
  xmpp: { port: 5222, starttls: 'xmpp' },
  postgres: { port: 5432, starttls: 'postgres' },
  postgresql: { port: 5432, starttls: 'postgres' },
  mysql: { port: 3306, starttls: 'mysql' },
};

export type ParsedEndpoint = { readonly ok: true; readonly endpoint: Endpoint } | { readonly ok: false; readonly error: string };

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?)(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?)*\.?$/i;

/** An error that names the endpoint as written (clipped: it may be a pasted page) and what is wrong with it. */
function fail(target: string, problem: string): ParsedEndpoint {
  return { ok: false, error: `"${clip(target)}": ${problem}` };
}

function parsePort(text: string): number | string {
  if (!/^\d{1,5}$/.test(text))
    return text.length > 20 ? `the port is not a number (${text.length} characters)` : `port "${text}" is not a number`;
  const port = Number(text);
  if (port < 1 || port > 65535) return `port ${port} is out of range (1-65535)`;
  return port;
}

/** What is wrong with a host that is neither an IP address nor a host name; a long one is not quoted twice. */
function badHost(host: string): string {
  if (host.length > 253) return `the host name is ${host.length} characters long (at most 253)`;
  return `"${clip(host, 40)}" is not a valid host name or IP address`;
}

/** A name fit for SNI: a host name, not an IP address in any spelling. */
function isServerName(name: string): boolean {
  return HOSTNAME.test(name) && !isIP(name) && !endsInNumber(name);
}

/** Parses one endpoint. `sni` and `name` come from config objects and win over `?sni=`. */
export function parseEndpoint(raw: string, extra: { sni?: string; name?: string } = {}): ParsedEndpoint {
  const target = raw.trim();
  if (target === '') return { ok: false, error: 'an endpoint is empty' };
  if (/\s/.test(target)) return fail(target, 'an endpoint cannot contain spaces');
  let rest = target;
  let scheme: Scheme = SCHEMES.https;
  const schemeMatch = /^([a-z][a-z0-9+.-]*):\/\//i.exec(rest);
  if (schemeMatch) {
    const name = schemeMatch[1].toLowerCase();
    const known = SCHEMES[name];
    if (!known) return fail(target, `unknown scheme "${clip(name, 40)}"; expected one of ${Object.keys(SCHEMES).join(', ')}`);
    scheme = known;
    rest = rest.slice(schemeMatch[0].length);
    rest = rest.replace(/#.*$/, ''); // a URL fragment, like a path, means nothing to TLS
  }
  let sni = extra.sni;
  const q = rest.indexOf('?');
  if (q >= 0) {
    const params = new URLSearchParams(rest.slice(q + 1));
    for (const key of params.keys())
      if (key !== 'sni') return fail(target, `unknown parameter "${clip(key, 40)}"; only ?sni=NAME is understood`);
    const s = params.get('sni');
    if (s !== null) {
      if (!isServerName(s)) return fail(target, `sni "${clip(s, 40)}" is not a host name`);
      sni ??= s;
    }
    rest = rest.slice(0, q);
  }
  rest = rest.replace(/\/.*$/, (path) => (schemeMatch ? '' : path)); // a URL path means nothing to TLS
  if (rest.includes('/')) return fail(target, 'unexpected "/"; write host:port or a URL such as https://host');
  if (rest.includes('@')) return fail(target, 'user names are not supported in endpoints');
  let host: string;
  let port: number = scheme.port;
  const bracket = /^\[([^\]]+)\](?::(.*))?$/.exec(rest);
  if (bracket) {
    host = bracket[1];
    if (isIP(host) !== 6) return fail(target, `"[${clip(host, 40)}]" is not an IPv6 address`);
    if (bracket[2] !== undefined) {
      const p = parsePort(bracket[2]);
      if (typeof p === 'string') return fail(target, p);
      port = p;
    }
  } else if (isIP(rest) === 6) {
    host = rest;
  } else {
    const colon = rest.lastIndexOf(':');
    if (colon >= 0) {
      if (rest.indexOf(':') !== colon) return fail(target, 'an IPv6 address with a port must be written [address]:port');
      const p = parsePort(rest.slice(colon + 1));
      if (typeof p === 'string') return fail(target, p);
      port = p;
      host = rest.slice(0, colon);
    } else host = rest;
  }
  host = host.replace(/\.$/, '').toLowerCase();
  if (host === '') return fail(target, 'the host is missing');
  if (!isIP(host)) {
    const quad = dottedQuad(host);
    if (quad) host = quad;
    else if (!HOSTNAME.test(host) || endsInNumber(host)) return fail(target, badHost(host));
  }
  if (sni === undefined && !isIP(host)) sni = host;
  if (sni !== undefined && !isServerName(sni)) return fail(target, `sni "${clip(sni, 40)}" is not a host name`);
  return {
    ok: true,
    endpoint: {
      target,
      host,
      port,
      starttls: scheme.starttls,
      ...(sni !== undefined ? { sni } : {}),
      ...(extra.name ? { name: extra.name } : {}),
    },
  };
}
