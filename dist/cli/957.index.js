export const id = 957;
export const ids = [957];
export const modules = {

/***/ 1446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ textTable)
/* harmony export */ });
// Plain-text columns for terminals: each column as wide as its widest cell, two spaces between.
function textTable(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    return [header, ...rows].map((r) => header
        .map((_, i) => (r[i] ?? '').padEnd(widths[i]))
        .join('  ')
        .trimEnd());
}


/***/ }),

/***/ 1804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ copyImage)
});

// UNUSED EXPORTS: failedTargets

// EXTERNAL MODULE: ./src/oci/manifest.ts
var oci_manifest = __webpack_require__(2060);
;// CONCATENATED MODULE: ./src/copy/copy-error.ts
// A failure that says which side failed, doing what, to which object, and why (oras-go copyerror.go): the edges
// print `message`, and tests and the GHCR diagnosis read the fields.
class CopyError extends Error {
    side;
    operation;
    /** The digest or reference the operation was about. */
    object;
    /** Registry name and HTTP status, when a registry answered (read off the cause). */
    registry;
    status;
    constructor(options) {
        super(`${options.side} ${options.where}: ${causeMessage(options.cause)}`, { cause: options.cause });
        this.name = 'CopyError';
        this.side = options.side;
        this.operation = options.operation;
        this.object = options.object;
        const cause = options.cause;
        this.registry = typeof cause?.registry === 'string' ? cause.registry : undefined;
        this.status = typeof cause?.status === 'number' ? cause.status : undefined;
    }
}
/** Wrap anything thrown while doing `operation` on one side; a CopyError passes through unchanged. */
function copyError(side, operation, object, where, cause) {
    if (cause instanceof CopyError)
        return cause;
    return new CopyError({ side, operation, object, where, cause });
}
function failureOf(error, suffix = '') {
    return {
        side: error.side,
        operation: error.operation,
        object: error.object,
        ...(error.registry !== undefined && { registry: error.registry }),
        ...(error.status !== undefined && { status: error.status }),
        message: `${error.message}${suffix}`,
    };
}
function causeMessage(error) {
    if (error instanceof Error)
        return error.message.replace(/\.$/, '');
    return String(error);
}

