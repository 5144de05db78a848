// Which stretches gzip stores as they are: bytes with no pattern (random, already compressed) and nothing else;
// what is too short to judge is deflated.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { SEGMENT, looksIncompressible, sampledEntropy } from '../../src/store/archive/compressibility.ts';
import { deterministicBytes } from '../support/images.ts';

const random = deterministicBytes('entropy', SEGMENT);
const text = Buffer.from('export const answer = compute(42, "field"); // a comment\n'.repeat(2000)).subarray(0, SEGMENT);

it('measures random bytes near 8 bits a byte, text far below, one repeated byte at 0', () => {
  assert.ok(sampledEntropy(random) > 7.9, `${sampledEntropy(random)}`);
  assert.ok(sampledEntropy(text) < 5.5, `${sampledEntropy(text)}`);
  assert.equal(sampledEntropy(Buffer.alloc(SEGMENT, 7)), 0);
  assert.equal(sampledEntropy(Buffer.alloc(0)), 0);
});

it('stores random and already-gzipped bytes, deflates text, zeros and executable code', () => {
  assert.equal(looksIncompressible(random), true);
  const gzipped = gzipSync(deterministicBytes('x', 200_000).toString('base64')).subarray(0, SEGMENT);
  assert.ok(gzipped.length === SEGMENT);
  assert.equal(looksIncompressible(gzipped), true, 'gzip output is not worth deflating again');
  assert.equal(looksIncompressible(text), false);
  assert.equal(looksIncompressible(Buffer.alloc(SEGMENT)), false);
  assert.equal(looksIncompressible(readFileSync(process.execPath).subarray(SEGMENT * 64, SEGMENT * 65)), false, 'a Node binary');
});

it('deflates what is too short to judge, random or not', () => {
  assert.equal(looksIncompressible(random.subarray(0, 1000)), false);
  assert.equal(looksIncompressible(Buffer.alloc(0)), false);
});
