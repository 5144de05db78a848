// `hoist sync`: mirror the config's repositories. In order: survey every job (tag lists, then a HEAD per selected
// tag on each side), turn what differs into items (one per job and source digest), size them (the only manifest
// GETs) for this shard's share (by a hash of each item's key: see shard-assignment.ts) as far as the pull allowance
// goes, copy each item through the copy engine, then prune. One copy per item: its tags share blobs and child manifests; items share blob placements through one map,
// so a blob crosses the wire once per target registry however many repositories and digests need it.
import { copyImage, type CopyResult, type MountHints } from '../copy/copy.ts';
import { createLimiter } from '../copy/limit.ts';
import { describeRetry } from '../retry/describe.ts';
import { RetryPolicy, type RetryEvent, type RetrySettings } from '../retry/policy.ts';
import { openRegistries, type Registries, type RegistriesOptions } from '../store/registry/registries.ts';
import type { Store } from '../store/store.ts';
import { BlobLocations } from './blob-locations.ts';
import type { SyncConfig } from './config.ts';
import { prune } from './prune.ts';
import { applyAllowance } from './pull-allowance.ts';
import { DEFAULT_PULL_RESERVE } from './pull-budget.ts';
import { shardOfKey, splitByKey } from './shard-assignment.ts';
import { formatShard, matrixFor, type ShardMatrix, type ShardSpec } from './shards.ts';
import { surveyJob, type JobSurvey } from './survey.ts';
import { itemsOf, sizeItems, type SyncItem } from './sync-items.ts';
import type { PruneResult, RateLimitStop, SyncRepositoryResult, SyncResult, SyncTagResult } from './sync-result.ts';

export type { SyncResult } from './sync-result.ts';

export interface SyncOptions extends Omit<RegistriesOptions, 'policy' | 'retry' | 'onRetry'> {
  readonly config: SyncConfig;
  /** List what would be copied and pruned; write nothing. */
  readonly dryRun?: boolean | undefined;
  /** Copy only this shard of the plan (prune runs in shard 1 only). */
  readonly shard?: ShardSpec | undefined;
  /** Pulls left untouched of a reported allowance (default DEFAULT_PULL_RESERVE). */
  readonly pullReserve?: number | undefined;
  /** Blob locations remembered from earlier runs: read for mount hints, and updated with what this run placed. */
  readonly blobLocations?: BlobLocations | undefined;
  readonly retry?: Partial<RetrySettings> | undefined;
  readonly onRetry?: ((event: RetryEvent) => void) | undefined;
}

export interface SyncPlan {
  /** For `strategy.matrix`. */
  readonly matrix: ShardMatrix;
  readonly shards: ReadonlyArray<{ readonly shard: string; readonly items: number; readonly tags: number; readonly bytes: number }>;
  /** Everything that needs copying, with bytes to move. */
  readonly items: ReadonlyArray<{ readonly key: string; readonly tags: readonly string[]; readonly bytes: number }>;
  readonly unchanged: number;
  readonly failures: readonly string[];
}

/** HEADs and mounts in flight at once (the transport's pool per host). */
const CHECKS_AT_ONCE = 16;
/** Copies (items) in flight at once; each has its job's concurrency for blob transfers. */
const COPIES_AT_ONCE = 4;

/** `--plan N`: what needs copying and how N shards split it. Writes nothing. */
export async function planSync(options: SyncOptions, count: number): Promise<SyncPlan> {
  return withRegistries(options, async (registries) => {
    const checks = createLimiter(CHECKS_AT_ONCE);
    const { surveys, items, unchanged } = await surveyAndSize(options, registries, checks, () => true);
    const shards = splitByKey(items, count, (i) => i.shardKey);
    return {
      matrix: matrixFor(count),
      shards: shards.map((s) => ({
        shard: formatShard({ index: s.index, count }),
        items: s.items.length,
        tags: s.items.reduce((n, i) => n + i.tags.length, 0),
        bytes: s.bytes,
      })),
      items: items.map((i) => ({ key: i.key, tags: i.tags, bytes: i.bytes })),
      unchanged: [...unchanged.values()].reduce((n, set) => n + set.size, 0),
      failures: [
        ...surveys.flatMap((s) => (s.error === undefined ? [] : [`${s.target.name}: ${s.error}`])),
        ...items.flatMap((i) => (i.error === undefined ? [] : [`${i.key}: ${i.error}`])),
      ],
    };
  });
}

