// One registry over the distribution API: manifests and blobs (head/get/put), cross-repository mount, uploads.
// Scopes are declared up front so one token covers everything a copy needs on this registry.
import type { Readable } from 'node:stream';
import type { Logger, SecretSink } from '../../log.ts';
import { VerifyingStream, digestOf, isDigest as isValidDigest } from '../../oci/digest.ts';
import { MAX_MANIFEST_BYTES, parseManifest, type Manifest } from '../../oci/manifest.ts';
import { MANIFEST_ACCEPT, baseMediaType } from '../../oci/media-types.ts';
import { apiHost } from '../../oci/reference.ts';
import { Authenticator, parseChallenges, readLimited, repositoryScope, type Credentials, type TokenCache } from './auth.ts';
import { RegistryError, describeStatus, parseErrorBody, redactUrl } from './errors.ts';
import { describeNetworkError, header, isRetryableError, type Body, type Response, type Transport } from './transport.ts';

export interface RegistryClientOptions {
  /** Canonical registry name (`docker.io`, `ghcr.io`, `127.0.0.1:5000`). */
  registry: string;
  transport: Transport;
  tokens: TokenCache;
  credentials: Credentials | undefined;
  secret: SecretSink;
  logger: Logger;
  /** Plain HTTP is allowed (loopback, or listed in insecure-registries). */
  allowHttp: boolean;
}

export interface ManifestHead {
  /** Undefined when the registry omits Docker-Content-Digest (ECR, some mirrors). */
  digest: string | undefined;
  mediaType: string;
  size: number | undefined;
}

/** An open blob upload: where to send it, and the smallest chunk the registry accepts (OCI-Chunk-Min-Length). */
export interface UploadSession {
  readonly url: URL;
  readonly minChunkSize: number | undefined;
}

export type MountResult = { mounted: true } | { mounted: false; session?: UploadSession; reason: string };

/** Docker Hub's pull allowance, read from `ratelimit-*` headers. */
export interface RateLimit {
  readonly limit: number;
  readonly remaining: number;
  readonly windowSeconds: number | undefined;
}

/** Chunk size for PATCH uploads: big enough to keep round trips few, small enough to hold in memory. */
export const DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;

const MAX_ERROR_BODY = 64 * 1024;

export class RegistryClient {
  readonly registry: string;
  readonly #options: RegistryClientOptions;
  readonly #auth: Authenticator;
  readonly #scopes = new Map<string, Set<string>>();
  #base: Promise<URL> | undefined;
  /** Set once a registry refused a monolithic upload (413): later blobs go up in chunks straight away. */
  #chunkedUploads = false;
  #rateLimit: RateLimit | undefined;

