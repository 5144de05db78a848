// The action: inputs -> copy -> outputs, spoken through @actions/core. The one place that fails the step.
// What only a real run needs (the engine, @actions/github) is imported after the inputs are read, so a step with
// bad input fails at once.
import './v8-tuned.ts';
import * as core from '@actions/core';
import type { TargetResult } from '../copy/copy.ts';
import type { Logger } from '../log.ts';
import { neutraliseCommands } from './escape.ts';
import { InputError, parseInputs, secretsInInputs, type ActionInputs } from './inputs.ts';
import type { WorkflowFacts } from './workflow.ts';

const logger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(neutraliseCommands(message)),
  warning: (message) => core.warning(message),
  error: (message) => core.error(message),
};

/** Runs the action; never throws: a bug is reported as the step's failure, with its stack. */
export async function run(): Promise<void> {
  try {
    await copyAsInputsSay();
  } catch (error) {
    core.setFailed(`hoist failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

async function copyAsInputsSay(): Promise<void> {
  // Secrets are masked before anything else can print them.
  for (const secret of secretsInInputs((name) => core.getInput(name, { trimWhitespace: false }))) core.setSecret(secret);

  let inputs: ActionInputs;
  try {
    inputs = parseInputs((name) => core.getInput(name));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const problem of error.problems) core.error(problem);
    core.setFailed(
      `hoist did not start: ${error.problems.length} input ${error.problems.length === 1 ? 'problem' : 'problems'} (see above).`,
    );
    return;
  }

  const [{ promote }, { progressLogger }, { describeEvent }] = await Promise.all([
    import('../copy/promote.ts'),
    import('../copy/progress-log.ts'),
    import('../copy/events.ts'),
  ]);
  // @actions/github (Octokit with it) takes ~13 ms to load. Where ghcr.io is involved it is needed first (the actor is
  // the token's username); elsewhere it loads once the copy has started, while the copy waits on the network.
  // The facts are optional (a summary without a run link still serves), so failing to read them fails nothing.
  const loadWorkflow = (): Promise<WorkflowFacts> =>
    import('./workflow.ts')
      .then(({ currentWorkflow }) => currentWorkflow())
      .catch((error: unknown) => {
        core.warning(`hoist could not read the workflow's context: ${error instanceof Error ? error.message : String(error)}`);
        return {};
      });
  const onGhcr = [...inputs.sources, ...inputs.targets].some((r) => r.kind === 'registry' && r.reference.registry === 'ghcr.io');
  const early = onGhcr ? await loadWorkflow() : undefined;
  const actor = early?.actor;
  const targetsText = inputs.targets.map((t) => t.text).join(', ');
  const sourcesText = inputs.sources.map((s) => s.text).join(' + ');
  logger.info(
    `${inputs.dryRun ? 'Dry run: checking what it takes to ' : ''}${inputs.sources.length > 1 ? `${inputs.dryRun ? 'merge' : 'Merging'} ${sourcesText} into one index for` : `${inputs.dryRun ? 'copy' : 'Copying'} ${sourcesText} to`} ${targetsText}.`,
  );
  for (const t of inputs.targets) {
    if (t.kind === 'registry' && t.tagImplied && inputs.release === undefined)
      logger.info(`${t.text}: no tag was written, so the tag is latest.`);
  }
  const credentials = {
    explicit: [
      ...(inputs.username !== undefined && inputs.password !== undefined && inputs.registry !== undefined
        ? [{ registry: inputs.registry, username: inputs.username, password: inputs.password }]
        : []),
      ...inputs.credentials,
    ],
    ...(inputs.githubToken !== undefined && { githubToken: inputs.githubToken }),
    ...(actor !== undefined && { githubActor: actor }),
  };
  const copying = promote({
    sources: inputs.sources,
    targets: inputs.targets,
    referrers: inputs.referrers,
    annotations: inputs.annotations,
    release: inputs.release,
    overwrite: inputs.overwrite,
    // Files in source and targets are relative to the workspace, as every other path in a workflow.
    ...(process.env['GITHUB_WORKSPACE'] && { cwd: process.env['GITHUB_WORKSPACE'] }),
    platforms: inputs.platforms,
    concurrency: inputs.concurrency,
    credentials,
    insecureRegistries: inputs.insecureRegistries,
    logger,
    secret: (value) => core.setSecret(value),
    dryRun: inputs.dryRun,
    onProgress: progressLogger((line) => logger.info(line)),
  });
  const facts = early ?? loadWorkflow();
  const result = await copying;

  for (const warning of result.warnings) core.warning(warning);
  for (const target of result.targets) {
    await core.group(`${target.target}: ${target.status}${target.digest ? ` (${target.digest})` : ''}`, () => {
      for (const event of target.events) logger.info(describeEvent(event));
      return Promise.resolve();
    });
  }
  const [{ setOutputs, writeSummary }, workflow] = await Promise.all([import('./outputs.ts'), facts]);
  setOutputs(result);
  await writeSummary(result, workflow);

  const failed = result.targets.filter((t) => t.status === 'failed');
  for (const target of failed) {
    const diagnosis = await ghcrDiagnosis(target, inputs, credentials, workflow.repository);
    core.error(`${target.error ?? `${target.target} failed`}${diagnosis ? `\n${diagnosis}` : ''}`);
  }
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

/** On a ghcr.io 401/403 with the `github-token` (not other credentials), GitHub's API tells which setting to change. */
async function ghcrDiagnosis(
  target: TargetResult,
  inputs: ActionInputs,
  sources: { explicit: { registry: string; username: string; password: string }[]; githubToken?: string; githubActor?: string },
  workflowRepository: { owner: string; repo: string } | undefined,
): Promise<string | undefined> {
  const status = target.failure?.status;
  if (target.failure?.registry !== 'ghcr.io' || (status !== 401 && status !== 403) || inputs.githubToken === undefined) return undefined;
  // Which credentials ghcr.io got is decided by the same lookup the registry layer made.
  const { loadDockerConfig, resolveCredentials } = await import('../store/registry/credentials.ts');
  const used = await resolveCredentials('ghcr.io', { ...sources, secret: (value) => core.setSecret(value) }, loadDockerConfig());
  if (used?.source !== 'github-token') return undefined;
  const { diagnoseGhcr } = await import('./ghcr-diagnosis.ts');
  return diagnoseGhcr({
    registry: 'ghcr.io',
    status,
    repository: target.repository.slice('ghcr.io/'.length),
    workflowRepository,
    token: inputs.githubToken,
  });
}
