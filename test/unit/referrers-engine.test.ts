// Referrers over the in-memory store: what follows an image, in which order, and what is kept at the target.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyImage, type CopyRequest } from '../../src/copy/copy.ts';
import { fallbackTag } from '../../src/copy/referrers.ts';
import type { Manifest } from '../../src/oci/manifest.ts';
import { parsePlatform } from '../../src/oci/platform.ts';
import { OCI_INDEX, OCI_MANIFEST } from '../../src/oci/media-types.ts';
import { RetryPolicy } from '../../src/retry/policy.ts';
import { MemoryRegistry, type MemoryStore } from '../support/memory-store.ts';
import { seedImage, seedIndex } from '../support/memory-images.ts';

const quiet = { debug: () => undefined, info: () => undefined, warning: () => undefined, error: () => undefined };
const EMPTY_CONFIG = 'application/vnd.oci.empty.v1+json';

function copy(source: MemoryStore, tag: string, targets: Array<[MemoryStore, string]>, extra: Partial<CopyRequest> = {}) {
  return copyImage({
    source: { store: source, tag, text: `${source.name}:${tag}` },
    targets: targets.map(([store, t]) => ({ store, tag: t, text: `${store.name}:${t}` })),
    concurrency: 4,
    logger: quiet,
    retry: new RetryPolicy({ settings: { baseDelayMs: 1, maxDelayMs: 2 } }),
    ...extra,
  });
}

/** An OCI 1.1 artifact about `subject`, as `oras attach` or cosign v3 pushes it. */
function seedArtifact(store: MemoryStore, subject: Manifest, artifactType: string, content: string): Manifest {
  const config = store.seedBlob(Buffer.from('{}'), EMPTY_CONFIG);
  const layer = store.seedBlob(Buffer.from(content), 'application/octet-stream');
  return store.seedManifest(
    {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType,
      config,
      layers: [layer],
      subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.bytes.length },
      annotations: { 'org.opencontainers.image.created': '2026-01-01T00:00:00Z' },
    },
    OCI_MANIFEST,
  );
}

/** Index the artifact under the subject's fallback tag, as a registry without the referrers API needs. */
function indexByFallbackTag(store: MemoryStore, subject: string, artifacts: Manifest[]): void {
  store.seedManifest(
    {
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: artifacts.map((a) => ({
        mediaType: a.mediaType,
        digest: a.digest,
        size: a.bytes.length,
        artifactType: a.json['artifactType'],
      })),
    },
    OCI_INDEX,
    fallbackTag(subject),
  );
}

/** A cosign (pre-v3) signature: a manifest under the tag sha256-<hex>.sig. */
function seedCosignSignature(store: MemoryStore, subject: string, payload: string): Manifest {
  const config = store.seedBlob(Buffer.from(`{"sig":"${payload}"}`), 'application/vnd.oci.image.config.v1+json');
  const layer = store.seedBlob(Buffer.from(payload), 'application/vnd.dev.cosign.simplesigning.v1+json');
  return store.seedManifest(
    { schemaVersion: 2, mediaType: OCI_MANIFEST, config, layers: [layer] },
    OCI_MANIFEST,
    `${subject.replace(':', '-')}.sig`,
  );
}

const fallbackEntries = (store: MemoryStore, subject: string): string[] => {
  const digest = store.tags.get(fallbackTag(subject));
  if (!digest) return [];
  return (JSON.parse(store.manifests.get(digest)!.bytes.toString()) as { manifests: Array<{ digest: string }> }).manifests.map(
    (m) => m.digest,
  );
};

