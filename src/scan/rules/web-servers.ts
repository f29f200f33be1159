/**
 * Web servers and proxies: nginx, Apache httpd, HAProxy, Envoy, Istio, Traefik-free proxies,
 * lighttpd, stunnel, OpenVPN, Hitch, Squid, Kong, Contour, Emissary, Gloo, Caddy v1.
 */
import { atLeast, atMost, below, EMPTY, parseVersion, range, setOf, type Version, type VersionSet } from '../../versions.js';
import {
  clip,
  allSettings,
  asList,
  patternRule,
  settingMatch,
  settingRule,
  type Evaluator,
  type Setting,
  type SettingRuleDef,
} from '../define.js';
import { findPairs } from '../pairs.js';
import { lookup, readVersion, respell, tokenize, type VersionSpelling } from '../evaluate.js';
import type { Severity } from '../../policy.js';
import type { Match, Rule } from '../rule.js';
import type { SourceFile } from '../source.js';
import { lastNewline } from '../source.js';
// ---------------------------------------------------------------------------------------------
// Local helpers (shared with mail-db.ts): comment-aware settings and name/value parameter pairs.
// ---------------------------------------------------------------------------------------------

/** The raw text of the line before `offset`. */
function linePrefix(file: SourceFile, offset: number): string {
  return file.text.slice(lastNewline(file.text, offset - 1) + 1, offset);
}

/**
 * Whether a setting sits on a commented-out line. `file.code` already masks comments for known
 * kinds; this also covers kinds without comment syntax (`.ldif`, `zoo.cfg` sections, `other`).
 */
