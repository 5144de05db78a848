// The fault-injection proxy (test/support/fault-proxy.ts) against a real registry, driven with raw node:http
// requests: each action does what it says, Location headers keep clients on the proxy, bodies stream.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:net';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startEchoServer, startFaultProxy, type EchoServer, type FaultProxy } from '../support/fault-proxy.ts';
import { deterministicBytes, pushImage, sha256Digest, type PushedImage } from '../support/images.ts';
import { startRegistry, type RegistryHandle } from '../support/registry.ts';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Set when the connection failed before or during the response; `body` then holds what had arrived. */
  error?: NodeJS.ErrnoException;
  ms: number;
}

/** One request, no agent (a fresh connection each time), never rejects: failures come back in `error`. */
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer; caFile?: string } = {},
): Promise<RawResponse> {
  const started = performance.now();
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let status = 0;
    let headers: IncomingHttpHeaders = {};
    const chunks: Buffer[] = [];
    let settled = false;
    const done = (error?: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      resolve({ status, headers, body: Buffer.concat(chunks), ...(error && { error }), ms: performance.now() - started });
    };
    const req = send(
      target,
      {
        method: options.method ?? 'GET',
        agent: false,
        headers: { ...options.headers, ...(options.body && { 'content-length': String(options.body.length) }) },
        ...(options.caFile && { ca: readFileSync(options.caFile) }),
      },
      (res) => {
        status = res.statusCode ?? 0;
        headers = res.headers;
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done());
        res.on('error', (error) => done(error));
        res.on('aborted', () => done(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })));
      },
    );
    req.on('error', (error) => done(error));
    req.end(options.body);
  });
}

/** Start an upload through `base` and return its Location. */
async function startUpload(base: string, repo: string): Promise<string> {
  const res = await raw(`${base}/v2/${repo}/blobs/uploads/`, { method: 'POST', headers: { 'content-length': '0' } });
  assert.equal(res.status, 202, res.body.toString());
  assert.ok(res.headers.location);
  return res.headers.location;
}

