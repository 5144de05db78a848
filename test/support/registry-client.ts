/**
 * A deliberately simple Distribution API client for the harness: it handles
 * the Basic and Bearer challenges itself (parse WWW-Authenticate, fetch a
 * token from the realm, retry once) and nothing else. Independent of src/.
 */
import type { OutgoingHttpHeaders } from 'node:http';
import { header, httpRequestBuffered } from './http.ts';
import type { HttpResponse } from './http.ts';

/** Anything with a base URL; a RegistryHandle fits. */
export interface RegistryTarget {
  /** `http(s)://127.0.0.1:PORT` */
  url: string;
  /** CA to trust for the registry (and for the token realm unless the issuer has its own). */
  caFile?: string;
  tokenIssuer?: { caFile?: string };
}

export interface Credentials {
  username: string;
  password: string;
}

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parse `Bearer realm="...",service="...",scope="a b"` (one challenge is all registries send). */
export function parseChallenge(value: string | undefined): Challenge | undefined {
  const match = /^\s*(\S+)\s*(.*)$/.exec(value ?? '');
  if (!match?.[1]) return undefined;
  const params: Record<string, string> = {};
  for (const p of (match[2] ?? '').matchAll(/([\w-]+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
    params[p[1]!.toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? '');
  }
  return { scheme: match[1].toLowerCase(), params };
}

export interface RegistryRequest {
  method?: string;
  /** Path (`/v2/...`) or an absolute URL such as an upload Location. */
  path: string;
  headers?: OutgoingHttpHeaders;
  body?: Buffer | string;
}

export interface RegistrySession {
  request(req: RegistryRequest): Promise<HttpResponse>;
  /** Like request(), but throws unless the status is one of `expected`. */
  expect(req: RegistryRequest, ...expected: number[]): Promise<HttpResponse>;
}

/**
 * A session remembers the auth it negotiated, so a sequence of calls (a whole
 * image push) costs one challenge per new scope rather than one per request.
 */
export function openSession(target: RegistryTarget, creds?: Credentials): RegistrySession {
  const basic = creds ? `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}` : undefined;
  let authorization: string | undefined;

  async function fetchToken(params: Record<string, string>): Promise<string> {
    const realm = params.realm;
    if (!realm) throw new Error('Bearer challenge without realm');
    const tokenUrl = new URL(realm);
    if (params.service) tokenUrl.searchParams.set('service', params.service);
    if (params.scope) for (const s of params.scope.split(' ')) tokenUrl.searchParams.append('scope', s);
    const caFile = target.tokenIssuer?.caFile ?? target.caFile;
    const res = await httpRequestBuffered({
      url: tokenUrl,
      ...(basic ? { headers: { authorization: basic } } : {}),
      ...(caFile ? { caFile } : {}),
    });
    if (res.status !== 200) throw new Error(`token request failed: ${res.status} ${res.body.toString()}`);
    const body = JSON.parse(res.body.toString()) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new Error('token response without token');
    return token;
  }

  function send(req: RegistryRequest): Promise<HttpResponse> {
    return httpRequestBuffered({
      url: new URL(req.path, target.url),
      method: req.method ?? 'GET',
      headers: { ...req.headers, ...(authorization ? { authorization } : {}) },
      ...(req.body !== undefined ? { body: req.body } : {}),
      ...(target.caFile ? { caFile: target.caFile } : {}),
    });
  }

  async function request(req: RegistryRequest): Promise<HttpResponse> {
    const first = await send(req);
    if (first.status !== 401) return first;
    const challenge = parseChallenge(header(first, 'www-authenticate'));
    if (challenge?.scheme === 'basic') {
      if (!basic || authorization === basic) return first; // nothing (new) to offer
      authorization = basic;
    } else if (challenge?.scheme === 'bearer') {
      // Anonymous token requests are legitimate: public repos grant pull to anyone.
      authorization = `Bearer ${await fetchToken(challenge.params)}`;
    } else {
      return first;
    }
    return send(req);
  }

  async function expect(req: RegistryRequest, ...expected: number[]): Promise<HttpResponse> {
    const res = await request(req);
    if (!expected.includes(res.status)) {
      throw new Error(
        `${req.method ?? 'GET'} ${req.path}: expected ${expected.join('/')}, got ${res.status}: ${res.body.toString().slice(0, 500)}`,
      );
    }
    return res;
  }

  return { request, expect };
}
