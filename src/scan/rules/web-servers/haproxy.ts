import { atMost, below, EMPTY, parseVersion, range, setOf, type Version, type VersionSet } from '../../../versions.js';
import { clip } from '../../define.js';
import { respell } from '../../evaluate.js';
import type { Match, Rule } from '../../rule.js';
import type { SourceFile } from '../../source.js';

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
