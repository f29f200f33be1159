import { atLeast, range, setOf, type Version, type VersionSet } from '../../../versions.js';
import { readVersion } from '../../evaluate.js';
import { patternRule, settingRule, type Setting } from '../../define.js';
import type { Rule, RuleContext, RuleMeta } from '../../rule.js';
import type { SourceFile } from '../../source.js';
import { lastNewline } from '../../source.js';
import {
  IAC_FILES,
  NO_EXAMPLES,
  blockEnd,
  combine,
  comparedBefore,
  inTfDeclaration,
  innermostBlock,
  lineStartOf,
  literalOf,
  partMeta,
  topLevel,
  yamlMapping,
} from './shared.js';

function severityFor(s: Setting, file: SourceFile): { severity?: 'warning'; why?: string } | undefined {
  if (/^(?:default|Default)$/.test(s.key)) {
    if (file.kind === 'hcl' && inTfDeclaration(file.code, s.keyStart) === 'validation') return undefined;
    return { severity: 'warning', why: 'the default of a variable or parameter' };
  }
  return {};
}

// ---------------------------------------------------------------------------------------------
// N1, N2: Elastic Load Balancing security policies.

/** Classic and v2 policy names that do not follow the `-TLS13-1-x-` / `-TLS-1-x-` pattern. */
const ELB_NAMED: Readonly<Record<string, VersionSet>> = {
  'elbsecuritypolicy-2016-08': range('TLSv1.0', 'TLSv1.2'),
  'elbsecuritypolicy-2015-05': range('TLSv1.0', 'TLSv1.2'),
  'elbsecuritypolicy-2015-03': range('TLSv1.0', 'TLSv1.2'),
  'elbsecuritypolicy-2015-02': range('TLSv1.0', 'TLSv1.2'),
  'elbsecuritypolicy-2014-10': range('TLSv1.0', 'TLSv1.2'),
  'elbsecuritypolicy-2014-01': range('SSLv3', 'TLSv1.2'),
  'elbsecuritypolicy-2011-08': range('SSLv3', 'TLSv1.2'),
  'elbsecuritypolicy-fs-2018-06': range('TLSv1.0', 'TLSv1.2'),
  'elbsample-elbdefaultcipherpolicy': range('SSLv3', 'TLSv1.2'),
  'elbsample-openssldefaultcipherpolicy': range('SSLv3', 'TLSv1.2'),
};

/**
 * The versions an ELB security policy name enables: the named table, else the minimum the name
 * encodes (`ELBSecurityPolicy-TLS13-1-0-…` → TLS 1.0–1.3, `-TLS-1-1-…`/`-FS-1-1-…` → 1.1–1.2).
 * Names it does not know give undefined.
 */
export function elbPolicyVersions(name: string): VersionSet | undefined {
  const n = name.toLowerCase();
  if (n in ELB_NAMED) return ELB_NAMED[n];
  const tls13 = /^elbsecuritypolicy-tls13-1-([0-3])-/.exec(n);
  if (tls13) return atLeast(`TLSv1.${tls13[1]}` as Version);
  const tls12 = /^elbsecuritypolicy-(?:tls|fs)-1-([0-2])-/.exec(n);
  if (tls12) return range(`TLSv1.${tls12[1]}` as Version, 'TLSv1.2');
  return undefined;
}

/** CDK `elbv2.SslPolicy` members (v2 upper case, v1 Pascal case) → policy names. */
const CDK_SSL_POLICY: Readonly<Record<string, string>> = {
  recommended: 'ELBSecurityPolicy-2016-08',
  legacy: 'ELBSecurityPolicy-TLS-1-0-2015-04',
  tls11: 'ELBSecurityPolicy-TLS-1-1-2017-01',
  forward_secrecy: 'ELBSecurityPolicy-FS-2018-06',
  forwardsecrecy: 'ELBSecurityPolicy-FS-2018-06',
  forward_secrecy_tls11: 'ELBSecurityPolicy-FS-1-1-2019-08',
  tls13_10: 'ELBSecurityPolicy-TLS13-1-0-2021-06',
  tls13_11: 'ELBSecurityPolicy-TLS13-1-1-2021-06',
  fips_tls13_10: 'ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04',
  fips_tls13_11: 'ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04',
};

