/**
 * AWS infrastructure as code: Terraform, CloudFormation / SAM (YAML and JSON), CDK (TypeScript,
 * Python, Java, C#, Go), Pulumi, Serverless, Elastic Beanstalk `.ebextensions` and the AWS CLI.
 * Load balancer security policies, CloudFront viewer and origin protocols, API Gateway and
 * OpenSearch policies, RDS parameter groups.
 *
 * The block helpers at the top are shared with azure.ts and other-clouds.ts.
 */
import { atLeast, atMost, range, setOf, type Version, type VersionSet } from '../../versions.js';
import { evalList, readVersion, respell, tokenize } from '../evaluate.js';
import { findSettings, patternRule, settingRule, type Evaluation, type Setting } from '../define.js';
import type { Example, FileSelector, InvalidExample, Match, Rule, RuleContext, RuleMeta } from '../rule.js';
import type { SourceFile } from '../source.js';
import { lastNewline, nextNewline } from '../source.js';

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

function severityFor(s: Setting, file: SourceFile): { severity?: 'warning'; why?: string } | undefined {
  if (/^(?:default|Default)$/.test(s.key)) {
    if (file.kind === 'hcl' && inTfDeclaration(file.code, s.keyStart) === 'validation') return undefined;
    return { severity: 'warning', why: 'the default of a variable or parameter' };
  }
  return {};
}

// ---------------------------------------------------------------------------------------------
// N1, N2: Elastic Load Balancing security policies.

/** Classic and v2 policy names that do not follow the `-TLS13-1-x-` / `-TLS-1-x-` pattern. */
const ELB_NAMED: Readonly<Record<string, VersionSet>> = {
  'elbsecuritypolicy-2016-08': range('TLSv1.0', 'TLSv1.2'),
  'elbsecuritypolicy-2015-05': range('TLSv1.0', 'TLSv1.2'),
  'elbsecuritypolicy-2015-03': range('TLSv1.0', 'TLSv1.2'),
  'elbsecuritypolicy-2015-02': range('TLSv1.0', 'TLSv1.2'),
  'elbsecuritypolicy-2014-10': range('TLSv1.0', 'TLSv1.2'),
  'elbsecuritypolicy-2014-01': range('SSLv3', 'TLSv1.2'),
  'elbsecuritypolicy-2011-08': range('SSLv3', 'TLSv1.2'),
  'elbsecuritypolicy-fs-2018-06': range('TLSv1.0', 'TLSv1.2'),
  'elbsample-elbdefaultcipherpolicy': range('SSLv3', 'TLSv1.2'),
  'elbsample-openssldefaultcipherpolicy': range('SSLv3', 'TLSv1.2'),
};

/**
 * The versions an ELB security policy name enables: the named table, else the minimum the name
 * encodes (`ELBSecurityPolicy-TLS13-1-0-…` → TLS 1.0–1.3, `-TLS-1-1-…`/`-FS-1-1-…` → 1.1–1.2).
 * Names it does not know give undefined.
 */
export function elbPolicyVersions(name: string): VersionSet | undefined {
  const n = name.toLowerCase();
  if (n in ELB_NAMED) return ELB_NAMED[n];
  const tls13 = /^elbsecuritypolicy-tls13-1-([0-3])-/.exec(n);
  if (tls13) return atLeast(`TLSv1.${tls13[1]}` as Version);
  const tls12 = /^elbsecuritypolicy-(?:tls|fs)-1-([0-2])-/.exec(n);
  if (tls12) return range(`TLSv1.${tls12[1]}` as Version, 'TLSv1.2');
  return undefined;
}

/** CDK `elbv2.SslPolicy` members (v2 upper case, v1 Pascal case) → policy names. */
const CDK_SSL_POLICY: Readonly<Record<string, string>> = {
  recommended: 'ELBSecurityPolicy-2016-08',
  legacy: 'ELBSecurityPolicy-TLS-1-0-2015-04',
  tls11: 'ELBSecurityPolicy-TLS-1-1-2017-01',
  forward_secrecy: 'ELBSecurityPolicy-FS-2018-06',
  forwardsecrecy: 'ELBSecurityPolicy-FS-2018-06',
  forward_secrecy_tls11: 'ELBSecurityPolicy-FS-1-1-2019-08',
  tls13_10: 'ELBSecurityPolicy-TLS13-1-0-2021-06',
  tls13_11: 'ELBSecurityPolicy-TLS13-1-1-2021-06',
  fips_tls13_10: 'ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04',
  fips_tls13_11: 'ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04',
};

const ELB_NAME = /^(ELBSecurityPolicy-[\w-]{2,60}|ELBSample-\w{2,60})$/i;

function elbSafe(ctx: RuleContext): string {
  return ctx.floor === 'TLSv1.3' ? 'ELBSecurityPolicy-TLS13-1-3-2021-06' : 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06';
}

const elbMeta: RuleMeta = {
  id: 'aws/elb-ssl-policy',
  title: 'AWS load balancer security policy allows legacy TLS',
  description:
    'The security policy of an ALB/NLB HTTPS or TLS listener (`ssl_policy`, `SslPolicy`, CDK `SslPolicy.*`, Beanstalk `SSLPolicy`) or a Classic ELB `Reference-Security-Policy` decides which versions clients can negotiate. `ELBSecurityPolicy-2016-08` (the API default), `-FS-2018-06`, `-TLS13-1-0-*` and the older policies allow TLS 1.0; `-TLS-1-1-*`, `-FS-1-1-*` and `-TLS13-1-1-*` allow TLS 1.1.',
  ecosystem: 'AWS',
  catalogue: ['N1', 'N2'],
  docs: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html',
  ],
  files: { ...IAC_FILES, paths: /(?:^|\/)\.ebextensions\/[^/]+\.config$/ },
  keywords: /ELBSecurityPolicy|ELBSample|SslPolicy/,
  fixable: true,
  safe: 'ssl_policy = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"',
  limits:
    'Policies held in variables, ternaries or SSM parameters are unknown. Variable and parameter defaults are warnings (callers may override them). A CDK listener without `sslPolicy` is not reported (the default is decided by the service).',
};

const elbSetting = settingRule({
  meta: partMeta(elbMeta, 'setting'),
  keys: /(?:\w{1,40}[_-])?ssl[_-]?(?:negotiation[_-])?policy(?:[_-]\w{1,40})?|[Vv]alue|[Dd]efault/i,
  evaluate: (s, ctx, file) => {
    const lit = literalOf(s.value, s.form);
    if (!lit || !ELB_NAME.test(lit)) return undefined;
    const versions = elbPolicyVersions(lit);
    if (versions === undefined) return undefined;
    const sev = severityFor(s, file);
    if (!sev) return undefined;
    const at = s.value.indexOf(lit);
    const fix =
      at >= 0 && s.form !== 'block-list'
        ? { start: s.valueStart + at, end: s.valueStart + at + lit.length, text: elbSafe(ctx) }
        : undefined;
    return {
      versions,
      fix,
      severity: sev.severity,
      why: sev.why ?? (/2016-08/.test(lit) ? 'ELBSecurityPolicy-2016-08 allows TLS 1.0 and 1.1' : undefined),
    };
  },
  instead: (ctx) => `\`${elbSafe(ctx)}\``,
  examples: NO_EXAMPLES,
});

const elbCdk = patternRule({
  meta: partMeta(elbMeta, 'cdk'),
  pattern: /\bSslPolicy(?:\.|_)([A-Za-z][A-Za-z0-9_]{1,40})\b(?![ \t]*(?:=(?!=)|:(?!:)))/,
  evaluate: (m, _ctx, file) => {
    const name = CDK_SSL_POLICY[m[1].toLowerCase()];
    if (!name || comparedBefore(file.code, m.index)) return undefined;
    return { versions: elbPolicyVersions(name)!, why: `\`SslPolicy.${m[1]}\` is ${name}` };
  },
  instead: '`SslPolicy.RECOMMENDED_TLS` (ELBSecurityPolicy-TLS13-1-2-2021-06)',
  examples: NO_EXAMPLES,
});

