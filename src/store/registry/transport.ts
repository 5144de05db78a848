// HTTP to registries: keep-alive pools, retries of transient answers (the one retry policy, honouring Retry-After),
// and redirects that never carry Authorization to another host nor downgrade to plain HTTP.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { Readable } from 'node:stream';
import type { Agent, Client, Dispatcher } from 'undici';
import type { Logger } from '../../log.ts';
import { describeRetry } from '../../retry/describe.ts';
import { RetryPolicy, classify, errorCode, type RetrySettings } from '../../retry/policy.ts';
import { redactUrl, statusRetry } from './errors.ts';
import type { LaneTurn, WriteLane } from './write-lane.ts';

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
  /** Send on this lane's connection, after the turns before it (see write-lane.ts). */
  turn?: LaneTurn;
}

export interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Dispatcher.ResponseData['body'];
  /** Where the response finally came from, after redirects. */
  url: URL;
}

const MAX_REDIRECTS = 5;
const SEND_HEADERS = 'undici:client:sendHeaders';
/** How long close() gives background clean-ups: one slow round trip. */
const BACKGROUND_WAIT_MS = 2000;
/** Writes one lane keeps in flight at once; a subject's referrers and its index fit. */
const LANE_DEPTH = 16;

export interface TransportOptions {
  logger: Logger;
  /** Skip TLS verification for these registry hosts (they are in `insecure-registries`). */
  insecureHosts?: ReadonlySet<string>;
  /** Extra CA certificates (PEM) trusted for every host; the action relies on NODE_EXTRA_CA_CERTS instead. */
  ca?: string | Buffer;
  /** The run's retry policy, shared with the engine; without one, a policy from `retry` that logs each retry. */
  policy?: RetryPolicy;
  retry?: Partial<RetrySettings>;
  userAgent?: string;
  /** Test hook: lets fault-injection tests shorten waits (only when no policy is given). */
  sleep?: (ms: number) => Promise<void>;
}

interface Pools {
  readonly request: typeof import('undici').request;
  readonly Client: typeof Client;
  readonly verifying: Agent;
  readonly unverified: Agent;
}

/** One per process run: owns the connection pools. Agents are per trust setting, each pooling per origin. */
export class Transport {
  readonly logger: Logger;
  readonly policy: RetryPolicy;
  /** undici, loaded on the first request: a run that fails on its inputs never pays for its package index. */
  #pools: Promise<Pools> | undefined;
  readonly #poolOptions: ConstructorParameters<typeof Agent>[0];
  readonly #ca: string | Buffer | undefined;
  readonly #insecureHosts: ReadonlySet<string>;
  readonly #userAgent: string;
  readonly #background = new Set<Promise<void>>();
  readonly #laneClients = new Set<Client>();

