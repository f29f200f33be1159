/** The README's detection table, made from the rules' own meta so that it cannot go stale. */
import type { Ecosystem, Rule } from '../scan/rule.js';
import { mdCell as cell } from './markdown.js';

function code(s: string): string {
  return s.includes('`') ? cell(s) : `\`${cell(s)}\``;
}

export function rulesMarkdown(rules: readonly Rule[]): string {
  const groups = new Map<Ecosystem, Rule[]>();
  for (const r of rules) groups.set(r.meta.ecosystem, [...(groups.get(r.meta.ecosystem) ?? []), r]);
  const out: string[] = [];
  out.push(
    `${rules.length} rules in ${groups.size} groups. Each computes the protocol versions a setting enables; the policy (\`min-version\`) decides which are legacy.`,
    '',
  );
  for (const [eco, list] of groups) {
    out.push(`### ${eco}`, '', '| Rule | Detects | Safe form | Fix |', '|---|---|---|---|');
    for (const r of list) {
      const docs = r.meta.docs[0] ? ` ([docs](${r.meta.docs[0]}))` : '';
      out.push(`| \`${r.meta.id}\` | ${cell(r.meta.title)}${docs} | ${code(r.meta.safe)} | ${r.meta.fixable ? 'yes' : ''} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
