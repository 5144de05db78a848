// What to push: walk the source graph from the root (index -> manifests -> config + layers), verifying every
// manifest, applying the platform selection (through nested indexes), and deduplicating blobs by digest.
import { digestOf } from '../oci/digest.ts';
import { parseManifest, type Descriptor, type Manifest } from '../oci/manifest.ts';
import { isForeignLayer } from '../oci/media-types.ts';
import { formatPlatform, platformMatches, type Platform } from '../oci/platform.ts';
import type { Store } from '../store/store.ts';

export interface Plan {
  /** The manifest the targets' tags will point at. */
  readonly root: Manifest;
  /** Every manifest to push, children before their parents, the root last. */
  readonly manifests: readonly Manifest[];
  /** Every blob any of those manifests needs, once each (foreign layers the source lacks left out). */
  readonly blobs: readonly Descriptor[];
  /** Foreign or non-distributable layers the source does not hold: skipped, as skopeo and crane do. */
  readonly foreignSkipped: readonly Descriptor[];
  /** Platforms of the pushed image (from the index entries, or the selection). */
  readonly platforms: readonly string[];
  /** True when a platform selection produced a new index whose digest differs from the source's. */
  readonly rewritten: boolean;
  readonly warnings: readonly string[];
  /** Where each manifest and blob is read from: the source, or for an index assembled from several, its part's. */
  readonly sourceOf: (digest: string) => Store;
}

export class PlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanError';
  }
}

const MAX_DEPTH = 4; // index -> index -> manifest is the deepest seen in practice; more is a loop or abuse

/** An image entry found in an index, with the index that lists it (its raw JSON entry is kept from there). */
export interface Leaf {
  readonly descriptor: Descriptor;
  readonly parent: Manifest;
}

/** Fetch the source graph below `root` and decide what goes up. */
export async function buildPlan(
  source: Store,
  root: Manifest,
  wanted: readonly Platform[] | undefined,
  annotations?: Readonly<Record<string, string>>,
): Promise<Plan> {
  let top = root;
  let rewritten = false;
  let selectedPlatforms: string[] = [];
  const warnings: string[] = [];
  if (wanted && wanted.length > 0) {
    if (root.kind !== 'index') {
      throw new PlanError(
        `platforms was given, but the source is a single-platform image (${root.mediaType}), not a multi-platform index; remove platforms or point source at a multi-platform image`,
      );
    }
    const leaves = await platformLeaves(source, root);
    const chosen = selectPlatforms(leaves, wanted);
    selectedPlatforms = chosen.map((l) => formatPlatform(l.descriptor.platform!));
    if (chosen.length === 1) {
      const only = chosen[0]!;
      const dropped = attestationsOf(leaves, only);
      if (dropped.length > 0) {
        warnings.push(
          `Selecting the one platform ${selectedPlatforms[0]} pushes its image manifest ${only.descriptor.digest} alone, without the ${dropped.length === 1 ? 'attestation manifest' : 'attestation manifests'} ${dropped.map((d) => d.descriptor.digest).join(', ')} (provenance, SBOM) that the source's index keeps beside it; select no platforms, or several, to keep ${dropped.length === 1 ? 'it' : 'them'}.`,
        );
      }
      top = await source.getManifest(only.descriptor.digest);
    } else {
      const entries = chosen.flatMap((leaf) => [leaf, ...attestationsOf(leaves, leaf)]);
      const flat = leaves.every((l) => l.parent === root);
      if (!flat || entries.length < root.manifests.length || annotations !== undefined) {
        top = filteredIndex(root, entries, annotations);
        rewritten = true;
      }
    }
  }
  if (annotations !== undefined && !rewritten) {
    throw new PlanError(
      'annotations were given, but this copy builds no index (they apply to an index hoist assembles from several sources or several selected platforms); annotating the source would change its digest',
    );
  }

  const manifests: Manifest[] = [];
  const blobs = new Map<string, Descriptor>();
  const seen = new Set<string>([top.digest]);
  const visit = async (manifest: Manifest, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH) throw new PlanError(`the source nests indexes more than ${MAX_DEPTH} deep at ${manifest.digest}`);
    if (manifest.kind === 'index') {
      // Children are independent: fetch them in parallel, then keep the index's order for pushing.
      const children = await Promise.all(
        manifest.manifests.map((d) =>
          seen.has(d.digest) ? Promise.resolve(undefined) : (seen.add(d.digest), source.getManifest(d.digest)),
        ),
      );
      for (const child of children) if (child) await visit(child, depth + 1);
    } else {
      for (const blob of manifest.blobs) if (!blobs.has(blob.digest)) blobs.set(blob.digest, blob);
    }
    manifests.push(manifest);
  };
  await visit(top, 0);

  // Foreign layers usually live only at their `urls`; copy the ones the source does hold.
  const foreign = [...blobs.values()].filter((b) => isForeignLayer(b.mediaType));
  const held = await Promise.all(foreign.map((b) => source.hasBlob(b)));
  const foreignSkipped = foreign.filter((_, i) => !held[i]);
  for (const blob of foreignSkipped) blobs.delete(blob.digest);

  const platforms =
    selectedPlatforms.length > 0 && top.kind !== 'index'
      ? selectedPlatforms
      : top.kind === 'index'
        ? top.manifests.filter((d) => d.platform && d.platform.os !== 'unknown').map((d) => formatPlatform(d.platform!))
        : [];
  return { root: top, manifests, blobs: [...blobs.values()], foreignSkipped, platforms, rewritten, warnings, sourceOf: () => source };
}

