export const id = 972;
export const ids = [972];
export const modules = {

/***/ 1634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ readVersion),
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   an: () => (/* binding */ respell),
/* harmony export */   qw: () => (/* binding */ tokenize),
/* harmony export */   vi: () => (/* binding */ evalList)
/* harmony export */ });
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7902);
/**
 * Turning the values people write into version sets: protocol lists with `+`/`-`/`!`/`all`/`>=`,
 * minimums, maximums and named policies. Shared by every rule, so that `TLSv1` means the same
 * thing in nginx, Postfix and Java.
 */

/**
 * Splits a value into tokens with their offsets (`base` is the value's offset in the file). A
 * backslash separates too: `\!SSLv2` in a shell word, `\"TLSv1.1\"` in a quoted one.
 */
function tokenize(value, base = 0, separators = /[\s,;|[\]"'():{}\\]+/g) {
    const tokens = [];
    const sep = new RegExp(separators.source, 'g');
    let last = 0;
    const push = (from, to) => {
        // `TLSv1+TLSv1.1` and `SSLv23:!SSLv2`: an operator inside a chunk starts a new token.
        let s = from;
        for (let i = from + 1; i < to; i++) {
            if ((value[i] === '+' || value[i] === '!') && value[i - 1] !== '=') {
                if (i > s)
                    tokens.push({ text: value.slice(s, i), start: base + s, end: base + i });
                s = i;
            }
        }
        if (to > s)
            tokens.push({ text: value.slice(s, to), start: base + s, end: base + to });
    };
    for (let m = sep.exec(value); m; m = sep.exec(value)) {
        if (m.index > last)
            push(last, m.index);
        last = m.index + m[0].length;
        if (m[0].length === 0)
            sep.lastIndex++;
    }
    if (last < value.length)
        push(last, value.length);
    return tokens;
}
function readVersion(token, spelling = {}) {
    const t = token.trim().replace(/^[:'"`]+|['"`]+$/g, '');
    const extra = spelling.spell?.[t.toLowerCase()];
    return extra ?? (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(t, spelling);
}
const DEFAULT_ALL = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .range */ .y1)('SSLv3', 'TLSv1.3');
/**
 * Evaluates a protocol list: plain or `+` tokens enable, `-`/`!` tokens disable, `all` enables
 * everything, `-all` clears, `>=X` / `>X` / `<=X` / `<X` are bounds, and bounds together are one
 * range (Postfix 3.6+ `>=TLSv1 <=TLSv1.2` is TLSv1.0–1.2, not their union). A list that begins by
 * disabling starts from `base` (default: what `all` means). Returns undefined when no token is a
 * version.
 */
function evalList(tokens, opts = {}) {
    const all = opts.all ?? DEFAULT_ALL;
    let set = _versions_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY */ .wg;
    let understood = false;
    let started = false;
    const enabling = [];
    let bounds;
    for (const token of tokens) {
        let t = token.text.trim();
        let op = '=';
        if (t.startsWith('!') || t.startsWith('-')) {
            op = '-';
            t = t.slice(1);
        }
        else if (t.startsWith('+')) {
            op = '+';
            t = t.slice(1);
        }
        const cmp = /^(>=|<=|>|<)/.exec(t);
        if (cmp)
            t = t.slice(cmp[1].length);
        let value;
        if (/^all$/i.test(t))
            value = all;
        else {
            const v = readVersion(t, opts);
            if (!v)
                continue;
            if (!cmp)
                value = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .setOf */ .s4)(v);
            else if (cmp[1] === '>=')
                value = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(v);
            else if (cmp[1] === '>')
                value = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(v) & ~(0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .setOf */ .s4)(v);
            else if (cmp[1] === '<=')
                value = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .range */ .y1)('SSLv3', v);
            else
                value = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .range */ .y1)('SSLv3', v) & ~(0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .setOf */ .s4)(v);
        }
        understood = true;
        if (cmp && op !== '-') {
            bounds = (bounds ?? _versions_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL */ .y2) & value;
            enabling.push(token);
            started = true;
            continue;
        }
        if (op === '-') {
            if (!started)
                set = opts.base ?? all;
            set &= ~value;
        }
        else {
            set |= value;
            enabling.push(token);
        }
        started = true;
    }
    if (bounds !== undefined)
        set |= bounds;
    return understood ? { versions: set & _versions_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL */ .y2, enabling } : undefined;
}
/** Looks a policy or enum name up in a table, case-insensitively; unknown names give undefined. */
function lookup(table, name) {
    const key = name.trim().replace(/^['"`:]+|['"`]+$/g, '');
    if (key in table)
        return table[key];
    const lower = key.toLowerCase();
    for (const k of Object.keys(table))
        if (k.toLowerCase() === lower)
            return table[k];
    return undefined;
}
/**
 * Writes `target` in the style of `token`: `TLSv1` → `TLSv1.2`, `TLS1_0` → `TLS1_2`,
 * `VersionTLS10` → `VersionTLS12`, `tls10` → `tls12`, `TLS_1_1` → `TLS_1_2`, `1.0` → `1.2`,
 * `SSLv3` → `TLSv1.2`. Returns undefined for tokens without a version number.
 */
function respell(token, target) {
    const m = /^(.*?)(\d)(?:([._ -]?)(\d))?$/.exec(token);
    if (!m)
        return undefined;
    const [, rawPrefix, , sep, minor] = m;
    const prefix = rawPrefix.replace(/ssl/i, (s) => (s === 'SSL' ? 'TLS' : s === 'ssl' ? 'tls' : 'Tls'));
    const [tMajor, tMinor] = target.replace(/^TLSv/, '').split('.');
    if (target.startsWith('SSL'))
        return undefined;
    const separator = minor !== undefined ? sep : /[vV]$/.test(prefix) || prefix === '' ? '.' : '';
    return `${prefix}${tMajor}${separator}${tMinor}`;
}


/***/ }),

