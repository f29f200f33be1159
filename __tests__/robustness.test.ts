/**
 * Every rule over hostile input: long single lines built from its own keywords (unterminated quotes
 * and brackets, endless lists, white space, words), its own setting cut short and repeated with
 * nothing that would end it, its first invalid example repeated, and invalid UTF-8.
 *
 * Linearity is shown by comparing two sizes rather than by one huge input: each rule reads each
 * hostile text at 2 KiB and at 32 KiB (the cut-short setting at 8 and 128 KiB, where a rescan from
 * every match costs little per character and needs the size to show). A linear scan grows with the
 * size, a quadratic one with its square, so the check fails the super-linear bug class in seconds
 * where a 1 MiB input per rule took a minute. Times are CPU times (a busy machine deschedules a
 * process for longer than a small input takes to read); the small size is timed five times and the
 * fastest run kept, and sizes that look super-linear are timed again over a few rounds, then once more at
 * four times the large size (where caches no longer flatter either size), before they fail.
 *
 * Robustness is shown by outcomes: a rule's invalid examples next to its hostile lines, or between
 * invalid UTF-8 and control bytes, are still found at their own lines and columns.
 */
import { describe, expect, test } from 'vitest';
import { checkFile, RuleIndex } from '../src/scan/engine.js';
import { decode, SourceFile } from '../src/scan/source.js';
import { RULES } from '../src/scan/rules/index.js';
import type { InvalidExample, Rule } from '../src/scan/rule.js';
import type { Finding } from '../src/scan/finding.js';
import { byPosition, describeFinding } from './rule-tester.js';
import { cpuMs } from './helpers/cpu-time.js';

/** The two sizes each shape is read at; a linear scan grows as the size does. */
const SIZES = { small: 2 * 1024, large: 32 * 1024 };
/**
 * The rule's own setting, cut short and repeated, and the rule shapes (RULE_SHAPES) are where a
 * pattern that rescans to the end of the text, or from its start, for every match shows; that costs
 * little per character, so they are read at larger sizes.
 */
const SIZES_OF: Readonly<Record<string, typeof SIZES>> = {
  'settings without terminators': { small: 8 * 1024, large: 128 * 1024 },
  'rule shape': { small: 8 * 1024, large: 128 * 1024 },
};
/**
 * How much more than the size the time may grow: the cost per character rises somewhat with size
 * (caches, garbage collection), while a quadratic scan grows by the size once more (16×).
 */
const MAX_EXTRA_GROWTH = 4;
const SLACK_MS = 1;
/**
 * The confirming step when the first looks super-linear: the large size times STEP. Past cache
 * effects a linear scan grows by STEP, a quadratic one by STEP²; the bound is halfway (in ratio).
 */
const STEP = 4;
const MAX_STEP_GROWTH = 2;

/**
 * Rules known to be super-linear on a shape: bugs to fix, not accepted costs. Their shapes are left
 * out of the check until then (take a rule out of this list to see its numbers).
 */
const KNOWN_SUPERLINEAR: Readonly<Record<string, readonly string[]>> = {};

/**
 * Shapes the generic texts do not build, each of which made its rule rescan the file per match: a
 * file kind other than the first example's, or many references to something the file never
 * declares (a variable, a constant, a `[section]`, a `---`, a `;`). A line repeated, read as `file`
 * at the larger sizes.
 */
