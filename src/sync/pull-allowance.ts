// Applying the pull budget to a queue of items: per source registry that reports an allowance (Docker Hub's
// `ratelimit-remaining`), take items in plan order while their pulls fit, and leave the rest for the next run.
import { budgetStop } from './pull-budget.ts';
import type { RateLimitStop } from './sync-result.ts';

export interface Allowance<T> {
  readonly taken: T[];
  readonly deferred: T[];
  /** One entry per registry that made the run stop. */
  readonly stops: RateLimitStop[];
}

/**
 * `remaining(registry)` is the allowance last reported (undefined: no limit known); `cost(item)` its pulls, and
 * `tags(item)` how many tags it carries, for the report.
 */
export function applyAllowance<T>(
  items: readonly T[],
  registryOf: (item: T) => string,
  remaining: (registry: string) => number | undefined,
  cost: (item: T) => number,
  tags: (item: T) => number,
  reserve: number,
): Allowance<T> {
  const byRegistry = new Map<string, T[]>();
  for (const item of items) byRegistry.set(registryOf(item), [...(byRegistry.get(registryOf(item)) ?? []), item]);
  const deferredSet = new Set<T>();
  const stops: RateLimitStop[] = [];
  for (const [registry, queue] of byRegistry) {
    const left = remaining(registry);
    const needed = queue.reduce((sum, item) => sum + cost(item), 0);
    const budget = budgetStop(left, needed, reserve);
    if (!budget.stop) continue;
    let spent = 0;
    let deferredTags = 0;
    for (const item of queue) {
      // Plan order is kept: once an item does not fit, it and everything after it wait, so runs make steady progress.
      if (deferredTags > 0 || spent + cost(item) > budget.allowed) {
        deferredSet.add(item);
        deferredTags += tags(item);
      } else {
        spent += cost(item);
      }
    }
    stops.push({ registry, remaining: left!, neededPulls: needed, allowedPulls: budget.allowed, deferredTags });
  }
  return {
    taken: items.filter((item) => !deferredSet.has(item)),
    deferred: items.filter((item) => deferredSet.has(item)),
    stops,
  };
}
