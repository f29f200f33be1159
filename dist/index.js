import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7922:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Cs: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: GITHUB_INPUT_NAMES, INPUT_NAMES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/diff/kinds.ts
var kinds = __nccwpck_require__(6604);
// EXTERNAL MODULE: ./src/diff/mark.ts
var mark = __nccwpck_require__(9349);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/github/edge.ts
var edge = __nccwpck_require__(2034);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __nccwpck_require__(8431);
// EXTERNAL MODULE: ./src/report/report.ts + 1 modules
var report_report = __nccwpck_require__(4400);
// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __nccwpck_require__(643);
;// CONCATENATED MODULE: ./src/outputs.ts
/** Writing report files (JSON or SARIF by extension), shared by the action and the CLI. */



function render(report, format, rules) {
    return format === 'json' ? (0,report_report/* toJson */.aB)(report) : `${JSON.stringify((0,sarif/* toSarif */.z)(report, rules), null, 2)}\n`;
}
/**
 * Writes a report file to a checked path (see paths.ts), creating its directory; `.sarif` files get
 * SARIF, others JSON. Errors name the setting the path came from. Returns the path written.
 */
function writeReportFile(out, report, rules, format) {
    const f = format ?? (/\.sarif(\.json)?$/i.test(out.path) ? 'sarif' : 'json');
    return (0,paths/* writeOutput */.zh)(out, render(report, f, rules));
}

// EXTERNAL MODULE: ./src/scan/context-severity.ts
var context_severity = __nccwpck_require__(6596);
// EXTERNAL MODULE: ./src/report-files.ts
var report_files = __nccwpck_require__(6063);
// EXTERNAL MODULE: ./src/diff/model.ts
var model = __nccwpck_require__(8054);
// EXTERNAL MODULE: ./src/shard.ts
var src_shard = __nccwpck_require__(7903);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
// EXTERNAL MODULE: ./src/versions.ts
var versions = __nccwpck_require__(7902);
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
    return (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(514), __nccwpck_require__.e(441)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6441))).RULES;
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
    const { compareFindings, scanWithRules } = await __nccwpck_require__.e(/* import() */ 162).then(__nccwpck_require__.bind(__nccwpck_require__, 162));
    const { workerPool } = await __nccwpck_require__.e(/* import() */ 286).then(__nccwpck_require__.bind(__nccwpck_require__, 3286));
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
    const { probe } = await __nccwpck_require__.e(/* import() */ 878).then(__nccwpck_require__.bind(__nccwpck_require__, 6878));
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

// EXTERNAL MODULE: ./src/report/matrix.ts
var matrix = __nccwpck_require__(3677);
;// CONCATENATED MODULE: ./src/report/annotations.ts



const SHOWN_PER_LEVEL = 10;
function properties(f, pathPrefix) {
    const single = f.line === f.endLine;
    return {
        title: `${f.ruleId}${(0,report_report/* contextTag */.qA)(f)}: ${f.versions.join(', ')}`,
        file: pathPrefix + f.file,
        startLine: f.line,
        endLine: f.endLine,
        ...(single ? { startColumn: f.column, endColumn: f.endColumn } : {}),
    };
}
/** Endpoint annotations point at the config-file line that declares the endpoint, when there is one. */
function endpointItem(e, uncheckedFails, pathPrefix) {
    if (e.status === 'pass')
        return undefined;
    const level = e.status === 'unchecked' && !uncheckedFails ? 'warning' : 'error';
    const at = e.source?.file ? { file: pathPrefix + e.source.file, startLine: e.source.line, endLine: e.source.line } : {};
    return { level, message: e.message, properties: { title: `tls-floor: ${(0,matrix/* endpointLabel */.md)(e)}`, ...at } };
}
/**
 * The findings to annotate, most relevant first: on runs with a diff the new ones lead (the 10 per
 * level GitHub shows go to the change under review), and under `filter-mode: added` pre-existing
 * findings are not annotated at all — they are listed in the summary as pre-existing.
 */
function annotated(items, report) {
    if (!report.diff)
        return [...items];
    const { new: fresh, preexisting } = (0,mark/* splitByNew */.Kg)(items);
    return report.diff.mode === 'added' ? fresh : [...fresh, ...preexisting];
}
/**
 * Emits annotations for the report's endpoints and findings; `pathPrefix` turns root-relative paths
 * into repository-relative ones when the scan root is a subdirectory. Returns how many were not shown.
 */
function annotate(report, out, pathPrefix = '') {
    const items = [
        ...annotated(report.endpoints, report).flatMap((e) => endpointItem(e, report.uncheckedBecause.includes('unreachable-endpoints'), pathPrefix) ?? []),
        ...annotated(report.findings, report).map((f) => ({
            level: f.severity === 'error' ? 'error' : 'warning',
            message: f.message,
            properties: properties(f, pathPrefix),
        })),
    ];
    let hidden = 0;
    for (const level of ['error', 'warning']) {
        const all = items.filter((i) => i.level === level);
        // Notes become warnings: GitHub has no "note" annotations besides notices, which we keep for the tally.
        for (const i of all.slice(0, SHOWN_PER_LEVEL))
            out[level](i.message, i.properties);
        hidden += Math.max(0, all.length - SHOWN_PER_LEVEL);
    }
    if (hidden > 0) {
        out.notice(`${hidden} more finding${hidden === 1 ? '' : 's'} not annotated (GitHub shows ${SHOWN_PER_LEVEL} errors and ${SHOWN_PER_LEVEL} warnings per step): see the job summary and the report file.`, { title: 'tls-floor: more findings' });
    }
    return hidden;
}

// EXTERNAL MODULE: ./src/report/comment.ts
var comment = __nccwpck_require__(4231);
// EXTERNAL MODULE: ./src/scan/files.ts
var files = __nccwpck_require__(5438);
// EXTERNAL MODULE: ./src/clip.ts
var clip = __nccwpck_require__(5861);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __nccwpck_require__(4285);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __nccwpck_require__(5655);
;// CONCATENATED MODULE: ./src/report/summary.ts
/**
 * The job summary: verdict, numbers, the endpoint matrix, the findings table, the suppressed ones
 * and the files that could not be read — within GitHub's limit of 1 MiB (bytes: GitHub drops the
 * whole summary above it). Every section is counted; rows that do not fit are left out and a note
 * at the end says what and where to find it.
 */






