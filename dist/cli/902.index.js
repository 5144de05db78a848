export const id = 902;
export const ids = [902];
export const modules = {

/***/ 1030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MD: () => (/* binding */ platformOptions),
/* harmony export */   Mw: () => (/* binding */ insecureOption),
/* harmony export */   Ve: () => (/* binding */ explicitCredentials),
/* harmony export */   b7: () => (/* binding */ concurrencyOption),
/* harmony export */   hu: () => (/* binding */ imageArgument),
/* harmony export */   im: () => (/* binding */ asUsage)
/* harmony export */ });
/* unused harmony export referenceArgument */
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5285);
/* harmony import */ var _display_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4857);
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1890);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2148);
/* harmony import */ var _store_image_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8371);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7485);
// Option and argument text turned into the engine's typed values; anything malformed becomes a UsageError that
// quotes it, before any request is sent.






/** Runs a parser of ours and turns its error (already a sentence quoting the value) into bad usage. */
function asUsage(parseValue) {
    try {
        return parseValue();
    }
    catch (error) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(error.message.replace(/\.$/, ''));
    }
}
function referenceArgument(text) {
    return asUsage(() => parseReference(text));
}
/** A registry reference or a file (`oci:`, `oci-archive:`, `docker-archive:`). */
function imageArgument(text) {
    return asUsage(() => (0,_store_image_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o)(text));
}
/** Every --platform, each a comma list; undefined when none was given. */
function platformOptions(values) {
    return values.platform?.flatMap(_display_js__WEBPACK_IMPORTED_MODULE_4__/* .splitList */ .ry).map((p) => asUsage(() => (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePlatform */ .FL)(p)));
}
function concurrencyOption(values) {
    const text = values.concurrency;
    if (text === undefined)
        return _defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CONCURRENCY */ .W;
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < 1 || value > _defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_CONCURRENCY */ .f) {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--concurrency "${text}" is not a whole number from 1 to ${_defaults_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_CONCURRENCY */ .f}`);
    }
    return value;
}
function insecureOption(values) {
    return new Set((values.insecure ?? []).flatMap(_display_js__WEBPACK_IMPORTED_MODULE_4__/* .splitList */ .ry).map((r) => asUsage(() => (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseRegistry */ .Me)(r))));
}
/** --username with --password-stdin, for --registry or else `defaultRegistry`; none when neither was given. */
async function explicitCredentials(values, defaultRegistry, io) {
    if (values.username === undefined && !values['password-stdin'])
        return [];
    if (values.username === undefined || !values['password-stdin'])
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--username and --password-stdin go together');
    const password = (await io.readStdin()).replace(/\r?\n$/, '');
    if (password === '')
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--password-stdin read an empty password');
    const registry = values.registry === undefined ? defaultRegistry : asUsage(() => (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .normaliseRegistry */ .Me)(values.registry));
    return [{ registry, username: values.username, password }];
}


/***/ }),

/***/ 4857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ formatRate),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
// How numbers and lists read in logs, tables and the job summary: one definition each, used by every edge.
/** `1.5 MiB`: binary units, one decimal below 10. */
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = n / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
/** `12.3 MB/s` (decimal, as network rates are quoted). */
function formatRate(bytes, seconds) {
    return `${(bytes / seconds / 1e6).toFixed(1)} MB/s`;
}
/**
 * A list as users write it in a workflow input or a repeated CLI flag: one item per line, commas also separate,
 * `#` starts a comment, blanks are dropped.
 */
function splitList(value) {
    return value
        .split(/\r?\n/)
        .map((line) => line.replace(/(^|\s)#.*$/, ''))
        .flatMap((line) => line.split(','))
        .map((item) => item.trim())
        .filter((item) => item !== '');
}


/***/ }),

/***/ 8825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   SC: () => (/* binding */ VerifyingStream),
/* harmony export */   h: () => (/* binding */ DigestMismatchError),
/* harmony export */   m: () => (/* binding */ parseDigest),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* unused harmony export DigestError */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);

/**
 * node:crypto, loaded on the first hash. It is the largest builtin a run loads before its first request (~7 ms),
 * which needs none of it; loaded later, it shares its set-up with node:tls and overlaps the first round trip.
 */
function createHash(algorithm) {
    return process.getBuiltinModule('node:crypto').createHash(algorithm);
}
const HEX_LENGTH = { sha256: 64, sha512: 128 };
class DigestError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DigestError';
    }
}
/** Validate `algorithm:hex` (sha256 or sha512, lowercase hex of the right length). */
function parseDigest(text) {
    const colon = text.indexOf(':');
    const algorithm = colon > 0 ? text.slice(0, colon) : '';
    const hex = text.slice(colon + 1);
    const length = HEX_LENGTH[algorithm];
    if (colon <= 0 || length === undefined) {
        throw new DigestError(`digest "${text}" is not valid; expected sha256:<64 hex> or sha512:<128 hex>`);
    }
    if (hex.length !== length || !/^[0-9a-f]+$/.test(hex)) {
        throw new DigestError(`digest "${text}" is not valid; ${algorithm} takes exactly ${length} lowercase hex characters`);
    }
    return { algorithm: algorithm, hex, text };
}
function isDigest(text) {
    try {
        parseDigest(text);
        return true;
    }
    catch {
        return false;
    }
}
/** Digest of bytes held in memory, with the algorithm of `like` (sha256 by default). */
function digestOf(bytes, like = 'sha256:') {
    const algorithm = like.startsWith('sha512:') ? 'sha512' : 'sha256';
    return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}
class DigestMismatchError extends Error {
    expected;
    actual;
    constructor(what, expected, actual) {
        super(`${what} does not match its digest: expected ${expected}, got ${actual}; the bytes were not trusted.`);
        this.name = 'DigestMismatchError';
        this.expected = expected;
        this.actual = actual;
    }
}
/**
 * Passes bytes through unchanged while hashing them; fails the stream (so whatever consumes it aborts) when the
 * byte count exceeds the expected size, or at the end when size or digest differ. Memory stays at one chunk.
 */
class VerifyingStream extends node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform {
    #hash;
    #expected;
    #size;
    #what;
    #onBytes;
    #seen = 0;
    constructor(expectedDigest, expectedSize, what = 'blob', onBytes) {
        super();
        this.#onBytes = onBytes;
        this.#expected = parseDigest(expectedDigest);
        this.#hash = createHash(this.#expected.algorithm);
        this.#size = expectedSize;
        this.#what = what;
    }
    get bytesSeen() {
        return this.#seen;
    }
    _transform(chunk, _encoding, callback) {
        this.#seen += chunk.length;
        if (this.#size !== undefined && this.#seen > this.#size) {
            callback(new DigestMismatchError(`${this.#what} ${this.#expected.text}`, `${this.#size} bytes`, `more`));
            return;
        }
        this.#hash.update(chunk);
        this.#onBytes?.(chunk.length);
        callback(null, chunk);
    }
    _flush(callback) {
        if (this.#size !== undefined && this.#seen !== this.#size) {
            callback(new DigestMismatchError(`${this.#what} ${this.#expected.text}`, `${this.#size} bytes`, `${this.#seen} bytes`));
            return;
        }
        const actual = `${this.#expected.algorithm}:${this.#hash.digest('hex')}`;
        if (actual !== this.#expected.text) {
            callback(new DigestMismatchError(`${this.#what}`, this.#expected.text, actual));
            return;
        }
        callback();
    }
}


/***/ }),

/***/ 2060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lh: () => (/* binding */ isContainerImage),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8825);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9217);
// Manifests are kept as the exact bytes the registry served: digests are computed from bytes, never re-serialised.


/** Larger manifests are refused, as registries do (distribution caps manifests at 4 MiB). */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
class ManifestError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ManifestError';
    }
}
/**
 * Parse manifest bytes. The media type comes from the Content-Type the registry sent, else from the document's
 * own `mediaType`, else from its shape (OCI allows omitting it).
 */
function parseManifest(bytes, contentType, digest) {
    if (bytes.length > MAX_MANIFEST_BYTES) {
        throw new ManifestError(`manifest ${digest} is ${bytes.length} bytes, over the ${MAX_MANIFEST_BYTES}-byte limit`);
    }
    let json;
    try {
        json = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new ManifestError(`manifest ${digest} is not valid JSON`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new ManifestError(`manifest ${digest} is not a JSON object`);
    }
    const doc = json;
    const declared = typeof doc['mediaType'] === 'string' ? doc['mediaType'] : undefined;
    let mediaType = (0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .baseMediaType */ .S4)(contentType);
    if (mediaType === '' || mediaType === 'application/json' || mediaType === 'application/octet-stream' || mediaType === 'text/plain') {
        mediaType = declared ?? (Array.isArray(doc['manifests']) ? _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_INDEX */ .$p : _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_MANIFEST */ .EG);
    }
    if (mediaType === _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_SCHEMA1 */ .kj || mediaType === _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_SCHEMA1_SIGNED */ .n$ || doc['schemaVersion'] === 1) {
        throw new ManifestError(`manifest ${digest} is Docker schema 1 (${mediaType}), which is deprecated and cannot be copied with its digest preserved; rebuild or re-push the image with a current client`);
    }
    if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndex */ .nw)(mediaType)) {
        const manifests = descriptorList(doc['manifests'], digest, 'manifests');
        return { bytes, mediaType, digest, kind: 'index', manifests, blobs: [], json: doc };
    }
    if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isImageManifest */ .pJ)(mediaType) || doc['config'] !== undefined || doc['layers'] !== undefined) {
        const config = descriptor(doc['config'], digest, 'config');
        const layers = doc['layers'] === undefined ? [] : descriptorList(doc['layers'], digest, 'layers');
        return { bytes, mediaType, digest, kind: 'image', manifests: [], blobs: [config, ...layers], config, json: doc };
    }
    throw new ManifestError(`manifest ${digest} has media type "${mediaType}", which is neither an image manifest nor an index (expected one of ${[_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_INDEX */ .$p, _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_LIST */ .Y2, _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_MANIFEST */ .EG, _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_MANIFEST */ .Vv].join(', ')})`);
}
function descriptorList(value, owner, field) {
    if (!Array.isArray(value))
        throw new ManifestError(`manifest ${owner} has no "${field}" list`);
    return value.map((item, i) => descriptor(item, owner, `${field}[${i}]`));
}
function descriptor(value, owner, field) {
    if (typeof value !== 'object' || value === null)
        throw new ManifestError(`manifest ${owner} has no valid "${field}"`);
    const d = value;
    const digest = d['digest'];
    const size = d['size'];
    const mediaType = d['mediaType'];
    if (typeof digest !== 'string')
        throw new ManifestError(`manifest ${owner}: "${field}" has no digest`);
    try {
        (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDigest */ .m)(digest);
    }
    catch (error) {
        throw new ManifestError(`manifest ${owner}: "${field}" ${error.message}`);
    }
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
        throw new ManifestError(`manifest ${owner}: "${field}" has no valid size`);
    }
    const result = {
        mediaType: typeof mediaType === 'string' ? mediaType : '',
        digest,
        size,
        ...(isPlatform(d['platform']) && { platform: d['platform'] }),
        ...(typeof d['annotations'] === 'object' && d['annotations'] !== null && { annotations: d['annotations'] }),
        ...(typeof d['artifactType'] === 'string' && { artifactType: d['artifactType'] }),
    };
    return result;
}
function isPlatform(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const p = value;
    return typeof p['os'] === 'string' && typeof p['architecture'] === 'string';
}
/** True when the manifest is an image whose config is a container image config (not an artifact such as a chart). */
function isContainerImage(manifest) {
    return manifest.kind === 'index' || (manifest.config !== undefined && (0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isImageConfig */ ._m)(manifest.config.mediaType));
}


/***/ }),

/***/ 9217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ OCI_INDEX),
/* harmony export */   EG: () => (/* binding */ OCI_MANIFEST),
/* harmony export */   Kx: () => (/* binding */ DOCKER_IMAGE_CONFIG),
/* harmony export */   S4: () => (/* binding */ baseMediaType),
/* harmony export */   Vv: () => (/* binding */ DOCKER_MANIFEST),
/* harmony export */   Y2: () => (/* binding */ DOCKER_LIST),
/* harmony export */   _m: () => (/* binding */ isImageConfig),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   kj: () => (/* binding */ DOCKER_SCHEMA1),
/* harmony export */   n$: () => (/* binding */ DOCKER_SCHEMA1_SIGNED),
/* harmony export */   nw: () => (/* binding */ isIndex),
/* harmony export */   pJ: () => (/* binding */ isImageManifest),
/* harmony export */   sJ: () => (/* binding */ isForeignLayer)
/* harmony export */ });
/* unused harmony export OCI_IMAGE_CONFIG */
// Manifest media types hoist understands, and the Accept header that asks for all of them.
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_SCHEMA1 = 'application/vnd.docker.distribution.manifest.v1+json';
const DOCKER_SCHEMA1_SIGNED = 'application/vnd.docker.distribution.manifest.v1+prettyjws';
const OCI_IMAGE_CONFIG = 'application/vnd.oci.image.config.v1+json';
const DOCKER_IMAGE_CONFIG = 'application/vnd.docker.container.image.v1+json';
const INDEX_TYPES = new Set([OCI_INDEX, DOCKER_LIST]);
const IMAGE_TYPES = new Set([OCI_MANIFEST, DOCKER_MANIFEST]);
/** Every manifest type we can copy, most preferred first. Schema 1 is deliberately absent: it cannot be copied digest-stable. */
const MANIFEST_ACCEPT = [OCI_INDEX, DOCKER_LIST, OCI_MANIFEST, DOCKER_MANIFEST].join(', ');
function isIndex(mediaType) {
    return INDEX_TYPES.has(mediaType);
}
function isImageManifest(mediaType) {
    return IMAGE_TYPES.has(mediaType);
}
function isImageConfig(mediaType) {
    return mediaType === OCI_IMAGE_CONFIG || mediaType === DOCKER_IMAGE_CONFIG;
}
/** Strip parameters (`; charset=utf-8`) that some registries add to Content-Type. */
function baseMediaType(contentType) {
    return (contentType ?? '').split(';')[0].trim().toLowerCase();
}
/**
 * Layers a registry is not expected to hold (Windows base layers, licensed content): Docker's foreign layers and
 * OCI's non-distributable ones, fetched from their `urls` by whoever runs the image.
 */
function isForeignLayer(mediaType) {
    return (mediaType === 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip' ||
        mediaType.startsWith('application/vnd.oci.image.layer.nondistributable.'));
}


/***/ }),

