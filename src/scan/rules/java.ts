/**
 * Java, the JVM and Android: JSSE (`SSLContext`, `setEnabledProtocols`, `SSLParameters`), the
 * JSSE system properties (`https.protocols`, `jdk.tls.client.protocols`) wherever they are set
 * (code, `-D` flags in JAVA_OPTS / Dockerfiles / Kubernetes env, `gradle.properties`),
 * `java.security` edits, Apache HttpClient, OkHttp, Netty, Jetty, Tomcat, Spring Boot, Kafka and
 * ZooKeeper, JavaMail, JDBC drivers and the Elastic stack.
 */
import { atMost, range, setOf, versionIndex, type Version, type VersionSet } from '../../versions.js';
import { asList, findSettings, patternRule, settingRule, type Setting } from '../define.js';
import { evalList, readVersion, respell, tokenize } from '../evaluate.js';
import { hasCommentSyntax, type FileKind } from '../file-kinds.js';
import type { Edit, Match, Rule, RuleContext } from '../rule.js';
import type { SourceFile } from '../source.js';
import { lastNewline, nextNewline } from '../source.js';

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

const CODE_KINDS: readonly FileKind[] = ['java', 'kotlin', 'scala', 'groovy', 'clojure'];
const CONFIG_KINDS: readonly FileKind[] = [
  'properties',
  'yaml',
  'json',
  'toml',
  'conf',
  'ini',
  'env',
  'shell',
  'dockerfile',
  'hcl',
  'makefile',
  'xml',
];
/** Files with JVM options in them that have no telling extension. */
const JVM_OPTION_NAMES = /^jvm\.(?:config|options)$|^setenv(?:\.sh|\.bat)?$|^java\.security$|\.security$|^gradle\.properties$/;

/** Everything a JDK has ever implemented (SSLv2Hello is a pseudo-protocol and not a version). */
const JDK_ALL: VersionSet = range('SSLv3', 'TLSv1.3');
const TLS_ALL: VersionSet = range('TLSv1.0', 'TLSv1.3');

function isCode(file: SourceFile): boolean {
  return CODE_KINDS.includes(file.kind);
}

/** The floor-dependent safe list, in the spelling of `sample` (`TLSv1.2`, `TLS_1_2`, `TLS.V_1_2`). */
function safeList(floor: Version, sep = ','): string {
  return floor === 'TLSv1.3' ? 'TLSv1.3' : `TLSv1.2${sep}TLSv1.3`;
}

function isVersionAbove(v: Version, floor: Version): boolean {
  return versionIndex(v) >= versionIndex(floor);
}

/**
 * What an SSLContext / "context protocol" name enables on the client side of SunJSSE:
 * `TLSv1.1` → TLSv1.0 and TLSv1.1, `TLSv1` → TLSv1.0, `SSLv3` → SSLv3; TLSv1.2 and later name
 * only themselves (the JDK disables the older ones by default since 8u291 / 11.0.11).
 */
function contextVersions(v: Version): VersionSet {
  if (versionIndex(v) >= versionIndex('TLSv1.2')) return setOf(v);
  return atMost(v);
}

/**
 * Reads from `start` to the first of `stops` at bracket depth 0, or to the bracket that closes an
 * enclosing one. Skips string literals. Returns the end offset, or undefined past `limit` chars.
 */
function readUntil(code: string, start: number, stops: string, limit = 1200): number | undefined {
  let depth = 0;
  const end = Math.min(code.length, start + limit);
  for (let i = start; i < end; i++) {
    const ch = code[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      let j = i + 1;
      while (j < end && code[j] !== ch && code[j] !== '\n') j += code[j] === '\\' ? 2 : 1;
      if (code[j] !== ch) return undefined;
      i = j;
      continue;
    }
    if (depth === 0 && stops.includes(ch)) return i;
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return end === code.length ? end : undefined;
}

/** Splits an argument list (the text between the parentheses) into top-level arguments. */
function splitArgs(code: string, start: number, end: number): { start: number; end: number }[] {
  const args: { start: number; end: number }[] = [];
  let s = start;
  for (let guard = 0; guard < 20 && s <= end; guard++) {
    const e = readUntil(code, s, ',', end - s + 1);
    const stop = e === undefined || e > end ? end : e;
    args.push({ start: s, end: stop });
    if (stop >= end) break;
    s = stop + 1;
  }
  return args;
}

interface VersionToken {
  readonly start: number;
  readonly end: number;
  /** The token as written, quotes included. */
  readonly text: string;
  /** The versions it names (a literal may hold a whole list, `"TLSv1,TLSv1.1"`). */
  readonly versions: VersionSet;
  /** The token names exactly one version (so that a fix may rewrite it). */
  readonly single: boolean;
}

/** String literals and version enum constants (HttpClient 5 `TLS.V_1_0`, OkHttp `TlsVersion.TLS_1_0`). */
const TOKEN_RE = /"([^"\\\n]{0,80})"|'([^'\\\n]{0,80})'|(?<![\w$.])(?:TLS\.V_(\d)_(\d)|(?:TlsVersion\.)?(TLS_1_[0-3]|SSL_3_0))(?![\w$])/g;

function versionTokens(code: string, start: number, end: number): VersionToken[] {
  const out: VersionToken[] = [];
  const re = new RegExp(TOKEN_RE.source, 'g');
  const text = code.slice(start, end);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const literal = m[1] ?? m[2];
    let versions: VersionSet;
    let single: boolean;
    if (literal !== undefined) {
      const toks = tokenize(literal);
      const r = evalList(toks);
      if (!r) continue;
      versions = r.versions;
      single = toks.length === 1;
    } else {
      const v = readVersion(m[3] !== undefined ? `TLS_${m[3]}_${m[4]}` : m[5]);
      if (!v) continue;
      versions = setOf(v);
      single = true;
    }
    out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0], versions, single });
  }
  return out;
}

/** Arguments that compute a list (filters, removals, comparisons): unknown, not legacy. */
const COMPUTED = /->|=>|\bfilter|\bremove|\bminus\b|\bexcept|equals|contains|startsWith|matches|!=|\breplace|\bdiff|\bwithout/i;

/**
 * Where the file gives each identifier a value (`NAME = …`, `val name: Type = …`): the offsets
 * where the values start, by name, in file order. Read once per file: searching the file for the
 * name of every call's argument is quadratic on a file full of calls that pass a variable.
 */
function assignmentsByName(file: SourceFile): ReadonlyMap<string, readonly number[]> {
  const code = file.code;
  const byName = new Map<string, number[]>();
  const re = /(?<![\w$.])([A-Za-z_$][\w$]*)(?:\s*:\s*[\w.<>[\]?]{1,60})?[ \t]*=(?![=>])[ \t]*/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const starts = byName.get(m[1]) ?? [];
    starts.push(m.index + m[0].length);
    byName.set(m[1], starts);
    // The type may name an identifier assigned here too (`a: b = …`): go on after the name.
    re.lastIndex = m.index + m[1].length;
  }
  return byName;
}

type Initializer = { start: number; end: number } | undefined;

/** The names resolved so far in a file (a name's assignments are read once however often it is passed). */
function resolvedNames(): Map<string, Initializer> {
  return new Map();
}

/**
 * Where a constant or variable named `name` is given a value in this file: the offsets of the
 * initializer (`{"TLSv1", "TLSv1.1"}`, `arrayOf(...)`, `"TLSv1"`).
 */
function resolveConstant(file: SourceFile, name: string): Initializer {
  const resolved = file.fact(resolvedNames);
  if (resolved.has(name)) return resolved.get(name);
  let found: Initializer;
  for (const start of file.fact(assignmentsByName).get(name) ?? []) {
    const end = readUntil(file.code, start, ';\n');
    if (end !== undefined && end > start) {
      found = { start, end };
      break;
    }
  }
  resolved.set(name, found);
  return found;
}

interface ListAnalysis {
  readonly versions: VersionSet;
  readonly tokens: readonly VersionToken[];
  readonly severity?: 'warning';
  readonly why?: string;
  readonly empty?: boolean;
}