  constructor(options: RegistryClientOptions) {
    this.registry = options.registry;
    this.#options = options;
    this.#auth = new Authenticator({
      registry: options.registry,
      credentials: options.credentials,
      transport: options.transport,
      tokens: options.tokens,
      secret: options.secret,
      logger: options.logger,
      allowHttpRealm: () => options.allowHttp,
    });
  }

  /** The last pull allowance the registry reported (Docker Hub), if any. */
  get rateLimit(): RateLimit | undefined {
    return this.#rateLimit;
  }

  get usesChunkedUploads(): boolean {
    return this.#chunkedUploads;
  }

  /** Declare access this run needs, before the first request, so a single token covers all of it. */
  requireScope(repository: string, ...actions: Array<'pull' | 'push'>): void {
    const set = this.#scopes.get(repository) ?? new Set<string>();
    for (const action of actions) set.add(action);
    this.#scopes.set(repository, set);
  }

  #scopeList(): string[] {
    return [...this.#scopes].map(([repository, actions]) => repositoryScope(repository, [...actions]));
  }

  /** The API base URL, found once: HTTPS, or plain HTTP where allowed and the server does not speak TLS. */
  baseUrl(): Promise<URL> {
    this.#base ??= this.#ping();
    return this.#base;
  }

  async #ping(): Promise<URL> {
    const host = apiHost(this.registry);
    const { transport } = this.#options;
    const secure = new URL(`https://${host}/v2/`);
    let base = secure;
    let response: Response;
    if (!this.#options.allowHttp) {
      try {
        response = await transport.send({ method: 'GET', url: secure });
      } catch (error) {
        throw this.#networkError('GET', secure, 'reach the registry', error);
      }
    } else {
      // HTTPS is preferred, but a plain-HTTP registry should not cost a failed TLS round trip first: ask both at once.
      // The plain request goes first: setting up TLS costs a few milliseconds of CPU that it need not wait for.
      const plain = new URL(`http://${host}/v2/`);
      const overHttp = settle(transport.send({ method: 'GET', url: plain }));
      const overTls = settle(transport.send({ method: 'GET', url: secure }));
      // A registry's answer over plain HTTP (200, or 401 with a challenge) proves the port speaks plain HTTP, so the
      // TLS attempt can only fail: no need to wait for it. Anything else (a TLS server answers plain HTTP with 400)
      // waits for TLS.
      const first = await Promise.race([
        overHttp.then((r) => ({ over: 'http' as const, r })),
        overTls.then((r) => ({ over: 'tls' as const, r })),
      ]);
      if (first.over === 'http' && 'value' in first.r && (first.r.value.status === 200 || first.r.value.status === 401)) {
        discardWhenSettled(overTls);
        return this.#useProbe(first.r.value, plain);
      }
      const tls = await overTls;
      if ('value' in tls) {
        response = tls.value;
        discardWhenSettled(overHttp);
      } else if (isTlsMismatch(tls.error)) {
        const http = await overHttp;
        if (!('value' in http)) throw this.#networkError('GET', plain, 'reach the registry over HTTP', http.error);
        response = http.value;
        base = plain;
      } else {
        discardWhenSettled(overHttp);
        throw this.#networkError('GET', secure, 'reach the registry', tls.error);
      }
    }
    return this.#useProbe(response, base);
  }

  /** Takes the challenge from the `/v2/` answer; returns the base URL it came from. */
  async #useProbe(response: Response, base: URL): Promise<URL> {
    await response.body.dump().catch(() => undefined);
    if (response.status === 401) {
      const challenge = header(response.headers, 'www-authenticate');
      this.#auth.setChallenge(challenge ? parseChallenges(challenge) : []);
    } else if (response.status !== 200) {
      throw new RegistryError({
        message: `${this.registry} does not look like a container registry: GET /v2/ answered ${response.status}`,
        registry: this.registry,
        method: 'GET',
        url: base,
        status: response.status,
      });
    }
    return base;
  }

  #networkError(method: string, url: URL, what: string, error: unknown): RegistryError {
    let hint = '';
    if (isCertificateError(error)) {
      hint = `; if the registry uses a private CA, point NODE_EXTRA_CA_CERTS at its certificate, or list ${this.registry} in insecure-registries`;
    } else if (isTlsMismatch(error) && !this.#options.allowHttp) {
      hint = `; if ${this.registry} speaks plain HTTP, list it in insecure-registries`;
    }
    return new RegistryError({
      message: `could not ${what} at ${this.registry}: ${describeNetworkError(error)}${hint}`,
      registry: this.registry,
      method,
      url,
      cause: error,
    });
  }

  async #url(path: string): Promise<URL> {
    return new URL(path, await this.baseUrl());
  }

  /** Send with authorization; on 401, fetch a fresh token once (expired, or the registry wants another scope). */
  async #send(
    method: string,
    url: URL,
    what: string,
    headers: Record<string, string> = {},
    body?: Body,
    options: { retryNetworkErrors?: boolean } = {},
  ): Promise<Response> {
    const base = await this.baseUrl();
    const scopes = this.#scopeList();
    // Authorization goes only to the registry's own host, never to an upload URL elsewhere.
    const ownHost = url.host === base.host;
    const authorization = ownHost ? await this.#auth.authorization(scopes) : undefined;
    let response: Response;
    try {
      response = await this.#options.transport.send({ method, url, headers, body, ...options, ...(authorization && { authorization }) });
    } catch (error) {
      if (error instanceof RegistryError) throw error;
      throw this.#networkError(method, url, what, error);
    }
    this.#noteRateLimit(response);
    const replayable = body === undefined || typeof body === 'string' || Buffer.isBuffer(body);
    if (response.status === 401 && ownHost && !replayable) {
      // A streamed body cannot be sent twice; drop the token so the caller's retry (with fresh bytes) gets a new one.
      this.#auth.invalidate(scopes);
    }
    if (response.status === 401 && ownHost && replayable) {
      const challengeText = header(response.headers, 'www-authenticate');
      await response.body.dump().catch(() => undefined);
      if (challengeText) {
        const challenges = parseChallenges(challengeText);
        this.#auth.setChallenge(challenges);
        const wanted = challenges.find((c) => c.scheme === 'bearer')?.params['scope'];
        for (const scope of wanted?.split(' ') ?? []) {
          const [, repository, actions] = /^repository:(.+):([a-z,*]+)$/.exec(scope) ?? [];
          if (repository && actions) this.requireScope(repository, ...(actions.split(',') as Array<'pull' | 'push'>));
        }
      }
      this.#auth.invalidate(scopes);
      const retried = await this.#auth.authorization(this.#scopeList());
      response = await this.#options.transport.send({ method, url, headers, body, ...(retried && { authorization: retried }) });
      this.#noteRateLimit(response);
    }
    return response;
  }

  #noteRateLimit(response: Response): void {
    const remaining = header(response.headers, 'ratelimit-remaining');
    const limit = header(response.headers, 'ratelimit-limit');
    if (remaining === undefined || limit === undefined) return;
    // Format: `100;w=21600` (count; window in seconds).
    const [limitMatch, remainingMatch] = [limit, remaining].map((v) => /^(\d+)(?:;w=(\d+))?/.exec(v.trim()));
    if (!limitMatch || !remainingMatch) return;
    this.#rateLimit = {
      limit: Number(limitMatch[1]),
      remaining: Number(remainingMatch[1]),
      windowSeconds: limitMatch[2] === undefined ? undefined : Number(limitMatch[2]),
    };
  }

  /** Turn a failed response into a RegistryError whose message says what we were doing and what the registry said. */
  async #fail(response: Response, method: string, url: URL, what: string): Promise<never> {
    const text = method === 'HEAD' ? '' : ((await readLimited(response.body, MAX_ERROR_BODY).catch(() => '')) ?? '');
    const codes = parseErrorBody(text);
    const message =
      response.status === 401 && this.#options.credentials === undefined
        ? `${this.registry} requires authentication to ${what}, and no credentials were found for it; pass username and password (or credentials), or log in so Docker's config.json has them`
        : describeStatus(response.status, this.registry, what, codes);
    throw new RegistryError({
      message,
      registry: this.registry,
      method,
      url,
      status: response.status,
      codes,
    });
  }

  /** HEAD a manifest: digest and media type without the bytes (not counted as a pull by Docker Hub). Undefined on 404. */
  async headManifest(repository: string, reference: string): Promise<ManifestHead | undefined> {
    const url = await this.#url(`${repository}/manifests/${reference}`);
    const what = `read ${repository}:${reference}`;
    const response = await this.#send('HEAD', url, what, { accept: MANIFEST_ACCEPT });
    await response.body.dump().catch(() => undefined);
    if (response.status === 404) return undefined;
    if (response.status !== 200) await this.#fail(response, 'HEAD', url, what);
    const digest = header(response.headers, 'docker-content-digest');
    const length = header(response.headers, 'content-length');
    return {
      digest: digest && isValidDigest(digest) ? digest : undefined,
      mediaType: baseMediaType(header(response.headers, 'content-type')),
      size: length === undefined ? undefined : Number(length),
    };
  }

  /** GET a manifest and verify its bytes: against the digest asked for, else the digest the registry claims. */
  async getManifest(repository: string, reference: string): Promise<Manifest> {
    const url = await this.#url(`${repository}/manifests/${reference}`);
    const named = `${repository}${reference.includes(':') ? '@' : ':'}${reference}`;
    const what = `read ${named}`;
    for (let attempt = 1; ; attempt++) {
      const response = await this.#send('GET', url, what, { accept: MANIFEST_ACCEPT });
      if (response.status === 404) {
        await response.body.dump().catch(() => undefined);
        throw new RegistryError({
          message: `${named} was not found on ${this.registry}`,
          registry: this.registry,
          method: 'GET',
          url,
          status: 404,
          codes: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }],
        });
      }
      if (response.status !== 200) await this.#fail(response, 'GET', url, what);
      const tooLarge = (size: string): RegistryError =>
        new RegistryError({
          message: `${what}: the manifest is ${size} bytes, over the ${MAX_MANIFEST_BYTES}-byte limit`,
          registry: this.registry,
          method: 'GET',
          url,
          status: 200,
        });
      const claimed = header(response.headers, 'content-length');
      if (claimed !== undefined && Number(claimed) > MAX_MANIFEST_BYTES) {
        discard(response.body);
        throw tooLarge(claimed);
      }
      let bytes: Buffer;
      try {
        bytes = await readManifestBody(response.body, () => tooLarge('more than that'));
      } catch (error) {
        if (error instanceof RegistryError) throw error;
        // The connection broke while the body was arriving: a fresh GET, within the transport's attempts.
        if (attempt < this.#options.transport.retry.attempts && isRetryableError(error)) {
          this.#options.logger.info(
            `Retrying GET ${redactUrl(url)} after the manifest body broke off: ${describeNetworkError(error)} (attempt ${attempt + 1}).`,
          );
          continue;
        }
        throw this.#networkError('GET', url, what, error);
      }
      const expected = isValidDigest(reference) ? reference : header(response.headers, 'docker-content-digest');
      const actual = digestOf(bytes, expected && isValidDigest(expected) ? expected : 'sha256:');
      if (expected !== undefined && isValidDigest(expected) && actual !== expected) {
        throw new RegistryError({
          message: `${what}: the manifest bytes hash to ${actual}, not ${expected}; refusing to trust them`,
          registry: this.registry,
          method: 'GET',
          url,
          status: 200,
          codes: [{ code: 'DIGEST_INVALID', message: 'manifest digest mismatch' }],
        });
      }
      return parseManifest(bytes, header(response.headers, 'content-type'), actual);
    }
  }

  /** PUT the exact manifest bytes under a tag or digest; returns the digest the registry stored them under. */
  async putManifest(repository: string, reference: string, manifest: Pick<Manifest, 'bytes' | 'mediaType' | 'digest'>): Promise<string> {
    const url = await this.#url(`${repository}/manifests/${reference}`);
    const what = `push the manifest ${repository}${reference.includes(':') ? '@' : ':'}${reference}`;
    // MANIFEST_BLOB_UNKNOWN right after the blobs went up is eventual consistency in some registries: retry briefly.
    for (let attempt = 1; ; attempt++) {
      const response = await this.#send('PUT', url, what, { 'content-type': manifest.mediaType }, manifest.bytes);
      if (response.status === 201 || response.status === 200 || response.status === 202) {
        await response.body.dump().catch(() => undefined);
        const stored = header(response.headers, 'docker-content-digest');
        if (stored && isValidDigest(stored) && stored !== manifest.digest) {
          throw new RegistryError({
            message: `${this.registry} stored ${what} under ${stored} instead of ${manifest.digest}; it rewrote the manifest`,
            registry: this.registry,
            method: 'PUT',
            url,
            status: response.status,
          });
        }
        return manifest.digest;
      }
      const text = (await readLimited(response.body, MAX_ERROR_BODY).catch(() => '')) ?? '';
      const codes = parseErrorBody(text);
      if (codes.some((c) => c.code === 'MANIFEST_BLOB_UNKNOWN' || c.code === 'BLOB_UNKNOWN') && attempt < 4) {
        const delay = Math.round(250 * attempt * (0.75 + Math.random() / 2));
        this.#options.logger.info(
          `Retrying PUT ${redactUrl(url)} in ${delay} ms: ${this.registry} does not see the blobs just pushed yet (MANIFEST_BLOB_UNKNOWN), attempt ${attempt + 1} of 4.`,
        );
        await new Promise((resolve) => setTimeout(resolve, delay));
        continue;
      }
      let message = describeStatus(response.status, this.registry, what, codes);
      if (
        (response.status === 400 || response.status === 415) &&
        codes.some((c) => c.code === 'MANIFEST_INVALID' || c.code === 'UNSUPPORTED')
      ) {
        message += `; the registry may not accept the media type ${manifest.mediaType} (hoist never converts manifests, as that would change the digest)`;
      }
      throw new RegistryError({ message, registry: this.registry, method: 'PUT', url, status: response.status, codes });
    }
  }

  /** Does the repository hold this blob? */
  async hasBlob(repository: string, digest: string): Promise<boolean> {
    const url = await this.#url(`${repository}/blobs/${digest}`);
    const what = `check blob ${digest} in ${repository}`;
    const response = await this.#send('HEAD', url, what);
    await response.body.dump().catch(() => undefined);
    if (response.status === 200) return true;
    if (response.status === 404) return false;
    return this.#fail(response, 'HEAD', url, what);
  }

  /**
   * Cross-repository mount. 201 means the blob is now linked; 202 means the registry started an ordinary upload
   * instead (ECR, or the blob is not in `from`), whose URL we hand back so the upload needs no second POST.
   */
  async mountBlob(repository: string, digest: string, from: string): Promise<MountResult> {
    const url = await this.#url(`${repository}/blobs/uploads/`);
    url.searchParams.set('mount', digest);
    url.searchParams.set('from', from);
    const response = await this.#send('POST', url, `mount blob ${digest} into ${repository}`, { 'content-length': '0' }, Buffer.alloc(0));
    await response.body.dump().catch(() => undefined);
    if (response.status === 201) return { mounted: true };
    const location = header(response.headers, 'location');
    if (response.status === 202 && location) {
      return { mounted: false, session: sessionFrom(response, url), reason: 'the registry started an upload instead' };
    }
    return { mounted: false, reason: `the mount was answered ${response.status}` };
  }

  /** Open an upload session; Location may be relative and carry query parameters, which are kept. */
  async startUpload(repository: string): Promise<UploadSession> {
    const url = await this.#url(`${repository}/blobs/uploads/`);
    const what = `start a blob upload in ${repository}`;
    const response = await this.#send('POST', url, what, { 'content-length': '0' }, Buffer.alloc(0));
    if (response.status !== 202 || !header(response.headers, 'location')) return this.#fail(response, 'POST', url, what);
    await response.body.dump().catch(() => undefined);
    return sessionFrom(response, url);
  }

  /**
   * Upload a whole blob from a stream: one PUT, or PATCH chunks when this registry wants them. A 413 to the
   * single PUT switches this client to chunks and throws, so the caller retries with a fresh stream.
   */
  async uploadBlob(session: UploadSession, digest: string, size: number, body: Readable, repository: string): Promise<void> {
    if (this.#chunkedUploads) return this.#putChunked(session, digest, size, body, repository);
    const url = new URL(session.url);
    url.searchParams.set('digest', digest);
    const what = `upload blob ${digest} to ${repository}`;
    const response = await this.#send(
      'PUT',
      url,
      what,
      { 'content-type': 'application/octet-stream', 'content-length': String(size) },
      body,
    );
    if (response.status === 201 || response.status === 204) {
      await response.body.dump().catch(() => undefined);
      return;
    }
    if (response.status === 413) {
      this.#chunkedUploads = true;
      this.#options.logger.info(
        `${this.registry} refused a ${size}-byte upload in one request (413); sending blobs in chunks from now on.`,
      );
    }
    return this.#fail(response, 'PUT', url, what);
  }

  async #putChunked(session: UploadSession, digest: string, size: number, body: Readable, repository: string): Promise<void> {
    const what = `upload blob ${digest} to ${repository} in chunks`;
    const chunkSize = Math.max(session.minChunkSize ?? 0, DEFAULT_CHUNK_SIZE);
    let url = session.url;
    let offset = 0;
    for await (const chunk of rechunk(body, chunkSize)) {
      let pending = chunk;
      let start = offset;
      for (let attempt = 1; pending.length > 0; attempt++) {
        const end = start + pending.length - 1;
        // Undefined when the connection broke: never replayed blindly, as part of the chunk may have landed.
        let response: Response | undefined;
        try {
          response = await this.#send(
            'PATCH',
            url,
            what,
            {
              'content-type': 'application/octet-stream',
              'content-length': String(pending.length),
              'content-range': `${start}-${end}`,
            },
            pending,
            { retryNetworkErrors: false },
          );
        } catch (error) {
          if (!(error instanceof RegistryError) || error.status !== undefined || attempt > 3) throw error;
          this.#options.logger.info(
            `The connection broke while sending bytes ${start}-${end} of ${digest}; asking ${this.registry} how much arrived.`,
          );
        }
        if (response) {
          if (response.status === 202 || response.status === 204) {
            await response.body.dump().catch(() => undefined);
            url = locationOr(response, url);
            break;
          }
          if (response.status !== 416 || attempt > 3) return this.#fail(response, 'PATCH', url, what);
          await response.body.dump().catch(() => undefined);
        }
        // 416 or a broken connection: the registry holds a different amount than we assumed; ask it, resend from there.
        const received = await this.#uploadOffset(url, what);
        if (received < offset || received > end + 1) {
          throw new RegistryError({
            message: `${this.registry} reports ${received} bytes of ${digest} received, outside the chunk being sent; cannot resume`,
            registry: this.registry,
            method: 'PATCH',
            url,
            status: 416,
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
        registry: this.registry,
        method: 'PATCH',
        url,
      });
    }
    const done = new URL(url);
    done.searchParams.set('digest', digest);
    const response = await this.#send('PUT', done, what, { 'content-length': '0' }, Buffer.alloc(0));
    if (response.status === 201 || response.status === 204) {
      await response.body.dump().catch(() => undefined);
      return;
    }
    return this.#fail(response, 'PUT', done, what);
  }

  /** How many bytes of an upload the registry holds (`Range: 0-N` means N+1). */
  async #uploadOffset(url: URL, what: string): Promise<number> {
    const response = await this.#send('GET', url, what);
    if (response.status !== 204 && response.status !== 200) return this.#fail(response, 'GET', url, what);
    await response.body.dump().catch(() => undefined);
    const range = /^(?:bytes=)?0-(\d+)$/.exec(header(response.headers, 'range') ?? '');
    return range ? Number(range[1]) + 1 : 0;
  }

  /** Stream a blob, verified: the returned stream errors if size or digest differ, so nothing unverified is trusted. */
  async getBlob(repository: string, digest: string, size: number | undefined, onBytes?: (n: number) => void): Promise<Readable> {
    const url = await this.#url(`${repository}/blobs/${digest}`);
    const what = `read blob ${digest} from ${repository}`;
    const response = await this.#send('GET', url, what);
    if (response.status !== 200) return this.#fail(response, 'GET', url, what);
    const verifier = new VerifyingStream(digest, size, `blob ${digest} from ${this.registry}/${repository}`, onBytes);
    response.body.on('error', (error) =>
      verifier.destroy(
        new RegistryError({
          message: `the download of blob ${digest} from ${this.registry}/${repository} broke off: ${describeNetworkError(error)}`,
          registry: this.registry,
          method: 'GET',
          url,
          cause: error,
        }),
      ),
    );
    verifier.on('close', () => {
      if (!response.body.readableEnded) discard(response.body);
    });
    return response.body.pipe(verifier);
  }

  /** All tags of a repository, following `Link` pagination. */
  async listTags(repository: string, pageSize = 1000): Promise<string[]> {
    let url: URL | undefined = await this.#url(`${repository}/tags/list?n=${pageSize}`);
    const tags: string[] = [];
    while (url) {
      const what = `list the tags of ${repository}`;
      const response = await this.#send('GET', url, what);
      if (response.status !== 200) return this.#fail(response, 'GET', url, what);
      const text = await readLimited(response.body, 16 * 1024 * 1024);
      const json = JSON.parse(text ?? '{}') as { tags?: unknown };
      if (Array.isArray(json.tags)) tags.push(...json.tags.filter((t): t is string => typeof t === 'string'));
      const link = header(response.headers, 'link');
      const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
      url = next ? new URL(next, url) : undefined;
    }
    return tags;
  }
}

