import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { errors as undiciErrors } from 'undici';
import type { Logger } from '../../src/log.ts';
import { Transport, describeNetworkError, header, isRetryableError, parseRetryAfter } from '../../src/store/registry/transport.ts';

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  const cases: Array<{ name: string; value: string | string[] | undefined; expected: number | undefined }> = [
    { name: 'delay-seconds', value: '120', expected: 120_000 },
    { name: 'zero seconds', value: '0', expected: 0 },
    { name: 'seconds with surrounding spaces', value: ' 7 ', expected: 7_000 },
    { name: 'first of repeated headers', value: ['3', '9'], expected: 3_000 },
    { name: 'IMF-fixdate 30 s after now', value: 'Wed, 01 Jan 2025 00:00:30 GMT', expected: 30_000 },
    { name: 'IMF-fixdate 2 min after now', value: 'Wed, 01 Jan 2025 00:02:00 GMT', expected: 120_000 },
    { name: 'RFC 850 date 30 s after now', value: 'Wednesday, 01-Jan-25 00:00:30 GMT', expected: 30_000 },
    { name: 'date in the past is no wait', value: 'Tue, 31 Dec 2024 23:59:00 GMT', expected: 0 },
    { name: 'absent', value: undefined, expected: undefined },
    { name: 'empty', value: '', expected: undefined },
    { name: 'blank', value: '   ', expected: undefined },
    { name: 'garbage word', value: 'soon', expected: undefined },
    { name: 'seconds with a unit', value: '5s', expected: undefined },
    { name: 'hex number', value: '0x10', expected: undefined },
    { name: 'exponent', value: '1e3', expected: undefined },
    { name: 'fractional seconds (not delay-seconds)', value: '1.5', expected: undefined },
    { name: 'negative seconds', value: '-1', expected: undefined },
    { name: 'words around a number', value: 'retry 12', expected: undefined },
  ];
  for (const c of cases) {
    it(`${c.name}: ${JSON.stringify(c.value)} -> ${String(c.expected)}`, () => {
      assert.equal(parseRetryAfter(c.value, now), c.expected);
    });
  }

  it('an HTTP-date is measured from the now argument', () => {
    const date = 'Wed, 01 Jan 2025 00:01:00 GMT';
    assert.equal(parseRetryAfter(date, now), 60_000);
    assert.equal(parseRetryAfter(date, now + 45_000), 15_000);
    assert.equal(parseRetryAfter(date, now + 90_000), 0);
  });
});

describe('isRetryableError', () => {
  const withCause = (cause: unknown): Error => new Error('fetch failed', { cause });
  const cases: Array<{ name: string; error: unknown; expected: boolean }> = [
    { name: 'ECONNRESET', error: { code: 'ECONNRESET' }, expected: true },
    { name: 'ECONNREFUSED', error: { code: 'ECONNREFUSED' }, expected: true },
    { name: 'EPIPE', error: { code: 'EPIPE' }, expected: true },
    { name: 'ETIMEDOUT', error: { code: 'ETIMEDOUT' }, expected: true },
    { name: 'EAI_AGAIN', error: { code: 'EAI_AGAIN' }, expected: true },
    { name: 'undici socket error', error: { code: 'UND_ERR_SOCKET' }, expected: true },
    { name: 'undici headers timeout', error: { code: 'UND_ERR_HEADERS_TIMEOUT' }, expected: true },
    { name: 'undici body timeout', error: { code: 'UND_ERR_BODY_TIMEOUT' }, expected: true },
    { name: 'code on the cause', error: withCause({ code: 'ECONNRESET' }), expected: true },
    {
      name: 'code two causes deep',
      error: withCause(withCause(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))),
      expected: true,
    },
    { name: 'ENOTFOUND (a typo in the host does not heal)', error: { code: 'ENOTFOUND' }, expected: false },
    { name: 'certificate error', error: { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }, expected: false },
    { name: 'numeric code', error: { code: 104 }, expected: false },
    { name: 'no code', error: new Error('plain'), expected: false },
    { name: 'undici aborted request', error: new undiciErrors.RequestAbortedError(), expected: false },
    { name: 'null', error: null, expected: false },
    { name: 'a string', error: 'ECONNRESET', expected: false },
  ];
  for (const c of cases) {
    it(`${c.name} -> ${c.expected}`, () => {
      assert.equal(isRetryableError(c.error), c.expected);
    });
  }
});

