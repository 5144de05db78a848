// A layer gzipped once, kept as a recipe to replay while it is pushed: what deflate produced goes to a temporary
// file, and each stretch written as stored blocks (bytes deflate cannot shrink) is kept as where it lies in the
// archive member. Replaying reads those stretches from the archive again and frames them exactly as the first pass
// did, so the bytes, and the digest the manifest states, are the same. For an incompressible 512 MiB layer this
// writes almost nothing to disk, where spilling everything wrote 512 MiB and took longer than compressing it.
// Replayed bytes are checked against the layer's digest by the reader (VerifyingStream), like every blob.
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

export interface GzipRecipe {
  readonly file: string;
  readonly pieces: readonly Piece[];
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

/** Gzip `source` (the member's bytes, in order), spilling deflate's output to `file`; removes `file` on failure. */
export async function gzipToRecipe(source: Readable, file: string): Promise<GzippedLayer> {
  const hash = createHash('sha256');
  const pieces: Piece[] = [];
  let size = 0;
  let spilled = 0;
  const writes: Promise<void>[] = [];
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'w');
    for await (const part of gzipParts(source)) {
      if (part.kind === 'stored') {
        for (const bytes of storedBlocks(part.data)) hash.update(bytes);
        size += storedLength(part.data.length);
        pieces.push({ stored: part.offset, length: part.data.length });
        continue;
      }
      hash.update(part.bytes);
      size += part.bytes.length;
      const last = pieces.at(-1);
      if (last !== undefined && 'spilled' in last && last.length + part.bytes.length <= MAX_SPILLED_READ)
        pieces[pieces.length - 1] = { spilled: last.spilled, length: last.length + part.bytes.length };
      else pieces.push({ spilled, length: part.bytes.length });
      writes.push(writeFully(handle, part.bytes, spilled));
      spilled += part.bytes.length;
      if (writes.length >= WRITES_IN_FLIGHT) await writes.shift();
    }
    await Promise.all(writes);
    await handle.close();
  } catch (error) {
    await Promise.allSettled(writes);
    await handle?.close().catch(() => {});
    await rm(file, { force: true });
    throw error;
  }
  return { digest: `sha256:${hash.digest('hex')}`, size, recipe: { file, pieces } };
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
  const temp = await open(recipe.file, 'r');
  const reader = await archive.reader().catch(async (error: unknown) => {
    await temp.close();
    throw error;
  });
  const short = (where: string): FileStoreError =>
    new FileStoreError(archive.path, `${what}: ${where} ended early (did the file change since the layer was compressed?)`);
  try {
    let position = 0;
    for (const piece of recipe.pieces) {
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
