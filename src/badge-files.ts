/** Writing the badge files (report/badge.ts renders them) into a directory the user named. */
import * as path from 'node:path';
import { outputPath, writeOutput, type Reach } from './paths.js';
import { badgeFor, badgeSvg, shieldsJson } from './report/badge.js';
import type { Report } from './report/report.js';

export const BADGE_FILES = { svg: 'tls-floor.svg', json: 'tls-floor.json' } as const;

/** Writes `tls-floor.svg` and the shields.io endpoint `tls-floor.json`; returns both paths. */
export function writeBadges(report: Report, dir: string, key = 'badge-dir', base = process.cwd(), reach: Reach = 'anywhere') {
  const badge = badgeFor(report);
  const write = (name: string, text: string): string => writeOutput(outputPath(path.join(dir, name), key, base, reach), text);
  return { svg: write(BADGE_FILES.svg, badgeSvg(badge)), json: write(BADGE_FILES.json, shieldsJson(badge)) };
}
