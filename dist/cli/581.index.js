export const id = 581;
export const ids = [581,462];
export const modules = {

/***/ 5581:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EXIT: () => (/* binding */ EXIT),
/* harmony export */   exitCode: () => (/* binding */ exitCode),
/* harmony export */   runCli: () => (/* binding */ runCli),
/* harmony export */   terminalIO: () => (/* binding */ terminalIO)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _diff_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5094);
/* harmony import */ var _merge_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1843);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(3916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(5861);
/* harmony import */ var _cli_help_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(321);
/* harmony import */ var _fix_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3701);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(1379);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7729);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8431);
/* harmony import */ var _diff_mark_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(1730);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1168);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4400);
/* harmony import */ var _report_rules_doc_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(2562);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4672);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4383);
/* harmony import */ var _scan_files_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(5438);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(311);
/* harmony import */ var _scan_worker_entry_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(9462);
/**
 * The CLI entry: `tls-floor scan [paths…]` with text, JSON or SARIF output, `tls-floor probe` and
 * `tls-floor rules`. Exit codes: 0 pass, 1 legacy TLS found, 2 usage or configuration error,
 * 3 something could not be checked, 4 internal error (a bug).
 */




















const EXIT = { pass: 0, fail: 1, usage: 2, unreachable: 3, internal: 4 };
function usage(message) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_15__/* .ConfigurationError */ .j1(`${message} (see tls-floor --help)`);
}
function parseFormat(v) {
    if (v === undefined)
        return 'text';
    if (v === 'text' || v === 'json' || v === 'sarif')
        return v;
    return usage(`--format: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .quote */ .hD)(v)} is not a format; expected text, json or sarif`);
}
async function listRules(io, format) {
    const RULES = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_9__/* .loadRules */ .A7)();
    if (format === 'markdown') {
        io.stdout(`${(0,_report_rules_doc_js__WEBPACK_IMPORTED_MODULE_16__/* .rulesMarkdown */ .x)(RULES)}\n`);
    }
    else if (format === 'json') {
        io.stdout(`${JSON.stringify(RULES.map((r) => ({ ...r.meta, keywords: r.meta.keywords.source, files: undefined })), null, 2)}\n`);
    }
    else {
        for (const r of RULES)
            io.stdout(`${r.meta.id.padEnd(40)} ${r.meta.title}\n`);
    }
    return EXIT.pass;
}
/** Whether a path is a directory; a name the system refuses (too long…) is not one, and loadSettings says why. */
function isDirectory(p) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
    }
    catch {
        return false;
    }
}
function exitCode(report, fail) {
    if (report.verdict === 'pass' || !fail)
        return EXIT.pass;
    return (0,_report_report_js__WEBPACK_IMPORTED_MODULE_10__/* .legacyFound */ .ib)(report) ? EXIT.fail : EXIT.unreachable;
}
/** The report to stdout, or to --output with the text on stderr. */
function emit(io, report, format, rules, output) {
    if (output) {
        (0,_outputs_js__WEBPACK_IMPORTED_MODULE_7__/* .writeReportFile */ .a)((0,_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .outputPath */ .XC)(output, '--output', io.cwd, 'anywhere'), report, rules, format === 'text' ? undefined : format);
        io.stderr((0,_report_text_js__WEBPACK_IMPORTED_MODULE_11__/* .formatText */ .vX)(report, { color: false }));
    }
    else if (format === 'text') {
        io.stdout((0,_report_text_js__WEBPACK_IMPORTED_MODULE_11__/* .formatText */ .vX)(report, { color: io.isTTY && !process.env.NO_COLOR }));
    }
    else {
        io.stdout((0,_outputs_js__WEBPACK_IMPORTED_MODULE_7__/* .render */ .X)(report, format, rules));
    }
}
async function runCli(argv, io, deps = {}) {
    try {
        const { values, positionals } = (() => {
            try {
                return (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
                    args: [...argv],
                    allowPositionals: true,
                    options: {
                        format: { type: 'string' },
                        output: { type: 'string', short: 'o' },
                        'min-version': { type: 'string' },
                        'fail-on': { type: 'string' },
                        config: { type: 'string', short: 'c' },
                        root: { type: 'string' },
                        exclude: { type: 'string', multiple: true },
                        'max-file-size': { type: 'string' },
                        'no-fail': { type: 'boolean' },
                        timeout: { type: 'string' },
                        concurrency: { type: 'string' },
                        'per-host-concurrency': { type: 'string' },
                        'allow-unreachable': { type: 'boolean' },
                        'dry-run': { type: 'boolean' },
                        diff: { type: 'string' },
                        'filter-mode': { type: 'string' },
                        'fail-scope': { type: 'string' },
                        'allow-unreadable': { type: 'boolean' },
                        tests: { type: 'string' },
                        examples: { type: 'string' },
                        documentation: { type: 'string' },
                        vendored: { type: 'string' },
                        'tls-implementation': { type: 'string' },
                        shard: { type: 'string' },
                        'previous-report': { type: 'string' },
                        'badge-dir': { type: 'string' },
                        help: { type: 'boolean', short: 'h' },
                        version: { type: 'boolean', short: 'v' },
                    },
                });
            }
            catch (e) {
                // Node's message quotes the option (twice for an unknown one): clipped like any value.
                return usage((0,_errors_js__WEBPACK_IMPORTED_MODULE_17__/* .clip */ .$)((0,_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .firstLine */ .TM)(e)));
            }
        })();
        if (values.help) {
            const command = _cli_help_js__WEBPACK_IMPORTED_MODULE_5__/* .COMMANDS */ .L.find((c) => c === positionals[0]);
            io.stdout(`${(0,_cli_help_js__WEBPACK_IMPORTED_MODULE_5__/* .helpText */ .B)(command)}\n`);
            return EXIT.pass;
        }
        if (values.version) {
            io.stdout(`${_version_js__WEBPACK_IMPORTED_MODULE_18__/* .TOOL_VERSION */ .wr}\n`);
            return EXIT.pass;
        }
        const [command, ...rest] = positionals;
        if (command === 'rules')
            return listRules(io, values.format === 'markdown' ? 'markdown' : parseFormat(values.format));
        const format = parseFormat(values.format);
        if (command === 'merge') {
            if (rest.length === 0)
                return usage('merge: no reports given');
            const files = rest.map((f) => ({ given: f, path: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, f) }));
            const merged = (0,_merge_files_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeFiles */ .Ai)(files, 'merge', 'anywhere');
            const rules = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_9__/* .activeRules */ .IW)({ rules: new Map(Object.entries(merged.run?.settings.rules ?? {})) }, await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_9__/* .loadRules */ .A7)());
            // The badge renderer (with its font metrics, a third of the bundle) loads only for badges.
            if (values['badge-dir'])
                (await Promise.all(/* import() */[__webpack_require__.e(833), __webpack_require__.e(124)]).then(__webpack_require__.bind(__webpack_require__, 4124))).writeBadges((0,_settings_js__WEBPACK_IMPORTED_MODULE_12__/* .badgePaths */ .UD)(values['badge-dir'], '--badge-dir', io.cwd, 'anywhere'), merged);
            emit(io, merged, format, rules, values.output);
            return exitCode(merged, !values['no-fail']);
        }
        if (command !== 'scan' && command !== 'probe' && command !== 'fix')
            return usage(command ? `unknown command ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .quote */ .hD)(command)}` : 'missing command');
        const probing = command === 'probe';
        if (probing && format === 'sarif')
            return usage('--format: SARIF is for the repository scan; use text or json with probe');
        let root = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, values.root ?? '.');
        const targets = probing ? [] : rest.map((p) => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, p));
        // `tls-floor scan ../other-repo`: one directory outside the cwd becomes the root.
        if (!values.root && targets.length === 1 && node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, targets[0]).startsWith('..') && isDirectory(targets[0])) {
            root = targets[0];
        }
        const inputs = {
            paths: targets.map((t) => node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, t) || '.').join('\n'),
            exclude: (values.exclude ?? []).join('\n'),
            'min-version': values['min-version'],
            'fail-on': values['fail-on'],
            config: values.config && node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, values.config)),
            'max-file-size': values['max-file-size'],
            fail: values['no-fail'] ? 'false' : undefined,
            timeout: values.timeout,
            concurrency: values.concurrency,
            'per-host-concurrency': values['per-host-concurrency'],
            'fail-on-unreachable': values['allow-unreachable'] ? 'false' : undefined,
            'fail-on-unreadable': values['allow-unreadable'] ? 'false' : undefined,
            endpoints: probing ? rest.join('\n') : undefined,
            'filter-mode': values['filter-mode'],
            'fail-scope': values['fail-scope'],
            tests: values.tests,
            examples: values.examples,
            documentation: values.documentation,
            vendored: values.vendored,
            'tls-implementation': values['tls-implementation'],
            shard: values.shard,
            'previous-report': values['previous-report'] && node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(io.cwd, values['previous-report']),
        };
        // The YAML parser for a config file; the glob compiler for `exclude` patterns (a flag, or the config file's).
        const configured = (0,_settings_js__WEBPACK_IMPORTED_MODULE_12__/* .needsConfigParser */ .NR)(root, inputs);
        await Promise.all([configured && (0,_settings_js__WEBPACK_IMPORTED_MODULE_12__/* .loadConfigParser */ .WI)(), (configured || inputs.exclude !== '') && (0,_scan_files_js__WEBPACK_IMPORTED_MODULE_13__/* .loadGlobMatcher */ .xz)()]);
        // The CLI's flags (--config) are the local user's choice; the repository's config file still
        // writes and scans only inside the root.
        const settings = (0,_settings_js__WEBPACK_IMPORTED_MODULE_12__/* .loadSettings */ .M5)(root, inputs, _pipeline_js__WEBPACK_IMPORTED_MODULE_9__/* .KNOWN_RULE_IDS */ .iX, { inputAreas: 'anywhere' });
        const explicit = probing && rest.length > 0;
        const jobs = probing
            ? { ...settings, scan: false, endpoints: explicit ? settings.endpoints.filter((e) => !e.source) : settings.endpoints }
            : { ...settings, endpoints: [] };
        if (probing && jobs.endpoints.length === 0)
            return usage('probe: no endpoints given and none in the config file');
        let change;
        if (values.diff !== undefined) {
            if (probing)
                return usage('--diff: only scan compares against a git ref');
            if (values.diff === '' || values.diff.startsWith('-'))
                return usage(`--diff: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .quote */ .hD)(values.diff)} is not a git ref`);
            const local = await (0,_diff_git_js__WEBPACK_IMPORTED_MODULE_3__/* .localDiff */ .XI)(settings.root, values.diff);
            if (!local.ok)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_15__/* .ConfigurationError */ .j1(`--diff: ${local.error}`);
            if (local.note)
                io.stderr(`tls-floor: ${local.note}\n`);
            change = { diff: local.diff, defaultFailScope: 'new' };
        }
        // With --diff the head is known already; otherwise git is asked once, while the scan runs.
        const head = change?.diff?.head;
        const context = head !== undefined
            ? { commit: head }
            : new _diff_git_js__WEBPACK_IMPORTED_MODULE_3__/* .GitRepo */ .tr(settings.root).commit('HEAD').then((commit) => ({ commit }), () => ({}));
        const report = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_9__/* .run */ .eF)(jobs, deps, change, context);
        const rules = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_9__/* .activeRules */ .IW)(settings, await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_9__/* .loadRules */ .A7)());
        if (command === 'fix') {
            const dryRun = values['dry-run'] ?? false;
            // With --diff, only what the change introduced is fixed.
            const outcome = (0,_fix_files_js__WEBPACK_IMPORTED_MODULE_6__/* .fixFindings */ .e)(report.findings.filter(_diff_mark_js__WEBPACK_IMPORTED_MODULE_19__/* .isNew */ .BS), { root: settings.root, rules, policy: settings.policy, dryRun });
            io.stdout((0,_fix_files_js__WEBPACK_IMPORTED_MODULE_6__/* .formatFixes */ .n)(outcome, dryRun));
            if (outcome.left.length && settings.fail)
                return EXIT.fail;
            return report.unchecked && settings.fail ? EXIT.unreachable : EXIT.pass;
        }
        emit(io, report, format, rules, values.output);
        return exitCode(report, settings.fail);
    }
    catch (e) {
        io.stderr(`tls-floor: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .oneLine */ .TN)(e)}\n`);
        return e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_15__/* .ConfigurationError */ .j1 ? EXIT.usage : EXIT.internal;
    }
}
/**
 * The process's streams as CliIO. A reader that goes away (`tls-floor scan | head`) is not an
 * error: the output stops quietly and the exit code stays the result's (no EPIPE stack trace).
 */
function terminalIO(stdout = process.stdout, stderr = process.stderr, cwd = process.cwd()) {
    const open = { stdout: true, stderr: true };
    const closeOn = (stream, name) => {
        stream.on('error', (e) => {
            open[name] = false;
            if (e.code !== 'EPIPE' && name === 'stdout' && open.stderr)
                stderr.write(`tls-floor: cannot write the output: ${e.code ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .firstLine */ .TM)(e)}\n`);
        });
    };
    closeOn(stdout, 'stdout');
    closeOn(stderr, 'stderr');
    return {
        stdout: (t) => void (open.stdout && stdout.write(t)),
        stderr: (t) => void (open.stderr && stderr.write(t)),
        cwd,
        isTTY: Boolean(stdout.isTTY),
    };
}
// Run when executed (the bundle's entry), not when imported by tests.
const invokedAs = process.argv[1] ? node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(process.argv[1]) : '';
if (!_scan_worker_entry_js__WEBPACK_IMPORTED_MODULE_14__/* .IS_SCAN_WORKER */ .Kl && invokedAs && /(?:cli\.[jt]s|cli[/\\]index\.js|tls-floor)$/.test(invokedAs)) {
    await (0,_entry_js__WEBPACK_IMPORTED_MODULE_20__/* .runEntry */ .C)(() => runCli(process.argv.slice(2), terminalIO()), 
    // runCli turns its own errors into exit codes: what escapes it is a bug.
    { exitCode: EXIT.internal, report: (e) => process.stderr.write(`tls-floor: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_15__/* .oneLine */ .TN)(e)}\n`) });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tr: () => (/* binding */ GitRepo),
  XI: () => (/* binding */ localDiff)
});

// UNUSED EXPORTS: pullRequestDiff, pushDiff

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/diff/model.ts
var model = __webpack_require__(8054);
;// CONCATENATED MODULE: ./src/diff/unified.ts
/** Hunk headers: `@@ -a[,b] +c[,d] @@`; ten digits is far past any real file and keeps numbers exact. */
const HUNK_HEADER = /^@@ -(\d{1,10})(?:,(\d{1,10}))? \+(\d{1,10})(?:,(\d{1,10}))? @@/;
/** The lines one file's hunks touch, read one line at a time. */
class HunkReader {
    added = [];
    hunks = [];
    malformed = false;
    sawHunk = false;
    oldLeft = 0;
    newLeft = 0;
    next = 0;
    get inHunk() {
        return this.oldLeft > 0 || this.newLeft > 0;
    }
    /** A `@@` line; one that is not a valid header makes the file count as a whole. */
    header(line) {
        const m = HUNK_HEADER.exec(line);
        if (!m) {
            this.malformed = true;
            return;
        }
        const oldCount = m[2] === undefined ? 1 : Number(m[2]);
        const start = Number(m[3]);
        const newCount = m[4] === undefined ? 1 : Number(m[4]);
        // Hunks come in file order: one that starts before the previous one ended is not git's output.
        const backwards = this.sawHunk && start + (newCount === 0 ? 1 : 0) < this.next;
        if ((newCount > 0 && start < 1) || backwards) {
            this.malformed = true;
            return;
        }
        this.sawHunk = true;
        this.oldLeft = oldCount;
        this.newLeft = newCount;
        this.next = start;
        if (newCount > 0)
            push(this.hunks, start, start + newCount - 1);
    }
    /** A line inside a hunk (the caller checks `inHunk`). */
    body(line) {
        const c = line.charCodeAt(0);
        if (c === 0x5c /* \ No newline at end of file */)
            return;
        if (c === 0x2b /* + */) {
            if (this.newLeft === 0)
                return this.fail();
            push(this.added, this.next, this.next);
            this.next++;
            this.newLeft--;
        }
        else if (c === 0x2d /* - */) {
            if (this.oldLeft === 0)
                return this.fail();
            this.oldLeft--;
        }
        else if (c === 0x20 || line === '' /* context; some tools strip the space of empty lines */) {
            if (this.oldLeft === 0 || this.newLeft === 0)
                return this.fail();
            this.oldLeft--;
            this.newLeft--;
            this.next++;
        }
        else
            this.fail();
    }
    /** The input ended: a hunk still waiting for lines was cut off. */
    end() {
        if (this.inHunk)
            this.fail();
    }
    fail() {
        this.malformed = true;
        this.oldLeft = 0;
        this.newLeft = 0;
    }
}
/** Appends a range, merging it into the last one when they touch (input is in line order). */
function push(ranges, start, end) {
    const last = ranges[ranges.length - 1];
    if (last && start <= last.end + 1)
        last.end = Math.max(last.end, end);
    else
        ranges.push({ start, end });
}
/** Lines without their terminator; a final newline does not make an extra empty line; CR before LF is dropped. */
function lines(text) {
    const out = text.split('\n');
    if (out.length > 0 && out[out.length - 1] === '')
        out.pop();
    for (let i = 0; i < out.length; i++)
        if (out[i].endsWith('\r'))
            out[i] = out[i].slice(0, -1);
    return out;
}
function fileDiff(path, r, whole) {
    return {
        path,
        added: whole ? [] : r.added,
        hunks: whole ? [] : r.hunks,
        whole,
    };
}
/** One file's patch as GitHub's REST API gives it (`files[].patch`): hunks only. */
function parsePatch(path, patch) {
    const r = new HunkReader();
    for (const line of lines(patch)) {
        if (r.malformed)
            break;
        if (r.inHunk)
            r.body(line);
        else if (line.startsWith('@@'))
            r.header(line);
        else if (line.startsWith('\\'))
            continue;
        else
            r.malformed = true;
    }
    r.end();
    return fileDiff(path, r, r.malformed);
}
const ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/**
 * A C-quoted name as git writes it (`"a\303\251 \"q\".conf"`), from the opening quote at `from`.
 * Returns the decoded name and the index after the closing quote, or undefined when unterminated.
 */
