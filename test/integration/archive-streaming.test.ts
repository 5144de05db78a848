// A classic `docker save` layer goes up while it is gzipped: one streamed PATCH that starts before its digest is
// known, closed by a PUT naming the digest. Against a real registry behind the fault proxy (which records what the
// registry saw, and when): a new tag of the same image streams nothing; a layer the registry holds under another
// image is dropped before its PUT; a stream the registry breaks is uploaded again as usual; a layer that does not
// match its diff_id leaves no blob behind.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { create } from 'tar';
import { classicArchiveFiles, scratch, tarOf, writeTree, type ClassicImage } from '../support/archives.ts';
import { startFaultProxy, type FaultProxy, type ProxiedRequest } from '../support/fault-proxy.ts';
import { hoist, onlyTarget } from '../support/hoist.ts';
import { deterministicBytes, getBlob, getManifest, headBlob, sha256Digest } from '../support/images.ts';
import { startRegistry, type RegistryHandle } from '../support/registry.ts';

const MiB = 1024 * 1024;

/**
 * A layer tar of random bytes and text, large enough (over 4 MiB) to be streamed while it is gzipped. Its first
 * bytes come out once a few MiB are read (a block per core is in flight): tests that watch the stream start before
 * the layer is made use more.
 */
async function bigLayer(seed: string, randomMiB = 6): Promise<Buffer> {
  const dir = scratch('hoist-stream-layer-');
  writeTree(dir, {
    'data/random.bin': deterministicBytes(`stream/${seed}`, randomMiB * MiB + 777),
    'data/text.txt': Array.from({ length: 30_000 }, (_, i) => `line ${i} of ${seed}: ${'abc'.repeat(i % 13)}\n`).join(''),
  });
  const file = join(scratch('hoist-stream-tar-'), 'layer.tar');
  await create({ file, cwd: dir, portable: true, mtime: new Date('2024-01-01T00:00:00Z') }, ['data']);
  return readFileSync(file);
}

function imageOf(label: string, layers: Buffer[], diffIds = layers.map((l) => sha256Digest(l))): ClassicImage {
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Labels: { label } },
      rootfs: { type: 'layers', diff_ids: diffIds },
      history: diffIds.map(() => ({ created_by: 'test' })),
    }),
  );
  return { repoTags: [`stream/${label}:v1`], config, configDigest: sha256Digest(config), layers, diffIds };
}

async function archiveOf(dir: string, name: string, image: ClassicImage): Promise<string> {
  const file = join(dir, `${name}.tar`);
  await tarOf(file, classicArchiveFiles([image]));
  return `docker-archive:${file}`;
}

interface Pushed {
  config: { digest: string };
  layers: Array<{ digest: string; size: number }>;
}

