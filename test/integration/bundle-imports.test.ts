// What the bundles load while they copy through a real registry: HTTP/1.1 only, so not node:http2, which undici
// would require at import unless patches/ defers it (~25 ms of every run); and none of undici's web APIs (fetch,
// WebSocket, caches, EventSource: ~15 ms more), which patches/ evaluates on first use. fetch alone brings node:zlib
// and node:worker_threads, which a registry copy never needs. And the CLI's first request to a plain-HTTP registry
// leaves before node:tls and node:crypto load (~20 ms of CPU the parallel HTTPS probe and the first hash need, not
// it), and before node:http and node:dns (~5 ms); the action's toolkit loads them at import.
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

  it("the CLI copies without node:http2 or undici's web APIs, its first request ahead of TLS", () => {
    const run = builtinsLoadedBy(
      [join(root, 'dist/cli/index.js'), 'copy', `${registry.host}/imports/app:v1`, `${registry.host}/imports/cli:v1`, '--json'],
      { HOME: dir },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.equal((JSON.parse(run.stdout) as Array<{ status: string }>)[0]?.status, 'copied');
    assert.ok(run.builtins.includes('net'), 'the copy went over the network');
    assert.equal(run.builtins.includes('http2'), false, 'node:http2 was loaded');
    assertNoWebApis(run.builtins);
    assertFirstRequestBeforeTls(run.atFirstRequest);
    // Not later either: undici destroys sockets on the way, and its check for an http.IncomingMessage there must not
    // load node:http (~4 ms between two round trips).
    assert.equal(run.builtins.includes('http'), false, 'node:http was loaded during the copy');
  });

  it("the action copies without node:http2 or undici's web APIs", () => {
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
    assertNoWebApis(run.builtins);
  });
});

function assertFirstRequestBeforeTls(atFirstRequest: readonly string[] | undefined): void {
  assert.ok(atFirstRequest, 'no HTTP request was written');
  // node:http and node:dns: undici would load them at import for a default and an interceptor hoist does not use.
  for (const name of ['tls', 'crypto', 'http', 'dns'])
    assert.equal(atFirstRequest.includes(name), false, `node:${name} was loaded before the first request went out`);
}

function assertNoWebApis(builtins: readonly string[]): void {
  for (const name of ['zlib', 'worker_threads'])
    assert.equal(builtins.includes(name), false, `node:${name} was loaded: undici's fetch was evaluated`);
}
