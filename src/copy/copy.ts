// The copy engine: resolve the source once, then for every target push only what is missing (mount within a
// registry, skip what exists, stream the rest verified), children before parents, tags last.
import type { Logger } from '../log.ts';
import { DigestMismatchError } from '../oci/digest.ts';
import { isContainerImage, type Descriptor, type Manifest } from '../oci/manifest.ts';
import { isIndex } from '../oci/media-types.ts';
import type { Platform } from '../oci/platform.ts';
import { DOCKER_HUB, formatReference, pinnedReference, type Reference } from '../oci/reference.ts';
import type { RateLimit, RegistryClient, UploadSession } from '../store/registry/client.ts';
import { RegistryError } from '../store/registry/errors.ts';
import { isRetryableError } from '../store/registry/transport.ts';
import { createLimiter, type Limiter } from './limit.ts';
import { buildPlan, type Plan } from './plan.ts';

export interface CopyRequest {
  readonly source: Reference;
  readonly targets: readonly Reference[];
  readonly platforms?: readonly Platform[];
  /** Blob transfers at once, across all targets. */
  readonly concurrency: number;
  /** One client per registry, shared by the source and the targets that live there. */
  readonly clientFor: (registry: string) => RegistryClient;
  readonly logger: Logger;
  /** Ask the targets what they have and report what would move, writing nothing. */
  readonly dryRun?: boolean;
  /** Called as blob uploads start, move bytes and finish; the caller throttles what it shows. */
  readonly onProgress?: (event: ProgressEvent) => void;
}

export interface ProgressEvent {
  /** `registry/repository` the blob is going to. */
  readonly repository: string;
  readonly digest: string;
  readonly size: number;
  readonly phase: 'start' | 'bytes' | 'done';
  /** Bytes sent so far in this attempt. */
  readonly bytesDone: number;
}

export interface BlobCounts {
  mounted: number;
  existing: number;
  uploaded: number;
}

/** `planned`: a dry run found work to do; nothing was written. */
export type TargetStatus = 'copied' | 'unchanged' | 'failed' | 'planned';

export interface TargetResult {
  /** The target as the user wrote it, normalised (`registry/repository:tag`). */
  readonly target: string;
  readonly reference: Reference;
  readonly status: TargetStatus;
  /** Digest now at the target; undefined when it failed. */
  readonly digest: string | undefined;
  /** `registry/repository@digest`, ready to deploy. */
  readonly pinned: string | undefined;
  readonly platforms: readonly string[];
  readonly blobs: BlobCounts;
  readonly bytesUploaded: number;
  /** Bytes that did not cross the wire thanks to mounts and blobs already present. */
  readonly bytesSaved: number;
  readonly durationMs: number;
  readonly error?: string;
  /** What happened, line by line, for the per-target log group. */
  readonly events: readonly string[];
}

export interface CopyResult {
  readonly source: string;
  readonly sourceDigest: string | undefined;
  /** Digest pushed to the targets (differs from sourceDigest only when a platform selection rewrote the index). */
  readonly digest: string | undefined;
  readonly mediaType: string | undefined;
  readonly targets: readonly TargetResult[];
  readonly warnings: readonly string[];
  /** Pull allowances registries reported (Docker Hub's `ratelimit-*` headers), after the copy. */
  readonly rateLimits: ReadonlyArray<RateLimit & { registry: string }>;
}

interface TargetState {
  readonly reference: Reference;
  readonly started: number;
  readonly events: string[];
  current?: string | undefined;
  result?: TargetResult;
}

const BLOB_ATTEMPTS = 3;
/** Mounts and HEADs in flight at once: the size of the connection pool per host (see Transport). */
const META_CONCURRENCY = 16;

