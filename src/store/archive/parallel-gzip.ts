// Gzip on every core, as pgzip does for skopeo: the input is cut into blocks that Node's zlib deflates
// side by side on its thread pool, each primed with the 32 KiB before it (so back-references still reach across
// blocks) and ended with a sync flush, which leaves it byte-aligned and not final; the blocks, in order, form one
// deflate stream, closed by an empty final block. Only the 10-byte header and the 8-byte trailer (CRC-32 and size,
// RFC 1952) are written here. The output depends only on the input, the block size and the level, so the digest of
// a compressed layer is the same on every run. Memory: at most `parallel + 1` blocks in and out.
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { promisify } from 'node:util';
import { constants, crc32, deflateRaw } from 'node:zlib';
import { CHUNK } from '../layout/layout-files.ts';

const deflateRawAsync = promisify(deflateRaw);
/** The size files are read in, so blocks arrive whole. */
const BLOCK = CHUNK;
const WINDOW = 32 * 1024;
// One output buffer per block (deflate output of a block rarely exceeds it), not dozens of 16 KiB ones to join.
const OUT_CHUNK = 256 * 1024;
const HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);

export interface ParallelGzipOptions {
  readonly level?: number;
  readonly parallel?: number;
  readonly blockSize?: number;
}

/** Compress `source` into `sink` (ended when done); resolves once everything is written. */
export async function gzipInParallel(source: Readable, sink: Writable, options: ParallelGzipOptions = {}): Promise<void> {
  const level = options.level ?? constants.Z_DEFAULT_COMPRESSION;
  const parallel = Math.max(1, options.parallel ?? availableParallelism());
  const blockSize = options.blockSize ?? BLOCK;
  const pending: Promise<Buffer>[] = [];
  let crc = 0;
  let length = 0;
  let previousTail: Buffer | undefined;
  let held: Buffer[] = [];
  let heldBytes = 0;

  const write = (chunk: Buffer): Promise<void> =>
    new Promise((resolve, reject) => sink.write(chunk, (error) => (error ? reject(error) : resolve())));
  const start = (block: Buffer): void => {
    crc = crc32(block, crc);
    length += block.length;
    const dictionary = previousTail;
    previousTail = Buffer.from(block.subarray(Math.max(0, block.length - WINDOW)));
    pending.push(
      deflateRawAsync(block, { level, chunkSize: OUT_CHUNK, finishFlush: constants.Z_SYNC_FLUSH, ...(dictionary && { dictionary }) }),
    );
  };
  const drainTo = async (limit: number): Promise<void> => {
    while (pending.length > limit) await write(await pending.shift()!);
  };

  try {
    await write(HEADER);
    for await (const chunk of source as AsyncIterable<Buffer>) {
      held.push(chunk);
      heldBytes += chunk.length;
      while (heldBytes >= blockSize) {
        // Chunks of the block size (the archive is read in them) pass without a copy.
        const all = held.length === 1 ? held[0]! : Buffer.concat(held);
        start(all.subarray(0, blockSize));
        held = all.length > blockSize ? [all.subarray(blockSize)] : [];
        heldBytes = all.length - blockSize;
        await drainTo(parallel);
      }
    }
    if (heldBytes > 0) start(Buffer.concat(held));
    await drainTo(0);
    await write(await deflateRawAsync(Buffer.alloc(0), { level, finishFlush: constants.Z_FINISH }));
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc >>> 0, 0);
    trailer.writeUInt32LE(length % 2 ** 32, 4);
    await write(trailer);
    await new Promise<void>((resolve, reject) => {
      sink.once('error', reject);
      sink.end(resolve);
    });
  } catch (error) {
    await Promise.allSettled(pending);
    sink.destroy(error as Error);
    source.destroy();
    throw error;
  }
}