const ELB_NAME = /^(ELBSecurityPolicy-[\w-]{2,60}|ELBSample-\w{2,60})$/i;

function elbSafe(ctx: RuleContext): string {
  return ctx.floor === 'TLSv1.3' ? 'ELBSecurityPolicy-TLS13-1-3-2021-06' : 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06';
}

const elbMeta: RuleMeta = {
  id: 'aws/elb-ssl-policy',
  title: 'AWS load balancer security policy allows legacy TLS',
  description:
    'The security policy of an ALB/NLB HTTPS or TLS listener (`ssl_policy`, `SslPolicy`, CDK `SslPolicy.*`, Beanstalk `SSLPolicy`) or a Classic ELB `Reference-Security-Policy` decides which versions clients can negotiate. `ELBSecurityPolicy-2016-08` (the API default), `-FS-2018-06`, `-TLS13-1-0-*` and the older policies allow TLS 1.0; `-TLS-1-1-*`, `-FS-1-1-*` and `-TLS13-1-1-*` allow TLS 1.1.',
  ecosystem: 'AWS',
  catalogue: ['N1', 'N2'],
  docs: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html',
  ],
  files: { ...IAC_FILES, paths: /(?:^|\/)\.ebextensions\/[^/]+\.config$/ },
  keywords: /ELBSecurityPolicy|ELBSample|SslPolicy/,
  fixable: true,
  safe: 'ssl_policy = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"',
  limits:
    'Policies held in variables, ternaries or SSM parameters are unknown. Variable and parameter defaults are warnings (callers may override them). A CDK listener without `sslPolicy` is not reported (the default is decided by the service).',
};

const elbSetting = settingRule({
  meta: partMeta(elbMeta, 'setting'),
  keys: /(?:\w{1,40}[_-])?ssl[_-]?(?:negotiation[_-])?policy(?:[_-]\w{1,40})?|[Vv]alue|[Dd]efault/i,
  evaluate: (s, ctx, file) => {
    const lit = literalOf(s.value, s.form);
    if (!lit || !ELB_NAME.test(lit)) return undefined;
    const versions = elbPolicyVersions(lit);
    if (versions === undefined) return undefined;
    const sev = severityFor(s, file);
    if (!sev) return undefined;
    const at = s.value.indexOf(lit);
    const fix =
      at >= 0 && s.form !== 'block-list'
        ? { start: s.valueStart + at, end: s.valueStart + at + lit.length, text: elbSafe(ctx) }
        : undefined;
    return {
      versions,
      fix,
      severity: sev.severity,
      why: sev.why ?? (/2016-08/.test(lit) ? 'ELBSecurityPolicy-2016-08 allows TLS 1.0 and 1.1' : undefined),
    };
  },
  instead: (ctx) => `\`${elbSafe(ctx)}\``,
  examples: NO_EXAMPLES,
});

const elbCdk = patternRule({
  meta: partMeta(elbMeta, 'cdk'),
  pattern: /\bSslPolicy(?:\.|_)([A-Za-z][A-Za-z0-9_]{1,40})\b(?![ \t]*(?:=(?!=)|:(?!:)))/,
  evaluate: (m, _ctx, file) => {
    const name = CDK_SSL_POLICY[m[1].toLowerCase()];
    if (!name || comparedBefore(file.code, m.index)) return undefined;
    return { versions: elbPolicyVersions(name)!, why: `\`SslPolicy.${m[1]}\` is ${name}` };
  },
  instead: '`SslPolicy.RECOMMENDED_TLS` (ELBSecurityPolicy-TLS13-1-2-2021-06)',
  examples: NO_EXAMPLES,
});

