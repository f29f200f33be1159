import type { Severity } from '../policy.js';
import type { Version } from '../versions.js';
import type { FileContext } from './context.js';

export interface Range {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface Finding extends Range {
  readonly ruleId: string;
  /** Relative to the scanned root, `/` separators. */
  readonly file: string;
  /** The versions below the policy's floor that the setting enables. */
  readonly versions: readonly Version[];
  /** Every version the setting enables. */
  readonly enabled: readonly Version[];
  readonly severity: Severity;
  readonly message: string;
  readonly title: string;
  /** The source line, trimmed, for reports. */
  readonly snippet: string;
  /** A machine-applicable fix: replace the range with `replacement`. */
  readonly fix?: Range & { readonly replacement: string };
  /**
   * The context the file (or, for a Rust `#[cfg(test)]` module, the line) was judged in; its
   * severity is the rule's capped by the setting for that context (`tests: note`).
   */
  readonly context?: FileContext;
  /** On runs with a diff (pull requests, pushes, `scan --diff`): the finding is on a changed line. */
  readonly new?: boolean;
  /** Set when an inline comment suppresses the finding. */
  readonly suppressed?: { readonly reason: string };
}
