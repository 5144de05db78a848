// The one retry policy every loop uses (oras-go retry/policy.go: a predicate plus a backoff). Errors classify
// themselves (`retryable`, `reason`, `retryAfterMs`); the policy decides whether and when to try again, within a
// number of attempts and a total wait per host, so one sick registry cannot stall a run.
import { DigestMismatchError } from '../oci/digest.ts';

export interface RetrySettings {
  /** Attempts in all, the first included. */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Longest Retry-After we are willing to wait in one go. */
  readonly maxRetryAfterMs: number;
  /** Longest total time all retries against one host may spend waiting. */
  readonly maxTotalWaitMs: number;
}

export const DEFAULT_RETRY: RetrySettings = {
  attempts: 5,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
  maxTotalWaitMs: 300_000,
};

/** An error that knows whether trying again can help. */
export interface SelfClassifying {
  readonly retryable: boolean;
  /** Why (not) — a phrase for the log: "the registry rate limit (429)". */
  readonly retryReason?: string;
  /** The server said when to come back. */
  readonly retryAfterMs?: number;
}

export interface RetryDecision {
  readonly retryable: boolean;
  readonly reason: string;
  readonly retryAfterMs?: number;
}

/** A structured retry, for the edges to format. */
export interface RetryEvent {
  readonly type: 'retry';
  readonly host: string;
  /** What was being attempted: "GET https://…/v2/app/blobs/sha256:…" (URLs redacted), "upload blob sha256:… to app". */
  readonly operation: string;
  /** The attempt about to start (2 for the first retry). */
  readonly attempt: number;
  readonly attempts: number;
  readonly delayMs: number;
  readonly reason: string;
}

const RETRYABLE_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

function isSelfClassifying(error: unknown): error is SelfClassifying {
  return typeof error === 'object' && error !== null && typeof (error as { retryable?: unknown }).retryable === 'boolean';
}

/** The first `code` along an error's cause chain (Node and undici put them there). */
export function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error);
}

/** Whether an error is worth another attempt, decided in one place. */
export function classify(error: unknown): RetryDecision {
  if (isSelfClassifying(error)) {
    return {
      retryable: error.retryable,
      reason: error.retryReason ?? describeError(error),
      ...(error.retryAfterMs !== undefined && { retryAfterMs: error.retryAfterMs }),
    };
  }
  if (error instanceof DigestMismatchError) return { retryable: true, reason: error.message };
  if ((error as { name?: unknown } | null)?.name === 'RequestAbortedError' || (error as { name?: unknown } | null)?.name === 'AbortError') {
    return { retryable: false, reason: 'the request was aborted' };
  }
  const code = errorCode(error);
  if (code !== undefined && RETRYABLE_NETWORK_CODES.has(code)) return { retryable: true, reason: `${describeError(error)} (${code})` };
  return { retryable: false, reason: describeError(error) };
}

export interface RetryPolicyOptions {
  readonly settings?: Partial<RetrySettings>;
  /** Test hook: fault tests shorten the waits. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly onRetry?: (event: RetryEvent) => void;
}

export class RetryPolicy {
  readonly settings: RetrySettings;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #onRetry: ((event: RetryEvent) => void) | undefined;
  /** Time spent waiting between attempts, per host. */
  readonly #waited = new Map<string, number>();

  constructor(options: RetryPolicyOptions = {}) {
    this.settings = { ...DEFAULT_RETRY, ...options.settings };
    this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.#onRetry = options.onRetry;
  }

  /** Full jitter around the exponential step: parallel transfers that fail together do not retry in step. */
  backoff(attempt: number): number {
    const cap = Math.min(this.settings.maxDelayMs, this.settings.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(cap / 2 + Math.random() * (cap / 2));
  }

  /**
   * After `attempt` failed with `decision`: the wait before the next attempt, or undefined to give up (not
   * retryable, attempts spent, Retry-After too long, or the host's wait budget spent). Spends the budget.
   */
  nextDelay(host: string, attempt: number, decision: RetryDecision, attempts = this.settings.attempts): number | undefined {
    if (!decision.retryable || attempt >= attempts) return undefined;
    const delay = decision.retryAfterMs ?? this.backoff(attempt);
    if (delay > this.settings.maxRetryAfterMs) return undefined;
    const spent = this.#waited.get(host) ?? 0;
    if (spent + delay > this.settings.maxTotalWaitMs) return undefined;
    this.#waited.set(host, spent + delay);
    return delay;
  }

  /** Wait, telling the listener first. */
  async wait(event: Omit<RetryEvent, 'type'>): Promise<void> {
    this.#onRetry?.({ type: 'retry', ...event });
    await this.#sleep(event.delayMs);
  }

  /**
   * Run `attempt` until it succeeds or the policy gives up; the last error is thrown. `attempts` overrides the
   * default count for loops whose every try is expensive (a whole blob).
   */
  async run<T>(
    host: string,
    operation: string,
    fn: (attempt: number) => Promise<T>,
    options: { attempts?: number; classify?: (error: unknown) => RetryDecision } = {},
  ): Promise<T> {
    const attempts = options.attempts ?? this.settings.attempts;
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn(attempt);
      } catch (error) {
        const decision = (options.classify ?? classify)(error);
        const delay = this.nextDelay(host, attempt, decision, attempts);
        if (delay === undefined) throw error;
        await this.wait({ host, operation, attempt: attempt + 1, attempts, delayMs: delay, reason: decision.reason });
      }
    }
  }
}
