// Writing referrers at one target repository, after their subjects and before the target's tags. The work for each
// referrer starts as soon as the source's discovery finds it (beside the image's blobs): the target is asked for it,
// its blobs are placed as in any copy, and the target's fallback index is read. What waits for the subject is only
// the manifest writes (exact bytes, by digest; cosign's as their tag, keeping a different one the target already
// has), each after its own subject, and then — where the registry does not index `subject` itself — the fallback
// index, after its own referrers (on a target known to lack the referrers API, sent right behind them on a write
// lane, which the registry answers in order).
import type { Manifest } from '../oci/manifest.ts';
import type { PutManifestResult, Resolved, Store, WriteLane } from '../store/store.ts';
import { copyError } from './copy-error.ts';
import { addToFallbackIndex, readFallbackIndex, type FallbackRead } from './fallback-index.ts';
import { newPlacement, placeBlob, type BlobContext, type Placement } from './place-blobs.ts';
import { buildPlan, type Plan } from './plan.ts';
import type { Referrer, ReferrerKind } from './referrers.ts';

export interface ReferrerCounts {
  copied: number;
  existing: number;
}

export interface ReferrersOutcome {
  readonly counts: ReferrerCounts;
  /** Copied, by kind, for the summary. */
  readonly kinds: Partial<Record<ReferrerKind, number>>;
  readonly warnings: string[];
}

interface Prepared {
  /** What the target holds under the referrer's reference (its tag, or its digest). */
  readonly there: Promise<Resolved | undefined>;
  /** The referrer's graph, its blobs placed at the target; undefined when it was there and nothing was placed. */
  readonly placed: Promise<{ plan: Plan; placement: Placement } | undefined>;
}

const ignore = (): undefined => undefined;
/**
 * A referrer's blobs (a signature, an attestation, most SBOMs) are small, usually new at the target and on the way
 * to the tag: up to this size they are read beside asking the target for them (see `BlobContext.eagerBelow`).
 */
const REFERRER_BLOB_EAGER_BELOW = 1024 * 1024;
const keyOf = (referrer: Referrer): string => referrer.tag ?? referrer.manifest.digest;

/** The referrers work at one target repository: started per referrer as each is found, written all at the end. */
export class TargetReferrers {
  readonly #context: BlobContext;
  readonly #speculative: boolean;
  readonly #prepared = new Map<string, Prepared>();
  readonly #indexReads = new Map<string, Promise<FallbackRead>>();
  /**
   * On a first copy, asked when the first OCI referrer is found: whether the target has the referrers API, and a lane
   * (if the store offers one) on which a subject's referrers and then its fallback index go out in one round trip.
   */
  #ahead: { readonly offersApi: Promise<boolean | undefined>; readonly lane: WriteLane | undefined } | undefined;

  /**
   * `speculative`: place a referrer's blobs at once, beside asking the target whether it holds the referrer — a
   * round trip saved where it usually does not (a first copy), a few HEADs spent where it does. Otherwise (a re-run,
   * where referrers are usually there already) the blobs wait for that answer.
   */
  constructor(context: BlobContext, options: { speculative: boolean }) {
    this.#context = context;
    this.#speculative = options.speculative;
  }

