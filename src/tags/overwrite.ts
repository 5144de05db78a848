// Whether a tag may be written over what it points at now. `never` makes a published release tag immutable: the
// same bytes again are `unchanged`, other bytes fail that target before its tag moves.
import { OverwriteRefusedError, TagInputError } from './errors.ts';

export type OverwritePolicy = 'always' | 'never';

export const DEFAULT_OVERWRITE: OverwritePolicy = 'always';

/** Parse `always` or `never`; empty means `always`, today's behaviour. */
export function parseOverwrite(text: string): OverwritePolicy {
  const word = text.trim().toLowerCase();
  if (word === '') return DEFAULT_OVERWRITE;
  if (word === 'always' || word === 'never') return word;
  throw new TagInputError(`overwrite "${text.trim()}" is not a policy; expected always or never`);
}

export interface OverwriteQuestion {
  readonly policy: OverwritePolicy;
  readonly tag: string;
  /** What the tag points at now; undefined when the tag does not exist. */
  readonly existingDigest: string | undefined;
  readonly newDigest: string;
  /**
   * A floating tag of a release (`v1.2`, `v1`, `latest`): it exists to move, so `never` does not guard it; where it
   * may move is releaseTags' call. Leave it out for the exact version tag and for tags written as given.
   */
  readonly floating?: boolean;
}

export type OverwriteDecision =
  { readonly action: 'write' } | { readonly action: 'unchanged' } | { readonly action: 'fail'; readonly error: OverwriteRefusedError };

export function overwriteDecision(question: OverwriteQuestion): OverwriteDecision {
  const { policy, tag, existingDigest, newDigest } = question;
  if (existingDigest === undefined) return { action: 'write' };
  if (existingDigest === newDigest) return { action: 'unchanged' };
  if (policy === 'never' && question.floating !== true) {
    return { action: 'fail', error: new OverwriteRefusedError(tag, existingDigest, newDigest) };
  }
  return { action: 'write' };
}
