// A docker-archive (`docker-archive:FILE[:NAME:TAG]`, what `docker save` writes) as a Store. Docker 25+ archives
// also carry an OCI layout: it is preferred, so every digest is kept. Classic ones are presented with a new
// manifest (classic-docker-image.ts). Writing produces both forms at once: an OCI layout and the manifest.json
// that `docker load` reads, whose Config and Layers point into the layout's blobs.
import type { Readable } from 'node:stream';
import { isDigest, parseDigest } from '../../oci/digest.ts';
import { MAX_MANIFEST_BYTES, type Descriptor, type Manifest } from '../../oci/manifest.ts';
import { isImageManifest } from '../../oci/media-types.ts';
import { formatPlatform } from '../../oci/platform.ts';
import { parseReference } from '../../oci/reference.ts';
import type { FileStore, OpenedFile } from '../file-store.ts';
import { FileStoreError } from '../layout/errors.ts';
import { blobPath } from '../layout/layout-files.ts';
import { LayoutReader, REF_NAME, type EntryNaming } from '../layout/layout-reader.ts';
import type { TagNaming } from '../layout/layout-writer.ts';
import type { BytesListener, MadeBlob, PutManifestResult, Resolved } from '../store.ts';
import { ClassicDockerImages } from './classic-docker-image.ts';
import { parseDockerManifestJson, type DockerArchiveEntry } from './docker-manifest-json.ts';
import { familiarName, normalisedName, sameName } from './docker-names.ts';
import { OciArchiveWriter, ReadOnlyLayoutStore, checkArchiveTarget, indexArchive, readOnly } from './oci-archive-store.ts';
import { TarFiles } from './tar-files.ts';
import type { TarIndex } from './tar-index.ts';

/** The annotation Docker 25+ (and containerd) give an index.json entry: the full image name with its tag. */
export const IMAGE_NAME = 'io.containerd.image.name';

export async function openDockerArchive(opened: OpenedFile): Promise<FileStore> {
  if (opened.mode === 'write') {
    await checkArchiveTarget(opened);
    return new DockerArchiveWriter(opened);
  }
  const tar = await indexArchive(opened);
  const files = new TarFiles(tar);
  const manifestJson = await files.read('manifest.json', MAX_MANIFEST_BYTES);
  const entries = manifestJson === undefined ? [] : parseDockerManifestJson(manifestJson, opened.name, opened.location);
  if (tar.lookup('index.json') !== undefined && tar.lookup('oci-layout') !== undefined) {
    const reader = new LayoutReader(files, opened.name, await dockerNaming(new LayoutReader(files, opened.name), entries));
    return new ReadOnlyLayoutStore(opened, reader);
  }
  if (manifestJson === undefined) {
    throw new FileStoreError(
      opened.location,
      `${opened.name}: ${opened.location} is not a docker-archive: it has no manifest.json (members: ${listed(tar)})`,
    );
  }
  return new ClassicDockerArchiveStore(opened, new ClassicDockerImages(tar, entries, opened.name, opened.logger));
}

function listed(tar: TarIndex): string {
  const paths = tar.paths;
  return paths.length === 0 ? 'none' : paths.slice(0, 5).join(', ') + (paths.length > 5 ? `, … ${paths.length - 5} more` : '');
}

/**
 * Names of a Docker 25+ archive's images: the io.containerd.image.name annotation, else the RepoTags of the
 * manifest.json entry whose Config is the image's config.
 */
async function dockerNaming(reader: LayoutReader, entries: readonly DockerArchiveEntry[]): Promise<EntryNaming> {
  // Keyed by digest and annotation, not by object: the reader that matches parses index.json anew.
  const names = new Map<string, string[]>();
  const tagsByConfig = new Map(entries.map((e) => [e.config, e.repoTags]));
  for (const entry of await reader.entries()) {
    const annotated = entry.annotations?.[IMAGE_NAME];
    let found = annotated !== undefined && normalisedName(annotated) !== undefined ? [familiarName(annotated)] : [];
    if (found.length === 0 && isImageManifest(entry.mediaType)) {
      const config = (await reader.manifest(entry)).config;
      found = config === undefined ? [] : [...(tagsByConfig.get(blobPath(config.digest)) ?? [])];
    }
    names.set(entry.digest + (annotated ?? ''), found);
  }
  const namesOf = (entry: Descriptor): string[] => names.get(entry.digest + (entry.annotations?.[IMAGE_NAME] ?? '')) ?? [];
  return { names: namesOf, matches: (reference, entry) => namesOf(entry).some((name) => sameName(name, reference)) };
}

