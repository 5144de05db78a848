// Image files against the real distribution registry, with skopeo as the independent other side: what skopeo
// writes from the registry (oci:, oci-archive:, docker-archive:, gzipped too) is read through hoist's file stores
// and compared byte for byte; what the stores write is read back by skopeo inspect and copied into the registry.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { after, before, describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Manifest } from '../../src/oci/manifest.ts';
import { parseFileReference } from '../../src/store/file-reference.ts';
import { openFileStore, type FileStore } from '../../src/store/file-store.ts';
import {
  copyThroughStores,
  layoutFiles,
  pushFromStore,
  realImage,
  realIndex,
  scratch,
  silentLogger,
  writeTree,
} from '../support/archives.ts';
import { getManifest, headBlob, sha256Digest, type BuiltImage, type BuiltIndex } from '../support/images.ts';
import { startRegistry, type RegistryHandle } from '../support/registry.ts';
import { skopeo } from '../support/skopeo.ts';

const open = (text: string, mode: 'read' | 'write' = 'read'): Promise<FileStore> =>
  openFileStore(parseFileReference(text)!, mode, { logger: silentLogger });

const TLS = ['--src-tls-verify=false', '--dest-tls-verify=false'];

async function blobsOf(store: FileStore, manifest: Manifest): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>();
  for (const blob of manifest.blobs) blobs.set(blob.digest, await buffer(await store.readBlob(blob)));
  return blobs;
}

