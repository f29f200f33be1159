export const id = 438;
export const ids = [438];
export const modules = {

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5861);


/**
 * A mistake in the user's input (inputs, config file, CLI arguments), as opposed to a bug. Its
 * message is one line that names what was wrong and where; entries print it without a stack trace.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/** A value quoted for a message: `"…"`, clipped. */
function quote(value) {
    return `"${(0,_clip_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(value)}"`;
}
/** Longest line an entry prints for an error: a safety net behind clip() for values we missed. */
const MAX_LINE = 1000;
/** The first line of any thrown value's message, bounded. */
function firstLine(e) {
    const msg = e instanceof Error ? e.message : String(e);
    const first = msg.split('\n')[0];
    return first.length > MAX_LINE ? `${first.slice(0, MAX_LINE - 1)}…` : first;
}
/** One line for any thrown value: the message of a ConfigurationError, or a short bug report. */
function oneLine(e) {
    return e instanceof ConfigurationError ? firstLine(e) : `internal error: ${firstLine(e)} (please report this)`;
}


/***/ }),

/***/ 5438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ excludeMatcher),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   th: () => (/* binding */ enumerateAsync),
/* harmony export */   xz: () => (/* binding */ loadGlobMatcher)
/* harmony export */ });
/* unused harmony exports ScanInputError, mayBeInGitWorkTree, enumerate */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _lazy_builtin_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(839);
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5861);





/** A path that cannot be scanned: the user's input, reported in one line like any configuration error. */
class ScanInputError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1 {
}
let picomatch;
/**
 * Loads the glob compiler (picomatch, a fifth of the action's entry bundle), which patterns need:
 * `exclude` entries, and the lines of a `.gitignore` the walk meets. A chunk, not a static import:
 * many runs have neither. loadSettings checks `exclude` with it (the entries await this first when
 * there may be patterns); enumerateAsync awaits it itself.
 */
