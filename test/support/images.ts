/**
 * Build deterministic test images and push/read them with raw Distribution
 * API calls (never the product code).
 *
 * Content is a pure function of the seed: the same seed gives byte-identical
 * blobs and manifests (so digests are stable across runs), different seeds
 * give unrelated content (so tests sharing a registry don't collide by accident).
 * Layer blobs are pseudo-random bytes labelled as gzip tarballs: registries
 * never look inside layers, and random data doesn't compress, which keeps
 * transfer sizes honest.
 */
import { createCipheriv, createHash } from 'node:crypto';
import { header } from './http.ts';
import { openSession } from './registry-client.ts';
import type { Credentials, RegistrySession, RegistryTarget } from './registry-client.ts';

export const MediaType = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
} as const;

/** Accept header covering every manifest and index type we produce. */
export const MANIFEST_ACCEPT = [MediaType.ociIndex, MediaType.ociManifest, MediaType.dockerList, MediaType.dockerManifest].join(', ');

export type ImageFlavor = 'oci' | 'docker';

const FLAVORS = {
  oci: { manifest: MediaType.ociManifest, index: MediaType.ociIndex, config: MediaType.ociConfig, layer: MediaType.ociLayer },
  docker: { manifest: MediaType.dockerManifest, index: MediaType.dockerList, config: MediaType.dockerConfig, layer: MediaType.dockerLayer },
} as const;

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
}

export const DEFAULT_PLATFORMS: readonly Platform[] = [
  { os: 'linux', architecture: 'amd64' },
  { os: 'linux', architecture: 'arm64', variant: 'v8' },
  { os: 'linux', architecture: 'arm', variant: 'v7' },
];

export function sha256Digest(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** Pseudo-random bytes determined by `seed` (AES-256-CTR keystream: fast, and good enough noise). */
export function deterministicBytes(seed: string, size: number): Buffer {
  const key = createHash('sha256').update(seed).digest();
  const cipher = createCipheriv('aes-256-ctr', key, Buffer.alloc(16));
  return Buffer.concat([cipher.update(Buffer.alloc(size)), cipher.final()]);
}

export function platformString(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

/**
 * Pretty-printed, like most real tooling emits. Matters for tests: a manifest's
 * digest is over its exact bytes, so any client that re-serializes instead of
 * copying bytes verbatim changes the digest and gets caught.
 */
function encodeManifest(value: object): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 3)}\n`);
}

// Fixed so that identical seeds give identical configs (and digests) on every run.
const CREATED = '2024-01-01T00:00:00Z';

export interface BuildImageOptions {
  /** Makes the content unique; required so tests choose distinct content on purpose. */
  seed: string;
  /** Number of unique layers on top of `sharedLayers` (default 3). */
  layers?: number;
  /** Size of each unique layer in bytes (default 64 KiB). */
  layerSize?: number;
  mediaType?: ImageFlavor;
  /** Layer contents placed below the unique layers, e.g. a base layer shared between images. */
  sharedLayers?: Buffer[];
  /** Default linux/amd64. */
  platform?: Platform;
}

export interface BuiltImage {
  /** Digest of `manifest`, i.e. what Docker-Content-Digest should say. */
  digest: string;
  manifest: Buffer;
  mediaType: string;
  size: number;
  platform: Platform;
  config: Descriptor;
  layers: Descriptor[];
  /** Content of the config and every layer, by digest (handy to verify copied blobs). */
  blobs: Map<string, Buffer>;
}

/** Build an image in memory without pushing it. */
export function buildImage(options: BuildImageOptions): BuiltImage {
  const flavor = FLAVORS[options.mediaType ?? 'oci'];
  const platform = options.platform ?? { os: 'linux', architecture: 'amd64' };
  const layerSize = options.layerSize ?? 64 * 1024;
  const unique = Array.from({ length: options.layers ?? 3 }, (_, i) => deterministicBytes(`${options.seed}/layer/${i}`, layerSize));
  const layerData = [...(options.sharedLayers ?? []), ...unique];
  const blobs = new Map<string, Buffer>();
  const layers: Descriptor[] = layerData.map((data) => {
    const digest = sha256Digest(data);
    blobs.set(digest, data);
    return { mediaType: flavor.layer, digest, size: data.length };
  });

  // A plausible image config. diff_ids should be digests of the *uncompressed*
  // layers; our "gzip" layers are fake, so reuse the blob digests.
  const configData = Buffer.from(
    JSON.stringify({
      created: CREATED,
      architecture: platform.architecture,
      ...(platform.variant ? { variant: platform.variant } : {}),
      os: platform.os,
      config: {
        Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
        Cmd: ['/bin/sh'],
        Labels: { 'org.opencontainers.image.title': `hoist-test ${options.seed}` },
      },
      rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
      history: layers.map((_, i) => ({ created: CREATED, created_by: `/bin/sh -c #(nop) hoist test layer ${i}` })),
    }),
  );
  const config: Descriptor = { mediaType: flavor.config, digest: sha256Digest(configData), size: configData.length };
  blobs.set(config.digest, configData);

  const manifest = encodeManifest({
    schemaVersion: 2,
    mediaType: flavor.manifest,
    config: { mediaType: config.mediaType, digest: config.digest, size: config.size },
    layers: layers.map((l) => ({ mediaType: l.mediaType, digest: l.digest, size: l.size })),
  });
  return { digest: sha256Digest(manifest), manifest, mediaType: flavor.manifest, size: manifest.length, platform, config, layers, blobs };
}

