import { below, setOf, type Version } from '../../../versions.js';
import type { Rule } from '../../rule.js';
import type { SourceFile } from '../../source.js';
import {
  clipVb,
  describeWinHttp,
  flagExpressions,
  type FlagFamily,
  fromBits,
  lastNl,
  NATIVE_KINDS,
  nativeFlagMatch,
  parseNumber,
  WINHTTP_BITS,
} from './shared.js';

// ---------------------------------------------------------------------------------------------
// A14: WinHttpRequest Option(9) (VBScript, ASP, VBA, JScript, COM interop)
// ---------------------------------------------------------------------------------------------

const WINHTTP_FLAG_VALUES: Readonly<Record<string, number>> = {
  ssl2: 0x08,
  ssl3: 0x20,
  tls1: 0x80,
  tls1_1: 0x200,
  tls1_2: 0x800,
  tls1_3: 0x2000,
  all: 0xa8,
};

function winHttpMaskFix(text: string, n: number, floor: Version): string {
  let keep = 0;
  for (const [mask, v] of WINHTTP_BITS) if ((n & mask) !== 0 && below(setOf(v), floor) === 0) keep |= mask;
  if (keep === 0) keep = floor === 'TLSv1.3' ? 0x2000 : 0x800;
  if (/^&H/i.test(text)) return `&H${keep.toString(16).toUpperCase()}`;
  if (/^0x/i.test(text)) return `0x${keep.toString(16).toUpperCase()}`;
  return String(keep);
}

/** The numbers the file's `Const NAME = …` lines give (VB: names in lower case), the first per name, read once. */
function numericConstants(file: SourceFile): ReadonlyMap<string, string> {
  const byName = new Map<string, string>();
  for (const m of file.code.matchAll(/\bConst\s+([A-Za-z_]\w*)\s*(?:As\s+\w+\s*)?=\s*(&H[0-9a-f]+&?|0x[0-9a-f]+|\d+)/gi)) {
    const name = m[1].toLowerCase();
    if (!byName.has(name)) byName.set(name, m[2]);
  }
  return byName;
}

