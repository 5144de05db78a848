// One store opened for a read-only command (inspect, tags): a registry repository with the user's credentials, or
// a file; closed afterwards.
import type { Logger } from '../log.ts';
import type { ImageReference } from '../store/image-reference.ts';
import { openRegistries } from '../store/registry/registries.ts';
import type { Store } from '../store/store.ts';
import type { CliIo } from './io.ts';
import type { CliValues } from './usage.ts';
import { explicitCredentials, insecureOption } from './values.ts';

export async function withStore<T>(
  ref: ImageReference,
  values: CliValues,
  io: CliIo,
  logger: Logger,
  use: (store: Store) => Promise<T>,
): Promise<T> {
  if (ref.kind === 'file') {
    // The file stores (and tar) load only for a file.
    const { openFileStore } = await import('../store/file-store.ts');
    const store = await openFileStore(ref.file, 'read', { logger });
    try {
      return await use(store);
    } finally {
      await store.close('abort');
    }
  }
  const registry = ref.reference.registry;
  const explicit = await explicitCredentials(values, registry, io);
  const registries = await openRegistries([registry], {
    credentials: { explicit },
    insecureRegistries: insecureOption(values),
    logger,
    secret: () => {},
  });
  try {
    return await use(registries.repository(ref.reference, 'pull'));
  } finally {
    await registries.close();
  }
}

/** The tag or digest a reference names inside its store ('' for a file's only image). */
export function referenceIn(ref: ImageReference): string {
  return ref.kind === 'file' ? (ref.file.reference ?? '') : (ref.reference.digest ?? ref.reference.tag!);
}