export async function copyImage(request: CopyRequest): Promise<CopyResult> {
  const { source, targets, logger, clientFor } = request;
  const limit = createLimiter(request.concurrency);
  const metaLimit = createLimiter(Math.max(request.concurrency, META_CONCURRENCY));
  const warnings: string[] = [];

  // Declare every scope before the first request: one token per registry covers the source pull, the target
  // pushes and the mount sources. A target in the source's registry shares the source's client, so its token
  // already carries pull on the source repository for mounts.
  const sourceClient = clientFor(source.registry);
  sourceClient.requireScope(source.repository, 'pull');
  for (const target of targets) {
    const client = clientFor(target.registry);
    if (request.dryRun) client.requireScope(target.repository, 'pull');
    else client.requireScope(target.repository, 'pull', 'push');
  }

  const states: TargetState[] = targets.map((reference) => ({ reference, started: Date.now(), events: [] }));
  const sourceText = formatReference(source);

  // The source's digest and every target's current digest are independent questions: ask them all at once.
  const sourceHead = resolveSourceDigest(sourceClient, source);
  // Settled into values at once: a target that fails while the source is still resolving is not an unhandled rejection.
  const targetHeads = states.map((state) =>
    currentDigest(clientFor(state.reference.registry), state.reference).then(
      (digest) => ({ digest }),
      (error: unknown) => ({ error }),
    ),
  );
  let sourceDigest: string;
  let knownRoot: Manifest | undefined;
  try {
    ({ digest: sourceDigest, manifest: knownRoot } = await sourceHead);
  } catch (error) {
    await Promise.all(targetHeads);
    const message = `source ${sourceText}: ${errorMessage(error)}`;
    return {
      source: sourceText,
      sourceDigest: undefined,
      digest: undefined,
      mediaType: undefined,
      targets: states.map((s) => failed(s, message)),
      warnings,
      rateLimits: rateLimits(request),
    };
  }
  logger.debug(`Source ${sourceText} is ${sourceDigest}.`);
  const heads = await Promise.all(targetHeads);
  states.forEach((state, i) => {
    const head = heads[i]!;
    if ('error' in head) state.result = failed(state, `target ${formatReference(state.reference)}: ${errorMessage(head.error)}`);
    else state.current = head.digest;
  });

  const selecting = request.platforms !== undefined && request.platforms.length > 0;
  if (!selecting) {
    for (const state of states) {
      if (!state.result && state.current === sourceDigest) state.result = unchanged(state, sourceDigest, []);
    }
  }
  const pending = states.filter((s) => !s.result);
  let plan: Plan | undefined;
  if (pending.length > 0) {
    try {
      const root = knownRoot ?? (await sourceClient.getManifest(source.repository, sourceDigest));
      plan = await buildPlan(sourceClient, source.repository, root, request.platforms);
    } catch (error) {
      const message = `source ${sourceText}: ${errorMessage(error)}`;
      for (const state of pending) state.result = failed(state, message);
    }
  }
  if (plan) {
    if (!isContainerImage(plan.root)) {
      logger.info(
        `${sourceText} is not a container image (config media type ${plan.root.config?.mediaType || 'none'}, e.g. a Helm chart or other OCI artifact); copying it as is.`,
      );
    }
    if (plan.rewritten) {
      warnings.push(
        `Selecting platforms ${plan.platforms.join(', ')} produced a new index ${plan.root.digest}; its digest differs from the source's ${sourceDigest}.`,
      );
    }
    const targetDigest = plan.root.digest;
    const toPush: TargetState[] = [];
    for (const state of pending) {
      if (state.reference.digest !== undefined && state.reference.digest !== targetDigest) {
        state.result = failed(
          state,
          `target ${formatReference(state.reference)} pins ${state.reference.digest}, but the image to push is ${targetDigest}; a digest target must name the digest being pushed`,
        );
      } else if (state.current === targetDigest) {
        state.result = unchanged(state, targetDigest, plan.platforms);
      } else {
        toPush.push(state);
      }
    }
    const placed = new Map<string, Promise<string>>();
    // Targets that share a repository share the blob and child-manifest work; only their tags differ.
    const groups = new Map<string, TargetState[]>();
    for (const state of toPush) {
      const key = `${state.reference.registry}/${state.reference.repository}`;
      groups.set(key, [...(groups.get(key) ?? []), state]);
    }
    await Promise.all(
      [...groups.values()].map((group) => pushToRepository({ request, plan: plan!, group, limit, metaLimit, sourceClient, placed })),
    );
  }
  return {
    source: sourceText,
    sourceDigest,
    digest: plan?.root.digest ?? sourceDigest,
    mediaType: plan?.root.mediaType ?? knownRoot?.mediaType,
    targets: states.map((s) => s.result!),
    warnings,
    rateLimits: rateLimits(request),
  };
}

function rateLimits(request: CopyRequest): Array<RateLimit & { registry: string }> {
  const registries = new Set([request.source.registry, ...request.targets.map((t) => t.registry)]);
  return [...registries].flatMap((registry) => {
    const limit = request.clientFor(registry).rateLimit;
    return limit ? [{ registry, ...limit }] : [];
  });
}

