// The CLI keeps V8's compiled code between runs (src/cli/compile-cache.ts): the second copy reads every chunk it
// loads from the cache instead of compiling it, the cache sits in the user's cache folder, and the switch Node
// documents for turning it off is honoured. Node's own diagnostics (NODE_DEBUG_NATIVE=COMPILE_CACHE) say what it did.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { compileCacheDir } from '../../src/cli/compile-cache.ts';
import { pushImage } from '../support/images.ts';
import { startRegistry, type RegistryHandle } from '../support/registry.ts';

const root = resolve(import.meta.dirname, '../..');

describe('the CLI compile cache', () => {
  let registry: RegistryHandle;
  let dir: string;
  before(async () => {
    registry = await startRegistry();
    dir = mkdtempSync(join(tmpdir(), 'hoist-compile-cache-'));
    await pushImage(registry, 'cache/app', 'v1', { seed: 'compile-cache' });
  });
  after(async () => {
    await registry?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const copy = (home: string, tag: string, env: NodeJS.ProcessEnv = {}) => {
    const child = spawnSync(
      process.execPath,
      [join(root, 'dist/cli/index.js'), 'copy', `${registry.host}/cache/app:v1`, `${registry.host}/cache/copy:${tag}`, '--json'],
      { env: { PATH: process.env['PATH'], HOME: home, NODE_DEBUG_NATIVE: 'COMPILE_CACHE', ...env }, encoding: 'utf8' },
    );
    assert.equal(child.status, 0, child.stderr);
    const chunks = (verdict: string) =>
      [...child.stderr.matchAll(new RegExp(`V8 code cache for ESM (\\S+) was ${verdict}`, 'g'))].map((m) => m[1]);
    return {
      stderr: child.stderr,
      accepted: chunks('accepted'),
      rejected: chunks('rejected'),
      fresh: chunks('not initialized, initializing the in-memory entry'),
    };
  };

  it('compiles the chunks once, then reads them from ~/.cache/hoist/v8', () => {
    const home = join(dir, 'home');
    const first = copy(home, 'one');
    assert.ok(first.fresh.length >= 2, `the first run compiled and cached its chunks:\n${first.stderr}`);
    assert.ok(
      first.fresh.some((url) => url?.startsWith('file://') && url.includes('/dist/cli/')),
      first.stderr,
    );
    const cache = join(home, '.cache', 'hoist', 'v8');
    assert.ok(existsSync(cache) && readdirSync(cache).length > 0, 'nothing was written to the cache folder');

    const second = copy(home, 'two');
    assert.deepEqual(second.rejected, [], second.stderr);
    assert.deepEqual(second.fresh, [], `the second run compiled again:\n${second.stderr}`);
    assert.deepEqual([...second.accepted].sort(), [...first.fresh].sort(), 'the second run read each chunk from the cache');
  });

  it('is off with NODE_DISABLE_COMPILE_CACHE, and follows XDG_CACHE_HOME', () => {
    const home = join(dir, 'off');
    const run = copy(home, 'off', { NODE_DISABLE_COMPILE_CACHE: '1' });
    assert.deepEqual(run.fresh, [], run.stderr);
    assert.equal(existsSync(join(home, '.cache')), false);

    const xdg = join(dir, 'xdg');
    copy(join(dir, 'xdg-home'), 'xdg', { XDG_CACHE_HOME: xdg });
    assert.ok(readdirSync(join(xdg, 'hoist', 'v8')).length > 0);
    assert.equal(existsSync(join(dir, 'xdg-home', '.cache')), false);
  });

  it('lives in the user’s cache folder, never the shared temporary one', () => {
    assert.equal(compileCacheDir({ HOME: '/home/u', XDG_CACHE_HOME: '/home/u/.xdg' }), '/home/u/.xdg/hoist/v8');
    assert.equal(compileCacheDir({ XDG_CACHE_HOME: '' }).startsWith(tmpdir()), false);
  });
});
