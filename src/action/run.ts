// The action: inputs -> copy -> outputs. The one place that fails the step.
import * as core from '@actions/core';
import { progressLogger } from '../copy/progress-log.ts';
import { promote } from '../copy/promote.ts';
import type { Logger } from '../log.ts';
import { formatReference } from '../oci/reference.ts';
import { neutraliseCommands } from './escape.ts';
import { InputError, parseInputs, secretsInInputs, type ActionInputs } from './inputs.ts';
import { setOutputs, writeSummary } from './outputs.ts';

const logger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(neutraliseCommands(message)),
  warning: (message) => core.warning(message),
  error: (message) => core.error(message),
};

export async function run(): Promise<void> {
  // Secrets are masked before anything else can print them.
  for (const secret of secretsInInputs((name) => core.getInput(name, { trimWhitespace: false }))) core.setSecret(secret);

  let inputs: ActionInputs;
  try {
    inputs = parseInputs((name) => core.getInput(name));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const problem of error.problems) core.error(problem);
    core.setFailed(`hoist did not start: ${error.problems.length} input ${error.problems.length === 1 ? 'problem' : 'problems'} (see above).`);
    return;
  }

  const targetsText = inputs.targets.map(formatReference).join(', ');
  logger.info(`${inputs.dryRun ? 'Dry run: checking what it takes to copy' : 'Copying'} ${formatReference(inputs.source)} to ${targetsText}.`);
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
    secret: (value) => core.setSecret(value),
    dryRun: inputs.dryRun,
    onProgress: progressLogger((line) => logger.info(line)),
  });

  for (const warning of result.warnings) core.warning(warning);
  for (const target of result.targets) {
    core.startGroup(`${target.target}: ${target.status}${target.digest ? ` (${target.digest})` : ''}`);
    for (const event of target.events) logger.info(event);
    core.endGroup();
  }
  setOutputs(result);
  await writeSummary(result);

  const failed = result.targets.filter((t) => t.status === 'failed');
  for (const target of failed) core.error(target.error ?? `${target.target} failed`);
  if (failed.length > 0) {
    const ok = result.targets.filter((t) => t.status !== 'failed').map((t) => t.target);
    core.setFailed(
      `${failed.length} of ${result.targets.length} targets failed: ${failed.map((t) => t.target).join(', ')}.` +
        (ok.length > 0 ? ` These completed: ${ok.join(', ')}.` : ''),
    );
  } else {
    logger.info(`Done: ${result.targets.map((t) => `${t.target} ${t.status}`).join(', ')}.`);
  }
}
