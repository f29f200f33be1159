export const id = 246;
export const ids = [246];
export const modules = {

/***/ 8246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FINDINGS_PER_FILE: () => (/* binding */ FINDINGS_PER_FILE),
  repositoryFacts: () => (/* binding */ repositoryFacts),
  scanFiles: () => (/* binding */ scanFiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/scan/context.ts
var context = __webpack_require__(5570);
// EXTERNAL MODULE: ./src/scan/gitattributes.ts
var gitattributes = __webpack_require__(6984);
;// CONCATENATED MODULE: ./src/scan/tls-stacks.ts
/** TLS stacks' own source trees, recognised by the files that define them. */
/**
 * A TLS stack's source tree, recognised by two files that only that stack has, at any prefix (a
 * copy under `deps/openssl/` is found too). The directories listed are its implementation and
 * its own tools (`apps/`, `programs/`), whose options offer every version the stack speaks.
 */
const STACKS = [
    { name: 'OpenSSL', markers: ['ssl/ssl_lib.c', 'include/openssl/ssl.h'], dirs: ['ssl/', 'include/openssl/', 'apps/'] },
    { name: 'OpenSSL', markers: ['ssl/ssl_lib.c', 'ssl/ssl.h'], dirs: ['ssl/', 'apps/'] },
    { name: 'BoringSSL', markers: ['ssl/ssl_lib.cc', 'include/openssl/ssl.h'], dirs: ['ssl/', 'include/openssl/', 'tool/'] },
    { name: 'mbed TLS', markers: ['library/ssl_tls.c', 'include/mbedtls/ssl.h'], dirs: ['library/', 'include/mbedtls/', 'programs/'] },
    { name: 'PolarSSL', markers: ['library/ssl_tls.c', 'include/polarssl/ssl.h'], dirs: ['library/', 'include/polarssl/', 'programs/'] },
    { name: 'wolfSSL', markers: ['src/ssl.c', 'wolfssl/ssl.h'], dirs: ['src/', 'wolfssl/'] },
    { name: 'GnuTLS', markers: ['lib/gnutls_int.h', 'lib/handshake.c'], dirs: ['lib/', 'src/'] },
    { name: 'NSS', markers: ['lib/ssl/sslsock.c', 'lib/ssl/ssl.h'], dirs: ['lib/ssl/', 'cmd/'] },
    { name: 's2n', markers: ['tls/s2n_handshake.c', 'api/s2n.h'], dirs: ['tls/', 'api/'] },
    { name: 'BearSSL', markers: ['src/ssl/ssl_engine.c', 'inc/bearssl_ssl.h'], dirs: ['src/ssl/', 'inc/'] },
    { name: 'Go crypto/tls', markers: ['handshake_client.go', 'handshake_server.go', 'cipher_suites.go'], dirs: [''] },
    { name: 'JSSE', markers: ['sun/security/ssl/SSLContextImpl.java', 'sun/security/ssl/ProtocolVersion.java'], dirs: ['sun/security/ssl/'] },
];
/** The base names of the stacks' first markers: a file with another base name marks no stack. */
const FIRST_MARKER_NAMES = new Set(STACKS.map((s) => s.markers[0].slice(s.markers[0].lastIndexOf('/') + 1)));
/**
 * Finds TLS stacks in a file list. Each stack's first marker is looked up by suffix; its prefix
 * must hold the other markers too. One pass over the list picks the few files that can be a first
 * marker (by base name): on a 46,000-file tree a pass per stack, and a set of every path, cost
 * ~90 ms before any file was read.
 */
function findTlsStacks(files) {
    const candidates = files.filter((f) => FIRST_MARKER_NAMES.has(f.slice(f.lastIndexOf('/') + 1)));
    if (!candidates.length)
        return [];
    const set = new Set(files);
    const out = [];
    const seen = new Set();
    for (const stack of STACKS) {
        const [first, ...rest] = stack.markers;
        for (const f of candidates) {
            if (f !== first && !f.endsWith(`/${first}`))
                continue;
            const prefix = f.slice(0, f.length - first.length);
            if (!rest.every((m) => set.has(prefix + m)))
                continue;
            for (const d of stack.dirs) {
                const dir = prefix + d;
                if (seen.has(dir))
                    continue;
                seen.add(dir);
                out.push({ dir, name: stack.name });
            }
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/scan/engine.ts + 5 modules
var engine = __webpack_require__(2501);
// EXTERNAL MODULE: ./src/scan/file-kinds.ts
var file_kinds = __webpack_require__(9213);
// EXTERNAL MODULE: ./src/scan/files.ts
var files = __webpack_require__(5438);
;// CONCATENATED MODULE: ./src/scan/read.ts
/**
 * Reads the files a listing named, and only what is safe to read. The listing (git's index or a
 * walk) names paths; what is on disk under a name may be something else: a tracked file replaced
 * by a symbolic link out of the root or by a named pipe, a tracked directory replaced by a link to
 * `/etc`. Whatever the listing says, only a regular file whose real path is under the root's real
 * path is read, and nothing blocks (a FIFO is opened non-blocking, then skipped).
 *
 * Cost per file: one open, one fstat, the reads, one close. A directory costs one lstat the first
 * time a file below it is read; a symbolic link (rare) one realpath.
 */



/**
 * `O_NOFOLLOW`: the last component must not be a link (ELOOP tells us it is one, and we resolve it
 * ourselves). `O_NONBLOCK`: opening a FIFO without a writer returns at once instead of waiting.
 * Both are 0 where the platform has no such flag (Windows).
 */
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/** Files up to this size share one read buffer; a larger one gets its own, dropped after use. */
const SHARED_BUFFER_MAX = 4 * 1024 * 1024;
/** A relative path with no `.`, `..` or empty component and no backslash: joining it needs no normalising. */
const PLAIN = /^(?!\/|\.{1,2}(?:\/|$))(?!.*\/(?:\.{1,2}(?:\/|$)|\/|$))[^\\]+$/s;
function errno(e) {
    return e.code;
}
class TreeReader {
    root;
    maxSize;
    realRoot;
    /** Real path of each directory (relative, `/`-separated) seen so far; null when it leaves the root. */
    dirs = new Map();
    shared = Buffer.allocUnsafe(64 * 1024);
    /** The root with one trailing separator, where `/` is the separator. */
    prefix;
    constructor(root, maxSize) {
        this.root = root;
        this.maxSize = maxSize;
        this.realRoot = external_node_fs_.realpathSync.native(root);
        this.prefix = external_node_path_.sep !== '/' ? undefined : external_node_path_.join(root, '/').replace(/^\.\/$/, '');
        this.dirs.set('', this.realRoot);
    }
    /** Reads `rel` (relative to the root, `/`-separated); throws only for unexpected errors (EACCES, EIO…). */
    read(rel) {
        const slash = rel.lastIndexOf('/');
        if (slash >= 0 && this.realDir(rel.slice(0, slash)) === null)
            return 'outside';
        const abs = this.join(rel);
        let fd;
        try {
            fd = external_node_fs_.openSync(abs, OPEN_FLAGS);
        }
        catch (e) {
            const code = errno(e);
            // ELOOP: the file itself is a symbolic link (EMLINK is how FreeBSD says it).
            if (code === 'ELOOP' || code === 'EMLINK')
                return this.readLink(abs);
            return this.openFailure(e);
        }
        return this.readOpen(fd);
    }
    /**
     * `path.join(root, rel)`, without its normalising pass for the paths a listing gives (no `.`,
     * `..` or empty component, `/` separators): on 46,000 files the join cost more than the close.
     */
    join(rel) {
        return this.prefix !== undefined && PLAIN.test(rel) ? this.prefix + rel : external_node_path_.join(this.root, rel);
    }
    /** A file that is a symbolic link: read its target only when that is inside the root. */
    readLink(abs) {
        let target;
        try {
            target = external_node_fs_.realpathSync.native(abs);
        }
        catch (e) {
            return errno(e) === 'ENOENT' ? 'missing' : 'outside'; // dangling, or a loop
        }
        if (!(0,files/* isInside */.FK)(this.realRoot, target))
            return 'outside';
        let fd;
        try {
            fd = external_node_fs_.openSync(target, OPEN_FLAGS);
        }
        catch (e) {
            return this.openFailure(e);
        }
        return this.readOpen(fd);
    }
    openFailure(e) {
        switch (errno(e)) {
            case 'ENOENT':
            case 'ENOTDIR':
                return 'missing';
            case 'ENXIO': // a Unix socket: open(2) refuses it
                return 'special';
            default:
                throw e;
        }
    }
    readOpen(fd) {
        try {
            const st = external_node_fs_.fstatSync(fd);
            if (!st.isFile())
                return 'special';
            const size = st.size;
            if (size > this.maxSize)
                return 'too-large';
            let buf = this.shared;
            if (size > buf.length) {
                buf = Buffer.allocUnsafe(size);
                if (size <= SHARED_BUFFER_MAX)
                    this.shared = buf;
            }
            let off = 0;
            while (off < size) {
                const n = external_node_fs_.readSync(fd, buf, off, size - off, off);
                if (n === 0)
                    break; // shrank since the fstat
                off += n;
            }
            return buf.subarray(0, off);
        }
        finally {
            external_node_fs_.closeSync(fd);
        }
    }
    /**
     * The real path of a directory under the root, or null when it (or a directory above it) is a
     * link that leads out. O_NOFOLLOW guards only a path's last component, so the directories above
     * a file are checked here, once each: one lstat, and a realpath only for a link.
     */
    realDir(dir) {
        const known = this.dirs.get(dir);
        if (known !== undefined)
            return known;
        const slash = dir.lastIndexOf('/');
        const parent = this.realDir(slash >= 0 ? dir.slice(0, slash) : '');
        let real = null;
        if (parent !== null) {
            const abs = external_node_path_.join(this.root, dir);
            const st = external_node_fs_.lstatSync(abs, { throwIfNoEntry: false });
            if (st?.isSymbolicLink()) {
                try {
                    const target = external_node_fs_.realpathSync.native(abs);
                    real = (0,files/* isInside */.FK)(this.realRoot, target) ? target : null;
                }
                catch {
                    real = null; // dangling or a loop: nothing under it is read
                }
            }
            else {
                // Not a link (or gone: the open then fails with ENOENT): its real path follows its parent's.
                real = external_node_path_.join(parent, dir.slice(slash + 1));
            }
        }
        this.dirs.set(dir, real);
        return real;
    }
}

// EXTERNAL MODULE: ./src/scan/source.ts + 1 modules
var source = __webpack_require__(3740);
;// CONCATENATED MODULE: ./src/scan/share.ts
/**
 * One thread's share of a scan: pick the rules for each file, read only files that can hold a
 * setting, run the rules. Plain synchronous I/O: on a 40,000-file tree it is faster than juggling
 * promises, and the keyword prefilter keeps most files from being decoded. Kept apart from the
 * orchestration (./scan.ts) so that a tree with nothing to read never loads the engine.
 */










/**
 * Findings kept per file (see checkFileBounded): past this a file is generated or hostile, and the
 * rest are counted in the stats instead of costing ~1 KiB each.
 */
const FINDINGS_PER_FILE = 1000;
/** The counter for each reason a listed file was not read. */
const SKIPPED_AS = { 'too-large': 'tooLarge', special: 'special', outside: 'outsideLinks' };
/**
 * Files a thread claims at a time from the list the threads share. Small enough that the threads
 * finish together (a worker that starts ~150 ms late, or runs on a busier core, takes fewer
 * chunks), large enough that claiming costs nothing.
 */
const CHUNK = 64;
/**
 * The files this thread scans: with a shared `cursor`, chunks of the list claimed one after the
 * other (every thread gets the whole list and the same cursor, so each file is scanned once, by
 * whichever thread claims it); without one, every file.
 */
function* claimed(files, cursor) {
    if (!cursor) {
        yield* files;
        return;
    }
    for (let start = Atomics.add(cursor, 0, CHUNK); start < files.length; start = Atomics.add(cursor, 0, CHUNK)) {
        const end = Math.min(start + CHUNK, files.length);
        for (let i = start; i < end; i++)
            yield files[i];
    }
}
/**
 * The per-file loop: classify, select rules, read, prefilter, check. Runs in any thread; with a
 * `cursor` (an Int32Array on a SharedArrayBuffer, starting at 0) shared by the threads, on the
 * files this thread claims.
 */
function scanFiles(files, opts, cursor) {
    const index = new engine/* RuleIndex */.PR(opts.rules);
    const reader = new TreeReader(opts.root, opts.maxFileSize);
    const findings = [];
    const errors = [];
    const truncated = [];
    const n = {
        read: 0,
        binary: 0,
        tooLarge: 0,
        documentation: 0,
        special: 0,
        outsideLinks: 0,
        omittedFindings: 0,
    };
    for (const rel of claimed(files, cursor)) {
        const kind = (0,file_kinds/* classify */.L8)(rel);
        if (kind === 'prose' && !opts.includeDocs) {
            n.documentation++;
            continue;
        }
        const selection = index.select({ kind, name: (0,file_kinds/* logicalName */.rQ)(rel), path: rel });
        if (!selection.keywords)
            continue;
        let bytes;
        try {
            bytes = reader.read(rel);
        }
        catch (e) {
            errors.push({ file: rel, message: e.code ?? String(e) });
            continue;
        }
        if (typeof bytes === 'string') {
            if (bytes !== 'missing')
                n[SKIPPED_AS[bytes]]++; // missing: in git's index, deleted from the work tree
            continue;
        }
        n.read++;
        if ((0,source/* looksBinary */.Wb)(bytes)) {
            n.binary++;
            continue;
        }
        // Keywords are ASCII: test them on a one-byte-per-char view before paying for UTF-8 decoding.
        const utf16 = bytes.length >= 2 && (bytes[0] === 0xff || bytes[0] === 0xfe);
        const latin1 = utf16 ? undefined : bytes.toString('latin1');
        if (latin1 !== undefined && !selection.keywords.test(latin1))
            continue;
        // ASCII reads the same as Latin-1 and as UTF-8: keep the string already made.
        const file = new source/* SourceFile */.sC(rel, latin1 !== undefined && (0,external_node_buffer_.isAscii)(bytes) ? latin1 : (0,source/* decode */.D4)(bytes), kind);
        const checked = (0,engine/* checkFileBounded */.KD)(file, selection, opts.policy, FINDINGS_PER_FILE, opts.facts ?? context/* NO_FACTS */.Kj);
        // A loop, not push(...): a spread of 125,000 arguments overflows the stack.
        for (const f of checked.findings)
            findings.push(f);
        if (checked.omitted > 0) {
            n.omittedFindings += checked.omitted;
            const [firstLine, lastLine] = checked.omittedLines;
            truncated.push({ file: rel, omitted: checked.omitted, firstLine, lastLine });
        }
    }
    return { findings, errors, truncated, ...n };
}
/**
 * The repository's facts, once per scan: the root `.gitattributes` (a regular file inside the root,
 * bounded; anything else is ignored) and the TLS stacks the file list holds.
 */
function repositoryFacts(root, files) {
    let attributes = [];
    try {
        // Git reads no .gitattributes through a link; otherwise read like any scanned file (bounded,
        // a regular file inside the root).
        if (external_node_fs_.lstatSync(external_node_path_.join(root, '.gitattributes')).isFile()) {
            const got = new TreeReader(root, gitattributes/* ATTRIBUTES_MAX_BYTES */.VG * 4).read('.gitattributes');
            if (Buffer.isBuffer(got))
                attributes = (0,gitattributes/* parseGitAttributes */.VW)(got.toString('utf8'));
        }
    }
    catch {
        // Unreadable: no attributes.
    }
    const tlsStacks = findTlsStacks(files);
    return attributes.length || tlsStacks.length ? { attributes, tlsStacks } : context/* NO_FACTS */.Kj;
}


/***/ })

};
