export const id = 418;
export const ids = [418];
export const modules = {

/***/ 5861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 1237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c6: () => (/* binding */ fails),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   ru: () => (/* binding */ legacyVersions),
/* harmony export */   zj: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7902);

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

/***/ 1791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FP: () => (/* binding */ isCapability),
/* harmony export */   Pc: () => (/* binding */ testsUnset),
/* harmony export */   Pi: () => (/* binding */ chosenOnRequest)
/* harmony export */ });
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7902);

/** Code whose `switch`/`case` (or `match`/`case`) and `if` read the same way for this purpose. */
const CODE_KINDS = new Set([
    'c',
    'cpp',
    'objc',
    'java',
    'kotlin',
    'scala',
    'groovy',
    'csharp',
    'go',
    'python',
    'js',
    'ts',
    'php',
    'ruby',
    'rust',
    'swift',
    'dart',
]);
/** How far back a judgement looks: a statement's arm or guard is close; a hostile file stays linear. */
const WINDOW = 500;
/**
 * A `case X:` / `case X ->` / `case "x", "y":` label before the offset with nothing that ends its
 * arm in between (`break`, `return`, a closing brace; a later label starts a new arm).
 */
function inCaseArm(code, offset) {
    const window = code.slice(Math.max(0, offset - WINDOW), offset);
    const re = /\b(case\s+[^;\n{}]{1,80}?|default)\s*(?::(?!:)|->)/g;
    // The labels of the arm the offset is in: the last one and those stacked right before it.
    let labels = [];
    let end = -1;
    for (let m = re.exec(window); m; m = re.exec(window)) {
        if (end < 0 || window.slice(end, m.index).trim() !== '')
            labels = [];
        labels.push(m[1]);
        end = m.index + m[0].length;
    }
    if (end < 0 || /\bbreak\b|\breturn\b|\}|\bfallthrough\b/.test(window.slice(end)))
        return false;
    // A default arm, or one shared with a label named default (`case SSLVERSION_DEFAULT:`), is what
    // every caller gets who asked for nothing.
    return !labels.some((l) => /default/i.test(l));
}
/** A value that names a protocol setting (`tls_version`, `mosq->protocol`, `sslMethod`; not `ssl_ctx`). */
const PROTOCOL_NAME = /proto|version|method/i;
/** A name, member or element chain: `tls_version`, `mosq->tls_version`, `self.opts['proto']`. */
const OPERAND = String.raw `[A-Za-z_$][\w$]*(?:\s*(?:->|\.|::)\s*[A-Za-z_$][\w$]*|\[[^\[\]\n]{1,40}\])*`;
const EMPTY_VALUE = String.raw `(?:NULL|nullptr|nil|null|None|undefined|""|'')(?![\w$])`;
/**
 * The ways code asks whether an option was left unset — compared with nothing (`== NULL`, `is None`,
 * `== ""`), negated (`!mosq->tls_version`, `not proto`), empty (`.empty()`, `IsNullOrEmpty(v)`,
 * `strlen(v) == 0`, `!*v`) — each capturing the value it tests.
 */
const UNSET_TESTS = [
    new RegExp(String.raw `(?<![\w$.>!])(${OPERAND})\s*(?:===?|\bis\b(?!\s+not\b))\s*${EMPTY_VALUE}`),
    new RegExp(String.raw `(?<![\w$])${EMPTY_VALUE}\s*===?\s*(${OPERAND})`),
    new RegExp(String.raw `(?<![\w$)\]!=])!\s*\*?\s*(${OPERAND})\s*(?=\)|&&|\|\||$)(?!\s*\.)`),
    new RegExp(String.raw `(?:^|[\s(])not\s+(${OPERAND})\s*(?=:|\)|\band\b|\bor\b|$)`),
    new RegExp(String.raw `(?<![!\w$.>])(${OPERAND})\s*\.\s*(?:empty|isEmpty|is_empty|IsEmpty|isBlank)\s*\(\s*\)`),
    new RegExp(String.raw `(?<!!\s*)\b(?:IsNullOrEmpty|IsNullOrWhiteSpace|isEmpty|isBlank|strlen|len)\s*\(\s*(${OPERAND})\s*\)(?:\s*==\s*0\b)?`),
    new RegExp(String.raw `(${OPERAND})\s*\[\s*0\s*\]\s*==\s*(?:'\\0'|0\b)`),
];
/**
 * Whether a condition tests that a protocol option was left unset (`tls_version == NULL`,
 * `!mosq->tls_version`, `proto is None`, `version.isEmpty()`): the branch it guards is the default
 * path, which every caller who asked for nothing takes, and never a capability. A condition that
 * also compares the value (`v == NULL || !strcmp(v, "tlsv1")`) still runs for the unset value.
 */
function testsUnset(condition) {
    for (const re of UNSET_TESTS) {
        const m = re.exec(condition);
        // `strlen(v)` alone is not a test for empty; `len(v) == 0` and `isEmpty(v)` are.
        if (m && PROTOCOL_NAME.test(m[1]) && !(/^(?:strlen|len)\b/.test(m[0].trimStart()) && !/==\s*0$/.test(m[0])))
            return true;
    }
    return false;
}
/**
 * The statement at the offset is guarded by a comparison of a protocol-ish value: `if (!strcmp(arg,
 * "-tls1")) meth = …`, `if (proto == PY_SSL_VERSION_TLS1) {`, `elif version == "tlsv1":`,
 * `else if (name.equals("TLSv1"))`. Only the guard on the statement's own line or the line before.
 */
function guardedByComparison(code, offset) {
    const window = code.slice(Math.max(0, offset - 300), offset);
    const lines = window.split('\n');
    const own = lines[lines.length - 1];
    const prev = lines.length > 1 ? lines[lines.length - 2] : '';
    for (const text of [own, prev]) {
        const m = /(?:^|[\s;{}])(?:if|elif|elsif|else\s+if|when)\b\s*\(?([^;]{0,240})$/.exec(text);
        if (!m)
            continue;
        // The guard's condition, up to where the statement starts (`{`, `:` at the end, or `)`). The
        // compared value names a protocol (`proto_version`, `sslProtocol()`, `"-tls1"`), not just any
        // version: `Build.VERSION.SDK_INT == 19` picks a platform, and what is enabled there is a default.
        const condition = m[1];
        // `if (tls_version == NULL)` is the path taken when nobody asked for a version: the default.
        if (testsUnset(condition))
            return false;
        if (/==|!=|\bstr(?:n?case)?cmp\b|\bequals(?:IgnoreCase)?\b|\bcompare\b/.test(condition) && /proto|method|tls|ssl/i.test(condition))
            return true;
    }
    return false;
}
/**
 * One entry of a table from version names to versions: the text before the value on its line is a
 * quoted version name and a `:`, `=>` or `,` (`"tls1.0": tls.VersionTLS10,`, `'TLSv1': ssl.PROTOCOL_TLSv1,`,
 * `{"tls1.1", VersionTLS11},`, `"1.0" => SslProtocols.Tls,`). A key that is a setting's name
 * (`"ssl_protocols": "TLSv1"`) is not a version name, so a setting written as a map stays a setting.
 */
function inVersionNameTable(code, offset) {
    // Bounded look-back: on a hostile line without breaks an unbounded one is quadratic.
    const before = code.slice(Math.max(0, offset - 200), offset);
    const lineStart = offset - before.length + before.lastIndexOf('\n') + 1;
    if (before.lastIndexOf('\n') < 0 && offset > 200)
        return false;
    const m = /^[ \t]*(?:[{[(][ \t]*)?(?:case[ \t]+)?["']([\w. -]{1,24})["'][ \t]*(?::|=>|,|->)[ \t]*$/.exec(code.slice(lineStart, offset));
    return m !== null && (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(m[1].replace(/^-+/, ''), { bareNumbers: true }) !== undefined;
}
/**
 * Whether the statement at `offset` runs only on request: in a `case` arm, or under a comparison
 * of a protocol value. Rules that follow a value back to where it was assigned use it too.
 */
function chosenOnRequest(code, offset) {
    return inCaseArm(code, offset) || guardedByComparison(code, offset);
}
/** Whether the code at `offset` chooses a version because a configured value asked for it. */
function isCapability(kind, code, offset) {
    if (!CODE_KINDS.has(kind))
        return false;
    return chosenOnRequest(code, offset) || inVersionNameTable(code, offset);
}


/***/ }),

/***/ 5570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kj: () => (/* binding */ NO_FACTS),
/* harmony export */   OP: () => (/* binding */ testRegions),
/* harmony export */   Vm: () => (/* binding */ contextOf)
/* harmony export */ });
/* unused harmony export FILE_CONTEXTS */
/* harmony import */ var _file_kinds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9213);
/* harmony import */ var _gitattributes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6984);
/**
 * The context every file is judged in — first-party code, tests and fixtures, examples,
 * documentation, vendored or generated code, or a TLS stack's own implementation — decided once,
 * the same way for every language. Rules never look at it: they say what a setting enables, and
 * the pipeline maps a context to a severity by the user's settings (see scan/context-severity.ts).
 *
 * Order, first that applies: the repository's own word (`.gitattributes` linguist attributes),
 * vendored paths, tests (path conventions of each ecosystem, then a few cheap content signals),
 * documentation, examples, TLS implementations, first-party.
 */


const FILE_CONTEXTS = (/* unused pure expression or super */ null && (['first-party', 'test', 'example', 'documentation', 'vendored', 'tls-implementation']));
const NO_FACTS = { attributes: [], tlsStacks: [] };
// ---------------------------------------------------------------------------------------------
// Path conventions
/** Directories of third-party code, copied in or installed. `-linguist-vendored` un-marks them. */
const VENDOR_DIRS = new Set([
    'vendor',
    'vendored',
    'third_party',
    'third-party',
    'thirdparty',
    '3rdparty',
    '3rd_party',
    '3rd-party',
    'node_modules',
    'bower_components',
    'jspm_packages',
    'pods',
    'carthage',
    'site-packages',
    'godeps',
]);
/** Minified bundles are generated (and nearly always someone else's library). */
const GENERATED_FILE = /\.min\.(?:js|mjs|css)$/i;
/** Directories that hold tests, fixtures and test data, in any ecosystem. Exact segment, any case. */
const TEST_DIRS = new Set([
    'test',
    'tests',
    '__tests__',
    'spec',
    'specs',
    'testdata',
    'testing',
    'testutil',
    'testutils',
    'testhelpers',
    'fixtures',
    'fixture',
    '__fixtures__',
    '__mocks__',
    'unittest',
    'unittests',
    'e2e',
    'benches',
    't', // Perl's and git's t/
    // Harnesses that exercise the code rather than deploy it: fuzzers, leak and stress checks.
    'fuzz',
    'fuzzing',
    'fuzzers',
    'leakcheck',
    'stress',
]);
/**
 * Test directories by naming pattern: `test-data`, `test_utils`, `integration-tests`, `Foo.Tests`,
 * `Foo.UnitTests` (.NET test projects), `androidTest`, `integrationTest` (Gradle source sets).
 * A segment must *start or end* with the word at a separator or case change, so `latest`,
 * `contest`, `attestation`, `protest` and `manifests` are not tests.
 */
const TEST_DIR_PATTERN = /^(?:tests?[-_.][\w.-]+|[\w.-]+[-_.](?:tests?|specs?|testdata|fixtures?|unittests?|integrationtests?|functionaltests?))$/i;
const TEST_DIR_CAMEL = /^(?:[A-Za-z][A-Za-z0-9]*[a-z0-9](?:Tests?|Specs?)|testFixtures)$/;
/**
 * Test files by name, per ecosystem: Go, Python, Ruby, JS/TS, JVM, .NET, PHP, Swift, Elixir,
 * Erlang, C/C++, shell (bats and `*_test.sh`), Perl (`*.t`).
 */
const TEST_FILE = /(?:_test\.(?:go|py|rb|exs|erl|c|cc|cpp|cxx|sh|rs)|_unittest\.(?:c|cc|cpp)|_tests?\.py|_spec\.rb|^(?:test_[^/]*\.(?:py|c|cc|cpp|sh)|tests?\.py|conftest\.py|spec_helper\.rb|test_helper\.rb)|[._-](?:test|spec)\.[cm]?[jt]sx?|Tests?\.(?:java|kt|kts|scala|groovy|cs|vb|fs|php|swift)|[a-z0-9]IT\.(?:java|kt)|\wSpec\.groovy|_SUITE\.erl|\.bats|\.t)$/;
/** Directories of examples. `samples/` is deliberately not one: installers ship their samples. */
const EXAMPLE_DIRS = new Set(['examples', 'example', '_examples', 'demo', 'demos', 'tutorial', 'tutorials']);
/** Directories named for their examples: `config-examples`, `example-app`, `tls_examples`. */
const EXAMPLE_DIR_PATTERN = /^(?:[\w.]+[-_.])?examples?(?:[-_.][\w.]+)?$/i;
/**
 * Example files by name: a copy-me suffix (`emqx.conf.example`, `.env.sample`, `config.inc.php.dist`),
 * `example`/`sample` as the last word before the extension (`config.example.yml`, `nginx-sample.conf`,
 * `settings_example.py`), or `example` as the first word (`example.conf`, `example-server.py`).
 * `sample` only counts at the end: as a first word it is as often data (`sample_rate.go`, `sampler.py`).
 */
const EXAMPLE_FILE = /\.(?:examples?|samples?|dist)$|[._-](?:examples?|samples?)\.[^./]+$|^examples?[._-]/i;
const DOC_DIRS = new Set(['docs', 'doc', 'documentation']);
/**
 * Content that only tests have, checked in the head of the file: imports of a test framework.
 * Go's `package x_test` is not needed (only `_test.go` files may say it); Rust's `#[cfg(test)]`
 * modules are regions of a file (testRegions).
 */
