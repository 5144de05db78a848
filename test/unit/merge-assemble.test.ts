import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { digestOf } from '../../src/oci/digest.ts';
import { parseManifest, type Manifest } from '../../src/oci/manifest.ts';
import { DOCKER_IMAGE_CONFIG, DOCKER_LIST, DOCKER_MANIFEST, OCI_IMAGE_CONFIG, OCI_INDEX, OCI_MANIFEST } from '../../src/oci/media-types.ts';
import { parsePlatform } from '../../src/oci/platform.ts';
import { assembleIndex, type IndexPart } from '../../src/merge/assemble.ts';
import { MergeError } from '../../src/merge/errors.ts';
import type { ImagePlatform } from '../../src/merge/image-platform.ts';

function manifestOf(json: unknown, mediaType: string): Manifest {
  const bytes = Buffer.from(JSON.stringify(json));
  return parseManifest(bytes, mediaType, digestOf(bytes));
}

/** A single-platform image; `seed` makes its digest distinct. */
function image(seed: string, docker = false): Manifest {
  const config = Buffer.from(`config ${seed}`);
  const layer = Buffer.from(`layer ${seed}`);
  return manifestOf(
    {
      schemaVersion: 2,
      mediaType: docker ? DOCKER_MANIFEST : OCI_MANIFEST,
      config: { mediaType: docker ? DOCKER_IMAGE_CONFIG : OCI_IMAGE_CONFIG, digest: digestOf(config), size: config.length },
      layers: [
        {
          mediaType: docker ? 'application/vnd.docker.image.rootfs.diff.tar.gzip' : 'application/vnd.oci.image.layer.v1.tar+gzip',
          digest: digestOf(layer),
          size: layer.length,
        },
      ],
    },
    docker ? DOCKER_MANIFEST : OCI_MANIFEST,
  );
}

/** A BuildKit attestation manifest for `subject`, as `docker buildx build --provenance` pushes it. */
function attestation(seed: string): Manifest {
  const config = Buffer.from('{}');
  const statement = Buffer.from(`in-toto ${seed}`);
  return manifestOf(
    {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digestOf(config), size: config.length },
      layers: [
        {
          mediaType: 'application/vnd.in-toto+json',
          digest: digestOf(statement),
          size: statement.length,
          annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v0.2' },
        },
      ],
    },
    OCI_MANIFEST,
  );
}

const entryOf = (m: Manifest, platform: ImagePlatform) => ({ mediaType: m.mediaType, digest: m.digest, size: m.bytes.length, platform });

/** An index of `images`, each followed by its attestation when `attest`, as buildx lays them out. */
function index(images: Array<[Manifest, ImagePlatform]>, options: { attest?: boolean; docker?: boolean } = {}): Manifest {
  const manifests: unknown[] = images.map(([m, platform]) => entryOf(m, platform));
  if (options.attest) {
    for (const [m] of images) {
      const att = attestation(m.digest);
      manifests.push({
        mediaType: OCI_MANIFEST,
        digest: att.digest,
        size: att.bytes.length,
        annotations: { 'vnd.docker.reference.digest': m.digest, 'vnd.docker.reference.type': 'attestation-manifest' },
        platform: { architecture: 'unknown', os: 'unknown' },
      });
    }
  }
  const mediaType = options.docker ? DOCKER_LIST : OCI_INDEX;
  return manifestOf({ schemaVersion: 2, mediaType, manifests }, mediaType);
}

const amd64: ImagePlatform = { architecture: 'amd64', os: 'linux' };
const arm64: ImagePlatform = { architecture: 'arm64', os: 'linux' };
const armv7: ImagePlatform = { architecture: 'arm', os: 'linux', variant: 'v7' };

const docOf = (m: Manifest) =>
  JSON.parse(m.bytes.toString('utf8')) as { mediaType: string; manifests: Record<string, unknown>[]; annotations?: unknown };

