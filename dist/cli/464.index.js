export const id = 464;
export const ids = [464];
export const modules = {

/***/ 4464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  syncCommand: () => (/* binding */ syncCommand),
  syncReport: () => (/* binding */ syncReport)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/display.ts
var display = __webpack_require__(4857);
;// CONCATENATED MODULE: ./src/sync/blob-locations.ts
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/defaults.ts
var defaults = __webpack_require__(5285);
// EXTERNAL MODULE: ./src/oci/platform.ts
var platform = __webpack_require__(1890);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(2148);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
// EXTERNAL MODULE: ./src/tags/version.ts
var tags_version = __webpack_require__(2561);
;// CONCATENATED MODULE: ./src/sync/tag-selection.ts
// Which of a repository's tags a sync entry mirrors. The filters follow skopeo sync where users know it (regexes are
// searched, not anchored) and npm's `semver` for ranges; `latest` is applied last, to what the others kept.
// Order of the result: versions highest first (tags naming the same version by their text), then every other tag
// in code-unit order, so a plan and its shards read the same on every runner.


/** A filter that cannot be applied; the message quotes the value and says what was expected. */
class TagFilterError extends Error {
    /** Which filter: `semver`, `include`, `exclude` or `latest`. */
    key;
    constructor(key, message) {
        super(message);
        this.name = 'TagFilterError';
        this.key = key;
    }
}
/** Throws TagFilterError for the first filter that cannot be applied: the config checks with it before any run. */
function checkTagFilter(filter) {
    compile(filter);
}
/** The tags the filter selects, all filters together; no filter selects every tag. Duplicates are kept once. */
function selectTags(tags, filter) {
    const compiled = compile(filter);
    const versions = [];
    const others = [];
    for (const tag of new Set(tags)) {
        if (compiled.include !== undefined && !compiled.include.test(tag))
            continue;
        if (compiled.exclude?.test(tag))
            continue;
        const version = (0,tags_version/* versionOfTag */.mx)(tag);
        if (compiled.range !== undefined && (version === undefined || !(0,semver.satisfies)(version.semver, compiled.range)))
            continue;
        if (version === undefined)
            others.push(tag);
        else
            versions.push({ tag, version });
    }
    versions.sort((a, b) => (0,tags_version/* compareVersions */.Zy)(b.version, a.version) || byCodeUnit(a.tag, b.tag));
    others.sort(byCodeUnit);
    if (compiled.latest === undefined)
        return [...versions.map((v) => v.tag), ...others];
    return highestReleases(versions, compiled.latest);
}
/**
 * The first `count` distinct release versions of a list sorted highest first. Tags naming the same version
 * (`1.2.3` and `v1.2.3`) count as one version, and both are kept: they are the same release under two names.
 */
function highestReleases(sorted, count) {
    const kept = [];
    let distinct = 0;
    let previous;
    for (const { tag, version } of sorted) {
        if (version.prerelease)
            continue;
        if (version.semver !== previous) {
            if (distinct === count)
                break;
            distinct += 1;
            previous = version.semver;
        }
        kept.push(tag);
    }
    return kept;
}
function compile(filter) {
    const compiled = {};
    if (filter.semver !== undefined) {
        // validRange("") is "*": an empty range is almost always a mistake, so it is refused rather than matching all.
        const range = filter.semver.trim() === '' ? null : (0,semver.validRange)(filter.semver);
        if (range === null) {
            throw new TagFilterError('semver', `semver range "${filter.semver}" is not valid; expected a range as npm's semver reads it, e.g. ">=1.25 <2", "^1.2" or "1.x"`);
        }
        compiled.range = range;
    }
    if (filter.include !== undefined)
        compiled.include = regex('include', filter.include);
    if (filter.exclude !== undefined)
        compiled.exclude = regex('exclude', filter.exclude);
    if (filter.latest !== undefined) {
        if (!Number.isSafeInteger(filter.latest) || filter.latest < 1) {
            throw new TagFilterError('latest', `"latest" must be a whole number of at least 1, got ${String(filter.latest)}`);
        }
        compiled.latest = filter.latest;
    }
    return compiled;
}
function regex(key, text) {
    if (text === '') {
        throw new TagFilterError(key, `"${key}" is empty; expected a regular expression searched in each tag, e.g. "^1\\.2" or "-alpine$"`);
    }
    try {
        // No flags: `g` would make test() stateful, and `u` refuses escapes such as `\-` that Go's regexp (skopeo) takes.
        return new RegExp(text);
    }
    catch (error) {
        throw new TagFilterError(key, `"${key}" regular expression "${text}" is not valid: ${error.message}`);
    }
}
function byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/sync/yaml-fields.ts
// Reading a YAML document field by field with the position of each node, so every complaint about a config says
// file:line:column and what was expected there. The `yaml` package parses; this only checks shapes and types.

/** A config that cannot be used, with where in the file and what was expected there. */
class SyncConfigError extends Error {
    file;
    line;
    column;
    constructor(file, line, column, message) {
        super(`${file}:${line}:${column}: ${message}`);
        this.name = 'SyncConfigError';
        this.file = file;
        this.line = line;
        this.column = column;
    }
}
class YamlFields {
    file;
    root;
    #lines = new dist/* LineCounter */.HN();
    #doc;
    constructor(text, file) {
        this.file = file;
        this.#doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: this.#lines, prettyErrors: false, uniqueKeys: true });
        const [problem] = this.#doc.errors;
        if (problem !== undefined)
            this.#failAt(problem.pos[0], `${problem.message.replace(/\.$/, '')} (not valid YAML)`);
        this.root = this.#resolve(this.#doc.contents);
    }
    /** The line a node starts on (1-based). */
    lineOf(node) {
        return this.#lines.linePos(node?.range?.[0] ?? 0).line;
    }
    fail(node, message) {
        return this.#failAt(node?.range?.[0] ?? 0, message);
    }
    /** A mapping with only the keys listed; an unknown key is an error naming it and the keys expected. */
    map(node, what, allowed) {
        if (!(0,dist/* isMap */.jh)(node))
            this.fail(node, `${what} must be a mapping (key: value), got ${describe(node)}`);
        const fields = new Map();
        for (const pair of node.items) {
            const key = pair.key;
            if (!(0,dist/* isScalar */.jn)(key) || typeof key.value !== 'string')
                this.fail(key, `${what} has a key that is not a name, ${describe(key)}`);
            const name = key.value;
            if (!allowed.includes(name)) {
                this.fail(key, `unknown key "${name}" in ${what}; expected one of ${allowed.join(', ')}`);
            }
            fields.set(name, { key, value: this.#resolve(pair.value) });
        }
        return fields;
    }
    /** A list of nodes. */
    list(node, what) {
        if (!(0,dist/* isSeq */.oP)(node))
            this.fail(node, `${what} must be a list, got ${describe(node)}`);
        return node.items.map((item) => this.#resolve(item));
    }
    /** A string as written: a plain `1.10` stays "1.10" (YAML would read the number 1.1), so ranges survive. */
    text(node, what) {
        if ((0,dist/* isScalar */.jn)(node)) {
            if (typeof node.value === 'string')
                return node.value;
            if (typeof node.value === 'number' && typeof node.source === 'string')
                return node.source;
        }
        return this.fail(node, `${what} must be a string, got ${describe(node)}`);
    }
    boolean(node, what) {
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'boolean')
            return node.value;
        return this.fail(node, `${what} must be true or false, got ${describe(node)}`);
    }
    /** A whole number from `min` to `max`. */
    wholeNumber(node, what, min, max = Number.MAX_SAFE_INTEGER) {
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'number' && Number.isSafeInteger(node.value) && node.value >= min && node.value <= max) {
            return node.value;
        }
        const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
        return this.fail(node, `${what} must be a whole number ${range}, got ${describe(node)}`);
    }
    #failAt(offset, message) {
        const { line, col } = this.#lines.linePos(offset);
        throw new SyncConfigError(this.file, line, col, message);
    }
    /** Aliases (`*defaults`) read as the node they name; one naming no anchor is an error. */
    #resolve(node) {
        if (node === undefined || node === null)
            return null;
        if (!(0,dist/* isAlias */.Vj)(node))
            return node;
        const target = node.resolve(this.#doc);
        if (target === undefined)
            this.fail(node, `alias "*${node.source}" names no anchor defined before it`);
        return target;
    }
}
/** How a value reads in an error: quoted as written for scalars, the kind of thing otherwise. */
function describe(node) {
    if (node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null))
        return 'nothing';
    if ((0,dist/* isScalar */.jn)(node)) {
        const written = typeof node.source === 'string' ? node.source : String(node.value);
        return JSON.stringify(written);
    }
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    return 'something else';
}

