/**
 * The action, over a small I/O interface so that it can be run in tests without the toolkit:
 * inputs → settings → scan → annotations, job summary, report files, outputs → pass or fail.
 */
import * as path from 'node:path';
import { ConfigurationError, oneLine } from './errors.js';
import { writeReportFile } from './outputs.js';
import { KNOWN_RULE_IDS, activeRules, runScan } from './pipeline.js';
import { annotate, type Annotator } from './report/annotations.js';
import { formatSummary, type LinkFn } from './report/summary.js';
import { loadSettings } from './settings.js';

export const INPUT_NAMES = [
  'min-version',
  'paths',
  'exclude',
  'config',
  'fail',
  'fail-on',
  'report-file',
  'sarif-file',
  'max-file-size',
] as const;

export interface ActionIO extends Annotator {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  info(message: string): void;
  writeSummary(markdown: string): Promise<void>;
  readonly env: NodeJS.ProcessEnv;
}

function blobLink(env: NodeJS.ProcessEnv): LinkFn | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  if (!server || !repo || !sha) return undefined;
  return (file, line) => `${server}/${repo}/blob/${sha}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}

export async function runAction(io: ActionIO): Promise<void> {
  try {
    const root = io.env.GITHUB_WORKSPACE || process.cwd();
    const raw = Object.fromEntries(INPUT_NAMES.map((n) => [n, io.getInput(n)]));
    const settings = loadSettings(root, raw, KNOWN_RULE_IDS);
    const report = runScan(settings);
    const rules = activeRules(settings);
    annotate(report, io);
    await io.writeSummary(formatSummary(report, blobLink(io.env)));
    const reportFile = settings.reportFile ? writeReportFile(path.resolve(root, settings.reportFile), report, rules, 'json') : '';
    const sarifFile = raw['sarif-file'] ? writeReportFile(path.resolve(root, raw['sarif-file']), report, rules, 'sarif') : '';
    io.setOutput('verdict', report.verdict);
    io.setOutput('findings', String(report.findings.length));
    io.setOutput('legacy-versions', report.legacyVersions.join(','));
    io.setOutput('report-file', reportFile);
    io.setOutput('sarif-file', sarifFile);
    io.info(
      `tls-floor: ${report.verdict} — ${report.findings.length} finding(s), ${report.suppressed.length} suppressed, ${report.stats.files} files in ${report.stats.milliseconds} ms`,
    );
    if (report.verdict === 'fail' && settings.fail) {
      io.setFailed(
        `${report.legacyVersions.join(', ')} enabled below ${settings.policy.minVersion} in ${report.findings.length} place(s); see the annotations and the job summary`,
      );
    }
  } catch (e) {
    io.setFailed(e instanceof ConfigurationError ? `configuration error: ${oneLine(e)}` : oneLine(e));
  }
}
