import { type Setting } from '../../define.js';
import type { Example, FileSelector, InvalidExample, Match, Rule, RuleContext, RuleMeta } from '../../rule.js';
import type { SourceFile } from '../../source.js';
import { lastNewline, nextNewline } from '../../source.js';

// ---------------------------------------------------------------------------------------------
// Shared helpers (bounded scans only).

/** Start of the line holding `offset`, looking back at most `max` characters. */
export function lineStartOf(code: string, offset: number, max = 300): number {
  const from = Math.max(0, offset - max);
  const i = code.slice(from, offset).lastIndexOf('\n');
  return i < 0 ? from : from + i + 1;
}

/** End of the line holding `offset`, looking ahead at most `max` characters. */
export function lineEndOf(code: string, offset: number, max = 300): number {
  const to = Math.min(code.length, offset + max);
  const i = code.slice(offset, to).indexOf('\n');
  return i < 0 ? to : offset + i;
}

export interface Block {
  /** The text before the `{` on its line (`resource "aws_lb_listener" "x"`, `"sslPolicy":`). */
  readonly header: string;
  /** Offset of the `{`. */
  readonly open: number;
}

const BLOCK_LIMIT = 30000;

/** The `{ … }` blocks that enclose `offset`, innermost first (looks back at most 30,000 chars). */
export function enclosingBlocks(code: string, offset: number, limit = BLOCK_LIMIT): Block[] {
  const blocks: Block[] = [];
  let depth = 0;
  const stop = Math.max(0, offset - limit);
  for (let i = offset - 1; i >= stop; i--) {
    const ch = code[i];
    if (ch === '}') depth++;
    else if (ch === '{') {
      if (depth > 0) depth--;
      else {
        const lineStart = lineStartOf(code, i);
        blocks.push({ header: code.slice(lineStart, i).trim(), open: i });
      }
    }
  }
  return blocks;
}

/** Offset just after the `}` that closes the `{` at `open` (or a bounded end). */
export function blockEnd(code: string, open: number, limit = BLOCK_LIMIT): number {
  let depth = 0;
  const stop = Math.min(code.length, open + limit);
  for (let i = open; i < stop; i++) {
    const ch = code[i];
    if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i + 1;
  }
  return stop;
}

/** A block's text with its nested blocks blanked: only its own attributes remain. */
export function topLevel(block: string): string {
  let depth = 0;
  let out = '';
  for (let i = 0; i < block.length; i++) {
    const ch = block[i];
    if (ch === '{') depth++;
    if (depth <= 1 || ch === '\n') out += ch;
    if (ch === '}') depth--;
  }
  return out;
}

/** The text of the innermost block around `offset` (`{` to `}`), or undefined outside blocks. */
export function innermostBlock(code: string, offset: number): { text: string; start: number; header: string } | undefined {
  const b = enclosingBlocks(code, offset, 8000)[0];
  if (!b) return undefined;
  return { text: code.slice(b.open, blockEnd(code, b.open, 8000)), start: b.open, header: b.header };
}

/**
 * The Terraform resource (or data source) type around `offset`: `aws_lb_listener`. Top-level
 * blocks do not nest, so the nearest `resource "…"` header before `offset` either encloses it or
 * the offset is outside every resource (locals, variables, module calls).
 */
