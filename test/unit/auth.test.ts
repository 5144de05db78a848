import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { repositoryScope } from '../../src/store/registry/auth.ts';
import { readLimited } from '../../src/store/registry/body.ts';
import { parseChallenges, type Challenge } from '../../src/store/registry/challenges.ts';
import { TokenCache } from '../../src/store/registry/token-cache.ts';

describe('parseChallenges', () => {
  const cases: Array<{ name: string; header: string; expected: Challenge[] }> = [
    {
      name: 'Docker Hub bearer challenge',
      header: 'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull"',
      expected: [
        {
          scheme: 'bearer',
          params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/nginx:pull' },
        },
      ],
    },
    {
      name: 'scope with commas and spaces inside quotes',
      header: 'Bearer realm="https://ghcr.io/token", service="ghcr.io", scope="repository:acme/app:pull,push repository:acme/base:pull"',
      expected: [
        {
          scheme: 'bearer',
          params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:acme/app:pull,push repository:acme/base:pull' },
        },
      ],
    },
    {
      name: 'escaped quotes and backslashes in a quoted string',
      header: 'Basic realm="say \\"hi\\", then \\\\ leave"',
      expected: [{ scheme: 'basic', params: { realm: 'say "hi", then \\ leave' } }],
    },
    {
      name: 'Basic realm',
      header: 'Basic realm="Registry Realm"',
      expected: [{ scheme: 'basic', params: { realm: 'Registry Realm' } }],
    },
    {
      name: 'two challenges in one header',
      header: 'Basic realm="harbor", Bearer realm="https://harbor.example/service/token",service="harbor-registry"',
      expected: [
        { scheme: 'basic', params: { realm: 'harbor' } },
        { scheme: 'bearer', params: { realm: 'https://harbor.example/service/token', service: 'harbor-registry' } },
      ],
    },
    {
      name: 'bearer with error params followed by a second challenge',
      header: 'Bearer realm="https://a.example/token", error="insufficient_scope", Basic realm="b"',
      expected: [
        { scheme: 'bearer', params: { realm: 'https://a.example/token', error: 'insufficient_scope' } },
        { scheme: 'basic', params: { realm: 'b' } },
      ],
    },
    {
      name: 'unquoted token values',
      header: 'Bearer realm="https://a.example/token",error=invalid_token,service=registry.example.com',
      expected: [
        { scheme: 'bearer', params: { realm: 'https://a.example/token', error: 'invalid_token', service: 'registry.example.com' } },
      ],
    },
    {
      name: 'unquoted value with "=" padding',
      header: 'Custom key=abc==, other=x',
      expected: [{ scheme: 'custom', params: { key: 'abc==', other: 'x' } }],
    },
    {
      name: 'case-insensitive scheme and keys; values keep their case',
      header: 'BEARER Realm="https://A.example/Token",SERVICE="Registry.Example"',
      expected: [{ scheme: 'bearer', params: { realm: 'https://A.example/Token', service: 'Registry.Example' } }],
    },
    {
      name: 'white space around "=" and commas',
      header: 'Bearer   realm = "https://a.example/token" ,\tservice =  "svc"  ',
      expected: [{ scheme: 'bearer', params: { realm: 'https://a.example/token', service: 'svc' } }],
    },
    {
      name: 'empty quoted value',
      header: 'Bearer realm="https://a.example/token",scope=""',
      expected: [{ scheme: 'bearer', params: { realm: 'https://a.example/token', scope: '' } }],
    },
    { name: 'scheme without params', header: 'Negotiate', expected: [{ scheme: 'negotiate', params: {} }] },
    { name: 'empty header', header: '', expected: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(parseChallenges(c.header), c.expected);
    });
  }
});

describe('repositoryScope', () => {
  const cases: Array<{ repository: string; actions: string[]; expected: string }> = [
    { repository: 'library/nginx', actions: ['pull'], expected: 'repository:library/nginx:pull' },
    { repository: 'acme/app', actions: ['push'], expected: 'repository:acme/app:push' },
    { repository: 'acme/app', actions: ['pull', 'push'], expected: 'repository:acme/app:push,pull' },
    { repository: 'acme/app', actions: ['push', 'pull'], expected: 'repository:acme/app:push,pull' },
    { repository: 'acme/app', actions: ['pull', 'push', 'pull', 'push'], expected: 'repository:acme/app:push,pull' },
  ];
  for (const c of cases) {
    it(`${c.repository} ${JSON.stringify(c.actions)} -> ${c.expected}`, () => {
      assert.equal(repositoryScope(c.repository, c.actions), c.expected);
    });
  }
});

