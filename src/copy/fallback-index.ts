// A target's fallback index `<alg>-<hex>` (the referrers of a subject, where the registry does not index `subject`
// itself): read early, beside the blob work, so that only its write waits on the referrers; merged, never dropping
// an entry; written only if it still holds what was read (If-Match), or, when there was none, only if there still is
// none — re-read and merged again when someone else changed it meanwhile.
import { digestOf } from '../oci/digest.ts';
import { parseManifest, type Manifest } from '../oci/manifest.ts';
import { OCI_INDEX } from '../oci/media-types.ts';
import { PreconditionFailedError, type Resolved, type Store, type WriteLane } from '../store/store.ts';
import { copyError } from './copy-error.ts';
import { fallbackTag, indexEntry, type Referrer } from './referrers.ts';

/** Tries at a fallback index that others update at the same time. */
const INDEX_UPDATE_ATTEMPTS = 3;

/** What the fallback tag held when read: its version (for If-Match) and the index, or nothing. */
export interface FallbackRead {
  readonly current: Resolved | undefined;
  readonly index: Manifest | undefined;
}

export async function readFallbackIndex(target: Store, subject: string): Promise<FallbackRead> {
  const tag = fallbackTag(subject);
  try {
    const current = await target.resolve(tag, { wantBytes: true });
    const index = current ? (current.manifest ?? (await target.getManifest(tag))) : undefined;
    return { current, index };
  } catch (error) {
    throw copyError('target', 'resolve', tag, `${target.name}: read the referrers index ${tag}`, error);
  }
}

/**
 * Add what the fallback index of `subject` lacks of `referrers`. `read` is an earlier read of it (its ETag makes
 * the write conditional, so an update made since is not lost); without one it is read now.
 */
export async function addToFallbackIndex(
  target: Store,
  subject: string,
  referrers: readonly Referrer[],
  read: Promise<FallbackRead> = readFallbackIndex(target, subject),
  lane?: WriteLane,
): Promise<void> {
  const tag = fallbackTag(subject);
  let last = read;
  for (let attempt = 1; ; attempt++) {
    const { current, index: existing } = await last;
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
      const condition = current ? (current.etag !== undefined ? { ifMatch: current.etag } : {}) : { ifNoneMatch: '*' as const };
      // On a lane only the first try: a re-read one follows answers, so it has no place in line to keep.
      await target.putManifest(tag, index, { ...condition, ...(lane && attempt === 1 && { lane }) });
      return;
    } catch (error) {
      if (error instanceof PreconditionFailedError && attempt < INDEX_UPDATE_ATTEMPTS) {
        last = readFallbackIndex(target, subject);
        continue;
      }
      throw copyError('target', 'tag', tag, `${target.name}: update the referrers index ${tag}`, error);
    }
  }
}
