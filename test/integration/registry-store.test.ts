// RegistryStore, the engine's view of a registry repository, against a real registry (distribution 2.8). Where a
// registry feature or a response shape is needed that distribution 2.8 does not produce (schema 1 on GET, OCI-Subject,
// Docker Hub's rate-limit headers), a fault proxy in front of the real registry answers instead; each such test
// says so in its name.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import type { Logger } from '../../src/log.ts';
import { digestOf } from '../../src/oci/digest.ts';
import { parseReference } from '../../src/oci/reference.ts';
import { RetryPolicy, type RetryEvent } from '../../src/retry/policy.ts';
import { RegistryError } from '../../src/store/registry/errors.ts';
import { openRegistries, type Registries, type RegistriesOptions } from '../../src/store/registry/registries.ts';
import type { RegistryStore } from '../../src/store/registry/registry-store.ts';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.ts';
import { buildImage, deterministicBytes, getBlob, getManifest, headBlob, pushImage, sha256Digest } from '../support/images.ts';
import { httpRequestBuffered } from '../support/http.ts';
import { credentials, startRegistry, type RegistryHandle } from '../support/registry.ts';

const QUICK = { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 };
const JSON_HEADERS = { 'content-type': 'application/json' };

interface Opened {
  registries: Registries;
  log: string[];
}

async function open(names: string[], extra: Partial<RegistriesOptions> = {}): Promise<Opened> {
  const log: string[] = [];
  const logger: Logger = {
    debug: (m) => log.push(`debug: ${m}`),
    info: (m) => log.push(m),
    warning: (m) => log.push(`warning: ${m}`),
    error: (m) => log.push(`error: ${m}`),
  };
  const registries = await openRegistries(names, {
    credentials: { dockerConfigDir: '/nonexistent-hoist-test-config' },
    insecureRegistries: new Set(),
    logger,
    secret: () => {},
    retry: QUICK,
    ...extra,
  });
  return { registries, log };
}

