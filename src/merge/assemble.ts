// One index from several sources (per-platform builds, or indexes and images together), built the way
// `docker buildx imagetools create` does but deterministically: the same parts always give the same bytes, so a
// re-run is `unchanged` and two jobs merging the same digests agree.
import { digestOf } from '../oci/digest.ts';
import { parseManifest, type Descriptor, type Manifest } from '../oci/manifest.ts';
import { DOCKER_LIST, DOCKER_MANIFEST, OCI_INDEX, isImageConfig } from '../oci/media-types.ts';
import { formatPlatform, platformMatches, type Platform } from '../oci/platform.ts';
import { MergeError } from './errors.ts';
import type { ImagePlatform } from './image-platform.ts';

export interface IndexPart {
  /** How the user named it (`ghcr.io/acme/app@sha256:…`), for errors and the summary. */
  readonly source: string;
  readonly manifest: Manifest;
  /** Required for a single image (readPlatform gives it); ignored for an index, whose entries carry their own. */
  readonly platform?: ImagePlatform;
}

export interface AssembleOptions {
  /** Set on the new index; keys are written sorted, so their order in the input does not change the digest. */
  readonly annotations?: Readonly<Record<string, string>>;
  /**
   * Keep only these platforms (the `platforms` input), with the attestations that describe them; each must match
   * something. Applied before the duplicate check, so a selection can resolve a clash.
   */
  readonly platforms?: readonly Platform[];
}

/** One entry of the new index and the source its manifest comes from (the engine copies it from there). */
export interface AssembledEntry {
  readonly source: string;
  readonly descriptor: Descriptor;
  /** A BuildKit attestation manifest, or another entry without a real platform (none, or unknown/unknown): kept, never counted as a platform. */
  readonly attestation: boolean;
}

export interface AssembledIndex {
  readonly manifest: Manifest;
  readonly entries: readonly AssembledEntry[];
  /** Each platform the index holds and the source it came from, in index order, for the job summary. */
  readonly platforms: readonly { readonly platform: Platform; readonly source: string }[];
}

interface Entry extends AssembledEntry {
  /** The entry as JSON: an index source's entries verbatim (nothing they carry is lost), ours in buildx's key order. */
  readonly json: Record<string, unknown>;
}

export function assembleIndex(parts: readonly IndexPart[], options: AssembleOptions = {}): AssembledIndex {
  if (parts.length === 0) throw new MergeError('there is nothing to merge; expected at least one source');
  let entries = parts.flatMap(entriesOf);
  if (options.platforms !== undefined && options.platforms.length > 0) entries = selectPlatforms(entries, options.platforms);
  checkDuplicates(entries);

  const annotations = sortedObject(options.annotations ?? {});
  const hasAnnotations = Object.keys(annotations).length > 0;
  // A Docker manifest list may only list Docker v2 manifests and has no annotations. BuildKit's attestations are
  // OCI manifests, so any attestation makes the result an OCI index: what buildx itself produces when they exist.
  const docker = !hasAnnotations && entries.every((e) => e.descriptor.mediaType === DOCKER_MANIFEST);
  const mediaType = docker ? DOCKER_LIST : OCI_INDEX;
  const json = {
    schemaVersion: 2,
    mediaType,
    manifests: entries.map((e) => e.json),
    ...(hasAnnotations && { annotations }),
  };
  const bytes = Buffer.from(JSON.stringify(json, null, 2) + '\n');
  const manifest = parseManifest(bytes, mediaType, digestOf(bytes));
  return {
    manifest,
    entries: entries.map(({ source, descriptor, attestation }) => ({ source, descriptor, attestation })),
    platforms: entries
      .filter((e) => !e.attestation && e.descriptor.platform)
      .map((e) => ({ platform: e.descriptor.platform!, source: e.source })),
  };
}

