// A classic layer gzipped once into a recipe and replayed when pushed: the replay must be exactly the gzip stream
// whose digest the first pass measured, from a plain or a gzipped archive, and keep only deflate's output on disk.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ArchiveFile } from '../../src/store/archive/archive-bytes.ts';
import { GzipRecipe, gzipToRecipe, replayRecipe } from '../../src/store/archive/gzip-recipe.ts';
import { gzipInParallel } from '../../src/store/archive/parallel-gzip.ts';
import type { TarMember } from '../../src/store/archive/tar-index.ts';
import { scratch } from '../support/archives.ts';
import { deterministicBytes } from '../support/images.ts';

const MiB = 1024 * 1024;
const text = Buffer.from(Array.from({ length: 60_000 }, (_, i) => `  const value${i % 97} = compute(${i}); // line ${i}\n`).join(''));
const random = deterministicBytes('recipe', 3 * MiB);
// Random and text stretches that start and end off the 1 MiB block and 64 KiB segment edges.
const layer = Buffer.concat([
  random.subarray(0, MiB + 100_000),
  text.subarray(0, 700_000),
  random.subarray(MiB, 2 * MiB + 5),
  text.subarray(0, 300_001),
  random.subarray(2 * MiB, 2 * MiB + 70_000),
]);
const sha256 = (bytes: Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

async function gzipped(input: Buffer): Promise<Buffer> {
  const parts: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      parts.push(chunk);
      callback();
    },
  });
  await gzipInParallel(Readable.from([input]), sink);
  return Buffer.concat(parts);
}

/** `layer` as a member 1000 bytes into a file (the archive store reads members by offset). */
function archiveHolding(dir: string, gzip: boolean, content = layer): { path: string; member: TarMember } {
  const path = join(dir, gzip ? 'archive.tar.gz' : 'archive.tar');
  const plain = Buffer.concat([Buffer.alloc(1000, 1), content, Buffer.alloc(2000, 2)]);
  writeFileSync(path, gzip ? gzipSync(plain) : plain);
  return { path, member: { path: 'layer.tar', offset: 1000, size: content.length } };
}

describe('gzipToRecipe and replayRecipe', () => {
  for (const gzip of [false, true]) {
    it(`replays the very gzip stream it measured, from a ${gzip ? 'gzipped' : 'plain'} archive; only deflate's output is on disk`, async () => {
      const dir = scratch('hoist-recipe-');
      const { path, member } = archiveHolding(dir, gzip);
      const spill = join(dir, 'layer.deflate');
      const chunks = Array.from({ length: Math.ceil(layer.length / 300_000) }, (_, i) => layer.subarray(i * 300_000, (i + 1) * 300_000));
      const recipe = await gzipToRecipe(Readable.from(chunks), spill);

      const expected = await gzipped(layer);
      assert.equal(recipe.digest, sha256(expected), 'the digest of the same stream gzipInParallel writes');
      assert.equal(recipe.size, expected.length);
      assert.ok(statSync(spill).size < MiB, `the random stretches stay in the archive (${statSync(spill).size} bytes spilled)`);

      const replayed = await buffer(replayRecipe(recipe.recipe, await ArchiveFile.open(path, 'test'), member, 'layer'));
      assert.equal(sha256(replayed), recipe.digest);
      assert.ok(replayed.equals(expected));
      assert.ok(gunzipSync(replayed).equals(layer), 'and it is the layer, gzipped');
    });
  }

  it('fails the replay, naming the archive, when the archive lost its end since', async () => {
    const dir = scratch('hoist-recipe-');
    const { path, member } = archiveHolding(dir, false);
    const recipe = await gzipToRecipe(Readable.from([layer]), join(dir, 'layer.deflate'));
    truncateSync(path, 1000 + 2 * MiB);
    await assert.rejects(
      buffer(replayRecipe(recipe.recipe, await ArchiveFile.open(path, 'test'), member, 'layer')),
      (error: Error) => error.message.includes(path) && /ended early/.test(error.message),
    );
  });

  it('replays while the layer is still being gzipped: the same stream, its first bytes before the end', async () => {
    const dir = scratch('hoist-recipe-');
    // Long enough that output comes before the end (the first block's comes once a block per core is read).
    const long = Buffer.concat([layer, layer, layer, layer]);
    const { path, member } = archiveHolding(dir, false, long);
    const recipe = new GzipRecipe(join(dir, 'layer.deflate'));
    let made = false;
    let firstBeforeMade: boolean | undefined;
    const follower = replayRecipe(recipe, await ArchiveFile.open(path, 'test'), member, 'layer');
    follower.once('data', () => (firstBeforeMade = !made));
    const replayed = buffer(follower);
    async function* slowly(): AsyncGenerator<Buffer> {
      for (let at = 0; at < long.length; at += 256 * 1024) {
        yield long.subarray(at, at + 256 * 1024);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
    const gzippedLayer = await gzipToRecipe(Readable.from(slowly()), recipe);
    made = true;
    const bytes = await replayed;
    assert.equal(firstBeforeMade, true, 'the replay began before the gzip ended');
    assert.equal(sha256(bytes), gzippedLayer.digest);
    assert.ok(bytes.equals(await gzipped(long)));
  });

  it('fails a replay in progress when the gzip fails', async () => {
    const dir = scratch('hoist-recipe-');
    const { path, member } = archiveHolding(dir, false);
    const recipe = new GzipRecipe(join(dir, 'layer.deflate'));
    const replayed = buffer(replayRecipe(recipe, await ArchiveFile.open(path, 'test'), member, 'layer'));
    // It fails while the gzip is still being awaited below.
    replayed.catch(() => undefined);
    async function* failing(): AsyncGenerator<Buffer> {
      yield layer.subarray(0, 5 * MiB);
      await new Promise((resolve) => setTimeout(resolve, 5));
      throw new Error('diff_id mismatch');
    }
    await assert.rejects(gzipToRecipe(Readable.from(failing()), recipe), /diff_id mismatch/);
    await assert.rejects(replayed, /diff_id mismatch/);
  });

  it('removes its temporary file when the source fails', async () => {
    const dir = scratch('hoist-recipe-');
    const spill = join(dir, 'layer.deflate');
    async function* failing(): AsyncGenerator<Buffer> {
      yield text.subarray(0, 2 * MiB);
      await new Promise((resolve) => setImmediate(resolve));
      throw new Error('disk on fire');
    }
    await assert.rejects(gzipToRecipe(Readable.from(failing()), spill), /disk on fire/);
    assert.equal(existsSync(spill), false);
  });
});