// EXTERNAL MODULE: ./src/copy/limit.ts
var limit = __webpack_require__(1514);
// EXTERNAL MODULE: ./src/copy/plan.ts
var copy_plan = __webpack_require__(7818);
// EXTERNAL MODULE: ./src/tags/overwrite.ts
var overwrite = __webpack_require__(9440);
;// CONCATENATED MODULE: ./src/copy/target-results.ts
/** A result where nothing moved; the outcomes below fill in what did. */
function nothingMoved(state, status) {
    return {
        target: state.endpoint.text,
        repository: state.endpoint.store.name,
        status,
        digest: undefined,
        pinned: undefined,
        platforms: [],
        blobs: { mounted: 0, existing: 0, uploaded: 0 },
        bytesUploaded: 0,
        bytesSaved: 0,
        durationMs: Date.now() - state.started,
        referrers: { copied: 0, existing: 0 },
        referrerKinds: {},
        events: state.events,
    };
}
function pinnedAt(state, digest) {
    return { digest, pinned: `${state.endpoint.store.name}@${digest}` };
}
function succeeded(state, status, plan, placement) {
    return {
        ...nothingMoved(state, status),
        ...pinnedAt(state, plan.root.digest),
        platforms: plan.platforms,
        blobs: { ...placement.counts },
        bytesUploaded: placement.bytesUploaded,
        bytesSaved: placement.bytesSaved,
        referrers: state.referrers?.counts ?? { copied: 0, existing: 0 },
        referrerKinds: state.referrers?.kinds ?? {},
    };
}
function unchanged(state, digest, platforms) {
    state.events.push({ type: 'unchanged', target: state.endpoint.text, digest });
    return { ...nothingMoved(state, 'unchanged'), ...pinnedAt(state, digest), platforms };
}
function skipped(state, reason) {
    return { ...nothingMoved(state, 'skipped'), durationMs: 0, reason };
}
function failed(state, failure) {
    if (state.events.at(-1)?.type !== 'failed')
        state.events.push({ type: 'failed', message: failure.message });
    return { ...nothingMoved(state, 'failed'), error: failure.message, failure };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/consumers"
var consumers_ = __webpack_require__(8321);
// EXTERNAL MODULE: ./src/retry/policy.ts
var policy = __webpack_require__(5710);
;// CONCATENATED MODULE: ./src/copy/place-blobs.ts
// Placing one target repository's blobs: skip what is there, mount what the same registry holds elsewhere, stream
// the rest from the source through a verifying hash. Work is shared between target repositories of one location:
// the first uploads a blob, the others mount it from there, so every byte crosses the wire once per registry.




/** Whole-blob attempts: each one re-reads the source, so fewer than the per-request attempts. */
const BLOB_ATTEMPTS = 3;
function newPlacement() {
    return { counts: { mounted: 0, existing: 0, uploaded: 0 }, bytesUploaded: 0, bytesSaved: 0, mounted: new Set() };
}
function canMount(target, from) {
    return target.mountBlob !== undefined && target.location === from.location;
}
/**
 * Place one blob. Within the source's location mount from the source; elsewhere the first target repository of a
 * location to need a blob places it, and the others mount from it. Waiting for that first one holds no slot.
 */
async function placeBlob(context, blob, placement) {
    const { target } = context;
    const source = context.sourceOf(blob.digest);
    if (canMount(target, source))
        return placeFrom(context, blob, placement, source);
    const made = await context.made?.placedAt(target.location, blob);
    if (made !== undefined) {
        if (made.store !== target)
            return placeFrom(context, blob, placement, canMount(target, made.store) ? made.store : undefined);
        if (made.outcome === 'uploaded') {
            placement.counts.uploaded++;
            placement.bytesUploaded += blob.size;
        }
        else {
            placement.counts.existing++;
            placement.bytesSaved += blob.size;
        }
        return;
    }
    // Copies that share the map (a sync's many tags) can meet the same repository: one placement each, the rest wait.
    const here = `${target.location} ${blob.digest} ${target.name}`;
    const earlier = context.placed.get(here);
    if (earlier) {
        if ((await earlier.catch(() => undefined)) === target) {
            placement.counts.existing++;
            placement.bytesSaved += blob.size;
            return;
        }
        return placeFrom(context, blob, placement, undefined);
    }
    const key = `${target.location} ${blob.digest}`;
    const first = context.placed.get(key);
    let mine;
    if (first) {
        mine = first
            .catch(() => undefined)
            .then((from) => placeFrom(context, blob, placement, from && canMount(target, from) ? from : undefined))
            .then(() => target);
    }
    else {
        const hinted = context.mountHints?.(blob.digest, target);
        const mountFrom = hinted !== undefined && hinted !== target && canMount(target, hinted) ? hinted : undefined;
        mine = placeFrom(context, blob, placement, mountFrom).then(() => target);
        context.placed.set(key, mine);
    }
    context.placed.set(here, mine);
    await mine;
}
async function placeFrom(context, blob, placement, mountFrom) {
    const { target } = context;
    let early;
    // First ask (mount, or HEAD): no bytes move, so this takes a check slot, not a transfer slot.
    const done = await context.checks(async () => {
        if (mountFrom === undefined && context.eagerBelow !== undefined && blob.size <= context.eagerBelow) {
            early = readEarly(context, blob);
        }
        if (mountFrom !== undefined && target.mountBlob) {
            // One request answers both "is it there?" and "link it": no HEAD needed within a registry.
            let mount;
            try {
                mount = await target.mountBlob(blob, mountFrom);
            }
            catch (error) {
                throw copyError('target', 'mount blob', blob.digest, `${target.name}: mount ${blob.digest} from ${mountFrom.name}`, error);
            }
            if (mount.mounted) {
                placement.counts.mounted++;
                placement.bytesSaved += blob.size;
                placement.mounted.add(blob.digest);
                return true;
            }
            return false;
        }
        const present = await checkBlob(target, blob).catch((error) => {
            early?.catch(() => undefined).finally(() => target.abandonBlobWrite?.(blob));
            throw error;
        });
        if (present) {
            placement.counts.existing++;
            placement.bytesSaved += blob.size;
            // The bytes read early are not needed; nor is the session opened for them.
            early?.catch(() => undefined);
            target.abandonBlobWrite?.(blob);
        }
        return present;
    });
    if (done)
        return;
    await context.transfers(() => uploadBlob(context, blob, early));
    placement.counts.uploaded++;
    placement.bytesUploaded += blob.size;
}
/** Whether the target holds the blob, a failure to ask named as the target's. */
async function checkBlob(target, blob) {
    try {
        return await target.hasBlob(blob);
    }
    catch (error) {
        throw copyError('target', 'check blob', blob.digest, `${target.name}: check blob ${blob.digest}`, error);
    }
}
/**
 * A small blob's bytes, read (and verified: the source's stream errors on a wrong digest or size) while the target is
 * asked for it, with the target's upload session opening at the same time.
 */
function readEarly(context, blob) {
    const source = context.sourceOf(blob.digest);
    context.target.prepareBlobWrite?.(blob);
    const bytes = source.readBlob(blob).then((stream) => (0,consumers_.buffer)(stream));
    // Its failure is the upload's to report, if an upload comes.
    bytes.catch(() => undefined);
    return bytes;
}
/**
 * Stream one blob from the source to the target, with fresh bytes on each attempt (the first may use bytes read
 * early, see `eagerBelow`).
 */
async function uploadBlob(context, blob, early) {
    const { target, onProgress } = context;
    const source = context.sourceOf(blob.digest);
    const operation = `blob ${blob.digest} for ${target.name.slice(target.location.length + 1) || target.name}`;
    await runUnwrapped(context.retry, target.location, operation, async () => {
        let sent = 0;
        const onBytes = onProgress
            ? (n) => {
                sent += n;
                onProgress({ repository: target.name, digest: blob.digest, size: blob.size, phase: 'bytes', bytesDone: sent });
            }
            : undefined;
        // The target's upload opens while the source's answer is on its way (both take a round trip).
        target.prepareBlobWrite?.(blob);
        const read = early;
        early = undefined;
        let stream;
        try {
            stream = read ? external_node_stream_.Readable.from([await read]) : await source.readBlob(blob, onBytes);
            if (read)
                onBytes?.(blob.size);
        }
        catch (error) {
            // Opening the read already went through the policy request by request; another whole-blob round would only
            // multiply those attempts.
            throw new FinalAttempt(copyError('source', 'read blob', blob.digest, `${source.name}: read blob ${blob.digest}`, error));
        }
        // The target may still be opening its upload when the source breaks off: keep the error on the stream (read
        // back as stream.errored below) instead of letting an unlistened 'error' end the process.
        stream.on('error', () => undefined);
        onProgress?.({ repository: target.name, digest: blob.digest, size: blob.size, phase: 'start', bytesDone: 0 });
        try {
            await target.writeBlob(blob, stream);
        }
        catch (error) {
            // A broken or corrupt source stream surfaces as the write's failure: blame the side that broke.
            const cause = stream.errored ?? error;
            const side = stream.errored ? 'source' : 'target';
            throw retryableCopyError(side, blob.digest, side === 'source' ? `${source.name}: read blob ${blob.digest}` : `${target.name}: upload blob ${blob.digest}`, cause);
        }
        finally {
            if (!stream.destroyed)
                stream.destroy();
        }
        onProgress?.({ repository: target.name, digest: blob.digest, size: blob.size, phase: 'done', bytesDone: blob.size });
    }, { attempts: BLOB_ATTEMPTS, classify: classifyCause });
}
function retryableCopyError(side, digest, where, cause) {
    return copyError(side, side === 'source' ? 'read blob' : 'upload blob', digest, where, cause);
}
/** The policy's run, with a FinalAttempt unwrapped into the error it carries. */
async function runUnwrapped(retry, ...args) {
    try {
        await retry.run(...args);
    }
    catch (error) {
        throw error instanceof FinalAttempt ? error.error : error;
    }
}
/** A CopyError is as retryable as what caused it. */
function classifyCause(error) {
    if (error instanceof FinalAttempt)
        return { retryable: false, reason: 'already retried request by request' };
    const cause = error.cause ?? error;
    // A whole blob is retried after a failure the user may want to read in full (what the registry said).
    return { ...(0,policy/* classify */.L8)(cause), reason: cause instanceof Error ? cause.message.replace(/\.$/, '') : String(cause) };
}
/** Carries an error out of the whole-blob loop at once. */
class FinalAttempt extends Error {
    error;
    constructor(error) {
        super(error.message);
        this.error = error;
    }
}

// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __webpack_require__(8825);
// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(9217);
// EXTERNAL MODULE: ./src/store/store.ts
var store = __webpack_require__(1644);
;// CONCATENATED MODULE: ./src/copy/referrers.ts

/** Signature on an SBOM on an image is depth 2; more is a loop or abuse. */
const MAX_REFERRER_DEPTH = 3;
const COSIGN_SUFFIXES = [
    ['sig', 'signature'],
    ['att', 'attestation'],
    ['sbom', 'sbom'],
];
/** The distribution spec's fallback tag for a subject: `<alg>-<hex>`, the hex cut to 64 characters. */
function fallbackTag(digest) {
    const [algorithm, hex] = digest.split(':');
    return `${algorithm}-${hex.slice(0, 64)}`;
}
/** Cosign's tags name the digest with its full hex. */
function cosignTag(digest, suffix) {
    const [algorithm, hex] = digest.split(':');
    return `${algorithm}-${hex}.${suffix}`;
}
function artifactTypeOf(manifest) {
    const declared = manifest.json['artifactType'];
    if (typeof declared === 'string' && declared !== '')
        return declared;
    return manifest.config?.mediaType;
}
/** Signature, attestation, SBOM or other, from the artifact type (and a sigstore bundle's predicate type). */
function kindOf(artifactType, annotations) {
    const type = (artifactType ?? '').toLowerCase();
    if (annotations?.['dev.sigstore.bundle.predicateType'] !== undefined)
        return 'attestation';
    if (/in-toto|attestation|dsse|provenance/.test(type))
        return 'attestation';
    if (/spdx|cyclonedx|sbom|syft/.test(type))
        return 'sbom';
    if (/signature|\.sig\b|cosign|notary|sigstore/.test(type))
        return 'signature';
    return 'other';
}
function annotationsOf(manifest) {
    const value = manifest.json['annotations'];
    return typeof value === 'object' && value !== null ? value : undefined;
}
/** Up to this many tags, one listing says which fallback and cosign tags exist, instead of asking for each. */
const TAG_LIST_LIMIT = 1000;
/** One listing of `store`'s tags; an error here only means asking for each tag. */
function listedTags(store) {
    return store.listTags({ limit: TAG_LIST_LIMIT }).then((list) => (list.length < TAG_LIST_LIMIT ? new Set(list) : undefined), () => undefined);
}
function askAhead(store) {
    return {
        tags: listedTags(store),
        offersApi: store.referrers && store.offersReferrersApi ? store.offersReferrersApi().catch(() => undefined) : Promise.resolve(undefined),
    };
}
/** Resolves once every question asked ahead has its answer (none rejects), so no request outlives the copy's result. */
async function answeredAhead(asked) {
    await Promise.all([...asked.values()].flatMap((a) => [a.tags, a.offersApi]));
}
/**
 * Every referrer of `subjects` in `source`; each manifest is read once, verified. A referrer's own referrers are
 * looked for as soon as it is found, not when its whole level is, so deeper levels overlap the shallower ones.
 */
async function discoverReferrers(source, subjects, where, options = {}) {
    // Not asked ahead: whether the API exists would only be known a round trip later than each subject's own answer.
    const ahead = options.ahead ?? { tags: listedTags(source), offersApi: Promise.resolve(undefined) };
    // Found in whatever order the answers come; returned level by level, each subject's in the order they are listed
    // (OCI referrers, then cosign's tags), so that what is reported does not depend on which answer came first.
    const found = new Map();
    const seen = new Set(subjects);
    const lookup = { source, where, tags: ahead.tags, offersApi: ahead.offersApi, noApi: false };
    const visit = async (subject, depth, rank) => {
        const deeper = [];
        await referrersOf(lookup, subject, depth, (referrer, position) => {
            const key = referrer.tag ?? referrer.manifest.digest;
            if (found.has(key))
                return;
            found.set(key, { referrer, rank: [...rank, position] });
            options.onFound?.(referrer);
            if (depth < MAX_REFERRER_DEPTH && !seen.has(referrer.manifest.digest)) {
                seen.add(referrer.manifest.digest);
                deeper.push(visit(referrer.manifest.digest, depth + 1, [...rank, position]));
            }
        });
        await Promise.all(deeper);
    };
    await Promise.all(subjects.map((subject, i) => visit(subject, 1, [i])));
    return [...found.values()].sort((x, y) => compareRanks(x.rank, y.rank)).map((f) => f.referrer);
}
/** Shallower first; within a level, by the subject's rank and then the position under it. */
function compareRanks(x, y) {
    if (x.length !== y.length)
        return x.length - y.length;
    for (let i = 0; i < x.length; i++)
        if (x[i] !== y[i])
            return x[i] - y[i];
    return 0;
}
/** The referrers of one subject, each handed to `emit` (with its place in the subject's list) once its manifest is read. */
async function referrersOf(lookup, subject, depth, emit) {
    const { source } = lookup;
    const fail = (error) => {
        throw copyError('source', 'read manifest', subject, `${lookup.where}: find the referrers of ${subject}`, error);
    };
    // Answered in the round trip that resolved the source, so waiting for it costs nothing.
    if ((await lookup.offersApi) === false)
        lookup.noApi = true;
    const api = source.referrers && !lookup.noApi
        ? source.referrers(subject).then((answer) => {
            if (answer === undefined)
                lookup.noApi = true;
            return answer;
        }, fail)
        : Promise.resolve(undefined);
    const known = await lookup.tags;
    // Only the tags that exist are read (all of them when the list was too long to take); all at once, beside the API.
    const read = (tag) => known === undefined || known.has(tag) ? source.resolve(tag, { wantBytes: true }).catch(fail) : Promise.resolve(undefined);
    const oci = Promise.all([api, read(fallbackTag(subject))]).then(async ([apiAnswer, fallback]) => {
        let listed = apiAnswer ?? [];
        if (apiAnswer === undefined && fallback) {
            const index = fallback.manifest ?? (await source.getManifest(fallbackTag(subject)).catch(fail));
            if (index.kind === 'index')
                listed = index.manifests;
        }
        await Promise.all(listed.map(async (descriptor, i) => {
            const manifest = await source.getManifest(descriptor.digest).catch(fail);
            const artifactType = descriptor.artifactType ?? artifactTypeOf(manifest);
            emit({ store: source, subject, manifest, kind: kindOf(artifactType, annotationsOf(manifest)), artifactType, depth }, i);
        }));
    });
    const tagged = COSIGN_SUFFIXES.map(async ([suffix, kind], i) => {
        const tag = cosignTag(subject, suffix);
        const resolved = await read(tag);
        if (!resolved)
            return;
        const manifest = resolved.manifest ?? (await source.getManifest(tag).catch(fail));
        // After every OCI referrer of the subject, however many it lists.
        emit({ store: source, subject, manifest, kind, artifactType: artifactTypeOf(manifest), tag, depth }, Number.MAX_SAFE_INTEGER - 3 + i);
    });
    await Promise.all([oci, ...tagged]);
}
/** The descriptor a fallback index lists for a referrer, as the distribution spec says. */
function indexEntry(referrer) {
    const annotations = annotationsOf(referrer.manifest);
    return {
        mediaType: referrer.manifest.mediaType,
        digest: referrer.manifest.digest,
        size: referrer.manifest.bytes.length,
        ...(referrer.artifactType !== undefined && { artifactType: referrer.artifactType }),
        ...(annotations && { annotations }),
    };
}

;// CONCATENATED MODULE: ./src/copy/fallback-index.ts
// A target's fallback index `<alg>-<hex>` (the referrers of a subject, where the registry does not index `subject`
// itself): read early, beside the blob work, so that only its write waits on the referrers; merged, never dropping
// an entry; written only if it still holds what was read (If-Match), or, when there was none, only if there still is
// none — re-read and merged again when someone else changed it meanwhile.






/** Tries at a fallback index that others update at the same time. */
const INDEX_UPDATE_ATTEMPTS = 3;
async function readFallbackIndex(target, subject) {
    const tag = fallbackTag(subject);
    try {
        const current = await target.resolve(tag, { wantBytes: true });
        const index = current ? (current.manifest ?? (await target.getManifest(tag))) : undefined;
        return { current, index };
    }
    catch (error) {
        throw copyError('target', 'resolve', tag, `${target.name}: read the referrers index ${tag}`, error);
    }
}
/**
 * Add what the fallback index of `subject` lacks of `referrers`. `read` is an earlier read of it (its ETag makes
 * the write conditional, so an update made since is not lost); without one it is read now.
 */
async function addToFallbackIndex(target, subject, referrers, read = readFallbackIndex(target, subject), lane) {
    const tag = fallbackTag(subject);
    let last = read;
    for (let attempt = 1;; attempt++) {
        const { current, index: existing } = await last;
        const entries = existing && Array.isArray(existing.json['manifests']) ? [...existing.json['manifests']] : [];
        const listed = new Set(entries.map((e) => e.digest));
        const added = referrers.filter((r) => !listed.has(r.manifest.digest)).map(indexEntry);
        if (added.length === 0)
            return;
        const json = existing
            ? { ...existing.json, manifests: [...entries, ...added] }
            : { schemaVersion: 2, mediaType: media_types/* OCI_INDEX */.$p, manifests: added };
        const bytes = Buffer.from(JSON.stringify(json));
        const index = (0,oci_manifest/* parseManifest */.Ng)(bytes, media_types/* OCI_INDEX */.$p, (0,digest/* digestOf */.ol)(bytes));
        try {
            // Conditional where the registry can tell versions apart: not changed since read, or still not there.
            const condition = current ? (current.etag !== undefined ? { ifMatch: current.etag } : {}) : { ifNoneMatch: '*' };
            // On a lane only the first try: a re-read one follows answers, so it has no place in line to keep.
            await target.putManifest(tag, index, { ...condition, ...(lane && attempt === 1 && { lane }) });
            return;
        }
        catch (error) {
            if (error instanceof store/* PreconditionFailedError */.k && attempt < INDEX_UPDATE_ATTEMPTS) {
                last = readFallbackIndex(target, subject);
                continue;
            }
            throw copyError('target', 'tag', tag, `${target.name}: update the referrers index ${tag}`, error);
        }
    }
}

;// CONCATENATED MODULE: ./src/copy/push-referrers.ts




const ignore = () => undefined;
/**
 * A referrer's blobs (a signature, an attestation, most SBOMs) are small, usually new at the target and on the way
 * to the tag: up to this size they are read beside asking the target for them (see `BlobContext.eagerBelow`).
 */
const REFERRER_BLOB_EAGER_BELOW = 1024 * 1024;
const keyOf = (referrer) => referrer.tag ?? referrer.manifest.digest;
/** The referrers work at one target repository: started per referrer as each is found, written all at the end. */
class TargetReferrers {
    #context;
    #speculative;
    #prepared = new Map();
    #indexReads = new Map();
    /**
     * On a first copy, asked when the first OCI referrer is found: whether the target has the referrers API, and a lane
     * (if the store offers one) on which a subject's referrers and then its fallback index go out in one round trip.
     */
    #ahead;
    /**
     * `speculative`: place a referrer's blobs at once, beside asking the target whether it holds the referrer — a
     * round trip saved where it usually does not (a first copy), a few HEADs spent where it does. Otherwise (a re-run,
     * where referrers are usually there already) the blobs wait for that answer.
     */
    constructor(context, options) {
        this.#context = context;
        this.#speculative = options.speculative;
    }
    /** Start on a referrer: ask the target for it, place its blobs, read the fallback index it will be listed in. */
    add(referrer) {
        const key = keyOf(referrer);
        if (this.#prepared.has(key))
            return;
        const { target } = this.#context;
        const there = lookFor(target, referrer);
        const place = () => placeOne(this.#context, referrer);
        const placed = this.#speculative ? place() : there.then((held) => (held ? undefined : place()));
        there.catch(ignore);
        placed.catch(ignore);
        this.#prepared.set(key, { there, placed });
        if (referrer.tag === undefined && this.#speculative && this.#ahead === undefined) {
            const offersApi = target.offersReferrersApi ? target.offersReferrersApi().catch(ignore) : Promise.resolve(undefined);
            this.#ahead = { offersApi, lane: target.openWriteLane?.() };
        }
        if (referrer.tag === undefined && !this.#indexReads.has(referrer.subject)) {
            const read = readFallbackIndex(target, referrer.subject);
            read.catch(ignore);
            this.#indexReads.set(referrer.subject, read);
        }
    }
    /**
     * Write what the target lacks of `found`, each referrer after its subject (the pushed image's manifests are up
     * already; a referrer of a referrer waits for that one), then each subject's fallback index after its referrers.
     * The blob work of the referrers written is added to `into`. Any failure rejects, once every write has settled.
     */
    async write(found, warnings, into) {
        for (const referrer of found)
            this.add(referrer);
        const { target } = this.#context;
        const prepared = (referrer) => this.#prepared.get(keyOf(referrer));
        const answers = await Promise.all(found.map((referrer) => prepared(referrer).there));
        const { missing, existing, present } = sortOut(target, found, answers, warnings);
        const kinds = {};
        for (const referrer of missing)
            kinds[referrer.kind] = (kinds[referrer.kind] ?? 0) + 1;
        // A target known to lack the referrers API gets a fallback index for every new OCI referrer; with a lane, each
        // subject's index goes out right behind its referrers instead of a round trip after them.
        const lane = this.#ahead?.lane !== undefined && (await this.#ahead.offersApi) === false ? this.#ahead.lane : undefined;
        const written = new Map();
        /** Per referrer written: resolves once its writes are all begun (on the lane) or it failed before them. */
        const begun = new Map();
        /** Referrers whose write failed before it began (a blob): no index is written to list them. */
        const failedBefore = new Set();
        for (const referrer of [...missing].sort((x, y) => x.depth - y.depth)) {
            const subjectUp = written.get(referrer.subject) ?? Promise.resolve(undefined);
            const onLane = lane !== undefined && referrer.tag === undefined ? lane : undefined;
            let markBegun;
            begun.set(referrer.manifest.digest, new Promise((resolve) => (markBegun = resolve)));
            const write = Promise.all([subjectUp, prepared(referrer).placed]).then(async ([, placed]) => {
                const { plan, placement } = placed;
                let result;
                if (onLane) {
                    // Children before their index, in the lane's order, without a round trip between them.
                    const children = plan.manifests.slice(0, -1).map((child) => put(target, child.digest, child, onLane));
                    const own = put(target, keyOf(referrer), referrer.manifest, onLane);
                    markBegun();
                    [result] = await Promise.all([own, ...children]);
                }
                else {
                    for (const child of plan.manifests.slice(0, -1))
                        await put(target, child.digest, child);
                    result = await put(target, keyOf(referrer), referrer.manifest);
                }
                addPlacement(into, placement);
                return result;
            });
            write
                .catch(() => {
                failedBefore.add(referrer.manifest.digest);
            })
                .finally(() => markBegun());
            written.set(referrer.manifest.digest, write);
        }
        const fresh = groupBySubject(missing.filter((r) => r.tag === undefined));
        const old = groupBySubject(present);
        // Whether the target indexes a subject itself decides if referrers it held already need a fallback index entry.
        const indexes = new Map([...old.keys()].map((subject) => [subject, indexesSubjects(target, subject)]));
        for (const answer of indexes.values())
            answer.catch(ignore);
        const indexWrites = [...new Set([...fresh.keys(), ...old.keys()])].map(async (subject) => {
            const mine = fresh.get(subject) ?? [];
            if (lane && mine.length > 0) {
                // No API here: every new referrer is listed, so the index need not wait for the writes' answers.
                await Promise.all(mine.map((r) => begun.get(r.manifest.digest)));
                if (mine.some((r) => failedBefore.has(r.manifest.digest)))
                    return;
                const entries = [...mine, ...(old.get(subject) ?? [])];
                await addToFallbackIndex(target, subject, entries, this.#indexReads.get(subject), lane);
                return;
            }
            const results = await Promise.all(mine.map((r) => written.get(r.manifest.digest)));
            const unindexed = mine.filter((_, i) => results[i]?.subjectIndexed !== true);
            const held = old.get(subject) ?? [];
            // A subject whose new referrers went unindexed has no API here; otherwise the target's answer decides.
            const listHeld = held.length > 0 && (unindexed.length > 0 || !(await indexes.get(subject)));
            const entries = listHeld ? [...unindexed, ...held] : unindexed;
            if (entries.length > 0)
                await addToFallbackIndex(target, subject, entries, this.#indexReads.get(subject));
        });
        const outcomes = await Promise.allSettled([...written.values(), ...indexWrites]);
        this.#ahead?.lane?.close();
        const failure = outcomes.find((o) => o.status === 'rejected');
        if (failure)
            throw failure.reason;
        return { counts: { copied: missing.length, existing }, kinds, warnings };
    }
}
/** A dry run: what would be copied, from asking the target and nothing more. */
async function plannedReferrers(target, found, warnings) {
    const answers = await Promise.all(found.map((referrer) => lookFor(target, referrer)));
    const { missing, existing } = sortOut(target, found, answers, warnings);
    const kinds = {};
    for (const r of missing)
        kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
    return { counts: { copied: missing.length, existing }, kinds, warnings };
}
function lookFor(target, referrer) {
    const reference = keyOf(referrer);
    return target.resolve(reference).catch((error) => {
        throw copyError('target', 'resolve', reference, `${target.name}: look for ${reference}`, error);
    });
}
/**
 * Missing at the target: OCI referrers by digest, cosign tags by tag. A different cosign tag there is kept (one made
 * there must not be destroyed), with a warning. `present` are OCI referrers the target holds by digest already.
 */
function sortOut(target, referrers, answers, warnings) {
    const missing = [];
    const present = [];
    let existing = 0;
    referrers.forEach((referrer, i) => {
        const there = answers[i];
        if (!there)
            missing.push(referrer);
        else if (there.digest === referrer.manifest.digest) {
            existing++;
            if (referrer.tag === undefined)
                present.push(referrer);
        }
        else {
            existing++;
            warnings.push(`${target.name}:${referrer.tag} already holds ${there.digest}, not the source's ${referrer.manifest.digest}; kept the target's ${referrer.kind} (one made there must not be destroyed).`);
        }
    });
    return { missing, existing, present };
}
/** One referrer's graph, read from where it was found, and its blobs placed at the target, counted on their own. */
async function placeOne(context, referrer) {
    const source = referrer.store;
    const plan = await (0,copy_plan/* buildPlan */.Gg)(source, referrer.manifest, undefined).catch((error) => {
        throw copyError('source', 'read manifest', referrer.manifest.digest, `${source.name}: read referrer ${referrer.manifest.digest}`, error);
    });
    const placement = newPlacement();
    const fromReferrer = { ...context, sourceOf: () => source, eagerBelow: REFERRER_BLOB_EAGER_BELOW };
    const outcomes = await Promise.allSettled(plan.blobs.map((blob) => placeBlob(fromReferrer, blob, placement)));
    const failure = outcomes.find((o) => o.status === 'rejected');
    if (failure)
        throw failure.reason;
    return { plan, placement };
}
/** A referrer's blob work, added to the target's totals. */
function addPlacement(into, from) {
    into.counts.mounted += from.counts.mounted;
    into.counts.existing += from.counts.existing;
    into.counts.uploaded += from.counts.uploaded;
    into.bytesUploaded += from.bytesUploaded;
    into.bytesSaved += from.bytesSaved;
}
function groupBySubject(referrers) {
    const groups = new Map();
    for (const r of referrers)
        groups.set(r.subject, [...(groups.get(r.subject) ?? []), r]);
    return groups;
}
/** The target answers the referrers API for `subject` (so it indexed what was pushed to it). */
async function indexesSubjects(target, subject) {
    if (!target.referrers)
        return false;
    try {
        return (await target.referrers(subject)) !== undefined;
    }
    catch (error) {
        throw copyError('target', 'read manifest', subject, `${target.name}: list the referrers of ${subject}`, error);
    }
}
async function put(target, reference, manifest, lane) {
    try {
        return await target.putManifest(reference, manifest, lane && { lane });
    }
    catch (error) {
        throw copyError('target', 'push manifest', manifest.digest, `${target.name}: push referrer ${manifest.digest}`, error);
    }
}

;// CONCATENATED MODULE: ./src/copy/push-repository.ts




async function pushToRepository(context, plan, store, group) {
    const placement = newPlacement();
    const events = [];
    const blobContext = { ...context, sourceOf: plan.sourceOf, target: store };
    let referrers;
    // Each referrer's checks and blobs start as the source's discovery finds it, beside the image's own blobs (a first
    // copy: the target usually lacks them, so the blobs do not wait for that answer); only the writes wait for the subject.
    const referrerWork = context.dryRun || store.holdsReferrers === false ? undefined : new TargetReferrers(blobContext, { speculative: true });
    if (referrerWork)
        context.referrers.each((referrer) => referrerWork.add(referrer));
    try {
        if (plan.manifests.every((m) => sameStore(plan.sourceOf(m.digest), store))) {
            // The source manifest lives here, so every blob and child manifest it references does too.
            placement.counts.existing = plan.blobs.length;
            placement.bytesSaved = plan.blobs.reduce((sum, b) => sum + b.size, 0);
            events.push({ type: 'same-repository', repository: store.name, blobs: plan.blobs.length });
        }
        else {
            if (context.dryRun) {
                await Promise.all(plan.blobs.map((blob) => context.checks(() => surveyBlob(store, plan.sourceOf(blob.digest), blob, placement))));
            }
            else {
                const outcomes = await Promise.allSettled(plan.blobs.map((blob) => placeBlob(blobContext, blob, placement)));
                const failure = outcomes.find((o) => o.status === 'rejected');
                if (failure)
                    throw failure.reason;
            }
            events.push({
                type: 'blobs',
                planned: context.dryRun,
                ...placement.counts,
                bytesUploaded: placement.bytesUploaded,
                foreignSkipped: plan.foreignSkipped.length,
            });
            if (!context.dryRun) {
                const children = plan.manifests.slice(0, -1);
                // Image manifests depend only on blobs, so they go up together; nested indexes follow, children first.
                const put = (m) => putManifest(blobContext, placement, events, m.digest, m);
                await Promise.all(children.filter((m) => m.kind === 'image').map(put));
                for (const manifest of children.filter((m) => m.kind === 'index'))
                    await put(manifest);
                if (children.length > 0)
                    events.push({ type: 'children', count: children.length });
            }
        }
        // Referrers after their subjects and before the tags: a deployment that verifies the new tag never sees it unsigned.
        const found = await context.referrers.all;
        if (found.length > 0 && store.holdsReferrers === false) {
            context.warnings.push(leftBehind(store, found));
        }
        else if (found.length > 0 && context.dryRun) {
            referrers = await plannedReferrers(store, found, context.warnings);
            events.push({ type: 'referrers', planned: true, ...referrers.counts, kinds: referrers.kinds });
        }
        else if (found.length > 0 && referrerWork) {
            await putManifest(blobContext, placement, events, plan.root.digest, plan.root);
            referrers = await referrerWork.write(found, context.warnings, placement);
            events.push({ type: 'referrers', planned: false, ...referrers.counts, kinds: referrers.kinds });
        }
    }
    catch (error) {
        const failure = failureOf(asCopyError(error, store), '; no tag was written');
        await store.close?.('abort').catch(() => undefined);
        for (const state of group) {
            state.events.push(...events, { type: 'failed', message: failure.message });
            state.result = failed(state, failure);
        }
        return;
    }
    const kind = plan.root.kind === 'index' ? 'index' : 'manifest';
    if (context.dryRun) {
        for (const state of group) {
            state.events.push(...events, { type: 'tagged', target: state.endpoint.text, digest: plan.root.digest, kind, planned: true });
            if (referrers)
                state.referrers = referrers;
            state.result = succeeded(state, 'planned', plan, placement);
        }
        return;
    }
    // Tags last, each on its own: one rejected tag does not undo another.
    await Promise.all(group.map(async (state) => {
        state.events.push(...events);
        if (referrers)
            state.referrers = referrers;
        const reference = state.endpoint.tag ?? state.endpoint.digest ?? plan.root.digest;
        try {
            // A tag's failure reads as the target's: "target ghcr.io/acme/app:v1: access denied …".
            await putManifest(blobContext, placement, state.events, reference, plan.root, state.endpoint.text);
            state.events.push({ type: 'tagged', target: state.endpoint.text, digest: plan.root.digest, kind, planned: false });
            state.result = succeeded(state, 'copied', plan, placement);
        }
        catch (error) {
            const failure = failureOf(copyError('target', 'tag', reference, state.endpoint.text, error));
            state.events.push({ type: 'failed', message: failure.message });
            state.result = failed(state, failure);
        }
    }));
    if (store.close) {
        const anyTagged = group.some((s) => s.result?.status === 'copied');
        try {
            await store.close(anyTagged ? 'commit' : 'abort');
        }
        catch (error) {
            const failure = failureOf(copyError('target', 'tag', store.name, store.name, error));
            for (const state of group) {
                state.events.push({ type: 'failed', message: failure.message });
                state.result = failed(state, failure);
            }
        }
    }
}
/** The warning for a store that holds images only: which referrers stayed behind, by kind. */
function leftBehind(store, found) {
    const kinds = new Map();
    for (const r of found)
        kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
    const listed = [...kinds].map(([kind, n]) => `${n} ${kind === 'sbom' ? 'SBOM' : kind}`).join(', ');
    return `${found.length === 1 ? 'A referrer' : `${found.length} referrers`} of the image (${listed}) ${found.length === 1 ? 'was' : 'were'} not written to ${store.name}: it holds images only, as docker load reads them; copy to a registry or an OCI layout to keep signatures, attestations and SBOMs with the image.`;
}
/**
 * Targets whose tag already holds the digest: only referrers can be new (signatures are often added after the first
 * promotion). Copies them; the status becomes `copied` (or `planned`) when any moved.
 */
async function refreshReferrers(context, store, group) {
    const placement = newPlacement();
    // Referrers carry the store they are read from; there are no image blobs to place here.
    const blobContext = { ...context, sourceOf: () => store, target: store };
    let outcome;
    // The image is there already: the referrers, usually there too, are asked for first and only the missing placed.
    const work = context.dryRun || store.holdsReferrers === false ? undefined : new TargetReferrers(blobContext, { speculative: false });
    if (work)
        context.referrers.each((referrer) => work.add(referrer));
    try {
        const found = await context.referrers.all;
        if (found.length === 0)
            return;
        if (store.holdsReferrers === false) {
            context.warnings.push(leftBehind(store, found));
            return;
        }
        outcome = work ? await work.write(found, context.warnings, placement) : await plannedReferrers(store, found, context.warnings);
        // A file store shows what was written only once committed (an existing layout's index.json is replaced then).
        if (!context.dryRun)
            await store.close?.('commit');
    }
    catch (error) {
        const failure = failureOf(asCopyError(error, store));
        await store.close?.('abort').catch(() => undefined);
        for (const state of group)
            state.result = failed(state, failure);
        return;
    }
    const event = { type: 'referrers', planned: context.dryRun, ...outcome.counts, kinds: outcome.kinds };
    for (const state of group) {
        state.events.push(event);
        state.referrers = outcome;
        const previous = state.result;
        if (outcome.counts.copied === 0) {
            state.result = { ...previous, referrers: outcome.counts, referrerKinds: {} };
        }
        else {
            state.result = {
                ...previous,
                status: context.dryRun ? 'planned' : 'copied',
                blobs: { ...placement.counts },
                bytesUploaded: placement.bytesUploaded,
                bytesSaved: placement.bytesSaved,
                referrers: outcome.counts,
                referrerKinds: outcome.kinds,
                durationMs: Date.now() - state.started,
            };
        }
    }
}
/**
 * Write a manifest; when the registry says it lacks blobs it was given (distribution 2.8 answers a mount of a sha512
 * blob 201 and links nothing; concurrent writers of one blob can leave its link missing for a moment), upload those
 * blobs and write once more.
 */
async function putManifest(context, placement, events, reference, manifest, where = `${context.target.name}: push manifest ${manifest.digest}`) {
    const { target } = context;
    try {
        await target.putManifest(reference, manifest);
        return;
    }
    catch (error) {
        const missing = placedButMissing(error, manifest, placement);
        if (missing.length === 0)
            throw copyError('target', 'push manifest', manifest.digest, where, error);
        for (const blob of missing) {
            placement.mounted.delete(blob.digest);
            await context.transfers(() => uploadBlob(context, blob));
            events.push({ type: 'blob-reuploaded', digest: blob.digest, repository: target.name });
        }
    }
    try {
        await target.putManifest(reference, manifest);
    }
    catch (error) {
        throw copyError('target', 'push manifest', manifest.digest, where, error);
    }
}
function placedButMissing(error, manifest, placement) {
    const e = error;
    if (typeof e?.unknownBlobs !== 'function')
        return [];
    const named = new Set(e.unknownBlobs());
    const saysUnknown = named.size > 0 || e.hasCode?.('MANIFEST_BLOB_UNKNOWN') === true;
    if (!saysUnknown)
        return [];
    // The blobs the registry names, however they were placed; without names, the mounted ones are the suspects.
    return manifest.blobs.filter((b) => (named.size > 0 ? named.has(b.digest) : placement.mounted.has(b.digest)));
}
/** Dry run: what would happen to one blob, found by asking the target and nothing more. */
async function surveyBlob(target, source, blob, placement) {
    if (await checkBlob(target, blob)) {
        placement.counts.existing++;
        placement.bytesSaved += blob.size;
    }
    else if (target.mountBlob !== undefined && target.location === source.location) {
        placement.counts.mounted++;
        placement.bytesSaved += blob.size;
    }
    else {
        placement.counts.uploaded++;
        placement.bytesUploaded += blob.size;
    }
}
/** Two handles on one repository (the source and a target opened separately). */
function sameStore(a, b) {
    return a.name === b.name && a.location === b.location;
}
function asCopyError(error, store) {
    return error instanceof CopyError ? error : copyError('target', 'upload blob', store.name, store.name, error);
}

;// CONCATENATED MODULE: ./src/copy/referrer-feed.ts
class ReferrerFeed {
    #found = [];
    #listeners = [];
    /** Every referrer, once discovery has ended; rejects when it failed. */
    all;
    /**
     * `discover` reports each referrer through the callback it is given, as it is found, and resolves with all of
     * them (in the order they are to be reported) when there are no more.
     */
    constructor(discover) {
        this.all = discover((referrer) => {
            this.#found.push(referrer);
            for (const listener of this.#listeners)
                listener(referrer);
        });
        // Read by every target that needs it; one that never does must not leave an unhandled rejection behind.
        this.all.catch(() => undefined);
    }
    /** A feed with nothing in it (referrers do not follow). */
    static empty() {
        return new ReferrerFeed(() => Promise.resolve([]));
    }
    /** Call `listener` for every referrer found so far and every one found later. */
    each(listener) {
        for (const referrer of this.#found)
            listener(referrer);
        this.#listeners.push(listener);
    }
}

// EXTERNAL MODULE: ./src/oci/platform.ts
var oci_platform = __webpack_require__(1890);
// EXTERNAL MODULE: ./src/merge/errors.ts
var errors = __webpack_require__(933);
;// CONCATENATED MODULE: ./src/merge/assemble.ts
// One index from several sources (per-platform builds, or indexes and images together), built the way
// `docker buildx imagetools create` does but deterministically: the same parts always give the same bytes, so a
// re-run is `unchanged` and two jobs merging the same digests agree.





function assembleIndex(parts, options = {}) {
    if (parts.length === 0)
        throw new errors/* MergeError */.V('there is nothing to merge; expected at least one source');
    let entries = parts.flatMap(entriesOf);
    if (options.platforms !== undefined && options.platforms.length > 0)
        entries = selectPlatforms(entries, options.platforms);
    checkDuplicates(entries);
    const annotations = sortedObject(options.annotations ?? {});
    const hasAnnotations = Object.keys(annotations).length > 0;
    // A Docker manifest list may only list Docker v2 manifests and has no annotations. BuildKit's attestations are
    // OCI manifests, so any attestation makes the result an OCI index: what buildx itself produces when they exist.
    const docker = !hasAnnotations && entries.every((e) => e.descriptor.mediaType === media_types/* DOCKER_MANIFEST */.Vv);
    const mediaType = docker ? media_types/* DOCKER_LIST */.Y2 : media_types/* OCI_INDEX */.$p;
    const json = {
        schemaVersion: 2,
        mediaType,
        manifests: entries.map((e) => e.json),
        ...(hasAnnotations && { annotations }),
    };
    const bytes = Buffer.from(JSON.stringify(json, null, 2) + '\n');
    const manifest = (0,oci_manifest/* parseManifest */.Ng)(bytes, mediaType, (0,digest/* digestOf */.ol)(bytes));
    return {
        manifest,
        entries: entries.map(({ source, descriptor, attestation }) => ({ source, descriptor, attestation })),
        platforms: entries
            .filter((e) => !e.attestation && e.descriptor.platform)
            .map((e) => ({ platform: e.descriptor.platform, source: e.source })),
    };
}
function entriesOf(part) {
    const { source, manifest } = part;
    if (manifest.kind === 'index') {
        const raw = manifest.json['manifests'];
        return manifest.manifests.map((descriptor, i) => ({ source, descriptor, attestation: isAttestation(descriptor), json: raw[i] }));
    }
    if (manifest.config === undefined || !(0,media_types/* isImageConfig */._m)(manifest.config.mediaType)) {
        throw new errors/* MergeError */.V(`${source} is not an image or an index: its config is "${manifest.config?.mediaType || 'missing'}"; expected a container image or a multi-platform index`);
    }
    if (part.platform === undefined) {
        throw new errors/* MergeError */.V(`${source} is a single image but no platform was read for it; read its config with readPlatform first`);
    }
    const platform = part.platform;
    const descriptor = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length, platform };
    // Key order of the OCI Go types (descriptor: mediaType, digest, size, platform), as buildx writes them.
    const json = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length, platform: platformJson(platform) };
    return [{ source, descriptor, attestation: false, json }];
}
/** The platform in the OCI Go type's key order, whatever order the caller built it in: the bytes must not depend on it. */
function platformJson(p) {
    return {
        architecture: p.architecture,
        os: p.os,
        ...(p['os.version'] !== undefined && { 'os.version': p['os.version'] }),
        ...(p['os.features'] !== undefined && p['os.features'].length > 0 && { 'os.features': [...p['os.features']] }),
        ...(p.variant !== undefined && { variant: p.variant }),
    };
}
/**
 * BuildKit's attestation manifests are `unknown/unknown` with `vnd.docker.reference.type: attestation-manifest`; an
 * entry with no platform or an unknown one is no platform either, so it is kept but never compared or listed.
 */
function isAttestation(d) {
    return d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' || d.platform === undefined || d.platform.os === 'unknown';
}
function selectPlatforms(entries, wanted) {
    const images = entries.filter((e) => !e.attestation);
    const kept = new Set();
    for (const platform of wanted) {
        const matches = images.filter((e) => (0,oci_platform/* platformMatches */.J5)(platform, e.descriptor.platform));
        if (matches.length === 0) {
            const available = images.map((e) => (0,oci_platform/* formatPlatform */.Bq)(e.descriptor.platform));
            throw new errors/* MergeError */.V(`no source has an image for platform ${(0,oci_platform/* formatPlatform */.Bq)(platform)}; they have ${available.join(', ') || 'no platforms'}`);
        }
        for (const match of matches)
            kept.add(match);
    }
    const digests = new Set([...kept].map((e) => e.descriptor.digest));
    // An attestation goes with the image it describes (`vnd.docker.reference.digest`).
    return entries.filter((e) => kept.has(e) || (e.attestation && digests.has(e.descriptor.annotations?.['vnd.docker.reference.digest'] ?? '')));
}
function checkDuplicates(entries) {
    const images = entries.filter((e) => !e.attestation);
    for (const [i, a] of images.entries()) {
        for (const b of images.slice(i + 1)) {
            if (samePlatform(a.descriptor.platform, b.descriptor.platform)) {
                const where = a.source === b.source ? `twice in ${a.source}` : `in both ${a.source} and ${b.source}`;
                throw new errors/* MergeError */.V(`platform ${(0,oci_platform/* formatPlatform */.Bq)(a.descriptor.platform)} is ${where} (${a.descriptor.digest} and ${b.descriptor.digest}); an index holds one image per platform, so drop one source or select platforms`);
            }
        }
    }
}
/** Same os, architecture and (normalised) variant, and the same os.version and os.features: Windows builds differ there. */
function samePlatform(a, b) {
    return ((0,oci_platform/* platformMatches */.J5)(a, b) &&
        (0,oci_platform/* platformMatches */.J5)(b, a) &&
        a['os.version'] === b['os.version'] &&
        [...(a['os.features'] ?? [])].sort().join(',') === [...(b['os.features'] ?? [])].sort().join(','));
}
function sortedObject(record) {
    return Object.fromEntries(Object.keys(record)
        .sort()
        .map((key) => [key, record[key]]));
}

;// CONCATENATED MODULE: ./src/merge/image-platform.ts


/** Image configs are kilobytes; a larger "config" is not one worth holding in memory. */
const MAX_CONFIG_BYTES = 8 * 1024 * 1024;
/**
 * The platform an image config declares (`os`, `architecture`, `variant`, `os.version`, `os.features`).
 * `configJson` is the config's bytes, its text or its parsed object; `sourceText` names the source in errors.
 */
function platformFromConfig(configJson, sourceText) {
    let config = configJson;
    if (typeof configJson === 'string' || configJson instanceof Uint8Array) {
        const text = typeof configJson === 'string' ? configJson : Buffer.from(configJson).toString('utf8');
        try {
            config = JSON.parse(text);
        }
        catch {
            throw new errors/* MergeError */.V(`the config of ${sourceText} is not valid JSON; expected an image config`);
        }
    }
    if (typeof config !== 'object' || config === null || Array.isArray(config)) {
        throw new errors/* MergeError */.V(`the config of ${sourceText} is not a JSON object; expected an image config`);
    }
    const c = config;
    const text = (field, required) => {
        const value = c[field];
        if (value === undefined && !required)
            return undefined;
        if (typeof value !== 'string' || value === '') {
            throw new errors/* MergeError */.V(value === undefined
                ? `the config of ${sourceText} has no "${field}", so its platform is unknown; expected an image built for one platform, with os and architecture in its config`
                : `the config of ${sourceText} has "${field}": ${JSON.stringify(value)}; expected a non-empty string`);
        }
        return value;
    };
    const os = text('os', true);
    const architecture = text('architecture', true);
    const variant = text('variant', false);
    const osVersion = text('os.version', false);
    const features = c['os.features'];
    if (features !== undefined && !(Array.isArray(features) && features.every((f) => typeof f === 'string'))) {
        throw new errors/* MergeError */.V(`the config of ${sourceText} has "os.features": ${JSON.stringify(features)}; expected a list of strings`);
    }
    // Key order as in the OCI spec's Go type (architecture, os, os.version, os.features, variant), as buildx writes it.
    return {
        architecture,
        os,
        ...(osVersion !== undefined && { 'os.version': osVersion }),
        ...(features !== undefined && features.length > 0 && { 'os.features': features }),
        ...(variant !== undefined && { variant }),
    };
}
/**
 * Read an image's config through its store (bounded, verified against its digest by the store's stream) and return
 * its platform. `sourceText` names the source in errors.
 */
async function readPlatform(store, manifest, sourceText) {
    const config = manifest.config;
    if (manifest.kind !== 'image' || config === undefined) {
        throw new errors/* MergeError */.V(`${sourceText} is an index (${manifest.mediaType}), not a single image; its entries carry their own platforms`);
    }
    if (!(0,media_types/* isImageConfig */._m)(config.mediaType)) {
        throw new errors/* MergeError */.V(`${sourceText} is not a container image: its config is "${config.mediaType || 'without a media type'}"; expected an image or an index to merge`);
    }
    if (config.size > MAX_CONFIG_BYTES) {
        throw new errors/* MergeError */.V(`the config of ${sourceText} is ${config.size} bytes, over the ${MAX_CONFIG_BYTES}-byte limit for an image config`);
    }
    const stream = await store.readBlob(config);
    const chunks = [];
    let length = 0;
    // Reading to the end matters: the store's stream proves the digest only when it ends.
    for await (const chunk of stream) {
        length += chunk.length;
        if (length > MAX_CONFIG_BYTES) {
            stream.destroy();
            throw new errors/* MergeError */.V(`the config of ${sourceText} is over the ${MAX_CONFIG_BYTES}-byte limit for an image config`);
        }
        chunks.push(chunk);
    }
    return platformFromConfig(Buffer.concat(chunks), sourceText);
}

;// CONCATENATED MODULE: ./src/copy/merge-plan.ts
// The plan for one index assembled from several sources (per-platform builds, or indexes and images together):
// each source's manifests and blobs are read from its own store, the new index goes up last.





async function buildMergePlan(parts, options) {
    const indexParts = await Promise.all(parts.map(async ({ endpoint, manifest }) => {
        if (manifest.kind === 'index')
            return { source: endpoint.text, manifest };
        try {
            return { source: endpoint.text, manifest, platform: await readPlatform(endpoint.store, manifest, endpoint.text) };
        }
        catch (error) {
            throw copyError('source', 'plan', manifest.digest, endpoint.text, error);
        }
    }));
    const assembled = assembleIndex(indexParts, {
        ...(options.annotations && { annotations: options.annotations }),
        ...(options.platforms && { platforms: options.platforms }),
    });
    const partOf = new Map(parts.map((p) => [p.endpoint.text, p]));
    const stores = new Map();
    const manifests = new Map();
    const blobs = new Map();
    const foreign = new Map();
    const warnings = [];
    // Each entry's graph, from its own source; the same digest from two sources is read once.
    const children = await Promise.all(assembled.entries.map(async (entry) => {
        const part = partOf.get(entry.source);
        const store = part.endpoint.store;
        const child = entry.descriptor.digest === part.manifest.digest ? part.manifest : await store.getManifest(entry.descriptor.digest);
        return { store, plan: await (0,copy_plan/* buildPlan */.Gg)(store, child, undefined) };
    }));
    for (const { store, plan } of children) {
        for (const m of plan.manifests) {
            if (!manifests.has(m.digest))
                manifests.set(m.digest, m);
            if (!stores.has(m.digest))
                stores.set(m.digest, store);
        }
        for (const b of plan.blobs) {
            if (!blobs.has(b.digest))
                blobs.set(b.digest, b);
            if (!stores.has(b.digest))
                stores.set(b.digest, store);
        }
        for (const b of plan.foreignSkipped)
            foreign.set(b.digest, b);
        warnings.push(...plan.warnings);
    }
    const root = assembled.manifest;
    const first = parts[0].endpoint.store;
    return {
        root,
        manifests: [...manifests.values(), root],
        blobs: [...blobs.values()],
        foreignSkipped: [...foreign.values()],
        platforms: assembled.platforms.map((p) => (0,oci_platform/* formatPlatform */.Bq)(p.platform)),
        rewritten: false,
        warnings,
        sourceOf: (digest) => stores.get(digest) ?? first,
        merged: assembled.platforms.map((p) => ({ platform: (0,oci_platform/* formatPlatform */.Bq)(p.platform), source: p.source })),
    };
}

;// CONCATENATED MODULE: ./src/copy/resolve.ts


async function resolveSource(source) {
    const reference = source.digest ?? source.tag;
    if (reference === undefined)
        throw new Error(`${source.text} names neither a tag nor a digest`);
    // Both given: the digest decides; the tag is asked at the same time only to say when it disagrees.
    const tagCheck = source.digest !== undefined && source.tag !== undefined ? source.store.resolve(source.tag).catch(() => undefined) : undefined;
    let resolved;
    try {
        resolved = await source.store.resolve(reference, { wantBytes: true });
    }
    catch (error) {
        throw copyError('source', 'resolve', reference, source.text, error);
    }
    if (!resolved)
        throw copyError('source', 'resolve', reference, source.text, new store/* NotFoundError */.m(reference, source.store.name));
    const tagged = await tagCheck;
    const warning = tagged && tagged.digest !== resolved.digest
        ? `The source ${source.text} names tag ${source.tag}, which points at ${tagged.digest}, and digest ${source.digest}: copying ${source.digest}, as Docker would; drop the tag or the digest to say which you mean.`
        : undefined;
    return { digest: resolved.digest, manifest: resolved.manifest, warning };
}
/** What the target's tag (or digest) points at now; undefined when nothing does yet. */
async function currentDigest(target) {
    const reference = target.tag ?? target.digest;
    // A file target named by neither (`oci:./out`): the image is added by its digest, whatever is there.
    if (reference === undefined)
        return undefined;
    try {
        return (await target.store.resolve(reference))?.digest;
    }
    catch (error) {
        throw copyError('target', 'resolve', reference, target.text, error);
    }
}

;// CONCATENATED MODULE: ./src/copy/made-blobs.ts
/** Below this a layer compresses in tens of milliseconds: nothing to overlap. */
const STREAM_MADE_FROM = 4 * 1024 * 1024;
class MadeBlobUploads {
    /** By digest, entered the moment it is known: the streams of that blob, one per location. */
    #streams = new Map();
    /** By `name config`: whether the repository lacks the image's config (so it is worth streaming to). */
    #lacking = new Map();
    #work = new Set();
    #targets;
    #logger;
    /** `targets`: one store per location to stream to; the others of a location mount from it. */
    constructor(targets, logger) {
        this.#targets = targets;
        this.#logger = logger;
    }
    /** A blob the source started making: stream it to every target that lacks its image. */
    offer(blob) {
        if (blob.sizeHint < STREAM_MADE_FROM)
            return;
        const streams = this.#targets.then((targets) => targets.filter((store) => store.writeMadeBlob !== undefined).map((store) => ({ store, placed: this.#stream(store, blob) })));
        this.#track(streams.then((list) => Promise.all(list.map((s) => s.placed))));
        // Entered before the source's resolve, which waits for the blob, returns: the plan that follows finds it.
        blob.made.then((descriptor) => this.#streams.set(descriptor.digest, streams), () => undefined);
    }
    /** Where a stream placed `blob` in `location`; undefined when none did (upload it as usual). */
    async placedAt(location, blob) {
        const streams = this.#streams.get(blob.digest);
        if (streams === undefined)
            return undefined;
        const stream = (await streams).find((s) => s.store.location === location);
        return stream?.placed;
    }
    /** Wait for every stream begun: a copy ends only when nothing it started is still sending. */
    async settled() {
        while (this.#work.size > 0)
            await Promise.allSettled([...this.#work]);
    }
    #track(work) {
        const settled = work.then(() => undefined, () => undefined);
        this.#work.add(settled);
        void settled.then(() => this.#work.delete(settled));
    }
    async #stream(store, blob) {
        if (!(await this.#lacksImage(store, blob.image)))
            return undefined;
        const body = blob.follow();
        // Its errors are the write's to report.
        body.on('error', () => undefined);
        let present = false;
        // The write closes under the digest only once the target said it lacks the blob.
        const closeUnder = blob.made.then(async (descriptor) => {
            present = await store.hasBlob(descriptor).catch(() => false);
            if (present) {
                body.destroy(new Error(`${store.name} holds ${descriptor.digest} already`));
                throw new Error(`${store.name} holds ${descriptor.digest} already: the upload is dropped`);
            }
            return descriptor;
        });
        closeUnder.catch(() => undefined);
        try {
            await store.writeMadeBlob(body, closeUnder);
            return { store, outcome: 'uploaded' };
        }
        catch (error) {
            if (present)
                return { store, outcome: 'existing' };
            const made = await blob.made.catch(() => undefined);
            if (made !== undefined) {
                this.#logger.debug(`${store.name}: sending ${made.digest} while it was made failed (${error.message}); it goes up again as usual.`);
            }
            return undefined;
        }
    }
    #lacksImage(store, image) {
        const key = `${store.name} ${image.digest}`;
        let lacking = this.#lacking.get(key);
        if (lacking === undefined) {
            // An unanswered question is no reason to stream: the usual upload asks again.
            lacking = store.hasBlob(image).then((present) => !present, () => false);
            this.#lacking.set(key, lacking);
        }
        return lacking;
    }
}

;// CONCATENATED MODULE: ./src/copy/copy.ts












/** Mounts and HEADs in flight at once: the size of the connection pool per host (see the transport). */
const CHECK_CONCURRENCY = 16;
async function copyImage(request) {
    const sources = request.sources && request.sources.length > 0 ? request.sources : [request.source];
    const made = madeBlobUploads(request, sources);
    try {
        return await copyWith(request, sources, made?.uploads);
    }
    finally {
        made?.stopListening();
        await made?.uploads.settled();
    }
}
/**
 * A source that makes blobs while it resolves (a classic docker save) streams them to the targets meanwhile: one
 * target store per location. Not for a dry run, a merge or a platform selection (which may not push them).
 */
function madeBlobUploads(request, sources) {
    const source = sources[0].store;
    if (source.onMadeBlob === undefined || request.dryRun === true || sources.length > 1 || (request.platforms?.length ?? 0) > 0)
        return undefined;
    const targets = Promise.resolve(request.targets).then((endpoints) => {
        const byLocation = new Map();
        for (const { store, skip } of endpoints)
            if (skip === undefined && !byLocation.has(store.location))
                byLocation.set(store.location, store);
        return [...byLocation.values()];
    });
    targets.catch(() => undefined);
    const uploads = new MadeBlobUploads(targets, request.logger);
    return { uploads, stopListening: source.onMadeBlob((blob) => uploads.offer(blob)) };
}
async function copyWith(request, sources, made) {
    const { logger } = request;
    const merging = sources.length > 1;
    const source = sources[0];
    const sourceText = sources.map((s) => s.text).join(', ');
    const warnings = [];
    // The sources' digests and every target's current digest are independent questions: ask them all at once.
    const sourceAnswers = Promise.all(sources.map(resolveSource));
    sourceAnswers.catch(() => undefined);
    const states = (await request.targets).map((endpoint) => ({ endpoint, started: Date.now(), events: [] }));
    for (const state of states)
        if (state.endpoint.skip !== undefined)
            state.result = skipped(state, state.endpoint.skip);
    // Which fallback and cosign tags the source holds (one tag listing) and whether it has the referrers API at all are
    // asked beside the resolution, so that the referrer lookups start, or are known to be done, the moment the digest is.
    // A target in the sources' own repository (a new tag; a merge of builds pushed there by digest, as the README's
    // recipe does) already holds every referrer of what it gets: asking would only find what is there.
    const outsideSources = (s) => sources.some((from) => !sameStore(s.endpoint.store, from.store));
    const followed = request.referrers !== false && states.some((s) => !s.result && outsideSources(s));
    const sourceAhead = new Map(followed ? sources.map((s) => [s.store, askAhead(s.store)]) : []);
    // Settled into values at once: a target that fails while the source is still resolving is not an unhandled rejection.
    const targetAnswers = states.map((state) => (state.result ? Promise.resolve(undefined) : currentDigest(state.endpoint)).then((digest) => ({ digest }), (error) => ({ error: error })));
    let resolved;
    try {
        resolved = await sourceAnswers;
        for (const r of resolved)
            if (r.warning)
                warnings.push(r.warning);
    }
    catch (error) {
        await Promise.all([...targetAnswers, answeredAhead(sourceAhead)]);
        const failure = failureOf(error);
        return {
            source: sourceText,
            sourceDigest: undefined,
            digest: undefined,
            mediaType: undefined,
            targets: states.map((s) => failed(s, failure)),
            warnings,
        };
    }
    const sourceDigest = resolved[0].digest;
    const knownRoot = resolved[0].manifest;
    logger.debug(`Source ${sourceText} is ${resolved.map((r) => r.digest).join(', ')}.`);
    const answers = await Promise.all(targetAnswers);
    states.forEach((state, i) => {
        const answer = answers[i];
        if (state.result)
            return;
        if ('error' in answer)
            state.result = failed(state, failureOf(answer.error));
        else
            state.current = answer.digest;
    });
    const selecting = request.platforms !== undefined && request.platforms.length > 0;
    if (!selecting && !merging) {
        for (const state of states)
            if (!state.result && state.current === sourceDigest)
                state.result = unchanged(state, sourceDigest, []);
    }
    const pending = states.filter((s) => !s.result);
    let plan;
    let merged;
    if (pending.length > 0) {
        try {
            if (merging) {
                const parts = await Promise.all(sources.map(async (endpoint, i) => ({
                    endpoint,
                    manifest: resolved[i].manifest ?? (await endpoint.store.getManifest(resolved[i].digest)),
                })));
                const mergePlan = await buildMergePlan(parts, { annotations: request.annotations, platforms: request.platforms });
                plan = mergePlan;
                merged = mergePlan.merged;
            }
            else {
                const root = knownRoot ?? (await source.store.getManifest(sourceDigest));
                plan = await (0,copy_plan/* buildPlan */.Gg)(source.store, root, request.platforms, request.annotations);
            }
        }
        catch (error) {
            const failure = failureOf(copyError('source', 'plan', merging ? sourceText : sourceDigest, sourceText, error));
            for (const state of pending)
                state.result = failed(state, failure);
        }
    }
    if (plan) {
        warnings.push(...plan.warnings);
        if (!merging && !(0,oci_manifest/* isContainerImage */.Lh)(plan.root)) {
            logger.info(`${source.text} is not a container image (config media type ${plan.root.config?.mediaType || 'none'}, e.g. a Helm chart or other OCI artifact); copying it as is.`);
        }
        if (plan.rewritten) {
            warnings.push(`Selecting platforms ${plan.platforms.join(', ')} produced a new index ${plan.root.digest}; its digest differs from the source's ${sourceDigest}.`);
        }
        if (plan.foreignSkipped.length > 0) {
            const n = plan.foreignSkipped.length;
            warnings.push(`${n} foreign or non-distributable ${n === 1 ? 'layer is' : 'layers are'} not held by ${sourceText} and ${n === 1 ? 'was' : 'were'} left out (${plan.foreignSkipped.map((b) => b.digest).join(', ')}); whoever runs the image fetches ${n === 1 ? 'it from its URL' : 'them from their URLs'}, as with docker push.`);
        }
    }
    const unchangedTargets = states.filter((s) => s.result?.status === 'unchanged');
    const toPush = plan ? pending.filter((s) => !s.result) : [];
    const elsewhere = [...toPush, ...unchangedTargets].some(outsideSources);
    const referrers = request.referrers === false || !elsewhere
        ? ReferrerFeed.empty()
        : new ReferrerFeed((found) => subjectsToFollow(source, sourceDigest, knownRoot, plan, merging).then((subjects) => discoverAll(subjects, plan?.sourceOf ?? (() => source.store), sourceText, found, sourceAhead)));
    const context = {
        dryRun: request.dryRun === true,
        transfers: (0,limit/* createLimiter */.z)(request.concurrency),
        checks: (0,limit/* createLimiter */.z)(Math.max(request.concurrency, CHECK_CONCURRENCY)),
        retry: request.retry,
        placed: request.placed ?? new Map(),
        mountHints: request.mountHints,
        onProgress: request.onProgress,
        referrers,
        warnings,
        made,
    };
    await Promise.all([
        plan ? pushTargets(context, plan, toPush) : undefined,
        ...groupByStore(unchangedTargets).map(([store, group]) => refreshReferrers(context, store, group)),
    ]);
    await answeredAhead(sourceAhead);
    return {
        source: sourceText,
        sourceDigest: merging ? undefined : sourceDigest,
        ...(merged && { merged }),
        digest: plan?.root.digest ?? sourceDigest,
        mediaType: plan?.root.mediaType ?? knownRoot?.mediaType,
        targets: states.map((s) => s.result),
        warnings,
    };
}
async function pushTargets(context, plan, pending) {
    const targetDigest = plan.root.digest;
    const toPush = [];
    const alreadyThere = [];
    const refused = new Set();
    for (const state of pending) {
        const { endpoint } = state;
        if (endpoint.digest !== undefined && endpoint.digest !== targetDigest) {
            const message = `target ${endpoint.text} pins ${endpoint.digest}, but the image to push is ${targetDigest}; a digest target must name the digest being pushed`;
            state.result = failed(state, { side: 'target', operation: 'plan', object: endpoint.digest, message });
            continue;
        }
        if (state.current === targetDigest) {
            state.result = unchanged(state, targetDigest, plan.platforms);
            alreadyThere.push(state);
            continue;
        }
        const decision = (0,overwrite/* overwriteDecision */.YP)({
            policy: endpoint.overwrite ?? 'always',
            tag: endpoint.tag ?? endpoint.text,
            existingDigest: state.current,
            newDigest: targetDigest,
            floating: endpoint.follows !== undefined,
        });
        if (decision.action === 'fail') {
            refused.add(endpoint.text);
            state.result = failed(state, {
                side: 'target',
                operation: 'tag',
                object: endpoint.tag ?? endpoint.text,
                message: `target ${endpoint.text}: ${decision.error.message}`,
            });
        }
        else {
            toPush.push(state);
        }
    }
    // A release whose own version tag was refused moves none of its floating tags.
    const pushing = toPush.filter((state) => {
        const follows = state.endpoint.follows;
        if (follows === undefined || !refused.has(follows))
            return true;
        state.result = skipped(state, `${state.endpoint.tag} stays where it is: the release's own tag ${follows} was refused`);
        return false;
    });
    // Targets that share a store (a repository) share the blob and child-manifest work; only their tags differ.
    await Promise.all([
        ...groupByStore(pushing).map(([store, group]) => pushToRepository(context, plan, store, group)),
        ...groupByStore(alreadyThere).map(([store, group]) => refreshReferrers(context, store, group)),
    ]);
}
/** Referrers of subjects that may live in several stores (an assembled index): each store is asked of its own. */
async function discoverAll(subjects, storeOf, where, onFound, ahead) {
    const byStore = new Map();
    for (const subject of subjects)
        byStore.set(storeOf(subject), [...(byStore.get(storeOf(subject)) ?? []), subject]);
    const found = await Promise.all([...byStore].map(([store, list]) => discoverReferrers(store, list, where, { ahead: ahead.get(store), onFound })));
    return found.flat();
}
function groupByStore(states) {
    const groups = new Map();
    for (const state of states)
        groups.set(state.endpoint.store, [...(groups.get(state.endpoint.store) ?? []), state]);
    return [...groups];
}
/**
 * The digests whose referrers follow: every manifest pushed (not an index a platform selection made, which nothing
 * can refer to yet); without a plan (every target unchanged), the source's root and the manifests it lists.
 */
async function subjectsToFollow(source, digest, root, plan, merging) {
    // An index hoist built (a selection of several platforms, or assembled from several sources) is new: nothing refers
    // to it yet. One selected platform's image is the source's own manifest, and its signatures follow it.
    if (plan)
        return plan.manifests.filter((m) => !(m === plan.root && (plan.rewritten || merging))).map((m) => m.digest);
    const manifest = root ?? (await source.store.getManifest(digest));
    return [digest, ...manifest.manifests.map((d) => d.digest)];
}
/** The targets that failed, for the edges' closing line. */
function failedTargets(result) {
    return result.targets.filter((t) => t.status === 'failed');
}


/***/ }),

/***/ 1514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ createLimiter)
/* harmony export */ });
// Bounded concurrency. Only leaf work (one blob transfer) takes a slot, so nothing waits on children while
// holding one and the pool cannot deadlock.
function createLimiter(slots) {
    if (!Number.isInteger(slots) || slots < 1)
        throw new RangeError(`concurrency must be a whole number of at least 1, got ${slots}`);
    let active = 0;
    const waiting = [];
    // A finishing task hands its slot straight to the next waiter (active stays the same), so a caller arriving
    // in between cannot slip into a slot that is already promised.
    const release = () => {
        const next = waiting.shift();
        if (next)
            next();
        else
            active--;
    };
    return async (task) => {
        if (active >= slots)
            await new Promise((resolve) => waiting.push(resolve));
        else
            active++;
        try {
            return await task();
        }
        finally {
            release();
        }
    };
}


/***/ }),

/***/ 7818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ buildPlan)
/* harmony export */ });
/* unused harmony exports PlanError, selectPlatforms */
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8825);
/* harmony import */ var _oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2060);
/* harmony import */ var _oci_media_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9217);
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1890);
// What to push: walk the source graph from the root (index -> manifests -> config + layers), verifying every
// manifest, applying the platform selection (through nested indexes), and deduplicating blobs by digest.




