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
import { createHash, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform, Writable, pipeline as pipelineCallback } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import { VerifyingStream, digestOf, isDigest } from '../../oci/digest.ts';
import { parseManifest, type Descriptor, type Manifest } from '../../oci/manifest.ts';
import { DOCKER_IMAGE_CONFIG, DOCKER_MANIFEST } from '../../oci/media-types.ts';
import type { Logger } from '../../log.ts';
import { FileStoreError } from '../layout/errors.ts';
import { NotFoundError, type BytesListener, type MadeBlob, type Resolved } from '../store.ts';
import type { DockerArchiveEntry } from './docker-manifest-json.ts';
import { familiarName, sameName } from './docker-names.ts';
import { GzipRecipe, gzipToRecipe, replayRecipe } from './gzip-recipe.ts';
import type { TarIndex, TarMember } from './tar-index.ts';

export const DOCKER_LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
const MAX_CONFIG_BYTES = 32 * 1024 * 1024;

interface Presented {
  readonly manifest: Manifest;
  readonly config: Buffer;
  /** Compressed layers by digest: how to replay each, or the member when it came gzipped. */
  readonly layers: ReadonlyMap<string, LayerSource>;
}

type LayerSource = { readonly recipe: GzipRecipe; readonly member: TarMember } | { readonly member: TarMember };

interface Layer {
  readonly digest: string;
  readonly size: number;
  readonly source: LayerSource;
}

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);

export class ClassicDockerImages {
  readonly notes: string[] = [];
  readonly #tar: TarIndex;
  readonly #entries: readonly DockerArchiveEntry[];
  readonly #name: string;
  readonly #built = new Map<DockerArchiveEntry, Promise<Presented>>();
  #temp: Promise<string> | undefined;
  readonly #listeners = new Set<(blob: MadeBlob) => void>();

  readonly #logger: Logger;

