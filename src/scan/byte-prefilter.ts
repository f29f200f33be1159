/**
 * A first look at a file's bytes, before any string is made: may some keyword occur in it? Most
 * files read hold none (terraform-provider-azurerm: 836 of 41,700), and answering that with the
 * keyword regular expression cost a Latin-1 string per file and ~290 ms of 2 s of thread time on
 * that tree. This answers it with 128-bit SIMD in WebAssembly, ~16 bytes per step, in about a
 * tenth of the time; the regular expression then decides, on the few files this lets through.
 *
 * How (the "Teddy" idea of Hyperscan and ripgrep): every keyword holds one of a few short
 * fingerprints (up to 4 bytes, chosen to be rare in code). A byte is folded to lower case
 * (`| 0x20`: exact for ASCII letters; other bytes only meet more fingerprints, never fewer), and
 * its low and high nibbles index two 16-byte tables whose bits are the fingerprints ("buckets")
 * that may have that byte at that position. A bucket bit that survives the AND over the 4
 * positions starting at some byte marks a place where its fingerprint may start. Two sets of 8
 * buckets are tested in the same loop. It never misses a keyword: each holds a fingerprint, and
 * folding and nibble tables only widen what matches.
 */

/** Fingerprint length: each position costs about five vector instructions per 16 bytes. */
const WIDTH = 4;
/** Buckets per table set (bits of a byte), and table sets tested in one loop. */
const BUCKETS = 8;
const SETS = 2;
/** The tables' bytes: per set, per position, a low-nibble table and a high-nibble table. */
const TABLES_SIZE = SETS * WIDTH * 2 * 16;
/** Where a file's bytes are put in the module's memory (after the tables). */
const DATA = TABLES_SIZE;
/** Bytes after a file that the last steps read: a value no fingerprint holds (folded, its high nibble is 0xa). */
const PADDING = 2 * 16;
const PAD_BYTE = 0x80;

/**
 * Bigrams common in code and prose (lower case): a window made of them is a poor fingerprint
 * (`debu` is in every `debug`). The choice only moves speed, never the answer.
 */
const COMMON_BIGRAMS = new Set(
  (
    're in on st er th or co es le te he ng en fi nd at it ed ne se de ns et ea rt po ti ar li ad an ro ex io nt tr ' +
    'un ri ve il is me ur ta al om rs ts ha if ep do ou di ge ot ma ch no as ly rn ke si ec pe pa to tu lo nc ce ac ef ' +
    'ut ct be ul pr el ca ol ru am ue ll sh ra of xt fa la hi fo wh na ow mp im tt nu ai lu oo um rr mi so ff wi ic op ' +
    'xp pl eb bu ug up us ty ag ap ab ig ir em id ca sp su sa rv ve rc ck fu im ue'
  ).split(' '),
);

/** How unlikely a window is in ordinary text: its bigrams that are not common, and its characters that are not letters. */
function rarity(window: string): number {
  let score = 0;
  for (let i = 0; i + 1 < window.length; i++) {
    const bigram = window.slice(i, i + 2);
    if (!/^[a-z]{2}$/.test(bigram)) score += 2;
    else if (!COMMON_BIGRAMS.has(bigram)) score += 1;
  }
  return score;
}

/**
 * Fingerprints that every literal (lower case) holds one of: greedily, the rarest window shared by
 * the most literals not yet covered (`l_ve` serves both `min_protocol_version` and
 * `minimum_protocol_version`). Undefined when a literal is shorter than 3 characters: too common
 * to be worth a first look.
 */
