// What a sync copies, as items: the selected tags of one job that point at one source digest and need copying. The
// tags of an item go up in ONE copy (blobs and child manifests once, then a manifest PUT per tag), and an item is
// what the matrix splits, so tags of one digest never land in two shards. Sizing reads the manifests (the only GETs
// of the plan, and only of what changes) for the bytes to move and the manifests the copy will read.
import { buildPlan } from '../copy/plan.ts';
import type { Limiter } from '../copy/limit.ts';
import type { JobSurvey } from './survey.ts';

export interface SyncItem {
  /** `target@sourceDigest`: unique in a plan, the same on every runner (the shards' key). */
  readonly key: string;
  /**
   * What decides the item's shard: the target repository's path and the digest, without the registry, so the
   * split is the same whichever name or port the registry is reached by.
   */
  readonly shardKey: string;
  /** Index of the job's survey in the run. */
  readonly job: number;
  readonly sourceDigest: string;
  /** Tags to point at it, in selection order. */
  tags: string[];
  /** Bytes of every blob the image needs (what moves to a target that has none of them); 0 until sized. */
  bytes: number;
  /** Manifests the copy reads from the source (GETs: Docker Hub's pulls); an estimate of 1 until sized. */
  pulls: number;
  /** The digest the tags will hold: the source's, or the index a platform selection builds. */
  pushedDigest: string | undefined;
  /** Blob digests, for the blob-locations memory once copied (strings only: manifests are not kept). */
  blobs: readonly string[];
  /** Sizing failed: the copy of these tags fails with this. */
  error?: string;
}

/** Tags whose target holds the source digest are unchanged (decided from HEADs alone); the rest become items. */
export function itemsOf(surveys: readonly JobSurvey[]): { items: SyncItem[]; unchanged: Map<number, Set<string>> } {
  const items: SyncItem[] = [];
  const unchanged = new Map<number, Set<string>>();
  surveys.forEach((survey, job) => {
    const same = new Set<string>();
    unchanged.set(job, same);
    const byDigest = new Map<string, SyncItem>();
    // A platform selection pushes an index of its own: only its digest (known once sized) says "unchanged".
    const selecting = survey.job.platforms !== undefined;
    for (const { tag, sourceDigest, targetDigest } of survey.selected) {
      if (sourceDigest === undefined) continue;
      if (!selecting && sourceDigest === targetDigest) {
        same.add(tag);
        continue;
      }
      let item = byDigest.get(sourceDigest);
      if (!item) {
        item = {
          key: `${survey.target.name}@${sourceDigest}`,
          shardKey: `${survey.job.target.repository}@${sourceDigest}`,
          job,
          sourceDigest,
          tags: [],
          bytes: 0,
          pulls: 1,
          pushedDigest: selecting ? undefined : sourceDigest,
          blobs: [],
        };
        byDigest.set(sourceDigest, item);
        items.push(item);
      }
      item.tags.push(tag);
    }
  });
  return { items, unchanged };
}

/**
 * Read each item's manifests for its size (blobs deduplicated within the image) and the manifests its copy reads.
 * With a platform selection, tags already at the built index's digest move to `unchanged`; items left without
 * tags are dropped. Returns the items still to copy.
 */
export async function sizeItems(
  items: readonly SyncItem[],
  surveys: readonly JobSurvey[],
  unchanged: Map<number, Set<string>>,
  checks: Limiter,
): Promise<SyncItem[]> {
  await Promise.all(
    items.map((item) =>
      checks(async () => {
        const survey = surveys[item.job]!;
        try {
          const root = await survey.source.getManifest(item.sourceDigest);
          const plan = await buildPlan(survey.source, root, survey.job.platforms);
          item.bytes = plan.blobs.reduce((sum, b) => sum + b.size, 0);
          // Manifests hoist builds (a selection's index) are not read from the source.
          item.pulls = plan.manifests.filter((m) => !(plan.rewritten && m === plan.root)).length;
          item.pushedDigest = plan.root.digest;
          item.blobs = plan.blobs.map((b) => b.digest);
        } catch (error) {
          item.error = (error as Error).message;
        }
      }),
    ),
  );
  return items.filter((item) => {
    if (item.error !== undefined || survey(surveys, item).job.platforms === undefined) return true;
    const atTarget = new Map(survey(surveys, item).selected.map((s) => [s.tag, s.targetDigest]));
    const same = item.tags.filter((tag) => atTarget.get(tag) === item.pushedDigest);
    for (const tag of same) unchanged.get(item.job)!.add(tag);
    item.tags = item.tags.filter((tag) => !same.includes(tag));
    return item.tags.length > 0;
  });
}

function survey(surveys: readonly JobSurvey[], item: SyncItem): JobSurvey {
  return surveys[item.job]!;
}
