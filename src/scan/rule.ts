import type { Severity } from '../policy.js';
import type { Version, VersionSet } from '../versions.js';
import type { Setting } from './define.js';
import type { FileKind } from './file-kinds.js';
import type { SourceFile } from './source.js';

/** The groups the README's detection table is organised by. */
export type Ecosystem =
  | '.NET'
  | 'Windows & PowerShell'
  | 'Java & JVM'
  | 'Python'
  | 'Node.js'
  | 'Go & Kubernetes'
  | 'Rust'
  | 'C & C++'
  | 'PHP, Ruby, Perl & Erlang'
  | 'Apple platforms'
  | 'Scripts, CLI & CI'
  | 'Web servers & proxies'
  | 'Mail, databases & brokers'
  | 'AWS'
  | 'Azure'
  | 'Other clouds'
  | 'Any language';

/** Which files a rule reads. A file is selected when any given criterion matches. */
export interface FileSelector {
  readonly kinds?: readonly FileKind[];
  /** Tested against the logical base name (lower case, template suffixes removed). */
  readonly names?: RegExp;
  /** Tested against the path relative to the root, with `/` separators. */
  readonly paths?: RegExp;
}

export interface RuleMeta {
  /** Stable id, `ecosystem/setting`, used in suppressions, SARIF and the JSON report. */
  readonly id: string;
  readonly title: string;
  /** What the setting does and why its legacy values matter, in a sentence or two. */
  readonly description: string;
  readonly ecosystem: Ecosystem;
  /** Rows of shared/legacy-tls-catalogue.md that this rule covers. */
  readonly catalogue: readonly string[];
  readonly docs: readonly string[];
  readonly files: FileSelector;
  /**
   * A cheap, case-insensitive test that a file may hold the setting at all; files without a hit
   * are never given to `check`. Keep it a plain alternation of literal words.
   */
  readonly keywords: RegExp;
  /** Whether matches carry a machine-applicable fix. */
  readonly fixable: boolean;
  /** The safe form, as people would write it (shown in docs). */
  readonly safe: string;
  /** What the rule deliberately cannot decide statically, if anything. */
  readonly limits?: string;
  /**
   * A generic rule behind the named ones (an API or key no rule knows): its findings give way to
   * any other rule's finding on the same line of the same file.
   */
  readonly fallback?: boolean;
}

export interface Edit {
  /** Offsets into the file's text: [start, end). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One place where a setting enables protocol versions, as a rule reports it. */
export interface Match {
  readonly start: number;
  readonly end: number;
  /** Every version the setting lets be used; the policy decides which of them are legacy. */
  readonly versions: VersionSet;
  /** The setting, as the user wrote it or as a short name (`ssl_protocols TLSv1 TLSv1.1`). */
  readonly what: string;
  /** Why these versions follow, when it is not obvious (`"all" includes TLSv1 and TLSv1.1`). */
  readonly why?: string;
  /** What to write instead. */
  readonly instead: string;
  /** The message's verb before the versions: `enables` unless given (a probe `tests whether the server accepts`). */
  readonly verb?: string;
  /** Defaults to error: the versions are enabled. Warning: enabled depending on context. */
  readonly severity?: Severity;
  readonly fix?: Edit;
  /**
   * Where the value is used, when the finding is where it was written (a name assigned earlier):
   * a fallback rule's finding gives way to a named rule that reported either line.
   */
  readonly usedAt?: number;
}

export interface RuleContext {
  /** The policy's floor: rules use it to spell fixes (`TLSv1` → `TLSv1.2`, or `TLSv1.3`). */
  readonly floor: Version;
}

export interface Example {
  /** A path whose name selects the rule's files (`nginx/site.conf`, `src/Program.cs`). */
  readonly file: string;
  readonly code: string;
  /** Floor for this example, when it is not the default TLSv1.2. */
  readonly floor?: Version;
  /** Why this example is here (the tricky part). */
  readonly note?: string;
}

export interface InvalidExample extends Example {
  /**
   * Every finding the example produces, in order of position: `line:column` (1-based, of where the
   * finding starts) followed by that finding's legacy versions, e.g. `['3:5 TLSv1.0 TLSv1.1']`.
   */
  readonly findings: readonly string[];
  /** The severity of every finding, when it is not error. */
  readonly severity?: Severity;
  /** The code after applying every finding's fix. */
  readonly output?: string;
}

export interface Rule {
  readonly meta: RuleMeta;
  /** The setting names this rule reads and judges, when it reads named settings: a fallback rule leaves them to it. */
  readonly knows?: RegExp;
  /**
   * This rule's reading of one of the settings it knows, found by the generic rule in a file this
   * rule does not read (a Postfix parameter in a Ruby hash, an nginx directive in a Python string):
   * the finding then carries this rule's judgement rather than the generic one.
   */
  judge?(setting: Setting, context: RuleContext, file: SourceFile): Match | undefined;
  check(file: SourceFile, context: RuleContext): Iterable<Match>;
  readonly examples: {
    readonly valid: readonly Example[];
    readonly invalid: readonly InvalidExample[];
  };
}
