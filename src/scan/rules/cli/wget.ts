import { atLeast, setOf, type VersionSet } from '../../../versions.js';
import type { Match, Rule } from '../../rule.js';
import { clipCommand, printedOnly, SCRIPT_KINDS } from './shared.js';

// ---------------------------------------------------------------------------------------------
// K2: wget --secure-protocol
// ---------------------------------------------------------------------------------------------

const WGET_PROTOCOLS: Readonly<Record<string, VersionSet>> = {
  sslv2: setOf('SSLv2'),
  sslv3: setOf('SSLv3'),
  tlsv1: atLeast('TLSv1.0'),
  tlsv1_1: atLeast('TLSv1.1'),
  tlsv1_2: atLeast('TLSv1.2'),
  tlsv1_3: atLeast('TLSv1.3'),
};

export const wgetSecureProtocol: Rule = {
  meta: {
    id: 'cli/wget-secure-protocol',
    title: 'wget --secure-protocol selects legacy TLS',
    description:
      '`wget --secure-protocol=TLSv1` (TLS 1.0 and later with current OpenSSL builds), `TLSv1_1`, `SSLv3` and `SSLv2` let wget use legacy versions; `secureprotocol = …` in `.wgetrc` / `/etc/wgetrc` does the same for every call. `auto`, `TLSv1_2`, `TLSv1_3` and `PFS` are not legacy.',
    ecosystem: 'Scripts, CLI & CI',
    catalogue: ['K2'],
    docs: ['https://www.gnu.org/software/wget/manual/wget.html#index-SSL-protocol_002c-choose'],
    files: { kinds: SCRIPT_KINDS, names: /wgetrc$/ },
    keywords: /secure-protocol|secure_protocol|secureprotocol/,
    fixable: true,
    safe: 'wget --secure-protocol=TLSv1_2 https://example.com/file',
  },
  *check(file, ctx) {
    const code = file.code;
    const target = ctx.floor === 'TLSv1.3' ? 'TLSv1_3' : 'TLSv1_2';
    const re = /wgetrc$/.test(file.name)
      ? /^[ \t]*(secure[-_]?protocol)[ \t]*=[ \t]*(["']?)(\w{1,10})\2/gim
      : /(?<=(?:^|[\s,[(])["']?)(--secure-protocol)(?:=|[ \t]+)(["']?)(\w{1,10})\2(?![\w.])/gi;
    for (let m = re.exec(code); m; m = re.exec(code)) {
      const versions = WGET_PROTOCOLS[m[3].toLowerCase()];
      if (versions === undefined || printedOnly(code, m.index)) continue;
      const valueStart = m.index + m[0].length - m[2].length - m[3].length;
      yield {
        start: m.index,
        end: m.index + m[0].length,
        versions,
        what: clipCommand(m[0]),
        why: /^tlsv1$/i.test(m[3]) ? 'TLSv1 means TLS 1.0 or later' : undefined,
        instead: `\`--secure-protocol=${target}\``,
        fix: { start: valueStart, end: valueStart + m[3].length, text: target },
      } satisfies Match;
    }
  },
  examples: {
    valid: [
      {
        file: 'scripts/get.sh',
        code: 'wget --secure-protocol=TLSv1_2 -q https://example.com/pkg.tgz',
        note: 'TLSv1 must not match inside TLSv1_2',
      },
      { file: 'Dockerfile', code: 'RUN wget --secure-protocol=PFS -O /tmp/x.zip https://example.com/x.zip' },
      {
        file: 'scripts/get.sh',
        code: 'wget --secure-protocol=auto "$URL"\n# wget --secure-protocol=SSLv3 "$URL"',
        note: 'auto; commented out',
      },
      { file: 'etc/wgetrc', code: 'secureprotocol = TLSv1_3\n' },
      {
        file: 'deploy/reload.sh',
        code: 'echo "now run: wget --secure-protocol=TLSv1 $HOST/reload"\nwget "$HOST/reload"',
        note: 'a command printed for a human, not run',
      },
    ],
    invalid: [
      {
        file: 'scripts/get.sh',
        code: 'wget --secure-protocol=TLSv1 -q https://old.example.com/pkg.tgz',
        findings: ['1:6 TLSv1.0 TLSv1.1'],
        output: 'wget --secure-protocol=TLSv1_2 -q https://old.example.com/pkg.tgz',
      },
      {
        file: 'Dockerfile',
        code: 'FROM alpine:3.19\nRUN wget --no-check-certificate --secure-protocol SSLv3 -O /tmp/a.bin https://device.local/a.bin',
        findings: ['2:33 SSLv3'],
      },
      {
        file: '.github/workflows/fetch.yaml',
        code: 'jobs:\n  fetch:\n    steps:\n      - run: wget --secure-protocol="TLSv1_1" https://mirror.example.org/file',
        findings: ['4:19 TLSv1.1'],
      },
      {
        file: 'bin/unread.sh',
        code: 'count="$(wget --secure-protocol=TLSv1 -q -O - https://mail.example.com/feed | grep -c entry)"\necho "$count new"',
        findings: ['1:15 TLSv1.0 TLSv1.1'],
        note: 'run inside a command substitution',
      },
      {
        file: 'scripts/run.sh',
        code: 'echo "wget --secure-protocol=SSLv3 https://device.local/fw.bin" | sh',
        findings: ['1:12 SSLv3'],
        note: 'printed into a shell is run',
      },
      {
        file: 'config/.wgetrc',
        code: 'timeout = 30\nsecure_protocol = TLSv1\n',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
        output: 'timeout = 30\nsecure_protocol = TLSv1_2\n',
      },
    ],
  },
};
