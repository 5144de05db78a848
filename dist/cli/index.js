import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7485:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ parseCommandLine),
/* harmony export */   Ic: () => (/* binding */ MAIN_HELP),
/* harmony export */   Jr: () => (/* binding */ checkOptions),
/* harmony export */   Ql: () => (/* binding */ COMMAND_HELP),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   zZ: () => (/* binding */ isCommandName)
/* harmony export */ });
/* unused harmony export COMMAND_NAMES */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5285);
// The command line's grammar: which commands exist, which options each takes, and the help that says so.


/** Bad usage: main() prints it with a pointer to the command's help and exits 2. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
const COMMAND_NAMES = ['copy', 'merge', 'inspect', 'tags', 'sync'];
function isCommandName(name) {
    return COMMAND_NAMES.includes(name);
}
const OPTIONS = {
    platform: { type: 'string', multiple: true },
    concurrency: { type: 'string' },
    insecure: { type: 'string', multiple: true },
    username: { type: 'string' },
    'password-stdin': { type: 'boolean' },
    registry: { type: 'string' },
    filter: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'no-referrers': { type: 'boolean' },
    version: { type: 'string' },
    'floating-tags': { type: 'string' },
    overwrite: { type: 'string' },
    to: { type: 'string', multiple: true },
    annotation: { type: 'string', multiple: true },
    plan: { type: 'string' },
    shard: { type: 'string' },
    strict: { type: 'boolean' },
    'blob-locations': { type: 'string' },
    json: { type: 'boolean' },
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const SHARED = ['insecure', 'username', 'password-stdin', 'registry', 'json', 'debug', 'help'];
const ALLOWED = {
    copy: new Set(['platform', 'concurrency', 'dry-run', 'no-referrers', 'version', 'floating-tags', 'overwrite', ...SHARED]),
    merge: new Set([
        'to',
        'annotation',
        'platform',
        'concurrency',
        'dry-run',
        'no-referrers',
        'version',
        'floating-tags',
        'overwrite',
        ...SHARED,
    ]),
    inspect: new Set(['platform', ...SHARED]),
    tags: new Set(['filter', ...SHARED]),
    sync: new Set(['dry-run', 'plan', 'shard', 'strict', 'blob-locations', ...SHARED]),
};
/** Split argv into options and positionals; throws parseArgs' own error (it names the unknown option). */
function parseCommandLine(argv) {
    return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...argv], allowPositionals: true, options: OPTIONS });
}
/** Throws UsageError when an option was given that `command` does not take. */
function checkOptions(command, values) {
    for (const name of Object.keys(values)) {
        if (!ALLOWED[command].has(name))
            throw new UsageError(`--${name} is not an option of "hoist ${command}"`);
    }
}
const COMMON = `Credentials come from Docker's config.json ($DOCKER_CONFIG or ~/.docker), as "docker login" writes it,
or from --username with --password-stdin (for --registry, default: the first target's registry).
Exit codes: 0 done, 1 failed, 2 bad usage.`;
const MAIN_HELP = `Usage: hoist <command> [options]

Commands:
  copy SOURCE TARGET...   copy an image, pushing only what each target lacks and keeping every digest
  merge SOURCE... --to T  one multi-platform index from per-platform images (and indexes), pushed to T
  inspect REF             digest, media type, platforms, layers and sizes, and the image history
  tags REF                the repository's tags
  sync CONFIG             mirror repositories by tag filters, as a sync config says; shardable over a matrix

Run "hoist <command> --help" for a command's options.`;
const COMMAND_HELP = {
    copy: `Usage: hoist copy SOURCE TARGET... [options]

Copy an image between OCI registries: blobs the target has are skipped, blobs elsewhere in the same registry are
mounted, the rest are streamed and verified; manifests keep their exact bytes, so digests do not change.
Targets in one repository share their blob work: the table shows it on the first of them.

Options:
  --platform LIST          keep only these platforms of a multi-platform source (os/arch[/variant], comma-separated)
  --dry-run                ask the targets what they have and report what would move; write nothing
  --no-referrers           do not copy signatures, attestations and SBOMs that refer to the image
  --version VERSION        a release (semver, e.g. v1.2.3): a TARGET written without a tag gets the version's tags
  --floating-tags LIST     with --version: minor,major,latest (default), a subset, or none
  --overwrite POLICY       always (default), or never: a tag that points at other bytes fails its target
  --concurrency N          parallel blob transfers, 1 to ${_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_CONCURRENCY */ .f} (default ${_defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONCURRENCY */ .W})
  --insecure REGISTRY      allow plain HTTP or unverified TLS for REGISTRY (repeatable)
  --username USER          username for --registry; the password is read from stdin with --password-stdin
  --password-stdin         read the password (or token) from standard input
  --registry REGISTRY      the registry --username is for (default: the first target's)
  --json                   print the result as JSON (the action's "result" output)
  --debug                  print per-blob detail
  -h, --help               show this help

${COMMON}`,
    merge: `Usage: hoist merge SOURCE... --to TARGET [--to TARGET ...] [options]

Build one multi-platform index from per-platform images (their platform is read from each config) and indexes
(all their entries, attestations included), in the order given, and push it to every TARGET with the content of
each source. The same sources always give the same index, so a re-run is unchanged. Sources may live in any
registries and files (oci:DIR, oci-archive:FILE, docker-archive:FILE).

Options:
  --to TARGET              where the index goes (repeatable)
  --annotation KEY=VALUE   an annotation on the index, e.g. org.opencontainers.image.description=… (repeatable)
  --platform LIST          keep only these platforms of the merged set
  --dry-run, --no-referrers, --version, --floating-tags, --overwrite, --concurrency   as for copy
  --insecure REGISTRY, --username USER, --password-stdin, --registry REGISTRY, --json, --debug   as for copy
  -h, --help               show this help

${COMMON}`,
    inspect: `Usage: hoist inspect REF [options]

Show an image: digest, media type, platforms, and per image its layers, sizes and history.

Options:
  --platform PLATFORM      only this platform of a multi-platform image
  --insecure REGISTRY      allow plain HTTP or unverified TLS for REGISTRY (repeatable)
  --username USER, --password-stdin, --registry REGISTRY   credentials, as for copy
  --json                   print JSON
  -h, --help               show this help

${COMMON}`,
    sync: `Usage: hoist sync CONFIG [options]

Mirror repositories as the YAML sync config says (entries of source, target, tags filters, platforms, referrers,
concurrency, prune). An unchanged tag costs one HEAD on each side; only what differs is read and copied, tags of one
digest together, and a blob crosses the wire once per target registry. A source that reports a pull allowance
(Docker Hub's ratelimit-remaining) is never exhausted: the run stops short, says what it left, and succeeds.
prune: true deletes target tags the selection no longer holds; a registry deletes by digest, so a tag that shares
its digest with a kept tag stays (and is listed as kept).

Options:
  --dry-run                list what would be copied and pruned; write nothing
  --plan N                 print the matrix for N shards ({"include":[{"shard":"1/N"},…]}), with the split on stderr
  --shard I/N              sync shard I of N (1-based); every job of a matrix computes the same split
  --strict                 exit 1 when the pull allowance stopped the run
  --blob-locations FILE    remember which target repositories hold which blobs (read, then rewritten), so a new
                           repository mounts shared layers from its siblings; the action keeps it in @actions/cache
  --insecure REGISTRY      allow plain HTTP or unverified TLS for REGISTRY (repeatable)
  --username USER, --password-stdin, --registry REGISTRY   credentials, as for copy (default: the first target's registry)
  --json                   print the result as JSON (with --plan: the whole plan, matrix included)
  --debug                  print per-blob detail
  -h, --help               show this help

Exit codes: 0 done, 1 a tag failed (or --strict and the allowance stopped the run), 2 bad usage or a bad config.`,
    tags: `Usage: hoist tags REF [options]

List a repository's tags (all pages), optionally filtered.

Options:
  --filter REGEX           only tags matching this regular expression
  --insecure REGISTRY      allow plain HTTP or unverified TLS for REGISTRY (repeatable)
  --username USER, --password-stdin, --registry REGISTRY   credentials, as for copy
  --json                   print a JSON array
  -h, --help               show this help

${COMMON}`,
};


