/**
 * A minimal Docker token-auth server ("auth realm") for token-authenticated
 * registries, following https://distribution.github.io/distribution/spec/auth/token/
 * (local copy: /usr/share/doc/docker-registry/spec/auth/).
 *
 * It supports:
 *  - GET realm?service=..&scope=..  with optional Basic credentials (the classic flow);
 *  - POST realm with an OAuth2 form (grant_type=password | refresh_token).
 *
 * Tokens are RS256 JWTs carrying the signing certificate in `x5c`, which
 * docker-registry verifies against its `rootcertbundle`.
 */
import { listenOnLoopback } from './ports.ts';
import { createPrivateKey, randomBytes, randomUUID, sign, X509Certificate } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { makeCerts } from './certs.ts';
import type { Certs } from './certs.ts';

/** One resource+actions entry, as in a `scope` parameter and the JWT `access` claim. */
export interface Access {
  type: string;
  name: string;
  actions: string[];
}

/**
 * Decides which of the requested actions a user may have on a resource.
 * `user` is undefined for anonymous requests. The result is intersected with
 * the request, so returning more than was asked for is harmless.
 */
export type Acl = (user: string | undefined, name: string, actions: string[], type: string) => string[];

export interface TokenIssuerOptions {
  /** username → password accepted via Basic auth or the OAuth2 password grant. */
  users?: Record<string, string>;
  /**
   * Repositories anyone may pull (a "public" repository): everyone, anonymous
   * or authenticated, is granted `pull` on them in addition to what the ACL grants.
   */
  anonymousPull?: (repo: string) => boolean;
  /** Defaults to: authenticated users get everything they ask for, anonymous users nothing. */
  acl?: Acl;
  /** Serve the realm over HTTPS using the shared test certificates (or the ones given). */
  tls?: boolean | Certs;
  /** Token lifetime in seconds (default 300). Note docker-registry allows 60 s of clock leeway. */
  expiresIn?: number;
  /** Expected `service` parameter, also the JWT audience (default 'hoist-test-registry'). */
  service?: string;
  /** JWT issuer; the registry must be configured with the same value (default 'hoist-test-issuer'). */
  issuer?: string;
}

export interface TokenRequestRecord {
  method: 'GET' | 'POST';
  /** Path and query as received. */
  url: string;
  /** Authenticated user; undefined for anonymous requests. */
  user?: string;
  /** Raw scope strings, one per resource (multi-scope parameters are split). */
  scopes: string[];
  /** For POST: the OAuth2 grant type. */
  grantType?: string;
  /** HTTP status we answered with. */
  status: number;
  /** What the issued token grants (empty when the request was rejected). */
  granted: Access[];
}

export interface TokenIssuerHandle {
  /** URL to put in the registry's `auth.token.realm` (and the WWW-Authenticate challenge). */
  realm: string;
  service: string;
  issuer: string;
  /** PEM file clients must trust when `tls` is on. */
  caFile?: string;
  /** Certificates in use; `signingCert` is the registry's `rootcertbundle`. */
  certs: Certs;
  /** Every request received, in order. Mutable: tests may clear it with `requests.length = 0`. */
  requests: TokenRequestRecord[];
  /** Sign a token directly, bypassing the HTTP flow (e.g. to craft an expired or over-scoped token). */
  mintToken(claims: { sub?: string; access: Access[]; expiresIn?: number; issuedAt?: number }): string;
  stop(): Promise<void>;
}

const DEFAULT_SERVICE = 'hoist-test-registry';
const DEFAULT_ISSUER = 'hoist-test-issuer';

/**
 * Parse one scope token: `type[(class)]:name:actions`. The name may itself
 * contain colons (e.g. `localhost:5000/foo`), so split on the first and last colon.
 */
export function parseScope(scope: string): Access | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first <= 0 || last === first) return undefined;
  const type = scope.slice(0, first).replace(/\(.*\)$/, '');
  const name = scope.slice(first + 1, last);
  const actions = scope
    .slice(last + 1)
    .split(',')
    .filter((a) => a !== '');
  return { type, name, actions };
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

function signJwt(header: object, claims: object, key: KeyObject): string {
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const signature = sign('sha256', Buffer.from(signingInput), key); // RSASSA-PKCS1-v1_5 = RS256
  return `${signingInput}.${base64url(signature)}`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(payload),
    ...headers,
  });
  res.end(payload);
}