async function loadGlobMatcher() {
    picomatch ??= (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4006, 23))).default;
}
/** A pattern compiled before loadGlobMatcher() was awaited: a bug, except in the walk (see walkAllAsync). */
class GlobMatcherNotLoaded extends Error {
    constructor() {
        super('internal error: a glob was compiled before loadGlobMatcher() was awaited');
    }
}
function globs() {
    if (!picomatch)
        throw new GlobMatcherNotLoaded();
    return picomatch;
}
function toPosix(p) {
    return p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
/** `a/b` for `a/b/c`, '' for `c`. */
function parentOf(rel) {
    const i = rel.lastIndexOf('/');
    return i < 0 ? '' : rel.slice(0, i);
}
function isInside(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
}
/**
 * The `exclude` setting as one predicate over root-relative paths. Patterns are globs; a bare
 * directory excludes everything below it. As in `.gitignore`, `!pattern` puts back what an earlier
 * pattern excluded and the last matching pattern wins (unlike `.gitignore`, a file can be put back
 * even when its directory was excluded: files are matched, not directories). Throws a one-line
 * ConfigurationError naming the entry that is empty or cannot be compiled; `where` names the setting.
 */
function excludeMatcher(patterns, where = 'exclude') {
    if (!patterns.length)
        return () => false;
    const compile = globs();
    const rules = patterns.map((entry) => {
        const negate = entry.startsWith('!');
        const glob = (negate ? entry.slice(1) : entry).trim();
        if (!glob) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(negate
                ? `${where}: "${(0,_clip_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(entry)}" has no pattern after "!"; write !GLOB to put back files an earlier pattern excluded`
                : `${where}: an entry is empty; expected a glob such as vendor/** or *.min.js`);
        }
        try {
            return { match: compile([glob, `${glob.replace(/\/+$/, '')}/**`], { dot: true }), negate };
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${where}: "${(0,_clip_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(entry)}" is not a glob that can be compiled: ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(e.message)}`);
        }
    });
    return (rel) => {
        for (let i = rules.length - 1; i >= 0; i--)
            if (rules[i].match(rel))
                return !rules[i].negate;
        return false;
    };
}
/** strerror texts git prints, back to the codes Node uses (the codes are what reports show). */
const ERRNO_TEXT = {
    'Permission denied': 'EACCES',
    'File name too long': 'ENAMETOOLONG',
    'Too many levels of symbolic links': 'ELOOP',
    'Not a directory': 'ENOTDIR',
    'Input/output error': 'EIO',
};
function listingError(file, code, what = 'directory could not be listed') {
    return { file: file || '.', message: `${code ?? 'EIO'}: ${what}` };
}
function errnoOf(e) {
    return e.code;
}
// LC_ALL=C: the warnings are parsed, and a translated git would hide them.
const gitEnv = () => ({ ...process.env, LC_ALL: 'C', LANGUAGE: 'C' });
/** A tree outside any repository never loads node:child_process. */
const processes = (0,_lazy_builtin_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyBuiltin */ .q)('node:child_process');
/**
 * False when git cannot see a work tree at `root`, so running it would only fail: git looks for
 * `.git` (a directory or a file) in the directory and each of its parents, unless GIT_DIR or
 * GIT_WORK_TREE say where the repository is. (It may still fail when this says true: a bare
 * repository, `safe.directory`, no git at all — the walk follows then, as it does here.)
 */
function mayBeInGitWorkTree(root, env = process.env) {
    if (env.GIT_DIR || env.GIT_WORK_TREE)
        return true;
    for (let dir = root;;) {
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, '.git')))
            return true;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir);
        if (parent === dir)
            return false;
        dir = parent;
    }
}
function runGit(root, args) {
    const r = processes().spawnSync('git', args, { cwd: root, env: gitEnv(), maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.error || r.status !== 0)
        return undefined;
    return { stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}
/** runGit, without waiting: the caller works while git does. */
function runGitAsync(root, args) {
    return new Promise((resolve) => {
        const child = processes().spawn('git', args, { cwd: root, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (d) => stdout.push(d));
        child.stderr.on('data', (d) => stderr.push(d));
        child.on('error', () => resolve(undefined));
        child.on('close', (status) => resolve(status === 0 ? { stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') } : undefined));
    });
}
/** Pathspecs are literal (`:x`, `*.conf` are file names, not git magic). */
const trackedArgs = (paths) => ['--literal-pathspecs', 'ls-files', '-z', '--stage', '--', ...paths];
const untrackedArgs = (paths) => [
    '--literal-pathspecs',
    'ls-files',
    '-z',
    '--others',
    '--exclude-standard',
    '--',
    ...paths,
];
/**
 * Tracked files with their modes ("mode hash stage<TAB>path"), so symbolic links are known without
 * an lstat. The fields before the first tab are git's (digits, hex, spaces), so the path is what
 * follows it: read with indexOf, not a regular expression per entry (46,000 of them).
 */
function trackedEntries(out) {
    const entries = [];
    for (const entry of out.split('\0')) {
        const tab = entry.indexOf('\t');
        if (tab < 0 || entry.charCodeAt(6) !== 0x20)
            continue;
        const mode = entry.slice(0, 6);
        // 100644/100755 regular, 120000 symbolic link, 160000 submodule (not a file here).
        if (mode === '160000')
            continue;
        entries.push({ path: entry.slice(tab + 1), kind: mode.startsWith('100') ? 'regular' : 'link' });
    }
    return entries;
}
/**
 * Untracked files (bare paths), and the directories git could not open to look for them. git
 * skips untracked FIFOs and sockets itself.
 */
function untrackedListing(root, out) {
    const entries = [];
    for (const entry of out.stdout.split('\0'))
        if (entry)
            entries.push({ path: entry, kind: 'unknown' });
    return { entries, errors: gitWarnings(root, out.stderr) };
}
/** Tracked files, then untracked ones; undefined outside a git work tree (or without git). */
function gitFiles(root, paths) {
    const tracked = runGit(root, trackedArgs(paths));
    const untracked = tracked && runGit(root, untrackedArgs(paths));
    if (!tracked || !untracked)
        return undefined;
    const listing = untrackedListing(root, untracked);
    return { entries: [...trackedEntries(tracked.stdout), ...listing.entries], errors: listing.errors };
}
/**
 * "warning: could not open directory 'sub/x/': Permission denied", with paths from the top of the
 * work tree. git cuts its messages at 4 KiB: a very long path arrives without its end or reason.
 */
function gitWarnings(root, stderr) {
    const found = [...stderr.matchAll(/^warning: could not open directory '(.*?)(?:': (.*))?$/gm)];
    if (!found.length)
        return [];
    const prefix = runGit(root, ['rev-parse', '--show-prefix'])?.stdout.trim() ?? '';
    return found.map(([, dir, reason]) => {
        const rel = prefix && dir.startsWith(prefix) ? dir.slice(prefix.length) : dir;
        if (reason === undefined)
            return { file: rel, message: "directory could not be listed (git's warning was cut short)" };
        return listingError(rel.replace(/\/$/, ''), ERRNO_TEXT[reason] ?? reason);
    });
}
/** A tiny .gitignore reader for the walk fallback: the common subset (globs, `/`-anchoring, `!`, dirs). */
class IgnoreRules {
    /**
     * The rules of each .gitignore, by its directory ('' for the root's): a rule matches only below
     * its own directory, so a path is tried against its ancestors' rules alone (on a tree with dozens
     * of vendored .gitignore files, trying every rule on every path was most of the walk).
     */
    byBase = new Map();
    add(base, text) {
        const compile = globs();
        const rules = this.byBase.get(base) ?? [];
        this.byBase.set(base, rules);
        for (let line of text.split(/\r?\n/)) {
            line = line.replace(/(?<!\\)\s+$/, '');
            if (!line || line.startsWith('#'))
                continue;
            const negate = line.startsWith('!');
            if (negate)
                line = line.slice(1); // `\!` and `\#` stay escaped: picomatch reads them as literals
            const dirOnly = line.endsWith('/');
            if (dirOnly)
                line = line.slice(0, -1);
            if (!line)
                continue;
            const anchored = line.includes('/');
            if (line.startsWith('/'))
                line = line.slice(1);
            const byName = anchored ? undefined : nameMatcher(line);
            if (byName) {
                rules.push({ match: byName, negate, dirOnly });
                continue;
            }
            const glob = (base ? `${base}/` : '') + (anchored ? line : `**/${line}`);
            try {
                rules.push({ match: compile(glob, { dot: true }), negate, dirOnly });
            }
            catch {
                // A line picomatch cannot compile (e.g. longer than 64 KiB) ignores nothing, as an
                // unmatched pattern would: the scan reads more, never less, than git would.
            }
        }
    }
    ignored(rel, isDir) {
        let ignored = false;
        // The root's rules, then those of each directory above `rel`, from the top down (as git reads them).
        let base = '';
        for (let slash = -1;;) {
            const rules = this.byBase.get(base);
            if (rules)
                for (const r of rules)
                    if ((!r.dirOnly || isDir) && r.match(rel))
                        ignored = !r.negate;
            slash = rel.indexOf('/', slash + 1);
            if (slash < 0)
                return ignored;
            base = rel.slice(0, slash);
        }
    }
}
/** Characters that make a .gitignore word a glob (or an escape) rather than a plain name. */
const GLOB_CHARS = /[*?[\]{}()!+@\\]/;
/**
 * What `**\/NAME` (an unanchored .gitignore line) matches below its directory, for the two shapes most
 * lines have, without a regular expression: a plain name (`.idea`, `node_modules`) is the base name;
 * `*` and a plain suffix (`*.log`, `*~`) is a base name that ends with it. Other lines go to picomatch.
 */