/***/ 8972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FINDINGS_PER_FILE: () => (/* binding */ FINDINGS_PER_FILE),
  followConstants: () => (/* binding */ followConstants),
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

// EXTERNAL MODULE: ./src/scan/engine.ts + 6 modules
var engine = __webpack_require__(5514);
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
// EXTERNAL MODULE: ./src/scan/evaluate.ts
var evaluate = __webpack_require__(1634);
// EXTERNAL MODULE: ./src/versions.ts
var versions = __webpack_require__(7902);
;// CONCATENATED MODULE: ./src/scan/cross-file.ts


/**
 * Languages whose string constants are used qualified by a class or module name. Not Go: its
 * string constants of versions are typed enums of SDKs, named after the version they hold
 * (`storageaccounts.MinimumTlsVersionTLSOneZero = "TLS1_0"`), which the rules read by name; on
 * terraform-provider-azurerm following them read 834 files again for nothing.
 */
const CONSTANT_KINDS = new Set([
    'java',
    'kotlin',
    'scala',
    'groovy',
    'csharp',
    'python',
    'js',
    'ts',
    'php',
    'ruby',
]);
/** `all` is a protocol list only under a name that says so (`SSL_PROTO_ALL`, not `CacheTypeAll`). */
const PROTOCOL_NAME = /ssl|tls|proto/i;
/**
 * The end of a definition's line before the literal: the name and `=`, with a TypeScript or
 * Python type (`NAME: string = `). Anchored at the end and tried from each word start only, so a
 * long line costs one pass.
 */
