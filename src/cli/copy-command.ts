// hoist copy SOURCE TARGET...: the action's engine with options from the command line; exit 1 when a target failed.
import type { CopyResult } from '../copy/copy.ts';
import { promote } from '../copy/promote.ts';
import { resultEntry } from '../copy/result-json.ts';
import type { Logger } from '../log.ts';
import { copyReport } from './copy-report.ts';
import type { CliIo } from './io.ts';
import { terminalProgress } from './progress-bar.ts';
import { UsageError, type CliValues } from './usage.ts';
import { concurrencyOption, explicitCredentials, insecureOption, platformOptions, referenceArgument } from './values.ts';

export async function copyCommand(args: readonly string[], values: CliValues, io: CliIo, logger: Logger): Promise<number> {
  if (args.length < 2) throw new UsageError('copy needs a SOURCE and at least one TARGET');
  const [sourceText, ...targetTexts] = args as [string, ...string[]];
  const source = referenceArgument(sourceText);
  const targets = targetTexts.map(referenceArgument);
  const platforms = platformOptions(values);
  const concurrency = concurrencyOption(values);
  const insecureRegistries = insecureOption(values);
  const explicit = await explicitCredentials(values, targets[0]!.registry, io);
  // A bar only where someone watches it: a terminal, with no JSON or debug lines to interleave with.
  const bar = io.stderr.isTTY && !values.json && !values.debug ? terminalProgress(io.stderr as NodeJS.WriteStream) : undefined;
  let result: CopyResult;
  try {
    result = await promote({
      source,
      targets,
      platforms,
      concurrency,
      credentials: { explicit },
      insecureRegistries,
      logger,
      secret: () => {},
      dryRun: values['dry-run'] === true,
      ...(bar && { onProgress: (event) => bar.onProgress(event) }),
    });
  } finally {
    bar?.stop();
  }
  io.stdout.write(values.json ? `${JSON.stringify(result.targets.map(resultEntry), null, 2)}\n` : copyReport(result));
  return result.targets.some((t) => t.status === 'failed') ? 1 : 0;
}
