// The streams the CLI writes to and reads from, and the engine's logger on top of them; tests pass their own.
import type { Logger } from '../log.ts';

export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Reads standard input (for --password-stdin). */
  readonly readStdin: () => Promise<string>;
}

export const processIo: CliIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

/** Everything the engine says goes to stderr, so stdout holds only the result (a table or JSON). */
export function consoleLogger(io: CliIo, debug: boolean): Logger {
  return {
    debug: (m) => {
      if (debug) io.stderr.write(`  ${m}\n`);
    },
    info: (m) => io.stderr.write(`${m}\n`),
    warning: (m) => io.stderr.write(`warning: ${m}\n`),
    error: (m) => io.stderr.write(`error: ${m}\n`),
  };
}