;// CONCATENATED MODULE: ./src/sync/config.ts
// The sync config (`mirror.yml`): which repositories to mirror where, which tags, and how. Everything is checked
// here, before any registry is asked: a run either has a config it can carry out or an error naming file:line:col.







const TOP_KEYS = ['defaults', 'sync'];
const DEFAULT_KEYS = ['platforms', 'referrers', 'concurrency'];
const ENTRY_KEYS = ['source', 'target', 'repositories', 'tags', 'platforms', 'referrers', 'concurrency', 'prune'];
const TAG_KEYS = ['semver', 'include', 'exclude', 'latest'];
const BUILT_IN = { platforms: undefined, referrers: true, concurrency: defaults/* DEFAULT_CONCURRENCY */.W };
/** Parse and check a sync config; `file` is how errors name it. Throws SyncConfigError. */
function parseSyncConfig(text, file) {
    const yaml = new YamlFields(text, file);
    if (yaml.root === null)
        yaml.fail(null, 'the config is empty; expected a mapping with a "sync:" list of entries (source, target)');
    const top = yaml.map(yaml.root, 'the config', TOP_KEYS);
    const defaultsNode = top.get('defaults');
    const defaults = defaultsNode === undefined ? BUILT_IN : settings(yaml, yaml.map(defaultsNode.value, '"defaults"', DEFAULT_KEYS), BUILT_IN);
    const sync = top.get('sync');
    if (sync === undefined)
        yaml.fail(yaml.root, 'the config has no "sync:" list; expected entries with source and target');
    const entries = yaml.list(sync.value, '"sync"');
    if (entries.length === 0) {
        yaml.fail(sync.value ?? sync.key, '"sync" is an empty list; expected at least one entry with source and target');
    }
    const written = entries.flatMap((entry) => jobsOf(yaml, entry, defaults));
    checkDistinctTargets(yaml, written);
    return { jobs: written.map((w) => w.job) };
}
function jobsOf(yaml, entry, defaults) {
    const fields = yaml.map(entry, 'a sync entry', ENTRY_KEYS);
    const source = required(yaml, entry, fields, 'source');
    const target = required(yaml, entry, fields, 'target');
    const sourceText = yaml.text(source, '"source"');
    const targetText = yaml.text(target, '"target"');
    const filter = tagFilter(yaml, fields.get('tags')?.value);
    const common = {
        filter,
        ...settings(yaml, fields, defaults),
        prune: fields.has('prune') ? yaml.boolean(fields.get('prune').value, '"prune"') : false,
    };
    const repositories = fields.get('repositories');
    if (repositories === undefined) {
        const job = {
            source: repository(yaml, source, 'source', sourceText),
            target: repository(yaml, target, 'target', targetText),
            ...common,
            line: yaml.lineOf(entry),
        };
        return [{ job, node: entry }];
    }
    // With a list, source and target are prefixes: a registry, or a registry and a namespace.
    prefix(yaml, source, 'source', sourceText);
    prefix(yaml, target, 'target', targetText);
    const names = yaml.list(repositories.value, '"repositories"');
    if (names.length === 0) {
        const where = repositories.value ?? repositories.key;
        yaml.fail(where, '"repositories" is an empty list; expected repository names, e.g. [prometheus, alertmanager]');
    }
    const seen = new Set();
    return names.map((node) => {
        const name = yaml.text(node, 'a repository name');
        if (seen.has(name))
            yaml.fail(node, `repository "${name}" is listed twice in "repositories"`);
        seen.add(name);
        if (name.includes(':') || name.includes('@')) {
            yaml.fail(node, `repository "${name}" names a tag or digest; expected a repository name (choose tags with "tags:")`);
        }
        const job = {
            source: repository(yaml, node, 'source', `${sourceText.replace(/\/+$/, '')}/${name}`),
            target: repository(yaml, node, 'target', `${targetText.replace(/\/+$/, '')}/${name}`),
            ...common,
            line: yaml.lineOf(node),
        };
        return { job, node };
    });
}
function settings(yaml, fields, base) {
    const platforms = fields.get('platforms');
    const referrers = fields.get('referrers');
    const concurrency = fields.get('concurrency');
    return {
        platforms: platforms === undefined ? base.platforms : platformList(yaml, platforms.value),
        referrers: referrers === undefined ? base.referrers : yaml.boolean(referrers.value, '"referrers"'),
        concurrency: concurrency === undefined ? base.concurrency : yaml.wholeNumber(concurrency.value, '"concurrency"', 1, defaults/* MAX_CONCURRENCY */.f),
    };
}
/** `all`, `linux/amd64,linux/arm64`, or a YAML list of platforms. */
function platformList(yaml, node) {
    const items = [];
    if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of yaml.list(node, '"platforms"'))
            items.push({ text: yaml.text(item, 'a platform'), node: item });
    }
    else {
        const text = yaml.text(node, '"platforms" (all, or a list such as linux/amd64,linux/arm64)');
        if (text.trim() === 'all')
            return undefined;
        for (const part of text.split(','))
            items.push({ text: part.trim(), node });
    }
    const wanted = items.filter((item) => item.text !== '');
    if (wanted.length === 0)
        yaml.fail(node, '"platforms" lists no platform; expected all, or e.g. linux/amd64,linux/arm64');
    return wanted.map((item) => {
        try {
            return (0,platform/* parsePlatform */.FL)(item.text);
        }
        catch (error) {
            return yaml.fail(item.node, error.message);
        }
    });
}
function tagFilter(yaml, node) {
    if (node === undefined)
        return {};
    const fields = yaml.map(node, '"tags"', TAG_KEYS);
    const filter = {};
    for (const key of ['semver', 'include', 'exclude']) {
        const field = fields.get(key);
        if (field !== undefined)
            filter[key] = yaml.text(field.value, `"${key}"`);
    }
    const latest = fields.get('latest');
    if (latest !== undefined)
        filter.latest = yaml.wholeNumber(latest.value, '"latest"', 1);
    try {
        checkTagFilter(filter);
    }
    catch (error) {
        if (!(error instanceof TagFilterError))
            throw error;
        yaml.fail(fields.get(error.key)?.value ?? node, error.message);
    }
    return filter;
}
/** A repository without tag or digest: the tags come from the registry, through the filter. */
function repository(yaml, node, key, text) {
    let ref;
    try {
        ref = (0,reference/* parseReference */.F2)(text);
    }
    catch (error) {
        return yaml.fail(node, `${key}: ${error.message}`);
    }
    // parseReference fills in `latest` when no tag was written; a tag was written when a ":" follows the last "/".
    const writtenTag = ref.tag !== undefined && text.lastIndexOf(':') > text.lastIndexOf('/');
    if (writtenTag && !text.includes('/') && /^\d+$/.test(ref.tag ?? '')) {
        yaml.fail(node, `${key} "${text}" reads as repository "${ref.repository}" with tag "${ref.tag}"; to mirror repositories of the registry ${text}, list them under "repositories:"`);
    }
    if (ref.digest !== undefined || writtenTag) {
        const named = ref.digest !== undefined ? `digest ${ref.digest}` : `tag "${ref.tag}"`;
        yaml.fail(node, `${key} "${text}" names ${named}; a sync ${key} is a repository, tags are chosen with "tags:" (expected e.g. ${ref.registry}/${ref.repository})`);
    }
    return { registry: ref.registry, repository: ref.repository };
}
/** A prefix for `repositories`: checked for tag and digest, as the joined names would hide them. */
function prefix(yaml, node, key, text) {
    const lastSlash = text.lastIndexOf('/');
    const digest = text.includes('@');
    const tag = lastSlash >= 0 && text.lastIndexOf(':') > lastSlash;
    if (digest || tag) {
        yaml.fail(node, `${key} "${text}" names a ${digest ? 'digest' : 'tag'}; with "repositories:" it is a prefix such as quay.io/prometheus`);
    }
}
function required(yaml, entry, fields, key) {
    const field = fields.get(key);
    if (field === undefined)
        yaml.fail(entry, `the sync entry has no "${key}"; expected both source and target, e.g. source: docker.io/library/nginx`);
    return field.value;
}
/** Two jobs writing one repository would fight over its tags (and prune each other's): refused. */
function checkDistinctTargets(yaml, written) {
    const lines = new Map();
    for (const { job, node } of written) {
        const name = (0,reference/* formatReference */.FH)(job.target);
        if ((0,reference/* formatReference */.FH)(job.source) === name)
            yaml.fail(node, `source and target are both ${name}; a repository cannot be mirrored onto itself`);
        const first = lines.get(name);
        if (first !== undefined)
            yaml.fail(node, `target ${name} is also the target of line ${first}; each target repository takes one entry`);
        lines.set(name, job.line);
    }
}

