import { EMPTY, setOf, type Version, versionIndex } from '../../../versions.js';
import { readVersion, tokenize } from '../../evaluate.js';
import { patternRule } from '../../define.js';
import type { FileKind } from '../../file-kinds.js';
import type { Edit } from '../../rule.js';
import { lineBefore } from './shared.js';

// ---------------------------------------------------------------------------------------------
// I8: Erlang/Elixir ssl versions, RabbitMQ, EMQX.

const CONFIG_KINDS: readonly FileKind[] = ['conf', 'ini', 'yaml', 'shell', 'dockerfile', 'other', 'json', 'toml', 'env'];

/** Deletes the legacy elements of a written list (`['tlsv1.2','tlsv1.1',tlsv1]`, `[:"tlsv1.2", :tlsv1]`). */
function elementFix(value: string, valueStart: number, floor: Version): Edit | undefined {
  const parts = [...value.matchAll(/[^,]+/g)];
  const kept = parts.filter((p) => {
    const v = readVersion(p[0].trim());
    return !v || versionIndex(v) >= versionIndex(floor);
  });
  if (kept.length === parts.length || kept.length === 0 || !kept.some((p) => readVersion(p[0].trim()))) return undefined;
  const gap = /,\s*/.exec(value)?.[0] ?? ', ';
  const first = parts[0];
  const last = parts[parts.length - 1];
  const lead = first[0].length - first[0].trimStart().length;
  const trail = last[0].length - last[0].trimEnd().length;
  return {
    start: valueStart + (first.index ?? 0) + lead,
    end: valueStart + (last.index ?? 0) + last[0].length - trail,
    text: kept.map((p) => p[0].trim()).join(gap),
  };
}