const TEST_CONTENT = [
    {
        ext: /\.py$/,
        re: /^(?:import[ \t]+(?:pytest|unittest)\b|from[ \t]+(?:pytest|unittest)(?:\.\w+)*[ \t]+import\b)/m,
        why: 'imports pytest/unittest',
    },
    {
        ext: /\.(?:java|kt|kts|scala|groovy)$/,
        re: /^import[ \t]+(?:static[ \t]+)?(?:org\.junit|junit\.framework|org\.testng|io\.kotest|spock\.lang)\./m,
        why: 'imports a JVM test framework',
    },
    {
        ext: /\.(?:cs|vb|fs)$/,
        re: /^[ \t]*(?:using|Imports|open)[ \t]+(?:Xunit|NUnit\.Framework|Microsoft\.VisualStudio\.TestTools\.UnitTesting)\b/m,
        why: 'uses a .NET test framework',
    },
    {
        ext: /\.[cm]?[jt]sx?$/,
        re: /(?:\bfrom[ \t]*|\brequire\([ \t]*)['"](?:vitest|@jest\/globals|mocha|node:test|ava|tape)['"]/,
        why: 'imports a JavaScript test runner',
    },
    {
        ext: /\.rb$/,
        re: /^require[ \t(]+['"](?:rspec|minitest\/autorun|test\/unit|spec_helper|test_helper)['"]/m,
        why: 'requires a test framework',
    },
    { ext: /\.php$/, re: /^use[ \t]+PHPUnit\\Framework\\TestCase[ \t]*;/m, why: 'uses PHPUnit' },
];
/** Content signals read only this much of a file: imports are at the top. */
const HEAD = 8192;
/**
 * A file that defines TLS protocol versions by their wire numbers (`#define TLS1_VERSION 0x0301`,
 * `VersionTLS10 = 0x0301`) is a TLS stack or a handshake builder: the old versions it names are
 * what it can speak, not a setting someone chose.
 */
const WIRE_NUMBER = /\b0x0?30[0-2]\b/g;
const DEFINES_VERSION = /(?:#[ \t]*define[ \t]+\w*(?:ssl|tls)\w*[ \t]+\(?|(?<![.>\w])\w*(?:ssl|tls)\w*['"]?[ \t]*(?::=|=|:|\()[ \t]*(?:u?int\d*\()?)$/i;
/**
 * The JVM's TLS stacks (the JDK's JSSE, Conscrypt, Netty's SSL engines), vendored or decompiled:
 * their definitions of defaults and constants are what they can speak, not a use. Client libraries
 * that only configure a stack (OkHttp, Jetty's SslContextFactory, Apache HttpClient) are not
 * stacks: their defaults are a choice every user inherits, judged like any first-party code.
 */
const JVM_TLS_PACKAGE = /^[ \t]*package[ \t]+(?:sun\.security\.ssl|javax\.net\.ssl|org\.conscrypt|io\.netty\.handler\.ssl)\b/m;
// ---------------------------------------------------------------------------------------------
/**
 * The context of one file. `text` enables the content signals; `facts` carries the repository's
 * `.gitattributes` and TLS stack directories.
 */
function contextOf(path, text, facts = NO_FACTS) {
    const segments = path.split('/');
    const base = segments[segments.length - 1];
    const dirs = segments.slice(0, -1);
    const attrs = (0,_gitattributes_js__WEBPACK_IMPORTED_MODULE_1__/* .linguistAttributes */ .fl)(path, facts.attributes);
    if (attrs.vendored)
        return { context: 'vendored', why: '.gitattributes linguist-vendored' };
    if (attrs.generated)
        return { context: 'vendored', why: '.gitattributes linguist-generated' };
    if (attrs.documentation)
        return { context: 'documentation', why: '.gitattributes linguist-documentation' };
    if (attrs.vendored !== false) {
        const vendorDir = dirs.find((d) => VENDOR_DIRS.has(d.toLowerCase()));
        if (vendorDir)
            return { context: 'vendored', why: `path segment ${vendorDir}/` };
        if (attrs.generated !== false && GENERATED_FILE.test(base))
            return { context: 'vendored', why: 'minified file' };
    }
    const testDir = dirs.find((d) => TEST_DIRS.has(d.toLowerCase()) || TEST_DIR_PATTERN.test(d) || TEST_DIR_CAMEL.test(d));
    if (testDir)
        return { context: 'test', why: `path segment ${testDir}/` };
    if (TEST_FILE.test(base))
        return { context: 'test', why: `test file name ${base}` };
    if (text !== undefined) {
        const signal = TEST_CONTENT.find((s) => s.ext.test(base));
        if (signal && signal.re.test(text.slice(0, HEAD)))
            return { context: 'test', why: `content: ${signal.why}` };
    }
    if (attrs.documentation !== false) {
        const docDir = dirs.find((d) => DOC_DIRS.has(d.toLowerCase()));
        if (docDir)
            return { context: 'documentation', why: `path segment ${docDir}/` };
        if ((0,_file_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .classify */ .L8)(path) === 'prose')
            return { context: 'documentation', why: 'prose file' };
    }
    const exampleDir = dirs.find((d) => EXAMPLE_DIRS.has(d.toLowerCase()) || EXAMPLE_DIR_PATTERN.test(d));
    if (exampleDir)
        return { context: 'example', why: `path segment ${exampleDir}/` };
    if (EXAMPLE_FILE.test(base))
        return { context: 'example', why: `example file name ${base}` };
    const stack = facts.tlsStacks.find((s) => path.startsWith(s.dir));
    if (stack)
        return { context: 'tls-implementation', why: `${stack.name} sources (${stack.dir || './'})` };
    if (text !== undefined) {
        if (/\.(?:java|kt|scala)$/.test(base) && JVM_TLS_PACKAGE.test(text.slice(0, 5000)))
            return { context: 'tls-implementation', why: 'a JVM TLS library package' };
        if (definesWireVersions(text))
            return { context: 'tls-implementation', why: 'defines TLS versions by wire number' };
    }
    return { context: 'first-party', why: 'no other context applies' };
}
function definesWireVersions(text) {
    const re = new RegExp(WIRE_NUMBER.source, 'g');
    // Bounded: a hostile file with many numbers costs at most 200 short look-behinds.
    for (let i = 0, m = re.exec(text); m && i < 200; i++, m = re.exec(text)) {
        const lineStart = text.lastIndexOf('\n', m.index) + 1;
        const before = text.slice(Math.max(lineStart, m.index - 120), m.index);
        if (DEFINES_VERSION.test(before))
            return true;
    }
    return false;
}
// ---------------------------------------------------------------------------------------------
// In-file test regions
/**
 * Rust unit tests live in the file they test: `#[cfg(test)] mod tests { … }`. Returns the offset
 * ranges of such modules in comment-masked code (an unbalanced module runs to the end of the file).
 */
function testRegions(path, code) {
    if (!path.endsWith('.rs'))
        return [];
    const out = [];
    const re = /#\[cfg\((?:test|all\(test\b[^\]\n]*)\)\]\s*(?:#\[[^\]\n]*\]\s*)*(?:pub(?:\([\w:]+\))?\s+)?mod\s+\w+\s*\{/g;
    for (let m = re.exec(code); m; m = re.exec(code)) {
        let depth = 1;
        let i = m.index + m[0].length;
        for (; i < code.length && depth > 0; i++) {
            const ch = code[i];
            if (ch === '{')
                depth++;
            else if (ch === '}')
                depth--;
        }
        out.push([m.index, i]);
        re.lastIndex = i;
    }
    return out;
}


/***/ }),

/***/ 7182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PR: () => (/* binding */ RuleIndex),
  vH: () => (/* binding */ checkFile),
  KD: () => (/* binding */ checkFileBounded),
  ko: () => (/* binding */ selects)
});

// UNUSED EXPORTS: applyFixes

// EXTERNAL MODULE: ./src/policy.ts
var src_policy = __webpack_require__(1237);
// EXTERNAL MODULE: ./src/versions.ts
var src_versions = __webpack_require__(7902);
// EXTERNAL MODULE: ./src/scan/context.ts
var scan_context = __webpack_require__(5570);
// EXTERNAL MODULE: ./src/scan/source.ts + 1 modules
var source = __webpack_require__(3740);
;// CONCATENATED MODULE: ./src/scan/anchor.ts
/**
 * Where a finding is reported. A rule's match covers the setting or call it read — from the key or
 * the call's name to the end of its value — and a multi-line one starts on a line that names no
 * version (`ctx.setEnabledProtocols(new String[] {`, `ssl_protocols:` over a YAML list,
 * `<key>NSExceptionMinimumTLSVersion</key>`). Diff-aware checks annotate the reported line, and the
 * line a contributor changes is the one with the legacy value: the finding starts on that token.
 * When the key and the value share a line, the match's own start (the key) is kept.
 */


/**
 * A version as code and configuration spell it, inside identifiers too: `TLSv1`, `TLSv1.1`,
 * `TLS1_1_VERSION`, `WOLFSSL_TLSV1_1`, `VersionTLS10`, `TLS_1_0`, `Tls11`, `tls10`, `SSLv3`,
 * `PROTOCOL_SSLv23`, `SSL_3_0`; .NET's `.Tls`/`.Ssl3` members (PowerShell's `::Tls`) and its numbers (48, 192, 768); the
 * wire numbers (0x0301, 769); a bare `1.0`/`1.1` (a value on its own line).
 */
const SPELLED = /(ssl|tls)[ _-]?v?(\d)(?:[._ -]?(\d))?(?!\d)|(?:\.|::)(tls|ssl3)(?![\w])|(?<![\w.])(48|192|768|0x030[0-3]|76[89]|770|1\.[01])(?![\w.])/gi;
/** .NET's SslProtocols numbers (768 is Tls11 there, SSLv3 on the wire) and bare numbers; wire codes come from versions.ts. */
const NUMBERS = {
    '48': 'SSLv3',
    '192': 'TLSv1.0',
    '768': 'TLSv1.1',
    '1.0': 'TLSv1.0',
    '1.1': 'TLSv1.1',
};
/**
 * A token written to switch a version off (`!SSLv3`, `-TLSv1`, `SSL_OP_NO_TLSv1`, `no_tlsv1_1`). A
 * `-` inside a name (`ELBSecurityPolicy-TLS-1-0-2015-04`) does not switch anything off.
 */
const DISABLING = /(?:(?:^|[\s,;:'"([{|+])[!-]|no_?|disable_?)$/i;
function spelled(m) {
    if (m[1]) {
        const family = m[1].toLowerCase();
        const major = m[2];
        const minor = m[3];
        if (family === 'ssl')
            return major === '3' || (major === '2' && minor === '3') ? 'SSLv3' : major === '2' ? 'SSLv2' : undefined;
        if (major !== '1')
            return undefined;
        return minor === undefined || minor === '0'
            ? 'TLSv1.0'
            : minor === '1'
                ? 'TLSv1.1'
                : minor === '2'
                    ? 'TLSv1.2'
                    : minor === '3'
                        ? 'TLSv1.3'
                        : undefined;
    }
    if (m[4])
        return m[4].toLowerCase() === 'tls' ? 'TLSv1.0' : 'SSLv3';
    return NUMBERS[m[5]] ?? (0,src_versions/* wireNumberVersion */.f_)(m[5]);
}
/** The longest stretch of a match that is searched for its token: matches are bounded, this keeps hostile ones linear. */
const MAX_SPAN = 4000;
/**
 * The offset a match is reported at: `start`, unless the match spans lines and its first line names
 * none of the `legacy` versions; then the first token after it, within the match, that names one
 * (not one that switches it off). `code` is the comment-free text, so a commented-out version is
 * never chosen.
 */
function anchorOf(code, start, end, legacy) {
    const firstLineEnd = (0,source/* nextNewline */.m8)(code, start);
    if (firstLineEnd >= end)
        return start;
    const span = code.slice(start, Math.min(end, start + MAX_SPAN));
    const re = new RegExp(SPELLED.source, 'gi');
    for (let m = re.exec(span); m; m = re.exec(span)) {
        const v = spelled(m);
        if (!v || !(0,src_versions/* has */.zy)(legacy, v) || DISABLING.test(span.slice(Math.max(0, m.index - 8), m.index)))
            continue;
        const at = start + m.index + (m[4] ? m[0].length - m[4].length : 0);
        return at < firstLineEnd ? start : at;
    }
    return start;
}

// EXTERNAL MODULE: ./src/scan/capability.ts
var capability = __webpack_require__(1791);
// EXTERNAL MODULE: ./src/scan/file-kinds.ts
var file_kinds = __webpack_require__(9213);
;// CONCATENATED MODULE: ./src/scan/suppressions.ts

const MARK = /tls-floor-ignore(?:\s*:\s*([\w./-]+(?:\s*,\s*[\w./-]+)*))?(?:\s+--\s*(.*?))?\s*(?:\*\/|-->|#>|\*\))?\s*$/;
/**
 * The suppression that applies to a finding on `line`: a `tls-floor-ignore[: rule-id[, …]] --
 * reason` comment at the end of that line or alone on the line above. The marker must sit in a
 * comment (where the file kind has comments), so a string that happens to contain it does not count.
 */
function suppressionFor(file, line, ruleId) {
    for (const l of [line, line - 1]) {
        if (l < 1)
            continue;
        const text = file.lineText(l);
        if (text.length > 10_000)
            continue; // a marker sits on a line people write, not in a minified blob
        const at = text.indexOf('tls-floor-ignore');
        if (at < 0)
            continue;
        const offset = file.lineStart(l) + at;
        if ((0,file_kinds/* hasCommentSyntax */.vK)(file.kind) && file.code.slice(offset, offset + 16) === file.text.slice(offset, offset + 16))
            continue;
        const m = MARK.exec(text.slice(at));
        if (!m)
            continue;
        const rules = m[1] ? m[1].split(/\s*,\s*/) : [];
        if (rules.length > 0 && !rules.includes(ruleId))
            continue;
        return { rules, reason: m[2]?.trim() || '(no reason given)' };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/scan/embedded-config.ts
/** A configuration line by its directive, and a file name that selects the rules of its kind. */
const SIGNATURES = [
    { re: /(?:^|[;{\s])(?:proxy_|grpc_|uwsgi_|lua_)?ssl_protocols[ \t]+[^;=\n]{1,200};/, target: 'nginx.conf' },
    { re: /(?:^|\n)[ \t]*SSL(?:Proxy)?Protocol[ \t]+[^\n]{1,200}/, target: 'httpd.conf' },
    { re: /(?:^|\n)[ \t]*protocols[ \t]+tls1\.[0-3]/, target: 'Caddyfile' },
    { re: /(?:^|\n)[ \t]*(?:smtpd?|lmtp)_tls_(?:mandatory_)?protocols[ \t]*=/, target: 'main.cf' },
    { re: /(?:^|\n)[ \t]*ssl_(?:min_)?protocols?[ \t]*=/, target: 'dovecot.conf' },
    {
        re: /(?:^|\n)[ \t]*(?:bind|server|default-server|ssl-default-(?:bind|server)-options)[ \t][^\n]{0,300}\bssl-(?:min|max)-ver[ \t]/,
        target: 'haproxy.cfg',
    },
];
/** One cheap test before any literal is read. */
const ANY = /ssl_protocols|SSLProtocol|SSLProxyProtocol|protocols[ \t]+tls1\.|_tls_(?:mandatory_)?protocols|ssl_min_protocol|ssl-m(?:in|ax)-ver/;
/** String literals: Python triple quotes, backquotes (Go, JS, Kotlin raw strings are `"""` too), and one-line quotes. */
const LITERAL = /"""([\s\S]{0,20000}?)"""|'''([\s\S]{0,20000}?)'''|`([^`]{0,20000})`|"((?:[^"\\\n]|\\.){1,2000})"|'((?:[^'\\\n]|\\.){1,2000})'/g;
/** The string literals of a code file that hold a configuration line, each with the file it reads like. */
function embeddedRegions(file) {
    // The raw text first: masking comments costs a pass over the file, and most code holds no config.
    if (!ANY.test(file.text))
        return [];
    const code = file.code;
    const out = [];
    const re = new RegExp(LITERAL.source, 'g');
    for (let m = re.exec(code); m; m = re.exec(code)) {
        const groups = m.slice(1);
        const at = groups.findIndex((g) => g !== undefined);
        const content = groups[at];
        if (!ANY.test(content))
            continue;
        const signature = SIGNATURES.find((s) => s.re.test(content));
        if (!signature)
            continue;
        const start = m.index + m[0].indexOf(content);
        out.push({ start, end: start + content.length, target: signature.target });
    }
    return out;
}

// EXTERNAL MODULE: ./src/scan/shell-writers.ts
var shell_writers = __webpack_require__(930);
;// CONCATENATED MODULE: ./src/scan/byte-prefilter.ts
/**
 * A first look at a file's bytes, before any string is made: may some keyword occur in it? Most
 * files read hold none (terraform-provider-azurerm: 836 of 41,700), and answering that with the
 * keyword regular expression cost a Latin-1 string per file and ~290 ms of 2 s of thread time on
 * that tree. This answers it with 128-bit SIMD in WebAssembly, ~16 bytes per step, in about a
 * tenth of the time; the regular expression then decides, on the few files this lets through.
 *
 * How (the "Teddy" idea of Hyperscan and ripgrep): every keyword holds one of a few short
 * fingerprints (up to 6 bytes, chosen to be rare in code). A byte is folded to lower case
 * (`| 0x20`: exact for ASCII letters; other bytes only meet more fingerprints, never fewer), and
 * its low and high nibbles index two 16-byte tables whose bits are the fingerprints ("buckets")
 * that may have that byte at that position. A bucket bit that survives the AND over the 6
 * positions starting at some byte marks a place where its fingerprint may start. Two sets of 8
 * buckets are tested in the same loop. It never misses a keyword: each holds a fingerprint, and
 * folding and nibble tables only widen what matches.
 */
/** Fingerprint length: each position costs about ten vector instructions per 16 bytes. */
const WIDTH = 6;
/** Buckets per table set (bits of a byte), and table sets tested in one loop. */
const BUCKETS = 8;
const SETS = 2;
/** The tables' bytes: per set, per position, a low-nibble table and a high-nibble table. */
const TABLES_SIZE = SETS * WIDTH * 2 * 16;
/** Where a file's bytes are put in the module's memory (after the tables). */
const DATA = TABLES_SIZE;
/** Bytes after a file that the last step reads (16 + WIDTH - 1), of a value no fingerprint holds (folded, its high nibble is 0xa). */
const PADDING = 16 + WIDTH;
const PAD_BYTE = 0x80;
/**
 * The 500 most common words of code and configuration (runs of 4+ letters, lower case) with how
 * often each occurs per million words, as counted over the files of the 52 repositories of
 * bench/real-world. A window inside a common word (`otocol` of every `protocol`, `efault` of every
 * `default`) is a poor fingerprint: files hold it without holding the keyword. A window across a
 * junction (`nimump` of `minimumprotocolversion`, `d_prot`) is rare. The choice only moves speed,
 * never the answer.
 */
const COMMON_WORDS = 'name17132|value14510|data11632|string11087|return10512|this9437|type8149|user5558|public5089|error5036|with4668|null4514|system4221|license4216|file4203|true4053|import3698|false3697|space3642|that3572|test3519|object3393|func3317|config3276|default3236|preserve3194|version3188|path3086|labels2924|http2876|local2739|client2676|server2660|param2624|emqx2619|void2611|list2582|request2520|else2518|class2475|text2379|from2365|size2363|cert2341|host2303|function2258|element2239|base2187|port2159|group2140|message2106|assert2085|resheader2085|apache2079|private2015|time1984|case1981|static1953|should1943|html1921|code1907|attribute1906|byte1903|uint1863|will1821|result1796|msgid1771|summary1766|msgstr1725|https1683|format1668|command1637|state1603|when1589|using1583|index1575|microsoft1566|self1560|then1547|password1540|under1537|exception1530|include1518|status1507|used1488|domain1468|options1395|conf1393|info1383|json1347|start1339|application1319|context1314|const1310|resource1300|response1291|mimetype1286|bool1274|software1253|complextype1253|required1245|echo1239|must1238|namespace1237|check1228|number1211|node1203|count1199|uintptr1193|write1187|length1178|create1164|java1157|copyright1156|schema1152|root1145|messages1142|comment1141|example1124|final1124|description1117|source1116|tmpdir1112|struct1106|output1098|token1090|header1080|certdb1078|content1076|templates1071|require1070|github1062|binary1061|bytes1061|service1055|package1052|msdata1051|configuration1050|only1038|read1035|body1030|cluster1029|override1027|interface1015|windows1015|certificate1014|connection1011|session1004|method982|input979|admin970|without964|none954|returns952|distributed952|which950|sequence949|encoding941|have935|expected929|buffer928|array927|internal922|plugin921|module920|empty914|find904|resources901|throws900|syscall894|copy890|kafka884|table881|field878|desc875|mode875|stream867|more858|util858|option856|library855|long853|boolean853|target838|forms829|update825|headers820|each816|item808|timeout806|show803|encoded800|valid795|delete793|prefix792|location792|strings791|event790|action773|files772|rlassertgrep770|append763|script761|profile758|link758|instance754|pointer754|throw753|drawing753|char752|make749|color748|metrics744|topic744|range743|args739|rlrun737|kind736|address735|auth734|debug732|fields723|free720|ordinal718|serialized715|ocsp714|values714|line712|filter711|unsafe708|build708|contains704|cache703|subject702|proxy697|strimzi693|date693|kong685|access684|catch684|ldap684|label684|edit682|init679|support676|errors674|connect673|general670|break669|username667|current666|other665|generated664|settings663|optional662|document661|block658|tags652|alias652|spec651|metric647|found644|flags644|failed640|define638|types636|property633|invalid633|entry630|program629|parameter624|query622|form620|licenses619|directory618|match616|mail615|opts614|work613|integer609|eval608|information607|nginx606|close600|first596|after596|language591|enabled589|specified584|netscape580|security575|protocol575|unknown570|send566|template562|proto561|enable557|remove556|equal556|core555|role554|call549|search540|last539|before539|foundation538|telegraf538|available536|allow535|params532|minoccurs532|properties529|process527|runtime527|testing526|channel523|handler523|page521|specific519|plugins518|backend518|implied517|protected516|into516|tostring515|level515|note511|reader508|common506|either497|kubernetes494|there490|tomcat490|supported490|metadata489|next487|assertequals486|your482|handle482|verify482|socket481|conditions479|items479|keys479|reason475|scope474|while471|given469|connector468|parse466|vertx465|equals464|subsystemid463|parameters463|same459|cref458|operator458|pool458|database457|rule457|usage453|parser453|authentication453|member452|fail449|account447|offset446|lang446|stop443|tests442|float441|ioexception438|done437|storage437|objects435|also434|generate433|email433|global430|ansible429|xmlns429|select429|container428|modules428|created423|powershell421|filename421|variable421|does420|temp420|errorf418|secret418|licensed417|errno416|hash416|writer414|region413|logger411|addr410|simple410|mime410|listener409|adminv408|policy407|except407|print406|post405|main405|bridge404|names404|wait403|permissions403|received403|users402|conversion401|defined400|model400|additional399|control399|details398|load398|install397|pkcs397|agent397|added395|network393|zookeeper391|mysql391|export388|backup386|remote385|exit385|management385|icon384|custom384|home383|route383|lock382|tmpl380|endif380|writing380|conn380|documentation379|total378|payload377|flag377|stats375|through374|replace373|unless372|join372|limit371|warranty371|where370|open369|errnoerr369|release369|servlet366|store366|memory365|title365|auto365|extension364|modify363|reflect362|packet361|rights360|queue360|following358|operation358|utils357|image357|requests357|resx357|sync356|font355|been354|single353|switch353|active353|thread353|rllog352|exists351|notice350|redis349|maps349|warranties348|continue348|typeconverter348|such348|resxresourcereader346|resxresourcewriter346|than346|parent346|change346|record345|attributes343|noerror343|need342|second340'
    .split('|')
    .map((entry) => {
    const at = entry.search(/\d+$/);
    return [entry.slice(0, at), Number(entry.slice(at))];
});
/** The common words by each run of three letters they hold: a window is looked up by its first three characters. */
const WORDS_BY_TRIGRAM = new Map();
for (const entry of COMMON_WORDS) {
    for (let i = 0; i + 3 <= entry[0].length; i++) {
        const trigram = entry[0].slice(i, i + 3);
        const list = WORDS_BY_TRIGRAM.get(trigram) ?? [];
        if (!list.includes(entry))
            list.push(entry);
        WORDS_BY_TRIGRAM.set(trigram, list);
    }
}
/** What a window outside every common word is taken to occur, per million words; a space makes one commoner (`pct 1.`). */
const RARE = 1;
const WITH_SPACE = 50;
/** How unlikely a window is in code: minus the log of how often the common words holding it occur. */
function rarity(window) {
    let perMillion = window.includes(' ') ? WITH_SPACE : RARE;
    for (const [word, n] of WORDS_BY_TRIGRAM.get(window.slice(0, 3)) ?? [])
        if (word.includes(window))
            perMillion += n;
    return -Math.log(perMillion);
}
/**
 * Fingerprints that every literal (lower case) holds one of: each literal's rarest window, a window
 * shared with other literals first among equally rare ones (`_proto` serves both
 * `min_protocol_version` and `minimum_protocol_version`). Rarity comes first: a window shared by
 * many literals but common in code (`ocol` of every `…protocol`) would let most files through.
 * Undefined when a literal is shorter than 3 characters: too common to be worth a first look.
 */
function fingerprints(literals) {
    if (literals.some((l) => l.length < 3))
        return undefined;
    const windows = literals.map((l) => {
        const width = Math.min(WIDTH, l.length);
        const out = new Set();
        for (let i = 0; i + width <= l.length; i++)
            out.add(l.slice(i, i + width));
        return out;
    });
    const shared = new Map();
    for (const set of windows)
        for (const w of set)
            shared.set(w, (shared.get(w) ?? 0) + 1);
    // Rarity first; among windows within a factor of about 1.6 in frequency, the one more literals share.
    const score = new Map([...shared].map(([w, n]) => [w, Math.round(rarity(w) * 2) * 100 + Math.min(n, 9) * 10 + w.length]));
    const chosen = new Set();
    for (const set of windows) {
        let best = '';
        for (const w of set)
            if (!best || score.get(w) > score.get(best) || (score.get(w) === score.get(best) && w < best))
                best = w;
        chosen.add(best);
    }
    // Sorted, so that where buckets must be shared, neighbours (similar bytes) share them.
    return [...chosen].sort();
}
/**
 * The nibble tables for some fingerprints. Past SETS × BUCKETS fingerprints, buckets are shared:
 * a shared bucket matches any mix of its fingerprints' bytes (more files let through, none lost).
 * A fingerprint shorter than WIDTH matches anything at the positions it does not have.
 */
function tablesFor(prints) {
    const tables = new Uint8Array(TABLES_SIZE);
    const perBucket = Math.ceil(prints.length / (SETS * BUCKETS));
    prints.forEach((print, n) => {
        const slot = Math.floor(n / perBucket);
        const set = Math.floor(slot / BUCKETS);
        const bit = 1 << (slot % BUCKETS);
        for (let j = 0; j < WIDTH; j++) {
            const lo = (set * WIDTH + j) * 32;
            const hi = lo + 16;
            if (j >= print.length) {
                for (let x = 0; x < 16; x++) {
                    tables[lo + x] |= bit;
                    tables[hi + x] |= bit;
                }
                continue;
            }
            const c = print.charCodeAt(j) | 0x20;
            tables[lo + (c & 0x0f)] |= bit;
            tables[hi + (c >> 4)] |= bit;
        }
    });
    return tables;
}
let scanner;
function scannerOrNull() {
    if (scanner === undefined) {
        try {
            const instance = new WebAssembly.Instance(new WebAssembly.Module(moduleBytes()));
            const { scan, memory } = instance.exports;
            scanner = { scan, memory, heap: new Uint8Array(memory.buffer), tablesOf: undefined };
        }
        catch {
            scanner = null; // no WebAssembly SIMD here: every file goes to the regular expression
        }
    }
    return scanner;
}
class BytePrefilter {
    tables;
    constructor(prints) {
        this.tables = tablesFor(prints);
    }
    /** False only when no fingerprint occurs in the bytes (ASCII case ignored), so that no keyword can. */
    mayOccurIn(bytes) {
        const s = scannerOrNull();
        if (!s)
            return true;
        const needed = DATA + bytes.length + PADDING;
        if (needed > s.heap.length) {
            try {
                s.memory.grow(Math.ceil((needed - s.heap.length) / 65536));
            }
            catch {
                return true; // larger than a module's memory can grow (a max-file-size of gigabytes): the regular expression decides
            }
            s.heap = new Uint8Array(s.memory.buffer);
        }
        if (s.tablesOf !== this) {
            s.heap.set(this.tables, 0);
            s.tablesOf = this;
        }
        s.heap.set(bytes, DATA);
        s.heap.fill(PAD_BYTE, DATA + bytes.length, needed);
        return s.scan(bytes.length) !== 0;
    }
}
/**
 * The WebAssembly module, assembled here (a few hundred bytes; no toolchain): memory with the
 * tables at 0 and the file at DATA, and `scan(length) → 0 | 1`.
 *
 *   for (p = DATA; p < DATA + length; p += 16)
 *     for j in 0..3: f = load(p + j) | 0x20; lo = f & 0x0f; hi = f >> 4
 *                    a &= swizzle(A.lo[j], lo) & swizzle(A.hi[j], hi); b likewise with set B
 *     if any_true(a | b) return 1
 *   return 0
 */
function moduleBytes() {
    const I32 = 0x7f;
    const V128 = 0x7b;
    const simd = (op) => [0xfd, op];
    const get = (i) => [0x20, i];
    const set = (i) => [0x21, i];
    const tee = (i) => [0x22, i];
    const i32 = (n) => [0x41, ...sleb(n)];
    const load = (offset) => [...simd(0x00), 0, ...uleb(offset)];
    const splat = (byte) => [...simd(0x0c), ...new Array(16).fill(byte)];
    const [AND, OR, ANY_TRUE, SWIZZLE, SHR_U] = [simd(0x4e), simd(0x50), simd(0x53), simd(0x0e), simd(0x6d)];
    // Locals: 0 length, 1 p, 2 end, then the tables, then f, lo, hi and one accumulator per set.
    const [LENGTH, P, END] = [0, 1, 2];
    const table = (s, j, high) => 3 + (s * WIDTH + j) * 2 + (high ? 1 : 0);
    const F = 3 + TABLES_SIZE / 16;
    const [LO, HI, ACC] = [F + 1, F + 2, F + 3];
    const step = [];
    for (let j = 0; j < WIDTH; j++) {
        step.push(...get(P), ...load(j), ...splat(0x20), ...OR, ...tee(F));
        step.push(...splat(0x0f), ...AND, ...set(LO), ...get(F), ...i32(4), ...SHR_U, ...set(HI));
        for (let s = 0; s < SETS; s++) {
            step.push(...get(table(s, j, false)), ...get(LO), ...SWIZZLE, ...get(table(s, j, true)), ...get(HI), ...SWIZZLE, ...AND);
            if (j > 0)
                step.push(...get(ACC + s), ...AND);
            step.push(...set(ACC + s));
        }
    }
    const body = [
        ...vector([
            [2, I32],
            [TABLES_SIZE / 16 + 3 + SETS, V128],
        ].map(([n, type]) => [...uleb(n), type])),
        ...Array.from({ length: TABLES_SIZE / 16 }, (_, k) => [...i32(0), ...load(16 * k), ...set(3 + k)]).flat(),
        ...i32(DATA),
        ...set(P),
        ...get(LENGTH),
        ...i32(DATA),
        0x6a /* i32.add */,
        ...set(END),
        0x02,
        0x40, // block
        0x03,
        0x40, // loop
        ...get(P),
        ...get(END),
        0x4f /* i32.ge_u */,
        0x0d,
        1, // br_if out of the block
        ...step,
        ...get(ACC),
        ...Array.from({ length: SETS - 1 }, (_, s) => [...get(ACC + 1 + s), ...OR]).flat(),
        ...ANY_TRUE,
        0x04,
        0x40,
        ...i32(1),
        0x0f /* return */,
        0x0b, // if … end
        ...get(P),
        ...i32(16),
        0x6a,
        ...set(P),
        0x0c,
        0, // br to the loop
        0x0b,
        0x0b, // end loop, end block
        ...i32(0),
        0x0b,
    ];
    const name = (s) => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];
    const section = (id, content) => [id, ...uleb(content.length), ...content];
    return new Uint8Array([
        ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
        ...section(1, vector([[0x60, 1, I32, 1, I32]])), // type: (i32) → i32
        ...section(3, vector([[0]])), // one function of that type
        ...section(5, vector([[0x00, ...uleb(17)]])), // memory: 17 pages (1 MiB files and more), grown on demand
        ...section(7, vector([
            [...name('scan'), 0x00, 0],
            [...name('memory'), 0x02, 0],
        ])),
        ...section(10, vector([[...uleb(body.length), ...body]])),
    ]);
}
function vector(items) {
    return [...uleb(items.length), ...items.flat()];
}
function uleb(n) {
    const out = [];
    do {
        let byte = n & 0x7f;
        n >>>= 7;
        if (n !== 0)
            byte |= 0x80;
        out.push(byte);
    } while (n !== 0);
    return out;
}
function sleb(n) {
    const out = [];
    for (;;) {
        const byte = n & 0x7f;
        n >>= 7;
        if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0))
            return [...out, byte];
        out.push(byte | 0x80);
    }
}

// EXTERNAL MODULE: ./src/scan/regexp-text.ts
var regexp_text = __webpack_require__(6262);
;// CONCATENATED MODULE: ./src/scan/keywords.ts
/**
 * Which rules' keywords occur in a file. Every rule names the words without which it cannot match
 * (`ssl_protocols|proxy_ssl_protocols`); a file runs only the rules whose words it holds.
 *
 * Three questions, asked in this order:
 * - `mayOccurIn`: may the file's bytes hold a word? A SIMD look for fingerprints of the words
 *   (byte-prefilter.ts), before any string is made; most files stop here.
 * - `test`: does the file hold any selected rule's word? One case-insensitive regular expression,
 *   run on the files the first look let through.
 * - `owners`: whose words does it hold? One more pass with the same expression, from hit to hit,
 *   instead of one test of the whole text per rule. On a real tree (terraform-provider-azurerm:
 *   836 files of 41,700 hold a keyword, 25 MB) the per-rule tests cost 310 ms of 2.5 s; this pass
 *   costs a few.
 */


class KeywordIndex {
    /** One test for "some owner's word occurs" (case-insensitive). */
    union;
    hits;
    /** For each literal of the union (lower case), the owners' words that contain it. */
    occurrences = new Map();
    /** Owners with a word that is a pattern, not a literal: their own expression decides. */
    patterned = [];
    literalOwners;
    /** A first look at the bytes (byte-prefilter.ts), when every word is a literal of 3 characters or more. */
    bytes;
    constructor(keywords) {
        const { kept, union } = unionOf(keywords.map((k) => k.source));
        this.union = union;
        this.hits = new RegExp(union.source, 'gi');
        const owners = new Set();
        for (const { owner, source } of keywords) {
            const words = alternatives(source).map(literalOf);
            // No words at all: an empty expression, which matches every text.
            if (words.length === 0 || words.some((w) => w === undefined)) {
                this.patterned.push({ owner, test: new RegExp(source, 'i') });
                continue;
            }
            for (const word of words) {
                // Some literal of the union occurs in every word (it was kept because it is the shortest).
                const inner = kept.find((k) => word.includes(k));
                const list = this.occurrences.get(inner) ?? [];
                list.push({ owner, word, offset: word.indexOf(inner) });
                this.occurrences.set(inner, list);
                owners.add(owner);
            }
        }
        this.literalOwners = owners.size;
        const prints = this.patterned.length === 0 ? fingerprints(kept) : undefined;
        this.bytes = prints ? new BytePrefilter(prints) : undefined;
    }
    /**
     * False when no owner's word can occur in these bytes (read as Latin-1, the way `test` reads a
     * file before it is decoded): the file needs no string at all. True says only "maybe": `test` decides.
     */
    mayOccurIn(bytes) {
        return this.bytes?.mayOccurIn(bytes) ?? true;
    }
    /** Whether some owner's word occurs in the text. */
    test(text) {
        return this.union.test(text);
    }
    /**
     * The owners whose words occur in the text. Each occurrence of a word holds an occurrence of a
     * literal of the union; no two of those literals start at the same place (none contains
     * another), so the union's match at each position names the one literal there, and only the
     * words that contain it are compared, in place.
     */
    owners(text) {
        const found = new Set();
        for (const p of this.patterned)
            if (p.test.test(text))
                found.add(p.owner);
        let pending = this.literalOwners;
        if (pending === 0)
            return found;
        const hits = this.hits;
        hits.lastIndex = 0;
        for (let m = hits.exec(text); m; m = hits.exec(text)) {
            // The next hit may start inside this one (`tlstls`… or a word that ends where another starts).
            hits.lastIndex = m.index + 1;
            const here = this.occurrences.get(m[0].toLowerCase());
            if (!here)
                continue;
            for (const o of here) {
                if (found.has(o.owner) || !wordAt(text, m.index - o.offset, o.word))
                    continue;
                found.add(o.owner);
                if (--pending === 0)
                    return found;
            }
        }
        return found;
    }
}
/**
 * Whether `word` (lower case ASCII) occurs at `at`, ignoring ASCII case only: a regular expression
 * with the `i` flag and no `u` never matches a non-ASCII character to an ASCII letter (`ſ`, `K`).
 */
function wordAt(text, at, word) {
    if (at < 0 || at + word.length > text.length)
        return false;
    for (let i = 0; i < word.length; i++) {
        let c = text.charCodeAt(at + i);
        if (c >= 65 && c <= 90)
            c |= 32;
        if (c !== word.charCodeAt(i))
            return false;
    }
    return true;
}
/**
 * One case-insensitive test for many rules' keywords. Literal alternatives that contain another
 * literal alternative are dropped (`ssl_min_protocol_version` is implied by `protocol_version`),
 * which shrinks a union of ~400 words to a few dozen and makes the per-file test several times
 * faster. The literals that remain are written as a trie (`tls(?:version|_1_0)`): at each position
 * the regex engine then tries one branch per first letter instead of every word, which measured
 * 15–20 % faster on a real tree (40,000 Go files), with the same answer.
 */
function keywordUnion(sources) {
    return unionOf(sources).union;
}
/** The union and the literals it was made of (see keywordUnion). */
function unionOf(sources) {
    const literals = [];
    const patterns = new Set();
    for (const source of sources) {
        for (const alt of alternatives(source)) {
            const literal = literalOf(alt);
            if (literal !== undefined)
                literals.push(literal);
            else
                patterns.add(alt);
        }
    }
    const kept = keptLiterals(literals);
    const alts = [...(kept.length ? [literalTrie(kept)] : []), ...patterns];
    return { kept, union: new RegExp(alts.join('|'), 'i') };
}
/** The literals that contain no other (each word lower case, once), shortest first. */
function keptLiterals(literals) {
    const sorted = [...new Set(literals)].sort((a, b) => a.length - b.length);
    const kept = [];
    for (const l of sorted)
        if (!kept.some((k) => l.includes(k)))
            kept.push(l);
    return kept;
}
/**
 * The text an alternative matches when it is a plain word (lower case, escapes removed), or
 * undefined when it is a pattern. Only ASCII word characters, space, `:`, `,`, `/`, `-`, `=`, quotes and
 * escaped punctuation count: an unescaped `.` or `(` means something else to a regular expression.
 */
function literalOf(alt) {
    if (!/^(?:[\w :,/='"-]|\\[^\w\s])+$/.test(alt) || /[^\x20-\x7e]/.test(alt))
        return undefined;
    return alt.replace(/\\(.)/g, '$1').toLowerCase();
}
/**
 * A regular expression source that matches exactly the given literals, shared prefixes written
 * once: `['tls_1_0', 'tlsversion', 'godebug']` → `(?:tls(?:_1_0|version)|godebug)`.
 */
function literalTrie(words) {
    const unique = [...new Set(words)];
    const ended = unique.includes('');
    const byFirst = new Map();
    for (const w of unique) {
        if (!w)
            continue;
        const rest = byFirst.get(w[0]);
        if (rest)
            rest.push(w.slice(1));
        else
            byFirst.set(w[0], [w.slice(1)]);
    }
    const branches = [...byFirst].map(([c, rest]) => (rest.length === 1 ? (0,regexp_text/* escapeRegExp */.N)(c + rest[0]) : (0,regexp_text/* escapeRegExp */.N)(c) + literalTrie(rest)));
    if (!branches.length)
        return '';
    // Every branch is a word or a letter and a group: only several branches need a group of their own.
    const alternation = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    // A word that ends here while longer ones go on: the rest is optional.
    return ended ? `(?:${alternation})?` : alternation;
}
/** Splits a regular expression source at its top-level `|` (not inside groups or classes). */
function alternatives(source) {
    const out = [];
    let depth = 0;
    let inClass = false;
    let start = 0;
    for (let i = 0; i < source.length; i++) {
        const ch = source[i];
        if (ch === '\\') {
            i++;
            continue;
        }
        if (inClass) {
            if (ch === ']')
                inClass = false;
        }
        else if (ch === '[')
            inClass = true;
        else if (ch === '(')
            depth++;
        else if (ch === ')')
            depth--;
        else if (ch === '|' && depth === 0) {
            out.push(source.slice(start, i));
            start = i + 1;
        }
    }
    out.push(source.slice(start));
    return out.filter((s) => s.length > 0);
}

;// CONCATENATED MODULE: ./src/scan/engine.ts
/**
 * Runs rules over one file: picks the rules whose file selector matches, skips the file when no
 * rule's keywords occur in it, and turns each rule match into a finding judged by the policy.
 */











function selects(selector, file) {
    return ((selector.kinds?.includes(file.kind) ?? false) ||
        (selector.names?.test(file.name) ?? false) ||
        (selector.paths?.test(file.path) ?? false));
}
/**
 * Caches which rules read which kind of file. A file's selection depends on its kind, on which
 * `names` selectors match its logical name and which `paths` selectors match its path; files that
 * agree on all three share one selection (and one compiled keyword test), so a 40,000-file tree
 * costs a few dozen selections, not 40,000.
 */
class RuleIndex {
    rules;
    cache = new Map();
    nameRules;
    pathRules;
    /** One test for "some names/paths selector may match", to skip the per-rule loop for most files. */
    anyName;
    anyPath;
    keywords = new Map();
    constructor(rules) {
        this.rules = rules;
        for (const r of rules)
            this.keywords.set(r, new RegExp(r.meta.keywords.source, 'i'));
        this.nameRules = rules.filter((r) => r.meta.files.names);
        this.pathRules = rules.filter((r) => r.meta.files.paths);
        this.anyName = union(this.nameRules.map((r) => r.meta.files.names));
        this.anyPath = union(this.pathRules.map((r) => r.meta.files.paths));
    }
    select(file) {
        let key = file.kind;
        if (this.anyName?.test(file.name))
            key += `\0n${this.nameRules.map((r) => (r.meta.files.names.test(file.name) ? 1 : 0)).join('')}`;
        if (this.anyPath?.test(file.path))
            key += `\0p${this.pathRules.map((r) => (r.meta.files.paths.test(file.path) ? 1 : 0)).join('')}`;
        let hit = this.cache.get(key);
        if (!hit) {
            const chosen = this.rules.filter((r) => selects(r.meta.files, file));
            const keywords = chosen.length ? new KeywordIndex(chosen.map((r) => ({ owner: r, source: r.meta.keywords.source }))) : undefined;
            hit = { rules: chosen.map((rule) => ({ rule, keywords: this.keywords.get(rule) })), keywords, index: this };
            this.cache.set(key, hit);
        }
        return hit;
    }
}
function union(res) {
    return res.length
        ? new RegExp(res.map((r) => `(?:${r.source})`).join('|'), res.some((r) => r.flags.includes('i')) ? 'i' : '')
        : undefined;
}
function message(match, legacy) {
    const why = match.why ? ` (${match.why})` : '';
    const what = match.what.includes('`') ? match.what : `\`${match.what}\``;
    return `${what} ${match.verb ?? 'enables'} ${legacy}${why}; use ${match.instead}`;
}
/** Code whose string literals may hold configuration lines (see embedded-config.ts). */
const EMBEDDING = new Set([
    'python',
    'go',
    'java',
    'kotlin',
    'scala',
    'js',
    'ts',
    'ruby',
    'php',
    'c',
    'cpp',
    'rust',
    'csharp',
    'perl',
]);
/**
 * The rules of the files a script writes (`sed -i … /etc/dovecot/dovecot.conf` in a Makefile,
 * `cat > redis.conf <<EOF`) and of the configuration held in a program's string literals
 * (`nginxparser.loads("""… ssl_protocols TLSv1;…""")`) that the file's own kind does not select,
 * each limited to that text.
 */
function writerRuns(file, selection) {
    if (!selection.index)
        return [];
    const regions = file_kinds/* SHELL_LIKE */.Dr.has(file.kind) ? (0,shell_writers/* writtenRegions */.v$)(file.text) : EMBEDDING.has(file.kind) ? embeddedRegions(file) : [];
    if (regions.length === 0)
        return [];
    const selected = new Set(selection.rules.map((r) => r.rule));
    const byRule = new Map();
    for (const region of regions) {
        const target = { kind: (0,file_kinds/* classify */.L8)(region.target), name: (0,file_kinds/* logicalName */.rQ)(region.target), path: region.target.replace(/^\/+/, '') };
        for (const { rule, keywords } of selection.index.select(target).rules) {
            if (selected.has(rule))
                continue;
            const run = byRule.get(rule) ?? { rule, keywords, within: [] };
            run.within.push(region);
            byRule.set(rule, run);
        }
    }
    return [...byRule.values()];
}
/**
 * Runs the selected rules over a file and returns its findings, suppressed ones included, each
 * with the context its file is judged in (severities are the rules'; the pipeline applies the
 * settings for the context).
 */
function checkFile(file, selection, policy, facts = scan_context/* NO_FACTS */.Kj) {
    return checkFileBounded(file, selection, policy, Infinity, facts).findings;
}
/**
 * checkFile, keeping at most `limit` findings: a generated or hostile file can hold 100,000 matches,
 * and a finding costs about 1 KiB. Past the limit a finding is still kept when it is the first of
 * its rule, severity, context and suppression in the file; the verdict depends only on those (and
 * on the file), so it is the same as with every finding. The rest are only counted.
 */
function checkFileBounded(file, selection, policy, limit, facts = scan_context/* NO_FACTS */.Kj, derived) {
    const findings = [];
    let omitted = 0;
    let firstOmitted = 0;
    let lastOmitted = 0;
    const kinds = new Set();
    const context = { floor: policy.minVersion };
    let judged;
    let regions;
    const contextAt = (offset) => {
        judged ??= (0,scan_context/* contextOf */.Vm)(file.path, file.text, facts);
        if (judged.context !== 'first-party')
            return judged.context;
        regions ??= (0,scan_context/* testRegions */.OP)(file.path, file.code);
        if (regions.some(([a, b]) => offset >= a && offset < b))
            return 'test';
        // A version chosen because a configured value asked for it is a capability (see capability.ts).
        return (0,capability/* isCapability */.FP)(file.kind, file.code, offset) ? 'tls-implementation' : judged.context;
    };
    const mayHaveSuppressions = file.text.includes('tls-floor-ignore');
    // Fallback rules run last and report only lines that no named rule reported.
    const runs = [...selection.rules, ...writerRuns(file, selection)].sort((a, b) => Number(a.rule.meta.fallback ?? false) - Number(b.rule.meta.fallback ?? false));
    const reportedLines = new Set();
    let guard;
    const present = selection.keywords?.owners(derived ? derived.near : file.text);
    for (const { rule, keywords, within } of runs) {
        // A script's written text runs rules the file's kind does not select: they test their own words.
        if (!(within ? keywords.test(file.text) : present?.has(rule)))
            continue;
        const seen = new Set();
        for (const found of rule.check(file, context)) {
            if (within && !within.some((r) => found.start >= r.start && found.start < r.end))
                continue;
            const through = derived?.why(found);
            // A value put in place by the caller: said where it comes from, and no fix (the edit's offsets are the view's).
            const match = through === undefined ? found : { ...found, why: found.why ? `${through}; ${found.why}` : through, fix: undefined };
            const legacy = (0,src_policy/* legacyVersions */.ru)(match.versions, policy);
            if (legacy === 0 || seen.has(match.start))
                continue;
            seen.add(match.start);
            const anchored = anchorOf(file.code, match.start, match.end, legacy);
            const at = through === undefined ? anchored : derived.anchor(anchored);
            const start = file.position(at);
            const severity = match.severity ?? 'error';
            // A marker above the statement still counts when the finding moved to its value's line.
            const suppressed = mayHaveSuppressions
                ? (suppressionFor(file, start.line, rule.meta.id) ??
                    (at === match.start ? undefined : suppressionFor(file, file.position(match.start).line, rule.meta.id)))
                : undefined;
            const where = contextAt(match.start);
            // A named finding covers the lines of its setting (a name/value pair spans two).
            const end = file.position(Math.max(match.end, match.start));
            const last = Math.min(end.line, start.line + 8);
            if (rule.meta.fallback) {
                if (reportedLines.has(start.line))
                    continue;
                if (match.usedAt !== undefined && reportedLines.has(file.position(match.usedAt).line))
                    continue;
            }
            else
                for (let line = start.line; line <= last; line++)
                    reportedLines.add(line);
            // Matches that are not about the values put in place were reported by the first reading.
            if (derived && through === undefined)
                continue;
            if (limit !== Infinity) {
                const kind = `${rule.meta.id} ${severity} ${where} ${suppressed ? 'suppressed' : ''}`;
                if (findings.length >= limit && kinds.has(kind)) {
                    omitted++;
                    if (firstOmitted === 0 || start.line < firstOmitted)
                        firstOmitted = start.line;
                    if (start.line > lastOmitted)
                        lastOmitted = start.line;
                    continue;
                }
                kinds.add(kind);
            }
            const versions = (0,src_versions/* toList */.st)(legacy);
            // In a script a fix edits a command: it is offered only when the command stays valid.
            const fixable = match.fix && (!file_kinds/* SHELL_LIKE */.Dr.has(file.kind) || (guard ??= (0,shell_writers/* commandGuard */.t9)(file.text, file.kind))(match.fix));
            const fix = match.fix &&
                fixable && {
                ...rangeOf(file, match.fix.start, match.fix.end),
                replacement: detached(match.fix.text),
            };
            findings.push({
                ruleId: rule.meta.id,
                title: rule.meta.title,
                file: file.path,
                line: start.line,
                column: start.column,
                endLine: end.line,
                endColumn: end.column,
                versions,
                enabled: (0,src_versions/* toList */.st)(match.versions),
                severity,
                message: detached(message(match, versions.join(', '))),
                snippet: detached(file.snippet(at)),
                context: where,
                ...(fix ? { fix } : {}),
                ...(suppressed ? { suppressed: { reason: suppressed.reason } } : {}),
            });
        }
    }
    return { findings, omitted, omittedLines: [firstOmitted, lastOmitted] };
}
/**
 * A copy of a string that shares no memory with the file's text. V8 makes a slice of a long string
 * point into it, so a 200-character snippet would keep a whole 1 MiB file alive for as long as the
 * finding lives (the rest of the run).
 */
function detached(s) {
    return s.length < 16 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}
function rangeOf(file, start, end) {
    const a = file.position(start);
    const b = file.position(end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
/** Applies the fixes of the given findings to a text (later edits first, overlapping ones skipped). */
function applyFixes(file, findings) {
    return applyEdits(file, findings).text;
}


/***/ }),

/***/ 9213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ maskComments),
/* harmony export */   Dr: () => (/* binding */ SHELL_LIKE),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   rQ: () => (/* binding */ logicalName),
/* harmony export */   vK: () => (/* binding */ hasCommentSyntax)
/* harmony export */ });
/* unused harmony export styleFor */
/* harmony import */ var _regexp_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6262);
/**
 * What kind of file a path is, from its name alone. Template suffixes (`.j2`, `.tmpl`, `.erb`, …)
 * and sample suffixes (`.example`, `.dist`, …) are looked through: `nginx.conf.j2` is nginx
 * configuration, and a sample that people copy into production is configuration too.
 */

const BY_EXTENSION = {
    cs: 'csharp',
    csx: 'csharp',
    cshtml: 'csharp',
    razor: 'csharp',
    vb: 'vb',
    fs: 'fsharp',
    fsx: 'fsharp',
    fsi: 'fsharp',
    ps1: 'powershell',
    psm1: 'powershell',
    psd1: 'powershell',
    csproj: 'msbuild',
    vbproj: 'msbuild',
    fsproj: 'msbuild',
    props: 'msbuild',
    targets: 'msbuild',
    proj: 'msbuild',
    config: 'xml',
    xml: 'xml',
    xaml: 'xml',
    wxs: 'xml',
    pom: 'xml',
    xsl: 'xml',
    jelly: 'xml',
    plist: 'plist',
    html: 'html',
    htm: 'html',
    vue: 'html',
    svelte: 'html',
    java: 'java',
    jsp: 'java',
    kt: 'kotlin',
    kts: 'kotlin',
    scala: 'scala',
    sc: 'scala',
    sbt: 'scala',
    groovy: 'groovy',
    gradle: 'groovy',
    gvy: 'groovy',
    clj: 'clojure',
    cljs: 'clojure',
    edn: 'clojure',
    properties: 'properties',
    py: 'python',
    pyw: 'python',
    pyi: 'python',
    js: 'js',
    mjs: 'js',
    cjs: 'js',
    jsx: 'js',
    ts: 'ts',
    mts: 'ts',
    cts: 'ts',
    tsx: 'ts',
    json: 'json',
    jsonc: 'json',
    json5: 'json',
    bicepparam: 'json',
    go: 'go',
    rs: 'rust',
    c: 'c',
    h: 'c',
    cc: 'cpp',
    cpp: 'cpp',
    cxx: 'cpp',
    hpp: 'cpp',
    hh: 'cpp',
    hxx: 'cpp',
    ino: 'cpp',
    ipp: 'cpp',
    inl: 'cpp',
    tcc: 'cpp',
    m: 'objc',
    mm: 'objc',
    swift: 'swift',
    php: 'php',
    phtml: 'php',
    inc: 'php',
    rb: 'ruby',
    rake: 'ruby',
    gemspec: 'ruby',
    ru: 'ruby',
    pl: 'perl',
    pm: 'perl',
    t: 'perl',
    cgi: 'perl',
    erl: 'erlang',
    hrl: 'erlang',
    'app.src': 'erlang',
    ex: 'elixir',
    exs: 'elixir',
    lua: 'lua',
    dart: 'dart',
    sh: 'shell',
    bash: 'shell',
    zsh: 'shell',
    ksh: 'shell',
    ash: 'shell',
    command: 'shell',
    bat: 'batch',
    cmd: 'batch',
    dockerfile: 'dockerfile',
    containerfile: 'dockerfile',
    mk: 'makefile',
    mak: 'makefile',
    yml: 'yaml',
    yaml: 'yaml',
    toml: 'toml',
    ini: 'ini',
    cfg: 'ini',
    cnf: 'ini',
    inf: 'ini',
    desktop: 'ini',
    tf: 'hcl',
    tfvars: 'hcl',
    hcl: 'hcl',
    nomad: 'hcl',
    bicep: 'hcl',
    pkr: 'hcl',
    reg: 'reg',
    iss: 'inno',
    conf: 'conf',
    vhost: 'conf',
    site: 'conf',
    htaccess: 'conf',
    cf: 'conf',
    ovpn: 'conf',
    sql: 'sql',
    env: 'env',
    vbs: 'vbscript',
    asp: 'asp',
    asa: 'asp',
    md: 'prose',
    markdown: 'prose',
    mdx: 'prose',
    rst: 'prose',
    txt: 'prose',
    adoc: 'prose',
    asciidoc: 'prose',
    textile: 'prose',
    rdoc: 'prose',
    org: 'prose',
    tex: 'prose',
};
const BY_NAME = {
    dockerfile: 'dockerfile',
    containerfile: 'dockerfile',
    makefile: 'makefile',
    gnumakefile: 'makefile',
    gemfile: 'ruby',
    rakefile: 'ruby',
    vagrantfile: 'ruby',
    podfile: 'ruby',
    guardfile: 'ruby',
    jenkinsfile: 'groovy',
    'go.mod': 'gomod',
    'go.work': 'gomod',
    '.env': 'env',
    '.curlrc': 'conf',
    '.wgetrc': 'conf',
    '.gitconfig': 'ini',
    gitconfig: 'ini',
    '.npmrc': 'ini',
    'main.cf': 'conf',
    'master.cf': 'conf',
    'my.cnf': 'ini',
    'httpd.conf': 'conf',
    'nginx.conf': 'conf',
    readme: 'prose',
    license: 'prose',
    changelog: 'prose',
    authors: 'prose',
    notice: 'prose',
    copying: 'prose',
    'java.security': 'properties',
    caddyfile: 'conf',
    procfile: 'shell',
    build: 'other',
};
/** Suffixes that wrap another file kind: looked through when classifying. */
const WRAPPER_SUFFIXES = new Set([
    'j2',
    'jinja',
    'jinja2',
    'tmpl',
    'tpl',
    'template',
    'erb',
    'epp',
    'mustache',
    'hbs',
    'ejs',
    'gotmpl',
    'example',
    'sample',
    'dist',
    'default',
    'orig',
    'bak',
    'in',
    'local',
    'dev',
    'prod',
    'production',
]);
/**
 * The tables as maps: a name is only ever its own entry (`in` on an object also finds
 * `constructor` and `__proto__`), and a lookup with a fresh string is a hash, where `in` cost
 * ~5 µs per file (a third of the scan's per-file overhead on a 46,000-file tree).
 */
const KIND_BY_NAME = new Map(Object.entries(BY_NAME));
const KIND_BY_EXTENSION = new Map(Object.entries(BY_EXTENSION));
function classify(path) {
    const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    const named = KIND_BY_NAME.get(base);
    if (named)
        return named;
    if (base.startsWith('dockerfile') || base.endsWith('.dockerfile'))
        return 'dockerfile';
    let name = base;
    for (;;) {
        const dot = name.lastIndexOf('.');
        if (dot <= 0)
            break;
        const ext = name.slice(dot + 1);
        const byExtension = KIND_BY_EXTENSION.get(ext);
        if (byExtension)
            return byExtension;
        if (!WRAPPER_SUFFIXES.has(ext))
            break;
        name = name.slice(0, dot);
        const wrapped = KIND_BY_NAME.get(name);
        if (wrapped)
            return wrapped;
    }
    if (/^\.env(\.|$)/.test(base))
        return 'env';
    if (/^readme|^changelog|^license/.test(base))
        return 'prose';
    return 'other';
}
/** The base name with wrapper suffixes removed: `nginx.conf.j2` → `nginx.conf`. */
function logicalName(path) {
    let name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    for (;;) {
        const dot = name.lastIndexOf('.');
        if (dot <= 0 || !WRAPPER_SUFFIXES.has(name.slice(dot + 1)))
            return name;
        name = name.slice(0, dot);
    }
}
const C = { line: ['//'], block: [['/*', '*/']], quotes: '"\'`' };
const HASH = { line: ['#'], quotes: '"\'', hashAfterSpace: true };
const STYLES = {
    csharp: C,
    java: C,
    kotlin: C,
    scala: C,
    groovy: C,
    go: C,
    rust: { ...C, quotes: '"`' },
    c: C,
    cpp: C,
    objc: C,
    swift: C,
    js: C,
    ts: C,
    json: C,
    dart: C,
    fsharp: { line: ['//'], block: [['(*', '*)']], quotes: '"' },
    php: { line: ['//', '#'], block: [['/*', '*/']], quotes: '"\'' },
    hcl: { line: ['#', '//'], block: [['/*', '*/']], quotes: '"' },
    python: HASH,
    ruby: HASH,
    perl: HASH,
    shell: HASH,
    dockerfile: HASH,
    makefile: HASH,
    yaml: HASH,
    toml: HASH,
    conf: HASH,
    env: HASH,
    elixir: HASH,
    gomod: C,
    properties: { lineStart: ['#', '!'] },
    powershell: { line: ['#'], block: [['<#', '#>']], quotes: '"\'', hashAfterSpace: true },
    ini: { lineStart: [';', '#'] },
    reg: { lineStart: [';'] },
    inno: { lineStart: [';', '//'] },
    xml: { block: [['<!--', '-->']] },
    msbuild: { block: [['<!--', '-->']] },
    plist: { block: [['<!--', '-->']] },
    html: { block: [['<!--', '-->']] },
    sql: { line: ['--', '#'], block: [['/*', '*/']], quotes: '\'"' },
    lua: { line: ['--'], quotes: '"\'' },
    vb: { line: ["'"], lineStart: ['REM ', 'rem '], quotes: '"' },
    vbscript: { line: ["'"], lineStart: ['REM ', 'rem '], quotes: '"' },
    asp: { line: ["'"], block: [['<!--', '-->']], quotes: '"' },
    erlang: { line: ['%'], quotes: '"' },
    batch: { lineStart: ['REM ', 'rem ', '::', '@REM ', '@rem '] },
    clojure: { line: [';'], quotes: '"' },
    // Unknown files are mostly configuration (systemd units, Puppet, Salt, Nix, HOCON, jvm.options,
    // sites-available/default): `#` after white space is the comment they share.
    other: HASH,
};
/** Files whose comment syntax is not their kind's: Bicep (`'` strings), Erlang terms in `.config`. */
const STYLE_BY_NAME = [
    [/\.bicep(param)?$/, { line: ['//'], block: [['/*', '*/']], quotes: "'" }],
    [/^(rabbitmq|sys|advanced)\.config$/, { line: ['%'], quotes: '"' }],
    [/\.nix$/, { line: ['#'], block: [['/*', '*/']], quotes: '"', hashAfterSpace: true }],
];
function hasCommentSyntax(kind) {
    return kind in STYLES;
}
/** The comment syntax of a file (exported for the masker's reference test). */
function styleFor(kind, name) {
    if (name)
        for (const [re, style] of STYLE_BY_NAME)
            if (re.test(name))
                return style;
    return STYLES[kind];
}
function isBlank(ch) {
    return ch === ' ' || ch === '\t';
}
/**
 * Per style, the characters where something can begin: a line break, a quote, the first character
 * of a comment marker. Between two of them the masker has nothing to do, so it jumps there with
 * one native search instead of looking at every character (a character loop costs ~46 ns a byte).
 */
const SPECIAL = new WeakMap();
function specialChars(style) {
    let re = SPECIAL.get(style);
    if (!re) {
        const firsts = [...(style.line ?? []), ...(style.block ?? []).map(([open]) => open)].map((s) => s[0]).join('');
        re = new RegExp(`[\\n${(0,_regexp_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeClass */ .c)((style.quotes ?? '') + firsts)}]`, 'g');
        SPECIAL.set(style, re);
    }
    return re;
}
/** Per quote character, what ends or escapes inside its string: the quote, a backslash, a line break. */
const STRING_STOPS = new Map();
function stringStops(quote) {
    let re = STRING_STOPS.get(quote);
    if (!re)
        STRING_STOPS.set(quote, (re = new RegExp(`[${(0,_regexp_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeClass */ .c)(quote)}\\\\\\n]`, 'g')));
    return re;
}
/** Where the string opened by the quote at `i` ends (its closing quote, or past the text). */
function stringEnd(text, i, quote) {
    const n = text.length;
    // Backtick strings may span lines and have no escapes.
    if (quote === '`') {
        const close = text.indexOf('`', i + 1);
        return close < 0 ? n : close;
    }
    const stops = stringStops(quote);
    let j = i + 1;
    for (;;) {
        stops.lastIndex = j;
        const m = stops.exec(text);
        if (!m)
            return Math.max(j, n);
        if (m[0] !== '\\')
            return m.index;
        j = m.index + 2;
    }
}
/**
 * The text with every comment replaced by spaces. Offsets and line breaks are kept, so positions
 * found in the result are positions in the original text.
 */
function maskComments(text, kind, name) {
    const style = styleFor(kind, name);
    if (!style)
        return text;
    const special = specialChars(style);
    const out = [];
    const n = text.length;
    let i = 0;
    let lineStart = true;
    let copyFrom = 0;
    const blank = (from, to) => {
        out.push(text.slice(copyFrom, from));
        // Most comments are one line: spaces, without a regular expression's pass over each.
        const gap = text.slice(from, to);
        out.push(gap.includes('\n') || gap.includes('\r') ? gap.replace(/[^\r\n]/g, ' ') : ' '.repeat(to - from));
        copyFrom = to;
    };
    while (i < n) {
        if (!lineStart) {
            special.lastIndex = i;
            const next = special.exec(text);
            if (!next)
                break;
            i = next.index;
        }
        const ch = text[i];
        if (ch === '\n') {
            lineStart = true;
            i++;
            continue;
        }
        if (lineStart && isBlank(ch)) {
            i++;
            continue;
        }
        const atLineStart = lineStart;
        lineStart = false;
        if (atLineStart && style.lineStart?.some((s) => text.startsWith(s, i))) {
            const end = text.indexOf('\n', i);
            blank(i, end < 0 ? n : end);
            i = end < 0 ? n : end;
            continue;
        }
        if (style.quotes?.includes(ch)) {
            // A string: skip to its closing quote. Only backtick strings may span lines.
            i = stringEnd(text, i, ch) + 1;
            continue;
        }
        const block = style.block?.find(([open]) => text.startsWith(open, i));
        if (block) {
            const close = text.indexOf(block[1], i + block[0].length);
            const end = close < 0 ? n : close + block[1].length;
            blank(i, end);
            i = end;
            continue;
        }
        const line = style.line?.find((s) => text.startsWith(s, i));
        if (line && !(line === '#' && style.hashAfterSpace && !atLineStart && !isBlank(text[i - 1]))) {
            let end = text.indexOf('\n', i);
            if (end < 0)
                end = n;
            blank(i, end);
            i = end;
            continue;
        }
        i++;
    }
    if (copyFrom === 0)
        return text;
    out.push(text.slice(copyFrom));
    return out.join('');
}
/** Kinds whose text may be shell (scripts, Dockerfile `RUN`, Makefile recipes, CI `run:`): see shell-writers.ts. */
const SHELL_LIKE = new Set(['shell', 'dockerfile', 'makefile', 'yaml', 'powershell', 'batch', 'groovy']);


/***/ }),

