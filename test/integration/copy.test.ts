// The copy engine against real distribution registries over plain HTTP: mounts, uploads, digests, re-runs,
// platform selection and failures, checked by reading the registries' state and access logs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hoist, onlyTarget } from '../support/hoist.ts';
import { getManifest, headBlob, listTags, pushDockerList, pushImage, pushIndex, sha256Digest } from '../support/images.ts';
import { freePort } from '../support/ports.ts';
import { NO_SUBJECT } from '../support/referrers.ts';
import { startRegistry, type RegistryHandle } from '../support/registry.ts';
import { skopeoDigest, skopeoOptionsFor, skopeoRef } from '../support/skopeo.ts';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describe('copy over plain HTTP', () => {
  let a: RegistryHandle;
  let b: RegistryHandle;
  before(async () => {
    [a, b] = await Promise.all([startRegistry(), startRegistry()]);
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('promotes within a registry by mounting every blob, uploading no bytes, digest preserved', async () => {
    const image = await pushImage(a, 'ci/app', 'sha-1', { seed: 'mount', layers: 5 });
    await a.settle();
    a.clearRequests();
    const run = await hoist(`${a.host}/ci/app:sha-1`, [`${a.host}/release/app:v1.2.3`]);
    const target = onlyTarget(run);
    assert.equal(target.status, 'copied', target.error);
    assert.equal(target.digest, image.digest);
    assert.deepEqual(target.blobs, { mounted: 6, existing: 0, uploaded: 0 });
    assert.equal(target.bytesUploaded, 0);

    await a.settle();
    const requests = a.requests();
    const mounts = requests.filter((r) => r.method === 'POST' && r.uri.includes('mount='));
    assert.equal(mounts.length, 6);
    assert.ok(
      mounts.every((r) => r.status === 201 && r.uri.includes('from=ci%2Fapp')),
      JSON.stringify(mounts),
    );
    assert.equal(requests.filter((r) => r.method === 'PUT' && r.path.includes('/blobs/')).length, 0, 'no blob was uploaded');
    assert.equal(requests.filter((r) => r.method === 'PATCH').length, 0);

    const copied = await getManifest(a, 'release/app', 'v1.2.3');
    assert.equal(copied.digest, image.digest);
    assert.ok(copied.body.equals(image.manifest), 'the exact source bytes were pushed');
    assert.equal(await skopeoDigest(skopeoRef(a, 'release/app', 'v1.2.3'), skopeoOptionsFor(a)), image.digest);
  });

  it('copies an OCI index with three platforms to another registry, sharing the base layer, digests preserved', async () => {
    const index = await pushIndex(a, 'multi/app', 'v1', { seed: 'index3' });
    b.clearRequests();
    const run = await hoist(`${a.host}/multi/app:v1`, [`${b.host}/mirror/app:v1`]);
    const target = onlyTarget(run);
    assert.equal(target.status, 'copied', target.error);
    assert.equal(target.digest, index.digest);
    assert.equal(run.result.mediaType, 'application/vnd.oci.image.index.v1+json');
    assert.deepEqual([...target.platforms], ['linux/amd64', 'linux/arm64/v8', 'linux/arm/v7']);

    const uniqueBlobs = new Set(index.children.flatMap((c) => [...c.blobs.keys()]));
    assert.equal(target.blobs.uploaded, uniqueBlobs.size, 'the shared base layer goes up once');
    const expectedBytes = [...uniqueBlobs].reduce(
      (sum, d) => sum + index.children.flatMap((c) => [...c.blobs]).find(([k]) => k === d)![1].length,
      0,
    );
    assert.equal(target.bytesUploaded, expectedBytes);

    await b.settle();
    const base = index.children[0]!.layers[0]!.digest;
    const basePuts = b.requests().filter((r) => r.method === 'PUT' && r.uri.includes(`digest=${encodeURIComponent(base)}`));
    assert.equal(basePuts.length, 1, 'shared base layer uploaded exactly once');

    const copied = await getManifest(b, 'mirror/app', 'v1');
    assert.equal(copied.digest, index.digest);
    assert.ok(copied.body.equals(index.manifest));
    for (const child of index.children) {
      const got = await getManifest(b, 'mirror/app', child.digest);
      assert.equal(got.status, 200);
      assert.ok(got.body.equals(child.manifest));
      for (const digest of child.blobs.keys()) assert.equal(await headBlob(b, 'mirror/app', digest), 200);
    }
    assert.equal(await skopeoDigest(skopeoRef(b, 'mirror/app', 'v1'), skopeoOptionsFor(b)), index.digest);
  });

  it('uploads each blob once to another registry and mounts it into that registry’s other target repositories', async () => {
    const image = await pushImage(a, 'fan/app', 'v1', { seed: 'fanout', layers: 3 });
    await b.settle();
    b.clearRequests();
    const targets = ['fan/one', 'fan/two', 'fan/three'].map((repo) => `${b.host}/${repo}:v1`);
    const run = await hoist(`${a.host}/fan/app:v1`, targets);
    assert.deepEqual(
      run.result.targets.map((t) => [t.status, t.digest]),
      targets.map(() => ['copied', image.digest]),
    );
    const blobs = [image.config, ...image.layers];
    const total = run.result.targets.reduce(
      (sum, t) => ({ uploaded: sum.uploaded + t.blobs.uploaded, mounted: sum.mounted + t.blobs.mounted }),
      { uploaded: 0, mounted: 0 },
    );
    assert.deepEqual(total, { uploaded: blobs.length, mounted: 2 * blobs.length });

    await b.settle();
    const requests = b.requests();
    for (const blob of blobs) {
      const puts = requests.filter((r) => r.method === 'PUT' && r.uri.includes(`digest=${encodeURIComponent(blob.digest)}`));
      assert.equal(puts.length, 1, `${blob.digest} uploaded once`);
      const mounts = requests.filter((r) => r.method === 'POST' && r.uri.includes(`mount=${encodeURIComponent(blob.digest)}`));
      assert.deepEqual(
        mounts.map((r) => r.status),
        [201, 201],
        `${blob.digest} mounted into the two other repositories`,
      );
    }
    for (const target of ['fan/one', 'fan/two', 'fan/three']) assert.equal((await getManifest(b, target, 'v1')).digest, image.digest);
  });

  it('copies a Docker v2 manifest list with its media type and digest', async () => {
    const list = await pushDockerList(a, 'docker/app', '1.0', { seed: 'dockerlist' });
    const run = await hoist(`${a.host}/docker/app:1.0`, [`${b.host}/docker/app:1.0`]);
    assert.equal(onlyTarget(run).status, 'copied', onlyTarget(run).error);
    const copied = await getManifest(b, 'docker/app', '1.0');
    assert.equal(copied.digest, list.digest);
    assert.equal(copied.mediaType, 'application/vnd.docker.distribution.manifest.list.v2+json');
    const child = await getManifest(b, 'docker/app', list.children[0]!.digest);
    assert.equal(child.mediaType, 'application/vnd.docker.distribution.manifest.v2+json');
  });

  it('writes nothing on a re-run, and reports every target unchanged', async () => {
    const image = await pushImage(a, 'rerun/app', 'v1', { seed: 'rerun' });
    const targets = [`${a.host}/rerun/app:stable`, `${b.host}/rerun/app:v1`];
    const first = await hoist(`${a.host}/rerun/app:v1`, targets);
    assert.deepEqual(
      first.result.targets.map((t) => t.status),
      ['copied', 'copied'],
    );
    await Promise.all([a.settle(), b.settle()]);
    a.clearRequests();
    b.clearRequests();

    const second = await hoist(`${a.host}/rerun/app:v1`, targets);
    assert.deepEqual(
      second.result.targets.map((t) => t.status),
      ['unchanged', 'unchanged'],
    );
    assert.ok(second.result.targets.every((t) => t.digest === image.digest));
    await Promise.all([a.settle(), b.settle()]);
    const writes = [...a.requests(), ...b.requests()].filter((r) => WRITES.has(r.method));
    assert.deepEqual(writes, [], 'a re-run must not write');
    // Referrers: whether the API exists, asked naming no subject (distribution 2.8 answers 404, so the image is not
    // asked), and one page of tags, which shows no fallback or cosign tag.
    const referrerLookups = [`GET /v2/rerun/app/referrers/${NO_SUBJECT}`, `GET /v2/rerun/app/tags/list`];
    const reads = [...a.requests(), ...b.requests()].filter((r) => /\/(manifests|referrers|tags)\//.test(r.path));
    assert.deepEqual(
      reads.map((r) => `${r.method} ${r.path}`).sort(),
      [
        `GET /v2/rerun/app/manifests/v1`,
        `HEAD /v2/rerun/app/manifests/stable`,
        `HEAD /v2/rerun/app/manifests/v1`,
        ...referrerLookups,
      ].sort(),
      'one read of the source, one HEAD per target, the source asked once for referrers, nothing else',
    );
  });

  it('adds a tag inside the same repository with no blob traffic', async () => {
    const image = await pushImage(a, 'retag/app', 'sha-abc', { seed: 'retag', layers: 4 });
    await a.settle();
    a.clearRequests();
    const run = await hoist(`${a.host}/retag/app:sha-abc`, [`${a.host}/retag/app:latest`]);
    const target = onlyTarget(run);
    assert.equal(target.status, 'copied', target.error);
    assert.equal(target.blobs.existing, 5);
    await a.settle();
    const blobRequests = a.requests().filter((r) => r.path.includes('/blobs/'));
    assert.deepEqual(blobRequests, []);
    assert.deepEqual((await listTags(a, 'retag/app')).tags.sort(), ['latest', 'sha-abc']);
    assert.equal((await getManifest(a, 'retag/app', 'latest')).digest, image.digest);
  });

  it('selects one platform: pushes that platform’s own manifest and digest', async () => {
    const index = await pushIndex(a, 'plat/app', 'v1', { seed: 'plat1' });
    const arm64 = index.children.find((c) => c.platform.architecture === 'arm64')!;
    const run = await hoist(`${a.host}/plat/app:v1`, [`${b.host}/plat-one/app:v1`], { platforms: ['linux/arm64'] });
    const target = onlyTarget(run);
    assert.equal(target.status, 'copied', target.error);
    assert.equal(target.digest, arm64.digest);
    assert.deepEqual(run.result.warnings, []);
    const copied = await getManifest(b, 'plat-one/app', 'v1');
    assert.equal(copied.digest, arm64.digest);
    assert.equal(await headBlob(b, 'plat-one/app', index.children[0]!.layers[1]!.digest), 404, 'amd64-only layers not copied');
  });

  it('selects two platforms: pushes a new index of just those entries and warns that the digest changed', async () => {
    const index = await pushIndex(a, 'plat/two', 'v1', { seed: 'plat2' });
    const run = await hoist(`${a.host}/plat/two:v1`, [`${b.host}/plat-two/app:v1`], { platforms: ['linux/amd64', 'linux/arm/v7'] });
    const target = onlyTarget(run);
    assert.equal(target.status, 'copied', target.error);
    assert.notEqual(target.digest, index.digest);
    assert.match(run.result.warnings.join('\n'), /digest differs/);
    const copied = await getManifest(b, 'plat-two/app', 'v1');
    assert.equal(copied.digest, target.digest);
    assert.equal(sha256Digest(copied.body), target.digest);
    const entries = (JSON.parse(copied.body.toString()) as { manifests: Array<{ platform: { architecture: string } }> }).manifests;
    assert.deepEqual(
      entries.map((m) => m.platform.architecture),
      ['amd64', 'arm'],
    );
  });

  it('names the platforms the source has when a requested one is missing', async () => {
    await pushIndex(a, 'plat/missing', 'v1', { seed: 'plat3' });
    const run = await hoist(`${a.host}/plat/missing:v1`, [`${b.host}/plat-missing/app:v1`], { platforms: ['linux/s390x'] });
    const target = onlyTarget(run);
    assert.equal(target.status, 'failed');
    assert.match(target.error!, /no image for platform linux\/s390x; it has linux\/amd64, linux\/arm64\/v8, linux\/arm\/v7/);
    assert.equal((await listTags(b, 'plat-missing/app')).status, 404, 'nothing was written');
  });

  it('reports a missing source tag in plain words and writes nothing', async () => {
    await b.settle();
    b.clearRequests();
    const run = await hoist(`${a.host}/nowhere/app:v9`, [`${b.host}/nowhere/app:v9`]);
    const target = onlyTarget(run);
    assert.equal(target.status, 'failed');
    assert.match(target.error!, new RegExp(`source ${a.host}/nowhere/app:v9: v9 was not found in ${a.host}/nowhere/app`));
    await b.settle();
    assert.deepEqual(
      b.requests().filter((r) => WRITES.has(r.method)),
      [],
    );
  });

  it('completes the first target when the second one fails', async () => {
    const image = await pushImage(a, 'partial/app', 'v1', { seed: 'partial' });
    const closed = `127.0.0.1:${await freePort()}`;
    const run = await hoist(`${a.host}/partial/app:v1`, [`${b.host}/partial/app:v1`, `${closed}/partial/app:v1`]);
    const [ok, bad] = run.result.targets;
    assert.equal(ok!.status, 'copied', ok!.error);
    assert.equal(ok!.digest, image.digest);
    assert.equal(bad!.status, 'failed');
    assert.match(bad!.error!, new RegExp(`target ${closed}/partial/app:v1: could not reach the registry at ${closed}`));
    assert.equal((await getManifest(b, 'partial/app', 'v1')).digest, image.digest);
  });
});
