// Image shapes found in the wild, copied between real distribution registries: Windows-style foreign layers,
// sha512 blobs within one registry, nested BuildKit indexes, and a source whose tag and digest disagree.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { hoist, onlyTarget } from '../support/hoist.ts';
import { buildImage, deterministicBytes, getManifest, headBlob, pushImage, pushRaw, sha256Digest } from '../support/images.ts';
import { startRegistry, type RegistryHandle } from '../support/registry.ts';
import { skopeoDigest, skopeoOptionsFor, skopeoRef } from '../support/skopeo.ts';

const FOREIGN = 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';

const sha512 = (data: Buffer): string => `sha512:${createHash('sha512').update(data).digest('hex')}`;

/** A Windows-style image: a foreign base layer (URL only, or held by the registry too) and a normal layer. */
function windowsImage(seed: string) {
  const base = deterministicBytes(`${seed}/base`, 4096);
  const top = deterministicBytes(`${seed}/top`, 4096);
  const config = Buffer.from(JSON.stringify({ os: 'windows', architecture: 'amd64', rootfs: { type: 'layers', diff_ids: [] } }));
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: DOCKER_MANIFEST,
      config: { mediaType: DOCKER_CONFIG, digest: sha256Digest(config), size: config.length },
      layers: [
        { mediaType: FOREIGN, digest: sha256Digest(base), size: base.length, urls: [`https://mcr.example.com/${seed}/base`] },
        { mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', digest: sha256Digest(top), size: top.length },
      ],
    }),
  );
  return { base, top, config, manifest };
}

