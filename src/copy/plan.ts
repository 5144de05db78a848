// What to push: walk the source graph from the root (index -> manifests -> config + layers), verifying every
// manifest, applying the platform selection, and deduplicating blobs by digest.
import { digestOf } from '../oci/digest.ts';
import { parseManifest, type Descriptor, type Manifest } from '../oci/manifest.ts';
import { formatPlatform, platformMatches, type Platform } from '../oci/platform.ts';
import type { RegistryClient } from '../store/registry/client.ts';

export interface Plan {
  /** The manifest the targets' tags will point at. */
  readonly root: Manifest;
  /** Every manifest to push, children before their parents, the root last. */
  readonly manifests: readonly Manifest[];
  /** Every blob any of those manifests needs, once each. */
  readonly blobs: readonly Descriptor[];
  /** Platforms of the pushed image (from the index entries, or the single image's config when read). */
  readonly platforms: readonly string[];
  /** True when a platform selection produced a new index whose digest differs from the source's. */
  readonly rewritten: boolean;
}

export class PlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanError';
  }
}

const MAX_DEPTH = 4; // index -> index -> manifest is the deepest seen in practice; more is a loop or abuse

/** Fetch the source graph below `root` and decide what goes up. */
export async function buildPlan(
  client: RegistryClient,
  repository: string,
  root: Manifest,
  wanted: readonly Platform[] | undefined,
): Promise<Plan> {
  let top = root;
  let rewritten = false;
  let selectedPlatforms: string[] = [];
  if (wanted && wanted.length > 0) {
    if (root.kind !== 'index') {
      throw new PlanError(
        `platforms was given, but the source is a single-platform image (${root.mediaType}), not a multi-platform index; remove platforms or point source at a multi-platform image`,
      );
    }
    const images = selectPlatforms(root, wanted);
    selectedPlatforms = images.map((e) => formatPlatform(e.platform!));
    if (images.length === 1) {
      top = await client.getManifest(repository, images[0]!.digest);
    } else {
      const entries = withAttestations(root, images);
      if (entries.length < root.manifests.length) {
        top = filteredIndex(root, entries);
        rewritten = true;
      }
    }
  }

  const manifests: Manifest[] = [];
  const blobs = new Map<string, Descriptor>();
  const seen = new Set<string>();
  const visit = async (manifest: Manifest, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH) throw new PlanError(`the source nests indexes more than ${MAX_DEPTH} deep at ${manifest.digest}`);
    if (manifest.kind === 'index') {
      // Children are independent: fetch them in parallel, then keep the index's order for pushing.
      const children = await Promise.all(
        manifest.manifests.map((d) => (seen.has(d.digest) ? undefined : (seen.add(d.digest), client.getManifest(repository, d.digest)))),
      );
      for (const child of children) if (child) await visit(child, depth + 1);
    } else {
      for (const blob of manifest.blobs) if (!blobs.has(blob.digest)) blobs.set(blob.digest, blob);
    }
    manifests.push(manifest);
  };
  seen.add(top.digest);
  await visit(top, 0);

  const platforms =
    selectedPlatforms.length > 0 && top.kind !== 'index'
      ? selectedPlatforms
      : top.kind === 'index'
        ? top.manifests.filter((d) => d.platform && d.platform.os !== 'unknown').map((d) => formatPlatform(d.platform!))
        : [];
  return { root: top, manifests, blobs: [...blobs.values()], platforms, rewritten };
}

/** The index entries matching the wanted platforms; an error naming what the source has when one is missing. */
export function selectPlatforms(index: Manifest, wanted: readonly Platform[]): Descriptor[] {
  const images = index.manifests.filter((d) => d.platform && d.platform.os !== 'unknown');
  const chosen = new Set<Descriptor>();
  for (const platform of wanted) {
    const matches = images.filter((d) => platformMatches(platform, d.platform!));
    if (matches.length === 0) {
      const available = images.map((d) => formatPlatform(d.platform!));
      throw new PlanError(
        `the source has no image for platform ${formatPlatform(platform)}; it has ${available.join(', ') || 'no platform entries'}`,
      );
    }
    for (const match of matches) chosen.add(match);
  }
  return images.filter((d) => chosen.has(d));
}

/** The chosen images plus the attestations (unknown/unknown entries) that describe them, so provenance stays attached. */
function withAttestations(index: Manifest, images: readonly Descriptor[]): Descriptor[] {
  const digests = new Set(images.map((d) => d.digest));
  return index.manifests.filter((d) => {
    if (digests.has(d.digest)) return true;
    const subject = d.annotations?.['vnd.docker.reference.digest'];
    return d.platform?.os === 'unknown' && subject !== undefined && digests.has(subject);
  });
}

/** A new index with only the chosen entries; everything else in the document is kept as it was. */
function filteredIndex(index: Manifest, entries: readonly Descriptor[]): Manifest {
  const kept = new Set(entries.map((e) => e.digest));
  const raw = index.json['manifests'] as Array<{ digest?: string }>;
  const json = { ...index.json, manifests: raw.filter((m) => typeof m.digest === 'string' && kept.has(m.digest)) };
  const bytes = Buffer.from(JSON.stringify(json, null, 2) + '\n');
  return parseManifest(bytes, index.mediaType, digestOf(bytes));
}
