// hoist's command line (copy | merge | inspect | tags | sync) over the action's engine: parse, dispatch, and turn the outcome
// into an exit code: 0 done, 1 failed, 2 bad usage.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Logger } from '../log.ts';
import { tuneV8 } from '../v8-tuning.ts';
import { useCompileCache } from './compile-cache.ts';
import { consoleLogger, processIo, type CliIo } from './io.ts';
import {
  checkOptions,
  COMMAND_HELP,
  isCommandName,
  MAIN_HELP,
  parseCommandLine,
  UsageError,
  type CommandName,
  type CliValues,
} from './usage.ts';

export type { CliIo } from './io.ts';

type Command = (args: readonly string[], values: CliValues, io: CliIo, logger: Logger) => Promise<number>;

// Each command's module loads when it runs: a copy never parses the sync's YAML library or the file stores' tar code.
const COMMANDS: Record<CommandName, () => Promise<Command>> = {
  copy: () => import('./copy-command.ts').then((m) => m.copyCommand),
  merge: () => import('./copy-command.ts').then((m) => m.mergeCommand),
  inspect: () => import('./inspect-command.ts').then((m) => m.inspectCommand),
  tags: () => import('./tags-command.ts').then((m) => m.tagsCommand),
  sync: () => import('./sync-command.ts').then((m) => m.syncCommand),
};

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  tuneV8();
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    io.stderr.write(`hoist: ${(error as Error).message}\n\nRun "hoist --help" for usage.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (!isCommandName(command)) {
    if (values.help || command === 'help') {
      io.stdout.write(`${MAIN_HELP}\n`);
      return 0;
    }
    io.stderr.write(`hoist: ${command === undefined ? 'a command is required' : `unknown command "${command}"`}\n\n${MAIN_HELP}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(`${COMMAND_HELP[command]}\n`);
    return 0;
  }
  const logger = consoleLogger(io, values.debug === true);
  try {
    checkOptions(command, values);
    return await (
      await COMMANDS[command]()
    )(rest, values, io, logger);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`hoist: ${error.message}\n\nRun "hoist ${command} --help" for usage.\n`);
      return 2;
    }
    io.stderr.write(`hoist: ${(error as Error).message}\n`);
    return 1;
  }
}

/** The CLI as a process runs it (`bin/hoist.js`, `node dist/cli/index.js`): with the compile cache, setting the exit code. */
export async function run(argv: readonly string[]): Promise<void> {
  useCompileCache();
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    process.stderr.write(`hoist: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}

// Run when executed directly (`node src/cli/index.ts`, `node dist/cli/index.js`); bin/hoist.js calls run() and tests main().
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  void run(process.argv.slice(2));
}
