// The copy engine: resolve the source once, then for every target push only what is missing (mount within a
// location, skip what exists, stream the rest verified), children before parents, tags last. It sees only the
// Store interface: registries, layouts and archives are all the same to it.
import type { Logger } from '../log.ts';
import { isContainerImage, type Manifest } from '../oci/manifest.ts';
import type { Platform } from '../oci/platform.ts';
import type { RetryPolicy } from '../retry/policy.ts';
import { copyError, failureOf, type CopyError } from './copy-error.ts';
import { createLimiter } from './limit.ts';
import type { CopyResult, TargetResult } from './outcome.ts';
import type { MountHints, ProgressEvent } from './place-blobs.ts';
import { buildPlan, type Plan } from './plan.ts';
import { overwriteDecision } from '../tags/overwrite.ts';
import { pushToRepository, refreshReferrers, sameStore, type PushContext } from './push-repository.ts';
import { failed, skipped, unchanged, type TargetState } from './target-results.ts';
import { answeredAhead, askAhead, discoverReferrers, type AskedAhead, type Referrer } from './referrers.ts';
import { ReferrerFeed } from './referrer-feed.ts';
import { buildMergePlan, type MergePlan } from './merge-plan.ts';
import { currentDigest, resolveSource, type Endpoint } from './resolve.ts';
import { MadeBlobUploads } from './made-blobs.ts';
import type { Store } from '../store/store.ts';

export type { BlobCounts, CopyResult, TargetResult, TargetStatus } from './outcome.ts';
export type { MountHints, ProgressEvent } from './place-blobs.ts';
export type { Endpoint } from './resolve.ts';

export interface CopyRequest {
  readonly source: Endpoint;
  /** A promise when the targets depend on a question asked beside the source's (a release reads the tag lists). */
  readonly targets: readonly Endpoint[] | Promise<readonly Endpoint[]>;
  readonly platforms?: readonly Platform[] | undefined;
  /** Blob transfers at once, across all targets. */
  readonly concurrency: number;
  readonly logger: Logger;
  /** The run's one retry policy, shared with the stores. */
  readonly retry: RetryPolicy;
  /** Ask the targets what they have and report what would move, writing nothing. */
  readonly dryRun?: boolean | undefined;
  /** Called as blob uploads start, move bytes and finish; the caller throttles what it shows. */
  readonly onProgress?: ((event: ProgressEvent) => void) | undefined;
  /** Several sources: one index is assembled from them (`source` is then the first). */
  readonly sources?: readonly Endpoint[] | undefined;
  /** Set on an index hoist builds (several sources, or a selection of several platforms); elsewhere an error. */
  readonly annotations?: Readonly<Record<string, string>> | undefined;
  /** Signatures, attestations and SBOMs follow the image (default true). */
  readonly referrers?: boolean | undefined;
  /**
   * Blob placements shared with other copies of the same run (a sync's many tags): by `location digest`, the store
   * that is receiving or has the blob. Without it each copy keeps its own, so shared blobs cross once per copy.
   */
  readonly placed?: Map<string, Promise<Store>> | undefined;
  /** Where a blob is believed to live already (e.g. remembered from an earlier run): a mount is tried from there first. */
  readonly mountHints?: MountHints | undefined;
}

/** Mounts and HEADs in flight at once: the size of the connection pool per host (see the transport). */
const CHECK_CONCURRENCY = 16;

export async function copyImage(request: CopyRequest): Promise<Omit<CopyResult, 'rateLimits'>> {
  const sources = request.sources && request.sources.length > 0 ? request.sources : [request.source];
  const made = madeBlobUploads(request, sources);
  try {
    return await copyWith(request, sources, made?.uploads);
  } finally {
    made?.stopListening();
    await made?.uploads.settled();
  }
}

/**
 * A source that makes blobs while it resolves (a classic docker save) streams them to the targets meanwhile: one
 * target store per location. Not for a dry run, a merge or a platform selection (which may not push them).
 */
