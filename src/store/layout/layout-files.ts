// The files of an OCI image layout, wherever they live: a directory, or the members of a tar read by offset.
// The layout logic (index.json, blobs by digest) is written once against this.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { FileStoreError } from './errors.ts';

/** Bytes per file read: large enough that per-chunk costs (hash calls, stream hops) vanish, small enough to hold. */
export const CHUNK = 1024 * 1024;

export interface LayoutFiles {
  /** How errors name the place: `/abs/out` or `/abs/app.tar`. */
  readonly where: string;
  /** Size of the file at the layout-relative path, or undefined when it is absent. */
  size(path: string): Promise<number | undefined>;
  /** Whole contents of a small file (index.json, a manifest), or undefined when absent. */
  read(path: string, maxBytes: number): Promise<Buffer | undefined>;
  /** A stream of the file's bytes; the caller verifies them. */
  open(path: string): Promise<Readable>;
  /** Names error messages use for the file: `member blobs/sha256/… of /abs/app.tar`. */
  describe(path: string): string;
}

/** The layout-relative path of a blob. The digest is validated by the caller, so the path cannot escape. */
export function blobPath(digest: string): string {
  const colon = digest.indexOf(':');
  return `blobs/${digest.slice(0, colon)}/${digest.slice(colon + 1)}`;
}

export class DirectoryFiles implements LayoutFiles {
  readonly where: string;
  constructor(root: string) {
    this.where = root;
  }

  async size(path: string): Promise<number | undefined> {
    try {
      const info = await stat(join(this.where, path));
      return info.isFile() ? info.size : undefined;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async read(path: string, maxBytes: number): Promise<Buffer | undefined> {
    const size = await this.size(path);
    if (size === undefined) return undefined;
    if (size > maxBytes) throw new FileStoreError(this.where, `${this.describe(path)} is ${size} bytes, over the ${maxBytes}-byte limit`);
    return readFile(join(this.where, path));
  }

  open(path: string): Promise<Readable> {
    return Promise.resolve(createReadStream(join(this.where, path), { highWaterMark: CHUNK }));
  }

  describe(path: string): string {
    return join(this.where, path);
  }
}

export function isMissing(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
