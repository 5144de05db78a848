import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_PULL_RESERVE, budgetStop, type PullBudget } from '../../src/sync/pull-budget.ts';

describe('budgetStop', () => {
  const cases: Array<{ name: string; remaining: number | undefined; needed: number; reserve?: number; expected: PullBudget }> = [
    {
      name: 'no ratelimit header: no limit known, the run takes everything',
      remaining: undefined,
      needed: 5000,
      expected: { stop: false, allowed: 5000, deferred: 0 },
    },
    { name: 'plenty left: the run goes on', remaining: 100, needed: 50, reserve: 10, expected: { stop: false, allowed: 50, deferred: 0 } },
    {
      name: 'exactly down to the reserve: still no stop',
      remaining: 100,
      needed: 90,
      reserve: 10,
      expected: { stop: false, allowed: 90, deferred: 0 },
    },
    {
      name: 'one pull past the reserve: stop after 90, one left for the next run',
      remaining: 100,
      needed: 91,
      reserve: 10,
      expected: { stop: true, allowed: 90, deferred: 1 },
    },
    {
      name: 'fewer left than the reserve: take nothing',
      remaining: 5,
      needed: 3,
      reserve: 10,
      expected: { stop: true, allowed: 0, deferred: 3 },
    },
    { name: 'nothing left at all', remaining: 0, needed: 1, reserve: 0, expected: { stop: true, allowed: 0, deferred: 1 } },
    {
      name: 'nothing needed (every tag unchanged: HEADs only) never stops',
      remaining: 0,
      needed: 0,
      expected: { stop: false, allowed: 0, deferred: 0 },
    },
    {
      name: 'a reserve of 0 spends every pull',
      remaining: 40,
      needed: 40,
      reserve: 0,
      expected: { stop: false, allowed: 40, deferred: 0 },
    },
    {
      name: 'the default reserve applies when none is given',
      remaining: DEFAULT_PULL_RESERVE + 3,
      needed: 5,
      expected: { stop: true, allowed: 3, deferred: 2 },
    },
  ];
  for (const { name, remaining, needed, reserve, expected } of cases) {
    it(name, () => {
      const budget = reserve === undefined ? budgetStop(remaining, needed) : budgetStop(remaining, needed, reserve);
      assert.deepEqual(budget, expected);
      assert.equal(budget.allowed + budget.deferred, needed, 'what the run takes and what it leaves add up to what it needs');
    });
  }

  it('the reserve is kept back whatever is needed', () => {
    for (let needed = 0; needed <= 200; needed += 7) {
      const { allowed } = budgetStop(120, needed, 20);
      assert.ok(allowed <= 100 && allowed <= needed, `needed ${needed}: allowed ${allowed}`);
      assert.equal(120 - allowed >= 20, true);
    }
  });

  it('refuses counts that are not whole numbers of at least 0', () => {
    assert.throws(() => budgetStop(-1, 1), {
      name: 'RangeError',
      message: 'ratelimit-remaining is -1; expected a whole number of at least 0',
    });
    assert.throws(() => budgetStop(10, 1.5), /pulls needed is 1\.5/);
    assert.throws(() => budgetStop(10, 1, Number.NaN), /pull reserve is NaN/);
  });
});
