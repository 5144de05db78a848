/**
 * An EMULATION of registry features distribution 2.8 lacks, in front of a real harness registry: the OCI 1.1
 * referrers API and conditional manifest writes. Everything else is proxied untouched (bodies stream; the client's
 * Host header goes upstream, so the registry's absolute upload URLs name the shim).
 *
 * - `GET /v2/<name>/referrers/<digest>` is answered from what the shim saw pushed through it: every manifest PUT whose
 *   body has a `subject` is recorded, and answered with `OCI-Subject: <subject digest>` as an OCI 1.1 registry does.
 *   With `referrersApi: false` both are off and the request goes upstream (which answers 404). With
 *   `unknownSubjectIs404`, a subject the registry does not hold gets 404 MANIFEST_UNKNOWN (a spec deviation seen in
 *   the wild: the subject is looked up first).
 * - A manifest PUT with `If-Match` is checked against the reference's current ETag (distribution's own, `"<digest>"`,
 *   read with a HEAD upstream): on a mismatch, or when nothing is there, 412 Precondition Failed and nothing is written.
 *   One with `If-None-Match: *` gets 412 when something is there already. `beforeConditionalPut` runs before either
 *   check: the moment a concurrent writer can slip in, for real.
 */
import { createHash } from 'node:crypto';
import { Agent, createServer, request as httpRequest } from 'node:http';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { buffer } from 'node:stream/consumers';
import { httpServerStopper, listenOnLoopback } from './ports.ts';
import { MANIFEST_ACCEPT } from './images.ts';

export interface ReferrersShimOptions {
  /** Serve the referrers API and answer subject manifests with OCI-Subject (default true). */
  referrersApi?: boolean;
  /**
   * Answer the referrers API with 404 MANIFEST_UNKNOWN for a subject the registry does not hold, as a registry that
   * looks the subject up first does (against the spec, which forbids a 404 from a registry with the API).
   */
  unknownSubjectIs404?: boolean;
  /** Runs before an `If-Match` or `If-None-Match` PUT is checked; the shim waits for it. */
  beforeConditionalPut?: (repository: string, reference: string) => Promise<void>;
}

export interface ShimRequest {
  method: string;
  uri: string;
  status: number;
  ifMatch?: string;
  ifNoneMatch?: string;
}

export interface ReferrersShim {
  /** `127.0.0.1:PORT`, the registry part of an image reference. */
  host: string;
  url: string;
  /** Everything that came through, in order of arrival. */
  requests: ShimRequest[];
  /** The descriptors the shim's referrers API lists for `subject` in `repository`. */
  indexed(repository: string, subject: string): Array<Record<string, unknown>>;
  stop(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'expect']);
const REFERRERS = /^\/v2\/(.+)\/referrers\/([a-z0-9]+:[a-f0-9]+)$/;
const MANIFEST = /^\/v2\/(.+)\/manifests\/([^/]+)$/;

