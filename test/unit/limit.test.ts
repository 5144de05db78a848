/* eslint-disable @typescript-eslint/require-await, @typescript-eslint/await-thenable -- the limiter must take tasks that finish at once, and plain values, as any caller may hand it */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { createLimiter } from '../../src/copy/limit.ts';

/** Deterministic pseudo-random numbers (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Counts tasks running at once. */
function tracker(): { run: <T>(body: () => Promise<T>) => () => Promise<T>; readonly max: number; readonly active: number } {
  let active = 0;
  let max = 0;
  return {
    run: (body) => async () => {
      active++;
      max = Math.max(max, active);
      try {
        return await body();
      } finally {
        active--;
      }
    },
    get max() {
      return max;
    },
    get active() {
      return active;
    },
  };
}

async function microtasks(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await null;
}

describe('createLimiter: slot counts', () => {
  const invalid: unknown[] = [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '4'];
  for (const slots of invalid) {
    it(`rejects ${String(slots)} slots with a RangeError naming the value`, () => {
      assert.throws(
        () => createLimiter(slots as number),
        (error: unknown) => {
          assert.ok(error instanceof RangeError);
          assert.match(error.message, /whole number of at least 1/);
          assert.ok(error.message.includes(`got ${String(slots)}`), error.message);
          return true;
        },
      );
    });
  }
  for (const slots of [1, 2, 64]) {
    it(`accepts ${slots} slots`, () => {
      assert.equal(typeof createLimiter(slots), 'function');
    });
  }
});

describe('createLimiter: results and rejections', () => {
  it('returns the task result', async () => {
    const limit = createLimiter(2);
    assert.equal(await limit(async () => 42), 42);
    assert.deepEqual(await limit(async () => ({ a: [1, 2] })), { a: [1, 2] });
  });

  it('results of many tasks come back to their own callers', async () => {
    const limit = createLimiter(3);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limit(async () => {
          await sleep((i * 7) % 5);
          return i * i;
        }),
      ),
    );
    assert.deepEqual(
      results,
      Array.from({ length: 20 }, (_, i) => i * i),
    );
  });

  it('propagates a rejection with the same error object', async () => {
    const limit = createLimiter(1);
    const boom = new Error('boom');
    await assert.rejects(
      limit(async () => {
        throw boom;
      }),
      (error) => error === boom,
    );
  });

  it('propagates a task that throws synchronously', async () => {
    const limit = createLimiter(1);
    await assert.rejects(
      limit(() => {
        throw new TypeError('sync');
      }),
      TypeError,
    );
  });

  it('a rejected task gives its slot back', async () => {
    const limit = createLimiter(1);
    const outcomes = await Promise.allSettled([
      limit(async () => {
        await sleep(2);
        throw new Error('first fails');
      }),
      limit(async () => 'second runs'),
      limit(async () => 'third runs'),
    ]);
    assert.deepEqual(
      outcomes.map((o) => o.status),
      ['rejected', 'fulfilled', 'fulfilled'],
    );
    assert.deepEqual(
      outcomes.slice(1).map((o) => (o as PromiseFulfilledResult<string>).value),
      ['second runs', 'third runs'],
    );
  });

  it('waiting tasks start in the order they were submitted', async () => {
    const limit = createLimiter(1);
    const started: number[] = [];
    await Promise.all(
      [0, 1, 2, 3, 4].map((i) =>
        limit(async () => {
          started.push(i);
          await sleep(1);
        }),
      ),
    );
    assert.deepEqual(started, [0, 1, 2, 3, 4]);
  });
});

describe('createLimiter: never more than N at once', () => {
  for (const slots of [1, 2, 3, 8]) {
    it(`${slots} slot(s), 40 timer tasks submitted at once: max active is exactly ${slots}`, async () => {
      const limit = createLimiter(slots);
      const t = tracker();
      const next = random(slots);
      await Promise.all(Array.from({ length: 40 }, () => limit(t.run(() => sleep(Math.floor(next() * 4))))));
      assert.equal(t.max, slots);
      assert.equal(t.active, 0);
    });
  }

  for (const slots of [1, 2, 4]) {
    it(`${slots} slot(s), workers chaining tasks with mixed microtask and timer waits`, async () => {
      const limit = createLimiter(slots);
      const t = tracker();
      const next = random(1000 + slots);
      const worker = async (): Promise<void> => {
        for (let i = 0; i < 25; i++) {
          const roll = next();
          // Work between submissions, like the copy engine's own awaits between blobs.
          await microtasks(Math.floor(next() * 6));
          await limit(
            t.run(async () => {
              if (roll < 0.5) await microtasks(Math.floor(next() * 6));
              else await sleep(Math.floor(next() * 3));
            }),
          );
        }
      };
      await Promise.all(Array.from({ length: slots * 3 }, worker));
      assert.ok(t.max <= slots, `max active ${t.max} exceeded ${slots} slot(s)`);
    });
  }

  // A slot freed by a finishing task belongs to the task already waiting. A new caller that arrives in the window
  // between the release and the waiter resuming must wait too, whatever the number of microtasks in between.
  for (const slots of [1, 2]) {
    for (let hops = 0; hops <= 8; hops++) {
      it(`${slots} slot(s): a caller arriving ${hops} microtask(s) after a slot is handed to a waiter does not overrun`, async () => {
        const limit = createLimiter(slots);
        const t = tracker();
        const gates: Array<() => void> = [];
        const held = Array.from({ length: slots }, () => limit(t.run(() => new Promise<void>((resolve) => gates.push(resolve)))));
        const waiter = limit(t.run(() => sleep(5)));
        await sleep(1); // the held tasks are running, the waiter is queued
        assert.equal(t.active, slots);
        const late = (async () => {
          await microtasks(hops);
          await limit(t.run(() => sleep(5)));
        })();
        gates[0]!(); // one held task finishes; the others keep their slots
        await Promise.all([held[0], waiter, late]);
        for (const release of gates.slice(1)) release();
        await Promise.all(held);
        assert.ok(t.max <= slots, `max active ${t.max} with ${slots} slot(s)`);
      });
    }
  }
});
