// Manifests are kept as the exact bytes the registry served: digests are computed from bytes, never re-serialised.
import { parseDigest } from './digest.ts';
import {
  DOCKER_LIST,
  DOCKER_MANIFEST,
  DOCKER_SCHEMA1,
  DOCKER_SCHEMA1_SIGNED,
  OCI_INDEX,
  OCI_MANIFEST,
  baseMediaType,
  isImageConfig,
  isImageManifest,
  isIndex,
} from './media-types.ts';
import type { Platform } from './platform.ts';

/** Larger manifests are refused, as registries do (distribution caps manifests at 4 MiB). */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

export interface Descriptor {
  readonly mediaType: string;
  readonly digest: string;
  readonly size: number;
  readonly platform?: Platform;
  readonly annotations?: Record<string, string>;
  readonly artifactType?: string;
}

export interface Manifest {
  readonly bytes: Buffer;
  readonly mediaType: string;
  readonly digest: string;
  /** `index` lists other manifests; `image` has a config and layers (also OCI artifacts, which we copy as they are). */
  readonly kind: 'index' | 'image';
  /** For an index: the manifests it lists. */
  readonly manifests: readonly Descriptor[];
  /** For an image: config first, then layers. */
  readonly blobs: readonly Descriptor[];
  readonly config?: Descriptor;
  /** The JSON object, for building a filtered index. */
  readonly json: Record<string, unknown>;
}

export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

/**
 * Parse manifest bytes. The media type comes from the Content-Type the registry sent, else from the document's
 * own `mediaType`, else from its shape (OCI allows omitting it).
 */
export function parseManifest(bytes: Buffer, contentType: string | undefined, digest: string): Manifest {
  if (bytes.length > MAX_MANIFEST_BYTES) {
    throw new ManifestError(`manifest ${digest} is ${bytes.length} bytes, over the ${MAX_MANIFEST_BYTES}-byte limit`);
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new ManifestError(`manifest ${digest} is not valid JSON`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ManifestError(`manifest ${digest} is not a JSON object`);
  }
  const doc = json as Record<string, unknown>;
  const declared = typeof doc['mediaType'] === 'string' ? doc['mediaType'] : undefined;
  let mediaType = baseMediaType(contentType);
  if (mediaType === '' || mediaType === 'application/json' || mediaType === 'application/octet-stream' || mediaType === 'text/plain') {
    mediaType = declared ?? (Array.isArray(doc['manifests']) ? OCI_INDEX : OCI_MANIFEST);
  }
  if (mediaType === DOCKER_SCHEMA1 || mediaType === DOCKER_SCHEMA1_SIGNED || doc['schemaVersion'] === 1) {
    throw new ManifestError(
      `manifest ${digest} is Docker schema 1 (${mediaType}), which is deprecated and cannot be copied with its digest preserved; rebuild or re-push the image with a current client`,
    );
  }
  if (isIndex(mediaType)) {
    const manifests = descriptorList(doc['manifests'], digest, 'manifests');
    return { bytes, mediaType, digest, kind: 'index', manifests, blobs: [], json: doc };
  }
  if (isImageManifest(mediaType) || doc['config'] !== undefined || doc['layers'] !== undefined) {
    const config = descriptor(doc['config'], digest, 'config');
    const layers = doc['layers'] === undefined ? [] : descriptorList(doc['layers'], digest, 'layers');
    return { bytes, mediaType, digest, kind: 'image', manifests: [], blobs: [config, ...layers], config, json: doc };
  }
  throw new ManifestError(
    `manifest ${digest} has media type "${mediaType}", which is neither an image manifest nor an index (expected one of ${[OCI_INDEX, DOCKER_LIST, OCI_MANIFEST, DOCKER_MANIFEST].join(', ')})`,
  );
}

function descriptorList(value: unknown, owner: string, field: string): Descriptor[] {
  if (!Array.isArray(value)) throw new ManifestError(`manifest ${owner} has no "${field}" list`);
  return value.map((item, i) => descriptor(item, owner, `${field}[${i}]`));
}

function descriptor(value: unknown, owner: string, field: string): Descriptor {
  if (typeof value !== 'object' || value === null) throw new ManifestError(`manifest ${owner} has no valid "${field}"`);
  const d = value as Record<string, unknown>;
  const digest = d['digest'];
  const size = d['size'];
  const mediaType = d['mediaType'];
  if (typeof digest !== 'string') throw new ManifestError(`manifest ${owner}: "${field}" has no digest`);
  try {
    parseDigest(digest);
  } catch (error) {
    throw new ManifestError(`manifest ${owner}: "${field}" ${(error as Error).message}`);
  }
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
    throw new ManifestError(`manifest ${owner}: "${field}" has no valid size`);
  }
  const result: Descriptor = {
    mediaType: typeof mediaType === 'string' ? mediaType : '',
    digest,
    size,
    ...(isPlatform(d['platform']) && { platform: d['platform'] }),
    ...(typeof d['annotations'] === 'object' && d['annotations'] !== null && { annotations: d['annotations'] as Record<string, string> }),
    ...(typeof d['artifactType'] === 'string' && { artifactType: d['artifactType'] }),
  };
  return result;
}

function isPlatform(value: unknown): value is Platform {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return typeof p['os'] === 'string' && typeof p['architecture'] === 'string';
}

/** True when the manifest is an image whose config is a container image config (not an artifact such as a chart). */
export function isContainerImage(manifest: Manifest): boolean {
  return manifest.kind === 'index' || (manifest.config !== undefined && isImageConfig(manifest.config.mediaType));
}