describe('image files, checked against skopeo and a real registry', () => {
  let registry: RegistryHandle;
  let single: BuiltImage;
  let multi: BuiltIndex;
  const docker = (repo: string): string => `docker://${registry.host}/${repo}`;

  before(async () => {
    registry = await startRegistry();
    // OCI media types: skopeo 1.9 finds only OCI manifests and indexes in an OCI layout's index.json.
    single = await realImage('files-single', 'oci');
    multi = await realIndex('files-multi', [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64', variant: 'v8' },
    ]);
    const seed = scratch();
    writeTree(
      seed,
      layoutFiles([
        { ref: 'single', image: single },
        { ref: 'multi', image: multi },
      ]),
    );
    await skopeo(['copy', ...TLS, `oci:${seed}:single`, docker('files/single:v1')], 60_000);
    await skopeo(['copy', '--all', ...TLS, `oci:${seed}:multi`, docker('files/multi:v1')], 60_000);
    assert.equal((await getManifest(registry, 'files/single', 'v1')).digest, single.digest, 'seeded with its digest');
    assert.equal((await getManifest(registry, 'files/multi', 'v1')).digest, multi.digest, 'seeded with its digest');
  });
  after(async () => {
    await registry?.stop();
  });

  for (const kind of ['oci', 'oci-archive'] as const) {
    it(`reads the multi-platform ${kind}: skopeo writes from the registry, every manifest and blob byte for byte`, async () => {
      const path = join(scratch(), kind === 'oci' ? 'layout' : 'multi.tar');
      await skopeo(['copy', '--all', ...TLS, docker('files/multi:v1'), `${kind}:${path}:v1`], 60_000);
      const store = await open(`${kind}:${path}`);
      assert.equal((await store.resolve('v1'))?.digest, multi.digest);
      const index = await store.getManifest('v1');
      assert.ok(index.bytes.equals((await getManifest(registry, 'files/multi', 'v1')).body));
      for (const child of multi.children) {
        const manifest = await store.getManifest(child.digest);
        assert.ok(manifest.bytes.equals(child.manifest));
        const blobs = await blobsOf(store, manifest);
        for (const [digest, data] of blobs) assert.ok(data.equals(child.blobs.get(digest)!), digest);
      }
    });
  }

  it('reads skopeo’s classic docker-archive, plain and gzipped: config kept byte for byte, layers gunzip to the diff_ids', async () => {
    const dir = scratch();
    const file = join(dir, 'single.tar');
    await skopeo(
      ['copy', ...TLS, '--additional-tag', 'other/name:2', docker('files/single:v1'), `docker-archive:${file}:files/single:v1`],
      60_000,
    );
    writeFileSync(join(dir, 'single.tar.gz'), gzipSync(readFileSync(file)));
    const diffIds = (JSON.parse(single.blobs.get(single.config.digest)!.toString()) as { rootfs: { diff_ids: string[] } }).rootfs.diff_ids;
    const presented: string[] = [];
    for (const path of [file, join(dir, 'single.tar.gz')]) {
      const store = await open(`docker-archive:${path}`);
      assert.deepEqual((await store.listTags()).sort(), ['files/single:v1', 'other/name:2']);
      const manifest = await store.getManifest('other/name:2');
      assert.equal(manifest.config?.digest, single.config.digest, 'the config, the image ID, is the registry’s');
      assert.ok((await buffer(await store.readBlob(manifest.config))).equals(single.blobs.get(single.config.digest)!));
      const layers = manifest.blobs.slice(1);
      assert.equal(layers.length, diffIds.length);
      for (const [i, layer] of layers.entries()) {
        assert.equal(sha256Digest(gunzipSync(await buffer(await store.readBlob(layer)))), diffIds[i]);
      }
      assert.match(store.notes.join('\n'), /is new/);
      presented.push(manifest.digest);
      await store.close('commit');
    }
    assert.equal(presented[0], presented[1], 'gzip or not, the same layers compress to the same manifest');

    // Compared with what skopeo pushes from the same file, and pushed through a layout hoist wrote.
    await skopeo(['copy', ...TLS, `docker-archive:${file}:files/single:v1`, docker('files/skopeo-pushed:v1')], 60_000);
    const skopeoPushed = JSON.parse((await getManifest(registry, 'files/skopeo-pushed', 'v1')).body.toString()) as {
      config: { digest: string };
      layers: unknown[];
    };
    const pushedDigest = await pushFromStore(registry, 'files/hoist-pushed', 'v1', await open(`docker-archive:${file}`), 'files/single:v1');
    const hoistPushed = await getManifest(registry, 'files/hoist-pushed', 'v1');
    assert.equal(hoistPushed.digest, pushedDigest, 'the manifest hoist presented is pushed as it is');
    const hoistJson = JSON.parse(hoistPushed.body.toString()) as { config: { digest: string }; layers: unknown[] };
    assert.equal(hoistJson.config.digest, skopeoPushed.config.digest);
    assert.equal(hoistJson.layers.length, skopeoPushed.layers.length);
  });

  it('refuses damaged copies of skopeo’s archives, naming the file and member, and writes nothing at the target', async () => {
    const dir = scratch();
    const archive = join(dir, 'multi.tar');
    await skopeo(['copy', '--all', ...TLS, docker('files/multi:v1'), `oci-archive:${archive}:v1`], 60_000);
    const whole = readFileSync(archive);

    writeFileSync(join(dir, 'cut.tar'), whole.subarray(0, Math.floor(whole.length * 0.6)));
    await assert.rejects(open(`oci-archive:${join(dir, 'cut.tar')}`), new RegExp(`${join(dir, 'cut.tar')} is truncated`));

    // Flip one byte inside the largest layer: the header walk still succeeds, the blob read must not.
    const layer = multi.children[0]!.layers.reduce((a, b) => (b.size > a.size ? b : a));
    const at = whole.indexOf(multi.children[0]!.blobs.get(layer.digest)!.subarray(0, 64));
    assert.ok(at > 0, 'the layer is stored uncompressed inside the tar, so it can be found');
    const damaged = Buffer.from(whole);
    damaged[at + 100] = damaged[at + 100]! ^ 0xff;
    writeFileSync(join(dir, 'damaged.tar'), damaged);
    const target = join(dir, 'target');
    await assert.rejects(
      copyThroughStores(await open(`oci-archive:${join(dir, 'damaged.tar')}`), 'v1', await open(`oci:${target}`, 'write'), 'v1'),
      new RegExp(`member blobs/sha256/${layer.digest.slice(7)} of ${join(dir, 'damaged.tar')}.* does not match its digest`),
    );
    assert.equal(existsSync(target), false, 'nothing is left at the target');
  });

  it('writes an OCI layout and an OCI archive of the multi-platform image that skopeo reads and copies with every digest', async () => {
    const source = join(scratch(), 'source');
    await skopeo(['copy', '--all', ...TLS, docker('files/multi:v1'), `oci:${source}:v1`], 60_000);
    const dir = scratch();
    await copyThroughStores(await open(`oci:${source}`), 'v1', await open(`oci:${join(dir, 'out')}`, 'write'), 'release');
    await copyThroughStores(await open(`oci:${source}`), 'v1', await open(`oci-archive:${join(dir, 'out.tar')}`, 'write'), 'release');

    assert.ok((await skopeo(['inspect', '--raw', `oci:${join(dir, 'out')}:release`])).equals(multi.manifest));
    assert.ok((await skopeo(['inspect', '--raw', `oci-archive:${join(dir, 'out.tar')}:release`])).equals(multi.manifest));
    await skopeo(['copy', '--all', ...TLS, `oci-archive:${join(dir, 'out.tar')}:release`, docker('files/back-archive:v1')], 60_000);
    await skopeo(['copy', '--all', ...TLS, `oci:${join(dir, 'out')}:release`, docker('files/back-layout:v1')], 60_000);
    for (const repo of ['files/back-archive', 'files/back-layout']) {
      assert.equal((await getManifest(registry, repo, 'v1')).digest, multi.digest, repo);
      for (const child of multi.children) {
        assert.equal((await getManifest(registry, repo, child.digest)).digest, child.digest);
        for (const layer of child.layers) assert.equal(await headBlob(registry, repo, layer.digest), 200);
      }
    }
  });

  it('writes a docker-archive of one platform that skopeo reads as docker load would, config and diff_ids kept', async () => {
    const source = join(scratch(), 'source');
    await skopeo(['copy', ...TLS, docker('files/single:v1'), `oci:${source}:v1`], 60_000);
    const file = join(scratch(), 'saved.tar');
    await copyThroughStores(await open(`oci:${source}`), 'v1', await open(`docker-archive:${file}:files/app:v1`, 'write'), 'files/app:v1');

    const config = await skopeo(['inspect', '--config', '--raw', `docker-archive:${file}:files/app:v1`]);
    assert.ok(config.equals(single.blobs.get(single.config.digest)!), 'skopeo finds the config byte for byte');
    await skopeo(['copy', ...TLS, `docker-archive:${file}:files/app:v1`, docker('files/back-docker:v1')], 60_000);
    const pushed = JSON.parse((await getManifest(registry, 'files/back-docker', 'v1')).body.toString()) as { config: { digest: string } };
    assert.equal(pushed.config.digest, single.config.digest);
    // Read back by hoist, the layout beside manifest.json keeps the manifest digest.
    assert.equal((await (await open(`docker-archive:${file}:files/app:v1`)).resolve('files/app:v1'))?.digest, single.digest);
  });
});
