// Manifests over the distribution API: HEAD (digest and type, no bytes), GET verified against its digest, PUT of the
// exact bytes. Schema 1 is recognised by its media type before any digest check: registries re-sign it on every
// GET, so its digest never matches and "digest mismatch" would be the wrong thing to tell a user.
import { digestOf, isDigest } from '../../oci/digest.ts';
import { MAX_MANIFEST_BYTES, parseManifest, type Manifest } from '../../oci/manifest.ts';
import { DOCKER_SCHEMA1, DOCKER_SCHEMA1_SIGNED, MANIFEST_ACCEPT, baseMediaType } from '../../oci/media-types.ts';
import { classify, type RetryDecision } from '../../retry/policy.ts';
import { discard, readLimited, readManifestBody } from './body.ts';
import { RegistryError, describeStatus, parseErrorBody, redactUrl } from './errors.ts';
import { connectionError } from './probe.ts';
import type { RegistryRequests } from './requests.ts';
import type { LaneTurn } from './write-lane.ts';
import { PreconditionFailedError, type PutManifestOptions } from '../store.ts';
import { header } from './transport.ts';

export interface ManifestHead {
  /** Undefined when the registry omits Docker-Content-Digest (ECR, some mirrors). */
  digest: string | undefined;
  mediaType: string;
  size: number | undefined;
}

export interface StoredManifest {
  readonly digest: string;
  /** The registry answered with `OCI-Subject`: it indexed the manifest's subject for the referrers API itself. */
  readonly subjectIndexed: boolean;
}

const MAX_ERROR_BODY = 64 * 1024;
/** Tries of a manifest PUT that names blobs the registry does not see yet (eventual consistency), the first included. */
const BLOB_UNKNOWN_ATTEMPTS = 4;
const NOT_RETRIED: RetryDecision = { retryable: false, reason: '' };

/** `repo:tag` or `repo@digest`. */
function named(repository: string, reference: string): string {
  return `${repository}${reference.includes(':') ? '@' : ':'}${reference}`;
}

/** HEAD a manifest: digest and media type without the bytes (not counted as a pull by Docker Hub). Undefined on 404. */
export async function headManifest(api: RegistryRequests, repository: string, reference: string): Promise<ManifestHead | undefined> {
  const url = await api.url(`${repository}/manifests/${reference}`);
  const what = `read ${named(repository, reference)}`;
  const response = await api.send('HEAD', url, what, { accept: MANIFEST_ACCEPT });
  await response.body.dump().catch(() => undefined);
  if (response.status === 404) return undefined;
  if (response.status !== 200) await api.fail(response, 'HEAD', url, what, { operation: 'read manifest', object: reference });
  const digest = header(response.headers, 'docker-content-digest');
  const length = header(response.headers, 'content-length');
  return {
    digest: digest && isDigest(digest) ? digest : undefined,
    mediaType: baseMediaType(header(response.headers, 'content-type')),
    size: length === undefined ? undefined : Number(length),
  };
}

/** GET a manifest and verify its bytes: against the digest asked for, else the digest the registry claims. */
export async function getManifest(api: RegistryRequests, repository: string, reference: string): Promise<Manifest> {
  return (await getVersionedManifest(api, repository, reference)).manifest;
}

/** As getManifest, with the ETag a conditional PUT can name (If-Match), when the registry sends one. */
export async function getVersionedManifest(
  api: RegistryRequests,
  repository: string,
  reference: string,
): Promise<{ manifest: Manifest; etag: string | undefined }> {
  const url = await api.url(`${repository}/manifests/${reference}`);
  const name = named(repository, reference);
  const what = `read ${name}`;
  const fields = { registry: api.registry, method: 'GET', url, operation: 'read manifest', object: reference };
  // Only a body that broke off mid-way is tried again here; statuses were already retried by the transport.
  let broken: unknown;
  return api.policy.run(
    url.host,
    `GET ${redactUrl(url)}`,
    async () => {
      const response = await api.send('GET', url, what, { accept: MANIFEST_ACCEPT });
      if (response.status === 404) {
        await response.body.dump().catch(() => undefined);
        throw new RegistryError({
          ...fields,
          message: `${name} was not found on ${api.registry}`,
          status: 404,
          codes: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }],
        });
      }
      if (response.status !== 200) await api.fail(response, 'GET', url, what, { operation: 'read manifest', object: reference });
      const tooLarge = (size: string): RegistryError =>
        new RegistryError({
          ...fields,
          message: `${what}: the manifest is ${size} bytes, over the ${MAX_MANIFEST_BYTES}-byte limit`,
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
      const expected = isDigest(reference) ? reference : header(response.headers, 'docker-content-digest');
      const actual = digestOf(bytes, expected && isDigest(expected) ? expected : 'sha256:');
      if (expected !== undefined && isDigest(expected) && actual !== expected) {
        throw new RegistryError({
          ...fields,
          message: `${what}: the manifest bytes hash to ${actual}, not ${expected}; refusing to trust them`,
          status: 200,
          codes: [{ code: 'DIGEST_INVALID', message: 'manifest digest mismatch' }],
        });
      }
      return { manifest: parseManifest(bytes, contentType, actual), etag: header(response.headers, 'etag') };
    },
    {
      classify: (error) => {
        if (error !== broken) return NOT_RETRIED;
        const decision = classify(error);
        return { ...decision, reason: `the manifest body broke off: ${(error as Error).message}` };
      },
    },
  );
}

