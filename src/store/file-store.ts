// The one entry point that opens the store a file reference names, so callers need not know the kinds apart.
import { resolve as resolvePath } from 'node:path';
import type { Logger } from '../log.ts';
import { openDockerArchive } from './archive/docker-archive-store.ts';
import { openOciArchive } from './archive/oci-archive-store.ts';
import type { FileReference } from './file-reference.ts';
import { openOciLayout } from './layout/layout-store.ts';
import type { Store } from './store.ts';

export interface FileStoreOptions {
  readonly logger: Logger;
  /** Relative paths are resolved against this (the workspace in the action); default process.cwd(). */
  readonly cwd?: string;
}

/**
 * What every file store offers beyond Store. `notes` are facts the user should hear about the copy (e.g. that a
 * classic docker-archive's manifest is new, so its digest is too); the engine can print them as warnings.
 */
export interface FileStore extends Store {
  readonly notes: readonly string[];
  close(outcome: 'commit' | 'abort'): Promise<void>;
}

/**
 * Open the store a file reference names. `read`: the file must exist and hold images. `write`: an archive appears
 * at the path only at `close('commit')`; a layout gets verified blobs as they come and its new index.json at commit.
 * Resolve a source with `store.resolve(ref.reference ?? '')`: the empty reference means "the only image in it"
 * (several: an error listing their names). Write the target's top manifest with
 * `putManifest(ref.reference ?? manifest.digest, manifest)`: a manifest put only by digest that no other lists
 * becomes an unnamed index.json entry. Close every store opened for writing, once, with the copy's outcome.
 */
export async function openFileStore(ref: FileReference, mode: 'read' | 'write', options: FileStoreOptions): Promise<FileStore> {
  const location = resolvePath(options.cwd ?? process.cwd(), ref.path);
  const opened = { name: ref.name, location, mode, logger: options.logger };
  switch (ref.kind) {
    case 'oci':
      return openOciLayout(opened);
    case 'oci-archive':
      return openOciArchive(opened);
    case 'docker-archive':
      return openDockerArchive(opened);
  }
}

/** What the kinds' openers take. */
export interface OpenedFile {
  readonly name: string;
  readonly location: string;
  readonly mode: 'read' | 'write';
  readonly logger: Logger;
}
