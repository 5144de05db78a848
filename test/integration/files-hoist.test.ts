// Images as files through hoist itself (promote, as the action and CLI run it), against the real registry with skopeo
// as the independent other side: files skopeo (and the tests) made are pushed by hoist and compared with what skopeo
// pushes from the same file; files hoist writes from the registry are read back by skopeo; bad files fail before
// anything is written at the target.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { list as listTarMembers } from 'tar';
import {
  blobFile,
  classicArchiveFiles,
  classicImage,
  layoutFiles,
  realImage,
  realIndex,
  scratch,
  tarOf,
  writeTree,
} from '../support/archives.ts';
import { runCli } from '../support/cli.ts';
import { hoist, onlyTarget } from '../support/hoist.ts';
import { getBlob, getManifest, headBlob, pushImage, sha256Digest, type BuiltImage, type BuiltIndex } from '../support/images.ts';
import { SPDX, attach, cosignTagOf, fallbackEntries, fallbackTagOf, pushCosign, subjectOf } from '../support/referrers.ts';
import { startRegistry, type RegistryHandle } from '../support/registry.ts';
import { skopeo } from '../support/skopeo.ts';

const TLS = ['--src-tls-verify=false', '--dest-tls-verify=false'];
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface ImageJson {
  config: { digest: string };
  layers: Array<{ digest: string }>;
  manifests?: Array<{ digest: string }>;
}

/** A one-member ustar archive whose member path is written as given (node-tar would refuse to write `../`). */
function tarWithRawPath(path: string, content: string): Buffer {
  const header = Buffer.alloc(512);
  header.write(path, 0, 100, 'utf8');
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write(`${Buffer.byteLength(content).toString(8).padStart(11, '0')}\0`, 124);
  header.write('00000000000\0', 136);
  header.write('        ', 148);
  header.write('0', 156);
  header.write('ustar\0', 257);
  header.write('00', 263);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  const body = Buffer.alloc(Math.ceil(Buffer.byteLength(content) / 512) * 512);
  body.write(content);
  return Buffer.concat([header, body, Buffer.alloc(1024)]);
}

/** Member paths of a tar, read with node-tar (independent of the archive store). */
async function listTar(file: string): Promise<string[]> {
  const paths: string[] = [];
  await listTarMembers({ file, onReadEntry: (entry) => paths.push(entry.path) });
  return paths;
}

/** One member's text, read with node-tar. */
async function readMember(file: string, path: string): Promise<string> {
  const chunks: Buffer[] = [];
  await listTarMembers({
    file,
    onReadEntry: (entry) => {
      if (entry.path === path) entry.on('data', (c: Buffer) => chunks.push(c));
      else entry.resume();
    },
  });
  return Buffer.concat(chunks).toString();
}

