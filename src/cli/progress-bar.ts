// A live progress bar for terminals: one bar per blob being uploaded, removed when it finishes.
import cliProgress from 'cli-progress';
import type { ProgressEvent } from '../copy/copy.ts';
import { formatBytes, formatRate } from '../display.ts';

export interface ProgressBar {
  onProgress(event: ProgressEvent): void;
  stop(): void;
}

export function terminalProgress(stream: NodeJS.WriteStream): ProgressBar {
  const bars = new cliProgress.MultiBar(
    {
      stream,
      clearOnComplete: true,
      hideCursor: true,
      format: ' {name} [{bar}] {percentage}% {done}/{size} {speed}',
      barsize: 24,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const active = new Map<string, { bar: cliProgress.SingleBar; started: number }>();
  return {
    onProgress(event) {
      const key = `${event.repository} ${event.digest}`;
      if (event.phase === 'start') {
        const bar = bars.create(event.size, 0, {
          name: `${event.repository} ${event.digest.slice(7, 19)}`,
          done: '0 B',
          size: formatBytes(event.size),
          speed: '',
        });
        active.set(key, { bar, started: Date.now() });
        return;
      }
      const entry = active.get(key);
      if (!entry) return;
      const seconds = Math.max((Date.now() - entry.started) / 1000, 0.001);
      entry.bar.update(event.bytesDone, { done: formatBytes(event.bytesDone), speed: formatRate(event.bytesDone, seconds) });
      if (event.phase === 'done') {
        bars.remove(entry.bar);
        active.delete(key);
      }
    },
    stop() {
      bars.stop();
    },
  };
}
