/* eslint-disable @typescript-eslint/require-await -- an in-memory store answers at once, behind the async interface every store has */
// An in-memory Store for fast engine tests (oras-go tests copy over memory.New()): a "registry" holds blobs once
// and repositories link them, as the distribution registry does, so mounts and sharing behave as they do for real.
// Every write is verified like a real store's; every call is recorded in order, so tests can check what the engine
// did (children before parents, tags last) by reading the log. Faults are injected per call.
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { VerifyingStream, digestOf } from '../../src/oci/digest.ts';
import { parseManifest, type Descriptor, type Manifest } from '../../src/oci/manifest.ts';
import { isForeignLayer } from '../../src/oci/media-types.ts';
import {
  PreconditionFailedError,
  type MountResult,
  type PutManifestOptions,
  type PutManifestResult,
  type Resolved,
  type ResolveOptions,
  type Store,
} from '../../src/store/store.ts';

export interface Call {
  readonly store: string;
  readonly op:
    'resolve' | 'getManifest' | 'putManifest' | 'hasBlob' | 'readBlob' | 'writeBlob' | 'mountBlob' | 'listTags' | 'referrers' | 'close';
  readonly ref: string;
}

/** Returns an error to throw instead of doing the call, or undefined to let it happen. */
export type Fault = (call: Call, attempt: number) => Error | undefined;

export class MemoryRegistry {
  readonly location: string;
  readonly blobs = new Map<string, Buffer>();
  readonly calls: Call[] = [];
  readonly #repositories = new Map<string, MemoryStore>();
  faults: Fault[] = [];
  readonly #attempts = new Map<string, number>();

  constructor(location: string) {
    this.location = location;
  }

  repository(name: string): MemoryStore {
    let store = this.#repositories.get(name);
    if (!store) {
      store = new MemoryStore(this, name);
      this.#repositories.set(name, store);
    }
    return store;
  }

  /** Record a call and apply the faults; throws the injected error. */
  record(call: Call): void {
    this.calls.push(call);
    const key = `${call.store} ${call.op} ${call.ref}`;
    const attempt = (this.#attempts.get(key) ?? 0) + 1;
    this.#attempts.set(key, attempt);
    for (const fault of this.faults) {
      const error = fault(call, attempt);
      if (error) throw error;
    }
  }

  /** Calls of one kind, in order, as `store op ref` strings. */
  log(filter?: (call: Call) => boolean): string[] {
    return this.calls.filter(filter ?? (() => true)).map((c) => `${c.store} ${c.op} ${c.ref}`);
  }
}

/** What a registry answers a manifest naming a blob it does not hold; names the blob as distribution's `detail` does. */
export class BlobUnknownError extends Error {
  readonly retryable = false;
  readonly #digests: string[];
  constructor(digests: string[]) {
    super(`MANIFEST_BLOB_UNKNOWN: blob unknown to registry (${digests.join(', ')})`);
    this.#digests = digests;
  }
  unknownBlobs(): string[] {
    return this.#digests;
  }
}

export class MemoryStore implements Store {
  readonly name: string;
  readonly location: string;
  readonly registry: MemoryRegistry;
  readonly repositoryName: string;
  /** Digests linked into this repository. */
  readonly linked = new Set<string>();
  readonly manifests = new Map<string, { bytes: Buffer; mediaType: string }>();
  readonly tags = new Map<string, string>();
  /** Off: mounts are refused, as a registry without cross-repository mounts does. */
  mountable = true;
  /** Blobs a HEAD says are here that are not (another writer's upload, not linked yet when the manifest comes). */
  readonly phantomBlobs = new Set<string>();
  /** On: a mount answers "mounted" and links nothing, as distribution 2.8 does for sha512 blobs. */
  mountsLie = false;
  /** Set by enableReferrersApi(): the OCI 1.1 referrers API, answered from the manifests' `subject`. */
  referrers?: (digest: string) => Promise<Descriptor[] | undefined>;
  /** Called just before a conditional write compares versions: lets a test change the tag in between. */
  beforeConditionalWrite?: (reference: string) => void;

  /** Serve the referrers API and index `subject` on push (answering as `OCI-Subject` does). */
  enableReferrersApi(): void {
    this.referrers = async (digest) => {
      this.#call('referrers', digest);
      return [...this.manifests].flatMap(([d, m]) => {
        const json = JSON.parse(m.bytes.toString()) as {
          subject?: { digest?: string };
          artifactType?: string;
          config?: { mediaType?: string };
        };
        if (json.subject?.digest !== digest) return [];
        const artifactType = json.artifactType ?? json.config?.mediaType;
        return [{ mediaType: m.mediaType, digest: d, size: m.bytes.length, ...(artifactType && { artifactType }) }];
      });
    };
  }

  constructor(registry: MemoryRegistry, name: string) {
    this.registry = registry;
    this.repositoryName = name;
    this.location = registry.location;
    this.name = `${registry.location}/${name}`;
  }

  #call(op: Call['op'], ref: string): void {
    this.registry.record({ store: this.repositoryName, op, ref });
  }

