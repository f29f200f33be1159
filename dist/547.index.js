export const id = 547;
export const ids = [547];
export const modules = {

/***/ 1547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I9: () => (/* binding */ pullRequestDiff),
/* harmony export */   qz: () => (/* binding */ pushDiff),
/* harmony export */   tr: () => (/* binding */ GitRepo)
/* harmony export */ });
/* unused harmony export localDiff */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8054);
/* harmony import */ var _unified_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3681);
/**
 * The diff from git, when the clone has the history: a pull request (merge base of base and head,
 * or the merge commit actions/checkout makes against its first parent), a push (`before..after`),
 * or a local run against a ref (merge base with HEAD, plus uncommitted and untracked files).
 *
 * Git runs with stdin closed, no terminal prompts, literal pathspecs, a timeout and a cap on what
 * it may print, so it can neither hang nor flood memory. Missing history is an error value naming
 * the commit and the `fetch-depth` that would bring it, so the caller can fall back to the API.
 */



const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_DIFF = 64 * 1024 * 1024;
const SMALL_OUTPUT = 1024 * 1024;
/** Options every command gets: no pager, no colour, raw UTF-8 names (only names with quotes or control characters stay C-quoted). */
const GLOBAL = ['-c', 'core.quotePath=false', '-c', 'color.ui=false', '--no-pager'];
function runGit(root, args, timeoutMs, maxBytes) {
    return new Promise((resolve) => {
        let settled = false;
        const chunks = [];
        let size = 0;
        let stderr = '';
        let overflow = false;
        const done = (r) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve({ ...r, overflow });
        };
        // Its own process group, so that a timeout also ends whatever git started (hooks, aliases, helpers).
        const group = process.platform !== 'win32';
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...GLOBAL, ...args], {
            cwd: root,
            stdio: ['ignore', 'pipe', 'pipe'],
            windowsHide: true,
            detached: group,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_LITERAL_PATHSPECS: '1', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
        });
        const kill = () => {
            try {
                if (group && child.pid)
                    process.kill(-child.pid, 'SIGKILL');
                else
                    child.kill('SIGKILL');
            }
            catch {
                // Already gone.
            }
        };
        const timer = setTimeout(() => {
            kill();
            done({ ok: false, stdout: '', problem: `git ${args[0]} did not finish within ${Math.round(timeoutMs / 1000)} s` });
        }, timeoutMs);
        child.stdout.on('data', (b) => {
            size += b.length;
            if (size > maxBytes) {
                overflow = true;
                kill();
                done({ ok: false, stdout: '', problem: `git ${args[0]} printed more than ${maxBytes} bytes` });
            }
            else
                chunks.push(b);
        });
        child.stderr.on('data', (b) => {
            if (stderr.length < 4096)
                stderr += b.toString('utf8');
        });
        child.on('error', (e) => done({ ok: false, stdout: '', problem: e.code === 'ENOENT' ? 'git is not installed' : `git could not run: ${e.message}` }));
        child.on('close', (code) => done({
            ok: code === 0,
            stdout: Buffer.concat(chunks).toString('utf8'),
            problem: stderr
                .split('\n')
                .find((l) => l.trim())
                ?.trim() ?? `git ${args[0]} exited with ${code}`,
        }));
    });
}
/** A git work tree rooted at (or above) `root`, with the few questions the diff needs. */
class GitRepo {
    root;
    timeoutMs;
    maxDiffBytes;
    constructor(root, opts = {}) {
        this.root = root;
        this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.maxDiffBytes = opts.maxDiffBytes ?? DEFAULT_MAX_DIFF;
    }
    run(args, maxBytes = SMALL_OUTPUT) {
        return runGit(this.root, args, this.timeoutMs, maxBytes);
    }
    /** Why `root` cannot be diffed with git, or undefined when it can. */
    async problem() {
        const r = await this.run(['rev-parse', '--is-inside-work-tree']);
        return r.ok && r.stdout.trim() === 'true' ? undefined : `${this.root} is not a git work tree (${r.problem})`;
    }
    /** The commit a revision names, or undefined when the clone does not have it. */
    async commit(rev) {
        const r = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
        const sha = r.stdout.trim();
        return r.ok && (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isCommitId */ .jh)(sha) ? sha : undefined;
    }
    /** A commit's parents (none for a root commit, and none for the cut-off commits of a shallow clone). */
    async parents(sha) {
        const r = await this.run(['rev-list', '--parents', '-n', '1', '--end-of-options', sha]);
        return r.ok ? r.stdout.trim().split(/\s+/).slice(1) : [];
    }
    async mergeBase(a, b) {
        const r = await this.run(['merge-base', '--end-of-options', a, b]);
        return r.ok ? r.stdout.trim() || undefined : undefined;
    }
    async shallow() {
        const r = await this.run(['rev-parse', '--is-shallow-repository']);
        return r.stdout.trim() === 'true';
    }
    /**
     * The files changed between `base` and `head` (or the work tree when `head` is undefined), with
     * paths relative to `root`. A diff too big to read becomes a list of files that count as a whole.
     */
    async diff(base, head) {
        const revs = head === undefined ? [base] : [base, head];
        // No external diff or textconv drivers (configured commands); paths relative to the root.
        const common = ['--no-color', '--no-ext-diff', '--no-textconv', '-M', '--relative'];
        const full = await this.run(['diff', ...common, '-U3', '--src-prefix=a/', '--dst-prefix=b/', '--end-of-options', ...revs, '--'], this.maxDiffBytes);
        if (full.ok)
            return { files: (0,_unified_js__WEBPACK_IMPORTED_MODULE_1__/* .parseUnifiedDiff */ .rj)(full.stdout) };
        if (!full.overflow)
            return { error: full.problem };
        const names = await this.run(['diff', ...common, '--name-only', '--diff-filter=d', '-z', '--end-of-options', ...revs, '--'], this.maxDiffBytes);
        if (!names.ok)
            return { error: names.problem };
        return {
            files: wholeFiles(names.stdout.split('\0')),
            note: `the diff is larger than ${this.maxDiffBytes} bytes: every changed file counts as changed as a whole`,
        };
    }
    /** Files in the work tree that git does not track and does not ignore, relative to `root`. */
    async untracked() {
        const r = await this.run(['ls-files', '-z', '--others', '--exclude-standard'], this.maxDiffBytes);
        return r.ok ? r.stdout.split('\0').filter(Boolean) : { error: r.problem };
    }
}
function wholeFiles(paths) {
    const files = new Map();
    for (const p of paths)
        if (p)
            files.set(p, { path: p, added: [], hunks: [], whole: true });
    return files;
}
const short = (sha) => sha.slice(0, 12);
async function model(repo, base, head, note) {
    const d = await repo.diff(base, head);
    if ('error' in d)
        return { ok: false, error: `git diff ${short(base)} ${short(head)} failed: ${d.error}` };
    const notes = [note, d.note].filter(Boolean).join('; ');
    return { ok: true, diff: { files: d.files, base, head, source: 'git' }, ...(notes ? { note: notes } : {}) };
}
async function missing(repo, what, sha, depth) {
    const shallow = (await repo.shallow()) ? 'the clone is shallow' : 'it was not fetched';
    return `${what} ${short(sha)} is not in the clone (${shallow}); use fetch-depth: ${depth} on actions/checkout, or the diff comes from the API`;
}
/**
 * A pull request's changed lines as they appear in the checked-out tree. actions/checkout checks
 * out the merge commit (`refs/pull/N/merge`, parents: base tip and PR head) by default: then the
 * diff against its first parent is exactly the PR's change and its line numbers are the scanned
 * tree's, and two commits of history suffice (fetch-depth: 2). A checkout of the head commit
 * needs the merge base of base and head (fetch-depth: 0).
 */