/***/ 6984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VG: () => (/* binding */ ATTRIBUTES_MAX_BYTES),
/* harmony export */   VW: () => (/* binding */ parseGitAttributes),
/* harmony export */   fl: () => (/* binding */ linguistAttributes)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The linguist attributes of a repository's root `.gitattributes` (`linguist-vendored`,
 * `linguist-generated`, `linguist-documentation`): the repository's own word on which files are
 * someone else's code, generated or documentation. Hostile input is normal: the text read, the
 * lines kept and the pattern length are bounded, and a pattern that does not compile matches
 * nothing.
 */

/** Bounds for a hostile `.gitattributes`: a real one is a few KiB. */
const ATTRIBUTES_MAX_BYTES = 256 * 1024;
/** Linguist lines kept: each is tested against every file with a finding. */
const ATTRIBUTES_MAX_ENTRIES = 500;
const PATTERN_MAX_LENGTH = 400;
const LINGUIST = { 'linguist-vendored': 'vendored', 'linguist-generated': 'generated', 'linguist-documentation': 'documentation' };
/**
 * Reads the linguist attributes of a `.gitattributes` text: `pattern attr`, `attr=true|false`,
 * `-attr` (false: un-marks), `!attr` (unspecified). Comments, macros (`[attr]…`), quoted patterns
 * and lines without a linguist attribute are ignored; the text read and the lines kept are
 * bounded.
 */
