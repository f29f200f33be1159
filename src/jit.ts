/**
 * How V8 should tier up code in a tls-floor process. A run is a short burst: a few hundred
 * functions (the rules, the readers) called over tens of thousands of files for a second or two.
 * V8's defaults send such functions to its top compiler (TurboFan) within milliseconds, and those
 * compiles run on background threads that take the same cores as the scan's own threads: on a
 * 2-core runner, a quarter of the process's CPU time went to TurboFan on a 46,000-file scan. Asking
 * for the top tier about eight times later keeps that work for code that stays hot in a long run
 * (measured on terraform-provider-azurerm, 2 cores: Node 20 1.17–1.35 s → 1.05–1.14 s, Node 24
 * 1.19–1.27 s → 1.05–1.12 s).
 *
 * The flag differs by V8 version, and V8 prints an error for a flag it does not know: each is set
 * only on the versions where it was checked to exist.
 */
import type * as V8 from 'node:v8';
import { lazyBuiltin } from './lazy-builtin.js';

/** node:v8, loaded only by a run that reads files: an empty workspace's start stays as short as it was. */
const v8 = lazyBuiltin<typeof V8>('node:v8');

/** V8 11 (Node 20) counts a function's budget in bytecode executed; V8 13 (Node 24) in calls. */
const TOP_TIER_LATER: Readonly<Record<number, string>> = {
  11: '--interrupt-budget=1200000', // default 132 KB
  13: '--invocation-count-for-turbofan=20000', // default 3000
};

/** Sets the flag for this V8 (`setFlag` is for tests); returns it, or undefined on a version not checked. */
export function tierUpLater(
  v8Version: string = process.versions.v8,
  setFlag: (flag: string) => void = (f) => v8().setFlagsFromString(f),
): string | undefined {
  const flag = TOP_TIER_LATER[Number.parseInt(v8Version, 10)];
  if (flag) setFlag(flag);
  return flag;
}