/***/ 1890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   J5: () => (/* binding */ platformMatches)
/* harmony export */ });
/* unused harmony export PlatformError */
// Platforms (`os/arch[/variant]`) and selecting entries of a multi-platform index.
class PlatformError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PlatformError';
    }
}
const PART = /^[a-z0-9._-]+$/;
/** Parse `linux/amd64` or `linux/arm64/v8`. */
function parsePlatform(text) {
    const parts = text.trim().toLowerCase().split('/');
    if (parts.length < 2 || parts.length > 3 || !parts.every((p) => PART.test(p))) {
        throw new PlatformError(`platform "${text}" is not valid; expected os/architecture[/variant], e.g. linux/arm64/v8`);
    }
    const [os, architecture, variant] = parts;
    return variant === undefined ? { os, architecture } : { os, architecture, variant };
}
function formatPlatform(p) {
    return p.variant ? `${p.os}/${p.architecture}/${p.variant}` : `${p.os}/${p.architecture}`;
}
// Variants that are the only or default one for their architecture, as containerd normalises them.
function normalisedVariant(p) {
    if (p.architecture === 'arm64' && (p.variant === undefined || p.variant === 'v8'))
        return 'v8';
    if (p.architecture === 'arm' && p.variant === undefined)
        return 'v7';
    if (p.architecture === 'amd64' && (p.variant === undefined || p.variant === 'v1'))
        return undefined;
    return p.variant;
}
/** Does the platform an index entry declares satisfy what the user asked for? A request without variant takes any. */
function platformMatches(wanted, have) {
    if (wanted.os !== have.os || wanted.architecture !== have.architecture)
        return false;
    if (wanted.variant === undefined)
        return true;
    return normalisedVariant(wanted) === normalisedVariant(have);
}


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Me: () => (/* binding */ normaliseRegistry),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   jW: () => (/* binding */ isLoopbackRegistry),
/* harmony export */   nz: () => (/* binding */ apiHost)
/* harmony export */ });
/* unused harmony exports InvalidReferenceError, pinnedReference */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8825);
// Image references, normalised the way Docker does it, so `nginx` means what a Docker user expects. Where hoist
// parts from Docker's parser (distribution/reference), test/unit/reference.test.ts's tables say so and why.


const DOCKER_HUB = 'docker.io';
class InvalidReferenceError extends Error {
    input;
    constructor(input, reason) {
        super(`Invalid image reference "${input}": ${reason}.`);
        this.name = 'InvalidReferenceError';
        this.input = input;
    }
}
// Grammar from the distribution reference package (and the OCI distribution spec for repository names).
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const HOST_LABEL = /^(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])$/;
const MAX_NAME_LENGTH = 255;
const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** An image ID as `docker images` prints it in full: Docker refuses it as a name, and so do we. */
const IMAGE_ID = /^[a-f0-9]{64}$/;
/** A digest on its own (`sha256:<hex>`): Docker would read a repository "sha256" with a hex tag, which nobody means. */
const BARE_DIGEST = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
/** Parse `[registry/]repository[:tag][@digest]` and apply Docker's defaults. Throws InvalidReferenceError. */
function parseReference(input) {
    const text = input.trim();
    if (text === '')
        throw new InvalidReferenceError(input, 'it is empty; expected [registry/]repository[:tag][@digest]');
    if (/\s/.test(text))
        throw new InvalidReferenceError(input, 'it contains white space');
    if (text.includes('://')) {
        throw new InvalidReferenceError(input, 'a reference has no scheme; write host/repository:tag without "https://"');
    }
    if (IMAGE_ID.test(text)) {
        throw new InvalidReferenceError(input, 'a 64-character hexadecimal string is an image ID, not a repository name (Docker: "cannot specify 64-byte hexadecimal strings"); name the image as repository[:tag] or repository@sha256:<digest>');
    }
    if (BARE_DIGEST.test(text)) {
        throw new InvalidReferenceError(input, 'it is a digest without a repository; write repository@<digest>');
    }
    if (text.startsWith('[') && !text.includes('/')) {
        throw new InvalidReferenceError(input, 'an IPv6 registry must be followed by a repository, as in [::1]:5000/repository');
    }
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        const digestText = rest.slice(at + 1);
        try {
            digest = (0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDigest */ .m)(digestText).text;
        }
        catch (error) {
            throw new InvalidReferenceError(input, error.message.replace(/\.$/, ''));
        }
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag)) {
            throw new InvalidReferenceError(input, `tag "${tag}" is not valid; a tag is 1 to 128 characters of letters, digits, "_", "." and "-", not starting with "." or "-"`);
        }
    }
    let registry = DOCKER_HUB;
    let path = rest;
    const firstSlash = rest.indexOf('/');
    if (firstSlash >= 0) {
        const first = rest.slice(0, firstSlash);
        // Docker's rule: the first component is a registry when it looks like a host (has "." or ":" or is localhost).
        // Docker also takes a first component with capitals for a host ("Foo/bar"); hoist does not: lowercased, such
        // a host would print as a Docker Hub namespace ("foo/bar"), so it is refused below as a capitalised name.
        if (first.includes('.') || first.includes(':') || first === 'localhost') {
            registry = normaliseRegistry(first, input);
            path = rest.slice(firstSlash + 1);
        }
    }
    if (path === '')
        throw new InvalidReferenceError(input, 'the repository name is missing');
    const components = path.split('/');
    for (const component of components) {
        if (component !== component.toLowerCase() && PATH_COMPONENT.test(component.toLowerCase())) {
            throw new InvalidReferenceError(input, `repository names must be lowercase ("${component}" has capitals)`);
        }
        if (!PATH_COMPONENT.test(component)) {
            throw new InvalidReferenceError(input, `"${component}" is not a valid repository path component; expected lowercase letters and digits separated by ".", "_", "__" or "-"`);
        }
    }
    if (registry === DOCKER_HUB && components.length === 1)
        path = `library/${path}`;
    if (path.length > MAX_NAME_LENGTH) {
        throw new InvalidReferenceError(input, `the repository name is longer than ${MAX_NAME_LENGTH} characters`);
    }
    if (tag === undefined && digest === undefined)
        tag = 'latest';
    return { registry, repository: path, ...(tag !== undefined && { tag }), ...(digest !== undefined && { digest }) };
}
/** Canonical registry name: Docker Hub's aliases become `docker.io`, hosts are lowercase, ports validated. */
function normaliseRegistry(host, input = host) {
    let text = host
        .trim()
        .replace(/^https?:\/\//, '')
        .replace(/\/.*$/, '');
    const lower = text.toLowerCase();
    if (HUB_ALIASES.has(lower))
        return DOCKER_HUB;
    text = lower;
    let name = text;
    let port;
    if (text.startsWith('[')) {
        const close = text.indexOf(']');
        if (close < 0)
            throw new InvalidReferenceError(input, `registry "${host}" has an unclosed IPv6 bracket`);
        name = text.slice(0, close + 1);
        checkIPv6(text.slice(1, close), host, input);
        const after = text.slice(close + 1);
        if (after !== '') {
            if (!after.startsWith(':'))
                throw new InvalidReferenceError(input, `registry "${host}" is not host[:port]`);
            port = after.slice(1);
        }
    }
    else {
        const colon = text.lastIndexOf(':');
        if (colon >= 0) {
            name = text.slice(0, colon);
            port = text.slice(colon + 1);
        }
        if (name === '' || !name.split('.').every((label) => HOST_LABEL.test(label))) {
            throw new InvalidReferenceError(input, `registry host "${host}" is not a valid host name`);
        }
    }
    if (port !== undefined && !(/^\d{1,5}$/.test(port) && Number(port) > 0 && Number(port) < 65536)) {
        throw new InvalidReferenceError(input, `registry port "${port}" is not a number from 1 to 65535`);
    }
    return port === undefined ? name : `${name}:${port}`;
}
/**
 * The address inside a bracketed registry host. Docker allows only hex digits and colons there: no zone
 * (`%eth0`, which also has no meaning on another machine) and no dotted IPv4 tail.
 */
function checkIPv6(address, host, input) {
    const zone = address.indexOf('%');
    if (zone >= 0) {
        throw new InvalidReferenceError(input, `registry "${host}" names the IPv6 zone "${address.slice(zone)}"; a reference cannot carry a zone, write the address without it`);
    }
    if (address.includes('.')) {
        throw new InvalidReferenceError(input, `registry "${host}" embeds an IPv4 address; references take IPv6 addresses in hexadecimal only, e.g. [2001:db8::1]`);
    }
    if (!/^[0-9a-f:]+$/.test(address) || !(0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(address)) {
        throw new InvalidReferenceError(input, `registry "${host}" is not a valid IPv6 address in brackets, e.g. [::1]:5000`);
    }
}
/** The full reference as text, e.g. `ghcr.io/acme/app:v1` or `docker.io/library/nginx@sha256:…`. */
function formatReference(ref) {
    let text = `${ref.registry}/${ref.repository}`;
    if (ref.tag !== undefined)
        text += `:${ref.tag}`;
    if (ref.digest !== undefined)
        text += `@${ref.digest}`;
    return text;
}
/** `registry/repository@digest`: what a deploy should pin. */
function pinnedReference(ref, digest) {
    return `${ref.registry}/${ref.repository}@${digest}`;
}
/** The host that serves the registry API: Docker Hub's API lives on registry-1.docker.io. */
function apiHost(registry) {
    return registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
}
/** Hosts Docker lets speak plain HTTP without opt-in: localhost, 127.0.0.0/8 and ::1. */
function isLoopbackRegistry(registry) {
    const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.replace(/:\d+$/, '');
    return host === 'localhost' || /^127(?:\.\d{1,3}){3}$/.test(host) || host === '[::1]';
}


/***/ }),

/***/ 3969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ describeRetry)
/* harmony export */ });
function describeRetry(event) {
    return `Retrying ${event.operation} in ${event.delayMs} ms after ${event.reason} (attempt ${event.attempt} of ${event.attempts}).`;
}


/***/ }),

/***/ 5710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   fU: () => (/* binding */ RetryPolicy)
/* harmony export */ });
/* unused harmony export DEFAULT_RETRY */
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8825);
// The one retry policy every loop uses (oras-go retry/policy.go: a predicate plus a backoff). Errors classify
// themselves (`retryable`, `reason`, `retryAfterMs`); the policy decides whether and when to try again, within a
// number of attempts and a total wait per host, so one sick registry cannot stall a run.

const DEFAULT_RETRY = {
    attempts: 5,
    baseDelayMs: 250,
    maxDelayMs: 8_000,
    maxRetryAfterMs: 60_000,
    maxTotalWaitMs: 300_000,
};
const RETRYABLE_NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'ENETUNREACH',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_CLOSED',
]);
function isSelfClassifying(error) {
    return typeof error === 'object' && error !== null && typeof error.retryable === 'boolean';
}
/** The first `code` along an error's cause chain (Node and undici put them there). */
function errorCode(error) {
    let current = error;
    for (let depth = 0; depth < 4 && current; depth++) {
        const code = current.code;
        if (typeof code === 'string')
            return code;
        current = current.cause;
    }
    return undefined;
}
function describeError(error) {
    if (error instanceof Error)
        return error.message;
    return typeof error === 'string' ? error : JSON.stringify(error);
}
/** Whether an error is worth another attempt, decided in one place. */
function classify(error) {
    if (isSelfClassifying(error)) {
        return {
            retryable: error.retryable,
            reason: error.retryReason ?? describeError(error),
            ...(error.retryAfterMs !== undefined && { retryAfterMs: error.retryAfterMs }),
        };
    }
    if (error instanceof _oci_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .DigestMismatchError */ .h)
        return { retryable: true, reason: error.message };
    if (error?.name === 'RequestAbortedError' || error?.name === 'AbortError') {
        return { retryable: false, reason: 'the request was aborted' };
    }
    const code = errorCode(error);
    if (code !== undefined && RETRYABLE_NETWORK_CODES.has(code))
        return { retryable: true, reason: `${describeError(error)} (${code})` };
    return { retryable: false, reason: describeError(error) };
}
class RetryPolicy {
    settings;
    #sleep;
    #onRetry;
    /** Time spent waiting between attempts, per host. */
    #waited = new Map();
    constructor(options = {}) {
        this.settings = { ...DEFAULT_RETRY, ...options.settings };
        this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        this.#onRetry = options.onRetry;
    }
    /** Full jitter around the exponential step: parallel transfers that fail together do not retry in step. */
    backoff(attempt) {
        const cap = Math.min(this.settings.maxDelayMs, this.settings.baseDelayMs * 2 ** (attempt - 1));
        return Math.round(cap / 2 + Math.random() * (cap / 2));
    }
    /**
     * After `attempt` failed with `decision`: the wait before the next attempt, or undefined to give up (not
     * retryable, attempts spent, Retry-After too long, or the host's wait budget spent). Spends the budget.
     */
    nextDelay(host, attempt, decision, attempts = this.settings.attempts) {
        if (!decision.retryable || attempt >= attempts)
            return undefined;
        const delay = decision.retryAfterMs ?? this.backoff(attempt);
        if (delay > this.settings.maxRetryAfterMs)
            return undefined;
        const spent = this.#waited.get(host) ?? 0;
        if (spent + delay > this.settings.maxTotalWaitMs)
            return undefined;
        this.#waited.set(host, spent + delay);
        return delay;
    }
    /** Wait, telling the listener first. */
    async wait(event) {
        this.#onRetry?.({ type: 'retry', ...event });
        await this.#sleep(event.delayMs);
    }
    /**
     * Run `attempt` until it succeeds or the policy gives up; the last error is thrown. `attempts` overrides the
     * default count for loops whose every try is expensive (a whole blob).
     */
    async run(host, operation, fn, options = {}) {
        const attempts = options.attempts ?? this.settings.attempts;
        for (let attempt = 1;; attempt++) {
            try {
                return await fn(attempt);
            }
            catch (error) {
                const decision = (options.classify ?? classify)(error);
                const delay = this.nextDelay(host, attempt, decision, attempts);
                if (delay === undefined)
                    throw error;
                await this.wait({ host, operation, attempt: attempt + 1, attempts, delayMs: delay, reason: decision.reason });
            }
        }
    }
}


/***/ }),

/***/ 8371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ parseImageReference),
  H: () => (/* binding */ registriesOf)
});

// EXTERNAL MODULE: ./src/oci/reference.ts
var oci_reference = __webpack_require__(2148);
;// CONCATENATED MODULE: ./src/store/file-reference.ts
// Images as files, named as skopeo names them: `oci:PATH[:REF]`, `oci-archive:FILE[:REF]`,
// `docker-archive:FILE[:NAME:TAG]`. These prefixes always mean files; anything else is left to the registry parser.
// Only the grammar lives here, so parsing inputs loads no store (file-store.ts opens them).

