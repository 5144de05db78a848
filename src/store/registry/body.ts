// Response bodies: read a bounded amount, throw one away safely, and re-slice a byte stream into upload chunks.
import { MAX_MANIFEST_BYTES } from '../../oci/manifest.ts';

/** What these helpers need of a response body (undici's BodyReadable is one). */
export type BodyStream = AsyncIterable<Buffer> & NodeJS.EventEmitter & { destroy(): void };

/** Read a body as text, or undefined when it is longer than `limit` bytes (the rest is discarded). */
export async function readLimited(body: BodyStream, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > limit) {
      discard(body);
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Drop a response body we will not read. The listener matters: destroying an undici body emits 'error'. */
export function discard(body: BodyStream): void {
  body.on('error', () => undefined);
  body.destroy();
}

/** Read a manifest body, refusing more than MAX_MANIFEST_BYTES (a missing Content-Length does not lift the limit). */
export async function readManifestBody(body: BodyStream, tooLarge: () => Error): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > MAX_MANIFEST_BYTES) {
      discard(body);
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Re-slice a byte stream into chunks of exactly `size` bytes (the last may be shorter); holds one chunk at most. */
export async function* rechunk(stream: AsyncIterable<Buffer>, size: number): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let held = 0;
  for await (const piece of stream) {
    let data = piece;
    while (held + data.length >= size) {
      const take = size - held;
      parts.push(data.subarray(0, take));
      yield Buffer.concat(parts);
      parts = [];
      held = 0;
      data = data.subarray(take);
    }
    if (data.length > 0) {
      parts.push(data);
      held += data.length;
    }
  }
  if (held > 0) yield Buffer.concat(parts);
}