function mergeError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof MergeError, `expected MergeError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('the parts were accepted but should have been rejected');
}

describe('assembleIndex: single images', () => {
  it('OCI images become an OCI index, one entry each, in the order given', () => {
    const a = image('amd64');
    const b = image('arm64');
    const result = assembleIndex([
      { source: 'ghcr.io/acme/app-amd64@x', manifest: a, platform: amd64 },
      { source: 'registry.example.com/app-arm64:v1', manifest: b, platform: arm64 },
    ]);
    assert.equal(result.manifest.mediaType, OCI_INDEX);
    assert.equal(result.manifest.kind, 'index');
    assert.equal(result.manifest.digest, digestOf(result.manifest.bytes));
    assert.deepEqual(docOf(result.manifest), { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [entryOf(a, amd64), entryOf(b, arm64)] });
    assert.deepEqual(Object.keys(docOf(result.manifest).manifests[0]!), ['mediaType', 'digest', 'size', 'platform']);
    assert.deepEqual(result.platforms, [
      { platform: amd64, source: 'ghcr.io/acme/app-amd64@x' },
      { platform: arm64, source: 'registry.example.com/app-arm64:v1' },
    ]);
    assert.deepEqual(
      result.entries.map((e) => [e.source, e.descriptor.digest, e.attestation]),
      [
        ['ghcr.io/acme/app-amd64@x', a.digest, false],
        ['registry.example.com/app-arm64:v1', b.digest, false],
      ],
    );
  });

  it('Docker v2 images become a Docker manifest list', () => {
    const result = assembleIndex([
      { source: 'a', manifest: image('a', true), platform: amd64 },
      { source: 'b', manifest: image('b', true), platform: arm64 },
    ]);
    assert.equal(result.manifest.mediaType, DOCKER_LIST);
    assert.equal(docOf(result.manifest).mediaType, DOCKER_LIST);
    assert.ok(docOf(result.manifest).manifests.every((m) => m['mediaType'] === DOCKER_MANIFEST));
  });

  it('Docker v2 and OCI images together become an OCI index', () => {
    const result = assembleIndex([
      { source: 'a', manifest: image('a', true), platform: amd64 },
      { source: 'b', manifest: image('b'), platform: arm64 },
    ]);
    assert.equal(result.manifest.mediaType, OCI_INDEX);
  });

  it('variant, os.version and os.features reach the entry', () => {
    const windows: ImagePlatform = { os: 'windows', architecture: 'amd64', 'os.version': '10.0.20348.2113', 'os.features': ['win32k'] };
    const result = assembleIndex([
      { source: 'a', manifest: image('a'), platform: armv7 },
      { source: 'b', manifest: image('b'), platform: windows },
    ]);
    const [first, second] = docOf(result.manifest).manifests;
    assert.deepEqual(first?.['platform'], { architecture: 'arm', os: 'linux', variant: 'v7' });
    assert.deepEqual(second?.['platform'], {
      architecture: 'amd64',
      os: 'windows',
      'os.version': '10.0.20348.2113',
      'os.features': ['win32k'],
    });
  });
});

describe('assembleIndex: indexes and attestations', () => {
  it('an index contributes its entries as they are, attestations beside their images; an image joins them', () => {
    const a = image('amd64');
    const b = image('arm64');
    const c = image('armv7');
    const multi = index(
      [
        [a, amd64],
        [b, arm64],
      ],
      { attest: true },
    );
    const result = assembleIndex([
      { source: 'ghcr.io/acme/app:multi', manifest: multi },
      { source: 'ghcr.io/acme/app-arm:v7', manifest: c, platform: armv7 },
    ]);
    const doc = docOf(result.manifest);
    assert.equal(doc.mediaType, OCI_INDEX);
    const sourceEntries = (multi.json['manifests'] as unknown[]).map((e) => structuredClone(e));
    assert.deepEqual(doc.manifests, [...sourceEntries, entryOf(c, armv7)]);
    assert.equal(
      doc.manifests[2]?.['annotations'] && (doc.manifests[2]['annotations'] as Record<string, string>)['vnd.docker.reference.digest'],
      a.digest,
    );
    assert.deepEqual(
      result.platforms.map((p) => [`${p.platform.os}/${p.platform.architecture}`, p.source]),
      [
        ['linux/amd64', 'ghcr.io/acme/app:multi'],
        ['linux/arm64', 'ghcr.io/acme/app:multi'],
        ['linux/arm', 'ghcr.io/acme/app-arm:v7'],
      ],
    );
    assert.deepEqual(
      result.entries.map((e) => e.attestation),
      [false, false, true, true, false],
    );
  });

  it('Docker images with attestations make an OCI index: the attestations are OCI manifests', () => {
    const result = assembleIndex([
      { source: 'a', manifest: index([[image('a', true), amd64]], { attest: true }) },
      { source: 'b', manifest: image('b', true), platform: arm64 },
    ]);
    assert.equal(result.manifest.mediaType, OCI_INDEX);
  });

  it('a Docker manifest list and a Docker image stay a Docker manifest list', () => {
    const result = assembleIndex([
      { source: 'a', manifest: index([[image('a', true), amd64]], { docker: true }) },
      { source: 'b', manifest: image('b', true), platform: arm64 },
    ]);
    assert.equal(result.manifest.mediaType, DOCKER_LIST);
  });

  it('attestations are never counted as platforms: two indexes with unknown/unknown entries merge', () => {
    const result = assembleIndex([
      { source: 'a', manifest: index([[image('a'), amd64]], { attest: true }) },
      { source: 'b', manifest: index([[image('b'), arm64]], { attest: true }) },
    ]);
    assert.equal(docOf(result.manifest).manifests.length, 4);
    assert.deepEqual(
      result.platforms.map((p) => p.platform.architecture),
      ['amd64', 'arm64'],
    );
  });
});

describe('assembleIndex: duplicate platforms', () => {
  it('two sources with one platform are an error naming both', () => {
    const message = mergeError(() =>
      assembleIndex([
        { source: 'ghcr.io/acme/app:multi', manifest: index([[image('a'), amd64]], { attest: true }) },
        { source: 'docker.io/acme/app-amd64:v1', manifest: image('b'), platform: amd64 },
      ]),
    );
    assert.match(message, /^platform linux\/amd64 is in both ghcr\.io\/acme\/app:multi and docker\.io\/acme\/app-amd64:v1 /);
    assert.match(message, /one image per platform/);
  });
  it('arm64 and arm64/v8 are the same platform', () => {
    mergeError(() =>
      assembleIndex([
        { source: 'a', manifest: image('a'), platform: arm64 },
        { source: 'b', manifest: image('b'), platform: { ...arm64, variant: 'v8' } },
      ]),
    );
  });
  it('arm/v6 and arm/v7, or Windows builds of different os.version, are different platforms', () => {
    assembleIndex([
      { source: 'a', manifest: image('a'), platform: armv7 },
      { source: 'b', manifest: image('b'), platform: { ...armv7, variant: 'v6' } },
    ]);
    assembleIndex([
      { source: 'a', manifest: image('a'), platform: { os: 'windows', architecture: 'amd64', 'os.version': '10.0.17763.5329' } },
      { source: 'b', manifest: image('b'), platform: { os: 'windows', architecture: 'amd64', 'os.version': '10.0.20348.2227' } },
    ]);
  });
  it('the same image given twice is a duplicate', () => {
    const a = image('a');
    assert.match(
      mergeError(() =>
        assembleIndex([
          { source: 'x', manifest: a, platform: amd64 },
          { source: 'y', manifest: a, platform: amd64 },
        ]),
      ),
      /in both x and y/,
    );
  });
});

describe('assembleIndex: annotations', () => {
  it('annotations go on the index, keys sorted, and make it an OCI index even over Docker images', () => {
    const result = assembleIndex(
      [
        { source: 'a', manifest: image('a', true), platform: amd64 },
        { source: 'b', manifest: image('b', true), platform: arm64 },
      ],
      {
        annotations: { 'org.opencontainers.image.source': 'https://github.com/acme/app', 'org.opencontainers.image.description': 'My app' },
      },
    );
    const doc = docOf(result.manifest);
    assert.equal(result.manifest.mediaType, OCI_INDEX);
    assert.deepEqual(Object.entries(doc.annotations as object), [
      ['org.opencontainers.image.description', 'My app'],
      ['org.opencontainers.image.source', 'https://github.com/acme/app'],
    ]);
    assert.deepEqual(Object.keys(doc), ['schemaVersion', 'mediaType', 'manifests', 'annotations']);
  });
  it('no annotations, no annotations field', () => {
    const result = assembleIndex([{ source: 'a', manifest: image('a'), platform: amd64 }], { annotations: {} });
    assert.equal(docOf(result.manifest).annotations, undefined);
  });
});

describe('assembleIndex: deterministic bytes', () => {
  const a = image('a');
  const b = index([[image('b'), arm64]], { attest: true });
  const parts = (): IndexPart[] => [
    { source: 'a', manifest: a, platform: { architecture: 'amd64', os: 'linux' } },
    { source: 'b', manifest: b },
  ];
  it('the same parts give the same bytes and digest', () => {
    const first = assembleIndex(parts(), { annotations: { x: '1', y: '2' } });
    const second = assembleIndex(parts(), { annotations: { x: '1', y: '2' } });
    assert.ok(first.manifest.bytes.equals(second.manifest.bytes));
    assert.equal(first.manifest.digest, second.manifest.digest);
  });
  it('the order keys were given in does not change the bytes', () => {
    const first = assembleIndex(parts(), { annotations: { x: '1', y: '2' } });
    const reordered: IndexPart[] = [{ source: 'other name', manifest: a, platform: { os: 'linux', architecture: 'amd64' } }, parts()[1]!];
    const second = assembleIndex(reordered, { annotations: { y: '2', x: '1' } });
    assert.equal(first.manifest.digest, second.manifest.digest);
  });
  it('entries keep the order given: another order is another index', () => {
    const forward = assembleIndex(parts());
    const backward = assembleIndex([...parts()].reverse());
    assert.notEqual(forward.manifest.digest, backward.manifest.digest);
    assert.equal(docOf(backward.manifest).manifests[0]?.['digest'], b.manifests[0]?.digest);
  });
  it('the bytes hold no time stamps: they are the entries and annotations only', () => {
    const text = assembleIndex(parts(), { annotations: { x: '1' } }).manifest.bytes.toString('utf8');
    const doc = JSON.parse(text) as Record<string, unknown>;
    assert.equal(text, JSON.stringify(doc, null, 2) + '\n');
    assert.deepEqual(Object.keys(doc), ['schemaVersion', 'mediaType', 'manifests', 'annotations']);
  });
});

describe('assembleIndex: platforms selection', () => {
  const a = image('amd64');
  const b = image('arm64');
  const multi = index(
    [
      [a, amd64],
      [b, arm64],
    ],
    { attest: true },
  );
  it('keeps the chosen platforms and the attestations that describe them', () => {
    const result = assembleIndex(
      [
        { source: 'multi', manifest: multi },
        { source: 'arm', manifest: image('armv7'), platform: armv7 },
      ],
      { platforms: [parsePlatform('linux/arm64'), parsePlatform('linux/arm/v7')] },
    );
    const doc = docOf(result.manifest);
    assert.deepEqual(
      doc.manifests.map((m) => m['digest']),
      [b.digest, multi.manifests[3]!.digest, result.entries[2]!.descriptor.digest],
    );
    assert.equal((doc.manifests[1]?.['annotations'] as Record<string, string>)['vnd.docker.reference.digest'], b.digest);
    assert.deepEqual(
      result.platforms.map((p) => p.source),
      ['multi', 'arm'],
    );
  });
  it('a selection can resolve a duplicate', () => {
    const result = assembleIndex(
      [
        { source: 'multi', manifest: multi },
        { source: 'amd', manifest: image('other amd64'), platform: amd64 },
      ],
      { platforms: [parsePlatform('linux/arm64')] },
    );
    assert.deepEqual(
      result.platforms.map((p) => p.source),
      ['multi'],
    );
  });
  it('a platform no source has is an error saying what they have', () => {
    const message = mergeError(() => assembleIndex([{ source: 'multi', manifest: multi }], { platforms: [parsePlatform('linux/s390x')] }));
    assert.equal(message, 'no source has an image for platform linux/s390x; they have linux/amd64, linux/arm64');
  });
});

describe('assembleIndex: bad parts', () => {
  it('nothing to merge', () =>
    assert.match(
      mergeError(() => assembleIndex([])),
      /nothing to merge/,
    ));
  it('an image without a platform', () => {
    assert.match(
      mergeError(() => assembleIndex([{ source: 'ghcr.io/acme/app:x', manifest: image('a') }])),
      /^ghcr\.io\/acme\/app:x is a single image but no platform/,
    );
  });
  it('an artifact that is not an image', () => {
    const chart = manifestOf(
      {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: 'application/vnd.cncf.helm.config.v1+json', digest: digestOf(Buffer.from('{}')), size: 2 },
        layers: [],
      },
      OCI_MANIFEST,
    );
    assert.match(
      mergeError(() => assembleIndex([{ source: 'ghcr.io/acme/chart:1', manifest: chart, platform: amd64 }])),
      /^ghcr\.io\/acme\/chart:1 is not an image or an index: its config is "application\/vnd\.cncf\.helm\.config\.v1\+json"/,
    );
  });
});