class InvalidFileReferenceError extends Error {
    input;
    constructor(input, reason) {
        super(`Invalid file reference "${input}": ${reason}.`);
        this.name = 'InvalidFileReferenceError';
        this.input = input;
    }
}
const KINDS = ['oci-archive', 'docker-archive', 'oci'];
const FORMS = {
    oci: 'oci:PATH[:REF]',
    'oci-archive': 'oci-archive:FILE[:REF]',
    'docker-archive': 'docker-archive:FILE[:NAME:TAG]',
};
// The grammar of org.opencontainers.image.ref.name (OCI image layout spec, annotations).
const REF_NAME = /^[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*(?:\/[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*)*$/;
/**
 * Parse a file reference. Undefined when the text has none of the three prefixes (so it is a registry reference);
 * throws InvalidFileReferenceError when it has one but the rest is malformed. As in skopeo, the path ends at the
 * first colon after the prefix: a path cannot hold a colon, a REF can (`docker-archive:app.tar:host:5000/app:v1`).
 */
function parseFileReference(text) {
    const kind = KINDS.find((k) => text.startsWith(`${k}:`));
    if (kind === undefined)
        return undefined;
    const rest = text.slice(kind.length + 1);
    const colon = rest.indexOf(':');
    const path = colon < 0 ? rest : rest.slice(0, colon);
    const reference = colon < 0 ? undefined : rest.slice(colon + 1);
    if (path.trim() === '')
        throw new InvalidFileReferenceError(text, `the path is empty; expected ${FORMS[kind]}`);
    if (/[\0\n\r]/.test(path))
        throw new InvalidFileReferenceError(text, `the path holds a control character; expected ${FORMS[kind]}`);
    if (reference !== undefined) {
        if (reference === '')
            throw new InvalidFileReferenceError(text, `the part after "${path}:" is empty; expected ${FORMS[kind]}`);
        if (kind === 'docker-archive')
            checkDockerName(text, reference);
        else if (!REF_NAME.test(reference)) {
            throw new InvalidFileReferenceError(text, `"${reference}" is not a valid ref.name; expected letters and digits joined by - . _ : @ + or /, e.g. v1.2.3`);
        }
    }
    return { kind, text, path, reference, name: `${kind}:${path}` };
}
function checkDockerName(text, reference) {
    if (reference.includes('@')) {
        throw new InvalidFileReferenceError(text, `"${reference}" names a digest; a docker-archive names its images by NAME:TAG, e.g. app:v1`);
    }
    const lastSlash = reference.lastIndexOf('/');
    if (reference.lastIndexOf(':') <= lastSlash) {
        throw new InvalidFileReferenceError(text, `"${reference}" has no tag; expected NAME:TAG, e.g. app:v1`);
    }
    try {
        (0,oci_reference/* parseReference */.F2)(reference);
    }
    catch (error) {
        throw new InvalidFileReferenceError(text, `"${reference}" is not NAME:TAG (${error.message.replace(/\.$/, '')})`);
    }
}

;// CONCATENATED MODULE: ./src/store/image-reference.ts
// What a user writes for a place an image lives: a registry reference (`ghcr.io/acme/app:v1`, `nginx`) or a file
// (`oci:./out:v1`, `oci-archive:app.tar`, `docker-archive:app.tar:app:1`; these prefixes always mean files).


/** Throws InvalidReferenceError or InvalidFileReferenceError, each quoting the text. */
function parseImageReference(text) {
    const file = parseFileReference(text.trim());
    if (file)
        return { kind: 'file', file, text: file.text };
    const reference = (0,oci_reference/* parseReference */.F2)(text);
    // A tag or digest is written after the last path component's start; a port's colon comes before a slash.
    const last = text.trim().split('/').pop() ?? '';
    return { kind: 'registry', reference, text: (0,oci_reference/* formatReference */.FH)(reference), tagImplied: !last.includes(':') && !last.includes('@') };
}
/** Registries an image reference list touches (files touch none). */
function registriesOf(references) {
    return references.flatMap((r) => (r.kind === 'registry' ? [r.reference.registry] : []));
}


/***/ }),

/***/ 6831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ openRegistries)
});

// EXTERNAL MODULE: ./src/oci/reference.ts
var oci_reference = __webpack_require__(2148);
// EXTERNAL MODULE: ./src/retry/describe.ts
var describe = __webpack_require__(3969);
// EXTERNAL MODULE: ./src/retry/policy.ts
var retry_policy = __webpack_require__(5710);
// EXTERNAL MODULE: ./src/oci/manifest.ts
var manifest = __webpack_require__(2060);
;// CONCATENATED MODULE: ./src/store/registry/body.ts
// Response bodies: read a bounded amount, throw one away safely, and re-slice a byte stream into upload chunks.

/** Read a body as text, or undefined when it is longer than `limit` bytes (the rest is discarded). */
async function readLimited(body, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > limit) {
            discard(body);
            return undefined;
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** Drop a response body we will not read. The listener matters: destroying an undici body emits 'error'. */
function discard(body) {
    body.on('error', () => undefined);
    body.destroy();
}
/** Read a manifest body, refusing more than MAX_MANIFEST_BYTES (a missing Content-Length does not lift the limit). */
async function readManifestBody(body, tooLarge) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > manifest/* MAX_MANIFEST_BYTES */.ZJ) {
            discard(body);
            throw tooLarge();
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/** Re-slice a byte stream into chunks of exactly `size` bytes (the last may be shorter); holds one chunk at most. */
async function* rechunk(stream, size) {
    let parts = [];
    let held = 0;
    for await (const piece of stream) {
        let data = piece;
        while (held + data.length >= size) {
            const take = size - held;
            parts.push(data.subarray(0, take));
            yield Buffer.concat(parts);
            parts = [];
            held = 0;
            data = data.subarray(take);
        }
        if (data.length > 0) {
            parts.push(data);
            held += data.length;
        }
    }
    if (held > 0)
        yield Buffer.concat(parts);
}

;// CONCATENATED MODULE: ./src/store/registry/challenges.ts
// WWW-Authenticate, parsed: the challenges a registry answers a 401 with, and the scopes a bearer challenge asks for.
/**
 * Parse a WWW-Authenticate header into its challenges (RFC 7235): `Bearer realm="…",service="…",scope="…"`,
 * several challenges in one header, quoted strings with escapes and commas inside quotes.
 */
function parseChallenges(headerValue) {
    const challenges = [];
    let i = 0;
    const text = headerValue;
    const skipSpace = () => {
        while (i < text.length && (text[i] === ' ' || text[i] === '\t'))
            i++;
    };
    const readToken = () => {
        const start = i;
        while (i < text.length && /[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(text[i]))
            i++;
        return text.slice(start, i);
    };
    let current;
    while (i < text.length) {
        skipSpace();
        if (text[i] === ',') {
            i++;
            continue;
        }
        const token = readToken();
        if (token === '') {
            i++; // skip a stray character rather than loop forever
            continue;
        }
        skipSpace();
        if (text[i] === '=' && current) {
            i++;
            skipSpace();
            let value = '';
            if (text[i] === '"') {
                i++;
                while (i < text.length && text[i] !== '"') {
                    if (text[i] === '\\' && i + 1 < text.length)
                        i++;
                    value += text[i];
                    i++;
                }
                i++; // closing quote
            }
            else {
                value = readToken();
                // token68 values may end in '=' padding
                while (text[i] === '=') {
                    value += '=';
                    i++;
                }
            }
            current.params[token.toLowerCase()] = value;
        }
        else {
            // A token not followed by '=' starts a new challenge (its scheme).
            current = { scheme: token.toLowerCase(), params: {} };
            challenges.push(current);
        }
    }
    return challenges;
}
/** The repositories and actions a bearer challenge's `scope` asks for (`repository:acme/app:pull,push`). */
function challengedScopes(challenges) {
    const wanted = challenges.find((c) => c.scheme === 'bearer')?.params['scope'];
    return (wanted?.split(' ') ?? []).flatMap((scope) => {
        const [, repository, actions] = /^repository:(.+):([a-z,*]+)$/.exec(scope) ?? [];
        return repository && actions ? [{ repository, actions: actions.split(',') }] : [];
    });
}

;// CONCATENATED MODULE: ./src/store/registry/errors.ts
// Typed registry errors whose messages a user can act on, with URLs redacted (signed query strings stay secret).
// Each error says whether trying again can help (SelfClassifying), so the one retry policy needs no status tables.

// Query parameters that carry no secret and help a reader; every other value (signatures, tokens) is replaced.
const SAFE_QUERY_KEYS = new Set(['digest', 'mount', 'from', 'n', 'last', 'service', 'scope']);
/** The URL without credentials and with secret-bearing query values replaced by `REDACTED`. */
function redactUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return '<unparsable URL>';
    }
    parsed.username = '';
    parsed.password = '';
    for (const key of [...parsed.searchParams.keys()]) {
        if (!SAFE_QUERY_KEYS.has(key.toLowerCase()))
            parsed.searchParams.set(key, 'REDACTED');
    }
    return parsed.toString();
}
/** Codes that mean "this upload went wrong in transit": a fresh upload of fresh bytes can succeed. */
const UPLOAD_RETRY_CODES = ['DIGEST_INVALID', 'BLOB_UPLOAD_INVALID', 'BLOB_UPLOAD_UNKNOWN'];
const BLOB_UNKNOWN_CODES = new Set(['MANIFEST_BLOB_UNKNOWN', 'BLOB_UNKNOWN']);
const DIGEST_IN_TEXT = /\b(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})\b/g;
class RegistryError extends Error {
    status;
    codes;
    method;
    url;
    registry;
    operation;
    object;
    retryable;
    retryReason;
    retryAfterMs;
    constructor(options) {
        super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'RegistryError';
        this.registry = options.registry;
        this.method = options.method;
        this.url = redactUrl(options.url);
        this.status = options.status;
        this.codes = options.codes ?? [];
        this.operation = options.operation;
        this.object = options.object;
        const derived = deriveRetry(options, this.codes);
        this.retryable = options.retryable ?? derived.retryable;
        this.retryReason = options.retryReason ?? derived.reason;
        this.retryAfterMs = options.retryAfterMs;
    }
    hasCode(code) {
        return this.codes.some((c) => c.code === code);
    }
    /** The digests the registry named as unknown (MANIFEST_BLOB_UNKNOWN, BLOB_UNKNOWN), from `detail`, in order. */
    unknownBlobs() {
        const found = new Set();
        for (const entry of this.codes) {
            if (!BLOB_UNKNOWN_CODES.has(entry.code) || entry.detail === undefined)
                continue;
            const text = typeof entry.detail === 'string' ? entry.detail : JSON.stringify(entry.detail);
            for (const match of text.matchAll(DIGEST_IN_TEXT))
                found.add(match[1]);
        }
        return [...found];
    }
}
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
/** Whether a status is worth another request (the transport's table, and a failed response's). */
function statusRetry(status) {
    if (!RETRYABLE_STATUS.has(status))
        return { retryable: false, reason: undefined };
    return { retryable: true, reason: status === 429 ? 'the registry rate limit (429)' : `status ${status}` };
}
function deriveRetry(options, codes) {
    const { status } = options;
    if (status === undefined) {
        // No answer at all: a network failure is worth another try, a refusal we made ourselves (a bad realm) is not.
        if (options.cause === undefined)
            return { retryable: false, reason: undefined };
        const decision = (0,retry_policy/* classify */.L8)(options.cause);
        return { retryable: decision.retryable, reason: decision.reason };
    }
    const byStatus = statusRetry(status);
    if (byStatus.retryable)
        return byStatus;
    if (options.upload) {
        const code = codes.find((c) => UPLOAD_RETRY_CODES.includes(c.code));
        if (code)
            return { retryable: true, reason: `the registry refused the upload (${code.code})` };
    }
    return { retryable: false, reason: undefined };
}
/** Parse the distribution spec's `{"errors":[{code,message,detail}]}` body; tolerate anything else. */
function parseErrorBody(text) {
    try {
        const json = JSON.parse(text);
        if (Array.isArray(json.errors)) {
            return json.errors
                .filter((e) => typeof e === 'object' && e !== null)
                .map((e) => ({
                code: typeof e['code'] === 'string' ? e['code'] : 'UNKNOWN',
                message: typeof e['message'] === 'string' ? e['message'] : '',
                ...(e['detail'] !== undefined && e['detail'] !== null && { detail: e['detail'] }),
            }));
        }
        if (typeof json.message === 'string')
            return [{ code: 'UNKNOWN', message: json.message }];
    }
    catch {
        // not JSON: fall through
    }
    const trimmed = text.trim().slice(0, 200);
    return trimmed === '' ? [] : [{ code: 'UNKNOWN', message: trimmed }];
}
/** One error entry for a message: `CODE: message (detail)`, the detail cut short when it is long. */
function describeCode(entry) {
    const base = `${entry.code}: ${entry.message}`;
    if (entry.detail === undefined)
        return base;
    const detail = typeof entry.detail === 'string' ? entry.detail : JSON.stringify(entry.detail);
    if (detail === '' || detail === '{}' || detail === '[]')
        return base;
    return `${base} (${detail.length > 200 ? `${detail.slice(0, 200)}…` : detail})`;
}
/** A sentence for a failed response: what happened, on which registry, and what the registry said. */
function describeStatus(status, registry, what, codes) {
    const said = codes.length > 0 ? ` (registry said: ${codes.map(describeCode).join('; ')})` : '';
    const ghcrHint = registry === 'ghcr.io'
        ? '; with GITHUB_TOKEN, the usual causes are a job without `permissions: packages: write` and a package not linked to this repository (package settings -> Manage Actions access)'
        : '';
    switch (status) {
        case 401:
            return `authentication failed for ${registry} while trying to ${what}; check the username and password or token${ghcrHint}${said}`;
        case 403:
            return `access denied by ${registry} while trying to ${what}; the credentials lack permission${ghcrHint}${said}`;
        case 404:
            return `${what}: not found on ${registry}${said}`;
        case 429:
            return `${registry} rate-limited the request to ${what} (429 Too Many Requests) and retries ran out${said}`;
        default:
            return `${registry} answered ${status} while trying to ${what}${said}`;
    }
}

