/**
 * What kind of file a path is, from its name alone. Template suffixes (`.j2`, `.tmpl`, `.erb`, …)
 * and sample suffixes (`.example`, `.dist`, …) are looked through: `nginx.conf.j2` is nginx
 * configuration, and a sample that people copy into production is configuration too.
 */
import { escapeClass } from './regexp-text.js';

export type FileKind =
  | 'csharp'
  | 'vb'
  | 'fsharp'
  | 'powershell'
  | 'msbuild'
  | 'xml'
  | 'plist'
  | 'html'
  | 'java'
  | 'kotlin'
  | 'scala'
  | 'groovy'
  | 'clojure'
  | 'properties'
  | 'python'
  | 'js'
  | 'ts'
  | 'json'
  | 'go'
  | 'gomod'
  | 'rust'
  | 'c'
  | 'cpp'
  | 'objc'
  | 'swift'
  | 'php'
  | 'ruby'
  | 'perl'
  | 'erlang'
  | 'elixir'
  | 'lua'
  | 'dart'
  | 'shell'
  | 'batch'
  | 'dockerfile'
  | 'makefile'
  | 'yaml'
  | 'toml'
  | 'ini'
  | 'hcl'
  | 'reg'
  | 'inno'
  | 'conf'
  | 'sql'
  | 'env'
  | 'vbscript'
  | 'asp'
  | 'prose'
  | 'other';

const BY_EXTENSION: Record<string, FileKind> = {
  cs: 'csharp',
  csx: 'csharp',
  cshtml: 'csharp',
  razor: 'csharp',
  vb: 'vb',
  fs: 'fsharp',
  fsx: 'fsharp',
  fsi: 'fsharp',
  ps1: 'powershell',
  psm1: 'powershell',
  psd1: 'powershell',
  csproj: 'msbuild',
  vbproj: 'msbuild',
  fsproj: 'msbuild',
  props: 'msbuild',
  targets: 'msbuild',
  proj: 'msbuild',
  config: 'xml',
  xml: 'xml',
  xaml: 'xml',
  wxs: 'xml',
  pom: 'xml',
  xsl: 'xml',
  jelly: 'xml',
  plist: 'plist',
  html: 'html',
  htm: 'html',
  vue: 'html',
  svelte: 'html',
  java: 'java',
  jsp: 'java',
  kt: 'kotlin',
  kts: 'kotlin',
  scala: 'scala',
  sc: 'scala',
  sbt: 'scala',
  groovy: 'groovy',
  gradle: 'groovy',
  gvy: 'groovy',
  clj: 'clojure',
  cljs: 'clojure',
  edn: 'clojure',
  properties: 'properties',
  py: 'python',
  pyw: 'python',
  pyi: 'python',
  js: 'js',
  mjs: 'js',
  cjs: 'js',
  jsx: 'js',
  ts: 'ts',
  mts: 'ts',
  cts: 'ts',
  tsx: 'ts',
  json: 'json',
  jsonc: 'json',
  json5: 'json',
  bicepparam: 'json',
  go: 'go',
  rs: 'rust',
  c: 'c',
  h: 'c',
  cc: 'cpp',
  cpp: 'cpp',
  cxx: 'cpp',
  hpp: 'cpp',
  hh: 'cpp',
  hxx: 'cpp',
  ino: 'cpp',
  ipp: 'cpp',
  inl: 'cpp',
  tcc: 'cpp',
  m: 'objc',
  mm: 'objc',
  swift: 'swift',
  php: 'php',
  phtml: 'php',
  inc: 'php',
  rb: 'ruby',
  rake: 'ruby',
  gemspec: 'ruby',
  ru: 'ruby',
  pl: 'perl',
  pm: 'perl',
  t: 'perl',
  cgi: 'perl',
  erl: 'erlang',
  hrl: 'erlang',
  'app.src': 'erlang',
  ex: 'elixir',
  exs: 'elixir',
  lua: 'lua',
  dart: 'dart',
  sh: 'shell',
  bash: 'shell',
  zsh: 'shell',
  ksh: 'shell',
  ash: 'shell',
  command: 'shell',
  bat: 'batch',
  cmd: 'batch',
  dockerfile: 'dockerfile',
  containerfile: 'dockerfile',
  mk: 'makefile',
  mak: 'makefile',
  yml: 'yaml',
  yaml: 'yaml',
  toml: 'toml',
  ini: 'ini',
  cfg: 'ini',
  cnf: 'ini',
  inf: 'ini',
  desktop: 'ini',
  tf: 'hcl',
  tfvars: 'hcl',
  hcl: 'hcl',
  nomad: 'hcl',
  bicep: 'hcl',
  pkr: 'hcl',
  reg: 'reg',
  iss: 'inno',
  conf: 'conf',
  vhost: 'conf',
  site: 'conf',
  htaccess: 'conf',
  cf: 'conf',
  ovpn: 'conf',
  sql: 'sql',
  env: 'env',
  vbs: 'vbscript',
  asp: 'asp',
  asa: 'asp',
  md: 'prose',
  markdown: 'prose',
  mdx: 'prose',
  rst: 'prose',
  txt: 'prose',
  adoc: 'prose',
  asciidoc: 'prose',
  textile: 'prose',
  rdoc: 'prose',
  org: 'prose',
  tex: 'prose',
};