const SUMMARY_LIMIT = 1024 * 1024;
/** Bytes kept back from the rows for what closes the sections and the final note (all bounded). */
const RESERVE = 4 * 1024;
const ICON = { error: '🔴', warning: '🟠', note: '🔵' };
/** Text collected up to a byte budget. */
class Budget {
    limit;
    parts = [];
    used = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** Adds `s` when it fits under `cap` bytes used (default: the limit); says whether it did. */
    add(s, cap = this.limit) {
        const n = Buffer.byteLength(s);
        if (this.used + n > Math.min(cap, this.limit))
            return false;
        this.parts.push(s);
        this.used += n;
        return true;
    }
    /** Adds text that must be there (section ends, notes): bounded by construction, paid from the reserve. */
    force(s) {
        this.parts.push(s);
        this.used += Buffer.byteLength(s);
    }
    get bytes() {
        return this.used;
    }
    toString() {
        return this.parts.join('');
    }
}
/** Adds rows while they fit; returns how many did not. */
function addRows(out, rows, cap) {
    let i = 0;
    while (i < rows.length && out.add(`${rows[i]}\n`, cap))
        i++;
    return rows.length - i;
}
function row(f, link, extra) {
    const where = (0,markdown/* mdText */.b)(`${f.file}:${f.line}`);
    const url = link?.(f.file, f.line);
    const loc = url ? `[${where}](${url})` : where;
    const reason = extra === undefined ? '' : ` ${(0,markdown/* mdText */.b)(extra)} |`;
    return `| ${ICON[f.severity]} ${f.severity} | ${loc} | \`${f.ruleId}\`${(0,report_report/* contextTag */.qA)(f)} | ${f.versions.join(', ')} | ${(0,markdown/* mdText */.b)(f.message)} |${reason}`;
}
function tableHead(reason) {
    return `| Severity | Location | Rule | Legacy | Message${reason ? ' | Reason' : ''} |\n|---|---|---|---|---${reason ? '|---' : ''}|\n`;
}
function omittedNote(o, opts, limit) {
    const what = [
        o.findings && (0,report_text/* plural */.LS)(o.findings, 'finding'),
        o.preexisting && (0,report_text/* plural */.LS)(o.preexisting, 'pre-existing finding'),
        o.endpointRows && (0,report_text/* plural */.LS)(o.endpointRows, 'endpoint row'),
        o.notes && (0,report_text/* plural */.LS)(o.notes, 'endpoint note'),
        o.suppressed && (0,report_text/* plural */.LS)(o.suppressed, 'suppressed finding'),
        o.unreadable && (0,report_text/* plural */.LS)(o.unreadable, 'unreadable file'),
    ].filter(Boolean);
    const files = [
        opts.reportFile && `the JSON report (${(0,markdown/* mdText */.b)((0,clip/* clip */.$)(opts.reportFile))})`,
        opts.sarifFile && `the SARIF file (${(0,markdown/* mdText */.b)((0,clip/* clip */.$)(opts.sarifFile))}) and code scanning`,
    ].filter(Boolean);
    const where = files.length ? `see ${files.join(' and ')}` : 'set the report-file or sarif-file input to get the full report';
    const size = limit === SUMMARY_LIMIT ? "GitHub's 1 MiB limit" : `the ${limit}-byte limit`;
    return `\n> [!NOTE]\n> This summary was shortened to fit ${size}: ${what.join(', ')} not shown; ${where}.\n`;
}
/** What changed since the previous report, in one cell: counts, and the report compared against. */
function changesCell(c) {
    const endpoints = [
        ['new', c.newEndpoints],
        ['fixed', c.fixedEndpoints],
        ['changed', c.changedEndpoints],
        ['gone', c.goneEndpoints],
    ]
        .filter(([, list]) => list.length > 0)
        .map(([word, list]) => `${list.length} ${word}`);
    const against = [c.previous.commit ? `commit ${c.previous.commit.slice(0, 12)}` : '', c.previous.time ?? ''].filter(Boolean).join(', ');
    return (`${c.newFindings.length} new, ${c.fixedFindings.length} fixed, ${c.stillFindings} still failing` +
        (endpoints.length ? `; endpoints: ${endpoints.join(', ')}` : '') +
        (against ? ` (against ${(0,markdown/* mdCell */.c)(against)})` : ''));
}
function formatSummary(report, opts = {}) {
    const limit = opts.limit ?? SUMMARY_LIMIT;
    const out = new Budget(limit - RESERVE);
    const omitted = { endpointRows: 0, notes: 0, findings: 0, preexisting: 0, suppressed: 0, unreadable: 0 };
    const more = (0,report_text/* notListed */.NL)(report) && `; ${(0,report_text/* notListed */.NL)(report)}`;
    const stats = [
        `## ${report.verdict === 'fail' ? '❌' : '✅'} tls-floor: ${(0,report_report/* headline */.Pl)(report)}`,
        '',
        '| | |',
        '|---|---|',
        `| Minimum version | ${report.minVersion} (fails on ${report.failOn}${report.failOn === 'error' ? 's' : 's and worse'}) |`,
        `| Findings | ${report.findings.length ? `${report.findings.length} (${(0,report_text/* countBySeverity */.Ot)(report.findings)})${more}` : 'none'} |`,
        ...(report.diff
            ? [`| New / pre-existing | ${report.diff.new} new, ${report.diff.preexisting} pre-existing (fail-scope ${report.diff.failScope}) |`]
            : []),
        ...(report.legacyVersions.length ? [`| Legacy versions | ${report.legacyVersions.join(', ')} |`] : []),
        `| Suppressed | ${report.suppressed.length} |`,
        ...(report.stats.rules > 0
            ? [
                `| Files | ${report.stats.files} listed, ${report.stats.read} read; ${(0,report_text/* skippedSummary */.vT)(report)} |`,
                `| Rules | ${report.stats.rules} |`,
            ]
            : []),
        ...(report.endpoints.length ? [`| Endpoints | ${report.endpoints.length} probed |`] : []),
        ...(report.run?.merged ? [`| Merged | ${(0,report_text/* plural */.LS)(report.run.merged, 'report')}${report.run.merged > 1 ? ' joined' : ''} |`] : []),
        ...(report.changes ? [`| Since the previous report | ${changesCell(report.changes)} |`] : []),
        '',
    ];
    out.force(`${stats.join('\n')}\n`);
    if (report.endpoints.length) {
        // With findings to show as well, the endpoints get at most half of what is left.
        const cap = report.findings.length ? out.bytes + (limit - RESERVE - out.bytes) / 2 : undefined;
        const m = (0,matrix/* matrixMarkdownParts */.Bg)(report.endpoints);
        if (out.add(`### Endpoints\n\n${m.head}\n`, cap)) {
            omitted.endpointRows = addRows(out, m.rows, cap);
            out.force(`\n${m.legend}\n`);
            if (m.notes.length) {
                out.force('\n');
                omitted.notes = addRows(out, m.notes, cap);
            }
            out.force('\n');
        }
        else
            omitted.endpointRows = m.rows.length;
    }
    // With a diff (pull requests, pushes), the new findings come first; pre-existing ones are folded away.
    const { new: fresh, preexisting } = (0,mark/* splitByNew */.Kg)(report.findings);
    if (fresh.length) {
        out.force(`### ${report.diff ? 'New findings' : 'Findings'}\n\n`);
        if (out.add(tableHead(false)))
            omitted.findings = addRows(out, fresh.map((f) => row(f, opts.link)));
        else
            omitted.findings = fresh.length;
        if (omitted.findings)
            out.force(`\n_${(0,report_text/* plural */.LS)(omitted.findings, 'more finding')} not shown (size limit; see the note below)._\n`);
    }
    if (preexisting.length) {
        out.force(`\n<details><summary>Pre-existing findings (${preexisting.length})</summary>\n\n`);
        if (out.add(tableHead(false)))
            omitted.preexisting = addRows(out, preexisting.map((f) => row(f, opts.link)));
        else
            omitted.preexisting = preexisting.length;
        if (omitted.preexisting)
            out.force(`\n_${(0,report_text/* plural */.LS)(omitted.preexisting, 'more pre-existing finding')} not shown._\n`);
        out.force('\n</details>\n');
    }
    if (report.suppressed.length) {
        out.force(`\n<details><summary>Suppressed findings (${report.suppressed.length})</summary>\n\n`);
        if (out.add(tableHead(true))) {
            omitted.suppressed = addRows(out, report.suppressed.map((f) => row(f, opts.link, f.suppressed?.reason ?? '')));
        }
        else
            omitted.suppressed = report.suppressed.length;
        if (omitted.suppressed)
            out.force(`\n_${(0,report_text/* plural */.LS)(omitted.suppressed, 'more suppressed finding')} not shown._\n`);
        out.force('\n</details>\n');
    }
    if (report.errors.length) {
        out.force(`\n<details><summary>Files that could not be read (${report.errors.length})</summary>\n\n`);
        if (out.add('| File | Error |\n|---|---|\n'))
            omitted.unreadable = addRows(out, report.errors.map((e) => `| ${(0,markdown/* mdText */.b)(e.file)} | ${(0,markdown/* mdText */.b)(e.message)} |`));
        else
            omitted.unreadable = report.errors.length;
        if (omitted.unreadable)
            out.force(`\n_${(0,report_text/* plural */.LS)(omitted.unreadable, 'more file')} not shown._\n`);
        out.force('\n</details>\n');
    }
    const left = Object.values(omitted).reduce((n, k) => n + k, 0);
    if (left > 0)
        out.force(omittedNote(omitted, opts, limit));
    return out.toString();
}

// EXTERNAL MODULE: ./src/report/uri.ts
var uri = __nccwpck_require__(1092);
// EXTERNAL MODULE: ./src/settings.ts + 1 modules
var src_settings = __nccwpck_require__(4383);
;// CONCATENATED MODULE: ./src/action.ts
/**
 * The action, over a small I/O interface so that it can be run in tests without the toolkit:
 * inputs → settings → scan and probe → annotations, job summary, report files, outputs → pass or fail.
 * What only some runs need is imported when a run needs it (chunks of the bundle): the GitHub client
 * when a feature calls the API, the scanner's rules when there are files to scan or SARIF to write,
 * the prober when there are endpoints, the YAML parser when there is a config file, badges and merge
 * mode when asked for.
 */















