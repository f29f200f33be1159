/**
 * Test certificates, made with `openssl` into a temp dir the first time a server needs them and
 * removed when the last server using them closes (every test file closes its servers in
 * afterAll, so nothing is left behind).
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { requireBinary } from './process.js';

const run = promisify(execFile);

export type CertKind = 'rsa' | 'ecdsa';

export interface KeyPair {
  readonly cert: string;
  readonly key: string;
}

export interface Certificates {
  readonly dir: string;
  readonly rsa: KeyPair;
  readonly ecdsa: KeyPair;
  /**
   * An empty OpenSSL configuration for the servers and s_client: a system-wide
   * `MinProtocol = TLSv1.2` (Debian buster, Fedora crypto-policies) would otherwise silently
   * remove the legacy versions the tests need.
   */
  readonly opensslConf: string;
}

/** `openssl req` needs a [req] section; this one asks nothing (the subject comes from -subj). */
const REQ_CONFIG = '[req]\ndistinguished_name = dn\nprompt = no\n[dn]\nCN = localhost\n';
const SAN = 'subjectAltName=DNS:localhost,DNS:legacy.test,IP:127.0.0.1,IP:::1';

const NEW_KEY: Record<CertKind, readonly string[]> = {
  rsa: ['-newkey', 'rsa:2048'],
  ecdsa: ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'],
};

async function generate(): Promise<Certificates> {
  const openssl = requireBinary('openssl', 'openssl');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-certs-'));
  const reqConfig = path.join(dir, 'req.cnf');
  const opensslConf = path.join(dir, 'openssl.cnf');
  fs.writeFileSync(reqConfig, REQ_CONFIG);
  fs.writeFileSync(opensslConf, '# intentionally empty: no system-wide protocol or cipher policy\n');
  const make = async (kind: CertKind): Promise<KeyPair> => {
    const pair = { cert: path.join(dir, `${kind}.crt`), key: path.join(dir, `${kind}.key`) };
    const args = ['req', '-x509', '-config', reqConfig, ...NEW_KEY[kind], '-nodes', '-days', '2'];
    await run(openssl, [...args, '-subj', '/CN=localhost', '-addext', SAN, '-keyout', pair.key, '-out', pair.cert], { timeout: 30_000 });
    return pair;
  };
  try {
    const [rsa, ecdsa] = await Promise.all([make('rsa'), make('ecdsa')]);
    return { dir, rsa, ecdsa, opensslConf };
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not make test certificates with openssl: ${(err as Error).message.split('\n')[0]}`, { cause: err });
  }
}

let shared: { certs: Promise<Certificates>; users: number } | undefined;

/** The certificates, with a release function to call when the server using them has stopped. */
export async function acquireCertificates(): Promise<{ certs: Certificates; release: () => void }> {
  if (!shared) shared = { certs: generate(), users: 0 };
  const mine = shared;
  mine.users++;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    if (--mine.users > 0 || shared !== mine) return;
    shared = undefined;
    void mine.certs.then((c) => fs.rmSync(c.dir, { recursive: true, force: true })).catch(() => undefined);
  };
  try {
    return { certs: await mine.certs, release };
  } catch (err) {
    release();
    throw err;
  }
}
