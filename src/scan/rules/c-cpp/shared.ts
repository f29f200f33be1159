import type { Severity } from '../../../policy.js';
import { atLeast, atMost, range, versionIndex, type Version, type VersionSet } from '../../../versions.js';
import type { FileKind } from '../../file-kinds.js';
import type { RuleContext } from '../../rule.js';
import { type SourceFile } from '../../source.js';
import { versionLeaves } from '../code/expressions.js';

export const C_KINDS: readonly FileKind[] = ['c', 'cpp', 'objc'];
/** Where configuration for C libraries is written: config files and the scripts that write them. */
export const CONFIG_KINDS: readonly FileKind[] = [
  'ini',
  'conf',
  'other',
  'shell',
  'dockerfile',
  'yaml',
  'makefile',
  'env',
  'toml',
  'json',
  'hcl',
];
export const TLS10_UP = range('TLSv1.0');

export const floorDigits = (ctx: RuleContext): string => (ctx.floor === 'TLSv1.3' ? '3' : '2');

/**
 * What a maximum enables: a cap at or above the floor changes nothing the policy cares about
 * (`MaxProtocol = TLSv1.3` is not legacy), a lower cap leaves only the versions up to it.
 */
export function cap(v: Version, ctx: RuleContext): VersionSet | undefined {
  return versionIndex(v) >= versionIndex(ctx.floor) ? undefined : atMost(v);
}

/**
 * A version reached through a name assigned earlier in the function
 * (`tls_ver_min = cur_min < TLS1_VERSION ? TLS1_VERSION : cur_min; … SSL_CTX_set_min_proto_version(ctx, tls_ver_min)`):
 * reported where the version is written, as a warning — the name may change on the way.
 */
export function throughName(
  file: SourceFile,
  at: number,
  name: string,
  kind: string,
  ctx: RuleContext,
): { versions: VersionSet; why: string; severity: Severity; start: number; end: number; what: string } | undefined {
  for (const leaf of versionLeaves(file.code, { start: at, end: at + name.length })) {
    if (!leaf.version || !leaf.via) continue;
    const versions = kind === 'min' ? atLeast(leaf.version) : cap(leaf.version, ctx);
    if (versions === undefined) continue;
    return {
      versions,
      severity: 'warning',
      start: leaf.start,
      end: leaf.end,
      what: `${name} = ${file.text.slice(leaf.start, leaf.end)}`,
      why: `the ${kind}imum protocol version is \`${name}\`, assigned this value earlier in the function${leaf.conditional ? ' in one branch of a condition' : ''}`,
    };
  }
  return undefined;
}