const elbQuotedKey = patternRule({
  meta: partMeta(elbMeta, 'quoted-key'),
  pattern: /["'][\w./-]{0,80}\/(?:aws-load-balancer-)?ssl-(?:negotiation-)?policy["'][ \t]*[:=][ \t]*["']([\w-]{3,80})["']/,
  evaluate: (m, ctx) => {
    const versions = ELB_NAME.test(m[1]) ? elbPolicyVersions(m[1]) : undefined;
    if (versions === undefined) return undefined;
    const at = m.index + m[0].length - 1 - m[1].length;
    return { versions, fix: { start: at, end: at + m[1].length, text: elbSafe(ctx) } };
  },
  instead: (ctx) => `\`${elbSafe(ctx)}\``,
  examples: NO_EXAMPLES,
});

export const elbSslPolicy = combine(
  elbMeta,
  {
    valid: [
      {
        file: 'alb.tf',
        code: 'resource "aws_lb_listener" "https" {\n  protocol   = "HTTPS"\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"\n}',
      },
      {
        file: 'alb.tf',
        code: 'resource "aws_lb_listener" "https" {\n  protocol   = "HTTPS"\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06"\n}',
        note: 'TLS 1.2+ with CBC ciphers: not a protocol problem',
      },
      {
        file: 'nlb.tf',
        code: 'resource "aws_lb_listener" "tls" {\n  protocol   = "TLS"\n  ssl_policy = "ELBSecurityPolicy-TLS-1-2-2017-01"\n}',
        note: '`TLS-1-2` is not `TLS-1-0`',
      },
      { file: 'alb.tf', code: 'resource "aws_lb_listener" "https" {\n  ssl_policy = var.https_ssl_policy\n}', note: 'variable: unknown' },
      {
        file: 'alb.tf',
        code: 'resource "aws_lb_listener" "https" {\n  ssl_policy = var.enabled ? "ELBSecurityPolicy-TLS13-1-2-2021-06" : null\n}',
        note: 'ternary whose only literal branch is safe',
      },
      {
        file: 'alb.tf',
        code: '# ssl_policy = "ELBSecurityPolicy-2016-08"\nresource "aws_lb_listener" "https" {\n  ssl_policy = "ELBSecurityPolicy-FS-1-2-Res-2020-10"\n}',
        note: 'commented out',
      },
      {
        file: 'variables.tf',
        code: 'variable "ssl_policy" {\n  type = string\n  validation {\n    condition     = !contains(["ELBSecurityPolicy-2016-08", "ELBSecurityPolicy-TLS-1-1-2017-01"], var.ssl_policy)\n    error_message = "Legacy policy."\n  }\n  default = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n}',
        note: 'a deny-list of legacy names is not a setting',
      },
      {
        file: 'checks/weak_policies.py',
        code: 'WEAK = [\n    "ELBSecurityPolicy-2016-08",\n    "ELBSecurityPolicy-TLS-1-1-2017-01",\n]\nif listener["SslPolicy"] in WEAK:\n    report(listener)',
        note: 'a scanner listing legacy names',
      },
      {
        file: 'tests/test_checks.py',
        code: 'def test_flags_legacy_policy():\n    listener = {"SslPolicy": "ELBSecurityPolicy-2016-08", "Protocol": "HTTPS"}\n    assert check(listener) == "FAILED"',
        note: 'test data of a scanner: a program file without an IaC or SDK import',
      },
      {
        file: 'lib/stack.ts',
        code: 'const listener = alb.addListener("Https", {\n  port: 443,\n  sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS,\n});',
      },
      { file: 'stack.py', code: 'listener = lb.add_listener("Https", port=443, ssl_policy=elbv2.SslPolicy.TLS12)' },
      {
        file: 'enums.ts',
        code: "export enum SslPolicy {\n  RECOMMENDED = 'ELBSecurityPolicy-2016-08',\n  LEGACY = 'ELBSecurityPolicy-TLS-1-0-2015-04',\n}",
        note: 'enum definition',
      },
      {
        file: 'template.yaml',
        code: 'Listener:\n  Type: AWS::ElasticLoadBalancingV2::Listener\n  Properties:\n    Protocol: HTTPS\n    SslPolicy: !Ref SslPolicyParam',
      },
    ],
    invalid: [
      {
        file: 'alb.tf',
        code: 'resource "aws_lb_listener" "https" {\n  ssl_policy = (var.legacy\n    ? "ELBSecurityPolicy-2016-08"\n    : "ELBSecurityPolicy-TLS13-1-2-2021-06")\n}',
        findings: ['3:7 TLSv1.0 TLSv1.1'],
        note: "a conditional: its legacy literal branch counts, reported on that branch's line",
      },
      {
        file: 'alb.tf',
        code: 'resource "aws_lb_listener" "https" {\n  port       = "443"\n  protocol   = "HTTPS"\n  ssl_policy = "ELBSecurityPolicy-2016-08"\n}',
        findings: ['4:3 TLSv1.0 TLSv1.1'],
        output:
          'resource "aws_lb_listener" "https" {\n  port       = "443"\n  protocol   = "HTTPS"\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"\n}',
      },
      {
        file: 'modules/alb/main.tf',
        code: 'resource "aws_alb_listener" "front_end" {\n  protocol        = "TLS"\n  ssl_policy      = "ELBSecurityPolicy-TLS13-1-0-2021-06"\n  certificate_arn = aws_acm_certificate.this.arn\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'alb.tf',
        code: 'resource "aws_lb_listener" "https" {\n  ssl_policy = "ELBSecurityPolicy-TLS-1-1-2017-01"\n}',
        findings: ['2:3 TLSv1.1'],
      },
      {
        file: 'alb.tf',
        code: 'ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"',
        floor: 'TLSv1.3',
        findings: ['1:1 TLSv1.2'],
        output: 'ssl_policy = "ELBSecurityPolicy-TLS13-1-3-2021-06"',
      },
      {
        file: 'variables.tf',
        code: 'variable "listener_ssl_policy_default" {\n  type    = string\n  default = "ELBSecurityPolicy-2016-08"\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'main.tf',
        code: 'module "alb" {\n  source                      = "terraform-aws-modules/alb/aws"\n  listener_ssl_policy_default = "ELBSecurityPolicy-FS-1-1-2019-08"\n}',
        findings: ['3:3 TLSv1.1'],
      },
      {
        file: 'template.yaml',
        code: 'HttpsListener:\n  Type: AWS::ElasticLoadBalancingV2::Listener\n  Properties:\n    Port: 443\n    Protocol: HTTPS\n    SslPolicy: ELBSecurityPolicy-2016-08\n',
        findings: ['6:5 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'stack.template.json',
        code: '{\n  "Type": "AWS::ElasticLoadBalancingV2::Listener",\n  "Properties": {\n    "Protocol": "HTTPS",\n    "SslPolicy": "ELBSecurityPolicy-TLS13-1-1-2021-06"\n  }\n}',
        findings: ['5:5 TLSv1.1'],
      },
      {
        file: 'template.yaml',
        code: 'Parameters:\n  SslPolicy:\n    Type: String\n    Default: ELBSecurityPolicy-2016-08\n    AllowedValues:\n      - ELBSecurityPolicy-2016-08\n      - ELBSecurityPolicy-TLS13-1-2-2021-06\n',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'lib/stack.ts',
        code: 'alb.addListener("Https", {\n  port: 443,\n  certificates: [cert],\n  sslPolicy: elbv2.SslPolicy.RECOMMENDED,\n});',
        findings: ['4:20 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'src/main/java/Stack.java',
        code: 'ApplicationListener.Builder.create(this, "Https")\n    .loadBalancer(alb)\n    .sslPolicy(SslPolicy.LEGACY)\n    .build();',
        findings: ['3:16 TLSv1.0 TLSv1.1'],
      },
      { file: 'stack.py', code: 'lb.add_listener("Tls", port=443, ssl_policy=elbv2.SslPolicy.TLS13_11)', findings: ['1:51 TLSv1.1'] },
      {
        file: 'main.go',
        code: 'awselasticloadbalancingv2.NewApplicationListener(stack, jsii.String("L"), &awselasticloadbalancingv2.ApplicationListenerProps{\n\tSslPolicy: awselasticloadbalancingv2.SslPolicy_FORWARD_SECRECY,\n})',
        findings: ['2:39 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'index.ts',
        code: 'import * as aws from "@pulumi/aws";\nnew aws.lb.Listener("https", {\n    protocol: "HTTPS",\n    sslPolicy: "ELBSecurityPolicy-2015-05",\n});',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
        note: 'Pulumi',
      },
      {
        file: '.ebextensions/https.config',
        code: 'option_settings:\n  aws:elbv2:listener:443:\n    Protocol: HTTPS\n    SSLPolicy: ELBSecurityPolicy-2016-08\n',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
        note: 'Elastic Beanstalk',
      },
      {
        file: 'beanstalk.tf',
        code: 'setting {\n  namespace = "aws:elbv2:listener:443"\n  name      = "SSLPolicy"\n  value     = "ELBSecurityPolicy-TLS-1-1-2017-01"\n}',
        findings: ['4:3 TLSv1.1'],
      },
      {
        file: 'elb.tf',
        code: 'resource "aws_load_balancer_policy" "ssl" {\n  policy_type_name = "SSLNegotiationPolicyType"\n  policy_attribute {\n    name  = "Reference-Security-Policy"\n    value = "ELBSecurityPolicy-2014-01"\n  }\n}',
        findings: ['5:5 SSLv3 TLSv1.0 TLSv1.1'],
        note: 'Classic ELB predefined policy',
      },
      {
        file: 'deploy.sh',
        code: 'aws elbv2 create-listener --load-balancer-arn "$LB" --protocol HTTPS --port 443 \\\n  --ssl-policy ELBSecurityPolicy-2016-08 --certificates CertificateArn="$CERT"',
        findings: ['2:5 TLSv1.0 TLSv1.1'],
      },
    ],
  },
  [elbSetting, elbCdk, elbQuotedKey],
);

// N1: an HTTPS/TLS listener without a policy gets ELBSecurityPolicy-2016-08 from the API.

const LISTENER_TYPES = /^(?:aws_lb_listener|aws_alb_listener)$/;

export const elbListenerDefaultPolicy: Rule = {
  meta: {
    id: 'aws/elb-listener-default-policy',
    title: 'AWS HTTPS/TLS listener without a security policy',
    description:
      'An ALB HTTPS or NLB TLS listener created through Terraform or CloudFormation without `ssl_policy` / `SslPolicy` gets the API default, `ELBSecurityPolicy-2016-08`, which allows TLS 1.0 and 1.1.',
    ecosystem: 'AWS',
    catalogue: ['N1'],
    docs: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html#describe-ssl-policies'],
    files: { kinds: ['hcl', 'yaml', 'json', 'other'], paths: /(?:^|\/)\.ebextensions\/[^/]+\.config$/ },
    keywords: /aws_lb_listener|aws_alb_listener|ElasticLoadBalancingV2::Listener/,
    fixable: false,
    safe: 'ssl_policy = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"',
    limits:
      "Only Terraform resources and CloudFormation listeners whose protocol is a literal are checked; a `dynamic` or templated protocol is unknown, and CDK/Pulumi listeners are not checked. The default is the API's, which AWS may change.",
  },
  *check(file) {
    const code = file.code;
    const found: { start: number; end: number; body: string }[] = [];
    if (file.kind === 'hcl') {
      const re = /\bresource[ \t]+"(aws_lb_listener|aws_alb_listener)"[ \t]+"[\w-]{1,100}"[ \t]*\{/g;
      for (let m = re.exec(code); m; m = re.exec(code)) {
        if (!LISTENER_TYPES.test(m[1])) continue;
        const open = m.index + m[0].length - 1;
        const end = blockEnd(code, open);
        const body = topLevel(code.slice(open, end));
        if (!/^[ \t]*protocol[ \t]*=[ \t]*"(?:HTTPS|TLS)"/im.test(body) || /\bssl_policy\b/.test(body)) continue;
        found.push({ start: m.index, end: m.index + m[0].length - 1, body });
      }
    } else {
      const re = /["']?Type["']?[ \t]*:[ \t]*["']?AWS::ElasticLoadBalancingV2::Listener\b["']?/g;
      for (let m = re.exec(code); m; m = re.exec(code)) {
        let body: string;
        if (file.kind === 'yaml' || !/^[ \t]*"/.test(code.slice(lineStartOf(code, m.index), m.index + 1)))
          body = yamlMapping(code, m.index);
        else body = innermostBlock(code, m.index)?.text ?? '';
        if (!/["']?Protocol["']?[ \t]*:[ \t]*["']?(?:HTTPS|TLS)\b/.test(stripActions(body)) || /\bSslPolicy\b/.test(body)) continue;
        found.push({ start: m.index, end: m.index + m[0].length, body });
      }
    }
    for (const f of found) {
      yield {
        start: f.start,
        end: f.end,
        versions: range('TLSv1.0', 'TLSv1.2'),
        what: 'HTTPS/TLS listener without a security policy',
        why: 'the API default is ELBSecurityPolicy-2016-08',
        instead: '`ssl_policy = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"` (CloudFormation `SslPolicy`)',
        severity: 'warning',
      };
    }
  },
  examples: {
    valid: [
      { file: 'alb.tf', code: 'resource "aws_lb_listener" "http" {\n  port     = 80\n  protocol = "HTTP"\n}', note: 'plain HTTP listener' },
      {
        file: 'nlb.tf',
        code: 'resource "aws_lb_listener" "tcp" {\n  port     = 443\n  protocol = "TCP"\n}',
        note: 'TCP pass-through: no TLS at the load balancer',
      },
      { file: 'alb.tf', code: 'resource "aws_lb_listener" "https" {\n  protocol   = "HTTPS"\n  ssl_policy = var.ssl_policy\n}' },
      { file: 'alb.tf', code: 'resource "aws_lb_listener" "https" {\n  protocol = var.protocol\n}', note: 'protocol unknown' },
      {
        file: 'template.yaml',
        code: 'Resources:\n  Listener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      Protocol: HTTPS\n      SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06\n  Other:\n    Type: AWS::S3::Bucket\n',
      },
      {
        file: 'template.yaml',
        code: 'Resources:\n  Udp:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      Protocol: UDP\n      Port: 53\n',
      },
    ],
    invalid: [
      {
        file: 'alb.tf',
        code: 'resource "aws_lb_listener" "https" {\n  load_balancer_arn = aws_lb.main.arn\n  port              = 443\n  protocol          = "HTTPS"\n  certificate_arn   = aws_acm_certificate.main.arn\n  default_action {\n    type = "forward"\n  }\n}',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'nlb.tf',
        code: 'resource "aws_alb_listener" "tls" {\n  protocol = "TLS"\n}\nresource "aws_lb_listener" "ok" {\n  protocol   = "TLS"\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n}',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'template.yaml',
        code: 'Resources:\n  HttpsListener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref LoadBalancer\n      Port: 443\n      Protocol: HTTPS\n      Certificates:\n        - CertificateArn: !Ref Cert\n  Next:\n    Type: AWS::S3::Bucket\n    Properties:\n      SslPolicy: x\n',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'stack.json',
        code: '{\n  "Listener": {\n    "Type": "AWS::ElasticLoadBalancingV2::Listener",\n    "Properties": { "Protocol": "HTTPS", "Port": 443 }\n  }\n}',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
    ],
  },
};

/** Removes CloudFormation `DefaultActions` (redirect configs name a `Protocol: HTTPS` too). */
function stripActions(text: string): string {
  const i = text.search(/["']?DefaultActions["']?[ \t]*:/);
  if (i < 0) return text;
  const lineStart = lastNewline(text, i) + 1;
  const indent = i - lineStart;
  const rest = text.slice(i);
  if (rest.includes('[')) {
    // JSON: drop up to the matching bracket (bounded)
    const open = rest.indexOf('[');
    let depth = 0;
    for (let j = open; j < Math.min(rest.length, open + 20000); j++) {
      if (rest[j] === '[') depth++;
      else if (rest[j] === ']' && --depth === 0) return text.slice(0, i) + rest.slice(j + 1);
    }
  }
  const lines = rest.split('\n');
  let k = 1;
  while (
    k < lines.length &&
    (lines[k].trim() === '' ||
      /^[ \t]*/.exec(lines[k])![0].length > indent ||
      (/^[ \t]*- /.test(lines[k]) && /^[ \t]*/.exec(lines[k])![0].length >= indent))
  )
    k++;
  return text.slice(0, i) + lines.slice(k).join('\n');
}

// N2: Classic ELB SSL negotiation policies with explicit protocol attributes.

export const elbClassicProtocolAttribute = patternRule({
  meta: {
    id: 'aws/elb-classic-protocol-attribute',
    title: 'Classic ELB SSL negotiation policy enables a legacy protocol',
    description:
      'A custom Classic Load Balancer SSL negotiation policy (`aws_load_balancer_policy`, `aws_lb_ssl_negotiation_policy`, CloudFormation `Policies`) turns protocols on with attributes `Protocol-SSLv3`, `Protocol-TLSv1`, `Protocol-TLSv1.1` set to `true`.',
    ecosystem: 'AWS',
    catalogue: ['N2'],
    docs: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-ssl-security-policy.html'],
    files: IAC_FILES,
    keywords: /Protocol-SSLv|Protocol-TLSv1/,
    fixable: true,
    safe: 'attribute { name = "Protocol-TLSv1" value = "false" }',
    limits: 'Only the `name`/`value` pair written next to each other (within 200 characters) is read.',
  },
  pattern:
    /["']?Protocol-(SSLv2|SSLv3|TLSv1\.1|TLSv1\.2|TLSv1)(?![\w.])["']?[ \t]*[,)]?[^{}\[\]]{0,200}?\b[Vv]alue["']?[ \t]*[:=,(][ \t]*["']?(true|false|True|False|TRUE|FALSE)\b/,
  evaluate: (m) => {
    if (!/true/i.test(m[2])) return undefined;
    const v = readVersion(m[1])!;
    const at = m.index + m[0].length - m[2].length;
    return {
      versions: setOf(v),
      fix: { start: at, end: at + m[2].length, text: m[2] === 'True' ? 'False' : m[2] === 'TRUE' ? 'FALSE' : 'false' },
    };
  },
  instead: '`value = "false"` for `Protocol-SSLv3`, `Protocol-TLSv1` and `Protocol-TLSv1.1`',
  examples: {
    valid: [
      {
        file: 'elb.tf',
        code: 'attribute {\n  name  = "Protocol-TLSv1"\n  value = "false"\n}\nattribute {\n  name  = "Protocol-TLSv1.2"\n  value = "true"\n}',
        note: 'disabled, and TLSv1.2 (not TLSv1) enabled',
      },
      { file: 'elb.tf', code: 'attribute {\n  name  = "Protocol-TLSv1.1"\n  value = "false"\n}' },
      {
        file: 'template.yaml',
        code: 'Attributes:\n  - Name: Protocol-SSLv3\n    Value: false\n  - Name: Protocol-TLSv1.2\n    Value: true\n',
      },
      { file: 'elb.tf', code: '# attribute { name = "Protocol-TLSv1" value = "true" }' },
    ],
    invalid: [
      {
        file: 'elb.tf',
        code: 'resource "aws_lb_ssl_negotiation_policy" "foo" {\n  attribute {\n    name  = "Protocol-TLSv1"\n    value = "true"\n  }\n  attribute {\n    name  = "Protocol-TLSv1.2"\n    value = "true"\n  }\n}',
        findings: ['3:13 TLSv1.0'],
        output:
          'resource "aws_lb_ssl_negotiation_policy" "foo" {\n  attribute {\n    name  = "Protocol-TLSv1"\n    value = "false"\n  }\n  attribute {\n    name  = "Protocol-TLSv1.2"\n    value = "true"\n  }\n}',
      },
      {
        file: 'template.yaml',
        code: 'Policies:\n  - PolicyName: Custom\n    PolicyType: SSLNegotiationPolicyType\n    Attributes:\n      - Name: Protocol-SSLv3\n        Value: true\n      - Name: Protocol-TLSv1.1\n        Value: "true"\n',
        findings: ['5:15 SSLv3', '7:15 TLSv1.1'],
      },
      { file: 'template.json', code: '"Attributes": [ { "Name": "Protocol-TLSv1", "Value": "true" } ]', findings: ['1:27 TLSv1.0'] },
      { file: 'index.ts', code: 'attributes: [{ name: "Protocol-TLSv1.1", value: "true" }],', findings: ['1:22 TLSv1.1'], note: 'Pulumi' },
    ],
  },
});
