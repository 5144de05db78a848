// The sync action's inputs as typed options. Pure (it takes a reader), as parseInputs is; every problem is reported
// at once, quoting the value and saying what was expected. The credential inputs share the main action's grammar.
import { isAbsolute, resolve } from 'node:path';
import { normaliseRegistry } from '../oci/reference.ts';
import { parseShard, ShardError, type ShardSpec } from '../sync/shards.ts';
import { splitList } from '../display.ts';
import { InputError, parseCredentialLines } from './inputs.ts';

export interface SyncActionInputs {
  /** The config file as written (how errors name it) and where it is read from (relative to the workspace). */
  readonly config: { readonly text: string; readonly path: string };
  readonly shard: ShardSpec | undefined;
  /** `plan: N`: print the matrix for N shards instead of syncing. */
  readonly plan: number | undefined;
  readonly dryRun: boolean;
  readonly strict: boolean;
  readonly githubToken: string | undefined;
  readonly credentials: readonly { registry: string; username: string; password: string }[];
  readonly insecureRegistries: ReadonlySet<string>;
}

/** `workspace` is where a relative config path starts (GITHUB_WORKSPACE; the current directory outside the runner). */
export function parseSyncInputs(read: (name: string) => string, workspace: string): SyncActionInputs {
  const problems: string[] = [];
  const get = (name: string): string => read(name).trim();

  const configText = get('config');
  if (configText === '')
    problems.push('Input "config" is required: the sync config file, relative to the workspace, e.g. .github/mirror.yml.');
  const path = isAbsolute(configText) ? configText : resolve(workspace, configText);

  let shard: ShardSpec | undefined;
  const shardText = get('shard');
  if (shardText !== '') {
    try {
      shard = parseShard(shardText);
    } catch (error) {
      if (!(error instanceof ShardError)) throw error;
      problems.push(`Input "shard": ${error.message}.`);
    }
  }

  let plan: number | undefined;
  const planText = get('plan');
  if (planText !== '') {
    try {
      // parseShard checks N as the CLI's --plan does: `1/N` is a valid shard exactly when N is a valid count.
      if (!/^\d+$/.test(planText)) throw new ShardError(`"${planText}" is not a number of shards; expected e.g. 4`);
      plan = parseShard(`1/${planText}`).count;
    } catch (error) {
      if (!(error instanceof ShardError)) throw error;
      problems.push(`Input "plan": ${error.message}.`);
    }
  }
  if (planText !== '' && shardText !== '') {
    problems.push(
      `Inputs "plan" ("${planText}") and "shard" ("${shardText}") were both given; they go in different jobs: plan prints the matrix, shard syncs one part of it.`,
    );
  }

  const dryRun = booleanInput('dry-run', get('dry-run'), problems);
  const strict = booleanInput('strict', get('strict'), problems);
  const credentials = parseCredentialLines(read('credentials'), problems);
  const insecureRegistries = new Set<string>();
  for (const item of splitList(read('insecure-registries'))) {
    try {
      insecureRegistries.add(normaliseRegistry(item));
    } catch {
      problems.push(`Input "insecure-registries" has "${item}", which is not a registry host; expected host[:port].`);
    }
  }

  if (problems.length > 0) throw new InputError(problems);
  return {
    config: { text: configText, path },
    shard,
    plan,
    dryRun,
    strict,
    githubToken: read('github-token') || undefined,
    credentials,
    insecureRegistries,
  };
}

function booleanInput(name: string, text: string, problems: string[]): boolean {
  const word = text.toLowerCase();
  if (['', 'false', 'no', '0', 'off'].includes(word)) return false;
  if (['true', 'yes', '1', 'on'].includes(word)) return true;
  problems.push(`Input "${name}" is "${text}"; expected true or false.`);
  return false;
}
