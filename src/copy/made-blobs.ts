// Blobs uploaded while the source makes them. A classic docker save's layers must be gzipped before the manifest
// (which names their digests) exists; sending each one only after that costs the compression's time again, so a
// large layer is also streamed to the targets as it is compressed (as skopeo and docker push do) and the upload is
// closed under its digest once it is made. Before that close, the target is asked whether it held the blob already
// (another image's layer): then the upload is dropped. A target holding the image's config has been sent this image
// before (a re-run, a new tag): nothing is streamed to it, and the usual check-then-upload finds the layers there.
// place-blobs.ts takes what this placed; a stream that failed leaves its blob to the usual upload.
import type { Readable } from 'node:stream';
import type { Logger } from '../log.ts';
import type { Descriptor } from '../oci/manifest.ts';
import type { MadeBlob, Store } from '../store/store.ts';

/** Below this a layer compresses in tens of milliseconds: nothing to overlap. */
export const STREAM_MADE_FROM = 4 * 1024 * 1024;

/** Where a streamed blob ended up: sent to `store`, or found there already when its digest was known. */
export interface MadePlacement {
  readonly store: Store;
  readonly outcome: 'uploaded' | 'existing';
}

interface Stream {
  readonly store: Store;
  /** Undefined when nothing was streamed (the store holds the image, or could not say). */
  readonly placed: Promise<MadePlacement | undefined>;
}

export class MadeBlobUploads {
  /** By digest, entered the moment it is known: the streams of that blob, one per location. */
  readonly #streams = new Map<string, Promise<readonly Stream[]>>();
  /** By `name config`: whether the repository lacks the image's config (so it is worth streaming to). */
  readonly #lacking = new Map<string, Promise<boolean>>();
  readonly #work = new Set<Promise<unknown>>();
  readonly #targets: Promise<readonly Store[]>;
  readonly #logger: Logger;

  /** `targets`: one store per location to stream to; the others of a location mount from it. */
  constructor(targets: Promise<readonly Store[]>, logger: Logger) {
    this.#targets = targets;
    this.#logger = logger;
  }

  /** A blob the source started making: stream it to every target that lacks its image. */
  offer(blob: MadeBlob): void {
    if (blob.sizeHint < STREAM_MADE_FROM) return;
    const streams = this.#targets.then((targets) =>
      targets.filter((store) => store.writeMadeBlob !== undefined).map((store) => ({ store, placed: this.#stream(store, blob) })),
    );
    this.#track(streams.then((list) => Promise.all(list.map((s) => s.placed))));
    // Entered before the source's resolve, which waits for the blob, returns: the plan that follows finds it.
    blob.made.then(
      (descriptor) => this.#streams.set(descriptor.digest, streams),
      () => undefined,
    );
  }

  /** Where a stream placed `blob` in `location`; undefined when none did (upload it as usual). */
  async placedAt(location: string, blob: Descriptor): Promise<MadePlacement | undefined> {
    const streams = this.#streams.get(blob.digest);
    if (streams === undefined) return undefined;
    const stream = (await streams).find((s) => s.store.location === location);
    return stream?.placed;
  }

  /** Wait for every stream begun: a copy ends only when nothing it started is still sending. */
  async settled(): Promise<void> {
    while (this.#work.size > 0) await Promise.allSettled([...this.#work]);
  }

  #track(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.#work.add(settled);
    void settled.then(() => this.#work.delete(settled));
  }

  async #stream(store: Store, blob: MadeBlob): Promise<MadePlacement | undefined> {
    if (!(await this.#lacksImage(store, blob.image))) return undefined;
    const body: Readable = blob.follow();
    // Its errors are the write's to report.
    body.on('error', () => undefined);
    let present = false;
    // The write closes under the digest only once the target said it lacks the blob.
    const closeUnder = blob.made.then(async (descriptor) => {
      present = await store.hasBlob(descriptor).catch(() => false);
      if (present) {
        body.destroy(new Error(`${store.name} holds ${descriptor.digest} already`));
        throw new Error(`${store.name} holds ${descriptor.digest} already: the upload is dropped`);
      }
      return descriptor;
    });
    closeUnder.catch(() => undefined);
    try {
      await store.writeMadeBlob!(body, closeUnder);
      return { store, outcome: 'uploaded' };
    } catch (error) {
      if (present) return { store, outcome: 'existing' };
      const made = await blob.made.catch(() => undefined);
      if (made !== undefined) {
        this.#logger.debug(
          `${store.name}: sending ${made.digest} while it was made failed (${(error as Error).message}); it goes up again as usual.`,
        );
      }
      return undefined;
    }
  }

  #lacksImage(store: Store, image: Descriptor): Promise<boolean> {
    const key = `${store.name} ${image.digest}`;
    let lacking = this.#lacking.get(key);
    if (lacking === undefined) {
      // An unanswered question is no reason to stream: the usual upload asks again.
      lacking = store.hasBlob(image).then(
        (present) => !present,
        () => false,
      );
      this.#lacking.set(key, lacking);
    }
    return lacking;
  }
}
