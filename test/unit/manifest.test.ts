import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { MAX_MANIFEST_BYTES, ManifestError, isContainerImage, parseManifest } from '../../src/oci/manifest.ts';
import {
  DOCKER_IMAGE_CONFIG,
  DOCKER_LIST,
  DOCKER_MANIFEST,
  DOCKER_SCHEMA1,
  DOCKER_SCHEMA1_SIGNED,
  OCI_IMAGE_CONFIG,
  OCI_INDEX,
  OCI_MANIFEST,
} from '../../src/oci/media-types.ts';

const sha = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;
const bytesOf = (doc: unknown): Buffer => Buffer.from(JSON.stringify(doc, null, 2));
const digestOfBytes = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

const OCI_LAYER = 'application/vnd.oci.image.layer.v1.tar+gzip';
const DOCKER_LAYER = 'application/vnd.docker.image.rootfs.diff.tar.gzip';

const config = { mediaType: OCI_IMAGE_CONFIG, digest: sha('config'), size: 1234 };
const layers = [
  { mediaType: OCI_LAYER, digest: sha('layer-1'), size: 100 },
  { mediaType: OCI_LAYER, digest: sha('layer-2'), size: 200 },
  { mediaType: OCI_LAYER, digest: sha('layer-3'), size: 300 },
];
const ociImage = { schemaVersion: 2, mediaType: OCI_MANIFEST, config, layers };
const dockerImage = {
  schemaVersion: 2,
  mediaType: DOCKER_MANIFEST,
  config: { ...config, mediaType: DOCKER_IMAGE_CONFIG },
  layers: layers.map((l) => ({ ...l, mediaType: DOCKER_LAYER })),
};
const entries = [
  { mediaType: OCI_MANIFEST, digest: sha('amd64'), size: 500, platform: { os: 'linux', architecture: 'amd64' } },
  { mediaType: OCI_MANIFEST, digest: sha('arm64'), size: 501, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
  { mediaType: OCI_MANIFEST, digest: sha('arm'), size: 502, platform: { os: 'linux', architecture: 'arm', variant: 'v7' } },
];
const ociIndex = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries };
const dockerList = { schemaVersion: 2, mediaType: DOCKER_LIST, manifests: entries.map((e) => ({ ...e, mediaType: DOCKER_MANIFEST })) };

describe('parseManifest: kinds and media types', () => {
  const cases: Array<{
    name: string;
    doc: Record<string, unknown>;
    contentType: string | undefined;
    mediaType: string;
    kind: 'index' | 'image';
  }> = [
    { name: 'OCI index by Content-Type', doc: ociIndex, contentType: OCI_INDEX, mediaType: OCI_INDEX, kind: 'index' },
    { name: 'Docker manifest list by Content-Type', doc: dockerList, contentType: DOCKER_LIST, mediaType: DOCKER_LIST, kind: 'index' },
    { name: 'OCI image manifest by Content-Type', doc: ociImage, contentType: OCI_MANIFEST, mediaType: OCI_MANIFEST, kind: 'image' },
    {
      name: 'Docker v2 manifest by Content-Type',
      doc: dockerImage,
      contentType: DOCKER_MANIFEST,
      mediaType: DOCKER_MANIFEST,
      kind: 'image',
    },
    {
      name: 'Content-Type with parameters and capitals',
      doc: ociIndex,
      contentType: 'Application/VND.OCI.Image.Index.v1+json; charset=utf-8',
      mediaType: OCI_INDEX,
      kind: 'index',
    },
    {
      name: 'Content-Type wins over the document',
      doc: { ...ociImage, mediaType: OCI_MANIFEST },
      contentType: DOCKER_MANIFEST,
      mediaType: DOCKER_MANIFEST,
      kind: 'image',
    },
    {
      name: 'document mediaType when Content-Type is missing',
      doc: dockerList,
      contentType: undefined,
      mediaType: DOCKER_LIST,
      kind: 'index',
    },
    {
      name: 'document mediaType when Content-Type is application/json',
      doc: dockerImage,
      contentType: 'application/json',
      mediaType: DOCKER_MANIFEST,
      kind: 'image',
    },
    {
      name: 'document mediaType when Content-Type is application/octet-stream',
      doc: ociIndex,
      contentType: 'application/octet-stream',
      mediaType: OCI_INDEX,
      kind: 'index',
    },
    {
      name: 'document mediaType when Content-Type is text/plain',
      doc: ociImage,
      contentType: 'text/plain; charset=utf-8',
      mediaType: OCI_MANIFEST,
      kind: 'image',
    },
    {
      name: 'shape: no mediaType and a manifests list is an OCI index',
      doc: { schemaVersion: 2, manifests: entries },
      contentType: undefined,
      mediaType: OCI_INDEX,
      kind: 'index',
    },
    {
      name: 'shape: no mediaType and config/layers is an OCI manifest',
      doc: { schemaVersion: 2, config, layers },
      contentType: '',
      mediaType: OCI_MANIFEST,
      kind: 'image',
    },
    {
      name: 'artifact with an unknown Content-Type but config and layers',
      doc: { schemaVersion: 2, config: { ...config, mediaType: 'application/vnd.cncf.helm.config.v1+json' }, layers },
      contentType: 'application/vnd.example.thing+json',
      mediaType: 'application/vnd.example.thing+json',
      kind: 'image',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const bytes = bytesOf(c.doc);
      const digest = digestOfBytes(bytes);
      const m = parseManifest(bytes, c.contentType, digest);
      assert.equal(m.mediaType, c.mediaType);
      assert.equal(m.kind, c.kind);
      assert.equal(m.digest, digest);
      assert.equal(m.bytes, bytes, 'the exact bytes are kept, never re-serialised');
      assert.deepEqual(m.json, c.doc);
    });
  }
});

