// An OCI archive (`oci-archive:FILE`, a tar of an OCI image layout) as a Store. Reading indexes the tar's headers
// once and serves every file of the layout by offset; writing builds the tar beside the target as blobs arrive
// (tar-builder.ts) and renames it into place at commit.
import { stat } from 'node:fs/promises';
import { pipeline, type Readable } from 'node:stream';
import { VerifyingStream, isDigest } from '../../oci/digest.ts';
import type { Descriptor, Manifest } from '../../oci/manifest.ts';
import type { FileStore, OpenedFile } from '../file-store.ts';
import { FileStoreError } from '../layout/errors.ts';
import { LayoutReader } from '../layout/layout-reader.ts';
import { LAYOUT_FILE, LayoutWriter, type TagNaming } from '../layout/layout-writer.ts';
import { NotFoundError, type BytesListener, type PutManifestResult, type Resolved } from '../store.ts';
import { ArchiveFile } from './archive-bytes.ts';
import { TarBuilder } from './tar-builder.ts';
import { TarFiles } from './tar-files.ts';
import { indexTar, type TarIndex } from './tar-index.ts';

export async function openOciArchive(opened: OpenedFile): Promise<FileStore> {
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
export async function indexArchive(opened: OpenedFile): Promise<TarIndex> {
  const started = performance.now();
  const file = await ArchiveFile.open(opened.location, opened.name);
  const tar = await indexTar(file, opened.name);
  const ms = Math.round(performance.now() - started);
  opened.logger.debug(
    `${opened.name}: indexed ${tar.paths.length} members of ${file.gzipped ? 'gzipped ' : ''}${opened.location} in ${ms} ms`,
  );
  return tar;
}

/** An archive replaces a file, never a directory: refused before anything is written. */
export async function checkArchiveTarget(opened: OpenedFile): Promise<void> {
  if (await isDirectory(opened.location)) {
    throw new FileStoreError(
      opened.location,
      `${opened.name}: ${opened.location} is a directory; an archive is written as a file (for a directory, write oci:)`,
    );
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** The error for a write to a store opened for reading. */
export function readOnly(store: { name: string; location: string }): FileStoreError {
  return new FileStoreError(store.location, `${store.name} was opened for reading, not writing`);
}

/** A layout that is only read (an archive as a source). */
export class ReadOnlyLayoutStore implements FileStore {
  readonly name: string;
  readonly location: string;
  readonly notes: readonly string[] = [];
  readonly #reader: LayoutReader;

  constructor(opened: OpenedFile, reader: LayoutReader) {
    this.name = opened.name;
    this.location = opened.location;
    this.#reader = reader;
  }

  resolve(reference: string): Promise<Resolved | undefined> {
    return this.#reader.resolve(reference);
  }
  getManifest(reference: string): Promise<Manifest> {
    return this.#reader.getManifest(reference);
  }
  hasBlob(descriptor: Descriptor): Promise<boolean> {
    return this.#reader.hasBlob(descriptor);
  }
  readBlob(descriptor: Descriptor, onBytes?: BytesListener): Promise<Readable> {
    return this.#reader.readBlob(descriptor, onBytes);
  }
  listTags(): Promise<string[]> {
    return this.#reader.names();
  }
  putManifest(): Promise<PutManifestResult> {
    return Promise.reject(readOnly(this));
  }
  writeBlob(): Promise<void> {
    return Promise.reject(readOnly(this));
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * A new archive: it starts empty whatever is at the path (an archive is replaced whole, not added to), is built in
 * a temporary file beside it as blobs arrive (tar-builder.ts), and appears at the path at commit.
 */
export class OciArchiveWriter implements FileStore {
  readonly name: string;
  readonly location: string;
  readonly notes: readonly string[] = [];
  protected readonly builder: TarBuilder;
  protected readonly writer: LayoutWriter;
  #closed = false;

  constructor(opened: OpenedFile, naming?: TagNaming) {
    this.name = opened.name;
    this.location = opened.location;
    this.builder = new TarBuilder(opened.location, opened.name);
    this.writer = new LayoutWriter(opened.location, opened.name, naming, this.builder);
  }

  resolve(reference: string): Promise<Resolved | undefined> {
    return Promise.resolve(this.writer.resolvePending(reference));
  }
  getManifest(reference: string): Promise<Manifest> {
    const pending = this.writer.resolvePending(reference);
    if (pending?.manifest === undefined) return Promise.reject(new NotFoundError(`manifest ${reference}`, this.name));
    return Promise.resolve(pending.manifest);
  }
  async putManifest(reference: string, manifest: Manifest): Promise<PutManifestResult> {
    this.#open();
    return this.writer.putManifest(reference, manifest);
  }
  hasBlob(descriptor: Descriptor): Promise<boolean> {
    return this.writer.hasBlob(descriptor.digest);
  }
  readBlob(descriptor: Descriptor, onBytes?: BytesListener): Promise<Readable> {
    const stream = isDigest(descriptor.digest) ? this.builder.open(descriptor.digest) : undefined;
    if (stream === undefined) return Promise.reject(new NotFoundError(`blob ${descriptor.digest}`, this.name));
    const verify = new VerifyingStream(descriptor.digest, descriptor.size, `blob ${descriptor.digest} of ${this.name}`, onBytes);
    return Promise.resolve(pipeline(stream, verify, () => {}));
  }
  async writeBlob(descriptor: Descriptor, body: Readable): Promise<void> {
    this.#open();
    return this.writer.writeBlob(descriptor, body);
  }
  listTags(): Promise<string[]> {
    return Promise.resolve([...this.writer.tags.keys()]);
  }

  async close(outcome: 'commit' | 'abort'): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (outcome === 'abort' || this.writer.manifests.size === 0) return this.builder.abort();
    try {
      await this.builder.addFile('oci-layout', Buffer.from(LAYOUT_FILE));
      await this.builder.addFile('index.json', this.writer.indexJson(undefined));
      await this.writeExtras();
    } catch (error) {
      await this.builder.abort();
      throw error;
    }
    await this.builder.commit();
  }

  /** Members a subclass adds after the layout (docker-archive's manifest.json). */
  protected writeExtras(): Promise<void> {
    return Promise.resolve();
  }

  #open(): void {
    if (this.#closed) throw new FileStoreError(this.location, `${this.name} is closed`);
  }
}
