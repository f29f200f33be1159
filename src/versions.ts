/**
 * The protocol version vocabulary shared by the whole code base: the order, the canonical
 * names used in every machine-readable output, and version *sets* as small bit masks.
 */

export const VERSIONS = ['SSLv2', 'SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
export type Version = (typeof VERSIONS)[number];

/** A set of protocol versions, one bit per entry of VERSIONS (bit 0 = SSLv2). */
export type VersionSet = number;

export const EMPTY: VersionSet = 0;
export const ALL: VersionSet = (1 << VERSIONS.length) - 1;

export function versionIndex(v: Version): number {
  return VERSIONS.indexOf(v);
}

export function setOf(...versions: Version[]): VersionSet {
  let set = EMPTY;
  for (const v of versions) set |= 1 << versionIndex(v);
  return set;
}

/** Every version from `min` to `max`, both included. */
export function range(min: Version, max: Version = 'TLSv1.3'): VersionSet {
  let set = EMPTY;
  for (let i = versionIndex(min); i <= versionIndex(max); i++) set |= 1 << i;
  return set;
}

/**
 * What "minimum version X" enables in practice for a modern TLS stack: X up to TLS 1.3, but never
 * SSLv2 (no stack that still has a minimum-version knob can speak it).
 */
export function atLeast(min: Version): VersionSet {
  return range(min === 'SSLv2' ? 'SSLv3' : min);
}

/**
 * What "maximum version X" enables when nothing else is said. A cap below TLS 1.2 leaves the TLS
 * versions up to it (libraries with a maximum knob have dropped SSLv3, so it is left out unless it
 * is the cap itself). A cap at TLS 1.2 or above leaves TLS 1.2 up to the cap: every stack with such
 * a knob defaults its minimum to TLS 1.2 today, so the cap alone enables nothing older.
 */
export function atMost(max: Version): VersionSet {
  if (versionIndex(max) >= versionIndex('TLSv1.2')) return range('TLSv1.2', max);
  return range('TLSv1.0', max) || setOf(max);
}

export function has(set: VersionSet, v: Version): boolean {
  return (set & (1 << versionIndex(v))) !== 0;
}

export function toList(set: VersionSet): Version[] {
  return VERSIONS.filter((_, i) => (set & (1 << i)) !== 0);
}

/** The versions of `set` strictly below `floor`. */
export function below(set: VersionSet, floor: Version): VersionSet {
  return set & ((1 << versionIndex(floor)) - 1);
}

export function lowest(set: VersionSet): Version | undefined {
  return toList(set)[0];
}

export function describe(set: VersionSet): string {
  const list = toList(set);
  return list.length === 0 ? 'no version' : list.join(', ');
}

const BY_DIGITS: Record<string, Version> = {
  ssl2: 'SSLv2',
  ssl20: 'SSLv2',
  ssl3: 'SSLv3',
  ssl30: 'SSLv3',
  tls1: 'TLSv1.0',
  tls10: 'TLSv1.0',
  tls11: 'TLSv1.1',
  tls12: 'TLSv1.2',
  tls13: 'TLSv1.3',
};

const BARE_NUMBERS: Record<string, Version> = {
  '10': 'TLSv1.0',
  '11': 'TLSv1.1',
  '12': 'TLSv1.2',
  '13': 'TLSv1.3',
};

/**
 * Reads one version token in any of the spellings that configuration languages use:
 * `TLSv1`, `TLSv1.0`, `tlsv1_1`, `TLS1_2`, `TLS12`, `VersionTLS10`, `TLS_1_0`, `SSLv3`, `ssl3`,
 * `SSL 3.0`, `TLS 1.0`, and — only with `bareNumbers` — `1.0`, `1.1`, `12`. Protocol-neutral names
 * (`TLS`, `SSL`, `SSLv23`, `Default`) and anything unknown give `undefined`: unknown is not legacy.
 */
export function parseVersion(token: string, opts: { bareNumbers?: boolean } = {}): Version | undefined {
  let t = token
    .trim()
    .toLowerCase()
    .replace(/^['"`:]+|['"`]+$/g, '');
  t = t.replace(/^(?:version|protocol)/, '');
  const compact = t.replace(/[\s._-]/g, '').replace(/^(ssl|tls)v/, '$1');
  if (compact in BY_DIGITS) return BY_DIGITS[compact];
  if (opts.bareNumbers) {
    const digits = t.replace(/^v/, '').replace(/[._]/g, '');
    if (/^1\.?[0-3]?$/.test(t.replace(/^v/, '')) && digits in BARE_NUMBERS) return BARE_NUMBERS[digits];
  }
  return undefined;
}

/** Two-byte protocol version codes as they appear on the wire (and in APIs that take them). SSLv2 is 0x0002. */
export const WIRE_VERSION: Readonly<Record<Version, number>> = {
  SSLv2: 0x0002,
  SSLv3: 0x0300,
  'TLSv1.0': 0x0301,
  'TLSv1.1': 0x0302,
  'TLSv1.2': 0x0303,
  'TLSv1.3': 0x0304,
};

const BY_WIRE = new Map<number, Version>(Object.entries(WIRE_VERSION).map(([name, code]) => [code, name as Version]));

/** The version a wire code stands for, if any. */
export function versionOfWire(code: number): Version | undefined {
  return BY_WIRE.get(code);
}

/**
 * A version written as its wire code in source: hex (`0x0301`) or decimal (`769`), SSLv3 to TLS 1.3
 * (SSLv2's 0x0002 is any small number in code).
 */
export function wireNumberVersion(token: string): Version | undefined {
  return /^(?:0[xX]030[0-4]|7(?:6[89]|7[0-2]))$/.test(token) ? BY_WIRE.get(Number(token)) : undefined;
}