function madeBlobUploads(
  request: CopyRequest,
  sources: readonly Endpoint[],
): { uploads: MadeBlobUploads; stopListening: () => void } | undefined {
  const source = sources[0]!.store;
  if (source.onMadeBlob === undefined || request.dryRun === true || sources.length > 1 || (request.platforms?.length ?? 0) > 0)
    return undefined;
  const targets = Promise.resolve(request.targets).then((endpoints) => {
    const byLocation = new Map<string, Store>();
    for (const { store, skip } of endpoints)
      if (skip === undefined && !byLocation.has(store.location)) byLocation.set(store.location, store);
    return [...byLocation.values()];
  });
  targets.catch(() => undefined);
  const uploads = new MadeBlobUploads(targets, request.logger);
  return { uploads, stopListening: source.onMadeBlob((blob) => uploads.offer(blob)) };
}

async function copyWith(
  request: CopyRequest,
  sources: readonly Endpoint[],
  made: MadeBlobUploads | undefined,
): Promise<Omit<CopyResult, 'rateLimits'>> {
  const { logger } = request;
  const merging = sources.length > 1;
  const source = sources[0]!;
  const sourceText = sources.map((s) => s.text).join(', ');
  const warnings: string[] = [];
  // The sources' digests and every target's current digest are independent questions: ask them all at once.
  const sourceAnswers = Promise.all(sources.map(resolveSource));
  sourceAnswers.catch(() => undefined);
  const states: TargetState[] = (await request.targets).map((endpoint) => ({ endpoint, started: Date.now(), events: [] }));
  for (const state of states) if (state.endpoint.skip !== undefined) state.result = skipped(state, state.endpoint.skip);
  // Which fallback and cosign tags the source holds (one tag listing) and whether it has the referrers API at all are
  // asked beside the resolution, so that the referrer lookups start, or are known to be done, the moment the digest is.
  // A target in the sources' own repository (a new tag; a merge of builds pushed there by digest, as the README's
  // recipe does) already holds every referrer of what it gets: asking would only find what is there.
  const outsideSources = (s: TargetState): boolean => sources.some((from) => !sameStore(s.endpoint.store, from.store));
  const followed = request.referrers !== false && states.some((s) => !s.result && outsideSources(s));
  const sourceAhead = new Map<Store, AskedAhead>(followed ? sources.map((s) => [s.store, askAhead(s.store)]) : []);
  // Settled into values at once: a target that fails while the source is still resolving is not an unhandled rejection.
  const targetAnswers = states.map((state) =>
    (state.result ? Promise.resolve(undefined) : currentDigest(state.endpoint)).then(
      (digest) => ({ digest }),
      (error: unknown) => ({ error: error as CopyError }),
    ),
  );
  let resolved: Awaited<typeof sourceAnswers>;
  try {
    resolved = await sourceAnswers;
    for (const r of resolved) if (r.warning) warnings.push(r.warning);
  } catch (error) {
    await Promise.all([...targetAnswers, answeredAhead(sourceAhead)]);
    const failure = failureOf(error as CopyError);
    return {
      source: sourceText,
      sourceDigest: undefined,
      digest: undefined,
      mediaType: undefined,
      targets: states.map((s) => failed(s, failure)),
      warnings,
    };
  }
  const sourceDigest = resolved[0]!.digest;
  const knownRoot = resolved[0]!.manifest;
  logger.debug(`Source ${sourceText} is ${resolved.map((r) => r.digest).join(', ')}.`);
  const answers = await Promise.all(targetAnswers);
  states.forEach((state, i) => {
    const answer = answers[i]!;
    if (state.result) return;
    if ('error' in answer) state.result = failed(state, failureOf(answer.error));
    else state.current = answer.digest;
  });

  const selecting = request.platforms !== undefined && request.platforms.length > 0;
  if (!selecting && !merging) {
    for (const state of states) if (!state.result && state.current === sourceDigest) state.result = unchanged(state, sourceDigest, []);
  }
  const pending = states.filter((s) => !s.result);
  let plan: Plan | undefined;
  let merged: MergePlan['merged'] | undefined;
  if (pending.length > 0) {
    try {
      if (merging) {
        const parts = await Promise.all(
          sources.map(async (endpoint, i) => ({
            endpoint,
            manifest: resolved[i]!.manifest ?? (await endpoint.store.getManifest(resolved[i]!.digest)),
          })),
        );
        const mergePlan = await buildMergePlan(parts, { annotations: request.annotations, platforms: request.platforms });
        plan = mergePlan;
        merged = mergePlan.merged;
      } else {
        const root = knownRoot ?? (await source.store.getManifest(sourceDigest));
        plan = await buildPlan(source.store, root, request.platforms, request.annotations);
      }
    } catch (error) {
      const failure = failureOf(copyError('source', 'plan', merging ? sourceText : sourceDigest, sourceText, error));
      for (const state of pending) state.result = failed(state, failure);
    }
  }
  if (plan) {
    warnings.push(...plan.warnings);
    if (!merging && !isContainerImage(plan.root)) {
      logger.info(
        `${source.text} is not a container image (config media type ${plan.root.config?.mediaType || 'none'}, e.g. a Helm chart or other OCI artifact); copying it as is.`,
      );
    }
    if (plan.rewritten) {
      warnings.push(
        `Selecting platforms ${plan.platforms.join(', ')} produced a new index ${plan.root.digest}; its digest differs from the source's ${sourceDigest}.`,
      );
    }
    if (plan.foreignSkipped.length > 0) {
      const n = plan.foreignSkipped.length;
      warnings.push(
        `${n} foreign or non-distributable ${n === 1 ? 'layer is' : 'layers are'} not held by ${sourceText} and ${n === 1 ? 'was' : 'were'} left out (${plan.foreignSkipped.map((b) => b.digest).join(', ')}); whoever runs the image fetches ${n === 1 ? 'it from its URL' : 'them from their URLs'}, as with docker push.`,
      );
    }
  }
  const unchangedTargets = states.filter((s) => s.result?.status === 'unchanged');
  const toPush = plan ? pending.filter((s) => !s.result) : [];
  const elsewhere = [...toPush, ...unchangedTargets].some(outsideSources);
  const referrers =
    request.referrers === false || !elsewhere
      ? ReferrerFeed.empty()
      : new ReferrerFeed((found) =>
          subjectsToFollow(source, sourceDigest, knownRoot, plan, merging).then((subjects) =>
            discoverAll(subjects, plan?.sourceOf ?? (() => source.store), sourceText, found, sourceAhead),
          ),
        );
  const context: PushContext = {
    dryRun: request.dryRun === true,
    transfers: createLimiter(request.concurrency),
    checks: createLimiter(Math.max(request.concurrency, CHECK_CONCURRENCY)),
    retry: request.retry,
    placed: request.placed ?? new Map<string, Promise<Store>>(),
    mountHints: request.mountHints,
    onProgress: request.onProgress,
    referrers,
    warnings,
    made,
  };
  await Promise.all([
    plan ? pushTargets(context, plan, toPush) : undefined,
    ...groupByStore(unchangedTargets).map(([store, group]) => refreshReferrers(context, store, group)),
  ]);
  await answeredAhead(sourceAhead);
  return {
    source: sourceText,
    sourceDigest: merging ? undefined : sourceDigest,
    ...(merged && { merged }),
    digest: plan?.root.digest ?? sourceDigest,
    mediaType: plan?.root.mediaType ?? knownRoot?.mediaType,
    targets: states.map((s) => s.result!),
    warnings,
  };
}

