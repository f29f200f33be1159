import { describe, expect, test } from 'vitest';
import { checkFile, applyFixes, RuleIndex } from '../src/scan/engine.js';
import { SourceFile } from '../src/scan/source.js';
import { RULES } from '../src/scan/rules/index.js';
import { inHereDocument, keepsCommandValid, maskSearchedText, substitutions, writtenRegions } from '../src/scan/shell-writers.js';
import { cpuMs } from './helpers/cpu-time.js';

const index = new RuleIndex(RULES);
function scan(path: string, code: string) {
  const file = new SourceFile(path, code);
  const findings = checkFile(file, index.select(file), { minVersion: 'TLSv1.2', failOn: 'error' });
  return { file, findings };
}

describe('substitutions', () => {
  test('any delimiter, flags, several expressions', () => {
    const line = `sed -i -r -e 's#^a.*#ssl = x#g' -e "s|b|c|" -e 's/d/e/;s,f,g,2' file`;
    const subs = substitutions(line);
    expect(subs.map((s) => s.delimiter)).toEqual(['#', '|', '/', ',']);
    expect(subs.map((s) => line.slice(s.replacementStart, s.replacementEnd))).toEqual(['ssl = x', 'c', 'e', 'g']);
    expect(line.slice(subs[0].replacementEnd, subs[0].end)).toBe('#g');
  });
  test('perl -pi -e, escaped delimiters', () => {
    const line = String.raw`perl -pi -e 's/^x.*/ssl_cert = \/etc\/x/' f`;
    const [s] = substitutions(line);
    expect(line.slice(s.replacementStart, s.replacementEnd)).toBe(String.raw`ssl_cert = \/etc\/x`);
  });
  test('only on sed and perl lines', () => {
    expect(substitutions("echo 's/a/b/'")).toEqual([]);
  });
});

describe('maskSearchedText', () => {
  test('the closing delimiter and flags do not run into the written value', () => {
    const code = maskSearchedText("sed -i -r 's/^smtpd_tls_protocols =.*$/smtpd_tls_protocols = !SSLv2,!SSLv3/g' /etc/postfix/main.cf");
    expect(code).toMatch(/' +smtpd_tls_protocols = !SSLv2,!SSLv3 +' \/etc\/postfix\/main\.cf$/);
  });
  test('sed addresses and c\\ are masked; a path is not an address', () => {
    const code = maskSearchedText("sed -i '/^#ssl_protocols/c\\ssl_protocols = !SSLv3' /etc/apache2/x.conf");
    expect(code).not.toContain('#ssl_protocols');
    expect(code).toMatch(/' +ssl_protocols = !SSLv3' \/etc\/apache2\/x\.conf$/);
  });
});

