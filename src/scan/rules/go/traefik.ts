import { versionIndex } from '../../../versions.js';
import { settingRule } from '../../define.js';
import { minMax, notCommented } from './shared.js';

// ---------------------------------------------------------------------------------------------
// F9: Traefik TLS options

export const traefikTlsVersion = settingRule({
  meta: {
    id: 'go/traefik-tls-version',
    title: 'Traefik TLS option minVersion allows legacy TLS',
    description:
      'Traefik v2/v3 TLS options (`[tls.options.<name>] minVersion`, YAML `tls.options.<name>.minVersion`, the `TLSOption` CRD `spec.minVersion`, KV and label keys) and Traefik v1 `[entryPoints.<name>.tls] MinVersion` take Go constant names; `VersionTLS10`/`VersionTLS11` let clients negotiate legacy TLS, and `maxVersion` below `VersionTLS12` caps them to it.',
    ecosystem: 'Go & Kubernetes',
    catalogue: ['F9'],
    docs: [
      'https://doc.traefik.io/traefik/https/tls/#minimum-tls-version',
      'https://doc.traefik.io/traefik/routing/providers/kubernetes-crd/#kind-tlsoption',
    ],
    files: { kinds: ['toml', 'yaml', 'json', 'conf', 'shell', 'dockerfile', 'env', 'other'] },
    keywords: /minVersion|maxVersion/,
    fixable: true,
    safe: 'minVersion = "VersionTLS12"',
    limits: 'Without TLS options Traefik uses the Go default (TLS 1.2); not reported.',
  },
  keys: /(?:[\w-]+[./]){0,6}(?:min|max)version/i,
  where: notCommented,
  evaluate: (s, ctx, file) => {
    const e = minMax(
      (key) => /maxversion$/i.test(key),
      (t) => /^Version(?:TLS1[0-3]|SSL30)$/.test(t),
    )(s, ctx, file);
    if (!e) return undefined;
    // Written the way the file writes it: TOML/Nix `key = "value"`, labels `key=value`, YAML `key: value`.
    const max = /maxversion$/i.test(s.key);
    const value = max ? 'VersionTLS13' : `VersionTLS1${versionIndex(ctx.floor) - 2}`;
    const sep = file.code.slice(s.keyStart + s.key.length, s.valueStart);
    const written = !sep.includes('=') ? `${s.key}: ${value}` : s.form === 'quoted' ? `${s.key} = "${value}"` : `${s.key}=${value}`;
    return { ...e, instead: max ? `\`${written}\` (or no maxVersion)` : `\`${written}\`` };
  },
  instead: (ctx) => `\`minVersion: VersionTLS1${versionIndex(ctx.floor) - 2}\``,
  examples: {
    valid: [
      {
        file: 'dynamic/tls.toml',
        code: '[tls.options]\n  [tls.options.default]\n    minVersion = "VersionTLS12"\n  [tls.options.modern]\n    minVersion = "VersionTLS13"\n',
      },
      { file: 'dynamic.yml', code: 'tls:\n  options:\n    default:\n      minVersion: VersionTLS12\n      maxVersion: VersionTLS13\n' },
      { file: 'traefik.nix', code: 'tls.options.default = {\n  # minVersion = "VersionTLS10";\n  sniStrict = true;\n};' },
      { file: 'values.yaml', code: 'global:\n  minVersion: "1.0.0"\n', note: 'not a TLS version' },
      {
        file: 'k8s/tlsoption.yaml',
        code: 'apiVersion: traefik.io/v1alpha1\nkind: TLSOption\nmetadata:\n  name: default\nspec:\n  minVersion: VersionTLS12\n',
      },
      {
        file: 'dynamic.yml',
        code: 'tls:\n  options:\n    pinned:\n      minVersion: VersionTLS12\n      maxVersion: VersionTLS12\n',
        note: 'a cap at TLS 1.2',
      },
    ],
    invalid: [
      {
        file: 'traefik.toml',
        code: '[tls.options]\n  [tls.options.default]\n    minVersion = "VersionTLS10"\n    cipherSuites = [\n      "TLS_RSA_WITH_AES_128_CBC_SHA",\n    ]\n',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        output:
          '[tls.options]\n  [tls.options.default]\n    minVersion = "VersionTLS12"\n    cipherSuites = [\n      "TLS_RSA_WITH_AES_128_CBC_SHA",\n    ]\n',
      },
      {
        file: 'k8s/tlsoption.yaml',
        code: 'kind: TLSOption\nmetadata:\n  name: legacy\nspec:\n  minVersion: VersionTLS11\n',
        findings: ['5:3 TLSv1.1'],
      },
      {
        file: 'traefik.toml',
        code: '[entryPoints.https.tls]\n  MinVersion = "VersionTLS11"\n',
        findings: ['2:3 TLSv1.1'],
        note: 'Traefik v1',
      },
      {
        file: 'docker-compose.yml',
        code: 'labels:\n  - "traefik.tls.options.legacy.minversion=VersionTLS10"\n',
        findings: ['2:6 TLSv1.0 TLSv1.1'],
        note: 'label key',
      },
      {
        file: 'dynamic.yml',
        code: 'tls:\n  options:\n    old:\n      maxVersion: VersionTLS11\n',
        findings: ['4:7 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'flake/traefik.nix',
        code: 'dynamicConfigOptions.tls.options.default = {\n  minVersion = "VersionTLS11";\n};',
        findings: ['2:3 TLSv1.1'],
        note: 'NixOS module',
      },
    ],
  },
});
