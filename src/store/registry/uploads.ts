// Blob uploads (distribution spec "pushing blobs"): open a session, then one monolithic PUT, or PATCH chunks and a
// closing PUT, resuming a chunk from what the registry holds when its connection broke or the registry disagrees
// about the offset (416). A registry that refuses a monolithic upload (413) gets chunks from then on. A blob whose
// digest is learnt only as its bytes end (a layer gzipped while it is sent) goes as one streamed PATCH, closed by
// the PUT that names the digest, as docker push does; it is not resumed: the caller falls back to a whole upload.
import type { Readable } from 'node:stream';
import type { Descriptor } from '../../oci/manifest.ts';
import { classify, type RetryDecision } from '../../retry/policy.ts';
import { rechunk } from './body.ts';
import { RegistryError, redactUrl } from './errors.ts';
import type { RegistryRequests } from './requests.ts';
import { header, type Response } from './transport.ts';

/** An open blob upload: where to send it, and the smallest chunk the registry accepts (OCI-Chunk-Min-Length). */
export interface UploadSession {
  readonly url: URL;
  readonly minChunkSize: number | undefined;
}

/** Chunk size for PATCH uploads: big enough to keep round trips few, small enough to hold in memory. */
export const DEFAULT_CHUNK_SIZE = 16 * 1024 * 1024;

/** Tries of one chunk, the first included, before the upload fails (each resumes from what arrived). */
const CHUNK_ATTEMPTS = 4;

export function sessionFrom(response: Response, requestUrl: URL): UploadSession {
  const min = Number(header(response.headers, 'oci-chunk-min-length'));
  return { url: locationOr(response, requestUrl), minChunkSize: Number.isSafeInteger(min) && min > 0 ? min : undefined };
}

function locationOr(response: Response, base: URL): URL {
  const location = header(response.headers, 'location');
  return location ? new URL(location, base) : base;
}

export class BlobUploads {
  readonly #api: RegistryRequests;
  /** Set once the registry refused a monolithic upload (413): later blobs go up in chunks straight away. */
  #chunked = false;

  constructor(api: RegistryRequests) {
    this.#api = api;
  }

  get chunked(): boolean {
    return this.#chunked;
  }

  /** Open an upload session; Location may be relative and carry query parameters, which are kept. */
  async start(repository: string): Promise<UploadSession> {
    const url = await this.#api.url(`${repository}/blobs/uploads/`);
    const what = `start a blob upload in ${repository}`;
    const response = await this.#api.send('POST', url, what, { 'content-length': '0' }, Buffer.alloc(0));
    if (response.status !== 202 || !header(response.headers, 'location'))
      return this.#api.fail(response, 'POST', url, what, { operation: 'start a blob upload', upload: true });
    await response.body.dump().catch(() => undefined);
    return sessionFrom(response, url);
  }

  /** Cancel a session whose bytes will not come (DELETE, as the spec offers); the registry would purge it anyway. */
  async cancel(session: UploadSession, repository: string): Promise<void> {
    const what = `cancel an unneeded blob upload in ${repository}`;
    const response = await this.#api.send('DELETE', session.url, what, {}, undefined, { retryNetworkErrors: false });
    await response.body.dump().catch(() => undefined);
  }

  /**
   * Upload a whole blob from a stream: one PUT, or PATCH chunks when this registry wants them. A 413 to the single
   * PUT throws an error that says to try again (with fresh bytes): the next attempt goes up in chunks.
   */
  async upload(session: UploadSession, digest: string, size: number, body: Readable, repository: string): Promise<void> {
    if (this.#chunked) return this.#putChunked(session, digest, size, body, repository);
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
      this.#api.logger.info(
        `${this.#api.registry} refused a ${size}-byte upload in one request (413); sending blobs in chunks from now on.`,
      );
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
  async uploadAsMade(session: UploadSession, body: Readable, made: Promise<Descriptor>, repository: string): Promise<void> {
    const api = this.#api;
    const what = `upload a blob to ${repository} while it is made`;
    const context = { operation: 'upload blob', upload: true };
    const headers = { 'content-type': 'application/octet-stream' };
    const response = await api.send('PATCH', session.url, what, headers, body, { retryNetworkErrors: false });
    if (response.status !== 202 && response.status !== 204) return api.fail(response, 'PATCH', session.url, what, context);
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

  async #putChunked(session: UploadSession, digest: string, size: number, body: Readable, repository: string): Promise<void> {
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
        let response: Response | undefined;
        let decision: RetryDecision;
        try {
          response = await api.send(
            'PATCH',
            url,
            what,
            { 'content-type': 'application/octet-stream', 'content-length': String(pending.length), 'content-range': `${start}-${end}` },
            pending,
            { retryNetworkErrors: false },
          );
        } catch (error) {
          if (!(error instanceof RegistryError) || error.status !== undefined) throw error;
          decision = classify(error);
          const delay = api.policy.nextDelay(url.host, attempt, decision, CHUNK_ATTEMPTS);
          if (delay === undefined) throw error;
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
          if (delay === undefined) return api.fail(response, 'PATCH', url, what, context);
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
  async #resumeAfter(delayMs: number, url: URL, attempt: number, reason: string): Promise<void> {
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
  async #uploadOffset(url: URL, what: string): Promise<number> {
    const response = await this.#api.send('GET', url, what);
    if (response.status !== 204 && response.status !== 200)
      return this.#api.fail(response, 'GET', url, what, { operation: 'upload blob', upload: true });
    await response.body.dump().catch(() => undefined);
    const range = /^(?:bytes=)?0-(\d+)$/.exec(header(response.headers, 'range') ?? '');
    return range ? Number(range[1]) + 1 : 0;
  }
}
