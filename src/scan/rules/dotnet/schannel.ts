import { range, setOf, type VersionSet } from '../../../versions.js';
import type { Rule } from '../../rule.js';
import { flagExpressions, type FlagFamily, LEGACY_SSL3_TLS, NATIVE_KINDS, nativeFlagMatch, SCHANNEL_BITS } from './shared.js';

// ---------------------------------------------------------------------------------------------
// A16: Schannel SP_PROT_* (SCHANNEL_CRED.grbitEnabledProtocols)
// ---------------------------------------------------------------------------------------------

const SP_TLS1_X = range('TLSv1.0', 'TLSv1.3');

function spProt(name: string): VersionSet | null | undefined {
  const n = name.toUpperCase();
  const side = '(?:_CLIENTS?|_SERVERS?)?';
  const is = (base: string): boolean => new RegExp(`^${base}${side}$`).test(n);
  if (is('PCT1') || is('SSL2')) return setOf('SSLv2');
  if (is('SSL3')) return setOf('SSLv3');
  if (is('TLS1') || is('TLS1_0')) return setOf('TLSv1.0');
  if (is('TLS1_1')) return setOf('TLSv1.1');
  if (is('TLS1_2')) return setOf('TLSv1.2');
  if (is('TLS1_3')) return setOf('TLSv1.3');
  if (is('SSL3TLS1')) return LEGACY_SSL3_TLS;
  if (is('TLS1_X')) return SP_TLS1_X;
  if (is('SSL3TLS1_X')) return SP_TLS1_X | setOf('SSLv3');
  if (is('TLS1_1PLUS')) return range('TLSv1.1', 'TLSv1.3');
  if (is('TLS1_2PLUS')) return range('TLSv1.2', 'TLSv1.3');
  if (is('TLS1_3PLUS')) return setOf('TLSv1.3');
  if (is('X')) return range('SSLv2', 'TLSv1.3');
  if (n === 'CLIENTS' || n === 'SERVERS') return range('SSLv2', 'TLSv1.0');
  if (n === 'ALL') return range('SSLv2', 'TLSv1.3');
  if (n === 'NONE' || n === 'DEFAULT') return null;
  return undefined;
}

const SP_PROT: FlagFamily = { atom: /(?<![\w])SP_PROT_(\w+)/, member: spProt, bits: SCHANNEL_BITS };

