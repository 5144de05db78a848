// hoist inspect REF: what an image holds (digest, platforms, layers, history), as text or JSON.
import { inspectImage } from '../inspect.ts';
import type { Logger } from '../log.ts';
import { inspectReport } from './inspect-report.ts';
import type { CliIo } from './io.ts';
import { referenceIn, withStore } from './registry-session.ts';
import { UsageError, type CliValues } from './usage.ts';
import { imageArgument, platformOptions } from './values.ts';

export async function inspectCommand(args: readonly string[], values: CliValues, io: CliIo, logger: Logger): Promise<number> {
  if (args.length !== 1) throw new UsageError('inspect needs exactly one image reference');
  const ref = imageArgument(args[0]!);
  const platforms = platformOptions(values) ?? [];
  if (platforms.length > 1) throw new UsageError('inspect takes one --platform');
  const result = await withStore(ref, values, io, logger, (store) => inspectImage(store, referenceIn(ref), ref.text, platforms[0]));
  io.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : inspectReport(result));
  return 0;
}
