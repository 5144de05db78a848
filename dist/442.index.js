export const id = 442;
export const ids = [442,347];
export const modules = {

/***/ 8442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promote: () => (/* binding */ promote)
});

// EXTERNAL MODULE: ./src/retry/describe.ts
var describe = __webpack_require__(3969);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __webpack_require__(8825);
;// CONCATENATED MODULE: ./src/retry/policy.ts
// The one retry policy every loop uses (oras-go retry/policy.go: a predicate plus a backoff). Errors classify
// themselves (`retryable`, `reason`, `retryAfterMs`); the policy decides whether and when to try again, within a
// number of attempts and a total wait per host, so one sick registry cannot stall a run.

const DEFAULT_RETRY = {
    attempts: 5,
    baseDelayMs: 250,
    maxDelayMs: 8_000,
    maxRetryAfterMs: 60_000,
    maxTotalWaitMs: 300_000,
};
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
function isSelfClassifying(error) {
    return typeof error === 'object' && error !== null && typeof error.retryable === 'boolean';
}
/** The first `code` along an error's cause chain (Node and undici put them there). */
function errorCode(error) {
    let current = error;
    for (let depth = 0; depth < 4 && current; depth++) {
        const code = current.code;
        if (typeof code === 'string')
            return code;
        current = current.cause;
    }
    return undefined;
}
function describeError(error) {
    if (error instanceof Error)
        return error.message;
    return typeof error === 'string' ? error : JSON.stringify(error);
}
/** Whether an error is worth another attempt, decided in one place. */
function policy_classify(error) {
    if (isSelfClassifying(error)) {
        return {
            retryable: error.retryable,
            reason: error.retryReason ?? describeError(error),
            ...(error.retryAfterMs !== undefined && { retryAfterMs: error.retryAfterMs }),
        };
    }
    if (error instanceof oci_digest/* DigestMismatchError */.h)
        return { retryable: true, reason: error.message };
    if (error?.name === 'RequestAbortedError' || error?.name === 'AbortError') {
        return { retryable: false, reason: 'the request was aborted' };
    }
    const code = errorCode(error);
    if (code !== undefined && RETRYABLE_NETWORK_CODES.has(code))
        return { retryable: true, reason: `${describeError(error)} (${code})` };
    return { retryable: false, reason: describeError(error) };
}
class RetryPolicy {
    settings;
    #sleep;
    #onRetry;
    /** Time spent waiting between attempts, per host. */
    #waited = new Map();
    constructor(options = {}) {
        this.settings = { ...DEFAULT_RETRY, ...options.settings };
        this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        this.#onRetry = options.onRetry;
    }
    /** Full jitter around the exponential step: parallel transfers that fail together do not retry in step. */
    backoff(attempt) {
        const cap = Math.min(this.settings.maxDelayMs, this.settings.baseDelayMs * 2 ** (attempt - 1));
        return Math.round(cap / 2 + Math.random() * (cap / 2));
    }
    /**
     * After `attempt` failed with `decision`: the wait before the next attempt, or undefined to give up (not
     * retryable, attempts spent, Retry-After too long, or the host's wait budget spent). Spends the budget.
     */
    nextDelay(host, attempt, decision, attempts = this.settings.attempts) {
        if (!decision.retryable || attempt >= attempts)
            return undefined;
        const delay = decision.retryAfterMs ?? this.backoff(attempt);
        if (delay > this.settings.maxRetryAfterMs)
            return undefined;
        const spent = this.#waited.get(host) ?? 0;
        if (spent + delay > this.settings.maxTotalWaitMs)
            return undefined;
        this.#waited.set(host, spent + delay);
        return delay;
    }
    /** Wait, telling the listener first. */
    async wait(event) {
        this.#onRetry?.({ type: 'retry', ...event });
        await this.#sleep(event.delayMs);
    }
    /**
     * Run `attempt` until it succeeds or the policy gives up; the last error is thrown. `attempts` overrides the
     * default count for loops whose every try is expensive (a whole blob).
     */
    async run(host, operation, fn, options = {}) {
        const attempts = options.attempts ?? this.settings.attempts;
        for (let attempt = 1;; attempt++) {
            try {
                return await fn(attempt);
            }
            catch (error) {
                const decision = (options.classify ?? policy_classify)(error);
                const delay = this.nextDelay(host, attempt, decision, attempts);
                if (delay === undefined)
                    throw error;
                await this.wait({ host, operation, attempt: attempt + 1, attempts, delayMs: delay, reason: decision.reason });
            }
        }
    }
}

// EXTERNAL MODULE: ./src/store/image-reference.ts
var image_reference = __webpack_require__(7424);
// EXTERNAL MODULE: ./src/oci/reference.ts
var oci_reference = __webpack_require__(2148);
// EXTERNAL MODULE: ./src/oci/manifest.ts
var oci_manifest = __webpack_require__(2060);
;// CONCATENATED MODULE: ./src/store/registry/body.ts
// Response bodies: read a bounded amount, throw one away safely, and re-slice a byte stream into upload chunks.

/** Read a body as text, or undefined when it is longer than `limit` bytes (the rest is discarded). */
async function readLimited(body, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > limit) {
            discard(body);
            return undefined;
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** Drop a response body we will not read. The listener matters: destroying an undici body emits 'error'. */
function discard(body) {
    body.on('error', () => undefined);
    body.destroy();
}
/** Read a manifest body, refusing more than MAX_MANIFEST_BYTES (a missing Content-Length does not lift the limit). */
async function readManifestBody(body, tooLarge) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > oci_manifest/* MAX_MANIFEST_BYTES */.ZJ) {
            discard(body);
            throw tooLarge();
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/** Re-slice a byte stream into chunks of exactly `size` bytes (the last may be shorter); holds one chunk at most. */
async function* rechunk(stream, size) {
    let parts = [];
    let held = 0;
    for await (const piece of stream) {
        let data = piece;
        while (held + data.length >= size) {
            const take = size - held;
            parts.push(data.subarray(0, take));
            yield Buffer.concat(parts);
            parts = [];
            held = 0;
            data = data.subarray(take);
        }
        if (data.length > 0) {
            parts.push(data);
            held += data.length;
        }
    }
    if (held > 0)
        yield Buffer.concat(parts);
}

;// CONCATENATED MODULE: ./src/store/registry/challenges.ts
// WWW-Authenticate, parsed: the challenges a registry answers a 401 with, and the scopes a bearer challenge asks for.
/**
 * Parse a WWW-Authenticate header into its challenges (RFC 7235): `Bearer realm="…",service="…",scope="…"`,
 * several challenges in one header, quoted strings with escapes and commas inside quotes.
 */
function parseChallenges(headerValue) {
    const challenges = [];
    let i = 0;
    const text = headerValue;
    const skipSpace = () => {
        while (i < text.length && (text[i] === ' ' || text[i] === '\t'))
            i++;
    };
    const readToken = () => {
        const start = i;
        while (i < text.length && /[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(text[i]))
            i++;
        return text.slice(start, i);
    };
    let current;
    while (i < text.length) {
        skipSpace();
        if (text[i] === ',') {
            i++;
            continue;
        }
        const token = readToken();
        if (token === '') {
            i++; // skip a stray character rather than loop forever
            continue;
        }
        skipSpace();
        if (text[i] === '=' && current) {
            i++;
            skipSpace();
            let value = '';
            if (text[i] === '"') {
                i++;
                while (i < text.length && text[i] !== '"') {
                    if (text[i] === '\\' && i + 1 < text.length)
                        i++;
                    value += text[i];
                    i++;
                }
                i++; // closing quote
            }
            else {
                value = readToken();
                // token68 values may end in '=' padding
                while (text[i] === '=') {
                    value += '=';
                    i++;
                }
            }
            current.params[token.toLowerCase()] = value;
        }
        else {
            // A token not followed by '=' starts a new challenge (its scheme).
            current = { scheme: token.toLowerCase(), params: {} };
            challenges.push(current);
        }
    }
    return challenges;
}
/** The repositories and actions a bearer challenge's `scope` asks for (`repository:acme/app:pull,push`). */
function challengedScopes(challenges) {
    const wanted = challenges.find((c) => c.scheme === 'bearer')?.params['scope'];
    return (wanted?.split(' ') ?? []).flatMap((scope) => {
        const [, repository, actions] = /^repository:(.+):([a-z,*]+)$/.exec(scope) ?? [];
        return repository && actions ? [{ repository, actions: actions.split(',') }] : [];
    });
}

;// CONCATENATED MODULE: ./src/store/registry/errors.ts
// Typed registry errors whose messages a user can act on, with URLs redacted (signed query strings stay secret).
// Each error says whether trying again can help (SelfClassifying), so the one retry policy needs no status tables.

// Query parameters that carry no secret and help a reader; every other value (signatures, tokens) is replaced.
const SAFE_QUERY_KEYS = new Set(['digest', 'mount', 'from', 'n', 'last', 'service', 'scope']);
/** The URL without credentials and with secret-bearing query values replaced by `REDACTED`. */
function redactUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return '<unparsable URL>';
    }
    parsed.username = '';
    parsed.password = '';
    for (const key of [...parsed.searchParams.keys()]) {
        if (!SAFE_QUERY_KEYS.has(key.toLowerCase()))
            parsed.searchParams.set(key, 'REDACTED');
    }
    return parsed.toString();
}
/** Codes that mean "this upload went wrong in transit": a fresh upload of fresh bytes can succeed. */
const UPLOAD_RETRY_CODES = ['DIGEST_INVALID', 'BLOB_UPLOAD_INVALID', 'BLOB_UPLOAD_UNKNOWN'];
const BLOB_UNKNOWN_CODES = new Set(['MANIFEST_BLOB_UNKNOWN', 'BLOB_UNKNOWN']);
const DIGEST_IN_TEXT = /\b(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})\b/g;
class RegistryError extends Error {
    status;
    codes;
    method;
    url;
    registry;
    operation;
    object;
    retryable;
    retryReason;
    retryAfterMs;
    constructor(options) {
        super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'RegistryError';
        this.registry = options.registry;
        this.method = options.method;
        this.url = redactUrl(options.url);
        this.status = options.status;
        this.codes = options.codes ?? [];
        this.operation = options.operation;
        this.object = options.object;
        const derived = deriveRetry(options, this.codes);
        this.retryable = options.retryable ?? derived.retryable;
        this.retryReason = options.retryReason ?? derived.reason;
        this.retryAfterMs = options.retryAfterMs;
    }
    hasCode(code) {
        return this.codes.some((c) => c.code === code);
    }
    /** The digests the registry named as unknown (MANIFEST_BLOB_UNKNOWN, BLOB_UNKNOWN), from `detail`, in order. */
    unknownBlobs() {
        const found = new Set();
        for (const entry of this.codes) {
            if (!BLOB_UNKNOWN_CODES.has(entry.code) || entry.detail === undefined)
                continue;
            const text = typeof entry.detail === 'string' ? entry.detail : JSON.stringify(entry.detail);
            for (const match of text.matchAll(DIGEST_IN_TEXT))
                found.add(match[1]);
        }
        return [...found];
    }
}
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
/** Whether a status is worth another request (the transport's table, and a failed response's). */
function statusRetry(status) {
    if (!RETRYABLE_STATUS.has(status))
        return { retryable: false, reason: undefined };
    return { retryable: true, reason: status === 429 ? 'the registry rate limit (429)' : `status ${status}` };
}
function deriveRetry(options, codes) {
    const { status } = options;
    if (status === undefined) {
        // No answer at all: a network failure is worth another try, a refusal we made ourselves (a bad realm) is not.
        if (options.cause === undefined)
            return { retryable: false, reason: undefined };
        const decision = policy_classify(options.cause);
        return { retryable: decision.retryable, reason: decision.reason };
    }
    const byStatus = statusRetry(status);
    if (byStatus.retryable)
        return byStatus;
    if (options.upload) {
        const code = codes.find((c) => UPLOAD_RETRY_CODES.includes(c.code));
        if (code)
            return { retryable: true, reason: `the registry refused the upload (${code.code})` };
    }
    return { retryable: false, reason: undefined };
}
/** Parse the distribution spec's `{"errors":[{code,message,detail}]}` body; tolerate anything else. */
function parseErrorBody(text) {
    try {
        const json = JSON.parse(text);
        if (Array.isArray(json.errors)) {
            return json.errors
                .filter((e) => typeof e === 'object' && e !== null)
                .map((e) => ({
                code: typeof e['code'] === 'string' ? e['code'] : 'UNKNOWN',
                message: typeof e['message'] === 'string' ? e['message'] : '',
                ...(e['detail'] !== undefined && e['detail'] !== null && { detail: e['detail'] }),
            }));
        }
        if (typeof json.message === 'string')
            return [{ code: 'UNKNOWN', message: json.message }];
    }
    catch {
        // not JSON: fall through
    }
    const trimmed = text.trim().slice(0, 200);
    return trimmed === '' ? [] : [{ code: 'UNKNOWN', message: trimmed }];
}
/** One error entry for a message: `CODE: message (detail)`, the detail cut short when it is long. */
function describeCode(entry) {
    const base = `${entry.code}: ${entry.message}`;
    if (entry.detail === undefined)
        return base;
    const detail = typeof entry.detail === 'string' ? entry.detail : JSON.stringify(entry.detail);
    if (detail === '' || detail === '{}' || detail === '[]')
        return base;
    return `${base} (${detail.length > 200 ? `${detail.slice(0, 200)}…` : detail})`;
}
/** A sentence for a failed response: what happened, on which registry, and what the registry said. */
function describeStatus(status, registry, what, codes) {
    const said = codes.length > 0 ? ` (registry said: ${codes.map(describeCode).join('; ')})` : '';
    const ghcrHint = registry === 'ghcr.io'
        ? '; with GITHUB_TOKEN, the usual causes are a job without `permissions: packages: write` and a package not linked to this repository (package settings -> Manage Actions access)'
        : '';
    switch (status) {
        case 401:
            return `authentication failed for ${registry} while trying to ${what}; check the username and password or token${ghcrHint}${said}`;
        case 403:
            return `access denied by ${registry} while trying to ${what}; the credentials lack permission${ghcrHint}${said}`;
        case 404:
            return `${what}: not found on ${registry}${said}`;
        case 429:
            return `${registry} rate-limited the request to ${what} (429 Too Many Requests) and retries ran out${said}`;
        default:
            return `${registry} answered ${status} while trying to ${what}${said}`;
    }
}

