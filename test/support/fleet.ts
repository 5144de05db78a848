// Seeds a registry with a fleet: many repositories, each with many tags over fewer images (as upstream repositories
// alias one build under several tags), every image on one base layer shared by the whole fleet. Fast on purpose:
// each blob goes up once per repository and every tag is one manifest PUT, many at once (raw API, never src/).
import { header } from './http.ts';
import { buildImage, deterministicBytes, sha256Digest, type BuiltImage } from './images.ts';
import { openSession, type Credentials, type RegistrySession, type RegistryTarget } from './registry-client.ts';

export interface FleetRepository {
  readonly name: string;
  /** Tag → the image it points at. */
  readonly tags: ReadonlyMap<string, BuiltImage>;
}

export interface FleetOptions {
  /** Repository names under which the fleet is pushed (`fleet/r0`, …). */
  readonly repositories: readonly string[];
  readonly tagsPerRepository: number;
  /** Distinct images per repository; tags cycle over them. */
  readonly imagesPerRepository: number;
  /**
   * Distinct sets of blobs per repository (default: one per image). Images beyond them reuse a set under an
   * annotation of their own: a manifest (and digest) of their own without more blobs to push.
   */
  readonly blobSetsPerRepository?: number;
  readonly seed: string;
  /** The base layer every image of the fleet starts with. */
  readonly base?: Buffer;
  /** For a registry that requires them (the benchmark's token-auth registries). */
  readonly creds?: Credentials;
}

/**
 * Tag names a mirror meets: versions (some with a `v`), pre-releases, and words. The i-th of a repository: mostly
 * `1.<minor>.<patch>`, every 10th a pre-release, every 25th a word (`latest`, `stable`, `alpine-<n>`).
 */
export function fleetTag(i: number): string {
  if (i === 0) return 'latest';
  if (i % 25 === 0) return i % 50 === 0 ? `stable-${i}` : `alpine-${i}`;
  if (i % 10 === 0) return `2.${Math.floor(i / 10)}.0-rc.1`;
  return `${i % 7 === 0 ? 'v' : ''}1.${Math.floor(i / 10)}.${i % 10}`;
}

export function fleetBase(seed: string): Buffer {
  return deterministicBytes(`${seed}/fleet-base`, 16 * 1024);
}

export async function seedFleet(registry: RegistryTarget, options: FleetOptions): Promise<FleetRepository[]> {
  const base = options.base ?? fleetBase(options.seed);
  return Promise.all(
    options.repositories.map(async (name, r) => {
      // A session per repository: with token auth a session holds one repository's token at a time.
      const session = openSession(registry, options.creds);
      const sets = options.blobSetsPerRepository ?? options.imagesPerRepository;
      const built = Array.from({ length: sets }, (_, i) =>
        buildImage({ seed: `${options.seed}/${name}/${i}`, layers: 1, layerSize: 1024 * (1 + ((i * 7 + r) % 12)), sharedLayers: [base] }),
      );
      const images = Array.from({ length: options.imagesPerRepository }, (_, i) =>
        i < sets ? built[i]! : annotated(built[i % sets]!, { 'org.opencontainers.image.revision': `${options.seed}/${name}/${i}` }),
      );
      const blobs = new Map<string, Buffer>();
      for (const image of images) for (const [digest, data] of image.blobs) blobs.set(digest, data);
      await inBatches([...blobs], 8, ([digest, data]) => pushBlob(session, name, digest, data));
      const tags = new Map<string, BuiltImage>();
      for (let i = 0; i < options.tagsPerRepository; i++) tags.set(fleetTag(i), images[i % images.length]!);
      await inBatches([...tags], 16, ([tag, image]) => putManifest(session, name, tag, image));
      return { name, tags };
    }),
  );
}

/** The same image under an annotation: new manifest bytes and digest, the same blobs. */
function annotated(image: BuiltImage, annotations: Record<string, string>): BuiltImage {
  const json = JSON.parse(image.manifest.toString('utf8')) as Record<string, unknown>;
  const manifest = Buffer.from(`${JSON.stringify({ ...json, annotations }, null, 3)}\n`);
  return { ...image, manifest, digest: sha256Digest(manifest), size: manifest.length };
}

async function pushBlob(session: RegistrySession, repo: string, digest: string, data: Buffer): Promise<void> {
  const started = await session.expect({ method: 'POST', path: `/v2/${repo}/blobs/uploads/` }, 202);
  const location = header(started, 'location')!;
  const target = `${location}${location.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
  await session.expect({ method: 'PUT', path: target, headers: { 'content-type': 'application/octet-stream' }, body: data }, 201);
}

export async function putManifest(session: RegistrySession, repo: string, tag: string, image: BuiltImage): Promise<void> {
  await session.expect(
    { method: 'PUT', path: `/v2/${repo}/manifests/${tag}`, headers: { 'content-type': image.mediaType }, body: image.manifest },
    201,
  );
}

async function inBatches<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}
