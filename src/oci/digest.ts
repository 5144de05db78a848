// Content digests: validation, and a pass-through stream that proves bytes match their digest as they flow.
import type { Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * node:crypto, loaded on the first hash. It is the largest builtin a run loads before its first request (~7 ms),
 * which needs none of it; loaded later, it shares its set-up with node:tls and overlaps the first round trip.
 */
function createHash(algorithm: Digest['algorithm']): Hash {
  return process.getBuiltinModule('node:crypto').createHash(algorithm);
}

const HEX_LENGTH: Record<string, number> = { sha256: 64, sha512: 128 };

export interface Digest {
  readonly algorithm: 'sha256' | 'sha512';
  readonly hex: string;
  readonly text: string;
}

export class DigestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DigestError';
  }
}

/** Validate `algorithm:hex` (sha256 or sha512, lowercase hex of the right length). */
export function parseDigest(text: string): Digest {
  const colon = text.indexOf(':');
  const algorithm = colon > 0 ? text.slice(0, colon) : '';
  const hex = text.slice(colon + 1);
  const length = HEX_LENGTH[algorithm];
  if (colon <= 0 || length === undefined) {
    throw new DigestError(`digest "${text}" is not valid; expected sha256:<64 hex> or sha512:<128 hex>`);
  }
  if (hex.length !== length || !/^[0-9a-f]+$/.test(hex)) {
    throw new DigestError(`digest "${text}" is not valid; ${algorithm} takes exactly ${length} lowercase hex characters`);
  }
  return { algorithm: algorithm as Digest['algorithm'], hex, text };
}

export function isDigest(text: string): boolean {
  try {
    parseDigest(text);
    return true;
  } catch {
    return false;
  }
}

/** Digest of bytes held in memory, with the algorithm of `like` (sha256 by default). */
export function digestOf(bytes: Uint8Array, like = 'sha256:'): string {
  const algorithm = like.startsWith('sha512:') ? 'sha512' : 'sha256';
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}

export class DigestMismatchError extends Error {
  readonly expected: string;
  readonly actual: string;
  constructor(what: string, expected: string, actual: string) {
    super(`${what} does not match its digest: expected ${expected}, got ${actual}; the bytes were not trusted.`);
    this.name = 'DigestMismatchError';
    this.expected = expected;
    this.actual = actual;
  }
}

/**
 * Passes bytes through unchanged while hashing them; fails the stream (so whatever consumes it aborts) when the
 * byte count exceeds the expected size, or at the end when size or digest differ. Memory stays at one chunk.
 */
export class VerifyingStream extends Transform {
  readonly #hash: Hash;
  readonly #expected: Digest;
  readonly #size: number | undefined;
  readonly #what: string;
  readonly #onBytes: ((n: number) => void) | undefined;
  #seen = 0;

  constructor(expectedDigest: string, expectedSize: number | undefined, what = 'blob', onBytes?: (n: number) => void) {
    super();
    this.#onBytes = onBytes;
    this.#expected = parseDigest(expectedDigest);
    this.#hash = createHash(this.#expected.algorithm);
    this.#size = expectedSize;
    this.#what = what;
  }

  get bytesSeen(): number {
    return this.#seen;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#seen += chunk.length;
    if (this.#size !== undefined && this.#seen > this.#size) {
      callback(new DigestMismatchError(`${this.#what} ${this.#expected.text}`, `${this.#size} bytes`, `more`));
      return;
    }
    this.#hash.update(chunk);
    this.#onBytes?.(chunk.length);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.#size !== undefined && this.#seen !== this.#size) {
      callback(new DigestMismatchError(`${this.#what} ${this.#expected.text}`, `${this.#size} bytes`, `${this.#seen} bytes`));
      return;
    }
    const actual = `${this.#expected.algorithm}:${this.#hash.digest('hex')}`;
    if (actual !== this.#expected.text) {
      callback(new DigestMismatchError(`${this.#what}`, this.#expected.text, actual));
      return;
    }
    callback();
  }
}
