/** The README's inputs/outputs table, made from action.yml so that it cannot go stale. */
import { parse } from 'yaml';
import { mdCell as cell } from './markdown.js';

interface Manifest {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

export function inputsMarkdown(actionYml: string): string {
  const m = parse(actionYml) as Manifest;
  const out = ['| Input | Default | Description |', '|---|---|---|'];
  for (const [name, i] of Object.entries(m.inputs))
    out.push(`| \`${name}\` | ${i.default ? `\`${i.default}\`` : ''} | ${cell(i.description)} |`);
  out.push('', '| Output | Description |', '|---|---|');
  for (const [name, o] of Object.entries(m.outputs)) out.push(`| \`${name}\` | ${cell(o.description)} |`);
  return out.join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function fillSection(doc: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README has no ${name} section`);
  return `${doc.slice(0, a + start.length)}\n${body}\n${doc.slice(b)}`;
}
