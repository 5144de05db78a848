import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { RegistryError, describeStatus, parseErrorBody, redactUrl, type RegistryErrorDetail } from '../../src/store/registry/errors.ts';

const digest = `sha256:${createHash('sha256').update('blob').digest('hex')}`;

describe('redactUrl', () => {
  const cases: Array<{ name: string; url: string; secrets: string[]; kept: Record<string, string>; redactedKeys: string[]; host: string }> =
    [
      {
        name: 'S3 pre-signed URL: every signature parameter is replaced',
        url: 'https://bucket.s3.amazonaws.com/blobs/abc?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLE%2F20250101&X-Amz-Signature=deadbeefcafe&X-Amz-Security-Token=FwoGZX',
        secrets: ['AKIAEXAMPLE', 'deadbeefcafe', 'FwoGZX'],
        kept: {},
        redactedKeys: ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Signature', 'X-Amz-Security-Token'],
        host: 'bucket.s3.amazonaws.com',
      },
      {
        name: 'upload session state is replaced, digest is kept',
        url: `https://registry.example.com/v2/acme/app/blobs/uploads/1234?_state=c2VjcmV0LXN0YXRl&digest=${digest}`,
        secrets: ['c2VjcmV0LXN0YXRl'],
        kept: { digest },
        redactedKeys: ['_state'],
        host: 'registry.example.com',
      },
      {
        name: 'cross-repository mount keeps mount and from',
        url: `https://ghcr.io/v2/acme/app/blobs/uploads/?mount=${digest}&from=acme/base`,
        secrets: [],
        kept: { mount: digest, from: 'acme/base' },
        redactedKeys: [],
        host: 'ghcr.io',
      },
      {
        name: 'token realm keeps service and scope',
        url: 'https://auth.docker.io/token?service=registry.docker.io&scope=repository:library/nginx:pull&account=alice',
        secrets: ['alice'],
        kept: { service: 'registry.docker.io', scope: 'repository:library/nginx:pull' },
        redactedKeys: ['account'],
        host: 'auth.docker.io',
      },
      {
        name: 'user:pass@ is removed',
        url: 'https://alice:hunter2@registry.example.com:5000/v2/',
        secrets: ['alice', 'hunter2'],
        kept: {},
        redactedKeys: [],
        host: 'registry.example.com:5000',
      },
      {
        name: 'tag list pagination keeps n and last',
        url: 'https://ghcr.io/v2/acme/app/tags/list?n=100&last=v1.2.3',
        secrets: [],
        kept: { n: '100', last: 'v1.2.3' },
        redactedKeys: [],
        host: 'ghcr.io',
      },
      {
        name: 'Azure SAS signature and a repeated key',
        url: 'https://acct.blob.core.windows.net/c/b?sv=2021&sig=AbCd%2BsecretSig&sig=second',
        secrets: ['AbCd', 'secretSig', 'second'],
        kept: {},
        redactedKeys: ['sv', 'sig'],
        host: 'acct.blob.core.windows.net',
      },
    ];
  for (const c of cases) {
    for (const input of ['string', 'URL'] as const) {
      it(`${c.name} (${input} input)`, () => {
        const out = redactUrl(input === 'string' ? c.url : new URL(c.url));
        for (const secret of c.secrets) assert.ok(!out.includes(secret), `${secret} leaked in ${out}`);
        const parsed = new URL(out);
        assert.equal(parsed.host, c.host);
        assert.equal(parsed.username, '');
        assert.equal(parsed.password, '');
        assert.equal(parsed.pathname, new URL(c.url).pathname);
        for (const [key, value] of Object.entries(c.kept)) assert.equal(parsed.searchParams.get(key), value, `${key} is kept`);
        for (const key of c.redactedKeys) assert.deepEqual(parsed.searchParams.getAll(key), ['REDACTED'], `${key} is replaced`);
      });
    }
  }

  it('an unparsable URL gives a placeholder, not the text', () => {
    assert.equal(redactUrl('not a url?sig=secret'), '<unparsable URL>');
  });

  it('RegistryError stores the redacted URL', () => {
    const error = new RegistryError({
      message: 'x',
      registry: 'ghcr.io',
      method: 'GET',
      url: 'https://u:p@ghcr.io/v2/?X-Amz-Signature=s3cr3t',
      status: 500,
    });
    assert.ok(!error.url.includes('s3cr3t') && !error.url.includes('u:p@'), error.url);
    assert.equal(error.status, 500);
    assert.equal(error.hasCode('ANY'), false);
  });
});