describe('referrers follow the image', () => {
  it('an SBOM (fallback tag) and a cosign signature follow, after the image and before its tag', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const repo = src.repository('app');
    const image = seedImage(repo, 'app', { tag: 'v1' });
    const sbom = seedArtifact(repo, image, 'application/spdx+json', 'sbom');
    indexByFallbackTag(repo, image.digest, [sbom]);
    const sig = seedCosignSignature(repo, image.digest, 'signed');
    const result = await copy(repo, 'v1', [[dst.repository('app'), 'v1']]);
    const target = result.targets[0]!;
    assert.equal(target.status, 'copied', target.error);
    assert.deepEqual(target.referrers, { copied: 2, existing: 0 });
    assert.deepEqual(target.referrerKinds, { sbom: 1, signature: 1 });
    const out = dst.repository('app');
    assert.deepEqual(out.manifests.get(sbom.digest)?.bytes, sbom.bytes, 'the referrer’s exact bytes');
    assert.equal(out.tags.get(`${image.digest.replace(':', '-')}.sig`), sig.digest);
    assert.deepEqual(fallbackEntries(out, image.digest), [sbom.digest]);
    const puts = dst.log((c) => c.op === 'putManifest');
    assert.equal(puts.at(-1), 'app putManifest v1', 'the tag moves last');
    assert.ok(puts.indexOf(`app putManifest ${image.digest}`) < puts.indexOf(`app putManifest ${sbom.digest}`), 'subject before referrer');
  });

  it('with the referrers API on both sides, nothing but the referrer is written: the registry indexes it', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const repo = src.repository('app');
    repo.enableReferrersApi();
    dst.repository('app').enableReferrersApi();
    const image = seedImage(repo, 'app', { tag: 'v1' });
    const att = seedArtifact(repo, image, 'application/vnd.in-toto+json', 'provenance');
    const result = await copy(repo, 'v1', [[dst.repository('app'), 'v1']]);
    assert.deepEqual(result.targets[0]!.referrerKinds, { attestation: 1 });
    assert.ok(dst.repository('app').manifests.has(att.digest));
    assert.equal(dst.repository('app').tags.has(fallbackTag(image.digest)), false, 'no fallback tag where the registry indexes');
  });

  it('a signature on an attestation follows too, after the attestation', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const repo = src.repository('app');
    repo.enableReferrersApi();
    const image = seedImage(repo, 'app', { tag: 'v1' });
    const att = seedArtifact(repo, image, 'application/vnd.in-toto+json', 'provenance');
    const sigOnAtt = seedArtifact(repo, att, 'application/vnd.dev.sigstore.bundle.v0.3+json', 'signature of provenance');
    const result = await copy(repo, 'v1', [[dst.repository('app'), 'v1']]);
    assert.equal(result.targets[0]!.referrers.copied, 2);
    const puts = dst.log((c) => c.op === 'putManifest');
    assert.ok(puts.indexOf(`app putManifest ${att.digest}`) < puts.indexOf(`app putManifest ${sigOnAtt.digest}`));
    assert.deepEqual(fallbackEntries(dst.repository('app'), att.digest), [sigOnAtt.digest]);
  });

  it('the signed children of an index bring their signatures', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const repo = src.repository('multi');
    const amd = seedImage(repo, 'amd');
    const arm = seedImage(repo, 'arm');
    seedIndex(
      repo,
      [
        { manifest: amd, platform: { os: 'linux', architecture: 'amd64' } },
        { manifest: arm, platform: { os: 'linux', architecture: 'arm64' } },
      ],
      'v1',
    );
    const sigAmd = seedCosignSignature(repo, amd.digest, 'amd');
    const sigArm = seedCosignSignature(repo, arm.digest, 'arm');
    const result = await copy(repo, 'v1', [[dst.repository('multi'), 'v1']]);
    assert.equal(result.targets[0]!.referrers.copied, 2);
    assert.equal(dst.repository('multi').tags.get(`${amd.digest.replace(':', '-')}.sig`), sigAmd.digest);
    assert.equal(dst.repository('multi').tags.get(`${arm.digest.replace(':', '-')}.sig`), sigArm.digest);
  });

  it('one platform selected brings the signature of the image it pushes, and not the other platform’s', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const repo = src.repository('multi');
    const amd = seedImage(repo, 'amd');
    const arm = seedImage(repo, 'arm');
    const index = seedIndex(
      repo,
      [
        { manifest: amd, platform: { os: 'linux', architecture: 'amd64' } },
        { manifest: arm, platform: { os: 'linux', architecture: 'arm64' } },
      ],
      'v1',
    );
    seedCosignSignature(repo, amd.digest, 'amd');
    const sigArm = seedCosignSignature(repo, arm.digest, 'arm');
    seedCosignSignature(repo, index.digest, 'index');
    const result = await copy(repo, 'v1', [[dst.repository('multi'), 'v1']], { platforms: [parsePlatform('linux/arm64')] });
    const target = result.targets[0]!;
    assert.equal(target.status, 'copied', target.error);
    assert.equal(target.digest, arm.digest);
    assert.deepEqual(target.referrers, { copied: 1, existing: 0 });
    const out = dst.repository('multi');
    assert.equal(out.tags.get(`${arm.digest.replace(':', '-')}.sig`), sigArm.digest);
    assert.equal(out.tags.has(`${amd.digest.replace(':', '-')}.sig`), false);
    assert.equal(out.tags.has(`${index.digest.replace(':', '-')}.sig`), false, 'the index was not pushed, so its signature stays');
  });

  it('a fallback index at the target keeps the entries it already had', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const repo = src.repository('app');
    const image = seedImage(repo, 'app', { tag: 'v1' });
    const sbom = seedArtifact(repo, image, 'application/spdx+json', 'sbom');
    indexByFallbackTag(repo, image.digest, [sbom]);
    const out = dst.repository('app');
    const theirs = seedArtifact(out, image, 'application/vnd.cncf.notary.signature', 'made at the target');
    indexByFallbackTag(out, image.digest, [theirs]);
    await copy(repo, 'v1', [[out, 'v1']]);
    assert.deepEqual(fallbackEntries(out, image.digest), [theirs.digest, sbom.digest]);
  });

  it('a referrer already at the target by digest but not in its fallback index gets listed (an earlier run stopped before the index)', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const repo = src.repository('app');
    const image = seedImage(repo, 'app', { tag: 'v1' });
    const sbom = seedArtifact(repo, image, 'application/spdx+json', 'sbom');
    indexByFallbackTag(repo, image.digest, [sbom]);
    const out = dst.repository('app');
    seedArtifact(out, image, 'application/spdx+json', 'sbom');
    const result = await copy(repo, 'v1', [[out, 'v1']]);
    const target = result.targets[0]!;
    assert.equal(target.status, 'copied', target.error);
    assert.deepEqual(target.referrers, { copied: 0, existing: 1 });
    assert.deepEqual(fallbackEntries(out, image.digest), [sbom.digest]);
    const again = await copy(repo, 'v1', [[out, 'v1']]);
    assert.equal(again.targets[0]!.status, 'unchanged');
    assert.equal(dst.log((c) => c.op === 'putManifest').filter((l) => l.includes(fallbackTag(image.digest))).length, 1, 'listed once');
  });

  it('a referrer already at a target that indexes subjects itself is not put in a fallback index', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const repo = src.repository('app');
    const image = seedImage(repo, 'app', { tag: 'v1' });
    const sbom = seedArtifact(repo, image, 'application/spdx+json', 'sbom');
    indexByFallbackTag(repo, image.digest, [sbom]);
    const out = dst.repository('app');
    out.enableReferrersApi();
    seedArtifact(out, image, 'application/spdx+json', 'sbom');
    const result = await copy(repo, 'v1', [[out, 'v1']]);
    assert.deepEqual(result.targets[0]!.referrers, { copied: 0, existing: 1 });
    assert.equal(out.tags.has(fallbackTag(image.digest)), false);
  });

  it('a concurrent update of the fallback index is not lost: the write is conditional and re-merged', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const repo = src.repository('app');
    const image = seedImage(repo, 'app', { tag: 'v1' });
    const sbom = seedArtifact(repo, image, 'application/spdx+json', 'sbom');
    indexByFallbackTag(repo, image.digest, [sbom]);
    const out = dst.repository('app');
    const first = seedArtifact(out, image, 'application/vnd.cncf.notary.signature', 'first');
    indexByFallbackTag(out, image.digest, [first]);
    let raced = false;
    out.beforeConditionalWrite = () => {
      if (raced) return;
      raced = true;
      const other = seedArtifact(out, image, 'application/vnd.cncf.notary.signature', 'written meanwhile');
      indexByFallbackTag(out, image.digest, [first, other]);
    };
    const result = await copy(repo, 'v1', [[out, 'v1']]);
    assert.equal(result.targets[0]!.status, 'copied', result.targets[0]!.error);
    assert.ok(raced);
    const entries = fallbackEntries(out, image.digest);
    assert.equal(entries.length, 3, entries.join(' '));
    assert.ok(entries.includes(first.digest) && entries.includes(sbom.digest));
  });

  it('a fallback index created meanwhile by someone else is not overwritten: the first write asks that none exist yet', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const repo = src.repository('app');
    const image = seedImage(repo, 'app', { tag: 'v1' });
    const sbom = seedArtifact(repo, image, 'application/spdx+json', 'sbom');
    indexByFallbackTag(repo, image.digest, [sbom]);
    const out = dst.repository('app');
    let other: Manifest | undefined;
    out.beforeConditionalWrite = () => {
      if (other) return;
      other = seedArtifact(out, image, 'application/vnd.cncf.notary.signature', 'created meanwhile');
      indexByFallbackTag(out, image.digest, [other]);
    };
    const result = await copy(repo, 'v1', [[out, 'v1']]);
    assert.equal(result.targets[0]!.status, 'copied', result.targets[0]!.error);
    assert.ok(other);
    assert.deepEqual(fallbackEntries(out, image.digest), [other.digest, sbom.digest]);
  });

  it('a referrer whose blob cannot be pushed fails the target, and the tag is not written', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const repo = src.repository('app');
    const image = seedImage(repo, 'app', { tag: 'v1' });
    const sbom = seedArtifact(repo, image, 'application/spdx+json', 'sbom-that-fails');
    indexByFallbackTag(repo, image.digest, [sbom]);
    const doomed = sbom.blobs[1]!.digest;
    dst.faults.push((call) =>
      call.op === 'writeBlob' && call.ref === doomed ? Object.assign(new Error('denied'), { retryable: false }) : undefined,
    );
    const result = await copy(repo, 'v1', [[dst.repository('app'), 'v1']]);
    assert.equal(result.targets[0]!.status, 'failed');
    assert.equal(result.targets[0]!.failure?.object, doomed);
    assert.equal(dst.repository('app').tags.has('v1'), false);
  });

  it('referrers: false copies the image alone and asks nothing about referrers', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const repo = src.repository('app');
    const image = seedImage(repo, 'app', { tag: 'v1' });
    seedCosignSignature(repo, image.digest, 'signed');
    const result = await copy(repo, 'v1', [[dst.repository('app'), 'v1']], { referrers: false });
    assert.deepEqual(result.targets[0]!.referrers, { copied: 0, existing: 0 });
    assert.deepEqual(
      src.log((c) => c.op === 'resolve'),
      ['app resolve v1'],
    );
  });

  it('a re-run finds a signature added since, copies it, and says copied', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const repo = src.repository('app');
    const image = seedImage(repo, 'app', { tag: 'v1' });
    await copy(repo, 'v1', [[dst.repository('app'), 'v1']]);
    seedCosignSignature(repo, image.digest, 'signed later');
    const result = await copy(repo, 'v1', [[dst.repository('app'), 'v1']]);
    assert.equal(result.targets[0]!.status, 'copied');
    assert.deepEqual(result.targets[0]!.referrers, { copied: 1, existing: 0 });
    const again = await copy(repo, 'v1', [[dst.repository('app'), 'v1']]);
    assert.equal(again.targets[0]!.status, 'unchanged');
    assert.deepEqual(again.targets[0]!.referrers, { copied: 0, existing: 1 });
  });

  it('a different cosign signature already at the target is kept, with a warning', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const repo = src.repository('app');
    const image = seedImage(repo, 'app', { tag: 'v1' });
    seedCosignSignature(repo, image.digest, 'source signature');
    const out = dst.repository('app');
    const theirs = seedCosignSignature(out, image.digest, 'target signature');
    const result = await copy(repo, 'v1', [[out, 'v1']]);
    assert.equal(result.targets[0]!.status, 'copied');
    assert.equal(out.tags.get(`${image.digest.replace(':', '-')}.sig`), theirs.digest);
    assert.ok(
      result.warnings.some((w) => w.includes('kept the target')),
      result.warnings.join('\n'),
    );
  });

  it('a dry run counts the referrers it would copy and writes nothing', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const repo = src.repository('app');
    const image = seedImage(repo, 'app', { tag: 'v1' });
    seedCosignSignature(repo, image.digest, 'signed');
    const result = await copy(repo, 'v1', [[dst.repository('app'), 'v1']], { dryRun: true });
    assert.equal(result.targets[0]!.status, 'planned');
    assert.deepEqual(result.targets[0]!.referrers, { copied: 1, existing: 0 });
    assert.equal(dst.log((c) => c.op === 'putManifest' || c.op === 'writeBlob').length, 0);
  });
});
