import { range, type Version } from '../../../versions.js';
import { findSettings, type Evaluation, type Setting } from '../../define.js';
import type { RuleContext } from '../../rule.js';
import type { SourceFile } from '../../source.js';
import { configRule, exclusionsBelow } from '../web-servers/index.js';
import { exclusionList } from './shared.js';

const CONF_KINDS = ['conf', 'ini', 'other', 'yaml', 'shell', 'dockerfile', 'env'] as const;

// ---------------------------------------------------------------------------------------------
// M1 Postfix
// ---------------------------------------------------------------------------------------------

const POSTFIX_HEX: Record<string, Version> = {
  '0300': 'SSLv3',
  '0x0300': 'SSLv3',
  '300': 'SSLv3',
  '0x300': 'SSLv3',
  '0301': 'TLSv1.0',
  '0x0301': 'TLSv1.0',
  '301': 'TLSv1.0',
  '0x301': 'TLSv1.0',
  '0302': 'TLSv1.1',
  '0x0302': 'TLSv1.1',
  '302': 'TLSv1.1',
  '0x302': 'TLSv1.1',
  '0303': 'TLSv1.2',
  '0x0303': 'TLSv1.2',
  '303': 'TLSv1.2',
  '0x303': 'TLSv1.2',
  '0304': 'TLSv1.3',
  '0x0304': 'TLSv1.3',
  '304': 'TLSv1.3',
  '0x304': 'TLSv1.3',
};

const postfixList = exclusionList({ all: range('SSLv3'), spell: POSTFIX_HEX });

/**
 * The client's `smtp_tls_security_level` (or `lmtp_…`) as this file sets it: `may` when only the
 * old `smtp_use_tls = yes` is there, undefined when the file leaves it unset.
 */