export async function startReferrersShim(upstream: { url: string }, options: ReferrersShimOptions = {}): Promise<ReferrersShim> {
  const api = options.referrersApi ?? true;
  const target = new URL(upstream.url);
  const agent = new Agent({ keepAlive: true });
  const requests: ShimRequest[] = [];
  /** repository → subject digest → descriptors, in order of push. */
  const index = new Map<string, Map<string, Array<Record<string, unknown>>>>();

  const forwardHeaders = (req: IncomingMessage): OutgoingHttpHeaders => {
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
    return headers;
  };

  /** One buffered exchange with the registry (manifests are small). */
  const ask = (method: string, uri: string, headers: OutgoingHttpHeaders, body?: Buffer) =>
    new Promise<{ status: number; headers: IncomingMessage['headers']; rawHeaders: string[]; body: Buffer }>((resolve, reject) => {
      const upReq = httpRequest(new URL(uri, target), { method, headers, agent }, (upRes) => {
        buffer(upRes).then(
          (data) => resolve({ status: upRes.statusCode ?? 502, headers: upRes.headers, rawHeaders: upRes.rawHeaders, body: data }),
          reject,
        );
      });
      upReq.on('error', reject);
      upReq.end(body);
    });

  const copyHeaders = (rawHeaders: string[], extra: Record<string, string> = {}): OutgoingHttpHeaders => {
    const out: OutgoingHttpHeaders = {};
    for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
      const name = rawHeaders[i]!.toLowerCase();
      if (!HOP_BY_HOP.has(name)) out[name] = rawHeaders[i + 1]!;
    }
    return { ...out, ...extra };
  };

  async function serveReferrers(req: IncomingMessage, res: ServerResponse, entry: ShimRequest, repository: string, subject: string) {
    const query = new URL(req.url ?? '/', 'http://shim').searchParams;
    const wanted = query.get('artifactType');
    const all = index.get(repository)?.get(subject) ?? [];
    if (options.unknownSubjectIs404 && all.length === 0) {
      const { authorization } = req.headers;
      const head = await ask('HEAD', `/v2/${repository}/manifests/${subject}`, {
        accept: MANIFEST_ACCEPT,
        ...(authorization && { authorization }),
      });
      if (head.status === 404) {
        entry.status = 404;
        const text = JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown', detail: { subject } }] });
        res.writeHead(404, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
        res.end(text);
        return;
      }
    }
    const manifests = wanted === null ? all : all.filter((d) => d['artifactType'] === wanted);
    const body = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests }));
    entry.status = 200;
    res.writeHead(200, {
      'content-type': 'application/vnd.oci.image.index.v1+json',
      'content-length': String(body.length),
      ...(wanted !== null && { 'oci-filters-applied': 'artifactType' }),
    });
    res.end(body);
  }

  async function putManifest(req: IncomingMessage, res: ServerResponse, entry: ShimRequest, repository: string, reference: string) {
    const body = await buffer(req);
    const headers = forwardHeaders(req);
    const ifMatch = req.headers['if-match'];
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifMatch !== undefined || ifNoneMatch !== undefined) {
      if (ifMatch !== undefined) entry.ifMatch = ifMatch;
      if (ifNoneMatch !== undefined) entry.ifNoneMatch = ifNoneMatch;
      await options.beforeConditionalPut?.(repository, reference);
      const { authorization } = req.headers;
      const head = await ask('HEAD', `/v2/${repository}/manifests/${reference}`, {
        accept: MANIFEST_ACCEPT,
        ...(authorization && { authorization }),
      });
      const digest = head.headers['docker-content-digest'];
      const current = head.status === 200 && typeof digest === 'string' ? `"${digest}"` : undefined;
      const refused =
        ifMatch !== undefined
          ? current === undefined || (ifMatch !== '*' && ifMatch !== current)
          : current !== undefined && (ifNoneMatch === '*' || ifNoneMatch === current);
      if (refused) {
        entry.status = 412;
        const text = JSON.stringify({ errors: [{ code: 'PRECONDITION_FAILED', message: `${reference} is at ${current ?? 'nothing'}` }] });
        res.writeHead(412, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
        res.end(text);
        return;
      }
    }
    headers['content-length'] = String(body.length);
    const answer = await ask('PUT', req.url!, headers, body);
    const extra: Record<string, string> = {};
    if (api && answer.status === 201) {
      const recorded = recordSubject(repository, body, String(req.headers['content-type'] ?? ''));
      if (recorded) extra['oci-subject'] = recorded;
    }
    entry.status = answer.status;
    res.writeHead(answer.status, copyHeaders(answer.rawHeaders, extra));
    res.end(answer.body);
  }

  /** Remember a manifest with a subject for the referrers API; the subject's digest, or undefined. */
  function recordSubject(repository: string, body: Buffer, contentType: string): string | undefined {
    let json: { subject?: { digest?: unknown }; artifactType?: unknown; config?: { mediaType?: unknown }; annotations?: unknown };
    try {
      json = JSON.parse(body.toString()) as typeof json;
    } catch {
      return undefined;
    }
    const subject = json.subject?.digest;
    if (typeof subject !== 'string') return undefined;
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
    const artifactType = typeof json.artifactType === 'string' ? json.artifactType : json.config?.mediaType;
    const bySubject = index.get(repository) ?? new Map<string, Array<Record<string, unknown>>>();
    index.set(repository, bySubject);
    const list = (bySubject.get(subject) ?? []).filter((d) => d['digest'] !== digest);
    list.push({
      mediaType: contentType || 'application/vnd.oci.image.manifest.v1+json',
      digest,
      size: body.length,
      ...(typeof artifactType === 'string' && { artifactType }),
      ...(typeof json.annotations === 'object' && json.annotations !== null && { annotations: json.annotations }),
    });
    bySubject.set(subject, list);
    return subject;
  }

  function stream(req: IncomingMessage, res: ServerResponse, entry: ShimRequest) {
    const upReq = httpRequest(new URL(req.url!, target), { method: req.method, headers: forwardHeaders(req), agent }, (upRes) => {
      entry.status = upRes.statusCode ?? 502;
      res.writeHead(entry.status, copyHeaders(upRes.rawHeaders));
      upRes.pipe(res);
    });
    upReq.on('error', (error) => {
      if (res.headersSent) return void res.destroy();
      entry.status = 502;
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`referrers shim: upstream error: ${error.message}\n`);
    });
    req.pipe(upReq);
  }

  const server = createServer({ requestTimeout: 0 }, (req, res) => {
    const url = new URL(req.url ?? '/', 'http://shim');
    const entry: ShimRequest = { method: req.method ?? 'GET', uri: req.url ?? '/', status: 0 };
    requests.push(entry);
    const referrers = REFERRERS.exec(url.pathname);
    const manifest = MANIFEST.exec(url.pathname);
    const work =
      api && referrers && req.method === 'GET'
        ? serveReferrers(req, res, entry, referrers[1]!, referrers[2]!)
        : manifest && req.method === 'PUT'
          ? putManifest(req, res, entry, manifest[1]!, decodeURIComponent(manifest[2]!))
          : Promise.resolve(stream(req, res, entry));
    work.catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      entry.status = 500;
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`referrers shim: ${String(error)}\n`);
    });
  });
  const port = await listenOnLoopback(server);
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    requests,
    indexed: (repository, subject) => [...(index.get(repository)?.get(subject) ?? [])],
    stop: httpServerStopper(server, () => agent.destroy()),
  };
}
