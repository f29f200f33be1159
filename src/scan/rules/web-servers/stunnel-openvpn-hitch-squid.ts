import { atLeast, range, setOf, type Version } from '../../../versions.js';
import { asList, patternRule } from '../../define.js';
import { readVersion } from '../../evaluate.js';
import { lastNewline } from '../../source.js';
import { configRule, firstWord, minOrMax } from './shared.js';

// ---------------------------------------------------------------------------------------------
// L9 stunnel, OpenVPN, Hitch, Squid
// ---------------------------------------------------------------------------------------------

export const stunnelSslVersion = configRule({
  meta: {
    id: 'stunnel/ssl-version',
    title: 'stunnel sslVersion enables legacy TLS',
    description:
      '`sslVersion = TLSv1` pins a service to that protocol; `sslVersionMin` / `sslVersionMax` bound it (stunnel 5.52+ with OpenSSL 1.1). `sslVersion = all` or a minimum of TLSv1/TLSv1.1 enables legacy TLS.',
    ecosystem: 'Web servers & proxies',
    catalogue: ['L9'],
    docs: ['https://www.stunnel.org/static/stunnel.html#sslVersion-=-SSL-VERSION'],
    files: { kinds: ['conf', 'ini', 'shell', 'dockerfile', 'yaml', 'other'], names: /stunnel/ },
    keywords: /sslVersion/,
    fixable: true,
    safe: 'sslVersionMin = TLSv1.2',
    limits:
      '`options = NO_SSLv3` alone leaves TLSv1.0 and TLSv1.1 to the OpenSSL default; that is not reported, because the default depends on the OpenSSL build and system policy.',
  },
  keys: /sslVersion(?:Min|Max)?/,
  finder: { spaceSeparated: false },
  // Quoted values outside stunnel files are more likely code (`sslVersion = "TLSv1"` in a script).
  where: (s, file) => /stunnel/.test(file.path.toLowerCase()) || s.form !== 'quoted',
  evaluate: (s, ctx, file) => {
    if (/min|max/i.test(s.key)) return minOrMax()(s, ctx, file);
    const w = firstWord(s);
    if (w && /^all$/i.test(w.text))
      return {
        versions: range('SSLv3'),
        why: '`all` includes SSLv3, TLSv1 and TLSv1.1',
        fix: { start: s.keyStart, end: s.valueEnd, text: `sslVersionMin = ${ctx.floor}` },
      };
    const v = w && readVersion(w.text);
    if (!w || !v) return undefined;
    return { versions: setOf(v), fix: { start: w.start, end: w.start + w.text.length, text: ctx.floor } };
  },
  instead: (ctx) => `\`sslVersionMin = ${ctx.floor}\``,
  examples: {
    valid: [
      { file: 'stunnel.conf', code: '[https]\naccept = 443\nconnect = 80\nsslVersionMin = TLSv1.2\n' },
      { file: 'stunnel.conf', code: '[smtps]\nsslVersion = TLSv1.2\n' },
      { file: 'stunnel.conf', code: '; sslVersion = TLSv1\n[svc]\nsslVersion = TLSv1.3\n', note: 'commented with ;' },
      { file: 'stunnel.conf', code: '[svc]\noptions = NO_SSLv2\noptions = NO_SSLv3\n', note: 'left to the OpenSSL default; see limits' },
    ],
    invalid: [
      {
        file: 'stunnel.conf',
        code: '[legacy]\naccept = 8443\nsslVersion = TLSv1\n',
        findings: ['3:1 TLSv1.0'],
        output: '[legacy]\naccept = 8443\nsslVersion = TLSv1.2\n',
      },
      { file: 'stunnel.conf', code: 'sslVersion = SSLv3\n', findings: ['1:1 SSLv3'] },
      {
        file: 'stunnel.conf',
        code: '[svc]\nsslVersionMin = TLSv1.1\n',
        findings: ['2:1 TLSv1.1'],
        output: '[svc]\nsslVersionMin = TLSv1.2\n',
      },
      { file: 'stunnel.conf', code: 'sslVersion = all\n', findings: ['1:1 SSLv3 TLSv1.0 TLSv1.1'], output: 'sslVersionMin = TLSv1.2\n' },
    ],
  },
});

export const openvpnTlsVersion = configRule({
  meta: {
    id: 'openvpn/tls-version',
    title: 'OpenVPN tls-version-min allows legacy TLS',
    description:
      '`tls-version-min 1.0` / `1.1` (config file or `--tls-version-min` flag) lets the control channel use TLS 1.0/1.1; `tls-version-max 1.1` caps it there.',
    ecosystem: 'Web servers & proxies',
    catalogue: ['L9'],
    docs: ['https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/'],
    files: { kinds: ['conf', 'shell', 'dockerfile', 'yaml', 'other', 'batch', 'powershell'], names: /openvpn|\.ovpn/ },
    keywords: /tls-version-min|tls-version-max/,
    fixable: true,
    safe: 'tls-version-min 1.2',
    limits: 'Without `tls-version-min` OpenVPN 2.6 defaults to TLS 1.2 (2.4/2.5: 1.0); the default is not reported.',
  },
  keys: /tls-version-(?:min|max)/,
  evaluate: minOrMax({ bareNumbers: true }),
  instead: (ctx) => `\`tls-version-min ${ctx.floor.slice(4)}\``,
  examples: {
    valid: [
      { file: 'server.conf', code: 'tls-version-min 1.2\n' },
      { file: 'client.ovpn', code: 'tls-version-min 1.2 or-highest\n' },
      { file: 'server.conf', code: ';tls-version-min 1.0\n# tls-version-min 1.1\ntls-version-min 1.3\n', note: 'both comment styles' },
    ],
    invalid: [
      {
        file: 'server.conf',
        code: 'proto udp\ntls-version-min 1.0\n',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
        output: 'proto udp\ntls-version-min 1.2\n',
      },
      { file: 'client.ovpn', code: 'tls-version-min 1.1 or-highest\n', findings: ['1:1 TLSv1.1'] },
      { file: 'start.sh', code: 'openvpn --config client.conf --tls-version-max 1.1\n', findings: ['1:32 TLSv1.0 TLSv1.1'] },
    ],
  },
});

