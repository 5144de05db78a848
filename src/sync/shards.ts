// Splitting a sync plan over a workflow matrix. The jobs never talk to each other, so the split is a pure function
// of the plan: every job computes the same shards from the same items, in whatever order it listed them. Balance is
// by bytes to move (what takes the time), by the longest-processing-time rule: biggest item first, to the lightest
// shard. That keeps the heaviest shard within 4/3 of the best split possible, and far closer on a fleet of many tags.

/** Something to copy, named by a key unique in the plan (e.g. `ghcr.io/acme/mirror/nginx:1.27.0`). */
export interface ShardItem {
  readonly key: string;
  readonly bytes: number;
}

export interface Shard<T extends ShardItem = ShardItem> {
  /** 1-based, as `--shard I/N` names it. */
  readonly index: number;
  /** Biggest first, then by key. */
  readonly items: readonly T[];
  readonly bytes: number;
}

/** `--shard I/N` as read: shard `index` of `count`, 1-based. */
export interface ShardSpec {
  readonly index: number;
  readonly count: number;
}

/** What `strategy.matrix` takes, as `{"include":[{"shard":"1/4"},…]}`. */
export interface ShardMatrix {
  readonly include: readonly { readonly shard: string }[];
}

/** GitHub Actions runs at most 256 jobs from one matrix. */
export const MAX_SHARDS = 256;

/** A shard count, shard or plan item that cannot be used; the message quotes it and says what was expected. */
export class ShardError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShardError';
  }
}

/** Split the items into `count` shards balanced by bytes; every item lands in exactly one. Throws ShardError. */
export function planShards<T extends ShardItem>(items: readonly T[], count: number): Shard<T>[] {
  checkCount(count, 'shard count');
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.key)) throw new ShardError(`plan item "${item.key}" appears twice; each item needs a key of its own`);
    seen.add(item.key);
    if (!Number.isSafeInteger(item.bytes) || item.bytes < 0) {
      throw new ShardError(`plan item "${item.key}" has ${String(item.bytes)} bytes; expected a whole number of at least 0`);
    }
  }
  const order = [...items].sort((a, b) => b.bytes - a.bytes || byCodeUnit(a.key, b.key));
  const shards = Array.from({ length: count }, () => ({ items: [] as T[], bytes: 0 }));
  for (const item of order) {
    // The lightest shard, the lowest index among equals: a linear scan, as N is at most MAX_SHARDS.
    let lightest = 0;
    for (let i = 1; i < count; i++) if (shards[i]!.bytes < shards[lightest]!.bytes) lightest = i;
    const shard = shards[lightest]!;
    shard.items.push(item);
    shard.bytes += item.bytes;
  }
  return shards.map((shard, i) => ({ index: i + 1, items: shard.items, bytes: shard.bytes }));
}

/** The items of shard `index` (1-based) of `count`. */
export function shardOf<T extends ShardItem>(items: readonly T[], index: number, count: number): readonly T[] {
  checkCount(count, 'shard count');
  if (!Number.isSafeInteger(index) || index < 1 || index > count) {
    throw new ShardError(`shard ${String(index)} of ${count} does not exist; expected a shard from 1 to ${count}`);
  }
  return planShards(items, count)[index - 1]!.items;
}

/** Read `I/N` (`2/4`): shard I of N, 1 ≤ I ≤ N. Throws ShardError quoting the text. */
export function parseShard(text: string): ShardSpec {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (match === null) throw new ShardError(`shard "${text}" is not I/N; expected e.g. 2/4 for the second of four shards`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || count > MAX_SHARDS) {
    throw new ShardError(`shard "${text}" names ${count} shards; expected from 1 to ${MAX_SHARDS}, as a workflow matrix runs`);
  }
  if (index < 1 || index > count) {
    throw new ShardError(`shard "${text}" is outside 1..${count}; expected I/N with I from 1 to ${count}, e.g. 1/${count}`);
  }
  return { index, count };
}

export function formatShard(spec: ShardSpec): string {
  return `${spec.index}/${spec.count}`;
}

/** The matrix for `count` shards; `JSON.stringify` it for a `matrix` output that `fromJSON` reads. */
export function matrixFor(count: number): ShardMatrix {
  checkCount(count, 'shard count');
  return { include: Array.from({ length: count }, (_, i) => ({ shard: formatShard({ index: i + 1, count }) })) };
}

function checkCount(count: number, what: string): void {
  if (!Number.isSafeInteger(count) || count < 1 || count > MAX_SHARDS) {
    throw new ShardError(`${what} ${String(count)} is not valid; expected a whole number from 1 to ${MAX_SHARDS}`);
  }
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