class ClassicDockerArchiveStore implements FileStore {
  readonly name: string;
  readonly location: string;
  readonly #images: ClassicDockerImages;

  constructor(opened: OpenedFile, images: ClassicDockerImages) {
    this.name = opened.name;
    this.location = opened.location;
    this.#images = images;
  }

  get notes(): readonly string[] {
    return this.#images.notes;
  }
  resolve(reference: string): Promise<Resolved | undefined> {
    return this.#images.resolve(reference);
  }
  getManifest(reference: string): Promise<Manifest> {
    return this.#images.getManifest(reference);
  }
  hasBlob(descriptor: Descriptor): Promise<boolean> {
    return this.#images.hasBlob(descriptor);
  }
  readBlob(descriptor: Descriptor, onBytes?: BytesListener): Promise<Readable> {
    return this.#images.readBlob(descriptor, onBytes);
  }
  onMadeBlob(listener: (blob: MadeBlob) => void): () => void {
    return this.#images.onMadeBlob(listener);
  }
  listTags(): Promise<string[]> {
    return Promise.resolve(this.#images.names());
  }
  putManifest(): Promise<PutManifestResult> {
    return Promise.reject(readOnly(this));
  }
  writeBlob(): Promise<void> {
    return Promise.reject(readOnly(this));
  }
  close(): Promise<void> {
    return this.#images.close();
  }
}

/** Docker 25+'s index.json naming: the full name in io.containerd.image.name, the tag alone in ref.name. */
const DOCKER_TAGGING: TagNaming = {
  annotations: (tag) => {
    const full = normalisedName(tag)!;
    return { [IMAGE_NAME]: full, [REF_NAME]: parseReference(full).tag ?? 'latest' };
  },
  sameName: (tag, entry) => {
    const annotated = (entry['annotations'] as Record<string, unknown> | undefined)?.[IMAGE_NAME];
    return typeof annotated === 'string' && sameName(annotated, tag);
  },
};

/** Writes the layout and manifest.json; one image per tag, so a multi-platform index is refused. */
export class DockerArchiveWriter extends OciArchiveWriter {
  /** Signatures and SBOMs would be entries of manifest.json that docker load cannot read as images. */
  readonly holdsReferrers = false;

  constructor(opened: OpenedFile) {
    super(opened, DOCKER_TAGGING);
  }

  override async putManifest(reference: string, manifest: Manifest): Promise<PutManifestResult> {
    if (manifest.kind === 'index') {
      const platforms = manifest.manifests.map((m) => (m.platform ? formatPlatform(m.platform) : m.digest)).join(', ');
      throw new FileStoreError(
        this.location,
        `${this.name} holds one image per tag, as docker load reads it, but ${manifest.digest} is a multi-platform index (${platforms}); choose one platform`,
      );
    }
    if (reference !== '' && !isDigest(reference) && normalisedName(reference) === undefined) {
      throw new FileStoreError(
        this.location,
        `${this.name}: "${reference}" is not NAME:TAG, which a docker-archive names its images by (e.g. app:v1)`,
      );
    }
    return super.putManifest(reference, manifest);
  }

  protected override async writeExtras(): Promise<void> {
    const images = new Map<string, string[]>();
    for (const [tag, descriptor] of this.writer.tags)
      images.set(descriptor.digest, [...(images.get(descriptor.digest) ?? []), familiarName(tag)]);
    for (const entry of this.writer.entries([])) {
      const digest = entry['digest'] as string;
      if (!images.has(digest)) images.set(digest, []);
    }
    const document = [...images].map(([digest, repoTags]) => {
      const manifest = this.writer.manifests.get(digest)!;
      if (manifest.config === undefined) throw new FileStoreError(this.location, `${this.name}: manifest ${digest} has no config`);
      parseDigest(manifest.config.digest);
      return {
        Config: blobPath(manifest.config.digest),
        RepoTags: repoTags,
        Layers: manifest.blobs.slice(1).map((layer) => blobPath(layer.digest)),
      };
    });
    await this.builder.addFile('manifest.json', Buffer.from(`${JSON.stringify(document)}\n`));
  }
}