const INPUT_NAMES = [
    'min-version',
    'paths',
    'exclude',
    'config',
    'fail',
    'fail-on',
    'report-file',
    'sarif-file',
    'max-file-size',
    'scan',
    'endpoints',
    'timeout',
    'concurrency',
    'per-host-concurrency',
    'fail-on-unreachable',
    'fail-on-unreadable',
    'filter-mode',
    'fail-scope',
    'tests',
    'examples',
    'documentation',
    'vendored',
    'tls-implementation',
    'badge-dir',
    'shard',
    'previous-report',
    'merge',
];
/** Inputs that choose what is scanned or probed; merge mode only joins reports, so it ignores them. */
const MERGE_IGNORES = ['paths', 'exclude', 'endpoints', 'shard'];
/** Inputs of the GitHub edge, kept out of the settings (the token never travels further than the client). */
const GITHUB_INPUT_NAMES = (/* unused pure expression or super */ null && (['github-token', 'comment', 'suggestions', 'issue', 'badge-branch']));
/** file:line → its blob at `sha` (the checked-out commit; the head commit in PR comments). */
function blobLink(env, sha = env.GITHUB_SHA) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = env;
    if (!server || !repo || !sha)
        return undefined;
    return (file, line) => `${server}/${repo}/blob/${sha}/${(0,uri/* uriPath */.k)(file)}#L${line}`;
}
/** The event that started the run; a payload that cannot be read is a warning, not a failure. */
function readEvent(io) {
    const name = io.env.GITHUB_EVENT_NAME ?? '';
    const file = io.env.GITHUB_EVENT_PATH;
    if (!file)
        return { name, payload: undefined };
    try {
        return { name, payload: JSON.parse(external_node_fs_.readFileSync(file, 'utf8')) };
    }
    catch (e) {
        io.warning(`tls-floor: cannot read the event payload (${e.code ?? (0,errors/* oneLine */.TN)(e)}): every finding counts as new`);
        return { name, payload: undefined };
    }
}
function runUrl(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
    return server && repo && id && /^\d+$/.test(id) ? `${server}/${repo}/actions/runs/${id}` : undefined;
}
/** A value made once, on first use. */
function once(make) {
    let made;
    return () => (made ??= make());
}
/** The REST fallback of the diff, with the client (and the module that uses it) loaded on the first call. */
function lazyDiffApi(client, repo) {
    const api = once(async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(351), __nccwpck_require__.e(514), __nccwpck_require__.e(547), __nccwpck_require__.e(31)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4031))).diffApi(await client(), repo));
    return {
        pullFiles: async (pull, page, perPage) => (await api()).pullFiles(pull, page, perPage),
        compareFiles: async (base, head, page, perPage) => (await api()).compareFiles(base, head, page, perPage),
    };
}
/** The diff the event stands for; an event without one (schedule, workflow_dispatch, …) loads neither the resolver nor git. */
async function eventDiff(event, root, api) {
    if (!(0,kinds/* eventHasDiff */.M)(event.name))
        return { diff: undefined };
    const { resolveDiff } = await Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(386)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1386));
    return resolveDiff(event.name, event.payload, root, api);
}
async function runAction(io, deps = {}) {
    try {
        const root = io.env.GITHUB_WORKSPACE || process.cwd();
        const raw = Object.fromEntries(INPUT_NAMES.map((n) => [n, io.getInput(n)]));
        // Inputs are the workflow's: they may also write to RUNNER_TEMP. The config file stays in the workspace.
        const temp = io.env.RUNNER_TEMP ? [{ dir: io.env.RUNNER_TEMP, name: 'RUNNER_TEMP' }] : [];
        // The YAML parser for a config file; the glob compiler for `exclude` patterns (an input, or the config file's).
        const configured = (0,src_settings/* needsConfigParser */.NR)(root, raw);
        if (configured)
            await (0,src_settings/* loadConfigParser */.WI)();
        if (configured || raw.exclude.trim())
            await (0,files/* loadGlobMatcher */.xz)();
        const settings = (0,src_settings/* loadSettings */.M5)(root, raw, KNOWN_RULE_IDS, { inputAreas: temp });
        const token = io.getInput('github-token').trim();
        const flag = (name) => {
            const v = io.getInput(name).trim();
            return v === '' ? true : (0,src_settings/* parseBoolean */.yG)(v, name);
        };
        const wantComment = flag('comment');
        const wantSuggestions = flag('suggestions');
        const wantIssue = io.getInput('issue').trim() !== '' && (0,src_settings/* parseBoolean */.yG)(io.getInput('issue'), 'issue');
        const badgeBranch = io.getInput('badge-branch').trim() ? (0,src_settings/* parseBranchName */.pD)(io.getInput('badge-branch'), 'badge-branch') : undefined;
        const degrader = new edge/* Degrader */.h8(io, token);
        const event = readEvent(io);
        const repo = (0,edge/* repoFromEnv */.K)(io.env);
        // Octokit and undici load only when a feature calls the API.
        const client = token ? once(async () => (await Promise.all(/* import() */[__nccwpck_require__.e(351), __nccwpck_require__.e(584)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6584))).createClient(token, io.env)) : undefined;
        const merging = io.getInput('merge').trim();
        let diff;
        let report;
        if (merging) {
            // Merge mode: the shards scanned and probed; this job only joins their reports.
            const reach = (0,paths/* realAreas */.$t)([{ dir: settings.root, name: 'workspace' }, ...temp]);
            const { globReports, mergeFiles } = await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(843)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1843));
            const merged = mergeFiles(globReports(merging, 'merge', settings.root, reach), 'merge', reach);
            report = compareWithPrevious(merged, { previousReport: settings.previousReport });
            io.info(`tls-floor: merged the reports matching ${(0,errors/* quote */.hD)(merging)}`);
            // What would choose the work is the shards' business here: say so rather than ignore it silently.
            const ignored = MERGE_IGNORES.filter((name) => raw[name].trim() !== '');
            if (ignored.length)
                io.warning(`tls-floor: merge joins reports and scans and probes nothing: ignored ${ignored.join(', ')}`);
        }
        else {
            const resolved = await eventDiff(event, settings.root, client && repo ? lazyDiffApi(client, repo) : undefined);
            if ('error' in resolved)
                degrader.warn(`tls-floor: no diff to judge against, so every finding counts as new: ${resolved.error}`);
            else {
                diff = resolved.diff;
                if (resolved.note)
                    io.info(`tls-floor: ${resolved.note}`);
            }
            report = await run(settings, deps, { diff, defaultFailScope: (0,kinds/* defaultFailScope */.y)(event.name) }, { commit: io.env.GITHUB_SHA, event: io.env.GITHUB_EVENT_NAME });
        }
        annotate(report, io);
        const summary = formatSummary(report, {
            link: blobLink(io.env),
            reportFile: settings.reportFile?.given,
            sarifFile: settings.sarifFile?.given,
        });
        try {
            await io.writeSummary(summary);
        }
        catch (e) {
            // The summary is a view; the verdict, outputs and report files do not depend on it.
            io.warning(`tls-floor: could not write the job summary (GITHUB_STEP_SUMMARY): ${(0,errors/* firstLine */.TM)(e)}`);
        }
        // JSON carries no rule metadata; SARIF describes the active rules, loaded for it.
        const reportFile = settings.reportFile ? writeReportFile(settings.reportFile, report, [], 'json') : '';
        // A merged report is judged by the shards' rule settings, not this job's config file.
        const ruled = merging ? { rules: new Map(Object.entries(report.run?.settings.rules ?? {})) } : settings;
        const sarifFile = settings.sarifFile ? writeReportFile(settings.sarifFile, report, activeRules(ruled, await loadRules()), 'sarif') : '';
        io.setOutput('verdict', report.verdict);
        io.setOutput('findings', String(report.findings.length));
        io.setOutput('legacy-versions', report.legacyVersions.join(','));
        io.setOutput('endpoints-failing', String(report.endpoints.filter(report_report/* endpointFails */.te).length));
        io.setOutput('report-file', reportFile);
        io.setOutput('sarif-file', sarifFile);
        const badges = settings.badge ? (await Promise.all(/* import() */[__nccwpck_require__.e(833), __nccwpck_require__.e(186)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9186))).writeBadges(settings.badge, report) : undefined;
        io.setOutput('badge-svg', badges?.svg ?? '');
        io.setOutput('badge-json', badges?.json ?? '');
        const { new: fresh, preexisting } = (0,mark/* splitByNew */.Kg)(report.findings);
        io.setOutput('new-findings', String(fresh.length));
        io.setOutput('preexisting-findings', String(preexisting.length));
        const pr = (0,edge/* pullRequestOf */._n)(event.name, event.payload, repo);
        if (pr && (wantComment || wantSuggestions)) {
            if (!client)
                degrader.unavailable(wantComment ? 'comment' : 'suggestions', 'the github-token input is empty');
            else {
                // Degrade, never break: not even a bug in the GitHub edge may change the verdict.
                try {
                    const { headFileFromApi, reportToPullRequest, scannedHeadTexts } = await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(351), __nccwpck_require__.e(514), __nccwpck_require__.e(547), __nccwpck_require__.e(31)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4031));
                    const github = await client();
                    const texts = await scannedHeadTexts(settings.root, pr.headSha, report, headFileFromApi(github, pr, pr.headSha));
                    const done = await reportToPullRequest(github, degrader, pr, report, diff, {
                        comment: wantComment,
                        suggestions: wantSuggestions,
                        link: blobLink(io.env, pr.headSha),
                        runUrl: runUrl(io.env),
                        read: (file) => texts.get(file),
                        job: (0,comment/* jobKey */.tv)(io.env),
                    });
                    if (done.comment)
                        io.info(`tls-floor: pull request comment ${done.comment}`);
                    if (done.suggestions)
                        io.info(`tls-floor: ${done.suggestions} suggested fix(es) posted in one review`);
                }
                catch (e) {
                    degrader.warn(`tls-floor: the pull request comment and suggestions were skipped: ${(0,errors/* oneLine */.TN)(e)}`);
                }
            }
        }
        // Without the issue or the badge branch, recording does nothing: nothing to load.
        if (wantIssue || badgeBranch) {
            try {
                const { recordRun } = await Promise.all(/* import() */[__nccwpck_require__.e(351), __nccwpck_require__.e(833), __nccwpck_require__.e(798)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1798));
                await recordRun(client && (await client()), repo, degrader, report, {
                    eventName: event.name,
                    issue: wantIssue,
                    badgeBranch,
                    runUrl: runUrl(io.env),
                    info: (m) => io.info(m),
                });
            }
            catch (e) {
                degrader.warn(`tls-floor: the tracking issue and the badge branch were skipped: ${(0,errors/* oneLine */.TN)(e)}`);
            }
        }
        const probed = report.endpoints.length ? `, ${report.endpoints.length} endpoint(s) probed` : '';
        io.info(`tls-floor: ${report.verdict} — ${report.findings.length} finding(s), ${report.suppressed.length} suppressed, ${report.stats.files} files in ${report.stats.milliseconds} ms${probed}`);
        if (report.verdict === 'fail' && settings.fail)
            io.setFailed(`${(0,report_report/* headline */.Pl)(report)}; see the annotations and the job summary`);
    }
    catch (e) {
        io.setFailed(e instanceof errors/* ConfigurationError */.j1 ? `configuration error: ${(0,errors/* oneLine */.TN)(e)}` : (0,errors/* oneLine */.TN)(e));
    }
}


/***/ }),

/***/ 5861:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ clip)
/* harmony export */ });
/**
 * Text that came from a user or a repository (a setting, an endpoint, a host name), shortened for
 * a message: one line, at most `max` characters. Messages quote input so people can find it; a
 * pasted 10,000-character value must not turn one error line into a page. A part of something
 * already quoted gets a smaller `max`, so that no long input is quoted twice.
 */
function clip(text, max = 100) {
    const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    return oneLine.length > max ? `${oneLine.slice(0, max - 3)}…` : oneLine;
}


/***/ }),

/***/ 6604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ eventHasDiff),
/* harmony export */   y: () => (/* binding */ defaultFailScope)
/* harmony export */ });
/** Events on which a pull request's own change decides the verdict by default. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);
/** Events that stand for a change (resolveDiff looks for one); on any other the whole repository is the subject. */
const DIFF_EVENTS = new Set([...PULL_REQUEST_EVENTS, 'push']);
/** `fail-scope` when not set: only new findings fail a pull request; every other run judges everything. */
function defaultFailScope(eventName) {
    return PULL_REQUEST_EVENTS.has(eventName) ? 'new' : 'all';
}
/** Whether resolveDiff has anything to look for on this event (false: it answers "no diff", everything counts). */
function eventHasDiff(eventName) {
    return DIFF_EVENTS.has(eventName);
}


/***/ }),

/***/ 9349:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ isNew),
/* harmony export */   KJ: () => (/* binding */ endpointIsNew),
/* harmony export */   Kg: () => (/* binding */ splitByNew),
/* harmony export */   sQ: () => (/* binding */ markFindings)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8054);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ FAIL_SCOPES),
/* harmony export */   CF: () => (/* binding */ commentable),
/* harmony export */   TN: () => (/* binding */ inDiff),
/* harmony export */   jh: () => (/* binding */ isCommitId),
/* harmony export */   ox: () => (/* binding */ FILTER_MODES)
/* harmony export */ });
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5861);


/**
 * A mistake in the user's input (inputs, config file, CLI arguments), as opposed to a bug. Its
 * message is one line that names what was wrong and where; entries print it without a stack trace.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/** A value quoted for a message: `"…"`, clipped. */
function quote(value) {
    return `"${(0,_clip_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$)(value)}"`;
}
/** Longest line an entry prints for an error: a safety net behind clip() for values we missed. */
const MAX_LINE = 1000;
/** The first line of any thrown value's message, bounded. */
function firstLine(e) {
    const msg = e instanceof Error ? e.message : String(e);
    const first = msg.split('\n')[0];
    return first.length > MAX_LINE ? `${first.slice(0, MAX_LINE - 1)}…` : first;
}
/** One line for any thrown value: the message of a ConfigurationError, or a short bug report. */
function oneLine(e) {
    return e instanceof ConfigurationError ? firstLine(e) : `internal error: ${firstLine(e)} (please report this)`;
}


/***/ }),

/***/ 2034:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ FEATURES),
/* harmony export */   K: () => (/* binding */ repoFromEnv),
/* harmony export */   QH: () => (/* binding */ ownerRepo),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   _n: () => (/* binding */ pullRequestOf),
/* harmony export */   h8: () => (/* binding */ Degrader)
/* harmony export */ });
/* harmony import */ var _diff_model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8054);
/**
 * The GitHub edge without the toolkit: which repository and pull request a run is about, which
 * features need which permission, and how an API failure becomes one warning (Degrader). Kept apart
 * from client.ts, which loads octokit and undici (~60 ms): a run that never calls the API never
 * loads them. Every feature that talks to the API (the diff fallback, the sticky comment, the
 * suggestions, the tracking issue, the badge branch) runs through `Degrader.attempt`, so an error
 * of any kind — no token, a fork's read-only token, a missing permission, rate limiting, a 5xx, a
 * timeout — becomes one warning that names the permission that would enable the feature, and the
 * run carries on with annotations and the summary. The verdict alone decides the exit code.
 */