describe('image files through hoist, against a real registry and skopeo', () => {
  let registry: RegistryHandle;
  let single: BuiltImage;
  let multi: BuiltIndex;
  const docker = (repo: string): string => `docker://${registry.host}/${repo}`;
  const at = (repo: string): string => `${registry.host}/${repo}`;
  const manifestJson = async (repo: string, ref: string): Promise<ImageJson> => {
    const got = await getManifest(registry, repo, ref);
    assert.equal(got.status, 200, `${repo}:${ref}`);
    return JSON.parse(got.body.toString()) as ImageJson;
  };
  const diffIdsAt = async (repo: string, configDigest: string): Promise<string[]> =>
    (JSON.parse((await getBlob(registry, repo, configDigest)).body.toString()) as { rootfs: { diff_ids: string[] } }).rootfs.diff_ids;
  /** Writes the registry saw since the last clear. */
  const writes = async () => {
    await registry.settle();
    return registry.requests().filter((r) => WRITES.has(r.method));
  };

  before(async () => {
    registry = await startRegistry();
    single = await realImage('hoist-files-single', 'oci');
    multi = await realIndex('hoist-files-multi', [
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
    await skopeo(['copy', ...TLS, `oci:${seed}:single`, docker('seed/single:v1')], 60_000);
    await skopeo(['copy', '--all', ...TLS, `oci:${seed}:multi`, docker('seed/multi:v1')], 60_000);
  });
  after(async () => {
    await registry?.stop();
  });

  for (const kind of ['oci', 'oci-archive'] as const) {
    it(`pushes skopeo’s multi-platform ${kind} as skopeo does: every manifest byte for byte, digests kept`, async () => {
      const path = join(scratch(), kind === 'oci' ? 'layout' : 'multi.tar');
      await skopeo(['copy', '--all', ...TLS, docker('seed/multi:v1'), `${kind}:${path}:v1`], 60_000);
      const target = onlyTarget(await hoist(`${kind}:${path}:v1`, [at(`from-${kind}/hoist:v1`)]));
      assert.equal(target.status, 'copied', target.error);
      assert.equal(target.digest, multi.digest);
      await skopeo(['copy', '--all', ...TLS, `${kind}:${path}:v1`, docker(`from-${kind}/skopeo:v1`)], 60_000);
      const hoisted = await getManifest(registry, `from-${kind}/hoist`, 'v1');
      const skopeoed = await getManifest(registry, `from-${kind}/skopeo`, 'v1');
      assert.equal(hoisted.digest, skopeoed.digest);
      assert.ok(hoisted.body.equals(skopeoed.body), 'the index, byte for byte');
      for (const child of multi.children) {
        const h = await getManifest(registry, `from-${kind}/hoist`, child.digest);
        assert.ok(h.body.equals((await getManifest(registry, `from-${kind}/skopeo`, child.digest)).body), child.digest);
        for (const digest of child.blobs.keys()) assert.equal(await headBlob(registry, `from-${kind}/hoist`, digest), 200);
      }
    });
  }

  it('pushes skopeo’s classic docker-archive (plain and gzipped) as skopeo does: config digest and diff_ids, and says the digest is new', async () => {
    const dir = scratch();
    const file = join(dir, 'classic.tar');
    await skopeo(['copy', ...TLS, docker('seed/single:v1'), `docker-archive:${file}:seed/single:v1`], 60_000);
    writeFileSync(join(dir, 'classic.tar.gz'), gzipSync(readFileSync(file)));

    const plain = await hoist(`docker-archive:${file}`, [at('classic/hoist:v1')]);
    const target = onlyTarget(plain);
    assert.equal(target.status, 'copied', target.error);
    assert.match(plain.result.warnings.join('\n'), /is new/);
    const gzipped = onlyTarget(await hoist(`docker-archive:${join(dir, 'classic.tar.gz')}:seed/single:v1`, [at('classic/hoist-gz:v1')]));
    assert.equal(gzipped.status, 'copied', gzipped.error);
    assert.equal(gzipped.digest, target.digest, 'gzipped or not, the same manifest');

    await skopeo(['copy', ...TLS, `docker-archive:${file}`, docker('classic/skopeo:v1')], 60_000);
    const hoisted = await manifestJson('classic/hoist', 'v1');
    const skopeoed = await manifestJson('classic/skopeo', 'v1');
    assert.equal(hoisted.config.digest, single.config.digest, 'the config (the image ID) is kept');
    assert.equal(hoisted.config.digest, skopeoed.config.digest);
    assert.deepEqual(await diffIdsAt('classic/hoist', hoisted.config.digest), await diffIdsAt('classic/skopeo', skopeoed.config.digest));
    assert.equal(hoisted.layers.length, skopeoed.layers.length);
    for (const layer of hoisted.layers) assert.equal(await headBlob(registry, 'classic/hoist', layer.digest), 200);
  });

  it('pushes a Docker 25+ docker-archive with its digest kept, as skopeo pushes the OCI layout inside it', async () => {
    // Docker 25+ `docker save`: an OCI layout (uncompressed layers) plus manifest.json pointing into its blobs.
    const classic = await classicImage('hoist-docker25', [], 2);
    const blobs = new Map<string, Buffer>([[classic.configDigest, classic.config]]);
    const layers = classic.layers.map((tar) => {
      blobs.set(sha256Digest(tar), tar);
      return { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: sha256Digest(tar), size: tar.length };
    });
    const config = { mediaType: 'application/vnd.oci.image.config.v1+json', digest: classic.configDigest, size: classic.config.length };
    const manifest = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config, layers }),
    );
    const image: BuiltImage = {
      digest: sha256Digest(manifest),
      manifest,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      size: manifest.length,
      platform: { os: 'linux', architecture: 'amd64' },
      config,
      layers,
      blobs,
    };
    const files = layoutFiles([{ ref: '25', image }]);
    const index = JSON.parse(files['index.json'] as string) as { manifests: Array<{ annotations: Record<string, string> }> };
    index.manifests[0]!.annotations['io.containerd.image.name'] = 'docker.io/library/app:25';
    files['index.json'] = JSON.stringify(index);
    files['manifest.json'] = JSON.stringify([
      { Config: blobFile(config.digest), RepoTags: ['app:25'], Layers: layers.map((l) => blobFile(l.digest)) },
    ]);
    const file = join(scratch(), 'docker25.tar');
    await tarOf(file, files);

    const run = await hoist(`docker-archive:${file}:app:25`, [at('docker25/hoist:v1')]);
    const target = onlyTarget(run);
    assert.equal(target.status, 'copied', target.error);
    assert.equal(target.digest, image.digest, 'the layout’s manifest, not a new one');
    assert.doesNotMatch(run.result.warnings.join('\n'), /is new/);
    // skopeo compresses uncompressed layers on a push unless told to keep the digests, as hoist always does.
    await skopeo(['copy', '--preserve-digests', ...TLS, `oci-archive:${file}:25`, docker('docker25/skopeo:v1')], 60_000);
    const hoisted = await getManifest(registry, 'docker25/hoist', 'v1');
    assert.equal(hoisted.digest, (await getManifest(registry, 'docker25/skopeo', 'v1')).digest);
    assert.ok(hoisted.body.equals(manifest));
  });

  for (const kind of ['oci', 'oci-archive'] as const) {
    it(`writes the registry’s multi-platform image to ${kind}: skopeo reads it and copies it back with every digest`, async () => {
      const path = join(scratch(), kind === 'oci' ? 'out' : 'out.tar');
      const target = onlyTarget(await hoist(at('seed/multi:v1'), [`${kind}:${path}:release`]));
      assert.equal(target.status, 'copied', target.error);
      assert.equal(target.digest, multi.digest);
      assert.ok((await skopeo(['inspect', '--raw', `${kind}:${path}:release`])).equals(multi.manifest));
      await skopeo(['copy', '--all', ...TLS, `${kind}:${path}:release`, docker(`back-${kind}/app:v1`)], 60_000);
      assert.equal((await getManifest(registry, `back-${kind}/app`, 'v1')).digest, multi.digest);
      for (const child of multi.children)
        assert.equal((await getManifest(registry, `back-${kind}/app`, child.digest)).digest, child.digest);
    });
  }

  it('writes one platform of the multi-platform image to a docker-archive that skopeo reads as docker load would', async () => {
    const file = join(scratch(), 'arm.tar');
    const arm = multi.children.find((c) => c.platform.architecture === 'arm64')!;
    const target = onlyTarget(await hoist(at('seed/multi:v1'), [`docker-archive:${file}:files/app:v1`], { platforms: ['linux/arm64'] }));
    assert.equal(target.status, 'copied', target.error);
    assert.equal(target.digest, arm.digest);
    const config = await skopeo(['inspect', '--config', '--raw', `docker-archive:${file}:files/app:v1`]);
    assert.ok(config.equals(arm.blobs.get(arm.config.digest)!), 'the arm64 config, byte for byte');
    await skopeo(['copy', ...TLS, `docker-archive:${file}:files/app:v1`, docker('back-docker/app:v1')], 60_000);
    assert.equal((await manifestJson('back-docker/app', 'v1')).config.digest, arm.config.digest);
  });

  it('resolves relative paths against the workspace (cwd), and pins a file target as PATH@digest', async () => {
    const workspace = scratch();
    const target = onlyTarget(await hoist(at('seed/single:v1'), ['oci:out/layout:v1'], { cwd: workspace }));
    assert.equal(target.status, 'copied', target.error);
    assert.equal(target.pinned, `oci:out/layout@${single.digest}`);
    assert.ok((await skopeo(['inspect', '--raw', `oci:${join(workspace, 'out/layout')}:v1`])).equals(single.manifest));
    const back = onlyTarget(await hoist('oci:out/layout:v1', [at('relative/app:v1')], { cwd: workspace }));
    assert.equal(back.status, 'copied', back.error);
    assert.equal(back.digest, single.digest);
  });

  it('refuses a multi-platform source into a docker-archive without a platform: a clear error, and no file', async () => {
    const dir = scratch();
    const file = join(dir, 'multi.tar');
    const run = await hoist(at('seed/multi:v1'), [`docker-archive:${file}:files/app:v1`]);
    const target = onlyTarget(run);
    assert.equal(target.status, 'failed');
    assert.match(target.error ?? '', /one image per tag/);
    assert.match(target.error ?? '', /linux\/amd64, linux\/arm64\/v8/);
    assert.match(target.error ?? '', /platform/);
    assert.equal(existsSync(file), false, 'no archive');
    assert.deepEqual(readdirSync(dir), [], 'no temporary file left behind');
  });

  it('a signed image into a docker-archive leaves its referrers behind with a warning; the archive holds the image alone', async () => {
    const image = await pushImage(registry, 'signed/app', 'v1', { seed: 'files-signed' });
    await attach(registry, 'signed/app', subjectOf(image), { artifactType: SPDX, content: '{"spdxVersion":"SPDX-2.3"}' });
    await pushCosign(registry, 'signed/app', image.digest, 'sig', '{"signed":true}');
    const file = join(scratch(), 'signed.tar');
    const run = await hoist(at('signed/app:v1'), [`docker-archive:${file}:signed/app:v1`]);
    const target = onlyTarget(run);
    assert.equal(target.status, 'copied', target.error);
    assert.deepEqual(target.referrers, { copied: 0, existing: 0 });
    assert.match(
      run.result.warnings.join('\n'),
      /2 referrers of the image \(1 SBOM, 1 signature\) were not written to docker-archive:.*holds images only/,
    );
    const members = await listTar(file);
    const entries = JSON.parse(await readMember(file, 'manifest.json')) as Array<{ RepoTags: string[] }>;
    assert.deepEqual(
      entries.map((e) => e.RepoTags),
      [['signed/app:v1']],
      `manifest.json lists the image alone (${members.length} members)`,
    );
    const config = await skopeo(['inspect', '--config', '--raw', `docker-archive:${file}:signed/app:v1`]);
    assert.ok(config.equals(image.blobs.get(image.config.digest)!));
  });

  it('a signed image into an OCI layout brings its referrers, and from the layout back to a registry they follow again', async () => {
    const image = await pushImage(registry, 'signed/layout', 'v1', { seed: 'files-signed-layout' });
    const sbom = await attach(registry, 'signed/layout', subjectOf(image), { artifactType: SPDX, content: '{"layout":true}' });
    const sig = await pushCosign(registry, 'signed/layout', image.digest, 'sig', '{"layout":true}');
    const dir = join(scratch(), 'signed-layout');
    const out = onlyTarget(await hoist(at('signed/layout:v1'), [`oci:${dir}:v1`]));
    assert.equal(out.status, 'copied', out.error);
    assert.deepEqual(out.referrers, { copied: 2, existing: 0 });
    assert.ok((await skopeo(['inspect', '--raw', `oci:${dir}:v1`])).equals(image.manifest), 'skopeo still finds the image by its name');
    const back = onlyTarget(await hoist(`oci:${dir}:v1`, [at('signed/back:v1')]));
    assert.equal(back.status, 'copied', back.error);
    assert.deepEqual(back.referrers, { copied: 2, existing: 0 });
    assert.equal((await getManifest(registry, 'signed/back', cosignTagOf(image.digest, 'sig'))).digest, sig.digest);
    assert.deepEqual(
      (await fallbackEntries(registry, 'signed/back', image.digest))?.map((e) => e['digest']),
      [sbom.digest],
    );
  });

  it('a re-run into an existing layout adds the attestation made since: committed, listed beside the SBOM', async () => {
    const image = await pushImage(registry, 'signed/rerun', 'v1', { seed: 'files-signed-rerun' });
    const sbom = await attach(registry, 'signed/rerun', subjectOf(image), { artifactType: SPDX, content: '{"first":1}' });
    const dir = join(scratch(), 'rerun-layout');
    assert.equal(onlyTarget(await hoist(at('signed/rerun:v1'), [`oci:${dir}:v1`])).status, 'copied');
    const att = await attach(registry, 'signed/rerun', subjectOf(image), {
      artifactType: 'application/vnd.in-toto+json',
      content: '{"later":2}',
    });
    const again = onlyTarget(await hoist(at('signed/rerun:v1'), [`oci:${dir}:v1`]));
    assert.equal(again.status, 'copied', again.error);
    assert.deepEqual(again.referrers, { copied: 1, existing: 1 });
    const raw = await skopeo(['inspect', '--raw', `oci:${dir}:${fallbackTagOf(image.digest)}`]);
    const listed = (JSON.parse(raw.toString()) as { manifests: Array<{ digest: string }> }).manifests.map((m) => m.digest);
    assert.deepEqual(listed, [sbom.digest, att.digest]);
    assert.ok((await skopeo(['inspect', '--raw', `oci:${dir}:v1`])).equals(image.manifest));
  });

  describe('bad input fails before anything is written at the target', () => {
    it('a missing file names the path', async () => {
      await registry.settle();
      registry.clearRequests();
      const missing = join(scratch(), 'nope.tar');
      await assert.rejects(hoist(`oci-archive:${missing}`, [at('bad/missing:v1')]), new RegExp(missing));
      await assert.rejects(hoist(`oci:${join(scratch(), 'no-layout')}:v1`, [at('bad/missing:v1')]), /no-layout/);
      assert.deepEqual(await writes(), []);
    });

    it('a truncated archive names the file', async () => {
      const dir = scratch();
      const whole = join(dir, 'whole.tar');
      await skopeo(['copy', ...TLS, docker('seed/single:v1'), `oci-archive:${whole}:v1`], 60_000);
      const bytes = readFileSync(whole);
      const cut = join(dir, 'cut.tar');
      writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
      await registry.settle();
      registry.clearRequests();
      await assert.rejects(hoist(`oci-archive:${cut}:v1`, [at('bad/cut:v1')]), new RegExp(`${cut} is truncated`));
      assert.deepEqual(await writes(), []);
    });

    it('a multi-image docker-archive without NAME:TAG lists its images; with one, that image goes up', async () => {
      const images = [await classicImage('hoist-multi-a', ['app:a']), await classicImage('hoist-multi-b', ['app:b', 'other:b'])];
      const file = join(scratch(), 'two.tar.gz');
      await tarOf(file, classicArchiveFiles(images), true);
      await registry.settle();
      registry.clearRequests();
      const none = onlyTarget(await hoist(`docker-archive:${file}`, [at('bad/two:v1')]));
      assert.equal(none.status, 'failed');
      assert.match(none.error ?? '', /holds 2 images \(.*app:a.*app:b.*\); name one/);
      assert.deepEqual(await writes(), []);
      const target = onlyTarget(await hoist(`docker-archive:${file}:other:b`, [at('two/b:v1')]));
      assert.equal(target.status, 'copied', target.error);
      assert.equal((await manifestJson('two/b', 'v1')).config.digest, images[1]!.configDigest);
    });

    it('a tar that is not an image archive, and one whose member escapes it, are refused naming the file', async () => {
      const dir = scratch();
      const notImage = join(dir, 'notes.tar');
      await tarOf(notImage, { 'README.txt': 'just text\n' });
      const escaping = join(dir, 'escape.tar');
      writeFileSync(escaping, tarWithRawPath('../outside.txt', 'gotcha'));
      await registry.settle();
      registry.clearRequests();
      await assert.rejects(hoist(`docker-archive:${notImage}`, [at('bad/not:v1')]), new RegExp(`${notImage} is not a docker-archive`));
      await assert.rejects(hoist(`oci-archive:${notImage}`, [at('bad/not:v1')]), new RegExp(notImage));
      await assert.rejects(hoist(`oci-archive:${escaping}`, [at('bad/escape:v1')]), /escapes the archive/);
      assert.deepEqual(await writes(), []);
    });

    it('a layout with several images and no REF lists their names', async () => {
      const dir = scratch();
      await skopeo(['copy', ...TLS, docker('seed/single:v1'), `oci:${dir}:one`], 60_000);
      await skopeo(['copy', '--all', ...TLS, docker('seed/multi:v1'), `oci:${dir}:two`], 60_000);
      await registry.settle();
      registry.clearRequests();
      const none = onlyTarget(await hoist(`oci:${dir}`, [at('bad/several:v1')]));
      assert.equal(none.status, 'failed');
      assert.match(none.error ?? '', /holds 2 images \(.*one.*two.*\); name one/);
      assert.deepEqual(await writes(), []);
    });

    it('a layer whose bytes do not match its digest fails the target: no manifest, no tag, no blob', async () => {
      const dir = scratch();
      await skopeo(['copy', ...TLS, docker('seed/single:v1'), `oci:${dir}:v1`], 60_000);
      const layer = single.layers[0]!;
      const path = join(dir, blobFile(layer.digest));
      const damaged = readFileSync(path);
      damaged[damaged.length >> 1] = damaged[damaged.length >> 1]! ^ 0xff;
      writeFileSync(path, damaged);
      await registry.settle();
      registry.clearRequests();
      const target = onlyTarget(await hoist(`oci:${dir}:v1`, [at('bad/damaged:v1')]));
      assert.equal(target.status, 'failed');
      assert.match(target.error ?? '', new RegExp(layer.digest.slice(7, 19)));
      assert.equal(await headBlob(registry, 'bad/damaged', layer.digest), 404, 'the damaged layer was not kept');
      assert.deepEqual(
        (await writes()).filter((r) => r.path.includes('/manifests/')),
        [],
        'no manifest was written',
      );
    });
  });

  describe('the CLI reads files', () => {
    let layout: string;
    let archive: string;
    before(async () => {
      layout = join(scratch(), 'cli-layout');
      await skopeo(['copy', '--all', ...TLS, docker('seed/multi:v1'), `oci:${layout}:v1`], 60_000);
      await skopeo(['copy', ...TLS, docker('seed/single:v1'), `oci:${layout}:single`], 60_000);
      archive = join(scratch(), 'cli.tar');
      await skopeo(['copy', ...TLS, docker('seed/single:v1'), `oci-archive:${archive}`], 60_000);
    });

    it('hoist copy oci:DIR:ref REGISTRY/… copies with every digest', async () => {
      const run = await runCli(['copy', `oci:${layout}:v1`, at('cli/copied:v1')]);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, new RegExp(multi.digest));
      assert.equal((await getManifest(registry, 'cli/copied', 'v1')).digest, multi.digest);
    });

    it('hoist merge oci:DIR:ref docker-archive:FILE --to REGISTRY/… builds one index from files, children’s digests kept', async () => {
      const amdDir = join(scratch(), 'amd');
      const armTar = join(scratch(), 'arm.tar');
      assert.equal(onlyTarget(await hoist(at('seed/multi:v1'), [`oci:${amdDir}:amd`], { platforms: ['linux/amd64'] })).status, 'copied');
      assert.equal(
        onlyTarget(await hoist(at('seed/multi:v1'), [`docker-archive:${armTar}:app:arm`], { platforms: ['linux/arm64'] })).status,
        'copied',
      );
      const run = await runCli(['merge', `oci:${amdDir}:amd`, `docker-archive:${armTar}`, '--to', at('cli/merged:v1')]);
      assert.equal(run.code, 0, run.stderr);
      const index = await manifestJson('cli/merged', 'v1');
      assert.deepEqual(
        index.manifests?.map((m) => m.digest),
        multi.children.map((c) => c.digest),
      );
    });

    it('hoist inspect oci-archive:FILE shows the only image in it', async () => {
      const run = await runCli(['inspect', `oci-archive:${archive}`]);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, new RegExp(`Digest:\\s+${single.digest}`));
      for (const layer of single.layers) assert.match(run.stdout, new RegExp(layer.digest));
    });

    it('hoist tags oci:DIR lists the layout’s ref names', async () => {
      const run = await runCli(['tags', `oci:${layout}`, '--json']);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual((JSON.parse(run.stdout) as string[]).sort(), ['single', 'v1']);
    });
  });
});
