#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 321:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ helpText),
/* harmony export */   L: () => (/* binding */ COMMANDS)
/* harmony export */ });
/**
 * The CLI's help, apart from everything else: `tls-floor --help` and `tls-floor scan --help` are
 * answered by the bundle's entry before the scanner, the prober and their rules are loaded.
 */
const COMMANDS = ['scan', 'fix', 'probe', 'rules', 'merge'];
const USAGE = {
    scan: 'tls-floor scan [paths…] [options]',
    fix: 'tls-floor fix [paths…] [--dry-run] [options]',
    probe: 'tls-floor probe [endpoints…] [options]',
    rules: 'tls-floor rules [--format text|json|markdown]',
    merge: 'tls-floor merge report-*.json [--format text|json|sarif] [--output FILE] [--badge-dir DIR]',
};
const ABOUT = {
    scan: 'scan   finds configuration and code that enables SSLv3, TLS 1.0 or TLS 1.1.',
    fix: `fix    applies the mechanical fixes of a scan in place (--dry-run: only print them);
       what cannot be fixed mechanically is listed and left alone.`,
    probe: `probe  asks servers which versions they accept, with hand-built handshakes
       (endpoints: host, host:port, [v6]:port, https://host, smtp://host, submission://,
       imap://, pop3://, ftp://, ldap://, xmpp://, postgres://, mysql:// …, ?sni=NAME;
       without arguments, the endpoints of the config file).`,
    rules: 'rules  lists the rules the scan applies.',
    merge: `merge  joins the JSON reports of shards (--shard i/n) into one verdict, report and badge;
       refuses reports of other versions or settings, and a shard given twice or missing.`,
};
/** Each option once, with the commands it applies to: the global help and each command's help are made from it. */
const OPTIONS = [
    ['--format text|json|sarif', 'output format on stdout (default: text; probe: text or json)', ['scan', 'probe', 'merge']],
    ['--format text|json|markdown', 'how to list the rules (default: text)', ['rules']],
    ['--output FILE', 'write the report to FILE instead of stdout (.sarif → SARIF)', ['scan', 'probe', 'merge']],
    ['--shard i/n', 'take only the i-th of n shares of the endpoints and files (for a job matrix)', ['scan', 'probe']],
    ['--previous-report FILE', 'a JSON report of an earlier run: the report says what changed since', ['scan', 'probe']],
    ['--badge-dir DIR', 'merge: also write the badge (tls-floor.svg, tls-floor.json) into DIR', ['merge']],
    ['--min-version V', 'lowest allowed version: TLSv1.2 (default) or TLSv1.3', ['scan', 'fix', 'probe']],
    ['--fail-on error|warning|note', 'least severe finding that fails (default: error)', ['scan', 'fix']],
    ['--config FILE', 'config file (default: .github/tls-floor.yml under the root)', ['scan', 'fix', 'probe']],
    ['--root DIR', 'directory that paths and reports are relative to (default: .)', ['scan', 'fix', 'probe']],
    ['--exclude GLOB', 'skip matching files (repeatable)', ['scan', 'fix']],
    ['--max-file-size SIZE', 'skip larger files (default: 1MiB)', ['scan', 'fix']],
    ['--no-fail', 'exit 0 even when legacy TLS is found', ['scan', 'fix', 'probe', 'merge']],
    [
        '--diff REF',
        'judge only what changed since the merge base of REF and HEAD (commits, staged, unstaged and untracked files count as new)',
        ['scan', 'fix'],
    ],
    ['--filter-mode MODE', 'with --diff: added (default), diff_context, file or nofilter', ['scan', 'fix']],
    ['--fail-scope new|all', 'with --diff: what fails (default: new)', ['scan', 'fix']],
    ['--tests LEVEL', 'findings in tests: error, warning, note (default) or off', ['scan', 'fix']],
    ['--examples LEVEL', 'findings in examples: error, warning, note (default) or off', ['scan', 'fix']],
    ['--documentation LEVEL', 'findings in documentation: error, warning, note (default) or off', ['scan', 'fix']],
    ['--vendored LEVEL', 'findings in vendored or generated code: error, warning, note (default) or off', ['scan', 'fix']],
    ['--tls-implementation LEVEL', "findings in a TLS stack's own code: error, warning, note (default) or off", ['scan', 'fix']],
    ['--timeout S', 'probe: seconds per connection (default: 5)', ['probe']],
    ['--concurrency N', 'probe: connections at once (default: 64)', ['probe']],
    ['--per-host-concurrency N', 'probe: connections at once to one address (default: 6)', ['probe']],
    ['--dry-run', 'fix: print the changes without writing them', ['fix']],
    ['--allow-unreachable', 'probe: endpoints that cannot be checked do not fail', ['probe']],
    ['--allow-unreadable', 'scan: files and directories that cannot be read do not fail', ['scan', 'fix']],
];
const EXIT_CODES = `Exit codes: 0 pass, 1 legacy TLS found, 2 usage or configuration error,
            3 something could not be checked (unreachable endpoints, no answer, STARTTLS refused,
              files or directories that could not be read) and the settings say that fails,
            4 internal error (a bug in tls-floor: please report it).`;