// EXTERNAL MODULE: ./src/copy/copy.ts + 13 modules
var copy = __webpack_require__(1804);
// EXTERNAL MODULE: ./src/copy/limit.ts
var limit = __webpack_require__(1514);
// EXTERNAL MODULE: ./src/retry/describe.ts
var retry_describe = __webpack_require__(3969);
// EXTERNAL MODULE: ./src/retry/policy.ts
var retry_policy = __webpack_require__(5710);
// EXTERNAL MODULE: ./src/store/registry/registries.ts + 16 modules
var registry_registries = __webpack_require__(6831);
;// CONCATENATED MODULE: ./src/sync/prune.ts
async function prune(request) {
    const { target, kept, checks } = request;
    const deleted = [];
    const keptTags = [];
    const failed = [];
    const byDigest = new Map();
    await Promise.all(request.candidates.map(async (tag) => {
        try {
            const digest = (await checks(() => target.resolve(tag)))?.digest;
            if (digest === undefined)
                return; // gone already
            const keeper = kept.get(digest);
            if (keeper !== undefined) {
                keptTags.push({ tag, reason: `it points at ${digest}, as the kept tag ${keeper} does, and deleting one deletes both` });
                return;
            }
            byDigest.set(digest, [...(byDigest.get(digest) ?? []), tag]);
        }
        catch (error) {
            failed.push({ tag, error: error.message });
        }
    }));
    for (const tags of byDigest.values()) {
        if (request.dryRun) {
            deleted.push(...tags);
            continue;
        }
        if (!target.deleteTag) {
            for (const tag of tags)
                failed.push({ tag, error: `${target.name} cannot delete tags` });
            continue;
        }
        try {
            // One DELETE of the digest removes every tag of it: all of these are candidates.
            await checks(() => target.deleteTag(tags[0]));
            deleted.push(...tags);
        }
        catch (error) {
            for (const tag of tags)
                failed.push({ tag, error: error.message });
        }
    }
    const order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    return { deleted: deleted.sort(order), kept: keptTags.sort((a, b) => order(a.tag, b.tag)), failed };
}

