import { range } from '../../../versions.js';
import { patternRule, settingRule } from '../../define.js';
import type { RuleMeta } from '../../rule.js';
import { IAC_FILES, NO_EXAMPLES, combine, comparedBefore, literalOf, partMeta } from './shared.js';

// N5: API Gateway custom domain security policy.

const apigwMeta: RuleMeta = {
  id: 'aws/apigateway-security-policy',
  title: 'API Gateway custom domain allows TLS 1.0',
  description:
    'An API Gateway (REST) custom domain with `security_policy = "TLS_1_0"` (`SecurityPolicy: TLS_1_0`, Serverless `securityPolicy: tls_1_0`, CDK `SecurityPolicy.TLS_1_0`) accepts TLS 1.0 and 1.1.',
  ecosystem: 'AWS',
  catalogue: ['N5'],
  docs: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html'],
  files: IAC_FILES,
  keywords: /TLS_1_0/,
  fixable: true,
  safe: 'security_policy = "TLS_1_2"',
  limits: 'HTTP APIs (v2 domains) only accept TLS_1_2. Domains without a policy get the service default (TLS_1_2 for new domains).',
};

export const apigatewaySecurityPolicy = combine(
  apigwMeta,
  {
    valid: [
      {
        file: 'api.tf',
        code: 'resource "aws_api_gateway_domain_name" "api" {\n  domain_name     = "api.example.com"\n  security_policy = "TLS_1_2"\n}',
      },
      {
        file: 'api.tf',
        code: 'resource "aws_api_gateway_domain_name" "api" {\n  security_policy = "SecurityPolicy_TLS13_1_2_2021_06"\n}',
        note: 'enhanced policy names are unknown to the deny-list, hence quiet',
      },
      { file: 'serverless.yml', code: 'custom:\n  customDomain:\n    domainName: api.example.com\n    securityPolicy: tls_1_2\n' },
      {
        file: 'lib/api.ts',
        code: 'new apigw.DomainName(this, "Domain", {\n  domainName: "api.example.com",\n  securityPolicy: apigw.SecurityPolicy.TLS_1_2,\n});',
      },
      { file: 'lib/search.ts', code: 'if (policy === SecurityPolicy.TLS_1_0) { warn(); }', note: 'comparison only' },
      { file: 'api.tf', code: '# security_policy = "TLS_1_0"\nsecurity_policy = "TLS_1_2"' },
    ],
    invalid: [
      {
        file: 'api.tf',
        code: 'resource "aws_api_gateway_domain_name" "api" {\n  domain_name     = "api.example.com"\n  security_policy = "TLS_1_0"\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        output: 'resource "aws_api_gateway_domain_name" "api" {\n  domain_name     = "api.example.com"\n  security_policy = "TLS_1_2"\n}',
      },
      {
        file: 'template.yaml',
        code: 'ApiDomain:\n  Type: AWS::ApiGateway::DomainName\n  Properties:\n    DomainName: api.example.com\n    SecurityPolicy: TLS_1_0\n',
        findings: ['5:5 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'serverless.yml',
        code: 'custom:\n  customDomain:\n    domainName: api.example.com\n    securityPolicy: tls_1_0\n',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
        output: 'custom:\n  customDomain:\n    domainName: api.example.com\n    securityPolicy: tls_1_2\n',
      },
      {
        file: 'lib/api.ts',
        code: 'new apigw.DomainName(this, "Domain", {\n  securityPolicy: apigw.SecurityPolicy.TLS_1_0,\n});',
        findings: ['2:25 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'template.json',
        code: '{ "Type": "AWS::ApiGateway::DomainName", "Properties": { "SecurityPolicy": "TLS_1_0" } }',
        findings: ['1:58 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'stack.py',
        code: 'apigw.DomainNameOptions(domain_name="api.example.com", certificate=cert, security_policy=apigw.SecurityPolicy.TLS_1_0)',
        findings: ['1:96 TLSv1.0 TLSv1.1'],
      },
    ],
  },
  [
    settingRule({
      meta: partMeta(apigwMeta, 'setting'),
      keys: /security_policy|SecurityPolicy|security-policy/i,
      evaluate: (s) => {
        const lit = literalOf(s.value, s.form);
        if (!lit || !/^tls_1_0$/i.test(lit)) return undefined;
        const at = s.value.indexOf(lit);
        return {
          versions: range('TLSv1.0', 'TLSv1.2'),
          fix: { start: s.valueStart + at, end: s.valueStart + at + lit.length, text: lit === 'tls_1_0' ? 'tls_1_2' : 'TLS_1_2' },
        };
      },
      instead: '`TLS_1_2`',
      examples: NO_EXAMPLES,
    }),
    patternRule({
      meta: partMeta(apigwMeta, 'cdk'),
      pattern: /(?<![\w])SecurityPolicy(?:\.|_)TLS_1_0\b(?![ \t]*(?:[=!]=|=(?!=)))/,
      evaluate: (m, _ctx, file) => (comparedBefore(file.code, m.index) ? undefined : { versions: range('TLSv1.0', 'TLSv1.2') }),
      instead: '`SecurityPolicy.TLS_1_2`',
      examples: NO_EXAMPLES,
    }),
  ],
);
