/**
 * Mail, databases, brokers and directories: Postfix, Dovecot, Exim, vsftpd, ProFTPD, OpenLDAP,
 * MySQL/MariaDB, PostgreSQL, Redis/Valkey, MongoDB, SQL Server on Linux, ZooKeeper.
 */
import { atLeast, EMPTY, parseVersion, range, setOf, type Version, type VersionSet } from '../../versions.js';
import { asList, findSettings, settingTokens, type Evaluation, type Evaluator, type Setting } from '../define.js';
import { evalList, readVersion, respell, type VersionSpelling } from '../evaluate.js';
import type { Edit, Rule, RuleContext } from '../rule.js';
import type { SourceFile } from '../source.js';
import { configRule, exclusionsBelow, firstWord, minimumOf, minOrMax } from './web-servers/index.js';

const CONF_KINDS = ['conf', 'ini', 'other', 'yaml', 'shell', 'dockerfile', 'env'] as const;

/** `!SSLv2, !SSLv3`: the separator the value already uses (`, `, `,`, ` ` or `:`). */
function separatorOf(value: string): string {
  const m = /[!\w.](\s*[,:]\s*|\s+)\\?[!>]/.exec(value);
  return m ? m[1] : ' ';
}

/**
 * Exclusion lists (`!SSLv2, !SSLv3`) start from every version the library supports, so they keep
 * TLSv1 and TLSv1.1. The fix excludes everything below the floor in the same style.
 */
function exclusionList(opts: { all: VersionSet; spell?: VersionSpelling['spell']; names?: readonly string[] }): Evaluator {
  const plain = asList({ all: opts.all, base: opts.all, spell: opts.spell });
  return (s, ctx, file) => {
    const tokens = settingTokens(s);
    const result = evalList(tokens, { all: opts.all, base: opts.all, spell: opts.spell });
    if (!result) return undefined;
    const versioned = tokens.filter((t) => readVersion(t.text.replace(/^[!+]|^[<>]=?/g, ''), opts));
    const exclusionsOnly = versioned.length > 0 && versioned.every((t) => t.text.startsWith('!'));
    // `>=TLSv1` alone or with an upper bound (`>=TLSv1 <=TLSv1.3`): the fix raises the lower bound.
    const lower = tokens.filter((t) => /^>/.test(t.text));
    const single =
      lower.length === 1 && tokens.every((t) => t === lower[0] || /^<=?[\w.]+$/.test(t.text)) ? /^(>=?)(.+)$/.exec(lower[0].text) : null;
    let fix: Edit | undefined;
    if (exclusionsOnly && s.form !== 'block-list') {
      fix = {
        start: s.valueStart,
        end: s.valueEnd,
        // `\!SSLv2,\!SSLv3` (an unquoted shell word): the fix keeps the escape.
        text: exclusionsBelow(ctx.floor, opts.names)
          .map((n) => `${s.value.includes('\\!') ? '\\' : ''}!${n}`)
          .join(separatorOf(s.value)),
      };
    } else if (single && readVersion(single[2], opts)) {
      fix = { start: lower[0].start, end: lower[0].end, text: `>=${ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2'}` };
    } else {
      fix = plain(s, ctx, file)?.fix;
    }
    return {
      versions: result.versions,
      why: exclusionsOnly ? 'an exclusion list keeps every version it does not exclude' : undefined,
      fix,
    };
  };
}

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

// ---------------------------------------------------------------------------------------------
// M3 Exim
// ---------------------------------------------------------------------------------------------

const EXIM_OPTION: Record<string, Version> = {
  no_sslv2: 'SSLv2',
  no_sslv3: 'SSLv3',
  no_tlsv1: 'TLSv1.0',
  no_tlsv1_1: 'TLSv1.1',
  no_tlsv1_2: 'TLSv1.2',
  no_tlsv1_3: 'TLSv1.3',
};

