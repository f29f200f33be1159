import { EMPTY, range, setOf, type VersionSet } from '../../../versions.js';
import { patternRule } from '../../define.js';
import { CONFIG_KINDS, C_KINDS } from './shared.js';

/** Whether the offset is in a shell `case` arm (`"tls1") PRIO="+VERS-TLS1.0" ;;`). */
function inShellCaseArm(code: string, index: number): boolean {
  const before = code.slice(Math.max(0, index - 300), index);
  const lines = before.split('\n');
  const current = lines[lines.length - 1];
  if (/^\s*["']?[\w.|*-]+["']?\)\s/.test(current)) return true;
  for (let i = lines.length - 2; i >= 0; i--) {
    const l = lines[i];
    if (l.trim() === '') continue;
    if (/;;\s*$/.test(l)) return false;
    return /^\s*["']?[\w.|*-]+["']?\)\s*$/.test(l);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// H5: GnuTLS priority strings.

const GNUTLS_VERSIONS: Record<string, VersionSet> = {
  'SSL3.0': setOf('SSLv3'),
  'TLS1.0': setOf('TLSv1.0'),
  'TLS1.1': setOf('TLSv1.1'),
  'TLS1.2': setOf('TLSv1.2'),
  'TLS1.3': setOf('TLSv1.3'),
  'DTLS0.9': setOf('TLSv1.1'),
  'DTLS1.0': setOf('TLSv1.1'),
  'DTLS1.2': setOf('TLSv1.2'),
  'TLS-ALL': range('TLSv1.0'),
  'DTLS-ALL': setOf('TLSv1.1', 'TLSv1.2'),
  ALL: range('TLSv1.0'),
};
const PRIORITY_CHAR = /[\w%@:+!.=-]/;

/**
 * `SECURE256:-VERS-SSL3.0`: a level keyword minus some versions keeps the rest of what the keyword
 * enables, which upstream GnuTLS builds take to include TLS 1.0 and 1.1 — a warning, as the build
 * and the system policy decide.
 */
function keywordMinusSome(chunk: string, start: number, end: number, code: string) {
  if (!/^(?:NORMAL|SECURE128|SECURE192|SECURE256|PERFORMANCE|PFS|LEGACY)(?::|$)/i.test(chunk)) return undefined;
  let set = GNUTLS_VERSIONS['TLS-ALL'];
  for (const raw of chunk.split(':')) {
    const t = /^[!-]VERS-([\w.-]+)$/i.exec(raw.trim());
    const versions = t && GNUTLS_VERSIONS[t[1].toUpperCase()];
    if (versions) set &= ~versions;
  }
  if (inShellCaseArm(code, start)) return undefined;
  return {
    versions: set,
    start,
    end,
    what: chunk.length > 100 ? `${chunk.slice(0, 97)}…` : chunk,
    severity: 'warning' as const,
    why: 'removing only some versions keeps what the keyword enables: TLS 1.0 and 1.1 in upstream GnuTLS builds without a system policy',
  };
}

export const gnutlsPriority = patternRule({
  meta: {
    id: 'c/gnutls-priority',
    title: 'GnuTLS priority string adds legacy protocol versions',
    description:
      'GnuTLS priority strings (`gnutls_priority_set_direct`, exim `tls_require_ciphers`, lftp `ssl:priority`, OpenConnect `--gnutls-priority`) add versions with `+VERS-TLS1.0`/`+VERS-TLS1.1`/`+VERS-SSL3.0` or `+VERS-TLS-ALL`; `-VERS-…` and `!VERS-…` remove them.',
    ecosystem: 'C & C++',
    catalogue: ['H5'],
    docs: ['https://gnutls.org/manual/html_node/Priority-Strings.html'],
    files: { kinds: [...C_KINDS, ...CONFIG_KINDS, 'perl', 'python', 'ruby', 'php'] },
    keywords: /VERS-/,
    fixable: false,
    safe: 'NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2',
    limits:
      'Versions that a keyword such as `NORMAL` or `LEGACY` enables by itself depend on the GnuTLS build and the system crypto policy: a keyword alone is not reported, and a keyword minus only some versions (`SECURE256:-VERS-SSL3.0`) is a warning; versions added explicitly are errors.',
  },
  pattern: /[!+-]?VERS-/i,
  evaluate: (m, _ctx, file) => {
    const code = file.code;
    let start = m.index;
    while (start > 0 && m.index - start < 1000 && PRIORITY_CHAR.test(code[start - 1])) start--;
    let end = m.index;
    while (end < code.length && end - m.index < 1000 && PRIORITY_CHAR.test(code[end])) end++;
    const chunk = code.slice(start, end);
    let set = EMPTY;
    let added = false;
    for (const raw of chunk.split(':')) {
      const t = /^([!+-]?)VERS-([\w.-]+)$/i.exec(raw.trim());
      if (!t) continue;
      const versions = GNUTLS_VERSIONS[t[2].toUpperCase()];
      if (versions === undefined) continue;
      if (t[1] === '-' || t[1] === '!') set &= ~versions;
      else {
        set |= versions;
        added = true;
      }
    }
    if (!added) return keywordMinusSome(chunk, start, end, code);
    // A switch that maps a requested version to a priority string (curl's GnuTLS backend, test scripts).
    if (inShellCaseArm(code, start)) return undefined;
    return { versions: set, start, end, what: chunk.length > 100 ? `${chunk.slice(0, 97)}…` : chunk };
  },
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`NORMAL:-VERS-ALL:+VERS-TLS1.3`' : '`NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2`'),
  examples: {
    valid: [
      { file: 'src/client.c', code: 'gnutls_priority_set_direct(session, "NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2", NULL);' },
      {
        file: 'src/client.c',
        code: 'gnutls_priority_set_direct(session, "NORMAL:-VERS-TLS1.0:-VERS-TLS1.1", NULL);',
        note: '-VERS entries disable',
      },
      {
        file: 'exim.conf',
        code: 'tls_require_ciphers = SECURE256:-VERS-TLS-ALL:+VERS-TLS1.2:+VERS-TLS1.3',
        note: 'cleared then re-added safely',
      },
      {
        file: 'src/client.c',
        code: 'gnutls_priority_set_direct(session, "NORMAL:+VERS-TLS1.0:-VERS-TLS1.0", NULL);',
        note: 'added then removed',
      },
      {
        file: 'lftp.conf',
        code: '# set ssl:priority "NORMAL:+VERS-TLS1.0"\nset ssl:priority "NORMAL:-VERS-SSL3.0:-VERS-TLS1.0:-VERS-TLS1.1"',
      },
      {
        file: 'roles/slapd/defaults/main.yml',
        code: "slapd_pki_ciphers: 'SECURE256:-VERS-SSL3.0:-VERS-TLS1.0:-VERS-TLS1.1'\n",
        note: 'a level keyword with every legacy version removed',
      },
      { file: 'src/client.c', code: 'gnutls_set_default_priority(session);' },
      { file: 'tests/run.sh', code: 'case "$MODE" in\n  "tls1")\n    PRIO="+VERS-TLS1.0"\n    ;;\nesac' },
    ],
    invalid: [
      {
        file: 'lib/vtls/gtls.c',
        code: 'switch(version) {\n  case CURL_SSLVERSION_TLSv1_0:\n    prioritylist = GNUTLS_CIPHERS ":-VERS-SSL3.0:-VERS-TLS-ALL:"\n                   "+VERS-TLS1.0:" GNUTLS_SRP;\n    break;\n}',
        note: 'a requested version mapped to a priority string: a capability, judged as TLS-implementation code',
        findings: ['4:21 TLSv1.0'],
        severity: 'note',
      },
      {
        file: 'src/client.c',
        code: 'gnutls_priority_set_direct(session, "NORMAL:+VERS-TLS1.0:+VERS-TLS1.1", NULL);',
        findings: ['1:38 TLSv1.0 TLSv1.1'],
      },
      { file: 'exim4.conf.template', code: 'MAIN_TLS_REQUIRE_CIPHERS = SECURE128:-VERS-TLS-ALL:+VERS-TLS1.0', findings: ['1:28 TLSv1.0'] },
      { file: 'lftp.conf', code: 'set ssl:priority "NORMAL:+VERS-SSL3.0:+VERS-TLS1.2"', findings: ['1:19 SSLv3'] },
      {
        file: 'roles/slapd/defaults/main.yml',
        code: "slapd_pki_ciphers: 'SECURE256:-VERS-SSL3.0'\n",
        findings: ['1:21 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'removing only SSL 3.0 from a level keyword keeps TLS 1.0 and 1.1 (upstream builds); a warning, as the build decides',
      },
      {
        file: 'scripts/vpn.sh',
        code: 'openconnect --gnutls-priority="NONE:+VERS-TLS-ALL:+AES-128-CBC:+RSA:+SHA1:+COMP-NULL" vpn.example.com',
        findings: ['1:32 TLSv1.0 TLSv1.1'],
        note: 'TLS-ALL includes 1.0 and 1.1',
      },
      {
        file: 'src/session.cc',
        code: 'const char *prio = "SECURE192:-VERS-ALL:+VERS-TLS1.2:+VERS-TLS1.1";\ngnutls_priority_init(&cache, prio, NULL);',
        findings: ['1:21 TLSv1.1'],
      },
    ],
  },
});
