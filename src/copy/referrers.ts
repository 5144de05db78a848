// Finding what hangs off an image at the source: OCI 1.1 referrers (the referrers API, or where a registry lacks it
// the fallback tag `<alg>-<hex>` holding an index of them) and cosign's tags `sha256-<hex>.sig`, `.att`, `.sbom`;
// referrers of referrers too (a signature on an SBOM), to a bounded depth.
import type { Descriptor, Manifest } from '../oci/manifest.ts';
import type { Store } from '../store/store.ts';
import { copyError } from './copy-error.ts';

export type ReferrerKind = 'signature' | 'attestation' | 'sbom' | 'other';

export interface Referrer {
  /** Where it was found, and is read from. */
  readonly store: Store;
  /** The digest this referrer is about. */
  readonly subject: string;
  readonly manifest: Manifest;
  readonly kind: ReferrerKind;
  /** `artifactType`, or the config media type when absent: what the fallback index records. */
  readonly artifactType: string | undefined;
  /** Cosign's tag scheme: written as this tag. Undefined for an OCI referrer (written by digest, then indexed). */
  readonly tag?: string;
  /** 1 for a referrer of a pushed manifest, 2 for a referrer of that referrer, … */
  readonly depth: number;
}

/** Signature on an SBOM on an image is depth 2; more is a loop or abuse. */
export const MAX_REFERRER_DEPTH = 3;
const COSIGN_SUFFIXES = [
  ['sig', 'signature'],
  ['att', 'attestation'],
  ['sbom', 'sbom'],
] as const;

/** The distribution spec's fallback tag for a subject: `<alg>-<hex>`, the hex cut to 64 characters. */
export function fallbackTag(digest: string): string {
  const [algorithm, hex] = digest.split(':') as [string, string];
  return `${algorithm}-${hex.slice(0, 64)}`;
}

/** Cosign's tags name the digest with its full hex. */
function cosignTag(digest: string, suffix: string): string {
  const [algorithm, hex] = digest.split(':') as [string, string];
  return `${algorithm}-${hex}.${suffix}`;
}

export function artifactTypeOf(manifest: Manifest): string | undefined {
  const declared = manifest.json['artifactType'];
  if (typeof declared === 'string' && declared !== '') return declared;
  return manifest.config?.mediaType;
}

/** Signature, attestation, SBOM or other, from the artifact type (and a sigstore bundle's predicate type). */
export function kindOf(artifactType: string | undefined, annotations?: Record<string, string>): ReferrerKind {
  const type = (artifactType ?? '').toLowerCase();
  if (annotations?.['dev.sigstore.bundle.predicateType'] !== undefined) return 'attestation';
  if (/in-toto|attestation|dsse|provenance/.test(type)) return 'attestation';
  if (/spdx|cyclonedx|sbom|syft/.test(type)) return 'sbom';
  if (/signature|\.sig\b|cosign|notary|sigstore/.test(type)) return 'signature';
  return 'other';
}

function annotationsOf(manifest: Manifest): Record<string, string> | undefined {
  const value = manifest.json['annotations'];
  return typeof value === 'object' && value !== null ? (value as Record<string, string>) : undefined;
}

/** Up to this many tags, one listing says which fallback and cosign tags exist, instead of asking for each. */
const TAG_LIST_LIMIT = 1000;

/** The tags of a store, or undefined when there are too many for one listing (then each tag is asked for). */
export type TagSet = ReadonlySet<string> | undefined;

/** One listing of `store`'s tags; an error here only means asking for each tag. */
export function listedTags(store: Store): Promise<TagSet> {
  return store.listTags({ limit: TAG_LIST_LIMIT }).then(
    (list) => (list.length < TAG_LIST_LIMIT ? new Set(list) : undefined),
    () => undefined,
  );
}

/** What a source is asked before its digest is known, so that the referrer lookups start the moment it is. */
export interface AskedAhead {
  readonly tags: Promise<TagSet>;
  /** False: the store has no referrers API, so no subject is asked it. An error here only means asking each. */
  readonly offersApi: Promise<boolean | undefined>;
}

export function askAhead(store: Store): AskedAhead {
  return {
    tags: listedTags(store),
    offersApi: store.referrers && store.offersReferrersApi ? store.offersReferrersApi().catch(() => undefined) : Promise.resolve(undefined),
  };
}

/** Resolves once every question asked ahead has its answer (none rejects), so no request outlives the copy's result. */
export async function answeredAhead(asked: ReadonlyMap<Store, AskedAhead>): Promise<void> {
  await Promise.all([...asked.values()].flatMap((a) => [a.tags, a.offersApi]));
}

export interface DiscoverOptions {
  /** The store's tag list and whether it has the referrers API, when asked earlier (beside the source's resolution). */
  readonly ahead?: AskedAhead | undefined;
  /** Called with each referrer as soon as its manifest is read, so targets can start on it. */
  readonly onFound?: ((referrer: Referrer) => void) | undefined;
}

/**
 * Every referrer of `subjects` in `source`; each manifest is read once, verified. A referrer's own referrers are
 * looked for as soon as it is found, not when its whole level is, so deeper levels overlap the shallower ones.
 */
