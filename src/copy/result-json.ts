// The documented shape of one target in the `result` output (action) and `--json` (CLI): one definition for both.
import type { TargetResult } from './copy.ts';

export interface ResultEntry {
  target: string;
  digest: string | null;
  status: TargetResult['status'];
  blobs: TargetResult['blobs'];
  bytesUploaded: number;
  durationMs: number;
  referrers: TargetResult['referrers'];
  /** Why a `skipped` tag stays where it is. */
  reason?: string;
  error?: string;
}

export function resultEntry(t: TargetResult): ResultEntry {
  return {
    target: t.target,
    digest: t.digest ?? null,
    status: t.status,
    blobs: t.blobs,
    bytesUploaded: t.bytesUploaded,
    durationMs: t.durationMs,
    referrers: t.referrers,
    ...(t.reason !== undefined && { reason: t.reason }),
    ...(t.error !== undefined && { error: t.error }),
  };
}
