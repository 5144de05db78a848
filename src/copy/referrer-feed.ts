// The source's referrers as they are found, for every target to start on at once: a target's checks and blob
// transfers for a referrer begin the moment its manifest is read, beside the image's own blobs, instead of after the
// whole discovery (every depth) has ended.
import type { Referrer } from './referrers.ts';

export class ReferrerFeed {
  readonly #found: Referrer[] = [];
  readonly #listeners: Array<(referrer: Referrer) => void> = [];
  /** Every referrer, once discovery has ended; rejects when it failed. */
  readonly all: Promise<readonly Referrer[]>;

  /**
   * `discover` reports each referrer through the callback it is given, as it is found, and resolves with all of
   * them (in the order they are to be reported) when there are no more.
   */
  constructor(discover: (found: (referrer: Referrer) => void) => Promise<readonly Referrer[]>) {
    this.all = discover((referrer) => {
      this.#found.push(referrer);
      for (const listener of this.#listeners) listener(referrer);
    });
    // Read by every target that needs it; one that never does must not leave an unhandled rejection behind.
    this.all.catch(() => undefined);
  }

  /** A feed with nothing in it (referrers do not follow). */
  static empty(): ReferrerFeed {
    return new ReferrerFeed(() => Promise.resolve([]));
  }

  /** Call `listener` for every referrer found so far and every one found later. */
  each(listener: (referrer: Referrer) => void): void {
    for (const referrer of this.#found) listener(referrer);
    this.#listeners.push(listener);
  }
}
