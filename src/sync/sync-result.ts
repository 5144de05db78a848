// What a sync did, as plain data the edges render: one row per target repository (the action's summary table, the
// CLI's table, `--json`), the failures listed, and what a rate-limit stop left for the next run.

/**
 * `planned`: a dry run found it needs copying. `deferred`: left for the next run (the pull budget ran out).
 * `elsewhere`: another shard of the matrix copies it.
 */
export type SyncTagStatus = 'copied' | 'unchanged' | 'failed' | 'planned' | 'deferred' | 'elsewhere';

export interface SyncTagResult {
  readonly tag: string;
  readonly status: SyncTagStatus;
  /** The digest the target tag holds (copied, unchanged) or would hold (planned, deferred). */
  readonly digest: string | undefined;
  /** Bytes uploaded for it (copied), or to move (planned, deferred): shared by the tags of one digest, counted once. */
  readonly bytes: number;
  /** Bytes that did not cross the wire for it (mounted, or already there), on the same tag as `bytes`. */
  readonly bytesSaved?: number;
  readonly error?: string;
}

export interface PruneResult {
  /** Tags deleted (or, in a dry run, to delete). */
  readonly deleted: readonly string[];
  /** Tags the selection no longer holds but that stay, each with the reason (a kept tag shares the digest). */
  readonly kept: ReadonlyArray<{ readonly tag: string; readonly reason: string }>;
  readonly failed: ReadonlyArray<{ readonly tag: string; readonly error: string }>;
}

export interface SyncRepositoryResult {
  /** `registry/repository` of each side. */
  readonly source: string;
  readonly target: string;
  /** The config line the job was written at. */
  readonly line: number;
  /** Tags the source lists; `excluded` of them the filters left out. */
  readonly listed: number;
  readonly excluded: number;
  readonly copied: number;
  readonly unchanged: number;
  /** Selected tags this run did not take: deferred for the pull budget, or copied by another shard. */
  readonly skipped: number;
  readonly failed: number;
  /** Bytes uploaded (a dry run: bytes that would move). */
  readonly bytes: number;
  /** Bytes that did not cross the wire: blobs mounted (from siblings, or as remembered) or already there. */
  readonly bytesSaved: number;
  /** Every selected tag; the edges collapse them for big runs. */
  readonly tags: readonly SyncTagResult[];
  readonly prune: PruneResult | undefined;
  /** The whole repository could not be synced (its tag list could not be read): the reason. */
  readonly error?: string;
}

export interface SyncResult {
  readonly dryRun: boolean;
  /** `I/N` when one shard ran. */
  readonly shard: string | undefined;
  readonly repositories: readonly SyncRepositoryResult[];
  readonly totals: {
    readonly copied: number;
    readonly unchanged: number;
    readonly skipped: number;
    readonly failed: number;
    readonly deferred: number;
    readonly bytes: number;
    readonly bytesSaved: number;
  };
  /** The run stopped before exhausting a pull allowance; `deferred` tags wait for the next run. */
  readonly rateLimited: RateLimitStop | undefined;
  readonly warnings: readonly string[];
  /** Failures, one line each (`target:tag: message`), for the closing list. */
  readonly failures: readonly string[];
}

export interface RateLimitStop {
  readonly registry: string;
  readonly remaining: number;
  readonly neededPulls: number;
  readonly allowedPulls: number;
  readonly deferredTags: number;
}

/** The failed ones: a sync that had any exits 1. */
export function syncFailed(result: SyncResult): boolean {
  return result.totals.failed > 0 || result.repositories.some((r) => r.error !== undefined || (r.prune?.failed.length ?? 0) > 0);
}
