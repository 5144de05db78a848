// The bytes of an archive file, plain or gzipped. A plain tar is read by position: the header walk seeks past
// member bodies, and a member is a ranged read of the file. A gzipped tar cannot seek: the walk inflates it once
// (bodies discarded as they pass), and reading a member inflates again from the start, skipping to it. That keeps
// memory at one chunk and writes nothing to disk, at the cost of re-inflating the part before each member.
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { FileStoreError } from '../layout/errors.ts';
import { CHUNK, isMissing } from '../layout/layout-files.ts';

/** Reads forward from the start of the (inflated) tar. */
export interface SequentialReader {
  /** Up to `length` bytes; fewer only at the end of the data. */
  read(length: number): Promise<Buffer>;
  /** Fill `views` in turn with the next bytes (a scatter read: one syscall for a plain tar); false if they ran out. */
  readInto(views: readonly Buffer[]): Promise<boolean>;
  /** Skip up to `length` bytes; returns how many there were. */
  skip(length: number): Promise<number>;
  close(): Promise<void>;
}

export class ArchiveFile {
  readonly path: string;
  readonly gzipped: boolean;
  readonly #name: string;

  private constructor(path: string, name: string, gzipped: boolean) {
    this.path = path;
    this.#name = name;
    this.gzipped = gzipped;
  }

  /** Open for reading: the file must exist; gzip is recognised by its magic bytes, whatever the file's name. */
  static async open(path: string, name: string): Promise<ArchiveFile> {
    let handle: FileHandle;
    try {
      handle = await open(path, 'r');
    } catch (error) {
      if (isMissing(error)) throw new FileStoreError(path, `${name}: ${path} does not exist`);
      if ((error as { code?: string }).code === 'EISDIR') {
        throw new FileStoreError(path, `${name}: ${path} is a directory; an archive is a tar file (for a directory, write oci:)`);
      }
      throw error;
    }
    try {
      const magic = Buffer.alloc(2);
      const { bytesRead } = await handle.read(magic, 0, 2, 0);
      return new ArchiveFile(path, name, bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b);
    } finally {
      await handle.close();
    }
  }

  async reader(): Promise<SequentialReader> {
    return this.gzipped ? new InflatingReader(this.#inflated()) : PositionalReader.open(this.path);
  }

  /** The `size` bytes at `offset` of the tar; the caller verifies them (a short read shows as a size mismatch). */
  stream(offset: number, size: number): Readable {
    if (size === 0) return Readable.from([]);
    if (!this.gzipped) return createReadStream(this.path, { start: offset, end: offset + size - 1, highWaterMark: CHUNK });
    return Readable.from(this.#gzipErrorsNamed(sliceOf(this.#inflated(), offset, size)), { objectMode: false });
  }

  #inflated(): Readable {
    return pipeline(createReadStream(this.path, { highWaterMark: CHUNK }), createGunzip({ chunkSize: CHUNK }), () => {});
  }

  async *#gzipErrorsNamed(chunks: AsyncGenerator<Buffer>): AsyncGenerator<Buffer> {
    try {
      yield* chunks;
    } catch (error) {
      throw this.gzipError(error);
    }
  }

  /** An error from zlib, said in terms of the file. */
  gzipError(error: unknown): FileStoreError {
    return new FileStoreError(this.path, `${this.#name}: ${this.path} is not a valid gzip file: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

async function* sliceOf(source: AsyncIterable<Buffer>, start: number, size: number): AsyncGenerator<Buffer> {
  const end = start + size;
  let position = 0;
  for await (const chunk of source) {
    const next = position + chunk.length;
    if (next > start) yield chunk.subarray(Math.max(0, start - position), Math.min(chunk.length, end - position));
    position = next;
    if (position >= end) return;
  }
}

/** What is left of `views` once `n` bytes went into them. */
function afterRead(views: readonly Buffer[], n: number): Buffer[] {
  const rest: Buffer[] = [];
  let left = n;
  for (const view of views) {
    if (left >= view.length) left -= view.length;
    else {
      rest.push(view.subarray(left));
      left = 0;
    }
  }
  return rest;
}

class PositionalReader implements SequentialReader {
  readonly #handle: FileHandle;
  readonly #size: number;
  #position = 0;

  private constructor(handle: FileHandle, size: number) {
    this.#handle = handle;
    this.#size = size;
  }

  static async open(path: string): Promise<PositionalReader> {
    const handle = await open(path, 'r');
    return new PositionalReader(handle, (await handle.stat()).size);
  }

  async read(length: number): Promise<Buffer> {
    const buffer = Buffer.alloc(length);
    let filled = 0;
    while (filled < length) {
      const { bytesRead } = await this.#handle.read(buffer, filled, length - filled, this.#position);
      if (bytesRead === 0) break;
      filled += bytesRead;
      this.#position += bytesRead;
    }
    return buffer.subarray(0, filled);
  }

  async readInto(views: readonly Buffer[]): Promise<boolean> {
    let rest = views.filter((v) => v.length > 0);
    while (rest.length > 0) {
      const { bytesRead } = await this.#handle.readv(rest, this.#position);
      if (bytesRead === 0) return false;
      this.#position += bytesRead;
      rest = afterRead(rest, bytesRead);
    }
    return true;
  }

  skip(length: number): Promise<number> {
    const skipped = Math.min(length, this.#size - this.#position);
    this.#position += skipped;
    return Promise.resolve(skipped);
  }

  close(): Promise<void> {
    return this.#handle.close();
  }
}

class InflatingReader implements SequentialReader {
  readonly #stream: Readable;
  readonly #chunks: AsyncIterator<Buffer>;
  #pending: Buffer = Buffer.alloc(0);
  #done = false;

  constructor(stream: Readable) {
    this.#stream = stream;
    this.#chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  async #fill(): Promise<boolean> {
    if (this.#done) return false;
    const next = await this.#chunks.next();
    if (next.done === true) {
      this.#done = true;
      return false;
    }
    this.#pending = this.#pending.length === 0 ? next.value : Buffer.concat([this.#pending, next.value]);
    return true;
  }

  async read(length: number): Promise<Buffer> {
    while (this.#pending.length < length && (await this.#fill()));
    const out = this.#pending.subarray(0, Math.min(length, this.#pending.length));
    this.#pending = this.#pending.subarray(out.length);
    return Buffer.from(out);
  }

  async readInto(views: readonly Buffer[]): Promise<boolean> {
    for (const view of views) {
      let filled = 0;
      while (filled < view.length) {
        if (this.#pending.length === 0 && !(await this.#fill())) return false;
        const n = this.#pending.copy(view, filled, 0, Math.min(this.#pending.length, view.length - filled));
        this.#pending = this.#pending.subarray(n);
        filled += n;
      }
    }
    return true;
  }

  async skip(length: number): Promise<number> {
    let skipped = 0;
    while (skipped < length) {
      if (this.#pending.length === 0 && !(await this.#fill())) break;
      const take = Math.min(length - skipped, this.#pending.length);
      this.#pending = this.#pending.subarray(take);
      skipped += take;
    }
    return skipped;
  }

  close(): Promise<void> {
    this.#stream.destroy();
    return Promise.resolve();
  }
}
