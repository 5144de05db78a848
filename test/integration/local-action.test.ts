// GitHub's local debugger for actions (@github/local-action) runs src/action/run.ts with its own stand-ins for the
// toolkit, reading inputs from a .env file, as the README's "Debugging locally" section shows. Run here through
// `npm run local -- FILE.env` against a real registry: the copy happens and the tool sees all three outputs.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { getManifest, pushImage } from '../support/images.ts';
import { startRegistry, type RegistryHandle } from '../support/registry.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function npmRunLocal(envFile: string): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    execFile(
      'npm',
      ['run', '--silent', 'local', '--', envFile],
      { cwd: ROOT, timeout: 180_000, maxBuffer: 16 * 1024 * 1024, env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: tmpdir() } },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: stdout + stderr }),
    );
  });
}

/** The rows of the "Action Outputs" table local-action prints at the end (console.table: `│ i │ 'name' │ 'value' │`). */
function actionOutputs(output: string): Record<string, string> {
  const section = output.slice(output.lastIndexOf('Action Outputs'));
  const outputs: Record<string, string> = {};
  for (const match of section.matchAll(/^│ \d+\s+│ '([\w-]+)'\s+│ '(.*)'\s+│$/gm)) outputs[match[1]!] = match[2]!;
  return outputs;
}

describe('local debugging with @github/local-action', () => {
  let reg: RegistryHandle;
  let dir = '';
  before(async () => {
    reg = await startRegistry();
    dir = mkdtempSync(join(tmpdir(), 'hoist-local-action-'));
  });
  after(async () => {
    await reg?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('npm run local -- FILE.env copies the image and reports digest, refs and result', async () => {
    const image = await pushImage(reg, 'local/app', 'sha-1a2b3c', { seed: 'local-action' });
    const envFile = join(dir, 'hoist.env');
    writeFileSync(
      envFile,
      [
        `INPUT_SOURCE=${reg.host}/local/app:sha-1a2b3c`,
        `INPUT_TARGETS=${reg.host}/local/app:v1.2.3`,
        'INPUT_CONCURRENCY=8',
        'INPUT_DRY-RUN=false',
        '',
      ].join('\n'),
    );
    const run = await npmRunLocal(envFile);
    assert.equal(run.code, 0, run.output);
    assert.doesNotMatch(run.output, /No outputs were set/, run.output);
    const outputs = actionOutputs(run.output);
    assert.deepEqual(Object.keys(outputs).sort(), ['digest', 'refs', 'result'], run.output);
    assert.equal(outputs['digest'], image.digest);
    assert.equal(outputs['refs'], `${reg.host}/local/app@${image.digest}`);
    const result = JSON.parse(outputs['result']!) as Array<{ target: string; status: string; digest: string }>;
    assert.deepEqual(
      result.map((r) => [r.target, r.status, r.digest]),
      [[`${reg.host}/local/app:v1.2.3`, 'copied', image.digest]],
    );
    assert.equal((await getManifest(reg, 'local/app', 'v1.2.3')).digest, image.digest);
  });
});