;// CONCATENATED MODULE: ./src/store/registry/token-cache.ts
// Bearer tokens per registry and scope set: one fetch at a time per key, refreshed before expiry.
/** Tokens per registry and scope set. Concurrent requests for the same key share one fetch. */
class TokenCache {
    #entries = new Map();
    #now;
    constructor(now = Date.now) {
        this.#now = now;
    }
    static key(registry, scopes) {
        return `${registry} ${[...new Set(scopes)].sort().join(' ')}`;
    }
    async get(key, fetch) {
        const existing = this.#entries.get(key);
        if (existing) {
            let entry;
            try {
                entry = await existing;
            }
            catch (error) {
                // Everyone waiting on a fetch that failed shares its failure: requests in flight together must not turn
                // into one token request each. Only a fetch started since (after an invalidate) is worth joining.
                const current = this.#entries.get(key);
                if (current === undefined || current === existing)
                    throw error;
                return this.get(key, fetch);
            }
            // Refresh before expiry so a request does not start with a token that dies in flight: 10 s early, or at
            // half its life for short-lived tokens (which would otherwise never be reused).
            const margin = Math.min(10_000, (entry.expiresAt - entry.fetchedAt) / 2);
            if (entry.expiresAt - margin > this.#now())
                return entry.token;
            if (this.#entries.get(key) !== existing)
                return this.get(key, fetch);
        }
        const fetchedAt = this.#now();
        const pending = fetch().then((token) => ({ ...token, fetchedAt }));
        this.#entries.set(key, pending);
        pending.catch(() => {
            if (this.#entries.get(key) === pending)
                this.#entries.delete(key);
        });
        return (await pending).token;
    }
    invalidate(key) {
        this.#entries.delete(key);
    }
}

// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __webpack_require__(3053);
;// CONCATENATED MODULE: ./src/store/registry/transport.ts
// HTTP to registries: keep-alive pools, retries of transient answers (the one retry policy, honouring Retry-After),
// and redirects that never carry Authorization to another host nor downgrade to plain HTTP.




const MAX_REDIRECTS = 5;
const SEND_HEADERS = 'undici:client:sendHeaders';
/** How long close() gives background clean-ups: one slow round trip. */
const BACKGROUND_WAIT_MS = 2000;
/** Writes one lane keeps in flight at once; a subject's referrers and its index fit. */
const LANE_DEPTH = 16;
/** One per process run: owns the connection pools. Agents are per trust setting, each pooling per origin. */
class Transport {
    logger;
    policy;
    /** undici, loaded on the first request: a run that fails on its inputs never pays for its package index. */
    #pools;
    #poolOptions;
    #ca;
    #insecureHosts;
    #userAgent;
    #background = new Set();
    #laneClients = new Set();
    constructor(options) {
        this.logger = options.logger;
        this.policy =
            options.policy ??
                new RetryPolicy({
                    ...(options.retry && { settings: options.retry }),
                    ...(options.sleep && { sleep: options.sleep }),
                    onRetry: (event) => options.logger.info((0,describe/* describeRetry */.e)(event)),
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
    async close() {
        if (!this.#pools)
            return;
        // Clean-ups nobody waits for (cancelled upload sessions): given a moment, never an error.
        if (this.#background.size > 0) {
            let timer;
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
    written(url, maxMs) {
        return new Promise((resolve) => {
            const done = () => {
                clearTimeout(timer);
                (0,external_node_diagnostics_channel_.unsubscribe)(SEND_HEADERS, onSend);
                resolve();
            };
            const onSend = (message) => {
                const request = message.request;
                if (request?.origin === url.origin && request.path === `${url.pathname}${url.search}`)
                    done();
            };
            const timer = setTimeout(done, maxMs);
            (0,external_node_diagnostics_channel_.subscribe)(SEND_HEADERS, onSend);
        });
    }
    /** Work that should end before the connections do, though nothing waits for it; its failure is ignored. */
    finishBeforeClose(work) {
        const settled = work.then(() => undefined, () => undefined);
        this.#background.add(settled);
        void settled.then(() => this.#background.delete(settled));
    }
    /** Send with retries of transient failures and manual redirects. The caller consumes or dumps the body. */
    async send(options) {
        const replayable = !(options.body !== undefined && typeof options.body === 'object' && !Buffer.isBuffer(options.body));
        const host = options.url.host;
        const operation = `${options.method} ${redactUrl(options.url)}`;
        const { attempts } = this.policy.settings;
        for (let attempt = 1;; attempt++) {
            let response;
            try {
                response = await this.#sendFollowingRedirects(options);
            }
            catch (error) {
                if (!replayable || options.retryNetworkErrors === false || options.signal?.aborted)
                    throw error;
                const reason = describeNetworkError(error);
                const delay = this.policy.nextDelay(host, attempt, { ...policy_classify(error), reason }, attempts);
                if (delay === undefined)
                    throw error;
                await this.policy.wait({ host, operation, attempt: attempt + 1, attempts, delayMs: delay, reason });
                continue;
            }
            const byStatus = statusRetry(response.status);
            if (!byStatus.retryable || !replayable)
                return response;
            const reason = byStatus.reason ?? `status ${response.status}`;
            const retryAfterMs = parseRetryAfter(response.headers['retry-after']);
            const decision = { retryable: true, reason, ...(retryAfterMs !== undefined && { retryAfterMs }) };
            const delay = this.policy.nextDelay(host, attempt, decision, attempts);
            if (delay === undefined)
                return response;
            await response.body.dump().catch(() => undefined);
            await this.policy.wait({ host, operation, attempt: attempt + 1, attempts, delayMs: delay, reason });
        }
    }
    #loadPools() {
        this.#pools ??= __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 23)).then(({ Agent, Client, request }) => ({
            request,
            Client,
            verifying: new Agent({ ...this.#poolOptions, connect: this.#ca ? { ca: this.#ca } : {} }),
            unverified: new Agent({ ...this.#poolOptions, connect: { rejectUnauthorized: false } }),
        }));
        return this.#pools;
    }
    /** The lane's own connection to `url`'s origin, with the trust settings of the pool it stands beside. */
    #laneClient(lane, url, pools) {
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
    async #sendFollowingRedirects(options) {
        const pools = await this.#loadPools();
        const { request, verifying, unverified } = pools;
        let url = options.url;
        let method = options.method;
        let body = options.body;
        const originHost = options.url.host;
        for (let hop = 0;; hop++) {
            const headers = { 'user-agent': this.#userAgent, ...options.headers };
            // Authorization belongs to the host that challenged for it: never forwarded to object storage.
            if (options.authorization !== undefined && url.host === originHost)
                headers['authorization'] = options.authorization;
            const turn = hop === 0 ? options.turn : undefined;
            const dispatcher = turn ? this.#laneClient(turn.lane, url, pools) : this.#insecureHosts.has(url.host) ? unverified : verifying;
            if (turn)
                await turn.before;
            let pending;
            try {
                pending = request(url, {
                    dispatcher,
                    method: method,
                    headers,
                    body: body ?? null,
                    // On a lane a PUT is pipelined (undici holds back a request it may not replay); a manifest PUT is idempotent.
                    ...(turn && { idempotent: true }),
                    ...(options.signal && { signal: options.signal }),
                });
            }
            finally {
                // undici queued it on the lane's connection synchronously: the next turn may go.
                turn?.sent();
            }
            const res = await pending;
            const location = res.headers['location'];
            if (![301, 302, 303, 307, 308].includes(res.statusCode) ||
                typeof location !== 'string' ||
                method === 'POST' ||
                method === 'PUT' ||
                method === 'PATCH') {
                return { status: res.statusCode, headers: res.headers, body: res.body, url };
            }
            await res.body.dump().catch(() => undefined);
            if (hop >= MAX_REDIRECTS)
                throw new Error(`too many redirects from ${redactUrl(options.url)}`);
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
function isRetryableError(error) {
    return classify(error).retryable;
}
function describeNetworkError(error) {
    const code = errorCode(error);
    const message = error instanceof Error ? error.message : String(error);
    return code && !message.includes(code) ? `${message} (${code})` : message;
}
/** Retry-After as delay-seconds or an HTTP-date; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    const text = Array.isArray(value) ? value[0] : value;
    if (text === undefined || text.trim() === '')
        return undefined;
    if (/^\d+$/.test(text.trim()))
        return Number(text.trim()) * 1000;
    // Only an HTTP-date (IMF-fixdate, RFC 850 or asctime, all of which name a weekday): Date.parse alone takes
    // almost anything, and "1.5" must not mean "retry now".
    if (!/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? /i.test(text.trim()))
        return undefined;
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function header(headers, name) {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}

;// CONCATENATED MODULE: ./src/store/registry/auth.ts





/** Scopes are `repository:<name>:<actions>`; the same repository's actions merge into one scope. */
function repositoryScope(repository, actions) {
    return `repository:${repository}:${[...new Set(actions)].sort().reverse().join(',')}`;
}
const MAX_TOKEN_RESPONSE_BYTES = 64 * 1024;
const DEFAULT_TOKEN_LIFETIME_S = 60; // the token spec's default when expires_in is absent
/** Thrown inside the re-authentication loop only: "the token was refused, a fresh one is ready". */
class TokenRefused extends Error {
}
const REAUTHENTICATE = { retryable: true, reason: 'the registry refused the token (401)', retryAfterMs: 0 };
/** Produces the Authorization header for one registry, given the challenge its /v2/ answered with. */
class Authenticator {
    #options;
    #challenge;
    #scopes = new Map();
    /** Responses to a streamed upload whose token was dropped: the caller may send fresh bytes once more. */
    #dropped = new WeakSet();
    /** Tokens fetched after a streamed upload's token was dropped; a refusal of one of these is not the token's age. */
    #replacements = new Set();
    #replacing = false;
    constructor(options) {
        this.#options = options;
    }
    get scheme() {
        return this.#challenge?.scheme;
    }
    setChallenge(challenges) {
        this.#challenge = challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
    }
    /** Declare access this run needs, before the first request, so a single token covers all of it. */
    requireScope(repository, ...actions) {
        const set = this.#scopes.get(repository) ?? new Set();
        for (const action of actions)
            set.add(action);
        this.#scopes.set(repository, set);
    }
    scopes() {
        return [...this.#scopes].map(([repository, actions]) => repositoryScope(repository, [...actions]));
    }
    async authorization(scopes) {
        const challenge = this.#challenge;
        if (!challenge)
            return undefined;
        const creds = this.#options.credentials;
        if (challenge.scheme === 'basic') {
            if (!creds?.username || creds.password === undefined)
                return undefined;
            return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
        }
        const key = TokenCache.key(this.#options.registry, scopes);
        const token = await this.#options.tokens.get(key, () => this.#fetchToken(challenge, scopes));
        return `Bearer ${token}`;
    }
    invalidate(scopes) {
        this.#options.tokens.invalidate(TokenCache.key(this.#options.registry, scopes));
    }
    /**
     * Send with authorization (only to `ownHost`, never to an upload URL elsewhere). A 401 to a request whose body
     * can be sent again is answered here: the challenge's scopes are added, a fresh token fetched, the request sent
     * once more. A streamed body cannot be sent twice: its token is dropped and `tokenDropped(response)` tells the
     * caller that fresh bytes may be sent once more.
     */
    async send(options, ownHost) {
        const isOwnHost = options.url.host === ownHost;
        const replayable = options.body === undefined || typeof options.body === 'string' || Buffer.isBuffer(options.body);
        const operation = `${options.method} ${redactUrl(options.url)}`;
        return this.#options.policy.run(options.url.host, operation, async (attempt) => {
            const scopes = this.scopes();
            const authorization = isOwnHost ? await this.authorization(scopes) : undefined;
            const response = await this.#options.transport.send({ ...options, ...(authorization && { authorization }) });
            if (response.status !== 401 || !isOwnHost)
                return response;
            if (!replayable) {
                this.#refusedStream(response, scopes, authorization);
                return response;
            }
            if (attempt > 1)
                return response;
            const challengeText = header(response.headers, 'www-authenticate');
            await response.body.dump().catch(() => undefined);
            if (challengeText) {
                const challenges = parseChallenges(challengeText);
                this.setChallenge(challenges);
                for (const { repository, actions } of challengedScopes(challenges))
                    this.requireScope(repository, ...actions);
            }
            this.invalidate(scopes);
            throw new TokenRefused();
        }, { attempts: 2, classify: (error) => (error instanceof TokenRefused ? REAUTHENTICATE : { retryable: false, reason: '' }) });
    }
    /** Whether `response` (a 401 to a streamed upload) dropped a token that had merely expired: send once more. */
    tokenDropped(response) {
        return this.#dropped.has(response);
    }
    #refusedStream(response, scopes, authorization) {
        // Only a bearer token can expire; one fetched to replace a dropped one was refused for another reason.
        if (this.#challenge?.scheme !== 'bearer' || authorization === undefined || this.#replacements.has(authorization))
            return;
        this.invalidate(scopes);
        this.#replacing = true;
        this.#dropped.add(response);
    }
    /** The token GET of the Docker token spec, with Basic credentials when we have a username and password. */
    #getToken(realm, service, scopes) {
        const { credentials, transport } = this.#options;
        const url = new URL(realm);
        if (service)
            url.searchParams.set('service', service);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        const authorization = credentials?.username && credentials.password !== undefined
            ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
            : undefined;
        if (authorization === undefined)
            url.searchParams.set('client_id', 'hoist');
        return transport.send({ method: 'GET', url, ...(authorization && { authorization }) });
    }
    async #fetchToken(challenge, scopes) {
        const replacing = this.#replacing;
        this.#replacing = false;
        const fetched = await this.#requestToken(challenge, scopes);
        if (replacing)
            this.#replacements.add(`Bearer ${fetched.token}`);
        return fetched;
    }
    async #requestToken(challenge, scopes) {
        const { registry, transport, credentials, logger } = this.#options;
        const realmText = challenge.params['realm'];
        if (!realmText) {
            throw new RegistryError({
                message: `${registry} asked for a bearer token but named no realm to get it from`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: `https://${registry}/v2/`,
            });
        }
        let realm;
        try {
            realm = new URL(realmText);
        }
        catch {
            throw new RegistryError({
                message: `${registry} named a token realm that is not a URL`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: `https://${registry}/v2/`,
            });
        }
        if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && this.#options.allowHttpRealm(realm.host))) {
            throw new RegistryError({
                message: `${registry} sent its token realm over plain HTTP (${redactUrl(realm)}); refusing to send credentials there. Add the realm host to insecure-registries if that is intended`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: realm,
            });
        }
        const service = challenge.params['service'];
        const started = Date.now();
        let response;
        if (credentials?.identityToken) {
            // OAuth2 refresh-token grant: the refresh token only ever goes to the auth server, in a POST body.
            const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credentials.identityToken, client_id: 'hoist' });
            if (service)
                form.set('service', service);
            form.set('scope', scopes.join(' '));
            response = await transport.send({
                method: 'POST',
                url: realm,
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: form.toString(),
            });
            if (response.status === 404 || response.status === 405) {
                // Auth servers without the OAuth2 endpoint: fall back to the token GET, as Docker does.
                await response.body.dump().catch(() => undefined);
                logger.debug(`The token server for ${registry} has no OAuth2 endpoint (${response.status}); using the token GET.`);
                response = await this.#getToken(realm, service, scopes);
            }
        }
        else {
            response = await this.#getToken(realm, service, scopes);
        }
        const text = await readLimited(response.body, MAX_TOKEN_RESPONSE_BYTES);
        if (text === undefined) {
            throw new RegistryError({
                message: `the token server for ${registry} sent a response over ${MAX_TOKEN_RESPONSE_BYTES / 1024} KiB; refusing it`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: realm,
                status: response.status,
            });
        }
        if (response.status === 401 || response.status === 403) {
            const who = credentials
                ? `the credentials from ${credentials.source}${credentials.username ? ` (user "${credentials.username}")` : ''}`
                : 'anonymous access';
            throw new RegistryError({
                message: `authentication failed for ${registry}: its token server (${realm.host}) rejected ${who}; check the username and password or token`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: realm,
                status: response.status,
            });
        }
        if (response.status !== 200) {
            throw new RegistryError({
                message: `the token server for ${registry} (${realm.host}) answered ${response.status}`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: realm,
                status: response.status,
            });
        }
        let json;
        try {
            json = JSON.parse(text);
        }
        catch {
            throw new RegistryError({
                message: `the token server for ${registry} did not answer with JSON`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: realm,
                status: 200,
            });
        }
        const token = typeof json['token'] === 'string' && json['token'] !== '' ? json['token'] : json['access_token'];
        if (typeof token !== 'string' || token === '') {
            throw new RegistryError({
                message: `the token server for ${registry} answered without a token`,
                registry,
                method: 'GET',
                operation: 'authenticate',
                url: realm,
                status: 200,
            });
        }
        this.#options.secret(token);
        if (typeof json['refresh_token'] === 'string')
            this.#options.secret(json['refresh_token']);
        const lifetime = typeof json['expires_in'] === 'number' && json['expires_in'] > 0 ? json['expires_in'] : DEFAULT_TOKEN_LIFETIME_S;
        logger.debug(`Fetched a token for ${registry} (${scopes.join(' ')}), valid ${lifetime} s.`);
        return { token, expiresAt: started + lifetime * 1000 };
    }
}

;// CONCATENATED MODULE: ./src/store/registry/uploads.ts




/** Chunk size for PATCH uploads: big enough to keep round trips few, small enough to hold in memory. */
const DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;
/** Tries of one chunk, the first included, before the upload fails (each resumes from what arrived). */
const CHUNK_ATTEMPTS = 4;
function sessionFrom(response, requestUrl) {
    const min = Number(header(response.headers, 'oci-chunk-min-length'));
    return { url: locationOr(response, requestUrl), minChunkSize: Number.isSafeInteger(min) && min > 0 ? min : undefined };
}
function locationOr(response, base) {
    const location = header(response.headers, 'location');
    return location ? new URL(location, base) : base;
}
class BlobUploads {
    #api;
    /** Set once the registry refused a monolithic upload (413): later blobs go up in chunks straight away. */
    #chunked = false;
    constructor(api) {
        this.#api = api;
    }
    get chunked() {
        return this.#chunked;
    }
    /** Open an upload session; Location may be relative and carry query parameters, which are kept. */
    async start(repository) {
        const url = await this.#api.url(`${repository}/blobs/uploads/`);
        const what = `start a blob upload in ${repository}`;
        const response = await this.#api.send('POST', url, what, { 'content-length': '0' }, Buffer.alloc(0));
        if (response.status !== 202 || !header(response.headers, 'location'))
            return this.#api.fail(response, 'POST', url, what, { operation: 'start a blob upload', upload: true });
        await response.body.dump().catch(() => undefined);
        return sessionFrom(response, url);
    }
    /** Cancel a session whose bytes will not come (DELETE, as the spec offers); the registry would purge it anyway. */
    async cancel(session, repository) {
        const what = `cancel an unneeded blob upload in ${repository}`;
        const response = await this.#api.send('DELETE', session.url, what, {}, undefined, { retryNetworkErrors: false });
        await response.body.dump().catch(() => undefined);
    }
    /**
     * Upload a whole blob from a stream: one PUT, or PATCH chunks when this registry wants them. A 413 to the single
     * PUT throws an error that says to try again (with fresh bytes): the next attempt goes up in chunks.
     */
    async upload(session, digest, size, body, repository) {
        if (this.#chunked)
            return this.#putChunked(session, digest, size, body, repository);
        const url = new URL(session.url);
        url.searchParams.set('digest', digest);
        const what = `upload blob ${digest} to ${repository}`;
        const headers = { 'content-type': 'application/octet-stream', 'content-length': String(size) };
        const response = await this.#api.send('PUT', url, what, headers, body);
        if (response.status === 201 || response.status === 204) {
            await response.body.dump().catch(() => undefined);
            return;
        }
        if (response.status === 413) {
            this.#chunked = true;
            this.#api.logger.info(`${this.#api.registry} refused a ${size}-byte upload in one request (413); sending blobs in chunks from now on.`);
            await response.body.dump().catch(() => undefined);
            throw new RegistryError({
                message: `${this.#api.registry} refused a ${size}-byte upload of blob ${digest} to ${repository} in one request (413)`,
                registry: this.#api.registry,
                method: 'PUT',
                url,
                status: 413,
                operation: 'upload blob',
                object: digest,
                retryable: true,
                retryReason: 'the registry wants chunked uploads',
            });
        }
        return this.#api.fail(response, 'PUT', url, what, { operation: 'upload blob', object: digest, upload: true });
    }
    /**
     * Stream a blob as it is made: one PATCH of its bytes (no length known ahead: chunked transfer coding), then, once
     * `made` names it, the PUT with its digest, which the registry checks against what it received.
     */
    async uploadAsMade(session, body, made, repository) {
        const api = this.#api;
        const what = `upload a blob to ${repository} while it is made`;
        const context = { operation: 'upload blob', upload: true };
        const headers = { 'content-type': 'application/octet-stream' };
        const response = await api.send('PATCH', session.url, what, headers, body, { retryNetworkErrors: false });
        if (response.status !== 202 && response.status !== 204)
            return api.fail(response, 'PATCH', session.url, what, context);
        await response.body.dump().catch(() => undefined);
        const url = locationOr(response, session.url);
        const { digest, size } = await made;
        const range = /^(?:bytes=)?0-(\d+)$/.exec(header(response.headers, 'range') ?? '');
        if (range && Number(range[1]) + 1 !== size) {
            throw new RegistryError({
                message: `${api.registry} reports ${Number(range[1]) + 1} bytes of ${digest} received, but it is ${size} bytes`,
                registry: api.registry,
                method: 'PATCH',
                url,
                ...context,
                object: digest,
                retryable: true,
                retryReason: 'the registry received another length than was sent',
            });
        }
        const done = new URL(url);
        done.searchParams.set('digest', digest);
        const closing = await api.send('PUT', done, `upload blob ${digest} to ${repository}`, { 'content-length': '0' }, Buffer.alloc(0));
        if (closing.status === 201 || closing.status === 204) {
            await closing.body.dump().catch(() => undefined);
            return;
        }
        return api.fail(closing, 'PUT', done, `upload blob ${digest} to ${repository}`, { ...context, object: digest });
    }
    async #putChunked(session, digest, size, body, repository) {
        const api = this.#api;
        const what = `upload blob ${digest} to ${repository} in chunks`;
        const context = { operation: 'upload blob', object: digest, upload: true };
        const chunkSize = Math.max(session.minChunkSize ?? 0, DEFAULT_CHUNK_SIZE);
        let url = session.url;
        let offset = 0;
        for await (const chunk of rechunk(body, chunkSize)) {
            let pending = chunk;
            let start = offset;
            for (let attempt = 1; pending.length > 0; attempt++) {
                const end = start + pending.length - 1;
                // Undefined when the connection broke: never replayed blindly, as part of the chunk may have landed.
                let response;
                let decision;
                try {
                    response = await api.send('PATCH', url, what, { 'content-type': 'application/octet-stream', 'content-length': String(pending.length), 'content-range': `${start}-${end}` }, pending, { retryNetworkErrors: false });
                }
                catch (error) {
                    if (!(error instanceof RegistryError) || error.status !== undefined)
                        throw error;
                    decision = policy_classify(error);
                    const delay = api.policy.nextDelay(url.host, attempt, decision, CHUNK_ATTEMPTS);
                    if (delay === undefined)
                        throw error;
                    await this.#resumeAfter(delay, url, attempt, `the connection broke while sending bytes ${start}-${end} of ${digest}`);
                }
                if (response) {
                    if (response.status === 202 || response.status === 204) {
                        await response.body.dump().catch(() => undefined);
                        url = locationOr(response, url);
                        break;
                    }
                    decision = { retryable: response.status === 416, reason: `${api.registry} expected another offset (416)` };
                    const delay = api.policy.nextDelay(url.host, attempt, decision, CHUNK_ATTEMPTS);
                    if (delay === undefined)
                        return api.fail(response, 'PATCH', url, what, context);
                    await response.body.dump().catch(() => undefined);
                    await this.#resumeAfter(delay, url, attempt, decision.reason);
                }
                // 416 or a broken connection: the registry holds a different amount than we assumed; ask it, resend from there.
                const received = await this.#uploadOffset(url, what);
                if (received < offset || received > end + 1) {
                    throw new RegistryError({
                        message: `${api.registry} reports ${received} bytes of ${digest} received, outside the chunk being sent; cannot resume`,
                        registry: api.registry,
                        method: 'PATCH',
                        url,
                        status: 416,
                        ...context,
                        // A fresh upload session starts from nothing, so the blob as a whole is worth another try.
                        retryable: true,
                        retryReason: 'the registry lost track of the upload',
                    });
                }
                pending = chunk.subarray(received - offset);
                start = received;
            }
            offset += chunk.length;
        }
        if (offset !== size) {
            throw new RegistryError({
                message: `${what}: the source gave ${offset} bytes, expected ${size}`,
                registry: api.registry,
                method: 'PATCH',
                url,
                ...context,
                // The source was short: another read of it may not be.
                retryable: true,
                retryReason: `the source gave ${offset} of ${size} bytes`,
            });
        }
        const done = new URL(url);
        done.searchParams.set('digest', digest);
        const response = await api.send('PUT', done, what, { 'content-length': '0' }, Buffer.alloc(0));
        if (response.status === 201 || response.status === 204) {
            await response.body.dump().catch(() => undefined);
            return;
        }
        return api.fail(response, 'PUT', done, what, context);
    }
    /** Tell the policy's listener, wait, and go on to ask the registry what it holds. */
    async #resumeAfter(delayMs, url, attempt, reason) {
        await this.#api.policy.wait({
            host: url.host,
            operation: `PATCH ${redactUrl(url)}`,
            attempt: attempt + 1,
            attempts: CHUNK_ATTEMPTS,
            delayMs,
            reason: `${reason}; resuming from what the registry holds`,
        });
    }
    /** How many bytes of an upload the registry holds (`Range: 0-N` means N+1). */
    async #uploadOffset(url, what) {
        const response = await this.#api.send('GET', url, what);
        if (response.status !== 204 && response.status !== 200)
            return this.#api.fail(response, 'GET', url, what, { operation: 'upload blob', upload: true });
        await response.body.dump().catch(() => undefined);
        const range = /^(?:bytes=)?0-(\d+)$/.exec(header(response.headers, 'range') ?? '');
        return range ? Number(range[1]) + 1 : 0;
    }
}

;// CONCATENATED MODULE: ./src/store/registry/blobs.ts





/** Does the repository hold this blob? */
async function hasBlob(api, repository, digest) {
    const url = await api.url(`${repository}/blobs/${digest}`);
    const what = `check blob ${digest} in ${repository}`;
    const response = await api.send('HEAD', url, what);
    await response.body.dump().catch(() => undefined);
    if (response.status === 200)
        return true;
    if (response.status === 404)
        return false;
    return api.fail(response, 'HEAD', url, what, { operation: 'check blob', object: digest });
}
/**
 * Cross-repository mount. 201 means the blob is now linked; 202 means the registry started an ordinary upload
 * instead (ECR, or the blob is not in `from`), whose URL we hand back so the upload needs no second POST.
 */
async function mountBlob(api, repository, digest, from) {
    const url = await api.url(`${repository}/blobs/uploads/`);
    url.searchParams.set('mount', digest);
    url.searchParams.set('from', from);
    const response = await api.send('POST', url, `mount blob ${digest} into ${repository}`, { 'content-length': '0' }, Buffer.alloc(0));
    await response.body.dump().catch(() => undefined);
    if (response.status === 201)
        return { mounted: true };
    const location = header(response.headers, 'location');
    if (response.status === 202 && location) {
        return { mounted: false, session: sessionFrom(response, url), reason: 'the registry started an upload instead' };
    }
    return { mounted: false, reason: `the mount was answered ${response.status}` };
}
/** Stream a blob, verified: the returned stream errors if size or digest differ, so nothing unverified is trusted. */
async function getBlob(api, repository, digest, size, onBytes) {
    const url = await api.url(`${repository}/blobs/${digest}`);
    const what = `read blob ${digest} from ${repository}`;
    const response = await api.send('GET', url, what);
    if (response.status !== 200)
        return api.fail(response, 'GET', url, what, { operation: 'read blob', object: digest });
    const verifier = new oci_digest/* VerifyingStream */.SC(digest, size, `blob ${digest} from ${api.registry}/${repository}`, onBytes);
    response.body.on('error', (error) => verifier.destroy(new RegistryError({
        message: `the download of blob ${digest} from ${api.registry}/${repository} broke off: ${describeNetworkError(error)}`,
        registry: api.registry,
        method: 'GET',
        url,
        cause: error,
        operation: 'read blob',
        object: digest,
        // Whatever ended it (a reset, a time-out, a proxy), a fresh GET starts over from a clean state.
        retryable: true,
        retryReason: `the download broke off: ${describeNetworkError(error)}`,
    })));
    verifier.on('close', () => {
        if (!response.body.readableEnded)
            discard(response.body);
    });
    return response.body.pipe(verifier);
}

// EXTERNAL MODULE: ./src/oci/media-types.ts
var media_types = __webpack_require__(9217);
;// CONCATENATED MODULE: ./src/store/registry/probe.ts
// The first request to a registry: GET /v2/, over HTTPS, or over plain HTTP where that is allowed and the port does
// not speak TLS. Its answer gives the API base URL and the authentication challenge for every later request.




/** The most the TLS attempt waits for the plain request to be written (a refused connection writes nothing). */
const PLAIN_FIRST_MS = 50;
async function probe(options) {
    const { registry, transport, allowHttp } = options;
    const host = (0,oci_reference/* apiHost */.nz)(registry);
    const secure = new URL(`https://${host}/v2/`);
    if (!allowHttp) {
        let response;
        try {
            response = await transport.send({ method: 'GET', url: secure });
        }
        catch (error) {
            throw connectionError(registry, allowHttp, 'GET', secure, 'reach the registry', error);
        }
        return useProbe(registry, response, secure);
    }
    // HTTPS is preferred, but a plain-HTTP registry should not cost a failed TLS round trip first: ask both at once.
    // The plain request goes first, and TLS starts once it is on the wire: a run's first TLS connection costs ~20 ms
    // of CPU (node:tls, the root certificates), which the plain request need not wait for.
    const plain = new URL(`http://${host}/v2/`);
    const overHttp = settle(transport.send({ method: 'GET', url: plain }));
    await Promise.race([transport.written(plain, PLAIN_FIRST_MS), overHttp]);
    const tlsAttempt = new AbortController();
    const overTls = settle(transport.send({ method: 'GET', url: secure, signal: tlsAttempt.signal }));
    // A registry's answer over plain HTTP (200, or 401 with a challenge) proves the port speaks plain HTTP, so the
    // TLS attempt can only fail: no need to wait for it. Anything else (a TLS server answers plain HTTP with 400)
    // waits for TLS.
    const first = await Promise.race([
        overHttp.then((r) => ({ over: 'http', r })),
        overTls.then((r) => ({ over: 'tls', r })),
    ]);
    if (first.over === 'http' && 'value' in first.r && (first.r.value.status === 200 || first.r.value.status === 401)) {
        // Stop it, or its retries (a TLS hello to a plain port fails as a broken connection) open connections for seconds.
        tlsAttempt.abort();
        discardWhenSettled(overTls);
        return useProbe(registry, first.r.value, plain);
    }
    const tls = await overTls;
    if ('value' in tls) {
        discardWhenSettled(overHttp);
        return useProbe(registry, tls.value, secure);
    }
    if (isTlsMismatch(tls.error)) {
        const http = await overHttp;
        if (!('value' in http))
            throw connectionError(registry, allowHttp, 'GET', plain, 'reach the registry over HTTP', http.error);
        return useProbe(registry, http.value, plain);
    }
    discardWhenSettled(overHttp);
    throw connectionError(registry, allowHttp, 'GET', secure, 'reach the registry', tls.error);
}
/** Takes the challenge from the `/v2/` answer. */
async function useProbe(registry, response, base) {
    await response.body.dump().catch(() => undefined);
    if (response.status === 401) {
        const challenge = header(response.headers, 'www-authenticate');
        return { base, challenges: challenge ? parseChallenges(challenge) : [] };
    }
    if (response.status !== 200) {
        throw new RegistryError({
            message: `${registry} does not look like a container registry: GET /v2/ answered ${response.status}`,
            registry,
            method: 'GET',
            url: base,
            status: response.status,
            operation: 'probe the registry',
            // The answer was not a registry's; asking again will not make it one.
            retryable: false,
        });
    }
    return { base, challenges: [] };
}
/** A request that got no answer, with a hint where the cause is a TLS setting the user can change. */
function connectionError(registry, allowHttp, method, url, what, error) {
    let hint = '';
    if (isCertificateError(error)) {
        hint = `; if the registry uses a private CA, point NODE_EXTRA_CA_CERTS at its certificate, or list ${registry} in insecure-registries`;
    }
    else if (isTlsMismatch(error) && !allowHttp) {
        hint = `; if ${registry} speaks plain HTTP, list it in insecure-registries`;
    }
    return new RegistryError({
        message: `could not ${what} at ${registry}: ${describeNetworkError(error)}${hint}`,
        registry,
        method,
        url,
        cause: error,
        operation: what,
    });
}
function errorText(error) {
    let text = '';
    let current = error;
    for (let depth = 0; depth < 4 && current; depth++) {
        text += ` ${current.code ?? ''} ${current.message ?? ''}`;
        current = current.cause;
    }
    return text;
}
/** The server answered a TLS hello with something that is not TLS: it speaks plain HTTP. */
function isTlsMismatch(error) {
    return /wrong version number|WRONG_VERSION_NUMBER|EPROTO|packet length too long|http request/i.test(errorText(error));
}
function isCertificateError(error) {
    return /CERT|self[- ]signed|unable to verify|UNABLE_TO_GET_ISSUER/i.test(errorText(error));
}
/** The probe nobody waits for: read its body away when it answers, so its connection goes back to the pool. */
function discardWhenSettled(probe) {
    void probe.then((other) => ('value' in other ? other.value.body.dump().catch(() => undefined) : undefined));
}
function settle(promise) {
    return promise.then((value) => ({ value }), (error) => ({ error }));
}

// EXTERNAL MODULE: ./src/store/store.ts
var store = __webpack_require__(1644);
;// CONCATENATED MODULE: ./src/store/registry/manifests.ts
// Manifests over the distribution API: HEAD (digest and type, no bytes), GET verified against its digest, PUT of the
// exact bytes. Schema 1 is recognised by its media type before any digest check: registries re-sign it on every
// GET, so its digest never matches and "digest mismatch" would be the wrong thing to tell a user.









const MAX_ERROR_BODY = 64 * 1024;
/** Tries of a manifest PUT that names blobs the registry does not see yet (eventual consistency), the first included. */
const BLOB_UNKNOWN_ATTEMPTS = 4;
const NOT_RETRIED = { retryable: false, reason: '' };
/** `repo:tag` or `repo@digest`. */
function named(repository, reference) {
    return `${repository}${reference.includes(':') ? '@' : ':'}${reference}`;
}
/** HEAD a manifest: digest and media type without the bytes (not counted as a pull by Docker Hub). Undefined on 404. */
async function headManifest(api, repository, reference) {
    const url = await api.url(`${repository}/manifests/${reference}`);
    const what = `read ${named(repository, reference)}`;
    const response = await api.send('HEAD', url, what, { accept: media_types/* MANIFEST_ACCEPT */.dY });
    await response.body.dump().catch(() => undefined);
    if (response.status === 404)
        return undefined;
    if (response.status !== 200)
        await api.fail(response, 'HEAD', url, what, { operation: 'read manifest', object: reference });
    const digest = header(response.headers, 'docker-content-digest');
    const length = header(response.headers, 'content-length');
    return {
        digest: digest && (0,oci_digest/* isDigest */.Bc)(digest) ? digest : undefined,
        mediaType: (0,media_types/* baseMediaType */.S4)(header(response.headers, 'content-type')),
        size: length === undefined ? undefined : Number(length),
    };
}
/** GET a manifest and verify its bytes: against the digest asked for, else the digest the registry claims. */
async function getManifest(api, repository, reference) {
    return (await getVersionedManifest(api, repository, reference)).manifest;
}
/** As getManifest, with the ETag a conditional PUT can name (If-Match), when the registry sends one. */
async function getVersionedManifest(api, repository, reference) {
    const url = await api.url(`${repository}/manifests/${reference}`);
    const name = named(repository, reference);
    const what = `read ${name}`;
    const fields = { registry: api.registry, method: 'GET', url, operation: 'read manifest', object: reference };
    // Only a body that broke off mid-way is tried again here; statuses were already retried by the transport.
    let broken;
    return api.policy.run(url.host, `GET ${redactUrl(url)}`, async () => {
        const response = await api.send('GET', url, what, { accept: media_types/* MANIFEST_ACCEPT */.dY });
        if (response.status === 404) {
            await response.body.dump().catch(() => undefined);
            throw new RegistryError({
                ...fields,
                message: `${name} was not found on ${api.registry}`,
                status: 404,
                codes: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }],
            });
        }
        if (response.status !== 200)
            await api.fail(response, 'GET', url, what, { operation: 'read manifest', object: reference });
        const tooLarge = (size) => new RegistryError({
            ...fields,
            message: `${what}: the manifest is ${size} bytes, over the ${oci_manifest/* MAX_MANIFEST_BYTES */.ZJ}-byte limit`,
            status: 200,
        });
        const claimed = header(response.headers, 'content-length');
        if (claimed !== undefined && Number(claimed) > oci_manifest/* MAX_MANIFEST_BYTES */.ZJ) {
            discard(response.body);
            throw tooLarge(claimed);
        }
        let bytes;
        try {
            bytes = await readManifestBody(response.body, () => tooLarge('more than that'));
        }
        catch (error) {
            if (error instanceof RegistryError)
                throw error;
            broken = connectionError(api.registry, true, 'GET', url, what, error);
            throw broken;
        }
        const contentType = header(response.headers, 'content-type');
        const schema1 = schema1Type(contentType, bytes);
        if (schema1 !== undefined) {
            throw new RegistryError({
                ...fields,
                message: `${what}: the manifest is Docker schema 1 (${schema1}), which is deprecated and unsupported; hoist copies only OCI and Docker schema 2 images. Rebuild or re-push the image with a current client`,
                status: 200,
                codes: [{ code: 'MANIFEST_INVALID', message: 'Docker schema 1 manifest' }],
            });
        }
        const expected = (0,oci_digest/* isDigest */.Bc)(reference) ? reference : header(response.headers, 'docker-content-digest');
        const actual = (0,oci_digest/* digestOf */.ol)(bytes, expected && (0,oci_digest/* isDigest */.Bc)(expected) ? expected : 'sha256:');
        if (expected !== undefined && (0,oci_digest/* isDigest */.Bc)(expected) && actual !== expected) {
            throw new RegistryError({
                ...fields,
                message: `${what}: the manifest bytes hash to ${actual}, not ${expected}; refusing to trust them`,
                status: 200,
                codes: [{ code: 'DIGEST_INVALID', message: 'manifest digest mismatch' }],
            });
        }
        return { manifest: (0,oci_manifest/* parseManifest */.Ng)(bytes, contentType, actual), etag: header(response.headers, 'etag') };
    }, {
        classify: (error) => {
            if (error !== broken)
                return NOT_RETRIED;
            const decision = policy_classify(error);
            return { ...decision, reason: `the manifest body broke off: ${error.message}` };
        },
    });
}
/** The schema 1 media type a response declares, or that its bytes have (`schemaVersion: 1` under a generic type). */
function schema1Type(contentType, bytes) {
    const type = (0,media_types/* baseMediaType */.S4)(contentType);
    if (type === media_types/* DOCKER_SCHEMA1 */.kj || type === media_types/* DOCKER_SCHEMA1_SIGNED */.n$)
        return type;
    if (type !== '' && type !== 'application/json' && type !== 'text/plain' && type !== 'application/octet-stream')
        return undefined;
    try {
        const json = JSON.parse(bytes.toString('utf8'));
        return json?.schemaVersion === 1 ? `schemaVersion 1 served as ${type === '' ? 'no content type' : type}` : undefined;
    }
    catch {
        return undefined;
    }
}
/** PUT the exact manifest bytes under a tag or digest. */
async function putManifest(api, repository, reference, manifest, conditions = {}, turn) {
    const { ifMatch, ifNoneMatch } = conditions;
    const url = await api.url(`${repository}/manifests/${reference}`);
    const what = `push the manifest ${named(repository, reference)}`;
    const fields = { registry: api.registry, method: 'PUT', url, operation: 'push manifest', object: reference };
    // MANIFEST_BLOB_UNKNOWN right after the blobs went up is eventual consistency in some registries: retry briefly.
    const blobsNotSeen = (error) => error instanceof RegistryError && (error.hasCode('MANIFEST_BLOB_UNKNOWN') || error.hasCode('BLOB_UNKNOWN'));
    return api.policy.run(url.host, `PUT ${redactUrl(url)}`, async () => {
        const headers = {
            'content-type': manifest.mediaType,
            ...(ifMatch !== undefined && { 'if-match': ifMatch }),
            ...(ifNoneMatch !== undefined && { 'if-none-match': ifNoneMatch }),
        };
        const response = await api.send('PUT', url, what, headers, manifest.bytes, turn && { turn });
        if (response.status === 412 && (ifMatch !== undefined || ifNoneMatch !== undefined)) {
            await response.body.dump().catch(() => undefined);
            throw new store/* PreconditionFailedError */.k(reference, `${api.registry}/${repository}`);
        }
        if (response.status === 201 || response.status === 200 || response.status === 202) {
            await response.body.dump().catch(() => undefined);
            const stored = header(response.headers, 'docker-content-digest');
            if (stored && (0,oci_digest/* isDigest */.Bc)(stored) && stored !== manifest.digest) {
                throw new RegistryError({
                    ...fields,
                    message: `${api.registry} stored ${what} under ${stored} instead of ${manifest.digest}; it rewrote the manifest`,
                    status: response.status,
                });
            }
            return { digest: manifest.digest, subjectIndexed: header(response.headers, 'oci-subject') !== undefined };
        }
        const text = (await readLimited(response.body, MAX_ERROR_BODY).catch(() => '')) ?? '';
        const codes = parseErrorBody(text);
        let message = describeStatus(response.status, api.registry, what, codes);
        if ((response.status === 400 || response.status === 415) &&
            codes.some((c) => c.code === 'MANIFEST_INVALID' || c.code === 'UNSUPPORTED')) {
            message += `; the registry may not accept the media type ${manifest.mediaType} (hoist never converts manifests, as that would change the digest)`;
        }
        throw new RegistryError({ ...fields, message, status: response.status, codes });
    }, {
        attempts: BLOB_UNKNOWN_ATTEMPTS,
        classify: (error) => blobsNotSeen(error)
            ? { retryable: true, reason: `${api.registry} does not see the blobs just pushed yet (MANIFEST_BLOB_UNKNOWN)` }
            : NOT_RETRIED,
    });
}
/**
 * DELETE a manifest by digest: the registry removes it and every tag pointing at it. False when it was not there.
 * Distribution answers 405 UNSUPPORTED unless `storage.delete.enabled` is set.
 */
async function deleteManifest(api, repository, digest) {
    const url = await api.url(`${repository}/manifests/${digest}`);
    const what = `delete ${named(repository, digest)}`;
    const response = await api.send('DELETE', url, what);
    if (response.status === 404) {
        await response.body.dump().catch(() => undefined);
        return false;
    }
    if (response.status === 202 || response.status === 200 || response.status === 204) {
        await response.body.dump().catch(() => undefined);
        return true;
    }
    if (response.status === 405) {
        await response.body.dump().catch(() => undefined);
        throw new RegistryError({
            registry: api.registry,
            method: 'DELETE',
            url,
            status: 405,
            operation: 'delete manifest',
            object: digest,
            message: `${api.registry} does not allow deleting manifests (405) while trying to ${what}; deletes must be enabled on the registry (distribution: storage.delete.enabled)`,
        });
    }
    return api.fail(response, 'DELETE', url, what, { operation: 'delete manifest', object: digest });
}

;// CONCATENATED MODULE: ./src/store/registry/referrers.ts
// The OCI 1.1 referrers API: `GET /v2/<name>/referrers/<digest>`, an index of the manifests whose subject is the
// digest, in pages linked by `Link`. A registry without the API answers 404 (distribution 2.8 does); the caller then
// reads the fallback tag instead, so any answer but 200 means "not offered here", never a failed copy.





const MAX_PAGE_BYTES = 4 * 1024 * 1024;
/** A subject with more referrers than this many pages is abuse, not provenance. */
const MAX_PAGES = 50;
/**
 * A digest no manifest can have (that of zero bytes, which is not JSON), so no referrer can name it as its subject.
 */
const NO_SUBJECT = 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/**
 * Whether the registry offers the referrers API, asked before any subject is known, so that it goes out beside the
 * resolution of a tag. True on a 200. False on a 404 that is not an OCI error naming the manifest: the distribution
 * spec forbids a registry with the API to answer 404 at all, and one without it answers its router's 404
 * (distribution 2.8: "404 page not found", text/plain). Undefined otherwise: a 404 MANIFEST_UNKNOWN may come from a
 * registry that looks the subject up first, against the spec, so there each subject is still asked.
 */
async function offersReferrersApi(api, repository) {
    const url = await api.url(`${repository}/referrers/${NO_SUBJECT}`);
    const response = await api.send('GET', url, `ask whether ${repository} offers the referrers API`, { accept: media_types/* OCI_INDEX */.$p });
    const body = (await readLimited(response.body, 64 * 1024).catch(() => undefined)) ?? '';
    if (response.status === 200)
        return true;
    if (response.status === 404 && !/"code"\s*:\s*"MANIFEST_UNKNOWN"/.test(body))
        return false;
    return undefined;
}
async function listReferrers(api, repository, digest) {
    let url = await api.url(`${repository}/referrers/${digest}`);
    const what = `list the referrers of ${digest} in ${repository}`;
    const found = [];
    for (let page = 0; url && page < MAX_PAGES; page++) {
        const response = await api.send('GET', url, what, { accept: media_types/* OCI_INDEX */.$p });
        if (response.status !== 200) {
            await response.body.dump().catch(() => undefined);
            if (page === 0)
                return undefined;
            return api.fail(response, 'GET', url, what, { operation: 'read manifest', object: digest });
        }
        const bytes = Buffer.from((await readLimited(response.body, MAX_PAGE_BYTES)) ?? '');
        // Not content-addressed: parsed for its descriptors (each one still verified when its manifest is read).
        found.push(...(0,oci_manifest/* parseManifest */.Ng)(bytes, media_types/* OCI_INDEX */.$p, (0,oci_digest/* digestOf */.ol)(bytes)).manifests);
        const link = header(response.headers, 'link');
        const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
        url = next ? new URL(next, url) : undefined;
    }
    return found;
}

;// CONCATENATED MODULE: ./src/store/registry/rate-limit.ts
// Docker Hub's pull allowance, from its `ratelimit-limit` / `ratelimit-remaining` headers (`100;w=21600`).
function first(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}
/** The allowance a response reports, or undefined when it reports none (every registry but Docker Hub). */
function parseRateLimit(headers) {
    const remaining = first(headers, 'ratelimit-remaining');
    const limit = first(headers, 'ratelimit-limit');
    if (remaining === undefined || limit === undefined)
        return undefined;
    // Format: `100;w=21600` (count; window in seconds).
    const [limitMatch, remainingMatch] = [limit, remaining].map((v) => /^(\d+)(?:;w=(\d+))?/.exec(v.trim()));
    if (!limitMatch || !remainingMatch)
        return undefined;
    return {
        limit: Number(limitMatch[1]),
        remaining: Number(remainingMatch[1]),
        windowSeconds: limitMatch[2] === undefined ? undefined : Number(limitMatch[2]),
    };
}

;// CONCATENATED MODULE: ./src/store/registry/write-lane.ts
class WriteLane {
    ordered = true;
    #tail = Promise.resolve();
    /** The lane's connection per origin, made by the transport on first use. */
    clients = new Map();
    /** Its connections end once what is queued on them is answered (a sync opens a lane per repository it signs). */
    close() {
        for (const client of this.clients.values())
            client.close().catch(() => undefined);
        this.clients.clear();
    }
    /** Take the next place in line, now (synchronously, so the order is the order of the calls). */
    turn() {
        const before = this.#tail;
        let release;
        this.#tail = new Promise((resolve) => (release = resolve));
        return { lane: this, before, sent: release };
    }
}

;// CONCATENATED MODULE: ./src/store/registry/registry-store.ts




class RegistryStore {
    /** `registry/repository`. */
    name;
    /** The registry: stores of one registry can mount from each other. */
    location;
    registry;
    repository;
    #client;
    /**
     * Upload sessions opened ahead of their bytes, by digest: by a mount the registry answered with 202, or by
     * prepareBlobWrite while the source is read. The next upload of that digest uses it.
     */
    #sessions = new Map();
    constructor(client, repository) {
        this.#client = client;
        this.registry = client.registry;
        this.repository = repository;
        this.location = client.registry;
        this.name = `${client.registry}/${repository}`;
    }
    async resolve(reference, options = {}) {
        // One GET answers both "which digest?" and "what bytes?" in the round trip a HEAD would take; manifests are small.
        // Docker Hub counts a manifest GET as a pull against the rate limit, and a HEAD not.
        if (options.wantBytes && this.registry !== oci_reference/* DOCKER_HUB */.Xb)
            return this.#resolveByGet(reference);
        const head = await this.#client.headManifest(this.repository, reference);
        if (!head)
            return undefined;
        const digest = head.digest ?? ((0,oci_digest/* isDigest */.Bc)(reference) ? reference : undefined);
        // No Docker-Content-Digest on HEAD (ECR, some mirrors): the bytes decide.
        if (digest === undefined)
            return this.#resolveByGet(reference);
        return { digest, mediaType: head.mediaType, size: head.size };
    }
    async #resolveByGet(reference) {
        let answer;
        try {
            answer = await this.#client.getVersionedManifest(this.repository, reference);
        }
        catch (error) {
            if (error instanceof RegistryError && error.status === 404)
                return undefined;
            throw error;
        }
        const { manifest, etag } = answer;
        return {
            digest: manifest.digest,
            mediaType: manifest.mediaType,
            size: manifest.bytes.length,
            manifest,
            ...(etag !== undefined && { etag }),
        };
    }
    getManifest(reference) {
        return this.#client.getManifest(this.repository, reference);
    }
    async putManifest(reference, manifest, options = {}) {
        // The place in line is taken now, as the write begins; given up however the write ends, so none behind it waits.
        const turn = options.lane instanceof WriteLane ? options.lane.turn() : undefined;
        try {
            return await this.#client.storeManifest(this.repository, reference, manifest, options, turn);
        }
        finally {
            turn?.sent();
        }
    }
    openWriteLane() {
        const lane = new WriteLane();
        this.#client.warmLane(lane);
        return lane;
    }
    referrers(digest) {
        return this.#client.referrers(this.repository, digest);
    }
    offersReferrersApi() {
        return this.#client.offersReferrersApi(this.repository);
    }
    hasBlob(descriptor) {
        return this.#client.hasBlob(this.repository, descriptor.digest);
    }
    readBlob(descriptor, onBytes) {
        return this.#client.getBlob(this.repository, descriptor.digest, descriptor.size, onBytes);
    }
    /**
     * Opens the upload session now, so its POST travels beside the source's GET instead of after it: one round trip
     * less for every streamed blob. A session whose bytes never come (the source failed for good) is left to the
     * registry's purge of stale uploads, as when a client dies mid-upload.
     */
    prepareBlobWrite(descriptor) {
        if (this.#sessions.has(descriptor.digest))
            return;
        const session = this.#client.startUpload(this.repository);
        // Its failure is the write's to report, if a write comes.
        session.catch(() => undefined);
        this.#sessions.set(descriptor.digest, session);
    }
    abandonBlobWrite(descriptor) {
        const session = this.#sessions.get(descriptor.digest);
        if (!session)
            return;
        this.#sessions.delete(descriptor.digest);
        this.#client.cancelUpload(session, this.repository);
    }
    async writeBlob(descriptor, body) {
        // A session is used once: a retry of this blob (fresh bytes) opens a fresh one.
        const opened = this.#sessions.get(descriptor.digest);
        this.#sessions.delete(descriptor.digest);
        const session = await (opened ?? this.#client.startUpload(this.repository));
        await this.#client.uploadBlob(session, descriptor.digest, descriptor.size, body, this.repository);
    }
    /** A session of its own (never one opened ahead: those wait for a known digest), cancelled if the write fails. */
    async writeMadeBlob(body, made) {
        const session = this.#client.startUpload(this.repository);
        try {
            await this.#client.uploadMadeBlob(await session, body, made, this.repository);
        }
        catch (error) {
            if (!body.destroyed)
                body.destroy();
            this.#client.cancelUpload(session, this.repository);
            throw error;
        }
    }
    async mountBlob(descriptor, from) {
        if (!(from instanceof RegistryStore) || from.location !== this.location) {
            return { mounted: false, reason: `${from.name} is not in ${this.location}, so its blobs cannot be mounted here` };
        }
        const result = await this.#client.mountBlob(this.repository, descriptor.digest, from.repository);
        if (result.mounted)
            return { mounted: true };
        if (result.session)
            this.#sessions.set(descriptor.digest, Promise.resolve(result.session));
        return { mounted: false, reason: result.reason };
    }
    listTags(options = {}) {
        return options.limit === undefined ? this.#client.listTags(this.repository) : this.#client.listTags(this.repository, options.limit, 1);
    }
    /** HEAD the tag for its digest, then DELETE that digest: every other tag of the digest goes with it (see Store). */
    async deleteTag(tag) {
        const head = await this.#client.headManifest(this.repository, tag);
        if (!head)
            return undefined;
        const digest = head.digest ?? (await this.#client.getManifest(this.repository, tag)).digest;
        return (await this.#client.deleteManifest(this.repository, digest)) ? { digest } : undefined;
    }
}

;// CONCATENATED MODULE: ./src/store/registry/client.ts











const client_MAX_ERROR_BODY = 64 * 1024;
class RegistryClient {
    registry;
    #options;
    #auth;
    #api;
    #uploads;
    #stores = new Map();
    #base;
    #rateLimit;
    constructor(options) {
        this.registry = options.registry;
        this.#options = options;
        const policy = options.policy ?? options.transport.policy;
        this.#auth = new Authenticator({
            registry: options.registry,
            credentials: options.credentials,
            transport: options.transport,
            tokens: options.tokens,
            secret: options.secret,
            logger: options.logger,
            allowHttpRealm: () => options.allowHttp,
            policy,
        });
        this.#api = {
            registry: options.registry,
            policy,
            logger: options.logger,
            url: async (path) => new URL(path, await this.baseUrl()),
            send: (method, url, what, headers, body, sendOptions) => this.#send(method, url, what, headers, body, sendOptions),
            fail: (response, method, url, what, context) => this.#fail(response, method, url, what, context),
        };
        this.#uploads = new BlobUploads(this.#api);
    }
    /** The last pull allowance the registry reported (Docker Hub), if any. */
    get rateLimit() {
        return this.#rateLimit;
    }
    /**
     * Whether a 413 switched this client to chunked uploads. Only for the copy engine of v1, which decides retries
     * itself; the 413 error now says it is worth another try (retryReason 'the registry wants chunked uploads').
     */
    get usesChunkedUploads() {
        return this.#uploads.chunked;
    }
    /** Declare access this run needs, before the first request, so a single token covers all of it. */
    requireScope(repository, ...actions) {
        this.#auth.requireScope(repository, ...actions);
    }
    /** The Store for one repository here; declares its scope (`pull`, or `pull,push`), so call it before any request. */
    repository(name, access) {
        this.requireScope(name, ...(access === 'push' ? ['pull', 'push'] : ['pull']));
        let store = this.#stores.get(name);
        if (!store) {
            store = new RegistryStore(this, name);
            this.#stores.set(name, store);
        }
        return store;
    }
    /** The API base URL, found once: HTTPS, or plain HTTP where allowed and the server does not speak TLS. */
    baseUrl() {
        this.#base ??= probe({ registry: this.registry, transport: this.#options.transport, allowHttp: this.#options.allowHttp }).then(({ base, challenges }) => {
            if (challenges.length > 0)
                this.#auth.setChallenge(challenges);
            return base;
        });
        return this.#base;
    }
    async #send(method, url, what, headers = {}, body, options = {}) {
        const base = await this.baseUrl();
        let response;
        try {
            response = await this.#auth.send({ method, url, headers, body, ...options }, base.host);
        }
        catch (error) {
            if (error instanceof RegistryError)
                throw error;
            throw connectionError(this.registry, this.#options.allowHttp, method, url, what, error);
        }
        this.#rateLimit = parseRateLimit(response.headers) ?? this.#rateLimit;
        return response;
    }
    /** Turn a failed response into a RegistryError whose message says what we were doing and what the registry said. */
    async #fail(response, method, url, what, context = {}) {
        const text = method === 'HEAD' ? '' : ((await readLimited(response.body, client_MAX_ERROR_BODY).catch(() => '')) ?? '');
        const codes = parseErrorBody(text);
        const message = response.status === 401 && this.#options.credentials === undefined
            ? `${this.registry} requires authentication to ${what}, and no credentials were found for it; pass username and password (or credentials), or log in so Docker's config.json has them`
            : describeStatus(response.status, this.registry, what, codes);
        const retryAfterMs = parseRetryAfter(response.headers['retry-after']);
        const dropped = response.status === 401 && this.#auth.tokenDropped(response);
        throw new RegistryError({
            message,
            registry: this.registry,
            method,
            url,
            status: response.status,
            codes,
            ...context,
            ...(retryAfterMs !== undefined && { retryAfterMs }),
            // The token expired while bytes were streaming; it was dropped, so fresh bytes get a fresh token.
            ...(dropped && { retryable: true, retryReason: 'the token expired during a streamed upload (401)' }),
        });
    }
    headManifest(repository, reference) {
        return headManifest(this.#api, repository, reference);
    }
    getManifest(repository, reference) {
        return getManifest(this.#api, repository, reference);
    }
    /** PUT the exact manifest bytes under a tag or digest; returns the digest the registry stored them under. */
    async putManifest(repository, reference, manifest) {
        return (await putManifest(this.#api, repository, reference, manifest)).digest;
    }
    /** As putManifest, with what else the registry said (whether it indexed the subject); `ifMatch` makes it conditional. */
    storeManifest(repository, reference, manifest, conditions, turn) {
        return putManifest(this.#api, repository, reference, manifest, conditions, turn);
    }
    /**
     * Connect a lane now, with a version check (`GET /v2/`) sent on it, so that its first write finds the connection
     * open (a new TLS connection costs two round trips). Its answer does not matter.
     */
    warmLane(lane) {
        const turn = lane.turn();
        const warm = this.baseUrl().then((base) => this.#send('GET', base, `check the API version of ${this.registry}`, {}, undefined, { turn }));
        this.#options.transport.finishBeforeClose(warm.then((response) => response.body.dump()).finally(() => turn.sent()));
    }
    getVersionedManifest(repository, reference) {
        return getVersionedManifest(this.#api, repository, reference);
    }
    /** DELETE a manifest by digest (and so every tag of it); false when it was not there. */
    deleteManifest(repository, digest) {
        return deleteManifest(this.#api, repository, digest);
    }
    /** The OCI 1.1 referrers API; undefined where the registry does not offer it. */
    referrers(repository, digest) {
        return listReferrers(this.#api, repository, digest);
    }
    /** Whether the registry offers the referrers API at all, asked without a subject; undefined when its answer is unclear. */
    offersReferrersApi(repository) {
        return offersReferrersApi(this.#api, repository);
    }
    hasBlob(repository, digest) {
        return hasBlob(this.#api, repository, digest);
    }
    mountBlob(repository, digest, from) {
        return mountBlob(this.#api, repository, digest, from);
    }
    startUpload(repository) {
        return this.#uploads.start(repository);
    }
    /** Cancel an upload session in the background; the transport waits for it (briefly) before it closes. */
    cancelUpload(session, repository) {
        this.#options.transport.finishBeforeClose(session.then((opened) => this.#uploads.cancel(opened, repository)));
    }
    uploadBlob(session, digest, size, body, repository) {
        return this.#uploads.upload(session, digest, size, body, repository);
    }
    /** Upload a blob whose digest `made` names once its bytes end (see BlobUploads.uploadAsMade). */
    uploadMadeBlob(session, body, made, repository) {
        return this.#uploads.uploadAsMade(session, body, made, repository);
    }
    getBlob(repository, digest, size, onBytes) {
        return getBlob(this.#api, repository, digest, size, onBytes);
    }
    /** All tags of a repository, following `Link` pagination. */
    async listTags(repository, pageSize = 1000, maxPages = Infinity) {
        let url = await this.#api.url(`${repository}/tags/list?n=${pageSize}`);
        const tags = [];
        const what = `list the tags of ${repository}`;
        for (let page = 0; url && page < maxPages; page++) {
            const response = await this.#send('GET', url, what);
            // A repository nobody has pushed to yet has no tags (a release's first push lists them).
            if (response.status === 404 && tags.length === 0) {
                const text = (await readLimited(response.body, client_MAX_ERROR_BODY).catch(() => '')) ?? '';
                if (parseErrorBody(text).some((c) => c.code === 'NAME_UNKNOWN'))
                    return [];
                throw new RegistryError({
                    message: describeStatus(404, this.registry, what, parseErrorBody(text)),
                    registry: this.registry,
                    method: 'GET',
                    url,
                    status: 404,
                    operation: 'list tags',
                    object: repository,
                });
            }
            if (response.status !== 200)
                return this.#fail(response, 'GET', url, what, { operation: 'list tags', object: repository });
            const text = await readLimited(response.body, 16 * 1024 * 1024);
            const json = JSON.parse(text ?? '{}');
            if (Array.isArray(json.tags))
                tags.push(...json.tags.filter((t) => typeof t === 'string'));
            const link = header(response.headers, 'link');
            const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
            url = next ? new URL(next, url) : undefined;
        }
        return tags;
    }
}

// EXTERNAL MODULE: ./src/store/registry/credentials.ts
var registry_credentials = __webpack_require__(347);
;// CONCATENATED MODULE: ./src/store/registry/registries.ts







/** Resolve credentials for every registry up front (credential helpers are processes) and build the clients. */
async function openRegistries(names, options) {
    const insecureHosts = new Set([...options.insecureRegistries].map(oci_reference/* apiHost */.nz));
    const onRetry = options.onRetry ?? ((event) => options.logger.info((0,describe/* describeRetry */.e)(event)));
    const policy = options.policy ?? new RetryPolicy({ ...(options.retry && { settings: options.retry }), onRetry });
    const transport = new Transport({
        logger: options.logger,
        insecureHosts,
        policy,
        ...(options.ca !== undefined && { ca: options.ca }),
    });
    const tokens = new TokenCache();
    const sources = { ...options.credentials, secret: options.secret };
    const clients = new Map();
    try {
        const config = (0,registry_credentials.loadDockerConfig)(options.credentials.dockerConfigDir);
        for (const registry of new Set(names)) {
            const credentials = await (0,registry_credentials.resolveCredentials)(registry, sources, config);
            options.logger.debug(`${registry}: ${credentials ? `credentials from ${credentials.source}` : 'anonymous access'}.`);
            clients.set(registry, new RegistryClient({
                registry,
                transport,
                tokens,
                credentials,
                secret: options.secret,
                logger: options.logger,
                allowHttp: (0,oci_reference/* isLoopbackRegistry */.jW)(registry) || options.insecureRegistries.has(registry),
                policy,
            }));
        }
    }
    catch (error) {
        await transport.close();
        throw error;
    }
    const clientFor = (registry) => {
        const client = clients.get(registry);
        if (!client)
            throw new Error(`no client was opened for ${registry}`);
        return client;
    };
    return {
        policy,
        clientFor,
        repository: (reference, access) => clientFor(reference.registry).repository(reference.repository, access),
        rateLimits: () => [...clients].flatMap(([registry, client]) => {
            const limit = client.rateLimit;
            return limit ? [{ registry, ...limit }] : [];
        }),
        close: () => transport.close(),
    };
}

// EXTERNAL MODULE: ./src/tags/release-tags.ts
var release_tags = __webpack_require__(3220);
;// CONCATENATED MODULE: ./src/tags/release-targets.ts

/** The endpoints to write, in the order given; each repository's tags are listed once. */
async function releaseEndpoints(targets, release, overwrite) {
    const lists = new Map();
    const tagsOf = (store) => {
        let list = lists.get(store);
        if (!list) {
            list = store.listTags();
            lists.set(store, list);
        }
        return list;
    };
    const expanded = await Promise.all(targets.map(async (target) => {
        if (target.tag !== undefined || target.digest !== undefined || release === undefined) {
            const { tag, digest } = target;
            return [{ store: target.store, tag, digest, text: release_targets_text(target.store, tag, digest), overwrite }];
        }
        const existingTags = await tagsOf(target.store);
        return (0,release_tags/* releaseTags */.dt)({ version: release.version, floating: release.floating, existingTags }).map((rt) => ({
            store: target.store,
            tag: rt.tag,
            text: release_targets_text(target.store, rt.tag, undefined),
            overwrite,
            ...(rt.kind !== 'version' && { follows: release_targets_text(target.store, release.version.text, undefined) }),
            ...(rt.action === 'skip' && { skip: rt.reason ?? `${rt.tag} stays where it is` }),
        }));
    }));
    return expanded.flat();
}
function release_targets_text(store, tag, digest) {
    return `${store.name}${tag !== undefined ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`;
}

;// CONCATENATED MODULE: ./src/copy/copy-error.ts
// A failure that says which side failed, doing what, to which object, and why (oras-go copyerror.go): the edges
// print `message`, and tests and the GHCR diagnosis read the fields.
class CopyError extends Error {
    side;
    operation;
    /** The digest or reference the operation was about. */
    object;
    /** Registry name and HTTP status, when a registry answered (read off the cause). */
    registry;
    status;
    constructor(options) {
        super(`${options.side} ${options.where}: ${causeMessage(options.cause)}`, { cause: options.cause });
        this.name = 'CopyError';
        this.side = options.side;
        this.operation = options.operation;
        this.object = options.object;
        const cause = options.cause;
        this.registry = typeof cause?.registry === 'string' ? cause.registry : undefined;
        this.status = typeof cause?.status === 'number' ? cause.status : undefined;
    }
}
/** Wrap anything thrown while doing `operation` on one side; a CopyError passes through unchanged. */
function copyError(side, operation, object, where, cause) {
    if (cause instanceof CopyError)
        return cause;
    return new CopyError({ side, operation, object, where, cause });
}
function failureOf(error, suffix = '') {
    return {
        side: error.side,
        operation: error.operation,
        object: error.object,
        ...(error.registry !== undefined && { registry: error.registry }),
        ...(error.status !== undefined && { status: error.status }),
        message: `${error.message}${suffix}`,
    };
}
function causeMessage(error) {
    if (error instanceof Error)
        return error.message.replace(/\.$/, '');
    return String(error);
}

;// CONCATENATED MODULE: ./src/copy/limit.ts
// Bounded concurrency. Only leaf work (one blob transfer) takes a slot, so nothing waits on children while
// holding one and the pool cannot deadlock.
function createLimiter(slots) {
    if (!Number.isInteger(slots) || slots < 1)
        throw new RangeError(`concurrency must be a whole number of at least 1, got ${slots}`);
    let active = 0;
    const waiting = [];
    // A finishing task hands its slot straight to the next waiter (active stays the same), so a caller arriving
    // in between cannot slip into a slot that is already promised.
    const release = () => {
        const next = waiting.shift();
        if (next)
            next();
        else
            active--;
    };
    return async (task) => {
        if (active >= slots)
            await new Promise((resolve) => waiting.push(resolve));
        else
            active++;
        try {
            return await task();
        }
        finally {
            release();
        }
    };
}

// EXTERNAL MODULE: ./src/oci/platform.ts
var oci_platform = __webpack_require__(1890);
;// CONCATENATED MODULE: ./src/copy/plan.ts
// What to push: walk the source graph from the root (index -> manifests -> config + layers), verifying every
// manifest, applying the platform selection (through nested indexes), and deduplicating blobs by digest.




class PlanError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PlanError';
    }
}
const MAX_DEPTH = 4; // index -> index -> manifest is the deepest seen in practice; more is a loop or abuse
/** Fetch the source graph below `root` and decide what goes up. */
async function buildPlan(source, root, wanted, annotations) {
    let top = root;
    let rewritten = false;
    let selectedPlatforms = [];
    const warnings = [];
    if (wanted && wanted.length > 0) {
        if (root.kind !== 'index') {
            throw new PlanError(`platforms was given, but the source is a single-platform image (${root.mediaType}), not a multi-platform index; remove platforms or point source at a multi-platform image`);
        }
        const leaves = await platformLeaves(source, root);
        const chosen = selectPlatforms(leaves, wanted);
        selectedPlatforms = chosen.map((l) => (0,oci_platform/* formatPlatform */.Bq)(l.descriptor.platform));
        if (chosen.length === 1) {
            const only = chosen[0];
            const dropped = attestationsOf(leaves, only);
            if (dropped.length > 0) {
                warnings.push(`Selecting the one platform ${selectedPlatforms[0]} pushes its image manifest ${only.descriptor.digest} alone, without the ${dropped.length === 1 ? 'attestation manifest' : 'attestation manifests'} ${dropped.map((d) => d.descriptor.digest).join(', ')} (provenance, SBOM) that the source's index keeps beside it; select no platforms, or several, to keep ${dropped.length === 1 ? 'it' : 'them'}.`);
            }
            top = await source.getManifest(only.descriptor.digest);
        }
        else {
            const entries = chosen.flatMap((leaf) => [leaf, ...attestationsOf(leaves, leaf)]);
            const flat = leaves.every((l) => l.parent === root);
            if (!flat || entries.length < root.manifests.length || annotations !== undefined) {
                top = filteredIndex(root, entries, annotations);
                rewritten = true;
            }
        }
    }
    if (annotations !== undefined && !rewritten) {
        throw new PlanError('annotations were given, but this copy builds no index (they apply to an index hoist assembles from several sources or several selected platforms); annotating the source would change its digest');
    }
    const manifests = [];
    const blobs = new Map();
    const seen = new Set([top.digest]);
    const visit = async (manifest, depth) => {
        if (depth > MAX_DEPTH)
            throw new PlanError(`the source nests indexes more than ${MAX_DEPTH} deep at ${manifest.digest}`);
        if (manifest.kind === 'index') {
            // Children are independent: fetch them in parallel, then keep the index's order for pushing.
            const children = await Promise.all(manifest.manifests.map((d) => seen.has(d.digest) ? Promise.resolve(undefined) : (seen.add(d.digest), source.getManifest(d.digest))));
            for (const child of children)
                if (child)
                    await visit(child, depth + 1);
        }
        else {
            for (const blob of manifest.blobs)
                if (!blobs.has(blob.digest))
                    blobs.set(blob.digest, blob);
        }
        manifests.push(manifest);
    };
    await visit(top, 0);
    // Foreign layers usually live only at their `urls`; copy the ones the source does hold.
    const foreign = [...blobs.values()].filter((b) => (0,media_types/* isForeignLayer */.sJ)(b.mediaType));
    const held = await Promise.all(foreign.map((b) => source.hasBlob(b)));
    const foreignSkipped = foreign.filter((_, i) => !held[i]);
    for (const blob of foreignSkipped)
        blobs.delete(blob.digest);
    const platforms = selectedPlatforms.length > 0 && top.kind !== 'index'
        ? selectedPlatforms
        : top.kind === 'index'
            ? top.manifests.filter((d) => d.platform && d.platform.os !== 'unknown').map((d) => (0,oci_platform/* formatPlatform */.Bq)(d.platform))
            : [];
    return { root: top, manifests, blobs: [...blobs.values()], foreignSkipped, platforms, rewritten, warnings, sourceOf: () => source };
}
/** Every entry of an index and of the indexes nested in it, with the index that lists it. */
async function platformLeaves(source, index, depth = 0) {
    if (depth > MAX_DEPTH)
        throw new PlanError(`the source nests indexes more than ${MAX_DEPTH} deep at ${index.digest}`);
    const nested = await Promise.all(index.manifests.map(async (d) => {
        if (d.mediaType !== '' && !isIndexType(d.mediaType))
            return [{ descriptor: d, parent: index }];
        const child = await source.getManifest(d.digest);
        return child.kind === 'index' ? platformLeaves(source, child, depth + 1) : [{ descriptor: d, parent: index }];
    }));
    return nested.flat();
}
function isIndexType(mediaType) {
    return (mediaType === 'application/vnd.oci.image.index.v1+json' || mediaType === 'application/vnd.docker.distribution.manifest.list.v2+json');
}
function isPlatformImage(leaf) {
    return leaf.descriptor.platform !== undefined && leaf.descriptor.platform.os !== 'unknown';
}
/** The entries matching the wanted platforms; an error naming what the source has when one is missing. */
function selectPlatforms(leaves, wanted) {
    const images = leaves.filter(isPlatformImage);
    const chosen = new Set();
    for (const platform of wanted) {
        const matches = images.filter((l) => (0,oci_platform/* platformMatches */.J5)(platform, l.descriptor.platform));
        if (matches.length === 0) {
            const available = images.map((l) => (0,oci_platform/* formatPlatform */.Bq)(l.descriptor.platform));
            throw new PlanError(`the source has no image for platform ${(0,oci_platform/* formatPlatform */.Bq)(platform)}; it has ${available.join(', ') || 'no platform entries'}`);
        }
        for (const match of matches)
            chosen.add(match);
    }
    return images.filter((l) => chosen.has(l));
}
/** BuildKit's attestation manifests (unknown/unknown entries) that describe `image`. */
function attestationsOf(leaves, image) {
    return leaves.filter((l) => l.descriptor.platform?.os === 'unknown' && l.descriptor.annotations?.['vnd.docker.reference.digest'] === image.descriptor.digest);
}
/** A new index with only the chosen entries, each as its parent index wrote it; the rest of `top` kept as it was. */
function filteredIndex(top, entries, annotations) {
    const raw = entries.map((leaf) => {
        const list = leaf.parent.json['manifests'];
        return list.find((m) => m.digest === leaf.descriptor.digest);
    });
    const json = { ...top.json, manifests: raw };
    if (annotations !== undefined)
        json['annotations'] = { ...top.json['annotations'], ...annotations };
    const bytes = Buffer.from(JSON.stringify(json, null, 2) + '\n');
    return (0,oci_manifest/* parseManifest */.Ng)(bytes, top.mediaType, (0,oci_digest/* digestOf */.ol)(bytes));
}

// EXTERNAL MODULE: ./src/tags/overwrite.ts
var overwrite = __webpack_require__(9440);
;// CONCATENATED MODULE: ./src/copy/target-results.ts
/** A result where nothing moved; the outcomes below fill in what did. */
function nothingMoved(state, status) {
    return {
        target: state.endpoint.text,
        repository: state.endpoint.store.name,
        status,
        digest: undefined,
        pinned: undefined,
        platforms: [],
        blobs: { mounted: 0, existing: 0, uploaded: 0 },
        bytesUploaded: 0,
        bytesSaved: 0,
        durationMs: Date.now() - state.started,
        referrers: { copied: 0, existing: 0 },
        referrerKinds: {},
        events: state.events,
    };
}
function pinnedAt(state, digest) {
    return { digest, pinned: `${state.endpoint.store.name}@${digest}` };
}
function succeeded(state, status, plan, placement) {
    return {
        ...nothingMoved(state, status),
        ...pinnedAt(state, plan.root.digest),
        platforms: plan.platforms,
        blobs: { ...placement.counts },
        bytesUploaded: placement.bytesUploaded,
        bytesSaved: placement.bytesSaved,
        referrers: state.referrers?.counts ?? { copied: 0, existing: 0 },
        referrerKinds: state.referrers?.kinds ?? {},
    };
}
function unchanged(state, digest, platforms) {
    state.events.push({ type: 'unchanged', target: state.endpoint.text, digest });
    return { ...nothingMoved(state, 'unchanged'), ...pinnedAt(state, digest), platforms };
}
function skipped(state, reason) {
    return { ...nothingMoved(state, 'skipped'), durationMs: 0, reason };
}
function failed(state, failure) {
    if (state.events.at(-1)?.type !== 'failed')
        state.events.push({ type: 'failed', message: failure.message });
    return { ...nothingMoved(state, 'failed'), error: failure.message, failure };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/consumers"
var consumers_ = __webpack_require__(8321);
;// CONCATENATED MODULE: ./src/copy/place-blobs.ts
// Placing one target repository's blobs: skip what is there, mount what the same registry holds elsewhere, stream
// the rest from the source through a verifying hash. Work is shared between target repositories of one location:
// the first uploads a blob, the others mount it from there, so every byte crosses the wire once per registry.




/** Whole-blob attempts: each one re-reads the source, so fewer than the per-request attempts. */
const BLOB_ATTEMPTS = 3;
function newPlacement() {
    return { counts: { mounted: 0, existing: 0, uploaded: 0 }, bytesUploaded: 0, bytesSaved: 0, mounted: new Set() };
}
function canMount(target, from) {
    return target.mountBlob !== undefined && target.location === from.location;
}
/**
 * Place one blob. Within the source's location mount from the source; elsewhere the first target repository of a
 * location to need a blob places it, and the others mount from it. Waiting for that first one holds no slot.
 */
async function placeBlob(context, blob, placement) {
    const { target } = context;
    const source = context.sourceOf(blob.digest);
    if (canMount(target, source))
        return placeFrom(context, blob, placement, source);
    const made = await context.made?.placedAt(target.location, blob);
    if (made !== undefined) {
        if (made.store !== target)
            return placeFrom(context, blob, placement, canMount(target, made.store) ? made.store : undefined);
        if (made.outcome === 'uploaded') {
            placement.counts.uploaded++;
            placement.bytesUploaded += blob.size;
        }
        else {
            placement.counts.existing++;
            placement.bytesSaved += blob.size;
        }
        return;
    }
    // Copies that share the map (a sync's many tags) can meet the same repository: one placement each, the rest wait.
    const here = `${target.location} ${blob.digest} ${target.name}`;
    const earlier = context.placed.get(here);
    if (earlier) {
        if ((await earlier.catch(() => undefined)) === target) {
            placement.counts.existing++;
            placement.bytesSaved += blob.size;
            return;
        }
        return placeFrom(context, blob, placement, undefined);
    }
    const key = `${target.location} ${blob.digest}`;
    const first = context.placed.get(key);
    let mine;
    if (first) {
        mine = first
            .catch(() => undefined)
            .then((from) => placeFrom(context, blob, placement, from && canMount(target, from) ? from : undefined))
            .then(() => target);
    }
    else {
        const hinted = context.mountHints?.(blob.digest, target);
        const mountFrom = hinted !== undefined && hinted !== target && canMount(target, hinted) ? hinted : undefined;
        mine = placeFrom(context, blob, placement, mountFrom).then(() => target);
        context.placed.set(key, mine);
    }
    context.placed.set(here, mine);
    await mine;
}
async function placeFrom(context, blob, placement, mountFrom) {
    const { target } = context;
    let early;
    // First ask (mount, or HEAD): no bytes move, so this takes a check slot, not a transfer slot.
    const done = await context.checks(async () => {
        if (mountFrom === undefined && context.eagerBelow !== undefined && blob.size <= context.eagerBelow) {
            early = readEarly(context, blob);
        }
        if (mountFrom !== undefined && target.mountBlob) {
            // One request answers both "is it there?" and "link it": no HEAD needed within a registry.
            let mount;
            try {
                mount = await target.mountBlob(blob, mountFrom);
            }
            catch (error) {
                throw copyError('target', 'mount blob', blob.digest, `${target.name}: mount ${blob.digest} from ${mountFrom.name}`, error);
            }
            if (mount.mounted) {
                placement.counts.mounted++;
                placement.bytesSaved += blob.size;
                placement.mounted.add(blob.digest);
                return true;
            }
            return false;
        }
        const present = await checkBlob(target, blob).catch((error) => {
            early?.catch(() => undefined).finally(() => target.abandonBlobWrite?.(blob));
            throw error;
        });
        if (present) {
            placement.counts.existing++;
            placement.bytesSaved += blob.size;
            // The bytes read early are not needed; nor is the session opened for them.
            early?.catch(() => undefined);
            target.abandonBlobWrite?.(blob);
        }
        return present;
    });
    if (done)
        return;
    await context.transfers(() => uploadBlob(context, blob, early));
    placement.counts.uploaded++;
    placement.bytesUploaded += blob.size;
}
/** Whether the target holds the blob, a failure to ask named as the target's. */
async function checkBlob(target, blob) {
    try {
        return await target.hasBlob(blob);
    }
    catch (error) {
        throw copyError('target', 'check blob', blob.digest, `${target.name}: check blob ${blob.digest}`, error);
    }
}
/**
 * A small blob's bytes, read (and verified: the source's stream errors on a wrong digest or size) while the target is
 * asked for it, with the target's upload session opening at the same time.
 */
function readEarly(context, blob) {
    const source = context.sourceOf(blob.digest);
    context.target.prepareBlobWrite?.(blob);
    const bytes = source.readBlob(blob).then((stream) => (0,consumers_.buffer)(stream));
    // Its failure is the upload's to report, if an upload comes.
    bytes.catch(() => undefined);
    return bytes;
}
/**
 * Stream one blob from the source to the target, with fresh bytes on each attempt (the first may use bytes read
 * early, see `eagerBelow`).
 */
async function uploadBlob(context, blob, early) {
    const { target, onProgress } = context;
    const source = context.sourceOf(blob.digest);
    const operation = `blob ${blob.digest} for ${target.name.slice(target.location.length + 1) || target.name}`;
    await runUnwrapped(context.retry, target.location, operation, async () => {
        let sent = 0;
        const onBytes = onProgress
            ? (n) => {
                sent += n;
                onProgress({ repository: target.name, digest: blob.digest, size: blob.size, phase: 'bytes', bytesDone: sent });
            }
            : undefined;
        // The target's upload opens while the source's answer is on its way (both take a round trip).
        target.prepareBlobWrite?.(blob);
        const read = early;
        early = undefined;
        let stream;
        try {
            stream = read ? external_node_stream_.Readable.from([await read]) : await source.readBlob(blob, onBytes);
            if (read)
                onBytes?.(blob.size);
        }
        catch (error) {
            // Opening the read already went through the policy request by request; another whole-blob round would only
            // multiply those attempts.
            throw new FinalAttempt(copyError('source', 'read blob', blob.digest, `${source.name}: read blob ${blob.digest}`, error));
        }
        // The target may still be opening its upload when the source breaks off: keep the error on the stream (read
        // back as stream.errored below) instead of letting an unlistened 'error' end the process.
        stream.on('error', () => undefined);
        onProgress?.({ repository: target.name, digest: blob.digest, size: blob.size, phase: 'start', bytesDone: 0 });
        try {
            await target.writeBlob(blob, stream);
        }
        catch (error) {
            // A broken or corrupt source stream surfaces as the write's failure: blame the side that broke.
            const cause = stream.errored ?? error;
            const side = stream.errored ? 'source' : 'target';
            throw retryableCopyError(side, blob.digest, side === 'source' ? `${source.name}: read blob ${blob.digest}` : `${target.name}: upload blob ${blob.digest}`, cause);
        }
        finally {
            if (!stream.destroyed)
                stream.destroy();
        }
        onProgress?.({ repository: target.name, digest: blob.digest, size: blob.size, phase: 'done', bytesDone: blob.size });
    }, { attempts: BLOB_ATTEMPTS, classify: classifyCause });
}
function retryableCopyError(side, digest, where, cause) {
    return copyError(side, side === 'source' ? 'read blob' : 'upload blob', digest, where, cause);
}
/** The policy's run, with a FinalAttempt unwrapped into the error it carries. */
async function runUnwrapped(retry, ...args) {
    try {
        await retry.run(...args);
    }
    catch (error) {
        throw error instanceof FinalAttempt ? error.error : error;
    }
}
/** A CopyError is as retryable as what caused it. */
function classifyCause(error) {
    if (error instanceof FinalAttempt)
        return { retryable: false, reason: 'already retried request by request' };
    const cause = error.cause ?? error;
    // A whole blob is retried after a failure the user may want to read in full (what the registry said).
    return { ...policy_classify(cause), reason: cause instanceof Error ? cause.message.replace(/\.$/, '') : String(cause) };
}
/** Carries an error out of the whole-blob loop at once. */
class FinalAttempt extends Error {
    error;
    constructor(error) {
        super(error.message);
        this.error = error;
    }
}

;// CONCATENATED MODULE: ./src/copy/referrers.ts

/** Signature on an SBOM on an image is depth 2; more is a loop or abuse. */
const MAX_REFERRER_DEPTH = 3;
const COSIGN_SUFFIXES = [
    ['sig', 'signature'],
    ['att', 'attestation'],
    ['sbom', 'sbom'],
];
/** The distribution spec's fallback tag for a subject: `<alg>-<hex>`, the hex cut to 64 characters. */
function fallbackTag(digest) {
    const [algorithm, hex] = digest.split(':');
    return `${algorithm}-${hex.slice(0, 64)}`;
}
/** Cosign's tags name the digest with its full hex. */
function cosignTag(digest, suffix) {
    const [algorithm, hex] = digest.split(':');
    return `${algorithm}-${hex}.${suffix}`;
}
function artifactTypeOf(manifest) {
    const declared = manifest.json['artifactType'];
    if (typeof declared === 'string' && declared !== '')
        return declared;
    return manifest.config?.mediaType;
}
/** Signature, attestation, SBOM or other, from the artifact type (and a sigstore bundle's predicate type). */
function kindOf(artifactType, annotations) {
    const type = (artifactType ?? '').toLowerCase();
    if (annotations?.['dev.sigstore.bundle.predicateType'] !== undefined)
        return 'attestation';
    if (/in-toto|attestation|dsse|provenance/.test(type))
        return 'attestation';
    if (/spdx|cyclonedx|sbom|syft/.test(type))
        return 'sbom';
    if (/signature|\.sig\b|cosign|notary|sigstore/.test(type))
        return 'signature';
    return 'other';
}
function annotationsOf(manifest) {
    const value = manifest.json['annotations'];
    return typeof value === 'object' && value !== null ? value : undefined;
}
/** Up to this many tags, one listing says which fallback and cosign tags exist, instead of asking for each. */
const TAG_LIST_LIMIT = 1000;
/** One listing of `store`'s tags; an error here only means asking for each tag. */
function listedTags(store) {
    return store.listTags({ limit: TAG_LIST_LIMIT }).then((list) => (list.length < TAG_LIST_LIMIT ? new Set(list) : undefined), () => undefined);
}
function askAhead(store) {
    return {
        tags: listedTags(store),
        offersApi: store.referrers && store.offersReferrersApi ? store.offersReferrersApi().catch(() => undefined) : Promise.resolve(undefined),
    };
}
/** Resolves once every question asked ahead has its answer (none rejects), so no request outlives the copy's result. */
async function answeredAhead(asked) {
    await Promise.all([...asked.values()].flatMap((a) => [a.tags, a.offersApi]));
}
/**
 * Every referrer of `subjects` in `source`; each manifest is read once, verified. A referrer's own referrers are
 * looked for as soon as it is found, not when its whole level is, so deeper levels overlap the shallower ones.
 */
async function discoverReferrers(source, subjects, where, options = {}) {
    // Not asked ahead: whether the API exists would only be known a round trip later than each subject's own answer.
    const ahead = options.ahead ?? { tags: listedTags(source), offersApi: Promise.resolve(undefined) };
    // Found in whatever order the answers come; returned level by level, each subject's in the order they are listed
    // (OCI referrers, then cosign's tags), so that what is reported does not depend on which answer came first.
    const found = new Map();
    const seen = new Set(subjects);
    const lookup = { source, where, tags: ahead.tags, offersApi: ahead.offersApi, noApi: false };
    const visit = async (subject, depth, rank) => {
        const deeper = [];
        await referrersOf(lookup, subject, depth, (referrer, position) => {
            const key = referrer.tag ?? referrer.manifest.digest;
            if (found.has(key))
                return;
            found.set(key, { referrer, rank: [...rank, position] });
            options.onFound?.(referrer);
            if (depth < MAX_REFERRER_DEPTH && !seen.has(referrer.manifest.digest)) {
                seen.add(referrer.manifest.digest);
                deeper.push(visit(referrer.manifest.digest, depth + 1, [...rank, position]));
            }
        });
        await Promise.all(deeper);
    };
    await Promise.all(subjects.map((subject, i) => visit(subject, 1, [i])));
    return [...found.values()].sort((x, y) => compareRanks(x.rank, y.rank)).map((f) => f.referrer);
}
/** Shallower first; within a level, by the subject's rank and then the position under it. */
function compareRanks(x, y) {
    if (x.length !== y.length)
        return x.length - y.length;
    for (let i = 0; i < x.length; i++)
        if (x[i] !== y[i])
            return x[i] - y[i];
    return 0;
}
/** The referrers of one subject, each handed to `emit` (with its place in the subject's list) once its manifest is read. */
async function referrersOf(lookup, subject, depth, emit) {
    const { source } = lookup;
    const fail = (error) => {
        throw copyError('source', 'read manifest', subject, `${lookup.where}: find the referrers of ${subject}`, error);
    };
    // Answered in the round trip that resolved the source, so waiting for it costs nothing.
    if ((await lookup.offersApi) === false)
        lookup.noApi = true;
    const api = source.referrers && !lookup.noApi
        ? source.referrers(subject).then((answer) => {
            if (answer === undefined)
                lookup.noApi = true;
            return answer;
        }, fail)
        : Promise.resolve(undefined);
    const known = await lookup.tags;
    // Only the tags that exist are read (all of them when the list was too long to take); all at once, beside the API.
    const read = (tag) => known === undefined || known.has(tag) ? source.resolve(tag, { wantBytes: true }).catch(fail) : Promise.resolve(undefined);
    const oci = Promise.all([api, read(fallbackTag(subject))]).then(async ([apiAnswer, fallback]) => {
        let listed = apiAnswer ?? [];
        if (apiAnswer === undefined && fallback) {
            const index = fallback.manifest ?? (await source.getManifest(fallbackTag(subject)).catch(fail));
            if (index.kind === 'index')
                listed = index.manifests;
        }
        await Promise.all(listed.map(async (descriptor, i) => {
            const manifest = await source.getManifest(descriptor.digest).catch(fail);
            const artifactType = descriptor.artifactType ?? artifactTypeOf(manifest);
            emit({ store: source, subject, manifest, kind: kindOf(artifactType, annotationsOf(manifest)), artifactType, depth }, i);
        }));
    });
    const tagged = COSIGN_SUFFIXES.map(async ([suffix, kind], i) => {
        const tag = cosignTag(subject, suffix);
        const resolved = await read(tag);
        if (!resolved)
            return;
        const manifest = resolved.manifest ?? (await source.getManifest(tag).catch(fail));
        // After every OCI referrer of the subject, however many it lists.
        emit({ store: source, subject, manifest, kind, artifactType: artifactTypeOf(manifest), tag, depth }, Number.MAX_SAFE_INTEGER - 3 + i);
    });
    await Promise.all([oci, ...tagged]);
}
/** The descriptor a fallback index lists for a referrer, as the distribution spec says. */
function indexEntry(referrer) {
    const annotations = annotationsOf(referrer.manifest);
    return {
        mediaType: referrer.manifest.mediaType,
        digest: referrer.manifest.digest,
        size: referrer.manifest.bytes.length,
        ...(referrer.artifactType !== undefined && { artifactType: referrer.artifactType }),
        ...(annotations && { annotations }),
    };
}

;// CONCATENATED MODULE: ./src/copy/fallback-index.ts
// A target's fallback index `<alg>-<hex>` (the referrers of a subject, where the registry does not index `subject`
// itself): read early, beside the blob work, so that only its write waits on the referrers; merged, never dropping
// an entry; written only if it still holds what was read (If-Match), or, when there was none, only if there still is
// none — re-read and merged again when someone else changed it meanwhile.






/** Tries at a fallback index that others update at the same time. */
const INDEX_UPDATE_ATTEMPTS = 3;
async function readFallbackIndex(target, subject) {
    const tag = fallbackTag(subject);
    try {
        const current = await target.resolve(tag, { wantBytes: true });
        const index = current ? (current.manifest ?? (await target.getManifest(tag))) : undefined;
        return { current, index };
    }
    catch (error) {
        throw copyError('target', 'resolve', tag, `${target.name}: read the referrers index ${tag}`, error);
    }
}
/**
 * Add what the fallback index of `subject` lacks of `referrers`. `read` is an earlier read of it (its ETag makes
 * the write conditional, so an update made since is not lost); without one it is read now.
 */
async function addToFallbackIndex(target, subject, referrers, read = readFallbackIndex(target, subject), lane) {
    const tag = fallbackTag(subject);
    let last = read;
    for (let attempt = 1;; attempt++) {
        const { current, index: existing } = await last;
        const entries = existing && Array.isArray(existing.json['manifests']) ? [...existing.json['manifests']] : [];
        const listed = new Set(entries.map((e) => e.digest));
        const added = referrers.filter((r) => !listed.has(r.manifest.digest)).map(indexEntry);
        if (added.length === 0)
            return;
        const json = existing
            ? { ...existing.json, manifests: [...entries, ...added] }
            : { schemaVersion: 2, mediaType: media_types/* OCI_INDEX */.$p, manifests: added };
        const bytes = Buffer.from(JSON.stringify(json));
        const index = (0,oci_manifest/* parseManifest */.Ng)(bytes, media_types/* OCI_INDEX */.$p, (0,oci_digest/* digestOf */.ol)(bytes));
        try {
            // Conditional where the registry can tell versions apart: not changed since read, or still not there.
            const condition = current ? (current.etag !== undefined ? { ifMatch: current.etag } : {}) : { ifNoneMatch: '*' };
            // On a lane only the first try: a re-read one follows answers, so it has no place in line to keep.
            await target.putManifest(tag, index, { ...condition, ...(lane && attempt === 1 && { lane }) });
            return;
        }
        catch (error) {
            if (error instanceof store/* PreconditionFailedError */.k && attempt < INDEX_UPDATE_ATTEMPTS) {
                last = readFallbackIndex(target, subject);
                continue;
            }
            throw copyError('target', 'tag', tag, `${target.name}: update the referrers index ${tag}`, error);
        }
    }
}

;// CONCATENATED MODULE: ./src/copy/push-referrers.ts




const ignore = () => undefined;
/**
 * A referrer's blobs (a signature, an attestation, most SBOMs) are small, usually new at the target and on the way
 * to the tag: up to this size they are read beside asking the target for them (see `BlobContext.eagerBelow`).
 */
const REFERRER_BLOB_EAGER_BELOW = 1024 * 1024;
const keyOf = (referrer) => referrer.tag ?? referrer.manifest.digest;
/** The referrers work at one target repository: started per referrer as each is found, written all at the end. */
class TargetReferrers {
    #context;
    #speculative;
    #prepared = new Map();
    #indexReads = new Map();
    /**
     * On a first copy, asked when the first OCI referrer is found: whether the target has the referrers API, and a lane
     * (if the store offers one) on which a subject's referrers and then its fallback index go out in one round trip.
     */
    #ahead;
    /**
     * `speculative`: place a referrer's blobs at once, beside asking the target whether it holds the referrer — a
     * round trip saved where it usually does not (a first copy), a few HEADs spent where it does. Otherwise (a re-run,
     * where referrers are usually there already) the blobs wait for that answer.
     */
    constructor(context, options) {
        this.#context = context;
        this.#speculative = options.speculative;
    }
    /** Start on a referrer: ask the target for it, place its blobs, read the fallback index it will be listed in. */
    add(referrer) {
        const key = keyOf(referrer);
        if (this.#prepared.has(key))
            return;
        const { target } = this.#context;
        const there = lookFor(target, referrer);
        const place = () => placeOne(this.#context, referrer);
        const placed = this.#speculative ? place() : there.then((held) => (held ? undefined : place()));
        there.catch(ignore);
        placed.catch(ignore);
        this.#prepared.set(key, { there, placed });
        if (referrer.tag === undefined && this.#speculative && this.#ahead === undefined) {
            const offersApi = target.offersReferrersApi ? target.offersReferrersApi().catch(ignore) : Promise.resolve(undefined);
            this.#ahead = { offersApi, lane: target.openWriteLane?.() };
        }
        if (referrer.tag === undefined && !this.#indexReads.has(referrer.subject)) {
            const read = readFallbackIndex(target, referrer.subject);
            read.catch(ignore);
            this.#indexReads.set(referrer.subject, read);
        }
    }
    /**
     * Write what the target lacks of `found`, each referrer after its subject (the pushed image's manifests are up
     * already; a referrer of a referrer waits for that one), then each subject's fallback index after its referrers.
     * The blob work of the referrers written is added to `into`. Any failure rejects, once every write has settled.
     */
    async write(found, warnings, into) {
        for (const referrer of found)
            this.add(referrer);
        const { target } = this.#context;
        const prepared = (referrer) => this.#prepared.get(keyOf(referrer));
        const answers = await Promise.all(found.map((referrer) => prepared(referrer).there));
        const { missing, existing, present } = sortOut(target, found, answers, warnings);
        const kinds = {};
        for (const referrer of missing)
            kinds[referrer.kind] = (kinds[referrer.kind] ?? 0) + 1;
        // A target known to lack the referrers API gets a fallback index for every new OCI referrer; with a lane, each
        // subject's index goes out right behind its referrers instead of a round trip after them.
        const lane = this.#ahead?.lane !== undefined && (await this.#ahead.offersApi) === false ? this.#ahead.lane : undefined;
        const written = new Map();
        /** Per referrer written: resolves once its writes are all begun (on the lane) or it failed before them. */
        const begun = new Map();
        /** Referrers whose write failed before it began (a blob): no index is written to list them. */
        const failedBefore = new Set();
        for (const referrer of [...missing].sort((x, y) => x.depth - y.depth)) {
            const subjectUp = written.get(referrer.subject) ?? Promise.resolve(undefined);
            const onLane = lane !== undefined && referrer.tag === undefined ? lane : undefined;
            let markBegun;
            begun.set(referrer.manifest.digest, new Promise((resolve) => (markBegun = resolve)));
            const write = Promise.all([subjectUp, prepared(referrer).placed]).then(async ([, placed]) => {
                const { plan, placement } = placed;
                let result;
                if (onLane) {
                    // Children before their index, in the lane's order, without a round trip between them.
                    const children = plan.manifests.slice(0, -1).map((child) => put(target, child.digest, child, onLane));
                    const own = put(target, keyOf(referrer), referrer.manifest, onLane);
                    markBegun();
                    [result] = await Promise.all([own, ...children]);
                }
                else {
                    for (const child of plan.manifests.slice(0, -1))
                        await put(target, child.digest, child);
                    result = await put(target, keyOf(referrer), referrer.manifest);
                }
                addPlacement(into, placement);
                return result;
            });
            write
                .catch(() => {
                failedBefore.add(referrer.manifest.digest);
            })
                .finally(() => markBegun());
            written.set(referrer.manifest.digest, write);
        }
        const fresh = groupBySubject(missing.filter((r) => r.tag === undefined));
        const old = groupBySubject(present);
        // Whether the target indexes a subject itself decides if referrers it held already need a fallback index entry.
        const indexes = new Map([...old.keys()].map((subject) => [subject, indexesSubjects(target, subject)]));
        for (const answer of indexes.values())
            answer.catch(ignore);
        const indexWrites = [...new Set([...fresh.keys(), ...old.keys()])].map(async (subject) => {
            const mine = fresh.get(subject) ?? [];
            if (lane && mine.length > 0) {
                // No API here: every new referrer is listed, so the index need not wait for the writes' answers.
                await Promise.all(mine.map((r) => begun.get(r.manifest.digest)));
                if (mine.some((r) => failedBefore.has(r.manifest.digest)))
                    return;
                const entries = [...mine, ...(old.get(subject) ?? [])];
                await addToFallbackIndex(target, subject, entries, this.#indexReads.get(subject), lane);
                return;
            }
            const results = await Promise.all(mine.map((r) => written.get(r.manifest.digest)));
            const unindexed = mine.filter((_, i) => results[i]?.subjectIndexed !== true);
            const held = old.get(subject) ?? [];
            // A subject whose new referrers went unindexed has no API here; otherwise the target's answer decides.
            const listHeld = held.length > 0 && (unindexed.length > 0 || !(await indexes.get(subject)));
            const entries = listHeld ? [...unindexed, ...held] : unindexed;
            if (entries.length > 0)
                await addToFallbackIndex(target, subject, entries, this.#indexReads.get(subject));
        });
        const outcomes = await Promise.allSettled([...written.values(), ...indexWrites]);
        this.#ahead?.lane?.close();
        const failure = outcomes.find((o) => o.status === 'rejected');
        if (failure)
            throw failure.reason;
        return { counts: { copied: missing.length, existing }, kinds, warnings };
    }
}
/** A dry run: what would be copied, from asking the target and nothing more. */
async function plannedReferrers(target, found, warnings) {
    const answers = await Promise.all(found.map((referrer) => lookFor(target, referrer)));
    const { missing, existing } = sortOut(target, found, answers, warnings);
    const kinds = {};
    for (const r of missing)
        kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
    return { counts: { copied: missing.length, existing }, kinds, warnings };
}
function lookFor(target, referrer) {
    const reference = keyOf(referrer);
    return target.resolve(reference).catch((error) => {
        throw copyError('target', 'resolve', reference, `${target.name}: look for ${reference}`, error);
    });
}
/**
 * Missing at the target: OCI referrers by digest, cosign tags by tag. A different cosign tag there is kept (one made
 * there must not be destroyed), with a warning. `present` are OCI referrers the target holds by digest already.
 */
function sortOut(target, referrers, answers, warnings) {
    const missing = [];
    const present = [];
    let existing = 0;
    referrers.forEach((referrer, i) => {
        const there = answers[i];
        if (!there)
            missing.push(referrer);
        else if (there.digest === referrer.manifest.digest) {
            existing++;
            if (referrer.tag === undefined)
                present.push(referrer);
        }
        else {
            existing++;
            warnings.push(`${target.name}:${referrer.tag} already holds ${there.digest}, not the source's ${referrer.manifest.digest}; kept the target's ${referrer.kind} (one made there must not be destroyed).`);
        }
    });
    return { missing, existing, present };
}
/** One referrer's graph, read from where it was found, and its blobs placed at the target, counted on their own. */
async function placeOne(context, referrer) {
    const source = referrer.store;
    const plan = await buildPlan(source, referrer.manifest, undefined).catch((error) => {
        throw copyError('source', 'read manifest', referrer.manifest.digest, `${source.name}: read referrer ${referrer.manifest.digest}`, error);
    });
    const placement = newPlacement();
    const fromReferrer = { ...context, sourceOf: () => source, eagerBelow: REFERRER_BLOB_EAGER_BELOW };
    const outcomes = await Promise.allSettled(plan.blobs.map((blob) => placeBlob(fromReferrer, blob, placement)));
    const failure = outcomes.find((o) => o.status === 'rejected');
    if (failure)
        throw failure.reason;
    return { plan, placement };
}
/** A referrer's blob work, added to the target's totals. */
function addPlacement(into, from) {
    into.counts.mounted += from.counts.mounted;
    into.counts.existing += from.counts.existing;
    into.counts.uploaded += from.counts.uploaded;
    into.bytesUploaded += from.bytesUploaded;
    into.bytesSaved += from.bytesSaved;
}
function groupBySubject(referrers) {
    const groups = new Map();
    for (const r of referrers)
        groups.set(r.subject, [...(groups.get(r.subject) ?? []), r]);
    return groups;
}
/** The target answers the referrers API for `subject` (so it indexed what was pushed to it). */
async function indexesSubjects(target, subject) {
    if (!target.referrers)
        return false;
    try {
        return (await target.referrers(subject)) !== undefined;
    }
    catch (error) {
        throw copyError('target', 'read manifest', subject, `${target.name}: list the referrers of ${subject}`, error);
    }
}
async function put(target, reference, manifest, lane) {
    try {
        return await target.putManifest(reference, manifest, lane && { lane });
    }
    catch (error) {
        throw copyError('target', 'push manifest', manifest.digest, `${target.name}: push referrer ${manifest.digest}`, error);
    }
}

;// CONCATENATED MODULE: ./src/copy/push-repository.ts




async function pushToRepository(context, plan, store, group) {
    const placement = newPlacement();
    const events = [];
    const blobContext = { ...context, sourceOf: plan.sourceOf, target: store };
    let referrers;
    // Each referrer's checks and blobs start as the source's discovery finds it, beside the image's own blobs (a first
    // copy: the target usually lacks them, so the blobs do not wait for that answer); only the writes wait for the subject.
    const referrerWork = context.dryRun || store.holdsReferrers === false ? undefined : new TargetReferrers(blobContext, { speculative: true });
    if (referrerWork)
        context.referrers.each((referrer) => referrerWork.add(referrer));
    try {
        if (plan.manifests.every((m) => sameStore(plan.sourceOf(m.digest), store))) {
            // The source manifest lives here, so every blob and child manifest it references does too.
            placement.counts.existing = plan.blobs.length;
            placement.bytesSaved = plan.blobs.reduce((sum, b) => sum + b.size, 0);
            events.push({ type: 'same-repository', repository: store.name, blobs: plan.blobs.length });
        }
        else {
            if (context.dryRun) {
                await Promise.all(plan.blobs.map((blob) => context.checks(() => surveyBlob(store, plan.sourceOf(blob.digest), blob, placement))));
            }
            else {
                const outcomes = await Promise.allSettled(plan.blobs.map((blob) => placeBlob(blobContext, blob, placement)));
                const failure = outcomes.find((o) => o.status === 'rejected');
                if (failure)
                    throw failure.reason;
            }
            events.push({
                type: 'blobs',
                planned: context.dryRun,
                ...placement.counts,
                bytesUploaded: placement.bytesUploaded,
                foreignSkipped: plan.foreignSkipped.length,
            });
            if (!context.dryRun) {
                const children = plan.manifests.slice(0, -1);
                // Image manifests depend only on blobs, so they go up together; nested indexes follow, children first.
                const put = (m) => push_repository_putManifest(blobContext, placement, events, m.digest, m);
                await Promise.all(children.filter((m) => m.kind === 'image').map(put));
                for (const manifest of children.filter((m) => m.kind === 'index'))
                    await put(manifest);
                if (children.length > 0)
                    events.push({ type: 'children', count: children.length });
            }
        }
        // Referrers after their subjects and before the tags: a deployment that verifies the new tag never sees it unsigned.
        const found = await context.referrers.all;
        if (found.length > 0 && store.holdsReferrers === false) {
            context.warnings.push(leftBehind(store, found));
        }
        else if (found.length > 0 && context.dryRun) {
            referrers = await plannedReferrers(store, found, context.warnings);
            events.push({ type: 'referrers', planned: true, ...referrers.counts, kinds: referrers.kinds });
        }
        else if (found.length > 0 && referrerWork) {
            await push_repository_putManifest(blobContext, placement, events, plan.root.digest, plan.root);
            referrers = await referrerWork.write(found, context.warnings, placement);
            events.push({ type: 'referrers', planned: false, ...referrers.counts, kinds: referrers.kinds });
        }
    }
    catch (error) {
        const failure = failureOf(asCopyError(error, store), '; no tag was written');
        await store.close?.('abort').catch(() => undefined);
        for (const state of group) {
            state.events.push(...events, { type: 'failed', message: failure.message });
            state.result = failed(state, failure);
        }
        return;
    }
    const kind = plan.root.kind === 'index' ? 'index' : 'manifest';
    if (context.dryRun) {
        for (const state of group) {
            state.events.push(...events, { type: 'tagged', target: state.endpoint.text, digest: plan.root.digest, kind, planned: true });
            if (referrers)
                state.referrers = referrers;
            state.result = succeeded(state, 'planned', plan, placement);
        }
        return;
    }
    // Tags last, each on its own: one rejected tag does not undo another.
    await Promise.all(group.map(async (state) => {
        state.events.push(...events);
        if (referrers)
            state.referrers = referrers;
        const reference = state.endpoint.tag ?? state.endpoint.digest ?? plan.root.digest;
        try {
            // A tag's failure reads as the target's: "target ghcr.io/acme/app:v1: access denied …".
            await push_repository_putManifest(blobContext, placement, state.events, reference, plan.root, state.endpoint.text);
            state.events.push({ type: 'tagged', target: state.endpoint.text, digest: plan.root.digest, kind, planned: false });
            state.result = succeeded(state, 'copied', plan, placement);
        }
        catch (error) {
            const failure = failureOf(copyError('target', 'tag', reference, state.endpoint.text, error));
            state.events.push({ type: 'failed', message: failure.message });
            state.result = failed(state, failure);
        }
    }));
    if (store.close) {
        const anyTagged = group.some((s) => s.result?.status === 'copied');
        try {
            await store.close(anyTagged ? 'commit' : 'abort');
        }
        catch (error) {
            const failure = failureOf(copyError('target', 'tag', store.name, store.name, error));
            for (const state of group) {
                state.events.push({ type: 'failed', message: failure.message });
                state.result = failed(state, failure);
            }
        }
    }
}
/** The warning for a store that holds images only: which referrers stayed behind, by kind. */
function leftBehind(store, found) {
    const kinds = new Map();
    for (const r of found)
        kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
    const listed = [...kinds].map(([kind, n]) => `${n} ${kind === 'sbom' ? 'SBOM' : kind}`).join(', ');
    return `${found.length === 1 ? 'A referrer' : `${found.length} referrers`} of the image (${listed}) ${found.length === 1 ? 'was' : 'were'} not written to ${store.name}: it holds images only, as docker load reads them; copy to a registry or an OCI layout to keep signatures, attestations and SBOMs with the image.`;
}
/**
 * Targets whose tag already holds the digest: only referrers can be new (signatures are often added after the first
 * promotion). Copies them; the status becomes `copied` (or `planned`) when any moved.
 */
async function refreshReferrers(context, store, group) {
    const placement = newPlacement();
    // Referrers carry the store they are read from; there are no image blobs to place here.
    const blobContext = { ...context, sourceOf: () => store, target: store };
    let outcome;
    // The image is there already: the referrers, usually there too, are asked for first and only the missing placed.
    const work = context.dryRun || store.holdsReferrers === false ? undefined : new TargetReferrers(blobContext, { speculative: false });
    if (work)
        context.referrers.each((referrer) => work.add(referrer));
    try {
        const found = await context.referrers.all;
        if (found.length === 0)
            return;
        if (store.holdsReferrers === false) {
            context.warnings.push(leftBehind(store, found));
            return;
        }
        outcome = work ? await work.write(found, context.warnings, placement) : await plannedReferrers(store, found, context.warnings);
        // A file store shows what was written only once committed (an existing layout's index.json is replaced then).
        if (!context.dryRun)
            await store.close?.('commit');
    }
    catch (error) {
        const failure = failureOf(asCopyError(error, store));
        await store.close?.('abort').catch(() => undefined);
        for (const state of group)
            state.result = failed(state, failure);
        return;
    }
    const event = { type: 'referrers', planned: context.dryRun, ...outcome.counts, kinds: outcome.kinds };
    for (const state of group) {
        state.events.push(event);
        state.referrers = outcome;
        const previous = state.result;
        if (outcome.counts.copied === 0) {
            state.result = { ...previous, referrers: outcome.counts, referrerKinds: {} };
        }
        else {
            state.result = {
                ...previous,
                status: context.dryRun ? 'planned' : 'copied',
                blobs: { ...placement.counts },
                bytesUploaded: placement.bytesUploaded,
                bytesSaved: placement.bytesSaved,
                referrers: outcome.counts,
                referrerKinds: outcome.kinds,
                durationMs: Date.now() - state.started,
            };
        }
    }
}
/**
 * Write a manifest; when the registry says it lacks blobs it was given (distribution 2.8 answers a mount of a sha512
 * blob 201 and links nothing; concurrent writers of one blob can leave its link missing for a moment), upload those
 * blobs and write once more.
 */
async function push_repository_putManifest(context, placement, events, reference, manifest, where = `${context.target.name}: push manifest ${manifest.digest}`) {
    const { target } = context;
    try {
        await target.putManifest(reference, manifest);
        return;
    }
    catch (error) {
        const missing = placedButMissing(error, manifest, placement);
        if (missing.length === 0)
            throw copyError('target', 'push manifest', manifest.digest, where, error);
        for (const blob of missing) {
            placement.mounted.delete(blob.digest);
            await context.transfers(() => uploadBlob(context, blob));
            events.push({ type: 'blob-reuploaded', digest: blob.digest, repository: target.name });
        }
    }
    try {
        await target.putManifest(reference, manifest);
    }
    catch (error) {
        throw copyError('target', 'push manifest', manifest.digest, where, error);
    }
}
function placedButMissing(error, manifest, placement) {
    const e = error;
    if (typeof e?.unknownBlobs !== 'function')
        return [];
    const named = new Set(e.unknownBlobs());
    const saysUnknown = named.size > 0 || e.hasCode?.('MANIFEST_BLOB_UNKNOWN') === true;
    if (!saysUnknown)
        return [];
    // The blobs the registry names, however they were placed; without names, the mounted ones are the suspects.
    return manifest.blobs.filter((b) => (named.size > 0 ? named.has(b.digest) : placement.mounted.has(b.digest)));
}
/** Dry run: what would happen to one blob, found by asking the target and nothing more. */
async function surveyBlob(target, source, blob, placement) {
    if (await checkBlob(target, blob)) {
        placement.counts.existing++;
        placement.bytesSaved += blob.size;
    }
    else if (target.mountBlob !== undefined && target.location === source.location) {
        placement.counts.mounted++;
        placement.bytesSaved += blob.size;
    }
    else {
        placement.counts.uploaded++;
        placement.bytesUploaded += blob.size;
    }
}
/** Two handles on one repository (the source and a target opened separately). */
function sameStore(a, b) {
    return a.name === b.name && a.location === b.location;
}
function asCopyError(error, store) {
    return error instanceof CopyError ? error : copyError('target', 'upload blob', store.name, store.name, error);
}

;// CONCATENATED MODULE: ./src/copy/referrer-feed.ts
class ReferrerFeed {
    #found = [];
    #listeners = [];
    /** Every referrer, once discovery has ended; rejects when it failed. */
    all;
    /**
     * `discover` reports each referrer through the callback it is given, as it is found, and resolves with all of
     * them (in the order they are to be reported) when there are no more.
     */
    constructor(discover) {
        this.all = discover((referrer) => {
            this.#found.push(referrer);
            for (const listener of this.#listeners)
                listener(referrer);
        });
        // Read by every target that needs it; one that never does must not leave an unhandled rejection behind.
        this.all.catch(() => undefined);
    }
    /** A feed with nothing in it (referrers do not follow). */
    static empty() {
        return new ReferrerFeed(() => Promise.resolve([]));
    }
    /** Call `listener` for every referrer found so far and every one found later. */
    each(listener) {
        for (const referrer of this.#found)
            listener(referrer);
        this.#listeners.push(listener);
    }
}

// EXTERNAL MODULE: ./src/merge/errors.ts
var errors = __webpack_require__(933);
;// CONCATENATED MODULE: ./src/merge/assemble.ts
// One index from several sources (per-platform builds, or indexes and images together), built the way
// `docker buildx imagetools create` does but deterministically: the same parts always give the same bytes, so a
// re-run is `unchanged` and two jobs merging the same digests agree.





function assembleIndex(parts, options = {}) {
    if (parts.length === 0)
        throw new errors/* MergeError */.V('there is nothing to merge; expected at least one source');
    let entries = parts.flatMap(entriesOf);
    if (options.platforms !== undefined && options.platforms.length > 0)
        entries = assemble_selectPlatforms(entries, options.platforms);
    checkDuplicates(entries);
    const annotations = sortedObject(options.annotations ?? {});
    const hasAnnotations = Object.keys(annotations).length > 0;
    // A Docker manifest list may only list Docker v2 manifests and has no annotations. BuildKit's attestations are
    // OCI manifests, so any attestation makes the result an OCI index: what buildx itself produces when they exist.
    const docker = !hasAnnotations && entries.every((e) => e.descriptor.mediaType === media_types/* DOCKER_MANIFEST */.Vv);
    const mediaType = docker ? media_types/* DOCKER_LIST */.Y2 : media_types/* OCI_INDEX */.$p;
    const json = {
        schemaVersion: 2,
        mediaType,
        manifests: entries.map((e) => e.json),
        ...(hasAnnotations && { annotations }),
    };
    const bytes = Buffer.from(JSON.stringify(json, null, 2) + '\n');
    const manifest = (0,oci_manifest/* parseManifest */.Ng)(bytes, mediaType, (0,oci_digest/* digestOf */.ol)(bytes));
    return {
        manifest,
        entries: entries.map(({ source, descriptor, attestation }) => ({ source, descriptor, attestation })),
        platforms: entries
            .filter((e) => !e.attestation && e.descriptor.platform)
            .map((e) => ({ platform: e.descriptor.platform, source: e.source })),
    };
}
function entriesOf(part) {
    const { source, manifest } = part;
    if (manifest.kind === 'index') {
        const raw = manifest.json['manifests'];
        return manifest.manifests.map((descriptor, i) => ({ source, descriptor, attestation: isAttestation(descriptor), json: raw[i] }));
    }
    if (manifest.config === undefined || !(0,media_types/* isImageConfig */._m)(manifest.config.mediaType)) {
        throw new errors/* MergeError */.V(`${source} is not an image or an index: its config is "${manifest.config?.mediaType || 'missing'}"; expected a container image or a multi-platform index`);
    }
    if (part.platform === undefined) {
        throw new errors/* MergeError */.V(`${source} is a single image but no platform was read for it; read its config with readPlatform first`);
    }
    const platform = part.platform;
    const descriptor = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length, platform };
    // Key order of the OCI Go types (descriptor: mediaType, digest, size, platform), as buildx writes them.
    const json = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length, platform: platformJson(platform) };
    return [{ source, descriptor, attestation: false, json }];
}
/** The platform in the OCI Go type's key order, whatever order the caller built it in: the bytes must not depend on it. */
function platformJson(p) {
    return {
        architecture: p.architecture,
        os: p.os,
        ...(p['os.version'] !== undefined && { 'os.version': p['os.version'] }),
        ...(p['os.features'] !== undefined && p['os.features'].length > 0 && { 'os.features': [...p['os.features']] }),
        ...(p.variant !== undefined && { variant: p.variant }),
    };
}
/**
 * BuildKit's attestation manifests are `unknown/unknown` with `vnd.docker.reference.type: attestation-manifest`; an
 * entry with no platform or an unknown one is no platform either, so it is kept but never compared or listed.
 */
function isAttestation(d) {
    return d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' || d.platform === undefined || d.platform.os === 'unknown';
}
function assemble_selectPlatforms(entries, wanted) {
    const images = entries.filter((e) => !e.attestation);
    const kept = new Set();
    for (const platform of wanted) {
        const matches = images.filter((e) => (0,oci_platform/* platformMatches */.J5)(platform, e.descriptor.platform));
        if (matches.length === 0) {
            const available = images.map((e) => (0,oci_platform/* formatPlatform */.Bq)(e.descriptor.platform));
            throw new errors/* MergeError */.V(`no source has an image for platform ${(0,oci_platform/* formatPlatform */.Bq)(platform)}; they have ${available.join(', ') || 'no platforms'}`);
        }
        for (const match of matches)
            kept.add(match);
    }
    const digests = new Set([...kept].map((e) => e.descriptor.digest));
    // An attestation goes with the image it describes (`vnd.docker.reference.digest`).
    return entries.filter((e) => kept.has(e) || (e.attestation && digests.has(e.descriptor.annotations?.['vnd.docker.reference.digest'] ?? '')));
}
function checkDuplicates(entries) {
    const images = entries.filter((e) => !e.attestation);
    for (const [i, a] of images.entries()) {
        for (const b of images.slice(i + 1)) {
            if (samePlatform(a.descriptor.platform, b.descriptor.platform)) {
                const where = a.source === b.source ? `twice in ${a.source}` : `in both ${a.source} and ${b.source}`;
                throw new errors/* MergeError */.V(`platform ${(0,oci_platform/* formatPlatform */.Bq)(a.descriptor.platform)} is ${where} (${a.descriptor.digest} and ${b.descriptor.digest}); an index holds one image per platform, so drop one source or select platforms`);
            }
        }
    }
}
/** Same os, architecture and (normalised) variant, and the same os.version and os.features: Windows builds differ there. */
function samePlatform(a, b) {
    return ((0,oci_platform/* platformMatches */.J5)(a, b) &&
        (0,oci_platform/* platformMatches */.J5)(b, a) &&
        a['os.version'] === b['os.version'] &&
        [...(a['os.features'] ?? [])].sort().join(',') === [...(b['os.features'] ?? [])].sort().join(','));
}
function sortedObject(record) {
    return Object.fromEntries(Object.keys(record)
        .sort()
        .map((key) => [key, record[key]]));
}

;// CONCATENATED MODULE: ./src/merge/image-platform.ts


/** Image configs are kilobytes; a larger "config" is not one worth holding in memory. */
const MAX_CONFIG_BYTES = 8 * 1024 * 1024;
/**
 * The platform an image config declares (`os`, `architecture`, `variant`, `os.version`, `os.features`).
 * `configJson` is the config's bytes, its text or its parsed object; `sourceText` names the source in errors.
 */
function platformFromConfig(configJson, sourceText) {
    let config = configJson;
    if (typeof configJson === 'string' || configJson instanceof Uint8Array) {
        const text = typeof configJson === 'string' ? configJson : Buffer.from(configJson).toString('utf8');
        try {
            config = JSON.parse(text);
        }
        catch {
            throw new errors/* MergeError */.V(`the config of ${sourceText} is not valid JSON; expected an image config`);
        }
    }
    if (typeof config !== 'object' || config === null || Array.isArray(config)) {
        throw new errors/* MergeError */.V(`the config of ${sourceText} is not a JSON object; expected an image config`);
    }
    const c = config;
    const text = (field, required) => {
        const value = c[field];
        if (value === undefined && !required)
            return undefined;
        if (typeof value !== 'string' || value === '') {
            throw new errors/* MergeError */.V(value === undefined
                ? `the config of ${sourceText} has no "${field}", so its platform is unknown; expected an image built for one platform, with os and architecture in its config`
                : `the config of ${sourceText} has "${field}": ${JSON.stringify(value)}; expected a non-empty string`);
        }
        return value;
    };
    const os = text('os', true);
    const architecture = text('architecture', true);
    const variant = text('variant', false);
    const osVersion = text('os.version', false);
    const features = c['os.features'];
    if (features !== undefined && !(Array.isArray(features) && features.every((f) => typeof f === 'string'))) {
        throw new errors/* MergeError */.V(`the config of ${sourceText} has "os.features": ${JSON.stringify(features)}; expected a list of strings`);
    }
    // Key order as in the OCI spec's Go type (architecture, os, os.version, os.features, variant), as buildx writes it.
    return {
        architecture,
        os,
        ...(osVersion !== undefined && { 'os.version': osVersion }),
        ...(features !== undefined && features.length > 0 && { 'os.features': features }),
        ...(variant !== undefined && { variant }),
    };
}
/**
 * Read an image's config through its store (bounded, verified against its digest by the store's stream) and return
 * its platform. `sourceText` names the source in errors.
 */
async function readPlatform(store, manifest, sourceText) {
    const config = manifest.config;
    if (manifest.kind !== 'image' || config === undefined) {
        throw new errors/* MergeError */.V(`${sourceText} is an index (${manifest.mediaType}), not a single image; its entries carry their own platforms`);
    }
    if (!(0,media_types/* isImageConfig */._m)(config.mediaType)) {
        throw new errors/* MergeError */.V(`${sourceText} is not a container image: its config is "${config.mediaType || 'without a media type'}"; expected an image or an index to merge`);
    }
    if (config.size > MAX_CONFIG_BYTES) {
        throw new errors/* MergeError */.V(`the config of ${sourceText} is ${config.size} bytes, over the ${MAX_CONFIG_BYTES}-byte limit for an image config`);
    }
    const stream = await store.readBlob(config);
    const chunks = [];
    let length = 0;
    // Reading to the end matters: the store's stream proves the digest only when it ends.
    for await (const chunk of stream) {
        length += chunk.length;
        if (length > MAX_CONFIG_BYTES) {
            stream.destroy();
            throw new errors/* MergeError */.V(`the config of ${sourceText} is over the ${MAX_CONFIG_BYTES}-byte limit for an image config`);
        }
        chunks.push(chunk);
    }
    return platformFromConfig(Buffer.concat(chunks), sourceText);
}

;// CONCATENATED MODULE: ./src/copy/merge-plan.ts
// The plan for one index assembled from several sources (per-platform builds, or indexes and images together):
// each source's manifests and blobs are read from its own store, the new index goes up last.





async function buildMergePlan(parts, options) {
    const indexParts = await Promise.all(parts.map(async ({ endpoint, manifest }) => {
        if (manifest.kind === 'index')
            return { source: endpoint.text, manifest };
        try {
            return { source: endpoint.text, manifest, platform: await readPlatform(endpoint.store, manifest, endpoint.text) };
        }
        catch (error) {
            throw copyError('source', 'plan', manifest.digest, endpoint.text, error);
        }
    }));
    const assembled = assembleIndex(indexParts, {
        ...(options.annotations && { annotations: options.annotations }),
        ...(options.platforms && { platforms: options.platforms }),
    });
    const partOf = new Map(parts.map((p) => [p.endpoint.text, p]));
    const stores = new Map();
    const manifests = new Map();
    const blobs = new Map();
    const foreign = new Map();
    const warnings = [];
    // Each entry's graph, from its own source; the same digest from two sources is read once.
    const children = await Promise.all(assembled.entries.map(async (entry) => {
        const part = partOf.get(entry.source);
        const store = part.endpoint.store;
        const child = entry.descriptor.digest === part.manifest.digest ? part.manifest : await store.getManifest(entry.descriptor.digest);
        return { store, plan: await buildPlan(store, child, undefined) };
    }));
    for (const { store, plan } of children) {
        for (const m of plan.manifests) {
            if (!manifests.has(m.digest))
                manifests.set(m.digest, m);
            if (!stores.has(m.digest))
                stores.set(m.digest, store);
        }
        for (const b of plan.blobs) {
            if (!blobs.has(b.digest))
                blobs.set(b.digest, b);
            if (!stores.has(b.digest))
                stores.set(b.digest, store);
        }
        for (const b of plan.foreignSkipped)
            foreign.set(b.digest, b);
        warnings.push(...plan.warnings);
    }
    const root = assembled.manifest;
    const first = parts[0].endpoint.store;
    return {
        root,
        manifests: [...manifests.values(), root],
        blobs: [...blobs.values()],
        foreignSkipped: [...foreign.values()],
        platforms: assembled.platforms.map((p) => (0,oci_platform/* formatPlatform */.Bq)(p.platform)),
        rewritten: false,
        warnings,
        sourceOf: (digest) => stores.get(digest) ?? first,
        merged: assembled.platforms.map((p) => ({ platform: (0,oci_platform/* formatPlatform */.Bq)(p.platform), source: p.source })),
    };
}

;// CONCATENATED MODULE: ./src/copy/resolve.ts


async function resolveSource(source) {
    const reference = source.digest ?? source.tag;
    if (reference === undefined)
        throw new Error(`${source.text} names neither a tag nor a digest`);
    // Both given: the digest decides; the tag is asked at the same time only to say when it disagrees.
    const tagCheck = source.digest !== undefined && source.tag !== undefined ? source.store.resolve(source.tag).catch(() => undefined) : undefined;
    let resolved;
    try {
        resolved = await source.store.resolve(reference, { wantBytes: true });
    }
    catch (error) {
        throw copyError('source', 'resolve', reference, source.text, error);
    }
    if (!resolved)
        throw copyError('source', 'resolve', reference, source.text, new store/* NotFoundError */.m(reference, source.store.name));
    const tagged = await tagCheck;
    const warning = tagged && tagged.digest !== resolved.digest
        ? `The source ${source.text} names tag ${source.tag}, which points at ${tagged.digest}, and digest ${source.digest}: copying ${source.digest}, as Docker would; drop the tag or the digest to say which you mean.`
        : undefined;
    return { digest: resolved.digest, manifest: resolved.manifest, warning };
}
/** What the target's tag (or digest) points at now; undefined when nothing does yet. */
async function currentDigest(target) {
    const reference = target.tag ?? target.digest;
    // A file target named by neither (`oci:./out`): the image is added by its digest, whatever is there.
    if (reference === undefined)
        return undefined;
    try {
        return (await target.store.resolve(reference))?.digest;
    }
    catch (error) {
        throw copyError('target', 'resolve', reference, target.text, error);
    }
}

;// CONCATENATED MODULE: ./src/copy/made-blobs.ts
/** Below this a layer compresses in tens of milliseconds: nothing to overlap. */
const STREAM_MADE_FROM = 4 * 1024 * 1024;
class MadeBlobUploads {
    /** By digest, entered the moment it is known: the streams of that blob, one per location. */
    #streams = new Map();
    /** By `name config`: whether the repository lacks the image's config (so it is worth streaming to). */
    #lacking = new Map();
    #work = new Set();
    #targets;
    #logger;
    /** `targets`: one store per location to stream to; the others of a location mount from it. */
    constructor(targets, logger) {
        this.#targets = targets;
        this.#logger = logger;
    }
    /** A blob the source started making: stream it to every target that lacks its image. */
    offer(blob) {
        if (blob.sizeHint < STREAM_MADE_FROM)
            return;
        const streams = this.#targets.then((targets) => targets.filter((store) => store.writeMadeBlob !== undefined).map((store) => ({ store, placed: this.#stream(store, blob) })));
        this.#track(streams.then((list) => Promise.all(list.map((s) => s.placed))));
        // Entered before the source's resolve, which waits for the blob, returns: the plan that follows finds it.
        blob.made.then((descriptor) => this.#streams.set(descriptor.digest, streams), () => undefined);
    }
    /** Where a stream placed `blob` in `location`; undefined when none did (upload it as usual). */
    async placedAt(location, blob) {
        const streams = this.#streams.get(blob.digest);
        if (streams === undefined)
            return undefined;
        const stream = (await streams).find((s) => s.store.location === location);
        return stream?.placed;
    }
    /** Wait for every stream begun: a copy ends only when nothing it started is still sending. */
    async settled() {
        while (this.#work.size > 0)
            await Promise.allSettled([...this.#work]);
    }
    #track(work) {
        const settled = work.then(() => undefined, () => undefined);
        this.#work.add(settled);
        void settled.then(() => this.#work.delete(settled));
    }
    async #stream(store, blob) {
        if (!(await this.#lacksImage(store, blob.image)))
            return undefined;
        const body = blob.follow();
        // Its errors are the write's to report.
        body.on('error', () => undefined);
        let present = false;
        // The write closes under the digest only once the target said it lacks the blob.
        const closeUnder = blob.made.then(async (descriptor) => {
            present = await store.hasBlob(descriptor).catch(() => false);
            if (present) {
                body.destroy(new Error(`${store.name} holds ${descriptor.digest} already`));
                throw new Error(`${store.name} holds ${descriptor.digest} already: the upload is dropped`);
            }
            return descriptor;
        });
        closeUnder.catch(() => undefined);
        try {
            await store.writeMadeBlob(body, closeUnder);
            return { store, outcome: 'uploaded' };
        }
        catch (error) {
            if (present)
                return { store, outcome: 'existing' };
            const made = await blob.made.catch(() => undefined);
            if (made !== undefined) {
                this.#logger.debug(`${store.name}: sending ${made.digest} while it was made failed (${error.message}); it goes up again as usual.`);
            }
            return undefined;
        }
    }
    #lacksImage(store, image) {
        const key = `${store.name} ${image.digest}`;
        let lacking = this.#lacking.get(key);
        if (lacking === undefined) {
            // An unanswered question is no reason to stream: the usual upload asks again.
            lacking = store.hasBlob(image).then((present) => !present, () => false);
            this.#lacking.set(key, lacking);
        }
        return lacking;
    }
}

;// CONCATENATED MODULE: ./src/copy/copy.ts












/** Mounts and HEADs in flight at once: the size of the connection pool per host (see the transport). */
const CHECK_CONCURRENCY = 16;
async function copyImage(request) {
    const sources = request.sources && request.sources.length > 0 ? request.sources : [request.source];
    const made = madeBlobUploads(request, sources);
    try {
        return await copyWith(request, sources, made?.uploads);
    }
    finally {
        made?.stopListening();
        await made?.uploads.settled();
    }
}
/**
 * A source that makes blobs while it resolves (a classic docker save) streams them to the targets meanwhile: one
 * target store per location. Not for a dry run, a merge or a platform selection (which may not push them).
 */
function madeBlobUploads(request, sources) {
    const source = sources[0].store;
    if (source.onMadeBlob === undefined || request.dryRun === true || sources.length > 1 || (request.platforms?.length ?? 0) > 0)
        return undefined;
    const targets = Promise.resolve(request.targets).then((endpoints) => {
        const byLocation = new Map();
        for (const { store, skip } of endpoints)
            if (skip === undefined && !byLocation.has(store.location))
                byLocation.set(store.location, store);
        return [...byLocation.values()];
    });
    targets.catch(() => undefined);
    const uploads = new MadeBlobUploads(targets, request.logger);
    return { uploads, stopListening: source.onMadeBlob((blob) => uploads.offer(blob)) };
}
async function copyWith(request, sources, made) {
    const { logger } = request;
    const merging = sources.length > 1;
    const source = sources[0];
    const sourceText = sources.map((s) => s.text).join(', ');
    const warnings = [];
    // The sources' digests and every target's current digest are independent questions: ask them all at once.
    const sourceAnswers = Promise.all(sources.map(resolveSource));
    sourceAnswers.catch(() => undefined);
    const states = (await request.targets).map((endpoint) => ({ endpoint, started: Date.now(), events: [] }));
    for (const state of states)
        if (state.endpoint.skip !== undefined)
            state.result = skipped(state, state.endpoint.skip);
    // Which fallback and cosign tags the source holds (one tag listing) and whether it has the referrers API at all are
    // asked beside the resolution, so that the referrer lookups start, or are known to be done, the moment the digest is.
    // A target in the sources' own repository (a new tag; a merge of builds pushed there by digest, as the README's
    // recipe does) already holds every referrer of what it gets: asking would only find what is there.
    const outsideSources = (s) => sources.some((from) => !sameStore(s.endpoint.store, from.store));
    const followed = request.referrers !== false && states.some((s) => !s.result && outsideSources(s));
    const sourceAhead = new Map(followed ? sources.map((s) => [s.store, askAhead(s.store)]) : []);
    // Settled into values at once: a target that fails while the source is still resolving is not an unhandled rejection.
    const targetAnswers = states.map((state) => (state.result ? Promise.resolve(undefined) : currentDigest(state.endpoint)).then((digest) => ({ digest }), (error) => ({ error: error })));
    let resolved;
    try {
        resolved = await sourceAnswers;
        for (const r of resolved)
            if (r.warning)
                warnings.push(r.warning);
    }
    catch (error) {
        await Promise.all([...targetAnswers, answeredAhead(sourceAhead)]);
        const failure = failureOf(error);
        return {
            source: sourceText,
            sourceDigest: undefined,
            digest: undefined,
            mediaType: undefined,
            targets: states.map((s) => failed(s, failure)),
            warnings,
        };
    }
    const sourceDigest = resolved[0].digest;
    const knownRoot = resolved[0].manifest;
    logger.debug(`Source ${sourceText} is ${resolved.map((r) => r.digest).join(', ')}.`);
    const answers = await Promise.all(targetAnswers);
    states.forEach((state, i) => {
        const answer = answers[i];
        if (state.result)
            return;
        if ('error' in answer)
            state.result = failed(state, failureOf(answer.error));
        else
            state.current = answer.digest;
    });
    const selecting = request.platforms !== undefined && request.platforms.length > 0;
    if (!selecting && !merging) {
        for (const state of states)
            if (!state.result && state.current === sourceDigest)
                state.result = unchanged(state, sourceDigest, []);
    }
    const pending = states.filter((s) => !s.result);
    let plan;
    let merged;
    if (pending.length > 0) {
        try {
            if (merging) {
                const parts = await Promise.all(sources.map(async (endpoint, i) => ({
                    endpoint,
                    manifest: resolved[i].manifest ?? (await endpoint.store.getManifest(resolved[i].digest)),
                })));
                const mergePlan = await buildMergePlan(parts, { annotations: request.annotations, platforms: request.platforms });
                plan = mergePlan;
                merged = mergePlan.merged;
            }
            else {
                const root = knownRoot ?? (await source.store.getManifest(sourceDigest));
                plan = await buildPlan(source.store, root, request.platforms, request.annotations);
            }
        }
        catch (error) {
            const failure = failureOf(copyError('source', 'plan', merging ? sourceText : sourceDigest, sourceText, error));
            for (const state of pending)
                state.result = failed(state, failure);
        }
    }
    if (plan) {
        warnings.push(...plan.warnings);
        if (!merging && !(0,oci_manifest/* isContainerImage */.Lh)(plan.root)) {
            logger.info(`${source.text} is not a container image (config media type ${plan.root.config?.mediaType || 'none'}, e.g. a Helm chart or other OCI artifact); copying it as is.`);
        }
        if (plan.rewritten) {
            warnings.push(`Selecting platforms ${plan.platforms.join(', ')} produced a new index ${plan.root.digest}; its digest differs from the source's ${sourceDigest}.`);
        }
        if (plan.foreignSkipped.length > 0) {
            const n = plan.foreignSkipped.length;
            warnings.push(`${n} foreign or non-distributable ${n === 1 ? 'layer is' : 'layers are'} not held by ${sourceText} and ${n === 1 ? 'was' : 'were'} left out (${plan.foreignSkipped.map((b) => b.digest).join(', ')}); whoever runs the image fetches ${n === 1 ? 'it from its URL' : 'them from their URLs'}, as with docker push.`);
        }
    }
    const unchangedTargets = states.filter((s) => s.result?.status === 'unchanged');
    const toPush = plan ? pending.filter((s) => !s.result) : [];
    const elsewhere = [...toPush, ...unchangedTargets].some(outsideSources);
    const referrers = request.referrers === false || !elsewhere
        ? ReferrerFeed.empty()
        : new ReferrerFeed((found) => subjectsToFollow(source, sourceDigest, knownRoot, plan, merging).then((subjects) => discoverAll(subjects, plan?.sourceOf ?? (() => source.store), sourceText, found, sourceAhead)));
    const context = {
        dryRun: request.dryRun === true,
        transfers: createLimiter(request.concurrency),
        checks: createLimiter(Math.max(request.concurrency, CHECK_CONCURRENCY)),
        retry: request.retry,
        placed: request.placed ?? new Map(),
        mountHints: request.mountHints,
        onProgress: request.onProgress,
        referrers,
        warnings,
        made,
    };
    await Promise.all([
        plan ? pushTargets(context, plan, toPush) : undefined,
        ...groupByStore(unchangedTargets).map(([store, group]) => refreshReferrers(context, store, group)),
    ]);
    await answeredAhead(sourceAhead);
    return {
        source: sourceText,
        sourceDigest: merging ? undefined : sourceDigest,
        ...(merged && { merged }),
        digest: plan?.root.digest ?? sourceDigest,
        mediaType: plan?.root.mediaType ?? knownRoot?.mediaType,
        targets: states.map((s) => s.result),
        warnings,
    };
}
async function pushTargets(context, plan, pending) {
    const targetDigest = plan.root.digest;
    const toPush = [];
    const alreadyThere = [];
    const refused = new Set();
    for (const state of pending) {
        const { endpoint } = state;
        if (endpoint.digest !== undefined && endpoint.digest !== targetDigest) {
            const message = `target ${endpoint.text} pins ${endpoint.digest}, but the image to push is ${targetDigest}; a digest target must name the digest being pushed`;
            state.result = failed(state, { side: 'target', operation: 'plan', object: endpoint.digest, message });
            continue;
        }
        if (state.current === targetDigest) {
            state.result = unchanged(state, targetDigest, plan.platforms);
            alreadyThere.push(state);
            continue;
        }
        const decision = (0,overwrite/* overwriteDecision */.YP)({
            policy: endpoint.overwrite ?? 'always',
            tag: endpoint.tag ?? endpoint.text,
            existingDigest: state.current,
            newDigest: targetDigest,
            floating: endpoint.follows !== undefined,
        });
        if (decision.action === 'fail') {
            refused.add(endpoint.text);
            state.result = failed(state, {
                side: 'target',
                operation: 'tag',
                object: endpoint.tag ?? endpoint.text,
                message: `target ${endpoint.text}: ${decision.error.message}`,
            });
        }
        else {
            toPush.push(state);
        }
    }
    // A release whose own version tag was refused moves none of its floating tags.
    const pushing = toPush.filter((state) => {
        const follows = state.endpoint.follows;
        if (follows === undefined || !refused.has(follows))
            return true;
        state.result = skipped(state, `${state.endpoint.tag} stays where it is: the release's own tag ${follows} was refused`);
        return false;
    });
    // Targets that share a store (a repository) share the blob and child-manifest work; only their tags differ.
    await Promise.all([
        ...groupByStore(pushing).map(([store, group]) => pushToRepository(context, plan, store, group)),
        ...groupByStore(alreadyThere).map(([store, group]) => refreshReferrers(context, store, group)),
    ]);
}
/** Referrers of subjects that may live in several stores (an assembled index): each store is asked of its own. */
async function discoverAll(subjects, storeOf, where, onFound, ahead) {
    const byStore = new Map();
    for (const subject of subjects)
        byStore.set(storeOf(subject), [...(byStore.get(storeOf(subject)) ?? []), subject]);
    const found = await Promise.all([...byStore].map(([store, list]) => discoverReferrers(store, list, where, { ahead: ahead.get(store), onFound })));
    return found.flat();
}
function groupByStore(states) {
    const groups = new Map();
    for (const state of states)
        groups.set(state.endpoint.store, [...(groups.get(state.endpoint.store) ?? []), state]);
    return [...groups];
}
/**
 * The digests whose referrers follow: every manifest pushed (not an index a platform selection made, which nothing
 * can refer to yet); without a plan (every target unchanged), the source's root and the manifests it lists.
 */
async function subjectsToFollow(source, digest, root, plan, merging) {
    // An index hoist built (a selection of several platforms, or assembled from several sources) is new: nothing refers
    // to it yet. One selected platform's image is the source's own manifest, and its signatures follow it.
    if (plan)
        return plan.manifests.filter((m) => !(m === plan.root && (plan.rewritten || merging))).map((m) => m.digest);
    const manifest = root ?? (await source.store.getManifest(digest));
    return [digest, ...manifest.manifests.map((d) => d.digest)];
}
/** The targets that failed, for the edges' closing line. */
function failedTargets(result) {
    return result.targets.filter((t) => t.status === 'failed');
}

;// CONCATENATED MODULE: ./src/copy/promote.ts






async function promote(options) {
    const onRetry = (event) => {
        options.logger.info((0,describe/* describeRetry */.e)(event));
        options.onRetry?.(event);
    };
    const policy = new RetryPolicy({ ...(options.retry && { settings: options.retry }), onRetry });
    const registries = await openRegistries((0,image_reference/* registriesOf */.H)([...options.sources, ...options.targets]), { ...options, policy });
    const files = [];
    try {
        // Every registry scope is declared as its store opens, before the first request: one token per registry.
        const sources = await Promise.all(options.sources.map((s) => sourceEndpoint(s, registries, files, options)));
        const targetStores = await Promise.all(options.targets.map((t) => targetStore(t, registries, files, options)));
        const written = options.targets.map((t, i) => ({
            store: targetStores[i],
            ...tagOf(t, options.release !== undefined),
        }));
        const result = await copyImage({
            source: sources[0],
            sources,
            // Read beside the sources' resolution: a release asks each repository for its tags first.
            targets: releaseEndpoints(written, options.release, options.overwrite ?? 'always'),
            platforms: options.platforms,
            concurrency: options.concurrency,
            logger: options.logger,
            retry: policy,
            dryRun: options.dryRun,
            onProgress: options.onProgress,
            referrers: options.referrers,
            annotations: options.annotations,
        });
        const notes = files.flatMap((f) => f.notes);
        return { ...result, warnings: [...notes, ...result.warnings], rateLimits: registries.rateLimits() };
    }
    finally {
        // Sources are read-only; a target the engine did not commit is aborted (close is idempotent there).
        await Promise.all(files.map((f) => f.close('abort').catch(() => undefined)));
        await registries.close();
    }
}
async function sourceEndpoint(ref, registries, files, options) {
    if (ref.kind === 'registry') {
        const r = ref.reference;
        return { store: registries.repository(r, 'pull'), tag: r.tag, digest: r.digest, text: ref.text };
    }
    const store = await openFileStore(ref.file, 'read', { logger: options.logger, ...(options.cwd !== undefined && { cwd: options.cwd }) });
    files.push(store);
    // No REF: "the only image inside", which the store resolves from an empty reference.
    return { store, tag: ref.file.reference ?? '', text: ref.text };
}
async function targetStore(ref, registries, files, options) {
    if (ref.kind === 'registry')
        return registries.repository(ref.reference, options.dryRun ? 'pull' : 'push');
    const store = await openFileStore(ref.file, options.dryRun ? 'read' : 'write', {
        logger: options.logger,
        ...(options.cwd !== undefined && { cwd: options.cwd }),
    });
    files.push(store);
    return store;
}
/** The tag (or digest) a target names; none for a repository written alone when a release fills in its tags. */
function tagOf(ref, releasing) {
    if (ref.kind === 'file')
        return { tag: ref.file.reference };
    if (releasing && ref.tagImplied)
        return { tag: undefined };
    return { tag: ref.reference.tag, digest: ref.reference.digest };
}
/** The file stores (and tar with them) load only for a copy that names a file. */
async function openFileStore(ref, mode, options) {
    const { openFileStore: open } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(631)]).then(__webpack_require__.bind(__webpack_require__, 2631));
    return open(ref, mode, options);
}


/***/ }),

/***/ 2060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lh: () => (/* binding */ isContainerImage),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8825);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9217);
// Manifests are kept as the exact bytes the registry served: digests are computed from bytes, never re-serialised.


/** Larger manifests are refused, as registries do (distribution caps manifests at 4 MiB). */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
class ManifestError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ManifestError';
    }
}
/**
 * Parse manifest bytes. The media type comes from the Content-Type the registry sent, else from the document's
 * own `mediaType`, else from its shape (OCI allows omitting it).
 */
function parseManifest(bytes, contentType, digest) {
    if (bytes.length > MAX_MANIFEST_BYTES) {
        throw new ManifestError(`manifest ${digest} is ${bytes.length} bytes, over the ${MAX_MANIFEST_BYTES}-byte limit`);
    }
    let json;
    try {
        json = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new ManifestError(`manifest ${digest} is not valid JSON`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new ManifestError(`manifest ${digest} is not a JSON object`);
    }
    const doc = json;
    const declared = typeof doc['mediaType'] === 'string' ? doc['mediaType'] : undefined;
    let mediaType = (0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .baseMediaType */ .S4)(contentType);
    if (mediaType === '' || mediaType === 'application/json' || mediaType === 'application/octet-stream' || mediaType === 'text/plain') {
        mediaType = declared ?? (Array.isArray(doc['manifests']) ? _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_INDEX */ .$p : _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_MANIFEST */ .EG);
    }
    if (mediaType === _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_SCHEMA1 */ .kj || mediaType === _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_SCHEMA1_SIGNED */ .n$ || doc['schemaVersion'] === 1) {
        throw new ManifestError(`manifest ${digest} is Docker schema 1 (${mediaType}), which is deprecated and cannot be copied with its digest preserved; rebuild or re-push the image with a current client`);
    }
    if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isIndex */ .nw)(mediaType)) {
        const manifests = descriptorList(doc['manifests'], digest, 'manifests');
        return { bytes, mediaType, digest, kind: 'index', manifests, blobs: [], json: doc };
    }
    if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isImageManifest */ .pJ)(mediaType) || doc['config'] !== undefined || doc['layers'] !== undefined) {
        const config = descriptor(doc['config'], digest, 'config');
        const layers = doc['layers'] === undefined ? [] : descriptorList(doc['layers'], digest, 'layers');
        return { bytes, mediaType, digest, kind: 'image', manifests: [], blobs: [config, ...layers], config, json: doc };
    }
    throw new ManifestError(`manifest ${digest} has media type "${mediaType}", which is neither an image manifest nor an index (expected one of ${[_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_INDEX */ .$p, _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_LIST */ .Y2, _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_MANIFEST */ .EG, _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_MANIFEST */ .Vv].join(', ')})`);
}
function descriptorList(value, owner, field) {
    if (!Array.isArray(value))
        throw new ManifestError(`manifest ${owner} has no "${field}" list`);
    return value.map((item, i) => descriptor(item, owner, `${field}[${i}]`));
}
function descriptor(value, owner, field) {
    if (typeof value !== 'object' || value === null)
        throw new ManifestError(`manifest ${owner} has no valid "${field}"`);
    const d = value;
    const digest = d['digest'];
    const size = d['size'];
    const mediaType = d['mediaType'];
    if (typeof digest !== 'string')
        throw new ManifestError(`manifest ${owner}: "${field}" has no digest`);
    try {
        (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDigest */ .m)(digest);
    }
    catch (error) {
        throw new ManifestError(`manifest ${owner}: "${field}" ${error.message}`);
    }
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
        throw new ManifestError(`manifest ${owner}: "${field}" has no valid size`);
    }
    const result = {
        mediaType: typeof mediaType === 'string' ? mediaType : '',
        digest,
        size,
        ...(isPlatform(d['platform']) && { platform: d['platform'] }),
        ...(typeof d['annotations'] === 'object' && d['annotations'] !== null && { annotations: d['annotations'] }),
        ...(typeof d['artifactType'] === 'string' && { artifactType: d['artifactType'] }),
    };
    return result;
}
function isPlatform(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const p = value;
    return typeof p['os'] === 'string' && typeof p['architecture'] === 'string';
}
/** True when the manifest is an image whose config is a container image config (not an artifact such as a chart). */
function isContainerImage(manifest) {
    return manifest.kind === 'index' || (manifest.config !== undefined && (0,_media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .isImageConfig */ ._m)(manifest.config.mediaType));
}


/***/ }),

/***/ 9217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ OCI_INDEX),
/* harmony export */   EG: () => (/* binding */ OCI_MANIFEST),
/* harmony export */   Kx: () => (/* binding */ DOCKER_IMAGE_CONFIG),
/* harmony export */   S4: () => (/* binding */ baseMediaType),
/* harmony export */   Vv: () => (/* binding */ DOCKER_MANIFEST),
/* harmony export */   Y2: () => (/* binding */ DOCKER_LIST),
/* harmony export */   _m: () => (/* binding */ isImageConfig),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   kj: () => (/* binding */ DOCKER_SCHEMA1),
/* harmony export */   n$: () => (/* binding */ DOCKER_SCHEMA1_SIGNED),
/* harmony export */   nw: () => (/* binding */ isIndex),
/* harmony export */   pJ: () => (/* binding */ isImageManifest),
/* harmony export */   sJ: () => (/* binding */ isForeignLayer)
/* harmony export */ });
/* unused harmony export OCI_IMAGE_CONFIG */
// Manifest media types hoist understands, and the Accept header that asks for all of them.
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_SCHEMA1 = 'application/vnd.docker.distribution.manifest.v1+json';
const DOCKER_SCHEMA1_SIGNED = 'application/vnd.docker.distribution.manifest.v1+prettyjws';
const OCI_IMAGE_CONFIG = 'application/vnd.oci.image.config.v1+json';
const DOCKER_IMAGE_CONFIG = 'application/vnd.docker.container.image.v1+json';
const INDEX_TYPES = new Set([OCI_INDEX, DOCKER_LIST]);
const IMAGE_TYPES = new Set([OCI_MANIFEST, DOCKER_MANIFEST]);
/** Every manifest type we can copy, most preferred first. Schema 1 is deliberately absent: it cannot be copied digest-stable. */
const MANIFEST_ACCEPT = [OCI_INDEX, DOCKER_LIST, OCI_MANIFEST, DOCKER_MANIFEST].join(', ');
function isIndex(mediaType) {
    return INDEX_TYPES.has(mediaType);
}
function isImageManifest(mediaType) {
    return IMAGE_TYPES.has(mediaType);
}
function isImageConfig(mediaType) {
    return mediaType === OCI_IMAGE_CONFIG || mediaType === DOCKER_IMAGE_CONFIG;
}
/** Strip parameters (`; charset=utf-8`) that some registries add to Content-Type. */
function baseMediaType(contentType) {
    return (contentType ?? '').split(';')[0].trim().toLowerCase();
}
/**
 * Layers a registry is not expected to hold (Windows base layers, licensed content): Docker's foreign layers and
 * OCI's non-distributable ones, fetched from their `urls` by whoever runs the image.
 */
function isForeignLayer(mediaType) {
    return (mediaType === 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip' ||
        mediaType.startsWith('application/vnd.oci.image.layer.nondistributable.'));
}


/***/ }),