describe('image shapes found in the wild', () => {
  let a: RegistryHandle;
  let b: RegistryHandle;
  before(async () => {
    [a, b] = await Promise.all([
      startRegistry({ allowForeignUrls: '^https://mcr\\.example\\.com/' }),
      startRegistry({ allowForeignUrls: '^https://mcr\\.example\\.com/' }),
    ]);
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('leaves out a foreign layer the source registry does not hold, as docker push does, and says so', async () => {
    const image = windowsImage('win-absent');
    const digest = await pushRaw(a, 'win/app', 'v1', {
      blobs: new Map([
        [sha256Digest(image.config), image.config],
        [sha256Digest(image.top), image.top],
      ]),
      manifest: image.manifest,
      mediaType: DOCKER_MANIFEST,
    });
    const run = await hoist(`${a.host}/win/app:v1`, [`${b.host}/win/app:v1`]);
    const target = onlyTarget(run);
    assert.equal(target.status, 'copied', target.error);
    assert.equal(target.digest, digest);
    assert.deepEqual(target.blobs, { mounted: 0, existing: 0, uploaded: 2 });
    assert.ok(
      run.result.warnings.some((w) => w.includes(sha256Digest(image.base)) && w.includes('left out')),
      run.result.warnings.join('\n'),
    );
    assert.equal(await headBlob(b, 'win/app', sha256Digest(image.base)), 404);
    assert.equal(await skopeoDigest(skopeoRef(b, 'win/app', 'v1'), skopeoOptionsFor(b)), digest);
  });

  it('copies a foreign layer the source registry holds', async () => {
    const image = windowsImage('win-held');
    const digest = await pushRaw(a, 'win/held', 'v1', {
      blobs: new Map([
        [sha256Digest(image.config), image.config],
        [sha256Digest(image.base), image.base],
        [sha256Digest(image.top), image.top],
      ]),
      manifest: image.manifest,
      mediaType: DOCKER_MANIFEST,
    });
    const run = await hoist(`${a.host}/win/held:v1`, [`${b.host}/win/held:v1`]);
    const target = onlyTarget(run);
    assert.equal(target.status, 'copied', target.error);
    assert.equal(target.digest, digest);
    assert.equal(target.blobs.uploaded, 3);
    assert.equal(await headBlob(b, 'win/held', sha256Digest(image.base)), 200);
  });

  it('promotes an image of sha512 blobs within one registry, uploading what a mount did not link', async () => {
    const layer = deterministicBytes('sha512/layer', 8192);
    const config = Buffer.from(
      JSON.stringify({ os: 'linux', architecture: 'amd64', rootfs: { type: 'layers', diff_ids: [sha512(layer)] } }),
    );
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha512(config), size: config.length },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: sha512(layer), size: layer.length }],
      }),
    );
    const digest = await pushRaw(a, 'dev/sha512', 'v1', {
      blobs: new Map([
        [sha512(config), config],
        [sha512(layer), layer],
      ]),
      manifest,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
    });
    const run = await hoist(`${a.host}/dev/sha512:v1`, [`${a.host}/prod/sha512:v1`], {
      retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 10 },
    });
    const target = onlyTarget(run);
    assert.equal(target.status, 'copied', `${target.error}\n${run.log.join('\n')}`);
    assert.equal(target.digest, digest);
    assert.equal((await getManifest(a, 'prod/sha512', 'v1')).digest, digest);
    assert.equal(await headBlob(a, 'prod/sha512', sha512(layer)), 200);
  });

  it('selects a platform one level down in a nested index, and warns about the attestation left behind', async () => {
    const amd = await pushImage(a, 'nest/app', undefined, { seed: 'nest-amd', layers: 1 });
    const arm = await pushImage(a, 'nest/app', undefined, {
      seed: 'nest-arm',
      layers: 1,
      platform: { os: 'linux', architecture: 'arm64' },
    });
    const att = await pushImage(a, 'nest/app', undefined, {
      seed: 'nest-att',
      layers: 1,
      platform: { os: 'unknown', architecture: 'unknown' },
    });
    const entry = (img: ReturnType<typeof buildImage>, extra: object) => ({
      mediaType: img.mediaType,
      digest: img.digest,
      size: img.size,
      ...extra,
    });
    const inner = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: [
          entry(amd, { platform: { os: 'linux', architecture: 'amd64' } }),
          entry(att, {
            platform: { os: 'unknown', architecture: 'unknown' },
            annotations: { 'vnd.docker.reference.digest': amd.digest, 'vnd.docker.reference.type': 'attestation-manifest' },
          }),
        ],
      }),
    );
    const innerDigest = await pushRaw(a, 'nest/app', sha256Digest(inner), { blobs: new Map(), manifest: inner, mediaType: OCI_INDEX });
    const outer = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: [
          { mediaType: OCI_INDEX, digest: innerDigest, size: inner.length },
          entry(arm, { platform: { os: 'linux', architecture: 'arm64' } }),
        ],
      }),
    );
    await pushRaw(a, 'nest/app', 'v1', { blobs: new Map(), manifest: outer, mediaType: OCI_INDEX });
    const run = await hoist(`${a.host}/nest/app:v1`, [`${b.host}/nest/app:amd64`], { platforms: ['linux/amd64'] });
    const target = onlyTarget(run);
    assert.equal(target.status, 'copied', target.error);
    assert.equal(target.digest, amd.digest);
    assert.ok(
      run.result.warnings.some((w) => w.includes(att.digest) && w.includes('attestation')),
      run.result.warnings.join('\n'),
    );
  });

  it('copies the digest when a source’s tag points elsewhere, and warns', async () => {
    const old = await pushImage(a, 'drift/app', 'v1', { seed: 'drift-old', layers: 1 });
    const moved = await pushImage(a, 'drift/app', 'v1', { seed: 'drift-new', layers: 1 });
    const run = await hoist(`${a.host}/drift/app:v1@${old.digest}`, [`${b.host}/drift/app:v1`]);
    const target = onlyTarget(run);
    assert.equal(target.digest, old.digest);
    assert.ok(
      run.result.warnings.some((w) => w.includes(moved.digest) && w.includes(old.digest)),
      run.result.warnings.join('\n'),
    );
  });
});
