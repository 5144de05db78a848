// The sentence a retry event becomes in a log: what is retried, when, why, and which attempt comes next.
import type { RetryEvent } from './policy.ts';

export function describeRetry(event: RetryEvent): string {
  return `Retrying ${event.operation} in ${event.delayMs} ms after ${event.reason} (attempt ${event.attempt} of ${event.attempts}).`;
}
