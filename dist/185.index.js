export const id = 185;
export const ids = [185];
export const modules = {

/***/ 7185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   progressLogger: () => (/* binding */ progressLogger)
/* harmony export */ });
/* harmony import */ var _display_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4857);
// Progress as log lines, for logs that are read afterwards (the action): a line when an upload starts, one when
// it ends, and one every interval for long uploads. Never a line per chunk.

function progressLogger(line, options = {}) {
    const interval = options.intervalMs ?? 10_000;
    const now = options.now ?? Date.now;
    const uploads = new Map();
    const name = (e) => `${e.repository}: ${e.digest.slice(0, 19)}`;
    return (event) => {
        const key = `${event.repository} ${event.digest}`;
        const time = now();
        if (event.phase === 'start') {
            uploads.set(key, { started: time, lastLine: time });
            line(`${name(event)} uploading ${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(event.size)}`);
            return;
        }
        const upload = uploads.get(key);
        if (!upload)
            return;
        if (event.phase === 'done') {
            uploads.delete(key);
            const seconds = Math.max((time - upload.started) / 1000, 0.001);
            line(`${name(event)} uploaded ${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(event.size)} in ${seconds.toFixed(1)} s (${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRate */ .CE)(event.size, seconds)})`);
        }
        else if (time - upload.lastLine >= interval) {
            upload.lastLine = time;
            const seconds = Math.max((time - upload.started) / 1000, 0.001);
            line(`${name(event)} ${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(event.bytesDone)} of ${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(event.size)} (${(0,_display_js__WEBPACK_IMPORTED_MODULE_0__/* .formatRate */ .CE)(event.bytesDone, seconds)})`);
        }
    };
}


/***/ })

};
