// One repository opened for a read-only command (inspect, tags), with the user's credentials, closed afterwards.
import type { Logger } from '../log.ts';
import type { Reference } from '../oci/reference.ts';
import type { Store } from '../store/store.ts';
import { openRegistries } from '../store/registry/registries.ts';
import type { CliIo } from './io.ts';
import type { CliValues } from './usage.ts';
import { explicitCredentials, insecureOption } from './values.ts';

export async function withRegistry<T>(
  ref: Reference,
  values: CliValues,
  io: CliIo,
  logger: Logger,
  use: (store: Store) => Promise<T>,
): Promise<T> {
  const explicit = await explicitCredentials(values, ref.registry, io);
  const registries = await openRegistries([ref.registry], {
    credentials: { explicit },
    insecureRegistries: insecureOption(values),
    logger,
    secret: () => {},
  });
  try {
    return await use(registries.repository(ref, 'pull'));
  } finally {
    await registries.close();
  }
}
