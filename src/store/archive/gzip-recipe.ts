// A layer gzipped once, kept as a recipe to replay while it is pushed: what deflate produced goes to a temporary
// file, and each stretch written as stored blocks (bytes deflate cannot shrink) is kept as where it lies in the
// archive member. Replaying reads those stretches from the archive again and frames them exactly as the first pass
// did, so the bytes, and the digest the manifest states, are the same. For an incompressible 512 MiB layer this
// writes almost nothing to disk, where spilling everything wrote 512 MiB and took longer than compressing it.
// Replayed bytes are checked against the layer's digest by the reader (VerifyingStream), like every blob; a replay
// that follows the recipe while it grows (a layer uploaded as it is gzipped: copy/made-blobs.ts) is checked by the
// registry instead, against the digest its closing PUT names, which is known only once the last byte is made.
import { createHash } from 'node:crypto';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { FileStoreError } from '../layout/errors.ts';
import { CHUNK } from '../layout/layout-files.ts';
import type { ArchiveFile } from './archive-bytes.ts';
import { gzipParts, storedBlocks, storedChunks, storedHeader, storedLength } from './parallel-gzip.ts';
import type { TarMember } from './tar-index.ts';

/** A piece of the gzip stream: bytes at an offset of the temporary file, or a stretch of the member, stored. */
type Piece = { readonly spilled: number; readonly length: number } | { readonly stored: number; readonly length: number };

/**
 * How to make the gzip stream again. It grows while the layer is being compressed and can be replayed already then:
 * a replay reads each piece once it is complete (no longer the last one, or the recipe is made) and, for spilled
 * bytes, once they are on disk, so a layer can be uploaded while it is compressed (its digest learnt at the end).
 */
export class GzipRecipe {
  readonly file: string;
  readonly pieces: Piece[] = [];
  /** Spilled bytes known to be written to the temporary file. */
  #flushed = 0;
  #state: 'making' | 'made' | { readonly error: unknown } = 'making';
  #changed = Promise.withResolvers<void>();

  constructor(file: string) {
    this.file = file;
  }

  /** Whether piece `i` can be read now, may be read later, or does not exist (the recipe ended before it). */
  status(i: number): 'ready' | 'wait' | 'end' {
    if (typeof this.#state === 'object') throw this.#state.error;
    const piece = this.pieces[i];
    const made = this.#state === 'made';
    if (piece === undefined) return made ? 'end' : 'wait';
    if (!made && i === this.pieces.length - 1) return 'wait';
    return 'stored' in piece || piece.spilled + piece.length <= this.#flushed ? 'ready' : 'wait';
  }

  /** Settles at the next change (a piece added or grown, bytes flushed, the end). */
  changed(): Promise<void> {
    return this.#changed.promise;
  }

  /** For gzipToRecipe: a piece added or the last one grown; bytes on disk up to `flushed`; made; failed. */
  update(change: { readonly flushed?: number; readonly state?: 'made' | { readonly error: unknown } } = {}): void {
    if (change.flushed !== undefined) this.#flushed = change.flushed;
    if (change.state !== undefined) this.#state = change.state;
    const changed = this.#changed;
    this.#changed = Promise.withResolvers<void>();
    changed.resolve();
  }
}

export interface GzippedLayer {
  readonly digest: string;
  readonly size: number;
  readonly recipe: GzipRecipe;
}

/** Neighbouring spilled parts are read back as one, up to this size (a layer of text spills tens of MiB). */
const MAX_SPILLED_READ = CHUNK;
/** Writes in flight to the temporary file; positional, so their order does not matter. */
const WRITES_IN_FLIGHT = 8;

/**
 * Gzip `source` (the member's bytes, in order), spilling deflate's output to the recipe's file (a path: a new
 * recipe); removes the file on failure. A recipe passed in can be replayed while this runs.
 */
export async function gzipToRecipe(source: Readable, into: string | GzipRecipe): Promise<GzippedLayer> {
  const recipe = typeof into === 'string' ? new GzipRecipe(into) : into;
  const { file, pieces } = recipe;
  const hash = createHash('sha256');
  let size = 0;
  let spilled = 0;
  // In the order they were started; the ones at the front that are done tell how far the file is written.
  const writes: Array<{ readonly end: number; done: boolean; readonly promise: Promise<void> }> = [];
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'w');
    const opened = handle;
    const spill = (bytes: Buffer, at: number): void => {
      const write = { end: at + bytes.length, done: false, promise: writeFully(opened, bytes, at) };
      writes.push(write);
      write.promise.then(
        () => {
          write.done = true;
          let flushed: number | undefined;
          while (writes[0]?.done === true) flushed = writes.shift()!.end;
          if (flushed !== undefined) recipe.update({ flushed });
        },
        () => undefined,
      );
    };
    for await (const part of gzipParts(source)) {
      if (part.kind === 'stored') {
        for (const bytes of storedBlocks(part.data)) hash.update(bytes);
        size += storedLength(part.data.length);
        pieces.push({ stored: part.offset, length: part.data.length });
        recipe.update();
        continue;
      }
      hash.update(part.bytes);
      size += part.bytes.length;
      const last = pieces.at(-1);
      if (last !== undefined && 'spilled' in last && last.length + part.bytes.length <= MAX_SPILLED_READ)
        pieces[pieces.length - 1] = { spilled: last.spilled, length: last.length + part.bytes.length };
      else pieces.push({ spilled, length: part.bytes.length });
      spill(part.bytes, spilled);
      recipe.update();
      spilled += part.bytes.length;
      if (writes.length >= WRITES_IN_FLIGHT) await writes[0]!.promise;
    }
    await Promise.all(writes.map((w) => w.promise));
    await handle.close();
  } catch (error) {
    recipe.update({ state: { error } });
    await Promise.allSettled(writes.map((w) => w.promise));
    await handle?.close().catch(() => {});
    await rm(file, { force: true });
    throw error;
  }
  recipe.update({ flushed: spilled, state: 'made' });
  return { digest: `sha256:${hash.digest('hex')}`, size, recipe };
}