/** The source's digest, and its bytes where they come at no extra cost (a GET everywhere but Docker Hub). */
async function resolveSourceDigest(client: RegistryClient, source: Reference): Promise<{ digest: string; manifest?: Manifest }> {
  const reference = source.digest ?? source.tag!;
  if (source.registry !== DOCKER_HUB) {
    // One GET answers both "which digest?" and "what bytes?" in the round trip a HEAD would take; manifests are small.
    const manifest = await client.getManifest(source.repository, reference);
    return { digest: manifest.digest, manifest };
  }
  // Docker Hub counts a manifest GET as a pull against the rate limit, and a HEAD not: ask by HEAD, GET only if needed.
  const head = await client.headManifest(source.repository, reference);
  if (!head) {
    throw new RegistryError({
      message: `${source.repository}${source.digest ? '@' : ':'}${reference} was not found on ${source.registry}`,
      registry: source.registry,
      method: 'HEAD',
      url: `https://${source.registry}/v2/${source.repository}/manifests/${reference}`,
      status: 404,
      codes: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }],
    });
  }
  if (source.digest !== undefined) return { digest: source.digest };
  if (head.digest !== undefined) return { digest: head.digest };
  // No Docker-Content-Digest on HEAD (ECR, some mirrors): the bytes decide.
  const manifest = await client.getManifest(source.repository, reference);
  return { digest: manifest.digest, manifest };
}

/** What the target reference points at now; undefined when the tag does not exist yet. */
async function currentDigest(client: RegistryClient, target: Reference): Promise<string | undefined> {
  const reference = target.tag ?? target.digest!;
  const head = await client.headManifest(target.repository, reference);
  if (!head) return undefined;
  if (head.digest !== undefined) return head.digest;
  if (target.digest !== undefined) return target.digest;
  return (await client.getManifest(target.repository, reference)).digest;
}

interface PushContext {
  readonly request: CopyRequest;
  readonly plan: Plan;
  readonly group: readonly TargetState[];
  /** Blob transfers (bytes on the wire): `concurrency` at once. */
  readonly limit: Limiter;
  /** Mounts and HEADs move no data: more of them at once, still within the connection pool per host. */
  readonly metaLimit: Limiter;
  readonly sourceClient: RegistryClient;
  /**
   * Blobs already being placed in a target registry other than the source's, by `registry digest`: the
   * repository they will be in. A second repository in that registry mounts from it instead of uploading again.
   */
  readonly placed: Map<string, Promise<string>>;
}

/** Blobs, then child manifests, then one manifest PUT per tag. A failure before the tags leaves every tag untouched. */
async function pushToRepository(context: PushContext): Promise<void> {
  const { request, plan, group } = context;
  const target = group[0]!.reference;
  const client = request.clientFor(target.registry);
  const { source } = request;
  const sameRegistry = target.registry === source.registry;
  const sameRepository = sameRegistry && target.repository === source.repository;
  const counts: BlobCounts = { mounted: 0, existing: 0, uploaded: 0 };
  const bytes = { uploaded: 0, saved: 0 };
  const events: string[] = [];
  try {
    if (sameRepository) {
      // The source manifest lives here, so every blob and child manifest it references does too.
      counts.existing = plan.blobs.length;
      bytes.saved = plan.blobs.reduce((sum, b) => sum + b.size, 0);
      events.push(`All ${plan.blobs.length} blobs are already in ${target.repository} (same repository as the source).`);
    } else if (request.dryRun) {
      await Promise.all(
        plan.blobs.map((blob) => context.metaLimit(() => surveyBlob(client, target.repository, blob, sameRegistry, counts, bytes))),
      );
      events.push(
        `Dry run: ${counts.mounted} blobs would be mounted, ${counts.existing} are already present, ${counts.uploaded} would be uploaded (${formatBytes(bytes.uploaded)}).`,
      );
    } else {
      const outcomes = await Promise.allSettled(
        plan.blobs.map((blob) => placeShared(context, client, blob, sameRegistry, counts, bytes, events)),
      );
      const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
      if (failure) throw failure.reason;
      events.push(
        `Blobs: ${counts.mounted} mounted, ${counts.existing} already present, ${counts.uploaded} uploaded (${formatBytes(bytes.uploaded)}).`,
      );
    }
    if (!sameRepository && !request.dryRun) {
      const children = plan.manifests.slice(0, -1);
      // Image manifests depend only on blobs, so they go up together; nested indexes follow, children first.
      await Promise.all(children.filter((m) => m.kind === 'image').map((m) => client.putManifest(target.repository, m.digest, m)));
      for (const manifest of children.filter((m) => m.kind === 'index'))
        await client.putManifest(target.repository, manifest.digest, manifest);
      if (children.length > 0) events.push(`Pushed ${children.length} child manifests by digest.`);
    }
  } catch (error) {
    for (const state of group) {
      state.events.push(...events);
      state.result = failed(state, `target ${formatReference(state.reference)}: ${errorMessage(error)}; no tag was written`);
    }
    return;
  }
  if (request.dryRun) {
    for (const state of group) {
      state.events.push(...events, `Would push ${describeKind(plan.root)} ${plan.root.digest} as ${formatReference(state.reference)}.`);
      state.result = success(state, 'planned', plan, counts, bytes);
    }
    return;
  }
  // Tags last, each on its own: one rejected tag does not undo another.
  await Promise.all(
    group.map(async (state) => {
      state.events.push(...events);
      const reference = state.reference.tag ?? state.reference.digest!;
      try {
        await client.putManifest(state.reference.repository, reference, plan.root);
        state.events.push(`Pushed ${describeKind(plan.root)} ${plan.root.digest} as ${formatReference(state.reference)}.`);
        state.result = success(state, 'copied', plan, counts, bytes);
      } catch (error) {
        state.result = failed(state, `target ${formatReference(state.reference)}: ${errorMessage(error)}`);
      }
    }),
  );
}

