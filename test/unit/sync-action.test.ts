// The sync action's pure parts: its inputs, the blob-locations cache around a file (the cache service itself is
// not reachable here, so its absence is the path tested), and the job summary.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as core from '@actions/core';
import {
  blobLocationsCache,
  cacheServiceConfigured,
  loadCacheApi,
  readBlobLocations,
  restoreBlobLocations,
  saveBlobLocations,
  type CacheApi,
} from '../../src/action/blob-locations-cache.ts';
import { InputError } from '../../src/action/inputs.ts';
import { parseSyncInputs } from '../../src/action/sync-inputs.ts';
import { addSyncSummary, MAX_LISTED_TAGS, MAX_LISTED_TAGS_IN_ALL, OPEN_REPOSITORIES } from '../../src/action/sync-summary.ts';
import type { Logger } from '../../src/log.ts';
import { BlobLocations } from '../../src/sync/blob-locations.ts';
import type { SyncRepositoryResult, SyncResult, SyncTagResult } from '../../src/sync/sync-result.ts';

const reader =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? '';

function problemsOf(values: Record<string, string>): readonly string[] {
  try {
    parseSyncInputs(reader(values), '/ws');
  } catch (error) {
    assert.ok(error instanceof InputError, String(error));
    return error.problems;
  }
  assert.fail('expected input problems');
}

describe('the sync action’s inputs', () => {
  it('reads config (relative to the workspace), shard, plan and the switches', () => {
    const inputs = parseSyncInputs(reader({ config: '.github/mirror.yml', shard: ' 2/4 ', strict: 'true' }), '/ws');
    assert.deepEqual(inputs.config, { text: '.github/mirror.yml', path: '/ws/.github/mirror.yml' });
    assert.deepEqual(inputs.shard, { index: 2, count: 4 });
    assert.equal(inputs.plan, undefined);
    assert.deepEqual([inputs.dryRun, inputs.strict], [false, true]);
    assert.equal(parseSyncInputs(reader({ config: '/abs/m.yml', plan: '3' }), '/ws').plan, 3);
    assert.equal(parseSyncInputs(reader({ config: '/abs/m.yml' }), '/ws').config.path, '/abs/m.yml');
  });

  it('credentials share the main action’s grammar; insecure registries are normalised', () => {
    const inputs = parseSyncInputs(
      reader({ config: 'm.yml', credentials: 'ghcr.io=bot:p=a:ss\n', 'insecure-registries': 'LOCALHOST:5000', 'github-token': 'tok' }),
      '/ws',
    );
    assert.deepEqual(inputs.credentials, [{ registry: 'ghcr.io', username: 'bot', password: 'p=a:ss' }]);
    assert.deepEqual([...inputs.insecureRegistries], ['localhost:5000']);
    assert.equal(inputs.githubToken, 'tok');
  });

  it('every problem at once, quoting the value and saying what was expected', () => {
    assert.deepEqual(problemsOf({ shard: '5/4', plan: 'four', 'dry-run': 'maybe', credentials: 'ghcr.io:secret' }), [
      'Input "config" is required: the sync config file, relative to the workspace, e.g. .github/mirror.yml.',
      'Input "shard": shard "5/4" is outside 1..4; expected I/N with I from 1 to 4, e.g. 1/4.',
      'Input "plan": "four" is not a number of shards; expected e.g. 4.',
      'Inputs "plan" ("four") and "shard" ("5/4") were both given; they go in different jobs: plan prints the matrix, shard syncs one part of it.',
      'Input "dry-run" is "maybe"; expected true or false.',
      'Input "credentials" line 1 "ghcr.io…" is not registry=username:password.',
    ]);
    assert.deepEqual(problemsOf({ config: 'm.yml', plan: '0' }), [
      'Input "plan": shard "1/0" names 0 shards; expected from 1 to 256, as a workflow matrix runs.',
    ]);
  });
});