;// CONCATENATED MODULE: ./src/sync/pull-budget.ts
// Docker Hub's pull limit as a budget: a sync that would run out of pulls mid-way stops before it does, leaving a
// clean cut (what it did not take waits for the next run) instead of a wall of 429s and half-copied repositories.
// Docker Hub counts manifest GETs as pulls, not HEADs, so the caller counts the GETs its plan still needs.
/**
 * Pulls left untouched by default. The counter is shared with whatever else pulls from the same account or address
 * (other shards of the matrix, other workflows), and it is read from the last response, so it is already a little old.
 */
const DEFAULT_PULL_RESERVE = 10;
/**
 * Whether a run needing `neededPulls` more pulls must stop before it exhausts `remaining` (the `ratelimit-remaining`
 * header; undefined when the registry sent none, i.e. no limit known), keeping `reserve` pulls back.
 */
function budgetStop(remaining, neededPulls, reserve = DEFAULT_PULL_RESERVE) {
    checkCount(neededPulls, 'pulls needed');
    checkCount(reserve, 'pull reserve');
    if (remaining === undefined)
        return { stop: false, allowed: neededPulls, deferred: 0 };
    checkCount(remaining, 'ratelimit-remaining');
    const allowed = Math.min(neededPulls, Math.max(0, remaining - reserve));
    return { stop: allowed < neededPulls, allowed, deferred: neededPulls - allowed };
}
function checkCount(value, what) {
    if (!Number.isSafeInteger(value) || value < 0) {
        throw new RangeError(`${what} is ${String(value)}; expected a whole number of at least 0`);
    }
}

;// CONCATENATED MODULE: ./src/sync/pull-allowance.ts
// Applying the pull budget to a queue of items: per source registry that reports an allowance (Docker Hub's
// `ratelimit-remaining`), take items in plan order while their pulls fit, and leave the rest for the next run.

/**
 * `remaining(registry)` is the allowance last reported (undefined: no limit known); `cost(item)` its pulls, and
 * `tags(item)` how many tags it carries, for the report.
 */
function applyAllowance(items, registryOf, remaining, cost, tags, reserve) {
    const byRegistry = new Map();
    for (const item of items)
        byRegistry.set(registryOf(item), [...(byRegistry.get(registryOf(item)) ?? []), item]);
    const deferredSet = new Set();
    const stops = [];
    for (const [registry, queue] of byRegistry) {
        const left = remaining(registry);
        const needed = queue.reduce((sum, item) => sum + cost(item), 0);
        const budget = budgetStop(left, needed, reserve);
        if (!budget.stop)
            continue;
        let spent = 0;
        let deferredTags = 0;
        for (const item of queue) {
            // Plan order is kept: once an item does not fit, it and everything after it wait, so runs make steady progress.
            if (deferredTags > 0 || spent + cost(item) > budget.allowed) {
                deferredSet.add(item);
                deferredTags += tags(item);
            }
            else {
                spent += cost(item);
            }
        }
        stops.push({ registry, remaining: left, neededPulls: needed, allowedPulls: budget.allowed, deferredTags });
    }
    return {
        taken: items.filter((item) => !deferredSet.has(item)),
        deferred: items.filter((item) => deferredSet.has(item)),
        stops,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/sync/shards.ts
// Splitting a sync plan over a workflow matrix. The jobs never talk to each other, so the split is a pure function
// of the plan: every job computes the same shards from the same items, in whatever order it listed them. Balance is
// by bytes to move (what takes the time), by the longest-processing-time rule: biggest item first, to the lightest
// shard. That keeps the heaviest shard within 4/3 of the best split possible, and far closer on a fleet of many tags.
/** GitHub Actions runs at most 256 jobs from one matrix. */
const MAX_SHARDS = 256;
/** A shard count, shard or plan item that cannot be used; the message quotes it and says what was expected. */
class ShardError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ShardError';
    }
}
/** Split the items into `count` shards balanced by bytes; every item lands in exactly one. Throws ShardError. */
function planShards(items, count) {
    shards_checkCount(count, 'shard count');
    const seen = new Set();
    for (const item of items) {
        if (seen.has(item.key))
            throw new ShardError(`plan item "${item.key}" appears twice; each item needs a key of its own`);
        seen.add(item.key);
        if (!Number.isSafeInteger(item.bytes) || item.bytes < 0) {
            throw new ShardError(`plan item "${item.key}" has ${String(item.bytes)} bytes; expected a whole number of at least 0`);
        }
    }
    const order = [...items].sort((a, b) => b.bytes - a.bytes || shards_byCodeUnit(a.key, b.key));
    const shards = Array.from({ length: count }, () => ({ items: [], bytes: 0 }));
    for (const item of order) {
        // The lightest shard, the lowest index among equals: a linear scan, as N is at most MAX_SHARDS.
        let lightest = 0;
        for (let i = 1; i < count; i++)
            if (shards[i].bytes < shards[lightest].bytes)
                lightest = i;
        const shard = shards[lightest];
        shard.items.push(item);
        shard.bytes += item.bytes;
    }
    return shards.map((shard, i) => ({ index: i + 1, items: shard.items, bytes: shard.bytes }));
}
/** The items of shard `index` (1-based) of `count`. */
function shardOf(items, index, count) {
    shards_checkCount(count, 'shard count');
    if (!Number.isSafeInteger(index) || index < 1 || index > count) {
        throw new ShardError(`shard ${String(index)} of ${count} does not exist; expected a shard from 1 to ${count}`);
    }
    return planShards(items, count)[index - 1].items;
}
/** Read `I/N` (`2/4`): shard I of N, 1 ≤ I ≤ N. Throws ShardError quoting the text. */
function parseShard(text) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    if (match === null)
        throw new ShardError(`shard "${text}" is not I/N; expected e.g. 2/4 for the second of four shards`);
    const index = Number(match[1]);
    const count = Number(match[2]);
    if (count < 1 || count > MAX_SHARDS) {
        throw new ShardError(`shard "${text}" names ${count} shards; expected from 1 to ${MAX_SHARDS}, as a workflow matrix runs`);
    }
    if (index < 1 || index > count) {
        throw new ShardError(`shard "${text}" is outside 1..${count}; expected I/N with I from 1 to ${count}, e.g. 1/${count}`);
    }
    return { index, count };
}
function formatShard(spec) {
    return `${spec.index}/${spec.count}`;
}
/** The matrix for `count` shards; `JSON.stringify` it for a `matrix` output that `fromJSON` reads. */
function matrixFor(count) {
    shards_checkCount(count, 'shard count');
    return { include: Array.from({ length: count }, (_, i) => ({ shard: formatShard({ index: i + 1, count }) })) };
}
function shards_checkCount(count, what) {
    if (!Number.isSafeInteger(count) || count < 1 || count > MAX_SHARDS) {
        throw new ShardError(`${what} ${String(count)} is not valid; expected a whole number from 1 to ${MAX_SHARDS}`);
    }
}
function shards_byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/sync/shard-assignment.ts
// Which shard copies an item, decided by the item alone. The jobs of a matrix survey at different moments: by the
// time a late shard lists the targets, an early one has copied its share, and those items are no longer in the late
// shard's plan. A split over the plan as a whole (planShards' longest-processing-time rule) would then move items
// between shards, copying some twice and skipping others. A hash of the item's key (target repository and source
// digest) gives every job the same answer whatever else it sees; shards balance by count, and so by bytes over
// the many similar items of a fleet, not exactly as the LPT rule would.