;// CONCATENATED MODULE: ./src/store/registry/token-cache.ts
// Bearer tokens per registry and scope set: one fetch at a time per key, refreshed before expiry.
/** Tokens per registry and scope set. Concurrent requests for the same key share one fetch. */
class TokenCache {
    #entries = new Map();
    #now;
    constructor(now = Date.now) {
        this.#now = now;
    }
    static key(registry, scopes) {
        return `${registry} ${[...new Set(scopes)].sort().join(' ')}`;
    }
    async get(key, fetch) {
        const existing = this.#entries.get(key);
        if (existing) {
            let entry;
            try {
                entry = await existing;
            }
            catch (error) {
                // Everyone waiting on a fetch that failed shares its failure: requests in flight together must not turn
                // into one token request each. Only a fetch started since (after an invalidate) is worth joining.
                const current = this.#entries.get(key);
                if (current === undefined || current === existing)
                    throw error;
                return this.get(key, fetch);
            }
            // Refresh before expiry so a request does not start with a token that dies in flight: 10 s early, or at
            // half its life for short-lived tokens (which would otherwise never be reused).
            const margin = Math.min(10_000, (entry.expiresAt - entry.fetchedAt) / 2);
            if (entry.expiresAt - margin > this.#now())
                return entry.token;
            if (this.#entries.get(key) !== existing)
                return this.get(key, fetch);
        }
        const fetchedAt = this.#now();
        const pending = fetch().then((token) => ({ ...token, fetchedAt }));
        this.#entries.set(key, pending);
        pending.catch(() => {
            if (this.#entries.get(key) === pending)
                this.#entries.delete(key);
        });
        return (await pending).token;
    }
    invalidate(key) {
        this.#entries.delete(key);
    }
}

// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __webpack_require__(3053);
;// CONCATENATED MODULE: ./src/store/registry/transport.ts
// HTTP to registries: keep-alive pools, retries of transient answers (the one retry policy, honouring Retry-After),
// and redirects that never carry Authorization to another host nor downgrade to plain HTTP.




const MAX_REDIRECTS = 5;
const SEND_HEADERS = 'undici:client:sendHeaders';
/** How long close() gives background clean-ups: one slow round trip. */
const BACKGROUND_WAIT_MS = 2000;
/** Writes one lane keeps in flight at once; a subject's referrers and its index fit. */
const LANE_DEPTH = 16;
/** One per process run: owns the connection pools. Agents are per trust setting, each pooling per origin. */
class Transport {
    logger;
    policy;
    /** undici, loaded on the first request: a run that fails on its inputs never pays for its package index. */
    #pools;
    #poolOptions;
    #ca;
    #insecureHosts;
    #userAgent;
    #background = new Set();
    #laneClients = new Set();
    constructor(options) {
        this.logger = options.logger;
        this.policy =
            options.policy ??
                new retry_policy/* RetryPolicy */.fU({
                    ...(options.retry && { settings: options.retry }),
                    ...(options.sleep && { sleep: options.sleep }),
                    onRetry: (event) => options.logger.info((0,describe/* describeRetry */.e)(event)),
                });
        this.#insecureHosts = options.insecureHosts ?? new Set();
        this.#userAgent = options.userAgent ?? 'hoist/1';
        this.#poolOptions = {
            keepAliveTimeout: 30_000,
            connections: 16,
            headersTimeout: 60_000,
            bodyTimeout: 120_000,
            // Node's own default (http.maxHeaderSize), given here so that undici need not load node:http to read it.
            maxHeaderSize: 16 * 1024,
        };
        this.#ca = options.ca;
        // Start loading now, so reading the module overlaps with resolving credentials; failures surface on first use.
        this.#loadPools().catch(() => undefined);
    }
    /**
     * Ends the run's connections. Everything the run waits for has finished by now; what may still be in flight is a
     * probe nobody needs (the HTTPS attempt at a plain-HTTP port, which can take until its time-out), so connections
     * are destroyed rather than drained.
     */
    async close() {
        if (!this.#pools)
            return;
        // Clean-ups nobody waits for (cancelled upload sessions): given a moment, never an error.
        if (this.#background.size > 0) {
            let timer;
            const bound = new Promise((resolve) => (timer = setTimeout(resolve, BACKGROUND_WAIT_MS)));
            await Promise.race([Promise.allSettled([...this.#background]), bound]);
            clearTimeout(timer);
        }
        const { verifying, unverified } = await this.#pools;
        await Promise.all([verifying.destroy(), unverified.destroy(), ...[...this.#laneClients].map((client) => client.destroy())]);
    }
    /**
     * Resolves when a request to `url` starts going out on its socket (undici's documented `undici:client:sendHeaders`
     * message), or after `maxMs` when none has (a refused connection writes nothing).
     */
    written(url, maxMs) {
        return new Promise((resolve) => {
            const done = () => {
                clearTimeout(timer);
                (0,external_node_diagnostics_channel_.unsubscribe)(SEND_HEADERS, onSend);
                resolve();
            };
            const onSend = (message) => {
                const request = message.request;
                if (request?.origin === url.origin && request.path === `${url.pathname}${url.search}`)
                    done();
            };
            const timer = setTimeout(done, maxMs);
            (0,external_node_diagnostics_channel_.subscribe)(SEND_HEADERS, onSend);
        });
    }
    /** Work that should end before the connections do, though nothing waits for it; its failure is ignored. */
    finishBeforeClose(work) {
        const settled = work.then(() => undefined, () => undefined);
        this.#background.add(settled);
        void settled.then(() => this.#background.delete(settled));
    }
    /** Send with retries of transient failures and manual redirects. The caller consumes or dumps the body. */
    async send(options) {
        const replayable = !(options.body !== undefined && typeof options.body === 'object' && !Buffer.isBuffer(options.body));
        const host = options.url.host;
        const operation = `${options.method} ${redactUrl(options.url)}`;
        const { attempts } = this.policy.settings;
        for (let attempt = 1;; attempt++) {
            let response;
            try {
                response = await this.#sendFollowingRedirects(options);
            }
            catch (error) {
                if (!replayable || options.retryNetworkErrors === false || options.signal?.aborted)
                    throw error;
                const reason = describeNetworkError(error);
                const delay = this.policy.nextDelay(host, attempt, { ...(0,retry_policy/* classify */.L8)(error), reason }, attempts);
                if (delay === undefined)
                    throw error;
                await this.policy.wait({ host, operation, attempt: attempt + 1, attempts, delayMs: delay, reason });
                continue;
            }
            const byStatus = statusRetry(response.status);
            if (!byStatus.retryable || !replayable)
                return response;
            const reason = byStatus.reason ?? `status ${response.status}`;
            const retryAfterMs = parseRetryAfter(response.headers['retry-after']);
            const decision = { retryable: true, reason, ...(retryAfterMs !== undefined && { retryAfterMs }) };
            const delay = this.policy.nextDelay(host, attempt, decision, attempts);
            if (delay === undefined)
                return response;
            await response.body.dump().catch(() => undefined);
            await this.policy.wait({ host, operation, attempt: attempt + 1, attempts, delayMs: delay, reason });
        }
    }
    #loadPools() {
        this.#pools ??= __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 4371, 23)).then(({ Agent, Client, request }) => ({
            request,
            Client,
            verifying: new Agent({ ...this.#poolOptions, connect: this.#ca ? { ca: this.#ca } : {} }),
            unverified: new Agent({ ...this.#poolOptions, connect: { rejectUnauthorized: false } }),
        }));
        return this.#pools;
    }
    /** The lane's own connection to `url`'s origin, with the trust settings of the pool it stands beside. */
    #laneClient(lane, url, pools) {
        let client = lane.clients.get(url.origin);
        if (!client) {
            const { connections: _, ...options } = this.#poolOptions ?? {};
            const connect = this.#insecureHosts.has(url.host) ? { rejectUnauthorized: false } : this.#ca ? { ca: this.#ca } : {};
            const created = new pools.Client(url.origin, { ...options, pipelining: LANE_DEPTH, connect });
            this.#laneClients.add(created);
            lane.clients.set(url.origin, created);
            client = created;
        }
        return client;
    }
    async #sendFollowingRedirects(options) {
        const pools = await this.#loadPools();
        const { request, verifying, unverified } = pools;
        let url = options.url;
        let method = options.method;
        let body = options.body;
        const originHost = options.url.host;
        for (let hop = 0;; hop++) {
            const headers = { 'user-agent': this.#userAgent, ...options.headers };
            // Authorization belongs to the host that challenged for it: never forwarded to object storage.
            if (options.authorization !== undefined && url.host === originHost)
                headers['authorization'] = options.authorization;
            const turn = hop === 0 ? options.turn : undefined;
            const dispatcher = turn ? this.#laneClient(turn.lane, url, pools) : this.#insecureHosts.has(url.host) ? unverified : verifying;
            if (turn)
                await turn.before;
            let pending;
            try {
                pending = request(url, {
                    dispatcher,
                    method: method,
                    headers,
                    body: body ?? null,
                    // On a lane a PUT is pipelined (undici holds back a request it may not replay); a manifest PUT is idempotent.
                    ...(turn && { idempotent: true }),
                    ...(options.signal && { signal: options.signal }),
                });
            }
            finally {
                // undici queued it on the lane's connection synchronously: the next turn may go.
                turn?.sent();
            }
            const res = await pending;
            const location = res.headers['location'];
            if (![301, 302, 303, 307, 308].includes(res.statusCode) ||
                typeof location !== 'string' ||
                method === 'POST' ||
                method === 'PUT' ||
                method === 'PATCH') {
                return { status: res.statusCode, headers: res.headers, body: res.body, url };
            }
            await res.body.dump().catch(() => undefined);
            if (hop >= MAX_REDIRECTS)
                throw new Error(`too many redirects from ${redactUrl(options.url)}`);
            const next = new URL(location, url);
            if (url.protocol === 'https:' && next.protocol !== 'https:') {
                throw new Error(`refused a redirect from ${redactUrl(url)} to plain HTTP ${redactUrl(next)}`);
            }
            if (res.statusCode === 303) {
                method = 'GET';
                body = undefined;
            }
            url = next;
        }
    }
}
/** A network failure worth another attempt (a reset, a time-out); never an abort. */
function isRetryableError(error) {
    return classify(error).retryable;
}
function describeNetworkError(error) {
    const code = (0,retry_policy/* errorCode */.CA)(error);
    const message = error instanceof Error ? error.message : String(error);
    return code && !message.includes(code) ? `${message} (${code})` : message;
}
/** Retry-After as delay-seconds or an HTTP-date; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    const text = Array.isArray(value) ? value[0] : value;
    if (text === undefined || text.trim() === '')
        return undefined;
    if (/^\d+$/.test(text.trim()))
        return Number(text.trim()) * 1000;
    // Only an HTTP-date (IMF-fixdate, RFC 850 or asctime, all of which name a weekday): Date.parse alone takes
    // almost anything, and "1.5" must not mean "retry now".
    if (!/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? /i.test(text.trim()))
        return undefined;
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function header(headers, name) {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}

;// CONCATENATED MODULE: ./src/store/registry/auth.ts





/** Scopes are `repository:<name>:<actions>`; the same repository's actions merge into one scope. */
function repositoryScope(repository, actions) {
    return `repository:${repository}:${[...new Set(actions)].sort().reverse().join(',')}`;
}
const MAX_TOKEN_RESPONSE_BYTES = 64 * 1024;
const DEFAULT_TOKEN_LIFETIME_S = 60; // the token spec's default when expires_in is absent
/** Thrown inside the re-authentication loop only: "the token was refused, a fresh one is ready". */
class TokenRefused extends Error {
}
const REAUTHENTICATE = { retryable: true, reason: 'the registry refused the token (401)', retryAfterMs: 0 };
/** Produces the Authorization header for one registry, given the challenge its /v2/ answered with. */
class Authenticator {
    #options;
    #challenge;
    #scopes = new Map();
    /** Responses to a streamed upload whose token was dropped: the caller may send fresh bytes once more. */
    #dropped = new WeakSet();
    /** Tokens fetched after a streamed upload's token was dropped; a refusal of one of these is not the token's age. */
    #replacements = new Set();
    #replacing = false;
    constructor(options) {
        this.#options = options;
    }
    get scheme() {
        return this.#challenge?.scheme;
    }
    setChallenge(challenges) {
        this.#challenge = challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
    }
    /** Declare access this run needs, before the first request, so a single token covers all of it. */
    requireScope(repository, ...actions) {
        const set = this.#scopes.get(repository) ?? new Set();
        for (const action of actions)
            set.add(action);
        this.#scopes.set(repository, set);
    }
    scopes() {
        return [...this.#scopes].map(([repository, actions]) => repositoryScope(repository, [...actions]));
    }
    async authorization(scopes) {
        const challenge = this.#challenge;
        if (!challenge)
            return undefined;
        const creds = this.#options.credentials;
        if (challenge.scheme === 'basic') {
            if (!creds?.username || creds.password === undefined)
                return undefined;
            return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
        }
        const key = TokenCache.key(this.#options.registry, scopes);
        const token = await this.#options.tokens.get(key, () => this.#fetchToken(challenge, scopes));
        return `Bearer ${token}`;
    }
    invalidate(scopes) {
        this.#options.tokens.invalidate(TokenCache.key(this.#options.registry, scopes));
    }
    /**
     * Send with authorization (only to `ownHost`, never to an upload URL elsewhere). A 401 to a request whose body
     * can be sent again is answered here: the challenge's scopes are added, a fresh token fetched, the request sent
     * once more. A streamed body cannot be sent twice: its token is dropped and `tokenDropped(response)` tells the
     * caller that fresh bytes may be sent once more.
     */
    async send(options, ownHost) {
        const isOwnHost = options.url.host === ownHost;
        const replayable = options.body === undefined || typeof options.body === 'string' || Buffer.isBuffer(options.body);
        const operation = `${options.method} ${redactUrl(options.url)}`;
        return this.#options.policy.run(options.url.host, operation, async (attempt) => {
            const scopes = this.scopes();
            const authorization = isOwnHost ? await this.authorization(scopes) : undefined;
            const response = await this.#options.transport.send({ ...options, ...(authorization && { authorization }) });
            if (response.status !== 401 || !isOwnHost)
                return response;
            if (!replayable) {
                this.#refusedStream(response, scopes, authorization);
                return response;
            }
            if (attempt > 1)
                return response;
            const challengeText = header(response.headers, 'www-authenticate');
            await response.body.dump().catch(() => undefined);
            if (challengeText) {
                const challenges = parseChallenges(challengeText);
                this.setChallenge(challenges);
                for (const { repository, actions } of challengedScopes(challenges))
                    this.requireScope(repository, ...actions);
            }
            this.invalidate(scopes);
            throw new TokenRefused();
        }, { attempts: 2, classify: (error) => (error instanceof TokenRefused ? REAUTHENTICATE : { retryable: false, reason: '' }) });
    }
    /** Whether `response` (a 401 to a streamed upload) dropped a token that had merely expired: send once more. */
    tokenDropped(response) {
        return this.#dropped.has(response);
    }
    #refusedStream(response, scopes, authorization) {
        // Only a bearer token can expire; one fetched to replace a dropped one was refused for another reason.
        if (this.#challenge?.scheme !== 'bearer' || authorization === undefined || this.#replacements.has(authorization))
            return;
        this.invalidate(scopes);
        this.#replacing = true;
        this.#dropped.add(response);
    }
    /** The token GET of the Docker token spec, with Basic credentials when we have a username and password. */
    #getToken(realm, service, scopes) {
        const { credentials, transport } = this.#options;
        const url = new URL(realm);
        if (service)
            url.searchParams.set('service', service);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        const authorization = credentials?.username && credentials.password !== undefined
            ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
            : undefined;
        if (authorization === undefined)
            url.searchParams.set('client_id', 'hoist');
        return transport.send({ method: 'GET', url, ...(authorization && { authorization }) });
    }
    async #fetchToken(challenge, scopes) {
        const replacing = this.#replacing;
        this.#replacing = false;
        const fetched = await this.#requestToken(challenge, scopes);
        if (replacing)
            this.#replacements.add(`Bearer ${fetched.token}`);
        return fetched;
    }
    async #requestToken(challenge, scopes) {
        const { registry, transport, credentials, logger } = this.#options;
        const realmText = challenge.params['realm'];
        if (!realmText) {
            throw new RegistryError({
                message: `${registry} asked for a bearer token but named no realm to get it from`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: `https://${registry}/v2/`,
            });
        }
        let realm;
        try {
            realm = new URL(realmText);
        }
        catch {
            throw new RegistryError({
                message: `${registry} named a token realm that is not a URL`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: `https://${registry}/v2/`,
            });
        }
        if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && this.#options.allowHttpRealm(realm.host))) {
            throw new RegistryError({
                message: `${registry} sent its token realm over plain HTTP (${redactUrl(realm)}); refusing to send credentials there. Add the realm host to insecure-registries if that is intended`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: realm,
            });
        }
        const service = challenge.params['service'];
        const started = Date.now();
        let response;
        if (credentials?.identityToken) {
            // OAuth2 refresh-token grant: the refresh token only ever goes to the auth server, in a POST body.
            const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credentials.identityToken, client_id: 'hoist' });
            if (service)
                form.set('service', service);
            form.set('scope', scopes.join(' '));
            response = await transport.send({
                method: 'POST',
                url: realm,
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: form.toString(),
            });
            if (response.status === 404 || response.status === 405) {
                // Auth servers without the OAuth2 endpoint: fall back to the token GET, as Docker does.
                await response.body.dump().catch(() => undefined);
                logger.debug(`The token server for ${registry} has no OAuth2 endpoint (${response.status}); using the token GET.`);
                response = await this.#getToken(realm, service, scopes);
            }
        }
        else {
            response = await this.#getToken(realm, service, scopes);
        }
        const text = await readLimited(response.body, MAX_TOKEN_RESPONSE_BYTES);
        if (text === undefined) {
            throw new RegistryError({
                message: `the token server for ${registry} sent a response over ${MAX_TOKEN_RESPONSE_BYTES / 1024} KiB; refusing it`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: realm,
                status: response.status,
            });
        }
        if (response.status === 401 || response.status === 403) {
            const who = credentials
                ? `the credentials from ${credentials.source}${credentials.username ? ` (user "${credentials.username}")` : ''}`
                : 'anonymous access';
            throw new RegistryError({
                message: `authentication failed for ${registry}: its token server (${realm.host}) rejected ${who}; check the username and password or token`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: realm,
                status: response.status,
            });
        }
        if (response.status !== 200) {
            throw new RegistryError({
                message: `the token server for ${registry} (${realm.host}) answered ${response.status}`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: realm,
                status: response.status,
            });
        }
        let json;
        try {
            json = JSON.parse(text);
        }
        catch {
            throw new RegistryError({
                message: `the token server for ${registry} did not answer with JSON`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: realm,
                status: 200,
            });
        }
        const token = typeof json['token'] === 'string' && json['token'] !== '' ? json['token'] : json['access_token'];
        if (typeof token !== 'string' || token === '') {
            throw new RegistryError({
                message: `the token server for ${registry} answered without a token`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: realm,
                status: 200,
            });
        }
        this.#options.secret(token);
        if (typeof json['refresh_token'] === 'string')
            this.#options.secret(json['refresh_token']);
        const lifetime = typeof json['expires_in'] === 'number' && json['expires_in'] > 0 ? json['expires_in'] : DEFAULT_TOKEN_LIFETIME_S;
        logger.debug(`Fetched a token for ${registry} (${scopes.join(' ')}), valid ${lifetime} s.`);
        return { token, expiresAt: started + lifetime * 1000 };
    }
}

// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(8825);
;// CONCATENATED MODULE: ./src/store/registry/uploads.ts




/** Chunk size for PATCH uploads: big enough to keep round trips few, small enough to hold in memory. */
const DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;
/** Tries of one chunk, the first included, before the upload fails (each resumes from what arrived). */
const CHUNK_ATTEMPTS = 4;
function sessionFrom(response, requestUrl) {
    const min = Number(header(response.headers, 'oci-chunk-min-length'));
    return { url: locationOr(response, requestUrl), minChunkSize: Number.isSafeInteger(min) && min > 0 ? min : undefined };
}
function locationOr(response, base) {
    const location = header(response.headers, 'location');
    return location ? new URL(location, base) : base;
}
class BlobUploads {
    #api;
    /** Set once the registry refused a monolithic upload (413): later blobs go up in chunks straight away. */
    #chunked = false;
    constructor(api) {
        this.#api = api;
    }
    get chunked() {
        return this.#chunked;
    }
    /** Open an upload session; Location may be relative and carry query parameters, which are kept. */
    async start(repository) {
        const url = await this.#api.url(`${repository}/blobs/uploads/`);
        const what = `start a blob upload in ${repository}`;
        const response = await this.#api.send('POST', url, what, { 'content-length': '0' }, Buffer.alloc(0));
        if (response.status !== 202 || !header(response.headers, 'location'))
            return this.#api.fail(response, 'POST', url, what, { operation: 'start a blob upload', upload: true });
        await response.body.dump().catch(() => undefined);
        return sessionFrom(response, url);
    }
    /** Cancel a session whose bytes will not come (DELETE, as the spec offers); the registry would purge it anyway. */
    async cancel(session, repository) {
        const what = `cancel an unneeded blob upload in ${repository}`;
        const response = await this.#api.send('DELETE', session.url, what, {}, undefined, { retryNetworkErrors: false });
        await response.body.dump().catch(() => undefined);
    }
    /**
     * Upload a whole blob from a stream: one PUT, or PATCH chunks when this registry wants them. A 413 to the single
     * PUT throws an error that says to try again (with fresh bytes): the next attempt goes up in chunks.
     */
    async upload(session, digest, size, body, repository) {
        if (this.#chunked)
            return this.#putChunked(session, digest, size, body, repository);
        const url = new URL(session.url);
        url.searchParams.set('digest', digest);
        const what = `upload blob ${digest} to ${repository}`;
        const headers = { 'content-type': 'application/octet-stream', 'content-length': String(size) };
        const response = await this.#api.send('PUT', url, what, headers, body);
        if (response.status === 201 || response.status === 204) {
            await response.body.dump().catch(() => undefined);
            return;
        }
        if (response.status === 413) {
            this.#chunked = true;
            this.#api.logger.info(`${this.#api.registry} refused a ${size}-byte upload in one request (413); sending blobs in chunks from now on.`);
            await response.body.dump().catch(() => undefined);
            throw new RegistryError({
                message: `${this.#api.registry} refused a ${size}-byte upload of blob ${digest} to ${repository} in one request (413)`,
                registry: this.#api.registry,
                method: 'PUT',
                url,
                status: 413,
                operation: 'upload blob',
                object: digest,
                retryable: true,
                retryReason: 'the registry wants chunked uploads',
            });
        }
        return this.#api.fail(response, 'PUT', url, what, { operation: 'upload blob', object: digest, upload: true });
    }
    /**
     * Stream a blob as it is made: one PATCH of its bytes (no length known ahead: chunked transfer coding), then, once
     * `made` names it, the PUT with its digest, which the registry checks against what it received.
     */
    async uploadAsMade(session, body, made, repository) {
        const api = this.#api;
        const what = `upload a blob to ${repository} while it is made`;
        const context = { operation: 'upload blob', upload: true };
        const headers = { 'content-type': 'application/octet-stream' };
        const response = await api.send('PATCH', session.url, what, headers, body, { retryNetworkErrors: false });
        if (response.status !== 202 && response.status !== 204)
            return api.fail(response, 'PATCH', session.url, what, context);
        await response.body.dump().catch(() => undefined);
        const url = locationOr(response, session.url);
        const { digest, size } = await made;
        const range = /^(?:bytes=)?0-(\d+)$/.exec(header(response.headers, 'range') ?? '');
        if (range && Number(range[1]) + 1 !== size) {
            throw new RegistryError({
                message: `${api.registry} reports ${Number(range[1]) + 1} bytes of ${digest} received, but it is ${size} bytes`,
                registry: api.registry,
                method: 'PATCH',
                url,
                ...context,
                object: digest,
                retryable: true,
                retryReason: 'the registry received another length than was sent',
            });
        }
        const done = new URL(url);
        done.searchParams.set('digest', digest);
        const closing = await api.send('PUT', done, `upload blob ${digest} to ${repository}`, { 'content-length': '0' }, Buffer.alloc(0));
        if (closing.status === 201 || closing.status === 204) {
            await closing.body.dump().catch(() => undefined);
            return;
        }
        return api.fail(closing, 'PUT', done, `upload blob ${digest} to ${repository}`, { ...context, object: digest });
    }
    async #putChunked(session, digest, size, body, repository) {
        const api = this.#api;
        const what = `upload blob ${digest} to ${repository} in chunks`;
        const context = { operation: 'upload blob', object: digest, upload: true };
        const chunkSize = Math.max(session.minChunkSize ?? 0, DEFAULT_CHUNK_SIZE);
        let url = session.url;
        let offset = 0;
        for await (const chunk of rechunk(body, chunkSize)) {
            let pending = chunk;
            let start = offset;
            for (let attempt = 1; pending.length > 0; attempt++) {
                const end = start + pending.length - 1;
                // Undefined when the connection broke: never replayed blindly, as part of the chunk may have landed.
                let response;
                let decision;
                try {
                    response = await api.send('PATCH', url, what, { 'content-type': 'application/octet-stream', 'content-length': String(pending.length), 'content-range': `${start}-${end}` }, pending, { retryNetworkErrors: false });
                }
                catch (error) {
                    if (!(error instanceof RegistryError) || error.status !== undefined)
                        throw error;
                    decision = (0,retry_policy/* classify */.L8)(error);
                    const delay = api.policy.nextDelay(url.host, attempt, decision, CHUNK_ATTEMPTS);
                    if (delay === undefined)
                        throw error;
                    await this.#resumeAfter(delay, url, attempt, `the connection broke while sending bytes ${start}-${end} of ${digest}`);
                }
                if (response) {
                    if (response.status === 202 || response.status === 204) {
                        await response.body.dump().catch(() => undefined);
                        url = locationOr(response, url);
                        break;
                    }
                    decision = { retryable: response.status === 416, reason: `${api.registry} expected another offset (416)` };
                    const delay = api.policy.nextDelay(url.host, attempt, decision, CHUNK_ATTEMPTS);
                    if (delay === undefined)
                        return api.fail(response, 'PATCH', url, what, context);
                    await response.body.dump().catch(() => undefined);
                    await this.#resumeAfter(delay, url, attempt, decision.reason);
                }
                // 416 or a broken connection: the registry holds a different amount than we assumed; ask it, resend from there.
                const received = await this.#uploadOffset(url, what);
                if (received < offset || received > end + 1) {
                    throw new RegistryError({
                        message: `${api.registry} reports ${received} bytes of ${digest} received, outside the chunk being sent; cannot resume`,
                        registry: api.registry,
                        method: 'PATCH',
                        url,
                        status: 416,
                        ...context,
                        // A fresh upload session starts from nothing, so the blob as a whole is worth another try.
                        retryable: true,
                        retryReason: 'the registry lost track of the upload',
                    });
                }
                pending = chunk.subarray(received - offset);
                start = received;
            }
            offset += chunk.length;
        }
        if (offset !== size) {
            throw new RegistryError({
                message: `${what}: the source gave ${offset} bytes, expected ${size}`,
                registry: api.registry,
                method: 'PATCH',
                url,
                ...context,
                // The source was short: another read of it may not be.
                retryable: true,
                retryReason: `the source gave ${offset} of ${size} bytes`,
            });
        }
        const done = new URL(url);
        done.searchParams.set('digest', digest);
        const response = await api.send('PUT', done, what, { 'content-length': '0' }, Buffer.alloc(0));
        if (response.status === 201 || response.status === 204) {
            await response.body.dump().catch(() => undefined);
            return;
        }
        return api.fail(response, 'PUT', done, what, context);
    }
    /** Tell the policy's listener, wait, and go on to ask the registry what it holds. */
    async #resumeAfter(delayMs, url, attempt, reason) {
        await this.#api.policy.wait({
            host: url.host,
            operation: `PATCH ${redactUrl(url)}`,
            attempt: attempt + 1,
            attempts: CHUNK_ATTEMPTS,
            delayMs,
            reason: `${reason}; resuming from what the registry holds`,
        });
    }
    /** How many bytes of an upload the registry holds (`Range: 0-N` means N+1). */
    async #uploadOffset(url, what) {
        const response = await this.#api.send('GET', url, what);
        if (response.status !== 204 && response.status !== 200)
            return this.#api.fail(response, 'GET', url, what, { operation: 'upload blob', upload: true });
        await response.body.dump().catch(() => undefined);
        const range = /^(?:bytes=)?0-(\d+)$/.exec(header(response.headers, 'range') ?? '');
        return range ? Number(range[1]) + 1 : 0;
    }
}

