/**
 * Contexts map to severities by settings, never by a rule: `tests: note` caps every finding in a
 * test file at note, `tests: error` judges tests like first-party code, `tests: off` drops them.
 */
import { severityRank, type Severity } from '../policy.js';
import type { FileContext } from './context.js';
import type { Finding } from './finding.js';

export type ContextSetting = 'off' | Severity;

/** Every context but first-party, which is always judged by its rule. */
export type JudgedContext = Exclude<FileContext, 'first-party'>;

export type ContextTreatment = Readonly<Record<JudgedContext, ContextSetting>>;

/** The settings key (config file, action input, CLI flag) of each context. */
export const CONTEXT_KEYS: Readonly<Record<JudgedContext, string>> = {
  test: 'tests',
  example: 'examples',
  documentation: 'documentation',
  vendored: 'vendored',
  'tls-implementation': 'tls-implementation',
};

/**
 * Tests, examples, documentation, vendored code and TLS stacks' own code: a note by default. A
 * legacy version there is seldom what a deployment uses, but it is worth seeing.
 */
export const DEFAULT_TREATMENT: ContextTreatment = {
  test: 'note',
  example: 'note',
  documentation: 'note',
  vendored: 'note',
  'tls-implementation': 'note',
};

/** Applies the treatment of each finding's context: drops `off`, caps the severity at the setting. */
export function judgeByContext(findings: readonly Finding[], treatment: ContextTreatment): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = f.context && f.context !== 'first-party' ? treatment[f.context] : undefined;
    if (setting === 'off') continue;
    out.push(setting && severityRank(setting) > severityRank(f.severity) ? { ...f, severity: setting } : f);
  }
  return out;
}
