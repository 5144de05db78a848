// Writing referrers at one target repository, after their subjects and before the target's tags: each referrer's
// blobs and manifest as in any copy (exact bytes, by digest), then — where the registry does not index `subject`
// itself — the fallback tag's index, merged (never dropping an entry) and written with If-Match where offered.
// Cosign's tags are copied as tags, except that a different signature already at the target is kept.
import { digestOf } from '../oci/digest.ts';
import { parseManifest, type Manifest } from '../oci/manifest.ts';
import { OCI_INDEX } from '../oci/media-types.ts';
import { PreconditionFailedError, type Store } from '../store/store.ts';
import { copyError } from './copy-error.ts';
import { placeBlob, type BlobContext, type Placement } from './place-blobs.ts';
import { buildPlan, type Plan } from './plan.ts';
import { fallbackTag, indexEntry, type Referrer, type ReferrerKind } from './referrers.ts';

export interface ReferrerCounts {
  copied: number;
  existing: number;
}

export interface ReferrersOutcome {
  readonly counts: ReferrerCounts;
  /** Copied, by kind, for the summary. */
  readonly kinds: Partial<Record<ReferrerKind, number>>;
  readonly warnings: string[];
}

/** Tries at a fallback index that others update at the same time. */
const INDEX_UPDATE_ATTEMPTS = 3;

/** What is missing at the target: OCI referrers by digest, cosign tags by tag (a different one there is kept). */
export async function missingReferrers(
  target: Store,
  referrers: readonly Referrer[],
  warnings: string[],
): Promise<{ missing: Referrer[]; existing: number; present: Referrer[] }> {
  const answers = await Promise.all(
    referrers.map(async (referrer) => {
      const reference = referrer.tag ?? referrer.manifest.digest;
      try {
        return await target.resolve(reference);
      } catch (error) {
        throw copyError('target', 'resolve', reference, `${target.name}: look for ${reference}`, error);
      }
    }),
  );
  const missing: Referrer[] = [];
  const present: Referrer[] = [];
  let existing = 0;
  referrers.forEach((referrer, i) => {
    const there = answers[i];
    if (!there) missing.push(referrer);
    else if (there.digest === referrer.manifest.digest) {
      existing++;
      if (referrer.tag === undefined) present.push(referrer);
    } else {
      existing++;
      warnings.push(
        `${target.name}:${referrer.tag} already holds ${there.digest}, not the source's ${referrer.manifest.digest}; kept the target's ${referrer.kind} (one made there must not be destroyed).`,
      );
    }
  });
  return { missing, existing, present };
}

/**
 * Push `missing` (from missingReferrers), shallowest first, and index them. `present` are OCI referrers the target
 * already holds by digest: they are listed in its fallback index too where it lacks one of them (an earlier run
 * that stopped between a referrer and its index), unless the target indexes subjects itself.
 */
export async function pushReferrers(
  context: BlobContext,
  placement: Placement,
  missing: readonly Referrer[],
  existing: number,
  warnings: string[],
  present: readonly Referrer[] = [],
  /** Referrers whose blobs placeReferrerBlobs already placed, by manifest digest. */
  prepared: ReadonlyMap<string, Plan> = new Map(),
): Promise<ReferrersOutcome> {
  const { target } = context;
  const kinds: Partial<Record<ReferrerKind, number>> = {};
  const unindexed = new Map<string, Referrer[]>();
  const byDepth = [...missing].sort((x, y) => x.depth - y.depth);
  for (let depth = 1; byDepth.some((r) => r.depth >= depth); depth++) {
    await Promise.all(
      byDepth
        .filter((r) => r.depth === depth)
        .map(async (referrer) => {
          const plan = prepared.get(referrer.manifest.digest) ?? (await placeOne(context, placement, referrer));
          for (const child of plan.manifests.slice(0, -1)) await put(target, child.digest, child);
          const written = await put(target, referrer.tag ?? referrer.manifest.digest, referrer.manifest);
          if (referrer.tag === undefined && !written.subjectIndexed)
            unindexed.set(referrer.subject, [...(unindexed.get(referrer.subject) ?? []), referrer]);
          kinds[referrer.kind] = (kinds[referrer.kind] ?? 0) + 1;
        }),
    );
  }
  await Promise.all(
    [...groupBySubject(present)].map(async ([subject, referrers]) => {
      // A subject whose new referrers went unindexed has no API here; otherwise ask the target whether it has one.
      if (!unindexed.has(subject) && (await indexesSubjects(target, subject))) return;
      unindexed.set(subject, [...(unindexed.get(subject) ?? []), ...referrers]);
    }),
  );
  for (const [subject, referrers] of unindexed) await addToFallbackIndex(target, subject, referrers);
  return { counts: { copied: missing.length, existing }, kinds, warnings };
}

