import { atLeast, atMost, setOf } from '../../../versions.js';
import { evalList, readVersion, respell, tokenize } from '../../evaluate.js';
import { findSettings, type Evaluation } from '../../define.js';
import type { RuleContext, RuleMeta } from '../../rule.js';
import type { SourceFile } from '../../source.js';
import { IAC_FILES, NO_EXAMPLES, combine, fileFlag, innermostBlock, partMeta, tfResourceType } from './shared.js';

// N7 (and N10's flexible-server parameters): database parameters set through IaC.

export const DB_PARAMETERS = /rds\.tls1[01]|(?:admin_)?tls_version|ssl_min_protocol_version|ssl_max_protocol_version/;

/** What a TLS-related database parameter value enables; with a fix when it is mechanical. */
export function dbParameter(name: string, value: string, valueStart: number, ctx: RuleContext): Evaluation | undefined {
  const key = name.toLowerCase();
  const v = value.trim();
  if (key === 'rds.tls10' || key === 'rds.tls11') {
    if (!/^(?:enabled|1|on|true)$/i.test(v)) return undefined;
    return {
      versions: setOf(key === 'rds.tls10' ? 'TLSv1.0' : 'TLSv1.1'),
      fix: { start: valueStart, end: valueStart + value.length, text: 'disabled' },
    };
  }
  if (key === 'ssl_min_protocol_version') {
    const ver = readVersion(v);
    if (!ver) return undefined;
    const spelled = respell(v, ctx.floor);
    return { versions: atLeast(ver), fix: spelled ? { start: valueStart, end: valueStart + value.length, text: spelled } : undefined };
  }
  if (key === 'ssl_max_protocol_version') {
    const ver = readVersion(v);
    return ver ? { versions: atMost(ver), why: `the maximum is ${ver}` } : undefined;
  }
  const tokens = tokenize(value, valueStart);
  const result = evalList(tokens);
  if (!result) return undefined;
  const kept = tokens.filter((t) => {
    const ver = readVersion(t.text);
    return !ver || atLeast(ctx.floor) & setOf(ver);
  });
  const sep = /,\s*/.exec(value)?.[0] ?? ',';
  const fix = kept.length > 0 ? { start: valueStart, end: valueStart + value.length, text: kept.map((t) => t.text).join(sep) } : undefined;
  return { versions: result.versions, fix };
}

const DB_CONTEXT =
  /\bparameter[ \t]*\{|ParameterGroup|parameter_group|DBParameter|db_parameter|cluster_parameter|\brds\b|rds\.|aurora|Microsoft\.DBfor|flexible_?server|flexibleServers|_configuration"/i;

const NAME_VALUE = new RegExp(`\\bname["']?[ \\t]*[:=][ \\t]*[^\\n]{0,150}?(?<![\\w.])(${DB_PARAMETERS.source})(?![\\w.])`, 'gi');

/**
 * `parameter { name = "rds.tls10" value = "enabled" }`, `{ name: 'tls_version', value: '…' }`,
 * `azurerm_*_flexible_server_configuration { name = "…" value = "…" }`, Bicep/ARM configuration
 * resources: a parameter name and the `value` in the same block.
 */
export function* nameValueParameters(
  file: SourceFile,
): Generator<{ name: string; nameAt: number; value: string; valueStart: number; end: number }> {
  const code = file.code;
  // Only database parameter lists: a `name: TLS_VERSION` / `value:` pair elsewhere is an env var.
  if (!fileFlag(file, 'db-params', (f) => DB_CONTEXT.test(f.code))) return;
  NAME_VALUE.lastIndex = 0;
  for (let m = NAME_VALUE.exec(code); m; m = NAME_VALUE.exec(code)) {
    const nameAt = m.index;
    const block = innermostBlock(code, nameAt);
    const from = block && block.text.length < 4000 ? block.start : nameAt;
    const text = block && block.text.length < 4000 ? block.text : code.slice(nameAt, nameAt + 300);
    const v = /\bvalue["']?[ \t]*[:=][ \t]*(["'])([^"'\n]{1,200})\1/i.exec(text);
    if (!v) continue;
    const valueStart = from + v.index + v[0].length - 1 - v[2].length;
    yield { name: m[1], nameAt, value: v[2], valueStart, end: Math.max(m.index + m[0].length, valueStart + v[2].length + 1) };
  }
}

/** Whether a parameter at `offset` belongs to an Azure database server (not an RDS parameter group). */
export function isAzureParameter(file: SourceFile, offset: number): boolean {
  if (file.kind === 'hcl') {
    const type = tfResourceType(file.code, offset);
    if (type) return /^(?:azurerm|azapi)_/.test(type);
  }
  return fileFlag(file, 'azure-db', (f) => /Microsoft\.DBfor|azurerm_|azure-native|azure_native/.test(f.code));
}

const rdsMeta: RuleMeta = {
  id: 'aws/rds-parameter-tls',
  title: 'RDS / Aurora parameter group enables legacy TLS',
  description:
    'DB parameter groups decide which versions the database endpoint accepts: SQL Server `rds.tls10` / `rds.tls11` = `enabled`, MySQL/Aurora `tls_version` listing TLSv1 or TLSv1.1, PostgreSQL `ssl_min_protocol_version = TLSv1` / `TLSv1.1`.',
  ecosystem: 'AWS',
  catalogue: ['N7'],
  docs: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/SQLServer.Concepts.General.SSL.Using.html',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html',
  ],
  files: IAC_FILES,
  keywords: /rds\.tls1|tls_version|ssl_min_protocol_version|ssl_max_protocol_version/,
  fixable: true,
  safe: 'parameter { name = "rds.tls10" value = "disabled" }',
  limits:
    'Parameters left at `default` follow the engine version (SQL Server enables TLS 1.0/1.1 by default on older versions); they are not reported.',
};

