// The README's first command line: the demo must keep working on a fresh machine.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { it } from 'node:test';

it('npm run demo promotes a 3-platform image to two tags and another repository, then finds nothing to do', async () => {
  const root = resolve(import.meta.dirname, '../..');
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((done) => {
    execFile(
      process.execPath,
      ['scripts/demo.ts'],
      { cwd: root, timeout: 120_000, env: { ...process.env, DOCKER_CONFIG: '/nonexistent-hoist-test-config' } },
      (error, out) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: out });
      },
    );
  });
  assert.equal(code, 0, stdout);
  const copied = stdout.match(/^\S+\/(ci\/app:v1\.2\.3|ci\/app:latest|release\/app:v1\.2\.3)\s+copied\s/gm) ?? [];
  const unchanged = stdout.match(/^\S+\/(ci\/app:v1\.2\.3|ci\/app:latest|release\/app:v1\.2\.3)\s+unchanged\s/gm) ?? [];
  assert.equal(copied.length, 3, stdout);
  assert.equal(unchanged.length, 3, stdout);
  assert.match(stdout, /release\/app:v1\.2\.3\s+copied\s+sha256:\w+\s+10\s+0\s+0/, 'the other repository got every blob by mount');
});
