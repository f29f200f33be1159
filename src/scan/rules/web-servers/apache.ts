import { range } from '../../../versions.js';
import { asList, settingRule } from '../../define.js';
import { CONFIG_KINDS } from './shared.js';

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
