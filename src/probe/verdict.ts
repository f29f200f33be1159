/**
 * The policy applied to a probed endpoint: legacy versions accepted anywhere fail it; so does an
 * endpoint that accepts nothing at or above the floor (clients that require TLS 1.2 cannot
 * connect). A legacy version that could not be decided on some address (timeout, unreachable
 * family, anomaly) leaves the endpoint unchecked — never passed.
 */
import type { Policy } from '../policy.js';
import { below, setOf, toList, VERSIONS, type Version } from '../versions.js';
import type { EndpointResult, Outcome } from './types.js';

export type EndpointStatus = 'pass' | 'legacy' | 'no-modern' | 'unchecked';

export interface EndpointVerdict {
  readonly status: EndpointStatus;
  /** Legacy versions accepted by at least one address. */
  readonly legacy: readonly Version[];
  /** Legacy versions that could not be decided on at least one address. */
  readonly inconclusive: readonly Version[];
  readonly message: string;
  /** Things worth knowing that do not change the verdict (version intolerance, anomalies). */
  readonly notes: readonly string[];
}

/** Closed-without-a-word on a version above one the address accepts: the server is version-intolerant. */
function notesFor(r: EndpointResult): string[] {
  const notes: string[] = [];
  for (const a of r.addresses) {
    const lowestAccepted = VERSIONS.findIndex((v) => a.accepted.includes(v));
    for (const x of a.results) {
      if (x.outcome.kind === 'closed' && lowestAccepted >= 0 && VERSIONS.indexOf(x.version) > lowestAccepted) {
        notes.push(
          `${a.address}: a ${x.version} hello is answered by closing the connection while ${VERSIONS[lowestAccepted]} works (version intolerance)`,
        );
      }
      if (x.outcome.kind === 'anomaly') notes.push(`${a.address}: ${x.version}: ${x.outcome.detail}`);
      if (x.retried) notes.push(`${a.address}: ${x.version} was accepted only by the small retry hello (the server rejects large hellos)`);
    }
  }
  return notes;
}

function decided(o: Outcome): boolean {
  return o.kind === 'accepted' || o.kind === 'rejected' || o.kind === 'closed';
}

export function judgeEndpoint(r: EndpointResult, policy: Policy): EndpointVerdict {
  const v = judge(r, policy);
  return { ...v, notes: notesFor(r) };
}

function judge(r: EndpointResult, policy: Policy): Omit<EndpointVerdict, 'notes'> {
  const legacy = toList(below(setOf(...r.accepted), policy.minVersion));
  const floorIndex = VERSIONS.indexOf(policy.minVersion);
  const legacyVersions = VERSIONS.slice(0, floorIndex);
  const inconclusive = legacyVersions.filter(
    (v) =>
      !legacy.includes(v) &&
      (r.addresses.length === 0 ||
        r.addresses.some((a) => {
          const x = a.results.find((y) => y.version === v);
          return a.error !== null || x === undefined || !decided(x.outcome);
        })),
  );
  const name = r.endpoint.name ?? r.endpoint.target;
  if (legacy.length) {
    const where = r.addresses.filter((a) => a.accepted.some((v) => legacy.includes(v))).map((a) => a.address);
    const noModern = !r.accepted.some((v) => VERSIONS.indexOf(v) >= floorIndex) ? `, and nothing at or above ${policy.minVersion}` : '';
    return {
      status: 'legacy',
      legacy,
      inconclusive,
      message: `${name} accepts ${legacy.join(', ')} (${where.join(', ')})${noModern}; the floor is ${policy.minVersion}`,
    };
  }
  if (r.error || inconclusive.length) {
    const why =
      r.error?.message ??
      r.addresses.find((a) => a.error)?.error?.message ??
      `${inconclusive.join(', ')} could not be decided (no answer or an unexpected reply)`;
    return { status: 'unchecked', legacy, inconclusive, message: `${name} could not be checked: ${why}` };
  }
  const modern = r.accepted.filter((v) => VERSIONS.indexOf(v) >= floorIndex);
  if (modern.length === 0) {
    return {
      status: 'no-modern',
      legacy,
      inconclusive,
      message: `${name} accepts no version at or above ${policy.minVersion}: clients that require it cannot connect`,
    };
  }
  return { status: 'pass', legacy, inconclusive, message: `${name} accepts ${r.accepted.join(', ')}` };
}
