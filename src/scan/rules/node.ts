/**
 * Node.js / TypeScript: TLS options objects (`secureProtocol`, `minVersion`, `maxVersion`,
 * `secureOptions`, `ciphers`) for `tls`, `https`, agents and the drivers that pass them through
 * (axios, request, nodemailer, tedious/mssql, pg, mysql2, ioredis, Sequelize), the process-wide
 * `tls.DEFAULT_MIN_VERSION`, and the `--tls-min-v1.0` flag in command lines and `NODE_OPTIONS`.
 */
import { atLeast, atMost, range, setOf, type Version, type VersionSet } from '../../versions.js';
import { patternRule } from '../define.js';
import type { FileKind } from '../file-kinds.js';
import type { Rule } from '../rule.js';
import { lastNewline, nextNewline } from '../source.js';

const CODE_KINDS: readonly FileKind[] = ['js', 'ts', 'json', 'html'];

const NODE_VERSIONS: Readonly<Record<string, Version>> = {
  TLSv1: 'TLSv1.0',
  'TLSv1.0': 'TLSv1.0',
  'TLSv1.1': 'TLSv1.1',
  'TLSv1.2': 'TLSv1.2',
  'TLSv1.3': 'TLSv1.3',
  SSLv3: 'SSLv3',
};

/** The text of the object literal around `at` (from its `{` to its `}`), bounded. */
function enclosingObject(code: string, at: number): string {
  let depth = 0;
  let open = -1;
  for (let i = at - 1; i >= 0 && at - i < 2000; i--) {
    const ch = code[i];
    if (ch === '}') depth++;
    else if (ch === '{') {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    }
  }
  if (open < 0) return code.slice(Math.max(0, at - 400), at + 400);
  depth = 0;
  for (let i = open + 1; i < code.length && i - open < 4000; i++) {
    const ch = code[i];
    if (ch === '{') depth++;
    else if (ch === '}') {
      if (depth === 0) return code.slice(open, i + 1);
      depth--;
    }
  }
  return code.slice(open, open + 4000);
}

const NO_FLAGS: Readonly<Record<string, Version>> = {
  SSLv2: 'SSLv2',
  SSLv3: 'SSLv3',
  TLSv1: 'TLSv1.0',
  TLSv1_1: 'TLSv1.1',
  TLSv1_2: 'TLSv1.2',
};

/** Versions switched off by `SSL_OP_NO_*` flags in `secureOptions` (not negated with `~`). */
function disabledBy(text: string): VersionSet {
  let off = 0;
  for (const f of text.matchAll(/(~\s*)?\bSSL_OP_NO_(SSLv2|SSLv3|TLSv1_1|TLSv1_2|TLSv1)\b/g)) if (!f[1]) off |= setOf(NO_FLAGS[f[2]]);
  return off;
}

// ---------------------------------------------------------------------------------------------
// E1, E4: secureProtocol

const METHOD = /^(SSLv2|SSLv3|SSLv23|TLSv1|TLSv1_1|TLSv1_2|TLS)(_client|_server)?_method$/;

const PINNED_METHODS: Readonly<Record<string, VersionSet>> = {
  SSLv2: setOf('SSLv2'),
  SSLv3: setOf('SSLv3'),
  TLSv1: setOf('TLSv1.0'),
  TLSv1_1: setOf('TLSv1.1'),
  TLSv1_2: setOf('TLSv1.2'),
};

