import { atLeast, atMost, versionIndex, wireNumberVersion, type Version, type VersionSet } from '../../../versions.js';
import { readVersion } from '../../evaluate.js';
import { clip } from '../../define.js';
import type { Match } from '../../rule.js';
import type { Severity } from '../../../policy.js';
import { makeRule } from './shared.js';

// ---------------------------------------------------------------------------------------------
// F1–F3: crypto/tls MinVersion / MaxVersion

const GO_VERSION_VALUE = /^(?:Version(?:TLS1[0-3]|SSL30)|0[xX]030[0-4]|7(?:6[89]|7[0-2]))$/;

/** A Go version constant or number (`tls.VersionTLS10` without its package, `0x0301`, `769`). */
function goVersion(token: string): Version | undefined {
  if (!GO_VERSION_VALUE.test(token)) return undefined;
  return wireNumberVersion(token) ?? readVersion(token);
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

export const goTlsConfigVersion = makeRule(
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