/**
 * Place one blob, sharing work across repositories: within the source's registry mount from the source; in
 * another registry the first repository to need a blob uploads it and the others mount from there. Waiting for
 * that first repository happens outside the limiter, so no slot is held while waiting.
 */
async function placeShared(
  context: PushContext,
  client: RegistryClient,
  blob: Descriptor,
  sameRegistry: boolean,
  counts: BlobCounts,
  bytes: { uploaded: number; saved: number },
  events: string[],
): Promise<void> {
  const target = context.group[0]!.reference;
  const place = (mountFrom: string | undefined): Promise<void> => placeBlob(context, client, blob, mountFrom, counts, bytes, events);
  if (sameRegistry) return place(context.request.source.repository);
  const key = `${target.registry} ${blob.digest}`;
  const first = context.placed.get(key);
  if (first) {
    const from = await first.catch(() => undefined);
    return place(from);
  }
  const mine = place(undefined).then(() => target.repository);
  context.placed.set(key, mine);
  await mine;
}

async function placeBlob(
  context: PushContext,
  client: RegistryClient,
  blob: Descriptor,
  mountFrom: string | undefined,
  counts: BlobCounts,
  bytes: { uploaded: number; saved: number },
  events: string[],
): Promise<void> {
  const target = context.group[0]!.reference;
  const { logger } = context.request;
  // First ask (mount, or HEAD): no bytes move, so this takes a metadata slot, not a transfer slot.
  const checked = await context.metaLimit(async (): Promise<{ done: true } | { done: false; session: UploadSession | undefined }> => {
    if (mountFrom !== undefined) {
      // One POST answers both "is it there?" and "link it": no HEAD needed within a registry.
      const mount = await client.mountBlob(target.repository, blob.digest, mountFrom);
      if (mount.mounted) {
        counts.mounted++;
        bytes.saved += blob.size;
        logger.debug(`${target.repository}: mounted ${blob.digest} from ${mountFrom}.`);
        return { done: true };
      }
      logger.debug(`${target.repository}: could not mount ${blob.digest} from ${mountFrom} (${mount.reason}); uploading it.`);
      return { done: false, session: mount.session };
    }
    if (await client.hasBlob(target.repository, blob.digest)) {
      counts.existing++;
      bytes.saved += blob.size;
      logger.debug(`${target.repository}: ${blob.digest} already exists.`);
      return { done: true };
    }
    return { done: false, session: undefined };
  });
  if (checked.done) return;
  await context.limit(() => uploadBlob(context, client, blob, checked.session, counts, bytes, events));
}