  async resolve(reference: string, options?: ResolveOptions): Promise<Resolved | undefined> {
    this.#call('resolve', reference);
    const digest = reference.includes(':') ? reference : this.tags.get(reference);
    const stored = digest === undefined ? undefined : this.manifests.get(digest);
    if (digest === undefined || !stored) return undefined;
    return {
      digest,
      mediaType: stored.mediaType,
      size: stored.bytes.length,
      ...(options?.wantBytes && { manifest: parseManifest(stored.bytes, stored.mediaType, digest), etag: `"${digest}"` }),
    };
  }

  async getManifest(reference: string): Promise<Manifest> {
    this.#call('getManifest', reference);
    const digest = reference.includes(':') ? reference : this.tags.get(reference);
    const stored = digest === undefined ? undefined : this.manifests.get(digest);
    if (digest === undefined || !stored) throw new Error(`${this.name}: manifest ${reference} not found`);
    return parseManifest(stored.bytes, stored.mediaType, digest);
  }

  async putManifest(reference: string, manifest: Manifest, options?: PutManifestOptions): Promise<PutManifestResult> {
    this.#call('putManifest', reference);
    if (options?.ifMatch !== undefined) {
      this.beforeConditionalWrite?.(reference);
      if (`"${this.tags.get(reference)}"` !== options.ifMatch) throw new PreconditionFailedError(reference, this.name);
    }
    if (options?.ifNoneMatch !== undefined) {
      this.beforeConditionalWrite?.(reference);
      if (this.tags.has(reference)) throw new PreconditionFailedError(reference, this.name);
    }
    const digest = digestOf(manifest.bytes, manifest.digest);
    if (digest !== manifest.digest) throw new Error(`manifest bytes hash to ${digest}, not ${manifest.digest}`);
    // As a registry does: every blob and child the manifest names must be here already.
    // Foreign layers are exempt, as distribution exempts layers that carry `urls`.
    const missing = manifest.blobs.filter((b) => !this.linked.has(b.digest) && !isForeignLayer(b.mediaType));
    if (missing.length > 0) throw new BlobUnknownError(missing.map((b) => b.digest));
    for (const child of manifest.manifests) {
      if (!this.manifests.has(child.digest)) throw new Error(`MANIFEST_UNKNOWN: child ${child.digest} of ${manifest.digest}`);
    }
    this.manifests.set(digest, { bytes: manifest.bytes, mediaType: manifest.mediaType });
    if (!reference.includes(':')) this.tags.set(reference, digest);
    const subject = (manifest.json['subject'] as { digest?: string } | undefined)?.digest;
    return { digest, ...(this.referrers && subject !== undefined && { subjectIndexed: true }) };
  }

  async hasBlob(descriptor: Descriptor): Promise<boolean> {
    this.#call('hasBlob', descriptor.digest);
    return this.linked.has(descriptor.digest) || this.phantomBlobs.has(descriptor.digest);
  }

  async readBlob(descriptor: Descriptor, onBytes?: (n: number) => void): Promise<Readable> {
    this.#call('readBlob', descriptor.digest);
    const bytes = this.linked.has(descriptor.digest) ? this.registry.blobs.get(descriptor.digest) : undefined;
    if (!bytes) throw new Error(`${this.name}: blob ${descriptor.digest} not found`);
    return Readable.from([bytes]).pipe(new VerifyingStream(descriptor.digest, descriptor.size, `blob ${descriptor.digest}`, onBytes));
  }

  async writeBlob(descriptor: Descriptor, body: Readable): Promise<void> {
    this.#call('writeBlob', descriptor.digest);
    const bytes = await buffer(body.pipe(new VerifyingStream(descriptor.digest, descriptor.size, `upload of ${descriptor.digest}`)));
    this.registry.blobs.set(descriptor.digest, bytes);
    this.linked.add(descriptor.digest);
  }

  async mountBlob(descriptor: Descriptor, from: Store): Promise<MountResult> {
    this.#call('mountBlob', `${descriptor.digest} from ${(from as MemoryStore).repositoryName}`);
    if (!this.mountable) return { mounted: false, reason: 'mounts are off' };
    if (!(from instanceof MemoryStore) || from.registry !== this.registry) return { mounted: false, reason: 'another registry' };
    if (!from.linked.has(descriptor.digest)) return { mounted: false, reason: 'not in the source repository' };
    if (!this.mountsLie) this.linked.add(descriptor.digest);
    return { mounted: true };
  }

  async listTags(options: { readonly limit?: number } = {}): Promise<string[]> {
    this.#call('listTags', '');
    return [...this.tags.keys()].slice(0, options.limit);
  }

  /** Test set-up: put content in without recording calls. */
  seedBlob(bytes: Buffer, mediaType = 'application/vnd.oci.image.layer.v1.tar+gzip'): Descriptor {
    const digest = digestOf(bytes);
    this.registry.blobs.set(digest, bytes);
    this.linked.add(digest);
    return { mediaType, digest, size: bytes.length };
  }

  seedManifest(json: unknown, mediaType: string, tag?: string): Manifest {
    const bytes = Buffer.from(JSON.stringify(json));
    const digest = digestOf(bytes);
    this.manifests.set(digest, { bytes, mediaType });
    if (tag) this.tags.set(tag, digest);
    return parseManifest(bytes, mediaType, digest);
  }
}
