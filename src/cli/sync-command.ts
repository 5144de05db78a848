// hoist sync CONFIG: mirror the repositories a sync config names. --plan N prints the matrix for a workflow's
// strategy (and, on stderr, how N shards split the work); --shard I/N syncs one shard. Exit 0 done, 1 a tag failed
// (or, with --strict, the pull allowance stopped the run), 2 bad usage or a bad config (with file:line:column).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { formatBytes } from '../display.ts';
import type { Logger } from '../log.ts';
import { BlobLocations } from '../sync/blob-locations.ts';
import { parseSyncConfig, SyncConfigError, type SyncConfig } from '../sync/config.ts';
import { planSync, runSync, type SyncOptions } from '../sync/run.ts';
import { parseShard, ShardError, type ShardSpec } from '../sync/shards.ts';
import { syncFailed, type SyncResult } from '../sync/sync-result.ts';
import type { CliIo } from './io.ts';
import { textTable } from './text-table.ts';
import { UsageError, type CliValues } from './usage.ts';
import { explicitCredentials, insecureOption } from './values.ts';

export async function syncCommand(args: readonly string[], values: CliValues, io: CliIo, logger: Logger): Promise<number> {
  if (args.length !== 1) throw new UsageError('sync needs exactly one CONFIG file');
  const file = args[0]!;
  const config = readConfig(file);
  if (values.plan !== undefined && values.shard !== undefined) throw new UsageError('--plan and --shard go in different jobs; give one');
  const shard = values.shard === undefined ? undefined : shardOption(values.shard);
  const count = values.plan === undefined ? undefined : planOption(values.plan);
  const firstRegistry = config.jobs[0]!.target.registry;
  const options: SyncOptions = {
    config,
    credentials: { explicit: await explicitCredentials(values, firstRegistry, io) },
    insecureRegistries: insecureOption(values),
    logger,
    secret: () => {},
    dryRun: values['dry-run'] === true,
    shard,
  };
  if (count !== undefined) {
    const plan = await planSync(options, count);
    for (const s of plan.shards) logger.info(`shard ${s.shard}: ${s.tags} tags (${s.items} images), ${formatBytes(s.bytes)}`);
    logger.info(`${plan.unchanged} tags unchanged.`);
    for (const f of plan.failures) logger.error(f);
    io.stdout.write(`${JSON.stringify(values.json ? plan : plan.matrix)}\n`);
    return plan.failures.length > 0 ? 1 : 0;
  }
  const cacheFile = values['blob-locations'];
  let locations: BlobLocations | undefined;
  if (cacheFile !== undefined) {
    const read = existsSync(cacheFile) ? BlobLocations.parse(readFileSync(cacheFile, 'utf8')) : { locations: new BlobLocations() };
    if (read.problem) logger.warning(`${cacheFile}: ${read.problem}`);
    locations = read.locations;
  }
  const result = await runSync({ ...options, ...(locations && { blobLocations: locations }) });
  if (cacheFile !== undefined && locations && !options.dryRun) writeFileSync(cacheFile, locations.toJSON());
  io.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : syncReport(result));
  if (syncFailed(result)) return 1;
  return values.strict && result.rateLimited ? 1 : 0;
}

function readConfig(file: string): SyncConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the sync config ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return parseSyncConfig(text, file);
  } catch (error) {
    if (error instanceof SyncConfigError) throw new UsageError(error.message);
    throw error;
  }
}

function shardOption(text: string): ShardSpec {
  try {
    return parseShard(text);
  } catch (error) {
    if (error instanceof ShardError) throw new UsageError(`--shard: ${error.message}`);
    throw error;
  }
}

function planOption(text: string): number {
  // parseShard checks N the same way for both options: `1/N` is always a valid shard when N is a valid count.
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`--plan "${text}" is not a number of shards; expected e.g. --plan 4`);
  return shardOption(`1/${text.trim()}`).count;
}

/** One row per target repository; failures and what the pull allowance deferred below it. */
export function syncReport(result: SyncResult): string {
  const rows = result.repositories.map((r) => [
    r.target,
    String(r.copied),
    String(r.unchanged),
    String(r.skipped),
    String(r.failed),
    formatBytes(r.bytes),
    r.prune ? `${r.prune.deleted.length}${r.prune.kept.length > 0 ? ` (${r.prune.kept.length} kept)` : ''}` : '-',
  ]);
  const copiedHeader = result.dryRun ? 'TO COPY' : 'COPIED';
  const pruneHeader = result.dryRun ? 'TO PRUNE' : 'PRUNED';
  const lines = textTable(['REPOSITORY', copiedHeader, 'UNCHANGED', 'SKIPPED', 'FAILED', 'BYTES', pruneHeader], rows);
  const t = result.totals;
  lines.push(
    '',
    `${result.dryRun ? 'Dry run: ' : ''}${t.copied} ${result.dryRun ? 'to copy' : 'copied'}, ${t.unchanged} unchanged, ${t.skipped} skipped, ${t.failed} failed; ${formatBytes(t.bytes)} ${result.dryRun ? 'to move' : 'moved'}, ${formatBytes(t.bytesSaved)} saved by mounts${result.shard ? ` (shard ${result.shard})` : ''}.`,
  );
  if (result.dryRun) {
    for (const r of result.repositories) {
      for (const tag of r.tags.filter((x) => x.status === 'planned')) lines.push(`would copy ${r.target}:${tag.tag}`);
      for (const tag of r.prune?.deleted ?? []) lines.push(`would delete ${r.target}:${tag}`);
    }
  }
  for (const r of result.repositories) for (const k of r.prune?.kept ?? []) lines.push(`kept ${r.target}:${k.tag}: ${k.reason}`);
  for (const w of result.warnings) lines.push(`warning: ${w}`);
  for (const f of result.failures) lines.push(`failed: ${f}`);
  return `${lines.join('\n')}\n`;
}