function nameMatcher(line) {
    const baseName = (p) => p.slice(p.lastIndexOf('/') + 1);
    if (!GLOB_CHARS.test(line))
        return (p) => baseName(p) === line;
    const suffix = line.slice(1);
    if (line.startsWith('*') && !GLOB_CHARS.test(suffix))
        return (p) => baseName(p).endsWith(suffix);
    return undefined;
}
// Without following a final symbolic link (git ≥ 2.32 does not follow a .gitignore link either),
// and without blocking on a FIFO. Windows has neither flag.
const IGNORE_FILE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/** Reads `relDir/.gitignore` into `ignore`; a .gitignore that exists but cannot be read is an error. */
function readIgnoreFile(root, relDir, ignore, errors) {
    const rel = relDir ? `${relDir}/.gitignore` : '.gitignore';
    let fd;
    try {
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, rel), IGNORE_FILE_FLAGS);
    }
    catch (e) {
        const code = errnoOf(e);
        if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR')
            return; // none, or a symbolic link
        errors.push(listingError(rel, code, '.gitignore could not be read'));
        return;
    }
    let text;
    try {
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd);
        if (!st.isFile()) {
            errors.push(listingError(rel, st.isDirectory() ? 'EISDIR' : 'EINVAL', '.gitignore is not a regular file'));
            return;
        }
        text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(fd, 'utf8');
    }
    catch (e) {
        errors.push(listingError(rel, errnoOf(e), '.gitignore could not be read'));
        return;
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
    ignore.add(relDir, text);
}
/**
 * Lists `start` (relative to the root, real: no symbolic link on the way) the way git would
 * without an index: the .gitignore files from the root down apply, symbolic links are listed
 * (and resolved later) but never walked into.
 */
