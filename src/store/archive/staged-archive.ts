// Writing an archive atomically: blobs are staged in a hidden directory next to the target (so they can arrive
// several at once, each verified), and the tar is built at commit into a temporary file that is renamed over the
// target. A failed or aborted copy leaves nothing at the target's name.
import { randomUUID } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { create } from 'tar';
import { FileStoreError } from '../layout/errors.ts';

export class StagedArchive {
  readonly target: string;
  /** Where the archive's files are gathered before they are packed. */
  readonly staging: string;
  readonly #partial: string;

  constructor(target: string) {
    this.target = target;
    const id = randomUUID();
    this.staging = join(dirname(target), `.${basename(target)}.${id}.staging`);
    this.#partial = join(dirname(target), `.${basename(target)}.${id}.partial`);
  }

  /** Pack `members` (paths relative to the staging directory) into the target, replacing any file there. */
  async commit(members: readonly string[]): Promise<void> {
    try {
      await create({ file: this.#partial, cwd: this.staging, portable: true, filter: (path) => !path.endsWith('.partial') }, [...members]);
      await rename(this.#partial, this.target);
    } catch (error) {
      await this.abort();
      throw new FileStoreError(this.target, `could not write ${this.target}: ${(error as Error).message}`, { cause: error });
    }
    await rm(this.staging, { recursive: true, force: true });
  }

  async abort(): Promise<void> {
    await Promise.all([rm(this.staging, { recursive: true, force: true }), rm(this.#partial, { force: true })]);
  }
}
