import { setOf, type Version } from '../../../versions.js';
import type { Match, Rule } from '../../rule.js';
import { clip } from '../../define.js';
import { logicalLine, PS_KINDS } from './shared.js';

// ---------------------------------------------------------------------------------------------
// B6: Invoke-WebRequest / Invoke-RestMethod -SslProtocol
// ---------------------------------------------------------------------------------------------

const WEB_SSL_PROTOCOL: Readonly<Record<string, Version>> = {
  ssl3: 'SSLv3',
  tls: 'TLSv1.0',
  tls11: 'TLSv1.1',
  tls12: 'TLSv1.2',
  tls13: 'TLSv1.3',
};

export const powershellSslProtocolParameter: Rule = {
  meta: {
    id: 'windows/powershell-ssl-protocol-parameter',
    title: 'PowerShell -SslProtocol allows legacy TLS',
    description:
      'PowerShell 6+ `Invoke-WebRequest` / `Invoke-RestMethod` take `-SslProtocol` (`Default`, `Tls`, `Tls11`, `Tls12`, `Tls13`, comma-separated). `Tls` is TLS 1.0; listing it or `Tls11` lets that request use the legacy version.',
    ecosystem: 'Windows & PowerShell',
    catalogue: ['B6'],
    docs: ['https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/invoke-webrequest#-sslprotocol'],
    files: { kinds: PS_KINDS },
    keywords: /SslProtocol/,
    fixable: true,
    safe: 'Invoke-RestMethod -Uri $uri -SslProtocol Tls12,Tls13',
    limits: 'A protocol held in a variable is not followed; `Default` leaves the choice to the operating system.',
  },
  *check(file, ctx) {
    const code = file.code;
    const item = String.raw`(?:\[[\w.]{1,80}\][ \t]*::[ \t]*)?["']?\w{1,20}["']?`;
    const re = new RegExp(
      String.raw`(?<![\w-])(?:-SslProtocol(?:[ \t]*:[ \t]*|[ \t]+)|(?<=[@{;\s])SslProtocol[ \t]*=[ \t]*)(${item}(?:[ \t]*,[ \t]*${item}){0,5})`,
      'gi',
    );
    const webCmdlet = /\bInvoke-(?:WebRequest|RestMethod)\b|(?<![\w-])(?:iwr|irm)(?![\w-])/i;
    const fileHasCmdlet = webCmdlet.test(code);
    for (let m = re.exec(code); m; m = re.exec(code)) {
      const value = m[1];
      const valueStart = m.index + m[0].length - value.length;
      // Only the web cmdlets' parameter: `-sslProtocol TLS` is also WebSphere's (protocol-neutral) option.
      if (m[0].startsWith('-')) {
        const [lineStart, lineEnd] = logicalLine(code, m.index);
        if (!webCmdlet.test(code.slice(lineStart, lineEnd))) continue;
      } else if (!fileHasCmdlet) continue;
      const names = [...value.matchAll(/(?<![\w.$])(\w+)(?=["']?[ \t]*(?:,|$))/g)].map((n) => n[1]);
      let set = 0;
      const kept: string[] = [];
      for (const n of names) {
        const v = WEB_SSL_PROTOCOL[n.toLowerCase()];
        if (!v) continue;
        set |= setOf(v);
        if (!(['SSLv3', 'TLSv1.0', 'TLSv1.1'] as Version[]).includes(v) && !(ctx.floor === 'TLSv1.3' && v === 'TLSv1.2')) kept.push(n);
      }
      if (set === 0) continue;
      const target = ctx.floor === 'TLSv1.3' ? 'Tls13' : 'Tls12';
      const simple = /^["']?\w+(?:[ \t]*,[ \t]*\w+){0,5}["']?$/.test(value);
      const quote = /^["']/.test(value) && value.endsWith(value[0]) ? value[0] : '';
      yield {
        start: m.index,
        end: valueStart + value.length,
        versions: set,
        what: clip(m[0]),
        why: /(?<![\w])tls(?![\w])/i.test(value) ? '`Tls` is TLS 1.0' : undefined,
        instead: ctx.floor === 'TLSv1.3' ? '`-SslProtocol Tls13`' : '`-SslProtocol Tls12,Tls13`',
        fix: simple
          ? { start: valueStart, end: valueStart + value.length, text: `${quote}${kept.length ? kept.join(',') : target}${quote}` }
          : undefined,
      } satisfies Match;
    }
  },
  examples: {
    valid: [
      { file: 'api.ps1', code: 'Invoke-RestMethod -Uri $uri -SslProtocol Tls12,Tls13' },
      {
        file: 'get.ps1',
        code: "Invoke-WebRequest -Uri 'https://example.org' -SslProtocol Tls12 -OutFile out.json",
        note: 'Tls12 is not Tls',
      },
      {
        file: 'get.ps1',
        code: "$params = @{ Uri = $u; SslProtocol = 'Default' }\nInvoke-WebRequest @params",
        note: 'Default is the OS choice',
      },
      {
        file: 'call.ps1',
        code: '# Invoke-WebRequest $u -SslProtocol Tls\nInvoke-WebRequest $u -SslProtocol $Protocol',
        note: 'comment; variable',
      },
      {
        file: 'wsadmin/ssl.py',
        code: "AdminTask.modifySSLConfig('[-alias ' + alias + ' -scopeName ' + scope + ' -sslProtocol TLS -securityLevel CUSTOM]')",
        note: 'WebSphere -sslProtocol TLS is protocol-neutral, not the PowerShell parameter',
      },
    ],
    invalid: [
      {
        file: 'legacy-api.ps1',
        code: 'Invoke-RestMethod -Uri $uri -SslProtocol Tls,Tls11,Tls12',
        findings: ['1:29 TLSv1.0 TLSv1.1'],
        output: 'Invoke-RestMethod -Uri $uri -SslProtocol Tls12',
      },
      {
        file: 'fetch.ps1',
        code: "$splat = @{\n    Uri         = 'https://old.example.net/api'\n    SslProtocol = 'Tls11'\n}\nInvoke-WebRequest @splat",
        findings: ['3:5 TLSv1.1'],
        output: "$splat = @{\n    Uri         = 'https://old.example.net/api'\n    SslProtocol = 'Tls12'\n}\nInvoke-WebRequest @splat",
        note: 'splatting',
      },
      {
        file: 'Find-Package.ps1',
        code: 'invoke-restmethod "https://www.powershellgallery.com/api/v2/Packages?`$filter=Id eq \'$name\'" -SslProtocol Tls -SkipCertificateCheck |\n  Select-Object -First 1',
        findings: ['1:94 TLSv1.0'],
        output:
          'invoke-restmethod "https://www.powershellgallery.com/api/v2/Packages?`$filter=Id eq \'$name\'" -SslProtocol Tls12 -SkipCertificateCheck |\n  Select-Object -First 1',
      },
      {
        file: 'fetch.ps1',
        code: 'iwr https://old.example.net -SslProtocol:Tls',
        findings: ['1:29 TLSv1.0'],
      },
      {
        file: 'modern.ps1',
        code: 'Invoke-RestMethod $u -SslProtocol Tls12, Tls13',
        floor: 'TLSv1.3',
        findings: ['1:22 TLSv1.2'],
        output: 'Invoke-RestMethod $u -SslProtocol Tls13',
      },
    ],
  },
};