function walk(root, start, isDir, out) {
    const ignore = new IgnoreRules();
    const visit = (relDir) => {
        let entries;
        try {
            entries = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, relDir), { withFileTypes: true });
        }
        catch (e) {
            out.errors.push(listingError(relDir, errnoOf(e)));
            return;
        }
        if (entries.some((e) => e.name === '.gitignore'))
            readIgnoreFile(root, relDir, ignore, out.errors);
        for (const e of entries) {
            if (e.name === '.git')
                continue;
            const rel = relDir ? `${relDir}/${e.name}` : e.name;
            const dir = e.isDirectory();
            if (ignore.ignored(rel, dir))
                continue;
            if (dir)
                visit(rel);
            else if (e.isFile())
                out.entries.push({ path: rel, kind: 'regular' });
            else if (e.isSymbolicLink())
                out.entries.push({ path: rel, kind: 'link' });
            else
                out.entries.push({ path: rel, kind: 'special' });
        }
    };
    // The .gitignore files above the start apply to it (and may ignore it: then, as with git, nothing is listed).
    const parts = start ? start.split('/') : [];
    let rel = '';
    for (let i = 0; i < parts.length; i++) {
        readIgnoreFile(root, rel, ignore, out.errors);
        rel = rel ? `${rel}/${parts[i]}` : parts[i];
        if (ignore.ignored(rel, i < parts.length - 1 || isDir))
            return;
    }
    if (isDir)
        visit(start);
    else
        out.entries.push({ path: start, kind: 'unknown' });
}
/**
 * A scan path as a real path relative to the real root ('' for the root itself), so that a
 * symbolic link given as a path is followed only when it stays inside.
 */
function resolveStart(root, realRoot, p) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, p);
    if (!isInside(root, abs))
        throw new ScanInputError(`path "${p}" is outside the scanned root ${root}`);
    let real;
    let st;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(abs);
        st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(real);
    }
    catch (e) {
        const code = errnoOf(e);
        throw new ScanInputError(code === 'ENOENT' ? `path "${p}" does not exist under ${root}` : `path "${p}" could not be read: ${code ?? String(e)}`);
    }
    if (!isInside(realRoot, real))
        throw new ScanInputError(`path "${p}" leads outside the scanned root ${root} through a symbolic link`);
    return { rel: toPosix(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(realRoot, real)), isDir: st.isDirectory() };
}
/**
 * Classifies listed paths with as few system calls as possible: a regular file whose directories
 * are all real (checked once per directory, with lstat) is taken as is; anything that passes
 * through a symbolic link is resolved and must be a regular file inside the real root.
 */
