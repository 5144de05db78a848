// A streamed blob's upload session opens while the source's answer is on its way, not after it: read from counting
// proxies in front of two real registries, with the source's blob answers held back. Order, not time, is asserted.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hoist, onlyTarget } from '../support/hoist.ts';
import { pushImage } from '../support/images.ts';
import { proxiedRegistries } from '../support/proxied-registries.ts';
import { skopeoDigest, skopeoOptionsFor, skopeoRef } from '../support/skopeo.ts';

describe('uploads open beside the source reads (counting proxies in front of real registries)', () => {
  const registries = proxiedRegistries();

  it('every upload POST reaches the target before any held-back source blob has answered', async () => {
    const { a, b, source, target } = registries;
    const image = await pushImage(a, 'overlap/app', 'v1', { seed: 'upload-overlap', layers: 3 });
    source.addRule({ match: { method: 'GET', path: /\/blobs\/sha256:/ }, action: { delayMs: 400 } });
    source.requests.length = 0;
    target.requests.length = 0;
    try {
      const result = onlyTarget(await hoist(`${source.host}/overlap/app:v1`, [`${target.host}/overlap/copy:v1`], { referrers: false }));
      assert.equal(result.status, 'copied', result.error);
    } finally {
      source.clearRules();
    }
    const reads = source.requests.filter((r) => r.method === 'GET' && r.uri.includes('/blobs/sha256:'));
    const opens = target.requests.filter((r) => r.method === 'POST' && r.uri.includes('/blobs/uploads/'));
    assert.equal(reads.length, image.blobs.size, 'one read per blob');
    assert.equal(opens.length, image.blobs.size, 'one upload session per blob');
    const firstAnswer = Math.min(...reads.map((r) => r.endMs ?? Infinity));
    for (const open of opens) assert.ok(open.startMs < firstAnswer, `POST ${open.uri} waited for a source blob's answer`);
    // The copy is whole: the target serves the source's manifest bytes.
    assert.equal(await skopeoDigest(skopeoRef(b, 'overlap/copy', 'v1'), skopeoOptionsFor(b)), image.digest);
  });
});
