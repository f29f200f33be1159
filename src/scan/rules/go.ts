/**
 * Go and the Go-based infrastructure that takes Go's TLS vocabulary: crypto/tls `MinVersion` /
 * `MaxVersion`, GODEBUG settings that restore TLS 1.0 defaults, Kubernetes control-plane flags and
 * KubeletConfiguration, OpenShift TLS security profiles, HashiCorp Vault/Consul/Nomad (and the
 * other Go servers that share their `tls_min_version` key), Prometheus `web.yml`, Traefik TLS
 * options and Caddy v1.
 */
import { atLeast, atMost, range, setOf, versionIndex, type Version, type VersionSet } from '../../versions.js';
import { readVersion, respell } from '../evaluate.js';
import { clip, settingRule, settingTokens, type Evaluator } from '../define.js';
import type { Example, InvalidExample, Match, Rule, RuleContext, RuleMeta } from '../rule.js';
import type { Severity } from '../../policy.js';
import type { SourceFile } from '../source.js';
import { lastNewline, nextNewline } from '../source.js';
import type { FileKind } from '../file-kinds.js';

// ---------------------------------------------------------------------------------------------
// Local helpers

function makeRule(
  meta: RuleMeta,
  examples: { valid: readonly Example[]; invalid: readonly InvalidExample[] },
  check: (file: SourceFile, context: RuleContext) => Iterable<Match>,
): Rule {
  return { meta, examples, check };
}

/** A rule that runs `base` and then extra matchers over the same file. */
function withExtra(base: Rule, extra: (file: SourceFile, context: RuleContext) => Iterable<Match>): Rule {
  return {
    meta: base.meta,
    examples: base.examples,
    *check(file, context) {
      yield* base.check(file, context);
      yield* extra(file, context);
    },
  };
}

/** The text of the line that holds `offset`, up to `offset`. */
function lineBefore(code: string, offset: number): string {
  return code.slice(lastNewline(code, offset - 1) + 1, offset);
}

