// Releases over the in-memory store: which tags move for a sequence of versions, and `overwrite: never`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyImage } from '../../src/copy/copy.ts';
import { RetryPolicy } from '../../src/retry/policy.ts';
import { releaseEndpoints } from '../../src/tags/release-targets.ts';
import { parseFloatingTags } from '../../src/tags/release-tags.ts';
import { parseVersion } from '../../src/tags/version.ts';
import { MemoryRegistry, type MemoryStore } from '../support/memory-store.ts';
import { seedImage } from '../support/memory-images.ts';

const quiet = { debug: () => undefined, info: () => undefined, warning: () => undefined, error: () => undefined };

async function release(source: MemoryStore, tag: string, target: MemoryStore, version: string, overwrite: 'always' | 'never' = 'always') {
  return copyImage({
    source: { store: source, tag, text: `${source.name}:${tag}` },
    targets: releaseEndpoints(
      [{ store: target, tag: undefined }],
      { version: parseVersion(version), floating: parseFloatingTags('') },
      overwrite,
    ),
    concurrency: 2,
    logger: quiet,
    retry: new RetryPolicy({ settings: { baseDelayMs: 1, maxDelayMs: 2 } }),
  });
}

describe('release tags against the target repository’s own tags', () => {
  it('a sequence of releases moves each floating tag only forward', async () => {
    const ci = new MemoryRegistry('ci.example').repository('app');
    const out = new MemoryRegistry('ghcr.example').repository('app');
    const sequence: Array<[string, Record<string, string>]> = [
      ['v1.0.0', { 'v1.0.0': 'write', 'v1.0': 'write', v1: 'write', latest: 'write' }],
      ['v1.1.0', { 'v1.1.0': 'write', 'v1.1': 'write', v1: 'write', latest: 'write' }],
      ['v1.0.5', { 'v1.0.5': 'write', 'v1.0': 'write', v1: 'skip', latest: 'skip' }],
      ['v1.2.0-rc.1', { 'v1.2.0-rc.1': 'write' }],
      ['v1.2.0', { 'v1.2.0': 'write', 'v1.2': 'write', v1: 'write', latest: 'write' }],
    ];
    const digests = new Map<string, string>();
    for (const [version, expected] of sequence) {
      const image = seedImage(ci, version, { tag: version });
      digests.set(version, image.digest);
      const result = await release(ci, version, out, version);
      const got = Object.fromEntries(
        result.targets
          .filter((t) => t.status !== 'skipped' || expected[t.target.split(':').pop()!] !== undefined)
          .map((t) => [t.target.split(':').pop()!, t.status === 'skipped' ? 'skip' : 'write']),
      );
      for (const [tag, action] of Object.entries(expected))
        assert.equal(got[tag], action, `${version}: ${tag}\n${JSON.stringify(result.targets.map((t) => [t.target, t.status, t.reason]))}`);
      assert.ok(
        result.targets.every((t) => t.status === 'copied' || t.status === 'skipped'),
        version,
      );
    }
    assert.equal(out.tags.get('v1'), digests.get('v1.2.0'));
    assert.equal(out.tags.get('v1.0'), digests.get('v1.0.5'));
    assert.equal(out.tags.get('latest'), digests.get('v1.2.0'));
    const skippedV1 = (await release(ci, 'v1.0.5', out, 'v1.0.5')).targets.find((t) => t.target.endsWith(':v1'))!;
    assert.equal(skippedV1.status, 'skipped');
    assert.match(skippedV1.reason!, /v1 stays at v1\.2\.0/);
  });

  it('overwrite never refuses to move a published version tag, and allows the same bytes again', async () => {
    const ci = new MemoryRegistry('ci.example').repository('app');
    const out = new MemoryRegistry('ghcr.example').repository('app');
    seedImage(ci, 'first', { tag: 'build-1' });
    seedImage(ci, 'second', { tag: 'build-2' });
    await release(ci, 'build-1', out, '2.0.0', 'never');
    const same = await release(ci, 'build-1', out, '2.0.0', 'never');
    assert.equal(same.targets.find((t) => t.target.endsWith(':2.0.0'))!.status, 'unchanged');
    const other = await release(ci, 'build-2', out, '2.0.0', 'never');
    const exact = other.targets.find((t) => t.target.endsWith(':2.0.0'))!;
    assert.equal(exact.status, 'failed');
    assert.match(exact.error!, /2\.0\.0 already points at sha256:[0-9a-f]{64}; overwrite is never/);
    const latest = other.targets.find((t) => t.target.endsWith(':latest'))!;
    assert.equal(latest.status, 'skipped', 'a refused release moves none of its floating tags');
    assert.equal(out.tags.get('latest'), out.tags.get('2.0.0'));
  });
});