function unquoteC(s, from = 0) {
    if (s[from] !== '"')
        return undefined;
    const bytes = [];
    for (let i = from + 1; i < s.length; i++) {
        const ch = s[i];
        if (ch === '"')
            return { value: Buffer.from(bytes).toString('utf8'), end: i + 1 };
        if (ch !== '\\') {
            for (const b of Buffer.from(ch, 'utf8'))
                bytes.push(b);
            continue;
        }
        const e = s[++i];
        if (e === undefined)
            return undefined;
        const oct = /^[0-3][0-7]{2}/.exec(s.slice(i, i + 3));
        if (oct) {
            bytes.push(parseInt(oct[0], 8));
            i += 2;
        }
        else
            bytes.push(ESCAPES[e] ?? e.charCodeAt(0) & 0xff);
    }
    return undefined;
}
function stripPrefix(name, prefix) {
    return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}
/** The name on a `--- ` / `+++ ` line: quoted, or up to a tab (git adds one after names with spaces). */
function markerName(rest) {
    if (rest.startsWith('"'))
        return unquoteC(rest)?.value;
    const tab = rest.indexOf('\t');
    const name = tab < 0 ? rest : rest.slice(0, tab);
    return name === '' ? undefined : name;
}
/** A name on a `rename to` / `copy to` line. */
function plainName(rest) {
    if (rest.startsWith('"'))
        return unquoteC(rest)?.value;
    return rest === '' ? undefined : rest;
}
/**
 * The new name from `diff --git a/X b/Y`. Unquoted names may contain spaces, so like git itself we
 * take the name that is the same on both sides; renames and copies say their names again later.
 */
function gitHeaderName(rest) {
    if (rest.startsWith('"')) {
        const a = unquoteC(rest);
        if (!a || rest[a.end] !== ' ')
            return undefined;
        const b = rest.slice(a.end + 1);
        return b.startsWith('"') ? unquoteC(b)?.value : b;
    }
    const quoted = rest.indexOf(' "');
    if (quoted >= 0)
        return unquoteC(rest, quoted + 1)?.value;
    if ((rest.length - 1) % 2 === 0) {
        const half = (rest.length - 1) / 2;
        const a = rest.slice(0, half);
        const b = rest.slice(half + 1);
        if (rest[half] === ' ' && stripPrefix(a, 'a/') === stripPrefix(b, 'b/'))
            return b;
    }
    const split = rest.indexOf(' b/');
    return split >= 0 ? rest.slice(split + 1) : undefined;
}
/** One file's section of a multi-file diff, from its headers and hunks. */
class Section {
    hunks = new HunkReader();
    headerName;
    renamedTo;
    plusName;
    sawPlus = false;
    deleted = false;
    created = false;
    binary = false;
    get path() {
        const name = this.plusName ?? this.renamedTo ?? this.headerName;
        return name === undefined ? undefined : stripPrefix(name, 'b/');
    }
    finish() {
        this.hunks.end();
        const path = this.path;
        if (this.deleted || path === undefined || path === '')
            return undefined;
        // Binary files, patches that could not be followed, and new files without lines (git shows
        // none for empty or binary ones) count as a whole.
        const whole = this.binary || this.hunks.malformed || (this.created && !this.hunks.sawHunk);
        return fileDiff(path, this.hunks, whole);
    }
}
/**
 * Every file of a unified diff (`git diff` output, or plain `diff -u` output with `---`/`+++`
 * headers), keyed by its head-side path; deleted files are left out (nothing of them is scanned).
 */
function parseUnifiedDiff(text) {
    const files = new Map();
    let s;
    const close = () => {
        const f = s?.finish();
        s = undefined;
        if (!f)
            return;
        const prev = files.get(f.path);
        // The same name twice (only in crafted input): keep every line either section names.
        files.set(f.path, prev
            ? {
                path: f.path,
                added: [...prev.added, ...f.added],
                hunks: [...prev.hunks, ...f.hunks],
                whole: prev.whole || f.whole,
            }
            : f);
    };
    for (const line of lines(text)) {
        if (s?.hunks.inHunk) {
            s.hunks.body(line);
            continue;
        }
        if (line.startsWith('diff --git ')) {
            close();
            s = new Section();
            s.headerName = gitHeaderName(line.slice('diff --git '.length));
            continue;
        }
        if (line.startsWith('--- ') && (!s || s.sawPlus)) {
            // A plain `diff -u` file section (no `diff --git` line) starts at its `---` line.
            close();
            s = new Section();
        }
        if (!s)
            continue;
        if (line.startsWith('@@'))
            s.hunks.header(line);
        else if (s.hunks.sawHunk) {
            // Only `\ No newline` may follow a hunk before the next hunk or file.
            if (!line.startsWith('\\'))
                s.hunks.malformed = true;
        }
        else if (line.startsWith('+++ ')) {
            s.sawPlus = true;
            const name = markerName(line.slice(4));
            if (name === '/dev/null')
                s.deleted = true;
            else if (name !== undefined)
                s.plusName = name;
        }
        else if (line.startsWith('--- ')) {
            if (markerName(line.slice(4)) === '/dev/null')
                s.created = true;
        }
        else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
            s.renamedTo = plainName(line.slice(line.indexOf(' to ') + 4));
        }
        else if (line.startsWith('deleted file mode'))
            s.deleted = true;
        else if (line.startsWith('new file mode'))
            s.created = true;
        else if (line.startsWith('Binary files ') || line === 'GIT binary patch')
            s.binary = true;
    }
    close();
    return files;
}

;// CONCATENATED MODULE: ./src/diff/git.ts
/**
 * The diff from git, when the clone has the history: a pull request (merge base of base and head,
 * or the merge commit actions/checkout makes against its first parent), a push (`before..after`),
 * or a local run against a ref (merge base with HEAD, plus uncommitted and untracked files).
 *
 * Git runs with stdin closed, no terminal prompts, literal pathspecs, a timeout and a cap on what
 * it may print, so it can neither hang nor flood memory. Missing history is an error value naming
 * the commit and the `fetch-depth` that would bring it, so the caller can fall back to the API.
 */



const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_DIFF = 64 * 1024 * 1024;
const SMALL_OUTPUT = 1024 * 1024;
/** Options every command gets: no pager, no colour, raw UTF-8 names (only names with quotes or control characters stay C-quoted). */
const GLOBAL = ['-c', 'core.quotePath=false', '-c', 'color.ui=false', '--no-pager'];
function runGit(root, args, timeoutMs, maxBytes) {
    return new Promise((resolve) => {
        let settled = false;
        const chunks = [];
        let size = 0;
        let stderr = '';
        let overflow = false;
        const done = (r) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve({ ...r, overflow });
        };
        // Its own process group, so that a timeout also ends whatever git started (hooks, aliases, helpers).
        const group = process.platform !== 'win32';
        const child = (0,external_node_child_process_.spawn)('git', [...GLOBAL, ...args], {
            cwd: root,
            stdio: ['ignore', 'pipe', 'pipe'],
            windowsHide: true,
            detached: group,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_LITERAL_PATHSPECS: '1', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
        });
        const kill = () => {
            try {
                if (group && child.pid)
                    process.kill(-child.pid, 'SIGKILL');
                else
                    child.kill('SIGKILL');
            }
            catch {
                // Already gone.
            }
        };
        const timer = setTimeout(() => {
            kill();
            done({ ok: false, stdout: '', problem: `git ${args[0]} did not finish within ${Math.round(timeoutMs / 1000)} s` });
        }, timeoutMs);
        child.stdout.on('data', (b) => {
            size += b.length;
            if (size > maxBytes) {
                overflow = true;
                kill();
                done({ ok: false, stdout: '', problem: `git ${args[0]} printed more than ${maxBytes} bytes` });
            }
            else
                chunks.push(b);
        });
        child.stderr.on('data', (b) => {
            if (stderr.length < 4096)
                stderr += b.toString('utf8');
        });
        child.on('error', (e) => done({ ok: false, stdout: '', problem: e.code === 'ENOENT' ? 'git is not installed' : `git could not run: ${e.message}` }));
        child.on('close', (code) => done({
            ok: code === 0,
            stdout: Buffer.concat(chunks).toString('utf8'),
            problem: stderr
                .split('\n')
                .find((l) => l.trim())
                ?.trim() ?? `git ${args[0]} exited with ${code}`,
        }));
    });
}
/** A git work tree rooted at (or above) `root`, with the few questions the diff needs. */
class GitRepo {
    root;
    timeoutMs;
    maxDiffBytes;
    constructor(root, opts = {}) {
        this.root = root;
        this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.maxDiffBytes = opts.maxDiffBytes ?? DEFAULT_MAX_DIFF;
    }
    run(args, maxBytes = SMALL_OUTPUT) {
        return runGit(this.root, args, this.timeoutMs, maxBytes);
    }
    /** Why `root` cannot be diffed with git, or undefined when it can. */
    async problem() {
        const r = await this.run(['rev-parse', '--is-inside-work-tree']);
        return r.ok && r.stdout.trim() === 'true' ? undefined : `${this.root} is not a git work tree (${r.problem})`;
    }
    /** The commit a revision names, or undefined when the clone does not have it. */
    async commit(rev) {
        const r = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
        const sha = r.stdout.trim();
        return r.ok && (0,model/* isCommitId */.jh)(sha) ? sha : undefined;
    }
    /** A commit's parents (none for a root commit, and none for the cut-off commits of a shallow clone). */
    async parents(sha) {
        const r = await this.run(['rev-list', '--parents', '-n', '1', '--end-of-options', sha]);
        return r.ok ? r.stdout.trim().split(/\s+/).slice(1) : [];
    }
    async mergeBase(a, b) {
        const r = await this.run(['merge-base', '--end-of-options', a, b]);
        return r.ok ? r.stdout.trim() || undefined : undefined;
    }
    async shallow() {
        const r = await this.run(['rev-parse', '--is-shallow-repository']);
        return r.stdout.trim() === 'true';
    }
    /**
     * The files changed between `base` and `head` (or the work tree when `head` is undefined), with
     * paths relative to `root`. A diff too big to read becomes a list of files that count as a whole.
     */
    async diff(base, head) {
        const revs = head === undefined ? [base] : [base, head];
        // No external diff or textconv drivers (configured commands); paths relative to the root.
        const common = ['--no-color', '--no-ext-diff', '--no-textconv', '-M', '--relative'];
        const full = await this.run(['diff', ...common, '-U3', '--src-prefix=a/', '--dst-prefix=b/', '--end-of-options', ...revs, '--'], this.maxDiffBytes);
        if (full.ok)
            return { files: parseUnifiedDiff(full.stdout) };
        if (!full.overflow)
            return { error: full.problem };
        const names = await this.run(['diff', ...common, '--name-only', '--diff-filter=d', '-z', '--end-of-options', ...revs, '--'], this.maxDiffBytes);
        if (!names.ok)
            return { error: names.problem };
        return {
            files: wholeFiles(names.stdout.split('\0')),
            note: `the diff is larger than ${this.maxDiffBytes} bytes: every changed file counts as changed as a whole`,
        };
    }
    /** Files in the work tree that git does not track and does not ignore, relative to `root`. */
    async untracked() {
        const r = await this.run(['ls-files', '-z', '--others', '--exclude-standard'], this.maxDiffBytes);
        return r.ok ? r.stdout.split('\0').filter(Boolean) : { error: r.problem };
    }
}
function wholeFiles(paths) {
    const files = new Map();
    for (const p of paths)
        if (p)
            files.set(p, { path: p, added: [], hunks: [], whole: true });
    return files;
}
const git_short = (sha) => sha.slice(0, 12);
async function git_model(repo, base, head, note) {
    const d = await repo.diff(base, head);
    if ('error' in d)
        return { ok: false, error: `git diff ${git_short(base)} ${git_short(head)} failed: ${d.error}` };
    const notes = [note, d.note].filter(Boolean).join('; ');
    return { ok: true, diff: { files: d.files, base, head, source: 'git' }, ...(notes ? { note: notes } : {}) };
}
async function missing(repo, what, sha, depth) {
    const shallow = (await repo.shallow()) ? 'the clone is shallow' : 'it was not fetched';
    return `${what} ${git_short(sha)} is not in the clone (${shallow}); use fetch-depth: ${depth} on actions/checkout, or the diff comes from the API`;
}
/**
 * A pull request's changed lines as they appear in the checked-out tree. actions/checkout checks
 * out the merge commit (`refs/pull/N/merge`, parents: base tip and PR head) by default: then the
 * diff against its first parent is exactly the PR's change and its line numbers are the scanned
 * tree's, and two commits of history suffice (fetch-depth: 2). A checkout of the head commit
 * needs the merge base of base and head (fetch-depth: 0).
 */
async function pullRequestDiff(root, base, head, opts = {}) {
    const repo = new GitRepo(root, opts);
    const problem = await repo.problem();
    if (problem)
        return { ok: false, error: problem };
    const checkedOut = await repo.commit('HEAD');
    if (checkedOut && checkedOut !== head) {
        const parents = await repo.parents(checkedOut);
        if (parents.length === 2 && parents[1] === head)
            return git_model(repo, parents[0], checkedOut);
    }
    // The default checkout (the merge commit) needs two commits of history; a checkout of the head, all of it.
    const depth = checkedOut === head ? '0' : '2 (for the merge commit actions/checkout checks out by default) or 0';
    if (!(await repo.commit(head)))
        return { ok: false, error: await missing(repo, "the pull request's head commit", head, depth) };
    if (!(await repo.commit(base)))
        return { ok: false, error: await missing(repo, 'the base commit', base, depth) };
    const mergeBase = await repo.mergeBase(base, head);
    if (!mergeBase) {
        return {
            ok: false,
            error: `the clone has no merge base of ${git_short(base)} and ${git_short(head)} (${(await repo.shallow()) ? 'the history is cut off by a shallow clone' : 'unrelated histories'}); use fetch-depth: 0 on actions/checkout, or the diff comes from the API`,
        };
    }
    const note = checkedOut && checkedOut !== head
        ? `the work tree is at ${git_short(checkedOut)}, not at the pull request's head ${git_short(head)}: lines may not match the diff`
        : undefined;
    return git_model(repo, mergeBase, head, note);
}
/** A push: `before..after` (the caller handles new branches and force pushes, which have no useful `before`). */
async function pushDiff(root, before, after, opts = {}) {
    const repo = new GitRepo(root, opts);
    const problem = await repo.problem();
    if (problem)
        return { ok: false, error: problem };
    if (!(await repo.commit(after)))
        return { ok: false, error: await missing(repo, 'the pushed commit', after, '0') };
    if (!(await repo.commit(before)))
        return { ok: false, error: await missing(repo, 'the commit before the push', before, '0') };
    return git_model(repo, before, after);
}
/**
 * A local run against a ref (`tls-floor scan --diff main`): the merge base of the ref and HEAD
 * against the work tree, so committed, staged and unstaged changes count as new, and so do
 * untracked files (a pre-commit hook sees a new file before it is committed).
 */
async function localDiff(root, ref, opts = {}) {
    const repo = new GitRepo(root, opts);
    const problem = await repo.problem();
    if (problem)
        return { ok: false, error: problem };
    const target = await repo.commit(ref);
    if (!target)
        return { ok: false, error: `"${ref}" is not a commit in ${root}` };
    const head = await repo.commit('HEAD');
    if (!head)
        return { ok: false, error: `the repository in ${root} has no commit yet` };
    const base = await repo.mergeBase(target, head);
    if (!base)
        return { ok: false, error: `"${ref}" and HEAD have no common history` };
    const d = await repo.diff(base, undefined);
    if ('error' in d)
        return { ok: false, error: `git diff ${git_short(base)} failed: ${d.error}` };
    const untracked = await repo.untracked();
    if ('error' in untracked)
        return { ok: false, error: `git ls-files failed: ${untracked.error}` };
    for (const [p, whole] of wholeFiles(untracked))
        d.files.set(p, whole);
    return { ok: true, diff: { files: d.files, base, head, source: 'git', worktree: true }, ...(d.note ? { note: d.note } : {}) };
}


/***/ }),

/***/ 1730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ isNew),
/* harmony export */   KJ: () => (/* binding */ endpointIsNew),
/* harmony export */   Kg: () => (/* binding */ splitByNew),
/* harmony export */   sQ: () => (/* binding */ markFindings)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8054);

/** A setting spread over lines (a YAML list, a Terraform block) is new when any of its lines changed. */
const MAX_SPAN = 1000;
function touched(f, diff, mode) {
    const last = Math.min(Math.max(f.endLine, f.line), f.line + MAX_SPAN);
    for (let line = f.line; line <= last; line++)
        if ((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .inDiff */ .TN)(diff, f.file, line, mode))
            return true;
    return false;
}
/** Findings with `new` set from the diff; unchanged (no `new` at all) when there is no diff. */
function markFindings(findings, diff, mode) {
    if (!diff)
        return [...findings];
    return findings.map((f) => ({ ...f, new: touched(f, diff, mode) }));
}
/**
 * Whether an endpoint is new: undefined when there is no diff or the endpoint was not declared on
 * a line of a file in the repository (inputs, the CLI), so it is judged as usual.
 */
function endpointIsNew(source, diff, mode) {
    if (!diff || !source?.file || !source.line)
        return undefined;
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .inDiff */ .TN)(diff, source.file, source.line, mode);
}
/** Whether a finding or endpoint counts as new: everything does when there was no diff to tell. */
const isNew = (x) => x.new !== false;
/** Marked findings (or endpoint reports) split by `new`. */
function splitByNew(items) {
    return { new: items.filter(isNew), preexisting: items.filter((x) => !isNew(x)) };
}


/***/ }),

/***/ 8054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ FAIL_SCOPES),
/* harmony export */   TN: () => (/* binding */ inDiff),
/* harmony export */   jh: () => (/* binding */ isCommitId),
/* harmony export */   ox: () => (/* binding */ FILTER_MODES)
/* harmony export */ });
/* unused harmony export commentable */
/**
 * The one diff model every event is reduced to: which lines of which files (head side) a change
 * touched. Computed at the edge (git, or the REST API when history is missing) and applied as a
 * filter between findings and reporters. No diff at all (`undefined`) means "everything counts":
 * scheduled runs, manual runs, a new branch, a force push.
 */
const FILTER_MODES = ['added', 'diff_context', 'file', 'nofilter'];
const FAIL_SCOPES = ['new', 'all'];
function within(ranges, line) {
    return ranges.some((r) => line >= r.start && line <= r.end);
}
/** Whether a line of a file is part of the change, as the filter mode reads it. */
function inDiff(diff, file, line, mode) {
    if (!diff || mode === 'nofilter')
        return true;
    const f = diff.files.get(file);
    if (!f)
        return false;
    if (f.whole || mode === 'file')
        return true;
    return within(mode === 'added' ? f.added : f.hunks, line);
}
/** Whether a review comment may be placed on this line (GitHub answers 422 for lines outside the hunks). */
function commentable(diff, file, line) {
    const f = diff?.files.get(file);
    return f !== undefined && !f.whole && within(f.hunks, line);
}
/** A full commit id: 40 hex digits (SHA-1) or 64 (SHA-256), lower case as git prints them. */
function isCommitId(s) {
    return /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(s);
}


