import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DigestError, DigestMismatchError, VerifyingStream, digestOf, isDigest, parseDigest } from '../../src/oci/digest.ts';

const hash = (algorithm: 'sha256' | 'sha512', data: Uint8Array | string): string =>
  `${algorithm}:${createHash(algorithm).update(data).digest('hex')}`;

describe('parseDigest', () => {
  const hex256 = createHash('sha256').update('a').digest('hex');
  const hex512 = createHash('sha512').update('a').digest('hex');
  const valid: Array<{ name: string; text: string; algorithm: 'sha256' | 'sha512'; hex: string }> = [
    { name: 'sha256', text: `sha256:${hex256}`, algorithm: 'sha256', hex: hex256 },
    { name: 'sha512', text: `sha512:${hex512}`, algorithm: 'sha512', hex: hex512 },
    { name: 'sha256 of all zeroes', text: `sha256:${'0'.repeat(64)}`, algorithm: 'sha256', hex: '0'.repeat(64) },
  ];
  for (const c of valid) {
    it(`accepts ${c.name}`, () => {
      assert.deepEqual(parseDigest(c.text), { algorithm: c.algorithm, hex: c.hex, text: c.text });
      assert.equal(isDigest(c.text), true);
    });
  }

  const invalid: Array<{ name: string; text: string; reason: RegExp }> = [
    { name: 'empty', text: '', reason: /expected sha256:<64 hex>/ },
    { name: 'no colon', text: hex256, reason: /expected sha256/ },
    { name: 'algorithm only', text: 'sha256:', reason: /exactly 64/ },
    { name: 'hex only after colon', text: `:${hex256}`, reason: /expected sha256/ },
    { name: 'one hex character short', text: `sha256:${hex256.slice(1)}`, reason: /exactly 64/ },
    { name: 'one hex character long', text: `sha256:${hex256}0`, reason: /exactly 64/ },
    { name: 'upper-case hex', text: `sha256:${hex256.toUpperCase()}`, reason: /lowercase hex/ },
    { name: 'non-hex character', text: `sha256:${'g'.repeat(64)}`, reason: /lowercase hex/ },
    { name: 'sha512 length given for sha256', text: `sha256:${hex512}`, reason: /exactly 64/ },
    { name: 'sha256 length given for sha512', text: `sha512:${hex256}`, reason: /exactly 128/ },
    { name: 'md5', text: `md5:${createHash('md5').update('a').digest('hex')}`, reason: /expected sha256/ },
    { name: 'upper-case algorithm', text: `SHA256:${hex256}`, reason: /expected sha256/ },
    { name: 'unsupported sha384', text: `sha384:${createHash('sha384').update('a').digest('hex')}`, reason: /expected sha256/ },
    { name: 'prototype property as algorithm', text: `constructor:${hex256}`, reason: /not valid/ },
  ];
  for (const c of invalid) {
    it(`rejects ${c.name}`, () => {
      assert.throws(
        () => parseDigest(c.text),
        (error: unknown) => {
          assert.ok(error instanceof DigestError);
          assert.ok(error.message.includes(`"${c.text}"`), error.message);
          assert.match(error.message, c.reason);
          return true;
        },
      );
      assert.equal(isDigest(c.text), false);
    });
  }
});

describe('digestOf matches node:crypto', () => {
  const inputs: Array<[string, Buffer]> = [
    ['empty', Buffer.alloc(0)],
    ['text', Buffer.from('hello, registry\n')],
    ['binary', Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7) % 256))],
  ];
  for (const [name, bytes] of inputs) {
    it(`sha256 by default (${name})`, () => {
      assert.equal(digestOf(bytes), hash('sha256', bytes));
    });
    it(`sha512 when like is a sha512 digest (${name})`, () => {
      assert.equal(digestOf(bytes, hash('sha512', 'other')), hash('sha512', bytes));
    });
    it(`sha256 when like is a sha256 digest (${name})`, () => {
      assert.equal(digestOf(bytes, hash('sha256', 'other')), hash('sha256', bytes));
    });
  }
});

