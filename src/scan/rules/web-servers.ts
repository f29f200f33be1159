/**
 * Web servers and proxies: nginx, Apache httpd, HAProxy, Envoy, Istio, Traefik-free proxies,
 * lighttpd, stunnel, OpenVPN, Hitch, Squid, Kong, Contour, Emissary, Gloo, Caddy v1.
 */
import { range } from '../../versions.js';
import { asList, settingRule } from '../define.js';
import type { Rule } from '../rule.js';

const CONFIG_KINDS = ['conf', 'other', 'ini', 'yaml', 'shell', 'dockerfile', 'php'] as const;

export const nginxSslProtocols = settingRule({
  meta: {
    id: 'nginx/ssl-protocols',
    title: 'nginx ssl_protocols enables legacy TLS',
    description:
      'The `ssl_protocols` directive (and `proxy_`, `grpc_`, `uwsgi_`, OpenResty `lua_` variants for upstream connections) lists the versions nginx accepts or offers. Listing SSLv3, TLSv1 or TLSv1.1 lets clients or upstreams negotiate them.',
    ecosystem: 'Web servers & proxies',
    catalogue: ['L1'],
    docs: ['https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_protocols'],
    files: { kinds: CONFIG_KINDS, names: /nginx|\.conf$/ },
    keywords: /ssl_protocols/,
    fixable: true,
    safe: 'ssl_protocols TLSv1.2 TLSv1.3;',
    limits:
      'A server block without the directive uses the build default (TLSv1 TLSv1.1 TLSv1.2 before nginx 1.23.4); that depends on the nginx version and is not reported.',
  },
  keys: /(?:proxy_|grpc_|uwsgi_|lua_)?ssl_protocols/,
  finder: { spaceSeparated: true },
  // A directive: first on its line or after `{`, `;` or an opening quote (config that scripts write),
  // and separated from its value by white space only (`ssl_protocols = …` is Kong or Dovecot).
  where: (s, file) =>
    /(?:^|[{;"'])[ \t]*$/.test(file.code.slice(file.code.lastIndexOf('\n', s.keyStart) + 1, s.keyStart)) &&
    /^[ \t]+[^=:\s]/.test(file.code.slice(s.keyStart + s.key.length, s.keyStart + s.key.length + 3)),
  evaluate: asList(),
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`ssl_protocols TLSv1.3;`' : '`ssl_protocols TLSv1.2 TLSv1.3;`'),
  examples: {
    valid: [
      { file: 'nginx.conf', code: 'ssl_protocols TLSv1.2 TLSv1.3;' },
      { file: 'conf.d/site.conf', code: '    ssl_protocols TLSv1.2;' , note: 'TLSv1 must not match inside TLSv1.2' },
      { file: 'nginx.conf', code: '# ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\nssl_protocols TLSv1.3;', note: 'commented-out default' },
      { file: 'sites-available/default', code: 'server {\n  listen 443 ssl;\n  ssl_protocols TLSv1.2 TLSv1.3; # was TLSv1 TLSv1.1\n}' },
      { file: 'kong.conf', code: 'ssl_protocols = TLSv1.1 TLSv1.2', note: 'Kong syntax belongs to the Kong rule' },
      { file: 'roles/web/templates/nginx.conf.j2', code: 'ssl_protocols {{ nginx_ssl_protocols }};', note: 'templated value is unknown' },
    ],
    invalid: [
      { file: 'nginx.conf', code: 'ssl_protocols TLSv1 TLSv1.1 TLSv1.2;', versions: ['TLSv1.0', 'TLSv1.1'], output: 'ssl_protocols TLSv1.2;' },
      { file: 'conf.d/api.conf', code: 'server {\n    listen 443 ssl;\n    ssl_protocols SSLv3 TLSv1.2;\n}', versions: ['SSLv3'], line: 3, output: 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2;\n}' },
      { file: 'nginx.conf', code: 'location / {\n  proxy_ssl_protocols TLSv1 TLSv1.2;\n}', versions: ['TLSv1.0'], line: 2 },
      { file: 'snippets/ssl-params.conf', code: 'ssl_protocols TLSv1.1 TLSv1.2 TLSv1.3;', versions: ['TLSv1.1'] },
      { file: 'nginx.conf.j2', code: 'ssl_protocols TLSv1 TLSv1.2;', versions: ['TLSv1.0'] },
      { file: 'nginx.conf', code: 'mail {\n  ssl_protocols TLSv1.2 TLSv1.3;\n}\n', floor: 'TLSv1.3', versions: ['TLSv1.2'], output: 'mail {\n  ssl_protocols TLSv1.3;\n}\n' },
      { file: 'Dockerfile', code: 'RUN echo "ssl_protocols TLSv1 TLSv1.1 TLSv1.2;" > /etc/nginx/conf.d/ssl.conf', versions: ['TLSv1.0', 'TLSv1.1'], note: 'configuration written by a Dockerfile' },
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
    keywords: /SSLProtocol|SSLProxyProtocol|ssl_protocol/,
    fixable: true,
    safe: 'SSLProtocol -all +TLSv1.2 +TLSv1.3',
  },
  keys: /SSL(?:Proxy)?Protocol|apache_ssl_protocol/i,
  evaluate: (s, ctx, file) => {
    const e = asList({ all: APACHE_ALL, base: APACHE_ALL })(s, ctx, file);
    if (!e) return undefined;
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
      { file: 'httpd.conf', code: 'SSLProtocol -all +TLSv1.2 +TLSv1.3' },
      { file: 'ssl.conf', code: 'SSLProtocol all -SSLv3 -TLSv1 -TLSv1.1' },
      { file: 'sites/site.conf', code: 'SSLProtocol TLSv1.2' },
      { file: 'httpd.conf', code: '#SSLProtocol all -SSLv3\nSSLProtocol -all +TLSv1.2' },
      { file: 'vhost.conf', code: 'SSLProtocol all -SSLv2 -SSLv3 -TLSv1 -TLSv1.1', note: '-TLSv1 removes 1.0, -TLSv1.1 removes 1.1' },
    ],
    invalid: [
      { file: 'ssl.conf', code: 'SSLProtocol all -SSLv3', versions: ['TLSv1.0', 'TLSv1.1'], output: 'SSLProtocol -all +TLSv1.2 +TLSv1.3' },
      { file: 'ssl.conf', code: 'SSLProtocol ALL -SSLv2 -SSLv3', versions: ['TLSv1.0', 'TLSv1.1'], note: 'case-insensitive ALL' },
      { file: 'ssl.conf', code: 'SSLProtocol all -SSLv3 -TLSv1', versions: ['TLSv1.1'], note: '-TLSv1 only removes 1.0' },
      { file: 'ssl.conf', code: 'SSLProtocol +TLSv1 +TLSv1.1 +TLSv1.2', versions: ['TLSv1.0', 'TLSv1.1'] },
      { file: 'ssl.conf', code: '<VirtualHost *:443>\n  SSLProxyProtocol all -SSLv3\n</VirtualHost>', versions: ['TLSv1.0', 'TLSv1.1'], line: 2 },
      { file: 'group_vars/web.yml', code: 'apache_ssl_protocol: "All -SSLv2 -SSLv3"', versions: ['TLSv1.0', 'TLSv1.1'], note: 'Ansible variable' },
      { file: 'apache2.conf', code: 'SSLProtocol TLSv1', versions: ['TLSv1.0'] },
    ],
  },
});

export const rules: readonly Rule[] = [nginxSslProtocols, apacheSslProtocol];
