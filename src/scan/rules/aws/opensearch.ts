import { range, type VersionSet } from '../../../versions.js';
import { patternRule, settingRule } from '../../define.js';
import type { RuleMeta } from '../../rule.js';
import { IAC_FILES, NO_EXAMPLES, combine, comparedBefore, literalOf, partMeta } from './shared.js';

// N6: OpenSearch / Elasticsearch / CloudSearch domain endpoint policies.

const OPENSEARCH: Readonly<Record<string, VersionSet>> = {
  'policy-min-tls-1-0-2019-07': range('TLSv1.0', 'TLSv1.2'),
  tls_1_0: range('TLSv1.0', 'TLSv1.2'),
};

const osMeta: RuleMeta = {
  id: 'aws/opensearch-tls-security-policy',
  title: 'OpenSearch / CloudSearch endpoint allows TLS 1.0',
  description:
    'An OpenSearch, Elasticsearch Service or CloudSearch domain with `tls_security_policy = "Policy-Min-TLS-1-0-2019-07"` (CloudFormation `TLSSecurityPolicy`, CDK `TLSSecurityPolicy.TLS_1_0`) accepts TLS 1.0 and 1.1 on its HTTPS endpoint.',
  ecosystem: 'AWS',
  catalogue: ['N6'],
  docs: ['https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html'],
  files: IAC_FILES,
  keywords: /Policy-Min-TLS-1-0|TLSSecurityPolicy/,
  fixable: true,
  safe: 'tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"',
  limits:
    'A domain without `tls_security_policy` uses the provider/service default, which was the TLS 1.0 policy in older AWS provider versions; it is not reported.',
};

export const opensearchTlsPolicy = combine(
  osMeta,
  {
    valid: [
      {
        file: 'search.tf',
        code: 'domain_endpoint_options {\n  enforce_https       = true\n  tls_security_policy = "Policy-Min-TLS-1-2-2019-07"\n}',
      },
      { file: 'search.tf', code: 'domain_endpoint_options {\n  tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"\n}' },
      { file: 'template.yaml', code: 'DomainEndpointOptions:\n  EnforceHTTPS: true\n  TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07\n' },
      { file: 'lib/search.ts', code: 'tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_2,' },
      { file: 'search.tf', code: 'tls_security_policy = var.tls_security_policy' },
    ],
    invalid: [
      {
        file: 'search.tf',
        code: 'domain_endpoint_options {\n  enforce_https       = true\n  tls_security_policy = "Policy-Min-TLS-1-0-2019-07"\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        output: 'domain_endpoint_options {\n  enforce_https       = true\n  tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"\n}',
      },
      {
        file: 'template.yaml',
        code: 'DomainEndpointOptions:\n  EnforceHTTPS: true\n  TLSSecurityPolicy: Policy-Min-TLS-1-0-2019-07\n',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'lib/search.ts',
        code: 'new opensearch.Domain(this, "Domain", {\n  tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_0,\n});',
        findings: ['2:33 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'cloudsearch.tf',
        code: 'resource "aws_cloudsearch_domain" "x" {\n  endpoint_options {\n    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"\n  }\n}',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
      },
    ],
  },
  [
    settingRule({
      meta: partMeta(osMeta, 'setting'),
      keys: /tls_security_policy|TLSSecurityPolicy|tls-security-policy/i,
      evaluate: (s) => {
        const lit = literalOf(s.value, s.form);
        if (!lit || !/^policy-min-tls-1-0-/i.test(lit)) return undefined;
        const at = s.value.indexOf(lit);
        return {
          versions: OPENSEARCH['policy-min-tls-1-0-2019-07'],
          fix: { start: s.valueStart + at, end: s.valueStart + at + lit.length, text: 'Policy-Min-TLS-1-2-PFS-2023-10' },
        };
      },
      instead: '`Policy-Min-TLS-1-2-PFS-2023-10` (or `Policy-Min-TLS-1-2-2019-07`)',
      examples: NO_EXAMPLES,
    }),
    patternRule({
      meta: partMeta(osMeta, 'cdk'),
      pattern: /\bTLSSecurityPolicy(?:\.|_)TLS_1_0\b(?![ \t]*(?:[=!]=|=(?!=)))/,
      evaluate: (m, _ctx, file) => (comparedBefore(file.code, m.index) ? undefined : { versions: OPENSEARCH.tls_1_0 }),
      instead: '`TLSSecurityPolicy.TLS_1_2`',
      examples: NO_EXAMPLES,
    }),
  ],
);
