// hoist sync against real registries: a fleet of 1,000 tags in 10 repositories (plan, dry run, shards, re-run),
// shared blobs once per registry and remembered across runs, the pull allowance (headers injected by the fault
// proxy, as distribution sends none), prune, and bad configs through the CLI.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { Logger } from '../../src/log.ts';
import { BlobLocations } from '../../src/sync/blob-locations.ts';
import { parseSyncConfig } from '../../src/sync/config.ts';
import { runSync, type SyncOptions, type SyncPlan, type SyncResult } from '../../src/sync/run.ts';
import { runCli } from '../support/cli.ts';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.ts';
import { fleetBase, fleetTag, putManifest, seedFleet, type FleetRepository } from '../support/fleet.ts';
import { headManifest, listTags, pushImage, pushIndex, sha256Digest } from '../support/images.ts';
import { openSession } from '../support/registry-client.ts';
import { credentials, startRegistry, type RegistryHandle, type RequestLogEntry } from '../support/registry.ts';

const execFileAsync = promisify(execFile);
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SEED = 'sync-fleet';
const REPOS = Array.from({ length: 10 }, (_, i) => `fleet/r${i}`);

function quietLogger(lines: string[] = []): Logger {
  return {
    debug: () => undefined,
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
  };
}

function options(configText: string, extra: Partial<SyncOptions> = {}): SyncOptions {
  return {
    config: parseSyncConfig(configText, 'mirror.yml'),
    credentials: { dockerConfigDir: '/nonexistent-hoist-test-config' },
    insecureRegistries: new Set(),
    logger: quietLogger(),
    secret: () => undefined,
    // As many attempts as the product makes: shards writing one blob at once can meet a registry's transient 500.
    retry: { attempts: 5, baseDelayMs: 10, maxDelayMs: 100 },
    ...extra,
  };
}

async function logOf(registry: RegistryHandle): Promise<RequestLogEntry[]> {
  await registry.settle();
  return registry.requests();
}

/** Blob uploads completed for `digest` (the closing PUT names it). */
function uploadsOf(log: readonly RequestLogEntry[], digest: string): number {
  const hex = digest.slice('sha256:'.length);
  return log.filter((r) => r.method === 'PUT' && r.path.includes('/blobs/uploads/') && r.uri.includes(hex) && r.status === 201).length;
}

function tagsWith(result: SyncResult, status: string): string[] {
  return result.repositories.flatMap((r) => r.tags.filter((t) => t.status === status).map((t) => `${r.target}:${t.tag}`));
}

