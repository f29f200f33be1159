export const id = 386;
export const ids = [386];
export const modules = {

/***/ 1386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveDiff: () => (/* binding */ resolveDiff)
});

// UNUSED EXPORTS: defaultFailScope

// EXTERNAL MODULE: ./src/diff/unified.ts
var unified = __webpack_require__(3681);
;// CONCATENATED MODULE: ./src/diff/api.ts

const PER_PAGE = 100;
/** `pulls.listFiles` lists at most 3,000 files of a pull request. */
const PULL_FILES_CAP = 3000;
/** One listed file as a FileDiff, or undefined when nothing of it is on the head side. */
function changedFileDiff(f) {
    if (typeof f.filename !== 'string' || f.filename === '' || f.status === 'removed')
        return undefined;
    if (typeof f.patch === 'string' && f.patch !== '')
        return (0,unified/* parsePatch */.iz)(f.filename, f.patch);
    // No patch: binary, too big, or nothing but a rename or mode change (then no line changed).
    const unchanged = (f.status === 'renamed' || f.status === 'changed' || f.status === 'unchanged') && f.changes === 0;
    return { path: f.filename, added: [], hunks: [], whole: !unchanged };
}
/**
 * Every page until a short one. When the endpoint's cap is reached the list may be incomplete:
 * that is an error (the caller then judges every finding), never a silently partial diff, because
 * a new finding in an unlisted file would otherwise pass as pre-existing.
 */
async function diffFromApi(listPage, opts) {
    const cap = opts.cap ?? PULL_FILES_CAP;
    const what = opts.what ?? 'the pull request';
    const files = new Map();
    let listed = 0;
    for (let page = 1; listed < cap; page++) {
        let items;
        try {
            items = await listPage(page, PER_PAGE);
        }
        catch (e) {
            const msg = e instanceof Error ? e.message : String(e);
            return { ok: false, error: `listing the files of ${what} failed: ${msg.split('\n')[0]}` };
        }
        if (!Array.isArray(items))
            return { ok: false, error: `listing the files of ${what} returned no list` };
        listed += items.length;
        for (const f of items) {
            const d = f && typeof f === 'object' ? changedFileDiff(f) : undefined;
            if (d)
                files.set(d.path, d);
        }
        if (items.length < PER_PAGE)
            return { ok: true, diff: { files, base: opts.base, head: opts.head, source: 'api' } };
    }
    return {
        ok: false,
        error: `${what} changes ${cap.toLocaleString('en-US')} files or more and GitHub lists only the first ${cap.toLocaleString('en-US')}; fetch the history (fetch-depth: 0) so the diff comes from git`,
    };
}

// EXTERNAL MODULE: ./src/diff/git.ts
var diff_git = __webpack_require__(1547);
// EXTERNAL MODULE: ./src/diff/model.ts
var model = __webpack_require__(8054);
// EXTERNAL MODULE: ./src/diff/kinds.ts
var kinds = __webpack_require__(6604);
;// CONCATENATED MODULE: ./src/diff/event.ts
/**
 * Which diff a workflow event means: a pull request's change, a push's `before..after`, or none
 * (everything counts: schedules, manual runs, a new branch, a force push). Git first, the REST
 * API when the clone lacks the history. The payload is read as untrusted JSON: every field used
 * is checked before it reaches git.
 */




const ZERO = /^0+$/;
const COMPARE_CAP = 300;
function field(obj, ...keys) {
    let v = obj;
    for (const k of keys)
        v = v !== null && typeof v === 'object' && Object.hasOwn(v, k) ? v[k] : undefined;
    return v;
}
function sha(payload, where, ...keys) {
    const v = field(payload, ...keys);
    if (typeof v === 'string' && (0,model/* isCommitId */.jh)(v))
        return v;
    // JSON keeps the message on one line whatever the payload holds.
    const shown = typeof v === 'string' ? JSON.stringify(v.slice(0, 80)) : typeof v === 'object' && v ? 'an object' : String(v);
    return { error: `the ${where} event has no valid ${keys.join('.')} (a 40 or 64 hex digit commit id; got ${shown})` };
}
async function withFallback(git, api) {
    if (git.ok)
        return { diff: git.diff, ...(git.note ? { note: git.note } : {}) };
    const viaApi = api();
    if (!viaApi)
        return { error: `${git.error}; the GitHub API cannot be asked instead (no token)` };
    const r = await viaApi;
    if ('error' in r)
        return { error: `${git.error}; ${r.error}` };
    return { diff: r.diff, note: `the diff comes from the GitHub API: ${git.error}` };
}
async function pullRequest(eventName, payload, root, api, opts) {
    const base = sha(payload, eventName, 'pull_request', 'base', 'sha');
    if (typeof base !== 'string')
        return base;
    const head = sha(payload, eventName, 'pull_request', 'head', 'sha');
    if (typeof head !== 'string')
        return head;
    const number = field(payload, 'pull_request', 'number') ?? field(payload, 'number');
    const git = await (0,diff_git/* pullRequestDiff */.I9)(root, base, head, opts);
    return withFallback(git, () => {
        if (!api?.pullFiles || !(Number.isSafeInteger(number) && number > 0))
            return undefined;
        const list = api.pullFiles.bind(api, number);
        return diffFromApi(list, { base, head, cap: PULL_FILES_CAP, what: `pull request #${number}` }).then((r) => r.ok ? { diff: r.diff } : { error: r.error });
    });
}
async function commits(eventName, before, after, root, api, opts) {
    const git = await (0,diff_git/* pushDiff */.qz)(root, before, after, opts);
    return withFallback(git, () => {
        if (!api?.compareFiles)
            return undefined;
        const list = api.compareFiles.bind(api, before, after);
        return diffFromApi(list, { base: before, head: after, cap: api.compareCap ?? COMPARE_CAP, what: `the ${eventName} comparison` }).then((r) => (r.ok ? { diff: r.diff } : { error: r.error }));
    });
}
async function push(payload, root, api, opts) {
    const before = sha(payload, 'push', 'before');
    if (typeof before !== 'string')
        return before;
    const after = sha(payload, 'push', 'after');
    if (typeof after !== 'string')
        return after;
    if (ZERO.test(after))
        return { diff: undefined, note: 'the push deleted the branch: nothing was changed to compare' };
    if (ZERO.test(before))
        return { diff: undefined, note: 'a new branch: every finding counts' };
    if (field(payload, 'forced') === true)
        return { diff: undefined, note: 'a force push: every finding counts' };
    return commits('push', before, after, root, api, opts);
}
async function mergeGroup(payload, root, api, opts) {
    const base = sha(payload, 'merge_group', 'merge_group', 'base_sha');
    if (typeof base !== 'string')
        return base;
    const head = sha(payload, 'merge_group', 'merge_group', 'head_sha');
    if (typeof head !== 'string')
        return head;
    return commits('merge_group', base, head, root, api, opts);
}
/** The diff an event stands for, in the work tree at `root` (the scanned checkout). */
async function resolveDiff(eventName, payload, root, api, opts = {}) {
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target':
            return pullRequest(eventName, payload, root, api, opts);
        case 'push':
            return push(payload, root, api, opts);
        case 'merge_group':
            return mergeGroup(payload, root, api, opts);
        default:
            // schedule, workflow_dispatch, release, …: the whole repository is the subject.
            return { diff: undefined };
    }
}


/***/ })

};
