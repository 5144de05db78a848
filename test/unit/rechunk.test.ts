import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { rechunk } from '../../src/store/registry/body.ts';

async function sizes(pieces: number[], size: number): Promise<{ sizes: number[]; joined: Buffer; input: Buffer }> {
  let counter = 0;
  const buffers = pieces.map((n) => Buffer.from(Array.from({ length: n }, () => counter++ % 251)));
  const out: Buffer[] = [];
  for await (const chunk of rechunk(Readable.from(buffers), size)) out.push(chunk);
  return { sizes: out.map((b) => b.length), joined: Buffer.concat(out), input: Buffer.concat(buffers) };
}

describe('rechunk (PATCH chunk sizes)', () => {
  const cases: Array<{ name: string; pieces: number[]; size: number; expected: number[] }> = [
    { name: 'small pieces gather into full chunks and a short tail', pieces: [3, 3, 3, 3], size: 5, expected: [5, 5, 2] },
    { name: 'one big piece is cut into several chunks', pieces: [12], size: 5, expected: [5, 5, 2] },
    { name: 'exact multiples leave no empty tail', pieces: [5, 5], size: 5, expected: [5, 5] },
    { name: 'a piece straddling two boundaries', pieces: [2, 9, 1], size: 4, expected: [4, 4, 4] },
    { name: 'nothing in, nothing out', pieces: [], size: 4, expected: [] },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const result = await sizes(c.pieces, c.size);
      assert.deepEqual(result.sizes, c.expected);
      assert.ok(result.joined.equals(result.input), 'bytes and order are kept');
    });
  }
});
