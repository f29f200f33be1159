/**
 * Python: the standard `ssl` module (`PROTOCOL_*` constants, `TLSVersion` bounds, `options`),
 * pyOpenSSL (`*_METHOD`, `set_min_proto_version`), and the libraries that take the same
 * constants as arguments (urllib3/requests adapters, paho-mqtt, ldap3, pymongo, Celery, Twisted).
 */
import { atLeast, atMost, range, setOf, type Version, type VersionSet } from '../../versions.js';
import { patternRule } from '../define.js';
import type { Rule } from '../rule.js';
import type { SourceFile } from '../source.js';
import { lastBefore, lastNewline, nextNewline } from '../source.js';

const PY_FILES = { kinds: ['python'] } as const;

// ---------------------------------------------------------------------------------------------
// Local helpers

/** Triple-quoted strings (docstrings), which the comment masker leaves in `code`, in file order. */
function docstrings(file: SourceFile): { at: number; end: number }[] {
  const found: { at: number; end: number }[] = [];
  const code = file.code;
  const open = /"""|'''/g;
  for (let m = open.exec(code); m; m = open.exec(code)) {
    const close = code.indexOf(m[0], m.index + 3);
    const end = close < 0 ? code.length : close + 3;
    found.push({ at: m.index, end });
    open.lastIndex = end;
  }
  return found;
}

function inDocstring(file: SourceFile, offset: number): boolean {
  // The strings do not overlap: only the last one that starts at or before `offset` can hold it.
  const last = lastBefore(file.fact(docstrings), offset + 1);
  return last !== undefined && offset < last.end;
}

/** What a context used only to compare a key with a certificate does with itself. */
const KEY_CHECK_USE = /^\.(?:use_privatekey|use_certificate|use_certificate_chain|add_extra_chain_cert|check_privatekey)(?:_file)?$/;
/** How much of a function the key-check judgement reads: a longer one is not judged (it stays reported). */
const FUNCTION_WINDOW = 4000;

/**
 * Whether the pyOpenSSL context built at `offset` (`ctx = SSL.Context(SSL.SSLv23_METHOD)`) is only
 * used, in its function, to compare a private key with a certificate: every later mention of its
 * name loads a key or certificate or calls `check_privatekey`, which is called; it is not returned,
 * passed on or given to a `Connection`. Such a context never negotiates, so its method enables nothing.
 */
function onlyChecksKeys(code: string, offset: number): boolean {
  const lineStart = lastNewline(code, offset) + 1;
  const assigned = /^([ \t]*)([A-Za-z_]\w{0,40})[ \t]*=[ \t]*(?:[\w.]{1,60}\.)?Context\([ \t]*$/.exec(code.slice(lineStart, offset));
  if (!assigned) return false;
  const indent = assigned[1].length;
  // The enclosing function: the nearest `def` above that is indented less than the assignment.
  const before = code.slice(Math.max(0, lineStart - FUNCTION_WINDOW), lineStart);
  const defs = [...before.matchAll(/^([ \t]*)(?:async[ \t]+)?def\b/gm)].filter((d) => d[1].length < indent);
  if (defs.length === 0) return false;
  const defIndent = defs[defs.length - 1][1].length;
  // The rest of the function: up to the first non-blank line indented no deeper than its `def`.
  const after = code.slice(offset, offset + FUNCTION_WINDOW);
  const end = after.search(new RegExp(`\\n[ \\t]{0,${defIndent}}(?=\\S)`));
  if (end < 0 && offset + FUNCTION_WINDOW < code.length) return false;
  let checks = false;
  for (const use of (end < 0 ? after : after.slice(0, end)).matchAll(new RegExp(`(?<![\\w.])${assigned[2]}\\b(\\.\\w+)?`, 'g'))) {
    if (!use[1] || !KEY_CHECK_USE.test(use[1])) return false;
    if (use[1] === '.check_privatekey') checks = true;
  }
  return checks;
}

/** Names of call targets whose arguments only inspect or collect a constant. */
const INSPECTING_CALLS =
  /^(?:hasattr|getattr|setattr|isinstance|print|repr|str|int|len|id|hash|sorted|set|list|tuple|dict|frozenset|enumerate|format|append|extend|add|insert|remove|discard|index|count|parametrize|skipIf|skipUnless|skipif|log|debug|info|warn|warning|error|exception|if|elif|while|in|not|and|or|return|assert|for|with|yield|lambda|print_function)$|^assert|^_?check|^_?verify|^_?validate/i;

/** Dictionary keys (and keyword names) under which a protocol constant is a setting. */
const PROTOCOL_KEYS =
  /^(?:ssl_?version|tls_?version|ssl_?protocol|tls_?protocol|protocol|version|method|ssl_?method|ssl_?context_?protocol)$/i;

/** The name called by the bracket that opens at `open` (`ssl.SSLContext(`), or '' for a bare bracket. */
function calleeBefore(code: string, open: number): string {
  const m = /([A-Za-z_][\w.]{0,80})\s*$/.exec(code.slice(Math.max(0, open - 80), open));
  return m ? m[1] : '';
}

/** The unmatched opening bracket before `at`, scanning back at most 800 characters. */
function enclosingBracket(code: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0 && at - i < 800; i--) {
    const ch = code[i];
    if (ch === ')' || ch === ']' || ch === '}') depth++;
    else if (ch === '(' || ch === '[' || ch === '{') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

type Use = 'setting' | 'fallback' | undefined;

/**
 * Whether the list opened at `open` is iterated — directly (`for m in [A, B]:`) or through a name
 * assigned it (`methods = [A, B]` then `for m in methods:`) — by a loop whose body passes each
 * element to a context (`Context(m)`, `SSLContext(m)`, `ssl_version=m`): every element is used.
 */
function iteratedIntoContext(code: string, open: number): boolean {
  let close = -1;
  for (let i = open + 1, depth = 0; i < code.length && i - open < 800; i++) {
    const ch = code[i];
    if (ch === '[' || ch === '(' || ch === '{') depth++;
    else if (ch === ']' || ch === ')' || ch === '}') {
      if (depth === 0) {
        close = i;
        break;
      }
      depth--;
    }
  }
  if (close < 0 || code[close] !== ']') return false;
  const lineStart = lastNewline(code, open - 1) + 1;
  const head = code.slice(lineStart, open);
  let loopVar = /\bfor[ \t]+(\w+)[ \t]+in[ \t]+$/.exec(head)?.[1];
  let bodyFrom = close + 1;
  if (!loopVar) {
    const assigned = /^[ \t]*(\w+)[ \t]*=[ \t]*$/.exec(head)?.[1];
    if (!assigned) return false;
    const loop = new RegExp(`\\bfor[ \\t]+(\\w+)[ \\t]+in[ \\t]+${assigned}[ \\t]*:`).exec(code.slice(close, close + 400));
    if (!loop) return false;
    loopVar = loop[1];
    bodyFrom = close + loop.index + loop[0].length;
  }
  const body = code.slice(bodyFrom, bodyFrom + 400);
  return new RegExp(
    `\\b(?:Context|SSLContext|wrap_socket)[ \\t]*\\([ \\t]*${loopVar}[ \\t]*[,)]|\\bssl_version[ \\t]*=[ \\t]*${loopVar}\\b`,
  ).test(body);
}

/**
 * Whether the constant written at `start` is used as a setting: a call argument, a keyword
 * argument or default, an assignment, or the value of a `'ssl_version':` key. Comparisons,
 * imports, membership tests, lookup tables and collections of several constants are not.
 */
function useOf(code: string, start: number): Use {
  const before = code.slice(Math.max(0, start - 300), start);
  if (/(?:^|\n)[ \t]*(?:from[ \t]+[\w.]+[ \t]+)?import[ \t]+\(?[\w\s,.\\]*$/.test(before)) return undefined;
  const prev = /(==|!=|<=|>=|[=(,:<>\[{]|\b(?:return|or|else|is|in|not|and|if|elif|yield|lambda))[\s\\]*$/.exec(before);
  if (!prev) return undefined;
  const op = prev[1];
  const at = start - prev[0].length;
  switch (op) {
    case '=': {
      // `table[ssl.PROTOCOL_TLSv1_1] = SSL.TLSv1_1_METHOD` fills a lookup table; `kwargs['ssl_version'] = …` is a setting.
      const target = code.slice(Math.max(0, at - 120), at).replace(/\s+$/, '');
      if (!target.endsWith(']')) return 'setting';
      const key = /\[\s*(["'])(\w{1,40})\1\s*\]$/.exec(target);
      return key && PROTOCOL_KEYS.test(key[2]) ? 'setting' : undefined;
    }
    case '(': {
      const callee = calleeBefore(code, at);
      const name = callee.slice(callee.lastIndexOf('.') + 1);
      // `table.get(ssl.PROTOCOL_TLSv1)` looks a key up; `kwargs.get('ssl_version', ssl.PROTOCOL_TLSv1)` is a default.
      if (/^(?:get|pop|setdefault)$/.test(name)) return undefined;
      return callee && !INSPECTING_CALLS.test(name) ? 'setting' : undefined;
    }
    case '[':
      return iteratedIntoContext(code, at) ? 'setting' : undefined;
    case ',': {
      const open = enclosingBracket(code, at);
      if (open >= 0 && code[open] === '[') return iteratedIntoContext(code, open) ? 'setting' : undefined;
      if (open < 0 || code[open] !== '(') return undefined;
      const callee = calleeBefore(code, open);
      return callee && !INSPECTING_CALLS.test(callee.slice(callee.lastIndexOf('.') + 1)) ? 'setting' : undefined;
    }
    case ':': {
      const key = /(["'])(\w{1,40})\1\s*$/.exec(code.slice(Math.max(0, at - 50), at));
      return key && PROTOCOL_KEYS.test(key[2]) ? 'setting' : undefined;
    }
    case 'return':
    case 'or':
    case 'else':
      return 'fallback';
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// D1, D2, D5, D6, D7: pinned protocol constants

const PINNED: Readonly<Record<string, Version>> = {
  SSLv2: 'SSLv2',
  SSLv3: 'SSLv3',
  TLSv1: 'TLSv1.0',
  TLSv1_1: 'TLSv1.1',
};

/**
 * pyOpenSSL's SSLv23_METHOD negotiates; what it allows depends on OP_NO_* flags and the OpenSSL build.
 * A fact of the whole file (`file.fact`), read once however many contexts it makes.
 */
function negotiated(file: SourceFile): VersionSet | undefined {
  const code = file.code;
  if (/set_min_proto_version|minimum_version/.test(code)) return undefined;
  let set = range('TLSv1.0', 'TLSv1.3');
  const flags = /(~\s*)?\bOP_NO_(TLSv1_1|TLSv1)\b/g;
  for (let m = flags.exec(code); m; m = flags.exec(code)) if (!m[1]) set &= ~setOf(PINNED[m[2]]);
  return set;
}

export const pythonProtocolConstant = patternRule({
  meta: {
    id: 'python/ssl-protocol-constant',
    title: 'Python code pins a legacy SSL/TLS protocol',
    description:
      '`ssl.PROTOCOL_TLSv1`, `PROTOCOL_TLSv1_1`, `PROTOCOL_SSLv3`, `PROTOCOL_SSLv2` and pyOpenSSL `TLSv1_METHOD`, `TLSv1_1_METHOD`, `SSLv3_METHOD`, `SSLv2_METHOD` pin a connection to one legacy version — whether passed positionally to `ssl.SSLContext(...)` / `SSL.Context(...)`, as `ssl_version=` to `wrap_socket`, `get_server_certificate` or urllib3/requests pool managers, as `tls_version=` (paho-mqtt), `version=` (ldap3), `method=` (Twisted), or as the `ssl_version` value of a Celery `broker_use_ssl` dict. pyOpenSSL `SSLv23_METHOD` negotiates and allows TLSv1.0 and TLSv1.1 unless `OP_NO_TLSv1 | OP_NO_TLSv1_1` or a minimum version is set.',
    ecosystem: 'Python',
    catalogue: ['D1', 'D2', 'D5', 'D6', 'D7'],
    docs: [
      'https://docs.python.org/3/library/ssl.html#ssl.PROTOCOL_TLSv1',
      'https://www.pyopenssl.org/en/stable/api/ssl.html#OpenSSL.SSL.Context',
      'https://urllib3.readthedocs.io/en/stable/reference/urllib3.util.html#urllib3.util.ssl_wrap_socket',
    ],
    files: PY_FILES,
    keywords:
      /PROTOCOL_SSLv2|PROTOCOL_SSLv3|PROTOCOL_TLSv1|SSLv2_METHOD|SSLv3_METHOD|SSLv23_METHOD|TLSv1_METHOD|TLSv1_1_METHOD|ssl_version/,
    fixable: true,
    safe: 'ctx = ssl.create_default_context()  # or ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT) with ctx.minimum_version = ssl.TLSVersion.TLSv1_2',
    limits:
      '`ssl.PROTOCOL_TLS` / `PROTOCOL_SSLv23`, `ssl.SSLContext()` and `ssl.wrap_socket()` without a version negotiate; before Python 3.10 they allow TLSv1.0 and TLSv1.1 unless `OP_NO_TLSv1 | OP_NO_TLSv1_1` or `minimum_version` is set, which depends on the Python version and is not reported. Constants reached through variables, lookup tables keyed by user input (`{"tlsv1": ssl.PROTOCOL_TLSv1}`) and `getattr(ssl, name)` are not followed.',
  },
  pattern:
    /(?<![\w'"])(?:[A-Za-z_][\w]{0,30}\.){0,3}(PROTOCOL_(SSLv2|SSLv3|TLSv1|TLSv1_1)|(SSLv2|SSLv3|SSLv23|TLSv1|TLSv1_1)_METHOD)\b(?!['"])|\bssl_version(["']?)\s*[=:]\s*(["'])(?:PROTOCOL_)?(SSLv2|SSLv3|TLSv1|TLSv1_1)\5/,
  evaluate: (m, ctx, file) => {
    if (inDocstring(file, m.index)) return undefined;
    const code = file.code;
    if (m[6]) {
      // urllib3 resolves `ssl_version='TLSv1'` to `ssl.PROTOCOL_TLSv1`.
      const valueStart = m.index + m[0].length - m[6].length - 1;
      return {
        versions: setOf(PINNED[m[6]]),
        fix: ctx.floor === 'TLSv1.2' ? { start: valueStart, end: valueStart + m[6].length, text: 'TLSv1_2' } : undefined,
      };
    }
    const use = useOf(code, m.index);
    if (!use) return undefined;
    if (m[3] !== undefined && onlyChecksKeys(code, m.index)) return undefined;
    const nameStart = m.index + m[0].length - m[1].length;
    const pyOpenSsl = m[3] !== undefined;
    const instead = pyOpenSsl
      ? `\`SSL.Context(SSL.TLS_METHOD)\` with \`ctx.set_min_proto_version(SSL.${ctx.floor === 'TLSv1.3' ? 'TLS1_3_VERSION' : 'TLS1_2_VERSION'})\``
      : `\`ssl.create_default_context()\` (or \`ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\` with \`ctx.minimum_version = ssl.TLSVersion.${ctx.floor === 'TLSv1.3' ? 'TLSv1_3' : 'TLSv1_2'}\`)`;
    if (m[3] === 'SSLv23') {
      const set = file.fact(negotiated);
      if (set === undefined) return undefined;
      return {
        versions: set,
        severity: 'warning',
        why: '`SSLv23_METHOD` negotiates down to the lowest version the OpenSSL build allows unless `OP_NO_TLSv1 | OP_NO_TLSv1_1` is set',
        instead,
        start: nameStart,
        end: nameStart + m[1].length,
      };
    }
    const lineStart = lastNewline(code, m.index) + 1;
    const lineEnd = nextNewline(code, m.index);
    const what = file.text
      .slice(lineStart, lineEnd < 0 ? undefined : lineEnd)
      .trim()
      .slice(0, 100);
    const version = PINNED[m[2] ?? m[3]];
    const fixed = pyOpenSsl ? 'TLSv1_2_METHOD' : 'PROTOCOL_TLSv1_2';
    return {
      versions: setOf(version),
      what,
      severity: use === 'fallback' ? 'warning' : undefined,
      why: use === 'fallback' ? 'returned or used as a fallback value' : undefined,
      instead,
      fix: ctx.floor === 'TLSv1.2' ? { start: nameStart, end: nameStart + m[1].length, text: fixed } : undefined,
    };
  },
  instead: '`ssl.create_default_context()`',
  examples: {
    valid: [
      {
        file: 'certbot/crypto_util.py',
        code: 'def key_matches(cert, key):\n    try:\n        context = OpenSSL.SSL.Context(OpenSSL.SSL.SSLv23_METHOD)\n        context.use_privatekey(key)\n        context.use_certificate(cert)\n        context.check_privatekey()\n    except OpenSSL.SSL.Error:\n        return False\n    return True',
        note: 'a context built only to compare a key with a certificate never negotiates',
      },
      { file: 'client.py', code: 'ctx = ssl.create_default_context()\nctx.minimum_version = ssl.TLSVersion.TLSv1_2' },
      { file: 'client.py', code: 'ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)', note: 'protocol-neutral, negotiates' },
      {
        file: 'server.py',
        code: 'ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1_2)',
        note: 'PROTOCOL_TLSv1 must not match inside PROTOCOL_TLSv1_2',
      },
      { file: 'app/net.py', code: 'sock = ssl.wrap_socket(s, ssl_version=ssl.PROTOCOL_TLS)' },
      {
        file: 'app/net.py',
        code: '# sock = ssl.wrap_socket(s, ssl_version=ssl.PROTOCOL_TLSv1)\nsock = ctx.wrap_socket(s)',
        note: 'commented out',
      },
      { file: 'compat.py', code: 'if ctx.protocol == ssl.PROTOCOL_TLSv1:\n    warnings.warn("legacy")', note: 'a comparison only checks' },
      { file: 'compat.py', code: 'HAS_TLSv1 = hasattr(ssl, "PROTOCOL_TLSv1")', note: 'feature probe in a string' },
      {
        file: 'compat.py',
        code: 'from ssl import PROTOCOL_TLSv1, PROTOCOL_TLSv1_2\nctx = SSLContext(PROTOCOL_TLSv1_2)',
        note: 'an import is not a use',
      },
      {
        file: 'cli/options.py',
        code: 'PROTOCOLS = {\n    "tlsv1": ssl.PROTOCOL_TLSv1,\n    "tlsv1.1": ssl.PROTOCOL_TLSv1_1,\n    "tlsv1.2": ssl.PROTOCOL_TLSv1_2,\n}',
        note: 'a lookup table keyed by user input is not a setting',
      },
      {
        file: 'vendor/urllib3/contrib/pyopenssl.py',
        code: "_openssl_versions = {\n    ssl.PROTOCOL_SSLv23: OpenSSL.SSL.SSLv23_METHOD,\n    ssl.PROTOCOL_TLSv1: OpenSSL.SSL.TLSv1_METHOD,\n}\nif hasattr(ssl, 'PROTOCOL_TLSv1_1') and hasattr(OpenSSL.SSL, 'TLSv1_1_METHOD'):\n    _openssl_versions[ssl.PROTOCOL_TLSv1_1] = OpenSSL.SSL.TLSv1_1_METHOD\ntry:\n    _openssl_versions.update({ssl.PROTOCOL_SSLv3: OpenSSL.SSL.SSLv3_METHOD})\nexcept AttributeError:\n    pass",
        note: 'a translation table between two libraries (vendored in many projects)',
      },
      {
        file: 'tests/test_tls.py',
        code: 'if proto in (ssl.PROTOCOL_TLSv1, ssl.PROTOCOL_TLSv1_1):\n    pytest.skip("legacy")',
        note: 'membership test',
      },
      {
        file: 'tls.py',
        code: 'def connect(sock):\n    """Wrap with ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1) on old servers."""\n    return ctx.wrap_socket(sock)',
        note: 'docstring',
      },
      {
        file: 'twisted_ctx.py',
        code: 'ctx = SSL.Context(SSL.SSLv23_METHOD)\nctx.set_options(SSL.OP_NO_SSLv2 | SSL.OP_NO_SSLv3 | SSL.OP_NO_TLSv1 | SSL.OP_NO_TLSv1_1)',
        note: 'negotiating method with the legacy versions switched off',
      },
      { file: 'ctx.py', code: 'ctx = SSL.Context(SSL.TLS_METHOD)\nctx.set_min_proto_version(SSL.TLS1_2_VERSION)' },
      { file: 'adapters.py', code: 'self.poolmanager = PoolManager(num_pools=connections, ssl_version="TLSv1_2")' },
      {
        file: 'tests/test_names.py',
        code: 'names = [TLSv1_METHOD, TLSv1_1_METHOD]\nfor meth in names:\n    print(meth)',
        note: 'a list iterated without a context being built',
      },
    ],
    invalid: [
      {
        file: 'tests/test_ssl.py',
        code: 'def test_method(self):\n    methods = [SSLv23_METHOD, TLSv1_METHOD]\n    for meth in methods:\n        Context(meth)',
        findings: ['2:16 TLSv1.0 TLSv1.1', '2:31 TLSv1.0'],
        severity: 'note',
        note: 'a list iterated, each element passed to a context (a test: information; SSLv23 negotiates)',
      },
      {
        file: 'probe.py',
        code: 'for proto in [ssl.PROTOCOL_TLSv1, ssl.PROTOCOL_TLSv1_1]:\n    ctx = ssl.SSLContext(proto)',
        findings: ['1:15 TLSv1.0', '1:35 TLSv1.1'],
      },
      {
        file: 'src/client.py',
        code: 'ctx = ssl.SSLContext(\n    ssl.PROTOCOL_TLSv1_1\n)',
        findings: ['2:5 TLSv1.1'],
        note: 'the constant on its own line',
      },
      {
        file: 'server.py',
        code: 'def serve(cert, key, sock):\n    try:\n        context = OpenSSL.SSL.Context(OpenSSL.SSL.SSLv23_METHOD)\n        context.use_privatekey(key)\n        context.use_certificate(cert)\n        context.check_privatekey()\n    except OpenSSL.SSL.Error:\n        return None\n    return OpenSSL.SSL.Connection(context, sock)',
        findings: ['3:51 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'the same key check, then the context makes a connection',
      },
      {
        file: 'app/tls.py',
        code: "if options.protocol == 'tlsv1':\n    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)",
        findings: ['2:26 TLSv1.0'],
        severity: 'note',
        note: 'chosen because the configured protocol asks for it: a capability',
      },
      {
        file: 'app/tls.py',
        code: "match options.protocol:\n    case 'tlsv1':\n        ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)",
        findings: ['3:30 TLSv1.0'],
        severity: 'note',
        note: 'a `match` arm is judged like a `case` arm in every language',
      },
      {
        file: 'client.py',
        code: 'ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)',
        findings: ['1:22 TLSv1.0'],
        note: 'positional argument (Bandit misses it)',
        output: 'ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1_2)',
      },
      {
        file: 'server.py',
        code: 'httpd.socket = ssl.wrap_socket(httpd.socket,\n                               certfile=CERT,\n                               server_side=True,\n                               ssl_version=ssl.PROTOCOL_TLSv1,\n                               do_handshake_on_connect=True)',
        findings: ['4:44 TLSv1.0'],
        note: 'multi-line keyword arguments',
      },
      {
        file: 'legacy/sock.py',
        code: 'self.sock = ssl.wrap_socket(self.sock, self.key_file, self.cert_file, False, ssl.CERT_NONE, ssl.PROTOCOL_SSLv3)',
        findings: ['1:93 SSLv3'],
        note: 'sixth positional argument',
      },
      {
        file: 'adapters.py',
        code: 'class Tls1Adapter(HTTPAdapter):\n    def init_poolmanager(self, connections, maxsize, block=False):\n        self.poolmanager = PoolManager(num_pools=connections, maxsize=maxsize,\n                                       block=block, ssl_version=ssl.PROTOCOL_TLSv1_1)',
        findings: ['4:65 TLSv1.1'],
      },
      {
        file: 'mqtt.py',
        code: 'client.tls_set(ca_certs=CA, tls_version=ssl.PROTOCOL_TLSv1)',
        findings: ['1:41 TLSv1.0'],
        output: 'client.tls_set(ca_certs=CA, tls_version=ssl.PROTOCOL_TLSv1_2)',
      },
      { file: 'directory.py', code: 'tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, version=ssl.PROTOCOL_TLSv1)', findings: ['1:53 TLSv1.0'] },
      {
        file: 'celeryconfig.py',
        code: "broker_use_ssl = {\n    'ca_certs': '/etc/ssl/ca.pem',\n    'ssl_version': ssl.PROTOCOL_TLSv1,\n}",
        findings: ['3:20 TLSv1.0'],
      },
      {
        file: 'pyopenssl_client.py',
        code: 'from OpenSSL import SSL\nctx = SSL.Context(SSL.TLSv1_METHOD)',
        findings: ['2:19 TLSv1.0'],
        output: 'from OpenSSL import SSL\nctx = SSL.Context(SSL.TLSv1_2_METHOD)',
      },
      {
        file: 'tls_server.py',
        code: 'options = CertificateOptions(privateKey=key, certificate=cert, method=SSL.SSLv3_METHOD)',
        findings: ['1:71 SSLv3'],
      },
      {
        file: 'client.py',
        code: 'from ssl import PROTOCOL_TLSv1, wrap_socket\n\ndef connect(sock, ssl_version=PROTOCOL_TLSv1):\n    return wrap_socket(sock, ssl_version=ssl_version)',
        findings: ['3:31 TLSv1.0'],
        note: 'bare imported name as a default argument',
      },
      {
        file: 'mail.py',
        code: "kwargs = {}\nkwargs['ssl_version'] = ssl.PROTOCOL_TLSv1_1\nconn = imaplib.IMAP4_SSL(host, ssl_context=make_ctx(**kwargs))",
        findings: ['2:25 TLSv1.1'],
      },
      {
        file: 'client.py',
        code: "class Client:\n    def __init__(self, **kwargs):\n        self.ssl_version = kwargs.get('ssl_version', ssl.PROTOCOL_TLSv1)",
        findings: ['3:54 TLSv1.0'],
        note: 'a default taken when the caller passes nothing',
      },
      {
        file: 'probe.py',
        code: 'cert = ssl.get_server_certificate(("example.org", 443), ssl.PROTOCOL_TLSv1_1)',
        findings: ['1:57 TLSv1.1'],
        note: 'positional after a tuple',
      },
      {
        file: 'probe.py',
        code: 'cert = ssl.get_server_certificate((host, 443), ssl_version=ssl.PROTOCOL_SSLv2)',
        findings: ['1:60 SSLv2'],
      },
      {
        file: 'adapters.py',
        code: 'self.poolmanager = PoolManager(num_pools=connections, ssl_version="TLSv1")',
        findings: ['1:55 TLSv1.0'],
        note: 'urllib3 resolves strings',
        output: 'self.poolmanager = PoolManager(num_pools=connections, ssl_version="TLSv1_2")',
      },
      {
        file: 'twisted_ctx.py',
        code: 'ctx = SSL.Context(SSL.SSLv23_METHOD)\nctx.set_options(SSL.OP_NO_SSLv2 | SSL.OP_NO_SSLv3)',
        findings: ['1:23 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'negotiating method: TLSv1.0 and TLSv1.1 stay on',
      },
      { file: 'proto.py', code: 'def protocol(self):\n    return ssl.PROTOCOL_TLSv1', findings: ['2:12 TLSv1.0'], severity: 'warning' },
      {
        file: 'client.py',
        code: 'ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1_2)\nlegacy = ssl.SSLContext(ssl.PROTOCOL_TLSv1_1)',
        findings: ['2:25 TLSv1.1'],
        floor: 'TLSv1.3',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// D3, D5, D6, D7: minimum and maximum version settings

const TLS_VERSION_MEMBERS: Readonly<Record<string, Version>> = {
  SSLv3: 'SSLv3',
  TLSv1: 'TLSv1.0',
  TLSv1_0: 'TLSv1.0',
  TLSv1_1: 'TLSv1.1',
  TLSv1_2: 'TLSv1.2',
  TLSv1_3: 'TLSv1.3',
};

const PROTO_VERSION_CONSTANTS: Readonly<Record<string, Version>> = {
  SSL3: 'SSLv3',
  TLS1: 'TLSv1.0',
  TLS1_1: 'TLSv1.1',
  TLS1_2: 'TLSv1.2',
  TLS1_3: 'TLSv1.3',
};

export const pythonVersionBound = patternRule({
  meta: {
    id: 'python/tls-version-bound',
    title: 'Python TLS minimum or maximum version allows legacy TLS',
    description:
      '`ctx.minimum_version = ssl.TLSVersion.TLSv1` (or `TLSv1_1`, `SSLv3`, `MINIMUM_SUPPORTED`) lets a connection fall back to legacy versions; a `maximum_version` below TLS 1.2 allows nothing else. The same bounds appear as urllib3 2 `ssl_minimum_version=` / `ssl_maximum_version=`, Twisted `raiseMinimumTo=` / `insecurelyLowerMinimumTo=` / `lowerMaximumSecurityTo=`, and pyOpenSSL `set_min_proto_version(SSL.TLS1_VERSION)` / `set_max_proto_version(...)`.',
    ecosystem: 'Python',
    catalogue: ['D3', 'D5', 'D6', 'D7'],
    docs: [
      'https://docs.python.org/3/library/ssl.html#ssl.SSLContext.minimum_version',
      'https://urllib3.readthedocs.io/en/stable/reference/urllib3.poolmanager.html',
      'https://www.pyopenssl.org/en/stable/api/ssl.html#OpenSSL.SSL.Context.set_min_proto_version',
      'https://docs.twisted.org/en/stable/api/twisted.internet.ssl.CertificateOptions.html',
    ],
    files: PY_FILES,
    keywords: /minimum_version|maximum_version|MinimumTo|MaximumSecurityTo|set_min_proto_version|set_max_proto_version/,
    fixable: true,
    safe: 'ctx.minimum_version = ssl.TLSVersion.TLSv1_2',
    limits: 'Bounds given through variables, settings files or `getattr(ssl.TLSVersion, name)` are not followed.',
  },
  pattern:
    /\b(minimum_version|maximum_version|ssl_minimum_version|ssl_maximum_version|raiseMinimumTo|insecurelyLowerMinimumTo|lowerMaximumSecurityTo)["']?[ \t]*(?:=(?!=)|:)[ \t]*(?:[A-Za-z_]\w{0,30}\.){0,3}TLSVersion\.(\w{1,20})\b|\bset_(min|max)_proto_version\(\s*(?:[A-Za-z_]\w{0,30}\.){0,3}(SSL3|TLS1|TLS1_1|TLS1_2|TLS1_3)_VERSION\b/,
  evaluate: (m, ctx, file) => {
    if (inDocstring(file, m.index)) return undefined;
    const isMin = m[1] ? !/max/i.test(m[1]) : m[3] === 'min';
    const member = m[2] ?? m[4];
    const memberStart = m.index + m[0].length - (m[2] ? member.length : member.length + '_VERSION'.length);
    const pyOpenSsl = m[4] !== undefined;
    const spell = (v: Version): string =>
      pyOpenSsl ? `${v === 'TLSv1.3' ? 'TLS1_3' : 'TLS1_2'}` : v === 'TLSv1.3' ? 'TLSv1_3' : 'TLSv1_2';
    const instead = pyOpenSsl
      ? `\`ctx.set_min_proto_version(SSL.${spell(ctx.floor)}_VERSION)\``
      : `\`ctx.minimum_version = ssl.TLSVersion.${spell(ctx.floor)}\``;
    if (isMin) {
      let versions: VersionSet;
      let why: string | undefined;
      if (member === 'MINIMUM_SUPPORTED') {
        versions = range('TLSv1.0', 'TLSv1.3');
        why = '`MINIMUM_SUPPORTED` is the lowest version the OpenSSL build supports';
      } else {
        const v = (pyOpenSsl ? PROTO_VERSION_CONSTANTS : TLS_VERSION_MEMBERS)[member];
        if (!v) return undefined;
        versions = atLeast(v);
      }
      const fixText = spell(ctx.floor);
      return { versions, why, instead, fix: { start: memberStart, end: memberStart + member.length, text: fixText } };
    }
    if (member === 'MAXIMUM_SUPPORTED' || member === 'MINIMUM_SUPPORTED') return undefined;
    const v = (pyOpenSsl ? PROTO_VERSION_CONSTANTS : TLS_VERSION_MEMBERS)[member];
    if (!v) return undefined;
    return {
      versions: atMost(v),
      why: `the maximum is ${v}`,
      instead: pyOpenSsl
        ? '`ctx.set_max_proto_version(SSL.TLS1_3_VERSION)` (or no maximum)'
        : '`ctx.maximum_version = ssl.TLSVersion.TLSv1_3` (or no maximum)',
      fix: { start: memberStart, end: memberStart + member.length, text: pyOpenSsl ? 'TLS1_3' : 'TLSv1_3' },
    };
  },
  instead: '`ctx.minimum_version = ssl.TLSVersion.TLSv1_2`',
  examples: {
    valid: [
      { file: 'tls.py', code: 'ctx.minimum_version = ssl.TLSVersion.TLSv1_2' },
      {
        file: 'tls.py',
        code: 'ctx.minimum_version = ssl.TLSVersion.TLSv1_3\nctx.maximum_version = ssl.TLSVersion.MAXIMUM_SUPPORTED',
        note: 'MAXIMUM_SUPPORTED is fine',
      },
      {
        file: 'tls.py',
        code: 'ctx.minimum_version = ssl.TLSVersion.TLSv1_2\nctx.maximum_version = ssl.TLSVersion.TLSv1_2',
        note: 'a TLS 1.2 cap is not legacy at the default floor',
      },
      { file: 'tls.py', code: 'if ctx.minimum_version == ssl.TLSVersion.TLSv1:\n    raise ValueError("too old")', note: 'comparison' },
      { file: 'tls.py', code: 'assert ctx.minimum_version >= ssl.TLSVersion.TLSv1_2', note: 'check' },
      {
        file: 'tls.py',
        code: '# ctx.minimum_version = ssl.TLSVersion.TLSv1\nctx.minimum_version = ssl.TLSVersion.TLSv1_2',
        note: 'commented out',
      },
      { file: 'client.py', code: 'http = urllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1_2)' },
      { file: 'ctx.py', code: 'ctx.set_min_proto_version(SSL.TLS1_2_VERSION)', note: 'TLS1 must not match inside TLS1_2' },
      {
        file: 'tls.py',
        code: 'def set_minimum(ctx, version=ssl.TLSVersion.TLSv1_2):\n    ctx.minimum_version = version',
        note: 'value from a variable is unknown',
      },
    ],
    invalid: [
      {
        file: 'probe.py',
        code: 'ctx = ssl.create_default_context()\ntry:\n    ctx.minimum_version = ssl.TLSVersion.TLSv1\nexcept (AttributeError, ValueError):\n    pass',
        findings: ['3:9 TLSv1.0 TLSv1.1'],
        output:
          'ctx = ssl.create_default_context()\ntry:\n    ctx.minimum_version = ssl.TLSVersion.TLSv1_2\nexcept (AttributeError, ValueError):\n    pass',
      },
      { file: 'tls.py', code: 'context.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED', findings: ['1:9 TLSv1.0 TLSv1.1'] },
      {
        file: 'tls.py',
        code: 'ctx.maximum_version = ssl.TLSVersion.TLSv1_1',
        findings: ['1:5 TLSv1.0 TLSv1.1'],
        output: 'ctx.maximum_version = ssl.TLSVersion.TLSv1_3',
      },
      { file: 'tls.py', code: 'ctx.minimum_version = TLSVersion.SSLv3', findings: ['1:5 SSLv3 TLSv1.0 TLSv1.1'] },
      {
        file: 'client.py',
        code: 'http = urllib3.PoolManager(\n    ssl_minimum_version=ssl.TLSVersion.TLSv1_1,\n)',
        findings: ['2:5 TLSv1.1'],
      },
      {
        file: 'ctx.py',
        code: 'ctx = SSL.Context(SSL.TLS_METHOD)\nctx.set_min_proto_version(SSL.TLS1_VERSION)',
        findings: ['2:5 TLSv1.0 TLSv1.1'],
        output: 'ctx = SSL.Context(SSL.TLS_METHOD)\nctx.set_min_proto_version(SSL.TLS1_2_VERSION)',
      },
      {
        file: 'server.py',
        code: 'opts = CertificateOptions(privateKey=key, certificate=cert, raiseMinimumTo=TLSVersion.TLSv1_0)',
        findings: ['1:61 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'tls.py',
        code: 'ctx.minimum_version = ssl.TLSVersion.TLSv1_2',
        floor: 'TLSv1.3',
        findings: ['1:5 TLSv1.2'],
        output: 'ctx.minimum_version = ssl.TLSVersion.TLSv1_3',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// D4: clearing the OP_NO_* protections

const OPTION_VERSIONS: Readonly<Record<string, Version>> = { SSLv2: 'SSLv2', SSLv3: 'SSLv3', TLSv1: 'TLSv1.0', TLSv1_1: 'TLSv1.1' };

export const pythonOptionsCleared = patternRule({
  meta: {
    id: 'python/ssl-options-cleared',
    title: 'Python code clears OP_NO_TLSv1 / OP_NO_SSLv3 protections',
    description:
      '`ctx.options &= ~ssl.OP_NO_TLSv1` (or `~ssl.OP_NO_SSLv3`, `~(ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1)`) removes the flags that switch legacy versions off, re-enabling them. Setting the flags with `|=` is the safe form.',
    ecosystem: 'Python',
    catalogue: ['D4'],
    docs: [
      'https://docs.python.org/3/library/ssl.html#ssl.SSLContext.options',
      'https://docs.python.org/3/library/ssl.html#ssl.OP_NO_TLSv1',
    ],
    files: PY_FILES,
    keywords: /OP_NO_SSLv2|OP_NO_SSLv3|OP_NO_TLSv1/,
    fixable: false,
    safe: 'ctx.minimum_version = ssl.TLSVersion.TLSv1_2',
    limits:
      'Whether clearing the flag actually enables the version also depends on the OpenSSL build and security level (SSLv2 and SSLv3 are usually compiled out); the version set assumes they are available.',
  },
  pattern:
    /\boptions[ \t]*(?:&=|=[ \t]*[\w.]{0,60}options[ \t]*&)[ \t]*~[ \t]*(\([^)]{1,300}\)|[\w.]{1,80})|(?<![A-Za-z])clear_options\(([^)]{1,300})\)/,
  evaluate: (m) => {
    const flags = m[1] ?? m[2];
    let versions = 0;
    for (const f of flags.matchAll(/OP_NO_(SSLv2|SSLv3|TLSv1_1|TLSv1)\b/g)) versions |= setOf(OPTION_VERSIONS[f[1]]);
    if (!versions) return undefined;
    return { versions, why: 'clearing `OP_NO_*` re-enables those versions' };
  },
  instead: (ctx) =>
    `\`ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1\` or \`ctx.minimum_version = ssl.TLSVersion.${ctx.floor === 'TLSv1.3' ? 'TLSv1_3' : 'TLSv1_2'}\``,
  examples: {
    valid: [
      { file: 'tls.py', code: 'ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1', note: 'setting the flags is the safe form' },
      { file: 'tls.py', code: 'ctx.options |= ssl.OP_NO_SSLv2\nctx.options |= ssl.OP_NO_SSLv3' },
      { file: 'tls.py', code: 'ctx.options &= ~ssl.OP_NO_COMPRESSION', note: 'an unrelated flag' },
      { file: 'tls.py', code: '# ctx.options &= ~ssl.OP_NO_TLSv1\nctx.options |= ssl.OP_NO_TLSv1', note: 'commented out' },
      { file: 'tests/test_ctx.py', code: 'self.assertEqual(ctx.options & ssl.OP_NO_TLSv1, ssl.OP_NO_TLSv1)', note: 'a check' },
      {
        file: 'util/ssl_.py',
        code: 'def create_context(options=None):\n    """Builds a context with SSLv3 off.\n\n    If you wish to enable SSLv3, you can do::\n\n        context = create_context()\n        context.options &= ~ssl.OP_NO_SSLv3\n    """\n    context = ssl.SSLContext(ssl.PROTOCOL_TLS)\n    context.options |= ssl.OP_NO_SSLv3\n    return context',
        note: 'a code sample inside a docstring is documentation, not code',
      },
    ],
    invalid: [
      { file: 'tls.py', code: 'ctx.options &= ~ssl.OP_NO_TLSv1', findings: ['1:5 TLSv1.0'] },
      {
        file: 'tls.py',
        code: 'def legacy(ctx):\n    """Re-enables old clients.\n\n    See issue # 42"""\n    ctx.options &= ~ssl.OP_NO_TLSv1\n    return ctx\n\ndef modern(ctx):\n    """\n    The safe form.\n    """\n    return ctx',
        findings: ['5:9 TLSv1.0'],
        note: 'the code after a docstring is code, even when a `#` inside the docstring looks like a comment',
      },
      {
        file: 'tls.py',
        code: 'SNIPPET = """\nctx.options &= ~ssl.OP_NO_TLSv1\n"""\nexec(SNIPPET)',
        findings: ['2:5 TLSv1.0'],
        note: 'a triple-quoted string that is a value (here executed) is not a docstring',
      },
      { file: 'tls.py', code: 'context.options &= ~(ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1)', findings: ['1:9 TLSv1.0 TLSv1.1'] },
      {
        file: 'tls.py',
        code: 'ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)\nctx.options = ctx.options & ~ssl.OP_NO_SSLv3',
        findings: ['2:5 SSLv3'],
      },
      { file: 'legacy.py', code: '_lib.SSL_CTX_clear_options(ctx._context, _lib.SSL_OP_NO_TLSv1_1)', findings: ['1:14 TLSv1.1'] },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// D4: a negotiating context whose exclusions stop at SSLv3