/** The versions an argument (a list expression) enables. */
function analyzeList(file: SourceFile, start: number, end: number, depth = 0): ListAnalysis | undefined {
  const code = file.code;
  const text = code.slice(start, end);
  const trimmed = text.trim();
  if (trimmed === '') return { versions: 0, tokens: [], empty: true };
  if (COMPUTED.test(text)) return undefined;
  if (/getSupportedProtocols\s*\(|\.supportedProtocols\b/.test(text)) {
    return {
      versions: JDK_ALL,
      tokens: [],
      severity: 'warning',
      why: 'the supported protocols are every version the JDK or Android implements; only `jdk.tls.disabledAlgorithms` may still hold the old ones back',
    };
  }
  const ident = /^(?:[\w$]+\.)*([A-Za-z_$][\w$]*)$/.exec(trimmed);
  // A lone version constant (`TlsVersion.TLS_1_0`) is a value, not a name to look up.
  if (ident && depth === 0 && versionTokens(code, start, end).length === 0) {
    const def = resolveConstant(file, ident[1]);
    return def ? analyzeList(file, def.start, def.end, 1) : undefined;
  }
  const tokens = versionTokens(code, start, end);
  if (tokens.length === 0) return undefined;
  let versions: VersionSet = 0;
  for (const t of tokens) versions |= t.versions;
  return { versions, tokens };
}

/** Rewrites a token in its own spelling at `target` (`"TLSv1"` → `"TLSv1.2"`, `TLS.V_1_0` → `TLS.V_1_2`). */
function respellToken(t: VersionToken, target: Version): string | undefined {
  const q = t.text[0] === '"' || t.text[0] === "'" ? t.text[0] : '';
  const inner = q ? t.text.slice(1, -1) : t.text;
  const spelled = respell(inner, target);
  return spelled && readVersion(spelled.replace(/^TLS\.V_/, 'TLS_').replace(/^TlsVersion\./, '')) === target
    ? `${q}${spelled}${q}`
    : undefined;
}

/** Deletes the legacy entries of a literal list (`"TLSv1", "TLSv1.1", "TLSv1.2"` → `"TLSv1.2"`). */
function listFix(code: string, tokens: readonly VersionToken[], floor: Version): Edit | undefined {
  if (tokens.length === 0 || !tokens.every((t) => t.single)) return undefined;
  for (let i = 1; i < tokens.length; i++) if (!/^\s*,\s*$/.test(code.slice(tokens[i - 1].end, tokens[i].start))) return undefined;
  const kept = tokens.filter((t) => t.versions !== 0 && isVersionAbove(lowestOf(t.versions), floor));
  const gap = tokens.length > 1 ? code.slice(tokens[0].end, tokens[1].start) : ', ';
  const first = tokens[0].start;
  const last = tokens[tokens.length - 1].end;
  if (kept.length === 0) {
    const spelled = respellToken(tokens[0], floor);
    return spelled ? { start: first, end: last, text: spelled } : undefined;
  }
  return { start: first, end: last, text: kept.map((t) => t.text).join(gap) };
}

function lowestOf(set: VersionSet): Version {
  for (const v of ['SSLv2', 'SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const) if (set & setOf(v)) return v;
  return 'TLSv1.3';
}

/** How to write the safe list in code, in the style of the first token. */
function codeInstead(tokens: readonly VersionToken[], floor: Version): string {
  const sample = tokens.find((t) => t.single) ?? { text: '"TLSv1.2"', start: 0, end: 0, versions: 0, single: true };
  const targets: Version[] = floor === 'TLSv1.3' ? ['TLSv1.3'] : ['TLSv1.3', 'TLSv1.2'];
  const spelled = targets.map((v) => respellToken(sample, v) ?? `"${v}"`);
  return `\`${spelled.join(', ')}\``;
}

/** The key of the YAML mapping that holds the line at `offset` (`ssl` for `ssl:\n  protocol: x`). */
function yamlParent(code: string, offset: number): string | undefined {
  let lineStart = lastNewline(code, offset - 1) + 1;
  const indent = /^[ \t]*(?:-[ \t]+)?/.exec(code.slice(lineStart, offset))![0].length;
  for (let n = 0; n < 300 && lineStart > 0; n++) {
    const prevEnd = lineStart - 1;
    lineStart = lastNewline(code, prevEnd - 1) + 1;
    const line = code.slice(lineStart, prevEnd);
    if (line.trim() === '') continue;
    const m = /^([ \t]*)(?:-[ \t]+)?["']?([\w.\-[\]]+)["']?[ \t]*:/.exec(line);
    const lineIndent = /^[ \t]*/.exec(line)![0].length;
    if (lineIndent < indent) return m ? m[2] : undefined;
  }
  return undefined;
}

/** The text before a setting on its line (bounded). */
function linePrefix(code: string, offset: number, max = 1000): string {
  const start = Math.max(lastNewline(code, offset - 1) + 1, offset - max);
  return code.slice(start, offset);
}

/** A setting written back with another value, in the setting's own syntax. */
function rewriteSetting(file: SourceFile, s: Setting, value: string): string {
  if (s.form === 'block-list') return `\`${s.key}: [${value.split(/[, ]+/).join(', ')}]\``;
  const head = file.code.slice(s.keyStart, s.valueStart).replace(/^\s+/, '');
  const tail = file.code.slice(s.valueEnd, s.end);
  return `\`${head}${value}${tail}\``;
}

/** The list separator a value uses (`,` / `, ` / ` ` / `+`). */
function separatorOf(value: string): string {
  const m = /[ \t]*[,+][ \t]*|[ \t]+/.exec(value.trim());
  return m ? (m[0].includes(',') ? (m[0].includes(' ') ? ', ' : ',') : m[0].includes('+') ? '+' : ' ') : ',';
}

/** A quoted-key call (`props.put("ssl.enabled.protocols", "TLSv1")`) when the file is code. */
function codeCallOrConfig(s: Setting, file: SourceFile): boolean {
  if (!isCode(file)) return true;
  const q = file.code[s.keyStart];
  return q === '"' || q === "'";
}

/** A `#` comment line in a file kind without comment masking (`jvm.options`, `*.security`). */
function inHashComment(file: SourceFile, offset: number): boolean {
  if (hasCommentSyntax(file.kind)) return false;
  return /^[ \t]*[#!]/.test(linePrefix(file.code, offset));
}

/**
 * Kubernetes / Compose env entries written as `- name: KEY` + `value: …`: yields them as settings,
 * so that a rule sees `KAFKA_SSL_ENABLED_PROTOCOLS` there as it does `KEY=value`.
 */
function* envPairs(file: SourceFile, name: RegExp): Generator<Setting> {
  if (file.kind !== 'yaml') return;
  const re = new RegExp(
    `\\bname:[ \\t]*(["']?)(${name.source})\\1[ \\t]*\\r?\\n[ \\t]*value:[ \\t]*`,
    `g${name.flags.includes('i') ? 'i' : ''}`,
  );
  const code = file.code;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const i = m.index + m[0].length;
    const q = code[i];
    if (q === '"' || q === "'") {
      const close = code.indexOf(q, i + 1);
      if (close < 0 || code.slice(i, close).includes('\n')) continue;
      yield {
        key: m[2],
        keyStart: m.index + m[0].indexOf(m[2]),
        value: code.slice(i + 1, close),
        valueStart: i + 1,
        valueEnd: close,
        form: 'quoted',
        end: close + 1,
      };
    } else {
      const nl = nextNewline(code, i);
      const raw = code.slice(i, nl < 0 ? code.length : nl).replace(/\s+$/, '');
      if (raw)
        yield {
          key: m[2],
          keyStart: m.index + m[0].indexOf(m[2]),
          value: raw,
          valueStart: i,
          valueEnd: i + raw.length,
          form: 'bare',
          end: i + raw.length,
        };
    }
  }
}

/** A setting rule that also reads `- name: KEY` / `value: …` env pairs. */
function withEnvPairs(
  rule: Rule,
  name: RegExp,
  evaluate: (
    s: Setting,
    ctx: RuleContext,
    file: SourceFile,
  ) => (Omit<Match, 'start' | 'end' | 'what' | 'instead'> & { instead?: string }) | undefined,
  instead: (ctx: RuleContext, s: Setting) => string,
): Rule {
  return {
    ...rule,
    *check(file, ctx) {
      yield* rule.check(file, ctx);
      for (const s of envPairs(file, name)) {
        const e = evaluate(s, ctx, file);
        if (!e) continue;
        yield { ...e, start: s.keyStart, end: s.end, what: `${s.key}=${s.value}`, instead: e.instead ?? instead(ctx, s) };
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// C1: SSLContext.getInstance("TLSv1") and other context-protocol names in code
// ---------------------------------------------------------------------------------------------

export const sslContextProtocol = patternRule({
  meta: {
    id: 'java/sslcontext-protocol',
    title: 'SSLContext created for a legacy protocol',
    description:
      '`SSLContext.getInstance("TLSv1")` (and `"TLSv1.1"`, `"SSLv3"`) makes SunJSSE client sockets offer only that version and those below it. The same name is the context protocol of Apache HttpClient `SSLContexts.custom().useProtocol(…)`, Jetty `setProtocol(…)`, the SQL Server JDBC `setSSLProtocol(…)` and Kafka `SSL_PROTOCOL_CONFIG`.',
    ecosystem: 'Java & JVM',
    catalogue: ['C1', 'C14'],
    docs: [
      'https://docs.oracle.com/en/java/javase/21/docs/specs/security/standard-names.html#sslcontext-algorithms',
      'https://docs.oracle.com/en/java/javase/21/security/java-secure-socket-extension-jsse-reference-guide.html',
    ],
    files: { kinds: CODE_KINDS },
    keywords: /getInstance|useProtocol|setProtocol|setSslProtocol|setSSLProtocol|SSL_PROTOCOL/,
    fixable: true,
    safe: 'SSLContext.getInstance("TLSv1.3")',
    limits:
      '`"TLS"`, `"SSL"` and `"Default"` name protocol families and are not reported (on JDK 7 and older `"SSL"` still enabled SSLv3). A protocol name held in a variable set elsewhere is not followed.',
  },
  pattern:
    /(?:(?<![\w$])SSLContext\s*\.\s*getInstance\s*\(|\(\s*SSLContext\/getInstance\s+|\.(?:useProtocol|setProtocol|setSslProtocol|setSSLProtocol)\s*\(|(?<![\w$])SSL_PROTOCOL(?:_CONFIG)?\s*,)\s*/,
  evaluate: (m, ctx, file) => {
    const code = file.code;
    const argStart = m.index + m[0].length;
    const argEnd = readUntil(code, argStart, ',;\n');
    if (argEnd === undefined) return undefined;
    let a = argStart;
    let b = argEnd;
    const ident = /^\s*(?:[\w$]+\.)*([A-Za-z_$][\w$]*)\s*$/.exec(code.slice(a, b));
    if (ident && !/^(?:true|false|null)$/.test(ident[1])) {
      const def = resolveConstant(file, ident[1]);
      if (!def) return undefined;
      a = def.start;
      b = def.end;
    }
    const lit = /^\s*(["'])([^"'\\\n]{1,40})\1\s*$/.exec(code.slice(a, b));
    if (!lit) return undefined;
    const v = readVersion(lit[2]);
    if (!v) return undefined;
    const litStart = a + code.slice(a, b).indexOf(lit[1]);
    const spelled = respell(lit[2], ctx.floor);
    const fix =
      spelled && readVersion(spelled) === ctx.floor ? { start: litStart + 1, end: litStart + 1 + lit[2].length, text: spelled } : undefined;
    const getInstance = /getInstance/.test(m[0]);
    return {
      versions: contextVersions(v),
      fix,
      end: argEnd,
      severity: getInstance || /useProtocol/.test(m[0]) ? undefined : 'warning',
      why:
        versionIndex(v) < versionIndex('TLSv1.2')
          ? `a \`${lit[2]}\` context offers ${v === 'SSLv3' ? 'SSLv3' : v === 'TLSv1.0' ? 'only TLSv1.0' : 'TLSv1.0 and TLSv1.1'} unless enabled protocols are set`
          : undefined,
    };
  },
  instead: (ctx) =>
    ctx.floor === 'TLSv1.3'
      ? '`SSLContext.getInstance("TLSv1.3")`'
      : '`SSLContext.getInstance("TLSv1.3")` (or `"TLS"` with `setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"})`)',
  examples: {
    valid: [
      {
        file: 'src/main/java/net/Client.java',
        code: 'SSLContext ctx = SSLContext.getInstance("TLS");',
        note: '"TLS" is a protocol family, not TLS 1.0',
      },
      {
        file: 'src/main/java/net/Client.java',
        code: 'SSLContext ctx = SSLContext.getInstance("TLSv1.2");\nctx.init(null, tms, null);',
        note: 'TLSv1 must not match inside TLSv1.2',
      },
      { file: 'app/src/main/java/Tls.kt', code: 'val ctx = SSLContext.getInstance("Default")' },
      {
        file: 'src/Legacy.java',
        code: 'SSLContext ctx = SSLContext.getInstance("SSL");',
        note: '"SSL" is a family name; SSLv3 only on JDK 7 and older',
      },
      {
        file: 'src/Old.java',
        code: '// SSLContext.getInstance("TLSv1");\nSSLContext ctx = SSLContext.getInstance("TLSv1.3");',
        note: 'commented out',
      },
      {
        file: 'src/Check.java',
        code: 'if ("TLSv1".equals(session.getProtocol())) { log.warn("legacy peer"); }',
        note: 'a comparison, not a setting',
      },
      { file: 'src/Factory.java', code: 'SSLContext ctx = SSLContext.getInstance(protocol);', note: 'a parameter: unknown' },
      { file: 'src/Server.java', code: 'connector.setProtocol("HTTP/1.1");', note: 'setProtocol with a non-TLS value' },
    ],
    invalid: [
      {
        file: 'src/main/java/org/x/TlsOptions.java',
        code: 'switch (config.getProtocol()) {\n    case "TLSv1.1":\n        ctx = SSLContext.getInstance("TLSv1.1");\n        break;\n    default:\n        ctx = SSLContext.getInstance("TLSv1.2");\n}',
        findings: ['3:15 TLSv1.0 TLSv1.1'],
        severity: 'note',
        note: 'a `case` arm for a configured protocol is a capability, judged as TLS-implementation code',
      },
      {
        file: 'src/main/java/org/x/TlsOptions.java',
        code: 'switch (config.getProtocol()) {\n    default:\n        ctx = SSLContext.getInstance("TLSv1");\n}',
        findings: ['3:15 TLSv1.0'],
        note: 'the `default` arm is what everyone who asked for nothing gets',
      },
      {
        file: 'src/main/java/com/acme/HttpUtil.java',
        code: 'SSLContext sc = SSLContext.getInstance("TLSv1");\nsc.init(null, trustAll, new SecureRandom());',
        findings: ['1:17 TLSv1.0'],
        output: 'SSLContext sc = SSLContext.getInstance("TLSv1.2");\nsc.init(null, trustAll, new SecureRandom());',
      },
      {
        file: 'src/Legacy.java',
        code: 'final SSLContext context = SSLContext . getInstance ( "SSLv3" );',
        findings: ['1:28 SSLv3'],
        output: 'final SSLContext context = SSLContext . getInstance ( "TLSv1.2" );',
      },
      {
        file: 'app/src/main/java/com/acme/Net.kt',
        code: 'val sslContext = SSLContext.getInstance("TLSv1.1")\nsslContext.init(null, arrayOf(tm), null)',
        findings: ['1:18 TLSv1.0 TLSv1.1'],
        note: 'a TLSv1.1 context also offers TLSv1.0',
      },
      {
        file: 'src/main/java/com/acme/Soap.java',
        code: 'public class Soap {\n  private static final String PROTOCOL = "TLSv1";\n\n  SSLContext ctx() throws Exception {\n    return SSLContext.getInstance(PROTOCOL);\n  }\n}',
        findings: ['5:12 TLSv1.0'],
        note: 'the name comes from a constant in the same file',
      },
      {
        file: 'src/main/java/Http.java',
        code: 'SSLContext sslContext = SSLContexts.custom()\n    .loadTrustMaterial(null, new TrustSelfSignedStrategy())\n    .useProtocol("TLSv1.1")\n    .build();',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/Tls.java',
        code: 'SSLContext ctx = SSLContext.getInstance("TLSv1.2", "BCJSSE");',
        floor: 'TLSv1.3',
        findings: ['1:18 TLSv1.2'],
        output: 'SSLContext ctx = SSLContext.getInstance("TLSv1.3", "BCJSSE");',
      },
      {
        file: 'src/jetty/Main.java',
        code: 'sslContextFactory.setProtocol("TLSv1");',
        findings: ['1:18 TLSv1.0'],
        severity: 'warning',
        note: 'server-side context protocol: what is accepted also depends on the include/exclude lists',
      },
      { file: 'src/tls.clj', code: '(let [ctx (SSLContext/getInstance "TLSv1")] ctx)', findings: ['1:11 TLSv1.0'] },
      {
        file: 'src/Kafka.java',
        code: 'props.put(SslConfigs.SSL_PROTOCOL_CONFIG, "TLSv1.1");',
        findings: ['1:22 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// C2, C6, C8, C9: explicit protocol lists in code
// ---------------------------------------------------------------------------------------------

const LIST_CALL =
  /(?<![\w$])(setEnabledProtocols|setProtocols|protocols|setIncludeProtocols|setExcludeProtocols|tlsVersions|setSupportedProtocols|setTlsVersions|setEnabledTLSProtocols|setEnabledSecureTransportProtocols|addEnabledSecureTransportProtocol|withEnabledProtocols)\s*\(|(?<=\.)(enabledProtocols|protocols|includeProtocols|excludeProtocols)[ \t]*=(?![=>])[ \t]*|(?<![\w$])new\s+(SSLParameters|SSLConnectionSocketFactory|SSLIOSessionStrategy)\s*\(|(?<![\w$])(SSL_ENABLED_PROTOCOLS(?:_CONFIG)?)\s*,\s*|<Set\s+name\s*=\s*"(IncludeProtocols|ExcludeProtocols)"\s*>/;

export const enabledProtocolsCall = patternRule({
  meta: {
    id: 'java/enabled-protocols',
    title: 'Protocol list in code enables legacy TLS',
    description:
      "Lists of protocol names given to `SSLSocket`/`SSLEngine.setEnabledProtocols`, `SSLParameters.setProtocols` or `new SSLParameters(…, protocols)`, Apache HttpClient (`new SSLConnectionSocketFactory(ctx, protocols, …)`, HttpClient 5 `setSupportedProtocols`/`setTlsVersions`), OkHttp `tlsVersions`, Netty `SslContextBuilder.protocols`, Jetty `setIncludeProtocols` and Vert.x enable every listed version. `getSupportedProtocols()` enables everything the runtime implements, and Jetty `setExcludeProtocols` without SSLv3 drops Jetty's own exclusions.",
    ecosystem: 'Java & JVM',
    catalogue: ['C2', 'C6', 'C8', 'C9', 'C12', 'C14'],
    docs: [
      'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/javax/net/ssl/SSLSocket.html#setEnabledProtocols(java.lang.String%5B%5D)',
      'https://hc.apache.org/httpcomponents-client-5.2.x/',
      'https://square.github.io/okhttp/features/https/',
      'https://netty.io/4.1/api/io/netty/handler/ssl/SslContextBuilder.html#protocols-java.lang.String...-',
      'https://eclipse.dev/jetty/documentation/jetty-10/operations-guide/index.html#og-protocols-ssl',
    ],
    files: { kinds: [...CODE_KINDS, 'xml'] },
    keywords:
      /setEnabledProtocols|setProtocols|protocols|IncludeProtocols|ExcludeProtocols|tlsVersions|setSupportedProtocols|setTlsVersions|setEnabledTLSProtocols|SecureTransportProtocol|SSLParameters|SSLConnectionSocketFactory|SSLIOSessionStrategy|SSL_ENABLED_PROTOCOLS/,
    fixable: true,
    safe: 'socket.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});',
    limits:
      'Lists built by code (filters over `getSupportedProtocols()`, collections filled elsewhere, values read from configuration) are unknown; a constant is followed only when it is defined in the same file.',
  },
  pattern: LIST_CALL,
  evaluate: (m, ctx, file) => {
    const code = file.code;
    const after = m.index + m[0].length;
    let a: number;
    let b: number | undefined;
    let exclude = false;
    if (m[1] !== undefined) {
      // Mockito `verify(socket).setEnabledProtocols(…)` checks a call made elsewhere.
      if (/\bverify\s*\((?:[^()]|\([^()]{0,80}\)){0,200}\)\s*\.\s*$/.test(code.slice(Math.max(0, m.index - 300), m.index)))
        return undefined;
      a = after;
      b = readUntil(code, a, '');
      exclude = m[1] === 'setExcludeProtocols';
      // `.protocols(...)` without a receiver is a function of the file's own, not a TLS builder.
      if (m[1] === 'protocols' && code[m.index - 1] !== '.' && !/\.\s*$/.test(code.slice(Math.max(0, m.index - 40), m.index)))
        return undefined;
    } else if (m[2] !== undefined) {
      a = after;
      b = readUntil(code, a, ';\n');
      exclude = m[2] === 'excludeProtocols';
    } else if (m[3] !== undefined) {
      const close = readUntil(code, after, '');
      if (close === undefined) return undefined;
      const args = splitArgs(code, after, close);
      if (args.length < 2) return undefined;
      a = args[1].start;
      b = args[1].end;
    } else if (m[4] !== undefined) {
      a = after;
      b = readUntil(code, a, ';');
    } else {
      a = after;
      // Looked for within 1500 characters (an unbounded search per match is quadratic on a hostile file).
      const close = code.slice(a, a + 1500 + '</Set>'.length).indexOf('</Set>');
      b = close < 0 ? undefined : a + close;
      exclude = m[5] === 'ExcludeProtocols';
      if (b !== undefined) {
        const items = [...code.slice(a, b).matchAll(/<Item>\s*([^<]{1,40}?)\s*<\/Item>/g)];
        let set: VersionSet = 0;
        for (const it of items) {
          const v = readVersion(it[1]);
          if (v) set |= setOf(v);
        }
        if (exclude) {
          if (set & setOf('SSLv3')) return undefined;
          return {
            versions: JDK_ALL & ~set,
            severity: 'warning',
            end: b + 6,
            why: "this list replaces Jetty's default exclusions (SSL, SSLv2, SSLv2Hello, SSLv3)",
          };
        }
        return set ? { versions: set, end: b + 6 } : undefined;
      }
    }
    if (b === undefined) return undefined;
    let list = analyzeList(file, a, b);
    // `setExcludeProtocols("SSLv2Hello")`: literals only, none of them a version.
    if (!list && exclude && /^[\s,"'\w.{}[\]()]*$/.test(code.slice(a, b)) && !/^\s*[\w$.]+\s*$/.test(code.slice(a, b)))
      list = { versions: 0, tokens: [] };
    if (!list) return undefined;
    const end = Math.min(code.length, b + (m[2] !== undefined ? 0 : 1));
    if (exclude) {
      if (list.versions & setOf('SSLv3')) return undefined;
      return {
        versions: JDK_ALL & ~list.versions,
        severity: 'warning',
        end,
        why: "the exclude list replaces Jetty's default exclusions (SSL, SSLv2, SSLv2Hello, SSLv3)",
        instead: '`setExcludeProtocols("SSL", "SSLv2", "SSLv2Hello", "SSLv3", "TLSv1", "TLSv1.1")`',
      };
    }
    if (list.empty || list.versions === 0) return undefined;
    return {
      versions: list.versions,
      severity: list.severity,
      why: list.why,
      end,
      fix: list.severity ? undefined : listFix(code, list.tokens, ctx.floor),
      instead: list.tokens.length ? codeInstead(list.tokens, ctx.floor) : undefined,
    };
  },
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`"TLSv1.3"`' : '`"TLSv1.3", "TLSv1.2"`'),
  examples: {
    valid: [
      { file: 'src/main/java/Tls12SocketFactory.java', code: 'socket.setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.3"});' },
      {
        file: 'src/Server.java',
        code: 'SSLParameters params = engine.getSSLParameters();\nparams.setProtocols(new String[] {"TLSv1.3"});',
      },
      {
        file: 'app/src/main/java/com/acme/NoSslv3.java',
        code: 'List<String> protocols = new ArrayList<>(Arrays.asList(socket.getEnabledProtocols()));\nprotocols.remove("SSLv3");\nsocket.setEnabledProtocols(protocols.toArray(new String[0]));',
        note: 'list computed by removing entries: unknown',
      },
      {
        file: 'src/Filter.java',
        code: 'socket.setEnabledProtocols(Arrays.stream(socket.getSupportedProtocols()).filter(p -> !p.equals("TLSv1") && !p.equals("TLSv1.1")).toArray(String[]::new));',
        note: 'a filter that removes TLSv1: not an enabling list',
      },
      {
        file: 'src/Netty.java',
        code: 'SslContext ctx = SslContextBuilder.forServer(cert, key)\n    .protocols("TLSv1.3", "TLSv1.2")\n    .build();',
      },
      {
        file: 'src/Okhttp.kt',
        code: 'val spec = ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)\n    .tlsVersions(TlsVersion.TLS_1_3, TlsVersion.TLS_1_2)\n    .build()',
      },
      { file: 'src/Hc5.java', code: 'TlsConfig.custom().setSupportedProtocols(TLS.V_1_3, TLS.V_1_2).build();' },
      {
        file: 'src/Jetty.java',
        code: 'factory.setExcludeProtocols("SSL", "SSLv2", "SSLv2Hello", "SSLv3", "TLSv1", "TLSv1.1");',
        note: 'exclusions disable',
      },
      {
        file: 'src/Compat.java',
        code: '// socket.setEnabledProtocols(new String[] {"TLSv1", "TLSv1.1", "TLSv1.2"});\nsocket.setEnabledProtocols(new String[] {"TLSv1.2"});',
        note: 'commented out',
      },
      {
        file: 'src/Check.java',
        code: 'assertArrayEquals(new String[] {"TLSv1.2"}, socket.getEnabledProtocols());',
        note: 'reads the list',
      },
      {
        file: 'src/test/java/com/acme/SocketFactoryTest.java',
        code: 'factory.prepare(socket);\nMockito.verify(socket).setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.1", "TLSv1"});\nverify(engine, times(1)).setEnabledProtocols(new String[] {"TLSv1"});',
        note: 'Mockito verifies a call made by the code under test',
      },
      {
        file: 'src/Http2.kt',
        code: 'client.protocols(listOf(Protocol.HTTP_2, Protocol.HTTP_1_1))',
        note: 'OkHttp application protocols, not TLS versions',
      },
      {
        file: 'src/Hello.java',
        code: 'socket.setEnabledProtocols(new String[] {"SSLv2Hello", "TLSv1.2"});',
        note: 'SSLv2Hello is a pseudo-protocol',
      },
    ],
    invalid: [
      {
        file: 'app/src/main/java/x/Tls.java',
        code: 'if (Build.VERSION.SDK_INT == 19) {\n    socket.setEnabledProtocols(new String[] {"TLSv1", "TLSv1.1", "TLSv1.2"});\n}',
        findings: ['2:12 TLSv1.0 TLSv1.1'],
        note: 'a guard on the platform version is not a requested protocol: what it enables there is a default',
      },
      {
        file: 'app/src/main/java/x/Tls.java',
        code: 'if (config.getTlsProtocol().equals("TLSv1")) {\n    socket.setEnabledProtocols(new String[] {"TLSv1"});\n}',
        findings: ['2:12 TLSv1.0'],
        severity: 'note',
        note: 'enabled because the configured protocol asks for it: a capability, judged as TLS-implementation code',
      },
      {
        file: 'src/main/java/Client.java',
        code: 'sslSocket.setEnabledProtocols(\n    new String[] {"TLSv1.2",\n                  "TLSv1.1"});',
        findings: ['3:20 TLSv1.1'],
        note: 'arguments over several lines: the finding is on the line of the legacy element',
      },
      {
        file: 'app/src/main/java/com/acme/TLSSocketFactory.java',
        code: 'private Socket enableTLSOnSocket(Socket socket) {\n    if (socket instanceof SSLSocket) {\n        ((SSLSocket) socket).setEnabledProtocols(new String[] {"TLSv1.1", "TLSv1.2"});\n    }\n    return socket;\n}',
        findings: ['3:30 TLSv1.1'],
        output:
          'private Socket enableTLSOnSocket(Socket socket) {\n    if (socket instanceof SSLSocket) {\n        ((SSLSocket) socket).setEnabledProtocols(new String[] {"TLSv1.2"});\n    }\n    return socket;\n}',
      },
      {
        file: 'src/Client.java',
        code: 'sslSocket.setEnabledProtocols(new String[]{"TLSv1"});',
        findings: ['1:11 TLSv1.0'],
        output: 'sslSocket.setEnabledProtocols(new String[]{"TLSv1.2"});',
      },
      {
        file: 'src/main/java/com/acme/Protocols.java',
        code: 'class Protocols {\n  static final String[] PROTOCOLS = {"TLSv1", "TLSv1.1", "TLSv1.2"};\n\n  void apply(SSLEngine engine) {\n    engine.setEnabledProtocols(PROTOCOLS);\n  }\n}',
        findings: ['5:12 TLSv1.0 TLSv1.1'],
        output:
          'class Protocols {\n  static final String[] PROTOCOLS = {"TLSv1.2"};\n\n  void apply(SSLEngine engine) {\n    engine.setEnabledProtocols(PROTOCOLS);\n  }\n}',
        note: 'array constant defined in the same file',
      },
      {
        file: 'src/Everything.java',
        code: 'sslSocket.setEnabledProtocols(sslSocket.getSupportedProtocols());',
        findings: ['1:11 SSLv3 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'src/Hc4.java',
        code: 'SSLConnectionSocketFactory sslsf = new SSLConnectionSocketFactory(\n        sslcontext,\n        new String[] { "TLSv1" },\n        null,\n        SSLConnectionSocketFactory.getDefaultHostnameVerifier());',
        findings: ['3:25 TLSv1.0'],
      },
      {
        file: 'src/Hc5.java',
        code: 'final TlsConfig tls = TlsConfig.custom()\n    .setSupportedProtocols(TLS.V_1_0, TLS.V_1_1, TLS.V_1_2)\n    .build();',
        findings: ['2:6 TLSv1.0 TLSv1.1'],
        output: 'final TlsConfig tls = TlsConfig.custom()\n    .setSupportedProtocols(TLS.V_1_2)\n    .build();',
      },
      {
        file: 'app/src/main/java/com/acme/Api.kt',
        code: 'val spec = ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)\n    .tlsVersions(TlsVersion.TLS_1_2, TlsVersion.TLS_1_1, TlsVersion.TLS_1_0)\n    .build()',
        findings: ['2:6 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/main/java/okhttp3/ConnectionSpec.java',
        code: 'public static final ConnectionSpec COMPATIBLE_TLS = new Builder(MODERN_TLS)\n    .tlsVersions(TlsVersion.TLS_1_0)\n    .build();',
        findings: ['2:6 TLSv1.0'],
        output:
          'public static final ConnectionSpec COMPATIBLE_TLS = new Builder(MODERN_TLS)\n    .tlsVersions(TlsVersion.TLS_1_2)\n    .build();',
        note: 'one version constant alone is a value, not a name to look up',
      },
      {
        file: 'src/Netty.java',
        code: 'SslContextBuilder.forClient().protocols("TLSv1", "TLSv1.1", "TLSv1.2").build();',
        findings: ['1:31 TLSv1.0 TLSv1.1'],
        output: 'SslContextBuilder.forClient().protocols("TLSv1.2").build();',
      },
      {
        file: 'src/Jetty.java',
        code: 'SslContextFactory.Server f = new SslContextFactory.Server();\nf.setIncludeProtocols("TLSv1", "TLSv1.1", "TLSv1.2");',
        findings: ['2:3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/Jetty.java',
        code: 'sslContextFactory.setExcludeProtocols("SSLv2Hello");',
        findings: ['1:19 SSLv3 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'replaces the default exclusions',
      },
      {
        file: 'src/Params.java',
        code: 'SSLParameters p = new SSLParameters(new String[] {"TLS_AES_128_GCM_SHA256"}, new String[] {"TLSv1", "TLSv1.2"});',
        findings: ['1:19 TLSv1.0'],
      },
      {
        file: 'src/Tls.kt',
        code: 'sslSocket.enabledProtocols = arrayOf("TLSv1", "TLSv1.1", "TLSv1.2")',
        findings: ['1:11 TLSv1.0 TLSv1.1'],
        output: 'sslSocket.enabledProtocols = arrayOf("TLSv1.2")',
      },
      {
        file: 'src/Mysql.java',
        code: 'ds.setEnabledTLSProtocols("TLSv1,TLSv1.1,TLSv1.2");',
        findings: ['1:4 TLSv1.0 TLSv1.1'],
        note: 'one literal holding a list',
      },
      {
        file: 'src/Producer.java',
        code: 'props.put(SslConfigs.SSL_ENABLED_PROTOCOLS_CONFIG, "TLSv1.2,TLSv1.1");',
        findings: ['1:22 TLSv1.1'],
      },
      {
        file: 'etc/jetty-ssl-context.xml',
        code: '<Set name="IncludeProtocols">\n  <Array type="String">\n    <Item>TLSv1</Item>\n    <Item>TLSv1.2</Item>\n  </Array>\n</Set>',
        findings: ['3:11 TLSv1.0'],
      },
      {
        file: 'src/Socket.java',
        code: 'socket.setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.3"});',
        floor: 'TLSv1.3',
        findings: ['1:8 TLSv1.2'],
        output: 'socket.setEnabledProtocols(new String[] {"TLSv1.3"});',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// C7: OkHttp COMPATIBLE_TLS
// ---------------------------------------------------------------------------------------------

export const okhttpCompatibleTls = patternRule({
  meta: {
    id: 'java/okhttp-compatible-tls',
    title: 'OkHttp COMPATIBLE_TLS enables TLS 1.0 and 1.1',
    description:
      "`ConnectionSpec.COMPATIBLE_TLS` is OkHttp's fallback for obsolete servers: it offers TLS 1.0 and TLS 1.1 (OkHttp 3.13 and later keep them out of `MODERN_TLS` only). A client that lists it, or builds a spec from it without `tlsVersions(…)`, can be downgraded.",
    ecosystem: 'Java & JVM',
    catalogue: ['C7'],
    docs: [
      'https://square.github.io/okhttp/features/https/',
      'https://square.github.io/okhttp/5.x/okhttp/okhttp3/-connection-spec/index.html',
    ],
    files: { kinds: CODE_KINDS },
    keywords: /COMPATIBLE_TLS|allEnabledTlsVersions/,
    fixable: true,
    safe: 'connectionSpecs(listOf(ConnectionSpec.RESTRICTED_TLS, ConnectionSpec.MODERN_TLS))',
    limits:
      'The versions actually offered are also limited by the platform (old Android releases lack TLS 1.2 unless a provider is installed).',
  },
  pattern: /(?<![\w$.])(?:ConnectionSpec\.)?COMPATIBLE_TLS(?![\w$])|\.allEnabledTlsVersions\s*\(\s*\)/,
  evaluate: (m, _ctx, file) => {
    const code = file.code;
    const before = code.slice(Math.max(0, m.index - 200), m.index);
    if (/import\s+(?:static\s+)?[\w.]*$/.test(before) || /\bval\s+$|\bstatic\s+final\s+\w+\s+$|==\s*$/.test(before)) return undefined;
    if (m[0].startsWith('.')) {
      return {
        versions: TLS_ALL,
        severity: 'warning',
        why: 'every version the platform enables, TLS 1.0 and 1.1 included on older runtimes',
      };
    }
    // `Builder(COMPATIBLE_TLS).tlsVersions(...)` overrides the versions; the list rule judges it.
    const rest = code.slice(m.index + m[0].length, m.index + m[0].length + 400);
    if (/\.tlsVersions\s*\(/.test(rest.split(/;|\.build\s*\(/)[0])) return undefined;
    const start = m[0].startsWith('ConnectionSpec.') ? m.index + 'ConnectionSpec.'.length : m.index;
    return {
      versions: TLS_ALL,
      why: '`COMPATIBLE_TLS` includes TLS_1_0 and TLS_1_1',
      fix: { start, end: m.index + m[0].length, text: 'MODERN_TLS' },
    };
  },
  instead: '`ConnectionSpec.MODERN_TLS` (or `RESTRICTED_TLS`)',
  examples: {
    valid: [
      {
        file: 'app/src/main/java/Api.kt',
        code: 'OkHttpClient.Builder()\n    .connectionSpecs(listOf(ConnectionSpec.MODERN_TLS))\n    .build()',
      },
      {
        file: 'src/Imports.java',
        code: 'import static okhttp3.ConnectionSpec.COMPATIBLE_TLS;\nclient = builder.connectionSpecs(List.of(ConnectionSpec.RESTRICTED_TLS)).build();',
        note: 'an import is not a use',
      },
      {
        file: 'src/Spec.kt',
        code: 'val spec = ConnectionSpec.Builder(ConnectionSpec.COMPATIBLE_TLS)\n    .tlsVersions(TlsVersion.TLS_1_2)\n    .build()',
        note: 'versions overridden by tlsVersions',
      },
      { file: 'src/Spec.java', code: '// builder.connectionSpecs(Arrays.asList(ConnectionSpec.COMPATIBLE_TLS));', note: 'commented out' },
      { file: 'src/Check.kt', code: 'if (spec == ConnectionSpec.COMPATIBLE_TLS) log("fallback")', note: 'comparison' },
    ],
    invalid: [
      {
        file: 'app/src/main/java/com/acme/Http.kt',
        code: 'val client = OkHttpClient.Builder()\n    .connectionSpecs(listOf(ConnectionSpec.MODERN_TLS, ConnectionSpec.COMPATIBLE_TLS))\n    .build()',
        findings: ['2:56 TLSv1.0 TLSv1.1'],
        output:
          'val client = OkHttpClient.Builder()\n    .connectionSpecs(listOf(ConnectionSpec.MODERN_TLS, ConnectionSpec.MODERN_TLS))\n    .build()',
      },
      {
        file: 'src/Http.java',
        code: 'builder.connectionSpecs(Collections.singletonList(ConnectionSpec.COMPATIBLE_TLS));',
        findings: ['1:51 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/Spec.java',
        code: 'ConnectionSpec spec = new ConnectionSpec.Builder(ConnectionSpec.COMPATIBLE_TLS)\n    .cipherSuites(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)\n    .build();',
        findings: ['1:50 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/Spec.kt',
        code: 'val spec = ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS).allEnabledTlsVersions().build()',
        findings: ['1:61 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// C3, C4, K5: JSSE system properties (https.protocols, jdk.tls.client/server.protocols)
// ---------------------------------------------------------------------------------------------

const JSSE_KEYS = /(?:systemProp\.)?(?:https\.protocols|jdk\.tls\.(?:client|server)\.protocols|com\.ibm\.jsse2\.overrideDefaultProtocol)/;

/** In `-Dkey=value` flags the value ends at white space or a quote (`-Dk=\"v\"` in shell strings too). */
function refineFlag(s: Setting, file: SourceFile): Setting {
  if (s.form !== 'bare' || file.code.slice(s.keyStart - 2, s.keyStart) !== '-D') return s;
  const m = /^(\\?["'])?([^\s"'\\]*)/.exec(s.value)!;
  const start = s.valueStart + (m[1]?.length ?? 0);
  const end = start + m[2].length;
  return { ...s, value: m[2], valueStart: start, valueEnd: end, end: end + (m[1]?.length ?? 0) };
}

export const jsseProtocolProperties: Rule = {
  ...settingRule({
    meta: {
      id: 'java/jsse-protocols-property',
      title: 'JSSE protocol system property enables legacy TLS',
      description:
        '`https.protocols` (HttpsURLConnection) and `jdk.tls.client.protocols` / `jdk.tls.server.protocols` (every JSSE socket of the JVM) set the default enabled protocols process-wide. They are set with `System.setProperty`, `-D` flags in `JAVA_OPTS`, `JAVA_TOOL_OPTIONS`, `MAVEN_OPTS`, `CATALINA_OPTS`, Dockerfile `ENV`, Kubernetes env, `setenv.sh`, or `systemProp.` lines in `gradle.properties`.',
      ecosystem: 'Java & JVM',
      catalogue: ['C3', 'C4', 'K5'],
      docs: [
        'https://docs.oracle.com/en/java/javase/21/security/java-secure-socket-extension-jsse-reference-guide.html#GUID-A41282C3-19A3-400A-A40F-86F4DA22ABA9',
      ],
      files: { kinds: [...CODE_KINDS, ...CONFIG_KINDS, 'batch', 'powershell'], names: JVM_OPTION_NAMES },
      keywords: /https\.protocols|jdk\.tls\.client\.protocols|jdk\.tls\.server\.protocols|overrideDefaultProtocol/,
      fixable: true,
      safe: '-Djdk.tls.client.protocols=TLSv1.3,TLSv1.2',
      limits: '`SSLv2Hello` is a pseudo-protocol and ignored. A value from a variable (`-Dhttps.protocols=$PROTOCOLS`) is unknown.',
    },
    keys: JSSE_KEYS,
    evaluate: () => undefined,
    instead: '',
    examples: {
      valid: [
        { file: 'Dockerfile', code: 'ENV JAVA_OPTS="-Dhttps.protocols=TLSv1.2,TLSv1.3 -Xmx512m"' },
        { file: 'src/main/java/App.java', code: 'System.setProperty("https.protocols", "TLSv1.2");' },
        {
          file: 'bin/setenv.sh',
          code: '# CATALINA_OPTS="$CATALINA_OPTS -Dhttps.protocols=TLSv1,TLSv1.1"\nCATALINA_OPTS="$CATALINA_OPTS -Djdk.tls.client.protocols=TLSv1.2"',
          note: 'commented out',
        },
        {
          file: 'src/main/java/App.java',
          code: 'String p = System.getProperty("jdk.tls.client.protocols");',
          note: 'a read, not a setting',
        },
        { file: 'gradle.properties', code: 'systemProp.https.protocols=SSLv2Hello,TLSv1.2', note: 'SSLv2Hello is a pseudo-protocol' },
        {
          file: 'wlp/usr/servers/app/jvm.options',
          code: '# -Dhttps.protocols=TLSv1,TLSv1.1\n-Dhttps.protocols=TLSv1.2',
          note: 'a # line in a file kind without comment masking',
        },
        {
          file: 'k8s/deployment.yaml',
          code: 'env:\n  - name: JAVA_TOOL_OPTIONS\n    value: "-Djdk.tls.client.protocols=${TLS_PROTOCOLS}"',
          note: 'a variable: unknown',
        },
      ],
      invalid: [
        {
          file: 'Dockerfile',
          code: 'FROM eclipse-temurin:17-jre\nENV JAVA_OPTS="-Xms256m -Dhttps.protocols=TLSv1,TLSv1.1,TLSv1.2 -Dfile.encoding=UTF-8"',
          findings: ['2:25 TLSv1.0 TLSv1.1'],
          output: 'FROM eclipse-temurin:17-jre\nENV JAVA_OPTS="-Xms256m -Dhttps.protocols=TLSv1.2 -Dfile.encoding=UTF-8"',
        },
        {
          file: 'src/main/java/com/acme/Main.java',
          code: 'System.setProperty("https.protocols", "TLSv1");',
          findings: ['1:20 TLSv1.0'],
          output: 'System.setProperty("https.protocols", "TLSv1.2");',
        },
        {
          file: 'k8s/deployment.yaml',
          code: 'containers:\n  - name: app\n    env:\n      - name: JAVA_TOOL_OPTIONS\n        value: "-Djdk.tls.client.protocols=TLSv1.1,TLSv1.2"',
          findings: ['5:17 TLSv1.1'],
        },
        {
          file: 'gradle.properties',
          code: 'org.gradle.jvmargs=-Xmx2g\nsystemProp.https.protocols=TLSv1,TLSv1.1,TLSv1.2',
          findings: ['2:1 TLSv1.0 TLSv1.1'],
        },
        {
          file: 'bin/setenv.sh',
          code: 'export CATALINA_OPTS="$CATALINA_OPTS -Djdk.tls.server.protocols=SSLv3,TLSv1,TLSv1.2"',
          findings: ['1:38 SSLv3 TLSv1.0'],
        },
        { file: '.mvn/jvm.config', code: '-Xmx1024m -Dhttps.protocols=TLSv1.1,TLSv1.2', findings: ['1:11 TLSv1.1'] },
        { file: 'src/Boot.kt', code: 'System.setProperty("jdk.tls.client.protocols", "TLSv1,TLSv1.2")', findings: ['1:20 TLSv1.0'] },
        { file: 'bin/setenv.bat', code: 'set "JAVA_OPTS=%JAVA_OPTS% -Dhttps.protocols=TLSv1"', findings: ['1:28 TLSv1.0'] },
        {
          file: 'bin/setenv.sh',
          code: 'JAVA_OPTS="$JAVA_OPTS -Djdk.tls.client.protocols=\\"TLSv1,TLSv1.1,TLSv1.2\\""',
          findings: ['1:23 TLSv1.0 TLSv1.1'],
          output: 'JAVA_OPTS="$JAVA_OPTS -Djdk.tls.client.protocols=\\"TLSv1.2\\""',
          note: 'escaped quotes inside a shell string',
        },
        {
          file: 'wlp/usr/servers/app/jvm.options',
          code: '# Legacy partner\n-Dcom.ibm.jsse2.overrideDefaultProtocol=TLSv1',
          findings: ['2:1 TLSv1.0'],
          note: 'IBM JSSE; jvm.options has no comment masking of its own',
        },
      ],
    },
  }),
  *check(file, ctx) {
    for (const raw of findSettings(file, JSSE_KEYS, { spaceSeparated: false })) {
      if (inHashComment(file, raw.keyStart) || inSedSearch(file, raw.keyStart)) continue;
      const s = refineFlag(raw, file);
      const e = asList()(s, ctx, file);
      if (!e) continue;
      const flag = file.code.slice(s.keyStart - 2, s.keyStart) === '-D';
      const what = flag ? `-D${s.key}=${s.value}` : file.text.slice(s.keyStart, s.end);
      yield {
        start: flag ? s.keyStart - 2 : s.keyStart,
        end: s.end,
        versions: e.versions,
        why: e.why,
        fix: e.fix,
        what: what.length > 100 ? `${what.slice(0, 97)}…` : what,
        instead: flag ? `\`-D${s.key}=${safeList(ctx.floor)}\`` : rewriteSetting(file, s, safeList(ctx.floor)),
      };
    }
  },
};

// ---------------------------------------------------------------------------------------------
// C5: java.security jdk.tls.disabledAlgorithms without TLSv1 / TLSv1.1
// ---------------------------------------------------------------------------------------------

const DISABLE_ORDER: readonly [Version, string][] = [
  ['SSLv3', 'SSLv3'],
  ['TLSv1.0', 'TLSv1'],
  ['TLSv1.1', 'TLSv1.1'],
  ['TLSv1.2', 'TLSv1.2'],
];

/** The raw sed expression around `offset` on its line: its search text and whether `offset` lies in the replacement. */
function sedContext(text: string, offset: number): { search: string; inReplacement: boolean } | undefined {
  const ls = lastNewline(text, offset - 1) + 1;
  const le = nextNewline(text, offset);
  const line = text.slice(ls, le < 0 ? text.length : le);
  // The command may start a few `\`-continued lines above (`sed -i file \` + `-e 's|a|b|'`).
  let head = ls;
  let logical = line;
  for (let n = 0; n < 6 && head > 0 && !/\b(?:sed|perl)\b/.test(logical); n++) {
    const prevStart = lastNewline(text, head - 2) + 1;
    const prev = text.slice(prevStart, head - 1);
    if (!/\\\s*$/.test(prev)) break;
    logical = prev + logical;
    head = prevStart;
  }
  if (!/\b(?:sed|perl)\b/.test(logical)) return undefined;
  const re = /(?:^|[\s'";/}])s([/|#,:@!])((?:\\.|(?!\1)[^\\\n]){0,600})\1((?:\\.|(?!\1)[^\\\n]){0,600})\1/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const searchStart = ls + m.index + m[0].length - (m[2].length + m[3].length + 2);
    const replStart = searchStart + m[2].length + 1;
    const replEnd = replStart + m[3].length;
    if (offset >= replStart && offset <= replEnd) return { search: m[2], inReplacement: true };
    if (offset >= searchStart && offset < replStart) return { search: m[2], inReplacement: false };
  }
  return undefined;
}

/** Whether `offset` lies in the search half of a sed substitution (what a script looks for, not what it writes). */
function inSedSearch(file: SourceFile, offset: number): boolean {
  if (!['shell', 'dockerfile', 'yaml', 'makefile', 'groovy'].includes(file.kind)) return false;
  const c = sedContext(file.text, offset);
  return c !== undefined && !c.inReplacement;
}

/** The JDK's own list is about 300 characters; a longer value is not this setting, and the bound keeps a hostile file linear. */
const MAX_LIST = 3000;

export const disabledAlgorithms = patternRule({
  meta: {
    id: 'java/disabled-algorithms',
    title: 'jdk.tls.disabledAlgorithms no longer disables TLS 1.0/1.1',
    description:
      'JDK 8u291, 11.0.11 and later disable SSLv3, TLSv1 and TLSv1.1 through the `jdk.tls.disabledAlgorithms` security property in `java.security`. A `java.security` copy, an override file passed with `-Djava.security.properties`, an `echo`/`sed` in a Dockerfile or a `Security.setProperty` call that sets the property without them re-enables those versions for every JSSE connection.',
    ecosystem: 'Java & JVM',
    catalogue: ['C5'],
    docs: ['https://www.java.com/en/configure_crypto.html', 'https://bugs.openjdk.org/browse/JDK-8202343'],
    files: {
      kinds: [...CODE_KINDS, 'properties', 'shell', 'dockerfile', 'yaml', 'makefile', 'batch', 'powershell', 'conf'],
      names: JVM_OPTION_NAMES,
    },
    keywords: /disabledAlgorithms/,
    fixable: true,
    safe: 'jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, DTLSv1.0, RC4, DES, …',
    limits:
      'A `-Djava.security.properties=file` flag is reported only through the file it names when that file is in the repository; the JDK that runs the application decides what an absent entry means.',
  },
  pattern: /(?<![\w.-])(["']?)jdk\.tls\.disabledAlgorithms\1[ \t]*(=|:|,)[ \t]*/,
  evaluate: (m, ctx, file) => {
    const code = file.code;
    const quotedKey = m[1] !== '';
    if (isCode(file) && !(quotedKey && m[2] === ',')) return undefined;
    if (!isCode(file) && m[2] === ',' && !quotedKey) return undefined;
    if (inHashComment(file, m.index)) return undefined;
    const sed = sedContext(file.text, m.index);
    if (sed) {
      // A replacement that keeps the rest of the line is judged by java/disabled-algorithms-edit.
      if (!sed.inReplacement || !/\.[*+]|\$$/.test(sed.search)) return undefined;
    }
    const i = m.index + m[0].length;
    let value: string;
    let valueStart = i;
    let end: number;
    const q = code[i];
    if (isCode(file) && q !== '"' && q !== "'") {
      // `Security.setProperty(KEY, Security.getProperty(KEY).replace("TLSv1, ", ""))`
      const stop = readUntil(code, i, ';');
      const expr = stop === undefined ? '' : code.slice(i, stop);
      let removed: VersionSet = 0;
      for (const r of expr.matchAll(/\.replace(?:All|First)?\s*\(\s*"((?:\\.|[^"\\\n]){0,200})"\s*,\s*"((?:\\.|[^"\\\n]){0,200})"/g))
        removed |= versionsIn(r[1]) & ~versionsIn(r[2]);
      if (!removed) return undefined;
      return {
        versions: removed | range('TLSv1.2', 'TLSv1.3'),
        end: stop,
        why: `the code removes ${describeRemoved(removed)} from the disabled list`,
      };
    }
    if ((q === '"' || q === "'") && (quotedKey || m[2] !== ',')) {
      const inWindow = code.slice(i + 1, i + 1 + MAX_LIST).indexOf(q);
      if (inWindow < 0) return undefined;
      const close = i + 1 + inWindow;
      valueStart = i + 1;
      value = code.slice(i + 1, close);
      end = close + 1;
    } else {
      // Bare value: up to the end of the line, following `\` continuations (java.security style).
      // It ends MAX_LIST characters on at the latest: a line without an end is not read to the end of the file.
      const limit = Math.min(code.length, i + MAX_LIST);
      let j = i;
      for (let lines = 0; lines < 40; lines++) {
        while (j < limit && code[j] !== '\n' && !`"'/|`.includes(code[j])) j++;
        let last = j;
        while (last > i && /\s/.test(code[last - 1])) last--;
        if (j < limit && code[j] === '\n' && code[last - 1] === '\\' && last > i) {
          j++;
          continue;
        }
        break;
      }
      value = code.slice(i, j);
      end = i + value.trimEnd().length;
    }
    if (/\$\{?\w|\{\{|%\w+%/.test(value)) return undefined;
    let listed = 0;
    for (const t of value.split(/[\s,\\]+/)) {
      const v = /^(?:SSLv3|TLSv1(?:\.[0-3])?)$/i.test(t) ? readVersion(t) : undefined;
      if (v) listed |= setOf(v);
    }
    const versions = JDK_ALL & ~listed;
    const missing = DISABLE_ORDER.filter(([v]) => versionIndex(v) < versionIndex(ctx.floor) && !(listed & setOf(v))).map(([, n]) => n);
    const onlySsl3 = (versions & range('TLSv1.0', 'TLSv1.1')) === 0;
    return {
      versions,
      end,
      // Continuation lines joined (split at each `\`+line break: a `\s*` pattern tried at every blank is quadratic).
      what: `jdk.tls.disabledAlgorithms=${value
        .split(/\\[^\S\n]*\n/)
        .map((part) => part.trim())
        .join(' ')
        .trim()
        .slice(0, 80)}`,
      why: `the list does not name ${missing.join(', ') || 'the legacy versions'}`,
      severity: onlySsl3 ? 'warning' : undefined,
      fix:
        missing.length && !sed
          ? { start: valueStart, end: valueStart, text: `${missing.join(', ')}${value.trim() ? ', ' : ''}` }
          : undefined,
    };
  },
  instead: (ctx) =>
    `\`jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, ${ctx.floor === 'TLSv1.3' ? 'TLSv1.2, ' : ''}…\` (keep the JDK's legacy entries)`,
  examples: {
    valid: [
      {
        file: 'conf/security/java.security',
        code: 'jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, DTLSv1.0, RC4, DES, \\\n    MD5withRSA, DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL, \\\n    ECDH',
        note: 'the JDK 21 default',
      },
      {
        file: 'java.security',
        code: '#jdk.tls.disabledAlgorithms=SSLv3, RC4\njdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, RC4, DES',
        note: 'commented-out old default',
      },
      {
        file: 'Dockerfile',
        code: "RUN sed -i 's/jdk.tls.disabledAlgorithms=/jdk.tls.disabledAlgorithms=SSLv2Hello, DES40_CBC, TLSv1, TLSv1.1, /' $JAVA_HOME/jre/lib/security/java.security",
        note: 'prepends more disabled entries; the rest of the line is kept',
      },
      { file: 'src/TlsConfig.java', code: 'String current = Security.getProperty("jdk.tls.disabledAlgorithms");', note: 'a read' },
      { file: 'src/Harden.java', code: 'Security.setProperty("jdk.tls.disabledAlgorithms", "SSLv3, TLSv1, TLSv1.1, RC4");' },
      {
        file: 'src/Harden.java',
        code: 'Security.setProperty("jdk.tls.disabledAlgorithms", current + ", TLSv1.2");',
        note: 'appends to the current list',
      },
      {
        file: 'bin/run.sh',
        code: 'java -Djdk.tls.disabledAlgorithms=SSLv3 -jar app.jar',
        note: 'a security property cannot be set with -D; has no effect',
      },
    ],
    invalid: [
      {
        file: 'docker/legacy-tls.security',
        code: 'jdk.tls.disabledAlgorithms=SSLv3, RC4, DES, MD5withRSA, \\\n    DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output:
          'jdk.tls.disabledAlgorithms=TLSv1, TLSv1.1, SSLv3, RC4, DES, MD5withRSA, \\\n    DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL',
        note: 'an override file for -Djava.security.properties',
      },
      {
        file: 'Dockerfile',
        code: 'FROM openjdk:8-jre\nRUN echo "jdk.tls.disabledAlgorithms=SSLv3, RC4, DES, MD5withRSA, 3DES_EDE_CBC, anon, NULL" >> $JAVA_HOME/jre/lib/security/java.security',
        findings: ['2:11 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/main/java/com/acme/LegacyTls.java',
        code: 'Security.setProperty("jdk.tls.disabledAlgorithms", "");',
        findings: ['1:22 SSLv3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/main/java/com/acme/SqlServerTls.java',
        code: 'String disabled = Security.getProperty("jdk.tls.disabledAlgorithms");\nSecurity.setProperty("jdk.tls.disabledAlgorithms", disabled.replace("TLSv1, ", "").replace("TLSv1.1, ", ""));',
        findings: ['2:22 TLSv1.0 TLSv1.1'],
        note: 'removal by string replacement in code',
      },
      {
        file: 'Dockerfile',
        code: "RUN sed -i 's/^jdk.tls.disabledAlgorithms=.*/jdk.tls.disabledAlgorithms=SSLv3, RC4, DES/' /opt/java/openjdk/conf/security/java.security",
        findings: ['1:46 TLSv1.0 TLSv1.1'],
        note: 'the replacement replaces the whole line',
      },
      {
        file: 'java.security',
        code: 'jdk.tls.disabledAlgorithms=SSLv3, TLSv1, RC4',
        findings: ['1:1 TLSv1.1'],
        output: 'jdk.tls.disabledAlgorithms=TLSv1.1, SSLv3, TLSv1, RC4',
      },
      {
        file: 'scripts/enable-tls1.sh',
        code: "DISABLED='jdk.tls.disabledAlgorithms=SSLv3, RC4, DES, \\\\\n    anon, NULL'",
        findings: ['1:11 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'java.security',
        code: 'jdk.tls.disabledAlgorithms=TLSv1, TLSv1.1, RC4',
        findings: ['1:1 SSLv3'],
        severity: 'warning',
        note: 'SSLv3 is also off in the default protocol list',
      },
    ],
  },
});

export const disabledAlgorithmsEdit: Rule = {
  meta: {
    id: 'java/disabled-algorithms-edit',
    title: 'Script removes TLSv1/TLSv1.1 from jdk.tls.disabledAlgorithms',
    description:
      'A `sed`/`perl` substitution on `java.security` whose search text names TLSv1, TLSv1.1 or SSLv3 and whose replacement does not — the usual Dockerfile recipe to re-enable TLS 1.0 for an old SQL Server or mail server — makes those versions available to every JSSE connection of the image.',
    ecosystem: 'Java & JVM',
    catalogue: ['C5'],
    docs: ['https://www.java.com/en/configure_crypto.html'],
    files: { kinds: ['shell', 'dockerfile', 'yaml', 'makefile', 'groovy', 'batch', 'powershell'] },
    keywords: /disabledAlgorithms|java\.security/,
    fixable: false,
    safe: 'leave `jdk.tls.disabledAlgorithms` as the JDK ships it',
    limits: 'Only `s/…/…/` substitutions and `/…disabledAlgorithms…/d` deletions on the same line as the file name or property are read.',
  },
  examples: {
    valid: [
      {
        file: 'Dockerfile',
        code: "RUN sed -i 's/jdk.tls.disabledAlgorithms=SSLv3/jdk.tls.disabledAlgorithms=SSLv3, TLSv1.3/g' /opt/java/openjdk/conf/security/java.security",
        note: 'adds an entry; nothing removed',
      },
      {
        file: 'Dockerfile',
        code: "RUN sed -i 's/securerandom.source=file:\\/dev\\/random/securerandom.source=file:\\/dev\\/urandom/' $JAVA_HOME/conf/security/java.security",
      },
      { file: 'build.sh', code: "# sed -i 's/TLSv1, TLSv1.1, //' $JAVA_HOME/conf/security/java.security", note: 'commented out' },
      { file: 'Dockerfile', code: "RUN sed -i 's/TLSv1, TLSv1.1, //' /etc/openssl/legacy.cnf", note: 'not the Java security file' },
    ],
    invalid: [
      {
        file: 'Dockerfile',
        code: "FROM openjdk:11\nRUN sed -i 's/TLSv1, TLSv1.1, //' $JAVA_HOME/conf/security/java.security",
        findings: ['2:13 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'Dockerfile',
        code: "RUN sed -i '/^jdk.tls.disabledAlgorithms/s/TLSv1,TLSv1.1//g' /usr/java/openjdk-16/conf/security/java.security",
        findings: ['1:42 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'Dockerfile',
        code: 'RUN sed -Ei "s/(jdk.tls.disabledAlgorithms=.+)TLSv1,\\s+TLSv1.1,\\s+(.+)/$1$2/g" /usr/local/openjdk-8/jre/lib/security/java.security',
        findings: ['1:14 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'scripts/setup.sh',
        code: 'sudo sed -i -e "s/SSLv3, TLSv1, TLSv1.1, /SSLv3, /" "$JAVA_HOME/jre/lib/security/java.security"',
        findings: ['1:17 TLSv1.0 TLSv1.1'],
      },
      {
        file: '.gitlab-ci.yml',
        code: "script:\n  - sed -i 's/TLSv1\\.1, //' $JAVA_HOME/conf/security/java.security",
        findings: ['2:13 TLSv1.1'],
      },
      {
        file: 'Dockerfile',
        code: "RUN sed -i '/^jdk.tls.disabledAlgorithms/d' $JAVA_HOME/conf/security/java.security",
        findings: ['1:13 SSLv3 TLSv1.0 TLSv1.1'],
        note: 'deleting the first line of the entry',
      },
    ],
  },
  *check(file: SourceFile, ctx: RuleContext): Iterable<Match> {
    const code = file.code;
    const text = file.text;
    for (let ls = 0; ls < code.length;) {
      let le = nextNewline(code, ls);
      if (le < 0) le = code.length;
      const lineStart = ls;
      ls = le + 1;
      if (!/\b(?:sed|perl)\b/.test(code.slice(lineStart, le))) continue;
      const raw = text.slice(lineStart, le);
      // The edited file: on this line, or on the next line after a `\` continuation.
      const next = text.slice(le, le + 300).split('\n', 2)[1] ?? '';
      const scope = raw.trimEnd().endsWith('\\') ? raw + next : raw;
      if (!/java\.security|disabledAlgorithms/.test(scope)) continue;
      const del = /\/\^?[^/\n]{0,80}disabledAlgorithms[^/\n]{0,80}\/\s*d\b/.exec(raw);
      if (del) {
        yield {
          start: lineStart + del.index,
          end: lineStart + del.index + del[0].length,
          versions: JDK_ALL,
          what: del[0],
          why: 'deleting the entry drops every legacy version from the disabled list',
          instead: '`jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, …` kept as shipped',
        };
        continue;
      }
      const re = /(?:^|[\s'";/}])s([/|#,:@!])((?:\\.|(?!\1)[^\\\n]){0,600})\1((?:\\.|(?!\1)[^\\\n]){0,600})\1/g;
      for (let m = re.exec(raw); m; m = re.exec(raw)) {
        const removed = versionsIn(m[2]) & ~versionsIn(m[3]);
        if (!removed || !(removed & range('SSLv3', 'TLSv1.2'))) continue;
        // The match is an optional lead character, `s`, and three delimiters around search and replacement.
        const start = lineStart + m.index + m[0].length - (m[2].length + m[3].length + 4);
        const expr = raw.slice(start - lineStart, m.index + m[0].length);
        yield {
          start,
          end: lineStart + m.index + m[0].length,
          versions: removed | range('TLSv1.2', 'TLSv1.3'),
          what: expr.length > 100 ? `${expr.slice(0, 97)}…` : expr,
          why: `the substitution removes ${describeRemoved(removed)} from jdk.tls.disabledAlgorithms`,
          instead: `\`jdk.tls.disabledAlgorithms=SSLv3, TLSv1, TLSv1.1, ${ctx.floor === 'TLSv1.3' ? 'TLSv1.2, ' : ''}…\` kept as shipped (upgrade the peer instead)`,
        };
      }
    }
  },
};

function versionsIn(text: string): VersionSet {
  let set: VersionSet = 0;
  for (const m of text.matchAll(/(?<![A-Za-z])(SSLv3|TLSv1(?:\\?\.[0-3])?)(?![\w])/gi)) {
    const v = readVersion(m[1].replace(/\\/g, ''));
    if (v) set |= setOf(v);
  }
  return set;
}

function describeRemoved(set: VersionSet): string {
  return DISABLE_ORDER.filter(([v]) => set & setOf(v))
    .map(([, n]) => n)
    .join(', ');
}

// ---------------------------------------------------------------------------------------------
// C10: Tomcat server.xml
// ---------------------------------------------------------------------------------------------

function tomlSection(code: string, offset: number): string | undefined {
  const before = code.slice(Math.max(0, offset - 4000), offset);
  const all = [...before.matchAll(/^[ \t]*\[([^\]\n]{1,200})\][ \t]*$/gm)];
  return all.length ? all[all.length - 1][1] : undefined;
}

function enclosingTag(code: string, offset: number): string | undefined {
  const from = Math.max(0, offset - 4000);
  const i = code.slice(from, offset + 1).lastIndexOf('<');
  const lt = i < 0 ? -1 : from + i;
  if (lt < 0 || code.slice(lt, offset).includes('>')) return undefined;
  return /^<([\w:.-]+)/.exec(code.slice(lt, lt + 100))?.[1];
}

export const tomcatProtocols = settingRule({
  meta: {
    id: 'java/tomcat-protocols',
    title: 'Tomcat connector accepts legacy TLS',
    description:
      'Tomcat `<SSLHostConfig protocols="…">`, `<Connector sslEnabledProtocols="…">` and the APR/OpenSSL `SSLProtocol` attribute list the versions a connector accepts (`+`/`-` syntax; `all` means TLSv1 to TLSv1.3). `sslProtocol` names the SSLContext protocol.',
    ecosystem: 'Java & JVM',
    catalogue: ['C10'],
    docs: ['https://tomcat.apache.org/tomcat-10.1-doc/config/http.html#SSL_Support_-_SSLHostConfig'],
    files: { kinds: ['xml', 'properties', 'yaml', 'shell', 'dockerfile', 'json', 'env', 'toml'], names: /server\.xml|tomcat|catalina/ },
    keywords: /sslEnabledProtocols|SSLProtocol|protocols/,
    fixable: true,
    safe: '<SSLHostConfig protocols="TLSv1.2+TLSv1.3">',
    limits:
      'Without `protocols`, Tomcat up to 9.0.x (before TLSv1.2+TLSv1.3 became the default) accepted every version the JVM enables; that default is not reported. `sslProtocol` alone does not restrict a server socket and is reported as a warning.',
  },
  keys: /sslEnabledProtocols|SSLEnabledProtocols|SSLProtocol|sslProtocol|protocols/,
  finder: { spaceSeparated: false },
  where: (s, file) => {
    if (inSedSearch(file, s.keyStart)) return false;
    if (s.key === 'protocols') {
      if (file.kind === 'toml') return /sslHostConfig/i.test(tomlSection(file.code, s.keyStart) ?? '');
      if (file.kind === 'shell' || file.kind === 'dockerfile')
        return file.code.slice(Math.max(0, s.keyStart - 400), s.keyStart + 400).includes('server.xml');
      return /^(?:SSLHostConfig|Connector)$/.test(enclosingTag(file.code, s.keyStart) ?? '');
    }
    if (/jdbc:/i.test(linePrefix(file.code, s.keyStart)) || file.code[s.keyStart - 1] === ';') return false;
    return !isCode(file);
  },
  evaluate: (s, ctx, file) => {
    if (s.key === 'sslProtocol') {
      const tokens = tokenize(s.value);
      const v = tokens.length === 1 ? readVersion(tokens[0].text) : undefined;
      if (!v) return undefined;
      return {
        versions: contextVersions(v),
        severity: 'warning',
        why: '`sslProtocol` is the SSLContext protocol; the accepted versions also depend on `protocols`/`sslEnabledProtocols`',
        instead: '`sslProtocol="TLS"` with `protocols="TLSv1.2+TLSv1.3"`',
      };
    }
    const e = asList({ all: TLS_ALL, base: TLS_ALL })(s, ctx, file);
    if (!e) return undefined;
    const sep = s.key === 'sslEnabledProtocols' || s.key === 'SSLEnabledProtocols' ? separatorOf(s.value) : '+';
    const usesAll = /(^|[\s+,])[+]?all\b/i.test(s.value);
    return {
      ...e,
      why: usesAll ? '`all` includes TLSv1 and TLSv1.1' : e.why,
      fix:
        usesAll || !e.fix
          ? { start: s.valueStart, end: s.valueEnd, text: safeList(ctx.floor, sep) }
          : e.fix.text.startsWith('+') && !s.value.trim().startsWith('+')
            ? { ...e.fix, text: e.fix.text.slice(1) }
            : e.fix,
      instead: rewriteSetting(file, s, safeList(ctx.floor, sep)),
    };
  },
  instead: (ctx) => `\`protocols="${safeList(ctx.floor, '+')}"\``,
  examples: {
    valid: [
      {
        file: 'conf/server.xml',
        code: '<Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol" SSLEnabled="true">\n  <SSLHostConfig protocols="TLSv1.2+TLSv1.3">\n    <Certificate certificateKeystoreFile="conf/ks.p12" type="RSA" />\n  </SSLHostConfig>\n</Connector>',
      },
      {
        file: 'conf/server.xml',
        code: '<Connector port="8443" SSLEnabled="true" scheme="https" secure="true"\n           clientAuth="false" sslProtocol="TLS" sslEnabledProtocols="TLSv1.2,TLSv1.3" />',
        note: '"TLS" is the protocol family',
      },
      {
        file: 'conf/server.xml',
        code: '<!-- <Connector port="8443" sslEnabledProtocols="TLSv1,TLSv1.1,TLSv1.2" /> -->\n<Connector port="8443" sslEnabledProtocols="TLSv1.2" />',
        note: 'commented out',
      },
      { file: 'conf/server.xml', code: '<SSLHostConfig protocols="all -TLSv1 -TLSv1.1">', note: 'all minus the legacy versions' },
      {
        file: 'conf/server.xml',
        code: '<Connector port="8080" protocol="HTTP/1.1" redirectPort="8443" />',
        note: 'protocol (singular) is the HTTP implementation',
      },
      {
        file: 'conf/context.xml',
        code: '<Resource name="jdbc/db" url="jdbc:sqlserver://db:1433;encrypt=true;sslProtocol=TLSv1.2" />',
        note: 'JDBC parameter, other rule',
      },
      { file: 'conf/server.xml', code: '<Connector port="8443" sslProtocol="TLSv1.2" sslEnabledProtocols="TLSv1.2" />' },
      {
        file: 'Dockerfile',
        code: 'RUN sed -i "conf/server.xml" \\\n    -e \'s|protocols="TLSv1+TLSv1.1+TLSv1.2"|protocols="TLSv1.2+TLSv1.3"|\'',
        note: 'the sed removes the legacy versions',
      },
      { file: 'repository/conf/deployment.toml', code: '[transport.https.sslHostConfig.properties]\nprotocols="TLSv1.2+TLSv1.3"' },
    ],
    invalid: [
      {
        file: 'conf/server.xml',
        code: '<Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"\n           maxThreads="150" SSLEnabled="true" scheme="https" secure="true"\n           clientAuth="false" sslProtocol="TLS"\n           sslEnabledProtocols="TLSv1,TLSv1.1,TLSv1.2" />',
        findings: ['4:12 TLSv1.0 TLSv1.1'],
        output:
          '<Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"\n           maxThreads="150" SSLEnabled="true" scheme="https" secure="true"\n           clientAuth="false" sslProtocol="TLS"\n           sslEnabledProtocols="TLSv1.2" />',
      },
      {
        file: 'conf/server.xml',
        code: '<SSLHostConfig protocols="TLSv1+TLSv1.1+TLSv1.2">',
        findings: ['1:16 TLSv1.0 TLSv1.1'],
        output: '<SSLHostConfig protocols="TLSv1.2">',
      },
      {
        file: 'conf/server.xml',
        code: '<SSLHostConfig hostName="example.com"\n               protocols="all">',
        findings: ['2:16 TLSv1.0 TLSv1.1'],
        output: '<SSLHostConfig hostName="example.com"\n               protocols="TLSv1.2+TLSv1.3">',
      },
      {
        file: 'conf/server.xml',
        code: '<Connector port="443" SSLProtocol="TLSv1+TLSv1.1+TLSv1.2" SSLEnabled="true" />',
        findings: ['1:23 TLSv1.0 TLSv1.1'],
        note: 'APR connector',
      },
      {
        file: 'conf/server.xml',
        code: '<Connector port="8443" SSLEnabled="true" keystoreFile="conf/.keystore" sslProtocol="TLSv1" />',
        findings: ['1:72 TLSv1.0'],
        severity: 'warning',
      },
      { file: 'conf/server.xml', code: '<SSLHostConfig protocols="+TLSv1.1 +TLSv1.2 +TLSv1.3">', findings: ['1:16 TLSv1.1'] },
      {
        file: 'Dockerfile',
        code: 'RUN sed -i "conf/server.xml" \\\n    -e \'s|protocols="TLSv1.2"|protocols="SSLv2Hello+TLSv1+TLSv1.1+TLSv1.2"|\'',
        findings: ['2:31 TLSv1.0 TLSv1.1'],
        note: 'a sed that writes the attribute into server.xml; its search half is not a setting',
      },
      {
        file: 'repository/conf/deployment.toml',
        code: '[server]\nhostname = "localhost"\n\n[transport.https.sslHostConfig.properties]\nprotocols="TLSv1+TLSv1.1+TLSv1.2+TLSv1.3"',
        findings: ['5:1 TLSv1.0 TLSv1.1'],
        note: 'WSO2 deployment.toml passes SSLHostConfig properties',
      },
      {
        file: 'cycle_server.properties',
        code: 'webServerSslEnabledProtocols=TLSv1.2\nsslEnabledProtocols="TLSv1.0+TLSv1.1+TLSv1.2"',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// C11, C12, C15 (OpenSearch), M11: `enabled-protocols` settings in configuration
// ---------------------------------------------------------------------------------------------

const enabledProtocolsEval = (s: Setting, ctx: RuleContext, file: SourceFile) => {
  const e = asList({ all: TLS_ALL })(s, ctx, file);
  return e && { ...e, instead: rewriteSetting(file, s, safeList(ctx.floor, s.form === 'list' ? ', ' : separatorOf(s.value))) };
};

export const enabledProtocolsSetting = withEnvPairs(
  settingRule({
    meta: {
      id: 'java/enabled-protocols-setting',
      title: 'JVM enabled-protocols setting enables legacy TLS',
      description:
        'Spring Boot `server.ssl.enabled-protocols` (relaxed binding: `enabledProtocols`, `SERVER_SSL_ENABLED_PROTOCOLS`), Spring SSL bundles, Kafka `ssl.enabled.protocols` (`KAFKA_SSL_ENABLED_PROTOCOLS`, listener and client prefixes), ZooKeeper `ssl.enabledProtocols` / `ssl.quorum.enabledProtocols`, OpenSearch `plugins.security.ssl.*.enabled_protocols` and Akka/Play `enabled-protocols` list the versions a JVM server or client enables.',
      ecosystem: 'Java & JVM',
      catalogue: ['C11', 'C12', 'C15', 'M11'],
      docs: [
        'https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.server.server.ssl.enabled-protocols',
        'https://kafka.apache.org/documentation/#brokerconfigs_ssl.enabled.protocols',
        'https://zookeeper.apache.org/doc/current/zookeeperAdmin.html#sc_authOptions',
        'https://opensearch.org/docs/latest/security/configuration/tls/',
      ],
      files: { kinds: [...CONFIG_KINDS, ...CODE_KINDS] },
      keywords: /enabled-protocols|enabled_protocols|enabledProtocols|enabled\.protocols/,
      fixable: true,
      safe: 'server.ssl.enabled-protocols=TLSv1.3,TLSv1.2',
      limits: 'Defaults are not reported: Kafka before 2.5 and Elastic-era OpenSearch enabled TLSv1/TLSv1.1 when the setting was absent.',
    },
    keys: /(?:[\w-]+\.){0,10}(?:enabled[-_]protocols|enabledprotocols|enabled\.protocols)|(?:[a-z0-9]+_){1,10}enabled_protocols/i,
    // Reads `- name:` / `value:` pairs its own way (below).
    pairs: false,
    where: (s, file) =>
      codeCallOrConfig(s, file) &&
      !inSedSearch(file, s.keyStart) &&
      // `setEnabledProtocols(...)` and Kotlin `socket.enabledProtocols = arrayOf(...)` belong to java/enabled-protocols.
      !(isCode(file) && /\.$/.test(file.code.slice(s.keyStart - 1, s.keyStart))) &&
      !/^(?:SSLHostConfig|Connector)$/.test(file.kind === 'xml' ? (enclosingTag(file.code, s.keyStart) ?? '') : ''),
    evaluate: enabledProtocolsEval,
    instead: (ctx) => `\`enabled-protocols: ${safeList(ctx.floor)}\``,
    examples: {
      valid: [
        {
          file: 'src/main/resources/application.properties',
          code: 'server.ssl.enabled-protocols=TLSv1.2,\\\n  TLSv1.3\nlegacy.protocols=TLSv1',
          note: 'the continuation ends with its line: the next key is not part of the value',
        },
        { file: 'src/main/resources/application.properties', code: 'server.ssl.enabled-protocols=TLSv1.3,TLSv1.2' },
        { file: 'config/server.properties', code: 'ssl.enabled.protocols=TLSv1.2,TLSv1.3\nssl.protocol=TLSv1.3' },
        {
          file: 'src/main/resources/application.yml',
          code: 'server:\n  ssl:\n    # enabled-protocols: TLSv1,TLSv1.1,TLSv1.2\n    enabled-protocols:\n      - TLSv1.3\n      - TLSv1.2',
          note: 'commented-out legacy list',
        },
        { file: 'docker-compose.yml', code: 'environment:\n  KAFKA_SSL_ENABLED_PROTOCOLS: ${SSL_PROTOCOLS}', note: 'variable' },
        { file: 'conf/zoo.cfg.tmpl', code: 'ssl.enabledProtocols=TLSv1.2', note: 'not a TLSv1 inside TLSv1.2' },
        {
          file: 'src/main/java/Config.java',
          code: 'String[] enabledProtocols = {"TLSv1.2"};',
          note: 'Java code: a variable, not configuration',
        },
      ],
      invalid: [
        {
          file: 'src/main/resources/application.properties',
          code: 'server.ssl.enabled-protocols=TLSv1.2,\\\n  TLSv1.1\nserver.port=8443',
          findings: ['2:3 TLSv1.1'],
          output: 'server.ssl.enabled-protocols=TLSv1.2\nserver.port=8443',
          note: 'a .properties value continued after a backslash, reported on the continued line',
        },
        {
          file: 'src/main/resources/application.properties',
          code: 'server.port=8443\nserver.ssl.enabled-protocols=TLSv1,TLSv1.1,TLSv1.2',
          findings: ['2:1 TLSv1.0 TLSv1.1'],
          output: 'server.port=8443\nserver.ssl.enabled-protocols=TLSv1.2',
        },
        {
          file: 'src/main/resources/application.yml',
          code: 'server:\n  port: 8443\n  ssl:\n    enabled-protocols:\n      - TLSv1.1\n      - TLSv1.2',
          findings: ['5:9 TLSv1.1'],
        },
        {
          file: 'src/main/resources/application.yaml',
          code: 'server:\n  ssl:\n    enabledProtocols: [TLSv1, TLSv1.2]',
          findings: ['3:5 TLSv1.0'],
        },
        {
          file: 'config/server.properties',
          code: 'listeners=SSL://:9093\nssl.enabled.protocols=TLSv1.2,TLSv1.1,TLSv1',
          findings: ['2:1 TLSv1.0 TLSv1.1'],
          output: 'listeners=SSL://:9093\nssl.enabled.protocols=TLSv1.2',
        },
        {
          file: 'docker-compose.yml',
          code: 'services:\n  kafka:\n    environment:\n      KAFKA_CFG_SSL_ENABLED_PROTOCOLS: "TLSv1.2,TLSv1.1"',
          findings: ['4:7 TLSv1.1'],
        },
        {
          file: 'k8s/kafka.yaml',
          code: 'env:\n  - name: KAFKA_SSL_ENABLED_PROTOCOLS\n    value: "TLSv1.2,TLSv1.1,TLSv1"',
          findings: ['3:21 TLSv1.0 TLSv1.1'],
          output: 'env:\n  - name: KAFKA_SSL_ENABLED_PROTOCOLS\n    value: "TLSv1.2"',
          note: 'Kubernetes name/value env pair',
        },
        { file: 'conf/zoo.cfg', code: 'ssl.quorum.enabledProtocols=TLSv1,TLSv1.2', findings: ['1:1 TLSv1.0'] },
        {
          file: 'config/opensearch.yml',
          code: 'plugins.security.ssl.http.enabled_protocols:\n  - "TLSv1.1"\n  - "TLSv1.2"',
          findings: ['2:6 TLSv1.1'],
        },
        {
          file: 'conf/application.conf',
          code: 'akka.remote.artery.ssl.config-ssl-engine {\n  enabled-protocols = ["TLSv1", "TLSv1.2"]\n}',
          findings: ['2:3 TLSv1.0'],
        },
        {
          file: 'src/main/java/com/acme/KafkaConfig.java',
          code: 'props.put("ssl.enabled.protocols", "TLSv1.2,TLSv1.1,TLSv1");',
          findings: ['1:11 TLSv1.0 TLSv1.1'],
        },
      ],
    },
  }),
  /(?:[A-Z0-9]+_){1,10}ENABLED_PROTOCOLS/,
  enabledProtocolsEval,
  (ctx) => `\`${safeList(ctx.floor)}\``,
);

// ---------------------------------------------------------------------------------------------
// C11, C12, M11: the context protocol (`server.ssl.protocol`, Kafka `ssl.protocol`)
// ---------------------------------------------------------------------------------------------

export const sslProtocolSetting = settingRule({
  meta: {
    id: 'java/ssl-protocol-setting',
    title: 'JVM ssl.protocol setting names a legacy protocol',
    description:
      'Spring Boot `server.ssl.protocol`, Spring Kafka `spring.kafka.ssl.protocol`, Kafka and ZooKeeper `ssl.protocol` and Play/Akka `ssl-config.protocol` choose the SSLContext protocol. A legacy name there pins clients to it unless an enabled-protocols list overrides it.',
    ecosystem: 'Java & JVM',
    catalogue: ['C11', 'C12', 'M11'],
    docs: [
      'https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.server.server.ssl.protocol',
      'https://kafka.apache.org/documentation/#brokerconfigs_ssl.protocol',
    ],
    files: { kinds: [...CONFIG_KINDS, ...CODE_KINDS] },
    keywords: /ssl\.protocol|SSL_PROTOCOL|ssl-config\.protocol|ssl:|ssl-config:/,
    fixable: true,
    safe: 'server.ssl.protocol=TLS',
    limits:
      'Whether the versions are used depends on the enabled-protocols setting next to it: the setting is reported, as a warning, only when the file has no enabled-protocols list; a list in another file is not seen.',
  },
  keys: /(?:[\w-]+\.){0,10}(?:ssl|SSL)(?:-config)?\.protocol|(?:[A-Z0-9]+_){1,10}SSL_PROTOCOL|protocol/,
  where: (s, file) => {
    if (!codeCallOrConfig(s, file) || inSedSearch(file, s.keyStart)) return false;
    if (s.key === 'protocol') return file.kind === 'yaml' && /^ssl(?:-config)?$/i.test(yamlParent(file.code, s.keyStart) ?? '');
    return !/^apache_/i.test(s.key);
  },
  evaluate: (s, ctx, file) => {
    const tokens = tokenize(s.value);
    const v = tokens.length === 1 ? readVersion(tokens[0].text) : undefined;
    if (!v) return undefined;
    // An enabled-protocols list in the same file decides what is offered (java/enabled-protocols-setting judges it).
    if (file.matches(/enabled[-_.]?protocols/i)) return undefined;
    const spelled = respell(tokens[0].text, ctx.floor);
    return {
      versions: contextVersions(v),
      severity: 'warning',
      why: 'the SSLContext protocol; an enabled-protocols list decides what is finally offered',
      fix:
        spelled && readVersion(spelled) === ctx.floor
          ? { start: tokens[0].start + s.valueStart, end: tokens[0].end + s.valueStart, text: spelled }
          : undefined,
    };
  },
  instead: (ctx) => `\`ssl.protocol=${ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.3` or `TLSv1.2'}\``,
  examples: {
    valid: [
      { file: 'src/main/resources/application.properties', code: 'server.ssl.protocol=TLS', note: 'protocol family' },
      { file: 'config/producer.properties', code: 'ssl.protocol=TLSv1.2' },
      {
        file: 'src/main/resources/application.yml',
        code: 'spring:\n  rabbitmq:\n    ssl:\n      algorithm: TLSv1.2\n  datasource:\n    protocol: TLSv1',
        note: '`protocol` outside an `ssl:` block',
      },
      { file: 'group_vars/web.yml', code: 'apache_ssl_protocol: "All -SSLv2 -SSLv3"', note: 'Apache rule' },
      { file: 'config/server.properties', code: '#ssl.protocol=TLSv1\nssl.protocol=TLSv1.3', note: 'commented out' },
      {
        file: 'config/client.properties',
        code: 'ssl.protocol=TLSv1.1\nssl.enabled.protocols=TLSv1.2,TLSv1.3',
        note: 'the enabled list overrides the context protocol',
      },
    ],
    invalid: [
      {
        file: 'src/main/resources/application.properties',
        code: 'server.ssl.protocol=TLSv1',
        findings: ['1:1 TLSv1.0'],
        severity: 'warning',
        output: 'server.ssl.protocol=TLSv1.2',
      },
      {
        file: 'config/client.properties',
        code: 'security.protocol=SSL\nssl.protocol=TLSv1.1',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'src/main/resources/application.yml',
        code: 'spring:\n  kafka:\n    ssl:\n      protocol: TLSv1',
        findings: ['4:7 TLSv1.0'],
        severity: 'warning',
      },
      {
        file: 'docker-compose.yml',
        code: 'environment:\n  - KAFKA_SSL_PROTOCOL=TLSv1.1',
        findings: ['2:5 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      { file: 'conf/application.conf', code: 'play.ws.ssl.protocol = "TLSv1"', findings: ['1:1 TLSv1.0'], severity: 'warning' },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// C13: JavaMail mail.<proto>.ssl.protocols
// ---------------------------------------------------------------------------------------------

export const javamailProtocols = settingRule({
  meta: {
    id: 'java/javamail-ssl-protocols',
    title: 'JavaMail ssl.protocols enables legacy TLS',
    description:
      '`mail.smtp.ssl.protocols` (also `mail.smtps.`, `mail.imap(s).`, `mail.pop3(s).`, and Spring `spring.mail.properties.mail.smtp.ssl.protocols`) is the space-separated list of versions Jakarta/JavaMail enables for SSL and STARTTLS connections.',
    ecosystem: 'Java & JVM',
    catalogue: ['C13'],
    docs: [
      'https://jakarta.ee/specifications/mail/2.1/apidocs/jakarta.mail/jakarta/mail/internet/package-summary.html',
      'https://javaee.github.io/javamail/docs/api/com/sun/mail/smtp/package-summary.html',
    ],
    files: { kinds: [...CONFIG_KINDS, ...CODE_KINDS] },
    keywords: /ssl\.protocols|SSL_PROTOCOLS/,
    fixable: true,
    safe: 'mail.smtp.ssl.protocols=TLSv1.2 TLSv1.3',
  },
  keys: /(?:[\w-]+\.){0,6}mail\.(?:smtps?|imaps?|pop3s?)\.ssl\.protocols(?:\]["']?)?|(?:[A-Z0-9]+_){0,6}MAIL_(?:SMTPS?|IMAPS?|POP3S?)_SSL_PROTOCOLS/,
  where: (s, file) => codeCallOrConfig(s, file) && !inSedSearch(file, s.keyStart),
  evaluate: (s, ctx, file) => {
    const e = asList()(s, ctx, file);
    return e && { ...e, instead: rewriteSetting(file, s, safeList(ctx.floor, ' ')) };
  },
  instead: (ctx) => `\`mail.smtp.ssl.protocols=${safeList(ctx.floor, ' ')}\``,
  examples: {
    valid: [
      { file: 'src/main/resources/mail.properties', code: 'mail.smtp.ssl.protocols=TLSv1.2 TLSv1.3' },
      { file: 'src/main/java/Mailer.java', code: 'props.put("mail.smtp.ssl.protocols", "TLSv1.2");' },
      {
        file: 'src/main/resources/application.yml',
        code: 'spring:\n  mail:\n    properties:\n      # mail.smtp.ssl.protocols: TLSv1\n      mail.smtp.starttls.enable: true',
        note: 'commented out',
      },
      { file: 'src/main/java/Mailer.java', code: 'String p = props.getProperty("mail.smtp.ssl.protocols");' },
    ],
    invalid: [
      {
        file: 'src/main/java/com/acme/Mailer.java',
        code: 'Properties props = new Properties();\nprops.put("mail.smtp.starttls.enable", "true");\nprops.put("mail.smtp.ssl.protocols", "TLSv1");',
        findings: ['3:11 TLSv1.0'],
        output:
          'Properties props = new Properties();\nprops.put("mail.smtp.starttls.enable", "true");\nprops.put("mail.smtp.ssl.protocols", "TLSv1.2");',
      },
      {
        file: 'src/main/resources/application.properties',
        code: 'spring.mail.properties.mail.smtp.ssl.protocols=TLSv1 TLSv1.1 TLSv1.2',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: 'spring.mail.properties.mail.smtp.ssl.protocols=TLSv1.2',
      },
      {
        file: 'src/main/resources/application.yml',
        code: 'spring:\n  mail:\n    properties:\n      "[mail.smtp.ssl.protocols]": TLSv1.1',
        findings: ['4:9 TLSv1.1'],
      },
      { file: 'src/Mail.kt', code: 'props.setProperty("mail.imaps.ssl.protocols", "TLSv1.1 TLSv1.2")', findings: ['1:19 TLSv1.1'] },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// C14: JDBC URL and driver properties
// ---------------------------------------------------------------------------------------------

export const jdbcProtocols = settingRule({
  meta: {
    id: 'java/jdbc-tls-protocols',
    title: 'JDBC driver pinned to legacy TLS',
    description:
      'SQL Server `sslProtocol=TLSv1` (the SSLContext protocol of mssql-jdbc), MySQL Connector/J `enabledTLSProtocols=` / `tlsVersions=` and MariaDB `enabledSslProtocolSuites=` in JDBC URLs and driver properties make the driver offer the listed versions.',
    ecosystem: 'Java & JVM',
    catalogue: ['C14'],
    docs: [
      'https://learn.microsoft.com/en-us/sql/connect/jdbc/setting-the-connection-properties',
      'https://dev.mysql.com/doc/connector-j/en/connector-j-connp-props-security.html',
      'https://mariadb.com/kb/en/about-mariadb-connector-j/',
    ],
    files: { kinds: [...CONFIG_KINDS, ...CODE_KINDS] },
    keywords: /enabledTLSProtocols|tlsVersions|enabledSslProtocolSuites|sslProtocol/,
    fixable: true,
    safe: 'jdbc:mysql://db:3306/app?sslMode=VERIFY_IDENTITY&tlsVersions=TLSv1.2,TLSv1.3',
    limits:
      'The driver version decides the default when the parameter is absent (Connector/J before 8.0.28 and mssql-jdbc before 9 offered TLSv1 and TLSv1.1).',
  },
  keys: /enabledTLSProtocols|tlsVersions|enabledSslProtocolSuites|sslProtocol/,
  finder: { spaceSeparated: false, stops: '&"\'' },
  where: (s, file) => {
    if (inSedSearch(file, s.keyStart)) return false;
    // In code the URL is often concatenated over several lines: look a few lines back.
    const before = file.code.slice(Math.max(0, s.keyStart - 600), s.keyStart);
    if (s.key === 'sslProtocol') return /jdbc:sqlserver:/i.test(before) && file.code[s.keyStart - 1] === ';';
    if (isCode(file)) return codeCallOrConfig(s, file) || /jdbc:/i.test(before);
    return true;
  },
  evaluate: (s, ctx, file) => {
    const encoded = /%2C/i.test(s.value);
    const setting = encoded ? { ...s, value: s.value.replace(/%2C/gi, ',   ') } : s;
    if (s.key === 'sslProtocol') {
      const v = readVersion(s.value.trim());
      if (!v) return undefined;
      const spelled = respell(s.value.trim(), ctx.floor);
      return {
        versions: contextVersions(v),
        fix: spelled ? { start: s.valueStart, end: s.valueEnd, text: spelled } : undefined,
        instead: `\`sslProtocol=${ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2'}\``,
      };
    }
    const e = asList()(setting, ctx, file);
    if (!e) return undefined;
    return { ...e, fix: encoded ? undefined : e.fix, instead: `\`${s.key}=${safeList(ctx.floor)}\`` };
  },
  instead: (ctx) => `\`tlsVersions=${safeList(ctx.floor)}\``,
  examples: {
    valid: [
      {
        file: 'src/main/resources/application.properties',
        code: 'spring.datasource.url=jdbc:mysql://db:3306/app?sslMode=REQUIRED&tlsVersions=TLSv1.2,TLSv1.3',
      },
      {
        file: 'src/main/resources/application.properties',
        code: 'spring.datasource.url=jdbc:sqlserver://db:1433;databaseName=app;encrypt=true;sslProtocol=TLS',
        note: '"TLS" lets the driver negotiate',
      },
      {
        file: 'conf/server.xml',
        code: '<Connector port="8443" sslProtocol="TLSv1" />',
        note: 'Tomcat attribute: the Tomcat rule reports it',
      },
      {
        file: 'src/main/resources/db.properties',
        code: '# url=jdbc:mysql://legacy:3306/app?enabledTLSProtocols=TLSv1\nurl=jdbc:mysql://db:3306/app?enabledTLSProtocols=TLSv1.2',
        note: 'commented out',
      },
      {
        file: 'src/Db.java',
        code: '//String url="jdbc:sqlserver://10.0.0.5;encrypt=false;sslProtocol=TLSv1.1;database=BAS;";\nString url = "jdbc:sqlserver://10.0.0.5;encrypt=true;sslProtocol=TLSv1.2;database=BAS;";',
        note: 'commented-out URL; TLSv1.2',
      },
    ],
    invalid: [
      {
        file: 'src/main/resources/application.properties',
        code: 'spring.datasource.url=jdbc:sqlserver://legacy-db:1433;databaseName=erp;encrypt=true;trustServerCertificate=true;sslProtocol=TLSv1',
        findings: ['1:113 TLSv1.0'],
        output:
          'spring.datasource.url=jdbc:sqlserver://legacy-db:1433;databaseName=erp;encrypt=true;trustServerCertificate=true;sslProtocol=TLSv1.2',
      },
      {
        file: 'src/main/resources/application.yml',
        code: 'spring:\n  datasource:\n    url: jdbc:mysql://db:3306/app?useSSL=true&enabledTLSProtocols=TLSv1,TLSv1.1,TLSv1.2&serverTimezone=UTC',
        findings: ['3:47 TLSv1.0 TLSv1.1'],
        output: 'spring:\n  datasource:\n    url: jdbc:mysql://db:3306/app?useSSL=true&enabledTLSProtocols=TLSv1.2&serverTimezone=UTC',
      },
      {
        file: 'src/main/java/Db.java',
        code: 'String url = "jdbc:mariadb://db:3306/app?useSsl=true&enabledSslProtocolSuites=TLSv1.1";',
        findings: ['1:54 TLSv1.1'],
      },
      {
        file: 'app/src/main/java/com/acme/Db.kt',
        code: 'val url = "jdbc:sqlserver://$host:1433;databaseName=erp;" +\n    "encrypt=true;trustServerCertificate=true;" +\n    "loginTimeout=30;sslProtocol=TLSv1.1;"',
        findings: ['3:22 TLSv1.0 TLSv1.1'],
        note: 'URL concatenated over several lines',
      },
      {
        file: 'hibernate.cfg.xml',
        code: '<property name="connection.url">jdbc:mysql://db/app?tlsVersions=TLSv1%2CTLSv1.2</property>',
        findings: ['1:53 TLSv1.0'],
        note: 'URL-encoded comma',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// C15: Elastic stack supported_protocols
// ---------------------------------------------------------------------------------------------

export const elasticSupportedProtocols = settingRule({
  meta: {
    id: 'java/elastic-supported-protocols',
    title: 'Elastic stack supported_protocols enables legacy TLS',
    description:
      'Elasticsearch `xpack.security.{http,transport}.ssl.supported_protocols`, Beats `ssl.supported_protocols`, Logstash `ssl_supported_protocols` and Kibana `server.ssl.supportedProtocols` / `elasticsearch.ssl.supportedProtocols` list the versions the component accepts or offers.',
    ecosystem: 'Java & JVM',
    catalogue: ['C15'],
    docs: [
      'https://www.elastic.co/guide/en/elasticsearch/reference/current/security-settings.html#ssl-tls-settings',
      'https://www.elastic.co/guide/en/beats/filebeat/current/configuration-ssl.html#supported-protocols',
      'https://www.elastic.co/guide/en/kibana/current/settings.html',
    ],
    files: { kinds: ['yaml', 'conf', 'properties', 'json', 'env', 'shell', 'dockerfile', 'toml', 'hcl'] },
    keywords: /supported_protocols|supportedProtocols|SUPPORTEDPROTOCOLS/,
    fixable: true,
    safe: 'xpack.security.http.ssl.supported_protocols: [TLSv1.3, TLSv1.2]',
    limits: "Elasticsearch's default (`TLSv1.3, TLSv1.2, TLSv1.1` on some versions) is not reported when the setting is absent.",
  },
  keys: /(?:[\w-]+\.){0,10}(?:ssl_)?(?:supported_protocols|supportedprotocols)|(?:[a-z0-9]+_){1,10}supportedprotocols/i,
  where: (s, file) => !inSedSearch(file, s.keyStart),
  evaluate: (s, ctx, file) => {
    const e = asList()(s, ctx, file);
    return e && { ...e, instead: rewriteSetting(file, s, safeList(ctx.floor, s.form === 'list' ? ', ' : separatorOf(s.value))) };
  },
  instead: (ctx) => `\`supported_protocols: [${safeList(ctx.floor, ', ')}]\``,
  examples: {
    valid: [
      { file: 'config/elasticsearch.yml', code: 'xpack.security.http.ssl.supported_protocols: [TLSv1.3, TLSv1.2]' },
      { file: 'filebeat.yml', code: 'output.logstash:\n  hosts: ["ls:5044"]\n  ssl.supported_protocols: [TLSv1.2, TLSv1.3]' },
      {
        file: 'config/kibana.yml',
        code: '#server.ssl.supportedProtocols: ["TLSv1.1", "TLSv1.2"]\nserver.ssl.supportedProtocols: ["TLSv1.2", "TLSv1.3"]',
        note: 'commented out',
      },
      {
        file: 'pipeline/beats.conf',
        code: "input {\n  beats {\n    port => 5044\n    ssl_supported_protocols => ['TLSv1.2', 'TLSv1.3']\n  }\n}",
      },
    ],
    invalid: [
      {
        file: 'config/elasticsearch.yml',
        code: 'xpack.security.http.ssl.enabled: true\nxpack.security.http.ssl.supported_protocols: [TLSv1.1, TLSv1.2]',
        findings: ['2:1 TLSv1.1'],
        output: 'xpack.security.http.ssl.enabled: true\nxpack.security.http.ssl.supported_protocols: [TLSv1.2]',
      },
      {
        file: 'filebeat.yml',
        code: 'output.elasticsearch:\n  hosts: ["https://es:9200"]\n  ssl:\n    supported_protocols:\n      - TLSv1.0\n      - TLSv1.1\n      - TLSv1.2',
        findings: ['5:9 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'pipeline/beats.conf',
        code: "input {\n  beats {\n    port => 5044\n    ssl_supported_protocols => ['TLSv1.1', 'TLSv1.2']\n  }\n}",
        findings: ['4:5 TLSv1.1'],
      },
      {
        file: 'config/kibana.yml',
        code: 'server.ssl.supportedProtocols: ["TLSv1", "TLSv1.1", "TLSv1.2"]',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: 'server.ssl.supportedProtocols: ["TLSv1.2"]',
      },
      {
        file: 'docker-compose.yml',
        code: 'services:\n  es:\n    environment:\n      - xpack.security.transport.ssl.supported_protocols=TLSv1.1,TLSv1.2,TLSv1.3',
        findings: ['4:9 TLSv1.1'],
      },
    ],
  },
});

export const rules: readonly Rule[] = [
  sslContextProtocol,
  enabledProtocolsCall,
  okhttpCompatibleTls,
  jsseProtocolProperties,
  disabledAlgorithms,
  disabledAlgorithmsEdit,
  tomcatProtocols,
  enabledProtocolsSetting,
  sslProtocolSetting,
  javamailProtocols,
  jdbcProtocols,
  elasticSupportedProtocols,
];