describe('describeNetworkError', () => {
  const cases: Array<[unknown, string]> = [
    [Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'socket hang up (ECONNRESET)'],
    [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }), 'connect ECONNREFUSED 127.0.0.1:1'],
    [new Error('fetch failed', { cause: { code: 'ETIMEDOUT' } }), 'fetch failed (ETIMEDOUT)'],
    [new Error('plain'), 'plain'],
    ['just text', 'just text'],
  ];
  for (const [error, expected] of cases) {
    it(JSON.stringify(expected), () => {
      assert.equal(describeNetworkError(error), expected);
    });
  }
});

describe('header', () => {
  const headers = { 'content-type': 'application/json', 'www-authenticate': ['Bearer realm="a"', 'Basic realm="b"'] };
  const cases: Array<[string, string | undefined]> = [
    ['Content-Type', 'application/json'],
    ['content-type', 'application/json'],
    ['WWW-Authenticate', 'Bearer realm="a"'],
    ['Location', undefined],
  ];
  for (const [name, expected] of cases) {
    it(`${name} -> ${String(expected)}`, () => {
      assert.equal(header(headers, name), expected);
    });
  }
});

// Transport against real loopback HTTP servers; only the waits between retries are shortened (its sleep hook).
type Handler = (req: IncomingMessage, res: ServerResponse) => void;
interface TestServer {
  server: Server;
  origin: string;
  requests: Array<{ method: string; url: string; authorization: string | undefined; body: string }>;
  handler: Handler;
}

async function startServer(host: string): Promise<TestServer> {
  const state: TestServer = { server: undefined as unknown as Server, origin: '', requests: [], handler: (_req, res) => res.end() };
  state.server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      state.requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        body: Buffer.concat(chunks).toString(),
      });
      state.handler(req, res);
    });
  });
  await new Promise<void>((resolve) => state.server.listen(0, host, resolve));
  state.origin = `http://${host}:${(state.server.address() as AddressInfo).port}`;
  return state;
}

