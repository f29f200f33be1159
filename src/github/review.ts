/**
 * Suggested changes: for new findings with a mechanical fix, one pull request review (event
 * COMMENT) whose comments carry `suggestion` blocks with the whole fixed line(s), so the author
 * fixes each in one click. Only lines inside the diff's hunks get a comment (GitHub rejects the
 * whole review otherwise), and a suggestion already posted on an earlier run is not posted again.
 */
import { isNew } from '../diff/mark.js';
import { commentable, type DiffModel } from '../diff/model.js';
import { mdCell } from '../report/markdown.js';
import { applyFixes } from '../scan/engine.js';
import type { Finding } from '../scan/finding.js';
import { SourceFile } from '../scan/source.js';
import { ownerRepo, type GitHubClient, type RepoRef } from './client.js';

/** Marks review comments (and reviews) as ours, so re-runs can tell which suggestions exist. */
export const SUGGESTION_MARKER = '<!-- tls-floor:suggestion -->';

export interface SuggestionDraft {
  readonly path: string;
  /** The last line the suggestion replaces (head side). */
  readonly line: number;
  /** The first, when more than one line is replaced. */
  readonly start_line?: number;
  readonly body: string;
}

type Fixable = Finding & { readonly fix: NonNullable<Finding['fix']> };

function fence(text: string): string {
  const longest = Math.max(2, ...(text.match(/`{3,}/g) ?? []).map((r) => r.length));
  return '`'.repeat(longest + 1);
}

/** Findings whose fixes touch overlapping lines become one suggestion. */
function clusters(findings: readonly Fixable[]): Fixable[][] {
  const sorted = [...findings].sort((a, b) => a.fix.line - b.fix.line || a.fix.column - b.fix.column);
  const out: Fixable[][] = [];
  let end = -1;
  for (const f of sorted) {
    if (out.length && f.fix.line <= end) out[out.length - 1].push(f);
    else out.push([f]);
    end = Math.max(end, f.fix.endLine);
  }
  return out;
}

function body(group: readonly Fixable[], fixed: string): string {
  const why = group.map((g) => `**tls-floor** \`${g.ruleId}\`: ${mdCell(g.message)}`).join('\n\n');
  const ticks = fence(fixed);
  return `${SUGGESTION_MARKER}\n${why}\n\n${ticks}suggestion\n${fixed}\n${ticks}`;
}

/** Lines `first`..`last` of a file with the fixes applied: indentation and the rest of each line kept. */
export function fixedLines(source: SourceFile, fixes: readonly Finding[], first: number, last: number): string | undefined {
  const before = source.text.split('\n').length;
  const after = applyFixes(source, fixes).split('\n');
  const count = last - first + 1 + (after.length - before);
  if (count < 0 || last > before) return undefined;
  return after
    .slice(first - 1, first - 1 + count)
    .map((l) => l.replace(/\r$/, ''))
    .join('\n');
}

/**
 * The suggestions for a run's findings. `read(file)` returns the text the findings' positions refer
 * to (the scanned file), or undefined when it cannot be trusted to match the head commit.
 */
export function suggestionDrafts(
  findings: readonly Finding[],
  diff: DiffModel | undefined,
  read: (file: string) => string | undefined,
): SuggestionDraft[] {
  const fixable = findings.filter((f): f is Fixable => f.fix !== undefined && isNew(f) && !f.suppressed);
  const byFile = new Map<string, Fixable[]>();
  for (const f of fixable) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const drafts: SuggestionDraft[] = [];
  for (const [file, list] of byFile) {
    const text = read(file);
    if (text === undefined) continue;
    const source = new SourceFile(file, text);
    for (const group of clusters(list)) {
      const first = group[0].fix.line;
      const last = Math.max(...group.map((g) => g.fix.endLine));
      let inHunks = true;
      for (let l = first; l <= last && inHunks; l++) inHunks = commentable(diff, file, l);
      if (!inHunks) continue;
      const fixed = fixedLines(source, group, first, last);
      if (fixed === undefined) continue;
      drafts.push({ path: file, line: last, ...(last > first ? { start_line: first } : {}), body: body(group, fixed) });
    }
  }
  return drafts;
}

/** Drafts not already posted by an earlier run (same path, line and body). */
export async function unposted(
  client: GitHubClient,
  repo: RepoRef,
  pull: number,
  drafts: readonly SuggestionDraft[],
): Promise<SuggestionDraft[]> {
  if (!drafts.length) return [];
  const existing = await client.paginate(client.rest.pulls.listReviewComments, { ...ownerRepo(repo), pull_number: pull, per_page: 100 });
  const posted = new Set(
    existing.filter((c) => c.body.startsWith(SUGGESTION_MARKER)).map((c) => `${c.path}\0${c.line ?? c.original_line}\0${c.body}`),
  );
  return drafts.filter((d) => !posted.has(`${d.path}\0${d.line}\0${d.body}`));
}

/** Posts the drafts not posted before as one review; returns how many suggestions it carried. */
export async function postSuggestions(
  client: GitHubClient,
  repo: RepoRef,
  pull: number,
  headSha: string,
  drafts: readonly SuggestionDraft[],
): Promise<number> {
  const fresh = await unposted(client, repo, pull, drafts);
  if (!fresh.length) return 0;
  await client.rest.pulls.createReview({
    ...ownerRepo(repo),
    pull_number: pull,
    commit_id: headSha,
    event: 'COMMENT',
    body: `${SUGGESTION_MARKER}\ntls-floor: ${fresh.length} suggested fix${fresh.length === 1 ? '' : 'es'} for legacy TLS settings this pull request adds.`,
    comments: fresh.map((d) => ({
      path: d.path,
      line: d.line,
      side: 'RIGHT' as const,
      ...(d.start_line !== undefined ? { start_line: d.start_line, start_side: 'RIGHT' as const } : {}),
      body: d.body,
    })),
  });
  return fresh.length;
}