class PlanError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PlanError';
    }
}
const MAX_DEPTH = 4; // index -> index -> manifest is the deepest seen in practice; more is a loop or abuse
/** Fetch the source graph below `root` and decide what goes up. */
async function buildPlan(source, root, wanted, annotations) {
    let top = root;
    let rewritten = false;
    let selectedPlatforms = [];
    const warnings = [];
    if (wanted && wanted.length > 0) {
        if (root.kind !== 'index') {
            throw new PlanError(`platforms was given, but the source is a single-platform image (${root.mediaType}), not a multi-platform index; remove platforms or point source at a multi-platform image`);
        }
        const leaves = await platformLeaves(source, root);
        const chosen = selectPlatforms(leaves, wanted);
        selectedPlatforms = chosen.map((l) => (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(l.descriptor.platform));
        if (chosen.length === 1) {
            const only = chosen[0];
            const dropped = attestationsOf(leaves, only);
            if (dropped.length > 0) {
                warnings.push(`Selecting the one platform ${selectedPlatforms[0]} pushes its image manifest ${only.descriptor.digest} alone, without the ${dropped.length === 1 ? 'attestation manifest' : 'attestation manifests'} ${dropped.map((d) => d.descriptor.digest).join(', ')} (provenance, SBOM) that the source's index keeps beside it; select no platforms, or several, to keep ${dropped.length === 1 ? 'it' : 'them'}.`);
            }
            top = await source.getManifest(only.descriptor.digest);
        }
        else {
            const entries = chosen.flatMap((leaf) => [leaf, ...attestationsOf(leaves, leaf)]);
            const flat = leaves.every((l) => l.parent === root);
            if (!flat || entries.length < root.manifests.length || annotations !== undefined) {
                top = filteredIndex(root, entries, annotations);
                rewritten = true;
            }
        }
    }
    if (annotations !== undefined && !rewritten) {
        throw new PlanError('annotations were given, but this copy builds no index (they apply to an index hoist assembles from several sources or several selected platforms); annotating the source would change its digest');
    }
    const manifests = [];
    const blobs = new Map();
    const seen = new Set([top.digest]);
    const visit = async (manifest, depth) => {
        if (depth > MAX_DEPTH)
            throw new PlanError(`the source nests indexes more than ${MAX_DEPTH} deep at ${manifest.digest}`);
        if (manifest.kind === 'index') {
            // Children are independent: fetch them in parallel, then keep the index's order for pushing.
            const children = await Promise.all(manifest.manifests.map((d) => seen.has(d.digest) ? Promise.resolve(undefined) : (seen.add(d.digest), source.getManifest(d.digest))));
            for (const child of children)
                if (child)
                    await visit(child, depth + 1);
        }
        else {
            for (const blob of manifest.blobs)
                if (!blobs.has(blob.digest))
                    blobs.set(blob.digest, blob);
        }
        manifests.push(manifest);
    };
    await visit(top, 0);
    // Foreign layers usually live only at their `urls`; copy the ones the source does hold.
    const foreign = [...blobs.values()].filter((b) => (0,_oci_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isForeignLayer */ .sJ)(b.mediaType));
    const held = await Promise.all(foreign.map((b) => source.hasBlob(b)));
    const foreignSkipped = foreign.filter((_, i) => !held[i]);
    for (const blob of foreignSkipped)
        blobs.delete(blob.digest);
    const platforms = selectedPlatforms.length > 0 && top.kind !== 'index'
        ? selectedPlatforms
        : top.kind === 'index'
            ? top.manifests.filter((d) => d.platform && d.platform.os !== 'unknown').map((d) => (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(d.platform))
            : [];
    return { root: top, manifests, blobs: [...blobs.values()], foreignSkipped, platforms, rewritten, warnings, sourceOf: () => source };
}
/** Every entry of an index and of the indexes nested in it, with the index that lists it. */
async function platformLeaves(source, index, depth = 0) {
    if (depth > MAX_DEPTH)
        throw new PlanError(`the source nests indexes more than ${MAX_DEPTH} deep at ${index.digest}`);
    const nested = await Promise.all(index.manifests.map(async (d) => {
        if (d.mediaType !== '' && !isIndexType(d.mediaType))
            return [{ descriptor: d, parent: index }];
        const child = await source.getManifest(d.digest);
        return child.kind === 'index' ? platformLeaves(source, child, depth + 1) : [{ descriptor: d, parent: index }];
    }));
    return nested.flat();
}
function isIndexType(mediaType) {
    return (mediaType === 'application/vnd.oci.image.index.v1+json' || mediaType === 'application/vnd.docker.distribution.manifest.list.v2+json');
}
function isPlatformImage(leaf) {
    return leaf.descriptor.platform !== undefined && leaf.descriptor.platform.os !== 'unknown';
}
/** The entries matching the wanted platforms; an error naming what the source has when one is missing. */
function selectPlatforms(leaves, wanted) {
    const images = leaves.filter(isPlatformImage);
    const chosen = new Set();
    for (const platform of wanted) {
        const matches = images.filter((l) => (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .platformMatches */ .J5)(platform, l.descriptor.platform));
        if (matches.length === 0) {
            const available = images.map((l) => (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(l.descriptor.platform));
            throw new PlanError(`the source has no image for platform ${(0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(platform)}; it has ${available.join(', ') || 'no platform entries'}`);
        }
        for (const match of matches)
            chosen.add(match);
    }
    return images.filter((l) => chosen.has(l));
}
/** BuildKit's attestation manifests (unknown/unknown entries) that describe `image`. */
function attestationsOf(leaves, image) {
    return leaves.filter((l) => l.descriptor.platform?.os === 'unknown' && l.descriptor.annotations?.['vnd.docker.reference.digest'] === image.descriptor.digest);
}
/** A new index with only the chosen entries, each as its parent index wrote it; the rest of `top` kept as it was. */
function filteredIndex(top, entries, annotations) {
    const raw = entries.map((leaf) => {
        const list = leaf.parent.json['manifests'];
        return list.find((m) => m.digest === leaf.descriptor.digest);
    });
    const json = { ...top.json, manifests: raw };
    if (annotations !== undefined)
        json['annotations'] = { ...top.json['annotations'], ...annotations };
    const bytes = Buffer.from(JSON.stringify(json, null, 2) + '\n');
    return (0,_oci_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifest */ .Ng)(bytes, top.mediaType, (0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(bytes));
}


/***/ }),

/***/ 933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ MergeError)
/* harmony export */ });
// What can be wrong with the parts of a merged index: a source that is not an image or index, a config without a
// platform, two images for one platform, an annotation line that is not key=value. Raised before anything is written.
class MergeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'MergeError';
    }
}


