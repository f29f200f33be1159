/**
 * `tls-floor fix`: applies the mechanical fixes of a scan to the files in place, like
 * `eslint --fix`. Only files that round-trip exactly through UTF-8 are touched (a BOM is kept), a
 * file is re-read without following links and replaced atomically (write beside it, then rename),
 * and a fix is kept only when the rule that proposed it is quiet afterwards (scan/fix.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fails, type Policy } from './policy.js';
import { checkFile, RuleIndex } from './scan/engine.js';
import { classify } from './scan/file-kinds.js';
import type { Finding } from './scan/finding.js';
import { fixFile } from './scan/fix.js';
import type { Rule } from './scan/rule.js';
import { SourceFile } from './scan/source.js';

export interface Change {
  readonly finding: Finding;
  /** The text the fix replaced, and what it wrote. */
  readonly before: string;
  readonly after: string;
}

export interface FixedFile {
  readonly file: string;
  readonly changes: readonly Change[];
  /** Why a file with fixable findings was left as it was. */
  readonly skipped?: string;
}

export interface FixOutcome {
  readonly files: readonly FixedFile[];
  /** Failing findings that are still there after fixing: they need a person. */
  readonly left: readonly Finding[];
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The file's bytes when it is a regular file reached without following a link; else why not. */
function readRegular(abs: string): Buffer | string {
  let fd: number;
  try {
    fd = fs.openSync(abs, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
  } catch (e) {
    return `cannot be opened (${(e as NodeJS.ErrnoException).code ?? e})`;
  }
  try {
    if (!fs.fstatSync(fd).isFile()) return 'not a regular file';
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Writes beside the file and renames over it: a reader never sees half a file, a planted link is replaced, not followed. */
function replaceFile(abs: string, bytes: Buffer): void {
  const mode = fs.lstatSync(abs).mode & 0o7777;
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.tls-floor-${process.pid}`);
  fs.writeFileSync(tmp, bytes, { mode, flag: 'wx' });
  try {
    fs.renameSync(tmp, abs);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

export interface FixOptions {
  readonly root: string;
  readonly rules: readonly Rule[];
  readonly policy: Policy;
  /** Report what would change without writing. */
  readonly dryRun?: boolean;
}

/** Fixes the failing findings of a scan (grouped by file) and says what it did. */
export function fixFindings(findings: readonly Finding[], opts: FixOptions): FixOutcome {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) if (fails(f.severity, opts.policy)) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const index = new RuleIndex(opts.rules);
  const files: FixedFile[] = [];
  const left: Finding[] = [];
  for (const [rel, mine] of byFile) {
    if (!mine.some((f) => f.fix)) {
      for (const f of mine) left.push(f);
      continue;
    }
    const abs = path.join(opts.root, rel);
    const bytes = readRegular(abs);
    const leave = (skipped: string): void => {
      files.push({ file: rel, changes: [], skipped });
      for (const f of mine) left.push(f);
    };
    if (typeof bytes === 'string') {
      leave(bytes);
      continue;
    }
    const bom = bytes.subarray(0, 3).equals(BOM);
    const body = bom ? bytes.subarray(3) : bytes;
    const text = body.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(body)) {
      leave('not valid UTF-8: left as it is');
      continue;
    }
    const source = new SourceFile(rel, text, classify(rel));
    if (mine.some((f) => f.snippet && !text.includes(f.snippet))) {
      leave('changed since it was scanned');
      continue;
    }
    const selection = index.select(source);
    const recheck = (candidate: string): Finding[] => checkFile(new SourceFile(rel, candidate, source.kind), selection, opts.policy);
    const result = fixFile(source, mine, recheck);
    for (const f of result.left) left.push(f);
    if (result.applied.length === 0) continue;
    if (!opts.dryRun) replaceFile(abs, Buffer.concat([bom ? BOM : Buffer.alloc(0), Buffer.from(result.text, 'utf8')]));
    const changes = result.applied.map((finding) => {
      const fix = finding.fix!;
      const start = source.lineStart(fix.line) + fix.column - 1;
      return { finding, before: text.slice(start, source.lineStart(fix.endLine) + fix.endColumn - 1), after: fix.replacement };
    });
    files.push({ file: rel, changes });
  }
  return { files, left };
}

/** What `fix` prints: one line per change, then the findings left for a person, then a count. */
export function formatFixes(outcome: FixOutcome, dryRun = false): string {
  const lines: string[] = [];
  const verb = dryRun ? 'would fix' : 'fixed';
  for (const f of outcome.files) {
    if (f.skipped) lines.push(`${f.file}  skipped: ${f.skipped}`);
    for (const c of f.changes)
      lines.push(
        `${f.file}:${c.finding.line}:${c.finding.column}  ${verb}  ${c.finding.ruleId}  ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`,
      );
  }
  for (const f of outcome.left) lines.push(`${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.ruleId}  ${f.message} (no mechanical fix)`);
  const changed = outcome.files.reduce((n, f) => n + f.changes.length, 0);
  const files = outcome.files.filter((f) => f.changes.length).length;
  lines.push(
    `${verb} ${changed} finding${changed === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; ${outcome.left.length} left to change by hand`,
  );
  return `${lines.join('\n')}\n`;
}