/** The schema 1 media type a response declares, or that its bytes have (`schemaVersion: 1` under a generic type). */
function schema1Type(contentType: string | undefined, bytes: Buffer): string | undefined {
  const type = baseMediaType(contentType);
  if (type === DOCKER_SCHEMA1 || type === DOCKER_SCHEMA1_SIGNED) return type;
  if (type !== '' && type !== 'application/json' && type !== 'text/plain' && type !== 'application/octet-stream') return undefined;
  try {
    const json = JSON.parse(bytes.toString('utf8')) as { schemaVersion?: unknown } | null;
    return json?.schemaVersion === 1 ? `schemaVersion 1 served as ${type === '' ? 'no content type' : type}` : undefined;
  } catch {
    return undefined;
  }
}

/** PUT the exact manifest bytes under a tag or digest. */
export async function putManifest(
  api: RegistryRequests,
  repository: string,
  reference: string,
  manifest: Pick<Manifest, 'bytes' | 'mediaType' | 'digest'>,
  conditions: PutManifestOptions = {},
  turn?: LaneTurn,
): Promise<StoredManifest> {
  const { ifMatch, ifNoneMatch } = conditions;
  const url = await api.url(`${repository}/manifests/${reference}`);
  const what = `push the manifest ${named(repository, reference)}`;
  const fields = { registry: api.registry, method: 'PUT', url, operation: 'push manifest', object: reference };
  // MANIFEST_BLOB_UNKNOWN right after the blobs went up is eventual consistency in some registries: retry briefly.
  const blobsNotSeen = (error: unknown): boolean =>
    error instanceof RegistryError && (error.hasCode('MANIFEST_BLOB_UNKNOWN') || error.hasCode('BLOB_UNKNOWN'));
  return api.policy.run(
    url.host,
    `PUT ${redactUrl(url)}`,
    async () => {
      const headers: Record<string, string> = {
        'content-type': manifest.mediaType,
        ...(ifMatch !== undefined && { 'if-match': ifMatch }),
        ...(ifNoneMatch !== undefined && { 'if-none-match': ifNoneMatch }),
      };
      const response = await api.send('PUT', url, what, headers, manifest.bytes, turn && { turn });
      if (response.status === 412 && (ifMatch !== undefined || ifNoneMatch !== undefined)) {
        await response.body.dump().catch(() => undefined);
        throw new PreconditionFailedError(reference, `${api.registry}/${repository}`);
      }
      if (response.status === 201 || response.status === 200 || response.status === 202) {
        await response.body.dump().catch(() => undefined);
        const stored = header(response.headers, 'docker-content-digest');
        if (stored && isDigest(stored) && stored !== manifest.digest) {
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
      if (
        (response.status === 400 || response.status === 415) &&
        codes.some((c) => c.code === 'MANIFEST_INVALID' || c.code === 'UNSUPPORTED')
      ) {
        message += `; the registry may not accept the media type ${manifest.mediaType} (hoist never converts manifests, as that would change the digest)`;
      }
      throw new RegistryError({ ...fields, message, status: response.status, codes });
    },
    {
      attempts: BLOB_UNKNOWN_ATTEMPTS,
      classify: (error) =>
        blobsNotSeen(error)
          ? { retryable: true, reason: `${api.registry} does not see the blobs just pushed yet (MANIFEST_BLOB_UNKNOWN)` }
          : NOT_RETRIED,
    },
  );
}

/**
 * DELETE a manifest by digest: the registry removes it and every tag pointing at it. False when it was not there.
 * Distribution answers 405 UNSUPPORTED unless `storage.delete.enabled` is set.
 */
export async function deleteManifest(api: RegistryRequests, repository: string, digest: string): Promise<boolean> {
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