export async function runSync(options: SyncOptions): Promise<SyncResult> {
  return withRegistries(options, async (registries, hints) => {
    const { logger } = options;
    const dryRun = options.dryRun === true;
    const reserve = options.pullReserve ?? DEFAULT_PULL_RESERVE;
    const checks = createLimiter(CHECKS_AT_ONCE);
    const remaining = (registry: string): number | undefined => registries.rateLimits().find((r) => r.registry === registry)?.remaining;
    const { shard } = options;
    const isMine = (item: SyncItem): boolean => shard === undefined || shardOfKey(item.shardKey, shard.count) === shard.index;
    const { surveys, items, unchanged, preDeferred, stops } = await surveyAndSize(options, registries, checks, isMine, reserve);
    const registryOf = (item: SyncItem): string => options.config.jobs[item.job]!.source.registry;
    const mine = new Set([...items, ...preDeferred].filter(isMine));
    const allowance = applyAllowance(
      items.filter((i) => mine.has(i) && i.error === undefined),
      registryOf,
      remaining,
      (i) => i.pulls,
      (i) => i.tags.length,
      reserve,
    );
    stops.push(...allowance.stops);
    const deferred = new Set([...preDeferred, ...allowance.deferred]);
    const outcomes = new Map<SyncItem, CopyResult['targets']>();
    const copyWarnings = new Set<string>();
    if (!dryRun) {
      const placed = new Map<string, Promise<Store>>();
      const copies = createLimiter(COPIES_AT_ONCE);
      await Promise.all(
        allowance.taken.map((item) =>
          copies(async () => {
            const survey = surveys[item.job]!;
            let copied;
            try {
              copied = await copyItem(item, survey, registries, options, placed, hints);
            } catch (error) {
              // The engine reports failures in its result; anything thrown is a bug, kept to this item's tags.
              item.error = (error as Error).message;
              return;
            }
            const { targets, warnings } = copied;
            for (const w of warnings) copyWarnings.add(w);
            outcomes.set(item, targets);
            if (targets.some((t) => t.status === 'copied')) {
              for (const digest of item.blobs) options.blobLocations?.record(survey.target.location, digest, targetRepository(survey));
            }
          }),
        ),
      );
    }

    const pruneHere = options.shard === undefined || options.shard.index === 1;
    const repositories = await Promise.all(
      surveys.map(async (survey, job): Promise<SyncRepositoryResult> => {
        const jobItems = [...items, ...preDeferred].filter((i) => i.job === job);
        const tags = tagResults(survey, jobItems, unchanged.get(job)!, { mine, deferred, outcomes, dryRun });
        const pruned =
          survey.job.prune && pruneHere && survey.error === undefined
            ? await prune({
                target: survey.target,
                candidates: survey.unselectedTargetTags,
                kept: keptDigests(survey, jobItems),
                dryRun,
                checks,
              })
            : undefined;
        return repositoryResult(survey, tags, pruned);
      }),
    );
    const rateLimited = stops[0];
    const warnings = stops.map(
      (s) =>
        `${s.registry} reports ${s.remaining} pulls left; this run needed ${s.neededPulls} and kept ${reserve} in reserve, so it stopped after ${s.allowedPulls}: ${s.deferredTags} tags wait for the next run`,
    );
    for (const w of warnings) logger.warning(w);
    return summarise(repositories, dryRun, options.shard, rateLimited, [...warnings, ...copyWarnings]);
  });
}

async function withRegistries<T>(
  options: SyncOptions,
  body: (registries: Registries, hints: MountHints | undefined) => Promise<T>,
): Promise<T> {
  const onRetry = (event: RetryEvent): void => {
    options.logger.info(describeRetry(event));
    options.onRetry?.(event);
  };
  const policy = new RetryPolicy({ ...(options.retry && { settings: options.retry }), onRetry });
  const { jobs } = options.config;
  const names = jobs.flatMap((j) => [j.source.registry, j.target.registry]);
  const registries = await openRegistries(names, { ...options, policy });
  try {
    // Every scope is declared before the first request: sources pull, targets push, remembered siblings pull.
    for (const job of jobs) {
      registries.repository(job.source, 'pull');
      registries.repository(job.target, options.dryRun ? 'pull' : 'push');
    }
    const locations = options.blobLocations;
    const hintStores = new Map<string, Store>();
    if (locations && !options.dryRun) {
      for (const registry of new Set(jobs.map((j) => j.target.registry))) {
        for (const repository of locations.repositories(registry)) {
          hintStores.set(`${registry} ${repository}`, registries.repository({ registry, repository }, 'pull'));
        }
      }
    }
    const hints: MountHints | undefined = locations
      ? (digest, target) => {
          const repository = locations.find(target.location, digest);
          return repository === undefined ? undefined : hintStores.get(`${target.location} ${repository}`);
        }
      : undefined;
    return await body(registries, hints);
  } finally {
    await registries.close();
  }
}

