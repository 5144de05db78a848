// The one interface the engine sees for every place images live: a registry repository, an OCI layout, an
// archive, or the in-memory store of the tests. Copy, plan and inspect depend on this and on nothing below it
// (regclient's scheme.API, oras-go's Target): a new kind of place is a new implementation, not a new branch in copy.
import type { Readable } from 'node:stream';
import type { Descriptor, Manifest } from '../oci/manifest.ts';

/** What a tag or digest points at: at least the digest; the manifest itself when it came at no extra cost. */
export interface Resolved {
  readonly digest: string;
  readonly mediaType: string;
  readonly size: number | undefined;
  /** Present when the store had to read the bytes anyway (a GET where a HEAD would cost the same round trip). */
  readonly manifest?: Manifest;
  /** The version token a conditional write can name (`If-Match`), when the store offers one with the bytes. */
  readonly etag?: string;
}

/** From `Store.openWriteLane`: handed back with each write that keeps its place in that lane's line. */
export interface WriteLane {
  readonly ordered: true;
  /** No more writes: let go of what the lane holds (a connection) once those in flight are answered. */
  close(): void;
}

export interface PutManifestOptions {
  /** Keep this write's place in the lane: sent after the writes begun before it, without waiting for their answers. */
  readonly lane?: WriteLane;
  /** Write only if the reference still holds this version (from `Resolved.etag`); else a PreconditionFailedError. */
  readonly ifMatch?: string;
  /** `*`: write only if nothing is at the reference yet (a concurrent creator wins); else a PreconditionFailedError. */
  readonly ifNoneMatch?: '*';
}

/** A conditional write found the reference changed since it was read: read again, merge, write again. */
export class PreconditionFailedError extends Error {
  readonly retryable = false;
  constructor(reference: string, where: string) {
    super(`${reference} in ${where} changed while it was being updated`);
    this.name = 'PreconditionFailedError';
  }
}

export interface ResolveOptions {
  /**
   * The caller will need the manifest's bytes next: a store may fetch them in the same round trip. A store where a
   * read costs more than a look (Docker Hub counts a manifest GET as a pull, not a HEAD) answers without them.
   */
  readonly wantBytes?: boolean;
}

export type MountResult = { readonly mounted: true } | { readonly mounted: false; readonly reason: string };

/** What a manifest write told us. */
export interface PutManifestResult {
  readonly digest: string;
  /** The store indexed the manifest's `subject` itself (a registry that answered with `OCI-Subject`). */
  readonly subjectIndexed?: boolean;
}

/**
 * A blob a store is making while it resolves (a classic docker save's layer, being gzipped), offered before its
 * digest is known so that a target can receive it at the same time (as skopeo and docker push stream a layer they
 * compress). See `Store.onMadeBlob` and `Store.writeMadeBlob`.
 */
export interface MadeBlob {
  /** The config of the image it belongs to: a target holding that config has been sent the image before. */
  readonly image: Descriptor;
  /** About how many bytes it will be (what it is made from). */
  readonly sizeHint: number;
  /** A new stream of its bytes from the first, as they are made; it ends when the blob is made, errors if that fails. */
  follow(): Readable;
  /** What it is once made; rejects when making it failed (then nothing may be kept of it). */
  readonly made: Promise<Descriptor>;
}

/** Called with the bytes of a blob as they move, for progress bars; never for correctness. */
export type BytesListener = (bytes: number) => void;

/**
 * One repository's worth of content, addressed by tag or digest. Every read is verified against its digest before
 * it is trusted (a stream errors at its end if the bytes do not match); every write is of exact bytes.
 */
export interface Store {
  /** How a user names this place: `ghcr.io/acme/app`, `oci:./out`. Also the left half of a pinned reference. */
  readonly name: string;
  /**
   * Stores with the same location share blob storage or can mount from each other (`ghcr.io` for every repository
   * there; the path of a layout). Work shared between targets is keyed by it.
   */
  readonly location: string;

