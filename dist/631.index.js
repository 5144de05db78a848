export const id = 631;
export const ids = [631];
export const modules = {

/***/ 2631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openFileStore: () => (/* binding */ openFileStore)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(8825);
// EXTERNAL MODULE: ./src/oci/manifest.ts
var oci_manifest = __webpack_require__(2060);
// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(9217);
// EXTERNAL MODULE: ./src/oci/platform.ts
var platform = __webpack_require__(1890);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __webpack_require__(2148);
;// CONCATENATED MODULE: ./src/store/layout/errors.ts
// Errors of the file stores (layouts and archives): each names the file, and the member or blob when there is one.
/** A file, directory or archive that cannot serve or take an image as asked. */
class FileStoreError extends Error {
    /** The absolute path of the file or directory at fault. */
    path;
    constructor(path, message, options) {
        super(message, options);
        this.name = 'FileStoreError';
        this.path = path;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/store/layout/layout-files.ts
// The files of an OCI image layout, wherever they live: a directory, or the members of a tar read by offset.
// The layout logic (index.json, blobs by digest) is written once against this.




/** Bytes per file read: large enough that per-chunk costs (hash calls, stream hops) vanish, small enough to hold. */
const CHUNK = 1024 * 1024;
/** The layout-relative path of a blob. The digest is validated by the caller, so the path cannot escape. */
function blobPath(digest) {
    const colon = digest.indexOf(':');
    return `blobs/${digest.slice(0, colon)}/${digest.slice(colon + 1)}`;
}
class DirectoryFiles {
    where;
    constructor(root) {
        this.where = root;
    }
    async size(path) {
        try {
            const info = await (0,promises_.stat)((0,external_node_path_.join)(this.where, path));
            return info.isFile() ? info.size : undefined;
        }
        catch (error) {
            if (isMissing(error))
                return undefined;
            throw error;
        }
    }
    async read(path, maxBytes) {
        const size = await this.size(path);
        if (size === undefined)
            return undefined;
        if (size > maxBytes)
            throw new FileStoreError(this.where, `${this.describe(path)} is ${size} bytes, over the ${maxBytes}-byte limit`);
        return (0,promises_.readFile)((0,external_node_path_.join)(this.where, path));
    }
    open(path) {
        return Promise.resolve((0,external_node_fs_.createReadStream)((0,external_node_path_.join)(this.where, path), { highWaterMark: CHUNK }));
    }
    describe(path) {
        return (0,external_node_path_.join)(this.where, path);
    }
}
function isMissing(error) {
    const code = error.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./src/store/store.ts
var store = __webpack_require__(1644);
;// CONCATENATED MODULE: ./src/store/layout/layout-reader.ts
// Reading an OCI image layout (index.json, blobs by digest) from wherever its files are: every manifest is checked
// against its digest before it is parsed, every blob stream errors at its end unless its bytes match.







const REF_NAME = 'org.opencontainers.image.ref.name';
const REF_NAME_NAMING = {
    names: (entry) => (entry.annotations?.[REF_NAME] !== undefined ? [entry.annotations[REF_NAME]] : []),
    matches: (reference, entry) => entry.annotations?.[REF_NAME] === reference,
};
class LayoutReader {
    files;
    #storeName;
    #naming;
    #index;
    constructor(files, storeName, naming = REF_NAME_NAMING) {
        this.files = files;
        this.#storeName = storeName;
        this.#naming = naming;
    }
    /** index.json, parsed; undefined when the layout has none (a new target). */
    index() {
        this.#index ??= this.#readIndex();
        return this.#index;
    }
    async #readIndex() {
        const bytes = await this.files.read('index.json', oci_manifest/* MAX_MANIFEST_BYTES */.ZJ);
        if (bytes === undefined)
            return undefined;
        try {
            const index = (0,oci_manifest/* parseManifest */.Ng)(bytes, media_types/* OCI_INDEX */.$p, (0,oci_digest/* digestOf */.ol)(bytes));
            if (index.kind !== 'index')
                throw new oci_manifest/* ManifestError */.Sh('it is not an image index');
            return index;
        }
        catch (error) {
            throw new FileStoreError(this.files.where, `${this.files.describe('index.json')} is not a valid OCI image index: ${error.message}`, { cause: error });
        }
    }
    async entries() {
        return (await this.index())?.manifests ?? [];
    }
    /** Every name index.json gives an image, in order, without repeats. */
    async names() {
        return [...new Set((await this.entries()).flatMap((e) => this.#naming.names(e)))];
    }
    /** The index.json entry (or, for a digest, the manifest blob) a reference points at; '' is the only image. */
    async find(reference) {
        const entries = await this.entries();
        if (reference === '') {
            // Several entries under several names of one image are still one image.
            const images = new Set(entries.map((e) => e.digest));
            if (images.size <= 1)
                return entries[0];
            const listed = entries.map((e) => this.#naming.names(e)[0] ?? e.digest).join(', ');
            throw new FileStoreError(this.files.where, `${this.#storeName} holds ${images.size} images (${listed}); name one, e.g. ${this.#storeName}:${this.#naming.names(entries[0])[0] ?? 'NAME'}`);
        }
        if ((0,oci_digest/* isDigest */.Bc)(reference)) {
            const listed = entries.find((e) => e.digest === reference);
            if (listed !== undefined)
                return listed;
            const size = await this.files.size(blobPath(reference));
            return size === undefined ? undefined : { mediaType: '', digest: reference, size };
        }
        const matching = entries.filter((e) => this.#naming.matches(reference, e));
        const digests = new Set(matching.map((e) => e.digest));
        if (digests.size > 1) {
            throw new FileStoreError(this.files.where, `${this.#storeName} has ${digests.size} different images named "${reference}" (${[...digests].join(', ')}); name one by digest`);
        }
        return matching[0];
    }
    async resolve(reference) {
        const entry = await this.find(reference);
        if (entry === undefined)
            return undefined;
        if (entry.mediaType !== '')
            return { digest: entry.digest, mediaType: entry.mediaType, size: entry.size };
        const manifest = await this.manifest(entry);
        return { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length, manifest };
    }
    async getManifest(reference) {
        const entry = await this.find(reference);
        if (entry === undefined)
            throw new store/* NotFoundError */.m(`manifest ${reference === '' ? '(the only image)' : reference}`, this.#storeName);
        return this.manifest(entry);
    }
    /** The manifest blob an entry describes, verified against the entry's digest and size. */
    async manifest(entry) {
        const path = blobPath(entry.digest);
        const bytes = await this.files.read(path, oci_manifest/* MAX_MANIFEST_BYTES */.ZJ);
        if (bytes === undefined) {
            throw new FileStoreError(this.files.where, `${this.#storeName} lists manifest ${entry.digest}, but ${this.files.describe(path)} is missing`);
        }
        const actual = (0,oci_digest/* digestOf */.ol)(bytes, entry.digest);
        if (actual !== entry.digest)
            throw new oci_digest/* DigestMismatchError */.h(`manifest ${this.files.describe(path)}`, entry.digest, actual);
        if (entry.mediaType !== '' && entry.size !== bytes.length) {
            throw new oci_digest/* DigestMismatchError */.h(`manifest ${this.files.describe(path)}`, `${entry.size} bytes`, `${bytes.length} bytes`);
        }
        return (0,oci_manifest/* parseManifest */.Ng)(bytes, entry.mediaType, entry.digest);
    }
    async hasBlob(descriptor) {
        if (!(0,oci_digest/* isDigest */.Bc)(descriptor.digest))
            return false;
        return (await this.files.size(blobPath(descriptor.digest))) !== undefined;
    }
    async readBlob(descriptor, onBytes) {
        const verify = new oci_digest/* VerifyingStream */.SC(descriptor.digest, descriptor.size, `blob ${this.files.describe(blobPath(descriptor.digest))}`, onBytes);
        const path = blobPath(descriptor.digest);
        if ((await this.files.size(path)) === undefined)
            throw new store/* NotFoundError */.m(`blob ${descriptor.digest}`, this.#storeName);
        return (0,external_node_stream_.pipeline)(await this.files.open(path), verify, () => { });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: external "node:stream/consumers"
var consumers_ = __webpack_require__(8321);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/store/archive/docker-names.ts
// Image names as docker save and docker load write them: RepoTags in the familiar form (`app:1`,
// `ghcr.io/acme/app:1`), compared in the normalised form (`docker.io/library/app:1`) so either spelling matches.

/** `app:1` → `docker.io/library/app:1`; undefined when it is not NAME:TAG. */
function normalisedName(name) {
    try {
        const ref = (0,reference/* parseReference */.F2)(name);
        return ref.digest === undefined ? (0,reference/* formatReference */.FH)(ref) : undefined;
    }
    catch {
        return undefined;
    }
}
/** `docker.io/library/app:1` → `app:1`, as Docker prints and writes it. */
function familiarName(name) {
    const ref = (0,reference/* parseReference */.F2)(name);
    let repository = ref.repository;
    if (ref.registry === 'docker.io' && repository.startsWith('library/') && !repository.slice(8).includes('/'))
        repository = repository.slice(8);
    const prefix = ref.registry === 'docker.io' ? '' : `${ref.registry}/`;
    return `${prefix}${repository}:${ref.tag ?? 'latest'}`;
}
/** Whether two names are one image name, however spelled. */
function sameName(a, b) {
    const left = normalisedName(a);
    return left !== undefined && left === normalisedName(b);
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/store/archive/compressibility.ts
// Whether deflate is worth running on a stretch of bytes. zlib's match finder crawls over data it cannot shrink
// (about 50 MiB/s a core on random bytes at every level, against 300-500 MiB/s on text at level 1), and a layer
// often holds such data: compressed archives, images, encrypted or packed files. klauspost's deflate, which skopeo
// uses, skips ahead when it finds no matches; here the same data is recognised beforehand by its byte entropy
// (the order-0 Shannon entropy of a sample) and stored as it is. Deflate's Huffman stage cannot save more than
// (8 - H) / 8 of bytes whose entropy is H bits, so above the threshold a stored block is at most ~2.5% larger and
// costs a copy instead of a crawl. The estimate is a pure function of the bytes, so the gzip stays deterministic.
/** Bytes judged at a time: small enough that a text file beside a compressed one is still compressed. */
const SEGMENT = 64 * 1024;
/** Every STRIDE-th byte is counted: 4096 samples a segment, about 1/16 of the cost of reading every byte. */
const STRIDE = 16;
/** Fewer samples than this make the estimate too low to trust; such short stretches are simply deflated. */
const MIN_SAMPLES = 1024;
/**
 * Bits a byte above which deflate is skipped. Random bytes measure ~7.95 on 4096 samples (the plug-in estimate
 * is biased low by about 255 / (2 n ln 2)); text is 4-5.5 and executables 5.5-6.5, far below.
 */
const INCOMPRESSIBLE_BITS = 7.8;
const counts = new Uint32Array(256);
/** The sampled entropy of `bytes`, in bits a byte (0 to 8). */
function sampledEntropy(bytes) {
    counts.fill(0);
    let n = 0;
    for (let i = 0; i < bytes.length; i += STRIDE) {
        counts[bytes[i]]++;
        n++;
    }
    if (n === 0)
        return 0;
    let sum = 0;
    for (let b = 0; b < 256; b++) {
        const c = counts[b];
        if (c > 0)
            sum += c * Math.log2(c);
    }
    return Math.log2(n) - sum / n;
}
/** True when deflate would spend its time on `bytes` for (almost) nothing. */
function looksIncompressible(bytes) {
    return bytes.length >= MIN_SAMPLES * STRIDE && sampledEntropy(bytes) > INCOMPRESSIBLE_BITS;
}

;// CONCATENATED MODULE: ./src/store/archive/parallel-gzip.ts
// Gzip on every core, as pgzip does for skopeo: the input is cut into blocks that Node's zlib deflates
// side by side on its thread pool, each primed with the 32 KiB before it (so back-references still reach across
// blocks) and ended with a sync flush, which leaves it byte-aligned and not final; the blocks, in order, form one
// deflate stream, closed by an empty final block. Stretches that deflate cannot shrink (compressibility.ts) are
// written here as stored blocks instead: a 5-byte header before each 64 KiB of the input, which is passed on as
// it is (copying 512 MiB costs a third of a second on this kind of machine). Only the 10-byte header and the 8-byte trailer
// (CRC-32 and size, RFC 1952) and the stored blocks' 5-byte headers (RFC 1951 3.2.4) are written by hand. The
// output depends only on the input, the block size and the level, so a compressed layer's digest is the same on
// every run. Memory: at most `parallel + 2` blocks in and out.





const deflateRawAsync = (0,external_node_util_.promisify)(external_node_zlib_.deflateRaw);
/** The size files are read in, so blocks arrive whole. */
const BLOCK = CHUNK;
const WINDOW = 32 * 1024;
// One output buffer per run (deflate output of a run rarely exceeds it), not dozens of 16 KiB ones to join.
const OUT_CHUNK = 64 * 1024;
const HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);
/** A final, empty block with fixed Huffman codes (BFINAL 1, BTYPE 01, end-of-block), starting byte-aligned. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);
/** A stored block holds at most 65535 bytes (LEN is 16 bits). */
const STORED_MAX = 0xffff;
/**
 * Level 2, not zlib's 6 (docker's default). Measured with Node 24's zlib on this 2-core machine, gzip alone on a
 * 587 MB tar of node_modules (JavaScript, native binaries, some compressed files), time and size:
 *   level 1: 3.1 s, 149.6 MB   level 2: 3.4 s, 144.4 MB   level 3: 3.5 s, 140.9 MB
 *   level 4: 4.2 s, 133.6 MB   level 6: 6.3 s, 127.1 MB   skopeo (klauspost's pgzip, its default): 133.8 MB
 * The bench's half-text 512 MiB layer to a registry, in the same interleaved runs: level 1 at 0.79 x skopeo's wall,
 * level 4 at 1.02 x (measured when hoist still compressed a layer before uploading it; it now streams the layer as
 * it compresses, and the half-text row is bound by the CPU that deflate and the registry share, so the same holds).
 * Level 2 runs within noise of level 1 for 4% less than its size: layers ~8% larger than skopeo's on content like
 * the above, the same on the bench's (309.0 MB vs 308.8 MB).
 */
const DEFAULT_LEVEL = 2;
/** Compress `source` into `sink` (ended when done); resolves once everything is written. */
async function gzipInParallel(source, sink, options = {}) {
    const write = (chunk) => new Promise((resolve, reject) => sink.write(chunk, (error) => (error ? reject(error) : resolve())));
    try {
        for await (const part of gzipParts(source, options)) {
            for (const bytes of part.kind === 'bytes' ? [part.bytes] : storedBlocks(part.data))
                await write(bytes);
        }
        await new Promise((resolve, reject) => {
            sink.once('error', reject);
            sink.end(resolve);
        });
    }
    catch (error) {
        sink.destroy(error);
        throw error;
    }
}
/** The gzip of `source` as parts; the source is destroyed if this fails or its consumer stops early. */
async function* gzipParts(source, options = {}) {
    const level = options.level ?? DEFAULT_LEVEL;
    const parallel = Math.max(1, options.parallel ?? (0,external_node_os_.availableParallelism)());
    const blockSize = options.blockSize ?? BLOCK;
    const pending = [];
    let crc = 0;
    let length = 0;
    let previousTail = Buffer.alloc(0);
    let held = [];
    let heldBytes = 0;
    const start = (block) => {
        crc = (0,external_node_zlib_.crc32)(block, crc);
        pending.push(deflateBlock(block, length, previousTail, level));
        length += block.length;
        previousTail = Buffer.from(block.subarray(Math.max(0, block.length - WINDOW)));
    };
    let finished = false;
    try {
        yield { kind: 'bytes', bytes: HEADER };
        for await (const chunk of source) {
            held.push(chunk);
            heldBytes += chunk.length;
            while (heldBytes >= blockSize) {
                // Chunks of the block size (the archive is read in them) pass without a copy.
                const all = held.length === 1 ? held[0] : Buffer.concat(held);
                start(all.subarray(0, blockSize));
                held = all.length > blockSize ? [all.subarray(blockSize)] : [];
                heldBytes = all.length - blockSize;
                // One more block than threads, so a thread finishing never waits for the main thread to hand it the next.
                while (pending.length > parallel + 1)
                    yield* await pending.shift();
            }
        }
        if (heldBytes > 0)
            start(Buffer.concat(held));
        while (pending.length > 0)
            yield* await pending.shift();
        const trailer = Buffer.alloc(8);
        trailer.writeUInt32LE(crc >>> 0, 0);
        trailer.writeUInt32LE(length % 2 ** 32, 4);
        yield { kind: 'bytes', bytes: Buffer.concat([FINAL_BLOCK, trailer]) };
        finished = true;
    }
    finally {
        if (!finished) {
            source.destroy();
            await Promise.allSettled(pending);
        }
    }
}
/** A block's deflate output, byte-aligned and not final: runs of segments deflated or stored, in order. */
async function deflateBlock(block, offset, previousTail, level) {
    const parts = [];
    for (const run of runsOf(block)) {
        const bytes = block.subarray(run.start, run.end);
        if (run.stored) {
            parts.push(Promise.resolve({ kind: 'stored', offset: offset + run.start, data: bytes }));
            continue;
        }
        const dictionary = run.start >= WINDOW
            ? block.subarray(run.start - WINDOW, run.start)
            : Buffer.concat([previousTail.subarray(Math.max(0, previousTail.length - (WINDOW - run.start))), block.subarray(0, run.start)]);
        parts.push(deflateRawAsync(bytes, {
            level,
            chunkSize: OUT_CHUNK,
            finishFlush: external_node_zlib_.constants.Z_SYNC_FLUSH,
            ...(dictionary.length > 0 && { dictionary }),
        }).then((deflated) => ({ kind: 'bytes', bytes: deflated })));
    }
    return Promise.all(parts);
}
/** The block cut into segments, neighbours judged alike joined, so each deflate call gets as much as it can. */
function runsOf(block) {
    const runs = [];
    for (let start = 0; start < block.length; start += SEGMENT) {
        const end = Math.min(block.length, start + SEGMENT);
        const stored = looksIncompressible(block.subarray(start, end));
        const last = runs.at(-1);
        if (last?.stored === stored)
            runs[runs.length - 1] = { start: last.start, end, stored };
        else
            runs.push({ start, end, stored });
    }
    return runs;
}
/** How many bytes `length` bytes of input take as stored blocks. */
function storedLength(length) {
    return length + 5 * Math.max(1, Math.ceil(length / STORED_MAX));
}
/** The header of a stored block of `n` bytes: byte-aligned (BFINAL 0, BTYPE 00, padding), LEN, NLEN. */
function storedHeader(n, into = Buffer.allocUnsafe(5), at = 0) {
    into[at] = 0;
    into.writeUInt16LE(n, at + 1);
    into.writeUInt16LE(~n & 0xffff, at + 3);
    return into;
}
/** The sizes of the stored blocks `length` bytes are cut into: each at most 65535 (LEN is 16 bits). */
function* storedChunks(length) {
    let from = 0;
    do {
        const n = Math.min(STORED_MAX, length - from);
        yield n;
        from += n;
    } while (from < length);
}
/** `bytes` as stored blocks: a header before each, the bytes themselves passed on as views. */
function storedBlocks(bytes) {
    const parts = [];
    let from = 0;
    for (const n of storedChunks(bytes.length)) {
        parts.push(storedHeader(n), bytes.subarray(from, from + n));
        from += n;
    }
    return parts;
}

;// CONCATENATED MODULE: ./src/store/archive/gzip-recipe.ts
// A layer gzipped once, kept as a recipe to replay while it is pushed: what deflate produced goes to a temporary
// file, and each stretch written as stored blocks (bytes deflate cannot shrink) is kept as where it lies in the
// archive member. Replaying reads those stretches from the archive again and frames them exactly as the first pass
// did, so the bytes, and the digest the manifest states, are the same. For an incompressible 512 MiB layer this
// writes almost nothing to disk, where spilling everything wrote 512 MiB and took longer than compressing it.
// Replayed bytes are checked against the layer's digest by the reader (VerifyingStream), like every blob; a replay
// that follows the recipe while it grows (a layer uploaded as it is gzipped: copy/made-blobs.ts) is checked by the
// registry instead, against the digest its closing PUT names, which is known only once the last byte is made.






/**
 * How to make the gzip stream again. It grows while the layer is being compressed and can be replayed already then:
 * a replay reads each piece once it is complete (no longer the last one, or the recipe is made) and, for spilled
 * bytes, once they are on disk, so a layer can be uploaded while it is compressed (its digest learnt at the end).
 */
class GzipRecipe {
    file;
    pieces = [];
    /** Spilled bytes known to be written to the temporary file. */
    #flushed = 0;
    #state = 'making';
    #changed = Promise.withResolvers();
    constructor(file) {
        this.file = file;
    }
    /** Whether piece `i` can be read now, may be read later, or does not exist (the recipe ended before it). */
    status(i) {
        if (typeof this.#state === 'object')
            throw this.#state.error;
        const piece = this.pieces[i];
        const made = this.#state === 'made';
        if (piece === undefined)
            return made ? 'end' : 'wait';
        if (!made && i === this.pieces.length - 1)
            return 'wait';
        return 'stored' in piece || piece.spilled + piece.length <= this.#flushed ? 'ready' : 'wait';
    }
    /** Settles at the next change (a piece added or grown, bytes flushed, the end). */
    changed() {
        return this.#changed.promise;
    }
    /** For gzipToRecipe: a piece added or the last one grown; bytes on disk up to `flushed`; made; failed. */
    update(change = {}) {
        if (change.flushed !== undefined)
            this.#flushed = change.flushed;
        if (change.state !== undefined)
            this.#state = change.state;
        const changed = this.#changed;
        this.#changed = Promise.withResolvers();
        changed.resolve();
    }
}
/** Neighbouring spilled parts are read back as one, up to this size (a layer of text spills tens of MiB). */
const MAX_SPILLED_READ = CHUNK;
/** Writes in flight to the temporary file; positional, so their order does not matter. */
const WRITES_IN_FLIGHT = 8;
/**
 * Gzip `source` (the member's bytes, in order), spilling deflate's output to the recipe's file (a path: a new
 * recipe); removes the file on failure. A recipe passed in can be replayed while this runs.
 */
async function gzipToRecipe(source, into) {
    const recipe = typeof into === 'string' ? new GzipRecipe(into) : into;
    const { file, pieces } = recipe;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    let spilled = 0;
    // In the order they were started; the ones at the front that are done tell how far the file is written.
    const writes = [];
    let handle;
    try {
        handle = await (0,promises_.open)(file, 'w');
        const opened = handle;
        const spill = (bytes, at) => {
            const write = { end: at + bytes.length, done: false, promise: writeFully(opened, bytes, at) };
            writes.push(write);
            write.promise.then(() => {
                write.done = true;
                let flushed;
                while (writes[0]?.done === true)
                    flushed = writes.shift().end;
                if (flushed !== undefined)
                    recipe.update({ flushed });
            }, () => undefined);
        };
        for await (const part of gzipParts(source)) {
            if (part.kind === 'stored') {
                for (const bytes of storedBlocks(part.data))
                    hash.update(bytes);
                size += storedLength(part.data.length);
                pieces.push({ stored: part.offset, length: part.data.length });
                recipe.update();
                continue;
            }
            hash.update(part.bytes);
            size += part.bytes.length;
            const last = pieces.at(-1);
            if (last !== undefined && 'spilled' in last && last.length + part.bytes.length <= MAX_SPILLED_READ)
                pieces[pieces.length - 1] = { spilled: last.spilled, length: last.length + part.bytes.length };
            else
                pieces.push({ spilled, length: part.bytes.length });
            spill(part.bytes, spilled);
            recipe.update();
            spilled += part.bytes.length;
            if (writes.length >= WRITES_IN_FLIGHT)
                await writes[0].promise;
        }
        await Promise.all(writes.map((w) => w.promise));
        await handle.close();
    }
    catch (error) {
        recipe.update({ state: { error } });
        await Promise.allSettled(writes.map((w) => w.promise));
        await handle?.close().catch(() => { });
        await (0,promises_.rm)(file, { force: true });
        throw error;
    }
    recipe.update({ flushed: spilled, state: 'made' });
    return { digest: `sha256:${hash.digest('hex')}`, size, recipe };
}
async function writeFully(handle, bytes, position) {
    let written = 0;
    while (written < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, position + written);
        written += bytesWritten;
    }
}
/** The gzip stream again: the spilled bytes from the temporary file, the stored stretches from the archive. */
function replayRecipe(recipe, archive, member, what) {
    return external_node_stream_.Readable.from(replay(recipe, archive, member, what), { objectMode: false });
}
async function* replay(recipe, archive, member, what) {
    // The temporary file exists once the first piece does (it is opened before anything is added).
    if ((await nextPiece(recipe, 0)) === 'end')
        return;
    const temp = await (0,promises_.open)(recipe.file, 'r');
    const reader = await archive.reader().catch(async (error) => {
        await temp.close();
        throw error;
    });
    const short = (where) => new FileStoreError(archive.path, `${what}: ${where} ended early (did the file change since the layer was compressed?)`);
    try {
        let position = 0;
        for (let i = 0; (await nextPiece(recipe, i)) === 'ready'; i++) {
            const piece = recipe.pieces[i];
            if ('spilled' in piece) {
                const bytes = Buffer.allocUnsafe(piece.length);
                for (let filled = 0; filled < piece.length;) {
                    const { bytesRead } = await temp.read(bytes, filled, piece.length - filled, piece.spilled + filled);
                    if (bytesRead === 0)
                        throw short(recipe.file);
                    filled += bytesRead;
                }
                yield bytes;
                continue;
            }
            const at = member.offset + piece.stored;
            if ((await reader.skip(at - position)) !== at - position)
                throw short(archive.path);
            // Framed in place: each block's header written here, its bytes read straight after it.
            const framed = Buffer.allocUnsafe(storedLength(piece.length));
            const views = [];
            let offset = 0;
            for (const n of storedChunks(piece.length)) {
                storedHeader(n, framed, offset);
                views.push(framed.subarray(offset + 5, offset + 5 + n));
                offset += 5 + n;
            }
            if (!(await reader.readInto(views)))
                throw short(archive.path);
            position = at + piece.length;
            yield framed;
        }
    }
    catch (error) {
        if (error.code?.startsWith('Z_') === true)
            throw archive.gzipError(error);
        throw error;
    }
    finally {
        await reader.close();
        await temp.close();
    }
}
/** Wait until piece `i` can be read or is known not to come; throws what made the recipe fail. */
async function nextPiece(recipe, i) {
    for (;;) {
        const changed = recipe.changed();
        const status = recipe.status(i);
        if (status !== 'wait')
            return status;
        await changed;
    }
}

;// CONCATENATED MODULE: ./src/store/archive/classic-docker-image.ts
// A classic `docker save` archive as a source: manifest.json, a config and one uncompressed tar per layer, but no
// registry manifest. To push it as `docker push` would, each layer is gzipped (on every core: parallel-gzip.ts) and
// a Docker v2 manifest is written around the config, which is kept byte for byte (its digest is the image ID).
// Layers the archive already holds gzipped (crane and go-containerregistry tarballs) are pushed as they are.
//
// The manifest needs each compressed layer's digest and size, so every layer is compressed once, at resolve, into a
// recipe (gzip-recipe.ts): deflate's output in a temporary file, the stretches stored as they are left in the
// archive; the blob is replayed from both. Compressing twice (once to learn the digest, again while sending) would
// double the CPU of deflate, the cost that dominates on text. Memory stays at a few chunks per layer. While
// compressing, the uncompressed bytes are checked against the config's diff_ids, so what is pushed is what the
// image ID stands for. Each layer being compressed is offered to `onMadeBlob` listeners (the engine), which can
// upload it from the growing recipe at the same time, its digest named once it is made.
















const DOCKER_LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
const MAX_CONFIG_BYTES = 32 * 1024 * 1024;
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);
class ClassicDockerImages {
    notes = [];
    #tar;
    #entries;
    #name;
    #built = new Map();
    #temp;
    #listeners = new Set();
    #logger;
    constructor(tar, entries, storeName, logger) {
        this.#tar = tar;
        this.#logger = logger;
        this.#entries = entries;
        this.#name = storeName;
        for (const entry of entries) {
            for (const path of [entry.config, ...entry.layers]) {
                if (tar.lookup(path) === undefined) {
                    throw new FileStoreError(tar.file.path, `${storeName}: manifest.json names member ${path}, which ${tar.file.path} does not hold`);
                }
            }
        }
    }
    onMadeBlob(listener) {
        this.#listeners.add(listener);
        return () => this.#listeners.delete(listener);
    }
    names() {
        return this.#entries.flatMap((e) => e.repoTags.map((t) => familiarNameOr(t)));
    }
    async #find(reference) {
        if (reference === '') {
            if (this.#entries.length <= 1)
                return this.#entries[0];
            const listed = this.#entries.map((e) => (e.repoTags.length > 0 ? e.repoTags.join(' ') : `untagged ${e.config}`)).join(', ');
            throw new FileStoreError(this.#tar.file.path, `${this.#name} holds ${this.#entries.length} images (${listed}); name one, e.g. ${this.#name}:${this.#entries[0]?.repoTags[0] ?? 'NAME:TAG'}`);
        }
        if ((0,oci_digest/* isDigest */.Bc)(reference)) {
            for (const [entry, built] of this.#built)
                if ((await built).manifest.digest === reference)
                    return entry;
            return undefined;
        }
        return this.#entries.find((e) => e.repoTags.some((tag) => sameName(tag, reference)));
    }
    async resolve(reference) {
        const entry = await this.#find(reference);
        if (entry === undefined)
            return undefined;
        const { manifest } = await this.#present(entry);
        return { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length, manifest };
    }
    async getManifest(reference) {
        const entry = await this.#find(reference);
        if (entry === undefined)
            throw new store/* NotFoundError */.m(`image ${reference || '(the only image)'}`, this.#name);
        return (await this.#present(entry)).manifest;
    }
    async #blob(digest) {
        for (const built of this.#built.values()) {
            const image = await built;
            if (image.manifest.config?.digest === digest)
                return { config: image.config };
            const layer = image.layers.get(digest);
            if (layer !== undefined)
                return layer;
        }
        return undefined;
    }
    async hasBlob(descriptor) {
        return (await this.#blob(descriptor.digest)) !== undefined;
    }
    async readBlob(descriptor, onBytes) {
        const found = await this.#blob(descriptor.digest);
        if (found === undefined)
            throw new store/* NotFoundError */.m(`blob ${descriptor.digest}`, this.#name);
        const verify = new oci_digest/* VerifyingStream */.SC(descriptor.digest, descriptor.size, `blob ${descriptor.digest} of ${this.#name}`, onBytes);
        const source = 'config' in found
            ? external_node_stream_.Readable.from([found.config])
            : 'recipe' in found
                ? replayRecipe(found.recipe, this.#tar.file, found.member, `${this.#name}: layer ${descriptor.digest}`)
                : this.#tar.file.stream(found.member.offset, found.member.size);
        return (0,external_node_stream_.pipeline)(source, verify, () => { });
    }
    /** Remove the compressed layers. Also done at exit, since a source store may never be closed. */
    async close() {
        if (this.#temp !== undefined)
            await (0,promises_.rm)(await this.#temp, { recursive: true, force: true });
    }
    #present(entry) {
        let built = this.#built.get(entry);
        if (built === undefined) {
            built = this.#build(entry);
            this.#built.set(entry, built);
        }
        return built;
    }
    async #build(entry) {
        const file = this.#tar.file.path;
        const configMember = this.#tar.lookup(entry.config);
        if (configMember.size > MAX_CONFIG_BYTES)
            throw new FileStoreError(file, `${this.#name}: config ${entry.config} is ${configMember.size} bytes, over the limit`);
        const config = await (0,consumers_.buffer)(this.#tar.file.stream(configMember.offset, configMember.size));
        if (config.length !== configMember.size)
            throw new FileStoreError(file, `${this.#name}: member ${entry.config} of ${file} is truncated`);
        const diffIds = diffIdsOf(config, `${this.#name}: config ${entry.config} of ${file}`, file);
        if (diffIds.length !== entry.layers.length) {
            throw new FileStoreError(file, `${this.#name}: config ${entry.config} lists ${diffIds.length} layers (rootfs.diff_ids), manifest.json ${entry.layers.length}`);
        }
        this.#logger.info(`${this.#name}: preparing ${entry.layers.length} layers for a Docker v2 manifest (a classic docker save has none)`);
        const image = { mediaType: media_types/* DOCKER_IMAGE_CONFIG */.Kx, size: config.length, digest: (0,oci_digest/* digestOf */.ol)(config) };
        const compressed = await mapLimited(entry.layers, Math.max(1, Math.min(4, (0,external_node_os_.availableParallelism)())), (path, i) => this.#layer(path, diffIds[i], image));
        const layers = new Map(compressed.map((l) => [l.digest, l.source]));
        const gzipped = compressed.filter((l) => 'recipe' in l.source).length;
        const document = {
            schemaVersion: 2,
            mediaType: media_types/* DOCKER_MANIFEST */.Vv,
            config: image,
            layers: compressed.map((l) => ({ mediaType: DOCKER_LAYER_GZIP, size: l.size, digest: l.digest })),
        };
        const bytes = Buffer.from(JSON.stringify(document, null, 3));
        const manifest = (0,oci_manifest/* parseManifest */.Ng)(bytes, media_types/* DOCKER_MANIFEST */.Vv, (0,oci_digest/* digestOf */.ol)(bytes));
        const tags = entry.repoTags.length > 0 ? entry.repoTags.join(', ') : `the untagged image ${entry.config}`;
        this.notes.push(`${this.#name}: ${tags} is a classic docker save without a registry manifest; ${gzipped} of its ${compressed.length} layers were compressed with gzip (the others came gzipped) and a Docker v2 manifest written, so its digest ${manifest.digest} is new (the config, image ID ${document.config.digest}, is kept).`);
        return { manifest, config, layers };
    }
    /** A layer ready to push: gzipped into a temporary file, or as it is when the archive holds it gzipped already. */
    async #layer(path, diffId, image) {
        const member = this.#tar.lookup(path);
        const head = await (0,consumers_.buffer)(this.#tar.file.stream(member.offset, Math.min(member.size, 4)));
        const where = `layer member ${path} of ${this.#tar.file.path}`;
        if (head.subarray(0, 4).equals(ZSTD_MAGIC)) {
            throw new FileStoreError(this.#tar.file.path, `${this.#name}: ${where} is zstd-compressed, which a Docker v2 manifest cannot carry`);
        }
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        const measure = new external_node_stream_.Transform({
            transform(chunk, _encoding, callback) {
                hash.update(chunk);
                size += chunk.length;
                callback(null, chunk);
            },
        });
        const digest = () => `sha256:${hash.digest('hex')}`;
        const read = () => this.#tar.file.stream(member.offset, member.size);
        if (head.subarray(0, 2).equals(GZIP_MAGIC)) {
            // Pushed as it is; its digest is learnt here, and its content checked against the diff_id on the way.
            const discard = new external_node_stream_.Writable({ write: (_chunk, _encoding, callback) => callback() });
            try {
                await (0,external_node_stream_promises_.pipeline)(read(), measure, (0,external_node_zlib_.createGunzip)(), new oci_digest/* VerifyingStream */.SC(diffId, undefined, `${where} (gunzipped, diff_id)`), discard);
            }
            catch (error) {
                if (!error.code?.startsWith('Z_'))
                    throw error;
                throw new FileStoreError(this.#tar.file.path, `${this.#name}: ${where} is not a valid gzip stream: ${error.message}`, {
                    cause: error,
                });
            }
            return { digest: digest(), size, source: { member } };
        }
        const file = (0,external_node_path_.join)(await this.#tempDir(), `${(0,external_node_crypto_.randomUUID)()}.deflate`);
        const verified = (0,external_node_stream_.pipeline)(read(), new oci_digest/* VerifyingStream */.SC(diffId, member.size, `${where} (diff_id)`), () => { });
        const recipe = new GzipRecipe(file);
        const made = Promise.withResolvers();
        // A listener that does not follow the blob never awaits it.
        made.promise.catch(() => undefined);
        const what = `${this.#name}: layer ${path}`;
        const offer = {
            image,
            sizeHint: member.size,
            follow: () => replayRecipe(recipe, this.#tar.file, member, what),
            made: made.promise,
        };
        for (const listener of this.#listeners)
            listener(offer);
        let gzipped;
        try {
            gzipped = await gzipToRecipe(verified, recipe);
        }
        catch (error) {
            made.reject(error);
            throw error;
        }
        made.resolve({ mediaType: DOCKER_LAYER_GZIP, digest: gzipped.digest, size: gzipped.size });
        return { digest: gzipped.digest, size: gzipped.size, source: { recipe: gzipped.recipe, member } };
    }
    #tempDir() {
        this.#temp ??= (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'hoist-layers-')).then((dir) => {
            process.once('exit', () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }));
            return dir;
        });
        return this.#temp;
    }
}
function diffIdsOf(config, what, file) {
    let json;
    try {
        json = JSON.parse(config.toString('utf8'));
    }
    catch {
        throw new FileStoreError(file, `${what} is not valid JSON`);
    }
    const ids = json?.rootfs?.diff_ids;
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string' && (0,oci_digest/* isDigest */.Bc)(id))) {
        throw new FileStoreError(file, `${what} has no valid rootfs.diff_ids list`);
    }
    return ids;
}
function familiarNameOr(tag) {
    try {
        return familiarName(tag);
    }
    catch {
        return tag;
    }
}
/** Map with at most `limit` calls in flight; the first failure rejects (the others finish on their own). */
async function mapLimited(items, limit, run) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await run(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(8697);
;// CONCATENATED MODULE: ./src/store/archive/tar-index.ts
// One pass over a tar's headers, recording where each member's bytes are, so members can later be read by offset
// without extracting anything. node-tar decodes every header (checksum, octal and base-256 numbers, ustar prefix,
// pax and GNU long names); this file only steps from one header to the next and checks the paths.



const tar_index_BLOCK = 512;
/** Pax and long-name bodies are read into memory; real ones are a few hundred bytes. */
const MAX_META_BYTES = 1024 * 1024;
const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
const LINK_TYPES = new Set(['Link', 'SymbolicLink']);
class TarIndex {
    file;
    #members;
    constructor(file, members) {
        this.file = file;
        this.#members = members;
    }
    get paths() {
        return [...this.#members.keys()];
    }
    /** The regular file at `path`, following links (docker save links repeated layers to the first copy). */
    lookup(path) {
        let member = this.#members.get(normalise(path) ?? '');
        for (let hops = 0; member?.target !== undefined && hops < 16; hops++)
            member = this.#members.get(member.target);
        return member?.target === undefined ? member : undefined;
    }
}
/** Index every member of the archive; throws FileStoreError naming the file (and member) for anything amiss. */
async function indexTar(file, storeName) {
    const where = `${storeName}: ${file.path}`;
    const members = new Map();
    const reader = await file.reader();
    let position = 0;
    let ex;
    let gex;
    let last = '(the start)';
    try {
        for (;;) {
            const block = await reader.read(tar_index_BLOCK);
            position += block.length;
            if (block.length === 0 && members.size > 0)
                break;
            if (block.length < tar_index_BLOCK) {
                if (members.size === 0)
                    throw new FileStoreError(file.path, `${where} is not a tar archive (it is ${position} bytes long)`);
                throw new FileStoreError(file.path, `${where} is truncated: it ends inside the tar header after member ${last}`);
            }
            if (block.every((byte) => byte === 0)) {
                if (members.size === 0 && position === tar_index_BLOCK)
                    throw new FileStoreError(file.path, `${where} is an empty tar archive`);
                break; // The end-of-archive marker; what follows is padding.
            }
            const header = decodeHeader(block, ex, gex);
            if (header === undefined || !header.cksumValid || header.path === undefined) {
                if (members.size === 0)
                    throw new FileStoreError(file.path, `${where} is not a tar archive (no valid tar header at its start)`);
                throw new FileStoreError(file.path, `${where} has a damaged tar header at offset ${position - tar_index_BLOCK}, after member ${last}`);
            }
            const size = header.size ?? 0;
            const padded = Math.ceil(size / tar_index_BLOCK) * tar_index_BLOCK;
            const type = header.type;
            if (type === 'ExtendedHeader' ||
                type === 'GlobalExtendedHeader' ||
                type === 'NextFileHasLongPath' ||
                type === 'OldGnuLongPath' ||
                type === 'NextFileHasLongLinkpath') {
                if (size > MAX_META_BYTES)
                    throw new FileStoreError(file.path, `${where} has a ${size}-byte tar extended header after member ${last}`);
                const body = await reader.read(size);
                if (body.length < size || (await reader.skip(padded - size)) < padded - size) {
                    throw new FileStoreError(file.path, `${where} is truncated: it ends inside a tar extended header after member ${last}`);
                }
                position += padded;
                const text = body.toString('utf8');
                if (type === 'ExtendedHeader')
                    ex = index_min/* Pax */.un.parse(text, ex, false);
                else if (type === 'GlobalExtendedHeader')
                    gex = index_min/* Pax */.un.parse(text, gex, true);
                else if (type === 'NextFileHasLongLinkpath')
                    ex = { ...ex, linkpath: text.replace(/\0.*/s, '') };
                else
                    ex = { ...ex, path: text.replace(/\0.*/s, '') };
                continue;
            }
            // As node-tar's own ReadEntry does: the pax or GNU long name replaces the header's whole name (Header alone
            // would prefix it with the header's ustar prefix field).
            const rawPath = ex?.path ?? header.path;
            const rawLink = ex?.linkpath ?? header.linkpath;
            ex = undefined;
            const path = normalise(rawPath);
            if (path === undefined) {
                throw new FileStoreError(file.path, `${where} has a member "${rawPath}" whose path escapes the archive; expected relative paths inside it`);
            }
            last = path || rawPath;
            const offset = position;
            if (FILE_TYPES.has(type)) {
                members.set(path, { path, offset, size });
            }
            else if (LINK_TYPES.has(type)) {
                const target = normalise(type === 'Link' ? (rawLink ?? '') : external_node_path_.posix.join(external_node_path_.posix.dirname(path), rawLink ?? ''));
                if (target === undefined || (rawLink ?? '').startsWith('/')) {
                    throw new FileStoreError(file.path, `${where} has a link "${path}" to "${rawLink}", which escapes the archive`);
                }
                members.set(path, { path, offset, size: 0, target });
            }
            const skipped = await reader.skip(padded);
            position += skipped;
            if (skipped < size) {
                throw new FileStoreError(file.path, `${where} is truncated: member ${path} should have ${size} bytes, only ${skipped} are there`);
            }
        }
    }
    catch (error) {
        if (file.gzipped && error.code?.startsWith('Z_'))
            throw file.gzipError(error);
        throw error;
    }
    finally {
        await reader.close();
    }
    return new TarIndex(file, members);
}
/** node-tar's decoding of a header block; undefined when the block is not one (e.g. a number field is garbage). */
function decodeHeader(block, ex, gex) {
    try {
        return new index_min/* Header */.Y9(block, 0, ex, gex);
    }
    catch {
        return undefined;
    }
}
/** `./a//b/` → `a/b`; undefined when the path is absolute or climbs out with `..`. */
function normalise(path) {
    if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path))
        return undefined;
    const parts = path.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.includes('..'))
        return undefined;
    return parts.join('/');
}

;// CONCATENATED MODULE: ./src/store/archive/docker-manifest-json.ts
// manifest.json of a docker-archive: one entry per image with its config, tags and layer tars, as docker save
// writes it and docker load reads it.


/** Parse and check manifest.json; paths that leave the archive are refused here, before anything is read. */
function parseDockerManifestJson(bytes, where, path) {
    let json;
    try {
        json = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new FileStoreError(path, `${where}: manifest.json is not valid JSON`);
    }
    if (!Array.isArray(json))
        throw new FileStoreError(path, `${where}: manifest.json is not a list of images`);
    return json.map((item, i) => {
        const entry = (typeof item === 'object' && item !== null ? item : {});
        const at = `${where}: manifest.json entry ${i}`;
        const member = (value, field) => {
            if (typeof value !== 'string' || value === '')
                throw new FileStoreError(path, `${at} has no ${field} path`);
            const normal = normalise(value);
            if (normal === undefined)
                throw new FileStoreError(path, `${at} names ${field} "${value}", which escapes the archive`);
            return normal;
        };
        const tags = entry['RepoTags'] ?? [];
        if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string'))
            throw new FileStoreError(path, `${at} has RepoTags that are not a list of names`);
        if (!Array.isArray(entry['Layers']))
            throw new FileStoreError(path, `${at} has no Layers list`);
        return {
            config: member(entry['Config'], 'Config'),
            repoTags: tags,
            layers: entry['Layers'].map((layer, n) => member(layer, `Layers[${n}]`)),
        };
    });
}

;// CONCATENATED MODULE: ./src/store/layout/layout-writer.ts
// Writing into an OCI image layout directory: each blob streams through a digest check into a temporary file that
// is renamed into place only when verified; index.json is replaced atomically at commit. Until then a reader of the
// directory sees only complete blobs it may ignore, and the index it had.











const REF_NAME_TAGGING = {
    annotations: (tag) => ({ [REF_NAME]: tag }),
    sameName: (tag, entry) => entry['annotations']?.[REF_NAME] === tag,
};
/** The content of the `oci-layout` file. */
const LAYOUT_FILE = `${JSON.stringify({ imageLayoutVersion: '1.0.0' })}\n`;
class LayoutWriter {
    root;
    #name;
    #naming;
    /** Whether the directory existed before: abort removes it whole when we made it, else only the blobs we added. */
    #rootExisted;
    #root;
    #added = new Set();
    #manifests = new Map();
    #tags = new Map();
    #sink;
    /** Blobs go into `root`'s blobs/ folder, or to `sink` when given (then commit and abort are the sink's owner's). */
    constructor(root, storeName, naming = REF_NAME_TAGGING, sink) {
        this.root = root;
        this.#name = storeName;
        this.#naming = naming;
        this.#sink = sink;
    }
    /** Manifests put so far, by digest. */
    get manifests() {
        return this.#manifests;
    }
    /** Tags put so far, with the entry each will get in index.json. */
    get tags() {
        return this.#tags;
    }
    resolvePending(reference) {
        const digest = this.#tags.get(reference)?.digest ?? ((0,oci_digest/* isDigest */.Bc)(reference) ? reference : undefined);
        const manifest = digest === undefined ? undefined : this.#manifests.get(digest);
        return manifest && { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length, manifest };
    }
    /** Once, however many blobs arrive at the same time: otherwise a second look could see the first one's mkdir. */
    #ensureRoot() {
        this.#root ??= (async () => {
            this.#rootExisted = await pathExists(this.root);
            await (0,promises_.mkdir)(this.root, { recursive: true });
        })();
        return this.#root;
    }
    async hasBlob(digest) {
        if (!(0,oci_digest/* isDigest */.Bc)(digest))
            return false;
        return this.#sink !== undefined ? this.#sink.has(digest) : pathExists((0,external_node_path_.join)(this.root, blobPath(digest)));
    }
    async writeBlob(descriptor, body) {
        if (this.#sink !== undefined)
            return this.#sink.write(descriptor, body);
        const verify = new oci_digest/* VerifyingStream */.SC(descriptor.digest, descriptor.size, `blob ${descriptor.digest} written to ${this.#name}`);
        const final = (0,external_node_path_.join)(this.root, blobPath(descriptor.digest));
        await this.#ensureRoot();
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(final), { recursive: true });
        const partial = `${final}.${(0,external_node_crypto_.randomUUID)()}.partial`;
        try {
            await (0,external_node_stream_promises_.pipeline)(body, verify, (0,external_node_fs_.createWriteStream)(partial, { flags: 'wx' }));
            const had = await pathExists(final);
            await (0,promises_.rename)(partial, final);
            if (!had)
                this.#added.add(final);
        }
        catch (error) {
            await (0,promises_.rm)(partial, { force: true });
            throw error;
        }
    }
    /** Store the manifest as a blob; a tag also becomes an index.json entry at commit ('' or a digest: none). */
    async putManifest(reference, manifest) {
        const actual = (0,oci_digest/* digestOf */.ol)(manifest.bytes, manifest.digest);
        if (actual !== manifest.digest)
            throw new oci_digest/* DigestMismatchError */.h(`manifest put to ${this.#name}`, manifest.digest, actual);
        if ((0,oci_digest/* isDigest */.Bc)(reference) && reference !== manifest.digest) {
            throw new FileStoreError(this.root, `manifest ${manifest.digest} cannot be stored in ${this.#name} under another digest, ${reference}`);
        }
        const descriptor = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
        if (!(await this.hasBlob(manifest.digest)))
            await this.writeBlob(descriptor, external_node_stream_.Readable.from([manifest.bytes]));
        this.#manifests.set(manifest.digest, manifest);
        if (reference !== '' && !(0,oci_digest/* isDigest */.Bc)(reference)) {
            this.#tags.set(reference, { ...descriptor, annotations: this.#naming.annotations(reference) });
        }
        return { digest: manifest.digest };
    }
    /**
     * The entries the new index.json lists: the existing ones (less those a new tag replaces), the new tags, then the
     * manifests put only by digest that no other put manifest lists (what a target without REF receives).
     */
    entries(existing) {
        const tags = [...this.#tags];
        const kept = existing.filter((entry) => !tags.some(([tag]) => this.#naming.sameName(tag, entry)));
        const added = tags.map(([, descriptor]) => ({ ...descriptor }));
        const children = new Set([...this.#manifests.values()].flatMap((m) => m.manifests.map((c) => c.digest)));
        const listed = new Set([...kept, ...added].map((e) => e['digest']));
        const roots = [...this.#manifests.values()]
            .filter((m) => !children.has(m.digest) && !listed.has(m.digest))
            .map((m) => ({ mediaType: m.mediaType, digest: m.digest, size: m.bytes.length }));
        return [...kept, ...added, ...roots];
    }
    /** The bytes of the new index.json: the existing document with its manifests replaced by `entries`. */
    indexJson(existingIndex) {
        const existing = Array.isArray(existingIndex?.['manifests']) ? existingIndex['manifests'] : [];
        const index = { schemaVersion: 2, mediaType: media_types/* OCI_INDEX */.$p, ...existingIndex, manifests: this.entries(existing) };
        return Buffer.from(`${JSON.stringify(index)}\n`);
    }
    /** Write oci-layout (when absent) and replace index.json atomically: a temporary file renamed over it. */
    async commit(existingIndex) {
        if (this.#manifests.size === 0 && this.#added.size === 0)
            return; // Nothing was written: leave the place as it was.
        await this.#ensureRoot();
        if (!(await pathExists((0,external_node_path_.join)(this.root, 'oci-layout'))))
            await (0,promises_.writeFile)((0,external_node_path_.join)(this.root, 'oci-layout'), LAYOUT_FILE);
        const partial = (0,external_node_path_.join)(this.root, `index.json.${(0,external_node_crypto_.randomUUID)()}.partial`);
        await (0,promises_.writeFile)(partial, this.indexJson(existingIndex));
        await (0,promises_.rename)(partial, (0,external_node_path_.join)(this.root, 'index.json'));
    }
    /** Take back what was written: the directory when we made it, else the blobs we added (index.json is untouched). */
    async abort() {
        if (this.#rootExisted === false) {
            await (0,promises_.rm)(this.root, { recursive: true, force: true });
        }
        else {
            await Promise.all([...this.#added].map((path) => (0,promises_.rm)(path, { force: true })));
        }
        this.#added.clear();
    }
}
/** Whether anything is at the path. */
async function pathExists(path) {
    try {
        await (0,promises_.stat)(path);
        return true;
    }
    catch (error) {
        if (isMissing(error))
            return false;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/store/archive/archive-bytes.ts
// The bytes of an archive file, plain or gzipped. A plain tar is read by position: the header walk seeks past
// member bodies, and a member is a ranged read of the file. A gzipped tar cannot seek: the walk inflates it once
// (bodies discarded as they pass), and reading a member inflates again from the start, skipping to it. That keeps
// memory at one chunk and writes nothing to disk, at the cost of re-inflating the part before each member.






class ArchiveFile {
    path;
    gzipped;
    #name;
    constructor(path, name, gzipped) {
        this.path = path;
        this.#name = name;
        this.gzipped = gzipped;
    }
    /** Open for reading: the file must exist; gzip is recognised by its magic bytes, whatever the file's name. */
    static async open(path, name) {
        let handle;
        try {
            handle = await (0,promises_.open)(path, 'r');
        }
        catch (error) {
            if (isMissing(error))
                throw new FileStoreError(path, `${name}: ${path} does not exist`);
            if (error.code === 'EISDIR') {
                throw new FileStoreError(path, `${name}: ${path} is a directory; an archive is a tar file (for a directory, write oci:)`);
            }
            throw error;
        }
        try {
            const magic = Buffer.alloc(2);
            const { bytesRead } = await handle.read(magic, 0, 2, 0);
            return new ArchiveFile(path, name, bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b);
        }
        finally {
            await handle.close();
        }
    }
    async reader() {
        return this.gzipped ? new InflatingReader(this.#inflated()) : PositionalReader.open(this.path);
    }
    /** The `size` bytes at `offset` of the tar; the caller verifies them (a short read shows as a size mismatch). */
    stream(offset, size) {
        if (size === 0)
            return external_node_stream_.Readable.from([]);
        if (!this.gzipped)
            return (0,external_node_fs_.createReadStream)(this.path, { start: offset, end: offset + size - 1, highWaterMark: CHUNK });
        return external_node_stream_.Readable.from(this.#gzipErrorsNamed(sliceOf(this.#inflated(), offset, size)), { objectMode: false });
    }
    #inflated() {
        return (0,external_node_stream_.pipeline)((0,external_node_fs_.createReadStream)(this.path, { highWaterMark: CHUNK }), (0,external_node_zlib_.createGunzip)({ chunkSize: CHUNK }), () => { });
    }
    async *#gzipErrorsNamed(chunks) {
        try {
            yield* chunks;
        }
        catch (error) {
            throw this.gzipError(error);
        }
    }
    /** An error from zlib, said in terms of the file. */
    gzipError(error) {
        return new FileStoreError(this.path, `${this.#name}: ${this.path} is not a valid gzip file: ${error.message}`, {
            cause: error,
        });
    }
}
async function* sliceOf(source, start, size) {
    const end = start + size;
    let position = 0;
    for await (const chunk of source) {
        const next = position + chunk.length;
        if (next > start)
            yield chunk.subarray(Math.max(0, start - position), Math.min(chunk.length, end - position));
        position = next;
        if (position >= end)
            return;
    }
}
/** What is left of `views` once `n` bytes went into them. */
function afterRead(views, n) {
    const rest = [];
    let left = n;
    for (const view of views) {
        if (left >= view.length)
            left -= view.length;
        else {
            rest.push(view.subarray(left));
            left = 0;
        }
    }
    return rest;
}
class PositionalReader {
    #handle;
    #size;
    #position = 0;
    constructor(handle, size) {
        this.#handle = handle;
        this.#size = size;
    }
    static async open(path) {
        const handle = await (0,promises_.open)(path, 'r');
        return new PositionalReader(handle, (await handle.stat()).size);
    }
    async read(length) {
        const buffer = Buffer.alloc(length);
        let filled = 0;
        while (filled < length) {
            const { bytesRead } = await this.#handle.read(buffer, filled, length - filled, this.#position);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
            this.#position += bytesRead;
        }
        return buffer.subarray(0, filled);
    }
    async readInto(views) {
        let rest = views.filter((v) => v.length > 0);
        while (rest.length > 0) {
            const { bytesRead } = await this.#handle.readv(rest, this.#position);
            if (bytesRead === 0)
                return false;
            this.#position += bytesRead;
            rest = afterRead(rest, bytesRead);
        }
        return true;
    }
    skip(length) {
        const skipped = Math.min(length, this.#size - this.#position);
        this.#position += skipped;
        return Promise.resolve(skipped);
    }
    close() {
        return this.#handle.close();
    }
}
class InflatingReader {
    #stream;
    #chunks;
    #pending = Buffer.alloc(0);
    #done = false;
    constructor(stream) {
        this.#stream = stream;
        this.#chunks = stream[Symbol.asyncIterator]();
    }
    async #fill() {
        if (this.#done)
            return false;
        const next = await this.#chunks.next();
        if (next.done === true) {
            this.#done = true;
            return false;
        }
        this.#pending = this.#pending.length === 0 ? next.value : Buffer.concat([this.#pending, next.value]);
        return true;
    }
    async read(length) {
        while (this.#pending.length < length && (await this.#fill()))
            ;
        const out = this.#pending.subarray(0, Math.min(length, this.#pending.length));
        this.#pending = this.#pending.subarray(out.length);
        return Buffer.from(out);
    }
    async readInto(views) {
        for (const view of views) {
            let filled = 0;
            while (filled < view.length) {
                if (this.#pending.length === 0 && !(await this.#fill()))
                    return false;
                const n = this.#pending.copy(view, filled, 0, Math.min(this.#pending.length, view.length - filled));
                this.#pending = this.#pending.subarray(n);
                filled += n;
            }
        }
        return true;
    }
    async skip(length) {
        let skipped = 0;
        while (skipped < length) {
            if (this.#pending.length === 0 && !(await this.#fill()))
                break;
            const take = Math.min(length - skipped, this.#pending.length);
            this.#pending = this.#pending.subarray(take);
            skipped += take;
        }
        return skipped;
    }
    close() {
        this.#stream.destroy();
        return Promise.resolve();
    }
}

;// CONCATENATED MODULE: ./src/store/archive/tar-builder.ts
// Building an archive in place: members are appended to a temporary tar next to the target as they arrive, each
// blob streaming through its digest check straight into the tar, and the tar is renamed over the target at commit.
// A blob that arrives while another is being appended is verified into a spill file beside it and appended when the
// tar is free, so concurrent writers never wait on each other's sources. node-tar encodes every header.










const tar_builder_BLOCK = 512;
// Fixed, so that the same content makes the same archive, byte for byte.
const MTIME = new Date(0);
class TarBuilder {
    target;
    #name;
    #partial;
    #spill;
    #handle;
    #position = 0;
    /** Appends run one at a time, in this chain. */
    #tail = Promise.resolve();
    #busy = 0;
    /** A failure of an append the writer did not wait for (a spilled blob), reported at commit. */
    #failure;
    #appended = new Map();
    #spilled = new Map();
    #writing = new Map();
    #directories = new Set();
    constructor(target, storeName) {
        this.target = target;
        this.#name = storeName;
        const id = (0,external_node_crypto_.randomUUID)();
        this.#partial = (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.${id}.partial`);
        this.#spill = (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.${id}.spill`);
    }
    has(digest) {
        return Promise.resolve(this.#appended.has(digest) || this.#spilled.has(digest));
    }
    /** Store a blob: straight into the tar when it is free, else verified into a spill file and appended later. */
    async write(descriptor, body) {
        (0,oci_digest/* parseDigest */.m)(descriptor.digest);
        const pending = this.#writing.get(descriptor.digest);
        if (pending !== undefined || (await this.has(descriptor.digest))) {
            body.destroy();
            return pending;
        }
        const writing = this.#busy === 0 ? this.#direct(descriptor, body) : this.#spillThenAppend(descriptor, body);
        this.#writing.set(descriptor.digest, writing);
        try {
            await writing;
        }
        finally {
            this.#writing.delete(descriptor.digest);
        }
    }
    /** A stream of a blob written so far, from the tar or its spill file. */
    open(digest) {
        const appended = this.#appended.get(digest);
        if (appended !== undefined) {
            if (appended.size === 0)
                return external_node_stream_.Readable.from([]);
            return (0,external_node_fs_.createReadStream)(this.#partial, { start: appended.offset, end: appended.offset + appended.size - 1, highWaterMark: CHUNK });
        }
        const spilled = this.#spilled.get(digest);
        return spilled === undefined ? undefined : (0,external_node_fs_.createReadStream)(spilled, { highWaterMark: CHUNK });
    }
    /** Append a small file (index.json, manifest.json) whole. */
    addFile(path, bytes) {
        return this.#exclusive(async () => {
            await this.#appendBytes(path, [bytes], bytes.length);
        });
    }
    /** End the tar and rename it over the target; on failure nothing is left but what was at the target before. */
    async commit() {
        try {
            await this.#tail;
            if (this.#failure !== undefined)
                throw this.#failure;
            const handle = await this.#file();
            await handle.write(Buffer.alloc(2 * tar_builder_BLOCK), 0, 2 * tar_builder_BLOCK, this.#position);
            await handle.close();
            this.#handle = undefined;
            await (0,promises_.rename)(this.#partial, this.target);
        }
        catch (error) {
            await this.abort();
            throw error;
        }
        await (0,promises_.rm)(this.#spill, { recursive: true, force: true });
    }
    async abort() {
        await this.#tail;
        const handle = this.#handle;
        this.#handle = undefined;
        if (handle !== undefined)
            await (await handle).close().catch(() => { });
        await Promise.all([(0,promises_.rm)(this.#partial, { force: true }), (0,promises_.rm)(this.#spill, { recursive: true, force: true })]);
    }
    #direct(descriptor, body) {
        const verified = this.#verified(descriptor, body);
        return this.#exclusive(() => this.#appendBlob(descriptor, verified));
    }
    async #spillThenAppend(descriptor, body) {
        await (0,promises_.mkdir)(this.#spill, { recursive: true });
        const file = (0,external_node_path_.join)(this.#spill, `${descriptor.digest.replace(':', '-')}.${(0,external_node_crypto_.randomUUID)()}`);
        try {
            await (0,external_node_stream_promises_.pipeline)(this.#verified(descriptor, body), (0,external_node_fs_.createWriteStream)(file, { flags: 'wx', highWaterMark: CHUNK }));
        }
        catch (error) {
            await (0,promises_.rm)(file, { force: true });
            throw error;
        }
        this.#spilled.set(descriptor.digest, file);
        // Not awaited: the blob is safe in its spill file; a failure to append it is reported at commit.
        void this.#exclusive(async () => {
            await this.#appendBlob(descriptor, (0,external_node_fs_.createReadStream)(file, { highWaterMark: CHUNK }));
            this.#spilled.delete(descriptor.digest);
            await (0,promises_.rm)(file, { force: true });
        }).catch((error) => {
            this.#failure ??= error instanceof Error ? error : new Error(String(error));
        });
    }
    #verified(descriptor, body) {
        const verify = new oci_digest/* VerifyingStream */.SC(descriptor.digest, descriptor.size, `blob ${descriptor.digest} written to ${this.#name}`);
        return (0,external_node_stream_.pipeline)(body, verify, () => { });
    }
    async #appendBlob(descriptor, body) {
        const path = blobPath(descriptor.digest);
        for (const directory of ['blobs/', `${(0,external_node_path_.dirname)(path)}/`]) {
            if (!this.#directories.has(directory)) {
                await this.#appendBytes(directory, [], 0, 'Directory');
                this.#directories.add(directory);
            }
        }
        const offset = await this.#appendBytes(path, body, descriptor.size);
        this.#appended.set(descriptor.digest, { offset, size: descriptor.size });
    }
    /**
     * Write one member at the end of the tar; returns where its bytes start. When the body fails or is not `size`
     * bytes, the tar is cut back to where the member began, as if it had never been started.
     */
    async #appendBytes(path, body, size, type = 'File') {
        const handle = await this.#file();
        const start = this.#position;
        const header = new index_min/* Header */.Y9({
            path,
            mode: type === 'File' ? 0o644 : 0o755,
            uid: 0,
            gid: 0,
            size,
            mtime: MTIME,
            type,
            uname: '',
            gname: '',
        });
        const blocks = header.encode() ? [new index_min/* Pax */.un({ path, size, mtime: MTIME }).encode(), header.block] : [header.block];
        let position = start;
        try {
            for (const block of blocks) {
                await handle.write(block, 0, block.length, position);
                position += block.length;
            }
            const offset = position;
            for await (const chunk of body) {
                if (position + chunk.length > offset + size)
                    throw new FileStoreError(this.target, `${path} is longer than its ${size} bytes`);
                await handle.write(chunk, 0, chunk.length, position);
                position += chunk.length;
            }
            if (position !== offset + size)
                throw new FileStoreError(this.target, `${path} ended after ${position - offset} of its ${size} bytes`);
            const padding = (tar_builder_BLOCK - (size % tar_builder_BLOCK)) % tar_builder_BLOCK;
            if (padding > 0)
                await handle.write(Buffer.alloc(padding), 0, padding, position);
            this.#position = position + padding;
            return offset;
        }
        catch (error) {
            await handle.truncate(start);
            this.#position = start;
            throw error;
        }
    }
    #file() {
        this.#handle ??= (async () => {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(this.#partial), { recursive: true });
            return (0,promises_.open)(this.#partial, 'wx+');
        })();
        return this.#handle;
    }
    #exclusive(run) {
        this.#busy++;
        const result = this.#tail.then(run).finally(() => this.#busy--);
        this.#tail = result.then(() => undefined, () => undefined);
        return result;
    }
}

;// CONCATENATED MODULE: ./src/store/archive/tar-files.ts


class TarFiles {
    where;
    #tar;
    /** Members live under this folder of the archive ('' for the root). */
    #prefix;
    constructor(tar, prefix = '') {
        this.#tar = tar;
        this.where = tar.file.path;
        this.#prefix = prefix;
    }
    size(path) {
        return Promise.resolve(this.#tar.lookup(this.#prefix + path)?.size);
    }
    async read(path, maxBytes) {
        const member = this.#tar.lookup(this.#prefix + path);
        if (member === undefined)
            return undefined;
        if (member.size > maxBytes)
            throw new FileStoreError(this.where, `${this.describe(path)} is ${member.size} bytes, over the ${maxBytes}-byte limit`);
        const bytes = await (0,consumers_.buffer)(this.#tar.file.stream(member.offset, member.size));
        if (bytes.length !== member.size) {
            throw new FileStoreError(this.where, `${this.describe(path)} is truncated: ${bytes.length} of ${member.size} bytes are there`);
        }
        return bytes;
    }
    open(path) {
        const member = this.#tar.lookup(this.#prefix + path);
        if (member === undefined)
            return Promise.reject(new FileStoreError(this.where, `${this.describe(path)} is missing`));
        return Promise.resolve(this.#tar.file.stream(member.offset, member.size));
    }
    describe(path) {
        return `member ${this.#prefix + path} of ${this.where}`;
    }
}

;// CONCATENATED MODULE: ./src/store/archive/oci-archive-store.ts
// An OCI archive (`oci-archive:FILE`, a tar of an OCI image layout) as a Store. Reading indexes the tar's headers
// once and serves every file of the layout by offset; writing builds the tar beside the target as blobs arrive
// (tar-builder.ts) and renames it into place at commit.











async function openOciArchive(opened) {
    if (opened.mode === 'write') {
        await checkArchiveTarget(opened);
        return new OciArchiveWriter(opened);
    }
    const tar = await indexArchive(opened);
    if (tar.lookup('index.json') === undefined) {
        const hint = tar.lookup('manifest.json') !== undefined ? ' It has a manifest.json: read it as docker-archive:.' : '';
        throw new FileStoreError(opened.location, `${opened.name}: ${opened.location} is not an OCI archive: it has no index.json.${hint}`);
    }
    const reader = new LayoutReader(new TarFiles(tar), opened.name);
    await reader.index();
    return new ReadOnlyLayoutStore(opened, reader);
}
/** Index the archive at the opened path, saying how long it took (the one pass over its headers). */
async function indexArchive(opened) {
    const started = performance.now();
    const file = await ArchiveFile.open(opened.location, opened.name);
    const tar = await indexTar(file, opened.name);
    const ms = Math.round(performance.now() - started);
    opened.logger.debug(`${opened.name}: indexed ${tar.paths.length} members of ${file.gzipped ? 'gzipped ' : ''}${opened.location} in ${ms} ms`);
    return tar;
}
/** An archive replaces a file, never a directory: refused before anything is written. */
async function checkArchiveTarget(opened) {
    if (await isDirectory(opened.location)) {
        throw new FileStoreError(opened.location, `${opened.name}: ${opened.location} is a directory; an archive is written as a file (for a directory, write oci:)`);
    }
}
async function isDirectory(path) {
    try {
        return (await (0,promises_.stat)(path)).isDirectory();
    }
    catch {
        return false;
    }
}
/** The error for a write to a store opened for reading. */
function readOnly(store) {
    return new FileStoreError(store.location, `${store.name} was opened for reading, not writing`);
}
/** A layout that is only read (an archive as a source). */
class ReadOnlyLayoutStore {
    name;
    location;
    notes = [];
    #reader;
    constructor(opened, reader) {
        this.name = opened.name;
        this.location = opened.location;
        this.#reader = reader;
    }
    resolve(reference) {
        return this.#reader.resolve(reference);
    }
    getManifest(reference) {
        return this.#reader.getManifest(reference);
    }
    hasBlob(descriptor) {
        return this.#reader.hasBlob(descriptor);
    }
    readBlob(descriptor, onBytes) {
        return this.#reader.readBlob(descriptor, onBytes);
    }
    listTags() {
        return this.#reader.names();
    }
    putManifest() {
        return Promise.reject(readOnly(this));
    }
    writeBlob() {
        return Promise.reject(readOnly(this));
    }
    close() {
        return Promise.resolve();
    }
}
/**
 * A new archive: it starts empty whatever is at the path (an archive is replaced whole, not added to), is built in
 * a temporary file beside it as blobs arrive (tar-builder.ts), and appears at the path at commit.
 */
class OciArchiveWriter {
    name;
    location;
    notes = [];
    builder;
    writer;
    #closed = false;
    constructor(opened, naming) {
        this.name = opened.name;
        this.location = opened.location;
        this.builder = new TarBuilder(opened.location, opened.name);
        this.writer = new LayoutWriter(opened.location, opened.name, naming, this.builder);
    }
    resolve(reference) {
        return Promise.resolve(this.writer.resolvePending(reference));
    }
    getManifest(reference) {
        const pending = this.writer.resolvePending(reference);
        if (pending?.manifest === undefined)
            return Promise.reject(new store/* NotFoundError */.m(`manifest ${reference}`, this.name));
        return Promise.resolve(pending.manifest);
    }
    async putManifest(reference, manifest) {
        this.#open();
        return this.writer.putManifest(reference, manifest);
    }
    hasBlob(descriptor) {
        return this.writer.hasBlob(descriptor.digest);
    }
    readBlob(descriptor, onBytes) {
        const stream = (0,oci_digest/* isDigest */.Bc)(descriptor.digest) ? this.builder.open(descriptor.digest) : undefined;
        if (stream === undefined)
            return Promise.reject(new store/* NotFoundError */.m(`blob ${descriptor.digest}`, this.name));
        const verify = new oci_digest/* VerifyingStream */.SC(descriptor.digest, descriptor.size, `blob ${descriptor.digest} of ${this.name}`, onBytes);
        return Promise.resolve((0,external_node_stream_.pipeline)(stream, verify, () => { }));
    }
    async writeBlob(descriptor, body) {
        this.#open();
        return this.writer.writeBlob(descriptor, body);
    }
    listTags() {
        return Promise.resolve([...this.writer.tags.keys()]);
    }
    async close(outcome) {
        if (this.#closed)
            return;
        this.#closed = true;
        if (outcome === 'abort' || this.writer.manifests.size === 0)
            return this.builder.abort();
        try {
            await this.builder.addFile('oci-layout', Buffer.from(LAYOUT_FILE));
            await this.builder.addFile('index.json', this.writer.indexJson(undefined));
            await this.writeExtras();
        }
        catch (error) {
            await this.builder.abort();
            throw error;
        }
        await this.builder.commit();
    }
    /** Members a subclass adds after the layout (docker-archive's manifest.json). */
    writeExtras() {
        return Promise.resolve();
    }
    #open() {
        if (this.#closed)
            throw new FileStoreError(this.location, `${this.name} is closed`);
    }
}

;// CONCATENATED MODULE: ./src/store/archive/docker-archive-store.ts













/** The annotation Docker 25+ (and containerd) give an index.json entry: the full image name with its tag. */
const IMAGE_NAME = 'io.containerd.image.name';
async function openDockerArchive(opened) {
    if (opened.mode === 'write') {
        await checkArchiveTarget(opened);
        return new DockerArchiveWriter(opened);
    }
    const tar = await indexArchive(opened);
    const files = new TarFiles(tar);
    const manifestJson = await files.read('manifest.json', oci_manifest/* MAX_MANIFEST_BYTES */.ZJ);
    const entries = manifestJson === undefined ? [] : parseDockerManifestJson(manifestJson, opened.name, opened.location);
    if (tar.lookup('index.json') !== undefined && tar.lookup('oci-layout') !== undefined) {
        const reader = new LayoutReader(files, opened.name, await dockerNaming(new LayoutReader(files, opened.name), entries));
        return new ReadOnlyLayoutStore(opened, reader);
    }
    if (manifestJson === undefined) {
        throw new FileStoreError(opened.location, `${opened.name}: ${opened.location} is not a docker-archive: it has no manifest.json (members: ${listed(tar)})`);
    }
    return new ClassicDockerArchiveStore(opened, new ClassicDockerImages(tar, entries, opened.name, opened.logger));
}
function listed(tar) {
    const paths = tar.paths;
    return paths.length === 0 ? 'none' : paths.slice(0, 5).join(', ') + (paths.length > 5 ? `, … ${paths.length - 5} more` : '');
}
/**
 * Names of a Docker 25+ archive's images: the io.containerd.image.name annotation, else the RepoTags of the
 * manifest.json entry whose Config is the image's config.
 */
async function dockerNaming(reader, entries) {
    // Keyed by digest and annotation, not by object: the reader that matches parses index.json anew.
    const names = new Map();
    const tagsByConfig = new Map(entries.map((e) => [e.config, e.repoTags]));
    for (const entry of await reader.entries()) {
        const annotated = entry.annotations?.[IMAGE_NAME];
        let found = annotated !== undefined && normalisedName(annotated) !== undefined ? [familiarName(annotated)] : [];
        if (found.length === 0 && (0,media_types/* isImageManifest */.pJ)(entry.mediaType)) {
            const config = (await reader.manifest(entry)).config;
            found = config === undefined ? [] : [...(tagsByConfig.get(blobPath(config.digest)) ?? [])];
        }
        names.set(entry.digest + (annotated ?? ''), found);
    }
    const namesOf = (entry) => names.get(entry.digest + (entry.annotations?.[IMAGE_NAME] ?? '')) ?? [];
    return { names: namesOf, matches: (reference, entry) => namesOf(entry).some((name) => sameName(name, reference)) };
}
class ClassicDockerArchiveStore {
    name;
    location;
    #images;
    constructor(opened, images) {
        this.name = opened.name;
        this.location = opened.location;
        this.#images = images;
    }
    get notes() {
        return this.#images.notes;
    }
    resolve(reference) {
        return this.#images.resolve(reference);
    }
    getManifest(reference) {
        return this.#images.getManifest(reference);
    }
    hasBlob(descriptor) {
        return this.#images.hasBlob(descriptor);
    }
    readBlob(descriptor, onBytes) {
        return this.#images.readBlob(descriptor, onBytes);
    }
    onMadeBlob(listener) {
        return this.#images.onMadeBlob(listener);
    }
    listTags() {
        return Promise.resolve(this.#images.names());
    }
    putManifest() {
        return Promise.reject(readOnly(this));
    }
    writeBlob() {
        return Promise.reject(readOnly(this));
    }
    close() {
        return this.#images.close();
    }
}
/** Docker 25+'s index.json naming: the full name in io.containerd.image.name, the tag alone in ref.name. */
const DOCKER_TAGGING = {
    annotations: (tag) => {
        const full = normalisedName(tag);
        return { [IMAGE_NAME]: full, [REF_NAME]: (0,reference/* parseReference */.F2)(full).tag ?? 'latest' };
    },
    sameName: (tag, entry) => {
        const annotated = entry['annotations']?.[IMAGE_NAME];
        return typeof annotated === 'string' && sameName(annotated, tag);
    },
};
/** Writes the layout and manifest.json; one image per tag, so a multi-platform index is refused. */
class DockerArchiveWriter extends OciArchiveWriter {
    /** Signatures and SBOMs would be entries of manifest.json that docker load cannot read as images. */
    holdsReferrers = false;
    constructor(opened) {
        super(opened, DOCKER_TAGGING);
    }
    async putManifest(reference, manifest) {
        if (manifest.kind === 'index') {
            const platforms = manifest.manifests.map((m) => (m.platform ? (0,platform/* formatPlatform */.Bq)(m.platform) : m.digest)).join(', ');
            throw new FileStoreError(this.location, `${this.name} holds one image per tag, as docker load reads it, but ${manifest.digest} is a multi-platform index (${platforms}); choose one platform`);
        }
        if (reference !== '' && !(0,oci_digest/* isDigest */.Bc)(reference) && normalisedName(reference) === undefined) {
            throw new FileStoreError(this.location, `${this.name}: "${reference}" is not NAME:TAG, which a docker-archive names its images by (e.g. app:v1)`);
        }
        return super.putManifest(reference, manifest);
    }
    async writeExtras() {
        const images = new Map();
        for (const [tag, descriptor] of this.writer.tags)
            images.set(descriptor.digest, [...(images.get(descriptor.digest) ?? []), familiarName(tag)]);
        for (const entry of this.writer.entries([])) {
            const digest = entry['digest'];
            if (!images.has(digest))
                images.set(digest, []);
        }
        const document = [...images].map(([digest, repoTags]) => {
            const manifest = this.writer.manifests.get(digest);
            if (manifest.config === undefined)
                throw new FileStoreError(this.location, `${this.name}: manifest ${digest} has no config`);
            (0,oci_digest/* parseDigest */.m)(manifest.config.digest);
            return {
                Config: blobPath(manifest.config.digest),
                RepoTags: repoTags,
                Layers: manifest.blobs.slice(1).map((layer) => blobPath(layer.digest)),
            };
        });
        await this.builder.addFile('manifest.json', Buffer.from(`${JSON.stringify(document)}\n`));
    }
}

;// CONCATENATED MODULE: ./src/store/layout/layout-store.ts
// An OCI image layout directory as a Store (`oci:PATH`), read and written in place. Writing adds to what is there:
// blobs are content-addressed (so deduplicated), and index.json gains or replaces entries only at commit.





async function openOciLayout(opened) {
    const reader = new LayoutReader(new DirectoryFiles(opened.location), opened.name);
    let info;
    try {
        info = await (0,promises_.stat)(opened.location);
    }
    catch (error) {
        if (!isMissing(error))
            throw error;
        if (opened.mode === 'read')
            throw new FileStoreError(opened.location, `${opened.name}: ${opened.location} does not exist`);
    }
    if (info !== undefined && !info.isDirectory()) {
        throw new FileStoreError(opened.location, `${opened.name}: ${opened.location} is not a directory; an OCI layout is a directory (for a tar, write oci-archive:)`);
    }
    if (info !== undefined) {
        const index = await reader.index();
        const holdsOther = index === undefined && (await (0,promises_.readdir)(opened.location)).length > 0;
        if (index === undefined && (opened.mode === 'read' || holdsOther)) {
            const advice = opened.mode === 'write' ? '; write to a new or empty directory' : '';
            throw new FileStoreError(opened.location, `${opened.name}: ${opened.location} is not an OCI image layout: it has no index.json${advice}`);
        }
        opened.logger.debug(`${opened.name}: layout at ${opened.location} lists ${index?.manifests.length ?? 0} images`);
    }
    const writer = opened.mode === 'write' ? new LayoutWriter(opened.location, opened.name) : undefined;
    return new OciLayoutStore(opened, reader, writer);
}
/** Reads through `reader`; when opened for writing, also keeps what was put in `writer` until close. */
class OciLayoutStore {
    name;
    location;
    notes = [];
    #reader;
    #writer;
    #closed = false;
    constructor(opened, reader, writer) {
        this.name = opened.name;
        this.location = opened.location;
        this.#reader = reader;
        this.#writer = writer;
    }
    async resolve(reference) {
        return this.#writer?.resolvePending(reference) ?? (await this.#reader.resolve(reference));
    }
    async getManifest(reference) {
        const pending = this.#writer?.resolvePending(reference);
        return pending?.manifest ?? this.#reader.getManifest(reference);
    }
    async putManifest(reference, manifest) {
        return this.#writable().putManifest(reference, manifest);
    }
    async hasBlob(descriptor) {
        return this.#reader.hasBlob(descriptor);
    }
    async readBlob(descriptor, onBytes) {
        return this.#reader.readBlob(descriptor, onBytes);
    }
    async writeBlob(descriptor, body) {
        return this.#writable().writeBlob(descriptor, body);
    }
    async listTags() {
        const pending = [...(this.#writer?.tags.keys() ?? [])];
        return [...new Set([...(await this.#reader.names()), ...pending])];
    }
    async close(outcome) {
        if (this.#writer === undefined || this.#closed)
            return;
        this.#closed = true;
        if (outcome === 'abort')
            return this.#writer.abort();
        await this.#writer.commit((await this.#reader.index())?.json);
    }
    #writable() {
        if (this.#writer === undefined)
            throw new FileStoreError(this.location, `${this.name} was opened for reading, not writing`);
        if (this.#closed)
            throw new FileStoreError(this.location, `${this.name} is closed`);
        return this.#writer;
    }
}

;// CONCATENATED MODULE: ./src/store/file-store.ts
// The one entry point that opens the store a file reference names, so callers need not know the kinds apart.




/**
 * Open the store a file reference names. `read`: the file must exist and hold images. `write`: an archive appears
 * at the path only at `close('commit')`; a layout gets verified blobs as they come and its new index.json at commit.
 * Resolve a source with `store.resolve(ref.reference ?? '')`: the empty reference means "the only image in it"
 * (several: an error listing their names). Write the target's top manifest with
 * `putManifest(ref.reference ?? manifest.digest, manifest)`: a manifest put only by digest that no other lists
 * becomes an unnamed index.json entry. Close every store opened for writing, once, with the copy's outcome.
 */
async function openFileStore(ref, mode, options) {
    const location = (0,external_node_path_.resolve)(options.cwd ?? process.cwd(), ref.path);
    const opened = { name: ref.name, location, mode, logger: options.logger };
    switch (ref.kind) {
        case 'oci':
            return openOciLayout(opened);
        case 'oci-archive':
            return openOciArchive(opened);
        case 'docker-archive':
            return openDockerArchive(opened);
    }
}


/***/ })

};
