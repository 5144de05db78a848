// One call for the edges (action, CLI): open the registries a copy touches, run it, close the pools.
import type { Logger, SecretSink } from '../log.ts';
import type { Platform } from '../oci/platform.ts';
import type { Reference } from '../oci/reference.ts';
import type { CredentialSources } from '../registry/credentials.ts';
import { openRegistries } from '../registry/registries.ts';
import type { RetryPolicy } from '../registry/transport.ts';
import { copyImage, type CopyRequest, type CopyResult } from './copy.ts';

export interface PromoteOptions {
  readonly source: Reference;
  readonly targets: readonly Reference[];
  readonly platforms?: readonly Platform[] | undefined;
  readonly concurrency: number;
  readonly credentials: Omit<CredentialSources, 'secret'>;
  readonly insecureRegistries: ReadonlySet<string>;
  readonly logger: Logger;
  readonly secret: SecretSink;
  readonly ca?: string | Buffer;
  readonly retry?: Partial<RetryPolicy>;
  readonly dryRun?: boolean;
  readonly onProgress?: CopyRequest['onProgress'];
}

export async function promote(options: PromoteOptions): Promise<CopyResult> {
  const names = [options.source.registry, ...options.targets.map((t) => t.registry)];
  const registries = await openRegistries(names, options);
  try {
    return await copyImage({
      source: options.source,
      targets: options.targets,
      ...(options.platforms && { platforms: options.platforms }),
      concurrency: options.concurrency,
      clientFor: (registry) => registries.clientFor(registry),
      logger: options.logger,
      ...(options.dryRun && { dryRun: true }),
      ...(options.onProgress && { onProgress: options.onProgress }),
    });
  } finally {
    await registries.close();
  }
}
