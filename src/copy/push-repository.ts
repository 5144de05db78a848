// One target repository (a store) and the targets in it, which differ only by tag: blobs, then child manifests by
// digest, then one manifest write per tag, then the store's commit. A failure before the tags writes no tag.
import type { MadeBlobUploads } from './made-blobs.ts';
import type { Descriptor, Manifest } from '../oci/manifest.ts';
import type { Store } from '../store/store.ts';
import { CopyError, copyError, failureOf } from './copy-error.ts';
import type { CopyEvent } from './events.ts';
import type { Limiter } from './limit.ts';
import { failed, succeeded, type TargetState } from './target-results.ts';
import {
  checkBlob,
  newPlacement,
  placeBlob,
  uploadBlob,
  type BlobContext,
  type MountHints,
  type Placement,
  type ProgressEvent,
} from './place-blobs.ts';
import type { Plan } from './plan.ts';
import type { RetryPolicy } from '../retry/policy.ts';
import { plannedReferrers, TargetReferrers, type ReferrersOutcome } from './push-referrers.ts';
import type { ReferrerFeed } from './referrer-feed.ts';
import type { Referrer } from './referrers.ts';

export interface PushContext {
  readonly dryRun: boolean;
  readonly transfers: Limiter;
  readonly checks: Limiter;
  readonly retry: RetryPolicy;
  readonly placed: Map<string, Promise<Store>>;
  readonly mountHints: MountHints | undefined;
  readonly onProgress: ((event: ProgressEvent) => void) | undefined;
  /** The source's referrers of every manifest pushed, as they are found; empty when they are not to follow. */
  readonly referrers: ReferrerFeed;
  /** The copy's warnings, shared by every target. */
  readonly warnings: string[];
  /** Blobs streamed to the targets while the source made them. */
  readonly made?: MadeBlobUploads | undefined;
}

