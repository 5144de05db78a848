// Building an archive in place: members are appended to a temporary tar next to the target as they arrive, each
// blob streaming through its digest check straight into the tar, and the tar is renamed over the target at commit.
// A blob that arrives while another is being appended is verified into a spill file beside it and appended when the
// tar is free, so concurrent writers never wait on each other's sources. node-tar encodes every header.
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable, pipeline as pipelineCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Header, Pax } from 'tar';
import { VerifyingStream, parseDigest } from '../../oci/digest.ts';
import type { Descriptor } from '../../oci/manifest.ts';
import { FileStoreError } from '../layout/errors.ts';
import { CHUNK, blobPath } from '../layout/layout-files.ts';
import type { BlobSink } from '../layout/layout-writer.ts';

const BLOCK = 512;
// Fixed, so that the same content makes the same archive, byte for byte.
const MTIME = new Date(0);

interface Appended {
  readonly offset: number;
  readonly size: number;
}

export class TarBuilder implements BlobSink {
  readonly target: string;
  readonly #name: string;
  readonly #partial: string;
  readonly #spill: string;
  #handle: Promise<FileHandle> | undefined;
  #position = 0;
  /** Appends run one at a time, in this chain. */
  #tail: Promise<void> = Promise.resolve();
  #busy = 0;
  /** A failure of an append the writer did not wait for (a spilled blob), reported at commit. */
  #failure: Error | undefined;
  readonly #appended = new Map<string, Appended>();
  readonly #spilled = new Map<string, string>();
  readonly #writing = new Map<string, Promise<void>>();
  readonly #directories = new Set<string>();

  constructor(target: string, storeName: string) {
    this.target = target;
    this.#name = storeName;
    const id = randomUUID();
    this.#partial = join(dirname(target), `.${basename(target)}.${id}.partial`);
    this.#spill = join(dirname(target), `.${basename(target)}.${id}.spill`);
  }

  has(digest: string): Promise<boolean> {
    return Promise.resolve(this.#appended.has(digest) || this.#spilled.has(digest));
  }

  /** Store a blob: straight into the tar when it is free, else verified into a spill file and appended later. */
  async write(descriptor: Descriptor, body: Readable): Promise<void> {
    parseDigest(descriptor.digest);
    const pending = this.#writing.get(descriptor.digest);
    if (pending !== undefined || (await this.has(descriptor.digest))) {
      body.destroy();
      return pending;
    }
    const writing = this.#busy === 0 ? this.#direct(descriptor, body) : this.#spillThenAppend(descriptor, body);
    this.#writing.set(descriptor.digest, writing);
    try {
      await writing;
    } finally {
      this.#writing.delete(descriptor.digest);
    }
  }

  /** A stream of a blob written so far, from the tar or its spill file. */
  open(digest: string): Readable | undefined {
    const appended = this.#appended.get(digest);
    if (appended !== undefined) {
      if (appended.size === 0) return Readable.from([]);
      return createReadStream(this.#partial, { start: appended.offset, end: appended.offset + appended.size - 1, highWaterMark: CHUNK });
    }
    const spilled = this.#spilled.get(digest);
    return spilled === undefined ? undefined : createReadStream(spilled, { highWaterMark: CHUNK });
  }

  /** Append a small file (index.json, manifest.json) whole. */
  addFile(path: string, bytes: Buffer): Promise<void> {
    return this.#exclusive(async () => {
      await this.#appendBytes(path, [bytes], bytes.length);
    });
  }

