import { atLeast, type Version } from '../../../versions.js';
import { readVersion } from '../../evaluate.js';
import { patternRule } from '../../define.js';
import { lastNewline, nextNewline, type SourceFile } from '../../source.js';
import { substitutions } from '../../shell-writers.js';
import { CONFIG_KINDS, C_KINDS, TLS10_UP, cap } from './shared.js';

// ---------------------------------------------------------------------------------------------
// H10: openssl.cnf MinProtocol / MaxProtocol (also echoed, printf'd and sed'ed by scripts).

export const opensslCnfProtocol = patternRule({
  meta: {
    id: 'c/openssl-cnf-min-protocol',
    title: 'openssl.cnf MinProtocol allows legacy TLS process-wide',
    description:
      '`MinProtocol = TLSv1` (or `TLSv1.1`, `None`) in the `[system_default_sect]` of openssl.cnf lowers the minimum for every program on the machine that uses OpenSSL (.NET, Python, Node, curl). Dockerfiles often write it with `sed`, `echo` or `printf` to reach old SQL Server or mail servers.',
    ecosystem: 'C & C++',
    catalogue: ['H10'],
    docs: [
      'https://docs.openssl.org/master/man3/SSL_CONF_cmd/#supported-configuration-file-commands',
      'https://wiki.debian.org/ContinuousIntegration/TriagingTips/openssl-1.1.1',
    ],
    files: { kinds: CONFIG_KINDS, names: /openssl|\.cnf$/ },
    keywords: /MinProtocol|MaxProtocol|openssl\.cnf/,
    fixable: true,
    safe: 'MinProtocol = TLSv1.2',
    limits:
      'An `OPENSSL_CONF` pointing at a file outside the repository is not followed; the `Protocol` list command is rare in openssl.cnf and not read.',
  },
  pattern:
    /(?:(?<![\w.-])|(?<=\\n))(Min|Max)Protocol[ \t]*=[ \t]*["']?([A-Za-z0-9.]{1,20})|\bsed\b(?=[^\n]{0,120}?(?<=[\s'"])(TLSv1(?:\.[01])?)(?=[\s'"])[^\n]{0,200}?openssl\.cnf\b)/,
  evaluate: (m, ctx, file) => {
    if (m[3] !== undefined) {
      // `sed 's/TLSv1.2/TLSv1.0/g' /etc/ssl/openssl.cnf`: every configured TLSv1.2 becomes a legacy value.
      // `code` keeps only the replacement of a substitution: the search half is read from the text.
      // (The match is `sed` alone, so a `MinProtocol = …` replacement on the line is still read below.)
      // The substitutions of this line only: reading from the start of the file for every `sed` is quadratic.
      const lineStart = lastNewline(file.text, m.index) + 1;
      const lineEnd = nextNewline(file.text, m.index);
      const local = substitutions(file.text.slice(lineStart, lineEnd)).find(
        (s) =>
          lineStart + s.start > m.index &&
          /^TLSv1(?:\.[01])?$/.test(file.text.slice(lineStart + s.replacementStart, lineStart + s.replacementEnd)),
      );
      if (!local) return undefined;
      const sub = {
        ...local,
        start: lineStart + local.start,
        replacementStart: lineStart + local.replacementStart,
        replacementEnd: lineStart + local.replacementEnd,
      };
      const search = file.text.slice(sub.start + 2, sub.replacementStart - 1);
      if (!/^(?:MinProtocol[ \t]*=[ \t]*)?TLSv1\.[23]$/.test(search)) return undefined;
      const m4 = file.text.slice(sub.replacementStart, sub.replacementEnd);
      const v = readVersion(m4);
      if (!v) return undefined;
      const at = sub.replacementStart;
      const d = sub.delimiter;
      return {
        versions: atLeast(v),
        what: `sed s${d}${search}${d}${m4}${d} … openssl.cnf`,
        why: `the edit rewrites TLSv1.2 in openssl.cnf to ${m4}`,
        start: at,
        end: at + m4.length,
        fix: { start: at, end: at + m4.length, text: ctx.floor },
      };
    }
    const value = m[2].replace(/\.$/, '');
    const valueStart = m.index + m[0].length - m[2].length;
    if (/^none$/i.test(value)) {
      return m[1] === 'Min'
        ? {
            versions: TLS10_UP,
            why: '`None` removes the minimum',
            fix: { start: valueStart, end: valueStart + value.length, text: ctx.floor },
          }
        : undefined;
    }
    const v = readVersion(value, { spell: { dtlsv1: 'TLSv1.1', 'dtlsv1.2': 'TLSv1.2' } });
    if (!v) return undefined;
    if (m[1] === 'Max') {
      const capped = cap(v, ctx);
      return capped === undefined
        ? undefined
        : { versions: capped, why: `the maximum is ${v}`, fix: { start: valueStart, end: valueStart + value.length, text: 'TLSv1.3' } };
    }
    return {
      versions: atLeast(v),
      fix: /^dtls/i.test(value) ? undefined : { start: valueStart, end: valueStart + value.length, text: ctx.floor },
    };
  },
  instead: (ctx) => `\`MinProtocol = ${ctx.floor}\``,
  examples: {
    valid: [
      { file: 'openssl.cnf', code: '[system_default_sect]\nMinProtocol = TLSv1.2\nCipherString = DEFAULT@SECLEVEL=2' },
      {
        file: 'Dockerfile',
        code: "#RUN sed -i 's/MinProtocol = TLSv1.2/MinProtocol = TLSv1/' /etc/ssl/openssl.cnf\nRUN dotnet restore",
        note: 'commented-out RUN',
      },
      {
        file: 'Dockerfile',
        code: "RUN sed -i 's/MinProtocol = TLSv1/MinProtocol = TLSv1.2/' /etc/ssl/openssl.cnf",
        note: 'the search half of sed is what it removes',
      },
      { file: 'docker/openssl.cnf', code: 'MinProtocol = TLSv1.3\nMaxProtocol = TLSv1.3' },
      { file: 'openssl.cnf', code: '# MinProtocol = TLSv1\nMinProtocol = TLSv1.2' },
      { file: 'Dockerfile', code: 'RUN sed -i "s/MinProtocol = .*/MinProtocol = ${TLS_MIN}/" /etc/ssl/openssl.cnf', note: 'variable' },
      { file: 'ci/harden.sh', code: "sed -i 's/TLSv1.0/TLSv1.2/g' /etc/ssl/openssl.cnf", note: 'raising the version' },
    ],
    invalid: [
      {
        file: 'Dockerfile',
        code: "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nRUN sed -i 's/MinProtocol = TLSv1.2/MinProtocol = TLSv1/g' /etc/ssl/openssl.cnf",
        findings: ['2:37 TLSv1.0 TLSv1.1'],
        output:
          "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nRUN sed -i 's/MinProtocol = TLSv1.2/MinProtocol = TLSv1.2/g' /etc/ssl/openssl.cnf",
      },
      {
        file: 'Dockerfile',
        code: "RUN sed -i -e 's/^MinProtocol.*/MinProtocol = TLSv1.0/' /usr/lib/ssl/openssl.cnf",
        findings: ['1:33 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'Dockerfile',
        code: 'RUN printf "[system_default_sect]\\nMinProtocol = TLSv1\\nCipherString = DEFAULT@SECLEVEL=0\\n" >> /etc/ssl/openssl.cnf',
        findings: ['1:36 TLSv1.0 TLSv1.1'],
        note: 'printf with escaped line breaks',
      },
      { file: 'scripts/setup.sh', code: 'echo "MinProtocol = TLSv1.1" >> /etc/ssl/openssl.cnf', findings: ['1:7 TLSv1.1'] },
      {
        file: 'config/openssl.cnf',
        code: 'openssl_conf = default_conf\n\n[system_default_sect]\nMinProtocol = None\nCipherString = DEFAULT:@SECLEVEL=1',
        findings: ['4:1 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'k8s/configmap.yaml',
        code: 'data:\n  openssl.cnf: |\n    [system_default_sect]\n    MinProtocol = TLSv1\n',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
      },
      { file: 'openssl.cnf', code: 'MaxProtocol = TLSv1.1', findings: ['1:1 TLSv1.0 TLSv1.1'] },
      {
        file: 'ci/odbc-tests.sh',
        code: "# the driver tests need TLSv1.0\nsed 's/TLSv1.2/TLSv1.0/g' /etc/ssl/openssl.cnf > /tmp/openssl.cnf\nexport OPENSSL_CONF=/tmp/openssl.cnf",
        findings: ['2:16 TLSv1.0 TLSv1.1'],
        output:
          "# the driver tests need TLSv1.0\nsed 's/TLSv1.2/TLSv1.2/g' /etc/ssl/openssl.cnf > /tmp/openssl.cnf\nexport OPENSSL_CONF=/tmp/openssl.cnf",
        note: 'a sed that rewrites the configured TLSv1.2',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// H10: SECLEVEL lowered (CipherString, cipher lists, SSL_CTX_set_security_level).

/** The version the file's first `MinProtocol = …` names, if any (asked for every SECLEVEL match). */
function firstMinProtocol(file: SourceFile): Version | undefined {
  const min = /(?<![\w.-])MinProtocol[ \t]*=[ \t]*["']?([A-Za-z0-9.]{1,20})/.exec(file.code);
  return min ? readVersion(min[1]) : undefined;
}

export const opensslSeclevel = patternRule({
  meta: {
    id: 'c/openssl-seclevel',
    title: 'OpenSSL security level lowered to allow legacy TLS',
    description:
      'OpenSSL 3 refuses TLS 1.0/1.1 at security level 1 and above: `@SECLEVEL=0` (in `CipherString`, a cipher list, or `SSL_CTX_set_security_level(ctx, 0)`) is what turns them back on. `SECLEVEL=1` is usually lowered for old servers as well; on OpenSSL 1.1.1 it does not restrict the protocol by itself.',
    ecosystem: 'C & C++',
    catalogue: ['H10'],
    docs: ['https://docs.openssl.org/master/man3/SSL_CTX_set_security_level/'],
    files: { kinds: [...C_KINDS, ...CONFIG_KINDS, 'perl', 'ruby', 'php'], names: /openssl|\.cnf$/ },
    keywords: /SECLEVEL|set_security_level/,
    fixable: false,
    safe: 'CipherString = DEFAULT@SECLEVEL=2',
    limits:
      'Level 0 is a warning (TLS 1.0/1.1 then still need a low enough MinProtocol); level 1 is a note. A file that also sets `MinProtocol = TLSv1.2` or higher is quiet.',
  },
  pattern: /(?:(?<![A-Za-z_])SECLEVEL[ \t]*=[ \t]*|\bSSL(?:_CTX)?_set_security_level[ \t]*\([^,;]{1,150},[ \t]*)(\d)\b/,
  evaluate: (m, _ctx, file) => {
    const level = Number(m[1]);
    const call = /set_security_level/.test(m[0]);
    if (level > 1 || (call && level !== 0)) return undefined;
    const minVersion = file.fact(firstMinProtocol);
    if (minVersion === 'TLSv1.2' || minVersion === 'TLSv1.3') return undefined;
    return level === 0
      ? { versions: TLS10_UP, severity: 'warning', why: 'OpenSSL 3 allows TLS 1.0/1.1 only at security level 0' }
      : {
          versions: TLS10_UP,
          severity: 'note',
          why: "security level 1 lowers OpenSSL's defaults for old peers; TLS 1.0/1.1 are allowed at this level on OpenSSL 1.1.1",
        };
  },
  instead: '`SECLEVEL=2` (the default), with a `MinProtocol = TLSv1.2`',
  examples: {
    valid: [
      { file: 'openssl.cnf', code: '[system_default_sect]\nMinProtocol = TLSv1.2\nCipherString = DEFAULT@SECLEVEL=2' },
      {
        file: 'Dockerfile',
        code: "RUN sed -i 's/DEFAULT@SECLEVEL=1/DEFAULT@SECLEVEL=2/' /etc/ssl/openssl.cnf",
        note: 'restoring the default',
      },
      {
        file: 'openssl.cnf',
        code: '[system_default_sect]\nMinProtocol = TLSv1.2\nCipherString = DEFAULT:@SECLEVEL=1',
        note: 'the minimum keeps TLS 1.2',
      },
      { file: 'src/tls.c', code: 'SSL_CTX_set_security_level(ctx, 2);' },
      { file: 'Dockerfile', code: "# RUN sed -i 's/SECLEVEL=2/SECLEVEL=0/' /etc/ssl/openssl.cnf\nRUN make" },
      { file: 'src/tls.c', code: 'SSL_CTX_set_security_level(ctx, 1);', note: 'the OpenSSL 1.1.1 default' },
    ],
    invalid: [
      {
        file: 'Dockerfile',
        code: "RUN sed -i 's/CipherString = DEFAULT@SECLEVEL=2/CipherString = DEFAULT@SECLEVEL=1/' /etc/ssl/openssl.cnf",
        findings: ['1:72 TLSv1.0 TLSv1.1'],
        severity: 'note',
      },
      {
        file: 'Dockerfile',
        code: 'RUN echo "CipherString = DEFAULT@SECLEVEL=0" >> /etc/ssl/openssl.cnf',
        findings: ['1:34 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'src/client.c',
        code: 'SSL_CTX_set_cipher_list(ctx, "DEFAULT:@SECLEVEL=0");',
        findings: ['1:40 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      { file: 'src/client.c', code: 'SSL_CTX_set_security_level(ctx, 0);', findings: ['1:1 TLSv1.0 TLSv1.1'], severity: 'warning' },
      {
        file: 'lib/Legacy/Client.pm',
        code: "my $sock = IO::Socket::SSL->new(PeerAddr => $host, SSL_cipher_list => 'DEFAULT:@SECLEVEL=0');",
        findings: ['1:81 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'Dockerfile',
        code: "RUN sed -i.bak 's/SECLEVEL=2/SECLEVEL=1/g' /etc/ssl/openssl.cnf",
        findings: ['1:30 TLSv1.0 TLSv1.1'],
        severity: 'note',
      },
    ],
  },
});
