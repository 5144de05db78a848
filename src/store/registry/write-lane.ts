// An ordered lane for manifest writes: one connection whose requests go out in the order their writes were begun,
// each without waiting for the answer to the one before (HTTP/1.1 pipelining, which a server answers in order, RFC
// 9112 §9.3.2). A write that the registry accepts only after another (an index after the manifests it lists) then
// costs no round trip of its own. Should something reorder them anyway, the later write meets
// MANIFEST_BLOB_UNKNOWN, which the manifest PUT already retries.
import type { Dispatcher } from 'undici';
import type { WriteLane as StoreWriteLane } from '../store.ts';

/** A place in a lane's line, taken when a write begins; `sent()` once its request is on the wire (or it gave up). */
export interface LaneTurn {
  readonly lane: WriteLane;
  /** Resolves when every turn taken before this one has been sent. */
  readonly before: Promise<void>;
  sent(): void;
}

export class WriteLane implements StoreWriteLane {
  readonly ordered = true;
  #tail: Promise<void> = Promise.resolve();
  /** The lane's connection per origin, made by the transport on first use. */
  readonly clients = new Map<string, Dispatcher>();

  /** Its connections end once what is queued on them is answered (a sync opens a lane per repository it signs). */
  close(): void {
    for (const client of this.clients.values()) client.close().catch(() => undefined);
    this.clients.clear();
  }

  /** Take the next place in line, now (synchronously, so the order is the order of the calls). */
  turn(): LaneTurn {
    const before = this.#tail;
    let release!: () => void;
    this.#tail = new Promise<void>((resolve) => (release = resolve));
    return { lane: this, before, sent: release };
  }
}
