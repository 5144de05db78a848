// Docker Hub's pull limit as a budget: a sync that would run out of pulls mid-way stops before it does, leaving a
// clean cut (what it did not take waits for the next run) instead of a wall of 429s and half-copied repositories.
// Docker Hub counts manifest GETs as pulls, not HEADs, so the caller counts the GETs its plan still needs.

/**
 * Pulls left untouched by default. The counter is shared with whatever else pulls from the same account or address
 * (other shards of the matrix, other workflows), and it is read from the last response, so it is already a little old.
 */
export const DEFAULT_PULL_RESERVE = 10;

export interface PullBudget {
  /** True when the plan needs more pulls than may be spent: the run takes `allowed` and stops. */
  readonly stop: boolean;
  /** Pulls the run may still make (never more than it needs). */
  readonly allowed: number;
  /** Pulls the run leaves for the next one. */
  readonly deferred: number;
}

/**
 * Whether a run needing `neededPulls` more pulls must stop before it exhausts `remaining` (the `ratelimit-remaining`
 * header; undefined when the registry sent none, i.e. no limit known), keeping `reserve` pulls back.
 */
export function budgetStop(remaining: number | undefined, neededPulls: number, reserve: number = DEFAULT_PULL_RESERVE): PullBudget {
  checkCount(neededPulls, 'pulls needed');
  checkCount(reserve, 'pull reserve');
  if (remaining === undefined) return { stop: false, allowed: neededPulls, deferred: 0 };
  checkCount(remaining, 'ratelimit-remaining');
  const allowed = Math.min(neededPulls, Math.max(0, remaining - reserve));
  return { stop: allowed < neededPulls, allowed, deferred: neededPulls - allowed };
}

function checkCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} is ${String(value)}; expected a whole number of at least 0`);
  }
}