/** Just owner and repo: octokit sends every other field of its parameters as a query parameter. */
function ownerRepo(r) {
    return { owner: r.owner, repo: r.repo };
}
/** `owner/name` from GITHUB_REPOSITORY, checked. */
function repoFromEnv(env) {
    const m = /^([\w.-]+)\/([\w.-]+)$/.exec(env.GITHUB_REPOSITORY ?? '');
    return m ? { owner: m[1], repo: m[2] } : undefined;
}
/** The features that use the API, and what each needs from `permissions:`. */
const FEATURES = {
    diff: { what: 'read the pull request diff from the API', permission: 'pull-requests: read' },
    compare: { what: 'read the pushed commits from the API', permission: 'contents: read' },
    comment: { what: 'post the pull request comment', permission: 'pull-requests: write' },
    suggestions: { what: 'post the suggested fixes', permission: 'pull-requests: write' },
    issue: { what: 'update the tracking issue', permission: 'issues: write' },
    badge: { what: 'commit the badge to the badge branch', permission: 'contents: write' },
};
/** Why a call failed, in one line, without anything secret. */
function describeError(e) {
    const err = (e ?? {});
    // Octokit gives network failures and timeouts a status of 500 too: only a response is an HTTP answer.
    const status = typeof err.status === 'number' && err.response ? err.status : undefined;
    const headers = err.response?.headers ?? {};
    const rateLimited = status === 429 || (status === 403 && (String(headers['x-ratelimit-remaining']) === '0' || headers['retry-after'] !== undefined));
    const forbidden = (status === 401 || status === 403 || status === 404) && !rateLimited;
    const apiMessage = typeof err.response?.data?.message === 'string'
        ? err.response.data.message
        : (err.message ?? String(e));
    let line = status
        ? `HTTP ${status}: ${apiMessage}`
        : err.name === 'TimeoutError' || err.name === 'AbortError' || /\btimeout\b/i.test(apiMessage)
            ? 'no answer in time'
            : `no answer: ${apiMessage}`;
    if (rateLimited) {
        const reset = Number(headers['x-ratelimit-reset']);
        const retry = headers['retry-after'] !== undefined ? `${headers['retry-after']} s` : reset > 0 ? new Date(reset * 1000).toISOString() : undefined;
        line += ` (rate limited${retry !== undefined ? `; retry after ${retry}` : ''})`;
    }
    return { line: line.replace(/\s+/g, ' ').trim().slice(0, 300), status, rateLimited, forbidden };
}
/**
 * Runs API features and turns their failures into one warning each. Once the token has been
 * refused a permission (or the API rate-limited us), later features needing the same are skipped
 * with an info line instead of a second, identical warning.
 */
class Degrader {
    out;
    secret;
    refused = new Set();
    rateLimited = false;
    constructor(out, 
    /** Scrubbed from every message, whatever an error says. */
    secret) {
        this.out = out;
        this.secret = secret;
    }
    scrub(s) {
        return this.secret ? s.split(this.secret).join('***') : s;
    }
    /** A warning of the GitHub edge that is not a feature's failure (the diff), scrubbed the same way. */
    warn(message) {
        const m = this.scrub(message);
        this.out.warning(m);
    }
    /** Warns that a feature cannot run at all (no token). */
    unavailable(feature, why) {
        const f = FEATURES[feature];
        if (this.refused.has(f.permission))
            return;
        this.refused.add(f.permission);
        this.warn(`tls-floor: cannot ${f.what}: ${why}. Give the workflow a token with \`permissions: ${f.permission}\` to enable it.`);
    }
    /** The result of `fn`, or undefined after one warning when it failed. */
    async attempt(feature, fn) {
        const f = FEATURES[feature];
        if (this.rateLimited || this.refused.has(f.permission)) {
            this.out.info(`tls-floor: skipped: ${f.what} (see the warning above)`);
            return undefined;
        }
        try {
            return await fn();
        }
        catch (e) {
            const d = describeError(e);
            if (d.rateLimited)
                this.rateLimited = true;
            if (d.forbidden)
                this.refused.add(f.permission);
            const hint = d.forbidden
                ? ` The token lacks \`permissions: ${f.permission}\` (a pull request from a fork gets a read-only token; see the README).`
                : ` It needs \`permissions: ${f.permission}\`; annotations and the job summary are unaffected.`;
            this.warn(`tls-floor: could not ${f.what}: ${d.line}.${hint}`);
            return undefined;
        }
    }
}
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** The pull request an event is about (number and head commit, checked), or undefined. */
function pullRequestOf(eventName, payload, repo) {
    if (!repo || !PULL_REQUEST_EVENTS.has(eventName))
        return undefined;
    const pr = payload?.pull_request;
    const number = pr?.number;
    const headSha = pr?.head?.sha;
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0)
        return undefined;
    if (typeof headSha !== 'string' || !(0,_diff_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isCommitId */ .jh)(headSha))
        return undefined;
    return { owner: repo.owner, repo: repo.repo, number, headSha };
}


/***/ }),

/***/ 7806:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  q: () => (/* binding */ lazyBuiltin)
});

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/lazy-builtin.ts
/**
 * A built-in module loaded on first use. Some cost milliseconds of every start to load
 * (node:child_process, node:net and node:worker_threads bring streams and sockets with them), and a
 * run that never calls them — an empty workspace outside git, settings without endpoints, a scan
 * too small for threads — should not pay for them. A static import is evaluated when its importer
 * is; a `require` made here only when the returned function is first called.
 */

const load = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
function lazyBuiltin(name) {
    let loaded;
    return () => (loaded ??= load(name));
}


/***/ }),

/***/ 1730:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7922);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1379);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3916);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4813);
/* harmony import */ var _scan_worker_entry_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9462);
/**
 * The action entry: binds the runner's protocol (./runner.ts, not @actions/core: see there why) to
 * runAction. What a run does not need stays unloaded: the scan, the probe, the rules and the GitHub
 * client are chunks of the bundle that the action imports when it uses them.
 */





if (_scan_worker_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .IS_SCAN_WORKER */ .Kl) {
    // A scan worker thread (scan/workers.ts) only scans its share.
    await __nccwpck_require__.e(/* import() */ 286).then(__nccwpck_require__.bind(__nccwpck_require__, 3286));
}
else {
    // Inside a chunk `import.meta.url` names the chunk, which cannot be started as a worker.
    (0,_scan_worker_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .setWorkerEntry */ .HU)(import.meta.url);
    await (0,_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .runEntry */ .C)(async () => {
        await (0,_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)({
            getInput: (name) => _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4(name),
            setOutput: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH(name, value),
            setFailed: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(message),
            info: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(message),
            error: (message, props) => _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3(message, props),
            warning: (message, props) => _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(message, props),
            notice: (message, props) => _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm(message, props),
            writeSummary: async (markdown) => {
                if (process.env.GITHUB_STEP_SUMMARY)
                    await _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .appendSummary */ .fe(markdown);
            },
            env: process.env,
        });
        return undefined; // runAction fails the step itself (setFailed sets the exit code)
    }, { exitCode: 1, report: (e) => _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(e)) });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ realAreas),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   XC: () => (/* binding */ outputPath),
/* harmony export */   _f: () => (/* binding */ entryAt),
/* harmony export */   im: () => (/* binding */ readConfigText),
/* harmony export */   zh: () => (/* binding */ writeOutput)
/* harmony export */ });
/* unused harmony export MAX_CONFIG_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
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

/***/ 1237:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c6: () => (/* binding */ fails),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   ru: () => (/* binding */ legacyVersions),
/* harmony export */   zj: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7902);

const SEVERITIES = ['error', 'warning', 'note'];
const DEFAULT_POLICY = { minVersion: 'TLSv1.2', failOn: 'error' };
/** The versions of `enabled` that the policy forbids (empty when the set is acceptable). */
function legacyVersions(enabled, policy) {
    return (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .below */ .Gz)(enabled, policy.minVersion);
}
function severityRank(s) {
    return SEVERITIES.indexOf(s);
}
/** Whether a finding of this severity fails the check under the policy. */
function fails(severity, policy) {
    return severityRank(severity) <= severityRank(policy.failOn);
}


/***/ }),

/***/ 9302:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VA: () => (/* binding */ endsInNumber),
/* harmony export */   cy: () => (/* binding */ dottedQuad),
/* harmony export */   ei: () => (/* binding */ isIP)
/* harmony export */ });
/* harmony import */ var _lazy_builtin_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7806);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ readReportSource),
/* harmony export */   S7: () => (/* binding */ readRequiredReport)
/* harmony export */ });
/* unused harmony exports MAX_REPORT_BYTES, parseReport, readReport */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8431);
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

/***/ 4231:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ commentWanted),
/* harmony export */   JO: () => (/* binding */ COMMENT_MARKER),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   jw: () => (/* binding */ formatComment),
/* harmony export */   tv: () => (/* binding */ jobKey)
/* harmony export */ });
/* unused harmony exports COMMENT_LIMIT, codeCell, linkTarget */
/* harmony import */ var _diff_mark_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9349);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4285);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5655);
/* harmony import */ var _matrix_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3677);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4400);
/**
 * The sticky pull request comment, as Markdown: a verdict line, the new findings (file:line linked
 * to the head commit, rule, versions, the fix), the endpoint matrix when endpoints were probed, the
 * count of pre-existing findings, details collapsed. Pure: report in, text out. Everything that
 * comes from the repository is escaped; the text stays under GitHub's comment limit.
 */





/** Finds the comment again on re-runs; it opens the body, so a quote of it elsewhere is not ours. */
const COMMENT_MARKER = '<!-- tls-floor:comment -->';
/**
 * The marker of one job's comment. Two jobs that run tls-floor on the same pull request (a scan
 * job and a probe job, two workflows) each keep their own comment instead of overwriting each
 * other's on every run. The key is the job's identity (workflow file and job id, see jobKey), cut
 * to characters that cannot end the HTML comment.
 */