describe('the blob locations cache', () => {
  let dir: string;
  const lines: string[] = [];
  const logger: Logger = {
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
  };
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hoist-blob-cache-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keys: one prefix per config and set of target registries, a key of its own per run', () => {
    const a = blobLocationsCache('.github/mirror.yml', ['ghcr.io', 'quay.io', 'ghcr.io'], '42-1-1of4', dir);
    const b = blobLocationsCache('.github/mirror.yml', ['quay.io', 'ghcr.io'], '42-1-2of4', dir);
    const c = blobLocationsCache('.github/mirror.yml', ['ghcr.io'], '42-1-1of4', dir);
    assert.equal(a.prefix, b.prefix, 'the order and repeats of registries do not matter');
    assert.equal(a.file, b.file);
    assert.notEqual(a.key, b.key);
    assert.notEqual(a.prefix, c.prefix, 'other target registries start afresh');
    assert.match(a.prefix, /^hoist-sync-blobs-v1-\.github\/mirror\.yml-[0-9a-f]{16}-$/);
    assert.equal(a.key, `${a.prefix}42-1-1of4`);
    assert.ok(!blobLocationsCache('a,b c.yml', [], 'x,y', dir).key.includes(','), 'cache keys may not hold commas');
  });

  it('the service is configured by ACTIONS_CACHE_URL or ACTIONS_RESULTS_URL; without them @actions/cache is not loaded', async () => {
    assert.equal(cacheServiceConfigured({}), false);
    assert.equal(cacheServiceConfigured({ ACTIONS_CACHE_URL: 'http://127.0.0.1:9/' }), true);
    assert.equal(cacheServiceConfigured({ ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' }), true);
    const saved = [process.env['ACTIONS_CACHE_URL'], process.env['ACTIONS_RESULTS_URL']];
    delete process.env['ACTIONS_CACHE_URL'];
    delete process.env['ACTIONS_RESULTS_URL'];
    try {
      assert.equal(await loadCacheApi(), undefined);
    } finally {
      if (saved[0] !== undefined) process.env['ACTIONS_CACHE_URL'] = saved[0];
      if (saved[1] !== undefined) process.env['ACTIONS_RESULTS_URL'] = saved[1];
    }
  });

  it('no cache service: a debug line, the file alone carries the memory (written, then read back the same)', async () => {
    const place = blobLocationsCache('mirror.yml', ['ghcr.io'], 'run-1', dir);
    const none = (): Promise<CacheApi | undefined> => Promise.resolve(undefined);
    lines.length = 0;
    const first = await restoreBlobLocations(place, logger, none);
    assert.equal(first.size, 0, 'no file yet: an empty memory');
    assert.ok(
      lines.some((l) => /^debug: The Actions cache service is not configured .*: no cache;/.test(l)),
      lines.join('\n'),
    );
    const digest = `sha256:${'a'.repeat(64)}`;
    first.record('ghcr.io', digest, 'acme/mirror/nginx');
    await saveBlobLocations(place, first, logger, none);
    assert.equal(await readFile(place.file, 'utf8'), first.toJSON(), 'the bytes saved are the memory’s JSON');
    const again = await restoreBlobLocations(place, logger, none);
    assert.equal(again.find('ghcr.io', digest), 'acme/mirror/nginx');
    assert.ok(!lines.some((l) => l.startsWith('warning')), lines.join('\n'));
  });

  it('a damaged file is a warning and an empty memory; a failing service a warning, never a failure', async () => {
    const file = join(dir, 'damaged.json');
    await writeFile(file, '{"version":1,"regis');
    lines.length = 0;
    assert.equal(readBlobLocations(file, logger).size, 0);
    assert.match(lines.join('\n'), /warning: .*damaged\.json: the blob locations file is not JSON/);
    const place = blobLocationsCache('other.yml', ['ghcr.io'], 'run-2', dir);
    const calls: string[] = [];
    // A stand-in for the cache service, which this machine cannot reach: it fails every call, as an outage does.
    const broken = (): Promise<CacheApi> =>
      Promise.resolve({
        isFeatureAvailable: () => true,
        restoreCache: (paths, key, restoreKeys) => {
          calls.push(`restore ${paths.join()} ${key} ${restoreKeys?.join()}`);
          return Promise.reject(new Error('cache service answered 503'));
        },
        saveCache: (paths, key) => {
          calls.push(`save ${paths.join()} ${key}`);
          return Promise.reject(new Error('cache service answered 503'));
        },
      });
    lines.length = 0;
    const memory = await restoreBlobLocations(place, logger, broken);
    await saveBlobLocations(place, memory, logger, broken);
    assert.deepEqual(calls, [`restore ${place.file} ${place.key} ${place.prefix}`, `save ${place.file} ${place.key}`]);
    assert.equal(lines.filter((l) => /^warning: hoist could not (restore|save) .*503/.test(l)).length, 2, lines.join('\n'));
    assert.equal(await readFile(place.file, 'utf8'), new BlobLocations().toJSON(), 'the file is written even so');
  });
});

const digest = (n: number): string => `sha256:${n.toString(16).padStart(64, '0')}`;

function repository(name: string, tags: SyncTagResult[], extra: Partial<SyncRepositoryResult> = {}): SyncRepositoryResult {
  const count = (s: string): number => tags.filter((t) => t.status === s).length;
  return {
    source: `docker.io/library/${name}`,
    target: `ghcr.io/acme/mirror/${name}`,
    line: 3,
    listed: tags.length,
    excluded: 0,
    // As the engine counts them: a dry run's planned tags are its copies.
    copied: count('copied') + count('planned'),
    unchanged: count('unchanged'),
    skipped: count('deferred') + count('elsewhere'),
    failed: count('failed'),
    bytes: tags.reduce((n, t) => n + t.bytes, 0),
    bytesSaved: 0,
    tags,
    prune: undefined,
    ...extra,
  };
}

function syncResult(repositories: SyncRepositoryResult[], extra: Partial<SyncResult> = {}): SyncResult {
  const sum = (pick: (r: SyncRepositoryResult) => number): number => repositories.reduce((n, r) => n + pick(r), 0);
  return {
    dryRun: false,
    shard: undefined,
    repositories,
    totals: {
      copied: sum((r) => r.copied),
      unchanged: sum((r) => r.unchanged),
      skipped: sum((r) => r.skipped),
      failed: sum((r) => r.failed),
      deferred: 0,
      bytes: sum((r) => r.bytes),
      bytesSaved: sum((r) => r.bytesSaved),
    },
    rateLimited: undefined,
    warnings: [],
    failures: [],
    ...extra,
  };
}

function html(result: SyncResult, config = 'mirror.yml'): string {
  core.summary.emptyBuffer();
  try {
    return addSyncSummary(core.summary, result, config, { runUrl: 'https://github.com/acme/ops/actions/runs/9' }).stringify();
  } finally {
    core.summary.emptyBuffer();
  }
}

describe('the sync summary', () => {
  it('a row per repository with its counts and bytes; tags that did something listed, open for a small run', () => {
    const text = html(
      syncResult(
        [
          repository('nginx', [
            { tag: '1.27.0', status: 'copied', digest: digest(1), bytes: 3 * 1024 * 1024, bytesSaved: 0 },
            { tag: '1.26.0', status: 'unchanged', digest: digest(2), bytes: 0 },
            { tag: '1.25.0', status: 'failed', digest: undefined, bytes: 0, error: 'registry said 500' },
          ]),
          repository('redis', [{ tag: '7', status: 'unchanged', digest: digest(3), bytes: 0 }]),
        ],
        { failures: ['ghcr.io/acme/mirror/nginx:1.25.0: registry said 500'], warnings: ['docker.io reports 3 pulls left'] },
      ),
    );
    assert.match(text, /<h2>hoist sync: mirror\.yml<\/h2>/);
    assert.match(text, /1 copied, 2 unchanged, 0 skipped, 1 failed; 3\.0 MiB moved/);
    assert.ok(
      text.includes(
        '<tr><td><code>ghcr.io/acme/mirror/nginx</code></td><td><code>docker.io/library/nginx</code></td><td>1</td><td>1</td><td>0</td><td>❌ 1</td><td>3.0 MiB</td>',
      ),
      text,
    );
    assert.match(text, /<details open><summary>ghcr\.io\/acme\/mirror\/nginx: 2 tags listed<\/summary>/);
    assert.ok(!text.includes('mirror/redis: '), 'a repository where nothing happened lists no tags');
    assert.match(text, /<h3>Failures<\/h3>\n<ul><li>ghcr\.io\/acme\/mirror\/nginx:1\.25\.0: registry said 500<\/li><\/ul>/);
    assert.match(text, /⚠️ docker\.io reports 3 pulls left/);
    assert.match(text, /<a href="https:\/\/github\.com\/acme\/ops\/actions\/runs\/9">Workflow run<\/a>/);
  });

  it('many repositories or tags: collapsed, and at most MAX_LISTED_TAGS rows each', () => {
    const many = Array.from({ length: OPEN_REPOSITORIES + 1 }, (_, r) =>
      repository(`r${r}`, [{ tag: 'v1', status: 'copied', digest: digest(r), bytes: 1 }]),
    );
    const collapsed = html(syncResult(many));
    assert.equal((collapsed.match(/<details>/g) ?? []).length, many.length);
    assert.ok(!collapsed.includes('<details open>'));
    const big = repository(
      'big',
      Array.from({ length: MAX_LISTED_TAGS + 5 }, (_, i) => ({ tag: `1.0.${i}`, status: 'planned' as const, digest: digest(i), bytes: 1 })),
    );
    const text = html(syncResult([big], { dryRun: true }));
    assert.match(text, /<details><summary>/);
    assert.equal((text.match(/🔍 would copy/g) ?? []).length, MAX_LISTED_TAGS);
    assert.match(text, /and 5 more tags \(see the result output\)/);
    assert.match(text, /Dry run, nothing was written: 205 to copy/);
    assert.match(text, /<th>To copy<\/th>/);

    // A fleet: every repository full of copies; the summary stays bounded in all.
    const fleet = Array.from({ length: 30 }, (_, r) =>
      repository(
        `f${r}`,
        Array.from({ length: MAX_LISTED_TAGS }, (_, i) => ({ tag: `1.${r}.${i}`, status: 'copied' as const, digest: digest(i), bytes: 1 })),
      ),
    );
    const bounded = html(syncResult(fleet));
    assert.equal((bounded.match(/✅ copied/g) ?? []).length, MAX_LISTED_TAGS_IN_ALL);
    assert.ok(bounded.length < 1024 * 1024, `${bounded.length} characters`);
  });

  it('everything from a registry or the config is escaped', () => {
    const hostile = '<img src=x onerror=alert(1)> | *x* [l](http://evil)';
    const text = html(
      syncResult([repository('app', [{ tag: 'v1', status: 'failed', digest: undefined, bytes: 0, error: hostile }])], {
        failures: [hostile],
      }),
      'mirror<b>.yml',
    );
    assert.ok(!text.includes('<img'), text);
    assert.ok(!text.includes('<b>'), text);
    assert.ok(!/\| \*x\*/.test(text), text);
    assert.match(text, /&lt;img src=x onerror=alert\(1\)&gt; &#124; &#42;x&#42;/);
  });
});