export function fingerprints(literals: readonly string[]): string[] | undefined {
  if (literals.some((l) => l.length < 3)) return undefined;
  const windows = literals.map((l) => {
    const width = Math.min(WIDTH, l.length);
    const out = new Set<string>();
    for (let i = 0; i + width <= l.length; i++) out.add(l.slice(i, i + width));
    return out;
  });
  const rarities = new Map<string, number>();
  for (const set of windows) for (const w of set) if (!rarities.has(w)) rarities.set(w, rarity(w));
  const chosen: string[] = [];
  const uncovered = new Set(literals.keys());
  while (uncovered.size > 0) {
    const count = new Map<string, number>();
    for (const i of uncovered) for (const w of windows[i]) count.set(w, (count.get(w) ?? 0) + 1);
    let best = '';
    let bestScore = -Infinity;
    for (const [w, n] of count) {
      const score = rarities.get(w)! * 100 + n * 10 + w.length;
      if (score > bestScore || (score === bestScore && w < best)) [best, bestScore] = [w, score];
    }
    chosen.push(best);
    for (const i of [...uncovered]) if (windows[i].has(best)) uncovered.delete(i);
  }
  return chosen;
}

/**
 * The nibble tables for some fingerprints. Past SETS × BUCKETS fingerprints, buckets are shared:
 * a shared bucket matches any mix of its fingerprints' bytes (more files let through, none lost).
 * A fingerprint shorter than WIDTH matches anything at the positions it does not have.
 */
function tablesFor(prints: readonly string[]): Uint8Array {
  const tables = new Uint8Array(TABLES_SIZE);
  prints.forEach((print, n) => {
    const slot = n % (SETS * BUCKETS);
    const set = Math.floor(slot / BUCKETS);
    const bit = 1 << (slot % BUCKETS);
    for (let j = 0; j < WIDTH; j++) {
      const lo = (set * WIDTH + j) * 32;
      const hi = lo + 16;
      if (j >= print.length) {
        for (let x = 0; x < 16; x++) {
          tables[lo + x] |= bit;
          tables[hi + x] |= bit;
        }
        continue;
      }
      const c = print.charCodeAt(j) | 0x20;
      tables[lo + (c & 0x0f)] |= bit;
      tables[hi + (c >> 4)] |= bit;
    }
  });
  return tables;
}

/** The scanner, per thread: one module instance and its memory, holding one prefilter's tables at a time. */
interface Scanner {
  readonly scan: (length: number) => number;
  readonly memory: WebAssembly.Memory;
  heap: Uint8Array;
  tablesOf: BytePrefilter | undefined;
}

let scanner: Scanner | null | undefined;

function scannerOrNull(): Scanner | null {
  if (scanner === undefined) {
    try {
      const instance = new WebAssembly.Instance(new WebAssembly.Module(moduleBytes()));
      const { scan, memory } = instance.exports as { scan: (length: number) => number; memory: WebAssembly.Memory };
      scanner = { scan, memory, heap: new Uint8Array(memory.buffer), tablesOf: undefined };
    } catch {
      scanner = null; // no WebAssembly SIMD here: every file goes to the regular expression
    }
  }
  return scanner;
}

export class BytePrefilter {
  private readonly tables: Uint8Array;

  constructor(readonly prints: readonly string[]) {
    this.tables = tablesFor(prints);
  }

  /** False only when no fingerprint occurs in the bytes (ASCII case ignored), so that no keyword can. */
  mayOccurIn(bytes: Uint8Array): boolean {
    const s = scannerOrNull();
    if (!s) return true;
    const needed = DATA + bytes.length + PADDING;
    if (needed > s.heap.length) {
      try {
        s.memory.grow(Math.ceil((needed - s.heap.length) / 65536));
      } catch {
        return true; // larger than a module's memory can grow (a max-file-size of gigabytes): the regular expression decides
      }
      s.heap = new Uint8Array(s.memory.buffer);
    }
    if (s.tablesOf !== this) {
      s.heap.set(this.tables, 0);
      s.tablesOf = this;
    }
    s.heap.set(bytes, DATA);
    s.heap.fill(PAD_BYTE, DATA + bytes.length, needed);
    return s.scan(bytes.length) !== 0;
  }
}

/**
 * The WebAssembly module, assembled here (a few hundred bytes; no toolchain): memory with the
 * tables at 0 and the file at DATA, and `scan(length) → 0 | 1`.
 *
 *   for (p = DATA; p < DATA + length; p += 16)
 *     for j in 0..3: f = load(p + j) | 0x20; lo = f & 0x0f; hi = f >> 4
 *                    a &= swizzle(A.lo[j], lo) & swizzle(A.hi[j], hi); b likewise with set B
 *     if any_true(a | b) return 1
 *   return 0
 */
