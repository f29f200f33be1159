/**
 * A first look at a file's bytes, before any string is made: may some keyword occur in it? Most
 * files read hold none (terraform-provider-azurerm: 836 of 41,700), and answering that with the
 * keyword regular expression cost a Latin-1 string per file and ~290 ms of 2 s of thread time on
 * that tree. This answers it with 128-bit SIMD in WebAssembly, ~16 bytes per step, in about a
 * tenth of the time; the regular expression then decides, on the few files this lets through.
 *
 * How (the "Teddy" idea of Hyperscan and ripgrep): every keyword holds one of a few short
 * fingerprints (up to 6 bytes, chosen to be rare in code). A byte is folded to lower case
 * (`| 0x20`: exact for ASCII letters; other bytes only meet more fingerprints, never fewer), and
 * its low and high nibbles index two 16-byte tables whose bits are the fingerprints ("buckets")
 * that may have that byte at that position. A bucket bit that survives the AND over the 6
 * positions starting at some byte marks a place where its fingerprint may start. Two sets of 8
 * buckets are tested in the same loop. It never misses a keyword: each holds a fingerprint, and
 * folding and nibble tables only widen what matches.
 */

/** Fingerprint length: each position costs about ten vector instructions per 16 bytes. */
const WIDTH = 6;
/** Buckets per table set (bits of a byte), and table sets tested in one loop. */
const BUCKETS = 8;
const SETS = 2;
/** The tables' bytes: per set, per position, a low-nibble table and a high-nibble table. */
const TABLES_SIZE = SETS * WIDTH * 2 * 16;
/** Where a file's bytes are put in the module's memory (after the tables). */
const DATA = TABLES_SIZE;
/** Bytes after a file that the last step reads (16 + WIDTH - 1), of a value no fingerprint holds (folded, its high nibble is 0xa). */
const PADDING = 16 + WIDTH;
const PAD_BYTE = 0x80;

/**
 * The 500 most common words of code and configuration (runs of 4+ letters, lower case) with how
 * often each occurs per million words, as counted over the files of the 52 repositories of
 * bench/real-world. A window inside a common word (`otocol` of every `protocol`, `efault` of every
 * `default`) is a poor fingerprint: files hold it without holding the keyword. A window across a
 * junction (`nimump` of `minimumprotocolversion`, `d_prot`) is rare. The choice only moves speed,
 * never the answer.
 */
const COMMON_WORDS: readonly (readonly [string, number])[] =
  'name17132|value14510|data11632|string11087|return10512|this9437|type8149|user5558|public5089|error5036|with4668|null4514|system4221|license4216|file4203|true4053|import3698|false3697|space3642|that3572|test3519|object3393|func3317|config3276|default3236|preserve3194|version3188|path3086|labels2924|http2876|local2739|client2676|server2660|param2624|emqx2619|void2611|list2582|request2520|else2518|class2475|text2379|from2365|size2363|cert2341|host2303|function2258|element2239|base2187|port2159|group2140|message2106|assert2085|resheader2085|apache2079|private2015|time1984|case1981|static1953|should1943|html1921|code1907|attribute1906|byte1903|uint1863|will1821|result1796|msgid1771|summary1766|msgstr1725|https1683|format1668|command1637|state1603|when1589|using1583|index1575|microsoft1566|self1560|then1547|password1540|under1537|exception1530|include1518|status1507|used1488|domain1468|options1395|conf1393|info1383|json1347|start1339|application1319|context1314|const1310|resource1300|response1291|mimetype1286|bool1274|software1253|complextype1253|required1245|echo1239|must1238|namespace1237|check1228|number1211|node1203|count1199|uintptr1193|write1187|length1178|create1164|java1157|copyright1156|schema1152|root1145|messages1142|comment1141|example1124|final1124|description1117|source1116|tmpdir1112|struct1106|output1098|token1090|header1080|certdb1078|content1076|templates1071|require1070|github1062|binary1061|bytes1061|service1055|package1052|msdata1051|configuration1050|only1038|read1035|body1030|cluster1029|override1027|interface1015|windows1015|certificate1014|connection1011|session1004|method982|input979|admin970|without964|none954|returns952|distributed952|which950|sequence949|encoding941|have935|expected929|buffer928|array927|internal922|plugin921|module920|empty914|find904|resources901|throws900|syscall894|copy890|kafka884|table881|field878|desc875|mode875|stream867|more858|util858|option856|library855|long853|boolean853|target838|forms829|update825|headers820|each816|item808|timeout806|show803|encoded800|valid795|delete793|prefix792|location792|strings791|event790|action773|files772|rlassertgrep770|append763|script761|profile758|link758|instance754|pointer754|throw753|drawing753|char752|make749|color748|metrics744|topic744|range743|args739|rlrun737|kind736|address735|auth734|debug732|fields723|free720|ordinal718|serialized715|ocsp714|values714|line712|filter711|unsafe708|build708|contains704|cache703|subject702|proxy697|strimzi693|date693|kong685|access684|catch684|ldap684|label684|edit682|init679|support676|errors674|connect673|general670|break669|username667|current666|other665|generated664|settings663|optional662|document661|block658|tags652|alias652|spec651|metric647|found644|flags644|failed640|define638|types636|property633|invalid633|entry630|program629|parameter624|query622|form620|licenses619|directory618|match616|mail615|opts614|work613|integer609|eval608|information607|nginx606|close600|first596|after596|language591|enabled589|specified584|netscape580|security575|protocol575|unknown570|send566|template562|proto561|enable557|remove556|equal556|core555|role554|call549|search540|last539|before539|foundation538|telegraf538|available536|allow535|params532|minoccurs532|properties529|process527|runtime527|testing526|channel523|handler523|page521|specific519|plugins518|backend518|implied517|protected516|into516|tostring515|level515|note511|reader508|common506|either497|kubernetes494|there490|tomcat490|supported490|metadata489|next487|assertequals486|your482|handle482|verify482|socket481|conditions479|items479|keys479|reason475|scope474|while471|given469|connector468|parse466|vertx465|equals464|subsystemid463|parameters463|same459|cref458|operator458|pool458|database457|rule457|usage453|parser453|authentication453|member452|fail449|account447|offset446|lang446|stop443|tests442|float441|ioexception438|done437|storage437|objects435|also434|generate433|email433|global430|ansible429|xmlns429|select429|container428|modules428|created423|powershell421|filename421|variable421|does420|temp420|errorf418|secret418|licensed417|errno416|hash416|writer414|region413|logger411|addr410|simple410|mime410|listener409|adminv408|policy407|except407|print406|post405|main405|bridge404|names404|wait403|permissions403|received403|users402|conversion401|defined400|model400|additional399|control399|details398|load398|install397|pkcs397|agent397|added395|network393|zookeeper391|mysql391|export388|backup386|remote385|exit385|management385|icon384|custom384|home383|route383|lock382|tmpl380|endif380|writing380|conn380|documentation379|total378|payload377|flag377|stats375|through374|replace373|unless372|join372|limit371|warranty371|where370|open369|errnoerr369|release369|servlet366|store366|memory365|title365|auto365|extension364|modify363|reflect362|packet361|rights360|queue360|following358|operation358|utils357|image357|requests357|resx357|sync356|font355|been354|single353|switch353|active353|thread353|rllog352|exists351|notice350|redis349|maps349|warranties348|continue348|typeconverter348|such348|resxresourcereader346|resxresourcewriter346|than346|parent346|change346|record345|attributes343|noerror343|need342|second340'
    .split('|')
    .map((entry) => {
      const at = entry.search(/\d+$/);
      return [entry.slice(0, at), Number(entry.slice(at))] as const;
    });

