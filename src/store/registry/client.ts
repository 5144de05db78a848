// One registry over the distribution API. The protocol steps live beside this file, one concern each (probe,
// manifests, blobs, uploads); this class holds what they share: the API base, the authenticator with the run's
// scopes (declared up front so one token covers everything a copy needs here), and the last rate limit seen.
import type { Readable } from 'node:stream';
import type { Logger, SecretSink } from '../../log.ts';
import type { Manifest } from '../../oci/manifest.ts';
import type { RetryPolicy } from '../../retry/policy.ts';
import { Authenticator, type Credentials } from './auth.ts';
import { getBlob, hasBlob, mountBlob, type BlobMount } from './blobs.ts';
import { readLimited } from './body.ts';
import { RegistryError, describeStatus, parseErrorBody } from './errors.ts';
import type { Descriptor } from '../../oci/manifest.ts';
import {
  deleteManifest,
  getManifest,
  getVersionedManifest,
  headManifest,
  putManifest,
  type ManifestHead,
  type StoredManifest,
} from './manifests.ts';
import { listReferrers, offersReferrersApi } from './referrers.ts';
import { connectionError, probe } from './probe.ts';
import { parseRateLimit, type RateLimit } from './rate-limit.ts';
import { RegistryStore } from './registry-store.ts';
import type { PutManifestOptions } from '../store.ts';
import type { FailureContext, RegistryRequests } from './requests.ts';
import type { TokenCache } from './token-cache.ts';
import { header, parseRetryAfter, type Body, type Response, type Transport } from './transport.ts';
import { BlobUploads, type UploadSession } from './uploads.ts';
import type { LaneTurn, WriteLane } from './write-lane.ts';

export type { ManifestHead } from './manifests.ts';
export type { RateLimit } from './rate-limit.ts';
export type { UploadSession } from './uploads.ts';
export type MountResult = BlobMount;

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
  /** The run's retry policy; the transport's when not given. */
  policy?: RetryPolicy;
}

const MAX_ERROR_BODY = 64 * 1024;

export class RegistryClient {
  readonly registry: string;
  readonly #options: RegistryClientOptions;
  readonly #auth: Authenticator;
  readonly #api: RegistryRequests;
  readonly #uploads: BlobUploads;
  readonly #stores = new Map<string, RegistryStore>();
  #base: Promise<URL> | undefined;
  #rateLimit: RateLimit | undefined;

  constructor(options: RegistryClientOptions) {
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
  get rateLimit(): RateLimit | undefined {
    return this.#rateLimit;
  }

  /**
   * Whether a 413 switched this client to chunked uploads. Only for the copy engine of v1, which decides retries
   * itself; the 413 error now says it is worth another try (retryReason 'the registry wants chunked uploads').
   */
  get usesChunkedUploads(): boolean {
    return this.#uploads.chunked;
  }

  /** Declare access this run needs, before the first request, so a single token covers all of it. */
  requireScope(repository: string, ...actions: Array<'pull' | 'push'>): void {
    this.#auth.requireScope(repository, ...actions);
  }

  /** The Store for one repository here; declares its scope (`pull`, or `pull,push`), so call it before any request. */
  repository(name: string, access: 'pull' | 'push'): RegistryStore {
    this.requireScope(name, ...(access === 'push' ? (['pull', 'push'] as const) : (['pull'] as const)));
    let store = this.#stores.get(name);
    if (!store) {
      store = new RegistryStore(this, name);
      this.#stores.set(name, store);
    }
    return store;
  }

  /** The API base URL, found once: HTTPS, or plain HTTP where allowed and the server does not speak TLS. */
  baseUrl(): Promise<URL> {
    this.#base ??= probe({ registry: this.registry, transport: this.#options.transport, allowHttp: this.#options.allowHttp }).then(
      ({ base, challenges }) => {
        if (challenges.length > 0) this.#auth.setChallenge(challenges);
        return base;
      },
    );
    return this.#base;
  }

