// Referrers as other tools push them, with raw Distribution API calls (independent of src/): an OCI 1.1 artifact
// manifest with `subject` and `artifactType` pushed by digest (as `oras attach` does), the fallback tag's index a
// client maintains where the registry has no referrers API, and cosign's pre-v3 `sha256-<hex>.sig`/`.att` tags.
import { getManifest, pushRaw, sha256Digest } from './images.ts';
import type { Credentials, RegistryTarget } from './registry-client.ts';

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const EMPTY_CONFIG = 'application/vnd.oci.empty.v1+json';
export const SPDX = 'application/spdx+json';
export const COSIGN_SIGNATURE_LAYER = 'application/vnd.dev.cosign.simplesigning.v1+json';
export const DSSE_LAYER = 'application/vnd.dsse.envelope.v1+json';
/** The digest of zero bytes: no manifest has it, so hoist asks the referrers API for it to learn whether the API exists. */
export const NO_SUBJECT = sha256Digest(Buffer.alloc(0));

/** What a referrer points at: any pushed manifest. */
export interface Subject {
  digest: string;
  mediaType: string;
  size: number;
}

export interface PushedArtifact extends Subject {
  manifest: Buffer;
  /** What a fallback index lists for it. */
  artifactType: string;
  annotations: Record<string, string>;
  blobs: Map<string, Buffer>;
}

/** The descriptor the distribution spec puts in a referrers index for this artifact. */
export function referrerDescriptor(artifact: PushedArtifact): Record<string, unknown> {
  return {
    mediaType: artifact.mediaType,
    digest: artifact.digest,
    size: artifact.size,
    artifactType: artifact.artifactType,
    ...(Object.keys(artifact.annotations).length > 0 && { annotations: artifact.annotations }),
  };
}

/** `<alg>-<hex>`: the tag that holds the referrers index of `digest` where the registry lacks the API. */
export function fallbackTagOf(digest: string): string {
  return digest.replace(':', '-');
}

/** Cosign's tag for a signature (`sig`), attestation (`att`) or SBOM (`sbom`) of `digest`. */
export function cosignTagOf(digest: string, suffix: 'sig' | 'att' | 'sbom'): string {
  return `${digest.replace(':', '-')}.${suffix}`;
}

export function subjectOf(image: { digest: string; mediaType: string; size: number }): Subject {
  return { digest: image.digest, mediaType: image.mediaType, size: image.size };
}

export interface ArtifactOptions {
  artifactType: string;
  /** The one layer's bytes. */
  content: string;
  layerMediaType?: string;
  annotations?: Record<string, string>;
}

/** Build an OCI 1.1 artifact about `subject`: empty config, one layer, `artifactType`, `subject`. */
export function buildArtifact(subject: Subject, options: ArtifactOptions): PushedArtifact {
  const config = Buffer.from('{}');
  const layer = Buffer.from(options.content);
  const annotations = options.annotations ?? { 'org.opencontainers.image.created': '2026-01-01T00:00:00Z' };
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: options.artifactType,
      config: { mediaType: EMPTY_CONFIG, digest: sha256Digest(config), size: config.length },
      layers: [{ mediaType: options.layerMediaType ?? 'application/octet-stream', digest: sha256Digest(layer), size: layer.length }],
      subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
      annotations,
    }),
  );
  return {
    digest: sha256Digest(manifest),
    mediaType: OCI_MANIFEST,
    size: manifest.length,
    manifest,
    artifactType: options.artifactType,
    annotations,
    blobs: new Map([
      [sha256Digest(config), config],
      [sha256Digest(layer), layer],
    ]),
  };
}

/** Push an artifact about `subject` by digest (no tag), as `oras attach` does; nothing indexes it yet. */
export async function pushArtifact(
  registry: RegistryTarget,
  repo: string,
  subject: Subject,
  options: ArtifactOptions,
  creds?: Credentials,
): Promise<PushedArtifact> {
  const artifact = buildArtifact(subject, options);
  await pushRaw(registry, repo, artifact.digest, { blobs: artifact.blobs, manifest: artifact.manifest, mediaType: OCI_MANIFEST }, creds);
  return artifact;
}

/** Write the fallback tag of `subject` as an index listing `artifacts` (replacing what was there); its digest. */
export async function pushFallbackIndex(
  registry: RegistryTarget,
  repo: string,
  subject: string,
  artifacts: readonly PushedArtifact[],
  creds?: Credentials,
): Promise<string> {
  const index = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: artifacts.map(referrerDescriptor) }));
  return pushRaw(registry, repo, fallbackTagOf(subject), { blobs: new Map(), manifest: index, mediaType: OCI_INDEX }, creds);
}

/** Push an artifact by digest and list it in the subject's fallback index, keeping what the index listed. */
export async function attach(
  registry: RegistryTarget,
  repo: string,
  subject: Subject,
  options: ArtifactOptions,
  creds?: Credentials,
): Promise<PushedArtifact> {
  const artifact = await pushArtifact(registry, repo, subject, options, creds);
  const current = await fallbackEntries(registry, repo, subject.digest, creds);
  const kept = (current ?? []).filter((d) => d['digest'] !== artifact.digest);
  const index = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [...kept, referrerDescriptor(artifact)] }));
  await pushRaw(registry, repo, fallbackTagOf(subject.digest), { blobs: new Map(), manifest: index, mediaType: OCI_INDEX }, creds);
  return artifact;
}

/** The descriptors the fallback index of `subject` lists; undefined when there is no such tag. */
export async function fallbackEntries(
  registry: RegistryTarget,
  repo: string,
  subject: string,
  creds?: Credentials,
): Promise<Array<Record<string, unknown>> | undefined> {
  const got = await getManifest(registry, repo, fallbackTagOf(subject), creds);
  if (got.status === 404) return undefined;
  if (got.status !== 200) throw new Error(`GET ${repo}:${fallbackTagOf(subject)}: ${got.status}`);
  return (JSON.parse(got.body.toString()) as { manifests: Array<Record<string, unknown>> }).manifests;
}

/**
 * A cosign (pre-v3) signature or attestation: an OCI manifest whose layer is the simple-signing payload (or a DSSE
 * envelope), under the tag `sha256-<hex>.sig` / `.att`. Not an OCI referrer: no `subject`.
 */
export async function pushCosign(
  registry: RegistryTarget,
  repo: string,
  subject: string,
  suffix: 'sig' | 'att',
  payload: string,
  creds?: Credentials,
): Promise<PushedArtifact> {
  const layer = Buffer.from(payload);
  const config = Buffer.from(
    JSON.stringify({ architecture: '', os: '', config: {}, rootfs: { type: 'layers', diff_ids: [sha256Digest(layer)] } }),
  );
  const annotations = suffix === 'sig' ? { 'dev.cosignproject.cosign/signature': Buffer.from(`sig:${payload}`).toString('base64') } : {};
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256Digest(config), size: config.length },
      layers: [
        {
          mediaType: suffix === 'sig' ? COSIGN_SIGNATURE_LAYER : DSSE_LAYER,
          digest: sha256Digest(layer),
          size: layer.length,
          annotations,
        },
      ],
    }),
  );
  const blobs = new Map([
    [sha256Digest(config), config],
    [sha256Digest(layer), layer],
  ]);
  const digest = await pushRaw(registry, repo, cosignTagOf(subject, suffix), { blobs, manifest, mediaType: OCI_MANIFEST }, creds);
  return {
    digest,
    mediaType: OCI_MANIFEST,
    size: manifest.length,
    manifest,
    artifactType: 'application/vnd.oci.image.config.v1+json',
    annotations: {},
    blobs,
  };
}