const DEFINED_NAME = /(?<![\w$.])([A-Za-z_$][\w$]*)[ \t]*(?::[ \t]*[\w$.]+[ \t]*)?=[ \t]*$/;
/** What may come before the name: modifiers and a type, words only (`public static final String `, `const val `). */
const MODIFIERS = /^[ \t]*(?:[\w$]+(?:<[\w$, ]*>|\[\])?[ \t]+)*$/;
const UPPER = /^[A-Z][A-Z0-9_]*$/;
const DECLARED_CONSTANT = /\b(?:const|final|readonly)\b/;
/** The literal after `=`: a protocol name first, or `all`; closed on its line, then the statement ends. */
const LITERAL = /^[ \t]*(["'`])((?:d?tls|ssl)[^"'`\n\\]{0,60}|all)\1[ \t]*(?:[;,)]|\r?\n|$)/i;
/** The versions a constant's value names (`all` is every version), or undefined when it is not a protocol list. */
function valueVersions(value) {
    const tokens = (0,evaluate/* tokenize */.qw)(value);
    if (tokens.length === 0)
        return undefined;
    for (const t of tokens) {
        const word = t.text.replace(/^[+!-]/, '');
        if (!/^all$/i.test(word) && !(/^(?:d?tls|ssl)/i.test(word) && (0,versions/* parseVersion */.ot)(word)))
            return undefined;
    }
    return (0,evaluate/* evalList */.vi)(tokens)?.versions || undefined;
}
/** Whether a quote at `i`, after blanks, opens a literal that starts like a protocol (`"TLS`, `'ssl`, `"dtls`, `"all`). */
function opensProtocolLiteral(text, i) {
    while (text[i] === ' ' || text[i] === '\t')
        i++;
    const q = text[i];
    if (q !== '"' && q !== "'" && q !== '`')
        return false;
    const head = text.slice(i + 1, i + 4).toLowerCase();
    return head === 'tls' || head === 'ssl' || head === 'all' || head === 'dtl';
}
/**
 * The constants a file defines whose value reads as protocol versions. The raw text is searched
 * from `=` to `=` (a native search; a regular expression over every character cost four times as
 * much), and the code (comments masked) is consulted only for a hit.
 */
function definitionsIn(file) {
    const text = file.text;
    const out = [];
    for (let at = text.indexOf('='); at >= 0; at = text.indexOf('=', at + 1)) {
        if (!opensProtocolLiteral(text, at + 1) || text[at - 1] === '=' || text[at - 1] === '!' || text[at + 1] === '=')
            continue;
        const lit = LITERAL.exec(text.slice(at + 1, at + 100));
        if (!lit)
            continue;
        const lineStart = text.lastIndexOf('\n', at) + 1;
        if (at - lineStart > 300)
            continue;
        const line = text.slice(lineStart, at + 1);
        const d = DEFINED_NAME.exec(line);
        const modifiers = d && line.slice(0, d.index);
        if (!d || !MODIFIERS.test(modifiers))
            continue;
        const name = d[1];
        if (!(UPPER.test(name) || DECLARED_CONSTANT.test(modifiers)))
            continue;
        // Not in a comment: the code holds the same definition.
        const end = at + 1 + lit[0].length;
        if (file.code.slice(lineStart, end) !== text.slice(lineStart, end))
            continue;
        if (/^all$/i.test(lit[2]) && !PROTOCOL_NAME.test(name))
            continue;
        if (valueVersions(lit[2]) !== undefined)
            out.push({ file: file.path, name, value: lit[2] });
    }
    return out;
}
/**
 * The names defined with one value across the repository, keeping those `keep` accepts (the
 * policy's legacy versions). Two definitions that disagree make the name unknown: which one a use
 * means is not for a text scan to guess.
 */
function resolvable(definitions, keep) {
    const seen = new Map();
    for (const { file, name, value } of definitions) {
        const before = seen.get(name);
        if (before === undefined) {
            const versions = valueVersions(value);
            seen.set(name, versions !== undefined ? { value, versions, file } : null);
        }
        else if (before !== null && before.value !== value)
            seen.set(name, null);
    }
    const out = new Map();
    for (const [name, r] of seen)
        if (r && keep(r.versions))
            out.set(name, r);
    return out;
}
/** A test for qualified uses of the names (`X.NAME`, `X::NAME`); the qualifier is checked by `substituted`. */
function usesOf(names) {
    const alternation = [...names]
        .sort((a, b) => b.length - a.length)
        .map((n) => n.replace(/\$/g, '\\$'))
        .join('|');
    return new RegExp(`(?:\\.|::)[ \\t]*(${alternation})(?![\\w$(])`, 'g');
}
/**
 * The file with each qualified use of a resolvable name replaced, in its comment-free code, by the
 * quoted value after spaces to the same length; undefined when there is none. A name the
 * file defines itself is its own (whatever the qualifier), and a value longer than the use it
 * replaces is left alone (offsets must hold).
 */
function substituted(file, table, uses = usesOf(table.keys())) {
    const code = file.code;
    const substitutions = [];
    const own = new Map();
    const definesItself = (name) => {
        let hit = own.get(name);
        if (hit === undefined)
            own.set(name, (hit = new RegExp(`(?<![\\w$.:])${name.replace(/\$/g, '\\$')}[ \\t]*(?::[^=\\n;]{0,60})?=(?![=>])`).test(code)));
        return hit;
    };
    let out = '';
    let raw = '';
    let last = 0;
    const q = new RegExp(uses.source, 'g');
    for (let m = q.exec(code); m; m = q.exec(code)) {
        const name = m[1];
        const resolved = table.get(name);
        if (!resolved || definesItself(name))
            continue;
        // The whole qualified name: `a.b.Constants.NAME`, `Foo::NAME` (a qualifier is a name: not a call's result).
        const head = /(?:[A-Za-z_$][\w$]*[ \t]*(?:\.|::)[ \t]*)+$/.exec(code.slice(Math.max(0, m.index - 200), m.index + m[0].length - name.length));
        if (!head)
            continue;
        const start = m.index + m[0].length - name.length - head[0].length;
        const end = m.index + m[0].length;
        const literal = `"${resolved.value}"`;
        if (literal.length > end - start || start < last)
            continue;
        // Spaces first: a match that runs to the value's end then covers the whole use (its text says `Constants.NAME`).
        const padded = literal.padStart(end - start, ' ');
        out += code.slice(last, start) + padded;
        // The text is the code there (a use is outside comments): a rule's first look at the raw text sees the value too.
        raw += file.text.slice(last, start) + padded;
        last = end;
        substitutions.push({ start, end, written: code.slice(start, end), name, resolved });
    }
    if (!substitutions.length)
        return undefined;
    return { view: file.withCode(out + code.slice(last), raw + file.text.slice(last)), substitutions };
}

// EXTERNAL MODULE: ./src/policy.ts
var policy = __webpack_require__(1237);
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
    const definitions = [];
    const codeFiles = [];
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
        // Keywords are ASCII: a first look at the bytes, then a test on a one-byte-per-char view,
        // before paying for UTF-8 decoding.
        const utf16 = bytes.length >= 2 && (bytes[0] === 0xff || bytes[0] === 0xfe);
        if (!utf16 && !selection.keywords.mayOccurIn(bytes))
            continue;
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
        if (CONSTANT_KINDS.has(kind)) {
            codeFiles.push(rel);
            for (const d of definitionsIn(file))
                definitions.push(d);
        }
    }
    return { findings, errors, truncated, definitions, codeFiles, ...n };
}
/** How many lines around a constant's use a rule's keywords are looked for (a setting's statement, a name assigned just before). */
const NEAR_LINES = 6;
/** The view's code and text of the lines around an offset. */
function linesAround(view, at, lines) {
    const line = view.position(at).line;
    const start = view.lineStart(line - lines);
    const to = line + lines < view.position(view.text.length).line ? view.lineStart(line + lines + 1) : view.text.length;
    return `${view.code.slice(start, to)}\n${view.text.slice(start, to)}`;
}
/**
 * The second pass (see cross-file.ts): files that use a constant defined elsewhere with a legacy
 * value are checked again with the value in place; what the rules find over it, and not already
 * at that line, is new. In this thread, after every share is in; nothing to do (no file read
 * again) unless the tree defines such a constant.
 */