class Classifier {
    root;
    walked;
    realDirs = new Map([['', true]]);
    /** The root with one separator after it: paths below it are joined without normalising (they come from git or a walk). */
    prefix;
    /** The directory of the last path classified, and whether it is real: a listing is sorted, so most paths share the last one's. */
    lastDir = '';
    lastDirReal = true;
    /**
     * `root` is a real path: the listing is made below it. `walked`: the directories came from a
     * walk that never enters a link, so they need no check.
     */
    constructor(root, walked) {
        this.root = root;
        this.walked = walked;
        this.prefix = root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? root : root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep;
    }
    classify({ path: rel, kind }) {
        if (kind === 'special')
            return 'special';
        if (!this.inRealDir(rel))
            return this.resolve(rel);
        // A tracked regular file; if it was deleted or replaced in the work tree, reading it tells.
        if (kind === 'regular')
            return 'file';
        let st;
        try {
            st = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.root, rel), { throwIfNoEntry: false });
        }
        catch (e) {
            return { error: errnoOf(e) };
        }
        if (!st || st.isDirectory())
            return 'skip'; // deleted from the work tree but still in the index
        if (st.isSymbolicLink())
            return this.resolve(rel);
        return st.isFile() ? 'file' : 'special';
    }
    /** Whether the directory holding `rel` is real (realDir), asked without slicing out its name when it is the last path's. */
    inRealDir(rel) {
        if (this.walked)
            return true;
        const slash = rel.lastIndexOf('/');
        if (slash < 0)
            return true;
        if (slash === this.lastDir.length && rel.startsWith(this.lastDir))
            return this.lastDirReal;
        this.lastDir = rel.slice(0, slash);
        this.lastDirReal = this.realDir(this.lastDir);
        return this.lastDirReal;
    }
    /**
     * Whether no component of the directory is a symbolic link. One that cannot be examined
     * (missing, not a directory, no permission) has no link to follow: reading below it fails and says so.
     */
    realDir(rel) {
        if (this.walked)
            return true;
        let known = this.realDirs.get(rel);
        if (known === undefined) {
            let link;
            try {
                link = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(this.prefix + rel, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
            }
            catch {
                link = false;
            }
            known = this.realDir(parentOf(rel)) && !link;
            this.realDirs.set(rel, known);
        }
        return known;
    }
    resolve(rel) {
        let target;
        try {
            target = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.root, rel));
        }
        catch (e) {
            const code = errnoOf(e);
            return code === 'ENOENT' || code === 'ELOOP' ? 'outside' : { error: code }; // broken or a loop: nothing to read
        }
        if (!isInside(this.root, target))
            return 'outside';
        let st;
        try {
            st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(target, { throwIfNoEntry: false });
        }
        catch (e) {
            return { error: errnoOf(e) };
        }
        if (!st || st.isDirectory())
            return 'skip'; // a directory link: its files are listed where they are
        return st.isFile() ? 'file' : 'special';
    }
}
function plan(root, paths, exclude) {
    const isExcluded = excludeMatcher(exclude);
    const realRoot = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(root);
    const starts = (paths.length ? paths : ['.']).map((p) => resolveStart(root, realRoot, p));
    // Listing below the real root keeps relative paths valid for a root reached through a link.
    return { isExcluded, realRoot, starts, pathspecs: starts.map((s) => s.rel || '.') };
}
/** Sorts listed entries into files to read and counts; entries can be added in batches, in any order. */
class Tally {
    plan;
    source;
    /** Files to read, in the order listed; a path git lists twice (a merge conflict's stages) is dropped once sorted. */
    result = [];
    excluded = 0;
    outsideLinks = 0;
    special = 0;
    errors = [];
    classifier;
    constructor(plan, source) {
        this.plan = plan;
        this.source = source;
        this.classifier = new Classifier(plan.realRoot, source === 'walk');
    }
    add({ entries, errors }) {
        for (const e of errors)
            this.errors.push(e);
        for (const entry of entries) {
            if (this.plan.isExcluded(entry.path)) {
                this.excluded++;
                continue;
            }
            const verdict = this.classifier.classify(entry);
            if (verdict === 'file')
                this.result.push(entry.path);
            else if (verdict === 'outside')
                this.outsideLinks++;
            else if (verdict === 'special')
                this.special++;
            else if (typeof verdict === 'object')
                this.errors.push(listingError(entry.path, verdict.error, 'could not be examined'));
        }
    }
    done() {
        const errors = [...new Map(this.errors.map((e) => [e.file, e])).values()].sort((a, b) => (a.file < b.file ? -1 : 1));
        const { excluded, outsideLinks, special, source } = this;
        // Already sorted runs (git's lists, a walk's directories): the sort merges them in about one pass.
        const files = this.result.sort().filter((f, i, all) => i === 0 || f !== all[i - 1]);
        return { files, source, excluded, outsideLinks, special, errors };
    }
}
/**
 * walkAll, with the glob compiler loaded when the walk meets a `.gitignore` (it stops there, and
 * walks again once it is loaded): a tree without one never loads it.
 */
