// What every protocol step (manifests, blobs, uploads, tags) needs of its registry: URLs under the API base, an
// authorized send, and one way to turn a failed response into a RegistryError. RegistryClient provides it.
import type { Logger } from '../../log.ts';
import type { RetryPolicy } from '../../retry/policy.ts';
import type { Body, Response } from './transport.ts';
import type { LaneTurn } from './write-lane.ts';

/** What a failure was about, for the error's fields and its retry classification. */
export interface FailureContext {
  /** 'push manifest', 'upload blob', 'read blob', … */
  readonly operation?: string;
  /** The digest or reference. */
  readonly object?: string;
  /** A blob upload: DIGEST_INVALID and its kin are worth a fresh upload. */
  readonly upload?: boolean;
}

export interface RegistryRequests {
  /** Canonical registry name (`docker.io`, `127.0.0.1:5000`). */
  readonly registry: string;
  readonly policy: RetryPolicy;
  readonly logger: Logger;
  /** `path` under the API base (`app/manifests/v1`), found by the probe on first use. */
  url(path: string): Promise<URL>;
  /** Send with authorization (re-authenticating on 401); network failures become RegistryErrors. */
  send(
    method: string,
    url: URL,
    what: string,
    headers?: Record<string, string>,
    body?: Body,
    options?: { retryNetworkErrors?: boolean; turn?: LaneTurn },
  ): Promise<Response>;
  /** Read the error body and throw a RegistryError saying what we were doing and what the registry said. */
  fail(response: Response, method: string, url: URL, what: string, context?: FailureContext): Promise<never>;
}