function commentMarker(job) {
    if (!job)
        return COMMENT_MARKER;
    return `<!-- tls-floor:comment ${job.replace(/[^\w./:@#-]/g, '_').slice(0, 200)} -->`;
}
/** `.github/workflows/x.yml:job`, from the runner's environment; undefined outside a workflow run. */
function jobKey(env) {
    const job = env.GITHUB_JOB;
    if (!job)
        return undefined;
    // GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/x.yml@refs/… — the file, without the ref
    // (which differs between a pull request's merge ref and its base) and without the repository.
    const file = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1] ?? env.GITHUB_WORKFLOW ?? '';
    return file ? `${file}:${job}` : job;
}
/** GitHub rejects issue comments longer than this (characters). */
const COMMENT_LIMIT = 65_536;
/** Room kept for everything after the tables (notes, footer). */
const RESERVE = 4_096;
/** Text as a code span inside a table cell: one line, pipes escaped, a fence longer than any backtick run. */
function codeCell(s) {
    const t = s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    const pad = t.startsWith('`') || t.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${t}${pad}${fence}`;
}
/** A URL that cannot end a Markdown link early or start another: parentheses, spaces and angle brackets encoded. */
function linkTarget(url) {
    return url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
function location(f, link) {
    const where = `${f.file}:${f.line}`;
    const url = link?.(f.file, f.line);
    return url ? `[${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .mdCell */ .c)(where).replace(/[[\]]/g, '\\$&')}](${linkTarget(url)})` : codeCell(where);
}
function row(f, link, fixed) {
    const line = f.fix && fixed?.(f);
    const fix = !f.fix
        ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .mdCell */ .c)(f.message.replace(/^.*; use /, 'use '))
        : line
            ? codeCell(line.trim())
            : `replace with ${codeCell(f.fix.replacement)}`;
    return `| ${location(f, link)} | ${codeCell(f.ruleId)} | ${f.versions.join(', ')} | ${fix} |`;
}
/** Rows until the budget is spent; the rest are counted. */
function rows(findings, options, budget) {
    let text = '';
    let i = 0;
    for (; i < findings.length; i++) {
        const r = `${row(findings[i], options.link, options.fixed)}\n`;
        if (text.length + r.length > budget)
            break;
        text += r;
    }
    return { text, omitted: findings.length - i };
}
const TABLE_HEAD = '| Location | Rule | Legacy | Fix |\n|---|---|---|---|\n';
function formatComment(report, options = {}) {
    const { new: fresh, preexisting } = (0,_diff_mark_js__WEBPACK_IMPORTED_MODULE_4__/* .splitByNew */ .Kg)(report.findings);
    const failed = report.verdict === 'fail';
    const verdict = failed
        ? `### ❌ tls-floor: ${(0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .headline */ .Pl)(report)}`
        : `### ✅ tls-floor: ${fresh.length ? (0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .headline */ .Pl)(report) : `no new legacy TLS — ${(0,_report_js__WEBPACK_IMPORTED_MODULE_2__/* .headline */ .Pl)(report)}`}`;
    let text = `${commentMarker(options.job)}\n${verdict}\n\n`;
    if (fresh.length) {
        text += `**${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(fresh.length, 'new finding')}** on lines this pull request changes:\n\n`;
        const t = rows(fresh, options, COMMENT_LIMIT - RESERVE - text.length - TABLE_HEAD.length);
        text += TABLE_HEAD + t.text;
        if (t.omitted)
            text += `\n_${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(t.omitted, 'more new finding')} not listed here (comment size limit): see the job summary._\n`;
        if (options.suggestions)
            text += `\n${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(options.suggestions, 'suggested fix', 'suggested fixes')} in a review on this pull request: one click each.\n`;
    }
    else {
        text += failed ? 'No new findings in the changed lines.\n' : 'Nothing this pull request changes enables a legacy TLS version.\n';
    }
    if (report.endpoints.length) {
        const matrix = (0,_matrix_js__WEBPACK_IMPORTED_MODULE_1__/* .matrixMarkdown */ .zP)(report.endpoints);
        if (text.length + matrix.length + RESERVE < COMMENT_LIMIT) {
            const open = report.endpoints.some((e) => e.status !== 'pass') ? ' open' : '';
            text += `\n<details${open}><summary>Endpoints (${report.endpoints.length} probed)</summary>\n\n${matrix}\n\n</details>\n`;
        }
        else {
            text += `\n_${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(report.endpoints.length, 'endpoint')} probed: the matrix is in the job summary._\n`;
        }
    }
    if (preexisting.length) {
        const scope = report.diff?.failScope === 'new' ? 'not judged here (fail-scope: new)' : 'judged too (fail-scope: all)';
        text += `\n<details><summary>${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(preexisting.length, 'pre-existing finding')} on lines this pull request does not change: ${scope}</summary>\n\n`;
        const t = rows(preexisting, options, COMMENT_LIMIT - RESERVE / 2 - text.length - TABLE_HEAD.length);
        text += TABLE_HEAD + t.text;
        if (t.omitted)
            text += `\n_${t.omitted} more in the job summary._\n`;
        text += '\n</details>\n';
    }
    if (report.suppressed.length)
        text += `\n${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(report.suppressed.length, 'finding')} suppressed in the source (\`tls-floor-ignore\`).\n`;
    const footer = [
        options.headSha ? `commit ${options.headSha.slice(0, 12)}` : '',
        options.runUrl ? `[workflow run](${options.runUrl})` : '',
        options.job ? `job ${codeCell(options.job)}` : '',
    ]
        .filter(Boolean)
        .join(' · ');
    text += `\n<sub>Updated by tls-floor on every run${footer ? ` · ${footer}` : ''}.</sub>\n`;
    // The tables are budgeted above; this only guards against a pathological matrix or notes.
    return text.length > COMMENT_LIMIT ? `${text.slice(0, COMMENT_LIMIT - 200)}\n\n_(truncated: see the job summary)_\n` : text;
}
/** Whether a pull request needs a comment at all: one exists already, or there is something new to say. */
function commentWanted(report, exists) {
    return exists || report.verdict === 'fail' || (0,_diff_mark_js__WEBPACK_IMPORTED_MODULE_4__/* .splitByNew */ .Kg)(report.findings).new.length > 0;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ mdText),
/* harmony export */   c: () => (/* binding */ mdCell)
/* harmony export */ });
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


/***/ }),

