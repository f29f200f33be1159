#!/usr/bin/env node
/**
 * Real-world measurement (not a test): runs the bundled CLI on public repositories pinned in
 * set.json and compares its findings with labels given by hand. Prints, per repository and
 * overall: error findings true/false (and the precision of errors outside tests), warnings
 * true/false, notes, legacy settings found by hand that the scan reports or misses, and every
 * error or warning that no label covers yet — so the set stays honest as rules change.
 *
 * Usage:
 *   node bench/real-world/run.mjs --trees DIR      DIR/<owner>+<name> is the tree at the pinned commit
 *   node bench/real-world/run.mjs --mirrors DIR    DIR/<owner>+<name>/repo (or DIR/<owner>+<name>) is a
 *                                                  git dir; the pinned commit is extracted to a temp dir
 *   options: --keep DIR   extract into DIR/<owner>+<name> and keep it (with --mirrors)
 *            --only NAME  only repositories whose owner/name contains NAME (repeatable)
 *            --cli FILE   the CLI to run (default: dist/cli/index.js of this checkout)
 *            --json       print the summary as JSON instead of text
 *
 * Third-party code is never stored here: set.json holds repository, commit, path, line and labels.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);

function option(name) {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) fail(`--${name} needs a value`);
  return value;
}
function options(name) {
  return args.flatMap((a, i) => (a === `--${name}` && args[i + 1] !== undefined ? [args[i + 1]] : []));
}
function fail(message) {
  process.stderr.write(`run.mjs: ${message}\n`);
  process.exit(2);
}

const treesDir = option('trees');
const mirrorsDir = option('mirrors');
const keepDir = option('keep');
const only = options('only').map((s) => s.toLowerCase());
const cli = path.resolve(option('cli') ?? path.join(here, '../../dist/cli/index.js'));
const asJson = args.includes('--json');
if (!treesDir === !mirrorsDir) fail('give exactly one of --trees DIR or --mirrors DIR');
if (!fs.existsSync(cli)) fail(`no CLI at ${cli} (run npm run build first)`);

const set = JSON.parse(fs.readFileSync(path.join(here, 'set.json'), 'utf8'));

/**
 * Test and fixture paths, by the conventions of the ecosystems in the set. Used only when the
 * finding does not carry its own `context` (older builds of the CLI).
 */
const TEST_PATH =
  /(^|\/)(tests?|__tests__|spec|specs|testing|testdata|test-data|fixtures?|unittests?|integration-tests?|it)(\/|$)|(^|\/)[^/]*[-_](tests?|testdata|fixtures?)(\/|$)|(^|\/)test_[^/]*\.py$|_test\.(go|py|rb|c|cc|cpp)$|\.(test|spec)\.[cm]?[jt]sx?$|Tests?\.(java|cs|kt|scala)$|(^|\/)[^/]*_spec\.rb$|\.bats$/i;
function inTests(finding) {
  if (typeof finding.context === 'string') return /test|fixture/i.test(finding.context);
  return TEST_PATH.test(finding.file);
}

const slug = (repo) => repo.replace('/', '+');
const key = (repo, file, line, rule) => `${repo}\u0000${file}\u0000${line}\u0000${rule}`;