describe('parseManifest: image contents', () => {
  it('blobs are the config then the layers, in order', () => {
    const bytes = bytesOf(ociImage);
    const m = parseManifest(bytes, OCI_MANIFEST, digestOfBytes(bytes));
    assert.deepEqual(m.config, config);
    assert.deepEqual(
      m.blobs.map((b) => b.digest),
      [config.digest, ...layers.map((l) => l.digest)],
    );
    assert.deepEqual(
      m.blobs.map((b) => b.size),
      [1234, 100, 200, 300],
    );
    assert.deepEqual(m.manifests, []);
    assert.equal(isContainerImage(m), true);
  });

  it('an image without layers has just its config as blob', () => {
    const doc = { schemaVersion: 2, mediaType: OCI_MANIFEST, config };
    const bytes = bytesOf(doc);
    const m = parseManifest(bytes, OCI_MANIFEST, digestOfBytes(bytes));
    assert.deepEqual(m.blobs, [config]);
  });

  it('an artifact whose config is not an image config is not a container image', () => {
    const doc = {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { ...config, mediaType: 'application/vnd.cncf.helm.config.v1+json' },
      layers,
    };
    const bytes = bytesOf(doc);
    assert.equal(isContainerImage(parseManifest(bytes, OCI_MANIFEST, digestOfBytes(bytes))), false);
  });

  it('keeps annotations and artifactType of descriptors', () => {
    const layer = { ...layers[0]!, annotations: { 'org.opencontainers.image.title': 'a.txt' }, artifactType: 'application/vnd.example' };
    const doc = { schemaVersion: 2, mediaType: OCI_MANIFEST, config, layers: [layer] };
    const bytes = bytesOf(doc);
    const m = parseManifest(bytes, OCI_MANIFEST, digestOfBytes(bytes));
    assert.deepEqual(m.blobs[1], layer);
  });
});

describe('parseManifest: index contents', () => {
  it('lists the entries in order with their platforms', () => {
    const bytes = bytesOf(ociIndex);
    const m = parseManifest(bytes, OCI_INDEX, digestOfBytes(bytes));
    assert.deepEqual(
      m.manifests.map((d) => d.digest),
      entries.map((e) => e.digest),
    );
    assert.deepEqual(
      m.manifests.map((d) => d.platform),
      [
        { os: 'linux', architecture: 'amd64' },
        { os: 'linux', architecture: 'arm64', variant: 'v8' },
        { os: 'linux', architecture: 'arm', variant: 'v7' },
      ],
    );
    assert.deepEqual(m.blobs, []);
    assert.equal(m.config, undefined);
    assert.equal(isContainerImage(m), true);
  });

  it('drops a platform without os or architecture rather than keep a half one', () => {
    const doc = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [{ ...entries[0]!, platform: { architecture: 'amd64' } }] };
    const bytes = bytesOf(doc);
    const m = parseManifest(bytes, OCI_INDEX, digestOfBytes(bytes));
    assert.equal(m.manifests[0]!.platform, undefined);
  });
});

