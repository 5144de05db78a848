// Faults injected by proxies in front of real registries: rate limits, 5xx, resets, timeouts, short and corrupt
// bodies, expiring tokens, redirects to object storage, eventual consistency and a registry that goes away mid-copy.
// Every test checks what the registries hold afterwards, what the proxies saw, and what the log says.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEchoServer, startFaultProxy, type FaultProxy, type ProxiedRequest } from '../support/fault-proxy.ts';
import { hoist, onlyTarget, type HoistRun } from '../support/hoist.ts';
import { httpRequestBuffered } from '../support/http.ts';
import { getBlob, getManifest, headBlob, pushImage } from '../support/images.ts';
import { credentials, startRegistry, type RegistryHandle } from '../support/registry.ts';
import { runAction } from '../support/run-action.ts';
import { startTlsFront } from '../support/tls-front.ts';

const USERS = { alice: 'alice-faults-pw-81c2' };
const QUICK = { attempts: 3, baseDelayMs: 10, maxDelayMs: 50 };

const errorBody = (code: string, message: string, detail?: string): string =>
  JSON.stringify({ errors: [{ code, message, ...(detail !== undefined && { detail }) }] });
const TOOMANY = errorBody('TOOMANYREQUESTS', 'too many requests');
const UNAVAILABLE = errorBody('UNAVAILABLE', 'service unavailable');
const JSON_HEADERS = { 'content-type': 'application/json' };

/** Path regex of one blob (GET/HEAD `/v2/<repo>/blobs/<digest>`). */
const blobPath = (digest: string): RegExp => new RegExp(`/blobs/${digest}$`);
/** Query regex of an upload PUT that completes this blob (`digest=sha256%3A<hex>`). */
const uploadOf = (digest: string): RegExp => new RegExp(`digest=sha256(?::|%3A)${digest.slice('sha256:'.length)}`);

function requestsTo(proxy: FaultProxy, method: string, path: RegExp, query?: RegExp): ProxiedRequest[] {
  return proxy.requests.filter((r) => {
    const [p, q = ''] = r.uri.split('?') as [string, string?];
    return r.method === method && path.test(p) && (query === undefined || query.test(q));
  });
}

interface RetryLine {
  method: string;
  url: string;
  delay: number;
  why: string;
  attempt: number;
  of: number;
  line: string;
}

/** The transport's retry lines: `Retrying GET <url> in N ms after <why> (attempt A of B).` */
function retryLines(log: readonly string[]): RetryLine[] {
  return log.flatMap((line) => {
    const m = /^Retrying (\S+) (\S+) in (\d+) ms after (.*) \(attempt (\d+) of (\d+)\)\.$/.exec(line);
    return m ? [{ method: m[1]!, url: m[2]!, delay: Number(m[3]), why: m[4]!, attempt: Number(m[5]), of: Number(m[6]), line }] : [];
  });
}