export interface BuildIndexOptions {
  seed: string;
  /** Default linux/amd64, linux/arm64/v8, linux/arm/v7. */
  platforms?: readonly Platform[];
  /** All children start with the same base layer (default true), so copies can dedupe blobs across platforms. */
  sharedBaseLayer?: boolean;
  /** Unique layers per child (default 2). */
  layers?: number;
  layerSize?: number;
  mediaType?: ImageFlavor;
}

export interface BuiltIndex {
  digest: string;
  manifest: Buffer;
  mediaType: string;
  size: number;
  children: BuiltImage[];
}

export function buildIndex(options: BuildIndexOptions): BuiltIndex {
  const flavorName = options.mediaType ?? 'oci';
  const flavor = FLAVORS[flavorName];
  const layerSize = options.layerSize ?? 64 * 1024;
  const base = (options.sharedBaseLayer ?? true) ? [deterministicBytes(`${options.seed}/base`, layerSize)] : [];
  const children = (options.platforms ?? DEFAULT_PLATFORMS).map((platform) =>
    buildImage({
      seed: `${options.seed}/${platformString(platform)}`,
      layers: options.layers ?? 2,
      layerSize,
      mediaType: flavorName,
      sharedLayers: base,
      platform,
    }),
  );
  const manifest = encodeManifest({
    schemaVersion: 2,
    mediaType: flavor.index,
    manifests: children.map((c) => ({
      mediaType: c.mediaType,
      digest: c.digest,
      size: c.size,
      platform: {
        architecture: c.platform.architecture,
        os: c.platform.os,
        ...(c.platform.variant ? { variant: c.platform.variant } : {}),
      },
    })),
  });
  return { digest: sha256Digest(manifest), manifest, mediaType: flavor.index, size: manifest.length, children };
}

// ---------------------------------------------------------------------------
// Pushing

/** One blob into `repo`, by itself (a target that holds some blobs already). */
export async function pushLooseBlob(registry: RegistryTarget, repo: string, data: Buffer, creds?: Credentials): Promise<string> {
  const digest = sha256Digest(data);
  await pushBlob(openSession(registry, creds), repo, digest, data);
  return digest;
}

