import { range, setOf } from '../../../versions.js';
import { readVersion } from '../../evaluate.js';
import { settingRule, settingTokens } from '../../define.js';

// ---------------------------------------------------------------------------------------------
// F10: Caddy v1 `protocols min [max]`

export const caddyProtocols = settingRule({
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
