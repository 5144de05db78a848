export const id = 686;
export const ids = [686];
export const modules = {

/***/ 7686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  copyCommand: () => (/* binding */ copyCommand),
  mergeCommand: () => (/* binding */ mergeCommand)
});

// EXTERNAL MODULE: ./src/retry/describe.ts
var describe = __webpack_require__(3969);
// EXTERNAL MODULE: ./src/retry/policy.ts
var retry_policy = __webpack_require__(5710);
// EXTERNAL MODULE: ./src/store/image-reference.ts + 1 modules
var image_reference = __webpack_require__(8371);
// EXTERNAL MODULE: ./src/store/registry/registries.ts + 16 modules
var registry_registries = __webpack_require__(6831);
// EXTERNAL MODULE: ./src/display.ts
var display = __webpack_require__(4857);
// EXTERNAL MODULE: ./src/tags/errors.ts
var errors = __webpack_require__(9058);
// EXTERNAL MODULE: ./src/tags/version.ts
var tags_version = __webpack_require__(2561);
;// CONCATENATED MODULE: ./src/tags/release-tags.ts
// Which tags a release writes, decided from the repository's own tag list so that floating tags only move forward:
// a hotfix 1.0.5 released after 1.2.0 moves v1.0 but leaves v1 and latest at 1.2.0. Pure: the caller lists the tags.



/** In the order they are written and reported, whatever order the user listed them in. */
const FLOATING_ORDER = ['minor', 'major', 'latest'];
const DEFAULT_FLOATING_TAGS = FLOATING_ORDER;
/**
 * Parse `minor,major,latest` (commas or lines; any order; repeats are harmless), or `none`. Empty means the
 * default, all three.
 */
function parseFloatingTags(text) {
    const words = (0,display/* splitList */.ry)(text).map((word) => word.toLowerCase());
    if (words.length === 0)
        return DEFAULT_FLOATING_TAGS;
    const unknown = words.filter((word) => word !== 'none' && !FLOATING_ORDER.includes(word));
    if (unknown.length > 0) {
        throw new errors/* TagInputError */.n(`floating-tags has ${unknown.map((word) => `"${word}"`).join(', ')}, which ${unknown.length === 1 ? 'is not a floating tag' : 'are not floating tags'}; expected a list of minor, major and latest, or none`);
    }
    if (words.includes('none')) {
        if (words.some((word) => word !== 'none')) {
            throw new errors/* TagInputError */.n(`floating-tags "${text.trim()}" combines none with other tags; expected either none or a list of minor, major and latest`);
        }
        return [];
    }
    return FLOATING_ORDER.filter((kind) => words.includes(kind));
}
/**
 * The tags a release of `version` writes into a repository that holds `existingTags`: the exact version tag always
 * (whether it may replace another digest is overwriteDecision's call), then each floating tag asked for, written only
 * when the version is the highest stable one in its range. The version being released counts as present.
 */
function releaseTags(options) {
    const { version, floating } = options;
    // Only tags in the same prefix style count: `1.9.0` says nothing about where `v1` should point.
    const stable = options.existingTags
        .map(tags_version/* versionOfTag */.mx)
        .filter((v) => v !== undefined && v.prefix === version.prefix && !v.prerelease);
    const result = [{ tag: version.text, kind: 'version', action: 'write' }];
    for (const kind of FLOATING_ORDER.filter((k) => floating.includes(k))) {
        result.push(floatingTag(kind, version, stable));
    }
    return result;
}
function floatingTag(kind, version, stable) {
    const tag = floatingName(kind, version);
    if (version.prerelease) {
        return { tag, kind, action: 'skip', reason: `${tag} does not move to ${version.text}: floating tags never point at a pre-release` };
    }
    if (kind === 'major' && version.major === 0) {
        return {
            tag,
            kind,
            action: 'skip',
            reason: `${tag} is not written for ${version.text}: before 1.0.0 anything may change between minor versions, so there is no major tag`,
        };
    }
    const inRange = stable.filter((v) => kind === 'latest' || (v.major === version.major && (kind === 'major' || v.minor === version.minor)));
    // A pre-release never holds a floating tag, so it never keeps one from moving: only stable versions compete.
    const highest = inRange.reduce((best, v) => ((0,tags_version/* compareVersions */.Zy)(v, best) > 0 ? v : best), version);
    if (highest === version)
        return { tag, kind, action: 'write' };
    return { tag, kind, action: 'skip', reason: `${tag} stays at ${highest.text}, which is newer than ${version.text}` };
}
/** `v1.2`, `v1`, `latest`; without the `v` when the version has none. */
function floatingName(kind, version) {
    if (kind === 'latest')
        return 'latest';
    if (kind === 'major')
        return `${version.prefix}${version.major}`;
    return `${version.prefix}${version.major}.${version.minor}`;
}

