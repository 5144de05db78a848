// The archive builder: blobs written at once (some straight into the tar, the others through spill files), a
// failed blob cut back out of the tar, long (pax) member names, and the same content giving the same archive.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, it } from 'node:test';
import { list } from 'tar';
import { DigestMismatchError } from '../../src/oci/digest.ts';
import { parseManifest } from '../../src/oci/manifest.ts';
import { parseFileReference } from '../../src/store/file-reference.ts';
import { openFileStore, type FileStore } from '../../src/store/file-store.ts';
import { blobFile, scratch, silentLogger } from '../support/archives.ts';
import { buildImage, deterministicBytes } from '../support/images.ts';

const open = (text: string, mode: 'read' | 'write' = 'read'): Promise<FileStore> =>
  openFileStore(parseFileReference(text)!, mode, { logger: silentLogger });

async function members(file: string): Promise<string[]> {
  const paths: string[] = [];
  await list({ file, onReadEntry: (entry) => paths.push(entry.path) });
  return paths;
}

/** A body that yields its bytes slowly, so that other writes arrive while it is being appended. */
function slow(data: Buffer, pieces = 8): Readable {
  const size = Math.ceil(data.length / pieces);
  return Readable.from(
    (async function* () {
      for (let i = 0; i < data.length; i += size) {
        await new Promise((resolve) => setTimeout(resolve, 2));
        yield data.subarray(i, i + size);
      }
    })(),
  );
}

describe('archive builder', () => {
  const image = buildImage({ seed: 'builder', layers: 5, layerSize: 50_000 });
  const descriptors = [image.config, ...image.layers];

  async function writeAll(file: string): Promise<FileStore> {
    const store = await open(`oci-archive:${file}`, 'write');
    await Promise.all(descriptors.map((d) => store.writeBlob(d, slow(image.blobs.get(d.digest)!))));
    return store;
  }

  it('takes blobs written at once, each exactly once, readable before commit, with no spill files left', async () => {
    const dir = scratch();
    const file = join(dir, 'out.tar');
    const store = await writeAll(file);
    for (const d of descriptors) {
      assert.ok(await store.hasBlob(d));
      assert.ok((await buffer(await store.readBlob(d))).equals(image.blobs.get(d.digest)!), 'readable while the archive is built');
    }
    await store.putManifest('v1', parseManifest(image.manifest, image.mediaType, image.digest));
    await store.close('commit');
    assert.deepEqual(readdirSync(dir), ['out.tar']);
    const paths = await members(file);
    for (const d of descriptors) assert.equal(paths.filter((p) => p === blobFile(d.digest)).length, 1, d.digest);
    const back = await open(`oci-archive:${file}`);
    assert.equal((await back.resolve('v1'))?.digest, image.digest);
    for (const d of descriptors) assert.ok((await buffer(await back.readBlob(d))).equals(image.blobs.get(d.digest)!));
  });

  it('gives the same archive, byte for byte, for the same content written in the same order', async () => {
    const digests: string[] = [];
    for (const name of ['a.tar', 'b.tar']) {
      const file = join(scratch(), name);
      const store = await open(`oci-archive:${file}`, 'write');
      for (const d of descriptors) await store.writeBlob(d, Readable.from([image.blobs.get(d.digest)!]));
      await store.putManifest(image.digest, parseManifest(image.manifest, image.mediaType, image.digest));
      await store.close('commit');
      digests.push(createHash('sha256').update(readFileSync(file)).digest('hex'));
    }
    assert.equal(digests[0], digests[1]);
  });

  it('cuts a blob that fails its digest back out of the tar, and keeps going', async () => {
    const file = join(scratch(), 'cut.tar');
    const store = await open(`oci-archive:${file}`, 'write');
    const [first, second] = image.layers as [(typeof image.layers)[0], (typeof image.layers)[0]];
    const wrong = Buffer.from(image.blobs.get(first.digest)!);
    wrong[wrong.length - 1] = wrong[wrong.length - 1]! ^ 1;
    await assert.rejects(store.writeBlob(first, Readable.from([wrong])), DigestMismatchError);
    // And while another blob is being appended, the failing one goes through a spill file, which is removed.
    const appending = store.writeBlob(second, slow(image.blobs.get(second.digest)!));
    await assert.rejects(store.writeBlob(first, Readable.from([wrong])), DigestMismatchError);
    await appending;
    assert.equal(await store.hasBlob(first), false);
    await store.writeBlob(first, Readable.from([image.blobs.get(first.digest)!]));
    await store.putManifest('', parseManifest(image.manifest, image.mediaType, image.digest));
    await store.close('commit');
    const paths = await members(file);
    assert.equal(paths.filter((p) => p === blobFile(first.digest)).length, 1);
    assert.ok((await buffer(await (await open(`oci-archive:${file}`)).readBlob(first))).equals(image.blobs.get(first.digest)!));
  });

  it('writes sha512 blobs under their full path (a pax header, the name being over 100 characters)', async () => {
    const data = deterministicBytes('sha512', 3000);
    const digest = `sha512:${createHash('sha512').update(data).digest('hex')}`;
    const file = join(scratch(), 'long.tar');
    const store = await open(`oci-archive:${file}`, 'write');
    await store.writeBlob({ mediaType: 'application/octet-stream', digest, size: data.length }, Readable.from([data]));
    await store.putManifest('v1', parseManifest(image.manifest, image.mediaType, image.digest));
    await store.close('commit');
    assert.ok((await members(file)).includes(blobFile(digest)), 'node-tar reads the full name');
    const back = await open(`oci-archive:${file}`);
    assert.ok((await buffer(await back.readBlob({ mediaType: '', digest, size: data.length }))).equals(data));
  });
});