;// CONCATENATED MODULE: ./src/store/registry/blobs.ts





/** Does the repository hold this blob? */
async function hasBlob(api, repository, digest) {
    const url = await api.url(`${repository}/blobs/${digest}`);
    const what = `check blob ${digest} in ${repository}`;
    const response = await api.send('HEAD', url, what);
    await response.body.dump().catch(() => undefined);
    if (response.status === 200)
        return true;
    if (response.status === 404)
        return false;
    return api.fail(response, 'HEAD', url, what, { operation: 'check blob', object: digest });
}
/**
 * Cross-repository mount. 201 means the blob is now linked; 202 means the registry started an ordinary upload
 * instead (ECR, or the blob is not in `from`), whose URL we hand back so the upload needs no second POST.
 */
async function mountBlob(api, repository, digest, from) {
    const url = await api.url(`${repository}/blobs/uploads/`);
    url.searchParams.set('mount', digest);
    url.searchParams.set('from', from);
    const response = await api.send('POST', url, `mount blob ${digest} into ${repository}`, { 'content-length': '0' }, Buffer.alloc(0));
    await response.body.dump().catch(() => undefined);
    if (response.status === 201)
        return { mounted: true };
    const location = header(response.headers, 'location');
    if (response.status === 202 && location) {
        return { mounted: false, session: sessionFrom(response, url), reason: 'the registry started an upload instead' };
    }
    return { mounted: false, reason: `the mount was answered ${response.status}` };
}
/** Stream a blob, verified: the returned stream errors if size or digest differ, so nothing unverified is trusted. */
async function getBlob(api, repository, digest, size, onBytes) {
    const url = await api.url(`${repository}/blobs/${digest}`);
    const what = `read blob ${digest} from ${repository}`;
    const response = await api.send('GET', url, what);
    if (response.status !== 200)
        return api.fail(response, 'GET', url, what, { operation: 'read blob', object: digest });
    const verifier = new oci_digest/* VerifyingStream */.SC(digest, size, `blob ${digest} from ${api.registry}/${repository}`, onBytes);
    response.body.on('error', (error) => verifier.destroy(new RegistryError({
        message: `the download of blob ${digest} from ${api.registry}/${repository} broke off: ${describeNetworkError(error)}`,
        registry: api.registry,
        method: 'GET',
        url,
        cause: error,
        operation: 'read blob',
        object: digest,
        // Whatever ended it (a reset, a time-out, a proxy), a fresh GET starts over from a clean state.
        retryable: true,
        retryReason: `the download broke off: ${describeNetworkError(error)}`,
    })));
    verifier.on('close', () => {
        if (!response.body.readableEnded)
            discard(response.body);
    });
    return response.body.pipe(verifier);
}

// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(9217);
;// CONCATENATED MODULE: ./src/store/registry/probe.ts
// The first request to a registry: GET /v2/, over HTTPS, or over plain HTTP where that is allowed and the port does
// not speak TLS. Its answer gives the API base URL and the authentication challenge for every later request.




/** The most the TLS attempt waits for the plain request to be written (a refused connection writes nothing). */
const PLAIN_FIRST_MS = 50;
async function probe(options) {
    const { registry, transport, allowHttp } = options;
    const host = (0,oci_reference/* apiHost */.nz)(registry);
    const secure = new URL(`https://${host}/v2/`);
    if (!allowHttp) {
        let response;
        try {
            response = await transport.send({ method: 'GET', url: secure });
        }
        catch (error) {
            throw connectionError(registry, allowHttp, 'GET', secure, 'reach the registry', error);
        }
        return useProbe(registry, response, secure);
    }
    // HTTPS is preferred, but a plain-HTTP registry should not cost a failed TLS round trip first: ask both at once.
    // The plain request goes first, and TLS starts once it is on the wire: a run's first TLS connection costs ~20 ms
    // of CPU (node:tls, the root certificates), which the plain request need not wait for.
    const plain = new URL(`http://${host}/v2/`);
    const overHttp = settle(transport.send({ method: 'GET', url: plain }));
    await Promise.race([transport.written(plain, PLAIN_FIRST_MS), overHttp]);
    const tlsAttempt = new AbortController();
    const overTls = settle(transport.send({ method: 'GET', url: secure, signal: tlsAttempt.signal }));
    // A registry's answer over plain HTTP (200, or 401 with a challenge) proves the port speaks plain HTTP, so the
    // TLS attempt can only fail: no need to wait for it. Anything else (a TLS server answers plain HTTP with 400)
    // waits for TLS.
    const first = await Promise.race([
        overHttp.then((r) => ({ over: 'http', r })),
        overTls.then((r) => ({ over: 'tls', r })),
    ]);
    if (first.over === 'http' && 'value' in first.r && (first.r.value.status === 200 || first.r.value.status === 401)) {
        // Stop it, or its retries (a TLS hello to a plain port fails as a broken connection) open connections for seconds.
        tlsAttempt.abort();
        discardWhenSettled(overTls);
        return useProbe(registry, first.r.value, plain);
    }
    const tls = await overTls;
    if ('value' in tls) {
        discardWhenSettled(overHttp);
        return useProbe(registry, tls.value, secure);
    }
    if (isTlsMismatch(tls.error)) {
        const http = await overHttp;
        if (!('value' in http))
            throw connectionError(registry, allowHttp, 'GET', plain, 'reach the registry over HTTP', http.error);
        return useProbe(registry, http.value, plain);
    }
    discardWhenSettled(overHttp);
    throw connectionError(registry, allowHttp, 'GET', secure, 'reach the registry', tls.error);
}
/** Takes the challenge from the `/v2/` answer. */
async function useProbe(registry, response, base) {
    await response.body.dump().catch(() => undefined);
    if (response.status === 401) {
        const challenge = header(response.headers, 'www-authenticate');
        return { base, challenges: challenge ? parseChallenges(challenge) : [] };
    }
    if (response.status !== 200) {
        throw new RegistryError({
            message: `${registry} does not look like a container registry: GET /v2/ answered ${response.status}`,
            registry,
            method: 'GET',
            url: base,
            status: response.status,
            operation: 'probe the registry',
            // The answer was not a registry's; asking again will not make it one.
            retryable: false,
        });
    }
    return { base, challenges: [] };
}
/** A request that got no answer, with a hint where the cause is a TLS setting the user can change. */
function connectionError(registry, allowHttp, method, url, what, error) {
    let hint = '';
    if (isCertificateError(error)) {
        hint = `; if the registry uses a private CA, point NODE_EXTRA_CA_CERTS at its certificate, or list ${registry} in insecure-registries`;
    }
    else if (isTlsMismatch(error) && !allowHttp) {
        hint = `; if ${registry} speaks plain HTTP, list it in insecure-registries`;
    }
    return new RegistryError({
        message: `could not ${what} at ${registry}: ${describeNetworkError(error)}${hint}`,
        registry,
        method,
        url,
        cause: error,
        operation: what,
    });
}
function errorText(error) {
    let text = '';
    let current = error;
    for (let depth = 0; depth < 4 && current; depth++) {
        text += ` ${current.code ?? ''} ${current.message ?? ''}`;
        current = current.cause;
    }
    return text;
}
/** The server answered a TLS hello with something that is not TLS: it speaks plain HTTP. */
function isTlsMismatch(error) {
    return /wrong version number|WRONG_VERSION_NUMBER|EPROTO|packet length too long|http request/i.test(errorText(error));
}
function isCertificateError(error) {
    return /CERT|self[- ]signed|unable to verify|UNABLE_TO_GET_ISSUER/i.test(errorText(error));
}
/** The probe nobody waits for: read its body away when it answers, so its connection goes back to the pool. */
function discardWhenSettled(probe) {
    void probe.then((other) => ('value' in other ? other.value.body.dump().catch(() => undefined) : undefined));
}
function settle(promise) {
    return promise.then((value) => ({ value }), (error) => ({ error }));
}

// EXTERNAL MODULE: ./src/store/store.ts
var store = __webpack_require__(1644);
;// CONCATENATED MODULE: ./src/store/registry/manifests.ts
// Manifests over the distribution API: HEAD (digest and type, no bytes), GET verified against its digest, PUT of the
// exact bytes. Schema 1 is recognised by its media type before any digest check: registries re-sign it on every
// GET, so its digest never matches and "digest mismatch" would be the wrong thing to tell a user.









const MAX_ERROR_BODY = 64 * 1024;
/** Tries of a manifest PUT that names blobs the registry does not see yet (eventual consistency), the first included. */
const BLOB_UNKNOWN_ATTEMPTS = 4;
const NOT_RETRIED = { retryable: false, reason: '' };
/** `repo:tag` or `repo@digest`. */
function named(repository, reference) {
    return `${repository}${reference.includes(':') ? '@' : ':'}${reference}`;
}
/** HEAD a manifest: digest and media type without the bytes (not counted as a pull by Docker Hub). Undefined on 404. */
async function headManifest(api, repository, reference) {
    const url = await api.url(`${repository}/manifests/${reference}`);
    const what = `read ${named(repository, reference)}`;
    const response = await api.send('HEAD', url, what, { accept: media_types/* MANIFEST_ACCEPT */.dY });
    await response.body.dump().catch(() => undefined);
    if (response.status === 404)
        return undefined;
    if (response.status !== 200)
        await api.fail(response, 'HEAD', url, what, { operation: 'read manifest', object: reference });
    const digest = header(response.headers, 'docker-content-digest');
    const length = header(response.headers, 'content-length');
    return {
        digest: digest && (0,oci_digest/* isDigest */.Bc)(digest) ? digest : undefined,
        mediaType: (0,media_types/* baseMediaType */.S4)(header(response.headers, 'content-type')),
        size: length === undefined ? undefined : Number(length),
    };
}
/** GET a manifest and verify its bytes: against the digest asked for, else the digest the registry claims. */
async function getManifest(api, repository, reference) {
    return (await getVersionedManifest(api, repository, reference)).manifest;
}
/** As getManifest, with the ETag a conditional PUT can name (If-Match), when the registry sends one. */
async function getVersionedManifest(api, repository, reference) {
    const url = await api.url(`${repository}/manifests/${reference}`);
    const name = named(repository, reference);
    const what = `read ${name}`;
    const fields = { registry: api.registry, method: 'GET', url, operation: 'read manifest', object: reference };
    // Only a body that broke off mid-way is tried again here; statuses were already retried by the transport.
    let broken;
    return api.policy.run(url.host, `GET ${redactUrl(url)}`, async () => {
        const response = await api.send('GET', url, what, { accept: media_types/* MANIFEST_ACCEPT */.dY });
        if (response.status === 404) {
            await response.body.dump().catch(() => undefined);
            throw new RegistryError({
                ...fields,
                message: `${name} was not found on ${api.registry}`,
                status: 404,
                codes: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }],
            });
        }
        if (response.status !== 200)
            await api.fail(response, 'GET', url, what, { operation: 'read manifest', object: reference });
        const tooLarge = (size) => new RegistryError({
            ...fields,
            message: `${what}: the manifest is ${size} bytes, over the ${manifest/* MAX_MANIFEST_BYTES */.ZJ}-byte limit`,
            status: 200,
        });
        const claimed = header(response.headers, 'content-length');
        if (claimed !== undefined && Number(claimed) > manifest/* MAX_MANIFEST_BYTES */.ZJ) {
            discard(response.body);
            throw tooLarge(claimed);
        }
        let bytes;
        try {
            bytes = await readManifestBody(response.body, () => tooLarge('more than that'));
        }
        catch (error) {
            if (error instanceof RegistryError)
                throw error;
            broken = connectionError(api.registry, true, 'GET', url, what, error);
            throw broken;
        }
        const contentType = header(response.headers, 'content-type');
        const schema1 = schema1Type(contentType, bytes);
        if (schema1 !== undefined) {
            throw new RegistryError({
                ...fields,
                message: `${what}: the manifest is Docker schema 1 (${schema1}), which is deprecated and unsupported; hoist copies only OCI and Docker schema 2 images. Rebuild or re-push the image with a current client`,
                status: 200,
                codes: [{ code: 'MANIFEST_INVALID', message: 'Docker schema 1 manifest' }],
            });
        }
        const expected = (0,oci_digest/* isDigest */.Bc)(reference) ? reference : header(response.headers, 'docker-content-digest');
        const actual = (0,oci_digest/* digestOf */.ol)(bytes, expected && (0,oci_digest/* isDigest */.Bc)(expected) ? expected : 'sha256:');
        if (expected !== undefined && (0,oci_digest/* isDigest */.Bc)(expected) && actual !== expected) {
            throw new RegistryError({
                ...fields,
                message: `${what}: the manifest bytes hash to ${actual}, not ${expected}; refusing to trust them`,
                status: 200,
                codes: [{ code: 'DIGEST_INVALID', message: 'manifest digest mismatch' }],
            });
        }
        return { manifest: (0,manifest/* parseManifest */.Ng)(bytes, contentType, actual), etag: header(response.headers, 'etag') };
    }, {
        classify: (error) => {
            if (error !== broken)
                return NOT_RETRIED;
            const decision = (0,retry_policy/* classify */.L8)(error);
            return { ...decision, reason: `the manifest body broke off: ${error.message}` };
        },
    });
}
/** The schema 1 media type a response declares, or that its bytes have (`schemaVersion: 1` under a generic type). */
function schema1Type(contentType, bytes) {
    const type = (0,media_types/* baseMediaType */.S4)(contentType);
    if (type === media_types/* DOCKER_SCHEMA1 */.kj || type === media_types/* DOCKER_SCHEMA1_SIGNED */.n$)
        return type;
    if (type !== '' && type !== 'application/json' && type !== 'text/plain' && type !== 'application/octet-stream')
        return undefined;
    try {
        const json = JSON.parse(bytes.toString('utf8'));
        return json?.schemaVersion === 1 ? `schemaVersion 1 served as ${type === '' ? 'no content type' : type}` : undefined;
    }
    catch {
        return undefined;
    }
}
/** PUT the exact manifest bytes under a tag or digest. */
async function putManifest(api, repository, reference, manifest, conditions = {}, turn) {
    const { ifMatch, ifNoneMatch } = conditions;
    const url = await api.url(`${repository}/manifests/${reference}`);
    const what = `push the manifest ${named(repository, reference)}`;
    const fields = { registry: api.registry, method: 'PUT', url, operation: 'push manifest', object: reference };
    // MANIFEST_BLOB_UNKNOWN right after the blobs went up is eventual consistency in some registries: retry briefly.
    const blobsNotSeen = (error) => error instanceof RegistryError && (error.hasCode('MANIFEST_BLOB_UNKNOWN') || error.hasCode('BLOB_UNKNOWN'));
    return api.policy.run(url.host, `PUT ${redactUrl(url)}`, async () => {
        const headers = {
            'content-type': manifest.mediaType,
            ...(ifMatch !== undefined && { 'if-match': ifMatch }),
            ...(ifNoneMatch !== undefined && { 'if-none-match': ifNoneMatch }),
        };
        const response = await api.send('PUT', url, what, headers, manifest.bytes, turn && { turn });
        if (response.status === 412 && (ifMatch !== undefined || ifNoneMatch !== undefined)) {
            await response.body.dump().catch(() => undefined);
            throw new store/* PreconditionFailedError */.k(reference, `${api.registry}/${repository}`);
        }
        if (response.status === 201 || response.status === 200 || response.status === 202) {
            await response.body.dump().catch(() => undefined);
            const stored = header(response.headers, 'docker-content-digest');
            if (stored && (0,oci_digest/* isDigest */.Bc)(stored) && stored !== manifest.digest) {
                throw new RegistryError({
                    ...fields,
                    message: `${api.registry} stored ${what} under ${stored} instead of ${manifest.digest}; it rewrote the manifest`,
                    status: response.status,
                });
            }
            return { digest: manifest.digest, subjectIndexed: header(response.headers, 'oci-subject') !== undefined };
        }
        const text = (await readLimited(response.body, MAX_ERROR_BODY).catch(() => '')) ?? '';
        const codes = parseErrorBody(text);
        let message = describeStatus(response.status, api.registry, what, codes);
        if ((response.status === 400 || response.status === 415) &&
            codes.some((c) => c.code === 'MANIFEST_INVALID' || c.code === 'UNSUPPORTED')) {
            message += `; the registry may not accept the media type ${manifest.mediaType} (hoist never converts manifests, as that would change the digest)`;
        }
        throw new RegistryError({ ...fields, message, status: response.status, codes });
    }, {
        attempts: BLOB_UNKNOWN_ATTEMPTS,
        classify: (error) => blobsNotSeen(error)
            ? { retryable: true, reason: `${api.registry} does not see the blobs just pushed yet (MANIFEST_BLOB_UNKNOWN)` }
            : NOT_RETRIED,
    });
}
/**
 * DELETE a manifest by digest: the registry removes it and every tag pointing at it. False when it was not there.
 * Distribution answers 405 UNSUPPORTED unless `storage.delete.enabled` is set.
 */