interface Prepared {
  readonly surveys: JobSurvey[];
  /** Items still to copy: this shard's sized, the others' not. */
  readonly items: SyncItem[];
  readonly unchanged: Map<number, Set<string>>;
  /** Items left unsized because the allowance would not even cover reading them (unsharded runs only). */
  readonly preDeferred: SyncItem[];
  readonly stops: RateLimitStop[];
}

/** `sized` says which items to read manifests for (this shard's); the others stay unsized, as another job copies them. */
async function surveyAndSize(
  options: SyncOptions,
  registries: Registries,
  checks: ReturnType<typeof createLimiter>,
  sized: (item: SyncItem) => boolean,
  reserve?: number,
): Promise<Prepared> {
  const { jobs } = options.config;
  const surveys = await Promise.all(
    jobs.map((job) => surveyJob(job, registries.repository(job.source, 'pull'), registries.repository(job.target, 'pull'), checks)),
  );
  for (const s of surveys) {
    const note = s.error === undefined ? `${s.selected.length} of ${s.listed} tags selected` : `not synced: ${s.error}`;
    options.logger.info(`${s.source.name} -> ${s.target.name}: ${note}.`);
  }
  const { items: found, unchanged } = itemsOf(surveys);
  const others = found.filter((i) => !sized(i));
  let toSize = found.filter(sized);
  let preDeferred: SyncItem[] = [];
  const stops: RateLimitStop[] = [];
  // Sizing reads each item's manifests and copying reads them again: at least two pulls an item.
  if (reserve !== undefined) {
    const pre = applyAllowance(
      toSize,
      (i) => jobs[i.job]!.source.registry,
      (registry) => registries.rateLimits().find((r) => r.registry === registry)?.remaining,
      () => 2,
      (i) => i.tags.length,
      reserve,
    );
    toSize = pre.taken;
    preDeferred = pre.deferred;
    stops.push(...pre.stops);
  }
  const items = [...(await sizeItems(toSize, surveys, unchanged, checks)), ...others];
  return { surveys, items, unchanged, preDeferred, stops };
}

async function copyItem(
  item: SyncItem,
  survey: JobSurvey,
  registries: Registries,
  options: SyncOptions,
  placed: Map<string, Promise<Store>>,
  mountHints: MountHints | undefined,
): Promise<Pick<CopyResult, 'targets' | 'warnings'>> {
  const { job, source, target } = survey;
  const result = await copyImage({
    source: { store: source, digest: item.sourceDigest, text: `${source.name}@${item.sourceDigest}` },
    targets: item.tags.map((tag) => ({ store: target, tag, text: `${target.name}:${tag}` })),
    platforms: job.platforms,
    concurrency: job.concurrency,
    logger: options.logger,
    retry: registries.policy,
    referrers: job.referrers,
    placed,
    mountHints,
  });
  return result;
}

function targetRepository(survey: JobSurvey): string {
  return survey.job.target.repository;
}

interface TagContext {
  readonly mine: ReadonlySet<SyncItem>;
  readonly deferred: ReadonlySet<SyncItem>;
  readonly outcomes: ReadonlyMap<SyncItem, CopyResult['targets']>;
  readonly dryRun: boolean;
}

