/** The one pipeline both entries run: settings → rules → scan → report. */
import type { Rule } from './scan/rule.js';
import { RULES } from './scan/rules/index.js';
import { scan } from './scan/scan.js';
import type { Finding } from './scan/finding.js';
import { buildReport, type Report } from './report/report.js';
import type { Settings } from './settings.js';

export const KNOWN_RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.meta.id));

/** The rules with the config file's overrides applied: `off` drops a rule, a severity replaces it. */
export function activeRules(settings: Settings, rules: readonly Rule[] = RULES): Rule[] {
  return rules.filter((r) => settings.rules.get(r.meta.id) !== 'off');
}

function withSeverityOverrides(findings: readonly Finding[], settings: Settings): Finding[] {
  return findings.map((f) => {
    const o = settings.rules.get(f.ruleId);
    return o && o !== 'off' ? { ...f, severity: o } : f;
  });
}

export function runScan(settings: Settings, rules: readonly Rule[] = RULES): Report {
  const result = scan({
    root: settings.root,
    paths: settings.paths,
    exclude: settings.exclude,
    maxFileSize: settings.maxFileSize,
    policy: settings.policy,
    rules: activeRules(settings, rules),
  });
  return buildReport(
    {
      ...result,
      findings: withSeverityOverrides(result.findings, settings),
      suppressed: withSeverityOverrides(result.suppressed, settings),
    },
    settings.policy,
  );
}
