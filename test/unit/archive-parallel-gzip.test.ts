// gzipInParallel: blocks deflated side by side, with stretches that cannot shrink written as stored blocks, must
// still form one gzip stream that gunzip (and gzip -t) accept, byte for byte, with the right CRC-32 and size, the
// same on every run; a failing source fails the sink.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { crc32, gunzipSync } from 'node:zlib';
import { SEGMENT } from '../../src/store/archive/compressibility.ts';
import { gzipInParallel, gzipParts, storedBlocks, storedLength } from '../../src/store/archive/parallel-gzip.ts';
import { deterministicBytes } from '../support/images.ts';

async function compress(chunks: Buffer[], blockSize: number, parallel = 3): Promise<Buffer> {
  const parts: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      parts.push(chunk);
      callback();
    },
  });
  await gzipInParallel(Readable.from(chunks), sink, { blockSize, parallel });
  return Buffer.concat(parts);
}

/** Checks a gzip member by hand: the header, then zlib and gzip(1) inflating it to `input`, then the trailer. */
function assertGzipOf(gz: Buffer, input: Buffer): void {
  assert.deepEqual([...gz.subarray(0, 3)], [0x1f, 0x8b, 0x08], 'gzip magic and deflate');
  assert.ok(gunzipSync(gz).equals(input), 'zlib inflates it to the input');
  assert.ok(execFileSync('gunzip', ['-c'], { input: gz, maxBuffer: 64 << 20 }).equals(input), 'gunzip(1) inflates it to the input');
  assert.equal(gz.readUInt32LE(gz.length - 8), crc32(input), 'CRC-32 of the input');
  assert.equal(gz.readUInt32LE(gz.length - 4), input.length % 2 ** 32, 'ISIZE: the input length');
}

const text = (size: number): Buffer =>
  Buffer.from(
    Array.from({ length: Math.ceil(size / 40) }, (_, i) => `line ${i % 500} of some text, ${i % 7}\n`)
      .join('')
      .slice(0, size),
  );

describe('gzipInParallel', () => {
  const repeating = Buffer.from('a line of text that repeats, so blocks refer back across their edges\n'.repeat(3000));
  const data = Buffer.concat([repeating, deterministicBytes('pgz', 100_000), repeating]);

  for (const [label, chunks] of [
    ['one chunk', [data]],
    ['odd chunks', Array.from({ length: Math.ceil(data.length / 7777) }, (_, i) => data.subarray(i * 7777, (i + 1) * 7777))],
  ] as const) {
    for (const blockSize of [4096, 65536, 1 << 20]) {
      it(`round-trips ${label} in ${blockSize}-byte blocks, the same bytes every run`, async () => {
        const first = await compress([...chunks], blockSize);
        assert.ok(gunzipSync(first).equals(data));
        assert.ok((await compress([...chunks], blockSize, 1)).equals(first), 'parallelism does not change the output');
        assert.ok(first.length < data.length * 0.6, 'it does compress');
      });
    }
  }

  // Sizes around the block size (256 KiB here, four segments) for text, random bytes and both interleaved: each
  // kind of run starting and ending at block and segment edges.
  const BLOCK = 4 * SEGMENT;
  const random = deterministicBytes('edges', 5 * BLOCK + 3);
  const words = text(5 * BLOCK + 3);
  const interleaved = Buffer.concat(
    Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? random : words).subarray(i * (SEGMENT + 1001), (i + 1) * (SEGMENT + 1001))),
  );
  for (const [kind, source] of [
    ['text', words],
    ['random bytes', random],
    ['random bytes and text', interleaved],
  ] as const) {
    for (const size of [0, 1, SEGMENT - 1, SEGMENT, SEGMENT + 1, BLOCK - 1, BLOCK, BLOCK + 1, 2 * BLOCK, 5 * BLOCK + 3]) {
      if (size > source.length) continue;
      it(`${kind}, ${size} bytes: gunzip and gzip(1) give the input back; CRC-32 and ISIZE right`, async () => {
        const input = source.subarray(0, size);
        const gz = await compress([input], BLOCK, 2);
        assertGzipOf(gz, input);
        if (kind === 'random bytes' && size >= SEGMENT) {
          // Stored: the input plus 5 bytes a stored block and a few for each block's short tail (too short to judge,
          // so deflated), the 10-byte header, the final block and the trailer.
          assert.ok(gz.length <= storedLength(size) + Math.ceil(size / BLOCK) * 32 + 20, `${gz.length} bytes for ${size} random ones`);
        }
        if (kind === 'text' && size >= SEGMENT) assert.ok(gz.length < size / 3, 'text is deflated');
      });
    }
  }

  it('stores only what deflate cannot shrink: random segments stored, text ones deflated, offsets into the input', async () => {
    const input = Buffer.concat([words.subarray(0, 2 * SEGMENT), random.subarray(0, 3 * SEGMENT), words.subarray(0, SEGMENT)]);
    const parts = [];
    for await (const part of gzipParts(Readable.from([input]), { blockSize: 8 * SEGMENT })) parts.push(part);
    const stored = parts.filter((p) => p.kind === 'stored');
    assert.deepEqual(
      stored.map((p) => [p.offset, p.data.length]),
      [[2 * SEGMENT, 3 * SEGMENT]],
    );
    assert.ok(stored[0]!.data.equals(input.subarray(2 * SEGMENT, 5 * SEGMENT)), 'a view of the input itself');
  });

  it('frames a stored stretch in blocks of at most 65535 bytes, lengths and their complements', () => {
    const bytes = deterministicBytes('frame', 65535 * 2 + 10);
    const framed = Buffer.concat(storedBlocks(bytes));
    assert.equal(framed.length, storedLength(bytes.length));
    assert.deepEqual([...framed.subarray(0, 5)], [0x00, 0xff, 0xff, 0x00, 0x00]);
    assert.deepEqual([...framed.subarray(2 * 65540, 2 * 65540 + 5)], [0x00, 10, 0, 0xf5, 0xff]);
    assert.equal(storedLength(0), 5, 'even nothing is one (empty) block');
  });

  it('writes a valid gzip of nothing', async () => {
    const empty = await compress([], 4096);
    assertGzipOf(empty, Buffer.alloc(0));
    execFileSync('gzip', ['-t'], { input: empty });
  });

  it('is accepted by gzip -t', async () => {
    execFileSync('gzip', ['-t'], { input: await compress([data], 4096) });
    execFileSync('gzip', ['-t'], { input: await compress([interleaved], BLOCK) });
  });

  it('fails and destroys the sink when the source fails', async () => {
    const source = new PassThrough();
    source.write(data.subarray(0, 10_000));
    setImmediate(() => source.destroy(new Error('disk on fire')));
    const sink = new PassThrough();
    sink.resume();
    const sinkError = new Promise<Error>((resolve) => sink.once('error', resolve));
    await assert.rejects(gzipInParallel(source, sink, { blockSize: 4096 }), /disk on fire/);
    assert.equal(sink.destroyed, true);
    assert.match((await sinkError).message, /disk on fire/, 'whatever reads the sink hears why');
  });
});