export const hitchTlsProtos = configRule({
  meta: {
    id: 'hitch/tls-protos',
    title: 'Hitch tls-protos enables legacy TLS',
    description: 'Hitch `tls-protos = TLSv1.0 TLSv1.1 TLSv1.2` (or `--tls-protos`) lists the versions the TLS proxy accepts.',
    ecosystem: 'Web servers & proxies',
    catalogue: ['L9'],
    docs: ['https://github.com/varnish/hitch/blob/master/hitch.conf.man.rst'],
    files: { kinds: ['conf', 'shell', 'dockerfile', 'yaml', 'other'], names: /hitch/ },
    keywords: /tls-protos/,
    fixable: true,
    safe: 'tls-protos = TLSv1.2 TLSv1.3',
  },
  keys: /tls-protos/,
  evaluate: asList(),
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`tls-protos = TLSv1.3`' : '`tls-protos = TLSv1.2 TLSv1.3`'),
  examples: {
    valid: [
      { file: 'hitch.conf', code: 'tls-protos = TLSv1.2 TLSv1.3\n' },
      { file: 'hitch.conf', code: '#tls-protos = TLSv1.0 TLSv1.1 TLSv1.2\ntls-protos = TLSv1.3\n' },
      { file: 'hitch.conf', code: 'tls-protos = {{ hitch_protos }}\n' },
    ],
    invalid: [
      {
        file: 'hitch.conf',
        code: 'frontend = "[*]:443"\ntls-protos = TLSv1.0 TLSv1.1 TLSv1.2\n',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
        output: 'frontend = "[*]:443"\ntls-protos = TLSv1.2\n',
      },
      { file: 'hitch.conf', code: 'tls-protos = SSLv3 TLSv1.2\n', findings: ['1:1 SSLv3'] },
      {
        file: 'run.sh',
        code: 'hitch --backend=[127.0.0.1]:6081 --tls-protos="TLSv1.1 TLSv1.2" /etc/hitch/cert.pem\n',
        findings: ['1:36 TLSv1.1'],
      },
    ],
  },
});

const SQUID = /\b(tls-min-version|min-version|sslversion)=([\w.]{1,10})/g;

export const squidTlsMinVersion = patternRule({
  meta: {
    id: 'squid/tls-min-version',
    title: 'Squid tls-min-version allows legacy TLS',
    description:
      '`https_port … tls-min-version=1.0` and `tls_outgoing_options min-version=1.0` let Squid accept or offer TLS 1.0/1.1; Squid 3 `sslversion=3|4` pins SSLv3 or TLSv1.',
    ecosystem: 'Web servers & proxies',
    catalogue: ['L9'],
    docs: ['https://www.squid-cache.org/Doc/config/https_port/', 'https://www.squid-cache.org/Doc/config/tls_outgoing_options/'],
    files: { kinds: ['conf', 'shell', 'dockerfile', 'yaml', 'other'], names: /squid/ },
    keywords: /min-version=|sslversion=/,
    fixable: true,
    safe: 'tls-min-version=1.2',
  },
  pattern: SQUID,
  evaluate: (m, ctx, file) => {
    const line = file.code.slice(lastNewline(file.code, m.index) + 1, m.index);
    if (!/\b(?:https?_port|tls_outgoing_options|sslproxy_|cache_peer|sslcrtvalidator|icap_service)\b/.test(line)) return undefined;
    if (m[1] === 'sslversion') {
      const v = ({ '3': 'SSLv3', '4': 'TLSv1.0', '5': 'TLSv1.1', '6': 'TLSv1.2' } as Record<string, Version>)[m[2]];
      return v ? { versions: setOf(v), why: `\`sslversion=${m[2]}\` is ${v} only` } : undefined;
    }
    const v = readVersion(m[2], { bareNumbers: true });
    if (!v) return undefined;
    const at = m.index + m[0].length - m[2].length;
    return { versions: atLeast(v), fix: { start: at, end: at + m[2].length, text: ctx.floor.slice(4) } };
  },
  instead: (ctx) => `\`tls-min-version=${ctx.floor.slice(4)}\``,
  examples: {
    valid: [
      { file: 'squid.conf', code: 'https_port 3129 tls-cert=/etc/squid/cert.pem tls-min-version=1.2\n' },
      { file: 'squid.conf', code: 'tls_outgoing_options min-version=1.2 options=NO_SSLv3\n' },
      { file: 'squid.conf', code: '# https_port 443 tls-cert=/c.pem tls-min-version=1.0\n' },
    ],
    invalid: [
      {
        file: 'squid.conf',
        code: 'https_port 443 accel tls-cert=/etc/squid/site.pem tls-min-version=1.0\n',
        findings: ['1:51 TLSv1.0 TLSv1.1'],
        output: 'https_port 443 accel tls-cert=/etc/squid/site.pem tls-min-version=1.2\n',
      },
      { file: 'squid.conf', code: 'tls_outgoing_options min-version=1.1 options=NO_SSLv3\n', findings: ['1:22 TLSv1.1'] },
      { file: 'squid.conf', code: 'http_port 3128 ssl-bump cert=/etc/squid/ca.pem sslversion=4\n', findings: ['1:48 TLSv1.0'] },
    ],
  },
});
