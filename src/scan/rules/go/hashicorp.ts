import { type Version } from '../../../versions.js';
import { respell } from '../../evaluate.js';
import { settingRule, settingTokens } from '../../define.js';
import { minMax, notCommented } from './shared.js';

// ---------------------------------------------------------------------------------------------
// F7: HashiCorp Vault / Consul / Nomad (and other Go servers with the same key)

const HASHICORP_KINDS = ['hcl', 'json', 'yaml', 'toml', 'conf', 'shell', 'dockerfile', 'env', 'other'] as const;

export const hashicorpTlsVersion = settingRule({
  meta: {
    id: 'go/hashicorp-tls-version',
    title: 'Vault/Consul/Nomad tls_min_version allows legacy TLS',
    description:
      'Vault listeners, Consul agents (`tls_min_version`, and `tls { defaults { tls_min_version = "TLSv1_0" } }` since 1.12), Consul config entries (`TLSMinVersion`) and Nomad `tls` blocks accept `tls10`/`tls11`. The same key and values are used by Telegraf and the Grafana dskit servers (Loki, Mimir, Tempo: `tls_min_version: VersionTLS10`). `tls_max_version` below TLS 1.2 caps connections to legacy versions.',
    ecosystem: 'Go & Kubernetes',
    catalogue: ['F7'],
    docs: [
      'https://developer.hashicorp.com/vault/docs/configuration/listener/tcp#tls_min_version',
      'https://developer.hashicorp.com/consul/docs/agent/config/config-files#tls_defaults_tls_min_version',
      'https://developer.hashicorp.com/nomad/docs/configuration/tls#tls_min_version',
    ],
    files: { kinds: HASHICORP_KINDS },
    keywords: /tls_min_version|tls_max_version|TLSMinVersion|TLSMaxVersion/,
    fixable: true,
    safe: 'tls_min_version = "tls12"',
    limits: 'Values from variables or templates are unknown. The defaults (tls12 in current Vault, Consul and Nomad) are not reported.',
  },
  keys: /tls_(?:min|max)_version|TLS(?:Min|Max)Version/,
  where: notCommented,
  evaluate: minMax((key) => /max/i.test(key), undefined, true),
  instead: (ctx, s) => {
    const max = /max/i.test(s.key);
    const target: Version = max ? 'TLSv1.3' : ctx.floor;
    const token = settingTokens(s)[0]?.text.replace(/^[:'"`]+|['"`]+$/g, '') ?? 'tls12';
    const spelled = respell(token, target) ?? 'tls12';
    return `\`${s.key} = "${spelled}"\``;
  },
  examples: {
    valid: [
      { file: 'vault.hcl', code: 'listener "tcp" {\n  address         = "0.0.0.0:8200"\n  tls_min_version = "tls12"\n}' },
      {
        file: 'consul.hcl',
        code: 'tls {\n  defaults {\n    tls_min_version = "TLSv1_2"\n  }\n}',
        note: 'TLSv1 must not match inside TLSv1_2',
      },
      { file: 'nomad.hcl', code: 'tls {\n  http = true\n  # tls_min_version = "tls10"\n  tls_min_version = "tls13"\n}' },
      { file: 'vault.json', code: '{"listener": {"tcp": {"tls_min_version": "tls13", "tls_max_version": "tls13"}}}' },
      { file: 'telegraf.conf', code: '[[inputs.http]]\n  ## tls_min_version = "TLS11"\n  tls_min_version = "TLS12"\n' },
      { file: 'vault.hcl', code: 'listener "tcp" {\n  tls_min_version = "${tls_min_version}"\n}', note: 'templated' },
      { file: 'vault.hcl', code: 'listener "tcp" {\n  tls_max_version = "tls12"\n}', note: 'a maximum of TLS 1.2 is not legacy' },
    ],
    invalid: [
      {
        file: 'vault.hcl',
        code: 'listener "tcp" {\n  address = "0.0.0.0:8200"\n  tls_min_version = "tls10"\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        output: 'listener "tcp" {\n  address = "0.0.0.0:8200"\n  tls_min_version = "tls12"\n}',
      },
      {
        file: 'consul.hcl',
        code: 'tls {\n  defaults {\n    tls_min_version = "TLSv1_1"\n  }\n}',
        findings: ['3:5 TLSv1.1'],
        output: 'tls {\n  defaults {\n    tls_min_version = "TLSv1_2"\n  }\n}',
      },
      { file: 'consul.json', code: '{\n  "verify_incoming": true,\n  "tls_min_version": "tls11"\n}', findings: ['3:3 TLSv1.1'] },
      {
        file: 'group_vars/vault.yml',
        code: 'vault_listener:\n  options:\n    tls_min_version: tls10\n',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        note: 'Ansible variables',
      },
      {
        file: 'api-gateway.hcl',
        code: 'Kind = "api-gateway"\nListeners = [{\n  TLS = {\n    TLSMinVersion = "TLSv1_0"\n  }\n}]',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'charts/vault/values.yaml',
        code: 'server:\n  ha:\n    config: |\n      listener "tcp" {\n        tls_min_version = "tls11"\n      }\n',
        findings: ['5:9 TLSv1.1'],
        note: 'HCL inside a Helm value',
      },
      {
        file: 'vault.hcl',
        code: 'listener "tcp" {\n  tls_max_version = "tls11"\n}',
        findings: ['2:3 TLSv1.0 TLSv1.1'],
        output: 'listener "tcp" {\n  tls_max_version = "tls13"\n}',
      },
      { file: 'loki.yaml', code: 'server:\n  tls_min_version: VersionTLS10\n', findings: ['2:3 TLSv1.0 TLSv1.1'] },
    ],
  },
});
