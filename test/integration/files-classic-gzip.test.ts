// A classic `docker save` layer that needs both halves of hoist's gzip: stretches of random bytes (stored blocks,
// read again from the archive while pushed) beside text (deflated, spilled to a temporary file), across 1 MiB
// block and 64 KiB segment edges. Pushed from a plain and a gzipped archive to a real registry; the blob the
// registry holds must gunzip (zlib and gzip(1)) to the diff_id, and skopeo must copy the image back out.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { create } from 'tar';
import { classicArchiveFiles, scratch, tarOf, writeTree, type ClassicImage } from '../support/archives.ts';
import { hoist, onlyTarget } from '../support/hoist.ts';
import { deterministicBytes, getBlob, getManifest, sha256Digest } from '../support/images.ts';
import { startRegistry, type RegistryHandle } from '../support/registry.ts';
import { skopeo } from '../support/skopeo.ts';

const MiB = 1024 * 1024;
const TLS = ['--src-tls-verify=false', '--dest-tls-verify=false'];

/** One layer tar: random files (a compressed asset, say) and a text file, each a few block sizes long. */
async function mixedImage(): Promise<ClassicImage> {
  const dir = scratch('hoist-mixed-layer-');
  const text = Array.from({ length: 40_000 }, (_, i) => `export const v${i % 89} = f(${i}, 'k${i % 7}');\n`).join('');
  writeTree(dir, {
    'app/asset.bin': deterministicBytes('classic-gzip/asset', 2 * MiB + 12_345),
    'app/source.js': text,
    'app/blob.bin': deterministicBytes('classic-gzip/blob', MiB + 1),
  });
  const file = join(scratch('hoist-mixed-tar-'), 'layer.tar');
  await create({ file, cwd: dir, portable: true, mtime: new Date('2024-01-01T00:00:00Z') }, ['app']);
  const layer = readFileSync(file);
  const diffIds = [sha256Digest(layer)];
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      created: '2024-01-01T00:00:00Z',
      config: { Cmd: ['/bin/sh'] },
      rootfs: { type: 'layers', diff_ids: diffIds },
      history: [{ created: '2024-01-01T00:00:00Z', created_by: 'test' }],
    }),
  );
  return { repoTags: ['mixed/app:v1'], config, configDigest: sha256Digest(config), layers: [layer], diffIds };
}

describe('a classic docker-archive layer of random bytes and text, gzipped by hoist, at a real registry', () => {
  let registry: RegistryHandle;
  let image: ClassicImage;
  const dir = scratch();
  before(async () => {
    registry = await startRegistry();
    image = await mixedImage();
    await tarOf(join(dir, 'mixed.tar'), classicArchiveFiles([image]));
    await tarOf(join(dir, 'mixed.tar.gz'), classicArchiveFiles([image]), true);
  });
  after(async () => {
    await registry?.stop();
  });

  it('pushes the same gzip from a plain and a gzipped archive: it gunzips to the diff_id, and skopeo copies it back', async () => {
    const digests: string[] = [];
    for (const [archive, repo] of [
      ['mixed.tar', 'mixed/plain'],
      ['mixed.tar.gz', 'mixed/gzipped'],
    ] as const) {
      const target = onlyTarget(await hoist(`docker-archive:${join(dir, archive)}`, [`${registry.host}/${repo}:v1`]));
      assert.equal(target.status, 'copied', target.error);
      const manifest = JSON.parse((await getManifest(registry, repo, 'v1')).body.toString()) as {
        config: { digest: string };
        layers: Array<{ digest: string; size: number; mediaType: string }>;
      };
      assert.equal(manifest.config.digest, image.configDigest, 'the config (the image ID) is kept');
      const [layer] = manifest.layers;
      assert.equal(layer?.mediaType, 'application/vnd.docker.image.rootfs.diff.tar.gzip');
      const blob = (await getBlob(registry, repo, layer.digest)).body;
      assert.equal(blob.length, layer.size);
      assert.equal(sha256Digest(blob), layer.digest, 'the registry holds what the manifest states');
      assert.equal(sha256Digest(gunzipSync(blob)), image.diffIds[0], 'zlib inflates it to the diff_id');
      assert.equal(
        sha256Digest(execFileSync('gunzip', ['-c'], { input: blob, maxBuffer: 64 * MiB })),
        image.diffIds[0],
        'so does gunzip(1)',
      );
      assert.ok(blob.length < image.layers[0]!.length * 0.95, 'the text is compressed');
      assert.ok(blob.length > 3 * MiB, 'the random bytes cannot be');
      digests.push(target.digest!);

      const out = scratch('hoist-mixed-skopeo-');
      await skopeo(['copy', ...TLS, `docker://${registry.host}/${repo}:v1`, `dir:${out}`], 60_000);
      assert.ok(readdirSync(out).includes(layer.digest.slice(7)), 'skopeo pulled and verified the layer');
      assert.ok(readFileSync(join(out, layer.digest.slice(7))).equals(blob));
    }
    assert.equal(digests[0], digests[1], 'gzipped archive or not, the same manifest');
  });
});
