export const id = 286;
export const ids = [286,462];
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

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/* harmony import */ var _clip_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5861);


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
/* harmony export */   Lc: () => (/* binding */ guardedByComparison),
/* harmony export */   gz: () => (/* binding */ inCaseArm)
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
/** Whether the code at `offset` chooses a version because a configured value asked for it. */
function isCapability(kind, code, offset) {
    if (!CODE_KINDS.has(kind))
        return false;
    return inCaseArm(code, offset) || guardedByComparison(code, offset) || inVersionNameTable(code, offset);
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
const EXAMPLE_DIRS = new Set(['examples', 'example', '_examples', 'demo', 'demos']);
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
    const exampleDir = dirs.find((d) => EXAMPLE_DIRS.has(d.toLowerCase()));
    if (exampleDir)
        return { context: 'example', why: `path segment ${exampleDir}/` };
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

/***/ 9646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VI: () => (/* binding */ allSettings),
  DD: () => (/* binding */ asList),
  $Q: () => (/* reexport */ clip/* clip */.$),
  n4: () => (/* binding */ findSettings),
  T: () => (/* binding */ patternRule),
  Ce: () => (/* binding */ settingMatch),
  JQ: () => (/* binding */ settingRule),
  FM: () => (/* binding */ settingTokens)
});

// UNUSED EXPORTS: asMaximum, asMinimum, asPolicy

