export const id = 233;
export const ids = [233];
export const modules = {

/***/ 7982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ withStore),
/* harmony export */   h: () => (/* binding */ referenceIn)
/* harmony export */ });
/* harmony import */ var _store_registry_registries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6831);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1030);


async function withStore(ref, values, io, logger, use) {
    if (ref.kind === 'file') {
        // The file stores (and tar) load only for a file.
        const { openFileStore } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(631)]).then(__webpack_require__.bind(__webpack_require__, 2631));
        const store = await openFileStore(ref.file, 'read', { logger });
        try {
            return await use(store);
        }
        finally {
            await store.close('abort');
        }
    }
    const registry = ref.reference.registry;
    const explicit = await (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .explicitCredentials */ .Ve)(values, registry, io);
    const registries = await (0,_store_registry_registries_js__WEBPACK_IMPORTED_MODULE_0__/* .openRegistries */ .c)([registry], {
        credentials: { explicit },
        insecureRegistries: (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .insecureOption */ .Mw)(values),
        logger,
        secret: () => { },
    });
    try {
        return await use(registries.repository(ref.reference, 'pull'));
    }
    finally {
        await registries.close();
    }
}
/** The tag or digest a reference names inside its store ('' for a file's only image). */
function referenceIn(ref) {
    return ref.kind === 'file' ? (ref.file.reference ?? '') : (ref.reference.digest ?? ref.reference.tag);
}


/***/ }),

/***/ 2233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tagsCommand: () => (/* binding */ tagsCommand)
/* harmony export */ });
/* harmony import */ var _registry_session_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7982);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7485);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1030);



async function tagsCommand(args, values, io, logger) {
    if (args.length !== 1)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('tags needs exactly one repository reference');
    const ref = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .imageArgument */ .hu)(args[0]);
    const filter = filterOption(values.filter);
    const tags = await (0,_registry_session_js__WEBPACK_IMPORTED_MODULE_0__/* .withStore */ .a)(ref, values, io, logger, (store) => store.listTags());
    const shown = filter ? tags.filter((t) => filter.test(t)) : tags;
    io.stdout.write(values.json ? `${JSON.stringify(shown)}\n` : shown.map((t) => `${t}\n`).join(''));
    return 0;
}
function filterOption(text) {
    if (text === undefined)
        return undefined;
    try {
        return new RegExp(text);
    }
    catch {
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--filter "${text}" is not a valid regular expression`);
    }
}


/***/ })

};