/***/ 3677:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ matrixMarkdownParts),
/* harmony export */   md: () => (/* binding */ endpointLabel),
/* harmony export */   zP: () => (/* binding */ matrixMarkdown)
/* harmony export */ });
/* unused harmony exports CELL, LEGEND, HEADERS, cell, verdictText, matrixRows, matrixText */
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7902);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4285);



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
            rows.push({ endpoint: endpointLabel(e), address: '-', cells: _versions_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSIONS */ .S8.map(() => CELL.error), verdict });
            continue;
        }
        e.addresses.forEach((a, i) => {
            rows.push({
                endpoint: i === 0 ? endpointLabel(e) : '',
                address: a.address,
                cells: _versions_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSIONS */ .S8.map((v) => cell(a.results.find((r) => r.version === v)?.outcome)),
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
        rows: matrixRows(endpoints).map((r) => `| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .b)(r.endpoint)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .b)(r.address)} | ${r.cells.join(' | ')} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .b)(r.verdict)} |`),
        legend: `_${LEGEND}_`,
        notes: notesOf(endpoints).map((n) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .b)(n)}`),
    };
}
function matrixMarkdown(endpoints) {
    const m = matrixMarkdownParts(endpoints);
    return [m.head, ...m.rows, '', m.legend, ...m.notes.map((n) => `\n${n}`)].join('\n');
}


/***/ }),

/***/ 4400:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Wh: () => (/* binding */ EMPTY_STATS),
  FK: () => (/* binding */ buildReport),
  qA: () => (/* binding */ contextTag),
  te: () => (/* binding */ endpointFails),
  Jr: () => (/* binding */ failing),
  Pl: () => (/* binding */ headline),
  S4: () => (/* binding */ report_judge),
  KD: () => (/* binding */ judgedEndpoints),
  II: () => (/* binding */ judgedFindings),
  aB: () => (/* binding */ toJson)
});

// UNUSED EXPORTS: endpointReport, legacyFound

// EXTERNAL MODULE: ./src/diff/mark.ts
var mark = __nccwpck_require__(9349);
// EXTERNAL MODULE: ./src/policy.ts
var src_policy = __nccwpck_require__(1237);
// EXTERNAL MODULE: ./src/probe/ciphers.ts
var ciphers = __nccwpck_require__(9302);
// EXTERNAL MODULE: ./src/versions.ts
var versions = __nccwpck_require__(7902);
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
var version = __nccwpck_require__(311);
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
            judgedFindings(report).some((f) => fails(f.severity, { minVersion: report.minVersion, failOn: report.failOn }))));
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

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fingerprint),
/* harmony export */   z: () => (/* binding */ toSarif)
/* harmony export */ });
/* harmony import */ var _lazy_builtin_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7806);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(311);
/* harmony import */ var _uri_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1092);



/** Loaded by the first finding's fingerprint (node:crypto costs ~3 ms of every start). */
const crypto = (0,_lazy_builtin_js__WEBPACK_IMPORTED_MODULE_0__/* .lazyBuiltin */ .q)('node:crypto');
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
    return crypto().createHash('sha256').update(`${f.ruleId}\0${f.file}\0${f.snippet}`).digest('hex').slice(0, 32);
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
                    artifactLocation: { uri: (0,_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .uriPath */ .k)(f.file), uriBaseId: '%SRCROOT%' },
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
                                artifactLocation: { uri: (0,_uri_js__WEBPACK_IMPORTED_MODULE_1__/* .uriPath */ .k)(f.file), uriBaseId: '%SRCROOT%' },
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
                        name: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .lH,
                        version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .wr,
                        semanticVersion: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .wr,
                        informationUri: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_URI */ .qH,
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
                automationDetails: { id: `${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_NAME */ .lH}/` },
                results: [...report.findings, ...report.suppressed].map((f) => result(f, index.get(f.ruleId) ?? -1)),
                properties: { minVersion: report.minVersion, verdict: report.verdict },
            },
        ],
    };
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   NL: () => (/* binding */ notListed),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   vT: () => (/* binding */ skippedSummary)
/* harmony export */ });
/* unused harmony export formatText */
/* harmony import */ var _matrix_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3677);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4400);
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
    const { new: shown, preexisting } = splitByNew(report.findings);
    for (const f of shown) {
        lines.push(`${printable(f.file)}:${f.line}:${f.column}  ${c(f.severity, f.severity)}  ${c('dim', f.ruleId + contextTag(f))}  ${printable(f.message)}`);
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
    lines.push(report.verdict === 'fail' ? c('error', `fail: ${headline(report)}`) : c('bold', `pass: ${headline(report)}`));
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 1092:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ uriPath)
/* harmony export */ });
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


/***/ }),

/***/ 4813:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony export issueCommand */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lazy_builtin_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7806);



const crypto = (0,_lazy_builtin_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyBuiltin */ .q)('node:crypto');
/**
 * 16 bytes from the kernel's random source where it can be read as a file (Linux, macOS): the same
 * source node:crypto draws from, without loading node:crypto (~3 ms of every start, for one
 * delimiter per output). Elsewhere (Windows), node:crypto.
 */
function randomBytes16() {
    const bytes = Buffer.alloc(16);
    try {
        const fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync('/dev/urandom', 'r');
        try {
            if (node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, bytes, 0, 16, null) === 16)
                return bytes;
        }
        finally {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
        }
    }
    catch {
        // No /dev/urandom here.
    }
    return crypto().randomBytes(16);
}
/** A random (version 4) UUID, written as crypto.randomUUID writes one. */
function randomUUID() {
    const b = randomBytes16();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = b.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
/** An input as `core.getInput` reads it: `INPUT_` + the name upper-cased, spaces as `_`, trimmed. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
/** Command data: `%`, CR and LF escaped (the runner unescapes them). */
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A command property: like data, plus `:` and `,`, which separate properties. */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * `::name key=value,…::message`. Empty or missing values are left out; as in `@actions/core`, any
 * properties object (even one whose values are all missing) puts a space after the name.
 */
function issueCommand(name, properties, message) {
    let line = `::${name}`;
    const keys = Object.keys(properties);
    if (keys.length > 0) {
        line += ' ';
        line += keys
            .filter((k) => properties[k])
            .map((k) => {
            const v = properties[k];
            return `${k}=${escapeProperty(typeof v === 'string' ? v : JSON.stringify(v))}`;
        })
            .join(',');
    }
    process.stdout.write(`${line}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
}
/** The runner's names for the annotation properties (its `IssueCommandProperties`). */
function commandProperties(p) {
    if (Object.keys(p).length === 0)
        return {};
    return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}
function error(message, properties = {}) {
    issueCommand('error', commandProperties(properties), message);
}
function warning(message, properties = {}) {
    issueCommand('warning', commandProperties(properties), message);
}
function notice(message, properties = {}) {
    issueCommand('notice', commandProperties(properties), message);
}
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
}
/** An error annotation, and exit code 1 when the process ends. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/**
 * An output: appended to the `GITHUB_OUTPUT` file as `name<<DELIMITER`, the value, `DELIMITER`,
 * with a random delimiter that neither may contain; without the file, the old `set-output` command.
 */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || '';
    if (!file) {
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
        issueCommand('set-output', { name }, value);
        return;
    }
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    if (!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file))
        throw new Error(`Missing file at path: ${file}`);
    node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`, { encoding: 'utf8' });
}
/** Appends Markdown and a line end to the job summary file (`GITHUB_STEP_SUMMARY`, which must exist and be writable). */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.access(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.appendFile(file, markdown + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL, { encoding: 'utf8' });
}


/***/ }),

/***/ 6596:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JE: () => (/* binding */ DEFAULT_TREATMENT),
/* harmony export */   cb: () => (/* binding */ judgeByContext),
/* harmony export */   xo: () => (/* binding */ CONTEXT_KEYS)
/* harmony export */ });
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1237);
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

/***/ 5438:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ excludeMatcher),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   th: () => (/* binding */ enumerateAsync),
/* harmony export */   xz: () => (/* binding */ loadGlobMatcher)
/* harmony export */ });
/* unused harmony exports ScanInputError, mayBeInGitWorkTree, enumerate */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3916);
/* harmony import */ var _lazy_builtin_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7806);
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5861);





/** A path that cannot be scanned: the user's input, reported in one line like any configuration error. */
class ScanInputError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1 {
}
let picomatch;
/**
 * Loads the glob compiler (picomatch, a fifth of the action's entry bundle), which patterns need:
 * `exclude` entries, and the lines of a `.gitignore` the walk meets. A chunk, not a static import:
 * many runs have neither. loadSettings checks `exclude` with it (the entries await this first when
 * there may be patterns); enumerateAsync awaits it itself.
 */
async function loadGlobMatcher() {
    picomatch ??= (await __nccwpck_require__.e(/* import() */ 6).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4006, 23))).default;
}
/** A pattern compiled before loadGlobMatcher() was awaited: a bug, except in the walk (see walkAllAsync). */
class GlobMatcherNotLoaded extends Error {
    constructor() {
        super('internal error: a glob was compiled before loadGlobMatcher() was awaited');
    }
}
function globs() {
    if (!picomatch)
        throw new GlobMatcherNotLoaded();
    return picomatch;
}
function toPosix(p) {
    return p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
/** `a/b` for `a/b/c`, '' for `c`. */
function parentOf(rel) {
    const i = rel.lastIndexOf('/');
    return i < 0 ? '' : rel.slice(0, i);
}
function isInside(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(rel));
}
/**
 * The `exclude` setting as one predicate over root-relative paths. Patterns are globs; a bare
 * directory excludes everything below it. As in `.gitignore`, `!pattern` puts back what an earlier
 * pattern excluded and the last matching pattern wins (unlike `.gitignore`, a file can be put back
 * even when its directory was excluded: files are matched, not directories). Throws a one-line
 * ConfigurationError naming the entry that is empty or cannot be compiled; `where` names the setting.
 */
function excludeMatcher(patterns, where = 'exclude') {
    if (!patterns.length)
        return () => false;
    const compile = globs();
    const rules = patterns.map((entry) => {
        const negate = entry.startsWith('!');
        const glob = (negate ? entry.slice(1) : entry).trim();
        if (!glob) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(negate
                ? `${where}: "${(0,_clip_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(entry)}" has no pattern after "!"; write !GLOB to put back files an earlier pattern excluded`
                : `${where}: an entry is empty; expected a glob such as vendor/** or *.min.js`);
        }
        try {
            return { match: compile([glob, `${glob.replace(/\/+$/, '')}/**`], { dot: true }), negate };
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${where}: "${(0,_clip_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(entry)}" is not a glob that can be compiled: ${(0,_clip_js__WEBPACK_IMPORTED_MODULE_4__/* .clip */ .$)(e.message)}`);
        }
    });
    return (rel) => {
        for (let i = rules.length - 1; i >= 0; i--)
            if (rules[i].match(rel))
                return !rules[i].negate;
        return false;
    };
}
/** strerror texts git prints, back to the codes Node uses (the codes are what reports show). */
const ERRNO_TEXT = {
    'Permission denied': 'EACCES',
    'File name too long': 'ENAMETOOLONG',
    'Too many levels of symbolic links': 'ELOOP',
    'Not a directory': 'ENOTDIR',
    'Input/output error': 'EIO',
};
function listingError(file, code, what = 'directory could not be listed') {
    return { file: file || '.', message: `${code ?? 'EIO'}: ${what}` };
}
function errnoOf(e) {
    return e.code;
}
// LC_ALL=C: the warnings are parsed, and a translated git would hide them.
const gitEnv = () => ({ ...process.env, LC_ALL: 'C', LANGUAGE: 'C' });
/** A tree outside any repository never loads node:child_process. */
const processes = (0,_lazy_builtin_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyBuiltin */ .q)('node:child_process');
/**
 * False when git cannot see a work tree at `root`, so running it would only fail: git looks for
 * `.git` (a directory or a file) in the directory and each of its parents, unless GIT_DIR or
 * GIT_WORK_TREE say where the repository is. (It may still fail when this says true: a bare
 * repository, `safe.directory`, no git at all — the walk follows then, as it does here.)
 */
function mayBeInGitWorkTree(root, env = process.env) {
    if (env.GIT_DIR || env.GIT_WORK_TREE)
        return true;
    for (let dir = root;;) {
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, '.git')))
            return true;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir);
        if (parent === dir)
            return false;
        dir = parent;
    }
}
function runGit(root, args) {
    const r = processes().spawnSync('git', args, { cwd: root, env: gitEnv(), maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.error || r.status !== 0)
        return undefined;
    return { stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}
/** runGit, without waiting: the caller works while git does. */
function runGitAsync(root, args) {
    return new Promise((resolve) => {
        const child = processes().spawn('git', args, { cwd: root, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (d) => stdout.push(d));
        child.stderr.on('data', (d) => stderr.push(d));
        child.on('error', () => resolve(undefined));
        child.on('close', (status) => resolve(status === 0 ? { stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') } : undefined));
    });
}
/** Pathspecs are literal (`:x`, `*.conf` are file names, not git magic). */
const trackedArgs = (paths) => ['--literal-pathspecs', 'ls-files', '-z', '--stage', '--', ...paths];
const untrackedArgs = (paths) => [
    '--literal-pathspecs',
    'ls-files',
    '-z',
    '--others',
    '--exclude-standard',
    '--',
    ...paths,
];
/**
 * Tracked files with their modes ("mode hash stage<TAB>path"), so symbolic links are known without
 * an lstat. The fields before the first tab are git's (digits, hex, spaces), so the path is what
 * follows it: read with indexOf, not a regular expression per entry (46,000 of them).
 */
function trackedEntries(out) {
    const entries = [];
    for (const entry of out.split('\0')) {
        const tab = entry.indexOf('\t');
        if (tab < 0 || entry.charCodeAt(6) !== 0x20)
            continue;
        const mode = entry.slice(0, 6);
        // 100644/100755 regular, 120000 symbolic link, 160000 submodule (not a file here).
        if (mode === '160000')
            continue;
        entries.push({ path: entry.slice(tab + 1), kind: mode.startsWith('100') ? 'regular' : 'link' });
    }
    return entries;
}
/**
 * Untracked files (bare paths), and the directories git could not open to look for them. git
 * skips untracked FIFOs and sockets itself.
 */
function untrackedListing(root, out) {
    const entries = [];
    for (const entry of out.stdout.split('\0'))
        if (entry)
            entries.push({ path: entry, kind: 'unknown' });
    return { entries, errors: gitWarnings(root, out.stderr) };
}
/** Tracked files, then untracked ones; undefined outside a git work tree (or without git). */
function gitFiles(root, paths) {
    const tracked = runGit(root, trackedArgs(paths));
    const untracked = tracked && runGit(root, untrackedArgs(paths));
    if (!tracked || !untracked)
        return undefined;
    const listing = untrackedListing(root, untracked);
    return { entries: [...trackedEntries(tracked.stdout), ...listing.entries], errors: listing.errors };
}
/**
 * "warning: could not open directory 'sub/x/': Permission denied", with paths from the top of the
 * work tree. git cuts its messages at 4 KiB: a very long path arrives without its end or reason.
 */
function gitWarnings(root, stderr) {
    const found = [...stderr.matchAll(/^warning: could not open directory '(.*?)(?:': (.*))?$/gm)];
    if (!found.length)
        return [];
    const prefix = runGit(root, ['rev-parse', '--show-prefix'])?.stdout.trim() ?? '';
    return found.map(([, dir, reason]) => {
        const rel = prefix && dir.startsWith(prefix) ? dir.slice(prefix.length) : dir;
        if (reason === undefined)
            return { file: rel, message: "directory could not be listed (git's warning was cut short)" };
        return listingError(rel.replace(/\/$/, ''), ERRNO_TEXT[reason] ?? reason);
    });
}
/** A tiny .gitignore reader for the walk fallback: the common subset (globs, `/`-anchoring, `!`, dirs). */
class IgnoreRules {
    /**
     * The rules of each .gitignore, by its directory ('' for the root's): a rule matches only below
     * its own directory, so a path is tried against its ancestors' rules alone (on a tree with dozens
     * of vendored .gitignore files, trying every rule on every path was most of the walk).
     */
    byBase = new Map();
    add(base, text) {
        const compile = globs();
        const rules = this.byBase.get(base) ?? [];
        this.byBase.set(base, rules);
        for (let line of text.split(/\r?\n/)) {
            line = line.replace(/(?<!\\)\s+$/, '');
            if (!line || line.startsWith('#'))
                continue;
            const negate = line.startsWith('!');
            if (negate)
                line = line.slice(1); // `\!` and `\#` stay escaped: picomatch reads them as literals
            const dirOnly = line.endsWith('/');
            if (dirOnly)
                line = line.slice(0, -1);
            if (!line)
                continue;
            const anchored = line.includes('/');
            if (line.startsWith('/'))
                line = line.slice(1);
            const byName = anchored ? undefined : nameMatcher(line);
            if (byName) {
                rules.push({ match: byName, negate, dirOnly });
                continue;
            }
            const glob = (base ? `${base}/` : '') + (anchored ? line : `**/${line}`);
            try {
                rules.push({ match: compile(glob, { dot: true }), negate, dirOnly });
            }
            catch {
                // A line picomatch cannot compile (e.g. longer than 64 KiB) ignores nothing, as an
                // unmatched pattern would: the scan reads more, never less, than git would.
            }
        }
    }
    ignored(rel, isDir) {
        let ignored = false;
        // The root's rules, then those of each directory above `rel`, from the top down (as git reads them).
        let base = '';
        for (let slash = -1;;) {
            const rules = this.byBase.get(base);
            if (rules)
                for (const r of rules)
                    if ((!r.dirOnly || isDir) && r.match(rel))
                        ignored = !r.negate;
            slash = rel.indexOf('/', slash + 1);
            if (slash < 0)
                return ignored;
            base = rel.slice(0, slash);
        }
    }
}
/** Characters that make a .gitignore word a glob (or an escape) rather than a plain name. */
const GLOB_CHARS = /[*?[\]{}()!+@\\]/;
/**
 * What `**\/NAME` (an unanchored .gitignore line) matches below its directory, for the two shapes most
 * lines have, without a regular expression: a plain name (`.idea`, `node_modules`) is the base name;
 * `*` and a plain suffix (`*.log`, `*~`) is a base name that ends with it. Other lines go to picomatch.
 */