/** The shard (1-based) of `count` that copies the item with this key. */
function shardOfKey(key, count) {
    if (!Number.isSafeInteger(count) || count < 1)
        throw new ShardError(`shard count ${String(count)} is not valid`);
    return ((0,external_node_crypto_.createHash)('sha256').update(key).digest().readUInt32BE(0) % count) + 1;
}
/** Every item in exactly one shard, by `keyOf` (default its key); items keep their order within a shard. */
function splitByKey(items, count, keyOf = (i) => i.key) {
    const shards = Array.from({ length: count }, (_, i) => ({ index: i + 1, items: [], bytes: 0 }));
    for (const item of items) {
        const shard = shards[shardOfKey(keyOf(item), count) - 1];
        shard.items.push(item);
        shard.bytes += item.bytes;
    }
    return shards;
}


;// CONCATENATED MODULE: ./src/sync/survey.ts

async function surveyJob(job, source, target, checks) {
    const base = { job, source, target };
    let sourceTags;
    let targetTags;
    try {
        [sourceTags, targetTags] = await Promise.all([source.listTags(), target.listTags()]);
    }
    catch (error) {
        return { ...base, listed: 0, selected: [], unselectedTargetTags: [], error: error.message };
    }
    const chosen = selectTags(sourceTags, job.filter);
    const onTarget = new Set(targetTags);
    const wanted = new Set(chosen);
    try {
        const selected = await Promise.all(chosen.map(async (tag) => {
            const [sourceDigest, targetDigest] = await Promise.all([
                checks(() => source.resolve(tag)).then((r) => r?.digest),
                onTarget.has(tag) ? checks(() => target.resolve(tag)).then((r) => r?.digest) : undefined,
            ]);
            return { tag, sourceDigest, targetDigest };
        }));
        return { ...base, listed: sourceTags.length, selected, unselectedTargetTags: targetTags.filter((t) => !wanted.has(t)) };
    }
    catch (error) {
        return { ...base, listed: sourceTags.length, selected: [], unselectedTargetTags: [], error: error.message };
    }
}

// EXTERNAL MODULE: ./src/copy/plan.ts
var copy_plan = __webpack_require__(7818);
;// CONCATENATED MODULE: ./src/sync/sync-items.ts
// What a sync copies, as items: the selected tags of one job that point at one source digest and need copying. The
// tags of an item go up in ONE copy (blobs and child manifests once, then a manifest PUT per tag), and an item is
// what the matrix splits, so tags of one digest never land in two shards. Sizing reads the manifests (the only GETs
// of the plan, and only of what changes) for the bytes to move and the manifests the copy will read.

/** Tags whose target holds the source digest are unchanged (decided from HEADs alone); the rest become items. */
function itemsOf(surveys) {
    const items = [];
    const unchanged = new Map();
    surveys.forEach((survey, job) => {
        const same = new Set();
        unchanged.set(job, same);
        const byDigest = new Map();
        // A platform selection pushes an index of its own: only its digest (known once sized) says "unchanged".
        const selecting = survey.job.platforms !== undefined;
        for (const { tag, sourceDigest, targetDigest } of survey.selected) {
            if (sourceDigest === undefined)
                continue;
            if (!selecting && sourceDigest === targetDigest) {
                same.add(tag);
                continue;
            }
            let item = byDigest.get(sourceDigest);
            if (!item) {
                item = {
                    key: `${survey.target.name}@${sourceDigest}`,
                    shardKey: `${survey.job.target.repository}@${sourceDigest}`,
                    job,
                    sourceDigest,
                    tags: [],
                    bytes: 0,
                    pulls: 1,
                    pushedDigest: selecting ? undefined : sourceDigest,
                    blobs: [],
                };
                byDigest.set(sourceDigest, item);
                items.push(item);
            }
            item.tags.push(tag);
        }
    });
    return { items, unchanged };
}
/**
 * Read each item's manifests for its size (blobs deduplicated within the image) and the manifests its copy reads.
 * With a platform selection, tags already at the built index's digest move to `unchanged`; items left without
 * tags are dropped. Returns the items still to copy.
 */
async function sizeItems(items, surveys, unchanged, checks) {
    await Promise.all(items.map((item) => checks(async () => {
        const survey = surveys[item.job];
        try {
            const root = await survey.source.getManifest(item.sourceDigest);
            const plan = await (0,copy_plan/* buildPlan */.Gg)(survey.source, root, survey.job.platforms);
            item.bytes = plan.blobs.reduce((sum, b) => sum + b.size, 0);
            // Manifests hoist builds (a selection's index) are not read from the source.
            item.pulls = plan.manifests.filter((m) => !(plan.rewritten && m === plan.root)).length;
            item.pushedDigest = plan.root.digest;
            item.blobs = plan.blobs.map((b) => b.digest);
        }
        catch (error) {
            item.error = error.message;
        }
    })));
    return items.filter((item) => {
        if (item.error !== undefined || survey(surveys, item).job.platforms === undefined)
            return true;
        const atTarget = new Map(survey(surveys, item).selected.map((s) => [s.tag, s.targetDigest]));
        const same = item.tags.filter((tag) => atTarget.get(tag) === item.pushedDigest);
        for (const tag of same)
            unchanged.get(item.job).add(tag);
        item.tags = item.tags.filter((tag) => !same.includes(tag));
        return item.tags.length > 0;
    });
}
function survey(surveys, item) {
    return surveys[item.job];
}

