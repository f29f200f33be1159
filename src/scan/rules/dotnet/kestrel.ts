import { asList, settingRule, settingTokens } from '../../define.js';
import { LEGACY_SSL3_TLS, MEMBERS } from './shared.js';

// ---------------------------------------------------------------------------------------------
// A8: Kestrel / YARP configuration (appsettings.json, environment variables)
// ---------------------------------------------------------------------------------------------

export const kestrelConfigSslProtocols = settingRule({
  meta: {
    id: 'dotnet/kestrel-config-ssl-protocols',
    title: 'Kestrel or YARP configuration enables legacy TLS',
    description:
      '`Kestrel:EndpointDefaults:SslProtocols`, `Kestrel:Endpoints:<name>:SslProtocols` (and `Sni` entries) and YARP `HttpClient:SslProtocols` take a list of `SslProtocols` names. `Tls`, `Tls11`, `Ssl3` and `Default` (= `Ssl3 | Tls`) enable legacy versions.',
    ecosystem: '.NET',
    catalogue: ['A8'],
    docs: [
      'https://learn.microsoft.com/aspnet/core/fundamentals/servers/kestrel/endpoints#configure-https-in-appsettingsjson',
      'https://learn.microsoft.com/aspnet/core/fundamentals/servers/yarp/http-client-config',
    ],
    files: { kinds: ['json', 'env', 'yaml', 'dockerfile', 'shell'] },
    keywords: /SslProtocols/,
    fixable: true,
    safe: '"SslProtocols": ["Tls12", "Tls13"]',
    limits:
      'Kubernetes `env:` entries written as `name:`/`value:` pairs and command-line `--Kestrel:EndpointDefaults:SslProtocols:0=Tls11` arguments are not read.',
  },
  // PascalCase only: lower-case `sslProtocols` lists (CloudFront origins, Tomcat) belong to other rules.
  keys: /SslProtocols|Kestrel__\w{1,160}?__SslProtocols(?:__\d+)?/,
  finder: { spaceSeparated: false },
  evaluate: (s, ctx, file) => {
    const tokens = settingTokens(s);
    if (tokens.some((t) => /^(?:SslProtocols\.)?Default$/i.test(t.text))) {
      let versions = LEGACY_SSL3_TLS;
      for (const t of tokens) versions |= MEMBERS[t.text.replace(/^SslProtocols\./i, '').toLowerCase()] ?? 0;
      return { versions, why: '`Default` is `Ssl3 | Tls`' };
    }
    return asList({ spell: { tls: 'TLSv1.0' } })(s, ctx, file);
  },
  instead: (ctx) =>
    ctx.floor === 'TLSv1.3' ? '`"SslProtocols": ["Tls13"]`' : '`"SslProtocols": ["Tls12", "Tls13"]` (or leave it out: the OS default)',
  examples: {
    valid: [
      {
        file: 'appsettings.json',
        code: '{\n  "Kestrel": {\n    "EndpointDefaults": {\n      "SslProtocols": ["Tls12", "Tls13"]\n    }\n  }\n}',
      },
      {
        file: 'appsettings.Production.json',
        code: '{ "Kestrel": { "Endpoints": { "Https": { "Url": "https://*:443", "SslProtocols": [ "Tls12" ] } } } }',
        note: '`Tls` inside `Tls12`',
      },
      { file: 'cloudfront/origin.json', code: '{ "sslProtocols": ["TLSv1", "TLSv1.1"] }', note: 'CloudFront origin list (another rule)' },
      {
        file: 'appsettings.json',
        code: '{\n  // "SslProtocols": ["Tls", "Tls11", "Tls12"],\n  "SslProtocols": ["Tls12", "Tls13"]\n}',
        note: 'commented out',
      },
      { file: 'appsettings.json', code: '{ "Kestrel": { "EndpointDefaults": { "SslProtocols": ["None"] } } }' },
    ],
    invalid: [
      {
        file: 'appsettings.json',
        code: '{\n  "Kestrel": {\n    "EndpointDefaults": {\n      "SslProtocols": ["Tls11", "Tls12"]\n    }\n  }\n}',
        findings: ['4:7 TLSv1.1'],
        output: '{\n  "Kestrel": {\n    "EndpointDefaults": {\n      "SslProtocols": ["Tls12"]\n    }\n  }\n}',
      },
      {
        file: 'src/Gateway/appsettings.json',
        code: '{\n  "Kestrel": {\n    "Endpoints": {\n      "Https": {\n        "Url": "https://0.0.0.0:5001",\n        "Sni": { "*.example.org": { "SslProtocols": [ "Tls", "Tls11", "Tls12" ] } }\n      }\n    }\n  }\n}',
        findings: ['6:37 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'appsettings.json',
        code: '{ "Endpoints": { "Api": { "SslProtocols": [ "Default" ] } } }',
        findings: ['1:27 SSLv3 TLSv1.0'],
        note: '`Default` = `Ssl3 | Tls`',
      },
      {
        file: 'yarp.json',
        code: '{ "Clusters": { "c1": { "HttpClient": { "SslProtocols": [ "Tls11" ] } } } }',
        findings: ['1:41 TLSv1.1'],
        output: '{ "Clusters": { "c1": { "HttpClient": { "SslProtocols": [ "Tls12" ] } } } }',
      },
      {
        file: '.env',
        code: 'Kestrel__EndpointDefaults__SslProtocols__0=Tls11',
        findings: ['1:1 TLSv1.1'],
        note: 'environment-variable form',
      },
      { file: 'Dockerfile', code: 'ENV Kestrel__Endpoints__Https__SslProtocols__0=Tls', findings: ['1:5 TLSv1.0'] },
    ],
  },
});