  async #send(
    method: string,
    url: URL,
    what: string,
    headers: Record<string, string> = {},
    body?: Body,
    options: { retryNetworkErrors?: boolean; turn?: LaneTurn } = {},
  ): Promise<Response> {
    const base = await this.baseUrl();
    let response: Response;
    try {
      response = await this.#auth.send({ method, url, headers, body, ...options }, base.host);
    } catch (error) {
      if (error instanceof RegistryError) throw error;
      throw connectionError(this.registry, this.#options.allowHttp, method, url, what, error);
    }
    this.#rateLimit = parseRateLimit(response.headers) ?? this.#rateLimit;
    return response;
  }

  /** Turn a failed response into a RegistryError whose message says what we were doing and what the registry said. */
  async #fail(response: Response, method: string, url: URL, what: string, context: FailureContext = {}): Promise<never> {
    const text = method === 'HEAD' ? '' : ((await readLimited(response.body, MAX_ERROR_BODY).catch(() => '')) ?? '');
    const codes = parseErrorBody(text);
    const message =
      response.status === 401 && this.#options.credentials === undefined
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

  headManifest(repository: string, reference: string): Promise<ManifestHead | undefined> {
    return headManifest(this.#api, repository, reference);
  }

  getManifest(repository: string, reference: string): Promise<Manifest> {
    return getManifest(this.#api, repository, reference);
  }

  /** PUT the exact manifest bytes under a tag or digest; returns the digest the registry stored them under. */
  async putManifest(repository: string, reference: string, manifest: Pick<Manifest, 'bytes' | 'mediaType' | 'digest'>): Promise<string> {
    return (await putManifest(this.#api, repository, reference, manifest)).digest;
  }

  /** As putManifest, with what else the registry said (whether it indexed the subject); `ifMatch` makes it conditional. */
  storeManifest(
    repository: string,
    reference: string,
    manifest: Pick<Manifest, 'bytes' | 'mediaType' | 'digest'>,
    conditions?: PutManifestOptions,
    turn?: LaneTurn,
  ): Promise<StoredManifest> {
    return putManifest(this.#api, repository, reference, manifest, conditions, turn);
  }

  /**
   * Connect a lane now, with a version check (`GET /v2/`) sent on it, so that its first write finds the connection
   * open (a new TLS connection costs two round trips). Its answer does not matter.
   */
  warmLane(lane: WriteLane): void {
    const turn = lane.turn();
    const warm = this.baseUrl().then((base) =>
      this.#send('GET', base, `check the API version of ${this.registry}`, {}, undefined, { turn }),
    );
    this.#options.transport.finishBeforeClose(warm.then((response) => response.body.dump()).finally(() => turn.sent()));
  }

  getVersionedManifest(repository: string, reference: string): Promise<{ manifest: Manifest; etag: string | undefined }> {
    return getVersionedManifest(this.#api, repository, reference);
  }

  /** DELETE a manifest by digest (and so every tag of it); false when it was not there. */
  deleteManifest(repository: string, digest: string): Promise<boolean> {
    return deleteManifest(this.#api, repository, digest);
  }

  /** The OCI 1.1 referrers API; undefined where the registry does not offer it. */
  referrers(repository: string, digest: string): Promise<Descriptor[] | undefined> {
    return listReferrers(this.#api, repository, digest);
  }

  /** Whether the registry offers the referrers API at all, asked without a subject; undefined when its answer is unclear. */
  offersReferrersApi(repository: string): Promise<boolean | undefined> {
    return offersReferrersApi(this.#api, repository);
  }

  hasBlob(repository: string, digest: string): Promise<boolean> {
    return hasBlob(this.#api, repository, digest);
  }

  mountBlob(repository: string, digest: string, from: string): Promise<MountResult> {
    return mountBlob(this.#api, repository, digest, from);
  }

  startUpload(repository: string): Promise<UploadSession> {
    return this.#uploads.start(repository);
  }

  /** Cancel an upload session in the background; the transport waits for it (briefly) before it closes. */
  cancelUpload(session: Promise<UploadSession>, repository: string): void {
    this.#options.transport.finishBeforeClose(session.then((opened) => this.#uploads.cancel(opened, repository)));
  }

  uploadBlob(session: UploadSession, digest: string, size: number, body: Readable, repository: string): Promise<void> {
    return this.#uploads.upload(session, digest, size, body, repository);
  }

  /** Upload a blob whose digest `made` names once its bytes end (see BlobUploads.uploadAsMade). */
  uploadMadeBlob(session: UploadSession, body: Readable, made: Promise<Descriptor>, repository: string): Promise<void> {
    return this.#uploads.uploadAsMade(session, body, made, repository);
  }

  getBlob(repository: string, digest: string, size: number | undefined, onBytes?: (n: number) => void): Promise<Readable> {
    return getBlob(this.#api, repository, digest, size, onBytes);
  }

  /** All tags of a repository, following `Link` pagination. */
  async listTags(repository: string, pageSize = 1000, maxPages = Infinity): Promise<string[]> {
    let url: URL | undefined = await this.#api.url(`${repository}/tags/list?n=${pageSize}`);
    const tags: string[] = [];
    const what = `list the tags of ${repository}`;
    for (let page = 0; url && page < maxPages; page++) {
      const response = await this.#send('GET', url, what);
      // A repository nobody has pushed to yet has no tags (a release's first push lists them).
      if (response.status === 404 && tags.length === 0) {
        const text = (await readLimited(response.body, MAX_ERROR_BODY).catch(() => '')) ?? '';
        if (parseErrorBody(text).some((c) => c.code === 'NAME_UNKNOWN')) return [];
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
      if (response.status !== 200) return this.#fail(response, 'GET', url, what, { operation: 'list tags', object: repository });
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
