// The bundled sync action (dist/sync/index.js, what sync/action.yml runs), the way the runner runs it, against real
// registries seeded with a small fleet: plan sets the matrix, each shard copies its share and writes `result`, a
// re-run writes nothing, a bad config fails the step with an annotation at its line, and the remembered blob
// locations (no cache service here: the file in RUNNER_TEMP) let a new repository mount what its siblings hold.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { SyncResult } from '../../src/sync/sync-result.ts';
import { fleetBase, seedFleet, type FleetRepository } from '../support/fleet.ts';
import { startFaultProxy } from '../support/fault-proxy.ts';
import { headManifest, listTags, pushImage, sha256Digest } from '../support/images.ts';
import { startRegistry, type RegistryHandle, type RequestLogEntry } from '../support/registry.ts';
import { runAction, SYNC_ACTION_ENTRY, type ActionRun } from '../support/run-action.ts';

const SEED = 'sync-action-fleet';
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describe('the bundled sync action', () => {
  let src: RegistryHandle;
  let dst: RegistryHandle;
  let fleet: FleetRepository[];
  let workspace: string;
  let runnerTemp: string;
  before(async () => {
    [src, dst] = await Promise.all([startRegistry(), startRegistry()]);
    [workspace, runnerTemp] = await Promise.all([
      mkdtemp(join(tmpdir(), 'hoist-sync-action-ws-')),
      mkdtemp(join(tmpdir(), 'hoist-sync-action-tmp-')),
    ]);
    fleet = await seedFleet(src, {
      repositories: ['fleet/a', 'fleet/b', 'fleet/c', 'fleet/e'],
      tagsPerRepository: 12,
      imagesPerRepository: 4,
      blobSetsPerRepository: 2,
      seed: SEED,
    });
  });
  after(async () => {
    await Promise.all([
      src?.stop(),
      dst?.stop(),
      rm(workspace, { recursive: true, force: true }),
      rm(runnerTemp, { recursive: true, force: true }),
    ]);
  });

  const config = (repositories: string[]): string => `# mirrored by the sync action
defaults: { referrers: false, concurrency: 4 }
sync:
  - source: ${src.host}/fleet
    target: ${dst.host}/mirror
    repositories: [${repositories.join(', ')}]
    tags: { exclude: "-rc" }
`;
  /** Tag → digest the config selects per target repository, written out from the seeded fleet. */
  const expected = (repositories: string[]): Map<string, string> => {
    const want = new Map<string, string>();
    for (const repo of fleet.filter((r) => repositories.includes(r.name.slice('fleet/'.length)))) {
      for (const [tag, image] of repo.tags)
        if (!tag.includes('-rc')) want.set(`${dst.host}/${repo.name.replace('fleet/', 'mirror/')}:${tag}`, image.digest);
    }
    return want;
  };
  const sync = (inputs: Record<string, string>): Promise<ActionRun> =>
    runAction(
      { config: 'mirror.yml', ...inputs },
      { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp, GITHUB_RUN_ID: '777', GITHUB_RUN_ATTEMPT: '1' },
      SYNC_ACTION_ENTRY,
    );
  const writesAt = async (registry: RegistryHandle): Promise<RequestLogEntry[]> => {
    await registry.settle();
    return registry.requests().filter((r) => WRITES.has(r.method));
  };
  const tagsWith = (result: SyncResult, status: string): string[] =>
    result.repositories.flatMap((r) => r.tags.filter((t) => t.status === status).map((t) => `${r.target}:${t.tag}`));

  it('plan sets the matrix output and summarises the shards, writing nothing', async () => {
    await writeFile(join(workspace, 'mirror.yml'), config(['a', 'b', 'c']));
    const run = await sync({ plan: '2' });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.deepEqual(JSON.parse(run.outputs['matrix']!), { include: [{ shard: '1/2' }, { shard: '2/2' }] });
    assert.equal(run.outputs['result'], undefined);
    assert.match(run.summary, /hoist sync plan: mirror\.yml/);
    assert.match(run.summary, new RegExp(`${expected(['a', 'b', 'c']).size} tags \\(12 images\\) to copy`));
    assert.deepEqual(await writesAt(dst), []);
  });

  it('each shard copies its share and writes result; together they cover the selection once; a re-run is unchanged', async () => {
    const want = expected(['a', 'b', 'c']);
    const [one, two] = [await sync({ shard: '1/2' }), await sync({ shard: '2/2' })];
    assert.equal(one.code, 0, one.stdout + one.stderr);
    assert.equal(two.code, 0, two.stdout + two.stderr);
    const [r1, r2] = [JSON.parse(one.outputs['result']!) as SyncResult, JSON.parse(two.outputs['result']!) as SyncResult];
    assert.deepEqual([r1.shard, r2.shard], ['1/2', '2/2']);
    const [c1, c2] = [tagsWith(r1, 'copied'), tagsWith(r2, 'copied')];
    assert.ok(c1.length > 0 && c2.length > 0, `both shards had work: ${c1.length} and ${c2.length}`);
    assert.deepEqual(
      c1.filter((t) => c2.includes(t)),
      [],
      'no tag in both shards',
    );
    assert.deepEqual([...c1, ...c2].sort(), [...want.keys()].sort());
    assert.deepEqual(tagsWith(r1, 'elsewhere').sort(), c2.sort(), 'shard 1 names what shard 2 copies');
    for (const [ref, digest] of want) {
      const [, repo, tag] = /^[^/]+\/(.+):([^:]+)$/.exec(ref)!;
      assert.equal((await headManifest(dst, repo!, tag!)).digest, digest, ref);
    }
    // The summary: a row per repository, counts and bytes.
    assert.match(one.summary, /<h2>hoist sync: mirror\.yml \(shard 1\/2\)<\/h2>/);
    for (const r of r1.repositories) {
      assert.ok(
        one.summary.includes(
          `<td><code>${r.target}</code></td><td><code>${r.source}</code></td><td>${r.copied}</td><td>${r.unchanged}</td>`,
        ),
        r.target,
      );
    }
    // No cache service on this machine: the step says so and keeps the file in RUNNER_TEMP.
    assert.match(one.stdout, /::debug::The Actions cache service is not configured/);
    const files = await readdir(join(runnerTemp, 'hoist-sync'));
    assert.equal(files.length, 1, files.join(', '));
    const remembered = JSON.parse(await readFile(join(runnerTemp, 'hoist-sync', files[0]!), 'utf8')) as {
      registries: Record<string, Record<string, string>>;
    };
    assert.equal(remembered.registries[dst.host]?.[sha256Digest(fleetBase(SEED))]?.startsWith('mirror/'), true);

    dst.clearRequests();
    const again = await sync({});
    assert.equal(again.code, 0, again.stdout + again.stderr);
    const rerun = JSON.parse(again.outputs['result']!) as SyncResult;
    assert.deepEqual([rerun.totals.copied, rerun.totals.unchanged, rerun.totals.failed], [0, want.size, 0]);
    assert.deepEqual(await writesAt(dst), [], 're-run writes nothing');
  });

  it('remembered blob locations: a repository added to the config mounts the base layer from a sibling', async () => {
    await writeFile(join(workspace, 'mirror.yml'), config(['a', 'b', 'c', 'e']));
    // A dry run first: e's tags are planned, nothing is written, and the remembered file is left as it was.
    const [file] = await readdir(join(runnerTemp, 'hoist-sync'));
    const before = await readFile(join(runnerTemp, 'hoist-sync', file!), 'utf8');
    dst.clearRequests();
    const dry = await sync({ 'dry-run': 'true' });
    assert.equal(dry.code, 0, dry.stdout + dry.stderr);
    const planned = JSON.parse(dry.outputs['result']!) as SyncResult;
    assert.deepEqual(tagsWith(planned, 'planned').sort(), [...expected(['e']).keys()].sort());
    assert.match(dry.summary, /Dry run, nothing was written: 11 to copy/);
    assert.deepEqual(await writesAt(dst), []);
    assert.equal(await readFile(join(runnerTemp, 'hoist-sync', file!), 'utf8'), before);

    dst.clearRequests();
    const run = await sync({});
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const result = JSON.parse(run.outputs['result']!) as SyncResult;
    const e = result.repositories.find((r) => r.target === `${dst.host}/mirror/e`)!;
    assert.equal(e.copied, expected(['e']).size);
    const base = sha256Digest(fleetBase(SEED)).slice('sha256:'.length);
    await dst.settle();
    const log = dst.requests();
    assert.equal(log.filter((r) => r.method === 'PUT' && r.uri.includes(base)).length, 0, 'the base layer was not uploaded again');
    assert.ok(
      log.some(
        (r) =>
          r.method === 'POST' && r.uri.includes('mount=') && r.uri.includes(base) && r.uri.includes('from=mirror%2F') && r.status === 201,
      ),
    );
    assert.ok(e.bytesSaved >= fleetBase(SEED).length, `bytes saved ${e.bytesSaved}`);
    assert.match(run.summary, /saved by mounts/);
  });

  it('a tag that fails fails the step, listed as an annotation, and the others complete', async () => {
    const proxy = await startFaultProxy(src);
    try {
      const images = [];
      for (const tag of ['1', '2', '3'])
        images.push(await pushImage(src, 'af/app', tag, { seed: `sync-action-af-${tag}`, layers: 1, layerSize: 1024 }));
      const broken = images[1]!.layers[0]!.digest;
      proxy.addRule({ match: { method: 'GET', path: new RegExp(`/blobs/${broken}$`) }, action: { respond: { status: 404 } } });
      await writeFile(
        join(workspace, 'af.yml'),
        `sync:\n  - source: ${proxy.host}/af/app\n    target: ${dst.host}/af/app\n    referrers: false\n`,
      );
      const run = await sync({ config: 'af.yml' });
      assert.equal(run.code, 1, run.stdout + run.stderr);
      assert.match(run.stdout, new RegExp(`^::error::${dst.host}/af/app:2: .*${broken}`, 'm'));
      assert.match(
        run.stdout,
        /^::error::hoist sync: 1 failure \(see above\); 2 copied, 0 unchanged, 0 skipped, 1 failed\. The others completed\./m,
      );
      assert.equal((JSON.parse(run.outputs['result']!) as SyncResult).totals.failed, 1);
      assert.match(run.summary, /<h3>Failures<\/h3>/);
      assert.deepEqual((await listTags(dst, 'af/app')).tags.sort(), ['1', '3']);
    } finally {
      await proxy.stop();
    }
  });

  it('a run stopped by the pull allowance warns and succeeds; with strict the step fails', async () => {
    const proxy = await startFaultProxy(src);
    try {
      for (let i = 0; i < 5; i++) await pushImage(src, 'arl/app', `1.0.${i}`, { seed: `sync-action-rl-${i}`, layers: 1, layerSize: 1024 });
      // distribution sends no allowance: the proxy adds Docker Hub's headers to every answer.
      proxy.addRule({
        match: {},
        action: { addResponseHeaders: { 'ratelimit-limit': '100;w=21600', 'ratelimit-remaining': '13;w=21600' } },
      });
      await writeFile(
        join(workspace, 'rl.yml'),
        `sync:\n  - source: ${proxy.host}/arl/app\n    target: ${dst.host}/arl/app\n    referrers: false\n`,
      );
      const run = await sync({ config: 'rl.yml' });
      assert.equal(run.code, 0, run.stdout + run.stderr);
      const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(warnings[0]!, /13 pulls left.*4 tags wait for the next run/);
      assert.equal((JSON.parse(run.outputs['result']!) as SyncResult).totals.deferred, 4);
      assert.match(run.summary, /\(4 deferred to the next run\)/);
      const strict = await sync({ config: 'rl.yml', strict: 'true' });
      assert.equal(strict.code, 1, strict.stdout + strict.stderr);
      assert.match(
        strict.stdout,
        /::error::hoist sync stopped before exhausting .*pull allowance and strict is set: 3 tags wait for the next run\./,
      );
    } finally {
      await proxy.stop();
    }
  });

  it('a bad config fails the step with an annotation naming file and line, before any registry is asked', async () => {
    await writeFile(
      join(workspace, 'bad.yml'),
      `sync:\n  - source: ${src.host}/fleet/a\n    target: ${dst.host}/x\n    tags: { include: "(unclosed" }\n`,
    );
    src.clearRequests();
    const run = await sync({ config: 'bad.yml', credentials: `${dst.host}=ci:sync-secret-9d1e` });
    assert.equal(run.code, 1);
    // Masked first, and never printed otherwise.
    assert.ok(run.stdout.startsWith('::add-mask::sync-secret-9d1e\n'), run.stdout);
    assert.equal(run.stdout.split('sync-secret-9d1e').length, 2, run.stdout);
    assert.match(run.stdout, /^::error file=bad\.yml,line=4,col=\d+::bad\.yml:4:\d+: .*\(unclosed/m);
    await src.settle();
    assert.deepEqual(src.requests(), []);

    const shard = await sync({ shard: '3/2' });
    assert.equal(shard.code, 1);
    assert.match(shard.stdout, /::error::Input "shard": shard "3\/2" is outside 1\.\.2/);
  });
});
