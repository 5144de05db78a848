import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { PlanError, selectPlatforms as selectLeaves, type Leaf } from '../../src/copy/plan.ts';
import { parseManifest, type Manifest } from '../../src/oci/manifest.ts';
import { OCI_INDEX, OCI_MANIFEST } from '../../src/oci/media-types.ts';
import { parsePlatform } from '../../src/oci/platform.ts';

/** The index's own entries as the plan sees them (flat: each listed by the index itself). */
const selectPlatforms = (index: Manifest, wanted: Parameters<typeof selectLeaves>[1]): Leaf['descriptor'][] =>
  selectLeaves(
    index.manifests.map((descriptor) => ({ descriptor, parent: index })),
    wanted,
  ).map((leaf) => leaf.descriptor);

const sha = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;

const amd64 = sha('image-amd64');
const arm64 = sha('image-arm64');
const armv7 = sha('image-armv7');
const attestation = sha('attestation-amd64');

/** A buildx-style index: three images and one attestation manifest describing the amd64 image. */
function buildIndex(): Manifest {
  const doc = {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: [
      { mediaType: OCI_MANIFEST, digest: amd64, size: 700, platform: { os: 'linux', architecture: 'amd64' } },
      { mediaType: OCI_MANIFEST, digest: arm64, size: 701, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
      { mediaType: OCI_MANIFEST, digest: armv7, size: 702, platform: { os: 'linux', architecture: 'arm', variant: 'v7' } },
      {
        mediaType: OCI_MANIFEST,
        digest: attestation,
        size: 566,
        platform: { os: 'unknown', architecture: 'unknown' },
        annotations: { 'vnd.docker.reference.digest': amd64, 'vnd.docker.reference.type': 'attestation-manifest' },
      },
    ],
  };
  const bytes = Buffer.from(JSON.stringify(doc));
  return parseManifest(bytes, OCI_INDEX, `sha256:${createHash('sha256').update(bytes).digest('hex')}`);
}

describe('selectPlatforms', () => {
  const index = buildIndex();

  it('the fixture index parses as an index with four entries', () => {
    assert.equal(index.kind, 'index');
    assert.equal(index.manifests.length, 4);
  });

  const cases: Array<{ name: string; wanted: string[]; expected: string[] }> = [
    { name: 'one platform', wanted: ['linux/amd64'], expected: [amd64] },
    { name: 'selection follows the index order, not the request order', wanted: ['linux/arm/v7', 'linux/amd64'], expected: [amd64, armv7] },
    {
      name: 'all three platforms, in index order',
      wanted: ['linux/arm64', 'linux/arm/v7', 'linux/amd64'],
      expected: [amd64, arm64, armv7],
    },
    { name: 'arm64 without variant matches arm64/v8', wanted: ['linux/arm64'], expected: [arm64] },
    { name: 'arm without variant matches arm/v7', wanted: ['linux/arm'], expected: [armv7] },
    { name: 'the same platform asked twice is chosen once', wanted: ['linux/amd64', 'linux/amd64'], expected: [amd64] },
    { name: 'arm64/v8 and arm64 asked both are chosen once', wanted: ['linux/arm64/v8', 'linux/arm64'], expected: [arm64] },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.wanted.join(', ')}`, () => {
      const chosen = selectPlatforms(index, c.wanted.map(parsePlatform));
      assert.deepEqual(
        chosen.map((d) => d.digest),
        c.expected,
      );
      assert.ok(
        chosen.every((d) => d.platform?.os !== 'unknown'),
        'attestations are never selected as images',
      );
    });
  }

  const missing: Array<{ name: string; wanted: string[]; platform: string }> = [
    { name: 'an architecture the source lacks', wanted: ['linux/s390x'], platform: 'linux/s390x' },
    { name: 'an os the source lacks', wanted: ['windows/amd64'], platform: 'windows/amd64' },
    { name: 'a variant the source lacks', wanted: ['linux/arm/v6'], platform: 'linux/arm/v6' },
    { name: 'one present and one missing', wanted: ['linux/amd64', 'linux/ppc64le'], platform: 'linux/ppc64le' },
    { name: 'the unknown/unknown pseudo-platform', wanted: ['unknown/unknown'], platform: 'unknown/unknown' },
  ];
  for (const c of missing) {
    it(`errors on ${c.name}, listing the available platforms`, () => {
      assert.throws(
        () => selectPlatforms(index, c.wanted.map(parsePlatform)),
        (error: unknown) => {
          assert.ok(error instanceof PlanError, `expected PlanError, got ${String(error)}`);
          assert.ok(error.message.includes(`no image for platform ${c.platform}`), error.message);
          assert.ok(error.message.includes('it has linux/amd64, linux/arm64/v8, linux/arm/v7'), error.message);
          const listed = error.message.slice(error.message.indexOf('it has'));
          assert.ok(!listed.includes('unknown'), `attestations are not listed as platforms: ${error.message}`);
          return true;
        },
      );
    });
  }

  it('an index with only attestations says it has no platform entries', () => {
    const doc = {
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [{ mediaType: OCI_MANIFEST, digest: attestation, size: 1, platform: { os: 'unknown', architecture: 'unknown' } }],
    };
    const bytes = Buffer.from(JSON.stringify(doc));
    const only = parseManifest(bytes, OCI_INDEX, `sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    assert.throws(() => selectPlatforms(only, [parsePlatform('linux/amd64')]), /it has no platform entries/);
  });
});
