// An OCI image layout directory as a Store (`oci:PATH`), read and written in place. Writing adds to what is there:
// blobs are content-addressed (so deduplicated), and index.json gains or replaces entries only at commit.
import { readdir, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { Descriptor, Manifest } from '../../oci/manifest.ts';
import type { FileStore, OpenedFile } from '../file-store.ts';
import type { BytesListener, PutManifestResult, Resolved } from '../store.ts';
import { FileStoreError } from './errors.ts';
import { DirectoryFiles, isMissing } from './layout-files.ts';
import { LayoutReader } from './layout-reader.ts';
import { LayoutWriter } from './layout-writer.ts';

export async function openOciLayout(opened: OpenedFile): Promise<FileStore> {
  const reader = new LayoutReader(new DirectoryFiles(opened.location), opened.name);
  let info;
  try {
    info = await stat(opened.location);
  } catch (error) {
    if (!isMissing(error)) throw error;
    if (opened.mode === 'read') throw new FileStoreError(opened.location, `${opened.name}: ${opened.location} does not exist`);
  }
  if (info !== undefined && !info.isDirectory()) {
    throw new FileStoreError(
      opened.location,
      `${opened.name}: ${opened.location} is not a directory; an OCI layout is a directory (for a tar, write oci-archive:)`,
    );
  }
  if (info !== undefined) {
    const index = await reader.index();
    const holdsOther = index === undefined && (await readdir(opened.location)).length > 0;
    if (index === undefined && (opened.mode === 'read' || holdsOther)) {
      const advice = opened.mode === 'write' ? '; write to a new or empty directory' : '';
      throw new FileStoreError(
        opened.location,
        `${opened.name}: ${opened.location} is not an OCI image layout: it has no index.json${advice}`,
      );
    }
    opened.logger.debug(`${opened.name}: layout at ${opened.location} lists ${index?.manifests.length ?? 0} images`);
  }
  const writer = opened.mode === 'write' ? new LayoutWriter(opened.location, opened.name) : undefined;
  return new OciLayoutStore(opened, reader, writer);
}

/** Reads through `reader`; when opened for writing, also keeps what was put in `writer` until close. */
export class OciLayoutStore implements FileStore {
  readonly name: string;
  readonly location: string;
  readonly notes: readonly string[] = [];
  readonly #reader: LayoutReader;
  readonly #writer: LayoutWriter | undefined;
  #closed = false;

  constructor(opened: OpenedFile, reader: LayoutReader, writer: LayoutWriter | undefined) {
    this.name = opened.name;
    this.location = opened.location;
    this.#reader = reader;
    this.#writer = writer;
  }

  async resolve(reference: string): Promise<Resolved | undefined> {
    return this.#writer?.resolvePending(reference) ?? (await this.#reader.resolve(reference));
  }

  async getManifest(reference: string): Promise<Manifest> {
    const pending = this.#writer?.resolvePending(reference);
    return pending?.manifest ?? this.#reader.getManifest(reference);
  }

  async putManifest(reference: string, manifest: Manifest): Promise<PutManifestResult> {
    return this.#writable().putManifest(reference, manifest);
  }

  async hasBlob(descriptor: Descriptor): Promise<boolean> {
    return this.#reader.hasBlob(descriptor);
  }

  async readBlob(descriptor: Descriptor, onBytes?: BytesListener): Promise<Readable> {
    return this.#reader.readBlob(descriptor, onBytes);
  }

  async writeBlob(descriptor: Descriptor, body: Readable): Promise<void> {
    return this.#writable().writeBlob(descriptor, body);
  }

  async listTags(): Promise<string[]> {
    const pending = [...(this.#writer?.tags.keys() ?? [])];
    return [...new Set([...(await this.#reader.names()), ...pending])];
  }

  async close(outcome: 'commit' | 'abort'): Promise<void> {
    if (this.#writer === undefined || this.#closed) return;
    this.#closed = true;
    if (outcome === 'abort') return this.#writer.abort();
    await this.#writer.commit((await this.#reader.index())?.json);
  }

  #writable(): LayoutWriter {
    if (this.#writer === undefined) throw new FileStoreError(this.location, `${this.name} was opened for reading, not writing`);
    if (this.#closed) throw new FileStoreError(this.location, `${this.name} is closed`);
    return this.#writer;
  }
}
