import { range } from '../../../versions.js';
import { asList } from '../../define.js';
import { configRule, minOrMax } from './shared.js';

// ---------------------------------------------------------------------------------------------
// L5 Envoy, L6 Istio, L7 Contour / Gloo / Emissary / Kong
// ---------------------------------------------------------------------------------------------

const MESH_KINDS = ['yaml', 'json', 'conf', 'other', 'shell', 'hcl'] as const;

export const envoyTlsParams = configRule({
  meta: {
    id: 'envoy/tls-protocol-version',
    title: 'Envoy tls_params allow legacy TLS',
    description:
      '`common_tls_context.tls_params.tls_minimum_protocol_version` / `tls_maximum_protocol_version` bound the versions an Envoy listener or cluster negotiates. `TLSv1_0` / `TLSv1_1` as the minimum, or a maximum of `TLSv1_1`, enable legacy TLS; `TLS_AUTO` as the minimum is TLSv1_0 for servers in Envoy 1.21 and earlier (reported as a warning).',
    ecosystem: 'Web servers & proxies',
    catalogue: ['L5'],
    docs: [
      'https://www.envoyproxy.io/docs/envoy/latest/api-v3/extensions/transport_sockets/tls/v3/common.proto#extensions-transport-sockets-tls-v3-tlsparameters',
    ],
    files: { kinds: MESH_KINDS },
    keywords: /tls_minimum_protocol_version|tls_maximum_protocol_version|tlsMinimumProtocolVersion|tlsMaximumProtocolVersion/,
    fixable: true,
    safe: 'tls_minimum_protocol_version: TLSv1_2',
    limits: 'A missing `tls_params` uses the Envoy default (TLSv1_2 for clients; for servers TLSv1_0 in 1.21 and earlier); not reported.',
  },
  keys: /tls_minimum_protocol_version|tls_maximum_protocol_version|tlsMinimumProtocolVersion|tlsMaximumProtocolVersion/,
  finder: { spaceSeparated: false },
  evaluate: minOrMax({
    special: { TLS_AUTO: range('TLSv1.0') },
    specialSeverity: 'warning',
    specialWhy: 'as a minimum, `TLS_AUTO` is TLSv1_0 for servers in Envoy 1.21 and earlier',
  }),
  instead: (ctx, s) =>
    /max/i.test(s.key)
      ? '`tls_maximum_protocol_version: TLSv1_3`'
      : `\`tls_minimum_protocol_version: ${ctx.floor === 'TLSv1.3' ? 'TLSv1_3' : 'TLSv1_2'}\``,
  examples: {
    valid: [
      {
        file: 'envoy.yaml',
        code: 'tls_params:\n  tls_minimum_protocol_version: TLSv1_2\n  tls_maximum_protocol_version: TLSv1_3\n',
        note: 'TLSv1_2 must not match as TLSv1',
      },
      { file: 'envoy.json', code: '{"tlsParams": {"tlsMinimumProtocolVersion": "TLSv1_3"}}' },
      {
        file: 'envoy.yaml',
        code: 'tls_params:\n  # tls_minimum_protocol_version: TLSv1_0\n  tls_maximum_protocol_version: TLS_AUTO\n',
        note: 'commented; TLS_AUTO maximum',
      },
      { file: 'envoy.yaml', code: 'tls_params:\n  tls_minimum_protocol_version: {{ .Values.minTls }}\n', note: 'templated' },
    ],
    invalid: [
      {
        file: 'envoy.yaml',
        code: 'common_tls_context:\n  tls_params:\n    tls_minimum_protocol_version: TLSv1_0\n',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        output: 'common_tls_context:\n  tls_params:\n    tls_minimum_protocol_version: TLSv1_2\n',
      },
      {
        file: 'bootstrap.json',
        code: '{\n  "tls_params": {\n    "tls_minimum_protocol_version": "TLSv1_1"\n  }\n}',
        findings: ['3:5 TLSv1.1'],
      },
      {
        file: 'envoy.yaml',
        code: 'tls_params:\n  tls_minimum_protocol_version: TLSv1_2\n  tls_maximum_protocol_version: TLSv1_1\n',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        note: 'the cap leaves only legacy versions',
      },
      {
        file: 'envoy.yaml',
        code: 'tls_params:\n  tls_minimum_protocol_version: TLS_AUTO\n',
        findings: ['2:3 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
    ],
  },
});

export const istioProtocolVersion = configRule({
  meta: {
    id: 'istio/protocol-version',
    title: 'Istio TLS options allow legacy TLS',
    description:
      'Gateway / DestinationRule `tls.minProtocolVersion` and `maxProtocolVersion` (and `meshConfig.meshMTLS`) take `TLSV1_0`, `TLSV1_1`, `TLSV1_2`, `TLSV1_3` or `TLS_AUTO`. A minimum of TLSV1_0/TLSV1_1 or a maximum of TLSV1_1 enables legacy TLS.',
    ecosystem: 'Web servers & proxies',
    catalogue: ['L6'],
    docs: ['https://istio.io/latest/docs/reference/config/networking/gateway/#ServerTLSSettings-TLSProtocol'],
    files: { kinds: ['yaml', 'json', 'shell'] },
    keywords: /minProtocolVersion|maxProtocolVersion/,
    fixable: true,
    safe: 'minProtocolVersion: TLSV1_2',
    limits: '`TLS_AUTO` is treated as the current Istio default (TLSV1_2) and not reported.',
  },
  keys: /minProtocolVersion|maxProtocolVersion/,
  finder: { spaceSeparated: false },
  // Istio's enum is upper-case `TLSV1_0`; Azure Application Gateway's `minProtocolVersion: TLSv1_0` belongs to the Azure rules.
  where: (s) => /^\s*["']?TLSV1_[0-3]\b/.test(s.value),
  evaluate: minOrMax(),
  instead: (ctx, s) =>
    /max/i.test(s.key) ? '`maxProtocolVersion: TLSV1_3`' : `\`minProtocolVersion: ${ctx.floor === 'TLSv1.3' ? 'TLSV1_3' : 'TLSV1_2'}\``,
  examples: {
    valid: [
      { file: 'gateway.yaml', code: 'tls:\n  mode: SIMPLE\n  minProtocolVersion: TLSV1_2\n' },
      { file: 'gateway.yaml', code: 'tls:\n  mode: SIMPLE\n  minProtocolVersion: TLS_AUTO\n', note: 'TLS_AUTO is the Istio default' },
      { file: 'istio-operator.yaml', code: 'meshConfig:\n  meshMTLS:\n    minProtocolVersion: TLSV1_3\n' },
      { file: 'gateway.yaml', code: 'tls:\n  # minProtocolVersion: TLSV1_0\n  maxProtocolVersion: TLSV1_3\n' },
      {
        file: 'azuredeploy.json',
        code: '{"sslPolicy": {"policyType": "Custom", "minProtocolVersion": "TLSv1_0"}}',
        note: 'Azure Application Gateway spelling: left to the Azure rules',
      },
    ],
    invalid: [
      {
        file: 'gateway.yaml',
        code: 'spec:\n  servers:\n  - tls:\n      mode: SIMPLE\n      minProtocolVersion: TLSV1_0\n',
        findings: ['5:7 TLSv1.0 TLSv1.1'],
        output: 'spec:\n  servers:\n  - tls:\n      mode: SIMPLE\n      minProtocolVersion: TLSV1_2\n',
      },
      { file: 'gateway.yaml', code: 'tls:\n  minProtocolVersion: TLSV1_1\n', findings: ['2:3 TLSv1.1'] },
      {
        file: 'destination-rule.yaml',
        code: 'tls:\n  mode: SIMPLE\n  maxProtocolVersion: TLSV1_1\n',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'gateway.json',
        code: '{"tls": {"mode": "SIMPLE", "minProtocolVersion": "TLSV1_2"}}',
        floor: 'TLSv1.3',
        findings: ['1:28 TLSv1.2'],
        output: '{"tls": {"mode": "SIMPLE", "minProtocolVersion": "TLSV1_3"}}',
      },
    ],
  },
});

export const contourGlooMinimumVersion = configRule({
  meta: {
    id: 'contour/minimum-protocol-version',
    title: 'Contour / Gloo minimum protocol version allows legacy TLS',
    description:
      'Contour (`tls.minimum-protocol-version` in its config file, `minimumProtocolVersion` in ContourConfiguration and HTTPProxy) and Gloo Edge (`sslParameters.minimumProtocolVersion` / `maximumProtocolVersion`) set the Envoy TLS bounds. `"1.1"` or `TLSv1_0` enables legacy TLS.',
    ecosystem: 'Web servers & proxies',
    catalogue: ['L7'],
    docs: [
      'https://projectcontour.io/docs/main/configuration/#tls-configuration',
      'https://docs.solo.io/gloo-edge/latest/reference/api/github.com/solo-io/gloo/projects/gloo/api/v1/ssl/ssl.proto.sk/#sslparameters',
    ],
    files: { kinds: ['yaml', 'json', 'shell'] },
    keywords: /minimum-protocol-version|maximum-protocol-version|minimumProtocolVersion|maximumProtocolVersion/,
    fixable: true,
    safe: 'minimum-protocol-version: "1.2"',
  },
  keys: /minimum-protocol-version|minimumProtocolVersion|maximum-protocol-version|maximumProtocolVersion/,
  finder: { spaceSeparated: false },
  evaluate: minOrMax({ bareNumbers: true }),
  instead: (ctx) => `\`minimumProtocolVersion: "${ctx.floor === 'TLSv1.3' ? '1.3' : '1.2'}"\` (Gloo: \`TLSv1_2\`)`,
  examples: {
    valid: [
      { file: 'contour.yaml', code: 'tls:\n  minimum-protocol-version: "1.2"\n' },
      { file: 'httpproxy.yaml', code: 'spec:\n  virtualhost:\n    tls:\n      minimumProtocolVersion: "1.3"\n' },
      {
        file: 'gloo-vs.yaml',
        code: 'sslConfig:\n  parameters:\n    minimumProtocolVersion: TLSv1_2\n',
        note: 'Gloo enum, TLSv1_2 not TLSv1',
      },
      { file: 'contour.yaml', code: 'tls:\n  # minimum-protocol-version: "1.1"\n  cipher-suites: []\n' },
      {
        file: 'cloudfront.yaml',
        code: 'ViewerCertificate:\n  MinimumProtocolVersion: TLSv1\n',
        note: 'CloudFront (capital M) belongs to the AWS rules',
      },
      { file: 'deploy.sh', code: 'cdn modify --minimum-protocol-version TLSv1.2_2021\n', note: 'a CloudFront policy name, not Contour' },
    ],
    invalid: [
      {
        file: 'contour.yaml',
        code: 'tls:\n  minimum-protocol-version: "1.1"\n',
        findings: ['2:3 TLSv1.1'],
        output: 'tls:\n  minimum-protocol-version: "1.2"\n',
      },
      {
        file: 'httpproxy.yaml',
        code: 'spec:\n  virtualhost:\n    fqdn: legacy.example.com\n    tls:\n      secretName: cert\n      minimumProtocolVersion: "1.0"\n',
        findings: ['6:7 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'gloo-vs.yaml',
        code: 'sslConfig:\n  parameters:\n    minimumProtocolVersion: TLSv1_0\n',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        output: 'sslConfig:\n  parameters:\n    minimumProtocolVersion: TLSv1_2\n',
      },
      {
        file: 'gloo-vs.yaml',
        code: 'sslConfig:\n  parameters:\n    maximumProtocolVersion: TLSv1_1\n',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'ingress.yaml',
        code: 'metadata:\n  annotations:\n    projectcontour.io/tls-minimum-protocol-version: "1.1"\n',
        findings: ['3:27 TLSv1.1'],
        note: 'Contour Ingress annotation',
      },
    ],
  },
});

export const emissaryTlsVersion = configRule({
  meta: {
    id: 'emissary/tls-version',
    title: 'Emissary-ingress / Ambassador TLS version allows legacy TLS',
    description:
      'The `TLSContext` and `Host.tlsContext` fields `min_tls_version` / `max_tls_version` take `v1.0`–`v1.3`; `v1.0` or `v1.1` as minimum, or a `v1.1` maximum, enables legacy TLS.',
    ecosystem: 'Web servers & proxies',
    catalogue: ['L7'],
    docs: ['https://www.getambassador.io/docs/emissary/latest/topics/running/tls#tls-version-control'],
    files: { kinds: ['yaml', 'json'] },
    keywords: /min_tls_version|max_tls_version/,
    fixable: true,
    safe: 'min_tls_version: v1.2',
    limits:
      'Only the `v1.x` spelling is read here; bare numbers and other spellings of `min_tls_version` belong to cloud providers and are left to their rules.',
  },
  keys: /min_tls_version|max_tls_version/,
  finder: { spaceSeparated: false },
  where: (s) => /^v1\.[0-3]\b/i.test(s.value.trim()),
  evaluate: minOrMax({ bareNumbers: true }),
  instead: (ctx, s) => (/max/.test(s.key) ? '`max_tls_version: v1.3`' : `\`min_tls_version: v${ctx.floor === 'TLSv1.3' ? '1.3' : '1.2'}\``),
  examples: {
    valid: [
      { file: 'tlscontext.yaml', code: 'kind: TLSContext\nspec:\n  min_tls_version: v1.2\n  max_tls_version: v1.3\n' },
      { file: 'tlscontext.yaml', code: 'spec:\n  # min_tls_version: v1.0\n  min_tls_version: v1.3\n' },
      { file: 'main.yaml', code: 'min_tls_version: "1.0"\n', note: 'not the Emissary spelling (cloud rules own this key)' },
    ],
    invalid: [
      {
        file: 'tlscontext.yaml',
        code: 'kind: TLSContext\nspec:\n  hosts: ["*"]\n  min_tls_version: v1.0\n',
        findings: ['4:3 TLSv1.0 TLSv1.1'],
        output: 'kind: TLSContext\nspec:\n  hosts: ["*"]\n  min_tls_version: v1.2\n',
      },
      { file: 'host.yaml', code: 'spec:\n  tlsContext:\n    min_tls_version: v1.1\n', findings: ['3:5 TLSv1.1'] },
      { file: 'tlscontext.yaml', code: 'spec:\n  max_tls_version: v1.1\n', findings: ['2:3 TLSv1.0 TLSv1.1'] },
    ],
  },
});

export const kongSslProtocols = configRule({
  meta: {
    id: 'kong/ssl-protocols',
    title: 'Kong ssl_protocols enables legacy TLS',
    description:
      "Kong's `ssl_protocols` (kong.conf), `KONG_SSL_PROTOCOLS` (environment) and `nginx_*_ssl_protocols` injections become nginx `ssl_protocols`; listing TLSv1 or TLSv1.1 enables them.",
    ecosystem: 'Web servers & proxies',
    catalogue: ['L7'],
    docs: ['https://docs.konghq.com/gateway/latest/reference/configuration/#ssl_protocols'],
    files: { kinds: ['yaml', 'json', 'shell', 'dockerfile', 'env', 'hcl'], names: /kong/ },
    keywords: /ssl_protocols/,
    fixable: true,
    safe: 'ssl_protocols = TLSv1.2 TLSv1.3',
  },
  keys: /KONG_(?:LUA_)?SSL_PROTOCOLS|KONG_NGINX_(?:HTTP|STREAM|PROXY|ADMIN)_SSL_PROTOCOLS|(?:nginx_(?:http|stream|proxy|admin)_|lua_)?ssl_protocols/i,
  named: /KONG_(?:LUA_)?SSL_PROTOCOLS|KONG_NGINX_(?:HTTP|STREAM|PROXY|ADMIN)_SSL_PROTOCOLS/,
  finder: { spaceSeparated: false },
  // Plain `ssl_protocols =` only in Kong files; the KONG_ variables anywhere.
  where: (s, file) => /^kong_/i.test(s.key) || /kong/.test(file.name),
  evaluate: asList(),
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`ssl_protocols = TLSv1.3`' : '`ssl_protocols = TLSv1.2 TLSv1.3`'),
  examples: {
    valid: [
      { file: 'kong.conf', code: 'ssl_protocols = TLSv1.2 TLSv1.3\n' },
      { file: 'kong.conf', code: '#ssl_protocols = TLSv1.1 TLSv1.2 TLSv1.3\n', note: 'commented default' },
      { file: 'docker-compose.yml', code: 'environment:\n  KONG_SSL_PROTOCOLS: "TLSv1.2"\n' },
      { file: 'dovecot.yml', code: 'ssl_protocols: "!SSLv2 !SSLv3"\n', note: 'not a Kong file' },
    ],
    invalid: [
      {
        file: 'kong.conf',
        code: 'ssl_protocols = TLSv1.1 TLSv1.2 TLSv1.3\n',
        findings: ['1:1 TLSv1.1'],
        output: 'ssl_protocols = TLSv1.2 TLSv1.3\n',
      },
      {
        file: 'docker-compose.yml',
        code: 'services:\n  kong:\n    environment:\n      KONG_SSL_PROTOCOLS: "TLSv1 TLSv1.1 TLSv1.2"\n',
        findings: ['4:7 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'k8s/kong-deployment.yaml',
        code: 'env:\n- name: KONG_SSL_PROTOCOLS\n  value: "TLSv1.1 TLSv1.2 TLSv1.3"\n',
        findings: ['3:3 TLSv1.1'],
      },
      { file: 'Dockerfile', code: 'ENV KONG_NGINX_PROXY_SSL_PROTOCOLS="TLSv1 TLSv1.2"\n', findings: ['1:5 TLSv1.0'] },
      {
        file: 'docker-compose.yml',
        code: 'services:\n  gateway:\n    environment:\n      - KONG_LUA_SSL_PROTOCOLS=TLSv1.1 TLSv1.2\n',
        findings: ['4:9 TLSv1.1'],
        note: 'list-style environment entry',
      },
    ],
  },
});