const BY_NAME: Record<string, FileKind> = {
  dockerfile: 'dockerfile',
  containerfile: 'dockerfile',
  makefile: 'makefile',
  gnumakefile: 'makefile',
  gemfile: 'ruby',
  rakefile: 'ruby',
  vagrantfile: 'ruby',
  podfile: 'ruby',
  guardfile: 'ruby',
  jenkinsfile: 'groovy',
  'go.mod': 'gomod',
  'go.work': 'gomod',
  '.env': 'env',
  '.curlrc': 'conf',
  '.wgetrc': 'conf',
  '.gitconfig': 'ini',
  gitconfig: 'ini',
  '.npmrc': 'ini',
  'main.cf': 'conf',
  'master.cf': 'conf',
  'my.cnf': 'ini',
  'httpd.conf': 'conf',
  'nginx.conf': 'conf',
  readme: 'prose',
  license: 'prose',
  changelog: 'prose',
  authors: 'prose',
  notice: 'prose',
  copying: 'prose',
  'java.security': 'properties',
  caddyfile: 'conf',
  procfile: 'shell',
  build: 'other',
};

/** Suffixes that wrap another file kind: looked through when classifying. */
const WRAPPER_SUFFIXES = new Set([
  'j2',
  'jinja',
  'jinja2',
  'tmpl',
  'tpl',
  'template',
  'erb',
  'epp',
  'mustache',
  'hbs',
  'ejs',
  'gotmpl',
  'example',
  'sample',
  'dist',
  'default',
  'orig',
  'bak',
  'in',
  'local',
  'dev',
  'prod',
  'production',
]);

/**
 * The tables as maps: a name is only ever its own entry (`in` on an object also finds
 * `constructor` and `__proto__`), and a lookup with a fresh string is a hash, where `in` cost
 * ~5 µs per file (a third of the scan's per-file overhead on a 46,000-file tree).
 */
const KIND_BY_NAME: ReadonlyMap<string, FileKind> = new Map(Object.entries(BY_NAME));
const KIND_BY_EXTENSION: ReadonlyMap<string, FileKind> = new Map(Object.entries(BY_EXTENSION));

export function classify(path: string): FileKind {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const named = KIND_BY_NAME.get(base);
  if (named) return named;
  if (base.startsWith('dockerfile') || base.endsWith('.dockerfile')) return 'dockerfile';
  let name = base;
  for (;;) {
    const dot = name.lastIndexOf('.');
    if (dot <= 0) break;
    const ext = name.slice(dot + 1);
    const byExtension = KIND_BY_EXTENSION.get(ext);
    if (byExtension) return byExtension;
    if (!WRAPPER_SUFFIXES.has(ext)) break;
    name = name.slice(0, dot);
    const wrapped = KIND_BY_NAME.get(name);
    if (wrapped) return wrapped;
  }
  if (/^\.env(\.|$)/.test(base)) return 'env';
  if (/^readme|^changelog|^license/.test(base)) return 'prose';
  return 'other';
}