function entriesOf(part: IndexPart): Entry[] {
  const { source, manifest } = part;
  if (manifest.kind === 'index') {
    const raw = manifest.json['manifests'] as Record<string, unknown>[];
    return manifest.manifests.map((descriptor, i) => ({ source, descriptor, attestation: isAttestation(descriptor), json: raw[i]! }));
  }
  if (manifest.config === undefined || !isImageConfig(manifest.config.mediaType)) {
    throw new MergeError(
      `${source} is not an image or an index: its config is "${manifest.config?.mediaType || 'missing'}"; expected a container image or a multi-platform index`,
    );
  }
  if (part.platform === undefined) {
    throw new MergeError(`${source} is a single image but no platform was read for it; read its config with readPlatform first`);
  }
  const platform = part.platform;
  const descriptor: Descriptor = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length, platform };
  // Key order of the OCI Go types (descriptor: mediaType, digest, size, platform), as buildx writes them.
  const json = { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length, platform: platformJson(platform) };
  return [{ source, descriptor, attestation: false, json }];
}

/** The platform in the OCI Go type's key order, whatever order the caller built it in: the bytes must not depend on it. */
function platformJson(p: ImagePlatform): Record<string, unknown> {
  return {
    architecture: p.architecture,
    os: p.os,
    ...(p['os.version'] !== undefined && { 'os.version': p['os.version'] }),
    ...(p['os.features'] !== undefined && p['os.features'].length > 0 && { 'os.features': [...p['os.features']] }),
    ...(p.variant !== undefined && { variant: p.variant }),
  };
}

/**
 * BuildKit's attestation manifests are `unknown/unknown` with `vnd.docker.reference.type: attestation-manifest`; an
 * entry with no platform or an unknown one is no platform either, so it is kept but never compared or listed.
 */
function isAttestation(d: Descriptor): boolean {
  return d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' || d.platform === undefined || d.platform.os === 'unknown';
}

function selectPlatforms(entries: readonly Entry[], wanted: readonly Platform[]): Entry[] {
  const images = entries.filter((e) => !e.attestation);
  const kept = new Set<Entry>();
  for (const platform of wanted) {
    const matches = images.filter((e) => platformMatches(platform, e.descriptor.platform!));
    if (matches.length === 0) {
      const available = images.map((e) => formatPlatform(e.descriptor.platform!));
      throw new MergeError(
        `no source has an image for platform ${formatPlatform(platform)}; they have ${available.join(', ') || 'no platforms'}`,
      );
    }
    for (const match of matches) kept.add(match);
  }
  const digests = new Set([...kept].map((e) => e.descriptor.digest));
  // An attestation goes with the image it describes (`vnd.docker.reference.digest`).
  return entries.filter(
    (e) => kept.has(e) || (e.attestation && digests.has(e.descriptor.annotations?.['vnd.docker.reference.digest'] ?? '')),
  );
}

function checkDuplicates(entries: readonly Entry[]): void {
  const images = entries.filter((e) => !e.attestation);
  for (const [i, a] of images.entries()) {
    for (const b of images.slice(i + 1)) {
      if (samePlatform(a.descriptor.platform!, b.descriptor.platform!)) {
        const where = a.source === b.source ? `twice in ${a.source}` : `in both ${a.source} and ${b.source}`;
        throw new MergeError(
          `platform ${formatPlatform(a.descriptor.platform!)} is ${where} (${a.descriptor.digest} and ${b.descriptor.digest}); an index holds one image per platform, so drop one source or select platforms`,
        );
      }
    }
  }
}

/** Same os, architecture and (normalised) variant, and the same os.version and os.features: Windows builds differ there. */
function samePlatform(a: ImagePlatform, b: ImagePlatform): boolean {
  return (
    platformMatches(a, b) &&
    platformMatches(b, a) &&
    a['os.version'] === b['os.version'] &&
    [...(a['os.features'] ?? [])].sort().join(',') === [...(b['os.features'] ?? [])].sort().join(',')
  );
}

function sortedObject(record: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, record[key]!]),
  );
}