describe('keepsCommandValid', () => {
  const at = (text: string, what: string) => text.indexOf(what);
  test('an unquoted shell word gets no white space', () => {
    const text = 'tools/editconf.py /etc/postfix/main.cf smtpd_tls_protocols=!SSLv2,!SSLv3 x=y';
    const start = at(text, '!SSLv2');
    expect(keepsCommandValid(text, 'shell', { start, end: start + 13, text: '!SSLv2 !SSLv3 !TLSv1' })).toBe(false);
    expect(keepsCommandValid(text, 'shell', { start, end: start + 13, text: '!SSLv2,!SSLv3,!TLSv1' })).toBe(true);
  });
  test('a substitution keeps its delimiter', () => {
    const text = "sed -i 's/^a.*/a = !SSLv3/' f";
    const start = at(text, '!SSLv3');
    expect(keepsCommandValid(text, 'shell', { start, end: start + 7, text: '!SSLv3 !TLSv1' })).toBe(false);
    expect(keepsCommandValid(text, 'shell', { start, end: start + 6, text: '!SSLv3 !TLSv1' })).toBe(true);
    expect(keepsCommandValid(text, 'shell', { start, end: start + 6, text: 'a/b' })).toBe(false);
  });
  test('here-document bodies are configuration, not shell words', () => {
    const text = 'cat > /etc/x.conf <<-EOF\nssl_protocols = !SSLv3\n\tEOF\necho x y\n';
    expect(inHereDocument(text, at(text, '!SSLv3'))).toBe(true);
    expect(inHereDocument(text, at(text, 'echo x'))).toBe(false);
    const start = at(text, '!SSLv3');
    expect(keepsCommandValid(text, 'shell', { start, end: start + 6, text: '!SSLv3 !TLSv1' })).toBe(true);
  });
  test('double quotes: no $ or quote; a removed quote is refused', () => {
    const text = 'echo "ssl_protocols = !SSLv3" >> f';
    const start = at(text, '!SSLv3');
    expect(keepsCommandValid(text, 'shell', { start, end: start + 6, text: '!SSLv3 !TLSv1' })).toBe(true);
    expect(keepsCommandValid(text, 'shell', { start, end: start + 6, text: '$X' })).toBe(false);
    expect(keepsCommandValid(text, 'shell', { start, end: start + 7, text: '!SSLv3' })).toBe(false);
  });
  test('a Dockerfile ENV value is not a shell word; a RUN line is', () => {
    const env = 'ENV NGINX_SSL_PROTOCOLS TLSv1 TLSv1.2';
    expect(keepsCommandValid(env, 'dockerfile', { start: at(env, 'TLSv1 '), end: env.length, text: 'TLSv1.2 TLSv1.3' })).toBe(true);
    const run = 'RUN editconf main.cf smtpd_tls_protocols=!SSLv2,!SSLv3';
    const start = at(run, '!SSLv2');
    expect(keepsCommandValid(run, 'dockerfile', { start, end: run.length, text: '!SSLv2, !SSLv3' })).toBe(false);
  });
});