/***/ }),

/***/ 1379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runEntry)
/* harmony export */ });
/* unused harmony export EXIT_GRACE_MS */
/**
 * How both entries (the action, the CLI) end. Whatever happens below, the process ends with an exit
 * code: a throw that escapes the entry's own error handling is reported as an internal error, and
 * once the work is done a handle left open by mistake (a socket, a timer, a thread) cannot keep the
 * process alive until the job's timeout.
 */
/** How long a finished entry waits for the event loop to empty by itself before it exits. */
const EXIT_GRACE_MS = 1000;
/**
 * Runs `main` and sets the exit code it returns (undefined: `main` set it). A throw sets
 * `crash.exitCode` and is reported (if even that throws — stderr closed — the code stands). Then,
 * if the process is still alive after EXIT_GRACE_MS (and its output is written), it exits.
 */
async function runEntry(main, crash, proc = process) {
    try {
        const code = await main();
        if (code !== undefined)
            proc.exitCode = code;
    }
    catch (e) {
        proc.exitCode = crash.exitCode;
        try {
            crash.report(e);
        }
        catch {
            // Nowhere left to say it; the exit code says it.
        }
    }
    exitWhenIdle(proc);
}
/**
 * An unref'd timer: it never keeps the process alive, and fires only when something else does.
 * Output still being written to a slow reader (`| less` on macOS, where pipes are asynchronous) is
 * waited for.
 */
function exitWhenIdle(proc) {
    const timer = setTimeout(() => {
        if (proc.stdout.writableLength > 0 || proc.stderr.writableLength > 0)
            exitWhenIdle(proc);
        else
            proc.exit();
    }, EXIT_GRACE_MS);
    timer.unref();
}


/***/ }),

/***/ 3701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ fixFindings),
  n: () => (/* binding */ formatFixes)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/policy.ts
var policy = __webpack_require__(1237);
// EXTERNAL MODULE: ./src/scan/engine.ts + 5 modules
var engine = __webpack_require__(7182);
// EXTERNAL MODULE: ./src/scan/file-kinds.ts
var file_kinds = __webpack_require__(9213);
;// CONCATENATED MODULE: ./src/scan/fix.ts
function editOf(file, f) {
    const fix = f.fix;
    return {
        start: file.lineStart(fix.line) + fix.column - 1,
        end: file.lineStart(fix.endLine) + fix.endColumn - 1,
        text: fix.replacement,
        finding: f,
    };
}
/** Applies non-overlapping edits, later ones first; returns the text and the findings applied. */
function applyEdits(file, findings) {
    const edits = findings
        .filter((f) => f.fix && !f.suppressed)
        .map((f) => editOf(file, f))
        .sort((a, b) => b.start - a.start || b.end - a.end);
    let text = file.text;
    let limit = Infinity;
    const applied = [];
    for (const e of edits) {
        if (e.end > limit || e.start > e.end)
            continue;
        text = text.slice(0, e.start) + e.text + text.slice(e.end);
        limit = e.start;
        applied.push(e.finding);
    }
    return { text, applied: applied.reverse() };
}
/**
 * Fixes one file. `findings` are the ones to fix; `recheck` runs the same rules over a text and
 * returns all their findings (it is run on the original text too, so both counts agree).
 */
function fixFile(file, findings, recheck) {
    const active = findings.filter((f) => !f.suppressed);
    const count = (list, rule) => list.filter((f) => f.ruleId === rule && !f.suppressed).length;
    const before = recheck(file.text);
    const refused = new Set();
    // Each round either keeps every remaining fix or refuses at least one more rule: it ends.
    for (;;) {
        const candidates = active.filter((f) => f.fix && !refused.has(f.ruleId));
        const { text, applied } = applyEdits(file, candidates);
        if (applied.length === 0)
            return { text: file.text, applied: [], left: active };
        const fixedRules = new Set(applied.map((f) => f.ruleId));
        const after = recheck(text);
        const failed = [...fixedRules].filter((rule) => count(after, rule) > count(before, rule) - applied.filter((f) => f.ruleId === rule).length);
        if (failed.length === 0)
            return { text, applied, left: active.filter((f) => !applied.includes(f)) };
        for (const rule of failed)
            refused.add(rule);
    }
}

// EXTERNAL MODULE: ./src/scan/source.ts + 1 modules
var scan_source = __webpack_require__(3740);
;// CONCATENATED MODULE: ./src/fix-files.ts
/**
 * `tls-floor fix`: applies the mechanical fixes of a scan to the files in place, like
 * `eslint --fix`. Only files that round-trip exactly through UTF-8 are touched (a BOM is kept), a
 * file is re-read without following links and replaced atomically (write beside it, then rename),
 * and a fix is kept only when the rule that proposed it is quiet afterwards (scan/fix.ts).
 */







const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** The file's bytes when it is a regular file reached without following a link; else why not. */
function readRegular(abs) {
    let fd;
    try {
        fd = external_node_fs_.openSync(abs, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (e) {
        return `cannot be opened (${e.code ?? e})`;
    }
    try {
        if (!external_node_fs_.fstatSync(fd).isFile())
            return 'not a regular file';
        return external_node_fs_.readFileSync(fd);
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
}
/** Writes beside the file and renames over it: a reader never sees half a file, a planted link is replaced, not followed. */
function replaceFile(abs, bytes) {
    const mode = external_node_fs_.lstatSync(abs).mode & 0o7777;
    const tmp = external_node_path_.join(external_node_path_.dirname(abs), `.${external_node_path_.basename(abs)}.tls-floor-${process.pid}`);
    external_node_fs_.writeFileSync(tmp, bytes, { mode, flag: 'wx' });
    try {
        external_node_fs_.renameSync(tmp, abs);
    }
    catch (e) {
        external_node_fs_.rmSync(tmp, { force: true });
        throw e;
    }
}
/** Fixes the failing findings of a scan (grouped by file) and says what it did. */
function fixFindings(findings, opts) {
    const byFile = new Map();
    for (const f of findings)
        if ((0,policy/* fails */.c6)(f.severity, opts.policy))
            byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    const index = new engine/* RuleIndex */.PR(opts.rules);
    const files = [];
    const left = [];
    for (const [rel, mine] of byFile) {
        if (!mine.some((f) => f.fix)) {
            for (const f of mine)
                left.push(f);
            continue;
        }
        const abs = external_node_path_.join(opts.root, rel);
        const bytes = readRegular(abs);
        const leave = (skipped) => {
            files.push({ file: rel, changes: [], skipped });
            for (const f of mine)
                left.push(f);
        };
        if (typeof bytes === 'string') {
            leave(bytes);
            continue;
        }
        const bom = bytes.subarray(0, 3).equals(BOM);
        const body = bom ? bytes.subarray(3) : bytes;
        const text = body.toString('utf8');
        if (!Buffer.from(text, 'utf8').equals(body)) {
            leave('not valid UTF-8: left as it is');
            continue;
        }
        const source = new scan_source/* SourceFile */.sC(rel, text, (0,file_kinds/* classify */.L8)(rel));
        if (mine.some((f) => f.snippet && !text.includes(f.snippet))) {
            leave('changed since it was scanned');
            continue;
        }
        const selection = index.select(source);
        const recheck = (candidate) => (0,engine/* checkFile */.vH)(new scan_source/* SourceFile */.sC(rel, candidate, source.kind), selection, opts.policy);
        const result = fixFile(source, mine, recheck);
        for (const f of result.left)
            left.push(f);
        if (result.applied.length === 0)
            continue;
        if (!opts.dryRun)
            replaceFile(abs, Buffer.concat([bom ? BOM : Buffer.alloc(0), Buffer.from(result.text, 'utf8')]));
        const changes = result.applied.map((finding) => {
            const fix = finding.fix;
            const start = source.lineStart(fix.line) + fix.column - 1;
            return { finding, before: text.slice(start, source.lineStart(fix.endLine) + fix.endColumn - 1), after: fix.replacement };
        });
        files.push({ file: rel, changes });
    }
    return { files, left };
}
/** What `fix` prints: one line per change, then the findings left for a person, then a count. */
function formatFixes(outcome, dryRun = false) {
    const lines = [];
    const verb = dryRun ? 'would fix' : 'fixed';
    for (const f of outcome.files) {
        if (f.skipped)
            lines.push(`${f.file}  skipped: ${f.skipped}`);
        for (const c of f.changes)
            lines.push(`${f.file}:${c.finding.line}:${c.finding.column}  ${verb}  ${c.finding.ruleId}  ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`);
    }
    for (const f of outcome.left)
        lines.push(`${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.ruleId}  ${f.message} (no mechanical fix)`);
    const changed = outcome.files.reduce((n, f) => n + f.changes.length, 0);
    const files = outcome.files.filter((f) => f.changes.length).length;
    lines.push(`${verb} ${changed} finding${changed === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; ${outcome.left.length} left to change by hand`);
    return `${lines.join('\n')}\n`;
}


/***/ }),

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

/***/ 1843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ai: () => (/* binding */ mergeFiles)
});

// UNUSED EXPORTS: MAX_MERGED_REPORTS, globReports

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
        throw new ConfigurationError(`${key}: ${quote(pattern)}: only the file name may have wildcards (e.g. reports/*.json)`);
    const dir = path.resolve(base, dirGiven);
    let real;
    try {
        real = fs.realpathSync(dir);
    }
    catch {
        throw new ConfigurationError(`${key}: ${quote(pattern)}: the directory ${quote(dirGiven)} does not exist`);
    }
    if (reach !== 'anywhere' && !reach.some((a) => isWithin(real, a.dir)))
        throw new ConfigurationError(`${key}: ${quote(pattern)} is outside the ${reach.map((a) => a.name).join(' or ')}`);
    const match = picomatch(glob, { dot: false });
    const names = fs
        .readdirSync(real, { withFileTypes: true })
        .filter((d) => match(d.name) && (d.isFile() || d.isSymbolicLink()))
        .map((d) => d.name)
        .sort();
    if (names.length === 0)
        throw new ConfigurationError(`${key}: ${quote(pattern)} matches no files`);
    return names.map((n) => ({ given: slash >= 0 ? `${pattern.slice(0, slash)}/${n}` : n, path: path.join(real, n) }));
}


/***/ }),

/***/ 7729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ render),
/* harmony export */   a: () => (/* binding */ writeReportFile)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8431);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4400);
/* harmony import */ var _report_sarif_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8329);
/** Writing report files (JSON or SARIF by extension), shared by the action and the CLI. */



function render(report, format, rules) {
    return format === 'json' ? (0,_report_report_js__WEBPACK_IMPORTED_MODULE_1__/* .toJson */ .aB)(report) : `${JSON.stringify((0,_report_sarif_js__WEBPACK_IMPORTED_MODULE_2__/* .toSarif */ .z)(report, rules), null, 2)}\n`;
}
/**
 * Writes a report file to a checked path (see paths.ts), creating its directory; `.sarif` files get
 * SARIF, others JSON. Errors name the setting the path came from. Returns the path written.
 */
function writeReportFile(out, report, rules, format) {
    const f = format ?? (/\.sarif(\.json)?$/i.test(out.path) ? 'sarif' : 'json');
    return (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .writeOutput */ .zh)(out, render(report, f, rules));
}


/***/ }),

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ realAreas),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   XC: () => (/* binding */ outputPath),
/* harmony export */   _f: () => (/* binding */ entryAt),
/* harmony export */   im: () => (/* binding */ readConfigText),
/* harmony export */   zh: () => (/* binding */ writeOutput)
/* harmony export */ });
/* unused harmony export MAX_CONFIG_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/**
 * Paths that users give: files to write (report, SARIF, later badges) and the config file to read.
 * They are resolved the way the kernel will resolve them — after following symbolic links — and
 * must stay inside the directories their origin may use: what the repository's own config file
 * names stays in the workspace; a workflow input may also use RUNNER_TEMP; the CLI's own flags are
 * the local user's choice. Files are then written without following a link at the last component
 * and without unbounded `mkdir -p` (which loops forever under /proc).
 */



function errno(e) {
    return e.code ?? String(e);
}
/** What is at a path (not following a final link), or undefined; any other error (too long, not a directory…) is the user's. */
function entryAt(abs, key, given) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(abs, { throwIfNoEntry: false });
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: cannot use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)}: ${errno(e)}`);
    }
}
/** Whether `p` is `dir` itself or below it (both absolute and resolved). */
function isWithin(p, dir) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(dir, p);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
}
/** The real path of a directory that need not exist yet: realpath of its deepest existing ancestor, then the rest. */
function realDirectory(dir, key, given) {
    const missing = [];
    let at = dir;
    // Bounded by the number of components: each step goes one directory up.
    for (;;) {
        try {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(at);
            break;
        }
        catch (e) {
            if (errno(e) !== 'ENOENT')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: cannot use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)}: ${errno(e)}`);
            const up = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at);
            if (up === at)
                break;
            missing.unshift(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(at));
            at = up;
        }
    }
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(at);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: cannot use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)}: ${errno(e) === 'ENOENT' ? 'a symbolic link on the way leads nowhere' : errno(e)}`);
    }
    if (missing.length === 0 && !node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(real).isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: cannot use ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)}: ${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(dir)} is not a directory`);
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(real, ...missing);
}
function areaNames(reach) {
    return reach.map((a) => a.name).join(' or ');
}
/** The real directories of some areas (the ones that exist). */
function realAreas(areas) {
    return areas.flatMap((a) => {
        try {
            return [{ dir: node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(a.dir), name: a.name }];
        }
        catch {
            return [];
        }
    });
}
/**
 * Resolves a path the user gave for writing, relative to `base`. The last component is not
 * followed (the writer replaces whatever is there); every directory above it is.
 */
function outputPath(given, key, base, reach) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(base, given);
    if (given.trim() === '' || abs === node_path__WEBPACK_IMPORTED_MODULE_1__.parse(abs).root)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)} is not a file name`);
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(realDirectory(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(abs), key, given), node_path__WEBPACK_IMPORTED_MODULE_1__.basename(abs));
    if (reach !== 'anywhere' && !reach.some((a) => isWithin(file, a.dir) && file !== a.dir))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)} is outside the ${areaNames(reach)}`);
    const existing = entryAt(file, key, given);
    if (existing?.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)} is a directory`);
    return { key, given, path: file };
}
/** Most directories `writeOutput` creates above a file: bounds the loop whatever the path. */
const MAX_NEW_DIRECTORIES = 32;
/** Creates the missing directories above `file` one at a time (never a recursive mkdir). */
function makeParents(dir, out) {
    const missing = [];
    for (let at = dir; missing.length <= MAX_NEW_DIRECTORIES; at = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at)) {
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(at, { throwIfNoEntry: false }))
            break;
        missing.unshift(at);
        if (node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at) === at)
            break;
    }
    if (missing.length > MAX_NEW_DIRECTORIES)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${out.key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(out.given)} needs too many new directories`);
    for (const d of missing)
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(d);
}
/**
 * Writes `content` to a checked path: the directories are made one by one, then checked to still
 * be where `outputPath` resolved them (no link swapped in), and the file is written beside its
 * destination and renamed over it, so a symbolic link, FIFO or device planted there is replaced,
 * never followed or opened.
 */
function writeOutput(out, content) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(out.path);
    const temp = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(out.path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
    let fd;
    try {
        makeParents(dir, out);
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(dir) !== dir)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${out.key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(out.given)} changed while tls-floor ran`);
        const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants;
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o666);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(fd, content);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
        fd = undefined;
        node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(temp, out.path);
        return out.path;
    }
    catch (e) {
        if (fd !== undefined)
            node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(temp, { force: true });
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1)
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${out.key}: cannot write ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(out.given)}: ${errno(e)}`);
    }
}
/** Largest config file read: more is not a config file, and reading it would only cost memory. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * Reads a config file that must be a regular file of at most 1 MiB inside `reach` after following
 * symbolic links. A FIFO is refused without opening it for a blocking read; nothing of a file
 * outside is read or quoted. Returns undefined when there is nothing at `abs`.
 */
