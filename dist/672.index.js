export const id = 672;
export const ids = [672];
export const modules = {

/***/ 7672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeEvent: () => (/* binding */ describeEvent)
/* harmony export */ });
/* harmony import */ var _display_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4857);
/* harmony import */ var _retry_describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3969);
// What happened to a target, as data: the action and the CLI format these (describeEvent), tests read the fields.


function describeEvent(event) {
    switch (event.type) {
        case 'unchanged':
            return `${event.target} already points at ${event.digest}; nothing to do.`;
        case 'same-repository':
            return `All ${event.blobs} blobs are already in ${event.repository} (same repository as the source).`;
        case 'blobs': {
            const foreign = event.foreignSkipped > 0 ? `; ${event.foreignSkipped} foreign layers left out (the source does not hold them)` : '';
            return event.planned
                ? `Dry run: ${event.mounted} blobs would be mounted, ${event.existing} are already present, ${event.uploaded} would be uploaded (${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(event.bytesUploaded)})${foreign}.`
                : `Blobs: ${event.mounted} mounted, ${event.existing} already present, ${event.uploaded} uploaded (${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(event.bytesUploaded)})${foreign}.`;
        }
        case 'blob-reuploaded':
            return `${event.repository} did not hold blob ${event.digest} when the manifest went up; uploaded it again.`;
        case 'children':
            return `Pushed ${event.count} child manifests by digest.`;
        case 'referrers': {
            const kinds = Object.entries(event.kinds)
                .map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : 's'}`)
                .join(', ');
            const moved = event.planned ? `${event.copied} would be copied` : `${event.copied} copied`;
            return `Referrers: ${moved}${kinds ? ` (${kinds})` : ''}, ${event.existing} already there.`;
        }
        case 'tagged':
            return event.planned
                ? `Would push ${event.kind} ${event.digest} as ${event.target}.`
                : `Pushed ${event.kind} ${event.digest} as ${event.target}.`;
        case 'retry':
            return (0,_retry_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRetry */ .e)(event);
        case 'failed':
            return event.message;
    }
}


/***/ }),

/***/ 3969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ describeRetry)
/* harmony export */ });
function describeRetry(event) {
    return `Retrying ${event.operation} in ${event.delayMs} ms after ${event.reason} (attempt ${event.attempt} of ${event.attempts}).`;
}


/***/ })

};
