export const id = 740;
export const ids = [740];
export const modules = {

/***/ 9740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncFailed: () => (/* binding */ syncFailed)
/* harmony export */ });
// What a sync did, as plain data the edges render: one row per target repository (the action's summary table, the
// CLI's table, `--json`), the failures listed, and what a rate-limit stop left for the next run.
/** The failed ones: a sync that had any exits 1. */
function syncFailed(result) {
    return result.totals.failed > 0 || result.repositories.some((r) => r.error !== undefined || (r.prune?.failed.length ?? 0) > 0);
}


/***/ })

};
