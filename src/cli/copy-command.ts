// hoist copy SOURCE TARGET... and hoist merge SOURCE... --to TARGET: the action's engine with options from the
// command line; exit 1 when a target failed.
import type { CopyResult } from '../copy/copy.ts';
import { promote } from '../copy/promote.ts';
import { resultEntry } from '../copy/result-json.ts';
import type { Logger } from '../log.ts';
import { parseAnnotations } from '../merge/annotations.ts';
import type { ImageReference } from '../store/image-reference.ts';
import { parseOverwrite } from '../tags/overwrite.ts';
import { parseFloatingTags } from '../tags/release-tags.ts';
import { parseVersion } from '../tags/version.ts';
import { copyReport } from './copy-report.ts';
import type { CliIo } from './io.ts';
import { UsageError, type CliValues } from './usage.ts';
import { asUsage, concurrencyOption, explicitCredentials, imageArgument, insecureOption, platformOptions } from './values.ts';

export async function copyCommand(args: readonly string[], values: CliValues, io: CliIo, logger: Logger): Promise<number> {
  if (args.length < 2) throw new UsageError('copy needs a SOURCE and at least one TARGET');
  const [sourceText, ...targetTexts] = args as [string, ...string[]];
  return runCopy([imageArgument(sourceText)], targetTexts.map(imageArgument), values, io, logger);
}

export async function mergeCommand(args: readonly string[], values: CliValues, io: CliIo, logger: Logger): Promise<number> {
  if (args.length < 1) throw new UsageError('merge needs at least one SOURCE');
  if (!values.to || values.to.length === 0) throw new UsageError('merge needs at least one --to TARGET');
  return runCopy(args.map(imageArgument), values.to.map(imageArgument), values, io, logger);
}

async function runCopy(
  sources: ImageReference[],
  targets: ImageReference[],
  values: CliValues,
  io: CliIo,
  logger: Logger,
): Promise<number> {
  const platforms = platformOptions(values);
  const concurrency = concurrencyOption(values);
  const insecureRegistries = insecureOption(values);
  const annotations = values.annotation ? asUsage(() => parseAnnotations(values.annotation!)) : undefined;
  if (annotations && sources.length === 1 && (platforms === undefined || platforms.length < 2)) {
    throw new UsageError(
      '--annotation applies to an index hoist builds (several sources, or several --platform); a plain copy keeps the source’s bytes and digest',
    );
  }
  if (values['floating-tags'] !== undefined && values.version === undefined) throw new UsageError('--floating-tags needs --version');
  const release =
    values.version === undefined
      ? undefined
      : {
          version: asUsage(() => parseVersion(values.version!)),
          floating: asUsage(() => parseFloatingTags(values['floating-tags'] ?? '')),
        };
  const overwrite = asUsage(() => parseOverwrite(values.overwrite ?? ''));
  const firstRegistry = [...targets, ...sources].find((r) => r.kind === 'registry');
  const explicit = firstRegistry?.kind === 'registry' ? await explicitCredentials(values, firstRegistry.reference.registry, io) : [];
  for (const t of targets) {
    if (t.kind === 'registry' && t.tagImplied && !release) logger.info(`${t.text}: no tag was written, so the tag is latest.`);
  }
  // A bar only where someone watches it: a terminal, with no JSON or debug lines to interleave with.
  // cli-progress loads only then.
  const bar =
    io.stderr.isTTY && !values.json && !values.debug
      ? (await import('./progress-bar.ts')).terminalProgress(io.stderr as NodeJS.WriteStream)
      : undefined;
  let result: CopyResult;
  try {
    result = await promote({
      sources,
      targets,
      platforms,
      concurrency,
      credentials: { explicit },
      insecureRegistries,
      logger,
      secret: () => {},
      dryRun: values['dry-run'] === true,
      referrers: values['no-referrers'] !== true,
      annotations,
      release,
      overwrite,
      ...(bar && { onProgress: (event) => bar.onProgress(event) }),
    });
  } finally {
    bar?.stop();
  }
  io.stdout.write(values.json ? `${JSON.stringify(result.targets.map(resultEntry), null, 2)}\n` : copyReport(result));
  return result.targets.some((t) => t.status === 'failed') ? 1 : 0;
}