export const erlangTlsVersions = patternRule({
  meta: {
    id: 'erlang/tls-versions',
    title: 'Erlang/Elixir ssl versions list includes legacy TLS',
    description:
      "The `versions` option of Erlang's `ssl` (`{versions, ['tlsv1.2', 'tlsv1.1', tlsv1]}`, Elixir `versions: [:\"tlsv1.1\"]`, Phoenix `https:` options, `protocol_version` app env), RabbitMQ's `ssl_options.versions.N = tlsv1.1` and EMQX `tls_versions` list the versions that may be negotiated.",
    ecosystem: 'PHP, Ruby, Perl & Erlang',
    catalogue: ['I8'],
    docs: ['https://www.erlang.org/doc/apps/ssl/ssl.html', 'https://www.rabbitmq.com/docs/ssl#tls-versions'],
    files: { kinds: ['erlang', 'elixir', ...CONFIG_KINDS], names: /rabbitmq|advanced\.config|sys\.config|app\.config|emqx/ },
    keywords: /tlsv1|sslv3/,
    fixable: true,
    safe: "{versions, ['tlsv1.3', 'tlsv1.2']}",
    limits: 'Versions computed at run time (`ssl:versions()`, application env read in code) are not followed.',
  },
  pattern:
    /\{[ \t]*(versions|protocol_version)[ \t]*,[ \t\r\n]*\[([^\]]{0,300})\]|(?<![\w.])((?:allowed_)?(?:tls_)?versions|protocol_version)(?::|[ \t]*=>)[ \t]*\[([^\]]{0,300})\]|(?<![\w])(?:[\w-]+\.){1,4}versions\.\d+[ \t]*=[ \t]*(['"]?[\w.]+['"]?)|(?<![\w])(?:tls_versions[ \t]*=[ \t]*["']?([\w., ]{1,200})|versions[ \t]*=[ \t]*\[([^\]]{0,300})\])/,
  evaluate: (m, ctx, file) => {
    const code = file.code;
    const line = lineBefore(code, m.index);
    // Erlang terms in files the comment masker does not know (`rabbitmq.config`, `sys.config`).
    if (file.kind !== 'erlang' && /%/.test(line.replace(/"[^"]*"|'[^']*'/g, ''))) return undefined;
    if (m[4] !== undefined && file.kind !== 'erlang' && file.kind !== 'elixir') return undefined;
    const list = m[2] ?? m[4] ?? m[6] ?? m[7];
    if (list !== undefined) {
      const listStart = m.index + m[0].lastIndexOf(list);
      const tokens = tokenize(list, listStart, /[\s,;|[\]"'():{}]+/g).filter((t) => readVersion(t.text) !== undefined);
      if (tokens.length === 0) return undefined;
      let versions = EMPTY;
      for (const t of tokens) versions |= setOf(readVersion(t.text)!);
      return { versions, fix: m[6] === undefined ? elementFix(list, listStart, ctx.floor) : undefined };
    }
    const v = readVersion(m[5]);
    return v ? { versions: setOf(v) } : undefined;
  },
  instead: (ctx, m) => {
    const only13 = ctx.floor === 'TLSv1.3';
    if (m[5] !== undefined)
      return only13 ? 'only `….versions.1 = tlsv1.3`' : '`….versions.1 = tlsv1.3` and `….versions.2 = tlsv1.2` only (drop the older lines)';
    if (m[6] !== undefined) return only13 ? '`tls_versions = tlsv1.3`' : '`tls_versions = tlsv1.3,tlsv1.2`';
    if (m[7] !== undefined) return only13 ? '`versions = ["tlsv1.3"]`' : '`versions = ["tlsv1.3", "tlsv1.2"]`';
    if (m[4] !== undefined) return only13 ? '`versions: [:"tlsv1.3"]`' : '`versions: [:"tlsv1.3", :"tlsv1.2"]`';
    return only13 ? "`{versions, ['tlsv1.3']}`" : "`{versions, ['tlsv1.3', 'tlsv1.2']}`";
  },
  examples: {
    valid: [
      { file: 'config/sys.config', code: "[{ssl, [{protocol_version, ['tlsv1.3', 'tlsv1.2']}]}]." },
      { file: 'src/client.erl', code: "Opts = [{versions, ['tlsv1.2']}, {verify, verify_peer}],\n{ok, S} = ssl:connect(Host, 443, Opts)." },
      {
        file: 'src/ssl_internal.hrl',
        code: "-define(ALL_AVAILABLE_VERSIONS, ['tlsv1.3', 'tlsv1.2', 'tlsv1.1', tlsv1]).",
        note: 'a definition, not an option',
      },
      { file: 'config/prod.exs', code: 'config :app, AppWeb.Endpoint,\n  https: [port: 443, versions: [:"tlsv1.3", :"tlsv1.2"]]' },
      { file: 'rabbitmq.conf', code: '# ssl_options.versions.2 = tlsv1.1\nssl_options.versions.1 = tlsv1.2' },
      {
        file: 'rabbitmq.config',
        code: "[{rabbit, [\n  %% {ssl_options, [{versions, ['tlsv1.1']}]}\n  {ssl_options, [{versions, ['tlsv1.2']}]}\n]}].",
        note: 'Erlang comment in a .config file',
      },
      { file: 'mix.exs', code: 'versions: ["1.0", "2.0"]', note: 'not TLS versions' },
    ],
    invalid: [
      {
        file: 'src/client.erl',
        code: "Opts = [{versions, ['tlsv1.2', 'tlsv1.1', tlsv1]}],",
        findings: ['1:9 TLSv1.0 TLSv1.1'],
        output: "Opts = [{versions, ['tlsv1.2']}],",
      },
      {
        file: 'config/prod.exs',
        code: 'config :app, AppWeb.Endpoint,\n  https: [\n    port: 443,\n    versions: [:"tlsv1.2", :"tlsv1.1"]\n  ]',
        findings: ['4:5 TLSv1.1'],
        output: 'config :app, AppWeb.Endpoint,\n  https: [\n    port: 443,\n    versions: [:"tlsv1.2"]\n  ]',
      },
      {
        file: 'rabbitmq.conf',
        code: 'listeners.ssl.default = 5671\nssl_options.versions.1 = tlsv1.2\nssl_options.versions.2 = tlsv1.1',
        findings: ['3:1 TLSv1.1'],
      },
      {
        file: 'advanced.config',
        code: "[{rabbit, [{ssl_options, [{cacertfile, \"/ca.pem\"}, {versions, ['tlsv1.1', 'tlsv1.2']}]}]}].",
        findings: ['1:52 TLSv1.1'],
      },
      { file: 'lib/client.ex', code: ':ssl.connect(host, 443, versions: [:tlsv1], verify: :verify_none)', findings: ['1:25 TLSv1.0'] },
      {
        file: 'config/runtime.exs',
        code: 'config :app, App.Mailer,\n  adapter: Bamboo.SMTPAdapter,\n  allowed_tls_versions: [:"tlsv1", :"tlsv1.1", :"tlsv1.2"]',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        output: 'config :app, App.Mailer,\n  adapter: Bamboo.SMTPAdapter,\n  allowed_tls_versions: [:"tlsv1.2"]',
      },
      {
        file: 'lib/proxy.ex',
        code: 'opts = Keyword.put(opts, :ssl_options, versions: [:"tlsv1.2", :"tlsv1.1", :tlsv1])',
        findings: ['1:40 TLSv1.0 TLSv1.1'],
        output: 'opts = Keyword.put(opts, :ssl_options, versions: [:"tlsv1.2"])',
      },
      { file: 'etc/emqx.conf', code: 'listener.ssl.external.tls_versions = tlsv1.2,tlsv1.1,tlsv1', findings: ['1:23 TLSv1.0 TLSv1.1'] },
      {
        file: 'etc/emqx.conf',
        code: 'listeners.ssl.default {\n  bind = "0.0.0.0:8883"\n  ssl_options {\n    versions = ["tlsv1.3", "tlsv1.2", "tlsv1.1"]\n  }\n}',
        findings: ['4:5 TLSv1.1'],
        output: 'listeners.ssl.default {\n  bind = "0.0.0.0:8883"\n  ssl_options {\n    versions = ["tlsv1.3", "tlsv1.2"]\n  }\n}',
        note: 'EMQX 5 HOCON',
      },
      {
        file: 'k8s/rabbitmq.yaml',
        code: 'data:\n  rabbitmq.conf: |\n    management.ssl.versions.1 = tlsv1.1\n',
        findings: ['3:5 TLSv1.1'],
      },
      { file: 'src/client.erl', code: "ssl:connect(H, P, [{versions, ['tlsv1.2']}]).", floor: 'TLSv1.3', findings: ['1:20 TLSv1.2'] },
    ],
  },
});
