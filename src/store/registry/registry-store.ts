// One repository of a registry as a Store: what the engine sees of a registry. A thin layer over RegistryClient that
// adds the choices the interface leaves to the store: HEAD or GET to resolve (Docker Hub counts GETs as pulls), and
// reusing the upload session a refused mount already opened.
import type { Readable } from 'node:stream';
import { isDigest } from '../../oci/digest.ts';
import type { Descriptor, Manifest } from '../../oci/manifest.ts';
import { DOCKER_HUB } from '../../oci/reference.ts';
import type { BytesListener, MountResult, PutManifestOptions, PutManifestResult, Resolved, ResolveOptions, Store } from '../store.ts';
import type { RegistryClient } from './client.ts';
import { RegistryError } from './errors.ts';
import type { UploadSession } from './uploads.ts';
import { WriteLane } from './write-lane.ts';

export class RegistryStore implements Store {
  /** `registry/repository`. */
  readonly name: string;
  /** The registry: stores of one registry can mount from each other. */
  readonly location: string;
  readonly registry: string;
  readonly repository: string;
  readonly #client: RegistryClient;
  /**
   * Upload sessions opened ahead of their bytes, by digest: by a mount the registry answered with 202, or by
   * prepareBlobWrite while the source is read. The next upload of that digest uses it.
   */
  readonly #sessions = new Map<string, Promise<UploadSession>>();

  constructor(client: RegistryClient, repository: string) {
    this.#client = client;
    this.registry = client.registry;
    this.repository = repository;
    this.location = client.registry;
    this.name = `${client.registry}/${repository}`;
  }

  async resolve(reference: string, options: ResolveOptions = {}): Promise<Resolved | undefined> {
    // One GET answers both "which digest?" and "what bytes?" in the round trip a HEAD would take; manifests are small.
    // Docker Hub counts a manifest GET as a pull against the rate limit, and a HEAD not.
    if (options.wantBytes && this.registry !== DOCKER_HUB) return this.#resolveByGet(reference);
    const head = await this.#client.headManifest(this.repository, reference);
    if (!head) return undefined;
    const digest = head.digest ?? (isDigest(reference) ? reference : undefined);
    // No Docker-Content-Digest on HEAD (ECR, some mirrors): the bytes decide.
    if (digest === undefined) return this.#resolveByGet(reference);
    return { digest, mediaType: head.mediaType, size: head.size };
  }

  async #resolveByGet(reference: string): Promise<Resolved | undefined> {
    let answer: { manifest: Manifest; etag: string | undefined };
    try {
      answer = await this.#client.getVersionedManifest(this.repository, reference);
    } catch (error) {
      if (error instanceof RegistryError && error.status === 404) return undefined;
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

  getManifest(reference: string): Promise<Manifest> {
    return this.#client.getManifest(this.repository, reference);
  }

  async putManifest(reference: string, manifest: Manifest, options: PutManifestOptions = {}): Promise<PutManifestResult> {
    // The place in line is taken now, as the write begins; given up however the write ends, so none behind it waits.
    const turn = options.lane instanceof WriteLane ? options.lane.turn() : undefined;
    try {
      return await this.#client.storeManifest(this.repository, reference, manifest, options, turn);
    } finally {
      turn?.sent();
    }
  }

  openWriteLane(): WriteLane {
    const lane = new WriteLane();
    this.#client.warmLane(lane);
    return lane;
  }

  referrers(digest: string): Promise<Descriptor[] | undefined> {
    return this.#client.referrers(this.repository, digest);
  }

  offersReferrersApi(): Promise<boolean | undefined> {
    return this.#client.offersReferrersApi(this.repository);
  }

  hasBlob(descriptor: Descriptor): Promise<boolean> {
    return this.#client.hasBlob(this.repository, descriptor.digest);
  }

  readBlob(descriptor: Descriptor, onBytes?: BytesListener): Promise<Readable> {
    return this.#client.getBlob(this.repository, descriptor.digest, descriptor.size, onBytes);
  }

  /**
   * Opens the upload session now, so its POST travels beside the source's GET instead of after it: one round trip
   * less for every streamed blob. A session whose bytes never come (the source failed for good) is left to the
   * registry's purge of stale uploads, as when a client dies mid-upload.
   */
  prepareBlobWrite(descriptor: Descriptor): void {
    if (this.#sessions.has(descriptor.digest)) return;
    const session = this.#client.startUpload(this.repository);
    // Its failure is the write's to report, if a write comes.
    session.catch(() => undefined);
    this.#sessions.set(descriptor.digest, session);
  }

  abandonBlobWrite(descriptor: Descriptor): void {
    const session = this.#sessions.get(descriptor.digest);
    if (!session) return;
    this.#sessions.delete(descriptor.digest);
    this.#client.cancelUpload(session, this.repository);
  }

  async writeBlob(descriptor: Descriptor, body: Readable): Promise<void> {
    // A session is used once: a retry of this blob (fresh bytes) opens a fresh one.
    const opened = this.#sessions.get(descriptor.digest);
    this.#sessions.delete(descriptor.digest);
    const session = await (opened ?? this.#client.startUpload(this.repository));
    await this.#client.uploadBlob(session, descriptor.digest, descriptor.size, body, this.repository);
  }

  /** A session of its own (never one opened ahead: those wait for a known digest), cancelled if the write fails. */
  async writeMadeBlob(body: Readable, made: Promise<Descriptor>): Promise<void> {
    const session = this.#client.startUpload(this.repository);
    try {
      await this.#client.uploadMadeBlob(await session, body, made, this.repository);
    } catch (error) {
      if (!body.destroyed) body.destroy();
      this.#client.cancelUpload(session, this.repository);
      throw error;
    }
  }

  async mountBlob(descriptor: Descriptor, from: Store): Promise<MountResult> {
    if (!(from instanceof RegistryStore) || from.location !== this.location) {
      return { mounted: false, reason: `${from.name} is not in ${this.location}, so its blobs cannot be mounted here` };
    }
    const result = await this.#client.mountBlob(this.repository, descriptor.digest, from.repository);
    if (result.mounted) return { mounted: true };
    if (result.session) this.#sessions.set(descriptor.digest, Promise.resolve(result.session));
    return { mounted: false, reason: result.reason };
  }

  listTags(options: { readonly limit?: number } = {}): Promise<string[]> {
    return options.limit === undefined ? this.#client.listTags(this.repository) : this.#client.listTags(this.repository, options.limit, 1);
  }

  /** HEAD the tag for its digest, then DELETE that digest: every other tag of the digest goes with it (see Store). */
  async deleteTag(tag: string): Promise<{ digest: string } | undefined> {
    const head = await this.#client.headManifest(this.repository, tag);
    if (!head) return undefined;
    const digest = head.digest ?? (await this.#client.getManifest(this.repository, tag)).digest;
    return (await this.#client.deleteManifest(this.repository, digest)) ? { digest } : undefined;
  }
}
