// The sync action's memory of which target repositories hold which blobs, kept across runs with @actions/cache:
// restored into a small JSON file before the run, saved after it under a key of its own (cache entries are
// immutable). The file lives in the runner's temporary directory, so a run without the cache service still reads
// and writes it there and nothing else changes. A cache is never a reason to fail a sync: every problem is a
// debug line or a warning, and the run goes on without the memory.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Logger } from '../log.ts';
import { BlobLocations } from '../sync/blob-locations.ts';

/** What the sync action uses of @actions/cache (loaded lazily, only when the cache service is configured). */
export interface CacheApi {
  isFeatureAvailable(): boolean;
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

export interface BlobLocationsCache {
  /** The file restored into and saved from. */
  readonly file: string;
  /** Key prefix shared by every run of this config and these target registries (the restore key). */
  readonly prefix: string;
  /** This run's key: a cache entry cannot be overwritten, so each run (and shard) saves its own. */
  readonly key: string;
}

/** Bumped when the file's meaning changes, so old entries are not restored. */
const KEY_VERSION = 'v1';

/**
 * Where the memory of this config lives. The key names the config path and a hash of the target registries (a
 * config that moves to other registries starts afresh); `run` makes this run's key unique (run id, attempt, shard).
 */
export function blobLocationsCache(
  configPath: string,
  targetRegistries: Iterable<string>,
  run: string,
  directory?: string,
): BlobLocationsCache {
  const registries = [...new Set(targetRegistries)].sort();
  const hash = createHash('sha256')
    .update(JSON.stringify([configPath, registries]))
    .digest('hex')
    .slice(0, 16);
  // Keys may not hold commas; the config path is kept readable for whoever browses the repository's caches.
  const readable = configPath.replace(/[^A-Za-z0-9._/-]+/g, '_').slice(-100);
  const prefix = `hoist-sync-blobs-${KEY_VERSION}-${readable}-${hash}-`;
  const file = join(directory ?? process.env['RUNNER_TEMP'] ?? tmpdir(), 'hoist-sync', `blob-locations-${hash}.json`);
  return { file, prefix, key: `${prefix}${run.replace(/[^A-Za-z0-9._-]+/g, '_')}` };
}

/** Whether the runner may offer the cache service, checked without loading @actions/cache (its own check decides). */
export function cacheServiceConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env['ACTIONS_CACHE_URL'] || env['ACTIONS_RESULTS_URL']);
}

/** Restore the file (when the service is there) and read it: remembered locations, or an empty memory. */
export async function restoreBlobLocations(
  cache: BlobLocationsCache,
  logger: Logger,
  api: () => Promise<CacheApi | undefined>,
): Promise<BlobLocations> {
  const service = await api();
  if (service === undefined) {
    logger.debug(
      `The Actions cache service is not configured (no ACTIONS_CACHE_URL or ACTIONS_RESULTS_URL): no cache; blob locations are kept in ${cache.file} for this job only.`,
    );
  } else {
    try {
      const hit = await service.restoreCache([cache.file], cache.key, [cache.prefix]);
      logger.debug(
        hit === undefined ? `No cached blob locations under ${cache.prefix}*.` : `Blob locations restored from cache entry ${hit}.`,
      );
    } catch (error) {
      logger.warning(`hoist could not restore the remembered blob locations (${(error as Error).message}); syncing without them.`);
    }
  }
  return readBlobLocations(cache.file, logger);
}

/** The file as BlobLocations; no file (a first run), or a damaged one, is an empty memory. */
export function readBlobLocations(file: string, logger: Logger): BlobLocations {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return new BlobLocations();
  }
  const { locations, problem } = BlobLocations.parse(text);
  if (problem) logger.warning(`${file}: ${problem}`);
  else logger.debug(`${locations.size} remembered blob locations read from ${file}.`);
  return locations;
}

/** Write the file and, when the service is there, save it under this run's key. */
export async function saveBlobLocations(
  cache: BlobLocationsCache,
  locations: BlobLocations,
  logger: Logger,
  api: () => Promise<CacheApi | undefined>,
): Promise<void> {
  try {
    mkdirSync(dirname(cache.file), { recursive: true });
    writeFileSync(cache.file, locations.toJSON());
  } catch (error) {
    logger.warning(
      `hoist could not write the blob locations file ${cache.file} (${(error as Error).message}); the next run starts without them.`,
    );
    return;
  }
  const service = await api();
  if (service === undefined) return;
  try {
    await service.saveCache([cache.file], cache.key);
    logger.debug(`${locations.size} blob locations saved to cache entry ${cache.key}.`);
  } catch (error) {
    logger.warning(`hoist could not save the blob locations to the cache (${(error as Error).message}); the next run starts without them.`);
  }
}

/** @actions/cache, loaded only when the service is configured (it is large, and only the sync action needs it). */
export async function loadCacheApi(): Promise<CacheApi | undefined> {
  if (!cacheServiceConfigured()) return undefined;
  const cache = await import('@actions/cache');
  return cache.isFeatureAvailable() ? cache : undefined;
}