async function pushTargets(context: PushContext, plan: Plan, pending: readonly TargetState[]): Promise<void> {
  const targetDigest = plan.root.digest;
  const toPush: TargetState[] = [];
  const alreadyThere: TargetState[] = [];
  const refused = new Set<string>();
  for (const state of pending) {
    const { endpoint } = state;
    if (endpoint.digest !== undefined && endpoint.digest !== targetDigest) {
      const message = `target ${endpoint.text} pins ${endpoint.digest}, but the image to push is ${targetDigest}; a digest target must name the digest being pushed`;
      state.result = failed(state, { side: 'target', operation: 'plan', object: endpoint.digest, message });
      continue;
    }
    if (state.current === targetDigest) {
      state.result = unchanged(state, targetDigest, plan.platforms);
      alreadyThere.push(state);
      continue;
    }
    const decision = overwriteDecision({
      policy: endpoint.overwrite ?? 'always',
      tag: endpoint.tag ?? endpoint.text,
      existingDigest: state.current,
      newDigest: targetDigest,
      floating: endpoint.follows !== undefined,
    });
    if (decision.action === 'fail') {
      refused.add(endpoint.text);
      state.result = failed(state, {
        side: 'target',
        operation: 'tag',
        object: endpoint.tag ?? endpoint.text,
        message: `target ${endpoint.text}: ${decision.error.message}`,
      });
    } else {
      toPush.push(state);
    }
  }
  // A release whose own version tag was refused moves none of its floating tags.
  const pushing = toPush.filter((state) => {
    const follows = state.endpoint.follows;
    if (follows === undefined || !refused.has(follows)) return true;
    state.result = skipped(state, `${state.endpoint.tag} stays where it is: the release's own tag ${follows} was refused`);
    return false;
  });
  // Targets that share a store (a repository) share the blob and child-manifest work; only their tags differ.
  await Promise.all([
    ...groupByStore(pushing).map(([store, group]) => pushToRepository(context, plan, store, group)),
    ...groupByStore(alreadyThere).map(([store, group]) => refreshReferrers(context, store, group)),
  ]);
}