/***/ }),

/***/ 9058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ OverwriteRefusedError),
/* harmony export */   n: () => (/* binding */ TagInputError)
/* harmony export */ });
// The errors of release tagging: bad input (a version, a floating-tags list, an overwrite policy) and a tag that
// `overwrite: never` protects. Both read as sentences a user can act on.
/** An input the tag rules cannot use; thrown before anything is written. */
class TagInputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TagInputError';
    }
}
/** A tag that already points at other bytes while overwrite is `never`: that target fails, the others go on. */
class OverwriteRefusedError extends Error {
    tag;
    existingDigest;
    newDigest;
    constructor(tag, existingDigest, newDigest) {
        super(`${tag} already points at ${existingDigest}; overwrite is never`);
        this.name = 'OverwriteRefusedError';
        this.tag = tag;
        this.existingDigest = existingDigest;
        this.newDigest = newDigest;
    }
}


/***/ }),

/***/ 9440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YP: () => (/* binding */ overwriteDecision),
/* harmony export */   rV: () => (/* binding */ parseOverwrite)
/* harmony export */ });
/* unused harmony export DEFAULT_OVERWRITE */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9058);
// Whether a tag may be written over what it points at now. `never` makes a published release tag immutable: the
// same bytes again are `unchanged`, other bytes fail that target before its tag moves.