/** Every entry of an index and of the indexes nested in it, with the index that lists it. */
async function platformLeaves(source: Store, index: Manifest, depth = 0): Promise<Leaf[]> {
  if (depth > MAX_DEPTH) throw new PlanError(`the source nests indexes more than ${MAX_DEPTH} deep at ${index.digest}`);
  const nested = await Promise.all(
    index.manifests.map(async (d): Promise<Leaf[]> => {
      if (d.mediaType !== '' && !isIndexType(d.mediaType)) return [{ descriptor: d, parent: index }];
      const child = await source.getManifest(d.digest);
      return child.kind === 'index' ? platformLeaves(source, child, depth + 1) : [{ descriptor: d, parent: index }];
    }),
  );
  return nested.flat();
}

function isIndexType(mediaType: string): boolean {
  return (
    mediaType === 'application/vnd.oci.image.index.v1+json' || mediaType === 'application/vnd.docker.distribution.manifest.list.v2+json'
  );
}

function isPlatformImage(leaf: Leaf): boolean {
  return leaf.descriptor.platform !== undefined && leaf.descriptor.platform.os !== 'unknown';
}

/** The entries matching the wanted platforms; an error naming what the source has when one is missing. */
export function selectPlatforms(leaves: readonly Leaf[], wanted: readonly Platform[]): Leaf[] {
  const images = leaves.filter(isPlatformImage);
  const chosen = new Set<Leaf>();
  for (const platform of wanted) {
    const matches = images.filter((l) => platformMatches(platform, l.descriptor.platform!));
    if (matches.length === 0) {
      const available = images.map((l) => formatPlatform(l.descriptor.platform!));
      throw new PlanError(
        `the source has no image for platform ${formatPlatform(platform)}; it has ${available.join(', ') || 'no platform entries'}`,
      );
    }
    for (const match of matches) chosen.add(match);
  }
  return images.filter((l) => chosen.has(l));
}

/** BuildKit's attestation manifests (unknown/unknown entries) that describe `image`. */
function attestationsOf(leaves: readonly Leaf[], image: Leaf): Leaf[] {
  return leaves.filter(
    (l) => l.descriptor.platform?.os === 'unknown' && l.descriptor.annotations?.['vnd.docker.reference.digest'] === image.descriptor.digest,
  );
}

/** A new index with only the chosen entries, each as its parent index wrote it; the rest of `top` kept as it was. */
function filteredIndex(top: Manifest, entries: readonly Leaf[], annotations?: Readonly<Record<string, string>>): Manifest {
  const raw = entries.map((leaf) => {
    const list = leaf.parent.json['manifests'] as Array<{ digest?: string }>;
    return list.find((m) => m.digest === leaf.descriptor.digest)!;
  });
  const json: Record<string, unknown> = { ...top.json, manifests: raw };
  if (annotations !== undefined)
    json['annotations'] = { ...(top.json['annotations'] as Record<string, string> | undefined), ...annotations };
  const bytes = Buffer.from(JSON.stringify(json, null, 2) + '\n');
  return parseManifest(bytes, top.mediaType, digestOf(bytes));
}