/***/ 3969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ describeRetry)
/* harmony export */ });
function describeRetry(event) {
    return `Retrying ${event.operation} in ${event.delayMs} ms after ${event.reason} (attempt ${event.attempt} of ${event.attempts}).`;
}


/***/ }),

/***/ 347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadDockerConfig: () => (/* binding */ loadDockerConfig),
/* harmony export */   resolveCredentials: () => (/* binding */ resolveCredentials)
/* harmony export */ });
/* unused harmony exports CredentialsError, configKeyRegistry, parseDockerConfig, runCredentialHelper */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2148);
// Where credentials for a registry come from, in order: the action's inputs, Docker's config.json (auths,
// credHelpers, credsStore), the GitHub token for ghcr.io, else anonymous.




class CredentialsError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CredentialsError';
    }
}
/** The registry a config.json key stands for: `https://index.docker.io/v1/` is Docker Hub, schemes and paths drop. */
function configKeyRegistry(key) {
    try {
        return (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseRegistry */ .Me)(key.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, ''));
    }
    catch {
        return undefined;
    }
}
/** Parse Docker's config.json text. Unknown fields are ignored; broken entries are skipped, not fatal. */
function parseDockerConfig(text, where = 'config.json') {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new CredentialsError(`${where} is not valid JSON; fix or remove it`);
    }
    const doc = (typeof json === 'object' && json !== null ? json : {});
    const auths = new Map();
    const rawAuths = doc['auths'];
    if (typeof rawAuths === 'object' && rawAuths !== null) {
        for (const [key, value] of Object.entries(rawAuths)) {
            const registry = configKeyRegistry(key);
            if (!registry || typeof value !== 'object' || value === null)
                continue;
            const entry = value;
            let username = typeof entry['username'] === 'string' ? entry['username'] : undefined;
            let password = typeof entry['password'] === 'string' ? entry['password'] : undefined;
            if (typeof entry['auth'] === 'string' && entry['auth'] !== '') {
                const decoded = Buffer.from(entry['auth'], 'base64').toString('utf8');
                const colon = decoded.indexOf(':');
                if (colon > 0) {
                    username = decoded.slice(0, colon);
                    password = decoded.slice(colon + 1);
                }
            }
            const identityToken = typeof entry['identitytoken'] === 'string' && entry['identitytoken'] !== '' ? entry['identitytoken'] : undefined;
            if (username === undefined && identityToken === undefined)
                continue;
            // An exact host key wins over a URL-style key for the same registry.
            if (auths.has(registry) && key.includes('/'))
                continue;
            auths.set(registry, {
                ...(username !== undefined && { username }),
                ...(password !== undefined && { password }),
                ...(identityToken !== undefined && { identityToken }),
            });
        }
    }
    const credHelpers = new Map();
    const rawHelpers = doc['credHelpers'];
    if (typeof rawHelpers === 'object' && rawHelpers !== null) {
        for (const [key, value] of Object.entries(rawHelpers)) {
            const registry = configKeyRegistry(key);
            if (registry && typeof value === 'string' && value !== '')
                credHelpers.set(registry, value);
        }
    }
    const credsStore = typeof doc['credsStore'] === 'string' && doc['credsStore'] !== '' ? doc['credsStore'] : undefined;
    return { auths, credHelpers, ...(credsStore !== undefined && { credsStore }) };
}
/** Docker's config.json, read synchronously (see below); undefined when there is none. */
function loadDockerConfig(dir) {
    const folder = dir ?? process.env['DOCKER_CONFIG'] ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.docker');
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, 'config.json');
    let text;
    try {
        // Read synchronously: nothing else can run yet, and a first asynchronous file read would start libuv's thread
        // pool (and load fs/promises) ahead of the first request.
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
    return parseDockerConfig(text, path);
}
/** The server URL Docker hands a credential helper for a registry. */
function helperServerUrl(registry) {
    return registry === _oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCKER_HUB */ .Xb ? 'https://index.docker.io/v1/' : registry;
}
/** Run `docker-credential-<helper> get` as Docker does: server URL on stdin, JSON {Username, Secret} on stdout. */
async function runCredentialHelper(helper, registry) {
    const binary = `docker-credential-${helper}`;
    // Loaded here, not at start-up: most runs use no helper.
    const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
    const output = await new Promise((resolve, reject) => {
        const child = execFile(binary, ['get'], { timeout: 30_000, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
            if (error) {
                const code = error.code;
                if (code === 'ENOENT') {
                    reject(new CredentialsError(`Docker's config.json names the credential helper "${helper}" for ${registry}, but ${binary} is not on PATH; install it or remove it from config.json`));
                }
                else if (/credentials not found/i.test(stdout + stderr)) {
                    resolve('');
                }
                else {
                    reject(new CredentialsError(`the credential helper ${binary} failed for ${registry}: ${(stderr || error.message).trim().slice(0, 300)}`));
                }
                return;
            }
            resolve(stdout);
        });
        child.stdin?.end(helperServerUrl(registry));
    });
    if (output.trim() === '')
        return undefined;
    try {
        const json = JSON.parse(output);
        if (typeof json.Secret !== 'string')
            return undefined;
        return { username: typeof json.Username === 'string' ? json.Username : '', password: json.Secret };
    }
    catch {
        throw new CredentialsError(`the credential helper ${binary} printed something that is not JSON for ${registry}`);
    }
}
/** Resolve credentials for one registry. Every secret found is handed to `secret` before it is returned. */
async function resolveCredentials(registry, sources, config) {
    const explicit = sources.explicit?.find((c) => c.registry === registry);
    if (explicit) {
        sources.secret(explicit.password);
        return { username: explicit.username, password: explicit.password, source: 'inputs' };
    }
    if (config) {
        const helper = config.credHelpers.get(registry);
        if (helper) {
            const found = await runCredentialHelper(helper, registry);
            if (found)
                return fromHelper(found, `credential helper ${helper}`, sources.secret);
        }
        else {
            const entry = config.auths.get(registry);
            if (entry) {
                if (entry.password)
                    sources.secret(entry.password);
                if (entry.identityToken)
                    sources.secret(entry.identityToken);
                return { ...entry, source: 'docker config.json' };
            }
            if (config.credsStore) {
                const found = await runCredentialHelper(config.credsStore, registry);
                if (found)
                    return fromHelper(found, `credential store ${config.credsStore}`, sources.secret);
            }
        }
    }
    if (registry === 'ghcr.io' && sources.githubToken) {
        sources.secret(sources.githubToken);
        return { username: sources.githubActor || 'x-access-token', password: sources.githubToken, source: 'github-token' };
    }
    return undefined;
}
function fromHelper(found, source, secret) {
    secret(found.password);
    // Docker's convention: a helper answering username "<token>" hands back an identity (refresh) token.
    if (found.username === '<token>')
        return { identityToken: found.password, source };
    return { username: found.username, password: found.password, source };
}


/***/ }),

/***/ 1644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ PreconditionFailedError),
/* harmony export */   m: () => (/* binding */ NotFoundError)
/* harmony export */ });
/** A conditional write found the reference changed since it was read: read again, merge, write again. */
class PreconditionFailedError extends Error {
    retryable = false;
    constructor(reference, where) {
        super(`${reference} in ${where} changed while it was being updated`);
        this.name = 'PreconditionFailedError';
    }
}
/** A store's answer that nothing is at a reference, or that a blob is missing. */
class NotFoundError extends Error {
    object;
    constructor(object, where) {
        super(`${object} was not found in ${where}`);
        this.name = 'NotFoundError';
        this.object = object;
    }
}


/***/ })

};