function eximOpenssl(s: Setting, ctx: RuleContext): ReturnType<Evaluator> {
  let versions = range('TLSv1.0');
  let seen = false;
  for (const m of s.value.matchAll(/([+-])(no_(?:sslv[23]|tlsv1(?:_[123])?))\b/gi)) {
    const v = EXIM_OPTION[m[2].toLowerCase()];
    seen = true;
    if (m[1] === '+') versions &= ~setOf(v);
    else versions |= setOf(v);
  }
  if (!seen) return undefined;
  const missing = Object.entries(EXIM_OPTION)
    .filter(([, v]) => v !== 'SSLv2' && (setOf(v) & versions) !== 0 && exclusionsBelow(ctx.floor).includes(v === 'TLSv1.0' ? 'TLSv1' : v))
    .map(([name]) => `+${name}`);
  const canFix = !/-no_/i.test(s.value) && missing.length > 0;
  return {
    versions,
    why: "options that only exclude SSL keep OpenSSL's TLSv1 and TLSv1.1",
    fix: canFix ? { start: s.valueEnd, end: s.valueEnd, text: ` ${missing.join(' ')}` } : undefined,
  };
}

function eximGnutls(s: Setting): ReturnType<Evaluator> {
  let versions = EMPTY;
  for (const m of s.value.matchAll(/([+-])VERS-((?:TLS|SSL)\d\.\d)/gi)) {
    const v = parseVersion(m[2]);
    if (!v) continue;
    if (m[1] === '+') versions |= setOf(v);
    else versions &= ~setOf(v);
  }
  return versions
    ? {
        versions,
        why: 'the GnuTLS priority string adds legacy versions',
        instead: '`tls_require_ciphers = NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2`',
      }
    : undefined;
}

export const eximTlsOptions = configRule({
  meta: {
    id: 'exim/tls-options',
    title: 'Exim TLS options allow legacy TLS',
    description:
      'Exim (OpenSSL builds) takes `openssl_options = +no_sslv2 +no_sslv3`; excluding only SSL keeps TLSv1 and TLSv1.1. GnuTLS builds take a priority string in `tls_require_ciphers`, where `+VERS-TLS1.0` / `+VERS-TLS1.1` add legacy versions.',
    ecosystem: 'Mail, databases & brokers',
    catalogue: ['M3'],
    docs: [
      'https://www.exim.org/exim-html-current/doc/html/spec_html/ch-main_configuration.html#SECID102',
      'https://www.exim.org/exim-html-current/doc/html/spec_html/ch-encrypted_smtp_connections_using_tlsssl.html',
    ],
    files: { kinds: ['conf', 'other', 'shell', 'dockerfile', 'yaml', 'ini'], names: /exim|^configure$/ },
    keywords: /openssl_options|tls_require_ciphers/,
    fixable: true,
    safe: 'openssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1',
    limits:
      "Without `openssl_options`, the versions follow Exim's and OpenSSL's defaults; not reported. GnuTLS keywords such as `NORMAL` are not expanded.",
  },
  keys: /(?:exim4?_)?(?:openssl_options|tls_require_ciphers)/,
  finder: { spaceSeparated: false },
  evaluate: (s, ctx) => (/openssl/.test(s.key) ? eximOpenssl(s, ctx) : eximGnutls(s)),
  instead: '`openssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1`',
  examples: {
    valid: [
      { file: 'exim4.conf', code: 'openssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1 +cipher_server_preference\n' },
      {
        file: 'exim4.conf',
        code: 'openssl_options = +no_compression +cipher_server_preference\n',
        note: 'no version options: defaults, not reported',
      },
      { file: 'exim4.conf', code: 'tls_require_ciphers = NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2\n' },
      { file: 'exim4.conf', code: '# openssl_options = +no_sslv2 +no_sslv3\n', note: 'commented' },
      { file: 'exim4.conf', code: 'tls_require_ciphers = SECURE192:-VERS-TLS1.0:-VERS-TLS1.1\n', note: 'disabling forms' },
    ],
    invalid: [
      {
        file: 'exim4.conf',
        code: 'tls_advertise_hosts = *\nopenssl_options = +no_sslv2 +no_sslv3\n',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
        output: 'tls_advertise_hosts = *\nopenssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1\n',
      },
      {
        file: 'conf.d/main/03_exim4-config_tlsoptions',
        code: 'openssl_options = +all +no_sslv2 -no_sslv3\n',
        findings: ['1:1 SSLv3 TLSv1.0 TLSv1.1'],
        note: '-no_sslv3 re-enables SSLv3',
      },
      { file: 'exim4.conf', code: 'tls_require_ciphers = NORMAL:+VERS-TLS1.0:+VERS-TLS1.1\n', findings: ['1:1 TLSv1.0 TLSv1.1'] },
      {
        file: 'exim.conf',
        code: 'openssl_options = +no_sslv3 +no_tlsv1\n',
        findings: ['1:1 TLSv1.1'],
        output: 'openssl_options = +no_sslv3 +no_tlsv1 +no_tlsv1_1\n',
      },
      {
        file: 'exim4/conf.d/main/00_local',
        code: 'openssl_options = +all +no_sslv2 +no_compression +cipher_server_preference\n',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        note: '`+all` is bug workarounds, not versions',
      },
    ],
  },
});

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