/** The common words by each run of three letters they hold: a window is looked up by its first three characters. */
const WORDS_BY_TRIGRAM = new Map<string, (readonly [string, number])[]>();
for (const entry of COMMON_WORDS) {
  for (let i = 0; i + 3 <= entry[0].length; i++) {
    const trigram = entry[0].slice(i, i + 3);
    const list = WORDS_BY_TRIGRAM.get(trigram) ?? [];
    if (!list.includes(entry)) list.push(entry);
    WORDS_BY_TRIGRAM.set(trigram, list);
  }
}

/** What a window outside every common word is taken to occur, per million words; a space makes one commoner (`pct 1.`). */
const RARE = 1;
const WITH_SPACE = 50;

/** How unlikely a window is in code: minus the log of how often the common words holding it occur. */
function rarity(window: string): number {
  let perMillion = window.includes(' ') ? WITH_SPACE : RARE;
  for (const [word, n] of WORDS_BY_TRIGRAM.get(window.slice(0, 3)) ?? []) if (word.includes(window)) perMillion += n;
  return -Math.log(perMillion);
}

/**
 * Fingerprints that every literal (lower case) holds one of: each literal's rarest window, a window
 * shared with other literals first among equally rare ones (`_proto` serves both
 * `min_protocol_version` and `minimum_protocol_version`). Rarity comes first: a window shared by
 * many literals but common in code (`ocol` of every `…protocol`) would let most files through.
 * Undefined when a literal is shorter than 3 characters: too common to be worth a first look.
 */
export function fingerprints(literals: readonly string[]): string[] | undefined {
  if (literals.some((l) => l.length < 3)) return undefined;
  const windows = literals.map((l) => {
    const width = Math.min(WIDTH, l.length);
    const out = new Set<string>();
    for (let i = 0; i + width <= l.length; i++) out.add(l.slice(i, i + width));
    return out;
  });
  const shared = new Map<string, number>();
  for (const set of windows) for (const w of set) shared.set(w, (shared.get(w) ?? 0) + 1);
  // Rarity first; among windows within a factor of about 1.6 in frequency, the one more literals share.
  const score = new Map([...shared].map(([w, n]) => [w, Math.round(rarity(w) * 2) * 100 + Math.min(n, 9) * 10 + w.length]));
  const chosen = new Set<string>();
  for (const set of windows) {
    let best = '';
    for (const w of set) if (!best || score.get(w)! > score.get(best)! || (score.get(w) === score.get(best) && w < best)) best = w;
    chosen.add(best);
  }
  // Sorted, so that where buckets must be shared, neighbours (similar bytes) share them.
  return [...chosen].sort();
}

/**
 * The nibble tables for some fingerprints. Past SETS × BUCKETS fingerprints, buckets are shared:
 * a shared bucket matches any mix of its fingerprints' bytes (more files let through, none lost).
 * A fingerprint shorter than WIDTH matches anything at the positions it does not have.
 */
function tablesFor(prints: readonly string[]): Uint8Array {
  const tables = new Uint8Array(TABLES_SIZE);
  const perBucket = Math.ceil(prints.length / (SETS * BUCKETS));
  prints.forEach((print, n) => {
    const slot = Math.floor(n / perBucket);
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

  constructor(prints: readonly string[]) {
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
    ...Array.from({ length: SETS - 1 }, (_, s) => [...get(ACC + 1 + s), ...OR]).flat(),
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
