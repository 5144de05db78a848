// What the bundles load while they copy through a real registry: HTTP/1.1 only, so not node:http2, which undici
// would require at import unless patches/ defers it (~25 ms of every run).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pushImage } from '../support/images.ts';
import { builtinsLoadedBy } from '../support/module-load.ts';
import { startRegistry, type RegistryHandle } from '../support/registry.ts';

const root = resolve(import.meta.dirname, '../..');

describe('what a copy loads', () => {
  let registry: RegistryHandle;
  let dir: string;
  before(async () => {
    registry = await startRegistry();
    dir = mkdtempSync(join(tmpdir(), 'hoist-bundle-imports-'));
    await pushImage(registry, 'imports/app', 'v1', { seed: 'bundle-imports' });
  });
  after(async () => {
    await registry?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the CLI copies without node:http2', () => {
    const run = builtinsLoadedBy(
      [join(root, 'dist/cli/index.js'), 'copy', `${registry.host}/imports/app:v1`, `${registry.host}/imports/cli:v1`, '--json'],
      { HOME: dir },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.equal((JSON.parse(run.stdout) as Array<{ status: string }>)[0]?.status, 'copied');
    assert.ok(run.builtins.includes('net'), 'the copy went over the network');
    assert.equal(run.builtins.includes('http2'), false, 'node:http2 was loaded');
  });

  it('the action copies without node:http2', () => {
    const output = join(dir, 'output');
    writeFileSync(output, '');
    const run = builtinsLoadedBy([join(root, 'dist/index.js')], {
      HOME: dir,
      GITHUB_OUTPUT: output,
      INPUT_SOURCE: `${registry.host}/imports/app:v1`,
      INPUT_TARGETS: `${registry.host}/imports/action:v1`,
    });
    assert.equal(run.status, 0, run.stdout);
    assert.match(readFileSync(output, 'utf8'), /^digest<</m);
    assert.equal(run.builtins.includes('http2'), false, 'node:http2 was loaded');
  });
});
