export const id = 462;
export const ids = [462];
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


/***/ })

};