  /** End the tar and rename it over the target; on failure nothing is left but what was at the target before. */
  async commit(): Promise<void> {
    try {
      await this.#tail;
      if (this.#failure !== undefined) throw this.#failure;
      const handle = await this.#file();
      await handle.write(Buffer.alloc(2 * BLOCK), 0, 2 * BLOCK, this.#position);
      await handle.close();
      this.#handle = undefined;
      await rename(this.#partial, this.target);
    } catch (error) {
      await this.abort();
      throw error;
    }
    await rm(this.#spill, { recursive: true, force: true });
  }

  async abort(): Promise<void> {
    await this.#tail;
    const handle = this.#handle;
    this.#handle = undefined;
    if (handle !== undefined) await (await handle).close().catch(() => {});
    await Promise.all([rm(this.#partial, { force: true }), rm(this.#spill, { recursive: true, force: true })]);
  }

  #direct(descriptor: Descriptor, body: Readable): Promise<void> {
    const verified = this.#verified(descriptor, body);
    return this.#exclusive(() => this.#appendBlob(descriptor, verified));
  }

  async #spillThenAppend(descriptor: Descriptor, body: Readable): Promise<void> {
    await mkdir(this.#spill, { recursive: true });
    const file = join(this.#spill, `${descriptor.digest.replace(':', '-')}.${randomUUID()}`);
    try {
      await pipeline(this.#verified(descriptor, body), createWriteStream(file, { flags: 'wx', highWaterMark: CHUNK }));
    } catch (error) {
      await rm(file, { force: true });
      throw error;
    }
    this.#spilled.set(descriptor.digest, file);
    // Not awaited: the blob is safe in its spill file; a failure to append it is reported at commit.
    void this.#exclusive(async () => {
      await this.#appendBlob(descriptor, createReadStream(file, { highWaterMark: CHUNK }));
      this.#spilled.delete(descriptor.digest);
      await rm(file, { force: true });
    }).catch((error: unknown) => {
      this.#failure ??= error instanceof Error ? error : new Error(String(error));
    });
  }

  #verified(descriptor: Descriptor, body: Readable): Readable {
    const verify = new VerifyingStream(descriptor.digest, descriptor.size, `blob ${descriptor.digest} written to ${this.#name}`);
    return pipelineCallback(body, verify, () => {});
  }

  async #appendBlob(descriptor: Descriptor, body: Readable): Promise<void> {
    const path = blobPath(descriptor.digest);
    for (const directory of ['blobs/', `${dirname(path)}/`]) {
      if (!this.#directories.has(directory)) {
        await this.#appendBytes(directory, [], 0, 'Directory');
        this.#directories.add(directory);
      }
    }
    const offset = await this.#appendBytes(path, body, descriptor.size);
    this.#appended.set(descriptor.digest, { offset, size: descriptor.size });
  }

  /**
   * Write one member at the end of the tar; returns where its bytes start. When the body fails or is not `size`
   * bytes, the tar is cut back to where the member began, as if it had never been started.
   */
  async #appendBytes(
    path: string,
    body: AsyncIterable<Buffer> | Buffer[],
    size: number,
    type: 'File' | 'Directory' = 'File',
  ): Promise<number> {
    const handle = await this.#file();
    const start = this.#position;
    const header = new Header({
      path,
      mode: type === 'File' ? 0o644 : 0o755,
      uid: 0,
      gid: 0,
      size,
      mtime: MTIME,
      type,
      uname: '',
      gname: '',
    });
    const blocks = header.encode() ? [new Pax({ path, size, mtime: MTIME }).encode(), header.block!] : [header.block!];
    let position = start;
    try {
      for (const block of blocks) {
        await handle.write(block, 0, block.length, position);
        position += block.length;
      }
      const offset = position;
      for await (const chunk of body) {
        if (position + chunk.length > offset + size) throw new FileStoreError(this.target, `${path} is longer than its ${size} bytes`);
        await handle.write(chunk, 0, chunk.length, position);
        position += chunk.length;
      }
      if (position !== offset + size)
        throw new FileStoreError(this.target, `${path} ended after ${position - offset} of its ${size} bytes`);
      const padding = (BLOCK - (size % BLOCK)) % BLOCK;
      if (padding > 0) await handle.write(Buffer.alloc(padding), 0, padding, position);
      this.#position = position + padding;
      return offset;
    } catch (error) {
      await handle.truncate(start);
      this.#position = start;
      throw error;
    }
  }

  #file(): Promise<FileHandle> {
    this.#handle ??= (async () => {
      await mkdir(dirname(this.#partial), { recursive: true });
      return open(this.#partial, 'wx+');
    })();
    return this.#handle;
  }

  #exclusive<T>(run: () => Promise<T>): Promise<T> {
    this.#busy++;
    const result = this.#tail.then(run).finally(() => this.#busy--);
    this.#tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
