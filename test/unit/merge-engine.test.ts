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

  it('builds pushed by digest into the target repository: the index is the one write, and no referrer is looked up', async () => {
    const registry = new MemoryRegistry('one.example');
    const repo = registry.repository('app');
    repo.enableReferrersApi();
    const amd = build(repo, 'amd64', 'build-amd64');
    const arm = build(repo, 'arm64', 'build-arm64');
    const sources: Endpoint[] = [amd, arm].map((m) => ({ store: repo, digest: m.digest, text: `${repo.name}@${m.digest}` }));
    registry.calls.length = 0;
    const result = await merge(sources, [at(repo, 'v1')]);
    assert.equal(result.targets[0]!.status, 'copied', result.targets[0]!.error);
    // The README's recipe: every part, and every referrer of every part, is in this repository already.
    assert.deepEqual(registry.log(), [
      `app resolve ${amd.digest}`,
      `app resolve ${arm.digest}`,
      'app resolve v1',
      `app readBlob ${amd.blobs[0]!.digest}`,
      `app readBlob ${arm.blobs[0]!.digest}`,
      'app putManifest v1',
    ]);
  });

  it('images in other repositories of the registry: each config read once before any write, every blob mounted, the tag last', async () => {
    const registry = new MemoryRegistry('one.example');
    const amd = build(registry.repository('build-amd64'), 'amd64', 'v1');
    const arm = build(registry.repository('build-arm64'), 'arm64', 'v1');
    const sources = [at(registry.repository('build-amd64'), 'v1'), at(registry.repository('build-arm64'), 'v1')];
    registry.calls.length = 0;
    const result = await merge(sources, [at(registry.repository('app'), 'v1')]);
    const target = result.targets[0]!;
    assert.equal(target.status, 'copied', target.error);
    assert.deepEqual(target.blobs, { mounted: 4, existing: 0, uploaded: 0 });
    const calls = registry.calls;
    const writes = (c: (typeof calls)[number]): boolean => ['putManifest', 'writeBlob', 'mountBlob'].includes(c.op);
    // The configs decide the index (platforms, duplicates): a bad source must fail before anything is written.
    assert.deepEqual(
      calls.filter((c) => c.op === 'readBlob').map((c) => c.ref),
      [amd.blobs[0]!.digest, arm.blobs[0]!.digest],
      'the configs, once each, and no layer',
    );
    assert.ok(calls.findLastIndex((c) => c.op === 'readBlob') < calls.findIndex(writes), 'every config is read before the first write');
    assert.equal(calls.filter((c) => c.op === 'hasBlob' || c.op === 'writeBlob').length, 0, 'a mount asks and links in one');
    assert.deepEqual(
      registry.log((c) => c.op === 'putManifest'),
      [`app putManifest ${amd.digest}`, `app putManifest ${arm.digest}`, 'app putManifest v1'],
    );
    assert.ok(
      calls.findLastIndex((c) => c.op === 'mountBlob') < calls.findIndex((c) => c.op === 'putManifest'),
      'the blobs before any manifest',
    );
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
