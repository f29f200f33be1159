import { setOf } from '../../../versions.js';
import type { Severity } from '../../../policy.js';
import type { Match, Rule } from '../../rule.js';
import { logicalLine } from './shared.js';

// ---------------------------------------------------------------------------------------------
// B7: Send-MailMessage -UseSsl under the session defaults
// ---------------------------------------------------------------------------------------------

export const sendMailMessageDefaults: Rule = {
  meta: {
    id: 'windows/send-mailmessage-defaults',
    title: 'Send-MailMessage -UseSsl relies on the session protocol defaults',
    description:
      '`Send-MailMessage -UseSsl` (System.Net.Mail.SmtpClient) negotiates with `[Net.ServicePointManager]::SecurityProtocol`, which on Windows PowerShell 5.1 with older .NET Framework settings is SSL 3.0 and TLS 1.0. A script that never sets it may use legacy TLS, or fail against servers that require TLS 1.2.',
    ecosystem: 'Windows & PowerShell',
    catalogue: ['B7'],
    docs: ['https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/send-mailmessage'],
    files: { kinds: ['powershell'] },
    keywords: /Send-MailMessage/,
    fixable: false,
    safe: '[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12 before Send-MailMessage -UseSsl',
    limits:
      'Informational: what the defaults are depends on the .NET Framework version and the registry (SchUseStrongCrypto, SystemDefaultTlsVersions) of the host running the script.',
  },
  *check(file) {
    const code = file.code;
    if (/ServicePointManager\][ \t]*::[ \t]*SecurityProtocol[ \t]*(?:\+=|=)(?!=)/i.test(code)) return;
    const re = /\bSend-MailMessage\b/gi;
    for (let m = re.exec(code); m; m = re.exec(code)) {
      const [, end] = logicalLine(code, m.index);
      const stmt = code.slice(m.index, end);
      const direct = /(?<![\w-])-UseSsl\b(?![ \t]*:[ \t]*\$false)/i.test(stmt);
      const splat = /@(\w+)/.exec(stmt);
      const splatted = splat && file.matches(/\bUseSsl[ \t]*=[ \t]*\$true/i);
      if (!direct && !splatted) continue;
      yield {
        start: m.index,
        end: m.index + m[0].length,
        versions: setOf('SSLv3', 'TLSv1.0'),
        what: 'Send-MailMessage -UseSsl',
        why: 'the session default of Windows PowerShell 5.1 on older .NET Framework settings',
        instead:
          '`[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12` earlier in the script (or Microsoft Graph `Send-MgUserMail`)',
        severity: 'note' as Severity,
      } satisfies Match;
    }
  },
  examples: {
    valid: [
      {
        file: 'notify.ps1',
        code: "[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12\nSend-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred -From $f -To $t -Subject 'Report'",
      },
      { file: 'notify.ps1', code: "Send-MailMessage -SmtpServer relay.internal -From $f -To $t -Subject 'Report'", note: 'no -UseSsl' },
      {
        file: 'notify.ps1',
        code: "# Send-MailMessage -SmtpServer smtp.office365.com -UseSsl\nWrite-Output 'mail disabled'",
        note: 'commented out',
      },
    ],
    invalid: [
      {
        file: 'report.ps1',
        code: "Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred -From $f -To $t -Subject 'Report'",
        findings: ['1:1 SSLv3 TLSv1.0'],
        severity: 'note',
      },
      {
        file: 'report.ps1',
        code: "$mail = @{\n  SmtpServer = 'smtp.office365.com'\n  UseSsl = $true\n}\nSend-MailMessage @mail -Subject 'x'",
        findings: ['5:1 SSLv3 TLSv1.0'],
        severity: 'note',
      },
      {
        file: 'report.ps1',
        code: "Send-MailMessage -SmtpServer smtp.gmail.com `\n  -Port 587 `\n  -UseSsl `\n  -From $f -To $t -Subject 'x'",
        findings: ['1:1 SSLv3 TLSv1.0'],
        severity: 'note',
      },
    ],
  },
};
