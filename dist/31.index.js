export const id = 31;
export const ids = [31,584];
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


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  diffApi: () => (/* binding */ diffApi),
  headFileFromApi: () => (/* binding */ headFileFromApi),
  pullRequestOf: () => (/* reexport */ edge/* pullRequestOf */._n),
  reportToPullRequest: () => (/* binding */ reportToPullRequest),
  scannedHeadTexts: () => (/* binding */ scannedHeadTexts)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/diff/git.ts
var diff_git = __webpack_require__(1547);
// EXTERNAL MODULE: ./src/diff/mark.ts
var mark = __webpack_require__(9349);
// EXTERNAL MODULE: ./src/report/comment.ts
var report_comment = __webpack_require__(4231);
// EXTERNAL MODULE: ./src/scan/source.ts + 1 modules
var scan_source = __webpack_require__(3740);
// EXTERNAL MODULE: ./src/github/edge.ts
var edge = __webpack_require__(2034);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/github/comment.ts
/**
 * The one sticky comment on a pull request: found again by its marker (every page of the
 * conversation is read), updated in place on re-runs — a passing re-run turns it green rather
 * than deleting it — and never created on a pull request that has had nothing to report.
 */


/**
 * Our comment on the pull request, if any: the first whose first line is the marker (this job's:
 * another job's comment has another marker, see commentMarker).
 */
async function findComment(client, repo, pull, marker = report_comment/* COMMENT_MARKER */.JO) {
    const comments = await client.paginate(client.rest.issues.listComments, { ...(0,github_client.ownerRepo)(repo), issue_number: pull, per_page: 100 });
    const ours = comments.find((c) => typeof c.body === 'string' && c.body.split('\n', 1)[0].trimEnd() === marker);
    return ours ? { id: ours.id, body: ours.body ?? '' } : undefined;
}
/**
 * Creates or updates the comment. `render(exists)` returns the body (opening with `marker`), or
 * undefined when no comment is wanted (nothing to say and none exists yet).
 */
async function upsertComment(client, repo, pull, render, marker = report_comment/* COMMENT_MARKER */.JO) {
    const existing = await findComment(client, repo, pull, marker);
    const body = render(existing !== undefined);
    if (body === undefined)
        return 'not needed';
    if (!existing) {
        await client.rest.issues.createComment({ ...(0,github_client.ownerRepo)(repo), issue_number: pull, body });
        return 'created';
    }
    if (existing.body === body)
        return 'unchanged';
    await client.rest.issues.updateComment({ ...(0,github_client.ownerRepo)(repo), comment_id: existing.id, body });
    return 'updated';
}

// EXTERNAL MODULE: ./src/diff/model.ts
var model = __webpack_require__(8054);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/scan/engine.ts + 6 modules
var engine = __webpack_require__(5514);
;// CONCATENATED MODULE: ./src/github/review.ts
/**
 * Suggested changes: for new findings with a mechanical fix, one pull request review (event
 * COMMENT) whose comments carry `suggestion` blocks with the whole fixed line(s), so the author
 * fixes each in one click. Only lines inside the diff's hunks get a comment (GitHub rejects the
 * whole review otherwise), and a suggestion already posted on an earlier run is not posted again.
 */






