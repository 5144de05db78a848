// The docker-archive store: classic docker save archives (real layer tars) presented as a Docker v2 manifest with
// gzipped layers and the config kept; several images picked by NAME:TAG; gzipped archives; Docker 25+ archives
// read through their OCI layout; and archives written for docker load, refusing multi-platform indexes.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { list } from 'tar';
import { DigestMismatchError } from '../../src/oci/digest.ts';
import { parseFileReference } from '../../src/store/file-reference.ts';
import { openFileStore, type FileStore } from '../../src/store/file-store.ts';
import { FileStoreError } from '../../src/store/layout/errors.ts';
import {
  blobFile,
  classicArchiveFiles,
  classicImage,
  copyThroughStores,
  layoutFiles,
  packTar,
  scratch,
  silentLogger,
  tarOf,
  writeTree,
} from '../support/archives.ts';
import { buildImage, buildIndex, sha256Digest } from '../support/images.ts';

const open = (text: string, mode: 'read' | 'write' = 'read'): Promise<FileStore> =>
  openFileStore(parseFileReference(text)!, mode, { logger: silentLogger });

async function tarMember(file: string, path: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await list({ file, filter: (p) => p === path, onReadEntry: (entry) => entry.on('data', (c: Buffer) => chunks.push(c)) });
  return Buffer.concat(chunks);
}