function parseBasic(header: string | undefined): { username: string; password: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** `scope` may repeat and each occurrence may hold several space-separated scopes. */
function splitScopes(values: string[]): string[] {
  return values.flatMap((v) => v.split(' ')).filter((s) => s !== '');
}

export async function startTokenIssuer(options: TokenIssuerOptions = {}): Promise<TokenIssuerHandle> {
  const users = options.users ?? {};
  const service = options.service ?? DEFAULT_SERVICE;
  const issuer = options.issuer ?? DEFAULT_ISSUER;
  const expiresIn = options.expiresIn ?? 300;
  const certs = typeof options.tls === 'object' ? options.tls : await makeCerts();
  const useTls = options.tls !== undefined && options.tls !== false;

  const signingKey = createPrivateKey(await readFile(certs.signingKey));
  // x5c carries standard (not url-safe) base64 DER, leaf first.
  const x5c = [new X509Certificate(await readFile(certs.signingCert)).raw.toString('base64')];

  const acl: Acl = options.acl ?? ((user, _name, actions) => (user === undefined ? [] : actions));
  const isPublic = options.anonymousPull ?? (() => false);
  const refreshTokens = new Map<string, string>(); // refresh token → user
  const requests: TokenRequestRecord[] = [];

  function grant(user: string | undefined, scopes: string[]): Access[] {
    const granted: Access[] = [];
    for (const scope of scopes) {
      const wanted = parseScope(scope);
      if (!wanted) continue;
      const allowed = new Set(acl(user, wanted.name, wanted.actions, wanted.type));
      if (wanted.type === 'repository' && isPublic(wanted.name)) allowed.add('pull');
      // Spec: the token carries the intersection; denying is not an error here.
      const actions = wanted.actions.filter((a) => allowed.has(a));
      granted.push({ type: wanted.type, name: wanted.name, actions });
    }
    return granted;
  }

  function mintToken(claims: { sub?: string; access: Access[]; expiresIn?: number; issuedAt?: number }): string {
    const now = claims.issuedAt ?? Math.floor(Date.now() / 1000);
    return signJwt(
      { typ: 'JWT', alg: 'RS256', x5c },
      {
        iss: issuer,
        sub: claims.sub ?? '',
        aud: service,
        exp: now + (claims.expiresIn ?? expiresIn),
        nbf: now - 1,
        iat: now,
        jti: randomUUID(),
        access: claims.access,
      },
      signingKey,
    );
  }

  function checkPassword(username: string, password: string): boolean {
    return Object.hasOwn(users, username) && users[username] === password;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://placeholder');
    const record: TokenRequestRecord = {
      method: req.method === 'POST' ? 'POST' : 'GET',
      url: req.url ?? '/',
      scopes: [],
      status: 0,
      granted: [],
    };
    requests.push(record);
    const reply = (status: number, body: unknown, headers?: Record<string, string>) => {
      record.status = status;
      sendJson(res, status, body, headers);
    };
    const unauthorized = (message: string) =>
      reply(401, { errors: [{ code: 'UNAUTHORIZED', message }] }, { 'WWW-Authenticate': 'Basic realm="hoist-test-issuer"' });

    if (url.pathname !== '/token') return reply(404, { errors: [{ code: 'NOT_FOUND', message: 'not found' }] });

    if (req.method === 'GET') {
      record.scopes = splitScopes(url.searchParams.getAll('scope'));
      const requestedService = url.searchParams.get('service');
      if (requestedService !== null && requestedService !== service) {
        return reply(400, { errors: [{ code: 'INVALID_REQUEST', message: `unknown service ${requestedService}` }] });
      }
      let user: string | undefined;
      if (req.headers.authorization !== undefined) {
        const creds = parseBasic(req.headers.authorization);
        if (!creds || !checkPassword(creds.username, creds.password)) return unauthorized('invalid username or password');
        user = creds.username;
        record.user = user;
      }
      record.granted = grant(user, record.scopes);
      const token = mintToken({ sub: user, access: record.granted });
      // Both names: older clients read `token`, OAuth2-minded ones `access_token`.
      return reply(200, { token, access_token: token, expires_in: expiresIn, issued_at: new Date().toISOString() });
    }

    if (req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      record.grantType = form.get('grant_type') ?? undefined;
      record.scopes = splitScopes(form.getAll('scope'));
      let user: string;
      let refreshToken: string | undefined;
      if (record.grantType === 'password') {
        const username = form.get('username') ?? '';
        if (!checkPassword(username, form.get('password') ?? '')) return unauthorized('invalid username or password');
        user = username;
        // Per the OAuth2 spec page, refresh tokens are only handed out for offline access.
        if (form.get('access_type') === 'offline') {
          refreshToken = randomBytes(16).toString('hex');
          refreshTokens.set(refreshToken, user);
        }
      } else if (record.grantType === 'refresh_token') {
        const presented = form.get('refresh_token') ?? '';
        const owner = refreshTokens.get(presented);
        if (owner === undefined) return unauthorized('invalid refresh token');
        user = owner;
        refreshToken = presented; // the spec returns the same refresh token
      } else {
        return reply(400, { error: 'unsupported_grant_type' });
      }
      record.user = user;
      record.granted = grant(user, record.scopes);
      const accessToken = mintToken({ sub: user, access: record.granted });
      return reply(200, {
        access_token: accessToken,
        ...(refreshToken !== undefined ? { refresh_token: refreshToken } : {}),
        expires_in: expiresIn,
        issued_at: new Date().toISOString(),
        scope: record.granted.flatMap((a) => a.actions.map((act) => `${a.type}:${a.name}:${act}`)).join(' '),
      });
    }

    return reply(405, { errors: [{ code: 'UNSUPPORTED', message: 'method not allowed' }] });
  }

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { errors: [{ code: 'INTERNAL', message: String(err) }] });
      else res.destroy();
    });
  };
  const server: Server = useTls
    ? createHttpsServer({ cert: await readFile(certs.serverCert), key: await readFile(certs.serverKey) }, listener)
    : createHttpServer(listener);

  const port = await listenOnLoopback(server);

  return {
    realm: `${useTls ? 'https' : 'http'}://127.0.0.1:${port}/token`,
    service,
    issuer,
    ...(useTls ? { caFile: certs.caCert } : {}),
    certs,
    requests,
    mintToken,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections(); // idle keep-alive sockets would otherwise hold close() open
      }),
  };
}
