// A step with bad input must fail at once (the bench's start-up row: ≤ 60 ms over `node -e 0`). Timing is the
// bench's job; what can be checked here is what the bundles load before they give up: none of the HTTP stack
// (undici, which @actions/core's OIDC client would load unless patches/ keeps it lazy), the tar code or the YAML.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { it } from 'node:test';
import { builtinsLoadedBy } from '../support/module-load.ts';

const root = resolve(import.meta.dirname, '../..');

// Loaded by undici (http2 before patches/, tls, worker_threads), by the file stores (zlib) or by Node's HTTP client.
const HEAVY = ['http', 'https', 'http2', 'tls', 'zlib', 'worker_threads'];

it('the action with invalid input loads no HTTP stack, tar or YAML before it fails', () => {
  const run = builtinsLoadedBy([join(root, 'dist/index.js')], { INPUT_SOURCE: '', INPUT_TARGETS: '' });
  assert.equal(run.status, 1, run.stdout);
  assert.deepEqual(
    HEAVY.filter((m) => run.builtins.includes(m)),
    [],
  );
});

it('the CLI with a bad reference loads no HTTP stack, tar or YAML before it exits 2', () => {
  const run = builtinsLoadedBy([join(root, 'dist/cli/index.js'), 'copy', 'not a reference!', 'localhost:5000/app:1'], {});
  assert.equal(run.status, 2, run.stderr);
  assert.deepEqual(
    HEAVY.filter((m) => run.builtins.includes(m)),
    [],
  );
});

it('the bundles hold undici, tar and YAML only in chunks loaded on demand', () => {
  // Markers of each library's own code, not of hoist's: a diagnostics channel of undici's, tar's and yaml's errors.
  for (const name of ['dist/index.js', 'dist/cli/index.js']) {
    const text = readFileSync(join(root, name), 'utf8');
    assert.doesNotMatch(text, /undici:request:create/, `${name} holds undici`);
    assert.doesNotMatch(text, /TAR_BAD_ARCHIVE/, `${name} holds tar`);
    assert.doesNotMatch(text, /YAMLParseError/, `${name} holds yaml`);
  }
});