/** Referrers of subjects that may live in several stores (an assembled index): each store is asked of its own. */
async function discoverAll(
  subjects: readonly string[],
  storeOf: (digest: string) => Store,
  where: string,
  onFound: (referrer: Referrer) => void,
  ahead: ReadonlyMap<Store, AskedAhead>,
): Promise<Referrer[]> {
  const byStore = new Map<Store, string[]>();
  for (const subject of subjects) byStore.set(storeOf(subject), [...(byStore.get(storeOf(subject)) ?? []), subject]);
  const found = await Promise.all(
    [...byStore].map(([store, list]) => discoverReferrers(store, list, where, { ahead: ahead.get(store), onFound })),
  );
  return found.flat();
}

function groupByStore(states: readonly TargetState[]): Array<[Store, TargetState[]]> {
  const groups = new Map<Store, TargetState[]>();
  for (const state of states) groups.set(state.endpoint.store, [...(groups.get(state.endpoint.store) ?? []), state]);
  return [...groups];
}

/**
 * The digests whose referrers follow: every manifest pushed (not an index a platform selection made, which nothing
 * can refer to yet); without a plan (every target unchanged), the source's root and the manifests it lists.
 */
async function subjectsToFollow(
  source: Endpoint,
  digest: string,
  root: Manifest | undefined,
  plan: Plan | undefined,
  merging: boolean,
): Promise<string[]> {
  // An index hoist built (a selection of several platforms, or assembled from several sources) is new: nothing refers
  // to it yet. One selected platform's image is the source's own manifest, and its signatures follow it.
  if (plan) return plan.manifests.filter((m) => !(m === plan.root && (plan.rewritten || merging))).map((m) => m.digest);
  const manifest = root ?? (await source.store.getManifest(digest));
  return [digest, ...manifest.manifests.map((d) => d.digest)];
}

/** The targets that failed, for the edges' closing line. */
export function failedTargets(result: Pick<CopyResult, 'targets'>): TargetResult[] {
  return result.targets.filter((t) => t.status === 'failed');
}
