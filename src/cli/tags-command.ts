// hoist tags REF: every tag of a repository (all pages), optionally filtered by a regular expression.
import type { Logger } from '../log.ts';
import type { CliIo } from './io.ts';
import { withStore } from './registry-session.ts';
import { UsageError, type CliValues } from './usage.ts';
import { imageArgument } from './values.ts';

export async function tagsCommand(args: readonly string[], values: CliValues, io: CliIo, logger: Logger): Promise<number> {
  if (args.length !== 1) throw new UsageError('tags needs exactly one repository reference');
  const ref = imageArgument(args[0]!);
  const filter = filterOption(values.filter);
  const tags = await withStore(ref, values, io, logger, (store) => store.listTags());
  const shown = filter ? tags.filter((t) => filter.test(t)) : tags;
  io.stdout.write(values.json ? `${JSON.stringify(shown)}\n` : shown.map((t) => `${t}\n`).join(''));
  return 0;
}

function filterOption(text: string | undefined): RegExp | undefined {
  if (text === undefined) return undefined;
  try {
    return new RegExp(text);
  } catch {
    throw new UsageError(`--filter "${text}" is not a valid regular expression`);
  }
}
