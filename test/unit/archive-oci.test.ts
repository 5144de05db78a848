// The OCI archive store: tars of layouts packed by node-tar read by offset (plain and gzipped), archives written
// atomically and listed back by node-tar, and every kind of bad archive refused with the file and member named.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { create, list } from 'tar';
import { DigestMismatchError } from '../../src/oci/digest.ts';
import { parseFileReference } from '../../src/store/file-reference.ts';
import { openFileStore, type FileStore } from '../../src/store/file-store.ts';
import { FileStoreError } from '../../src/store/layout/errors.ts';
import { blobFile, copyThroughStores, layoutFiles, scratch, silentLogger, tarOf, writeTree } from '../support/archives.ts';
import { buildImage, buildIndex, deterministicBytes } from '../support/images.ts';

const open = (text: string, mode: 'read' | 'write' = 'read'): Promise<FileStore> =>
  openFileStore(parseFileReference(text)!, mode, { logger: silentLogger });

async function members(file: string): Promise<string[]> {
  const paths: string[] = [];
  await list({ file, onReadEntry: (entry) => paths.push(entry.path) });
  return paths;
}

describe('OCI archive store', () => {
  const one = buildImage({ seed: 'archive-one', layers: 2, layerSize: 10_000 });
  const multi = buildIndex({ seed: 'archive-multi', layerSize: 3000 });

  for (const gzipped of [false, true]) {
    it(`reads a${gzipped ? ' gzipped' : ''} tar of a layout by offset: every manifest and blob byte for byte`, async () => {
      const file = join(scratch(), gzipped ? 'app.tar.gz' : 'app.tar');
      await tarOf(
        file,
        layoutFiles([
          { ref: 'v1', image: one },
          { ref: 'multi', image: multi },
        ]),
        gzipped,
      );
      const store = await open(`oci-archive:${file}`);
      assert.deepEqual(await store.listTags(), ['v1', 'multi']);
      assert.ok((await store.getManifest('v1')).bytes.equals(one.manifest));
      assert.ok((await store.getManifest('multi')).bytes.equals(multi.manifest));
      for (const image of [one, ...multi.children]) {
        assert.ok((await store.getManifest(image.digest)).bytes.equals(image.manifest));
        for (const [digest, data] of image.blobs) {
          const descriptor = [image.config, ...image.layers].find((d) => d.digest === digest)!;
          assert.ok((await buffer(await store.readBlob(descriptor))).equals(data), digest);
        }
      }
    });
  }

  it('writes an archive that appears only at commit, holds the layout, and reads back with every digest', async () => {
    const source = scratch();
    writeTree(source, layoutFiles([{ ref: 'multi', image: multi }]));
    const dir = scratch();
    const file = join(dir, 'out.tar');
    const to = await open(`oci-archive:${file}:release`, 'write');
    const from = await open(`oci:${source}`);
    const manifest = await from.getManifest('multi');
    for (const child of manifest.manifests) {
      const image = await from.getManifest(child.digest);
      for (const blob of image.blobs) await to.writeBlob(blob, await from.readBlob(blob));
      await to.putManifest(child.digest, image);
    }
    await to.putManifest('release', manifest);
    assert.deepEqual(
      readdirSync(dir).filter((n) => !n.startsWith('.')),
      [],
      'nothing at the target before commit',
    );
    await to.close('commit');
    assert.deepEqual(readdirSync(dir), ['out.tar'], 'the staging directory is gone');

    const paths = await members(file);
    for (const expected of ['oci-layout', 'index.json', blobFile(multi.digest), blobFile(multi.children[0]!.layers[0]!.digest)]) {
      assert.ok(paths.includes(expected), `${expected} in ${paths.join(' ')}`);
    }
    const back = await open(`oci-archive:${file}`);
    assert.equal((await back.resolve('release'))?.digest, multi.digest);
    assert.equal((await back.resolve(''))?.digest, multi.digest);
  });

  it('replaces an existing file at the target whole, and abort leaves the old one untouched', async () => {
    const source = scratch();
    writeTree(source, layoutFiles([{ ref: 'v1', image: one }]));
    const dir = scratch();
    const file = join(dir, 'out.tar');
    writeFileSync(file, 'old');
    const aborted = await open(`oci-archive:${file}`, 'write');
    const from = await open(`oci:${source}`);
    await aborted.writeBlob(one.config, await from.readBlob(one.config));
    await aborted.close('abort');
    assert.equal(readFileSync(file, 'utf8'), 'old');
    assert.deepEqual(readdirSync(dir), ['out.tar']);
    await copyThroughStores(from, 'v1', await open(`oci-archive:${file}`, 'write'), 'v1');
    assert.equal((await (await open(`oci-archive:${file}`)).resolve('v1'))?.digest, one.digest);
  });

  it('refuses a directory as an archive target, and a source that fails mid-copy leaves nothing at the target', async () => {
    const dir = scratch();
    await assert.rejects(open(`oci-archive:${dir}`, 'write'), /is a directory; an archive is written as a file/);
    const files = layoutFiles([{ ref: 'v1', image: one }]);
    const layer = one.layers[0]!;
    files[blobFile(layer.digest)] = Buffer.alloc(layer.size);
    const source = join(dir, 'damaged.tar');
    await tarOf(source, files);
    const target = join(dir, 'out.tar');
    await assert.rejects(
      copyThroughStores(await open(`oci-archive:${source}`), 'v1', await open(`oci-archive:${target}`, 'write'), 'v1'),
      DigestMismatchError,
    );
    assert.deepEqual(readdirSync(dir), ['damaged.tar'], 'no target, no staging directory, no partial file');
  });

  describe('bad archives', () => {
    const bad = async (text: string, pattern: RegExp): Promise<void> => {
      await assert.rejects(open(text), (error: unknown) => {
        assert.ok(error instanceof FileStoreError, String(error));
        assert.match(error.message, pattern);
        return true;
      });
    };

    it('a missing file', async () => {
      const file = join(scratch(), 'missing.tar');
      await bad(`oci-archive:${file}`, new RegExp(`${file} does not exist`));
    });

    it('a file that is not a tar, and a gzip of something that is not a tar', async () => {
      const dir = scratch();
      writeFileSync(join(dir, 'text.tar'), 'just some text, not an archive\n'.repeat(40));
      await bad(`oci-archive:${join(dir, 'text.tar')}`, /text\.tar is not a tar archive/);
      writeFileSync(join(dir, 'noise.tar'), deterministicBytes('noise', 2048));
      await bad(`oci-archive:${join(dir, 'noise.tar')}`, /noise\.tar is not a tar archive/);
      writeFileSync(join(dir, 'text.tgz'), gzipSync(Buffer.from('hello\n'.repeat(200))));
      await bad(`oci-archive:${join(dir, 'text.tgz')}`, /text\.tgz is not a tar archive/);
      writeFileSync(join(dir, 'broken.tgz'), Buffer.concat([Buffer.from([0x1f, 0x8b]), deterministicBytes('gz', 600)]));
      await bad(`oci-archive:${join(dir, 'broken.tgz')}`, /broken\.tgz is not a valid gzip file/);
    });

    it('a tar that is not an image archive', async () => {
      const file = join(scratch(), 'plain.tar');
      await tarOf(file, { 'README.md': 'hello' });
      await bad(`oci-archive:${file}`, /is not an OCI archive: it has no index\.json/);
    });

    it('a truncated archive, plain and gzipped, naming the member cut short', async () => {
      const dir = scratch();
      const file = join(dir, 'cut.tar');
      await tarOf(file, layoutFiles([{ ref: 'v1', image: one }]));
      truncateSync(file, Math.floor(statSync(file).size / 2));
      await bad(`oci-archive:${file}`, /cut\.tar is truncated: (member blobs\/sha256\/[0-9a-f]{64} should have \d+ bytes|it ends inside)/);
      const gz = join(dir, 'cut.tar.gz');
      await tarOf(gz, layoutFiles([{ ref: 'v1', image: one }]), true);
      truncateSync(gz, Math.floor(statSync(gz).size / 2));
      await bad(`oci-archive:${gz}`, /cut\.tar\.gz is not a valid gzip file: unexpected end of file/);
    });

    it('a member whose path escapes the archive, by ../ or an absolute path, or a link out of it', async () => {
      const dir = scratch();
      writeTree(join(dir, 'src/sub'), { 'index.json': '{}' });
      writeFileSync(join(dir, 'src/evil'), 'x');
      await create({ file: join(dir, 'dots.tar'), cwd: join(dir, 'src/sub'), preservePaths: true }, ['index.json', '../evil']);
      await bad(`oci-archive:${join(dir, 'dots.tar')}`, /has a member "\.\.\/evil" whose path escapes the archive/);
      await create({ file: join(dir, 'abs.tar'), preservePaths: true }, [join(dir, 'src/evil')]);
      await bad(`oci-archive:${join(dir, 'abs.tar')}`, /has a member "\/.*\/evil" whose path escapes the archive/);
      symlinkSync('../../etc/passwd', join(dir, 'src/sub/link'));
      await create({ file: join(dir, 'link.tar'), cwd: join(dir, 'src/sub') }, ['index.json', 'link']);
      await bad(`oci-archive:${join(dir, 'link.tar')}`, /has a link "link" to "\.\.\/\.\.\/etc\/passwd", which escapes the archive/);
    });

    it('a blob whose bytes do not match its digest, naming the member', async () => {
      const files = layoutFiles([{ ref: 'v1', image: one }]);
      const layer = one.layers[1]!;
      const damaged = Buffer.from(files[blobFile(layer.digest)] as Buffer);
      damaged[5] = damaged[5]! ^ 1;
      files[blobFile(layer.digest)] = damaged;
      const file = join(scratch(), 'damaged.tar');
      await tarOf(file, files);
      const store = await open(`oci-archive:${file}`);
      await assert.rejects(
        buffer(await store.readBlob(layer)),
        (error: unknown) => error instanceof DigestMismatchError && error.message.includes(`member ${blobFile(layer.digest)} of ${file}`),
      );
    });
  });
});
