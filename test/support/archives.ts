/**
 * Images as files for the file-store tests, made without the product code: OCI layouts written with plain fs
 * calls from the images of images.ts, tars packed with node-tar, classic `docker save` archives with real layer
 * tars and a config whose diff_ids are their digests. Plus the one helper that moves an image between two stores
 * through Store methods only, until the engine is wired to the file stores.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { gzipSync } from 'node:zlib';
import { create } from 'tar';
import type { Logger } from '../../src/log.ts';
import type { Manifest } from '../../src/oci/manifest.ts';
import type { Store } from '../../src/store/store.ts';
import { header } from './http.ts';
import { openSession, type RegistryTarget } from './registry-client.ts';
import { MediaType, deterministicBytes, sha256Digest, type BuiltImage, type BuiltIndex } from './images.ts';

export const REF_NAME = 'org.opencontainers.image.ref.name';

let base: string | undefined;

/** A temporary directory, removed with all the others when the process exits. */
export function scratch(prefix = 'hoist-files-'): string {
  if (base === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'hoist-files-test-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    base = dir;
  }
  return mkdtempSync(join(base, prefix));
}

export const silentLogger: Logger = { debug() {}, info() {}, warning() {}, error() {} };

export function writeTree(root: string, files: Record<string, Buffer | string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

export function blobFile(digest: string): string {
  return `blobs/${digest.replace(':', '/')}`;
}

/** The files of an OCI layout holding `images`, each under its ref.name (undefined: no name). */
export function layoutFiles(images: { ref: string | undefined; image: BuiltImage | BuiltIndex }[]): Record<string, Buffer | string> {
  const files: Record<string, Buffer | string> = { 'oci-layout': '{"imageLayoutVersion":"1.0.0"}' };
  const manifests = images.map(({ ref, image }) => {
    for (const child of 'children' in image ? image.children : [image]) {
      files[blobFile(child.digest)] = child.manifest;
      for (const [digest, data] of child.blobs) files[blobFile(digest)] = data;
    }
    files[blobFile(image.digest)] = image.manifest;
    return {
      mediaType: image.mediaType,
      digest: image.digest,
      size: image.size,
      ...(ref !== undefined && { annotations: { [REF_NAME]: ref } }),
    };
  });
  files['index.json'] = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests });
  return files;
}

/** Pack a directory's listed members into a tar at `file` with node-tar. */
export async function packTar(file: string, cwd: string, members: string[], gzip = false): Promise<void> {
  await create({ file, cwd, portable: true, gzip }, members);
}

/** Write `files` into a fresh directory and pack them as a tar (gzipped when asked). */
export async function tarOf(file: string, files: Record<string, Buffer | string>, gzip = false): Promise<void> {
  const dir = scratch('hoist-tar-src-');
  writeTree(dir, files);
  await packTar(file, dir, Object.keys(files), gzip);
}

export interface ClassicImage {
  repoTags: string[];
  config: Buffer;
  configDigest: string;
  /** The uncompressed layer tars, bottom first. */
  layers: Buffer[];
  diffIds: string[];
}

/** A classic-docker-save image: real (tiny) layer tars made by node-tar, a config naming their digests. */
export async function classicImage(seed: string, repoTags: string[], layerCount = 2): Promise<ClassicImage> {
  const layers: Buffer[] = [];
  for (let i = 0; i < layerCount; i++) {
    const dir = scratch('hoist-layer-');
    writeTree(dir, {
      [`layer${i}/data.bin`]: deterministicBytes(`${seed}/${i}`, 20_000),
      [`layer${i}/text.txt`]: `hello ${seed} ${i}\n`.repeat(200),
    });
    const file = join(scratch('hoist-layer-tar-'), 'layer.tar');
    await create({ file, cwd: dir, portable: true, mtime: new Date('2024-01-01T00:00:00Z') }, [`layer${i}`]);
    layers.push(readFileSync(file));
  }
  const diffIds = layers.map((l) => sha256Digest(l));
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      created: '2024-01-01T00:00:00Z',
      config: { Cmd: ['/bin/sh'], Labels: { seed } },
      rootfs: { type: 'layers', diff_ids: diffIds },
      history: diffIds.map(() => ({ created: '2024-01-01T00:00:00Z', created_by: 'test' })),
    }),
  );
  return { repoTags, config, configDigest: sha256Digest(config), layers, diffIds };
}

/** The members of a classic docker-archive (the layout docker save used before Docker 25). */
export function classicArchiveFiles(images: ClassicImage[]): Record<string, Buffer | string> {
  const files: Record<string, Buffer | string> = {};
  const manifest = images.map((image) => {
    const configPath = `${image.configDigest.slice(7)}.json`;
    files[configPath] = image.config;
    const layers = image.layers.map((layer, i) => {
      const path = `${image.diffIds[i]!.slice(7)}/layer.tar`;
      files[path] = layer;
      return path;
    });
    return { Config: configPath, RepoTags: image.repoTags, Layers: layers };
  });
  files['manifest.json'] = JSON.stringify(manifest);
  return files;
}

