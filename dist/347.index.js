export const id = 347;
export const ids = [347];
export const modules = {

/***/ 347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadDockerConfig: () => (/* binding */ loadDockerConfig),
/* harmony export */   resolveCredentials: () => (/* binding */ resolveCredentials)
/* harmony export */ });
/* unused harmony exports CredentialsError, configKeyRegistry, parseDockerConfig, runCredentialHelper */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2148);
// Where credentials for a registry come from, in order: the action's inputs, Docker's config.json (auths,
// credHelpers, credsStore), the GitHub token for ghcr.io, else anonymous.




class CredentialsError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CredentialsError';
    }
}
/** The registry a config.json key stands for: `https://index.docker.io/v1/` is Docker Hub, schemes and paths drop. */
function configKeyRegistry(key) {
    try {
        return (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseRegistry */ .Me)(key.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, ''));
    }
    catch {
        return undefined;
    }
}
/** Parse Docker's config.json text. Unknown fields are ignored; broken entries are skipped, not fatal. */
function parseDockerConfig(text, where = 'config.json') {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new CredentialsError(`${where} is not valid JSON; fix or remove it`);
    }
    const doc = (typeof json === 'object' && json !== null ? json : {});
    const auths = new Map();
    const rawAuths = doc['auths'];
    if (typeof rawAuths === 'object' && rawAuths !== null) {
        for (const [key, value] of Object.entries(rawAuths)) {
            const registry = configKeyRegistry(key);
            if (!registry || typeof value !== 'object' || value === null)
                continue;
            const entry = value;
            let username = typeof entry['username'] === 'string' ? entry['username'] : undefined;
            let password = typeof entry['password'] === 'string' ? entry['password'] : undefined;
            if (typeof entry['auth'] === 'string' && entry['auth'] !== '') {
                const decoded = Buffer.from(entry['auth'], 'base64').toString('utf8');
                const colon = decoded.indexOf(':');
                if (colon > 0) {
                    username = decoded.slice(0, colon);
                    password = decoded.slice(colon + 1);
                }
            }
            const identityToken = typeof entry['identitytoken'] === 'string' && entry['identitytoken'] !== '' ? entry['identitytoken'] : undefined;
            if (username === undefined && identityToken === undefined)
                continue;
            // An exact host key wins over a URL-style key for the same registry.
            if (auths.has(registry) && key.includes('/'))
                continue;
            auths.set(registry, {
                ...(username !== undefined && { username }),
                ...(password !== undefined && { password }),
                ...(identityToken !== undefined && { identityToken }),
            });
        }
    }
    const credHelpers = new Map();
    const rawHelpers = doc['credHelpers'];
    if (typeof rawHelpers === 'object' && rawHelpers !== null) {
        for (const [key, value] of Object.entries(rawHelpers)) {
            const registry = configKeyRegistry(key);
            if (registry && typeof value === 'string' && value !== '')
                credHelpers.set(registry, value);
        }
    }
    const credsStore = typeof doc['credsStore'] === 'string' && doc['credsStore'] !== '' ? doc['credsStore'] : undefined;
    return { auths, credHelpers, ...(credsStore !== undefined && { credsStore }) };
}
/** Docker's config.json, read synchronously (see below); undefined when there is none. */
function loadDockerConfig(dir) {
    const folder = dir ?? process.env['DOCKER_CONFIG'] ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.docker');
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, 'config.json');
    let text;
    try {
        // Read synchronously: nothing else can run yet, and a first asynchronous file read would start libuv's thread
        // pool (and load fs/promises) ahead of the first request.
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
    return parseDockerConfig(text, path);
}
/** The server URL Docker hands a credential helper for a registry. */
function helperServerUrl(registry) {
    return registry === _oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCKER_HUB */ .Xb ? 'https://index.docker.io/v1/' : registry;
}
/** Run `docker-credential-<helper> get` as Docker does: server URL on stdin, JSON {Username, Secret} on stdout. */
async function runCredentialHelper(helper, registry) {
    const binary = `docker-credential-${helper}`;
    // Loaded here, not at start-up: most runs use no helper.
    const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
    const output = await new Promise((resolve, reject) => {
        const child = execFile(binary, ['get'], { timeout: 30_000, maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
            if (error) {
                const code = error.code;
                if (code === 'ENOENT') {
                    reject(new CredentialsError(`Docker's config.json names the credential helper "${helper}" for ${registry}, but ${binary} is not on PATH; install it or remove it from config.json`));
                }
                else if (/credentials not found/i.test(stdout + stderr)) {
                    resolve('');
                }
                else {
                    reject(new CredentialsError(`the credential helper ${binary} failed for ${registry}: ${(stderr || error.message).trim().slice(0, 300)}`));
                }
                return;
            }
            resolve(stdout);
        });
        child.stdin?.end(helperServerUrl(registry));
    });
    if (output.trim() === '')
        return undefined;
    try {
        const json = JSON.parse(output);
        if (typeof json.Secret !== 'string')
            return undefined;
        return { username: typeof json.Username === 'string' ? json.Username : '', password: json.Secret };
    }
    catch {
        throw new CredentialsError(`the credential helper ${binary} printed something that is not JSON for ${registry}`);
    }
}
/** Resolve credentials for one registry. Every secret found is handed to `secret` before it is returned. */
async function resolveCredentials(registry, sources, config) {
    const explicit = sources.explicit?.find((c) => c.registry === registry);
    if (explicit) {
        sources.secret(explicit.password);
        return { username: explicit.username, password: explicit.password, source: 'inputs' };
    }
    if (config) {
        const helper = config.credHelpers.get(registry);
        if (helper) {
            const found = await runCredentialHelper(helper, registry);
            if (found)
                return fromHelper(found, `credential helper ${helper}`, sources.secret);
        }
        else {
            const entry = config.auths.get(registry);
            if (entry) {
                if (entry.password)
                    sources.secret(entry.password);
                if (entry.identityToken)
                    sources.secret(entry.identityToken);
                return { ...entry, source: 'docker config.json' };
            }
            if (config.credsStore) {
                const found = await runCredentialHelper(config.credsStore, registry);
                if (found)
                    return fromHelper(found, `credential store ${config.credsStore}`, sources.secret);
            }
        }
    }
    if (registry === 'ghcr.io' && sources.githubToken) {
        sources.secret(sources.githubToken);
        return { username: sources.githubActor || 'x-access-token', password: sources.githubToken, source: 'github-token' };
    }
    return undefined;
}
function fromHelper(found, source, secret) {
    secret(found.password);
    // Docker's convention: a helper answering username "<token>" hands back an identity (refresh) token.
    if (found.username === '<token>')
        return { identityToken: found.password, source };
    return { username: found.username, password: found.password, source };
}


/***/ })

};