/** The base name with wrapper suffixes removed: `nginx.conf.j2` → `nginx.conf`. */
export function logicalName(path: string): string {
  let name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  for (;;) {
    const dot = name.lastIndexOf('.');
    if (dot <= 0 || !WRAPPER_SUFFIXES.has(name.slice(dot + 1))) return name;
    name = name.slice(0, dot);
  }
}

export type CommentStyle = {
  /** Line comment starters. */
  readonly line?: readonly string[];
  /** Line comment starters that count only as the first thing on a line (INI `;`, batch `::`). */
  readonly lineStart?: readonly string[];
  /** Block comment delimiters. */
  readonly block?: readonly (readonly [string, string])[];
  /** Quote characters whose strings hide comment starters. */
  readonly quotes?: string;
  /** `#` starts a comment only after white space or at line start (shell, YAML, nginx). */
  readonly hashAfterSpace?: boolean;
};

const C: CommentStyle = { line: ['//'], block: [['/*', '*/']], quotes: '"\'`' };
const HASH: CommentStyle = { line: ['#'], quotes: '"\'', hashAfterSpace: true };
const STYLES: Partial<Record<FileKind, CommentStyle>> = {
  csharp: C,
  java: C,
  kotlin: C,
  scala: C,
  groovy: C,
  go: C,
  rust: { ...C, quotes: '"`' },
  c: C,
  cpp: C,
  objc: C,
  swift: C,
  js: C,
  ts: C,
  json: C,
  dart: C,
  fsharp: { line: ['//'], block: [['(*', '*)']], quotes: '"' },
  php: { line: ['//', '#'], block: [['/*', '*/']], quotes: '"\'' },
  hcl: { line: ['#', '//'], block: [['/*', '*/']], quotes: '"' },
  python: HASH,
  ruby: HASH,
  perl: HASH,
  shell: HASH,
  dockerfile: HASH,
  makefile: HASH,
  yaml: HASH,
  toml: HASH,
  conf: HASH,
  env: HASH,
  elixir: HASH,
  gomod: C,
  properties: { lineStart: ['#', '!'] },
  powershell: { line: ['#'], block: [['<#', '#>']], quotes: '"\'', hashAfterSpace: true },
  ini: { lineStart: [';', '#'] },
  reg: { lineStart: [';'] },
  inno: { lineStart: [';', '//'] },
  xml: { block: [['<!--', '-->']] },
  msbuild: { block: [['<!--', '-->']] },
  plist: { block: [['<!--', '-->']] },
  html: { block: [['<!--', '-->']] },
  sql: { line: ['--', '#'], block: [['/*', '*/']], quotes: '\'"' },
  lua: { line: ['--'], quotes: '"\'' },
  vb: { line: ["'"], lineStart: ['REM ', 'rem '], quotes: '"' },
  vbscript: { line: ["'"], lineStart: ['REM ', 'rem '], quotes: '"' },
  asp: { line: ["'"], block: [['<!--', '-->']], quotes: '"' },
  erlang: { line: ['%'], quotes: '"' },
  batch: { lineStart: ['REM ', 'rem ', '::', '@REM ', '@rem '] },
  clojure: { line: [';'], quotes: '"' },
  // Unknown files are mostly configuration (systemd units, Puppet, Salt, Nix, HOCON, jvm.options,
  // sites-available/default): `#` after white space is the comment they share.
  other: HASH,
};

/** Files whose comment syntax is not their kind's: Bicep (`'` strings), Erlang terms in `.config`. */
const STYLE_BY_NAME: readonly [RegExp, CommentStyle][] = [
  [/\.bicep(param)?$/, { line: ['//'], block: [['/*', '*/']], quotes: "'" }],
  [/^(rabbitmq|sys|advanced)\.config$/, { line: ['%'], quotes: '"' }],
  [/\.nix$/, { line: ['#'], block: [['/*', '*/']], quotes: '"', hashAfterSpace: true }],
];

export function hasCommentSyntax(kind: FileKind): boolean {
  return kind in STYLES;
}

/** The comment syntax of a file (exported for the masker's reference test). */
export function styleFor(kind: FileKind, name?: string): CommentStyle | undefined {
  if (name) for (const [re, style] of STYLE_BY_NAME) if (re.test(name)) return style;
  return STYLES[kind];
}

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t';
}

