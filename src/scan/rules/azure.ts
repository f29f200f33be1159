/**
 * Azure infrastructure as code: Terraform azurerm/azapi, ARM JSON, Bicep, Pulumi azure-native,
 * Ansible azure modules, and the Azure CLI / Az PowerShell flags that set the same properties.
 * Minimum TLS versions (Storage, SQL, MySQL/PostgreSQL, Redis, App Service, Front Door, CDN,
 * Event Hubs, Service Bus, Cosmos DB, Event Grid), Application Gateway SSL policies, API
 * Management protocol switches and flexible-server parameters.
 */
import { range, atLeast, setOf, type VersionSet } from '../../versions.js';
import { readVersion, respell } from '../evaluate.js';
import { patternRule, settingRule, type Setting } from '../define.js';
import type { Rule, RuleContext, RuleMeta } from '../rule.js';
import type { SourceFile } from '../source.js';
import {
  combine,
  dbParameter,
  enclosingBlocks,
  fileFlag,
  innermostBlock,
  isAzureParameter,
  gated,
  isIacFile,
  lineAround,
  lineStartOf,
  nameValueParameters,
  NO_EXAMPLES,
  partMeta,
  tfResourceType,
} from './aws/index.js';

const AZURE_FILES = {
  kinds: ['hcl', 'json', 'yaml', 'ts', 'js', 'python', 'csharp', 'go', 'java', 'shell', 'powershell', 'other'] as const,
};

/** Values that mean "no minimum": every version the service still speaks. */
const NO_MINIMUM: Readonly<Record<string, VersionSet>> = {
  disabled: range('TLSv1.0', 'TLSv1.2'),
  none: range('TLSv1.0', 'TLSv1.2'),
  tlsenforcementdisabled: range('TLSv1.0', 'TLSv1.2'),
};

/** Whether a setting at `offset` is Azure's (and not Google's, Cloudflare's, …). */
const GOOGLE = /gcloud|ComputeSSLPolicy|cnrm\.cloud\.google|gcp\.compute|pulumi_gcp|google_compute/;