// ---------------------------------------------------------------------------------------------
// M6 MySQL / MariaDB
// ---------------------------------------------------------------------------------------------

export const mysqlTlsVersion = configRule({
  meta: {
    id: 'mysql/tls-version',
    title: 'MySQL / MariaDB tls_version enables legacy TLS',
    description:
      '`tls_version` / `admin_tls_version` (server), `--tls-version` (clients) and the Connector/J `tlsVersions` / `enabledTLSProtocols` properties list the versions MySQL and MariaDB use; listing TLSv1 or TLSv1.1 enables them.',
    ecosystem: 'Mail, databases & brokers',
    catalogue: ['M6'],
    docs: [
      'https://dev.mysql.com/doc/refman/8.0/en/server-system-variables.html#sysvar_tls_version',
      'https://mariadb.com/kb/en/ssltls-system-variables/#tls_version',
    ],
    files: { kinds: ['ini', 'conf', 'other', 'yaml', 'shell', 'dockerfile', 'env', 'properties', 'sql'], names: /my\.cnf|mysql|mariadb/ },
    keywords: /tls_version|tls-version|tlsVersions|enabledTLSProtocols/,
    fixable: true,
    safe: 'tls_version = TLSv1.2,TLSv1.3',
    limits:
      'Unset, MySQL 5.7 and MariaDB before 10.6 allow TLSv1 and TLSv1.1 (MySQL 8.0.28+ removed them); defaults are not reported. RDS parameter groups and Azure flexible-server configurations are left to the cloud rules.',
  },
  keys: /(?:admin_)?tls[_-]version|tlsVersions|enabledTLSProtocols/,
  finder: { spaceSeparated: true },
  where: (s, file) => {
    if (file.kind === 'hcl' || file.kind === 'json' || file.matches(/AWS::RDS::DB(?:Cluster)?ParameterGroup/)) return false;
    if (/tlsVersions|enabledTLSProtocols/.test(s.key))
      return /mysql|mariadb/i.test(file.code.slice(Math.max(0, s.keyStart - 300), s.keyStart));
    // `tls_version` is also a field of other tools (MQTT clients, Docker Compose): outside option
    // files, require a MySQL context in the file.
    if (/^\s*(?:ssl\.|tls\.|PROTOCOL_)/.test(s.value)) return false;
    return file.kind === 'ini' || /mysql|mariadb|percona/i.test(file.path) || file.matches(/mysql|mariadb|percona/i);
  },
  evaluate: asList(),
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`tls_version=TLSv1.3`' : '`tls_version=TLSv1.2,TLSv1.3`'),
  examples: {
    valid: [
      { file: 'my.cnf', code: '[mysqld]\ntls_version=TLSv1.2,TLSv1.3\n' },
      { file: 'mariadb.cnf', code: '[mariadb]\n#tls_version = TLSv1.0,TLSv1.1,TLSv1.2\ntls_version = TLSv1.2\n', note: 'commented' },
      { file: 'docker-compose.yml', code: 'command: --tls-version=TLSv1.2 --require-secure-transport=ON\n' },
      { file: 'my.cnf', code: "[mysqld]\ntls_version=''\n", note: 'empty disables TLS: not a version' },
      {
        file: 'rds.tf',
        code: 'resource "aws_db_parameter_group" "mysql" {\n  parameter {\n    name  = "tls_version"\n    value = "TLSv1,TLSv1.1"\n  }\n}\n',
        note: 'cloud parameter groups are reported by the AWS/Azure rules',
      },
      { file: 'configuration.yaml', code: 'mqtt:\n  broker: mqtt.local\n  tls_version: TLSv1\n', note: 'an MQTT client, not MySQL' },
    ],
    invalid: [
      {
        file: 'my.cnf',
        code: '[mysqld]\nssl_ca=/etc/mysql/ca.pem\ntls_version=TLSv1,TLSv1.1,TLSv1.2\n',
        findings: ['3:1 TLSv1.0 TLSv1.1'],
        output: '[mysqld]\nssl_ca=/etc/mysql/ca.pem\ntls_version=TLSv1.2\n',
      },
      {
        file: 'mariadb.conf.d/50-server.cnf',
        code: '[mariadb]\ntls_version = TLSv1.0,TLSv1.1\n',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
      },
      { file: 'my.cnf', code: '[mysqld]\nadmin_tls_version = TLSv1.1,TLSv1.2\n', findings: ['2:1 TLSv1.1'] },
      { file: 'backup.sh', code: 'mysqldump --ssl-mode=REQUIRED --tls-version=TLSv1 -h db mydb > dump.sql\n', findings: ['1:33 TLSv1.0'] },
      {
        file: 'application.properties',
        code: 'spring.datasource.url=jdbc:mysql://db:3306/app?sslMode=REQUIRED&enabledTLSProtocols=TLSv1.1,TLSv1.2\n',
        findings: ['1:65 TLSv1.1'],
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// M7 PostgreSQL
// ---------------------------------------------------------------------------------------------

export const postgresSslProtocolVersion = configRule({
  meta: {
    id: 'postgres/ssl-protocol-version',
    title: 'PostgreSQL SSL protocol version allows legacy TLS',
    description:
      '`ssl_min_protocol_version` / `ssl_max_protocol_version` (postgresql.conf, `ALTER SYSTEM`, PG 12+) and the libpq connection parameters of the same name (`PGSSLMINPROTOCOLVERSION`) bound the TLS versions; `TLSv1` / `TLSv1.1` as minimum or a `TLSv1.1` maximum allow legacy TLS.',
    ecosystem: 'Mail, databases & brokers',
    catalogue: ['M7'],
    docs: [
      'https://www.postgresql.org/docs/current/runtime-config-connection.html#GUC-SSL-MIN-PROTOCOL-VERSION',
      'https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNECT-SSL-MIN-PROTOCOL-VERSION',
    ],
    files: {
      kinds: [
        'conf',
        'ini',
        'other',
        'yaml',
        'json',
        'shell',
        'dockerfile',
        'env',
        'sql',
        'properties',
        'python',
        'js',
        'ts',
        'go',
        'java',
        'ruby',
        'php',
        'csharp',
        'rust',
      ],
      names: /postgresql|pg_|postgres/,
    },
    keywords: /ssl_min_protocol_version|ssl_max_protocol_version|PGSSLMINPROTOCOLVERSION|PGSSLMAXPROTOCOLVERSION/,
    fixable: true,
    safe: "ssl_min_protocol_version = 'TLSv1.2'",
    limits:
      'PostgreSQL 12 defaults to TLSv1 (13+: TLSv1.2); defaults are not reported. RDS parameter groups and Azure flexible-server configurations are left to the cloud rules.',
  },
  keys: /(?:postgresql_)?ssl_(?:min|max)_protocol_version|PGSSL(?:MIN|MAX)PROTOCOLVERSION/i,
  finder: { spaceSeparated: true },
  // CloudFormation/ARM JSON parameter groups are the cloud rules' (`"Parameters": {"ssl_min_protocol_version": …}`).
  where: (s, file) =>
    !file.matches(/AWS::RDS::DB(?:Cluster)?ParameterGroup/) && (file.kind !== 'json' || !file.matches(/"(?:Parameters|properties)"\s*:/)),
  evaluate: minOrMax(),
  instead: (ctx) => `\`ssl_min_protocol_version = '${ctx.floor}'\``,
  examples: {
    valid: [
      { file: 'postgresql.conf', code: "ssl = on\nssl_min_protocol_version = 'TLSv1.2'\n" },
      {
        file: 'postgresql.conf',
        code: "#ssl_min_protocol_version = 'TLSv1.2'\n#ssl_max_protocol_version = ''\n",
        note: 'commented sample defaults',
      },
      { file: 'postgresql.conf', code: "ssl_max_protocol_version = 'TLSv1.3'\n", note: 'a cap above the floor' },
      { file: 'db.py', code: 'conn = psycopg2.connect("host=db sslmode=verify-full ssl_min_protocol_version=TLSv1.3")\n' },
      { file: 'postgresql.conf', code: "ssl_max_protocol_version = ''\n", note: 'empty: no cap' },
      {
        file: 'pg.tf',
        code: 'resource "azurerm_postgresql_flexible_server_configuration" "tls" {\n  name  = "ssl_min_protocol_version"\n  value = "TLSv1"\n}\n',
        note: 'cloud server parameters are reported by the AWS/Azure rules',
      },
      {
        file: 'cfn/db.yaml',
        code: 'Type: AWS::RDS::DBParameterGroup\nProperties:\n  Parameters:\n    ssl_min_protocol_version: TLSv1\n',
        note: 'CloudFormation parameter group: the AWS rule reports it',
      },
      {
        file: 'check.sh',
        code: "psql -c \"SELECT setting FROM pg_settings WHERE name IN ('ssl', 'ssl_min_protocol_version', 'ssl_max_protocol_version')\"\n",
        note: 'a query that lists parameter names',
      },
    ],
    invalid: [
      {
        file: 'postgresql.conf',
        code: "ssl = on\nssl_min_protocol_version = 'TLSv1'\n",
        findings: ['2:1 TLSv1.0 TLSv1.1'],
        output: "ssl = on\nssl_min_protocol_version = 'TLSv1.2'\n",
      },
      { file: 'postgresql.conf', code: "ssl_max_protocol_version = 'TLSv1.1'\n", findings: ['1:1 TLSv1.0 TLSv1.1'] },
      { file: 'migrations/001.sql', code: "ALTER SYSTEM SET ssl_min_protocol_version TO 'TLSv1.1';\n", findings: ['1:18 TLSv1.1'] },
      {
        file: 'app/db.py',
        code: 'DSN = "host=db port=5432 sslmode=require ssl_min_protocol_version=TLSv1 dbname=app"\n',
        findings: ['1:42 TLSv1.0 TLSv1.1'],
        note: 'libpq connection string',
      },
      { file: 'values.yaml', code: 'postgresql:\n  parameters:\n    ssl_min_protocol_version: TLSv1.1\n', findings: ['3:5 TLSv1.1'] },
      { file: '.env', code: 'PGSSLMINPROTOCOLVERSION=TLSv1.1\n', findings: ['1:1 TLSv1.1'] },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// M8 Redis / Valkey / KeyDB
// ---------------------------------------------------------------------------------------------

export const redisTlsProtocols = configRule({
  meta: {
    id: 'redis/tls-protocols',
    title: 'Redis tls-protocols enables legacy TLS',
    description:
      'Redis, Valkey and KeyDB `tls-protocols "TLSv1 TLSv1.1 TLSv1.2"` (redis.conf, `--tls-protocols`, `CONFIG SET`) lists the versions the server accepts.',
    ecosystem: 'Mail, databases & brokers',
    catalogue: ['M8'],
    docs: [
      'https://redis.io/docs/latest/operate/oss_and_stack/management/security/encryption/',
      'https://raw.githubusercontent.com/redis/redis/unstable/redis.conf',
    ],
    files: { kinds: ['conf', 'other', 'shell', 'dockerfile', 'yaml'], names: /redis|valkey|keydb|sentinel/ },
    keywords: /tls-protocols/,
    fixable: true,
    safe: 'tls-protocols "TLSv1.2 TLSv1.3"',
    limits: 'Unset, Redis uses "TLSv1.2 TLSv1.3"; nothing to report.',
  },
  keys: /tls-protocols/,
  finder: { spaceSeparated: true },
  evaluate: asList(),
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`tls-protocols "TLSv1.3"`' : '`tls-protocols "TLSv1.2 TLSv1.3"`'),
  examples: {
    valid: [
      { file: 'redis.conf', code: 'tls-port 6379\ntls-protocols "TLSv1.2 TLSv1.3"\n' },
      {
        file: 'redis.conf',
        code: '# tls-protocols "TLSv1.2 TLSv1.3"\n# tls-protocols TLSv1\n',
        note: 'commented defaults of the stock file',
      },
      { file: 'docker-compose.yml', code: 'command: redis-server --tls-port 6380 --tls-protocols "TLSv1.2"\n' },
      {
        file: 'setup.sh',
        code: 'sed -i "s|^tls-protocols.*|tls-protocols \\"TLSv1.2 TLSv1.3\\"|" redis.conf\n',
        note: 'escaped quotes in a sed replacement',
      },
    ],
    invalid: [
      {
        file: 'redis.conf',
        code: 'tls-port 6379\ntls-protocols "TLSv1 TLSv1.1 TLSv1.2"\n',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
        output: 'tls-port 6379\ntls-protocols "TLSv1.2"\n',
      },
      { file: 'valkey.conf', code: 'tls-protocols TLSv1.1\n', findings: ['1:1 TLSv1.1'], output: 'tls-protocols TLSv1.2\n' },
      { file: 'k8s/redis.yaml', code: 'args: ["--tls-port", "6379", "--tls-protocols", "TLSv1 TLSv1.2"]\n', findings: ['1:33 TLSv1.0'] },
      {
        file: 'setup.sh',
        code: 'sed -i "s|^tls-protocols.*|tls-protocols \\"TLSv1.1 TLSv1.2\\"|" redis.conf\n',
        findings: ['1:28 TLSv1.1'],
        output: 'sed -i "s|^tls-protocols.*|tls-protocols \\"TLSv1.2\\"|" redis.conf\n',
        note: 'sed with | delimiter and escaped quotes: the fix stays inside the replacement',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// M9 MongoDB
// ---------------------------------------------------------------------------------------------

const MONGO_ALL = range('TLSv1.0');

export const mongodbDisabledProtocols = configRule({
  meta: {
    id: 'mongodb/disabled-protocols',
    title: 'MongoDB disabledProtocols leaves legacy TLS enabled',
    description:
      "`net.tls.disabledProtocols` (`net.ssl.disabledProtocols`, `--tlsDisabledProtocols`) lists the versions to *disable*; setting it replaces MongoDB's default of disabling TLS 1.0. `none` enables every version, and `TLS1_2` alone leaves TLS 1.0 and 1.1 on.",
    ecosystem: 'Mail, databases & brokers',
    catalogue: ['M9'],
    docs: ['https://www.mongodb.com/docs/manual/reference/configuration-options/#mongodb-setting-net.tls.disabledProtocols'],
    files: { kinds: ['yaml', 'conf', 'shell', 'dockerfile', 'other', 'ini', 'json'], names: /mongo/ },
    keywords: /disabledProtocols/,
    fixable: true,
    safe: 'disabledProtocols: TLS1_0,TLS1_1',
  },
  keys: /(?:net\.(?:tls|ssl)\.)?disabledProtocols|(?:tls|ssl)DisabledProtocols/,
  // A bare `disabledProtocols` key needs a MongoDB context (the `net:` section or a TLS mode).
  where: (s, file) => /^(?:net\.|tls|ssl)/.test(s.key) || file.matches(/mongo|\bnet:|(?:require|prefer|allow)(?:TLS|SSL)\b/i),
  evaluate: (s, ctx) => {
    const w = firstWord(s);
    if (!w) return undefined;
    // `TLS1_0,TLS1_1 --bind_ip_all`: a bare value ends at the first space that is not after a comma.
    const list = s.form === 'bare' ? (/^[^\s,]+(?:[ \t]*,[ \t]*[^\s,]+)*/.exec(s.value)?.[0] ?? '') : s.value;
    const names = list.split(/[\s,'"[\]-]+/).filter(Boolean);
    let versions = MONGO_ALL;
    if (names.length === 1 && /^none$/i.test(names[0])) {
      // every version
    } else {
      for (const n of names) {
        const v = parseVersion(n);
        if (!v) return undefined;
        versions &= ~setOf(v);
      }
    }
    const text = ctx.floor === 'TLSv1.3' ? 'TLS1_0,TLS1_1,TLS1_2' : 'TLS1_0,TLS1_1';
    return {
      versions,
      why: /^none$/i.test(names[0]) ? '`none` disables nothing' : 'the list names what to disable; every other version stays enabled',
      fix: s.form === 'block-list' ? undefined : { start: s.valueStart, end: s.valueStart + list.length, text },
    };
  },
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`disabledProtocols: TLS1_0,TLS1_1,TLS1_2`' : '`disabledProtocols: TLS1_0,TLS1_1`'),
  examples: {
    valid: [
      {
        file: 'mongod.conf',
        code: 'net:\n  tls:\n    mode: requireTLS\n    disabledProtocols: TLS1_0,TLS1_1\n',
        note: 'disabling TLS1_0/TLS1_1 is the safe form',
      },
      { file: 'mongod.conf', code: 'net:\n  tls:\n    # disabledProtocols: none\n    mode: requireTLS\n', note: 'commented' },
      { file: 'docker-compose.yml', code: 'command: mongod --tlsMode requireTLS --tlsDisabledProtocols TLS1_0,TLS1_1\n' },
      { file: 'mongod.conf', code: 'net:\n  tls:\n    disabledProtocols: ${DISABLED_PROTOCOLS}\n', note: 'variable' },
      { file: 'config/server.yaml', code: 'http:\n  disabledProtocols: TLS1_2\n', note: 'not a MongoDB file' },
    ],
    invalid: [
      {
        file: 'mongod.conf',
        code: 'net:\n  tls:\n    mode: requireTLS\n    disabledProtocols: none\n',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
        output: 'net:\n  tls:\n    mode: requireTLS\n    disabledProtocols: TLS1_0,TLS1_1\n',
      },
      {
        file: 'mongod.conf',
        code: 'net:\n  ssl:\n    disabledProtocols: TLS1_2\n',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        note: 'disabling 1.2 leaves 1.0 and 1.1',
      },
      { file: 'mongod.conf', code: 'net:\n  tls:\n    disabledProtocols: TLS1_0\n', findings: ['3:5 TLSv1.1'] },
      {
        file: 'start.sh',
        code: 'mongod --tlsMode requireTLS --tlsDisabledProtocols none --bind_ip_all\n',
        findings: ['1:31 TLSv1.0 TLSv1.1'],
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// M10 SQL Server on Linux
// ---------------------------------------------------------------------------------------------

export const mssqlTlsProtocols = configRule({
  meta: {
    id: 'mssql/tlsprotocols',
    title: 'SQL Server on Linux tlsprotocols enables legacy TLS',
    description:
      '`mssql-conf set network.tlsprotocols 1.0,1.1,1.2` (or `tlsprotocols` under `[network]` in mssql.conf) lists the versions SQL Server on Linux accepts.',
    ecosystem: 'Mail, databases & brokers',
    catalogue: ['M10'],
    docs: ['https://learn.microsoft.com/en-us/sql/linux/sql-server-linux-configure-mssql-conf#tls'],
    files: { kinds: ['ini', 'conf', 'shell', 'dockerfile', 'yaml', 'other'], names: /mssql/ },
    keywords: /tlsprotocols/,
    fixable: true,
    safe: 'mssql-conf set network.tlsprotocols 1.2',
    limits: 'SQL Server on Windows follows the SCHANNEL registry settings (catalogue B1), not this setting.',
  },
  keys: /(?:network\.)?tlsprotocols/i,
  evaluate: asList({ bareNumbers: true }),
  instead: (ctx) => `\`mssql-conf set network.tlsprotocols ${ctx.floor === 'TLSv1.3' ? '1.3' : '1.2'}\``,
  examples: {
    valid: [
      { file: 'setup.sh', code: '/opt/mssql/bin/mssql-conf set network.tlsprotocols 1.2\n' },
      { file: 'mssql.conf', code: '[network]\ntlsprotocols = 1.2\n' },
      { file: 'mssql.conf', code: '[network]\n# tlsprotocols = 1.0,1.1,1.2\ntlsprotocols = 1.2,1.3\n', note: 'commented' },
    ],
    invalid: [
      {
        file: 'setup.sh',
        code: 'sudo /opt/mssql/bin/mssql-conf set network.tlsprotocols 1.0,1.1,1.2\n',
        findings: ['1:36 TLSv1.0 TLSv1.1'],
        output: 'sudo /opt/mssql/bin/mssql-conf set network.tlsprotocols 1.2\n',
      },
      { file: 'mssql.conf', code: '[network]\nforceencryption = 1\ntlsprotocols = 1.1,1.2\n', findings: ['3:1 TLSv1.1'] },
      { file: 'Dockerfile', code: 'RUN /opt/mssql/bin/mssql-conf set network.tlsprotocols 1.0\n', findings: ['1:35 TLSv1.0'] },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// M11 ZooKeeper
// ---------------------------------------------------------------------------------------------

export const zookeeperSslProtocol = configRule({
  meta: {
    id: 'zookeeper/ssl-protocol',
    title: 'ZooKeeper TLS protocol settings enable legacy TLS',
    description:
      'ZooKeeper `ssl.protocol` / `ssl.quorum.protocol` name the TLS protocol and `ssl.enabledProtocols` / `ssl.quorum.enabledProtocols` list the enabled versions (zoo.cfg, `-Dzookeeper.ssl.*`); TLSv1 or TLSv1.1 enables legacy TLS. RabbitMQ is covered by catalogue row I8.',
    ecosystem: 'Mail, databases & brokers',
    catalogue: ['M11'],
    docs: ['https://zookeeper.apache.org/doc/current/zookeeperAdmin.html#sc_authOptions'],
    files: { kinds: ['ini', 'properties', 'conf', 'shell', 'dockerfile', 'yaml', 'env', 'other'], names: /zoo|zookeeper/ },
    keywords: /ssl\.protocol|ssl\.quorum\.protocol|enabledProtocols/,
    fixable: true,
    safe: 'ssl.protocol=TLSv1.2',
  },
  keys: /(?:zookeeper\.)?ssl\.(?:quorum\.)?(?:protocol|enabledProtocols)|ZOO_CFG_SSL_(?:QUORUM_)?(?:PROTOCOL|ENABLEDPROTOCOLS)/,
  finder: { spaceSeparated: false },
  // `ssl.protocol` is also Kafka's key: read it only with a ZooKeeper-specific prefix or in ZooKeeper files.
  where: (s, file) => /zookeeper|quorum|enabledProtocols|ZOO_/i.test(s.key) || /zoo/.test(file.path.toLowerCase()),
  evaluate: (s, ctx, file) => {
    if (/enabledProtocols/i.test(s.key)) return asList()(s, ctx, file);
    const w = firstWord(s);
    const v = w && readVersion(w.text);
    if (!w || !v) return undefined;
    const spelled = respell(w.text, ctx.floor);
    return { versions: setOf(v), fix: spelled ? { start: w.start, end: w.start + w.text.length, text: spelled } : undefined };
  },
  instead: (ctx) => `\`ssl.protocol=${ctx.floor}\` and \`ssl.enabledProtocols=${ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2,TLSv1.3'}\``,
  examples: {
    valid: [
      { file: 'conf/zoo.cfg', code: 'secureClientPort=2281\nssl.protocol=TLSv1.2\nssl.enabledProtocols=TLSv1.2,TLSv1.3\n' },
      { file: 'conf/zoo.cfg', code: '#ssl.quorum.protocol=TLSv1\nssl.quorum.protocol=TLSv1.3\n', note: 'commented' },
      { file: 'config/server.properties', code: 'ssl.protocol=TLSv1\n', note: 'Kafka file: the Kafka rule owns plain ssl.protocol' },
      { file: 'conf/zoo.cfg', code: 'ssl.protocol=TLS\n', note: 'protocol-neutral name' },
    ],
    invalid: [
      {
        file: 'conf/zoo.cfg',
        code: 'secureClientPort=2281\nssl.protocol=TLSv1\n',
        findings: ['2:1 TLSv1.0'],
        output: 'secureClientPort=2281\nssl.protocol=TLSv1.2\n',
      },
      {
        file: 'conf/zoo.cfg',
        code: 'ssl.quorum.enabledProtocols=TLSv1,TLSv1.1,TLSv1.2\n',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: 'ssl.quorum.enabledProtocols=TLSv1.2\n',
      },
      {
        file: 'bin/zkEnv.sh',
        code: 'export SERVER_JVMFLAGS="-Dzookeeper.ssl.protocol=TLSv1.1 $SERVER_JVMFLAGS"\n',
        findings: ['1:27 TLSv1.1'],
      },
      { file: 'conf/zoo.cfg', code: 'ssl.enabledProtocols=TLSv1.1,TLSv1.2\n', findings: ['1:1 TLSv1.1'] },
    ],
  },
});

export const rules: readonly Rule[] = [
  postfixTlsProtocols,
  dovecotSslProtocols,
  eximTlsOptions,
  vsftpdSslVersions,
  proftpdTlsProtocol,
  ldapTlsProtocolMin,
  mysqlTlsVersion,
  postgresSslProtocolVersion,
  redisTlsProtocols,
  mongodbDisabledProtocols,
  mssqlTlsProtocols,
  zookeeperSslProtocol,
];
