export const id = 162;
export const ids = [162];
export const modules = {

/***/ 162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareFindings: () => (/* binding */ compareFindings),
  scanWithRules: () => (/* binding */ scanWithRules)
});

// UNUSED EXPORTS: scan

// EXTERNAL MODULE: ./src/policy.ts
var policy = __webpack_require__(1237);
// EXTERNAL MODULE: ./src/scan/files.ts
var files = __webpack_require__(5438);
// EXTERNAL MODULE: ./src/shard.ts
var src_shard = __webpack_require__(7903);
// EXTERNAL MODULE: ./src/lazy-builtin.ts + 1 modules
var lazy_builtin = __webpack_require__(7806);
;// CONCATENATED MODULE: ./src/jit.ts

/** node:v8, loaded only by a run that reads files: an empty workspace's start stays as short as it was. */
const v8 = (0,lazy_builtin/* lazyBuiltin */.q)('node:v8');
/** V8 11 (Node 20) counts a function's budget in bytecode executed; V8 13 (Node 24) in calls. */
const TOP_TIER_LATER = {
    11: '--interrupt-budget=1200000', // default 132 KB
    13: '--invocation-count-for-turbofan=20000', // default 3000
};
/** Sets the flag for this V8 (`setFlag` is for tests); returns it, or undefined on a version not checked. */
function tierUpLater(v8Version = process.versions.v8, setFlag = (f) => v8().setFlagsFromString(f)) {
    const flag = TOP_TIER_LATER[Number.parseInt(v8Version, 10)];
    if (flag)
        setFlag(flag);
    return flag;
}

;// CONCATENATED MODULE: ./src/scan/scan.ts
/**
 * The repository scan: enumerate files, split them between threads (each scans its share with
 * ./share.ts, loaded only when there is a file to read), merge and sort the findings.
 */




function compareFindings(a, b) {
    return ((0,policy/* severityRank */.qs)(a.severity) - (0,policy/* severityRank */.qs)(b.severity) ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column);
}
/**
 * Scans the tree. Large trees are split between this thread and worker threads (each reads and
 * matches its share); `workers` says how, and is the seam that keeps this module free of them.
 * The threads are this call's: however it ends (a listing that throws, a worker that crashes), they
 * are stopped before it returns, so nothing is left to keep the process alive.
 */
async function scan(opts, workers) {
    return scanWithRules(opts, { count: opts.rules.length, load: async () => opts.rules }, workers);
}
/** Like scan, for callers that load the rules only when a tree has files (the entries: the rules are most of the bundle). */
async function scanWithRules(opts, rules, workers) {
    const started = performance.now();
    try {
        // Threads only once the files are counted: starting one costs more than a small tree's scan.
        // The tracked files are counted first: enough of them, and the threads load while git looks
        // for untracked ones (a shard's count is known only from the whole list).
        const enough = (files) => workers !== undefined && files >= workers.threshold;
        let warmed = false;
        const warm = () => {
            if (!warmed)
                workers.warm();
            warmed = true;
        };
        // The engine and the rules load only for a tree with files to read; with tracked files, while
        // git looks for untracked ones (this thread waits for git then: reading files at the same time
        // measured slower on two cores, where git, the workers and this thread all want one).
        let engine;
        const load = () => {
            // Files will be read: V8 is asked to keep its top tier for what stays hot (jit.ts), before
            // the rules run and before any thread starts.
            if (!engine)
                tierUpLater();
            return (engine ??= Promise.all([Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(514), __webpack_require__.e(972)]).then(__webpack_require__.bind(__webpack_require__, 8972)), rules.load()]));
        };
        const all = await (0,files/* enumerateAsync */.th)(opts.root, opts.paths, opts.exclude, (tracked) => {
            if (tracked > 0 && !opts.shard)
                void load().catch(() => undefined);
            if (enough(tracked) && !opts.shard)
                warm();
        });
        const listed = opts.shard ? shareOf(all, opts.shard) : all;
        // Nothing to read (an empty tree, an empty shard): the engine and the rules stay unloaded.
        if (!listed.files.length)
            return merge([], listed, rules.count, started);
        const [{ repositoryFacts, scanFiles, followConstants }, loaded] = await load();
        const share = {
            ...opts,
            rules: loaded,
            facts: repositoryFacts(opts.root, all.files),
        };
        const threads = enough(listed.files.length) ? workers.size + 1 : 1;
        if (threads > 1)
            warm();
        // The threads take chunks of one list until none is left: this one starts at once, workers
        // once they have loaded, and all finish within a chunk of each other.
        const cursor = threads > 1 ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
        const remote = Promise.all(Array.from({ length: threads - 1 }, () => workers.run(listed.files, share, cursor)));
        // Should this thread's share throw, the workers' failures (they are stopped below) are not unhandled.
        remote.catch(() => undefined);
        const parts = [scanFiles(listed.files, share, cursor), ...(await remote)];
        // Constants defined in one file and used in another (cross-file.ts); a shard sees only its own files.
        return merge(parts, listed, rules.count, started, followConstants(parts, share));
    }
    finally {
        await workers?.close();
    }
}
/**
 * A shard's part of the listing: its files, and the listing-wide counts (excluded, outside links,
 * special files) only in shard 1, so that the shards' merged statistics count them once. Listing
 * errors stay in every shard: each shard's verdict must know the tree was not fully read (merge
 * removes the duplicates).
 */
function shareOf(all, shard) {
    const first = shard.index === 1;
    return {
        ...all,
        files: all.files.filter((f) => (0,src_shard/* inShard */.Iw)(f, shard)),
        excluded: first ? all.excluded : 0,
        outsideLinks: first ? all.outsideLinks : 0,
        special: first ? all.special : 0,
    };
}
function merge(parts, listed, ruleCount, started, followed = []) {
    const findings = [...parts.flatMap((p) => p.findings), ...followed].sort(compareFindings);
    // What could not be listed first: a directory hides more than a file.
    const errors = [...listed.errors, ...parts.flatMap((p) => p.errors).sort((a, b) => (a.file < b.file ? -1 : 1))];
    const sum = (k) => parts.reduce((n, p) => n + p[k], 0);
    return {
        findings: findings.filter((f) => !f.suppressed),
        suppressed: findings.filter((f) => f.suppressed),
        stats: {
            files: listed.files.length,
            read: sum('read'),
            skipped: {
                binary: sum('binary'),
                tooLarge: sum('tooLarge'),
                documentation: sum('documentation'),
                excluded: listed.excluded,
                unreadable: errors.length,
                outsideLinks: listed.outsideLinks + sum('outsideLinks'),
                special: listed.special + sum('special'),
            },
            omittedFindings: sum('omittedFindings'),
            rules: ruleCount,
            milliseconds: Math.round(performance.now() - started),
        },
        errors,
        truncated: parts.flatMap((p) => p.truncated).sort((a, b) => (a.file < b.file ? -1 : 1)),
    };
}


/***/ })

};