function isAzure(file: SourceFile, s: Setting): boolean {
  if (/\.bicep$/i.test(file.path)) return true;
  if (file.kind !== 'hcl') {
    if (/gcloud/.test(lineAround(file.code, s.keyStart))) return false;
    // Other YAML/JSON users of `min_tls_version` (Emissary, Vault, …) belong to other rules.
    return fileFlag(
      file,
      'azure',
      (f) => /Microsoft\.\w+\/|azure|\baz[ \t]+\w|-Az[A-Z]/i.test(f.code) && (!GOOGLE.test(f.code) || /Microsoft\.\w+\//.test(f.code)),
    );
  }
  const type = tfResourceType(file.code, s.keyStart);
  if (type) return /^(?:azurerm|azapi|azurestack)_/.test(type);
  // module inputs, locals, variables: Azure when the file is about Azure
  return fileFlag(file, 'azure-hcl', (f) => /azurerm|azapi/.test(f.code) && !/\bgoogle_|\bcloudflare_/.test(f.code));
}

function tfVariableName(file: SourceFile, offset: number): string | undefined {
  if (file.kind !== 'hcl') return undefined;
  const outer = enclosingBlocks(file.code, offset, 8000).pop();
  const m = outer && /^variable\s+"([\w-]+)"/.exec(outer.header);
  return m ? m[1] : undefined;
}

function minimumToken(s: Setting): { text: string; start: number } | undefined {
  let v = s.value.trim();
  let start = s.valueStart + s.value.indexOf(v);
  if (s.form === 'bare') {
    if (/[?+]|\$\{|\bvar\.|\blocal\.|\bparameters\(/.test(v)) return undefined;
    const first = /^[^\s,]+/.exec(v);
    if (!first) return undefined;
    v = first[0];
    // Pulumi / SDK enums: `azure_native.storage.MinimumTlsVersion.TLS1_0`, `MinimalTlsVersion.Tls11`
    const e = /^(?:[\w]{1,40}\.){0,4}\w*Tls\w*Version\.(\w{1,20})$/i.exec(v);
    if (e) {
      start += v.length - e[1].length;
      v = e[1];
    }
  } else if (s.form === 'quoted') {
    const q = /^["']?([\w.]{1,40})["']?$/.exec(v);
    if (!q) return undefined;
    start += v.indexOf(q[1]);
    v = q[1];
  } else return undefined;
  return { text: v, start };
}

function azureMinimum(
  s: Setting,
  ctx: RuleContext,
): { versions: VersionSet; fix?: { start: number; end: number; text: string }; why?: string; instead?: string } | undefined {
  const t = minimumToken(s);
  if (!t) return undefined;
  const special = NO_MINIMUM[t.text.toLowerCase()];
  if (special !== undefined) return { versions: special, why: `\`${t.text}\` sets no minimum` };
  const v = readVersion(t.text, { bareNumbers: true, spell: { tls: 'TLSv1.0' } });
  if (!v) return undefined;
  const spelled = /^tls$/i.test(t.text) ? `${t.text}12` : respell(t.text, ctx.floor);
  const fix =
    spelled && readVersion(spelled, { bareNumbers: true }) === ctx.floor
      ? { start: t.start, end: t.start + t.text.length, text: spelled }
      : undefined;
  return { versions: atLeast(v), fix, instead: spelled ? `\`${spelled}\`` : undefined };
}

const minTlsMeta: RuleMeta = {
  id: 'azure/min-tls-version',
  title: 'Azure resource accepts legacy TLS (minimum TLS version)',
  description:
    'Azure services take a minimum TLS version per resource: Storage `min_tls_version` / `minimumTlsVersion` (`TLS1_0`), SQL `minimum_tls_version` / `minimalTlsVersion` (`1.0`, `Disabled`, `None`), MySQL/PostgreSQL single server `ssl_minimal_tls_version_enforced` (`TLS1_0`, `TLSEnforcementDisabled`), Redis, Event Hubs, Service Bus (`1.0`), App Service and Functions `min_tls_version` and the often forgotten `scm_minimum_tls_version` / `scmMinTlsVersion`, Front Door and CDN (`TLS10`), Cosmos DB `minimal_tls_version` (`Tls`, `Tls11`), Event Grid `minimum_tls_version_allowed`.',
  ecosystem: 'Azure',
  catalogue: ['N8', 'N9', 'N10', 'N11', 'N12', 'N14', 'N16'],
  docs: [
    'https://learn.microsoft.com/azure/storage/common/transport-layer-security-configure-minimum-version',
    'https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#minimal-tls-version',
    'https://learn.microsoft.com/azure/app-service/overview-tls',
  ],
  files: AZURE_FILES,
  keywords: /tls_version|TlsVersion|tls-version|TlsVersionAllowed|tls_version_enforced/,
  fixable: true,
  safe: 'min_tls_version = "TLS1_2"',
  limits:
    'A missing attribute takes the provider or API-version default (TLS1_0 for Storage in API versions before 2023-01-01 and azurerm < 3.0; TLS1_2 since); that depends on versions outside the file and is not reported. Values from variables and parameters are unknown; a variable default is a warning.',
};

export const azureMinTlsVersion = combine(
  minTlsMeta,
  {
    valid: [
      {
        file: 'modules/postgresql_server/server.tf',
        code: 'resource "azurerm_postgresql_server" "pg" {\n  ssl_minimal_tls_version_enforced = try(var.settings.ssl_minimal_tls_version_enforced, "TLS1_2")\n}',
        note: 'a safe fallback',
      },
      {
        file: 'storage.tf',
        code: 'resource "azurerm_storage_account" "sa" {\n  min_tls_version = lookup(var.tls, "TLS1_0", "TLS1_2")\n}',
        note: 'lookup(): only the last argument is the default; a key that looks like a version is not a value',
      },
      {
        file: 'storage.tf',
        code: 'resource "azurerm_storage_account" "sa" {\n  name            = "stexample"\n  min_tls_version = "TLS1_2"\n}',
      },
      { file: 'sql.tf', code: 'resource "azurerm_mssql_server" "sql" {\n  version             = "12.0"\n  minimum_tls_version = "1.2"\n}' },
      {
        file: 'main.bicep',
        code: "resource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: name\n  properties: {\n    minimumTlsVersion: 'TLS1_2'\n  }\n}",
      },
      {
        file: 'azuredeploy.json',
        code: '{\n  "type": "Microsoft.Web/sites",\n  "properties": {\n    "siteConfig": { "minTlsVersion": "1.2", "scmMinTlsVersion": "1.3" }\n  }\n}',
      },
      {
        file: 'ssl.tf',
        code: 'resource "google_compute_ssl_policy" "p" {\n  min_tls_version = "TLS_1_0"\n}',
        note: 'GCP resource: the gcp rule reports it',
      },
      { file: 'cf.tf', code: 'resource "cloudflare_zone_settings_override" "z" {\n  settings {\n    min_tls_version = "1.2"\n  }\n}' },
      {
        file: 'storage.tf',
        code: 'resource "azurerm_storage_account" "sa" {\n  min_tls_version = var.min_tls_version\n}',
        note: 'variable: unknown',
      },
      {
        file: 'storage.tf',
        code: 'resource "azurerm_storage_account" "sa" {\n  # min_tls_version = "TLS1_0"\n  min_tls_version = "TLS1_2"\n}',
        note: 'commented out',
      },
      { file: 'cosmos.tf', code: 'resource "azurerm_cosmosdb_account" "db" {\n  minimal_tls_version = "Tls12"\n}' },
      {
        file: 'tests/test_analyzer.py',
        code: "def test_tls_minimum_version_positive(analyzer):\n    code = '''resource sa 'Microsoft.Storage/storageAccounts@2021-09-01' = {\n  properties: {\n    minimumTlsVersion: 'TLS1_0'\n  }\n}'''\n    assert analyzer.analyze(code, 'bicep').findings",
        note: 'a Bicep snippet inside a scanner test',
      },
      {
        file: 'emissary/module.yaml',
        code: 'apiVersion: getambassador.io/v3alpha1\nkind: TLSContext\nspec:\n  min_tls_version: v1.0\n',
        note: 'Emissary belongs to the proxy rules',
      },
      {
        file: 'main.bicep',
        code: "@allowed([\n  'TLS1_0'\n  'TLS1_1'\n  'TLS1_2'\n])\nparam minimumTlsVersion string = 'TLS1_2'\n",
        note: 'the allowed list is not a setting',
      },
      { file: 'azuredeploy.json', code: '"minimumTlsVersion": "[parameters(\'minimumTlsVersion\')]"', note: 'template expression' },
      {
        file: 'frontdoor.tf',
        code: 'resource "azurerm_cdn_frontdoor_custom_domain" "d" {\n  tls {\n    certificate_type    = "ManagedCertificate"\n    minimum_tls_version = "TLS12"\n  }\n}',
      },
      {
        file: 'main.bicep',
        code: "param minTls string = 'TLS1_2'\nresource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  properties: {\n    minimumTlsVersion: minTls\n  }\n}",
      },
    ],
    invalid: [
      {
        file: 'storage.tf',
        code: 'resource "azurerm_storage_account" "sa" {\n  name                     = "stlegacy"\n  account_tier             = "Standard"\n  min_tls_version          = "TLS1_0"\n}',
        findings: ['4:3 TLSv1.0 TLSv1.1'],
        output:
          'resource "azurerm_storage_account" "sa" {\n  name                     = "stlegacy"\n  account_tier             = "Standard"\n  min_tls_version          = "TLS1_2"\n}',
      },
      {
        file: 'sql.tf',
        code: 'resource "azurerm_mssql_server" "sql" {\n  minimum_tls_version = "1.1"\n}',
        findings: ['2:3 TLSv1.1'],
        output: 'resource "azurerm_mssql_server" "sql" {\n  minimum_tls_version = "1.2"\n}',
      },
      {
        file: 'sql.tf',
        code: 'resource "azurerm_mssql_server" "sql" {\n  minimum_tls_version = "Disabled"\n}',
        findings: ['2:3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'mysql.tf',
        code: 'resource "azurerm_mysql_server" "db" {\n  ssl_enforcement_enabled          = true\n  ssl_minimal_tls_version_enforced = "TLSEnforcementDisabled"\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'modules/postgresql_server/server.tf',
        code: 'resource "azurerm_postgresql_server" "pg" {\n  ssl_minimal_tls_version_enforced = try(var.settings.ssl_minimal_tls_version_enforced, "TLSEnforcementDisabled")\n}',
        findings: ['2:89 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'the literal fallback of try(): the module default when the input is unset, reported at the literal',
      },
      {
        file: 'webapp.tf',
        code: 'resource "azurerm_linux_web_app" "app" {\n  site_config {\n    minimum_tls_version     = "1.2"\n    scm_minimum_tls_version = "1.0"\n  }\n}',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
        note: 'the Kudu/SCM endpoint',
      },
      {
        file: 'redis.tf',
        code: 'resource "azurerm_redis_cache" "r" {\n  minimum_tls_version = 1.0\n}',
        findings: ['2:3 TLSv1.0 TLSv1.1'],
        note: 'number, not string',
      },
      {
        file: 'main.bicep',
        code: "resource sa 'Microsoft.Storage/storageAccounts@2022-09-01' = {\n  properties: {\n    minimumTlsVersion: 'TLS1_0'\n    supportsHttpsTrafficOnly: true\n  }\n}",
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        output:
          "resource sa 'Microsoft.Storage/storageAccounts@2022-09-01' = {\n  properties: {\n    minimumTlsVersion: 'TLS1_2'\n    supportsHttpsTrafficOnly: true\n  }\n}",
      },
      {
        file: 'azuredeploy.json',
        code: '{\n  "type": "Microsoft.Sql/servers",\n  "properties": {\n    "administratorLogin": "[parameters(\'admin\')]",\n    "minimalTlsVersion": "1.0"\n  }\n}',
        findings: ['5:5 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'azuredeploy.json',
        code: '{\n  "type": "Microsoft.Web/sites/config",\n  "properties": {\n    "minTlsVersion": "1.2",\n    "scmMinTlsVersion": "1.1"\n  }\n}',
        findings: ['5:5 TLSv1.1'],
      },
      {
        file: 'cosmos.tf',
        code: 'resource "azurerm_cosmosdb_account" "db" {\n  minimal_tls_version = "Tls"\n}',
        findings: ['2:3 TLSv1.0 TLSv1.1'],
        note: 'Cosmos DB spells TLS 1.0 `Tls`',
      },
      {
        file: 'cdn.tf',
        code: 'resource "azurerm_cdn_frontdoor_custom_domain" "d" {\n  tls {\n    minimum_tls_version = "TLS10"\n  }\n}',
        findings: ['3:5 TLSv1.0 TLSv1.1'],
        output: 'resource "azurerm_cdn_frontdoor_custom_domain" "d" {\n  tls {\n    minimum_tls_version = "TLS12"\n  }\n}',
      },
      {
        file: 'eventhub.tf',
        code: 'resource "azurerm_eventhub_namespace" "ns" {\n  sku                 = "Standard"\n  minimum_tls_version = "1.0"\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'variables.tf',
        code: 'variable "min_tls_version" {\n  type    = string\n  default = "TLS1_1"\n}\nresource "azurerm_storage_account" "sa" {\n  min_tls_version = var.min_tls_version\n}',
        findings: ['3:3 TLSv1.1'],
        severity: 'warning',
      },
      {
        file: 'deploy.sh',
        code: 'az storage account create -n "$NAME" -g "$RG" --min-tls-version TLS1_0 --https-only true',
        findings: ['1:49 TLSv1.0 TLSv1.1'],
      },
      { file: 'deploy.sh', code: 'az webapp config set --name app --resource-group rg --min-tls-version 1.1', findings: ['1:55 TLSv1.1'] },
      {
        file: 'tasks/main.yml',
        code: '- name: Create storage account\n  azure_rm_storageaccount:\n    name: stlegacy\n    minimum_tls_version: TLS1_0\n',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
        note: 'Ansible',
      },
      {
        file: 'index.ts',
        code: 'import * as storage from "@pulumi/azure-native/storage";\nnew storage.StorageAccount("sa", {\n    minimumTlsVersion: storage.MinimumTlsVersion.TLS1_1,\n});',
        findings: ['3:5 TLSv1.1'],
        note: 'Pulumi azure-native enum',
      },
      {
        file: 'provision.py',
        code: 'from azure.mgmt.storage.models import StorageAccountCreateParameters\nparams = StorageAccountCreateParameters(sku=sku, kind="StorageV2", location=loc, minimum_tls_version="TLS1_0")',
        findings: ['2:82 TLSv1.0 TLSv1.1'],
        note: 'Azure management SDK',
      },
      {
        file: 'storage.bicep',
        code: "@allowed([\n  'TLS1_0'\n  'TLS1_1'\n  'TLS1_2'\n])\nparam minimumTlsVersion string = 'TLS1_0'\n",
        findings: ['6:35 TLSv1.0 TLSv1.1'],
        severity: 'warning',
        note: 'Bicep parameter default',
      },
      {
        file: 'main.prod.bicepparam',
        code: "using './main.bicep'\nparam minimumTlsVersion = 'TLS1_1'\n",
        findings: ['2:28 TLSv1.1'],
        severity: 'error',
        note: 'Bicep parameters file: the deployed value',
      },
      {
        file: 'azuredeploy.json',
        code: '{\n  "parameters": {\n    "minimalTlsVersion": {\n      "type": "string",\n      "defaultValue": "1.1",\n      "allowedValues": ["1.0", "1.1", "1.2"]\n    }\n  }\n}',
        findings: ['5:24 TLSv1.1'],
        severity: 'warning',
        note: 'ARM parameter default',
      },
      {
        file: 'eventgrid.tf',
        code: 'resource "azurerm_eventgrid_topic" "t" {\n  minimum_tls_version_allowed = "1.0"\n}',
        findings: ['2:3 TLSv1.0 TLSv1.1'],
      },
    ],
  },
  [
    settingRule({
      meta: partMeta(minTlsMeta, 'setting'),
      keys: /(?:scm_)?min(?:imum|imal)?_tls_version(?:_allowed)?|ssl_minimal_tls_version_enforced|(?:scm)?min(?:imum|imal)?TlsVersion(?:Allowed)?|min(?:imum|imal)?-tls-version|tls_version/i,
      finder: { spaceSeparated: true },
      where: (s, file) => {
        if (!isAzure(file, s)) return false;
        // `tls_version` alone is only the CDN custom domain's; elsewhere it is a MySQL parameter.
        if (/^tls_version$/i.test(s.key))
          return file.kind === 'hcl' && /^azurerm_cdn_endpoint_custom_domain$/.test(tfResourceType(file.code, s.keyStart) ?? '');
        // Space-separated only for CLI/PowerShell flags.
        const sep = file.code.slice(s.keyStart + s.key.length, s.valueStart);
        if (/^["']?[ \t]+$/.test(sep)) {
          const start = lineStartOf(file.code, s.keyStart);
          const line = file.code.slice(start, s.keyStart);
          // an `az …` or `…-Az…` command, possibly continued from the previous line with `\`
          const previousEnd = file.code.slice(Math.max(0, start - 3), start);
          return /(?:^|\s)-{1,2}$/.test(line) && (/\baz\b|-Az[A-Z]/.test(line) || /[\\`]\r?\n$/.test(previousEnd));
        }
        return true;
      },
      evaluate: (s, ctx) => azureMinimum(s, ctx),
      instead: (ctx) =>
        `\`"${ctx.floor === 'TLSv1.3' ? 'TLS1_3' : 'TLS1_2'}"\` (or \`"${ctx.floor === 'TLSv1.3' ? '1.3' : '1.2'}"\`, \`TLS12\`, \`Tls12\` in the service's spelling)`,
      examples: NO_EXAMPLES,
    }),
    patternRule({
      meta: partMeta(minTlsMeta, 'parameter-default'),
      // Bicep `param minTlsVersion string = 'TLS1_0'`, ARM `"minimumTlsVersion": { …, "defaultValue": "1.0" }`
      pattern:
        /\bparam[ \t]+(\w{0,40}[Tt]ls\w{0,40})(?:[ \t]+string)?[ \t]*=[ \t]*'([\w.]{1,20})'|"(\w{0,40}[Tt]ls\w{0,40})"[ \t]*:[ \t]*\{[^{}]{0,400}?"defaultValue"[ \t]*:[ \t]*"([\w.]{1,20})"/,
      evaluate: (m, _ctx, file) => {
        const name = m[1] ?? m[3];
        const value = m[2] ?? m[4];
        if (!/min|version/i.test(name)) return undefined;
        const special = NO_MINIMUM[value.toLowerCase()];
        const v = readVersion(value, { bareNumbers: true, spell: { tls: 'TLSv1.0' } });
        const versions = special ?? (v ? atLeast(v) : undefined);
        if (versions === undefined) return undefined;
        const at = m.index + m[0].length - value.length - 1;
        // A .bicepparam file holds the values deployed, not defaults.
        if (/\.bicepparam$/i.test(file.path))
          return { versions, why: 'the value passed to the template', start: at, end: at + value.length };
        return { versions, severity: 'warning', why: 'the default of a template parameter', start: at, end: at + value.length };
      },
      instead: "`TLS1_2` (or `1.2`, in the service's spelling) as the default",
      examples: NO_EXAMPLES,
    }),
    settingRule({
      meta: partMeta(minTlsMeta, 'variable-default'),
      keys: /default/,
      where: (s, file) =>
        /min(?:imum|imal)?_?tls|tls_?version/i.test(tfVariableName(file, s.keyStart) ?? '') && isAzure(file, s) && !/TLS_1_/i.test(s.value),
      evaluate: (s, ctx) => {
        const e = azureMinimum(s, ctx);
        return e && { ...e, severity: 'warning', why: 'the default of a variable', fix: undefined };
      },
      instead: '`"TLS1_2"` (or `"1.2"` in the service\'s spelling)',
      examples: NO_EXAMPLES,
    }),
  ],
);

// N13: Application Gateway SSL policies.

const APPGW_POLICIES: Readonly<Record<string, VersionSet>> = {
  appgwsslpolicy20150501: range('TLSv1.0', 'TLSv1.2'),
  appgwsslpolicy20170401: range('TLSv1.1', 'TLSv1.2'),
};

function inSslPolicy(file: SourceFile, offset: number): boolean {
  if (file.kind === 'hcl' && !/\.bicep$/i.test(file.path)) {
    const type = tfResourceType(file.code, offset);
    if (type && !/^(?:azurerm_application_gateway|azurerm_web_application_firewall_policy|azapi_resource)$/.test(type)) return false;
  }
  return enclosingBlocks(file.code, offset, 2000)
    .slice(0, 2)
    .some((b) => /ssl_?policy/i.test(b.header));
}

const appgwMeta: RuleMeta = {
  id: 'azure/app-gateway-ssl-policy',
  title: 'Application Gateway SSL policy allows legacy TLS',
  description:
    'An Application Gateway `ssl_policy` / `sslPolicy` with the predefined `AppGwSslPolicy20150501` (TLS 1.0+) or `AppGwSslPolicy20170401` (TLS 1.1+), a custom `min_protocol_version = "TLSv1_0"` / `"TLSv1_1"`, or a `disabled_protocols` list that leaves TLS 1.0/1.1 on lets clients negotiate legacy versions.',
  ecosystem: 'Azure',
  catalogue: ['N13'],
  docs: ['https://learn.microsoft.com/azure/application-gateway/application-gateway-ssl-policy-overview'],
  files: AZURE_FILES,
  keywords: /AppGwSslPolicy|min_protocol_version|minProtocolVersion|disabled_protocols|disabledSslProtocols/,
  fixable: true,
  safe: 'ssl_policy { policy_type = "Predefined" policy_name = "AppGwSslPolicy20220101S" }',
  limits:
    "A gateway without `ssl_policy` uses the API version's default (AppGwSslPolicy20150501 before API 2023-02-01, AppGwSslPolicy20220101 since); it is not reported.",
};

export const azureAppGatewaySslPolicy = combine(
  appgwMeta,
  {
    valid: [
      {
        file: 'appgw.tf',
        code: 'resource "azurerm_application_gateway" "gw" {\n  ssl_policy {\n    policy_type = "Predefined"\n    policy_name = "AppGwSslPolicy20220101S"\n  }\n}',
      },
      {
        file: 'appgw.tf',
        code: 'resource "azurerm_application_gateway" "gw" {\n  ssl_policy {\n    policy_type = "Predefined"\n    policy_name = "AppGwSslPolicy20170401S"\n  }\n}',
        note: '`20170401S` (with S) is TLS 1.2 only',
      },
      {
        file: 'appgw.tf',
        code: 'resource "azurerm_application_gateway" "gw" {\n  ssl_policy {\n    policy_type          = "CustomV2"\n    min_protocol_version = "TLSv1_2"\n  }\n}',
      },
      {
        file: 'appgw.tf',
        code: 'resource "azurerm_application_gateway" "gw" {\n  ssl_policy {\n    disabled_protocols = ["TLSv1_0", "TLSv1_1"]\n  }\n}',
        note: 'disabling both',
      },
      { file: 'main.bicep', code: "sslPolicy: {\n  policyType: 'Predefined'\n  policyName: 'AppGwSslPolicy20220101'\n}" },
      {
        file: 'appgw.tf',
        code: 'resource "azurerm_application_gateway" "gw" {\n  ssl_policy {\n    policy_name = var.ssl_policy_name\n  }\n}',
      },
    ],
    invalid: [
      {
        file: 'appgw.tf',
        code: 'resource "azurerm_application_gateway" "gw" {\n  ssl_policy {\n    policy_type = "Predefined"\n    policy_name = "AppGwSslPolicy20150501"\n  }\n}',
        findings: ['4:5 TLSv1.0 TLSv1.1'],
        output:
          'resource "azurerm_application_gateway" "gw" {\n  ssl_policy {\n    policy_type = "Predefined"\n    policy_name = "AppGwSslPolicy20220101S"\n  }\n}',
      },
      {
        file: 'appgw.tf',
        code: 'resource "azurerm_application_gateway" "gw" {\n  ssl_policy {\n    policy_type = "Predefined"\n    policy_name = "AppGwSslPolicy20170401"\n  }\n}',
        findings: ['4:5 TLSv1.1'],
      },
      {
        file: 'appgw.tf',
        code: 'resource "azurerm_application_gateway" "gw" {\n  ssl_policy {\n    policy_type          = "Predefined"\n    min_protocol_version = "TLSv1_1"\n    policy_name          = "AppGwSslPolicy20150501"\n  }\n}',
        findings: ['5:5 TLSv1.0 TLSv1.1'],
        note: 'a predefined policy: one finding, on its name',
      },
      {
        file: 'locals.tf',
        code: 'locals {\n  # To be removed once the TLS1.0/1.1 deprecation is complete\n  current_ssl_policy = {\n    policy_type = "Predefined"\n    policy_name = "AppGwSslPolicy20150501"\n  }\n}',
        findings: ['5:5 TLSv1.0 TLSv1.1'],
        note: 'locals passed to a module',
      },
      {
        file: 'appgw.tf',
        code: 'resource "azurerm_application_gateway" "gw" {\n  ssl_profile {\n    name = "legacy"\n    ssl_policy {\n      policy_type          = "Custom"\n      min_protocol_version = "TLSv1_0"\n      cipher_suites        = ["TLS_RSA_WITH_AES_128_CBC_SHA"]\n    }\n  }\n}',
        findings: ['6:7 TLSv1.0 TLSv1.1'],
        output:
          'resource "azurerm_application_gateway" "gw" {\n  ssl_profile {\n    name = "legacy"\n    ssl_policy {\n      policy_type          = "Custom"\n      min_protocol_version = "TLSv1_2"\n      cipher_suites        = ["TLS_RSA_WITH_AES_128_CBC_SHA"]\n    }\n  }\n}',
      },
      {
        file: 'appgw.tf',
        code: 'resource "azurerm_application_gateway" "gw" {\n  ssl_policy {\n    disabled_protocols = ["TLSv1_0"]\n  }\n}',
        findings: ['3:5 TLSv1.1'],
        severity: 'warning',
        note: 'TLSv1_1 stays on',
      },
      {
        file: 'azuredeploy.json',
        code: '"sslPolicy": {\n  "policyType": "Predefined",\n  "policyName": "AppGwSslPolicy20150501"\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'main.bicep',
        code: "sslPolicy: {\n  policyType: 'Custom'\n  minProtocolVersion: 'TLSv1_1'\n}",
        findings: ['3:3 TLSv1.1'],
      },
    ],
  },
  [
    settingRule({
      meta: partMeta(appgwMeta, 'name'),
      keys: /policy_name|policyName/,
      where: (s, file) => inSslPolicy(file, s.keyStart),
      evaluate: (s) => {
        const m = /^["']?(AppGwSslPolicy\d{8})["']?$/i.exec(s.value.trim());
        const versions = m ? APPGW_POLICIES[m[1].toLowerCase()] : undefined;
        if (!m || versions === undefined) return undefined;
        const at = s.value.indexOf(m[1]);
        return { versions, fix: { start: s.valueStart + at, end: s.valueStart + at + m[1].length, text: 'AppGwSslPolicy20220101S' } };
      },
      instead: '`policy_name = "AppGwSslPolicy20220101S"` (or `AppGwSslPolicy20220101`)',
      examples: NO_EXAMPLES,
    }),
    settingRule({
      meta: partMeta(appgwMeta, 'min'),
      keys: /min_protocol_version|minProtocolVersion/,
      where: (s, file) => inSslPolicy(file, s.keyStart),
      evaluate: (s, ctx, file) => {
        // A predefined policy ignores the custom minimum; its name is what counts.
        const block = innermostBlock(file.code, s.keyStart);
        if (block && /policy_?[Tt]ype["']?[ \t]*[:=][ \t]*["']Predefined["']/.test(block.text)) return undefined;
        const m = /^["']?(\w{1,20})["']?$/.exec(s.value.trim());
        const v = m && readVersion(m[1]);
        if (!m || !v) return undefined;
        const spelled = respell(m[1], ctx.floor);
        const at = s.value.indexOf(m[1]);
        return {
          versions: atLeast(v),
          fix: spelled ? { start: s.valueStart + at, end: s.valueStart + at + m[1].length, text: spelled } : undefined,
        };
      },
      instead: (ctx) => `\`min_protocol_version = "${ctx.floor === 'TLSv1.3' ? 'TLSv1_3' : 'TLSv1_2'}"\``,
      examples: NO_EXAMPLES,
    }),
    settingRule({
      meta: partMeta(appgwMeta, 'disabled'),
      keys: /disabled_protocols|disabledSslProtocols/,
      where: (s, file) => inSslPolicy(file, s.keyStart),
      evaluate: (s, _ctx, file) => {
        const block = innermostBlock(file.code, s.keyStart);
        if (block && /policy_name|policyName|min_protocol_version|minProtocolVersion/.test(block.text)) return undefined;
        const tokens = s.value.split(/[\s,"'[\]]+/).filter(Boolean);
        let off = 0;
        for (const t of tokens) {
          const v = readVersion(t);
          if (!v) return undefined;
          off |= setOf(v);
        }
        return {
          versions: range('TLSv1.0', 'TLSv1.2') & ~off,
          severity: 'warning',
          why: 'the rest of the default policy (AppGwSslPolicy20150501 on older API versions) stays enabled',
        };
      },
      instead: '`policy_type = "Predefined"` with `policy_name = "AppGwSslPolicy20220101S"`',
      examples: NO_EXAMPLES,
    }),
  ],
);

// N15: API Management protocol switches.

const APIM_VERSION: Readonly<Record<string, 'SSLv3' | 'TLSv1.0' | 'TLSv1.1'>> = { ssl30: 'SSLv3', tls10: 'TLSv1.0', tls11: 'TLSv1.1' };

export const azureApimProtocols = gated(
  patternRule({
    meta: {
      id: 'azure/apim-legacy-protocols',
      title: 'API Management enables a legacy protocol',
      description:
        'API Management turns SSL 3.0, TLS 1.0 and TLS 1.1 on per side: azurerm `security { enable_frontend_tls10 = true }` (azurerm 4: `frontend_tls10_enabled`), and the ARM/Bicep `customProperties` `Microsoft.WindowsAzure.ApiManagement.Gateway.Security[.Backend].Protocols.Tls10 = "true"` (also `Tls11`, `Ssl30`).',
      ecosystem: 'Azure',
      catalogue: ['N15'],
      docs: ['https://learn.microsoft.com/azure/api-management/api-management-howto-manage-protocols-ciphers'],
      files: AZURE_FILES,
      keywords: /_tls10|_tls11|_ssl30|Protocols\.Tls1|Protocols\.Ssl30/,
      fixable: true,
      safe: 'security { frontend_tls10_enabled = false }',
      limits: 'Values from variables (`try(var.security.x, false)`) are unknown.',
    },
    pattern:
      /(?:\benable_(?:frontend|backend)_(ssl30|tls10|tls11)|\b(?:frontend|backend)_(ssl30|tls10|tls11)_enabled|Gateway\.Security\.(?:Backend\.)?Protocols\.(Ssl30|Tls10|Tls11))["']?[ \t]*[:=][ \t]*["']?(true|True|TRUE)\b/,
    evaluate: (m) => {
      const v = APIM_VERSION[(m[1] ?? m[2] ?? m[3]).toLowerCase()];
      const at = m.index + m[0].length - m[4].length;
      return {
        versions: setOf(v),
        fix: { start: at, end: at + m[4].length, text: m[4] === 'True' ? 'False' : m[4] === 'TRUE' ? 'FALSE' : 'false' },
      };
    },
    instead: '`false` (the default)',
    examples: {
      valid: [
        {
          file: 'apim.tf',
          code: 'security {\n  frontend_ssl30_enabled = false\n  frontend_tls10_enabled = false\n  frontend_tls11_enabled = false\n}',
        },
        { file: 'apim.tf', code: 'security {\n  enable_backend_tls10 = false\n  enable_backend_tls11 = false\n}' },
        {
          file: 'variables.tf',
          code: 'variable "security" {\n  type = object({\n    frontend_tls10_enabled = optional(bool, false)\n  })\n}',
        },
        { file: 'apim.tf', code: 'security {\n  frontend_tls10_enabled = try(var.security.frontend_tls10_enabled, false)\n}' },
        {
          file: 'azuredeploy.json',
          code: '"customProperties": {\n  "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls10": "False",\n  "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Backend.Protocols.Ssl30": "false"\n}',
        },
        {
          file: 'tests/apim.tftest.hcl',
          code: 'assert {\n  condition = azurerm_api_management.apim.security[0].frontend_tls10_enabled == false\n}',
          note: 'a test that it is off',
        },
      ],
      invalid: [
        {
          file: 'apim.tf',
          code: 'resource "azurerm_api_management" "apim" {\n  security {\n    enable_frontend_tls10 = true\n    enable_frontend_tls11 = true\n  }\n}',
          findings: ['3:5 TLSv1.0', '4:5 TLSv1.1'],
          output:
            'resource "azurerm_api_management" "apim" {\n  security {\n    enable_frontend_tls10 = false\n    enable_frontend_tls11 = false\n  }\n}',
        },
        { file: 'apim.tf', code: 'security {\n  backend_ssl30_enabled = true\n}', findings: ['2:3 SSLv3'] },
        {
          file: 'azuredeploy.json',
          code: '"customProperties": {\n  "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls10": "True",\n  "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls11": "false"\n}',
          findings: ['2:41 TLSv1.0'],
          output:
            '"customProperties": {\n  "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls10": "False",\n  "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls11": "false"\n}',
        },
        {
          file: 'apim.bicep',
          code: "customProperties: {\n  'Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Backend.Protocols.Tls11': 'true'\n}",
          findings: ['2:41 TLSv1.1'],
        },
      ],
    },
  }),
);

// N10: flexible-server parameters (`azurerm_*_flexible_server_configuration`, Bicep/ARM configurations).

const flexMeta: RuleMeta = {
  id: 'azure/db-server-parameter-tls',
  title: 'Azure Database server parameter enables legacy TLS',
  description:
    'Azure Database for MySQL/PostgreSQL flexible servers take the TLS floor from server parameters: `tls_version` listing TLSv1 or TLSv1.1, `ssl_min_protocol_version = TLSv1` / `TLSv1.1` (`azurerm_*_flexible_server_configuration`, ARM/Bicep `configurations`).',
  ecosystem: 'Azure',
  catalogue: ['N10'],
  docs: ['https://learn.microsoft.com/azure/mysql/flexible-server/concepts-networking#tls-and-ssl'],
  files: AZURE_FILES,
  keywords: /tls_version|ssl_min_protocol_version|ssl_max_protocol_version/,
  fixable: true,
  safe: 'name = "tls_version" value = "TLSv1.2,TLSv1.3"',
};

export const azureDbServerParameter: Rule = {
  meta: flexMeta,
  *check(file, ctx) {
    if (!isIacFile(file)) return;
    for (const p of nameValueParameters(file)) {
      if (!isAzureParameter(file, p.nameAt)) continue;
      const e = dbParameter(p.name, p.value, p.valueStart, ctx);
      if (!e) continue;
      yield {
        start: p.nameAt,
        end: p.end,
        versions: e.versions,
        what: `${p.name} = ${p.value}`,
        why: e.why,
        instead: /min_protocol/.test(p.name) ? '`value = "TLSv1.2"`' : '`value = "TLSv1.2,TLSv1.3"`',
        fix: e.fix,
      };
    }
  },
  examples: {
    valid: [
      {
        file: 'mysql.tf',
        code: 'resource "azurerm_mysql_flexible_server_configuration" "tls" {\n  name      = "tls_version"\n  server_id = azurerm_mysql_flexible_server.db.id\n  value     = "TLSv1.2,TLSv1.3"\n}',
      },
      {
        file: 'pg.tf',
        code: 'resource "azurerm_postgresql_flexible_server_configuration" "min" {\n  name      = "ssl_min_protocol_version"\n  server_id = azurerm_postgresql_flexible_server.db.id\n  value     = "TLSv1.2"\n}',
      },
      {
        file: 'pg.bicep',
        code: "resource cfg 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2022-12-01' = {\n  parent: server\n  name: 'ssl_min_protocol_version'\n  properties: {\n    value: 'TLSv1.3'\n    source: 'user-override'\n  }\n}",
      },
      {
        file: 'mysql.tf',
        code: 'resource "azurerm_mysql_flexible_server_configuration" "tls" {\n  name  = "tls_version"\n  value = var.tls_version\n}',
      },
    ],
    invalid: [
      {
        file: 'mysql.tf',
        code: 'resource "azurerm_mysql_flexible_server_configuration" "tls" {\n  name                = "tls_version"\n  resource_group_name = azurerm_resource_group.rg.name\n  server_name         = azurerm_mysql_flexible_server.db.name\n  value               = "TLSv1,TLSv1.1,TLSv1.2"\n}',
        findings: ['5:26 TLSv1.0 TLSv1.1'],
        output:
          'resource "azurerm_mysql_flexible_server_configuration" "tls" {\n  name                = "tls_version"\n  resource_group_name = azurerm_resource_group.rg.name\n  server_name         = azurerm_mysql_flexible_server.db.name\n  value               = "TLSv1.2"\n}',
      },
      {
        file: 'pg.tf',
        code: 'resource "azurerm_postgresql_flexible_server_configuration" "min" {\n  name      = "ssl_min_protocol_version"\n  server_id = azurerm_postgresql_flexible_server.db.id\n  value     = "TLSv1.1"\n}',
        findings: ['4:16 TLSv1.1'],
      },
      {
        file: 'pg.bicep',
        code: "resource cfg 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2022-12-01' = {\n  parent: server\n  name: 'ssl_min_protocol_version'\n  properties: {\n    value: 'TLSv1'\n    source: 'user-override'\n  }\n}",
        findings: ['5:13 TLSv1.0 TLSv1.1'],
      },
      {
        file: 'azuredeploy.json',
        code: '{\n  "type": "Microsoft.DBforMySQL/flexibleServers/configurations",\n  "name": "[concat(parameters(\'serverName\'), \'/tls_version\')]",\n  "properties": { "value": "TLSv1.1,TLSv1.2", "source": "user-override" }\n}',
        findings: ['4:29 TLSv1.1'],
      },
    ],
  },
};

export const rules: readonly Rule[] = [azureMinTlsVersion, azureAppGatewaySslPolicy, azureApimProtocols, azureDbServerParameter];
