import { describe, expect, test } from 'vitest';

import { parseEndpoint } from '../../src/probe/endpoints.js';
import { buildClientHello } from '../../src/probe/hello.js';

describe('parseEndpoint', () => {
  test.each([
    ['example.com', { host: 'example.com', port: 443, starttls: null, sni: 'example.com' }],
    ['example.com:8443', { host: 'example.com', port: 8443, starttls: null, sni: 'example.com' }],
    ['192.0.2.7:993', { host: '192.0.2.7', port: 993, starttls: null }],
    ['[::1]:8443', { host: '::1', port: 8443, starttls: null }],
    ['[2001:db8::1]', { host: '2001:db8::1', port: 443, starttls: null }],
    ['2001:db8::1', { host: '2001:db8::1', port: 443, starttls: null }],
    ['smtp://mail.example.com', { host: 'mail.example.com', port: 25, starttls: 'smtp' }],
    ['submission://mail.example.com', { host: 'mail.example.com', port: 587, starttls: 'smtp' }],
    ['smtps://mail.example.com', { port: 465, starttls: null }],
    ['imap://mx:1143', { host: 'mx', port: 1143, starttls: 'imap' }],
    ['pop3://mx', { port: 110, starttls: 'pop3' }],
    ['ftp://ftp.example.com', { port: 21, starttls: 'ftp' }],
    ['ldap://dc1.corp.example', { port: 389, starttls: 'ldap' }],
    ['ldaps://dc1.corp.example', { port: 636, starttls: null }],
    ['xmpp://chat.example.com', { port: 5222, starttls: 'xmpp' }],
    ['postgres://db.example.com', { port: 5432, starttls: 'postgres' }],
    ['postgresql://db.example.com:6432', { port: 6432, starttls: 'postgres' }],
    ['mysql://db.example.com', { port: 3306, starttls: 'mysql' }],
    ['https://192.0.2.7?sni=www.example.com', { host: '192.0.2.7', port: 443, sni: 'www.example.com' }],
    ['https://[::1]:8443/health?sni=api.test', { host: '::1', port: 8443, sni: 'api.test' }],
    ['HTTPS://Example.COM.', { host: 'example.com', sni: 'example.com' }],
    ['https://example.com:8443/status#top', { host: 'example.com', port: 8443, sni: 'example.com' }],
    ['https://192.0.2.7/x?sni=www.example.com#frag', { host: '192.0.2.7', port: 443, sni: 'www.example.com' }],
  ])('%s', (raw, expected) => {
    const r = parseEndpoint(raw);
    expect(r.ok, r.ok ? '' : r.error).toBe(true);
    if (r.ok) expect(r.endpoint).toMatchObject({ target: raw, ...expected });
    if (r.ok && !('sni' in expected) && /^[\d.:]+$|:/.test(r.endpoint.host)) expect(r.endpoint.sni).toBeUndefined();
  });

  // What inet_aton and URL parsers read as IPv4: addresses, shown and connected to as the dotted
  // quad, never sent as SNI; the same in the bare and the URL form.
  test.each([
    ['127.1', '127.0.0.1'],
    ['127.0.1', '127.0.0.1'],
    ['2130706433', '127.0.0.1'],
    ['0x7f.0.0.1', '127.0.0.1'],
    ['0X7F.1', '127.0.0.1'],
    ['0177.0.0.1', '127.0.0.1'],
    ['192.0.2.7.', '192.0.2.7'],
  ])('IPv4 shorthand %s is the address %s, without SNI, bare or as a URL', (shorthand, quad) => {
    for (const [raw, port, starttls] of [
      [`${shorthand}:8443`, 8443, null],
      [`https://${shorthand}:8443/`, 8443, null],
      [`smtp://${shorthand}`, 25, 'smtp'],
      [shorthand, 443, null],
    ] as const) {
      const r = parseEndpoint(raw);
      expect(r, raw).toEqual({ ok: true, endpoint: { target: raw, host: quad, port, starttls } });
      // The WHATWG URL parser agrees about the address.
      if (raw.includes('://')) expect(new URL(raw.replace(/^smtp/, 'https')).hostname).toBe(quad);
    }
    expect(parseEndpoint(`https://${shorthand}?sni=api.test`)).toMatchObject({ ok: true, endpoint: { host: quad, sni: 'api.test' } });
  });

  test.each(['1.2.3.999', '4294967296', '1.2.3.4.5', 'example.123', 'host.0x1f'])(
    '%s ends in a number but is no IPv4 address: an error, never a name',
    (host) => {
      for (const raw of [host, `${host}:443`, `https://${host}`]) {
        const r = parseEndpoint(raw);
        expect(r, raw).toEqual({ ok: false, error: `"${raw}": "${host}" is not a valid host name or IP address` });
      }
    },
  );

  test.each(['127.1', '2130706433', '0x7f.0.0.1'])('?sni=%s (or the same sni in a config object) is an address, not a name', (sni) => {
    expect(parseEndpoint(`https://192.0.2.1?sni=${sni}`)).toEqual({
      ok: false,
      error: `"https://192.0.2.1?sni=${sni}": sni "${sni}" is not a host name`,
    });
    expect(parseEndpoint('192.0.2.1', { sni })).toEqual({ ok: false, error: `"192.0.2.1": sni "${sni}" is not a host name` });
  });

  test('a 10,000-character host is quoted once, clipped, in every form', () => {
    const long = 'a'.repeat(10_000);
    const clipped = `${'a'.repeat(97)}…`;
    expect(parseEndpoint(long)).toEqual({ ok: false, error: `"${clipped}": the host name is 10000 characters long (at most 253)` });
    expect(parseEndpoint(`${long}:443`)).toEqual({
      ok: false,
      error: `"${clipped}": the host name is 10000 characters long (at most 253)`,
    });
    expect(parseEndpoint(`https://${long}/`)).toEqual({
      ok: false,
      error: `"https://${clipped.slice(8)}": the host name is 10000 characters long (at most 253)`,
    });
    for (const [raw, extra] of [
      [`https://192.0.2.1?sni=${long}`, {}],
      ['192.0.2.1', { sni: long }],
      [`${long}.example:${long}`, {}],
      [`https://x.test?${long}=1`, {}],
      [`[${long}]:443`, {}],
      [`${long} ${long}`, {}],
    ] as const) {
      const r = parseEndpoint(raw, extra);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.length, r.error).toBeLessThan(250);
      // The input appears at most once (the endpoint as written, clipped) and no part of it twice.
      expect(r.error.match(/a{40,}/g)?.length ?? 0, r.error).toBeLessThanOrEqual(1);
    }
    expect(() => buildClientHello('TLSv1.2', { sni: `${long}!` })).toThrow(
      /^invalid server name "a{97}…": expected a DNS host name or an IP address$/,
    );
  });

  test('the port range is 1-65535 inclusive', () => {
    expect(parseEndpoint('example.com:65535')).toMatchObject({ ok: true, endpoint: { port: 65535 } });
    expect(parseEndpoint('example.com:1')).toMatchObject({ ok: true, endpoint: { port: 1 } });
  });

  test('config objects give the server name and a display name', () => {
    const r = parseEndpoint('192.0.2.7:443', { sni: 'legacy.test', name: 'card terminals' });
    expect(r).toEqual({
      ok: true,
      endpoint: { target: '192.0.2.7:443', host: '192.0.2.7', port: 443, starttls: null, sni: 'legacy.test', name: 'card terminals' },
    });
  });

  test.each([
    ['', 'an endpoint is empty'],
    ['gopher://x', '"gopher://x": unknown scheme "gopher"; expected one of https, tls, smtps'],
    ['example.com:0', '"example.com:0": port 0 is out of range (1-65535)'],
    ['example.com:99999', 'port 99999 is out of range'],
    ['example.com:65536', '"example.com:65536": port 65536 is out of range (1-65535)'],
    ['example.com:123456', '"example.com:123456": port "123456" is not a number'],
    ['example.com:https', 'port "https" is not a number'],
    ['2001:db8::1:443x', 'an IPv6 address with a port must be written [address]:port'],
    ['fe80::1:8443:x', 'an IPv6 address with a port must be written [address]:port'],
    ['[example.com]:443', '"[example.com]" is not an IPv6 address'],
    ['exa mple.com', 'cannot contain spaces'],
    ['bad_host!:443', '"bad_host!" is not a valid host name'],
    ['https://x.test?foo=1', 'unknown parameter "foo"'],
    ['https://192.0.2.1?sni=10.0.0.1', 'sni "10.0.0.1" is not a host name'],
    ['user@host:443', 'user names are not supported'],
  ])('%j is an error', (raw, message) => {
    const r = parseEndpoint(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});