function assertCopied(run: HoistRun, digest: string): void {
  const target = onlyTarget(run);
  assert.equal(target.status, 'copied', `${target.error}\n${run.log.join('\n')}`);
  assert.equal(target.digest, digest);
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('faults between hoist and real registries', { concurrency: 2 }, () => {
  let src: RegistryHandle;
  let dst: RegistryHandle;
  before(async () => {
    [src, dst] = await Promise.all([startRegistry(), startRegistry()]);
  });
  after(async () => {
    await Promise.all([src?.stop(), dst?.stop()]);
  });

  // Alone in its group: it waits out undici's 60 s headers timeout while the other group runs.
  describe('a registry that stops answering', () => {
    it('a response that never comes times out and the request is retried on a new connection', { timeout: 150_000 }, async () => {
      const image = await pushImage(src, 'slow/app', 'v1', { seed: 'faults-timeout', layers: 1 });
      const layer = image.layers[0]!.digest;
      const slow = await startFaultProxy(src);
      try {
        slow.addRule({ match: { method: 'GET', path: blobPath(layer) }, times: 1, action: { delayMs: 70_000 } });
        const run = await hoist(`${slow.host}/slow/app:v1`, [`${dst.host}/slow/app:v1`], { retry: QUICK });
        assertCopied(run, image.digest);
        const gets = requestsTo(slow, 'GET', blobPath(layer));
        assert.deepEqual(
          gets.map((r) => r.status),
          [0, 200],
          'the first GET was never answered, the second was',
        );
        const retried = retryLines(run.log).filter((r) => r.url.endsWith(layer));
        assert.equal(retried.length, 1, run.log.join('\n'));
        assert.equal(retried[0]!.method, 'GET');
        assert.match(retried[0]!.why, /timeout/i);
        assert.equal((await getBlob(dst, 'slow/app', layer)).body.equals(image.blobs.get(layer)!), true);
      } finally {
        await slow.stop();
      }
    });
  });

  describe('through fault proxies', { concurrency: false }, () => {
    let ps: FaultProxy; // in front of src
    let pd: FaultProxy; // in front of dst
    before(async () => {
      [ps, pd] = await Promise.all([startFaultProxy(src), startFaultProxy(dst)]);
    });
    after(async () => {
      await Promise.all([ps?.stop(), pd?.stop()]);
    });
    const reset = (): void => {
      for (const proxy of [ps, pd]) {
        proxy.clearRules();
        proxy.requests.length = 0;
      }
    };

    describe('transient statuses are retried with backoff, and the log says what and why', () => {
      it('429 with Retry-After in seconds: waits that long, names the rate limit, completes', async () => {
        reset();
        const image = await pushImage(src, 'rl/secs', 'v1', { seed: 'faults-429-secs', layers: 2 });
        const layer = image.layers[0]!.digest;
        ps.addRule({
          match: { method: 'GET', path: blobPath(layer) },
          times: 1,
          action: { respond: { status: 429, headers: { 'retry-after': '1', ...JSON_HEADERS }, body: TOOMANY } },
        });
        const run = await hoist(`${ps.host}/rl/secs:v1`, [`${pd.host}/rl/secs:v1`], { retry: QUICK });
        assertCopied(run, image.digest);
        const gets = requestsTo(ps, 'GET', blobPath(layer));
        assert.deepEqual(
          gets.map((r) => r.status),
          [429, 200],
        );
        assert.ok(gets[1]!.startMs - gets[0]!.endMs! >= 950, `waited only ${gets[1]!.startMs - gets[0]!.endMs!} ms`);
        const [line, ...more] = retryLines(run.log);
        assert.deepEqual(more, []);
        assert.equal(line?.method, 'GET');
        assert.equal(line?.url, `http://${ps.host}/v2/rl/secs/blobs/${layer}`);
        assert.equal(line?.delay, 1000);
        assert.match(line.why, /rate limit \(429\)/);
        assert.equal(line?.attempt, 2);
        assert.equal((await getManifest(dst, 'rl/secs', 'v1')).digest, image.digest);
      });

      it('429 with an HTTP-date Retry-After waits until that date', async () => {
        reset();
        const image = await pushImage(src, 'rl/date', 'v1', { seed: 'faults-429-date', layers: 1 });
        const until = new Date(Date.now() + 3000);
        pd.addRule({
          match: { method: 'HEAD', path: /\/manifests\/v1$/ },
          times: 1,
          action: { respond: { status: 429, headers: { 'retry-after': until.toUTCString(), ...JSON_HEADERS }, body: TOOMANY } },
        });
        const run = await hoist(`${ps.host}/rl/date:v1`, [`${pd.host}/rl/date:v1`], { retry: QUICK });
        assertCopied(run, image.digest);
        const heads = requestsTo(pd, 'HEAD', /\/manifests\/v1$/);
        assert.deepEqual(
          heads.map((r) => r.status),
          [429, 404],
        );
        const [line, ...more] = retryLines(run.log);
        assert.deepEqual(more, []);
        assert.equal(line?.method, 'HEAD');
        assert.match(line.why, /rate limit \(429\)/);
        // The date has whole seconds, so the wait is between 1 and 3 s, not a backoff of tens of milliseconds.
        assert.ok(line.delay >= 1000 && line.delay <= 3000, line.line);
        assert.ok(heads[1]!.startMs - heads[0]!.endMs! >= line.delay - 50, 'the wait was as long as logged');
      });

      it('500, 502, 503 and 504 are each retried, and each retry names its status', async () => {
        reset();
        const image = await pushImage(src, 'fivexx/app', 'v1', { seed: 'faults-5xx', layers: 2 });
        const [l0, l1] = image.layers.map((l) => l.digest) as [string, string];
        const fail = (status: number) => ({ respond: { status, headers: JSON_HEADERS, body: UNAVAILABLE } });
        ps.addRule({ match: { method: 'GET', path: /\/manifests\/v1$/ }, times: 1, action: fail(500) });
        pd.addRule({ match: { method: 'HEAD', path: blobPath(l0) }, times: 1, action: fail(502) });
        ps.addRule({ match: { method: 'GET', path: blobPath(l1) }, times: 1, action: fail(503) });
        pd.addRule({ match: { method: 'PUT', path: /\/manifests\/v1$/ }, times: 1, action: fail(504) });
        const run = await hoist(`${ps.host}/fivexx/app:v1`, [`${pd.host}/fivexx/app:v1`], {
          retry: { attempts: 3, baseDelayMs: 20, maxDelayMs: 1000 },
        });
        assertCopied(run, image.digest);
        const lines = retryLines(run.log);
        const by = (status: number) => lines.filter((l) => l.why === `status ${status}`);
        assert.deepEqual(
          by(500).map((l) => [l.method, l.url]),
          [['GET', `http://${ps.host}/v2/fivexx/app/manifests/v1`]],
        );
        assert.deepEqual(
          by(502).map((l) => [l.method, l.url]),
          [['HEAD', `http://${pd.host}/v2/fivexx/app/blobs/${l0}`]],
        );
        assert.deepEqual(
          by(503).map((l) => [l.method, l.url]),
          [['GET', `http://${ps.host}/v2/fivexx/app/blobs/${l1}`]],
        );
        assert.deepEqual(
          by(504).map((l) => [l.method, l.url]),
          [['PUT', `http://${pd.host}/v2/fivexx/app/manifests/v1`]],
        );
        assert.equal(lines.length, 4, lines.map((l) => l.line).join('\n'));
        for (const line of lines)
          assert.ok(line.delay >= 10 && line.delay <= 20, `first backoff is jittered within [base/2, base]: ${line.line}`);
        assert.deepEqual(
          requestsTo(pd, 'PUT', /\/manifests\/v1$/).map((r) => r.status),
          [504, 201],
        );
        assert.equal((await getManifest(dst, 'fivexx/app', 'v1')).digest, image.digest);
      });

      it('backs off exponentially, stops after the configured attempts, and fails the target without a tag', async () => {
        reset();
        const image = await pushImage(src, 'backoff/app', 'v1', { seed: 'faults-backoff', layers: 1 });
        const layer = image.layers[0]!.digest;
        ps.addRule({
          match: { method: 'GET', path: blobPath(layer) },
          action: { respond: { status: 503, headers: JSON_HEADERS, body: UNAVAILABLE } },
        });
        const policy = { attempts: 4, baseDelayMs: 40, maxDelayMs: 10_000 };
        const run = await hoist(`${ps.host}/backoff/app:v1`, [`${pd.host}/backoff/app:v1`], { retry: policy });
        const target = onlyTarget(run);
        assert.equal(target.status, 'failed');
        assert.match(target.error!, new RegExp(`answered 503 while trying to read blob ${layer}`));
        assert.match(target.error!, /no tag was written/);
        assert.equal(requestsTo(ps, 'GET', blobPath(layer)).length, policy.attempts, 'exactly the configured attempts');
        const delays = retryLines(run.log)
          .filter((l) => l.url.endsWith(layer))
          .map((l) => l.delay);
        assert.equal(delays.length, policy.attempts - 1);
        delays.forEach((delay, i) => {
          const cap = policy.baseDelayMs * 2 ** i;
          assert.ok(delay >= cap / 2 && delay <= cap, `wait ${i + 1} is ${delay} ms, expected within [${cap / 2}, ${cap}]`);
        });
        assert.deepEqual(requestsTo(pd, 'PUT', /\/manifests\//), [], 'no manifest was pushed');
        assert.equal((await getManifest(dst, 'backoff/app', 'v1')).status, 404);
      });

      it('jitter spreads the waits of transfers retried at the same moment', async () => {
        reset();
        const image = await pushImage(src, 'jitter/app', 'v1', { seed: 'faults-jitter', layers: 5 });
        ps.addRule({
          match: { method: 'GET', path: /\/blobs\/sha256:/ },
          times: 6,
          action: { respond: { status: 503, headers: JSON_HEADERS, body: UNAVAILABLE } },
        });
        const run = await hoist(`${ps.host}/jitter/app:v1`, [`${pd.host}/jitter/app:v1`], {
          retry: { attempts: 3, baseDelayMs: 400, maxDelayMs: 400 },
        });
        assertCopied(run, image.digest);
        const delays = retryLines(run.log)
          .filter((l) => l.why === 'status 503')
          .map((l) => l.delay);
        assert.ok(delays.length >= 2, run.log.join('\n'));
        assert.ok(
          delays.every((d) => d >= 200 && d <= 400),
          delays.join(', '),
        );
        assert.ok(new Set(delays).size > 1, `every transfer waited exactly the same: ${delays.join(', ')}`);
      });

      it('the total time spent waiting on one registry host is bounded by maxTotalWaitMs', async () => {
        reset();
        await pushImage(src, 'budget/app', 'v1', { seed: 'faults-budget', layers: 5 });
        ps.addRule({
          match: { method: 'GET', path: /\/blobs\/sha256:/ },
          action: { respond: { status: 503, headers: JSON_HEADERS, body: UNAVAILABLE } },
        });
        const policy = { attempts: 3, baseDelayMs: 300, maxDelayMs: 300, maxTotalWaitMs: 400 };
        const run = await hoist(`${ps.host}/budget/app:v1`, [`${pd.host}/budget/app:v1`], { retry: policy, concurrency: 1 });
        assert.equal(onlyTarget(run).status, 'failed');
        const waits = retryLines(run.log).filter((l) => l.url.startsWith(`http://${ps.host}/`));
        const total = waits.reduce((sum, l) => sum + l.delay, 0);
        assert.ok(
          total <= policy.maxTotalWaitMs,
          `waited ${total} ms in all on ${ps.host} (budget ${policy.maxTotalWaitMs} ms):\n${waits.map((l) => l.line).join('\n')}`,
        );
        assert.equal((await getManifest(dst, 'budget/app', 'v1')).status, 404);
      });

      it('a Retry-After longer than the policy allows is not waited for: the target fails at once, naming the rate limit', async () => {
        reset();
        await pushImage(src, 'rl/long', 'v1', { seed: 'faults-429-long', layers: 1 });
        ps.addRule({
          match: { method: 'GET', path: /\/manifests\/v1$/ },
          action: { respond: { status: 429, headers: { 'retry-after': '3600', ...JSON_HEADERS }, body: TOOMANY } },
        });
        const run = await hoist(`${ps.host}/rl/long:v1`, [`${pd.host}/rl/long:v1`], { retry: { ...QUICK, maxRetryAfterMs: 5000 } });
        const target = onlyTarget(run);
        assert.equal(target.status, 'failed');
        assert.match(target.error!, /rate-limited/);
        assert.match(target.error!, /429/);
        assert.equal(requestsTo(ps, 'GET', /\/manifests\/v1$/).length, 1);
        assert.deepEqual(retryLines(run.log), []);
        assert.equal((await getManifest(dst, 'rl/long', 'v1')).status, 404);
      });
    });

    describe('client errors are not retried blindly', () => {
      it('a 403 on a blob check is not retried', async () => {
        reset();
        const image = await pushImage(src, 'no-retry/403', 'v1', { seed: 'faults-403', layers: 1 });
        const layer = image.layers[0]!.digest;
        pd.addRule({
          match: { method: 'HEAD', path: blobPath(layer) },
          action: {
            respond: { status: 403, headers: JSON_HEADERS, body: errorBody('DENIED', 'requested access to the resource is denied') },
          },
        });
        const run = await hoist(`${ps.host}/no-retry/403:v1`, [`${pd.host}/no-retry/403:v1`], { retry: QUICK });
        const target = onlyTarget(run);
        assert.equal(target.status, 'failed');
        assert.match(target.error!, /access denied/);
        assert.equal(requestsTo(pd, 'HEAD', blobPath(layer)).length, 1);
        assert.deepEqual(retryLines(run.log), []);
        assert.equal((await getManifest(dst, 'no-retry/403', 'v1')).status, 404);
      });

      it('a 404 on a source blob is not retried and names the blob', async () => {
        reset();
        const image = await pushImage(src, 'no-retry/404', 'v1', { seed: 'faults-404', layers: 1 });
        const layer = image.layers[0]!.digest;
        ps.addRule({
          match: { method: 'GET', path: blobPath(layer) },
          action: { respond: { status: 404, headers: JSON_HEADERS, body: errorBody('BLOB_UNKNOWN', 'blob unknown to registry', layer) } },
        });
        const run = await hoist(`${ps.host}/no-retry/404:v1`, [`${pd.host}/no-retry/404:v1`], { retry: QUICK });
        const target = onlyTarget(run);
        assert.equal(target.status, 'failed');
        assert.ok(target.error!.includes(layer), target.error);
        assert.match(target.error!, /not found/);
        assert.equal(requestsTo(ps, 'GET', blobPath(layer)).length, 1);
        assert.equal((await getManifest(dst, 'no-retry/404', 'v1')).status, 404);
      });

      it('a 400 on the manifest PUT is not retried', async () => {
        reset();
        await pushImage(src, 'no-retry/400', 'v1', { seed: 'faults-400', layers: 1 });
        pd.addRule({
          match: { method: 'PUT', path: /\/manifests\/v1$/ },
          action: { respond: { status: 400, headers: JSON_HEADERS, body: errorBody('MANIFEST_INVALID', 'manifest invalid') } },
        });
        const run = await hoist(`${ps.host}/no-retry/400:v1`, [`${pd.host}/no-retry/400:v1`], { retry: QUICK });
        const target = onlyTarget(run);
        assert.equal(target.status, 'failed');
        assert.match(target.error!, /MANIFEST_INVALID/);
        assert.equal(requestsTo(pd, 'PUT', /\/manifests\/v1$/).length, 1);
        assert.equal((await getManifest(dst, 'no-retry/400', 'v1')).status, 404);
      });
    });

    describe('bodies that end early or arrive corrupted', () => {
      it('a blob body that ends early is fetched again and the copy completes with the right bytes', async () => {
        reset();
        const image = await pushImage(src, 'body/short', 'v1', { seed: 'faults-short', layers: 2 });
        const layer = image.layers[1]!.digest;
        ps.addRule({ match: { method: 'GET', path: blobPath(layer) }, times: 1, action: { truncateResponseBody: 1000 } });
        const run = await hoist(`${ps.host}/body/short:v1`, [`${pd.host}/body/short:v1`], { retry: QUICK });
        assertCopied(run, image.digest);
        assert.equal(requestsTo(ps, 'GET', blobPath(layer)).length, 2);
        assert.ok(
          run.log.some((l) => l.startsWith(`Retrying blob ${layer}`)),
          run.log.join('\n'),
        );
        assert.ok((await getBlob(dst, 'body/short', layer)).body.equals(image.blobs.get(layer)!));
      });

      it('a corrupted blob body is fetched again and the copy completes with the right bytes', async () => {
        reset();
        const image = await pushImage(src, 'body/corrupt', 'v1', { seed: 'faults-corrupt', layers: 2 });
        const layer = image.layers[0]!.digest;
        ps.addRule({ match: { method: 'GET', path: blobPath(layer) }, times: 1, action: { corruptResponseBody: true } });
        const run = await hoist(`${ps.host}/body/corrupt:v1`, [`${pd.host}/body/corrupt:v1`], { retry: QUICK });
        assertCopied(run, image.digest);
        assert.equal(requestsTo(ps, 'GET', blobPath(layer)).length, 2);
        const line = run.log.find((l) => l.startsWith(`Retrying blob ${layer}`));
        assert.ok(line, run.log.join('\n'));
        assert.match(line, /does not match its digest/);
        assert.ok((await getBlob(dst, 'body/corrupt', layer)).body.equals(image.blobs.get(layer)!));
      });

      for (const [name, action] of [
        ['corrupted', { corruptResponseBody: true }],
        ['short', { truncateResponseBody: 4096 }],
      ] as const) {
        it(`a blob that stays ${name} fails its target naming the digest, after a bounded number of fetches; nothing is pushed from bad bytes`, async () => {
          reset();
          const repo = `body/persistent-${name}`;
          const image = await pushImage(src, repo, 'v1', { seed: `faults-persistent-${name}`, layers: 2 });
          const layer = image.layers[0]!.digest;
          ps.addRule({ match: { method: 'GET', path: blobPath(layer) }, action });
          const run = await hoist(`${ps.host}/${repo}:v1`, [`${pd.host}/${repo}:v1`], { retry: QUICK });
          const target = onlyTarget(run);
          assert.equal(target.status, 'failed');
          assert.ok(target.error!.includes(layer), target.error);
          assert.match(target.error!, /no tag was written/);
          const fetches = requestsTo(ps, 'GET', blobPath(layer)).length;
          assert.ok(fetches >= 2 && fetches <= 5, `fetched ${fetches} times`);
          assert.equal(await headBlob(dst, repo, layer), 404, 'the bad bytes were not stored');
          assert.deepEqual(requestsTo(pd, 'PUT', /\/manifests\//), []);
          assert.equal((await getManifest(dst, repo, 'v1')).status, 404);
        });
      }
    });

    describe('connection resets', () => {
      it('a reset in the middle of a blob download is retried', async () => {
        reset();
        const image = await pushImage(src, 'reset/download', 'v1', { seed: 'faults-reset-down', layers: 1, layerSize: 512 * 1024 });
        const layer = image.layers[0]!.digest;
        ps.addRule({ match: { method: 'GET', path: blobPath(layer) }, times: 1, action: { resetAfterBytes: 100_000 } });
        const run = await hoist(`${ps.host}/reset/download:v1`, [`${pd.host}/reset/download:v1`], { retry: QUICK });
        assertCopied(run, image.digest);
        assert.equal(requestsTo(ps, 'GET', blobPath(layer)).length, 2);
        assert.ok((await getBlob(dst, 'reset/download', layer)).body.equals(image.blobs.get(layer)!));
      });

      it('a reset while a manifest is being read is retried', async () => {
        reset();
        const image = await pushImage(src, 'reset/manifest', 'v1', { seed: 'faults-reset-manifest', layers: 1 });
        ps.addRule({ match: { method: 'GET', path: /\/manifests\/v1$/ }, times: 1, action: { resetAfterBytes: 100 } });
        const run = await hoist(`${ps.host}/reset/manifest:v1`, [`${pd.host}/reset/manifest:v1`], { retry: QUICK });
        assertCopied(run, image.digest);
        assert.deepEqual(
          requestsTo(ps, 'GET', /\/manifests\/v1$/).map((r) => r.faulted ?? 'ok'),
          ['resetAfterBytes 100', 'ok'],
        );
        assert.equal((await getManifest(dst, 'reset/manifest', 'v1')).digest, image.digest);
      });

      it('a reset before the manifest PUT is answered is retried with the same bytes', async () => {
        reset();
        const image = await pushImage(src, 'reset/put', 'v1', { seed: 'faults-reset-put', layers: 1 });
        pd.addRule({ match: { method: 'PUT', path: /\/manifests\/v1$/ }, times: 1, action: { resetRequestAfterBytes: 0 } });
        const run = await hoist(`${ps.host}/reset/put:v1`, [`${pd.host}/reset/put:v1`], { retry: QUICK });
        assertCopied(run, image.digest);
        assert.deepEqual(
          requestsTo(pd, 'PUT', /\/manifests\/v1$/).map((r) => r.status),
          [0, 201],
        );
        const line = retryLines(run.log).find((l) => l.method === 'PUT');
        assert.ok(line, run.log.join('\n'));
        assert.equal(line.url, `http://${pd.host}/v2/reset/put/manifests/v1`);
        const stored = await getManifest(dst, 'reset/put', 'v1');
        assert.ok(stored.body.equals(image.manifest));
      });

      it('a reset in the middle of a blob upload restarts the upload, and the blob is stored once, intact', async () => {
        reset();
        const size = 1024 * 1024;
        const image = await pushImage(src, 'reset/upload', 'v1', { seed: 'faults-reset-up', layers: 2, layerSize: size });
        const layer = image.layers[1]!.digest;
        pd.addRule({
          match: { method: 'PUT', path: /\/blobs\/uploads\//, query: uploadOf(layer) },
          times: 1,
          action: { resetRequestAfterBytes: 256 * 1024 },
        });
        const run = await hoist(`${ps.host}/reset/upload:v1`, [`${pd.host}/reset/upload:v1`], { retry: QUICK });
        assertCopied(run, image.digest);
        const puts = requestsTo(pd, 'PUT', /\/blobs\/uploads\//, uploadOf(layer));
        assert.deepEqual(
          puts.map((r) => r.status),
          [0, 201],
        );
        assert.ok(puts[0]!.bytesIn < size, 'the first upload was cut short');
        assert.equal(puts[1]!.bytesIn, size, 'the restarted upload sent the blob once, not appended to the cut one');
        assert.notEqual(new URL(puts[0]!.uri, pd.url).pathname, new URL(puts[1]!.uri, pd.url).pathname, 'a fresh upload session');
        assert.equal(onlyTarget(run).bytesUploaded, image.layers.reduce((s, l) => s + l.size, 0) + image.config.size, 'bytes counted once');
        assert.ok((await getBlob(dst, 'reset/upload', layer)).body.equals(image.blobs.get(layer)!));
      });

      it('a reset in the middle of a chunk (chunked uploads) resumes or restarts without duplicating data', async () => {
        reset();
        const size = 2 * 1024 * 1024;
        const image = await pushImage(src, 'reset/chunked', 'v1', { seed: 'faults-reset-chunk', layers: 1, layerSize: size });
        const layer = image.layers[0]!.digest;
        // A 413 to the one-request upload switches this client to PATCH chunks; then the chunk's connection drops.
        pd.addRule({
          match: { method: 'PUT', path: /\/blobs\/uploads\//, query: uploadOf(layer) },
          times: 1,
          action: { respond: { status: 413, headers: JSON_HEADERS, body: errorBody('SIZE_INVALID', 'too large') } },
        });
        pd.addRule({ match: { method: 'PATCH' }, times: 1, action: { resetRequestAfterBytes: 512 * 1024 } });
        const run = await hoist(`${ps.host}/reset/chunked:v1`, [`${pd.host}/reset/chunked:v1`], { retry: QUICK, concurrency: 1 });
        assertCopied(run, image.digest);
        const patches = pd.requests.filter((r) => r.method === 'PATCH');
        assert.equal(patches[0]?.status, 0, 'the first chunk was cut');
        const accepted = patches.filter((r) => r.status === 202);
        assert.ok(accepted.length >= 1, JSON.stringify(patches));
        const sessions = new Map<string, number>();
        for (const r of accepted) {
          const path = new URL(r.uri, pd.url).pathname;
          sessions.set(path, (sessions.get(path) ?? 0) + r.bytesIn);
        }
        assert.ok(
          [...sessions.values()].every((bytes) => bytes <= size),
          `no session received more than the blob: ${JSON.stringify([...sessions])}`,
        );
        assert.ok((await getBlob(dst, 'reset/chunked', layer)).body.equals(image.blobs.get(layer)!));
      });
    });

    describe('a bearer token that expires during an upload', () => {
      let tokenRegistry: RegistryHandle;
      let pt: FaultProxy;
      before(async () => {
        tokenRegistry = await startRegistry({ auth: 'token', users: USERS });
        pt = await startFaultProxy(tokenRegistry);
      });
      after(async () => {
        await pt?.stop();
        await tokenRegistry?.stop();
      });

      /** The registry's own challenge for pushing to `repository`, as an expired token would get it. */
      async function expiredChallenge(repository: string): Promise<string> {
        const res = await httpRequestBuffered({ url: `${tokenRegistry.url}/v2/${repository}/blobs/uploads/`, method: 'POST' });
        assert.equal(res.status, 401);
        const challenge = res.headers['www-authenticate'];
        assert.ok(typeof challenge === 'string' && challenge.startsWith('Bearer '), String(challenge));
        return `${challenge},error="invalid_token"`;
      }

      it('a 401 on a streamed blob upload fetches a new token and the copy completes', async () => {
        pt.clearRules();
        pt.requests.length = 0;
        const issuer = tokenRegistry.tokenIssuer!;
        const image = await pushImage(src, 'tok/src', 'v1', { seed: 'faults-token-blob', layers: 2, layerSize: 256 * 1024 });
        const layer = image.layers[0]!.digest;
        const challenge = await expiredChallenge('tok/blob');
        pt.addRule({
          match: { method: 'PUT', path: /\/blobs\/uploads\//, query: uploadOf(layer) },
          times: 1,
          action: {
            respond: {
              status: 401,
              headers: { 'www-authenticate': challenge, ...JSON_HEADERS },
              body: errorBody('UNAUTHORIZED', 'authentication required'),
            },
          },
        });
        issuer.requests.length = 0;
        const alice = credentials(tokenRegistry, 'alice');
        const run = await hoist(`${src.host}/tok/src:v1`, [`${pt.host}/tok/blob:v1`], {
          explicit: [{ registry: pt.host, ...alice }],
          retry: QUICK,
        });
        assertCopied(run, image.digest);
        assert.equal(issuer.requests.length, 2, `one token, then one refresh: ${JSON.stringify(issuer.requests.map((r) => r.scopes))}`);
        assert.ok(issuer.requests.every((r) => r.user === 'alice' && r.status === 200));
        assert.deepEqual(
          requestsTo(pt, 'PUT', /\/blobs\/uploads\//, uploadOf(layer)).map((r) => r.status),
          [401, 201],
        );
        assert.equal((await getManifest(tokenRegistry, 'tok/blob', 'v1', alice)).digest, image.digest);
      });

      it('a 401 on a chunk of a chunked upload fetches a new token and the upload goes on', async () => {
        pt.clearRules();
        pt.requests.length = 0;
        const issuer = tokenRegistry.tokenIssuer!;
        const image = await pushImage(src, 'tok/src3', 'v1', { seed: 'faults-token-chunk', layers: 1, layerSize: 1024 * 1024 });
        const layer = image.layers[0]!.digest;
        const challenge = await expiredChallenge('tok/chunked');
        pt.addRule({
          match: { method: 'PUT', path: /\/blobs\/uploads\//, query: uploadOf(layer) },
          times: 1,
          action: { respond: { status: 413, headers: JSON_HEADERS, body: errorBody('SIZE_INVALID', 'too large') } },
        });
        pt.addRule({
          match: { method: 'PATCH' },
          times: 1,
          action: {
            respond: {
              status: 401,
              headers: { 'www-authenticate': challenge, ...JSON_HEADERS },
              body: errorBody('UNAUTHORIZED', 'authentication required'),
            },
          },
        });
        issuer.requests.length = 0;
        const alice = credentials(tokenRegistry, 'alice');
        const run = await hoist(`${src.host}/tok/src3:v1`, [`${pt.host}/tok/chunked:v1`], {
          explicit: [{ registry: pt.host, ...alice }],
          retry: QUICK,
          concurrency: 1,
        });
        assertCopied(run, image.digest);
        assert.equal(issuer.requests.length, 2, 'one token, then one refresh');
        // Only the layer's upload session: the config may or may not go up in chunks too, depending on which blob's
        // check finishes first and takes the single transfer slot.
        const refused = pt.requests.find((r) => r.method === 'PATCH' && r.status === 401)!;
        const session = new URL(refused.uri, pt.url).pathname;
        const patches = pt.requests.filter((r) => r.method === 'PATCH' && new URL(r.uri, pt.url).pathname === session);
        assert.deepEqual(
          patches.map((r) => r.status),
          [401, 202],
          'the same upload went on',
        );
        assert.ok((await getBlob(tokenRegistry, 'tok/chunked', layer, alice)).body.equals(image.blobs.get(layer)!));
      });

      it('a 401 on the manifest PUT fetches a new token once and the tag is written', async () => {
        pt.clearRules();
        pt.requests.length = 0;
        const issuer = tokenRegistry.tokenIssuer!;
        const image = await pushImage(src, 'tok/src2', 'v1', { seed: 'faults-token-manifest', layers: 1 });
        const challenge = await expiredChallenge('tok/manifest');
        pt.addRule({
          match: { method: 'PUT', path: /\/manifests\/v1$/ },
          times: 1,
          action: {
            respond: {
              status: 401,
              headers: { 'www-authenticate': challenge, ...JSON_HEADERS },
              body: errorBody('UNAUTHORIZED', 'authentication required'),
            },
          },
        });
        issuer.requests.length = 0;
        const alice = credentials(tokenRegistry, 'alice');
        const run = await hoist(`${src.host}/tok/src2:v1`, [`${pt.host}/tok/manifest:v1`], {
          explicit: [{ registry: pt.host, ...alice }],
          retry: QUICK,
        });
        assertCopied(run, image.digest);
        assert.equal(issuer.requests.length, 2);
        assert.deepEqual(
          requestsTo(pt, 'PUT', /\/manifests\/v1$/).map((r) => r.status),
          [401, 201],
        );
        assert.equal((await getManifest(tokenRegistry, 'tok/manifest', 'v1', alice)).digest, image.digest);
      });
    });

    describe('Basic auth: a 401 re-authenticates once, and Authorization stays with the registry’s host', () => {
      let basic: RegistryHandle;
      let pb: FaultProxy;
      before(async () => {
        basic = await startRegistry({ auth: 'htpasswd', users: USERS });
        pb = await startFaultProxy(basic);
      });
      after(async () => {
        await pb?.stop();
        await basic?.stop();
      });
      const unauthorized = {
        respond: {
          status: 401,
          headers: { 'www-authenticate': 'Basic realm="hoist-test-registry"', ...JSON_HEADERS },
          body: errorBody('UNAUTHORIZED', 'authentication required'),
        },
      };

      it('a single 401 is answered by authenticating again, and the copy completes', async () => {
        pb.clearRules();
        pb.requests.length = 0;
        const image = await pushImage(src, 'basic/once', 'v1', { seed: 'faults-401-once', layers: 1 });
        pb.addRule({ match: { method: 'HEAD', path: /\/manifests\/v1$/ }, times: 1, action: unauthorized });
        const alice = credentials(basic, 'alice');
        const run = await hoist(`${src.host}/basic/once:v1`, [`${pb.host}/basic/once:v1`], {
          explicit: [{ registry: pb.host, ...alice }],
          retry: QUICK,
        });
        assertCopied(run, image.digest);
        assert.deepEqual(
          requestsTo(pb, 'HEAD', /\/manifests\/v1$/).map((r) => r.status),
          [401, 404],
        );
      });

      it('a 401 that persists is tried exactly twice, then fails as an authentication error without leaking the password', async () => {
        pb.clearRules();
        pb.requests.length = 0;
        await pushImage(src, 'basic/never', 'v1', { seed: 'faults-401-never', layers: 1 });
        pb.addRule({ match: { method: 'HEAD', path: /\/manifests\/v1$/ }, action: unauthorized });
        const alice = credentials(basic, 'alice');
        const run = await hoist(`${src.host}/basic/never:v1`, [`${pb.host}/basic/never:v1`], {
          explicit: [{ registry: pb.host, ...alice }],
          retry: QUICK,
        });
        const target = onlyTarget(run);
        assert.equal(target.status, 'failed');
        assert.match(target.error!, new RegExp(`authentication failed for ${pb.host}`));
        assert.ok(!target.error!.includes(alice.password));
        assert.equal(requestsTo(pb, 'HEAD', /\/manifests\/v1$/).length, 2);
        assert.equal((await getManifest(basic, 'basic/never', 'v1', alice)).status, 404);
      });

      it('a blob GET redirected to object storage is followed without the registry’s Authorization, and the signature never reaches the log', async () => {
        pb.clearRules();
        pb.requests.length = 0;
        const alice = credentials(basic, 'alice');
        const image = await pushImage(basic, 'storage/app', 'v1', { seed: 'faults-redirect', layers: 2, creds: alice });
        const layer = image.layers[1]!.digest;
        const signature = 'f00dfacec0ffee5ec2e7516a7a12e0001';
        const storage = await startEchoServer({ body: image.blobs.get(layer)!, headers: { 'content-type': 'application/octet-stream' } });
        try {
          const signed = `${storage.url}/bucket/docker/registry/v2/blobs/data?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLE&X-Amz-Signature=${signature}`;
          pb.addRule({ match: { method: 'GET', path: blobPath(layer) }, action: { redirectTo: signed } });
          const run = await hoist(`${pb.host}/storage/app:v1`, [`${pd.host}/storage/app:v1`], {
            explicit: [{ registry: pb.host, ...alice }],
            retry: QUICK,
          });
          assertCopied(run, image.digest);
          assert.equal(requestsTo(pb, 'GET', blobPath(layer)).length, 1);
          assert.equal(storage.requests.length, 1);
          const sent = storage.requests[0]!;
          assert.equal(sent.uri, new URL(signed).pathname + new URL(signed).search);
          assert.equal(sent.headers.authorization, undefined, 'Authorization was sent to the storage host');
          const basicHeader = Buffer.from(`alice:${alice.password}`).toString('base64');
          assert.ok(!JSON.stringify(sent.headers).includes(basicHeader));
          const everything = run.log.join('\n') + JSON.stringify(run.result);
          assert.ok(!everything.includes(signature), 'the signed URL’s signature was logged');
          assert.ok(!everything.includes(alice.password));
          assert.ok((await getBlob(dst, 'storage/app', layer)).body.equals(image.blobs.get(layer)!));
        } finally {
          await storage.stop();
        }
      });

      for (const persistent of [true, false]) {
        it(
          persistent
            ? 'an upload Location on another host gets no Authorization, and a blob that never reached the registry leaves no tag'
            : 'a blob the registry never got is uploaded again when the manifest names it missing, and the image is complete',
          async () => {
            pb.clearRules();
            pb.requests.length = 0;
            const alice = credentials(basic, 'alice');
            const image = await pushImage(src, `elsewhere/app${persistent ? '' : '-once'}`, 'v1', {
              seed: `faults-upload-elsewhere-${persistent}`,
              layers: 1,
            });
            const repo = `elsewhere/app${persistent ? '' : '-once'}`;
            const elsewhere = await startEchoServer({ status: 201 });
            try {
              pb.addRule({
                match: { method: 'POST', path: /\/blobs\/uploads\/$/ },
                ...(!persistent && { times: 1 }),
                action: {
                  respond: {
                    status: 202,
                    headers: { location: `${elsewhere.url}/upload/session-1?sig=opaque`, 'docker-upload-uuid': 'session-1' },
                  },
                },
              });
              const run = await hoist(`${src.host}/${repo}:v1`, [`${pb.host}/${repo}:v1`], {
                explicit: [{ registry: pb.host, ...alice }],
                retry: QUICK,
                concurrency: 1,
              });
              const put = elsewhere.requests.find((r) => r.method === 'PUT');
              assert.ok(put, `the upload went to the Location: ${JSON.stringify(elsewhere.requests.map((r) => r.method + ' ' + r.uri))}`);
              assert.ok(
                elsewhere.requests.every((r) => r.headers.authorization === undefined),
                'Authorization was sent to another host',
              );
              const target = onlyTarget(run);
              if (persistent) {
                assert.equal(target.status, 'failed', 'the registry never got that blob, so the image must not be tagged');
                assert.match(target.error!, /MANIFEST_BLOB_UNKNOWN|BLOB_UNKNOWN/);
                assert.equal((await getManifest(basic, repo, 'v1', alice)).status, 404);
              } else {
                assert.equal(target.status, 'copied', target.error);
                assert.ok(target.events.some((e) => e.type === 'blob-reuploaded'));
                assert.equal((await getManifest(basic, repo, 'v1', alice)).digest, image.digest);
              }
            } finally {
              await elsewhere.stop();
            }
          },
        );
      }
    });

    describe('redirects that downgrade', () => {
      it('an https registry redirecting a blob GET to plain http is refused: the target fails, nothing is fetched there', async () => {
        reset();
        const image = await pushImage(src, 'downgrade/app', 'v1', { seed: 'faults-downgrade', layers: 2 });
        const layer = image.layers[0]!.digest;
        const storage = await startEchoServer({ body: image.blobs.get(layer)! });
        const signature = 'feedbeef1234downgradesig';
        const front = await startTlsFront(src, {
          intercept: (req, res) => {
            if (req.method !== 'GET' || !req.url?.endsWith(`/blobs/${layer}`)) return false;
            res.writeHead(307, { location: `${storage.url}/bucket/blob?X-Amz-Signature=${signature}`, 'content-length': '0' }).end();
            return true;
          },
        });
        try {
          const run = await hoist(`${front.host}/downgrade/app:v1`, [`${pd.host}/downgrade/app:v1`], { trustTestCa: true, retry: QUICK });
          const target = onlyTarget(run);
          assert.equal(target.status, 'failed');
          assert.match(target.error!, /refused a redirect .* to plain HTTP/);
          assert.ok(!target.error!.includes(signature), target.error);
          assert.ok(!run.log.join('\n').includes(signature));
          assert.equal(storage.requests.length, 0, 'nothing was fetched over plain HTTP');
          assert.ok(
            front.requests.some((r) => r.intercepted),
            'the redirect was served',
          );
          assert.equal(await headBlob(dst, 'downgrade/app', layer), 404);
          assert.deepEqual(requestsTo(pd, 'PUT', /\/manifests\//), []);
          assert.equal((await getManifest(dst, 'downgrade/app', 'v1')).status, 404);
        } finally {
          await Promise.all([front.stop(), storage.stop()]);
        }
      });
    });

    describe('eventual consistency', () => {
      it('MANIFEST_BLOB_UNKNOWN on the manifest PUT right after the blobs went up is retried', async () => {
        reset();
        const image = await pushImage(src, 'consistency/app', 'v1', { seed: 'faults-blob-unknown', layers: 2 });
        pd.addRule({
          match: { method: 'PUT', path: /\/manifests\/v1$/ },
          times: 2,
          action: {
            respond: {
              status: 400,
              headers: JSON_HEADERS,
              body: errorBody('MANIFEST_BLOB_UNKNOWN', 'blob unknown to registry', image.layers[1]!.digest),
            },
          },
        });
        const run = await hoist(`${ps.host}/consistency/app:v1`, [`${pd.host}/consistency/app:v1`], { retry: QUICK });
        assertCopied(run, image.digest);
        assert.deepEqual(
          requestsTo(pd, 'PUT', /\/manifests\/v1$/).map((r) => r.status),
          [400, 400, 201],
        );
        assert.equal((await getManifest(dst, 'consistency/app', 'v1')).digest, image.digest);
      });

      it('a MANIFEST_BLOB_UNKNOWN that persists fails the target after a bounded number of tries, naming the code', async () => {
        reset();
        await pushImage(src, 'consistency/never', 'v1', { seed: 'faults-blob-unknown-never', layers: 1 });
        pd.addRule({
          match: { method: 'PUT', path: /\/manifests\/v1$/ },
          action: { respond: { status: 400, headers: JSON_HEADERS, body: errorBody('MANIFEST_BLOB_UNKNOWN', 'blob unknown to registry') } },
        });
        const run = await hoist(`${ps.host}/consistency/never:v1`, [`${pd.host}/consistency/never:v1`], { retry: QUICK });
        const target = onlyTarget(run);
        assert.equal(target.status, 'failed');
        assert.match(target.error!, /MANIFEST_BLOB_UNKNOWN/);
        const tries = requestsTo(pd, 'PUT', /\/manifests\/v1$/).length;
        assert.ok(tries >= 2 && tries <= 6, `tried ${tries} times`);
        assert.equal((await getManifest(dst, 'consistency/never', 'v1')).status, 404);
      });
    });

    describe('a registry that drops mid-copy', () => {
      it('its target keeps its old tag, the other targets complete, and the result says which did', async () => {
        reset();
        const old = await pushImage(dst, 'drop/app', 'v1', { seed: 'faults-drop-old', layers: 1 });
        const image = await pushImage(src, 'drop/app', 'v1', { seed: 'faults-drop-new', layers: 3, layerSize: 256 * 1024 });
        const flaky = await startFaultProxy(dst);
        try {
          flaky.addRule({ match: { method: 'PUT', path: /\/blobs\/uploads\// }, action: { delayMs: 3000 } });
          const targets = [`${flaky.host}/drop/app:v1`, `${pd.host}/drop/kept:v1`, `${src.host}/drop/promoted:v1`];
          const copying = hoist(`${src.host}/drop/app:v1`, targets, { retry: QUICK });
          await waitFor(() => flaky.requests.some((r) => r.method === 'PUT'), 'an upload to the flaky registry');
          await flaky.stop();
          const run = await copying;
          assert.deepEqual(
            run.result.targets.map((t) => [t.target, t.status]),
            [
              [targets[0], 'failed'],
              [targets[1], 'copied'],
              [targets[2], 'copied'],
            ],
          );
          assert.match(run.result.targets[0]!.error!, /no tag was written/);
          assert.equal((await getManifest(dst, 'drop/app', 'v1')).digest, old.digest, 'the dropped target kept its old tag');
          assert.equal((await getManifest(dst, 'drop/kept', 'v1')).digest, image.digest);
          assert.equal((await getManifest(src, 'drop/promoted', 'v1')).digest, image.digest);
        } finally {
          await flaky.stop();
        }
      });

      it('the action’s outputs list the targets that completed, and the step fails naming the one that did not', async () => {
        reset();
        const old = await pushImage(dst, 'drop/action', 'v1', { seed: 'faults-drop-action-old', layers: 1 });
        const image = await pushImage(src, 'drop/action', 'v1', { seed: 'faults-drop-action-new', layers: 3, layerSize: 256 * 1024 });
        const flaky = await startFaultProxy(dst);
        try {
          flaky.addRule({ match: { method: 'PUT', path: /\/blobs\/uploads\// }, action: { delayMs: 5000 } });
          const dropped = `${flaky.host}/drop/action:v1`;
          const kept = `${pd.host}/drop/action-kept:v1`;
          const running = runAction({ source: `${src.host}/drop/action:v1`, targets: `${dropped}\n${kept}` });
          await waitFor(() => flaky.requests.some((r) => r.method === 'PUT'), 'an upload to the flaky registry', 60_000);
          await flaky.stop();
          const run = await running;
          assert.equal(run.code, 1, run.stdout);
          const result = JSON.parse(run.outputs['result']!) as Array<{
            target: string;
            status: string;
            digest: string | null;
            error?: string;
          }>;
          assert.deepEqual(
            result.map((r) => [r.target, r.status, r.digest]),
            [
              [dropped, 'failed', null],
              [kept, 'copied', image.digest],
            ],
          );
          assert.equal(run.outputs['refs'], `${pd.host}/drop/action-kept@${image.digest}`);
          assert.match(
            run.stdout,
            new RegExp(
              `::error::1 of 2 targets failed: ${dropped.replace(/\./g, '\\.')}\\. These completed: ${kept.replace(/\./g, '\\.')}`,
            ),
          );
          assert.equal((await getManifest(dst, 'drop/action', 'v1')).digest, old.digest);
          assert.equal((await getManifest(dst, 'drop/action-kept', 'v1')).digest, image.digest);
        } finally {
          await flaky.stop();
        }
      });
    });
  });
});
