export const id = 878;
export const ids = [878];
export const modules = {

/***/ 6878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  probe: () => (/* binding */ probe)
});

// UNUSED EXPORTS: FD_RETRIES, MAX_ADDRESSES, MAX_RETRY_JITTER_MS, ambiguousRefusal, systemResolver

// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/versions.ts
var src_versions = __webpack_require__(7902);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/clip.ts
var clip = __webpack_require__(5861);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/probe/ciphers.ts
var ciphers = __webpack_require__(9302);
// EXTERNAL MODULE: ./src/probe/ip-literal.ts
var ip_literal = __webpack_require__(1239);
;// CONCATENATED MODULE: ./src/probe/hello.ts
/**
 * Hand-built ClientHellos, one protocol version per hello, shaped the way real servers and
 * middleboxes need (see docs in shared/probe-notes.md): the bytes to write on a fresh TCP
 * connection, record layer included. Nothing here opens a socket.
 */








/** Extension type codes we send (IANA TLS ExtensionType registry). */
const EXT = {
    serverName: 0x0000,
    supportedGroups: 0x000a,
    ecPointFormats: 0x000b,
    signatureAlgorithms: 0x000d,
    padding: 0x0015,
    supportedVersions: 0x002b,
    pskKeyExchangeModes: 0x002d,
    keyShare: 0x0033,
};
const X25519 = 0x001d;
/**
 * Named groups. The full list includes old binary and brainpool curves because a server whose only
 * ECC curve is one of them would otherwise fall back to non-ECC suites or refuse the version.
 */
const GROUPS_FULL = [
    X25519,
    0x0017,
    0x0018,
    0x0019,
    0x001e,
    0x0016,
    0x0015,
    0x0014,
    0x0013,
    0x001a,
    0x001b,
    0x001c,
    0x000e,
    0x000d,
    0x000b,
    0x000c,
    0x0009,
    0x000a,
    0x0100,
    0x0101,
    0x0102,
    0x0103,
    0x0104,
];
const GROUPS_PLAIN = [X25519, 0x0017, 0x0018, 0x0019];
/** TLS 1.3 only defines these (RFC 8446 §4.2.7); the binary curves would be a protocol error. */
const GROUPS_TLS13 = [X25519, 0x0017, 0x0018, 0x0019, 0x001e, 0x0100, 0x0101, 0x0102, 0x0103, 0x0104];
/** Signature schemes: modern first, then the SHA-1/MD5-era pairs old TLS 1.2 servers still need. */
const SIGALGS_FULL = [
    0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0807, 0x0808, 0x0809, 0x080a, 0x080b, 0x0401, 0x0501, 0x0601, 0x0303, 0x0203, 0x0201,
    0x0402, 0x0502, 0x0602, 0x0301, 0x0302, 0x0202, 0x0102, 0x0103, 0x0101,
];
const SIGALGS_PLAIN = [0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601, 0x0201];
/** Hard limit from the shaping notes: some servers reject hellos with more suites (the tests hold every list to it). */
const MAX_SUITES = 128;
/**
 * The cipher suites (or, for SSLv2, the 24-bit cipher specs) a hello for `version` offers, in
 * order. The renegotiation SCSV is included: it is on the wire, although it is not a cipher.
 */
function suiteList(version, plain = false) {
    if (version === 'SSLv2')
        return ciphers/* SSL2_CIPHER_SPECS */.Cj.map((s) => s.id);
    if (version === 'TLSv1.3')
        return [...ciphers/* TLS13_SUITES */.IA.map((s) => s.id), ciphers/* SCSV_RENEGOTIATION */.Ty];
    const big = [...ciphers/* TLS12_ONLY_SUITES */.AL, ...ciphers/* ECC_SUITES */.YM, ...ciphers/* CLASSIC_SUITES */.Jy].map((s) => s.id);
    const base = plain ? ciphers/* PLAIN_SUITE_IDS */.RQ : big;
    const fits = (id) => {
        // TLS 1.2-only suites would be a protocol violation below TLS 1.2; ECC suites need
        // extensions, which an SSLv3 hello does not carry.
        if (version !== 'TLSv1.2' && ciphers/* TLS12_ONLY_IDS */.hm.has(id))
            return false;
        if (version === 'SSLv3' && ciphers/* ECC_SUITE_IDS */.Co.has(id))
            return false;
        return true;
    };
    return [...base.filter(fits), ciphers/* SCSV_RENEGOTIATION */.Ty];
}
/** The suites a hello offered, to spot a server choosing one we never offered. */
function offeredSuites(version, opts = {}) {
    return new Set(suiteList(version, opts.plain ?? false));
}
/** Everything any hello for this version offers (big or plain): the best guess when the caller lost track. */
function hello_anyOfferedSuites(version) {
    return new Set([...suiteList(version, false), ...suiteList(version, true)]);
}
/**
 * The name to put in SNI, or undefined when none may be sent: IP literals (RFC 6066 forbids
 * them), in any spelling a resolver reads as IPv4 (`127.1`, `2130706433`), and no name at all. Unicode names become their A-label form; a trailing dot is dropped
 * (SNI carries names without it). A name that cannot be a DNS host name is the user's mistake.
 */
function sniName(sni) {
    if (sni === undefined)
        return undefined;
    const bare = sni.startsWith('[') && sni.endsWith(']') ? sni.slice(1, -1) : sni;
    if ((0,external_node_net_.isIP)(bare) !== 0 || (0,ip_literal/* endsInNumber */.VA)(bare))
        return undefined;
    const trimmed = bare.endsWith('.') ? bare.slice(0, -1) : bare;
    const ascii = /^[\x21-\x7e]*$/.test(trimmed) ? trimmed.toLowerCase() : (0,external_node_url_.domainToASCII)(trimmed);
    const labels = ascii.split('.');
    const ok = ascii.length > 0 &&
        ascii.length <= 253 &&
        labels.every((l) => l.length > 0 && l.length <= 63 && /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/.test(l));
    if (!ok)
        throw new errors/* ConfigurationError */.j1(`invalid server name ${JSON.stringify((0,clip/* clip */.$)(sni))}: expected a DNS host name or an IP address`);
    return ascii;
}
/** Builds the hello for one version. The result is written as is on a fresh connection. */
function buildClientHello(version, opts = {}) {
    if (!Object.hasOwn(src_versions/* WIRE_VERSION */.XE, version))
        throw new errors/* ConfigurationError */.j1(`unknown protocol version ${JSON.stringify(version)}`);
    const random = checkedRandom(opts.random ?? external_node_crypto_.randomBytes);
    const host = sniName(opts.sni); // validated even for SSLv2, which has no place for it
    if (version === 'SSLv2')
        return sslv2Hello(random);
    const plain = opts.plain ?? false;
    const suites = suiteList(version, plain);
    const extensions = version === 'SSLv3' ? [] : tlsExtensions(version, suites, host, plain, random);
    const sessionId = version === 'TLSv1.3' ? random(32) : Buffer.alloc(0); // TLS 1.3 middlebox compatibility (RFC 8446 §D.4)
    const clientVersion = version === 'TLSv1.3' ? src_versions/* WIRE_VERSION */.XE['TLSv1.2'] : src_versions/* WIRE_VERSION */.XE[version];
    const fixed = Buffer.concat([u16(clientVersion), random(32), vec8(sessionId), vec16(u16s(suites)), vec8(Buffer.from([0]))]);
    const body = Buffer.concat([fixed, ...(extensions.length > 0 ? [vec16(Buffer.concat(padded(fixed.length, extensions)))] : [])]);
    const handshake = Buffer.concat([Buffer.from([1]), u24(body.length), body]);
    // Record version 03 01 even for TLS 1.2/1.3: some servers drop records at versions they do not know.
    const recordVersion = version === 'SSLv3' ? 0x0300 : 0x0301;
    return Buffer.concat([Buffer.from([22]), u16(recordVersion), u16(handshake.length), handshake]);
}
function tlsExtensions(version, suites, host, plain, random) {
    const exts = [];
    if (host !== undefined) {
        // server_name_list with one host_name entry (type 0).
        exts.push(ext(EXT.serverName, vec16(Buffer.concat([Buffer.from([0]), vec16(Buffer.from(host, 'ascii'))]))));
    }
    if (version === 'TLSv1.3') {
        exts.push(ext(EXT.supportedVersions, vec8(u16(src_versions/* WIRE_VERSION */.XE['TLSv1.3']))));
        exts.push(ext(EXT.supportedGroups, vec16(u16s(plain ? GROUPS_PLAIN : GROUPS_TLS13))));
        // One x25519 share of random bytes: enough to get a ServerHello, the handshake is never finished.
        exts.push(ext(EXT.keyShare, vec16(Buffer.concat([u16(X25519), vec16(random(32))]))));
        exts.push(ext(EXT.pskKeyExchangeModes, vec8(Buffer.from([1])))); // psk_dhe_ke
    }
    else if (suites.some((id) => ciphers/* ECC_SUITE_IDS */.Co.has(id))) {
        exts.push(ext(EXT.supportedGroups, vec16(u16s(plain ? GROUPS_PLAIN : GROUPS_FULL))));
        // uncompressed, plus the compressed forms old servers list (RFC 4492 §5.1.2).
        exts.push(ext(EXT.ecPointFormats, vec8(Buffer.from(plain ? [0] : [0, 1, 2]))));
    }
    if (version === 'TLSv1.2' || version === 'TLSv1.3') {
        // Last on purpose: never empty, so the list never ends with an empty extension.
        exts.push(ext(EXT.signatureAlgorithms, vec16(u16s(plain ? SIGALGS_PLAIN : SIGALGS_FULL))));
    }
    return exts;
}
/**
 * Lengths (of the ClientHello body, and of the handshake message with its 4-byte header — the
 * sources disagree on which one the bugs key on, so both are kept clear) that servers or
 * middleboxes are known to choke on: 256–511 (F5, RFC 7685) and, above that, ≡ 10 or 14 mod 256.
 */
function isTroublesomeLength(bodyLength) {
    return [bodyLength, bodyLength + 4].some((n) => (n >= 256 && n <= 511) || (n > 511 && (n % 256 === 10 || n % 256 === 14)));
}
/**
 * Appends a padding extension when the hello would have a troublesome length. The padding always
 * carries at least one byte: some servers fail when the last extension is empty.
 */