function withDigest(location: string, digest: string): string {
  return `${location}${location.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
}

describe('fault proxy', () => {
  let reg: RegistryHandle;
  let proxy: FaultProxy;
  let echo: EchoServer;
  let image: PushedImage;
  let layer: { digest: string; data: Buffer };
  const repo = 'fault/app';

  before(async () => {
    reg = await startRegistry();
    image = await pushImage(reg, repo, 'v1', { seed: 'fault-proxy', layers: 1, layerSize: 256 * 1024 });
    const digest = image.layers[0]!.digest;
    layer = { digest, data: image.blobs.get(digest)! };
    proxy = await startFaultProxy(reg);
    echo = await startEchoServer({ body: 'from the echo server' });
  });
  after(async () => {
    await Promise.all([proxy?.stop(), echo?.stop(), reg?.stop()]);
  });
  const reset = () => {
    proxy.clearRules();
    proxy.requests.length = 0;
  };

  it('forwards requests, records them, and keeps upload Locations on the proxy', async () => {
    reset();
    const manifest = await raw(`${proxy.url}/v2/${repo}/manifests/v1`, { headers: { accept: image.mediaType } });
    assert.equal(manifest.status, 200);
    assert.equal(manifest.headers['docker-content-digest'], image.digest);
    assert.deepEqual(manifest.body, image.manifest);

    const location = await startUpload(proxy.url, 'fault/pushed');
    assert.ok(location.startsWith(`${proxy.url}/v2/fault/pushed/blobs/uploads/`), location);
    assert.match(location, /_state=/);
    const data = deterministicBytes('fault-proxy/upload', 100_000);
    const put = await raw(withDigest(location, sha256Digest(data)), {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
      body: data,
    });
    assert.equal(put.status, 201, put.body.toString());
    assert.ok(put.headers.location?.startsWith(proxy.url), put.headers.location);
    const back = await raw(`${proxy.url}/v2/fault/pushed/blobs/${sha256Digest(data)}`);
    assert.deepEqual(back.body, data);

    assert.deepEqual(
      proxy.requests.map((r) => [r.method, r.uri.replace(/\?.*/, ''), r.status]),
      [
        ['GET', `/v2/${repo}/manifests/v1`, 200],
        ['POST', '/v2/fault/pushed/blobs/uploads/', 202],
        ['PUT', new URL(location).pathname, 201],
        ['GET', `/v2/fault/pushed/blobs/${sha256Digest(data)}`, 200],
      ],
    );
    assert.equal(proxy.requests[2]!.bytesIn, data.length);
    assert.equal(proxy.requests[3]!.bytesOut, data.length);
    assert.ok(proxy.requests.every((r) => r.faulted === undefined && r.endMs! >= r.startMs));
  });

  it('adds delayMs each way, and a delayMs rule on top for matching requests', async () => {
    reset();
    const slow = await startFaultProxy(reg, { delayMs: 100 });
    try {
      const plain = await raw(`${slow.url}/v2/`);
      assert.equal(plain.status, 200);
      assert.ok(plain.ms >= 200, `took ${plain.ms} ms`);
      slow.addRule({ match: { path: /\/manifests\// }, action: { delayMs: 150 } });
      const slower = await raw(`${slow.url}/v2/${repo}/manifests/v1`, { method: 'HEAD', headers: { accept: image.mediaType } });
      assert.equal(slower.status, 200);
      assert.ok(slower.ms >= 350, `took ${slower.ms} ms`);
      assert.equal(slow.requests[1]!.faulted, 'delayMs 150');
      slow.delayMs = 0;
      const fast = await raw(`${slow.url}/v2/`);
      assert.ok(fast.ms < 200, `took ${fast.ms} ms: the new delay applies at once`);
    } finally {
      await slow.stop();
    }
  });

  it('sends a connection’s pipelined requests upstream in order, each after the one before was answered', async () => {
    reset();
    // The first is held back by a rule; the second, sent right behind it on the same connection, must not overtake
    // it at the registry (a server answers pipelined requests in order), though it arrived before that answer.
    proxy.addRule({ match: { path: /\/manifests\/v1$/ }, action: { delayMs: 200 } });
    const host = new URL(proxy.url).host;
    const socket = connect({ host: new URL(proxy.url).hostname, port: Number(new URL(proxy.url).port) });
    const received: Buffer[] = [];
    const ended = new Promise<void>((resolve) => socket.on('end', resolve));
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.write(
      `HEAD /v2/${repo}/manifests/v1 HTTP/1.1\r\nHost: ${host}\r\nAccept: ${image.mediaType}\r\n\r\n` +
        `GET /v2/ HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
    );
    await ended;
    const statuses = [
      ...Buffer.concat(received)
        .toString()
        .matchAll(/^HTTP\/1\.1 (\d+)/gm),
    ].map((m) => m[1]);
    assert.deepEqual(statuses, ['200', '200'], 'both answered, in order');
    const [first, second] = proxy.requests;
    assert.ok(first && second && first.uri.endsWith('/manifests/v1') && second.uri === '/v2/');
    assert.ok(second.startMs < first.endMs!, 'the second arrived before the first was answered');
    assert.ok(second.upstreamStartMs! >= first.upstreamEndMs!, 'and reached the registry only after the first was answered there');
  });

  it('answers a respond rule itself, as often as `times` says, then forwards again', async () => {
    reset();
    await reg.settle();
    reg.clearRequests();
    proxy.addRule({
      match: { method: 'GET', path: /\/manifests\/v1$/ },
      times: 2,
      action: { respond: { status: 429, headers: { 'retry-after': '1' }, body: '{"errors":[{"code":"TOOMANYREQUESTS"}]}' } },
    });
    const url = `${proxy.url}/v2/${repo}/manifests/v1`;
    const accept = { accept: image.mediaType };
    const first = await raw(url, { headers: accept });
    assert.equal(first.status, 429);
    assert.equal(first.headers['retry-after'], '1');
    assert.match(first.body.toString(), /TOOMANYREQUESTS/);
    const head = await raw(url, { method: 'HEAD', headers: accept });
    assert.equal(head.status, 200, 'the method must match too');
    assert.equal((await raw(url, { headers: accept })).status, 429);
    assert.equal((await raw(url, { headers: accept })).status, 200);
    assert.deepEqual(
      proxy.requests.map((r) => [r.method, r.status, r.faulted]),
      [
        ['GET', 429, 'respond 429'],
        ['HEAD', 200, undefined],
        ['GET', 429, 'respond 429'],
        ['GET', 200, undefined],
      ],
    );
    await reg.settle();
    assert.deepEqual(
      reg.requests().map((r) => r.method),
      ['HEAD', 'GET'],
      'the registry never saw the answered requests',
    );
  });

  it('checks rules in order: the first match applies, and clearRules removes them all', async () => {
    reset();
    proxy.addRule({
      match: { path: /\/blobs\//, query: /mount=/ },
      action: { respond: { status: 202, headers: { location: '/v2/somewhere' } } },
    });
    proxy.addRule({ match: { path: /\/blobs\// }, action: { respond: { status: 503 } } });
    proxy.addRule({ match: {}, action: { respond: { status: 418 } } });
    const mount = await raw(`${proxy.url}/v2/fault/other/blobs/uploads/?mount=${layer.digest}&from=${repo}`, { method: 'POST' });
    assert.equal(mount.status, 202);
    assert.equal(mount.headers.location, '/v2/somewhere');
    assert.equal((await raw(`${proxy.url}/v2/${repo}/blobs/${layer.digest}`)).status, 503);
    assert.equal((await raw(`${proxy.url}/v2/`)).status, 418);
    proxy.clearRules();
    assert.equal((await raw(`${proxy.url}/v2/`)).status, 200);
  });

  it('strips response headers', async () => {
    reset();
    proxy.addRule({ match: { method: 'HEAD' }, action: { stripResponseHeaders: ['Docker-Content-Digest'] } });
    const head = await raw(`${proxy.url}/v2/${repo}/manifests/v1`, { method: 'HEAD', headers: { accept: image.mediaType } });
    assert.equal(head.status, 200);
    assert.equal(head.headers['docker-content-digest'], undefined);
    assert.equal(head.headers['content-length'], String(image.manifest.length));
    const get = await raw(`${proxy.url}/v2/${repo}/manifests/v1`, { headers: { accept: image.mediaType } });
    assert.equal(get.headers['docker-content-digest'], image.digest);
  });

  it('turns absolute upload Locations into relative ones, keeping the query', async () => {
    reset();
    proxy.addRule({ match: { method: 'POST' }, action: { rewriteLocationRelative: true } });
    const location = await startUpload(proxy.url, 'fault/relative');
    assert.match(location, /^\/v2\/fault\/relative\/blobs\/uploads\/[^?]+\?_state=/);
    const data = deterministicBytes('fault-proxy/relative', 5000);
    const put = await raw(withDigest(new URL(location, proxy.url).href, sha256Digest(data)), {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
      body: data,
    });
    assert.equal(put.status, 201, put.body.toString());
  });

  it('resets the connection mid-download after N body bytes', async () => {
    reset();
    proxy.addRule({ match: { path: /\/blobs\/sha256:/ }, times: 1, action: { resetAfterBytes: 10_000 } });
    const res = await raw(`${proxy.url}/v2/${repo}/blobs/${layer.digest}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-length'], String(layer.data.length));
    assert.equal(res.error?.code, 'ECONNRESET');
    assert.ok(res.body.length <= 10_000, `got ${res.body.length} bytes`);
    assert.deepEqual(res.body, layer.data.subarray(0, res.body.length));
    assert.equal(proxy.requests[0]!.faulted, 'resetAfterBytes 10000');
    assert.equal(proxy.requests[0]!.bytesOut, 10_000);
    const again = await raw(`${proxy.url}/v2/${repo}/blobs/${layer.digest}`);
    assert.equal(again.error, undefined);
    assert.deepEqual(again.body, layer.data);
  });

  it('resets the connection mid-upload after N request bytes; the upload never completes', async () => {
    reset();
    proxy.addRule({ match: { method: 'PUT' }, action: { resetRequestAfterBytes: 64 * 1024 } });
    const data = deterministicBytes('fault-proxy/reset-upload', 4 * 1024 * 1024);
    const digest = sha256Digest(data);
    const location = await startUpload(proxy.url, 'fault/reset');
    const put = await raw(withDigest(location, digest), {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
      body: data,
    });
    assert.ok(put.error, `the upload must fail, got ${put.status}`);
    const record = proxy.requests.find((r) => r.method === 'PUT')!;
    assert.equal(record.status, 0);
    assert.equal(record.faulted, `resetRequestAfterBytes ${64 * 1024}`);
    assert.ok(record.bytesIn >= 64 * 1024 && record.bytesIn < data.length, `received ${record.bytesIn}`);
    assert.equal((await raw(`${reg.url}/v2/fault/reset/blobs/${digest}`, { method: 'HEAD' })).status, 404);
  });

  it('corrupts one byte of a response body, keeping its length', async () => {
    reset();
    proxy.addRule({ match: { path: /\/blobs\// }, times: 1, action: { corruptResponseBody: true } });
    const res = await raw(`${proxy.url}/v2/${repo}/blobs/${layer.digest}`);
    assert.equal(res.status, 200);
    assert.equal(res.error, undefined);
    assert.equal(res.body.length, layer.data.length);
    assert.notEqual(sha256Digest(res.body), layer.digest);
    const differing = [...res.body].filter((b, i) => b !== layer.data[i]).length;
    assert.equal(differing, 1);
  });

  it('truncates a response body: Content-Length promises more than arrives', async () => {
    reset();
    proxy.addRule({ match: { path: /\/blobs\// }, times: 1, action: { truncateResponseBody: 1000 } });
    const res = await raw(`${proxy.url}/v2/${repo}/blobs/${layer.digest}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-length'], String(layer.data.length));
    assert.deepEqual(res.body, layer.data.subarray(0, 1000));
    assert.ok(res.error, 'a short body must be an error for the client');
  });

  it('redirects to another server, which records the headers it was sent', async () => {
    reset();
    echo.requests.length = 0;
    proxy.addRule({ match: { path: /\/blobs\// }, action: { redirectTo: `${echo.url}/storage/blob?sig=abc` } });
    const res = await raw(`${proxy.url}/v2/${repo}/blobs/${layer.digest}`, { headers: { authorization: 'Bearer secret' } });
    assert.equal(res.status, 307);
    assert.equal(res.headers.location, `${echo.url}/storage/blob?sig=abc`);
    assert.deepEqual(
      proxy.requests.map((r) => [r.status, r.faulted]),
      [[307, `redirectTo ${echo.url}/storage/blob?sig=abc`]],
    );
    // What a careful client does: follow without the registry's Authorization.
    const followed = await raw(res.headers.location, { headers: { 'x-hop': '2' } });
    assert.equal(followed.body.toString(), 'from the echo server');
    assert.equal(echo.requests.length, 1);
    assert.equal(echo.requests[0]!.uri, '/storage/blob?sig=abc');
    assert.equal(echo.requests[0]!.headers['x-hop'], '2');
    assert.equal(echo.requests[0]!.headers.authorization, undefined);
  });

  it('streams large bodies both ways without holding them', async () => {
    reset();
    const size = 48 * 1024 * 1024;
    const data = deterministicBytes('fault-proxy/large', size);
    const digest = sha256Digest(data);
    const location = await startUpload(proxy.url, 'fault/large');
    const put = await raw(withDigest(location, digest), {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
      body: data,
    });
    assert.equal(put.status, 201, put.body.toString());
    // Read the download incrementally; the first bytes must arrive long before the last.
    const firstByteAfter = await new Promise<{ first: number; total: number; hash: string }>((resolve, reject) => {
      const started = performance.now();
      let first = -1;
      const hash = createHash('sha256');
      httpRequest(`${proxy.url}/v2/fault/large/blobs/${digest}`, { agent: false }, (res) => {
        res.on('data', (chunk: Buffer) => {
          if (first < 0) first = performance.now() - started;
          hash.update(chunk);
        });
        res.on('end', () => resolve({ first, total: performance.now() - started, hash: `sha256:${hash.digest('hex')}` }));
        res.on('error', reject);
      })
        .on('error', reject)
        .end();
    });
    assert.equal(firstByteAfter.hash, digest);
    assert.ok(firstByteAfter.first < firstByteAfter.total, JSON.stringify(firstByteAfter));
    assert.equal(proxy.requests.find((r) => r.method === 'PUT')!.bytesIn, size);
  });

  it('answers a TLS hello with a plain-HTTP 400 and counts it', async () => {
    reset();
    const before = proxy.clientErrors;
    const res = await raw(`https://${proxy.host}/v2/`);
    assert.ok(res.error, 'TLS to a plain-HTTP proxy must fail');
    assert.equal(proxy.clientErrors, before + 1);
    assert.equal(proxy.requests.length, 0);
  });

  it('reaches an HTTPS upstream, trusting its CA', async () => {
    const secure = await startRegistry({ tls: true });
    const front = await startFaultProxy(secure);
    try {
      const res = await raw(`${front.url}/v2/`);
      assert.equal(res.status, 200);
      const location = await startUpload(front.url, 'fault/tls');
      assert.ok(location.startsWith(`${front.url}/`), location);
    } finally {
      await Promise.all([front.stop(), secure.stop()]);
    }
  });

  it('reports an unreachable upstream as 502', async () => {
    const dead = await startFaultProxy({ url: 'http://127.0.0.1:9' });
    try {
      const res = await raw(`${dead.url}/v2/`);
      assert.equal(res.status, 502);
      assert.equal(dead.requests[0]!.status, 502);
    } finally {
      await dead.stop();
    }
  });
});
