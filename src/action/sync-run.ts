// The sync action (`uses: <owner>/hoist/sync@v1`): inputs -> config -> plan (the matrix) or a sync of one shard ->
// outputs and summary, spoken through @actions/core. The one place that fails the sync step. As in run.ts, the
// engine is imported after the inputs and the config are read, so a step with bad input fails at once; and
// @actions/cache only when the runner offers the cache service.
import './v8-tuned.ts';
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { formatBytes } from '../display.ts';
import type { Logger } from '../log.ts';
import { SyncConfigError, parseSyncConfig, type SyncConfig } from '../sync/config.ts';
import type { SyncOptions } from '../sync/run.ts';
import type { SyncResult } from '../sync/sync-result.ts';
import { neutraliseCommands } from './escape.ts';
import { InputError, secretsInInputs } from './inputs.ts';
import { parseSyncInputs, type SyncActionInputs } from './sync-inputs.ts';
import type { WorkflowFacts } from './workflow.ts';

/** Warnings already annotated through the logger, so the result's list does not annotate them twice. */
const warned = new Set<string>();
const logger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(neutraliseCommands(message)),
  warning: (message) => {
    warned.add(message);
    core.warning(message);
  },
  error: (message) => core.error(message),
};

/** Runs the sync action; never throws: a bug is reported as the step's failure, with its stack. */
export async function run(): Promise<void> {
  try {
    await syncAsInputsSay();
  } catch (error) {
    core.setFailed(`hoist sync failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

async function syncAsInputsSay(): Promise<void> {
  // Secrets are masked before anything else can print them.
  for (const secret of secretsInInputs((name) => core.getInput(name, { trimWhitespace: false }))) core.setSecret(secret);

  let inputs: SyncActionInputs;
  try {
    inputs = parseSyncInputs((name) => core.getInput(name), process.env['GITHUB_WORKSPACE'] || process.cwd());
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const problem of error.problems) core.error(problem);
    core.setFailed(
      `hoist sync did not start: ${error.problems.length} input ${error.problems.length === 1 ? 'problem' : 'problems'} (see above).`,
    );
    return;
  }
  const config = readConfig(inputs);
  if (config === undefined) return;

  const [{ planSync, runSync }, { syncFailed }] = await Promise.all([import('../sync/run.ts'), import('../sync/sync-result.ts')]);
  const loadWorkflow = (): Promise<WorkflowFacts> =>
    import('./workflow.ts')
      .then(({ currentWorkflow }) => currentWorkflow())
      .catch((error: unknown) => {
        core.warning(`hoist could not read the workflow's context: ${error instanceof Error ? error.message : String(error)}`);
        return {};
      });
  // On ghcr.io the job's token is used as the workflow's actor, so the facts are needed before the first request.
  const onGhcr = config.jobs.some((j) => j.source.registry === 'ghcr.io' || j.target.registry === 'ghcr.io');
  const early = onGhcr ? await loadWorkflow() : undefined;
  const options: SyncOptions = {
    config,
    credentials: {
      explicit: inputs.credentials,
      ...(inputs.githubToken !== undefined && { githubToken: inputs.githubToken }),
      ...(early?.actor !== undefined && { githubActor: early.actor }),
    },
    insecureRegistries: inputs.insecureRegistries,
    logger,
    secret: (value) => core.setSecret(value),
    dryRun: inputs.dryRun,
    shard: inputs.shard,
  };
  const { addPlanSummary, addSyncSummary, writeSummary } = await import('./sync-summary.ts');

  if (inputs.plan !== undefined) {
    const plan = await planSync(options, inputs.plan);
    for (const s of plan.shards) logger.info(`shard ${s.shard}: ${s.tags} tags (${s.items} images), ${formatBytes(s.bytes)} to move`);
    logger.info(`${plan.unchanged} tags unchanged.`);
    core.setOutput('matrix', JSON.stringify(plan.matrix));
    await writeSummary((summary) => addPlanSummary(summary, plan, inputs.config.text));
    for (const failure of plan.failures) core.error(failure);
    if (plan.failures.length > 0)
      core.setFailed(`hoist sync could not plan ${plan.failures.length} of the config's repositories or images (see above).`);
    return;
  }

  // Remembered blob locations only help a run that writes; a dry run neither reads nor saves them.
  const cache = inputs.dryRun ? undefined : await import('./blob-locations-cache.ts');
  const place = cache?.blobLocationsCache(
    inputs.config.text,
    config.jobs.map((j) => j.target.registry),
    runKey(inputs),
  );
  const locations = cache && place ? await cache.restoreBlobLocations(place, logger, cache.loadCacheApi) : undefined;
  const facts = early ?? loadWorkflow();
  const result = await runSync({ ...options, ...(locations && { blobLocations: locations }) });
  if (cache && place && locations) await cache.saveBlobLocations(place, locations, logger, cache.loadCacheApi);

  await reportRepositories(result);
  core.setOutput('result', JSON.stringify(result));
  const workflow = await facts;
  await writeSummary((summary) => addSyncSummary(summary, result, inputs.config.text, workflow));
  for (const warning of result.warnings) if (!warned.has(warning)) core.warning(warning);
  for (const failure of result.failures) core.error(failure);

  const t = result.totals;
  const done = `${t.copied} copied, ${t.unchanged} unchanged, ${t.skipped} skipped, ${t.failed} failed`;
  if (syncFailed(result)) {
    const n = result.failures.length;
    core.setFailed(`hoist sync: ${n} ${n === 1 ? 'failure' : 'failures'} (see above); ${done}. The others completed.`);
  } else if (inputs.strict && result.rateLimited) {
    core.setFailed(
      `hoist sync stopped before exhausting ${result.rateLimited.registry}'s pull allowance and strict is set: ${result.rateLimited.deferredTags} tags wait for the next run.`,
    );
  } else {
    logger.info(`Done${result.dryRun ? ' (dry run)' : ''}: ${done}.`);
  }
}

