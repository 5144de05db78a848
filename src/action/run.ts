// The action: inputs -> copy -> outputs. The one place that fails the step.
import { describeEvent } from '../copy/events.ts';
import { progressLogger } from '../copy/progress-log.ts';
import { promote } from '../copy/promote.ts';
import type { Logger } from '../log.ts';
import { formatReference } from '../oci/reference.ts';
import { neutraliseCommands } from './escape.ts';
import { InputError, parseInputs, secretsInInputs, type ActionInputs } from './inputs.ts';
import { setOutputs, writeSummary } from './outputs.ts';
import * as runner from './runner.ts';

const logger: Logger = {
  debug: (message) => runner.debug(message),
  info: (message) => runner.info(neutraliseCommands(message)),
  warning: (message) => runner.warning(message),
  error: (message) => runner.error(message),
};

export async function run(): Promise<void> {
  // Secrets are masked before anything else can print them.
  for (const secret of secretsInInputs((name) => runner.getInput(name, { trimWhitespace: false }))) runner.setSecret(secret);

  let inputs: ActionInputs;
  try {
    inputs = parseInputs((name) => runner.getInput(name));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const problem of error.problems) runner.error(problem);
    runner.setFailed(
      `hoist did not start: ${error.problems.length} input ${error.problems.length === 1 ? 'problem' : 'problems'} (see above).`,
    );
    return;
  }

  const targetsText = inputs.targets.map(formatReference).join(', ');
  logger.info(
    `${inputs.dryRun ? 'Dry run: checking what it takes to copy' : 'Copying'} ${formatReference(inputs.source)} to ${targetsText}.`,
  );
  const result = await promote({
    source: inputs.source,
    targets: inputs.targets,
    platforms: inputs.platforms,
    concurrency: inputs.concurrency,
    credentials: {
      explicit: [
        ...(inputs.username !== undefined && inputs.password !== undefined && inputs.registry !== undefined
          ? [{ registry: inputs.registry, username: inputs.username, password: inputs.password }]
          : []),
        ...inputs.credentials,
      ],
      ...(inputs.githubToken !== undefined && { githubToken: inputs.githubToken }),
      ...(process.env['GITHUB_ACTOR'] && { githubActor: process.env['GITHUB_ACTOR'] }),
    },
    insecureRegistries: inputs.insecureRegistries,
    logger,
    secret: (value) => runner.setSecret(value),
    dryRun: inputs.dryRun,
    onProgress: progressLogger((line) => logger.info(line)),
  });

  for (const warning of result.warnings) runner.warning(warning);
  for (const target of result.targets) {
    runner.startGroup(`${target.target}: ${target.status}${target.digest ? ` (${target.digest})` : ''}`);
    for (const event of target.events) logger.info(describeEvent(event));
    runner.endGroup();
  }
  setOutputs(result);
  writeSummary(result);

  const failed = result.targets.filter((t) => t.status === 'failed');
  for (const target of failed) runner.error(target.error ?? `${target.target} failed`);
  if (failed.length > 0) {
    const ok = result.targets.filter((t) => t.status !== 'failed').map((t) => t.target);
    runner.setFailed(
      `${failed.length} of ${result.targets.length} targets failed: ${failed.map((t) => t.target).join(', ')}.` +
        (ok.length > 0 ? ` These completed: ${ok.join(', ')}.` : ''),
    );
  } else {
    logger.info(`Done: ${result.targets.map((t) => `${t.target} ${t.status}`).join(', ')}.`);
  }
}
