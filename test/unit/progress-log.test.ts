import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProgressEvent } from '../../src/copy/copy.ts';
import { progressLogger } from '../../src/copy/progress-log.ts';

const MiB = 1024 * 1024;
const digest = `sha256:${'ab'.repeat(32)}`;

function event(phase: ProgressEvent['phase'], bytesDone: number): ProgressEvent {
  return { repository: 'reg.example/app', digest, size: 100 * MiB, phase, bytesDone };
}

describe('progressLogger', () => {
  it('writes a line at start and end, and one per interval for long uploads, never one per chunk', () => {
    let now = 0;
    const lines: string[] = [];
    const onProgress = progressLogger((l) => lines.push(l), { intervalMs: 10_000, now: () => now });
    onProgress(event('start', 0));
    for (let ms = 100; ms <= 25_000; ms += 100) {
      now = ms;
      onProgress(event('bytes', Math.round((ms / 25_000) * 100 * MiB)));
    }
    now = 25_000;
    onProgress(event('done', 100 * MiB));
    assert.deepEqual(lines, [
      'reg.example/app: sha256:abababababab uploading 100 MiB',
      'reg.example/app: sha256:abababababab 40 MiB of 100 MiB (4.2 MB/s)',
      'reg.example/app: sha256:abababababab 80 MiB of 100 MiB (4.2 MB/s)',
      'reg.example/app: sha256:abababababab uploaded 100 MiB in 25.0 s (4.2 MB/s)',
    ]);
  });

  it('ignores bytes for an upload it never saw start', () => {
    const lines: string[] = [];
    const onProgress = progressLogger((l) => lines.push(l), { now: () => 50_000 });
    onProgress(event('bytes', 10));
    onProgress(event('done', 100 * MiB));
    assert.deepEqual(lines, []);
  });
});
