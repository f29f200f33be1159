/**
 * The linguist attributes of a repository's root `.gitattributes` (`linguist-vendored`,
 * `linguist-generated`, `linguist-documentation`): the repository's own word on which files are
 * someone else's code, generated or documentation. Hostile input is normal: the text read, the
 * lines kept and the pattern length are bounded, and a pattern that does not compile matches
 * nothing.
 */
import picomatch from 'picomatch';

export interface Linguist {
  readonly vendored?: boolean;
  readonly generated?: boolean;
  readonly documentation?: boolean;
}

/** One line of `.gitattributes` that sets or unsets a linguist attribute. */
export interface AttributeLine extends Linguist {
  readonly pattern: string;
}

/** Bounds for a hostile `.gitattributes`: a real one is a few KiB. */
export const ATTRIBUTES_MAX_BYTES = 256 * 1024;
/** Linguist lines kept: each is tested against every file with a finding. */
const ATTRIBUTES_MAX_ENTRIES = 500;
const PATTERN_MAX_LENGTH = 400;

const LINGUIST = { 'linguist-vendored': 'vendored', 'linguist-generated': 'generated', 'linguist-documentation': 'documentation' } as const;

/**
 * Reads the linguist attributes of a `.gitattributes` text: `pattern attr`, `attr=true|false`,
 * `-attr` (false: un-marks), `!attr` (unspecified). Comments, macros (`[attr]…`), quoted patterns
 * and lines without a linguist attribute are ignored; the text read and the lines kept are
 * bounded.
 */
export function parseGitAttributes(text: string): AttributeLine[] {
  const out: AttributeLine[] = [];
  const lines = text.slice(0, ATTRIBUTES_MAX_BYTES).split(/\r?\n/);
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('[') || line.startsWith('"')) continue;
    const [pattern, ...attrs] = line.split(/[ \t]+/);
    if (pattern.length > PATTERN_MAX_LENGTH || pattern.startsWith('!')) continue;
    const entry: { -readonly [K in keyof AttributeLine]: AttributeLine[K] } = { pattern };
    let any = false;
    for (const a of attrs) {
      const m = /^([-!]?)(linguist-(?:vendored|generated|documentation))(?:=(\w+))?$/.exec(a);
      if (!m) continue;
      const key = LINGUIST[m[2] as keyof typeof LINGUIST];
      any = true;
      if (m[1] === '!') entry[key] = undefined;
      else if (m[1] === '-') entry[key] = false;
      else
        entry[key] = m[3] === undefined ? true : /^(?:true|1|yes)$/i.test(m[3]) ? true : /^(?:false|0|no)$/i.test(m[3]) ? false : undefined;
    }
    if (any) out.push(entry);
    if (out.length >= ATTRIBUTES_MAX_ENTRIES) break;
  }
  return out;
}

type Matcher = (path: string) => boolean;
const compiled = new WeakMap<readonly AttributeLine[], readonly Matcher[]>();

/**
 * A `.gitattributes` pattern as git reads it: without a `/` it matches the base name at any depth;
 * with one (or a leading `/`) it is anchored at the root. Two readings are more lenient than git,
 * because they are what their authors mean: a trailing `/` (which git ignores) and a bare
 * directory name both cover everything below that directory.
 */
function matcherFor(pattern: string): Matcher {
  let p = pattern;
  let anchored = p.startsWith('/');
  if (anchored) p = p.slice(1);
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.replace(/\/+$/, '');
  anchored ||= p.includes('/');
  if (p === '') return () => false;
  const options = { dot: true, nonegate: true, noextglob: true };
  try {
    if (dirOnly) return picomatch(anchored ? `${p}/**` : `**/${p}/**`, options);
    if (anchored) return picomatch(p, options);
    const byName = picomatch(p, { ...options, basename: true });
    const below = /[*?[\]]/.test(p) ? undefined : picomatch(`**/${p}/**`, options);
    return (path) => byName(path) || (below?.(path) ?? false);
  } catch {
    return () => false;
  }
}

/** The linguist attributes that apply to a path (undefined: not said). */
export function linguistAttributes(path: string, lines: readonly AttributeLine[]): Linguist {
  if (lines.length === 0) return {};
  let matchers = compiled.get(lines);
  if (!matchers) {
    matchers = lines.map((a) => matcherFor(a.pattern));
    compiled.set(lines, matchers);
  }
  const out: { -readonly [K in keyof Linguist]: Linguist[K] } = {};
  // Later lines win, attribute by attribute, as in git.
  lines.forEach((a, i) => {
    if (!matchers[i](path)) return;
    for (const key of ['vendored', 'generated', 'documentation'] as const) if (key in a) out[key] = a[key];
  });
  return out;
}
