export const id = 286;
export const ids = [286,462,905];
export const modules = {

/***/ 839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ lazyBuiltin)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/**
 * A built-in module loaded on first use. Some cost milliseconds of every start to load
 * (node:child_process, node:net and node:worker_threads bring streams and sockets with them), and a
 * run that never calls them — an empty workspace outside git, settings without endpoints, a scan
 * too small for threads — should not pay for them. A static import is evaluated when its importer
 * is; a `require` made here only when the returned function is first called.
 */

const load = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
function lazyBuiltin(name) {
    let loaded;
    return () => (loaded ??= load(name));
}


/***/ }),

/***/ 9462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kl: () => (/* binding */ IS_SCAN_WORKER),
/* harmony export */   eD: () => (/* binding */ threads),
/* harmony export */   em: () => (/* binding */ SCAN_WORKER_ARG),
/* harmony export */   isScanWorker: () => (/* binding */ isScanWorker),
/* harmony export */   setWorkerEntry: () => (/* binding */ setWorkerEntry),
/* harmony export */   xA: () => (/* binding */ workerEntry),
/* harmony export */   zd: () => (/* binding */ SCAN_WORKER_MARK)
/* harmony export */ });
/* harmony import */ var _lazy_builtin_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(839);

/** The workerData key that marks a scan worker (scan/workers.ts). */
const SCAN_WORKER_MARK = 'tlsFloorScanShare';
/**
 * The argument a scan worker is started with (Worker's `argv`, appended to its process.argv): a
 * test that needs no module, so that the main thread of every run does not load worker_threads
 * (~2 ms) only to learn that it is the main thread.
 */
const SCAN_WORKER_ARG = '--tls-floor-scan-worker';
/** node:worker_threads, loaded on first use: by a worker, or by a scan large enough to start one. */
const threads = (0,_lazy_builtin_js__WEBPACK_IMPORTED_MODULE_0__/* .lazyBuiltin */ .q)('node:worker_threads');
/**
 * Whether this thread is a scan worker: an entry then loads only the scan (scan/workers.ts), not
 * the command line or the action around it. The argument alone could be typed on a command line:
 * the thread and its workerData decide.
 */
function isScanWorker(argv = process.argv) {
    if (!argv.includes(SCAN_WORKER_ARG))
        return false;
    const { isMainThread, workerData } = threads();
    return !isMainThread && workerData?.[SCAN_WORKER_MARK] === true;
}
/** Whether this thread is a scan worker (the entries must then not run). */
const IS_SCAN_WORKER = isScanWorker();
let entry;
function setWorkerEntry(url) {
    entry = url;
}
function workerEntry(fallback) {
    return entry ?? fallback;
}


/***/ }),

/***/ 3286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IS_SCAN_WORKER: () => (/* reexport safe */ _worker_entry_js__WEBPACK_IMPORTED_MODULE_2__.Kl),
/* harmony export */   workerPool: () => (/* binding */ workerPool)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _worker_entry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9462);
/**
 * Worker threads for large scans. A worker is the running bundle itself (dist/index.js or
 * dist/cli/index.js) started again with a marker in its workerData (scan/worker-entry.ts): the entry then loads
 * this module, which scans the share it was given and posts the result back. Unbundled
 * sources (tests) have no bundle to start, so they scan in one thread.
 */




/**
 * The pool for this process: one worker per spare core (at most 3), none on one core or when
 * running from sources. `TLS_FLOOR_WORKERS=N` overrides the count and scans even small trees in
 * parallel (tests use it to run the worker path).
 */
function workerPool(env = process.env) {
    const url = (0,_worker_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .workerEntry */ .xA)(import.meta.url);
    if (!url.startsWith('file:') || !url.endsWith('.js'))
        return undefined;
    const entry = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(url);
    const forced = env.TLS_FLOOR_WORKERS !== undefined && env.TLS_FLOOR_WORKERS !== '' ? Number(env.TLS_FLOOR_WORKERS) : undefined;
    const size = forced ?? Math.min(Math.max(node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism() - 1, 0), 3);
    if (!Number.isInteger(size) || size <= 0)
        return undefined;
    // Workers load the bundle while this thread starts on the files: started early, given the list later.
    const idle = [];
    const live = new Set();
    const start = () => {
        const worker = new ((0,_worker_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .threads */ .eD)().Worker)(entry, { workerData: { [_worker_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .SCAN_WORKER_MARK */ .zd]: true }, argv: [_worker_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .SCAN_WORKER_ARG */ .em] });
        live.add(worker);
        worker.once('exit', () => live.delete(worker));
        // An idle worker's failure is not lost: it leaves `live`, and the share goes to a new worker.
        worker.on('error', () => undefined);
        // Idle, it must not keep the process alive: an entry that fails before using it still ends.
        worker.unref();
        return worker;
    };
    return {
        size,
        threshold: forced !== undefined ? 0 : 4000,
        warm: () => {
            if (live.size === 0)
                for (let i = 0; i < size; i++)
                    idle.push(start());
        },
        close: async () => {
            idle.length = 0;
            const all = [...live];
            live.clear();
            await Promise.allSettled(all.map((w) => w.terminate()));
        },
        run: (files, opts, cursor) => new Promise((resolve, reject) => {
            let worker = idle.pop();
            while (worker && !live.has(worker))
                worker = idle.pop();
            worker ??= start();
            const share = {
                files: files.join('\0'),
                cursor,
                root: opts.root,
                maxFileSize: opts.maxFileSize,
                includeDocs: opts.includeDocs ?? false,
                policy: opts.policy,
                ruleIds: opts.rules.map((r) => r.meta.id),
                facts: opts.facts,
            };
            // The first of an answer, an error or an exit settles the share; the worker is done then.
            let settled = false;
            const settle = (finish) => {
                if (settled)
                    return;
                settled = true;
                live.delete(worker);
                worker.unref();
                void worker.terminate();
                finish();
            };
            worker.once('message', (result) => settle(() => resolve(result)));
            worker.once('messageerror', (e) => settle(() => reject(e)));
            worker.once('error', (e) => settle(() => reject(e)));
            worker.once('exit', (code) => settle(() => reject(new Error(`scan worker exited with code ${code} before answering`))));
            // While it works for us, its answer is what the process waits for.
            worker.ref();
            worker.postMessage(share);
        }),
    };
}
if (_worker_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_SCAN_WORKER */ .Kl) {
    // Loaded here, not at the top: the action's entry loads this module in every run that scans,
    // rules or not. A worker starts loading them at once, while the main thread is still listing.
    const loading = Promise.all([Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(418), __webpack_require__.e(441)]).then(__webpack_require__.bind(__webpack_require__, 6441)), Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(418), __webpack_require__.e(972), __webpack_require__.e(438)]).then(__webpack_require__.bind(__webpack_require__, 8972))]);
    const { parentPort } = (0,_worker_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .threads */ .eD)();
    parentPort.once('message', async (share) => {
        const [{ RULES }, { scanFiles }] = await loading;
        const ids = new Set(share.ruleIds);
        parentPort.postMessage(scanFiles(share.files ? share.files.split('\0') : [], {
            root: share.root,
            maxFileSize: share.maxFileSize,
            includeDocs: share.includeDocs,
            policy: share.policy,
            rules: RULES.filter((r) => ids.has(r.meta.id)),
            facts: share.facts,
        }, share.cursor));
    });
}


/***/ })

};