async function pullRequestDiff(root, base, head, opts = {}) {
    const repo = new GitRepo(root, opts);
    const problem = await repo.problem();
    if (problem)
        return { ok: false, error: problem };
    const checkedOut = await repo.commit('HEAD');
    if (checkedOut && checkedOut !== head) {
        const parents = await repo.parents(checkedOut);
        if (parents.length === 2 && parents[1] === head)
            return model(repo, parents[0], checkedOut);
    }
    // The default checkout (the merge commit) needs two commits of history; a checkout of the head, all of it.
    const depth = checkedOut === head ? '0' : '2 (for the merge commit actions/checkout checks out by default) or 0';
    if (!(await repo.commit(head)))
        return { ok: false, error: await missing(repo, "the pull request's head commit", head, depth) };
    if (!(await repo.commit(base)))
        return { ok: false, error: await missing(repo, 'the base commit', base, depth) };
    const mergeBase = await repo.mergeBase(base, head);
    if (!mergeBase) {
        return {
            ok: false,
            error: `the clone has no merge base of ${short(base)} and ${short(head)} (${(await repo.shallow()) ? 'the history is cut off by a shallow clone' : 'unrelated histories'}); use fetch-depth: 0 on actions/checkout, or the diff comes from the API`,
        };
    }
    const note = checkedOut && checkedOut !== head
        ? `the work tree is at ${short(checkedOut)}, not at the pull request's head ${short(head)}: lines may not match the diff`
        : undefined;
    return model(repo, mergeBase, head, note);
}
/** A push: `before..after` (the caller handles new branches and force pushes, which have no useful `before`). */
async function pushDiff(root, before, after, opts = {}) {
    const repo = new GitRepo(root, opts);
    const problem = await repo.problem();
    if (problem)
        return { ok: false, error: problem };
    if (!(await repo.commit(after)))
        return { ok: false, error: await missing(repo, 'the pushed commit', after, '0') };
    if (!(await repo.commit(before)))
        return { ok: false, error: await missing(repo, 'the commit before the push', before, '0') };
    return model(repo, before, after);
}
/**
 * A local run against a ref (`tls-floor scan --diff main`): the merge base of the ref and HEAD
 * against the work tree, so committed, staged and unstaged changes count as new, and so do
 * untracked files (a pre-commit hook sees a new file before it is committed).
 */