/**
 * Copy what `fromRef` names from one store to another through Store methods only: children first, each blob the
 * target lacks, then the manifest under `toRef`; commit both ends that have close. Returns the digest copied.
 */
export async function copyThroughStores(from: Store, fromRef: string, to: Store, toRef: string): Promise<string> {
  const manifest = await from.getManifest(fromRef);
  const copyImage = async (image: typeof manifest): Promise<void> => {
    for (const blob of image.blobs) {
      if (await to.hasBlob(blob)) continue;
      await to.writeBlob(blob, await from.readBlob(blob));
    }
  };
  try {
    if (manifest.kind === 'index') {
      for (const child of manifest.manifests) {
        const childManifest = await from.getManifest(child.digest);
        await copyImage(childManifest);
        await to.putManifest(child.digest, childManifest);
      }
    } else {
      await copyImage(manifest);
    }
    await to.putManifest(toRef, manifest);
  } catch (error) {
    await to.close?.('abort');
    throw error;
  }
  await to.close?.('commit');
  return manifest.digest;
}

/**
 * An image whose layers are real gzipped tars (images.ts's are noise labelled gzip, which docker-archive writers,
 * decompressing layers, refuse), as a BuiltImage: config diff_ids are the digests of the uncompressed tars.
 */
export async function realImage(
  seed: string,
  flavor: 'oci' | 'docker' = 'docker',
  platform = { os: 'linux', architecture: 'amd64' },
): Promise<BuiltImage> {
  const classic = await classicImage(seed, [], 2);
  const config = JSON.parse(classic.config.toString()) as Record<string, unknown>;
  const configBytes = Buffer.from(JSON.stringify({ ...config, architecture: platform.architecture, os: platform.os }));
  const types =
    flavor === 'docker'
      ? { manifest: MediaType.dockerManifest, config: MediaType.dockerConfig, layer: MediaType.dockerLayer }
      : { manifest: MediaType.ociManifest, config: MediaType.ociConfig, layer: MediaType.ociLayer };
  const blobs = new Map<string, Buffer>();
  const layers = classic.layers.map((tar) => {
    const data = gzipSync(tar);
    const digest = sha256Digest(data);
    blobs.set(digest, data);
    return { mediaType: types.layer, digest, size: data.length };
  });
  const configDescriptor = { mediaType: types.config, digest: sha256Digest(configBytes), size: configBytes.length };
  blobs.set(configDescriptor.digest, configBytes);
  const manifest = Buffer.from(
    `${JSON.stringify({ schemaVersion: 2, mediaType: types.manifest, config: configDescriptor, layers }, null, 3)}\n`,
  );
  return {
    digest: sha256Digest(manifest),
    manifest,
    mediaType: types.manifest,
    size: manifest.length,
    platform,
    config: configDescriptor,
    layers,
    blobs,
  };
}

/** An OCI index over real images, one per platform. */
export async function realIndex(seed: string, platforms: { os: string; architecture: string; variant?: string }[]): Promise<BuiltIndex> {
  const children = await Promise.all(platforms.map((p, i) => realImage(`${seed}/${i}`, 'oci', p)));
  const manifest = Buffer.from(
    `${JSON.stringify(
      {
        schemaVersion: 2,
        mediaType: MediaType.ociIndex,
        manifests: children.map((c) => ({ mediaType: c.mediaType, digest: c.digest, size: c.size, platform: c.platform })),
      },
      null,
      3,
    )}\n`,
  );
  return { digest: sha256Digest(manifest), manifest, mediaType: MediaType.ociIndex, size: manifest.length, children };
}

/**
 * Push what `reference` names in a store to a harness registry with raw Distribution API calls (test images are
 * small, so blobs are buffered): the stand-in for the engine's registry side until it is wired to file stores.
 */
export async function pushFromStore(registry: RegistryTarget, repo: string, tag: string, store: Store, reference: string): Promise<string> {
  const session = openSession(registry);
  const pushImage = async (image: Manifest): Promise<void> => {
    for (const blob of image.blobs) {
      const data = await buffer(await store.readBlob(blob));
      const started = await session.expect({ method: 'POST', path: `/v2/${repo}/blobs/uploads/` }, 202);
      const location = header(started, 'location')!;
      const target = `${location}${location.includes('?') ? '&' : '?'}digest=${encodeURIComponent(blob.digest)}`;
      await session.expect({ method: 'PUT', path: target, headers: { 'content-type': 'application/octet-stream' }, body: data }, 201);
    }
  };
  const putManifest = (ref: string, manifest: Manifest): Promise<unknown> =>
    session.expect(
      { method: 'PUT', path: `/v2/${repo}/manifests/${ref}`, headers: { 'content-type': manifest.mediaType }, body: manifest.bytes },
      201,
    );
  const top = await store.getManifest(reference);
  for (const child of top.manifests) {
    const manifest = await store.getManifest(child.digest);
    await pushImage(manifest);
    await putManifest(child.digest, manifest);
  }
  if (top.kind === 'image') await pushImage(top);
  await putManifest(tag, top);
  return top.digest;
}
