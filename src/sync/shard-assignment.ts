// Which shard copies an item, decided by the item alone. The jobs of a matrix survey at different moments: by the
// time a late shard lists the targets, an early one has copied its share, and those items are no longer in the late
// shard's plan. A split over the plan as a whole (planShards' longest-processing-time rule) would then move items
// between shards, copying some twice and skipping others. A hash of the item's key (target repository and source
// digest) gives every job the same answer whatever else it sees; shards balance by count, and so by bytes over
// the many similar items of a fleet, not exactly as the LPT rule would.
import { createHash } from 'node:crypto';
import { formatShard, ShardError, type Shard, type ShardItem } from './shards.ts';

/** The shard (1-based) of `count` that copies the item with this key. */
export function shardOfKey(key: string, count: number): number {
  if (!Number.isSafeInteger(count) || count < 1) throw new ShardError(`shard count ${String(count)} is not valid`);
  return (createHash('sha256').update(key).digest().readUInt32BE(0) % count) + 1;
}

/** Every item in exactly one shard, by `keyOf` (default its key); items keep their order within a shard. */
export function splitByKey<T extends ShardItem>(items: readonly T[], count: number, keyOf: (item: T) => string = (i) => i.key): Shard<T>[] {
  const shards = Array.from({ length: count }, (_, i) => ({ index: i + 1, items: [] as T[], bytes: 0 }));
  for (const item of items) {
    const shard = shards[shardOfKey(keyOf(item), count) - 1]!;
    shard.items.push(item);
    shard.bytes += item.bytes;
  }
  return shards;
}

export { formatShard };
