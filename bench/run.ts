// hoist vs skopeo, side by side, against real local registries behind latency proxies (20 ms each way = 40 ms RTT).
// Not part of the test suite: `npm run bench` (`-- --quick` for a smoke run, `--runs N`, `--json FILE`, `--trace`).
// It builds nothing: it runs the committed bundles. Copies go through the CLI bundle (dist/cli/index.js): the same
// engine and promote() call as the action, and the only edge that takes every option the scenarios need (several
// sources, --no-referrers, --version, file references) while the action's inputs are being rewritten; its --json is
// the action's `result` output. The start-up scenario runs the action bundle (dist/index.js) as the runner does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createHash } from 'node:crypto';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ensureTools } from '../scripts/ensure-tools.mjs';
import { startFaultProxy, type FaultProxy, type ProxiedRequest } from '../test/support/fault-proxy.ts';
import {
  getManifest,
  headManifest,
  pushImage,
  pushIndex,
  sha256Digest,
  type PushedImage,
  type PushedIndex,
} from '../test/support/images.ts';
import type { Credentials } from '../test/support/registry-client.ts';
import { startRegistry, type RegistryHandle } from '../test/support/registry.ts';
import { ACTION_ENTRY } from '../test/support/run-action.ts';
import { startTokenIssuer, type TokenIssuerHandle } from '../test/support/token-issuer.ts';
import { pushBigImage, type BigImage } from './big-image.ts';
import { pushSignedImage, pushVersionTags, writeBigFiles, type BigFiles, type SignedImage } from './fixtures.ts';
import { mounts, roundTrips, uploads } from './round-trips.ts';
import { ensureBenchTools, killRunning, measure, median, type Measured } from './measure.ts';
import { runSyncScenarios, SYNC_RUNS } from './sync.ts';

const USAGE = `Usage: npm run bench [-- options]
  --runs N      runs per scenario, tools alternating (default 5)
  --quick       one run, skip the 512 MiB layer and make the file scenarios 16 MiB: a smoke test
  --json FILE   also write all measurements (and every request hoist and skopeo made) to FILE
  --trace       print hoist's requests, in order with timings, for the first run of each scenario
  --auth MODE   registry auth: token (default; a token realm per registry, behind its own latency proxy) or none
  --delay MS    latency added each way by the proxies (default 20)
  --only IDS    comma list of scenarios to run: promote40,again-noref,again,tag,cross5,index,fanout,
                signed-alone,signed,merge,merge-noref,merge-here,release,layout-push,archive-push,archive-push-mixed,
                layout-pull,big,startup, and hoist sync's (not in --quick): sync-rerun,sync-first,sync-shards
                (again and again-noref need promote40; again's round-trip goal needs again-noref, signed's
                needs signed-alone, the merges' need tag)
  --node-args=A extra node options for hoist's runs, e.g. --node-args="--cpu-prof --cpu-prof-dir=/tmp/prof"
                for flame graphs (times then include the profiler)
  --compare F   also run another build (F: its dist/index.js, whose cli/index.js runs the copies; e.g. from
                git worktree add /tmp/old <rev> && (cd /tmp/old && npm ci && npm run build)), interleaved
                with this one, and print an A/B table of wall time, CPU time and peak RSS`;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    json: { type: 'string' },
    trace: { type: 'boolean', default: false },
    auth: { type: 'string', default: 'token' },
    delay: { type: 'string', default: '20' },
    only: { type: 'string' },
    'node-args': { type: 'string', default: '' },
    compare: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const RUNS = args.quick ? 1 : Number(args.runs ?? 5);
const DELAY_MS = Number(args.delay);
const AUTH = args.auth;
const ONLY = args.only ? new Set(args.only.split(',').map((id) => id.trim())) : undefined;
const NODE_ARGS = args['node-args'].split(' ').filter(Boolean);
const COMPARE_ENTRY = args.compare ? resolve(args.compare) : undefined;
const CLI_ENTRY = join(dirname(ACTION_ENTRY), 'cli/index.js');
const COMPARE_CLI = COMPARE_ENTRY && join(dirname(COMPARE_ENTRY), 'cli/index.js');
const wanted = (id: string) => ONLY === undefined || ONLY.has(id);
if (!Number.isInteger(RUNS) || RUNS < 1 || !Number.isFinite(DELAY_MS) || DELAY_MS < 0 || (AUTH !== 'token' && AUTH !== 'none')) {
  console.error(USAGE);
  process.exit(2);
}
if (Number(process.versions.node.split('.')[0]) < 24) {
  console.error(`The benchmark runs on Node 24; this is ${process.versions.node}. Use npm run bench (it runs the node@24 devDependency).`);
  process.exit(1);
}
if (COMPARE_ENTRY !== undefined && !existsSync(COMPARE_ENTRY)) {
  console.error(`--compare: ${COMPARE_ENTRY} does not exist; it should be another build's dist/index.js.`);
  process.exit(2);
}
if (COMPARE_CLI !== undefined && !existsSync(COMPARE_CLI)) {
  console.error(`--compare: ${COMPARE_CLI} does not exist; the other build's CLI bundle runs the copies.`);
  process.exit(2);
}
for (const entry of [ACTION_ENTRY, CLI_ENTRY]) {
  if (!existsSync(entry)) {
    console.error(`${entry} is missing: run npm run build first (the benchmark measures the bundles and builds nothing).`);
    process.exit(1);
  }
}

const KiB = 1024;
const MiB = 1024 * KiB;
const BIG_SIZE = 512 * MiB;
/** The file scenarios (issue 14): the full size in the full bench, a small one for --quick's smoke run. */
const FILE_SIZE = args.quick ? 16 * MiB : BIG_SIZE;
const RELEASE_TAGS = 1000;
const USER: Credentials = { username: 'bench', password: 'bench-password-5b1e' };
const SKOPEO_CACHE = '.local/share/containers/cache/blob-info-cache-v1.boltdb';
const ROOT_SKOPEO_CACHE = '/var/lib/containers/cache/blob-info-cache-v1.boltdb';

// ---------------------------------------------------------------------------------------------------------------
// Clean-up, also on Ctrl-C and errors

