/**
 * The status badge: what a person wants to know at a glance, as a shields.io endpoint JSON and as
 * an SVG rendered by shields' own library (badge-maker, which carries the font metrics that make
 * the text fit). Pure: a report in, texts out; writing them is the caller's job.
 */
import { makeBadge } from 'badge-maker';
import { endpointFails, failing, type Report } from './report.js';
import { plural } from './text.js';
import { VERSIONS, type Version } from '../versions.js';

export interface Badge {
  readonly label: string;
  readonly message: string;
  /** A shields.io named colour. */
  readonly color: 'brightgreen' | 'red' | 'lightgrey';
}

export const BADGE_LABEL = 'tls-floor';

/** `TLSv1.0` → `TLS 1.0`, `SSLv3` → `SSL 3`: how people write versions on a badge. */
function spoken(v: Version): string {
  return v.replace(/^(TLS|SSL)v/, '$1 ');
}

/**
 * Most urgent first: a server that accepts a legacy version (the lowest one it accepts), then
 * legacy settings in the code, then what could not be checked; a pass shows the floor.
 */
export function badgeFor(report: Report): Badge {
  const label = BADGE_LABEL;
  const acceptedLegacy = report.endpoints.flatMap((e) => (endpointFails(e) ? e.legacy : []));
  if (acceptedLegacy.length) {
    const lowest = VERSIONS.find((v) => acceptedLegacy.includes(v))!;
    return { label, message: `${spoken(lowest)} accepted`, color: 'red' };
  }
  const settings = failing(report.findings, { minVersion: report.minVersion, failOn: report.failOn }).length;
  if (settings) return { label, message: plural(settings, 'legacy setting', 'legacy settings'), color: 'red' };
  if (report.verdict === 'fail') {
    const endpoints = report.endpoints.filter((e) => e.status === 'unchecked').length;
    const message = endpoints
      ? `${plural(endpoints, 'endpoint', 'endpoints')} unchecked`
      : report.errors.length
        ? `${plural(report.errors.length, 'file', 'files')} unreadable`
        : 'unchecked';
    return { label, message, color: 'lightgrey' };
  }
  return { label, message: `TLS ≥ ${spoken(report.minVersion).replace(/^TLS /, '')}`, color: 'brightgreen' };
}

/** shields.io's endpoint badge: exactly the documented keys (shields rejects unknown ones). */
export function shieldsJson(badge: Badge): string {
  return `${JSON.stringify({ schemaVersion: 1, label: badge.label, message: badge.message, color: badge.color })}\n`;
}

export function badgeSvg(badge: Badge): string {
  return makeBadge({ label: badge.label, message: badge.message, color: badge.color });
}