/** Pipe chunks through a VerifyingStream into a collector; resolve with what arrived, or reject with the stream's error. */
async function runThrough(
  chunks: Buffer[],
  digest: string,
  size: number | undefined,
): Promise<{ received: Buffer; verifier: VerifyingStream }> {
  const received: Buffer[] = [];
  const verifier = new VerifyingStream(digest, size, 'blob');
  const collector = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      received.push(chunk);
      callback();
    },
  });
  await pipeline(Readable.from(chunks), verifier, collector);
  return { received: Buffer.concat(received), verifier };
}

describe('VerifyingStream', () => {
  const chunks = [Buffer.from('first chunk, '), Buffer.from('second chunk, '), Buffer.from('third')];
  const all = Buffer.concat(chunks);
  const right256 = hash('sha256', all);
  const right512 = hash('sha512', all);

  const passing: Array<{ name: string; digest: string; size: number | undefined }> = [
    { name: 'sha256 digest and size', digest: right256, size: all.length },
    { name: 'sha256 digest, size unknown', digest: right256, size: undefined },
    { name: 'sha512 digest and size', digest: right512, size: all.length },
  ];
  for (const c of passing) {
    it(`passes bytes through unchanged with the right ${c.name}`, async () => {
      const { received, verifier } = await runThrough(chunks, c.digest, c.size);
      assert.deepEqual(received, all);
      assert.equal(verifier.bytesSeen, all.length);
    });
  }

  it('passes an empty blob with the digest of nothing', async () => {
    const { received } = await runThrough([], hash('sha256', ''), 0);
    assert.equal(received.length, 0);
  });

  const failing: Array<{ name: string; chunks: Buffer[]; digest: string; size: number | undefined; expected: string; actual: string }> = [
    {
      name: 'wrong digest, right size',
      chunks,
      digest: hash('sha256', 'something else'),
      size: all.length,
      expected: hash('sha256', 'something else'),
      actual: right256,
    },
    {
      name: 'wrong digest, size unknown',
      chunks,
      digest: hash('sha256', 'something else'),
      size: undefined,
      expected: hash('sha256', 'something else'),
      actual: right256,
    },
    {
      name: 'too few bytes',
      chunks: chunks.slice(0, 2),
      digest: right256,
      size: all.length,
      expected: `${all.length} bytes`,
      actual: `${chunks[0]!.length + chunks[1]!.length} bytes`,
    },
    {
      name: 'too many bytes',
      chunks: [...chunks, Buffer.from('extra')],
      digest: right256,
      size: all.length,
      expected: `${all.length} bytes`,
      actual: 'more',
    },
  ];
  for (const c of failing) {
    it(`fails with DigestMismatchError on ${c.name}`, async () => {
      const received: Buffer[] = [];
      const collector = new Writable({
        write(chunk: Buffer, _encoding, callback) {
          received.push(chunk);
          callback();
        },
      });
      await assert.rejects(pipeline(Readable.from(c.chunks), new VerifyingStream(c.digest, c.size), collector), (error: unknown) => {
        assert.ok(error instanceof DigestMismatchError, `expected DigestMismatchError, got ${String(error)}`);
        assert.equal(error.expected, c.expected);
        assert.equal(error.actual, c.actual);
        assert.match(error.message, /does not match its digest/);
        return true;
      });
      if (c.size !== undefined) {
        assert.ok(Buffer.concat(received).length <= c.size, 'no byte beyond the expected size reaches the consumer');
      }
    });
  }

  it('reports every verified chunk to onBytes, and nothing past the expected size', async () => {
    const seen: number[] = [];
    const collector = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    await pipeline(Readable.from(chunks), new VerifyingStream(right256, all.length, 'blob', (n) => seen.push(n)), collector);
    assert.deepEqual(
      seen,
      chunks.map((c) => c.length),
    );

    const overflow: number[] = [];
    const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    await assert.rejects(
      pipeline(
        Readable.from([...chunks, Buffer.from('extra')]),
        new VerifyingStream(right256, all.length, 'blob', (n) => overflow.push(n)),
        sink,
      ),
      DigestMismatchError,
    );
    assert.equal(
      overflow.reduce((a, b) => a + b, 0),
      all.length,
    );
  });

  it('refuses an invalid expected digest up front', () => {
    assert.throws(() => new VerifyingStream('sha256:abc', 3), DigestError);
  });
});