describe('a classic docker-archive layer streamed to a real registry while it is gzipped', () => {
  let registry: RegistryHandle;
  let proxy: FaultProxy;
  let shared: Buffer;
  const dir = scratch('hoist-stream-');
  before(async () => {
    registry = await startRegistry();
    proxy = await startFaultProxy(registry);
    shared = await bigLayer('shared', 32);
  });
  after(async () => {
    await proxy?.stop();
    await registry?.stop();
  });

  const blobRequests = (repo: string): ProxiedRequest[] => proxy.requests.filter((r) => r.uri.startsWith(`/v2/${repo}/blobs/`));
  const patches = (repo: string): ProxiedRequest[] => blobRequests(repo).filter((r) => r.method === 'PATCH');

  it('sends the layer before its digest is known and closes the upload under it; a new tag of the image streams nothing', async () => {
    const image = imageOf('first', [shared]);
    const archive = await archiveOf(dir, 'first', image);
    proxy.requests.length = 0;
    const target = onlyTarget(await hoist(archive, [`${proxy.host}/stream/app:v1`]));
    assert.equal(target.status, 'copied', target.error);
    const manifest = JSON.parse((await getManifest(registry, 'stream/app', 'v1')).body.toString()) as Pushed;
    const layer = manifest.layers[0]!;
    const blob = (await getBlob(registry, 'stream/app', layer.digest)).body;
    assert.equal(sha256Digest(blob), layer.digest);
    assert.equal(sha256Digest(gunzipSync(blob)), image.diffIds[0], 'it gunzips to the diff_id');
    assert.deepEqual(target.blobs, { mounted: 0, existing: 0, uploaded: 2 });

    const [patch, ...more] = patches('stream/app');
    assert.ok(
      patch,
      `a streamed PATCH was sent: ${blobRequests('stream/app')
        .map((r) => `${r.method} ${r.uri}`)
        .join(', ')}`,
    );
    assert.equal(more.length, 0);
    assert.equal(patch.status, 202);
    assert.equal(patch.bytesIn, layer.size, 'the whole layer went in that PATCH');
    const closing = blobRequests('stream/app').filter(
      (r) => r.method === 'PUT' && r.uri.includes(`digest=${encodeURIComponent(layer.digest)}`),
    );
    assert.equal(closing.length, 1, 'one PUT closed the upload under the digest');
    assert.equal(closing[0]!.bytesIn, 0, 'with no bytes of its own');
    assert.equal(closing[0]!.status, 201);
    // The first question naming the layer's digest comes only once it is made: the PATCH was on its way before.
    const firstNaming = blobRequests('stream/app').find((r) => r.uri.includes(layer.digest.slice(7)));
    assert.ok(firstNaming && patch.startMs < firstNaming.startMs, 'the bytes went before the digest was known');

    proxy.requests.length = 0;
    const again = onlyTarget(await hoist(archive, [`${proxy.host}/stream/app:v2`]));
    assert.equal(again.status, 'copied', again.error);
    assert.deepEqual(again.blobs, { mounted: 0, existing: 2, uploaded: 0 });
    assert.equal(patches('stream/app').length, 0, 'the repository holds the config: nothing is streamed');
    assert.equal(again.digest, target.digest, 'the same gzip, the same manifest');
  });

  it('drops the stream of a layer the registry holds under another image, before closing it', async () => {
    const image = imageOf('second', [shared]);
    proxy.requests.length = 0;
    const target = onlyTarget(await hoist(await archiveOf(dir, 'second', image), [`${proxy.host}/stream/app:second`]));
    assert.equal(target.status, 'copied', target.error);
    assert.deepEqual(target.blobs, { mounted: 0, existing: 1, uploaded: 1 }, 'the layer was there, the config new');
    assert.equal(patches('stream/app').length, 1, 'the config was new, so the layer began to stream');
    const layer = (JSON.parse((await getManifest(registry, 'stream/app', 'second')).body.toString()) as Pushed).layers[0]!;
    const closed = blobRequests('stream/app').filter((r) => r.method === 'PUT' && r.uri.includes(encodeURIComponent(layer.digest)));
    assert.equal(closed.length, 0, 'no PUT closed it');
    assert.ok(
      blobRequests('stream/app').some((r) => r.method === 'DELETE' && r.uri.includes('/blobs/uploads/')),
      'its upload session was cancelled',
    );
  });

  it('uploads the layer again as usual when the registry breaks the stream', async () => {
    const image = imageOf('third', [await bigLayer('third')]);
    proxy.requests.length = 0;
    proxy.addRule({ match: { method: 'PATCH' }, times: 1, action: { respond: { status: 500, body: 'broken' } } });
    try {
      const target = onlyTarget(await hoist(await archiveOf(dir, 'third', image), [`${proxy.host}/stream/third:v1`]));
      assert.equal(target.status, 'copied', target.error);
      assert.deepEqual(target.blobs, { mounted: 0, existing: 0, uploaded: 2 });
    } finally {
      proxy.clearRules();
    }
    const layer = (JSON.parse((await getManifest(registry, 'stream/third', 'v1')).body.toString()) as Pushed).layers[0]!;
    const whole = blobRequests('stream/third').filter((r) => r.method === 'PUT' && r.uri.includes(encodeURIComponent(layer.digest)));
    assert.equal(whole.length, 1);
    assert.equal(whole[0]!.bytesIn, layer.size, 'the usual upload sent the whole layer in its PUT');
    assert.equal(sha256Digest(gunzipSync((await getBlob(registry, 'stream/third', layer.digest)).body)), image.diffIds[0]);
  });

  it('keeps nothing of a layer that does not match its diff_id', async () => {
    const layer = await bigLayer('fourth', 32);
    const image = imageOf('fourth', [layer], [sha256Digest('not this layer')]);
    proxy.requests.length = 0;
    const target = onlyTarget(await hoist(await archiveOf(dir, 'fourth', image), [`${proxy.host}/stream/fourth:v1`]));
    assert.equal(target.status, 'failed');
    assert.match(target.error ?? '', /diff_id/);
    assert.equal(patches('stream/fourth').length, 1, 'the layer began to stream');
    assert.equal(
      blobRequests('stream/fourth').filter((r) => r.method === 'PUT').length,
      0,
      `no upload was closed: ${blobRequests('stream/fourth')
        .map((r) => `${r.method} ${r.uri} ${r.status}`)
        .join(', ')}`,
    );
    assert.equal((await getManifest(registry, 'stream/fourth', 'v1')).status, 404, 'no tag');
    assert.equal(await headBlob(registry, 'stream/fourth', image.configDigest), 404, 'nor its config');
  });
});
