import { asList } from '../../define.js';
import { lastNewline } from '../../source.js';
import { CONFIG_KINDS, configRule } from './shared.js';

export const nginxSslProtocols = configRule({
  meta: {
    id: 'nginx/ssl-protocols',
    title: 'nginx ssl_protocols enables legacy TLS',
    description:
      'The `ssl_protocols` directive (and `proxy_`, `grpc_`, `uwsgi_`, OpenResty `lua_` variants for upstream connections) lists the versions nginx accepts or offers. Listing SSLv3, TLSv1 or TLSv1.1 lets clients or upstreams negotiate them.',
    ecosystem: 'Web servers & proxies',
    catalogue: ['L1'],
    docs: ['https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_protocols'],
    files: { kinds: [...CONFIG_KINDS, 'env'], names: /nginx|\.conf$/ },
    keywords: /ssl_protocols/,
    fixable: true,
    safe: 'ssl_protocols TLSv1.2 TLSv1.3;',
    limits:
      'A server block without the directive uses the build default (TLSv1 TLSv1.1 TLSv1.2 before nginx 1.23.4); that depends on the nginx version and is not reported.',
  },
  keys: /(?:proxy_|grpc_|uwsgi_|lua_)?ssl_protocols|nginx_ssl_protocols|NGINX_SSL_PROTOCOLS/,
  // A directive ends at its `;`: `ssl_protocols TLSv1.2\n    TLSv1.1;` lists both.
  finder: { spaceSeparated: true, continued: 'semicolon' },
  // A directive: first on its line or after `{`, `;` or an opening quote (config that scripts write),
  // and separated from its value by white space only (`ssl_protocols = …` is Kong or Dovecot).
  // `nginx_ssl_protocols: …` (Ansible) and `NGINX_SSL_PROTOCOLS=…` (images that template nginx.conf) take any separator.
  where: (s, file) =>
    /^nginx_/i.test(s.key) ||
    (/(?:^|[{;"'])[ \t]*$/.test(file.code.slice(lastNewline(file.code, s.keyStart) + 1, s.keyStart)) &&
      /^[ \t]+[^=:\s]/.test(file.code.slice(s.keyStart + s.key.length, s.keyStart + s.key.length + 64))),
  evaluate: asList(),
  // `proxy_ssl_protocols …` is fixed as `proxy_ssl_protocols`, not as the server's `ssl_protocols`.
  instead: (ctx, s) => {
    const directive = /^(?:proxy_|grpc_|uwsgi_|lua_)?ssl_protocols$/.test(s.key) ? s.key : 'ssl_protocols';
    return `\`${directive} ${ctx.floor === 'TLSv1.3' ? 'TLSv1.3' : 'TLSv1.2 TLSv1.3'};\``;
  },
  examples: {
    valid: [
      {
        file: 'src/nginx_conf.py',
        code: 'KEY = "ssl_protocols"\nraise ValueError("ssl_protocols must list TLSv1.2 or later")',
        note: 'a string that names the directive is not configuration',
      },
      {
        file: 'nginx/site.conf',
        code: 'server {\n  ssl_protocols TLSv1.2\n                TLSv1.3;\n  listen 443 ssl;\n}',
        note: 'a directive continued on the next line, all modern',
      },
      { file: 'nginx.conf', code: 'ssl_protocols TLSv1.2 TLSv1.3;' },
      { file: 'conf.d/site.conf', code: '    ssl_protocols TLSv1.2;', note: 'TLSv1 must not match inside TLSv1.2' },
      { file: 'nginx.conf', code: '# ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\nssl_protocols TLSv1.3;', note: 'commented-out default' },
      { file: 'sites-available/default', code: 'server {\n  listen 443 ssl;\n  ssl_protocols TLSv1.2 TLSv1.3; # was TLSv1 TLSv1.1\n}' },
      { file: 'kong.conf', code: 'ssl_protocols = TLSv1.1 TLSv1.2', note: 'Kong syntax belongs to the Kong rule' },
      { file: 'roles/web/templates/nginx.conf.j2', code: 'ssl_protocols {{ nginx_ssl_protocols }};', note: 'templated value is unknown' },
      {
        file: 'docker-compose.yaml',
        code: 'environment:\n  NGINX_SSL_PROTOCOLS: ${NGINX_SSL_PROTOCOLS:-TLSv1.2 TLSv1.3}\n',
        note: 'safe compose default',
      },
      { file: 'roles/nginx/defaults/main.yml', code: 'nginx_ssl_protocols: "TLSv1.2 TLSv1.3"\n' },
      {
        file: 'setup.sh',
        code: "sed -i '/ssl_protocols TLSv1 TLSv1.1;/d' /etc/nginx/nginx.conf\n",
        note: 'a sed address is searched text: the line is deleted',
      },
    ],
    invalid: [
      {
        file: 'tests/parser_test.py',
        code: 'block = nginxparser.loads("""\n    server {\n        ssl_protocols TLSv1 TLSv1.1 TLSv1.2;\n    }""")',
        findings: ['3:9 TLSv1.0 TLSv1.1'],
        severity: 'note',
        note: 'configuration inside a string literal of code (a test: information)',
      },
      {
        file: 'nginx/site.conf',
        code: 'server {\n  ssl_protocols TLSv1.2\n                TLSv1.1;\n}',
        findings: ['3:17 TLSv1.1'],
        output: 'server {\n  ssl_protocols TLSv1.2;\n}',
        note: 'a directive runs to its `;`: the legacy version on the continued line counts, and is reported there',
      },
      {
        file: 'nginx.conf',
        code: 'ssl_protocols TLSv1 TLSv1.1 TLSv1.2;',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        output: 'ssl_protocols TLSv1.2;',
      },
      {
        file: 'conf.d/api.conf',
        code: 'server {\n    listen 443 ssl;\n    ssl_protocols SSLv3 TLSv1.2;\n}',
        findings: ['3:5 SSLv3'],
        output: 'server {\n    listen 443 ssl;\n    ssl_protocols TLSv1.2;\n}',
      },
      { file: 'nginx.conf', code: 'location / {\n  proxy_ssl_protocols TLSv1 TLSv1.2;\n}', findings: ['2:3 TLSv1.0'] },
      { file: 'snippets/ssl-params.conf', code: 'ssl_protocols TLSv1.1 TLSv1.2 TLSv1.3;', findings: ['1:1 TLSv1.1'] },
      { file: 'nginx.conf.j2', code: 'ssl_protocols TLSv1 TLSv1.2;', findings: ['1:1 TLSv1.0'] },
      {
        file: 'conf/nginx.conf.tpl',
        code: 'server {\n    listen              443 ssl;\n    ssl_protocols       TLSv1 TLSv1.1 TLSv1.2;\n}\n',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        output: 'server {\n    listen              443 ssl;\n    ssl_protocols       TLSv1.2;\n}\n',
        note: 'value aligned with many spaces (nginx documentation style)',
      },
      {
        file: 'nginx.conf',
        code: 'mail {\n  ssl_protocols TLSv1.2 TLSv1.3;\n}\n',
        floor: 'TLSv1.3',
        findings: ['2:3 TLSv1.2'],
        output: 'mail {\n  ssl_protocols TLSv1.3;\n}\n',
      },
      {
        file: 'Dockerfile',
        code: 'RUN echo "ssl_protocols TLSv1 TLSv1.1 TLSv1.2;" > /etc/nginx/conf.d/ssl.conf',
        findings: ['1:11 TLSv1.0 TLSv1.1'],
        note: 'configuration written by a Dockerfile',
      },
      {
        file: 'docker/docker-compose.yaml',
        code: 'services:\n  nginx:\n    environment:\n      NGINX_SSL_PROTOCOLS: ${NGINX_SSL_PROTOCOLS:-TLSv1.1 TLSv1.2 TLSv1.3}\n',
        findings: ['4:7 TLSv1.1'],
        note: 'compose default of a variable that an nginx template reads',
      },
      {
        file: '.env.example',
        code: 'NGINX_SSL_PROTOCOLS=TLSv1.1 TLSv1.2 TLSv1.3\n',
        findings: ['1:1 TLSv1.1'],
        output: 'NGINX_SSL_PROTOCOLS=TLSv1.2 TLSv1.3\n',
        severity: 'note',
        note: 'read as the env file it is a copy of, and judged as an example',
      },
      {
        file: 'roles/nginx/defaults/main.yml',
        code: 'nginx_ssl_protocols: "TLSv1 TLSv1.1 TLSv1.2"\n',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        note: 'Ansible role variable',
      },
      {
        file: 'setup.sh',
        code: "#!/bin/sh\nsed -i 's|^\\s*ssl_protocols .*|    ssl_protocols TLSv1 TLSv1.2;|' /etc/nginx/nginx.conf\n",
        findings: ['2:36 TLSv1.0'],
        output: "#!/bin/sh\nsed -i 's|^\\s*ssl_protocols .*|    ssl_protocols TLSv1.2;|' /etc/nginx/nginx.conf\n",
        note: 'a sed replacement is read as a directive',
      },
      {
        file: 'nginx.conf',
        code: 'location /api/ {\n  proxy_pass https://backend;\n  proxy_ssl_protocols TLSv1.1 TLSv1.2;\n}\n',
        findings: ['3:3 TLSv1.1'],
        output: 'location /api/ {\n  proxy_pass https://backend;\n  proxy_ssl_protocols TLSv1.2;\n}\n',
        note: 'upstream protocols; the message suggests proxy_ssl_protocols',
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// L2 ingress-nginx
// ---------------------------------------------------------------------------------------------

export const ingressNginxSslProtocols = configRule({
  meta: {
    id: 'ingress-nginx/ssl-protocols',
    title: 'ingress-nginx ssl-protocols enables legacy TLS',
    description:
      'The ingress-nginx ConfigMap key `ssl-protocols` (Helm `controller.config.ssl-protocols`) and the `nginx.ingress.kubernetes.io/proxy-ssl-protocols` annotation are passed to nginx `ssl_protocols` / `proxy_ssl_protocols`; listing TLSv1 or TLSv1.1 enables them for clients or upstreams.',
    ecosystem: 'Web servers & proxies',
    catalogue: ['L2'],
    docs: [
      'https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/configmap/#ssl-protocols',
      'https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/annotations/#backend-certificate-authentication',
    ],
    files: { kinds: ['yaml', 'json', 'shell', 'hcl', 'dockerfile'] },
    keywords: /ssl-protocols/,
    fixable: true,
    safe: 'ssl-protocols: "TLSv1.2 TLSv1.3"',
    limits: 'Values set from Helm templates or variables (`{{ .Values.sslProtocols }}`) are unknown and not reported.',
  },
  keys: /(?:nginx\.ingress\.kubernetes\.io\/proxy-|controller\.config\.(?:proxy-)?|proxy-)?ssl-protocols/,
  named: /controller\.config\.(?:proxy-)?ssl-protocols/,
  finder: { spaceSeparated: false },
  evaluate: asList(),
  instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`ssl-protocols: "TLSv1.3"`' : '`ssl-protocols: "TLSv1.2 TLSv1.3"`'),
  examples: {
    valid: [
      {
        file: 'deploy/values.yaml',
        code: 'controller:\n  config:\n    ssl-protocols: |\n      TLSv1.2 TLSv1.3\n    legacy-note: TLSv1',
        note: 'the block scalar ends where the indentation does: the next key is not part of it',
      },
      { file: 'k8s/ingress-nginx-configmap.yaml', code: 'kind: ConfigMap\ndata:\n  ssl-protocols: "TLSv1.2 TLSv1.3"\n' },
      {
        file: 'values.yaml',
        code: 'controller:\n  config:\n    # ssl-protocols: "TLSv1 TLSv1.1 TLSv1.2"\n    ssl-protocols: "TLSv1.2"\n',
        note: 'commented-out legacy value; TLSv1 inside TLSv1.2',
      },
      {
        file: 'templates/configmap.yaml',
        code: 'data:\n  ssl-protocols: {{ .Values.sslProtocols | quote }}\n',
        note: 'templated value is unknown',
      },
      { file: 'ingress.yaml', code: 'metadata:\n  annotations:\n    nginx.ingress.kubernetes.io/proxy-ssl-protocols: "TLSv1.2 TLSv1.3"\n' },
    ],
    invalid: [
      {
        file: 'deploy/values.yaml',
        code: 'controller:\n  config:\n    ssl-protocols: >-\n      TLSv1.1 TLSv1.2\n    use-http2: "true"',
        findings: ['4:7 TLSv1.1'],
        note: 'a YAML block scalar: the value is the indented lines under the key, reported where the version is',
      },
      {
        file: 'k8s/ingress-nginx-configmap.yaml',
        code: 'apiVersion: v1\nkind: ConfigMap\ndata:\n  ssl-protocols: "TLSv1 TLSv1.1 TLSv1.2"\n',
        findings: ['4:3 TLSv1.0 TLSv1.1'],
        output: 'apiVersion: v1\nkind: ConfigMap\ndata:\n  ssl-protocols: "TLSv1.2"\n',
      },
      {
        file: 'ingress.yaml',
        code: 'metadata:\n  annotations:\n    nginx.ingress.kubernetes.io/proxy-ssl-protocols: "TLSv1.1 TLSv1.2"\n',
        findings: ['3:5 TLSv1.1'],
      },
      {
        file: 'helm/values.yaml',
        code: 'controller:\n  config:\n    use-http2: "true"\n    ssl-protocols: TLSv1 TLSv1.2\n',
        findings: ['4:5 TLSv1.0'],
      },
      {
        file: 'deploy.sh',
        code: 'helm upgrade --install ingress ingress-nginx/ingress-nginx \\\n  --set controller.config.ssl-protocols="TLSv1 TLSv1.1 TLSv1.2 TLSv1.3"\n',
        findings: ['2:9 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'ingress.tf',
        code: 'set {\n  name  = "controller.config.ssl-protocols"\n  value = "TLSv1.1 TLSv1.2"\n}\n',
        findings: ['3:3 TLSv1.1'],
        note: 'Terraform helm_release set block: reported on the value line',
      },
    ],
  },
});