/** Stream one blob from the source to the target, with fresh bytes and a fresh session on each attempt. */
async function uploadBlob(
  context: PushContext,
  client: RegistryClient,
  blob: Descriptor,
  firstSession: UploadSession | undefined,
  counts: BlobCounts,
  bytes: { uploaded: number; saved: number },
  events: string[],
): Promise<void> {
  const { request } = context;
  const target = context.group[0]!.reference;
  const { logger, source } = request;
  let session = firstSession;
  for (let attempt = 1; ; attempt++) {
    const open = session ?? (await client.startUpload(target.repository));
    session = undefined;
    const repositoryName = `${target.registry}/${target.repository}`;
    const progress = request.onProgress;
    let sent = 0;
    const onBytes = progress
      ? (n: number): void => {
          sent += n;
          progress({ repository: repositoryName, digest: blob.digest, size: blob.size, phase: 'bytes', bytesDone: sent });
        }
      : undefined;
    const stream = await context.sourceClient.getBlob(source.repository, blob.digest, blob.size, onBytes);
    progress?.({ repository: repositoryName, digest: blob.digest, size: blob.size, phase: 'start', bytesDone: 0 });
    try {
      await client.uploadBlob(open, blob.digest, blob.size, stream, target.repository);
      progress?.({ repository: repositoryName, digest: blob.digest, size: blob.size, phase: 'done', bytesDone: blob.size });
      counts.uploaded++;
      bytes.uploaded += blob.size;
      logger.debug(`${target.repository}: uploaded ${blob.digest} (${formatBytes(blob.size)}).`);
      return;
    } catch (error) {
      const cause = stream.errored ?? error;
      if (attempt >= BLOB_ATTEMPTS || !isTransient(cause, attempt, client)) throw cause;
      const line = `Retrying blob ${blob.digest} for ${target.repository} (attempt ${attempt + 1} of ${BLOB_ATTEMPTS}) after: ${errorMessage(cause)}`;
      logger.info(line);
      events.push(line);
    } finally {
      if (!stream.destroyed) stream.destroy();
    }
  }
}

/**
 * Worth another try with fresh bytes: corrupt or short data, a dropped connection, a 5xx or 429, a token that
 * expired during a streamed upload (the client dropped it), or a 413 that switched the client to chunked uploads.
 */
function isTransient(error: unknown, attempt: number, client: RegistryClient): boolean {
  if (error instanceof DigestMismatchError) return true;
  if (error instanceof RegistryError) {
    if (error.status === undefined) return true; // network-level failure
    if (error.status === 401) return attempt === 1;
    if (error.status === 413) return client.usesChunkedUploads;
    return (
      error.status === 429 ||
      error.status >= 500 ||
      ['DIGEST_INVALID', 'BLOB_UPLOAD_INVALID', 'BLOB_UPLOAD_UNKNOWN'].some((code) => error.hasCode(code))
    );
  }
  return isRetryableError(error);
}

/** Dry run: what would happen to one blob, found by asking the target (HEAD) and nothing more. */
async function surveyBlob(
  client: RegistryClient,
  repository: string,
  blob: Descriptor,
  sameRegistry: boolean,
  counts: BlobCounts,
  bytes: { uploaded: number; saved: number },
): Promise<void> {
  if (await client.hasBlob(repository, blob.digest)) {
    counts.existing++;
    bytes.saved += blob.size;
  } else if (sameRegistry) {
    counts.mounted++;
    bytes.saved += blob.size;
  } else {
    counts.uploaded++;
    bytes.uploaded += blob.size;
  }
}

function success(
  state: TargetState,
  status: 'copied' | 'planned',
  plan: Plan,
  counts: BlobCounts,
  bytes: { uploaded: number; saved: number },
): TargetResult {
  return {
    target: formatReference(state.reference),
    reference: state.reference,
    status,
    digest: plan.root.digest,
    pinned: pinnedReference(state.reference, plan.root.digest),
    platforms: plan.platforms,
    blobs: { ...counts },
    bytesUploaded: bytes.uploaded,
    bytesSaved: bytes.saved,
    durationMs: Date.now() - state.started,
    events: state.events,
  };
}

function describeKind(manifest: Manifest): string {
  return isIndex(manifest.mediaType) ? 'index' : 'manifest';
}

function unchanged(state: TargetState, digest: string, platforms: readonly string[]): TargetResult {
  state.events.push(`${formatReference(state.reference)} already points at ${digest}; nothing to do.`);
  return {
    target: formatReference(state.reference),
    reference: state.reference,
    status: 'unchanged',
    digest,
    pinned: pinnedReference(state.reference, digest),
    platforms,
    blobs: { mounted: 0, existing: 0, uploaded: 0 },
    bytesUploaded: 0,
    bytesSaved: 0,
    durationMs: Date.now() - state.started,
    events: state.events,
  };
}

function failed(state: TargetState, message: string): TargetResult {
  state.events.push(message);
  return {
    target: formatReference(state.reference),
    reference: state.reference,
    status: 'failed',
    digest: undefined,
    pinned: undefined,
    platforms: [],
    blobs: { mounted: 0, existing: 0, uploaded: 0 },
    bytesUploaded: 0,
    bytesSaved: 0,
    durationMs: Date.now() - state.started,
    error: message,
    events: state.events,
  };
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message.replace(/\.$/, '');
  return String(error);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
