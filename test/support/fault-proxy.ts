/**
 * A reverse proxy in front of a harness registry (or any HTTP(S) server) for
 * fault injection and latency: tests and benchmarks point clients at the
 * proxy and script what goes wrong with rules.
 *
 * - Bodies stream both ways (a 512 MiB blob never sits in memory).
 * - `Location` headers from the upstream are rewritten to the proxy's own
 *   origin, so clients keep talking to the proxy (registries answer with
 *   absolute upload URLs naming whatever host they were asked for).
 * - `delayMs` is added each way: before a request is forwarded and before its
 *   response goes back, so delayMs 20 is a 40 ms round trip per request. It
 *   also delays the 400 a plain-HTTP proxy sends to a TLS hello (clients that
 *   probe HTTPS first pay one round trip for it, as for a real handshake).
 *   Connection set-up itself is not delayed.
 * - A connection's requests reach the upstream in the order they came, each once the one before it was answered
 *   there, as a server answers pipelined requests (RFC 9112 §9.3.2); their delays overlap, as on a real network.
 * - Every request is recorded in `requests`, in order of arrival.
 *
 * Rules are checked in the order they were added; the first match applies and
 * `times` (default: unlimited) limits how often it fires.
 */
import { httpServerStopper, listenOnLoopback } from './ports.ts';
import { readFileSync } from 'node:fs';
import { Agent as HttpAgent, createServer, request as httpRequest } from 'node:http';
import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

export type FaultAction =
  /** Answer without forwarding (e.g. 429 with Retry-After, 503, a 202 for a mount). */
  | { respond: { status: number; headers?: Record<string, string>; body?: string } }
  /** Forward, then remove these response headers (case-insensitive), e.g. docker-content-digest. */
  | { stripResponseHeaders: string[] }
  /** Forward, adding (or replacing) these response headers, e.g. Docker Hub's ratelimit-remaining. */
  | { addResponseHeaders: Record<string, string> }
  /** Forward, turning an absolute upstream Location into a relative one (path and query). */
  | { rewriteLocationRelative: true }
  /** Forward; reset the client connection (TCP RST) after this many response-body bytes. */
  | { resetAfterBytes: number }
  /** Reset the client connection once this many request-body bytes arrived; the upstream request is aborted too. */
  | { resetRequestAfterBytes: number }
  /** Forward with one byte of the response body flipped (the first one): same length, wrong digest. */
  | { corruptResponseBody: true }
  /** Forward only this many response-body bytes, then close the connection (Content-Length is kept: a short body). */
  | { truncateResponseBody: number }
  /** Answer 307 with this Location (e.g. another server, to test where Authorization goes). */
  | { redirectTo: string }
  /** Extra delay before forwarding matching requests (on top of the proxy's `delayMs`). */
  | { delayMs: number };

export interface FaultRule {
  /** All given fields must match. `path` is tested on the path without the query, `query` on the query without `?`. */
  match: { method?: string; path?: RegExp; query?: RegExp };
  /** How often the rule may fire; unlimited when omitted. */
  times?: number;
  action: FaultAction;
}

export interface ProxiedRequest {
  method: string;
  /** Path and query as the client sent them. */
  uri: string;
  /** Status sent to the client; 0 when none was (connection reset, client gone). */
  status: number;
  /** The action that applied, e.g. `respond 429`, `resetAfterBytes 1024`. */
  faulted?: string;
  /**
   * Arrival of the request and end of its response (or of its connection), as performance.now() of the process
   * running the proxy: comparable across proxies in one process, e.g. to line up a client's requests to two registries.
   */
  startMs: number;
  endMs?: number;
  /** When it was sent on to the upstream, and when the upstream's answer came: the order the registry saw. */
  upstreamStartMs?: number;
  upstreamEndMs?: number;
  /** Request-body bytes received from the client and response-body bytes sent to it. */
  bytesIn: number;
  bytesOut: number;
}

export interface FaultProxy {
  /** `127.0.0.1:PORT`, the registry part of an image reference. */
  host: string;
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** Added each way to every request; may be changed at any time (affects requests that arrive afterwards). */
  delayMs: number;
  addRule(rule: FaultRule): void;
  clearRules(): void;
  /** Everything that came through, in order of arrival. Mutable: clear it with `requests.length = 0`. */
  requests: ProxiedRequest[];
  /** Connections that sent something other than HTTP (e.g. a TLS hello from a client probing for HTTPS). */
  readonly clientErrors: number;
  stop(): Promise<void>;
}

