// A release's targets: a repository written without a tag receives the version's tags — the exact version, and the
// floating tags its rules let move (`v1.2`, `v1`, `latest`), decided from that repository's own tag list. Targets
// written with a tag are written as given. The tag lists are read beside the source's resolution.
import type { Endpoint } from '../copy/resolve.ts';
import type { Store } from '../store/store.ts';
import type { OverwritePolicy } from './overwrite.ts';
import { releaseTags, type FloatingTag } from './release-tags.ts';
import type { ReleaseVersion } from './version.ts';

export interface Release {
  readonly version: ReleaseVersion;
  readonly floating: readonly FloatingTag[];
}

export interface ReleaseTarget {
  readonly store: Store;
  /** The tag the user wrote; undefined for a repository written alone (`ghcr.io/acme/app`). */
  readonly tag: string | undefined;
  readonly digest?: string | undefined;
}

/** The endpoints to write, in the order given; each repository's tags are listed once. */
export async function releaseEndpoints(
  targets: readonly ReleaseTarget[],
  release: Release | undefined,
  overwrite: OverwritePolicy,
): Promise<Endpoint[]> {
  const lists = new Map<Store, Promise<string[]>>();
  const tagsOf = (store: Store): Promise<string[]> => {
    let list = lists.get(store);
    if (!list) {
      list = store.listTags();
      lists.set(store, list);
    }
    return list;
  };
  const expanded = await Promise.all(
    targets.map(async (target): Promise<Endpoint[]> => {
      if (target.tag !== undefined || target.digest !== undefined || release === undefined) {
        const { tag, digest } = target;
        return [{ store: target.store, tag, digest, text: text(target.store, tag, digest), overwrite }];
      }
      const existingTags = await tagsOf(target.store);
      return releaseTags({ version: release.version, floating: release.floating, existingTags }).map((rt) => ({
        store: target.store,
        tag: rt.tag,
        text: text(target.store, rt.tag, undefined),
        overwrite,
        ...(rt.kind !== 'version' && { follows: text(target.store, release.version.text, undefined) }),
        ...(rt.action === 'skip' && { skip: rt.reason ?? `${rt.tag} stays where it is` }),
      }));
    }),
  );
  return expanded.flat();
}

function text(store: Store, tag: string | undefined, digest: string | undefined): string {
  return `${store.name}${tag !== undefined ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`;
}