export const winHttpOption: Rule = {
  meta: {
    id: 'dotnet/winhttp-option-secure-protocols',
    title: 'WinHttpRequest SecureProtocols option enables legacy TLS',
    description:
      '`WinHttp.WinHttpRequest.5.1` option 9 (`WinHttpRequestOption_SecureProtocols`) is a bit mask: 0x8 SSL 2, 0x20 SSL 3, 0x80 TLS 1.0, 0x200 TLS 1.1, 0x800 TLS 1.2, 0x2000 TLS 1.3. `128` or `2720` (0xAA0) enable legacy versions.',
    ecosystem: '.NET',
    catalogue: ['A14'],
    docs: ['https://learn.microsoft.com/windows/win32/winhttp/winhttprequestoption'],
    files: { kinds: ['vbscript', 'asp', 'vb', 'csharp', 'js', 'powershell', 'batch', 'other'] },
    keywords: /Option\(9|Option \(9|Option\( 9|SecureProtocols/,
    fixable: true,
    safe: 'objHTTP.Option(9) = 2048',
    limits: 'A mask held in a variable assigned elsewhere is unknown.',
  },
  *check(file, ctx) {
    const code = file.code;
    const re =
      /\bOption\s*[([]\s*(?:9|(?:[\w.]{0,120}\.)?WinHttpRequestOption_SecureProtocols)\s*[)\]]\s*=(?!=)[ \t]*([^\n;:'"]{1,200})|\bset_Option\s*\(\s*(?:9|(?:[\w.]{0,120}\.)?WinHttpRequestOption_SecureProtocols)\s*,\s*([^\n;)]{1,200})\)/gi;
    for (const m of code.matchAll(re)) {
      if (/\b(?:If|ElseIf|While|Until|Case|if|while)\b/i.test(code.slice(lastNl(code, m.index) + 1, m.index))) continue; // a comparison
      // Comment styles the masking does not know (FoxPro `&&`, VBA in `.bas`/`.cls`) end the value.
      const raw = (m[1] ?? m[2]).replace(/\s+&&.*$|\s*\/\/.*$|\s+Then\b.*$/i, '').replace(/\s+$/, '');
      const valueStart = m.index + m[0].lastIndexOf(raw);
      let set = 0;
      let known = false;
      let numbers = 0;
      let first: { text: string; n: number } | undefined;
      for (const t of raw.split(/\s*(?:\bOr\b|\||\+|-bor)\s*/i)) {
        const term = t.trim().replace(/^\(+|\)+$/g, '');
        let n = parseNumber(term);
        if (n === undefined) {
          const flag = /^(?:[\w.]+\.)?WINHTTP_FLAG_SECURE_PROTOCOL_(\w+)$/i.exec(term);
          if (flag) n = WINHTTP_FLAG_VALUES[flag[1].toLowerCase()];
          else if (/^[A-Za-z_]\w*$/.test(term)) {
            const c = file.fact(numericConstants).get(term.toLowerCase());
            if (c) n = parseNumber(c);
          }
        } else {
          numbers++;
          first ??= { text: term, n };
        }
        if (n === undefined) continue;
        known = true;
        set |= fromBits(n, WINHTTP_BITS);
      }
      if (!known || below(set, ctx.floor) === 0) continue;
      const single = numbers === 1 && first && raw.trim() === first.text;
      yield {
        start: m.index,
        end: valueStart + raw.length,
        versions: set,
        what: clipVb(file.text.slice(m.index, valueStart + raw.length)),
        why: `the mask enables ${describeWinHttp(set)}`,
        instead: ctx.floor === 'TLSv1.3' ? '`Option(9) = 8192` (TLS 1.3)' : '`Option(9) = 2048` (TLS 1.2) or `10240` (TLS 1.2 and 1.3)',
        fix:
          single && first
            ? { start: valueStart, end: valueStart + raw.length, text: winHttpMaskFix(first.text, first.n, ctx.floor) }
            : undefined,
      };
    }
  },
  examples: {
    valid: [
      { file: 'scripts/post.vbs', code: 'Set objHTTP = CreateObject("WinHttp.WinHttpRequest.5.1")\nobjHTTP.Option(9) = 2048' },
      { file: 'default.asp', code: "http.Option(9) = &H2800  ' TLS 1.2 + 1.3" },
      { file: 'scripts/post.vbs', code: "' objHTTP.Option(9) = 128\nobjHTTP.Option(9) = 2048", note: 'commented out' },
      { file: 'scripts/post.vbs', code: "objHTTP.Option(4) = 13056  ' ignore certificate errors", note: 'another option' },
      {
        file: 'scripts/check.vbs',
        code: 'If objHTTP.Option(9) = 128 Then WScript.Echo "TLS 1.0"',
        note: 'reading the option in a condition',
      },
    ],
    invalid: [
      {
        file: 'scripts/post.vbs',
        code: 'Set objHTTP = CreateObject("WinHttp.WinHttpRequest.5.1")\nobjHTTP.Option(9) = 2720',
        findings: ['2:9 SSLv3 TLSv1.0 TLSv1.1'],
        output: 'Set objHTTP = CreateObject("WinHttp.WinHttpRequest.5.1")\nobjHTTP.Option(9) = 2048',
      },
      {
        file: 'includes/api.asp',
        code: '<%\nhttp.Option(9) = 128\n%>',
        findings: ['2:6 TLSv1.0'],
        output: '<%\nhttp.Option(9) = 2048\n%>',
      },
      {
        file: 'scripts/post.vbs',
        code: 'objHTTP.Option(9) = &HA80',
        findings: ['1:9 TLSv1.0 TLSv1.1'],
        output: 'objHTTP.Option(9) = &H800',
      },
      {
        file: 'scripts/post.vbs',
        code: 'Const WinHttpRequestOption_SecureProtocols = 9\nConst SECURE_TLS1 = &H80\nConst SECURE_TLS12 = &H800\nhttp.Option(WinHttpRequestOption_SecureProtocols) = SECURE_TLS1 Or SECURE_TLS12',
        findings: ['4:6 TLSv1.0'],
        note: 'constants resolved in the file',
      },
      {
        file: 'lib/http.prg',
        code: 'This.oXMLHTTP.option(9) = 2720 && TLS SUPPORT',
        findings: ['1:15 SSLv3 TLSv1.0 TLSv1.1'],
        output: 'This.oXMLHTTP.option(9) = 2048 && TLS SUPPORT',
        note: 'Visual FoxPro comment',
      },
      {
        file: 'src/Main.bas',
        code: "' WinHttpRequestOption_SecureProtocols = 9\nhttp.Option(9) = 128 + 512 + 2048",
        findings: ['2:6 TLSv1.0 TLSv1.1'],
        note: 'VBA module, sum of bits',
      },
      { file: 'src/Download.bas', code: 'http.Option(9) = &HA00', findings: ['1:6 TLSv1.1'], output: 'http.Option(9) = &H800' },
      {
        file: 'tools/fetch.js',
        code: 'var http = new ActiveXObject("WinHttp.WinHttpRequest.5.1");\nhttp.Option(9) = 0x0A00;',
        findings: ['2:6 TLSv1.1'],
      },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// A15: WINHTTP_FLAG_SECURE_PROTOCOL_* (C/C++ and P/Invoke)
// ---------------------------------------------------------------------------------------------

const WINHTTP_FLAGS: FlagFamily = {
  atom: /(?<![\w])WINHTTP_FLAG_SECURE_PROTOCOL_(\w+)/,
  member: (name) => {
    const n = WINHTTP_FLAG_VALUES[name.toLowerCase()];
    return n === undefined ? undefined : fromBits(n, WINHTTP_BITS);
  },
  bits: WINHTTP_BITS,
};

export const winHttpFlags: Rule = {
  meta: {
    id: 'dotnet/winhttp-secure-protocol-flags',
    title: 'WinHTTP secure-protocol flags enable legacy TLS',
    description:
      '`WinHttpSetOption(h, WINHTTP_OPTION_SECURE_PROTOCOLS, …)` takes a mask of `WINHTTP_FLAG_SECURE_PROTOCOL_*` flags. `SSL2`, `SSL3`, `TLS1`, `TLS1_1` and `ALL` (= SSL 2 | SSL 3 | TLS 1.0) enable legacy versions.',
    ecosystem: '.NET',
    catalogue: ['A15'],
    docs: ['https://learn.microsoft.com/windows/win32/winhttp/option-flags#WINHTTP_OPTION_SECURE_PROTOCOLS'],
    files: { kinds: NATIVE_KINDS },
    keywords: /WINHTTP_FLAG_SECURE_PROTOCOL_/,
    fixable: true,
    safe: 'DWORD protocols = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3;',
    limits: 'Numeric masks passed without the flag names are not read in C/C++.',
  },
  *check(file, ctx) {
    const instead =
      ctx.floor === 'TLSv1.3'
        ? '`WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3`'
        : '`WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3`';
    for (const m of flagExpressions(file, WINHTTP_FLAGS, /(?<![\w])WINHTTP_FLAG_SECURE_PROTOCOL_(?:SSL[23]|TLS1(?:_[0-3])?|ALL)\b/)) {
      const r = nativeFlagMatch(file, ctx, m, /^WINHTTP_FLAG_/, instead);
      if (r) yield r;
    }
  },
  examples: {
    valid: [
      {
        file: 'src/http.cpp',
        code: 'DWORD protocols = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3;\nWinHttpSetOption(hSession, WINHTTP_OPTION_SECURE_PROTOCOLS, &protocols, sizeof(protocols));',
      },
      {
        file: 'include/compat.h',
        code: '#ifndef WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1\n#define WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1 0x00000200\n#endif',
        note: 'header definitions',
      },
      { file: 'src/http.c', code: 'if (flags & WINHTTP_FLAG_SECURE_PROTOCOL_TLS1) log_warn("TLS 1.0 enabled");', note: 'flag test' },
      {
        file: 'src/http.c',
        code: 'protocols &= ~(WINHTTP_FLAG_SECURE_PROTOCOL_TLS1 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1);',
        note: 'removing',
      },
      { file: 'src/Native.cs', code: 'internal const uint WINHTTP_FLAG_SECURE_PROTOCOL_TLS1 = 0x00000080;', note: 'P/Invoke constant' },
      {
        file: 'tests/WinHttpHandlerTest.cs',
        code: '[InlineData(SslProtocols.Tls, Interop.WinHttp.WINHTTP_FLAG_SECURE_PROTOCOL_TLS1)]\npublic void Maps(SslProtocols p, uint flags) { }',
        note: 'test data',
      },
    ],
    invalid: [
      {
        file: 'src/http.cpp',
        code: 'DWORD flags = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1 |\n              WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1 |\n              WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2;\nWinHttpSetOption(h, WINHTTP_OPTION_SECURE_PROTOCOLS, &flags, sizeof(flags));',
        findings: ['1:7 TLSv1.0 TLSv1.1'],
        output:
          'DWORD flags = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2;\nWinHttpSetOption(h, WINHTTP_OPTION_SECURE_PROTOCOLS, &flags, sizeof(flags));',
      },
      {
        file: 'src/http.c',
        code: 'DWORD protocols = WINHTTP_FLAG_SECURE_PROTOCOL_ALL;',
        findings: ['1:7 SSLv2 SSLv3 TLSv1.0'],
        note: '`ALL` is SSL 2 | SSL 3 | TLS 1.0',
      },
      {
        file: 'src/config.h',
        code: '#define MY_SECURE_PROTOCOLS (WINHTTP_FLAG_SECURE_PROTOCOL_SSL3 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1)',
        findings: ['1:1 SSLv3 TLSv1.0'],
        note: 'an application macro',
      },
      {
        file: 'src/Native.cs',
        code: 'uint protocols = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2;',
        findings: ['1:6 TLSv1.1'],
      },
      {
        file: 'src/provider.cpp',
        code: 'return SecurityInformation{ WINHTTP_FLAG_SECURE_PROTOCOL_TLS1 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 };',
        findings: ['1:29 TLSv1.0 TLSv1.1'],
        note: 'C++ brace initialisation',
      },
      {
        file: 'src/update.c',
        code: '#ifdef WINHTTP_OPTION_SECURE_PROTOCOLS\n    DWORD prot = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1 | WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_1 |\n                 WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2;\n#ifdef WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3\n    prot |= WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3;\n#endif\n#endif',
        findings: ['2:11 TLSv1.0 TLSv1.1'],
      },
    ],
  },
};