/***/ }),

/***/ 5285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   f: () => (/* binding */ MAX_CONCURRENCY)
/* harmony export */ });
// Defaults that several edges state (action.yml's docs, the action's inputs, the CLI's flags): defined once here;
// a test holds action.yml and the README to them.
/** Parallel blob transfers when the user does not say. */
const DEFAULT_CONCURRENCY = 8;
/** More than this many transfers at once only queues on the registries' connection limits. */
const MAX_CONCURRENCY = 64;


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

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

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

/***/ 643:
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

/***/ 8321:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/consumers");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

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

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3785:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("readline");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main),
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/v8-tuning.ts
// Two V8 settings, set once at start by the action and the CLI. Both flags are V8's own: if a Node release drops
// one, V8 prints "unrecognized flag" rather than failing (test/unit/v8-tuning.test.ts watches for that).

const V8_FLAGS = [
    // Every 64 KiB socket read of a streamed blob leaves a dead Buffer; with so little JavaScript allocation per chunk,
    // young-generation collections (scavenges) hardly ran and the dead buffers piled up until V8's external-memory
    // limit forced full mark-sweeps. Scavenging at 20% of the young generation instead of 80% frees them young and
    // cheaply. One 512 MiB blob, 8 interleaved runs: CPU 1.14 -> 0.99 s, peak RSS 157 -> 96 MiB; neutral on many
    // small blobs and at start-up.
    '--minor-gc-task-trigger=20',
    // undici parses HTTP with llhttp compiled to WebAssembly. After a handful of responses V8 starts recompiling its
    // parser function with TurboFan on a background thread, and the process cannot exit before that job ends: ~30 ms
    // at the end of every short run (a no-op promotion: 115 -> 86 ms wall, 30 interleaved runs). The baseline
    // (Liftoff) code is enough for hoist's traffic: one 512 MiB blob took the same CPU with and without the flag
    // (1.05 s, 8 interleaved runs), and the 40-layer promotion and the fan-out benchmarks did not move.
    '--wasm-tiering-budget=2000000000',
];
function tuneV8() {
    for (const flag of V8_FLAGS)
        (0,external_node_v8_namespaceObject.setFlagsFromString)(flag);
}

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/cli/compile-cache.ts
// The CLI keeps V8's compiled code for its bundle between runs (Node's module compile cache), as tsc and npm do.
// Parsing and compiling the chunks a copy loads (undici's public entry alone is 936 KB) is ~35 ms of every short run;
// from the cache it is a few. The first run after an install or upgrade fills it. The action does not use it: a
// hosted runner starts each job on a fresh machine, so it would only pay for writing the cache.