/**
 * Per style, the characters where something can begin: a line break, a quote, the first character
 * of a comment marker. Between two of them the masker has nothing to do, so it jumps there with
 * one native search instead of looking at every character (a character loop costs ~46 ns a byte).
 */
const SPECIAL = new WeakMap<CommentStyle, RegExp>();
function specialChars(style: CommentStyle): RegExp {
  let re = SPECIAL.get(style);
  if (!re) {
    const firsts = [...(style.line ?? []), ...(style.block ?? []).map(([open]) => open)].map((s) => s[0]).join('');
    re = new RegExp(`[\\n${escapeClass((style.quotes ?? '') + firsts)}]`, 'g');
    SPECIAL.set(style, re);
  }
  return re;
}

/** Per quote character, what ends or escapes inside its string: the quote, a backslash, a line break. */
const STRING_STOPS = new Map<string, RegExp>();
function stringStops(quote: string): RegExp {
  let re = STRING_STOPS.get(quote);
  if (!re) STRING_STOPS.set(quote, (re = new RegExp(`[${escapeClass(quote)}\\\\\\n]`, 'g')));
  return re;
}

/** Where the string opened by the quote at `i` ends (its closing quote, or past the text). */
function stringEnd(text: string, i: number, quote: string): number {
  const n = text.length;
  // Backtick strings may span lines and have no escapes.
  if (quote === '`') {
    const close = text.indexOf('`', i + 1);
    return close < 0 ? n : close;
  }
  const stops = stringStops(quote);
  let j = i + 1;
  for (;;) {
    stops.lastIndex = j;
    const m = stops.exec(text);
    if (!m) return Math.max(j, n);
    if (m[0] !== '\\') return m.index;
    j = m.index + 2;
  }
}

/**
 * The text with every comment replaced by spaces. Offsets and line breaks are kept, so positions
 * found in the result are positions in the original text.
 */
export function maskComments(text: string, kind: FileKind, name?: string): string {
  const style = styleFor(kind, name);
  if (!style) return text;
  const special = specialChars(style);
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  let lineStart = true;
  let copyFrom = 0;
  const blank = (from: number, to: number): void => {
    out.push(text.slice(copyFrom, from));
    // Most comments are one line: spaces, without a regular expression's pass over each.
    const gap = text.slice(from, to);
    out.push(gap.includes('\n') || gap.includes('\r') ? gap.replace(/[^\r\n]/g, ' ') : ' '.repeat(to - from));
    copyFrom = to;
  };
  while (i < n) {
    if (!lineStart) {
      special.lastIndex = i;
      const next = special.exec(text);
      if (!next) break;
      i = next.index;
    }
    const ch = text[i];
    if (ch === '\n') {
      lineStart = true;
      i++;
      continue;
    }
    if (lineStart && isBlank(ch)) {
      i++;
      continue;
    }
    const atLineStart = lineStart;
    lineStart = false;
    if (atLineStart && style.lineStart?.some((s) => text.startsWith(s, i))) {
      const end = text.indexOf('\n', i);
      blank(i, end < 0 ? n : end);
      i = end < 0 ? n : end;
      continue;
    }
    if (style.quotes?.includes(ch)) {
      // A string: skip to its closing quote. Only backtick strings may span lines.
      i = stringEnd(text, i, ch) + 1;
      continue;
    }
    const block = style.block?.find(([open]) => text.startsWith(open, i));
    if (block) {
      const close = text.indexOf(block[1], i + block[0].length);
      const end = close < 0 ? n : close + block[1].length;
      blank(i, end);
      i = end;
      continue;
    }
    const line = style.line?.find((s) => text.startsWith(s, i));
    if (line && !(line === '#' && style.hashAfterSpace && !atLineStart && !isBlank(text[i - 1]))) {
      let end = text.indexOf('\n', i);
      if (end < 0) end = n;
      blank(i, end);
      i = end;
      continue;
    }
    i++;
  }
  if (copyFrom === 0) return text;
  out.push(text.slice(copyFrom));
  return out.join('');
}

/** Kinds whose text may be shell (scripts, Dockerfile `RUN`, Makefile recipes, CI `run:`): see shell-writers.ts. */
export const SHELL_LIKE: ReadonlySet<FileKind> = new Set(['shell', 'dockerfile', 'makefile', 'yaml', 'powershell', 'batch', 'groovy']);