describe('TokenCache.key', () => {
  it('ignores scope order and duplicates', () => {
    assert.equal(TokenCache.key('ghcr.io', ['b', 'a', 'a']), TokenCache.key('ghcr.io', ['a', 'b']));
  });
  it('differs by registry and by scope set', () => {
    assert.notEqual(TokenCache.key('ghcr.io', ['a']), TokenCache.key('docker.io', ['a']));
    assert.notEqual(TokenCache.key('ghcr.io', ['a']), TokenCache.key('ghcr.io', ['a', 'b']));
  });
});

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('TokenCache.get', () => {
  it('concurrent gets for the same key share one fetch', async () => {
    const cache = new TokenCache(() => 0);
    const gate = deferred<{ token: string; expiresAt: number }>();
    let calls = 0;
    const fetch = (): Promise<{ token: string; expiresAt: number }> => {
      calls++;
      return gate.promise;
    };
    const results = Promise.all([cache.get('k', fetch), cache.get('k', fetch), cache.get('k', fetch)]);
    gate.resolve({ token: 'T1', expiresAt: 60_000 });
    assert.deepEqual(await results, ['T1', 'T1', 'T1']);
    assert.equal(calls, 1);
    // And a later get still uses the cached token.
    assert.equal(await cache.get('k', fetch), 'T1');
    assert.equal(calls, 1);
  });

  it('different keys are fetched separately', async () => {
    const cache = new TokenCache(() => 0);
    const fetched: string[] = [];
    const fetchFor = (token: string) => () => {
      fetched.push(token);
      return Promise.resolve({ token, expiresAt: 60_000 });
    };
    assert.equal(await cache.get('a', fetchFor('A')), 'A');
    assert.equal(await cache.get('b', fetchFor('B')), 'B');
    assert.equal(await cache.get('a', fetchFor('A2')), 'A');
    assert.deepEqual(fetched, ['A', 'B']);
  });

  // A token fetched at t=0 is valid until 60 s; the cache refreshes it 10 s before expiry.
  const timeline: Array<{ now: number; refetch: boolean; why: string }> = [
    { now: 0, refetch: false, why: 'fresh' },
    { now: 49_999, refetch: false, why: 'more than 10 s left' },
    { now: 50_000, refetch: true, why: 'exactly 10 s left counts as expiring' },
    { now: 59_999, refetch: true, why: 'about to expire' },
    { now: 120_000, refetch: true, why: 'long expired' },
  ];
  for (const step of timeline) {
    it(`a token expiring at 60 s is ${step.refetch ? 'refetched' : 'reused'} at now=${step.now} ms (${step.why})`, async () => {
      let now = 0;
      const cache = new TokenCache(() => now);
      let calls = 0;
      const fetch = () => Promise.resolve({ token: `t${++calls}`, expiresAt: now + 60_000 });
      assert.equal(await cache.get('k', fetch), 't1');
      now = step.now;
      assert.equal(await cache.get('k', fetch), step.refetch ? 't2' : 't1');
      assert.equal(calls, step.refetch ? 2 : 1);
    });
  }

  it('an expired entry is refetched and the new one is cached', async () => {
    let now = 0;
    const cache = new TokenCache(() => now);
    let calls = 0;
    const fetch = () => Promise.resolve({ token: `t${++calls}`, expiresAt: now + 60_000 });
    assert.equal(await cache.get('k', fetch), 't1');
    now = 55_000;
    assert.equal(await cache.get('k', fetch), 't2');
    now = 56_000;
    assert.equal(await cache.get('k', fetch), 't2');
    assert.equal(calls, 2);
  });

  it('a failed fetch is not cached', async () => {
    const cache = new TokenCache(() => 0);
    let calls = 0;
    const failing = (): Promise<{ token: string; expiresAt: number }> => {
      calls++;
      return Promise.reject(new Error('token server down'));
    };
    await assert.rejects(cache.get('k', failing), /token server down/);
    const ok = () => {
      calls++;
      return Promise.resolve({ token: 'good', expiresAt: 60_000 });
    };
    assert.equal(await cache.get('k', ok), 'good');
    assert.equal(calls, 2);
  });

  it('a failure shared by concurrent waiters is not cached either', async () => {
    const cache = new TokenCache(() => 0);
    const gate = deferred<{ token: string; expiresAt: number }>();
    let calls = 0;
    const first = cache.get('k', () => {
      calls++;
      return gate.promise;
    });
    gate.reject(new Error('boom'));
    await assert.rejects(first, /boom/);
    assert.equal(await cache.get('k', () => Promise.resolve({ token: `after-${++calls}`, expiresAt: 60_000 })), 'after-2');
  });

  it('concurrent waiters on a failed fetch share its failure instead of fetching again each', async () => {
    const cache = new TokenCache(() => 0);
    const gate = deferred<{ token: string; expiresAt: number }>();
    let calls = 0;
    const fetch = (): Promise<{ token: string; expiresAt: number }> => {
      calls++;
      return calls === 1 ? gate.promise : Promise.reject(new Error(`refetch ${calls}`));
    };
    const waiters = [cache.get('k', fetch), cache.get('k', fetch), cache.get('k', fetch)];
    gate.reject(new Error('token server refused'));
    for (const waiter of waiters) await assert.rejects(waiter, /token server refused/);
    assert.equal(calls, 1);
  });

  it('invalidate forces a new fetch', async () => {
    const cache = new TokenCache(() => 0);
    let calls = 0;
    const fetch = () => Promise.resolve({ token: `t${++calls}`, expiresAt: 60_000 });
    assert.equal(await cache.get('k', fetch), 't1');
    cache.invalidate('k');
    assert.equal(await cache.get('k', fetch), 't2');
  });
});

describe('readLimited', () => {
  const cases: Array<{ name: string; chunks: string[]; limit: number; expected: string | undefined }> = [
    { name: 'under the limit', chunks: ['{"tok', 'en":"x"}'], limit: 100, expected: '{"token":"x"}' },
    { name: 'exactly at the limit', chunks: ['abc', 'de'], limit: 5, expected: 'abcde' },
    { name: 'one byte over the limit', chunks: ['abc', 'def'], limit: 5, expected: undefined },
    { name: 'empty body', chunks: [], limit: 5, expected: '' },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const body = Readable.from(c.chunks.map((s) => Buffer.from(s)));
      assert.equal(await readLimited(body, c.limit), c.expected);
      if (c.expected === undefined) assert.equal(body.destroyed, true, 'the rest of an oversized body is discarded');
    });
  }
});