function readConfigText(abs, key, given, reach, maxBytes = MAX_CONFIG_BYTES) {
    if (!entryAt(abs, key, given))
        return undefined;
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(abs);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)} cannot be followed: ${errno(e) === 'ENOENT' ? 'a symbolic link that leads nowhere' : errno(e)}`);
    }
    if (reach !== 'anywhere' && !reach.some((a) => isWithin(real, a.dir)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)} leads outside the ${areaNames(reach)}`);
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW);
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd);
        if (!st.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)} is not a regular file`);
        if (st.size > maxBytes)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)} is larger than ${maxBytes / 1024 ** 2} MiB`);
        const buf = Buffer.alloc(st.size);
        let n = 0;
        while (n < buf.length) {
            const r = node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, buf, n, buf.length - n, n);
            if (r === 0)
                break;
            n += r;
        }
        return buf.subarray(0, n).toString('utf8');
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1)
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${key}: cannot read ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(given)}: ${errno(e)}`);
    }
    finally {
        if (fd !== undefined)
            node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
}


/***/ }),

/***/ 1168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iX: () => (/* binding */ KNOWN_RULE_IDS),
  IW: () => (/* binding */ activeRules),
  A7: () => (/* binding */ loadRules),
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: compareWithPrevious, runScan, shardEndpoints

// EXTERNAL MODULE: ./src/report/report.ts + 1 modules
var report_report = __webpack_require__(4400);
// EXTERNAL MODULE: ./src/scan/context-severity.ts
var context_severity = __webpack_require__(6596);
// EXTERNAL MODULE: ./src/report-files.ts
var report_files = __webpack_require__(6063);
// EXTERNAL MODULE: ./src/diff/model.ts
var model = __webpack_require__(8054);
// EXTERNAL MODULE: ./src/shard.ts
var src_shard = __webpack_require__(7903);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/versions.ts
var versions = __webpack_require__(7902);
// EXTERNAL MODULE: ./src/report/sarif.ts + 1 modules
var sarif = __webpack_require__(8329);
;// CONCATENATED MODULE: ./src/report/record.ts
/**
 * The report as a record: when a run was judged, on which commit, with which settings (what a
 * history of reports needs to compare like with like), and what changed since a previous report.
 * Pure: reports in, report out; reading the previous report is the caller's job.
 */






function runSettings(settings) {
    return {
        minVersion: settings.policy.minVersion,
        failOn: settings.policy.failOn,
        ...(settings.failScope ? { failScope: settings.failScope } : {}),
        failOnUnreachable: settings.failOnUnreachable,
        failOnUnreadable: settings.failOnUnreadable,
        rules: Object.fromEntries([...settings.rules].sort(([a], [b]) => (a < b ? -1 : 1))),
        toolVersion: version/* TOOL_VERSION */.wr,
    };
}
function runRecord(settings, context = {}) {
    return {
        time: (context.time ?? new Date()).toISOString(),
        // Only a commit id: the environment is not trusted to hold one.
        ...(context.commit && (0,model/* isCommitId */.jh)(context.commit) ? { commit: context.commit } : {}),
        ...(context.event ? { event: context.event } : {}),
        ...(settings.shard ? { shard: `${settings.shard.index}/${settings.shard.count}` } : {}),
        settings: runSettings(settings),
    };
}
function ref(f) {
    return { key: (0,sarif/* fingerprint */.R)(f), ruleId: f.ruleId, file: f.file, line: f.line };
}
/** The findings that fail the report's own policy, by key. */
function failingByKey(report) {
    const out = new Map();
    for (const f of (0,report_report/* failing */.Jr)(report.findings, { minVersion: report.minVersion, failOn: report.failOn }))
        out.set((0,sarif/* fingerprint */.R)(f), ref(f));
    return out;
}
function endpointChange(now, then) {
    const before = (0,versions/* setOf */.s4)(...(then?.accepted ?? []));
    const after = (0,versions/* setOf */.s4)(...now.accepted);
    const appeared = (0,versions/* toList */.st)(after & ~before);
    const disappeared = (0,versions/* toList */.st)(before & ~after);
    const moved = { ...(appeared.length ? { appeared } : {}), ...(disappeared.length ? { disappeared } : {}) };
    const wasFailing = then !== undefined && (0,report_report/* endpointFails */.te)(then);
    // An endpoint that cannot be checked now is neither fixed nor changed: nothing is known of it.
    if (now.status === 'unchecked')
        return {};
    let change;
    if ((0,report_report/* endpointFails */.te)(now))
        change = !wasFailing ? 'new' : appeared.length || disappeared.length ? 'changed' : 'still';
    else if (wasFailing)
        change = 'fixed';
    // Nor was one that could not be checked then: no change is claimed from what was not known.
    else if (then && then.status !== 'unchecked' && (appeared.length || disappeared.length))
        change = 'changed';
    return change ? { change, ...moved } : {};
}
/** What of a whole report a shard would have seen: its endpoints and files. */
function shareOf(report, shard) {
    if (!shard)
        return report;
    return {
        ...report,
        endpoints: report.endpoints.filter((e) => (0,src_shard/* inShard */.Iw)((0,src_shard/* endpointKey */.r4)(e), shard)),
        findings: report.findings.filter((f) => (0,src_shard/* inShard */.Iw)(f.file, shard)),
    };
}
/**
 * The report with each endpoint's change and the top-level `changes` since `previous`. A shard
 * compares with its own share of the previous report: the other shards' endpoints are not gone.
 */
function withChanges(report, whole, shard) {
    const previous = shareOf(whole, shard);
    const before = new Map(previous.endpoints.map((e) => [(0,src_shard/* endpointKey */.r4)(e), e]));
    const endpoints = report.endpoints.map((e) => ({ ...e, ...endpointChange(e, before.get((0,src_shard/* endpointKey */.r4)(e))) }));
    const now = new Set(report.endpoints.map(src_shard/* endpointKey */.r4));
    const pick = (c) => endpoints.filter((e) => e.change === c).map((e) => e.target);
    const oldFindings = failingByKey(previous);
    const newFindings = failingByKey(report);
    return {
        ...report,
        endpoints,
        changes: {
            previous: {
                ...(previous.run?.time ? { time: previous.run.time } : {}),
                ...(previous.run?.commit ? { commit: previous.run.commit } : {}),
            },
            newFindings: [...newFindings].filter(([k]) => !oldFindings.has(k)).map(([, f]) => f),
            fixedFindings: [...oldFindings].filter(([k]) => !newFindings.has(k)).map(([, f]) => f),
            stillFindings: [...newFindings.keys()].filter((k) => oldFindings.has(k)).length,
            newEndpoints: pick('new'),
            fixedEndpoints: pick('fixed'),
            stillEndpoints: pick('still'),
            changedEndpoints: pick('changed'),
            goneEndpoints: previous.endpoints.filter((e) => (0,report_report/* endpointFails */.te)(e) && !now.has((0,src_shard/* endpointKey */.r4)(e))).map((e) => e.target),
        },
    };
}

;// CONCATENATED MODULE: ./src/scan/rule-ids.ts
/**
 * Every rule id, in the order of RULES (src/scan/rules/index.ts): what the settings check a config
 * file's `rules:` against and what a scan counts, without loading the rules. Generated: `npm run docs`
 * rewrites it (__tests__/docs.test.ts checks it).
 */
const RULE_IDS = [
    'dotnet/security-protocol-type',
    'dotnet/ssl-protocols',
    'dotnet/kestrel-config-ssl-protocols',
    'dotnet/wcf-ssl-protocols',
    'dotnet/appcontext-tls-switch',
    'dotnet/target-framework',
    'dotnet/winhttp-option-secure-protocols',
    'dotnet/winhttp-secure-protocol-flags',
    'dotnet/schannel-protocols',
    'windows/schannel-protocol-enabled',
    'windows/dotnet-strong-crypto-off',
    'windows/secure-protocols-mask',
    'windows/powershell-security-protocol',
    'windows/powershell-ssl-protocol-parameter',
    'windows/send-mailmessage-defaults',
    'java/sslcontext-protocol',
    'java/enabled-protocols',
    'java/okhttp-compatible-tls',
    'java/jsse-protocols-property',
    'java/disabled-algorithms',
    'java/disabled-algorithms-edit',
    'java/tomcat-protocols',
    'java/enabled-protocols-setting',
    'java/ssl-protocol-setting',
    'java/javamail-ssl-protocols',
    'java/jdbc-tls-protocols',
    'java/elastic-supported-protocols',
    'python/ssl-protocol-constant',
    'python/tls-version-bound',
    'python/ssl-options-cleared',
    'python/ssl-exclusions-stop-at-sslv3',
    'node/secure-protocol',
    'node/min-max-version',
    'node/tls-version-flag',
    'node/sslv3-cipher-alias',
    'go/tls-config-version',
    'go/godebug-tls10',
    'go/kubernetes-tls-min-version',
    'go/openshift-old-tls-profile',
    'go/hashicorp-tls-version',
    'go/prometheus-tls-version',
    'go/traefik-tls-version',
    'go/caddy-protocols',
    'rust/native-tls-protocol',
    'rust/openssl-proto-version',
    'rust/reqwest-tls-version',
    'c/openssl-method',
    'c/openssl-proto-version',
    'c/openssl-options',
    'c/ssl-conf-cmd',
    'c/gnutls-priority',
    'c/mbedtls-version',
    'c/boost-asio-context',
    'c/qt-ssl-protocol',
    'c/curl-sslversion',
    'c/openssl-cnf-min-protocol',
    'c/openssl-seclevel',
    'c/crypto-policies',
    'c/nss-version-range',
    'php/curl-sslversion',
    'php/stream-crypto-method',
    'php/stream-wrapper',
    'ruby/ssl-version',
    'ruby/puma-ssl-bind',
    'perl/ssl-version',
    'erlang/tls-versions',
    'apple/ats-minimum-tls-version',
    'apple/urlsession-tls-version',
    'apple/network-tls-version',
    'cli/curl-tls-version',
    'cli/wget-secure-protocol',
    'cli/git-ssl-version',
    'cli/tls-probe',
    'cli/openssl-conf-legacy',
    'nginx/ssl-protocols',
    'ingress-nginx/ssl-protocols',
    'apache/ssl-protocol',
    'haproxy/ssl-options',
    'envoy/tls-protocol-version',
    'istio/protocol-version',
    'contour/minimum-protocol-version',
    'emissary/tls-version',
    'kong/ssl-protocols',
    'lighttpd/ssl-protocols',
    'stunnel/ssl-version',
    'openvpn/tls-version',
    'hitch/tls-protos',
    'squid/tls-min-version',
    'postfix/tls-protocols',
    'dovecot/ssl-protocols',
    'exim/tls-options',
    'ftp/vsftpd-ssl-versions',
    'ftp/proftpd-tls-protocol',
    'ldap/tls-protocol-min',
    'mysql/tls-version',
    'postgres/ssl-protocol-version',
    'redis/tls-protocols',
    'mongodb/disabled-protocols',
    'mssql/tlsprotocols',
    'zookeeper/ssl-protocol',
    'aws/elb-ssl-policy',
    'aws/elb-listener-default-policy',
    'aws/elb-classic-protocol-attribute',
    'aws/cloudfront-minimum-protocol-version',
    'aws/cloudfront-origin-ssl-protocols',
    'aws/apigateway-security-policy',
    'aws/opensearch-tls-security-policy',
    'aws/rds-parameter-tls',
    'azure/min-tls-version',
    'azure/app-gateway-ssl-policy',
    'azure/apim-legacy-protocols',
    'azure/db-server-parameter-tls',
    'gcp/ssl-policy-min-tls-version',
    'gcp/ssl-policy-default',
    'alicloud/slb-tls-policy',
    'code/tls-version-argument',
    'code/default-protocol-table',
    'generic/tls-version-setting',
];

;// CONCATENATED MODULE: ./src/pipeline.ts






/** Every rule: the largest part of the bundle, loaded when there are files to scan or rules to describe (SARIF). */
async function loadRules() {
    return (await __webpack_require__.e(/* import() */ 441).then(__webpack_require__.bind(__webpack_require__, 6441))).RULES;
}
/** The ids a config file's `rules:` may name (a list kept beside the rules: checking them loads no rule). */
const KNOWN_RULE_IDS = new Set(RULE_IDS);
/** The rules with the config file's overrides applied: `off` drops a rule, a severity replaces it. */
function activeRules(settings, rules) {
    return rules.filter((r) => settings.rules.get(r.meta.id) !== 'off');
}
/**
 * The settings' judgement, in one place: a rule's override replaces its severity, then the file's
 * context caps it (`tests: note`) or drops the finding (`off`).
 */
function withSeverityOverrides(findings, settings) {
    const overridden = findings.map((f) => {
        const o = settings.rules.get(f.ruleId);
        return o && o !== 'off' ? { ...f, severity: o } : f;
    });
    return (0,context_severity/* judgeByContext */.cb)(overridden, settings.contexts);
}
/** `rules`: all of them (default: loaded once the listing has files to read, so an empty tree never loads them). */
async function runScan(settings, rules) {
    const { compareFindings, scanWithRules } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 162));
    const { workerPool } = await __webpack_require__.e(/* import() */ 905).then(__webpack_require__.bind(__webpack_require__, 3286));
    const judged = (findings) => withSeverityOverrides(findings, settings).sort(compareFindings);
    const active = (ids) => ids.filter((id) => settings.rules.get(id) !== 'off').length;
    const result = await scanWithRules({
        root: settings.root,
        paths: settings.paths,
        exclude: settings.exclude,
        maxFileSize: settings.maxFileSize,
        policy: settings.policy,
        ...(settings.shard ? { shard: settings.shard } : {}),
    }, {
        count: rules ? active(rules.map((r) => r.meta.id)) : active(RULE_IDS),
        load: async () => activeRules(settings, rules ?? (await loadRules())),
    }, workerPool());
    return {
        ...result,
        findings: judged(result.findings),
        suppressed: judged(result.suppressed),
    };
}
/** The endpoints this run probes: all of them, or its shard's share (by identity, not position). */
function shardEndpoints(settings) {
    return settings.endpoints.filter((e) => (0,src_shard/* inShard */.Iw)((0,src_shard/* endpointKey */.r4)(e), settings.shard));
}
async function probeEndpoints(endpoints, settings, deps) {
    const { probe } = await __webpack_require__.e(/* import() */ 878).then(__webpack_require__.bind(__webpack_require__, 6878));
    return probe(endpoints, {
        timeoutMs: settings.timeoutMs,
        concurrency: settings.concurrency,
        perHostConcurrency: settings.perHostConcurrency,
        ...deps,
    });
}
/** `context` may still be on its way (the CLI asks git for the commit while the scan runs). */
async function run(settings, deps = {}, change, context) {
    const scanned = settings.scan ? await runScan(settings) : undefined;
    const mine = shardEndpoints(settings);
    const endpoints = mine.length ? await probeEndpoints(mine, settings, deps) : undefined;
    const report = (0,report_report/* buildReport */.FK)({
        scan: scanned,
        endpoints,
        policy: settings.policy,
        failOnUnreachable: settings.failOnUnreachable,
        diff: change?.diff,
        filterMode: settings.filterMode,
        failScope: settings.failScope ?? change?.defaultFailScope,
        failOnUnreadable: settings.failOnUnreadable,
        run: runRecord(settings, await context),
    });
    return compareWithPrevious(report, settings);
}
/** With `previous-report` (when the file is there: the first night has none), what changed since. */
function compareWithPrevious(report, settings) {
    const previous = settings.previousReport && (0,report_files/* readReportSource */.Gh)(settings.previousReport);
    return previous ? withChanges(report, previous, settings.shard) : report;
}


/***/ }),

/***/ 9302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ TLS12_ONLY_SUITES),
/* harmony export */   Cj: () => (/* binding */ SSL2_CIPHER_SPECS),
/* harmony export */   Co: () => (/* binding */ ECC_SUITE_IDS),
/* harmony export */   Fo: () => (/* binding */ cipherName),
/* harmony export */   IA: () => (/* binding */ TLS13_SUITES),
/* harmony export */   Jy: () => (/* binding */ CLASSIC_SUITES),
/* harmony export */   Q6: () => (/* binding */ alertName),
/* harmony export */   Qx: () => (/* binding */ suiteName),
/* harmony export */   RQ: () => (/* binding */ PLAIN_SUITE_IDS),
/* harmony export */   Ty: () => (/* binding */ SCSV_RENEGOTIATION),
/* harmony export */   YM: () => (/* binding */ ECC_SUITES),
/* harmony export */   hm: () => (/* binding */ TLS12_ONLY_IDS),
/* harmony export */   vy: () => (/* binding */ SSL2_ERROR_NAMES)
/* harmony export */ });
/* unused harmony export ALERT_NAMES */
const table = (rows) => rows.map(([id, name]) => ({ id, name }));
/** The renegotiation SCSV (RFC 5746). Not a cipher: some IIS versions reject hellos without it. */
const SCSV_RENEGOTIATION = 0x00ff;
/** TLS 1.3 suites (RFC 8446 §B.4). They are only valid in a TLS 1.3 hello. */
const TLS13_SUITES = table([
    [0x1301, 'TLS_AES_128_GCM_SHA256'],
    [0x1302, 'TLS_AES_256_GCM_SHA384'],
    [0x1303, 'TLS_CHACHA20_POLY1305_SHA256'],
    [0x1304, 'TLS_AES_128_CCM_SHA256'],
    [0x1305, 'TLS_AES_128_CCM_8_SHA256'],
]);
/**
 * Suites that exist only from TLS 1.2 on (AEAD ciphers and SHA-2 MACs, RFC 5246/5288/5289/6655/
 * 7905). Offering them in an older hello is pointless: a server that picked one would be broken.
 */
const TLS12_ONLY_SUITES = table([
    [0xc02c, 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384'],
    [0xc030, 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'],
    [0xcca9, 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256'],
    [0xcca8, 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256'],
    [0xc02b, 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256'],
    [0xc02f, 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'],
    [0x00a3, 'TLS_DHE_DSS_WITH_AES_256_GCM_SHA384'],
    [0x009f, 'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384'],
    [0xccaa, 'TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256'],
    [0x00a2, 'TLS_DHE_DSS_WITH_AES_128_GCM_SHA256'],
    [0x009e, 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256'],
    [0xc0ad, 'TLS_ECDHE_ECDSA_WITH_AES_256_CCM'],
    [0xc0ac, 'TLS_ECDHE_ECDSA_WITH_AES_128_CCM'],
    [0xc09f, 'TLS_DHE_RSA_WITH_AES_256_CCM'],
    [0xc09e, 'TLS_DHE_RSA_WITH_AES_128_CCM'],
    [0xc024, 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384'],
    [0xc028, 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384'],
    [0xc023, 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256'],
    [0xc027, 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256'],
    [0x006b, 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA256'],
    [0x006a, 'TLS_DHE_DSS_WITH_AES_256_CBC_SHA256'],
    [0x0067, 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA256'],
    [0x0040, 'TLS_DHE_DSS_WITH_AES_128_CBC_SHA256'],
    [0xc073, 'TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_CBC_SHA384'],
    [0xc077, 'TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384'],
    [0xc072, 'TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_CBC_SHA256'],
    [0xc076, 'TLS_ECDHE_RSA_WITH_CAMELLIA_128_CBC_SHA256'],
    [0x00c4, 'TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA256'],
    [0x00be, 'TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA256'],
    [0xc02e, 'TLS_ECDH_ECDSA_WITH_AES_256_GCM_SHA384'],
    [0xc032, 'TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384'],
    [0xc02d, 'TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256'],
    [0xc031, 'TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256'],
    [0xc026, 'TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA384'],
    [0xc02a, 'TLS_ECDH_RSA_WITH_AES_256_CBC_SHA384'],
    [0xc025, 'TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256'],
    [0xc029, 'TLS_ECDH_RSA_WITH_AES_128_CBC_SHA256'],
    [0x009d, 'TLS_RSA_WITH_AES_256_GCM_SHA384'],
    [0x009c, 'TLS_RSA_WITH_AES_128_GCM_SHA256'],
    [0xc09d, 'TLS_RSA_WITH_AES_256_CCM'],
    [0xc09c, 'TLS_RSA_WITH_AES_128_CCM'],
    [0x003d, 'TLS_RSA_WITH_AES_256_CBC_SHA256'],
    [0x003c, 'TLS_RSA_WITH_AES_128_CBC_SHA256'],
    [0x00c0, 'TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256'],
    [0x00ba, 'TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256'],
    [0x003b, 'TLS_RSA_WITH_NULL_SHA256'],
]);
/**
 * Elliptic-curve suites (RFC 4492, TLS 1.0 and later). Offering any of them obliges the hello to
 * carry supported_groups and ec_point_formats, which SSLv3 hellos cannot (no extensions).
 */
const ECC_SUITES = table([
    [0xc00a, 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA'],
    [0xc014, 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA'],
    [0xc009, 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA'],
    [0xc013, 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA'],
    [0xc008, 'TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA'],
    [0xc012, 'TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA'],
    [0xc007, 'TLS_ECDHE_ECDSA_WITH_RC4_128_SHA'],
    [0xc011, 'TLS_ECDHE_RSA_WITH_RC4_128_SHA'],
    [0xc006, 'TLS_ECDHE_ECDSA_WITH_NULL_SHA'],
    [0xc010, 'TLS_ECDHE_RSA_WITH_NULL_SHA'],
    [0xc005, 'TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA'],
    [0xc00f, 'TLS_ECDH_RSA_WITH_AES_256_CBC_SHA'],
    [0xc004, 'TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA'],
    [0xc00e, 'TLS_ECDH_RSA_WITH_AES_128_CBC_SHA'],
    [0xc003, 'TLS_ECDH_ECDSA_WITH_3DES_EDE_CBC_SHA'],
    [0xc00d, 'TLS_ECDH_RSA_WITH_3DES_EDE_CBC_SHA'],
    [0xc002, 'TLS_ECDH_ECDSA_WITH_RC4_128_SHA'],
    [0xc00c, 'TLS_ECDH_RSA_WITH_RC4_128_SHA'],
    [0xc001, 'TLS_ECDH_ECDSA_WITH_NULL_SHA'],
    [0xc00b, 'TLS_ECDH_RSA_WITH_NULL_SHA'],
    [0xc019, 'TLS_ECDH_anon_WITH_AES_256_CBC_SHA'],
    [0xc018, 'TLS_ECDH_anon_WITH_AES_128_CBC_SHA'],
    [0xc017, 'TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA'],
    [0xc016, 'TLS_ECDH_anon_WITH_RC4_128_SHA'],
    [0xc015, 'TLS_ECDH_anon_WITH_NULL_SHA'],
]);
/**
 * Suites defined for SSLv3 / TLS 1.0 without ECC: RSA, DHE, fixed DH and anonymous DH key
 * exchange with AES-CBC, CAMELLIA, SEED, IDEA, 3DES, DES, RC4, RC2, export-grade and NULL
 * ciphers. Old servers that only have these must still be seen accepting their version.
 */
const CLASSIC_SUITES = table([
    [0x0039, 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA'],
    [0x0038, 'TLS_DHE_DSS_WITH_AES_256_CBC_SHA'],
    [0x0088, 'TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA'],
    [0x0087, 'TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA'],
    [0x0033, 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA'],
    [0x0032, 'TLS_DHE_DSS_WITH_AES_128_CBC_SHA'],
    [0x0045, 'TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA'],
    [0x0044, 'TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA'],
    [0x009a, 'TLS_DHE_RSA_WITH_SEED_CBC_SHA'],
    [0x0099, 'TLS_DHE_DSS_WITH_SEED_CBC_SHA'],
    [0x0016, 'TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA'],
    [0x0013, 'TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA'],
    [0x0035, 'TLS_RSA_WITH_AES_256_CBC_SHA'],
    [0x0084, 'TLS_RSA_WITH_CAMELLIA_256_CBC_SHA'],
    [0x002f, 'TLS_RSA_WITH_AES_128_CBC_SHA'],
    [0x0041, 'TLS_RSA_WITH_CAMELLIA_128_CBC_SHA'],
    [0x0096, 'TLS_RSA_WITH_SEED_CBC_SHA'],
    [0x0007, 'TLS_RSA_WITH_IDEA_CBC_SHA'],
    [0x000a, 'TLS_RSA_WITH_3DES_EDE_CBC_SHA'],
    [0x0005, 'TLS_RSA_WITH_RC4_128_SHA'],
    [0x0004, 'TLS_RSA_WITH_RC4_128_MD5'],
    [0x0015, 'TLS_DHE_RSA_WITH_DES_CBC_SHA'],
    [0x0012, 'TLS_DHE_DSS_WITH_DES_CBC_SHA'],
    [0x0009, 'TLS_RSA_WITH_DES_CBC_SHA'],
    [0x0064, 'TLS_RSA_EXPORT1024_WITH_RC4_56_SHA'],
    [0x0062, 'TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA'],
    [0x0014, 'TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA'],
    [0x0011, 'TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA'],
    [0x0008, 'TLS_RSA_EXPORT_WITH_DES40_CBC_SHA'],
    [0x0006, 'TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5'],
    [0x0003, 'TLS_RSA_EXPORT_WITH_RC4_40_MD5'],
    [0x0037, 'TLS_DH_RSA_WITH_AES_256_CBC_SHA'],
    [0x0036, 'TLS_DH_DSS_WITH_AES_256_CBC_SHA'],
    [0x0031, 'TLS_DH_RSA_WITH_AES_128_CBC_SHA'],
    [0x0030, 'TLS_DH_DSS_WITH_AES_128_CBC_SHA'],
    [0x0010, 'TLS_DH_RSA_WITH_3DES_EDE_CBC_SHA'],
    [0x000d, 'TLS_DH_DSS_WITH_3DES_EDE_CBC_SHA'],
    [0x000f, 'TLS_DH_RSA_WITH_DES_CBC_SHA'],
    [0x000c, 'TLS_DH_DSS_WITH_DES_CBC_SHA'],
    [0x000e, 'TLS_DH_RSA_EXPORT_WITH_DES40_CBC_SHA'],
    [0x000b, 'TLS_DH_DSS_EXPORT_WITH_DES40_CBC_SHA'],
    [0x003a, 'TLS_DH_anon_WITH_AES_256_CBC_SHA'],
    [0x0089, 'TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA'],
    [0x0034, 'TLS_DH_anon_WITH_AES_128_CBC_SHA'],
    [0x0046, 'TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA'],
    [0x001b, 'TLS_DH_anon_WITH_3DES_EDE_CBC_SHA'],
    [0x0018, 'TLS_DH_anon_WITH_RC4_128_MD5'],
    [0x001a, 'TLS_DH_anon_WITH_DES_CBC_SHA'],
    [0x0019, 'TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA'],
    [0x0017, 'TLS_DH_anon_EXPORT_WITH_RC4_40_MD5'],
    [0x0002, 'TLS_RSA_WITH_NULL_SHA'],
    [0x0001, 'TLS_RSA_WITH_NULL_MD5'],
]);
/**
 * The retry list: what a mainstream client of the last fifteen years offers. Used for the small
 * "plain" hello that tells a server that chokes on big hellos apart from one that refuses the
 * version. Filtered per version like the big list.
 */
const PLAIN_SUITE_IDS = [
    0xc02b, 0xc02f, 0xc02c, 0xc030, 0x009c, 0x009d, 0xc009, 0xc013, 0xc00a, 0xc014, 0x0033, 0x0039, 0x002f, 0x0035, 0x000a, 0x0005,
];
/** Every suite name we know, for messages ("server chose 0xC0FF (…) which we never offered"). */
const NAMES = new Map([...TLS13_SUITES, ...TLS12_ONLY_SUITES, ...ECC_SUITES, ...CLASSIC_SUITES].map((s) => [s.id, s.name]));
NAMES.set(SCSV_RENEGOTIATION, 'TLS_EMPTY_RENEGOTIATION_INFO_SCSV');
function suiteName(id) {
    return NAMES.get(id) ?? `0x${id.toString(16).padStart(4, '0').toUpperCase()}`;
}
/** SSLv2 cipher specs (3 bytes each, SSLv2 draft §C.4), as 24-bit numbers. */
const SSL2_CIPHER_SPECS = table([
    [0x010080, 'SSL_CK_RC4_128_WITH_MD5'],
    [0x020080, 'SSL_CK_RC4_128_EXPORT40_WITH_MD5'],
    [0x030080, 'SSL_CK_RC2_128_CBC_WITH_MD5'],
    [0x040080, 'SSL_CK_RC2_128_CBC_EXPORT40_WITH_MD5'],
    [0x050080, 'SSL_CK_IDEA_128_CBC_WITH_MD5'],
    [0x060040, 'SSL_CK_DES_64_CBC_WITH_MD5'],
    [0x0700c0, 'SSL_CK_DES_192_EDE3_CBC_WITH_MD5'],
]);
const SSL2_NAMES = new Map(SSL2_CIPHER_SPECS.map((s) => [s.id, s.name]));
/** The IANA name of the suite a server chose at `version` (SSLv2: the 24-bit cipher spec's name). */
function cipherName(version, id) {
    if (version !== 'SSLv2')
        return suiteName(id);
    return SSL2_NAMES.get(id) ?? `0x${id.toString(16).padStart(6, '0').toUpperCase()}`;
}
const ECC_SUITE_IDS = new Set(ECC_SUITES.map((s) => s.id).concat(TLS12_ONLY_SUITES.filter((s) => s.name.includes('_ECDH')).map((s) => s.id)));
const TLS12_ONLY_IDS = new Set(TLS12_ONLY_SUITES.map((s) => s.id));
/** Alert descriptions: RFC 8446 §6 plus the ones earlier versions defined (marked legacy). */
const ALERT_NAMES = {
    0: 'close_notify',
    10: 'unexpected_message',
    20: 'bad_record_mac',
    21: 'decryption_failed', // legacy (TLS 1.0)
    22: 'record_overflow',
    30: 'decompression_failure', // legacy (SSLv3–TLS 1.2)
    40: 'handshake_failure',
    41: 'no_certificate', // legacy (SSLv3)
    42: 'bad_certificate',
    43: 'unsupported_certificate',
    44: 'certificate_revoked',
    45: 'certificate_expired',
    46: 'certificate_unknown',
    47: 'illegal_parameter',
    48: 'unknown_ca',
    49: 'access_denied',
    50: 'decode_error',
    51: 'decrypt_error',
    60: 'export_restriction', // legacy (TLS 1.0)
    70: 'protocol_version',
    71: 'insufficient_security',
    80: 'internal_error',
    86: 'inappropriate_fallback',
    90: 'user_canceled',
    100: 'no_renegotiation', // legacy (TLS 1.0–1.2)
    109: 'missing_extension',
    110: 'unsupported_extension',
    111: 'certificate_unobtainable', // legacy (RFC 6066)
    112: 'unrecognized_name',
    113: 'bad_certificate_status_response',
    114: 'bad_certificate_hash_value', // legacy (RFC 6066)
    115: 'unknown_psk_identity',
    116: 'certificate_required',
    120: 'no_application_protocol',
    121: 'ech_required',
};
function alertName(description) {
    return ALERT_NAMES[description] ?? `unknown_alert_${description}`;
}
/** SSLv2 ERROR message codes (SSLv2 draft §C.6). */
const SSL2_ERROR_NAMES = {
    0x0001: 'SSLv2 NO-CIPHER-ERROR',
    0x0002: 'SSLv2 NO-CERTIFICATE-ERROR',
    0x0004: 'SSLv2 BAD-CERTIFICATE-ERROR',
    0x0006: 'SSLv2 UNSUPPORTED-CERTIFICATE-TYPE-ERROR',
};


/***/ }),

/***/ 1239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VA: () => (/* binding */ endsInNumber),
/* harmony export */   cy: () => (/* binding */ dottedQuad),
/* harmony export */   ei: () => (/* binding */ isIP)
/* harmony export */ });
/* harmony import */ var _lazy_builtin_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(839);

const net = (0,_lazy_builtin_js__WEBPACK_IMPORTED_MODULE_0__/* .lazyBuiltin */ .q)('node:net');
/**
 * node:net's isIP (0, 4 or 6), loading node:net (sockets, streams) on the first call: the settings
 * import the endpoint parser, and a run without endpoints never calls it.
 */
function isIP(text) {
    return net().isIP(text);
}
/**
 * Whether `host` ends in a number (the WHATWG URL "ends in a number" check): such a host is read
 * as an IPv4 address by URL parsers, and is never a DNS name (no top-level domain is numeric).
 */
function endsInNumber(host) {
    const labels = host.split('.');
    if (labels.length > 1 && labels.at(-1) === '')
        labels.pop();
    const last = labels.at(-1) ?? '';
    return /^\d+$/.test(last) || /^0x[0-9a-f]*$/i.test(last);
}
/**
 * The dotted quad for an IPv4 address in any of the accepted forms (a dotted quad stays as it
 * is), or undefined when `host` is not one (`1.2.3.999`, `4294967296`, a name). The WHATWG URL
 * parser Node ships is the reference: `new URL('https://127.1').hostname` is `127.0.0.1`.
 */
function dottedQuad(host) {
    if (!/^[0-9a-fx.]+$/i.test(host) || !endsInNumber(host))
        return undefined;
    try {
        const parsed = new URL(`http://${host}/`).hostname;
        return isIP(parsed) === 4 ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 2505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ DEFAULT_PER_HOST_CONCURRENCY),
