export const id = 950;
export const ids = [950];
export const modules = {

/***/ 9950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   diagnoseGhcr: () => (/* binding */ diagnoseGhcr)
/* harmony export */ });
/* unused harmony export USUAL_CAUSES */
// When ghcr.io refuses the job's token (401/403), the registry does not say why; GitHub's REST API can: it knows
// whether the package exists and which repository it is linked to. This turns that into the one thing to change.
// @actions/github (Octokit) is loaded only here, on this failure path.
const WRITE_ACCESS = 'Package settings → Manage Actions access → add';
const USUAL_CAUSES = 'With the job token, the usual causes are a job without `permissions: packages: write` and a package not linked to this ' +
    `repository (${WRITE_ACCESS} this repository with the Write role).`;
/**
 * A sentence or two naming the cause of a ghcr.io 401/403 and what to change, or undefined when the failure is not
 * one (another registry or status). Falls back to the usual causes when the API cannot answer.
 */
async function diagnoseGhcr(request) {
    if (request.registry !== 'ghcr.io' || (request.status !== 401 && request.status !== 403))
        return undefined;
    const slash = request.repository.indexOf('/');
    if (slash <= 0)
        return USUAL_CAUSES;
    const owner = request.repository.slice(0, slash);
    const name = request.repository.slice(slash + 1);
    const image = `ghcr.io/${request.repository}`;
    const workflow = request.workflowRepository ? `${request.workflowRepository.owner}/${request.workflowRepository.repo}` : undefined;
    const thisRepository = workflow ?? 'this workflow’s repository';
    let found;
    try {
        found = await lookUpPackage(request, owner, name);
    }
    catch (error) {
        return `${USUAL_CAUSES} (GitHub’s API could not say more: ${apiProblem(error)}.)`;
    }
    if (found === undefined) {
        return (`GitHub’s API shows no package ${name} owned by ${owner} to this token. Either it does not exist yet (then the job needs ` +
            `\`permissions: packages: write\` for its first push, which creates it linked to ${thisRepository}), or it exists and ` +
            `${thisRepository} has no access to it (${WRITE_ACCESS} ${thisRepository} with the Write role).`);
    }
    const linked = found.repository?.full_name;
    if (linked === undefined) {
        return (`The package ${image} exists and is linked to no repository: ${WRITE_ACCESS} ${thisRepository} with the Write role, ` +
            'and give the job `permissions: packages: write`.');
    }
    if (workflow !== undefined && linked.toLowerCase() === workflow.toLowerCase()) {
        return (`The package ${image} exists and is linked to ${linked}, this workflow’s repository, so the job’s token lacks the ` +
            `right to write it: give the job \`permissions: packages: write\` (and check in ${WRITE_ACCESS.replace(' → add', '')} ` +
            `that ${linked} has the Write role).`);
    }
    return (`The package ${image} exists and is linked to ${linked}, not to ${thisRepository}: ${WRITE_ACCESS} ${thisRepository} ` +
        'with the Write role, and give the job `permissions: packages: write`.');
}
/** The package, looked up as an organisation's and then as a user's; undefined when both answer 404. */
async function lookUpPackage(request, owner, name) {
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 2413));
    const baseUrl = (request.apiUrl ?? (process.env['GITHUB_API_URL'] || 'https://api.github.com')).replace(/\/+$/, '');
    const octokit = getOctokit(request.token, { baseUrl });
    const options = { package_name: name, request: { signal: AbortSignal.timeout(request.timeoutMs ?? 10_000) } };
    // Octokit URL-encodes the path parameters: a nested package name's `/` travels as %2F, as the API expects.
    try {
        return (await octokit.request('GET /orgs/{org}/packages/container/{package_name}', { ...options, org: owner })).data;
    }
    catch (error) {
        if (statusOf(error) !== 404)
            throw error;
    }
    try {
        return (await octokit.request('GET /users/{username}/packages/container/{package_name}', { ...options, username: owner }))
            .data;
    }
    catch (error) {
        if (statusOf(error) === 404)
            return undefined;
        throw error;
    }
}
function statusOf(error) {
    return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
}
function apiProblem(error) {
    const status = statusOf(error);
    if (status !== undefined)
        return `it answered HTTP ${status}`;
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
