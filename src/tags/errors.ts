// The errors of release tagging: bad input (a version, a floating-tags list, an overwrite policy) and a tag that
// `overwrite: never` protects. Both read as sentences a user can act on.

/** An input the tag rules cannot use; thrown before anything is written. */
export class TagInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TagInputError';
  }
}

/** A tag that already points at other bytes while overwrite is `never`: that target fails, the others go on. */
export class OverwriteRefusedError extends Error {
  readonly tag: string;
  readonly existingDigest: string;
  readonly newDigest: string;
  constructor(tag: string, existingDigest: string, newDigest: string) {
    super(`${tag} already points at ${existingDigest}; overwrite is never`);
    this.name = 'OverwriteRefusedError';
    this.tag = tag;
    this.existingDigest = existingDigest;
    this.newDigest = newDigest;
  }
}
