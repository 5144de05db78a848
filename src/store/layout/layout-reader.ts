// Reading an OCI image layout (index.json, blobs by digest) from wherever its files are: every manifest is checked
// against its digest before it is parsed, every blob stream errors at its end unless its bytes match.
import { pipeline, type Readable } from 'node:stream';
import { DigestMismatchError, VerifyingStream, digestOf, isDigest } from '../../oci/digest.ts';
import { MAX_MANIFEST_BYTES, ManifestError, parseManifest, type Descriptor, type Manifest } from '../../oci/manifest.ts';
import { OCI_INDEX } from '../../oci/media-types.ts';
import { NotFoundError, type BytesListener, type Resolved } from '../store.ts';
import { FileStoreError } from './errors.ts';
import { blobPath, type LayoutFiles } from './layout-files.ts';

export const REF_NAME = 'org.opencontainers.image.ref.name';

/** How entries of index.json are named and matched: OCI layouts by ref.name; docker-archives by image name too. */
export interface EntryNaming {
  /** The names an entry answers to, for listing (first is shown in errors). */
  names(entry: Descriptor): string[];
  matches(reference: string, entry: Descriptor): boolean;
}

export const REF_NAME_NAMING: EntryNaming = {
  names: (entry) => (entry.annotations?.[REF_NAME] !== undefined ? [entry.annotations[REF_NAME]] : []),
  matches: (reference, entry) => entry.annotations?.[REF_NAME] === reference,
};

export class LayoutReader {
  readonly files: LayoutFiles;
  readonly #storeName: string;
  readonly #naming: EntryNaming;
  #index: Promise<Manifest | undefined> | undefined;

  constructor(files: LayoutFiles, storeName: string, naming: EntryNaming = REF_NAME_NAMING) {
    this.files = files;
    this.#storeName = storeName;
    this.#naming = naming;
  }

  /** index.json, parsed; undefined when the layout has none (a new target). */
  index(): Promise<Manifest | undefined> {
    this.#index ??= this.#readIndex();
    return this.#index;
  }

  async #readIndex(): Promise<Manifest | undefined> {
    const bytes = await this.files.read('index.json', MAX_MANIFEST_BYTES);
    if (bytes === undefined) return undefined;
    try {
      const index = parseManifest(bytes, OCI_INDEX, digestOf(bytes));
      if (index.kind !== 'index') throw new ManifestError('it is not an image index');
      return index;
    } catch (error) {
      throw new FileStoreError(
        this.files.where,
        `${this.files.describe('index.json')} is not a valid OCI image index: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }

  async entries(): Promise<readonly Descriptor[]> {
    return (await this.index())?.manifests ?? [];
  }

  /** Every name index.json gives an image, in order, without repeats. */
  async names(): Promise<string[]> {
    return [...new Set((await this.entries()).flatMap((e) => this.#naming.names(e)))];
  }

  /** The index.json entry (or, for a digest, the manifest blob) a reference points at; '' is the only image. */
  async find(reference: string): Promise<Descriptor | undefined> {
    const entries = await this.entries();
    if (reference === '') {
      // Several entries under several names of one image are still one image.
      const images = new Set(entries.map((e) => e.digest));
      if (images.size <= 1) return entries[0];
      const listed = entries.map((e) => this.#naming.names(e)[0] ?? e.digest).join(', ');
      throw new FileStoreError(
        this.files.where,
        `${this.#storeName} holds ${images.size} images (${listed}); name one, e.g. ${this.#storeName}:${this.#naming.names(entries[0]!)[0] ?? 'NAME'}`,
      );
    }
    if (isDigest(reference)) {
      const listed = entries.find((e) => e.digest === reference);
      if (listed !== undefined) return listed;
      const size = await this.files.size(blobPath(reference));
      return size === undefined ? undefined : { mediaType: '', digest: reference, size };
    }
    const matching = entries.filter((e) => this.#naming.matches(reference, e));
    const digests = new Set(matching.map((e) => e.digest));
    if (digests.size > 1) {
      throw new FileStoreError(
        this.files.where,
        `${this.#storeName} has ${digests.size} different images named "${reference}" (${[...digests].join(', ')}); name one by digest`,
      );
    }
    return matching[0];
  }

  async resolve(reference: string): Promise<Resolved | undefined> {
    const entry = await this.find(reference);
    if (entry === undefined) return undefined;
    if (entry.mediaType !== '') return { digest: entry.digest, mediaType: entry.mediaType, size: entry.size };
    const manifest = await this.manifest(entry);
    return { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length, manifest };
  }

  async getManifest(reference: string): Promise<Manifest> {
    const entry = await this.find(reference);
    if (entry === undefined) throw new NotFoundError(`manifest ${reference === '' ? '(the only image)' : reference}`, this.#storeName);
    return this.manifest(entry);
  }

  /** The manifest blob an entry describes, verified against the entry's digest and size. */
  async manifest(entry: Descriptor): Promise<Manifest> {
    const path = blobPath(entry.digest);
    const bytes = await this.files.read(path, MAX_MANIFEST_BYTES);
    if (bytes === undefined) {
      throw new FileStoreError(
        this.files.where,
        `${this.#storeName} lists manifest ${entry.digest}, but ${this.files.describe(path)} is missing`,
      );
    }
    const actual = digestOf(bytes, entry.digest);
    if (actual !== entry.digest) throw new DigestMismatchError(`manifest ${this.files.describe(path)}`, entry.digest, actual);
    if (entry.mediaType !== '' && entry.size !== bytes.length) {
      throw new DigestMismatchError(`manifest ${this.files.describe(path)}`, `${entry.size} bytes`, `${bytes.length} bytes`);
    }
    return parseManifest(bytes, entry.mediaType, entry.digest);
  }

  async hasBlob(descriptor: Descriptor): Promise<boolean> {
    if (!isDigest(descriptor.digest)) return false;
    return (await this.files.size(blobPath(descriptor.digest))) !== undefined;
  }

  async readBlob(descriptor: Descriptor, onBytes?: BytesListener): Promise<Readable> {
    const verify = new VerifyingStream(
      descriptor.digest,
      descriptor.size,
      `blob ${this.files.describe(blobPath(descriptor.digest))}`,
      onBytes,
    );
    const path = blobPath(descriptor.digest);
    if ((await this.files.size(path)) === undefined) throw new NotFoundError(`blob ${descriptor.digest}`, this.#storeName);
    return pipeline(await this.files.open(path), verify, () => {});
  }
}