/**
 * Whether the file builds a negotiating stdlib context (`SSLContext(… PROTOCOL_SSLv23)`,
 * `PROTOCOL_TLS`) and never raises the floor past SSLv3 (`OP_NO_TLSv1`, `minimum_version`,
 * `set_min_proto_version`). A fact of the whole file.
 */
function keepsTls10(file: SourceFile): boolean {
  const code = file.code;
  if (!/\bSSLContext\s*\([^)\n]{0,120}\bPROTOCOL_(?:SSLv23|TLS)\b(?!_)/.test(code)) return false;
  return !/(?<!~\s{0,4}(?:\w+\.)?)\bOP_NO_TLSv1\b|minimum_version|set_min_proto_version|TLSVersion\./.test(code);
}

export const pythonSslv3OnlyExclusions = patternRule({
  meta: {
    id: 'python/ssl-exclusions-stop-at-sslv3',
    title: 'Python context excludes SSLv2/SSLv3 only, keeping TLS 1.0 and 1.1',
    description:
      'A negotiating context (`SSLContext(ssl.PROTOCOL_SSLv23)` or `PROTOCOL_TLS`) whose options add `OP_NO_SSLv2 | OP_NO_SSLv3` and nothing more states its floor: TLS 1.0. Python before 3.10 and OpenSSL builds without a raised security level then accept TLS 1.0 and 1.1 — the same shape as Postfix `!SSLv2, !SSLv3`.',
    ecosystem: 'Python',
    catalogue: ['D4'],
    docs: [
      'https://docs.python.org/3/library/ssl.html#ssl.OP_NO_TLSv1',
      'https://docs.python.org/3/library/ssl.html#ssl.SSLContext.minimum_version',
    ],
    files: PY_FILES,
    keywords: /OP_NO_SSLv3/,
    fixable: false,
    safe: 'ctx.minimum_version = ssl.TLSVersion.TLSv1_2',
    limits:
      'A warning: Python 3.10 and later, and OpenSSL builds with security level 2 or crypto policies, refuse TLS 1.0/1.1 by themselves. Options set in another file than the context are not followed.',
  },
  pattern: /(?:\|=?|\boptions[ \t]*=|set_options[ \t]*\()[ \t]*(?:\w+\.){0,2}(OP_NO_SSLv3)\b/,
  evaluate: (m, _ctx, file) => {
    if (!file.fact(keepsTls10)) return undefined;
    const at = m.index + m[0].length - m[1].length;
    if (inDocstring(file, at)) return undefined;
    return {
      versions: range('TLSv1.0', 'TLSv1.3'),
      severity: 'warning',
      start: at,
      end: at + m[1].length,
      what: 'OP_NO_SSLv2 | OP_NO_SSLv3 on a negotiating context',
      why: 'the exclusions stop at SSLv3; Python before 3.10 and OpenSSL without a raised security level keep TLS 1.0 and 1.1',
    };
  },
  instead: '`ctx.minimum_version = ssl.TLSVersion.TLSv1_2` (or `OP_NO_TLSv1 | OP_NO_TLSv1_1` as well)',
  examples: {
    valid: [
      {
        file: 'util/ssl_.py',
        code: 'context = SSLContext(ssl.PROTOCOL_SSLv23)\noptions = OP_NO_SSLv2 | OP_NO_SSLv3 | OP_NO_TLSv1 | OP_NO_TLSv1_1\ncontext.options |= options',
        note: 'the exclusions reach TLS 1.1',
      },
      {
        file: 'util/ssl_.py',
        code: 'context = SSLContext(ssl.PROTOCOL_TLS)\ncontext.options |= OP_NO_SSLv3\ncontext.minimum_version = ssl.TLSVersion.TLSv1_2',
        note: 'a minimum version raises the floor',
      },
      {
        file: 'util/ssl_.py',
        code: 'try:\n    from ssl import OP_NO_SSLv2, OP_NO_SSLv3\nexcept ImportError:\n    OP_NO_SSLv2, OP_NO_SSLv3 = 0x1000000, 0x2000000\ncontext = SSLContext(ssl.PROTOCOL_SSLv23)',
        note: 'fallback constants, no options set',
      },
      {
        file: 'client.py',
        code: 'ctx = ssl.create_default_context()\nctx.options |= ssl.OP_NO_SSLv3',
        note: 'no negotiating protocol constant: the default context is judged by its Python version',
      },
      {
        file: 'util/ssl_.py',
        code: 'def create_context():\n    """Use options |= OP_NO_SSLv3 to stay safe."""\n    return SSLContext(ssl.PROTOCOL_SSLv23)',
        note: 'a docstring',
      },
    ],
    invalid: [
      {
        file: 'urllib3/util/ssl_.py',
        code: 'context = SSLContext(ssl_version or ssl.PROTOCOL_SSLv23)\nif options is None:\n    options = 0\n    options |= OP_NO_SSLv2\n    options |= OP_NO_SSLv3\n    options |= OP_NO_COMPRESSION\ncontext.options |= options',
        findings: ['5:16 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'server.py',
        code: 'ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)\nctx.options |= ssl.OP_NO_SSLv2 | ssl.OP_NO_SSLv3',
        findings: ['2:38 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
    ],
  },
});

export const rules: readonly Rule[] = [pythonProtocolConstant, pythonVersionBound, pythonOptionsCleared, pythonSslv3OnlyExclusions];
