/**
 * The action, over a small I/O interface so that it can be run in tests without the toolkit:
 * inputs → settings → scan and probe → annotations, job summary, report files, outputs → pass or fail.
 * What only some runs need is imported when a run needs it (chunks of the bundle): the GitHub client
 * when a feature calls the API, the scanner's rules when there are files to scan or SARIF to write,
 * the prober when there are endpoints, the YAML parser when there is a config file, badges and merge
 * mode when asked for.
 */
import * as fs from 'node:fs';
import type { DiffApi, DiffResolution } from './diff/event.js';
import { defaultFailScope, eventHasDiff } from './diff/kinds.js';
import { splitByNew } from './diff/mark.js';
import type { DiffModel } from './diff/model.js';
import { ConfigurationError, firstLine, oneLine, quote } from './errors.js';
import type { GitHubClient } from './github/client.js';
import { Degrader, pullRequestOf, repoFromEnv, type RepoRef } from './github/edge.js';
import { writeReportFile } from './outputs.js';
import { KNOWN_RULE_IDS, activeRules, compareWithPrevious, loadRules, run, type ProbeDeps } from './pipeline.js';
import { annotate, type Annotator } from './report/annotations.js';
import { jobKey } from './report/comment.js';
import { endpointFails, headline, type Report } from './report/report.js';
import { realAreas } from './paths.js';
import { loadGlobMatcher } from './scan/files.js';
import { formatSummary, type LinkFn } from './report/summary.js';
import { uriPath } from './report/uri.js';
import { loadConfigParser, loadSettings, needsConfigParser, parseBoolean, parseBranchName } from './settings.js';

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
  'filter-mode',
  'fail-scope',
  'tests',
  'examples',
  'documentation',
  'vendored',
  'tls-implementation',
  'badge-dir',
  'shard',
  'previous-report',
  'merge',
] as const;

/** Inputs that choose what is scanned or probed; merge mode only joins reports, so it ignores them. */
const MERGE_IGNORES = ['paths', 'exclude', 'endpoints', 'shard'] as const;

/** Inputs of the GitHub edge, kept out of the settings (the token never travels further than the client). */
export const GITHUB_INPUT_NAMES = ['github-token', 'comment', 'suggestions', 'issue', 'badge-branch'] as const;

export interface ActionIO extends Annotator {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  info(message: string): void;
  writeSummary(markdown: string): Promise<void>;
  readonly env: NodeJS.ProcessEnv;
}

/** file:line → its blob at `sha` (the checked-out commit; the head commit in PR comments). */
function blobLink(env: NodeJS.ProcessEnv, sha = env.GITHUB_SHA): LinkFn | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = env;
  if (!server || !repo || !sha) return undefined;
  return (file, line) => `${server}/${repo}/blob/${sha}/${uriPath(file)}#L${line}`;
}

interface WorkflowEvent {
  readonly name: string;
  readonly payload: unknown;
}

/** The event that started the run; a payload that cannot be read is a warning, not a failure. */
function readEvent(io: ActionIO): WorkflowEvent {
  const name = io.env.GITHUB_EVENT_NAME ?? '';
  const file = io.env.GITHUB_EVENT_PATH;
  if (!file) return { name, payload: undefined };
  try {
    return { name, payload: JSON.parse(fs.readFileSync(file, 'utf8')) as unknown };
  } catch (e) {
    io.warning(
      `tls-floor: cannot read the event payload (${(e as NodeJS.ErrnoException).code ?? oneLine(e)}): every finding counts as new`,
    );
    return { name, payload: undefined };
  }
}

function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  return server && repo && id && /^\d+$/.test(id) ? `${server}/${repo}/actions/runs/${id}` : undefined;
}