function followConstants(parts, opts) {
    const table = resolvable(parts.flatMap((p) => p.definitions), (versions) => (0,policy/* legacyVersions */.ru)(versions, opts.policy) !== 0);
    if (table.size === 0)
        return [];
    const uses = usesOf(table.keys());
    const reported = new Map();
    for (const p of parts)
        for (const f of p.findings) {
            const lines = reported.get(f.file) ?? new Set();
            lines.add(`${f.ruleId} ${f.line}`).add(String(f.line));
            reported.set(f.file, lines);
        }
    const index = new engine/* RuleIndex */.PR(opts.rules);
    const fallback = new Set(opts.rules.filter((r) => r.meta.fallback).map((r) => r.meta.id));
    const reader = new TreeReader(opts.root, opts.maxFileSize);
    const found = [];
    for (const rel of parts.flatMap((p) => p.codeFiles)) {
        let bytes;
        try {
            bytes = reader.read(rel);
        }
        catch {
            continue; // Reported by the first reading.
        }
        if (typeof bytes === 'string')
            continue;
        // Names are ASCII: a one-byte-per-char view tells whether the file may use one before decoding.
        uses.lastIndex = 0;
        if (!uses.test(bytes.toString('latin1')))
            continue;
        const kind = (0,file_kinds/* classify */.L8)(rel);
        const selection = index.select({ kind, name: (0,file_kinds/* logicalName */.rQ)(rel), path: rel });
        const sub = selection.keywords && substituted(new source/* SourceFile */.sC(rel, (0,source/* decode */.D4)(bytes), kind), table, uses);
        if (!sub)
            continue;
        const through = (m) => {
            const s = sub.substitutions.find((s) => s.start < Math.max(m.end, m.start + 1) && m.start < s.end);
            return s && `the value comes through \`${s.written.trim()}\`, defined in \`${s.resolved.file}\` as "${s.resolved.value}"`;
        };
        const lines = reported.get(rel);
        const near = sub.substitutions.map((s) => linesAround(sub.view, s.start, NEAR_LINES)).join('\n');
        const checked = (0,engine/* checkFileBounded */.KD)(sub.view, selection, opts.policy, FINDINGS_PER_FILE, opts.facts ?? context/* NO_FACTS */.Kj, {
            why: through,
            near,
            anchor: (at) => sub.substitutions.find((s) => at >= s.start && at < s.end)?.start ?? at,
        });
        for (const f of checked.findings) {
            if (lines?.has(fallback.has(f.ruleId) ? String(f.line) : `${f.ruleId} ${f.line}`))
                continue;
            found.push(f);
        }
    }
    return found;
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
