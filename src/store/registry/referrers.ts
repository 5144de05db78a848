// The OCI 1.1 referrers API: `GET /v2/<name>/referrers/<digest>`, an index of the manifests whose subject is the
// digest, in pages linked by `Link`. A registry without the API answers 404 (distribution 2.8 does); the caller then
// reads the fallback tag instead, so any answer but 200 means "not offered here", never a failed copy.
import { digestOf } from '../../oci/digest.ts';
import { parseManifest, type Descriptor } from '../../oci/manifest.ts';
import { OCI_INDEX } from '../../oci/media-types.ts';
import { readLimited } from './body.ts';
import type { RegistryRequests } from './requests.ts';
import { header } from './transport.ts';

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
export async function offersReferrersApi(api: RegistryRequests, repository: string): Promise<boolean | undefined> {
  const url = await api.url(`${repository}/referrers/${NO_SUBJECT}`);
  const response = await api.send('GET', url, `ask whether ${repository} offers the referrers API`, { accept: OCI_INDEX });
  const body = (await readLimited(response.body, 64 * 1024).catch(() => undefined)) ?? '';
  if (response.status === 200) return true;
  if (response.status === 404 && !/"code"\s*:\s*"MANIFEST_UNKNOWN"/.test(body)) return false;
  return undefined;
}

export async function listReferrers(api: RegistryRequests, repository: string, digest: string): Promise<Descriptor[] | undefined> {
  let url: URL | undefined = await api.url(`${repository}/referrers/${digest}`);
  const what = `list the referrers of ${digest} in ${repository}`;
  const found: Descriptor[] = [];
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const response = await api.send('GET', url, what, { accept: OCI_INDEX });
    if (response.status !== 200) {
      await response.body.dump().catch(() => undefined);
      if (page === 0) return undefined;
      return api.fail(response, 'GET', url, what, { operation: 'read manifest', object: digest });
    }
    const bytes = Buffer.from((await readLimited(response.body, MAX_PAGE_BYTES)) ?? '');
    // Not content-addressed: parsed for its descriptors (each one still verified when its manifest is read).
    found.push(...parseManifest(bytes, OCI_INDEX, digestOf(bytes)).manifests);
    const link = header(response.headers, 'link');
    const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
    url = next ? new URL(next, url) : undefined;
  }
  return found;
}
