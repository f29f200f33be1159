/**
 * Proves the real-server harness before the prober's tests rely on it: every server accepts
 * exactly what it was configured to, as real clients (openssl s_client, gnutls-cli) and a small
 * independent first-flight client see it.
 */
import * as net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientHello,
  crossCheck,
  crossCheckDetail,
  firstReply,
  gnutlsCheck,
  hasIpv6Loopback,
  startGnutls,
  startNginx,
  startOpenssl,
  TLS10_3DES_ONLY,
  type FirstReply,
  type GnutlsServer,
  type HelloVersion,
  type NginxServer,
  type OpensslServer,
  type OpensslVersion,
  type RunningServer,
} from './servers.js';
import { freePort, requireBinary } from './servers/process.js';

const HOOK_MS = 60_000;
const VERSIONS: readonly OpensslVersion[] = ['tls1', 'tls1_1', 'tls1_2', 'tls1_3'];
const HELLO_VERSION: Record<OpensslVersion, HelloVersion> = { tls1: 'TLSv1.0', tls1_1: 'TLSv1.1', tls1_2: 'TLSv1.2', tls1_3: 'TLSv1.3' };

/** Which of the four versions s_client gets a handshake at, in VERSIONS order. */
async function acceptedBy(host: string, port: number, opts: { sni?: string } = {}): Promise<OpensslVersion[]> {
  const results = await Promise.all(VERSIONS.map((v) => crossCheck(host, port, v, opts)));
  return VERSIONS.filter((_, i) => results[i]);
}

/** Sends `count` ClientHellos at once and keeps every connection open until all have answered. */
async function simultaneous(host: RunningServer['host'], port: number, hellos: readonly Buffer[]): Promise<FirstReply[]> {
  const answers = await Promise.all(hellos.map((hello) => firstReply(host, port, hello, { hold: true, timeoutMs: 15_000 })));
  for (const a of answers) a.close();
  return answers.map((a) => a.reply);
}

describe('openssl s_server, one version each', () => {
  const servers = new Map<OpensslVersion, OpensslServer>();
  beforeAll(async () => {
    await Promise.all(VERSIONS.map(async (v) => servers.set(v, await startOpenssl({ versions: v }))));
  }, HOOK_MS);
  afterAll(() => Promise.all([...servers.values()].map((s) => s.close())));

  it.each(VERSIONS)('the -%s server accepts exactly that version', async (v) => {
    const s = servers.get(v) as OpensslServer;
    expect(await acceptedBy(s.host, s.port)).toEqual([v]);
  });

  it('answers 12 simultaneous held-open probes (s_server alone serves one at a time)', async () => {
    const s = servers.get('tls1_2') as OpensslServer;
    const hellos = Array.from({ length: 12 }, (_, i) => clientHello(i % 2 === 0 ? 'TLSv1.2' : 'TLSv1.0'));
    const replies = await simultaneous(s.host, s.port, hellos);
    replies.forEach((reply, i) => {
      // The refused version gets its alert through the relay intact: protocol_version (70).
      if (i % 2 === 0) expect(reply).toMatchObject({ kind: 'server-hello', version: 'TLSv1.2' });
      else expect(reply).toMatchObject({ kind: 'alert', level: 2, description: 70 });
    });
    expect(s.processes()).toBeGreaterThan(1);
    expect(s.processes()).toBeLessThanOrEqual(16);
  });

  it('a TLS 1.3 first flight gets a ServerHello selecting 0x0304 through supported_versions', async () => {
    const s = servers.get('tls1_3') as OpensslServer;
    const { reply } = await firstReply(s.host, s.port, clientHello('TLSv1.3'));
    expect(reply).toMatchObject({ kind: 'server-hello', version: 'TLSv1.3' });
  });
});

describe('openssl s_server ranges and certificates', () => {
  let range: OpensslServer;
  let ecdsa: OpensslServer;
  beforeAll(async () => {
    [range, ecdsa] = await Promise.all([
      startOpenssl({ versions: { min: 'tls1_1', max: 'tls1_2' } }),
      startOpenssl({ versions: { min: 'tls1', max: 'tls1_3' }, cert: 'ecdsa' }),
    ]);
  }, HOOK_MS);
  afterAll(() => Promise.all([range?.close(), ecdsa?.close()]));

  it('the TLSv1.1–TLSv1.2 range server accepts exactly 1.1 and 1.2', async () => {
    expect(await acceptedBy(range.host, range.port)).toEqual(['tls1_1', 'tls1_2']);
  });

  it('the ECDSA server accepts TLS 1.0–1.3 with an ECDSA certificate', async () => {
    expect(await acceptedBy(ecdsa.host, ecdsa.port)).toEqual(VERSIONS);
    for (const v of ['tls1', 'tls1_2'] as const) {
      const detail = await crossCheckDetail(ecdsa.host, ecdsa.port, v);
      expect(detail.cipher).toMatch(/ECDSA/);
    }
  });

  it('first flights agree with s_client on the range server', async () => {
    const replies = await simultaneous(
      range.host,
      range.port,
      VERSIONS.map((v) => clientHello(HELLO_VERSION[v])),
    );
    expect(replies.map((r) => (r.kind === 'server-hello' ? r.version : r.kind))).toEqual(['alert', 'TLSv1.1', 'TLSv1.2', 'alert']);
  });
});

const ipv6 = await hasIpv6Loopback();
if (!ipv6) console.warn('harness.test: this machine cannot listen on ::1; skipping the [::1] server test');

