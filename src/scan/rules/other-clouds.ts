/**
 * Other clouds: Google Cloud (Terraform google provider, Config Connector, Deployment Manager,
 * Pulumi, gcloud) SSL policies and HTTPS/SSL proxies; Alibaba Cloud (Terraform alicloud, ROS)
 * SLB/ALB TLS cipher policies.
 */
import { atLeast, range, type Version, type VersionSet } from '../../versions.js';
import { evalList, readVersion, respell, tokenize } from '../evaluate.js';
import { settingRule, type Setting } from '../define.js';
import type { Rule, RuleMeta } from '../rule.js';
import type { SourceFile } from '../source.js';
import { blockEnd, combine, enclosingBlocks, fileFlag, lineAround, literalOf, NO_EXAMPLES, partMeta, tfResourceType } from './aws/index.js';

const CLOUD_FILES = { kinds: ['hcl', 'yaml', 'json', 'ts', 'js', 'python', 'go', 'java', 'csharp', 'shell', 'other'] as const };

// N17: Google Cloud SSL policies.

function isGoogle(file: SourceFile, s: Setting): boolean {
  if (file.kind === 'hcl' && !/\.bicep$/i.test(file.path)) {
    const type = tfResourceType(file.code, s.keyStart);
    if (type) return /^google_/.test(type);
    return fileFlag(file, 'google-hcl', (f) => /\bgoogle_|\bgoogle\b/.test(f.code) && !/azurerm|azapi/.test(f.code));
  }
  if (/\.bicep$/i.test(file.path) || fileFlag(file, 'arm', (f) => /Microsoft\.\w+\//.test(f.code))) return false;
  if (file.kind === 'shell' || file.kind === 'yaml') {
    if (/gcloud\b|ssl-policies/.test(lineAround(file.code, s.keyStart))) return true;
  }
  return fileFlag(file, 'google', (f) =>
    /ComputeSSLPolicy|compute\.v1\.sslPolic|gcp\.compute\.SSLPolicy|compute\.SSLPolicy|ssl-policies|google_compute_ssl_policy|SslPolicy\(|pulumi_gcp/.test(
      f.code,
    ),
  );
}

const gcpMeta: RuleMeta = {
  id: 'gcp/ssl-policy-min-tls-version',
  title: 'Google Cloud SSL policy allows legacy TLS',
  description:
    'A Google Cloud SSL policy (`google_compute_ssl_policy`, Config Connector `ComputeSSLPolicy`, Pulumi `gcp.compute.SSLPolicy`, `gcloud compute ssl-policies`) sets the lowest version its HTTPS/SSL proxy load balancers accept with `min_tls_version`; `TLS_1_0` is the default and `TLS_1_1` still allows TLS 1.1.',
  ecosystem: 'Other clouds',
  catalogue: ['N17'],
  docs: ['https://cloud.google.com/load-balancing/docs/ssl-policies-concepts'],
  files: CLOUD_FILES,
  keywords: /min_tls_version|minTlsVersion|min-tls-version/,
  fixable: true,
  safe: 'min_tls_version = "TLS_1_2"',
  limits:
    'The `profile` (COMPATIBLE, MODERN, RESTRICTED) selects ciphers, not versions, and is not read. GKE `FrontendConfig.spec.sslPolicy` names a policy defined elsewhere.',
};

function gcpMinimum(s: Setting, floor: Version) {
  const lit = literalOf(s.value, s.form);
  const v = lit && readVersion(lit, { bareNumbers: true });
  if (!lit || !v) return undefined;
  const spelled = respell(lit, floor);
  const at = s.value.indexOf(lit);
  return {
    versions: atLeast(v),
    fix: spelled && at >= 0 ? { start: s.valueStart + at, end: s.valueStart + at + lit.length, text: spelled } : undefined,
  };
}

export const gcpSslPolicyMinTls = combine(
  gcpMeta,
  {
    valid: [
      {
        file: 'lb.tf',
        code: 'resource "google_compute_ssl_policy" "modern" {\n  name            = "modern"\n  profile         = "MODERN"\n  min_tls_version = "TLS_1_2"\n}',
      },
      { file: 'lb.tf', code: 'resource "google_compute_ssl_policy" "p" {\n  min_tls_version = var.min_tls_version\n}' },
      {
        file: 'storage.tf',
        code: 'resource "azurerm_storage_account" "sa" {\n  min_tls_version = "TLS1_0"\n}',
        note: 'Azure: reported by the azure rule',
      },
      {
        file: 'cf.tf',
        code: 'resource "cloudflare_zone_settings_override" "z" {\n  settings {\n    min_tls_version = "1.0"\n  }\n}',
        note: 'not Google',
      },
      {
        file: 'policy.yaml',
        code: 'apiVersion: compute.cnrm.cloud.google.com/v1beta1\nkind: ComputeSSLPolicy\nmetadata:\n  name: modern\nspec:\n  profile: RESTRICTED\n  minTlsVersion: TLS_1_2\n',
      },
      {
        file: 'lb.tf',
        code: 'resource "google_compute_ssl_policy" "p" {\n  # min_tls_version = "TLS_1_0"\n  min_tls_version = "TLS_1_2"\n}',
      },
    ],
    invalid: [
      {
        file: 'lb.tf',
        code: 'resource "google_compute_ssl_policy" "compat" {\n  name            = "compat"\n  profile         = "COMPATIBLE"\n  min_tls_version = "TLS_1_0"\n}',
        findings: ['4:3 TLSv1.0 TLSv1.1'],
        output:
          'resource "google_compute_ssl_policy" "compat" {\n  name            = "compat"\n  profile         = "COMPATIBLE"\n  min_tls_version = "TLS_1_2"\n}',
      },
      {
        file: 'lb.tf',
        code: 'resource "google_compute_ssl_policy" "custom" {\n  profile         = "CUSTOM"\n  min_tls_version = "TLS_1_1"\n  custom_features = ["TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"]\n}',
        findings: ['3:3 TLSv1.1'],
      },
      {
        file: 'policy.yaml',
        code: 'apiVersion: compute.cnrm.cloud.google.com/v1beta1\nkind: ComputeSSLPolicy\nmetadata:\n  name: legacy\nspec:\n  minTlsVersion: TLS_1_1\n',
        findings: ['6:3 TLSv1.1'],
      },
      {
        file: 'setup.sh',
        code: 'gcloud compute ssl-policies create legacy-policy --profile COMPATIBLE --min-tls-version 1.0',
        findings: ['1:73 TLSv1.0 TLSv1.1'],
        output: 'gcloud compute ssl-policies create legacy-policy --profile COMPATIBLE --min-tls-version 1.2',
      },
      {
        file: 'index.ts',
        code: 'import * as gcp from "@pulumi/gcp";\nconst policy = new gcp.compute.SSLPolicy("policy", {\n    profile: "MODERN",\n    minTlsVersion: "TLS_1_1",\n});',
        findings: ['4:5 TLSv1.1'],
      },
      {
        file: 'lb.tf',
        code: 'resource "google_compute_region_ssl_policy" "p" {\n  region          = "europe-west1"\n  min_tls_version = "TLS_1_0"\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
      },
    ],
  },
  [
    settingRule({
      meta: partMeta(gcpMeta, 'setting'),
      keys: /min_tls_version|minTlsVersion|min-tls-version/,
      where: (s, file) => {
        if (!isGoogle(file, s)) return false;
        const sep = file.code.slice(s.keyStart + s.key.length, s.valueStart);
        if (/^["']?[ \t]+$/.test(sep)) return /-{2}$/.test(file.code.slice(Math.max(0, s.keyStart - 2), s.keyStart));
        return true;
      },
      evaluate: (s, ctx) => gcpMinimum(s, ctx.floor),
      instead: (ctx) => `\`min_tls_version = "${ctx.floor === 'TLSv1.3' ? 'TLS_1_3' : 'TLS_1_2'}"\``,
      examples: NO_EXAMPLES,
    }),
  ],
);

// N17: defaults — an SSL policy without min_tls_version, a proxy without an SSL policy.

const GCP_DEFAULT = range('TLSv1.0', 'TLSv1.3');

export const gcpSslPolicyDefault: Rule = {
  meta: {
    id: 'gcp/ssl-policy-default',
    title: 'Google Cloud SSL policy or proxy uses the TLS 1.0 default',
    description:
      'A `google_compute_ssl_policy` without `min_tls_version` gets `TLS_1_0`, and a target HTTPS/SSL proxy without `ssl_policy` uses the Google default policy (COMPATIBLE, TLS 1.0); both accept TLS 1.0 and 1.1.',
    ecosystem: 'Other clouds',
    catalogue: ['N17'],
    docs: ['https://cloud.google.com/load-balancing/docs/ssl-policies-concepts#defining_an_ssl_policy'],
    files: { kinds: ['hcl', 'yaml'] },
    keywords:
      /google_compute_ssl_policy|google_compute_region_ssl_policy|google_compute_target_https_proxy|google_compute_region_target_https_proxy|google_compute_target_ssl_proxy|ComputeSSLPolicy/,
    fixable: false,
    safe: 'min_tls_version = "TLS_1_2" (and ssl_policy = google_compute_ssl_policy.modern.id on every proxy)',
    limits:
      'Only Terraform resources and Config Connector `ComputeSSLPolicy` objects are checked; `dynamic` blocks and module wrappers are not followed.',
  },
  *check(file) {
    const code = file.code;
    if (file.kind === 'hcl') {
      const re =
        /\bresource[ \t]+"(google_compute_(?:region_)?ssl_policy|google_compute_(?:region_)?target_https_proxy|google_compute_target_ssl_proxy)"[ \t]+"[\w-]{1,100}"[ \t]*\{/g;
      for (let m = re.exec(code); m; m = re.exec(code)) {
        const open = m.index + m[0].length - 1;
        const body = code.slice(open, blockEnd(code, open));
        const policy = /ssl_policy"$/.test(m[1]) || m[1].endsWith('ssl_policy');
        if (policy ? /\bmin_tls_version\b/.test(body) : /\bssl_policy\b/.test(body)) continue;
        // RESTRICTED has only TLS 1.2 cipher suites: older versions cannot complete a handshake.
        if (policy && /\bprofile[ \t]*=[ \t]*"RESTRICTED"/.test(body)) continue;
        yield {
          start: m.index,
          end: open,
          versions: GCP_DEFAULT,
          what: policy ? `${m[1]} without min_tls_version` : `${m[1]} without ssl_policy`,
          why: policy ? 'min_tls_version defaults to TLS_1_0' : 'the default SSL policy allows TLS 1.0',
          instead: policy
            ? '`min_tls_version = "TLS_1_2"`'
            : '`ssl_policy = google_compute_ssl_policy.<name>.id` with `min_tls_version = "TLS_1_2"`',
          severity: 'warning',
        };
      }
    } else {
      const re = /^kind:[ \t]*ComputeSSLPolicy[ \t]*$/gm;
      for (let m = re.exec(code); m; m = re.exec(code)) {
        // The YAML document around the line, at most 4000 characters either side: a file without
        // `---` must not be read from its start (or to its end) for every match.
        const from = Math.max(0, m.index - 4000);
        const previous = code.slice(from, m.index).lastIndexOf('\n---');
        const next = code.slice(m.index, m.index + 4000).indexOf('\n---');
        const doc = code.slice(
          previous < 0 ? from : from + previous + 1,
          next < 0 ? Math.min(code.length, m.index + 4000) : m.index + next,
        );
        if (/\bminTlsVersion\b/.test(doc) || /\bprofile:[ \t]*["']?RESTRICTED/.test(doc)) continue;
        yield {
          start: m.index,
          end: m.index + m[0].length,
          versions: GCP_DEFAULT,
          what: 'ComputeSSLPolicy without minTlsVersion',
          why: 'minTlsVersion defaults to TLS_1_0',
          instead: '`minTlsVersion: TLS_1_2`',
          severity: 'warning',
        };
      }
    }
  },
  examples: {
    valid: [
      { file: 'lb.tf', code: 'resource "google_compute_ssl_policy" "p" {\n  name            = "p"\n  min_tls_version = "TLS_1_2"\n}' },
      {
        file: 'lb.tf',
        code: 'resource "google_compute_target_https_proxy" "proxy" {\n  url_map          = google_compute_url_map.m.id\n  ssl_certificates = [google_compute_managed_ssl_certificate.c.id]\n  ssl_policy       = google_compute_ssl_policy.modern.id\n}',
      },
      {
        file: 'lb.tf',
        code: 'resource "google_compute_target_http_proxy" "plain" {\n  url_map = google_compute_url_map.m.id\n}',
        note: 'HTTP proxy: no TLS',
      },
      {
        file: 'lb.tf',
        code: 'data "google_compute_ssl_policy" "p" {\n  name = "existing"\n}',
        note: 'a data source reads an existing policy',
      },
      { file: 'policy.yaml', code: 'kind: ComputeSSLPolicy\nspec:\n  minTlsVersion: TLS_1_2\n' },
      {
        file: 'lb.tf',
        code: 'resource "google_compute_ssl_policy" "schemes" {\n  name    = "schemes"\n  profile = "RESTRICTED"\n}',
        note: 'RESTRICTED offers only TLS 1.2 cipher suites',
      },
    ],
    invalid: [
      {
        file: 'lb.tf',
        code: 'resource "google_compute_ssl_policy" "compat" {\n  name    = "compat"\n  profile = "MODERN"\n}',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'lb.tf',
        code: 'resource "google_compute_target_https_proxy" "proxy" {\n  name             = "proxy"\n  url_map          = google_compute_url_map.m.id\n  ssl_certificates = [google_compute_managed_ssl_certificate.c.id]\n}',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'lb.tf',
        code: 'resource "google_compute_target_ssl_proxy" "tcp" {\n  backend_service  = google_compute_backend_service.b.id\n  ssl_certificates = [google_compute_ssl_certificate.c.id]\n}',
        findings: ['1:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'policy.yaml',
        code: 'apiVersion: compute.cnrm.cloud.google.com/v1beta1\nkind: ComputeSSLPolicy\nmetadata:\n  name: p\nspec:\n  profile: MODERN\n',
        findings: ['2:1 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
    ],
  },
};

// N18: Alibaba Cloud SLB / ALB TLS cipher policies.

const ALI_POLICIES: Readonly<Record<string, VersionSet>> = {
  tls_cipher_policy_1_0: range('TLSv1.0', 'TLSv1.2'),
  tls_cipher_policy_1_1: range('TLSv1.1', 'TLSv1.2'),
  tls_cipher_policy_1_2: range('TLSv1.2', 'TLSv1.2'),
  tls_cipher_policy_1_2_strict: range('TLSv1.2', 'TLSv1.2'),
};

function isAlibaba(file: SourceFile, s: Setting): boolean {
  if (file.kind === 'hcl') {
    const type = tfResourceType(file.code, s.keyStart);
    if (type) return /^alicloud_/.test(type);
  }
  // The predefined policy names are Alibaba's own: module inputs and tfvars need no other hint.
  return (
    fileFlag(file, 'alibaba', (f) => /alicloud|aliyun|ALIYUN::|alibabacloud/i.test(f.code)) || /^\s*["']?tls_cipher_policy_1_/.test(s.value)
  );
}

function inTfVariable(file: SourceFile, offset: number): boolean {
  if (file.kind !== 'hcl') return false;
  const outer = enclosingBlocks(file.code, offset, 8000).pop();
  return outer !== undefined && /^variable\b/.test(outer.header);
}

const aliMeta: RuleMeta = {
  id: 'alicloud/slb-tls-policy',
  title: 'Alibaba Cloud load balancer TLS policy allows legacy TLS',
  description:
    'Alibaba Cloud SLB/ALB HTTPS listeners take a TLS policy: the predefined `tls_cipher_policy_1_0` / `tls_cipher_policy_1_1`, or a custom policy (`alicloud_slb_tls_cipher_policy`, `alicloud_alb_security_policy`) whose `tls_versions` lists TLSv1.0 or TLSv1.1.',
  ecosystem: 'Other clouds',
  catalogue: ['N18'],
  docs: ['https://www.alibabacloud.com/help/en/slb/classic-load-balancer/user-guide/tls-security-policies'],
  files: CLOUD_FILES,
  keywords: /tls_cipher_policy|tls_versions|TLSVersions|TlsVersions|TLSCipherPolicy|TlsCipherPolicy/,
  fixable: true,
  safe: 'tls_cipher_policy = "tls_cipher_policy_1_2"',
  limits:
    'A listener without a policy gets `tls_cipher_policy_1_0` on older SLB API versions; not reported. Huawei, Tencent, OCI and NIFCLOUD load balancer policies are not covered.',
};

export const alicloudTlsPolicy = combine(
  aliMeta,
  {
    valid: [
      {
        file: 'slb.tf',
        code: 'resource "alicloud_slb_listener" "https" {\n  protocol          = "https"\n  tls_cipher_policy = "tls_cipher_policy_1_2"\n}',
      },
      {
        file: 'slb.tf',
        code: 'resource "alicloud_slb_listener" "https" {\n  tls_cipher_policy = "tls_cipher_policy_1_2_strict_with_1_3"\n}',
        note: '`_1_2_strict_with_1_3` is not `_1_0`',
      },
      {
        file: 'slb.tf',
        code: 'resource "alicloud_slb_tls_cipher_policy" "p" {\n  tls_versions = ["TLSv1.2", "TLSv1.3"]\n  ciphers      = ["ECDHE-ECDSA-AES128-GCM-SHA256"]\n}',
      },
      { file: 'alb.tf', code: 'resource "alicloud_alb_listener" "https" {\n  security_policy_id = alicloud_alb_security_policy.p.id\n}' },
      {
        file: 'slb.tf',
        code: '# tls_cipher_policy = "tls_cipher_policy_1_0"\nresource "alicloud_slb_listener" "https" {\n  tls_cipher_policy = var.tls_policy\n}',
      },
    ],
    invalid: [
      {
        file: 'slb.tf',
        code: 'resource "alicloud_slb_listener" "https" {\n  protocol          = "https"\n  tls_cipher_policy = "tls_cipher_policy_1_0"\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        output:
          'resource "alicloud_slb_listener" "https" {\n  protocol          = "https"\n  tls_cipher_policy = "tls_cipher_policy_1_2"\n}',
      },
      {
        file: 'alb.tf',
        code: 'resource "alicloud_alb_listener" "https" {\n  listener_protocol  = "HTTPS"\n  security_policy_id = "tls_cipher_policy_1_1"\n}',
        findings: ['3:3 TLSv1.1'],
      },
      {
        file: 'slb.tf',
        code: 'resource "alicloud_slb_tls_cipher_policy" "p" {\n  tls_cipher_policy_name = "legacy"\n  tls_versions           = ["TLSv1.0", "TLSv1.1", "TLSv1.2"]\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        output:
          'resource "alicloud_slb_tls_cipher_policy" "p" {\n  tls_cipher_policy_name = "legacy"\n  tls_versions           = ["TLSv1.2"]\n}',
      },
      {
        file: 'alb.tf',
        code: 'resource "alicloud_alb_security_policy" "p" {\n  tls_versions = ["TLSv1.1", "TLSv1.2", "TLSv1.3"]\n}',
        findings: ['2:3 TLSv1.1'],
      },
      {
        file: 'slb.tfvars',
        code: 'ssl_certificates = {\n  tls_cipher_policy = "tls_cipher_policy_1_1"\n}',
        findings: ['2:3 TLSv1.1'],
        note: 'module input in tfvars',
      },
      {
        file: 'variables.tf',
        code: 'variable "ssl_certificates" {\n  type = map(string)\n  default = {\n    tls_cipher_policy = "tls_cipher_policy_1_0"\n  }\n}',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'ros.yaml',
        code: 'ROSTemplateFormatVersion: "2015-09-01"\nResources:\n  Listener:\n    Type: ALIYUN::SLB::Listener\n    Properties:\n      Protocol: https\n      TLSCipherPolicy: tls_cipher_policy_1_0\n',
        findings: ['7:7 TLSv1.0 TLSv1.1'],
      },
    ],
  },
  [
    settingRule({
      meta: partMeta(aliMeta, 'name'),
      keys: /tls_cipher_policy|security_policy_id|TLSCipherPolicy|TlsCipherPolicy|SecurityPolicyId/,
      where: (s, file) => isAlibaba(file, s),
      evaluate: (s, _ctx, file) => {
        const lit = literalOf(s.value, s.form);
        const versions = lit ? ALI_POLICIES[lit.toLowerCase()] : undefined;
        if (!lit || versions === undefined) return undefined;
        const at = s.value.indexOf(lit);
        if (inTfVariable(file, s.keyStart)) return { versions, severity: 'warning', why: 'the default of a variable' };
        return { versions, fix: { start: s.valueStart + at, end: s.valueStart + at + lit.length, text: 'tls_cipher_policy_1_2' } };
      },
      instead: '`tls_cipher_policy_1_2` (or `tls_cipher_policy_1_2_strict_with_1_3`)',
      examples: NO_EXAMPLES,
    }),
    settingRule({
      meta: partMeta(aliMeta, 'versions'),
      keys: /tls_versions|TLSVersions|TlsVersions/,
      where: (s, file) => isAlibaba(file, s),
      evaluate: (s, ctx) => {
        const tokens = tokenize(s.value, s.valueStart, s.form === 'block-list' ? /[\s,"'[\]-]+/g : undefined);
        const result = evalList(tokens);
        if (!result) return undefined;
        const keep = tokens.filter((t) => {
          const v = readVersion(t.text);
          return v && (atLeast(ctx.floor) & atLeast(v)) === atLeast(v);
        });
        const plain = s.form === 'list' && /^\s*"[^"]*"(?:\s*,\s*"[^"]*")*\s*$/.test(s.value);
        return {
          versions: result.versions,
          fix: plain && keep.length ? { start: s.valueStart, end: s.valueEnd, text: keep.map((t) => `"${t.text}"`).join(', ') } : undefined,
        };
      },
      instead: '`["TLSv1.2", "TLSv1.3"]`',
      examples: NO_EXAMPLES,
    }),
  ],
);

export const rules: readonly Rule[] = [gcpSslPolicyMinTls, gcpSslPolicyDefault, alicloudTlsPolicy];
