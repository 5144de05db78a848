// One call for the edges (action, CLI): open the stores a copy touches, run it, close the connections.
import type { Platform } from '../oci/platform.ts';
import { formatReference, type Reference } from '../oci/reference.ts';
import { describeRetry } from '../retry/describe.ts';
import { RetryPolicy, type RetryEvent, type RetrySettings } from '../retry/policy.ts';
import { openRegistries, type RegistriesOptions } from '../store/registry/registries.ts';
import { copyImage, type CopyRequest, type CopyResult } from './copy.ts';

/** What to copy, plus how to reach the registries (credentials, TLS: see RegistriesOptions). */
export interface PromoteOptions extends Omit<RegistriesOptions, 'policy' | 'retry' | 'onRetry'> {
  readonly source: Reference;
  readonly targets: readonly Reference[];
  readonly platforms?: readonly Platform[] | undefined;
  readonly concurrency: number;
  readonly dryRun?: boolean | undefined;
  readonly onProgress?: CopyRequest['onProgress'];
  /** Signatures, attestations and SBOMs follow the image (default true). */
  readonly referrers?: boolean | undefined;
  /** Shorter waits for tests; the defaults suit real registries. */
  readonly retry?: Partial<RetrySettings> | undefined;
  /** Every retry, from a single request to a whole blob; the default logs a line. */
  readonly onRetry?: ((event: RetryEvent) => void) | undefined;
}

export async function promote(options: PromoteOptions): Promise<CopyResult> {
  const onRetry = (event: RetryEvent): void => {
    options.logger.info(describeRetry(event));
    options.onRetry?.(event);
  };
  const policy = new RetryPolicy({ ...(options.retry && { settings: options.retry }), onRetry });
  const names = [options.source.registry, ...options.targets.map((t) => t.registry)];
  const registries = await openRegistries(names, { ...options, policy });
  try {
    // Every scope is declared as its store opens, before the first request: one token per registry covers all.
    const source = {
      store: registries.repository(options.source, 'pull'),
      tag: options.source.tag,
      digest: options.source.digest,
      text: formatReference(options.source),
    };
    const targets = options.targets.map((t) => ({
      store: registries.repository(t, options.dryRun ? 'pull' : 'push'),
      tag: t.tag,
      digest: t.digest,
      text: formatReference(t),
    }));
    const result = await copyImage({
      source,
      targets,
      platforms: options.platforms,
      concurrency: options.concurrency,
      logger: options.logger,
      retry: policy,
      dryRun: options.dryRun,
      onProgress: options.onProgress,
      referrers: options.referrers,
    });
    return { ...result, rateLimits: registries.rateLimits() };
  } finally {
    await registries.close();
  }
}