describe.skipIf(!ipv6)('openssl s_server on [::1]', () => {
  let server: OpensslServer;
  beforeAll(async () => {
    server = await startOpenssl({ versions: 'tls1', host: '::1' });
  }, HOOK_MS);
  afterAll(() => server?.close());

  it('listens on ::1 and accepts exactly TLS 1.0', async () => {
    expect(server.host).toBe('::1');
    expect(await acceptedBy('::1', server.port)).toEqual(['tls1']);
    const { reply } = await firstReply('::1', server.port, clientHello('TLSv1.0'));
    expect(reply).toMatchObject({ kind: 'server-hello', version: 'TLSv1.0' });
  });
});

describe('nginx with per-port ssl_protocols and an SNI-only port', () => {
  let nginx: NginxServer<'legacy' | 'modern' | 'sniOnly'>;
  beforeAll(async () => {
    nginx = await startNginx({
      listeners: {
        legacy: { protocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2'] },
        modern: { protocols: ['TLSv1.2', 'TLSv1.3'] },
        sniOnly: { protocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2'], sniOnly: 'legacy.test' },
      },
    });
  }, HOOK_MS);
  afterAll(() => nginx?.close());

  it('each port accepts exactly its ssl_protocols', async () => {
    expect(await acceptedBy(nginx.host, nginx.ports.legacy)).toEqual(['tls1', 'tls1_1', 'tls1_2']);
    expect(await acceptedBy(nginx.host, nginx.ports.modern)).toEqual(['tls1_2', 'tls1_3']);
  });

  it('the SNI-only port shakes hands only with SNI legacy.test', async () => {
    const port = nginx.ports.sniOnly;
    expect(await acceptedBy(nginx.host, port, { sni: 'legacy.test' })).toEqual(['tls1', 'tls1_1', 'tls1_2']);
    expect(await acceptedBy(nginx.host, port)).toEqual([]);
    expect(await acceptedBy(nginx.host, port, { sni: 'other.test' })).toEqual([]);
    // Without the name, every version ends in unrecognized_name (112), not protocol_version.
    expect((await crossCheckDetail(nginx.host, port, 'tls1')).alert).toBe(112);
  });

  it('first flights see the same: a TLS 1.0 ServerHello with SNI, alert 112 without', async () => {
    const port = nginx.ports.sniOnly;
    const [withSni, withoutSni] = await simultaneous(nginx.host, port, [
      clientHello('TLSv1.0', { sni: 'legacy.test' }),
      clientHello('TLSv1.0'),
    ]);
    expect(withSni).toMatchObject({ kind: 'server-hello', version: 'TLSv1.0' });
    expect(withoutSni).toMatchObject({ kind: 'alert', description: 112 });
  });
});

describe('gnutls-serv: TLS 1.0 with 3DES only (the appliance OpenSSL 3 cannot talk to)', () => {
  let server: GnutlsServer;
  beforeAll(async () => {
    server = await startGnutls();
  }, HOOK_MS);
  afterAll(() => server?.close());

  it('gnutls-cli with a TLS 1.0 + 3DES priority completes a handshake', async () => {
    const result = await gnutlsCheck(server.host, server.port, TLS10_3DES_ONLY);
    expect(result).toMatchObject({ accepted: true, protocol: 'TLS1.0' });
    expect(result.cipher).toMatch(/3DES-CBC/);
  });

  it('gnutls-cli is refused at TLS 1.2, and at TLS 1.0 without 3DES', async () => {
    expect((await gnutlsCheck(server.host, server.port, 'NORMAL:-VERS-ALL:+VERS-TLS1.2')).accepted).toBe(false);
    expect((await gnutlsCheck(server.host, server.port, 'NORMAL:-VERS-ALL:+VERS-TLS1.0:-3DES-CBC')).accepted).toBe(false);
  });

  it('openssl s_client cannot get TLS 1.0 (no 3DES in OpenSSL 3) nor anything else', async () => {
    expect(await acceptedBy(server.host, server.port)).toEqual([]);
    expect((await crossCheckDetail(server.host, server.port, 'tls1')).alert).toBe(40);
  });

  it('a first flight offering 3DES gets a TLS 1.0 ServerHello selecting 0x000a, 12 at a time', async () => {
    const replies = await simultaneous(
      server.host,
      server.port,
      Array.from({ length: 12 }, () => clientHello('TLSv1.0')),
    );
    for (const reply of replies) expect(reply).toEqual({ kind: 'server-hello', version: 'TLSv1.0', cipher: 0x000a });
    expect(server.processes()).toBeGreaterThan(1);
  });
});

describe('failures are clear and bounded', () => {
  it('a missing binary is named with the package to install', () => {
    expect(() => requireBinary('tls-floor-no-such-server', 'tls-floor-pkg')).toThrow(
      'tls-floor-no-such-server is not installed: apt-get install -y tls-floor-pkg',
    );
  });

  it('a bad gnutls priority string fails start with the GnuTLS message, not a server that refuses all', async () => {
    await expect(startGnutls({ priority: 'NONE:+NO-SUCH-THING' })).rejects.toThrow(/invalid: Syntax error at: \+NO-SUCH-THING/);
  });

  it('crossCheck on a closed port rejects (inconclusive) instead of answering false', async () => {
    const port = await freePort('127.0.0.1');
    await expect(crossCheck('127.0.0.1', port, 'tls1_2')).rejects.toThrow(/could not connect/);
  });

  it('crossCheck against a silent server rejects after its timeout instead of answering false', async () => {
    const held = new Set<net.Socket>();
    const silent = net.createServer((socket) => held.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = silent.address() as net.AddressInfo;
      await expect(crossCheck('127.0.0.1', port, 'tls1_2', { timeoutMs: 1500 })).rejects.toThrow(/inconclusive/);
    } finally {
      for (const socket of held) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
