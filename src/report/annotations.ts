/**
 * Check annotations. GitHub shows at most 10 error and 10 warning annotations per step, so the
 * most severe findings go first and one notice tells how many more there are and where they are.
 */
import type { Finding } from '../scan/finding.js';
import type { Report } from './report.js';

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
    title: `${f.ruleId}: ${f.versions.join(', ')}`,
    file: pathPrefix + f.file,
    startLine: f.line,
    endLine: f.endLine,
    ...(single ? { startColumn: f.column, endColumn: f.endColumn } : {}),
  };
}

/**
 * Emits annotations for the report's findings; `pathPrefix` turns root-relative paths into
 * repository-relative ones when the scan root is a subdirectory. Returns how many were not shown.
 */
export function annotate(report: Report, out: Annotator, pathPrefix = ''): number {
  const errors = report.findings.filter((f) => f.severity === 'error');
  const warnings = report.findings.filter((f) => f.severity !== 'error');
  const shownErrors = errors.slice(0, SHOWN_PER_LEVEL);
  // Notes become warnings: GitHub has no "note" annotations besides notices, which we keep for the tally.
  const shownWarnings = warnings.slice(0, SHOWN_PER_LEVEL);
  for (const f of shownErrors) out.error(f.message, properties(f, pathPrefix));
  for (const f of shownWarnings) out.warning(f.message, properties(f, pathPrefix));
  const hidden = errors.length - shownErrors.length + (warnings.length - shownWarnings.length);
  if (hidden > 0) {
    out.notice(
      `${hidden} more finding${hidden === 1 ? '' : 's'} not annotated (GitHub shows ${SHOWN_PER_LEVEL} errors and ${SHOWN_PER_LEVEL} warnings per step): see the job summary and the report file.`,
      { title: 'tls-floor: more findings' },
    );
  }
  return hidden;
}