  constructor(tar: TarIndex, entries: readonly DockerArchiveEntry[], storeName: string, logger: Logger) {
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

  onMadeBlob(listener: (blob: MadeBlob) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  names(): string[] {
    return this.#entries.flatMap((e) => e.repoTags.map((t) => familiarNameOr(t)));
  }

  async #find(reference: string): Promise<DockerArchiveEntry | undefined> {
    if (reference === '') {
      if (this.#entries.length <= 1) return this.#entries[0];
      const listed = this.#entries.map((e) => (e.repoTags.length > 0 ? e.repoTags.join(' ') : `untagged ${e.config}`)).join(', ');
      throw new FileStoreError(
        this.#tar.file.path,
        `${this.#name} holds ${this.#entries.length} images (${listed}); name one, e.g. ${this.#name}:${this.#entries[0]?.repoTags[0] ?? 'NAME:TAG'}`,
      );
    }
    if (isDigest(reference)) {
      for (const [entry, built] of this.#built) if ((await built).manifest.digest === reference) return entry;
      return undefined;
    }
    return this.#entries.find((e) => e.repoTags.some((tag) => sameName(tag, reference)));
  }

  async resolve(reference: string): Promise<Resolved | undefined> {
    const entry = await this.#find(reference);
    if (entry === undefined) return undefined;
    const { manifest } = await this.#present(entry);
    return { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length, manifest };
  }

  async getManifest(reference: string): Promise<Manifest> {
    const entry = await this.#find(reference);
    if (entry === undefined) throw new NotFoundError(`image ${reference || '(the only image)'}`, this.#name);
    return (await this.#present(entry)).manifest;
  }

  async #blob(digest: string): Promise<{ config: Buffer } | LayerSource | undefined> {
    for (const built of this.#built.values()) {
      const image = await built;
      if (image.manifest.config?.digest === digest) return { config: image.config };
      const layer = image.layers.get(digest);
      if (layer !== undefined) return layer;
    }
    return undefined;
  }

  async hasBlob(descriptor: Descriptor): Promise<boolean> {
    return (await this.#blob(descriptor.digest)) !== undefined;
  }

  async readBlob(descriptor: Descriptor, onBytes?: BytesListener): Promise<Readable> {
    const found = await this.#blob(descriptor.digest);
    if (found === undefined) throw new NotFoundError(`blob ${descriptor.digest}`, this.#name);
    const verify = new VerifyingStream(descriptor.digest, descriptor.size, `blob ${descriptor.digest} of ${this.#name}`, onBytes);
    const source =
      'config' in found
        ? Readable.from([found.config])
        : 'recipe' in found
          ? replayRecipe(found.recipe, this.#tar.file, found.member, `${this.#name}: layer ${descriptor.digest}`)
          : this.#tar.file.stream(found.member.offset, found.member.size);
    return pipelineCallback(source, verify, () => {});
  }

  /** Remove the compressed layers. Also done at exit, since a source store may never be closed. */
  async close(): Promise<void> {
    if (this.#temp !== undefined) await rm(await this.#temp, { recursive: true, force: true });
  }

  #present(entry: DockerArchiveEntry): Promise<Presented> {
    let built = this.#built.get(entry);
    if (built === undefined) {
      built = this.#build(entry);
      this.#built.set(entry, built);
    }
    return built;
  }

  async #build(entry: DockerArchiveEntry): Promise<Presented> {
    const file = this.#tar.file.path;
    const configMember = this.#tar.lookup(entry.config)!;
    if (configMember.size > MAX_CONFIG_BYTES)
      throw new FileStoreError(file, `${this.#name}: config ${entry.config} is ${configMember.size} bytes, over the limit`);
    const config = await buffer(this.#tar.file.stream(configMember.offset, configMember.size));
    if (config.length !== configMember.size)
      throw new FileStoreError(file, `${this.#name}: member ${entry.config} of ${file} is truncated`);
    const diffIds = diffIdsOf(config, `${this.#name}: config ${entry.config} of ${file}`, file);
    if (diffIds.length !== entry.layers.length) {
      throw new FileStoreError(
        file,
        `${this.#name}: config ${entry.config} lists ${diffIds.length} layers (rootfs.diff_ids), manifest.json ${entry.layers.length}`,
      );
    }
    this.#logger.info(`${this.#name}: preparing ${entry.layers.length} layers for a Docker v2 manifest (a classic docker save has none)`);
    const image = { mediaType: DOCKER_IMAGE_CONFIG, size: config.length, digest: digestOf(config) };
    const compressed = await mapLimited(entry.layers, Math.max(1, Math.min(4, availableParallelism())), (path, i) =>
      this.#layer(path, diffIds[i]!, image),
    );
    const layers = new Map(compressed.map((l) => [l.digest, l.source]));
    const gzipped = compressed.filter((l) => 'recipe' in l.source).length;
    const document = {
      schemaVersion: 2,
      mediaType: DOCKER_MANIFEST,
      config: image,
      layers: compressed.map((l) => ({ mediaType: DOCKER_LAYER_GZIP, size: l.size, digest: l.digest })),
    };
    const bytes = Buffer.from(JSON.stringify(document, null, 3));
    const manifest = parseManifest(bytes, DOCKER_MANIFEST, digestOf(bytes));
    const tags = entry.repoTags.length > 0 ? entry.repoTags.join(', ') : `the untagged image ${entry.config}`;
    this.notes.push(
      `${this.#name}: ${tags} is a classic docker save without a registry manifest; ${gzipped} of its ${compressed.length} layers were compressed with gzip (the others came gzipped) and a Docker v2 manifest written, so its digest ${manifest.digest} is new (the config, image ID ${document.config.digest}, is kept).`,
    );
    return { manifest, config, layers };
  }

  /** A layer ready to push: gzipped into a temporary file, or as it is when the archive holds it gzipped already. */
  async #layer(path: string, diffId: string, image: Descriptor): Promise<Layer> {
    const member = this.#tar.lookup(path)!;
    const head = await buffer(this.#tar.file.stream(member.offset, Math.min(member.size, 4)));
    const where = `layer member ${path} of ${this.#tar.file.path}`;
    if (head.subarray(0, 4).equals(ZSTD_MAGIC)) {
      throw new FileStoreError(this.#tar.file.path, `${this.#name}: ${where} is zstd-compressed, which a Docker v2 manifest cannot carry`);
    }
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        size += chunk.length;
        callback(null, chunk);
      },
    });
    const digest = (): string => `sha256:${hash.digest('hex')}`;
    const read = (): Readable => this.#tar.file.stream(member.offset, member.size);
    if (head.subarray(0, 2).equals(GZIP_MAGIC)) {
      // Pushed as it is; its digest is learnt here, and its content checked against the diff_id on the way.
      const discard = new Writable({ write: (_chunk, _encoding, callback) => callback() });
      try {
        await pipeline(read(), measure, createGunzip(), new VerifyingStream(diffId, undefined, `${where} (gunzipped, diff_id)`), discard);
      } catch (error) {
        if (!(error as { code?: string }).code?.startsWith('Z_')) throw error;
        throw new FileStoreError(this.#tar.file.path, `${this.#name}: ${where} is not a valid gzip stream: ${(error as Error).message}`, {
          cause: error,
        });
      }
      return { digest: digest(), size, source: { member } };
    }
    const file = join(await this.#tempDir(), `${randomUUID()}.deflate`);
    const verified = pipelineCallback(read(), new VerifyingStream(diffId, member.size, `${where} (diff_id)`), () => {});
    const recipe = new GzipRecipe(file);
    const made = Promise.withResolvers<Descriptor>();
    // A listener that does not follow the blob never awaits it.
    made.promise.catch(() => undefined);
    const what = `${this.#name}: layer ${path}`;
    const offer: MadeBlob = {
      image,
      sizeHint: member.size,
      follow: () => replayRecipe(recipe, this.#tar.file, member, what),
      made: made.promise,
    };
    for (const listener of this.#listeners) listener(offer);
    let gzipped;
    try {
      gzipped = await gzipToRecipe(verified, recipe);
    } catch (error) {
      made.reject(error);
      throw error;
    }
    made.resolve({ mediaType: DOCKER_LAYER_GZIP, digest: gzipped.digest, size: gzipped.size });
    return { digest: gzipped.digest, size: gzipped.size, source: { recipe: gzipped.recipe, member } };
  }

  #tempDir(): Promise<string> {
    this.#temp ??= mkdtemp(join(tmpdir(), 'hoist-layers-')).then((dir) => {
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
      return dir;
    });
    return this.#temp;
  }
}

function diffIdsOf(config: Buffer, what: string, file: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(config.toString('utf8'));
  } catch {
    throw new FileStoreError(file, `${what} is not valid JSON`);
  }
  const ids = (json as { rootfs?: { diff_ids?: unknown } } | null)?.rootfs?.diff_ids;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string' && isDigest(id))) {
    throw new FileStoreError(file, `${what} has no valid rootfs.diff_ids list`);
  }
  return ids as string[];
}

function familiarNameOr(tag: string): string {
  try {
    return familiarName(tag);
  } catch {
    return tag;
  }
}

/** Map with at most `limit` calls in flight; the first failure rejects (the others finish on their own). */
async function mapLimited<T, R>(items: readonly T[], limit: number, run: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
