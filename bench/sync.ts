// The sync scenarios of `npm run bench` (issue 16's Performance): `hoist sync` (the bundled CLI, dist/cli/index.js)
// and `skopeo sync --src yaml` on the same fleets, alternating, in the run that measures everything else. The fleets
// are seeded by test/support/fleet.ts (blob sets once per repository, every tag a manifest PUT), straight to the
// registries; the tools go through the latency proxies, which count every request and byte.
//   sync-rerun   1,000 tags in 10 repositories already mirrored, 10 of them re-pointed at the source before each run
//   sync-first   a first sync of 200 tags in 10 repositories sharing a base layer, into a new target path each run
//   sync-shards  `hoist sync --plan 4 --json` of the 1,000-tag fleet into an empty target (skopeo has no plan)
// Not in --quick: skopeo syncs take minutes over a 40 ms round trip (6,000 requests in series for 1,000 tags), so
// skopeo runs once per scenario and hoist up to SYNC_RUNS times.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FaultProxy, ProxiedRequest } from '../test/support/fault-proxy.ts';
import { fleetTag, putManifest, seedFleet, type FleetRepository } from '../test/support/fleet.ts';
import { deterministicBytes, headManifest, sha256Digest, type BuiltImage } from '../test/support/images.ts';
import { openSession, type Credentials } from '../test/support/registry-client.ts';
import type { RegistryHandle } from '../test/support/registry.ts';
import { measure, median, type Measured } from './measure.ts';

export const CLI_ENTRY = resolve(import.meta.dirname, '../dist/cli/index.js');
export const SYNC_SCENARIO_IDS = ['sync-rerun', 'sync-first', 'sync-shards'] as const;
/** Runs of hoist at most, whatever --runs says; skopeo syncs once per scenario (it takes minutes). */
export const SYNC_RUNS = 3;

const MiB = 1024 * 1024;
const FLEET_REPOS = 10;
const RERUN_TAGS = 100; // per repository: 1,000 in all
const CHANGED_PER_RUN = 1; // per repository: 10 in all
const FIRST_TAGS = 20; // per repository: 200 in all
const SHARDS = 4;

export interface SyncBenchSide {
  readonly name: 'A' | 'B';
  readonly reg: RegistryHandle;
  readonly proxy: FaultProxy;
  readonly tokenProxy?: FaultProxy;
}

export interface SyncBenchContext {
  /** A is the source registry, B the target. */
  readonly sides: readonly [SyncBenchSide, SyncBenchSide];
  readonly scratch: string;
  /** Holds .docker/config.json with the bench user's credentials for every host. */
  readonly hoistHome: string;
  readonly user: Credentials;
  readonly auth: string;
  readonly runs: number;
  readonly nodeArgs: readonly string[];
  readonly log: (line: string) => void;
}

/** The shape of bench/run.ts's rows (its ScenarioResult), so they go into the same table and JSON. */
export interface SyncSummary {
  wallMs: number;
  rssKiB: number;
  requests: number;
  token: number;
  minRequests: number;
  maxRequests: number;
  cpuMs: number;
}

export interface SyncToolRun {
  tool: 'hoist' | 'skopeo';
  run: number;
  wallMs: number;
  rssKiB: number;
  cpuMs: number;
  /** The per-request trace is left out: thousands of lines a run. */
  counts: { registry: number; token: number; tlsProbes: number; trace: [] };
  commands: number;
  /** What the scenario judges beyond time: request split, uploads per blob, shard bytes. */
  measures: Record<string, number>;
}

export interface SyncScenarioResult {
  id: string;
  title: string;
  goal: string;
  hoist: SyncSummary;
  skopeo?: SyncSummary;
  ratio?: number;
  pass: boolean;
  detail: string;
  runs: SyncToolRun[];
}

interface Observed {
  measured: Measured;
  /** Registry requests by side (401s included), token requests apart. */
  requests: { A: ProxiedRequest[]; B: ProxiedRequest[] };
  token: number;
  tlsProbes: number;
}

