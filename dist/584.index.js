export const id = 584;
export const ids = [584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Degrader: () => (/* reexport safe */ _edge_js__WEBPACK_IMPORTED_MODULE_2__.h8),
/* harmony export */   FEATURES: () => (/* reexport safe */ _edge_js__WEBPACK_IMPORTED_MODULE_2__.Gv),
/* harmony export */   REQUEST_TIMEOUT_MS: () => (/* binding */ REQUEST_TIMEOUT_MS),
/* harmony export */   createClient: () => (/* binding */ createClient),
/* harmony export */   describeError: () => (/* reexport safe */ _edge_js__WEBPACK_IMPORTED_MODULE_2__.Uc),
/* harmony export */   ownerRepo: () => (/* reexport safe */ _edge_js__WEBPACK_IMPORTED_MODULE_2__.QH),
/* harmony export */   repoFromEnv: () => (/* reexport safe */ _edge_js__WEBPACK_IMPORTED_MODULE_2__.K)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8665);
/* harmony import */ var _edge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2034);
/**
 * The GitHub client: one octokit for the run. Loading this module loads octokit and undici, so the
 * action imports it only when a feature calls the API; the plain parts of the edge (Degrader, the
 * repository, the features' permissions) are in edge.ts and re-exported here.
 */



/** One request may take this long; nothing is retried, so a run never hangs on the API. */
const REQUEST_TIMEOUT_MS = 30_000;
/**
 * An octokit for `token` against `GITHUB_API_URL` (GitHub Enterprise Server, and the loopback fake
 * API in tests). `@actions/github` reads that variable once when it is imported; passing it here
 * keeps the client right whatever the import order.
 */
function createClient(token, env, timeoutMs = REQUEST_TIMEOUT_MS) {
    // The toolkit's fetch (it honours the runner's proxy settings), with a deadline on every request.
    const base = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? fetch;
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        request: { fetch: (url, init) => base(url, { ...init, signal: AbortSignal.timeout(timeoutMs) }) },
        // Octokit's own logger would print request warnings (deprecations) to the log: keep ours only.
        log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } },
    });
}


/***/ })

};