const cleanups: Array<() => unknown> = [];
let interrupted = false;
let cleaning: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    killRunning();
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (error) {
        console.error(`clean-up: ${(error as Error).message}`);
      }
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: stopping registries and proxies, removing temp dirs ...`);
    void cleanUp().finally(() => process.exit(130));
  });
}

const log = (line: string) => process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------------------------
// Registries: A and B, each behind a latency proxy, each with its own token realm behind another

interface Side {
  name: 'A' | 'B';
  reg: RegistryHandle;
  proxy: FaultProxy;
  issuer?: TokenIssuerHandle;
  tokenProxy?: FaultProxy;
}

async function startSide(name: 'A' | 'B'): Promise<Side> {
  let issuer: TokenIssuerHandle | undefined;
  let tokenProxy: FaultProxy | undefined;
  if (AUTH === 'token') {
    issuer = await startTokenIssuer({ users: { [USER.username]: USER.password } });
    cleanups.push(() => issuer!.stop());
    tokenProxy = await startFaultProxy({ url: new URL(issuer.realm).origin }, { delayMs: DELAY_MS });
    cleanups.push(() => tokenProxy!.stop());
  }
  const reg = await startRegistry({
    auth: AUTH === 'token' ? 'token' : 'none',
    users: { [USER.username]: USER.password },
    // The registry sends clients to the realm through the latency proxy.
    ...(issuer && tokenProxy && { tokenIssuer: { ...issuer, realm: `${tokenProxy.url}${new URL(issuer.realm).pathname}` } }),
  });
  cleanups.push(() => reg.stop());
  const proxy = await startFaultProxy(reg, { delayMs: DELAY_MS });
  cleanups.push(() => proxy.stop());
  return { name, reg, proxy, ...(issuer && { issuer }), ...(tokenProxy && { tokenProxy }) };
}

function bearer(side: Side, repository: string, actions: string[]): string | undefined {
  if (!side.issuer) return undefined;
  return `Bearer ${side.issuer.mintToken({ sub: USER.username, access: [{ type: 'repository', name: repository, actions }] })}`;
}

function blobPath(reg: RegistryHandle, digest: string): string {
  const hex = digest.slice('sha256:'.length);
  return join(reg.storageDir, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex);
}

/** Remove blob data (layers, configs, manifests) from a registry's storage, so the next copy finds none of it. */
function purgeBlobs(reg: RegistryHandle, digests: readonly string[]): void {
  for (const digest of digests) rmSync(blobPath(reg, digest), { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------------------------
// Running the tools

/** hoist-b: the build given with --compare; peer: this build with the scenario's comparison arguments. */
type Tool = 'hoist' | 'hoist-b' | 'skopeo' | 'curl' | 'peer';

interface TraceEntry {
  at: string; // which proxy: A, B, token A, token B
  method: string;
  uri: string;
  status: number;
  /** ms since the tool was started */
  start: number;
  end: number;
  faulted?: string;
}

interface Counts {
  registry: number;
  token: number;
  /** Connections that opened with a TLS hello (HTTPS probes of the plain-HTTP registries). */
  tlsProbes: number;
  trace: TraceEntry[];
}

interface ToolRun {
  tool: Tool;
  run: number;
  wallMs: number;
  rssKiB: number;
  cpuMs: number;
  counts: Counts;
  /** One entry per command (skopeo fan-out runs several). */
  commands: number;
  note?: string;
}

let sides: Side[] = [];
let scratch = '';
let hoistHome = '';

function proxies(): Array<{ label: string; proxy: FaultProxy; token: boolean }> {
  return sides.flatMap((s) => [
    { label: s.name, proxy: s.proxy, token: false },
    ...(s.tokenProxy ? [{ label: `token ${s.name}`, proxy: s.tokenProxy, token: true }] : []),
  ]);
}

interface CounterMark {
  probes: Map<FaultProxy, number>;
}

async function resetCounters(direct: boolean): Promise<CounterMark> {
  const probes = new Map<FaultProxy, number>();
  for (const { proxy } of proxies()) {
    proxy.requests.length = 0;
    probes.set(proxy, proxy.clientErrors);
  }
  if (direct) {
    await Promise.all(sides.map((s) => s.reg.settle()));
    for (const s of sides) s.reg.clearRequests();
  }
  return { probes };
}

function shorten(uri: string): string {
  return uri
    .replace(/sha256(:|%3A)([0-9a-f]{10})[0-9a-f]{54}/g, 'sha256:$2…')
    .replace(/_state=[^&]*/, '_state=…')
    .replace(/\/uploads\/[0-9a-f-]{36}/, '/uploads/<uuid>')
    .replace(/scope=([^&]*)/g, (_, s: string) => `scope=${decodeURIComponent(s)}`);
}

async function collect(mark: CounterMark, direct: boolean, startedAt: number): Promise<Counts> {
  const counts: Counts = { registry: 0, token: 0, tlsProbes: 0, trace: [] };
  const entry = (at: string, r: ProxiedRequest): TraceEntry => ({
    at,
    method: r.method,
    uri: shorten(r.uri),
    status: r.status,
    start: Math.round(r.startMs - startedAt),
    end: Math.round((r.endMs ?? r.startMs) - startedAt),
    ...(r.faulted && { faulted: r.faulted }),
  });
  for (const { label, proxy, token } of proxies()) {
    counts.tlsProbes += proxy.clientErrors - (mark.probes.get(proxy) ?? 0);
    if (direct && !token) continue;
    if (token) counts.token += proxy.requests.length;
    else counts.registry += proxy.requests.length;
    counts.trace.push(...proxy.requests.map((r) => entry(label, r)));
  }
  if (direct) {
    // No registry proxy on this path: count from the registries' own access logs (401s included).
    await Promise.all(sides.map((s) => s.reg.settle()));
    for (const s of sides) {
      const seen = s.reg.requests();
      counts.registry += seen.length;
      counts.trace.push(...seen.map((r) => ({ at: s.name, method: r.method, uri: shorten(r.uri), status: r.status, start: 0, end: 0 })));
    }
  }
  counts.trace.sort((a, b) => a.start - b.start);
  return counts;
}

function hoistEnv(dir: string, inputs: Record<string, string>): Record<string, string> {
  const output = join(dir, 'output');
  const summary = join(dir, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  return {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: hoistHome, // holds .docker/config.json with the bench user's credentials for every host
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_ACTIONS: 'true',
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
}

interface HoistOutcome {
  measured: Measured;
  statuses: string[];
  digest: string | undefined;
}

/** `hoist copy|merge …` from the CLI bundle; credentials from HOME's .docker/config.json, as the action finds them. */
async function runHoist(entry: string, copy: Copy): Promise<HoistOutcome> {
  const argv =
    copy.command === 'merge'
      ? ['merge', ...copy.sources, ...copy.targets.flatMap((t) => ['--to', t])]
      : ['copy', copy.sources[0]!, ...copy.targets];
  const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: hoistHome };
  const measured = await measure(process.execPath, [...NODE_ARGS, entry, ...argv, ...(copy.options ?? []), '--json'], { env, scratch });
  let entries: Array<{ status: string; digest: string | null }> = [];
  try {
    entries = JSON.parse(measured.stdout) as typeof entries;
  } catch {
    // reported below with the output
  }
  return { measured, statuses: entries.map((r) => r.status), digest: entries[0]?.digest ?? undefined };
}

/** A fresh HOME for one skopeo job: empty blob-info cache (checked), empty registries.conf. */
function skopeoHome(): { home: string; env: Record<string, string> } {
  const home = mkdtempSync(join(scratch, 'skopeo-home-'));
  mkdirSync(join(home, 'tmp'));
  writeFileSync(join(home, 'registries.conf'), '');
  return {
    home,
    env: {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      HOME: home,
      XDG_RUNTIME_DIR: home,
      TMPDIR: join(home, 'tmp'),
      CONTAINERS_REGISTRIES_CONF: join(home, 'registries.conf'),
      // As root, containers/image keeps its blob-info cache in /var/lib/containers/cache whatever HOME says;
      // this variable (set by podman for rootless re-execs) makes it use $HOME/.local/share/containers/cache.
      _CONTAINERS_ROOTLESS_UID: '1000',
    },
  };
}

/** One skopeo copy per pair (transport:reference each), with `options` in place of --preserve-digests when given. */
async function runSkopeo(pairs: Array<{ src: string; dst: string }>, options = ['--preserve-digests']): Promise<Measured[]> {
  const { home, env } = skopeoHome();
  try {
    if (existsSync(join(home, SKOPEO_CACHE))) throw new Error('skopeo blob-info cache not empty at start');
    const results: Measured[] = [];
    // Several targets: one skopeo per target, in series, sharing the job's cache (as one CI job would).
    for (const { src, dst } of pairs) {
      const creds =
        AUTH === 'token' ? ['--src-creds', `${USER.username}:${USER.password}`, '--dest-creds', `${USER.username}:${USER.password}`] : [];
      const measured = await measure(
        'skopeo',
        ['copy', '--all', ...options, '--src-tls-verify=false', '--dest-tls-verify=false', ...creds, src, dst],
        { env, scratch },
      );
      if (measured.code !== 0) throw new Error(`skopeo copy ${src} ${dst} failed (${measured.code}):\n${measured.stderr}`);
      results.push(measured);
    }
    if (!existsSync(join(home, SKOPEO_CACHE))) throw new Error(`skopeo did not write its blob-info cache to ${join(home, SKOPEO_CACHE)}`);
    return results;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

function httpSend(url: string, method: string, headers: Record<string, string>): Promise<{ status: number; location?: string }> {
  return new Promise((done, fail) => {
    const req = request(url, { method, headers }, (res) => {
      res.resume();
      res.on('end', () => done({ status: res.statusCode ?? 0, ...(res.headers.location && { location: res.headers.location }) }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** The floor for moving one blob between registries: curl GET piped into curl PUT (after a POST for the upload URL). */
async function runCurlPipe(
  src: Side,
  dst: Side,
  srcRepo: string,
  dstRepo: string,
  digest: string,
): Promise<{ measured: Measured; wallMs: number }> {
  const authA = bearer(src, srcRepo, ['pull']);
  const authB = bearer(dst, dstRepo, ['pull', 'push']);
  const started = performance.now();
  const post = await httpSend(`${dst.reg.url}/v2/${dstRepo}/blobs/uploads/`, 'POST', {
    'content-length': '0',
    ...(authB && { authorization: authB }),
  });
  if (post.status !== 202 || !post.location) throw new Error(`curl baseline: POST answered ${post.status}`);
  const put = new URL(post.location, dst.reg.url);
  put.searchParams.set('digest', digest);
  const script = [
    `curl -sS -f ${authA ? '-H "$AUTH_A"' : ''} "$GET_URL"`,
    `curl -sS -f -o /dev/null -w '%{http_code}' -X PUT ${authB ? '-H "$AUTH_B"' : ''} -H 'Content-Type: application/octet-stream' -H 'Expect:' -T - "$PUT_URL"`,
  ].join(' | ');
  const measured = await measure('sh', ['-c', script], {
    env: {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      GET_URL: `${src.reg.url}/v2/${srcRepo}/blobs/${digest}`,
      PUT_URL: put.href,
      ...(authA && { AUTH_A: `Authorization: ${authA}` }),
      ...(authB && { AUTH_B: `Authorization: ${authB}` }),
    },
    scratch,
  });
  if (measured.stdout.trim() !== '201') throw new Error(`curl baseline: PUT answered ${measured.stdout.trim()}: ${measured.stderr}`);
  return { measured, wallMs: measured.endedAt - started };
}

// ---------------------------------------------------------------------------------------------------------------
// Scenarios

interface Copy {
  /** copy: one source; merge: several, into one index. */
  command?: 'copy' | 'merge';
  /** As hoist's CLI takes them: host/repo:tag, oci:DIR:REF, docker-archive:FILE. */
  sources: string[];
  targets: string[];
  /** More CLI options: --no-referrers, --version … */
  options?: string[];
  /** hoist's expected per-target status */
  expect: 'copied' | 'unchanged';
  /** Result entries expected (a release writes several tags for one target); default one per target. */
  entries?: number;
  /** What skopeo copies instead of docker://source → docker://target (transport:reference each). */
  skopeo?: Array<{ src: string; dst: string }>;
  /** skopeo's options in place of --preserve-digests (a docker-archive must be compressed: new digests). */
  skopeoOptions?: string[];
}

interface Scenario {
  id: string;
  title: string;
  goal: string;
  /** Straight to the registries, no latency proxies (request counts come from the access logs). */
  direct?: boolean;
  /** Digests to remove from registry B after every tool run, so each starts from a B without them. */
  purgeB?: string[];
  /** The digest every target must hold afterwards; or `verify`, for targets whose digest depends on the tool. */
  digest?: string;
  verify?: (copy: Copy, tool: Tool) => Promise<void> | void;
  /** After each tool run (and its verification): remove what it wrote that `purgeB` cannot name. */
  after?: (copy: Copy, tool: Tool) => Promise<void> | void;
  copy(run: number, tool: Tool): Copy;
  /** No skopeo peer (skopeo cannot do it): hoist alone, or against `peer`. */
  skopeo?: false;
  /** hoist with other arguments, interleaved, as the baseline (e.g. the same release without --version). */
  peer?: { name: string; copy(run: number): Copy };
  /** A curl pipe to measure alongside (the big-layer floor). */
  curl?: { srcRepo: string; digest: string };
  judge(
    h: Summary,
    s: Summary | undefined,
    baseline: number | undefined,
    earlier: ReadonlyMap<string, ScenarioResult>,
  ): { pass: boolean; detail: string };
}

interface Summary {
  wallMs: number;
  rssKiB: number;
  /** Requests the registries saw (401s included); token-realm requests are counted apart. */
  requests: number;
  token: number;
  minRequests: number;
  maxRequests: number;
  /** User plus system CPU time (GNU time: 10 ms resolution). */
  cpuMs: number;
  /** Requests that ran one after another, token fetches included (round-trips.ts); undefined without proxies. */
  roundTrips?: number;
  maxRoundTrips?: number;
  /** Cross-repository mounts and blob uploads that carried bytes (most of any run). */
  mounts: number;
  uploads: number;
}

function summarize(runs: ToolRun[], timed = true): Summary {
  const registry = runs.map((r) => r.counts.registry);
  const trips = runs.map((r) => roundTrips(r.counts.trace));
  const registryTrace = (r: ToolRun) => r.counts.trace.filter((t) => !t.at.startsWith('token'));
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    rssKiB: median(runs.map((r) => r.rssKiB)),
    requests: median(registry),
    token: median(runs.map((r) => r.counts.token)),
    minRequests: Math.min(...registry),
    maxRequests: Math.max(...registry),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    ...(timed && { roundTrips: median(trips), maxRoundTrips: Math.max(...trips) }),
    mounts: Math.max(...runs.map((r) => mounts(registryTrace(r)))),
    uploads: Math.max(...runs.map((r) => uploads(registryTrace(r)))),
  };
}

const ratio = (h: Summary, s: Summary) => h.wallMs / s.wallMs;

/** Issue 14's goal for every big file copy. */
function bigFileGoal(h: Summary, s: Summary | undefined): { pass: boolean; detail: string } {
  return goalCheck([
    [ratio(h, s!) <= 1.0, `ratio ${ratio(h, s!).toFixed(2)}`],
    [h.rssKiB <= 160 * KiB, `RSS ${formatMiB(h.rssKiB)}`],
  ]);
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

/** `h` spends at most `extra` round trips more than scenario `id` did (which must have run first). */
function roundTripsOver(h: Summary, earlier: ReadonlyMap<string, ScenarioResult>, id: string, extra: number): [boolean, string] {
  const base = earlier.get(id)?.hoist.roundTrips;
  if (base === undefined || h.roundTrips === undefined) return [false, `no round trips of ${id} to compare with (run it first)`];
  return [h.roundTrips <= base + extra, `${h.roundTrips} round trips, ${id} ${base} (+${extra} allowed)`];
}

function hostOf(side: Side, direct: boolean): string {
  return direct ? side.reg.host : side.proxy.host;
}

function registryTarget(target: string): { side: Side; repo: string; tag: string } {
  const slash = target.indexOf('/');
  const host = target.slice(0, slash);
  const [repo, tag] = target.slice(slash + 1).split(':') as [string, string];
  const side = sides.find((s) => s.proxy.host === host || s.reg.host === host);
  if (!side) throw new Error(`no registry for ${target}`);
  return { side, repo, tag };
}

async function verifyTargets(targets: string[], digest: string): Promise<void> {
  for (const target of targets) {
    const { side, repo, tag } = registryTarget(target);
    const head = await headManifest(side.reg, repo, tag, AUTH === 'token' ? USER : undefined);
    if (head.digest !== digest) throw new Error(`${target} is ${head.digest ?? `missing (${head.status})`}, expected ${digest}`);
  }
}

async function runScenario(scenario: Scenario, results: ScenarioResult[]): Promise<void> {
  const tools: Tool[] = [
    'hoist',
    ...(COMPARE_ENTRY ? (['hoist-b'] as const) : []),
    ...(scenario.skopeo === false ? [] : (['skopeo'] as const)),
    ...(scenario.peer ? (['peer'] as const) : []),
    ...(scenario.curl ? (['curl'] as const) : []),
  ];
  const runs: Record<Tool, ToolRun[]> = { hoist: [], 'hoist-b': [], skopeo: [], curl: [], peer: [] };
  const B = sides[1]!;
  if (scenario.direct) for (const s of sides) if (s.tokenProxy) s.tokenProxy.delayMs = 0;
  try {
    for (let run = 1; run <= RUNS; run++) {
      // Alternate which tool goes first, so neither always meets warm (or cold) registries.
      const order = tools.map((_, i) => tools[(i + run - 1) % tools.length]!);
      const line: string[] = [];
      for (const tool of order) {
        if (scenario.purgeB?.some((d) => existsSync(blobPath(B.reg, d))))
          throw new Error(`${scenario.id}: registry B still has blobs before ${tool} run ${run}`);
        const copy = tool === 'peer' ? scenario.peer!.copy(run) : scenario.copy(run, tool);
        // Flush what earlier runs wrote (and purged), so no tool pays for another's disk writeback.
        spawnSync('sync');
        const mark = await resetCounters(scenario.direct === true);
        let record: ToolRun;
        if (tool === 'hoist' || tool === 'hoist-b' || tool === 'peer') {
          const outcome = await runHoist(tool === 'hoist-b' ? COMPARE_CLI! : CLI_ENTRY, copy);
          const counts = await collect(mark, scenario.direct === true, outcome.measured.startedAt);
          const bad = outcome.statuses.length !== (copy.entries ?? copy.targets.length) || outcome.statuses.some((s) => s !== copy.expect);
          if (outcome.measured.code !== 0 || bad) {
            throw new Error(
              `${tool} ${scenario.id} run ${run}: exit ${outcome.measured.code}, statuses ${outcome.statuses.join(',')} (expected ${copy.expect}):\n${outcome.measured.stdout}\n${outcome.measured.stderr}`,
            );
          }
          record = {
            tool,
            run,
            wallMs: outcome.measured.wallMs,
            rssKiB: outcome.measured.rssKiB,
            cpuMs: outcome.measured.cpuMs,
            counts,
            commands: 1,
          };
        } else if (tool === 'skopeo') {
          const pairs = copy.skopeo ?? copy.targets.map((dst) => ({ src: `docker://${copy.sources[0]!}`, dst: `docker://${dst}` }));
          const measured = await runSkopeo(pairs, copy.skopeoOptions);
          const counts = await collect(mark, scenario.direct === true, measured[0]!.startedAt);
          record = {
            tool,
            run,
            wallMs: measured.reduce((sum, m) => sum + m.wallMs, 0),
            rssKiB: Math.max(...measured.map((m) => m.rssKiB)),
            cpuMs: measured.reduce((sum, m) => sum + m.cpuMs, 0),
            counts,
            commands: measured.length,
          };
        } else {
          const target = copy.targets[0]!;
          const dstRepo = target.slice(target.indexOf('/') + 1).split(':')[0]!;
          const { measured, wallMs } = await runCurlPipe(sides[0]!, B, scenario.curl!.srcRepo, dstRepo, scenario.curl!.digest);
          const counts = await collect(mark, scenario.direct === true, measured.startedAt);
          record = { tool, run, wallMs, rssKiB: measured.rssKiB, cpuMs: measured.cpuMs, counts, commands: 1 };
        }
        if (tool !== 'curl') {
          if (scenario.verify) await scenario.verify(copy, tool);
          else if (scenario.digest !== undefined && tool !== 'peer') await verifyTargets(copy.targets, scenario.digest);
        }
        runs[tool].push(record);
        line.push(
          `${tool} ${formatMs(record.wallMs)} (${record.counts.registry}+${record.counts.token} req${scenario.direct ? '' : `, ${roundTrips(record.counts.trace)} RT`}, ${formatMiB(record.rssKiB)}, cpu ${formatMs(record.cpuMs)})`,
        );
        await scenario.after?.(copy, tool);
        if (scenario.purgeB) purgeBlobs(B.reg, scenario.purgeB);
      }
      log(`  ${scenario.id} run ${run}/${RUNS}: ${line.join(', ')}`);
    }
  } finally {
    if (scenario.direct) for (const s of sides) if (s.tokenProxy) s.tokenProxy.delayMs = DELAY_MS;
  }
  const timed = scenario.direct !== true;
  const h = summarize(runs.hoist, timed);
  const s = runs.skopeo.length > 0 ? summarize(runs.skopeo, timed) : undefined;
  const baselineRuns = runs.curl.length > 0 ? runs.curl : runs.peer;
  const baseline = baselineRuns.length > 0 ? median(baselineRuns.map((r) => r.wallMs)) : undefined;
  const { pass, detail } = scenario.judge(h, s, baseline, new Map(results.map((r) => [r.id, r])));
  results.push({
    id: scenario.id,
    title: scenario.title,
    goal: scenario.goal,
    hoist: h,
    ...(COMPARE_ENTRY && { compared: summarize(runs['hoist-b'], timed) }),
    ...(s && { skopeo: s, ratio: ratio(h, s) }),
    ...(runs.peer.length > 0 && { peer: summarize(runs.peer, timed) }),
    ...(baseline !== undefined && { baselineMs: baseline, baselineName: scenario.curl ? 'curl pipe' : scenario.peer!.name }),
    pass,
    detail,
    runs: [...runs.hoist, ...runs['hoist-b'], ...runs.skopeo, ...runs.peer, ...runs.curl],
  });
}

