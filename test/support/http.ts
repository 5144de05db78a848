/**
 * Tiny buffered HTTP(S) client on node:http/node:https. The harness talks to
 * registries with this instead of the product's client so that a bug in the
 * product cannot hide itself in its own tests.
 */
import { readFileSync } from 'node:fs';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface HttpRequest {
  url: string | URL;
  method?: string;
  headers?: OutgoingHttpHeaders;
  body?: Buffer | string;
  /** PEM file to trust for https URLs (our test CA). */
  caFile?: string;
  /** Milliseconds before the request is aborted (default 15 s). */
  timeoutMs?: number;
}

const httpAgent = new HttpAgent({ keepAlive: true });
const httpsAgents = new Map<string, HttpsAgent>();

/** One keep-alive agent per trust root, so TLS sessions are reused across requests. */
function httpsAgentFor(caFile: string | undefined): HttpsAgent {
  const key = caFile ?? '';
  let agent = httpsAgents.get(key);
  if (!agent) {
    agent = new HttpsAgent({ keepAlive: true, ...(caFile ? { ca: readFileSync(caFile) } : {}) });
    httpsAgents.set(key, agent);
  }
  return agent;
}

export function httpRequestBuffered(req: HttpRequest): Promise<HttpResponse> {
  const url = typeof req.url === 'string' ? new URL(req.url) : req.url;
  const isHttps = url.protocol === 'https:';
  const body = typeof req.body === 'string' ? Buffer.from(req.body) : req.body;
  const headers: OutgoingHttpHeaders = { ...req.headers };
  if (body !== undefined) headers['content-length'] = body.length;

  return new Promise((resolve, reject) => {
    const send = isHttps ? httpsRequest : httpRequest;
    const clientRequest = send(
      url,
      {
        method: req.method ?? 'GET',
        headers,
        agent: isHttps ? httpsAgentFor(req.caFile) : httpAgent,
        timeout: req.timeoutMs ?? 15_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    clientRequest.on('timeout', () => clientRequest.destroy(new Error(`timeout: ${req.method ?? 'GET'} ${url.href}`)));
    clientRequest.on('error', reject);
    clientRequest.end(body);
  });
}

/** First value of a (possibly repeated) response header. */
export function header(res: HttpResponse, name: string): string | undefined {
  const value = res.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
