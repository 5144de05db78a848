// Progress as log lines, for logs that are read afterwards (the action): a line when an upload starts, one when
// it ends, and one every interval for long uploads. Never a line per chunk.
import { formatBytes, formatRate as rate } from '../display.ts';
import type { ProgressEvent } from './copy.ts';

export interface ProgressLogOptions {
  /** Time between lines for one long upload. */
  readonly intervalMs?: number;
  readonly now?: () => number;
}

interface Upload {
  started: number;
  lastLine: number;
}

export function progressLogger(line: (text: string) => void, options: ProgressLogOptions = {}): (event: ProgressEvent) => void {
  const interval = options.intervalMs ?? 10_000;
  const now = options.now ?? Date.now;
  const uploads = new Map<string, Upload>();
  const name = (e: ProgressEvent): string => `${e.repository}: ${e.digest.slice(0, 19)}`;
  return (event) => {
    const key = `${event.repository} ${event.digest}`;
    const time = now();
    if (event.phase === 'start') {
      uploads.set(key, { started: time, lastLine: time });
      line(`${name(event)} uploading ${formatBytes(event.size)}`);
      return;
    }
    const upload = uploads.get(key);
    if (!upload) return;
    if (event.phase === 'done') {
      uploads.delete(key);
      const seconds = Math.max((time - upload.started) / 1000, 0.001);
      line(`${name(event)} uploaded ${formatBytes(event.size)} in ${seconds.toFixed(1)} s (${rate(event.size, seconds)})`);
    } else if (time - upload.lastLine >= interval) {
      upload.lastLine = time;
      const seconds = Math.max((time - upload.started) / 1000, 0.001);
      line(`${name(event)} ${formatBytes(event.bytesDone)} of ${formatBytes(event.size)} (${rate(event.bytesDone, seconds)})`);
    }
  };
}