const RULE_SHAPES: Readonly<Record<string, readonly { readonly file: string; readonly line: string }[]>> = {
  'gcp/ssl-policy-default': [{ file: 'k8s/policy.yaml', line: 'kind: ComputeSSLPolicy' }],
  'generic/tls-version-setting': [
    { file: 'roles/x/defaults/main.yml', line: "- name: 'app_ssl_versions' value: [ 'tlsv1.1'," },
    { file: 'roles/x/defaults/main.yml', line: 'app_tls_protocols: \'{{ "TLSv1" if old else "TLSv1.1" if' },
    { file: 'deploy/parser.py', line: "m['TOMCAT_SSL_VERSION_RANGE_SLOT'] = \\" },
    { file: 'conf/site.xml', line: '<name>app.tls.protocols</name><value>TLSv1' },
    { file: 'main.tf', line: 'tls_min_version = try(coalesce(lookup(var.m, "a", "TLS1_0"), "x", ' },
  ],
  'postfix/tls-protocols': [{ file: 'roles/postfix/defaults/main.yml', line: "- name: 'smtpd_tls_protocols' key: value: [ '!SSLv2'," }],
  'rust/reqwest-tls-version': [{ file: 'src/main.rs', line: 'let c = Client::builder().min_tls_version(Version::TLS_1_0)' }],
  'dotnet/appcontext-tls-switch': [{ file: 'src/A.cs', line: 'AppContext.SetSwitch(Sw.DontEnableSchUseStrongCrypto, true);' }],
  'dotnet/winhttp-option-secure-protocols': [{ file: 'src/a.vbs', line: 'req.Option(9) = FLAGS' }],
  'windows/powershell-security-protocol': [{ file: 'a.ps1', line: '[Net.ServicePointManager]::SecurityProtocol = $p' }],
  'windows/send-mailmessage-defaults': [{ file: 'a.ps1', line: 'Send-MailMessage @params' }],
  'cli/git-ssl-version': [{ file: '.gitconfig', line: 'sslVersion = tlsv1.0' }],
  'python/ssl-protocol-constant': [{ file: 'app/tls.py', line: 'ctx = SSL.Context(SSL.SSLv23_METHOD)' }],
  'windows/dotnet-strong-crypto-off': [{ file: 'setup.ps1', line: "Name = 'SchUseStrongCrypto'" }],
  'windows/secure-protocols-mask': [{ file: 'setup.ps1', line: "Name = 'DefaultSecureProtocols'" }],
  'java/sslcontext-protocol': [{ file: 'src/Factory.java', line: 'SSLContext ctx = SSLContext.getInstance(protocol);' }],
  'java/enabled-protocols': [
    { file: 'etc/jetty-ssl.xml', line: '<Set name="IncludeProtocols"><Array type="String"><Item>TLSv1</Item></Array>' },
  ],
};