async function deleteManifest(api, repository, digest) {
    const url = await api.url(`${repository}/manifests/${digest}`);
    const what = `delete ${named(repository, digest)}`;
    const response = await api.send('DELETE', url, what);
    if (response.status === 404) {
        await response.body.dump().catch(() => undefined);
        return false;
    }
    if (response.status === 202 || response.status === 200 || response.status === 204) {
        await response.body.dump().catch(() => undefined);
        return true;
    }
    if (response.status === 405) {
        await response.body.dump().catch(() => undefined);
        throw new RegistryError({
            registry: api.registry,
            method: 'DELETE',
            url,
            status: 405,
            operation: 'delete manifest',
            object: digest,
            message: `${api.registry} does not allow deleting manifests (405) while trying to ${what}; deletes must be enabled on the registry (distribution: storage.delete.enabled)`,
        });
    }
    return api.fail(response, 'DELETE', url, what, { operation: 'delete manifest', object: digest });
}

;// CONCATENATED MODULE: ./src/store/registry/referrers.ts
// The OCI 1.1 referrers API: `GET /v2/<name>/referrers/<digest>`, an index of the manifests whose subject is the
// digest, in pages linked by `Link`. A registry without the API answers 404 (distribution 2.8 does); the caller then
// reads the fallback tag instead, so any answer but 200 means "not offered here", never a failed copy.





const MAX_PAGE_BYTES = 4 * 1024 * 1024;
/** A subject with more referrers than this many pages is abuse, not provenance. */
const MAX_PAGES = 50;
/**
 * A digest no manifest can have (that of zero bytes, which is not JSON), so no referrer can name it as its subject.
 */
const NO_SUBJECT = 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/**
 * Whether the registry offers the referrers API, asked before any subject is known, so that it goes out beside the
 * resolution of a tag. True on a 200. False on a 404 that is not an OCI error naming the manifest: the distribution
 * spec forbids a registry with the API to answer 404 at all, and one without it answers its router's 404
 * (distribution 2.8: "404 page not found", text/plain). Undefined otherwise: a 404 MANIFEST_UNKNOWN may come from a
 * registry that looks the subject up first, against the spec, so there each subject is still asked.
 */
async function offersReferrersApi(api, repository) {
    const url = await api.url(`${repository}/referrers/${NO_SUBJECT}`);
    const response = await api.send('GET', url, `ask whether ${repository} offers the referrers API`, { accept: media_types/* OCI_INDEX */.$p });
    const body = (await readLimited(response.body, 64 * 1024).catch(() => undefined)) ?? '';
    if (response.status === 200)
        return true;
    if (response.status === 404 && !/"code"\s*:\s*"MANIFEST_UNKNOWN"/.test(body))
        return false;
    return undefined;
}
async function listReferrers(api, repository, digest) {
    let url = await api.url(`${repository}/referrers/${digest}`);
    const what = `list the referrers of ${digest} in ${repository}`;
    const found = [];
    for (let page = 0; url && page < MAX_PAGES; page++) {
        const response = await api.send('GET', url, what, { accept: media_types/* OCI_INDEX */.$p });
        if (response.status !== 200) {
            await response.body.dump().catch(() => undefined);
            if (page === 0)
                return undefined;
            return api.fail(response, 'GET', url, what, { operation: 'read manifest', object: digest });
        }
        const bytes = Buffer.from((await readLimited(response.body, MAX_PAGE_BYTES)) ?? '');
        // Not content-addressed: parsed for its descriptors (each one still verified when its manifest is read).
        found.push(...(0,manifest/* parseManifest */.Ng)(bytes, media_types/* OCI_INDEX */.$p, (0,oci_digest/* digestOf */.ol)(bytes)).manifests);
        const link = header(response.headers, 'link');
        const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
        url = next ? new URL(next, url) : undefined;
    }
    return found;
}

;// CONCATENATED MODULE: ./src/store/registry/rate-limit.ts
// Docker Hub's pull allowance, from its `ratelimit-limit` / `ratelimit-remaining` headers (`100;w=21600`).
function first(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}
/** The allowance a response reports, or undefined when it reports none (every registry but Docker Hub). */
function parseRateLimit(headers) {
    const remaining = first(headers, 'ratelimit-remaining');
    const limit = first(headers, 'ratelimit-limit');
    if (remaining === undefined || limit === undefined)
        return undefined;
    // Format: `100;w=21600` (count; window in seconds).
    const [limitMatch, remainingMatch] = [limit, remaining].map((v) => /^(\d+)(?:;w=(\d+))?/.exec(v.trim()));
    if (!limitMatch || !remainingMatch)
        return undefined;
    return {
        limit: Number(limitMatch[1]),
        remaining: Number(remainingMatch[1]),
        windowSeconds: limitMatch[2] === undefined ? undefined : Number(limitMatch[2]),
    };
}

;// CONCATENATED MODULE: ./src/store/registry/write-lane.ts
class WriteLane {
    ordered = true;
    #tail = Promise.resolve();
    /** The lane's connection per origin, made by the transport on first use. */
    clients = new Map();
    /** Its connections end once what is queued on them is answered (a sync opens a lane per repository it signs). */
    close() {
        for (const client of this.clients.values())
            client.close().catch(() => undefined);
        this.clients.clear();
    }
    /** Take the next place in line, now (synchronously, so the order is the order of the calls). */
    turn() {
        const before = this.#tail;
        let release;
        this.#tail = new Promise((resolve) => (release = resolve));
        return { lane: this, before, sent: release };
    }
}

;// CONCATENATED MODULE: ./src/store/registry/registry-store.ts