async function localDiff(root, ref, opts = {}) {
    const repo = new GitRepo(root, opts);
    const problem = await repo.problem();
    if (problem)
        return { ok: false, error: problem };
    const target = await repo.commit(ref);
    if (!target)
        return { ok: false, error: `"${ref}" is not a commit in ${root}` };
    const head = await repo.commit('HEAD');
    if (!head)
        return { ok: false, error: `the repository in ${root} has no commit yet` };
    const base = await repo.mergeBase(target, head);
    if (!base)
        return { ok: false, error: `"${ref}" and HEAD have no common history` };
    const d = await repo.diff(base, undefined);
    if ('error' in d)
        return { ok: false, error: `git diff ${short(base)} failed: ${d.error}` };
    const untracked = await repo.untracked();
    if ('error' in untracked)
        return { ok: false, error: `git ls-files failed: ${untracked.error}` };
    for (const [p, whole] of wholeFiles(untracked))
        d.files.set(p, whole);
    return { ok: true, diff: { files: d.files, base, head, source: 'git', worktree: true }, ...(d.note ? { note: d.note } : {}) };
}


/***/ }),

/***/ 3681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iz: () => (/* binding */ parsePatch),
/* harmony export */   rj: () => (/* binding */ parseUnifiedDiff)
/* harmony export */ });
/* unused harmony export unquoteC */
/** Hunk headers: `@@ -a[,b] +c[,d] @@`; ten digits is far past any real file and keeps numbers exact. */
const HUNK_HEADER = /^@@ -(\d{1,10})(?:,(\d{1,10}))? \+(\d{1,10})(?:,(\d{1,10}))? @@/;
/** The lines one file's hunks touch, read one line at a time. */
class HunkReader {
    added = [];
    hunks = [];
    malformed = false;
    sawHunk = false;
    oldLeft = 0;
    newLeft = 0;
    next = 0;
    get inHunk() {
        return this.oldLeft > 0 || this.newLeft > 0;
    }
    /** A `@@` line; one that is not a valid header makes the file count as a whole. */
    header(line) {
        const m = HUNK_HEADER.exec(line);
        if (!m) {
            this.malformed = true;
            return;
        }
        const oldCount = m[2] === undefined ? 1 : Number(m[2]);
        const start = Number(m[3]);
        const newCount = m[4] === undefined ? 1 : Number(m[4]);
        // Hunks come in file order: one that starts before the previous one ended is not git's output.
        const backwards = this.sawHunk && start + (newCount === 0 ? 1 : 0) < this.next;
        if ((newCount > 0 && start < 1) || backwards) {
            this.malformed = true;
            return;
        }
        this.sawHunk = true;
        this.oldLeft = oldCount;
        this.newLeft = newCount;
        this.next = start;
        if (newCount > 0)
            push(this.hunks, start, start + newCount - 1);
    }
    /** A line inside a hunk (the caller checks `inHunk`). */
    body(line) {
        const c = line.charCodeAt(0);
        if (c === 0x5c /* \ No newline at end of file */)
            return;
        if (c === 0x2b /* + */) {
            if (this.newLeft === 0)
                return this.fail();
            push(this.added, this.next, this.next);
            this.next++;
            this.newLeft--;
        }
        else if (c === 0x2d /* - */) {
            if (this.oldLeft === 0)
                return this.fail();
            this.oldLeft--;
        }
        else if (c === 0x20 || line === '' /* context; some tools strip the space of empty lines */) {
            if (this.oldLeft === 0 || this.newLeft === 0)
                return this.fail();
            this.oldLeft--;
            this.newLeft--;
            this.next++;
        }
        else
            this.fail();
    }
    /** The input ended: a hunk still waiting for lines was cut off. */
    end() {
        if (this.inHunk)
            this.fail();
    }
    fail() {
        this.malformed = true;
        this.oldLeft = 0;
        this.newLeft = 0;
    }
}
/** Appends a range, merging it into the last one when they touch (input is in line order). */
function push(ranges, start, end) {
    const last = ranges[ranges.length - 1];
    if (last && start <= last.end + 1)
        last.end = Math.max(last.end, end);
    else
        ranges.push({ start, end });
}
/** Lines without their terminator; a final newline does not make an extra empty line; CR before LF is dropped. */
function lines(text) {
    const out = text.split('\n');
    if (out.length > 0 && out[out.length - 1] === '')
        out.pop();
    for (let i = 0; i < out.length; i++)
        if (out[i].endsWith('\r'))
            out[i] = out[i].slice(0, -1);
    return out;
}
function fileDiff(path, r, whole) {
    return {
        path,
        added: whole ? [] : r.added,
        hunks: whole ? [] : r.hunks,
        whole,
    };
}
/** One file's patch as GitHub's REST API gives it (`files[].patch`): hunks only. */
function parsePatch(path, patch) {
    const r = new HunkReader();
    for (const line of lines(patch)) {
        if (r.malformed)
            break;
        if (r.inHunk)
            r.body(line);
        else if (line.startsWith('@@'))
            r.header(line);
        else if (line.startsWith('\\'))
            continue;
        else
            r.malformed = true;
    }
    r.end();
    return fileDiff(path, r, r.malformed);
}
const ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/**
 * A C-quoted name as git writes it (`"a\303\251 \"q\".conf"`), from the opening quote at `from`.
 * Returns the decoded name and the index after the closing quote, or undefined when unterminated.
 */