function blob(seed: string, size = 4096): { bytes: Buffer; descriptor: { mediaType: string; digest: string; size: number } } {
  const bytes = deterministicBytes(seed, size);
  return { bytes, descriptor: { mediaType: 'application/octet-stream', digest: sha256Digest(bytes), size } };
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('RegistryStore against a real registry', { concurrency: false }, () => {
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

  async function withStores<T>(
    names: string[],
    use: (registries: Registries, log: string[]) => Promise<T>,
    extra: Partial<RegistriesOptions> = {},
  ): Promise<T> {
    const { registries, log } = await open(names, extra);
    try {
      return await use(registries, log);
    } finally {
      await registries.close();
    }
  }

  describe('naming', () => {
    it('name is registry/repository, location the registry, and the parts are readable', async () => {
      await withStores([reg.host], (registries) => {
        const store = registries.repository(parseReference(`${reg.host}/naming/app:v1`), 'pull');
        assert.equal(store.name, `${reg.host}/naming/app`);
        assert.equal(store.location, reg.host);
        assert.equal(store.registry, reg.host);
        assert.equal(store.repository, 'naming/app');
        assert.equal(registries.clientFor(reg.host).repository('naming/app', 'push'), store, 'one store per repository');
        return Promise.resolve();
      });
    });
  });

  describe('resolve', () => {
    it('with wantBytes: one GET, and the manifest comes with the digest', async () => {
      const image = await pushImage(reg, 'resolve/get', 'v1', { seed: 'store-resolve-get', layers: 1 });
      reg.clearRequests();
      await withStores([reg.host], async (registries) => {
        const store = registries.repository(parseReference(`${reg.host}/resolve/get:v1`), 'pull');
        const resolved = await store.resolve('v1', { wantBytes: true });
        assert.equal(resolved?.digest, image.digest);
        assert.equal(resolved?.mediaType, image.mediaType);
        assert.equal(resolved?.size, image.size);
        assert.ok(resolved?.manifest?.bytes.equals(image.manifest), 'the exact bytes');
      });
      await reg.settle();
      const manifestRequests = reg.requests().filter((r) => r.path.endsWith('/manifests/v1'));
      assert.deepEqual(
        manifestRequests.map((r) => r.method),
        ['GET'],
      );
    });

    it('without wantBytes: one HEAD, no bytes', async () => {
      const image = await pushImage(reg, 'resolve/head', 'v1', { seed: 'store-resolve-head', layers: 1 });
      reg.clearRequests();
      await withStores([reg.host], async (registries) => {
        const store = registries.repository(parseReference(`${reg.host}/resolve/head:v1`), 'pull');
        const resolved = await store.resolve('v1');
        assert.deepEqual(resolved, { digest: image.digest, mediaType: image.mediaType, size: image.size });
      });
      await reg.settle();
      assert.deepEqual(
        reg
          .requests()
          .filter((r) => r.path.endsWith('/manifests/v1'))
          .map((r) => r.method),
        ['HEAD'],
      );
    });

    it('nothing at the reference: undefined, by HEAD and by GET', async () => {
      await withStores([reg.host], async (registries) => {
        const store = registries.repository(parseReference(`${reg.host}/resolve/none:v1`), 'pull');
        assert.equal(await store.resolve('v1'), undefined);
        assert.equal(await store.resolve('v1', { wantBytes: true }), undefined);
        assert.equal(await store.resolve(`sha256:${'0'.repeat(64)}`, { wantBytes: true }), undefined);
      });
    });

    it('a HEAD without Docker-Content-Digest (as ECR answers; the proxy strips it) falls back to a GET', async () => {
      const image = await pushImage(reg, 'resolve/nodigest', 'v1', { seed: 'store-resolve-nodigest', layers: 1 });
      proxy.clearRules();
      proxy.requests.length = 0;
      proxy.addRule({ match: { path: /\/manifests\/v1$/ }, action: { stripResponseHeaders: ['docker-content-digest'] } });
      await withStores([proxy.host], async (registries) => {
        const store = registries.repository(parseReference(`${proxy.host}/resolve/nodigest:v1`), 'pull');
        const resolved = await store.resolve('v1');
        assert.equal(resolved?.digest, image.digest, 'the digest of the bytes');
      });
      assert.deepEqual(
        proxy.requests.filter((r) => r.uri.endsWith('/manifests/v1')).map((r) => r.method),
        ['HEAD', 'GET'],
      );
      proxy.clearRules();
    });
  });

  describe('manifests', () => {
    it('getManifest verifies the bytes; putManifest stores them exactly and says the registry did not index a subject', async () => {
      const image = await pushImage(reg, 'manifests/src', 'v1', { seed: 'store-manifests', layers: 1 });
      await withStores([reg.host], async (registries) => {
        const source = registries.repository(parseReference(`${reg.host}/manifests/src:v1`), 'pull');
        const target = registries.repository(parseReference(`${reg.host}/manifests/dst:v1`), 'push');
        const manifest = await source.getManifest('v1');
        assert.equal(manifest.digest, image.digest);
        for (const descriptor of manifest.blobs) assert.deepEqual(await target.mountBlob(descriptor, source), { mounted: true });
        assert.deepEqual(await target.putManifest('v1', manifest), { digest: image.digest, subjectIndexed: false });
      });
      const stored = await getManifest(reg, 'manifests/dst', 'v1');
      assert.ok(stored.body.equals(image.manifest));
    });

    it('a registry that indexes subjects (OCI 1.1, emulated by the proxy: distribution 2.8 lacks it) is reported as such', async () => {
      const image = buildImage({ seed: 'store-subject', layers: 1 });
      proxy.clearRules();
      proxy.addRule({
        match: { method: 'PUT', path: /\/manifests\/v1$/ },
        times: 1,
        action: { respond: { status: 201, headers: { 'docker-content-digest': image.digest, 'oci-subject': `sha256:${'1'.repeat(64)}` } } },
      });
      await withStores([proxy.host], async (registries) => {
        const store = registries.repository(parseReference(`${proxy.host}/subject/app:v1`), 'push');
        const manifest = { bytes: image.manifest, mediaType: image.mediaType, digest: image.digest } as Parameters<
          RegistryStore['putManifest']
        >[1];
        assert.deepEqual(await store.putManifest('v1', manifest), { digest: image.digest, subjectIndexed: true });
      });
      proxy.clearRules();
    });

    it('a manifest naming a blob the registry lacks fails with MANIFEST_BLOB_UNKNOWN, naming the blob in the message and in unknownBlobs()', async () => {
      const image = buildImage({ seed: 'store-blob-unknown', layers: 1 });
      const missing = image.layers[0]!.digest;
      await withStores([reg.host], async (registries) => {
        const store = registries.repository(parseReference(`${reg.host}/unknown/app:v1`), 'push');
        const config = { mediaType: image.config.mediaType, digest: image.config.digest, size: image.config.size };
        await store.writeBlob(config, Readable.from([image.blobs.get(image.config.digest)!]));
        const manifest = { bytes: image.manifest, mediaType: image.mediaType, digest: image.digest } as Parameters<
          RegistryStore['putManifest']
        >[1];
        const error = await store.putManifest('v1', manifest).then(
          () => assert.fail('the PUT succeeded'),
          (e: unknown) => e,
        );
        assert.ok(error instanceof RegistryError, String(error));
        assert.equal(error.status, 400);
        assert.equal(error.operation, 'push manifest');
        assert.equal(error.object, 'v1');
        assert.equal(error.retryable, false);
        assert.deepEqual(error.unknownBlobs(), [missing]);
        assert.ok(error.message.includes(`MANIFEST_BLOB_UNKNOWN: blob unknown to registry (${missing})`), error.message);
      });
      reg.clearRequests();
    });

    it('Docker schema 1 (served by the proxy: distribution 2.8 refuses schema 1 pushes by default) is refused as such, not as a digest mismatch', async () => {
      const payload = {
        schemaVersion: 1,
        name: 'legacy/app',
        tag: 'v1',
        architecture: 'amd64',
        fsLayers: [{ blobSum: `sha256:${'a'.repeat(64)}` }],
        history: [{ v1Compatibility: JSON.stringify({ id: 'b'.repeat(64), created: '2015-01-01T00:00:00Z' }) }],
        signatures: [{ header: { alg: 'ES256', jwk: { kty: 'EC', crv: 'P-256' } }, signature: 'c2ln', protected: 'cHJvdA' }],
      };
      const body = JSON.stringify(payload, null, 3);
      proxy.clearRules();
      proxy.addRule({
        match: { method: 'GET', path: /\/legacy\/app\/manifests\/v1$/ },
        action: {
          respond: {
            status: 200,
            headers: {
              'content-type': 'application/vnd.docker.distribution.manifest.v1+prettyjws',
              // What a registry says: the digest of the payload without signatures, never of the bytes it sends.
              'docker-content-digest': digestOf(Buffer.from('another payload')),
            },
            body,
          },
        },
      });
      await withStores([proxy.host], async (registries) => {
        const store = registries.repository(parseReference(`${proxy.host}/legacy/app:v1`), 'pull');
        await assert.rejects(store.getManifest('v1'), (error: unknown) => {
          assert.ok(error instanceof RegistryError, String(error));
          assert.match(error.message, /Docker schema 1 \(application\/vnd\.docker\.distribution\.manifest\.v1\+prettyjws\)/);
          assert.match(error.message, /deprecated and unsupported/);
          assert.doesNotMatch(error.message, /hash to|digest/);
          assert.equal(error.retryable, false);
          return true;
        });
      });
      proxy.clearRules();
    });
  });

  describe('blobs', () => {
    it('writeBlob stores the exact bytes; hasBlob and readBlob see them', async () => {
      const { bytes, descriptor } = blob('store-write');
      await withStores([reg.host], async (registries) => {
        const store = registries.repository(parseReference(`${reg.host}/blobs/write:v1`), 'push');
        assert.equal(await store.hasBlob(descriptor), false);
        await store.writeBlob(descriptor, Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]));
        assert.equal(await store.hasBlob(descriptor), true);
        let seen = 0;
        const read = await readAll(await store.readBlob(descriptor, (n) => (seen += n)));
        assert.ok(read.equals(bytes));
        assert.equal(seen, bytes.length, 'the listener saw every byte');
      });
      assert.ok((await getBlob(reg, 'blobs/write', descriptor.digest)).body.equals(bytes));
    });

    it('writeBlob of bytes that do not match the descriptor stores nothing', async () => {
      const { descriptor } = blob('store-write-wrong');
      await withStores([reg.host], async (registries) => {
        const store = registries.repository(parseReference(`${reg.host}/blobs/wrong:v1`), 'push');
        await assert.rejects(
          store.writeBlob(descriptor, Readable.from([deterministicBytes('something else', descriptor.size)])),
          (e: unknown) => {
            assert.ok(e instanceof RegistryError, String(e));
            assert.ok(e.hasCode('DIGEST_INVALID'), e.message);
            assert.equal(e.retryable, true, 'a broken upload is worth a fresh one');
            return true;
          },
        );
      });
      assert.equal(await headBlob(reg, 'blobs/wrong', descriptor.digest), 404);
    });

    it('readBlob of corrupted bytes (the proxy flips one) errors at the end instead of ending', async () => {
      const { bytes, descriptor } = blob('store-read-corrupt');
      await withStores([reg.host], (registries) =>
        registries.repository(parseReference(`${reg.host}/blobs/corrupt:v1`), 'push').writeBlob(descriptor, Readable.from([bytes])),
      );
      proxy.clearRules();
      proxy.addRule({
        match: { method: 'GET', path: new RegExp(`/blobs/${descriptor.digest}$`) },
        times: 1,
        action: { corruptResponseBody: true },
      });
      await withStores([proxy.host], async (registries) => {
        const store = registries.repository(parseReference(`${proxy.host}/blobs/corrupt:v1`), 'pull');
        await assert.rejects(readAll(await store.readBlob(descriptor)), /does not match its digest/);
      });
      proxy.clearRules();
    });

    it('mountBlob within a registry links the blob without moving it', async () => {
      const { bytes, descriptor } = blob('store-mount');
      await withStores([reg.host], async (registries) => {
        const source = registries.repository(parseReference(`${reg.host}/mount/src:v1`), 'push');
        const target = registries.repository(parseReference(`${reg.host}/mount/dst:v1`), 'push');
        await source.writeBlob(descriptor, Readable.from([bytes]));
        reg.clearRequests();
        assert.deepEqual(await target.mountBlob(descriptor, source), { mounted: true });
        assert.equal(await target.hasBlob(descriptor), true);
      });
      await reg.settle();
      assert.deepEqual(
        reg
          .requests()
          .filter((r) => r.method === 'PUT' || r.method === 'PATCH')
          .map((r) => r.uri),
        [],
        'no bytes were sent',
      );
    });

    it('mountBlob from another registry is refused with a reason, without a request', async () => {
      const { descriptor } = blob('store-mount-other');
      await withStores([reg.host, other.host], async (registries) => {
        const target = registries.repository(parseReference(`${reg.host}/mount/cross:v1`), 'push');
        const elsewhere = registries.repository(parseReference(`${other.host}/mount/cross:v1`), 'pull');
        reg.clearRequests();
        const result = await target.mountBlob(descriptor, elsewhere);
        assert.equal(result.mounted, false);
        assert.ok(!result.mounted && result.reason.includes(other.host), JSON.stringify(result));
      });
      await reg.settle();
      assert.deepEqual(reg.requests(), []);
    });

    it('a refused mount of a blob the source lacks (202) leaves a session that writeBlob of that digest uses', async () => {
      const { bytes, descriptor } = blob('store-mount-session');
      await withStores([reg.host], async (registries) => {
        const source = registries.repository(parseReference(`${reg.host}/session/src:v1`), 'pull');
        const target = registries.repository(parseReference(`${reg.host}/session/dst:v1`), 'push');
        const result = await target.mountBlob(descriptor, source);
        assert.equal(result.mounted, false);
        // The mount's POST must be in the access log before it is forgotten, or it shows up as the upload's.
        await reg.settle();
        reg.clearRequests();
        await target.writeBlob(descriptor, Readable.from([bytes]));
      });
      await reg.settle();
      const uploads = reg.requests().filter((r) => r.path.includes('/session/dst/blobs/uploads/'));
      assert.deepEqual(
        uploads.map((r) => r.method),
        ['PUT'],
        'no second POST: the mount’s session was used',
      );
      assert.ok((await getBlob(reg, 'session/dst', descriptor.digest)).body.equals(bytes));
    });

    it('a 413 to a monolithic upload (the proxy answers it) says to try again in chunks, and the next try goes up in chunks', async () => {
      const { bytes, descriptor } = blob('store-413', 64 * 1024);
      proxy.clearRules();
      proxy.requests.length = 0;
      proxy.addRule({
        match: { method: 'PUT', path: /\/blobs\/uploads\//, query: /digest=/ },
        times: 1,
        action: {
          respond: {
            status: 413,
            headers: JSON_HEADERS,
            body: JSON.stringify({ errors: [{ code: 'SIZE_INVALID', message: 'too large' }] }),
          },
        },
      });
      await withStores([proxy.host], async (registries) => {
        const store = registries.repository(parseReference(`${proxy.host}/chunks/app:v1`), 'push');
        await assert.rejects(store.writeBlob(descriptor, Readable.from([bytes])), (e: unknown) => {
          assert.ok(e instanceof RegistryError, String(e));
          assert.equal(e.status, 413);
          assert.equal(e.retryable, true);
          assert.equal(e.retryReason, 'the registry wants chunked uploads');
          return true;
        });
        await store.writeBlob(descriptor, Readable.from([bytes]));
      });
      const methods = proxy.requests.filter((r) => r.uri.includes('/blobs/uploads/')).map((r) => `${r.method} ${r.status}`);
      assert.deepEqual(methods, ['POST 202', 'PUT 413', 'POST 202', 'PATCH 202', 'PUT 201']);
      assert.ok((await getBlob(reg, 'chunks/app', descriptor.digest)).body.equals(bytes));
      proxy.clearRules();
    });
  });

  describe('tags', () => {
    it('listTags returns every tag, across pages', async () => {
      const tags = ['a', 'b', 'c', 'd', 'e'];
      for (const tag of tags) await pushImage(reg, 'tags/app', tag, { seed: `store-tags-${tag}`, layers: 1 });
      await withStores([reg.host], async (registries) => {
        const store = registries.repository(parseReference(`${reg.host}/tags/app:a`), 'pull');
        assert.deepEqual((await store.listTags()).sort(), tags);
        assert.deepEqual((await registries.clientFor(reg.host).listTags('tags/app', 2)).sort(), tags, 'pages of two');
      });
    });
  });

  describe('the run’s retry policy and rate limits', () => {
    it('a given policy is the one used: its listener gets the retries, and nothing is logged by default', async () => {
      const image = await pushImage(reg, 'policy/app', 'v1', { seed: 'store-policy', layers: 1 });
      proxy.clearRules();
      proxy.addRule({
        match: { method: 'HEAD', path: /\/manifests\/v1$/ },
        times: 1,
        action: { respond: { status: 503, headers: JSON_HEADERS } },
      });
      const events: RetryEvent[] = [];
      const policy = new RetryPolicy({ settings: QUICK, onRetry: (event) => events.push(event) });
      await withStores(
        [proxy.host],
        async (registries, log) => {
          assert.equal(registries.policy, policy);
          const store = registries.repository(parseReference(`${proxy.host}/policy/app:v1`), 'pull');
          assert.equal((await store.resolve('v1'))?.digest, image.digest);
          assert.deepEqual(
            log.filter((l) => l.startsWith('Retrying')),
            [],
          );
        },
        { policy },
      );
      assert.deepEqual(
        events.map((e) => [e.type, e.host, e.operation, e.attempt, e.attempts, e.reason]),
        [['retry', proxy.host, `HEAD http://${proxy.host}/v2/policy/app/manifests/v1`, 2, QUICK.attempts, 'status 503']],
      );
      proxy.clearRules();
    });

    it('Docker Hub’s ratelimit headers (the proxy adds them) are reported per registry', async () => {
      const image = await pushImage(reg, 'ratelimit/app', 'v1', { seed: 'store-ratelimit', layers: 1 });
      proxy.clearRules();
      proxy.addRule({
        match: { method: 'HEAD', path: /\/manifests\/v1$/ },
        times: 1,
        action: {
          respond: {
            status: 200,
            headers: {
              'content-type': image.mediaType,
              'docker-content-digest': image.digest,
              'ratelimit-limit': '100;w=21600',
              'ratelimit-remaining': '76;w=21600',
            },
          },
        },
      });
      await withStores([proxy.host, other.host], async (registries) => {
        assert.deepEqual(registries.rateLimits(), []);
        await registries.repository(parseReference(`${proxy.host}/ratelimit/app:v1`), 'pull').resolve('v1');
        assert.deepEqual(registries.rateLimits(), [{ registry: proxy.host, limit: 100, remaining: 76, windowSeconds: 21600 }]);
        assert.deepEqual(registries.clientFor(proxy.host).rateLimit, { limit: 100, remaining: 76, windowSeconds: 21600 });
      });
      proxy.clearRules();
    });
  });

  describe('a bearer token refused during a streamed upload (the proxy answers 401 in front of a token registry)', () => {
    let tokenRegistry: RegistryHandle;
    let pt: FaultProxy;
    before(async () => {
      tokenRegistry = await startRegistry({ auth: 'token' });
      pt = await startFaultProxy(tokenRegistry);
    });
    after(async () => {
      await pt?.stop();
      await tokenRegistry?.stop();
    });

    it('is worth one more try with a fresh token, not two: a fresh token refused as well is final', async () => {
      const { bytes, descriptor } = blob('store-token-once', 64 * 1024);
      // The registry's own challenge, as an expired token would get it.
      const challenged = await httpRequestBuffered({ url: `${tokenRegistry.url}/v2/token/app/blobs/uploads/`, method: 'POST' });
      const challenge = `${String(challenged.headers['www-authenticate'])},error="invalid_token"`;
      pt.addRule({
        match: { method: 'PUT', path: /\/blobs\/uploads\//, query: /digest=/ },
        times: 2,
        action: {
          respond: {
            status: 401,
            headers: { 'www-authenticate': challenge, ...JSON_HEADERS },
            body: JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }),
          },
        },
      });
      const issuer = tokenRegistry.tokenIssuer!;
      issuer.requests.length = 0;
      await withStores(
        [pt.host],
        async (registries) => {
          const store = registries.repository(parseReference(`${pt.host}/token/app:v1`), 'push');
          const refused = async (): Promise<RegistryError> =>
            store.writeBlob(descriptor, Readable.from([bytes])).then(
              () => assert.fail('the upload succeeded'),
              (e: unknown) => (e instanceof RegistryError ? e : assert.fail(String(e))),
            );
          const first = await refused();
          assert.equal(first.status, 401);
          assert.equal(first.retryable, true, 'the token may have expired while the bytes streamed');
          assert.equal(first.retryReason, 'the token expired during a streamed upload (401)');
          const second = await refused();
          assert.equal(second.status, 401);
          assert.equal(second.retryable, false, 'a token fetched just now was refused too: not a matter of age');
          await store.writeBlob(descriptor, Readable.from([bytes]));
        },
        {
          credentials: {
            explicit: [{ registry: pt.host, ...credentials(tokenRegistry, 'alice') }],
            dockerConfigDir: '/nonexistent-hoist-test-config',
          },
        },
      );
      assert.equal(issuer.requests.length, 2, 'one token, then one replacement');
      assert.ok((await getBlob(tokenRegistry, 'token/app', descriptor.digest, credentials(tokenRegistry, 'alice'))).body.equals(bytes));
    });
  });
});
