export const id = 124;
export const ids = [124];
export const modules = {

/***/ 4124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  badgeFiles: () => (/* binding */ badgeFiles),
  writeBadges: () => (/* binding */ writeBadges)
});

// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./node_modules/badge-maker/lib/index.js + 5 modules
var lib = __webpack_require__(8833);
// EXTERNAL MODULE: ./src/report/report.ts + 1 modules
var report_report = __webpack_require__(4400);
// EXTERNAL MODULE: ./src/report/text.ts + 2 modules
var report_text = __webpack_require__(4672);
// EXTERNAL MODULE: ./src/versions.ts
var versions = __webpack_require__(7902);
;// CONCATENATED MODULE: ./src/report/badge.ts
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
    const acceptedLegacy = report.endpoints.flatMap((e) => ((0,report_report/* endpointFails */.te)(e) ? e.legacy : []));
    if (acceptedLegacy.length) {
        const lowest = versions/* VERSIONS */.S8.find((v) => acceptedLegacy.includes(v));
        return { label, message: `${spoken(lowest)} accepted`, color: 'red' };
    }
    const settings = (0,report_report/* failing */.Jr)(report.findings, { minVersion: report.minVersion, failOn: report.failOn }).length;
    if (settings)
        return { label, message: (0,report_text/* plural */.LS)(settings, 'legacy setting', 'legacy settings'), color: 'red' };
    if (report.verdict === 'fail') {
        const endpoints = report.endpoints.filter((e) => e.status === 'unchecked').length;
        const message = endpoints
            ? `${(0,report_text/* plural */.LS)(endpoints, 'endpoint', 'endpoints')} unchecked`
            : report.errors.length
                ? `${(0,report_text/* plural */.LS)(report.errors.length, 'file', 'files')} unreadable`
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
    return (0,lib/* makeBadge */.O)({ label: badge.label, message: badge.message, color: badge.color });
}

// EXTERNAL MODULE: ./src/settings.ts + 1 modules
var settings = __webpack_require__(4383);
;// CONCATENATED MODULE: ./src/badge-files.ts
/** The badge as files: the SVG and the shields.io endpoint JSON, written to checked paths (see paths.ts). */



/** Both badge texts, keyed by their file names (what `badge-dir` gets and the badge branch holds). */
function badgeFiles(report) {
    const badge = badgeFor(report);
    return [
        { path: settings/* BADGE_FILES */.GW.svg, content: badgeSvg(badge) },
        { path: settings/* BADGE_FILES */.GW.json, content: shieldsJson(badge) },
    ];
}
/** Writes both files; returns the paths written. */
function writeBadges(out, report) {
    const badge = badgeFor(report);
    return { svg: (0,paths/* writeOutput */.zh)(out.svg, badgeSvg(badge)), json: (0,paths/* writeOutput */.zh)(out.json, shieldsJson(badge)) };
}


/***/ })

};
