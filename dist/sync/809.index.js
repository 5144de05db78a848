export const id = 809;
export const ids = [809];
export const modules = {

/***/ 5809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   currentWorkflow: () => (/* binding */ currentWorkflow),
/* harmony export */   workflowFacts: () => (/* binding */ workflowFacts)
/* harmony export */ });
// What the action needs to know about the workflow it runs in, read from @actions/github's context rather than from
// GITHUB_* variables by hand. Each fact is optional: outside a runner (local debugging, tests) some are missing.
function workflowFacts(context) {
    let repository;
    try {
        const { owner, repo } = context.repo;
        if (owner && repo)
            repository = { owner, repo };
    }
    catch {
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
async function currentWorkflow() {
    const { context } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 2413));
    return workflowFacts(context);
}


/***/ })

};