/** Run the sync scenarios that `wanted` names; each row is ready for bench/run.ts's table. */
export async function runSyncScenarios(ctx: SyncBenchContext, wanted: (id: string) => boolean): Promise<SyncScenarioResult[]> {
  if (!existsSync(CLI_ENTRY)) throw new Error(`${CLI_ENTRY} is missing: run npm run build first (the benchmark runs the bundled CLI).`);
  const results: SyncScenarioResult[] = [];
  const [A, B] = ctx.sides;
  const creds = ctx.auth === 'token' ? { creds: ctx.user } : {};
  const needFleet = wanted('sync-rerun') || wanted('sync-shards');
  let fleet: FleetRepository[] = [];
  if (needFleet) {
    ctx.log(`Seeding the sync fleet: ${FLEET_REPOS * RERUN_TAGS} tags in ${FLEET_REPOS} repositories on A and B ...`);
    const started = performance.now();
    const options = {
      repositories: repoNames('fleet'),
      tagsPerRepository: RERUN_TAGS,
      imagesPerRepository: 50,
      blobSetsPerRepository: 10,
      seed: 'bench/sync-fleet',
      ...creds,
    };
    // The same seed on both sides: the target starts as an up-to-date mirror, as a scheduled sync finds it.
    [fleet] = await Promise.all([seedFleet(A.reg, options), seedFleet(B.reg, options)]);
    ctx.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  }
  if (wanted('sync-rerun')) results.push(await rerun(ctx, fleet));
  if (wanted('sync-first')) results.push(await firstSync(ctx));
  if (wanted('sync-shards')) results.push(await shards(ctx));
  return results;
}

/** The table's header says --runs; these rows take fewer. */
function runCounts(ctx: SyncBenchContext): string {
  return ctx.runs === 1 ? 'one run each' : `hoist: median of ${ctx.runs}, skopeo: 1 run`;
}

