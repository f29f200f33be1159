import { atLeast, range, setOf, type Version, type VersionSet } from '../../../versions.js';
import { evalList, readVersion, tokenize } from '../../evaluate.js';
import { patternRule, settingRule } from '../../define.js';
import type { RuleContext, RuleMeta } from '../../rule.js';
import type { SourceFile } from '../../source.js';
import {
  IAC_FILES,
  NO_EXAMPLES,
  combine,
  comparedBefore,
  enclosingBlocks,
  innermostBlock,
  literalOf,
  partMeta,
  tfResourceType,
  yamlMapping,
} from './shared.js';

// N3: CloudFront viewer minimum protocol version.

const CLOUDFRONT_VIEWER: Readonly<Record<string, VersionSet>> = {
  sslv3: range('SSLv3', 'TLSv1.3'),
  tlsv1: atLeast('TLSv1.0'),
  tlsv1_2016: atLeast('TLSv1.0'),
  'tlsv1.1_2016': atLeast('TLSv1.1'),
  // CDK SecurityPolicyProtocol members
  ssl_v3: range('SSLv3', 'TLSv1.3'),
  tls_v1: atLeast('TLSv1.0'),
  tls_v1_2016: atLeast('TLSv1.0'),
  tls_v1_1_2016: atLeast('TLSv1.1'),
};

function cloudfrontViewerVersions(name: string): VersionSet | undefined {
  const n = name.toLowerCase();
  if (n in CLOUDFRONT_VIEWER) return CLOUDFRONT_VIEWER[n];
  const m = /^tls_?v1[._]([23])_\d{4}$/.exec(n);
  return m ? atLeast(`TLSv1.${m[1]}` as Version) : undefined;
}