  /** Start on a referrer: ask the target for it, place its blobs, read the fallback index it will be listed in. */
  add(referrer: Referrer): void {
    const key = keyOf(referrer);
    if (this.#prepared.has(key)) return;
    const { target } = this.#context;
    const there = lookFor(target, referrer);
    const place = () => placeOne(this.#context, referrer);
    const placed = this.#speculative ? place() : there.then((held) => (held ? undefined : place()));
    there.catch(ignore);
    placed.catch(ignore);
    this.#prepared.set(key, { there, placed });
    if (referrer.tag === undefined && this.#speculative && this.#ahead === undefined) {
      const offersApi = target.offersReferrersApi ? target.offersReferrersApi().catch(ignore) : Promise.resolve(undefined);
      this.#ahead = { offersApi, lane: target.openWriteLane?.() };
    }
    if (referrer.tag === undefined && !this.#indexReads.has(referrer.subject)) {
      const read = readFallbackIndex(target, referrer.subject);
      read.catch(ignore);
      this.#indexReads.set(referrer.subject, read);
    }
  }

  /**
   * Write what the target lacks of `found`, each referrer after its subject (the pushed image's manifests are up
   * already; a referrer of a referrer waits for that one), then each subject's fallback index after its referrers.
   * The blob work of the referrers written is added to `into`. Any failure rejects, once every write has settled.
   */
  async write(found: readonly Referrer[], warnings: string[], into: Placement): Promise<ReferrersOutcome> {
    for (const referrer of found) this.add(referrer);
    const { target } = this.#context;
    const prepared = (referrer: Referrer): Prepared => this.#prepared.get(keyOf(referrer))!;
    const answers = await Promise.all(found.map((referrer) => prepared(referrer).there));
    const { missing, existing, present } = sortOut(target, found, answers, warnings);
    const kinds: Partial<Record<ReferrerKind, number>> = {};
    for (const referrer of missing) kinds[referrer.kind] = (kinds[referrer.kind] ?? 0) + 1;

    // A target known to lack the referrers API gets a fallback index for every new OCI referrer; with a lane, each
    // subject's index goes out right behind its referrers instead of a round trip after them.
    const lane = this.#ahead?.lane !== undefined && (await this.#ahead.offersApi) === false ? this.#ahead.lane : undefined;
    const written = new Map<string, Promise<PutManifestResult>>();
    /** Per referrer written: resolves once its writes are all begun (on the lane) or it failed before them. */
    const begun = new Map<string, Promise<void>>();
    /** Referrers whose write failed before it began (a blob): no index is written to list them. */
    const failedBefore = new Set<string>();
    for (const referrer of [...missing].sort((x, y) => x.depth - y.depth)) {
      const subjectUp = written.get(referrer.subject) ?? Promise.resolve(undefined);
      const onLane = lane !== undefined && referrer.tag === undefined ? lane : undefined;
      let markBegun!: () => void;
      begun.set(referrer.manifest.digest, new Promise<void>((resolve) => (markBegun = resolve)));
      const write = Promise.all([subjectUp, prepared(referrer).placed]).then(async ([, placed]) => {
        const { plan, placement } = placed!;
        let result: PutManifestResult;
        if (onLane) {
          // Children before their index, in the lane's order, without a round trip between them.
          const children = plan.manifests.slice(0, -1).map((child) => put(target, child.digest, child, onLane));
          const own = put(target, keyOf(referrer), referrer.manifest, onLane);
          markBegun();
          [result] = await Promise.all([own, ...children]);
        } else {
          for (const child of plan.manifests.slice(0, -1)) await put(target, child.digest, child);
          result = await put(target, keyOf(referrer), referrer.manifest);
        }
        addPlacement(into, placement);
        return result;
      });
      write
        .catch(() => {
          failedBefore.add(referrer.manifest.digest);
        })
        .finally(() => markBegun());
      written.set(referrer.manifest.digest, write);
    }

    const fresh = groupBySubject(missing.filter((r) => r.tag === undefined));
    const old = groupBySubject(present);
    // Whether the target indexes a subject itself decides if referrers it held already need a fallback index entry.
    const indexes = new Map([...old.keys()].map((subject) => [subject, indexesSubjects(target, subject)]));
    for (const answer of indexes.values()) answer.catch(ignore);
    const indexWrites = [...new Set([...fresh.keys(), ...old.keys()])].map(async (subject) => {
      const mine = fresh.get(subject) ?? [];
      if (lane && mine.length > 0) {
        // No API here: every new referrer is listed, so the index need not wait for the writes' answers.
        await Promise.all(mine.map((r) => begun.get(r.manifest.digest)!));
        if (mine.some((r) => failedBefore.has(r.manifest.digest))) return;
        const entries = [...mine, ...(old.get(subject) ?? [])];
        await addToFallbackIndex(target, subject, entries, this.#indexReads.get(subject), lane);
        return;
      }
      const results = await Promise.all(mine.map((r) => written.get(r.manifest.digest)!));
      const unindexed = mine.filter((_, i) => results[i]?.subjectIndexed !== true);
      const held = old.get(subject) ?? [];
      // A subject whose new referrers went unindexed has no API here; otherwise the target's answer decides.
      const listHeld = held.length > 0 && (unindexed.length > 0 || !(await indexes.get(subject)!));
      const entries = listHeld ? [...unindexed, ...held] : unindexed;
      if (entries.length > 0) await addToFallbackIndex(target, subject, entries, this.#indexReads.get(subject));
    });
    const outcomes = await Promise.allSettled([...written.values(), ...indexWrites]);
    this.#ahead?.lane?.close();
    const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failure) throw failure.reason;
    return { counts: { copied: missing.length, existing }, kinds, warnings };
  }
}

/** A dry run: what would be copied, from asking the target and nothing more. */
export async function plannedReferrers(target: Store, found: readonly Referrer[], warnings: string[]): Promise<ReferrersOutcome> {
  const answers = await Promise.all(found.map((referrer) => lookFor(target, referrer)));
  const { missing, existing } = sortOut(target, found, answers, warnings);
  const kinds: Partial<Record<ReferrerKind, number>> = {};
  for (const r of missing) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
  return { counts: { copied: missing.length, existing }, kinds, warnings };
}

function lookFor(target: Store, referrer: Referrer): Promise<Resolved | undefined> {
  const reference = keyOf(referrer);
  return target.resolve(reference).catch((error: unknown) => {
    throw copyError('target', 'resolve', reference, `${target.name}: look for ${reference}`, error);
  });
}

/**
 * Missing at the target: OCI referrers by digest, cosign tags by tag. A different cosign tag there is kept (one made
 * there must not be destroyed), with a warning. `present` are OCI referrers the target holds by digest already.
 */
function sortOut(
  target: Store,
  referrers: readonly Referrer[],
  answers: ReadonlyArray<Resolved | undefined>,
  warnings: string[],
): { missing: Referrer[]; existing: number; present: Referrer[] } {
  const missing: Referrer[] = [];
  const present: Referrer[] = [];
  let existing = 0;
  referrers.forEach((referrer, i) => {
    const there = answers[i];
    if (!there) missing.push(referrer);
    else if (there.digest === referrer.manifest.digest) {
      existing++;
      if (referrer.tag === undefined) present.push(referrer);
    } else {
      existing++;
      warnings.push(
        `${target.name}:${referrer.tag} already holds ${there.digest}, not the source's ${referrer.manifest.digest}; kept the target's ${referrer.kind} (one made there must not be destroyed).`,
      );
    }
  });
  return { missing, existing, present };
}

/** One referrer's graph, read from where it was found, and its blobs placed at the target, counted on their own. */
async function placeOne(context: BlobContext, referrer: Referrer): Promise<{ plan: Plan; placement: Placement }> {
  const source = referrer.store;
  const plan = await buildPlan(source, referrer.manifest, undefined).catch((error: unknown) => {
    throw copyError(
      'source',
      'read manifest',
      referrer.manifest.digest,
      `${source.name}: read referrer ${referrer.manifest.digest}`,
      error,
    );
  });
  const placement = newPlacement();
  const fromReferrer: BlobContext = { ...context, sourceOf: () => source, eagerBelow: REFERRER_BLOB_EAGER_BELOW };
  const outcomes = await Promise.allSettled(plan.blobs.map((blob) => placeBlob(fromReferrer, blob, placement)));
  const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failure) throw failure.reason;
  return { plan, placement };
}

/** A referrer's blob work, added to the target's totals. */
function addPlacement(into: Placement, from: Placement): void {
  into.counts.mounted += from.counts.mounted;
  into.counts.existing += from.counts.existing;
  into.counts.uploaded += from.counts.uploaded;
  into.bytesUploaded += from.bytesUploaded;
  into.bytesSaved += from.bytesSaved;
}

function groupBySubject(referrers: readonly Referrer[]): Map<string, Referrer[]> {
  const groups = new Map<string, Referrer[]>();
  for (const r of referrers) groups.set(r.subject, [...(groups.get(r.subject) ?? []), r]);
  return groups;
}

/** The target answers the referrers API for `subject` (so it indexed what was pushed to it). */
async function indexesSubjects(target: Store, subject: string): Promise<boolean> {
  if (!target.referrers) return false;
  try {
    return (await target.referrers(subject)) !== undefined;
  } catch (error) {
    throw copyError('target', 'read manifest', subject, `${target.name}: list the referrers of ${subject}`, error);
  }
}

async function put(target: Store, reference: string, manifest: Manifest, lane?: WriteLane) {
  try {
    return await target.putManifest(reference, manifest, lane && { lane });
  } catch (error) {
    throw copyError('target', 'push manifest', manifest.digest, `${target.name}: push referrer ${manifest.digest}`, error);
  }
}