export async function discoverReferrers(
  source: Store,
  subjects: readonly string[],
  where: string,
  options: DiscoverOptions = {},
): Promise<Referrer[]> {
  // Not asked ahead: whether the API exists would only be known a round trip later than each subject's own answer.
  const ahead = options.ahead ?? { tags: listedTags(source), offersApi: Promise.resolve(undefined) };
  // Found in whatever order the answers come; returned level by level, each subject's in the order they are listed
  // (OCI referrers, then cosign's tags), so that what is reported does not depend on which answer came first.
  const found = new Map<string, { referrer: Referrer; rank: number[] }>();
  const seen = new Set(subjects);
  const lookup: Lookup = { source, where, tags: ahead.tags, offersApi: ahead.offersApi, noApi: false };
  const visit = async (subject: string, depth: number, rank: number[]): Promise<void> => {
    const deeper: Array<Promise<void>> = [];
    await referrersOf(lookup, subject, depth, (referrer, position) => {
      const key = referrer.tag ?? referrer.manifest.digest;
      if (found.has(key)) return;
      found.set(key, { referrer, rank: [...rank, position] });
      options.onFound?.(referrer);
      if (depth < MAX_REFERRER_DEPTH && !seen.has(referrer.manifest.digest)) {
        seen.add(referrer.manifest.digest);
        deeper.push(visit(referrer.manifest.digest, depth + 1, [...rank, position]));
      }
    });
    await Promise.all(deeper);
  };
  await Promise.all(subjects.map((subject, i) => visit(subject, 1, [i])));
  return [...found.values()].sort((x, y) => compareRanks(x.rank, y.rank)).map((f) => f.referrer);
}

/** Shallower first; within a level, by the subject's rank and then the position under it. */
function compareRanks(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) return x.length - y.length;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

interface Lookup {
  readonly source: Store;
  readonly where: string;
  readonly tags: Promise<TagSet>;
  readonly offersApi: Promise<boolean | undefined>;
  /** The source answered that it has no referrers API: no subject (deeper levels included) asks it again. */
  noApi: boolean;
}

/** The referrers of one subject, each handed to `emit` (with its place in the subject's list) once its manifest is read. */
async function referrersOf(
  lookup: Lookup,
  subject: string,
  depth: number,
  emit: (referrer: Referrer, position: number) => void,
): Promise<void> {
  const { source } = lookup;
  const fail = (error: unknown): never => {
    throw copyError('source', 'read manifest', subject, `${lookup.where}: find the referrers of ${subject}`, error);
  };
  // Answered in the round trip that resolved the source, so waiting for it costs nothing.
  if ((await lookup.offersApi) === false) lookup.noApi = true;
  const api =
    source.referrers && !lookup.noApi
      ? source.referrers(subject).then((answer) => {
          if (answer === undefined) lookup.noApi = true;
          return answer;
        }, fail)
      : Promise.resolve(undefined);
  const known = await lookup.tags;
  // Only the tags that exist are read (all of them when the list was too long to take); all at once, beside the API.
  const read = (tag: string) =>
    known === undefined || known.has(tag) ? source.resolve(tag, { wantBytes: true }).catch(fail) : Promise.resolve(undefined);
  const oci = Promise.all([api, read(fallbackTag(subject))]).then(async ([apiAnswer, fallback]) => {
    let listed: readonly Descriptor[] = apiAnswer ?? [];
    if (apiAnswer === undefined && fallback) {
      const index = fallback.manifest ?? (await source.getManifest(fallbackTag(subject)).catch(fail));
      if (index.kind === 'index') listed = index.manifests;
    }
    await Promise.all(
      listed.map(async (descriptor, i) => {
        const manifest = await source.getManifest(descriptor.digest).catch(fail);
        const artifactType = descriptor.artifactType ?? artifactTypeOf(manifest);
        emit({ store: source, subject, manifest, kind: kindOf(artifactType, annotationsOf(manifest)), artifactType, depth }, i);
      }),
    );
  });
  const tagged = COSIGN_SUFFIXES.map(async ([suffix, kind], i) => {
    const tag = cosignTag(subject, suffix);
    const resolved = await read(tag);
    if (!resolved) return;
    const manifest = resolved.manifest ?? (await source.getManifest(tag).catch(fail));
    // After every OCI referrer of the subject, however many it lists.
    emit({ store: source, subject, manifest, kind, artifactType: artifactTypeOf(manifest), tag, depth }, Number.MAX_SAFE_INTEGER - 3 + i);
  });
  await Promise.all([oci, ...tagged]);
}

/** The descriptor a fallback index lists for a referrer, as the distribution spec says. */
export function indexEntry(referrer: Referrer): Record<string, unknown> {
  const annotations = annotationsOf(referrer.manifest);
  return {
    mediaType: referrer.manifest.mediaType,
    digest: referrer.manifest.digest,
    size: referrer.manifest.bytes.length,
    ...(referrer.artifactType !== undefined && { artifactType: referrer.artifactType }),
    ...(annotations && { annotations }),
  };
}
