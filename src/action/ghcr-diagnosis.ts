// When ghcr.io refuses the job's token (401/403), the registry does not say why; GitHub's REST API can: it knows
// whether the package exists and which repository it is linked to. This turns that into the one thing to change.
// @actions/github (Octokit) is loaded only here, on this failure path.

export interface GhcrDiagnosisRequest {
  /** Registry that refused: nothing is said unless it is ghcr.io. */
  readonly registry: string;
  /** HTTP status the registry answered: nothing is said unless it is 401 or 403. */
  readonly status: number | undefined;
  /** Image repository on ghcr.io, `owner/name[/more]`; the package is `name[/more]`. */
  readonly repository: string;
  /** `owner/repo` of the workflow's repository, when known. */
  readonly workflowRepository: { readonly owner: string; readonly repo: string } | undefined;
  /** The token ghcr.io refused, used to ask the API. */
  readonly token: string;
  /** REST API root; default GITHUB_API_URL, else https://api.github.com. */
  readonly apiUrl?: string;
  /** How long the API may take to answer. */
  readonly timeoutMs?: number;
}

/** Package fields the diagnosis reads, as GitHub documents them for `GET /orgs/{org}/packages/{type}/{name}`. */
interface PackageResponse {
  readonly name: string;
  readonly repository?: { readonly full_name: string } | null;
}

const WRITE_ACCESS = 'Package settings → Manage Actions access → add';
export const USUAL_CAUSES =
  'With the job token, the usual causes are a job without `permissions: packages: write` and a package not linked to this ' +
  `repository (${WRITE_ACCESS} this repository with the Write role).`;

/**
 * A sentence or two naming the cause of a ghcr.io 401/403 and what to change, or undefined when the failure is not
 * one (another registry or status). Falls back to the usual causes when the API cannot answer.
 */
export async function diagnoseGhcr(request: GhcrDiagnosisRequest): Promise<string | undefined> {
  if (request.registry !== 'ghcr.io' || (request.status !== 401 && request.status !== 403)) return undefined;
  const slash = request.repository.indexOf('/');
  if (slash <= 0) return USUAL_CAUSES;
  const owner = request.repository.slice(0, slash);
  const name = request.repository.slice(slash + 1);
  const image = `ghcr.io/${request.repository}`;
  const workflow = request.workflowRepository ? `${request.workflowRepository.owner}/${request.workflowRepository.repo}` : undefined;
  const thisRepository = workflow ?? 'this workflow’s repository';

  let found: PackageResponse | undefined;
  try {
    found = await lookUpPackage(request, owner, name);
  } catch (error) {
    return `${USUAL_CAUSES} (GitHub’s API could not say more: ${apiProblem(error)}.)`;
  }
  if (found === undefined) {
    return (
      `GitHub’s API shows no package ${name} owned by ${owner} to this token. Either it does not exist yet (then the job needs ` +
      `\`permissions: packages: write\` for its first push, which creates it linked to ${thisRepository}), or it exists and ` +
      `${thisRepository} has no access to it (${WRITE_ACCESS} ${thisRepository} with the Write role).`
    );
  }
  const linked = found.repository?.full_name;
  if (linked === undefined) {
    return (
      `The package ${image} exists and is linked to no repository: ${WRITE_ACCESS} ${thisRepository} with the Write role, ` +
      'and give the job `permissions: packages: write`.'
    );
  }
  if (workflow !== undefined && linked.toLowerCase() === workflow.toLowerCase()) {
    return (
      `The package ${image} exists and is linked to ${linked}, this workflow’s repository, so the job’s token lacks the ` +
      `right to write it: give the job \`permissions: packages: write\` (and check in ${WRITE_ACCESS.replace(' → add', '')} ` +
      `that ${linked} has the Write role).`
    );
  }
  return (
    `The package ${image} exists and is linked to ${linked}, not to ${thisRepository}: ${WRITE_ACCESS} ${thisRepository} ` +
    'with the Write role, and give the job `permissions: packages: write`.'
  );
}

/** The package, looked up as an organisation's and then as a user's; undefined when both answer 404. */
async function lookUpPackage(request: GhcrDiagnosisRequest, owner: string, name: string): Promise<PackageResponse | undefined> {
  const { getOctokit } = await import('@actions/github');
  const baseUrl = (request.apiUrl ?? (process.env['GITHUB_API_URL'] || 'https://api.github.com')).replace(/\/+$/, '');
  const octokit = getOctokit(request.token, { baseUrl });
  const options = { package_name: name, request: { signal: AbortSignal.timeout(request.timeoutMs ?? 10_000) } };
  // Octokit URL-encodes the path parameters: a nested package name's `/` travels as %2F, as the API expects.
  try {
    return (await octokit.request('GET /orgs/{org}/packages/container/{package_name}', { ...options, org: owner })).data as PackageResponse;
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
  try {
    return (await octokit.request('GET /users/{username}/packages/container/{package_name}', { ...options, username: owner }))
      .data as PackageResponse;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
}

function apiProblem(error: unknown): string {
  const status = statusOf(error);
  if (status !== undefined) return `it answered HTTP ${status}`;
  return error instanceof Error ? error.message : String(error);
}
