// The engine's decisions over the in-memory store, in milliseconds: children before parents, tags last, dedupe,
// shared work between targets, a failed blob never tags. The real-registry tests in test/integration are the proof;
// these are the safety net.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyImage, type CopyRequest } from '../../src/copy/copy.ts';
import type { Endpoint } from '../../src/copy/resolve.ts';
import { parsePlatform } from '../../src/oci/platform.ts';
import { RetryPolicy, type RetryEvent } from '../../src/retry/policy.ts';
import { MemoryRegistry, type MemoryStore } from '../support/memory-store.ts';
import { seedImage, seedIndex } from '../support/memory-images.ts';

const quiet = { debug: () => undefined, info: () => undefined, warning: () => undefined, error: () => undefined };

function endpoint(store: MemoryStore, tag: string | undefined, digest?: string): Endpoint {
  return { store, tag, digest, text: `${store.name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}` };
}

function copy(source: Endpoint, targets: Endpoint[], extra: Partial<CopyRequest> = {}, retries: RetryEvent[] = []) {
  return copyImage({
    source,
    targets,
    concurrency: 4,
    logger: quiet,
    retry: new RetryPolicy({ settings: { baseDelayMs: 1, maxDelayMs: 2 }, onRetry: (e) => retries.push(e) }),
    ...extra,
  });
}

const writes = (registry: MemoryRegistry): string[] =>
  registry.log((c) => c.op === 'putManifest' || c.op === 'writeBlob' || c.op === 'mountBlob');