export async function pushToRepository(context: PushContext, plan: Plan, store: Store, group: readonly TargetState[]): Promise<void> {
  const placement = newPlacement();
  const events: CopyEvent[] = [];
  const blobContext: BlobContext = { ...context, sourceOf: plan.sourceOf, target: store };
  let referrers: ReferrersOutcome | undefined;
  // Each referrer's checks and blobs start as the source's discovery finds it, beside the image's own blobs (a first
  // copy: the target usually lacks them, so the blobs do not wait for that answer); only the writes wait for the subject.
  const referrerWork =
    context.dryRun || store.holdsReferrers === false ? undefined : new TargetReferrers(blobContext, { speculative: true });
  if (referrerWork) context.referrers.each((referrer) => referrerWork.add(referrer));
  try {
    if (plan.manifests.every((m) => sameStore(plan.sourceOf(m.digest), store))) {
      // The source manifest lives here, so every blob and child manifest it references does too.
      placement.counts.existing = plan.blobs.length;
      placement.bytesSaved = plan.blobs.reduce((sum, b) => sum + b.size, 0);
      events.push({ type: 'same-repository', repository: store.name, blobs: plan.blobs.length });
    } else {
      if (context.dryRun) {
        await Promise.all(plan.blobs.map((blob) => context.checks(() => surveyBlob(store, plan.sourceOf(blob.digest), blob, placement))));
      } else {
        const outcomes = await Promise.allSettled(plan.blobs.map((blob) => placeBlob(blobContext, blob, placement)));
        const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
        if (failure) throw failure.reason;
      }
      events.push({
        type: 'blobs',
        planned: context.dryRun,
        ...placement.counts,
        bytesUploaded: placement.bytesUploaded,
        foreignSkipped: plan.foreignSkipped.length,
      });
      if (!context.dryRun) {
        const children = plan.manifests.slice(0, -1);
        // Image manifests depend only on blobs, so they go up together; nested indexes follow, children first.
        const put = (m: Manifest): Promise<unknown> => putManifest(blobContext, placement, events, m.digest, m);
        await Promise.all(children.filter((m) => m.kind === 'image').map(put));
        for (const manifest of children.filter((m) => m.kind === 'index')) await put(manifest);
        if (children.length > 0) events.push({ type: 'children', count: children.length });
      }
    }
    // Referrers after their subjects and before the tags: a deployment that verifies the new tag never sees it unsigned.
    const found = await context.referrers.all;
    if (found.length > 0 && store.holdsReferrers === false) {
      context.warnings.push(leftBehind(store, found));
    } else if (found.length > 0 && context.dryRun) {
      referrers = await plannedReferrers(store, found, context.warnings);
      events.push({ type: 'referrers', planned: true, ...referrers.counts, kinds: referrers.kinds });
    } else if (found.length > 0 && referrerWork) {
      await putManifest(blobContext, placement, events, plan.root.digest, plan.root);
      referrers = await referrerWork.write(found, context.warnings, placement);
      events.push({ type: 'referrers', planned: false, ...referrers.counts, kinds: referrers.kinds });
    }
  } catch (error) {
    const failure = failureOf(asCopyError(error, store), '; no tag was written');
    await store.close?.('abort').catch(() => undefined);
    for (const state of group) {
      state.events.push(...events, { type: 'failed', message: failure.message });
      state.result = failed(state, failure);
    }
    return;
  }
  const kind = plan.root.kind === 'index' ? 'index' : 'manifest';
  if (context.dryRun) {
    for (const state of group) {
      state.events.push(...events, { type: 'tagged', target: state.endpoint.text, digest: plan.root.digest, kind, planned: true });
      if (referrers) state.referrers = referrers;
      state.result = succeeded(state, 'planned', plan, placement);
    }
    return;
  }
  // Tags last, each on its own: one rejected tag does not undo another.
  await Promise.all(
    group.map(async (state) => {
      state.events.push(...events);
      if (referrers) state.referrers = referrers;
      const reference = state.endpoint.tag ?? state.endpoint.digest ?? plan.root.digest;
      try {
        // A tag's failure reads as the target's: "target ghcr.io/acme/app:v1: access denied …".
        await putManifest(blobContext, placement, state.events, reference, plan.root, state.endpoint.text);
        state.events.push({ type: 'tagged', target: state.endpoint.text, digest: plan.root.digest, kind, planned: false });
        state.result = succeeded(state, 'copied', plan, placement);
      } catch (error) {
        const failure = failureOf(copyError('target', 'tag', reference, state.endpoint.text, error));
        state.events.push({ type: 'failed', message: failure.message });
        state.result = failed(state, failure);
      }
    }),
  );
  if (store.close) {
    const anyTagged = group.some((s) => s.result?.status === 'copied');
    try {
      await store.close(anyTagged ? 'commit' : 'abort');
    } catch (error) {
      const failure = failureOf(copyError('target', 'tag', store.name, store.name, error));
      for (const state of group) {
        state.events.push({ type: 'failed', message: failure.message });
        state.result = failed(state, failure);
      }
    }
  }
}

/** The warning for a store that holds images only: which referrers stayed behind, by kind. */
function leftBehind(store: Store, found: readonly Referrer[]): string {
  const kinds = new Map<string, number>();
  for (const r of found) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
  const listed = [...kinds].map(([kind, n]) => `${n} ${kind === 'sbom' ? 'SBOM' : kind}`).join(', ');
  return `${found.length === 1 ? 'A referrer' : `${found.length} referrers`} of the image (${listed}) ${found.length === 1 ? 'was' : 'were'} not written to ${store.name}: it holds images only, as docker load reads them; copy to a registry or an OCI layout to keep signatures, attestations and SBOMs with the image.`;
}

/**
 * Targets whose tag already holds the digest: only referrers can be new (signatures are often added after the first
 * promotion). Copies them; the status becomes `copied` (or `planned`) when any moved.
 */