;// CONCATENATED MODULE: ./src/sync/run.ts
// `hoist sync`: mirror the config's repositories. In order: survey every job (tag lists, then a HEAD per selected
// tag on each side), turn what differs into items (one per job and source digest), size them (the only manifest
// GETs) for this shard's share (by a hash of each item's key: see shard-assignment.ts) as far as the pull allowance
// goes, copy each item through the copy engine, then prune. One copy per item: its tags share blobs and child manifests; items share blob placements through one map,
// so a blob crosses the wire once per target registry however many repositories and digests need it.













/** HEADs and mounts in flight at once (the transport's pool per host). */
const CHECKS_AT_ONCE = 16;
/** Copies (items) in flight at once; each has its job's concurrency for blob transfers. */
const COPIES_AT_ONCE = 4;
/** `--plan N`: what needs copying and how N shards split it. Writes nothing. */
async function planSync(options, count) {
    return withRegistries(options, async (registries) => {
        const checks = (0,limit/* createLimiter */.z)(CHECKS_AT_ONCE);
        const { surveys, items, unchanged } = await surveyAndSize(options, registries, checks, () => true);
        const shards = splitByKey(items, count, (i) => i.shardKey);
        return {
            matrix: matrixFor(count),
            shards: shards.map((s) => ({
                shard: formatShard({ index: s.index, count }),
                items: s.items.length,
                tags: s.items.reduce((n, i) => n + i.tags.length, 0),
                bytes: s.bytes,
            })),
            items: items.map((i) => ({ key: i.key, tags: i.tags, bytes: i.bytes })),
            unchanged: [...unchanged.values()].reduce((n, set) => n + set.size, 0),
            failures: [
                ...surveys.flatMap((s) => (s.error === undefined ? [] : [`${s.target.name}: ${s.error}`])),
                ...items.flatMap((i) => (i.error === undefined ? [] : [`${i.key}: ${i.error}`])),
            ],
        };
    });
}
async function runSync(options) {
    return withRegistries(options, async (registries, hints) => {
        const { logger } = options;
        const dryRun = options.dryRun === true;
        const reserve = options.pullReserve ?? DEFAULT_PULL_RESERVE;
        const checks = (0,limit/* createLimiter */.z)(CHECKS_AT_ONCE);
        const remaining = (registry) => registries.rateLimits().find((r) => r.registry === registry)?.remaining;
        const { shard } = options;
        const isMine = (item) => shard === undefined || shardOfKey(item.shardKey, shard.count) === shard.index;
        const { surveys, items, unchanged, preDeferred, stops } = await surveyAndSize(options, registries, checks, isMine, reserve);
        const registryOf = (item) => options.config.jobs[item.job].source.registry;
        const mine = new Set([...items, ...preDeferred].filter(isMine));
        const allowance = applyAllowance(items.filter((i) => mine.has(i) && i.error === undefined), registryOf, remaining, (i) => i.pulls, (i) => i.tags.length, reserve);
        stops.push(...allowance.stops);
        const deferred = new Set([...preDeferred, ...allowance.deferred]);
        const outcomes = new Map();
        const copyWarnings = new Set();
        if (!dryRun) {
            const placed = new Map();
            const copies = (0,limit/* createLimiter */.z)(COPIES_AT_ONCE);
            await Promise.all(allowance.taken.map((item) => copies(async () => {
                const survey = surveys[item.job];
                let copied;
                try {
                    copied = await copyItem(item, survey, registries, options, placed, hints);
                }
                catch (error) {
                    // The engine reports failures in its result; anything thrown is a bug, kept to this item's tags.
                    item.error = error.message;
                    return;
                }
                const { targets, warnings } = copied;
                for (const w of warnings)
                    copyWarnings.add(w);
                outcomes.set(item, targets);
                if (targets.some((t) => t.status === 'copied')) {
                    for (const digest of item.blobs)
                        options.blobLocations?.record(survey.target.location, digest, targetRepository(survey));
                }
            })));
        }
        const pruneHere = options.shard === undefined || options.shard.index === 1;
        const repositories = await Promise.all(surveys.map(async (survey, job) => {
            const jobItems = [...items, ...preDeferred].filter((i) => i.job === job);
            const tags = tagResults(survey, jobItems, unchanged.get(job), { mine, deferred, outcomes, dryRun });
            const pruned = survey.job.prune && pruneHere && survey.error === undefined
                ? await prune({
                    target: survey.target,
                    candidates: survey.unselectedTargetTags,
                    kept: keptDigests(survey, jobItems),
                    dryRun,
                    checks,
                })
                : undefined;
            return repositoryResult(survey, tags, pruned);
        }));
        const rateLimited = stops[0];
        const warnings = stops.map((s) => `${s.registry} reports ${s.remaining} pulls left; this run needed ${s.neededPulls} and kept ${reserve} in reserve, so it stopped after ${s.allowedPulls}: ${s.deferredTags} tags wait for the next run`);
        for (const w of warnings)
            logger.warning(w);
        return summarise(repositories, dryRun, options.shard, rateLimited, [...warnings, ...copyWarnings]);
    });
}
async function withRegistries(options, body) {
    const onRetry = (event) => {
        options.logger.info((0,retry_describe/* describeRetry */.e)(event));
        options.onRetry?.(event);
    };
    const policy = new retry_policy/* RetryPolicy */.fU({ ...(options.retry && { settings: options.retry }), onRetry });
    const { jobs } = options.config;
    const names = jobs.flatMap((j) => [j.source.registry, j.target.registry]);
    const registries = await (0,registry_registries/* openRegistries */.c)(names, { ...options, policy });
    try {
        // Every scope is declared before the first request: sources pull, targets push, remembered siblings pull.
        for (const job of jobs) {
            registries.repository(job.source, 'pull');
            registries.repository(job.target, options.dryRun ? 'pull' : 'push');
        }
        const locations = options.blobLocations;
        const hintStores = new Map();
        if (locations && !options.dryRun) {
            for (const registry of new Set(jobs.map((j) => j.target.registry))) {
                for (const repository of locations.repositories(registry)) {
                    hintStores.set(`${registry} ${repository}`, registries.repository({ registry, repository }, 'pull'));
                }
            }
        }
        const hints = locations
            ? (digest, target) => {
                const repository = locations.find(target.location, digest);
                return repository === undefined ? undefined : hintStores.get(`${target.location} ${repository}`);
            }
            : undefined;
        return await body(registries, hints);
    }
    finally {
        await registries.close();
    }
}
/** `sized` says which items to read manifests for (this shard's); the others stay unsized, as another job copies them. */
async function surveyAndSize(options, registries, checks, sized, reserve) {
    const { jobs } = options.config;
    const surveys = await Promise.all(jobs.map((job) => surveyJob(job, registries.repository(job.source, 'pull'), registries.repository(job.target, 'pull'), checks)));
    for (const s of surveys) {
        const note = s.error === undefined ? `${s.selected.length} of ${s.listed} tags selected` : `not synced: ${s.error}`;
        options.logger.info(`${s.source.name} -> ${s.target.name}: ${note}.`);
    }
    const { items: found, unchanged } = itemsOf(surveys);
    const others = found.filter((i) => !sized(i));
    let toSize = found.filter(sized);
    let preDeferred = [];
    const stops = [];
    // Sizing reads each item's manifests and copying reads them again: at least two pulls an item.
    if (reserve !== undefined) {
        const pre = applyAllowance(toSize, (i) => jobs[i.job].source.registry, (registry) => registries.rateLimits().find((r) => r.registry === registry)?.remaining, () => 2, (i) => i.tags.length, reserve);
        toSize = pre.taken;
        preDeferred = pre.deferred;
        stops.push(...pre.stops);
    }
    const items = [...(await sizeItems(toSize, surveys, unchanged, checks)), ...others];
    return { surveys, items, unchanged, preDeferred, stops };
}
async function copyItem(item, survey, registries, options, placed, mountHints) {
    const { job, source, target } = survey;
    const result = await (0,copy/* copyImage */.L)({
        source: { store: source, digest: item.sourceDigest, text: `${source.name}@${item.sourceDigest}` },
        targets: item.tags.map((tag) => ({ store: target, tag, text: `${target.name}:${tag}` })),
        platforms: job.platforms,
        concurrency: job.concurrency,
        logger: options.logger,
        retry: registries.policy,
        referrers: job.referrers,
        placed,
        mountHints,
    });
    return result;
}
function targetRepository(survey) {
    return survey.job.target.repository;
}
/** Every selected tag of a job, in selection order, with what happened to it. */
function tagResults(survey, items, same, context) {
    const byTag = new Map();
    for (const item of items) {
        const outcome = context.outcomes.get(item);
        item.tags.forEach((tag, i) => {
            // The tags of one item share their blobs: the bytes are the item's, counted on its first tag.
            const bytes = i === 0 ? item.bytes : 0;
            const digest = item.pushedDigest;
            if (item.error !== undefined)
                byTag.set(tag, { tag, status: 'failed', digest: undefined, bytes: 0, error: item.error });
            else if (context.deferred.has(item))
                byTag.set(tag, { tag, status: 'deferred', digest, bytes });
            else if (!context.mine.has(item))
                byTag.set(tag, { tag, status: 'elsewhere', digest, bytes });
            else if (context.dryRun || !outcome)
                byTag.set(tag, { tag, status: 'planned', digest, bytes });
            else {
                const t = outcome[i];
                const uploaded = i === 0 ? Math.max(...outcome.map((o) => o.bytesUploaded)) : 0;
                const saved = i === 0 ? Math.max(...outcome.map((o) => o.bytesSaved)) : 0;
                if (t.status === 'copied' || t.status === 'unchanged') {
                    byTag.set(tag, { tag, status: t.status, digest: t.digest, bytes: uploaded, bytesSaved: saved });
                }
                else
                    byTag.set(tag, { tag, status: 'failed', digest: undefined, bytes: 0, error: t.error ?? t.reason ?? `${t.status}` });
            }
        });
    }
    return survey.selected.map((s) => byTag.get(s.tag) ??
        (same.has(s.tag)
            ? { tag: s.tag, status: 'unchanged', digest: s.targetDigest, bytes: 0 }
            : {
                tag: s.tag,
                status: 'failed',
                digest: undefined,
                bytes: 0,
                error: 'the tag went away while the source was being read',
            }));
}
/** Digest → a tag that holds or will hold it after this run: prune never deletes these. */
function keptDigests(survey, items) {
    const kept = new Map();
    for (const s of survey.selected)
        if (s.targetDigest !== undefined)
            kept.set(s.targetDigest, s.tag);
    for (const item of items)
        if (item.pushedDigest !== undefined)
            kept.set(item.pushedDigest, item.tags[0] ?? item.key);
    return kept;
}
function repositoryResult(survey, tags, pruned) {
    const count = (...statuses) => tags.filter((t) => statuses.includes(t.status)).length;
    return {
        source: survey.source.name,
        target: survey.target.name,
        line: survey.job.line,
        listed: survey.listed,
        excluded: survey.listed - survey.selected.length,
        copied: count('copied', 'planned'),
        unchanged: count('unchanged'),
        skipped: count('deferred', 'elsewhere'),
        failed: count('failed') + (survey.error === undefined ? 0 : 1),
        bytes: tags.filter((t) => t.status === 'copied' || t.status === 'planned').reduce((n, t) => n + t.bytes, 0),
        bytesSaved: tags.reduce((n, t) => n + (t.bytesSaved ?? 0), 0),
        tags,
        prune: pruned,
        ...(survey.error !== undefined && { error: survey.error }),
    };
}
function summarise(repositories, dryRun, shard, rateLimited, warnings) {
    const sum = (pick) => repositories.reduce((n, r) => n + pick(r), 0);
    const failures = repositories.flatMap((r) => [
        ...(r.error === undefined ? [] : [`${r.target}: ${r.error}`]),
        ...r.tags.filter((t) => t.status === 'failed').map((t) => `${r.target}:${t.tag}: ${t.error ?? 'failed'}`),
        ...(r.prune?.failed ?? []).map((f) => `${r.target}:${f.tag}: prune: ${f.error}`),
    ]);
    return {
        dryRun,
        shard: shard ? formatShard(shard) : undefined,
        repositories,
        totals: {
            copied: sum((r) => r.copied),
            unchanged: sum((r) => r.unchanged),
            skipped: sum((r) => r.skipped),
            failed: sum((r) => r.failed),
            deferred: sum((r) => r.tags.filter((t) => t.status === 'deferred').length),
            bytes: sum((r) => r.bytes),
            bytesSaved: sum((r) => r.bytesSaved),
        },
        rateLimited,
        warnings: [...new Set(warnings)],
        failures,
    };
}