/** Where the cache lives: the user's own cache folder, not the shared temporary one (another user could plant code there). */
function compileCacheDir(env = process.env) {
    const base = env['XDG_CACHE_HOME'] || (process.platform === 'win32' ? env['LOCALAPPDATA'] : undefined) || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache');
    return (0,external_node_path_.join)(base, 'hoist', 'v8');
}
/**
 * Turns the cache on for every module loaded from here on. Node skips it when NODE_DISABLE_COMPILE_CACHE is set and
 * reports (never throws) when the folder cannot be written; a run without the cache is only slower.
 */
function useCompileCache(env = process.env) {
    (0,external_node_module_namespaceObject.enableCompileCache)(compileCacheDir(env));
}

;// CONCATENATED MODULE: ./src/cli/io.ts
const processIo = {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: async () => {
        const chunks = [];
        for await (const chunk of process.stdin)
            chunks.push(chunk);
        return Buffer.concat(chunks).toString('utf8');
    },
};
/** Everything the engine says goes to stderr, so stdout holds only the result (a table or JSON). */
function consoleLogger(io, debug) {
    return {
        debug: (m) => {
            if (debug)
                io.stderr.write(`  ${m}\n`);
        },
        info: (m) => io.stderr.write(`${m}\n`),
        warning: (m) => io.stderr.write(`warning: ${m}\n`),
        error: (m) => io.stderr.write(`error: ${m}\n`),
    };
}

// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __nccwpck_require__(7485);
;// CONCATENATED MODULE: ./src/cli/index.ts
// hoist's command line (copy | merge | inspect | tags | sync) over the action's engine: parse, dispatch, and turn the outcome
// into an exit code: 0 done, 1 failed, 2 bad usage.






// Each command's module loads when it runs: a copy never parses the sync's YAML library or the file stores' tar code.
const COMMANDS = {
    copy: () => Promise.all(/* import() */[__nccwpck_require__.e(469), __nccwpck_require__.e(902), __nccwpck_require__.e(957), __nccwpck_require__.e(686)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7686)).then((m) => m.copyCommand),
    merge: () => Promise.all(/* import() */[__nccwpck_require__.e(469), __nccwpck_require__.e(902), __nccwpck_require__.e(957), __nccwpck_require__.e(686)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7686)).then((m) => m.mergeCommand),
    inspect: () => Promise.all(/* import() */[__nccwpck_require__.e(902), __nccwpck_require__.e(472)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8472)).then((m) => m.inspectCommand),
    tags: () => Promise.all(/* import() */[__nccwpck_require__.e(902), __nccwpck_require__.e(233)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2233)).then((m) => m.tagsCommand),
    sync: () => Promise.all(/* import() */[__nccwpck_require__.e(469), __nccwpck_require__.e(110), __nccwpck_require__.e(902), __nccwpck_require__.e(957), __nccwpck_require__.e(464)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4464)).then((m) => m.syncCommand),
};
async function main(argv, io = processIo) {
    tuneV8();
    let parsed;
    try {
        parsed = (0,usage/* parseCommandLine */.Du)(argv);
    }
    catch (error) {
        io.stderr.write(`hoist: ${error.message}\n\nRun "hoist --help" for usage.\n`);
        return 2;
    }
    const { values, positionals } = parsed;
    const [command, ...rest] = positionals;
    if (!(0,usage/* isCommandName */.zZ)(command)) {
        if (values.help || command === 'help') {
            io.stdout.write(`${usage/* MAIN_HELP */.Ic}\n`);
            return 0;
        }
        io.stderr.write(`hoist: ${command === undefined ? 'a command is required' : `unknown command "${command}"`}\n\n${usage/* MAIN_HELP */.Ic}\n`);
        return 2;
    }
    if (values.help) {
        io.stdout.write(`${usage/* COMMAND_HELP */.Ql[command]}\n`);
        return 0;
    }
    const logger = consoleLogger(io, values.debug === true);
    try {
        (0,usage/* checkOptions */.Jr)(command, values);
        return await (await COMMANDS[command]())(rest, values, io, logger);
    }
    catch (error) {
        if (error instanceof usage/* UsageError */.eb) {
            io.stderr.write(`hoist: ${error.message}\n\nRun "hoist ${command} --help" for usage.\n`);
            return 2;
        }
        io.stderr.write(`hoist: ${error.message}\n`);
        return 1;
    }
}
/** The CLI as a process runs it (`bin/hoist.js`, `node dist/cli/index.js`): with the compile cache, setting the exit code. */
async function run(argv) {
    useCompileCache();
    try {
        process.exitCode = await main(argv);
    }
    catch (error) {
        process.stderr.write(`hoist: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exitCode = 1;
    }
}
// Run when executed directly (`node src/cli/index.ts`, `node dist/cli/index.js`); bin/hoist.js calls run() and tests main().
if (process.argv[1] !== undefined && import.meta.url === (0,external_node_url_.pathToFileURL)((0,external_node_fs_.realpathSync)(process.argv[1])).href) {
    void run(process.argv.slice(2));
}

var __webpack_exports__main = __webpack_exports__.i;
var __webpack_exports__run = __webpack_exports__.e;
export { __webpack_exports__main as main, __webpack_exports__run as run };
