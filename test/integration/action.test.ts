// The bundled dist/index.js, run the way the Actions runner runs it: INPUT_* variables, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, the exit code, and what it prints (masks first, secrets never).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getManifest, pushImage, pushIndex } from '../support/images.ts';
import { freePort } from '../support/ports.ts';
import { credentials, startRegistry, type RegistryHandle } from '../support/registry.ts';
import { runAction } from '../support/run-action.ts';
import { makeCerts } from '../support/certs.ts';

describe('the bundled action', () => {
  let reg: RegistryHandle;
  let secure: RegistryHandle;
  before(async () => {
    [reg, secure] = await Promise.all([startRegistry(), startRegistry({ auth: 'token', tls: true, users: { ci: 'ci-password-7f3a' } })]);
  });
  after(async () => {
    await Promise.all([reg?.stop(), secure?.stop()]);
  });

  it('copies to several targets and writes digest, refs, result and a summary table', async () => {
    const index = await pushIndex(reg, 'act/app', 'sha-1a2b3c', { seed: 'action-index' });
    const run = await runAction(
      {
        source: `${reg.host}/act/app:sha-1a2b3c`,
        targets: `${reg.host}/act/app:v1.2.3\n${reg.host}/act/app:latest, ${reg.host}/released/app:v1.2.3`,
      },
      // The workflow's facts, as the runner sets them: @actions/github reads them for the summary's run link.
      { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/app', GITHUB_RUN_ID: '4242', GITHUB_ACTOR: 'octocat' },
    );
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['digest'], index.digest);
    // One per target repository: two tags of act/app pin the same reference.
    assert.deepEqual(run.outputs['refs']!.split('\n'), [`${reg.host}/act/app@${index.digest}`, `${reg.host}/released/app@${index.digest}`]);
    const result = JSON.parse(run.outputs['result']!) as Array<Record<string, unknown>>;
    assert.deepEqual(
      result.map((r) => [r['target'], r['status'], r['digest']]),
      [
        [`${reg.host}/act/app:v1.2.3`, 'copied', index.digest],
        [`${reg.host}/act/app:latest`, 'copied', index.digest],
        [`${reg.host}/released/app:v1.2.3`, 'copied', index.digest],
      ],
    );
    assert.deepEqual(Object.keys(result[2]!).sort(), ['blobs', 'bytesUploaded', 'digest', 'durationMs', 'referrers', 'status', 'target']);
    const uniqueBlobs = new Set(index.children.flatMap((c) => [...c.blobs.keys()]));
    assert.deepEqual(result[2]!['blobs'], { mounted: uniqueBlobs.size, existing: 0, uploaded: 0 });
    assert.match(run.summary, /<table>/);
    assert.match(run.summary, new RegExp(`<code>${reg.host}/released/app@${index.digest}</code>`));
    assert.match(run.summary, /linux\/amd64, linux\/arm64\/v8, linux\/arm\/v7/);
    assert.match(run.stdout, new RegExp(`::group::${reg.host}/released/app:v1.2.3: copied`));
    assert.equal((run.stdout.match(/^::group::/gm) ?? []).length, 3, 'one group per target');
    assert.equal((run.stdout.match(/^::endgroup::/gm) ?? []).length, 3, 'every group closed');
    assert.ok(run.summary.includes('<a href="https://github.com/acme/app/actions/runs/4242">Workflow run</a>'), run.summary);
    assert.equal((await getManifest(reg, 'released/app', 'v1.2.3')).digest, index.digest);

    const again = await runAction({ source: `${reg.host}/act/app:sha-1a2b3c`, targets: `${reg.host}/released/app:v1.2.3` });
    assert.equal(again.code, 0);
    assert.equal((JSON.parse(again.outputs['result']!) as Array<{ status: string }>)[0]!.status, 'unchanged');
  });

  it('dry-run reports planned targets in the outputs and summary, and writes nothing', async () => {
    const image = await pushImage(reg, 'act/dry', 'v1', { seed: 'action-dry' });
    await reg.settle();
    reg.clearRequests();
    const run = await runAction({ source: `${reg.host}/act/dry:v1`, targets: `${reg.host}/act/dry-target:v1`, 'dry-run': 'true' });
    assert.equal(run.code, 0, run.stdout);
    const result = JSON.parse(run.outputs['result']!) as Array<{ status: string; blobs: Record<string, number> }>;
    assert.deepEqual(
      result.map((r) => [r.status, r.blobs]),
      [['planned', { mounted: 4, existing: 0, uploaded: 0 }]],
    );
    assert.equal(run.outputs['digest'], image.digest);
    assert.match(run.summary, /Dry run: 1 would be copied/);
    assert.match(run.summary, /would copy/);
    await reg.settle();
    assert.deepEqual(
      reg.requests().filter((r) => !['GET', 'HEAD'].includes(r.method)),
      [],
    );
  });

  it('logs a line when each upload starts and ends', async () => {
    const other = await startRegistry();
    try {
      const image = await pushImage(reg, 'act/progress', 'v1', { seed: 'action-progress', layers: 2 });
      const run = await runAction({ source: `${reg.host}/act/progress:v1`, targets: `${other.host}/act/progress:v1` });
      assert.equal(run.code, 0, run.stdout);
      for (const layer of image.layers) {
        const short = layer.digest.slice(0, 19);
        assert.match(run.stdout, new RegExp(`${other.host}/act/progress: ${short} uploading 64 KiB`));
        assert.match(run.stdout, new RegExp(`${other.host}/act/progress: ${short} uploaded 64 KiB in [\\d.]+ s \\([\\d.]+ MB/s\\)`));
      }
    } finally {
      await other.stop();
    }
  });

  it('fails at once on a malformed reference, quoting it, without contacting any registry', async () => {
    await reg.settle();
    reg.clearRequests();
    const run = await runAction({ source: `${reg.host}/Bad/Name:v1`, targets: `${reg.host}/ok/app:v1` });
    assert.equal(run.code, 1);
    assert.match(
      run.stdout,
      /::error::Input "source": Invalid image reference "127\.0\.0\.1:\d+\/Bad\/Name:v1": repository names must be lowercase/,
    );
    await reg.settle();
    assert.deepEqual(reg.requests(), []);
  });

  it('fails the step listing the failed target, after completing the others', async () => {
    const image = await pushImage(reg, 'act/partial', 'v1', { seed: 'action-partial' });
    const closed = `127.0.0.1:${await freePort()}`;
    const run = await runAction({
      source: `${reg.host}/act/partial:v1`,
      targets: `${reg.host}/act/partial:ok\n${closed}/act/partial:v1`,
    });
    assert.equal(run.code, 1);
    assert.match(run.stdout, new RegExp(`::error::target ${closed}/act/partial:v1: could not reach the registry`));
    assert.match(
      run.stdout,
      new RegExp(`::error::1 of 2 targets failed: ${closed}/act/partial:v1\\. These completed: ${reg.host}/act/partial:ok`),
    );
    assert.equal(run.outputs['refs'], `${reg.host}/act/partial@${image.digest}`);
    const result = JSON.parse(run.outputs['result']!) as Array<{ status: string; error?: string }>;
    assert.deepEqual(
      result.map((r) => r.status),
      ['copied', 'failed'],
    );
    assert.match(result[1]!.error!, /could not reach/);
    assert.match(run.summary, /❌ failed/);
  });

  it('masks the password and every token before anything else, and never prints them, even in debug', async () => {
    const creds = credentials(secure, 'ci');
    const image = await pushImage(secure, 'sec/app', 'v1', { seed: 'action-secure', creds });
    const run = await runAction(
      {
        source: `${secure.host}/sec/app:v1`,
        targets: `${secure.host}/sec/app:v2`,
        username: creds.username,
        password: creds.password,
      },
      { NODE_EXTRA_CA_CERTS: (await makeCerts()).caCert, RUNNER_DEBUG: '1' },
    );
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['digest'], image.digest);
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], `::add-mask::${creds.password}`, 'the password is masked first');
    const masks = lines.filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length));
    assert.ok(
      masks.some((m) => m.split('.').length === 3),
      'the bearer token was masked',
    );
    const everything = run.stdout + run.stderr + run.summary + JSON.stringify(run.outputs);
    for (const secret of masks) {
      const printed = everything.split(secret).length - 1;
      const masked = lines.filter((l) => l === `::add-mask::${secret}`).length;
      assert.equal(printed, masked, 'a secret appears only in its own add-mask command');
    }
    assert.doesNotMatch(everything, /authorization:|Bearer ey|Basic [A-Za-z0-9+/=]{8}/i);
    assert.match(run.stdout, /::debug::/, 'debug logging was on');
  });
});
