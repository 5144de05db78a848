// Manifest media types hoist understands, and the Accept header that asks for all of them.

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const DOCKER_SCHEMA1 = 'application/vnd.docker.distribution.manifest.v1+json';
export const DOCKER_SCHEMA1_SIGNED = 'application/vnd.docker.distribution.manifest.v1+prettyjws';
export const OCI_IMAGE_CONFIG = 'application/vnd.oci.image.config.v1+json';
export const DOCKER_IMAGE_CONFIG = 'application/vnd.docker.container.image.v1+json';

const INDEX_TYPES = new Set([OCI_INDEX, DOCKER_LIST]);
const IMAGE_TYPES = new Set([OCI_MANIFEST, DOCKER_MANIFEST]);

/** Every manifest type we can copy, most preferred first. Schema 1 is deliberately absent: it cannot be copied digest-stable. */
export const MANIFEST_ACCEPT = [OCI_INDEX, DOCKER_LIST, OCI_MANIFEST, DOCKER_MANIFEST].join(', ');

export function isIndex(mediaType: string): boolean {
  return INDEX_TYPES.has(mediaType);
}

export function isImageManifest(mediaType: string): boolean {
  return IMAGE_TYPES.has(mediaType);
}

export function isImageConfig(mediaType: string): boolean {
  return mediaType === OCI_IMAGE_CONFIG || mediaType === DOCKER_IMAGE_CONFIG;
}

/** Strip parameters (`; charset=utf-8`) that some registries add to Content-Type. */
export function baseMediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Layers a registry is not expected to hold (Windows base layers, licensed content): Docker's foreign layers and
 * OCI's non-distributable ones, fetched from their `urls` by whoever runs the image.
 */
export function isForeignLayer(mediaType: string): boolean {
  return (
    mediaType === 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip' ||
    mediaType.startsWith('application/vnd.oci.image.layer.nondistributable.')
  );
}