/** Marks review comments (and reviews) as ours, so re-runs can tell which suggestions exist. */
const SUGGESTION_MARKER = '<!-- tls-floor:suggestion -->';
function fence(text) {
    const longest = Math.max(2, ...(text.match(/`{3,}/g) ?? []).map((r) => r.length));
    return '`'.repeat(longest + 1);
}
/** Findings whose fixes touch overlapping lines become one suggestion. */
function clusters(findings) {
    const sorted = [...findings].sort((a, b) => a.fix.line - b.fix.line || a.fix.column - b.fix.column);
    const out = [];
    let end = -1;
    for (const f of sorted) {
        if (out.length && f.fix.line <= end)
            out[out.length - 1].push(f);
        else
            out.push([f]);
        end = Math.max(end, f.fix.endLine);
    }
    return out;
}
function body(group, fixed) {
    const why = group.map((g) => `**tls-floor** \`${g.ruleId}\`: ${(0,markdown/* mdCell */.c)(g.message)}`).join('\n\n');
    const ticks = fence(fixed);
    return `${SUGGESTION_MARKER}\n${why}\n\n${ticks}suggestion\n${fixed}\n${ticks}`;
}
/** Lines `first`..`last` of a file with the fixes applied: indentation and the rest of each line kept. */
function fixedLines(source, fixes, first, last) {
    const before = source.text.split('\n').length;
    const after = (0,engine/* applyFixes */.yZ)(source, fixes).split('\n');
    const count = last - first + 1 + (after.length - before);
    if (count < 0 || last > before)
        return undefined;
    return after
        .slice(first - 1, first - 1 + count)
        .map((l) => l.replace(/\r$/, ''))
        .join('\n');
}
/**
 * The suggestions for a run's findings. `read(file)` returns the text the findings' positions refer
 * to (the scanned file), or undefined when it cannot be trusted to match the head commit.
 */
function suggestionDrafts(findings, diff, read) {
    const fixable = findings.filter((f) => f.fix !== undefined && (0,mark/* isNew */.BS)(f) && !f.suppressed);
    const byFile = new Map();
    for (const f of fixable)
        byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    const drafts = [];
    for (const [file, list] of byFile) {
        const text = read(file);
        if (text === undefined)
            continue;
        const source = new scan_source/* SourceFile */.sC(file, text);
        for (const group of clusters(list)) {
            const first = group[0].fix.line;
            const last = Math.max(...group.map((g) => g.fix.endLine));
            let inHunks = true;
            for (let l = first; l <= last && inHunks; l++)
                inHunks = (0,model/* commentable */.CF)(diff, file, l);
            if (!inHunks)
                continue;
            const fixed = fixedLines(source, group, first, last);
            if (fixed === undefined)
                continue;
            drafts.push({ path: file, line: last, ...(last > first ? { start_line: first } : {}), body: body(group, fixed) });
        }
    }
    return drafts;
}
/** Drafts not already posted by an earlier run (same path, line and body). */
async function unposted(client, repo, pull, drafts) {
    if (!drafts.length)
        return [];
    const existing = await client.paginate(client.rest.pulls.listReviewComments, { ...(0,github_client.ownerRepo)(repo), pull_number: pull, per_page: 100 });
    const posted = new Set(existing.filter((c) => c.body.startsWith(SUGGESTION_MARKER)).map((c) => `${c.path}\0${c.line ?? c.original_line}\0${c.body}`));
    return drafts.filter((d) => !posted.has(`${d.path}\0${d.line}\0${d.body}`));
}
/** Posts the drafts not posted before as one review; returns how many suggestions it carried. */
async function postSuggestions(client, repo, pull, headSha, drafts) {
    const fresh = await unposted(client, repo, pull, drafts);
    if (!fresh.length)
        return 0;
    await client.rest.pulls.createReview({
        ...(0,github_client.ownerRepo)(repo),
        pull_number: pull,
        commit_id: headSha,
        event: 'COMMENT',
        body: `${SUGGESTION_MARKER}\ntls-floor: ${fresh.length} suggested fix${fresh.length === 1 ? '' : 'es'} for legacy TLS settings this pull request adds.`,
        comments: fresh.map((d) => ({
            path: d.path,
            line: d.line,
            side: 'RIGHT',
            ...(d.start_line !== undefined ? { start_line: d.start_line, start_side: 'RIGHT' } : {}),
            body: d.body,
        })),
    });
    return fresh.length;
}

;// CONCATENATED MODULE: ./src/github/pull-request.ts
/**
 * What the action does on a pull request beyond annotations and the summary: the diff fallback
 * over the API, the suggested fixes and the sticky comment — each through the Degrader, so none of
 * them can break the run.
 */










/** Errors carry the permission the call needs (the diff code shows only the message). */
async function explained(feature, call) {
    try {
        return await call();
    }
    catch (e) {
        throw new Error(`${(0,edge/* describeError */.Uc)(e).line} (needs \`permissions: ${edge/* FEATURES */.Gv[feature].permission}\`)`, { cause: e });
    }
}
/** The REST fallback of the diff (src/diff/event.ts) over octokit. */
function diffApi(client, repo) {
    return {
        pullFiles: (pull, page, perPage) => explained('diff', async () => (await client.rest.pulls.listFiles({ ...(0,edge/* ownerRepo */.QH)(repo), pull_number: pull, page, per_page: perPage })).data),
        compareFiles: (base, head, page, perPage) => explained('compare', async () => ((await client.rest.repos.compareCommitsWithBasehead({
            ...(0,edge/* ownerRepo */.QH)(repo),
            basehead: `${base}...${head}`,
            page,
            per_page: perPage,
        })).data.files ?? [])),
        compareCap: 300,
    };
}
/** A file as the head commit has it, from the API (`contents: read`); undefined when it cannot be had. */
function headFileFromApi(client, repo, ref) {
    return async (file) => {
        try {
            const { data } = await client.rest.repos.getContent({ ...(0,edge/* ownerRepo */.QH)(repo), path: file, ref });
            // Directories are lists; files over 1 MB come without content.
            if (Array.isArray(data) || data.type !== 'file' || !('content' in data) || typeof data.content !== 'string' || !data.content)
                return undefined;
            return Buffer.from(data.content, 'base64');
        }
        catch {
            return undefined;
        }
    };
}
/**
 * The scanned text of each file that has a fixable new finding, as the scanner decoded it — but
 * only when it is the head commit's version of the file: a `pull_request` checkout is the merge
 * commit and a `pull_request_target` one the base branch, where another line may sit at the same
 * number. The head's version comes from git, or from the API when the clone lacks the commit.
 */
async function scannedHeadTexts(root, headSha, report, fromApi) {
    const files = new Set(report.findings.filter((f) => f.fix && (0,mark/* isNew */.BS)(f)).map((f) => f.file));
    const texts = new Map();
    const git = new diff_git/* GitRepo */.tr(root);
    const haveHead = files.size > 0 && (await git.commit(headSha)) !== undefined;
    for (const file of files) {
        let bytes;
        try {
            bytes = external_node_fs_.readFileSync(external_node_path_.join(root, file));
        }
        catch {
            continue;
        }
        let head;
        if (haveHead) {
            const r = await git.run(['cat-file', 'blob', `${headSha}:./${file}`], bytes.length + 1);
            head = r.ok ? Buffer.from(r.stdout, 'utf8') : undefined;
        }
        else
            head = await fromApi?.(file);
        if (head?.equals(bytes))
            texts.set(file, (0,scan_source/* decode */.D4)(bytes));
    }
    return texts;
}
/** A finding's line(s) as its fix leaves them, for the comment's table. */
function fixedLine(read) {
    const sources = new Map();
    return (f) => {
        if (!f.fix)
            return undefined;
        if (!sources.has(f.file)) {
            const text = read(f.file);
            sources.set(f.file, text === undefined ? undefined : new scan_source/* SourceFile */.sC(f.file, text));
        }
        const source = sources.get(f.file);
        return source && fixedLines(source, [f], f.fix.line, f.fix.endLine);
    };
}
async function reportToPullRequest(client, degrader, pr, report, diff, options) {
    let suggestions;
    let offered = 0;
    if (options.suggestions) {
        const drafts = suggestionDrafts(report.findings, diff, options.read);
        if (drafts.length) {
            suggestions = await degrader.attempt('suggestions', () => postSuggestions(client, pr, pr.number, pr.headSha, drafts));
            if (suggestions !== undefined)
                offered = drafts.length;
        }
    }
    let comment;
    if (options.comment) {
        comment = await degrader.attempt('comment', () => upsertComment(client, pr, pr.number, (exists) => (0,report_comment/* commentWanted */.$t)(report, exists)
            ? (0,report_comment/* formatComment */.jw)(report, {
                link: options.link,
                runUrl: options.runUrl,
                headSha: pr.headSha,
                suggestions: offered,
                fixed: fixedLine(options.read),
                job: options.job,
            })
            : undefined, (0,report_comment/* commentMarker */.Ql)(options.job)));
    }
    return { ...(comment ? { comment } : {}), ...(suggestions !== undefined ? { suggestions } : {}) };
}


/***/ })

};
