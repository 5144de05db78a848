// HTTP to registries: keep-alive pools, retries with backoff that honour Retry-After, and redirects that never
// carry Authorization to another host nor downgrade to plain HTTP.
import type { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';
// By path rather than from the package index: see src/types/undici-parts.d.ts.
import Agent from 'undici/lib/dispatcher/agent.js';
import request from 'undici/lib/api/api-request.js';
import undiciErrors from 'undici/lib/core/errors.js';
import type { Logger } from '../../log.ts';
import { redactUrl } from './errors.ts';

export type Body = Buffer | string | Readable | undefined;

export interface SendOptions {
  method: string;
  url: URL;
  headers?: Record<string, string>;
  /** A Buffer or string is replayed on retry; a stream is sent once (its owner retries at a higher level). */
  body?: Body;
  /** Sent only to `url`'s own host; dropped when a redirect leaves it. */
  authorization?: string;
  signal?: AbortSignal;
  /** False for requests that must not be replayed after a broken connection (a PATCH chunk may have half landed). */
  retryNetworkErrors?: boolean;
}

export interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Dispatcher.ResponseData['body'];
  /** Where the response finally came from, after redirects. */
  url: URL;
}

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest Retry-After we are willing to wait in one go. */
  maxRetryAfterMs: number;
  /** Longest total time all requests to one host may spend waiting between attempts. */
  maxTotalWaitMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
  maxTotalWaitMs: 300_000,
};

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const RETRYABLE_CODES = new Set([
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
const MAX_REDIRECTS = 5;

export interface TransportOptions {
  logger: Logger;
  /** Skip TLS verification for these registry hosts (they are in `insecure-registries`). */
  insecureHosts?: ReadonlySet<string>;
  /** Extra CA certificates (PEM) trusted for every host; the action relies on NODE_EXTRA_CA_CERTS instead. */
  ca?: string | Buffer;
  retry?: Partial<RetryPolicy>;
  userAgent?: string;
  /** Test hook: lets fault-injection tests shorten waits. */
  sleep?: (ms: number) => Promise<void>;
}

/** One per process run: owns the connection pools. Agents are per trust setting, each pooling per origin. */
export class Transport {
  readonly logger: Logger;
  readonly retry: RetryPolicy;
  readonly #verifying: Agent;
  readonly #unverified: Agent;
  readonly #insecureHosts: ReadonlySet<string>;
  readonly #userAgent: string;
  readonly #sleep: (ms: number) => Promise<void>;
  /** Time spent waiting between attempts, per host: one sick registry cannot stall a run indefinitely. */
  readonly #waited = new Map<string, number>();

  constructor(options: TransportOptions) {
    this.logger = options.logger;
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.#insecureHosts = options.insecureHosts ?? new Set();
    this.#userAgent = options.userAgent ?? 'hoist/1';
    this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const common = { keepAliveTimeout: 30_000, connections: 16, headersTimeout: 60_000, bodyTimeout: 120_000 };
    this.#verifying = new Agent({ ...common, connect: options.ca ? { ca: options.ca } : {} });
    this.#unverified = new Agent({ ...common, connect: { rejectUnauthorized: false } });
  }

  /**
   * Ends the run's connections. Everything the run waits for has finished by now; what may still be in flight is a
   * probe nobody needs (the HTTPS attempt at a plain-HTTP port, which can take until its time-out), so connections
   * are destroyed rather than drained.
   */
  async close(): Promise<void> {
    await Promise.all([this.#verifying.destroy(), this.#unverified.destroy()]);
  }

  /** Send with retries of transient failures and manual redirects. The caller consumes or dumps the body. */
  async send(options: SendOptions): Promise<Response> {
    const replayable = !(options.body !== undefined && typeof options.body === 'object' && !Buffer.isBuffer(options.body));
    const host = options.url.host;
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await this.#sendFollowingRedirects(options);
      } catch (error) {
        const retryable = replayable && options.retryNetworkErrors !== false && isRetryableError(error) && !options.signal?.aborted;
        if (!retryable || attempt >= this.retry.attempts) throw error;
        const delay = this.#backoff(attempt);
        if (!this.#budget(host, delay)) throw error;
        this.logger.info(
          `Retrying ${options.method} ${redactUrl(options.url)} in ${delay} ms after ${describeNetworkError(error)} (attempt ${attempt + 1} of ${this.retry.attempts}).`,
        );
        await this.#sleep(delay);
        continue;
      }
      if (!RETRYABLE_STATUS.has(response.status) || !replayable || attempt >= this.retry.attempts) return response;
      const retryAfter = parseRetryAfter(response.headers['retry-after']);
      const delay = retryAfter ?? this.#backoff(attempt);
      if (delay > this.retry.maxRetryAfterMs || !this.#budget(host, delay)) return response;
      await response.body.dump().catch(() => undefined);
      const why = response.status === 429 ? 'the registry rate limit (429)' : `status ${response.status}`;
      this.logger.info(
        `Retrying ${options.method} ${redactUrl(options.url)} in ${delay} ms after ${why} (attempt ${attempt + 1} of ${this.retry.attempts}).`,
      );
      await this.#sleep(delay);
    }
  }

  /** Take `delay` from the host's waiting budget; false when that would exceed maxTotalWaitMs. */
  #budget(host: string, delay: number): boolean {
    const spent = this.#waited.get(host) ?? 0;
    if (spent + delay > this.retry.maxTotalWaitMs) return false;
    this.#waited.set(host, spent + delay);
    return true;
  }

  #backoff(attempt: number): number {
    // Full jitter: spreads retries of many parallel transfers so they do not hammer the registry in step.
    const cap = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(cap / 2 + Math.random() * (cap / 2));
  }

  async #sendFollowingRedirects(options: SendOptions): Promise<Response> {
    let url = options.url;
    let method = options.method;
    let body = options.body;
    const originHost = options.url.host;
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { 'user-agent': this.#userAgent, ...options.headers };
      // Authorization belongs to the host that challenged for it: never forwarded to object storage.
      if (options.authorization !== undefined && url.host === originHost) headers['authorization'] = options.authorization;
      const dispatcher = this.#insecureHosts.has(url.host) ? this.#unverified : this.#verifying;
      const res = await request.call(dispatcher, {
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: method as Dispatcher.HttpMethod,
        headers,
        body: body ?? null,
        ...(options.signal && { signal: options.signal }),
      });
      const location = res.headers['location'];
      if (
        ![301, 302, 303, 307, 308].includes(res.statusCode) ||
        typeof location !== 'string' ||
        method === 'POST' ||
        method === 'PUT' ||
        method === 'PATCH'
      ) {
        return { status: res.statusCode, headers: res.headers, body: res.body, url };
      }
      await res.body.dump().catch(() => undefined);
      if (hop >= MAX_REDIRECTS) throw new Error(`too many redirects from ${redactUrl(options.url)}`);
      const next = new URL(location, url);
      if (url.protocol === 'https:' && next.protocol !== 'https:') {
        throw new Error(`refused a redirect from ${redactUrl(url)} to plain HTTP ${redactUrl(next)}`);
      }
      if (res.statusCode === 303) {
        method = 'GET';
        body = undefined;
      }
      url = next;
    }
  }
}

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function isRetryableError(error: unknown): boolean {
  if (error instanceof undiciErrors.RequestAbortedError) return false;
  const code = errorCode(error);
  return code !== undefined && RETRYABLE_CODES.has(code);
}

export function describeNetworkError(error: unknown): string {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${message} (${code})` : message;
}

/** Retry-After as delay-seconds or an HTTP-date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || text.trim() === '') return undefined;
  if (/^\d+$/.test(text.trim())) return Number(text.trim()) * 1000;
  // Only an HTTP-date (IMF-fixdate, RFC 850 or asctime, all of which name a weekday): Date.parse alone takes
  // almost anything, and "1.5" must not mean "retry now".
  if (!/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? /i.test(text.trim())) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function header(headers: Response['headers'], name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
