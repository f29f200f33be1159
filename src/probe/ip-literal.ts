/**
 * IPv4 addresses written the ways URL parsers and inet_aton(3) accept besides the dotted quad:
 * `127.1`, `127.0.1`, `2130706433`, `0x7f.0.0.1`, `0177.0.0.1`. A resolver turns them into an
 * address without asking DNS, so they are addresses, never names: they must not go into SNI
 * (RFC 6066 §3 forbids IP literals there) and are shown and connected to as the dotted quad.
 */
import type * as Net from 'node:net';
import { lazyBuiltin } from '../lazy-builtin.js';

const net = lazyBuiltin<typeof Net>('node:net');

/**
 * node:net's isIP (0, 4 or 6), loading node:net (sockets, streams) on the first call: the settings
 * import the endpoint parser, and a run without endpoints never calls it.
 */
export function isIP(text: string): number {
  return net().isIP(text);
}

/**
 * Whether `host` ends in a number (the WHATWG URL "ends in a number" check): such a host is read
 * as an IPv4 address by URL parsers, and is never a DNS name (no top-level domain is numeric).
 */
export function endsInNumber(host: string): boolean {
  const labels = host.split('.');
  if (labels.length > 1 && labels.at(-1) === '') labels.pop();
  const last = labels.at(-1) ?? '';
  return /^\d+$/.test(last) || /^0x[0-9a-f]*$/i.test(last);
}

/**
 * The dotted quad for an IPv4 address in any of the accepted forms (a dotted quad stays as it
 * is), or undefined when `host` is not one (`1.2.3.999`, `4294967296`, a name). The WHATWG URL
 * parser Node ships is the reference: `new URL('https://127.1').hostname` is `127.0.0.1`.
 */
export function dottedQuad(host: string): string | undefined {
  if (!/^[0-9a-fx.]+$/i.test(host) || !endsInNumber(host)) return undefined;
  try {
    const parsed = new URL(`http://${host}/`).hostname;
    return isIP(parsed) === 4 ? parsed : undefined;
  } catch {
    return undefined;
  }
}
