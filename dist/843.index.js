export const id = 843;
export const ids = [843,162];
export const modules = {

/***/ 1843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  globReports: () => (/* binding */ globReports),
  mergeFiles: () => (/* binding */ mergeFiles)
});

// UNUSED EXPORTS: MAX_MERGED_REPORTS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/report-files.ts
var report_files = __webpack_require__(6063);
// EXTERNAL MODULE: ./src/scan/scan.ts + 1 modules
var scan = __webpack_require__(162);
// EXTERNAL MODULE: ./src/shard.ts
var shard = __webpack_require__(7903);
// EXTERNAL MODULE: ./src/report/report.ts + 1 modules
var report = __webpack_require__(4400);
;// CONCATENATED MODULE: ./src/report/merge.ts
/**
 * Joining the reports of a matrix's shards into one: one verdict, judged by the same rules as a
 * single run (report.ts's `judge`), over the union of what the shards found. Reports judged by
 * another tool version or other settings, and a shard given twice or missing, are refused: the
 * merged verdict would claim more than was checked.
 */




function refuse(message) {
    throw new errors/* ConfigurationError */.j1(`merge: ${message}`);
}
/** The first setting in which two records differ, as `key: a vs b`, or undefined. */
function settingsDifference(a, b) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
        const x = JSON.stringify(a[k] ?? null);
        const y = JSON.stringify(b[k] ?? null);
        if (x !== y)
            return `${k}: ${x} vs ${y}`;
    }
    return undefined;
}
function checkSame(reports) {
    const recorded = reports.map((r) => {
        if (!r.report.run)
            refuse(`${(0,errors/* quote */.hD)(r.file)} has no run record (written by tls-floor before 1.x?): its settings cannot be checked`);
        return { ...r, run: r.report.run };
    });
    const [first] = recorded;
    for (const r of recorded.slice(1)) {
        if (r.report.tool.version !== first.report.tool.version)
            refuse(`${(0,errors/* quote */.hD)(first.file)} and ${(0,errors/* quote */.hD)(r.file)} come from different tool versions (${first.report.tool.version} vs ${r.report.tool.version})`);
        const diff = settingsDifference(first.run.settings, r.run.settings);
        if (diff)
            refuse(`${(0,errors/* quote */.hD)(first.file)} and ${(0,errors/* quote */.hD)(r.file)} were judged with different settings (${diff})`);
    }
    return recorded;
}
/** Shards must be all of 1/n … n/n, each once; reports without shards are simply joined. */
function checkShards(reports) {
    const sharded = reports.filter((r) => r.run.shard);
    if (sharded.length === 0)
        return [...reports];
    const plain = reports.find((r) => !r.run.shard);
    if (plain)
        refuse(`${(0,errors/* quote */.hD)(plain.file)} is not a shard but ${(0,errors/* quote */.hD)(sharded[0].file)} is (${sharded[0].run.shard})`);
    const parsed = reports.map((r) => ({ ...r, shard: (0,shard/* parseShard */.uK)(r.run.shard, `merge: ${(0,errors/* quote */.hD)(r.file)}: run.shard`) }));
    const n = parsed[0].shard.count;
    const other = parsed.find((r) => r.shard.count !== n);
    if (other)
        refuse(`${(0,errors/* quote */.hD)(parsed[0].file)} is shard ${parsed[0].run.shard} but ${(0,errors/* quote */.hD)(other.file)} is ${other.run.shard}`);
    const byIndex = new Map();
    for (const r of parsed) {
        const seen = byIndex.get(r.shard.index);
        if (seen)
            refuse(`shard ${r.run.shard} given twice: ${(0,errors/* quote */.hD)(seen)} and ${(0,errors/* quote */.hD)(r.file)}`);
        byIndex.set(r.shard.index, r.file);
    }
    const missing = Array.from({ length: n }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
    if (missing.length)
        refuse(`shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${n}`).join(', ')} missing`);
    return parsed.sort((a, b) => a.shard.index - b.shard.index);
}
function unique(items, key) {
    const seen = new Set();
    return items.filter((t) => {
        const k = key(t);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
/** The same finding (same rule at the same place) reported by two runs is one finding. */
function findingIdentity(f) {
    return JSON.stringify([f.ruleId, f.file, f.line, f.column, f.endLine, f.endColumn, f.snippet]);
}
function sumStats(all) {
    const add = (a, b) => Object.fromEntries(Object.entries(a).map(([k, v]) => [
        k,
        typeof v === 'number' ? v + (b[k] ?? 0) : add(v, (b[k] ?? {})),
    ]));
    return all.reduce((sum, s) => add(sum, s), report/* EMPTY_STATS */.Wh);
}
/** What could not be read, counted once: every shard lists the same unreadable directories. */
function unreadable(stats, errors) {
    return { ...stats, skipped: { ...stats.skipped, unreadable: errors } };
}
function sameOr(values) {
    return values.every((v) => v === values[0]) ? values[0] : undefined;
}
function mergedDiff(reports) {
    const diffs = reports.map((r) => r.diff).filter((d) => d !== undefined);
    if (!diffs.length)
        return undefined;
    return { ...diffs[0], new: diffs.reduce((n, d) => n + d.new, 0), preexisting: diffs.reduce((n, d) => n + d.preexisting, 0) };
}
/** One report from the shards' (or any runs' judged alike); errors name the files. */
function mergeReports(inputs, time = new Date()) {
    if (inputs.length === 0)
        refuse('no reports to merge');
    const ordered = checkShards(checkSame(inputs));
    const reports = ordered.map((r) => r.report);
    const settings = ordered[0].run.settings;
    const findings = unique(reports.flatMap((r) => r.findings), findingIdentity).sort(scan.compareFindings);
    const suppressed = unique(reports.flatMap((r) => r.suppressed), findingIdentity).sort(scan.compareFindings);
    const endpoints = unique(reports.flatMap((r) => r.endpoints), shard/* endpointKey */.r4);
    const errors = unique(reports.flatMap((r) => r.errors), (e) => JSON.stringify(e));
    const diff = mergedDiff(reports);
    const policy = { minVersion: reports[0].minVersion, failOn: reports[0].failOn };
    const judged = (0,report/* judge */.S4)({
        findings,
        endpoints,
        errors,
        policy,
        failScope: diff?.failScope,
        failOnUnreachable: settings.failOnUnreachable,
        failOnUnreadable: settings.failOnUnreadable,
    });
    const commit = sameOr(ordered.map((r) => r.run.commit));
    const event = sameOr(ordered.map((r) => r.run.event));
    return {
        tool: reports[0].tool,
        ...policy,
        ...judged,
        findings,
        suppressed,
        endpoints,
        stats: unreadable(sumStats(reports.map((r) => r.stats)), errors.length),
        errors,
        ...(diff ? { diff } : {}),
        run: { time: time.toISOString(), ...(commit ? { commit } : {}), ...(event ? { event } : {}), merged: reports.length, settings },
    };
}

;// CONCATENATED MODULE: ./src/merge-files.ts
/**
 * `tls-floor merge` and the action's `merge:` input: find the shard reports, read them safely and
 * merge them (report/merge.ts). The action's pattern is a glob inside the workspace or RUNNER_TEMP;
 * the CLI's files are the local user's own and may be anywhere.
 */







/** More reports than a matrix can have jobs (256) is a pattern that matched the wrong files. */
const MAX_MERGED_REPORTS = 1024;
function mergeFiles(files, key, reach, time) {
    if (files.length > MAX_MERGED_REPORTS)
        throw new errors/* ConfigurationError */.j1(`${key}: more than ${MAX_MERGED_REPORTS} reports`);
    return mergeReports(files.map((f) => ({ file: f.given, report: (0,report_files/* readRequiredReport */.S7)(f.path, key, f.given, reach) })), time);
}
/**
 * The files a pattern such as `reports/*.json` names: the directory part is taken literally, the
 * last part is a glob over that directory's regular files (what `download-artifact` with
 * `merge-multiple` leaves). Sorted, so that messages are stable.
 */
function globReports(pattern, key, base, reach) {
    const slash = pattern.lastIndexOf('/');
    const dirGiven = slash >= 0 ? pattern.slice(0, slash) || '/' : '.';
    const glob = pattern.slice(slash + 1);
    if (/[*?[\]{}]/.test(dirGiven))
        throw new errors/* ConfigurationError */.j1(`${key}: ${(0,errors/* quote */.hD)(pattern)}: only the file name may have wildcards (e.g. reports/*.json)`);
    const dir = external_node_path_.resolve(base, dirGiven);
    let real;
    try {
        real = external_node_fs_.realpathSync(dir);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${key}: ${(0,errors/* quote */.hD)(pattern)}: the directory ${(0,errors/* quote */.hD)(dirGiven)} does not exist`);
    }
    if (reach !== 'anywhere' && !reach.some((a) => (0,paths/* isWithin */.UO)(real, a.dir)))
        throw new errors/* ConfigurationError */.j1(`${key}: ${(0,errors/* quote */.hD)(pattern)} is outside the ${reach.map((a) => a.name).join(' or ')}`);
    const match = picomatch_default()(glob, { dot: false });
    const names = external_node_fs_.readdirSync(real, { withFileTypes: true })
        .filter((d) => match(d.name) && (d.isFile() || d.isSymbolicLink()))
        .map((d) => d.name)
        .sort();
    if (names.length === 0)
        throw new errors/* ConfigurationError */.j1(`${key}: ${(0,errors/* quote */.hD)(pattern)} matches no files`);
    return names.map((n) => ({ given: slash >= 0 ? `${pattern.slice(0, slash)}/${n}` : n, path: external_node_path_.join(real, n) }));
}


/***/ }),

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