function defaultCertificate(file: SourceFile, offset: number): 'true' | 'dynamic' | undefined {
  const code = file.code;
  const block = innermostBlock(code, offset);
  const text =
    block && block.text.length < 4000
      ? block.text
      : file.kind === 'yaml'
        ? yamlMapping(code, offset)
        : code.slice(Math.max(0, offset - 300), offset + 300);
  const m = /cloud_?front_?default_?certificate["']?[ \t]*[:=][ \t]*([^\n,}]{1,80})/i.exec(text);
  if (!m) return undefined;
  const v = m[1].trim().replace(/^["']|["']$/g, '');
  return /^true$/i.test(v) ? 'true' : /^false$/i.test(v) ? undefined : 'dynamic';
}

const cfViewerMeta: RuleMeta = {
  id: 'aws/cloudfront-minimum-protocol-version',
  title: 'CloudFront viewer minimum protocol version is legacy',
  description:
    'A CloudFront distribution with a custom certificate accepts viewers down to its `minimum_protocol_version` / `MinimumProtocolVersion`: `SSLv3`, `TLSv1`, `TLSv1_2016` and `TLSv1.1_2016` allow SSL 3.0, TLS 1.0 or TLS 1.1 (CDK `SecurityPolicyProtocol.SSL_V3`, `TLS_V1`, `TLS_V1_2016`, `TLS_V1_1_2016`).',
  ecosystem: 'AWS',
  catalogue: ['N3'],
  docs: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html'],
  files: IAC_FILES,
  keywords: /minimum_protocol_version|MinimumProtocolVersion|SecurityPolicyProtocol|minimum-protocol-version/,
  fixable: true,
  safe: 'minimum_protocol_version = "TLSv1.2_2021"',
  limits:
    'With `cloudfront_default_certificate = true` the *.cloudfront.net certificate always accepts TLSv1 whatever the setting says; that is reported as a note (only a custom certificate can raise the floor). CDK `ViewerCertificate.fromIamCertificate` without a protocol uses the CloudFront default and is not reported.',
};

function cfSafe(ctx: RuleContext): string {
  return ctx.floor === 'TLSv1.3' ? 'TLSv1.3_2025' : 'TLSv1.2_2021';
}

const cfViewerSetting = settingRule({
  meta: partMeta(cfViewerMeta, 'setting'),
  keys: /minimum_protocol_version|MinimumProtocolVersion|minimum-protocol-version/i,
  evaluate: (s, ctx, file) => {
    const lit = literalOf(s.value, s.form);
    const versions = lit ? cloudfrontViewerVersions(lit) : undefined;
    if (!lit || versions === undefined) return undefined;
    // Azure Front Door and others use other keys; GCP/Azure spell `TLS1_0`, not CloudFront names.
    if (file.kind === 'hcl') {
      const type = tfResourceType(file.code, s.keyStart);
      if (type && !/^aws_/.test(type)) return undefined;
    }
    const at = s.value.indexOf(lit);
    const fix = at >= 0 ? { start: s.valueStart + at, end: s.valueStart + at + lit.length, text: cfSafe(ctx) } : undefined;
    const cert = defaultCertificate(file, s.keyStart);
    if (cert === 'dynamic') return { versions, fix, severity: 'warning', why: 'applies when the distribution uses a custom certificate' };
    if (cert === 'true') {
      return {
        versions,
        severity: 'note',
        why: 'the default *.cloudfront.net certificate always allows TLSv1',
        instead: 'a custom certificate (`acm_certificate_arn`) with `minimum_protocol_version = "TLSv1.2_2021"`',
      };
    }
    return { versions, fix };
  },
  instead: (ctx) => `\`${cfSafe(ctx)}\``,
  examples: NO_EXAMPLES,
});

const cfViewerCdk = patternRule({
  meta: partMeta(cfViewerMeta, 'cdk'),
  pattern: /\bSecurityPolicyProtocol(?:\.|_)(SSL_V3|TLS_V1(?:_1)?(?:_2016)?)\b/,
  evaluate: (m, _ctx, file) => (comparedBefore(file.code, m.index) ? undefined : { versions: cloudfrontViewerVersions(m[1])! }),
  instead: '`SecurityPolicyProtocol.TLS_V1_2_2021`',
  examples: NO_EXAMPLES,
});

export const cloudfrontMinimumProtocol = combine(
  cfViewerMeta,
  {
    valid: [
      {
        file: 'cdn.tf',
        code: 'viewer_certificate {\n  acm_certificate_arn      = aws_acm_certificate.cert.arn\n  ssl_support_method       = "sni-only"\n  minimum_protocol_version = "TLSv1.2_2021"\n}',
      },
      {
        file: 'cdn.tf',
        code: 'viewer_certificate {\n  minimum_protocol_version = "TLSv1.2_2018"\n}',
        note: '`TLSv1.2_2018` is not `TLSv1`',
      },
      {
        file: 'cdn.tf',
        code: 'viewer_certificate {\n  cloudfront_default_certificate = true\n}',
        note: 'default certificate alone: nothing to change here',
      },
      {
        file: 'template.yaml',
        code: 'ViewerCertificate:\n  AcmCertificateArn: !Ref Cert\n  MinimumProtocolVersion: TLSv1.2_2019\n  SslSupportMethod: sni-only\n',
      },
      {
        file: 'lib/cdn.ts',
        code: 'new cloudfront.Distribution(this, "Dist", {\n  minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,\n});',
      },
      { file: 'cdn.tf', code: 'viewer_certificate {\n  minimum_protocol_version = var.min_tls\n}' },
      { file: 'frontdoor.tf', code: 'resource "azurerm_frontdoor" "x" {\n  minimum_protocol_version = "TLSv1"\n}', note: 'not CloudFront' },
    ],
    invalid: [
      {
        file: 'cdn.tf',
        code: 'viewer_certificate {\n  acm_certificate_arn      = aws_acm_certificate.cert.arn\n  ssl_support_method       = "sni-only"\n  minimum_protocol_version = "TLSv1"\n}',
        findings: ['4:3 TLSv1.0 TLSv1.1'],
        output:
          'viewer_certificate {\n  acm_certificate_arn      = aws_acm_certificate.cert.arn\n  ssl_support_method       = "sni-only"\n  minimum_protocol_version = "TLSv1.2_2021"\n}',
      },
      { file: 'cdn.tf', code: 'viewer_certificate {\n  minimum_protocol_version = "TLSv1.1_2016"\n}', findings: ['2:3 TLSv1.1'] },
      {
        file: 'template.yaml',
        code: 'DistributionConfig:\n  ViewerCertificate:\n    AcmCertificateArn: !Ref Cert\n    MinimumProtocolVersion: TLSv1_2016\n    SslSupportMethod: sni-only\n',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'template.json',
        code: '"ViewerCertificate": {\n  "IamCertificateId": "ASCA",\n  "MinimumProtocolVersion": "SSLv3",\n  "SslSupportMethod": "vip"\n}',
        findings: ['3:3 SSLv3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'cdn.tf',
        code: 'viewer_certificate {\n  cloudfront_default_certificate = true\n  minimum_protocol_version       = "TLSv1"\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        severity: 'note',
        note: 'the default certificate forces TLSv1: note only',
      },
      {
        file: 'lib/cdn.ts',
        code: 'viewerCertificate: cloudfront.ViewerCertificate.fromAcmCertificate(cert, {\n  securityPolicy: cloudfront.SecurityPolicyProtocol.TLS_V1_2016,\n}),',
        findings: ['2:30 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'cdn_stack.py',
        code: 'security_policy=cloudfront.SecurityPolicyProtocol.SSL_V3,',
        findings: ['1:28 SSLv3 TLSv1.0 TLSv1.1'],
      },
    ],
  },
  [cfViewerSetting, cfViewerCdk],
);

// N4: CloudFront → origin protocols.

const ORIGIN_ENUM = /^(?:[\w]{1,40}\.)*OriginSslPolicy[._]/;

const cfOriginMeta: RuleMeta = {
  id: 'aws/cloudfront-origin-ssl-protocols',
  title: 'CloudFront origin SSL protocols include legacy versions',
  description:
    '`origin_ssl_protocols` / `OriginSSLProtocols` (CDK `originSslProtocols`) lists the versions CloudFront may use to connect to a custom origin; `SSLv3`, `TLSv1` and `TLSv1.1` let the origin connection be downgraded.',
  ecosystem: 'AWS',
  catalogue: ['N4'],
  docs: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-customoriginconfig.html'],
  files: IAC_FILES,
  keywords: /origin_ssl_protocols|OriginSSLProtocols|originSslProtocols|OriginSslPolicy/,
  fixable: true,
  safe: 'origin_ssl_protocols = ["TLSv1.2"]',
  limits: 'Lists held in variables are unknown; a variable default is a warning.',
};

export const cloudfrontOriginProtocols = combine(
  cfOriginMeta,
  {
    valid: [
      {
        file: 'cdn.tf',
        code: 'custom_origin_config {\n  http_port              = 80\n  https_port             = 443\n  origin_protocol_policy = "https-only"\n  origin_ssl_protocols   = ["TLSv1.2"]\n}',
      },
      { file: 'template.yaml', code: 'CustomOriginConfig:\n  OriginProtocolPolicy: https-only\n  OriginSSLProtocols:\n    - TLSv1.2\n' },
      {
        file: 'lib/cdn.ts',
        code: 'new origins.HttpOrigin("api.example.com", {\n  originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],\n});',
      },
      { file: 'cdn.tf', code: 'origin_ssl_protocols = var.origin_ssl_protocols' },
      { file: 'cdn.tf', code: 'origin_ssl_protocols = concat(var.extra_protocols, ["TLSv1.2"])', note: 'an expression: unknown' },
      {
        file: 'deploy.ts',
        code: 'import { CloudFrontClient } from "@aws-sdk/client-cloudfront";\nconst c = { OriginSslProtocols: { Quantity: 1, Items: ["TLSv1.2"] }, OriginReadTimeout: 30 };',
      },
      { file: 'cdn.tf', code: '#origin_ssl_protocols = ["TLSv1", "TLSv1.1", "TLSv1.2"]\norigin_ssl_protocols = ["TLSv1.2"]' },
    ],
    invalid: [
      {
        file: 'cdn.tf',
        code: 'custom_origin_config {\n  origin_protocol_policy = "match-viewer"\n  origin_ssl_protocols   = ["TLSv1", "TLSv1.1", "TLSv1.2"]\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        output: 'custom_origin_config {\n  origin_protocol_policy = "match-viewer"\n  origin_ssl_protocols   = ["TLSv1.2"]\n}',
      },
      {
        file: 'template.yaml',
        code: 'CustomOriginConfig:\n  OriginProtocolPolicy: https-only\n  OriginSSLProtocols:\n    - SSLv3\n    - TLSv1\n',
        findings: ['4:7 SSLv3 TLSv1.0'],
      },
      {
        file: 'template.json',
        code: '"CustomOriginConfig": {\n  "OriginSSLProtocols": ["TLSv1.1", "TLSv1.2"]\n}',
        findings: ['2:3 TLSv1.1'],
      },
      {
        file: 'lib/cdn.ts',
        code: 'import * as origins from "aws-cdk-lib/aws-cloudfront-origins";\nnew origins.HttpOrigin("legacy.example.com", {\n  originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1, cloudfront.OriginSslPolicy.TLS_V1_2],\n});',
        findings: ['3:3 TLSv1.0'],
      },
      {
        file: 'scripts/create-distribution.js',
        code: "const { CloudFrontClient } = require('@aws-sdk/client-cloudfront');\nconst origin = {\n  CustomOriginConfig: {\n    OriginProtocolPolicy: 'https-only',\n    OriginSslProtocols: {\n      Quantity: 3,\n      Items: ['TLSv1', 'TLSv1.1', 'TLSv1.2'],\n    },\n  },\n};",
        findings: ['5:5 TLSv1.0 TLSv1.1'],
        note: 'CloudFront API shape with Quantity/Items',
      },
      {
        file: 'variables.tf',
        code: 'variable "origin_ssl_protocols" {\n  type    = list(string)\n  default = ["TLSv1", "TLSv1.1", "TLSv1.2"]\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'variable default',
      },
    ],
  },
  [
    settingRule({
      meta: partMeta(cfOriginMeta, 'setting'),
      keys: /origin_ssl_protocols|OriginSSLProtocols|originSslProtocols/i,
      evaluate: (s, ctx, file) => {
        if (/^\{/.test(s.value.trim())) {
          // AWS SDK / CloudFront API shape: `OriginSslProtocols: { Quantity: 3, Items: ['TLSv1', …] }`
          const items = /^\{[^}]{0,200}?\bItems["']?[ \t]*:[ \t]*\[([^\]]{0,200})\]/.exec(
            file.code.slice(s.valueStart, s.valueStart + 400),
          );
          const result = items ? evalList(tokenize(items[1])) : undefined;
          return result ? { versions: result.versions } : undefined;
        }
        const tokens = tokenize(s.value, s.valueStart, s.form === 'block-list' ? /[\s,"'[\]-]+/g : undefined).map((t) => ({
          ...t,
          text: t.text.replace(ORIGIN_ENUM, ''),
        }));
        // The list holds protocol names only; anything else (a function, a variable) makes it unknown.
        if (tokens.some((t) => !readVersion(t.text))) return undefined;
        const result = evalList(tokens);
        if (!result) return undefined;
        const keep = tokens.filter((t) => {
          const v = readVersion(t.text);
          return v && atLeast(ctx.floor) & setOf(v);
        });
        const plain = s.form !== 'block-list' && /^\s*"[^"]*"(?:\s*,\s*"[^"]*")*\s*$/.test(s.value);
        const fix =
          plain && keep.length > 0 ? { start: s.valueStart, end: s.valueEnd, text: keep.map((t) => `"${t.text}"`).join(', ') } : undefined;
        return { versions: result.versions, fix };
      },
      instead: (ctx) => (ctx.floor === 'TLSv1.3' ? '`["TLSv1.2"]` and a TLS 1.3 origin' : '`["TLSv1.2"]`'),
      examples: NO_EXAMPLES,
    }),
    settingRule({
      meta: partMeta(cfOriginMeta, 'default'),
      keys: /default/,
      where: (s, file) =>
        file.kind === 'hcl' &&
        /^variable\s+"[\w-]*origin_?ssl_?protocols[\w-]*"/i.test(enclosingBlocks(file.code, s.keyStart, 8000)[0]?.header ?? ''),
      evaluate: (s) => {
        const result = evalList(tokenize(s.value, s.valueStart));
        return result ? { versions: result.versions, severity: 'warning', why: 'the default of a variable' } : undefined;
      },
      instead: '`["TLSv1.2"]`',
      examples: NO_EXAMPLES,
    }),
  ],
);