class RegistryStore {
    /** `registry/repository`. */
    name;
    /** The registry: stores of one registry can mount from each other. */
    location;
    registry;
    repository;
    #client;
    /**
     * Upload sessions opened ahead of their bytes, by digest: by a mount the registry answered with 202, or by
     * prepareBlobWrite while the source is read. The next upload of that digest uses it.
     */
    #sessions = new Map();
    constructor(client, repository) {
        this.#client = client;
        this.registry = client.registry;
        this.repository = repository;
        this.location = client.registry;
        this.name = `${client.registry}/${repository}`;
    }
    async resolve(reference, options = {}) {
        // One GET answers both "which digest?" and "what bytes?" in the round trip a HEAD would take; manifests are small.
        // Docker Hub counts a manifest GET as a pull against the rate limit, and a HEAD not.
        if (options.wantBytes && this.registry !== oci_reference/* DOCKER_HUB */.Xb)
            return this.#resolveByGet(reference);
        const head = await this.#client.headManifest(this.repository, reference);
        if (!head)
            return undefined;
        const digest = head.digest ?? ((0,oci_digest/* isDigest */.Bc)(reference) ? reference : undefined);
        // No Docker-Content-Digest on HEAD (ECR, some mirrors): the bytes decide.
        if (digest === undefined)
            return this.#resolveByGet(reference);
        return { digest, mediaType: head.mediaType, size: head.size };
    }
    async #resolveByGet(reference) {
        let answer;
        try {
            answer = await this.#client.getVersionedManifest(this.repository, reference);
        }
        catch (error) {
            if (error instanceof RegistryError && error.status === 404)
                return undefined;
            throw error;
        }
        const { manifest, etag } = answer;
        return {
            digest: manifest.digest,
            mediaType: manifest.mediaType,
            size: manifest.bytes.length,
            manifest,
            ...(etag !== undefined && { etag }),
        };
    }
    getManifest(reference) {
        return this.#client.getManifest(this.repository, reference);
    }
    async putManifest(reference, manifest, options = {}) {
        // The place in line is taken now, as the write begins; given up however the write ends, so none behind it waits.
        const turn = options.lane instanceof WriteLane ? options.lane.turn() : undefined;
        try {
            return await this.#client.storeManifest(this.repository, reference, manifest, options, turn);
        }
        finally {
            turn?.sent();
        }
    }
    openWriteLane() {
        const lane = new WriteLane();
        this.#client.warmLane(lane);
        return lane;
    }
    referrers(digest) {
        return this.#client.referrers(this.repository, digest);
    }
    offersReferrersApi() {
        return this.#client.offersReferrersApi(this.repository);
    }
    hasBlob(descriptor) {
        return this.#client.hasBlob(this.repository, descriptor.digest);
    }
    readBlob(descriptor, onBytes) {
        return this.#client.getBlob(this.repository, descriptor.digest, descriptor.size, onBytes);
    }
    /**
     * Opens the upload session now, so its POST travels beside the source's GET instead of after it: one round trip
     * less for every streamed blob. A session whose bytes never come (the source failed for good) is left to the
     * registry's purge of stale uploads, as when a client dies mid-upload.
     */
    prepareBlobWrite(descriptor) {
        if (this.#sessions.has(descriptor.digest))
            return;
        const session = this.#client.startUpload(this.repository);
        // Its failure is the write's to report, if a write comes.
        session.catch(() => undefined);
        this.#sessions.set(descriptor.digest, session);
    }
    abandonBlobWrite(descriptor) {
        const session = this.#sessions.get(descriptor.digest);
        if (!session)
            return;
        this.#sessions.delete(descriptor.digest);
        this.#client.cancelUpload(session, this.repository);
    }
    async writeBlob(descriptor, body) {
        // A session is used once: a retry of this blob (fresh bytes) opens a fresh one.
        const opened = this.#sessions.get(descriptor.digest);
        this.#sessions.delete(descriptor.digest);
        const session = await (opened ?? this.#client.startUpload(this.repository));
        await this.#client.uploadBlob(session, descriptor.digest, descriptor.size, body, this.repository);
    }
    /** A session of its own (never one opened ahead: those wait for a known digest), cancelled if the write fails. */
    async writeMadeBlob(body, made) {
        const session = this.#client.startUpload(this.repository);
        try {
            await this.#client.uploadMadeBlob(await session, body, made, this.repository);
        }
        catch (error) {
            if (!body.destroyed)
                body.destroy();
            this.#client.cancelUpload(session, this.repository);
            throw error;
        }
    }
    async mountBlob(descriptor, from) {
        if (!(from instanceof RegistryStore) || from.location !== this.location) {
            return { mounted: false, reason: `${from.name} is not in ${this.location}, so its blobs cannot be mounted here` };
        }
        const result = await this.#client.mountBlob(this.repository, descriptor.digest, from.repository);
        if (result.mounted)
            return { mounted: true };
        if (result.session)
            this.#sessions.set(descriptor.digest, Promise.resolve(result.session));
        return { mounted: false, reason: result.reason };
    }
    listTags(options = {}) {
        return options.limit === undefined ? this.#client.listTags(this.repository) : this.#client.listTags(this.repository, options.limit, 1);
    }
    /** HEAD the tag for its digest, then DELETE that digest: every other tag of the digest goes with it (see Store). */
    async deleteTag(tag) {
        const head = await this.#client.headManifest(this.repository, tag);
        if (!head)
            return undefined;
        const digest = head.digest ?? (await this.#client.getManifest(this.repository, tag)).digest;
        return (await this.#client.deleteManifest(this.repository, digest)) ? { digest } : undefined;
    }
}

;// CONCATENATED MODULE: ./src/store/registry/client.ts











const client_MAX_ERROR_BODY = 64 * 1024;
class RegistryClient {
    registry;
    #options;
    #auth;
    #api;
    #uploads;
    #stores = new Map();
    #base;
    #rateLimit;
    constructor(options) {
        this.registry = options.registry;
        this.#options = options;
        const policy = options.policy ?? options.transport.policy;
        this.#auth = new Authenticator({
            registry: options.registry,
            credentials: options.credentials,
            transport: options.transport,
            tokens: options.tokens,
            secret: options.secret,
            logger: options.logger,
            allowHttpRealm: () => options.allowHttp,
            policy,
        });
        this.#api = {
            registry: options.registry,
            policy,
            logger: options.logger,
            url: async (path) => new URL(path, await this.baseUrl()),
            send: (method, url, what, headers, body, sendOptions) => this.#send(method, url, what, headers, body, sendOptions),
            fail: (response, method, url, what, context) => this.#fail(response, method, url, what, context),
        };
        this.#uploads = new BlobUploads(this.#api);
    }
    /** The last pull allowance the registry reported (Docker Hub), if any. */
    get rateLimit() {
        return this.#rateLimit;
    }
    /**
     * Whether a 413 switched this client to chunked uploads. Only for the copy engine of v1, which decides retries
     * itself; the 413 error now says it is worth another try (retryReason 'the registry wants chunked uploads').
     */
    get usesChunkedUploads() {
        return this.#uploads.chunked;
    }
    /** Declare access this run needs, before the first request, so a single token covers all of it. */
    requireScope(repository, ...actions) {
        this.#auth.requireScope(repository, ...actions);
    }
    /** The Store for one repository here; declares its scope (`pull`, or `pull,push`), so call it before any request. */
    repository(name, access) {
        this.requireScope(name, ...(access === 'push' ? ['pull', 'push'] : ['pull']));
        let store = this.#stores.get(name);
        if (!store) {
            store = new RegistryStore(this, name);
            this.#stores.set(name, store);
        }
        return store;
    }
    /** The API base URL, found once: HTTPS, or plain HTTP where allowed and the server does not speak TLS. */
    baseUrl() {
        this.#base ??= probe({ registry: this.registry, transport: this.#options.transport, allowHttp: this.#options.allowHttp }).then(({ base, challenges }) => {
            if (challenges.length > 0)
                this.#auth.setChallenge(challenges);
            return base;
        });
        return this.#base;
    }
    async #send(method, url, what, headers = {}, body, options = {}) {
        const base = await this.baseUrl();
        let response;
        try {
            response = await this.#auth.send({ method, url, headers, body, ...options }, base.host);
        }
        catch (error) {
            if (error instanceof RegistryError)
                throw error;
            throw connectionError(this.registry, this.#options.allowHttp, method, url, what, error);
        }
        this.#rateLimit = parseRateLimit(response.headers) ?? this.#rateLimit;
        return response;
    }
    /** Turn a failed response into a RegistryError whose message says what we were doing and what the registry said. */
    async #fail(response, method, url, what, context = {}) {
        const text = method === 'HEAD' ? '' : ((await readLimited(response.body, client_MAX_ERROR_BODY).catch(() => '')) ?? '');
        const codes = parseErrorBody(text);
        const message = response.status === 401 && this.#options.credentials === undefined
            ? `${this.registry} requires authentication to ${what}, and no credentials were found for it; pass username and password (or credentials), or log in so Docker's config.json has them`
            : describeStatus(response.status, this.registry, what, codes);
        const retryAfterMs = parseRetryAfter(response.headers['retry-after']);
        const dropped = response.status === 401 && this.#auth.tokenDropped(response);
        throw new RegistryError({
            message,
            registry: this.registry,
            method,
            url,
            status: response.status,
            codes,
            ...context,
            ...(retryAfterMs !== undefined && { retryAfterMs }),
            // The token expired while bytes were streaming; it was dropped, so fresh bytes get a fresh token.
            ...(dropped && { retryable: true, retryReason: 'the token expired during a streamed upload (401)' }),
        });
    }
    headManifest(repository, reference) {
        return headManifest(this.#api, repository, reference);
    }
    getManifest(repository, reference) {
        return getManifest(this.#api, repository, reference);
    }
    /** PUT the exact manifest bytes under a tag or digest; returns the digest the registry stored them under. */
    async putManifest(repository, reference, manifest) {
        return (await putManifest(this.#api, repository, reference, manifest)).digest;
    }
    /** As putManifest, with what else the registry said (whether it indexed the subject); `ifMatch` makes it conditional. */
    storeManifest(repository, reference, manifest, conditions, turn) {
        return putManifest(this.#api, repository, reference, manifest, conditions, turn);
    }
    /**
     * Connect a lane now, with a version check (`GET /v2/`) sent on it, so that its first write finds the connection
     * open (a new TLS connection costs two round trips). Its answer does not matter.
     */
    warmLane(lane) {
        const turn = lane.turn();
        const warm = this.baseUrl().then((base) => this.#send('GET', base, `check the API version of ${this.registry}`, {}, undefined, { turn }));
        this.#options.transport.finishBeforeClose(warm.then((response) => response.body.dump()).finally(() => turn.sent()));
    }
    getVersionedManifest(repository, reference) {
        return getVersionedManifest(this.#api, repository, reference);
    }
    /** DELETE a manifest by digest (and so every tag of it); false when it was not there. */
    deleteManifest(repository, digest) {
        return deleteManifest(this.#api, repository, digest);
    }
    /** The OCI 1.1 referrers API; undefined where the registry does not offer it. */
    referrers(repository, digest) {
        return listReferrers(this.#api, repository, digest);
    }
    /** Whether the registry offers the referrers API at all, asked without a subject; undefined when its answer is unclear. */
    offersReferrersApi(repository) {
        return offersReferrersApi(this.#api, repository);
    }
    hasBlob(repository, digest) {
        return hasBlob(this.#api, repository, digest);
    }
    mountBlob(repository, digest, from) {
        return mountBlob(this.#api, repository, digest, from);
    }
    startUpload(repository) {
        return this.#uploads.start(repository);
    }
    /** Cancel an upload session in the background; the transport waits for it (briefly) before it closes. */
    cancelUpload(session, repository) {
        this.#options.transport.finishBeforeClose(session.then((opened) => this.#uploads.cancel(opened, repository)));
    }
    uploadBlob(session, digest, size, body, repository) {
        return this.#uploads.upload(session, digest, size, body, repository);
    }
    /** Upload a blob whose digest `made` names once its bytes end (see BlobUploads.uploadAsMade). */
    uploadMadeBlob(session, body, made, repository) {
        return this.#uploads.uploadAsMade(session, body, made, repository);
    }
    getBlob(repository, digest, size, onBytes) {
        return getBlob(this.#api, repository, digest, size, onBytes);
    }
    /** All tags of a repository, following `Link` pagination. */
    async listTags(repository, pageSize = 1000, maxPages = Infinity) {
        let url = await this.#api.url(`${repository}/tags/list?n=${pageSize}`);
        const tags = [];
        const what = `list the tags of ${repository}`;
        for (let page = 0; url && page < maxPages; page++) {
            const response = await this.#send('GET', url, what);
            // A repository nobody has pushed to yet has no tags (a release's first push lists them).
            if (response.status === 404 && tags.length === 0) {
                const text = (await readLimited(response.body, client_MAX_ERROR_BODY).catch(() => '')) ?? '';
                if (parseErrorBody(text).some((c) => c.code === 'NAME_UNKNOWN'))
                    return [];
                throw new RegistryError({
                    message: describeStatus(404, this.registry, what, parseErrorBody(text)),
                    registry: this.registry,
                    method: 'GET',
                    url,
                    status: 404,
                    operation: 'list tags',
                    object: repository,
                });
            }
            if (response.status !== 200)
                return this.#fail(response, 'GET', url, what, { operation: 'list tags', object: repository });
            const text = await readLimited(response.body, 16 * 1024 * 1024);
            const json = JSON.parse(text ?? '{}');
            if (Array.isArray(json.tags))
                tags.push(...json.tags.filter((t) => typeof t === 'string'));
            const link = header(response.headers, 'link');
            const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
            url = next ? new URL(next, url) : undefined;
        }
        return tags;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/store/registry/credentials.ts
// Where credentials for a registry come from, in order: the action's inputs, Docker's config.json (auths,
// credHelpers, credsStore), the GitHub token for ghcr.io, else anonymous.




class CredentialsError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CredentialsError';
    }
}
/** The registry a config.json key stands for: `https://index.docker.io/v1/` is Docker Hub, schemes and paths drop. */
function configKeyRegistry(key) {
    try {
        return (0,oci_reference/* normaliseRegistry */.Me)(key.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, ''));
    }
    catch {
        return undefined;
    }
}
/** Parse Docker's config.json text. Unknown fields are ignored; broken entries are skipped, not fatal. */
function parseDockerConfig(text, where = 'config.json') {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new CredentialsError(`${where} is not valid JSON; fix or remove it`);
    }
    const doc = (typeof json === 'object' && json !== null ? json : {});
    const auths = new Map();
    const rawAuths = doc['auths'];
    if (typeof rawAuths === 'object' && rawAuths !== null) {
        for (const [key, value] of Object.entries(rawAuths)) {
            const registry = configKeyRegistry(key);
            if (!registry || typeof value !== 'object' || value === null)
                continue;
            const entry = value;
            let username = typeof entry['username'] === 'string' ? entry['username'] : undefined;
            let password = typeof entry['password'] === 'string' ? entry['password'] : undefined;
            if (typeof entry['auth'] === 'string' && entry['auth'] !== '') {
                const decoded = Buffer.from(entry['auth'], 'base64').toString('utf8');
                const colon = decoded.indexOf(':');
                if (colon > 0) {
                    username = decoded.slice(0, colon);
                    password = decoded.slice(colon + 1);
                }
            }
            const identityToken = typeof entry['identitytoken'] === 'string' && entry['identitytoken'] !== '' ? entry['identitytoken'] : undefined;
            if (username === undefined && identityToken === undefined)
                continue;
            // An exact host key wins over a URL-style key for the same registry.
            if (auths.has(registry) && key.includes('/'))
                continue;
            auths.set(registry, {
                ...(username !== undefined && { username }),
                ...(password !== undefined && { password }),
                ...(identityToken !== undefined && { identityToken }),
            });
        }
    }
    const credHelpers = new Map();
    const rawHelpers = doc['credHelpers'];
    if (typeof rawHelpers === 'object' && rawHelpers !== null) {
        for (const [key, value] of Object.entries(rawHelpers)) {
            const registry = configKeyRegistry(key);
            if (registry && typeof value === 'string' && value !== '')
                credHelpers.set(registry, value);
        }
    }
    const credsStore = typeof doc['credsStore'] === 'string' && doc['credsStore'] !== '' ? doc['credsStore'] : undefined;
    return { auths, credHelpers, ...(credsStore !== undefined && { credsStore }) };
}
/** Docker's config.json, read synchronously (see below); undefined when there is none. */
function loadDockerConfig(dir) {
    const folder = dir ?? process.env['DOCKER_CONFIG'] ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
    const path = (0,external_node_path_.join)(folder, 'config.json');
    let text;
    try {
        // Read synchronously: nothing else can run yet, and a first asynchronous file read would start libuv's thread
        // pool (and load fs/promises) ahead of the first request.
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
    return parseDockerConfig(text, path);
}
/** The server URL Docker hands a credential helper for a registry. */
function helperServerUrl(registry) {
    return registry === oci_reference/* DOCKER_HUB */.Xb ? 'https://index.docker.io/v1/' : registry;
}
/** Run `docker-credential-<helper> get` as Docker does: server URL on stdin, JSON {Username, Secret} on stdout. */
async function runCredentialHelper(helper, registry) {
    const binary = `docker-credential-${helper}`;
    // Loaded here, not at start-up: most runs use no helper.
    const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
    const output = await new Promise((resolve, reject) => {
        const child = execFile(binary, ['get'], { timeout: 30_000, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
            if (error) {
                const code = error.code;
                if (code === 'ENOENT') {
                    reject(new CredentialsError(`Docker's config.json names the credential helper "${helper}" for ${registry}, but ${binary} is not on PATH; install it or remove it from config.json`));
                }
                else if (/credentials not found/i.test(stdout + stderr)) {
                    resolve('');
                }
                else {
                    reject(new CredentialsError(`the credential helper ${binary} failed for ${registry}: ${(stderr || error.message).trim().slice(0, 300)}`));
                }
                return;
            }
            resolve(stdout);
        });
        child.stdin?.end(helperServerUrl(registry));
    });
    if (output.trim() === '')
        return undefined;
    try {
        const json = JSON.parse(output);
        if (typeof json.Secret !== 'string')
            return undefined;
        return { username: typeof json.Username === 'string' ? json.Username : '', password: json.Secret };
    }
    catch {
        throw new CredentialsError(`the credential helper ${binary} printed something that is not JSON for ${registry}`);
    }
}
/** Resolve credentials for one registry. Every secret found is handed to `secret` before it is returned. */
async function resolveCredentials(registry, sources, config) {
    const explicit = sources.explicit?.find((c) => c.registry === registry);
    if (explicit) {
        sources.secret(explicit.password);
        return { username: explicit.username, password: explicit.password, source: 'inputs' };
    }
    if (config) {
        const helper = config.credHelpers.get(registry);
        if (helper) {
            const found = await runCredentialHelper(helper, registry);
            if (found)
                return fromHelper(found, `credential helper ${helper}`, sources.secret);
        }
        else {
            const entry = config.auths.get(registry);
            if (entry) {
                if (entry.password)
                    sources.secret(entry.password);
                if (entry.identityToken)
                    sources.secret(entry.identityToken);
                return { ...entry, source: 'docker config.json' };
            }
            if (config.credsStore) {
                const found = await runCredentialHelper(config.credsStore, registry);
                if (found)
                    return fromHelper(found, `credential store ${config.credsStore}`, sources.secret);
            }
        }
    }
    if (registry === 'ghcr.io' && sources.githubToken) {
        sources.secret(sources.githubToken);
        return { username: sources.githubActor || 'x-access-token', password: sources.githubToken, source: 'github-token' };
    }
    return undefined;
}
function fromHelper(found, source, secret) {
    secret(found.password);
    // Docker's convention: a helper answering username "<token>" hands back an identity (refresh) token.
    if (found.username === '<token>')
        return { identityToken: found.password, source };
    return { username: found.username, password: found.password, source };
}

;// CONCATENATED MODULE: ./src/store/registry/registries.ts







/** Resolve credentials for every registry up front (credential helpers are processes) and build the clients. */
async function openRegistries(names, options) {
    const insecureHosts = new Set([...options.insecureRegistries].map(oci_reference/* apiHost */.nz));
    const onRetry = options.onRetry ?? ((event) => options.logger.info((0,describe/* describeRetry */.e)(event)));
    const policy = options.policy ?? new retry_policy/* RetryPolicy */.fU({ ...(options.retry && { settings: options.retry }), onRetry });
    const transport = new Transport({
        logger: options.logger,
        insecureHosts,
        policy,
        ...(options.ca !== undefined && { ca: options.ca }),
    });
    const tokens = new TokenCache();
    const sources = { ...options.credentials, secret: options.secret };
    const clients = new Map();
    try {
        const config = loadDockerConfig(options.credentials.dockerConfigDir);
        for (const registry of new Set(names)) {
            const credentials = await resolveCredentials(registry, sources, config);
            options.logger.debug(`${registry}: ${credentials ? `credentials from ${credentials.source}` : 'anonymous access'}.`);
            clients.set(registry, new RegistryClient({
                registry,
                transport,
                tokens,
                credentials,
                secret: options.secret,
                logger: options.logger,
                allowHttp: (0,oci_reference/* isLoopbackRegistry */.jW)(registry) || options.insecureRegistries.has(registry),
                policy,
            }));
        }
    }
    catch (error) {
        await transport.close();
        throw error;
    }
    const clientFor = (registry) => {
        const client = clients.get(registry);
        if (!client)
            throw new Error(`no client was opened for ${registry}`);
        return client;
    };
    return {
        policy,
        clientFor,
        repository: (reference, access) => clientFor(reference.registry).repository(reference.repository, access),
        rateLimits: () => [...clients].flatMap(([registry, client]) => {
            const limit = client.rateLimit;
            return limit ? [{ registry, ...limit }] : [];
        }),
        close: () => transport.close(),
    };
}


/***/ }),

/***/ 1644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ PreconditionFailedError),
/* harmony export */   m: () => (/* binding */ NotFoundError)
/* harmony export */ });
/** A conditional write found the reference changed since it was read: read again, merge, write again. */
class PreconditionFailedError extends Error {
    retryable = false;
    constructor(reference, where) {
        super(`${reference} in ${where} changed while it was being updated`);
        this.name = 'PreconditionFailedError';
    }
}
/** A store's answer that nothing is at a reference, or that a blob is missing. */
class NotFoundError extends Error {
    object;
    constructor(object, where) {
        super(`${object} was not found in ${where}`);
        this.name = 'NotFoundError';
        this.object = object;
    }
}


/***/ })

};
