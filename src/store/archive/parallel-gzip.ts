// Gzip on every core, as pgzip does for skopeo: the input is cut into blocks that Node's zlib deflates
// side by side on its thread pool, each primed with the 32 KiB before it (so back-references still reach across
// blocks) and ended with a sync flush, which leaves it byte-aligned and not final; the blocks, in order, form one
// deflate stream, closed by an empty final block. Stretches that deflate cannot shrink (compressibility.ts) are
// written here as stored blocks instead: a 5-byte header before each 64 KiB of the input, which is passed on as
// it is (copying 512 MiB costs a third of a second on this kind of machine). Only the 10-byte header and the 8-byte trailer
// (CRC-32 and size, RFC 1952) and the stored blocks' 5-byte headers (RFC 1951 3.2.4) are written by hand. The
// output depends only on the input, the block size and the level, so a compressed layer's digest is the same on
// every run. Memory: at most `parallel + 2` blocks in and out.
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { promisify } from 'node:util';
import { constants, crc32, deflateRaw } from 'node:zlib';
import { CHUNK } from '../layout/layout-files.ts';
import { SEGMENT, looksIncompressible } from './compressibility.ts';

const deflateRawAsync = promisify(deflateRaw);
/** The size files are read in, so blocks arrive whole. */
const BLOCK = CHUNK;
const WINDOW = 32 * 1024;
// One output buffer per run (deflate output of a run rarely exceeds it), not dozens of 16 KiB ones to join.
const OUT_CHUNK = 64 * 1024;
const HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);
/** A final, empty block with fixed Huffman codes (BFINAL 1, BTYPE 01, end-of-block), starting byte-aligned. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);
/** A stored block holds at most 65535 bytes (LEN is 16 bits). */
const STORED_MAX = 0xffff;

/**
 * Level 2, not zlib's 6 (docker's default). Measured with Node 24's zlib on this 2-core machine, gzip alone on a
 * 587 MB tar of node_modules (JavaScript, native binaries, some compressed files), time and size:
 *   level 1: 3.1 s, 149.6 MB   level 2: 3.4 s, 144.4 MB   level 3: 3.5 s, 140.9 MB
 *   level 4: 4.2 s, 133.6 MB   level 6: 6.3 s, 127.1 MB   skopeo (klauspost's pgzip, its default): 133.8 MB
 * The bench's half-text 512 MiB layer to a registry, in the same interleaved runs: level 1 at 0.79 x skopeo's wall,
 * level 4 at 1.02 x (measured when hoist still compressed a layer before uploading it; it now streams the layer as
 * it compresses, and the half-text row is bound by the CPU that deflate and the registry share, so the same holds).
 * Level 2 runs within noise of level 1 for 4% less than its size: layers ~8% larger than skopeo's on content like
 * the above, the same on the bench's (309.0 MB vs 308.8 MB).
 */
export const DEFAULT_LEVEL = 2;

export interface ParallelGzipOptions {
  readonly level?: number;
  readonly parallel?: number;
  readonly blockSize?: number;
}

/**
 * A piece of the gzip stream, in order: bytes made here (header, deflate output, trailer), or a stretch of the
 * input at `offset` to be written as stored blocks (`storedBlocks`). Kept apart so a caller can keep where the
 * stretch is instead of its bytes.
 */
export type GzipPart =
  { readonly kind: 'bytes'; readonly bytes: Buffer } | { readonly kind: 'stored'; readonly offset: number; readonly data: Buffer };

/** Compress `source` into `sink` (ended when done); resolves once everything is written. */
export async function gzipInParallel(source: Readable, sink: Writable, options: ParallelGzipOptions = {}): Promise<void> {
  const write = (chunk: Buffer): Promise<void> =>
    new Promise((resolve, reject) => sink.write(chunk, (error) => (error ? reject(error) : resolve())));
  try {
    for await (const part of gzipParts(source, options)) {
      for (const bytes of part.kind === 'bytes' ? [part.bytes] : storedBlocks(part.data)) await write(bytes);
    }
    await new Promise<void>((resolve, reject) => {
      sink.once('error', reject);
      sink.end(resolve);
    });
  } catch (error) {
    sink.destroy(error as Error);
    throw error;
  }
}