/** Files without a known comment syntax (Nix, unit files) are not masked: skip lines that are comments. */
function notCommented(s: { keyStart: number }, file: SourceFile): boolean {
  return !/^[ \t]*(?:#|\/\/|;)/.test(lineBefore(file.code, s.keyStart));
}

/** Evaluates a minimum or maximum setting; `accept` filters the raw first token. */
function minMax(isMax: (key: string) => boolean, accept?: (token: string) => boolean, bareNumbers = false): Evaluator {
  const spelling = { bareNumbers };
  return (s, ctx) => {
    const token = settingTokens(s)[0];
    if (!token) return undefined;
    const raw = token.text.replace(/^[:'"`]+|['"`]+$/g, '');
    if (accept && !accept(raw)) return undefined;
    const v = readVersion(raw, spelling);
    if (!v) return undefined;
    const start = token.start + token.text.indexOf(raw);
    const end = start + raw.length;
    if (isMax(s.key)) {
      const to = respell(raw, 'TLSv1.3');
      return {
        versions: atMost(v),
        why: `the maximum is ${v}`,
        fix: to && readVersion(to, spelling) === 'TLSv1.3' ? { start, end, text: to } : undefined,
      };
    }
    const to = respell(raw, ctx.floor);
    return { versions: atLeast(v), fix: to && readVersion(to, spelling) === ctx.floor ? { start, end, text: to } : undefined };
  };
}

// ---------------------------------------------------------------------------------------------
// F1–F3: crypto/tls MinVersion / MaxVersion

const GO_NUMERIC: Readonly<Record<string, Version>> = {
  '0x0300': 'SSLv3',
  '0x0301': 'TLSv1.0',
  '0x0302': 'TLSv1.1',
  '0x0303': 'TLSv1.2',
  '0x0304': 'TLSv1.3',
  '768': 'SSLv3',
  '769': 'TLSv1.0',
  '770': 'TLSv1.1',
  '771': 'TLSv1.2',
  '772': 'TLSv1.3',
};

const GO_VERSION_VALUE = /^(?:Version(?:TLS1[0-3]|SSL30)|0[xX]030[0-4]|7(?:6[89]|7[0-2]))$/;

/** A Go version constant or number (`tls.VersionTLS10` without its package, `0x0301`, `769`). */
function goVersion(token: string): Version | undefined {
  if (!GO_VERSION_VALUE.test(token)) return undefined;
  return GO_NUMERIC[token.toLowerCase()] ?? readVersion(token);
}

/** `target` spelled like `token`: `VersionTLS10` → `VersionTLS12`, `0x0301` → `0x0303`, `769` → `771`. */
function goSpell(token: string, target: Version): string {
  const i = versionIndex(target);
  if (/^0[xX]/.test(token)) return `${token.slice(0, 2)}030${i - 1}`;
  if (/^\d+$/.test(token)) return String(767 + i);
  return `VersionTLS1${i - 2}`;
}

const GO_KEYWORDS = new Set(['nil', 'true', 'false', 'return', 'func', 'map', 'struct', 'case', 'default', 'iota']);

const GO_SETTING =
  /(?<![\w$])(Min|Max)Version[ \t]*(?::(?!=)|=(?!=))[ \t]*(?:uint16\([ \t]*)?(?:([A-Za-z_]\w*)\.|(["`]))?(Version(?:TLS1[0-3]|SSL30)\b|0[xX]030[0-4]\b|7(?:6[89]|7[0-2])\b|[A-Za-z_]\w*(?![\w.([]))/g;

/** Every value assigned to a plain identifier in the file: `x := tls.VersionTLS10`, `const x = 0x0301`. */
function assignedVersions(code: string, name: string): { versions: Version[]; unknown: boolean } {
  // An identifier is short; a hostile megabyte-long "name" must not become a regular expression.
  if (name.length > 128) return { versions: [], unknown: true };
  const re = new RegExp(
    `(?<![\\w.$])${name}(?:[ \\t]+(?:uint16|[A-Za-z_]\\w*\\.[A-Za-z_]\\w*))?[ \\t]*(?::=|=(?!=))[ \\t]*(?:uint16\\([ \\t]*)?(?:[A-Za-z_]\\w*\\.)?([\\w]+)`,
    'g',
  );
  const versions: Version[] = [];
  // Assigned with others (`min, max, err := parse(…)`) or received as a parameter: unknown.
  let unknown =
    new RegExp(`(?<![\\w.$])${name}[ \\t]*,[^=\\n;]{0,120}(?::=|=(?!=))`).test(code) ||
    new RegExp(`[(,][ \\t]*${name}[ \\t]+[\\w.]+[ \\t]*[,)]`).test(code);
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const v = goVersion(m[1]);
    if (v) versions.push(v);
    else unknown = true;
  }
  return { versions, unknown };
}

const goTlsConfigVersion = makeRule(
  {
    id: 'go/tls-config-version',
    title: 'Go tls.Config MinVersion/MaxVersion allows legacy TLS',
    description:
      'crypto/tls `Config.MinVersion` is the lowest version a client or server negotiates; `tls.VersionTLS10`, `VersionTLS11` or `VersionSSL30` (also written `0x0301`, `769`) re-enable versions that Go no longer uses by default. `MaxVersion` below TLS 1.2 caps connections to legacy versions. Struct literals and field assignments (`cfg.MinVersion = …`) are both settings; comparisons, `switch` cases and maps of version names are not.',
    ecosystem: 'Go & Kubernetes',
    catalogue: ['F1', 'F2', 'F3', 'F5'],
    docs: ['https://pkg.go.dev/crypto/tls#Config', 'https://go.dev/doc/godebug#go-122'],
    files: { kinds: ['go'] },
    keywords: /MinVersion|MaxVersion/,
    fixable: true,
    safe: 'MinVersion: tls.VersionTLS12',
    limits:
      'A tls.Config without MinVersion (F5) is not reported: its floor is TLS 1.2 for clients built with Go 1.18+ and for servers built with Go 1.22+ whose main module says `go 1.22` or later, and TLS 1.0 otherwise — that depends on the toolchain and on go.mod of the main module, which a per-file scan cannot join (go.mod `godebug default=go1.21` and `tls10server=1` are reported by go/godebug-tls10). Values passed through function parameters or struct fields are unknown; a plain identifier is followed to its assignments in the same file. Findings in _test.go files and testdata are notes.',
  },
  {
    valid: [
      { file: 'server.go', code: 'cfg := &tls.Config{\n\tMinVersion: tls.VersionTLS12,\n}' },
      { file: 'server.go', code: 'cfg := &tls.Config{MinVersion: tls.VersionTLS13, MaxVersion: tls.VersionTLS13}' },
      {
        file: 'client.go',
        code: 'tlsCfg := &tls.Config{\n\tMinVersion: tls.VersionTLS12,\n\tMaxVersion: tls.VersionTLS12, // pinned for the HSM\n}',
        note: 'a maximum of TLS 1.2 is not legacy',
      },
      {
        file: 'internal/tlsutil/names.go',
        code: 'func versionName(v uint16) string {\n\tswitch v {\n\tcase tls.VersionTLS10:\n\t\treturn "TLS 1.0"\n\tcase tls.VersionTLS11:\n\t\treturn "TLS 1.1"\n\t}\n\treturn "unknown"\n}',
        note: 'switch cases name versions, they do not set them',
      },
      {
        file: 'pkg/config/tls.go',
        code: 'var tlsVersions = map[string]uint16{\n\t"VersionTLS10": tls.VersionTLS10,\n\t"VersionTLS11": tls.VersionTLS11,\n\t"VersionTLS12": tls.VersionTLS12,\n}',
        note: 'a map of accepted names is an enum, not a setting',
      },
      {
        file: 'proxy/listener.go',
        code: 'if cfg.MinVersion == 0 || cfg.MinVersion < tls.VersionTLS12 {\n\tcfg.MinVersion = tls.VersionTLS12\n}',
        note: 'comparisons, then a safe assignment',
      },
      { file: 'audit.go', code: 'if state.Version != tls.VersionTLS13 && conn.MinVersion <= tls.VersionTLS11 {\n\tlog.Print("old")\n}' },
      { file: 'main.go', code: '// cfg.MinVersion = tls.VersionTLS10\ncfg.MinVersion = tls.VersionTLS12', note: 'commented-out line' },
      { file: 'main.go', code: 'cfg := &tls.Config{\n\t/* MinVersion: tls.VersionTLS10, */\n\tMinVersion: cryptotls.VersionTLS13,\n}' },
      { file: 'conn.go', code: 'cfg := &tls.Config{MinVersion: opts.MinTLSVersion}', note: 'value from a field: unknown' },
      {
        file: 'conn.go',
        code: 'minVersion := tls.VersionTLS12\nif strict {\n\tminVersion = tls.VersionTLS13\n}\ncfg := &tls.Config{MinVersion: minVersion}',
        note: 'every assignment of the variable is safe',
      },
      { file: 'conn.go', code: 'cfg := &tls.Config{MinVersion: versions[name]}' },
      {
        file: 'pkg/tlsconfig/load.go',
        code: 'minVersion, maxVersion, err := parseProtocols(t.Protocols)\nif err != nil {\n\tminVersion = tls.VersionTLS10\n}\ncfg := &tls.Config{\n\tMinVersion:   minVersion,\n\tMaxVersion:   maxVersion,\n}',
        note: 'also assigned from a parser: unknown',
      },
      {
        file: 'tlsutil/config.go',
        code: 'func serverConfig(minVersion uint16) *tls.Config {\n\tif minVersion == 0 {\n\t\tminVersion = tls.VersionTLS10\n\t}\n\treturn &tls.Config{MinVersion: minVersion}\n}',
        note: 'a parameter: unknown',
      },
      { file: 'server.go', code: 'cfg := &tls.Config{MinVersion: 0x0303}' },
      {
        file: 'firmware/header.go',
        code: 'package firmware\n\nvar hdr = Header{Magic: 0xCAFE, MinVersion: 0x0300, MaxVersion: 769}',
        note: 'numbers in a file that does not use crypto/tls',
      },
      { file: 'server.go', code: 'type Options struct {\n\tMinVersion uint16\n\tMaxVersion uint16\n}' },
    ],
    invalid: [
      {
        file: 'server/tls.go',
        code: 'switch cfg.MinTLS {\ncase "1.0":\n\ttlsConf.MinVersion = tls.VersionTLS10\ncase "1.2":\n\ttlsConf.MinVersion = tls.VersionTLS12\n}',
        findings: ['3:10 TLSv1.0 TLSv1.1'],
        severity: 'note',
        note: 'a `case` for a configured name is a capability, judged as TLS-implementation code',
      },
      {
        file: 'server.go',
        code: 'cfg := &tls.Config{\n\tMinVersion: tls.VersionTLS10,\n}',
        findings: ['2:2 TLSv1.0 TLSv1.1'],
        output: 'cfg := &tls.Config{\n\tMinVersion: tls.VersionTLS12,\n}',
      },
      {
        file: 'client.go',
        code: 'transport.TLSClientConfig.MinVersion = tls.VersionTLS11',
        findings: ['1:27 TLSv1.1'],
        output: 'transport.TLSClientConfig.MinVersion = tls.VersionTLS12',
        note: 'field assignment (gosec misses it)',
      },
      {
        file: 'db/bolt.go',
        code: 'config := &tls.Config{\n\t\tMinVersion: tls.VersionTLS10,\n\t\tMaxVersion: tls.VersionTLS12,\n\t}',
        findings: ['2:3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'legacy.go',
        code: 'import cryptotls "crypto/tls"\n\nvar cfg = &cryptotls.Config{MinVersion: cryptotls.VersionSSL30}',
        findings: ['3:29 SSLv3 TLSv1.0 TLSv1.1'],
        note: 'alias import',
      },
      {
        file: 'smtp.go',
        code: 'c := &tls.Config{ServerName: host, MinVersion: 0x0301}',
        findings: ['1:36 TLSv1.0 TLSv1.1'],
        output: 'c := &tls.Config{ServerName: host, MinVersion: 0x0303}',
        note: 'hex value',
      },
      {
        file: 'smtp.go',
        code: 'c := &tls.Config{MinVersion: 770}',
        findings: ['1:18 TLSv1.1'],
        output: 'c := &tls.Config{MinVersion: 771}',
        note: 'decimal value',
      },
      {
        file: 'client.go',
        code: 'c := &tls.Config{MaxVersion: tls.VersionTLS11}',
        findings: ['1:18 TLSv1.0 TLSv1.1'],
        output: 'c := &tls.Config{MaxVersion: tls.VersionTLS13}',
        note: 'a cap below TLS 1.2',
      },
      { file: 'server.go', code: 'cfg.MinVersion = uint16(tls.VersionTLS10)', findings: ['1:5 TLSv1.0 TLSv1.1'] },
      {
        file: 'ldap/conn.go',
        code: 'const defaultMinTLS = tls.VersionTLS10\n\nfunc dial() {\n\tcfg := &tls.Config{MinVersion: defaultMinTLS}\n\t_ = cfg\n}',
        findings: ['4:21 TLSv1.0 TLSv1.1'],
        note: 'a constant followed to its value',
      },
      {
        file: 'pkg/provider/defaults.go',
        code: 'opts := tls.Options{\n\tMinVersion: "VersionTLS11",\n}',
        findings: ['2:2 TLSv1.1'],
        output: 'opts := tls.Options{\n\tMinVersion: "VersionTLS12",\n}',
        note: 'a string setting of a Go config type',
      },
      {
        file: 'server.go',
        code: 'cfg := &tls.Config{MinVersion: tls.VersionTLS12}',
        floor: 'TLSv1.3',
        findings: ['1:20 TLSv1.2'],
        output: 'cfg := &tls.Config{MinVersion: tls.VersionTLS13}',
      },
      {
        file: 'internal/probe/probe_test.go',
        code: 'legacy := &tls.Config{MinVersion: tls.VersionTLS10, MaxVersion: tls.VersionTLS11}',
        findings: ['1:23 TLSv1.0 TLSv1.1', '1:53 TLSv1.0 TLSv1.1'],
        severity: 'note',
        note: 'tests: a note',
      },
    ],
  },
  function* (file, ctx) {
    const code = file.code;
    const re = new RegExp(GO_SETTING.source, 'g');
    // Data flow is looked up once per name, and for a bounded number of names per file.
    const flows = new Map<string, ReturnType<typeof assignedVersions>>();
    const usesTls = /crypto\/tls|\btls\.Config\b/.test(code);
    for (let m = re.exec(code); m; m = re.exec(code)) {
      const isMax = m[1] === 'Max';
      const qualifier = m[2];
      const quote = m[3];
      const value = m[4];
      if (quote && code[m.index + m[0].length] !== quote) continue;
      const valueStart = m.index + m[0].length - value.length;
      const literal = goVersion(value);
      let v: Version | undefined;
      let versions: VersionSet;
      let why: string | undefined;
      let severity: Severity | undefined;
      let fix: Match['fix'];
      // A bare number is a TLS version only in a file that uses crypto/tls.
      if (literal && /^\d|^0[xX]/.test(value) && !usesTls) continue;
      if (literal) {
        v = literal;
        versions = isMax ? atMost(v) : atLeast(v);
        fix = { start: valueStart, end: valueStart + value.length, text: goSpell(value, isMax ? 'TLSv1.3' : ctx.floor) };
      } else {
        if (qualifier || quote || GO_KEYWORDS.has(value)) continue;
        let flow = flows.get(value);
        if (!flow) {
          if (flows.size >= 16) continue;
          flow = assignedVersions(code, value);
          flows.set(value, flow);
        }
        if (flow.unknown || flow.versions.length === 0) continue;
        versions = 0;
        for (const a of flow.versions) versions |= isMax ? atMost(a) : atLeast(a);
        why = `\`${value}\` is set to ${[...new Set(flow.versions)].join(', ')} in this file`;
        severity = flow.versions.length > 1 ? 'warning' : undefined;
      }
      if (isMax && v) why = `the maximum is ${v}`;
      yield {
        start: m.index,
        end: m.index + m[0].length,
        versions,
        what: clip(m[0]),
        why,
        instead: isMax
          ? '`MaxVersion: tls.VersionTLS13` (or no MaxVersion)'
          : `\`MinVersion: tls.VersionTLS1${versionIndex(ctx.floor) - 2}\``,
        severity,
        fix,
      };
    }
  },
);

// ---------------------------------------------------------------------------------------------
// F4 and K5: GODEBUG settings that restore TLS 1.0 defaults

const GODEBUG_TLS10 = /\b(tls10server|tls10default)([ \t]*=[ \t]*)1(?![\w.])/g;
const GODEBUG_DEFAULT = /\bdefault[ \t]*=[ \t]*go1\.(\d+)\b/g;

const ALL_FROM_TLS10 = range('TLSv1.0');

function* godebugMatches(text: string, base: number, allowDefault: boolean): Generator<Match> {
  const re = new RegExp(GODEBUG_TLS10.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const one = base + m.index + m[0].length - 1;
    yield {
      start: base + m.index,
      end: base + m.index + m[0].length,
      versions: ALL_FROM_TLS10,
      what: m[0],
      why:
        m[1] === 'tls10server'
          ? 'servers that do not set MinVersion accept TLS 1.0 and 1.1 again'
          : 'clients built with Go 1.18 that do not set MinVersion offer TLS 1.0 and 1.1 again; later releases ignore it',
      instead: `\`${m[1]}=0\` (or no ${m[1]} setting) and \`MinVersion: tls.VersionTLS12\``,
      severity: m[1] === 'tls10default' ? 'warning' : undefined,
      fix: { start: one, end: one + 1, text: '0' },
    };
  }
  if (!allowDefault) return;
  const d = new RegExp(GODEBUG_DEFAULT.source, 'g');
  for (let m = d.exec(text); m; m = d.exec(text)) {
    if (Number(m[1]) >= 22) continue;
    yield {
      start: base + m.index,
      end: base + m.index + m[0].length,
      versions: ALL_FROM_TLS10,
      what: m[0],
      why: `the go1.${m[1]} defaults include tls10server=1: servers that do not set MinVersion accept TLS 1.0 and 1.1`,
      instead: '`default=go1.22` or later, or `MinVersion: tls.VersionTLS12` in every server tls.Config',
      severity: 'warning',
    };
  }
}

/** Where a GODEBUG environment setting can be written (besides Go sources and go.mod). */
const GODEBUG_KINDS: readonly FileKind[] = [
  'dockerfile',
  'yaml',
  'shell',
  'env',
  'json',
  'hcl',
  'toml',
  'conf',
  'ini',
  'makefile',
  'properties',
  'other',
  'powershell',
  'batch',
  'groovy',
];

const goGodebugTls10 = makeRule(
  {
    id: 'go/godebug-tls10',
    title: 'GODEBUG restores TLS 1.0 defaults in Go programs',
    description:
      '`tls10server=1` (Go 1.22+) makes crypto/tls servers without an explicit MinVersion accept TLS 1.0 and 1.1 again; `tls10default=1` did the same for clients in Go 1.18 (a warning: later releases ignore it). The setting can come from the GODEBUG environment variable (Dockerfile, Kubernetes, Compose, systemd, scripts), from a `godebug` directive in go.mod or a `//go:debug` line, and `godebug default=go1.21` (or older) implies `tls10server=1`.',
    ecosystem: 'Go & Kubernetes',
    catalogue: ['F4', 'K5', 'F5'],
    docs: ['https://go.dev/doc/godebug', 'https://go.dev/doc/go1.22#crypto/tls'],
    files: { kinds: ['go', 'gomod', ...GODEBUG_KINDS] },
    keywords: /tls10server|tls10default|godebug|go:debug/,
    fixable: true,
    safe: 'GODEBUG=tls10server=0',
    limits:
      'A go.mod `go` line below 1.22 in the main module also implies tls10server=1, but only matters for servers that leave MinVersion unset; it is not reported. In Go code only GODEBUG values on the same line as `GODEBUG` (os.Setenv, cmd.Env) and `//go:debug` directives count; findings in tests are notes.',
  },
  {
    valid: [
      { file: 'Dockerfile', code: 'ENV GODEBUG=tls10server=0' },
      { file: 'deploy/app.yaml', code: 'env:\n  - name: GODEBUG\n    value: "madvdontneed=1,http2client=0"' },
      { file: 'go.mod', code: 'module example.com/app\n\ngo 1.22\n\ngodebug default=go1.22\n' },
      { file: 'go.mod', code: 'module example.com/app\n\ngo 1.23\n\n// godebug tls10server=1\n', note: 'commented out' },
      {
        file: 'internal/buildinfo/check.go',
        code: 'const wantDefault = "DefaultGODEBUG=httpmuxgo121=1,tls10server=1"',
        note: 'DefaultGODEBUG in build info is read, not set',
      },
      {
        file: 'cmd/server/main.go',
        code: '// Unless GODEBUG contains tls10server=1 the server floor is TLS 1.2.\nvar _ = 1',
        note: 'a comment that mentions it',
      },
      { file: 'cmd/server/main.go', code: 'flags := map[string]string{"tls10server=1": "legacy"}', note: 'not on a GODEBUG line' },
      { file: 'docker-compose.yml', code: 'services:\n  api:\n    environment:\n      GODEBUG: tls10server=10', note: 'not the value 1' },
    ],
    invalid: [
      {
        file: 'Dockerfile',
        code: 'FROM golang:1.22\nENV GODEBUG=tls10server=1\n',
        findings: ['2:13 TLSv1.0 TLSv1.1'],
        output: 'FROM golang:1.22\nENV GODEBUG=tls10server=0\n',
      },
      {
        file: 'k8s/deployment.yaml',
        code: 'containers:\n  - name: api\n    env:\n      - name: GODEBUG\n        value: "x509sha1=1,tls10server=1"\n',
        findings: ['5:28 TLSv1.0 TLSv1.1'],
        note: 'GODEBUG name and value on separate lines',
      },
      {
        file: 'go.mod',
        code: 'module example.com/legacy\n\ngo 1.22\n\ngodebug (\n\ttls10server=1\n)\n',
        findings: ['6:2 TLSv1.0 TLSv1.1'],
        output: 'module example.com/legacy\n\ngo 1.22\n\ngodebug (\n\ttls10server=0\n)\n',
      },
      {
        file: 'cmd/gateway/main.go',
        code: '//go:debug tls10server=1\npackage main\n',
        findings: ['1:12 TLSv1.0 TLSv1.1'],
        note: 'a directive, though written like a comment',
      },
      {
        file: 'go.mod',
        code: 'module example.com/app\n\ngo 1.23\n\ngodebug default=go1.21\n',
        findings: ['5:9 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'scripts/run.sh',
        code: 'export GODEBUG="tls10default=1"\n./client',
        findings: ['1:17 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'Makefile',
        code: 'run: build\n\tGODEBUG=tlsrsakex=1,tls10server=1,x509sha1=1 \\\n\t./proxy -listen 0.0.0.0:8888\n',
        findings: ['2:22 TLSv1.0 TLSv1.1'],
        note: 'inline env in a Makefile recipe',
      },
      { file: 'main.go', code: 'func init() {\n\tos.Setenv("GODEBUG", "tls10server=1")\n}', findings: ['2:24 TLSv1.0 TLSv1.1'] },
      {
        file: 'deploy/app.service',
        code: '[Service]\nEnvironment=GODEBUG=tls10server=1\nExecStart=/usr/bin/app',
        findings: ['2:21 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'server_test.go',
        code: 'func TestLegacy(t *testing.T) {\n\tt.Setenv("GODEBUG", "tls10server=1")\n}',
        findings: ['2:23 TLSv1.0 TLSv1.1'],
        severity: 'note',
      },
    ],
  },
  function* (file) {
    const code = file.code;
    if (file.kind === 'go') {
      // `//go:debug` directives are comments to the masker: read them from the raw text.
      const directive = /^\/\/go:debug[ \t]+([^\n]*)/gm;
      for (let m = directive.exec(file.text); m; m = directive.exec(file.text)) {
        yield* godebugMatches(m[1], m.index + m[0].length - m[1].length, true);
      }
      const re = new RegExp(GODEBUG_TLS10.source, 'g');
      for (let m = re.exec(code); m; m = re.exec(code)) {
        const before = lineBefore(code, m.index);
        if (!/GODEBUG/.test(before.replace(/DefaultGODEBUG/g, ''))) continue;
        yield* godebugMatches(m[0], m.index, false);
      }
      return;
    }
    if (file.kind === 'gomod') {
      yield* godebugMatches(code, 0, true);
      return;
    }
    if (!GODEBUG_KINDS.includes(file.kind)) return;
    const re = new RegExp(GODEBUG_TLS10.source, 'g');
    for (let m = re.exec(code); m; m = re.exec(code)) {
      const line = lineBefore(code, m.index);
      if (/DefaultGODEBUG/.test(line) || /^[ \t]*(?:#|\/\/|;)/.test(line)) continue;
      if (!/GODEBUG/i.test(code.slice(Math.max(0, m.index - 300), m.index))) continue;
      yield* godebugMatches(m[0], m.index, false);
    }
  },
);

// ---------------------------------------------------------------------------------------------
// F6: Kubernetes control plane and kubelet; OpenShift TLS security profiles

const K8S_KINDS = ['yaml', 'json', 'shell', 'dockerfile', 'conf', 'env', 'ini', 'toml', 'hcl', 'makefile', 'other'] as const;

const KUBEADM_V1BETA4 = /\bname:[ \t]*["']?((?:[\w-]+\.)?tls-min-version)["']?[ \t]*\r?\n[ \t]*value:[ \t]*["']?([\w.]+)["']?/g;

const kubernetesTlsMinVersion = withExtra(
  settingRule({
    meta: {
      id: 'go/kubernetes-tls-min-version',
      title: 'Kubernetes component --tls-min-version allows legacy TLS',
      description:
        'kube-apiserver, kubelet, kube-controller-manager, kube-scheduler, metrics-server, etcd and many webhooks take `--tls-min-version` (`VersionTLS10`, `VersionTLS11`); the kubelet reads `tlsMinVersion` from its KubeletConfiguration and OpenShift reads `minTLSVersion` from a custom TLS profile. A legacy value lets the control plane accept TLS 1.0/1.1. Flags in static pod manifests, kubeadm `extraArgs` (map or name/value list), k3s/RKE2 `*-arg` lists and systemd drop-ins are read.',
      ecosystem: 'Go & Kubernetes',
      catalogue: ['F6'],
      docs: [
        'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
        'https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/',
        'https://docs.openshift.com/container-platform/latest/security/tls-security-profiles.html',
      ],
      files: { kinds: K8S_KINDS },
      keywords: /tls-min-version|tlsMinVersion|minTLSVersion/,
      fixable: true,
      safe: '--tls-min-version=VersionTLS12',
      limits:
        'A component started without the flag uses the Go default of its build (TLS 1.2 for current releases); that is not reported. Templated values are unknown.',
    },
    keys: /(?:[\w-]+\.)?tls-min-version|tlsMinVersion|minTLSVersion/,
    // Reads `- name:` / `value:` pairs its own way (below).
    pairs: false,
    where: notCommented,
    // The key says TLS, so `1.0` is a version here (etcd, Cilium and webhooks take numbers).
    evaluate: minMax(() => false, undefined, true),
    instead: (ctx, s) =>
      /^[a-z]+[A-Z]/.test(s.key)
        ? `\`${s.key}: VersionTLS1${versionIndex(ctx.floor) - 2}\``
        : `\`--${s.key.replace(/^-+/, '')}=VersionTLS1${versionIndex(ctx.floor) - 2}\``,
    examples: {
      valid: [
        {
          file: 'manifests/kube-apiserver.yaml',
          code: 'spec:\n  containers:\n  - command:\n    - kube-apiserver\n    - --tls-min-version=VersionTLS12\n',
        },
        {
          file: 'kubelet-config.yaml',
          code: 'kind: KubeletConfiguration\ntlsMinVersion: VersionTLS13\ntlsCipherSuites:\n- TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\n',
        },
        { file: 'kubeadm.yaml', code: 'apiServer:\n  extraArgs:\n    - name: tls-min-version\n      value: "VersionTLS12"\n' },
        {
          file: 'roles/k8s/templates/kubeadm.yaml.j2',
          code: 'apiServer:\n  extraArgs:\n    - name: tls-min-version\n      value: "{{ tls_min_version }}"\n',
          note: 'templated',
        },
        { file: 'etcd.yaml', code: '    - --tls-min-version=TLS1.3' },
        { file: 'cilium.yaml', code: '  - --tls-min-version=1.2' },
        { file: 'kubelet-config.yaml', code: '# tlsMinVersion: VersionTLS10\ntlsMinVersion: VersionTLS12\n' },
        {
          file: 'config/k3s.yaml',
          code: 'kube-apiserver-arg:\n  - tls-min-version=VersionTLS12\n  - tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\n',
        },
      ],
      invalid: [
        {
          file: 'manifests/kube-apiserver.yaml',
          code: '  - command:\n    - kube-apiserver\n    - --tls-min-version=VersionTLS10\n',
          findings: ['3:9 TLSv1.0 TLSv1.1'],
          output: '  - command:\n    - kube-apiserver\n    - --tls-min-version=VersionTLS12\n',
        },
        {
          file: 'var/lib/kubelet/config.yaml',
          code: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\ntlsMinVersion: VersionTLS11\n',
          findings: ['3:1 TLSv1.1'],
        },
        {
          file: 'kubeadm-config.yaml',
          code: 'apiServer:\n  extraArgs:\n    tls-min-version: "VersionTLS11"\n',
          findings: ['3:5 TLSv1.1'],
          note: 'kubeadm v1beta3 map',
        },
        {
          file: 'kubeadm-config.yaml',
          code: 'apiServer:\n  extraArgs:\n    - name: profiling\n      value: "false"\n    - name: tls-min-version\n      value: "VersionTLS10"\n',
          findings: ['6:22 TLSv1.0 TLSv1.1'],
          note: 'kubeadm v1beta4 name/value list',
        },
        {
          file: '10-kubeadm.conf',
          code: '[Service]\nEnvironment="KUBELET_EXTRA_ARGS=--tls-min-version=VersionTLS11"\n',
          findings: ['2:35 TLSv1.1'],
        },
        {
          file: 'apiserver.yaml',
          code: 'apiVersion: config.openshift.io/v1\nkind: APIServer\nspec:\n  tlsSecurityProfile:\n    type: Custom\n    custom:\n      minTLSVersion: VersionTLS10\n',
          findings: ['7:7 TLSv1.0 TLSv1.1'],
        },
        { file: 'install.sh', code: 'k3s server --kube-apiserver-arg="tls-min-version=VersionTLS10"', findings: ['1:34 TLSv1.0 TLSv1.1'] },
        {
          file: 'hubble/values.yaml',
          code: 'relay:\n  extraArgs:\n    - --tls-min-version=1.1\n',
          findings: ['3:9 TLSv1.1'],
          output: 'relay:\n  extraArgs:\n    - --tls-min-version=1.2\n',
          note: 'a bare number',
        },
        {
          file: 'loki.yaml',
          code: 'server:\n  http_tls_config:\n    cert_file: /tls/tls.crt\nargs:\n  - -server.tls-min-version=VersionTLS11\n',
          findings: ['5:5 TLSv1.1'],
          note: 'dskit-style prefixed flag',
        },
      ],
    },
  }),
  function* (file, ctx) {
    const code = file.code;
    const re = new RegExp(KUBEADM_V1BETA4.source, 'g');
    for (let m = re.exec(code); m; m = re.exec(code)) {
      const v = readVersion(m[2], { bareNumbers: true });
      if (!v) continue;
      const valueStart = m.index + m[0].lastIndexOf(m[2]);
      const to = respell(m[2], ctx.floor);
      yield {
        start: m.index,
        end: m.index + m[0].length,
        versions: atLeast(v),
        what: clip(m[0]),
        instead: `\`value: VersionTLS1${versionIndex(ctx.floor) - 2}\``,
        fix:
          to && readVersion(to, { bareNumbers: true }) === ctx.floor
            ? { start: valueStart, end: valueStart + m[2].length, text: to }
            : undefined,
      };
    }
  },
);

const OLD_PROFILE_GO = /\bType:[ \t]*(?:[A-Za-z_]\w*\.)?TLSProfileOldType\b/g;

const openshiftOldProfile = makeRule(
  {
    id: 'go/openshift-old-tls-profile',
    title: 'OpenShift tlsSecurityProfile type Old allows TLS 1.0',
    description:
      'OpenShift components (API server, ingress controllers, kubelet, operators) take a `tlsSecurityProfile`; the `Old` profile sets the minimum to TLS 1.0 (`VersionTLS10`), `Intermediate` to TLS 1.2 and `Modern` to TLS 1.3.',
    ecosystem: 'Go & Kubernetes',
    catalogue: ['F6'],
    docs: ['https://docs.openshift.com/container-platform/latest/security/tls-security-profiles.html'],
    files: { kinds: ['yaml', 'json', 'go', 'shell', 'other'] },
    keywords: /tlsSecurityProfile|TLSProfileOldType/,
    fixable: false,
    safe: 'tlsSecurityProfile: {type: Intermediate, intermediate: {}}',
    limits: 'A custom profile is read by go/kubernetes-tls-min-version (`minTLSVersion`).',
  },
  {
    valid: [
      { file: 'apiserver.yaml', code: 'spec:\n  tlsSecurityProfile:\n    type: Intermediate\n    intermediate: {}\n' },
      {
        file: 'ingresscontroller.yaml',
        code: 'spec:\n  tlsSecurityProfile:\n    type: Modern\n    modern: {}\n  endpointPublishingStrategy:\n    type: Old\n',
        note: '`type: Old` outside the profile block',
      },
      { file: 'apiserver.json', code: '{"spec": {"tlsSecurityProfile": {"type": "Intermediate"}}}' },
      { file: 'apiserver.yaml', code: 'spec:\n  # tlsSecurityProfile:\n  #   type: Old\n  tlsSecurityProfile:\n    type: Modern\n' },
      {
        file: 'pkg/tls/profile.go',
        code: 'switch profile.Type {\ncase configv1.TLSProfileOldType:\n\treturn "VersionTLS10"\n}',
        note: 'a switch over profile types',
      },
    ],
    invalid: [
      {
        file: 'apiserver.yaml',
        code: 'apiVersion: config.openshift.io/v1\nkind: APIServer\nspec:\n  tlsSecurityProfile:\n    old: {}\n    type: Old\n',
        findings: ['4:3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'ingress.json',
        code: '{\n  "spec": {\n    "tlsSecurityProfile": {\n      "type": "Old",\n      "old": {}\n    }\n  }\n}',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'patch.sh',
        code: 'oc patch apiserver cluster --type=merge -p \'{"spec":{"tlsSecurityProfile":{"type":"Old","old":{}}}}\'',
        findings: ['1:54 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'pkg/operator/defaults.go',
        code: 'profile := &configv1.TLSSecurityProfile{\n\tType: configv1.TLSProfileOldType,\n}',
        findings: ['2:2 TLSv1.0 TLSv1.1'],
      },
    ],
  },
  function* (file) {
    const code = file.code;
    if (file.kind === 'go') {
      const re = new RegExp(OLD_PROFILE_GO.source, 'g');
      for (let m = re.exec(code); m; m = re.exec(code)) {
        yield {
          start: m.index,
          end: m.index + m[0].length,
          versions: ALL_FROM_TLS10,
          what: m[0],
          why: 'the Old profile sets the minimum to TLS 1.0',
          instead: '`Type: configv1.TLSProfileIntermediateType`',
        };
      }
      return;
    }
    const key = /["']?tlsSecurityProfile["']?[ \t]*:/g;
    for (let m = key.exec(code); m; m = key.exec(code)) {
      const lineStart = lastNewline(code, m.index) + 1;
      const indent = /^[ \t-]*/.exec(code.slice(lineStart, m.index))![0].length;
      // The block: the rest of this line, then the lines indented deeper than the key.
      let end = nextNewline(code, m.index);
      if (end < 0) end = code.length;
      for (let n = 0; n < 40 && end < code.length; n++) {
        const next = nextNewline(code, end + 1);
        const line = code.slice(end + 1, next < 0 ? code.length : next);
        if (line.trim() !== '' && /^[ \t]*/.exec(line)![0].length <= indent) break;
        end = next < 0 ? code.length : next;
      }
      const block = code.slice(m.index + m[0].length, Math.min(end, m.index + 2000));
      const type = /["']?\btype["']?[ \t]*:[ \t]*["']?(\w+)/.exec(block);
      if (!type || type[1] !== 'Old') continue;
      yield {
        start: m.index,
        end: m.index + m[0].length + type.index + type[0].length,
        versions: ALL_FROM_TLS10,
        what: 'tlsSecurityProfile type Old',
        why: 'the Old profile sets the minimum to TLS 1.0',
        instead: '`tlsSecurityProfile: {type: Intermediate, intermediate: {}}`',
      };
    }
  },
);

// ---------------------------------------------------------------------------------------------
// F7: HashiCorp Vault / Consul / Nomad (and other Go servers with the same key)

const HASHICORP_KINDS = ['hcl', 'json', 'yaml', 'toml', 'conf', 'shell', 'dockerfile', 'env', 'other'] as const;

const hashicorpTlsVersion = settingRule({
  meta: {
    id: 'go/hashicorp-tls-version',
    title: 'Vault/Consul/Nomad tls_min_version allows legacy TLS',
    description:
      'Vault listeners, Consul agents (`tls_min_version`, and `tls { defaults { tls_min_version = "TLSv1_0" } }` since 1.12), Consul config entries (`TLSMinVersion`) and Nomad `tls` blocks accept `tls10`/`tls11`. The same key and values are used by Telegraf and the Grafana dskit servers (Loki, Mimir, Tempo: `tls_min_version: VersionTLS10`). `tls_max_version` below TLS 1.2 caps connections to legacy versions.',
    ecosystem: 'Go & Kubernetes',
    catalogue: ['F7'],
    docs: [
      'https://developer.hashicorp.com/vault/docs/configuration/listener/tcp#tls_min_version',
      'https://developer.hashicorp.com/consul/docs/agent/config/config-files#tls_defaults_tls_min_version',
      'https://developer.hashicorp.com/nomad/docs/configuration/tls#tls_min_version',
    ],
    files: { kinds: HASHICORP_KINDS },
    keywords: /tls_min_version|tls_max_version|TLSMinVersion|TLSMaxVersion/,
    fixable: true,
    safe: 'tls_min_version = "tls12"',
    limits: 'Values from variables or templates are unknown. The defaults (tls12 in current Vault, Consul and Nomad) are not reported.',
  },
  keys: /tls_(?:min|max)_version|TLS(?:Min|Max)Version/,
  where: notCommented,
  evaluate: minMax((key) => /max/i.test(key), undefined, true),
  instead: (ctx, s) => {
    const max = /max/i.test(s.key);
    const target: Version = max ? 'TLSv1.3' : ctx.floor;
    const token = settingTokens(s)[0]?.text.replace(/^[:'"`]+|['"`]+$/g, '') ?? 'tls12';
    const spelled = respell(token, target) ?? 'tls12';
    return `\`${s.key} = "${spelled}"\``;
  },
  examples: {
    valid: [
      { file: 'vault.hcl', code: 'listener "tcp" {\n  address         = "0.0.0.0:8200"\n  tls_min_version = "tls12"\n}' },
      {
        file: 'consul.hcl',
        code: 'tls {\n  defaults {\n    tls_min_version = "TLSv1_2"\n  }\n}',
        note: 'TLSv1 must not match inside TLSv1_2',
      },
      { file: 'nomad.hcl', code: 'tls {\n  http = true\n  # tls_min_version = "tls10"\n  tls_min_version = "tls13"\n}' },
      { file: 'vault.json', code: '{"listener": {"tcp": {"tls_min_version": "tls13", "tls_max_version": "tls13"}}}' },
      { file: 'telegraf.conf', code: '[[inputs.http]]\n  ## tls_min_version = "TLS11"\n  tls_min_version = "TLS12"\n' },
      { file: 'vault.hcl', code: 'listener "tcp" {\n  tls_min_version = "${tls_min_version}"\n}', note: 'templated' },
      { file: 'vault.hcl', code: 'listener "tcp" {\n  tls_max_version = "tls12"\n}', note: 'a maximum of TLS 1.2 is not legacy' },
    ],
    invalid: [
      {
        file: 'vault.hcl',
        code: 'listener "tcp" {\n  address = "0.0.0.0:8200"\n  tls_min_version = "tls10"\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        output: 'listener "tcp" {\n  address = "0.0.0.0:8200"\n  tls_min_version = "tls12"\n}',
      },
      {
        file: 'consul.hcl',
        code: 'tls {\n  defaults {\n    tls_min_version = "TLSv1_1"\n  }\n}',
        findings: ['3:5 TLSv1.1'],
        output: 'tls {\n  defaults {\n    tls_min_version = "TLSv1_2"\n  }\n}',
      },
      { file: 'consul.json', code: '{\n  "verify_incoming": true,\n  "tls_min_version": "tls11"\n}', findings: ['3:3 TLSv1.1'] },
      {
        file: 'group_vars/vault.yml',
        code: 'vault_listener:\n  options:\n    tls_min_version: tls10\n',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        note: 'Ansible variables',
      },
      {
        file: 'api-gateway.hcl',
        code: 'Kind = "api-gateway"\nListeners = [{\n  TLS = {\n    TLSMinVersion = "TLSv1_0"\n  }\n}]',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'charts/vault/values.yaml',
        code: 'server:\n  ha:\n    config: |\n      listener "tcp" {\n        tls_min_version = "tls11"\n      }\n',
        findings: ['5:9 TLSv1.1'],
        note: 'HCL inside a Helm value',
      },
      {
        file: 'vault.hcl',
        code: 'listener "tcp" {\n  tls_max_version = "tls11"\n}',
        findings: ['2:3 TLSv1.0 TLSv1.1'],
        output: 'listener "tcp" {\n  tls_max_version = "tls13"\n}',
      },
      { file: 'loki.yaml', code: 'server:\n  tls_min_version: VersionTLS10\n', findings: ['2:3 TLSv1.0 TLSv1.1'] },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// F8: Prometheus / Alertmanager / exporter-toolkit web.yml (and scrape tls_config)

const prometheusTlsVersion = settingRule({
  meta: {
    id: 'go/prometheus-tls-version',
    title: 'Prometheus web.yml min_version allows legacy TLS',
    description:
      'Prometheus, Alertmanager and every exporter built on exporter-toolkit read `tls_server_config.min_version` (`TLS10`, `TLS11`, `TLS12`, `TLS13`) from their web configuration file; scrape and remote-write `tls_config` blocks take the same `min_version` / `max_version`.',
    ecosystem: 'Go & Kubernetes',
    catalogue: ['F8'],
    docs: [
      'https://prometheus.io/docs/prometheus/latest/configuration/https/',
      'https://prometheus.io/docs/prometheus/latest/configuration/configuration/#tls_config',
    ],
    files: { kinds: ['yaml'] },
    keywords: /min_version|max_version/,
    fixable: true,
    safe: 'min_version: TLS12',
    limits:
      'Only the exporter-toolkit spelling (`TLS10`…`TLS13`, upper case) is read, so that scanners such as nuclei templates (`min_version: tls10`, which probe for legacy servers) stay quiet.',
  },
  keys: /min_version|max_version/,
  evaluate: (s, ctx, file) => {
    const e = minMax(
      (key) => key === 'max_version',
      (t) => /^TLS1[0-3]$/.test(t),
    )(s, ctx, file);
    // blackbox_exporter modules pin versions to probe what a target accepts: a diagnostic, not a deployment.
    if (e && file.matches(/^[ \t]*prober:/m)) return { ...e, severity: 'note', why: 'a blackbox_exporter probe module' };
    return e;
  },
  instead: (ctx, s) =>
    s.key === 'max_version' ? '`max_version: TLS13` (or no max_version)' : `\`min_version: TLS1${versionIndex(ctx.floor) - 2}\``,
  examples: {
    valid: [
      {
        file: 'web-config.yml',
        code: 'tls_server_config:\n  cert_file: /etc/prometheus/tls.crt\n  key_file: /etc/prometheus/tls.key\n  min_version: TLS12\n',
      },
      { file: 'prometheus.yml', code: 'scrape_configs:\n  - job_name: node\n    tls_config:\n      min_version: TLS13\n' },
      {
        file: 'nuclei/ssl/tls11-detect.yaml',
        code: 'ssl:\n  - address: "{{Host}}:{{Port}}"\n    min_version: tls11\n    max_version: tls11\n',
        note: 'a scanner probing for TLS 1.1, not a server',
      },
      { file: 'web.yml', code: 'tls_server_config:\n  # min_version: TLS10\n  min_version: TLS13\n' },
      { file: 'renovate.yaml', code: 'packageRules:\n  - min_version: 1.0.0\n' },
      { file: 'web.yml', code: 'tls_server_config:\n  min_version: TLS12\n  max_version: TLS12\n', note: 'a cap at TLS 1.2' },
    ],
    invalid: [
      {
        file: 'web.yml',
        code: 'tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n  min_version: TLS10\n',
        findings: ['4:3 TLSv1.0 TLSv1.1'],
        output: 'tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n  min_version: TLS12\n',
      },
      { file: 'alertmanager/web-config.yaml', code: 'tls_server_config:\n  min_version: "TLS11"\n', findings: ['2:3 TLSv1.1'] },
      {
        file: 'prometheus.yml',
        code: 'scrape_configs:\n  - job_name: legacy-device\n    scheme: https\n    tls_config:\n      min_version: TLS10\n      max_version: TLS11\n',
        findings: ['5:7 TLSv1.0 TLSv1.1', '6:7 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'blackbox.yml',
        code: 'modules:\n  diagnostic_tls10:\n    prober: http\n    http:\n      tls_config:\n        min_version: TLS10\n        max_version: TLS10\n',
        findings: ['6:9 TLSv1.0 TLSv1.1', '7:9 TLSv1.0'],
        severity: 'note',
        note: 'a probe module that checks whether a target accepts TLS 1.0',
      },
      {
        file: 'config/testdata/conf.good.yml',
        code: 'scrape_configs:\n  - job_name: x\n    tls_config:\n      min_version: TLS10\n',
        findings: ['4:7 TLSv1.0 TLSv1.1'],
        severity: 'note',
        note: 'parser test data',
      },
      {
        file: 'web.yml',
        code: 'tls_server_config:\n  min_version: TLS12\n',
        floor: 'TLSv1.3',
        findings: ['2:3 TLSv1.2'],
        output: 'tls_server_config:\n  min_version: TLS13\n',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// F9: Traefik TLS options

const traefikTlsVersion = settingRule({
  meta: {
    id: 'go/traefik-tls-version',
    title: 'Traefik TLS option minVersion allows legacy TLS',
    description:
      'Traefik v2/v3 TLS options (`[tls.options.<name>] minVersion`, YAML `tls.options.<name>.minVersion`, the `TLSOption` CRD `spec.minVersion`, KV and label keys) and Traefik v1 `[entryPoints.<name>.tls] MinVersion` take Go constant names; `VersionTLS10`/`VersionTLS11` let clients negotiate legacy TLS, and `maxVersion` below `VersionTLS12` caps them to it.',
    ecosystem: 'Go & Kubernetes',
    catalogue: ['F9'],
    docs: [
      'https://doc.traefik.io/traefik/https/tls/#minimum-tls-version',
      'https://doc.traefik.io/traefik/routing/providers/kubernetes-crd/#kind-tlsoption',
    ],
    files: { kinds: ['toml', 'yaml', 'json', 'conf', 'shell', 'dockerfile', 'env', 'other'] },
    keywords: /minVersion|maxVersion/,
    fixable: true,
    safe: 'minVersion = "VersionTLS12"',
    limits: 'Without TLS options Traefik uses the Go default (TLS 1.2); not reported.',
  },
  keys: /(?:[\w-]+[./]){0,6}(?:min|max)version/i,
  where: notCommented,
  evaluate: (s, ctx, file) => {
    const e = minMax(
      (key) => /maxversion$/i.test(key),
      (t) => /^Version(?:TLS1[0-3]|SSL30)$/.test(t),
    )(s, ctx, file);
    if (!e) return undefined;
    // Written the way the file writes it: TOML/Nix `key = "value"`, labels `key=value`, YAML `key: value`.
    const max = /maxversion$/i.test(s.key);
    const value = max ? 'VersionTLS13' : `VersionTLS1${versionIndex(ctx.floor) - 2}`;
    const sep = file.code.slice(s.keyStart + s.key.length, s.valueStart);
    const written = !sep.includes('=') ? `${s.key}: ${value}` : s.form === 'quoted' ? `${s.key} = "${value}"` : `${s.key}=${value}`;
    return { ...e, instead: max ? `\`${written}\` (or no maxVersion)` : `\`${written}\`` };
  },
  instead: (ctx) => `\`minVersion: VersionTLS1${versionIndex(ctx.floor) - 2}\``,
  examples: {
    valid: [
      {
        file: 'dynamic/tls.toml',
        code: '[tls.options]\n  [tls.options.default]\n    minVersion = "VersionTLS12"\n  [tls.options.modern]\n    minVersion = "VersionTLS13"\n',
      },
      { file: 'dynamic.yml', code: 'tls:\n  options:\n    default:\n      minVersion: VersionTLS12\n      maxVersion: VersionTLS13\n' },
      { file: 'traefik.nix', code: 'tls.options.default = {\n  # minVersion = "VersionTLS10";\n  sniStrict = true;\n};' },
      { file: 'values.yaml', code: 'global:\n  minVersion: "1.0.0"\n', note: 'not a TLS version' },
      {
        file: 'k8s/tlsoption.yaml',
        code: 'apiVersion: traefik.io/v1alpha1\nkind: TLSOption\nmetadata:\n  name: default\nspec:\n  minVersion: VersionTLS12\n',
      },
      {
        file: 'dynamic.yml',
        code: 'tls:\n  options:\n    pinned:\n      minVersion: VersionTLS12\n      maxVersion: VersionTLS12\n',
        note: 'a cap at TLS 1.2',
      },
    ],
    invalid: [
      {
        file: 'traefik.toml',
        code: '[tls.options]\n  [tls.options.default]\n    minVersion = "VersionTLS10"\n    cipherSuites = [\n      "TLS_RSA_WITH_AES_128_CBC_SHA",\n    ]\n',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        output:
          '[tls.options]\n  [tls.options.default]\n    minVersion = "VersionTLS12"\n    cipherSuites = [\n      "TLS_RSA_WITH_AES_128_CBC_SHA",\n    ]\n',
      },
      {
        file: 'k8s/tlsoption.yaml',
        code: 'kind: TLSOption\nmetadata:\n  name: legacy\nspec:\n  minVersion: VersionTLS11\n',
        findings: ['5:3 TLSv1.1'],
      },
      {
        file: 'traefik.toml',
        code: '[entryPoints.https.tls]\n  MinVersion = "VersionTLS11"\n',
        findings: ['2:3 TLSv1.1'],
        note: 'Traefik v1',
      },
      {
        file: 'docker-compose.yml',
        code: 'labels:\n  - "traefik.tls.options.legacy.minversion=VersionTLS10"\n',
        findings: ['2:6 TLSv1.0 TLSv1.1'],
        note: 'label key',
      },
      {
        file: 'dynamic.yml',
        code: 'tls:\n  options:\n    old:\n      maxVersion: VersionTLS11\n',
        findings: ['4:7 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'flake/traefik.nix',
        code: 'dynamicConfigOptions.tls.options.default = {\n  minVersion = "VersionTLS11";\n};',
        findings: ['2:3 TLSv1.1'],
        note: 'NixOS module',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// F10: Caddy v1 `protocols min [max]`

const caddyProtocols = settingRule({
  meta: {
    id: 'go/caddy-protocols',
    title: 'Caddyfile tls protocols allows legacy TLS',
    description:
      'In a Caddyfile `tls` block, `protocols <min> [<max>]` sets the range of versions. Caddy v1 accepted `tls1.0` and `tls1.1` (and `ssl3.0` in early releases); Caddy 2 only accepts `tls1.2` and `tls1.3`, so a legacy minimum is Caddy v1 configuration.',
    ecosystem: 'Go & Kubernetes',
    catalogue: ['F10'],
    docs: ['https://caddyserver.com/docs/caddyfile/directives/tls', 'https://github.com/caddyserver/caddy/blob/v1/caddytls/setup.go'],
    files: { names: /caddyfile|\.caddy$/ },
    keywords: /protocols/,
    fixable: true,
    safe: 'protocols tls1.2 tls1.3',
  },
  keys: /protocols/,
  evaluate: (s, ctx) => {
    const tokens = settingTokens(s);
    const min = tokens[0] && readVersion(tokens[0].text);
    if (!min) return undefined;
    const max = tokens[1] ? readVersion(tokens[1].text) : undefined;
    const versions = range(min === 'SSLv2' ? 'SSLv3' : min, max ?? 'TLSv1.3');
    const last = tokens[max ? 1 : 0];
    return {
      versions: versions || setOf(min),
      why: max ? `the range is ${min} to ${max}` : undefined,
      fix: { start: tokens[0].start, end: last.end, text: ctx.floor === 'TLSv1.3' ? 'tls1.3' : 'tls1.2 tls1.3' },
    };
  },
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`protocols tls1.3`' : '`protocols tls1.2 tls1.3`'),
  examples: {
    valid: [
      {
        file: 'caddytls/config.go',
        code: 'var SupportedProtocols = map[string]uint16{\n\t"tls1.0": tls.VersionTLS10,\n\t"tls1.2": tls.VersionTLS12,\n}',
        note: 'a name→version map in code is a capability, not a Caddyfile',
      },
      { file: 'Caddyfile', code: 'example.com {\n  tls {\n    protocols tls1.2 tls1.3\n  }\n}' },
      { file: 'Caddyfile', code: 'example.com {\n  tls {\n    protocols tls1.3\n  }\n}' },
      { file: 'Caddyfile', code: 'example.com {\n  tls {\n    # protocols tls1.0 tls1.2\n    protocols tls1.2\n  }\n}' },
      {
        file: 'conf/Caddyfile',
        code: 'example.com {\n  tls {\n    protocols {$TLS_MIN} {$TLS_MAX}\n  }\n}',
        note: 'placeholders are unknown',
      },
    ],
    invalid: [
      {
        file: 'caddytls/setup_test.go',
        code: 'params := `tls cert.pem key.pem {\n    protocols tls1.0 tls1.2\n}`',
        findings: ['2:5 TLSv1.0 TLSv1.1'],
        severity: 'note',
        note: 'a Caddyfile inside a Go string literal (a test: information)',
      },
      {
        file: 'Caddyfile',
        code: 'example.com {\n  tls {\n    protocols tls1.0 tls1.2\n  }\n}',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        output: 'example.com {\n  tls {\n    protocols tls1.2 tls1.3\n  }\n}',
      },
      {
        file: 'Caddyfile',
        code: 'legacy.example.com {\n  tls admin@example.com {\n    protocols tls1.1\n  }\n}',
        findings: ['3:5 TLSv1.1'],
      },
      {
        file: 'sites/shop.caddy',
        code: 'shop.example.com {\n  tls {\n    protocols tls1.0 tls1.1\n  }\n}',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        output: 'shop.example.com {\n  tls {\n    protocols tls1.2 tls1.3\n  }\n}',
        note: 'both ends legacy',
      },
    ],
  },
});

export const rules: readonly Rule[] = [
  goTlsConfigVersion,
  goGodebugTls10,
  kubernetesTlsMinVersion,
  openshiftOldProfile,
  hashicorpTlsVersion,
  prometheusTlsVersion,
  traefikTlsVersion,
  caddyProtocols,
];