;// CONCATENATED MODULE: ./src/tags/release-targets.ts

/** The endpoints to write, in the order given; each repository's tags are listed once. */
async function releaseEndpoints(targets, release, overwrite) {
    const lists = new Map();
    const tagsOf = (store) => {
        let list = lists.get(store);
        if (!list) {
            list = store.listTags();
            lists.set(store, list);
        }
        return list;
    };
    const expanded = await Promise.all(targets.map(async (target) => {
        if (target.tag !== undefined || target.digest !== undefined || release === undefined) {
            const { tag, digest } = target;
            return [{ store: target.store, tag, digest, text: release_targets_text(target.store, tag, digest), overwrite }];
        }
        const existingTags = await tagsOf(target.store);
        return releaseTags({ version: release.version, floating: release.floating, existingTags }).map((rt) => ({
            store: target.store,
            tag: rt.tag,
            text: release_targets_text(target.store, rt.tag, undefined),
            overwrite,
            ...(rt.kind !== 'version' && { follows: release_targets_text(target.store, release.version.text, undefined) }),
            ...(rt.action === 'skip' && { skip: rt.reason ?? `${rt.tag} stays where it is` }),
        }));
    }));
    return expanded.flat();
}
function release_targets_text(store, tag, digest) {
    return `${store.name}${tag !== undefined ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`;
}

// EXTERNAL MODULE: ./src/copy/copy.ts + 13 modules
var copy = __webpack_require__(1804);
;// CONCATENATED MODULE: ./src/copy/promote.ts






async function promote(options) {
    const onRetry = (event) => {
        options.logger.info((0,describe/* describeRetry */.e)(event));
        options.onRetry?.(event);
    };
    const policy = new retry_policy/* RetryPolicy */.fU({ ...(options.retry && { settings: options.retry }), onRetry });
    const registries = await (0,registry_registries/* openRegistries */.c)((0,image_reference/* registriesOf */.H)([...options.sources, ...options.targets]), { ...options, policy });
    const files = [];
    try {
        // Every registry scope is declared as its store opens, before the first request: one token per registry.
        const sources = await Promise.all(options.sources.map((s) => sourceEndpoint(s, registries, files, options)));
        const targetStores = await Promise.all(options.targets.map((t) => targetStore(t, registries, files, options)));
        const written = options.targets.map((t, i) => ({
            store: targetStores[i],
            ...tagOf(t, options.release !== undefined),
        }));
        const result = await (0,copy/* copyImage */.L)({
            source: sources[0],
            sources,
            // Read beside the sources' resolution: a release asks each repository for its tags first.
            targets: releaseEndpoints(written, options.release, options.overwrite ?? 'always'),
            platforms: options.platforms,
            concurrency: options.concurrency,
            logger: options.logger,
            retry: policy,
            dryRun: options.dryRun,
            onProgress: options.onProgress,
            referrers: options.referrers,
            annotations: options.annotations,
        });
        const notes = files.flatMap((f) => f.notes);
        return { ...result, warnings: [...notes, ...result.warnings], rateLimits: registries.rateLimits() };
    }
    finally {
        // Sources are read-only; a target the engine did not commit is aborted (close is idempotent there).
        await Promise.all(files.map((f) => f.close('abort').catch(() => undefined)));
        await registries.close();
    }
}
async function sourceEndpoint(ref, registries, files, options) {
    if (ref.kind === 'registry') {
        const r = ref.reference;
        return { store: registries.repository(r, 'pull'), tag: r.tag, digest: r.digest, text: ref.text };
    }
    const store = await openFileStore(ref.file, 'read', { logger: options.logger, ...(options.cwd !== undefined && { cwd: options.cwd }) });
    files.push(store);
    // No REF: "the only image inside", which the store resolves from an empty reference.
    return { store, tag: ref.file.reference ?? '', text: ref.text };
}
async function targetStore(ref, registries, files, options) {
    if (ref.kind === 'registry')
        return registries.repository(ref.reference, options.dryRun ? 'pull' : 'push');
    const store = await openFileStore(ref.file, options.dryRun ? 'read' : 'write', {
        logger: options.logger,
        ...(options.cwd !== undefined && { cwd: options.cwd }),
    });
    files.push(store);
    return store;
}
/** The tag (or digest) a target names; none for a repository written alone when a release fills in its tags. */
function tagOf(ref, releasing) {
    if (ref.kind === 'file')
        return { tag: ref.file.reference };
    if (releasing && ref.tagImplied)
        return { tag: undefined };
    return { tag: ref.reference.tag, digest: ref.reference.digest };
}
/** The file stores (and tar with them) load only for a copy that names a file. */
async function openFileStore(ref, mode, options) {
    const { openFileStore: open } = await Promise.all(/* import() */[__webpack_require__.e(697), __webpack_require__.e(631)]).then(__webpack_require__.bind(__webpack_require__, 2631));
    return open(ref, mode, options);
}

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

