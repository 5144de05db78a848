export const id = 472;
export const ids = [472];
export const modules = {

/***/ 8472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inspectCommand: () => (/* binding */ inspectCommand)
});

// EXTERNAL MODULE: ./src/oci/platform.ts
var oci_platform = __webpack_require__(1890);
;// CONCATENATED MODULE: ./src/inspect.ts

const MAX_CONFIG_BYTES = 8 * 1024 * 1024;
/** `reference` is a tag or digest in `store`; `text` is how the user wrote the whole reference. */
async function inspectImage(store, reference, text, platform) {
    const root = await store.getManifest(reference);
    let images;
    if (root.kind === 'index') {
        const entries = root.manifests.filter((d) => d.platform?.os !== 'unknown' && (!platform || (d.platform && (0,oci_platform/* platformMatches */.J5)(platform, d.platform))));
        if (platform && entries.length === 0) {
            const have = root.manifests.filter((d) => d.platform && d.platform.os !== 'unknown').map((d) => (0,oci_platform/* formatPlatform */.Bq)(d.platform));
            throw new Error(`${text} has no image for platform ${(0,oci_platform/* formatPlatform */.Bq)(platform)}; it has ${have.join(', ')}`);
        }
        images = await Promise.all(entries.map((d) => store.getManifest(d.digest)));
    }
    else {
        images = [root];
    }
    return {
        reference: text,
        digest: root.digest,
        mediaType: root.mediaType,
        manifests: root.manifests.map((d) => ({
            digest: d.digest,
            platform: d.platform ? (0,oci_platform/* formatPlatform */.Bq)(d.platform) : undefined,
            size: d.size,
            mediaType: d.mediaType,
        })),
        images: await Promise.all(images.map((image) => details(store, image))),
    };
}
async function details(store, image) {
    const layers = image.blobs.slice(1).map((b) => ({ digest: b.digest, size: b.size, mediaType: b.mediaType }));
    let config = {};
    if (image.config && image.config.size <= MAX_CONFIG_BYTES && image.config.mediaType.endsWith('json')) {
        const chunks = [];
        for await (const chunk of await store.readBlob(image.config))
            chunks.push(chunk);
        try {
            config = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        }
        catch {
            config = {};
        }
    }
    const history = Array.isArray(config['history']) ? config['history'] : [];
    const os = typeof config['os'] === 'string' ? config['os'] : undefined;
    const architecture = typeof config['architecture'] === 'string' ? config['architecture'] : undefined;
    const variant = typeof config['variant'] === 'string' ? config['variant'] : undefined;
    return {
        digest: image.digest,
        mediaType: image.mediaType,
        platform: os && architecture ? (0,oci_platform/* formatPlatform */.Bq)({ os, architecture, ...(variant && { variant }) }) : undefined,
        created: typeof config['created'] === 'string' ? config['created'] : undefined,
        config: image.config ? { digest: image.config.digest, size: image.config.size, mediaType: image.config.mediaType } : undefined,
        layers,
        size: layers.reduce((sum, l) => sum + l.size, 0) + (image.config?.size ?? 0),
        history: history.map((h) => ({
            ...(typeof h['created'] === 'string' && { created: h['created'] }),
            ...(typeof h['created_by'] === 'string' && { createdBy: h['created_by'] }),
            ...(h['empty_layer'] === true && { emptyLayer: true }),
            ...(typeof h['comment'] === 'string' && { comment: h['comment'] }),
        })),
    };
}

// EXTERNAL MODULE: ./src/display.ts
var display = __webpack_require__(4857);
// EXTERNAL MODULE: ./src/cli/text-table.ts
var text_table = __webpack_require__(1446);
;// CONCATENATED MODULE: ./src/cli/inspect-report.ts
// hoist inspect's text output: the image's identity, its platforms, and per image its layers and history.


const indent = (prefix) => (line) => `${prefix}${line}`;
function inspectReport(result) {
    const lines = [`${result.reference}`, `Digest:     ${result.digest}`, `Media type: ${result.mediaType}`];
    if (result.manifests.length > 0) {
        const rows = result.manifests.map((m) => [m.platform ?? '-', m.digest, (0,display/* formatBytes */.z3)(m.size)]);
        lines.push('Platforms:', ...(0,text_table/* textTable */.e)(['PLATFORM', 'DIGEST', 'SIZE'], rows).map(indent('  ')));
    }
    for (const image of result.images) {
        const created = image.created ? `  created ${image.created}` : '';
        lines.push('', `${image.platform ?? 'image'} ${image.digest}${created}  ${(0,display/* formatBytes */.z3)(image.size)}`);
        const layers = image.layers.map((l) => [l.digest, (0,display/* formatBytes */.z3)(l.size), l.mediaType]);
        lines.push(...(0,text_table/* textTable */.e)(['LAYER', 'SIZE', 'MEDIA TYPE'], layers).map(indent('  ')));
        if (image.history.length > 0) {
            const history = image.history.map((h) => [
                h.created ?? '-',
                (h.createdBy ?? h.comment ?? '').replace(/\s+/g, ' ').slice(0, 80),
                h.emptyLayer ? '(empty)' : '',
            ]);
            lines.push('  History:', ...(0,text_table/* textTable */.e)(['CREATED', 'CREATED BY', 'LAYER'], history).map(indent('    ')));
        }
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/cli/registry-session.ts
var registry_session = __webpack_require__(7982);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
// EXTERNAL MODULE: ./src/cli/values.ts
var cli_values = __webpack_require__(1030);
;// CONCATENATED MODULE: ./src/cli/inspect-command.ts
// hoist inspect REF: what an image holds (digest, platforms, layers, history), as text or JSON.





async function inspectCommand(args, values, io, logger) {
    if (args.length !== 1)
        throw new usage/* UsageError */.eb('inspect needs exactly one image reference');
    const ref = (0,cli_values/* imageArgument */.hu)(args[0]);
    const platforms = (0,cli_values/* platformOptions */.MD)(values) ?? [];
    if (platforms.length > 1)
        throw new usage/* UsageError */.eb('inspect takes one --platform');
    const result = await (0,registry_session/* withStore */.a)(ref, values, io, logger, (store) => inspectImage(store, (0,registry_session/* referenceIn */.h)(ref), ref.text, platforms[0]));
    io.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : inspectReport(result));
    return 0;
}


/***/ }),

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

/***/ 1446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ textTable)
/* harmony export */ });
// Plain-text columns for terminals: each column as wide as its widest cell, two spaces between.
function textTable(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    return [header, ...rows].map((r) => header
        .map((_, i) => (r[i] ?? '').padEnd(widths[i]))
        .join('  ')
        .trimEnd());
}


/***/ })

};