export const schannelProtocols: Rule = {
  meta: {
    id: 'dotnet/schannel-protocols',
    title: 'Schannel SP_PROT flags enable legacy TLS',
    description:
      '`SCHANNEL_CRED.grbitEnabledProtocols` lists the versions an Schannel credential may negotiate. `SP_PROT_PCT1_*`, `SP_PROT_SSL2_*`, `SP_PROT_SSL3_*`, `SP_PROT_TLS1_*`/`TLS1_0_*`, `TLS1_1_*` and combined macros such as `SP_PROT_SSL3TLS1_CLIENTS`, `SP_PROT_TLS1_X_CLIENT` or `SP_PROT_ALL` enable legacy versions.',
    ecosystem: '.NET',
    catalogue: ['A16'],
    docs: [
      'https://learn.microsoft.com/windows/win32/api/schannel/ns-schannel-schannel_cred',
      'https://learn.microsoft.com/windows/win32/api/schannel/ns-schannel-tls_parameters',
    ],
    files: { kinds: NATIVE_KINDS },
    keywords: /SP_PROT_/,
    fixable: true,
    safe: 'cred.grbitEnabledProtocols = SP_PROT_TLS1_2_CLIENT | SP_PROT_TLS1_3_CLIENT;',
    limits:
      "PCT 1.0 is reported as SSLv2 (the closest version the report knows); `grbitDisabledProtocols` lists are disabling and stay quiet; a flag chosen in one `case` of a switch (mapping a caller's setting) is a note, under an `if` a warning; positional `SCHANNEL_CRED` initialisers (`{ SCHANNEL_CRED_VERSION, 0, …, SP_PROT_TLS1_CLIENT }`) and numeric masks are not read.",
  },
  *check(file, ctx) {
    const instead =
      ctx.floor === 'TLSv1.3'
        ? '`SP_PROT_TLS1_3_CLIENT` (or `SCH_CREDENTIALS` with `TLS_PARAMETERS.grbitDisabledProtocols`)'
        : '`SP_PROT_TLS1_2_CLIENT | SP_PROT_TLS1_3_CLIENT` (or `SCH_CREDENTIALS` with `TLS_PARAMETERS.grbitDisabledProtocols`)';
    for (const m of flagExpressions(
      file,
      SP_PROT,
      /(?<![\w])SP_PROT_(?:PCT1|SSL[23]|TLS1|TLS1_[01]|TLS1_1PLUS|SSL3TLS1|TLS1_X|SSL3TLS1_X|X|CLIENTS|SERVERS|ALL)(?:_CLIENTS?|_SERVERS?)?\b/,
    )) {
      const r = nativeFlagMatch(file, ctx, m, /^SP_PROT_/, instead);
      if (r) yield r;
    }
  },
  examples: {
    valid: [
      {
        file: 'src/tls.c',
        code: 'SCHANNEL_CRED cred = { 0 };\ncred.dwVersion = SCHANNEL_CRED_VERSION;\ncred.grbitEnabledProtocols = SP_PROT_TLS1_2_CLIENT | SP_PROT_TLS1_3_CLIENT;',
      },
      {
        file: 'src/tls.c',
        code: 'TLS_PARAMETERS params = { 0 };\nparams.grbitDisabledProtocols = SP_PROT_SSL3_CLIENT | SP_PROT_TLS1_0_CLIENT | SP_PROT_TLS1_1_CLIENT;',
        note: 'disabling list',
      },
      {
        file: 'src/tls.cpp',
        code: 'switch (info.dwProtocol) {\ncase SP_PROT_TLS1_0_CLIENT: return "TLS 1.0";\ncase SP_PROT_TLS1_1_CLIENT: return "TLS 1.1";\n}',
        note: 'naming the negotiated version',
      },
      {
        file: 'include/schannel_compat.h',
        code: '#ifndef SP_PROT_TLS1_1_CLIENT\n#define SP_PROT_TLS1_1_CLIENT 0x00000200\n#endif\n#define SP_PROT_SSL3TLS1_CLIENTS (SP_PROT_TLS1_CLIENT | SP_PROT_SSL3_CLIENT)',
        note: 'SDK-style definitions',
      },
      {
        file: 'include/schannel.h',
        code: '#define SP_PROT_TLS1_X_CLIENT      ( SP_PROT_TLS1_0_CLIENT \\\n                                   | SP_PROT_TLS1_1_CLIENT \\\n                                   | SP_PROT_TLS1_2_CLIENT )\n#define SP_PROT_SSL3TLS1_X_CLIENTS (SP_PROT_SSL3_CLIENT | SP_PROT_TLS1_X_CLIENT)',
        note: 'multi-line macro definitions',
      },
      { file: 'src/tls.c', code: 'if (conn.dwProtocol & (SP_PROT_SSL3_CLIENT | SP_PROT_TLS1_CLIENT)) warn_legacy();', note: 'flag test' },
      {
        file: 'src/Interop.SChannel.cs',
        code: 'public const int SP_PROT_TLS1_0 = (SP_PROT_TLS1_0_SERVER | SP_PROT_TLS1_0_CLIENT);',
        note: 'P/Invoke definitions',
      },
    ],
    invalid: [
      {
        file: 'src/socket.cpp',
        code: 'schannelCred.dwVersion = SCHANNEL_CRED_VERSION;\nschannelCred.grbitEnabledProtocols = SP_PROT_TLS1_CLIENT;',
        findings: ['2:1 TLSv1.0'],
        note: 'no fix: the client/server suffix of a single flag is kept by hand',
      },
      {
        file: 'src/tls.c',
        code: 'SCHANNEL_CRED cred = {\n    .dwVersion = SCHANNEL_CRED_VERSION,\n    .grbitEnabledProtocols = SP_PROT_TLS1_0_CLIENT | SP_PROT_TLS1_1_CLIENT | SP_PROT_TLS1_2_CLIENT,\n};',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        output: 'SCHANNEL_CRED cred = {\n    .dwVersion = SCHANNEL_CRED_VERSION,\n    .grbitEnabledProtocols = SP_PROT_TLS1_2_CLIENT,\n};',
      },
      {
        file: 'src/server.cpp',
        code: 'cred.grbitEnabledProtocols = SP_PROT_SSL3TLS1_SERVERS;',
        findings: ['1:1 SSLv3 TLSv1.0'],
        note: 'combined macro',
      },
      {
        file: 'src/tls.c',
        code: '#ifndef SP_PROT_TLS1_1_CLIENT\n#define SP_PROT_TLS1_1_CLIENT 0x00000200\n#endif\nstatic void init(SCHANNEL_CRED *c)\n{\n    c->grbitEnabledProtocols = SP_PROT_TLS1_1_CLIENT | SP_PROT_TLS1_2_CLIENT;\n}',
        findings: ['6:8 TLSv1.1'],
        note: 'a macro before the assignment ends at its line',
      },
      {
        file: 'src/server.cpp',
        code: 'cred.grbitEnabledProtocols = SP_PROT_TLS1_1PLUS_SERVER;',
        findings: ['1:1 TLSv1.1'],
        note: '`1PLUS` starts at TLS 1.1',
      },
      {
        file: 'src/server.cpp',
        code: 'cred.grbitEnabledProtocols = SP_PROT_TLS1_X_SERVER;',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        note: '`TLS1_X` is TLS 1.0 to 1.3',
      },
      {
        file: 'src/client.c',
        code: 'SchannelCred.grbitEnabledProtocols = SP_PROT_PCT1 | SP_PROT_SSL2 | SP_PROT_SSL3;',
        findings: ['1:1 SSLv2 SSLv3'],
        note: 'PCT reported as SSLv2',
      },
      {
        file: 'src/wget_ssl.c',
        code: 'switch (opt.secure_protocol) {\ncase secure_protocol_tlsv1:\n    schannel_cred.grbitEnabledProtocols = SP_PROT_TLS1_0_CLIENT;\n    break;\n}',
        findings: ['3:5 TLSv1.0'],
        severity: 'note',
        note: 'maps a user option',
      },
      {
        file: 'lib/vtls/schannel.c',
        code: 'switch(ssl_version) {\ncase SSLVERSION_DEFAULT:\ncase SSLVERSION_TLSv1:\n  schannel_cred.grbitEnabledProtocols = SP_PROT_TLS1_0_CLIENT |\n    SP_PROT_TLS1_1_CLIENT |\n    SP_PROT_TLS1_2_CLIENT;\n  break;\n}',
        findings: ['4:3 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'the default case of a mapping is what most callers get',
      },
      {
        file: 'src/ma_schannel.c',
        code: 'if (strstr(tls_version, "TLSv1.1"))\n    Enabled_Protocols |= SP_PROT_TLS1_1_CLIENT;',
        findings: ['2:5 TLSv1.1'],
        severity: 'warning',
      },
    ],
  },
};