describe('Transport.send', () => {
  let a: TestServer;
  let b: TestServer;
  let transport: Transport;
  const sleeps: number[] = [];
  const lines: string[] = [];
  const logger: Logger = {
    debug: (m) => lines.push(m),
    info: (m) => lines.push(m),
    warning: (m) => lines.push(m),
    error: (m) => lines.push(m),
  };

  before(async () => {
    a = await startServer('127.0.0.1');
    b = await startServer('127.0.0.1');
    transport = new Transport({
      logger,
      retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 400 },
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
    });
  });
  after(async () => {
    await transport.close();
    a.server.closeAllConnections();
    b.server.closeAllConnections();
    await Promise.all([new Promise((r) => a.server.close(r)), new Promise((r) => b.server.close(r))]);
  });
  const reset = (): void => {
    a.requests.length = 0;
    b.requests.length = 0;
    sleeps.length = 0;
    lines.length = 0;
  };

  it('retries a 503 and honours Retry-After', async () => {
    reset();
    let n = 0;
    a.handler = (_req, res) => {
      if (n++ === 0) {
        res.writeHead(503, { 'retry-after': '2' }).end('busy');
      } else {
        res.writeHead(200).end('ok');
      }
    };
    const response = await transport.send({ method: 'GET', url: new URL(`${a.origin}/v2/`) });
    assert.equal(response.status, 200);
    assert.equal(await response.body.text(), 'ok');
    assert.equal(a.requests.length, 2);
    assert.deepEqual(sleeps, [2_000]);
  });

  it('gives the last response back when attempts run out', async () => {
    reset();
    a.handler = (_req, res) => res.writeHead(429, { 'retry-after': '0' }).end('slow down');
    const response = await transport.send({ method: 'GET', url: new URL(`${a.origin}/v2/`) });
    assert.equal(response.status, 429);
    await response.body.dump();
    assert.equal(a.requests.length, 3);
    assert.deepEqual(sleeps, [0, 0]);
  });

  it('does not wait for a Retry-After beyond the policy', async () => {
    reset();
    a.handler = (_req, res) => res.writeHead(503, { 'retry-after': '3600' }).end();
    const response = await transport.send({ method: 'GET', url: new URL(`${a.origin}/v2/`) });
    assert.equal(response.status, 503);
    await response.body.dump();
    assert.equal(a.requests.length, 1);
    assert.deepEqual(sleeps, []);
  });

  const noRetry: Array<[string, number]> = [
    ['404', 404],
    ['401', 401],
    ['400', 400],
  ];
  for (const [name, status] of noRetry) {
    it(`does not retry a ${name}`, async () => {
      reset();
      a.handler = (_req, res) => res.writeHead(status).end();
      const response = await transport.send({ method: 'GET', url: new URL(`${a.origin}/v2/`) });
      assert.equal(response.status, status);
      await response.body.dump();
      assert.equal(a.requests.length, 1);
    });
  }

  it('replays a Buffer body on retry', async () => {
    reset();
    let n = 0;
    a.handler = (_req, res) => res.writeHead(n++ === 0 ? 502 : 201).end();
    const response = await transport.send({ method: 'PUT', url: new URL(`${a.origin}/v2/x`), body: Buffer.from('manifest-bytes') });
    assert.equal(response.status, 201);
    await response.body.dump();
    assert.deepEqual(
      a.requests.map((r) => r.body),
      ['manifest-bytes', 'manifest-bytes'],
    );
  });

  it('does not retry a streamed body (it cannot be replayed)', async () => {
    reset();
    a.handler = (_req, res) => res.writeHead(503).end();
    const response = await transport.send({
      method: 'PATCH',
      url: new URL(`${a.origin}/v2/x`),
      body: Readable.from([Buffer.from('chunk')]),
    });
    assert.equal(response.status, 503);
    await response.body.dump();
    assert.equal(a.requests.length, 1);
  });

  it('keeps Authorization on a same-host redirect and drops it when the redirect leaves the host', async () => {
    reset();
    a.handler = (req, res) => {
      if (req.url === '/v2/blob') res.writeHead(307, { location: '/v2/blob-here' }).end();
      else if (req.url === '/v2/blob-here') res.writeHead(307, { location: `${b.origin}/storage/blob?X-Amz-Signature=sig` }).end();
      else res.writeHead(500).end();
    };
    b.handler = (_req, res) => res.writeHead(200).end('blob-bytes');
    const response = await transport.send({ method: 'GET', url: new URL(`${a.origin}/v2/blob`), authorization: 'Bearer secret-token' });
    assert.equal(response.status, 200);
    assert.equal(await response.body.text(), 'blob-bytes');
    assert.deepEqual(
      a.requests.map((r) => r.authorization),
      ['Bearer secret-token', 'Bearer secret-token'],
    );
    assert.deepEqual(
      b.requests.map((r) => r.authorization),
      [undefined],
    );
    assert.equal(response.url.origin, b.origin);
  });

  it('does not follow redirects of a PUT', async () => {
    reset();
    a.handler = (_req, res) => res.writeHead(307, { location: `${b.origin}/elsewhere` }).end();
    const response = await transport.send({ method: 'PUT', url: new URL(`${a.origin}/v2/x`), body: 'data' });
    assert.equal(response.status, 307);
    await response.body.dump();
    assert.equal(b.requests.length, 0);
  });

  it('stops after too many redirects', async () => {
    reset();
    a.handler = (_req, res) => res.writeHead(302, { location: '/loop' }).end();
    await assert.rejects(transport.send({ method: 'GET', url: new URL(`${a.origin}/v2/loop`) }), /too many redirects/);
  });

  it('retries a refused connection, then gives up with the network error', async () => {
    reset();
    const closed = await startServer('127.0.0.1');
    const url = new URL(`${closed.origin}/v2/`);
    await new Promise((r) => closed.server.close(r));
    await assert.rejects(transport.send({ method: 'GET', url }), (error: unknown) => isRetryableError(error));
    assert.equal(sleeps.length, 2, 'three attempts, two waits');
    assert.ok(
      lines.some((l) => l.includes('Retrying GET')),
      lines.join('\n'),
    );
  });
});