/** Every selected tag of a job, in selection order, with what happened to it. */
function tagResults(survey: JobSurvey, items: readonly SyncItem[], same: ReadonlySet<string>, context: TagContext): SyncTagResult[] {
  const byTag = new Map<string, SyncTagResult>();
  for (const item of items) {
    const outcome = context.outcomes.get(item);
    item.tags.forEach((tag, i) => {
      // The tags of one item share their blobs: the bytes are the item's, counted on its first tag.
      const bytes = i === 0 ? item.bytes : 0;
      const digest = item.pushedDigest;
      if (item.error !== undefined) byTag.set(tag, { tag, status: 'failed', digest: undefined, bytes: 0, error: item.error });
      else if (context.deferred.has(item)) byTag.set(tag, { tag, status: 'deferred', digest, bytes });
      else if (!context.mine.has(item)) byTag.set(tag, { tag, status: 'elsewhere', digest, bytes });
      else if (context.dryRun || !outcome) byTag.set(tag, { tag, status: 'planned', digest, bytes });
      else {
        const t = outcome[i]!;
        const uploaded = i === 0 ? Math.max(...outcome.map((o) => o.bytesUploaded)) : 0;
        const saved = i === 0 ? Math.max(...outcome.map((o) => o.bytesSaved)) : 0;
        if (t.status === 'copied' || t.status === 'unchanged') {
          byTag.set(tag, { tag, status: t.status, digest: t.digest, bytes: uploaded, bytesSaved: saved });
        } else byTag.set(tag, { tag, status: 'failed', digest: undefined, bytes: 0, error: t.error ?? t.reason ?? `${t.status}` });
      }
    });
  }
  return survey.selected.map(
    (s) =>
      byTag.get(s.tag) ??
      (same.has(s.tag)
        ? { tag: s.tag, status: 'unchanged' as const, digest: s.targetDigest, bytes: 0 }
        : {
            tag: s.tag,
            status: 'failed' as const,
            digest: undefined,
            bytes: 0,
            error: 'the tag went away while the source was being read',
          }),
  );
}

/** Digest → a tag that holds or will hold it after this run: prune never deletes these. */
function keptDigests(survey: JobSurvey, items: readonly SyncItem[]): Map<string, string> {
  const kept = new Map<string, string>();
  for (const s of survey.selected) if (s.targetDigest !== undefined) kept.set(s.targetDigest, s.tag);
  for (const item of items) if (item.pushedDigest !== undefined) kept.set(item.pushedDigest, item.tags[0] ?? item.key);
  return kept;
}

function repositoryResult(survey: JobSurvey, tags: SyncTagResult[], pruned: PruneResult | undefined): SyncRepositoryResult {
  const count = (...statuses: SyncTagResult['status'][]): number => tags.filter((t) => statuses.includes(t.status)).length;
  return {
    source: survey.source.name,
    target: survey.target.name,
    line: survey.job.line,
    listed: survey.listed,
    excluded: survey.listed - survey.selected.length,
    copied: count('copied', 'planned'),
    unchanged: count('unchanged'),
    skipped: count('deferred', 'elsewhere'),
    failed: count('failed') + (survey.error === undefined ? 0 : 1),
    bytes: tags.filter((t) => t.status === 'copied' || t.status === 'planned').reduce((n, t) => n + t.bytes, 0),
    bytesSaved: tags.reduce((n, t) => n + (t.bytesSaved ?? 0), 0),
    tags,
    prune: pruned,
    ...(survey.error !== undefined && { error: survey.error }),
  };
}

function summarise(
  repositories: SyncRepositoryResult[],
  dryRun: boolean,
  shard: ShardSpec | undefined,
  rateLimited: RateLimitStop | undefined,
  warnings: string[],
): SyncResult {
  const sum = (pick: (r: SyncRepositoryResult) => number): number => repositories.reduce((n, r) => n + pick(r), 0);
  const failures = repositories.flatMap((r) => [
    ...(r.error === undefined ? [] : [`${r.target}: ${r.error}`]),
    ...r.tags.filter((t) => t.status === 'failed').map((t) => `${r.target}:${t.tag}: ${t.error ?? 'failed'}`),
    ...(r.prune?.failed ?? []).map((f) => `${r.target}:${f.tag}: prune: ${f.error}`),
  ]);
  return {
    dryRun,
    shard: shard ? formatShard(shard) : undefined,
    repositories,
    totals: {
      copied: sum((r) => r.copied),
      unchanged: sum((r) => r.unchanged),
      skipped: sum((r) => r.skipped),
      failed: sum((r) => r.failed),
      deferred: sum((r) => r.tags.filter((t) => t.status === 'deferred').length),
      bytes: sum((r) => r.bytes),
      bytesSaved: sum((r) => r.bytesSaved),
    },
    rateLimited,
    warnings: [...new Set(warnings)],
    failures,
  };
}

export { BlobLocations };
