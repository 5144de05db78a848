export const id = 762;
export const ids = [762];
export const modules = {

/***/ 3762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addPlanSummary: () => (/* binding */ addPlanSummary),
/* harmony export */   addSyncSummary: () => (/* binding */ addSyncSummary),
/* harmony export */   writeSummary: () => (/* binding */ writeSummary)
/* harmony export */ });
/* unused harmony exports OPEN_REPOSITORIES, OPEN_TAGS, MAX_LISTED_TAGS, MAX_LISTED_TAGS_IN_ALL */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6251);
/* harmony import */ var _display_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4857);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1111);
// The sync action's job summary, built with core.summary: totals, a table with a row per target repository, then per
// repository the tags that did something (collapsed when the run is big), failures listed, warnings, the run link.
// Everything from a registry or the config is escaped (the summary's table API does not escape cells).



/** Beyond this many repositories, or tags listed in one, the per-repository lists start collapsed. */
const OPEN_REPOSITORIES = 5;
const OPEN_TAGS = 20;
/** Tags listed per repository, and in all, at most: a job summary must stay under the runner's 1 MiB. */
const MAX_LISTED_TAGS = 200;
const MAX_LISTED_TAGS_IN_ALL = 2000;
const STATUS = {
    copied: '✅ copied',
    unchanged: '⏸️ unchanged',
    failed: '❌ failed',
    planned: '🔍 would copy',
    deferred: '⏳ deferred',
    elsewhere: '↪️ another shard',
};
function addSyncSummary(summary, result, config, facts = {}) {
    const t = result.totals;
    const dry = result.dryRun;
    summary
        .addHeading(`hoist sync: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSummary */ .G)(config)}${result.shard ? ` (shard ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSummary */ .G)(result.shard)})` : ''}`, 2)
        .addRaw(`<p>${dry ? 'Dry run, nothing was written: ' : ''}${t.copied} ${dry ? 'to copy' : 'copied'}, ${t.unchanged} unchanged, ${t.skipped} skipped` +
        `${t.deferred > 0 ? ` (${t.deferred} deferred to the next run)` : ''}, ${t.failed} failed; ${(0,_display_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(t.bytes)} ${dry ? 'to move' : 'moved'}, ` +
        `${(0,_display_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(t.bytesSaved)} saved by mounts and blobs already there.</p>`, true)
        .addTable([
        [
            'Repository',
            'Source',
            dry ? 'To copy' : 'Copied',
            'Unchanged',
            'Skipped',
            'Failed',
            'Bytes',
            'Saved',
            dry ? 'To prune' : 'Pruned',
        ].map((data) => ({ data, header: true })),
        ...result.repositories.map(repositoryRow),
    ]);
    const open = result.repositories.length <= OPEN_REPOSITORIES;
    let room = MAX_LISTED_TAGS_IN_ALL;
    for (const r of result.repositories) {
        const listed = r.tags.filter((tag) => tag.status !== 'unchanged' && tag.status !== 'elsewhere');
        const pruned = [...(r.prune?.deleted ?? [])];
        if (listed.length === 0 && pruned.length === 0 && (r.prune?.kept.length ?? 0) === 0)
            continue;
        const rows = Math.min(listed.length, MAX_LISTED_TAGS, room);
        room -= rows;
        summary.addRaw(tagDetails(r, listed, rows, open && listed.length <= OPEN_TAGS, dry), true);
    }
    if (result.failures.length > 0) {
        summary.addHeading('Failures', 3).addList(result.failures.map((f) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSummary */ .G)(f)));
    }
    for (const warning of result.warnings)
        summary.addRaw(`<p>⚠️ ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSummary */ .G)(warning)}</p>`, true);
    if (facts.runUrl)
        summary.addRaw('<p>').addLink('Workflow run', (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSummary */ .G)(facts.runUrl)).addRaw('</p>', true);
    return summary;
}
function addPlanSummary(summary, plan, config) {
    const tags = plan.items.reduce((n, i) => n + i.tags.length, 0);
    const bytes = plan.items.reduce((n, i) => n + i.bytes, 0);
    summary
        .addHeading(`hoist sync plan: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSummary */ .G)(config)}`, 2)
        .addRaw(`<p>${tags} tags (${plan.items.length} images) to copy, ${(0,_display_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(bytes)} to move, over ${plan.shards.length} shards; ${plan.unchanged} tags unchanged.</p>`, true)
        .addTable([
        ['Shard', 'Tags', 'Images', 'Bytes'].map((data) => ({ data, header: true })),
        ...plan.shards.map((s) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSummary */ .G)(s.shard), String(s.tags), String(s.items), (0,_display_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(s.bytes)]),
    ]);
    if (plan.failures.length > 0)
        summary.addHeading('Failures', 3).addList(plan.failures.map((f) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSummary */ .G)(f)));
    return summary;
}
/** Writes to the job summary; outside the runner (no GITHUB_STEP_SUMMARY) there is none to write. */
async function writeSummary(build) {
    if (!process.env['GITHUB_STEP_SUMMARY'])
        return;
    await build(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z).write();
}
function repositoryRow(r) {
    // '—', not '': the toolkit writes an empty cell as a lone <td> without its closing tag.
    const prune = r.prune ? `${r.prune.deleted.length}${r.prune.kept.length > 0 ? ` (${r.prune.kept.length} kept)` : ''}` : '—';
    if (r.error !== undefined) {
        return [code(r.target), code(r.source), `❌ ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSummary */ .G)(r.error)}`, '—', '—', '—', '—', '—', '—'];
    }
    return [
        code(r.target),
        code(r.source),
        String(r.copied),
        String(r.unchanged),
        String(r.skipped),
        r.failed > 0 ? `❌ ${r.failed}` : '0',
        (0,_display_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(r.bytes),
        (0,_display_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(r.bytesSaved),
        prune,
    ];
}
/** A `<details>` block: the tags that did something, then what prune deleted or kept. */
function tagDetails(r, tags, rows, open, dry) {
    const shown = tags.slice(0, rows);
    const cells = shown.map((t) => `<tr><td>${code(t.tag)}</td><td>${STATUS[t.status]}</td><td>${t.digest ? code(t.digest) : '—'}</td>` +
        `<td>${t.status === 'failed' ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSummary */ .G)(t.error ?? '') : (0,_display_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(t.bytes)}</td></tr>`);
    const more = tags.length > shown.length ? `<p>and ${tags.length - shown.length} more tags (see the result output).</p>` : '';
    const table = cells.length > 0 ? `<table><tr><th>Tag</th><th>Status</th><th>Digest</th><th>Bytes or error</th></tr>${cells.join('')}</table>` : '';
    const deleted = r.prune?.deleted ?? [];
    const pruned = deleted.length > 0 ? `<p>${dry ? 'Would delete' : 'Deleted'}: ${deleted.map((tag) => code(tag)).join(', ')}</p>` : '';
    const kept = (r.prune?.kept ?? []).map((k) => `<p>Kept ${code(k.tag)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSummary */ .G)(k.reason)}</p>`).join('');
    return `<details${open ? ' open' : ''}><summary>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSummary */ .G)(r.target)}: ${tags.length} tags listed</summary>${table}${more}${pruned}${kept}</details>`;
}
function code(text) {
    return `<code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSummary */ .G)(text)}</code>`;
}


/***/ })

};