  /** What `reference` (a tag or a digest) points at now; undefined when nothing does. */
  resolve(reference: string, options?: ResolveOptions): Promise<Resolved | undefined>;
  /** The manifest `reference` points at, verified against the digest (asked for, or the one the store claims). */
  getManifest(reference: string): Promise<Manifest>;
  /** Store the exact bytes under `reference` (a tag, or the manifest's own digest). */
  putManifest(reference: string, manifest: Manifest, options?: PutManifestOptions): Promise<PutManifestResult>;
  /**
   * Optional: a lane for manifest writes that must reach the store in order (an index after what it lists) without
   * a round trip between them. Opening it starts connecting. Without it, the caller awaits each write in turn.
   */
  openWriteLane?(): WriteLane;

  /** Whether the blob is here. */
  hasBlob(descriptor: Descriptor): Promise<boolean>;
  /** A stream of the blob that errors (rather than ends) when its size or digest is not the descriptor's. */
  readBlob(descriptor: Descriptor, onBytes?: BytesListener): Promise<Readable>;
  /** Write a blob from a stream, verifying it; nothing is kept when the bytes do not match the descriptor. */
  writeBlob(descriptor: Descriptor, body: Readable): Promise<void>;
  /**
   * Optional: start what the next writeBlob of this descriptor needs before its bytes exist (a registry's upload
   * session), so that it overlaps opening the source. Failures surface in that writeBlob.
   */
  prepareBlobWrite?(descriptor: Descriptor): void;
  /** Optional: give up what prepareBlobWrite started (the blob turned out to be there); nothing to wait for. */
  abandonBlobWrite?(descriptor: Descriptor): void;
  /**
   * Optional: write a blob whose digest is known only once its bytes end (a `MadeBlob`): the bytes go as they come,
   * the write completes under the descriptor `made` settles with, which the store checks; nothing is kept when
   * `body` errors, `made` rejects or the bytes do not match.
   */
  writeMadeBlob?(body: Readable, made: Promise<Descriptor>): Promise<void>;
  /**
   * Optional, for a store that makes blobs while it resolves: `listener` hears of each as it starts. Returns how to
   * stop listening.
   */
  onMadeBlob?(listener: (blob: MadeBlob) => void): () => void;
  /**
   * Optional: link a blob that `from` holds without moving its bytes. Only offered between stores of the same
   * location; `mounted: false` means "upload it instead".
   */
  mountBlob?(descriptor: Descriptor, from: Store): Promise<MountResult>;

  /**
   * Every tag, all pages; with `limit`, at most that many (one request at a registry): a caller that gets `limit`
   * tags back cannot tell whether there are more.
   */
  listTags(options?: { readonly limit?: number }): Promise<string[]>;
  /**
   * False for a store that holds images only (a docker-archive: `docker load` reads images, not artifacts or the
   * indexes that list them): referrers do not follow there, and a warning says what was left behind. Default true.
   */
  readonly holdsReferrers?: boolean;
  /**
   * Optional: remove `tag`. Undefined when the tag was not there; else the digest it pointed at. A registry deletes
   * by digest (DELETE /v2/<name>/manifests/<digest>), which removes EVERY tag of that digest with it: callers that
   * keep other tags check that none of them shares the digest first.
   */
  deleteTag?(tag: string): Promise<{ readonly digest: string } | undefined>;
  /**
   * Optional: manifests whose `subject` is `digest` (the OCI 1.1 referrers API). Undefined when the store has no
   * such index, so the caller falls back to the referrers tag scheme.
   */
  referrers?(digest: string): Promise<readonly Descriptor[] | undefined>;
  /**
   * Optional, beside `referrers`: whether the store offers that API at all, asked before any subject is known (so it
   * costs no round trip of its own). False lets the caller skip asking each subject; undefined means "ask each".
   */
  offersReferrersApi?(): Promise<boolean | undefined>;

  /**
   * Optional, for stores that write a file: make what was written visible (`commit`: rename the temporary file
   * into place, replace index.json) or throw it away (`abort`). The engine calls it once per store it wrote to, after
   * its tags; a store without it is visible as it is written (a registry).
   */
  close?(outcome: 'commit' | 'abort'): Promise<void>;
}

/** A store's answer that nothing is at a reference, or that a blob is missing. */
export class NotFoundError extends Error {
  readonly object: string;
  constructor(object: string, where: string) {
    super(`${object} was not found in ${where}`);
    this.name = 'NotFoundError';
    this.object = object;
  }
}
