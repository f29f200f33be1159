export const id = 186;
export const ids = [186];
export const modules = {

/***/ 9186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   badgeFiles: () => (/* binding */ badgeFiles),
/* harmony export */   writeBadges: () => (/* binding */ writeBadges)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8431);
/* harmony import */ var _report_badge_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(793);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4383);
/** The badge as files: the SVG and the shields.io endpoint JSON, written to checked paths (see paths.ts). */



/** Both badge texts, keyed by their file names (what `badge-dir` gets and the badge branch holds). */
function badgeFiles(report) {
    const badge = (0,_report_badge_js__WEBPACK_IMPORTED_MODULE_1__/* .badgeFor */ .De)(report);
    return [
        { path: _settings_js__WEBPACK_IMPORTED_MODULE_2__/* .BADGE_FILES */ .GW.svg, content: (0,_report_badge_js__WEBPACK_IMPORTED_MODULE_1__/* .badgeSvg */ .gA)(badge) },
        { path: _settings_js__WEBPACK_IMPORTED_MODULE_2__/* .BADGE_FILES */ .GW.json, content: (0,_report_badge_js__WEBPACK_IMPORTED_MODULE_1__/* .shieldsJson */ .$)(badge) },
    ];
}
/** Writes both files; returns the paths written. */
function writeBadges(out, report) {
    const badge = (0,_report_badge_js__WEBPACK_IMPORTED_MODULE_1__/* .badgeFor */ .De)(report);
    return { svg: (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .writeOutput */ .zh)(out.svg, (0,_report_badge_js__WEBPACK_IMPORTED_MODULE_1__/* .badgeSvg */ .gA)(badge)), json: (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .writeOutput */ .zh)(out.json, (0,_report_badge_js__WEBPACK_IMPORTED_MODULE_1__/* .shieldsJson */ .$)(badge)) };
}


/***/ }),

/***/ 793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ shieldsJson),
/* harmony export */   De: () => (/* binding */ badgeFor),
/* harmony export */   gA: () => (/* binding */ badgeSvg)
/* harmony export */ });
/* unused harmony export BADGE_LABEL */
/* harmony import */ var badge_maker__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8833);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4400);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5655);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7902);
/**
 * The status badge: what a person wants to know at a glance, as a shields.io endpoint JSON and as
 * an SVG rendered by shields' own library (badge-maker, which carries the font metrics that make
 * the text fit). Pure: a report in, texts out; writing them is the caller's job.
 */




const BADGE_LABEL = 'tls-floor';
/** `TLSv1.0` → `TLS 1.0`, `SSLv3` → `SSL 3`: how people write versions on a badge. */
function spoken(v) {
    return v.replace(/^(TLS|SSL)v/, '$1 ');
}
/**
 * Most urgent first: a server that accepts a legacy version (the lowest one it accepts), then
 * legacy settings in the code, then what could not be checked; a pass shows the floor.
 */
function badgeFor(report) {
    const label = BADGE_LABEL;
    const acceptedLegacy = report.endpoints.flatMap((e) => ((0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .endpointFails */ .te)(e) ? e.legacy : []));
    if (acceptedLegacy.length) {
        const lowest = _versions_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSIONS */ .S8.find((v) => acceptedLegacy.includes(v));
        return { label, message: `${spoken(lowest)} accepted`, color: 'red' };
    }
    const settings = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .failing */ .Jr)(report.findings, { minVersion: report.minVersion, failOn: report.failOn }).length;
    if (settings)
        return { label, message: (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(settings, 'legacy setting', 'legacy settings'), color: 'red' };
    if (report.verdict === 'fail') {
        const endpoints = report.endpoints.filter((e) => e.status === 'unchecked').length;
        const message = endpoints
            ? `${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(endpoints, 'endpoint', 'endpoints')} unchecked`
            : report.errors.length
                ? `${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(report.errors.length, 'file', 'files')} unreadable`
                : 'unchecked';
        return { label, message, color: 'lightgrey' };
    }
    return { label, message: `TLS ≥ ${spoken(report.minVersion).replace(/^TLS /, '')}`, color: 'brightgreen' };
}
/** shields.io's endpoint badge: exactly the documented keys (shields rejects unknown ones). */
function shieldsJson(badge) {
    return `${JSON.stringify({ schemaVersion: 1, label: badge.label, message: badge.message, color: badge.color })}\n`;
}
function badgeSvg(badge) {
    return (0,badge_maker__WEBPACK_IMPORTED_MODULE_0__/* .makeBadge */ .O)({ label: badge.label, message: badge.message, color: badge.color });
}


/***/ })

};
