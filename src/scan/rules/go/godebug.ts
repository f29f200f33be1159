import type { Match } from '../../rule.js';
import type { FileKind } from '../../file-kinds.js';
import { ALL_FROM_TLS10, lineBefore, makeRule } from './shared.js';

// ---------------------------------------------------------------------------------------------
// F4 and K5: GODEBUG settings that restore TLS 1.0 defaults

const GODEBUG_TLS10 = /\b(tls10server|tls10default)([ \t]*=[ \t]*)1(?![\w.])/g;
const GODEBUG_DEFAULT = /\bdefault[ \t]*=[ \t]*go1\.(\d+)\b/g;

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

export const goGodebugTls10 = makeRule(
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
