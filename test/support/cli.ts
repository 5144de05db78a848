// Runs the CLI's main() in-process with captured streams (and an optional fake TTY), as a terminal would.
import { Writable } from 'node:stream';
import { main, type CliIo } from '../../src/cli/index.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture extends Writable {
  text = '';
  isTTY: boolean;
  columns = 120;
  rows = 40;
  constructor(tty: boolean) {
    super();
    this.isTTY = tty;
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
  // cli-progress drives a terminal through these when the stream is a TTY.
  cursorTo(_x: number, _y?: number): boolean {
    return true;
  }
  clearLine(): boolean {
    return true;
  }
  moveCursor(): boolean {
    return true;
  }
  clearScreenDown(): boolean {
    return true;
  }
}

export async function runCli(argv: string[], options: { stdin?: string; tty?: boolean } = {}): Promise<CliRun> {
  const stdout = new Capture(options.tty ?? false);
  const stderr = new Capture(options.tty ?? false);
  const io: CliIo = { stdout, stderr, readStdin: () => Promise.resolve(options.stdin ?? '') };
  // Never read the developer's own Docker credentials during tests.
  const saved = process.env['DOCKER_CONFIG'];
  process.env['DOCKER_CONFIG'] = '/nonexistent-hoist-test-config';
  try {
    const code = await main(argv, io);
    return { code, stdout: stdout.text, stderr: stderr.text };
  } finally {
    if (saved === undefined) delete process.env['DOCKER_CONFIG'];
    else process.env['DOCKER_CONFIG'] = saved;
  }
}
