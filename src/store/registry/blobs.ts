// Blobs over the distribution API: HEAD, a verified streaming GET, and the cross-repository mount.
import type { Readable } from 'node:stream';
import { VerifyingStream } from '../../oci/digest.ts';
import { discard } from './body.ts';
import { RegistryError } from './errors.ts';
import type { RegistryRequests } from './requests.ts';
import { describeNetworkError, header } from './transport.ts';
import { sessionFrom, type UploadSession } from './uploads.ts';

export type BlobMount = { mounted: true } | { mounted: false; session?: UploadSession; reason: string };

/** Does the repository hold this blob? */
export async function hasBlob(api: RegistryRequests, repository: string, digest: string): Promise<boolean> {
  const url = await api.url(`${repository}/blobs/${digest}`);
  const what = `check blob ${digest} in ${repository}`;
  const response = await api.send('HEAD', url, what);
  await response.body.dump().catch(() => undefined);
  if (response.status === 200) return true;
  if (response.status === 404) return false;
  return api.fail(response, 'HEAD', url, what, { operation: 'check blob', object: digest });
}

/**
 * Cross-repository mount. 201 means the blob is now linked; 202 means the registry started an ordinary upload
 * instead (ECR, or the blob is not in `from`), whose URL we hand back so the upload needs no second POST.
 */
export async function mountBlob(api: RegistryRequests, repository: string, digest: string, from: string): Promise<BlobMount> {
  const url = await api.url(`${repository}/blobs/uploads/`);
  url.searchParams.set('mount', digest);
  url.searchParams.set('from', from);
  const response = await api.send('POST', url, `mount blob ${digest} into ${repository}`, { 'content-length': '0' }, Buffer.alloc(0));
  await response.body.dump().catch(() => undefined);
  if (response.status === 201) return { mounted: true };
  const location = header(response.headers, 'location');
  if (response.status === 202 && location) {
    return { mounted: false, session: sessionFrom(response, url), reason: 'the registry started an upload instead' };
  }
  return { mounted: false, reason: `the mount was answered ${response.status}` };
}

/** Stream a blob, verified: the returned stream errors if size or digest differ, so nothing unverified is trusted. */
export async function getBlob(
  api: RegistryRequests,
  repository: string,
  digest: string,
  size: number | undefined,
  onBytes?: (n: number) => void,
): Promise<Readable> {
  const url = await api.url(`${repository}/blobs/${digest}`);
  const what = `read blob ${digest} from ${repository}`;
  const response = await api.send('GET', url, what);
  if (response.status !== 200) return api.fail(response, 'GET', url, what, { operation: 'read blob', object: digest });
  const verifier = new VerifyingStream(digest, size, `blob ${digest} from ${api.registry}/${repository}`, onBytes);
  response.body.on('error', (error) =>
    verifier.destroy(
      new RegistryError({
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
      }),
    ),
  );
  verifier.on('close', () => {
    if (!response.body.readableEnded) discard(response.body);
  });
  return response.body.pipe(verifier);
}