describe('parseManifest: rejected documents', () => {
  const wrongDigest = { ...layers[0]!, digest: 'sha256:1234' };
  const cases: Array<{ name: string; bytes: Buffer; contentType: string | undefined; reason: RegExp }> = [
    {
      name: 'schema 1 by Content-Type',
      bytes: bytesOf({ schemaVersion: 1, name: 'a', tag: 'b', fsLayers: [] }),
      contentType: DOCKER_SCHEMA1,
      reason: /Docker schema 1 .*deprecated/,
    },
    {
      name: 'signed schema 1 by Content-Type',
      bytes: bytesOf({ schemaVersion: 1, fsLayers: [], signatures: [] }),
      contentType: DOCKER_SCHEMA1_SIGNED,
      reason: /Docker schema 1 .*re-push/,
    },
    {
      name: 'schema 1 by schemaVersion with a generic Content-Type',
      bytes: bytesOf({ schemaVersion: 1, fsLayers: [] }),
      contentType: 'application/json',
      reason: /Docker schema 1/,
    },
    {
      name: 'schema 1 by its document mediaType',
      bytes: bytesOf({ mediaType: DOCKER_SCHEMA1, fsLayers: [] }),
      contentType: undefined,
      reason: /Docker schema 1/,
    },
    { name: 'not JSON', bytes: Buffer.from('<html>nope</html>'), contentType: OCI_MANIFEST, reason: /not valid JSON/ },
    { name: 'JSON array', bytes: Buffer.from('[]'), contentType: OCI_MANIFEST, reason: /not a JSON object/ },
    { name: 'JSON null', bytes: Buffer.from('null'), contentType: OCI_MANIFEST, reason: /not a JSON object/ },
    {
      name: 'over 4 MiB',
      bytes: Buffer.concat([Buffer.from('{"x":"'), Buffer.alloc(MAX_MANIFEST_BYTES, 'a'), Buffer.from('"}')]),
      contentType: OCI_MANIFEST,
      reason: /over the 4194304-byte limit/,
    },
    {
      name: 'invalid layer digest',
      bytes: bytesOf({ ...ociImage, layers: [layers[0], wrongDigest] }),
      contentType: OCI_MANIFEST,
      reason: /"layers\[1\]" digest "sha256:1234" is not valid/,
    },
    {
      name: 'invalid index entry digest',
      bytes: bytesOf({ ...ociIndex, manifests: [{ ...entries[0], digest: 'md5:abc' }] }),
      contentType: OCI_INDEX,
      reason: /"manifests\[0\]" digest "md5:abc" is not valid/,
    },
    {
      name: 'missing config digest',
      bytes: bytesOf({ ...ociImage, config: { mediaType: OCI_IMAGE_CONFIG, size: 3 } }),
      contentType: OCI_MANIFEST,
      reason: /"config" has no digest/,
    },
    {
      name: 'missing layer size',
      bytes: bytesOf({ ...ociImage, layers: [{ mediaType: OCI_LAYER, digest: sha('x') }] }),
      contentType: OCI_MANIFEST,
      reason: /"layers\[0\]" has no valid size/,
    },
    {
      name: 'negative size',
      bytes: bytesOf({ ...ociImage, config: { ...config, size: -1 } }),
      contentType: OCI_MANIFEST,
      reason: /"config" has no valid size/,
    },
    {
      name: 'fractional size',
      bytes: bytesOf({ ...ociImage, config: { ...config, size: 1.5 } }),
      contentType: OCI_MANIFEST,
      reason: /"config" has no valid size/,
    },
    {
      name: 'size as a string',
      bytes: bytesOf({ ...ociImage, config: { ...config, size: '12' } }),
      contentType: OCI_MANIFEST,
      reason: /"config" has no valid size/,
    },
    {
      name: 'image manifest without config',
      bytes: bytesOf({ schemaVersion: 2, mediaType: OCI_MANIFEST, layers }),
      contentType: OCI_MANIFEST,
      reason: /no valid "config"/,
    },
    {
      name: 'index without a manifests list',
      bytes: bytesOf({ schemaVersion: 2, mediaType: OCI_INDEX }),
      contentType: OCI_INDEX,
      reason: /no "manifests" list/,
    },
    {
      name: 'unknown media type and shape',
      bytes: bytesOf({ schemaVersion: 2, hello: 'world' }),
      contentType: 'application/vnd.example+json',
      reason: /neither an image manifest nor an index/,
    },
  ];
  for (const c of cases) {
    it(`rejects ${c.name}`, () => {
      const digest = digestOfBytes(c.bytes);
      assert.throws(
        () => parseManifest(c.bytes, c.contentType, digest),
        (error: unknown) => {
          assert.ok(error instanceof ManifestError, `expected ManifestError, got ${String(error)}`);
          assert.match(error.message, c.reason);
          assert.ok(error.message.includes(digest), 'the message names the manifest digest');
          return true;
        },
      );
    });
  }

  it('accepts a manifest of exactly 4 MiB (the limit is inclusive)', () => {
    const prefix = '{"schemaVersion":2,"mediaType":"' + OCI_MANIFEST + '","config":' + JSON.stringify(config) + ',"pad":"';
    const suffix = '"}';
    const bytes = Buffer.concat([
      Buffer.from(prefix),
      Buffer.alloc(MAX_MANIFEST_BYTES - prefix.length - suffix.length, 'a'),
      Buffer.from(suffix),
    ]);
    assert.equal(bytes.length, MAX_MANIFEST_BYTES);
    assert.equal(parseManifest(bytes, OCI_MANIFEST, digestOfBytes(bytes)).kind, 'image');
  });
});
