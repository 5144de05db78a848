// Images for the in-memory store: small layers and configs, single images and indexes, built from bytes so
// every digest is real.
import { OCI_INDEX, OCI_MANIFEST } from '../../src/oci/media-types.ts';
import type { Descriptor, Manifest } from '../../src/oci/manifest.ts';
import type { MemoryStore } from './memory-store.ts';

export function seedImage(
  store: MemoryStore,
  name: string,
  options: { layers?: string[]; tag?: string; layerTypes?: string[]; extraLayers?: Descriptor[] } = {},
): Manifest {
  const config = store.seedBlob(
    Buffer.from(JSON.stringify({ os: 'linux', architecture: 'amd64', name })),
    'application/vnd.oci.image.config.v1+json',
  );
  const layers = (options.layers ?? [`${name}-layer`]).map((text, i) =>
    store.seedBlob(Buffer.from(text), options.layerTypes?.[i] ?? 'application/vnd.oci.image.layer.v1.tar+gzip'),
  );
  return store.seedManifest(
    { schemaVersion: 2, mediaType: OCI_MANIFEST, config, layers: [...layers, ...(options.extraLayers ?? [])] },
    OCI_MANIFEST,
    options.tag,
  );
}

export function seedIndex(
  store: MemoryStore,
  entries: Array<{
    manifest: Manifest;
    platform?: { os: string; architecture: string; variant?: string };
    annotations?: Record<string, string>;
  }>,
  tag?: string,
): Manifest {
  return store.seedManifest(
    {
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: entries.map((e) => ({
        mediaType: e.manifest.mediaType,
        digest: e.manifest.digest,
        size: e.manifest.bytes.length,
        ...(e.platform && { platform: e.platform }),
        ...(e.annotations && { annotations: e.annotations }),
      })),
    },
    OCI_INDEX,
    tag,
  );
}