describe('hoist sync', () => {
  let src: RegistryHandle;
  let dst: RegistryHandle;
  let fleet: FleetRepository[];
  let dir: string;
  let seeding = 0;
  before(async () => {
    [src, dst] = await Promise.all([startRegistry(), startRegistry()]);
    dir = await mkdtemp(join(tmpdir(), 'hoist-sync-test-'));
    const started = Date.now();
    fleet = await seedFleet(src, {
      repositories: REPOS,
      tagsPerRepository: 100,
      imagesPerRepository: 50,
      blobSetsPerRepository: 5,
      seed: SEED,
    });
    seeding = Date.now() - started;
  });
  after(async () => {
    await Promise.all([src?.stop(), dst?.stop(), rm(dir, { recursive: true, force: true })]);
  });

  describe('a fleet of 1,000 tags in 10 repositories', () => {
    // r0..r8 every tag; r9 through filters: versions 1.3 and up below 2, no pre-releases, no "v" tags.
    const config = (): string => `
defaults: { concurrency: 4, referrers: false }
sync:
  - source: ${src.host}/fleet
    target: ${dst.host}/mirror
    repositories: [${REPOS.slice(0, 9)
      .map((r) => r.slice('fleet/'.length))
      .join(', ')}]
  - source: ${src.host}/fleet/r9
    target: ${dst.host}/mirror/r9
    tags: { semver: ">=1.3 <2", exclude: "^v" }
`;
    // Written out independently of src/sync: the tags the r9 entry's filters keep.
    const r9Tags = (): string[] =>
      Array.from({ length: 100 }, (_, i) => fleetTag(i)).filter((t) => {
        const m = /^1\.(\d+)\.\d+$/.exec(t);
        return m !== null && Number(m[1]) >= 3;
      });
    const expected = (): Map<string, Map<string, string>> => {
      const want = new Map<string, Map<string, string>>();
      for (const repo of fleet) {
        const name = repo.name.replace('fleet/', 'mirror/');
        const keep = repo.name === 'fleet/r9' ? new Set(r9Tags()) : undefined;
        want.set(name, new Map([...repo.tags].filter(([tag]) => !keep || keep.has(tag)).map(([tag, image]) => [tag, image.digest])));
      }
      return want;
    };
    const selectedCount = (): number => [...expected().values()].reduce((n, m) => n + m.size, 0);

    it('--plan 4 prints the matrix; the shards cover every image once and are balanced by bytes', async () => {
      const file = join(dir, 'fleet.yml');
      await writeFile(file, config());
      assert.ok(seeding < 30_000, `seeding 1,000 tags took ${seeding} ms`);
      const cli = await runCli(['sync', file, '--plan', '4', '--json']);
      assert.equal(cli.code, 0, cli.stderr);
      const plan = JSON.parse(cli.stdout) as SyncPlan;
      assert.deepEqual(plan.matrix, { include: ['1/4', '2/4', '3/4', '4/4'].map((shard) => ({ shard })) });
      assert.match(cli.stderr, /shard 1\/4: \d+ tags/);
      assert.equal(plan.unchanged, 0);
      assert.equal(
        plan.items.reduce((n, i) => n + i.tags.length, 0),
        selectedCount(),
      );
      assert.equal(
        plan.shards.reduce((n, s) => n + s.items, 0),
        plan.items.length,
      );
      assert.equal(new Set(plan.items.map((i) => i.key)).size, plan.items.length);
      const bytes = plan.shards.map((s) => s.bytes);
      const mean = bytes.reduce((a, b) => a + b, 0) / bytes.length;
      for (const b of bytes) assert.ok(Math.abs(b - mean) <= 0.25 * mean, `shard bytes ${bytes.join(', ')} within ±25% of ${mean}`);
      const log = await logOf(dst);
      assert.deepEqual(
        log.filter((r) => WRITES.has(r.method)),
        [],
        'planning writes nothing',
      );
    });

    it('--dry-run lists every selected tag to copy and writes nothing, in bounded memory', async (t) => {
      dst.clearRequests();
      const file = join(dir, 'fleet.yml');
      // A process of its own, to read its peak memory: the dry run lists, HEADs and reads every manifest to copy.
      const script = `import { main } from ${JSON.stringify(new URL('../../src/cli/index.ts', import.meta.url).href)};
process.exitCode = await main(process.argv.slice(2));
process.stderr.write('maxrss-kib ' + process.resourceUsage().maxRSS + '\\n');`;
      await writeFile(file, config());
      const runner = join(dir, 'run-cli.mjs');
      await writeFile(runner, script);
      const child = await execFileAsync(process.execPath, [runner, 'sync', file, '--dry-run', '--json'], {
        env: { ...process.env, DOCKER_CONFIG: '/nonexistent-hoist-test-config' },
        maxBuffer: 64 * 1024 * 1024,
      });
      const result = JSON.parse(child.stdout) as SyncResult;
      assert.equal(result.dryRun, true);
      assert.equal(result.totals.copied, selectedCount());
      assert.equal(tagsWith(result, 'planned').length, selectedCount());
      assert.equal(result.repositories.find((r) => r.target.endsWith('mirror/r9'))!.excluded, 100 - r9Tags().length);
      const rss = Number(/maxrss-kib (\d+)/.exec(child.stderr)?.[1]);
      assert.ok(rss > 0 && rss < 200 * 1024, `peak RSS ${Math.round(rss / 1024)} MiB`);
      t.diagnostic(`dry run of 1,000 tags: peak RSS ${Math.round(rss / 1024)} MiB`);
      assert.deepEqual(
        (await logOf(dst)).filter((r) => WRITES.has(r.method)),
        [],
      );
    });

    it('four shards copy every selected tag exactly once, and the target then holds each at the source digest', async () => {
      // As a matrix runs them: at once, each surveying while the others copy.
      const results = await Promise.all([1, 2, 3, 4].map((index) => runSync(options(config(), { shard: { index, count: 4 } }))));
      const copiedBy = new Map<string, number>();
      results.forEach((result, i) => {
        assert.deepEqual(result.failures, []);
        assert.equal(result.shard, `${i + 1}/4`);
        for (const key of tagsWith(result, 'copied')) copiedBy.set(key, (copiedBy.get(key) ?? 0) + 1);
      });
      assert.equal(copiedBy.size, selectedCount());
      assert.ok([...copiedBy.values()].every((n) => n === 1));
      for (const [repo, tags] of expected()) {
        const listed = await listTags(dst, repo);
        assert.deepEqual(listed.tags.sort(), [...tags.keys()].sort(), repo);
      }
      // The harness's own client, not ours: every tag holds the source digest.
      const checks = [...expected()].flatMap(([repo, tags]) => [...tags].map(([tag, digest]) => ({ repo, tag, digest })));
      for (let i = 0; i < checks.length; i += 50) {
        await Promise.all(
          checks.slice(i, i + 50).map(async ({ repo, tag, digest }) => {
            assert.equal((await headManifest(dst, repo, tag)).digest, digest, `${repo}:${tag}`);
          }),
        );
      }
    });

    it('a re-run writes nothing and costs one HEAD per tag on each side plus the tag-list pages', async (t) => {
      await Promise.all([src.settle(), dst.settle()]);
      src.clearRequests();
      dst.clearRequests();
      const started = Date.now();
      const result = await runSync(options(config()));
      const wall = Date.now() - started;
      assert.equal(result.totals.unchanged, selectedCount());
      assert.equal(result.totals.copied, 0);
      const [sourceLog, targetLog] = await Promise.all([logOf(src), logOf(dst)]);
      assert.deepEqual(
        targetLog.filter((r) => WRITES.has(r.method)),
        [],
      );
      const manifestGets = [...sourceLog, ...targetLog].filter((r) => r.method === 'GET' && r.path.includes('/manifests/'));
      assert.deepEqual(manifestGets, [], 'no manifest is read (Docker Hub would count each GET as a pull)');
      const pages = [...sourceLog, ...targetLog].filter((r) => r.path.endsWith('/tags/list')).length;
      const probes = [...sourceLog, ...targetLog].filter((r) => r.path === '/v2/').length;
      assert.equal(pages, 20, 'one page per repository on each side');
      assert.ok(probes <= 4, `${probes} probes`);
      assert.equal(sourceLog.length + targetLog.length - pages - probes, 2 * selectedCount(), 'one HEAD per tag on each side');
      assert.ok(wall < 20_000, `re-run took ${wall} ms`);
      t.diagnostic(`re-run of 1,000 unchanged tags: ${wall} ms, ${sourceLog.length + targetLog.length} requests`);
    });
  });

  it('a blob crosses the wire once per target registry, and remembered locations let a new repository mount it', async () => {
    const dst2 = await startRegistry();
    try {
      const base = sha256Digest(fleetBase(SEED));
      const entry = (repos: string[], target: string): string => `
sync:
  - source: ${src.host}/fleet
    target: ${dst2.host}/${target}
    repositories: [${repos.join(', ')}]
    tags: { latest: 3 }
`;
      const locations = new BlobLocations();
      // Two repositories in one run: the first uploads the shared base layer, the second mounts it.
      const first = await runSync(options(entry(['r0', 'r3'], 'm'), { blobLocations: locations }));
      assert.deepEqual(first.failures, []);
      assert.equal(uploadsOf(await logOf(dst2), base), 1);
      assert.equal(locations.find(dst2.host, base) !== undefined, true);

      // Saved and read back, as the action's cache does.
      const file = join(dir, 'blob-locations.json');
      await writeFile(file, locations.toJSON());
      const restored = BlobLocations.parse(await readFile(file, 'utf8'));
      assert.equal(restored.problem, undefined);
      dst2.clearRequests();
      const remembered = await runSync(options(entry(['r1'], 'm'), { blobLocations: restored.locations }));
      const withMemory = await logOf(dst2);
      dst2.clearRequests();
      const forgotten = await runSync(options(entry(['r2'], 'n')));
      const without = await logOf(dst2);
      assert.deepEqual([remembered.failures, forgotten.failures], [[], []]);
      assert.equal(uploadsOf(withMemory, base), 0, 'remembered: mounted from a sibling');
      assert.ok(
        withMemory.some((r) => r.method === 'POST' && r.uri.includes('mount=') && r.uri.includes('from=m%2Fr') && r.status === 201),
        'a mount from m/r0 or m/r3',
      );
      assert.equal(uploadsOf(without, base), 1, 'not remembered: uploaded');
      const saved = remembered.totals.bytes < forgotten.totals.bytes;
      assert.ok(saved, `bytes moved with memory ${remembered.totals.bytes}, without ${forgotten.totals.bytes}`);
      assert.ok(remembered.totals.bytesSaved >= fleetBase(SEED).length);
    } finally {
      await dst2.stop();
    }
  });

  describe('the pull allowance', () => {
    let proxy: FaultProxy;
    before(async () => {
      proxy = await startFaultProxy(src);
      for (let i = 0; i < 5; i++) await pushImage(src, 'rl/app', `1.0.${i}`, { seed: `sync-rl-${i}`, layers: 1, layerSize: 2048 });
      // distribution sends no allowance: the proxy adds Docker Hub's headers to every answer.
      proxy.addRule({
        match: {},
        action: { addResponseHeaders: { 'ratelimit-limit': '100;w=21600', 'ratelimit-remaining': '13;w=21600' } },
      });
    });
    after(async () => {
      await proxy?.stop();
    });

    it('stops before exhausting it, reports what waits for the next run, succeeds; --strict fails', async () => {
      const file = join(dir, 'rl.yml');
      await writeFile(file, `sync:\n  - source: ${proxy.host}/rl/app\n    target: ${dst.host}/rl/app\n`);
      proxy.requests.length = 0;
      const run = await runCli(['sync', file, '--json']);
      assert.equal(run.code, 0, run.stderr);
      const result = JSON.parse(run.stdout) as SyncResult;
      assert.equal(result.rateLimited?.registry, proxy.host);
      assert.equal(result.rateLimited?.remaining, 13);
      assert.equal(result.totals.copied, 1);
      assert.equal(result.totals.deferred, 4);
      assert.match(run.stderr, /13 pulls left.*4 tags wait for the next run/);
      // Manifests served (a 404 of the referrers tag scheme's lookups pulls nothing): the sizing read and the copy's.
      const gets = proxy.requests.filter((r) => r.method === 'GET' && r.uri.includes('/manifests/') && r.status === 200).length;
      assert.ok(gets <= 3, `${gets} manifest GETs, with 13 left and 10 in reserve`);

      const strict = await runCli(['sync', file, '--strict']);
      assert.equal(strict.code, 1, strict.stdout + strict.stderr);
      assert.match(strict.stdout, /1 copied, 1 unchanged, 3 skipped, 0 failed/);
    });
  });

  it('an entry’s platforms select from an index; a re-run finds the selection already there and writes nothing', async () => {
    const index = await pushIndex(src, 'pl/app', '1.0', { seed: 'sync-platforms', layers: 1, layerSize: 1024 });
    const amd64 = index.children.find((c) => c.platform.architecture === 'amd64')!;
    const text = `sync:\n  - source: ${src.host}/pl/app\n    target: ${dst.host}/pl/app\n    platforms: linux/amd64\n    referrers: false\n`;
    const first = await runSync(options(text));
    assert.deepEqual(first.failures, []);
    assert.equal(first.totals.copied, 1);
    // One platform: its own manifest goes up, with its own digest.
    assert.equal((await headManifest(dst, 'pl/app', '1.0')).digest, amd64.digest);
    dst.clearRequests();
    const again = await runSync(options(text));
    assert.deepEqual([again.totals.copied, again.totals.unchanged], [0, 1]);
    assert.deepEqual(
      (await logOf(dst)).filter((r) => WRITES.has(r.method)),
      [],
    );
  });

  it('a tag that fails is listed and exits 1; the other tags complete', async () => {
    const proxy = await startFaultProxy(src);
    try {
      const images = [];
      for (const tag of ['1', '2', '3'])
        images.push(await pushImage(src, 'pf/app', tag, { seed: `sync-pf-${tag}`, layers: 1, layerSize: 1024 }));
      const broken = images[1]!.layers[0]!.digest;
      proxy.addRule({ match: { method: 'GET', path: new RegExp(`/blobs/${broken}$`) }, action: { respond: { status: 404 } } });
      const file = join(dir, 'pf.yml');
      await writeFile(file, `sync:\n  - source: ${proxy.host}/pf/app\n    target: ${dst.host}/pf/app\n`);
      const run = await runCli(['sync', file]);
      assert.equal(run.code, 1, run.stdout + run.stderr);
      assert.match(run.stdout, new RegExp(`${dst.host}/pf/app\\s+2\\s+0\\s+0\\s+1\\s`));
      assert.match(run.stdout, new RegExp(`failed: ${dst.host}/pf/app:2: .*${broken}`));
      assert.deepEqual((await listTags(dst, 'pf/app')).tags.sort(), ['1', '3']);
    } finally {
      await proxy.stop();
    }
  });

  it('prune deletes the tags the selection dropped, except those sharing a digest with a kept tag; --dry-run only lists them', async () => {
    const one = await pushImage(src, 'p/app', '1.0', { seed: 'sync-prune-1', layers: 1, layerSize: 1024 });
    const two = await pushImage(src, 'p/app', '1.1', { seed: 'sync-prune-2', layers: 1, layerSize: 1024 });
    const old = await pushImage(dst, 'p/app', 'old', { seed: 'sync-prune-old', layers: 1, layerSize: 1024 });
    await putManifest(openSession(dst), 'p/app', 'old-alias', old);
    await pushImage(dst, 'p/app', 'alias', { seed: 'sync-prune-2', layers: 1, layerSize: 1024 });
    const text = `sync:\n  - source: ${src.host}/p/app\n    target: ${dst.host}/p/app\n    tags: { include: "^1\\\\." }\n    prune: true\n`;
    dst.clearRequests();
    const dry = await runSync(options(text, { dryRun: true }));
    const planned = dry.repositories[0]!.prune!;
    assert.deepEqual(planned.deleted, ['old', 'old-alias']);
    assert.deepEqual(
      planned.kept.map((k) => k.tag),
      ['alias'],
    );
    assert.match(planned.kept[0]!.reason, new RegExp(`${two.digest}.*kept tag 1\\.1`));
    assert.deepEqual(
      (await logOf(dst)).filter((r) => WRITES.has(r.method)),
      [],
    );

    const real = await runSync(options(text));
    assert.deepEqual(real.failures, []);
    assert.deepEqual(real.repositories[0]!.prune!.deleted, ['old', 'old-alias']);
    assert.deepEqual((await listTags(dst, 'p/app')).tags.sort(), ['1.0', '1.1', 'alias']);
    assert.equal((await headManifest(dst, 'p/app', '1.0')).digest, one.digest);
    assert.equal((await headManifest(dst, 'p/app', 'alias')).digest, two.digest);
  });

  it('prune on a registry with bearer tokens: the delete scope the registry asks for is granted and used', async () => {
    const secure = await startRegistry({ auth: 'token' });
    try {
      const creds = credentials(secure);
      await pushImage(src, 'tp/app', '1', { seed: 'sync-token-1', layers: 1, layerSize: 1024 });
      await pushImage(secure, 'tp/app', 'old', { seed: 'sync-token-old', layers: 1, layerSize: 1024, creds });
      const text = `sync:\n  - source: ${src.host}/tp/app\n    target: ${secure.host}/tp/app\n    prune: true\n`;
      const result = await runSync(
        options(text, {
          credentials: { explicit: [{ registry: secure.host, ...creds }], dockerConfigDir: '/nonexistent-hoist-test-config' },
        }),
      );
      assert.deepEqual(result.failures, []);
      assert.deepEqual(result.repositories[0]!.prune!.deleted, ['old']);
      assert.deepEqual((await listTags(secure, 'tp/app', creds)).tags, ['1']);
    } finally {
      await secure.stop();
    }
  });

  it('--plan N prints the matrix alone on stdout; bad configs and options exit 2 with file:line, before any request', async () => {
    const bad = join(dir, 'bad.yml');
    await writeFile(bad, `sync:\n  - source: ${src.host}/fleet/r0\n    target: ${dst.host}/x\n    tags: { include: "([" }\n`);
    src.clearRequests();
    const regex = await runCli(['sync', bad]);
    assert.equal(regex.code, 2);
    assert.match(
      regex.stderr,
      new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:\\d+: "include" regular expression "\\(\\[" is not valid`),
    );

    await writeFile(bad, `sync:\n  - source: ${src.host}/fleet/r0:1.0\n    target: ${dst.host}/x\n`);
    const tagged = await runCli(['sync', bad]);
    assert.equal(tagged.code, 2);
    assert.match(tagged.stderr, /bad\.yml:2:\d+: source ".*fleet\/r0:1\.0" names tag "1\.0"/);

    await writeFile(bad, `sync:\n  - source: ${src.host}/fleet/r0\n    target: ${dst.host}/x\n`);
    const matrix = await runCli(['sync', bad, '--plan', '2']);
    assert.equal(matrix.code, 0, matrix.stderr);
    assert.equal(matrix.stdout, '{"include":[{"shard":"1/2"},{"shard":"2/2"}]}\n');
    src.clearRequests();
    const shard = await runCli(['sync', bad, '--shard', '5/4']);
    assert.equal(shard.code, 2);
    assert.match(shard.stderr, /--shard: shard "5\/4" is outside 1\.\.4/);
    const plan = await runCli(['sync', bad, '--plan', 'x']);
    assert.equal(plan.code, 2);
    assert.match(plan.stderr, /--plan "x" is not a number of shards/);
    const missing = await runCli(['sync', join(dir, 'none.yml')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read the sync config .*none\.yml: ENOENT/);
    assert.deepEqual(await logOf(src), []);
  });
});
