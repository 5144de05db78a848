// The plan for one index assembled from several sources (per-platform builds, or indexes and images together):
// each source's manifests and blobs are read from its own store, the new index goes up last.
import { assembleIndex } from '../merge/assemble.ts';
import { readPlatform } from '../merge/image-platform.ts';
import type { Descriptor, Manifest } from '../oci/manifest.ts';
import { formatPlatform, type Platform } from '../oci/platform.ts';
import type { Store } from '../store/store.ts';
import { copyError } from './copy-error.ts';
import { buildPlan, type Plan } from './plan.ts';
import type { Endpoint } from './resolve.ts';

export interface MergePart {
  readonly endpoint: Endpoint;
  readonly manifest: Manifest;
}

export interface MergePlan extends Plan {
  /** Each platform of the new index and the source it came from, for the summary. */
  readonly merged: ReadonlyArray<{ readonly platform: string; readonly source: string }>;
}

export async function buildMergePlan(
  parts: readonly MergePart[],
  options: { readonly annotations?: Readonly<Record<string, string>> | undefined; readonly platforms?: readonly Platform[] | undefined },
): Promise<MergePlan> {
  const indexParts = await Promise.all(
    parts.map(async ({ endpoint, manifest }) => {
      if (manifest.kind === 'index') return { source: endpoint.text, manifest };
      try {
        return { source: endpoint.text, manifest, platform: await readPlatform(endpoint.store, manifest, endpoint.text) };
      } catch (error) {
        throw copyError('source', 'plan', manifest.digest, endpoint.text, error);
      }
    }),
  );
  const assembled = assembleIndex(indexParts, {
    ...(options.annotations && { annotations: options.annotations }),
    ...(options.platforms && { platforms: options.platforms }),
  });
  const partOf = new Map(parts.map((p) => [p.endpoint.text, p]));
  const stores = new Map<string, Store>();
  const manifests = new Map<string, Manifest>();
  const blobs = new Map<string, Descriptor>();
  const foreign = new Map<string, Descriptor>();
  const warnings: string[] = [];
  // Each entry's graph, from its own source; the same digest from two sources is read once.
  const children = await Promise.all(
    assembled.entries.map(async (entry) => {
      const part = partOf.get(entry.source)!;
      const store = part.endpoint.store;
      const child = entry.descriptor.digest === part.manifest.digest ? part.manifest : await store.getManifest(entry.descriptor.digest);
      return { store, plan: await buildPlan(store, child, undefined) };
    }),
  );
  for (const { store, plan } of children) {
    for (const m of plan.manifests) {
      if (!manifests.has(m.digest)) manifests.set(m.digest, m);
      if (!stores.has(m.digest)) stores.set(m.digest, store);
    }
    for (const b of plan.blobs) {
      if (!blobs.has(b.digest)) blobs.set(b.digest, b);
      if (!stores.has(b.digest)) stores.set(b.digest, store);
    }
    for (const b of plan.foreignSkipped) foreign.set(b.digest, b);
    warnings.push(...plan.warnings);
  }
  const root = assembled.manifest;
  const first = parts[0]!.endpoint.store;
  return {
    root,
    manifests: [...manifests.values(), root],
    blobs: [...blobs.values()],
    foreignSkipped: [...foreign.values()],
    platforms: assembled.platforms.map((p) => formatPlatform(p.platform)),
    rewritten: false,
    warnings,
    sourceOf: (digest) => stores.get(digest) ?? first,
    merged: assembled.platforms.map((p) => ({ platform: formatPlatform(p.platform), source: p.source })),
  };
}