function nameMatcher(line) {
    const baseName = (p) => p.slice(p.lastIndexOf('/') + 1);
    if (!GLOB_CHARS.test(line))
        return (p) => baseName(p) === line;
    const suffix = line.slice(1);
    if (line.startsWith('*') && !GLOB_CHARS.test(suffix))
        return (p) => baseName(p).endsWith(suffix);
    return undefined;
}
// Without following a final symbolic link (git ≥ 2.32 does not follow a .gitignore link either),
// and without blocking on a FIFO. Windows has neither flag.
const IGNORE_FILE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/** Reads `relDir/.gitignore` into `ignore`; a .gitignore that exists but cannot be read is an error. */
function readIgnoreFile(root, relDir, ignore, errors) {
    const rel = relDir ? `${relDir}/.gitignore` : '.gitignore';
    let fd;
    try {
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, rel), IGNORE_FILE_FLAGS);
    }
    catch (e) {
        const code = errnoOf(e);
        if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR')
            return; // none, or a symbolic link
        errors.push(listingError(rel, code, '.gitignore could not be read'));
        return;
    }
    let text;
    try {
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd);
        if (!st.isFile()) {
            errors.push(listingError(rel, st.isDirectory() ? 'EISDIR' : 'EINVAL', '.gitignore is not a regular file'));
            return;
        }
        text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(fd, 'utf8');
    }
    catch (e) {
        errors.push(listingError(rel, errnoOf(e), '.gitignore could not be read'));
        return;
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
    ignore.add(relDir, text);
}
/**
 * Lists `start` (relative to the root, real: no symbolic link on the way) the way git would
 * without an index: the .gitignore files from the root down apply, symbolic links are listed
 * (and resolved later) but never walked into.
 */
function walk(root, start, isDir, out) {
    const ignore = new IgnoreRules();
    const visit = (relDir) => {
        let entries;
        try {
            entries = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, relDir), { withFileTypes: true });
        }
        catch (e) {
            out.errors.push(listingError(relDir, errnoOf(e)));
            return;
        }
        if (entries.some((e) => e.name === '.gitignore'))
            readIgnoreFile(root, relDir, ignore, out.errors);
        for (const e of entries) {
            if (e.name === '.git')
                continue;
            const rel = relDir ? `${relDir}/${e.name}` : e.name;
            const dir = e.isDirectory();
            if (ignore.ignored(rel, dir))
                continue;
            if (dir)
                visit(rel);
            else if (e.isFile())
                out.entries.push({ path: rel, kind: 'regular' });
            else if (e.isSymbolicLink())
                out.entries.push({ path: rel, kind: 'link' });
            else
                out.entries.push({ path: rel, kind: 'special' });
        }
    };
    // The .gitignore files above the start apply to it (and may ignore it: then, as with git, nothing is listed).
    const parts = start ? start.split('/') : [];
    let rel = '';
    for (let i = 0; i < parts.length; i++) {
        readIgnoreFile(root, rel, ignore, out.errors);
        rel = rel ? `${rel}/${parts[i]}` : parts[i];
        if (ignore.ignored(rel, i < parts.length - 1 || isDir))
            return;
    }
    if (isDir)
        visit(start);
    else
        out.entries.push({ path: start, kind: 'unknown' });
}
/**
 * A scan path as a real path relative to the real root ('' for the root itself), so that a
 * symbolic link given as a path is followed only when it stays inside.
 */
function resolveStart(root, realRoot, p) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, p);
    if (!isInside(root, abs))
        throw new ScanInputError(`path "${p}" is outside the scanned root ${root}`);
    let real;
    let st;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(abs);
        st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(real);
    }
    catch (e) {
        const code = errnoOf(e);
        throw new ScanInputError(code === 'ENOENT' ? `path "${p}" does not exist under ${root}` : `path "${p}" could not be read: ${code ?? String(e)}`);
    }
    if (!isInside(realRoot, real))
        throw new ScanInputError(`path "${p}" leads outside the scanned root ${root} through a symbolic link`);
    return { rel: toPosix(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(realRoot, real)), isDir: st.isDirectory() };
}
/**
 * Classifies listed paths with as few system calls as possible: a regular file whose directories
 * are all real (checked once per directory, with lstat) is taken as is; anything that passes
 * through a symbolic link is resolved and must be a regular file inside the real root.
 */
class Classifier {
    root;
    walked;
    realDirs = new Map([['', true]]);
    /** The root with one separator after it: paths below it are joined without normalising (they come from git or a walk). */
    prefix;
    /** The directory of the last path classified, and whether it is real: a listing is sorted, so most paths share the last one's. */
    lastDir = '';
    lastDirReal = true;
    /**
     * `root` is a real path: the listing is made below it. `walked`: the directories came from a
     * walk that never enters a link, so they need no check.
     */
    constructor(root, walked) {
        this.root = root;
        this.walked = walked;
        this.prefix = root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? root : root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep;
    }
    classify({ path: rel, kind }) {
        if (kind === 'special')
            return 'special';
        if (!this.inRealDir(rel))
            return this.resolve(rel);
        // A tracked regular file; if it was deleted or replaced in the work tree, reading it tells.
        if (kind === 'regular')
            return 'file';
        let st;
        try {
            st = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.root, rel), { throwIfNoEntry: false });
        }
        catch (e) {
            return { error: errnoOf(e) };
        }
        if (!st || st.isDirectory())
            return 'skip'; // deleted from the work tree but still in the index
        if (st.isSymbolicLink())
            return this.resolve(rel);
        return st.isFile() ? 'file' : 'special';
    }
    /** Whether the directory holding `rel` is real (realDir), asked without slicing out its name when it is the last path's. */
    inRealDir(rel) {
        if (this.walked)
            return true;
        const slash = rel.lastIndexOf('/');
        if (slash < 0)
            return true;
        if (slash === this.lastDir.length && rel.startsWith(this.lastDir))
            return this.lastDirReal;
        this.lastDir = rel.slice(0, slash);
        this.lastDirReal = this.realDir(this.lastDir);
        return this.lastDirReal;
    }
    /**
     * Whether no component of the directory is a symbolic link. One that cannot be examined
     * (missing, not a directory, no permission) has no link to follow: reading below it fails and says so.
     */
    realDir(rel) {
        if (this.walked)
            return true;
        let known = this.realDirs.get(rel);
        if (known === undefined) {
            let link;
            try {
                link = node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(this.prefix + rel, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
            }
            catch {
                link = false;
            }
            known = this.realDir(parentOf(rel)) && !link;
            this.realDirs.set(rel, known);
        }
        return known;
    }
    resolve(rel) {
        let target;
        try {
            target = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.root, rel));
        }
        catch (e) {
            const code = errnoOf(e);
            return code === 'ENOENT' || code === 'ELOOP' ? 'outside' : { error: code }; // broken or a loop: nothing to read
        }
        if (!isInside(this.root, target))
            return 'outside';
        let st;
        try {
            st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(target, { throwIfNoEntry: false });
        }
        catch (e) {
            return { error: errnoOf(e) };
        }
        if (!st || st.isDirectory())
            return 'skip'; // a directory link: its files are listed where they are
        return st.isFile() ? 'file' : 'special';
    }
}
function plan(root, paths, exclude) {
    const isExcluded = excludeMatcher(exclude);
    const realRoot = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(root);
    const starts = (paths.length ? paths : ['.']).map((p) => resolveStart(root, realRoot, p));
    // Listing below the real root keeps relative paths valid for a root reached through a link.
    return { isExcluded, realRoot, starts, pathspecs: starts.map((s) => s.rel || '.') };
}
/** Sorts listed entries into files to read and counts; entries can be added in batches, in any order. */
class Tally {
    plan;
    source;
    /** Files to read, in the order listed; a path git lists twice (a merge conflict's stages) is dropped once sorted. */
    result = [];
    excluded = 0;
    outsideLinks = 0;
    special = 0;
    errors = [];
    classifier;
    constructor(plan, source) {
        this.plan = plan;
        this.source = source;
        this.classifier = new Classifier(plan.realRoot, source === 'walk');
    }
    add({ entries, errors }) {
        for (const e of errors)
            this.errors.push(e);
        for (const entry of entries) {
            if (this.plan.isExcluded(entry.path)) {
                this.excluded++;
                continue;
            }
            const verdict = this.classifier.classify(entry);
            if (verdict === 'file')
                this.result.push(entry.path);
            else if (verdict === 'outside')
                this.outsideLinks++;
            else if (verdict === 'special')
                this.special++;
            else if (typeof verdict === 'object')
                this.errors.push(listingError(entry.path, verdict.error, 'could not be examined'));
        }
    }
    done() {
        const errors = [...new Map(this.errors.map((e) => [e.file, e])).values()].sort((a, b) => (a.file < b.file ? -1 : 1));
        const { excluded, outsideLinks, special, source } = this;
        // Already sorted runs (git's lists, a walk's directories): the sort merges them in about one pass.
        const files = this.result.sort().filter((f, i, all) => i === 0 || f !== all[i - 1]);
        return { files, source, excluded, outsideLinks, special, errors };
    }
}
/**
 * walkAll, with the glob compiler loaded when the walk meets a `.gitignore` (it stops there, and
 * walks again once it is loaded): a tree without one never loads it.
 */
