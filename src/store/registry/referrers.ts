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
