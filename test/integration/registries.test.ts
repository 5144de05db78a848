// Registries in the wild, reproduced in front of a real registry: credential helpers, identity tokens, and a
// fault proxy that behaves like ECR, Harbor, Docker Hub or a chunk-only registry.
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { summaryHtml } from '../../src/action/outputs.ts';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.ts';
import { hoist, onlyTarget } from '../support/hoist.ts';
import { httpRequestBuffered } from '../support/http.ts';
import { getManifest, headBlob, pushImage, pushIndex } from '../support/images.ts';
import { credentials, startRegistry, type RegistryHandle } from '../support/registry.ts';
import { startTokenIssuer, type TokenIssuerHandle } from '../support/token-issuer.ts';

const scratch: string[] = [];
after(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

/** Run `body` with `dir` first on PATH, as a workflow step would have an installed credential helper. */
async function withPath<T>(dir: string, body: () => Promise<T>): Promise<T> {
  const saved = process.env['PATH'];
  process.env['PATH'] = `${dir}:${saved}`;
  try {
    return await body();
  } finally {
    process.env['PATH'] = saved;
  }
}

describe('credential helpers and stores', () => {
  let reg: RegistryHandle;
  before(async () => {
    reg = await startRegistry({ auth: 'htpasswd', users: { helper: 'from-the-helper-5u' } });
  });
  after(() => reg?.stop());

  function helperScript(dir: string, name: string, seen: string): void {
    // Prints credentials only for our registry, and records the server URL it was asked about on stdin.
    const script = `#!/bin/sh
[ "$1" = get ] || exit 1
read -r server
printf '%s\\n' "$server" >> '${seen}'
if [ "$server" = '${reg.host}' ]; then
  printf '{"ServerURL":"%s","Username":"helper","Secret":"from-the-helper-5u"}' "$server"
else
  echo "credentials not found in native keychain" >&2; exit 1
fi
`;
    writeFileSync(join(dir, `docker-credential-${name}`), script);
    chmodSync(join(dir, `docker-credential-${name}`), 0o755);
  }

  for (const kind of ['credHelpers', 'credsStore'] as const) {
    it(`runs docker-credential-<name> get from ${kind}, with the server URL on stdin`, async () => {
      const bin = tempDir('hoist-bin-');
      const seen = join(bin, 'seen');
      helperScript(bin, 'hoisttest', seen);
      const config = tempDir('hoist-cfg-');
      writeFileSync(
        join(config, 'config.json'),
        JSON.stringify(kind === 'credHelpers' ? { credHelpers: { [reg.host]: 'hoisttest' } } : { credsStore: 'hoisttest' }),
      );
      const image = await pushImage(reg, `helper/${kind.toLowerCase()}`, 'v1', { seed: `helper-${kind}`, creds: credentials(reg) });
      const run = await withPath(bin, () =>
        hoist(`${reg.host}/helper/${kind.toLowerCase()}:v1`, [`${reg.host}/helper/out-${kind.toLowerCase()}:v1`], {
          dockerConfigDir: config,
        }),
      );
      const target = onlyTarget(run);
      assert.equal(target.status, 'copied', target.error);
      assert.equal(target.digest, image.digest);
      assert.ok(run.secrets.includes('from-the-helper-5u'), 'the helper’s secret was masked');
      const { readFileSync } = await import('node:fs');
      assert.equal(readFileSync(seen, 'utf8').trim(), reg.host);
    });
  }

  it('names the missing helper binary', async () => {
    const config = tempDir('hoist-cfg-');
    writeFileSync(join(config, 'config.json'), JSON.stringify({ credHelpers: { [reg.host]: 'nosuchhelper' } }));
    await assert.rejects(
      hoist(`${reg.host}/helper/x:v1`, [`${reg.host}/helper/y:v1`], { dockerConfigDir: config }),
      /credential helper "nosuchhelper" for 127\.0\.0\.1:\d+, but docker-credential-nosuchhelper is not on PATH/,
    );
  });
});

describe('identity tokens (OAuth2 refresh-token grant)', () => {
  let issuer: TokenIssuerHandle;
  let reg: RegistryHandle;
  before(async () => {
    issuer = await startTokenIssuer({ users: { azure: 'az-password-1' } });
    reg = await startRegistry({ auth: 'token', tokenIssuer: issuer, users: { azure: 'az-password-1' } });
  });
  after(async () => {
    await reg?.stop();
    await issuer?.stop();
  });

  async function refreshToken(): Promise<string> {
    const form = new URLSearchParams({
      grant_type: 'password',
      username: 'azure',
      password: 'az-password-1',
      service: issuer.service,
      client_id: 'test',
      access_type: 'offline',
    });
    const res = await httpRequestBuffered({
      url: issuer.realm,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: Buffer.from(form.toString()),
    });
    return (JSON.parse(res.body.toString()) as { refresh_token: string }).refresh_token;
  }

  it('exchanges an identitytoken from config.json by POST, sending it only to the auth server', async () => {
    const image = await pushImage(reg, 'oauth/app', 'v1', { seed: 'oauth', creds: credentials(reg, 'azure') });
    const token = await refreshToken();
    const config = tempDir('hoist-cfg-');
    writeFileSync(
      join(config, 'config.json'),
      JSON.stringify({
        auths: { [reg.host]: { auth: Buffer.from('00000000-0000-0000-0000-000000000000:').toString('base64'), identitytoken: token } },
      }),
    );
    issuer.requests.length = 0;
    const run = await hoist(`${reg.host}/oauth/app:v1`, [`${reg.host}/oauth/app:v2`], { dockerConfigDir: config });
    assert.equal(onlyTarget(run).status, 'copied', onlyTarget(run).error);
    assert.deepEqual(
      issuer.requests.map((r) => [r.method, r.grantType, r.status]),
      [['POST', 'refresh_token', 200]],
    );
    assert.equal((await getManifest(reg, 'oauth/app', 'v2', credentials(reg, 'azure'))).digest, image.digest);
    assert.ok(run.secrets.includes(token), 'the refresh token was masked');
  });

  it('falls back to the token GET when the auth server has no OAuth2 endpoint (POST 404)', async () => {
    // A realm behind a proxy that answers every POST 404, as auth servers without OAuth2 do.
    const realmUrl = new URL(issuer.realm);
    const realmProxy = await startFaultProxy({ url: realmUrl.origin });
    realmProxy.addRule({ match: { method: 'POST' }, action: { respond: { status: 404, body: 'not found' } } });
    const fronted = await startRegistry({
      auth: 'token',
      tokenIssuer: { ...issuer, realm: `${realmProxy.url}${realmUrl.pathname}` },
      users: { azure: 'az-password-1' },
    });
    try {
      const image = await pushImage(fronted, 'oauth/fallback', 'v1', { seed: 'oauth-fallback', creds: credentials(fronted, 'azure') });
      const config = tempDir('hoist-cfg-');
      writeFileSync(
        join(config, 'config.json'),
        JSON.stringify({
          auths: { [fronted.host]: { username: 'azure', password: 'az-password-1', identitytoken: 'not-a-real-refresh-token' } },
        }),
      );
      realmProxy.requests.length = 0;
      const run = await hoist(`${fronted.host}/oauth/fallback:v1`, [`${fronted.host}/oauth/fallback:v2`], { dockerConfigDir: config });
      assert.equal(onlyTarget(run).status, 'copied', onlyTarget(run).error);
      assert.equal(onlyTarget(run).digest, image.digest);
      assert.deepEqual(
        realmProxy.requests.map((r) => [r.method, r.status]),
        [
          ['POST', 404],
          ['GET', 200],
        ],
      );
    } finally {
      await fronted.stop();
      await realmProxy.stop();
    }
  });
});

describe('registry quirks, through a proxy in front of a real registry', () => {
  let reg: RegistryHandle;
  let other: RegistryHandle;
  let proxy: FaultProxy;
  before(async () => {
    [reg, other] = await Promise.all([startRegistry(), startRegistry()]);
    proxy = await startFaultProxy(reg);
  });
  after(async () => {
    await proxy?.stop();
    await Promise.all([reg?.stop(), other?.stop()]);
  });
  const reset = (): void => {
    proxy.clearRules();
    proxy.requests.length = 0;
  };

  it('uses a plain-HTTP registry on loopback without waiting for its HTTPS attempt to end', async () => {
    // This proxy never answers the TLS hello: a client that waits for the HTTPS attempt before taking the plain
    // answer hangs until its TLS time-out, then fails.
    const silent = await startFaultProxy(reg, { answerNonHttp: false });
    try {
      const image = await pushImage(reg, 'quirk/plain', 'v1', { seed: 'plain-probe' });
      const run = await hoist(`${silent.host}/quirk/plain:v1`, [`${silent.host}/quirk/plain:v2`]);
      const target = onlyTarget(run);
      assert.equal(target.status, 'copied', target.error);
      assert.equal(target.digest, image.digest);
      assert.equal(silent.clientErrors, 1, 'the HTTPS attempt was made, and is still unanswered');
    } finally {
      await silent.stop();
    }
  });

  it('stops its HTTPS attempt at a plain-HTTP registry once the plain answer is in: no retries, one TLS hello', async () => {
    // This proxy resets a TLS hello after two round trips, a broken connection, which is worth retrying anywhere else:
    // left running, the attempt would open a connection per retry for seconds. The plain answer comes first.
    const slow = await startFaultProxy(reg, { delayMs: 100, resetNonHttp: true });
    try {
      await pushImage(reg, 'quirk/plain-stop', 'v1', { seed: 'plain-probe-stop' });
      const run = await hoist(`${slow.host}/quirk/plain-stop:v1`, [`${slow.host}/quirk/plain-stop:v2`]);
      assert.equal(onlyTarget(run).status, 'copied', onlyTarget(run).error);
      assert.deepEqual(
        run.retries.filter((r) => r.operation.includes('https://')).map((r) => `${r.operation}: ${r.reason}`),
        [],
      );
      assert.equal(slow.clientErrors, 1, 'one TLS hello');
    } finally {
      await slow.stop();
    }
  });

  it('hashes the manifest itself when HEAD carries no Docker-Content-Digest (ECR, some mirrors)', async () => {
    reset();
    const image = await pushImage(reg, 'quirk/nodigest', 'v1', { seed: 'nodigest' });
    await pushImage(reg, 'quirk/nodigest', 'old', { seed: 'nodigest-old' });
    proxy.addRule({ match: { method: 'HEAD', path: /\/manifests\// }, action: { stripResponseHeaders: ['docker-content-digest'] } });
    const run = await hoist(`${proxy.host}/quirk/nodigest:v1`, [`${proxy.host}/quirk/nodigest:old`]);
    const target = onlyTarget(run);
    assert.equal(target.status, 'copied', target.error);
    assert.equal(target.digest, image.digest);
    assert.ok(
      proxy.requests.some((r) => r.method === 'GET' && r.uri.endsWith('/manifests/v1')),
      'fell back to GET for the source',
    );
    assert.ok(
      proxy.requests.some((r) => r.method === 'GET' && r.uri.endsWith('/manifests/old')),
      'and for the target tag',
    );
    assert.equal((await getManifest(reg, 'quirk/nodigest', 'old')).digest, image.digest);

    const again = await hoist(`${proxy.host}/quirk/nodigest:v1`, [`${proxy.host}/quirk/nodigest:old`]);
    assert.equal(onlyTarget(again).status, 'unchanged', 'comparison by hashed bytes still finds nothing to do');
  });

  for (const [name, status] of [
    ['202 (ECR, no mount support)', 202],
    ['401 (Harbor, foreign project)', 401],
    ['400', 400],
  ] as const) {
    it(`falls back to an upload when a mount is answered ${name}`, async () => {
      reset();
      const image = await pushImage(reg, `quirk/mount${status}`, 'v1', { seed: `mount-${status}` });
      proxy.addRule({
        match: { method: 'POST', query: /mount=/ },
        action: { respond: { status, body: status === 202 ? '' : '{"errors":[{"code":"DENIED","message":"no"}]}' } },
      });
      const run = await hoist(`${proxy.host}/quirk/mount${status}:v1`, [`${proxy.host}/quirk/mounted${status}:v1`]);
      const target = onlyTarget(run);
      assert.equal(target.status, 'copied', target.error);
      assert.deepEqual(target.blobs, { mounted: 0, existing: 0, uploaded: 4 });
      assert.equal((await getManifest(reg, `quirk/mounted${status}`, 'v1')).digest, image.digest);
      for (const layer of image.layers) assert.equal(await headBlob(reg, `quirk/mounted${status}`, layer.digest), 200);
    });
  }

  it('switches to chunked PATCH uploads when a single PUT is refused with 413, recovering from a 416', async () => {
    reset();
    proxy.addRule({
      match: { method: 'PUT', path: /\/blobs\/uploads\//, query: /digest=/ },
      times: 1,
      action: { respond: { status: 413, body: '{"errors":[{"code":"SIZE_INVALID","message":"too large"}]}' } },
    });
    proxy.addRule({ match: { method: 'PATCH' }, times: 1, action: { respond: { status: 416, body: '' } } });
    const source = await pushImage(other, 'chunk/src', 'v1', { seed: 'chunked-src', layers: 3, layerSize: 200 * 1024 });
    const copy = await hoist(`${other.host}/chunk/src:v1`, [`${proxy.host}/chunk/dst:v1`], { concurrency: 1 });
    const target = onlyTarget(copy);
    assert.equal(target.status, 'copied', target.error);
    assert.equal(target.digest, source.digest);
    assert.equal(target.blobs.uploaded, 4);
    const patches = proxy.requests.filter((r) => r.method === 'PATCH');
    assert.ok(patches.length >= 4, `blobs went up in PATCH chunks (${patches.length})`);
    assert.ok(
      patches.some((r) => r.status === 416),
      'a 416 was answered and recovered from',
    );
    assert.match(copy.log.join('\n'), /refused a \d+-byte upload in one request \(413\); sending blobs in chunks/);
    for (const blob of [source.config, ...source.layers]) assert.equal(await headBlob(reg, 'chunk/dst', blob.digest), 200);
    assert.equal((await getManifest(reg, 'chunk/dst', 'v1')).digest, source.digest);
  });

  it('waits as Retry-After says on a 429 and says it was the rate limit', async () => {
    reset();
    const image = await pushImage(reg, 'quirk/ratelimit', 'v1', { seed: 'ratelimit' });
    proxy.addRule({
      match: { method: 'GET', path: /\/manifests\/v1$/ },
      times: 1,
      action: { respond: { status: 429, headers: { 'retry-after': '1' }, body: '' } },
    });
    const run = await hoist(`${proxy.host}/quirk/ratelimit:v1`, [`${other.host}/ratelimit/app:v1`], {
      retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 50 },
    });
    assert.equal(onlyTarget(run).status, 'copied', onlyTarget(run).error);
    assert.equal(onlyTarget(run).digest, image.digest);
    assert.match(
      run.log.join('\n'),
      /Retrying GET http:\/\/127\.0\.0\.1:\d+\/v2\/quirk\/ratelimit\/manifests\/v1 in 1000 ms after the registry rate limit \(429\)/,
    );
  });

  it('keeps relative upload Locations and their query parameters', async () => {
    reset();
    const source = await pushImage(other, 'rel/src', 'v1', { seed: 'relative' });
    proxy.addRule({ match: { method: 'POST', path: /\/blobs\/uploads\/$/ }, action: { rewriteLocationRelative: true } });
    const run = await hoist(`${other.host}/rel/src:v1`, [`${proxy.host}/rel/dst:v1`]);
    assert.equal(onlyTarget(run).status, 'copied', onlyTarget(run).error);
    assert.ok(
      proxy.requests.some((r) => r.method === 'PUT' && /_state=/.test(r.uri) && /digest=/.test(r.uri)),
      'the _state query survived',
    );
    assert.equal((await getManifest(reg, 'rel/dst', 'v1')).digest, source.digest);
  });

  it('reports a Docker Hub style pull allowance in the result and the summary', async () => {
    reset();
    const image = await pushImage(reg, 'quirk/hub', 'v1', { seed: 'hub' });
    proxy.addRule({
      match: { method: 'GET', path: /\/quirk\/hub\/manifests\/v1$/ },
      action: {
        respond: {
          status: 200,
          headers: {
            'docker-content-digest': image.digest,
            'content-type': image.mediaType,
            'ratelimit-limit': '100;w=21600',
            'ratelimit-remaining': '76;w=21600',
          },
          body: image.manifest.toString('latin1'),
        },
      },
    });
    const run = await hoist(`${proxy.host}/quirk/hub:v1`, [`${other.host}/hub/app:v1`]);
    assert.equal(onlyTarget(run).status, 'copied', onlyTarget(run).error);
    assert.deepEqual(run.result.rateLimits, [{ registry: proxy.host, limit: 100, remaining: 76, windowSeconds: 21600 }]);
    assert.match(summaryHtml(run.result, {}), new RegExp(`${proxy.host} pull allowance left: 76 of 100 per 6 h`));
  });

  it('names the media type when a registry rejects an OCI index, and writes no tag', async () => {
    reset();
    const index = await pushIndex(other, 'oci/src', 'v1', { seed: 'reject-oci' });
    proxy.addRule({
      match: { method: 'PUT', path: /\/manifests\/v1$/ },
      action: {
        respond: { status: 400, body: '{"errors":[{"code":"MANIFEST_INVALID","message":"manifest invalid","detail":"unsupported"}]}' },
      },
    });
    const run = await hoist(`${other.host}/oci/src:v1`, [`${proxy.host}/oci/dst:v1`]);
    const target = onlyTarget(run);
    assert.equal(target.status, 'failed');
    assert.match(
      target.error!,
      /may not accept the media type application\/vnd\.oci\.image\.index\.v1\+json \(hoist never converts manifests/,
    );
    assert.equal((await getManifest(reg, 'oci/dst', 'v1')).status, 404);
    void index;
  });
});
