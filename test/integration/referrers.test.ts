// Signatures, attestations and SBOMs follow the image, against real distribution 2.8 registries. 2.8 has no referrers
// API, so the fallback tag `sha256-<hex>` and cosign's `.sig`/`.att` tags are exercised for real; skopeo reads what
// the target holds. The API path runs through test/support/referrers-shim.ts, an EMULATION (labelled so below) of
// the referrers API, OCI-Subject and If-Match, which distribution 2.8 lacks.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.ts';
import { hoist, onlyTarget } from '../support/hoist.ts';
import { getManifest, headBlob, listTags, pushImage, pushIndex, pushLooseBlob } from '../support/images.ts';
import {
  SPDX,
  attach,
  cosignTagOf,
  fallbackEntries,
  fallbackTagOf,
  pushArtifact,
  pushCosign,
  pushFallbackIndex,
  subjectOf,
  type PushedArtifact,
} from '../support/referrers.ts';
import { startReferrersShim, type ReferrersShim } from '../support/referrers-shim.ts';
import { startRegistry, type RegistryHandle } from '../support/registry.ts';
import { skopeoInspectRaw, skopeoOptionsFor, skopeoRef } from '../support/skopeo.ts';

const IN_TOTO = 'application/vnd.in-toto+json';
const SIGSTORE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

/** The digests a fallback index lists, in order. */
const digests = (entries: Array<Record<string, unknown>> | undefined): string[] => (entries ?? []).map((e) => String(e['digest']));

async function assertArtifactAt(registry: RegistryHandle, repo: string, artifact: PushedArtifact): Promise<void> {
  const got = await getManifest(registry, repo, artifact.digest);
  assert.equal(got.status, 200, `${artifact.digest} is at ${repo}`);
  assert.ok(got.body.equals(artifact.manifest), 'the exact bytes of the referrer');
  for (const digest of artifact.blobs.keys()) assert.equal(await headBlob(registry, repo, digest), 200, digest);
}