describe('configuration written by shell, end to end', () => {
  test('sed with / delimiter: a list reaching TLSv1.2 is not reported (docker-mailserver modern level)', () => {
    const { findings } = scan(
      'target/start-mailserver.sh',
      "sed -i -r 's/^smtpd_tls_protocols =.*$/smtpd_tls_protocols = !SSLv2,!SSLv3,!TLSv1,!TLSv1.1/' /etc/postfix/main.cf\n" +
        "sed -i -r 's/^ssl_protocols =.*$/ssl_protocols = !SSLv3,!TLSv1,!TLSv1.1/' /etc/dovecot/conf.d/10-ssl.conf\n",
    );
    expect(findings).toEqual([]);
  });
  test('sed with / delimiter: a short list is reported without SSLv3, and the fix keeps the command', () => {
    const code =
      "sed -i -r 's/^smtpd_tls_protocols =.*$/smtpd_tls_protocols = !SSLv2,!SSLv3/' /etc/postfix/main.cf\n" +
      "sed -i -r 's/^ssl_protocols = .*$/ssl_protocols = !SSLv3/' /etc/dovecot/conf.d/10-ssl.conf\n";
    const { file, findings } = scan('target/start-mailserver.sh', code);
    expect(findings.map((f) => [f.ruleId, f.line, f.versions.join(' ')])).toEqual([
      ['postfix/tls-protocols', 1, 'TLSv1.0 TLSv1.1'],
      ['dovecot/ssl-protocols', 2, 'TLSv1.0 TLSv1.1'],
    ]);
    expect(applyFixes(file, findings)).toBe(
      "sed -i -r 's/^smtpd_tls_protocols =.*$/smtpd_tls_protocols = !SSLv2,!SSLv3,!TLSv1,!TLSv1.1/' /etc/postfix/main.cf\n" +
        "sed -i -r 's/^ssl_protocols = .*$/ssl_protocols = !SSLv2 !SSLv3 !TLSv1 !TLSv1.1/' /etc/dovecot/conf.d/10-ssl.conf\n",
    );
  });
  test('perl -pi -e with # delimiter (iRedMail) and the issue examples', () => {
    expect(
      scan('functions/dovecot.sh', "    perl -pi -e 's#^(ssl_protocols).*#ssl_protocols = !SSLv3#' ${DOVECOT_CONF}\n").findings,
    ).toHaveLength(1);
    const perl = scan('setup.sh', "perl -pi -e 's#^ssl_min_protocol.*#ssl_min_protocol = TLSv1#' dovecot.conf\n");
    expect(perl.findings.map((f) => [f.ruleId, f.versions.join(' ')])).toEqual([['dovecot/ssl-protocols', 'TLSv1.0 TLSv1.1']]);
    expect(applyFixes(perl.file, perl.findings)).toBe("perl -pi -e 's#^ssl_min_protocol.*#ssl_min_protocol = TLSv1.2#' dovecot.conf\n");
    const redis = scan('setup.sh', 'sed -i "s|^tls-protocols.*|tls-protocols \\"TLSv1.1 TLSv1.2\\"|" redis.conf\n');
    expect(redis.findings.map((f) => [f.ruleId, f.versions.join(' ')])).toEqual([['redis/tls-protocols', 'TLSv1.1']]);
    expect(applyFixes(redis.file, redis.findings)).toBe('sed -i "s|^tls-protocols.*|tls-protocols \\"TLSv1.2\\"|" redis.conf\n');
  });
  test('the searched text is not evaluated', () => {
    expect(
      scan('setup.sh', "sed -i 's/^ssl_protocols = !SSLv3$/ssl_min_protocol = TLSv1.2/' /etc/dovecot/dovecot.conf\n").findings,
    ).toEqual([]);
    expect(scan('setup.sh', "sed -i '/^ssl_protocols TLSv1;/d' /etc/nginx/nginx.conf\n").findings).toEqual([]);
  });
  test('an unquoted editconf argument (mailinabox): the fix keeps one word and its escapes', () => {
    const code = 'tools/editconf.py /etc/postfix/main.cf \\\n\tsmtpd_tls_protocols=\\!SSLv2,\\!SSLv3 \\\n\tsmtpd_tls_ciphers=medium\n';
    const { file, findings } = scan('setup/mail-postfix.sh', code);
    expect(findings.map((f) => [f.line, f.versions.join(' ')])).toEqual([[2, 'TLSv1.0 TLSv1.1']]);
    expect(findings[0].message).toContain('`smtpd_tls_protocols=\\!SSLv2,\\!SSLv3` enables');
    expect(applyFixes(file, findings)).toBe(
      'tools/editconf.py /etc/postfix/main.cf \\\n\tsmtpd_tls_protocols=\\!SSLv2,\\!SSLv3,\\!TLSv1,\\!TLSv1.1 \\\n\tsmtpd_tls_ciphers=medium\n',
    );
  });
  test('a fix that would split an unquoted word is not offered', () => {
    const { findings } = scan('install.sh', 'editconf /etc/dovecot/conf.d/10-ssl.conf ssl_protocols=!SSLv3\n');
    expect(findings).toHaveLength(1);
    expect(findings[0].fix).toBeUndefined();
  });
  test('docker run -e and sysctl-style key=value arguments are settings', () => {
    const { file, findings } = scan('run.sh', "docker run -d -e KONG_SSL_PROTOCOLS='TLSv1 TLSv1.2' kong:2.8\n");
    expect(findings.map((f) => [f.ruleId, f.versions.join(' ')])).toEqual([['kong/ssl-protocols', 'TLSv1.0']]);
    expect(applyFixes(file, findings)).toBe("docker run -d -e KONG_SSL_PROTOCOLS='TLSv1.2' kong:2.8\n");
  });
  test('here-documents, echo, postconf and crudini write settings', () => {
    const { findings } = scan(
      'install.sh',
      "cat > /etc/dovecot/conf.d/10-ssl.conf <<'EOF'\nssl_protocols = !SSLv3\nEOF\n" +
        "echo 'ssl_protocols TLSv1 TLSv1.2;' >> /etc/nginx/conf.d/ssl.conf\n" +
        "postconf -e 'smtpd_tls_protocols = !SSLv2, !SSLv3'\n" +
        'crudini --set /etc/mysql/my.cnf mysqld tls_version TLSv1,TLSv1.1,TLSv1.2\n',
    );
    expect(findings.map((f) => [f.ruleId, f.line]).sort()).toEqual([
      ['dovecot/ssl-protocols', 2],
      ['mysql/tls-version', 6],
      ['nginx/ssl-protocols', 4],
      ['postfix/tls-protocols', 5],
    ]);
    expect(findings.find((f) => f.line === 2)?.fix?.replacement).toBe('!SSLv2 !SSLv3 !TLSv1 !TLSv1.1');
  });
});

