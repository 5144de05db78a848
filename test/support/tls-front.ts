/**
 * An HTTPS front for a plain-HTTP harness registry, with the harness certificate for 127.0.0.1 (clients trust it
 * through the test CA). Requests are forwarded as they are, with `X-Forwarded-Proto: https` so the registry builds
 * https:// Locations for the front; `intercept` may answer a request itself instead (e.g. a 307 to plain HTTP,
 * which an HTTPS-only client must refuse to follow).
 */
import { httpServerStopper, listenOnLoopback } from './ports.ts';
import { readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import { makeCerts } from './certs.ts';

export interface TlsFrontRequest {
  method: string;
  uri: string;
  status: number;
  /** True when `intercept` answered it. */
  intercepted: boolean;
}

export interface TlsFront {
  /** `127.0.0.1:PORT` */
  host: string;
  /** `https://127.0.0.1:PORT` */
  url: string;
  requests: TlsFrontRequest[];
  stop(): Promise<void>;
}

export interface TlsFrontOptions {
  /** Return true after answering `res` to keep the request from the upstream. */
  intercept?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'expect']);

export async function startTlsFront(upstream: { url: string }, options: TlsFrontOptions = {}): Promise<TlsFront> {
  const certs = await makeCerts();
  const target = new URL(upstream.url);
  if (target.protocol !== 'http:') throw new Error('startTlsFront fronts a plain-HTTP upstream');
  const requests: TlsFrontRequest[] = [];
  const server = createServer({ cert: await readFile(certs.serverCert), key: await readFile(certs.serverKey) }, (req, res) => {
    const entry: TlsFrontRequest = { method: req.method ?? 'GET', uri: req.url ?? '/', status: 0, intercepted: false };
    requests.push(entry);
    res.once('finish', () => {
      entry.status = res.statusCode;
    });
    if (options.intercept?.(req, res)) {
      entry.intercepted = true;
      return;
    }
    const headers: OutgoingHttpHeaders = { 'x-forwarded-proto': 'https' };
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
    const upstreamRequest = httpRequest(new URL(req.url ?? '/', target), { method: req.method, headers }, (upRes) => {
      const out: OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(upRes.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
      res.writeHead(upRes.statusCode ?? 502, out);
      upRes.pipe(res);
    });
    upstreamRequest.on('error', (error) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end(`tls front: ${error.message}\n`);
      else res.destroy();
    });
    req.pipe(upstreamRequest);
  });
  const port = await listenOnLoopback(server);
  return {
    host: `127.0.0.1:${port}`,
    url: `https://127.0.0.1:${port}`,
    requests,
    stop: httpServerStopper(server),
  };
}