function unquoteC(s, from = 0) {
    if (s[from] !== '"')
        return undefined;
    const bytes = [];
    for (let i = from + 1; i < s.length; i++) {
        const ch = s[i];
        if (ch === '"')
            return { value: Buffer.from(bytes).toString('utf8'), end: i + 1 };
        if (ch !== '\\') {
            for (const b of Buffer.from(ch, 'utf8'))
                bytes.push(b);
            continue;
        }
        const e = s[++i];
        if (e === undefined)
            return undefined;
        const oct = /^[0-3][0-7]{2}/.exec(s.slice(i, i + 3));
        if (oct) {
            bytes.push(parseInt(oct[0], 8));
            i += 2;
        }
        else
            bytes.push(ESCAPES[e] ?? e.charCodeAt(0) & 0xff);
    }
    return undefined;
}
function stripPrefix(name, prefix) {
    return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}
/** The name on a `--- ` / `+++ ` line: quoted, or up to a tab (git adds one after names with spaces). */
function markerName(rest) {
    if (rest.startsWith('"'))
        return unquoteC(rest)?.value;
    const tab = rest.indexOf('\t');
    const name = tab < 0 ? rest : rest.slice(0, tab);
    return name === '' ? undefined : name;
}
/** A name on a `rename to` / `copy to` line. */
function plainName(rest) {
    if (rest.startsWith('"'))
        return unquoteC(rest)?.value;
    return rest === '' ? undefined : rest;
}
/**
 * The new name from `diff --git a/X b/Y`. Unquoted names may contain spaces, so like git itself we
 * take the name that is the same on both sides; renames and copies say their names again later.
 */
