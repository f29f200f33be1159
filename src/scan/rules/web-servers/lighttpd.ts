import { atLeast, atMost, below, EMPTY, parseVersion, setOf, type Version } from '../../../versions.js';
import { patternRule } from '../../define.js';
import { readVersion, respell, tokenize } from '../../evaluate.js';

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