async function writeFully(handle: FileHandle, bytes: Buffer, position: number): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, position + written);
    written += bytesWritten;
  }
}

/** The gzip stream again: the spilled bytes from the temporary file, the stored stretches from the archive. */
export function replayRecipe(recipe: GzipRecipe, archive: ArchiveFile, member: TarMember, what: string): Readable {
  return Readable.from(replay(recipe, archive, member, what), { objectMode: false });
}

async function* replay(recipe: GzipRecipe, archive: ArchiveFile, member: TarMember, what: string): AsyncGenerator<Buffer> {
  // The temporary file exists once the first piece does (it is opened before anything is added).
  if ((await nextPiece(recipe, 0)) === 'end') return;
  const temp = await open(recipe.file, 'r');
  const reader = await archive.reader().catch(async (error: unknown) => {
    await temp.close();
    throw error;
  });
  const short = (where: string): FileStoreError =>
    new FileStoreError(archive.path, `${what}: ${where} ended early (did the file change since the layer was compressed?)`);
  try {
    let position = 0;
    for (let i = 0; (await nextPiece(recipe, i)) === 'ready'; i++) {
      const piece = recipe.pieces[i]!;
      if ('spilled' in piece) {
        const bytes = Buffer.allocUnsafe(piece.length);
        for (let filled = 0; filled < piece.length;) {
          const { bytesRead } = await temp.read(bytes, filled, piece.length - filled, piece.spilled + filled);
          if (bytesRead === 0) throw short(recipe.file);
          filled += bytesRead;
        }
        yield bytes;
        continue;
      }
      const at = member.offset + piece.stored;
      if ((await reader.skip(at - position)) !== at - position) throw short(archive.path);
      // Framed in place: each block's header written here, its bytes read straight after it.
      const framed = Buffer.allocUnsafe(storedLength(piece.length));
      const views: Buffer[] = [];
      let offset = 0;
      for (const n of storedChunks(piece.length)) {
        storedHeader(n, framed, offset);
        views.push(framed.subarray(offset + 5, offset + 5 + n));
        offset += 5 + n;
      }
      if (!(await reader.readInto(views))) throw short(archive.path);
      position = at + piece.length;
      yield framed;
    }
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('Z_') === true) throw archive.gzipError(error);
    throw error;
  } finally {
    await reader.close();
    await temp.close();
  }
}

/** Wait until piece `i` can be read or is known not to come; throws what made the recipe fail. */
async function nextPiece(recipe: GzipRecipe, i: number): Promise<'ready' | 'end'> {
  for (;;) {
    const changed = recipe.changed();
    const status = recipe.status(i);
    if (status !== 'wait') return status;
    await changed;
  }
}