describe('messages', () => {
  test('proxy_ssl_protocols is fixed as proxy_ssl_protocols', () => {
    const [f] = scan('nginx.conf', 'location / {\n  proxy_ssl_protocols TLSv1 TLSv1.2;\n}').findings;
    expect(f.message).toMatch(/; use `proxy_ssl_protocols TLSv1\.2 TLSv1\.3;`$/);
  });
  test('opportunistic Postfix client: the plaintext trade-off, as a warning', () => {
    const [f] = scan('main.cf', 'smtp_tls_security_level = may\nsmtp_tls_protocols = !SSLv2, !SSLv3\n').findings;
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('`smtp_tls_security_level = may`');
    expect(f.message).toContain('plaintext');
    const [unset] = scan('main.cf', 'smtp_tls_protocols = !SSLv2, !SSLv3\n').findings;
    expect(unset.severity).toBe('warning');
    expect(unset.message).toContain('`smtp_tls_security_level` is not set here');
    const [dane] = scan('main.cf', 'smtp_tls_security_level = dane\nsmtp_tls_protocols = !SSLv2, !SSLv3\n').findings;
    expect(dane.severity).toBe('error');
    expect(dane.message).toContain('TLSA');
    const [encrypt] = scan('main.cf', 'smtp_tls_security_level = encrypt\nsmtp_tls_protocols = !SSLv2, !SSLv3\n').findings;
    expect(encrypt.severity).toBe('error');
    expect(encrypt.message).not.toContain('plaintext');
    const [server] = scan('main.cf', 'smtpd_tls_protocols = !SSLv2, !SSLv3\n').findings;
    expect(server.severity).toBe('error');
    expect(server.message).not.toContain('plaintext');
  });
  test('Postfix bounds (3.6+): <=, < and a range are evaluated', () => {
    const { findings } = scan(
      'main.cf',
      'smtpd_tls_protocols = <=TLSv1.1\nsmtpd_tls_mandatory_protocols = <TLSv1.2\nlmtp_tls_security_level = encrypt\nlmtp_tls_protocols = >=TLSv1, <=TLSv1.3\nsmtp_tls_security_level = encrypt\nsmtp_tls_protocols = >=TLSv1.2 <=TLSv1.3\n',
    );
    expect(findings.map((f) => [f.line, f.versions.join(' ')])).toEqual([
      [1, 'SSLv3 TLSv1.0 TLSv1.1'],
      [2, 'SSLv3 TLSv1.0 TLSv1.1'],
      [4, 'TLSv1.0 TLSv1.1'],
    ]);
    expect(findings[2].fix?.replacement).toBe('>=TLSv1.2');
  });
  test('a probe tests versions; it does not enable them', () => {
    const [f] = scan('tests/tls.bats', 'run nmap --script ssl-enum-ciphers -p 993 mail\n').findings;
    expect(f.message).toMatch(/^`nmap --script ssl-enum-ciphers` tests whether the server accepts SSLv2/);
    const [o] = scan('check.sh', 'openssl s_client -connect host:443 -tls1 </dev/null\n').findings;
    expect(o.message).toMatch(/^`openssl s_client -tls1` probes the server with TLSv1\.0;/);
  });
});

