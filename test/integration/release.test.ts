// Release tags against a real registry: floating tags only move forward, decided from the repository's own tag list
// (all pages), and `overwrite: never` keeps published tags where they are.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hoist } from '../support/hoist.ts';
import { getManifest, listTags, pushImage } from '../support/images.ts';
import { openSession } from '../support/registry-client.ts';
import { startRegistry, type RegistryHandle } from '../support/registry.ts';
import { parseFloatingTags } from '../../src/tags/release-tags.ts';
import { parseVersion } from '../../src/tags/version.ts';

const release = (version: string, floating = '') => ({ version: parseVersion(version), floating: parseFloatingTags(floating) });

describe('release tags that only move forward', () => {
  let reg: RegistryHandle;
  before(async () => {
    reg = await startRegistry();
  });
  after(async () => {
    await reg?.stop();
  });

  async function digestAt(repo: string, tag: string): Promise<string | undefined> {
    const m = await getManifest(reg, repo, tag);
    return m.status === 200 ? m.digest : undefined;
  }

  for (const prefix of ['v', '']) {
    it(`a sequence of releases (${prefix ? 'with' : 'without'} a v) moves v1.0, v1 and latest only forward`, async () => {
      const repo = `seq${prefix || 'plain'}/app`;
      const builds = new Map<string, string>();
      const steps: Array<{ version: string; moved: string[]; kept: string[] }> = [
        { version: '1.0.0', moved: ['1.0.0', '1.0', '1', 'latest'], kept: [] },
        { version: '1.1.0', moved: ['1.1.0', '1.1', '1', 'latest'], kept: [] },
        { version: '1.0.5', moved: ['1.0.5', '1.0'], kept: ['1', 'latest'] },
        { version: '1.2.0-rc.1', moved: ['1.2.0-rc.1'], kept: [] },
        { version: '1.2.0', moved: ['1.2.0', '1.2', '1', 'latest'], kept: [] },
        { version: '0.3.1', moved: ['0.3.1', '0.3'], kept: ['latest'] },
      ];
      for (const step of steps) {
        const version = `${prefix}${step.version}`;
        const image = await pushImage(reg, `ci/${repo}`, `build-${step.version}`, { seed: `release-${repo}-${step.version}`, layers: 1 });
        builds.set(step.version, image.digest);
        const run = await hoist(`${reg.host}/ci/${repo}:build-${step.version}`, [`${reg.host}/${repo}`], { release: release(version) });
        const byTag = new Map(run.result.targets.map((t) => [t.target.slice(t.target.lastIndexOf(':') + 1), t]));
        for (const tag of step.moved.map((t) => (t === 'latest' ? t : `${prefix}${t}`))) {
          assert.equal(byTag.get(tag)?.status, 'copied', `${version}: ${tag} moves\n${JSON.stringify(run.result.targets)}`);
          assert.equal(await digestAt(repo, tag), image.digest, `${version}: ${tag} points at the new build`);
        }
        for (const tag of step.kept.map((t) => (t === 'latest' ? t : `${prefix}${t}`))) {
          assert.equal(byTag.get(tag)?.status, 'skipped', `${version}: ${tag} stays`);
          assert.match(byTag.get(tag)!.reason!, /stays at/);
        }
        if (step.version.startsWith('0.')) {
          assert.equal(byTag.get(`${prefix}0`)?.status, 'skipped', 'no major tag for 0.y.z');
          assert.equal(await digestAt(repo, `${prefix}0`), undefined);
        }
        assert.ok(!run.result.targets.some((t) => t.status === 'failed'), JSON.stringify(run.result.targets));
      }
      assert.equal(await digestAt(repo, `${prefix}1`), builds.get('1.2.0'));
      assert.equal(await digestAt(repo, `${prefix}1.0`), builds.get('1.0.5'));
      assert.equal(await digestAt(repo, 'latest'), builds.get('1.2.0'));
    });
  }

  it('reads every page of a repository with more than a thousand tags, ignoring non-version tags', async () => {
    const repo = 'paged/app';
    const newest = await pushImage(reg, repo, 'v3.0.0', { seed: 'paged-newest', layers: 1 });
    const session = openSession(reg);
    // 1,100 tags that sort after every version on the first page: nightly builds, and no versions among them.
    const tags = Array.from({ length: 1100 }, (_, i) => `nightly-${String(i).padStart(4, '0')}`);
    for (let i = 0; i < tags.length; i += 50) {
      await Promise.all(
        tags
          .slice(i, i + 50)
          .map((tag) =>
            session.expect(
              { method: 'PUT', path: `/v2/${repo}/manifests/${tag}`, headers: { 'content-type': newest.mediaType }, body: newest.manifest },
              201,
            ),
          ),
      );
    }
    // The highest version sorts last: on the second page of a 1000-tag listing.
    await session.expect(
      { method: 'PUT', path: `/v2/${repo}/manifests/v9.0.0`, headers: { 'content-type': newest.mediaType }, body: newest.manifest },
      201,
    );
    assert.ok((await listTags(reg, repo)).tags.length > 1000);
    const older = await pushImage(reg, 'ci/paged', 'b', { seed: 'paged-older', layers: 1 });
    const run = await hoist(`${reg.host}/ci/paged:b`, [`${reg.host}/${repo}`], { release: release('v4.0.0') });
    const latest = run.result.targets.find((t) => t.target.endsWith(':latest'))!;
    assert.equal(latest.status, 'skipped', 'v9.0.0 on the second page is newer');
    assert.match(latest.reason!, /v9\.0\.0/);
    assert.equal(await digestAt(repo, 'v4.0.0'), older.digest);
  });

  it('overwrite never: the same bytes are unchanged, other bytes fail that target while the others complete', async () => {
    const first = await pushImage(reg, 'ci/immutable', 'a', { seed: 'immutable-a', layers: 1 });
    const second = await pushImage(reg, 'ci/immutable', 'b', { seed: 'immutable-b', layers: 1 });
    const targets = [`${reg.host}/prod/one:v1.2.3`, `${reg.host}/prod/two:v1.2.3`];
    await hoist(`${reg.host}/ci/immutable:a`, [targets[0]!], { overwrite: 'never' });
    const same = await hoist(`${reg.host}/ci/immutable:a`, [targets[0]!], { overwrite: 'never' });
    assert.equal(same.result.targets[0]!.status, 'unchanged');
    const other = await hoist(`${reg.host}/ci/immutable:b`, targets, { overwrite: 'never' });
    const [one, two] = other.result.targets;
    assert.equal(one!.status, 'failed');
    assert.match(one!.error!, /v1\.2\.3 already points at sha256:[0-9a-f]{64}; overwrite is never/);
    assert.equal(two!.status, 'copied');
    assert.equal(await digestAt('prod/one', 'v1.2.3'), first.digest, 'the published tag did not move');
    assert.equal(await digestAt('prod/two', 'v1.2.3'), second.digest);
  });

  it('a dry run shows which tags would move and which would stay, writing nothing', async () => {
    await pushImage(reg, 'ci/dry', 'x', { seed: 'dry-x', layers: 1 });
    await pushImage(reg, 'dry/app', 'v5.0.0', { seed: 'dry-existing', layers: 1 });
    await reg.settle();
    reg.clearRequests();
    const run = await hoist(`${reg.host}/ci/dry:x`, [`${reg.host}/dry/app`], { release: release('v4.1.0'), dryRun: true });
    const statuses = Object.fromEntries(run.result.targets.map((t) => [t.target.slice(t.target.lastIndexOf(':') + 1), t.status]));
    assert.deepEqual(statuses, { 'v4.1.0': 'planned', 'v4.1': 'planned', v4: 'planned', latest: 'skipped' });
    await reg.settle();
    assert.deepEqual(
      reg.requests().filter((r) => ['PUT', 'POST', 'PATCH', 'DELETE'].includes(r.method)),
      [],
    );
  });
});
