// A single-layer image of any size, generated and pushed as a stream (the harness's pushImage holds blobs in memory).
// Layer content: one pseudo-random 1 MiB block repeated, each copy stamped with its index, so no two MiB are equal.
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { Readable } from 'node:stream';
import { deterministicBytes, MediaType, sha256Digest } from '../test/support/images.ts';

const MiB = 1024 * 1024;

export function* layerChunks(size: number): Generator<Buffer> {
  const block = deterministicBytes('hoist-bench/big-layer', MiB);
  for (let offset = 0, i = 0; offset < size; offset += MiB, i++) {
    const chunk = Buffer.from(block.subarray(0, Math.min(MiB, size - offset)));
    if (chunk.length >= 8) chunk.writeBigUInt64BE(BigInt(i), 0);
    yield chunk;
  }
}

interface Reply {
  status: number;
  location: string | undefined;
  body: string;
}

function send(url: URL, method: string, headers: Record<string, string>, body?: Buffer | Readable): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body instanceof Readable) body.pipe(req);
    else req.end(body);
  });
}

export interface BlobTarget {
  /** `http://127.0.0.1:PORT` of the registry itself. */
  url: string;
  /** `Authorization` header value allowing push to the repository, if the registry wants one. */
  authorization?: string;
}

/** POST then one streamed PUT (monolithic upload). */
export async function pushBlobStream(
  target: BlobTarget,
  repo: string,
  digest: string,
  size: number,
  body: () => Readable | Buffer,
): Promise<void> {
  const auth: Record<string, string> = target.authorization ? { authorization: target.authorization } : {};
  const started = await send(new URL(`/v2/${repo}/blobs/uploads/`, target.url), 'POST', { ...auth, 'content-length': '0' });
  if (started.status !== 202 || !started.location)
    throw new Error(`starting an upload to ${repo} answered ${started.status}: ${started.body}`);
  const put = new URL(started.location, target.url);
  put.searchParams.set('digest', digest);
  const done = await send(put, 'PUT', { ...auth, 'content-type': 'application/octet-stream', 'content-length': String(size) }, body());
  if (done.status !== 201) throw new Error(`uploading ${digest} to ${repo} answered ${done.status}: ${done.body}`);
}

export interface BigImage {
  digest: string;
  layer: { digest: string; size: number };
  config: { digest: string; size: number };
  /** Every digest the registry stores for this image: config, layer and manifest. */
  digests: string[];
}

export async function pushBigImage(target: BlobTarget, repo: string, tag: string, size: number): Promise<BigImage> {
  const hash = createHash('sha256');
  for (const chunk of layerChunks(size)) hash.update(chunk);
  const layer = { digest: `sha256:${hash.digest('hex')}`, size };
  await pushBlobStream(target, repo, layer.digest, size, () => Readable.from(layerChunks(size), { objectMode: false }));

  const configBytes = Buffer.from(
    JSON.stringify({
      created: '2024-01-01T00:00:00Z',
      architecture: 'amd64',
      os: 'linux',
      config: { Cmd: ['/bin/sh'] },
      rootfs: { type: 'layers', diff_ids: [layer.digest] },
    }),
  );
  const config = { digest: sha256Digest(configBytes), size: configBytes.length };
  await pushBlobStream(target, repo, config.digest, config.size, () => configBytes);

  const manifest = Buffer.from(
    `${JSON.stringify(
      {
        schemaVersion: 2,
        mediaType: MediaType.ociManifest,
        config: { mediaType: MediaType.ociConfig, ...config },
        layers: [{ mediaType: MediaType.ociLayer, ...layer }],
      },
      null,
      3,
    )}\n`,
  );
  const digest = sha256Digest(manifest);
  const auth: Record<string, string> = target.authorization ? { authorization: target.authorization } : {};
  const put = await send(
    new URL(`/v2/${repo}/manifests/${tag}`, target.url),
    'PUT',
    { ...auth, 'content-type': MediaType.ociManifest, 'content-length': String(manifest.length) },
    manifest,
  );
  if (put.status !== 201) throw new Error(`pushing the manifest ${repo}:${tag} answered ${put.status}: ${put.body}`);
  return { digest, layer, config, digests: [config.digest, layer.digest, digest] };
}