function clientSecurityLevel(file: SourceFile, client: string): string | undefined {
  for (const s of findSettings(file, new RegExp(`(?:postfix_)?${client}_tls_security_level`), { spaceSeparated: false })) {
    const level = /^[\w-]+/.exec(s.value.trim().replace(/^["']/, ''))?.[0].toLowerCase();
    if (level) return level;
  }
  for (const s of findSettings(file, new RegExp(`(?:postfix_)?${client}_(?:use|enforce)_tls`), { spaceSeparated: false })) {
    if (/^["']?yes/i.test(s.value.trim())) return s.key.includes('enforce') ? 'encrypt' : 'may';
  }
  return undefined;
}

/**
 * Outbound SMTP (`smtp_`) protocol settings say the trade-off of opportunistic TLS plainly: at
 * security level `may` (and when the level is left unset) Postfix falls back to plaintext when the
 * TLS handshake fails, so refusing TLS 1.0 to a server that offers nothing newer sends that mail
 * unencrypted. That is a judgement for the operator: a warning, not an error.
 */
function postfixProtocols(s: Setting, ctx: RuleContext, file: SourceFile): Evaluation | undefined {
  const e = postfixList(s, ctx, file);
  const client = /^(?:postfix_)?(smtp)_tls_(mandatory_)?/.exec(s.key);
  if (!e || !client) return e;
  const name = `${client[1]}_tls_security_level`;
  const level = clientSecurityLevel(file, client[1]);
  const said = level === undefined ? `\`${name}\` is not set here` : `\`${name} = ${level}\``;
  let why: string;
  let severity: 'warning' | undefined;
  if (level === undefined || level === 'may' || level === 'none') {
    severity = 'warning';
    why = client[2]
      ? `outbound mail (${said}): mandatory protocols apply only at level \`encrypt\` or above; at \`may\` TLS is opportunistic`
      : `outbound opportunistic TLS (${said}): a server that offers nothing newer gets TLS 1.0/1.1 today; refusing it means that mail goes in plaintext instead`;
  } else if (level === 'dane') {
    why = `outbound DANE (${said}): servers without TLSA records get opportunistic TLS, and refusing TLS 1.0/1.1 to one that offers nothing newer means that mail goes in plaintext`;
  } else return e;
  return { ...e, why: e.why ? `${e.why}; ${why}` : why, severity: e.severity ?? severity };
}

export const postfixTlsProtocols = configRule({
  meta: {
    id: 'postfix/tls-protocols',
    title: 'Postfix TLS protocols allow legacy TLS',
    description:
      '`smtpd_tls_protocols`, `smtp_tls_protocols`, `lmtp_tls_protocols`, `tlsproxy_tls_protocols` and their `_mandatory_` variants take exclusion lists (`!SSLv2, !SSLv3`) that start from every version OpenSSL supports, or bounds (`>=TLSv1`). Excluding only SSL keeps TLSv1 and TLSv1.1.',
    ecosystem: 'Mail, databases & brokers',
    catalogue: ['M1'],
    docs: [
      'https://www.postfix.org/postconf.5.html#smtpd_tls_protocols',
      'https://www.postfix.org/postconf.5.html#smtp_tls_mandatory_protocols',
    ],
    files: { kinds: CONF_KINDS, names: /main\.cf|master\.cf|postfix/ },
    keywords: /_tls_protocols|_tls_mandatory_protocols/,
    fixable: true,
    safe: 'smtpd_tls_protocols = >=TLSv1.2',
    limits:
      'An unset parameter uses the Postfix default (`!SSLv2, !SSLv3` before 3.6, `>=TLSv1` since), which allows TLSv1.0; defaults are not reported. Per-destination `protocols=` in TLS policy maps is not read.',
  },
  keys: /(?:postfix_)?(?:smtpd?|lmtp|tlsproxy)_tls_(?:mandatory_)?protocols/,
  finder: { spaceSeparated: false, bounds: true },
  evaluate: postfixProtocols,
  instead: (ctx, s) =>
    `\`${s.key.replace(/^postfix_/, '')} = >=${ctx.floor}\` (Postfix 3.6+) or \`${exclusionsBelow(ctx.floor)
      .map((n) => `!${n}`)
      .join(', ')}\``,
  examples: {
    valid: [
      { file: 'main.cf', code: 'smtpd_tls_protocols = >=TLSv1.2\nsmtp_tls_protocols = >=TLSv1.2\n' },
      {
        file: 'main.cf',
        code: 'smtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1\n',
        note: '!TLSv1 tokens are exclusions, not legacy',
      },
      {
        file: 'main.cf',
        code: '#smtpd_tls_protocols = !SSLv2, !SSLv3\nsmtpd_tls_protocols = TLSv1.2 TLSv1.3\n',
        note: 'commented default',
      },
      { file: 'main.cf', code: 'smtp_tls_protocols = $smtpd_tls_protocols\n', note: 'a reference is unknown' },
      { file: 'roles/postfix/defaults/main.yml', code: 'postfix_smtpd_tls_protocols: "!SSLv2,!SSLv3,!TLSv1,!TLSv1.1"\n' },
      {
        file: 'roles/postfix/defaults/main.yml',
        code: "postfix__maincf:\n  - name: 'smtpd_tls_protocols'\n    state: 'absent'\n  - value: [ '!SSLv2', '!SSLv3' ]\n    section: 'smtpd-tls'\n",
        note: 'a value in the next item belongs to that item',
      },
      {
        file: 'target/start-mailserver.sh',
        code: "sed -i -r 's/^smtpd_tls_protocols =.*$/smtpd_tls_protocols = !SSLv2,!SSLv3,!TLSv1,!TLSv1.1/' /etc/postfix/main.cf\n",
        note: 'a sed replacement: the closing / is not read into !TLSv1.1',
      },
      {
        file: 'setup.sh',
        code: "sed -i 's/^smtpd_tls_protocols = !SSLv2, !SSLv3$/smtpd_tls_protocols = >=TLSv1.2/' /etc/postfix/main.cf\n",
        note: 'the searched text is what the script removes',
      },
      { file: 'main.cf', code: 'smtpd_tls_protocols = >=TLSv1.2 <=TLSv1.3\n', note: 'two bounds are one range, not a union' },
    ],
    invalid: [
      {
        file: 'main.cf',
        code: 'smtpd_tls_security_level = may\nsmtpd_tls_protocols = !SSLv2, !SSLv3\n',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
        output: 'smtpd_tls_security_level = may\nsmtpd_tls_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1\n',
      },
      {
        file: 'main.cf',
        code: 'smtp_tls_mandatory_protocols = >=TLSv1\n',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: 'smtp_tls_mandatory_protocols = >=TLSv1.2\n',
        severity: 'warning',
        note: 'the client side with no security level set (opportunistic): a trade-off, not a plain error',
      },
      {
        file: 'main.cf',
        code: 'smtpd_tls_mandatory_protocols = !SSLv2 !SSLv3 !TLSv1\n',
        findings: ['1:1 TLSv1.1'],
        output: 'smtpd_tls_mandatory_protocols = !SSLv2 !SSLv3 !TLSv1 !TLSv1.1\n',
        note: 'space separated; !TLSv1 leaves TLSv1.1',
      },
      {
        file: 'master.cf',
        code: 'submission inet n       -       y       -       -       smtpd\n  -o syslog_name=postfix/submission\n  -o smtpd_tls_protocols=!SSLv2,!SSLv3\n',
        findings: ['3:6 TLSv1.0 TLSv1.1'],
        output:
          'submission inet n       -       y       -       -       smtpd\n  -o syslog_name=postfix/submission\n  -o smtpd_tls_protocols=!SSLv2,!SSLv3,!TLSv1,!TLSv1.1\n',
      },
      { file: 'install.sh', code: "postconf -e 'smtpd_tls_mandatory_protocols = !SSLv2, !SSLv3'\n", findings: ['1:14 TLSv1.0 TLSv1.1'] },
      {
        file: 'main.cf',
        code: 'lmtp_tls_protocols = TLSv1 TLSv1.1 TLSv1.2\n',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: 'lmtp_tls_protocols = TLSv1.2\n',
      },
      {
        file: 'group_vars/mail.yml',
        code: 'postfix_smtp_tls_protocols: "!SSLv2, !SSLv3"\n',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'an Ansible variable for the outbound client; no security level in sight: opportunistic',
      },
      {
        file: 'roles/postfix/defaults/main.yml',
        code: "postfix__maincf:\n  - name: 'smtpd_tls_protocols'\n    value: [ '!SSLv2', '!SSLv3', '!TLSv1', 'TLSv1.1', 'TLSv1.2' ]\n    section: 'smtpd-tls'\n",
        findings: ['3:5 TLSv1.1'],
        note: 'an Ansible name/value item: reported on the value line',
      },
      {
        file: 'main.cf',
        code: 'smtpd_tls_protocols = >=0x0301\n',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        note: 'hexadecimal bound (Postfix 3.6+)',
      },
      {
        file: 'main.cf',
        code: 'smtpd_tls_security_level = may\nsmtpd_tls_protocols = <=TLSv1.1\n',
        findings: ['2:1 SSLv3 TLSv1.0 TLSv1.1'],
        note: 'an upper bound (Postfix 3.6+); `<` must not end the value',
      },
      {
        file: 'main.cf',
        code: 'smtp_tls_security_level = may\nsmtp_tls_protocols = !SSLv2, !SSLv3\n',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'opportunistic client: refusing TLS 1.0 to a peer with nothing newer means plaintext, a trade-off',
      },
      {
        file: 'target/start-mailserver.sh',
        code: "sed -i -r 's/^smtpd_tls_protocols =.*$/smtpd_tls_protocols = !SSLv2,!SSLv3/' /etc/postfix/main.cf\n",
        findings: ['1:40 TLSv1.0 TLSv1.1'],
        output: "sed -i -r 's/^smtpd_tls_protocols =.*$/smtpd_tls_protocols = !SSLv2,!SSLv3,!TLSv1,!TLSv1.1/' /etc/postfix/main.cf\n",
        note: 'sed replacement: SSLv3 stays excluded and the fix keeps the closing delimiter',
      },
      {
        file: 'setup/mail-postfix.sh',
        code: 'tools/editconf.py /etc/postfix/main.cf \\\n\tsmtpd_tls_auth_only=yes \\\n\tsmtpd_tls_protocols=\\!SSLv2,\\!SSLv3 \\\n\tsmtpd_tls_ciphers=medium\n',
        findings: ['3:2 TLSv1.0 TLSv1.1'],
        output:
          'tools/editconf.py /etc/postfix/main.cf \\\n\tsmtpd_tls_auth_only=yes \\\n\tsmtpd_tls_protocols=\\!SSLv2,\\!SSLv3,\\!TLSv1,\\!TLSv1.1 \\\n\tsmtpd_tls_ciphers=medium\n',
        note: 'an unquoted shell argument: the fix adds no space and keeps the escapes and the line continuation',
      },
    ],
  },
});