function optionLines(command) {
    // The global help leaves out what only `rules` takes: its usage line shows it.
    const shown = OPTIONS.filter(([, , commands]) => (command ? commands.includes(command) : commands.some((c) => c !== 'rules')));
    return [
        ...shown.map(([flag, text]) => `  ${flag.padEnd(31)}${text}`),
        `  ${'-h, --help'.padEnd(31)}show this help`,
        ...(command ? [] : [`  ${'-v, --version'.padEnd(31)}show the version`]),
    ];
}
/** The help: every command, or one command's usage and options (`tls-floor scan --help`). */
function helpText(command) {
    const commands = command ? [command] : COMMANDS;
    return [
        `Usage: ${commands.map((c) => USAGE[c]).join('\n       ')}`,
        '',
        ...commands.filter((c) => c !== 'rules' || command).map((c) => ABOUT[c]),
        '',
        'Options:',
        ...optionLines(command),
        ...(command === 'rules' ? [] : ['', EXIT_CODES]),
    ].join('\n');
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

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 1553:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

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

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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
var __webpack_exports__ = {};
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cli_help_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(321);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(311);
/**
 * The CLI bundle's entry. It answers `--version` and `--help` before anything else loads (not even
 * node:worker_threads: a scan worker, which starts this file too, has no arguments, so it never
 * takes those branches), turns on Node's module compile cache where Node has one (≥ 22.1: later
 * runs skip compiling the bundle), records which file scan workers must start, and only then loads
 * the CLI (a separate chunk of the bundle).
 */



/**
 * Writes to fd 1 directly: `process.stdout` is built on first use, and for a pipe that loads the
 * net and stream modules — a third of what `--version` would cost. What the descriptor refuses (a
 * full non-blocking pipe) goes through `process.stdout`, as before.
 */
function print(text) {
    const bytes = Buffer.from(text);
    let written = 0;
    try {
        while (written < bytes.length)
            written += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(1, bytes, written);
    }
    catch {
        process.stdout.write(bytes.subarray(written));
    }
}
const args = process.argv.slice(2);
const isHelp = (a) => a === '--help' || a === '-h';
const command = _cli_help_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .L.find((c) => c === args[0]);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
    print(`${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL_VERSION */ .wr}\n`);
}
else if ((args.length === 1 && isHelp(args[0])) || (args.length === 2 && command && isHelp(args[1]))) {
    print(`${(0,_cli_help_js__WEBPACK_IMPORTED_MODULE_1__/* .helpText */ .B)(args.length === 2 ? command : undefined)}\n`);
}
else {
    // Not awaited: a module without top-level await is evaluated without the bundler's async wrapper.
    void (async () => {
        const { isScanWorker, setWorkerEntry } = await __nccwpck_require__.e(/* import() */ 462).then(__nccwpck_require__.bind(__nccwpck_require__, 9462));
        // A scan worker scans its share: the command line (and the probe, the reports) would only cost it time.
        if (isScanWorker()) {
            await __nccwpck_require__.e(/* import() */ 286).then(__nccwpck_require__.bind(__nccwpck_require__, 3286));
            return;
        }
        const module = (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8995, 23)));
        module.enableCompileCache?.();
        // Inside a chunk `import.meta.url` names the chunk, which cannot be started as a worker.
        setWorkerEntry(import.meta.url);
        await Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(418), __nccwpck_require__.e(438), __nccwpck_require__.e(581)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5581));
    })();
}

