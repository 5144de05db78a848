// The CLI against real registries: copy (and --dry-run, --json), inspect, tags; exit codes; progress output.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_CONCURRENCY, MAX_CONCURRENCY } from '../../src/defaults.ts';
import { formatBytes } from '../../src/display.ts';
import { runCli } from '../support/cli.ts';
import { getManifest, listTags, pushImage, pushIndex } from '../support/images.ts';
import { credentials, startRegistry, type RegistryHandle } from '../support/registry.ts';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describe('hoist CLI', () => {
  let a: RegistryHandle;
  let b: RegistryHandle;
  let locked: RegistryHandle;
  before(async () => {
    [a, b, locked] = await Promise.all([
      startRegistry(),
      startRegistry(),
      startRegistry({ auth: 'htpasswd', users: { carol: 'carol-pw-9' } }),
    ]);
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop(), locked?.stop()]);
  });

  it('copy prints a table, pinned references and exits 0; --json prints the action’s result objects', async () => {
    const image = await pushImage(a, 'cli/app', 'v1', { seed: 'cli-copy' });
    const run = await runCli(['copy', `${a.host}/cli/app:v1`, `${b.host}/cli/app:v1`]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /TARGET\s+STATUS\s+DIGEST\s+MOUNTED\s+EXISTING\s+UPLOADED/);
    assert.match(run.stdout, new RegExp(`${b.host}/cli/app:v1\\s+copied\\s+${image.digest.slice(0, 19)}\\s+0\\s+0\\s+4`));
    assert.match(run.stdout, new RegExp(`pinned: ${b.host}/cli/app@${image.digest}`));
    assert.equal(run.stderr.includes('\u001b['), false, 'no terminal control codes when not a TTY');

    const json = await runCli(['copy', `${a.host}/cli/app:v1`, `${b.host}/cli/app:v1`, '--json']);
    assert.equal(json.code, 0);
    const parsed = JSON.parse(json.stdout) as Array<Record<string, unknown>>;
    assert.deepEqual(
      parsed.map((t) => [t['target'], t['status'], t['digest']]),
      [[`${b.host}/cli/app:v1`, 'unchanged', image.digest]],
    );
    assert.deepEqual(Object.keys(parsed[0]!).sort(), ['blobs', 'bytesUploaded', 'digest', 'durationMs', 'referrers', 'status', 'target']);
  });

  it('two tags of one repository share one upload: the table says so once, as the registry saw it', async () => {
    const image = await pushImage(a, 'cli/shared', 'v1', { seed: 'cli-shared', layerSize: 256 * 1024 });
    await b.settle();
    b.clearRequests();
    const run = await runCli(['copy', `${a.host}/cli/shared:v1`, `${b.host}/cli/shared:1`, `${b.host}/cli/shared:latest`]);
    assert.equal(run.code, 0, run.stderr);
    await b.settle();
    const uploads = b.requests().filter((r) => r.method === 'PUT' && r.path.includes('/blobs/uploads/') && r.status === 201);
    assert.equal(uploads.length, image.blobs.size, 'each blob crossed the wire once');
    const bytes = formatBytes([...image.blobs.values()].reduce((sum, data) => sum + data.length, 0));
    const first = `${b.host}/cli/shared:1`;
    assert.match(
      run.stdout,
      new RegExp(`^${first}\\s+copied\\s+${image.digest.slice(0, 19)}\\s+0\\s+0\\s+${image.blobs.size}\\s+${bytes}\\s`, 'm'),
    );
    assert.match(
      run.stdout,
      new RegExp(
        `^${b.host}/cli/shared:latest\\s+copied\\s+${image.digest.slice(0, 19)}\\s+-\\s+-\\s+-\\s+-\\s+\\S+s\\s+shared with ${first}$`,
        'm',
      ),
    );
    assert.match(run.stdout, new RegExp(`^total \\(1 repository\\)\\s+0\\s+0\\s+${image.blobs.size}\\s+${bytes}$`, 'm'));
    assert.equal(run.stdout.split(bytes).length - 1, 2, `the bytes appear on the first row and the total only:\n${run.stdout}`);
    for (const tag of ['1', 'latest']) assert.equal((await getManifest(b, 'cli/shared', tag)).digest, image.digest);
  });

  it('--dry-run reports what would move and writes nothing (access logs)', async () => {
    const index = await pushIndex(a, 'cli/dry', 'v1', { seed: 'cli-dry' });
    await pushImage(b, 'cli/dry', 'partial', { seed: 'cli-dry/linux/amd64', layers: 2, sharedLayers: [] });
    await Promise.all([a.settle(), b.settle()]);
    a.clearRequests();
    b.clearRequests();
    const run = await runCli(['copy', `${a.host}/cli/dry:v1`, `${b.host}/cli/dry:v1`, `${a.host}/cli/dry-copy:v1`, '--dry-run', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const [cross, same] = JSON.parse(run.stdout) as Array<{ status: string; blobs: Record<string, number>; bytesUploaded: number }>;
    const unique = new Map(index.children.flatMap((c) => [...c.blobs]));
    assert.equal(cross!.status, 'planned');
    assert.equal(cross!.blobs['existing']! + cross!.blobs['uploaded']!, unique.size);
    assert.ok(cross!.blobs['existing']! >= 1, 'blobs the target already holds are reported as existing');
    assert.equal(same!.status, 'planned');
    assert.deepEqual(same!.blobs, { mounted: unique.size, existing: 0, uploaded: 0 });
    await Promise.all([a.settle(), b.settle()]);
    assert.deepEqual(
      [...a.requests(), ...b.requests()].filter((r) => WRITES.has(r.method)),
      [],
    );
    assert.equal((await getManifest(b, 'cli/dry', 'v1')).status, 404);
  });

  it('inspect shows digest, platforms, layers and history; --json has the same data', async () => {
    const index = await pushIndex(a, 'cli/inspect', 'v1', { seed: 'cli-inspect' });
    const run = await runCli(['inspect', `${a.host}/cli/inspect:v1`]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, new RegExp(`Digest:\\s+${index.digest}`));
    assert.match(run.stdout, /Media type: application\/vnd\.oci\.image\.index\.v1\+json/);
    for (const child of index.children) {
      assert.match(run.stdout, new RegExp(child.digest));
      for (const layer of child.layers) assert.match(run.stdout, new RegExp(layer.digest));
    }
    assert.match(run.stdout, /hoist test layer 0/);

    const json = await runCli(['inspect', `${a.host}/cli/inspect:v1`, '--platform', 'linux/arm64', '--json']);
    assert.equal(json.code, 0, json.stderr);
    const parsed = JSON.parse(json.stdout) as {
      images: Array<{ platform: string; digest: string; layers: unknown[]; history: unknown[] }>;
    };
    const arm = index.children.find((c) => c.platform.architecture === 'arm64')!;
    assert.deepEqual(
      parsed.images.map((i) => [i.platform, i.digest, i.layers.length]),
      [['linux/arm64/v8', arm.digest, arm.layers.length]],
    );
    assert.equal(parsed.images[0]!.history.length, arm.layers.length);
  });

  it('tags lists every tag across pages and filters by regex', async () => {
    for (const tag of ['v1.0.0', 'v1.1.0', 'v2.0.0', 'latest', 'sha-abc'])
      await pushImage(a, 'cli/tags', tag, { seed: 'cli-tags', layers: 1 });
    const run = await runCli(['tags', `${a.host}/cli/tags`]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.stdout.trim().split('\n').sort(), (await listTags(a, 'cli/tags')).tags.sort());
    const filtered = await runCli(['tags', `${a.host}/cli/tags`, '--filter', '^v1\\.', '--json']);
    assert.deepEqual((JSON.parse(filtered.stdout) as string[]).sort(), ['v1.0.0', 'v1.1.0']);
  });

  it('uses --username with --password-stdin, and exits 1 with a plain message on bad credentials', async () => {
    const creds = credentials(locked, 'carol');
    const image = await pushImage(locked, 'cli/locked', 'v1', { seed: 'cli-locked', creds });
    const ok = await runCli(
      ['copy', `${locked.host}/cli/locked:v1`, `${locked.host}/cli/locked:v2`, '--username', 'carol', '--password-stdin'],
      { stdin: `${creds.password}\n` },
    );
    assert.equal(ok.code, 0, ok.stderr + ok.stdout);
    assert.equal((await getManifest(locked, 'cli/locked', 'v2', creds)).digest, image.digest);
    const bad = await runCli(['tags', `${locked.host}/cli/locked`, '--username', 'carol', '--password-stdin'], { stdin: 'nope\n' });
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, new RegExp(`authentication failed for ${locked.host}`));
  });

  it('exits 2 on bad usage with a message that names the problem', async () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /a command is required/],
      [['push', 'x'], /unknown command "push"/],
      [['copy', 'nginx'], /copy needs a SOURCE and at least one TARGET/],
      [['copy', 'Nginx:1', 'x/y:1'], /Invalid image reference "Nginx:1"/],
      [['copy', 'a:1', 'b:1', '--concurrency', '0'], /--concurrency "0" is not a whole number from 1 to 64/],
      [
        ['copy', 'a:1', 'b:1', '--concurrency', String(MAX_CONCURRENCY + 1)],
        new RegExp(`--concurrency "${MAX_CONCURRENCY + 1}" is not a whole number from 1 to ${MAX_CONCURRENCY}`),
      ],
      [['copy', 'a:1', 'b:1', '--concurrency', '2.5'], /--concurrency "2\.5"/],
      [['copy', '[zz::zz]:5000/x:1', 'b:1'], /Invalid image reference "\[zz::zz\]:5000\/x:1"/],
      [['tags', 'a', '--dry-run'], /--dry-run is not an option of "hoist tags"/],
      [['tags', 'a', '--filter', '('], /--filter "\(" is not a valid regular expression/],
      [['copy', 'a:1', 'b:1', '--username', 'u'], /--username and --password-stdin go together/],
      [['copy', 'a:1', 'b:1', '--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [argv, message] of cases) {
      const run = await runCli(argv);
      assert.equal(run.code, 2, `${argv.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
    }
    const help = await runCli(['copy', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: hoist copy SOURCE TARGET/);
    assert.match(
      help.stdout,
      new RegExp(`--concurrency N +parallel blob transfers, 1 to ${MAX_CONCURRENCY} \\(default ${DEFAULT_CONCURRENCY}\\)`),
    );
  });

  it('draws a progress bar on a terminal, and nothing of the kind otherwise', async () => {
    await pushImage(a, 'cli/progress', 'v1', { seed: 'cli-progress', layers: 2, layerSize: 4 * 1024 * 1024 });
    const tty = await runCli(['copy', `${a.host}/cli/progress:v1`, `${b.host}/cli/progress-tty:v1`], { tty: true });
    assert.equal(tty.code, 0, tty.stderr);
    assert.match(tty.stderr, /\[[█░]+\] \d+% .*\/4\.0 MiB/, 'a bar with bytes done and total');
    const plain = await runCli(['copy', `${a.host}/cli/progress:v1`, `${b.host}/cli/progress-plain:v1`]);
    assert.equal(plain.code, 0);
    assert.equal(plain.stderr, '', 'a non-TTY run prints no progress');
  });
});
