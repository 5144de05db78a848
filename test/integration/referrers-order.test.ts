// The order of a copy with referrers, read from counting proxies in front of two real distribution 2.8 registries:
// which request arrived before which other had been answered. Delays on chosen requests make the overlaps the copy
// promises visible as order (a step that wrongly waited for a delayed one would come after it); nothing here
// measures time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProxiedRequest } from '../support/fault-proxy.ts';
import { hoist, onlyTarget } from '../support/hoist.ts';
import { getManifest, pushImage } from '../support/images.ts';
import { NO_SUBJECT, SPDX, attach, cosignTagOf, fallbackEntries, fallbackTagOf, pushCosign, subjectOf } from '../support/referrers.ts';
import { proxiedRegistries } from '../support/proxied-registries.ts';

const IN_TOTO = 'application/vnd.in-toto+json';
const SIGSTORE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

const hexOf = (digest: string): string => digest.slice('sha256:'.length);
const manifestPath = (reference: string): RegExp => new RegExp(`/manifests/${reference.replace(/[.:]/g, '\\$&')}$`);
const pathOf = (r: ProxiedRequest): string => r.uri.split('?')[0]!;

/** The one request matching; fails naming what came through when there is not exactly one. */
function one(requests: readonly ProxiedRequest[], method: string, path: RegExp): ProxiedRequest {
  const found = requests.filter((r) => r.method === method && path.test(pathOf(r)));
  assert.equal(found.length, 1, `one ${method} ${path}: ${requests.map((r) => `${r.method} ${r.uri}`).join(', ')}`);
  return found[0]!;
}

/** `later` arrived after `earlier` had been answered. */
function after_(later: ProxiedRequest, earlier: ProxiedRequest, why: string): void {
  assert.ok(
    earlier.endMs !== undefined && later.startMs >= earlier.endMs,
    `${why}: ${earlier.method} ${earlier.uri} then ${later.method} ${later.uri}`,
  );
}

/** The registry behind the proxy got `later` after it had answered `earlier` (pipelined requests included). */
function afterAtRegistry(later: ProxiedRequest, earlier: ProxiedRequest, why: string): void {
  assert.ok(
    earlier.upstreamEndMs !== undefined && later.upstreamStartMs !== undefined && later.upstreamStartMs >= earlier.upstreamEndMs,
    `${why}: ${earlier.method} ${earlier.uri} then ${later.method} ${later.uri}`,
  );
}

/** `first` arrived before `other` had been answered: they were in flight together, or `first` came first. */
function before_(first: ProxiedRequest, other: ProxiedRequest, why: string): void {
  assert.ok(
    other.endMs !== undefined && first.startMs < other.endMs,
    `${why}: ${first.method} ${first.uri} vs ${other.method} ${other.uri}`,
  );
}