export const nodeSecureProtocol = patternRule({
  meta: {
    id: 'node/secure-protocol',
    title: 'Node.js secureProtocol pins or allows legacy TLS',
    description:
      "`secureProtocol: 'TLSv1_method'` (or `TLSv1_1_method`, `SSLv3_method`, their `_client`/`_server` forms) pins a `tls`/`https` socket, agent, axios `httpsAgent` or `request` `agentOptions` to one legacy version. `'TLS_method'` sets no minimum at all and `'SSLv23_method'` accepts TLSv1.0 and TLSv1.1 on old Node.js releases (and caps at TLSv1.2), unless `secureOptions` sets `SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1`: those are warnings.",
    ecosystem: 'Node.js',
    catalogue: ['E1', 'E4'],
    docs: ['https://nodejs.org/api/tls.html#tlscreatesecurecontextoptions', 'https://nodejs.org/api/https.html#class-httpsagent'],
    files: { kinds: CODE_KINDS },
    keywords: /secureProtocol/,
    fixable: true,
    safe: "minVersion: 'TLSv1.2'",
    limits:
      "Whether `'SSLv23_method'`/`'TLS_method'` really reach TLSv1.0 also depends on the OpenSSL security level of the Node.js build (OpenSSL 3 refuses TLSv1.0/1.1 at level 1 and above), so those are warnings. Values read from variables or configuration are not followed.",
  },
  pattern: /(?<![\w$])(["']?)secureProtocol\1[ \t]*(?::|=(?![=>]))[ \t]*(["'`])(\w{1,40})\2/,
  evaluate: (m, ctx, file) => {
    const method = METHOD.exec(m[3]);
    if (!method) return undefined;
    const valueStart = m.index + m[0].length - m[3].length - 1;
    const instead = `\`minVersion: '${ctx.floor}'\` (and no \`secureProtocol\`)`;
    if (method[1] === 'SSLv23' || method[1] === 'TLS') {
      const any = method[1] === 'TLS' ? range('TLSv1.0', 'TLSv1.3') : range('TLSv1.0', 'TLSv1.2');
      const versions = any & ~disabledBy(enclosingObject(file.code, m.index));
      const why =
        method[1] === 'TLS'
          ? `\`${m[3]}\` sets no minimum at all: the lowest version the OpenSSL build accepts (TLSv1.0 with OpenSSL 1.1 or at security level 0)`
          : `\`${m[3]}\` accepts TLSv1.0 and TLSv1.1 on Node.js 10 and older or with a lowered \`tls.DEFAULT_MIN_VERSION\`, and caps at TLSv1.2`;
      return { versions, severity: 'warning', why, instead };
    }
    const versions = PINNED_METHODS[method[1]];
    const fix =
      ctx.floor === 'TLSv1.2' && method[1] !== 'TLSv1_2'
        ? { start: valueStart, end: valueStart + m[3].length, text: `TLSv1_2${method[2] ?? ''}_method` }
        : undefined;
    return { versions, instead, fix };
  },
  instead: "`minVersion: 'TLSv1.2'`",
  examples: {
    valid: [
      { file: 'src/agent.js', code: "const agent = new https.Agent({ minVersion: 'TLSv1.2' });" },
      {
        file: 'src/agent.js',
        code: "const agent = new https.Agent({ secureProtocol: 'TLSv1_2_method' });",
        note: 'TLSv1 must not match inside TLSv1_2',
      },
      {
        file: 'src/server.ts',
        code: "const server = https.createServer({\n  key, cert,\n  secureProtocol: 'SSLv23_method',\n  secureOptions: constants.SSL_OP_NO_SSLv3 | constants.SSL_OP_NO_TLSv1 | constants.SSL_OP_NO_TLSv1_1,\n}, app);",
        note: 'any-version method with TLSv1 and TLSv1.1 switched off',
      },
      {
        file: 'src/agent.js',
        code: "// secureProtocol: 'TLSv1_method',\nconst agent = new https.Agent({ keepAlive: true });",
        note: 'commented out',
      },
      {
        file: 'src/check.js',
        code: "if (options.secureProtocol === 'TLSv1_method') throw new Error('refusing TLS 1.0');",
        note: 'comparison',
      },
      { file: 'config/default.json', code: '{ "https": { "secureProtocol": "TLSv1_2_method" } }' },
      {
        file: 'src/agent.js',
        code: 'const agent = new https.Agent({ secureProtocol: process.env.TLS_METHOD });',
        note: 'value from the environment is unknown',
      },
    ],
    invalid: [
      {
        file: 'lib/dynamo.js',
        code: "const dynamo = new AWS.DynamoDB({\n  httpOptions: {\n    agent: new https.Agent({\n      ciphers: 'ALL',\n      secureProtocol: 'TLSv1_method'\n    })\n  }\n});",
        findings: ['5:7 TLSv1.0'],
        output:
          "const dynamo = new AWS.DynamoDB({\n  httpOptions: {\n    agent: new https.Agent({\n      ciphers: 'ALL',\n      secureProtocol: 'TLSv1_2_method'\n    })\n  }\n});",
      },
      {
        file: 'routes/files.js',
        code: "var opts = {\n  auth: { bearer: token },\n  secureProtocol: 'TLSv1_method' // the old SharePoint site needs it\n};\nrequest.get(url, opts, done);",
        findings: ['3:3 TLSv1.0'],
      },
      {
        file: 'src/client.ts',
        code: 'const socket = tls.connect(443, host, { secureProtocol: "SSLv3_method" });',
        findings: ['1:41 SSLv3'],
      },
      {
        file: 'src/client.ts',
        code: "https.globalAgent.options.secureProtocol = 'TLSv1_1_client_method';",
        findings: ['1:27 TLSv1.1'],
        output: "https.globalAgent.options.secureProtocol = 'TLSv1_2_client_method';",
      },
      {
        file: 'src/server.js',
        code: "https.createServer({\n  secureProtocol: 'SSLv23_method',\n  secureOptions: crypto.constants.SSL_OP_NO_SSLv3,\n}, app);",
        findings: ['2:3 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'E4: only SSLv3 is switched off',
      },
      {
        file: 'src/agent.js',
        code: "const agent = new https.Agent({ secureProtocol: 'TLS_method' });",
        findings: ['1:33 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      { file: 'config/request.json', code: '{ "agentOptions": { "secureProtocol": "TLSv1_method" } }', findings: ['1:21 TLSv1.0'] },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// E2, E3: minVersion / maxVersion / tls.DEFAULT_MIN_VERSION

export const nodeMinMaxVersion = patternRule({
  meta: {
    id: 'node/min-max-version',
    title: 'Node.js minVersion / maxVersion allows legacy TLS',
    description:
      "`minVersion: 'TLSv1'` or `'TLSv1.1'` in TLS options (sockets, agents, and the options drivers pass through: tedious/mssql `cryptoCredentialsDetails`, Sequelize `dialectOptions.ssl`, `pg`/`mysql2` `ssl`, nodemailer and ioredis `tls`) lets connections fall back to legacy versions; `tls.DEFAULT_MIN_VERSION = 'TLSv1'` does it for the whole process. A `maxVersion` below TLSv1.2 allows nothing else.",
    ecosystem: 'Node.js',
    catalogue: ['E2', 'E3'],
    docs: ['https://nodejs.org/api/tls.html#tlscreatesecurecontextoptions', 'https://nodejs.org/api/tls.html#tlsdefault_min_version'],
    files: { kinds: CODE_KINDS },
    keywords: /minVersion|maxVersion|DEFAULT_MIN_VERSION|DEFAULT_MAX_VERSION/,
    fixable: true,
    safe: "minVersion: 'TLSv1.2'",
    limits:
      'Versions computed at run time (ternaries, configuration files, environment variables without a literal fallback) are not followed.',
  },
  pattern:
    /(?<![\w$])(["']?)(minVersion|maxVersion|(?<=\.)DEFAULT_MIN_VERSION|(?<=\.)DEFAULT_MAX_VERSION)\1[ \t]*(?::|=(?![=>]))[ \t]*((?:[\w$.]{1,80}|\[[^\]\n]{1,80}\])[ \t]*(?:\|\||\?\?)[ \t]*)?(["'`])(TLSv1(?:\.[0-3])?|SSLv3)\4(?![ \t]*\|(?!\|))/,
  evaluate: (m, ctx, file) => {
    const v = NODE_VERSIONS[m[5]];
    const isMin = /min/i.test(m[2]);
    const valueStart = m.index + m[0].length - m[5].length - 1;
    const fallback = m[3] !== undefined;
    const severity = fallback ? ('warning' as const) : undefined;
    const fallbackWhy = fallback ? 'the fallback value when the variable is unset' : undefined;
    if (isMin) {
      const target = ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2';
      // `secureOptions: SSL_OP_NO_TLSv1` in the same object still switches versions off.
      const off = m[2].startsWith('DEFAULT') ? 0 : disabledBy(enclosingObject(file.code, m.index));
      return {
        versions: atLeast(v) & ~off,
        severity,
        why: fallbackWhy,
        instead: m[2].startsWith('DEFAULT')
          ? `\`tls.DEFAULT_MIN_VERSION = '${target}'\` (or leave the default)`
          : `\`${m[2]}: '${target}'\``,
        fix: { start: valueStart, end: valueStart + m[5].length, text: target },
      };
    }
    return {
      versions: atMost(v),
      severity,
      why: fallbackWhy ?? `the maximum is ${v}`,
      instead: "`maxVersion: 'TLSv1.3'` (or no maximum)",
      fix: { start: valueStart, end: valueStart + m[5].length, text: 'TLSv1.3' },
    };
  },
  instead: "`minVersion: 'TLSv1.2'`",
  examples: {
    valid: [
      {
        file: 'src/agent.js',
        code: "const agent = new https.Agent({ minVersion: 'TLSv1.2' });",
        note: 'TLSv1 must not match inside TLSv1.2',
      },
      {
        file: 'src/agent.ts',
        code: "const agent = new https.Agent({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' });",
        note: 'a TLS 1.2 cap is not legacy at the default floor',
      },
      {
        file: 'src/types.ts',
        code: "interface Options {\n  minVersion?: 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';\n}",
        note: 'a type, not a value',
      },
      { file: 'src/types.ts', code: "type Strict = { minVersion: 'TLSv1.3' | 'TLSv1.2' };", note: 'a union type' },
      { file: 'src/check.js', code: "if (tls.DEFAULT_MIN_VERSION === 'TLSv1') console.warn('legacy TLS enabled');", note: 'comparison' },
      {
        file: 'src/db.js',
        code: "// cryptoCredentialsDetails: { minVersion: 'TLSv1' },\nconst config = { options: { encrypt: true } };",
        note: 'commented out',
      },
      {
        file: 'src/agent.js',
        code: 'const agent = new https.Agent({ minVersion: process.env.TLS_MIN_VERSION });',
        note: 'no literal value',
      },
      {
        file: 'src/mps.js',
        code: "tls.createServer({ key, cert, minVersion: 'TLSv1', secureOptions: constants.SSL_OP_NO_TLSv1 | constants.SSL_OP_NO_TLSv1_1 }, onConnection);",
        note: 'secureOptions switches the low versions off again',
      },
      {
        file: 'traefik/dynamic.json',
        code: '{ "tls": { "options": { "default": { "minVersion": "VersionTLS12" } } } }',
        note: 'another product spelling belongs to its own rule',
      },
    ],
    invalid: [
      {
        file: 'src/db.js',
        code: "const config = {\n  server: host,\n  options: {\n    encrypt: true,\n    cryptoCredentialsDetails: {\n      minVersion: 'TLSv1'\n    }\n  }\n};",
        findings: ['6:7 TLSv1.0 TLSv1.1'],
        output:
          "const config = {\n  server: host,\n  options: {\n    encrypt: true,\n    cryptoCredentialsDetails: {\n      minVersion: 'TLSv1.2'\n    }\n  }\n};",
      },
      {
        file: 'src/mailer.ts',
        code: 'const transporter = nodemailer.createTransport({\n  host, port: 587,\n  tls: {\n    rejectUnauthorized: false,\n    minVersion: "TLSv1.1",\n  },\n});',
        findings: ['5:5 TLSv1.1'],
      },
      {
        file: 'src/index.js',
        code: "tls.DEFAULT_MIN_VERSION = 'TLSv1';",
        findings: ['1:5 TLSv1.0 TLSv1.1'],
        output: "tls.DEFAULT_MIN_VERSION = 'TLSv1.2';",
      },
      {
        file: 'src/agent.js',
        code: "const agent = new https.Agent({ maxVersion: 'TLSv1.1' });",
        findings: ['1:33 TLSv1.0 TLSv1.1'],
        output: "const agent = new https.Agent({ maxVersion: 'TLSv1.3' });",
      },
      {
        file: 'src/probe.ts',
        code: "export const LENIENT = { rejectUnauthorized: false, minVersion: 'TLSv1' as const, ciphers: 'DEFAULT:@SECLEVEL=0' };",
        findings: ['1:53 TLSv1.0 TLSv1.1'],
        note: 'TypeScript `as const`',
      },
      {
        file: 'src/agent.js',
        code: "const agent = new https.Agent({ minVersion: process.env.TLS_MIN || 'TLSv1' });",
        findings: ['1:33 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'literal fallback',
      },
      { file: 'config/default.json', code: '{\n  "db": {\n    "ssl": { "minVersion": "TLSv1.1" }\n  }\n}', findings: ['3:14 TLSv1.1'] },
      {
        file: 'src/agent.js',
        code: "const agent = new https.Agent({ minVersion: 'TLSv1.2' });",
        floor: 'TLSv1.3',
        findings: ['1:33 TLSv1.2'],
        output: "const agent = new https.Agent({ minVersion: 'TLSv1.3' });",
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// E3, K5: --tls-min-v1.0 on command lines and in NODE_OPTIONS

const FLAG_KINDS: readonly FileKind[] = [
  'shell',
  'dockerfile',
  'yaml',
  'json',
  'makefile',
  'env',
  'ini',
  'toml',
  'hcl',
  'batch',
  'powershell',
  'conf',
  'other',
  'js',
  'ts',
  'groovy',
  'xml',
];

export const nodeTlsFlag = patternRule({
  meta: {
    id: 'node/tls-version-flag',
    title: 'Node.js started with --tls-min-v1.0 / --tls-min-v1.1',
    description:
      '`node --tls-min-v1.0` (or `--tls-min-v1.1`, and the Node 11 `--tls-v1.0`/`--tls-v1.1`) lowers the default minimum for every TLS connection of the process; it is often set through `NODE_OPTIONS` in a Dockerfile, Kubernetes manifest, CI workflow, `.npmrc` `node-options`, pm2 `node_args` or a `package.json` script. `--tls-max-v1.2` is a cap and only matters for a TLSv1.3 floor.',
    ecosystem: 'Node.js',
    catalogue: ['E3', 'K5'],
    docs: ['https://nodejs.org/api/cli.html#--tls-min-v10', 'https://nodejs.org/api/cli.html#node_optionsoptions'],
    files: { kinds: FLAG_KINDS, names: /^\.envrc$|^procfile/ },
    keywords: /tls-min-v1|tls-max-v1|tls-v1\.0|tls-v1\.1/,
    fixable: true,
    safe: 'NODE_OPTIONS=--tls-min-v1.2',
    limits: 'Explicit `minVersion` options in code still override the process default and are reported by `node/min-max-version`.',
  },
  pattern: /(?<![\w-])--tls-(?:(min|max)-)?v1\.([0-3])(?![\w.])/,
  evaluate: (m, ctx, file) => {
    const code = file.code;
    const kind = m[1] ?? 'min';
    if (!m[1] && m[2] !== '0' && m[2] !== '1') return undefined;
    const v = (['TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const)[Number(m[2])];
    // Lists of every flag (option parsers, allow-lists): the flag is a string of its own next to a
    // different minimum, which no single command line has.
    const near = code.slice(Math.max(0, m.index - 120), m.index + m[0].length + 120);
    const alone = new Set(near.match(/["'`]--tls-min-v1\.[0-3]["'`]/g) ?? []);
    if (alone.size > 1) return undefined;
    const before = code.slice(Math.max(0, m.index - 40), m.index);
    if (/(?:\bcase[ \t]+|[=!]==?[ \t]*|\b(?:includes|indexOf|hasFlag|has|startsWith)\([ \t]*)["'`]?$/.test(before)) return undefined;
    if (/^["'`]?[ \t]*(?:[=!]==?|\))/.test(code.slice(m.index + m[0].length, m.index + m[0].length + 6)) && /["'`]$/.test(before))
      return undefined;
    // Advice printed for a human (`console.error('try NODE_OPTIONS=--tls-min-v1.0')`, `echo` without a redirect).
    const lineStart = lastNewline(code, m.index) + 1;
    const lineEnd = nextNewline(code, m.index);
    const line = code.slice(lineStart, lineEnd < 0 ? code.length : lineEnd);
    if (
      (file.kind === 'js' || file.kind === 'ts') &&
      /\bconsole\.|\blog(?:ger)?\.\w+\(|\bError\(|\bthrow\b|\.(?:warn|error|info|debug)\(/.test(line)
    )
      return undefined;
    if (/(?:^|[\s;&|])(?:echo|printf|Write-Host|Write-Output)\b/.test(line) && !/>|\btee\b|Out-File|Set-Content|Add-Content/.test(line))
      return undefined;
    // Node reads its options before the script: `node server.js --tls-min-v1.0` hands the flag to the
    // application, and so does `npm start -- --tls-min-v1.0` (appended after the script's command).
    const lineBefore = code.slice(lineStart, m.index);
    const nodeAt = [...lineBefore.matchAll(/(?:^|[^\w.-])node(?:js)?(?:\.exe)?(?![\w.-])/g)].pop();
    if (
      nodeAt &&
      lineBefore
        .slice(nodeAt.index + nodeAt[0].length)
        .split(/[\s,"'[\]]+/)
        .some((w) => /^[^-$].*\.(?:[cm]?js|ts)$/.test(w))
    )
      return undefined;
    const appArgs = /\bnpm[ \t]+(?:start|test|run(?:-script)?[ \t]+\S+)[^\n]*?[ \t]--[ \t]/.test(lineBefore);
    const target = ctx.floor === 'TLSv1.3' ? '1.3' : '1.2';
    if (appArgs) {
      return {
        versions: atLeast(v),
        severity: 'note',
        why: "after `npm … --` the flag is appended to the script's command line, after the script name: Node does not read it unless the script passes it on",
        instead: `\`NODE_OPTIONS=--tls-min-v${target}\` if a Node option was meant`,
      };
    }
    // `--tls-max-v1.3` is Node's own default maximum: it caps nothing and enables nothing.
    if (kind === 'max' && v === 'TLSv1.3') return undefined;
    if (kind === 'max') {
      return {
        versions: atMost(v),
        why: `the maximum is ${v}`,
        instead: 'no `--tls-max-v1.2` (or `--tls-max-v1.3`)',
        fix: { start: m.index, end: m.index + m[0].length, text: '--tls-max-v1.3' },
      };
    }
    return {
      versions: atLeast(v),
      instead: `\`--tls-min-v${target}\` (or no flag: the default minimum is TLSv1.2)`,
      fix: { start: m.index, end: m.index + m[0].length, text: `--tls-min-v${target}` },
    };
  },
  instead: '`--tls-min-v1.2`',
  examples: {
    valid: [
      { file: 'Dockerfile', code: 'ENV NODE_OPTIONS="--tls-min-v1.2 --max-old-space-size=4096"' },
      { file: '.github/workflows/ci.yml', code: 'env:\n  NODE_OPTIONS: --tls-max-v1.2', note: 'a cap is not legacy at the default floor' },
      {
        file: 'Dockerfile',
        code: 'ENV NODE_OPTIONS=--tls-max-v1.3',
        floor: 'TLSv1.3',
        note: "Node's own default maximum caps nothing, even at a TLSv1.3 floor (what the fix of a lower cap writes)",
      },
      { file: 'Dockerfile', code: '# ENV NODE_OPTIONS=--tls-min-v1.0\nENV NODE_OPTIONS=--tls-min-v1.3', note: 'commented out' },
      {
        file: 'lib/options.js',
        code: "switch (flag) {\n  case '--tls-min-v1.0':\n  case '--tls-min-v1.1':\n  case '--tls-min-v1.2':\n    return true;\n}",
        note: 'an option parser that lists every flag',
      },
      { file: 'src/env.ts', code: "if (process.execArgv.includes('--tls-min-v1.0')) console.warn('legacy TLS');", note: 'a check' },
      { file: 'package.json', code: '{\n  "scripts": {\n    "start": "node --tls-min-v1.3 server.js"\n  }\n}' },
      { file: 'scripts/run.sh', code: 'node --tls-keylog=/tmp/keys.log server.js', note: 'a different TLS flag' },
      {
        file: 'data/node-flags.json',
        code: '{ "allowed": [\n  "--tls-min-v1.0",\n  "--tls-min-v1.1",\n  "--tls-min-v1.2",\n  "--tls-max-v1.3"\n] }',
        note: 'an allow-list of every flag',
      },
      {
        file: 'src/db.js',
        code: "console.error('TLS handshake failed; try: set NODE_OPTIONS=--tls-min-v1.0 && node app.js');",
        note: 'advice printed for a human',
      },
      {
        file: 'scripts/help.sh',
        code: 'echo "If the old proxy fails, export NODE_OPTIONS=--tls-min-v1.0"',
        note: 'echo without a redirect',
      },
      {
        file: 'scripts/start.sh',
        code: 'node dist/server.js --port 8443 --tls-min-v1.0',
        note: 'after the script name it is an application argument',
      },
      { file: 'Dockerfile', code: 'CMD ["node", "index.js", "--tls-min-v1.0"]', note: 'exec form, after the script' },
    ],
    invalid: [
      {
        file: 'Dockerfile',
        code: 'FROM node:20\nENV NODE_OPTIONS=--tls-min-v1.0\nCMD ["node", "server.js"]',
        findings: ['2:18 TLSv1.0 TLSv1.1'],
        output: 'FROM node:20\nENV NODE_OPTIONS=--tls-min-v1.2\nCMD ["node", "server.js"]',
      },
      {
        file: 'package.json',
        code: '{\n  "scripts": {\n    "start": "node --tls-min-v1.0 dist/main.js"\n  }\n}',
        findings: ['3:20 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'k8s/deployment.yaml',
        code: 'containers:\n  - name: api\n    env:\n      - name: NODE_OPTIONS\n        value: "--tls-min-v1.1 --max-old-space-size=2048"',
        findings: ['5:17 TLSv1.1'],
      },
      {
        file: 'ecosystem.config.js',
        code: "module.exports = {\n  apps: [{ name: 'api', script: './api.js', node_args: '--tls-min-v1.0' }]\n};",
        findings: ['2:57 TLSv1.0 TLSv1.1'],
      },
      { file: '.npmrc', code: 'node-options=--tls-min-v1.0', findings: ['1:14 TLSv1.0 TLSv1.1'] },
      {
        file: 'src/bootstrap.js',
        code: "process.env.NODE_OPTIONS = '--tls-min-v1.0';\nrequire('./server');",
        findings: ['1:29 TLSv1.0 TLSv1.1'],
        output: "process.env.NODE_OPTIONS = '--tls-min-v1.2';\nrequire('./server');",
      },
      {
        file: 'Dockerfile',
        code: 'CMD ["node", "--tls-min-v1.0", "--tls-max-v1.3", "index.js"]',
        findings: ['1:15 TLSv1.0 TLSv1.1'],
        note: 'exec form with a minimum and a maximum',
      },
      {
        file: 'infra/lambda.tf',
        code: 'environment {\n  variables = {\n    NODE_OPTIONS = "--tls-min-v1.1"\n  }\n}',
        findings: ['3:21 TLSv1.1'],
      },
      {
        file: 'scripts/start.sh',
        code: 'exec node --tls-v1.0 /app/index.js',
        findings: ['1:11 TLSv1.0 TLSv1.1'],
        note: 'Node 11 spelling',
      },
      {
        file: 'Dockerfile',
        code: 'FROM node:12\nCMD npm start -- --verbose=$VERBOSE --tls-min-v1.0',
        findings: ['2:37 TLSv1.0 TLSv1.1'],
        severity: 'note',
        note: 'passed to the application by npm, not to Node',
      },
      {
        file: 'scripts/setup.sh',
        code: 'echo "NODE_OPTIONS=--tls-min-v1.1" >> /etc/environment',
        findings: ['1:20 TLSv1.1'],
        note: 'configuration written by a script',
      },
      {
        file: 'deploy/service.ts',
        code: "service('api').command('node').args('--tls-min-v1.0', '--no-experimental-fetch', 'main.js')",
        findings: ['1:38 TLSv1.0 TLSv1.1'],
        note: 'argument list in infrastructure code',
      },
      {
        file: '.env',
        code: 'NODE_OPTIONS="--tls-min-v1.0 --tls-max-v1.3"',
        findings: ['1:15 TLSv1.0 TLSv1.1'],
        note: 'a max next to the min is still one command line',
      },
      {
        file: 'Dockerfile',
        code: 'ENV NODE_OPTIONS=--tls-max-v1.2',
        floor: 'TLSv1.3',
        findings: ['1:18 TLSv1.2'],
        output: 'ENV NODE_OPTIONS=--tls-max-v1.3',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// E5: `ciphers: 'SSLv3'` (the nodemailer / Office 365 snippet)

export const nodeSslv3CipherAlias = patternRule({
  meta: {
    id: 'node/sslv3-cipher-alias',
    title: "Node.js ciphers: 'SSLv3' (a cipher alias that caps TLS at 1.2)",
    description:
      "The widely copied nodemailer snippet `tls: { ciphers: 'SSLv3' }` does not enable the SSLv3 protocol: `SSLv3` is an OpenSSL cipher-string alias for the old CBC suites. Because the string names no TLS 1.3 suite, Node caps the connection at TLSv1.2 with those suites. It is reported as a note, and only under a TLSv1.3 floor.",
    ecosystem: 'Node.js',
    catalogue: ['E5'],
    docs: [
      'https://nodejs.org/api/tls.html#modifying-the-default-tls-cipher-suite',
      'https://docs.openssl.org/master/man1/openssl-ciphers/',
      'https://nodemailer.com/smtp/',
    ],
    files: { kinds: CODE_KINDS },
    keywords: /SSLv3/,
    fixable: false,
    safe: "tls: { minVersion: 'TLSv1.2' }",
    limits:
      "The alias is not a protocol version, so at the default TLSv1.2 floor it produces no finding; the weak-cipher smell it carries is outside this tool's version model.",
  },
  pattern: /(?<![\w$])(["']?)ciphers\1[ \t]*(?::|=(?![=>]))[ \t]*(["'`])SSLv3\2/,
  evaluate: () => ({
    versions: setOf('TLSv1.2'),
    severity: 'note',
    why: '`SSLv3` is a cipher alias, not the protocol; with no TLS 1.3 suite listed Node caps the connection at TLSv1.2',
  }),
  instead: "no `ciphers` option (and `minVersion: 'TLSv1.2'`)",
  examples: {
    valid: [
      {
        file: 'src/mail.js',
        code: "const transporter = nodemailer.createTransport({\n  host: 'smtp.office365.com',\n  port: 587,\n  tls: { ciphers: 'SSLv3' }\n});",
        note: 'not an SSLv3 protocol finding at the default floor',
      },
      { file: 'src/mail.js', code: "tls: { ciphers: 'HIGH:!aNULL:!SSLv3' }", note: 'a real cipher string' },
      {
        file: 'src/mail.js',
        code: "// tls: { ciphers: 'SSLv3' },\ntls: { minVersion: 'TLSv1.2' }",
        floor: 'TLSv1.3',
        note: 'commented out',
      },
    ],
    invalid: [
      {
        file: 'src/mail.js',
        code: "const transporter = nodemailer.createTransport({\n  host: 'smtp-mail.outlook.com',\n  secureConnection: false,\n  port: 587,\n  tls: {\n    ciphers: 'SSLv3'\n  }\n});",
        floor: 'TLSv1.3',
        findings: ['6:5 TLSv1.2'],
        severity: 'note',
      },
      {
        file: 'src/mail.service.ts',
        code: 'tls: { ciphers: "SSLv3", rejectUnauthorized: false },',
        floor: 'TLSv1.3',
        findings: ['1:8 TLSv1.2'],
        severity: 'note',
      },
      {
        file: 'config/mail.json',
        code: '{ "tls": { "ciphers": "SSLv3" } }',
        floor: 'TLSv1.3',
        findings: ['1:12 TLSv1.2'],
        severity: 'note',
      },
    ],
  },
});

export const rules: readonly Rule[] = [nodeSecureProtocol, nodeMinMaxVersion, nodeTlsFlag, nodeSslv3CipherAlias];