// EXTERNAL MODULE: ./src/versions.ts
var versions = __webpack_require__(7902);
// EXTERNAL MODULE: ./src/scan/evaluate.ts
var evaluate = __webpack_require__(1634);
// EXTERNAL MODULE: ./src/clip.ts
var clip = __webpack_require__(5861);
;// CONCATENATED MODULE: ./src/scan/alternatives.ts
/** Quoted literals in a value, in order (a short value: the readers cap it at a few hundred characters). */
function literals(value) {
    const out = [];
    for (let i = 0; i < value.length; i++) {
        const q = value[i];
        if (q !== '"' && q !== "'")
            continue;
        let j = i + 1;
        while (j < value.length && value[j] !== q && value[j] !== '\n')
            j += value[j] === '\\' ? 2 : 1;
        if (value[j] !== q)
            break;
        out.push({ at: i, text: value.slice(i + 1, j) });
        i = j;
    }
    return out;
}
/** What comes right before a literal branch: `else "…"`, `? "…"`, `then "…"`. */
const AFTER_BRANCH_WORD = /(?:\belse|\?|\bthen)\s*$/;
/** Jinja/Helm defaults: `| default('…')`, `| d("…")`, `default "…" .Values.x`. */
const AFTER_DEFAULT = /(?:\|\s*(?:default|d)\s*\(\s*|\bdefault\s+)$/;
/**
 * The literal alternatives of a setting's value, or undefined when the value is not an expression
 * with literal branches or fallbacks (a plain value is read as it is).
 */
function alternatives(s) {
    const v = s.value;
    // Cheap test first: most values are plain.
    if (!/\bif\b|\?|\b(?:try|coalesce|lookup)\s*\(|\bd(?:efault)?\b/.test(v))
        return undefined;
    const lits = literals(v);
    if (lits.length === 0)
        return undefined;
    const ternary = v.includes('?');
    const jinja = /\bif\b/.test(v) && /\belse\b/.test(v);
    const fallbackCall = /\b(?:try|coalesce)\s*\(/.test(v);
    const lookupCall = /\blookup\s*\(/.test(v);
    const found = [];
    for (const lit of lits) {
        const before = v.slice(Math.max(0, lit.at - 100), lit.at);
        const after = v.slice(lit.at + lit.text.length + 2, lit.at + lit.text.length + 40);
        const branch = ((ternary || jinja) && AFTER_BRANCH_WORD.test(before)) ||
            (jinja && /^\s*if\b/.test(after)) ||
            (ternary && /:\s*$/.test(before) && !/^\s*\?/.test(after));
        if (branch)
            found.push({ lit, fallback: false });
        else if (fallbackCall && /[(,]\s*$/.test(before) && /^\s*(?:[,)]|$)/.test(after))
            found.push({ lit, fallback: true });
        else if (lookupCall && /,\s*$/.test(before) && /^\s*(?:\)|$)/.test(after))
            found.push({ lit, fallback: true });
        else if (AFTER_DEFAULT.test(before))
            found.push({ lit, fallback: true });
    }
    if (found.length === 0)
        return undefined;
    return found.map(({ lit, fallback }) => ({
        key: s.key,
        keyStart: s.keyStart,
        value: lit.text,
        valueStart: s.valueStart + lit.at + 1,
        valueEnd: s.valueStart + lit.at + 1 + lit.text.length,
        form: 'quoted',
        end: s.valueStart + lit.at + 2 + lit.text.length,
        at: s.valueStart + lit.at,
        ...(fallback ? { fallback: true } : {}),
    }));
}

// EXTERNAL MODULE: ./src/scan/pairs.ts
var pairs = __webpack_require__(1828);
;// CONCATENATED MODULE: ./src/scan/define.ts





/** Longer values are not TLS settings; the bounds keep a hostile 1 MiB line linear. */
const MAX_VALUE = 2000;
const MAX_SCALAR = 400;
function escapeClass(s) {
    return s.replace(/[\]\\^-]/g, '\\$&');
}
/**
 * Finds `key <sep> value` settings for the keys in `keys` (a regular expression matching whole
 * key names), in the syntaxes of INI, properties, YAML, JSON, HCL, TOML, XML attributes and
 * elements, nginx-like directives, `-Dkey=value` and `--key=value` flags, env assignments, and
 * `("key", "value")` calls in code.
 */
function* findSettings(file, keys, opts = {}) {
    const code = file.code;
    const space = opts.spaceSeparated ?? true;
    const flags = keys.flags.includes('i') ? 'gi' : 'g';
    const re = new RegExp(`(?:(?<![\\w.$])|(?<=-D))(["'\`]?)(${keys.source})\\1(?![\\w.-])[ \\t]*(=>|:=|=|:(?!:)|>|,|${space ? '(?=[ \\t])' : '(?!)'})`, flags);
    const stops = `\\n;})${opts.bounds ? '' : '<'}${escapeClass(opts.stops ?? '')}`;
    const bare = new RegExp(`[^${stops}]{0,${MAX_SCALAR}}`, 'y');
    // `.properties` continue a value on the next line after a `\` (`enabled-protocols=TLSv1.2,\`).
    const continued = opts.continued ?? (file.kind === 'properties' ? 'backslash' : undefined);
    const next = opts.anchor ? anchoredKeys(code, re, opts.anchor) : (from) => ((re.lastIndex = from), re.exec(code));
    for (let m = next(0); m; m = next(re.lastIndex)) {
        const quotedKey = m[1] !== '';
        const sep = m[3];
        if (sep === ',' && !quotedKey)
            continue;
        if (sep === '>' && code[m.index - 1] !== '<')
            continue;
        let i = m.index + m[0].length;
        while (code[i] === ' ' || code[i] === '\t')
            i++;
        const setting = readValue(code, i, m[2], m.index, sep, bare, continued);
        if (setting && setting.value.trim() !== '') {
            // A conditional or a fallback is read as each of its literal values.
            yield* alternatives(setting) ?? [setting];
            // Continue after the value: keys inside it belong to it, and nothing is read twice.
            re.lastIndex = Math.max(re.lastIndex, setting.end);
        }
    }
}
/**
 * The next match of the key pattern `re` at or after `from` whose key holds a word of `anchor`:
 * from each such word, the starts a key could have (back over the identifier, and its opening
 * quote) are tried with the pattern made sticky. A key holds at least one anchor word, so no match
 * is lost; each identifier is looked at once. Leaves `re.lastIndex` after the match, as exec does.
 */
function anchoredKeys(code, re, anchor) {
    const words = new RegExp(anchor.source, anchor.flags.includes('i') ? 'gi' : 'g');
    const sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    return (from) => {
        words.lastIndex = from;
        for (let w = words.exec(code); w; w = words.exec(code)) {
            let start = w.index;
            while (start > from && start > w.index - 61 && KEY_CHAR.test(code[start - 1]))
                start--;
            for (let at = Math.max(from, start - 1); at <= w.index; at++) {
                sticky.lastIndex = at;
                const m = sticky.exec(code);
                if (m) {
                    re.lastIndex = sticky.lastIndex;
                    return m;
                }
            }
        }
        re.lastIndex = code.length;
        return null;
    };
}
const KEY_CHAR = /[\w.-]/;
/** indexOf that gives up after `limit` characters (a plain indexOf rescans a hostile line each time). */
function boundedIndexOf(text, needle, from, limit) {
    const at = text.slice(from, from + limit).indexOf(needle);
    return at < 0 ? -1 : from + at;
}
/** Indented lines of plain words that end at a `;` (a directive continued over lines), at most 8. */
const SEMICOLON_CONTINUATION = /(?:\r?\n[ \t]+[\w.+!:-]{1,40}(?:[ \t]+[\w.+!:-]{1,40}){0,8}[ \t]*){1,8}(?=;)/y;
/** The next line after a ` \` that ends a line, up to the value's stops. */
const BACKSLASH_CONTINUATION = /\r?\n[^\n;{}<]{0,400}/y;
function readValue(code, i, key, keyStart, sep, bare, continued) {
    const ch = code[i];
    if (sep === '>') {
        const end = boundedIndexOf(code, '<', i, MAX_SCALAR);
        if (end < 0)
            return undefined;
        return { key, keyStart, value: code.slice(i, end), valueStart: i, valueEnd: end, form: 'element', end };
    }
    if (ch === '"' || ch === "'" || ch === '`') {
        // A quoted template expression (`'{{ "!SSLv3" if … else "!SSLv2 !SSLv3" }}'`) may span lines.
        const template = code.startsWith('{{', i + 1);
        let j = i + 1;
        while (j < code.length && code[j] !== ch && (template || code[j] !== '\n') && j - i < MAX_SCALAR)
            j += code[j] === '\\' ? 2 : 1;
        if (code[j] !== ch)
            return undefined;
        return { key, keyStart, value: code.slice(i + 1, j), valueStart: i + 1, valueEnd: j, form: 'quoted', end: j + 1 };
    }
    if (ch === '[' || (ch === '(' && sep !== ',')) {
        const close = boundedIndexOf(code, ch === '[' ? ']' : ')', i, MAX_VALUE);
        if (close < 0)
            return undefined;
        return { key, keyStart, value: code.slice(i + 1, close), valueStart: i + 1, valueEnd: close, form: 'list', end: close + 1 };
    }
    if ((ch === '\n' || ch === '\r' || ch === undefined) && sep === ':') {
        // A YAML block list on the following lines.
        const block = /^(?:\r?\n[ \t]*(?:-[ \t]+[^\n]{0,400})?){1,50}/.exec(code.slice(i, i + MAX_VALUE));
        if (!block || !/-[ \t]/.test(block[0]))
            return undefined;
        const text = block[0].replace(/\s+$/, '');
        return { key, keyStart, value: text, valueStart: i, valueEnd: i + text.length, form: 'block-list', end: i + text.length };
    }
    if ((ch === '|' || ch === '>') && sep === ':') {
        const scalar = blockScalar(code, i, keyStart);
        if (scalar)
            return { key, keyStart, ...scalar, form: 'block-list', end: scalar.valueEnd };
    }
    bare.lastIndex = i;
    const m = bare.exec(code);
    if (!m)
        return undefined;
    let value = m[0];
    // `echo "ssl_protocols TLSv1;" >> x.conf`, `postconf -e 'key = v'`: a quote opened before the key
    // on the same line closes the value, so neither the message nor a fix runs into the shell text.
    const open = openQuoteBefore(code, keyStart);
    if (open) {
        for (let k = 0; k < value.length; k++) {
            if (value[k] === '\\')
                k++;
            else if (value[k] === open) {
                value = value.slice(0, k);
                break;
            }
        }
    }
    if (continued && !open)
        value = continuedValue(code, i, value, continued);
    // A trailing ` \` continues a shell command on the next line; it is not part of the value.
    value = value.replace(/\s+$/, '').replace(/[ \t]+\\$/, '');
    return { key, keyStart, value, valueStart: i, valueEnd: i + value.length, form: 'bare', end: i + value.length };
}
/** A YAML block scalar's header (`|`, `>-`, `|+2`) and the rest of its line. */
const BLOCK_HEADER = /[|>][-+]?\d?[-+]?[ \t]*(?=\r?\n)/y;
/**
 * A YAML block scalar (`ssl-protocols: >-` and the lines indented under the key): its text, read
 * like a block list (no fix: folding rules decide how the lines join). Undefined when `i` holds no
 * header or nothing is indented under it.
 */
function blockScalar(code, i, keyStart) {
    BLOCK_HEADER.lastIndex = i;
    const header = BLOCK_HEADER.exec(code);
    if (!header)
        return undefined;
    const lineStart = lastNewlineWithin(code, keyStart);
    const indent = /^[ \t]*/.exec(code.slice(lineStart, keyStart))[0].length;
    const body = new RegExp(`(?:\\r?\\n(?:[ \\t]{${indent + 1},}[^\\n]{1,400}|[ \\t]*(?=\\r?\\n)))+`, 'y');
    const start = i + header[0].length;
    const m = body.exec(code.slice(start, start + MAX_VALUE));
    if (!m)
        return undefined;
    const text = m[0].replace(/\s+$/, '');
    return { value: text, valueStart: start, valueEnd: start + text.length };
}
/** The start of the line holding `at`, looking back at most MAX_SCALAR characters. */
function lastNewlineWithin(code, at) {
    const from = Math.max(0, at - MAX_SCALAR);
    const k = code.slice(from, at).lastIndexOf('\n');
    return k < 0 ? from : from + k + 1;
}
/** `value` (read from `i` to its line's end) with the lines that continue it, as FinderOptions.continued says. */
function continuedValue(code, i, value, how) {
    let at = i + value.length;
    if (how === 'semicolon') {
        if (code[at] !== '\n' && code[at] !== '\r')
            return value;
        SEMICOLON_CONTINUATION.lastIndex = at;
        const m = SEMICOLON_CONTINUATION.exec(code);
        return m ? value + m[0] : value;
    }
    for (let n = 0; n < 8 && /(?<!\\)\\\r?$/.test(value); n++) {
        BACKSLASH_CONTINUATION.lastIndex = at;
        const m = BACKSLASH_CONTINUATION.exec(code);
        if (!m)
            break;
        value += m[0];
        at += m[0].length;
    }
    return value;
}
/** The quote character left open between the start of the line and `at` (bounded look-back). */
function openQuoteBefore(code, at) {
    const before = code.slice(Math.max(0, at - MAX_SCALAR), at);
    const line = before.slice(before.lastIndexOf('\n') + 1);
    let open;
    for (let k = 0; k < line.length; k++) {
        const ch = line[k];
        if (ch === '\\')
            k++;
        else if (open) {
            if (ch === open)
                open = undefined;
        }
        else if (ch === '"' || ch === "'")
            open = ch;
    }
    return open;
}
function settingTokens(s) {
    return (0,evaluate/* tokenize */.qw)(s.value, s.valueStart, s.form === 'block-list' ? /[\s,"'[\]-]+/g : undefined);
}
/** Deletes the tokens that enable legacy versions from a list, keeping its separator style. */
function listFix(s, tokens, keep, floor, spelling) {
    if (tokens.length === 0 || s.form === 'block-list')
        return undefined;
    const kept = tokens.filter(keep);
    const firstGap = tokens.length > 1 ? s.value.slice(tokens[0].end - s.valueStart, tokens[1].start - s.valueStart) : ' ';
    const wrapped = (t) => s.value.slice(t.start - s.valueStart, t.end - s.valueStart);
    if (kept.length === 0) {
        const spelled = (0,evaluate/* respell */.an)(tokens[0].text.replace(/^[+:]/, ''), floor);
        if (!spelled || !(0,evaluate/* readVersion */.$4)(spelled, spelling))
            return undefined;
        return { start: tokens[0].start, end: tokens[tokens.length - 1].end, text: tokens[0].text.startsWith('+') ? `+${spelled}` : spelled };
    }
    return {
        start: tokens[0].start,
        end: tokens[tokens.length - 1].end,
        text: kept.map(wrapped).join(firstGap),
    };
}
/** The value is a protocol list: every listed version is enabled (`+`, `-`, `!`, `all`, `>=`). */
function asList(opts = {}) {
    return (s, ctx) => {
        const tokens = settingTokens(s);
        const result = (0,evaluate/* evalList */.vi)(tokens, opts);
        if (!result)
            return undefined;
        const plain = tokens.every((t) => /^[\w.:'"+]/.test(t.text) && !/^all$/i.test(t.text));
        const fix = plain
            ? listFix(s, tokens, (t) => {
                const v = (0,evaluate/* readVersion */.$4)(t.text.replace(/^\+/, ''), opts);
                return !v || (0,versions/* below */.Gz)((0,versions/* setOf */.s4)(v), ctx.floor) === 0;
            }, ctx.floor, opts)
            : undefined;
        return { versions: result.versions, fix };
    };
}
/** The value is a minimum version (the first token). `special` names values such as `None`. */
function asMinimum(spelling = {}) {
    return (s, ctx) => {
        const token = settingTokens(s)[0];
        if (!token)
            return undefined;
        const special = spelling.special ? lookup(spelling.special, token.text) : undefined;
        if (special !== undefined)
            return { versions: special };
        const v = readVersion(token.text, spelling);
        if (!v)
            return undefined;
        const spelled = respell(token.text.replace(/^:/, ''), ctx.floor);
        const fix = spelled && readVersion(spelled, spelling) === ctx.floor
            ? { start: token.start + (token.text.startsWith(':') ? 1 : 0), end: token.end, text: spelled }
            : undefined;
        return { versions: atLeast(v), fix };
    };
}
/** The value is a maximum version: a cap below the floor leaves only legacy versions. */
function asMaximum(spelling = {}) {
    return (s) => {
        const token = settingTokens(s)[0];
        const v = token && readVersion(token.text, spelling);
        if (!v)
            return undefined;
        const spelled = respell(token.text.replace(/^:/, ''), 'TLSv1.3');
        const fix = spelled && readVersion(spelled, spelling) === 'TLSv1.3'
            ? { start: token.start + (token.text.startsWith(':') ? 1 : 0), end: token.end, text: spelled }
            : undefined;
        return { versions: atMost(v), why: `the maximum is ${v}`, fix };
    };
}
/** The value names a policy or enum member; `table` lists the known legacy-allowing names. */
function asPolicy(table, safeName) {
    return (s) => {
        const versions = lookup(table, s.value);
        if (versions === undefined)
            return undefined;
        const fix = safeName && s.form !== 'block-list' ? { start: s.valueStart, end: s.valueEnd, text: safeName } : undefined;
        return { versions, fix };
    };
}
/** A setting as one short line for messages (one helper for the whole code base, in src/clip.ts). */

/**
 * Every setting of the given keys in a file: `key = value` in any syntax (findSettings) and
 * name/value pairs (`- name: smtpd_tls_protocols` / `value: [...]`, findPairs).
 */
function* allSettings(file, keys, opts) {
    yield* findSettings(file, keys, opts);
    yield* (0,pairs/* findPairs */.b)(file, keys);
}
/** The match for one evaluated setting: at its key, or where `at` says; a fallback is a warning at most. */
function settingMatch(file, s, e, instead, severity) {
    const start = s.at ?? s.keyStart;
    const judged = e.severity ?? severity;
    return {
        start,
        end: Math.max(s.end, start),
        versions: e.versions,
        what: (0,clip/* clip */.$)(file.text.slice(s.keyStart, s.end)),
        why: s.fallback ? [e.why, 'the default used when the input is unset'].filter(Boolean).join('; ') : e.why,
        instead,
        severity: s.fallback && (judged === undefined || judged === 'error') ? 'warning' : judged,
        fix: e.fix,
    };
}
function settingRule(def) {
    return {
        meta: def.meta,
        knows: def.keys,
        examples: def.examples,
        *check(file, context) {
            const seen = new Set();
            const settings = def.pairs === false ? findSettings(file, def.keys, def.finder) : allSettings(file, def.keys, def.finder);
            for (const s of settings) {
                if (def.where && !def.where(s, file))
                    continue;
                const e = def.evaluate(s, context, file);
                if (!e || seen.has(s.at ?? s.keyStart))
                    continue;
                seen.add(s.at ?? s.keyStart);
                const instead = e.instead ?? (typeof def.instead === 'string' ? def.instead : def.instead(context, s));
                yield settingMatch(file, s, e, instead, def.severity);
            }
        },
    };
}
function patternRule(def) {
    const re = new RegExp(def.pattern.source, def.pattern.flags.includes('g') ? def.pattern.flags : `${def.pattern.flags}g`);
    return {
        meta: def.meta,
        examples: def.examples,
        *check(file, context) {
            const code = file.code;
            re.lastIndex = 0;
            for (let m = re.exec(code); m; m = re.exec(code)) {
                if (m[0].length === 0) {
                    re.lastIndex++;
                    continue;
                }
                const e = def.evaluate(m, context, file);
                if (!e)
                    continue;
                const start = e.start ?? m.index;
                const end = e.end ?? m.index + m[0].length;
                yield {
                    start,
                    end,
                    versions: e.versions,
                    what: e.what ?? (0,clip/* clip */.$)(file.text.slice(start, end)),
                    why: e.why,
                    instead: e.instead ?? (typeof def.instead === 'string' ? def.instead : def.instead(context, m)),
                    severity: e.severity ?? def.severity,
                    fix: e.fix,
                };
            }
        },
    };
}


/***/ }),

/***/ 8358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PR: () => (/* binding */ RuleIndex),
  vH: () => (/* binding */ checkFile),
  KD: () => (/* binding */ checkFileBounded),
  ko: () => (/* binding */ selects)
});

// UNUSED EXPORTS: applyFixes, keywordUnion, literalTrie

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
 * `PROTOCOL_SSLv23`, `SSL_3_0`; .NET's `.Tls`/`.Ssl3` members and its numbers (48, 192, 768); the
 * wire numbers (0x0301, 769); a bare `1.0`/`1.1` (a value on its own line).
 */
const SPELLED = /(ssl|tls)[ _-]?v?(\d)(?:[._ -]?(\d))?(?!\d)|\.(tls|ssl3)(?![\w])|(?<![\w.])(48|192|768|0x030[0-3]|76[89]|770|1\.[01])(?![\w.])/gi;
const NUMBERS = {
    '48': 'SSLv3',
    '192': 'TLSv1.0',
    '768': 'TLSv1.1',
    '0x0300': 'SSLv3',
    '0x0301': 'TLSv1.0',
    '0x0302': 'TLSv1.1',
    '0x0303': 'TLSv1.2',
    '769': 'TLSv1.0',
    '770': 'TLSv1.1',
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
    return NUMBERS[m[5].toLowerCase()];
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
        const at = start + m.index + (m[4] ? 1 : 0);
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
            const keywords = chosen.length ? keywordUnion(chosen.map((r) => r.meta.keywords.source)) : undefined;
            hit = { rules: chosen.map((rule) => ({ rule, keywords: this.keywords.get(rule) })), keywords, index: this };
            this.cache.set(key, hit);
        }
        return hit;
    }
}
/**
 * One case-insensitive test for many rules' keywords. Literal alternatives that contain another
 * literal alternative are dropped (`ssl_min_protocol_version` is implied by `protocol_version`),
 * which shrinks a union of ~400 words to a few dozen and makes the per-file test several times
 * faster; each rule still tests its own keywords before it runs. The literals that remain are
 * written as a trie (`tls(?:version|_1_0)`): at each position the regex engine then tries one
 * branch per first letter instead of every word, which measured 15–20 % faster on a real tree
 * (40,000 Go files), with the same answer.
 */
