// The two questions asked before anything moves: which digest is the source, and what does each target hold now.
import type { Manifest } from '../oci/manifest.ts';
import type { OverwritePolicy } from '../tags/overwrite.ts';
import { NotFoundError, type Store } from '../store/store.ts';
import { copyError } from './copy-error.ts';

/** Where an image is read from or written to: a store, and a tag and/or digest in it. */
export interface Endpoint {
  readonly store: Store;
  readonly tag?: string | undefined;
  readonly digest?: string | undefined;
  /** As the user wrote it, normalised: `ghcr.io/acme/app:v1`. */
  readonly text: string;
  /** For a target: whether its tag may be moved off another digest (default always). */
  readonly overwrite?: OverwritePolicy | undefined;
  /**
   * For a release's floating tag (`v1`, `latest`): the exact version tag it follows. It exists to move, so
   * `overwrite: never` does not guard it; but it does not move when its version tag was refused.
   */
  readonly follows?: string | undefined;
  /** For a target a rule keeps where it is: the reason, as a sentence. Nothing is asked or written for it. */
  readonly skip?: string | undefined;
}

export interface ResolvedSource {
  readonly digest: string;
  /** The root manifest, when resolving it came with the bytes. */
  readonly manifest: Manifest | undefined;
  /** A tag that points elsewhere than the digest given with it (`app:v1@sha256:…`): the digest wins, as in Docker. */
  readonly warning: string | undefined;
}

export async function resolveSource(source: Endpoint): Promise<ResolvedSource> {
  const reference = source.digest ?? source.tag;
  if (reference === undefined) throw new Error(`${source.text} names neither a tag nor a digest`);
  // Both given: the digest decides; the tag is asked at the same time only to say when it disagrees.
  const tagCheck =
    source.digest !== undefined && source.tag !== undefined ? source.store.resolve(source.tag).catch(() => undefined) : undefined;
  let resolved;
  try {
    resolved = await source.store.resolve(reference, { wantBytes: true });
  } catch (error) {
    throw copyError('source', 'resolve', reference, source.text, error);
  }
  if (!resolved) throw copyError('source', 'resolve', reference, source.text, new NotFoundError(reference, source.store.name));
  const tagged = await tagCheck;
  const warning =
    tagged && tagged.digest !== resolved.digest
      ? `The source ${source.text} names tag ${source.tag}, which points at ${tagged.digest}, and digest ${source.digest}: copying ${source.digest}, as Docker would; drop the tag or the digest to say which you mean.`
      : undefined;
  return { digest: resolved.digest, manifest: resolved.manifest, warning };
}

/** What the target's tag (or digest) points at now; undefined when nothing does yet. */
export async function currentDigest(target: Endpoint): Promise<string | undefined> {
  const reference = target.tag ?? target.digest;
  // A file target named by neither (`oci:./out`): the image is added by its digest, whatever is there.
  if (reference === undefined) return undefined;
  try {
    return (await target.store.resolve(reference))?.digest;
  } catch (error) {
    throw copyError('target', 'resolve', reference, target.text, error);
  }
}
