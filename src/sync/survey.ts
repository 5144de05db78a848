// The cheap half of a sync: list both sides' tags (every page), select, and ask what each selected tag points at on
// each side by HEAD (Docker Hub does not count a HEAD as a pull). A tag the target does not list is not asked there.
// Nothing here reads a manifest: an unchanged tag costs one HEAD on each side.
import type { Limiter } from '../copy/limit.ts';
import type { Store } from '../store/store.ts';
import type { SyncJob } from './config.ts';
import { selectTags } from './tag-selection.ts';

export interface SurveyedTag {
  readonly tag: string;
  /** Undefined when the tag went away between the listing and the HEAD. */
  readonly sourceDigest: string | undefined;
  readonly targetDigest: string | undefined;
}

export interface JobSurvey {
  readonly job: SyncJob;
  readonly source: Store;
  readonly target: Store;
  /** Tags the source lists. */
  readonly listed: number;
  /** In selection order (highest versions first). */
  readonly selected: readonly SurveyedTag[];
  /** Tags the target lists that the selection does not hold: what prune considers. */
  readonly unselectedTargetTags: readonly string[];
  /** The job could not be surveyed (a tag list or HEAD failed): the reason. */
  readonly error?: string;
}

export async function surveyJob(job: SyncJob, source: Store, target: Store, checks: Limiter): Promise<JobSurvey> {
  const base = { job, source, target };
  let sourceTags: string[];
  let targetTags: string[];
  try {
    [sourceTags, targetTags] = await Promise.all([source.listTags(), target.listTags()]);
  } catch (error) {
    return { ...base, listed: 0, selected: [], unselectedTargetTags: [], error: (error as Error).message };
  }
  const chosen = selectTags(sourceTags, job.filter);
  const onTarget = new Set(targetTags);
  const wanted = new Set(chosen);
  try {
    const selected = await Promise.all(
      chosen.map(async (tag): Promise<SurveyedTag> => {
        const [sourceDigest, targetDigest] = await Promise.all([
          checks(() => source.resolve(tag)).then((r) => r?.digest),
          onTarget.has(tag) ? checks(() => target.resolve(tag)).then((r) => r?.digest) : undefined,
        ]);
        return { tag, sourceDigest, targetDigest };
      }),
    );
    return { ...base, listed: sourceTags.length, selected, unselectedTargetTags: targetTags.filter((t) => !wanted.has(t)) };
  } catch (error) {
    return { ...base, listed: sourceTags.length, selected: [], unselectedTargetTags: [], error: (error as Error).message };
  }
}