export const rdsParameterTls = combine(
  rdsMeta,
  {
    valid: [
      {
        file: 'rds.tf',
        code: 'resource "aws_db_parameter_group" "mssql" {\n  family = "sqlserver-se-15.0"\n  parameter {\n    name         = "rds.tls10"\n    value        = "disabled"\n    apply_method = "pending-reboot"\n  }\n}',
      },
      {
        file: 'rds.tf',
        code: 'resource "aws_db_parameter_group" "pg" {\n  parameter {\n    name  = "ssl_min_protocol_version"\n    value = "TLSv1.2"\n  }\n}',
      },
      { file: 'rds.tf', code: 'parameter {\n  name  = "tls_version"\n  value = "TLSv1.2,TLSv1.3"\n}', note: 'TLSv1.2 is not TLSv1' },
      { file: 'rds.tf', code: 'parameter {\n  name  = "rds.tls11"\n  value = "default"\n}' },
      {
        file: 'template.yaml',
        code: 'DBParameterGroup:\n  Type: AWS::RDS::DBParameterGroup\n  Properties:\n    Parameters:\n      rds.tls10: disabled\n      rds.tls11: disabled\n',
      },
      { file: 'rds.tf', code: 'parameter {\n  name  = "ssl_min_protocol_version"\n  value = var.min_tls\n}' },
      {
        file: 'k8s/deployment.yaml',
        code: 'env:\n  - name: TLS_VERSION\n    value: "TLSv1"\n',
        note: 'an environment variable, not a parameter group',
      },
    ],
    invalid: [
      {
        file: 'rds.tf',
        code: 'resource "aws_db_parameter_group" "mssql" {\n  family = "sqlserver-se-15.0"\n  parameter {\n    name         = "rds.tls10"\n    value        = "enabled"\n    apply_method = "pending-reboot"\n  }\n}',
        findings: ['4:5 TLSv1.0'],
        output:
          'resource "aws_db_parameter_group" "mssql" {\n  family = "sqlserver-se-15.0"\n  parameter {\n    name         = "rds.tls10"\n    value        = "disabled"\n    apply_method = "pending-reboot"\n  }\n}',
      },
      {
        file: 'rds.tf',
        code: 'resource "aws_rds_cluster_parameter_group" "aurora" {\n  parameter {\n    name  = "tls_version"\n    value = "TLSv1,TLSv1.1,TLSv1.2"\n  }\n}',
        findings: ['4:14 TLSv1.0 TLSv1.1'],
        output:
          'resource "aws_rds_cluster_parameter_group" "aurora" {\n  parameter {\n    name  = "tls_version"\n    value = "TLSv1.2"\n  }\n}',
      },
      {
        file: 'rds.tf',
        code: 'parameter {\n  value = "TLSv1"\n  name  = "ssl_min_protocol_version"\n}',
        findings: ['3:3 TLSv1.0 TLSv1.1'],
        note: 'value before name',
      },
      {
        file: 'template.yaml',
        code: 'SqlParams:\n  Type: AWS::RDS::DBParameterGroup\n  Properties:\n    Family: sqlserver-ex-15.0\n    Parameters:\n      rds.tls10: enabled\n      rds.tls11: "enabled"\n',
        findings: ['6:7 TLSv1.0', '7:7 TLSv1.1'],
      },
      {
        file: 'template.json',
        code: '{"Type": "AWS::RDS::DBClusterParameterGroup", "Properties": {"Parameters": {"ssl_min_protocol_version": "TLSv1.1"}}}',
        findings: ['1:77 TLSv1.1'],
      },
      {
        file: 'lib/db.ts',
        code: 'import * as rds from "aws-cdk-lib/aws-rds";\nnew rds.ParameterGroup(this, "Params", {\n  engine,\n  parameters: { "rds.tls11": "enabled" },\n});',
        findings: ['4:17 TLSv1.1'],
      },
    ],
  },
  [
    {
      meta: partMeta(rdsMeta, 'pair'),
      examples: NO_EXAMPLES,
      *check(file, ctx) {
        for (const p of nameValueParameters(file)) {
          if (isAzureParameter(file, p.nameAt)) continue;
          const e = dbParameter(p.name, p.value, p.valueStart, ctx);
          if (!e) continue;
          yield {
            start: p.nameAt,
            end: p.end,
            versions: e.versions,
            what: `parameter ${p.name} = ${p.value}`,
            why: e.why,
            instead: rdsInstead(p.name),
            fix: e.fix,
          };
        }
      },
    },
    {
      meta: partMeta(rdsMeta, 'map'),
      examples: NO_EXAMPLES,
      *check(file, ctx) {
        if (!file.matches(/ParameterGroup|parameter_group/) || file.matches(/Microsoft\.DBfor|azurerm_/)) return;
        for (const s of findSettings(file, DB_PARAMETERS, { spaceSeparated: false })) {
          if (s.form !== 'quoted' && s.form !== 'bare') continue;
          const e = dbParameter(s.key, s.value, s.valueStart, ctx);
          if (!e) continue;
          yield {
            start: s.keyStart,
            end: s.end,
            versions: e.versions,
            what: `${s.key}: ${s.value}`,
            why: e.why,
            instead: rdsInstead(s.key),
            fix: e.fix,
          };
        }
      },
    },
  ],
);

function rdsInstead(name: string): string {
  if (/^rds\./i.test(name)) return `\`${name} = disabled\``;
  if (/min_protocol/i.test(name)) return '`ssl_min_protocol_version = TLSv1.2`';
  if (/max_protocol/i.test(name)) return '`ssl_max_protocol_version = TLSv1.3` (or leave it unset)';
  return '`tls_version = TLSv1.2,TLSv1.3`';
}
