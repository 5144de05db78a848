// The first request to a registry: GET /v2/, over HTTPS, or over plain HTTP where that is allowed and the port does
// not speak TLS. Its answer gives the API base URL and the authentication challenge for every later request.
import { apiHost } from '../../oci/reference.ts';
import { parseChallenges, type Challenge } from './challenges.ts';
import { RegistryError } from './errors.ts';
import { describeNetworkError, header, type Response, type Transport } from './transport.ts';

export interface ProbeOptions {
  readonly registry: string;
  readonly transport: Transport;
  /** Plain HTTP is allowed (loopback, or listed in insecure-registries). */
  readonly allowHttp: boolean;
}

export interface ProbeResult {
  /** `https://host/v2/` or `http://host/v2/`. */
  readonly base: URL;
  /** What a 401 asked for; empty when the registry answered 200 (no authentication). */
  readonly challenges: Challenge[];
}

/** The most the TLS attempt waits for the plain request to be written (a refused connection writes nothing). */
const PLAIN_FIRST_MS = 50;

export async function probe(options: ProbeOptions): Promise<ProbeResult> {
  const { registry, transport, allowHttp } = options;
  const host = apiHost(registry);
  const secure = new URL(`https://${host}/v2/`);
  if (!allowHttp) {
    let response: Response;
    try {
      response = await transport.send({ method: 'GET', url: secure });
    } catch (error) {
      throw connectionError(registry, allowHttp, 'GET', secure, 'reach the registry', error);
    }
    return useProbe(registry, response, secure);
  }
  // HTTPS is preferred, but a plain-HTTP registry should not cost a failed TLS round trip first: ask both at once.
  // The plain request goes first, and TLS starts once it is on the wire: a run's first TLS connection costs ~20 ms
  // of CPU (node:tls, the root certificates), which the plain request need not wait for.
  const plain = new URL(`http://${host}/v2/`);
  const overHttp = settle(transport.send({ method: 'GET', url: plain }));
  await Promise.race([transport.written(plain, PLAIN_FIRST_MS), overHttp]);
  const tlsAttempt = new AbortController();
  const overTls = settle(transport.send({ method: 'GET', url: secure, signal: tlsAttempt.signal }));
  // A registry's answer over plain HTTP (200, or 401 with a challenge) proves the port speaks plain HTTP, so the
  // TLS attempt can only fail: no need to wait for it. Anything else (a TLS server answers plain HTTP with 400)
  // waits for TLS.
  const first = await Promise.race([
    overHttp.then((r) => ({ over: 'http' as const, r })),
    overTls.then((r) => ({ over: 'tls' as const, r })),
  ]);
  if (first.over === 'http' && 'value' in first.r && (first.r.value.status === 200 || first.r.value.status === 401)) {
    // Stop it, or its retries (a TLS hello to a plain port fails as a broken connection) open connections for seconds.
    tlsAttempt.abort();
    discardWhenSettled(overTls);
    return useProbe(registry, first.r.value, plain);
  }
  const tls = await overTls;
  if ('value' in tls) {
    discardWhenSettled(overHttp);
    return useProbe(registry, tls.value, secure);
  }
  if (isTlsMismatch(tls.error)) {
    const http = await overHttp;
    if (!('value' in http)) throw connectionError(registry, allowHttp, 'GET', plain, 'reach the registry over HTTP', http.error);
    return useProbe(registry, http.value, plain);
  }
  discardWhenSettled(overHttp);
  throw connectionError(registry, allowHttp, 'GET', secure, 'reach the registry', tls.error);
}

/** Takes the challenge from the `/v2/` answer. */
async function useProbe(registry: string, response: Response, base: URL): Promise<ProbeResult> {
  await response.body.dump().catch(() => undefined);
  if (response.status === 401) {
    const challenge = header(response.headers, 'www-authenticate');
    return { base, challenges: challenge ? parseChallenges(challenge) : [] };
  }
  if (response.status !== 200) {
    throw new RegistryError({
      message: `${registry} does not look like a container registry: GET /v2/ answered ${response.status}`,
      registry,
      method: 'GET',
      url: base,
      status: response.status,
      operation: 'probe the registry',
      // The answer was not a registry's; asking again will not make it one.
      retryable: false,
    });
  }
  return { base, challenges: [] };
}

/** A request that got no answer, with a hint where the cause is a TLS setting the user can change. */
export function connectionError(
  registry: string,
  allowHttp: boolean,
  method: string,
  url: URL,
  what: string,
  error: unknown,
): RegistryError {
  let hint = '';
  if (isCertificateError(error)) {
    hint = `; if the registry uses a private CA, point NODE_EXTRA_CA_CERTS at its certificate, or list ${registry} in insecure-registries`;
  } else if (isTlsMismatch(error) && !allowHttp) {
    hint = `; if ${registry} speaks plain HTTP, list it in insecure-registries`;
  }
  return new RegistryError({
    message: `could not ${what} at ${registry}: ${describeNetworkError(error)}${hint}`,
    registry,
    method,
    url,
    cause: error,
    operation: what,
  });
}

function errorText(error: unknown): string {
  let text = '';
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    text += ` ${(current as { code?: string }).code ?? ''} ${(current as { message?: string }).message ?? ''}`;
    current = (current as { cause?: unknown }).cause;
  }
  return text;
}

/** The server answered a TLS hello with something that is not TLS: it speaks plain HTTP. */
function isTlsMismatch(error: unknown): boolean {
  return /wrong version number|WRONG_VERSION_NUMBER|EPROTO|packet length too long|http request/i.test(errorText(error));
}

function isCertificateError(error: unknown): boolean {
  return /CERT|self[- ]signed|unable to verify|UNABLE_TO_GET_ISSUER/i.test(errorText(error));
}

/** The probe nobody waits for: read its body away when it answers, so its connection goes back to the pool. */
function discardWhenSettled(probe: Promise<{ value: Response } | { error: unknown }>): void {
  void probe.then((other) => ('value' in other ? other.value.body.dump().catch(() => undefined) : undefined));
}

function settle<T>(promise: Promise<T>): Promise<{ value: T } | { error: unknown }> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}