// EXTERNAL MODULE: ./src/merge/errors.ts
var merge_errors = __webpack_require__(933);
;// CONCATENATED MODULE: ./src/merge/annotations.ts
// Annotations for an index hoist builds, as the user writes them: one `key=value` per line (`annotations` input, or
// one per `--annotation` flag). Split at the first `=`: values may hold `=` and commas, so the caller must split the
// input by lines only, never by commas.

function parseAnnotations(lines) {
    // A Map, not an object literal: a key such as `__proto__` must stay a plain key.
    const annotations = new Map();
    for (const line of lines) {
        if (line.trim() === '')
            continue;
        const eq = line.indexOf('=');
        if (eq < 0)
            throw new merge_errors/* MergeError */.V(`annotation "${line}" has no "="; expected key=value, e.g. org.opencontainers.image.description=My app`);
        const key = line.slice(0, eq).trim();
        const value = line.slice(eq + 1).trim();
        if (key === '')
            throw new merge_errors/* MergeError */.V(`annotation "${line}" has an empty key; expected key=value, e.g. org.opencontainers.image.licenses=MIT`);
        const earlier = annotations.get(key);
        if (earlier !== undefined) {
            throw new merge_errors/* MergeError */.V(`annotation "${key}" is given twice ("${key}=${earlier}" and "${line.trim()}"); expected each key once`);
        }
        annotations.set(key, value);
    }
    return Object.fromEntries(annotations);
}

// EXTERNAL MODULE: ./src/tags/overwrite.ts
var tags_overwrite = __webpack_require__(9440);
// EXTERNAL MODULE: ./src/cli/text-table.ts
var text_table = __webpack_require__(1446);
;// CONCATENATED MODULE: ./src/cli/copy-report.ts


const HEADER = ['TARGET', 'STATUS', 'DIGEST', 'MOUNTED', 'EXISTING', 'UPLOADED', 'BYTES', 'TIME'];
/** Statuses whose counts are the repository's blob work (a failed or unchanged target placed nothing of its own). */
const DID_BLOB_WORK = new Set(['copied', 'planned']);
const repositoryOf = (t) => t.repository;
/**
 * Per target, in order: undefined when its row shows its own blob work, or the target (as text) whose row already
 * shows the work it shares: the first target of the same repository that did blob work.
 */
