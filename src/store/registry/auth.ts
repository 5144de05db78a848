// Registry authentication: WWW-Authenticate parsing, Basic, and the Docker/OCI bearer token flow with a token
// cache keyed by registry and scope set (one fetch at a time per key, refreshed before expiry).
import type { Logger, SecretSink } from '../../log.ts';
import { RegistryError, redactUrl } from './errors.ts';
import type { Transport } from './transport.ts';

export interface Challenge {
  readonly scheme: string;
  readonly params: Readonly<Record<string, string>>;
}

/**
 * Parse a WWW-Authenticate header into its challenges (RFC 7235): `Bearer realm="…",service="…",scope="…"`,
 * several challenges in one header, quoted strings with escapes and commas inside quotes.
 */
export function parseChallenges(headerValue: string): Challenge[] {
  const challenges: Challenge[] = [];
  let i = 0;
  const text = headerValue;
  const skipSpace = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  };
  const readToken = (): string => {
    const start = i;
    while (i < text.length && /[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(text[i]!)) i++;
    return text.slice(start, i);
  };
  let current: { scheme: string; params: Record<string, string> } | undefined;
  while (i < text.length) {
    skipSpace();
    if (text[i] === ',') {
      i++;
      continue;
    }
    const token = readToken();
    if (token === '') {
      i++; // skip a stray character rather than loop forever
      continue;
    }
    skipSpace();
    if (text[i] === '=' && current) {
      i++;
      skipSpace();
      let value = '';
      if (text[i] === '"') {
        i++;
        while (i < text.length && text[i] !== '"') {
          if (text[i] === '\\' && i + 1 < text.length) i++;
          value += text[i];
          i++;
        }
        i++; // closing quote
      } else {
        value = readToken();
        // token68 values may end in '=' padding
        while (text[i] === '=') {
          value += '=';
          i++;
        }
      }
      current.params[token.toLowerCase()] = value;
    } else {
      // A token not followed by '=' starts a new challenge (its scheme).
      current = { scheme: token.toLowerCase(), params: {} };
      challenges.push(current);
    }
  }
  return challenges;
}

export interface Credentials {
  readonly username?: string;
  readonly password?: string;
  /** A refresh token (Docker's `identitytoken`), exchanged with the OAuth2 POST flow. */
  readonly identityToken?: string;
  /** Where these came from, for messages: `inputs`, `docker config`, `github-token`. */
  readonly source: string;
}