describe('parseErrorBody', () => {
  const long = 'x'.repeat(300);
  const cases: Array<{ name: string; body: string; expected: RegistryErrorDetail[] }> = [
    {
      name: 'distribution error list',
      body: JSON.stringify({
        errors: [
          { code: 'MANIFEST_UNKNOWN', message: 'manifest unknown', detail: { Tag: 'v1' } },
          { code: 'DENIED', message: 'requested access to the resource is denied' },
        ],
      }),
      expected: [
        { code: 'MANIFEST_UNKNOWN', message: 'manifest unknown', detail: { Tag: 'v1' } },
        { code: 'DENIED', message: 'requested access to the resource is denied' },
      ],
    },
    {
      name: 'entries missing code or message, and non-objects skipped',
      body: JSON.stringify({ errors: [{ message: 'no code' }, { code: 'NAME_UNKNOWN' }, null, 'text'] }),
      expected: [
        { code: 'UNKNOWN', message: 'no code' },
        { code: 'NAME_UNKNOWN', message: '' },
      ],
    },
    {
      name: 'a top-level message',
      body: JSON.stringify({ message: 'rate limit exceeded' }),
      expected: [{ code: 'UNKNOWN', message: 'rate limit exceeded' }],
    },
    { name: 'plain text', body: '  502 Bad Gateway\n', expected: [{ code: 'UNKNOWN', message: '502 Bad Gateway' }] },
    {
      name: 'HTML',
      body: '<html><body>Service Unavailable</body></html>',
      expected: [{ code: 'UNKNOWN', message: '<html><body>Service Unavailable</body></html>' }],
    },
    { name: 'long text is cut to 200 characters', body: long, expected: [{ code: 'UNKNOWN', message: 'x'.repeat(200) }] },
    { name: 'empty body', body: '', expected: [] },
    { name: 'white space only', body: ' \n ', expected: [] },
    { name: 'JSON null', body: 'null', expected: [{ code: 'UNKNOWN', message: 'null' }] },
    { name: 'empty errors list', body: '{"errors":[]}', expected: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(parseErrorBody(c.body), c.expected);
    });
  }
});

describe('describeStatus', () => {
  const codes: RegistryErrorDetail[] = [{ code: 'DENIED', message: 'no push for you' }];
  const cases: Array<{ status: number; mentions: RegExp }> = [
    { status: 401, mentions: /authentication failed/ },
    { status: 403, mentions: /access denied/ },
    { status: 404, mentions: /not found/ },
    { status: 429, mentions: /rate-limited.*429/ },
    { status: 500, mentions: /answered 500/ },
    { status: 502, mentions: /answered 502/ },
  ];
  for (const c of cases) {
    it(`${c.status} names the registry and the action`, () => {
      const text = describeStatus(c.status, 'registry.example.com', 'push manifest acme/app:v1', []);
      assert.match(text, c.mentions);
      assert.ok(text.includes('registry.example.com'), text);
      assert.ok(text.includes('push manifest acme/app:v1'), text);
      assert.ok(!text.includes('registry said'), 'no codes, no quote');
    });
    it(`${c.status} quotes what the registry said`, () => {
      const text = describeStatus(c.status, 'ghcr.io', 'pull blob', codes);
      assert.ok(text.includes('(registry said: DENIED: no push for you)'), text);
      assert.ok(text.includes('ghcr.io') && text.includes('pull blob'), text);
    });
  }
  it('several codes are joined', () => {
    const text = describeStatus(400, 'ghcr.io', 'push', [
      { code: 'A', message: 'one' },
      { code: 'B', message: 'two' },
    ]);
    assert.ok(text.includes('registry said: A: one; B: two'), text);
  });
});

describe('describeStatus for ghcr.io', () => {
  for (const status of [401, 403]) {
    it(`explains the usual GITHUB_TOKEN causes on ${status}`, () => {
      const message = describeStatus(status, 'ghcr.io', 'push the manifest acme/app:v1', []);
      assert.match(message, /permissions: packages: write/);
      assert.match(message, /not linked to this repository/);
    });
  }
  it('does not give that advice for other registries', () => {
    assert.doesNotMatch(describeStatus(403, 'quay.io', 'push', []), /packages: write/);
  });
});

