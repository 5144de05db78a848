// Placing one target repository's blobs: skip what is there, mount what the same registry holds elsewhere, stream
// the rest from the source through a verifying hash. Work is shared between target repositories of one location:
// the first uploads a blob, the others mount it from there, so every byte crosses the wire once per registry.
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { Descriptor } from '../oci/manifest.ts';
import { classify, type RetryDecision, type RetryPolicy } from '../retry/policy.ts';
import type { Store } from '../store/store.ts';
import { copyError } from './copy-error.ts';
import type { Limiter } from './limit.ts';
import type { MadeBlobUploads } from './made-blobs.ts';
import type { BlobCounts } from './outcome.ts';

/** Whole-blob attempts: each one re-reads the source, so fewer than the per-request attempts. */
const BLOB_ATTEMPTS = 3;

export interface ProgressEvent {
  /** The target store's name the blob is going to (`registry/repository`). */
  readonly repository: string;
  readonly digest: string;
  readonly size: number;
  readonly phase: 'start' | 'bytes' | 'done';
  /** Bytes sent so far in this attempt. */
  readonly bytesDone: number;
}

export interface Placement {
  readonly counts: BlobCounts;
  bytesUploaded: number;
  bytesSaved: number;
  /** Blobs linked by a mount: if the registry later says it lacks one, it is uploaded instead. */
  readonly mounted: Set<string>;
}

/**
 * A store of `target`'s location believed to hold the blob (remembered from earlier runs), or undefined. Only a
 * hint: a mount that fails falls back to the upload, so a stale hint costs one request.
 */
export type MountHints = (digest: string, target: Store) => Store | undefined;

export interface BlobContext {
  /** Where a blob is read from (one source, or the part of an assembled index it came from). */
  readonly sourceOf: (digest: string) => Store;
  readonly target: Store;
  /** Blob transfers (bytes on the wire). */
  readonly transfers: Limiter;
  /** Mounts and HEADs move no data: more of them at once, within the connection pool per host. */
  readonly checks: Limiter;
  readonly retry: RetryPolicy;
  /**
   * Shared across all targets of a copy (or the copies of a sync): by `location digest`, the store that is receiving
   * (or has) the blob first; by `location digest name`, each repository's own placement.
   */
  readonly placed: Map<string, Promise<Store>>;
  readonly mountHints?: MountHints | undefined;
  readonly onProgress: ((event: ProgressEvent) => void) | undefined;
  /**
   * Blobs no larger than this (bytes) are read from the source, and given an upload session at the target, beside
   * the question whether the target holds them: a missing one goes up a round trip sooner, a present one costs a
   * small read and a cancelled session. Undefined: ask first (a large blob is only read when it is needed).
   */
  readonly eagerBelow?: number | undefined;
  /** Blobs streamed to the targets while the source made them (made-blobs.ts). */
  readonly made?: MadeBlobUploads | undefined;
}

export function newPlacement(): Placement {
  return { counts: { mounted: 0, existing: 0, uploaded: 0 }, bytesUploaded: 0, bytesSaved: 0, mounted: new Set() };
}

function canMount(target: Store, from: Store): boolean {
  return target.mountBlob !== undefined && target.location === from.location;
}

/**
 * Place one blob. Within the source's location mount from the source; elsewhere the first target repository of a
 * location to need a blob places it, and the others mount from it. Waiting for that first one holds no slot.
 */
export async function placeBlob(context: BlobContext, blob: Descriptor, placement: Placement): Promise<void> {
  const { target } = context;
  const source = context.sourceOf(blob.digest);
  if (canMount(target, source)) return placeFrom(context, blob, placement, source);
  const made = await context.made?.placedAt(target.location, blob);
  if (made !== undefined) {
    if (made.store !== target) return placeFrom(context, blob, placement, canMount(target, made.store) ? made.store : undefined);
    if (made.outcome === 'uploaded') {
      placement.counts.uploaded++;
      placement.bytesUploaded += blob.size;
    } else {
      placement.counts.existing++;
      placement.bytesSaved += blob.size;
    }
    return;
  }
  // Copies that share the map (a sync's many tags) can meet the same repository: one placement each, the rest wait.
  const here = `${target.location} ${blob.digest} ${target.name}`;
  const earlier = context.placed.get(here);
  if (earlier) {
    if ((await earlier.catch(() => undefined)) === target) {
      placement.counts.existing++;
      placement.bytesSaved += blob.size;
      return;
    }
    return placeFrom(context, blob, placement, undefined);
  }
  const key = `${target.location} ${blob.digest}`;
  const first = context.placed.get(key);
  let mine: Promise<Store>;
  if (first) {
    mine = first
      .catch(() => undefined)
      .then((from) => placeFrom(context, blob, placement, from && canMount(target, from) ? from : undefined))
      .then(() => target);
  } else {
    const hinted = context.mountHints?.(blob.digest, target);
    const mountFrom = hinted !== undefined && hinted !== target && canMount(target, hinted) ? hinted : undefined;
    mine = placeFrom(context, blob, placement, mountFrom).then(() => target);
    context.placed.set(key, mine);
  }
  context.placed.set(here, mine);
  await mine;
}