const DEFAULT_OVERWRITE = 'always';
/** Parse `always` or `never`; empty means `always`, today's behaviour. */
function parseOverwrite(text) {
    const word = text.trim().toLowerCase();
    if (word === '')
        return DEFAULT_OVERWRITE;
    if (word === 'always' || word === 'never')
        return word;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TagInputError */ .n(`overwrite "${text.trim()}" is not a policy; expected always or never`);
}
function overwriteDecision(question) {
    const { policy, tag, existingDigest, newDigest } = question;
    if (existingDigest === undefined)
        return { action: 'write' };
    if (existingDigest === newDigest)
        return { action: 'unchanged' };
    if (policy === 'never' && question.floating !== true) {
        return { action: 'fail', error: new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .OverwriteRefusedError */ .M(tag, existingDigest, newDigest) };
    }
    return { action: 'write' };
}


/***/ }),

/***/ 2561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   mx: () => (/* binding */ versionOfTag),
/* harmony export */   ot: () => (/* binding */ parseVersion)
/* harmony export */ });
/* harmony import */ var semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7163);
/* harmony import */ var semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8469);
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9058);
// Release versions: semver 2.0 as the user wrote it (`v1.2.3`, `1.3.0-rc.1`), and the same reading of a repository's
// tags, so "highest" compares like with like. Parsing and ordering are npm's `semver`, in its strict mode.
// The two parts used, not the whole package: inputs are parsed at start-up, before the step can fail fast.



