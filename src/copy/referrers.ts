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

/** Every referrer of `subjects` in `source`, found level by level; each manifest is read once, verified. */
/** Up to this many tags, one listing says which fallback and cosign tags exist, instead of asking for each. */
const TAG_LIST_LIMIT = 1000;

export async function discoverReferrers(source: Store, subjects: readonly string[], where: string): Promise<Referrer[]> {
  // Asked beside the first level's referrers API calls; a repository with more tags than one page falls back to
  // asking for each tag (and an error here only means that).
  const tags = source.listTags({ limit: TAG_LIST_LIMIT }).then(
    (list) => (list.length < TAG_LIST_LIMIT ? new Set(list) : undefined),
    () => undefined,
  );
  const found = new Map<string, Referrer>();
  const seen = new Set(subjects);
  let level = [...subjects];
  for (let depth = 1; depth <= MAX_REFERRER_DEPTH && level.length > 0; depth++) {
    const next: string[] = [];
    const batches = await Promise.all(level.map((subject) => referrersOf(source, subject, depth, where, tags)));
    for (const referrer of batches.flat()) {
      const key = referrer.tag ?? referrer.manifest.digest;
      if (found.has(key)) continue;
      found.set(key, referrer);
      if (!seen.has(referrer.manifest.digest)) {
        seen.add(referrer.manifest.digest);
        next.push(referrer.manifest.digest);
      }
    }
    level = next;
  }
  return [...found.values()];
}

async function referrersOf(
  source: Store,
  subject: string,
  depth: number,
  where: string,
  tags: Promise<ReadonlySet<string> | undefined>,
): Promise<Referrer[]> {
  const fail = (error: unknown): never => {
    throw copyError('source', 'read manifest', subject, `${where}: find the referrers of ${subject}`, error);
  };
  const api = source.referrers ? source.referrers(subject).catch(fail) : Promise.resolve(undefined);
  const known = await tags;
  // Only the tags that exist are read (all of them when the list was too long to take); all at once, beside the API.
  const lookup = (tag: string) =>
    known === undefined || known.has(tag) ? source.resolve(tag, { wantBytes: true }).catch(fail) : Promise.resolve(undefined);
  const [fallback, ...cosign] = await Promise.all([
    lookup(fallbackTag(subject)),
    ...COSIGN_SUFFIXES.map(([suffix]) => lookup(cosignTag(subject, suffix))),
  ]);
  const apiAnswer = await api;
  let listed: readonly Descriptor[] = apiAnswer ?? [];
  if (apiAnswer === undefined && fallback) {
    const index = fallback.manifest ?? (await source.getManifest(fallbackTag(subject)).catch(fail));
    if (index.kind === 'index') listed = index.manifests;
  }
  const oci = await Promise.all(
    listed.map(async (descriptor): Promise<Referrer> => {
      const manifest = await source.getManifest(descriptor.digest).catch(fail);
      const artifactType = descriptor.artifactType ?? artifactTypeOf(manifest);
      return { store: source, subject, manifest, kind: kindOf(artifactType, annotationsOf(manifest)), artifactType, depth };
    }),
  );
  const tagged = await Promise.all(
    COSIGN_SUFFIXES.map(async ([suffix, kind], i): Promise<Referrer[]> => {
      const resolved = cosign[i];
      if (!resolved) return [];
      const tag = cosignTag(subject, suffix);
      const manifest = resolved.manifest ?? (await source.getManifest(tag).catch(fail));
      return [{ store: source, subject, manifest, kind, artifactType: artifactTypeOf(manifest), tag, depth }];
    }),
  );
  return [...oci, ...tagged.flat()];
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
