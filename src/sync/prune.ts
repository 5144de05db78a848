// `prune: true`: delete the target tags the selection no longer holds. A registry deletes a manifest by digest, and
// every tag of that digest goes with it, so a tag whose digest a kept tag also points at is never deleted (it stays,
// with the reason); candidates sharing one digest go together with one DELETE.
import type { Limiter } from '../copy/limit.ts';
import type { Store } from '../store/store.ts';
import type { PruneResult } from './sync-result.ts';

export interface PruneRequest {
  readonly target: Store;
  /** Target tags the selection does not hold. */
  readonly candidates: readonly string[];
  /** Digest → a tag that keeps it (what selected tags hold, or will hold, after this run). */
  readonly kept: ReadonlyMap<string, string>;
  readonly dryRun: boolean;
  readonly checks: Limiter;
}

export async function prune(request: PruneRequest): Promise<PruneResult> {
  const { target, kept, checks } = request;
  const deleted: string[] = [];
  const keptTags: Array<{ tag: string; reason: string }> = [];
  const failed: Array<{ tag: string; error: string }> = [];
  const byDigest = new Map<string, string[]>();
  await Promise.all(
    request.candidates.map(async (tag) => {
      try {
        const digest = (await checks(() => target.resolve(tag)))?.digest;
        if (digest === undefined) return; // gone already
        const keeper = kept.get(digest);
        if (keeper !== undefined) {
          keptTags.push({ tag, reason: `it points at ${digest}, as the kept tag ${keeper} does, and deleting one deletes both` });
          return;
        }
        byDigest.set(digest, [...(byDigest.get(digest) ?? []), tag]);
      } catch (error) {
        failed.push({ tag, error: (error as Error).message });
      }
    }),
  );
  for (const tags of byDigest.values()) {
    if (request.dryRun) {
      deleted.push(...tags);
      continue;
    }
    if (!target.deleteTag) {
      for (const tag of tags) failed.push({ tag, error: `${target.name} cannot delete tags` });
      continue;
    }
    try {
      // One DELETE of the digest removes every tag of it: all of these are candidates.
      await checks(() => target.deleteTag!(tags[0]!));
      deleted.push(...tags);
    } catch (error) {
      for (const tag of tags) failed.push({ tag, error: (error as Error).message });
    }
  }
  const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return { deleted: deleted.sort(order), kept: keptTags.sort((a, b) => order(a.tag, b.tag)), failed };
}
