// One index from several sources, over the in-memory store: every part's content reaches the target from its own
// registry, the index goes up last, a re-run is unchanged.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyImage, type CopyRequest } from '../../src/copy/copy.ts';
import type { Endpoint } from '../../src/copy/resolve.ts';
import { parsePlatform } from '../../src/oci/platform.ts';
import { RetryPolicy } from '../../src/retry/policy.ts';
import { MemoryRegistry, type MemoryStore } from '../support/memory-store.ts';
import { seedImage, seedIndex } from '../support/memory-images.ts';

const quiet = { debug: () => undefined, info: () => undefined, warning: () => undefined, error: () => undefined };
const at = (store: MemoryStore, tag: string): Endpoint => ({ store, tag, text: `${store.name}:${tag}` });

function merge(sources: Endpoint[], targets: Endpoint[], extra: Partial<CopyRequest> = {}) {
  return copyImage({
    source: sources[0]!,
    sources,
    targets,
    concurrency: 4,
    logger: quiet,
    retry: new RetryPolicy({ settings: { baseDelayMs: 1, maxDelayMs: 2 } }),
    ...extra,
  });
}

/** A per-platform build: an image whose config names its platform. */
function build(store: MemoryStore, arch: string, tag: string) {
  const config = store.seedBlob(
    Buffer.from(JSON.stringify({ os: 'linux', architecture: arch })),
    'application/vnd.oci.image.config.v1+json',
  );
  const layer = store.seedBlob(Buffer.from(`${arch} layer`));
  return store.seedManifest(
    { schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config, layers: [layer] },
    'application/vnd.oci.image.manifest.v1+json',
    tag,
  );
}

describe('an index assembled from several sources', () => {
  it('pushes both builds from their own registries, then the index, and a re-run is unchanged', async () => {
    const one = new MemoryRegistry('one.example');
    const two = new MemoryRegistry('two.example');
    const dst = new MemoryRegistry('dst.example');
    const amd = build(one.repository('app-amd64'), 'amd64', 'sha-1');
    const arm = build(two.repository('app-arm64'), 'arm64', 'sha-1');
    const sources = [at(one.repository('app-amd64'), 'sha-1'), at(two.repository('app-arm64'), 'sha-1')];
    const result = await merge(sources, [at(dst.repository('app'), 'v1')]);
    const target = result.targets[0]!;
    assert.equal(target.status, 'copied', target.error);
    assert.deepEqual(target.platforms, ['linux/amd64', 'linux/arm64']);
    assert.deepEqual(result.merged, [
      { platform: 'linux/amd64', source: sources[0]!.text },
      { platform: 'linux/arm64', source: sources[1]!.text },
    ]);
    assert.equal(result.sourceDigest, undefined);
    const out = dst.repository('app');
    const index = JSON.parse(out.manifests.get(result.digest!)!.bytes.toString()) as { manifests: Array<{ digest: string }> };
    assert.deepEqual(
      index.manifests.map((m) => m.digest),
      [amd.digest, arm.digest],
    );
    const readFrom = (r: MemoryRegistry): Set<string> => new Set(r.calls.filter((c) => c.op === 'readBlob').map((c) => c.ref));
    assert.deepEqual(readFrom(one), new Set(amd.blobs.map((b) => b.digest)), 'amd64 content read from its own registry');
    assert.deepEqual(readFrom(two), new Set(arm.blobs.map((b) => b.digest)), 'arm64 content read from its own registry');
    assert.equal(dst.log((c) => c.op === 'writeBlob').length, 4);
    assert.equal(dst.log((c) => c.op === 'putManifest').at(-1), 'app putManifest v1');
    const again = await merge(sources, [at(dst.repository('app'), 'v1')]);
    assert.equal(again.targets[0]!.status, 'unchanged');
    assert.equal(again.digest, result.digest, 'the same sources give the same index');
  });

  it('two sources of one platform are an error naming both, and nothing is written', async () => {
    const one = new MemoryRegistry('one.example');
    const dst = new MemoryRegistry('dst.example');
    build(one.repository('a'), 'amd64', 'x');
    build(one.repository('b'), 'amd64', 'x');
    const result = await merge([at(one.repository('a'), 'x'), at(one.repository('b'), 'x')], [at(dst.repository('app'), 'v1')]);
    assert.equal(result.targets[0]!.status, 'failed');
    assert.match(result.targets[0]!.error!, /one\.example\/a:x/);
    assert.match(result.targets[0]!.error!, /one\.example\/b:x/);
    assert.equal(dst.log((c) => c.op === 'putManifest' || c.op === 'writeBlob').length, 0);
  });

  it('an index source contributes its entries; platforms filters the merged set; annotations go on the index', async () => {
    const one = new MemoryRegistry('one.example');
    const dst = new MemoryRegistry('dst.example');
    const repo = one.repository('base');
    const amd = seedImage(repo, 'amd');
    const arm = seedImage(repo, 'arm');
    seedIndex(
      repo,
      [
        { manifest: amd, platform: { os: 'linux', architecture: 'amd64' } },
        { manifest: arm, platform: { os: 'linux', architecture: 'arm64' } },
      ],
      'multi',
    );
    const s390 = build(one.repository('s390'), 's390x', 'x');
    const result = await merge([at(repo, 'multi'), at(one.repository('s390'), 'x')], [at(dst.repository('app'), 'v1')], {
      platforms: [parsePlatform('linux/arm64'), parsePlatform('linux/s390x')],
      annotations: { 'org.opencontainers.image.description': 'two platforms' },
    });
    assert.equal(result.targets[0]!.status, 'copied', result.targets[0]!.error);
    const index = JSON.parse(dst.repository('app').manifests.get(result.digest!)!.bytes.toString()) as {
      manifests: Array<{ digest: string }>;
      annotations: Record<string, string>;
    };
    assert.deepEqual(
      index.manifests.map((m) => m.digest),
      [arm.digest, s390.digest],
    );
    assert.equal(index.annotations['org.opencontainers.image.description'], 'two platforms');
    assert.equal(dst.repository('app').manifests.has(amd.digest), false, 'the unselected platform is not pushed');
  });

  it('annotations on a copy that builds no index are an error before anything is written', async () => {
    const one = new MemoryRegistry('one.example');
    const dst = new MemoryRegistry('dst.example');
    build(one.repository('a'), 'amd64', 'x');
    const result = await copyImage({
      source: at(one.repository('a'), 'x'),
      targets: [at(dst.repository('app'), 'v1')],
      concurrency: 2,
      logger: quiet,
      retry: new RetryPolicy(),
      annotations: { a: 'b' },
    });
    assert.match(result.targets[0]!.error!, /annotations were given, but this copy builds no index/);
    assert.equal(dst.log((c) => c.op === 'putManifest' || c.op === 'writeBlob').length, 0);
  });
});
