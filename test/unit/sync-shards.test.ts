import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_SHARDS, ShardError, matrixFor, parseShard, planShards, shardOf, type Shard, type ShardItem } from '../../src/sync/shards.ts';

/** A deterministic pseudo-random source (mulberry32), so a failing fleet can be regenerated from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A fleet like a mirror's: 10 repositories, 1,000 tags. Sizes span small Alpine-based images (a few MiB) to CUDA
 * images (GiBs), log-uniformly, and some tags move nothing new (0 bytes: every blob already there, manifests only).
 */
function fleet(seed: number, tags = 1000): ShardItem[] {
  const next = random(seed);
  const repositories = ['nginx', 'redis', 'postgres', 'python', 'node', 'golang', 'alpine', 'busybox', 'cuda', 'prometheus'];
  return Array.from({ length: tags }, (_, i) => {
    const repository = repositories[i % repositories.length]!;
    const bytes = next() < 0.05 ? 0 : Math.round(Math.exp(Math.log(3 * 2 ** 20) + next() * Math.log(2 ** 32 / (3 * 2 ** 20))));
    return { key: `ghcr.io/acme/mirror/${repository}:${Math.floor(i / 10)}.${i % 10}.0`, bytes };
  });
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const next = random(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function keysOf(shards: readonly Shard[]): string[][] {
  return shards.map((shard) => shard.items.map((item) => item.key));
}

function assertPartition(items: readonly ShardItem[], shards: readonly Shard[], count: number): void {
  assert.equal(shards.length, count);
  assert.deepEqual(
    shards.map((s) => s.index),
    Array.from({ length: count }, (_, i) => i + 1),
  );
  const seen = new Map<string, number>();
  for (const shard of shards) {
    for (const item of shard.items) {
      assert.equal(seen.get(item.key), undefined, `${item.key} is in shards ${seen.get(item.key)} and ${shard.index}`);
      seen.set(item.key, shard.index);
    }
    assert.equal(
      shard.bytes,
      shard.items.reduce((sum, item) => sum + item.bytes, 0),
    );
  }
  assert.deepEqual([...seen.keys()].sort(), items.map((item) => item.key).sort(), 'the shards together hold every item');
}

describe('planShards: properties over generated fleets', () => {
  for (const seed of [1, 2, 3, 17, 2026]) {
    it(`fleet ${seed}: four shards are disjoint, cover the plan, and hold bytes within ±25% of each other`, () => {
      const items = fleet(seed);
      const shards = planShards(items, 4);
      assertPartition(items, shards, 4);
      const bytes = shards.map((s) => s.bytes);
      const mean = bytes.reduce((a, b) => a + b, 0) / bytes.length;
      for (const b of bytes) assert.ok(Math.abs(b - mean) <= 0.25 * mean, `shard bytes ${bytes.join(', ')} stray from the mean ${mean}`);
      assert.ok(Math.max(...bytes) <= 1.25 * Math.min(...bytes), `shard bytes ${bytes.join(', ')} are not within 25% of each other`);
    });
  }

  it('stays balanced for other shard counts, with a heavy shard no more than 2% over the mean', () => {
    const items = fleet(7);
    for (const count of [2, 3, 5, 8, 16]) {
      const shards = planShards(items, count);
      assertPartition(items, shards, count);
      const mean = shards.reduce((sum, s) => sum + s.bytes, 0) / count;
      const heaviest = Math.max(...shards.map((s) => s.bytes));
      assert.ok(heaviest <= mean * 1.02, `${count} shards: heaviest ${heaviest} vs mean ${mean}`);
    }
  });

  it('is stable: the same plan listed in another order splits the same way', () => {
    const items = fleet(11);
    const expected = keysOf(planShards(items, 4));
    for (const seed of [5, 6, 7]) assert.deepEqual(keysOf(planShards(shuffled(items, seed), 4)), expected);
  });

  it('is stable when sizes tie: ties go by key, then to the lowest shard', () => {
    const items = ['d', 'b', 'a', 'c', 'e'].map((key) => ({ key, bytes: 10 }));
    assert.deepEqual(keysOf(planShards(items, 2)), [
      ['a', 'c', 'e'],
      ['b', 'd'],
    ]);
    assert.deepEqual(keysOf(planShards(shuffled(items, 3), 2)), keysOf(planShards(items, 2)));
  });

  it('gives each shard its items biggest first, and keeps the caller’s own fields', () => {
    const items = [
      { key: 'a', bytes: 1, tag: 'v1' },
      { key: 'b', bytes: 30, tag: 'v2' },
      { key: 'c', bytes: 20, tag: 'v3' },
      { key: 'd', bytes: 5, tag: 'v4' },
    ];
    const [first, second] = planShards(items, 2);
    assert.deepEqual(
      first!.items.map((i) => i.tag),
      ['v2'],
    );
    assert.deepEqual(
      second!.items.map((i) => i.tag),
      ['v3', 'v4', 'v1'],
    );
    assert.deepEqual([first!.bytes, second!.bytes], [30, 26]);
  });

  it('one item bigger than all the rest gets a shard of its own', () => {
    const items = [{ key: 'cuda', bytes: 10_000 }, ...Array.from({ length: 30 }, (_, i) => ({ key: `small-${i}`, bytes: 10 }))];
    const shards = planShards(items, 4);
    assertPartition(items, shards, 4);
    assert.deepEqual(keysOf(shards)[0], ['cuda']);
    assert.deepEqual(
      shards.slice(1).map((s) => s.items.length),
      [10, 10, 10],
    );
  });

  it('more shards than items leaves the extra shards empty, still in the plan', () => {
    const items = [
      { key: 'a', bytes: 2 },
      { key: 'b', bytes: 1 },
    ];
    const shards = planShards(items, 4);
    assertPartition(items, shards, 4);
    assert.deepEqual(keysOf(shards), [['a'], ['b'], [], []]);
    assert.deepEqual(keysOf(planShards([], 3)), [[], [], []]);
  });

  it('one shard holds everything', () => {
    const items = fleet(4, 50);
    const [only] = planShards(items, 1);
    assert.equal(only!.items.length, 50);
  });
});

describe('shardOf', () => {
  it('the shards each job takes are the plan’s, and together they cover it', () => {
    const items = fleet(9, 200);
    const plan = keysOf(planShards(items, 4));
    const taken = [1, 2, 3, 4].map((i) => shardOf(shuffled(items, i), i, 4).map((item) => item.key));
    assert.deepEqual(taken, plan);
    assert.equal(taken.flat().length, items.length);
  });

  it('refuses a shard outside 1..N', () => {
    for (const index of [0, 5, 1.5]) assert.throws(() => shardOf([], index, 4), ShardError);
    assert.throws(() => shardOf([], 1, 0), ShardError);
  });
});

describe('planShards: input it refuses', () => {
  it('a key listed twice (an item would land in two shards or vanish)', () => {
    assert.throws(
      () =>
        planShards(
          [
            { key: 'a', bytes: 1 },
            { key: 'a', bytes: 2 },
          ],
          2,
        ),
      { name: 'ShardError', message: 'plan item "a" appears twice; each item needs a key of its own' },
    );
  });

  it('bytes that are not a whole number of at least 0', () => {
    for (const bytes of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.throws(() => planShards([{ key: 'x', bytes }], 2), /plan item "x" has .* bytes; expected a whole number of at least 0/);
    }
  });

  it('a shard count outside 1..MAX_SHARDS', () => {
    for (const count of [0, -1, 2.5, MAX_SHARDS + 1]) assert.throws(() => planShards([], count), ShardError);
  });
});

describe('parseShard', () => {
  const accepted: Array<[string, { index: number; count: number }]> = [
    ['2/4', { index: 2, count: 4 }],
    ['1/1', { index: 1, count: 1 }],
    [' 4/4 ', { index: 4, count: 4 }],
    ['3 / 8', { index: 3, count: 8 }],
    [`${MAX_SHARDS}/${MAX_SHARDS}`, { index: MAX_SHARDS, count: MAX_SHARDS }],
  ];
  for (const [text, expected] of accepted) {
    it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(parseShard(text), expected));
  }

  const refused: Array<[string, RegExp]> = [
    ['0/4', /^shard "0\/4" is outside 1\.\.4; expected I\/N with I from 1 to 4, e\.g\. 1\/4$/],
    ['5/4', /^shard "5\/4" is outside 1\.\.4/],
    ['a/b', /^shard "a\/b" is not I\/N; expected e\.g\. 2\/4/],
    ['2', /^shard "2" is not I\/N/],
    ['', /^shard "" is not I\/N/],
    ['-1/4', /^shard "-1\/4" is not I\/N/],
    ['1.5/4', /^shard "1\.5\/4" is not I\/N/],
    ['1/0', /^shard "1\/0" names 0 shards; expected from 1 to 256/],
    ['1/257', /^shard "1\/257" names 257 shards/],
  ];
  for (const [text, message] of refused) {
    it(`refuses ${JSON.stringify(text)}, quoting it`, () => assert.throws(() => parseShard(text), { name: 'ShardError', message }));
  }
});

describe('matrixFor', () => {
  it('is the JSON strategy.matrix reads, one entry per shard', () => {
    assert.equal(JSON.stringify(matrixFor(4)), '{"include":[{"shard":"1/4"},{"shard":"2/4"},{"shard":"3/4"},{"shard":"4/4"}]}');
    assert.equal(JSON.stringify(matrixFor(1)), '{"include":[{"shard":"1/1"}]}');
  });

  it('every entry reads back with parseShard, and the entries name every shard once', () => {
    const entries = matrixFor(12).include.map((entry) => parseShard(entry.shard));
    assert.deepEqual(
      entries.map((e) => e.index),
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    assert.ok(entries.every((e) => e.count === 12));
  });

  it('refuses a count a matrix cannot run', () => {
    assert.throws(() => matrixFor(0), /shard count 0 is not valid; expected a whole number from 1 to 256/);
    assert.throws(() => matrixFor(MAX_SHARDS + 1), ShardError);
  });
});