function errorText(error: unknown): string {
  let text = '';
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    text += ` ${(current as { code?: string }).code ?? ''} ${(current as { message?: string }).message ?? ''}`;
    current = (current as { cause?: unknown }).cause;
  }
  return text;
}

/** The server answered a TLS hello with something that is not TLS: it speaks plain HTTP. */
function isTlsMismatch(error: unknown): boolean {
  return /wrong version number|WRONG_VERSION_NUMBER|EPROTO|packet length too long|http request/i.test(errorText(error));
}

function isCertificateError(error: unknown): boolean {
  return /CERT|self[- ]signed|unable to verify|UNABLE_TO_GET_ISSUER/i.test(errorText(error));
}

function sessionFrom(response: Response, requestUrl: URL): UploadSession {
  const min = Number(header(response.headers, 'oci-chunk-min-length'));
  return { url: locationOr(response, requestUrl), minChunkSize: Number.isSafeInteger(min) && min > 0 ? min : undefined };
}

function locationOr(response: Response, base: URL): URL {
  const location = header(response.headers, 'location');
  return location ? new URL(location, base) : base;
}

/** Re-slice a byte stream into chunks of exactly `size` bytes (the last may be shorter); holds one chunk at most. */
export async function* rechunk(stream: AsyncIterable<Buffer>, size: number): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
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
  if (held > 0) yield Buffer.concat(parts);
}

/** Drop a response body we will not read. The listener matters: destroying an undici body emits 'error'. */
function discard(body: Response['body']): void {
  body.on('error', () => undefined);
  body.destroy();
}

/** Read a manifest body, refusing more than MAX_MANIFEST_BYTES (a missing Content-Length does not lift the limit). */
async function readManifestBody(body: Response['body'], tooLarge: () => Error): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > MAX_MANIFEST_BYTES) {
      discard(body);
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The probe nobody waits for: read its body away when it answers, so its connection goes back to the pool. */
function discardWhenSettled(probe: Promise<{ value: Response } | { error: unknown }>): void {
  void probe.then((other) => ('value' in other ? other.value.body.dump().catch(() => undefined) : undefined));
}

function settle<T>(promise: Promise<T>): Promise<{ value: T } | { error: unknown }> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}