function padded(fixedLength, exts) {
    const bodyLength = (extras) => fixedLength + 2 + exts.reduce((n, e) => n + e.length, 0) + extras;
    if (!isTroublesomeLength(bodyLength(0)))
        return exts;
    let n = 1;
    while (isTroublesomeLength(bodyLength(4 + n)))
        n++;
    return [...exts, ext(EXT.padding, Buffer.alloc(n))];
}
/**
 * SSLv2 CLIENT-HELLO (SSLv2 draft §E): 2-byte record header with the high bit set, message type 1,
 * version 0x0002, the 3-byte cipher specs, no session id, and a 16-byte challenge.
 */
function sslv2Hello(random) {
    const specs = Buffer.concat(ciphers/* SSL2_CIPHER_SPECS */.Cj.map((s) => u24(s.id)));
    const challenge = random(16);
    const msg = Buffer.concat([
        Buffer.from([1]),
        u16(src_versions/* WIRE_VERSION */.XE.SSLv2),
        u16(specs.length),
        u16(0),
        u16(challenge.length),
        specs,
        challenge,
    ]);
    return Buffer.concat([u16(0x8000 | msg.length), msg]);
}
/** A random source that returns fewer or more bytes than asked would silently corrupt every length. */
function checkedRandom(source) {
    return (n) => {
        const bytes = source(n);
        if (bytes.length !== n)
            throw new Error(`random source returned ${bytes.length} bytes instead of ${n}`);
        return bytes;
    };
}
function ext(type, data) {
    return Buffer.concat([u16(type), vec16(data)]);
}
function u16(n) {
    const b = Buffer.alloc(2);
    b.writeUInt16BE(n);
    return b;
}
function u24(n) {
    return Buffer.from([(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);
}
function u16s(list) {
    return Buffer.concat(list.map(u16));
}
function vec8(data) {
    return Buffer.concat([Buffer.from([data.length]), data]);
}
function vec16(data) {
    return Buffer.concat([u16(data.length), data]);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/probe/fd-limit.ts
/**
 * Every probe connection is a file descriptor. A runner's soft limit (`ulimit -n`) can be far
 * below the concurrency asked for (1024 is common, 256 on macOS, 64 in some containers), and
 * past it every connect fails with EMFILE. Node has no getrlimit, so on Linux the soft limit is
 * read from /proc/self/limits; elsewhere a conservative default stands in.
 */

/** What a system whose limit cannot be read is assumed to allow (macOS's default soft limit). */
const ASSUMED_FD_LIMIT = 256;
/** Descriptors assumed open when they cannot be counted. */
const ASSUMED_OPEN = 32;
/** Kept free for everything else the process opens while probing (DNS, the report, stdio). */
const FD_RESERVE = 16;
/** The soft limit from /proc/self/limits' "Max open files" line (Infinity when unlimited). */
function parseSoftFdLimit(limits) {
    const m = /^Max open files\s+(\d+|unlimited)\s/m.exec(limits);
    if (!m)
        return undefined;
    return m[1] === 'unlimited' ? Infinity : Number(m[1]);
}
/** This process's budget, from /proc on Linux; empty where /proc does not exist. */
function readFdBudget() {
    let limit;
    let open;
    try {
        limit = parseSoftFdLimit(external_node_fs_.readFileSync('/proc/self/limits', 'utf8'));
    }
    catch {
        // not Linux (or /proc not mounted): the default below applies
    }
    try {
        open = external_node_fs_.readdirSync('/proc/self/fd').length;
    }
    catch {
        // the same
    }
    return { limit, open };
}
/**
 * The connections that may be open at once: what was asked for, but below the descriptor limit
 * with room for the rest of the process. Windows has no such limit on sockets.
 */
function capByFds(requested, budget, platform = process.platform) {
    if (budget.limit === undefined && platform === 'win32')
        return requested;
    const limit = budget.limit ?? ASSUMED_FD_LIMIT;
    const free = limit - (budget.open ?? ASSUMED_OPEN) - FD_RESERVE;
    return Math.max(1, Math.min(requested, free));
}
/** Error codes that mean this machine, not the server, ran out of descriptors. */
function isFdExhaustion(code) {
    return code === 'EMFILE' || code === 'ENFILE';
}

;// CONCATENATED MODULE: ./src/probe/reply.ts



/**
 * How many bytes we read at most without finding the decisive message. A ServerHello fits in a
 * few hundred bytes even when fragmented; a peer that keeps sending valid-looking records that
 * never contain one is broken (or hostile) and must not keep the probe waiting until the timeout.
 */
const MAX_REPLY_BYTES = 32 * 1024;
/** TLSCiphertext may exceed 2^14 by up to 2048 bytes (RFC 5246 §6.2.3); anything longer is not a record. */
const MAX_RECORD_LENGTH = 16384 + 2048;
/** A ServerHello whose random is this value is a HelloRetryRequest (RFC 8446 §4.1.3). */
const HRR_RANDOM = Buffer.from('CF21AD74E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C', 'hex');
const RECORD = { changeCipherSpec: 20, alert: 21, handshake: 22, applicationData: 23, heartbeat: 24 };
const RECORD_NAMES = {
    20: 'ChangeCipherSpec',
    21: 'alert',
    22: 'handshake',
    23: 'application data',
    24: 'heartbeat',
};
const HANDSHAKE_NAMES = {
    0: 'HelloRequest',
    1: 'ClientHello',
    2: 'ServerHello',
    4: 'NewSessionTicket',
    8: 'EncryptedExtensions',
    11: 'Certificate',
    12: 'ServerKeyExchange',
    13: 'CertificateRequest',
    14: 'ServerHelloDone',
    20: 'Finished',
};
/**
 * Warnings that servers send before an otherwise normal ServerHello (Apache sends
 * unrecognized_name when the SNI matches no virtual host). Any other alert ends the attempt.
 */
const HARMLESS_WARNINGS = new Set([112]);
/**
 * What the reply so far says about `asked`, or undefined when more bytes are needed. `offered`
 * is the set of suites (SSLv2: cipher specs) the hello offered.
 */
function classifyReply(asked, bytes, offered) {
    return new ReplyReader(asked, offered).push(bytes);
}
/**
 * The outcome when the connection ended (closed, or reset when `reset`) after `bytes`. Without
 * `offered`, a complete ServerHello is checked against every suite any hello for `asked` offers.
 */
function classifyEnd(asked, bytes, reset, offered = anyOfferedSuites(asked)) {
    const reader = new ReplyReader(asked, offered);
    reader.push(bytes);
    return reader.end(reset);
}
/** Up to `max` characters that show what a non-TLS peer said: printable ASCII as is, the rest escaped. */
function printable(bytes, max = 64) {
    let out = '';
    for (const b of bytes) {
        const piece = b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : b === 0x0d ? '\\r' : b === 0x0a ? '\\n' : `\\x${b.toString(16).padStart(2, '0')}`;
        if (out.length + piece.length > max)
            break;
        out += piece;
    }
    return out;
}
/** How many first bytes a not-tls outcome shows (printable() shows at most one byte per character). */
const HEAD_BYTES = 64;
/** A fixed-size buffer filled from a stream of chunks: each byte is copied once and never re-read. */
class Filling {
    bytes;
    filled = 0;
    constructor(size) {
        this.bytes = Buffer.alloc(size);
    }
    get full() {
        return this.filled === this.bytes.length;
    }
    get content() {
        return this.bytes.subarray(0, this.filled);
    }
    /** Copies what fits from `src` starting at `at`; returns how many bytes were taken. */
    take(src, at) {
        const n = src.copy(this.bytes, this.filled, at, Math.min(src.length, at + this.bytes.length - this.filled));
        this.filled += n;
        return n;
    }
}
/**
 * Reads the server's first reply chunk by chunk, keeping its place: the record framing, the
 * handshake message being assembled and a pending alert byte live between chunks, so every byte
 * is examined once however the server splits its reply (a server that drip-feeds one byte per
 * write costs linear time, not quadratic). Memory is bounded: a record header, one handshake
 * message of at most MAX_REPLY_BYTES, the first bytes for a not-tls message. Bytes past
 * MAX_REPLY_BYTES are never looked at: by then the reply has been decided.
 */
class ReplyReader {
    asked;
    offered;
    decided;
    /** Every byte pushed, for the "truncated after N bytes" message. */
    received = 0;
    /** Bytes looked at (at most MAX_REPLY_BYTES): the cost of reading, which tests hold to linear. */
    looked = 0;
    head = new Filling(HEAD_BYTES);
    mode = 'unknown';
    // TLS record layer
    header = new Filling(5);
    recordStart = 0;
    recordType = 0;
    recordLength = 0;
    recordLeft = 0;
    // Handshake and alert layers (messages may span records)
    hsHeader = new Filling(4);
    hsBody;
    alertLevel;
    warning;
    // SSLv2
    ssl2Header = new Filling(3);
    ssl2Record;
    constructor(asked, 
    /** The suites (SSLv2: cipher specs) the hello offered. */
    offered) {
        this.asked = asked;
        this.offered = offered;
    }
    /** How many bytes were examined so far: each once, never more than MAX_REPLY_BYTES in all. */
    get examined() {
        return this.looked;
    }
    /** Reads one more chunk; the outcome once the reply so far decides it (and from then on). */
    push(chunk) {
        if (this.decided || chunk.length === 0)
            return this.decided;
        this.received += chunk.length;
        this.head.take(chunk, 0);
        const input = chunk.subarray(0, MAX_REPLY_BYTES - this.looked);
        if (this.mode === 'unknown')
            this.mode = input[0] >= 0x80 ? 'ssl2' : 'tls'; // SSLv2 headers have the high bit set
        if (this.mode === 'ssl2')
            this.readSsl2(input);
        else
            this.readRecords(input);
        if (!this.decided && this.looked >= MAX_REPLY_BYTES)
            this.decided = anomaly(`no ServerHello in the first ${MAX_REPLY_BYTES} bytes of the reply`);
        return this.decided;
    }
    /** The outcome when the connection ended (closed, or reset when `reset`) after what was pushed. */
    end(reset) {
        if (this.received === 0)
            return { kind: 'closed', reset };
        if (this.decided)
            return this.decided;
        // A harmless warning and then a hang-up is still the server saying no.
        if (this.warning !== undefined)
            return { kind: 'rejected', alert: this.warning, alertName: (0,ciphers/* alertName */.Q6)(this.warning) };
        return {
            kind: 'anomaly',
            detail: `truncated: connection ${reset ? 'reset' : 'closed'} after ${this.received} bytes, ${this.waiting()}`,
        };
    }
    /** What the reply is still waiting for, for the "truncated" message. */
    waiting() {
        if (this.mode === 'ssl2') {
            const r = this.ssl2Record;
            return r ? `inside an SSLv2 record (${r.filled - 2} of ${r.bytes.length - 2} bytes)` : 'inside an SSLv2 record header';
        }
        if (this.header.filled > 0 && !this.header.full)
            return 'inside a record header';
        if (this.recordLeft > 0)
            return `inside a ${RECORD_NAMES[this.recordType]} record (${this.recordLength - this.recordLeft} of ${this.recordLength} bytes)`;
        return 'before a ServerHello';
    }
    readRecords(input) {
        for (let at = 0; at < input.length && !this.decided;) {
            if (!this.header.full) {
                const n = this.header.take(input, at);
                at += n;
                this.looked += n;
                const problem = recordProblem(this.header.content);
                if (problem !== undefined) {
                    this.decided =
                        this.recordStart === 0 && problem.notTls
                            ? notTls(this.head.content)
                            : anomaly(`malformed record at byte ${this.recordStart}: ${problem.text}`);
                    return;
                }
                if (!this.header.full)
                    return;
                this.recordType = this.header.bytes[0];
                this.recordLength = this.recordLeft = this.header.bytes.readUInt16BE(3);
                if (this.recordType !== RECORD.handshake && this.recordType !== RECORD.alert) {
                    this.decided = anomaly(`${RECORD_NAMES[this.recordType]} record before any ServerHello`);
                    return;
                }
            }
            else {
                const n = Math.min(this.recordLeft, input.length - at);
                const fragment = input.subarray(at, at + n);
                at += n;
                this.looked += n;
                this.recordLeft -= n;
                if (this.recordType === RECORD.handshake)
                    this.readHandshake(fragment);
                else
                    this.readAlerts(fragment);
            }
            if (this.header.full && this.recordLeft === 0 && !this.decided) {
                this.recordStart += 5 + this.recordLength;
                this.header = new Filling(5);
            }
        }
    }
    /** Handshake bytes: HelloRequests are skipped, the first other message must be the ServerHello. */
    readHandshake(fragment) {
        for (let at = 0; at < fragment.length && !this.decided;) {
            if (!this.hsBody) {
                at += this.hsHeader.take(fragment, at);
                if (!this.hsHeader.full)
                    return;
                // HelloRequest may come at any time and is to be ignored during a handshake (RFC 5246 §7.4.1.1).
                if (this.hsHeader.bytes.readUInt32BE(0) === 0) {
                    this.hsHeader = new Filling(4);
                    continue;
                }
                const type = this.hsHeader.bytes[0];
                const length = this.hsHeader.bytes.readUIntBE(1, 3);
                if (type !== 2) {
                    this.decided = anomaly(`expected a ServerHello, got handshake message ${HANDSHAKE_NAMES[type] ?? `type ${type}`}`);
                    return;
                }
                if (length + 4 > MAX_REPLY_BYTES) {
                    this.decided = anomaly(`ServerHello claims to be ${length} bytes long`);
                    return;
                }
                this.hsBody = new Filling(length);
            }
            at += this.hsBody.take(fragment, at);
            if (this.hsBody.full)
                this.decided = judge(this.asked, this.hsBody.bytes, this.offered);
        }
    }
    /** Alert bytes, in (level, description) pairs that may be split across records. */
    readAlerts(fragment) {
        for (const byte of fragment) {
            if (this.alertLevel === undefined) {
                this.alertLevel = byte;
                continue;
            }
            const [level, description] = [this.alertLevel, byte];
            this.alertLevel = undefined;
            if (level !== 1 && level !== 2) {
                this.decided = anomaly(`alert with level ${level} (neither warning nor fatal)`);
                return;
            }
            if (level === 1 && HARMLESS_WARNINGS.has(description)) {
                this.warning = description;
                continue;
            }
            this.decided = { kind: 'rejected', alert: description, alertName: (0,ciphers/* alertName */.Q6)(description) };
            return;
        }
    }
    /** SSLv2 replies (SSLv2 draft §E): SERVER-HELLO (type 4) or ERROR (type 0) behind a 2-byte header. */
    readSsl2(input) {
        let at = 0;
        if (!this.ssl2Record) {
            at = this.ssl2Header.take(input, 0);
            this.looked += at;
            if (!this.ssl2Header.full)
                return;
            const h = this.ssl2Header.bytes;
            const length = ((h[0] & 0x7f) << 8) | h[1];
            const type = h[2];
            if ((type !== 0 && type !== 4) || length === 0) {
                this.decided = notTls(this.head.content);
                return;
            }
            if (2 + length > MAX_REPLY_BYTES) {
                this.decided = anomaly(`SSLv2 record claims ${length} bytes`);
                return;
            }
            this.ssl2Record = new Filling(2 + length);
            this.ssl2Record.take(h, 0);
        }
        const n = this.ssl2Record.take(input, at);
        this.looked += n;
        if (this.ssl2Record.full)
            this.decided = judgeSsl2(this.asked, this.ssl2Record.bytes.subarray(2), this.offered);
    }
}
/** What is wrong with a (possibly partial) record header; `notTls` when it does not even look like TLS. */
function recordProblem(header) {
    const type = header[0];
    if (RECORD_NAMES[type] === undefined)
        return { notTls: true, text: `unknown content type ${type}` };
    if (header.length >= 2 && header[1] !== 3)
        return { notTls: true, text: `record version major ${header[1]}` };
    if (header.length >= 3 && header[2] > 4)
        return { notTls: false, text: `record version 3.${header[2]}` };
    if (header.length < 5)
        return undefined;
    const length = header.readUInt16BE(3);
    if (length > MAX_RECORD_LENGTH)
        return { notTls: false, text: `record length ${length}` };
    // RFC 5246 §6.2.1: zero-length handshake, alert and ChangeCipherSpec fragments are forbidden.
    if (length === 0 && type !== RECORD.applicationData)
        return { notTls: false, text: `empty ${RECORD_NAMES[type]} record` };
    return undefined;
}
/** RFC 5246 §7.4.1.3 / RFC 8446 §4.1.3, strictly: every length must add up. */
function parseServerHello(body) {
    if (body.length < 38)
        return `only ${body.length} bytes`;
    const sessionIdLength = body[34];
    if (sessionIdLength > 32)
        return `session id of ${sessionIdLength} bytes`;
    let p = 35 + sessionIdLength;
    if (body.length < p + 3)
        return 'ends inside the session id or suite';
    const hello = { version: body.readUInt16BE(0), random: body.subarray(2, 34), suite: body.readUInt16BE(p), compression: body[p + 2] };
    p += 3;
    const extensions = new Map();
    if (p === body.length)
        return { ...hello, extensions };
    if (body.length - p < 2 || body.readUInt16BE(p) !== body.length - p - 2)
        return 'extension block length does not match';
    for (p += 2; p < body.length;) {
        if (body.length - p < 4)
            return 'truncated extension header';
        const type = body.readUInt16BE(p);
        const length = body.readUInt16BE(p + 2);
        if (p + 4 + length > body.length)
            return `extension ${type} overruns the message`;
        if (extensions.has(type))
            return `extension ${type} appears twice`;
        extensions.set(type, body.subarray(p + 4, p + 4 + length));
        p += 4 + length;
    }
    return { ...hello, extensions };
}
/** The decision table, for a complete ServerHello. */
function judge(asked, body, offered) {
    const sh = parseServerHello(body);
    if (typeof sh === 'string')
        return { kind: 'anomaly', detail: `malformed ServerHello: ${sh}` };
    const selected = sh.extensions.get(EXT.supportedVersions);
    if (selected !== undefined && selected.length !== 2)
        return { kind: 'anomaly', detail: 'malformed supported_versions in the ServerHello' };
    const code = selected?.readUInt16BE(0) ?? sh.version;
    // We only ever send supported_versions = {TLS 1.3}; selecting anything else through it is a violation.
    if (selected !== undefined && (asked !== 'TLSv1.3' || code !== src_versions/* WIRE_VERSION */.XE['TLSv1.3'])) {
        return {
            kind: 'anomaly',
            detail: `ServerHello selects ${wireName(code)} through supported_versions, which the ${asked} hello did not offer`,
        };
    }
    const suiteOk = sh.suite !== ciphers/* SCSV_RENEGOTIATION */.Ty && offered.has(sh.suite);
    const badSuite = `server chose cipher suite ${(0,ciphers/* suiteName */.Qx)(sh.suite)}, which the ${asked} hello did not offer`;
    if (sh.random.equals(HRR_RANDOM)) {
        if (asked !== 'TLSv1.3')
            return { kind: 'anomaly', detail: `HelloRetryRequest in answer to a ${asked} hello` };
        if (selected === undefined || sh.version !== src_versions/* WIRE_VERSION */.XE['TLSv1.2'])
            return { kind: 'anomaly', detail: 'HelloRetryRequest without a TLS 1.3 selection' };
        const keyShare = sh.extensions.get(EXT.keyShare);
        if (keyShare !== undefined && keyShare.length !== 2)
            return { kind: 'anomaly', detail: 'malformed key_share in the HelloRetryRequest' };
        if (!suiteOk)
            return { kind: 'anomaly', detail: badSuite, serverVersion: 'TLSv1.3' };
        if (sh.compression !== 0)
            return { kind: 'anomaly', detail: `HelloRetryRequest with compression method ${sh.compression}` };
        return { kind: 'accepted', serverVersion: 'TLSv1.3', cipher: sh.suite, hrr: true };
    }
    const version = (0,src_versions/* versionOfWire */.Xo)(code);
    // 0x0002 is SSLv2's code, which a TLS ServerHello cannot carry.
    if (version === undefined || version === 'SSLv2')
        return { kind: 'anomaly', detail: `ServerHello with unknown version ${wireName(code)}` };
    if ((0,src_versions/* versionIndex */.Vm)(version) > (0,src_versions/* versionIndex */.Vm)(asked)) {
        return { kind: 'anomaly', detail: `server answered a ${asked} hello with ${version}`, serverVersion: version };
    }
    if (!suiteOk)
        return { kind: 'anomaly', detail: badSuite, serverVersion: version };
    // We offer only the null compression method.
    if (sh.compression !== 0)
        return { kind: 'anomaly', detail: `server chose compression method ${sh.compression}, which was not offered`, serverVersion: version };
    if (version !== asked)
        return { kind: 'rejected', serverVersion: version };
    if (version === 'TLSv1.3') {
        if (sh.version !== src_versions/* WIRE_VERSION */.XE['TLSv1.2'])
            return { kind: 'anomaly', detail: `TLS 1.3 ServerHello with legacy_version ${wireName(sh.version)}`, serverVersion: version };
        // Our only share is x25519: a real TLS 1.3 ServerHello answers it with a 32-byte x25519 share.
        const share = sh.extensions.get(EXT.keyShare);
        if (share === undefined || share.length !== 36 || share.readUInt16BE(0) !== 0x001d || share.readUInt16BE(2) !== 32) {
            return { kind: 'anomaly', detail: 'TLS 1.3 ServerHello without a matching x25519 key share', serverVersion: version };
        }
    }
    return { kind: 'accepted', serverVersion: version, cipher: sh.suite };
}
/** A complete SSLv2 message (header stripped): SERVER-HELLO (type 4) or ERROR (type 0). */
function judgeSsl2(asked, msg, offered) {
    if (msg[0] === 0) {
        if (msg.length !== 3)
            return anomaly(`SSLv2 ERROR message of ${msg.length} bytes`);
        const code = msg.readUInt16BE(1);
        return { kind: 'rejected', alertName: ciphers/* SSL2_ERROR_NAMES */.vy[code] ?? `SSLv2 error ${code}` };
    }
    if (msg.length < 11)
        return anomaly(`SSLv2 SERVER-HELLO of ${msg.length} bytes`);
    const [certLength, specsLength, idLength] = [msg.readUInt16BE(5), msg.readUInt16BE(7), msg.readUInt16BE(9)];
    if (11 + certLength + specsLength + idLength !== msg.length)
        return anomaly('SSLv2 SERVER-HELLO lengths do not add up');
    if (specsLength % 3 !== 0 || idLength < 16 || idLength > 32)
        return anomaly('malformed SSLv2 SERVER-HELLO');
    const version = msg.readUInt16BE(3);
    if (version !== src_versions/* WIRE_VERSION */.XE.SSLv2)
        return anomaly(`SSLv2 SERVER-HELLO with version ${wireName(version)}`);
    const specs = [];
    for (let p = 11 + certLength; p < 11 + certLength + specsLength; p += 3)
        specs.push(msg.readUIntBE(p, 3));
    const unknown = specs.find((s) => !offered.has(s));
    if (unknown !== undefined)
        return anomaly(`SSLv2 server lists cipher spec 0x${unknown.toString(16).padStart(6, '0')}, which the hello did not offer`);
    if (asked !== 'SSLv2')
        return { kind: 'rejected', serverVersion: 'SSLv2' };
    // A SERVER-HELLO with no common cipher spec still means SSLv2 is enabled (CVE-2015-3197 showed
    // such servers can be talked into a disabled cipher), so it counts as accepted.
    return specs.length > 0 ? { kind: 'accepted', serverVersion: 'SSLv2', cipher: specs[0] } : { kind: 'accepted', serverVersion: 'SSLv2' };
}
function notTls(bytes) {
    return { kind: 'not-tls', firstBytes: printable(bytes.subarray(0, HEAD_BYTES)) };
}
function anomaly(detail) {
    return { kind: 'anomaly', detail };
}
function wireName(code) {
    return (0,src_versions/* versionOfWire */.Xo)(code) ?? `0x${code.toString(16).padStart(4, '0')}`;
}

;// CONCATENATED MODULE: ./src/probe/starttls.ts
/**
 * STARTTLS: the plain-text (or binary) dialogs that bring a freshly connected socket to the point
 * where the server waits for a ClientHello. Each probe repeats the dialog on its own connection,
 * then writes its hand-built hello on the same socket.
 *
 * Every refusal, missing capability or foreign answer is a `starttls` error that quotes the
 * server's own words; a passed deadline is a `timeout` that names the step; a reset is `reset`.
 * None of them is ever "TLS refused": the version question was never asked.
 */

/**
 * Runs the STARTTLS dialog of `dialect` on a connected socket. Resolves `null` once the server has
 * said "go ahead": the socket is then back in a plain state (no listeners of ours, no encoding,
 * not flowing) and any byte the server sent after its go-ahead is still unread in it. The caller
 * keeps its own 'error' listener on the socket; it is never destroyed here.
 */
async function startTls(dialect, socket, opts) {
    const dialog = Object.hasOwn(DIALOGS, dialect) ? DIALOGS[dialect] : undefined;
    if (!dialog)
        return { kind: 'other', message: oneLine(`unknown STARTTLS dialect "${String(dialect)}"`) };
    if (Date.now() >= opts.deadline)
        return { kind: 'timeout', message: `deadline passed before the ${dialog.name} dialog began` };
    if (socket.destroyed || socket.readableEnded)
        return { kind: 'reset', message: `the connection was closed before the ${dialog.name} dialog began` };
    const talk = new Conversation(socket, dialog.name, opts.deadline);
    try {
        await dialog.run(talk, opts);
        return await talk.handOver();
    }
    catch (e) {
        if (e instanceof DialogFailure)
            return e.error;
        return { kind: 'other', message: oneLine(`${dialog.name} dialog failed: ${e instanceof Error ? e.message : String(e)}`) };
    }
    finally {
        talk.detach();
    }
}
// ---------------------------------------------------------------------------------------------
// Limits and message shaping
/** Real replies are a few hundred bytes; 64 KiB without a complete one is a broken or hostile server. */
const MAX_REPLY = 64 * 1024;
/**
 * Real multi-line replies (an EHLO answer, IMAP untagged lines, a POP3 CAPA list, XMPP stream
 * features) have a few dozen lines or tags; a server that keeps adding them is not finishing its
 * reply, and each look at it costs more, so it is cut off here long before the byte cap.
 */
const MAX_LINES = 200;
const MAX_TAGS = 200;
const GT = 0x3e;
/** How many first bytes are looked at on every chunk, to recognise a foreign protocol early. */
const PEEK_BYTES = 64;
const LF = 0x0a;
/** How much of the server's words a message quotes, so that the whole message stays one short line. */
const QUOTE_MAX = 120;
const MESSAGE_MAX = 200;
/** How many of a foreign answer's first bytes to show. */
const FIRST_BYTES = 48;
function oneLine(message) {
    const line = message.replace(/\s+/g, ' ').trim();
    return line.length > MESSAGE_MAX ? `${line.slice(0, MESSAGE_MAX - 1)}…` : line;
}
/**
 * The server's words, printable: line breaks become spaces, control bytes (and, for raw bytes,
 * anything outside ASCII) become `\xNN`, and long text is cut.
 */
function quote(data, max = QUOTE_MAX) {
    const raw = typeof data !== 'string';
    const text = raw ? data.toString('latin1') : data;
    // Text keeps its line breaks as spaces; binary shows every byte.
    const binary = raw && data.some((b) => (b < 0x20 && b !== 0x0d && b !== 0x0a && b !== 0x09) || b >= 0x7f);
    let out = '';
    for (const ch of text) {
        const code = ch.codePointAt(0);
        if (!binary && (ch === '\r' || ch === '\n' || ch === '\t'))
            out += ' ';
        else if (code < 0x20 || code === 0x7f || (raw && code > 0x7f))
            out += `\\x${code.toString(16).padStart(2, '0')}`;
        else
            out += ch;
        if (out.length > max * 2)
            break;
    }
    out = out.replace(/ +/g, ' ').trim();
    return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}
/** A hint for the commonest mistake: a port that speaks TLS from the first byte (465, 993, 636…). */
function tlsHint(data) {
    return data.length >= 2 && (data[0] === 0x15 || data[0] === 0x16) && data[1] === 0x03
        ? ' (a TLS record: this port seems to speak TLS from the first byte, without STARTTLS)'
        : '';
}
// ---------------------------------------------------------------------------------------------
// The conversation: bounded reading with a deadline, without leaving a trace on the socket
class DialogFailure extends Error {
    error;
    constructor(error) {
        super(error.message);
        this.error = error;
    }
}
/** What a parser answers when the bytes cannot be the start of the expected reply. */
const FOREIGN = Symbol('foreign');
/** What a parser answers when the reply has more than MAX_LINES lines and is still not complete. */
const OVERLONG = Symbol('overlong');
/** Marks a parser whose replies can only be completed by `byte`. */
function completesWith(byte, parse) {
    return Object.assign(parse, { completesWith: byte });
}
class Conversation {
    socket;
    proto;
    data = Buffer.alloc(0);
    /** How much of `data` the last inconclusive parse saw. */
    parsed = 0;
    ending = null;
    timedOut = false;
    wake = null;
    timer;
    attached = true;
    /** Whether we have sent anything, and whether the server has answered anything yet. */
    spoke = false;
    answered = false;
    constructor(socket, 
    /** The protocol's display name, for messages (`SMTP`). */
    proto, deadline) {
        this.socket = socket;
        this.proto = proto;
        // Paused mode ('readable' + read()) rather than 'data': when our listener goes, Node puts the
        // stream back to its initial not-flowing state, so nothing that arrives later is emitted to
        // nobody, and the caller's own 'data' listener or tls.connect({ socket }) receives it.
        socket.on('readable', this.onReadable);
        socket.on('end', this.onEnd);
        socket.on('close', this.onClose);
        socket.on('error', this.onError);
        this.timer = setTimeout(this.onDeadline, Math.max(0, deadline - Date.now()));
    }
    send(data) {
        this.spoke = true;
        this.socket.write(data);
    }
    /** Waits until `parse` recognises a complete reply at the start of what was received, and consumes it. */
    async expect(step, parse) {
        this.parsed = 0;
        for (;;) {
            const got = this.worthParsing(parse) ? parse(this.data) : undefined;
            if (got === OVERLONG) {
                const parts = parse.completesWith === GT ? `${MAX_TAGS} XML tags` : `${MAX_LINES} lines`;
                throw this.fail('starttls', `${this.proto} server sent more than ${parts} without completing ${step}`);
            }
            if (got === FOREIGN)
                throw this.fail('starttls', `${this.proto} server sent "${quote(this.data.subarray(0, FIRST_BYTES))}" instead of ${step}${tlsHint(this.data)}`);
            if (got) {
                this.data = this.data.subarray(got.used);
                this.answered = true;
                return got.value;
            }
            this.parsed = this.data.length;
            if (this.data.length >= MAX_REPLY)
                throw this.fail('starttls', `${this.proto} server sent more than ${MAX_REPLY / 1024} KiB without completing ${step}`);
            if (this.ending)
                throw this.closed(step, this.ending);
            if (this.timedOut) {
                const hint = step === 'the greeting' ? ' (a port where the client must speak first, such as a direct-TLS port, stays silent)' : '';
                throw this.fail('timeout', `timed out waiting for ${step} from the ${this.proto} server${hint}`);
            }
            await new Promise((resolve) => (this.wake = resolve));
        }
    }
    /** Whether the bytes that came since the last inconclusive parse could change its answer. */
    worthParsing(parse) {
        if (parse.completesWith === undefined || this.parsed === 0 || this.data.length <= PEEK_BYTES)
            return true;
        return this.data.indexOf(parse.completesWith, this.parsed) >= 0;
    }
    /** The server said no: a `starttls` error in its own words. */
    refused(message) {
        return this.fail('starttls', message);
    }
    fail(kind, message) {
        return new DialogFailure({ kind, message: oneLine(message) });
    }
    /** After the go-ahead: give back unread bytes and the socket, or say why it is no use. */
    async handOver() {
        const rest = this.data;
        this.data = Buffer.alloc(0);
        this.detach();
        if (this.ending)
            return this.closed('the ClientHello (right after agreeing to STARTTLS)', this.ending).error;
        // Bytes after the go-ahead belong to whoever reads the TLS reply (a server that sends them is
        // broken or the path injects them, and the reply parser should see that), not to us.
        if (rest.length > 0)
            this.socket.unshift(rest);
        // Node settles the stream back to "not flowing, no listener" on the next tick; let it, so the
        // caller's first 'data' listener starts the flow as on any fresh socket.
        await new Promise((resolve) => setImmediate(resolve));
        return null;
    }
    detach() {
        if (!this.attached)
            return;
        this.attached = false;
        clearTimeout(this.timer);
        this.socket.off('readable', this.onReadable);
        this.socket.off('end', this.onEnd);
        this.socket.off('close', this.onClose);
        this.socket.off('error', this.onError);
        this.wake = null;
    }
    closed(step, ending) {
        // A port that speaks TLS from the first byte takes our first message for a broken record, and
        // OpenSSL-based servers then hang up without a word.
        const after = this.data.length > 0
            ? ` after "${quote(this.data.subarray(0, FIRST_BYTES * 2))}"`
            : this.spoke && !this.answered && !ending.reset
                ? ' (without a word: does this port speak TLS from the first byte?)'
                : '';
        return ending.reset
            ? this.fail('reset', `${this.proto} server reset the connection (${ending.detail}) while we waited for ${step}${after}`)
            : this.fail('starttls', `${this.proto} server closed the connection while we waited for ${step}${after}`);
    }
    notify() {
        const wake = this.wake;
        this.wake = null;
        wake?.();
    }
    onReadable = () => {
        // Stop taking bytes once a reply is overlong: the rest stays in the socket, whose backpressure
        // stops reading from the kernel, so a server that streams forever costs bounded memory.
        while (this.data.length < MAX_REPLY) {
            const chunk = this.socket.read();
            if (chunk === null)
                break;
            const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
            this.data = this.data.length === 0 ? bytes : Buffer.concat([this.data, bytes]);
        }
        this.notify();
    };
    onEnd = () => {
        this.ending ??= { reset: false, detail: 'closed' };
        this.notify();
    };
    onClose = () => {
        this.ending ??= { reset: false, detail: 'closed' };
        this.notify();
    };
    onError = (err) => {
        this.ending ??= { reset: true, detail: err.code ?? err.message };
        this.notify();
    };
    onDeadline = () => {
        this.timedOut = true;
        this.notify();
    };
}
// ---------------------------------------------------------------------------------------------
// Text helpers
/** The line that starts at `offset` (CRLF or bare LF), without its line break. */
function lineAt(data, offset) {
    const nl = data.indexOf(0x0a, offset);
    if (nl < 0)
        return undefined;
    const stop = nl > offset && data[nl - 1] === 0x0d ? nl - 1 : nl;
    return { line: data.toString('utf8', offset, stop), end: nl + 1 };
}
/** Whether the bytes received so far could still begin with one of `prefixes` (case-insensitive). */
function couldStartWith(data, prefixes) {
    return prefixes.some((p) => {
        const n = Math.min(p.length, data.length);
        return data.toString('latin1', 0, n).toLowerCase() === p.slice(0, n).toLowerCase();
    });
}
/** One line, after checking that its first bytes fit `prefixes`. */
function singleLine(prefixes) {
    return completesWith(LF, (data) => {
        if (!couldStartWith(data, prefixes))
            return FOREIGN;
        const next = lineAt(data, 0);
        return next && { value: next.line, used: next.end };
    });
}
function isDigit(byte) {
    return byte !== undefined && byte >= 0x30 && byte <= 0x39;
}
/**
 * An SMTP or FTP reply: `ddd text`, or `ddd-text` … up to a line that starts `ddd `. FTP allows
 * continuation lines without the code (RFC 959 §4.2), so only the first and last are checked.
 */
const codedReply = completesWith(LF, (data) => {
    for (let i = 0; i < Math.min(3, data.length); i++)
        if (!isDigit(data[i]))
            return FOREIGN;
    if (data.length > 3 && ![0x20, 0x2d, 0x0d, 0x0a].includes(data[3]))
        return FOREIGN;
    const lines = [];
    let offset = 0;
    for (;;) {
        const next = lineAt(data, offset);
        if (!next)
            return undefined;
        if (lines.length === MAX_LINES)
            return OVERLONG;
        lines.push(next.line);
        offset = next.end;
        const code = lines[0].slice(0, 3);
        if (lines.length === 1 ? lines[0][3] !== '-' : next.line === code || next.line.startsWith(`${code} `)) {
            return { value: { code: Number(code), lines }, used: offset };
        }
    }
});
const replyText = (r) => quote(r.lines.join(' '));
/** The first word of each line after the code: the extension keywords of an SMTP EHLO reply. */
const keywords = (r) => r.lines.slice(1).map((l) => (l.slice(4).trim().split(/\s+/)[0] ?? '').toUpperCase());
// ---------------------------------------------------------------------------------------------
// SMTP (RFC 3207)
async function smtp(c) {
    const greeting = await c.expect('the greeting', codedReply);
    if (greeting.code !== 220)
        throw c.refused(`SMTP server greeted with "${replyText(greeting)}" instead of 220`);
    c.send(`EHLO ${ehloName(c.socket)}\r\n`);
    const ehlo = await c.expect('the answer to EHLO', codedReply);
    if (ehlo.code !== 250)
        throw c.refused(`SMTP server answered "${replyText(ehlo)}" to EHLO`);
    if (!keywords(ehlo).includes('STARTTLS'))
        throw c.refused(`SMTP server does not offer STARTTLS (EHLO answer: "${replyText(ehlo)}")`);
    c.send('STARTTLS\r\n');
    const go = await c.expect('the answer to STARTTLS', codedReply);
    if (go.code !== 220)
        throw c.refused(`SMTP server answered "${replyText(go)}" to STARTTLS`);
}
/**
 * EHLO names the client, not the server. A prober has no name of its own, so it uses the
 * address-literal form RFC 5321 §4.1.3 provides for exactly that case.
 */
function ehloName(socket) {
    const local = socket.localAddress ?? '';
    const mapped = local.startsWith('::ffff:') ? local.slice(7) : local;
    if ((0,external_node_net_.isIPv4)(mapped))
        return `[${mapped}]`;
    if ((0,external_node_net_.isIPv6)(local))
        return `[IPv6:${local}]`;
    return 'localhost';
}
/** Untagged `* …` lines up to the line tagged `tag`. */
function taggedReply(tag) {
    return completesWith(LF, (data) => {
        const untagged = [];
        let offset = 0;
        for (;;) {
            const next = lineAt(data, offset);
            if (!next)
                return couldStartWith(data.subarray(offset), ['* ', `${tag} `]) ? undefined : FOREIGN;
            offset = next.end;
            if (next.line.startsWith('* ')) {
                if (untagged.length === MAX_LINES)
                    return OVERLONG;
                untagged.push(next.line);
                continue;
            }
            if (!next.line.toLowerCase().startsWith(`${tag} `))
                return FOREIGN;
            const status = (next.line.slice(tag.length + 1).split(' ')[0] ?? '').toUpperCase();
            return { value: { status, line: next.line, untagged }, used: offset };
        }
    });
}
async function imap(c) {
    const greeting = await c.expect('the greeting', singleLine(['* ']));
    const kind = (greeting.split(' ')[1] ?? '').toUpperCase();
    // PREAUTH means "already authenticated", where STARTTLS is not allowed; BYE means "go away".
    if (kind !== 'OK')
        throw c.refused(`IMAP server greeted with "${quote(greeting)}"`);
    c.send('a001 CAPABILITY\r\n');
    const caps = await c.expect('the answer to CAPABILITY', taggedReply('a001'));
    if (caps.status !== 'OK')
        throw c.refused(`IMAP server answered "${quote(caps.line)}" to CAPABILITY`);
    const listed = [...caps.untagged, caps.line].filter((l) => /\bCAPABILITY\b/i.test(l)).join(' ');
    if (!/\bSTARTTLS\b/i.test(listed))
        throw c.refused(`IMAP server does not offer STARTTLS (${quote(listed || caps.line)})`);
    c.send('a002 STARTTLS\r\n');
    const go = await c.expect('the answer to STARTTLS', taggedReply('a002'));
    if (go.status !== 'OK')
        throw c.refused(`IMAP server answered "${quote(go.line)}" to STARTTLS`);
}
// ---------------------------------------------------------------------------------------------
// POP3 (RFC 2595 §4, RFC 2449)
const pop3Status = singleLine(['+OK', '-ERR']);
const capaReply = completesWith(LF, (data) => {
    const first = pop3Status(data);
    if (typeof first !== 'object')
        return first;
    if (!first.value.startsWith('+'))
        return { value: { ok: false, lines: [first.value] }, used: first.used };
    const lines = [];
    for (let offset = first.used;;) {
        const next = lineAt(data, offset);
        if (!next)
            return undefined;
        offset = next.end;
        if (next.line === '.')
            return { value: { ok: true, lines }, used: offset };
        if (lines.length === MAX_LINES)
            return OVERLONG;
        lines.push(next.line);
    }
});
async function pop3(c) {
    const greeting = await c.expect('the greeting', pop3Status);
    if (!greeting.startsWith('+OK'))
        throw c.refused(`POP3 server greeted with "${quote(greeting)}"`);
    // CAPA costs one round trip and turns a bare "-ERR" to STLS into "STLS is not offered".
    c.send('CAPA\r\n');
    const capa = await c.expect('the answer to CAPA', capaReply);
    if (capa.ok && !capa.lines.some((l) => /^STLS\b/i.test(l))) {
        throw c.refused(`POP3 server does not offer STLS (CAPA: "${quote(capa.lines.join(' '))}")`);
    }
    c.send('STLS\r\n');
    const go = await c.expect('the answer to STLS', pop3Status);
    if (!go.startsWith('+OK'))
        throw c.refused(`POP3 server answered "${quote(go)}" to STLS`);
}
// ---------------------------------------------------------------------------------------------
// FTP (RFC 4217)
async function ftp(c) {
    let greeting = await c.expect('the greeting', codedReply);
    // 120 = "ready in n minutes", followed by the real 220 (RFC 959 §5.4).
    while (greeting.code === 120)
        greeting = await c.expect('the greeting', codedReply);
    if (greeting.code !== 220)
        throw c.refused(`FTP server greeted with "${replyText(greeting)}" instead of 220`);
    c.send('AUTH TLS\r\n');
    const go = await c.expect('the answer to AUTH TLS', codedReply);
    if (go.code !== 234)
        throw c.refused(`FTP server answered "${replyText(go)}" to AUTH TLS`);
}
// ---------------------------------------------------------------------------------------------
// LDAP (RFC 4511 §4.14): a BER-encoded ExtendedRequest and its ExtendedResponse
const LDAP_STARTTLS_OID = '1.3.6.1.4.1.1466.20037';
const LDAP_NOTICE_OF_DISCONNECTION_MESSAGE_ID = 0;
const BER = {
    integer: 0x02,
    octetString: 0x04,
    enumerated: 0x0a,
    sequence: 0x30,
    extendedRequest: 0x77,
    extendedResponse: 0x78,
    requestName: 0x80,
};
/** A definite-length BER element with a short length (all our request needs). */
function ber(tag, content) {
    if (content.length > 0x7f)
        throw new Error('BER content too long for a short length');
    return Buffer.concat([Buffer.from([tag, content.length]), content]);
}
/** LDAPMessage { messageID 1, ExtendedRequest { requestName [0] "1.3.6.1.4.1.1466.20037" } } */
const LDAP_STARTTLS_REQUEST = ber(BER.sequence, Buffer.concat([
    ber(BER.integer, Buffer.from([1])),
    ber(BER.extendedRequest, ber(BER.requestName, Buffer.from(LDAP_STARTTLS_OID, 'latin1'))),
]));
/** RFC 4511 Appendix A: the result codes a StartTLS answer can carry, by name. */
const LDAP_RESULT_CODES = {
    0: 'success',
    1: 'operationsError',
    2: 'protocolError',
    3: 'timeLimitExceeded',
    7: 'authMethodNotSupported',
    8: 'strongerAuthRequired',
    10: 'referral',
    11: 'adminLimitExceeded',
    12: 'unavailableCriticalExtension',
    13: 'confidentialityRequired',
    50: 'insufficientAccessRights',
    51: 'busy',
    52: 'unavailable',
    53: 'unwillingToPerform',
    80: 'other',
};
/** The element header at `offset`; `undefined` if incomplete; FOREIGN for forms LDAP forbids. */
function tlvAt(data, offset) {
    if (data.length < offset + 2)
        return undefined;
    const tag = data[offset];
    let length = data[offset + 1];
    let start = offset + 2;
    if (length & 0x80) {
        const n = length & 0x7f;
        // Indefinite length (0x80) is not allowed in LDAP; more than 4 length bytes is nonsense.
        if (n === 0 || n > 4)
            return FOREIGN;
        if (data.length < start + n)
            return undefined;
        length = 0;
        for (let i = 0; i < n; i++)
            length = length * 256 + data[start + i];
        start += n;
    }
    return { tag, start, end: start + length };
}
/** The next element inside `[offset, limit)`, complete, with tag `tag`; FOREIGN otherwise. */
function field(data, offset, limit, tag) {
    const tlv = tlvAt(data, offset);
    if (tlv === undefined || tlv === FOREIGN || tlv.tag !== tag || tlv.end > limit)
        return FOREIGN;
    return tlv;
}
function berInteger(data, tlv) {
    let n = 0;
    for (let i = tlv.start; i < tlv.end && i < tlv.start + 4; i++)
        n = n * 256 + data[i];
    return n;
}
const ldapAnswer = (data) => {
    if (data.length > 0 && data[0] !== BER.sequence)
        return FOREIGN;
    const message = tlvAt(data, 0);
    if (message === undefined || message === FOREIGN)
        return message;
    if (message.end > MAX_REPLY)
        return FOREIGN;
    if (data.length < message.end)
        return undefined;
    const id = field(data, message.start, message.end, BER.integer);
    if (id === FOREIGN)
        return FOREIGN;
    const messageId = berInteger(data, id);
    const op = tlvAt(data, id.end);
    if (op === undefined || op === FOREIGN || op.end > message.end)
        return FOREIGN;
    if (op.tag !== BER.extendedResponse)
        return { value: { kind: 'other', messageId, tag: op.tag }, used: message.end };
    const code = field(data, op.start, op.end, BER.enumerated);
    if (code === FOREIGN)
        return FOREIGN;
    const matchedDn = field(data, code.end, op.end, BER.octetString);
    if (matchedDn === FOREIGN)
        return FOREIGN;
    const diagnostic = field(data, matchedDn.end, op.end, BER.octetString);
    if (diagnostic === FOREIGN)
        return FOREIGN;
    const text = data.toString('utf8', diagnostic.start, diagnostic.end);
    return { value: { kind: 'extended', messageId, resultCode: berInteger(data, code), diagnostic: text }, used: message.end };
};
async function ldap(c) {
    c.send(LDAP_STARTTLS_REQUEST);
    const answer = await c.expect('the answer to the StartTLS request', ldapAnswer);
    if (answer.kind === 'other') {
        throw c.refused(`LDAP server answered the StartTLS request with an unexpected message (protocolOp tag 0x${answer.tag.toString(16)})`);
    }
    const name = LDAP_RESULT_CODES[answer.resultCode];
    const result = `resultCode ${answer.resultCode}${name ? ` (${name})` : ''}${answer.diagnostic ? ` "${quote(answer.diagnostic)}"` : ''}`;
    if (answer.messageId === LDAP_NOTICE_OF_DISCONNECTION_MESSAGE_ID)
        throw c.refused(`LDAP server sent a notice of disconnection: ${result}`);
    if (answer.messageId !== 1)
        throw c.refused(`LDAP server answered message ${answer.messageId}, not our StartTLS request (1)`);
    if (answer.resultCode !== 0)
        throw c.refused(`LDAP server answered the StartTLS request with ${result}`);
}
// ---------------------------------------------------------------------------------------------
// XMPP (RFC 6120 §5)
const XMPP_TLS_NS = 'urn:ietf:params:xml:ns:xmpp-tls';
function xmlAttribute(value) {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&apos;').replace(/"/g, '&quot;');
}
const STREAM_ERROR = /<stream:error\b[\s\S]*?(?:<\/stream:error\s*>|<\/stream:stream\s*>)/;
const FEATURES_END = /<\/(?:stream:)?features\s*>|<(?:stream:)?features\b[^>]*\/>/;
const PROCEED = /<proceed\b[^>]*\/>|<proceed\b[^>]*>\s*<\/proceed\s*>/;
const FAILURE = /<failure\b[^>]*\/>|<failure\b[^>]*>[\s\S]*?<\/failure\s*>/;
/** `host-unknown "text"` out of a stream error, for the message. */
function streamErrorText(xml) {
    const condition = /<stream:error\b[^>]*>\s*<([\w-]+)/.exec(xml)?.[1] ?? 'unknown condition';
    const text = /<text\b[^>]*>([^<]*)<\/text>/.exec(xml)?.[1];
    return text ? `${condition} "${quote(text)}"` : condition;
}
/**
 * Parses the XML the server sent in one step: `opening` are the elements it may start with (after
 * an optional XML declaration; anything else is not XMPP), and `find` looks for the element that
 * completes the step. A stream error ends any step.
 */
function xmppParser(opening, find) {
    return completesWith(GT, (data) => {
        let tags = 0;
        for (let at = data.indexOf(GT); at >= 0 && tags <= MAX_TAGS; at = data.indexOf(GT, at + 1))
            tags++;
        if (tags > MAX_TAGS)
            return OVERLONG;
        const xml = data.toString('utf8');
        const body = xml.replace(/^\s*(?:<\?[^>]*\?>\s*)?/, '');
        if (body.length > 0 && !couldStartWith(Buffer.from(body.slice(0, 16)), opening))
            return FOREIGN;
        const error = STREAM_ERROR.exec(xml);
        if (error)
            return { value: { kind: 'error', text: streamErrorText(error[0]) }, used: data.length };
        const found = find(xml);
        return found && { value: found.answer, used: Buffer.byteLength(xml.slice(0, found.end)) };
    });
}
const xmppFeatures = xmppParser(['<stream:stream', '<stream:error', '<?'], (xml) => {
    const end = FEATURES_END.exec(xml);
    if (!end)
        return undefined;
    const stop = end.index + end[0].length;
    const start = xml.search(/<(?:stream:)?features\b/);
    return { answer: { kind: 'features', starttls: /<starttls\b/.test(xml.slice(Math.max(0, start), stop)) }, end: stop };
});
const xmppProceed = xmppParser(['<'], (xml) => {
    const failure = FAILURE.exec(xml);
    if (failure)
        return { answer: { kind: 'failure' }, end: failure.index + failure[0].length };
    const proceed = PROCEED.exec(xml);
    return proceed ? { answer: { kind: 'proceed' }, end: proceed.index + proceed[0].length } : undefined;
});
async function xmpp(c, opts) {
    // Servers reject streams addressed to an IP or to no one, so the name is not optional here.
    if (!opts.serverName)
        throw c.fail('other', 'XMPP needs a server name for the stream header (use ?sni=NAME for an IP target)');
    c.send(`<?xml version='1.0'?><stream:stream to='${xmlAttribute(opts.serverName)}' version='1.0' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>`);
    const features = await c.expect('the stream features', xmppFeatures);
    if (features.kind === 'error')
        throw c.refused(`XMPP server sent a stream error: ${features.text}`);
    if (features.kind !== 'features' || !features.starttls)
        throw c.refused('XMPP server does not offer STARTTLS in its stream features');
    c.send(`<starttls xmlns='${XMPP_TLS_NS}'/>`);
    const go = await c.expect('the answer to <starttls/>', xmppProceed);
    if (go.kind === 'error')
        throw c.refused(`XMPP server sent a stream error: ${go.text}`);
    if (go.kind !== 'proceed')
        throw c.refused('XMPP server answered <failure/> to <starttls/>');
}
// ---------------------------------------------------------------------------------------------
// PostgreSQL (protocol 3, "SSL Session Encryption")
/** Int32 length 8, then the magic request code 80877103 (1234 << 16 | 5679). */
const PG_SSL_REQUEST = Buffer.from([0x00, 0x00, 0x00, 0x08, 0x04, 0xd2, 0x16, 0x2f]);
const pgAnswer = (data) => {
    if (data.length === 0)
        return undefined;
    const first = data[0];
    if (first === 0x53 /* S */ || first === 0x4e /* N */)
        return { value: { kind: first === 0x53 ? 'S' : 'N' }, used: 1 };
    if (first !== 0x45 /* E */)
        return FOREIGN;
    // An ErrorResponse: Int32 length, then fields (type byte, C string) up to a zero byte.
    if (data.length < 5)
        return undefined;
    const length = data.readUInt32BE(1);
    if (length < 5 || length > MAX_REPLY)
        return FOREIGN;
    if (data.length < 1 + length)
        return undefined;
    const fields = new Map();
    for (let i = 5; i < 1 + length && data[i] !== 0;) {
        const end = data.indexOf(0, i + 1);
        if (end < 0 || end >= 1 + length)
            break;
        fields.set(String.fromCharCode(data[i]), data.toString('utf8', i + 1, end));
        i = end + 1;
    }
    const text = [fields.get('S'), fields.get('C'), fields.get('M')].filter(Boolean).join(' ');
    return { value: { kind: 'E', text }, used: 1 + length };
};
async function postgres(c) {
    c.send(PG_SSL_REQUEST);
    const answer = await c.expect('the answer to SSLRequest', pgAnswer);
    if (answer.kind === 'N')
        throw c.refused('PostgreSQL server answered "N" to SSLRequest: TLS is not enabled');
    if (answer.kind === 'E')
        throw c.refused(`PostgreSQL server answered SSLRequest with an error: "${quote(answer.text)}"`);
}
// ---------------------------------------------------------------------------------------------
// MySQL / MariaDB (client/server protocol, "SSL Handshake")
const MYSQL = {
    CLIENT_LONG_PASSWORD: 0x0001,
    CLIENT_PROTOCOL_41: 0x0200,
    CLIENT_SSL: 0x0800,
    CLIENT_SECURE_CONNECTION: 0x8000,
    /** What we tell the server we are, as far as it supports it: a plain 4.1+ client. */
    WANTED: 0x0001 | 0x0200 | 0x8000,
    MAX_PACKET: 16 * 1024 * 1024,
    /** utf8_general_ci: any valid collation will do, the session never gets that far. */
    CHARSET: 0x21,
};
/** The server's first packet: 3-byte length, sequence id 0, then a v10 (or v9) greeting or an error. */
const mysqlGreeting = (data) => {
    if (data.length < 4)
        return undefined;
    const length = data.readUIntLE(0, 3);
    // A greeting is about a hundred bytes; a huge length means this is not a MySQL packet at all.
    if (length === 0 || length > 4096 || data[3] !== 0)
        return FOREIGN;
    if (data.length < 4 + length)
        return undefined;
    const p = data.subarray(4, 4 + length);
    const used = 4 + length;
    if (p[0] === 0xff) {
        const code = p.length >= 3 ? p.readUInt16LE(1) : 0;
        const textStart = p[3] === 0x23 /* # */ ? 9 : 3;
        return { value: { kind: 'error', code, text: p.toString('utf8', Math.min(textStart, p.length)) }, used };
    }
    if (p[0] !== 10 && p[0] !== 9)
        return FOREIGN;
    const nul = p.indexOf(0, 1);
    if (nul < 0)
        return FOREIGN;
    const serverVersion = p.toString('latin1', 1, nul);
    if (!/^[\x20-\x7e]*$/.test(serverVersion))
        return FOREIGN;
    if (p[0] === 9)
        return { value: { kind: 'greeting', protocol: 9, serverVersion, capabilities: 0 }, used };
    // connection id (4), auth-plugin-data part 1 (8), filler (1), then the lower capability flags;
    // the upper ones follow character set (1) and status flags (2), when present.
    const capsAt = nul + 1 + 4 + 8 + 1;
    if (p.length < capsAt + 2)
        return FOREIGN;
    let capabilities = p.readUInt16LE(capsAt);
    if (p.length >= capsAt + 7)
        capabilities = (capabilities | (p.readUInt16LE(capsAt + 5) << 16)) >>> 0;
    return { value: { kind: 'greeting', protocol: 10, serverVersion, capabilities }, used };
};
/** The SSL Request packet (sequence id 1): a handshake response cut short after its fixed part. */
function mysqlSslRequest(serverCapabilities) {
    const caps = ((MYSQL.WANTED & serverCapabilities) | MYSQL.CLIENT_SSL) >>> 0;
    if (serverCapabilities & MYSQL.CLIENT_PROTOCOL_41) {
        // capability flags (4), max packet size (4), character set (1), 23 reserved zero bytes.
        const packet = Buffer.alloc(4 + 32);
        packet.writeUIntLE(32, 0, 3);
        packet[3] = 1;
        packet.writeUInt32LE(caps | MYSQL.CLIENT_PROTOCOL_41, 4);
        packet.writeUInt32LE(MYSQL.MAX_PACKET, 8);
        packet[12] = MYSQL.CHARSET;
        return packet;
    }
    // A pre-4.1 server wants the old form: capability flags (2), max packet size (3).
    const packet = Buffer.alloc(4 + 5);
    packet.writeUIntLE(5, 0, 3);
    packet[3] = 1;
    packet.writeUInt16LE(caps & 0xffff, 4);
    packet.writeUIntLE(0xffffff, 6, 3);
    return packet;
}
async function mysql(c) {
    const greeting = await c.expect('the greeting', mysqlGreeting);
    if (greeting.kind === 'error')
        throw c.refused(`MySQL server refused the connection: ${greeting.code} "${quote(greeting.text)}"`);
    if (!(greeting.capabilities & MYSQL.CLIENT_SSL)) {
        throw c.refused(`MySQL server ${quote(greeting.serverVersion, 40)} does not offer TLS (no CLIENT_SSL in its capability flags)`);
    }
    // No answer comes: the server now waits for the ClientHello.
    c.send(mysqlSslRequest(greeting.capabilities));
}
const DIALOGS = {
    smtp: { name: 'SMTP', run: smtp },
    imap: { name: 'IMAP', run: imap },
    pop3: { name: 'POP3', run: pop3 },
    ftp: { name: 'FTP', run: ftp },
    ldap: { name: 'LDAP', run: ldap },
    xmpp: { name: 'XMPP', run: xmpp },
    postgres: { name: 'PostgreSQL', run: postgres },
    mysql: { name: 'MySQL', run: mysql },
};

;// CONCATENATED MODULE: ./src/probe/attempt.ts
/**
 * One attempt: one TCP connection to one address, the STARTTLS dialog if any, one ClientHello for
 * one version, and the server's first reply classified. The connection is always closed after.
 */





/** One line for a full descriptor table, in place of a raw EMFILE. */
const FD_EXHAUSTED_MESSAGE = 'this machine ran out of file descriptors (ulimit -n) before connecting; lower concurrency or raise the limit';
const CONNECT_ERRORS = {
    ECONNREFUSED: ['refused', 'connection refused'],
    ECONNRESET: ['reset', 'connection reset'],
    EPIPE: ['reset', 'connection reset'],
    ENETUNREACH: ['unreachable', 'network unreachable (no route to this address family?)'],
    EHOSTUNREACH: ['unreachable', 'host unreachable'],
    EADDRNOTAVAIL: ['unreachable', 'address not available on this machine'],
    EAFNOSUPPORT: ['unreachable', 'address family not supported on this machine'],
};
function attempt(spec) {
    return new Promise((resolve) => {
        const started = performance.now();
        const deadline = Date.now() + spec.timeoutMs;
        const offered = offeredSuites(spec.version, { plain: spec.plain });
        // Built before connecting: a name that cannot go into SNI rejects the attempt at once (a
        // ConfigurationError), instead of throwing inside a socket callback where nothing catches it.
        const hello = buildClientHello(spec.version, { sni: spec.sni, plain: spec.plain });
        let phase = 'connect';
        // Reads the reply as it comes, keeping its place: nothing is buffered twice or re-parsed.
        const reply = new ReplyReader(spec.version, offered);
        let settled = false;
        const socket = external_node_net_.connect({ host: spec.address, port: spec.port, family: spec.family, noDelay: true });
        const finish = (outcome, fdExhausted = false) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            socket.destroy();
            resolve({ outcome, ms: Math.round(performance.now() - started), ...(fdExhausted ? { fdExhausted } : {}) });
        };
        const timer = setTimeout(() => finish({ kind: 'timeout', phase }), spec.timeoutMs);
        socket.on('error', (e) => {
            if (isFdExhaustion(e.code))
                return finish({ kind: 'error', error: { kind: 'other', message: FD_EXHAUSTED_MESSAGE } }, true);
            const known = CONNECT_ERRORS[e.code ?? ''];
            if (phase === 'reply' && known?.[0] === 'reset')
                return finish(reply.end(true));
            finish({ kind: 'error', error: { kind: known?.[0] ?? 'other', message: known?.[1] ?? e.message.split('\n')[0] } });
        });
        socket.once('connect', () => {
            void (async () => {
                if (spec.starttls) {
                    phase = 'starttls';
                    const error = await startTls(spec.starttls, socket, { serverName: spec.sni ?? spec.address, deadline });
                    if (settled)
                        return;
                    if (error)
                        return finish(error.kind === 'timeout' ? { kind: 'timeout', phase } : { kind: 'error', error });
                }
                phase = 'reply';
                socket.on('data', (chunk) => {
                    const outcome = reply.push(chunk);
                    if (outcome)
                        finish(outcome);
                });
                socket.on('end', () => finish(reply.end(false)));
                socket.write(hello);
            })();
        });
    });
}

// EXTERNAL MODULE: ./src/probe/schedule.ts
var schedule = __webpack_require__(2505);
;// CONCATENATED MODULE: ./src/probe/prober.ts
/**
 * The fan-out: resolve every endpoint (A and AAAA), then ask every address about every version,
 * under a global concurrency cap (kept below the file-descriptor limit) and a per-address cap,
 * with the addresses taking turns (schedule.ts). A timeout is retried once, after a small random
 * pause (a silent host costs about two timeouts, not minutes). An ambiguous refusal of
 * TLS 1.0–1.2 — a hang-up, or an alert that can be about the hello's shape rather than its
 * version — is retried once with a small plain hello, because some servers choke on big hellos
 * and would otherwise look safer than they are; a version-specific answer (protocol_version, a
 * ServerHello at a lower version) is final and costs one connection.
 */






const systemResolver = async (host) => {
    const found = await promises_.lookup(host, { all: true, verbatim: true });
    return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};
/** The longest pause before a timeout retry (less for short timeouts: a quarter of the timeout). */
const MAX_RETRY_JITTER_MS = 250;
/** Tries of one attempt that keeps meeting a full descriptor table before it is given up. */
const FD_RETRIES = 8;
const LATE = Symbol('late');
/**
 * The resolver's answer, or LATE once `ms` have passed: getaddrinfo cannot be cancelled
 * and a slow name server can hold it for tens of seconds, far past the probe's own timeout.
 */
function withinTime(work, ms) {
    let timer;
    const late = new Promise((resolve) => {
        timer = setTimeout(() => resolve(LATE), ms);
    });
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** More addresses than any real service publishes for one name (DNS over UDP fits about 30). */
const MAX_ADDRESSES = 64;
const RETRY_PLAIN = new Set(['TLSv1.0', 'TLSv1.1', 'TLSv1.2']);
/**
 * Alerts that can be about the hello rather than the version: handshake_failure (40, also
 * what servers send when a long suite list or an extension trips them), illegal_parameter (47)
 * and decode_error (50) from parsers that misread a big hello. protocol_version (70) names the
 * version; unrecognized_name (112) and the rest are about things the small hello carries too.
 */
const AMBIGUOUS_ALERTS = new Set([40, 47, 50]);
/** Whether a refusal may be the big hello's fault, so that the small plain one is worth a connection. */
function ambiguousRefusal(o) {
    if (o.kind === 'closed')
        return true;
    return o.kind === 'rejected' && o.serverVersion === undefined && o.alert !== undefined && AMBIGUOUS_ALERTS.has(o.alert);
}
function conclusive(o) {
    return o.kind === 'accepted' || o.kind === 'rejected' || o.kind === 'closed';
}
function describeOutcome(o, timeoutMs) {
    switch (o.kind) {
        case 'timeout':
            return { kind: 'timeout', message: `no answer within ${timeoutMs / 1000} s during ${o.phase} (inconclusive)` };
        case 'error':
            return o.error;
        case 'not-tls':
            return { kind: 'not-tls', message: `the server does not speak TLS here; it said "${o.firstBytes}"` };
        case 'anomaly':
            return { kind: 'other', message: `unexpected reply: ${o.detail}` };
        default:
            return { kind: 'other', message: o.kind };
    }
}
async function probe(endpoints, opts) {
    const slots = (0,schedule/* scheduler */.c)({
        global: capByFds(Math.max(1, opts.concurrency), opts.fdBudget ?? readFdBudget()),
        perHost: opts.perHostConcurrency ?? schedule/* DEFAULT_PER_HOST_CONCURRENCY */.B,
    });
    const resolve = opts.resolve ?? systemResolver;
    const connect = opts.attempt ?? attempt;
    const versions = opts.versions ?? src_versions/* VERSIONS */.S8;
    const random = opts.random ?? Math.random;
    const jitter = (ceilingMs) => Math.floor(random() * ceilingMs);
    /**
     * One attempt under the caps. A full descriptor table says nothing about the server: the
     * global cap is lowered below what was running and the attempt waits its turn again (bounded).
     */
    const tryOnce = async (spec) => {
        let r = await slots.run(spec.address, () => connect(spec));
        for (let i = 1; r.fdExhausted && i < FD_RETRIES; i++) {
            slots.lower(slots.running);
            await sleep(20 * i + jitter(20 * i));
            r = await slots.run(spec.address, () => connect(spec));
        }
        return r;
    };
    const askVersion = async (spec) => {
        let r = await tryOnce(spec);
        let ms = r.ms;
        if (r.outcome.kind === 'timeout') {
            // Spread out: a host that dropped a burst should not get the same burst again at once.
            await sleep(jitter(Math.min(MAX_RETRY_JITTER_MS, spec.timeoutMs / 4)));
            r = await tryOnce(spec);
            ms += r.ms;
        }
        if (ambiguousRefusal(r.outcome) && RETRY_PLAIN.has(spec.version)) {
            const plain = await tryOnce({ ...spec, plain: true });
            ms += plain.ms;
            if (plain.outcome.kind === 'accepted' || plain.outcome.kind === 'anomaly')
                return { version: spec.version, outcome: plain.outcome, ms, retried: true };
        }
        return { version: spec.version, outcome: r.outcome, ms };
    };
    const probeAddress = async (endpoint, a) => {
        const results = await Promise.all(versions.map((version) => askVersion({
            address: a.address,
            family: a.family,
            port: endpoint.port,
            version,
            sni: endpoint.sni,
            starttls: endpoint.starttls,
            timeoutMs: opts.timeoutMs,
        })));
        const accepted = results.filter((r) => r.outcome.kind === 'accepted').map((r) => r.version);
        const anyConclusive = results.some((r) => conclusive(r.outcome));
        return {
            address: a.address,
            family: a.family,
            accepted,
            results,
            error: anyConclusive ? null : describeOutcome(results[0].outcome, opts.timeoutMs),
        };
    };
    const probeEndpoint = async (endpoint) => {
        let addresses;
        const family = (0,external_node_net_.isIP)(endpoint.host);
        if (family)
            addresses = [{ address: endpoint.host, family: family === 6 ? 6 : 4 }];
        else {
            try {
                const found = await withinTime(resolve(endpoint.host), opts.timeoutMs);
                if (found === LATE) {
                    const message = `cannot resolve ${endpoint.host} (no answer within ${opts.timeoutMs / 1000} s)`;
                    return { endpoint, addresses: [], accepted: [], error: { kind: 'dns', message } };
                }
                addresses = found;
            }
            catch (e) {
                const code = e.code;
                return {
                    endpoint,
                    addresses: [],
                    accepted: [],
                    error: { kind: 'dns', message: `cannot resolve ${endpoint.host}${code ? ` (${code})` : ''}` },
                };
            }
            if (addresses.length === 0)
                return { endpoint, addresses: [], accepted: [], error: { kind: 'dns', message: `${endpoint.host} has no addresses` } };
            const seen = new Set();
            addresses = addresses.filter((a) => !seen.has(a.address) && seen.add(a.address));
            // Every address is asked about every version: a name with hundreds of records (whoever
            // runs its DNS decides) would hold the job for hours. Refused, so never a pass.
            if (addresses.length > MAX_ADDRESSES) {
                const message = `${endpoint.host} has ${addresses.length} addresses; at most ${MAX_ADDRESSES} are probed (list the ones to check)`;
                return { endpoint, addresses: [], accepted: [], error: { kind: 'dns', message } };
            }
        }
        const results = await Promise.all(addresses.map((a) => probeAddress(endpoint, a)));
        const accepted = src_versions/* VERSIONS */.S8.filter((v) => results.some((r) => r.accepted.includes(v)));
        const failed = results.filter((r) => r.error);
        return { endpoint, addresses: results, accepted, error: failed.length === results.length ? failed[0].error : null };
    };
    return Promise.all(endpoints.map(probeEndpoint));
}


/***/ })

};
