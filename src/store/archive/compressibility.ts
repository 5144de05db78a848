// Whether deflate is worth running on a stretch of bytes. zlib's match finder crawls over data it cannot shrink
// (about 50 MiB/s a core on random bytes at every level, against 300-500 MiB/s on text at level 1), and a layer
// often holds such data: compressed archives, images, encrypted or packed files. klauspost's deflate, which skopeo
// uses, skips ahead when it finds no matches; here the same data is recognised beforehand by its byte entropy
// (the order-0 Shannon entropy of a sample) and stored as it is. Deflate's Huffman stage cannot save more than
// (8 - H) / 8 of bytes whose entropy is H bits, so above the threshold a stored block is at most ~2.5% larger and
// costs a copy instead of a crawl. The estimate is a pure function of the bytes, so the gzip stays deterministic.

/** Bytes judged at a time: small enough that a text file beside a compressed one is still compressed. */
export const SEGMENT = 64 * 1024;
/** Every STRIDE-th byte is counted: 4096 samples a segment, about 1/16 of the cost of reading every byte. */
const STRIDE = 16;
/** Fewer samples than this make the estimate too low to trust; such short stretches are simply deflated. */
const MIN_SAMPLES = 1024;
/**
 * Bits a byte above which deflate is skipped. Random bytes measure ~7.95 on 4096 samples (the plug-in estimate
 * is biased low by about 255 / (2 n ln 2)); text is 4-5.5 and executables 5.5-6.5, far below.
 */
const INCOMPRESSIBLE_BITS = 7.8;

const counts = new Uint32Array(256);

/** The sampled entropy of `bytes`, in bits a byte (0 to 8). */
export function sampledEntropy(bytes: Uint8Array): number {
  counts.fill(0);
  let n = 0;
  for (let i = 0; i < bytes.length; i += STRIDE) {
    counts[bytes[i]!]!++;
    n++;
  }
  if (n === 0) return 0;
  let sum = 0;
  for (let b = 0; b < 256; b++) {
    const c = counts[b]!;
    if (c > 0) sum += c * Math.log2(c);
  }
  return Math.log2(n) - sum / n;
}

/** True when deflate would spend its time on `bytes` for (almost) nothing. */
export function looksIncompressible(bytes: Uint8Array): boolean {
  return bytes.length >= MIN_SAMPLES * STRIDE && sampledEntropy(bytes) > INCOMPRESSIBLE_BITS;
}