describe('referrers against real registries (fallback tag and cosign tags)', () => {
  let a: RegistryHandle;
  let b: RegistryHandle;
  before(async () => {
    [a, b] = await Promise.all([startRegistry(), startRegistry()]);
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('an SBOM follows the image: pushed by digest, listed in the target’s fallback index (read by skopeo), before the tag', async () => {
    const image = await pushImage(a, 'sbom/app', 'v1', { seed: 'ref-sbom' });
    const sbom = await attach(a, 'sbom/app', subjectOf(image), { artifactType: SPDX, content: '{"spdxVersion":"SPDX-2.3"}' });
    await b.settle();
    b.clearRequests();
    const target = onlyTarget(await hoist(`${a.host}/sbom/app:v1`, [`${b.host}/mirror/sbom:v1`]));
    assert.equal(target.status, 'copied', target.error);
    assert.equal(target.digest, image.digest);
    assert.deepEqual(target.referrers, { copied: 1, existing: 0 });
    assert.deepEqual(target.referrerKinds, { sbom: 1 });
    await assertArtifactAt(b, 'mirror/sbom', sbom);

    const raw = await skopeoInspectRaw(skopeoRef(b, 'mirror/sbom', fallbackTagOf(image.digest)), skopeoOptionsFor(b));
    const index = JSON.parse(raw.toString()) as { mediaType: string; manifests: Array<Record<string, unknown>> };
    assert.equal(index.mediaType, 'application/vnd.oci.image.index.v1+json');
    assert.deepEqual(index.manifests, [
      { mediaType: sbom.mediaType, digest: sbom.digest, size: sbom.size, artifactType: SPDX, annotations: sbom.annotations },
    ]);

    // The tag moves last: the referrer and its index are written before v1 is.
    await b.settle();
    const puts = b.requests().filter((r) => r.method === 'PUT' && r.path.includes('/manifests/'));
    const at = (ref: string): number => puts.findIndex((r) => r.path.endsWith(`/manifests/${ref}`));
    assert.ok(at(sbom.digest) >= 0 && at(fallbackTagOf(image.digest)) >= 0 && at('v1') >= 0, JSON.stringify(puts));
    assert.ok(at(sbom.digest) < at('v1') && at(fallbackTagOf(image.digest)) < at('v1'), JSON.stringify(puts.map((p) => p.path)));
  });

  it('cosign’s .sig and .att tags are copied as tags, with no fallback index made for them', async () => {
    const image = await pushImage(a, 'cosign/app', 'v1', { seed: 'ref-cosign' });
    const sig = await pushCosign(a, 'cosign/app', image.digest, 'sig', '{"critical":{"image":{"docker-manifest-digest":"x"}}}');
    const att = await pushCosign(a, 'cosign/app', image.digest, 'att', '{"payloadType":"application/vnd.in-toto+json"}');
    const target = onlyTarget(await hoist(`${a.host}/cosign/app:v1`, [`${b.host}/mirror/cosign:v1`]));
    assert.equal(target.status, 'copied', target.error);
    assert.deepEqual(target.referrers, { copied: 2, existing: 0 });
    assert.deepEqual(target.referrerKinds, { signature: 1, attestation: 1 });
    for (const [suffix, artifact] of [
      ['sig', sig],
      ['att', att],
    ] as const) {
      const got = await getManifest(b, 'mirror/cosign', cosignTagOf(image.digest, suffix));
      assert.equal(got.digest, artifact.digest, suffix);
      assert.ok(got.body.equals(artifact.manifest));
      for (const digest of artifact.blobs.keys()) assert.equal(await headBlob(b, 'mirror/cosign', digest), 200);
    }
    assert.equal(await fallbackEntries(b, 'mirror/cosign', image.digest), undefined, 'cosign tags are not OCI referrers');
    assert.deepEqual((await listTags(b, 'mirror/cosign')).tags.sort(), [
      cosignTagOf(image.digest, 'att'),
      cosignTagOf(image.digest, 'sig'),
      'v1',
    ]);
  });

  it('a signature on an attestation follows too (depth 2), indexed under the attestation’s own fallback tag', async () => {
    const image = await pushImage(a, 'deep/app', 'v1', { seed: 'ref-deep' });
    const attestation = await attach(a, 'deep/app', subjectOf(image), { artifactType: IN_TOTO, content: '{"_type":"statement"}' });
    const signature = await attach(a, 'deep/app', subjectOf(attestation), { artifactType: SIGSTORE, content: 'signature-bytes' });
    await b.settle();
    b.clearRequests();
    const target = onlyTarget(await hoist(`${a.host}/deep/app:v1`, [`${b.host}/mirror/deep:v1`]));
    assert.equal(target.status, 'copied', target.error);
    assert.deepEqual(target.referrers, { copied: 2, existing: 0 });
    assert.deepEqual(target.referrerKinds, { attestation: 1, signature: 1 });
    await assertArtifactAt(b, 'mirror/deep', attestation);
    await assertArtifactAt(b, 'mirror/deep', signature);
    assert.deepEqual(digests(await fallbackEntries(b, 'mirror/deep', image.digest)), [attestation.digest]);
    assert.deepEqual(digests(await fallbackEntries(b, 'mirror/deep', attestation.digest)), [signature.digest]);
    await b.settle();
    const puts = b.requests().filter((r) => r.method === 'PUT' && r.path.includes('/manifests/'));
    const at = (ref: string): number => puts.findIndex((r) => r.path.endsWith(`/manifests/${ref}`));
    assert.ok(at(attestation.digest) < at(signature.digest), 'the subject goes up before what refers to it');
  });

  it('an index whose children are signed brings every child’s signature, and the index’s own SBOM', async () => {
    const index = await pushIndex(a, 'signed/app', 'v1', { seed: 'ref-index' });
    const sigs = await Promise.all(index.children.map((c, i) => pushCosign(a, 'signed/app', c.digest, 'sig', `{"child":${i}}`)));
    const sbom = await attach(a, 'signed/app', subjectOf(index), { artifactType: SPDX, content: '{"spdxVersion":"SPDX-2.3","i":1}' });
    const target = onlyTarget(await hoist(`${a.host}/signed/app:v1`, [`${b.host}/mirror/signed:v1`]));
    assert.equal(target.status, 'copied', target.error);
    assert.deepEqual(target.referrers, { copied: index.children.length + 1, existing: 0 });
    assert.deepEqual(target.referrerKinds, { signature: index.children.length, sbom: 1 });
    for (const [i, child] of index.children.entries()) {
      assert.equal((await getManifest(b, 'mirror/signed', cosignTagOf(child.digest, 'sig'))).digest, sigs[i]!.digest);
    }
    assert.deepEqual(digests(await fallbackEntries(b, 'mirror/signed', index.digest)), [sbom.digest]);
  });

  it('one platform selected from a signed index brings that image’s signature alone', async () => {
    const index = await pushIndex(a, 'onesig/app', 'v1', { seed: 'ref-one-platform' });
    const sigs = await Promise.all(index.children.map((c, i) => pushCosign(a, 'onesig/app', c.digest, 'sig', `{"child":${i}}`)));
    await pushCosign(a, 'onesig/app', index.digest, 'sig', '{"index":true}');
    const arm = index.children.findIndex((c) => c.platform.architecture === 'arm64');
    const target = onlyTarget(await hoist(`${a.host}/onesig/app:v1`, [`${b.host}/mirror/onesig:v1`], { platforms: ['linux/arm64'] }));
    assert.equal(target.status, 'copied', target.error);
    assert.equal(target.digest, index.children[arm]!.digest);
    assert.deepEqual(target.referrers, { copied: 1, existing: 0 });
    assert.deepEqual((await listTags(b, 'mirror/onesig')).tags.sort(), [cosignTagOf(index.children[arm]!.digest, 'sig'), 'v1']);
    assert.equal((await getManifest(b, 'mirror/onesig', cosignTagOf(index.children[arm]!.digest, 'sig'))).digest, sigs[arm]!.digest);
  });

  it('a target fallback index that already lists other referrers keeps them, the new one added after', async () => {
    const image = await pushImage(a, 'keep/app', 'v1', { seed: 'ref-keep' });
    const sbom = await attach(a, 'keep/app', subjectOf(image), { artifactType: SPDX, content: '{"from":"source"}' });
    // At the target, a signature made there about the same digest (the image itself is not there yet).
    const local = await attach(b, 'mirror/keep', subjectOf(image), { artifactType: SIGSTORE, content: 'made at the target' });
    const target = onlyTarget(await hoist(`${a.host}/keep/app:v1`, [`${b.host}/mirror/keep:v1`]));
    assert.equal(target.status, 'copied', target.error);
    assert.deepEqual(target.referrers, { copied: 1, existing: 0 });
    const entries = await fallbackEntries(b, 'mirror/keep', image.digest);
    assert.deepEqual(digests(entries), [local.digest, sbom.digest]);
    assert.equal(entries![0]!['artifactType'], SIGSTORE, 'the entry already there is kept as it was');
  });

  it('a referrer already at the target by digest but in no index (an earlier run stopped there) gets listed', async () => {
    const image = await pushImage(a, 'repair/app', 'v1', { seed: 'ref-repair' });
    const sbom = await attach(a, 'repair/app', subjectOf(image), { artifactType: SPDX, content: '{"repair":true}' });
    await pushArtifact(b, 'mirror/repair', subjectOf(image), { artifactType: SPDX, content: '{"repair":true}' });
    assert.equal(await fallbackEntries(b, 'mirror/repair', image.digest), undefined);
    const target = onlyTarget(await hoist(`${a.host}/repair/app:v1`, [`${b.host}/mirror/repair:v1`]));
    assert.equal(target.status, 'copied', target.error);
    assert.deepEqual(target.referrers, { copied: 0, existing: 1 });
    assert.deepEqual(digests(await fallbackEntries(b, 'mirror/repair', image.digest)), [sbom.digest]);
  });

  it('a different cosign signature already under the target’s .sig tag is kept, with a warning', async () => {
    const image = await pushImage(a, 'theirs/app', 'v1', { seed: 'ref-theirs' });
    await pushCosign(a, 'theirs/app', image.digest, 'sig', '{"from":"source"}');
    const theirs = await pushCosign(b, 'mirror/theirs', image.digest, 'sig', '{"from":"target"}');
    const run = await hoist(`${a.host}/theirs/app:v1`, [`${b.host}/mirror/theirs:v1`]);
    const target = onlyTarget(run);
    assert.equal(target.status, 'copied', target.error);
    assert.deepEqual(target.referrers, { copied: 0, existing: 1 });
    assert.equal((await getManifest(b, 'mirror/theirs', cosignTagOf(image.digest, 'sig'))).digest, theirs.digest);
    assert.match(run.result.warnings.join('\n'), /kept the target's signature/);
  });

  it('a dry run counts the referrers it would copy, by kind, and writes nothing', async () => {
    const image = await pushImage(a, 'dry/app', 'v1', { seed: 'ref-dry' });
    await attach(a, 'dry/app', subjectOf(image), { artifactType: SPDX, content: '{"dry":true}' });
    await pushCosign(a, 'dry/app', image.digest, 'sig', '{"dry":true}');
    await b.settle();
    b.clearRequests();
    const target = onlyTarget(await hoist(`${a.host}/dry/app:v1`, [`${b.host}/mirror/dry:v1`], { dryRun: true }));
    assert.equal(target.status, 'planned', target.error);
    assert.deepEqual(target.referrers, { copied: 2, existing: 0 });
    assert.deepEqual(target.referrerKinds, { sbom: 1, signature: 1 });
    await b.settle();
    assert.deepEqual(
      b.requests().filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method)),
      [],
    );
  });

  it('referrers: false copies the image alone and asks the source nothing about referrers', async () => {
    const image = await pushImage(a, 'none/app', 'v1', { seed: 'ref-none' });
    await attach(a, 'none/app', subjectOf(image), { artifactType: SPDX, content: '{}' });
    await pushCosign(a, 'none/app', image.digest, 'sig', '{}');
    await a.settle();
    a.clearRequests();
    const target = onlyTarget(await hoist(`${a.host}/none/app:v1`, [`${b.host}/mirror/none:v1`], { referrers: false }));
    assert.equal(target.status, 'copied', target.error);
    assert.deepEqual(target.referrers, { copied: 0, existing: 0 });
    assert.deepEqual((await listTags(b, 'mirror/none')).tags, ['v1']);
    await a.settle();
    const asked = a.requests().filter((r) => r.path.includes('sha256-') || r.path.includes('/referrers/'));
    assert.deepEqual(asked, [], 'no fallback, cosign or referrers request');
  });

  describe('through a fault proxy in front of the target', () => {
    let proxy: FaultProxy;
    before(async () => {
      proxy = await startFaultProxy(b);
    });
    after(async () => {
      await proxy?.stop();
    });

    it('a referrer whose blob cannot be pushed fails the target: no tag is written', async () => {
      const image = await pushImage(a, 'broken/app', 'v1', { seed: 'ref-broken' });
      const sbom = await attach(a, 'broken/app', subjectOf(image), { artifactType: SPDX, content: '{"will":"fail"}' });
      const layer = [...sbom.blobs.keys()].find((d) => sbom.blobs.get(d)!.toString() === '{"will":"fail"}')!;
      proxy.addRule({
        match: { method: 'PUT', path: /\/blobs\/uploads\//, query: new RegExp(`digest=${encodeURIComponent(layer)}`) },
        action: { respond: { status: 500, body: '{"errors":[{"code":"UNKNOWN","message":"disk on fire"}]}' } },
      });
      try {
        const target = onlyTarget(await hoist(`${a.host}/broken/app:v1`, [`${proxy.host}/mirror/broken:v1`]));
        assert.equal(target.status, 'failed');
        assert.match(target.error ?? '', new RegExp(layer.slice(7, 19)));
        assert.match(target.error ?? '', /no tag was written/);
        assert.ok(
          proxy.requests.some((r) => r.faulted === 'respond 500'),
          'the fault fired',
        );
      } finally {
        proxy.clearRules();
      }
      const tags = await listTags(b, 'mirror/broken');
      assert.ok(!tags.tags.includes('v1'), `no v1 tag: ${JSON.stringify(tags)}`);
      assert.ok(!tags.tags.includes(fallbackTagOf(image.digest)), 'no fallback index either');
    });
  });

  it('a re-run finds the signature added since the first promotion: status copied, only the signature moved', async () => {
    const image = await pushImage(a, 'rerun/app', 'v1', { seed: 'ref-rerun' });
    await attach(a, 'rerun/app', subjectOf(image), { artifactType: SPDX, content: '{"first":true}' });
    const first = onlyTarget(await hoist(`${a.host}/rerun/app:v1`, [`${b.host}/mirror/rerun:v1`]));
    assert.equal(first.status, 'copied', first.error);
    const second = onlyTarget(await hoist(`${a.host}/rerun/app:v1`, [`${b.host}/mirror/rerun:v1`]));
    assert.equal(second.status, 'unchanged');
    assert.deepEqual(second.referrers, { copied: 0, existing: 1 });

    const sig = await pushCosign(a, 'rerun/app', image.digest, 'sig', '{"later":true}');
    await b.settle();
    b.clearRequests();
    const third = onlyTarget(await hoist(`${a.host}/rerun/app:v1`, [`${b.host}/mirror/rerun:v1`]));
    assert.equal(third.status, 'copied', third.error);
    assert.deepEqual(third.referrers, { copied: 1, existing: 1 });
    assert.deepEqual(third.referrerKinds, { signature: 1 });
    assert.equal((await getManifest(b, 'mirror/rerun', cosignTagOf(image.digest, 'sig'))).digest, sig.digest);
    await b.settle();
    const puts = b.requests().filter((r) => r.method === 'PUT' && r.path.includes('/manifests/'));
    assert.deepEqual(
      puts.map((r) => r.path.split('/manifests/')[1]),
      [cosignTagOf(image.digest, 'sig')],
      'the tag v1 is not rewritten; only the signature goes up',
    );
  });

  it('a referrer blob the target holds already: read beside the question, then its upload session is cancelled', async () => {
    const image = await pushImage(a, 'held/app', 'v1', { seed: 'ref-held' });
    const content = '{"held":"already at the target"}';
    const sbom = await attach(a, 'held/app', subjectOf(image), { artifactType: SPDX, content });
    const layer = await pushLooseBlob(b, 'mirror/held', Buffer.from(content));
    assert.ok(sbom.blobs.has(layer));
    await b.settle();
    b.clearRequests();
    const target = onlyTarget(await hoist(`${a.host}/held/app:v1`, [`${b.host}/mirror/held:v1`]));
    assert.equal(target.status, 'copied', target.error);
    assert.deepEqual(target.referrers, { copied: 1, existing: 0 });
    await assertArtifactAt(b, 'mirror/held', sbom);
    await b.settle();
    const log = b.requests();
    assert.ok(!log.some((r) => r.method === 'PUT' && r.uri.includes(encodeURIComponent(layer))), 'the held blob is not uploaded');
    const posts = log.filter((r) => r.method === 'POST' && r.path.endsWith('/blobs/uploads/')).length;
    const puts = log.filter((r) => r.method === 'PUT' && r.path.includes('/blobs/uploads/')).length;
    const cancelled = log.filter((r) => r.method === 'DELETE' && r.path.includes('/blobs/uploads/'));
    assert.deepEqual(
      cancelled.map((r) => r.status),
      [204],
      'the one session opened for it is cancelled',
    );
    assert.equal(posts, puts + cancelled.length, 'every session opened is either used or cancelled');
  });

  it('a re-run with nothing to do asks once, beside the resolution, whether the API exists, and no subject after it', async () => {
    const image = await pushImage(a, 'quiet/app', 'v1', { seed: 'ref-quiet' });
    const first = onlyTarget(await hoist(`${a.host}/quiet/app:v1`, [`${b.host}/mirror/quiet:v1`]));
    assert.equal(first.status, 'copied', first.error);
    await a.settle();
    a.clearRequests();
    const again = onlyTarget(await hoist(`${a.host}/quiet/app:v1`, [`${b.host}/mirror/quiet:v1`]));
    assert.equal(again.status, 'unchanged', again.error);
    assert.deepEqual(again.referrers, { copied: 0, existing: 0 });
    await a.settle();
    const asked = a.requests().filter((r) => r.path.includes('/referrers/'));
    // distribution 2.8 answers its router's 404: no referrers API, so the image's digest is never asked (one round
    // trip less on every re-run); the fallback and cosign tags come from the tag listing sent at the same time.
    assert.equal(asked.length, 1, JSON.stringify(asked));
    assert.equal(asked[0]!.status, 404);
    assert.ok(!asked[0]!.path.includes(image.digest), 'the question names no subject');
    assert.ok(
      a.requests().some((r) => r.path.endsWith('/tags/list')),
      'the tags were listed',
    );
  });
});

// EMULATION: distribution 2.8 has neither the OCI 1.1 referrers API nor conditional manifest writes. The shim in
// front of each real registry adds them (test/support/referrers-shim.ts); everything else is the real registry.
describe('referrers API and If-Match through a shim (EMULATION of registry features distribution 2.8 lacks)', () => {
  let a: RegistryHandle;
  let b: RegistryHandle;
  let c: RegistryHandle;
  let apiSource: ReferrersShim;
  let apiTarget: ReferrersShim;
  let conditionalTarget: ReferrersShim;
  let concurrentWriter: (() => Promise<void>) | undefined;
  before(async () => {
    [a, b, c] = await Promise.all([startRegistry(), startRegistry(), startRegistry()]);
    [apiSource, apiTarget, conditionalTarget] = await Promise.all([
      startReferrersShim(a),
      startReferrersShim(b),
      startReferrersShim(c, {
        referrersApi: false,
        beforeConditionalPut: async () => {
          const write = concurrentWriter;
          concurrentWriter = undefined;
          await write?.();
        },
      }),
    ]);
  });
  after(async () => {
    await Promise.all([apiSource?.stop(), apiTarget?.stop(), conditionalTarget?.stop()]);
    await Promise.all([a?.stop(), b?.stop(), c?.stop()]);
  });

  it('found through the referrers API, indexed by the target (OCI-Subject): no fallback tag is written', async () => {
    const image = await pushImage(apiSource, 'api/app', 'v1', { seed: 'ref-api' });
    // Pushed by digest alone: only the (emulated) referrers API knows about it, as on an OCI 1.1 registry.
    const sbom = await pushArtifact(apiSource, 'api/app', subjectOf(image), { artifactType: SPDX, content: '{"api":true}' });
    assert.deepEqual(digests(apiSource.indexed('api/app', image.digest)), [sbom.digest]);
    const target = onlyTarget(await hoist(`${apiSource.host}/api/app:v1`, [`${apiTarget.host}/mirror/api:v1`]));
    assert.equal(target.status, 'copied', target.error);
    assert.deepEqual(target.referrers, { copied: 1, existing: 0 });
    assert.ok(
      apiSource.requests.some((r) => r.method === 'GET' && r.uri.includes(`/referrers/${image.digest}`) && r.status === 200),
      'asked the source’s referrers API',
    );
    await assertArtifactAt(b, 'mirror/api', sbom);
    assert.deepEqual(digests(apiTarget.indexed('mirror/api', image.digest)), [sbom.digest], 'the target indexed the subject');
    assert.equal(await fallbackEntries(b, 'mirror/api', image.digest), undefined, 'no fallback tag at the target');
    assert.ok(!apiTarget.requests.some((r) => r.uri.includes(`/manifests/${fallbackTagOf(image.digest)}`) && r.method === 'PUT'));
  });

  it('a source whose referrers API says MANIFEST_UNKNOWN for an unknown subject is still asked for each subject', async () => {
    const strict = await startReferrersShim(a, { unknownSubjectIs404: true });
    try {
      const image = await pushImage(strict, 'strict/app', 'v1', { seed: 'ref-strict' });
      const sbom = await pushArtifact(strict, 'strict/app', subjectOf(image), { artifactType: SPDX, content: '{"strict":true}' });
      const target = onlyTarget(await hoist(`${strict.host}/strict/app:v1`, [`${apiTarget.host}/mirror/strict:v1`]));
      assert.equal(target.status, 'copied', target.error);
      assert.deepEqual(target.referrers, { copied: 1, existing: 0 });
      const asked = strict.requests.filter((r) => r.method === 'GET' && r.uri.includes('/referrers/'));
      assert.deepEqual([asked[0]?.uri.includes(image.digest), asked[0]?.status], [false, 404], 'first, the question naming no subject');
      assert.ok(
        asked.some((r) => r.uri.includes(`/referrers/${image.digest}`) && r.status === 200),
        '404 MANIFEST_UNKNOWN did not rule the API out: the image was asked',
      );
      await assertArtifactAt(b, 'mirror/strict', sbom);
    } finally {
      await strict.stop();
    }
  });

  it('a concurrent update of the target’s fallback index is not lost: If-Match gets 412, hoist re-reads and merges', async () => {
    const image = await pushImage(a, 'race/app', 'v1', { seed: 'ref-race' });
    const sbom = await pushArtifact(apiSource, 'race/app', subjectOf(image), { artifactType: SPDX, content: '{"race":true}' });
    // The target already has an index (so there is an ETag to name), and someone adds to it while hoist works.
    const before = await attach(c, 'mirror/race', subjectOf(image), { artifactType: SIGSTORE, content: 'there before' });
    let concurrent: PushedArtifact | undefined;
    concurrentWriter = async () => {
      concurrent = await attach(c, 'mirror/race', subjectOf(image), { artifactType: IN_TOTO, content: 'written meanwhile' });
    };
    const target = onlyTarget(await hoist(`${apiSource.host}/race/app:v1`, [`${conditionalTarget.host}/mirror/race:v1`]));
    assert.equal(target.status, 'copied', target.error);
    assert.ok(concurrent, 'the concurrent writer ran');
    const conditional = conditionalTarget.requests.filter((r) => r.method === 'PUT' && r.ifMatch !== undefined);
    assert.deepEqual(
      conditional.map((r) => r.status),
      [412, 201],
      'the first conditional write was refused, the second went through',
    );
    assert.deepEqual(digests(await fallbackEntries(c, 'mirror/race', image.digest)), [before.digest, concurrent.digest, sbom.digest]);
  });

  it('a fallback index someone else creates meanwhile is not overwritten: If-None-Match gets 412, hoist merges', async () => {
    const image = await pushImage(a, 'create-race/app', 'v1', { seed: 'ref-create-race' });
    const sbom = await pushArtifact(apiSource, 'create-race/app', subjectOf(image), { artifactType: SPDX, content: '{"first":1}' });
    let concurrent: PushedArtifact | undefined;
    concurrentWriter = async () => {
      concurrent = await attach(c, 'mirror/create-race', subjectOf(image), { artifactType: SIGSTORE, content: 'created meanwhile' });
    };
    conditionalTarget.requests.length = 0;
    const target = onlyTarget(await hoist(`${apiSource.host}/create-race/app:v1`, [`${conditionalTarget.host}/mirror/create-race:v1`]));
    assert.equal(target.status, 'copied', target.error);
    assert.ok(concurrent, 'the concurrent writer ran');
    const conditional = conditionalTarget.requests.filter((r) => r.method === 'PUT' && (r.ifMatch ?? r.ifNoneMatch) !== undefined);
    assert.deepEqual(
      conditional.map((r) => [r.ifNoneMatch !== undefined ? 'if-none-match' : 'if-match', r.status]),
      [
        ['if-none-match', 412],
        ['if-match', 201],
      ],
    );
    assert.deepEqual(digests(await fallbackEntries(c, 'mirror/create-race', image.digest)), [concurrent.digest, sbom.digest]);
  });

  it('the shim refuses a stale If-Match for real (the emulation itself can fail a client)', async () => {
    const image = await pushImage(c, 'stale/app', 'v1', { seed: 'ref-stale' });
    const index = await pushFallbackIndex(c, 'stale/app', image.digest, []);
    const put = (etag: string) =>
      fetch(`${conditionalTarget.url}/v2/stale/app/manifests/${fallbackTagOf(image.digest)}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/vnd.oci.image.index.v1+json', 'if-match': etag },
        body: '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[]}',
      });
    assert.equal((await put('"sha256:0000"')).status, 412);
    assert.equal((await put(`"${index}"`)).status, 201);
  });
});