function keywordUnion(sources) {
    const literals = new Set();
    const patterns = new Set();
    for (const source of sources) {
        for (const alt of splitTopLevel(source)) {
            const literal = alt.replace(/\\([^\w])/g, '$1');
            if (/^[\w\s.:(),/-]+$/.test(literal) && !/\\\w/.test(alt))
                literals.add(literal.toLowerCase());
            else
                patterns.add(alt);
        }
    }
    const sorted = [...literals].sort((a, b) => a.length - b.length);
    const kept = [];
    for (const l of sorted)
        if (!kept.some((k) => l.includes(k)))
            kept.push(l);
    const alts = [...(kept.length ? [literalTrie(kept)] : []), ...patterns];
    return new RegExp(alts.join('|'), 'i');
}
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
    const branches = [...byFirst].map(([c, rest]) => (rest.length === 1 ? escapeRegExp(c + rest[0]) : escapeRegExp(c) + literalTrie(rest)));
    if (!branches.length)
        return '';
    // Every branch is a word or a letter and a group: only several branches need a group of their own.
    const alternation = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    // A word that ends here while longer ones go on: the rest is optional.
    return ended ? `(?:${alternation})?` : alternation;
}
/** Splits a regular expression source at its top-level `|` (not inside groups or classes). */
function splitTopLevel(source) {
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
function checkFileBounded(file, selection, policy, limit, facts = scan_context/* NO_FACTS */.Kj) {
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
    for (const { rule, keywords, within } of runs) {
        if (!keywords.test(file.text))
            continue;
        const seen = new Set();
        for (const match of rule.check(file, context)) {
            if (within && !within.some((r) => match.start >= r.start && match.start < r.end))
                continue;
            const legacy = (0,src_policy/* legacyVersions */.ru)(match.versions, policy);
            if (legacy === 0 || seen.has(match.start))
                continue;
            seen.add(match.start);
            const at = anchorOf(file.code, match.start, match.end, legacy);
            const start = file.position(at);
            const severity = match.severity ?? 'error';
            // A marker above the statement still counts when the finding moved to its value's line.
            const suppressed = mayHaveSuppressions
                ? (suppressionFor(file, start.line, rule.meta.id) ??
                    (at === match.start ? undefined : suppressionFor(file, file.position(match.start).line, rule.meta.id)))
                : undefined;
            const where = contextAt(match.start);
            // A named finding covers the lines of its setting (a name/value pair spans two).
            const last = Math.min(file.position(Math.max(match.end, match.start)).line, start.line + 8);
            if (rule.meta.fallback) {
                if (reportedLines.has(start.line))
                    continue;
            }
            else
                for (let line = start.line; line <= last; line++)
                    reportedLines.add(line);
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
            const end = file.position(Math.max(match.end, match.start));
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

/***/ 1634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ readVersion),
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   an: () => (/* binding */ respell),
/* harmony export */   qw: () => (/* binding */ tokenize),
/* harmony export */   vi: () => (/* binding */ evalList)
/* harmony export */ });
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7902);
/**
 * Turning the values people write into version sets: protocol lists with `+`/`-`/`!`/`all`/`>=`,
 * minimums, maximums and named policies. Shared by every rule, so that `TLSv1` means the same
 * thing in nginx, Postfix and Java.
 */