async function walkAllAsync(p) {
    try {
        return walkAll(p);
    }
    catch (e) {
        if (!(e instanceof GlobMatcherNotLoaded))
            throw e;
        await loadGlobMatcher();
        return walkAll(p);
    }
}
function walkAll(p) {
    const listing = { entries: [], errors: [] };
    for (const s of p.starts)
        walk(p.realRoot, s.rel, s.isDir, listing);
    const tally = new Tally(p, 'walk');
    tally.add(listing);
    return tally.done();
}
/**
 * Lists the files to scan under `root` limited to `paths` (relative to root), minus `exclude` globs.
 * Throws ScanInputError when a path does not exist or leaves the root, ConfigurationError for an
 * exclude pattern that cannot be used.
 */
function enumerate(root, paths, exclude) {
    const p = plan(root, paths, exclude);
    const listing = mayBeInGitWorkTree(p.realRoot) ? gitFiles(p.realRoot, p.pathspecs) : undefined;
    if (!listing)
        return walkAll(p);
    const tally = new Tally(p, 'git');
    tally.add(listing);
    return tally.done();
}
/**
 * enumerate, with the same result, sooner: git looks for untracked files (a walk of the whole
 * tree, ~100 ms on 46,000 files) while this thread reads the index's list and examines it.
 * `onTracked` is told how many files the index lists (under the scan paths) as soon as git has
 * answered, before they are examined and before the untracked ones are known: a caller can start
 * threads then.
 */
async function enumerateAsync(root, paths, exclude, onTracked) {
    if (exclude.length)
        await loadGlobMatcher();
    const p = plan(root, paths, exclude);
    if (!mayBeInGitWorkTree(p.realRoot))
        return walkAllAsync(p);
    const untracked = runGitAsync(p.realRoot, untrackedArgs(p.pathspecs));
    const tracked = runGit(p.realRoot, trackedArgs(p.pathspecs));
    const tally = new Tally(p, 'git');
    if (tracked) {
        const entries = trackedEntries(tracked.stdout);
        // Told before the entries are examined (an lstat per directory): threads start loading sooner.
        onTracked?.(entries.length);
        tally.add({ entries, errors: [] });
    }
    const others = await untracked;
    if (!tracked || !others)
        return walkAllAsync(p);
    tally.add(untrackedListing(p.realRoot, others));
    return tally.done();
}


/***/ })

};