function parseGitAttributes(text) {
    const out = [];
    const lines = text.slice(0, ATTRIBUTES_MAX_BYTES).split(/\r?\n/);
    for (const raw of lines) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith('[') || line.startsWith('"'))
            continue;
        const [pattern, ...attrs] = line.split(/[ \t]+/);
        if (pattern.length > PATTERN_MAX_LENGTH || pattern.startsWith('!'))
            continue;
        const entry = { pattern };
        let any = false;
        for (const a of attrs) {
            const m = /^([-!]?)(linguist-(?:vendored|generated|documentation))(?:=(\w+))?$/.exec(a);
            if (!m)
                continue;
            const key = LINGUIST[m[2]];
            any = true;
            if (m[1] === '!')
                entry[key] = undefined;
            else if (m[1] === '-')
                entry[key] = false;
            else
                entry[key] = m[3] === undefined ? true : /^(?:true|1|yes)$/i.test(m[3]) ? true : /^(?:false|0|no)$/i.test(m[3]) ? false : undefined;
        }
        if (any)
            out.push(entry);
        if (out.length >= ATTRIBUTES_MAX_ENTRIES)
            break;
    }
    return out;
}
const compiled = new WeakMap();
/**
 * A `.gitattributes` pattern as git reads it: without a `/` it matches the base name at any depth;
 * with one (or a leading `/`) it is anchored at the root. Two readings are more lenient than git,
 * because they are what their authors mean: a trailing `/` (which git ignores) and a bare
 * directory name both cover everything below that directory.
 */