/**
 * Splits a value into tokens with their offsets (`base` is the value's offset in the file). A
 * backslash separates too: `\!SSLv2` in a shell word, `\"TLSv1.1\"` in a quoted one.
 */
function tokenize(value, base = 0, separators = /[\s,;|[\]"'():{}\\]+/g) {
    const tokens = [];
    const sep = new RegExp(separators.source, 'g');
    let last = 0;
    const push = (from, to) => {
        // `TLSv1+TLSv1.1` and `SSLv23:!SSLv2`: an operator inside a chunk starts a new token.
        let s = from;
        for (let i = from + 1; i < to; i++) {
            if ((value[i] === '+' || value[i] === '!') && value[i - 1] !== '=') {
                if (i > s)
                    tokens.push({ text: value.slice(s, i), start: base + s, end: base + i });
                s = i;
            }
        }
        if (to > s)
            tokens.push({ text: value.slice(s, to), start: base + s, end: base + to });
    };
    for (let m = sep.exec(value); m; m = sep.exec(value)) {
        if (m.index > last)
            push(last, m.index);
        last = m.index + m[0].length;
        if (m[0].length === 0)
            sep.lastIndex++;
    }
    if (last < value.length)
        push(last, value.length);
    return tokens;
}
function readVersion(token, spelling = {}) {
    const t = token.trim().replace(/^[:'"`]+|['"`]+$/g, '');
    const extra = spelling.spell?.[t.toLowerCase()];
    return extra ?? (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(t, spelling);
}
const DEFAULT_ALL = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .range */ .y1)('SSLv3', 'TLSv1.3');
/**
 * Evaluates a protocol list: plain or `+` tokens enable, `-`/`!` tokens disable, `all` enables
 * everything, `-all` clears, `>=X` / `>X` / `<=X` / `<X` are bounds, and bounds together are one
 * range (Postfix 3.6+ `>=TLSv1 <=TLSv1.2` is TLSv1.0–1.2, not their union). A list that begins by
 * disabling starts from `base` (default: what `all` means). Returns undefined when no token is a
 * version.
 */
function evalList(tokens, opts = {}) {
    const all = opts.all ?? DEFAULT_ALL;
    let set = _versions_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY */ .wg;
    let understood = false;
    let started = false;
    const enabling = [];
    let bounds;
    for (const token of tokens) {
        let t = token.text.trim();
        let op = '=';
        if (t.startsWith('!') || t.startsWith('-')) {
            op = '-';
            t = t.slice(1);
        }
        else if (t.startsWith('+')) {
            op = '+';
            t = t.slice(1);
        }
        const cmp = /^(>=|<=|>|<)/.exec(t);
        if (cmp)
            t = t.slice(cmp[1].length);
        let value;
        if (/^all$/i.test(t))
            value = all;
        else {
            const v = readVersion(t, opts);
            if (!v)
                continue;
            if (!cmp)
                value = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .setOf */ .s4)(v);
            else if (cmp[1] === '>=')
                value = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(v);
            else if (cmp[1] === '>')
                value = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .atLeast */ .jZ)(v) & ~(0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .setOf */ .s4)(v);
            else if (cmp[1] === '<=')
                value = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .range */ .y1)('SSLv3', v);
            else
                value = (0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .range */ .y1)('SSLv3', v) & ~(0,_versions_js__WEBPACK_IMPORTED_MODULE_0__/* .setOf */ .s4)(v);
        }
        understood = true;
        if (cmp && op !== '-') {
            bounds = (bounds ?? _versions_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL */ .y2) & value;
            enabling.push(token);
            started = true;
            continue;
        }
        if (op === '-') {
            if (!started)
                set = opts.base ?? all;
            set &= ~value;
        }
        else {
            set |= value;
            enabling.push(token);
        }
        started = true;
    }
    if (bounds !== undefined)
        set |= bounds;
    return understood ? { versions: set & _versions_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL */ .y2, enabling } : undefined;
}
/** Looks a policy or enum name up in a table, case-insensitively; unknown names give undefined. */
function lookup(table, name) {
    const key = name.trim().replace(/^['"`:]+|['"`]+$/g, '');
    if (key in table)
        return table[key];
    const lower = key.toLowerCase();
    for (const k of Object.keys(table))
        if (k.toLowerCase() === lower)
            return table[k];
    return undefined;
}
/**
 * Writes `target` in the style of `token`: `TLSv1` → `TLSv1.2`, `TLS1_0` → `TLS1_2`,
 * `VersionTLS10` → `VersionTLS12`, `tls10` → `tls12`, `TLS_1_1` → `TLS_1_2`, `1.0` → `1.2`,
 * `SSLv3` → `TLSv1.2`. Returns undefined for tokens without a version number.
 */
function respell(token, target) {
    const m = /^(.*?)(\d)(?:([._ -]?)(\d))?$/.exec(token);
    if (!m)
        return undefined;
    const [, rawPrefix, , sep, minor] = m;
    const prefix = rawPrefix.replace(/ssl/i, (s) => (s === 'SSL' ? 'TLS' : s === 'ssl' ? 'tls' : 'Tls'));
    const [tMajor, tMinor] = target.replace(/^TLSv/, '').split('.');
    if (target.startsWith('SSL'))
        return undefined;
    const separator = minor !== undefined ? sep : /[vV]$/.test(prefix) || prefix === '' ? '.' : '';
    return `${prefix}${tMajor}${separator}${tMinor}`;
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
const escapeClass = (chars) => chars.replace(/[\\\]^-]/g, '\\$&');
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
        re = new RegExp(`[\\n${escapeClass((style.quotes ?? '') + firsts)}]`, 'g');
        SPECIAL.set(style, re);
    }
    return re;
}
/** Per quote character, what ends or escapes inside its string: the quote, a backslash, a line break. */
const STRING_STOPS = new Map();
function stringStops(quote) {
    let re = STRING_STOPS.get(quote);
    if (!re)
        STRING_STOPS.set(quote, (re = new RegExp(`[${escapeClass(quote)}\\\\\\n]`, 'g')));
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
        out.push(text.slice(from, to).replace(/[^\r\n]/g, ' '));
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

/***/ 5438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ excludeMatcher),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   th: () => (/* binding */ enumerateAsync)
/* harmony export */ });
/* unused harmony exports ScanInputError, enumerate */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9646);
/**
 * Which files a scan reads: `git ls-files` (tracked + untracked, minus ignored) inside a git work
 * tree, a directory walk that honours `.gitignore` files elsewhere. Every path is reported
 * relative to the root with `/`.
 *
 * Nothing outside the root is listed: a path that passes through a symbolic link is listed only
 * when its real path is a regular file inside the root's real path. Symbolic links to directories
 * are never walked into (git does not descend into them either, so both modes list the same
 * files, and no link can make a loop): what such a link points to inside the root is listed at its
 * real place. FIFOs, sockets and devices are counted, never listed (opening a FIFO blocks).
 * Directories that cannot be listed are returned as errors: a scan that did not see part of the
 * tree must be able to say so.
 */






