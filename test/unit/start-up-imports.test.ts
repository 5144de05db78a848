// A step with bad input must fail at once (the bench's start-up row: ≤ 60 ms over `node -e 0`). Timing is the
// bench's job; what can be checked here is what the bundles load before they give up: none of the HTTP stack
// (undici, through @actions/core's OIDC client unless patches/ keeps it lazy), the tar code or the sync's YAML.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'hoist-start-up-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

// Loaded by undici (http2, tls, worker_threads), by the file stores (zlib) or by Node's HTTP client (http).
const HEAVY = ['http', 'https', 'http2', 'tls', 'zlib', 'worker_threads'];

/** Runs a bundle and returns the builtins it loaded. */
function loadedBy(args: readonly string[], env: NodeJS.ProcessEnv): { builtins: string[]; status: number | null } {
  const list = join(scratch, `modules-${Math.random().toString(36).slice(2)}.json`);
  const hook = join(scratch, 'hook.cjs');
  writeFileSync(
    hook,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));`,
  );
  const child = spawnSync(process.execPath, ['--require', hook, ...args], {
    cwd: scratch,
    env: { PATH: process.env['PATH'], ...env },
    encoding: 'utf8',
  });
  const modules = JSON.parse(readFileSync(list, 'utf8')) as string[];
  return {
    builtins: modules.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length)),
    status: child.status,
  };
}

it('the action with invalid input loads no HTTP stack, tar or YAML before it fails', () => {
  const { builtins, status } = loadedBy([join(root, 'dist/index.js')], { INPUT_SOURCE: '', INPUT_TARGETS: '' });
  assert.equal(status, 1);
  assert.deepEqual(
    HEAVY.filter((m) => builtins.includes(m)),
    [],
  );
});

it('the CLI with a bad reference loads no HTTP stack, tar or YAML before it exits 2', () => {
  const { builtins, status } = loadedBy([join(root, 'dist/cli/index.js'), 'copy', 'not a reference!', 'localhost:5000/app:1'], {});
  assert.equal(status, 2);
  assert.deepEqual(
    HEAVY.filter((m) => builtins.includes(m)),
    [],
  );
});

it('the bundles hold undici, tar and YAML only in chunks loaded on demand', () => {
  // Markers of each library's own code, not of hoist's: a diagnostics channel of undici's, tar's and yaml's errors.
  const action = readFileSync(join(root, 'dist/index.js'), 'utf8');
  const cli = readFileSync(join(root, 'dist/cli/index.js'), 'utf8');
  for (const [name, text] of [
    ['dist/index.js', action],
    ['dist/cli/index.js', cli],
  ] as const) {
    assert.doesNotMatch(text, /undici:request:create/, `${name} holds undici`);
    assert.doesNotMatch(text, /TAR_BAD_ARCHIVE/, `${name} holds tar`);
    assert.doesNotMatch(text, /YAMLParseError/, `${name} holds yaml`);
  }
});
