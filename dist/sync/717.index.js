export const id = 717;
export const ids = [717];
export const modules = {

/***/ 717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   blobLocationsCache: () => (/* binding */ blobLocationsCache),
/* harmony export */   cacheServiceConfigured: () => (/* binding */ cacheServiceConfigured),
/* harmony export */   loadCacheApi: () => (/* binding */ loadCacheApi),
/* harmony export */   readBlobLocations: () => (/* binding */ readBlobLocations),
/* harmony export */   restoreBlobLocations: () => (/* binding */ restoreBlobLocations),
/* harmony export */   saveBlobLocations: () => (/* binding */ saveBlobLocations)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _sync_blob_locations_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7625);
// The sync action's memory of which target repositories hold which blobs, kept across runs with @actions/cache:
// restored into a small JSON file before the run, saved after it under a key of its own (cache entries are
// immutable). The file lives in the runner's temporary directory, so a run without the cache service still reads
// and writes it there and nothing else changes. A cache is never a reason to fail a sync: every problem is a
// debug line or a warning, and the run goes on without the memory.





/** Bumped when the file's meaning changes, so old entries are not restored. */
const KEY_VERSION = 'v1';
/**
 * Where the memory of this config lives. The key names the config path and a hash of the target registries (a
 * config that moves to other registries starts afresh); `run` makes this run's key unique (run id, attempt, shard).
 */
function blobLocationsCache(configPath, targetRegistries, run, directory) {
    const registries = [...new Set(targetRegistries)].sort();
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([configPath, registries]))
        .digest('hex')
        .slice(0, 16);
    // Keys may not hold commas; the config path is kept readable for whoever browses the repository's caches.
    const readable = configPath.replace(/[^A-Za-z0-9._/-]+/g, '_').slice(-100);
    const prefix = `hoist-sync-blobs-${KEY_VERSION}-${readable}-${hash}-`;
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(directory ?? process.env['RUNNER_TEMP'] ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'hoist-sync', `blob-locations-${hash}.json`);
    return { file, prefix, key: `${prefix}${run.replace(/[^A-Za-z0-9._-]+/g, '_')}` };
}
/** Whether the runner may offer the cache service, checked without loading @actions/cache (its own check decides). */
function cacheServiceConfigured(env = process.env) {
    return Boolean(env['ACTIONS_CACHE_URL'] || env['ACTIONS_RESULTS_URL']);
}
/** Restore the file (when the service is there) and read it: remembered locations, or an empty memory. */
async function restoreBlobLocations(cache, logger, api) {
    const service = await api();
    if (service === undefined) {
        logger.debug(`The Actions cache service is not configured (no ACTIONS_CACHE_URL or ACTIONS_RESULTS_URL): no cache; blob locations are kept in ${cache.file} for this job only.`);
    }
    else {
        try {
            const hit = await service.restoreCache([cache.file], cache.key, [cache.prefix]);
            logger.debug(hit === undefined ? `No cached blob locations under ${cache.prefix}*.` : `Blob locations restored from cache entry ${hit}.`);
        }
        catch (error) {
            logger.warning(`hoist could not restore the remembered blob locations (${error.message}); syncing without them.`);
        }
    }
    return readBlobLocations(cache.file, logger);
}
/** The file as BlobLocations; no file (a first run), or a damaged one, is an empty memory. */
function readBlobLocations(file, logger) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
    }
    catch {
        return new _sync_blob_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .BlobLocations */ .SD();
    }
    const { locations, problem } = _sync_blob_locations_js__WEBPACK_IMPORTED_MODULE_4__/* .BlobLocations */ .SD.parse(text);
    if (problem)
        logger.warning(`${file}: ${problem}`);
    else
        logger.debug(`${locations.size} remembered blob locations read from ${file}.`);
    return locations;
}
/** Write the file and, when the service is there, save it under this run's key. */
async function saveBlobLocations(cache, locations, logger, api) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(cache.file), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(cache.file, locations.toJSON());
    }
    catch (error) {
        logger.warning(`hoist could not write the blob locations file ${cache.file} (${error.message}); the next run starts without them.`);
        return;
    }
    const service = await api();
    if (service === undefined)
        return;
    try {
        await service.saveCache([cache.file], cache.key);
        logger.debug(`${locations.size} blob locations saved to cache entry ${cache.key}.`);
    }
    catch (error) {
        logger.warning(`hoist could not save the blob locations to the cache (${error.message}); the next run starts without them.`);
    }
}
/** @actions/cache, loaded only when the service is configured (it is large, and only the sync action needs it). */
async function loadCacheApi() {
    if (!cacheServiceConfigured())
        return undefined;
    const cache = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(118), __webpack_require__.e(557)]).then(__webpack_require__.bind(__webpack_require__, 5557));
    return cache.isFeatureAvailable() ? cache : undefined;
}