async function pushBlob(session: RegistrySession, repo: string, digest: string, data: Buffer): Promise<void> {
  const existing = await session.request({ method: 'HEAD', path: `/v2/${repo}/blobs/${digest}` });
  if (existing.status === 200) return;
  const started = await session.expect({ method: 'POST', path: `/v2/${repo}/blobs/uploads/` }, 202);
  const location = header(started, 'location');
  if (!location) throw new Error('upload started without a Location header');
  // Monolithic upload: a single PUT with the whole blob, closing the session.
  const target = `${location}${location.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
  await session.expect({ method: 'PUT', path: target, headers: { 'content-type': 'application/octet-stream' }, body: data }, 201);
}

async function putManifest(
  session: RegistrySession,
  repo: string,
  ref: string,
  manifest: Buffer,
  mediaType: string,
  digest: string,
): Promise<void> {
  const res = await session.expect(
    { method: 'PUT', path: `/v2/${repo}/manifests/${ref}`, headers: { 'content-type': mediaType }, body: manifest },
    201,
  );
  const stored = header(res, 'docker-content-digest');
  if (stored !== digest) throw new Error(`registry stored manifest as ${stored}, expected ${digest}`);
}

async function pushBuiltImage(session: RegistrySession, repo: string, tag: string | undefined, image: BuiltImage): Promise<void> {
  for (const [digest, data] of image.blobs) await pushBlob(session, repo, digest, data);
  await putManifest(session, repo, tag ?? image.digest, image.manifest, image.mediaType, image.digest);
}

export interface PushOptions {
  /** Basic credentials; for token registries they are sent to the token realm. */
  creds?: Credentials;
}

export type PushImageOptions = BuildImageOptions & PushOptions;
export type PushedImage = BuiltImage;

/** Build and push an image; with `tag` undefined the manifest is pushed by digest only. */
export async function pushImage(
  registry: RegistryTarget,
  repo: string,
  tag: string | undefined,
  options: PushImageOptions,
): Promise<PushedImage> {
  const image = buildImage(options);
  await pushBuiltImage(openSession(registry, options.creds), repo, tag, image);
  return image;
}

export type PushIndexOptions = Omit<BuildIndexOptions, 'mediaType'> & PushOptions;
export type PushedIndex = BuiltIndex;

async function pushBuiltIndex(
  registry: RegistryTarget,
  repo: string,
  tag: string | undefined,
  index: BuiltIndex,
  creds?: Credentials,
): Promise<void> {
  const session = openSession(registry, creds);
  // Children first: distribution rejects an index that references unknown manifests.
  for (const child of index.children) await pushBuiltImage(session, repo, undefined, child);
  await putManifest(session, repo, tag ?? index.digest, index.manifest, index.mediaType, index.digest);
}

/** Push a multi-platform OCI image index (children pushed by digest, index by tag). */
export async function pushIndex(
  registry: RegistryTarget,
  repo: string,
  tag: string | undefined,
  options: PushIndexOptions,
): Promise<PushedIndex> {
  const index = buildIndex({ ...options, mediaType: 'oci' });
  await pushBuiltIndex(registry, repo, tag, index, options.creds);
  return index;
}

/** Same as pushIndex with Docker media types (manifest list v2 of schema2 manifests). */
export async function pushDockerList(
  registry: RegistryTarget,
  repo: string,
  tag: string | undefined,
  options: PushIndexOptions,
): Promise<PushedIndex> {
  const index = buildIndex({ ...options, mediaType: 'docker' });
  await pushBuiltIndex(registry, repo, tag, index, options.creds);
  return index;
}

// ---------------------------------------------------------------------------
// Reading back

export interface FetchedManifest {
  status: number;
  /** Docker-Content-Digest response header. */
  digest: string | undefined;
  body: Buffer;
  /** Content-Type response header. */
  mediaType: string | undefined;
}

/** GET a manifest by tag or digest. Never throws on HTTP status: check `status`. */
export async function getManifest(registry: RegistryTarget, repo: string, ref: string, creds?: Credentials): Promise<FetchedManifest> {
  const res = await openSession(registry, creds).request({ path: `/v2/${repo}/manifests/${ref}`, headers: { accept: MANIFEST_ACCEPT } });
  return { status: res.status, digest: header(res, 'docker-content-digest'), body: res.body, mediaType: header(res, 'content-type') };
}

/** HEAD a manifest; returns status and digest without the body. */
export async function headManifest(
  registry: RegistryTarget,
  repo: string,
  ref: string,
  creds?: Credentials,
): Promise<{ status: number; digest: string | undefined; mediaType: string | undefined }> {
  const res = await openSession(registry, creds).request({
    method: 'HEAD',
    path: `/v2/${repo}/manifests/${ref}`,
    headers: { accept: MANIFEST_ACCEPT },
  });
  return { status: res.status, digest: header(res, 'docker-content-digest'), mediaType: header(res, 'content-type') };
}

/** HEAD a blob; 200 when present, 404 when not. */
export async function headBlob(registry: RegistryTarget, repo: string, digest: string, creds?: Credentials): Promise<number> {
  const res = await openSession(registry, creds).request({ method: 'HEAD', path: `/v2/${repo}/blobs/${digest}` });
  return res.status;
}

/** GET a blob's content (the filesystem driver serves it directly, no redirect). */
export async function getBlob(
  registry: RegistryTarget,
  repo: string,
  digest: string,
  creds?: Credentials,
): Promise<{ status: number; body: Buffer }> {
  const res = await openSession(registry, creds).request({ path: `/v2/${repo}/blobs/${digest}` });
  return { status: res.status, body: res.body };
}

/** Tags of a repository; `tags` is empty when the status isn't 200. */
export async function listTags(registry: RegistryTarget, repo: string, creds?: Credentials): Promise<{ status: number; tags: string[] }> {
  const res = await openSession(registry, creds).request({ path: `/v2/${repo}/tags/list` });
  if (res.status !== 200) return { status: res.status, tags: [] };
  const body = JSON.parse(res.body.toString()) as { tags?: string[] | null };
  return { status: res.status, tags: body.tags ?? [] };
}

/** Push blobs and a manifest as given: for shapes the builders above do not make (foreign layers, sha512 blobs). */
export async function pushRaw(
  registry: RegistryTarget,
  repo: string,
  ref: string,
  content: { blobs: ReadonlyMap<string, Buffer>; manifest: Buffer; mediaType: string },
  creds?: Credentials,
): Promise<string> {
  const session = openSession(registry, creds);
  for (const [digest, data] of content.blobs) await pushBlob(session, repo, digest, data);
  const digest = sha256Digest(content.manifest);
  await putManifest(session, repo, ref, content.manifest, content.mediaType, digest);
  return digest;
}
