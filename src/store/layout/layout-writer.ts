// Writing into an OCI image layout directory: each blob streams through a digest check into a temporary file that
// is renamed into place only when verified; index.json is replaced atomically at commit. Until then a reader of the
// directory sees only complete blobs it may ignore, and the index it had.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DigestMismatchError, VerifyingStream, digestOf, isDigest } from '../../oci/digest.ts';
import type { Descriptor, Manifest } from '../../oci/manifest.ts';
import { OCI_INDEX } from '../../oci/media-types.ts';
import type { PutManifestResult, Resolved } from '../store.ts';
import { FileStoreError } from './errors.ts';
import { blobPath, isMissing } from './layout-files.ts';
import { REF_NAME } from './layout-reader.ts';

/** The annotations an index.json entry gets for a tag, and whether an existing entry is the same name (replaced). */
export interface TagNaming {
  annotations(tag: string): Record<string, string>;
  sameName(tag: string, entry: Record<string, unknown>): boolean;
}

export const REF_NAME_TAGGING: TagNaming = {
  annotations: (tag) => ({ [REF_NAME]: tag }),
  sameName: (tag, entry) => (entry['annotations'] as Record<string, unknown> | undefined)?.[REF_NAME] === tag,
};

/** The content of the `oci-layout` file. */
export const LAYOUT_FILE = `${JSON.stringify({ imageLayoutVersion: '1.0.0' })}\n`;

/** Where the blobs of a layout go when not into its directory (an archive being built). */
export interface BlobSink {
  has(digest: string): Promise<boolean>;
  write(descriptor: Descriptor, body: Readable): Promise<void>;
}

export class LayoutWriter {
  readonly root: string;
  readonly #name: string;
  readonly #naming: TagNaming;
  /** Whether the directory existed before: abort removes it whole when we made it, else only the blobs we added. */
  #rootExisted: boolean | undefined;
  #root: Promise<void> | undefined;
  readonly #added = new Set<string>();
  readonly #manifests = new Map<string, Manifest>();
  readonly #tags = new Map<string, Descriptor>();

  readonly #sink: BlobSink | undefined;

  /** Blobs go into `root`'s blobs/ folder, or to `sink` when given (then commit and abort are the sink's owner's). */
  constructor(root: string, storeName: string, naming: TagNaming = REF_NAME_TAGGING, sink?: BlobSink) {
    this.root = root;
    this.#name = storeName;
    this.#naming = naming;
    this.#sink = sink;
  }

  /** Manifests put so far, by digest. */
  get manifests(): ReadonlyMap<string, Manifest> {
    return this.#manifests;
  }

  /** Tags put so far, with the entry each will get in index.json. */
  get tags(): ReadonlyMap<string, Descriptor> {
    return this.#tags;
  }

  resolvePending(reference: string): Resolved | undefined {
    const digest = this.#tags.get(reference)?.digest ?? (isDigest(reference) ? reference : undefined);
    const manifest = digest === undefined ? undefined : this.#manifests.get(digest);
    return manifest && { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length, manifest };
  }

  /** Once, however many blobs arrive at the same time: otherwise a second look could see the first one's mkdir. */
  #ensureRoot(): Promise<void> {
    this.#root ??= (async () => {
      this.#rootExisted = await pathExists(this.root);
      await mkdir(this.root, { recursive: true });
    })();
    return this.#root;
  }

  async hasBlob(digest: string): Promise<boolean> {
    if (!isDigest(digest)) return false;
    return this.#sink !== undefined ? this.#sink.has(digest) : pathExists(join(this.root, blobPath(digest)));
  }

  async writeBlob(descriptor: Descriptor, body: Readable): Promise<void> {
    if (this.#sink !== undefined) return this.#sink.write(descriptor, body);
    const verify = new VerifyingStream(descriptor.digest, descriptor.size, `blob ${descriptor.digest} written to ${this.#name}`);
    const final = join(this.root, blobPath(descriptor.digest));
    await this.#ensureRoot();
    await mkdir(dirname(final), { recursive: true });
    const partial = `${final}.${randomUUID()}.partial`;
    try {
      await pipeline(body, verify, createWriteStream(partial, { flags: 'wx' }));
      const had = await pathExists(final);
      await rename(partial, final);
      if (!had) this.#added.add(final);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  /** Store the manifest as a blob; a tag also becomes an index.json entry at commit ('' or a digest: none). */
  async putManifest(reference: string, manifest: Manifest): Promise<PutManifestResult> {
    const actual = digestOf(manifest.bytes, manifest.digest);
    if (actual !== manifest.digest) throw new DigestMismatchError(`manifest put to ${this.#name}`, manifest.digest, actual);
    if (isDigest(reference) && reference !== manifest.digest) {
      throw new FileStoreError(
        this.root,
        `manifest ${manifest.digest} cannot be stored in ${this.#name} under another digest, ${reference}`,
      );
    }
    const descriptor: Descriptor = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length };
    if (!(await this.hasBlob(manifest.digest))) await this.writeBlob(descriptor, Readable.from([manifest.bytes]));
    this.#manifests.set(manifest.digest, manifest);
    if (reference !== '' && !isDigest(reference)) {
      this.#tags.set(reference, { ...descriptor, annotations: this.#naming.annotations(reference) });
    }
    return { digest: manifest.digest };
  }

  /**
   * The entries the new index.json lists: the existing ones (less those a new tag replaces), the new tags, then the
   * manifests put only by digest that no other put manifest lists (what a target without REF receives).
   */
  entries(existing: readonly Record<string, unknown>[]): Record<string, unknown>[] {
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
  indexJson(existingIndex: Record<string, unknown> | undefined): Buffer {
    const existing = Array.isArray(existingIndex?.['manifests']) ? (existingIndex['manifests'] as Record<string, unknown>[]) : [];
    const index = { schemaVersion: 2, mediaType: OCI_INDEX, ...existingIndex, manifests: this.entries(existing) };
    return Buffer.from(`${JSON.stringify(index)}\n`);
  }

  /** Write oci-layout (when absent) and replace index.json atomically: a temporary file renamed over it. */
  async commit(existingIndex: Record<string, unknown> | undefined): Promise<void> {
    if (this.#manifests.size === 0 && this.#added.size === 0) return; // Nothing was written: leave the place as it was.
    await this.#ensureRoot();
    if (!(await pathExists(join(this.root, 'oci-layout')))) await writeFile(join(this.root, 'oci-layout'), LAYOUT_FILE);
    const partial = join(this.root, `index.json.${randomUUID()}.partial`);
    await writeFile(partial, this.indexJson(existingIndex));
    await rename(partial, join(this.root, 'index.json'));
  }

  /** Take back what was written: the directory when we made it, else the blobs we added (index.json is untouched). */
  async abort(): Promise<void> {
    if (this.#rootExisted === false) {
      await rm(this.root, { recursive: true, force: true });
    } else {
      await Promise.all([...this.#added].map((path) => rm(path, { force: true })));
    }
    this.#added.clear();
  }
}

/** Whether anything is at the path. */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}