/* harmony export */   c: () => (/* binding */ scheduler)
/* harmony export */ });
/**
 * Who gets the next connection: at most `global` attempts at once over everything and at most
 * `perHost` at once per address, and when a slot frees up the addresses take turns
 * (round-robin) instead of the oldest attempt going first. A FIFO over all attempts lets one
 * slow host with many endpoints fill every slot and hold back every other host; a per-address
 * cap keeps a server that serves one connection at a time busy without hammering it.
 */
/** Connections at once to one address unless the settings say otherwise. */
const DEFAULT_PER_HOST_CONCURRENCY = 6;
function scheduler(opts) {
    let limit = Math.max(1, opts.global);
    const perHost = Math.max(1, opts.perHost);
    let running = 0;
    const hosts = new Map();
    /** Addresses with attempts waiting, in turn order; an address is in it at most once. */
    const turns = [];
    const pump = () => {
        while (running < limit && turns.length > 0) {
            // The first address in turn order that is under its own cap; the ones at their cap keep
            // their place in line.
            const i = turns.findIndex((key) => hosts.get(key).running < perHost);
            if (i < 0)
                return;
            const key = turns.splice(i, 1)[0];
            const host = hosts.get(key);
            const start = host.waiting.shift();
            // Back of the line: every other address with work waiting goes before its next attempt.
            if (host.waiting.length > 0)
                turns.push(key);
            host.running++;
            running++;
            start();
        }
    };
    return {
        async run(key, task) {
            let host = hosts.get(key);
            if (!host)
                hosts.set(key, (host = { running: 0, waiting: [] }));
            const h = host;
            await new Promise((resolve) => {
                if (h.waiting.length === 0)
                    turns.push(key);
                h.waiting.push(resolve);
                pump();
            });
            try {
                return await task();
            }
            finally {
                h.running--;
                running--;
                if (h.running === 0 && h.waiting.length === 0)
                    hosts.delete(key);
                pump();
            }
        },
        lower(to) {
            limit = Math.max(1, Math.min(limit, to));
        },
        get limit() {
            return limit;
        },
        get running() {
            return running;
        },
    };
}


/***/ }),

/***/ 6063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ readReportSource),
/* harmony export */   S7: () => (/* binding */ readRequiredReport)
/* harmony export */ });
/* unused harmony exports MAX_REPORT_BYTES, parseReport, readReport */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8431);
/**
 * Reading reports that earlier runs wrote (`previous-report`, the shard reports of `merge`): a
 * regular file of bounded size inside the places the setting may read, parsed and checked to be a
 * tls-floor report. Every failure is one line naming the file.
 */


/** Reports of 100,000 findings stay well below this; a larger file is not one of ours. */
const MAX_REPORT_BYTES = 256 * 1024 ** 2;
function isReport(v) {
    if (typeof v !== 'object' || v === null)
        return false;
    const r = v;
    const tool = r.tool;
    return (typeof tool?.name === 'string' &&
        typeof tool.version === 'string' &&
        Array.isArray(r.findings) &&
        Array.isArray(r.suppressed) &&
        Array.isArray(r.endpoints) &&
        Array.isArray(r.errors) &&
        typeof r.stats === 'object' &&
        r.stats !== null);
}
/** Parses a report's text; `given` names it in errors. */
function parseReport(text, key, given) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(given)} is not JSON: ${e.message.split('\n')[0]}`);
    }
    if (!isReport(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(given)} is not a tls-floor JSON report`);
    return value;
}
/** Reads a report; undefined when nothing is there (the first night has no previous report). */
function readReport(abs, key, given, reach) {
    const text = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .readConfigText */ .im)(abs, key, given, reach, MAX_REPORT_BYTES);
    return text === undefined ? undefined : parseReport(text, key, given);
}
function readReportSource(source) {
    return readReport(source.path, source.key, source.given, source.reach);
}
/** Like readReport, for files that must be there (the reports to merge). */
function readRequiredReport(abs, key, given, reach) {
    if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .entryAt */ ._f)(abs, key, given))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(given)} does not exist`);
    const report = readReport(abs, key, given, reach);
    if (!report)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${key}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(given)} does not exist`);
    return report;
}


/***/ }),

/***/ 4400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wh: () => (/* binding */ EMPTY_STATS),
  FK: () => (/* binding */ buildReport),
  qA: () => (/* binding */ contextTag),
  te: () => (/* binding */ endpointFails),
  Jr: () => (/* binding */ failing),
  Pl: () => (/* binding */ headline),
  S4: () => (/* binding */ report_judge),
  ib: () => (/* binding */ legacyFound),
  aB: () => (/* binding */ toJson)
});

// UNUSED EXPORTS: endpointReport, judgedEndpoints, judgedFindings

// EXTERNAL MODULE: ./src/diff/mark.ts
var mark = __webpack_require__(1730);
// EXTERNAL MODULE: ./src/policy.ts
var src_policy = __webpack_require__(1237);
// EXTERNAL MODULE: ./src/probe/ciphers.ts
var ciphers = __webpack_require__(9302);
// EXTERNAL MODULE: ./src/versions.ts
var versions = __webpack_require__(7902);
;// CONCATENATED MODULE: ./src/probe/verdict.ts

