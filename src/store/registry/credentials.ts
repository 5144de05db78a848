// Where credentials for a registry come from, in order: the action's inputs, Docker's config.json (auths,
// credHelpers, credsStore), the GitHub token for ghcr.io, else anonymous.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { SecretSink } from '../../log.ts';
import { DOCKER_HUB, normaliseRegistry } from '../../oci/reference.ts';
import type { Credentials } from './auth.ts';

export interface ExplicitCredentials {
  readonly registry: string;
  readonly username: string;
  readonly password: string;
}

export interface CredentialSources {
  /** `registry`/`username`/`password` inputs (or CLI flags). */
  readonly explicit?: readonly ExplicitCredentials[];
  /** Directory holding config.json; defaults to $DOCKER_CONFIG or ~/.docker. */
  readonly dockerConfigDir?: string;
  /** Used for ghcr.io when nothing else matches. */
  readonly githubToken?: string;
  readonly githubActor?: string;
  readonly secret: SecretSink;
}

export interface DockerConfig {
  readonly auths: ReadonlyMap<string, { username?: string; password?: string; identityToken?: string }>;
  readonly credHelpers: ReadonlyMap<string, string>;
  readonly credsStore?: string;
}

export class CredentialsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialsError';
  }
}

/** The registry a config.json key stands for: `https://index.docker.io/v1/` is Docker Hub, schemes and paths drop. */
export function configKeyRegistry(key: string): string | undefined {
  try {
    return normaliseRegistry(key.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, ''));
  } catch {
    return undefined;
  }
}

/** Parse Docker's config.json text. Unknown fields are ignored; broken entries are skipped, not fatal. */
export function parseDockerConfig(text: string, where = 'config.json'): DockerConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CredentialsError(`${where} is not valid JSON; fix or remove it`);
  }
  const doc = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const auths = new Map<string, { username?: string; password?: string; identityToken?: string }>();
  const rawAuths = doc['auths'];
  if (typeof rawAuths === 'object' && rawAuths !== null) {
    for (const [key, value] of Object.entries(rawAuths as Record<string, unknown>)) {
      const registry = configKeyRegistry(key);
      if (!registry || typeof value !== 'object' || value === null) continue;
      const entry = value as Record<string, unknown>;
      let username = typeof entry['username'] === 'string' ? entry['username'] : undefined;
      let password = typeof entry['password'] === 'string' ? entry['password'] : undefined;
      if (typeof entry['auth'] === 'string' && entry['auth'] !== '') {
        const decoded = Buffer.from(entry['auth'], 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0) {
          username = decoded.slice(0, colon);
          password = decoded.slice(colon + 1);
        }
      }
      const identityToken =
        typeof entry['identitytoken'] === 'string' && entry['identitytoken'] !== '' ? entry['identitytoken'] : undefined;
      if (username === undefined && identityToken === undefined) continue;
      // An exact host key wins over a URL-style key for the same registry.
      if (auths.has(registry) && key.includes('/')) continue;
      auths.set(registry, {
        ...(username !== undefined && { username }),
        ...(password !== undefined && { password }),
        ...(identityToken !== undefined && { identityToken }),
      });
    }
  }
  const credHelpers = new Map<string, string>();
  const rawHelpers = doc['credHelpers'];
  if (typeof rawHelpers === 'object' && rawHelpers !== null) {
    for (const [key, value] of Object.entries(rawHelpers as Record<string, unknown>)) {
      const registry = configKeyRegistry(key);
      if (registry && typeof value === 'string' && value !== '') credHelpers.set(registry, value);
    }
  }
  const credsStore = typeof doc['credsStore'] === 'string' && doc['credsStore'] !== '' ? doc['credsStore'] : undefined;
  return { auths, credHelpers, ...(credsStore !== undefined && { credsStore }) };
}

/** Docker's config.json, read synchronously (see below); undefined when there is none. */
export function loadDockerConfig(dir?: string): DockerConfig | undefined {
  const folder = dir ?? process.env['DOCKER_CONFIG'] ?? join(homedir(), '.docker');
  const path = join(folder, 'config.json');
  let text: string;
  try {
    // Read synchronously: nothing else can run yet, and a first asynchronous file read would start libuv's thread
    // pool (and load fs/promises) ahead of the first request.
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  return parseDockerConfig(text, path);
}

/** The server URL Docker hands a credential helper for a registry. */
function helperServerUrl(registry: string): string {
  return registry === DOCKER_HUB ? 'https://index.docker.io/v1/' : registry;
}

/** Run `docker-credential-<helper> get` as Docker does: server URL on stdin, JSON {Username, Secret} on stdout. */
export async function runCredentialHelper(helper: string, registry: string): Promise<{ username: string; password: string } | undefined> {
  const binary = `docker-credential-${helper}`;
  // Loaded here, not at start-up: most runs use no helper.
  const { execFile } = await import('node:child_process');
  const output = await new Promise<string>((resolve, reject) => {
    const child = execFile(binary, ['get'], { timeout: 30_000, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') {
          reject(
            new CredentialsError(
              `Docker's config.json names the credential helper "${helper}" for ${registry}, but ${binary} is not on PATH; install it or remove it from config.json`,
            ),
          );
        } else if (/credentials not found/i.test(stdout + stderr)) {
          resolve('');
        } else {
          reject(
            new CredentialsError(
              `the credential helper ${binary} failed for ${registry}: ${(stderr || error.message).trim().slice(0, 300)}`,
            ),
          );
        }
        return;
      }
      resolve(stdout);
    });
    child.stdin?.end(helperServerUrl(registry));
  });
  if (output.trim() === '') return undefined;
  try {
    const json = JSON.parse(output) as { Username?: unknown; Secret?: unknown };
    if (typeof json.Secret !== 'string') return undefined;
    return { username: typeof json.Username === 'string' ? json.Username : '', password: json.Secret };
  } catch {
    throw new CredentialsError(`the credential helper ${binary} printed something that is not JSON for ${registry}`);
  }
}

/** Resolve credentials for one registry. Every secret found is handed to `secret` before it is returned. */
export async function resolveCredentials(
  registry: string,
  sources: CredentialSources,
  config?: DockerConfig,
): Promise<Credentials | undefined> {
  const explicit = sources.explicit?.find((c) => c.registry === registry);
  if (explicit) {
    sources.secret(explicit.password);
    return { username: explicit.username, password: explicit.password, source: 'inputs' };
  }
  if (config) {
    const helper = config.credHelpers.get(registry);
    if (helper) {
      const found = await runCredentialHelper(helper, registry);
      if (found) return fromHelper(found, `credential helper ${helper}`, sources.secret);
    } else {
      const entry = config.auths.get(registry);
      if (entry) {
        if (entry.password) sources.secret(entry.password);
        if (entry.identityToken) sources.secret(entry.identityToken);
        return { ...entry, source: 'docker config.json' };
      }
      if (config.credsStore) {
        const found = await runCredentialHelper(config.credsStore, registry);
        if (found) return fromHelper(found, `credential store ${config.credsStore}`, sources.secret);
      }
    }
  }
  if (registry === 'ghcr.io' && sources.githubToken) {
    sources.secret(sources.githubToken);
    return { username: sources.githubActor || 'x-access-token', password: sources.githubToken, source: 'github-token' };
  }
  return undefined;
}

function fromHelper(found: { username: string; password: string }, source: string, secret: SecretSink): Credentials {
  secret(found.password);
  // Docker's convention: a helper answering username "<token>" hands back an identity (refresh) token.
  if (found.username === '<token>') return { identityToken: found.password, source };
  return { username: found.username, password: found.password, source };
}
