export const id = 241;
export const ids = [241];
export const modules = {

/***/ 1241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  addSummary: () => (/* binding */ addSummary),
  resultJson: () => (/* binding */ resultJson),
  setOutputs: () => (/* binding */ setOutputs),
  summaryHtml: () => (/* binding */ summaryHtml),
  writeSummary: () => (/* binding */ writeSummary)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(4183);
;// CONCATENATED MODULE: ./src/copy/result-json.ts
function resultEntry(t) {
    return {
        target: t.target,
        digest: t.digest ?? null,
        status: t.status,
        blobs: t.blobs,
        bytesUploaded: t.bytesUploaded,
        durationMs: t.durationMs,
        referrers: t.referrers,
        ...(t.reason !== undefined && { reason: t.reason }),
        ...(t.error !== undefined && { error: t.error }),
    };
}

// EXTERNAL MODULE: ./src/display.ts
var display = __webpack_require__(4857);
// EXTERNAL MODULE: ./src/action/escape.ts
var action_escape = __webpack_require__(1111);
;// CONCATENATED MODULE: ./src/action/outputs.ts
// Step outputs and the job summary, built from the copy result with @actions/core. Everything from a registry is
// escaped: the summary's table API does not escape cells, so each cell is escaped text or our own markup.




/** The `result` output: one object per target, the fields workflows and checks depend on. */
function resultJson(result) {
    return JSON.stringify(result.targets.map(resultEntry));
}
function setOutputs(result) {
    const done = result.targets.filter((t) => t.digest !== undefined);
    core/* setOutput */.uH('digest', done[0]?.digest ?? '');
    // One per target repository: the tags of one repository pin the same reference.
    core/* setOutput */.uH('refs', [...new Set(done.map((t) => t.pinned))].join('\n'));
    core/* setOutput */.uH('result', resultJson(result));
}
const HEADER = [
    'Target',
    'Status',
    'Pinned reference',
    'Platforms',
    'Mounted',
    'Existing',
    'Uploaded',
    'Bytes uploaded',
    'Not transferred',
    'Referrers',
    'Time',
];
/** Appends the run's heading, totals, table, warnings, rate limits and run link to `summary`. */
function addSummary(summary, result, facts = {}) {
    const count = (status) => result.targets.filter((t) => t.status === status).length;
    const [copied, unchanged, failed, planned] = [count('copied'), count('unchanged'), count('failed'), count('planned')];
    const saved = result.targets.reduce((sum, t) => sum + t.bytesSaved, 0);
    const uploaded = result.targets.reduce((sum, t) => sum + t.bytesUploaded, 0);
    summary
        .addHeading(`hoist: ${(0,action_escape/* escapeSummary */.G)(result.source)}`, 2)
        .addRaw(`<p>Source digest <code>${(0,action_escape/* escapeSummary */.G)(result.sourceDigest ?? 'unresolved')}</code>` +
        (result.digest && result.digest !== result.sourceDigest ? `; pushed <code>${(0,action_escape/* escapeSummary */.G)(result.digest)}</code>` : '') +
        (planned > 0
            ? `. Dry run: ${planned} would be copied, ${unchanged} unchanged, ${failed} failed; ${(0,display/* formatBytes */.z3)(uploaded)} would be uploaded, ${(0,display/* formatBytes */.z3)(saved)} would not need transferring. Nothing was written.</p>`
            : `. ${copied} copied, ${unchanged} unchanged, ${failed} failed; ${(0,display/* formatBytes */.z3)(uploaded)} uploaded, ${(0,display/* formatBytes */.z3)(saved)} not transferred thanks to mounts and existing blobs.</p>`), true)
        .addTable([HEADER.map((data) => ({ data, header: true })), ...result.targets.map(row)]);
    if (result.merged && result.merged.length > 0) {
        summary
            .addRaw('<p>Index assembled from:</p>', true)
            .addList(result.merged.map((m) => `${(0,action_escape/* escapeSummary */.G)(m.platform)} from ${code(m.source)}`));
    }
    for (const warning of result.warnings)
        summary.addRaw(`<p>⚠️ ${(0,action_escape/* escapeSummary */.G)(warning)}</p>`, true);
    for (const r of result.rateLimits) {
        const window = r.windowSeconds ? ` per ${formatWindow(r.windowSeconds)}` : '';
        summary.addRaw(`<p>${(0,action_escape/* escapeSummary */.G)(r.registry)} pull allowance left: ${r.remaining} of ${r.limit}${window}.</p>`, true);
    }
    if (facts.runUrl)
        summary.addRaw('<p>').addLink('Workflow run', (0,action_escape/* escapeSummary */.G)(facts.runUrl)).addRaw('</p>', true);
    return summary;
}
/** The job summary as HTML, built with the toolkit's summary API (its buffer is left empty again). */
function summaryHtml(result, facts = {}) {
    const buffered = core/* summary */.z.stringify();
    core/* summary */.z.emptyBuffer();
    try {
        return addSummary(core/* summary */.z, result, facts).stringify();
    }
    finally {
        core/* summary */.z.emptyBuffer().addRaw(buffered);
    }
}
/** Writes the job summary; outside the runner (no GITHUB_STEP_SUMMARY) there is none to write. */
async function writeSummary(result, facts = {}) {
    if (!process.env['GITHUB_STEP_SUMMARY'])
        return;
    await addSummary(core/* summary */.z, result, facts).write();
}
function row(t) {
    // '—', not '': the toolkit writes an empty cell as a lone <td> without its closing tag.
    if (t.status === 'failed')
        return [code(t.target), '❌ failed', (0,action_escape/* escapeSummary */.G)(t.error ?? ''), ...Array(7).fill('—'), seconds(t.durationMs)];
    if (t.status === 'skipped')
        return [code(t.target), '⏭️ skipped', (0,action_escape/* escapeSummary */.G)(t.reason ?? ''), ...Array(7).fill('—'), '—'];
    return [
        code(t.target),
        { copied: '✅ copied', unchanged: '⏸️ unchanged', planned: '🔍 would copy' }[t.status],
        code(t.pinned ?? ''),
        (0,action_escape/* escapeSummary */.G)(t.platforms.join(', ') || '—'),
        String(t.blobs.mounted),
        String(t.blobs.existing),
        String(t.blobs.uploaded),
        (0,display/* formatBytes */.z3)(t.bytesUploaded),
        (0,display/* formatBytes */.z3)(t.bytesSaved),
        referrersCell(t),
        seconds(t.durationMs),
    ];
}
/** What followed the image, by kind: `2 copied (1 signature, 1 sbom), 1 there`. */
function referrersCell(t) {
    const { copied, existing } = t.referrers;
    if (copied === 0 && existing === 0)
        return '—';
    const kinds = Object.entries(t.referrerKinds)
        .map(([kind, n]) => `${n} ${kind}`)
        .join(', ');
    const verb = t.status === 'planned' ? 'to copy' : 'copied';
    return (0,action_escape/* escapeSummary */.G)(`${copied} ${verb}${kinds ? ` (${kinds})` : ''}${existing > 0 ? `, ${existing} there` : ''}`);
}
function code(text) {
    return `<code>${(0,action_escape/* escapeSummary */.G)(text)}</code>`;
}
function formatWindow(seconds) {
    return seconds % 3600 === 0 ? `${seconds / 3600} h` : `${seconds} s`;
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}


/***/ })

};