/** Closed-without-a-word on a version above one the address accepts: the server is version-intolerant. */
function notesFor(r) {
    const notes = [];
    for (const a of r.addresses) {
        const lowestAccepted = versions/* VERSIONS */.S8.findIndex((v) => a.accepted.includes(v));
        for (const x of a.results) {
            if (x.outcome.kind === 'closed' && lowestAccepted >= 0 && versions/* VERSIONS */.S8.indexOf(x.version) > lowestAccepted) {
                notes.push(`${a.address}: a ${x.version} hello is answered by closing the connection while ${versions/* VERSIONS */.S8[lowestAccepted]} works (version intolerance)`);
            }
            if (x.outcome.kind === 'anomaly')
                notes.push(`${a.address}: ${x.version}: ${x.outcome.detail}`);
            if (x.retried)
                notes.push(`${a.address}: ${x.version} was accepted only by the small retry hello (the server rejects large hellos)`);
        }
    }
    return notes;
}
function decided(o) {
    return o.kind === 'accepted' || o.kind === 'rejected' || o.kind === 'closed';
}
function judgeEndpoint(r, policy) {
    const v = judge(r, policy);
    return { ...v, notes: notesFor(r) };
}
function judge(r, policy) {
    const legacy = (0,versions/* toList */.st)((0,versions/* below */.Gz)((0,versions/* setOf */.s4)(...r.accepted), policy.minVersion));
    const floorIndex = versions/* VERSIONS */.S8.indexOf(policy.minVersion);
    const legacyVersions = versions/* VERSIONS */.S8.slice(0, floorIndex);
    const inconclusive = legacyVersions.filter((v) => !legacy.includes(v) &&
        (r.addresses.length === 0 ||
            r.addresses.some((a) => {
                const x = a.results.find((y) => y.version === v);
                return a.error !== null || x === undefined || !decided(x.outcome);
            })));
    const name = r.endpoint.name ?? r.endpoint.target;
    if (legacy.length) {
        const where = r.addresses.filter((a) => a.accepted.some((v) => legacy.includes(v))).map((a) => a.address);
        const noModern = !r.accepted.some((v) => versions/* VERSIONS */.S8.indexOf(v) >= floorIndex) ? `, and nothing at or above ${policy.minVersion}` : '';
        return {
            status: 'legacy',
            legacy,
            inconclusive,
            message: `${name} accepts ${legacy.join(', ')} (${where.join(', ')})${noModern}; the floor is ${policy.minVersion}`,
        };
    }
    if (r.error || inconclusive.length) {
        const why = r.error?.message ??
            r.addresses.find((a) => a.error)?.error?.message ??
            `${inconclusive.join(', ')} could not be decided (no answer or an unexpected reply)`;
        return { status: 'unchecked', legacy, inconclusive, message: `${name} could not be checked: ${why}` };
    }
    const modern = r.accepted.filter((v) => versions/* VERSIONS */.S8.indexOf(v) >= floorIndex);
    if (modern.length === 0) {
        return {
            status: 'no-modern',
            legacy,
            inconclusive,
            message: `${name} accepts no version at or above ${policy.minVersion}: clients that require it cannot connect`,
        };
    }
    return { status: 'pass', legacy, inconclusive, message: `${name} accepts ${r.accepted.join(', ')}` };
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/report/report.ts
/**
 * The report: everything the reporters need, as plain data. Its JSON form is the contract in
 * shared/design.md and schema/report.schema.json.
 */






/** `cipher` stays the number (fields are added, never renamed); `cipherName` is its IANA name. */
function addressReport(a) {
    return {
        ...a,
        results: a.results.map((x) => x.outcome.kind === 'accepted' && x.outcome.cipher !== undefined
            ? { ...x, outcome: { ...x.outcome, cipherName: (0,ciphers/* cipherName */.Fo)(x.outcome.serverVersion, x.outcome.cipher) } }
            : x),
    };
}
/** Whether an endpoint accepts a legacy version or offers nothing modern: what fails a run. */
function endpointFails(e) {
    return e.status === 'legacy' || e.status === 'no-modern';
}
/** ` (test)` after a rule id when the finding was judged outside first-party code; '' otherwise. */
function contextTag(f) {
    return f.context && f.context !== 'first-party' ? ` (${f.context})` : '';
}
function failing(findings, policy) {
    return findings.filter((f) => (0,src_policy/* fails */.c6)(f.severity, policy));
}
const EMPTY_STATS = {
    files: 0,
    read: 0,
    skipped: { binary: 0, tooLarge: 0, documentation: 0, excluded: 0, unreadable: 0, outsideLinks: 0, special: 0 },
    omittedFindings: 0,
    rules: 0,
    milliseconds: 0,
};
function endpointReport(r, policy) {
    const v = judgeEndpoint(r, policy);
    const e = r.endpoint;
    return {
        target: e.target,
        ...(e.name ? { name: e.name } : {}),
        host: e.host,
        port: e.port,
        starttls: e.starttls,
        ...(e.sni ? { sni: e.sni } : {}),
        ...(e.source ? { source: e.source } : {}),
        addresses: r.addresses.map(addressReport),
        accepted: r.accepted,
        error: r.error,
        status: v.status,
        legacy: v.legacy,
        inconclusive: v.inconclusive,
        message: v.message,
        notes: v.notes,
    };
}
/** What decides the verdict: with fail-scope new and a diff, only what is new. */
function inScope(items, failScope) {
    return failScope === 'new' ? items.filter(mark/* isNew */.BS) : items;
}
/** The findings that decide the report's verdict. */
function judgedFindings(report) {
    return inScope(report.findings, report.diff?.failScope);
}
/** The endpoints that decide the report's verdict. */
function judgedEndpoints(report) {
    return inScope(report.endpoints, report.diff?.failScope);
}
function report_judge(input) {
    const bad = failing(inScope(input.findings, input.failScope), input.policy);
    const judged = inScope(input.endpoints, input.failScope);
    let union = 0;
    for (const f of bad)
        union |= (0,versions/* setOf */.s4)(...f.versions);
    for (const e of judged)
        union |= (0,versions/* setOf */.s4)(...e.legacy);
    const badEndpoints = judged.filter(endpointFails);
    const uncheckedBecause = [];
    if ((input.failOnUnreachable ?? true) && judged.some((e) => e.status === 'unchecked'))
        uncheckedBecause.push('unreachable-endpoints');
    if ((input.failOnUnreadable ?? true) && input.errors.length > 0)
        uncheckedBecause.push('unreadable-files');
    const unchecked = uncheckedBecause.length > 0;
    return {
        verdict: bad.length > 0 || badEndpoints.length > 0 || unchecked ? 'fail' : 'pass',
        legacyVersions: (0,versions/* toList */.st)(union),
        unchecked,
        uncheckedBecause,
    };
}
function buildReport(input) {
    const { policy } = input;
    const scan = input.scan ?? { findings: [], suppressed: [], stats: EMPTY_STATS, errors: [] };
    const { diff } = input;
    const mode = input.filterMode ?? 'added';
    // Without a diff everything is new, so the scope makes no difference.
    const scope = diff ? (input.failScope ?? 'all') : undefined;
    const findings = (0,mark/* markFindings */.sQ)(scan.findings, diff, mode);
    const endpoints = (input.endpoints ?? []).map((r) => {
        const report = endpointReport(r, policy);
        const declaredNew = (0,mark/* endpointIsNew */.KJ)(r.endpoint.source, diff, mode);
        return declaredNew === undefined ? report : { ...report, new: declaredNew };
    });
    const judged = report_judge({
        findings,
        endpoints,
        errors: scan.errors,
        policy,
        failScope: scope,
        failOnUnreachable: input.failOnUnreachable,
        failOnUnreadable: input.failOnUnreadable,
    });
    const fresh = findings.filter(mark/* isNew */.BS).length;
    const diffReport = diff && {
        base: diff.base,
        head: diff.head,
        source: diff.source,
        ...(diff.worktree ? { worktree: true } : {}),
        mode,
        failScope: input.failScope ?? 'all',
        new: fresh,
        preexisting: findings.length - fresh,
    };
    return {
        tool: { name: version/* TOOL_NAME */.lH, version: version/* TOOL_VERSION */.wr },
        minVersion: policy.minVersion,
        failOn: policy.failOn,
        verdict: judged.verdict,
        legacyVersions: judged.legacyVersions,
        findings,
        suppressed: scan.suppressed,
        endpoints,
        unchecked: judged.unchecked,
        uncheckedBecause: judged.uncheckedBecause,
        stats: scan.stats,
        errors: scan.errors,
        ...(diffReport ? { diff: diffReport } : {}),
        ...(input.run ? { run: input.run } : {}),
    };
}
/** Whether the policy is violated by legacy TLS (as opposed to only unreachable endpoints). */
function legacyFound(report) {
    return (report.verdict === 'fail' &&
        (report.legacyVersions.length > 0 ||
            judgedEndpoints(report).some((e) => e.status === 'no-modern') ||
            judgedFindings(report).some((f) => (0,src_policy/* fails */.c6)(f.severity, { minVersion: report.minVersion, failOn: report.failOn }))));
}
/** One line that says why the check passed or failed (shared by the terminal, summary and step). */
function headline(report) {
    if (report.verdict === 'pass') {
        const old = report.diff?.failScope === 'new' ? report.diff.preexisting : 0;
        return old
            ? `nothing new below ${report.minVersion} fails the check (${old} pre-existing finding${old === 1 ? '' : 's'} not judged: fail-scope new)`
            : `nothing below ${report.minVersion} fails the check`;
    }
    const parts = [];
    if (report.legacyVersions.length)
        parts.push(`${report.legacyVersions.join(', ')} enabled below ${report.minVersion}`);
    const noModern = judgedEndpoints(report).filter((e) => e.status === 'no-modern').length;
    if (noModern)
        parts.push(`${noModern} endpoint${noModern === 1 ? '' : 's'} with nothing at or above ${report.minVersion}`);
    const because = (r) => report.uncheckedBecause.includes(r);
    const unchecked = because('unreachable-endpoints') ? judgedEndpoints(report).filter((e) => e.status === 'unchecked').length : 0;
    if (unchecked)
        parts.push(`${unchecked} endpoint${unchecked === 1 ? '' : 's'} could not be checked`);
    const unread = because('unreadable-files') ? report.errors.length : 0;
    if (unread)
        parts.push(`${unread} file${unread === 1 ? '' : 's'} could not be read`);
    return parts.join('; ') || `findings at or above fail-on: ${report.failOn}`;
}
function toJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}


/***/ }),

/***/ 2562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ rulesMarkdown)
});

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Markdown escaping. Two kinds of text end up in Markdown: our own (rule titles, input
 * descriptions: they may use Markdown on purpose) and text from files, endpoints or servers
 * (file names, snippets, messages that quote them, endpoint names, server replies): that text is
 * hostile input on a pull request and must stay inert.
 */
/** Line breaks, other control characters and the Unicode line/paragraph separators. */
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
/** Bidirectional overrides and isolates: they make text read differently from what it is. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
/**
 * Everything that starts Markdown or HTML inline: links and images (`[`, `]`, `!`; without a
 * bracket a parenthesis means nothing), raw HTML and autolinks (`<`, `>`), entities (`&`),
 * emphasis and strikethrough (`*`, `_`, `~`), code spans (`` ` ``), table cells (`|`), math
 * (`$`), and the escape character itself.
 */
const SPECIAL = /[\\`*_[\]<>|~&!$]/g;
/**
 * Untrusted text made inert in GitHub Markdown, in a table cell or on one line: one line; every
 * character with a meaning backslash-escaped; bare `http://…` and `www.…` not turned into links.
 */
function mdText(s) {
    return s
        .replace(BREAKS, ' ')
        .replace(BIDI, '\ufffd')
        .replace(SPECIAL, '\\$&')
        .replace(/:\/\//g, '\\://')
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`)
        .trim();
}
/** Our own text (which may use Markdown) made safe for one table cell: one line, pipes escaped, no raw HTML. */
function mdCell(s) {
    return s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').trim();
}

;// CONCATENATED MODULE: ./src/report/rules-doc.ts

function code(s) {
    return s.includes('`') ? mdCell(s) : `\`${mdCell(s)}\``;
}
function rulesMarkdown(rules) {
    const groups = new Map();
    for (const r of rules)
        groups.set(r.meta.ecosystem, [...(groups.get(r.meta.ecosystem) ?? []), r]);
    const out = [];
    out.push(`${rules.length} rules in ${groups.size} groups. Each computes the protocol versions a setting enables; the policy (\`min-version\`) decides which are legacy.`, '');
    for (const [eco, list] of groups) {
        out.push(`### ${eco}`, '', '| Rule | Detects | Safe form | Fix |', '|---|---|---|---|');
        for (const r of list) {
            const docs = r.meta.docs[0] ? ` ([docs](${r.meta.docs[0]}))` : '';
            out.push(`| \`${r.meta.id}\` | ${mdCell(r.meta.title)}${docs} | ${code(r.meta.safe)} | ${r.meta.fixable ? 'yes' : ''} |`);
        }
        out.push('');
    }
    return out.join('\n');
}


/***/ }),

/***/ 8329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ fingerprint),
  z: () => (/* binding */ toSarif)
});

// EXTERNAL MODULE: ./src/lazy-builtin.ts
var lazy_builtin = __webpack_require__(839);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/report/uri.ts
/**
 * A root-relative file path (`/`-separated) as a URI path: each segment percent-encoded as RFC 3986
 * wants (spaces, `%`, `#`, `?`, non-ASCII …), and also `!'()*`, which are legal in a path but end a
 * Markdown link destination. Used for SARIF artifact URIs and links in the job summary.
 */
function uriPath(file) {
    return file
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}

;// CONCATENATED MODULE: ./src/report/sarif.ts



/** Loaded by the first finding's fingerprint (node:crypto costs ~3 ms of every start). */
const sarif_crypto = (0,lazy_builtin/* lazyBuiltin */.q)('node:crypto');
const LEVEL = { error: 'error', warning: 'warning', note: 'note' };
function region(f) {
    return {
        startLine: f.line,
        startColumn: f.column,
        endLine: f.endLine,
        endColumn: Math.max(f.endColumn, f.line === f.endLine ? f.column : 1),
    };
}
/** A finding's stable identity (rule, file, snippet: not the line, which moves): SARIF's partialFingerprints and the report history's key. */
function fingerprint(f) {
    return sarif_crypto().createHash('sha256').update(`${f.ruleId}\0${f.file}\0${f.snippet}`).digest('hex').slice(0, 32);
}
function result(f, ruleIndex) {
    return {
        ruleId: f.ruleId,
        ruleIndex,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: uriPath(f.file), uriBaseId: '%SRCROOT%' },
                    region: { ...region(f), snippet: { text: f.snippet } },
                },
            },
        ],
        partialFingerprints: { 'tlsFloor/v1': fingerprint(f) },
        properties: { versions: f.versions, enabled: f.enabled, ...(f.context ? { context: f.context } : {}) },
        ...(f.fix
            ? {
                fixes: [
                    {
                        description: { text: `Replace with ${f.fix.replacement}` },
                        artifactChanges: [
                            {
                                artifactLocation: { uri: uriPath(f.file), uriBaseId: '%SRCROOT%' },
                                replacements: [{ deletedRegion: region(f.fix), insertedContent: { text: f.fix.replacement } }],
                            },
                        ],
                    },
                ],
            }
            : {}),
        ...(f.suppressed ? { suppressions: [{ kind: 'inSource', justification: f.suppressed.reason }] } : {}),
    };
}
function toSarif(report, rules) {
    const index = new Map(rules.map((r, i) => [r.meta.id, i]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: version/* TOOL_NAME */.lH,
                        version: version/* TOOL_VERSION */.wr,
                        semanticVersion: version/* TOOL_VERSION */.wr,
                        informationUri: version/* TOOL_URI */.qH,
                        rules: rules.map((r) => ({
                            id: r.meta.id,
                            name: r.meta.id.replace(/[^a-zA-Z0-9]+(.)/g, (_, ch) => ch.toUpperCase()),
                            shortDescription: { text: r.meta.title },
                            fullDescription: { text: r.meta.description.replace(/`/g, '') },
                            helpUri: r.meta.docs[0],
                            help: {
                                text: `${r.meta.description.replace(/`/g, '')} Safe: ${r.meta.safe}`,
                                markdown: `${r.meta.description}\n\nSafe: \`${r.meta.safe}\`${r.meta.limits ? `\n\nLimits: ${r.meta.limits}` : ''}\n\n${r.meta.docs.map((d) => `- ${d}`).join('\n')}`,
                            },
                            defaultConfiguration: { level: 'error' },
                            properties: { tags: ['security', 'tls', r.meta.ecosystem], precision: 'high', 'security-severity': '7.5' },
                        })),
                    },
                },
                automationDetails: { id: `${version/* TOOL_NAME */.lH}/` },
                results: [...report.findings, ...report.suppressed].map((f) => result(f, index.get(f.ruleId) ?? -1)),
                properties: { minVersion: report.minVersion, verdict: report.verdict },
            },
        ],
    };
}


/***/ }),

/***/ 4672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vX: () => (/* binding */ formatText),
  LS: () => (/* binding */ plural)
});

// UNUSED EXPORTS: countBySeverity, notListed, skippedSummary

// EXTERNAL MODULE: ./src/diff/mark.ts
var mark = __webpack_require__(1730);
// EXTERNAL MODULE: ./src/versions.ts
var versions = __webpack_require__(7902);
;// CONCATENATED MODULE: ./src/report/terminal.ts
/** Untrusted text on a terminal. */
/**
 * Text from files, endpoints or servers made safe for a terminal: control characters (an escape
 * sequence can rewrite the screen or the window title) and line breaks shown as `\xNN`.
 */