interface ScenarioResult {
  id: string;
  title: string;
  goal: string;
  hoist: Summary;
  /** The --compare build. */
  compared?: Summary;
  skopeo?: Summary;
  /** hoist with the scenario's comparison arguments. */
  peer?: Summary;
  baselineMs?: number;
  baselineName?: string;
  ratio?: number;
  pass: boolean;
  detail: string;
  runs: ToolRun[];
}

async function runStartup(results: ScenarioResult[]): Promise<void> {
  const iterations = Math.max(RUNS, 5);
  const hoist: ToolRun[] = [];
  const node: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const baseline = await measure(process.execPath, ['-e', '0'], { env: { PATH: process.env['PATH'] ?? '' }, scratch });
    node.push(baseline.wallMs);
    const dir = mkdtempSync(join(scratch, 'hoist-run-'));
    const mark = await resetCounters(false);
    const measured = await measure(process.execPath, [ACTION_ENTRY], { env: hoistEnv(dir, { source: '', targets: '' }), scratch });
    const counts = await collect(mark, false, measured.startedAt);
    rmSync(dir, { recursive: true, force: true });
    if (measured.code === 0 || !measured.stdout.includes('did not start'))
      throw new Error(`hoist with invalid input: exit ${measured.code}\n${measured.stdout}`);
    hoist.push({ tool: 'hoist', run: i + 1, wallMs: measured.wallMs, rssKiB: measured.rssKiB, cpuMs: measured.cpuMs, counts, commands: 1 });
  }
  const h = summarize(hoist, false);
  const baselineMs = median(node);
  const over = h.wallMs - baselineMs;
  log(`  startup: hoist ${formatMs(h.wallMs)}, node -e 0 ${formatMs(baselineMs)} (${iterations} runs each)`);
  results.push({
    id: 'startup',
    title: 'start-up: the action with invalid input (exits at once)',
    goal: '≤ 60 ms over `node -e 0`',
    hoist: h,
    baselineMs,
    baselineName: 'node -e 0',
    pass: over <= 60,
    detail: over <= 60 ? '' : `${Math.round(over)} ms over node -e 0`,
    runs: hoist,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Output

function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

function formatMiB(kib: number): string {
  return `${Math.round(kib / 1024)} MiB`;
}

function formatRequests(s: Summary): string {
  const spread = s.minRequests !== s.maxRequests ? ` [${s.minRequests}–${s.maxRequests}]` : '';
  const token = AUTH === 'token' ? ` (+${s.token} token)` : '';
  return `${s.requests}${spread}${token}`;
}

/** hoist's round trips, and mounts/uploads where blobs moved inside a registry. */
function formatRoundTrips(r: ScenarioResult): string {
  const h = r.hoist;
  if (h.roundTrips === undefined) return '–';
  const spread = h.maxRoundTrips !== h.roundTrips ? ` [max ${h.maxRoundTrips}]` : '';
  const blobs = h.mounts > 0 || h.uploads > 0 ? ` (${h.mounts} mounts, ${h.uploads} uploads)` : '';
  return `${h.roundTrips}${spread}${blobs}`;
}

function markdownTable(rows: string[][]): string {
  const lines = rows.map((cells) => `| ${cells.join(' | ')} |`);
  lines.splice(1, 0, `|${rows[0]!.map(() => '---').join('|')}|`);
  return lines.join('\n');
}

/** This build against the --compare build, measured in the same interleaved runs. */
function compareTable(results: ScenarioResult[]): string {
  const rows = [
    ['scenario', 'wall', 'wall compared', 'ratio', 'CPU', 'CPU compared', 'peak RSS', 'peak RSS compared', 'requests', 'requests compared'],
    ...results.flatMap((r) =>
      r.compared
        ? [
            [
              r.title,
              formatMs(r.hoist.wallMs),
              formatMs(r.compared.wallMs),
              (r.hoist.wallMs / r.compared.wallMs).toFixed(2),
              formatMs(r.hoist.cpuMs),
              formatMs(r.compared.cpuMs),
              formatMiB(r.hoist.rssKiB),
              formatMiB(r.compared.rssKiB),
              formatRequests(r.hoist),
              formatRequests(r.compared),
            ],
          ]
        : [],
    ),
  ];
  return markdownTable(rows);
}

function table(results: ScenarioResult[]): string {
  const rows = [
    [
      'scenario',
      'hoist',
      'skopeo',
      'hoist/skopeo',
      'baseline',
      'requests hoist',
      'requests skopeo',
      'round trips hoist',
      'peak RSS hoist',
      'peak RSS skopeo',
      'goal',
      'result',
    ],
    ...results.map((r) => [
      r.title,
      formatMs(r.hoist.wallMs),
      r.skopeo ? formatMs(r.skopeo.wallMs) : '–',
      r.ratio !== undefined ? r.ratio.toFixed(2) : '–',
      r.baselineMs !== undefined ? `${r.baselineName}: ${formatMs(r.baselineMs)}` : '',
      formatRequests(r.hoist),
      r.skopeo ? formatRequests(r.skopeo) : '–',
      formatRoundTrips(r),
      formatMiB(r.hoist.rssKiB),
      r.skopeo ? formatMiB(r.skopeo.rssKiB) : '–',
      r.goal,
      r.pass ? 'PASS' : `MISS (${r.detail})`,
    ]),
  ];
  return markdownTable(rows);
}

function traceText(result: ScenarioResult): string {
  const first = result.runs.find((r) => r.tool === 'hoist');
  if (!first) return '';
  const { registry, token, tlsProbes } = first.counts;
  const lines = [
    `${result.title} — hoist run ${first.run}: ${registry} registry + ${token} token requests, ${tlsProbes} TLS probes, ${formatMs(first.wallMs)}`,
  ];
  for (const t of first.counts.trace) {
    lines.push(
      `  ${String(t.start).padStart(6)} → ${String(t.end).padStart(6)} ms  ${t.at.padEnd(7)} ${t.method.padEnd(4)} ${t.status} ${t.uri}${t.faulted ? ` [${t.faulted}]` : ''}`,
    );
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Main

async function main(): Promise<void> {
  ensureTools({ only: ['docker-registry', 'skopeo', 'htpasswd', 'openssl'] });
  ensureBenchTools();
  scratch = mkdtempSync(join(tmpdir(), 'hoist-bench-'));
  cleanups.push(() => rmSync(scratch, { recursive: true, force: true }));
  const rootCacheBefore = existsSync(ROOT_SKOPEO_CACHE);

  log(
    `hoist vs skopeo: ${RUNS} run${RUNS === 1 ? '' : 's'} per scenario, ${DELAY_MS} ms each way through the proxies, auth ${AUTH}, ${cpus().length} CPUs, node ${process.versions.node}`,
  );
  const loadBefore = loadavg()[0]!;
  if (loadBefore > 0.5)
    log(`warning: load average is ${loadBefore.toFixed(2)} before the start; other work on this machine skews the timings.`);
  sides = [await startSide('A'), await startSide('B')];
  const [A, B] = sides as [Side, Side];

  hoistHome = join(scratch, 'hoist-home');
  mkdirSync(join(hoistHome, '.docker'), { recursive: true });
  const auth = Buffer.from(`${USER.username}:${USER.password}`).toString('base64');
  const hosts = sides.flatMap((s) => [s.reg.host, s.proxy.host]);
  writeFileSync(join(hoistHome, '.docker/config.json'), JSON.stringify({ auths: Object.fromEntries(hosts.map((h) => [h, { auth }])) }));

  log('Seeding registry A ...');
  const creds = AUTH === 'token' ? { creds: USER } : {};
  const seeded = performance.now();
  const src40: PushedImage = await pushImage(A.reg, 'bench/src40', 'v1', {
    seed: 'bench/40-layers',
    layers: 40,
    layerSize: 16 * KiB,
    ...creds,
  });
  const src5: PushedImage = await pushImage(A.reg, 'bench/src5', 'v1', { seed: 'bench/5-layers', layers: 5, layerSize: 2 * MiB, ...creds });
  const index: PushedIndex = await pushIndex(A.reg, 'bench/index', 'v1', { seed: 'bench/index', layers: 2, layerSize: MiB, ...creds });
  let big: BigImage | undefined;
  if (!args.quick && wanted('big')) {
    const authorization = bearer(A, 'bench/big', ['pull', 'push']);
    big = await pushBigImage({ url: A.reg.url, ...(authorization && { authorization }) }, 'bench/big', 'v1', BIG_SIZE);
  }
  const signed: SignedImage = await pushSignedImage(A.reg, 'bench/signed', 'v1', AUTH === 'token' ? USER : undefined);
  const mergeSources = await Promise.all(
    (['amd64', 'arm64'] as const).map(async (architecture) => ({
      repo: `bench/merge-${architecture}`,
      image: await pushImage(A.reg, `bench/merge-${architecture}`, 'v1', {
        seed: `bench/merge/${architecture}`,
        layers: 1,
        layerSize: 64 * KiB,
        platform: { os: 'linux', architecture },
        ...creds,
      }),
    })),
  );
  const mergeBlobs = mergeSources.reduce((n, m) => n + m.image.blobs.size, 0);
  // The README's recipe: each platform's build pushed by digest into the repository the merge then tags.
  const mergeHere = await Promise.all(
    (['amd64', 'arm64'] as const).map((architecture) =>
      pushImage(A.reg, 'bench/merge-here', undefined, {
        seed: `bench/merge-here/${architecture}`,
        layers: 1,
        layerSize: 64 * KiB,
        platform: { os: 'linux', architecture },
        ...creds,
      }),
    ),
  );
  // Every tool run releases its own image into its own repository, so each finds the same 1,000 tags.
  const releaseSources = new Map<string, string>();
  const releaseTools: Tool[] = ['hoist', 'peer', ...(COMPARE_ENTRY ? (['hoist-b'] as const) : [])];
  if (wanted('release')) {
    for (const tool of releaseTools)
      await pushVersionTags(A.reg, `bench/release-${tool}`, RELEASE_TAGS, AUTH === 'token' ? USER : undefined);
    for (let run = 1; run <= RUNS; run++) {
      for (const tool of releaseTools) {
        const image = await pushImage(A.reg, 'bench/release-src', `r${run}-${tool}`, {
          seed: `bench/release/${run}/${tool}`,
          layers: 2,
          ...creds,
        });
        releaseSources.set(`r${run}-${tool}`, image.digest);
      }
    }
  }
  const fileScenarios = ['layout-push', 'archive-push', 'archive-push-mixed', 'layout-pull'].some(wanted);
  const files: BigFiles = fileScenarios
    ? await writeBigFiles(mkdtempSync(join(scratch, 'files-')), FILE_SIZE)
    : {
        layout: '',
        layoutDigest: '',
        layoutBlobs: [],
        archives: { incompressible: { file: '', config: '' }, mixed: { file: '', config: '' } },
      };
  let fileImage: { repo: string; image: BigImage } | undefined =
    big && FILE_SIZE === BIG_SIZE ? { repo: 'bench/big', image: big } : undefined;
  if (fileImage === undefined && wanted('layout-pull')) {
    const authorization = bearer(A, 'bench/bigfile', ['pull', 'push']);
    fileImage = {
      repo: 'bench/bigfile',
      image: await pushBigImage({ url: A.reg.url, ...(authorization && { authorization }) }, 'bench/bigfile', 'v1', FILE_SIZE),
    };
  }
  log(`Seeded in ${formatMs(performance.now() - seeded)}.`);

  // Warm the page cache for both programs so the first measured run is not the only cold one.
  await measure(process.execPath, [ACTION_ENTRY], {
    env: hoistEnv(mkdtempSync(join(scratch, 'warm-')), { source: '', targets: '' }),
    scratch,
  });
  await measure(process.execPath, [CLI_ENTRY, '--help'], { env: { PATH: process.env['PATH'] ?? '' }, scratch });
  await measure('skopeo', ['--version'], { env: { PATH: process.env['PATH'] ?? '' }, scratch });

  const a = (direct = false) => hostOf(A, direct);
  const b = (direct = false) => hostOf(B, direct);
  const dir = (run: number, tool: Tool) => `bench/run-${run}-${tool}`;
  const src5Digests = [...src5.blobs.keys(), src5.digest];
  const indexDigests = [...new Set(index.children.flatMap((c) => [...c.blobs.keys(), c.digest])), index.digest];

  const scenarios: Scenario[] = [
    {
      id: 'promote40',
      title: 'promote a 40-layer image to a new repository of the same registry',
      goal: '≤ 47 requests (45 + 2 referrer lookups), wall ≤ 0.3 × skopeo',
      digest: src40.digest,
      copy: (run, tool) => ({ sources: [`${a()}/bench/src40:v1`], targets: [`${a()}/${dir(run, tool)}/app40:v1`], expect: 'copied' }),
      judge: (h, s) =>
        goalCheck([
          [h.requests <= 47, `${h.requests} requests`],
          [ratio(h, s!) <= 0.3, `ratio ${ratio(h, s!).toFixed(2)}`],
        ]),
    },
    {
      id: 'again-noref',
      title: 'run the same promotion again, --no-referrers (nothing to do)',
      goal: '≤ 4 requests, wall ≤ 0.3 × skopeo',
      digest: src40.digest,
      copy: (run, tool) => ({
        sources: [`${a()}/bench/src40:v1`],
        targets: [`${a()}/${dir(run, tool)}/app40:v1`],
        options: ['--no-referrers'],
        expect: 'unchanged',
      }),
      judge: (h, s) =>
        goalCheck([
          [h.requests <= 4, `${h.requests} requests`],
          [ratio(h, s!) <= 0.3, `ratio ${ratio(h, s!).toFixed(2)}`],
        ]),
    },
    {
      id: 'again',
      title: 'run the same promotion again, referrers checked (nothing to do, none there)',
      goal: '≤ 8 requests, ≤ 1 round trip over --no-referrers, wall ≤ 0.3 × skopeo',
      digest: src40.digest,
      copy: (run, tool) => ({ sources: [`${a()}/bench/src40:v1`], targets: [`${a()}/${dir(run, tool)}/app40:v1`], expect: 'unchanged' }),
      judge: (h, s, _, earlier) =>
        goalCheck([
          [h.requests <= 8, `${h.requests} requests`],
          roundTripsOver(h, earlier, 'again-noref', 1),
          [ratio(h, s!) <= 0.3, `ratio ${ratio(h, s!).toFixed(2)}`],
        ]),
    },
    {
      id: 'tag',
      title: 'add a tag inside the same repository',
      goal: '≤ 4 requests, wall ≤ 0.35 × skopeo',
      digest: src40.digest,
      copy: (run, tool) => ({ sources: [`${a()}/bench/src40:v1`], targets: [`${a()}/bench/src40:run-${run}-${tool}`], expect: 'copied' }),
      judge: (h, s) =>
        goalCheck([
          [h.requests <= 4, `${h.requests} requests`],
          [ratio(h, s!) <= 0.35, `ratio ${ratio(h, s!).toFixed(2)}`],
        ]),
    },
    {
      id: 'cross5',
      title: '5-layer image (5 × 2 MiB) to another registry',
      goal: 'wall ≤ 0.8 × skopeo',
      digest: src5.digest,
      purgeB: src5Digests,
      copy: (run, tool) => ({ sources: [`${a()}/bench/src5:v1`], targets: [`${b()}/${dir(run, tool)}/app5:v1`], expect: 'copied' }),
      judge: (h, s) => goalCheck([[ratio(h, s!) <= 0.8, `ratio ${ratio(h, s!).toFixed(2)}`]]),
    },
    {
      id: 'index',
      title: '3-platform index to another registry',
      goal: 'wall ≤ 0.6 × skopeo',
      digest: index.digest,
      purgeB: indexDigests,
      copy: (run, tool) => ({ sources: [`${a()}/bench/index:v1`], targets: [`${b()}/${dir(run, tool)}/index:v1`], expect: 'copied' }),
      judge: (h, s) => goalCheck([[ratio(h, s!) <= 0.6, `ratio ${ratio(h, s!).toFixed(2)}`]]),
    },
    {
      id: 'fanout',
      title: 'one source to 4 targets in 2 registries (skopeo: 4 runs)',
      goal: 'wall ≤ 0.4 × skopeo',
      digest: src5.digest,
      purgeB: src5Digests,
      copy: (run, tool) => ({
        sources: [`${a()}/bench/src5:v1`],
        targets: [
          `${a()}/${dir(run, tool)}/released:v1.2.3`,
          `${a()}/${dir(run, tool)}/released:latest`,
          `${b()}/${dir(run, tool)}/mirror:v1.2.3`,
          `${b()}/${dir(run, tool)}/mirror:latest`,
        ],
        expect: 'copied',
      }),
      judge: (h, s) => goalCheck([[ratio(h, s!) <= 0.4, `ratio ${ratio(h, s!).toFixed(2)}`]]),
    },
  ];
  scenarios.push(
    {
      id: 'signed-alone',
      title: 'image (3 × 256 KiB) to another registry, --no-referrers',
      goal: 'wall ≤ 0.8 × skopeo',
      digest: signed.image.digest,
      purgeB: signed.digests,
      copy: (run, tool) => ({
        sources: [`${a()}/bench/signed:v1`],
        targets: [`${b()}/${dir(run, tool)}/alone:v1`],
        options: ['--no-referrers'],
        expect: 'copied',
      }),
      judge: (h, s) => goalCheck([[ratio(h, s!) <= 0.8, `ratio ${ratio(h, s!).toFixed(2)}`]]),
    },
    {
      id: 'signed',
      title: 'the same image with 3 referrers (SBOM, attestation, cosign .sig) to another registry (skopeo: the image alone)',
      goal: '≤ 2 round trips over the image alone; the referrers arrive',
      digest: signed.image.digest,
      purgeB: signed.digests,
      copy: (run, tool) => ({ sources: [`${a()}/bench/signed:v1`], targets: [`${b()}/${dir(run, tool)}/signed:v1`], expect: 'copied' }),
      verify: async (copy, tool) => {
        await verifyTargets(copy.targets, signed.image.digest);
        if (tool === 'skopeo') return;
        const { side, repo } = registryTarget(copy.targets[0]!);
        const creds = AUTH === 'token' ? USER : undefined;
        const fallback = await getManifest(side.reg, repo, signed.tags.fallback, creds);
        const listed =
          (JSON.parse(fallback.body.toString()) as { manifests?: Array<{ digest: string }> }).manifests?.map((m) => m.digest) ?? [];
        const sig = await headManifest(side.reg, repo, signed.tags.cosign, creds);
        if (!signed.referrers.slice(0, 2).every((d) => listed.includes(d)) || sig.digest !== signed.referrers[2])
          throw new Error(
            `${tool}: the referrers did not follow to ${copy.targets[0]} (fallback index: ${listed.join(', ') || 'none'}; .sig: ${sig.status})`,
          );
      },
      after: async (copy, tool) => {
        if (tool === 'skopeo') return;
        // The fallback index hoist wrote has a digest of its own.
        const { side, repo } = registryTarget(copy.targets[0]!);
        const fallback = await getManifest(side.reg, repo, signed.tags.fallback, AUTH === 'token' ? USER : undefined);
        purgeBlobs(side.reg, [sha256Digest(fallback.body)]);
      },
      judge: (h, _, __, earlier) => goalCheck([roundTripsOver(h, earlier, 'signed-alone', 2)]),
    },
    {
      id: 'merge',
      title: 'merge 2 single-platform images of the registry into a new index there (no skopeo peer)',
      goal: '≤ 12 requests, ≤ round trips of a tag push + 1, every blob mounted',
      skopeo: false,
      copy: (run, tool) => ({
        command: 'merge',
        sources: mergeSources.map((m) => `${a()}/${m.repo}:v1`),
        targets: [`${a()}/${dir(run, tool)}/merged:v1`],
        expect: 'copied',
      }),
      verify: async (copy) => {
        const { side, repo, tag } = registryTarget(copy.targets[0]!);
        const index = await getManifest(side.reg, repo, tag, AUTH === 'token' ? USER : undefined);
        const children = (JSON.parse(index.body.toString()) as { manifests?: Array<{ digest: string }> }).manifests?.map((m) => m.digest);
        const expected = mergeSources.map((m) => m.image.digest);
        if (JSON.stringify(children) !== JSON.stringify(expected))
          throw new Error(
            `${copy.targets[0]} holds ${index.mediaType} with ${children?.join(', ')}; expected an index of ${expected.join(', ')}`,
          );
      },
      judge: (h, _, __, earlier) =>
        goalCheck([
          [h.requests <= 12, `${h.requests} requests`],
          roundTripsOver(h, earlier, 'tag', 1),
          [h.uploads === 0 && h.mounts === mergeBlobs, `${h.mounts} mounts and ${h.uploads} uploads for ${mergeBlobs} blobs`],
        ]),
    },
    {
      id: 'merge-noref',
      title: 'the same merge, --no-referrers (no skopeo peer)',
      goal: '≤ 12 requests, ≤ round trips of a tag push + 1, every blob mounted',
      skopeo: false,
      copy: (run, tool) => ({
        command: 'merge',
        sources: mergeSources.map((m) => `${a()}/${m.repo}:v1`),
        targets: [`${a()}/${dir(run, tool)}/merged-noref:v1`],
        options: ['--no-referrers'],
        expect: 'copied',
      }),
      verify: async (copy) => {
        const { side, repo, tag } = registryTarget(copy.targets[0]!);
        const index = await getManifest(side.reg, repo, tag, AUTH === 'token' ? USER : undefined);
        const children = (JSON.parse(index.body.toString()) as { manifests?: Array<{ digest: string }> }).manifests?.map((m) => m.digest);
        const expected = mergeSources.map((m) => m.image.digest);
        if (JSON.stringify(children) !== JSON.stringify(expected))
          throw new Error(
            `${copy.targets[0]} holds ${index.mediaType} with ${children?.join(', ')}; expected an index of ${expected.join(', ')}`,
          );
      },
      judge: (h, _, __, earlier) =>
        goalCheck([
          [h.requests <= 12, `${h.requests} requests`],
          roundTripsOver(h, earlier, 'tag', 1),
          [h.uploads === 0 && h.mounts === mergeBlobs, `${h.mounts} mounts and ${h.uploads} uploads for ${mergeBlobs} blobs`],
        ]),
    },
    {
      id: 'merge-here',
      title: 'merge 2 builds pushed by digest into the repository the new index is tagged in (no skopeo peer)',
      goal: '≤ 12 requests, ≤ round trips of a tag push + 1, nothing moved',
      skopeo: false,
      copy: (run, tool) => ({
        command: 'merge',
        sources: mergeHere.map((m) => `${a()}/bench/merge-here@${m.digest}`),
        targets: [`${a()}/bench/merge-here:run-${run}-${tool}`],
        expect: 'copied',
      }),
      verify: async (copy) => {
        const { side, repo, tag } = registryTarget(copy.targets[0]!);
        const index = await getManifest(side.reg, repo, tag, AUTH === 'token' ? USER : undefined);
        const children = (JSON.parse(index.body.toString()) as { manifests?: Array<{ digest: string }> }).manifests?.map((m) => m.digest);
        const expected = mergeHere.map((m) => m.digest);
        if (JSON.stringify(children) !== JSON.stringify(expected))
          throw new Error(
            `${copy.targets[0]} holds ${index.mediaType} with ${children?.join(', ')}; expected an index of ${expected.join(', ')}`,
          );
      },
      judge: (h, _, __, earlier) =>
        goalCheck([
          [h.requests <= 12, `${h.requests} requests`],
          roundTripsOver(h, earlier, 'tag', 1),
          [h.uploads === 0 && h.mounts === 0, `${h.mounts} mounts and ${h.uploads} uploads`],
        ]),
    },
    {
      id: 'release',
      title: `a release (--version: 4 tags) into a repository with ${RELEASE_TAGS} version tags`,
      goal: 'wall ≤ 0.3 s over the same 4 tags written without --version',
      skopeo: false,
      copy: (run, tool) => ({
        sources: [`${a()}/bench/release-src:r${run}-${tool}`],
        targets: [`${a()}/bench/release-${tool}`],
        options: ['--version', `v2.${run}.0`],
        entries: 4,
        expect: 'copied',
      }),
      peer: {
        name: 'without --version',
        copy: (run) => ({
          sources: [`${a()}/bench/release-src:r${run}-peer`],
          targets: [`v2.${run}.0`, `v2.${run}`, 'v2', 'latest'].map((tag) => `${a()}/bench/release-peer:${tag}`),
          expect: 'copied',
        }),
      },
      verify: async (copy, tool) => {
        const run = Number(/:r(\d+)-/.exec(copy.sources[0]!)![1]);
        const repo = `${a()}/bench/release-${tool}`;
        await verifyTargets([`${repo}:v2.${run}.0`, `${repo}:v2`, `${repo}:latest`], releaseSources.get(`r${run}-${tool}`)!);
      },
      judge: (h, _, without) =>
        goalCheck([
          [without !== undefined && h.wallMs - without <= 300, `${formatMs(h.wallMs - without!)} over the release without --version`],
        ]),
    },
    {
      id: 'layout-push',
      title: `one ${formatMiB(FILE_SIZE / KiB)} layer from an OCI layout to a registry, no delay proxy`,
      goal: 'wall ≤ 1.0 × skopeo; peak RSS ≤ 160 MiB',
      direct: true,
      digest: files.layoutDigest,
      purgeB: files.layoutBlobs,
      copy: (run, tool) => {
        const target = `${b(true)}/${dir(run, tool)}/layout:v1`;
        return {
          sources: [`oci:${files.layout}:v1`],
          targets: [target],
          expect: 'copied',
          skopeo: [{ src: `oci:${files.layout}:v1`, dst: `docker://${target}` }],
        };
      },
      judge: bigFileGoal,
    },
    ...(['incompressible', 'mixed'] as const).map((kind): Scenario => ({
      id: kind === 'mixed' ? 'archive-push-mixed' : 'archive-push',
      title: `one ${formatMiB(FILE_SIZE / KiB)} layer (${kind === 'mixed' ? 'half text' : 'incompressible'}) from a classic docker-archive (gzip needed) to a registry, no delay proxy`,
      goal: 'wall ≤ 1.0 × skopeo; peak RSS ≤ 160 MiB',
      direct: true,
      copy: (run, tool) => {
        const target = `${b(true)}/${dir(run, tool)}/archive-${kind}:v1`;
        const archive = `docker-archive:${files.archives[kind].file}`;
        return {
          sources: [archive],
          targets: [target],
          expect: 'copied',
          skopeo: [{ src: archive, dst: `docker://${target}` }],
          skopeoOptions: [],
        };
      },
      verify: async (copy, tool) => {
        const { side, repo, tag } = registryTarget(copy.targets[0]!);
        const manifest = await getManifest(side.reg, repo, tag, AUTH === 'token' ? USER : undefined);
        const config = (JSON.parse(manifest.body.toString()) as { config?: { digest: string } }).config?.digest;
        if (config !== files.archives[kind].config)
          throw new Error(`${tool}: ${copy.targets[0]} has config ${config}, expected ${files.archives[kind].config}`);
      },
      after: async (copy) => {
        // Each tool compresses the layer its own way: purge whatever the target's manifest names.
        const { side, repo, tag } = registryTarget(copy.targets[0]!);
        const manifest = await getManifest(side.reg, repo, tag, AUTH === 'token' ? USER : undefined);
        const json = JSON.parse(manifest.body.toString()) as { config: { digest: string }; layers: Array<{ digest: string }> };
        purgeBlobs(side.reg, [json.config.digest, ...json.layers.map((l) => l.digest), sha256Digest(manifest.body)]);
      },
      judge: bigFileGoal,
    })),
    {
      id: 'layout-pull',
      title: `one ${formatMiB(FILE_SIZE / KiB)} layer from a registry to an OCI layout, no delay proxy`,
      goal: 'wall ≤ 1.0 × skopeo; peak RSS ≤ 160 MiB',
      direct: true,
      copy: (run, tool) => {
        const layout = join(scratch, `pulled-${run}-${tool}`);
        const source = `${a(true)}/${fileImage!.repo}:v1`;
        return {
          sources: [source],
          targets: [`oci:${layout}:v1`],
          expect: 'copied',
          skopeo: [{ src: `docker://${source}`, dst: `oci:${layout}:v1` }],
        };
      },
      verify: (copy, tool) => {
        const layout = copy.targets[0]!.slice('oci:'.length, -':v1'.length);
        const index = JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string }> };
        const size = statSync(join(layout, 'blobs/sha256', fileImage!.image.layer.digest.slice('sha256:'.length))).size;
        if (!index.manifests.some((m) => m.digest === fileImage!.image.digest) || size !== fileImage!.image.layer.size)
          throw new Error(`${tool}: ${layout} lacks ${fileImage!.image.digest} or its ${fileImage!.image.layer.size}-byte layer (${size})`);
      },
      after: (copy) => rmSync(copy.targets[0]!.slice('oci:'.length, -':v1'.length), { recursive: true, force: true }),
      judge: bigFileGoal,
    },
  );
  if (big) {
    const image = big;
    scenarios.push({
      id: 'big',
      title: 'one 512 MiB layer to another registry, no delay proxy',
      goal: 'wall ≤ 1.0 × skopeo and ≤ 1.15 × curl pipe; peak RSS ≤ 160 MiB',
      direct: true,
      digest: image.digest,
      purgeB: image.digests,
      curl: { srcRepo: 'bench/big', digest: image.layer.digest },
      copy: (run, tool) => ({ sources: [`${a(true)}/bench/big:v1`], targets: [`${b(true)}/${dir(run, tool)}/big:v1`], expect: 'copied' }),
      judge: (h, s, curl) =>
        goalCheck([
          [ratio(h, s!) <= 1.0, `ratio ${ratio(h, s!).toFixed(2)}`],
          [curl !== undefined && h.wallMs <= 1.15 * curl, `${((h.wallMs / curl!) * 100 - 100).toFixed(0)}% over the curl pipe`],
          [h.rssKiB <= 160 * KiB, `RSS ${formatMiB(h.rssKiB)}`],
        ]),
    });
  }

  const results: ScenarioResult[] = [];
  const loads: Record<string, number> = {};
  for (const scenario of scenarios.filter((sc) => wanted(sc.id))) {
    log(`${scenario.title}:`);
    await runScenario(scenario, results);
    loads[scenario.id] = loadavg()[0]!;
  }
  if (!args.quick) {
    const context = {
      sides: [A, B] as const,
      scratch,
      hoistHome,
      user: USER,
      auth: AUTH,
      runs: Math.min(RUNS, SYNC_RUNS),
      nodeArgs: NODE_ARGS,
      log,
    };
    // Sync moves no single image: its rows have no mount or upload counts.
    const noBlobCounts = <T extends object>(summary: T): T & { mounts: number; uploads: number } => ({ ...summary, mounts: 0, uploads: 0 });
    for (const r of await runSyncScenarios(context, wanted)) {
      results.push({ ...r, hoist: noBlobCounts(r.hoist), ...(r.skopeo && { skopeo: noBlobCounts(r.skopeo) }) } as ScenarioResult);
    }
  }
  if (wanted('startup')) await runStartup(results);

  if (!rootCacheBefore && existsSync(ROOT_SKOPEO_CACHE)) log(`warning: something wrote ${ROOT_SKOPEO_CACHE} during the benchmark`);

  const distHash = createHash('sha256').update(readFileSync(ACTION_ENTRY)).digest('hex').slice(0, 12);
  const head =
    spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: import.meta.dirname, encoding: 'utf8' }).stdout.trim() || 'unknown';
  const header = `hoist (${ACTION_ENTRY.replace(`${resolve(import.meta.dirname, '..')}/`, '')} sha256 ${distHash}…, HEAD ${head}) vs skopeo ${(await measure('skopeo', ['--version'], { env: { PATH: process.env['PATH'] ?? '' }, scratch })).stdout.trim().replace('skopeo version ', '')}: median of ${RUNS} run${RUNS === 1 ? '' : 's'}, proxies add ${DELAY_MS} ms each way (RTT ${2 * DELAY_MS} ms), auth ${AUTH}; requests = HTTP requests the registries saw, 401s included (token-realm requests apart)`;
  console.log(`\n${header}\n\n${table(results)}\n`);
  if (COMPARE_ENTRY)
    console.log(`A/B, in the same interleaved runs: ${ACTION_ENTRY} against ${COMPARE_ENTRY}\n\n${compareTable(results)}\n`);
  const missed = results.filter((r) => !r.pass).length;
  console.log(missed === 0 ? 'All goals met.' : `${missed} of ${results.length} goals missed.`);
  console.log(
    `Load average (1 min) at the start: ${loadBefore.toFixed(2)}${loadBefore > 0.5 ? ' — other work was running: timings are noisy' : ''}.`,
  );
  if (args.trace) for (const r of results) if (r.id !== 'startup') console.log(`\n${traceText(r)}`);
  if (args.json) {
    const file = resolve(args.json);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(
      file,
      `${JSON.stringify({ date: new Date().toISOString(), node: process.versions.node, dist: distHash, head, runs: RUNS, delayMs: DELAY_MS, auth: AUTH, loadBefore, loadAfterScenario: loads, results }, null, 2)}\n`,
    );
    console.log(`Wrote ${file}.`);
  }
}

try {
  await main();
} catch (error) {
  // After Ctrl-C the killed tools fail too; that is no news.
  if (!interrupted) console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
} finally {
  await cleanUp();
}
