// Image names as docker save and docker load write them: RepoTags in the familiar form (`app:1`,
// `ghcr.io/acme/app:1`), compared in the normalised form (`docker.io/library/app:1`) so either spelling matches.
import { formatReference, parseReference } from '../../oci/reference.ts';

/** `app:1` → `docker.io/library/app:1`; undefined when it is not NAME:TAG. */
export function normalisedName(name: string): string | undefined {
  try {
    const ref = parseReference(name);
    return ref.digest === undefined ? formatReference(ref) : undefined;
  } catch {
    return undefined;
  }
}

/** `docker.io/library/app:1` → `app:1`, as Docker prints and writes it. */
export function familiarName(name: string): string {
  const ref = parseReference(name);
  let repository = ref.repository;
  if (ref.registry === 'docker.io' && repository.startsWith('library/') && !repository.slice(8).includes('/'))
    repository = repository.slice(8);
  const prefix = ref.registry === 'docker.io' ? '' : `${ref.registry}/`;
  return `${prefix}${repository}:${ref.tag ?? 'latest'}`;
}

/** Whether two names are one image name, however spelled. */
export function sameName(a: string, b: string): boolean {
  const left = normalisedName(a);
  return left !== undefined && left === normalisedName(b);
}
