import { atLeast, type Version } from '../../../versions.js';
import { configRule, firstWord } from '../web-servers/index.js';

// ---------------------------------------------------------------------------------------------
// M5 OpenLDAP
// ---------------------------------------------------------------------------------------------

const LDAP_NUMBERS: Record<string, Version> = {
  '3': 'SSLv3',
  '3.0': 'SSLv3',
  '3.1': 'TLSv1.0',
  '3.2': 'TLSv1.1',
  '3.3': 'TLSv1.2',
  '3.4': 'TLSv1.3',
};

export const ldapTlsProtocolMin = configRule({
  meta: {
    id: 'ldap/tls-protocol-min',
    title: 'OpenLDAP TLS protocol minimum allows legacy TLS',
    description:
      'OpenLDAP writes the minimum as the SSL record version: `olcTLSProtocolMin: 3.1` (cn=config), `TLSProtocolMin 3.1` (slapd.conf) and `TLS_PROTOCOL_MIN 3.1` (ldap.conf) mean TLS 1.0; 3.2 is TLS 1.1, 3.3 is TLS 1.2.',
    ecosystem: 'Mail, databases & brokers',
    catalogue: ['M5'],
    docs: ['https://www.openldap.org/doc/admin26/tls.html', 'https://www.openldap.org/software/man.cgi?query=ldap.conf'],
    files: { kinds: ['conf', 'other', 'shell', 'dockerfile', 'yaml', 'env', 'ini'], names: /ldap|slapd|\.ldif/ },
    keywords: /TLSProtocolMin|TLS_PROTOCOL_MIN/,
    fixable: true,
    safe: 'olcTLSProtocolMin: 3.3',
    limits: 'Without the setting OpenLDAP uses the TLS library default (TLS 1.0 with older OpenSSL); not reported.',
  },
  keys: /olcTLSProtocolMin|TLSProtocolMin|(?:LDAP_)?TLS_PROTOCOL_MIN/i,
  evaluate: (s, ctx) => {
    const w = firstWord(s);
    const v = w && LDAP_NUMBERS[w.text];
    if (!w || !v) return undefined;
    return {
      versions: atLeast(v),
      why: `${w.text} is ${v}`,
      fix: { start: w.start, end: w.start + w.text.length, text: ctx.floor === 'TLSv1.3' ? '3.4' : '3.3' },
    };
  },
  instead: (ctx) =>
    `\`olcTLSProtocolMin: ${ctx.floor === 'TLSv1.3' ? '3.4' : '3.3'}\` (ldap.conf: \`TLS_PROTOCOL_MIN ${ctx.floor === 'TLSv1.3' ? '3.4' : '3.3'}\`)`,
  examples: {
    valid: [
      {
        file: 'tls.ldif',
        code: 'dn: cn=config\nchangetype: modify\nreplace: olcTLSProtocolMin\nolcTLSProtocolMin: 3.3\n',
        note: '`replace: olcTLSProtocolMin` is not a value',
      },
      { file: 'ldap.conf', code: 'TLS_PROTOCOL_MIN 3.3\n' },
      { file: 'slapd.conf', code: '# TLSProtocolMin 3.1\nTLSProtocolMin 3.4\n', note: 'commented' },
      { file: 'tls.ldif', code: '#olcTLSProtocolMin: 3.1\n', note: 'LDIF comment (no comment syntax known for .ldif)' },
    ],
    invalid: [
      {
        file: 'tls.ldif',
        code: 'dn: cn=config\nchangetype: modify\nadd: olcTLSProtocolMin\nolcTLSProtocolMin: 3.1\n',
        findings: ['4:1 TLSv1.0 TLSv1.1'],
        output: 'dn: cn=config\nchangetype: modify\nadd: olcTLSProtocolMin\nolcTLSProtocolMin: 3.3\n',
      },
      { file: 'slapd.conf', code: 'TLSCipherSuite HIGH\nTLSProtocolMin 3.2\n', findings: ['2:1 TLSv1.1'] },
      { file: 'ldap.conf', code: 'TLS_REQCERT demand\nTLS_PROTOCOL_MIN 3.1\n', findings: ['2:1 TLSv1.0 TLSv1.1'] },
      {
        file: 'docker-compose.yml',
        code: 'environment:\n  LDAP_TLS_PROTOCOL_MIN: "3.1"\n',
        findings: ['2:3 TLSv1.0 TLSv1.1'],
        note: 'osixia/openldap variable',
      },
      {
        file: 'hosts/ldap.nix',
        code: 'attrs = {\n  olcTLSVerifyClient = "never";\n  olcTLSProtocolMin = "3.1";\n  # olcTLSProtocolMin = "3.2";\n};\n',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        note: 'NixOS services.openldap settings',
      },
    ],
  },
});