function matcherFor(pattern) {
    let p = pattern;
    let anchored = p.startsWith('/');
    if (anchored)
        p = p.slice(1);
    const dirOnly = p.endsWith('/');
    if (dirOnly)
        p = p.replace(/\/+$/, '');
    anchored ||= p.includes('/');
    if (p === '')
        return () => false;
    const options = { dot: true, nonegate: true, noextglob: true };
    try {
        if (dirOnly)
            return picomatch__WEBPACK_IMPORTED_MODULE_0___default()(anchored ? `${p}/**` : `**/${p}/**`, options);
        if (anchored)
            return picomatch__WEBPACK_IMPORTED_MODULE_0___default()(p, options);
        const byName = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(p, { ...options, basename: true });
        const below = /[*?[\]]/.test(p) ? undefined : picomatch__WEBPACK_IMPORTED_MODULE_0___default()(`**/${p}/**`, options);
        return (path) => byName(path) || (below?.(path) ?? false);
    }
    catch {
        return () => false;
    }
}
/** The linguist attributes that apply to a path (undefined: not said). */
function linguistAttributes(path, lines) {
    if (lines.length === 0)
        return {};
    let matchers = compiled.get(lines);
    if (!matchers) {
        matchers = lines.map((a) => matcherFor(a.pattern));
        compiled.set(lines, matchers);
    }
    const out = {};
    // Later lines win, attribute by attribute, as in git.
    lines.forEach((a, i) => {
        if (!matchers[i](path))
            return;
        for (const key of ['vendored', 'generated', 'documentation'])
            if (key in a)
                out[key] = a[key];
    });
    return out;
}


