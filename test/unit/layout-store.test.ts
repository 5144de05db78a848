// The OCI layout directory store: reading layouts made by plain fs calls, writing into new and existing ones,
// atomic index.json, and what is left behind when a write fails or is aborted.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, it } from 'node:test';
import { DigestMismatchError } from '../../src/oci/digest.ts';
import { parseFileReference } from '../../src/store/file-reference.ts';
import { openFileStore, type FileStore } from '../../src/store/file-store.ts';
import { FileStoreError } from '../../src/store/layout/errors.ts';
import { blobFile, copyThroughStores, layoutFiles, REF_NAME, scratch, silentLogger, writeTree } from '../support/archives.ts';
import { buildImage, buildIndex } from '../support/images.ts';

const open = (text: string, mode: 'read' | 'write' = 'read'): Promise<FileStore> =>
  openFileStore(parseFileReference(text)!, mode, { logger: silentLogger });

describe('OCI layout store', () => {
  const one = buildImage({ seed: 'layout-one', layers: 2, layerSize: 4096 });
  const two = buildImage({ seed: 'layout-two', layers: 1, layerSize: 4096, mediaType: 'docker' });
  const multi = buildIndex({ seed: 'layout-multi', layerSize: 4096 });

  it('reads a layout: by ref.name, by digest, and the only image without a name; bytes are the exact ones', async () => {
    const dir = scratch();
    writeTree(dir, layoutFiles([{ ref: 'v1', image: one }]));
    const store = await open(`oci:${dir}`);
    assert.equal(store.name, `oci:${dir}`);
    assert.equal(store.location, dir);
    for (const reference of ['v1', one.digest, '']) {
      const resolved = await store.resolve(reference);
      assert.equal(resolved?.digest, one.digest, reference);
      assert.equal(resolved?.mediaType, one.mediaType);
      const manifest = await store.getManifest(reference);
      assert.ok(manifest.bytes.equals(one.manifest));
    }
    assert.equal(await store.resolve('v2'), undefined);
    assert.deepEqual(await store.listTags(), ['v1']);
    for (const blob of [one.config, ...one.layers]) {
      assert.ok(await store.hasBlob(blob));
      assert.ok((await buffer(await store.readBlob(blob))).equals(one.blobs.get(blob.digest)!));
    }
  });

  it('resolves relative paths against cwd', async () => {
    const dir = scratch();
    writeTree(join(dir, 'sub'), layoutFiles([{ ref: 'v1', image: one }]));
    const store = await openFileStore(parseFileReference('oci:sub:v1')!, 'read', { logger: silentLogger, cwd: dir });
    assert.equal(store.location, join(dir, 'sub'));
    assert.equal((await store.resolve('v1'))?.digest, one.digest);
  });

  it('names every image when several are inside and none was asked for', async () => {
    const dir = scratch();
    writeTree(
      dir,
      layoutFiles([
        { ref: 'v1', image: one },
        { ref: 'v2', image: two },
        { ref: 'multi', image: multi },
      ]),
    );
    const store = await open(`oci:${dir}`);
    await assert.rejects(store.resolve(''), /holds 3 images \(v1, v2, multi\); name one, e\.g\. oci:.*:v1/);
    const index = await store.getManifest('multi');
    assert.equal(index.kind, 'index');
    const child = await store.getManifest(multi.children[1]!.digest);
    assert.ok(child.bytes.equals(multi.children[1]!.manifest));
  });

  it('fails a blob whose bytes do not match its digest at the end of the stream, naming the file', async () => {
    const dir = scratch();
    writeTree(dir, layoutFiles([{ ref: 'v1', image: one }]));
    const layer = one.layers[0]!;
    const damaged = Buffer.from(one.blobs.get(layer.digest)!);
    damaged[100] = damaged[100]! ^ 0xff;
    writeFileSync(join(dir, blobFile(layer.digest)), damaged);
    const store = await open(`oci:${dir}`);
    await assert.rejects(
      buffer(await store.readBlob(layer)),
      (error: unknown) => error instanceof DigestMismatchError && error.message.includes(join(dir, blobFile(layer.digest))),
    );
  });

  it('refuses a manifest whose bytes do not match the digest index.json gives', async () => {
    const dir = scratch();
    writeTree(dir, layoutFiles([{ ref: 'v1', image: one }]));
    writeFileSync(join(dir, blobFile(one.digest)), Buffer.concat([one.manifest, Buffer.from(' ')]));
    const store = await open(`oci:${dir}`);
    await assert.rejects(store.getManifest('v1'), DigestMismatchError);
  });

  it('says what is wrong with a missing path, a file, and a directory without index.json', async () => {
    const dir = scratch();
    await assert.rejects(
      open(`oci:${join(dir, 'nope')}`),
      (e: unknown) => e instanceof FileStoreError && /nope does not exist/.test(e.message),
    );
    writeFileSync(join(dir, 'file'), 'x');
    await assert.rejects(open(`oci:${join(dir, 'file')}`), /is not a directory; an OCI layout is a directory/);
    await assert.rejects(open(`oci:${dir}`), /is not an OCI image layout: it has no index\.json/);
  });

  it('refuses to write into a directory that holds other files and is not a layout', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    await assert.rejects(
      open(`oci:${dir}`, 'write'),
      /is not an OCI image layout: it has no index\.json; write to a new or empty directory/,
    );
    await open(`oci:${scratch()}`, 'write');
  });

  it('writes a new layout: blobs by digest, index.json with ref.name, oci-layout; nothing visible in index.json before commit', async () => {
    const source = scratch();
    writeTree(
      source,
      layoutFiles([
        { ref: 'v1', image: one },
        { ref: 'multi', image: multi },
      ]),
    );
    const from = await open(`oci:${source}`);
    const target = join(scratch(), 'out');
    const to = await open(`oci:${target}:v1`, 'write');
    assert.equal(existsSync(target), false, 'opening for write creates nothing');
    await copyThroughStores(from, 'v1', to, 'v1');
    const again = await open(`oci:${target}`, 'write');
    await copyThroughStores(from, 'multi', again, 'multi');

    assert.equal(readFileSync(join(target, 'oci-layout'), 'utf8').trim(), '{"imageLayoutVersion":"1.0.0"}');
    const index = JSON.parse(readFileSync(join(target, 'index.json'), 'utf8')) as {
      manifests: { digest: string; annotations: Record<string, string> }[];
    };
    assert.deepEqual(
      index.manifests.map((m) => [m.annotations[REF_NAME], m.digest]),
      [
        ['v1', one.digest],
        ['multi', multi.digest],
      ],
    );
    for (const [digest, data] of [...one.blobs, ...multi.children.flatMap((c) => [...c.blobs])]) {
      assert.ok(readFileSync(join(target, blobFile(digest))).equals(data), digest);
    }
    assert.ok(readFileSync(join(target, blobFile(multi.digest))).equals(multi.manifest));
    assert.deepEqual(readdirSync(target).sort(), ['blobs', 'index.json', 'oci-layout']);
    assert.equal(readdirSync(join(target, 'blobs/sha256')).filter((n) => n.includes('.')).length, 0, 'no temporary files are left');
  });

  it('replaces an entry with the same ref.name, keeps the others, and adds an untagged root for a digest-only put', async () => {
    const dir = scratch();
    writeTree(
      dir,
      layoutFiles([
        { ref: 'v1', image: one },
        { ref: 'keep', image: one },
      ]),
    );
    const sourceDir = scratch();
    writeTree(sourceDir, layoutFiles([{ ref: 'two', image: two }]));
    const from = await open(`oci:${sourceDir}`);
    await copyThroughStores(from, 'two', await open(`oci:${dir}`, 'write'), 'v1');
    const store = await open(`oci:${dir}`);
    assert.equal((await store.resolve('v1'))?.digest, two.digest);
    assert.equal((await store.resolve('keep'))?.digest, one.digest);
    const sameImage = scratch();
    writeTree(
      sameImage,
      layoutFiles([
        { ref: 'a', image: one },
        { ref: 'b', image: one },
      ]),
    );
    assert.equal((await (await open(`oci:${sameImage}`)).resolve(''))?.digest, one.digest, 'two names of one image are one image');

    const multiDir = scratch();
    writeTree(multiDir, layoutFiles([{ ref: undefined, image: multi }]));
    const target = join(scratch(), 'digest-only');
    await copyThroughStores(await open(`oci:${multiDir}`), '', await open(`oci:${target}`, 'write'), multi.digest);
    const written = await open(`oci:${target}`);
    assert.equal((await written.resolve(''))?.digest, multi.digest, 'the index, not its children, is the one entry');
  });

  it('keeps nothing of a blob that does not match, and abort removes a layout it created', async () => {
    const target = join(scratch(), 'aborted');
    const store = await open(`oci:${target}`, 'write');
    const layer = one.layers[0]!;
    await assert.rejects(store.writeBlob(layer, Readable.from([Buffer.alloc(layer.size)])), DigestMismatchError);
    assert.deepEqual(readdirSync(join(target, 'blobs/sha256')), [], 'the partial file is gone');
    await store.writeBlob(layer, Readable.from([one.blobs.get(layer.digest)!]));
    assert.ok(await store.hasBlob(layer));
    await store.close('abort');
    assert.equal(existsSync(target), false);
  });

  it('blobs written at the same time into a new layout are all taken back by abort; a commit of nothing writes nothing', async () => {
    const target = join(scratch(), 'concurrent');
    const store = await open(`oci:${target}`, 'write');
    await Promise.all([one.config, ...one.layers].map((d) => store.writeBlob(d, Readable.from([one.blobs.get(d.digest)!]))));
    await store.close('abort');
    assert.equal(existsSync(target), false, 'the directory it made is gone');
    const idle = join(scratch(), 'idle');
    await (await open(`oci:${idle}`, 'write')).close('commit');
    assert.equal(existsSync(idle), false);
    const idleArchive = join(scratch(), 'idle.tar');
    await (await open(`oci-archive:${idleArchive}`, 'write')).close('commit');
    assert.equal(existsSync(idleArchive), false);
  });

  it('abort on an existing layout removes only the blobs it added and leaves index.json as it was', async () => {
    const dir = scratch();
    writeTree(dir, layoutFiles([{ ref: 'v1', image: one }]));
    const before = readFileSync(join(dir, 'index.json'));
    const store = await open(`oci:${dir}`, 'write');
    const layer = two.layers[0]!;
    await store.writeBlob(layer, Readable.from([two.blobs.get(layer.digest)!]));
    await store.putManifest('v2', await (await open(`oci:${dir}`)).getManifest('v1'));
    await store.close('abort');
    assert.equal(existsSync(join(dir, blobFile(layer.digest))), false);
    assert.ok(existsSync(join(dir, blobFile(one.layers[0]!.digest))), 'blobs that were there stay');
    assert.ok(readFileSync(join(dir, 'index.json')).equals(before));
  });
});