describe('RegistryError classifies itself for the retry policy', () => {
  const base = { message: 'm', registry: 'r.example', method: 'GET', url: 'https://r.example/v2/x' };
  const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
  const cases: Array<{
    name: string;
    options: Partial<ConstructorParameters<typeof RegistryError>[0]>;
    retryable: boolean;
    reason?: RegExp;
  }> = [
    { name: 'a network failure', options: { cause: reset }, retryable: true, reason: /ECONNRESET/ },
    { name: 'a certificate failure (no code worth a retry)', options: { cause: new Error('self-signed certificate') }, retryable: false },
    { name: 'a refusal of our own, without status or cause', options: {}, retryable: false },
    { name: '429', options: { status: 429 }, retryable: true, reason: /rate limit \(429\)/ },
    { name: '408', options: { status: 408 }, retryable: true, reason: /status 408/ },
    { name: '500', options: { status: 500 }, retryable: true, reason: /status 500/ },
    { name: '503', options: { status: 503 }, retryable: true },
    { name: '400', options: { status: 400 }, retryable: false },
    { name: '401', options: { status: 401 }, retryable: false },
    { name: '403', options: { status: 403 }, retryable: false },
    { name: '404', options: { status: 404 }, retryable: false },
    {
      name: 'DIGEST_INVALID on a blob upload',
      options: { status: 400, upload: true, codes: [{ code: 'DIGEST_INVALID', message: 'x' }] },
      retryable: true,
      reason: /DIGEST_INVALID/,
    },
    {
      name: 'BLOB_UPLOAD_UNKNOWN on a blob upload',
      options: { status: 404, upload: true, codes: [{ code: 'BLOB_UPLOAD_UNKNOWN', message: 'x' }] },
      retryable: true,
    },
    {
      name: 'BLOB_UPLOAD_INVALID on a blob upload',
      options: { status: 400, upload: true, codes: [{ code: 'BLOB_UPLOAD_INVALID', message: 'x' }] },
      retryable: true,
    },
    {
      name: 'DIGEST_INVALID elsewhere (a manifest read)',
      options: { status: 400, codes: [{ code: 'DIGEST_INVALID', message: 'x' }] },
      retryable: false,
    },
    {
      name: 'an explicit classification wins (413: the registry wants chunks)',
      options: { status: 413, retryable: true, retryReason: 'the registry wants chunked uploads' },
      retryable: true,
      reason: /wants chunked uploads/,
    },
    { name: 'an explicit "final" wins over a 503', options: { status: 503, retryable: false }, retryable: false },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.retryable ? 'retryable' : 'final'}`, () => {
      const error = new RegistryError({ ...base, ...c.options });
      assert.equal(error.retryable, c.retryable);
      if (c.reason) assert.match(error.retryReason ?? '', c.reason);
    });
  }

  it('keeps Retry-After, the operation and the object', () => {
    const error = new RegistryError({ ...base, status: 429, retryAfterMs: 2000, operation: 'read blob', object: 'sha256:abc' });
    assert.equal(error.retryAfterMs, 2000);
    assert.equal(error.operation, 'read blob');
    assert.equal(error.object, 'sha256:abc');
  });
});

describe('RegistryError.unknownBlobs', () => {
  const a = `sha256:${'a'.repeat(64)}`;
  const b = `sha512:${'b'.repeat(128)}`;
  const make = (codes: RegistryErrorDetail[]) =>
    new RegistryError({ message: 'm', registry: 'r', method: 'PUT', url: 'https://r/v2/x/manifests/v1', status: 400, codes });
  it('names the digests distribution puts in detail, for both codes, once each', () => {
    const error = make(
      parseErrorBody(
        JSON.stringify({
          errors: [
            { code: 'MANIFEST_BLOB_UNKNOWN', message: 'blob unknown to registry', detail: b },
            { code: 'BLOB_UNKNOWN', message: 'blob unknown to registry', detail: a },
            { code: 'MANIFEST_BLOB_UNKNOWN', message: 'blob unknown to registry', detail: b },
          ],
        }),
      ),
    );
    assert.deepEqual(error.unknownBlobs(), [b, a]);
  });
  it('finds a digest inside an object detail (other registries)', () => {
    assert.deepEqual(make([{ code: 'MANIFEST_BLOB_UNKNOWN', message: 'x', detail: { digest: a } }]).unknownBlobs(), [a]);
  });
  it('ignores other codes and details without a digest', () => {
    assert.deepEqual(
      make([
        { code: 'MANIFEST_INVALID', message: 'x', detail: a },
        { code: 'MANIFEST_BLOB_UNKNOWN', message: 'x', detail: 'not a digest' },
        { code: 'BLOB_UNKNOWN', message: 'x' },
      ]).unknownBlobs(),
      [],
    );
  });
});

describe('describeStatus quotes the detail', () => {
  it('a string detail follows the message in brackets: which blob the manifest named', () => {
    const digest = `sha512:${'c'.repeat(128)}`;
    const text = describeStatus(400, 'r.example', 'push the manifest app:v1', [
      { code: 'MANIFEST_BLOB_UNKNOWN', message: 'blob unknown to registry', detail: digest },
    ]);
    assert.ok(text.includes(`MANIFEST_BLOB_UNKNOWN: blob unknown to registry (${digest})`), text);
  });
  it('an object detail is shown as JSON, a long one cut short, an empty one left out', () => {
    assert.ok(
      describeStatus(404, 'r', 'read', [{ code: 'MANIFEST_UNKNOWN', message: 'unknown', detail: { Tag: 'v1' } }]).includes(
        'unknown ({"Tag":"v1"})',
      ),
    );
    const long = describeStatus(400, 'r', 'x', [{ code: 'A', message: 'b', detail: 'd'.repeat(500) }]);
    assert.ok(long.includes(`(${'d'.repeat(200)}…)`), long);
    assert.ok(describeStatus(400, 'r', 'x', [{ code: 'A', message: 'b', detail: {} }]).endsWith('(registry said: A: b)'));
  });
});
