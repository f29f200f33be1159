/** The badge as files: the SVG and the shields.io endpoint JSON, written to checked paths (see paths.ts). */
import { writeOutput, type OutputPath } from './paths.js';
import { badgeFor, badgeSvg, shieldsJson } from './report/badge.js';
import type { Report } from './report/report.js';
import { BADGE_FILES } from './settings.js';

/** Both badge texts, keyed by their file names (what `badge-dir` gets and the badge branch holds). */
export function badgeFiles(report: Report): { path: string; content: string }[] {
  const badge = badgeFor(report);
  return [
    { path: BADGE_FILES.svg, content: badgeSvg(badge) },
    { path: BADGE_FILES.json, content: shieldsJson(badge) },
  ];
}

/** Writes both files; returns the paths written. */
export function writeBadges(out: { readonly svg: OutputPath; readonly json: OutputPath }, report: Report): { svg: string; json: string } {
  const badge = badgeFor(report);
  return { svg: writeOutput(out.svg, badgeSvg(badge)), json: writeOutput(out.json, shieldsJson(badge)) };
}
