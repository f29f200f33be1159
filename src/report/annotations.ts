/**
 * Check annotations. GitHub shows at most 10 error and 10 warning annotations per step, so the
 * most severe findings go first and one notice tells how many more there are and where they are.
 */
import type { Finding } from '../scan/finding.js';
import { endpointLabel } from './matrix.js';
import { splitByNew } from '../diff/mark.js';
import { contextTag, type EndpointReport, type Report } from './report.js';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** The subset of @actions/core that annotations need; tests pass a recorder. */
export interface Annotator {
  error(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
}

export const SHOWN_PER_LEVEL = 10;

function properties(f: Finding, pathPrefix: string): AnnotationProperties {
  const single = f.line === f.endLine;
  return {
    title: `${f.ruleId}${contextTag(f)}: ${f.versions.join(', ')}`,
    file: pathPrefix + f.file,
    startLine: f.line,
    endLine: f.endLine,
    ...(single ? { startColumn: f.column, endColumn: f.endColumn } : {}),
  };
}

interface Item {
  readonly level: 'error' | 'warning';
  readonly message: string;
  readonly properties: AnnotationProperties;
}

/** Endpoint annotations point at the config-file line that declares the endpoint, when there is one. */
function endpointItem(e: EndpointReport, uncheckedFails: boolean, pathPrefix: string): Item | undefined {
  if (e.status === 'pass') return undefined;
  const level = e.status === 'unchecked' && !uncheckedFails ? 'warning' : 'error';
  const at = e.source?.file ? { file: pathPrefix + e.source.file, startLine: e.source.line, endLine: e.source.line } : {};
  return { level, message: e.message, properties: { title: `tls-floor: ${endpointLabel(e)}`, ...at } };
}

/**
 * The findings to annotate, most relevant first: on runs with a diff the new ones lead (the 10 per
 * level GitHub shows go to the change under review), and under `filter-mode: added` pre-existing
 * findings are not annotated at all — they are listed in the summary as pre-existing.
 */
export function annotated<T extends { readonly new?: boolean }>(items: readonly T[], report: Report): T[] {
  if (!report.diff) return [...items];
  const { new: fresh, preexisting } = splitByNew(items);
  return report.diff.mode === 'added' ? fresh : [...fresh, ...preexisting];
}

/**
 * Emits annotations for the report's endpoints and findings; `pathPrefix` turns root-relative paths
 * into repository-relative ones when the scan root is a subdirectory. Returns how many were not shown.
 */
export function annotate(report: Report, out: Annotator, pathPrefix = ''): number {
  const items: Item[] = [
    ...annotated(report.endpoints, report).flatMap(
      (e) => endpointItem(e, report.uncheckedBecause.includes('unreachable-endpoints'), pathPrefix) ?? [],
    ),
    ...annotated(report.findings, report).map((f): Item => ({
      level: f.severity === 'error' ? 'error' : 'warning',
      message: f.message,
      properties: properties(f, pathPrefix),
    })),
  ];
  let hidden = 0;
  for (const level of ['error', 'warning'] as const) {
    const all = items.filter((i) => i.level === level);
    // Notes become warnings: GitHub has no "note" annotations besides notices, which we keep for the tally.
    for (const i of all.slice(0, SHOWN_PER_LEVEL)) out[level](i.message, i.properties);
    hidden += Math.max(0, all.length - SHOWN_PER_LEVEL);
  }
  if (hidden > 0) {
    out.notice(
      `${hidden} more finding${hidden === 1 ? '' : 's'} not annotated (GitHub shows ${SHOWN_PER_LEVEL} errors and ${SHOWN_PER_LEVEL} warnings per step): see the job summary and the report file.`,
      { title: 'tls-floor: more findings' },
    );
  }
  return hidden;
}