  constructor(options: TransportOptions) {
    this.logger = options.logger;
    this.policy =
      options.policy ??
      new RetryPolicy({
        ...(options.retry && { settings: options.retry }),
        ...(options.sleep && { sleep: options.sleep }),
        onRetry: (event) => options.logger.info(describeRetry(event)),
      });
    this.#insecureHosts = options.insecureHosts ?? new Set();
    this.#userAgent = options.userAgent ?? 'hoist/1';
    this.#poolOptions = {
      keepAliveTimeout: 30_000,
      connections: 16,
      headersTimeout: 60_000,
      bodyTimeout: 120_000,
      // Node's own default (http.maxHeaderSize), given here so that undici need not load node:http to read it.
      maxHeaderSize: 16 * 1024,
    };
    this.#ca = options.ca;
    // Start loading now, so reading the module overlaps with resolving credentials; failures surface on first use.
    this.#loadPools().catch(() => undefined);
  }

  /**
   * Ends the run's connections. Everything the run waits for has finished by now; what may still be in flight is a
   * probe nobody needs (the HTTPS attempt at a plain-HTTP port, which can take until its time-out), so connections
   * are destroyed rather than drained.
   */
  async close(): Promise<void> {
    if (!this.#pools) return;
    // Clean-ups nobody waits for (cancelled upload sessions): given a moment, never an error.
    if (this.#background.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      const bound = new Promise((resolve) => (timer = setTimeout(resolve, BACKGROUND_WAIT_MS)));
      await Promise.race([Promise.allSettled([...this.#background]), bound]);
      clearTimeout(timer);
    }
    const { verifying, unverified } = await this.#pools;
    await Promise.all([verifying.destroy(), unverified.destroy(), ...[...this.#laneClients].map((client) => client.destroy())]);
  }

  /**
   * Resolves when a request to `url` starts going out on its socket (undici's documented `undici:client:sendHeaders`
   * message), or after `maxMs` when none has (a refused connection writes nothing).
   */
  written(url: URL, maxMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        unsubscribe(SEND_HEADERS, onSend);
        resolve();
      };
      const onSend = (message: unknown): void => {
        const request = (message as { request?: { origin?: string; path?: string } }).request;
        if (request?.origin === url.origin && request.path === `${url.pathname}${url.search}`) done();
      };
      const timer = setTimeout(done, maxMs);
      subscribe(SEND_HEADERS, onSend);
    });
  }

  /** Work that should end before the connections do, though nothing waits for it; its failure is ignored. */
  finishBeforeClose(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.#background.add(settled);
    void settled.then(() => this.#background.delete(settled));
  }

  /** Send with retries of transient failures and manual redirects. The caller consumes or dumps the body. */
  async send(options: SendOptions): Promise<Response> {
    const replayable = !(options.body !== undefined && typeof options.body === 'object' && !Buffer.isBuffer(options.body));
    const host = options.url.host;
    const operation = `${options.method} ${redactUrl(options.url)}`;
    const { attempts } = this.policy.settings;
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await this.#sendFollowingRedirects(options);
      } catch (error) {
        if (!replayable || options.retryNetworkErrors === false || options.signal?.aborted) throw error;
        const reason = describeNetworkError(error);
        const delay = this.policy.nextDelay(host, attempt, { ...classify(error), reason }, attempts);
        if (delay === undefined) throw error;
        await this.policy.wait({ host, operation, attempt: attempt + 1, attempts, delayMs: delay, reason });
        continue;
      }
      const byStatus = statusRetry(response.status);
      if (!byStatus.retryable || !replayable) return response;
      const reason = byStatus.reason ?? `status ${response.status}`;
      const retryAfterMs = parseRetryAfter(response.headers['retry-after']);
      const decision = { retryable: true, reason, ...(retryAfterMs !== undefined && { retryAfterMs }) };
      const delay = this.policy.nextDelay(host, attempt, decision, attempts);
      if (delay === undefined) return response;
      await response.body.dump().catch(() => undefined);
      await this.policy.wait({ host, operation, attempt: attempt + 1, attempts, delayMs: delay, reason });
    }
  }

  #loadPools(): Promise<Pools> {
    this.#pools ??= import('undici').then(({ Agent, Client, request }) => ({
      request,
      Client,
      verifying: new Agent({ ...this.#poolOptions, connect: this.#ca ? { ca: this.#ca } : {} }),
      unverified: new Agent({ ...this.#poolOptions, connect: { rejectUnauthorized: false } }),
    }));
    return this.#pools;
  }

  /** The lane's own connection to `url`'s origin, with the trust settings of the pool it stands beside. */
  #laneClient(lane: WriteLane, url: URL, pools: Pools): Dispatcher {
    let client = lane.clients.get(url.origin);
    if (!client) {
      const { connections: _, ...options } = this.#poolOptions ?? {};
      const connect = this.#insecureHosts.has(url.host) ? { rejectUnauthorized: false } : this.#ca ? { ca: this.#ca } : {};
      const created = new pools.Client(url.origin, { ...options, pipelining: LANE_DEPTH, connect });
      this.#laneClients.add(created);
      lane.clients.set(url.origin, created);
      client = created;
    }
    return client;
  }

  async #sendFollowingRedirects(options: SendOptions): Promise<Response> {
    const pools = await this.#loadPools();
    const { request, verifying, unverified } = pools;
    let url = options.url;
    let method = options.method;
    let body = options.body;
    const originHost = options.url.host;
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { 'user-agent': this.#userAgent, ...options.headers };
      // Authorization belongs to the host that challenged for it: never forwarded to object storage.
      if (options.authorization !== undefined && url.host === originHost) headers['authorization'] = options.authorization;
      const turn = hop === 0 ? options.turn : undefined;
      const dispatcher = turn ? this.#laneClient(turn.lane, url, pools) : this.#insecureHosts.has(url.host) ? unverified : verifying;
      if (turn) await turn.before;
      let pending;
      try {
        pending = request(url, {
          dispatcher,
          method: method as Dispatcher.HttpMethod,
          headers,
          body: body ?? null,
          // On a lane a PUT is pipelined (undici holds back a request it may not replay); a manifest PUT is idempotent.
          ...(turn && { idempotent: true }),
          ...(options.signal && { signal: options.signal }),
        });
      } finally {
        // undici queued it on the lane's connection synchronously: the next turn may go.
        turn?.sent();
      }
      const res = await pending;
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

/** A network failure worth another attempt (a reset, a time-out); never an abort. */
export function isRetryableError(error: unknown): boolean {
  return classify(error).retryable;
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