function printable(s) {
    // eslint-disable-next-line no-control-regex -- control characters are what this matches
    return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

;// CONCATENATED MODULE: ./src/report/matrix.ts



const CELL = { accepted: '✓', refused: '✗', timeout: '?', anomaly: '!', error: '-' };
const LEGEND = '✓ accepted  ✗ refused  ? no answer (inconclusive)  ! unexpected reply  - not checked (error)';
const HEADERS = ['SSLv2', 'SSLv3', 'TLS1.0', 'TLS1.1', 'TLS1.2', 'TLS1.3'];
function cell(o) {
    if (!o)
        return CELL.error;
    switch (o.kind) {
        case 'accepted':
            return CELL.accepted;
        case 'rejected':
        case 'closed':
            return CELL.refused;
        case 'timeout':
            return CELL.timeout;
        case 'anomaly':
        case 'not-tls':
            return CELL.anomaly;
        default:
            return CELL.error;
    }
}
function endpointLabel(e) {
    const base = e.name ? `${e.name} (${e.target})` : e.target;
    return e.starttls && !/^[a-z]+:\/\//.test(e.target) ? `${base} [${e.starttls}]` : base;
}
function verdictText(e) {
    switch (e.status) {
        case 'legacy':
            return `FAIL: accepts ${e.legacy.join(', ')}`;
        case 'no-modern':
            return 'FAIL: nothing at or above the floor';
        case 'unchecked':
            return `UNCHECKED: ${e.error?.message ?? e.addresses.find((a) => a.error)?.error?.message ?? `${e.inconclusive.join(', ')} undecided`}`;
        default:
            return 'pass';
    }
}
function matrixRows(endpoints) {
    const rows = [];
    for (const e of endpoints) {
        const verdict = verdictText(e);
        if (e.addresses.length === 0) {
            rows.push({ endpoint: endpointLabel(e), address: '-', cells: versions/* VERSIONS */.S8.map(() => CELL.error), verdict });
            continue;
        }
        e.addresses.forEach((a, i) => {
            rows.push({
                endpoint: i === 0 ? endpointLabel(e) : '',
                address: a.address,
                cells: versions/* VERSIONS */.S8.map((v) => cell(a.results.find((r) => r.version === v)?.outcome)),
                verdict: i === 0 ? verdict : '',
            });
        });
    }
    return rows;
}
/** A plain-text table whose columns line up (terminal output). */
function matrixText(endpoints) {
    const rows = matrixRows(endpoints).map((r) => ({
        ...r,
        endpoint: printable(r.endpoint),
        address: printable(r.address),
        verdict: printable(r.verdict),
    }));
    const w0 = Math.max('Endpoint'.length, ...rows.map((r) => r.endpoint.length));
    const w1 = Math.max('Address'.length, ...rows.map((r) => r.address.length));
    const line = (a, b, cells, v) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${cells.map((c, i) => c.padEnd(HEADERS[i].length)).join(' ')}  ${v}`.trimEnd();
    return [
        line('Endpoint', 'Address', HEADERS, 'Verdict'),
        ...rows.map((r) => line(r.endpoint, r.address, r.cells, r.verdict)),
        '',
        LEGEND,
        ...notesOf(endpoints).map((n) => `note: ${printable(n)}`),
    ].join('\n');
}
function notesOf(endpoints) {
    return endpoints.flatMap((e) => e.notes.map((n) => `${endpointLabel(e)}: ${n}`));
}
/**
 * The same table in Markdown (job summary). Endpoint names and targets, addresses, verdicts (which
 * carry server and resolver messages) and notes are all escaped: they come from the config file
 * and from servers.
 */
function matrixMarkdownParts(endpoints) {
    return {
        head: `| Endpoint | Address | ${HEADERS.join(' | ')} | Verdict |\n|---|---|${HEADERS.map(() => ':-:').join('|')}|---|`,
        rows: matrixRows(endpoints).map((r) => `| ${esc(r.endpoint)} | ${esc(r.address)} | ${r.cells.join(' | ')} | ${esc(r.verdict)} |`),
        legend: `_${LEGEND}_`,
        notes: notesOf(endpoints).map((n) => `- ${esc(n)}`),
    };
}
function matrixMarkdown(endpoints) {
    const m = matrixMarkdownParts(endpoints);
    return [m.head, ...m.rows, '', m.legend, ...m.notes.map((n) => `\n${n}`)].join('\n');
}

// EXTERNAL MODULE: ./src/report/report.ts + 1 modules
var report_report = __webpack_require__(4400);
;// CONCATENATED MODULE: ./src/report/text.ts
/** Compiler-style text for terminals: `file:line:col  severity  rule  message`, then a summary line. */




const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', note: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };
/** `1 finding`, `2 findings`; `many` for plurals that are not the word and an `s`. */
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function countBySeverity(findings) {
    const parts = [];
    for (const s of ['error', 'warning', 'note']) {
        const n = findings.filter((f) => f.severity === s).length;
        if (n)
            parts.push(plural(n, s));
    }
    return parts.join(', ');
}
function skippedSummary(report) {
    const s = report.stats.skipped;
    const parts = [
        s.binary && `${s.binary} binary`,
        s.tooLarge && `${s.tooLarge} too large`,
        s.documentation && `${s.documentation} documentation`,
        s.excluded && `${s.excluded} excluded`,
        s.outsideLinks && `${s.outsideLinks} links leaving the root`,
        s.special && `${s.special} not regular (FIFOs, sockets, devices)`,
        s.unreadable && `${s.unreadable} unreadable`,
    ].filter(Boolean);
    return parts.length ? `skipped ${parts.join(', ')}` : 'nothing skipped';
}
/** The findings counted but not kept (a file with too many keeps the first ones), or ''. */
function notListed(report) {
    const n = report.stats.omittedFindings;
    return n ? `${n} more not listed (too many in one file)` : '';
}
function formatText(report, opts = {}) {
    const c = (k, s) => (opts.color ? `${COLORS[k]}${s}${COLORS.reset}` : s);
    const lines = [];
    // With a diff (`scan --diff`), the new findings are listed and the pre-existing ones counted.
    const { new: shown, preexisting } = (0,mark/* splitByNew */.Kg)(report.findings);
    for (const f of shown) {
        lines.push(`${printable(f.file)}:${f.line}:${f.column}  ${c(f.severity, f.severity)}  ${c('dim', f.ruleId + (0,report_report/* contextTag */.qA)(f))}  ${printable(f.message)}`);
    }
    for (const e of report.errors)
        lines.push(`${printable(e.file)}  ${c('warning', 'warning')}  could not be read: ${printable(e.message)}`);
    if (lines.length)
        lines.push('');
    if (report.endpoints.length)
        lines.push(matrixText(report.endpoints), '');
    const scanned = report.stats.rules > 0;
    const counts = (shown.length
        ? `${plural(shown.length, report.diff ? 'new finding' : 'finding')} (${countBySeverity(shown)})`
        : report.diff
            ? 'no new findings'
            : 'no findings') + (report.diff ? `, ${preexisting.length} pre-existing (not listed)` : '');
    const suppressed = report.suppressed.length ? `; ${report.suppressed.length} suppressed` : '';
    const more = notListed(report) && `; ${notListed(report)}`;
    if (scanned)
        lines.push(`${counts} in ${plural(report.stats.files, 'file')}${more}${suppressed}; ${skippedSummary(report)}`);
    if (report.endpoints.length)
        lines.push(`${plural(report.endpoints.length, 'endpoint')} probed`);
    lines.push(report.verdict === 'fail' ? c('error', `fail: ${(0,report_report/* headline */.Pl)(report)}`) : c('bold', `pass: ${(0,report_report/* headline */.Pl)(report)}`));
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 6596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JE: () => (/* binding */ DEFAULT_TREATMENT),
/* harmony export */   cb: () => (/* binding */ judgeByContext),
/* harmony export */   xo: () => (/* binding */ CONTEXT_KEYS)
/* harmony export */ });
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1237);
/**
 * Contexts map to severities by settings, never by a rule: `tests: note` caps every finding in a
 * test file at note, `tests: error` judges tests like first-party code, `tests: off` drops them.
 */

/** The settings key (config file, action input, CLI flag) of each context. */
const CONTEXT_KEYS = {
    test: 'tests',
    example: 'examples',
    documentation: 'documentation',
    vendored: 'vendored',
    'tls-implementation': 'tls-implementation',
};
/**
 * Tests, examples, documentation, vendored code and TLS stacks' own code: a note by default. A
 * legacy version there is seldom what a deployment uses, but it is worth seeing.
 */
const DEFAULT_TREATMENT = {
    test: 'note',
    example: 'note',
    documentation: 'note',
    vendored: 'note',
    'tls-implementation': 'note',
};
/** Applies the treatment of each finding's context: drops `off`, caps the severity at the setting. */
function judgeByContext(findings, treatment) {
    const out = [];
    for (const f of findings) {
        const setting = f.context && f.context !== 'first-party' ? treatment[f.context] : undefined;
        if (setting === 'off')
            continue;
        out.push(setting && (0,_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(setting) > (0,_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(f.severity) ? { ...f, severity: setting } : f);
    }
    return out;
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
// EXTERNAL MODULE: ./src/lazy-builtin.ts
var lazy_builtin = __webpack_require__(839);
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
            return (engine ??= Promise.all([__webpack_require__.e(/* import() */ 972).then(__webpack_require__.bind(__webpack_require__, 8972)), rules.load()]));
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

/***/ 4383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GW: () => (/* binding */ BADGE_FILES),
  UD: () => (/* binding */ badgePaths),
  WI: () => (/* binding */ loadConfigParser),
  M5: () => (/* binding */ loadSettings),
  NR: () => (/* binding */ needsConfigParser)
});

// UNUSED EXPORTS: DEFAULT_CONCURRENCY, DEFAULT_CONFIG, DEFAULT_MAX_FILE_SIZE, DEFAULT_TIMEOUT_MS, MIN_VERSIONS, inputEndpoints, parseBoolean, parseBranchName, parseConcurrency, parseContextSetting, parseFailScope, parseFilterMode, parseList, parseMinVersion, parseSeverity, parseSize, parseTimeout, readConfigFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/clip.ts
var clip = __webpack_require__(5861);
// EXTERNAL MODULE: ./src/paths.ts
var src_paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/diff/model.ts
var model = __webpack_require__(8054);
// EXTERNAL MODULE: ./src/policy.ts
var src_policy = __webpack_require__(1237);
// EXTERNAL MODULE: ./src/probe/ip-literal.ts
var ip_literal = __webpack_require__(1239);
;// CONCATENATED MODULE: ./src/probe/endpoints.ts
/**
 * Endpoint strings and config objects → Endpoint. Accepted forms: `host`, `host:port`,
 * `[v6]:port`, a bare IPv6 literal, or a URL whose scheme picks the port and the STARTTLS dialect;
 * `?sni=NAME` overrides the server name (needed for IP targets behind name-based front ends).
 * IPv4 shorthands (`127.1`, `2130706433`, `0x7f.0.0.1`) become the dotted quad, as in a URL, in
 * every form: they are addresses, and an address is never sent as SNI.
 * Errors are values: the caller knows where the entry came from and names it.
 */


/** Schemes, their default ports and whether TLS starts at once or after a STARTTLS dialog. */
const SCHEMES = {
    https: { port: 443, starttls: null },
    tls: { port: 443, starttls: null },
    smtps: { port: 465, starttls: null },
    imaps: { port: 993, starttls: null },
    pop3s: { port: 995, starttls: null },
    ldaps: { port: 636, starttls: null },
    ftps: { port: 990, starttls: null },
    smtp: { port: 25, starttls: 'smtp' },
    submission: { port: 587, starttls: 'smtp' },
    imap: { port: 143, starttls: 'imap' },
    pop3: { port: 110, starttls: 'pop3' },
    ftp: { port: 21, starttls: 'ftp' },
    ldap: { port: 389, starttls: 'ldap' },
    xmpp: { port: 5222, starttls: 'xmpp' },
    postgres: { port: 5432, starttls: 'postgres' },
    postgresql: { port: 5432, starttls: 'postgres' },
    mysql: { port: 3306, starttls: 'mysql' },
};
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?)(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?)*\.?$/i;
/** An error that names the endpoint as written (clipped: it may be a pasted page) and what is wrong with it. */
function fail(target, problem) {
    return { ok: false, error: `"${(0,clip/* clip */.$)(target)}": ${problem}` };
}
function parsePort(text) {
    if (!/^\d{1,5}$/.test(text))
        return text.length > 20 ? `the port is not a number (${text.length} characters)` : `port "${text}" is not a number`;
    const port = Number(text);
    if (port < 1 || port > 65535)
        return `port ${port} is out of range (1-65535)`;
    return port;
}
/** What is wrong with a host that is neither an IP address nor a host name; a long one is not quoted twice. */
function badHost(host) {
    if (host.length > 253)
        return `the host name is ${host.length} characters long (at most 253)`;
    return `"${(0,clip/* clip */.$)(host, 40)}" is not a valid host name or IP address`;
}
/** A name fit for SNI: a host name, not an IP address in any spelling. */
function isServerName(name) {
    return HOSTNAME.test(name) && !(0,ip_literal/* isIP */.ei)(name) && !(0,ip_literal/* endsInNumber */.VA)(name);
}
/** Parses one endpoint. `sni` and `name` come from config objects and win over `?sni=`. */
function parseEndpoint(raw, extra = {}) {
    const target = raw.trim();
    if (target === '')
        return { ok: false, error: 'an endpoint is empty' };
    if (/\s/.test(target))
        return fail(target, 'an endpoint cannot contain spaces');
    let rest = target;
    let scheme = SCHEMES.https;
    const schemeMatch = /^([a-z][a-z0-9+.-]*):\/\//i.exec(rest);
    if (schemeMatch) {
        const name = schemeMatch[1].toLowerCase();
        const known = SCHEMES[name];
        if (!known)
            return fail(target, `unknown scheme "${(0,clip/* clip */.$)(name, 40)}"; expected one of ${Object.keys(SCHEMES).join(', ')}`);
        scheme = known;
        rest = rest.slice(schemeMatch[0].length);
        rest = rest.replace(/#.*$/, ''); // a URL fragment, like a path, means nothing to TLS
    }
    let sni = extra.sni;
    const q = rest.indexOf('?');
    if (q >= 0) {
        const params = new URLSearchParams(rest.slice(q + 1));
        for (const key of params.keys())
            if (key !== 'sni')
                return fail(target, `unknown parameter "${(0,clip/* clip */.$)(key, 40)}"; only ?sni=NAME is understood`);
        const s = params.get('sni');
        if (s !== null) {
            if (!isServerName(s))
                return fail(target, `sni "${(0,clip/* clip */.$)(s, 40)}" is not a host name`);
            sni ??= s;
        }
        rest = rest.slice(0, q);
    }
    rest = rest.replace(/\/.*$/, (path) => (schemeMatch ? '' : path)); // a URL path means nothing to TLS
    if (rest.includes('/'))
        return fail(target, 'unexpected "/"; write host:port or a URL such as https://host');
    if (rest.includes('@'))
        return fail(target, 'user names are not supported in endpoints');
    let host;
    let port = scheme.port;
    const bracket = /^\[([^\]]+)\](?::(.*))?$/.exec(rest);
    if (bracket) {
        host = bracket[1];
        if ((0,ip_literal/* isIP */.ei)(host) !== 6)
            return fail(target, `"[${(0,clip/* clip */.$)(host, 40)}]" is not an IPv6 address`);
        if (bracket[2] !== undefined) {
            const p = parsePort(bracket[2]);
            if (typeof p === 'string')
                return fail(target, p);
            port = p;
        }
    }
    else if ((0,ip_literal/* isIP */.ei)(rest) === 6) {
        host = rest;
    }
    else {
        const colon = rest.lastIndexOf(':');
        if (colon >= 0) {
            if (rest.indexOf(':') !== colon)
                return fail(target, 'an IPv6 address with a port must be written [address]:port');
            const p = parsePort(rest.slice(colon + 1));
            if (typeof p === 'string')
                return fail(target, p);
            port = p;
            host = rest.slice(0, colon);
        }
        else
            host = rest;
    }
    host = host.replace(/\.$/, '').toLowerCase();
    if (host === '')
        return fail(target, 'the host is missing');
    if (!(0,ip_literal/* isIP */.ei)(host)) {
        const quad = (0,ip_literal/* dottedQuad */.cy)(host);
        if (quad)
            host = quad;
        else if (!HOSTNAME.test(host) || (0,ip_literal/* endsInNumber */.VA)(host))
            return fail(target, badHost(host));
    }
    if (sni === undefined && !(0,ip_literal/* isIP */.ei)(host))
        sni = host;
    if (sni !== undefined && !isServerName(sni))
        return fail(target, `sni "${(0,clip/* clip */.$)(sni, 40)}" is not a host name`);
    return {
        ok: true,
        endpoint: {
            target,
            host,
            port,
            starttls: scheme.starttls,
            ...(sni !== undefined ? { sni } : {}),
            ...(extra.name ? { name: extra.name } : {}),
        },
    };
}

// EXTERNAL MODULE: ./src/probe/schedule.ts
var schedule = __webpack_require__(2505);
// EXTERNAL MODULE: ./src/scan/files.ts
var files = __webpack_require__(5438);
// EXTERNAL MODULE: ./src/shard.ts
var src_shard = __webpack_require__(7903);
// EXTERNAL MODULE: ./src/versions.ts
var versions = __webpack_require__(7902);
// EXTERNAL MODULE: ./src/scan/context-severity.ts
var context_severity = __webpack_require__(6596);
;// CONCATENATED MODULE: ./src/settings.ts
/**
 * Inputs (action inputs or CLI flags) and `.github/tls-floor.yml` into one typed, validated
 * Settings object. Nothing else reads raw inputs. Every mistake is a ConfigurationError whose one
 * line names the key (and, for the config file, the line).
 */












const DEFAULT_CONFIG = '.github/tls-floor.yml';
const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
const CONFIG_KEYS = [
    'min-version',
    'paths',
    'exclude',
    'fail',
    'fail-on',
    'max-file-size',
    'report-file',
    'rules',
    'scan',
    'endpoints',
    'timeout',
    'concurrency',
    'per-host-concurrency',
    'fail-on-unreachable',
    'filter-mode',
    'fail-scope',
    'fail-on-unreadable',
    'tests',
    'examples',
    'documentation',
    'vendored',
    'tls-implementation',
    'badge-dir',
    'shard',
    'previous-report',
];
const DEFAULT_TIMEOUT_MS = 5000;
const DEFAULT_CONCURRENCY = 64;
/** The floors that make sense for this tool: anything lower is itself the legacy it looks for. */
const MIN_VERSIONS = ['TLSv1.2', 'TLSv1.3'];
function parseMinVersion(value, where) {
    const v = (0,versions/* parseVersion */.ot)(value, { bareNumbers: true });
    if (v && MIN_VERSIONS.includes(v))
        return v;
    if (v)
        throw new errors/* ConfigurationError */.j1(`${where}: ${v} is itself legacy and cannot be the floor; expected TLSv1.2 or TLSv1.3`);
    throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(value)} is not a TLS version; expected TLSv1.2 or TLSv1.3`);
}
function parseBoolean(value, where) {
    if (/^(true|yes|on|1)$/i.test(value.trim()))
        return true;
    if (/^(false|no|off|0)$/i.test(value.trim()))
        return false;
    throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(value)} is not a boolean; expected true or false`);
}
function parseSeverity(value, where) {
    const v = value.trim().toLowerCase();
    if (src_policy/* SEVERITIES */.oC.includes(v))
        return v;
    throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(value)} is not a severity; expected error, warning or note`);
}
/** A context's treatment: `off` (or false) drops its findings, a severity caps them. */
function parseContextSetting(value, where) {
    const v = value.trim().toLowerCase();
    if (v === 'off' || v === 'false')
        return 'off';
    if (src_policy/* SEVERITIES */.oC.includes(v))
        return v;
    throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(value)} is not a context setting; expected error, warning, note or off`);
}
const CONTEXT_ENTRIES = Object.entries(context_severity/* CONTEXT_KEYS */.xo);
function parseSize(value, where) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(value);
    if (!m)
        throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(value)} is not a size; expected bytes or a number with KiB/MiB (e.g. 1MiB)`);
    const unit = (m[2] ?? 'b').toLowerCase()[0];
    const n = Math.round(parseFloat(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1));
    if (n <= 0)
        throw new errors/* ConfigurationError */.j1(`${where}: the size must be greater than zero`);
    return n;
}
function oneOf(allowed, what) {
    return (value, where) => {
        const v = value.trim().toLowerCase();
        if (allowed.includes(v))
            return v;
        throw new errors/* ConfigurationError */.j1(`${where}: "${value}" is not a ${what}; expected ${allowed.join(', ')}`);
    };
}
const parseFilterMode = oneOf(model/* FILTER_MODES */.ox, 'filter mode');
const parseFailScope = oneOf(model/* FAIL_SCOPES */.BT, 'fail scope');
/** A list input: one entry per line or comma-separated; `#` starts a comment. */
function parseList(value) {
    return value
        .split(/\r?\n/)
        .map((l) => l.replace(/(^|\s)#.*$/, ''))
        .flatMap((l) => l.split(','))
        .map((s) => s.trim())
        .filter(Boolean);
}
function parseTimeout(value, where) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)?\s*$/i.exec(value);
    const ms = m ? parseFloat(m[1]) * (m[2]?.toLowerCase() === 'ms' ? 1 : 1000) : NaN;
    if (!(ms >= 100 && ms <= 120_000))
        throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(value)} is not a timeout; expected seconds between 0.1 and 120 (e.g. 5 or 2.5s)`);
    return Math.round(ms);
}
function parseConcurrency(value, where) {
    const n = Number(value.trim());
    if (!Number.isInteger(n) || n < 1 || n > 1024)
        throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(value)} is not a concurrency; expected a whole number from 1 to 1024`);
    return n;
}
/** The `endpoints` input: one per line or comma-separated, `#` comments; errors name the line. */
function inputEndpoints(value) {
    const out = [];
    value.split(/\r?\n/).forEach((raw, i) => {
        for (const item of raw.replace(/(^|\s)#.*$/, '').split(',')) {
            if (item.trim() === '')
                continue;
            const r = parseEndpoint(item);
            if (!r.ok)
                throw new errors/* ConfigurationError */.j1(`endpoints (line ${i + 1}): ${r.error}`);
            out.push(r.endpoint);
        }
    });
    return out;
}
let yamlModule;
/**
 * Loads the YAML parser, which loadSettings needs when it reads a config file (see needsConfigParser).
 * It is a chunk of the bundles, not a static import: loading it costs ~15 ms, and most runs of the
 * action have no config file.
 */
async function loadConfigParser() {
    yamlModule ??= await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
}
/** Whether loadSettings will read a config file (given as an input, or an entry at the default place). */
function needsConfigParser(root, inputs) {
    if (inputs.config?.trim())
        return true;
    try {
        external_node_fs_.lstatSync(external_node_path_.resolve(root, DEFAULT_CONFIG));
        return true;
    }
    catch {
        return false;
    }
}
function yaml() {
    if (!yamlModule)
        throw new Error('internal error: a config file was read before loadConfigParser() was awaited');
    return yamlModule;
}
const ENDPOINT_KEYS = ['url', 'sni', 'name'];
function configEndpoints(node, file, lc, where) {
    if (!yaml().isSeq(node))
        throw new errors/* ConfigurationError */.j1(`${where}: expected a list of endpoints (strings or {url, sni, name})`);
    return node.items.map((item, i) => {
        const line = lineOf(item, lc);
        const at = `${file}:${line}: endpoints[${i}]`;
        let url;
        const extra = {};
        if (yaml().isMap(item)) {
            for (const pair of item.items) {
                const key = yaml().isScalar(pair.key) ? String(pair.key.value) : '';
                if (!ENDPOINT_KEYS.includes(key))
                    throw new errors/* ConfigurationError */.j1(`${at}: unknown key ${(0,errors/* quote */.hD)(key)}; expected url, sni or name`);
            }
            const get = (k) => {
                const v = item.get(k, true);
                return v === undefined ? undefined : scalarString(v, `${at}.${k}`);
            };
            const u = get('url');
            if (!u)
                throw new errors/* ConfigurationError */.j1(`${at}: missing "url"`);
            url = u;
            extra.sni = get('sni');
            extra.name = get('name');
        }
        else
            url = scalarString(item, at);
        const r = parseEndpoint(url, extra);
        if (!r.ok)
            throw new errors/* ConfigurationError */.j1(`${at}: ${r.error}`);
        return { ...r.endpoint, source: { file, line } };
    });
}
function lineOf(node, lc) {
    const range = node?.range ?? node?.key?.range;
    return range ? lc.linePos(range[0]).line : 1;
}
function scalarString(node, where) {
    if (yaml().isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean'))
        return String(node.value);
    throw new errors/* ConfigurationError */.j1(`${where}: expected a single value`);
}
function stringList(node, where) {
    if (yaml().isSeq(node))
        return node.items.map((item, i) => scalarString(item, `${where}[${i}]`));
    if (yaml().isScalar(node) && typeof node.value === 'string')
        return parseList(node.value);
    throw new errors/* ConfigurationError */.j1(`${where}: expected a list of strings`);
}
/** Reads and validates the config file. `knownRules` lets `rules:` name only existing rule ids. */
function readConfigFile(file, text, knownRules) {
    const lc = new (yaml().LineCounter)();
    const doc = yaml().parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const line = lc.linePos(e.pos[0]).line;
        throw new errors/* ConfigurationError */.j1(`${file}:${line}: invalid YAML: ${e.message.split('\n')[0]}`);
    }
    const values = { rules: new Map(), contexts: {} };
    if (doc.contents === null || (yaml().isScalar(doc.contents) && doc.contents.value === null))
        return values;
    if (!yaml().isMap(doc.contents))
        throw new errors/* ConfigurationError */.j1(`${file}:1: expected a mapping of settings (min-version, paths, exclude, …)`);
    for (const pair of doc.contents.items) {
        const key = yaml().isScalar(pair.key) ? String(pair.key.value) : '';
        const where = `${file}:${lineOf(pair.key, lc)}: ${key}`;
        if (!CONFIG_KEYS.includes(key)) {
            throw new errors/* ConfigurationError */.j1(`${file}:${lineOf(pair.key, lc)}: unknown key ${(0,errors/* quote */.hD)(key)}; expected one of ${CONFIG_KEYS.join(', ')}`);
        }
        const v = pair.value;
        switch (key) {
            case 'min-version':
                values.minVersion = parseMinVersion(scalarString(v, where), where);
                break;
            case 'paths':
                values.paths = stringList(v, where);
                values.pathsWhere = where;
                break;
            case 'exclude':
                values.exclude = stringList(v, where);
                break;
            case 'fail':
                values.fail = parseBoolean(scalarString(v, where), where);
                break;
            case 'fail-on':
                values.failOn = parseSeverity(scalarString(v, where), where);
                break;
            case 'max-file-size':
                values.maxFileSize = parseSize(scalarString(v, where), where);
                break;
            case 'report-file':
                values.reportFile = { value: scalarString(v, where), where };
                break;
            case 'badge-dir':
                values.badgeDir = { value: scalarString(v, where), where };
                break;
            case 'scan':
                values.scan = parseBoolean(scalarString(v, where), where);
                break;
            case 'fail-on-unreachable':
                values.failOnUnreachable = parseBoolean(scalarString(v, where), where);
                break;
            case 'filter-mode':
                values.filterMode = parseFilterMode(scalarString(v, where), where);
                break;
            case 'fail-scope':
                values.failScope = parseFailScope(scalarString(v, where), where);
                break;
            case 'fail-on-unreadable':
                values.failOnUnreadable = parseBoolean(scalarString(v, where), where);
                break;
            case 'shard':
                values.shard = (0,src_shard/* parseShard */.uK)(scalarString(v, where), where);
                break;
            case 'previous-report':
                values.previousReport = { value: scalarString(v, where), where };
                break;
            case 'timeout':
                values.timeoutMs = parseTimeout(scalarString(v, where), where);
                break;
            case 'concurrency':
                values.concurrency = parseConcurrency(scalarString(v, where), where);
                break;
            case 'per-host-concurrency':
                values.perHostConcurrency = parseConcurrency(scalarString(v, where), where);
                break;
            case 'endpoints':
                values.endpoints = configEndpoints(v, file, lc, where);
                break;
            case 'tests':
            case 'examples':
            case 'documentation':
            case 'vendored':
            case 'tls-implementation': {
                const context = CONTEXT_ENTRIES.find(([, k]) => k === key)[0];
                values.contexts[context] = parseContextSetting(scalarString(v, where), where);
                break;
            }
            case 'rules': {
                if (!yaml().isMap(v))
                    throw new errors/* ConfigurationError */.j1(`${where}: expected a mapping of rule id to off, error, warning or note`);
                for (const rp of v.items) {
                    const id = yaml().isScalar(rp.key) ? String(rp.key.value) : '';
                    const rwhere = `${file}:${lineOf(rp.key, lc)}: rules.${(0,clip/* clip */.$)(id)}`;
                    if (!knownRules.has(id))
                        throw new errors/* ConfigurationError */.j1(`${rwhere}: unknown rule id ${(0,errors/* quote */.hD)(id)} (see the README for the list)`);
                    const setting = scalarString(rp.value, rwhere).toLowerCase();
                    values.rules.set(id, setting === 'off' || setting === 'false' ? 'off' : parseSeverity(setting, rwhere));
                }
                break;
            }
        }
    }
    return values;
}
const BADGE_FILES = { svg: 'tls-floor.svg', json: 'tls-floor.json' };
/** The two badge files in a directory the user named, each checked like any output path. */
function badgePaths(dir, key, base, reach) {
    const file = (name) => (0,src_paths/* outputPath */.XC)(external_node_path_.join(dir, name), key, base, reach);
    return { svg: file(BADGE_FILES.svg), json: file(BADGE_FILES.json) };
}
/** A branch name git and the API accept (`badge-branch`), checked before anything runs. */
function parseBranchName(value, where) {
    const v = value.trim().replace(/^refs\/heads\//, '');
    if (!/^[A-Za-z0-9._/-]+$/.test(v) || /(^|\/)\.|\.\.|\/\/|^\/|\/$|\.lock$|\.$|^-/.test(v) || v.length > 200)
        throw new ConfigurationError(`${where}: ${quote(value)} is not a branch name; expected e.g. badges`);
    return v;
}
/** The workspace's real directory as an area for paths, with the name messages give it. */
function workspaceArea(absRoot) {
    return { dir: external_node_fs_.realpathSync(absRoot), name: 'workspace' };
}
function inputReach(workspace, opts) {
    return opts.inputAreas === 'anywhere' ? 'anywhere' : [workspace, ...(0,src_paths/* realAreas */.$t)(opts.inputAreas ?? [])];
}
/** Scan paths, wherever they were given, must be inside the workspace after following links. */
function checkScanPaths(paths, absRoot, workspace, where) {
    for (const p of paths) {
        const abs = external_node_path_.resolve(absRoot, p);
        if (!(0,src_paths/* isWithin */.UO)(abs, absRoot))
            throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(p)} is outside the workspace`);
        if (!(0,src_paths/* entryAt */._f)(abs, where, p))
            throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(p)} does not exist in the workspace`);
        let real;
        try {
            real = external_node_fs_.realpathSync(abs);
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(p)} is a symbolic link that leads nowhere`);
        }
        if (!(0,src_paths/* isWithin */.UO)(real, workspace.dir))
            throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(p)} leads outside the workspace (symbolic link)`);
    }
}
/**
 * Builds Settings from raw inputs (which win when given) and the config file (explicit `config`
 * input, or `.github/tls-floor.yml` when present).
 */