describe('docker-archive store', () => {
  for (const gzipped of [false, true]) {
    it(`presents a classic${gzipped ? ' gzipped' : ''} docker save as a Docker v2 manifest: config kept, layers gzipped, digest said to be new`, async () => {
      const image = await classicImage('classic', ['app:1', 'ghcr.io/acme/app:1']);
      const file = join(scratch(), gzipped ? 'app.tar.gz' : 'app.tar');
      await tarOf(file, classicArchiveFiles([image]), gzipped);
      const store = await open(`docker-archive:${file}`);
      assert.deepEqual(await store.listTags(), ['app:1', 'ghcr.io/acme/app:1']);
      for (const reference of ['', 'app:1', 'docker.io/library/app:1', 'ghcr.io/acme/app:1']) {
        assert.ok(await store.resolve(reference), reference);
      }
      assert.equal(await store.resolve('app:2'), undefined);
      const manifest = await store.getManifest('app:1');
      assert.equal(manifest.mediaType, 'application/vnd.docker.distribution.manifest.v2+json');
      assert.equal(manifest.config?.digest, image.configDigest, 'the config (the image ID) is kept');
      assert.ok((await buffer(await store.readBlob(manifest.config))).equals(image.config));
      assert.equal(manifest.blobs.length, 3);
      for (const [i, layer] of manifest.blobs.slice(1).entries()) {
        assert.equal(layer.mediaType, 'application/vnd.docker.image.rootfs.diff.tar.gzip');
        const compressed = await buffer(await store.readBlob(layer));
        assert.equal(sha256Digest(compressed), layer.digest);
        assert.equal(compressed.length, layer.size);
        assert.ok(gunzipSync(compressed).equals(image.layers[i]!), `layer ${i} inflates to the saved tar`);
      }
      assert.equal((await store.resolve(manifest.digest))?.digest, manifest.digest, 'the new digest resolves too');
      assert.equal(store.notes.length, 1);
      assert.match(store.notes[0]!, new RegExp(`digest ${manifest.digest} is new .*image ID ${image.configDigest}`));
      await store.close('commit');
    });
  }

  it('pushes layers that a classic archive holds gzipped (as crane and go-containerregistry write) as they are', async () => {
    const image = await classicImage('pre-gzipped', ['app:gz']);
    const files = classicArchiveFiles([image]);
    const manifestJson = JSON.parse(files['manifest.json'] as string) as { Layers: string[] }[];
    const gzipped = image.layers.map((layer) => gzipSync(layer));
    manifestJson[0]!.Layers = gzipped.map((layer, i) => {
      const path = `${sha256Digest(layer)}.tar.gz`;
      files[path] = layer;
      delete files[`${image.diffIds[i]!.slice(7)}/layer.tar`];
      return path;
    });
    files['manifest.json'] = JSON.stringify(manifestJson);
    const file = join(scratch(), 'crane.tar');
    await tarOf(file, files);
    const store = await open(`docker-archive:${file}`);
    const manifest = await store.getManifest('app:gz');
    assert.deepEqual(
      manifest.blobs.slice(1).map((l) => [l.digest, l.size]),
      gzipped.map((l) => [sha256Digest(l), l.length]),
      'the layer digests are the archive’s',
    );
    assert.ok((await buffer(await store.readBlob(manifest.blobs[1]!))).equals(gzipped[0]!));
    assert.match(store.notes[0]!, /0 of its 2 layers were compressed/);

    files[manifestJson[0]!.Layers[0]!] = gzipSync(Buffer.from('not the layer the config names'));
    await tarOf(file, files);
    await assert.rejects(
      (await open(`docker-archive:${file}`)).getManifest('app:gz'),
      (error: unknown) => error instanceof DigestMismatchError && /\(gunzipped, diff_id\)/.test(error.message),
    );
  });

  it('picks one of several images by NAME:TAG, and lists them when none is named', async () => {
    const images = [await classicImage('multi-a', ['app:a']), await classicImage('multi-b', ['app:b', 'other:b'], 1)];
    const file = join(scratch(), 'multi.tar');
    await tarOf(file, classicArchiveFiles(images));
    const store = await open(`docker-archive:${file}`);
    await assert.rejects(store.resolve(''), /holds 2 images \(app:a, app:b other:b\); name one, e\.g\. docker-archive:.*:app:a/);
    assert.equal((await store.getManifest('other:b')).config?.digest, images[1]!.configDigest);
    assert.equal((await store.getManifest('app:a')).config?.digest, images[0]!.configDigest);
  });

  it('follows the links docker save writes for a layer it already saved', async () => {
    const image = await classicImage('linked', ['app:1'], 1);
    const files = classicArchiveFiles([image]);
    const layerPath = `${image.diffIds[0]!.slice(7)}/layer.tar`;
    const manifestJson = JSON.parse(files['manifest.json'] as string) as { Config: string; Layers: string[] }[];
    manifestJson[0]!.Layers.push('again/layer.tar');
    const config = JSON.parse(image.config.toString()) as { rootfs: { diff_ids: string[] } };
    config.rootfs.diff_ids.push(image.diffIds[0]!);
    const configBytes = Buffer.from(JSON.stringify(config));
    const configPath = `${sha256Digest(configBytes).slice(7)}.json`;
    const dir = scratch();
    writeTree(dir, { [layerPath]: image.layers[0]!, [configPath]: configBytes });
    manifestJson[0]!.Config = configPath;
    writeTree(dir, { 'manifest.json': JSON.stringify(manifestJson) });
    mkdirSync(join(dir, 'again'));
    symlinkSync(`../${layerPath}`, join(dir, 'again/layer.tar'));
    const file = join(scratch(), 'linked.tar');
    await packTar(file, dir, ['manifest.json', configPath, layerPath.split('/')[0]!, 'again']);
    const manifest = await (await open(`docker-archive:${file}`)).getManifest('app:1');
    assert.equal(manifest.blobs.length, 3);
    assert.equal(manifest.blobs[1]!.digest, manifest.blobs[2]!.digest, 'the linked layer is the same layer');
  });

  it('refuses a layer whose bytes do not match the config diff_id, naming the member', async () => {
    const image = await classicImage('bad-layer', ['app:1']);
    const files = classicArchiveFiles([image]);
    const path = `${image.diffIds[1]!.slice(7)}/layer.tar`;
    const damaged = Buffer.from(files[path] as Buffer);
    damaged[600] = damaged[600]! ^ 1;
    files[path] = damaged;
    const file = join(scratch(), 'bad.tar');
    await tarOf(file, files);
    const store = await open(`docker-archive:${file}`);
    await assert.rejects(
      store.resolve('app:1'),
      (error: unknown) => error instanceof DigestMismatchError && error.message.includes(`layer member ${path} of ${file}`),
    );
  });

  it('refuses a manifest.json that names a path outside the archive, or a member it lacks, or no manifest.json at all', async () => {
    const image = await classicImage('escape', ['app:1'], 1);
    const dir = scratch();
    const files = classicArchiveFiles([image]);
    const escaping = JSON.parse(files['manifest.json'] as string) as { Layers: string[] }[];
    escaping[0]!.Layers = ['../../etc/passwd'];
    await tarOf(join(dir, 'escape.tar'), { ...files, 'manifest.json': JSON.stringify(escaping) });
    await assert.rejects(
      open(`docker-archive:${join(dir, 'escape.tar')}`),
      /names Layers\[0\] "\.\.\/\.\.\/etc\/passwd", which escapes the archive/,
    );
    escaping[0]!.Layers = ['nothere/layer.tar'];
    await tarOf(join(dir, 'lacks.tar'), { ...files, 'manifest.json': JSON.stringify(escaping) });
    await assert.rejects(open(`docker-archive:${join(dir, 'lacks.tar')}`), /names member nothere\/layer\.tar, which .* does not hold/);
    await tarOf(join(dir, 'none.tar'), { 'hello.txt': 'hi' });
    await assert.rejects(
      open(`docker-archive:${join(dir, 'none.tar')}`),
      (e: unknown) =>
        e instanceof FileStoreError && /is not a docker-archive: it has no manifest\.json \(members: hello\.txt\)/.test(e.message),
    );
  });

  it('reads a Docker 25+ archive through its OCI layout, keeping digests, named by io.containerd.image.name', async () => {
    const image = buildImage({ seed: 'docker25', layers: 2, layerSize: 5000, mediaType: 'docker' });
    const files = layoutFiles([{ ref: undefined, image }]);
    const index = JSON.parse(files['index.json'] as string) as { manifests: { annotations?: Record<string, string> }[] };
    index.manifests[0]!.annotations = { 'io.containerd.image.name': 'docker.io/library/app:25', 'org.opencontainers.image.ref.name': '25' };
    files['index.json'] = JSON.stringify(index);
    files['manifest.json'] = JSON.stringify([
      { Config: blobFile(image.config.digest), RepoTags: ['app:25'], Layers: image.layers.map((l) => blobFile(l.digest)) },
    ]);
    const file = join(scratch(), 'docker25.tar');
    await tarOf(file, files);
    const store = await open(`docker-archive:${file}`);
    assert.deepEqual(await store.listTags(), ['app:25']);
    const manifest = await store.getManifest('app:25');
    assert.ok(manifest.bytes.equals(image.manifest), 'the exact manifest bytes, so the digest is kept');
    assert.deepEqual(store.notes, []);
  });

  it('names Docker 25+ entries by manifest.json RepoTags when the annotation is missing', async () => {
    const image = buildImage({ seed: 'docker25-plain', layers: 1, layerSize: 5000, mediaType: 'docker' });
    const files = layoutFiles([{ ref: undefined, image }]);
    files['manifest.json'] = JSON.stringify([
      { Config: blobFile(image.config.digest), RepoTags: ['team/app:x'], Layers: [blobFile(image.layers[0]!.digest)] },
    ]);
    const file = join(scratch(), 'docker25-plain.tar');
    await tarOf(file, files);
    const store = await open(`docker-archive:${file}`);
    assert.equal((await store.resolve('docker.io/team/app:x'))?.digest, image.digest);
  });

  it('writes an archive docker load reads: manifest.json with RepoTags, config and layers in the layout beside it', async () => {
    const image = buildImage({ seed: 'docker-write', layers: 2, layerSize: 5000, mediaType: 'docker' });
    const source = scratch();
    writeTree(source, layoutFiles([{ ref: 'v1', image }]));
    const file = join(scratch(), 'saved.tar');
    await copyThroughStores(await open(`oci:${source}`), 'v1', await open(`docker-archive:${file}:app:v1`, 'write'), 'app:v1');
    const manifestJson = JSON.parse((await tarMember(file, 'manifest.json')).toString()) as {
      Config: string;
      RepoTags: string[];
      Layers: string[];
    }[];
    assert.deepEqual(manifestJson, [
      { Config: blobFile(image.config.digest), RepoTags: ['app:v1'], Layers: image.layers.map((l) => blobFile(l.digest)) },
    ]);
    assert.ok((await tarMember(file, blobFile(image.config.digest))).equals(image.blobs.get(image.config.digest)!));
    const index = JSON.parse((await tarMember(file, 'index.json')).toString()) as { manifests: { annotations: Record<string, string> }[] };
    assert.deepEqual(index.manifests[0]!.annotations, {
      'io.containerd.image.name': 'docker.io/library/app:v1',
      'org.opencontainers.image.ref.name': 'v1',
    });
    const back = await open(`docker-archive:${file}`);
    assert.equal((await back.resolve('app:v1'))?.digest, image.digest, 'read back, the digest is kept');
    assert.ok(readFileSync(file).length > 0);
  });

  it('writes several images and tags into one archive: one manifest.json entry per image, its tags together', async () => {
    const a = buildImage({ seed: 'docker-many-a', layers: 1, layerSize: 3000, mediaType: 'docker' });
    const b = buildImage({ seed: 'docker-many-b', layers: 1, layerSize: 3000, mediaType: 'docker' });
    const source = scratch();
    writeTree(
      source,
      layoutFiles([
        { ref: 'a', image: a },
        { ref: 'b', image: b },
      ]),
    );
    const from = await open(`oci:${source}`);
    const file = join(scratch(), 'many.tar');
    const to = await open(`docker-archive:${file}`, 'write');
    for (const [ref, tag] of [
      ['a', 'app:a'],
      ['b', 'ghcr.io/acme/b:1'],
      ['a', 'docker.io/library/app:latest'],
    ] as const) {
      const manifest = await from.getManifest(ref);
      for (const blob of manifest.blobs) if (!(await to.hasBlob(blob))) await to.writeBlob(blob, await from.readBlob(blob));
      await to.putManifest(tag, manifest);
    }
    await to.close('commit');
    const manifestJson = JSON.parse((await tarMember(file, 'manifest.json')).toString()) as { Config: string; RepoTags: string[] }[];
    assert.deepEqual(
      manifestJson.map((e) => [e.Config, e.RepoTags]),
      [
        [blobFile(a.config.digest), ['app:a', 'app:latest']],
        [blobFile(b.config.digest), ['ghcr.io/acme/b:1']],
      ],
    );
    const back = await open(`docker-archive:${file}`);
    await assert.rejects(back.resolve(''), /holds 2 images \(app:a, ghcr\.io\/acme\/b:1, app:latest\)/);
    assert.equal((await back.resolve('app'))?.digest, a.digest, 'a name without a tag is :latest, as Docker has it');
    assert.equal((await back.resolve('ghcr.io/acme/b:1'))?.digest, b.digest);
  });

  it('refuses a multi-platform index, asking for one platform, and leaves nothing at the target', async () => {
    const index = buildIndex({ seed: 'docker-multi', layerSize: 2000 });
    const source = scratch();
    writeTree(source, layoutFiles([{ ref: 'v1', image: index }]));
    const dir = scratch();
    await assert.rejects(
      copyThroughStores(await open(`oci:${source}`), 'v1', await open(`docker-archive:${join(dir, 'x.tar')}:app:v1`, 'write'), 'app:v1'),
      /holds one image per tag, as docker load reads it, but sha256:[0-9a-f]{64} is a multi-platform index \(linux\/amd64, linux\/arm64\/v8, linux\/arm\/v7\); choose one platform/,
    );
    assert.deepEqual(readdirSync(dir), []);
  });
});