/**
 * The blobs of every referrer in `missing`, all at once and beside the image's own (they depend on nothing pushed
 * before them); the manifests follow the subject later. Returns each referrer's plan by manifest digest.
 */
export async function placeReferrerBlobs(
  context: BlobContext,
  placement: Placement,
  missing: readonly Referrer[],
): Promise<Map<string, Plan>> {
  const plans = await Promise.all(
    missing.map(async (referrer) => [referrer.manifest.digest, await placeOne(context, placement, referrer)] as const),
  );
  return new Map(plans);
}

/** One referrer's graph, read from where it was found, and its blobs placed at the target. */
async function placeOne(context: BlobContext, placement: Placement, referrer: Referrer): Promise<Plan> {
  const source = referrer.store;
  const plan = await buildPlan(source, referrer.manifest, undefined).catch((error: unknown) => {
    throw copyError(
      'source',
      'read manifest',
      referrer.manifest.digest,
      `${source.name}: read referrer ${referrer.manifest.digest}`,
      error,
    );
  });
  const fromReferrer: BlobContext = { ...context, sourceOf: () => source };
  const outcomes = await Promise.allSettled(plan.blobs.map((blob) => placeBlob(fromReferrer, blob, placement)));
  const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failure) throw failure.reason;
  return plan;
}

function groupBySubject(referrers: readonly Referrer[]): Map<string, Referrer[]> {
  const groups = new Map<string, Referrer[]>();
  for (const r of referrers) groups.set(r.subject, [...(groups.get(r.subject) ?? []), r]);
  return groups;
}

/** The target answers the referrers API for `subject` (so it indexed what was pushed to it). */
async function indexesSubjects(target: Store, subject: string): Promise<boolean> {
  if (!target.referrers) return false;
  try {
    return (await target.referrers(subject)) !== undefined;
  } catch (error) {
    throw copyError('target', 'read manifest', subject, `${target.name}: list the referrers of ${subject}`, error);
  }
}

async function put(target: Store, reference: string, manifest: Manifest) {
  try {
    return await target.putManifest(reference, manifest);
  } catch (error) {
    throw copyError('target', 'push manifest', manifest.digest, `${target.name}: push referrer ${manifest.digest}`, error);
  }
}

/** Read the target's fallback index, add what it lacks, write it back only if nobody changed it meanwhile. */
async function addToFallbackIndex(target: Store, subject: string, referrers: readonly Referrer[]): Promise<void> {
  const tag = fallbackTag(subject);
  for (let attempt = 1; ; attempt++) {
    let current;
    try {
      current = await target.resolve(tag, { wantBytes: true });
    } catch (error) {
      throw copyError('target', 'resolve', tag, `${target.name}: read the referrers index ${tag}`, error);
    }
    const existing = current ? (current.manifest ?? (await target.getManifest(tag))) : undefined;
    const entries =
      existing && Array.isArray(existing.json['manifests']) ? [...(existing.json['manifests'] as Array<{ digest?: unknown }>)] : [];
    const listed = new Set(entries.map((e) => e.digest));
    const added = referrers.filter((r) => !listed.has(r.manifest.digest)).map(indexEntry);
    if (added.length === 0) return;
    const json = existing
      ? { ...existing.json, manifests: [...entries, ...added] }
      : { schemaVersion: 2, mediaType: OCI_INDEX, manifests: added };
    const bytes = Buffer.from(JSON.stringify(json));
    const index = parseManifest(bytes, OCI_INDEX, digestOf(bytes));
    try {
      // Conditional where the registry can tell versions apart: not changed since read, or still not there.
      await target.putManifest(
        tag,
        index,
        current ? (current.etag !== undefined ? { ifMatch: current.etag } : undefined) : { ifNoneMatch: '*' },
      );
      return;
    } catch (error) {
      if (error instanceof PreconditionFailedError && attempt < INDEX_UPDATE_ATTEMPTS) continue;
      throw copyError('target', 'tag', tag, `${target.name}: update the referrers index ${tag}`, error);
    }
  }
}
