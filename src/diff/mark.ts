/**
 * Applying a diff to results: a finding is new when its line is part of the change (as the filter
 * mode reads it); an endpoint is new when the config line that declares it changed. Endpoints
 * given as inputs have no line in the repository and are judged on every run.
 */
import type { Endpoint } from '../probe/types.js';
import type { Finding } from '../scan/finding.js';
import { inDiff, type DiffModel, type FilterMode } from './model.js';

/** A setting spread over lines (a YAML list, a Terraform block) is new when any of its lines changed. */
const MAX_SPAN = 1000;

function touched(f: Finding, diff: DiffModel, mode: FilterMode): boolean {
  const last = Math.min(Math.max(f.endLine, f.line), f.line + MAX_SPAN);
  for (let line = f.line; line <= last; line++) if (inDiff(diff, f.file, line, mode)) return true;
  return false;
}

/** Findings with `new` set from the diff; unchanged (no `new` at all) when there is no diff. */
export function markFindings(findings: readonly Finding[], diff: DiffModel | undefined, mode: FilterMode): Finding[] {
  if (!diff) return [...findings];
  return findings.map((f) => ({ ...f, new: touched(f, diff, mode) }));
}

/**
 * Whether an endpoint is new: undefined when there is no diff or the endpoint was not declared on
 * a line of a file in the repository (inputs, the CLI), so it is judged as usual.
 */
export function endpointIsNew(source: Endpoint['source'], diff: DiffModel | undefined, mode: FilterMode): boolean | undefined {
  if (!diff || !source?.file || !source.line) return undefined;
  return inDiff(diff, source.file, source.line, mode);
}

/** Whether a finding or endpoint counts as new: everything does when there was no diff to tell. */
export const isNew = (x: { readonly new?: boolean }): boolean => x.new !== false;

export interface Split<T> {
  /** What reporters show and, with fail-scope new, what fails: everything when there was no diff. */
  readonly new: T[];
  /** Listed apart as pre-existing, never as new. */
  readonly preexisting: T[];
}

/** Marked findings (or endpoint reports) split by `new`. */
export function splitByNew<T extends { readonly new?: boolean }>(items: readonly T[]): Split<T> {
  return { new: items.filter(isNew), preexisting: items.filter((x) => !isNew(x)) };
}