/** Writes the tree of `commit` from `gitDir` into `into`, skipping blobs the snapshot lacks and links. */
async function extract(gitDir, commit, into) {
  const list = spawnSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', '--full-tree', commit], {
    maxBuffer: 1 << 30,
    encoding: 'buffer',
  });
  if (list.status !== 0) throw new Error(`git ls-tree failed: ${list.stderr.toString().trim().split('\n')[0]}`);
  const entries = [];
  for (const record of list.stdout.toString('utf8').split('\0')) {
    const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(record);
    // Regular files only: links could point anywhere, submodules are other repositories.
    if (m && m[2] === 'blob' && (m[1] === '100644' || m[1] === '100755')) entries.push({ sha: m[3], file: m[4] });
  }
  fs.mkdirSync(into, { recursive: true });
  const cat = spawn('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let missing = 0;
  let buffer = Buffer.alloc(0);
  let index = 0;
  const done = new Promise((resolve, reject) => {
    cat.on('error', reject);
    cat.stdout.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const nl = buffer.indexOf(10);
        if (nl < 0) return;
        const header = buffer.subarray(0, nl).toString();
        if (header.endsWith(' missing')) {
          missing++;
          index++;
          buffer = buffer.subarray(nl + 1);
          continue;
        }
        const size = Number(header.split(' ')[2]);
        if (buffer.length < nl + 1 + size + 1) return;
        const entry = entries[index++];
        const target = path.join(into, entry.file);
        if (!path.relative(into, target).startsWith('..')) {
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.writeFileSync(target, buffer.subarray(nl + 1, nl + 1 + size));
        }
        buffer = buffer.subarray(nl + 1 + size + 1);
      }
    });
    cat.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git cat-file exited ${code}`))));
  });
  cat.stdin.end(entries.map((e) => `${e.sha}\n`).join(''));
  await done;
  return { files: entries.length - missing, missing };
}

function gitDirOf(mirror) {
  for (const candidate of [path.join(mirror, 'repo'), mirror]) {
    const probe = spawnSync('git', ['--git-dir', candidate, 'rev-parse', '--git-dir'], { encoding: 'utf8' });
    if (probe.status === 0) return candidate;
  }
  return undefined;
}

function scan(tree) {
  const out = spawnSync(process.execPath, [cli, 'scan', '--format', 'json', '--no-fail', '--root', tree], {
    cwd: tree,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (out.status !== 0 && !out.stdout) throw new Error(`CLI exited ${out.status}: ${out.stderr.trim().split('\n')[0]}`);
  return JSON.parse(out.stdout);
}

/** Compares one repository's findings with its labels. */
function judge(repo, report) {
  const labels = set.labels.filter((l) => l.repo === repo);
  const byKey = new Map(labels.filter((l) => l.rule).map((l) => [key(repo, l.path, l.line, l.rule), l]));
  const at = new Set(report.findings.map((f) => `${f.file}\u0000${f.line}`));
  const row = {
    repo,
    errorsTrue: 0,
    errorsFalse: 0,
    errorsOutsideTestsTrue: 0,
    errorsOutsideTestsFalse: 0,
    warningsTrue: 0,
    warningsFalse: 0,
    notes: 0,
    notesTrue: 0,
    falseNotes: [],
    missesFound: [],
    missesMissed: [],
    missesMissedOutsideTests: 0,
    documentationExamples: [],
    unlabelled: [],
    falsePositives: [],
    stale: [],
  };
  const seen = new Set();
  for (const f of report.findings) {
    const label = byKey.get(key(repo, f.file, f.line, f.ruleId));
    if (f.severity === 'note') {
      // Notes fail nothing; they are judged only where a label exists (to measure noise).
      row.notes++;
      if (label) {
        seen.add(label);
        if (label.label === 'true') row.notesTrue++;
        else row.falseNotes.push(`note ${f.ruleId} ${f.file}:${f.line} — ${label.reason}`);
      }
      continue;
    }
    if (!label) {
      row.unlabelled.push(`${f.severity} ${f.ruleId} ${f.file}:${f.line} ${f.snippet ?? ''}`.slice(0, 200));
      continue;
    }
    seen.add(label);
    const good = label.label === 'true';
    if (!good) row.falsePositives.push(`${f.severity} ${f.ruleId} ${f.file}:${f.line} — ${label.reason}`);
    if (f.severity === 'error') {
      row[good ? 'errorsTrue' : 'errorsFalse']++;
      if (!inTests(f)) row[good ? 'errorsOutsideTestsTrue' : 'errorsOutsideTestsFalse']++;
    } else {
      row[good ? 'warningsTrue' : 'warningsFalse']++;
    }
  }
  for (const l of labels) {
    if (l.label === 'miss') {
      // A miss counts as found once any finding (any severity, any rule) lands on its line.
      const found = at.has(`${l.path}\u0000${l.line}`);
      // An example in documentation (a manual, a README, a docstring) is text a default scan does
      // not read, by design: counted apart, never as found or missed.
      if (!found && l.scope === 'documentation') {
        row.documentationExamples.push(`${l.path}:${l.line} — ${l.reason}`);
        continue;
      }
      (found ? row.missesFound : row.missesMissed).push(`${l.path}:${l.line} — ${l.reason}`);
      if (!found && l.severity !== 'note' && !TEST_PATH.test(l.path)) row.missesMissedOutsideTests++;
    } else if (!seen.has(l) && l.severity !== 'note') {
      row.stale.push(`${l.rule} ${l.path}:${l.line} (${l.label}) no longer reported`);
    }
  }
  return row;
}

const repos = set.repos.filter((r) => only.length === 0 || only.some((o) => r.repo.toLowerCase().includes(o)));
const rows = [];
for (const entry of repos) {
  const { repo, commit } = entry;
  let tree;
  let temp;
  try {
    if (treesDir) {
      tree = path.join(treesDir, slug(repo));
      if (!fs.existsSync(tree)) throw new Error(`no tree at ${tree}`);
    } else {
      const gitDir = gitDirOf(path.join(mirrorsDir, slug(repo)));
      if (!gitDir) throw new Error(`no mirror at ${path.join(mirrorsDir, slug(repo))} (fetch github:${repo})`);
      if (keepDir) tree = path.join(keepDir, slug(repo));
      else tree = temp = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-floor-rw-'));
      if (!keepDir || !fs.existsSync(tree)) {
        const got = await extract(gitDir, commit, tree);
        if (got.missing) process.stderr.write(`${repo}: ${got.missing} blobs absent from the snapshot, skipped\n`);
      }
    }
    rows.push({ ...judge(repo, scan(tree)), kind: entry.kind, commit });
  } catch (error) {
    rows.push({ repo, kind: entry.kind, commit, error: error.message });
  } finally {
    if (temp) fs.rmSync(temp, { recursive: true, force: true });
  }
}

const sum = (field) => rows.reduce((n, r) => n + (Array.isArray(r[field]) ? r[field].length : (r[field] ?? 0)), 0);
const total = {
  errorsTrue: sum('errorsTrue'),
  errorsFalse: sum('errorsFalse'),
  errorsOutsideTestsTrue: sum('errorsOutsideTestsTrue'),
  errorsOutsideTestsFalse: sum('errorsOutsideTestsFalse'),
  warningsTrue: sum('warningsTrue'),
  warningsFalse: sum('warningsFalse'),
  notes: sum('notes'),
  notesTrue: sum('notesTrue'),
  notesFalse: sum('falseNotes'),
  missesFound: sum('missesFound'),
  missesMissed: sum('missesMissed'),
  documentationExamples: sum('documentationExamples'),
  unlabelled: sum('unlabelled'),
  failedRepos: rows.filter((r) => r.error).length,
};
const ratio = (t, f) => (t + f === 0 ? 'n/a' : `${((100 * t) / (t + f)).toFixed(1)}% (${t}/${t + f})`);
total.precisionErrorsOutsideTests = ratio(total.errorsOutsideTestsTrue, total.errorsOutsideTestsFalse);
// Every legacy setting known in the set: true findings (error, warning, or a note where a label
// says true — a setting in a test or an example is reported as a note) plus the ones found by hand.
total.knownLegacySettingsReported = ratio(total.errorsTrue + total.warningsTrue + total.notesTrue + total.missesFound, total.missesMissed);
total.missesMissedOutsideTests = rows.reduce((n, r) => n + (r.missesMissedOutsideTests ?? 0), 0);

if (asJson) {
  process.stdout.write(`${JSON.stringify({ rows, total }, null, 2)}\n`);
} else {
  const out = [];
  out.push('repo | commit | errors t/f (outside tests t/f) | warnings t/f | notes (labelled t/f) | misses found/missed | unlabelled');
  for (const r of rows) {
    if (r.error) {
      out.push(`${r.repo} | ${r.commit.slice(0, 10)} | NOT RUN: ${r.error}`);
      continue;
    }
    out.push(
      `${r.repo} | ${r.commit.slice(0, 10)} | ${r.errorsTrue}/${r.errorsFalse} (${r.errorsOutsideTestsTrue}/${r.errorsOutsideTestsFalse}) | ` +
        `${r.warningsTrue}/${r.warningsFalse} | ${r.notes} (${r.notesTrue}/${r.falseNotes.length}) | ${r.missesFound.length}/${r.missesMissed.length} | ${r.unlabelled.length}`,
    );
  }
  out.push('');
  out.push(`errors outside tests: precision ${total.precisionErrorsOutsideTests}`);
  out.push(
    `all errors true/false: ${total.errorsTrue}/${total.errorsFalse}; warnings true/false: ${total.warningsTrue}/${total.warningsFalse}; ` +
      `labelled notes true/false: ${total.notesTrue}/${total.notesFalse} (of ${total.notes} notes)`,
  );
  out.push(`known legacy settings (true findings + misses found by hand) reported: ${total.knownLegacySettingsReported}`);
  out.push(
    `misses: ${total.missesMissed} still missed, ${total.missesMissedOutsideTests} of them outside tests; ${total.missesFound} now found`,
  );
  out.push(`legacy settings in documentation examples, which a default scan does not read: ${total.documentationExamples}`);
  if (total.failedRepos) out.push(`${total.failedRepos} repositories not run (see above)`);
  for (const r of rows.filter((x) => !x.error)) {
    const sections = [
      ['false positives', r.falsePositives],
      ['false notes', r.falseNotes.length > 8 ? [...r.falseNotes.slice(0, 8), `… and ${r.falseNotes.length - 8} more`] : r.falseNotes],
      ['missed', r.missesMissed],
      ['documentation examples (not read by a default scan)', r.documentationExamples],
      ['unlabelled (label them in set.json)', r.unlabelled],
      ['labelled but no longer reported', r.stale],
    ].filter(([, list]) => list.length);
    if (!sections.length) continue;
    out.push('', `## ${r.repo}`);
    for (const [title, list] of sections) out.push(`  ${title}:`, ...list.map((s) => `    ${s}`));
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