describe('the order of a copy with referrers (counting proxies in front of real registries)', () => {
  const registries = proxiedRegistries();

  it('lookups and referrer blobs run beside the image’s blobs; subject, referrers, fallback index, tag in that order', async () => {
    const { a, b, source, target } = registries;
    const image = await pushImage(a, 'order/app', 'v1', { seed: 'ref-order', layers: 2 });
    const sbom = await attach(a, 'order/app', subjectOf(image), { artifactType: SPDX, content: '{"spdxVersion":"SPDX-2.3"}' });
    const attestation = await attach(a, 'order/app', subjectOf(image), { artifactType: IN_TOTO, content: '{"_type":"statement"}' });
    const onSbom = await attach(a, 'order/app', subjectOf(sbom), { artifactType: SIGSTORE, content: 'signature of the SBOM' });
    const sig = await pushCosign(a, 'order/app', image.digest, 'sig', '{"critical":{}}');
    const imageBlobs = new RegExp([...image.blobs.keys()].map(hexOf).join('|'));
    const sbomLayer = [...sbom.blobs.keys()].find((d) => sbom.blobs.get(d)!.toString().includes('SPDX'))!;
    // The source's answer for the tag is slow: the tag list must not wait for it.
    source.addRule({ match: { method: 'GET', path: manifestPath('v1') }, action: { delayMs: 300 } });
    // The image's blob uploads are slow: the referrer work must not wait for them.
    target.addRule({ match: { method: 'PUT', path: /\/blobs\/uploads\//, query: imageBlobs }, action: { delayMs: 500 } });
    // The target's answer whether it holds the SBOM is slow: a first copy places its blobs without waiting for it.
    target.addRule({ match: { path: manifestPath(sbom.digest) }, action: { delayMs: 600 } });
    source.requests.length = 0;
    target.requests.length = 0;
    try {
      const result = onlyTarget(await hoist(`${source.host}/order/app:v1`, [`${target.host}/mirror/order:v1`]));
      assert.equal(result.status, 'copied', result.error);
      assert.deepEqual(result.referrers, { copied: 4, existing: 0 });
    } finally {
      source.clearRules();
      target.clearRules();
    }
    const [src, dst] = [[...source.requests], [...target.requests]];

    // Source: the tag list beside the resolution, and whether the referrers API exists, asked once naming no subject
    // (404: distribution has none), so neither the image nor the referrers' own referrers are asked it.
    before_(one(src, 'GET', /\/tags\/list$/), one(src, 'GET', manifestPath('v1')), 'the tag list is asked beside the resolution');
    before_(one(src, 'GET', /\/referrers\//), one(src, 'GET', manifestPath('v1')), 'the API question is asked beside the resolution');
    assert.deepEqual(
      src.filter((r) => r.uri.includes('/referrers/')).map(pathOf),
      [`/v2/order/app/referrers/${NO_SUBJECT}`],
      'the referrers API once, naming no subject',
    );

    // Every lookup at the source ended before the first of the image's blob uploads did.
    const imageUploads = dst.filter((r) => r.method === 'PUT' && r.uri.includes('/blobs/uploads/') && imageBlobs.test(r.uri));
    assert.equal(imageUploads.length, image.blobs.size);
    const firstUploadDone = imageUploads.reduce((x, y) => (x.endMs! <= y.endMs! ? x : y));
    const lookups = src.filter((r) => r.uri.includes('/referrers/') || /\/manifests\/sha256[-:]/.test(r.uri));
    assert.ok(lookups.length >= 5, `the fallback indexes, the .sig tag and the referrers: ${lookups.map((r) => r.uri).join(', ')}`);
    for (const lookup of lookups) before_(lookup, firstUploadDone, 'the referrer lookups overlap the image’s blob uploads');

    // Target: the SBOM's blob goes up before the target has answered whether it holds the SBOM.
    const sbomAsked = dst.find((r) => r.method !== 'PUT' && manifestPath(sbom.digest).test(pathOf(r)));
    // Its first step (the HEAD that precedes an upload) needs nothing but the SBOM's manifest from the source.
    const sbomLayerAsked = dst.find((r) => r.method === 'HEAD' && r.uri.endsWith(`/blobs/${sbomLayer}`));
    assert.ok(sbomAsked && sbomLayerAsked, 'the target was asked for the SBOM and for its layer');
    before_(sbomLayerAsked, sbomAsked, 'the SBOM’s blob is placed beside asking for the SBOM');
    // A referrer's small blob is read from the source, and its upload session opened, beside that HEAD.
    const sbomLayerRead = one(src, 'GET', new RegExp(`/blobs/${sbomLayer}$`));
    before_(sbomLayerRead, sbomLayerAsked, 'the SBOM’s layer is read beside asking the target for it');
    const sessions = dst.filter((r) => r.method === 'POST' && r.uri.includes('/blobs/uploads/'));
    assert.ok(
      sessions.some((r) => r.startMs < sbomLayerAsked.endMs!),
      'an upload session is opened beside asking the target for the SBOM’s layer',
    );

    // The manifests: subject, then its referrers, then the fallback index, and the tag last.
    const put = (reference: string) => one(dst, 'PUT', manifestPath(reference));
    const subject = put(image.digest);
    const firstLevel = [put(sbom.digest), put(attestation.digest), put(cosignTagOf(image.digest, 'sig'))];
    const index = put(fallbackTagOf(image.digest));
    const sbomIndex = put(fallbackTagOf(sbom.digest));
    const tag = put('v1');
    before_(one(dst, 'GET', manifestPath(fallbackTagOf(image.digest))), subject, 'the fallback index is read beside the blob work');
    for (const referrer of firstLevel) after_(referrer, subject, 'a referrer after its subject');
    after_(put(onSbom.digest), firstLevel[0]!, 'a signature on the SBOM after the SBOM');
    // A fallback index goes out right behind the referrers it lists, on their connection (pipelined), so the registry
    // gets it after it has answered them, and no round trip is spent waiting for those answers.
    for (const referrer of firstLevel.slice(0, 2)) {
      afterAtRegistry(index, referrer, 'the fallback index after the referrers it lists');
      before_(index, referrer, 'the fallback index sent before the referrers are answered');
    }
    afterAtRegistry(sbomIndex, put(onSbom.digest), 'the SBOM’s fallback index after its signature');
    assert.ok(
      dst.filter((r) => r.method === 'PUT' && /\/manifests\/sha256-/.test(r.uri)).every((r) => r.status === 201),
      'every fallback index accepted at its first PUT',
    );
    for (const earlier of [subject, ...firstLevel, put(onSbom.digest), index, sbomIndex]) after_(tag, earlier, 'the tag moves last');

    assert.deepEqual(
      new Set((await fallbackEntries(b, 'mirror/order', image.digest))?.map((e) => e['digest'])),
      new Set([sbom.digest, attestation.digest]),
    );
    assert.equal((await getManifest(b, 'mirror/order', cosignTagOf(image.digest, 'sig'))).digest, sig.digest);
  });
});