;// CONCATENATED MODULE: ./src/sync/sync-result.ts
// What a sync did, as plain data the edges render: one row per target repository (the action's summary table, the
// CLI's table, `--json`), the failures listed, and what a rate-limit stop left for the next run.
/** The failed ones: a sync that had any exits 1. */
function syncFailed(result) {
    return result.totals.failed > 0 || result.repositories.some((r) => r.error !== undefined || (r.prune?.failed.length ?? 0) > 0);
}

// EXTERNAL MODULE: ./src/cli/text-table.ts
var text_table = __webpack_require__(1446);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
// EXTERNAL MODULE: ./src/cli/values.ts
var cli_values = __webpack_require__(1030);
;// CONCATENATED MODULE: ./src/cli/sync-command.ts
// hoist sync CONFIG: mirror the repositories a sync config names. --plan N prints the matrix for a workflow's
// strategy (and, on stderr, how N shards split the work); --shard I/N syncs one shard. Exit 0 done, 1 a tag failed
// (or, with --strict, the pull allowance stopped the run), 2 bad usage or a bad config (with file:line:column).










async function syncCommand(args, values, io, logger) {
    if (args.length !== 1)
        throw new usage/* UsageError */.eb('sync needs exactly one CONFIG file');
    const file = args[0];
    const config = readConfig(file);
    if (values.plan !== undefined && values.shard !== undefined)
        throw new usage/* UsageError */.eb('--plan and --shard go in different jobs; give one');
    const shard = values.shard === undefined ? undefined : shardOption(values.shard);
    const count = values.plan === undefined ? undefined : planOption(values.plan);
    const firstRegistry = config.jobs[0].target.registry;
    const options = {
        config,
        credentials: { explicit: await (0,cli_values/* explicitCredentials */.Ve)(values, firstRegistry, io) },
        insecureRegistries: (0,cli_values/* insecureOption */.Mw)(values),
        logger,
        secret: () => { },
        dryRun: values['dry-run'] === true,
        shard,
    };
    if (count !== undefined) {
        const plan = await planSync(options, count);
        for (const s of plan.shards)
            logger.info(`shard ${s.shard}: ${s.tags} tags (${s.items} images), ${(0,display/* formatBytes */.z3)(s.bytes)}`);
        logger.info(`${plan.unchanged} tags unchanged.`);
        for (const f of plan.failures)
            logger.error(f);
        io.stdout.write(`${JSON.stringify(values.json ? plan : plan.matrix)}\n`);
        return plan.failures.length > 0 ? 1 : 0;
    }
    const cacheFile = values['blob-locations'];
    let locations;
    if (cacheFile !== undefined) {
        const read = (0,external_node_fs_.existsSync)(cacheFile) ? BlobLocations.parse((0,external_node_fs_.readFileSync)(cacheFile, 'utf8')) : { locations: new BlobLocations() };
        if (read.problem)
            logger.warning(`${cacheFile}: ${read.problem}`);
        locations = read.locations;
    }
    const result = await runSync({ ...options, ...(locations && { blobLocations: locations }) });
    if (cacheFile !== undefined && locations && !options.dryRun)
        (0,external_node_fs_.writeFileSync)(cacheFile, locations.toJSON());
    io.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : syncReport(result));
    if (syncFailed(result))
        return 1;
    return values.strict && result.rateLimited ? 1 : 0;
}
function readConfig(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new usage/* UsageError */.eb(`cannot read the sync config ${file}: ${error.code ?? error.message}`);
    }
    try {
        return parseSyncConfig(text, file);
    }
    catch (error) {
        if (error instanceof SyncConfigError)
            throw new usage/* UsageError */.eb(error.message);
        throw error;
    }
}
function shardOption(text) {
    try {
        return parseShard(text);
    }
    catch (error) {
        if (error instanceof ShardError)
            throw new usage/* UsageError */.eb(`--shard: ${error.message}`);
        throw error;
    }
}
function planOption(text) {
    // parseShard checks N the same way for both options: `1/N` is always a valid shard when N is a valid count.
    if (!/^\d+$/.test(text.trim()))
        throw new usage/* UsageError */.eb(`--plan "${text}" is not a number of shards; expected e.g. --plan 4`);
    return shardOption(`1/${text.trim()}`).count;
}
/** One row per target repository; failures and what the pull allowance deferred below it. */
function syncReport(result) {
    const rows = result.repositories.map((r) => [
        r.target,
        String(r.copied),
        String(r.unchanged),
        String(r.skipped),
        String(r.failed),
        (0,display/* formatBytes */.z3)(r.bytes),
        r.prune ? `${r.prune.deleted.length}${r.prune.kept.length > 0 ? ` (${r.prune.kept.length} kept)` : ''}` : '-',
    ]);
    const copiedHeader = result.dryRun ? 'TO COPY' : 'COPIED';
    const pruneHeader = result.dryRun ? 'TO PRUNE' : 'PRUNED';
    const lines = (0,text_table/* textTable */.e)(['REPOSITORY', copiedHeader, 'UNCHANGED', 'SKIPPED', 'FAILED', 'BYTES', pruneHeader], rows);
    const t = result.totals;
    lines.push('', `${result.dryRun ? 'Dry run: ' : ''}${t.copied} ${result.dryRun ? 'to copy' : 'copied'}, ${t.unchanged} unchanged, ${t.skipped} skipped, ${t.failed} failed; ${(0,display/* formatBytes */.z3)(t.bytes)} ${result.dryRun ? 'to move' : 'moved'}, ${(0,display/* formatBytes */.z3)(t.bytesSaved)} saved by mounts${result.shard ? ` (shard ${result.shard})` : ''}.`);
    if (result.dryRun) {
        for (const r of result.repositories) {
            for (const tag of r.tags.filter((x) => x.status === 'planned'))
                lines.push(`would copy ${r.target}:${tag.tag}`);
            for (const tag of r.prune?.deleted ?? [])
                lines.push(`would delete ${r.target}:${tag}`);
        }
    }
    for (const r of result.repositories)
        for (const k of r.prune?.kept ?? [])
            lines.push(`kept ${r.target}:${k.tag}: ${k.reason}`);
    for (const w of result.warnings)
        lines.push(`warning: ${w}`);
    for (const f of result.failures)
        lines.push(`failed: ${f}`);
    return `${lines.join('\n')}\n`;
}


/***/ })

};