/***/ }),

/***/ 6262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ escapeRegExp),
/* harmony export */   c: () => (/* binding */ escapeClass)
/* harmony export */ });
/** Text put into regular expressions built at run time. */
/** A pattern that matches `s` literally. */
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `s` as the members of a character class: `]`, `\`, `^` and `-` escaped. */
const escapeClass = (s) => s.replace(/[\]\\^-]/g, '\\$&');


/***/ }),

/***/ 930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ maskSearchedText),
/* harmony export */   jd: () => (/* binding */ substitutions),
/* harmony export */   t9: () => (/* binding */ commandGuard),
/* harmony export */   v$: () => (/* binding */ writtenRegions)
/* harmony export */ });
/* unused harmony exports hereDocumentBodies, inHereDocument, keepsCommandValid */
/** A line that runs sed or perl (the only commands whose `s///` arguments are read as substitutions). */
const SUBSTITUTING_LINE = /\b(?:sed|perl)\b[^\n]*/g;
/**
 * `s` then any delimiter that is not a word character, white space, a backslash or a quote; the
 * search part; the replacement (possibly unterminated on this line); flags.
 */
const SUBSTITUTION = /(?<=^|[\s'"=;{])s([^\w\s\\'"])((?:\\.|(?!\1)[^\\\n])*)\1((?:\\.|(?!\1)[^\\\n])*)(?:\1([a-zA-Z0-9]*))?/g;
/** The substitutions in `text` (every sed/perl line), with offsets into `text`. */
function substitutions(text) {
    const out = [];
    if (!text.includes('sed') && !text.includes('perl'))
        return out;
    SUBSTITUTING_LINE.lastIndex = 0;
    for (let line = SUBSTITUTING_LINE.exec(text); line; line = SUBSTITUTING_LINE.exec(text)) {
        const re = new RegExp(SUBSTITUTION.source, 'g');
        for (let m = re.exec(line[0]); m; m = re.exec(line[0])) {
            const start = line.index + m.index;
            const replacementStart = start + 2 + m[2].length + 1;
            const replacementEnd = replacementStart + m[3].length;
            const closed = m[4] !== undefined;
            out.push({
                start,
                delimiter: m[1],
                replacementStart,
                replacementEnd,
                end: closed ? replacementEnd + 1 + m[4].length : replacementEnd,
                closed,
            });
        }
    }
    return out;
}
function blank(chars, from, to) {
    for (let i = from; i < to; i++)
        if (chars[i] !== '\n' && chars[i] !== '\r')
            chars[i] = ' ';
}
/**
 * In shell-like text, blanks what a script only looks for, and the syntax around what it writes:
 *
 * - `sed -i 's/^ssl_protocols.*\/ssl_protocols = !SSLv3/g' f`, `perl -pi -e 's#…#…#' f` (any
 *   delimiter, several expressions): the `s`, the delimiters, the search part and the flags; the
 *   replacement stays where it was, so it reads as the setting it writes and nothing of the
 *   command (a closing `/`) runs into its value.
 * - sed addresses (`/^#ssl_protocols/c\…`, `/x/ s/…/…/`) and the `c\`/`a\`/`i\` before written text.
 * - `grep 'pattern'`: the text a script tests for is often the very legacy setting it removes
 *   (`grep -q '^SSLProtocol all -SSLv3' f && sed -i 's|^SSLProtocol .*|…|' f`).
 */
function maskSearchedText(text) {
    if (!text.includes('sed') && !text.includes('grep') && !text.includes('perl'))
        return text;
    const units = text.split(''); // UTF-16 units: offsets stay offsets into `text`
    for (const s of substitutions(text)) {
        blank(units, s.start, s.replacementStart);
        if (s.closed)
            blank(units, s.replacementEnd, s.end);
    }
    SUBSTITUTING_LINE.lastIndex = 0;
    for (let line = SUBSTITUTING_LINE.exec(text); line; line = SUBSTITUTING_LINE.exec(text)) {
        if (!/^sed\b/.test(line[0]))
            continue;
        // Addresses: `/regex/` (or `\%regex%`) followed by a command, `!` or a range comma.
        // Only right after a quote, `;` or `-e ` (a path such as ` /etc/postfix/` is not an address).
        const address = /(?<=['";]|-e[ \t]+)(\/(?:\\.|[^/\\\n])*\/|\\([^\w\s\\])(?:\\.|(?!\2)[^\\\n])*\2)(?=[ \t]*(?:!|,|[acisdpyDPN{](?!\w)|[aci]\\))/g;
        for (let m = address.exec(line[0]); m; m = address.exec(line[0])) {
            const at = line.index + m.index;
            blank(units, at, at + m[1].length);
            // `c\`, `a\`, `i\`: the command letter and its backslash are not part of the written line.
            const cmd = /^[ \t]*[aci]\\?/.exec(line[0].slice(m.index + m[1].length));
            if (cmd)
                blank(units, at + m[1].length, at + m[1].length + cmd[0].length);
        }
    }
    const grep = /\b(e?grep(?:[ \t]+-{1,2}[\w-]+)*[ \t]+)(['"])([^'"\n]{0,400})\2/g;
    for (let m = grep.exec(text); m; m = grep.exec(text)) {
        const at = m.index + m[1].length + 1;
        blank(units, at, at + m[3].length);
    }
    return units.join('');
}
/** Lines longer than this get no fix: a setting's command is never that long, and the checks stay linear. */
const MAX_LINE = 2000;
/** The start of the line holding `at`, or undefined when it is further back than MAX_LINE. */
function lineStartOf(text, at) {
    const from = Math.max(0, at - MAX_LINE);
    const i = text.slice(from, at).lastIndexOf('\n');
    return i >= 0 ? from + i + 1 : from === 0 ? 0 : undefined;
}
/** Where a shell word's quoting stands at `at`, scanning from `lineStart`. */
function quoteAt(text, lineStart, at) {
    let quote = '';
    for (let i = lineStart; i < at; i++) {
        const ch = text[i];
        if (quote === "'") {
            if (ch === "'")
                quote = '';
        }
        else if (ch === '\\')
            i++;
        else if (quote === '"') {
            if (ch === '"')
                quote = '';
        }
        else if (ch === '"' || ch === "'")
            quote = ch;
    }
    return quote;
}
/** Whether a line is shell: any line of a script, a Dockerfile `RUN` (not `ENV`), a Makefile recipe. */
function isShellLine(text, lineStart, kind) {
    if (kind === 'shell')
        return true;
    // The logical line: back over `\` continuations (a few lines at most).
    let start = lineStart;
    for (let n = 0; n < 50 && start > 1 && /\\\r?$/.test(text.slice(Math.max(0, start - 3), start - 1)); n++) {
        start = lineStartOf(text, start - 1) ?? 0;
    }
    const head = text.slice(start, start + 16);
    if (kind === 'dockerfile')
        return /^[ \t]*RUN\b/i.test(head);
    if (kind === 'makefile')
        return head.startsWith('\t');
    return false;
}
/**
 * The bodies of a script's here-documents (`cat > f <<EOF`, `<<-'EOF'`): configuration text, not
 * shell words. One pass: a body is searched for its terminator once and not searched for openers.
 */
function hereDocumentBodies(text) {
    const out = [];
    const opener = /<<(-?)[ \t]*(["']?)([A-Za-z_][\w-]*)\2/g;
    for (let m = opener.exec(text); m; m = opener.exec(text)) {
        const newline = text.indexOf('\n', m.index);
        if (newline < 0)
            break;
        const start = newline + 1;
        const close = new RegExp(`^[ \\t]*${m[3]}[ \\t]*\\r?$`, 'm').exec(text.slice(start));
        const end = close ? start + close.index : text.length;
        out.push({ start, end });
        opener.lastIndex = Math.max(opener.lastIndex, end);
    }
    return out;
}
function inHereDocument(text, at) {
    return hereDocumentBodies(text).some((b) => at >= b.start && at < b.end);
}
/**
 * A test, for one file, of whether replacing [start, end) by `edit.text` keeps a command valid:
 * inside a substitution's replacement the edit must stay inside it and must not write its delimiter
 * or sed's `&`/`\`; in a shell word it must not remove a quote, and unquoted it must not add white
 * space or shell syntax (`tools/editconf.py main.cf smtpd_tls_protocols=!SSLv2,!SSLv3` would become
 * two arguments). Here-document bodies are configuration. Linear per file, bounded per edit.
 */
function commandGuard(text, kind) {
    let bodies;
    return (edit) => {
        const replaced = text.slice(edit.start, edit.end);
        if (replaced.includes('\n'))
            return false;
        const lineStart = lineStartOf(text, edit.start);
        if (lineStart === undefined)
            return false;
        const lineEnd = text.slice(edit.start, edit.start + MAX_LINE).indexOf('\n');
        const line = text.slice(lineStart, lineEnd < 0 ? Math.min(text.length, edit.start + MAX_LINE) : edit.start + lineEnd);
        for (const s of substitutions(line)) {
            const from = lineStart + s.replacementStart;
            const to = lineStart + s.replacementEnd;
            if (edit.start < from || edit.start > to)
                continue;
            if (edit.end > to)
                return false;
            if (edit.text.includes(s.delimiter) || /[&\\\n]/.test(edit.text))
                return false;
        }
        bodies ??= kind === 'shell' || kind === 'dockerfile' || kind === 'makefile' ? hereDocumentBodies(text) : [];
        if (bodies.some((b) => edit.start >= b.start && edit.start < b.end))
            return true;
        if (!isShellLine(text, lineStart, kind))
            return true;
        if (/["']/.test(replaced))
            return false;
        const quote = quoteAt(text, lineStart, edit.start);
        if (quote === "'")
            return !edit.text.includes("'");
        if (quote === '"')
            return !/["$`\\]/.test(edit.text);
        return !/[\s;&|<>()$`"'*?[\]{}]/.test(edit.text);
    };
}
/** `commandGuard` for a single edit. */
function keepsCommandValid(text, kind, edit) {
    return commandGuard(text, kind)(edit);
}
/** A literal file name or path: a word with a `/` or an extension, without variables or globs. */
const PATH_WORD = /^(?:[\w.~+-]*\/)*[\w+-][\w.+-]*$/;
function pathWord(word) {
    const w = word?.replace(/^["']|["']$/g, '');
    return w && PATH_WORD.test(w) && (w.includes('/') || /\.\w+$/.test(w)) && !/^-|^\/dev\//.test(w) ? w : undefined;
}
/** The logical lines of a script: physical lines joined where one ends with a `\` continuation. */
function* logicalLines(text) {
    let start = 0;
    while (start < text.length) {
        let end = text.indexOf('\n', start);
        while (end >= 0 && /\\\r?$/.test(text.slice(Math.max(start, end - 2), end)))
            end = text.indexOf('\n', end + 1);
        if (end < 0)
            end = text.length;
        yield { start, end, text: text.slice(start, end) };
        start = end + 1;
    }
}
/**
 * Where a script writes configuration into a file it names: a sed/perl substitution's line and its
 * file argument, `echo`/`printf … > file` and `>> file`, a here-document's body (`cat > file <<EOF`,
 * `tee file <<EOF`), `crudini --set file …`, `editconf file …` and `postconf -e` (`main.cf`). The
 * rules that read the target's kind of file read that text too, whatever the script is called.
 */
function writtenRegions(text) {
    const out = [];
    if (!/sed|perl|>|tee|crudini|editconf|postconf/.test(text))
        return out;
    let bodyEnd = 0; // a here-document's body is configuration, not commands: skipped (and each read once)
    for (const line of logicalLines(text)) {
        if (line.start < bodyEnd)
            continue;
        const t = line.text;
        const heredoc = /<<-?[ \t]*(["']?)([A-Za-z_][\w-]*)\1/.exec(t);
        const redirect = /(?:^|[^<>&\d])>>?[ \t]*(["']?[^\s"';&|<>()]+["']?)|\btee[ \t]+(?:-a[ \t]+)?(["']?[^\s"';&|<>()-][^\s"';&|<>()]*["']?)/.exec(t);
        const redirected = pathWord(redirect?.[1] ?? redirect?.[2]);
        if (heredoc && redirected) {
            const bodyStart = line.end + 1;
            const close = new RegExp(`^[ \\t]*${heredoc[2]}[ \\t]*\\r?$`, 'm').exec(text.slice(bodyStart));
            bodyEnd = close ? bodyStart + close.index : text.length;
            out.push({ start: bodyStart, end: bodyEnd, target: redirected });
            continue;
        }
        if (redirected && /\b(?:echo|printf)\b/.test(t)) {
            out.push({ start: line.start, end: line.end, target: redirected });
            continue;
        }
        const subs = /\b(?:sed|perl)\b/.test(t) ? substitutions(t) : [];
        if (subs.length) {
            const after = t.slice(subs[subs.length - 1].end).split(/[ \t]+/);
            const target = after
                .map(pathWord)
                .filter((w) => w !== undefined)
                .pop();
            if (target)
                out.push({ start: line.start, end: line.end, target });
            continue;
        }
        const tool = /\b(?:crudini[ \t]+--set|editconf(?:\.py)?)[ \t]+(?:-\w+[ \t]+)*(["']?[^\s"';&|<>()]+["']?)/.exec(t);
        const target = pathWord(tool?.[1]);
        if (target)
            out.push({ start: line.start, end: line.end, target });
        else if (/\bpostconf\b[^\n]*[ \t]-e\b/.test(t))
            out.push({ start: line.start, end: line.end, target: 'main.cf' });
    }
    return out;
}


/***/ }),

/***/ 3740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YV: () => (/* binding */ LINE_LOOKBACK),
  sC: () => (/* binding */ SourceFile),
  D4: () => (/* binding */ decode),
  kk: () => (/* binding */ lastBefore),
  Ly: () => (/* binding */ lastNewline),
  Wb: () => (/* binding */ looksBinary),
  m8: () => (/* binding */ nextNewline)
});

// EXTERNAL MODULE: ./src/scan/file-kinds.ts
var file_kinds = __webpack_require__(9213);
;// CONCATENATED MODULE: ./src/scan/docstrings.ts
/**
 * Python docstrings are documentation, not code. A triple-quoted string that stands alone as a
 * statement (a module, class or function docstring, or any bare string statement: Python evaluates
 * and drops it) often shows code samples — `context.options &= ~ssl.OP_NO_SSLv3` to explain how to
 * re-enable SSLv3 — and code rules must not read them as the file's code. A triple-quoted string
 * that is a value (`CONF = """ssl_protocols TLSv1;"""`, an argument, a `return`) stays code: it is
 * configuration a program writes.
 *
 * Runs after comment masking (so a `"""` in a comment is already gone); offsets and line breaks are
 * kept. Other languages need nothing here: Javadoc and doc comments are comments, and Go's raw
 * strings are values.
 */
const OPENER = /(?:"""|''')/g;
/** How far back the masker looks for the code before a string: a hostile line must not make it quadratic. */
const LOOKBACK = 2000;
/** The string at `quote` starts a statement: only blanks and a string prefix before it on its line, and the line before does not continue into it. */
function startsStatement(code, quote) {
    let i = quote;
    let prefix = 0;
    while (prefix < 2 && i > 0 && /[rRuUbB]/.test(code[i - 1])) {
        i--;
        prefix++;
    }
    const start = i;
    while (i > 0 && (code[i - 1] === ' ' || code[i - 1] === '\t'))
        i--;
    if (i > 0 && code[i - 1] !== '\n')
        return undefined;
    // The previous code character: an open bracket, a comma, an operator or `\` continue an expression
    // into this line (`x = (`, `call(\n`, `a +\n`), so the string is a value there.
    const stop = Math.max(0, i - LOOKBACK);
    let j = i - 1;
    while (j >= stop && /\s/.test(code[j]))
        j--;
    if (j >= stop && /[([{,=+\-*/%\\|&<>@]/.test(code[j]))
        return undefined;
    return start;
}
/** Whether only blanks, a `;` or a comment follow `at` on its line. */
function restOfLineBlank(text, at) {
    for (let i = at; i < text.length && i < at + LOOKBACK; i++) {
        const ch = text[i];
        if (ch === '\n' || ch === '\r' || ch === '#')
            return true;
        if (ch !== ' ' && ch !== '\t' && ch !== ';')
            return false;
    }
    return true;
}
/**
 * `code` (the comment-masked `text`) with every docstring — a triple-quoted string standing alone
 * as a statement — blanked. Openers are found in `code` (one in a comment is gone there); the closer
 * is found in `text`, because the line-by-line comment masker may have taken a `#` inside the
 * docstring for a comment and blanked the quotes that close it.
 */
function maskDocstrings(text, code) {
    const re = new RegExp(OPENER.source, 'g');
    const out = [];
    let copyFrom = 0;
    for (let m = re.exec(code); m; m = re.exec(code)) {
        const close = text.indexOf(m[0], m.index + 3);
        if (close < 0)
            break;
        const end = close + 3;
        re.lastIndex = end;
        const start = startsStatement(code, m.index);
        if (start === undefined || !restOfLineBlank(text, end))
            continue;
        out.push(code.slice(copyFrom, start), code.slice(start, end).replace(/[^\r\n]/g, ' '));
        copyFrom = end;
    }
    if (copyFrom === 0)
        return code;
    out.push(code.slice(copyFrom));
    return out.join('');
}

// EXTERNAL MODULE: ./src/scan/shell-writers.ts
var shell_writers = __webpack_require__(930);
;// CONCATENATED MODULE: ./src/scan/source.ts



/**
 * One file as the rules see it: its path relative to the scanned root (with `/` separators), its
 * decoded text (BOM removed; invalid UTF-8 replaced, which keeps line numbers right), its kind, and
 * — computed once, on first use — the text with comments blanked out.
 *
 * A lone `\r` (old Mac line ends) is read as `\n`. One character for one keeps every offset, and
 * then line positions, comment masking and every rule that looks for `\n` see the same lines.
 */
class SourceFile {
    path;
    /** The decoded text, lone `\r` read as `\n`. */
    text;
    kind;
    /** Base name, lower case, with template/sample suffixes removed (`nginx.conf.j2` → `nginx.conf`). */
    name;
    lineStarts;
    masked;
    rawView;
    memo = new Map();
    facts = new Map();
    constructor(path, text, kind) {
        this.path = path;
        // Most files hold no `\r` at all: `includes` is a native scan, the lookahead a regex step per character.
        this.text = text.includes('\r') && LONE_CR.test(text) ? text.replace(LONE_CR_ALL, '\n') : text;
        this.kind = kind ?? (0,file_kinds/* classify */.L8)(path);
        this.name = (0,file_kinds/* logicalName */.rQ)(path);
    }
    /** The text with comments (and Python docstrings) replaced by spaces (and, in shell-like files, what a script only looks for: see shell-writers.ts). */
    get code() {
        if (this.masked === undefined) {
            let code = (0,file_kinds/* maskComments */.$Y)(this.text, this.kind, this.name);
            if (this.kind === 'python')
                code = maskDocstrings(this.text, code);
            if (file_kinds/* SHELL_LIKE */.Dr.has(this.kind))
                code = (0,shell_writers/* maskSearchedText */.DE)(code);
            this.masked = code;
        }
        return this.masked;
    }
    /**
     * This file with `code` the raw text: for a cheap first look before masking comments (a pass
     * over the file). Masking only blanks text, so what a rule finds in the code it also finds here;
     * the converse does not hold (a setting in a comment, a comment inside a value).
     */
    get unmasked() {
        this.rawView ??= this.withCode(this.text);
        return this.rawView;
    }
    /**
     * This file read as `code` (same length: offsets and lines hold), for a rule's own view of it.
     * `unmasked`, when given, is what the view's first look (`unmasked`) reads instead of the text:
     * values put in place in the code must be there too.
     */
    withCode(code, unmasked) {
        const view = new SourceFile(this.path, this.text, this.kind);
        view.masked = code;
        if (unmasked !== undefined)
            view.rawView = view.withCode(unmasked);
        return view;
    }
    /**
     * Whether the comment-free code matches `re`, computed once per file and pattern: rules ask such
     * file-wide questions for every match, and a whole-file scan per match is quadratic.
     */
    matches(re) {
        const key = `${re.source}/${re.flags}`;
        let hit = this.memo.get(key);
        if (hit === undefined) {
            hit = new RegExp(re.source, re.flags.replace(/[gy]/g, '')).test(this.code);
            this.memo.set(key, hit);
        }
        return hit;
    }
    /**
     * A file-wide fact (the options a file sets, its first `MinProtocol`), computed once per file:
     * `compute` is the key, so pass a function defined once (at module level), not a new closure.
     * Like `matches`, this keeps a rule that consults the whole file for every match linear.
     */
    fact(compute) {
        if (!this.facts.has(compute))
            this.facts.set(compute, compute(this));
        return this.facts.get(compute);
    }
    position(offset) {
        const starts = (this.lineStarts ??= computeLineStarts(this.text));
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
    }
    /** Offset of the start of the given 1-based line. */
    lineStart(line) {
        const starts = (this.lineStarts ??= computeLineStarts(this.text));
        return starts[Math.min(Math.max(line - 1, 0), starts.length - 1)];
    }
    /** The raw text of a 1-based line, without its line break. */
    lineText(line) {
        const starts = (this.lineStarts ??= computeLineStarts(this.text));
        const start = this.lineStart(line);
        let end = line < starts.length ? starts[line] - 1 : this.text.length;
        if (end > start && this.text[end - 1] === '\r')
            end--;
        return this.text.slice(start, Math.max(start, end));
    }
    /** At most `width` characters of the line around an offset, trimmed: a snippet for reports. */
    snippet(offset, width = 200) {
        const { line } = this.position(offset);
        const starts = (this.lineStarts ??= computeLineStarts(this.text));
        const start = Math.max(starts[line - 1], offset - width / 2);
        const lineEnd = line < starts.length ? starts[line] - 1 : this.text.length;
        return this.text.slice(start, Math.min(lineEnd, start + width)).trim();
    }
}
const LONE_CR = /\r(?!\n)/;
const LONE_CR_ALL = /\r(?!\n)/g;
function computeLineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
/** Decodes file bytes: UTF-8 (BOM dropped, invalid bytes replaced) or UTF-16 with a BOM. */
function decode(bytes) {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
        return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
        return new TextDecoder('utf-16be').decode(bytes.subarray(2));
    return decoder.decode(bytes);
}
/**
 * Whether bytes look binary: a NUL byte in the first 8 KiB, unless the file starts with a UTF-16
 * BOM (Windows .reg files exported by regedit are UTF-16 and full of NULs).
 */
function looksBinary(bytes) {
    if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
        return false;
    // Buffer's indexOf is memchr: a byte loop in JavaScript cost ~100 ms on a 46,000-file tree.
    return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8192)).indexOf(0) >= 0;
}
/**
 * The last of `items` (in file order) that starts before `offset`, by binary search: a rule that
 * keeps a per-file list (`file.fact`) asks this for every match, and a scan of the list would be quadratic.
 */
function lastBefore(items, offset) {
    if (!items)
        return undefined;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (items[mid].at < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 ? items[lo - 1] : undefined;
}
/** How far back a rule looks for the start of a line: a 1 MiB minified line must not make it quadratic. */
const LINE_LOOKBACK = 2000;
/**
 * `text.lastIndexOf('\n', at)`, looking back at most LINE_LOOKBACK characters. When no line break
 * is that close, the window's edge counts as one (the line is too long to be a setting's context).
 */
function lastNewline(text, at) {
    const from = Math.max(0, at - LINE_LOOKBACK);
    const i = text.slice(from, at + 1).lastIndexOf('\n');
    return i >= 0 ? from + i : from === 0 ? -1 : from - 1;
}
/**
 * `text.indexOf('\n', at)`, looking ahead at most LINE_LOOKBACK characters; past that, the window's
 * edge counts as the end of the line.
 */
function nextNewline(text, at) {
    const i = text.slice(at, at + LINE_LOOKBACK).indexOf('\n');
    return i >= 0 ? at + i : Math.min(text.length, at + LINE_LOOKBACK);
}


/***/ }),

/***/ 7902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ })

};