/***/ }),

/***/ 7625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SD: () => (/* binding */ BlobLocations)
/* harmony export */ });
/* unused harmony exports MAX_BLOB_LOCATIONS, MAX_HINT_REPOSITORIES, BLOB_LOCATIONS_VERSION */
// Which target repositories hold which blobs, remembered across runs (the action saves it with @actions/cache), so a
// repository mirrored for the first time mounts the base layers its siblings already hold instead of uploading
// them, as Docker's own push does ("Mounted from library/…"). Only a hint: a failed mount falls back to the upload.
// The file is JSON, bounded: the most recently recorded MAX_BLOB_LOCATIONS blobs are kept, older ones forgotten.
/** Enough for dozens of repositories of hundreds of images; a few MiB of JSON at most. */
const MAX_BLOB_LOCATIONS = 20_000;
/** Sibling repositories per registry a run may mount from. */
const MAX_HINT_REPOSITORIES = 50;
/** Version of the file format; a file of another version is ignored (and rewritten). */
const BLOB_LOCATIONS_VERSION = 1;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
class BlobLocations {
    /** `registry digest` → repository, oldest first (Map keeps insertion order; a new record moves to the end). */
    #entries = new Map();
    #limit;
    constructor(limit = MAX_BLOB_LOCATIONS) {
        this.#limit = limit;
    }
    /**
     * Read a saved file. A file that is not one (damaged, another version) gives an empty memory and the reason:
     * a cache is never a reason to fail a sync.
     */
    static parse(text, limit = MAX_BLOB_LOCATIONS) {
        const locations = new BlobLocations(limit);
        let json;
        try {
            json = JSON.parse(text);
        }
        catch (error) {
            return { locations, problem: `the blob locations file is not JSON (${error.message}); starting afresh` };
        }
        const file = json;
        if (typeof file !== 'object' || file === null || file.version !== BLOB_LOCATIONS_VERSION || typeof file.registries !== 'object') {
            return { locations, problem: `the blob locations file is not version ${BLOB_LOCATIONS_VERSION} of the format; starting afresh` };
        }
        for (const [registry, blobs] of Object.entries(file.registries ?? {})) {
            if (typeof blobs !== 'object' || blobs === null)
                continue;
            for (const [digest, repository] of Object.entries(blobs)) {
                if (typeof repository === 'string' && repository !== '' && DIGEST.test(digest))
                    locations.record(registry, digest, repository);
            }
        }
        return { locations };
    }
    get size() {
        return this.#entries.size;
    }
    /** A repository of `registry` known to hold `digest`. */
    find(registry, digest) {
        return this.#entries.get(`${registry} ${digest}`);
    }
    /** `repository` of `registry` holds `digest` now; the oldest record goes when over the limit. */
    record(registry, digest, repository) {
        const key = `${registry} ${digest}`;
        this.#entries.delete(key);
        this.#entries.set(key, repository);
        if (this.#entries.size > this.#limit)
            this.#entries.delete(this.#entries.keys().next().value);
    }
    /**
     * Repositories named for `registry`, most recently recorded first, at most `limit`: their stores are opened (and
     * their pull scope declared, one token for all) up front, so the list stays short enough for a token request.
     */
    repositories(registry, limit = MAX_HINT_REPOSITORIES) {
        const names = new Set();
        const entries = [...this.#entries];
        for (let i = entries.length - 1; i >= 0 && names.size < limit; i--) {
            const [key, repository] = entries[i];
            if (key.startsWith(`${registry} `))
                names.add(repository);
        }
        return [...names];
    }
    toFile() {
        const registries = {};
        for (const [key, repository] of this.#entries) {
            const space = key.indexOf(' ');
            const registry = key.slice(0, space);
            (registries[registry] ??= {})[key.slice(space + 1)] = repository;
        }
        return { version: BLOB_LOCATIONS_VERSION, registries };
    }
    toJSON() {
        return JSON.stringify(this.toFile());
    }
}


/***/ })

};