/** Distribution's tag grammar caps a tag at 128 characters. */
const MAX_TAG_LENGTH = 128;
/** Parse a release version; errors quote the value and say what was expected. */
function parseVersion(text) {
    const written = text.trim();
    const version = readVersion(written);
    if (version !== undefined)
        return version;
    const plus = written.indexOf('+');
    if (plus > 0 && readVersion(written.slice(0, plus)) !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TagInputError */ .n(`version "${written}" has build metadata ("${written.slice(plus)}"), which cannot be part of a tag (a tag has no "+"); expected the version without it, e.g. ${written.slice(0, plus)}`);
    }
    if (written.length > MAX_TAG_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TagInputError */ .n(`version "${written}" is ${written.length} characters long; a tag holds at most ${MAX_TAG_LENGTH}`);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TagInputError */ .n(`version "${written}" is not a semantic version; expected MAJOR.MINOR.PATCH with an optional -prerelease and an optional leading "v", e.g. v1.2.3, 1.2.3 or v1.3.0-rc.1`);
}
/** The version a tag names, or undefined for every other tag (`latest`, `v1.2`, `sha-1a2b3c`). */
function versionOfTag(tag) {
    return readVersion(tag);
}
/** Semver order (pre-releases before their release); the prefix plays no part. */
function compareVersions(a, b) {
    return semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_1___default()(a.semver, b.semver);
}
function readVersion(text) {
    // Strict semver allows only these characters; checking first keeps semver's own leniency (trimming, `=`) out.
    if (text.length > MAX_TAG_LENGTH || !/^v?[0-9A-Za-z.-]+$/.test(text))
        return undefined;
    let parsed;
    try {
        parsed = new (semver_classes_semver_js__WEBPACK_IMPORTED_MODULE_0___default())(text);
    }
    catch {
        return undefined;
    }
    return {
        text,
        prefix: text.startsWith('v') ? 'v' : '',
        major: parsed.major,
        minor: parsed.minor,
        patch: parsed.patch,
        prerelease: parsed.prerelease.length > 0,
        semver: parsed.version,
    };
}


/***/ })

};