/** Scopes are `repository:<name>:<actions>`; the same repository's actions merge into one scope. */
export function repositoryScope(repository: string, actions: readonly string[]): string {
  return `repository:${repository}:${[...new Set(actions)].sort().reverse().join(',')}`;
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

interface CacheEntry extends CachedToken {
  fetchedAt: number;
}

/** Tokens per registry and scope set. Concurrent requests for the same key share one fetch. */
export class TokenCache {
  readonly #entries = new Map<string, Promise<CacheEntry>>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  static key(registry: string, scopes: Iterable<string>): string {
    return `${registry} ${[...new Set(scopes)].sort().join(' ')}`;
  }

  async get(key: string, fetch: () => Promise<CachedToken>): Promise<string> {
    const existing = this.#entries.get(key);
    if (existing) {
      const entry = await existing.catch(() => undefined);
      // Refresh before expiry so a request does not start with a token that dies in flight: 10 s early, or at
      // half its life for short-lived tokens (which would otherwise never be reused).
      const margin = entry ? Math.min(10_000, (entry.expiresAt - entry.fetchedAt) / 2) : 0;
      if (entry && entry.expiresAt - margin > this.#now()) return entry.token;
      if (this.#entries.get(key) !== existing) return this.get(key, fetch);
    }
    const fetchedAt = this.#now();
    const pending = fetch().then((token) => ({ ...token, fetchedAt }));
    this.#entries.set(key, pending);
    pending.catch(() => {
      if (this.#entries.get(key) === pending) this.#entries.delete(key);
    });
    return (await pending).token;
  }

  invalidate(key: string): void {
    this.#entries.delete(key);
  }
}

const MAX_TOKEN_RESPONSE_BYTES = 64 * 1024;
const DEFAULT_TOKEN_LIFETIME_S = 60; // the token spec's default when expires_in is absent

export interface AuthenticatorOptions {
  registry: string;
  credentials: Credentials | undefined;
  transport: Transport;
  tokens: TokenCache;
  secret: SecretSink;
  logger: Logger;
  /** Hosts where an http:// realm is acceptable (loopback and insecure registries). */
  allowHttpRealm: (host: string) => boolean;
}

/** Produces the Authorization header for one registry, given the challenge its /v2/ answered with. */
export class Authenticator {
  readonly #options: AuthenticatorOptions;
  #challenge: Challenge | undefined;

  constructor(options: AuthenticatorOptions) {
    this.#options = options;
  }

  get scheme(): string | undefined {
    return this.#challenge?.scheme;
  }

  setChallenge(challenges: Challenge[]): void {
    this.#challenge = challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
  }

  async authorization(scopes: readonly string[]): Promise<string | undefined> {
    const challenge = this.#challenge;
    if (!challenge) return undefined;
    const creds = this.#options.credentials;
    if (challenge.scheme === 'basic') {
      if (!creds?.username || creds.password === undefined) return undefined;
      return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
    }
    const key = TokenCache.key(this.#options.registry, scopes);
    const token = await this.#options.tokens.get(key, () => this.#fetchToken(challenge, scopes));
    return `Bearer ${token}`;
  }

  invalidate(scopes: readonly string[]): void {
    this.#options.tokens.invalidate(TokenCache.key(this.#options.registry, scopes));
  }

  /** The token GET of the Docker token spec, with Basic credentials when we have a username and password. */
  #getToken(realm: URL, service: string | undefined, scopes: readonly string[]): ReturnType<Transport['send']> {
    const { credentials, transport } = this.#options;
    const url = new URL(realm);
    if (service) url.searchParams.set('service', service);
    for (const scope of scopes) url.searchParams.append('scope', scope);
    const authorization =
      credentials?.username && credentials.password !== undefined
        ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
        : undefined;
    if (authorization === undefined) url.searchParams.set('client_id', 'hoist');
    return transport.send({ method: 'GET', url, ...(authorization && { authorization }) });
  }

  async #fetchToken(challenge: Challenge, scopes: readonly string[]): Promise<CachedToken> {
    const { registry, transport, credentials, logger } = this.#options;
    const realmText = challenge.params['realm'];
    if (!realmText) {
      throw new RegistryError({
        message: `${registry} asked for a bearer token but named no realm to get it from`,
        registry,
        method: 'GET',
        url: `https://${registry}/v2/`,
      });
    }
    let realm: URL;
    try {
      realm = new URL(realmText);
    } catch {
      throw new RegistryError({
        message: `${registry} named a token realm that is not a URL`,
        registry,
        method: 'GET',
        url: `https://${registry}/v2/`,
      });
    }
    if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && this.#options.allowHttpRealm(realm.host))) {
      throw new RegistryError({
        message: `${registry} sent its token realm over plain HTTP (${redactUrl(realm)}); refusing to send credentials there. Add the realm host to insecure-registries if that is intended`,
        registry,
        method: 'GET',
        url: realm,
      });
    }
    const service = challenge.params['service'];
    const started = Date.now();
    let response;
    if (credentials?.identityToken) {
      // OAuth2 refresh-token grant: the refresh token only ever goes to the auth server, in a POST body.
      const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credentials.identityToken, client_id: 'hoist' });
      if (service) form.set('service', service);
      form.set('scope', scopes.join(' '));
      response = await transport.send({
        method: 'POST',
        url: realm,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      });
      if (response.status === 404 || response.status === 405) {
        // Auth servers without the OAuth2 endpoint: fall back to the token GET, as Docker does.
        await response.body.dump().catch(() => undefined);
        logger.debug(`The token server for ${registry} has no OAuth2 endpoint (${response.status}); using the token GET.`);
        response = await this.#getToken(realm, service, scopes);
      }
    } else {
      response = await this.#getToken(realm, service, scopes);
    }
    const text = await readLimited(response.body, MAX_TOKEN_RESPONSE_BYTES);
    if (text === undefined) {
      throw new RegistryError({
        message: `the token server for ${registry} sent a response over ${MAX_TOKEN_RESPONSE_BYTES / 1024} KiB; refusing it`,
        registry,
        method: 'GET',
        url: realm,
        status: response.status,
      });
    }
    if (response.status === 401 || response.status === 403) {
      const who = credentials
        ? `the credentials from ${credentials.source}${credentials.username ? ` (user "${credentials.username}")` : ''}`
        : 'anonymous access';
      throw new RegistryError({
        message: `authentication failed for ${registry}: its token server (${realm.host}) rejected ${who}; check the username and password or token`,
        registry,
        method: 'GET',
        url: realm,
        status: response.status,
      });
    }
    if (response.status !== 200) {
      throw new RegistryError({
        message: `the token server for ${registry} (${realm.host}) answered ${response.status}`,
        registry,
        method: 'GET',
        url: realm,
        status: response.status,
      });
    }
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new RegistryError({
        message: `the token server for ${registry} did not answer with JSON`,
        registry,
        method: 'GET',
        url: realm,
        status: 200,
      });
    }
    const token = typeof json['token'] === 'string' && json['token'] !== '' ? json['token'] : json['access_token'];
    if (typeof token !== 'string' || token === '') {
      throw new RegistryError({
        message: `the token server for ${registry} answered without a token`,
        registry,
        method: 'GET',
        url: realm,
        status: 200,
      });
    }
    this.#options.secret(token);
    if (typeof json['refresh_token'] === 'string') this.#options.secret(json['refresh_token']);
    const lifetime = typeof json['expires_in'] === 'number' && json['expires_in'] > 0 ? json['expires_in'] : DEFAULT_TOKEN_LIFETIME_S;
    logger.debug(`Fetched a token for ${registry} (${scopes.join(' ')}), valid ${lifetime} s.`);
    return { token, expiresAt: started + lifetime * 1000 };
  }
}

/** Read a body as text, or undefined when it is longer than `limit` bytes (the rest is discarded). */
export async function readLimited(
  body: AsyncIterable<Buffer> & NodeJS.EventEmitter & { destroy(): void },
  limit: number,
): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > limit) {
      // Destroying an undici body emits 'error'; without a listener that would crash the process.
      body.on('error', () => undefined);
      body.destroy();
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
