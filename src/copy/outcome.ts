// The result of a copy, per target and overall: what the action's outputs and summary and the CLI's table show.
import type { CopyFailure } from './copy-error.ts';
import type { CopyEvent } from './events.ts';

export interface BlobCounts {
  mounted: number;
  existing: number;
  uploaded: number;
}

/** `planned`: a dry run found work to do; nothing was written. `skipped`: a tag rule kept the tag where it is. */
export type TargetStatus = 'copied' | 'unchanged' | 'failed' | 'planned' | 'skipped';

export interface TargetResult {
  /** The target as the user wrote it, normalised (`registry/repository:tag`, `oci:./out:v1`). */
  readonly target: string;
  /** The store's name (`registry/repository`, `oci:./out`): targets with the same one share their blob work. */
  readonly repository: string;
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
  /** Signatures, attestations, SBOMs and other referrers that followed the image, and those already there. */
  readonly referrers: { readonly copied: number; readonly existing: number };
  /** Referrers copied (or, in a dry run, to copy), by kind. */
  readonly referrerKinds: Partial<Record<'signature' | 'attestation' | 'sbom' | 'other', number>>;
  /** Why a `skipped` tag stays where it is. */
  readonly reason?: string;
  /** The failure as a sentence; `failure` holds its parts. */
  readonly error?: string;
  readonly failure?: CopyFailure;
  /** What happened, in order, for the per-target log group. */
  readonly events: readonly CopyEvent[];
}

export interface CopyResult {
  readonly source: string;
  readonly sourceDigest: string | undefined;
  /** Digest pushed to the targets (differs from sourceDigest only when a platform selection rewrote the index). */
  readonly digest: string | undefined;
  readonly mediaType: string | undefined;
  /** For an index assembled from several sources: each platform and the source it came from. */
  readonly merged?: ReadonlyArray<{ readonly platform: string; readonly source: string }>;
  readonly targets: readonly TargetResult[];
  readonly warnings: readonly string[];
  /** Pull allowances registries reported (Docker Hub's `ratelimit-*` headers), after the copy. */
  readonly rateLimits: ReadonlyArray<RateLimitReport>;
}

export interface RateLimitReport {
  readonly registry: string;
  readonly limit: number;
  readonly remaining: number;
  readonly windowSeconds: number | undefined;
}
