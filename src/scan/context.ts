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
import { classify } from './file-kinds.js';
import { linguistAttributes, type AttributeLine } from './gitattributes.js';
import type { TlsStack } from './tls-stacks.js';

export type FileContext = 'first-party' | 'test' | 'example' | 'documentation' | 'vendored' | 'tls-implementation';

export const FILE_CONTEXTS: readonly FileContext[] = ['first-party', 'test', 'example', 'documentation', 'vendored', 'tls-implementation'];

export interface Judgement {
  readonly context: FileContext;
  /** Why, in a few words: `path segment tests/`, `.gitattributes linguist-vendored`. */
  readonly why: string;
}

/** What is known about the whole repository, computed once per scan (plain data: sent to workers). */
export interface RepositoryFacts {
  /** Lines of the root `.gitattributes` that set or unset a linguist attribute, in file order. */
  readonly attributes: readonly AttributeLine[];
  /** Directories (with a trailing `/`, `''` for the root) that hold a TLS stack's own sources. */
  readonly tlsStacks: readonly TlsStack[];
}

export const NO_FACTS: RepositoryFacts = { attributes: [], tlsStacks: [] };

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
const TEST_DIR_PATTERN =
  /^(?:tests?[-_.][\w.-]+|[\w.-]+[-_.](?:tests?|specs?|testdata|fixtures?|unittests?|integrationtests?|functionaltests?))$/i;
const TEST_DIR_CAMEL = /^(?:[A-Za-z][A-Za-z0-9]*[a-z0-9](?:Tests?|Specs?)|testFixtures)$/;

/**
 * Test files by name, per ecosystem: Go, Python, Ruby, JS/TS, JVM, .NET, PHP, Swift, Elixir,
 * Erlang, C/C++, shell (bats and `*_test.sh`), Perl (`*.t`).
 */
const TEST_FILE =
  /(?:_test\.(?:go|py|rb|exs|erl|c|cc|cpp|cxx|sh|rs)|_unittest\.(?:c|cc|cpp)|_tests?\.py|_spec\.rb|^(?:test_[^/]*\.(?:py|c|cc|cpp|sh)|tests?\.py|conftest\.py|spec_helper\.rb|test_helper\.rb)|[._-](?:test|spec)\.[cm]?[jt]sx?|Tests?\.(?:java|kt|kts|scala|groovy|cs|vb|fs|php|swift)|[a-z0-9]IT\.(?:java|kt)|\wSpec\.groovy|_SUITE\.erl|\.bats|\.t)$/;

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
const TEST_CONTENT: readonly { readonly ext: RegExp; readonly re: RegExp; readonly why: string }[] = [
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
const DEFINES_VERSION =
  /(?:#[ \t]*define[ \t]+\w*(?:ssl|tls)\w*[ \t]+\(?|(?<![.>\w])\w*(?:ssl|tls)\w*['"]?[ \t]*(?::=|=|:|\()[ \t]*(?:u?int\d*\()?)$/i;

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
export function contextOf(path: string, text?: string, facts: RepositoryFacts = NO_FACTS): Judgement {
  const segments = path.split('/');
  const base = segments[segments.length - 1];
  const dirs = segments.slice(0, -1);

  const attrs = linguistAttributes(path, facts.attributes);
  if (attrs.vendored) return { context: 'vendored', why: '.gitattributes linguist-vendored' };
  if (attrs.generated) return { context: 'vendored', why: '.gitattributes linguist-generated' };
  if (attrs.documentation) return { context: 'documentation', why: '.gitattributes linguist-documentation' };
  if (attrs.vendored !== false) {
    const vendorDir = dirs.find((d) => VENDOR_DIRS.has(d.toLowerCase()));
    if (vendorDir) return { context: 'vendored', why: `path segment ${vendorDir}/` };
    if (attrs.generated !== false && GENERATED_FILE.test(base)) return { context: 'vendored', why: 'minified file' };
  }

  const testDir = dirs.find((d) => TEST_DIRS.has(d.toLowerCase()) || TEST_DIR_PATTERN.test(d) || TEST_DIR_CAMEL.test(d));
  if (testDir) return { context: 'test', why: `path segment ${testDir}/` };
  if (TEST_FILE.test(base)) return { context: 'test', why: `test file name ${base}` };
  if (text !== undefined) {
    const signal = TEST_CONTENT.find((s) => s.ext.test(base));
    if (signal && signal.re.test(text.slice(0, HEAD))) return { context: 'test', why: `content: ${signal.why}` };
  }

  if (attrs.documentation !== false) {
    const docDir = dirs.find((d) => DOC_DIRS.has(d.toLowerCase()));
    if (docDir) return { context: 'documentation', why: `path segment ${docDir}/` };
    if (classify(path) === 'prose') return { context: 'documentation', why: 'prose file' };
  }
  const exampleDir = dirs.find((d) => EXAMPLE_DIRS.has(d.toLowerCase()) || EXAMPLE_DIR_PATTERN.test(d));
  if (exampleDir) return { context: 'example', why: `path segment ${exampleDir}/` };
  if (EXAMPLE_FILE.test(base)) return { context: 'example', why: `example file name ${base}` };

  const stack = facts.tlsStacks.find((s) => path.startsWith(s.dir));
  if (stack) return { context: 'tls-implementation', why: `${stack.name} sources (${stack.dir || './'})` };
  if (text !== undefined) {
    if (/\.(?:java|kt|scala)$/.test(base) && JVM_TLS_PACKAGE.test(text.slice(0, 5000)))
      return { context: 'tls-implementation', why: 'a JVM TLS library package' };
    if (definesWireVersions(text)) return { context: 'tls-implementation', why: 'defines TLS versions by wire number' };
  }

  return { context: 'first-party', why: 'no other context applies' };
}

function definesWireVersions(text: string): boolean {
  const re = new RegExp(WIRE_NUMBER.source, 'g');
  // Bounded: a hostile file with many numbers costs at most 200 short look-behinds.
  for (let i = 0, m = re.exec(text); m && i < 200; i++, m = re.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const before = text.slice(Math.max(lineStart, m.index - 120), m.index);
    if (DEFINES_VERSION.test(before)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// In-file test regions

/**
 * Rust unit tests live in the file they test: `#[cfg(test)] mod tests { … }`. Returns the offset
 * ranges of such modules in comment-masked code (an unbalanced module runs to the end of the file).
 */
export function testRegions(path: string, code: string): readonly (readonly [number, number])[] {
  if (!path.endsWith('.rs')) return [];
  const out: [number, number][] = [];
  const re = /#\[cfg\((?:test|all\(test\b[^\]\n]*)\)\]\s*(?:#\[[^\]\n]*\]\s*)*(?:pub(?:\([\w:]+\))?\s+)?mod\s+\w+\s*\{/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < code.length && depth > 0; i++) {
      const ch = code[i];
      if (ch === '{') depth++;
      else if (ch === '}') depth--;
    }
    out.push([m.index, i]);
    re.lastIndex = i;
  }
  return out;
}
