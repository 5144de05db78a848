// One multi-platform index from per-platform builds, between real registries, checked with skopeo: the recipe of
// `docker buildx imagetools create`, without Docker, deterministic, in the same step as the promotion.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hoist } from '../support/hoist.ts';
import { getManifest, pushImage, pushIndex, pushRaw, sha256Digest } from '../support/images.ts';
import { NO_SUBJECT } from '../support/referrers.ts';
import { startRegistry, type RegistryHandle } from '../support/registry.ts';
import { skopeo, skopeoInspectRaw, skopeoOptionsFor, skopeoRef } from '../support/skopeo.ts';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface IndexDoc {
  mediaType: string;
  manifests: Array<{
    digest: string;
    mediaType: string;
    platform?: { os: string; architecture: string; variant?: string };
    annotations?: Record<string, string>;
  }>;
  annotations?: Record<string, string>;
}

describe('merge per-platform builds into one index', () => {
  let a: RegistryHandle;
  let b: RegistryHandle;
  before(async () => {
    [a, b] = await Promise.all([startRegistry(), startRegistry()]);
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('builds an OCI index from images in two registries, pushes every part, and a re-run is unchanged', async () => {
    const amd = await pushImage(a, 'build/amd64', 'sha-1', { seed: 'merge-amd', layers: 2 });
    const arm = await pushImage(b, 'build/arm64', 'sha-1', {
      seed: 'merge-arm',
      layers: 2,
      platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
    });
    const run = await hoist(`${a.host}/build/amd64:sha-1`, [`${b.host}/release/app:v1`], { moreSources: [`${b.host}/build/arm64:sha-1`] });
    const target = run.result.targets[0]!;
    assert.equal(target.status, 'copied', `${target.error}\n${run.log.join('\n')}`);
    assert.deepEqual([...target.platforms], ['linux/amd64', 'linux/arm64/v8']);
    assert.deepEqual(
      run.result.merged?.map((m) => m.source),
      [`${a.host}/build/amd64:sha-1`, `${b.host}/build/arm64:sha-1`],
    );
    const raw = await skopeoInspectRaw(skopeoRef(b, 'release/app', 'v1'), skopeoOptionsFor(b));
    assert.equal(sha256Digest(raw), target.digest, 'skopeo reads the index hoist reported');
    const index = JSON.parse(raw.toString()) as IndexDoc;
    assert.equal(index.mediaType, 'application/vnd.oci.image.index.v1+json');
    assert.deepEqual(
      index.manifests.map((m) => m.digest),
      [amd.digest, arm.digest],
    );
    assert.deepEqual(index.manifests[1]!.platform, { architecture: 'arm64', os: 'linux', variant: 'v8' });
    // Every platform's image is complete at the target: skopeo copies the whole index out of it.
    await skopeo([
      'copy',
      '--all',
      '--preserve-digests',
      '--src-tls-verify=false',
      '--dest-tls-verify=false',
      `docker://${b.host}/release/app:v1`,
      `docker://${a.host}/copied/app:v1`,
    ]);
    assert.equal((await getManifest(a, 'copied/app', 'v1')).digest, target.digest);

    await Promise.all([a.settle(), b.settle()]);
    a.clearRequests();
    b.clearRequests();
    const again = await hoist(`${a.host}/build/amd64:sha-1`, [`${b.host}/release/app:v1`], {
      moreSources: [`${b.host}/build/arm64:sha-1`],
      referrers: false,
    });
    assert.equal(again.result.targets[0]!.status, 'unchanged');
    assert.equal(again.result.digest, target.digest, 'the same sources give the same bytes');
    await Promise.all([a.settle(), b.settle()]);
    assert.deepEqual(
      [...a.requests(), ...b.requests()].filter((r) => WRITES.has(r.method)),
      [],
      'a re-run writes nothing',
    );
  });

  it('makes a Docker manifest list from Docker v2 images, mounting within the target registry', async () => {
    await pushImage(a, 'ci/app', 'amd64', { seed: 'merge-docker-amd', layers: 1, mediaType: 'docker' });
    await pushImage(a, 'ci/app', 'arm64', {
      seed: 'merge-docker-arm',
      layers: 1,
      mediaType: 'docker',
      platform: { os: 'linux', architecture: 'arm64' },
    });
    await a.settle();
    a.clearRequests();
    const run = await hoist(`${a.host}/ci/app:amd64`, [`${a.host}/prod/app:1.0`], { moreSources: [`${a.host}/ci/app:arm64`] });
    const target = run.result.targets[0]!;
    assert.equal(target.status, 'copied', target.error);
    assert.equal(run.result.mediaType, 'application/vnd.docker.distribution.manifest.list.v2+json');
    assert.equal(target.blobs.uploaded, 0);
    assert.equal(target.blobs.mounted, 4, 'two configs and two layers, all mounted');
  });

  // Issue #13's performance case, request by request from the registry's access log: every request is needed once,
  // and the order is the one a registry enforces (blobs before a manifest, children before an index) plus the
  // issue's own rule that a bad source fails before anything is written, so the configs are read before any write.
  it('images of other repositories of the target registry: each request once, the configs before any write, then mounts, children, the index', async () => {
    const amd = await pushImage(a, 'seq/amd64', 'v1', { seed: 'merge-seq-amd', layers: 1 });
    const arm = await pushImage(a, 'seq/arm64', 'v1', {
      seed: 'merge-seq-arm',
      layers: 1,
      platform: { os: 'linux', architecture: 'arm64' },
    });
    const merged = async (target: string, referrers: boolean): Promise<string[]> => {
      await a.settle();
      a.clearRequests();
      const run = await hoist(`${a.host}/seq/amd64:v1`, [`${a.host}/seq/${target}:v1`], {
        moreSources: [`${a.host}/seq/arm64:v1`],
        referrers,
      });
      assert.equal(run.result.targets[0]!.status, 'copied', run.result.targets[0]!.error);
      assert.deepEqual(run.result.targets[0]!.blobs, { mounted: 4, existing: 0, uploaded: 0 });
      await a.settle();
      return a.requests().map((r) => `${r.method} ${r.status} ${decodeURIComponent(r.uri)}`);
    };
    const stages = (target: string): string[][] => [
      ['GET 200 /v2/'],
      ['GET 200 /v2/seq/amd64/manifests/v1', 'GET 200 /v2/seq/arm64/manifests/v1', `HEAD 404 /v2/seq/${target}/manifests/v1`],
      [`GET 200 /v2/seq/amd64/blobs/${amd.config.digest}`, `GET 200 /v2/seq/arm64/blobs/${arm.config.digest}`],
      [amd, arm].flatMap((image) =>
        [image.config, ...image.layers].map(
          (blob) => `POST 201 /v2/seq/${target}/blobs/uploads/?mount=${blob.digest}&from=seq/${image === amd ? 'amd64' : 'arm64'}`,
        ),
      ),
      [`PUT 201 /v2/seq/${target}/manifests/${amd.digest}`, `PUT 201 /v2/seq/${target}/manifests/${arm.digest}`],
      [`PUT 201 /v2/seq/${target}/manifests/v1`],
    ];
    /** Each request's stage; the log must list them stage by stage (in any order within one). */
    const inStages = (seen: readonly string[], expected: readonly string[][]): void => {
      const stageOf = new Map(expected.flatMap((stage, i) => stage.map((request) => [request, i] as const)));
      assert.deepEqual([...seen].sort(), expected.flat().sort(), 'each request once, and nothing else');
      const order = seen.map((request) => stageOf.get(request)!);
      assert.deepEqual(
        order,
        [...order].sort((x, y) => x - y),
        `in stages:\n${seen.join('\n')}`,
      );
    };

    inStages(await merged('app', false), stages('app'));

    // With referrers: whether the API exists (asked naming no subject; 2.8's 404 says no, so no image is asked) and
    // one page of tags per source repository, beside the resolution; nothing else.
    const lookups = [
      `GET 404 /v2/seq/amd64/referrers/${NO_SUBJECT}`,
      `GET 404 /v2/seq/arm64/referrers/${NO_SUBJECT}`,
      'GET 200 /v2/seq/amd64/tags/list?n=1000',
      'GET 200 /v2/seq/arm64/tags/list?n=1000',
    ];
    const signed = await merged('signed', true);
    inStages(
      signed.filter((r) => !lookups.includes(r)),
      stages('signed'),
    );
    assert.deepEqual(signed.filter((r) => lookups.includes(r)).sort(), [...lookups].sort());
  });

  it('builds pushed by digest into the target repository (the README recipe): 7 requests, the index the only write', async () => {
    const amd = await pushImage(a, 'here/app', undefined, { seed: 'merge-here-amd', layers: 2 });
    const arm = await pushImage(a, 'here/app', undefined, {
      seed: 'merge-here-arm',
      layers: 2,
      platform: { os: 'linux', architecture: 'arm64' },
    });
    await a.settle();
    a.clearRequests();
    const run = await hoist(`${a.host}/here/app@${amd.digest}`, [`${a.host}/here/app:v1`], {
      moreSources: [`${a.host}/here/app@${arm.digest}`],
    });
    assert.equal(run.result.targets[0]!.status, 'copied', run.result.targets[0]!.error);
    await a.settle();
    // Every part, and every referrer of every part, is in this repository already: nothing to mount, push or look up.
    assert.deepEqual(
      a
        .requests()
        .map((r) => `${r.method} ${r.status} ${r.uri}`)
        .sort(),
      [
        'GET 200 /v2/',
        `GET 200 /v2/here/app/manifests/${amd.digest}`,
        `GET 200 /v2/here/app/manifests/${arm.digest}`,
        'HEAD 404 /v2/here/app/manifests/v1',
        `GET 200 /v2/here/app/blobs/${amd.config.digest}`,
        `GET 200 /v2/here/app/blobs/${arm.config.digest}`,
        'PUT 201 /v2/here/app/manifests/v1',
      ].sort(),
    );
    assert.equal(a.requests().at(-1)!.method, 'PUT', 'the index last');
  });

  it('keeps an index source’s entries, BuildKit attestations beside their images, and adds a single image', async () => {
    const multi = await pushIndex(a, 'base/multi', 'v1', { seed: 'merge-multi', platforms: [{ os: 'linux', architecture: 'amd64' }] });
    const amd = multi.children[0]!;
    const att = await pushImage(a, 'base/multi', undefined, {
      seed: 'merge-att',
      layers: 1,
      platform: { os: 'unknown', architecture: 'unknown' },
    });
    const withAtt = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [
          { mediaType: amd.mediaType, digest: amd.digest, size: amd.size, platform: { os: 'linux', architecture: 'amd64' } },
          {
            mediaType: att.mediaType,
            digest: att.digest,
            size: att.size,
            platform: { os: 'unknown', architecture: 'unknown' },
            annotations: { 'vnd.docker.reference.digest': amd.digest, 'vnd.docker.reference.type': 'attestation-manifest' },
          },
        ],
      }),
    );
    await pushRaw(a, 'base/multi', 'buildx', { blobs: new Map(), manifest: withAtt, mediaType: 'application/vnd.oci.image.index.v1+json' });
    const s390 = await pushImage(b, 'build/s390x', 'x', {
      seed: 'merge-s390',
      layers: 1,
      platform: { os: 'linux', architecture: 's390x' },
    });
    const run = await hoist(`${a.host}/base/multi:buildx`, [`${b.host}/mixed/app:v2`], {
      moreSources: [`${b.host}/build/s390x:x`],
      annotations: { 'org.opencontainers.image.description': 'amd64 and s390x' },
    });
    const target = run.result.targets[0]!;
    assert.equal(target.status, 'copied', target.error);
    assert.deepEqual([...target.platforms], ['linux/amd64', 'linux/s390x'], 'the attestation is no platform');
    const index = JSON.parse((await skopeoInspectRaw(skopeoRef(b, 'mixed/app', 'v2'), skopeoOptionsFor(b))).toString()) as IndexDoc;
    assert.deepEqual(
      index.manifests.map((m) => m.digest),
      [amd.digest, att.digest, s390.digest],
    );
    assert.equal(index.manifests[1]!.annotations?.['vnd.docker.reference.digest'], amd.digest);
    assert.equal(index.annotations?.['org.opencontainers.image.description'], 'amd64 and s390x');
  });

  it('two sources of one platform fail naming both, before anything is written', async () => {
    await pushImage(a, 'dup/one', 'x', { seed: 'merge-dup-1', layers: 1 });
    await pushImage(a, 'dup/two', 'x', { seed: 'merge-dup-2', layers: 1 });
    await b.settle();
    b.clearRequests();
    const run = await hoist(`${a.host}/dup/one:x`, [`${b.host}/dup/app:v1`], { moreSources: [`${a.host}/dup/two:x`] });
    const target = run.result.targets[0]!;
    assert.equal(target.status, 'failed');
    assert.ok(target.error!.includes(`${a.host}/dup/one:x`) && target.error!.includes(`${a.host}/dup/two:x`), target.error);
    await b.settle();
    assert.deepEqual(
      b.requests().filter((r) => WRITES.has(r.method)),
      [],
    );
  });
});