describe('copy engine over the in-memory store', () => {
  it('uploads every blob before the manifest, and writes the tag last', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const image = seedImage(src.repository('app'), 'app', { layers: ['a', 'b', 'c'], tag: 'v1' });
    const result = await copy(endpoint(src.repository('app'), 'v1'), [endpoint(dst.repository('app'), 'v1')]);
    const target = result.targets[0]!;
    assert.equal(target.status, 'copied');
    assert.equal(target.digest, image.digest);
    assert.deepEqual(target.blobs, { mounted: 0, existing: 0, uploaded: 4 });
    const log = writes(dst);
    assert.equal(log.length, 5);
    assert.equal(log.at(-1), 'app putManifest v1');
    assert.ok(log.slice(0, 4).every((l) => l.startsWith('app writeBlob ')));
    assert.deepEqual(dst.repository('app').manifests.get(image.digest)?.bytes, image.bytes, 'exact bytes');
  });

  it('pushes an index’s children by digest before the index’s tag, each shared blob once', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const repo = src.repository('multi');
    const amd = seedImage(repo, 'amd', { layers: ['base', 'amd-only'] });
    const arm = seedImage(repo, 'arm', { layers: ['base', 'arm-only'] });
    const index = seedIndex(
      repo,
      [
        { manifest: amd, platform: { os: 'linux', architecture: 'amd64' } },
        { manifest: arm, platform: { os: 'linux', architecture: 'arm64' } },
      ],
      'v1',
    );
    const result = await copy(endpoint(repo, 'v1'), [endpoint(dst.repository('multi'), 'v1')]);
    assert.equal(result.targets[0]!.status, 'copied');
    assert.deepEqual(result.targets[0]!.platforms, ['linux/amd64', 'linux/arm64']);
    const log = writes(dst);
    assert.equal(
      log.filter((l) => l.endsWith(' writeBlob sha256:' + l.split('sha256:')[1])).length,
      5,
      'base written once: 2 configs + 3 layers',
    );
    const tagAt = log.indexOf('multi putManifest v1');
    assert.equal(tagAt, log.length - 1);
    assert.ok(log.indexOf(`multi putManifest ${amd.digest}`) < tagAt && log.indexOf(`multi putManifest ${arm.digest}`) < tagAt);
    assert.equal(result.digest, index.digest);
  });

  it('mounts from the source inside one registry instead of moving bytes', async () => {
    const reg = new MemoryRegistry('reg.example');
    seedImage(reg.repository('dev/app'), 'app', { layers: ['x', 'y'], tag: 'rc' });
    const result = await copy(endpoint(reg.repository('dev/app'), 'rc'), [endpoint(reg.repository('prod/app'), '1.0')]);
    assert.deepEqual(result.targets[0]!.blobs, { mounted: 3, existing: 0, uploaded: 0 });
    assert.equal(reg.log((c) => c.op === 'writeBlob' || c.op === 'readBlob').length, 0);
  });

  it('uploads once per target registry; the other repositories there mount from the first', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    seedImage(src.repository('app'), 'app', { layers: ['l1', 'l2'], tag: 'v1' });
    const result = await copy(endpoint(src.repository('app'), 'v1'), [
      endpoint(dst.repository('one'), 'v1'),
      endpoint(dst.repository('two'), 'v1'),
      endpoint(dst.repository('three'), 'v1'),
    ]);
    assert.ok(result.targets.every((t) => t.status === 'copied'));
    assert.equal(dst.log((c) => c.op === 'writeBlob').length, 3, 'three blobs, each uploaded once');
    const totals = result.targets.reduce((sum, t) => sum + t.blobs.uploaded, 0);
    const mounts = result.targets.reduce((sum, t) => sum + t.blobs.mounted, 0);
    assert.equal(totals, 3);
    assert.equal(mounts, 6);
  });

  it('targets that differ only by tag share the blob work and each get their tag', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    seedImage(src.repository('app'), 'app', { tag: 'v1' });
    const result = await copy(endpoint(src.repository('app'), 'v1'), [
      endpoint(dst.repository('app'), '1'),
      endpoint(dst.repository('app'), 'latest'),
    ]);
    assert.deepEqual(
      result.targets.map((t) => t.status),
      ['copied', 'copied'],
    );
    assert.equal(dst.log((c) => c.op === 'writeBlob').length, 2);
    assert.deepEqual(dst.log((c) => c.op === 'putManifest').sort(), ['app putManifest 1', 'app putManifest latest']);
    assert.ok(result.targets.every((t) => t.repository === 'dst.example/app'));
  });

  it('writes nothing to a target that already holds the digest', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    seedImage(src.repository('app'), 'app', { tag: 'v1' });
    await copy(endpoint(src.repository('app'), 'v1'), [endpoint(dst.repository('app'), 'v1')]);
    const before = dst.calls.length;
    const result = await copy(endpoint(src.repository('app'), 'v1'), [endpoint(dst.repository('app'), 'v1')]);
    assert.equal(result.targets[0]!.status, 'unchanged');
    assert.deepEqual(dst.log().slice(before), ['app resolve v1']);
    assert.deepEqual(
      result.targets[0]!.events.map((e) => e.type),
      ['unchanged'],
    );
  });

  it('a blob that keeps failing fails its target without a tag; a target elsewhere completes', async () => {
    const src = new MemoryRegistry('src.example');
    const bad = new MemoryRegistry('bad.example');
    const good = new MemoryRegistry('good.example');
    const image = seedImage(src.repository('app'), 'app', { layers: ['ok', 'doomed'], tag: 'v1' });
    const doomed = image.blobs[2]!.digest;
    bad.faults.push((call) =>
      call.op === 'writeBlob' && call.ref === doomed ? Object.assign(new Error('503 Service Unavailable'), { retryable: true }) : undefined,
    );
    const retries: RetryEvent[] = [];
    const result = await copy(
      endpoint(src.repository('app'), 'v1'),
      [endpoint(bad.repository('app'), 'v1'), endpoint(good.repository('app'), 'v1')],
      {},
      retries,
    );
    const [failed, ok] = result.targets;
    assert.equal(failed!.status, 'failed');
    assert.equal(failed!.failure?.side, 'target');
    assert.equal(failed!.failure?.operation, 'upload blob');
    assert.equal(failed!.failure?.object, doomed);
    assert.match(failed!.error!, /no tag was written/);
    assert.equal(bad.log((c) => c.op === 'putManifest').length, 0, 'no manifest, no tag');
    assert.equal(bad.log((c) => c.op === 'writeBlob' && c.ref === doomed).length, 3, 'three whole-blob attempts');
    assert.deepEqual(
      retries.map((r) => [r.attempt, r.attempts]),
      [
        [2, 3],
        [3, 3],
      ],
    );
    assert.equal(ok!.status, 'copied');
  });

  it('a transient write failure is retried with fresh bytes and the copy completes', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    seedImage(src.repository('app'), 'app', { tag: 'v1' });
    dst.faults.push((call, attempt) =>
      call.op === 'writeBlob' && attempt === 1 ? Object.assign(new Error('connection reset'), { code: 'ECONNRESET' }) : undefined,
    );
    const result = await copy(endpoint(src.repository('app'), 'v1'), [endpoint(dst.repository('app'), 'v1')]);
    assert.equal(result.targets[0]!.status, 'copied');
    assert.equal(src.log((c) => c.op === 'readBlob').length, 4, 'each of 2 blobs read twice');
  });

  it('a client error is not retried', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    seedImage(src.repository('app'), 'app', { tag: 'v1' });
    dst.faults.push((call) => (call.op === 'writeBlob' ? Object.assign(new Error('403 denied'), { retryable: false }) : undefined));
    const result = await copy(endpoint(src.repository('app'), 'v1'), [endpoint(dst.repository('app'), 'v1')]);
    assert.equal(result.targets[0]!.status, 'failed');
    assert.equal(dst.log((c) => c.op === 'writeBlob').length, 2, 'one attempt per blob');
  });

  it('a source that fails to resolve fails every target on the source side', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const result = await copy(endpoint(src.repository('app'), 'missing'), [endpoint(dst.repository('app'), 'v1')]);
    assert.equal(result.targets[0]!.failure?.side, 'source');
    assert.equal(result.targets[0]!.failure?.operation, 'resolve');
    assert.equal(result.targets[0]!.failure?.object, 'missing');
    assert.equal(dst.log((c) => c.op !== 'resolve').length, 0);
  });

  it('uploads a blob the registry did not keep after a mount, then pushes the manifest again', async () => {
    const reg = new MemoryRegistry('reg.example');
    seedImage(reg.repository('dev/app'), 'app', { tag: 'rc' });
    reg.repository('prod/app').mountsLie = true;
    const result = await copy(endpoint(reg.repository('dev/app'), 'rc'), [endpoint(reg.repository('prod/app'), '1.0')]);
    const target = result.targets[0]!;
    assert.equal(target.status, 'copied', target.error);
    assert.ok(target.events.some((e) => e.type === 'blob-reuploaded'));
    assert.ok(reg.log((c) => c.op === 'writeBlob').length >= 1);
  });

  it('uploads a blob the registry named missing though a HEAD had found it, then pushes the manifest again', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const image = seedImage(src.repository('app'), 'app', { layers: ['raced'], tag: 'v1' });
    const raced = image.blobs[1]!.digest;
    dst.repository('app').phantomBlobs.add(raced);
    const result = await copy(endpoint(src.repository('app'), 'v1'), [endpoint(dst.repository('app'), 'v1')]);
    const target = result.targets[0]!;
    assert.equal(target.status, 'copied', target.error);
    assert.ok(target.events.some((e) => e.type === 'blob-reuploaded' && e.digest === raced));
    assert.ok(dst.repository('app').linked.has(raced));
  });

  it('leaves out a foreign layer the source does not hold, and copies one it holds', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const foreignType = 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip';
    const absent = { mediaType: foreignType, digest: `sha256:${'f'.repeat(64)}`, size: 1234, urls: ['https://example.com/layer'] };
    const repo = src.repository('win');
    seedImage(repo, 'win', { layers: ['held-foreign', 'normal'], layerTypes: [foreignType], extraLayers: [absent], tag: 'v1' });
    const result = await copy(endpoint(repo, 'v1'), [endpoint(dst.repository('win'), 'v1')]);
    assert.equal(result.targets[0]!.status, 'copied', result.targets[0]!.error);
    assert.equal(result.targets[0]!.blobs.uploaded, 3, 'config, the held foreign layer and the normal one');
    assert.ok(result.warnings.some((w) => w.includes(absent.digest) && w.startsWith('1 foreign')));
    const blobs = result.targets[0]!.events.find((e) => e.type === 'blobs');
    assert.equal(blobs?.type === 'blobs' && blobs.foreignSkipped, 1);
  });

  it('a dry run asks and reports, writing nothing', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    seedImage(src.repository('app'), 'app', { tag: 'v1' });
    const result = await copy(endpoint(src.repository('app'), 'v1'), [endpoint(dst.repository('app'), 'v1')], { dryRun: true });
    assert.equal(result.targets[0]!.status, 'planned');
    assert.deepEqual(result.targets[0]!.blobs, { mounted: 0, existing: 0, uploaded: 2 });
    assert.equal(writes(dst).length, 0);
  });

  it('warns when a source’s tag and digest disagree, and copies the digest', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const old = seedImage(src.repository('app'), 'old', { tag: 'v1' });
    seedImage(src.repository('app'), 'new', { tag: 'v1' });
    const result = await copy(endpoint(src.repository('app'), 'v1', old.digest), [endpoint(dst.repository('app'), 'v1')]);
    assert.equal(result.targets[0]!.digest, old.digest);
    assert.ok(result.warnings.some((w) => w.includes('names tag v1') && w.includes(old.digest)));
  });

  describe('platform selection', () => {
    function buildkitIndex(store: MemoryStore) {
      const amd = seedImage(store, 'amd');
      const arm = seedImage(store, 'arm');
      const att = seedImage(store, 'att-amd');
      const inner = seedIndex(store, [
        { manifest: amd, platform: { os: 'linux', architecture: 'amd64' } },
        {
          manifest: att,
          platform: { os: 'unknown', architecture: 'unknown' },
          annotations: { 'vnd.docker.reference.digest': amd.digest, 'vnd.docker.reference.type': 'attestation-manifest' },
        },
      ]);
      const outer = seedIndex(store, [{ manifest: inner }, { manifest: arm, platform: { os: 'linux', architecture: 'arm64' } }], 'nested');
      return { amd, arm, att, inner, outer };
    }

    it('descends into a nested index to find the platform', async () => {
      const src = new MemoryRegistry('src.example');
      const dst = new MemoryRegistry('dst.example');
      const { amd } = buildkitIndex(src.repository('app'));
      const result = await copy(endpoint(src.repository('app'), 'nested'), [endpoint(dst.repository('app'), 'amd')], {
        platforms: [parsePlatform('linux/amd64')],
      });
      assert.equal(result.targets[0]!.status, 'copied', result.targets[0]!.error);
      assert.equal(result.digest, amd.digest);
    });

    it('warns, naming it, when one platform’s attestation manifest is dropped', async () => {
      const src = new MemoryRegistry('src.example');
      const dst = new MemoryRegistry('dst.example');
      const { att } = buildkitIndex(src.repository('app'));
      const result = await copy(endpoint(src.repository('app'), 'nested'), [endpoint(dst.repository('app'), 'amd')], {
        platforms: [parsePlatform('linux/amd64')],
      });
      assert.ok(
        result.warnings.some((w) => w.includes(att.digest) && w.includes('attestation')),
        result.warnings.join('\n'),
      );
    });

    it('several platforms of a nested index make one flat index that keeps the attestation', async () => {
      const src = new MemoryRegistry('src.example');
      const dst = new MemoryRegistry('dst.example');
      const { amd, arm, att, outer } = buildkitIndex(src.repository('app'));
      const result = await copy(endpoint(src.repository('app'), 'nested'), [endpoint(dst.repository('app'), 'both')], {
        platforms: [parsePlatform('linux/amd64'), parsePlatform('linux/arm64')],
      });
      assert.equal(result.targets[0]!.status, 'copied', result.targets[0]!.error);
      assert.notEqual(result.digest, outer.digest);
      const pushed = dst.repository('app').manifests.get(result.digest!)!;
      const entries = (JSON.parse(pushed.bytes.toString()) as { manifests: Array<{ digest: string }> }).manifests.map((m) => m.digest);
      assert.deepEqual(entries, [amd.digest, att.digest, arm.digest]);
    });

    it('an unknown platform names what the source has, through the nesting', async () => {
      const src = new MemoryRegistry('src.example');
      const dst = new MemoryRegistry('dst.example');
      buildkitIndex(src.repository('app'));
      const result = await copy(endpoint(src.repository('app'), 'nested'), [endpoint(dst.repository('app'), 'x')], {
        platforms: [parsePlatform('linux/s390x')],
      });
      assert.match(result.targets[0]!.error!, /no image for platform linux\/s390x; it has linux\/amd64, linux\/arm64/);
    });
  });
});
