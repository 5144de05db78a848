// The platform of a single-platform image, read from its config blob: what `docker buildx imagetools create` writes
// into the index entry for it.
import type { Manifest } from '../oci/manifest.ts';
import type { Platform } from '../oci/platform.ts';
import { isImageConfig } from '../oci/media-types.ts';
import type { Store } from '../store/store.ts';
import { MergeError } from './errors.ts';

/** The OCI platform object in full: src/oci's Platform plus `os.features` (Windows images use it). */
export interface ImagePlatform extends Platform {
  readonly 'os.features'?: readonly string[];
}

/** Image configs are kilobytes; a larger "config" is not one worth holding in memory. */
export const MAX_CONFIG_BYTES = 8 * 1024 * 1024;

/**
 * The platform an image config declares (`os`, `architecture`, `variant`, `os.version`, `os.features`).
 * `configJson` is the config's bytes, its text or its parsed object; `sourceText` names the source in errors.
 */
export function platformFromConfig(configJson: Uint8Array | string | object, sourceText: string): ImagePlatform {
  let config: unknown = configJson;
  if (typeof configJson === 'string' || configJson instanceof Uint8Array) {
    const text = typeof configJson === 'string' ? configJson : Buffer.from(configJson).toString('utf8');
    try {
      config = JSON.parse(text);
    } catch {
      throw new MergeError(`the config of ${sourceText} is not valid JSON; expected an image config`);
    }
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new MergeError(`the config of ${sourceText} is not a JSON object; expected an image config`);
  }
  const c = config as Record<string, unknown>;
  const text = (field: 'os' | 'architecture' | 'variant' | 'os.version', required: boolean): string | undefined => {
    const value = c[field];
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string' || value === '') {
      throw new MergeError(
        value === undefined
          ? `the config of ${sourceText} has no "${field}", so its platform is unknown; expected an image built for one platform, with os and architecture in its config`
          : `the config of ${sourceText} has "${field}": ${JSON.stringify(value)}; expected a non-empty string`,
      );
    }
    return value;
  };
  const os = text('os', true)!;
  const architecture = text('architecture', true)!;
  const variant = text('variant', false);
  const osVersion = text('os.version', false);
  const features = c['os.features'];
  if (features !== undefined && !(Array.isArray(features) && features.every((f) => typeof f === 'string'))) {
    throw new MergeError(`the config of ${sourceText} has "os.features": ${JSON.stringify(features)}; expected a list of strings`);
  }
  // Key order as in the OCI spec's Go type (architecture, os, os.version, os.features, variant), as buildx writes it.
  return {
    architecture,
    os,
    ...(osVersion !== undefined && { 'os.version': osVersion }),
    ...(features !== undefined && features.length > 0 && { 'os.features': features }),
    ...(variant !== undefined && { variant }),
  };
}

/**
 * Read an image's config through its store (bounded, verified against its digest by the store's stream) and return
 * its platform. `sourceText` names the source in errors.
 */
export async function readPlatform(store: Pick<Store, 'readBlob'>, manifest: Manifest, sourceText: string): Promise<ImagePlatform> {
  const config = manifest.config;
  if (manifest.kind !== 'image' || config === undefined) {
    throw new MergeError(`${sourceText} is an index (${manifest.mediaType}), not a single image; its entries carry their own platforms`);
  }
  if (!isImageConfig(config.mediaType)) {
    throw new MergeError(
      `${sourceText} is not a container image: its config is "${config.mediaType || 'without a media type'}"; expected an image or an index to merge`,
    );
  }
  if (config.size > MAX_CONFIG_BYTES) {
    throw new MergeError(
      `the config of ${sourceText} is ${config.size} bytes, over the ${MAX_CONFIG_BYTES}-byte limit for an image config`,
    );
  }
  const stream = await store.readBlob(config);
  const chunks: Buffer[] = [];
  let length = 0;
  // Reading to the end matters: the store's stream proves the digest only when it ends.
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > MAX_CONFIG_BYTES) {
      stream.destroy();
      throw new MergeError(`the config of ${sourceText} is over the ${MAX_CONFIG_BYTES}-byte limit for an image config`);
    }
    chunks.push(chunk);
  }
  return platformFromConfig(Buffer.concat(chunks), sourceText);
}