function sharedWorkOwners(targets) {
    const first = new Map();
    return targets.map((t) => {
        if (!DID_BLOB_WORK.has(t.status))
            return undefined;
        const owner = first.get(repositoryOf(t));
        if (owner === undefined)
            first.set(repositoryOf(t), t.target);
        return owner;
    });
}
/** Sums over targets, each repository's shared blob work counted once. */
function copyTotals(targets) {
    const owners = sharedWorkOwners(targets);
    const own = targets.filter((_, i) => owners[i] === undefined);
    const sum = (pick) => own.reduce((total, t) => total + pick(t), 0);
    return {
        repositories: new Set(targets.map(repositoryOf)).size,
        mounted: sum((t) => t.blobs.mounted),
        existing: sum((t) => t.blobs.existing),
        uploaded: sum((t) => t.blobs.uploaded),
        bytesUploaded: sum((t) => t.bytesUploaded),
        bytesSaved: sum((t) => t.bytesSaved),
    };
}
/** A plain-text table of the result, for terminals and the demo. */
function copyReport(result) {
    const lines = [`Source ${result.source} @ ${result.sourceDigest ?? 'unresolved'}`];
    for (const w of result.warnings)
        lines.push(`warning: ${w}`);
    const owners = sharedWorkOwners(result.targets);
    const rows = result.targets.map((t, i) => {
        const owner = owners[i];
        const work = owner === undefined
            ? [String(t.blobs.mounted), String(t.blobs.existing), String(t.blobs.uploaded), (0,display/* formatBytes */.z3)(t.bytesUploaded)]
            : ['-', '-', '-', '-'];
        const row = [
            t.target,
            t.status === 'planned' ? 'would copy' : t.status,
            t.digest ? t.digest.slice(0, 19) : '-',
            ...work,
            `${(t.durationMs / 1000).toFixed(1)}s`,
        ];
        return owner === undefined ? row : [...row, `shared with ${owner}`];
    });
    const totals = copyTotals(result.targets);
    if (result.targets.length > 1) {
        const label = `total (${totals.repositories} ${totals.repositories === 1 ? 'repository' : 'repositories'})`;
        rows.push([label, '', '', String(totals.mounted), String(totals.existing), String(totals.uploaded), (0,display/* formatBytes */.z3)(totals.bytesUploaded)]);
    }
    const header = owners.some((o) => o !== undefined) ? [...HEADER, 'NOTE'] : HEADER;
    lines.push(...(0,text_table/* textTable */.e)(header, rows));
    if (totals.bytesSaved > 0)
        lines.push(`${(0,display/* formatBytes */.z3)(totals.bytesSaved)} not transferred thanks to mounts and blobs already present.`);
    // Tags of one repository pin the same registry/repository@digest: say it once.
    const pinned = new Set(result.targets.flatMap((t) => (t.pinned && t.status !== 'failed' ? [t.pinned] : [])));
    for (const p of pinned)
        lines.push(`pinned: ${p}`);
    for (const r of result.rateLimits)
        lines.push(`${r.registry}: ${r.remaining} of ${r.limit} pulls left`);
    for (const t of result.targets)
        if (t.error)
            lines.push(`error: ${t.error}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
// EXTERNAL MODULE: ./src/cli/values.ts
var cli_values = __webpack_require__(1030);
;// CONCATENATED MODULE: ./src/cli/copy-command.ts









async function copyCommand(args, values, io, logger) {
    if (args.length < 2)
        throw new usage/* UsageError */.eb('copy needs a SOURCE and at least one TARGET');
    const [sourceText, ...targetTexts] = args;
    return runCopy([(0,cli_values/* imageArgument */.hu)(sourceText)], targetTexts.map(cli_values/* imageArgument */.hu), values, io, logger);
}
async function mergeCommand(args, values, io, logger) {
    if (args.length < 1)
        throw new usage/* UsageError */.eb('merge needs at least one SOURCE');
    if (!values.to || values.to.length === 0)
        throw new usage/* UsageError */.eb('merge needs at least one --to TARGET');
    return runCopy(args.map(cli_values/* imageArgument */.hu), values.to.map(cli_values/* imageArgument */.hu), values, io, logger);
}
async function runCopy(sources, targets, values, io, logger) {
    const platforms = (0,cli_values/* platformOptions */.MD)(values);
    const concurrency = (0,cli_values/* concurrencyOption */.b7)(values);
    const insecureRegistries = (0,cli_values/* insecureOption */.Mw)(values);
    const annotations = values.annotation ? (0,cli_values/* asUsage */.im)(() => parseAnnotations(values.annotation)) : undefined;
    if (annotations && sources.length === 1 && (platforms === undefined || platforms.length < 2)) {
        throw new usage/* UsageError */.eb('--annotation applies to an index hoist builds (several sources, or several --platform); a plain copy keeps the source’s bytes and digest');
    }
    if (values['floating-tags'] !== undefined && values.version === undefined)
        throw new usage/* UsageError */.eb('--floating-tags needs --version');
    const release = values.version === undefined
        ? undefined
        : {
            version: (0,cli_values/* asUsage */.im)(() => (0,tags_version/* parseVersion */.ot)(values.version)),
            floating: (0,cli_values/* asUsage */.im)(() => parseFloatingTags(values['floating-tags'] ?? '')),
        };
    const overwrite = (0,cli_values/* asUsage */.im)(() => (0,tags_overwrite/* parseOverwrite */.rV)(values.overwrite ?? ''));
    const firstRegistry = [...targets, ...sources].find((r) => r.kind === 'registry');
    const explicit = firstRegistry?.kind === 'registry' ? await (0,cli_values/* explicitCredentials */.Ve)(values, firstRegistry.reference.registry, io) : [];
    for (const t of targets) {
        if (t.kind === 'registry' && t.tagImplied && !release)
            logger.info(`${t.text}: no tag was written, so the tag is latest.`);
    }
    // A bar only where someone watches it: a terminal, with no JSON or debug lines to interleave with.
    // cli-progress loads only then.
    const bar = io.stderr.isTTY && !values.json && !values.debug
        ? (await __webpack_require__.e(/* import() */ 19).then(__webpack_require__.bind(__webpack_require__, 5019))).terminalProgress(io.stderr)
        : undefined;
    let result;
    try {
        result = await promote({
            sources,
            targets,
            platforms,
            concurrency,
            credentials: { explicit },
            insecureRegistries,
            logger,
            secret: () => { },
            dryRun: values['dry-run'] === true,
            referrers: values['no-referrers'] !== true,
            annotations,
            release,
            overwrite,
            ...(bar && { onProgress: (event) => bar.onProgress(event) }),
        });
    }
    finally {
        bar?.stop();
    }
    io.stdout.write(values.json ? `${JSON.stringify(result.targets.map(resultEntry), null, 2)}\n` : copyReport(result));
    return result.targets.some((t) => t.status === 'failed') ? 1 : 0;
}


/***/ })

};