function keywordsOf(rule: Rule): string[] {
  return rule.meta.keywords.source
    .replace(/\(\?:|[()^$]/g, '')
    .split('|')
    .map((k) => k.replace(/\\(.)/g, '$1').replace(/\[.*?\]|[?*+]/g, ''))
    .filter((k) => k.length > 0);
}

function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Offset of an example's first finding in its code. */
function settingStart(example: InvalidExample): number {
  const [line, column] = example.findings[0].split(' ')[0].split(':').map(Number);
  return (
    example.code
      .split('\n')
      .slice(0, line - 1)
      .reduce((n, l) => n + l.length + 1, 0) +
    column -
    1
  );
}

/** Texts of about `size` characters that make a careless pattern rescan or backtrack. */
function hostileTexts(rule: Rule, size: number): Record<string, string> {
  const kw = keywordsOf(rule)[0] ?? 'x';
  const all = keywordsOf(rule).join(' ');
  const example = rule.examples.invalid[0];
  const setting = example.code.slice(settingStart(example), settingStart(example) + 48);
  return {
    'endless list': `${kw} ${fill('TLSv1 ', size)}`,
    'unterminated bracket': `${kw}=[${fill('TLSv1,', size)}`,
    'unclosed lists': fill(`${kw}=[TLSv1 ${kw}=(TLSv1 `, size),
    'unterminated quotes': fill(`${kw}: "TLSv1 `, size),
    'endless white space': `${kw}${fill(' ', size)}`,
    'keywords and operators': fill(`${all} = : , | ( [ { " ' +TLSv1 -SSLv3 !TLSv1.1 `, size),
    'endless word': `${kw}=${fill('a', size)}`,
    'nested openers': fill(`${kw}(${kw}[{"`, size),
    // The rule's own setting: cut short with nothing that would end it; the whole example, repeated.
    'settings without terminators': fill(`${setting.replace(/[;)\]}>"'`\r\n]/g, ' ')} `, size),
    'example repeated': fill(`${example.code}\n`, size),
  };
}

/**
 * Shapes that leave nothing open go before an example: a bracket, a quote or a statement left open
 * on an earlier line (`SecurityProtocol=aaaa…` with no `;`) may legitimately change what the
 * following lines mean. Every other shape goes after it.
 */
const CLOSED_SHAPES = new Set(['endless list', 'endless white space']);

function check(rule: Rule, path: string, text: string, floor: InvalidExample['floor'] = 'TLSv1.2'): Finding[] {
  const file = new SourceFile(path, text);
  return checkFile(file, new RuleIndex([rule]).select(file), { minVersion: floor, failOn: 'error' }).filter(
    (f) => f.ruleId === rule.meta.id,
  );
}

/**
 * CPU milliseconds to read the text (comment masking, keyword test, the rule). CPU time, not wall
 * time: on a busy machine a process is descheduled for longer than a small input takes to read.
 */
function time(rule: Rule, path: string, text: string): number {
  return cpuMs(() => check(rule, path, text)).ms;
}

function fastest(runs: number, measure: () => number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, measure());
  return best;
}

/** Each finding as the examples state it, moved down by `lines`. */
function shifted(example: InvalidExample, lines: number): string[] {
  return example.findings.map((f) => f.replace(/^(\d+)/, (n) => String(Number(n) + lines)));
}

function expectLinear(rule: Rule, path: string, shape: string, text = (size: number) => hostileTexts(rule, size)[shape]): void {
  const { small, large } = SIZES_OF[shape] ?? SIZES;
  const smallText = text(small);
  const largeText = text(large);
  const bound = (a: number) => MAX_EXTRA_GROWTH * (large / small) * a + SLACK_MS;
  let a = fastest(5, () => time(rule, path, smallText));
  let b = time(rule, path, largeText);
  // Looks super-linear: measure both sizes again, spread over a few rounds, and keep the fastest.
  for (let round = 0; round < 3 && b > bound(a); round++) {
    a = Math.min(
      a,
      fastest(3, () => time(rule, path, smallText)),
    );
    b = Math.min(b, time(rule, path, largeText));
  }
  if (b < bound(a)) return;
  // Still looks super-linear. A small text can be read from warm caches on an idle core and a
  // large one not (CI runs test files side by side), which flatters the small time. Take one more
  // step, four times larger, where both texts are past those effects: a linear scan now grows
  // about fourfold, a quadratic one sixteenfold.
  const largerText = text(large * STEP);
  const c = fastest(2, () => time(rule, path, largerText));
  expect(
    c,
    `${shape}: ${a.toFixed(2)} ms at ${small / 1024} KiB, ${b.toFixed(2)} ms at ${large / 1024} KiB, ` +
      `${c.toFixed(2)} ms at ${(large * STEP) / 1024} KiB`,
  ).toBeLessThan(MAX_STEP_GROWTH * STEP * b + SLACK_MS);
}

describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  const path = rule.examples.invalid[0].file;
  const known = KNOWN_SUPERLINEAR[id] ?? [];
  const shapes = Object.keys(hostileTexts(rule, 1));

  test('hostile text: time grows linearly with its length', () => {
    for (const shape of shapes.filter((s) => !known.includes(s))) expectLinear(rule, path, shape);
    for (const { file, line } of RULE_SHAPES[id] ?? []) {
      expectLinear(rule, file, 'rule shape', (size) => fill(`${line}\n`, size));
    }
  });

  test('invalid examples next to hostile lines are still found in place', () => {
    const noise = hostileTexts(rule, 512);
    for (const example of rule.examples.invalid) {
      for (const [shape, line] of Object.entries(noise)) {
        const text = CLOSED_SHAPES.has(shape) ? `${line}\n\n${example.code}\n` : `\n\n${example.code}\n${line}\n`;
        const found = check(rule, example.file, text, example.floor).map(describeFinding);
        expect(found, `${example.code}\nnext to ${shape}`).toEqual(expect.arrayContaining(shifted(example, 2)));
      }
    }
  });

  test('invalid UTF-8 and control bytes around an example leave its findings in place', () => {
    const garbage = Buffer.from([0xff, 0xc3, 0x28, 0x0d, 0x0a, 0xe2, 0x82, 0x00, 0xc0, 0xaf, 0x0a]);
    for (const example of rule.examples.invalid) {
      const text = decode(Buffer.concat([garbage, Buffer.from(`${example.code}\n`), garbage]));
      const found = check(rule, example.file, text, example.floor).sort(byPosition).map(describeFinding);
      expect(found, example.code).toEqual(shifted(example, 2));
    }
  });
});
