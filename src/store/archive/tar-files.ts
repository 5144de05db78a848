// The members of an indexed tar as layout files: sizes from the index, bytes by offset.
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { FileStoreError } from '../layout/errors.ts';
import type { LayoutFiles } from '../layout/layout-files.ts';
import type { TarIndex } from './tar-index.ts';

export class TarFiles implements LayoutFiles {
  readonly where: string;
  readonly #tar: TarIndex;
  /** Members live under this folder of the archive ('' for the root). */
  readonly #prefix: string;

  constructor(tar: TarIndex, prefix = '') {
    this.#tar = tar;
    this.where = tar.file.path;
    this.#prefix = prefix;
  }

  size(path: string): Promise<number | undefined> {
    return Promise.resolve(this.#tar.lookup(this.#prefix + path)?.size);
  }

  async read(path: string, maxBytes: number): Promise<Buffer | undefined> {
    const member = this.#tar.lookup(this.#prefix + path);
    if (member === undefined) return undefined;
    if (member.size > maxBytes)
      throw new FileStoreError(this.where, `${this.describe(path)} is ${member.size} bytes, over the ${maxBytes}-byte limit`);
    const bytes = await buffer(this.#tar.file.stream(member.offset, member.size));
    if (bytes.length !== member.size) {
      throw new FileStoreError(this.where, `${this.describe(path)} is truncated: ${bytes.length} of ${member.size} bytes are there`);
    }
    return bytes;
  }

  open(path: string): Promise<Readable> {
    const member = this.#tar.lookup(this.#prefix + path);
    if (member === undefined) return Promise.reject(new FileStoreError(this.where, `${this.describe(path)} is missing`));
    return Promise.resolve(this.#tar.file.stream(member.offset, member.size));
  }

  describe(path: string): string {
    return `member ${this.#prefix + path} of ${this.where}`;
  }
}
