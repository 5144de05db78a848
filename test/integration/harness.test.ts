/**
 * Smoke test for the integration-test harness itself (test/support): real
 * docker-registry processes, the in-process token issuer, raw-HTTP image
 * pushes, the request log, and skopeo as an independent reader.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { httpRequestBuffered } from '../support/http.ts';
import {
  getBlob,
  getManifest,
  headBlob,
  listTags,
  MediaType,
  pushDockerList,
  pushImage,
  pushIndex,
  sha256Digest,
} from '../support/images.ts';
import { credentials, startRegistry } from '../support/registry.ts';
import type { RegistryHandle } from '../support/registry.ts';
import { skopeoDigest, skopeoInspectRaw, skopeoOptionsFor, skopeoRef } from '../support/skopeo.ts';
import { startTokenIssuer } from '../support/token-issuer.ts';
import type { TokenIssuerHandle } from '../support/token-issuer.ts';

describe('plain HTTP registry, no auth', () => {
  let reg: RegistryHandle;
  before(async () => {
    reg = await startRegistry();
  });
  after(() => reg?.stop());

  test('pushes a multi-layer image and serves it back byte for byte', async () => {
    const image = await pushImage(reg, 'smoke/plain', 'v1', { seed: 'plain-image', layers: 4 });
    assert.equal(image.layers.length, 4);

    const fetched = await getManifest(reg, 'smoke/plain', 'v1');
    assert.equal(fetched.status, 200);
    assert.equal(fetched.mediaType, MediaType.ociManifest);
    assert.deepEqual(fetched.body, image.manifest);
    assert.equal(fetched.digest, sha256Digest(fetched.body));
    assert.equal(fetched.digest, image.digest);

    for (const layer of image.layers) assert.equal(await headBlob(reg, 'smoke/plain', layer.digest), 200);
    const config = await getBlob(reg, 'smoke/plain', image.config.digest);
    assert.deepEqual(config.body, image.blobs.get(image.config.digest));
    assert.deepEqual(await listTags(reg, 'smoke/plain'), { status: 200, tags: ['v1'] });
  });

  test('same seed gives the same digest, a different seed a different one', async () => {
    const a = await pushImage(reg, 'smoke/seeds', 'a', { seed: 'seed-a' });
    const again = await pushImage(reg, 'smoke/seeds', 'again', { seed: 'seed-a' });
    const b = await pushImage(reg, 'smoke/seeds', 'b', { seed: 'seed-b' });
    assert.equal(again.digest, a.digest);
    assert.notEqual(b.digest, a.digest);
  });

  test('records requests, including the manifest PUT', async () => {
    reg.clearRequests();
    await pushImage(reg, 'smoke/logged', 'v1', { seed: 'logged', layers: 1 });
    await getManifest(reg, 'smoke/logged', 'missing');
    await reg.settle();

    const requests = reg.requests();
    const put = requests.find((r) => r.method === 'PUT' && r.path === '/v2/smoke/logged/manifests/v1');
    assert.equal(put?.status, 201);
    const uploads = requests.filter((r) => r.method === 'PUT' && r.path.startsWith('/v2/smoke/logged/blobs/uploads/'));
    assert.equal(uploads.length, 2, 'one layer + one config');
    assert.ok(uploads.every((r) => r.status === 201 && r.uri.includes('digest=sha256')));
    assert.equal(requests.find((r) => r.path === '/v2/smoke/logged/manifests/missing')?.status, 404);
    assert.ok(!requests.some((r) => r.uri.includes('hoist-harness-settle')), 'settle probes are hidden');

    // The JSON log adds detail the access log lacks, such as the error code.
    const notFound = reg
      .logs()
      .find((l) => l.msg === 'response completed with error' && l['http.request.uri'] === '/v2/smoke/logged/manifests/missing');
    assert.equal(notFound?.['err.code'], 'manifest unknown');
  });

  test('pushes an OCI index whose children share a base layer', async () => {
    const index = await pushIndex(reg, 'smoke/multi', 'v1', { seed: 'plain-index' });
    assert.equal(index.children.length, 3);
    const bases = new Set(index.children.map((c) => c.layers[0]?.digest));
    assert.equal(bases.size, 1, 'one shared base layer');

    const fetched = await getManifest(reg, 'smoke/multi', 'v1');
    assert.equal(fetched.mediaType, MediaType.ociIndex);
    assert.equal(fetched.digest, sha256Digest(fetched.body));
    assert.deepEqual(fetched.body, index.manifest);
    for (const child of index.children) {
      const c = await getManifest(reg, 'smoke/multi', child.digest);
      assert.equal(c.status, 200);
      assert.equal(c.digest, child.digest);
    }
  });

  test('skopeo reads the same raw manifest and digest', async () => {
    const index = await pushIndex(reg, 'smoke/skopeo', 'v1', { seed: 'plain-skopeo' });
    const ref = skopeoRef(reg, 'smoke/skopeo', 'v1');
    assert.deepEqual(await skopeoInspectRaw(ref, skopeoOptionsFor(reg)), index.manifest);
    assert.equal(await skopeoDigest(ref, skopeoOptionsFor(reg)), index.digest);
  });
});

describe('htpasswd registry', () => {
  let reg: RegistryHandle;
  before(async () => {
    reg = await startRegistry({ auth: 'htpasswd', users: { alice: 'alice-pw', bob: 'bob-pw' } });
  });
  after(() => reg?.stop());

  test('pushes a Docker manifest list with credentials', async () => {
    const creds = credentials(reg, 'bob');
    const list = await pushDockerList(reg, 'smoke/docker', 'v1', { seed: 'htpasswd-list', creds });
    const fetched = await getManifest(reg, 'smoke/docker', 'v1', creds);
    assert.equal(fetched.status, 200);
    assert.equal(fetched.mediaType, MediaType.dockerList);
    assert.equal(fetched.digest, sha256Digest(fetched.body));
    assert.deepEqual(fetched.body, list.manifest);
    const child = list.children[0]!;
    assert.equal(child.mediaType, MediaType.dockerManifest);
    assert.equal(child.config.mediaType, MediaType.dockerConfig);
    assert.equal((await getManifest(reg, 'smoke/docker', child.digest, creds)).mediaType, MediaType.dockerManifest);
  });

  test('rejects anonymous and wrong-password access, and logs the 401s', async () => {
    reg.clearRequests();
    assert.equal((await getManifest(reg, 'smoke/docker', 'v1')).status, 401);
    assert.equal((await getManifest(reg, 'smoke/docker', 'v1', { username: 'alice', password: 'nope' })).status, 401);
    await reg.settle();
    const unauthorized = reg.requests().filter((r) => r.status === 401);
    assert.ok(unauthorized.length >= 2);
  });

  test('skopeo reads it with credentials', async () => {
    const ref = skopeoRef(reg, 'smoke/docker', 'v1');
    const raw = await skopeoInspectRaw(ref, skopeoOptionsFor(reg, credentials(reg, 'alice')));
    assert.equal(sha256Digest(raw), (await getManifest(reg, 'smoke/docker', 'v1', credentials(reg))).digest);
  });
});

describe('TLS registry with token auth', () => {
  let issuer: TokenIssuerHandle;
  let reg: RegistryHandle;
  const users = { alice: 'alice-pw' };
  before(async () => {
    issuer = await startTokenIssuer({ users, tls: true, anonymousPull: (repo) => repo.startsWith('public/') });
    reg = await startRegistry({ auth: 'token', tls: true, users, tokenIssuer: issuer });
  });
  after(async () => {
    await reg?.stop();
    await issuer?.stop();
  });

  test('serves HTTPS with the test CA', () => {
    assert.match(reg.url, /^https:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(reg.caFile);
    assert.match(issuer.realm, /^https:\/\//);
  });

  test('pushes with a bearer token and reads back', async () => {
    issuer.requests.length = 0;
    const creds = credentials(reg);
    const index = await pushIndex(reg, 'private/app', 'v1', { seed: 'token-index', creds });
    const fetched = await getManifest(reg, 'private/app', 'v1', creds);
    assert.equal(fetched.status, 200);
    assert.equal(fetched.digest, index.digest);
    assert.equal(fetched.digest, sha256Digest(fetched.body));

    assert.ok(issuer.requests.length >= 1);
    // distribution 2.8 orders the challenge's actions randomly ("pull,push" or "push,pull").
    const pushToken = issuer.requests.find((r) => r.granted.some((a) => a.name === 'private/app' && a.actions.includes('push')));
    assert.equal(pushToken?.user, 'alice');
    assert.deepEqual(
      pushToken?.granted.map((a) => ({ ...a, actions: [...a.actions].sort() })),
      [{ type: 'repository', name: 'private/app', actions: ['pull', 'push'] }],
    );
  });

  test('anonymous pull works only where the issuer allows it', async () => {
    const creds = credentials(reg);
    const pub = await pushImage(reg, 'public/base', 'v1', { seed: 'token-public', creds });
    await pushImage(reg, 'private/base', 'v1', { seed: 'token-private', creds });

    issuer.requests.length = 0;
    const anonymous = await getManifest(reg, 'public/base', 'v1');
    assert.equal(anonymous.status, 200);
    assert.equal(anonymous.digest, pub.digest);
    assert.equal((await getManifest(reg, 'private/base', 'v1')).status, 401);

    // Anonymous token requests succeed but grant nothing on private repos.
    assert.ok(issuer.requests.every((r) => r.status === 200 && r.user === undefined));
    const denied = issuer.requests.find((r) => r.scopes.includes('repository:private/base:pull'));
    assert.deepEqual(denied?.granted, [{ type: 'repository', name: 'private/base', actions: [] }]);

    // Anonymous push to a public repo is still refused.
    await assert.rejects(pushImage(reg, 'public/base', 'nope', { seed: 'anon-push', layers: 1 }), /expected 202, got 401/);
  });

  test('issuer answers the OAuth2 password and refresh_token grants', async () => {
    const post = async (form: Record<string, string>) => {
      const res = await httpRequestBuffered({
        url: issuer.realm,
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
        caFile: issuer.caFile!,
      });
      return { status: res.status, body: JSON.parse(res.body.toString()) as Record<string, unknown> };
    };
    const common = { service: issuer.service, client_id: 'hoist-tests', scope: 'repository:private/app:pull' };
    const password = await post({ ...common, grant_type: 'password', username: 'alice', password: 'alice-pw', access_type: 'offline' });
    assert.equal(password.status, 200);
    assert.equal(typeof password.body.access_token, 'string');
    assert.equal(typeof password.body.refresh_token, 'string');

    const refreshed = await post({ ...common, grant_type: 'refresh_token', refresh_token: String(password.body.refresh_token) });
    assert.equal(refreshed.status, 200);
    assert.equal(refreshed.body.refresh_token, password.body.refresh_token);

    assert.equal((await post({ ...common, grant_type: 'password', username: 'alice', password: 'wrong' })).status, 401);
  });

  test('skopeo reads through the token flow over TLS, with and without credentials', async () => {
    const pub = await pushImage(reg, 'public/skopeo', 'v1', { seed: 'token-skopeo', creds: credentials(reg), mediaType: 'docker' });
    const ref = skopeoRef(reg, 'public/skopeo', 'v1');
    assert.deepEqual(await skopeoInspectRaw(ref, skopeoOptionsFor(reg)), pub.manifest);
    assert.equal(await skopeoDigest(ref, skopeoOptionsFor(reg, credentials(reg))), pub.digest);
    await assert.rejects(skopeoInspectRaw(skopeoRef(reg, 'private/app', 'v1'), skopeoOptionsFor(reg)), /denied|unauthorized/);
  });
});
