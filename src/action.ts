/**
 * The action, over a small I/O interface so that it can be run in tests without the toolkit:
 * inputs → settings → scan and probe → annotations, job summary, report files, outputs → pass or fail.
 */
import { ConfigurationError, firstLine, oneLine } from './errors.js';
import { writeReportFile } from './outputs.js';
import { KNOWN_RULE_IDS, activeRules, run, type ProbeDeps } from './pipeline.js';
import { annotate, type Annotator } from './report/annotations.js';
import { headline } from './report/report.js';
import { formatSummary, type LinkFn } from './report/summary.js';
import { uriPath } from './report/uri.js';
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
  'scan',
  'endpoints',
  'timeout',
  'concurrency',
  'per-host-concurrency',
  'fail-on-unreachable',
  'fail-on-unreadable',
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
  return (file, line) => `${server}/${repo}/blob/${sha}/${uriPath(file)}#L${line}`;
}

export async function runAction(io: ActionIO, deps: ProbeDeps = {}): Promise<void> {
  try {
    const root = io.env.GITHUB_WORKSPACE || process.cwd();
    const raw = Object.fromEntries(INPUT_NAMES.map((n) => [n, io.getInput(n)]));
    // Inputs are the workflow's: they may also write to RUNNER_TEMP. The config file stays in the workspace.
    const temp = io.env.RUNNER_TEMP ? [{ dir: io.env.RUNNER_TEMP, name: 'RUNNER_TEMP' }] : [];
    const settings = loadSettings(root, raw, KNOWN_RULE_IDS, { inputAreas: temp });
    const report = await run(settings, deps);
    const rules = activeRules(settings);
    annotate(report, io);
    const summary = formatSummary(report, {
      link: blobLink(io.env),
      reportFile: settings.reportFile?.given,
      sarifFile: settings.sarifFile?.given,
    });
    try {
      await io.writeSummary(summary);
    } catch (e) {
      // The summary is a view; the verdict, outputs and report files do not depend on it.
      io.warning(`tls-floor: could not write the job summary (GITHUB_STEP_SUMMARY): ${firstLine(e)}`);
    }
    const reportFile = settings.reportFile ? writeReportFile(settings.reportFile, report, rules, 'json') : '';
    const sarifFile = settings.sarifFile ? writeReportFile(settings.sarifFile, report, rules, 'sarif') : '';
    io.setOutput('verdict', report.verdict);
    io.setOutput('findings', String(report.findings.length));
    io.setOutput('legacy-versions', report.legacyVersions.join(','));
    io.setOutput('endpoints-failing', String(report.endpoints.filter((e) => e.status === 'legacy' || e.status === 'no-modern').length));
    io.setOutput('report-file', reportFile);
    io.setOutput('sarif-file', sarifFile);
    const probed = report.endpoints.length ? `, ${report.endpoints.length} endpoint(s) probed` : '';
    io.info(
      `tls-floor: ${report.verdict} — ${report.findings.length} finding(s), ${report.suppressed.length} suppressed, ${report.stats.files} files in ${report.stats.milliseconds} ms${probed}`,
    );
    if (report.verdict === 'fail' && settings.fail) io.setFailed(`${headline(report)}; see the annotations and the job summary`);
  } catch (e) {
    io.setFailed(e instanceof ConfigurationError ? `configuration error: ${oneLine(e)}` : oneLine(e));
  }
}
