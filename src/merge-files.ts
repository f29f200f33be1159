/**
 * `tls-floor merge` and the action's `merge:` input: find the shard reports, read them safely and
 * merge them (report/merge.ts). The action's pattern is a glob inside the workspace or RUNNER_TEMP;
 * the CLI's files are the local user's own and may be anywhere.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { ConfigurationError, quote } from './errors.js';
import { isWithin, type Reach } from './paths.js';
import { readRequiredReport } from './report-files.js';
import { mergeReports } from './report/merge.js';
import type { Report } from './report/report.js';

/** More reports than a matrix can have jobs (256) is a pattern that matched the wrong files. */
export const MAX_MERGED_REPORTS = 1024;

export interface GivenFile {
  /** As the user wrote it (messages quote it). */
  readonly given: string;
  readonly path: string;
}

export function mergeFiles(files: readonly GivenFile[], key: string, reach: Reach, time?: Date): Report {
  if (files.length > MAX_MERGED_REPORTS) throw new ConfigurationError(`${key}: more than ${MAX_MERGED_REPORTS} reports`);
  return mergeReports(
    files.map((f) => ({ file: f.given, report: readRequiredReport(f.path, key, f.given, reach) })),
    time,
  );
}

/**
 * The files a pattern such as `reports/*.json` names: the directory part is taken literally, the
 * last part is a glob over that directory's regular files (what `download-artifact` with
 * `merge-multiple` leaves). Sorted, so that messages are stable.
 */
export function globReports(pattern: string, key: string, base: string, reach: Reach): GivenFile[] {
  const slash = pattern.lastIndexOf('/');
  const dirGiven = slash >= 0 ? pattern.slice(0, slash) || '/' : '.';
  const glob = pattern.slice(slash + 1);
  if (/[*?[\]{}]/.test(dirGiven))
    throw new ConfigurationError(`${key}: ${quote(pattern)}: only the file name may have wildcards (e.g. reports/*.json)`);
  const dir = path.resolve(base, dirGiven);
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    throw new ConfigurationError(`${key}: ${quote(pattern)}: the directory ${quote(dirGiven)} does not exist`);
  }
  if (reach !== 'anywhere' && !reach.some((a) => isWithin(real, a.dir)))
    throw new ConfigurationError(`${key}: ${quote(pattern)} is outside the ${reach.map((a) => a.name).join(' or ')}`);
  const match = picomatch(glob, { dot: false });
  const names = fs
    .readdirSync(real, { withFileTypes: true })
    .filter((d) => match(d.name) && (d.isFile() || d.isSymbolicLink()))
    .map((d) => d.name)
    .sort();
  if (names.length === 0) throw new ConfigurationError(`${key}: ${quote(pattern)} matches no files`);
  return names.map((n) => ({ given: slash >= 0 ? `${pattern.slice(0, slash)}/${n}` : n, path: path.join(real, n) }));
}
