// Registry authentication: Basic, and the Docker/OCI bearer token flow. The scopes a run needs are declared up front
// so one token covers them; a 401 is answered here, by fetching a fresh token once (it expired, or the registry
// wants another scope), so the protocol steps above never see an expired token.
import type { Logger, SecretSink } from '../../log.ts';
import type { RetryDecision, RetryPolicy } from '../../retry/policy.ts';
import { readLimited } from './body.ts';
import { challengedScopes, parseChallenges, type Challenge } from './challenges.ts';
import { RegistryError, redactUrl } from './errors.ts';
import { TokenCache, type CachedToken } from './token-cache.ts';
import { header, type Response, type SendOptions, type Transport } from './transport.ts';

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
  /** The run's retry policy: the re-authentication after a 401 is one of its loops (one more attempt, no wait). */
  policy: RetryPolicy;
}

/** Thrown inside the re-authentication loop only: "the token was refused, a fresh one is ready". */
class TokenRefused extends Error {}

const REAUTHENTICATE: RetryDecision = { retryable: true, reason: 'the registry refused the token (401)', retryAfterMs: 0 };

/** Produces the Authorization header for one registry, given the challenge its /v2/ answered with. */
export class Authenticator {
  readonly #options: AuthenticatorOptions;
  #challenge: Challenge | undefined;
  readonly #scopes = new Map<string, Set<string>>();
  /** Responses to a streamed upload whose token was dropped: the caller may send fresh bytes once more. */
  readonly #dropped = new WeakSet<Response>();
  /** Tokens fetched after a streamed upload's token was dropped; a refusal of one of these is not the token's age. */
  readonly #replacements = new Set<string>();
  #replacing = false;

  constructor(options: AuthenticatorOptions) {
    this.#options = options;
  }

  get scheme(): string | undefined {
    return this.#challenge?.scheme;
  }

  setChallenge(challenges: Challenge[]): void {
    this.#challenge = challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
  }

  /** Declare access this run needs, before the first request, so a single token covers all of it. */
  requireScope(repository: string, ...actions: Array<'pull' | 'push'>): void {
    const set = this.#scopes.get(repository) ?? new Set<string>();
    for (const action of actions) set.add(action);
    this.#scopes.set(repository, set);
  }

  scopes(): string[] {
    return [...this.#scopes].map(([repository, actions]) => repositoryScope(repository, [...actions]));
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

  /**
   * Send with authorization (only to `ownHost`, never to an upload URL elsewhere). A 401 to a request whose body
   * can be sent again is answered here: the challenge's scopes are added, a fresh token fetched, the request sent
   * once more. A streamed body cannot be sent twice: its token is dropped and `tokenDropped(response)` tells the
   * caller that fresh bytes may be sent once more.
   */
  async send(options: Omit<SendOptions, 'authorization'>, ownHost: string): Promise<Response> {
    const isOwnHost = options.url.host === ownHost;
    const replayable = options.body === undefined || typeof options.body === 'string' || Buffer.isBuffer(options.body);
    const operation = `${options.method} ${redactUrl(options.url)}`;
    return this.#options.policy.run(
      options.url.host,
      operation,
      async (attempt) => {
        const scopes = this.scopes();
        const authorization = isOwnHost ? await this.authorization(scopes) : undefined;
        const response = await this.#options.transport.send({ ...options, ...(authorization && { authorization }) });
        if (response.status !== 401 || !isOwnHost) return response;
        if (!replayable) {
          this.#refusedStream(response, scopes, authorization);
          return response;
        }
        if (attempt > 1) return response;
        const challengeText = header(response.headers, 'www-authenticate');
        await response.body.dump().catch(() => undefined);
        if (challengeText) {
          const challenges = parseChallenges(challengeText);
          this.setChallenge(challenges);
          for (const { repository, actions } of challengedScopes(challenges)) this.requireScope(repository, ...actions);
        }
        this.invalidate(scopes);
        throw new TokenRefused();
      },
      { attempts: 2, classify: (error) => (error instanceof TokenRefused ? REAUTHENTICATE : { retryable: false, reason: '' }) },
    );
  }

  /** Whether `response` (a 401 to a streamed upload) dropped a token that had merely expired: send once more. */
  tokenDropped(response: Response): boolean {
    return this.#dropped.has(response);
  }

  #refusedStream(response: Response, scopes: readonly string[], authorization: string | undefined): void {
    // Only a bearer token can expire; one fetched to replace a dropped one was refused for another reason.
    if (this.#challenge?.scheme !== 'bearer' || authorization === undefined || this.#replacements.has(authorization)) return;
    this.invalidate(scopes);
    this.#replacing = true;
    this.#dropped.add(response);
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
    const replacing = this.#replacing;
    this.#replacing = false;
    const fetched = await this.#requestToken(challenge, scopes);
    if (replacing) this.#replacements.add(`Bearer ${fetched.token}`);
    return fetched;
  }

  async #requestToken(challenge: Challenge, scopes: readonly string[]): Promise<CachedToken> {
    const { registry, transport, credentials, logger } = this.#options;
    const realmText = challenge.params['realm'];
    if (!realmText) {
      throw new RegistryError({
        message: `${registry} asked for a bearer token but named no realm to get it from`,
        registry,
        method: 'GET',
        operation: 'authenticate',
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
        operation: 'authenticate',
        url: `https://${registry}/v2/`,
      });
    }
    if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && this.#options.allowHttpRealm(realm.host))) {
      throw new RegistryError({
        message: `${registry} sent its token realm over plain HTTP (${redactUrl(realm)}); refusing to send credentials there. Add the realm host to insecure-registries if that is intended`,
        registry,
        method: 'GET',
        operation: 'authenticate',
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
        operation: 'authenticate',
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
        operation: 'authenticate',
        url: realm,
        status: response.status,
      });
    }
    if (response.status !== 200) {
      throw new RegistryError({
        message: `the token server for ${registry} (${realm.host}) answered ${response.status}`,
        registry,
        method: 'GET',
        operation: 'authenticate',
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
        operation: 'authenticate',
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
        operation: 'authenticate',
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
