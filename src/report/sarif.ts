/** SARIF 2.1.0 for GitHub code scanning: one run, every rule's metadata, results with fixes. */
import type * as Crypto from 'node:crypto';
import { lazyBuiltin } from '../lazy-builtin.js';
import type { Severity } from '../policy.js';
import type { Finding } from '../scan/finding.js';
import type { Rule } from '../scan/rule.js';
import { TOOL_NAME, TOOL_URI, TOOL_VERSION } from '../version.js';
import type { Report } from './report.js';
import { uriPath } from './uri.js';

/** Loaded by the first finding's fingerprint (node:crypto costs ~3 ms of every start). */
const crypto = lazyBuiltin<typeof Crypto>('node:crypto');

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', note: 'note' };

function region(f: { line: number; column: number; endLine: number; endColumn: number }) {
  return {
    startLine: f.line,
    startColumn: f.column,
    endLine: f.endLine,
    endColumn: Math.max(f.endColumn, f.line === f.endLine ? f.column : 1),
  };
}

/** A finding's stable identity (rule, file, snippet: not the line, which moves): SARIF's partialFingerprints and the report history's key. */
export function fingerprint(f: Pick<Finding, 'ruleId' | 'file' | 'snippet'>): string {
  return crypto().createHash('sha256').update(`${f.ruleId}\0${f.file}\0${f.snippet}`).digest('hex').slice(0, 32);
}

function result(f: Finding, ruleIndex: number) {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriPath(f.file), uriBaseId: '%SRCROOT%' },
          region: { ...region(f), snippet: { text: f.snippet } },
        },
      },
    ],
    partialFingerprints: { 'tlsFloor/v1': fingerprint(f) },
    properties: { versions: f.versions, enabled: f.enabled, ...(f.context ? { context: f.context } : {}) },
    ...(f.fix
      ? {
          fixes: [
            {
              description: { text: `Replace with ${f.fix.replacement}` },
              artifactChanges: [
                {
                  artifactLocation: { uri: uriPath(f.file), uriBaseId: '%SRCROOT%' },
                  replacements: [{ deletedRegion: region(f.fix), insertedContent: { text: f.fix.replacement } }],
                },
              ],
            },
          ],
        }
      : {}),
    ...(f.suppressed ? { suppressions: [{ kind: 'inSource', justification: f.suppressed.reason }] } : {}),
  };
}

export function toSarif(report: Report, rules: readonly Rule[]): object {
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            informationUri: TOOL_URI,
            rules: rules.map((r) => ({
              id: r.meta.id,
              name: r.meta.id.replace(/[^a-zA-Z0-9]+(.)/g, (_, ch: string) => ch.toUpperCase()),
              shortDescription: { text: r.meta.title },
              fullDescription: { text: r.meta.description.replace(/`/g, '') },
              helpUri: r.meta.docs[0],
              help: {
                text: `${r.meta.description.replace(/`/g, '')} Safe: ${r.meta.safe}`,
                markdown: `${r.meta.description}\n\nSafe: \`${r.meta.safe}\`${r.meta.limits ? `\n\nLimits: ${r.meta.limits}` : ''}\n\n${r.meta.docs.map((d) => `- ${d}`).join('\n')}`,
              },
              defaultConfiguration: { level: 'error' },
              properties: { tags: ['security', 'tls', r.meta.ecosystem], precision: 'high', 'security-severity': '7.5' },
            })),
          },
        },
        automationDetails: { id: `${TOOL_NAME}/` },
        results: [...report.findings, ...report.suppressed].map((f) => result(f, index.get(f.ruleId) ?? -1)),
        properties: { minVersion: report.minVersion, verdict: report.verdict },
      },
    ],
  };
}