/** A value made once, on first use. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

/** The REST fallback of the diff, with the client (and the module that uses it) loaded on the first call. */
function lazyDiffApi(client: () => Promise<GitHubClient>, repo: RepoRef): DiffApi {
  const api = once(async () => (await import('./github/pull-request.js')).diffApi(await client(), repo));
  return {
    pullFiles: async (pull, page, perPage) => (await api()).pullFiles!(pull, page, perPage),
    compareFiles: async (base, head, page, perPage) => (await api()).compareFiles!(base, head, page, perPage),
  };
}

/** The diff the event stands for; an event without one (schedule, workflow_dispatch, …) loads neither the resolver nor git. */
async function eventDiff(event: WorkflowEvent, root: string, api: DiffApi | undefined): Promise<DiffResolution> {
  if (!eventHasDiff(event.name)) return { diff: undefined };
  const { resolveDiff } = await import('./diff/event.js');
  return resolveDiff(event.name, event.payload, root, api);
}

export async function runAction(io: ActionIO, deps: ProbeDeps = {}): Promise<void> {
  try {
    const root = io.env.GITHUB_WORKSPACE || process.cwd();
    const raw = Object.fromEntries(INPUT_NAMES.map((n) => [n, io.getInput(n)]));
    // Inputs are the workflow's: they may also write to RUNNER_TEMP. The config file stays in the workspace.
    const temp = io.env.RUNNER_TEMP ? [{ dir: io.env.RUNNER_TEMP, name: 'RUNNER_TEMP' }] : [];
    // The YAML parser for a config file; the glob compiler for `exclude` patterns (an input, or the config file's).
    const configured = needsConfigParser(root, raw);
    if (configured) await loadConfigParser();
    if (configured || raw.exclude.trim()) await loadGlobMatcher();
    const settings = loadSettings(root, raw, KNOWN_RULE_IDS, { inputAreas: temp });
    const token = io.getInput('github-token').trim();
    const flag = (name: 'comment' | 'suggestions'): boolean => {
      const v = io.getInput(name).trim();
      return v === '' ? true : parseBoolean(v, name);
    };
    const wantComment = flag('comment');
    const wantSuggestions = flag('suggestions');
    const wantIssue = io.getInput('issue').trim() !== '' && parseBoolean(io.getInput('issue'), 'issue');
    const badgeBranch = io.getInput('badge-branch').trim() ? parseBranchName(io.getInput('badge-branch'), 'badge-branch') : undefined;
    const degrader = new Degrader(io, token);
    const event = readEvent(io);
    const repo = repoFromEnv(io.env);
    // Octokit and undici load only when a feature calls the API.
    const client = token ? once(async () => (await import('./github/client.js')).createClient(token, io.env)) : undefined;
    const merging = io.getInput('merge').trim();
    let diff: DiffModel | undefined;
    let report: Report;
    if (merging) {
      // Merge mode: the shards scanned and probed; this job only joins their reports.
      const reach = realAreas([{ dir: settings.root, name: 'workspace' }, ...temp]);
      const { globReports, mergeFiles } = await import('./merge-files.js');
      const merged = mergeFiles(globReports(merging, 'merge', settings.root, reach), 'merge', reach);
      report = compareWithPrevious(merged, { previousReport: settings.previousReport });
      io.info(`tls-floor: merged the reports matching ${quote(merging)}`);
      // What would choose the work is the shards' business here: say so rather than ignore it silently.
      const ignored = MERGE_IGNORES.filter((name) => raw[name].trim() !== '');
      if (ignored.length) io.warning(`tls-floor: merge joins reports and scans and probes nothing: ignored ${ignored.join(', ')}`);
    } else {
      const resolved = await eventDiff(event, settings.root, client && repo ? lazyDiffApi(client, repo) : undefined);
      if ('error' in resolved) degrader.warn(`tls-floor: no diff to judge against, so every finding counts as new: ${resolved.error}`);
      else {
        diff = resolved.diff;
        if (resolved.note) io.info(`tls-floor: ${resolved.note}`);
      }
      report = await run(
        settings,
        deps,
        { diff, defaultFailScope: defaultFailScope(event.name) },
        { commit: io.env.GITHUB_SHA, event: io.env.GITHUB_EVENT_NAME },
      );
    }
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
    // JSON carries no rule metadata; SARIF describes the active rules, loaded for it.
    const reportFile = settings.reportFile ? writeReportFile(settings.reportFile, report, [], 'json') : '';
    // A merged report is judged by the shards' rule settings, not this job's config file.
    const ruled = merging ? { rules: new Map(Object.entries(report.run?.settings.rules ?? {})) } : settings;
    const sarifFile = settings.sarifFile ? writeReportFile(settings.sarifFile, report, activeRules(ruled, await loadRules()), 'sarif') : '';
    io.setOutput('verdict', report.verdict);
    io.setOutput('findings', String(report.findings.length));
    io.setOutput('legacy-versions', report.legacyVersions.join(','));
    io.setOutput('endpoints-failing', String(report.endpoints.filter(endpointFails).length));
    io.setOutput('report-file', reportFile);
    io.setOutput('sarif-file', sarifFile);
    const badges = settings.badge ? (await import('./badge-files.js')).writeBadges(settings.badge, report) : undefined;
    io.setOutput('badge-svg', badges?.svg ?? '');
    io.setOutput('badge-json', badges?.json ?? '');
    const { new: fresh, preexisting } = splitByNew(report.findings);
    io.setOutput('new-findings', String(fresh.length));
    io.setOutput('preexisting-findings', String(preexisting.length));
    const pr = pullRequestOf(event.name, event.payload, repo);
    if (pr && (wantComment || wantSuggestions)) {
      if (!client) degrader.unavailable(wantComment ? 'comment' : 'suggestions', 'the github-token input is empty');
      else {
        // Degrade, never break: not even a bug in the GitHub edge may change the verdict.
        try {
          const { headFileFromApi, reportToPullRequest, scannedHeadTexts } = await import('./github/pull-request.js');
          const github = await client();
          const texts = await scannedHeadTexts(settings.root, pr.headSha, report, headFileFromApi(github, pr, pr.headSha));
          const done = await reportToPullRequest(github, degrader, pr, report, diff, {
            comment: wantComment,
            suggestions: wantSuggestions,
            link: blobLink(io.env, pr.headSha),
            runUrl: runUrl(io.env),
            read: (file) => texts.get(file),
            job: jobKey(io.env),
          });
          if (done.comment) io.info(`tls-floor: pull request comment ${done.comment}`);
          if (done.suggestions) io.info(`tls-floor: ${done.suggestions} suggested fix(es) posted in one review`);
        } catch (e) {
          degrader.warn(`tls-floor: the pull request comment and suggestions were skipped: ${oneLine(e)}`);
        }
      }
    }
    // Without the issue or the badge branch, recording does nothing: nothing to load.
    if (wantIssue || badgeBranch) {
      try {
        const { recordRun } = await import('./github/scheduled.js');
        await recordRun(client && (await client()), repo, degrader, report, {
          eventName: event.name,
          issue: wantIssue,
          badgeBranch,
          runUrl: runUrl(io.env),
          info: (m) => io.info(m),
        });
      } catch (e) {
        degrader.warn(`tls-floor: the tracking issue and the badge branch were skipped: ${oneLine(e)}`);
      }
    }
    const probed = report.endpoints.length ? `, ${report.endpoints.length} endpoint(s) probed` : '';
    io.info(
      `tls-floor: ${report.verdict} — ${report.findings.length} finding(s), ${report.suppressed.length} suppressed, ${report.stats.files} files in ${report.stats.milliseconds} ms${probed}`,
    );
    if (report.verdict === 'fail' && settings.fail) io.setFailed(`${headline(report)}; see the annotations and the job summary`);
  } catch (e) {
    io.setFailed(e instanceof ConfigurationError ? `configuration error: ${oneLine(e)}` : oneLine(e));
  }
}
