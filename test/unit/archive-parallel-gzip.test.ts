// gzipInParallel: blocks deflated side by side must still form one gzip stream that gunzip (and gzip -t) accept,
// byte for byte, the same on every run; a failing source fails the sink.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { gzipInParallel } from '../../src/store/archive/parallel-gzip.ts';
import { deterministicBytes } from '../support/images.ts';

async function compress(chunks: Buffer[], blockSize: number, parallel = 3): Promise<Buffer> {
  const parts: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      parts.push(chunk);
      callback();
    },
  });
  await gzipInParallel(Readable.from(chunks), sink, { blockSize, parallel });
  return Buffer.concat(parts);
}

describe('gzipInParallel', () => {
  const text = Buffer.from('a line of text that repeats, so blocks refer back across their edges\n'.repeat(3000));
  const data = Buffer.concat([text, deterministicBytes('pgz', 100_000), text]);

  for (const [label, chunks] of [
    ['one chunk', [data]],
    ['odd chunks', Array.from({ length: Math.ceil(data.length / 7777) }, (_, i) => data.subarray(i * 7777, (i + 1) * 7777))],
  ] as const) {
    for (const blockSize of [4096, 65536, 1 << 20]) {
      it(`round-trips ${label} in ${blockSize}-byte blocks, the same bytes every run`, async () => {
        const first = await compress([...chunks], blockSize);
        assert.ok(gunzipSync(first).equals(data));
        assert.ok((await compress([...chunks], blockSize, 1)).equals(first), 'parallelism does not change the output');
        assert.ok(first.length < data.length * 0.6, 'it does compress');
      });
    }
  }

  it('writes a valid gzip of nothing', async () => {
    const empty = await compress([], 4096);
    assert.equal(gunzipSync(empty).length, 0);
    execFileSync('gzip', ['-t'], { input: empty });
  });

  it('is accepted by gzip -t', async () => {
    execFileSync('gzip', ['-t'], { input: await compress([data], 4096) });
  });

  it('fails and destroys the sink when the source fails', async () => {
    const source = new PassThrough();
    source.write(data.subarray(0, 10_000));
    setImmediate(() => source.destroy(new Error('disk on fire')));
    const sink = new PassThrough();
    sink.resume();
    const sinkError = new Promise<Error>((resolve) => sink.once('error', resolve));
    await assert.rejects(gzipInParallel(source, sink, { blockSize: 4096 }), /disk on fire/);
    assert.equal(sink.destroyed, true);
    assert.match((await sinkError).message, /disk on fire/, 'whatever reads the sink hears why');
  });
});
