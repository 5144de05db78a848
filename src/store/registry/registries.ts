// Opens one client per registry a run touches, sharing the connection pools, the token cache and the run's retry
// policy, with the credentials, plain-HTTP and TLS rules that apply to each.
import type { Logger, SecretSink } from '../../log.ts';
import { apiHost, isLoopbackRegistry, type Reference } from '../../oci/reference.ts';
import { describeRetry } from '../../retry/describe.ts';
import { RetryPolicy, type RetryEvent, type RetrySettings } from '../../retry/policy.ts';
import { RegistryClient } from './client.ts';
import { loadDockerConfig, resolveCredentials, type CredentialSources } from './credentials.ts';
import type { RateLimit } from './rate-limit.ts';
import type { RegistryStore } from './registry-store.ts';
import { TokenCache } from './token-cache.ts';
import { Transport } from './transport.ts';

export interface RegistriesOptions {
  readonly credentials: Omit<CredentialSources, 'secret'>;
  /** Canonical registry names allowed over plain HTTP or unverified TLS. */
  readonly insecureRegistries: ReadonlySet<string>;
  readonly logger: Logger;
  readonly secret: SecretSink;
  /** Extra trusted CA (PEM); the action uses NODE_EXTRA_CA_CERTS instead. */
  readonly ca?: string | Buffer;
  /** The run's one retry policy, shared with the engine. Without it, one is made from `retry` and `onRetry`. */
  readonly policy?: RetryPolicy;
  /** Settings for the policy made here when none is given (tests shorten the waits). */
  readonly retry?: Partial<RetrySettings>;
  /** Where retries are told, for the policy made here; by default a "Retrying …" line at info level. */
  readonly onRetry?: (event: RetryEvent) => void;
}

export interface Registries {
  /** The run's retry policy (the one given, or the one made here). */
  readonly policy: RetryPolicy;
  clientFor(registry: string): RegistryClient;
  /** The Store for a repository; declares its scope, so ask for every store before the first request. */
  repository(reference: Reference, access: 'pull' | 'push'): RegistryStore;
  /** Pull allowances the registries reported so far (Docker Hub's `ratelimit-*` headers). */
  rateLimits(): Array<RateLimit & { registry: string }>;
  close(): Promise<void>;
}

/** Resolve credentials for every registry up front (credential helpers are processes) and build the clients. */
export async function openRegistries(names: Iterable<string>, options: RegistriesOptions): Promise<Registries> {
  const insecureHosts = new Set([...options.insecureRegistries].map(apiHost));
  const onRetry = options.onRetry ?? ((event: RetryEvent) => options.logger.info(describeRetry(event)));
  const policy = options.policy ?? new RetryPolicy({ ...(options.retry && { settings: options.retry }), onRetry });
  const transport = new Transport({
    logger: options.logger,
    insecureHosts,
    policy,
    ...(options.ca !== undefined && { ca: options.ca }),
  });
  const tokens = new TokenCache();
  const sources: CredentialSources = { ...options.credentials, secret: options.secret };
  const clients = new Map<string, RegistryClient>();
  try {
    const config = loadDockerConfig(options.credentials.dockerConfigDir);
    for (const registry of new Set(names)) {
      const credentials = await resolveCredentials(registry, sources, config);
      options.logger.debug(`${registry}: ${credentials ? `credentials from ${credentials.source}` : 'anonymous access'}.`);
      clients.set(
        registry,
        new RegistryClient({
          registry,
          transport,
          tokens,
          credentials,
          secret: options.secret,
          logger: options.logger,
          allowHttp: isLoopbackRegistry(registry) || options.insecureRegistries.has(registry),
          policy,
        }),
      );
    }
  } catch (error) {
    await transport.close();
    throw error;
  }
  const clientFor = (registry: string): RegistryClient => {
    const client = clients.get(registry);
    if (!client) throw new Error(`no client was opened for ${registry}`);
    return client;
  };
  return {
    policy,
    clientFor,
    repository: (reference, access) => clientFor(reference.registry).repository(reference.repository, access),
    rateLimits: () =>
      [...clients].flatMap(([registry, client]) => {
        const limit = client.rateLimit;
        return limit ? [{ registry, ...limit }] : [];
      }),
    close: () => transport.close(),
  };
}