export function onCommentedLine(file: SourceFile, offset: number): boolean {
  return /^[ \t]*(?:#|;|\/\/|--[ \t])/.test(linePrefix(file, offset));
}

/** Cuts a bare value at a trailing ` # comment`, a URL `&`, or a template end; keeps quoted values. */
export function trimValue(s: Setting, file?: SourceFile): Setting {
  // `${NGINX_SSL_PROTOCOLS:-TLSv1.1 TLSv1.2}`: the default a compose file or script falls back to.
  const dflt = /^\$\{\w{1,100}:?-([^}\n]{0,500})(?:\}|$)/.exec(s.value);
  if (dflt) {
    const valueStart = s.valueStart + s.value.indexOf(dflt[1], 3);
    return {
      ...s,
      value: dflt[1],
      valueStart,
      valueEnd: valueStart + dflt[1].length,
      form: 'quoted',
      end: valueStart + dflt[1].length + 1,
    };
  }
  if (s.form !== 'bare') return s;
  let cut = s.value.search(/[ \t]#|&|\\n/);
  // `postconf -e 'smtpd_tls_protocols = !SSLv2, !SSLv3'`: the quote opened before the key ends the value.
  if (file) {
    // Escaped quotes (`sed "s|…|tls-protocols \"TLSv1.1\"|"`) neither open nor close.
    const prefix = linePrefix(file, s.keyStart).replace(/\\./g, '');
    for (const q of ['"', "'"]) {
      const at = s.value.search(q === '"' ? /(?<!\\)"/ : /(?<!\\)'/);
      if (at >= 0 && (prefix.split(q).length - 1) % 2 === 1 && (cut < 0 || at < cut)) cut = at;
    }
  }
  if (cut < 0) return s;
  const value = s.value.slice(0, cut).replace(/\s+$/, '');
  return { ...s, value, valueEnd: s.valueStart + value.length, end: s.valueStart + value.length };
}

/** `["--tls-protocols", "TLSv1.2"]`: a flag and its value as two items of an argument list. */
export function* flagArguments(file: SourceFile, keys: RegExp): Generator<Setting> {
  const code = file.code;
  const re = new RegExp(`["']--?(${keys.source})["'][ \\t]*,[ \\t]*(["'])([^"'\\n]{1,500})\\2`, keys.flags.includes('i') ? 'gi' : 'g');
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const valueStart = m.index + m[0].length - 1 - m[3].length;
    yield {
      key: m[1],
      keyStart: m.index + m[0].indexOf(m[1]),
      value: m[3],
      valueStart,
      valueEnd: valueStart + m[3].length,
      form: 'quoted',
      end: valueStart + m[3].length + 1,
    };
  }
}

export interface ConfigRuleDef extends SettingRuleDef {
  /**
   * Parameter names read as name/value pairs (`name = "…"` / `value = "…"`) wherever they are,
   * without the `where` test; the rule's `keys` are read as pairs too, with it.
   */
  readonly named?: RegExp;
}

/**
 * `settingRule` that skips commented-out lines in every file kind, cuts bare values at inline
 * comments, and reads flags given as two arguments and name/value parameter pairs.
 */
export function configRule(def: ConfigRuleDef): Rule {
  return {
    meta: def.meta,
    knows: def.named ? new RegExp(`${def.keys.source}|${def.named.source}`, def.keys.flags) : def.keys,
    examples: def.examples,
    *check(file, context) {
      const seen = new Set<number>();
      const all = function* (): Generator<[Setting, boolean]> {
        for (const s of allSettings(file, def.keys, def.finder)) yield [s, false];
        for (const s of flagArguments(file, def.keys)) yield [s, false];
        if (def.named) for (const s of findPairs(file, def.named)) yield [s, true];
      };
      for (const [raw, named] of all()) {
        const s = trimValue(raw, file);
        const at = s.at ?? s.keyStart;
        if (s.value.trim() === '' || seen.has(at) || onCommentedLine(file, s.keyStart) || onCommentedLine(file, at)) continue;
        // `${NAME:-default}` is a variable reference, not a setting of NAME.
        if (file.code.slice(s.keyStart - 2, s.keyStart) === '${') continue;
        if (!named && def.where && !def.where(s, file)) continue;
        const e = def.evaluate(s, context, file);
        if (!e) continue;
        seen.add(at);
        const instead = e.instead ?? (typeof def.instead === 'string' ? def.instead : def.instead(context, s));
        yield settingMatch(file, s, e, instead, def.severity);
      }
    },
  };
}

/** The first word of a value (`TLSv1 dbname=x` → `TLSv1`; skips SQL's `TO`). */
export function firstWord(s: Setting): { text: string; start: number } | undefined {
  const re = /[^\s,;'"`()[\]{}]+/g;
  for (let m = re.exec(s.value); m; m = re.exec(s.value)) {
    if (/^(?:to|=)$/i.test(m[0])) continue;
    return { text: m[0], start: s.valueStart + m.index };
  }
  return undefined;
}

/** A minimum-version value, read from its first word, with a fix that writes the floor in its style. */
export function minimumOf(
  spelling: VersionSpelling & { special?: Readonly<Record<string, VersionSet>>; specialWhy?: string; specialSeverity?: Severity } = {},
): Evaluator {
  return (s, ctx) => {
    const w = firstWord(s);
    if (!w) return undefined;
    const special = spelling.special ? lookup(spelling.special, w.text) : undefined;
    if (special !== undefined) return { versions: special, why: spelling.specialWhy, severity: spelling.specialSeverity };
    const v = readVersion(w.text, spelling);
    if (!v) return undefined;
    const spelled = respell(w.text, ctx.floor);
    const fix =
      spelled && readVersion(spelled, spelling) === ctx.floor ? { start: w.start, end: w.start + w.text.length, text: spelled } : undefined;
    return { versions: atLeast(v), fix };
  };
}

/** A maximum-version value: a cap below the floor leaves only legacy versions. */
export function maximumOf(spelling: VersionSpelling = {}): Evaluator {
  return (s, ctx) => {
    const w = firstWord(s);
    const v = w && readVersion(w.text, spelling);
    // A cap at or above the floor says nothing about the lower end: not a legacy setting.
    if (!w || !v || below(setOf(v), ctx.floor) === 0) return undefined;
    const spelled = respell(w.text, 'TLSv1.3');
    const fix =
      spelled && readVersion(spelled, spelling) === 'TLSv1.3' ? { start: w.start, end: w.start + w.text.length, text: spelled } : undefined;
    return { versions: atMost(v), why: `the maximum is ${v}`, fix };
  };
}

/** Minimum or maximum, depending on the key (`…max…` keys are maximums). */
export function minOrMax(
  spelling: VersionSpelling & { special?: Readonly<Record<string, VersionSet>>; specialWhy?: string; specialSeverity?: Severity } = {},
): Evaluator {
  const min = minimumOf(spelling);
  const max = maximumOf(spelling);
  return (s, ctx, file) => (/max/i.test(s.key) ? max(s, ctx, file) : min(s, ctx, file));
}

/** The names to exclude so that an exclusion list keeps nothing below the floor. */
export function exclusionsBelow(floor: Version, names: readonly string[] = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2']): string[] {
  return names.filter((n) => {
    const v = parseVersion(n);
    return v !== undefined && below(setOf(v), floor) !== 0;
  });
}

const CONFIG_KINDS = ['conf', 'other', 'ini', 'yaml', 'shell', 'dockerfile', 'php'] as const;

export const nginxSslProtocols = configRule({
  meta: {
    id: 'nginx/ssl-protocols',
    title: 'nginx ssl_protocols enables legacy TLS',
    description:
      'The `ssl_protocols` directive (and `proxy_`, `grpc_`, `uwsgi_`, OpenResty `lua_` variants for upstream connections) lists the versions nginx accepts or offers. Listing SSLv3, TLSv1 or TLSv1.1 lets clients or upstreams negotiate them.',
    ecosystem: 'Web servers & proxies',
    catalogue: ['L1'],
    docs: ['https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_protocols'],
    files: { kinds: [...CONFIG_KINDS, 'env'], names: /nginx|\.conf$/ },
    keywords: /ssl_protocols/,
    fixable: true,
    safe: 'ssl_protocols TLSv1.2 TLSv1.3;',
    limits:
      'A server block without the directive uses the build default (TLSv1 TLSv1.1 TLSv1.2 before nginx 1.23.4); that depends on the nginx version and is not reported.',
  },
  keys: /(?:proxy_|grpc_|uwsgi_|lua_)?ssl_protocols|nginx_ssl_protocols|NGINX_SSL_PROTOCOLS/,
  // A directive ends at its `;`: `ssl_protocols TLSv1.2\n    TLSv1.1;` lists both.
  finder: { spaceSeparated: true, continued: 'semicolon' },
  // A directive: first on its line or after `{`, `;` or an opening quote (config that scripts write),
  // and separated from its value by white space only (`ssl_protocols = …` is Kong or Dovecot).
  // `nginx_ssl_protocols: …` (Ansible) and `NGINX_SSL_PROTOCOLS=…` (images that template nginx.conf) take any separator.
  where: (s, file) =>
    /^nginx_/i.test(s.key) ||
    (/(?:^|[{;"'])[ \t]*$/.test(file.code.slice(lastNewline(file.code, s.keyStart) + 1, s.keyStart)) &&
      /^[ \t]+[^=:\s]/.test(file.code.slice(s.keyStart + s.key.length, s.keyStart + s.key.length + 64))),
  evaluate: asList(),
  // `proxy_ssl_protocols …` is fixed as `proxy_ssl_protocols`, not as the server's `ssl_protocols`.
  instead: (ctx, s) => {
    const directive = /^(?:proxy_|grpc_|uwsgi_|lua_)?ssl_protocols$/.test(s.key) ? s.key : 'ssl_protocols';
    return `\`${directive} ${ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2 TLSv1.3'};\``;
  },
  examples: {
    valid: [
      {
        file: 'src/nginx_conf.py',
        code: 'KEY = "ssl_protocols"\nraise ValueError("ssl_protocols must list TLSv1.2 or later")',
        note: 'a string that names the directive is not configuration',
      },
      {
        file: 'nginx/site.conf',
        code: 'server {\n  ssl_protocols TLSv1.2\n                TLSv1.3;\n  listen 443 ssl;\n}',
        note: 'a directive continued on the next line, all modern',
      },
      { file: 'nginx.conf', code: 'ssl_protocols TLSv1.2 TLSv1.3;' },
      { file: 'conf.d/site.conf', code: '    ssl_protocols TLSv1.2;', note: 'TLSv1 must not match inside TLSv1.2' },
      { file: 'nginx.conf', code: '# ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\nssl_protocols TLSv1.3;', note: 'commented-out default' },
      { file: 'sites-available/default', code: 'server {\n  listen 443 ssl;\n  ssl_protocols TLSv1.2 TLSv1.3; # was TLSv1 TLSv1.1\n}' },
      { file: 'kong.conf', code: 'ssl_protocols = TLSv1.1 TLSv1.2', note: 'Kong syntax belongs to the Kong rule' },
      { file: 'roles/web/templates/nginx.conf.j2', code: 'ssl_protocols {{ nginx_ssl_protocols }};', note: 'templated value is unknown' },
      {
        file: 'docker-compose.yaml',
        code: 'environment:\n  NGINX_SSL_PROTOCOLS: ${NGINX_SSL_PROTOCOLS:-TLSv1.2 TLSv1.3}\n',
        note: 'safe compose default',
      },
      { file: 'roles/nginx/defaults/main.yml', code: 'nginx_ssl_protocols: "TLSv1.2 TLSv1.3"\n' },
      {
        file: 'setup.sh',
        code: "sed -i '/ssl_protocols TLSv1 TLSv1.1;/d' /etc/nginx/nginx.conf\n",
        note: 'a sed address is searched text: the line is deleted',
      },
    ],
    invalid: [
      {
        file: 'tests/parser_test.py',
        code: 'block = nginxparser.loads("""\n    server {\n        ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n    }""")',
        findings: ['3:9 TLSv1.0 TLSv1.1'],
        severity: 'note',
        note: 'configuration inside a string literal of code (a test: information)',
      },
      {
        file: 'nginx/site.conf',
        code: 'server {\n  ssl_protocols TLSv1.2\n                TLSv1.1;\n}',
        findings: ['3:17 TLSv1.1'],
        output: 'server {\n  ssl_protocols TLSv1.2;\n}',
        note: 'a directive runs to its `;`: the legacy version on the continued line counts, and is reported there',
      },
      {
        file: 'nginx.conf',
        code: 'ssl_protocols TLSv1 TLSv1.1 TLSv1.2;',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: 'ssl_protocols TLSv1.2;',
      },
      {
        file: 'conf.d/api.conf',
        code: 'server {\n    listen 443 ssl;\n    ssl_protocols SSLv3 TLSv1.2;\n}',
        findings: ['3:5 SSLv3'],
        output: 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2;\n}',
      },
      { file: 'nginx.conf', code: 'location / {\n  proxy_ssl_protocols TLSv1 TLSv1.2;\n}', findings: ['2:3 TLSv1.0'] },
      { file: 'snippets/ssl-params.conf', code: 'ssl_protocols TLSv1.1 TLSv1.2 TLSv1.3;', findings: ['1:1 TLSv1.1'] },
      { file: 'nginx.conf.j2', code: 'ssl_protocols TLSv1 TLSv1.2;', findings: ['1:1 TLSv1.0'] },
      {
        file: 'conf/nginx.conf.tpl',
        code: 'server {\n    listen              443 ssl;\n    ssl_protocols       TLSv1 TLSv1.1 TLSv1.2;\n}\n',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        output: 'server {\n    listen              443 ssl;\n    ssl_protocols       TLSv1.2;\n}\n',
        note: 'value aligned with many spaces (nginx documentation style)',
      },
      {
        file: 'nginx.conf',
        code: 'mail {\n  ssl_protocols TLSv1.2 TLSv1.3;\n}\n',
        floor: 'TLSv1.3',
        findings: ['2:3 TLSv1.2'],
        output: 'mail {\n  ssl_protocols TLSv1.3;\n}\n',
      },
      {
        file: 'Dockerfile',
        code: 'RUN echo "ssl_protocols TLSv1 TLSv1.1 TLSv1.2;" > /etc/nginx/conf.d/ssl.conf',
        findings: ['1:11 TLSv1.0 TLSv1.1'],
        note: 'configuration written by a Dockerfile',
      },
      {
        file: 'docker/docker-compose.yaml',
        code: 'services:\n  nginx:\n    environment:\n      NGINX_SSL_PROTOCOLS: ${NGINX_SSL_PROTOCOLS:-TLSv1.1 TLSv1.2 TLSv1.3}\n',
        findings: ['4:7 TLSv1.1'],
        note: 'compose default of a variable that an nginx template reads',
      },
      {
        file: '.env.example',
        code: 'NGINX_SSL_PROTOCOLS=TLSv1.1 TLSv1.2 TLSv1.3\n',
        findings: ['1:1 TLSv1.1'],
        output: 'NGINX_SSL_PROTOCOLS=TLSv1.2 TLSv1.3\n',
      },
      {
        file: 'roles/nginx/defaults/main.yml',
        code: 'nginx_ssl_protocols: "TLSv1 TLSv1.1 TLSv1.2"\n',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        note: 'Ansible role variable',
      },
      {
        file: 'setup.sh',
        code: "#!/bin/sh\nsed -i 's|^\\s*ssl_protocols .*|    ssl_protocols TLSv1 TLSv1.2;|' /etc/nginx/nginx.conf\n",
        findings: ['2:36 TLSv1.0'],
        output: "#!/bin/sh\nsed -i 's|^\\s*ssl_protocols .*|    ssl_protocols TLSv1.2;|' /etc/nginx/nginx.conf\n",
        note: 'a sed replacement is read as a directive',
      },
      {
        file: 'nginx.conf',
        code: 'location /api/ {\n  proxy_pass https://backend;\n  proxy_ssl_protocols TLSv1.1 TLSv1.2;\n}\n',
        findings: ['3:3 TLSv1.1'],
        output: 'location /api/ {\n  proxy_pass https://backend;\n  proxy_ssl_protocols TLSv1.2;\n}\n',
        note: 'upstream protocols; the message suggests proxy_ssl_protocols',
      },
    ],
  },
});

const APACHE_ALL = range('TLSv1.0', 'TLSv1.3');

export const apacheSslProtocol = settingRule({
  meta: {
    id: 'apache/ssl-protocol',
    title: 'Apache SSLProtocol enables legacy TLS',
    description:
      '`SSLProtocol` / `SSLProxyProtocol` take `+`/`-` expressions over `all`. `all` means TLSv1 TLSv1.1 TLSv1.2 TLSv1.3 on httpd 2.4 with OpenSSL 1.1.1+, so `all -SSLv3` still enables TLSv1 and TLSv1.1.',
    ecosystem: 'Web servers & proxies',
    catalogue: ['L3'],
    docs: ['https://httpd.apache.org/docs/2.4/mod/mod_ssl.html#sslprotocol'],
    files: { kinds: CONFIG_KINDS, names: /httpd|apache|ssl|\.conf$|\.htaccess$/ },
    keywords: /SSLProtocol|SSLProxyProtocol|ssl_protocol|NSSProtocol|NSSProxyProtocol/,
    fixable: true,
    safe: 'SSLProtocol -all +TLSv1.2 +TLSv1.3',
  },
  keys: /SSL(?:Proxy)?Protocol|NSS(?:Proxy)?Protocol|apache_ssl_protocol/i,
  // Protocol expressions never contain `/` or quotes: a bare value ends there (`sed 's/…SSLProtocol all -SSLv3/'`, `echo "SSLProtocol …" >> file`).
  // Apache joins a line ending in ` \` with the next (`SSLProtocol -all \` then `+TLSv1 +TLSv1.2`).
  finder: { stops: '/"\'`', continued: 'backslash' },
  evaluate: (s, ctx, file) => {
    const e = asList({ all: APACHE_ALL, base: APACHE_ALL })(s, ctx, file);
    if (!e) return undefined;
    // mod_nss: a comma-separated list of the versions it enables, no `+`/`-`/`all`.
    if (/^NSS/i.test(s.key)) return { ...e, instead: ctx.floor === 'TLSv1.3' ? '`NSSProtocol TLSv1.3`' : '`NSSProtocol TLSv1.2,TLSv1.3`' };
    const usesAll = /(^|[\s"'])[+]?all\b/i.test(s.value);
    return {
      ...e,
      why: usesAll ? '`all` includes TLSv1 and TLSv1.1' : undefined,
      fix: { start: s.valueStart, end: s.valueEnd, text: ctx.floor === 'TLSv1.3' ? '-all +TLSv1.3' : '-all +TLSv1.2 +TLSv1.3' },
    };
  },
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`SSLProtocol -all +TLSv1.3`' : '`SSLProtocol -all +TLSv1.2 +TLSv1.3`'),
  examples: {
    valid: [
      {
        file: 'apache/ssl.conf',
        code: 'SSLProtocol -all \\\n    +TLSv1.2 +TLSv1.3\nSSLCipherSuite HIGH',
        note: 'continued over two lines, modern only',
      },
      { file: 'httpd.conf', code: 'SSLProtocol -all +TLSv1.2 +TLSv1.3' },
      { file: 'ssl.conf', code: 'SSLProtocol all -SSLv3 -TLSv1 -TLSv1.1' },
      { file: 'sites/site.conf', code: 'SSLProtocol TLSv1.2' },
      { file: 'conf/nss.conf', code: 'NSSProtocol TLSv1.2,TLSv1.3\n', note: 'mod_nss, modern versions only' },
      { file: 'httpd.conf', code: '#SSLProtocol all -SSLv3\nSSLProtocol -all +TLSv1.2' },
      { file: 'vhost.conf', code: 'SSLProtocol all -SSLv2 -SSLv3 -TLSv1 -TLSv1.1', note: '-TLSv1 removes 1.0, -TLSv1.1 removes 1.1' },
    ],
    invalid: [
      {
        file: 'apache/ssl.conf',
        code: 'SSLProtocol -all \\\n    +TLSv1 +TLSv1.2',
        findings: ['2:6 TLSv1.0'],
        note: 'a line ending in ` \\` continues on the next; the finding is on the line with the version',
      },
      { file: 'ssl.conf', code: 'SSLProtocol all -SSLv3', findings: ['1:1 TLSv1.0 TLSv1.1'], output: 'SSLProtocol -all +TLSv1.2 +TLSv1.3' },
      { file: 'ssl.conf', code: 'SSLProtocol ALL -SSLv2 -SSLv3', findings: ['1:1 TLSv1.0 TLSv1.1'], note: 'case-insensitive ALL' },
      { file: 'ssl.conf', code: 'SSLProtocol all -SSLv3 -TLSv1', findings: ['1:1 TLSv1.1'], note: '-TLSv1 only removes 1.0' },
      { file: 'ssl.conf', code: 'SSLProtocol +TLSv1 +TLSv1.1 +TLSv1.2', findings: ['1:1 TLSv1.0 TLSv1.1'] },
      {
        file: 'ssl.conf',
        code: '<VirtualHost *:443>\n  SSLProxyProtocol all -SSLv3\n</VirtualHost>',
        findings: ['2:3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'group_vars/web.yml',
        code: 'apache_ssl_protocol: "All -SSLv2 -SSLv3"',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        note: 'Ansible variable',
      },
      { file: 'apache2.conf', code: 'SSLProtocol TLSv1', findings: ['1:1 TLSv1.0'] },
      {
        file: 'conf/nss.conf',
        code: '<VirtualHost _default_:8443>\nNSSEngine on\nNSSProtocol SSLv3,TLSv1\n</VirtualHost>\n',
        findings: ['3:1 SSLv3 TLSv1.0'],
        output: '<VirtualHost _default_:8443>\nNSSEngine on\nNSSProtocol TLSv1.2\n</VirtualHost>\n',
        note: 'mod_nss lists the versions it enables',
      },
      {
        file: 'setup-apache.sh',
        code: "sed -i -r 's/^[\\t #]+SSLProtocol .*$/  SSLProtocol all -SSLv3 -SSLv2/g' /etc/apache2/mods-enabled/ssl.conf\n",
        findings: ['1:40 TLSv1.0 TLSv1.1'],
        output: "sed -i -r 's/^[\\t #]+SSLProtocol .*$/  SSLProtocol -all +TLSv1.2 +TLSv1.3/g' /etc/apache2/mods-enabled/ssl.conf\n",
        note: 'sed replacement: the value ends at the `/`, so the fix keeps the command',
      },
      {
        file: 'Dockerfile',
        code: 'RUN a2enmod ssl && echo "SSLProtocol ALL -SSLv2 -SSLv3" >> /etc/apache2/apache2.conf\n',
        findings: ['1:26 TLSv1.0 TLSv1.1'],
        output: 'RUN a2enmod ssl && echo "SSLProtocol -all +TLSv1.2 +TLSv1.3" >> /etc/apache2/apache2.conf\n',
        note: 'the closing quote of echo ends the value',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// L2 ingress-nginx
// ---------------------------------------------------------------------------------------------

export const ingressNginxSslProtocols = configRule({
  meta: {
    id: 'ingress-nginx/ssl-protocols',
    title: 'ingress-nginx ssl-protocols enables legacy TLS',
    description:
      'The ingress-nginx ConfigMap key `ssl-protocols` (Helm `controller.config.ssl-protocols`) and the `nginx.ingress.kubernetes.io/proxy-ssl-protocols` annotation are passed to nginx `ssl_protocols` / `proxy_ssl_protocols`; listing TLSv1 or TLSv1.1 enables them for clients or upstreams.',
    ecosystem: 'Web servers & proxies',
    catalogue: ['L2'],
    docs: [
      'https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/configmap/#ssl-protocols',
      'https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#backend-certificate-authentication',
    ],
    files: { kinds: ['yaml', 'json', 'shell', 'hcl', 'dockerfile'] },
    keywords: /ssl-protocols/,
    fixable: true,
    safe: 'ssl-protocols: "TLSv1.2 TLSv1.3"',
    limits: 'Values set from Helm templates or variables (`{{ .Values.sslProtocols }}`) are unknown and not reported.',
  },
  keys: /(?:nginx\.ingress\.kubernetes\.io\/proxy-|controller\.config\.(?:proxy-)?|proxy-)?ssl-protocols/,
  named: /controller\.config\.(?:proxy-)?ssl-protocols/,
  finder: { spaceSeparated: false },
  evaluate: asList(),
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`ssl-protocols: "TLSv1.3"`' : '`ssl-protocols: "TLSv1.2 TLSv1.3"`'),
  examples: {
    valid: [
      {
        file: 'deploy/values.yaml',
        code: 'controller:\n  config:\n    ssl-protocols: |\n      TLSv1.2 TLSv1.3\n    legacy-note: TLSv1',
        note: 'the block scalar ends where the indentation does: the next key is not part of it',
      },
      { file: 'k8s/ingress-nginx-configmap.yaml', code: 'kind: ConfigMap\ndata:\n  ssl-protocols: "TLSv1.2 TLSv1.3"\n' },
      {
        file: 'values.yaml',
        code: 'controller:\n  config:\n    # ssl-protocols: "TLSv1 TLSv1.1 TLSv1.2"\n    ssl-protocols: "TLSv1.2"\n',
        note: 'commented-out legacy value; TLSv1 inside TLSv1.2',
      },
      {
        file: 'templates/configmap.yaml',
        code: 'data:\n  ssl-protocols: {{ .Values.sslProtocols | quote }}\n',
        note: 'templated value is unknown',
      },
      { file: 'ingress.yaml', code: 'metadata:\n  annotations:\n    nginx.ingress.kubernetes.io/proxy-ssl-protocols: "TLSv1.2 TLSv1.3"\n' },
    ],
    invalid: [
      {
        file: 'deploy/values.yaml',
        code: 'controller:\n  config:\n    ssl-protocols: >-\n      TLSv1.1 TLSv1.2\n    use-http2: "true"',
        findings: ['4:7 TLSv1.1'],
        note: 'a YAML block scalar: the value is the indented lines under the key, reported where the version is',
      },
      {
        file: 'k8s/ingress-nginx-configmap.yaml',
        code: 'apiVersion: v1\nkind: ConfigMap\ndata:\n  ssl-protocols: "TLSv1 TLSv1.1 TLSv1.2"\n',
        findings: ['4:3 TLSv1.0 TLSv1.1'],
        output: 'apiVersion: v1\nkind: ConfigMap\ndata:\n  ssl-protocols: "TLSv1.2"\n',
      },
      {
        file: 'ingress.yaml',
        code: 'metadata:\n  annotations:\n    nginx.ingress.kubernetes.io/proxy-ssl-protocols: "TLSv1.1 TLSv1.2"\n',
        findings: ['3:5 TLSv1.1'],
      },
      {
        file: 'helm/values.yaml',
        code: 'controller:\n  config:\n    use-http2: "true"\n    ssl-protocols: TLSv1 TLSv1.2\n',
        findings: ['4:5 TLSv1.0'],
      },
      {
        file: 'deploy.sh',
        code: 'helm upgrade --install ingress ingress-nginx/ingress-nginx \\\n  --set controller.config.ssl-protocols="TLSv1 TLSv1.1 TLSv1.2 TLSv1.3"\n',
        findings: ['2:9 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'ingress.tf',
        code: 'set {\n  name  = "controller.config.ssl-protocols"\n  value = "TLSv1.1 TLSv1.2"\n}\n',
        findings: ['3:3 TLSv1.1'],
        note: 'Terraform helm_release set block: reported on the value line',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// L4 HAProxy
// ---------------------------------------------------------------------------------------------

const HAPROXY_LINE =
  /(?:^|["'])[ \t]*(ssl-default-(?:bind|server)-options|bind|server|default-server|server-template)(?:[ \t]+|:[ \t]*["']?)([^\n"']{1,2000})/gm;

/** The `ssl-min-ver` of `ssl-default-bind-options` / `ssl-default-server-options` in a file, per side. */
function haproxyDefaultMinimums(code: string): { bind?: Version; server?: Version } {
  const found: { bind?: Version; server?: Version } = {};
  for (const m of code.matchAll(/ssl-default-(bind|server)-options:?[ \t]+["']?[^\n]{0,500}?\bssl-min-ver[ \t]+(\S+)/g)) {
    const v = parseVersion(m[2]);
    if (v) found[m[1] as 'bind' | 'server'] = v;
  }
  return found;
}

export const haproxySslOptions: Rule = {
  meta: {
    id: 'haproxy/ssl-options',
    title: 'HAProxy SSL options enable legacy TLS',
    description:
      '`ssl-min-ver` / `ssl-max-ver` / `force-*` / `no-*` on `bind` and `server` lines and in `ssl-default-bind-options` / `ssl-default-server-options` decide which versions HAProxy accepts and offers. A minimum of TLSv1.0 or TLSv1.1, a `force-tlsv10`, or a cap at TLSv1.1 enables legacy TLS; `no-sslv3` alone leaves TLSv1.0 and TLSv1.1 on HAProxy before 2.2, whose default minimum is TLSv1.0.',
    ecosystem: 'Web servers & proxies',
    catalogue: ['L4'],
    docs: [
      'https://docs.haproxy.org/2.8/configuration.html#5.1-ssl-min-ver',
      'https://docs.haproxy.org/2.8/configuration.html#3.1-ssl-default-bind-options',
    ],
    files: {
      kinds: ['conf', 'ini', 'other', 'yaml', 'shell', 'dockerfile'],
      names: /haproxy(?![^/]*\.(?:go|py|java|kt|scala|rb|js|ts|rs|c|h|cc|cpp|cs|php)$)/,
    },
    keywords: /no-sslv3|no-tlsv1|force-sslv3|force-tlsv1|ssl-min-ver|ssl-max-ver/,
    fixable: true,
    safe: 'ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets',
    limits:
      'A `bind … ssl` line without version options uses the build default (TLSv1.0 minimum before HAProxy 2.2, TLSv1.2 since); that is not reported. Exclusion-only options (`no-sslv3 no-tlsv10`) are warnings because their result depends on the HAProxy version.',
  },
  *check(file: SourceFile, ctx): Generator<Match> {
    const code = file.code;
    const defaults = haproxyDefaultMinimums(code);
    HAPROXY_LINE.lastIndex = 0;
    for (let m = HAPROXY_LINE.exec(code); m; m = HAPROXY_LINE.exec(code)) {
      const optsStart = m.index + m[0].length - m[2].length;
      const comment = m[2].search(/[ \t]#/);
      const opts = comment < 0 ? m[2] : m[2].slice(0, comment);
      const words = [...opts.matchAll(/\S+/g)];
      let disabled = EMPTY;
      let forced = EMPTY;
      let min: Version | undefined;
      let max: Version | undefined;
      let minWord: { text: string; index: number } | undefined;
      let seen = false;
      for (let i = 0; i < words.length; i++) {
        const w = words[i][0].toLowerCase();
        const op = /^(no|force)-((?:ssl|tls)v\d+)$/.exec(w);
        if (op) {
          const v = parseVersion(op[2]);
          if (!v) continue;
          seen = true;
          if (op[1] === 'no') disabled |= setOf(v);
          else forced |= setOf(v);
        } else if ((w === 'ssl-min-ver' || w === 'ssl-max-ver') && words[i + 1]) {
          const v = parseVersion(words[i + 1][0]);
          if (!v) continue;
          seen = true;
          if (w === 'ssl-min-ver') {
            min = v;
            minWord = { text: words[i + 1][0], index: words[i + 1].index };
          } else max = v;
        }
      }
      if (!seen) continue;
      let versions: VersionSet;
      let severity: 'error' | 'warning' = 'error';
      let why: string | undefined;
      // `bind`/`server` lines start from `ssl-default-bind-options` / `ssl-default-server-options`.
      const side = /bind/.test(m[1]) ? 'bind' : 'server';
      const inherited = min ?? defaults[side];
      if (forced) {
        versions = forced;
      } else if (max !== undefined && !inherited && !disabled) {
        // A cap alone says nothing about the lower end unless it is below the floor.
        if (below(setOf(max), ctx.floor) === 0) continue;
        versions = atMost(max);
        why = `the maximum is ${max}`;
      } else {
        versions = range(inherited ?? 'TLSv1.0', max ?? 'TLSv1.3') & ~disabled;
        if (!inherited) {
          severity = 'warning';
          why = 'without `ssl-min-ver`, HAProxy before 2.2 starts from TLSv1.0';
        }
      }
      if (below(versions, ctx.floor) === 0) continue;
      const spelled = minWord && respell(minWord.text, ctx.floor);
      const fix =
        minWord && spelled
          ? { start: optsStart + minWord.index, end: optsStart + minWord.index + minWord.text.length, text: spelled }
          : undefined;
      yield {
        start: m.index + m[0].indexOf(m[1]),
        end: optsStart + opts.replace(/\s+$/, '').length,
        versions,
        what: clip(`${m[1]} ${opts}`),
        why,
        severity,
        instead:
          ctx.floor === 'TLSv1.3'
            ? '`ssl-min-ver TLSv1.3`'
            : '`ssl-min-ver TLSv1.2` (e.g. `ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets`)',
        fix,
      };
    }
  },
  examples: {
    valid: [
      { file: 'haproxy.cfg', code: 'global\n  ssl-default-bind-options ssl-min-ver TLSv1.2 no-tls-tickets\n' },
      {
        file: 'haproxy.cfg',
        code: 'global\n  ssl-default-bind-options no-sslv3 no-tlsv10 no-tlsv11 no-tls-tickets\n  ssl-default-server-options no-sslv3 no-tlsv10 no-tlsv11\n',
        note: 'Mozilla intermediate',
      },
      { file: 'haproxy.cfg', code: 'frontend https\n  bind :443 ssl crt /etc/ssl/site.pem force-tlsv12\n', note: 'force-tlsv12 is safe' },
      {
        file: 'haproxy.cfg',
        code: 'global\n  # ssl-default-bind-options no-sslv3\n  ssl-default-bind-options ssl-min-ver TLSv1.2\n',
        note: 'commented-out line',
      },
      {
        file: 'haproxy.cfg',
        code: 'frontend https\n  bind *:443 ssl crt /etc/haproxy/certs/ alpn h2,http/1.1\n',
        note: 'no version options: build default, not reported',
      },
      {
        file: 'haproxy.cfg.j2',
        code: 'global\n  ssl-default-bind-options no-sslv3 no-tlsv10 no-tlsv11 no-tlsv12 no-tls-tickets\n',
        note: 'Mozilla modern: TLS 1.3 only',
      },
      {
        file: 'haproxy.cfg',
        code: 'global\n  ssl-default-bind-options no-sslv3\n  ssl-default-bind-options ssl-min-ver TLSv1.2\nfrontend f\n  bind :443 ssl crt /c.pem no-sslv3\n',
        note: 'the global ssl-min-ver applies to the other lines',
      },
      {
        file: 'haproxy.cfg',
        code: 'global\n  ssl-default-bind-options ssl-max-ver TLSv1.3\n',
        note: 'a cap at TLSv1.3 says nothing about the minimum',
      },
      {
        file: 'group_vars/lb.yml',
        code: 'haproxy:\n  global:\n    ssl-default-bind-options: "no-sslv3 no-tlsv10 no-tlsv11"\n',
        note: 'YAML role variables',
      },
      {
        file: 'config-parser/tests/configs/haproxy_https.cfg.go',
        code: 'package configs\n\nconst basic = `\nglobal\n  ssl-default-bind-options no-sslv3 no-tls-tickets\n`\n',
        note: "a parser's test fixture in Go source: haproxy in the name does not make source code a configuration file",
      },
    ],
    invalid: [
      {
        file: 'haproxy.cfg',
        code: 'global\n  ssl-default-bind-options no-sslv3 no-tls-tickets\n',
        findings: ['2:3 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'no-sslv3 alone: TLSv1.0+ before HAProxy 2.2',
      },
      {
        file: 'haproxy.cfg',
        code: 'global\n  ssl-default-bind-options ssl-min-ver TLSv1.0\n',
        findings: ['2:3 TLSv1.0 TLSv1.1'],
        output: 'global\n  ssl-default-bind-options ssl-min-ver TLSv1.2\n',
      },
      {
        file: 'haproxy.cfg',
        code: 'frontend legacy\n  bind :8443 ssl crt /etc/ssl/old.pem force-tlsv10\n',
        findings: ['2:3 TLSv1.0'],
      },
      {
        file: 'haproxy.cfg',
        code: 'backend old_api\n  server api1 10.0.0.5:443 ssl verify none ssl-max-ver TLSv1.1\n',
        findings: ['2:3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'haproxy.cfg',
        code: 'global\n  ssl-default-server-options ssl-min-ver TLSv1.1 no-tls-tickets   # partners\n',
        findings: ['2:3 TLSv1.1'],
        output: 'global\n  ssl-default-server-options ssl-min-ver TLSv1.2 no-tls-tickets   # partners\n',
      },
      {
        file: 'group_vars/lb.yml',
        code: 'haproxy:\n  global:\n    ssl-default-server-options: "no-sslv3"\n',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'YAML role variables',
      },
      {
        file: 'docker/haproxy/Dockerfile',
        code: 'RUN echo "    ssl-default-bind-options no-sslv3 no-tlsv10" >> /usr/local/etc/haproxy/haproxy.cfg\n',
        findings: ['1:15 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'haproxy.cfg',
        code: 'frontend f\n  bind :443 ssl crt /c.pem ssl-min-ver TLSv1.2 no-tlsv13\n',
        floor: 'TLSv1.3',
        findings: ['2:3 TLSv1.2'],
        output: 'frontend f\n  bind :443 ssl crt /c.pem ssl-min-ver TLSv1.3 no-tlsv13\n',
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// L5 Envoy, L6 Istio, L7 Contour / Gloo / Emissary / Kong
// ---------------------------------------------------------------------------------------------

const MESH_KINDS = ['yaml', 'json', 'conf', 'other', 'shell', 'hcl'] as const;

export const envoyTlsParams = configRule({
  meta: {
    id: 'envoy/tls-protocol-version',
    title: 'Envoy tls_params allow legacy TLS',
    description:
      '`common_tls_context.tls_params.tls_minimum_protocol_version` / `tls_maximum_protocol_version` bound the versions an Envoy listener or cluster negotiates. `TLSv1_0` / `TLSv1_1` as the minimum, or a maximum of `TLSv1_1`, enable legacy TLS; `TLS_AUTO` as the minimum is TLSv1_0 for servers in Envoy 1.21 and earlier (reported as a warning).',
    ecosystem: 'Web servers & proxies',
    catalogue: ['L5'],
    docs: [
      'https://www.envoyproxy.io/docs/envoy/latest/api-v3/extensions/transport_sockets/tls/v3/common.proto#extensions-transport-sockets-tls-v3-tlsparameters',
    ],
    files: { kinds: MESH_KINDS },
    keywords: /tls_minimum_protocol_version|tls_maximum_protocol_version|tlsMinimumProtocolVersion|tlsMaximumProtocolVersion/,
    fixable: true,
    safe: 'tls_minimum_protocol_version: TLSv1_2',
    limits: 'A missing `tls_params` uses the Envoy default (TLSv1_2 for clients; for servers TLSv1_0 in 1.21 and earlier); not reported.',
  },
  keys: /tls_minimum_protocol_version|tls_maximum_protocol_version|tlsMinimumProtocolVersion|tlsMaximumProtocolVersion/,
  finder: { spaceSeparated: false },
  evaluate: minOrMax({
    special: { TLS_AUTO: range('TLSv1.0') },
    specialSeverity: 'warning',
    specialWhy: 'as a minimum, `TLS_AUTO` is TLSv1_0 for servers in Envoy 1.21 and earlier',
  }),
  instead: (ctx, s) =>
    /max/i.test(s.key)
      ? '`tls_maximum_protocol_version: TLSv1_3`'
      : `\`tls_minimum_protocol_version: ${ctx.floor === 'TLSv1.3' ? 'TLSv1_3' : 'TLSv1_2'}\``,
  examples: {
    valid: [
      {
        file: 'envoy.yaml',
        code: 'tls_params:\n  tls_minimum_protocol_version: TLSv1_2\n  tls_maximum_protocol_version: TLSv1_3\n',
        note: 'TLSv1_2 must not match as TLSv1',
      },
      { file: 'envoy.json', code: '{"tlsParams": {"tlsMinimumProtocolVersion": "TLSv1_3"}}' },
      {
        file: 'envoy.yaml',
        code: 'tls_params:\n  # tls_minimum_protocol_version: TLSv1_0\n  tls_maximum_protocol_version: TLS_AUTO\n',
        note: 'commented; TLS_AUTO maximum',
      },
      { file: 'envoy.yaml', code: 'tls_params:\n  tls_minimum_protocol_version: {{ .Values.minTls }}\n', note: 'templated' },
    ],
    invalid: [
      {
        file: 'envoy.yaml',
        code: 'common_tls_context:\n  tls_params:\n    tls_minimum_protocol_version: TLSv1_0\n',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        output: 'common_tls_context:\n  tls_params:\n    tls_minimum_protocol_version: TLSv1_2\n',
      },
      {
        file: 'bootstrap.json',
        code: '{\n  "tls_params": {\n    "tls_minimum_protocol_version": "TLSv1_1"\n  }\n}',
        findings: ['3:5 TLSv1.1'],
      },
      {
        file: 'envoy.yaml',
        code: 'tls_params:\n  tls_minimum_protocol_version: TLSv1_2\n  tls_maximum_protocol_version: TLSv1_1\n',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        note: 'the cap leaves only legacy versions',
      },
      {
        file: 'envoy.yaml',
        code: 'tls_params:\n  tls_minimum_protocol_version: TLS_AUTO\n',
        findings: ['2:3 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
    ],
  },
});

export const istioProtocolVersion = configRule({
  meta: {
    id: 'istio/protocol-version',
    title: 'Istio TLS options allow legacy TLS',
    description:
      'Gateway / DestinationRule `tls.minProtocolVersion` and `maxProtocolVersion` (and `meshConfig.meshMTLS`) take `TLSV1_0`, `TLSV1_1`, `TLSV1_2`, `TLSV1_3` or `TLS_AUTO`. A minimum of TLSV1_0/TLSV1_1 or a maximum of TLSV1_1 enables legacy TLS.',
    ecosystem: 'Web servers & proxies',
    catalogue: ['L6'],
    docs: ['https://istio.io/latest/docs/reference/config/networking/gateway/#ServerTLSSettings-TLSProtocol'],
    files: { kinds: ['yaml', 'json', 'shell'] },
    keywords: /minProtocolVersion|maxProtocolVersion/,
    fixable: true,
    safe: 'minProtocolVersion: TLSV1_2',
    limits: '`TLS_AUTO` is treated as the current Istio default (TLSV1_2) and not reported.',
  },
  keys: /minProtocolVersion|maxProtocolVersion/,
  finder: { spaceSeparated: false },
  // Istio's enum is upper-case `TLSV1_0`; Azure Application Gateway's `minProtocolVersion: TLSv1_0` belongs to the Azure rules.
  where: (s) => /^\s*["']?TLSV1_[0-3]\b/.test(s.value),
  evaluate: minOrMax(),
  instead: (ctx, s) =>
    /max/i.test(s.key) ? '`maxProtocolVersion: TLSV1_3`' : `\`minProtocolVersion: ${ctx.floor === 'TLSv1.3' ? 'TLSV1_3' : 'TLSV1_2'}\``,
  examples: {
    valid: [
      { file: 'gateway.yaml', code: 'tls:\n  mode: SIMPLE\n  minProtocolVersion: TLSV1_2\n' },
      { file: 'gateway.yaml', code: 'tls:\n  mode: SIMPLE\n  minProtocolVersion: TLS_AUTO\n', note: 'TLS_AUTO is the Istio default' },
      { file: 'istio-operator.yaml', code: 'meshConfig:\n  meshMTLS:\n    minProtocolVersion: TLSV1_3\n' },
      { file: 'gateway.yaml', code: 'tls:\n  # minProtocolVersion: TLSV1_0\n  maxProtocolVersion: TLSV1_3\n' },
      {
        file: 'azuredeploy.json',
        code: '{"sslPolicy": {"policyType": "Custom", "minProtocolVersion": "TLSv1_0"}}',
        note: 'Azure Application Gateway spelling: left to the Azure rules',
      },
    ],
    invalid: [
      {
        file: 'gateway.yaml',
        code: 'spec:\n  servers:\n  - tls:\n      mode: SIMPLE\n      minProtocolVersion: TLSV1_0\n',
        findings: ['5:7 TLSv1.0 TLSv1.1'],
        output: 'spec:\n  servers:\n  - tls:\n      mode: SIMPLE\n      minProtocolVersion: TLSV1_2\n',
      },
      { file: 'gateway.yaml', code: 'tls:\n  minProtocolVersion: TLSV1_1\n', findings: ['2:3 TLSv1.1'] },
      {
        file: 'destination-rule.yaml',
        code: 'tls:\n  mode: SIMPLE\n  maxProtocolVersion: TLSV1_1\n',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'gateway.json',
        code: '{"tls": {"mode": "SIMPLE", "minProtocolVersion": "TLSV1_2"}}',
        floor: 'TLSv1.3',
        findings: ['1:28 TLSv1.2'],
        output: '{"tls": {"mode": "SIMPLE", "minProtocolVersion": "TLSV1_3"}}',
      },
    ],
  },
});

export const contourGlooMinimumVersion = configRule({
  meta: {
    id: 'contour/minimum-protocol-version',
    title: 'Contour / Gloo minimum protocol version allows legacy TLS',
    description:
      'Contour (`tls.minimum-protocol-version` in its config file, `minimumProtocolVersion` in ContourConfiguration and HTTPProxy) and Gloo Edge (`sslParameters.minimumProtocolVersion` / `maximumProtocolVersion`) set the Envoy TLS bounds. `"1.1"` or `TLSv1_0` enables legacy TLS.',
    ecosystem: 'Web servers & proxies',
    catalogue: ['L7'],
    docs: [
      'https://projectcontour.io/docs/main/configuration/#tls-configuration',
      'https://docs.solo.io/gloo-edge/latest/reference/api/github.com/solo-io/gloo/projects/gloo/api/v1/ssl/ssl.proto.sk/#sslparameters',
    ],
    files: { kinds: ['yaml', 'json', 'shell'] },
    keywords: /minimum-protocol-version|maximum-protocol-version|minimumProtocolVersion|maximumProtocolVersion/,
    fixable: true,
    safe: 'minimum-protocol-version: "1.2"',
  },
  keys: /minimum-protocol-version|minimumProtocolVersion|maximum-protocol-version|maximumProtocolVersion/,
  finder: { spaceSeparated: false },
  evaluate: minOrMax({ bareNumbers: true }),
  instead: (ctx) => `\`minimumProtocolVersion: "${ctx.floor === 'TLSv1.3' ? '1.3' : '1.2'}"\` (Gloo: \`TLSv1_2\`)`,
  examples: {
    valid: [
      { file: 'contour.yaml', code: 'tls:\n  minimum-protocol-version: "1.2"\n' },
      { file: 'httpproxy.yaml', code: 'spec:\n  virtualhost:\n    tls:\n      minimumProtocolVersion: "1.3"\n' },
      {
        file: 'gloo-vs.yaml',
        code: 'sslConfig:\n  parameters:\n    minimumProtocolVersion: TLSv1_2\n',
        note: 'Gloo enum, TLSv1_2 not TLSv1',
      },
      { file: 'contour.yaml', code: 'tls:\n  # minimum-protocol-version: "1.1"\n  cipher-suites: []\n' },
      {
        file: 'cloudfront.yaml',
        code: 'ViewerCertificate:\n  MinimumProtocolVersion: TLSv1\n',
        note: 'CloudFront (capital M) belongs to the AWS rules',
      },
      { file: 'deploy.sh', code: 'cdn modify --minimum-protocol-version TLSv1.2_2021\n', note: 'a CloudFront policy name, not Contour' },
    ],
    invalid: [
      {
        file: 'contour.yaml',
        code: 'tls:\n  minimum-protocol-version: "1.1"\n',
        findings: ['2:3 TLSv1.1'],
        output: 'tls:\n  minimum-protocol-version: "1.2"\n',
      },
      {
        file: 'httpproxy.yaml',
        code: 'spec:\n  virtualhost:\n    fqdn: legacy.example.com\n    tls:\n      secretName: cert\n      minimumProtocolVersion: "1.0"\n',
        findings: ['6:7 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'gloo-vs.yaml',
        code: 'sslConfig:\n  parameters:\n    minimumProtocolVersion: TLSv1_0\n',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        output: 'sslConfig:\n  parameters:\n    minimumProtocolVersion: TLSv1_2\n',
      },
      {
        file: 'gloo-vs.yaml',
        code: 'sslConfig:\n  parameters:\n    maximumProtocolVersion: TLSv1_1\n',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'ingress.yaml',
        code: 'metadata:\n  annotations:\n    projectcontour.io/tls-minimum-protocol-version: "1.1"\n',
        findings: ['3:27 TLSv1.1'],
        note: 'Contour Ingress annotation',
      },
    ],
  },
});

export const emissaryTlsVersion = configRule({
  meta: {
    id: 'emissary/tls-version',
    title: 'Emissary-ingress / Ambassador TLS version allows legacy TLS',
    description:
      'The `TLSContext` and `Host.tlsContext` fields `min_tls_version` / `max_tls_version` take `v1.0`–`v1.3`; `v1.0` or `v1.1` as minimum, or a `v1.1` maximum, enables legacy TLS.',
    ecosystem: 'Web servers & proxies',
    catalogue: ['L7'],
    docs: ['https://www.getambassador.io/docs/emissary/latest/topics/running/tls#tls-version-control'],
    files: { kinds: ['yaml', 'json'] },
    keywords: /min_tls_version|max_tls_version/,
    fixable: true,
    safe: 'min_tls_version: v1.2',
    limits:
      'Only the `v1.x` spelling is read here; bare numbers and other spellings of `min_tls_version` belong to cloud providers and are left to their rules.',
  },
  keys: /min_tls_version|max_tls_version/,
  finder: { spaceSeparated: false },
  where: (s) => /^v1\.[0-3]\b/i.test(s.value.trim()),
  evaluate: minOrMax({ bareNumbers: true }),
  instead: (ctx, s) => (/max/.test(s.key) ? '`max_tls_version: v1.3`' : `\`min_tls_version: v${ctx.floor === 'TLSv1.3' ? '1.3' : '1.2'}\``),
  examples: {
    valid: [
      { file: 'tlscontext.yaml', code: 'kind: TLSContext\nspec:\n  min_tls_version: v1.2\n  max_tls_version: v1.3\n' },
      { file: 'tlscontext.yaml', code: 'spec:\n  # min_tls_version: v1.0\n  min_tls_version: v1.3\n' },
      { file: 'main.yaml', code: 'min_tls_version: "1.0"\n', note: 'not the Emissary spelling (cloud rules own this key)' },
    ],
    invalid: [
      {
        file: 'tlscontext.yaml',
        code: 'kind: TLSContext\nspec:\n  hosts: ["*"]\n  min_tls_version: v1.0\n',
        findings: ['4:3 TLSv1.0 TLSv1.1'],
        output: 'kind: TLSContext\nspec:\n  hosts: ["*"]\n  min_tls_version: v1.2\n',
      },
      { file: 'host.yaml', code: 'spec:\n  tlsContext:\n    min_tls_version: v1.1\n', findings: ['3:5 TLSv1.1'] },
      { file: 'tlscontext.yaml', code: 'spec:\n  max_tls_version: v1.1\n', findings: ['2:3 TLSv1.0 TLSv1.1'] },
    ],
  },
});

export const kongSslProtocols = configRule({
  meta: {
    id: 'kong/ssl-protocols',
    title: 'Kong ssl_protocols enables legacy TLS',
    description:
      "Kong's `ssl_protocols` (kong.conf), `KONG_SSL_PROTOCOLS` (environment) and `nginx_*_ssl_protocols` injections become nginx `ssl_protocols`; listing TLSv1 or TLSv1.1 enables them.",
    ecosystem: 'Web servers & proxies',
    catalogue: ['L7'],
    docs: ['https://docs.konghq.com/gateway/latest/reference/configuration/#ssl_protocols'],
    files: { kinds: ['yaml', 'json', 'shell', 'dockerfile', 'env', 'hcl'], names: /kong/ },
    keywords: /ssl_protocols/,
    fixable: true,
    safe: 'ssl_protocols = TLSv1.2 TLSv1.3',
  },
  keys: /KONG_(?:LUA_)?SSL_PROTOCOLS|KONG_NGINX_(?:HTTP|STREAM|PROXY|ADMIN)_SSL_PROTOCOLS|(?:nginx_(?:http|stream|proxy|admin)_|lua_)?ssl_protocols/i,
  named: /KONG_(?:LUA_)?SSL_PROTOCOLS|KONG_NGINX_(?:HTTP|STREAM|PROXY|ADMIN)_SSL_PROTOCOLS/,
  finder: { spaceSeparated: false },
  // Plain `ssl_protocols =` only in Kong files; the KONG_ variables anywhere.
  where: (s, file) => /^kong_/i.test(s.key) || /kong/.test(file.name),
  evaluate: asList(),
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`ssl_protocols = TLSv1.3`' : '`ssl_protocols = TLSv1.2 TLSv1.3`'),
  examples: {
    valid: [
      { file: 'kong.conf', code: 'ssl_protocols = TLSv1.2 TLSv1.3\n' },
      { file: 'kong.conf', code: '#ssl_protocols = TLSv1.1 TLSv1.2 TLSv1.3\n', note: 'commented default' },
      { file: 'docker-compose.yml', code: 'environment:\n  KONG_SSL_PROTOCOLS: "TLSv1.2"\n' },
      { file: 'dovecot.yml', code: 'ssl_protocols: "!SSLv2 !SSLv3"\n', note: 'not a Kong file' },
    ],
    invalid: [
      {
        file: 'kong.conf',
        code: 'ssl_protocols = TLSv1.1 TLSv1.2 TLSv1.3\n',
        findings: ['1:1 TLSv1.1'],
        output: 'ssl_protocols = TLSv1.2 TLSv1.3\n',
      },
      {
        file: 'docker-compose.yml',
        code: 'services:\n  kong:\n    environment:\n      KONG_SSL_PROTOCOLS: "TLSv1 TLSv1.1 TLSv1.2"\n',
        findings: ['4:7 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'k8s/kong-deployment.yaml',
        code: 'env:\n- name: KONG_SSL_PROTOCOLS\n  value: "TLSv1.1 TLSv1.2 TLSv1.3"\n',
        findings: ['3:3 TLSv1.1'],
      },
      { file: 'Dockerfile', code: 'ENV KONG_NGINX_PROXY_SSL_PROTOCOLS="TLSv1 TLSv1.2"\n', findings: ['1:5 TLSv1.0'] },
      {
        file: 'docker-compose.yml',
        code: 'services:\n  gateway:\n    environment:\n      - KONG_LUA_SSL_PROTOCOLS=TLSv1.1 TLSv1.2\n',
        findings: ['4:9 TLSv1.1'],
        note: 'list-style environment entry',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// L8 lighttpd
// ---------------------------------------------------------------------------------------------

const LIGHTTPD = /(ssl\.use-sslv[23])[ \t]*=[ \t]*"(enable|disable)"|ssl\.openssl\.ssl-conf-cmd[ \t]*\+?=[ \t]*\(([^)]{1,1500})\)/gi;

export const lighttpdProtocols = patternRule({
  meta: {
    id: 'lighttpd/ssl-protocols',
    title: 'lighttpd enables legacy TLS',
    description:
      '`ssl.openssl.ssl-conf-cmd` passes `MinProtocol`, `MaxProtocol` and `Protocol` to OpenSSL; a minimum of TLSv1/TLSv1.1, or `ssl.use-sslv3 = "enable"`, enables legacy protocols on a lighttpd listener.',
    ecosystem: 'Web servers & proxies',
    catalogue: ['L8'],
    docs: ['https://redmine.lighttpd.net/projects/lighttpd/wiki/Docs_SSL'],
    files: { kinds: ['conf', 'other', 'shell', 'dockerfile', 'yaml'], names: /lighttpd/ },
    keywords: /ssl-conf-cmd|use-sslv/,
    fixable: true,
    safe: 'ssl.openssl.ssl-conf-cmd = ("MinProtocol" => "TLSv1.2")',
    limits: 'Without `MinProtocol` lighttpd 1.4.56+ defaults to TLSv1.2 (older: the OpenSSL default); not reported.',
  },
  pattern: LIGHTTPD,
  evaluate: (m, ctx) => {
    if (m[1]) {
      if (m[2].toLowerCase() !== 'enable') return undefined;
      const v = parseVersion(m[1].slice(-5)) ?? (m[1].endsWith('2') ? 'SSLv2' : 'SSLv3');
      return { versions: setOf(v), instead: `\`${m[1]} = "disable"\`` };
    }
    const body = m[3];
    const bodyStart = m.index + m[0].indexOf('(') + 1;
    let versions = EMPTY;
    let fix;
    let why: string | undefined;
    for (const p of body.matchAll(/"(MinProtocol|MaxProtocol|Protocol)"[ \t]*=>[ \t]*"([^"\n]{1,200})"/gi)) {
      const name = p[1].toLowerCase();
      if (name === 'minprotocol') {
        const v = readVersion(p[2]);
        if (!v) continue;
        versions |= atLeast(v);
        const spelled = respell(p[2], ctx.floor);
        const at = bodyStart + p.index + p[0].lastIndexOf(p[2]);
        if (spelled && below(atLeast(v), ctx.floor)) fix = { start: at, end: at + p[2].length, text: spelled };
      } else if (name === 'maxprotocol') {
        const v = readVersion(p[2]);
        if (v) {
          versions |= atMost(v);
          why = `the maximum is ${v}`;
        }
      } else {
        const tokens = tokenize(p[2]);
        const enabling = tokens
          .filter((t) => !/^[-!]/.test(t.text))
          .map((t) => readVersion(t.text))
          .filter((v): v is Version => !!v);
        for (const v of enabling) versions |= setOf(v);
      }
    }
    return versions ? { versions, fix, why } : undefined;
  },
  instead: (ctx) => `\`ssl.openssl.ssl-conf-cmd = ("MinProtocol" => "${ctx.floor}")\``,
  examples: {
    valid: [
      { file: 'lighttpd.conf', code: 'ssl.openssl.ssl-conf-cmd = ("MinProtocol" => "TLSv1.2")\n' },
      {
        file: 'lighttpd.conf',
        code: 'ssl.use-sslv3 = "disable"\nssl.openssl.ssl-conf-cmd = ("MinProtocol" => "TLSv1.3", "Options" => "-SessionTicket")\n',
      },
      { file: 'conf.d/ssl.conf', code: '# ssl.openssl.ssl-conf-cmd = ("MinProtocol" => "TLSv1")\n', note: 'commented' },
      {
        file: 'lighttpd.conf',
        code: 'ssl.openssl.ssl-conf-cmd = ("Protocol" => "-ALL, TLSv1.2, TLSv1.3")\n',
        note: 'TLSv1 inside TLSv1.2; -ALL disables',
      },
    ],
    invalid: [
      {
        file: 'lighttpd.conf',
        code: '$SERVER["socket"] == ":443" {\n  ssl.engine = "enable"\n  ssl.openssl.ssl-conf-cmd = ("MinProtocol" => "TLSv1")\n}\n',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        output: '$SERVER["socket"] == ":443" {\n  ssl.engine = "enable"\n  ssl.openssl.ssl-conf-cmd = ("MinProtocol" => "TLSv1.2")\n}\n',
      },
      { file: 'lighttpd.conf', code: 'ssl.use-sslv3 = "enable"\n', findings: ['1:1 SSLv3'] },
      {
        file: 'lighttpd.conf',
        code: 'ssl.openssl.ssl-conf-cmd += ("MinProtocol" => "TLSv1.1", "CipherString" => "HIGH")\n',
        findings: ['1:1 TLSv1.1'],
      },
      { file: 'lighttpd.conf', code: 'ssl.openssl.ssl-conf-cmd = ("Protocol" => "-ALL, TLSv1, TLSv1.2")\n', findings: ['1:1 TLSv1.0'] },
    ],
  },
});

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

export const rules: readonly Rule[] = [
  nginxSslProtocols,
  ingressNginxSslProtocols,
  apacheSslProtocol,
  haproxySslOptions,
  envoyTlsParams,
  istioProtocolVersion,
  contourGlooMinimumVersion,
  emissaryTlsVersion,
  kongSslProtocols,
  lighttpdProtocols,
  stunnelSslVersion,
  openvpnTlsVersion,
  hitchTlsProtos,
  squidTlsMinVersion,
];