const elbQuotedKey = patternRule({
  meta: partMeta(elbMeta, 'quoted-key'),
  pattern: /["'][\w./-]{0,80}\/(?:aws-load-balancer-)?ssl-(?:negotiation-)?policy["'][ \t]*[:=][ \t]*["']([\w-]{3,80})["']/,
  evaluate: (m, ctx) => {
    const versions = ELB_NAME.test(m[1]) ? elbPolicyVersions(m[1]) : undefined;
    if (versions === undefined) return undefined;
    const at = m.index + m[0].length - 1 - m[1].length;
    return { versions, fix: { start: at, end: at + m[1].length, text: elbSafe(ctx) } };
  },
  instead: (ctx) => `\`${elbSafe(ctx)}\``,
  examples: NO_EXAMPLES,
});

export const elbSslPolicy = combine(
  elbMeta,
  {
    valid: [
      {
        file: 'alb.tf',
        code: 'resource "aws_lb_listener" "https" {\n  protocol   = "HTTPS"\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"\n}',
      },
      {
        file: 'alb.tf',
        code: 'resource "aws_lb_listener" "https" {\n  protocol   = "HTTPS"\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06"\n}',
        note: 'TLS 1.2+ with CBC ciphers: not a protocol problem',
      },
      {
        file: 'nlb.tf',
        code: 'resource "aws_lb_listener" "tls" {\n  protocol   = "TLS"\n  ssl_policy = "ELBSecurityPolicy-TLS-1-2-2017-01"\n}',
        note: '`TLS-1-2` is not `TLS-1-0`',
      },
      { file: 'alb.tf', code: 'resource "aws_lb_listener" "https" {\n  ssl_policy = var.https_ssl_policy\n}', note: 'variable: unknown' },
      {
        file: 'alb.tf',
        code: 'resource "aws_lb_listener" "https" {\n  ssl_policy = var.enabled ? "ELBSecurityPolicy-TLS13-1-2-2021-06" : null\n}',
        note: 'ternary whose only literal branch is safe',
      },
      {
        file: 'alb.tf',
        code: '# ssl_policy = "ELBSecurityPolicy-2016-08"\nresource "aws_lb_listener" "https" {\n  ssl_policy = "ELBSecurityPolicy-FS-1-2-Res-2020-10"\n}',
        note: 'commented out',
      },
      {
        file: 'variables.tf',
        code: 'variable "ssl_policy" {\n  type = string\n  validation {\n    condition     = !contains(["ELBSecurityPolicy-2016-08", "ELBSecurityPolicy-TLS-1-1-2017-01"], var.ssl_policy)\n    error_message = "Legacy policy."\n  }\n  default = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n}',
        note: 'a deny-list of legacy names is not a setting',
      },
      {
        file: 'checks/weak_policies.py',
        code: 'WEAK = [\n    "ELBSecurityPolicy-2016-08",\n    "ELBSecurityPolicy-TLS-1-1-2017-01",\n]\nif listener["SslPolicy"] in WEAK:\n    report(listener)',
        note: 'a scanner listing legacy names',
      },
      {
        file: 'tests/test_checks.py',
        code: 'def test_flags_legacy_policy():\n    listener = {"SslPolicy": "ELBSecurityPolicy-2016-08", "Protocol": "HTTPS"}\n    assert check(listener) == "FAILED"',
        note: 'test data of a scanner: a program file without an IaC or SDK import',
      },
      {
        file: 'lib/stack.ts',
        code: 'const listener = alb.addListener("Https", {\n  port: 443,\n  sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS,\n});',
      },
      { file: 'stack.py', code: 'listener = lb.add_listener("Https", port=443, ssl_policy=elbv2.SslPolicy.TLS12)' },
      {
        file: 'enums.ts',
        code: "export enum SslPolicy {\n  RECOMMENDED = 'ELBSecurityPolicy-2016-08',\n  LEGACY = 'ELBSecurityPolicy-TLS-1-0-2015-04',\n}",
        note: 'enum definition',
      },
      {
        file: 'template.yaml',
        code: 'Listener:\n  Type: AWS::ElasticLoadBalancingV2::Listener\n  Properties:\n    Protocol: HTTPS\n    SslPolicy: !Ref SslPolicyParam',
      },
    ],
    invalid: [
      {
        file: 'alb.tf',
        code: 'resource "aws_lb_listener" "https" {\n  ssl_policy = (var.legacy\n    ? "ELBSecurityPolicy-2016-08"\n    : "ELBSecurityPolicy-TLS13-1-2-2021-06")\n}',
        findings: ['3:7 TLSv1.0 TLSv1.1'],
        note: "a conditional: its legacy literal branch counts, reported on that branch's line",
      },
      {
        file: 'alb.tf',
        code: 'resource "aws_lb_listener" "https" {\n  port       = "443"\n  protocol   = "HTTPS"\n  ssl_policy = "ELBSecurityPolicy-2016-08"\n}',
        findings: ['4:3 TLSv1.0 TLSv1.1'],
        output:
          'resource "aws_lb_listener" "https" {\n  port       = "443"\n  protocol   = "HTTPS"\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"\n}',
      },
      {
        file: 'modules/alb/main.tf',
        code: 'resource "aws_alb_listener" "front_end" {\n  protocol        = "TLS"\n  ssl_policy      = "ELBSecurityPolicy-TLS13-1-0-2021-06"\n  certificate_arn = aws_acm_certificate.this.arn\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'alb.tf',
        code: 'resource "aws_lb_listener" "https" {\n  ssl_policy = "ELBSecurityPolicy-TLS-1-1-2017-01"\n}',
        findings: ['2:3 TLSv1.1'],
      },
      {
        file: 'alb.tf',
        code: 'ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"',
        floor: 'TLSv1.3',
        findings: ['1:1 TLSv1.2'],
        output: 'ssl_policy = "ELBSecurityPolicy-TLS13-1-3-2021-06"',
      },
      {
        file: 'variables.tf',
        code: 'variable "listener_ssl_policy_default" {\n  type    = string\n  default = "ELBSecurityPolicy-2016-08"\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'main.tf',
        code: 'module "alb" {\n  source                      = "terraform-aws-modules/alb/aws"\n  listener_ssl_policy_default = "ELBSecurityPolicy-FS-1-1-2019-08"\n}',
        findings: ['3:3 TLSv1.1'],
      },
      {
        file: 'template.yaml',
        code: 'HttpsListener:\n  Type: AWS::ElasticLoadBalancingV2::Listener\n  Properties:\n    Port: 443\n    Protocol: HTTPS\n    SslPolicy: ELBSecurityPolicy-2016-08\n',
        findings: ['6:5 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'stack.template.json',
        code: '{\n  "Type": "AWS::ElasticLoadBalancingV2::Listener",\n  "Properties": {\n    "Protocol": "HTTPS",\n    "SslPolicy": "ELBSecurityPolicy-TLS13-1-1-2021-06"\n  }\n}',
        findings: ['5:5 TLSv1.1'],
      },
      {
        file: 'template.yaml',
        code: 'Parameters:\n  SslPolicy:\n    Type: String\n    Default: ELBSecurityPolicy-2016-08\n    AllowedValues:\n      - ELBSecurityPolicy-2016-08\n      - ELBSecurityPolicy-TLS13-1-2-2021-06\n',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'lib/stack.ts',
        code: 'alb.addListener("Https", {\n  port: 443,\n  certificates: [cert],\n  sslPolicy: elbv2.SslPolicy.RECOMMENDED,\n});',
        findings: ['4:20 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/main/java/Stack.java',
        code: 'ApplicationListener.Builder.create(this, "Https")\n    .loadBalancer(alb)\n    .sslPolicy(SslPolicy.LEGACY)\n    .build();',
        findings: ['3:16 TLSv1.0 TLSv1.1'],
      },
      { file: 'stack.py', code: 'lb.add_listener("Tls", port=443, ssl_policy=elbv2.SslPolicy.TLS13_11)', findings: ['1:51 TLSv1.1'] },
      {
        file: 'main.go',
        code: 'awselasticloadbalancingv2.NewApplicationListener(stack, jsii.String("L"), &awselasticloadbalancingv2.ApplicationListenerProps{\n\tSslPolicy: awselasticloadbalancingv2.SslPolicy_FORWARD_SECRECY,\n})',
        findings: ['2:39 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'index.ts',
        code: 'import * as aws from "@pulumi/aws";\nnew aws.lb.Listener("https", {\n    protocol: "HTTPS",\n    sslPolicy: "ELBSecurityPolicy-2015-05",\n});',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
        note: 'Pulumi',
      },
      {
        file: '.ebextensions/https.config',
        code: 'option_settings:\n  aws:elbv2:listener:443:\n    Protocol: HTTPS\n    SSLPolicy: ELBSecurityPolicy-2016-08\n',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
        note: 'Elastic Beanstalk',
      },
      {
        file: 'beanstalk.tf',
        code: 'setting {\n  namespace = "aws:elbv2:listener:443"\n  name      = "SSLPolicy"\n  value     = "ELBSecurityPolicy-TLS-1-1-2017-01"\n}',
        findings: ['4:3 TLSv1.1'],
      },
      {
        file: 'elb.tf',
        code: 'resource "aws_load_balancer_policy" "ssl" {\n  policy_type_name = "SSLNegotiationPolicyType"\n  policy_attribute {\n    name  = "Reference-Security-Policy"\n    value = "ELBSecurityPolicy-2014-01"\n  }\n}',
        findings: ['5:5 SSLv3 TLSv1.0 TLSv1.1'],
        note: 'Classic ELB predefined policy',
      },
      {
        file: 'deploy.sh',
        code: 'aws elbv2 create-listener --load-balancer-arn "$LB" --protocol HTTPS --port 443 \\\n  --ssl-policy ELBSecurityPolicy-2016-08 --certificates CertificateArn="$CERT"',
        findings: ['2:5 TLSv1.0 TLSv1.1'],
      },
    ],
  },
  [elbSetting, elbCdk, elbQuotedKey],
);

// N1: an HTTPS/TLS listener without a policy gets ELBSecurityPolicy-2016-08 from the API.

const LISTENER_TYPES = /^(?:aws_lb_listener|aws_alb_listener)$/;

export const elbListenerDefaultPolicy: Rule = {
  meta: {
    id: 'aws/elb-listener-default-policy',
    title: 'AWS HTTPS/TLS listener without a security policy',
    description:
      'An ALB HTTPS or NLB TLS listener created through Terraform or CloudFormation without `ssl_policy` / `SslPolicy` gets the API default, `ELBSecurityPolicy-2016-08`, which allows TLS 1.0 and 1.1.',
    ecosystem: 'AWS',
    catalogue: ['N1'],
    docs: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html#describe-ssl-policies'],
    files: { kinds: ['hcl', 'yaml', 'json', 'other'], paths: /(?:^|\/)\.ebextensions\/[^/]+\.config$/ },
    keywords: /aws_lb_listener|aws_alb_listener|ElasticLoadBalancingV2::Listener/,
    fixable: false,
    safe: 'ssl_policy = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"',
    limits:
      "Only Terraform resources and CloudFormation listeners whose protocol is a literal are checked; a `dynamic` or templated protocol is unknown, and CDK/Pulumi listeners are not checked. The default is the API's, which AWS may change.",
  },
  *check(file) {
    const code = file.code;
    const found: { start: number; end: number; body: string }[] = [];
    if (file.kind === 'hcl') {
      const re = /\bresource[ \t]+"(aws_lb_listener|aws_alb_listener)"[ \t]+"[\w-]{1,100}"[ \t]*\{/g;
      for (let m = re.exec(code); m; m = re.exec(code)) {
        if (!LISTENER_TYPES.test(m[1])) continue;
        const open = m.index + m[0].length - 1;
        const end = blockEnd(code, open);
        const body = topLevel(code.slice(open, end));
        if (!/^[ \t]*protocol[ \t]*=[ \t]*"(?:HTTPS|TLS)"/im.test(body) || /\bssl_policy\b/.test(body)) continue;
        found.push({ start: m.index, end: m.index + m[0].length - 1, body });
      }
    } else {
      const re = /["']?Type["']?[ \t]*:[ \t]*["']?AWS::ElasticLoadBalancingV2::Listener\b["']?/g;
      for (let m = re.exec(code); m; m = re.exec(code)) {
        let body: string;
        if (file.kind === 'yaml' || !/^[ \t]*"/.test(code.slice(lineStartOf(code, m.index), m.index + 1)))
          body = yamlMapping(code, m.index);
        else body = innermostBlock(code, m.index)?.text ?? '';
        if (!/["']?Protocol["']?[ \t]*:[ \t]*["']?(?:HTTPS|TLS)\b/.test(stripActions(body)) || /\bSslPolicy\b/.test(body)) continue;
        found.push({ start: m.index, end: m.index + m[0].length, body });
      }
    }
    for (const f of found) {
      yield {
        start: f.start,
        end: f.end,
        versions: range('TLSv1.0', 'TLSv1.2'),
        what: 'HTTPS/TLS listener without a security policy',
        why: 'the API default is ELBSecurityPolicy-2016-08',
        instead: '`ssl_policy = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"` (CloudFormation `SslPolicy`)',
        severity: 'warning',
      };
    }
  },
  examples: {
    valid: [
      { file: 'alb.tf', code: 'resource "aws_lb_listener" "http" {\n  port     = 80\n  protocol = "HTTP"\n}', note: 'plain HTTP listener' },
      {
        file: 'nlb.tf',
        code: 'resource "aws_lb_listener" "tcp" {\n  port     = 443\n  protocol = "TCP"\n}',
        note: 'TCP pass-through: no TLS at the load balancer',
      },
      { file: 'alb.tf', code: 'resource "aws_lb_listener" "https" {\n  protocol   = "HTTPS"\n  ssl_policy = var.ssl_policy\n}' },
      { file: 'alb.tf', code: 'resource "aws_lb_listener" "https" {\n  protocol = var.protocol\n}', note: 'protocol unknown' },
      {
        file: 'template.yaml',
        code: 'Resources:\n  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      Protocol: HTTPS\n      SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06\n  Other:\n    Type: AWS::S3::Bucket\n',
      },
      {
        file: 'template.yaml',
        code: 'Resources:\n  Udp:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      Protocol: UDP\n      Port: 53\n',
      },
    ],
    invalid: [
      {
        file: 'alb.tf',
        code: 'resource "aws_lb_listener" "https" {\n  load_balancer_arn = aws_lb.main.arn\n  port              = 443\n  protocol          = "HTTPS"\n  certificate_arn   = aws_acm_certificate.main.arn\n  default_action {\n    type = "forward"\n  }\n}',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'nlb.tf',
        code: 'resource "aws_alb_listener" "tls" {\n  protocol = "TLS"\n}\nresource "aws_lb_listener" "ok" {\n  protocol   = "TLS"\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n}',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'template.yaml',
        code: 'Resources:\n  HttpsListener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref LoadBalancer\n      Port: 443\n      Protocol: HTTPS\n      Certificates:\n        - CertificateArn: !Ref Cert\n  Next:\n    Type: AWS::S3::Bucket\n    Properties:\n      SslPolicy: x\n',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'stack.json',
        code: '{\n  "Listener": {\n    "Type": "AWS::ElasticLoadBalancingV2::Listener",\n    "Properties": { "Protocol": "HTTPS", "Port": 443 }\n  }\n}',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
    ],
  },
};

/** Removes CloudFormation `DefaultActions` (redirect configs name a `Protocol: HTTPS` too). */
function stripActions(text: string): string {
  const i = text.search(/["']?DefaultActions["']?[ \t]*:/);
  if (i < 0) return text;
  const lineStart = lastNewline(text, i) + 1;
  const indent = i - lineStart;
  const rest = text.slice(i);
  if (rest.includes('[')) {
    // JSON: drop up to the matching bracket (bounded)
    const open = rest.indexOf('[');
    let depth = 0;
    for (let j = open; j < Math.min(rest.length, open + 20000); j++) {
      if (rest[j] === '[') depth++;
      else if (rest[j] === ']' && --depth === 0) return text.slice(0, i) + rest.slice(j + 1);
    }
  }
  const lines = rest.split('\n');
  let k = 1;
  while (
    k < lines.length &&
    (lines[k].trim() === '' ||
      /^[ \t]*/.exec(lines[k])![0].length > indent ||
      (/^[ \t]*- /.test(lines[k]) && /^[ \t]*/.exec(lines[k])![0].length >= indent))
  )
    k++;
  return text.slice(0, i) + lines.slice(k).join('\n');
}

// N2: Classic ELB SSL negotiation policies with explicit protocol attributes.

export const elbClassicProtocolAttribute = patternRule({
  meta: {
    id: 'aws/elb-classic-protocol-attribute',
    title: 'Classic ELB SSL negotiation policy enables a legacy protocol',
    description:
      'A custom Classic Load Balancer SSL negotiation policy (`aws_load_balancer_policy`, `aws_lb_ssl_negotiation_policy`, CloudFormation `Policies`) turns protocols on with attributes `Protocol-SSLv3`, `Protocol-TLSv1`, `Protocol-TLSv1.1` set to `true`.',
    ecosystem: 'AWS',
    catalogue: ['N2'],
    docs: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-ssl-security-policy.html'],
    files: IAC_FILES,
    keywords: /Protocol-SSLv|Protocol-TLSv1/,
    fixable: true,
    safe: 'attribute { name = "Protocol-TLSv1" value = "false" }',
    limits: 'Only the `name`/`value` pair written next to each other (within 200 characters) is read.',
  },
  pattern:
    /["']?Protocol-(SSLv2|SSLv3|TLSv1\.1|TLSv1\.2|TLSv1)(?![\w.])["']?[ \t]*[,)]?[^{}\[\]]{0,200}?\b[Vv]alue["']?[ \t]*[:=,(][ \t]*["']?(true|false|True|False|TRUE|FALSE)\b/,
  evaluate: (m) => {
    if (!/true/i.test(m[2])) return undefined;
    const v = readVersion(m[1])!;
    const at = m.index + m[0].length - m[2].length;
    return {
      versions: setOf(v),
      fix: { start: at, end: at + m[2].length, text: m[2] === 'True' ? 'False' : m[2] === 'TRUE' ? 'FALSE' : 'false' },
    };
  },
  instead: '`value = "false"` for `Protocol-SSLv3`, `Protocol-TLSv1` and `Protocol-TLSv1.1`',
  examples: {
    valid: [
      {
        file: 'elb.tf',
        code: 'attribute {\n  name  = "Protocol-TLSv1"\n  value = "false"\n}\nattribute {\n  name  = "Protocol-TLSv1.2"\n  value = "true"\n}',
        note: 'disabled, and TLSv1.2 (not TLSv1) enabled',
      },
      { file: 'elb.tf', code: 'attribute {\n  name  = "Protocol-TLSv1.1"\n  value = "false"\n}' },
      {
        file: 'template.yaml',
        code: 'Attributes:\n  - Name: Protocol-SSLv3\n    Value: false\n  - Name: Protocol-TLSv1.2\n    Value: true\n',
      },
      { file: 'elb.tf', code: '# attribute { name = "Protocol-TLSv1" value = "true" }' },
    ],
    invalid: [
      {
        file: 'elb.tf',
        code: 'resource "aws_lb_ssl_negotiation_policy" "foo" {\n  attribute {\n    name  = "Protocol-TLSv1"\n    value = "true"\n  }\n  attribute {\n    name  = "Protocol-TLSv1.2"\n    value = "true"\n  }\n}',
        findings: ['3:13 TLSv1.0'],
        output:
          'resource "aws_lb_ssl_negotiation_policy" "foo" {\n  attribute {\n    name  = "Protocol-TLSv1"\n    value = "false"\n  }\n  attribute {\n    name  = "Protocol-TLSv1.2"\n    value = "true"\n  }\n}',
      },
      {
        file: 'template.yaml',
        code: 'Policies:\n  - PolicyName: Custom\n    PolicyType: SSLNegotiationPolicyType\n    Attributes:\n      - Name: Protocol-SSLv3\n        Value: true\n      - Name: Protocol-TLSv1.1\n        Value: "true"\n',
        findings: ['5:15 SSLv3', '7:15 TLSv1.1'],
      },
      { file: 'template.json', code: '"Attributes": [ { "Name": "Protocol-TLSv1", "Value": "true" } ]', findings: ['1:27 TLSv1.0'] },
      { file: 'index.ts', code: 'attributes: [{ name: "Protocol-TLSv1.1", value: "true" }],', findings: ['1:22 TLSv1.1'], note: 'Pulumi' },
    ],
  },
});

// N3: CloudFront viewer minimum protocol version.

const CLOUDFRONT_VIEWER: Readonly<Record<string, VersionSet>> = {
  sslv3: range('SSLv3', 'TLSv1.3'),
  tlsv1: atLeast('TLSv1.0'),
  tlsv1_2016: atLeast('TLSv1.0'),
  'tlsv1.1_2016': atLeast('TLSv1.1'),
  // CDK SecurityPolicyProtocol members
  ssl_v3: range('SSLv3', 'TLSv1.3'),
  tls_v1: atLeast('TLSv1.0'),
  tls_v1_2016: atLeast('TLSv1.0'),
  tls_v1_1_2016: atLeast('TLSv1.1'),
};

function cloudfrontViewerVersions(name: string): VersionSet | undefined {
  const n = name.toLowerCase();
  if (n in CLOUDFRONT_VIEWER) return CLOUDFRONT_VIEWER[n];
  const m = /^tls_?v1[._]([23])_\d{4}$/.exec(n);
  return m ? atLeast(`TLSv1.${m[1]}` as Version) : undefined;
}

function defaultCertificate(file: SourceFile, offset: number): 'true' | 'dynamic' | undefined {
  const code = file.code;
  const block = innermostBlock(code, offset);
  const text =
    block && block.text.length < 4000
      ? block.text
      : file.kind === 'yaml'
        ? yamlMapping(code, offset)
        : code.slice(Math.max(0, offset - 300), offset + 300);
  const m = /cloud_?front_?default_?certificate["']?[ \t]*[:=][ \t]*([^\n,}]{1,80})/i.exec(text);
  if (!m) return undefined;
  const v = m[1].trim().replace(/^["']|["']$/g, '');
  return /^true$/i.test(v) ? 'true' : /^false$/i.test(v) ? undefined : 'dynamic';
}

const cfViewerMeta: RuleMeta = {
  id: 'aws/cloudfront-minimum-protocol-version',
  title: 'CloudFront viewer minimum protocol version is legacy',
  description:
    'A CloudFront distribution with a custom certificate accepts viewers down to its `minimum_protocol_version` / `MinimumProtocolVersion`: `SSLv3`, `TLSv1`, `TLSv1_2016` and `TLSv1.1_2016` allow SSL 3.0, TLS 1.0 or TLS 1.1 (CDK `SecurityPolicyProtocol.SSL_V3`, `TLS_V1`, `TLS_V1_2016`, `TLS_V1_1_2016`).',
  ecosystem: 'AWS',
  catalogue: ['N3'],
  docs: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html'],
  files: IAC_FILES,
  keywords: /minimum_protocol_version|MinimumProtocolVersion|SecurityPolicyProtocol|minimum-protocol-version/,
  fixable: true,
  safe: 'minimum_protocol_version = "TLSv1.2_2021"',
  limits:
    'With `cloudfront_default_certificate = true` the *.cloudfront.net certificate always accepts TLSv1 whatever the setting says; that is reported as a note (only a custom certificate can raise the floor). CDK `ViewerCertificate.fromIamCertificate` without a protocol uses the CloudFront default and is not reported.',
};

function cfSafe(ctx: RuleContext): string {
  return ctx.floor === 'TLSv1.3' ? 'TLSv1.3_2025' : 'TLSv1.2_2021';
}

const cfViewerSetting = settingRule({
  meta: partMeta(cfViewerMeta, 'setting'),
  keys: /minimum_protocol_version|MinimumProtocolVersion|minimum-protocol-version/i,
  evaluate: (s, ctx, file) => {
    const lit = literalOf(s.value, s.form);
    const versions = lit ? cloudfrontViewerVersions(lit) : undefined;
    if (!lit || versions === undefined) return undefined;
    // Azure Front Door and others use other keys; GCP/Azure spell `TLS1_0`, not CloudFront names.
    if (file.kind === 'hcl') {
      const type = tfResourceType(file.code, s.keyStart);
      if (type && !/^aws_/.test(type)) return undefined;
    }
    const at = s.value.indexOf(lit);
    const fix = at >= 0 ? { start: s.valueStart + at, end: s.valueStart + at + lit.length, text: cfSafe(ctx) } : undefined;
    const cert = defaultCertificate(file, s.keyStart);
    if (cert === 'dynamic') return { versions, fix, severity: 'warning', why: 'applies when the distribution uses a custom certificate' };
    if (cert === 'true') {
      return {
        versions,
        severity: 'note',
        why: 'the default *.cloudfront.net certificate always allows TLSv1',
        instead: 'a custom certificate (`acm_certificate_arn`) with `minimum_protocol_version = "TLSv1.2_2021"`',
      };
    }
    return { versions, fix };
  },
  instead: (ctx) => `\`${cfSafe(ctx)}\``,
  examples: NO_EXAMPLES,
});

const cfViewerCdk = patternRule({
  meta: partMeta(cfViewerMeta, 'cdk'),
  pattern: /\bSecurityPolicyProtocol(?:\.|_)(SSL_V3|TLS_V1(?:_1)?(?:_2016)?)\b/,
  evaluate: (m, _ctx, file) => (comparedBefore(file.code, m.index) ? undefined : { versions: cloudfrontViewerVersions(m[1])! }),
  instead: '`SecurityPolicyProtocol.TLS_V1_2_2021`',
  examples: NO_EXAMPLES,
});

export const cloudfrontMinimumProtocol = combine(
  cfViewerMeta,
  {
    valid: [
      {
        file: 'cdn.tf',
        code: 'viewer_certificate {\n  acm_certificate_arn      = aws_acm_certificate.cert.arn\n  ssl_support_method       = "sni-only"\n  minimum_protocol_version = "TLSv1.2_2021"\n}',
      },
      {
        file: 'cdn.tf',
        code: 'viewer_certificate {\n  minimum_protocol_version = "TLSv1.2_2018"\n}',
        note: '`TLSv1.2_2018` is not `TLSv1`',
      },
      {
        file: 'cdn.tf',
        code: 'viewer_certificate {\n  cloudfront_default_certificate = true\n}',
        note: 'default certificate alone: nothing to change here',
      },
      {
        file: 'template.yaml',
        code: 'ViewerCertificate:\n  AcmCertificateArn: !Ref Cert\n  MinimumProtocolVersion: TLSv1.2_2019\n  SslSupportMethod: sni-only\n',
      },
      {
        file: 'lib/cdn.ts',
        code: 'new cloudfront.Distribution(this, "Dist", {\n  minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,\n});',
      },
      { file: 'cdn.tf', code: 'viewer_certificate {\n  minimum_protocol_version = var.min_tls\n}' },
      { file: 'frontdoor.tf', code: 'resource "azurerm_frontdoor" "x" {\n  minimum_protocol_version = "TLSv1"\n}', note: 'not CloudFront' },
    ],
    invalid: [
      {
        file: 'cdn.tf',
        code: 'viewer_certificate {\n  acm_certificate_arn      = aws_acm_certificate.cert.arn\n  ssl_support_method       = "sni-only"\n  minimum_protocol_version = "TLSv1"\n}',
        findings: ['4:3 TLSv1.0 TLSv1.1'],
        output:
          'viewer_certificate {\n  acm_certificate_arn      = aws_acm_certificate.cert.arn\n  ssl_support_method       = "sni-only"\n  minimum_protocol_version = "TLSv1.2_2021"\n}',
      },
      { file: 'cdn.tf', code: 'viewer_certificate {\n  minimum_protocol_version = "TLSv1.1_2016"\n}', findings: ['2:3 TLSv1.1'] },
      {
        file: 'template.yaml',
        code: 'DistributionConfig:\n  ViewerCertificate:\n    AcmCertificateArn: !Ref Cert\n    MinimumProtocolVersion: TLSv1_2016\n    SslSupportMethod: sni-only\n',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'template.json',
        code: '"ViewerCertificate": {\n  "IamCertificateId": "ASCA",\n  "MinimumProtocolVersion": "SSLv3",\n  "SslSupportMethod": "vip"\n}',
        findings: ['3:3 SSLv3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'cdn.tf',
        code: 'viewer_certificate {\n  cloudfront_default_certificate = true\n  minimum_protocol_version       = "TLSv1"\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        severity: 'note',
        note: 'the default certificate forces TLSv1: note only',
      },
      {
        file: 'lib/cdn.ts',
        code: 'viewerCertificate: cloudfront.ViewerCertificate.fromAcmCertificate(cert, {\n  securityPolicy: cloudfront.SecurityPolicyProtocol.TLS_V1_2016,\n}),',
        findings: ['2:30 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'cdn_stack.py',
        code: 'security_policy=cloudfront.SecurityPolicyProtocol.SSL_V3,',
        findings: ['1:28 SSLv3 TLSv1.0 TLSv1.1'],
      },
    ],
  },
  [cfViewerSetting, cfViewerCdk],
);

// N4: CloudFront → origin protocols.

const ORIGIN_ENUM = /^(?:[\w]{1,40}\.)*OriginSslPolicy[._]/;

const cfOriginMeta: RuleMeta = {
  id: 'aws/cloudfront-origin-ssl-protocols',
  title: 'CloudFront origin SSL protocols include legacy versions',
  description:
    '`origin_ssl_protocols` / `OriginSSLProtocols` (CDK `originSslProtocols`) lists the versions CloudFront may use to connect to a custom origin; `SSLv3`, `TLSv1` and `TLSv1.1` let the origin connection be downgraded.',
  ecosystem: 'AWS',
  catalogue: ['N4'],
  docs: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-customoriginconfig.html'],
  files: IAC_FILES,
  keywords: /origin_ssl_protocols|OriginSSLProtocols|originSslProtocols|OriginSslPolicy/,
  fixable: true,
  safe: 'origin_ssl_protocols = ["TLSv1.2"]',
  limits: 'Lists held in variables are unknown; a variable default is a warning.',
};

export const cloudfrontOriginProtocols = combine(
  cfOriginMeta,
  {
    valid: [
      {
        file: 'cdn.tf',
        code: 'custom_origin_config {\n  http_port              = 80\n  https_port             = 443\n  origin_protocol_policy = "https-only"\n  origin_ssl_protocols   = ["TLSv1.2"]\n}',
      },
      { file: 'template.yaml', code: 'CustomOriginConfig:\n  OriginProtocolPolicy: https-only\n  OriginSSLProtocols:\n    - TLSv1.2\n' },
      {
        file: 'lib/cdn.ts',
        code: 'new origins.HttpOrigin("api.example.com", {\n  originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],\n});',
      },
      { file: 'cdn.tf', code: 'origin_ssl_protocols = var.origin_ssl_protocols' },
      { file: 'cdn.tf', code: 'origin_ssl_protocols = concat(var.extra_protocols, ["TLSv1.2"])', note: 'an expression: unknown' },
      {
        file: 'deploy.ts',
        code: 'import { CloudFrontClient } from "@aws-sdk/client-cloudfront";\nconst c = { OriginSslProtocols: { Quantity: 1, Items: ["TLSv1.2"] }, OriginReadTimeout: 30 };',
      },
      { file: 'cdn.tf', code: '#origin_ssl_protocols = ["TLSv1", "TLSv1.1", "TLSv1.2"]\norigin_ssl_protocols = ["TLSv1.2"]' },
    ],
    invalid: [
      {
        file: 'cdn.tf',
        code: 'custom_origin_config {\n  origin_protocol_policy = "match-viewer"\n  origin_ssl_protocols   = ["TLSv1", "TLSv1.1", "TLSv1.2"]\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        output: 'custom_origin_config {\n  origin_protocol_policy = "match-viewer"\n  origin_ssl_protocols   = ["TLSv1.2"]\n}',
      },
      {
        file: 'template.yaml',
        code: 'CustomOriginConfig:\n  OriginProtocolPolicy: https-only\n  OriginSSLProtocols:\n    - SSLv3\n    - TLSv1\n',
        findings: ['4:7 SSLv3 TLSv1.0'],
      },
      {
        file: 'template.json',
        code: '"CustomOriginConfig": {\n  "OriginSSLProtocols": ["TLSv1.1", "TLSv1.2"]\n}',
        findings: ['2:3 TLSv1.1'],
      },
      {
        file: 'lib/cdn.ts',
        code: 'import * as origins from "aws-cdk-lib/aws-cloudfront-origins";\nnew origins.HttpOrigin("legacy.example.com", {\n  originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1, cloudfront.OriginSslPolicy.TLS_V1_2],\n});',
        findings: ['3:3 TLSv1.0'],
      },
      {
        file: 'scripts/create-distribution.js',
        code: "const { CloudFrontClient } = require('@aws-sdk/client-cloudfront');\nconst origin = {\n  CustomOriginConfig: {\n    OriginProtocolPolicy: 'https-only',\n    OriginSslProtocols: {\n      Quantity: 3,\n      Items: ['TLSv1', 'TLSv1.1', 'TLSv1.2'],\n    },\n  },\n};",
        findings: ['5:5 TLSv1.0 TLSv1.1'],
        note: 'CloudFront API shape with Quantity/Items',
      },
      {
        file: 'variables.tf',
        code: 'variable "origin_ssl_protocols" {\n  type    = list(string)\n  default = ["TLSv1", "TLSv1.1", "TLSv1.2"]\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'variable default',
      },
    ],
  },
  [
    settingRule({
      meta: partMeta(cfOriginMeta, 'setting'),
      keys: /origin_ssl_protocols|OriginSSLProtocols|originSslProtocols/i,
      evaluate: (s, ctx, file) => {
        if (/^\{/.test(s.value.trim())) {
          // AWS SDK / CloudFront API shape: `OriginSslProtocols: { Quantity: 3, Items: ['TLSv1', …] }`
          const items = /^\{[^}]{0,200}?\bItems["']?[ \t]*:[ \t]*\[([^\]]{0,200})\]/.exec(
            file.code.slice(s.valueStart, s.valueStart + 400),
          );
          const result = items ? evalList(tokenize(items[1])) : undefined;
          return result ? { versions: result.versions } : undefined;
        }
        const tokens = tokenize(s.value, s.valueStart, s.form === 'block-list' ? /[\s,"'[\]-]+/g : undefined).map((t) => ({
          ...t,
          text: t.text.replace(ORIGIN_ENUM, ''),
        }));
        // The list holds protocol names only; anything else (a function, a variable) makes it unknown.
        if (tokens.some((t) => !readVersion(t.text))) return undefined;
        const result = evalList(tokens);
        if (!result) return undefined;
        const keep = tokens.filter((t) => {
          const v = readVersion(t.text);
          return v && atLeast(ctx.floor) & setOf(v);
        });
        const plain = s.form !== 'block-list' && /^\s*"[^"]*"(?:\s*,\s*"[^"]*")*\s*$/.test(s.value);
        const fix =
          plain && keep.length > 0 ? { start: s.valueStart, end: s.valueEnd, text: keep.map((t) => `"${t.text}"`).join(', ') } : undefined;
        return { versions: result.versions, fix };
      },
      instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`["TLSv1.2"]` and a TLS 1.3 origin' : '`["TLSv1.2"]`'),
      examples: NO_EXAMPLES,
    }),
    settingRule({
      meta: partMeta(cfOriginMeta, 'default'),
      keys: /default/,
      where: (s, file) =>
        file.kind === 'hcl' &&
        /^variable\s+"[\w-]*origin_?ssl_?protocols[\w-]*"/i.test(enclosingBlocks(file.code, s.keyStart, 8000)[0]?.header ?? ''),
      evaluate: (s) => {
        const result = evalList(tokenize(s.value, s.valueStart));
        return result ? { versions: result.versions, severity: 'warning', why: 'the default of a variable' } : undefined;
      },
      instead: '`["TLSv1.2"]`',
      examples: NO_EXAMPLES,
    }),
  ],
);

// N5: API Gateway custom domain security policy.

const apigwMeta: RuleMeta = {
  id: 'aws/apigateway-security-policy',
  title: 'API Gateway custom domain allows TLS 1.0',
  description:
    'An API Gateway (REST) custom domain with `security_policy = "TLS_1_0"` (`SecurityPolicy: TLS_1_0`, Serverless `securityPolicy: tls_1_0`, CDK `SecurityPolicy.TLS_1_0`) accepts TLS 1.0 and 1.1.',
  ecosystem: 'AWS',
  catalogue: ['N5'],
  docs: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html'],
  files: IAC_FILES,
  keywords: /TLS_1_0/,
  fixable: true,
  safe: 'security_policy = "TLS_1_2"',
  limits: 'HTTP APIs (v2 domains) only accept TLS_1_2. Domains without a policy get the service default (TLS_1_2 for new domains).',
};

export const apigatewaySecurityPolicy = combine(
  apigwMeta,
  {
    valid: [
      {
        file: 'api.tf',
        code: 'resource "aws_api_gateway_domain_name" "api" {\n  domain_name     = "api.example.com"\n  security_policy = "TLS_1_2"\n}',
      },
      {
        file: 'api.tf',
        code: 'resource "aws_api_gateway_domain_name" "api" {\n  security_policy = "SecurityPolicy_TLS13_1_2_2021_06"\n}',
        note: 'enhanced policy names are unknown to the deny-list, hence quiet',
      },
      { file: 'serverless.yml', code: 'custom:\n  customDomain:\n    domainName: api.example.com\n    securityPolicy: tls_1_2\n' },
      {
        file: 'lib/api.ts',
        code: 'new apigw.DomainName(this, "Domain", {\n  domainName: "api.example.com",\n  securityPolicy: apigw.SecurityPolicy.TLS_1_2,\n});',
      },
      { file: 'lib/search.ts', code: 'if (policy === SecurityPolicy.TLS_1_0) { warn(); }', note: 'comparison only' },
      { file: 'api.tf', code: '# security_policy = "TLS_1_0"\nsecurity_policy = "TLS_1_2"' },
    ],
    invalid: [
      {
        file: 'api.tf',
        code: 'resource "aws_api_gateway_domain_name" "api" {\n  domain_name     = "api.example.com"\n  security_policy = "TLS_1_0"\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        output: 'resource "aws_api_gateway_domain_name" "api" {\n  domain_name     = "api.example.com"\n  security_policy = "TLS_1_2"\n}',
      },
      {
        file: 'template.yaml',
        code: 'ApiDomain:\n  Type: AWS::ApiGateway::DomainName\n  Properties:\n    DomainName: api.example.com\n    SecurityPolicy: TLS_1_0\n',
        findings: ['5:5 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'serverless.yml',
        code: 'custom:\n  customDomain:\n    domainName: api.example.com\n    securityPolicy: tls_1_0\n',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
        output: 'custom:\n  customDomain:\n    domainName: api.example.com\n    securityPolicy: tls_1_2\n',
      },
      {
        file: 'lib/api.ts',
        code: 'new apigw.DomainName(this, "Domain", {\n  securityPolicy: apigw.SecurityPolicy.TLS_1_0,\n});',
        findings: ['2:25 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'template.json',
        code: '{ "Type": "AWS::ApiGateway::DomainName", "Properties": { "SecurityPolicy": "TLS_1_0" } }',
        findings: ['1:58 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'stack.py',
        code: 'apigw.DomainNameOptions(domain_name="api.example.com", certificate=cert, security_policy=apigw.SecurityPolicy.TLS_1_0)',
        findings: ['1:96 TLSv1.0 TLSv1.1'],
      },
    ],
  },
  [
    settingRule({
      meta: partMeta(apigwMeta, 'setting'),
      keys: /security_policy|SecurityPolicy|security-policy/i,
      evaluate: (s) => {
        const lit = literalOf(s.value, s.form);
        if (!lit || !/^tls_1_0$/i.test(lit)) return undefined;
        const at = s.value.indexOf(lit);
        return {
          versions: range('TLSv1.0', 'TLSv1.2'),
          fix: { start: s.valueStart + at, end: s.valueStart + at + lit.length, text: lit === 'tls_1_0' ? 'tls_1_2' : 'TLS_1_2' },
        };
      },
      instead: '`TLS_1_2`',
      examples: NO_EXAMPLES,
    }),
    patternRule({
      meta: partMeta(apigwMeta, 'cdk'),
      pattern: /(?<![\w])SecurityPolicy(?:\.|_)TLS_1_0\b(?![ \t]*(?:[=!]=|=(?!=)))/,
      evaluate: (m, _ctx, file) => (comparedBefore(file.code, m.index) ? undefined : { versions: range('TLSv1.0', 'TLSv1.2') }),
      instead: '`SecurityPolicy.TLS_1_2`',
      examples: NO_EXAMPLES,
    }),
  ],
);

// N6: OpenSearch / Elasticsearch / CloudSearch domain endpoint policies.

const OPENSEARCH: Readonly<Record<string, VersionSet>> = {
  'policy-min-tls-1-0-2019-07': range('TLSv1.0', 'TLSv1.2'),
  tls_1_0: range('TLSv1.0', 'TLSv1.2'),
};

const osMeta: RuleMeta = {
  id: 'aws/opensearch-tls-security-policy',
  title: 'OpenSearch / CloudSearch endpoint allows TLS 1.0',
  description:
    'An OpenSearch, Elasticsearch Service or CloudSearch domain with `tls_security_policy = "Policy-Min-TLS-1-0-2019-07"` (CloudFormation `TLSSecurityPolicy`, CDK `TLSSecurityPolicy.TLS_1_0`) accepts TLS 1.0 and 1.1 on its HTTPS endpoint.',
  ecosystem: 'AWS',
  catalogue: ['N6'],
  docs: ['https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html'],
  files: IAC_FILES,
  keywords: /Policy-Min-TLS-1-0|TLSSecurityPolicy/,
  fixable: true,
  safe: 'tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"',
  limits:
    'A domain without `tls_security_policy` uses the provider/service default, which was the TLS 1.0 policy in older AWS provider versions; it is not reported.',
};

export const opensearchTlsPolicy = combine(
  osMeta,
  {
    valid: [
      {
        file: 'search.tf',
        code: 'domain_endpoint_options {\n  enforce_https       = true\n  tls_security_policy = "Policy-Min-TLS-1-2-2019-07"\n}',
      },
      { file: 'search.tf', code: 'domain_endpoint_options {\n  tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"\n}' },
      { file: 'template.yaml', code: 'DomainEndpointOptions:\n  EnforceHTTPS: true\n  TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07\n' },
      { file: 'lib/search.ts', code: 'tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_2,' },
      { file: 'search.tf', code: 'tls_security_policy = var.tls_security_policy' },
    ],
    invalid: [
      {
        file: 'search.tf',
        code: 'domain_endpoint_options {\n  enforce_https       = true\n  tls_security_policy = "Policy-Min-TLS-1-0-2019-07"\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        output: 'domain_endpoint_options {\n  enforce_https       = true\n  tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"\n}',
      },
      {
        file: 'template.yaml',
        code: 'DomainEndpointOptions:\n  EnforceHTTPS: true\n  TLSSecurityPolicy: Policy-Min-TLS-1-0-2019-07\n',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'lib/search.ts',
        code: 'new opensearch.Domain(this, "Domain", {\n  tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_0,\n});',
        findings: ['2:33 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'cloudsearch.tf',
        code: 'resource "aws_cloudsearch_domain" "x" {\n  endpoint_options {\n    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"\n  }\n}',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
      },
    ],
  },
  [
    settingRule({
      meta: partMeta(osMeta, 'setting'),
      keys: /tls_security_policy|TLSSecurityPolicy|tls-security-policy/i,
      evaluate: (s) => {
        const lit = literalOf(s.value, s.form);
        if (!lit || !/^policy-min-tls-1-0-/i.test(lit)) return undefined;
        const at = s.value.indexOf(lit);
        return {
          versions: OPENSEARCH['policy-min-tls-1-0-2019-07'],
          fix: { start: s.valueStart + at, end: s.valueStart + at + lit.length, text: 'Policy-Min-TLS-1-2-PFS-2023-10' },
        };
      },
      instead: '`Policy-Min-TLS-1-2-PFS-2023-10` (or `Policy-Min-TLS-1-2-2019-07`)',
      examples: NO_EXAMPLES,
    }),
    patternRule({
      meta: partMeta(osMeta, 'cdk'),
      pattern: /\bTLSSecurityPolicy(?:\.|_)TLS_1_0\b(?![ \t]*(?:[=!]=|=(?!=)))/,
      evaluate: (m, _ctx, file) => (comparedBefore(file.code, m.index) ? undefined : { versions: OPENSEARCH.tls_1_0 }),
      instead: '`TLSSecurityPolicy.TLS_1_2`',
      examples: NO_EXAMPLES,
    }),
  ],
);

// N7 (and N10's flexible-server parameters): database parameters set through IaC.

export const DB_PARAMETERS = /rds\.tls1[01]|(?:admin_)?tls_version|ssl_min_protocol_version|ssl_max_protocol_version/;

/** What a TLS-related database parameter value enables; with a fix when it is mechanical. */
export function dbParameter(name: string, value: string, valueStart: number, ctx: RuleContext): Evaluation | undefined {
  const key = name.toLowerCase();
  const v = value.trim();
  if (key === 'rds.tls10' || key === 'rds.tls11') {
    if (!/^(?:enabled|1|on|true)$/i.test(v)) return undefined;
    return {
      versions: setOf(key === 'rds.tls10' ? 'TLSv1.0' : 'TLSv1.1'),
      fix: { start: valueStart, end: valueStart + value.length, text: 'disabled' },
    };
  }
  if (key === 'ssl_min_protocol_version') {
    const ver = readVersion(v);
    if (!ver) return undefined;
    const spelled = respell(v, ctx.floor);
    return { versions: atLeast(ver), fix: spelled ? { start: valueStart, end: valueStart + value.length, text: spelled } : undefined };
  }
  if (key === 'ssl_max_protocol_version') {
    const ver = readVersion(v);
    return ver ? { versions: atMost(ver), why: `the maximum is ${ver}` } : undefined;
  }
  const tokens = tokenize(value, valueStart);
  const result = evalList(tokens);
  if (!result) return undefined;
  const kept = tokens.filter((t) => {
    const ver = readVersion(t.text);
    return !ver || atLeast(ctx.floor) & setOf(ver);
  });
  const sep = /,\s*/.exec(value)?.[0] ?? ',';
  const fix = kept.length > 0 ? { start: valueStart, end: valueStart + value.length, text: kept.map((t) => t.text).join(sep) } : undefined;
  return { versions: result.versions, fix };
}

const DB_CONTEXT =
  /\bparameter[ \t]*\{|ParameterGroup|parameter_group|DBParameter|db_parameter|cluster_parameter|\brds\b|rds\.|aurora|Microsoft\.DBfor|flexible_?server|flexibleServers|_configuration"/i;

const NAME_VALUE = new RegExp(`\\bname["']?[ \\t]*[:=][ \\t]*[^\\n]{0,150}?(?<![\\w.])(${DB_PARAMETERS.source})(?![\\w.])`, 'gi');

/**
 * `parameter { name = "rds.tls10" value = "enabled" }`, `{ name: 'tls_version', value: '…' }`,
 * `azurerm_*_flexible_server_configuration { name = "…" value = "…" }`, Bicep/ARM configuration
 * resources: a parameter name and the `value` in the same block.
 */
export function* nameValueParameters(
  file: SourceFile,
): Generator<{ name: string; nameAt: number; value: string; valueStart: number; end: number }> {
  const code = file.code;
  // Only database parameter lists: a `name: TLS_VERSION` / `value:` pair elsewhere is an env var.
  if (!fileFlag(file, 'db-params', (f) => DB_CONTEXT.test(f.code))) return;
  NAME_VALUE.lastIndex = 0;
  for (let m = NAME_VALUE.exec(code); m; m = NAME_VALUE.exec(code)) {
    const nameAt = m.index;
    const block = innermostBlock(code, nameAt);
    const from = block && block.text.length < 4000 ? block.start : nameAt;
    const text = block && block.text.length < 4000 ? block.text : code.slice(nameAt, nameAt + 300);
    const v = /\bvalue["']?[ \t]*[:=][ \t]*(["'])([^"'\n]{1,200})\1/i.exec(text);
    if (!v) continue;
    const valueStart = from + v.index + v[0].length - 1 - v[2].length;
    yield { name: m[1], nameAt, value: v[2], valueStart, end: Math.max(m.index + m[0].length, valueStart + v[2].length + 1) };
  }
}

/** Whether a parameter at `offset` belongs to an Azure database server (not an RDS parameter group). */
export function isAzureParameter(file: SourceFile, offset: number): boolean {
  if (file.kind === 'hcl') {
    const type = tfResourceType(file.code, offset);
    if (type) return /^(?:azurerm|azapi)_/.test(type);
  }
  return fileFlag(file, 'azure-db', (f) => /Microsoft\.DBfor|azurerm_|azure-native|azure_native/.test(f.code));
}

const rdsMeta: RuleMeta = {
  id: 'aws/rds-parameter-tls',
  title: 'RDS / Aurora parameter group enables legacy TLS',
  description:
    'DB parameter groups decide which versions the database endpoint accepts: SQL Server `rds.tls10` / `rds.tls11` = `enabled`, MySQL/Aurora `tls_version` listing TLSv1 or TLSv1.1, PostgreSQL `ssl_min_protocol_version = TLSv1` / `TLSv1.1`.',
  ecosystem: 'AWS',
  catalogue: ['N7'],
  docs: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/SQLServer.Concepts.General.SSL.Using.html',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html',
  ],
  files: IAC_FILES,
  keywords: /rds\.tls1|tls_version|ssl_min_protocol_version|ssl_max_protocol_version/,
  fixable: true,
  safe: 'parameter { name = "rds.tls10" value = "disabled" }',
  limits:
    'Parameters left at `default` follow the engine version (SQL Server enables TLS 1.0/1.1 by default on older versions); they are not reported.',
};

export const rdsParameterTls = combine(
  rdsMeta,
  {
    valid: [
      {
        file: 'rds.tf',
        code: 'resource "aws_db_parameter_group" "mssql" {\n  family = "sqlserver-se-15.0"\n  parameter {\n    name         = "rds.tls10"\n    value        = "disabled"\n    apply_method = "pending-reboot"\n  }\n}',
      },
      {
        file: 'rds.tf',
        code: 'resource "aws_db_parameter_group" "pg" {\n  parameter {\n    name  = "ssl_min_protocol_version"\n    value = "TLSv1.2"\n  }\n}',
      },
      { file: 'rds.tf', code: 'parameter {\n  name  = "tls_version"\n  value = "TLSv1.2,TLSv1.3"\n}', note: 'TLSv1.2 is not TLSv1' },
      { file: 'rds.tf', code: 'parameter {\n  name  = "rds.tls11"\n  value = "default"\n}' },
      {
        file: 'template.yaml',
        code: 'DBParameterGroup:\n  Type: AWS::RDS::DBParameterGroup\n  Properties:\n    Parameters:\n      rds.tls10: disabled\n      rds.tls11: disabled\n',
      },
      { file: 'rds.tf', code: 'parameter {\n  name  = "ssl_min_protocol_version"\n  value = var.min_tls\n}' },
      {
        file: 'k8s/deployment.yaml',
        code: 'env:\n  - name: TLS_VERSION\n    value: "TLSv1"\n',
        note: 'an environment variable, not a parameter group',
      },
    ],
    invalid: [
      {
        file: 'rds.tf',
        code: 'resource "aws_db_parameter_group" "mssql" {\n  family = "sqlserver-se-15.0"\n  parameter {\n    name         = "rds.tls10"\n    value        = "enabled"\n    apply_method = "pending-reboot"\n  }\n}',
        findings: ['4:5 TLSv1.0'],
        output:
          'resource "aws_db_parameter_group" "mssql" {\n  family = "sqlserver-se-15.0"\n  parameter {\n    name         = "rds.tls10"\n    value        = "disabled"\n    apply_method = "pending-reboot"\n  }\n}',
      },
      {
        file: 'rds.tf',
        code: 'resource "aws_rds_cluster_parameter_group" "aurora" {\n  parameter {\n    name  = "tls_version"\n    value = "TLSv1,TLSv1.1,TLSv1.2"\n  }\n}',
        findings: ['4:14 TLSv1.0 TLSv1.1'],
        output:
          'resource "aws_rds_cluster_parameter_group" "aurora" {\n  parameter {\n    name  = "tls_version"\n    value = "TLSv1.2"\n  }\n}',
      },
      {
        file: 'rds.tf',
        code: 'parameter {\n  value = "TLSv1"\n  name  = "ssl_min_protocol_version"\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        note: 'value before name',
      },
      {
        file: 'template.yaml',
        code: 'SqlParams:\n  Type: AWS::RDS::DBParameterGroup\n  Properties:\n    Family: sqlserver-ex-15.0\n    Parameters:\n      rds.tls10: enabled\n      rds.tls11: "enabled"\n',
        findings: ['6:7 TLSv1.0', '7:7 TLSv1.1'],
      },
      {
        file: 'template.json',
        code: '{"Type": "AWS::RDS::DBClusterParameterGroup", "Properties": {"Parameters": {"ssl_min_protocol_version": "TLSv1.1"}}}',
        findings: ['1:77 TLSv1.1'],
      },
      {
        file: 'lib/db.ts',
        code: 'import * as rds from "aws-cdk-lib/aws-rds";\nnew rds.ParameterGroup(this, "Params", {\n  engine,\n  parameters: { "rds.tls11": "enabled" },\n});',
        findings: ['4:17 TLSv1.1'],
      },
    ],
  },
  [
    {
      meta: partMeta(rdsMeta, 'pair'),
      examples: NO_EXAMPLES,
      *check(file, ctx) {
        for (const p of nameValueParameters(file)) {
          if (isAzureParameter(file, p.nameAt)) continue;
          const e = dbParameter(p.name, p.value, p.valueStart, ctx);
          if (!e) continue;
          yield {
            start: p.nameAt,
            end: p.end,
            versions: e.versions,
            what: `parameter ${p.name} = ${p.value}`,
            why: e.why,
            instead: rdsInstead(p.name),
            fix: e.fix,
          };
        }
      },
    },
    {
      meta: partMeta(rdsMeta, 'map'),
      examples: NO_EXAMPLES,
      *check(file, ctx) {
        if (!file.matches(/ParameterGroup|parameter_group/) || file.matches(/Microsoft\.DBfor|azurerm_/)) return;
        for (const s of findSettings(file, DB_PARAMETERS, { spaceSeparated: false })) {
          if (s.form !== 'quoted' && s.form !== 'bare') continue;
          const e = dbParameter(s.key, s.value, s.valueStart, ctx);
          if (!e) continue;
          yield {
            start: s.keyStart,
            end: s.end,
            versions: e.versions,
            what: `${s.key}: ${s.value}`,
            why: e.why,
            instead: rdsInstead(s.key),
            fix: e.fix,
          };
        }
      },
    },
  ],
);

function rdsInstead(name: string): string {
  if (/^rds\./i.test(name)) return `\`${name} = disabled\``;
  if (/min_protocol/i.test(name)) return '`ssl_min_protocol_version = TLSv1.2`';
  if (/max_protocol/i.test(name)) return '`ssl_max_protocol_version = TLSv1.3` (or leave it unset)';
  return '`tls_version = TLSv1.2,TLSv1.3`';
}

export const rules: readonly Rule[] = [
  elbSslPolicy,
  elbListenerDefaultPolicy,
  elbClassicProtocolAttribute,
  cloudfrontMinimumProtocol,
  cloudfrontOriginProtocols,
  apigatewaySecurityPolicy,
  opensearchTlsPolicy,
  rdsParameterTls,
];