/** The gzip of `source` as parts; the source is destroyed if this fails or its consumer stops early. */
export async function* gzipParts(source: Readable, options: ParallelGzipOptions = {}): AsyncGenerator<GzipPart> {
  const level = options.level ?? DEFAULT_LEVEL;
  const parallel = Math.max(1, options.parallel ?? availableParallelism());
  const blockSize = options.blockSize ?? BLOCK;
  const pending: Promise<GzipPart[]>[] = [];
  let crc = 0;
  let length = 0;
  let previousTail = Buffer.alloc(0);
  let held: Buffer[] = [];
  let heldBytes = 0;

  const start = (block: Buffer): void => {
    crc = crc32(block, crc);
    pending.push(deflateBlock(block, length, previousTail, level));
    length += block.length;
    previousTail = Buffer.from(block.subarray(Math.max(0, block.length - WINDOW)));
  };

  let finished = false;
  try {
    yield { kind: 'bytes', bytes: HEADER };
    for await (const chunk of source as AsyncIterable<Buffer>) {
      held.push(chunk);
      heldBytes += chunk.length;
      while (heldBytes >= blockSize) {
        // Chunks of the block size (the archive is read in them) pass without a copy.
        const all = held.length === 1 ? held[0]! : Buffer.concat(held);
        start(all.subarray(0, blockSize));
        held = all.length > blockSize ? [all.subarray(blockSize)] : [];
        heldBytes = all.length - blockSize;
        // One more block than threads, so a thread finishing never waits for the main thread to hand it the next.
        while (pending.length > parallel + 1) yield* await pending.shift()!;
      }
    }
    if (heldBytes > 0) start(Buffer.concat(held));
    while (pending.length > 0) yield* await pending.shift()!;
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc >>> 0, 0);
    trailer.writeUInt32LE(length % 2 ** 32, 4);
    yield { kind: 'bytes', bytes: Buffer.concat([FINAL_BLOCK, trailer]) };
    finished = true;
  } finally {
    if (!finished) {
      source.destroy();
      await Promise.allSettled(pending);
    }
  }
}

/** A block's deflate output, byte-aligned and not final: runs of segments deflated or stored, in order. */
async function deflateBlock(block: Buffer, offset: number, previousTail: Buffer, level: number): Promise<GzipPart[]> {
  const parts: Array<Promise<GzipPart>> = [];
  for (const run of runsOf(block)) {
    const bytes = block.subarray(run.start, run.end);
    if (run.stored) {
      parts.push(Promise.resolve({ kind: 'stored', offset: offset + run.start, data: bytes }));
      continue;
    }
    const dictionary =
      run.start >= WINDOW
        ? block.subarray(run.start - WINDOW, run.start)
        : Buffer.concat([previousTail.subarray(Math.max(0, previousTail.length - (WINDOW - run.start))), block.subarray(0, run.start)]);
    parts.push(
      deflateRawAsync(bytes, {
        level,
        chunkSize: OUT_CHUNK,
        finishFlush: constants.Z_SYNC_FLUSH,
        ...(dictionary.length > 0 && { dictionary }),
      }).then((deflated) => ({ kind: 'bytes', bytes: deflated })),
    );
  }
  return Promise.all(parts);
}

interface Run {
  readonly start: number;
  readonly end: number;
  readonly stored: boolean;
}

/** The block cut into segments, neighbours judged alike joined, so each deflate call gets as much as it can. */
export function runsOf(block: Buffer): Run[] {
  const runs: Run[] = [];
  for (let start = 0; start < block.length; start += SEGMENT) {
    const end = Math.min(block.length, start + SEGMENT);
    const stored = looksIncompressible(block.subarray(start, end));
    const last = runs.at(-1);
    if (last?.stored === stored) runs[runs.length - 1] = { start: last.start, end, stored };
    else runs.push({ start, end, stored });
  }
  return runs;
}

/** How many bytes `length` bytes of input take as stored blocks. */
export function storedLength(length: number): number {
  return length + 5 * Math.max(1, Math.ceil(length / STORED_MAX));
}

/** The header of a stored block of `n` bytes: byte-aligned (BFINAL 0, BTYPE 00, padding), LEN, NLEN. */
export function storedHeader(n: number, into: Buffer = Buffer.allocUnsafe(5), at = 0): Buffer {
  into[at] = 0;
  into.writeUInt16LE(n, at + 1);
  into.writeUInt16LE(~n & 0xffff, at + 3);
  return into;
}

/** The sizes of the stored blocks `length` bytes are cut into: each at most 65535 (LEN is 16 bits). */
export function* storedChunks(length: number): Generator<number> {
  let from = 0;
  do {
    const n = Math.min(STORED_MAX, length - from);
    yield n;
    from += n;
  } while (from < length);
}

/** `bytes` as stored blocks: a header before each, the bytes themselves passed on as views. */
export function storedBlocks(bytes: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (const n of storedChunks(bytes.length)) {
    parts.push(storedHeader(n), bytes.subarray(from, from + n));
    from += n;
  }
  return parts;
}