async function walkAllAsync(p) {
    try {
        return walkAll(p);
    }
    catch (e) {
        if (!(e instanceof GlobMatcherNotLoaded))
            throw e;
        await loadGlobMatcher();
        return walkAll(p);
    }
}
function walkAll(p) {
    const listing = { entries: [], errors: [] };
    for (const s of p.starts)
        walk(p.realRoot, s.rel, s.isDir, listing);
    const tally = new Tally(p, 'walk');
    tally.add(listing);
    return tally.done();
}
/**
 * Lists the files to scan under `root` limited to `paths` (relative to root), minus `exclude` globs.
 * Throws ScanInputError when a path does not exist or leaves the root, ConfigurationError for an
 * exclude pattern that cannot be used.
 */
function enumerate(root, paths, exclude) {
    const p = plan(root, paths, exclude);
    const listing = mayBeInGitWorkTree(p.realRoot) ? gitFiles(p.realRoot, p.pathspecs) : undefined;
    if (!listing)
        return walkAll(p);
    const tally = new Tally(p, 'git');
    tally.add(listing);
    return tally.done();
}
/**
 * enumerate, with the same result, sooner: git looks for untracked files (a walk of the whole
 * tree, ~100 ms on 46,000 files) while this thread reads the index's list and examines it.
 * `onTracked` is told how many files the index lists (under the scan paths) as soon as git has
 * answered, before they are examined and before the untracked ones are known: a caller can start
 * threads then.
 */
async function enumerateAsync(root, paths, exclude, onTracked) {
    if (exclude.length)
        await loadGlobMatcher();
    const p = plan(root, paths, exclude);
    if (!mayBeInGitWorkTree(p.realRoot))
        return walkAllAsync(p);
    const untracked = runGitAsync(p.realRoot, untrackedArgs(p.pathspecs));
    const tracked = runGit(p.realRoot, trackedArgs(p.pathspecs));
    const tally = new Tally(p, 'git');
    if (tracked) {
        const entries = trackedEntries(tracked.stdout);
        // Told before the entries are examined (an lstat per directory): threads start loading sooner.
        onTracked?.(entries.length);
        tally.add({ entries, errors: [] });
    }
    const others = await untracked;
    if (!tracked || !others)
        return walkAllAsync(p);
    tally.add(untrackedListing(p.realRoot, others));
    return tally.done();
}


/***/ }),

/***/ 9462:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HU: () => (/* binding */ setWorkerEntry),
/* harmony export */   Kl: () => (/* binding */ IS_SCAN_WORKER),
/* harmony export */   eD: () => (/* binding */ threads),
/* harmony export */   em: () => (/* binding */ SCAN_WORKER_ARG),
/* harmony export */   xA: () => (/* binding */ workerEntry),
/* harmony export */   zd: () => (/* binding */ SCAN_WORKER_MARK)
/* harmony export */ });
/* unused harmony export isScanWorker */
/* harmony import */ var _lazy_builtin_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7806);

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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  GW: () => (/* binding */ BADGE_FILES),
  WI: () => (/* binding */ loadConfigParser),
  M5: () => (/* binding */ loadSettings),
  NR: () => (/* binding */ needsConfigParser),
  yG: () => (/* binding */ parseBoolean),
  pD: () => (/* binding */ parseBranchName)
});

// UNUSED EXPORTS: DEFAULT_CONCURRENCY, DEFAULT_CONFIG, DEFAULT_MAX_FILE_SIZE, DEFAULT_TIMEOUT_MS, MIN_VERSIONS, badgePaths, inputEndpoints, parseConcurrency, parseContextSetting, parseFailScope, parseFilterMode, parseList, parseMinVersion, parseSeverity, parseSize, parseTimeout, readConfigFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/clip.ts
var clip = __nccwpck_require__(5861);
// EXTERNAL MODULE: ./src/paths.ts
var src_paths = __nccwpck_require__(8431);
// EXTERNAL MODULE: ./src/diff/model.ts
var model = __nccwpck_require__(8054);
// EXTERNAL MODULE: ./src/policy.ts
var src_policy = __nccwpck_require__(1237);
// EXTERNAL MODULE: ./src/probe/ip-literal.ts
var ip_literal = __nccwpck_require__(1239);
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
var schedule = __nccwpck_require__(2505);
// EXTERNAL MODULE: ./src/scan/files.ts
var files = __nccwpck_require__(5438);
// EXTERNAL MODULE: ./src/shard.ts
var src_shard = __nccwpck_require__(7903);
// EXTERNAL MODULE: ./src/versions.ts
var versions = __nccwpck_require__(7902);
// EXTERNAL MODULE: ./src/scan/context-severity.ts
var context_severity = __nccwpck_require__(6596);
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
    yamlModule ??= await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
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
        throw new errors/* ConfigurationError */.j1(`${where}: ${(0,errors/* quote */.hD)(value)} is not a branch name; expected e.g. badges`);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ inShard),
/* harmony export */   r4: () => (/* binding */ endpointKey),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony exports MAX_SHARDS, bucketOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _lazy_builtin_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7806);


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


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   qH: () => (/* binding */ TOOL_URI),
/* harmony export */   wr: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool's own version, kept in step with package.json by a test. */
const TOOL_VERSION = '0.1.0';
const TOOL_NAME = 'tls-floor';
const TOOL_URI = 'https://github.com/tls-floor/tls-floor';


/***/ }),

/***/ 7902:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ below),
/* harmony export */   S8: () => (/* binding */ VERSIONS),
/* harmony export */   Tu: () => (/* binding */ atMost),
/* harmony export */   Vm: () => (/* binding */ versionIndex),
/* harmony export */   XE: () => (/* binding */ WIRE_VERSION),
/* harmony export */   Xo: () => (/* binding */ versionOfWire),
/* harmony export */   f_: () => (/* binding */ wireNumberVersion),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   s4: () => (/* binding */ setOf),
/* harmony export */   st: () => (/* binding */ toList),
/* harmony export */   wg: () => (/* binding */ EMPTY),
/* harmony export */   y1: () => (/* binding */ range),
/* harmony export */   y2: () => (/* binding */ ALL),
/* harmony export */   zy: () => (/* binding */ has)
/* harmony export */ });
/* unused harmony exports lowest, describe */
/**
 * The protocol version vocabulary shared by the whole code base: the order, the canonical
 * names used in every machine-readable output, and version *sets* as small bit masks.
 */
const VERSIONS = ['SSLv2', 'SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const EMPTY = 0;
const ALL = (1 << VERSIONS.length) - 1;
function versionIndex(v) {
    return VERSIONS.indexOf(v);
}
function setOf(...versions) {
    let set = EMPTY;
    for (const v of versions)
        set |= 1 << versionIndex(v);
    return set;
}
/** Every version from `min` to `max`, both included. */
function range(min, max = 'TLSv1.3') {
    let set = EMPTY;
    for (let i = versionIndex(min); i <= versionIndex(max); i++)
        set |= 1 << i;
    return set;
}
/**
 * What "minimum version X" enables in practice for a modern TLS stack: X up to TLS 1.3, but never
 * SSLv2 (no stack that still has a minimum-version knob can speak it).
 */
function atLeast(min) {
    return range(min === 'SSLv2' ? 'SSLv3' : min);
}
/**
 * What "maximum version X" enables when nothing else is said. A cap below TLS 1.2 leaves the TLS
 * versions up to it (libraries with a maximum knob have dropped SSLv3, so it is left out unless it
 * is the cap itself). A cap at TLS 1.2 or above leaves TLS 1.2 up to the cap: every stack with such
 * a knob defaults its minimum to TLS 1.2 today, so the cap alone enables nothing older.
 */
function atMost(max) {
    if (versionIndex(max) >= versionIndex('TLSv1.2'))
        return range('TLSv1.2', max);
    return range('TLSv1.0', max) || setOf(max);
}
function has(set, v) {
    return (set & (1 << versionIndex(v))) !== 0;
}
function toList(set) {
    return VERSIONS.filter((_, i) => (set & (1 << i)) !== 0);
}
/** The versions of `set` strictly below `floor`. */
function below(set, floor) {
    return set & ((1 << versionIndex(floor)) - 1);
}
function lowest(set) {
    return toList(set)[0];
}
function describe(set) {
    const list = toList(set);
    return list.length === 0 ? 'no version' : list.join(', ');
}
const BY_DIGITS = {
    ssl2: 'SSLv2',
    ssl20: 'SSLv2',
    ssl3: 'SSLv3',
    ssl30: 'SSLv3',
    tls1: 'TLSv1.0',
    tls10: 'TLSv1.0',
    tls11: 'TLSv1.1',
    tls12: 'TLSv1.2',
    tls13: 'TLSv1.3',
};
const BARE_NUMBERS = {
    '10': 'TLSv1.0',
    '11': 'TLSv1.1',
    '12': 'TLSv1.2',
    '13': 'TLSv1.3',
};
/**
 * Reads one version token in any of the spellings that configuration languages use:
 * `TLSv1`, `TLSv1.0`, `tlsv1_1`, `TLS1_2`, `TLS12`, `VersionTLS10`, `TLS_1_0`, `SSLv3`, `ssl3`,
 * `SSL 3.0`, `TLS 1.0`, and — only with `bareNumbers` — `1.0`, `1.1`, `12`. Protocol-neutral names
 * (`TLS`, `SSL`, `SSLv23`, `Default`) and anything unknown give `undefined`: unknown is not legacy.
 */
function parseVersion(token, opts = {}) {
    let t = token
        .trim()
        .toLowerCase()
        .replace(/^['"`:]+|['"`]+$/g, '');
    t = t.replace(/^(?:version|protocol)/, '');
    const compact = t.replace(/[\s._-]/g, '').replace(/^(ssl|tls)v/, '$1');
    if (compact in BY_DIGITS)
        return BY_DIGITS[compact];
    if (opts.bareNumbers) {
        const digits = t.replace(/^v/, '').replace(/[._]/g, '');
        if (/^1\.?[0-3]?$/.test(t.replace(/^v/, '')) && digits in BARE_NUMBERS)
            return BARE_NUMBERS[digits];
    }
    return undefined;
}
/** Two-byte protocol version codes as they appear on the wire (and in APIs that take them). SSLv2 is 0x0002. */
const WIRE_VERSION = {
    SSLv2: 0x0002,
    SSLv3: 0x0300,
    'TLSv1.0': 0x0301,
    'TLSv1.1': 0x0302,
    'TLSv1.2': 0x0303,
    'TLSv1.3': 0x0304,
};
const BY_WIRE = new Map(Object.entries(WIRE_VERSION).map(([name, code]) => [code, name]));
/** The version a wire code stands for, if any. */
function versionOfWire(code) {
    return BY_WIRE.get(code);
}
/**
 * A version written as its wire code in source: hex (`0x0301`) or decimal (`769`), SSLv3 to TLS 1.3
 * (SSLv2's 0x0002 is any small number in code).
 */
function wireNumberVersion(token) {
    return /^(?:0[xX]030[0-4]|7(?:6[89]|7[0-2]))$/.test(token) ? BY_WIRE.get(Number(token)) : undefined;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 1553:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 5881:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1730);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