function moduleBytes(): Uint8Array<ArrayBuffer> {
  const I32 = 0x7f;
  const V128 = 0x7b;
  const simd = (op: number): number[] => [0xfd, op];
  const get = (i: number): number[] => [0x20, i];
  const set = (i: number): number[] => [0x21, i];
  const tee = (i: number): number[] => [0x22, i];
  const i32 = (n: number): number[] => [0x41, ...sleb(n)];
  const load = (offset: number): number[] => [...simd(0x00), 0, ...uleb(offset)];
  const splat = (byte: number): number[] => [...simd(0x0c), ...new Array<number>(16).fill(byte)];
  const [AND, OR, ANY_TRUE, SWIZZLE, SHR_U] = [simd(0x4e), simd(0x50), simd(0x53), simd(0x0e), simd(0x6d)];
  // Locals: 0 length, 1 p, 2 end, then the tables, then f, lo, hi and one accumulator per set.
  const [LENGTH, P, END] = [0, 1, 2];
  const table = (s: number, j: number, high: boolean): number => 3 + (s * WIDTH + j) * 2 + (high ? 1 : 0);
  const F = 3 + TABLES_SIZE / 16;
  const [LO, HI, ACC] = [F + 1, F + 2, F + 3];
  const step: number[] = [];
  for (let j = 0; j < WIDTH; j++) {
    step.push(...get(P), ...load(j), ...splat(0x20), ...OR, ...tee(F));
    step.push(...splat(0x0f), ...AND, ...set(LO), ...get(F), ...i32(4), ...SHR_U, ...set(HI));
    for (let s = 0; s < SETS; s++) {
      step.push(...get(table(s, j, false)), ...get(LO), ...SWIZZLE, ...get(table(s, j, true)), ...get(HI), ...SWIZZLE, ...AND);
      if (j > 0) step.push(...get(ACC + s), ...AND);
      step.push(...set(ACC + s));
    }
  }
  const body = [
    ...vector(
      [
        [2, I32],
        [TABLES_SIZE / 16 + 3 + SETS, V128],
      ].map(([n, type]) => [...uleb(n), type]),
    ),
    ...Array.from({ length: TABLES_SIZE / 16 }, (_, k) => [...i32(0), ...load(16 * k), ...set(3 + k)]).flat(),
    ...i32(DATA),
    ...set(P),
    ...get(LENGTH),
    ...i32(DATA),
    0x6a /* i32.add */,
    ...set(END),
    0x02,
    0x40, // block
    0x03,
    0x40, // loop
    ...get(P),
    ...get(END),
    0x4f /* i32.ge_u */,
    0x0d,
    1, // br_if out of the block
    ...step,
    ...get(ACC),
    ...get(ACC + 1),
    ...OR,
    ...ANY_TRUE,
    0x04,
    0x40,
    ...i32(1),
    0x0f /* return */,
    0x0b, // if … end
    ...get(P),
    ...i32(16),
    0x6a,
    ...set(P),
    0x0c,
    0, // br to the loop
    0x0b,
    0x0b, // end loop, end block
    ...i32(0),
    0x0b,
  ];
  const name = (s: string): number[] => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];
  const section = (id: number, content: number[]): number[] => [id, ...uleb(content.length), ...content];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector([[0x60, 1, I32, 1, I32]])), // type: (i32) → i32
    ...section(3, vector([[0]])), // one function of that type
    ...section(5, vector([[0x00, ...uleb(17)]])), // memory: 17 pages (1 MiB files and more), grown on demand
    ...section(
      7,
      vector([
        [...name('scan'), 0x00, 0],
        [...name('memory'), 0x02, 0],
      ]),
    ),
    ...section(10, vector([[...uleb(body.length), ...body]])),
  ]);
}

function vector(items: readonly (readonly number[])[]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) return [...out, byte];
    out.push(byte | 0x80);
  }
}
