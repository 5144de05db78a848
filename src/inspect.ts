// What `hoist inspect` shows: digest, media type, platforms, layers and sizes, and the config's history.
import type { Manifest } from './oci/manifest.ts';
import { formatPlatform, platformMatches, type Platform } from './oci/platform.ts';
import type { Store } from './store/store.ts';

export interface ImageDetails {
  readonly digest: string;
  readonly mediaType: string;
  readonly platform: string | undefined;
  readonly created: string | undefined;
  readonly config: { readonly digest: string; readonly size: number; readonly mediaType: string } | undefined;
  readonly layers: ReadonlyArray<{ readonly digest: string; readonly size: number; readonly mediaType: string }>;
  readonly size: number;
  readonly history: ReadonlyArray<{
    readonly created?: string;
    readonly createdBy?: string;
    readonly emptyLayer?: boolean;
    readonly comment?: string;
  }>;
}

export interface InspectResult {
  readonly reference: string;
  readonly digest: string;
  readonly mediaType: string;
  /** For an index: its entries. */
  readonly manifests: ReadonlyArray<{
    readonly digest: string;
    readonly platform: string | undefined;
    readonly size: number;
    readonly mediaType: string;
  }>;
  /** The images shown in detail: the image itself, or the index entries (one, with --platform). */
  readonly images: readonly ImageDetails[];
}

const MAX_CONFIG_BYTES = 8 * 1024 * 1024;

/** `reference` is a tag or digest in `store`; `text` is how the user wrote the whole reference. */
export async function inspectImage(store: Store, reference: string, text: string, platform?: Platform): Promise<InspectResult> {
  const root = await store.getManifest(reference);
  let images: Manifest[];
  if (root.kind === 'index') {
    const entries = root.manifests.filter(
      (d) => d.platform?.os !== 'unknown' && (!platform || (d.platform && platformMatches(platform, d.platform))),
    );
    if (platform && entries.length === 0) {
      const have = root.manifests.filter((d) => d.platform && d.platform.os !== 'unknown').map((d) => formatPlatform(d.platform!));
      throw new Error(`${text} has no image for platform ${formatPlatform(platform)}; it has ${have.join(', ')}`);
    }
    images = await Promise.all(entries.map((d) => store.getManifest(d.digest)));
  } else {
    images = [root];
  }
  return {
    reference: text,
    digest: root.digest,
    mediaType: root.mediaType,
    manifests: root.manifests.map((d) => ({
      digest: d.digest,
      platform: d.platform ? formatPlatform(d.platform) : undefined,
      size: d.size,
      mediaType: d.mediaType,
    })),
    images: await Promise.all(images.map((image) => details(store, image))),
  };
}

async function details(store: Store, image: Manifest): Promise<ImageDetails> {
  const layers = image.blobs.slice(1).map((b) => ({ digest: b.digest, size: b.size, mediaType: b.mediaType }));
  let config: Record<string, unknown> = {};
  if (image.config && image.config.size <= MAX_CONFIG_BYTES && image.config.mediaType.endsWith('json')) {
    const chunks: Buffer[] = [];
    for await (const chunk of await store.readBlob(image.config)) chunks.push(chunk as Buffer);
    try {
      config = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    } catch {
      config = {};
    }
  }
  const history = Array.isArray(config['history']) ? (config['history'] as Array<Record<string, unknown>>) : [];
  const os = typeof config['os'] === 'string' ? config['os'] : undefined;
  const architecture = typeof config['architecture'] === 'string' ? config['architecture'] : undefined;
  const variant = typeof config['variant'] === 'string' ? config['variant'] : undefined;
  return {
    digest: image.digest,
    mediaType: image.mediaType,
    platform: os && architecture ? formatPlatform({ os, architecture, ...(variant && { variant }) }) : undefined,
    created: typeof config['created'] === 'string' ? config['created'] : undefined,
    config: image.config ? { digest: image.config.digest, size: image.config.size, mediaType: image.config.mediaType } : undefined,
    layers,
    size: layers.reduce((sum, l) => sum + l.size, 0) + (image.config?.size ?? 0),
    history: history.map((h) => ({
      ...(typeof h['created'] === 'string' && { created: h['created'] }),
      ...(typeof h['created_by'] === 'string' && { createdBy: h['created_by'] }),
      ...(h['empty_layer'] === true && { emptyLayer: true }),
      ...(typeof h['comment'] === 'string' && { comment: h['comment'] }),
    })),
  };
}