function repoNames(prefix: string): string[] {
  return Array.from({ length: FLEET_REPOS }, (_, i) => `${prefix}/r${i}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Scenarios

async function rerun(ctx: SyncBenchContext, fleet: FleetRepository[]): Promise<SyncScenarioResult> {
  const [A, B] = ctx.sides;
  const title = `sync ${FLEET_REPOS * RERUN_TAGS} tags in ${FLEET_REPOS} repositories, ${FLEET_REPOS * CHANGED_PER_RUN} changed (skopeo sync; ${runCounts(ctx)})`;
  ctx.log(`${title}:`);
  const changed = new Set(Array.from({ length: CHANGED_PER_RUN }, (_, i) => fleetTag(1 + i)));
  const unchangedCount = FLEET_REPOS * (RERUN_TAGS - CHANGED_PER_RUN);
  const session = openSession(A.reg, ctx.auth === 'token' ? ctx.user : undefined);
  const config = hoistConfig(A.proxy.host, 'fleet', B.proxy.host, 'fleet');
  const skopeoConfig = skopeoYaml(ctx, A.proxy.host, 'fleet');
  // One skopeo sync of 1,000 tags makes some 6,000 requests in series (a token per image): minutes. Once is enough
  // for a ratio this far from the goal; hoist runs ctx.runs times.
  const runs = await alternate(ctx, 1, async (run, tool) => {
    // Re-point the changed tags at a manifest of their own (the same blobs under a new annotation).
    const expected = new Map<string, string>();
    for (const repo of fleet) {
      for (const tag of changed) {
        const image = reannotated(repo.tags.get(tag)!, `${run}-${tool}`);
        await putManifest(session, repo.name, tag, image);
        expected.set(`${repo.name}:${tag}`, image.digest);
      }
    }
    const observed =
      tool === 'hoist'
        ? await runHoistSync(ctx, config, [], (m) => expectTotals(m, { copied: FLEET_REPOS * CHANGED_PER_RUN, unchanged: unchangedCount }))
        : await runSkopeoSync(ctx, skopeoConfig, `${B.proxy.host}/fleet`);
    await verify(ctx, B.reg, expected);
    // Requests that name an unchanged tag's manifest: what the goal counts per unchanged tag.
    let onUnchanged = 0;
    let getsOnUnchanged = 0;
    let pages = 0;
    for (const r of [...observed.requests.A, ...observed.requests.B]) {
      if (/\/tags\/list/.test(r.uri)) pages++;
      const m = /^\/v2\/(.+)\/manifests\/([^/?]+)$/.exec(r.uri);
      if (m && !m[2]!.startsWith('sha256:') && !changed.has(m[2]!)) {
        onUnchanged++;
        if (r.method === 'GET') getsOnUnchanged++;
      }
    }
    const total = observed.requests.A.length + observed.requests.B.length;
    return toolRun(tool, run, observed, {
      requestsOnUnchangedTags: onUnchanged,
      getsOnUnchangedTags: getsOnUnchanged,
      tagListPages: pages,
      otherRequests: total - onUnchanged - pages,
    });
  });
  const h = summarize(runs.hoist);
  const s = summarize(runs.skopeo);
  const first = runs.hoist[0]!.measures;
  const perUnchanged = (median(runs.hoist.map((r) => r.measures['requestsOnUnchangedTags']!)) || 0) / unchangedCount;
  ctx.log(
    `  hoist: ${first['requestsOnUnchangedTags']} requests on ${unchangedCount} unchanged tags (${first['getsOnUnchangedTags']} GETs), ${first['tagListPages']} tag-list pages, ${first['otherRequests']} others (the changed tags' copies, probes, 401s)`,
  );
  const r = h.wallMs / s.wallMs;
  return {
    id: 'sync-rerun',
    title,
    goal: `wall ≤ 0.2 × skopeo sync; ≤ 2 requests per unchanged tag, no GET (+ tag-list pages); peak RSS ≤ 200 MiB`,
    hoist: h,
    skopeo: s,
    ratio: r,
    ...goalCheck([
      [r <= 0.2, `ratio ${r.toFixed(2)}`],
      [perUnchanged <= 2, `${perUnchanged.toFixed(2)} requests per unchanged tag`],
      [runs.hoist.every((x) => x.measures['getsOnUnchangedTags'] === 0), 'GETs on unchanged tags'],
      [
        Math.max(...runs.hoist.map((x) => x.rssKiB)) <= 200 * 1024,
        `peak RSS ${Math.round(Math.max(...runs.hoist.map((x) => x.rssKiB)) / 1024)} MiB`,
      ],
    ]),
    runs: [...runs.hoist, ...runs.skopeo],
  };
}

async function firstSync(ctx: SyncBenchContext): Promise<SyncScenarioResult> {
  const [A, B] = ctx.sides;
  const title = `first sync of ${FLEET_REPOS * FIRST_TAGS} tags in ${FLEET_REPOS} repositories sharing a 4 MiB base layer (skopeo sync; ${runCounts(ctx)})`;
  ctx.log(`${title}:`);
  const base = deterministicBytes('bench/sync-first/base', 4 * MiB);
  const baseDigest = sha256Digest(base);
  const fleet = await seedFleet(A.reg, {
    repositories: repoNames('first'),
    tagsPerRepository: FIRST_TAGS,
    imagesPerRepository: 10,
    seed: 'bench/sync-first',
    base,
    ...(ctx.auth === 'token' && { creds: ctx.user }),
  });
  const distinctBlobs = new Map<string, number>();
  for (const repo of fleet) for (const image of repo.tags.values()) for (const [d, data] of image.blobs) distinctBlobs.set(d, data.length);
  const distinctBytes = [...distinctBlobs.values()].reduce((n, x) => n + x, 0);
  const skopeoConfig = skopeoYaml(ctx, A.proxy.host, 'first');
  // skopeo's first sync of 200 tags takes minutes too: once.
  const runs = await alternate(ctx, 1, async (run, tool) => {
    const prefix = `first-${run}-${tool}`;
    const expected = new Map<string, string>();
    for (const repo of fleet)
      for (const [tag, image] of repo.tags) expected.set(`${repo.name.replace('first/', `${prefix}/`)}:${tag}`, image.digest);
    const observed =
      tool === 'hoist'
        ? await runHoistSync(ctx, hoistConfig(A.proxy.host, 'first', B.proxy.host, prefix), [], (m) =>
            expectTotals(m, { copied: FLEET_REPOS * FIRST_TAGS, unchanged: 0 }),
          )
        : await runSkopeoSync(ctx, skopeoConfig, `${B.proxy.host}/${prefix}`);
    await verify(ctx, B.reg, expected);
    const uploads = uploadsByDigest(observed.requests.B);
    const uploadedBytes = observed.requests.B.filter((r) => /\/blobs\/uploads\//.test(r.uri)).reduce((n, r) => n + r.bytesIn, 0);
    return toolRun(tool, run, observed, {
      baseUploads: uploads.get(baseDigest) ?? 0,
      maxUploadsOfOneBlob: Math.max(0, ...uploads.values()),
      uploadedBytes,
      distinctBlobBytes: distinctBytes,
    });
  });
  const h = summarize(runs.hoist);
  const s = summarize(runs.skopeo);
  for (const tool of ['hoist', 'skopeo'] as const) {
    const m = runs[tool][0]!.measures;
    ctx.log(
      `  ${tool}: base layer uploaded ${m['baseUploads']}× to B, the most uploads of one blob ${m['maxUploadsOfOneBlob']}, ${(m['uploadedBytes']! / MiB).toFixed(1)} MiB uploaded of ${(distinctBytes / MiB).toFixed(1)} MiB of distinct blobs`,
    );
  }
  const worst = Math.max(...runs.hoist.map((x) => x.measures['maxUploadsOfOneBlob']!));
  const bytes = Math.max(...runs.hoist.map((x) => x.measures['uploadedBytes']!));
  const r = h.wallMs / s.wallMs;
  return {
    id: 'sync-first',
    title,
    goal: 'each blob crosses the wire once to the target registry (blob uploads and bytes at B)',
    hoist: h,
    skopeo: s,
    ratio: r,
    ...goalCheck([
      [worst <= 1, `a blob uploaded ${worst}×`],
      // Upload bodies are the blobs; a little more allows for nothing else (monolithic PUTs carry only the blob).
      [bytes <= distinctBytes * 1.01, `${(bytes / MiB).toFixed(1)} MiB uploaded for ${(distinctBytes / MiB).toFixed(1)} MiB of blobs`],
    ]),
    runs: [...runs.hoist, ...runs.skopeo],
  };
}

async function shards(ctx: SyncBenchContext): Promise<SyncScenarioResult> {
  const [A, B] = ctx.sides;
  const title = `plan ${SHARDS} shards of a first sync of ${FLEET_REPOS * RERUN_TAGS} tags (hoist sync --plan ${SHARDS}; skopeo has none)`;
  ctx.log(`${title}:`);
  const config = hoistConfig(A.proxy.host, 'fleet', B.proxy.host, 'empty-mirror');
  const runs: SyncToolRun[] = [];
  let shardBytes: number[] = [];
  for (let run = 1; run <= ctx.runs; run++) {
    let plan: { shards: Array<{ shard: string; bytes: number; tags: number; items: number }> } | undefined;
    const observed = await runHoistSync(ctx, config, ['--plan', String(SHARDS), '--json'], (m) => {
      plan = JSON.parse(m.stdout) as typeof plan;
    });
    shardBytes = plan!.shards.map((x) => x.bytes);
    const tags = plan!.shards.reduce((n, x) => n + x.tags, 0);
    if (tags !== FLEET_REPOS * RERUN_TAGS)
      throw new Error(`sync-shards: the plan holds ${tags} tags, expected ${FLEET_REPOS * RERUN_TAGS}`);
    const record = toolRun('hoist', run, observed, {
      minShardBytes: Math.min(...shardBytes),
      maxShardBytes: Math.max(...shardBytes),
      meanShardBytes: shardBytes.reduce((n, x) => n + x, 0) / shardBytes.length,
    });
    runs.push(record);
    ctx.log(
      `  sync-shards run ${run}/${ctx.runs}: hoist ${formatRun(record)}; shards ${plan!.shards.map((x) => `${x.shard} ${x.tags} tags ${(x.bytes / MiB).toFixed(2)} MiB`).join(', ')}`,
    );
  }
  // Within ±25% of each other: the heaviest shard at most 1.25 × the lightest (stricter than ±25% of the mean).
  const spread = Math.max(...shardBytes) / Math.min(...shardBytes);
  const h = summarize(runs);
  return {
    id: 'sync-shards',
    title,
    goal: `shards' bytes within ±25% of each other (heaviest ≤ 1.25 × lightest)`,
    hoist: h,
    ...goalCheck([[spread <= 1.25, `heaviest shard ${spread.toFixed(2)} × the lightest`]]),
    runs,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Configs

function hoistConfig(sourceHost: string, sourcePrefix: string, targetHost: string, targetPrefix: string): string {
  const names = Array.from({ length: FLEET_REPOS }, (_, i) => `r${i}`);
  return `sync:\n  - source: ${sourceHost}/${sourcePrefix}\n    target: ${targetHost}/${targetPrefix}\n    repositories: [${names.join(', ')}]\n`;
}

/** skopeo sync's YAML source: every tag of the fleet's repositories (an empty list means all tags). */
function skopeoYaml(ctx: SyncBenchContext, sourceHost: string, prefix: string): string {
  const lines = [`${sourceHost}:`, '  images:'];
  for (const name of repoNames(prefix)) lines.push(`    ${name}: []`);
  lines.push('  tls-verify: false');
  if (ctx.auth === 'token') lines.push('  credentials:', `    username: ${ctx.user.username}`, `    password: ${ctx.user.password}`);
  return `${lines.join('\n')}\n`;
}

/** The same image under a new annotation: new manifest bytes and digest, the same blobs. */
function reannotated(image: BuiltImage, mark: string): BuiltImage {
  const json = JSON.parse(image.manifest.toString('utf8')) as { annotations?: Record<string, string> };
  const manifest = Buffer.from(`${JSON.stringify({ ...json, annotations: { ...json.annotations, 'bench.sync/run': mark } })}\n`);
  return { ...image, manifest, digest: sha256Digest(manifest), size: manifest.length };
}

// ---------------------------------------------------------------------------------------------------------------
// Running and counting

type Tool = 'hoist' | 'skopeo';

/** ctx.runs runs of hoist and up to `skopeoRuns` of skopeo, alternating which goes first. */
async function alternate(
  ctx: SyncBenchContext,
  skopeoRuns: number,
  one: (run: number, tool: Tool) => Promise<SyncToolRun>,
): Promise<Record<Tool, SyncToolRun[]>> {
  const runs: Record<Tool, SyncToolRun[]> = { hoist: [], skopeo: [] };
  for (let run = 1; run <= ctx.runs; run++) {
    const tools: Tool[] = run <= skopeoRuns ? ['hoist', 'skopeo'] : ['hoist'];
    const order = run % 2 === 1 ? tools : [...tools].reverse();
    const line: string[] = [];
    for (const tool of order) {
      const record = await one(run, tool);
      runs[tool].push(record);
      line.push(`${tool} ${formatRun(record)}`);
    }
    ctx.log(`  run ${run}/${ctx.runs}: ${line.join(', ')}`);
  }
  return runs;
}

function formatRun(r: SyncToolRun): string {
  const ms = r.wallMs < 1000 ? `${Math.round(r.wallMs)} ms` : `${(r.wallMs / 1000).toFixed(2)} s`;
  return `${ms} (${r.counts.registry}+${r.counts.token} req, ${Math.round(r.rssKiB / 1024)} MiB, cpu ${(r.cpuMs / 1000).toFixed(2)} s)`;
}

async function observe(ctx: SyncBenchContext, run: () => Promise<Measured>): Promise<Observed> {
  const [A, B] = ctx.sides;
  const tokenProxies = ctx.sides.flatMap((s) => (s.tokenProxy ? [s.tokenProxy] : []));
  const all = [A.proxy, B.proxy, ...tokenProxies];
  const probes = all.map((p) => p.clientErrors);
  for (const p of all) p.requests.length = 0;
  const measured = await run();
  return {
    measured,
    requests: { A: [...A.proxy.requests], B: [...B.proxy.requests] },
    token: tokenProxies.reduce((n, p) => n + p.requests.length, 0),
    tlsProbes: all.reduce((n, p, i) => n + p.clientErrors - probes[i]!, 0),
  };
}

function toolRun(tool: Tool, run: number, o: Observed, measures: Record<string, number>): SyncToolRun {
  return {
    tool,
    run,
    wallMs: o.measured.wallMs,
    rssKiB: o.measured.rssKiB,
    cpuMs: o.measured.cpuMs,
    counts: { registry: o.requests.A.length + o.requests.B.length, token: o.token, tlsProbes: o.tlsProbes, trace: [] },
    commands: 1,
    measures,
  };
}

/** `hoist sync CONFIG ARGS` from the bundle, as a user runs it; `check` throws when the output is not what the run should give. */
async function runHoistSync(ctx: SyncBenchContext, config: string, args: string[], check: (m: Measured) => void): Promise<Observed> {
  const dir = mkdtempSync(join(ctx.scratch, 'hoist-sync-'));
  try {
    const file = join(dir, 'mirror.yml');
    writeFileSync(file, config);
    const wantsJson = args.includes('--json');
    const observed = await observe(ctx, () =>
      measure(process.execPath, [...ctx.nodeArgs, CLI_ENTRY, 'sync', file, ...args, ...(wantsJson ? [] : ['--json'])], {
        env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: ctx.hoistHome },
        scratch: ctx.scratch,
      }),
    );
    const m = observed.measured;
    if (m.code !== 0)
      throw new Error(`hoist sync ${args.join(' ')} exited ${m.code}:\n${m.stdout.slice(0, 4000)}\n${m.stderr.slice(-4000)}`);
    check(m);
    return observed;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function expectTotals(m: Measured, want: { copied: number; unchanged: number }): void {
  const { totals } = JSON.parse(m.stdout) as { totals: { copied: number; unchanged: number; failed: number } };
  if (totals.copied !== want.copied || totals.unchanged !== want.unchanged || totals.failed !== 0) {
    throw new Error(`hoist sync: ${JSON.stringify(totals)}, expected ${want.copied} copied and ${want.unchanged} unchanged`);
  }
}

/** skopeo sync --src yaml with a fresh HOME (empty blob-info cache), as one CI job runs it. */
async function runSkopeoSync(ctx: SyncBenchContext, yaml: string, destination: string): Promise<Observed> {
  const home = mkdtempSync(join(ctx.scratch, 'skopeo-sync-home-'));
  try {
    mkdirSync(join(home, 'tmp'));
    writeFileSync(join(home, 'registries.conf'), '');
    const file = join(home, 'sync.yml');
    writeFileSync(file, yaml);
    const creds = ctx.auth === 'token' ? ['--dest-creds', `${ctx.user.username}:${ctx.user.password}`] : [];
    const env = {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: home,
      XDG_RUNTIME_DIR: home,
      TMPDIR: join(home, 'tmp'),
      CONTAINERS_REGISTRIES_CONF: join(home, 'registries.conf'),
      // As in bench/run.ts: keeps root's skopeo on $HOME's blob-info cache, fresh each run.
      _CONTAINERS_ROOTLESS_UID: '1000',
    };
    const observed = await observe(ctx, () =>
      measure(
        'skopeo',
        [
          'sync',
          '--all',
          '--preserve-digests',
          '--src',
          'yaml',
          '--dest',
          'docker',
          '--dest-tls-verify=false',
          ...creds,
          file,
          destination,
        ],
        { env, scratch: ctx.scratch, timeoutMs: 1_800_000 },
      ),
    );
    const m = observed.measured;
    if (m.code !== 0) throw new Error(`skopeo sync exited ${m.code}:\n${m.stderr.slice(-4000)}`);
    return observed;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** Every `repository:tag` at the registry holds the digest expected (HEADs straight to it, not through a proxy). */
async function verify(ctx: SyncBenchContext, reg: RegistryHandle, expected: ReadonlyMap<string, string>): Promise<void> {
  const creds = ctx.auth === 'token' ? ctx.user : undefined;
  const entries = [...expected];
  for (let i = 0; i < entries.length; i += 16) {
    await Promise.all(
      entries.slice(i, i + 16).map(async ([ref, digest]) => {
        const [repo, tag] = ref.split(':') as [string, string];
        const head = await headManifest(reg, repo, tag, creds);
        if (head.digest !== digest) throw new Error(`${ref} at B is ${head.digest ?? `missing (${head.status})`}, expected ${digest}`);
      }),
    );
  }
}

/** Completed blob uploads at a registry, by digest: a PUT (or monolithic POST) naming `digest=`, never a mount. */
function uploadsByDigest(requests: readonly ProxiedRequest[]): Map<string, number> {
  const uploads = new Map<string, number>();
  for (const r of requests) {
    if (!/\/blobs\/uploads\//.test(r.uri) || r.status !== 201 || /[?&]mount=/.test(r.uri)) continue;
    const m = /[?&]digest=([^&]+)/.exec(r.uri);
    if (!m || (r.method !== 'PUT' && r.method !== 'POST')) continue;
    const digest = decodeURIComponent(m[1]!);
    uploads.set(digest, (uploads.get(digest) ?? 0) + 1);
  }
  return uploads;
}

function summarize(runs: readonly SyncToolRun[]): SyncSummary {
  const registry = runs.map((r) => r.counts.registry);
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    rssKiB: median(runs.map((r) => r.rssKiB)),
    requests: median(registry),
    token: median(runs.map((r) => r.counts.token)),
    minRequests: Math.min(...registry),
    maxRequests: Math.max(...registry),
    cpuMs: median(runs.map((r) => r.cpuMs)),
  };
}

function goalCheck(parts: Array<[boolean, string]>): { pass: boolean; detail: string } {
  return {
    pass: parts.every(([ok]) => ok),
    detail: parts
      .filter(([ok]) => !ok)
      .map(([, what]) => what)
      .join('; '),
  };
}
