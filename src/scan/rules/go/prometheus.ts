import { versionIndex } from '../../../versions.js';
import { settingRule } from '../../define.js';
import { minMax } from './shared.js';

// ---------------------------------------------------------------------------------------------
// F8: Prometheus / Alertmanager / exporter-toolkit web.yml (and scrape tls_config)

export const prometheusTlsVersion = settingRule({
  meta: {
    id: 'go/prometheus-tls-version',
    title: 'Prometheus web.yml min_version allows legacy TLS',
    description:
      'Prometheus, Alertmanager and every exporter built on exporter-toolkit read `tls_server_config.min_version` (`TLS10`, `TLS11`, `TLS12`, `TLS13`) from their web configuration file; scrape and remote-write `tls_config` blocks take the same `min_version` / `max_version`.',
    ecosystem: 'Go & Kubernetes',
    catalogue: ['F8'],
    docs: [
      'https://prometheus.io/docs/prometheus/latest/configuration/https/',
      'https://prometheus.io/docs/prometheus/latest/configuration/configuration/#tls_config',
    ],
    files: { kinds: ['yaml'] },
    keywords: /min_version|max_version/,
    fixable: true,
    safe: 'min_version: TLS12',
    limits:
      'Only the exporter-toolkit spelling (`TLS10`…`TLS13`, upper case) is read, so that scanners such as nuclei templates (`min_version: tls10`, which probe for legacy servers) stay quiet.',
  },
  keys: /min_version|max_version/,
  evaluate: (s, ctx, file) => {
    const e = minMax(
      (key) => key === 'max_version',
      (t) => /^TLS1[0-3]$/.test(t),
    )(s, ctx, file);
    // blackbox_exporter modules pin versions to probe what a target accepts: a diagnostic, not a deployment.
    if (e && file.matches(/^[ \t]*prober:/m)) return { ...e, severity: 'note', why: 'a blackbox_exporter probe module' };
    return e;
  },
  instead: (ctx, s) =>
    s.key === 'max_version' ? '`max_version: TLS13` (or no max_version)' : `\`min_version: TLS1${versionIndex(ctx.floor) - 2}\``,
  examples: {
    valid: [
      {
        file: 'web-config.yml',
        code: 'tls_server_config:\n  cert_file: /etc/prometheus/tls.crt\n  key_file: /etc/prometheus/tls.key\n  min_version: TLS12\n',
      },
      { file: 'prometheus.yml', code: 'scrape_configs:\n  - job_name: node\n    tls_config:\n      min_version: TLS13\n' },
      {
        file: 'nuclei/ssl/tls11-detect.yaml',
        code: 'ssl:\n  - address: "{{Host}}:{{Port}}"\n    min_version: tls11\n    max_version: tls11\n',
        note: 'a scanner probing for TLS 1.1, not a server',
      },
      { file: 'web.yml', code: 'tls_server_config:\n  # min_version: TLS10\n  min_version: TLS13\n' },
      { file: 'renovate.yaml', code: 'packageRules:\n  - min_version: 1.0.0\n' },
      { file: 'web.yml', code: 'tls_server_config:\n  min_version: TLS12\n  max_version: TLS12\n', note: 'a cap at TLS 1.2' },
    ],
    invalid: [
      {
        file: 'web.yml',
        code: 'tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n  min_version: TLS10\n',
        findings: ['4:3 TLSv1.0 TLSv1.1'],
        output: 'tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n  min_version: TLS12\n',
      },
      { file: 'alertmanager/web-config.yaml', code: 'tls_server_config:\n  min_version: "TLS11"\n', findings: ['2:3 TLSv1.1'] },
      {
        file: 'prometheus.yml',
        code: 'scrape_configs:\n  - job_name: legacy-device\n    scheme: https\n    tls_config:\n      min_version: TLS10\n      max_version: TLS11\n',
        findings: ['5:7 TLSv1.0 TLSv1.1', '6:7 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'blackbox.yml',
        code: 'modules:\n  diagnostic_tls10:\n    prober: http\n    http:\n      tls_config:\n        min_version: TLS10\n        max_version: TLS10\n',
        findings: ['6:9 TLSv1.0 TLSv1.1', '7:9 TLSv1.0'],
        severity: 'note',
        note: 'a probe module that checks whether a target accepts TLS 1.0',
      },
      {
        file: 'config/testdata/conf.good.yml',
        code: 'scrape_configs:\n  - job_name: x\n    tls_config:\n      min_version: TLS10\n',
        findings: ['4:7 TLSv1.0 TLSv1.1'],
        severity: 'note',
        note: 'parser test data',
      },
      {
        file: 'web.yml',
        code: 'tls_server_config:\n  min_version: TLS12\n',
        floor: 'TLSv1.3',
        findings: ['2:3 TLSv1.2'],
        output: 'tls_server_config:\n  min_version: TLS13\n',
      },
    ],
  },
});