export async function refreshReferrers(context: PushContext, store: Store, group: readonly TargetState[]): Promise<void> {
  const placement = newPlacement();
  // Referrers carry the store they are read from; there are no image blobs to place here.
  const blobContext: BlobContext = { ...context, sourceOf: () => store, target: store };
  let outcome: ReferrersOutcome;
  // The image is there already: the referrers, usually there too, are asked for first and only the missing placed.
  const work = context.dryRun || store.holdsReferrers === false ? undefined : new TargetReferrers(blobContext, { speculative: false });
  if (work) context.referrers.each((referrer) => work.add(referrer));
  try {
    const found = await context.referrers.all;
    if (found.length === 0) return;
    if (store.holdsReferrers === false) {
      context.warnings.push(leftBehind(store, found));
      return;
    }
    outcome = work ? await work.write(found, context.warnings, placement) : await plannedReferrers(store, found, context.warnings);
    // A file store shows what was written only once committed (an existing layout's index.json is replaced then).
    if (!context.dryRun) await store.close?.('commit');
  } catch (error) {
    const failure = failureOf(asCopyError(error, store));
    await store.close?.('abort').catch(() => undefined);
    for (const state of group) state.result = failed(state, failure);
    return;
  }
  const event: CopyEvent = { type: 'referrers', planned: context.dryRun, ...outcome.counts, kinds: outcome.kinds };
  for (const state of group) {
    state.events.push(event);
    state.referrers = outcome;
    const previous = state.result!;
    if (outcome.counts.copied === 0) {
      state.result = { ...previous, referrers: outcome.counts, referrerKinds: {} };
    } else {
      state.result = {
        ...previous,
        status: context.dryRun ? 'planned' : 'copied',
        blobs: { ...placement.counts },
        bytesUploaded: placement.bytesUploaded,
        bytesSaved: placement.bytesSaved,
        referrers: outcome.counts,
        referrerKinds: outcome.kinds,
        durationMs: Date.now() - state.started,
      };
    }
  }
}

/**
 * Write a manifest; when the registry says it lacks blobs it was given (distribution 2.8 answers a mount of a sha512
 * blob 201 and links nothing; concurrent writers of one blob can leave its link missing for a moment), upload those
 * blobs and write once more.
 */
async function putManifest(
  context: BlobContext,
  placement: Placement,
  events: CopyEvent[],
  reference: string,
  manifest: Manifest,
  where = `${context.target.name}: push manifest ${manifest.digest}`,
): Promise<void> {
  const { target } = context;
  try {
    await target.putManifest(reference, manifest);
    return;
  } catch (error) {
    const missing = placedButMissing(error, manifest, placement);
    if (missing.length === 0) throw copyError('target', 'push manifest', manifest.digest, where, error);
    for (const blob of missing) {
      placement.mounted.delete(blob.digest);
      await context.transfers(() => uploadBlob(context, blob));
      events.push({ type: 'blob-reuploaded', digest: blob.digest, repository: target.name });
    }
  }
  try {
    await target.putManifest(reference, manifest);
  } catch (error) {
    throw copyError('target', 'push manifest', manifest.digest, where, error);
  }
}

function placedButMissing(error: unknown, manifest: Manifest, placement: Placement): Descriptor[] {
  const e = error as { unknownBlobs?: () => string[]; hasCode?: (code: string) => boolean } | null;
  if (typeof e?.unknownBlobs !== 'function') return [];
  const named = new Set(e.unknownBlobs());
  const saysUnknown = named.size > 0 || e.hasCode?.('MANIFEST_BLOB_UNKNOWN') === true;
  if (!saysUnknown) return [];
  // The blobs the registry names, however they were placed; without names, the mounted ones are the suspects.
  return manifest.blobs.filter((b) => (named.size > 0 ? named.has(b.digest) : placement.mounted.has(b.digest)));
}

/** Dry run: what would happen to one blob, found by asking the target and nothing more. */
async function surveyBlob(target: Store, source: Store, blob: Descriptor, placement: Placement): Promise<void> {
  if (await checkBlob(target, blob)) {
    placement.counts.existing++;
    placement.bytesSaved += blob.size;
  } else if (target.mountBlob !== undefined && target.location === source.location) {
    placement.counts.mounted++;
    placement.bytesSaved += blob.size;
  } else {
    placement.counts.uploaded++;
    placement.bytesUploaded += blob.size;
  }
}

/** Two handles on one repository (the source and a target opened separately). */
export function sameStore(a: Store, b: Store): boolean {
  return a.name === b.name && a.location === b.location;
}

function asCopyError(error: unknown, store: Store): CopyError {
  return error instanceof CopyError ? error : copyError('target', 'upload blob', store.name, store.name, error);
}
