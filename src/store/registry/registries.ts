// Opens one client per registry a run touches, sharing the connection pools and the token cache, with the
// credentials, plain-HTTP and TLS rules that apply to each.
import type { Logger, SecretSink } from '../../log.ts';
import { apiHost, isLoopbackRegistry } from '../../oci/reference.ts';
import { TokenCache } from './auth.ts';
import { RegistryClient } from './client.ts';
import { loadDockerConfig, resolveCredentials, type CredentialSources } from './credentials.ts';
import { Transport, type RetryPolicy } from './transport.ts';

export interface RegistriesOptions {
  readonly credentials: Omit<CredentialSources, 'secret'>;
  /** Canonical registry names allowed over plain HTTP or unverified TLS. */
  readonly insecureRegistries: ReadonlySet<string>;
  readonly logger: Logger;
  readonly secret: SecretSink;
  /** Extra trusted CA (PEM); the action uses NODE_EXTRA_CA_CERTS instead. */
  readonly ca?: string | Buffer;
  readonly retry?: Partial<RetryPolicy>;
}

export interface Registries {
  clientFor(registry: string): RegistryClient;
  close(): Promise<void>;
}

/** Resolve credentials for every registry up front (credential helpers are processes) and build the clients. */
export async function openRegistries(names: Iterable<string>, options: RegistriesOptions): Promise<Registries> {
  const insecureHosts = new Set([...options.insecureRegistries].map(apiHost));
  const transport = new Transport({
    logger: options.logger,
    insecureHosts,
    ...(options.ca !== undefined && { ca: options.ca }),
    ...(options.retry !== undefined && { retry: options.retry }),
  });
  const tokens = new TokenCache();
  const sources: CredentialSources = { ...options.credentials, secret: options.secret };
  const config = await loadDockerConfig(options.credentials.dockerConfigDir);
  const clients = new Map<string, RegistryClient>();
  try {
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
        }),
      );
    }
  } catch (error) {
    await transport.close();
    throw error;
  }
  return {
    clientFor(registry: string): RegistryClient {
      const client = clients.get(registry);
      if (!client) throw new Error(`no client was opened for ${registry}`);
      return client;
    },
    close: () => transport.close(),
  };
}