export interface FaultProxyOptions {
  /** Added each way (before forwarding the request, before sending the response); default 0. */
  delayMs?: number;
  /** False: never answer what is not HTTP (a TLS hello), holding the connection open until stop(); default true. */
  answerNonHttp?: boolean;
  /** True: reset what is not HTTP after two round trips (a client sees a broken connection, worth a retry). */
  resetNonHttp?: boolean;
}

// Per connection, not end to end: never forwarded.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'expect', // node:http already answered 100-continue itself
]);

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

function describe(action: FaultAction): string {
  const [name, value] = Object.entries(action)[0] as [string, unknown];
  if (name === 'respond') return `respond ${(value as { status: number }).status}`;
  if (name === 'stripResponseHeaders') return `stripResponseHeaders ${(value as string[]).join(',')}`;
  if (name === 'addResponseHeaders') return `addResponseHeaders ${Object.keys(value as object).join(',')}`;
  if (value === true) return name;
  return `${name} ${String(value)}`;
}

/** Reset (RST) a socket once what was written has been handed to the kernel. */
function resetSocket(socket: Socket | null | undefined): void {
  if (!socket || socket.destroyed) return;
  if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket.destroy();
}

export async function startFaultProxy(upstream: { url: string; caFile?: string }, options: FaultProxyOptions = {}): Promise<FaultProxy> {
  const target = new URL(upstream.url);
  const isHttps = target.protocol === 'https:';
  const agent = isHttps
    ? new HttpsAgent({ keepAlive: true, ...(upstream.caFile ? { ca: readFileSync(upstream.caFile) } : {}) })
    : new HttpAgent({ keepAlive: true });
  const send = isHttps ? httpsRequest : httpRequest;
  const rules: Array<{ rule: FaultRule; left: number }> = [];
  const requests: ProxiedRequest[] = [];
  const now = () => Math.round(performance.now() * 10) / 10;
  let clientErrors = 0;
  let origin = ''; // set once listening

  const handle: FaultProxy = {
    host: '',
    url: '',
    delayMs: options.delayMs ?? 0,
    addRule(rule) {
      rules.push({ rule, left: rule.times ?? Infinity });
    },
    clearRules() {
      rules.length = 0;
    },
    requests,
    get clientErrors() {
      return clientErrors;
    },
    stop: async () => {},
  };

  function pick(method: string, uri: string): FaultAction | undefined {
    const q = uri.indexOf('?');
    const path = q < 0 ? uri : uri.slice(0, q);
    const query = q < 0 ? '' : uri.slice(q + 1);
    for (const entry of rules) {
      const { match } = entry.rule;
      if (entry.left <= 0) continue;
      if (match.method !== undefined && match.method.toUpperCase() !== method) continue;
      if (match.path && !match.path.test(path)) continue;
      if (match.query && !match.query.test(query)) continue;
      entry.left--;
      return entry.rule.action;
    }
    return undefined;
  }

  /** Upstream's absolute Location → the proxy's (or relative); anything pointing elsewhere is left alone. */
  function rewriteLocation(value: string, relative: boolean): string {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return value; // already relative
    }
    if (url.origin !== target.origin && url.origin !== origin) return value;
    return relative ? `${url.pathname}${url.search}` : `${origin}${url.pathname}${url.search}`;
  }

  function responseHeaders(rawHeaders: string[], action: FaultAction | undefined): string[] {
    const strip = new Set(action && 'stripResponseHeaders' in action ? action.stripResponseHeaders.map((h) => h.toLowerCase()) : []);
    const relative = action !== undefined && 'rewriteLocationRelative' in action;
    const added = action && 'addResponseHeaders' in action ? action.addResponseHeaders : {};
    const replaced = new Set(Object.keys(added).map((h) => h.toLowerCase()));
    const out: string[] = [];
    for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
      const name = rawHeaders[i]!;
      const lower = name.toLowerCase();
      if (HOP_BY_HOP.has(lower) || strip.has(lower) || replaced.has(lower)) continue;
      out.push(name, lower === 'location' ? rewriteLocation(rawHeaders[i + 1]!, relative) : rawHeaders[i + 1]!);
    }
    for (const [name, value] of Object.entries(added)) out.push(name, value);
    return out;
  }

  /** Per client connection: settles when its latest request has been answered by the upstream (or given up). */
  const upstreamTurns = new WeakMap<object, Promise<void>>();

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const earlier = upstreamTurns.get(req.socket) ?? Promise.resolve();
    let releaseTurn!: () => void;
    upstreamTurns.set(req.socket, new Promise<void>((resolve) => (releaseTurn = resolve)));
    res.once('close', () => releaseTurn());
    try {
      await handleRequest(req, res, earlier, releaseTurn);
    } catch (error) {
      releaseTurn();
      throw error;
    }
  }

  async function handleRequest(req: IncomingMessage, res: ServerResponse, earlier: Promise<void>, releaseTurn: () => void): Promise<void> {
    const method = req.method ?? 'GET';
    const uri = req.url ?? '/';
    const entry: ProxiedRequest = { method, uri, status: 0, startMs: now(), bytesIn: 0, bytesOut: 0 };
    requests.push(entry);
    const action = pick(method, uri);
    if (action) entry.faulted = describe(action);
    const delay = handle.delayMs;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      entry.endMs = now();
    };
    res.once('close', finish);

    const answer = async (status: number, headers: Record<string, string>, body: string) => {
      req.resume(); // drain any request body so the connection stays usable
      await sleep(delay);
      entry.status = status;
      const payload = Buffer.from(body);
      entry.bytesOut = method === 'HEAD' ? 0 : payload.length;
      res.writeHead(status, { 'content-length': String(payload.length), ...headers });
      res.end(method === 'HEAD' ? undefined : payload);
    };

    if (action && 'respond' in action) {
      await sleep(delay);
      releaseTurn();
      const { status, headers = {}, body = '' } = action.respond;
      return answer(status, headers, body);
    }
    if (action && 'redirectTo' in action) {
      await sleep(delay);
      releaseTurn();
      return answer(307, { location: action.redirectTo }, '');
    }

    // Count request-body bytes as they flow through, and reset mid-upload if asked.
    const requestLimit = action && 'resetRequestAfterBytes' in action ? action.resetRequestAfterBytes : undefined;
    // eslint-disable-next-line prefer-const -- assigned once the upstream request exists, read by resetUpload before that
    let upstreamRequest: ReturnType<typeof send> | undefined;
    let resetMidUpload = false;
    const resetUpload = () => {
      if (resetMidUpload) return;
      resetMidUpload = true;
      upstreamRequest?.destroy();
      resetSocket(req.socket);
      finish();
    };
    req.on('data', (chunk: Buffer) => {
      entry.bytesIn += chunk.length;
      if (requestLimit !== undefined && entry.bytesIn >= requestLimit) resetUpload();
    });
    req.pause(); // 'data' listener would start the flow; the pipe below resumes it
    const hasBody =
      req.headers['content-length'] !== undefined ? req.headers['content-length'] !== '0' : req.headers['transfer-encoding'] !== undefined;
    if (requestLimit === 0 && hasBody) resetUpload();
    if (resetMidUpload) return;

    await sleep(delay + (action && 'delayMs' in action ? action.delayMs : 0));
    await earlier;
    if (resetMidUpload || req.socket.destroyed) {
      finish();
      releaseTurn();
      return;
    }

    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name) && name !== 'host') headers[name] = value;
    }
    headers['host'] = target.host;
    const upstreamUrl = new URL(`${target.origin}${uri.startsWith('/') ? uri : `/${uri}`}`);
    entry.upstreamStartMs = now();
    const upReq = send(upstreamUrl, { method, headers, agent });
    upstreamRequest = upReq;
    upReq.on('error', (error) => {
      releaseTurn();
      if (resetMidUpload) return;
      if (!res.headersSent) {
        entry.status = 502;
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`fault proxy: upstream error: ${error.message}\n`);
      } else {
        res.destroy();
      }
    });
    // Client gone before the exchange completed: don't leave the upstream half-done.
    res.once('close', () => {
      if (!res.writableFinished) upReq.destroy();
    });
    req.pipe(upReq);

    upReq.on('response', (upRes) => {
      // Answered: the upstream has done this request's work, so the next one on the connection may go.
      entry.upstreamEndMs = now();
      releaseTurn();
      void (async () => {
        await sleep(delay);
        if (res.destroyed) {
          upRes.destroy();
          return;
        }
        const status = upRes.statusCode ?? 502;
        entry.status = status;
        res.writeHead(status, responseHeaders(upRes.rawHeaders, action));
        pumpBody(upRes, res, action, entry);
      })();
    });
  }

  function pumpBody(upRes: IncomingMessage, res: ServerResponse, action: FaultAction | undefined, entry: ProxiedRequest): void {
    const resetAt = action && 'resetAfterBytes' in action ? action.resetAfterBytes : undefined;
    const truncateAt = action && 'truncateResponseBody' in action ? action.truncateResponseBody : undefined;
    const limit = resetAt ?? truncateAt;
    let corrupt = action !== undefined && 'corruptResponseBody' in action;
    // The bytes before the cut go out first; then RST for a reset, FIN for a truncation.
    const cut = (part: Buffer) => {
      upRes.destroy();
      const socket = res.socket;
      const close = () => (resetAt !== undefined ? resetSocket(socket) : socket?.destroySoon());
      const later = () => setTimeout(close, 5);
      if (part.length > 0) res.write(part, later);
      else {
        res.flushHeaders();
        later();
      }
    };
    if (limit !== undefined && limit <= 0) {
      cut(Buffer.alloc(0));
      return;
    }
    upRes.on('data', (chunk: Buffer) => {
      let data = chunk;
      if (corrupt && data.length > 0) {
        data = Buffer.from(data);
        data[0] = data[0]! ^ 0xff;
        corrupt = false;
      }
      if (limit !== undefined && entry.bytesOut + data.length >= limit) {
        const part = data.subarray(0, limit - entry.bytesOut);
        entry.bytesOut += part.length;
        upRes.removeAllListeners('data');
        upRes.pause();
        cut(part);
        return;
      }
      entry.bytesOut += data.length;
      if (!res.write(data)) {
        upRes.pause();
        res.once('drain', () => upRes.resume());
      }
    });
    upRes.on('end', () => {
      if (limit === undefined || entry.bytesOut < limit) res.end();
    });
    upRes.on('error', () => res.destroy());
  }

  // requestTimeout 0: a slow multi-gigabyte upload is not a fault of ours to inject.
  const server: Server = createServer({ requestTimeout: 0 }, (req, res) => {
    onRequest(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`fault proxy: ${String(error)}\n`);
      } else {
        res.destroy();
      }
    });
  });
  // Not HTTP at all (a TLS hello probing for HTTPS): answer 400 after one round trip, as a real server would.
  const rejected = new WeakSet<object>();
  const held = new Set<{ destroy(): void }>();
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    // Only parse errors count; a client dropping its connection (ECONNRESET) is not one.
    if (!String(error.code).startsWith('HPE_')) {
      socket.destroy();
      return;
    }
    if (rejected.has(socket)) return;
    rejected.add(socket);
    clientErrors++;
    if (options.answerNonHttp === false) {
      held.add(socket);
      return;
    }
    const delay = handle.delayMs;
    if (options.resetNonHttp === true) {
      setTimeout(() => (socket as Socket).resetAndDestroy(), 4 * delay);
      return;
    }
    setTimeout(() => {
      if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      else socket.destroy();
    }, 2 * delay);
  });
  const port = await listenOnLoopback(server);
  origin = `http://127.0.0.1:${port}`;
  handle.host = `127.0.0.1:${port}`;
  handle.url = origin;
  handle.stop = httpServerStopper(server, () => {
    for (const socket of held) socket.destroy();
    agent.destroy();
  });
  return handle;
}

export interface EchoRequest {
  method: string;
  uri: string;
  headers: IncomingMessage['headers'];
}

export interface EchoServer {
  host: string;
  url: string;
  /** Every request received, in order. Mutable. */
  requests: EchoRequest[];
  stop(): Promise<void>;
}

/**
 * A server that records each request's headers and answers every one with the
 * same status, headers and body: the far end of a redirect, e.g. to check that
 * Authorization is not forwarded to another host.
 */
export async function startEchoServer(
  options: { status?: number; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<EchoServer> {
  const requests: EchoRequest[] = [];
  const body = Buffer.from(options.body ?? '');
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', uri: req.url ?? '/', headers: req.headers });
    req.resume();
    req.on('end', () => {
      res.writeHead(options.status ?? 200, { 'content-length': String(body.length), ...options.headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });
  const port = await listenOnLoopback(server);
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: httpServerStopper(server),
  };
}