/** A path that cannot be scanned: the user's input, reported in one line like any configuration error. */
class ScanInputError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1 {
}
function toPosix(p) {
    return p.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
}
/** `a/b` for `a/b/c`, '' for `c`. */
function parentOf(rel) {
    const i = rel.lastIndexOf('/');
    return i < 0 ? '' : rel.slice(0, i);
}
function isInside(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(rel));
}
/**
 * The `exclude` setting as one predicate over root-relative paths. Patterns are globs; a bare
 * directory excludes everything below it. As in `.gitignore`, `!pattern` puts back what an earlier
 * pattern excluded and the last matching pattern wins (unlike `.gitignore`, a file can be put back
 * even when its directory was excluded: files are matched, not directories). Throws a one-line
 * ConfigurationError naming the entry that is empty or cannot be compiled; `where` names the setting.
 */
function excludeMatcher(patterns, where = 'exclude') {
    const rules = patterns.map((entry) => {
        const negate = entry.startsWith('!');
        const glob = (negate ? entry.slice(1) : entry).trim();
        if (!glob) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(negate
                ? `${where}: "${(0,_define_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(entry)}" has no pattern after "!"; write !GLOB to put back files an earlier pattern excluded`
                : `${where}: an entry is empty; expected a glob such as vendor/** or *.min.js`);
        }
        try {
            return { match: picomatch__WEBPACK_IMPORTED_MODULE_5___default()([glob, `${glob.replace(/\/+$/, '')}/**`], { dot: true }), negate };
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${where}: "${(0,_define_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(entry)}" is not a glob that can be compiled: ${(0,_define_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(e.message)}`);
        }
    });
    if (!rules.length)
        return () => false;
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
function runGit(root, args) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', args, { cwd: root, env: gitEnv(), maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.error || r.status !== 0)
        return undefined;
    return { stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}
/** runGit, without waiting: the caller works while git does. */
function runGitAsync(root, args) {
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { cwd: root, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
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
    rules = [];
    add(base, text) {
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
            const glob = (base ? `${base}/` : '') + (anchored ? line : `**/${line}`);
            try {
                this.rules.push({ match: picomatch__WEBPACK_IMPORTED_MODULE_5___default()(glob, { dot: true }), negate, dirOnly });
            }
            catch {
                // A line picomatch cannot compile (e.g. longer than 64 KiB) ignores nothing, as an
                // unmatched pattern would: the scan reads more, never less, than git would.
            }
        }
    }
    ignored(rel, isDir) {
        let ignored = false;
        for (const r of this.rules)
            if ((!r.dirOnly || isDir) && r.match(rel))
                ignored = !r.negate;
        return ignored;
    }
}
// Without following a final symbolic link (git ≥ 2.32 does not follow a .gitignore link either),
// and without blocking on a FIFO. Windows has neither flag.
const IGNORE_FILE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0);
/** Reads `relDir/.gitignore` into `ignore`; a .gitignore that exists but cannot be read is an error. */
function readIgnoreFile(root, relDir, ignore, errors) {
    const rel = relDir ? `${relDir}/.gitignore` : '.gitignore';
    let fd;
    try {
        fd = node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, rel), IGNORE_FILE_FLAGS);
    }
    catch (e) {
        const code = errnoOf(e);
        if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR')
            return; // none, or a symbolic link
        errors.push(listingError(rel, code, '.gitignore could not be read'));
        return;
    }
    try {
        const st = node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync(fd);
        if (!st.isFile()) {
            errors.push(listingError(rel, st.isDirectory() ? 'EISDIR' : 'EINVAL', '.gitignore is not a regular file'));
            return;
        }
        ignore.add(relDir, node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(fd, 'utf8'));
    }
    catch (e) {
        errors.push(listingError(rel, errnoOf(e), '.gitignore could not be read'));
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(fd);
    }
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
            entries = node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, relDir), { withFileTypes: true });
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
    const abs = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(root, p);
    if (!isInside(root, abs))
        throw new ScanInputError(`path "${p}" is outside the scanned root ${root}`);
    let real;
    let st;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(abs);
        st = node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(real);
    }
    catch (e) {
        const code = errnoOf(e);
        throw new ScanInputError(code === 'ENOENT' ? `path "${p}" does not exist under ${root}` : `path "${p}" could not be read: ${code ?? String(e)}`);
    }
    if (!isInside(realRoot, real))
        throw new ScanInputError(`path "${p}" leads outside the scanned root ${root} through a symbolic link`);
    return { rel: toPosix(node_path__WEBPACK_IMPORTED_MODULE_2__.relative(realRoot, real)), isDir: st.isDirectory() };
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
    /**
     * `root` is a real path: the listing is made below it. `walked`: the directories came from a
     * walk that never enters a link, so they need no check.
     */
    constructor(root, walked) {
        this.root = root;
        this.walked = walked;
    }
    classify({ path: rel, kind }) {
        if (kind === 'special')
            return 'special';
        if (!this.realDir(parentOf(rel)))
            return this.resolve(rel);
        // A tracked regular file; if it was deleted or replaced in the work tree, reading it tells.
        if (kind === 'regular')
            return 'file';
        let st;
        try {
            st = node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.root, rel), { throwIfNoEntry: false });
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
                link = node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.root, rel), { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
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
            target = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.root, rel));
        }
        catch (e) {
            const code = errnoOf(e);
            return code === 'ENOENT' || code === 'ELOOP' ? 'outside' : { error: code }; // broken or a loop: nothing to read
        }
        if (!isInside(this.root, target))
            return 'outside';
        let st;
        try {
            st = node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(target, { throwIfNoEntry: false });
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
    const realRoot = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(root);
    const starts = (paths.length ? paths : ['.']).map((p) => resolveStart(root, realRoot, p));
    // Listing below the real root keeps relative paths valid for a root reached through a link.
    return { isExcluded, realRoot, starts, pathspecs: starts.map((s) => s.rel || '.') };
}
/** Sorts listed entries into files to read and counts; entries can be added in batches, in any order. */
class Tally {
    plan;
    source;
    result = new Set();
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
                this.result.add(entry.path);
            else if (verdict === 'outside')
                this.outsideLinks++;
            else if (verdict === 'special')
                this.special++;
            else if (typeof verdict === 'object')
                this.errors.push(listingError(entry.path, verdict.error, 'could not be examined'));
        }
    }
    get size() {
        return this.result.size;
    }
    done() {
        const errors = [...new Map(this.errors.map((e) => [e.file, e])).values()].sort((a, b) => (a.file < b.file ? -1 : 1));
        const { excluded, outsideLinks, special, source } = this;
        return { files: [...this.result].sort(), source, excluded, outsideLinks, special, errors };
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
    const listing = gitFiles(p.realRoot, p.pathspecs);
    if (!listing)
        return walkAll(p);
    const tally = new Tally(p, 'git');
    tally.add(listing);
    return tally.done();
}
/**
 * enumerate, with the same result, sooner: git looks for untracked files (a walk of the whole
 * tree, ~100 ms on 46,000 files) while this thread reads the index's list and examines it.
 * `onTracked` is told how many tracked files will be scanned before the untracked ones are known
 * (a caller can start threads then).
 */
async function enumerateAsync(root, paths, exclude, onTracked) {
    const p = plan(root, paths, exclude);
    const untracked = runGitAsync(p.realRoot, untrackedArgs(p.pathspecs));
    const tracked = runGit(p.realRoot, trackedArgs(p.pathspecs));
    const tally = new Tally(p, 'git');
    if (tracked) {
        tally.add({ entries: trackedEntries(tracked.stdout), errors: [] });
        onTracked?.(tally.size);
    }
    const others = await untracked;
    if (!tracked || !others)
        return walkAll(p);
    tally.add(untrackedListing(p.realRoot, others));
    return tally.done();
}


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

/***/ 1828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ findPairs)
/* harmony export */ });
const NAME_FIELD = String.raw `\b(?:name|key|option|param|parameter|setting|property|directive)["']?[ \t]*[:=][ \t]*`;
const VALUE_FIELD = /\b(?:value|values|val)["']?[ \t]*([:=])[ \t]*/;
/** Where an item's fields end: the next item's name field or the end of a block. */
const ITEM_END = new RegExp(`${NAME_FIELD}|\\}`);
const MAX_SCALAR = 400;
const MAX_LIST = 2000;
/** The value at `i` (after `value:`), as the readers of define.ts would read it. */
function readFieldValue(code, i, sep) {
    const ch = code[i];
    if (ch === '"' || ch === "'") {
        const close = code.slice(i + 1, i + 1 + MAX_SCALAR).search(ch === '"' ? /["\n]/ : /['\n]/);
        if (close < 0 || code[i + 1 + close] !== ch)
            return undefined;
        const end = i + 1 + close;
        return { value: code.slice(i + 1, end), valueStart: i + 1, valueEnd: end, form: 'quoted', end: end + 1 };
    }
    if (ch === '[') {
        const close = code.slice(i, i + MAX_LIST).indexOf(']');
        if (close < 0)
            return undefined;
        return { value: code.slice(i + 1, i + close), valueStart: i + 1, valueEnd: i + close, form: 'list', end: i + close + 1 };
    }
    if ((ch === '\n' || ch === '\r') && sep === ':') {
        const block = /^(?:\r?\n[ \t]*(?:-[ \t]+[^\n]{0,400})?){1,50}/.exec(code.slice(i, i + MAX_LIST));
        if (!block || !/-[ \t]/.test(block[0]))
            return undefined;
        const text = block[0].replace(/\s+$/, '');
        return { value: text, valueStart: i, valueEnd: i + text.length, form: 'block-list', end: i + text.length };
    }
    const bare = /^[^\n,}#;]{1,400}/.exec(code.slice(i, i + MAX_SCALAR));
    const value = bare?.[0].replace(/\s+$/, '');
    if (!value)
        return undefined;
    return { value, valueStart: i, valueEnd: i + value.length, form: 'bare', end: i + value.length };
}
/** Name/value pairs whose name is one of `names` (whole names, case-insensitive). */
function* findPairs(file, names) {
    const code = file.code;
    if (!/\b(?:value|values|val)\b/i.test(code))
        return;
    // The XML name's group comes after the groups of the first copy of `names`.
    const groups = new RegExp(`${names.source}|`).exec('').length - 1;
    const re = new RegExp(`${NAME_FIELD}(["']?)(${names.source})\\1(?![\\w.-])|<name>[ \\t]*(${names.source})[ \\t]*</name>`, 'gi');
    for (let m = re.exec(code); m; m = re.exec(code)) {
        const from = m.index + m[0].length;
        const key = m[2] ?? m[3 + groups];
        if (m[0].startsWith('<')) {
            const xml = /^\s{0,200}<value>([^<\n]{1,400})<\/value>/.exec(code.slice(from, from + 700));
            if (!xml)
                continue;
            const valueStart = from + xml[0].indexOf('>') + 1;
            const at = valueStart - '<value>'.length;
            const value = xml[1].trim();
            const start = valueStart + xml[1].indexOf(value);
            yield {
                key,
                keyStart: m.index,
                value,
                valueStart: start,
                valueEnd: start + value.length,
                form: 'bare',
                end: start + value.length,
                at,
            };
            continue;
        }
        const after = code.slice(from, from + 300);
        const stop = after.search(ITEM_END);
        const window = stop < 0 ? after : after.slice(0, stop);
        const v = VALUE_FIELD.exec(window);
        // A value in the next list item belongs to that item.
        if (!v || /\n[ \t]*-[ \t]/.test(window.slice(0, v.index)))
            continue;
        const read = readFieldValue(code, from + v.index + v[0].length, v[1]);
        if (!read || read.value.trim() === '')
            continue;
        yield { key, keyStart: m.index, ...read, at: from + v.index };
    }
}


/***/ }),

/***/ 7886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareFindings: () => (/* binding */ compareFindings),
  Tu: () => (/* binding */ scanFiles),
  scanWithRules: () => (/* binding */ scanWithRules)
});

// UNUSED EXPORTS: FINDINGS_PER_FILE, repositoryFacts, scan

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/policy.ts
var policy = __webpack_require__(1237);
// EXTERNAL MODULE: ./src/scan/context.ts
var context = __webpack_require__(5570);
// EXTERNAL MODULE: ./src/scan/gitattributes.ts
var gitattributes = __webpack_require__(6984);
;// CONCATENATED MODULE: ./src/scan/tls-stacks.ts
/** TLS stacks' own source trees, recognised by the files that define them. */
/**
 * A TLS stack's source tree, recognised by two files that only that stack has, at any prefix (a
 * copy under `deps/openssl/` is found too). The directories listed are its implementation and
 * its own tools (`apps/`, `programs/`), whose options offer every version the stack speaks.
 */
const STACKS = [
    { name: 'OpenSSL', markers: ['ssl/ssl_lib.c', 'include/openssl/ssl.h'], dirs: ['ssl/', 'include/openssl/', 'apps/'] },
    { name: 'OpenSSL', markers: ['ssl/ssl_lib.c', 'ssl/ssl.h'], dirs: ['ssl/', 'apps/'] },
    { name: 'BoringSSL', markers: ['ssl/ssl_lib.cc', 'include/openssl/ssl.h'], dirs: ['ssl/', 'include/openssl/', 'tool/'] },
    { name: 'mbed TLS', markers: ['library/ssl_tls.c', 'include/mbedtls/ssl.h'], dirs: ['library/', 'include/mbedtls/', 'programs/'] },
    { name: 'PolarSSL', markers: ['library/ssl_tls.c', 'include/polarssl/ssl.h'], dirs: ['library/', 'include/polarssl/', 'programs/'] },
    { name: 'wolfSSL', markers: ['src/ssl.c', 'wolfssl/ssl.h'], dirs: ['src/', 'wolfssl/'] },
    { name: 'GnuTLS', markers: ['lib/gnutls_int.h', 'lib/handshake.c'], dirs: ['lib/', 'src/'] },
    { name: 'NSS', markers: ['lib/ssl/sslsock.c', 'lib/ssl/ssl.h'], dirs: ['lib/ssl/', 'cmd/'] },
    { name: 's2n', markers: ['tls/s2n_handshake.c', 'api/s2n.h'], dirs: ['tls/', 'api/'] },
    { name: 'BearSSL', markers: ['src/ssl/ssl_engine.c', 'inc/bearssl_ssl.h'], dirs: ['src/ssl/', 'inc/'] },
    { name: 'Go crypto/tls', markers: ['handshake_client.go', 'handshake_server.go', 'cipher_suites.go'], dirs: [''] },
    { name: 'JSSE', markers: ['sun/security/ssl/SSLContextImpl.java', 'sun/security/ssl/ProtocolVersion.java'], dirs: ['sun/security/ssl/'] },
];
/** The base names of the stacks' first markers: a file with another base name marks no stack. */
const FIRST_MARKER_NAMES = new Set(STACKS.map((s) => s.markers[0].slice(s.markers[0].lastIndexOf('/') + 1)));
/**
 * Finds TLS stacks in a file list. Each stack's first marker is looked up by suffix; its prefix
 * must hold the other markers too. One pass over the list picks the few files that can be a first
 * marker (by base name): on a 46,000-file tree a pass per stack, and a set of every path, cost
 * ~90 ms before any file was read.
 */
function findTlsStacks(files) {
    const candidates = files.filter((f) => FIRST_MARKER_NAMES.has(f.slice(f.lastIndexOf('/') + 1)));
    if (!candidates.length)
        return [];
    const set = new Set(files);
    const out = [];
    const seen = new Set();
    for (const stack of STACKS) {
        const [first, ...rest] = stack.markers;
        for (const f of candidates) {
            if (f !== first && !f.endsWith(`/${first}`))
                continue;
            const prefix = f.slice(0, f.length - first.length);
            if (!rest.every((m) => set.has(prefix + m)))
                continue;
            for (const d of stack.dirs) {
                const dir = prefix + d;
                if (seen.has(dir))
                    continue;
                seen.add(dir);
                out.push({ dir, name: stack.name });
            }
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/scan/engine.ts + 3 modules
var engine = __webpack_require__(8358);
// EXTERNAL MODULE: ./src/scan/file-kinds.ts
var file_kinds = __webpack_require__(9213);
// EXTERNAL MODULE: ./src/scan/files.ts
var files = __webpack_require__(5438);
;// CONCATENATED MODULE: ./src/scan/read.ts
/**
 * Reads the files a listing named, and only what is safe to read. The listing (git's index or a
 * walk) names paths; what is on disk under a name may be something else: a tracked file replaced
 * by a symbolic link out of the root or by a named pipe, a tracked directory replaced by a link to
 * `/etc`. Whatever the listing says, only a regular file whose real path is under the root's real
 * path is read, and nothing blocks (a FIFO is opened non-blocking, then skipped).
 *
 * Cost per file: one open, one fstat, the reads, one close. A directory costs one lstat the first
 * time a file below it is read; a symbolic link (rare) one realpath.
 */



/**
 * `O_NOFOLLOW`: the last component must not be a link (ELOOP tells us it is one, and we resolve it
 * ourselves). `O_NONBLOCK`: opening a FIFO without a writer returns at once instead of waiting.
 * Both are 0 where the platform has no such flag (Windows).
 */
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/** Files up to this size share one read buffer; a larger one gets its own, dropped after use. */
const SHARED_BUFFER_MAX = 4 * 1024 * 1024;
/** A relative path with no `.`, `..` or empty component and no backslash: joining it needs no normalising. */
const PLAIN = /^(?!\/|\.{1,2}(?:\/|$))(?!.*\/(?:\.{1,2}(?:\/|$)|\/|$))[^\\]+$/s;
function errno(e) {
    return e.code;
}
class TreeReader {
    root;
    maxSize;
    realRoot;
    /** Real path of each directory (relative, `/`-separated) seen so far; null when it leaves the root. */
    dirs = new Map();
    shared = Buffer.allocUnsafe(64 * 1024);
    /** The root with one trailing separator, where `/` is the separator. */
    prefix;
    constructor(root, maxSize) {
        this.root = root;
        this.maxSize = maxSize;
        this.realRoot = external_node_fs_.realpathSync.native(root);
        this.prefix = external_node_path_.sep !== '/' ? undefined : external_node_path_.join(root, '/').replace(/^\.\/$/, '');
        this.dirs.set('', this.realRoot);
    }
    /** Reads `rel` (relative to the root, `/`-separated); throws only for unexpected errors (EACCES, EIO…). */
    read(rel) {
        const slash = rel.lastIndexOf('/');
        if (slash >= 0 && this.realDir(rel.slice(0, slash)) === null)
            return 'outside';
        const abs = this.join(rel);
        let fd;
        try {
            fd = external_node_fs_.openSync(abs, OPEN_FLAGS);
        }
        catch (e) {
            const code = errno(e);
            // ELOOP: the file itself is a symbolic link (EMLINK is how FreeBSD says it).
            if (code === 'ELOOP' || code === 'EMLINK')
                return this.readLink(abs);
            return this.openFailure(e);
        }
        return this.readOpen(fd);
    }
    /**
     * `path.join(root, rel)`, without its normalising pass for the paths a listing gives (no `.`,
     * `..` or empty component, `/` separators): on 46,000 files the join cost more than the close.
     */
    join(rel) {
        return this.prefix !== undefined && PLAIN.test(rel) ? this.prefix + rel : external_node_path_.join(this.root, rel);
    }
    /** A file that is a symbolic link: read its target only when that is inside the root. */
    readLink(abs) {
        let target;
        try {
            target = external_node_fs_.realpathSync.native(abs);
        }
        catch (e) {
            return errno(e) === 'ENOENT' ? 'missing' : 'outside'; // dangling, or a loop
        }
        if (!(0,files/* isInside */.FK)(this.realRoot, target))
            return 'outside';
        let fd;
        try {
            fd = external_node_fs_.openSync(target, OPEN_FLAGS);
        }
        catch (e) {
            return this.openFailure(e);
        }
        return this.readOpen(fd);
    }
    openFailure(e) {
        switch (errno(e)) {
            case 'ENOENT':
            case 'ENOTDIR':
                return 'missing';
            case 'ENXIO': // a Unix socket: open(2) refuses it
                return 'special';
            default:
                throw e;
        }
    }
    readOpen(fd) {
        try {
            const st = external_node_fs_.fstatSync(fd);
            if (!st.isFile())
                return 'special';
            const size = st.size;
            if (size > this.maxSize)
                return 'too-large';
            let buf = this.shared;
            if (size > buf.length) {
                buf = Buffer.allocUnsafe(size);
                if (size <= SHARED_BUFFER_MAX)
                    this.shared = buf;
            }
            let off = 0;
            while (off < size) {
                const n = external_node_fs_.readSync(fd, buf, off, size - off, off);
                if (n === 0)
                    break; // shrank since the fstat
                off += n;
            }
            return buf.subarray(0, off);
        }
        finally {
            external_node_fs_.closeSync(fd);
        }
    }
    /**
     * The real path of a directory under the root, or null when it (or a directory above it) is a
     * link that leads out. O_NOFOLLOW guards only a path's last component, so the directories above
     * a file are checked here, once each: one lstat, and a realpath only for a link.
     */
    realDir(dir) {
        const known = this.dirs.get(dir);
        if (known !== undefined)
            return known;
        const slash = dir.lastIndexOf('/');
        const parent = this.realDir(slash >= 0 ? dir.slice(0, slash) : '');
        let real = null;
        if (parent !== null) {
            const abs = external_node_path_.join(this.root, dir);
            const st = external_node_fs_.lstatSync(abs, { throwIfNoEntry: false });
            if (st?.isSymbolicLink()) {
                try {
                    const target = external_node_fs_.realpathSync.native(abs);
                    real = (0,files/* isInside */.FK)(this.realRoot, target) ? target : null;
                }
                catch {
                    real = null; // dangling or a loop: nothing under it is read
                }
            }
            else {
                // Not a link (or gone: the open then fails with ENOENT): its real path follows its parent's.
                real = external_node_path_.join(parent, dir.slice(slash + 1));
            }
        }
        this.dirs.set(dir, real);
        return real;
    }
}

// EXTERNAL MODULE: ./src/scan/source.ts + 1 modules
var source = __webpack_require__(3740);
// EXTERNAL MODULE: ./src/shard.ts
var src_shard = __webpack_require__(7903);
;// CONCATENATED MODULE: ./src/scan/scan.ts


/**
 * The repository scan: enumerate files, pick the rules for each, read only files that can hold a
 * setting, run the rules, and sort the findings. Plain synchronous I/O: on a 40,000-file tree it
 * is faster than juggling promises, and the keyword prefilter keeps most files from being decoded.
 */











function compareFindings(a, b) {
    return ((0,policy/* severityRank */.qs)(a.severity) - (0,policy/* severityRank */.qs)(b.severity) ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column);
}
/**
 * Findings kept per file (see checkFileBounded): past this a file is generated or hostile, and the
 * rest are counted in the stats instead of costing ~1 KiB each.
 */
const FINDINGS_PER_FILE = 1000;
/** The counter for each reason a listed file was not read. */
const SKIPPED_AS = { 'too-large': 'tooLarge', special: 'special', outside: 'outsideLinks' };
/**
 * Files a thread claims at a time from the list the threads share. Small enough that the threads
 * finish together (a worker that starts ~150 ms late, or runs on a busier core, takes fewer
 * chunks), large enough that claiming costs nothing.
 */
const CHUNK = 64;
/**
 * The files this thread scans: with a shared `cursor`, chunks of the list claimed one after the
 * other (every thread gets the whole list and the same cursor, so each file is scanned once, by
 * whichever thread claims it); without one, every file.
 */
function* claimed(files, cursor) {
    if (!cursor) {
        yield* files;
        return;
    }
    for (let start = Atomics.add(cursor, 0, CHUNK); start < files.length; start = Atomics.add(cursor, 0, CHUNK)) {
        const end = Math.min(start + CHUNK, files.length);
        for (let i = start; i < end; i++)
            yield files[i];
    }
}
/**
 * The per-file loop: classify, select rules, read, prefilter, check. Runs in any thread; with a
 * `cursor` (an Int32Array on a SharedArrayBuffer, starting at 0) shared by the threads, on the
 * files this thread claims.
 */
function scanFiles(files, opts, cursor) {
    const index = new engine/* RuleIndex */.PR(opts.rules);
    const reader = new TreeReader(opts.root, opts.maxFileSize);
    const findings = [];
    const errors = [];
    const truncated = [];
    const n = {
        read: 0,
        binary: 0,
        tooLarge: 0,
        documentation: 0,
        special: 0,
        outsideLinks: 0,
        omittedFindings: 0,
    };
    for (const rel of claimed(files, cursor)) {
        const kind = (0,file_kinds/* classify */.L8)(rel);
        if (kind === 'prose' && !opts.includeDocs) {
            n.documentation++;
            continue;
        }
        const selection = index.select({ kind, name: (0,file_kinds/* logicalName */.rQ)(rel), path: rel });
        if (!selection.keywords)
            continue;
        let bytes;
        try {
            bytes = reader.read(rel);
        }
        catch (e) {
            errors.push({ file: rel, message: e.code ?? String(e) });
            continue;
        }
        if (typeof bytes === 'string') {
            if (bytes !== 'missing')
                n[SKIPPED_AS[bytes]]++; // missing: in git's index, deleted from the work tree
            continue;
        }
        n.read++;
        if ((0,source/* looksBinary */.Wb)(bytes)) {
            n.binary++;
            continue;
        }
        // Keywords are ASCII: test them on a one-byte-per-char view before paying for UTF-8 decoding.
        const utf16 = bytes.length >= 2 && (bytes[0] === 0xff || bytes[0] === 0xfe);
        const latin1 = utf16 ? undefined : bytes.toString('latin1');
        if (latin1 !== undefined && !selection.keywords.test(latin1))
            continue;
        // ASCII reads the same as Latin-1 and as UTF-8: keep the string already made.
        const file = new source/* SourceFile */.sC(rel, latin1 !== undefined && (0,external_node_buffer_.isAscii)(bytes) ? latin1 : (0,source/* decode */.D4)(bytes), kind);
        const checked = (0,engine/* checkFileBounded */.KD)(file, selection, opts.policy, FINDINGS_PER_FILE, opts.facts ?? context/* NO_FACTS */.Kj);
        // A loop, not push(...): a spread of 125,000 arguments overflows the stack.
        for (const f of checked.findings)
            findings.push(f);
        if (checked.omitted > 0) {
            n.omittedFindings += checked.omitted;
            const [firstLine, lastLine] = checked.omittedLines;
            truncated.push({ file: rel, omitted: checked.omitted, firstLine, lastLine });
        }
    }
    return { findings, errors, truncated, ...n };
}
/**
 * The repository's facts, once per scan: the root `.gitattributes` (a regular file inside the root,
 * bounded; anything else is ignored) and the TLS stacks the file list holds.
 */
function repositoryFacts(root, files) {
    let attributes = [];
    try {
        // Git reads no .gitattributes through a link; otherwise read like any scanned file (bounded,
        // a regular file inside the root).
        if (external_node_fs_.lstatSync(external_node_path_.join(root, '.gitattributes')).isFile()) {
            const got = new TreeReader(root, gitattributes/* ATTRIBUTES_MAX_BYTES */.VG * 4).read('.gitattributes');
            if (Buffer.isBuffer(got))
                attributes = (0,gitattributes/* parseGitAttributes */.VW)(got.toString('utf8'));
        }
    }
    catch {
        // Unreadable: no attributes.
    }
    const tlsStacks = findTlsStacks(files);
    return attributes.length || tlsStacks.length ? { attributes, tlsStacks } : context/* NO_FACTS */.Kj;
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
        const all = await (0,files/* enumerateAsync */.th)(opts.root, opts.paths, opts.exclude, (tracked) => {
            if (enough(tracked) && !opts.shard)
                warm();
        });
        const listed = opts.shard ? shareOf(all, opts.shard) : all;
        const share = {
            ...opts,
            rules: listed.files.length ? await rules.load() : [],
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
        return merge(parts, listed, rules.count, started);
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
function merge(parts, listed, ruleCount, started) {
    const findings = parts.flatMap((p) => p.findings).sort(compareFindings);
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
        this.text = LONE_CR.test(text) ? text.replace(LONE_CR_ALL, '\n') : text;
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
    /** This file read as `code` (same length: offsets and lines hold), for a rule's own view of it. */
    withCode(code) {
        const view = new SourceFile(this.path, this.text, this.kind);
        view.masked = code;
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

/***/ 9462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kl: () => (/* binding */ IS_SCAN_WORKER),
/* harmony export */   isScanWorker: () => (/* binding */ isScanWorker),
/* harmony export */   setWorkerEntry: () => (/* binding */ setWorkerEntry),
/* harmony export */   xA: () => (/* binding */ workerEntry),
/* harmony export */   zd: () => (/* binding */ SCAN_WORKER_MARK)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Which file a scan worker thread starts, and whether this thread is one. By default the module
 * that asks (in a one-file bundle, the bundle); an entry that loads the rest of the bundle as
 * chunks names itself here first, because a chunk's own URL cannot be started as a worker. Kept
 * apart from scan/workers.ts so that an entry can ask without loading the scanner.
 */

/** The workerData key that marks a scan worker (scan/workers.ts). */
const SCAN_WORKER_MARK = 'tlsFloorScanShare';
/**
 * Whether this thread is a scan worker: an entry then loads only the scan (scan/workers.ts), not
 * the command line or the action around it.
 */
function isScanWorker() {
    return !node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.[SCAN_WORKER_MARK] === true;
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
/* harmony export */   IS_SCAN_WORKER: () => (/* reexport safe */ _worker_entry_js__WEBPACK_IMPORTED_MODULE_4__.Kl),
/* harmony export */   workerPool: () => (/* binding */ workerPool)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7886);
/* harmony import */ var _worker_entry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9462);
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
    const url = (0,_worker_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .workerEntry */ .xA)(import.meta.url);
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
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker(entry, { workerData: { [_worker_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .SCAN_WORKER_MARK */ .zd]: true } });
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
if (_worker_entry_js__WEBPACK_IMPORTED_MODULE_4__/* .IS_SCAN_WORKER */ .Kl) {
    // Loaded here, not at the top: the action's entry loads this module in every run that scans,
    // rules or not. A worker starts loading them at once, while the main thread is still listing.
    const loading = __webpack_require__.e(/* import() */ 275).then(__webpack_require__.bind(__webpack_require__, 2275));
    node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.parentPort.once('message', async (share) => {
        const { RULES } = await loading;
        const ids = new Set(share.ruleIds);
        node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.parentPort.postMessage((0,_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanFiles */ .Tu)(share.files ? share.files.split('\0') : [], {
            root: share.root,
            maxFileSize: share.maxFileSize,
            includeDocs: share.includeDocs,
            policy: share.policy,
            rules: RULES.filter((r) => ids.has(r.meta.id)),
            facts: share.facts,
        }, share.cursor));
    });
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/**
 * Splitting the work of one run across the jobs of a GitHub `strategy.matrix`: `shard: 2/8` takes
 * the endpoints (and files) whose stable hash falls in the second of eight buckets. The hash of an
 * item's identity, not its position, decides: every item lands in exactly one shard whatever the
 * order or the other items of the list, and in the same one every night.
 */


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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest().readUInt32BE(0) % count;
}
function inShard(key, shard) {
    return !shard || bucketOf(key, shard.count) === shard.index - 1;
}
/** An endpoint's identity for sharding: what is probed, not how it was spelled or named. */
function endpointKey(e) {
    return `${e.starttls ?? 'tls'}|${e.host.toLowerCase()}|${e.port}|${e.sni?.toLowerCase() ?? ''}`;
}


/***/ }),

/***/ 7902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ below),
/* harmony export */   S8: () => (/* binding */ VERSIONS),
/* harmony export */   Tu: () => (/* binding */ atMost),
/* harmony export */   Vm: () => (/* binding */ versionIndex),
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


/***/ })

};
