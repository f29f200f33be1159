import { EMPTY, parseVersion, range, setOf } from '../../../versions.js';
import { asList, settingTokens } from '../../define.js';
import { evalList } from '../../evaluate.js';
import { configRule, firstWord } from '../web-servers/index.js';

// ---------------------------------------------------------------------------------------------
// M4 vsftpd, ProFTPD
// ---------------------------------------------------------------------------------------------

export const vsftpdSslVersions = configRule({
  meta: {
    id: 'ftp/vsftpd-ssl-versions',
    title: 'vsftpd enables legacy SSL/TLS versions',
    description:
      'vsftpd `ssl_sslv2`, `ssl_sslv3`, `ssl_tlsv1` (and the distribution-patched `ssl_tlsv1_1`, `ssl_tlsv1_2`) switch single protocol versions on. `ssl_tlsv1=YES` permits TLS 1.0 connections.',
    ecosystem: 'Mail, databases & brokers',
    catalogue: ['M4'],
    docs: ['https://security.appspot.com/vsftpd/vsftpd_conf.html'],
    files: { kinds: ['conf', 'other', 'shell', 'dockerfile', 'yaml', 'env'], names: /vsftpd/ },
    keywords: /ssl_sslv|ssl_tlsv/,
    fixable: true,
    safe: 'ssl_tlsv1=NO',
    limits:
      'vsftpd 3.0 enables TLS 1.0 unless `ssl_tlsv1=NO` (its default is YES); a missing line is not reported. Some distribution patches change what `ssl_tlsv1` covers; the rule follows the upstream manual.',
  },
  keys: /(?:vsftpd_)?ssl_(?:sslv[23]|tlsv1(?:_[0-3])?)/i,
  finder: { spaceSeparated: false },
  evaluate: (s) => {
    const w = firstWord(s);
    if (!w || !/^(?:yes|true|1)$/i.test(w.text)) return undefined;
    const v = parseVersion(s.key.replace(/^vsftpd_ssl_|^ssl_/i, ''));
    if (!v) return undefined;
    const no = w.text === w.text.toUpperCase() ? 'NO' : w.text === 'yes' ? 'no' : w.text === '1' ? '0' : 'false';
    return { versions: setOf(v), fix: { start: w.start, end: w.start + w.text.length, text: no } };
  },
  instead: (ctx, s) => `\`${s.key}=NO\``,
  examples: {
    valid: [
      {
        file: 'vsftpd.conf',
        code: 'ssl_enable=YES\nssl_sslv2=NO\nssl_sslv3=NO\nssl_tlsv1=NO\nssl_tlsv1_2=YES\n',
        note: 'TLSv1 in ssl_tlsv1_2 must not count',
      },
      { file: 'vsftpd.conf', code: '#ssl_tlsv1=YES\nssl_tlsv1=NO\n', note: 'commented default' },
      { file: 'vsftpd.conf', code: 'ssl_tlsv1_2=YES\nssl_tlsv1_3=YES\n' },
    ],
    invalid: [
      {
        file: 'vsftpd.conf',
        code: 'ssl_enable=YES\nssl_tlsv1=YES\nssl_sslv2=NO\nssl_sslv3=NO\n',
        findings: ['2:1 TLSv1.0'],
        output: 'ssl_enable=YES\nssl_tlsv1=NO\nssl_sslv2=NO\nssl_sslv3=NO\n',
      },
      { file: 'vsftpd.conf', code: 'ssl_sslv3=YES\n', findings: ['1:1 SSLv3'], output: 'ssl_sslv3=NO\n' },
      { file: 'Dockerfile', code: 'RUN echo "ssl_tlsv1_1=YES" >> /etc/vsftpd.conf\n', findings: ['1:11 TLSv1.1'] },
    ],
  },
});

export const proftpdTlsProtocol = configRule({
  meta: {
    id: 'ftp/proftpd-tls-protocol',
    title: 'ProFTPD TLSProtocol enables legacy TLS',
    description:
      'mod_tls `TLSProtocol` lists the versions ProFTPD accepts (`ALL -SSLv3` keeps TLSv1 and TLSv1.1; `SSLv23` means SSLv3 and TLSv1).',
    ecosystem: 'Mail, databases & brokers',
    catalogue: ['M4'],
    docs: ['http://www.proftpd.org/docs/contrib/mod_tls.html#TLSProtocol'],
    files: { kinds: ['conf', 'other', 'shell', 'dockerfile', 'yaml'], names: /proftpd|tls\.conf/ },
    keywords: /TLSProtocol/,
    fixable: true,
    safe: 'TLSProtocol TLSv1.2 TLSv1.3',
  },
  keys: /TLSProtocol/,
  finder: { spaceSeparated: true },
  evaluate: (s, ctx, file) => {
    const all = range('SSLv3');
    const tokens = settingTokens(s);
    const sslv23 = tokens.some((t) => /^\+?sslv23$/i.test(t.text)) ? setOf('SSLv3', 'TLSv1.0') : EMPTY;
    const result = evalList(tokens, { all, base: all });
    if (!result && !sslv23) return undefined;
    const versions = (result?.versions ?? EMPTY) | sslv23;
    const plain = !sslv23 && tokens.every((t) => /^[\w.]/.test(t.text) && !/^all$/i.test(t.text));
    const fix = plain
      ? asList({ all, base: all })(s, ctx, file)?.fix
      : { start: s.valueStart, end: s.valueEnd, text: ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2 TLSv1.3' };
    return {
      versions,
      fix,
      why: sslv23 ? '`SSLv23` means SSLv3 and TLSv1' : /all/i.test(s.value) ? '`ALL` includes TLSv1 and TLSv1.1' : undefined,
    };
  },
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`TLSProtocol TLSv1.3`' : '`TLSProtocol TLSv1.2 TLSv1.3`'),
  examples: {
    valid: [
      { file: 'proftpd/tls.conf', code: '<IfModule mod_tls.c>\n  TLSEngine on\n  TLSProtocol TLSv1.2 TLSv1.3\n</IfModule>\n' },
      { file: 'proftpd.conf', code: 'TLSProtocol ALL -SSLv3 -TLSv1 -TLSv1.1\n' },
      { file: 'proftpd/tls.conf', code: '#TLSProtocol SSLv23\nTLSProtocol TLSv1.2\n', note: 'commented stock line' },
    ],
    invalid: [
      {
        file: 'proftpd/tls.conf',
        code: '<IfModule mod_tls.c>\n  TLSProtocol TLSv1 TLSv1.1 TLSv1.2\n</IfModule>\n',
        findings: ['2:3 TLSv1.0 TLSv1.1'],
        output: '<IfModule mod_tls.c>\n  TLSProtocol TLSv1.2\n</IfModule>\n',
      },
      { file: 'proftpd/tls.conf', code: 'TLSProtocol SSLv23\n', findings: ['1:1 SSLv3 TLSv1.0'], output: 'TLSProtocol TLSv1.2 TLSv1.3\n' },
      { file: 'proftpd.conf', code: 'TLSProtocol ALL -SSLv3\n', findings: ['1:1 TLSv1.0 TLSv1.1'] },
    ],
  },
});
