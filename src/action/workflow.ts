// What the action needs to know about the workflow it runs in, read from @actions/github's context rather than from
// GITHUB_* variables by hand. Each fact is optional: outside a runner (local debugging, tests) some are missing.

/** The parts of `github.context` read here (structurally, so a test can hand in its own). */
export interface WorkflowContext {
  readonly serverUrl: string;
  readonly runId: number;
  readonly actor: string | undefined;
  /** Throws when neither GITHUB_REPOSITORY nor the event payload names one, as @actions/github's getter does. */
  readonly repo: { owner: string; repo: string };
}

export interface WorkflowFacts {
  /** `owner/name` of the repository whose workflow runs. */
  readonly repository?: { readonly owner: string; readonly repo: string };
  /** Who triggered the run: the username for the job's token on ghcr.io. */
  readonly actor?: string;
  /** Link to this workflow run. */
  readonly runUrl?: string;
}

export function workflowFacts(context: WorkflowContext): WorkflowFacts {
  let repository: { owner: string; repo: string } | undefined;
  try {
    const { owner, repo } = context.repo;
    if (owner && repo) repository = { owner, repo };
  } catch {
    repository = undefined;
  }
  return {
    ...(repository && { repository }),
    ...(context.actor && { actor: context.actor }),
    ...(repository &&
      Number.isInteger(context.runId) &&
      context.runId > 0 && { runUrl: `${context.serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${context.runId}` }),
  };
}

/** The facts of the workflow this process runs in; loads @actions/github (and with it Octokit) on first call. */
export async function currentWorkflow(): Promise<WorkflowFacts> {
  const { context } = await import('@actions/github');
  return workflowFacts(context);
}
