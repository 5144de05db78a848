// The pure parts of a sync run: the blob-locations file, the shard of an item, the pull allowance over a queue.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BlobLocations, MAX_BLOB_LOCATIONS } from '../../src/sync/blob-locations.ts';
import { applyAllowance } from '../../src/sync/pull-allowance.ts';
import { shardOfKey, splitByKey } from '../../src/sync/shard-assignment.ts';

const digest = (i: number): string => `sha256:${i.toString(16).padStart(64, '0')}`;

describe('blob locations', () => {
  it('round-trips through its JSON file', () => {
    const memory = new BlobLocations();
    memory.record('ghcr.io', digest(1), 'acme/mirror/nginx');
    memory.record('ghcr.io', digest(2), 'acme/mirror/redis');
    memory.record('quay.io', digest(1), 'acme/nginx');
    const text = memory.toJSON();
    assert.deepEqual(JSON.parse(text), {
      version: 1,
      registries: {
        'ghcr.io': { [digest(1)]: 'acme/mirror/nginx', [digest(2)]: 'acme/mirror/redis' },
        'quay.io': { [digest(1)]: 'acme/nginx' },
      },
    });
    const { locations, problem } = BlobLocations.parse(text);
    assert.equal(problem, undefined);
    assert.equal(locations.find('ghcr.io', digest(2)), 'acme/mirror/redis');
    assert.equal(locations.find('quay.io', digest(2)), undefined);
    assert.deepEqual(locations.repositories('ghcr.io').sort(), ['acme/mirror/nginx', 'acme/mirror/redis']);
  });

  it('keeps the most recent records within its bound; a record moves its blob to the newest', () => {
    const memory = new BlobLocations(3);
    for (let i = 1; i <= 3; i++) memory.record('r', digest(i), `repo${i}`);
    memory.record('r', digest(1), 'repo1b');
    memory.record('r', digest(4), 'repo4');
    assert.equal(memory.size, 3);
    assert.equal(memory.find('r', digest(2)), undefined, 'the oldest went');
    assert.equal(memory.find('r', digest(1)), 'repo1b');
    assert.ok(MAX_BLOB_LOCATIONS >= 1000);
    assert.deepEqual(memory.repositories('r', 2), ['repo4', 'repo1b'], 'most recent first, bounded');
  });

  it('a damaged or foreign file starts afresh with the reason, never an error', () => {
    for (const [text, reason] of [
      ['{not json', /not JSON/],
      ['{"version":2,"registries":{}}', /not version 1/],
      ['null', /not version 1/],
    ] as const) {
      const { locations, problem } = BlobLocations.parse(text);
      assert.equal(locations.size, 0);
      assert.match(problem ?? '', reason);
    }
    const { locations } = BlobLocations.parse(
      JSON.stringify({ version: 1, registries: { r: { 'not a digest': 'x', [digest(1)]: 7, [digest(2)]: 'ok' } } }),
    );
    assert.equal(locations.size, 1, 'entries that are not digest → repository are dropped');
  });
});

describe('shard of an item', () => {
  const items = Array.from({ length: 2000 }, (_, i) => ({ key: `mirror/r${i % 10}@${digest(i)}`, bytes: 1000 + (i % 13) * 100 }));

  it('every item in exactly one shard, the same whatever else is in the plan', () => {
    const shards = splitByKey(items, 4);
    assert.equal(
      shards.reduce((n, s) => n + s.items.length, 0),
      items.length,
    );
    assert.equal(new Set(shards.flatMap((s) => s.items.map((i) => i.key))).size, items.length);
    // An earlier shard copied its share: the others still pick exactly what they picked before.
    const rest = items.filter((i) => shardOfKey(i.key, 4) !== 1);
    const later = splitByKey(rest, 4);
    for (const index of [2, 3, 4]) assert.deepEqual(later[index - 1]!.items, shards[index - 1]!.items);
    assert.deepEqual(later[0]!.items, []);
  });

  it('balances bytes over a fleet of many items within ±25%', () => {
    const bytes = splitByKey(items, 4).map((s) => s.bytes);
    const mean = bytes.reduce((a, b) => a + b, 0) / 4;
    for (const b of bytes) assert.ok(Math.abs(b - mean) <= 0.25 * mean, bytes.join(', '));
  });

  it('one shard takes everything', () => {
    assert.ok(items.every((i) => shardOfKey(i.key, 1) === 1));
    assert.throws(() => shardOfKey('x', 0), /shard count 0 is not valid/);
  });
});

describe('pull allowance over a queue', () => {
  const queue = [
    { id: 'a', registry: 'docker.io', pulls: 2, tags: 1 },
    { id: 'b', registry: 'docker.io', pulls: 3, tags: 2 },
    { id: 'c', registry: 'docker.io', pulls: 1, tags: 1 },
    { id: 'd', registry: 'ghcr.io', pulls: 50, tags: 5 },
  ];
  const apply = (remaining: Record<string, number | undefined>, reserve = 10) =>
    applyAllowance(
      queue,
      (i) => i.registry,
      (r) => remaining[r],
      (i) => i.pulls,
      (i) => i.tags,
      reserve,
    );

  it('takes items in order while they fit, then leaves the rest (even a smaller one) for the next run', () => {
    const result = apply({ 'docker.io': 14 });
    assert.deepEqual(
      result.taken.map((i) => i.id),
      ['a', 'd'],
    );
    assert.deepEqual(
      result.deferred.map((i) => i.id),
      ['b', 'c'],
    );
    assert.deepEqual(result.stops, [{ registry: 'docker.io', remaining: 14, neededPulls: 6, allowedPulls: 4, deferredTags: 3 }]);
  });

  it('no stop when the allowance covers the queue or no registry reports one', () => {
    assert.deepEqual(apply({ 'docker.io': 16 }).stops, []);
    assert.equal(apply({}).deferred.length, 0);
  });

  it('an allowance within the reserve takes nothing from that registry', () => {
    const result = apply({ 'docker.io': 5 });
    assert.deepEqual(
      result.taken.map((i) => i.id),
      ['d'],
    );
    assert.equal(result.stops[0]!.allowedPulls, 0);
  });
});
