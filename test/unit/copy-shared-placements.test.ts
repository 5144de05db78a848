// The engine's two sync hooks over the in-memory store: blob placements shared by several copies of one run, and
// mount hints (blob locations remembered from earlier runs) tried before an upload.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { copyImage, type CopyRequest, type MountHints } from '../../src/copy/copy.ts';
import type { Endpoint } from '../../src/copy/resolve.ts';
import { RetryPolicy } from '../../src/retry/policy.ts';
import type { Store } from '../../src/store/store.ts';
import { MemoryRegistry, type MemoryStore } from '../support/memory-store.ts';
import { seedImage } from '../support/memory-images.ts';

const quiet = { debug: () => undefined, info: () => undefined, warning: () => undefined, error: () => undefined };

function endpoint(store: MemoryStore, tag: string): Endpoint {
  return { store, tag, text: `${store.name}:${tag}` };
}

function copy(source: Endpoint, targets: Endpoint[], extra: Partial<CopyRequest> = {}) {
  return copyImage({
    source,
    targets,
    concurrency: 4,
    logger: quiet,
    retry: new RetryPolicy({ settings: { baseDelayMs: 1, maxDelayMs: 2 } }),
    ...extra,
  });
}

describe('blob placements shared across copies', () => {
  it('copies sharing the map upload a shared blob once per registry, and a repository places it once', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    seedImage(src.repository('a'), 'a1', { layers: ['base', 'a1'], tag: '1' });
    seedImage(src.repository('a'), 'a2', { layers: ['base', 'a2'], tag: '2' });
    seedImage(src.repository('b'), 'b1', { layers: ['base', 'b1'], tag: '1' });
    const placed = new Map<string, Promise<Store>>();
    const runs = await Promise.all([
      copy(endpoint(src.repository('a'), '1'), [endpoint(dst.repository('m/a'), '1')], { placed }),
      copy(endpoint(src.repository('a'), '2'), [endpoint(dst.repository('m/a'), '2')], { placed }),
      copy(endpoint(src.repository('b'), '1'), [endpoint(dst.repository('m/b'), '1')], { placed }),
    ]);
    assert.ok(runs.every((r) => r.targets[0]!.status === 'copied'));
    const base = Buffer.from('base');
    const baseDigest = [...dst.blobs].find(([, data]) => data.equals(base))![0];
    const baseCalls = dst.calls.filter((c) => c.ref.startsWith(baseDigest));
    assert.deepEqual(
      baseCalls.filter((c) => c.op === 'writeBlob').map((c) => c.store),
      ['m/a'],
      'uploaded once, by the first',
    );
    assert.deepEqual(
      baseCalls.filter((c) => c.op === 'mountBlob').map((c) => c.store),
      ['m/b'],
      'the sibling mounts; the second copy into m/a asks nothing',
    );
    assert.equal(runs[1].targets[0]!.blobs.existing >= 1, true);
  });

  it('without a shared map each copy asks for itself (what the map saves)', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    seedImage(src.repository('a'), 'a1', { layers: ['base', 'a1'], tag: '1' });
    seedImage(src.repository('b'), 'b1', { layers: ['base', 'b1'], tag: '1' });
    await copy(endpoint(src.repository('a'), '1'), [endpoint(dst.repository('m/a'), '1')]);
    await copy(endpoint(src.repository('b'), '1'), [endpoint(dst.repository('m/b'), '1')]);
    const baseDigest = [...dst.blobs].find(([, data]) => data.equals(Buffer.from('base')))![0];
    assert.equal(dst.calls.filter((c) => c.ref.startsWith(baseDigest) && c.op === 'writeBlob').length, 2);
  });
});

describe('mount hints', () => {
  it('a hinted sibling is mounted from instead of uploading; the bytes saved are counted', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    seedImage(src.repository('a'), 'a1', { layers: ['base-layer', 'a1'], tag: '1' });
    seedImage(src.repository('b'), 'b1', { layers: ['base-layer', 'b1'], tag: '1' });
    await copy(endpoint(src.repository('a'), '1'), [endpoint(dst.repository('m/a'), '1')]);
    const baseDigest = [...dst.blobs].find(([, data]) => data.equals(Buffer.from('base-layer')))![0];
    const asked: string[] = [];
    const mountHints: MountHints = (digest, target) => {
      asked.push(`${digest} ${target.name}`);
      return digest === baseDigest ? dst.repository('m/a') : undefined;
    };
    dst.calls.length = 0;
    const result = await copy(endpoint(src.repository('b'), '1'), [endpoint(dst.repository('m/b'), '1')], { mountHints });
    const target = result.targets[0]!;
    assert.equal(target.status, 'copied');
    assert.equal(target.blobs.mounted, 1);
    assert.equal(target.blobs.uploaded, 2, 'config and own layer');
    assert.ok(target.bytesSaved >= 'base-layer'.length);
    assert.deepEqual(
      dst.calls.filter((c) => c.ref.startsWith(baseDigest)).map((c) => `${c.op} ${c.store}`),
      ['mountBlob m/b'],
    );
    assert.ok(asked.includes(`${baseDigest} ${dst.repository('m/b').name}`), asked.join('\n'));
  });

  it('a stale hint costs one mount and falls back to the upload', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    seedImage(src.repository('b'), 'b1', { layers: ['base-layer', 'b1'], tag: '1' });
    const result = await copy(endpoint(src.repository('b'), '1'), [endpoint(dst.repository('m/b'), '1')], {
      mountHints: () => dst.repository('m/gone'),
    });
    const target = result.targets[0]!;
    assert.equal(target.status, 'copied');
    assert.deepEqual(target.blobs, { mounted: 0, existing: 0, uploaded: 3 });
    assert.equal(dst.calls.filter((c) => c.op === 'mountBlob').length, 3);
  });

  it('a hint naming the target itself, or another registry, is not used', async () => {
    const src = new MemoryRegistry('src.example');
    const dst = new MemoryRegistry('dst.example');
    const other = new MemoryRegistry('other.example');
    seedImage(src.repository('b'), 'b1', { layers: ['x'], tag: '1' });
    for (const hint of [dst.repository('m/b'), other.repository('m/a')]) {
      dst.calls.length = 0;
      const result = await copy(endpoint(src.repository('b'), '1'), [endpoint(dst.repository('m/b'), `t-${hint.location}`)], {
        mountHints: () => hint,
      });
      assert.equal(result.targets[0]!.status, 'copied');
      assert.equal(dst.calls.filter((c) => c.op === 'mountBlob').length, 0);
    }
  });
});
