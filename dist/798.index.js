export const id = 798;
export const ids = [798,584,186];
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


/***/ }),

/***/ 1798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  recordRun: () => (/* binding */ recordRun)
});

// UNUSED EXPORTS: judgesAChange

// EXTERNAL MODULE: ./src/badge-files.ts
var badge_files = __webpack_require__(9186);
// EXTERNAL MODULE: ./src/report/badge.ts
var badge = __webpack_require__(793);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/github/badge-branch.ts
/**
 * The badge on a branch of its own (`badges`), committed through the Git Data API with the
 * workflow token: blobs → tree → commit → ref. A missing branch is created as an orphan (a commit
 * without parents), so it shares no history with the code; a badge that did not change commits
 * nothing (the head's tree already holds the same blobs); the ref only ever moves fast-forward.
 */


/** The SHA git gives a blob, to compare with the head's tree without uploading anything. */
function gitBlobSha(content) {
    const bytes = Buffer.from(content, 'utf8');
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/** The branch head and its tree, or undefined when the branch does not exist. */
async function head(client, repo, branch) {
    let sha;
    try {
        sha = (await client.rest.git.getRef({ ...(0,github_client.ownerRepo)(repo), ref: `heads/${branch}` })).data.object.sha;
    }
    catch (e) {
        if ((0,github_client.describeError)(e).status === 404)
            return undefined;
        throw e;
    }
    const commit = await client.rest.git.getCommit({ ...(0,github_client.ownerRepo)(repo), commit_sha: sha });
    return { sha, tree: commit.data.tree.sha };
}
/** Whether the head's tree already holds exactly these files. */
async function holds(client, repo, tree, files) {
    const { data } = await client.rest.git.getTree({ ...(0,github_client.ownerRepo)(repo), tree_sha: tree });
    const shas = new Map(data.tree.map((e) => [e.path, e.sha]));
    return files.every((f) => shas.get(f.path) === gitBlobSha(f.content));
}
/** One attempt: 'conflict' when the ref moved (or appeared) under us. */
async function attempt(client, repo, branch, files, message) {
    const current = await head(client, repo, branch);
    if (current && (await holds(client, repo, current.tree, files)))
        return 'unchanged';
    const blobs = [];
    for (const f of files) {
        const { data } = await client.rest.git.createBlob({ ...(0,github_client.ownerRepo)(repo), content: f.content, encoding: 'utf-8' });
        blobs.push({ path: f.path, mode: '100644', type: 'blob', sha: data.sha });
    }
    const tree = await client.rest.git.createTree({ ...(0,github_client.ownerRepo)(repo), tree: blobs, ...(current ? { base_tree: current.tree } : {}) });
    const commit = await client.rest.git.createCommit({
        ...(0,github_client.ownerRepo)(repo),
        message,
        tree: tree.data.sha,
        parents: current ? [current.sha] : [],
    });
    try {
        if (current)
            await client.rest.git.updateRef({ ...(0,github_client.ownerRepo)(repo), ref: `heads/${branch}`, sha: commit.data.sha, force: false });
        else
            await client.rest.git.createRef({ ...(0,github_client.ownerRepo)(repo), ref: `refs/heads/${branch}`, sha: commit.data.sha });
    }
    catch (e) {
        if ((0,github_client.describeError)(e).status === 422)
            return 'conflict';
        throw e;
    }
    return current ? 'updated' : 'created';
}
/**
 * Commits the files to `branch`. A concurrent update (422: not a fast-forward, or the branch was
 * created meanwhile) is re-read and retried once; a second conflict is returned for the caller
 * to warn about.
 */
async function commitBadge(client, repo, branch, files, message) {
    const first = await attempt(client, repo, branch, files, message);
    return first === 'conflict' ? attempt(client, repo, branch, files, message) : first;
}

// EXTERNAL MODULE: ./src/clip.ts
var clip = __webpack_require__(5861);
// EXTERNAL MODULE: ./src/report/report.ts + 1 modules
var report_report = __webpack_require__(4400);
// EXTERNAL MODULE: ./src/report/matrix.ts
var report_matrix = __webpack_require__(3677);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/report/issue.ts
/**
 * The tracking issue's text (pure: reports in, Markdown out). The issue carries its own memory: a
 * hidden, machine-readable list of what failed on the run that last wrote it, so the next run can
 * say what is new, what was fixed and what is still failing without any artifact.
 */






/** Opens the body of every issue we own; a body that merely quotes it later is not ours. */
const ISSUE_MARKER = '<!-- tls-floor:issue -->';
const ISSUE_LABEL = 'tls-floor';
const ISSUE_LABEL_COLOR = 'd93f0b';
const ISSUE_LABEL_DESCRIPTION = 'Legacy TLS found by the scheduled tls-floor run';
const STATE_OPEN = '<!-- tls-floor:state ';
const STATE_CLOSE = ' -->';
/** Findings and endpoints listed in the body; the rest are counted. */
const MAX_LISTED = 50;
/** Items remembered in the hidden state (base64 keeps it inert; the cap keeps the body under 65,536 characters). */
const MAX_TRACKED = 200;
/** Failing endpoints shown in the matrix (each may take a row per address). */
const MAX_MATRIX = 20;
const MAX_LABEL = 80;
function issue_short(s) {
    return (0,external_node_crypto_.createHash)('sha256').update(s).digest('hex').slice(0, 16);
}
function failingEndpoints(report) {
    return (0,report_report/* judgedEndpoints */.KD)(report).filter((e) => (0,report_report/* endpointFails */.te)(e) || (e.status === 'unchecked' && report.unchecked));
}
function endpointState(e) {
    return e.status === 'legacy'
        ? `accepts ${e.legacy.join(', ')}`
        : e.status === 'no-modern'
            ? 'nothing at or above the floor'
            : 'unchecked';
}
/**
 * What fails on this run, sorted by key: findings by the SARIF fingerprint (rule, file, matched
 * text), endpoints by target and what is wrong with them (a server that moves from TLS 1.0 to
 * TLS 1.1 is a change).
 */
function trackedItems(report) {
    const policy = { minVersion: report.minVersion, failOn: report.failOn };
    const findings = (0,report_report/* failing */.Jr)([...(0,report_report/* judgedFindings */.II)(report)], policy).map((f) => ({
        key: `f${(0,sarif/* fingerprint */.R)(f).slice(0, 16)}`,
        label: `${f.file}:${f.line}: ${f.ruleId}: ${f.versions.join(', ')}`,
    }));
    const endpoints = failingEndpoints(report).map((e) => ({
        key: `e${issue_short(`${e.target}\0${e.status}\0${e.legacy.join(',')}`)}`,
        label: `${(0,report_matrix/* endpointLabel */.md)(e)}: ${endpointState(e)}`,
    }));
    const byKey = new Map([...findings, ...endpoints].map((i) => [i.key, i]));
    return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}
/** The hidden state: base64 of JSON, so no file name or server text can close the comment. */
function encodeState(items) {
    const json = JSON.stringify({
        v: 1,
        total: items.length,
        items: items.slice(0, MAX_TRACKED).map((i) => [i.key, (0,clip/* clip */.$)(i.label, MAX_LABEL)]),
    });
    return `${STATE_OPEN}${Buffer.from(json, 'utf8').toString('base64')}${STATE_CLOSE}`;
}
function decodeState(body) {
    return readState(body)?.items.slice();
}
function readState(body) {
    const at = body.lastIndexOf(STATE_OPEN);
    if (at < 0)
        return undefined;
    const end = body.indexOf(STATE_CLOSE, at + STATE_OPEN.length);
    if (end < 0)
        return undefined;
    try {
        const parsed = JSON.parse(Buffer.from(body.slice(at + STATE_OPEN.length, end), 'base64').toString('utf8'));
        if (parsed.v !== 1 || !Array.isArray(parsed.items))
            return undefined;
        const items = parsed.items
            .filter((i) => Array.isArray(i) && typeof i[0] === 'string' && typeof i[1] === 'string')
            .map(([key, label]) => ({ key, label }));
        return { items, complete: typeof parsed.total !== 'number' || parsed.total <= items.length };
    }
    catch {
        return undefined;
    }
}
/**
 * New, fixed and still failing between the remembered items and this run's. When the memory was
 * cut at MAX_TRACKED keys, a current item past the last remembered key is not known to be new:
 * it counts as still failing rather than as a false alarm.
 */
function changesSince(previous, current, complete = true) {
    const before = new Set(previous.map((i) => i.key));
    const now = new Set(current.map((i) => i.key));
    const last = previous.reduce((m, i) => (i.key > m ? i.key : m), '');
    const unknown = (i) => !complete && i.key > last;
    return {
        new: current.filter((i) => !before.has(i.key) && !unknown(i)),
        fixed: previous.filter((i) => !now.has(i.key)),
        still: current.filter((i) => before.has(i.key) || unknown(i)),
    };
}
function changed(c) {
    return c.new.length > 0 || c.fixed.length > 0;
}
function issueTitle(report) {
    return (0,clip/* clip */.$)(`tls-floor: ${(0,report_report/* headline */.Pl)(report)}`, 200);
}
function list(items, limit = MAX_LISTED) {
    const shown = items.slice(0, limit).map((i) => `- ${(0,markdown/* mdText */.b)((0,clip/* clip */.$)(i.label, MAX_SHOWN))}`);
    return items.length > limit ? [...shown, `- … and ${items.length - limit} more`] : shown;
}
function section(title, items) {
    return items.length ? [`**${title} (${items.length})**`, '', ...list(items, 20), ''] : [];
}
/** The changes as Markdown (the comment, and a section of the body). */
function formatChanges(c) {
    if (!changed(c))
        return `Nothing changed since the last run: ${c.still.length} still failing.`;
    return [...section('New', c.new), ...section('Fixed', c.fixed), `${c.still.length} still failing.`].join('\n');
}
/** GitHub refuses an issue body or comment longer than this. */
const ISSUE_LIMIT = 65_536;
/** Longest file name or label shown (paths may be 4 KiB long). */
const MAX_SHOWN = 300;
/**
 * The issue body: marker, verdict, changes, findings, endpoint matrix, and the hidden state last.
 * Whatever the names in the report, it fits GitHub's limit: the detailed parts give way first.
 */
function formatIssue(report, changes, ctx = {}) {
    const items = trackedItems(report);
    const policy = { minVersion: report.minVersion, failOn: report.failOn };
    const findings = (0,report_report/* failing */.Jr)([...(0,report_report/* judgedFindings */.II)(report)], policy);
    const endpoints = failingEndpoints(report);
    const more = (n) => (n > 0 ? ['', `… and ${n} more (see the job summary or the report file).`] : []);
    const head = [
        ISSUE_MARKER,
        `### ❌ ${(0,markdown/* mdText */.b)((0,report_report/* headline */.Pl)(report))}`,
        '',
        ctx.runUrl
            ? `Last checked by [this run](${ctx.runUrl}). This issue is updated by every scheduled run and closed when one passes.`
            : 'This issue is updated by every scheduled run and closed when one passes.',
        '',
        '#### What changed since the last run',
        '',
    ];
    const changeText = changes ? formatChanges(changes) : 'First run that found this.';
    const changeCounts = changes
        ? `${changes.new.length} new, ${changes.fixed.length} fixed, ${changes.still.length} still failing.`
        : changeText;
    const findingTable = findings.length
        ? [
            `#### Findings (${findings.length})`,
            '',
            '| File | Rule | Versions |',
            '|---|---|---|',
            ...findings
                .slice(0, MAX_LISTED)
                .map((f) => `| ${(0,markdown/* mdText */.b)((0,clip/* clip */.$)(`${f.file}:${f.line}`, MAX_SHOWN))} | ${(0,markdown/* mdText */.b)(f.ruleId)} | ${f.versions.join(', ')} |`),
            ...more(findings.length - MAX_LISTED),
            '',
        ]
        : [];
    const matrix = endpoints.length
        ? [
            `#### Endpoints (${endpoints.length} failing of ${report.endpoints.length})`,
            '',
            (0,report_matrix/* matrixMarkdown */.zP)(endpoints.slice(0, MAX_MATRIX)),
            ...more(endpoints.length - MAX_MATRIX),
            '',
        ]
        : [];
    const tail = [
        ...(items.length > MAX_TRACKED ? [`_Changes are tracked for the first ${MAX_TRACKED} of ${items.length} items._`, ''] : []),
        encodeState(items),
    ];
    const tooLong = ['_Too long to show here: see the job summary or the report file._', ''];
    const attempts = [
        [...head, changeText, '', ...findingTable, ...matrix, ...tail],
        [...head, changeText, '', ...findingTable, ...(matrix.length ? tooLong : []), ...tail],
        [...head, changeCounts, '', ...tooLong, ...tail],
    ].map((lines) => lines.join('\n'));
    return attempts.find((body) => body.length <= ISSUE_LIMIT) ?? attempts[attempts.length - 1];
}
/** The comment that closes the issue. */
function formatFixed(previous, ctx = {}) {
    const run = ctx.runUrl ? ` ([run](${ctx.runUrl}))` : '';
    const fixed = previous?.length ? ['', ...section('Fixed', previous)] : [];
    return [`✅ Fixed: tls-floor passes again${run}. Closing.`, ...fixed].join('\n').trimEnd();
}

;// CONCATENATED MODULE: ./src/github/issue.ts
/**
 * The tracking issue of scheduled runs: one open issue, labelled `tls-floor` and opening with our
 * marker, created when a run fails, updated by every failing run (a comment only when something
 * changed, so a repeat night makes no noise), commented on and closed when a run passes.
 *
 * Two overlapping runs must not leave two issues: each lists before creating, lists again after,
 * and when there are two of ours the older one (the lower number) wins — the newer is closed as
 * a duplicate by the run that made it, which then carries on with the winner.
 */


/** Our open issues, oldest first: labelled AND opening with the marker (pull requests excluded). */
async function findIssues(client, repo) {
    const issues = await client.paginate(client.rest.issues.listForRepo, {
        ...(0,github_client.ownerRepo)(repo),
        labels: ISSUE_LABEL,
        state: 'open',
        per_page: 100,
    });
    return issues
        .filter((i) => !i.pull_request && typeof i.body === 'string' && i.body.startsWith(ISSUE_MARKER))
        .map((i) => ({ number: i.number, title: i.title, body: i.body ?? '' }))
        .sort((a, b) => a.number - b.number);
}
/** The label exists afterwards (another run may have created it meanwhile: that is fine). */
async function ensureLabel(client, repo) {
    try {
        await client.rest.issues.getLabel({ ...(0,github_client.ownerRepo)(repo), name: ISSUE_LABEL });
        return;
    }
    catch (e) {
        if ((0,github_client.describeError)(e).status !== 404)
            throw e;
    }
    try {
        await client.rest.issues.createLabel({
            ...(0,github_client.ownerRepo)(repo),
            name: ISSUE_LABEL,
            color: ISSUE_LABEL_COLOR,
            description: ISSUE_LABEL_DESCRIPTION,
        });
    }
    catch (e) {
        if ((0,github_client.describeError)(e).status !== 422)
            throw e;
    }
}
async function issue_close(client, repo, number, comment, reason) {
    await client.rest.issues.createComment({ ...(0,github_client.ownerRepo)(repo), issue_number: number, body: comment });
    await client.rest.issues.update({ ...(0,github_client.ownerRepo)(repo), issue_number: number, state: 'closed', state_reason: reason });
}
/** Creates the issue, then makes sure it is the only one; returns the one that stays open. */
async function createOnce(client, repo, report, ctx) {
    await ensureLabel(client, repo);
    const body = formatIssue(report, undefined, ctx);
    const { data } = await client.rest.issues.create({ ...(0,github_client.ownerRepo)(repo), title: issueTitle(report), body, labels: [ISSUE_LABEL] });
    const winner = (await findIssues(client, repo))[0];
    if (!winner || winner.number >= data.number)
        return { number: data.number, title: data.title, body, mine: true };
    await issue_close(client, repo, data.number, `Duplicate of #${winner.number} (two tls-floor runs overlapped).`, 'duplicate');
    return { ...winner, mine: false };
}
/** Brings the tracking issue in line with the report. */
async function syncIssue(client, repo, report, ctx = {}) {
    const ours = await findIssues(client, repo);
    if (report.verdict === 'pass') {
        for (const issue of ours)
            await issue_close(client, repo, issue.number, formatFixed(decodeState(issue.body), ctx), 'completed');
        return ours.length ? { outcome: 'closed', number: ours[0].number, commented: true } : { outcome: 'none', commented: false };
    }
    // Left over from an overlap whose clean-up did not finish: the oldest stays.
    for (const extra of ours.slice(1))
        await issue_close(client, repo, extra.number, `Duplicate of #${ours[0].number}.`, 'duplicate');
    let target = ours[0];
    if (!target) {
        const made = await createOnce(client, repo, report, ctx);
        if (made.mine)
            return { outcome: 'created', number: made.number, commented: false };
        target = made;
    }
    const previous = readState(target.body);
    const changes = changesSince(previous?.items ?? [], trackedItems(report), previous?.complete ?? true);
    const body = formatIssue(report, previous ? changes : undefined, ctx);
    const title = issueTitle(report);
    const outcome = body === target.body && title === target.title ? 'unchanged' : 'updated';
    if (outcome === 'updated')
        await client.rest.issues.update({ ...(0,github_client.ownerRepo)(repo), issue_number: target.number, title, body });
    const comment = previous !== undefined && changed(changes);
    if (comment)
        await client.rest.issues.createComment({ ...(0,github_client.ownerRepo)(repo), issue_number: target.number, body: formatChanges(changes) });
    return { outcome, number: target.number, commented: comment };
}

;// CONCATENATED MODULE: ./src/github/scheduled.ts
/**
 * What a run does for the record outside pull requests: the tracking issue and the badge branch.
 * Pull request runs never touch either — a pull request judges a change, not the repository's
 * state, and a fork's token could not write them anyway. Each feature degrades to one warning;
 * nothing here changes the verdict.
 */




/** Events that judge a change rather than the repository: they leave the issue and the badge alone. */
function judgesAChange(eventName) {
    return eventName.startsWith('pull_request');
}
async function recordRun(client, repo, degrader, report, opts) {
    if (judgesAChange(opts.eventName)) {
        if (opts.issue || opts.badgeBranch)
            opts.info('tls-floor: pull request run: the tracking issue and the badge branch are left alone');
        return;
    }
    const wanted = [...(opts.issue ? ['issue'] : []), ...(opts.badgeBranch ? ['badge'] : [])];
    for (const feature of wanted) {
        if (!client || !repo) {
            degrader.unavailable(feature, client ? 'GITHUB_REPOSITORY is not set' : 'the github-token input is empty');
            continue;
        }
        if (feature === 'issue') {
            const r = await degrader.attempt('issue', () => syncIssue(client, repo, report, { runUrl: opts.runUrl }));
            if (r && r.outcome !== 'none')
                opts.info(`tls-floor: tracking issue #${r.number} ${r.outcome}${r.commented ? ' (commented)' : ''}`);
        }
        else {
            const branch = opts.badgeBranch;
            const message = `tls-floor badge: ${(0,badge/* badgeFor */.De)(report).message}`;
            const r = await degrader.attempt('badge', () => commitBadge(client, repo, branch, (0,badge_files.badgeFiles)(report), message));
            if (r === 'conflict')
                degrader.warn(`tls-floor: could not commit the badge to ${branch}: the branch moved twice while committing; the next run will try again`);
            else if (r)
                opts.info(`tls-floor: badge branch ${branch}: ${r}`);
        }
    }
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