async function placeFrom(context: BlobContext, blob: Descriptor, placement: Placement, mountFrom: Store | undefined): Promise<void> {
  const { target } = context;
  let early: Promise<Buffer> | undefined;
  // First ask (mount, or HEAD): no bytes move, so this takes a check slot, not a transfer slot.
  const done = await context.checks(async (): Promise<boolean> => {
    if (mountFrom === undefined && context.eagerBelow !== undefined && blob.size <= context.eagerBelow) {
      early = readEarly(context, blob);
    }
    if (mountFrom !== undefined && target.mountBlob) {
      // One request answers both "is it there?" and "link it": no HEAD needed within a registry.
      let mount;
      try {
        mount = await target.mountBlob(blob, mountFrom);
      } catch (error) {
        throw copyError('target', 'mount blob', blob.digest, `${target.name}: mount ${blob.digest} from ${mountFrom.name}`, error);
      }
      if (mount.mounted) {
        placement.counts.mounted++;
        placement.bytesSaved += blob.size;
        placement.mounted.add(blob.digest);
        return true;
      }
      return false;
    }
    const present = await checkBlob(target, blob).catch((error: unknown) => {
      early?.catch(() => undefined).finally(() => target.abandonBlobWrite?.(blob));
      throw error;
    });
    if (present) {
      placement.counts.existing++;
      placement.bytesSaved += blob.size;
      // The bytes read early are not needed; nor is the session opened for them.
      early?.catch(() => undefined);
      target.abandonBlobWrite?.(blob);
    }
    return present;
  });
  if (done) return;
  await context.transfers(() => uploadBlob(context, blob, early));
  placement.counts.uploaded++;
  placement.bytesUploaded += blob.size;
}

/** Whether the target holds the blob, a failure to ask named as the target's. */
export async function checkBlob(target: Store, blob: Descriptor): Promise<boolean> {
  try {
    return await target.hasBlob(blob);
  } catch (error) {
    throw copyError('target', 'check blob', blob.digest, `${target.name}: check blob ${blob.digest}`, error);
  }
}

/**
 * A small blob's bytes, read (and verified: the source's stream errors on a wrong digest or size) while the target is
 * asked for it, with the target's upload session opening at the same time.
 */
function readEarly(context: BlobContext, blob: Descriptor): Promise<Buffer> {
  const source = context.sourceOf(blob.digest);
  context.target.prepareBlobWrite?.(blob);
  const bytes = source.readBlob(blob).then((stream) => buffer(stream));
  // Its failure is the upload's to report, if an upload comes.
  bytes.catch(() => undefined);
  return bytes;
}

/**
 * Stream one blob from the source to the target, with fresh bytes on each attempt (the first may use bytes read
 * early, see `eagerBelow`).
 */
export async function uploadBlob(context: BlobContext, blob: Descriptor, early?: Promise<Buffer>): Promise<void> {
  const { target, onProgress } = context;
  const source = context.sourceOf(blob.digest);
  const operation = `blob ${blob.digest} for ${target.name.slice(target.location.length + 1) || target.name}`;
  await runUnwrapped(
    context.retry,
    target.location,
    operation,
    async () => {
      let sent = 0;
      const onBytes = onProgress
        ? (n: number): void => {
            sent += n;
            onProgress({ repository: target.name, digest: blob.digest, size: blob.size, phase: 'bytes', bytesDone: sent });
          }
        : undefined;
      // The target's upload opens while the source's answer is on its way (both take a round trip).
      target.prepareBlobWrite?.(blob);
      const read = early;
      early = undefined;
      let stream: Readable;
      try {
        stream = read ? Readable.from([await read]) : await source.readBlob(blob, onBytes);
        if (read) onBytes?.(blob.size);
      } catch (error) {
        // Opening the read already went through the policy request by request; another whole-blob round would only
        // multiply those attempts.
        throw new FinalAttempt(copyError('source', 'read blob', blob.digest, `${source.name}: read blob ${blob.digest}`, error));
      }
      // The target may still be opening its upload when the source breaks off: keep the error on the stream (read
      // back as stream.errored below) instead of letting an unlistened 'error' end the process.
      stream.on('error', () => undefined);
      onProgress?.({ repository: target.name, digest: blob.digest, size: blob.size, phase: 'start', bytesDone: 0 });
      try {
        await target.writeBlob(blob, stream);
      } catch (error) {
        // A broken or corrupt source stream surfaces as the write's failure: blame the side that broke.
        const cause = stream.errored ?? error;
        const side = stream.errored ? 'source' : 'target';
        throw retryableCopyError(
          side,
          blob.digest,
          side === 'source' ? `${source.name}: read blob ${blob.digest}` : `${target.name}: upload blob ${blob.digest}`,
          cause,
        );
      } finally {
        if (!stream.destroyed) stream.destroy();
      }
      onProgress?.({ repository: target.name, digest: blob.digest, size: blob.size, phase: 'done', bytesDone: blob.size });
    },
    { attempts: BLOB_ATTEMPTS, classify: classifyCause },
  );
}

function retryableCopyError(side: 'source' | 'target', digest: string, where: string, cause: unknown): Error {
  return copyError(side, side === 'source' ? 'read blob' : 'upload blob', digest, where, cause);
}

/** The policy's run, with a FinalAttempt unwrapped into the error it carries. */
async function runUnwrapped(retry: RetryPolicy, ...args: Parameters<RetryPolicy['run']>): Promise<void> {
  try {
    await retry.run(...args);
  } catch (error) {
    throw error instanceof FinalAttempt ? error.error : error;
  }
}

/** A CopyError is as retryable as what caused it. */
function classifyCause(error: unknown): RetryDecision {
  if (error instanceof FinalAttempt) return { retryable: false, reason: 'already retried request by request' };
  const cause = (error as { cause?: unknown }).cause ?? error;
  // A whole blob is retried after a failure the user may want to read in full (what the registry said).
  return { ...classify(cause), reason: cause instanceof Error ? cause.message.replace(/\.$/, '') : String(cause) };
}

/** Carries an error out of the whole-blob loop at once. */
class FinalAttempt extends Error {
  readonly error: Error;
  constructor(error: Error) {
    super(error.message);
    this.error = error;
  }
}