/** The config, checked; undefined (the step failed, with an annotation at the offending line) when it cannot be used. */
function readConfig(inputs: SyncActionInputs): SyncConfig | undefined {
  let text: string;
  try {
    text = readFileSync(inputs.config.path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    core.setFailed(
      `hoist sync cannot read the config "${inputs.config.text}" (${inputs.config.path}): ${reason}; the path is relative to the workspace.`,
    );
    return undefined;
  }
  try {
    return parseSyncConfig(text, inputs.config.text);
  } catch (error) {
    if (!(error instanceof SyncConfigError)) throw error;
    core.error(error.message, { file: error.file, startLine: error.line, startColumn: error.column });
    core.setFailed(`hoist sync did not start: the config ${error.file} has a problem at line ${error.line} (see above).`);
    return undefined;
  }
}

/** One group per repository: its tags that did something, one line each. */
async function reportRepositories(result: SyncResult): Promise<void> {
  for (const r of result.repositories) {
    const head = r.error ?? `${r.copied} copied, ${r.unchanged} unchanged, ${r.skipped} skipped, ${r.failed} failed`;
    await core.group(neutraliseCommands(`${r.source} -> ${r.target}: ${head}`), () => {
      for (const t of r.tags) {
        if (t.status === 'unchanged') continue;
        logger.info(`${r.target}:${t.tag} ${t.status}${t.digest ? ` ${t.digest}` : ''}${t.error ? `: ${t.error}` : ''}`);
      }
      for (const tag of r.prune?.deleted ?? []) logger.info(`${r.target}:${tag} ${result.dryRun ? 'would be deleted' : 'deleted'} (prune)`);
      return Promise.resolve();
    });
  }
}

/** This run's part of the cache key: a run, its attempt and its shard each save their own entry. */
function runKey(inputs: SyncActionInputs): string {
  const run = process.env['GITHUB_RUN_ID'] || String(Date.now());
  const attempt = process.env['GITHUB_RUN_ATTEMPT'] || '1';
  return `${run}-${attempt}-${inputs.shard ? `${inputs.shard.index}of${inputs.shard.count}` : 'all'}`;
}
