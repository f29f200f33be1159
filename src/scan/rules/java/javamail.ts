import { asList, settingRule } from '../../define.js';
import { CODE_KINDS, codeCallOrConfig, CONFIG_KINDS, inSedSearch, rewriteSetting, safeList } from './shared.js';

// ---------------------------------------------------------------------------------------------
// C13: JavaMail mail.<proto>.ssl.protocols
// ---------------------------------------------------------------------------------------------

export const javamailProtocols = settingRule({
  meta: {
    id: 'java/javamail-ssl-protocols',
    title: 'JavaMail ssl.protocols enables legacy TLS',
    description:
      '`mail.smtp.ssl.protocols` (also `mail.smtps.`, `mail.imap(s).`, `mail.pop3(s).`, and Spring `spring.mail.properties.mail.smtp.ssl.protocols`) is the space-separated list of versions Jakarta/JavaMail enables for SSL and STARTTLS connections.',
    ecosystem: 'Java & JVM',
    catalogue: ['C13'],
    docs: [
      'https://jakarta.ee/specifications/mail/2.1/apidocs/jakarta.mail/jakarta/mail/internet/package-summary.html',
      'https://javaee.github.io/javamail/docs/api/com/sun/mail/smtp/package-summary.html',
    ],
    files: { kinds: [...CONFIG_KINDS, ...CODE_KINDS] },
    keywords: /ssl\.protocols|SSL_PROTOCOLS/,
    fixable: true,
    safe: 'mail.smtp.ssl.protocols=TLSv1.2 TLSv1.3',
  },
  keys: /(?:[\w-]+\.){0,6}mail\.(?:smtps?|imaps?|pop3s?)\.ssl\.protocols(?:\]["']?)?|(?:[A-Z0-9]+_){0,6}MAIL_(?:SMTPS?|IMAPS?|POP3S?)_SSL_PROTOCOLS/,
  where: (s, file) => codeCallOrConfig(s, file) && !inSedSearch(file, s.keyStart),
  evaluate: (s, ctx, file) => {
    const e = asList()(s, ctx, file);
    return e && { ...e, instead: rewriteSetting(file, s, safeList(ctx.floor, ' ')) };
  },
  instead: (ctx) => `\`mail.smtp.ssl.protocols=${safeList(ctx.floor, ' ')}\``,
  examples: {
    valid: [
      { file: 'src/main/resources/mail.properties', code: 'mail.smtp.ssl.protocols=TLSv1.2 TLSv1.3' },
      { file: 'src/main/java/Mailer.java', code: 'props.put("mail.smtp.ssl.protocols", "TLSv1.2");' },
      {
        file: 'src/main/resources/application.yml',
        code: 'spring:\n  mail:\n    properties:\n      # mail.smtp.ssl.protocols: TLSv1\n      mail.smtp.starttls.enable: true',
        note: 'commented out',
      },
      { file: 'src/main/java/Mailer.java', code: 'String p = props.getProperty("mail.smtp.ssl.protocols");' },
    ],
    invalid: [
      {
        file: 'src/main/java/com/acme/Mailer.java',
        code: 'Properties props = new Properties();\nprops.put("mail.smtp.starttls.enable", "true");\nprops.put("mail.smtp.ssl.protocols", "TLSv1");',
        findings: ['3:11 TLSv1.0'],
        output:
          'Properties props = new Properties();\nprops.put("mail.smtp.starttls.enable", "true");\nprops.put("mail.smtp.ssl.protocols", "TLSv1.2");',
      },
      {
        file: 'src/main/resources/application.properties',
        code: 'spring.mail.properties.mail.smtp.ssl.protocols=TLSv1 TLSv1.1 TLSv1.2',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: 'spring.mail.properties.mail.smtp.ssl.protocols=TLSv1.2',
      },
      {
        file: 'src/main/resources/application.yml',
        code: 'spring:\n  mail:\n    properties:\n      "[mail.smtp.ssl.protocols]": TLSv1.1',
        findings: ['4:9 TLSv1.1'],
      },
      { file: 'src/Mail.kt', code: 'props.setProperty("mail.imaps.ssl.protocols", "TLSv1.1 TLSv1.2")', findings: ['1:19 TLSv1.1'] },
    ],
  },
});
