// One call for the edges (action, CLI): open the registries a copy touches, run it, close the pools.
import type { Platform } from '../oci/platform.ts';
import type { Reference } from '../oci/reference.ts';
import { openRegistries, type RegistriesOptions } from '../store/registry/registries.ts';
import { copyImage, type CopyRequest, type CopyResult } from './copy.ts';

/** What to copy, plus how to reach the registries (credentials, TLS, retries: see RegistriesOptions). */
export interface PromoteOptions extends RegistriesOptions {
  readonly source: Reference;
  readonly targets: readonly Reference[];
  readonly platforms?: readonly Platform[] | undefined;
  readonly concurrency: number;
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
