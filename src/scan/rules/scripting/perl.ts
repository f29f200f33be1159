import type { Severity } from '../../../policy.js';
import { EMPTY, range, setOf, type Version, versionIndex } from '../../../versions.js';
import { evalList, readVersion, type Token, tokenize } from '../../evaluate.js';
import { patternRule } from '../../define.js';
import { underscoreSpelling } from './shared.js';

// ---------------------------------------------------------------------------------------------
// I7: Perl IO::Socket::SSL / LWP / Net::LDAP / Net::SSLeay.

const PERL_ALL = range('SSLv3');
const SSLEAY_CTX: Record<string, Version> = { v2: 'SSLv2', v3: 'SSLv3', tlsv1: 'TLSv1.0', tlsv1_1: 'TLSv1.1', tlsv1_2: 'TLSv1.2' };
const SSLEAY_NUMBERS: Record<string, Version> = {
  '2': 'SSLv2',
  '3': 'SSLv3',
  '10': 'TLSv1.0',
  '11': 'TLSv1.1',
  '12': 'TLSv1.2',
  '13': 'TLSv1.3',
};

export const perlSslVersion = patternRule({
  meta: {
    id: 'perl/ssl-version',
    title: 'Perl SSL_version allows legacy TLS',
    description:
      "IO::Socket::SSL (and LWP `ssl_opts`, Net::SMTP, Mojo, imapsync `--sslargs`) take `SSL_version` as a `:`-separated list where `SSLv23` means every version and `!X` removes one: `'SSLv23:!SSLv2'` keeps SSLv3, TLS 1.0 and 1.1. `'TLSv1'` pins TLS 1.0. Net::LDAP's `sslversion` and Net::SSLeay's `CTX_tlsv1_new` / `$Net::SSLeay::ssl_version = 10` do the same.",
    ecosystem: 'PHP, Ruby, Perl & Erlang',
    catalogue: ['I7'],
    docs: ['https://metacpan.org/pod/IO::Socket::SSL#SSL_version', 'https://metacpan.org/pod/Net::SSLeay'],
    files: { kinds: ['perl', 'shell', 'dockerfile', 'yaml', 'conf'] },
    keywords: /SSL_version|sslversion|Net::SSLeay/,
    fixable: true,
    safe: "SSL_version => 'TLSv1_2'  # or 'SSLv23:!SSLv3:!TLSv1:!TLSv1_1'",
    limits: 'A list that only removes SSLv2/SSLv3 is a warning: the OpenSSL build may refuse TLS 1.0/1.1 by itself.',
  },
  pattern:
    /(?<![\w$])(?:(['"]?)(SSL_version|sslversion)\1\}?[ \t]*(?:=>|=|,)[ \t]*(['"]?)([\w.:!+-]{1,100}(?:[ ]{1,4}[\w.:!+-]{1,50}){0,5})[ ]*\3|Net::SSLeay::CTX_(v2|v3|tlsv1|tlsv1_1|tlsv1_2)_new\b|\$Net::SSLeay::ssl_version[ \t]*=[ \t]*(\d{1,2})\b)/,
  evaluate: (m, ctx) => {
    if (m[5] !== undefined) return { versions: setOf(SSLEAY_CTX[m[5]]) };
    if (m[6] !== undefined) {
      const v = SSLEAY_NUMBERS[m[6]];
      return v ? { versions: setOf(v) } : undefined;
    }
    // Unquoted (`--sslargs1 SSL_version=SSLv3 --host2 …`): the value ends at the first space.
    const value = m[3] ? m[4] : m[4].split(' ')[0];
    const valueStart = m.index + m[0].indexOf(m[4], m[0].search(/=>|=|,/));
    const tokens: Token[] = tokenize(value, valueStart, /[:\s]+/g).map((t) =>
      /^[!-]?(?:SSLv23|ALL)$/i.test(t.text) ? { ...t, text: t.text.replace(/SSLv23|ALL/i, 'all') } : t,
    );
    if (tokens.every((t) => /^\+?all$/i.test(t.text))) return undefined;
    const result = evalList(tokens, { all: PERL_ALL, base: PERL_ALL });
    if (!result || result.versions === EMPTY) return undefined;
    const explicit = tokens.some((t) => {
      const v = /^[!-]/.test(t.text) ? undefined : readVersion(t.text);
      return v !== undefined && versionIndex(v) < versionIndex(ctx.floor);
    });
    const fromAll = tokens.some((t) => /^(?:\+)?all$/i.test(t.text)) || /^[!-]/.test(tokens[0]?.text ?? '');
    const severity: Severity | undefined = !explicit && fromAll ? 'warning' : undefined;
    const single = tokens.length === 1 && !fromAll ? underscoreSpelling(tokens[0].text, ctx.floor) : undefined;
    return {
      versions: result.versions,
      end: m[3] ? undefined : valueStart + value.length,
      severity,
      why: fromAll ? '`SSLv23`/`ALL` means every version the library has; only the `!` entries are removed' : undefined,
      fix: single ? { start: tokens[0].start, end: tokens[0].end, text: single } : undefined,
    };
  },
  instead: (ctx, m) =>
    m[5] !== undefined || m[6] !== undefined
      ? `\`Net::SSLeay::CTX_new()\` with \`Net::SSLeay::CTX_set_min_proto_version($ctx, Net::SSLeay::TLS1_${ctx.floor === 'TLSv1.3' ? '3' : '2'}_VERSION())\``
      : ctx.floor === 'TLSv1.3'
        ? "`SSL_version => 'TLSv1_3'`"
        : "`SSL_version => 'SSLv23:!SSLv3:!TLSv1:!TLSv1_1'` (or `'TLSv1_2'`)",
  examples: {
    valid: [
      {
        file: 'lib/Client.pm',
        code: "my $sock = IO::Socket::SSL->new(PeerAddr => $host, SSL_version => 'SSLv23:!SSLv3:!TLSv1:!TLSv1_1');",
        note: '!TLSv1 tokens disable',
      },
      { file: 'lib/Client.pm', code: "my $ua = LWP::UserAgent->new(ssl_opts => { SSL_version => 'TLSv1_2' });" },
      { file: 'lib/Client.pm', code: 'my $sock = IO::Socket::SSL->new(PeerAddr => $host, SSL_version => $version);', note: 'variable' },
      { file: 'lib/Client.pm', code: "# SSL_version => 'TLSv1',\nmy %opts = (SSL_version => 'TLSv12');" },
      { file: 'lib/Client.pm', code: 'my $ctx = Net::SSLeay::CTX_tlsv1_2_new();' },
      { file: 'lib/Client.pm', code: "my %opts = (SSL_version => 'SSLv23');", note: 'protocol-neutral alone negotiates the highest' },
    ],
    invalid: [
      {
        file: 'lib/Client.pm',
        code: "my $sock = IO::Socket::SSL->new(PeerAddr => $host, SSL_version => 'TLSv1');",
        findings: ['1:52 TLSv1.0'],
        output: "my $sock = IO::Socket::SSL->new(PeerAddr => $host, SSL_version => 'TLSv1_2');",
      },
      {
        file: 'lib/Client.pm',
        code: "my $sock = IO::Socket::SSL->new(\n    PeerAddr    => $host,\n    SSL_version => 'SSLv23:!SSLv2',\n);",
        findings: ['3:5 SSLv3 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'lib/Client.pm',
        code: "my $ua = LWP::UserAgent->new(ssl_opts => { verify_hostname => 0, SSL_version => 'SSLv3' });",
        findings: ['1:66 SSLv3'],
      },
      {
        file: 'scripts/migrate.sh',
        code: 'imapsync --host1 old.example.com --ssl1 --sslargs1 SSL_version=SSLv3 --host2 new.example.com',
        findings: ['1:52 SSLv3'],
        note: 'imapsync command line',
      },
      {
        file: 'lib/Ldap.pm',
        code: "my $ldap = Net::LDAPS->new($server, verify => 'none', sslversion => 'tlsv1');",
        findings: ['1:55 TLSv1.0'],
      },
      { file: 'lib/Raw.pm', code: 'my $ctx = Net::SSLeay::CTX_tlsv1_new() or die;', findings: ['1:11 TLSv1.0'] },
      { file: 'lib/Raw.pm', code: '$Net::SSLeay::ssl_version = 10;', findings: ['1:1 TLSv1.0'] },
      {
        file: 'bin/notify.pl',
        code: "if (! IO::Socket::SSL->start_SSL($SERVER, SSL_version => 'SSLv3 TLSv1')) {\n  die 'tls';\n}",
        findings: ['1:43 SSLv3 TLSv1.0'],
        note: 'space-separated list',
      },
      {
        file: 'lib/Client.pm',
        code: "my %ssl = (SSL_version => '!SSLv2:!SSLv3');",
        findings: ['1:12 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'starts by removing: the rest stays',
      },
    ],
  },
});