describe('probe tools: only a run of the tool counts', () => {
  test.each([
    [
      'setup.py',
      "import sslyze\nfrom sslyze.plugins.plugin_base import Plugin\nsetup(name='sslyze', url='https://github.com/nabla-c0d3/sslyze')\n",
    ],
    ['tests/test_sslyze.py', 'class SslyzeTlsv1Tests(unittest.TestCase):\n    """sslyze tests for TLSv1"""\n'],
    ['sslyze/cli/parser.py', '    """SSLyze is a Python tool that can analyze the SSL configuration of a server."""\n'],
    ['docs/conf.py', "project = 'SSLyze'\nhtmlhelp_basename = 'sslyzedoc'\n"],
    ['scan.sh', 'sslyze --certinfo example.com:443\n'],
    ['README.sh', 'echo sslscan is a tool\n'],
  ])('%s: no finding', (path, code) => {
    expect(scan(path, code).findings.filter((f) => f.ruleId === 'cli/tls-probe')).toEqual([]);
  });
  test.each([
    ['ci/scan.sh', 'sslyze --regular example.com:443\n'],
    ['ci/scan.sh', 'docker run --rm drwetter/testssl.sh --protocols https://example.com\n'],
    ['.github/workflows/tls.yml', 'jobs:\n  x:\n    steps:\n      - run: sslscan --no-colour example.com\n'],
    ['tools/scan.py', "subprocess.run(['sslyze', '--tlsv1', host])\n"],
    ['tools/scan.py', "subprocess.run(['python', '-m', 'sslyze', '--sslv3', host])\n"],
  ])('%s: %s is a probe', (path, code) => {
    expect(scan(path, code).findings.filter((f) => f.ruleId === 'cli/tls-probe')).toHaveLength(1);
  });
});

describe('written text is read by the rules of the file it is written to', () => {
  test('writtenRegions: sed/perl file arguments, redirections, here-documents, crudini, editconf, postconf', () => {
    const text = [
      "sed -i -e 's/a/b/' -e 's/c/d/' /etc/dovecot/dovecot.conf 2>/dev/null",
      "echo 'x' >> conf/redis.conf",
      "cat > /etc/nginx/conf.d/tls.conf <<'EOF'",
      'ssl_protocols TLSv1;',
      'EOF',
      'crudini --set /etc/mysql/my.cnf mysqld tls_version TLSv1',
      'tools/editconf.py /etc/postfix/main.cf \\',
      '  smtpd_tls_protocols=!SSLv2',
      "postconf -e 'smtpd_tls_protocols = !SSLv2'",
      'sed -i \'s/a/b/\' "$CONF"',
      "echo 'x' > /dev/null",
    ].join('\n');
    const regions = writtenRegions(text);
    expect(regions.map((r) => r.target)).toEqual([
      '/etc/dovecot/dovecot.conf',
      'conf/redis.conf',
      '/etc/nginx/conf.d/tls.conf',
      '/etc/mysql/my.cnf',
      '/etc/postfix/main.cf',
      'main.cf',
    ]);
    const heredoc = regions[2];
    expect(text.slice(heredoc.start, heredoc.end)).toBe('ssl_protocols TLSv1;\n');
    expect(text.slice(regions[4].start, regions[4].end)).toContain('smtpd_tls_protocols=!SSLv2');
  });
  test('a Makefile recipe that writes dovecot.conf is read by the Dovecot rule', () => {
    const { findings } = scan('Makefile', "conf:\n\tsed -i 's/^ssl_protocols.*/ssl_protocols = !SSLv3/' /etc/dovecot/dovecot.conf\n");
    expect(findings.map((f) => [f.ruleId, f.line, f.versions.join(' ')])).toEqual([['dovecot/ssl-protocols', 2, 'TLSv1.0 TLSv1.1']]);
  });
  test('only the written text: the same setting elsewhere in the Makefile is not Dovecot configuration', () => {
    const code = "ssl_protocols = !SSLv3\nconf:\n\tsed -i 's/^ssl_cert.*/ssl_cert = <\\/x.pem/' /etc/dovecot/dovecot.conf\n";
    // (A Makefile variable named for TLS protocols is still a generic warning: it is not Dovecot's.)
    expect(scan('Makefile', code).findings.filter((f) => f.ruleId !== 'generic/tls-version-setting')).toEqual([]);
  });
});

test('fix checks stay linear on a 1 MiB line of writers (each edit looks at most a line window)', () => {
  const unit = "echo 'ssl_protocols = !SSLv3' >> /etc/dovecot/dovecot.conf; sed -i 's/a/ssl_protocols = !SSLv3/' x.conf; ";
  const code = unit.repeat(Math.ceil((1024 * 1024) / unit.length));
  const { value: result, ms } = cpuMs(() => scan('install.sh', code));
  expect(result.findings.length).toBeGreaterThan(1000);
  expect(ms).toBeLessThan(4000);
});
