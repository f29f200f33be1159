/**
 * The probe's part of the JSON report, from real probes of loopback servers through buildReport,
 * checked against schema/report.schema.json (run on the sources, not only through the bundle).
 */
import * as fs from 'node:fs';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { parseEndpoint } from '../../src/probe/endpoints.js';
import { probe } from '../../src/probe/prober.js';
import { buildReport, toJson } from '../../src/report/report.js';
import { acceptsOnly, sslv2Server, startResponder, type Responder } from './responders.js';

const schema = JSON.parse(fs.readFileSync('schema/report.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

const running: Responder[] = [];
afterAll(() => Promise.all(running.map((r) => r.close())));

async function reportFor(...servers: Responder[]) {
  const endpoints = servers.map((s) => {
    const parsed = parseEndpoint(`127.0.0.1:${s.port}`);
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.endpoint;
  });
  const results = await probe(endpoints, {
    timeoutMs: 2000,
    concurrency: 16,
    resolve: () => Promise.reject(new Error('no lookups in tests')),
  });
  return JSON.parse(toJson(buildReport({ endpoints: results, policy: { minVersion: 'TLSv1.2', failOn: 'error' } })));
}

describe('endpoints in the JSON report', () => {
  it('an accepted version carries the cipher suite as its number and its IANA name (SSLv2: the cipher spec)', async () => {
    const tls12 = await startResponder(acceptsOnly(['TLSv1.2']));
    const sslv2 = await startResponder(sslv2Server(Buffer.from('not parsed by the prober'), [0x0700c0]));
    running.push(tls12, sslv2);
    const report = await reportFor(tls12, sslv2);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const outcome = (e: number, v: string) =>
      report.endpoints[e].addresses[0].results.find((r: { version: string }) => r.version === v).outcome;
    // The responder picks the first TLS 1.2 suite of our offer: ECDHE-ECDSA AES-256-GCM.
    expect(outcome(0, 'TLSv1.2')).toEqual({
      kind: 'accepted',
      serverVersion: 'TLSv1.2',
      cipher: 0xc02c,
      cipherName: 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
    });
    expect(outcome(0, 'TLSv1.0')).toEqual({ kind: 'rejected', alert: 70, alertName: 'protocol_version' });
    expect(outcome(1, 'SSLv2')).toEqual({
      kind: 'accepted',
      serverVersion: 'SSLv2',
      cipher: 0x0700c0,
      cipherName: 'SSL_CK_DES_192_EDE3_CBC_WITH_MD5',
    });
  });

  it('the schema holds the contract: a cipher without its name, or a name that is not text, is invalid', async () => {
    const tls12 = await startResponder(acceptsOnly(['TLSv1.2']));
    running.push(tls12);
    const report = await reportFor(tls12);
    const accepted = report.endpoints[0].addresses[0].results.find((r: { version: string }) => r.version === 'TLSv1.2').outcome;
    delete accepted.cipherName;
    expect(validate(report)).toBe(false);
    accepted.cipherName = 49196;
    expect(validate(report)).toBe(false);
    accepted.cipherName = 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384';
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });
});
