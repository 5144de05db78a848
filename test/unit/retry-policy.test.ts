import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { errors as undiciErrors } from 'undici';
import { DigestMismatchError } from '../../src/oci/digest.ts';
import { describeRetry } from '../../src/retry/describe.ts';
import { RetryPolicy, classify, type RetryEvent } from '../../src/retry/policy.ts';

function policy(settings: ConstructorParameters<typeof RetryPolicy>[0] = {}): {
  policy: RetryPolicy;
  events: RetryEvent[];
  sleeps: number[];
} {
  const events: RetryEvent[] = [];
  const sleeps: number[] = [];
  return {
    policy: new RetryPolicy({
      ...settings,
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
      onRetry: (event) => events.push(event),
    }),
    events,
    sleeps,
  };
}

const retryable = (reason: string, retryAfterMs?: number) =>
  Object.assign(new Error(reason), { retryable: true, retryReason: reason, ...(retryAfterMs !== undefined && { retryAfterMs }) });
const final = (reason: string) => Object.assign(new Error(reason), { retryable: false, retryReason: reason });

describe('classify', () => {
  const cases: Array<{ name: string; error: unknown; retryable: boolean; reason?: RegExp }> = [
    {
      name: 'a self-classifying error that may be retried',
      error: retryable('the registry rate limit (429)'),
      retryable: true,
      reason: /429/,
    },
    { name: 'a self-classifying error that may not', error: final('denied'), retryable: false, reason: /denied/ },
    {
      name: 'a digest mismatch (fresh bytes may match)',
      error: new DigestMismatchError('blob x', 'sha256:a', 'sha256:b'),
      retryable: true,
    },
    {
      name: 'a connection reset',
      error: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      retryable: true,
      reason: /ECONNRESET/,
    },
    { name: 'a code on the cause', error: new Error('fetch failed', { cause: { code: 'UND_ERR_SOCKET' } }), retryable: true },
    { name: 'undici headers time-out', error: new undiciErrors.HeadersTimeoutError(), retryable: true },
    { name: 'an abort', error: new undiciErrors.RequestAbortedError(), retryable: false, reason: /aborted/ },
    { name: 'a plain error', error: new Error('boom'), retryable: false, reason: /boom/ },
    { name: 'an unknown code', error: Object.assign(new Error('odd'), { code: 'EWHATEVER' }), retryable: false },
    { name: 'not an error at all', error: 'text', retryable: false, reason: /text/ },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.retryable ? 'retryable' : 'final'}`, () => {
      const decision = classify(c.error);
      assert.equal(decision.retryable, c.retryable);
      if (c.reason) assert.match(decision.reason, c.reason);
    });
  }

  it('carries the Retry-After an error names', () => {
    assert.equal(classify(retryable('429', 1500)).retryAfterMs, 1500);
  });
});

describe('RetryPolicy.backoff', () => {
  it('is jittered within [cap/2, cap] of the exponential step, and capped at maxDelayMs', () => {
    const { policy: p } = policy({ settings: { baseDelayMs: 100, maxDelayMs: 1000 } });
    for (let attempt = 1; attempt <= 6; attempt++) {
      const cap = Math.min(1000, 100 * 2 ** (attempt - 1));
      for (let i = 0; i < 50; i++) {
        const delay = p.backoff(attempt);
        assert.ok(delay >= cap / 2 && delay <= cap, `attempt ${attempt}: ${delay} outside [${cap / 2}, ${cap}]`);
      }
    }
  });

  it('spreads the waits of retries that fail together', () => {
    const { policy: p } = policy({ settings: { baseDelayMs: 1000, maxDelayMs: 1000 } });
    assert.ok(new Set(Array.from({ length: 20 }, () => p.backoff(1))).size > 1);
  });
});

describe('RetryPolicy.nextDelay', () => {
  const yes = { retryable: true, reason: 'status 503' };
  it('gives up on an error that is not retryable', () => {
    assert.equal(policy().policy.nextDelay('h', 1, { retryable: false, reason: 'denied' }), undefined);
  });
  it('gives up once the attempts are spent, counting the first', () => {
    const { policy: p } = policy({ settings: { attempts: 3 } });
    assert.notEqual(p.nextDelay('h', 1, yes), undefined);
    assert.notEqual(p.nextDelay('h', 2, yes), undefined);
    assert.equal(p.nextDelay('h', 3, yes), undefined);
    assert.equal(p.nextDelay('h', 1, yes, 1), undefined, 'the attempts argument overrides the setting');
  });
  it('waits what Retry-After says, and gives up when that is longer than maxRetryAfterMs', () => {
    const { policy: p } = policy({ settings: { maxRetryAfterMs: 5000 } });
    assert.equal(p.nextDelay('h', 1, { ...yes, retryAfterMs: 4000 }), 4000);
    assert.equal(p.nextDelay('h', 1, { ...yes, retryAfterMs: 6000 }), undefined);
  });
  it('spends a wait budget per host, so one sick host cannot stall the run, and other hosts keep theirs', () => {
    const { policy: p } = policy({ settings: { attempts: 10, maxTotalWaitMs: 1000 } });
    assert.equal(p.nextDelay('a', 1, { ...yes, retryAfterMs: 600 }), 600);
    assert.equal(p.nextDelay('a', 1, { ...yes, retryAfterMs: 600 }), undefined, '1200 ms would exceed the budget');
    assert.equal(p.nextDelay('a', 1, { ...yes, retryAfterMs: 400 }), 400, 'what fits still fits');
    assert.equal(p.nextDelay('b', 1, { ...yes, retryAfterMs: 600 }), 600);
  });
  it('a zero wait costs nothing from the budget', () => {
    const { policy: p } = policy({ settings: { maxTotalWaitMs: 0 } });
    assert.equal(p.nextDelay('h', 1, { ...yes, retryAfterMs: 0 }), 0);
  });
});

describe('RetryPolicy.run', () => {
  it('retries until success, telling the listener about each retry before waiting', async () => {
    const { policy: p, events, sleeps } = policy({ settings: { attempts: 4, baseDelayMs: 10, maxDelayMs: 10 } });
    let calls = 0;
    const value = await p.run('reg:5000', 'GET http://reg:5000/v2/', (attempt) => {
      calls++;
      assert.equal(attempt, calls);
      return attempt < 3 ? Promise.reject(retryable(`status 50${attempt}`)) : Promise.resolve('ok');
    });
    assert.equal(value, 'ok');
    assert.equal(calls, 3);
    assert.deepEqual(
      events.map((e) => [e.type, e.host, e.operation, e.attempt, e.attempts, e.reason]),
      [
        ['retry', 'reg:5000', 'GET http://reg:5000/v2/', 2, 4, 'status 501'],
        ['retry', 'reg:5000', 'GET http://reg:5000/v2/', 3, 4, 'status 502'],
      ],
    );
    assert.deepEqual(
      sleeps,
      events.map((e) => e.delayMs),
    );
  });

  it('throws the last error when the attempts run out', async () => {
    const { policy: p, events } = policy({ settings: { attempts: 3, baseDelayMs: 1, maxDelayMs: 1 } });
    let n = 0;
    await assert.rejects(
      p.run('h', 'op', () => Promise.reject(retryable(`failure ${++n}`))),
      /failure 3/,
    );
    assert.equal(events.length, 2);
  });

  it('throws at once on an error that is not retryable', async () => {
    const { policy: p, events } = policy();
    let n = 0;
    await assert.rejects(
      p.run('h', 'op', () => {
        n++;
        return Promise.reject(final('denied'));
      }),
      /denied/,
    );
    assert.equal(n, 1);
    assert.deepEqual(events, []);
  });

  it('takes its own attempts and classifier for loops whose tries differ', async () => {
    const { policy: p, events } = policy({ settings: { attempts: 10, baseDelayMs: 1, maxDelayMs: 1 } });
    let n = 0;
    await assert.rejects(
      p.run(
        'h',
        'op',
        () => {
          n++;
          return Promise.reject(new Error('plain'));
        },
        { attempts: 2, classify: () => ({ retryable: true, reason: 'my reason', retryAfterMs: 0 }) },
      ),
      /plain/,
    );
    assert.equal(n, 2);
    assert.deepEqual(
      events.map((e) => [e.reason, e.delayMs, e.attempts]),
      [['my reason', 0, 2]],
    );
  });
});

describe('describeRetry', () => {
  it('is the one "Retrying …" sentence the logs have always had', () => {
    const text = describeRetry({
      type: 'retry',
      host: '127.0.0.1:5000',
      operation: 'GET http://127.0.0.1:5000/v2/app/blobs/sha256:abc',
      attempt: 2,
      attempts: 5,
      delayMs: 1000,
      reason: 'the registry rate limit (429)',
    });
    assert.equal(
      text,
      'Retrying GET http://127.0.0.1:5000/v2/app/blobs/sha256:abc in 1000 ms after the registry rate limit (429) (attempt 2 of 5).',
    );
  });
});
