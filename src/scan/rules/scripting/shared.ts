import { range, type Version } from '../../../versions.js';
import { lastNewline } from '../../source.js';

export const TLS10_UP = range('TLSv1.0');

export function lineBefore(code: string, index: number): string {
  return code.slice(lastNewline(code, index - 1) + 1, index);
}

/** `TLSv1_2` in the style of a pinned-version token: `:TLSv1` → `:TLSv1_2`, `TLS1_1` → `TLS1_2`. */
export function underscoreSpelling(token: string, floor: Version): string | undefined {
  const minor = floor === 'TLSv1.3' ? '3' : '2';
  const m = /^(.*?)(SSLv[23]|TLSv1(?:[._]?[0-3])?|TLS1(?:_[0-3])?|SSL3)(_VERSION)?$/i.exec(token);
  if (!m) return undefined;
  const [, prefix, name, suffix = ''] = m;
  if (/^TLS1|^SSL3$/i.test(name)) return `${prefix}${name.startsWith('t') ? 'tls' : 'TLS'}1_${minor}${suffix}`;
  return `${prefix}${name.startsWith('t') || name.startsWith('s') ? 'tlsv' : 'TLSv'}1_${minor}${suffix}`;
}
