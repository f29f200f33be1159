import { range } from '../../../versions.js';
import { configRule, minimumOf } from '../web-servers/index.js';
import { exclusionList } from './shared.js';

// ---------------------------------------------------------------------------------------------
// M2 Dovecot
// ---------------------------------------------------------------------------------------------

const dovecotList = exclusionList({ all: range('SSLv3'), names: ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'] });
const dovecotMin = minimumOf({ special: { ANY: range('SSLv3') }, specialWhy: '`ANY` allows every version OpenSSL supports' });

export const dovecotSslProtocols = configRule({
  meta: {
    id: 'dovecot/ssl-protocols',
    title: 'Dovecot SSL protocols allow legacy TLS',
    description:
      'Dovecot 2.3+ `ssl_min_protocol` sets the lowest version; Dovecot 2.2 `ssl_protocols = !SSLv2 !SSLv3` is an exclusion list that keeps TLSv1 and TLSv1.1.',
    ecosystem: 'Mail, databases & brokers',
    catalogue: ['M2'],
    docs: [
      'https://doc.dovecot.org/2.3/settings/core/#core_setting-ssl_min_protocol',
      'https://doc.dovecot.org/2.3/configuration_manual/dovecot_ssl_configuration/',
    ],
    files: { kinds: ['conf', 'other', 'shell', 'dockerfile', 'yaml'], names: /dovecot|\d\d-ssl/ },
    keywords: /ssl_min_protocol|ssl_protocols/,
    fixable: true,
    safe: 'ssl_min_protocol = TLSv1.2',
    limits: 'Without `ssl_min_protocol`, Dovecot 2.3 defaults to TLSv1 (2.3.15+: TLSv1.2); defaults are not reported.',
  },
  keys: /(?:dovecot_)?ssl_min_protocol|(?:dovecot_)?ssl_protocols/,
  finder: { spaceSeparated: false },
  // `ssl_protocols = …` with `=`: Dovecot (nginx writes `ssl_protocols TLSv1.2;`, Kong files are Kong's).
  where: (s, file) =>
    !/kong/.test(file.name) &&
    (/min/.test(s.key) ||
      /^[ \t]*[=:]/.test(file.code.slice(s.keyStart + s.key.length, s.keyStart + s.key.length + 4)) ||
      s.key.startsWith('dovecot_')),
  evaluate: (s, ctx, file) => (/min/.test(s.key) ? dovecotMin(s, ctx, file) : dovecotList(s, ctx, file)),
  instead: (ctx) => `\`ssl_min_protocol = ${ctx.floor}\` (Dovecot 2.3+)`,
  examples: {
    valid: [
      { file: 'conf.d/10-ssl.conf', code: 'ssl = required\nssl_min_protocol = TLSv1.2\n' },
      {
        file: 'roles/dovecot/defaults/main.yml',
        code: 'dovecot_ssl_min_protocol: \'{{ "TLSv1.2" if modern else "TLSv1.3" }}\'\n',
        note: 'both literal branches are safe',
      },
      {
        file: 'conf.d/10-ssl.conf',
        code: '# SSL protocols to use\n#ssl_protocols = !SSLv3\n#ssl_min_protocol = TLSv1\n',
        note: 'commented defaults of the stock file',
      },
      { file: 'dovecot.conf', code: 'ssl_protocols = !SSLv2 !SSLv3 !TLSv1 !TLSv1.1\n', note: 'exclusions reaching the floor' },
      { file: 'dovecot.conf', code: 'ssl_min_protocol = !SSLv3\n', note: 'not a version (a misconfiguration Dovecot rejects)' },
      { file: 'nginx.conf', code: 'ssl_protocols TLSv1 TLSv1.1;\n', note: 'nginx syntax belongs to the nginx rule' },
      {
        file: 'target/start-mailserver.sh',
        code: "sed -i -r 's/^ssl_protocols =.*$/ssl_protocols = !SSLv3,!TLSv1,!TLSv1.1/' /etc/dovecot/conf.d/10-ssl.conf\n",
        note: 'a sed replacement: the closing / is not read into !TLSv1.1',
      },
    ],
    invalid: [
      {
        file: 'conf.d/10-ssl.conf',
        code: 'ssl = yes\nssl_min_protocol = TLSv1\n',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
        output: 'ssl = yes\nssl_min_protocol = TLSv1.2\n',
      },
      {
        file: 'dovecot.conf',
        code: 'ssl_protocols = !SSLv2 !SSLv3\n',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: 'ssl_protocols = !SSLv2 !SSLv3 !TLSv1 !TLSv1.1\n',
      },
      {
        file: 'roles/dovecot/defaults/main.yml',
        code: 'dovecot_ssl_protocols: \'{{ "!SSLv2 !SSLv3"\n                          if (release in [ "wheezy", "trusty" ])\n                          else "!SSLv3" }}\'\n',
        findings: ['1:28 TLSv1.0 TLSv1.1', '3:32 TLSv1.0 TLSv1.1'],
        note: "a Jinja conditional: each literal branch on its own line; the condition's strings are not values",
      },
      {
        file: 'docker/mail/dovecot.sh',
        code: 'cat > /etc/dovecot/dovecot.conf <<EOF\nssl_cert = </etc/ssl/mail.crt\nssl_min_protocol = TLSv1.1\nEOF\n',
        findings: ['3:1 TLSv1.1'],
      },
      { file: 'dovecot.conf', code: 'ssl_min_protocol = ANY\n', findings: ['1:1 SSLv3 TLSv1.0 TLSv1.1'] },
      {
        file: 'install/dovecot.sh',
        code: 'echo "ssl_protocols = !SSLv2 !SSLv3" >> "${DOVECOT_PATH}/conf/ssl.conf"\n',
        findings: ['1:7 TLSv1.0 TLSv1.1'],
        output: 'echo "ssl_protocols = !SSLv2 !SSLv3 !TLSv1 !TLSv1.1" >> "${DOVECOT_PATH}/conf/ssl.conf"\n',
        note: 'the closing quote of echo ends the value',
      },
      {
        file: 'local.conf',
        code: 'ssl_min_protocol = TLSv1.2\n',
        floor: 'TLSv1.3',
        findings: ['1:1 TLSv1.2'],
        output: 'ssl_min_protocol = TLSv1.3\n',
      },
      {
        file: 'iRedMail/functions/dovecot.sh',
        code: "if [ X\"${DISTRO_CODENAME}\" == X'stretch' ]; then\n    perl -pi -e 's#^(ssl_protocols).*#ssl_protocols = !SSLv3#' ${DOVECOT_CONF}\nfi\n",
        findings: ['2:39 TLSv1.0 TLSv1.1'],
        output:
          "if [ X\"${DISTRO_CODENAME}\" == X'stretch' ]; then\n    perl -pi -e 's#^(ssl_protocols).*#ssl_protocols = !SSLv2 !SSLv3 !TLSv1 !TLSv1.1#' ${DOVECOT_CONF}\nfi\n",
        note: 'perl substitution with # delimiter',
      },
      {
        file: 'setup.sh',
        code: "perl -pi -e 's#^ssl_min_protocol.*#ssl_min_protocol = TLSv1#' dovecot.conf\n",
        findings: ['1:36 TLSv1.0 TLSv1.1'],
        output: "perl -pi -e 's#^ssl_min_protocol.*#ssl_min_protocol = TLSv1.2#' dovecot.conf\n",
      },
    ],
  },
});