function loadSettings(root, inputs, knownRules, opts = {}) {
    const given = (name) => {
        const v = inputs[name];
        return v === undefined || v.trim() === '' ? undefined : v.trim();
    };
    // An input, when given, is parsed (its errors name the input); otherwise the config file's value or the default.
    const setting = (name, parse, otherwise) => {
        const raw = given(name);
        return raw ? parse(raw, name) : otherwise;
    };
    const absRoot = external_node_path_.resolve(root);
    if (!external_node_fs_.existsSync(absRoot) || !external_node_fs_.statSync(absRoot).isDirectory())
        throw new errors/* ConfigurationError */.j1(`root: ${(0,errors/* quote */.hD)(root)} is not a directory`);
    const workspace = workspaceArea(absRoot);
    const fromInputs = inputReach(workspace, opts);
    const explicitConfig = given('config');
    const configPath = explicitConfig ?? DEFAULT_CONFIG;
    const configAbs = external_node_path_.resolve(absRoot, configPath);
    let config = { rules: new Map(), contexts: {} };
    let configFile;
    // The default config file is the repository's (a pull request's) own: it stays in the workspace.
    const text = (0,src_paths/* readConfigText */.im)(configAbs, 'config', configPath, explicitConfig ? fromInputs : [workspace]);
    if (text !== undefined) {
        configFile = external_node_path_.relative(absRoot, configAbs).split(external_node_path_.sep).join('/') || configPath;
        config = readConfigFile(configFile.startsWith('..') ? configPath : configFile, text, knownRules);
    }
    else if (explicitConfig) {
        throw new errors/* ConfigurationError */.j1(`config: file ${(0,errors/* quote */.hD)(explicitConfig)} does not exist`);
    }
    const pathsRaw = given('paths');
    const excludeRaw = given('exclude');
    const policy = {
        minVersion: setting('min-version', parseMinVersion, config.minVersion ?? src_policy/* DEFAULT_POLICY */.zj.minVersion),
        failOn: setting('fail-on', parseSeverity, config.failOn ?? src_policy/* DEFAULT_POLICY */.zj.failOn),
    };
    const paths = pathsRaw ? parseList(pathsRaw) : (config.paths ?? ['.']);
    checkScanPaths(paths, absRoot, workspace, pathsRaw ? 'paths' : (config.pathsWhere ?? 'paths'));
    const reportInput = given('report-file');
    const sarifInput = given('sarif-file');
    const reportFile = reportInput
        ? (0,src_paths/* outputPath */.XC)(reportInput, 'report-file', absRoot, fromInputs)
        : config.reportFile && (0,src_paths/* outputPath */.XC)(config.reportFile.value, config.reportFile.where, absRoot, [workspace]);
    const badgeInput = given('badge-dir');
    const badge = badgeInput
        ? badgePaths(badgeInput, 'badge-dir', absRoot, fromInputs)
        : config.badgeDir && badgePaths(config.badgeDir.value, config.badgeDir.where, absRoot, [workspace]);
    const previousInput = given('previous-report');
    // The repository's config file reads only inside the workspace; the input also from RUNNER_TEMP (or anywhere, CLI).
    const previousReport = previousInput
        ? { key: 'previous-report', given: previousInput, path: external_node_path_.resolve(absRoot, previousInput), reach: fromInputs }
        : config.previousReport && {
            key: config.previousReport.where,
            given: config.previousReport.value,
            path: external_node_path_.resolve(absRoot, config.previousReport.value),
            reach: [workspace],
        };
    const exclude = excludeRaw ? parseList(excludeRaw) : (config.exclude ?? []);
    const failScope = setting('fail-scope', parseFailScope, config.failScope);
    const shard = setting('shard', src_shard/* parseShard */.uK, config.shard);
    // Checked here so that a bad pattern is a configuration error before anything runs.
    (0,files/* excludeMatcher */.BE)(exclude, excludeRaw || !configFile ? 'exclude' : `${configFile}: exclude`);
    return {
        root: absRoot,
        paths: paths.map((p) => external_node_path_.relative(absRoot, external_node_path_.resolve(absRoot, p)).split(external_node_path_.sep).join('/') || '.'),
        exclude,
        policy,
        fail: setting('fail', parseBoolean, config.fail ?? true),
        ...(reportFile ? { reportFile } : {}),
        ...(sarifInput ? { sarifFile: (0,src_paths/* outputPath */.XC)(sarifInput, 'sarif-file', absRoot, fromInputs) } : {}),
        maxFileSize: setting('max-file-size', parseSize, config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE),
        contexts: Object.fromEntries(CONTEXT_ENTRIES.map(([context, key]) => [
            context,
            setting(key, parseContextSetting, config.contexts[context] ?? context_severity/* DEFAULT_TREATMENT */.JE[context]),
        ])),
        rules: config.rules,
        configFile,
        scan: setting('scan', parseBoolean, config.scan ?? true),
        endpoints: [...(given('endpoints') ? inputEndpoints(given('endpoints')) : []), ...(config.endpoints ?? [])],
        timeoutMs: setting('timeout', parseTimeout, config.timeoutMs ?? DEFAULT_TIMEOUT_MS),
        concurrency: setting('concurrency', parseConcurrency, config.concurrency ?? DEFAULT_CONCURRENCY),
        perHostConcurrency: setting('per-host-concurrency', parseConcurrency, config.perHostConcurrency ?? schedule/* DEFAULT_PER_HOST_CONCURRENCY */.B),
        failOnUnreachable: setting('fail-on-unreachable', parseBoolean, config.failOnUnreachable ?? true),
        filterMode: setting('filter-mode', parseFilterMode, config.filterMode ?? 'added'),
        ...(failScope ? { failScope } : {}),
        failOnUnreadable: setting('fail-on-unreadable', parseBoolean, config.failOnUnreadable ?? true),
        ...(badge ? { badge } : {}),
        ...(shard && { shard }),
        ...(previousReport && { previousReport }),
    };
}


/***/ }),

/***/ 7903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ inShard),
/* harmony export */   r4: () => (/* binding */ endpointKey),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony exports MAX_SHARDS, bucketOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _lazy_builtin_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(839);


/** Loaded by the first sharded run's first key (node:crypto costs ~3 ms of every start). */
const crypto = (0,_lazy_builtin_js__WEBPACK_IMPORTED_MODULE_0__/* .lazyBuiltin */ .q)('node:crypto');
const MAX_SHARDS = 256;
/** `i/n` with 1 ≤ i ≤ n ≤ 256; a one-line error naming the setting otherwise. */
function parseShard(value, where) {
    const m = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(value);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
        const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${where}: "${shown}" is not a shard; expected i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS} (e.g. \${{ matrix.shard }}/4)`);
    }
    return { index, count };
}
/** The bucket (0-based) of a key among `count`. */
function bucketOf(key, count) {
    return crypto().createHash('sha256').update(key).digest().readUInt32BE(0) % count;
}
function inShard(key, shard) {
    return !shard || bucketOf(key, shard.count) === shard.index - 1;
}
/** An endpoint's identity for sharding: what is probed, not how it was spelled or named. */
function endpointKey(e) {
    return `${e.starttls ?? 'tls'}|${e.host.toLowerCase()}|${e.port}|${e.sni?.toLowerCase() ?? ''}`;
}


/***/ })

};