function gitHeaderName(rest) {
    if (rest.startsWith('"')) {
        const a = unquoteC(rest);
        if (!a || rest[a.end] !== ' ')
            return undefined;
        const b = rest.slice(a.end + 1);
        return b.startsWith('"') ? unquoteC(b)?.value : b;
    }
    const quoted = rest.indexOf(' "');
    if (quoted >= 0)
        return unquoteC(rest, quoted + 1)?.value;
    if ((rest.length - 1) % 2 === 0) {
        const half = (rest.length - 1) / 2;
        const a = rest.slice(0, half);
        const b = rest.slice(half + 1);
        if (rest[half] === ' ' && stripPrefix(a, 'a/') === stripPrefix(b, 'b/'))
            return b;
    }
    const split = rest.indexOf(' b/');
    return split >= 0 ? rest.slice(split + 1) : undefined;
}
/** One file's section of a multi-file diff, from its headers and hunks. */
class Section {
    hunks = new HunkReader();
    headerName;
    renamedTo;
    plusName;
    sawPlus = false;
    deleted = false;
    created = false;
    binary = false;
    get path() {
        const name = this.plusName ?? this.renamedTo ?? this.headerName;
        return name === undefined ? undefined : stripPrefix(name, 'b/');
    }
    finish() {
        this.hunks.end();
        const path = this.path;
        if (this.deleted || path === undefined || path === '')
            return undefined;
        // Binary files, patches that could not be followed, and new files without lines (git shows
        // none for empty or binary ones) count as a whole.
        const whole = this.binary || this.hunks.malformed || (this.created && !this.hunks.sawHunk);
        return fileDiff(path, this.hunks, whole);
    }
}
/**
 * Every file of a unified diff (`git diff` output, or plain `diff -u` output with `---`/`+++`
 * headers), keyed by its head-side path; deleted files are left out (nothing of them is scanned).
 */
function parseUnifiedDiff(text) {
    const files = new Map();
    let s;
    const close = () => {
        const f = s?.finish();
        s = undefined;
        if (!f)
            return;
        const prev = files.get(f.path);
        // The same name twice (only in crafted input): keep every line either section names.
        files.set(f.path, prev
            ? {
                path: f.path,
                added: [...prev.added, ...f.added],
                hunks: [...prev.hunks, ...f.hunks],
                whole: prev.whole || f.whole,
            }
            : f);
    };
    for (const line of lines(text)) {
        if (s?.hunks.inHunk) {
            s.hunks.body(line);
            continue;
        }
        if (line.startsWith('diff --git ')) {
            close();
            s = new Section();
            s.headerName = gitHeaderName(line.slice('diff --git '.length));
            continue;
        }
        if (line.startsWith('--- ') && (!s || s.sawPlus)) {
            // A plain `diff -u` file section (no `diff --git` line) starts at its `---` line.
            close();
            s = new Section();
        }
        if (!s)
            continue;
        if (line.startsWith('@@'))
            s.hunks.header(line);
        else if (s.hunks.sawHunk) {
            // Only `\ No newline` may follow a hunk before the next hunk or file.
            if (!line.startsWith('\\'))
                s.hunks.malformed = true;
        }
        else if (line.startsWith('+++ ')) {
            s.sawPlus = true;
            const name = markerName(line.slice(4));
            if (name === '/dev/null')
                s.deleted = true;
            else if (name !== undefined)
                s.plusName = name;
        }
        else if (line.startsWith('--- ')) {
            if (markerName(line.slice(4)) === '/dev/null')
                s.created = true;
        }
        else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
            s.renamedTo = plainName(line.slice(line.indexOf(' to ') + 4));
        }
        else if (line.startsWith('deleted file mode'))
            s.deleted = true;
        else if (line.startsWith('new file mode'))
            s.created = true;
        else if (line.startsWith('Binary files ') || line === 'GIT binary patch')
            s.binary = true;
    }
    close();
    return files;
}


/***/ })

};