export function tfResourceType(code: string, offset: number): string | undefined {
  const headers = tfHeaders(code);
  let lo = 0;
  let hi = headers.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (headers[mid].open < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const h = found >= 0 ? headers[found] : undefined;
  return h && h.end > offset ? h.type : undefined;
}

interface TfHeader {
  readonly type: string;
  readonly open: number;
  readonly end: number;
}

let headerCache: { code: string; headers: TfHeader[] } | undefined;

/** The `resource`/`data` blocks of a Terraform file, in order (computed once per text). */
function tfHeaders(code: string): TfHeader[] {
  if (headerCache?.code === code) return headerCache.headers;
  const headers: TfHeader[] = [];
  const re = /^[ \t]*(?:resource|data)[ \t]+"([\w-]{1,100})"[^{\n]{0,200}\{/gm;
  let last = 0;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const open = m.index + m[0].length - 1;
    if (open < last) continue;
    const end = blockEnd(code, open, 400000);
    headers.push({ type: m[1], open, end });
    last = end;
    re.lastIndex = Math.max(re.lastIndex, end);
  }
  headerCache = { code, headers };
  return headers;
}

const flags = new WeakMap<SourceFile, Map<string, boolean>>();

/** A per-file test computed once (`name` identifies it). */
export function fileFlag(file: SourceFile, name: string, test: (file: SourceFile) => boolean): boolean {
  let map = flags.get(file);
  if (!map) flags.set(file, (map = new Map()));
  let v = map.get(name);
  if (v === undefined) map.set(name, (v = test(file)));
  return v;
}

/** The line around `offset`, at most 300 characters each side. */
export function lineAround(code: string, offset: number): string {
  return code.slice(lineStartOf(code, offset), lineEndOf(code, offset));
}

/** Whether `offset` is inside a Terraform `variable`, `output` or a `validation` block. */
export function inTfDeclaration(code: string, offset: number): 'variable' | 'validation' | undefined {
  const blocks = enclosingBlocks(code, offset);
  if (blocks.some((b) => /^validation\b/.test(b.header))) return 'validation';
  const outer = blocks[blocks.length - 1];
  return outer && /^variable\b/.test(outer.header) ? 'variable' : undefined;
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line)![0].length;
}

/**
 * In YAML, the lines of the mapping that holds the line at `offset`: the contiguous lines at
 * the same indentation or deeper (at most 200 lines each way).
 */
export function yamlMapping(code: string, offset: number): string {
  const lineStart = lastNewline(code, offset - 1) + 1;
  const lineEnd = nextNewline(code, offset);
  const first = code.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const indent = indentOf(first.replace(/^([ \t]*)- /, '$1  '));
  let start = lineStart;
  for (let n = 0; n < 200 && start > 0; n++) {
    const prevStart = lastNewline(code, start - 2) + 1;
    const line = code.slice(prevStart, start - 1);
    if (line.trim() !== '' && indentOf(line) < indent) break;
    start = prevStart;
    if (/^[ \t]*- /.test(line) && indentOf(line) + 2 === indent) break;
  }
  let end = lineEnd < 0 ? code.length : lineEnd;
  for (let n = 0; n < 200 && end < code.length; n++) {
    const nextEnd = nextNewline(code, end + 1);
    const line = code.slice(end + 1, nextEnd < 0 ? undefined : nextEnd);
    if (line.trim() !== '' && (indentOf(line) < indent || (/^[ \t]*- /.test(line) && indentOf(line) + 2 === indent))) break;
    end = nextEnd < 0 ? code.length : nextEnd;
  }
  return code.slice(start, end);
}

/**
 * The literal a setting's value holds, when it is one: `"x"`, `x`, `pulumi.String("x")`,
 * `jsii.String("x")`. Expressions (variables, ternaries, interpolation) give undefined.
 */
export function literalOf(value: string, form?: Setting['form']): string | undefined {
  let v = value.trim();
  if (form === 'bare') {
    if (/[?+]|\$\{|\bvar\.|\blocal\./.test(v)) return undefined;
    v = v.split(/[ \t]/)[0];
  }
  const call = /^[\w.]{1,40}\(\s*["'`]([^"'`$]{1,120})["'`]\s*\)?$/.exec(v);
  if (call) return call[1];
  const plain = /^["'`]?([\w.+:/ -]{1,120}?)["'`]?,?$/.exec(v);
  if (!plain || /\$\{|\?|\bvar\.|\blocal\.|\bmodule\./.test(v)) return undefined;
  return plain[1].trim();
}

/** Whether the text just before `offset` compares (`==`, `!=`, `===`, `is`, `case`): a check, not a setting. */
export function comparedBefore(code: string, offset: number): boolean {
  const before = code.slice(Math.max(0, offset - 60), offset);
  return /(?:[=!]==?|\bis(?: not)?|\bcase|\bin)[ \t]*(?:[\w]{1,30}\.){0,3}$/.test(before);
}

/**
 * A rule made of several checks that report under one id (first match at an offset wins). In
 * program files without an IaC/SDK import only the `-cdk` and `-quoted-key` parts run.
 */
export function combine(meta: RuleMeta, examples: Rule['examples'], parts: readonly Rule[]): Rule {
  return {
    meta,
    examples,
    *check(file: SourceFile, context: RuleContext): Iterable<Match> {
      const seen = new Set<number>();
      const iac = isIacFile(file);
      for (const part of parts) {
        // Enum members (`SslPolicy.RECOMMENDED`) are specific enough; string settings need an IaC file.
        if (!iac && !/-(?:cdk|quoted-key)$/.test(part.meta.id)) continue;
        for (const m of part.check(file, context)) {
          if (seen.has(m.start)) continue;
          seen.add(m.start);
          yield m;
        }
      }
    },
  };
}

const CODE_KINDS = new Set(['ts', 'js', 'python', 'java', 'csharp', 'go', 'kotlin']);
const IAC_CODE =
  /pulumi|aws-cdk|aws_cdk|awscdk|amazon\.awscdk|Amazon\.CDK|cdktf|aws-sdk|@aws-sdk|boto3|botocore|azure[._-]mgmt|azure[_-]native|@azure\/arm-|Azure\.ResourceManager|armstorage|armsql|armappservice|google\.cloud|googleapis|gcp\b|alicloud|aliyun/i;

/**
 * Program files (TypeScript, Python, …) count only when they use an IaC tool or a cloud SDK:
 * elsewhere a `minimumTlsVersion: 'TLS1_0'` is usually test data of a scanner or an embedded
 * template string.
 */
export function isIacFile(file: SourceFile): boolean {
  return !CODE_KINDS.has(file.kind) || fileFlag(file, 'iac', (f) => IAC_CODE.test(f.text));
}

/** Only runs `rule` on IaC files (see `isIacFile`). */
export function gated(rule: Rule): Rule {
  return {
    ...rule,
    *check(file, context) {
      if (isIacFile(file)) yield* rule.check(file, context);
    },
  };
}

/** Meta for a part of a combined rule (never registered on its own). */
export function partMeta(meta: RuleMeta, id: string): RuleMeta {
  return { ...meta, id: `${meta.id}-${id}` };
}

export const NO_EXAMPLES = { valid: [] as Example[], invalid: [] as InvalidExample[] };

/** Kinds of files that hold IaC or IaC-generating code. */
export const IAC_FILES: FileSelector = {
  kinds: ['hcl', 'yaml', 'json', 'ts', 'js', 'python', 'java', 'csharp', 'go', 'kotlin', 'shell', 'other'],
};
