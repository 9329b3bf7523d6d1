export const id = 520;
export const ids = [520];
export const modules = {

/***/ 9202:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e4: () => (/* binding */ acceptanceConfig)
});

// UNUSED EXPORTS: acceptanceCheck, changedScopes, commandCheck, httpCheck, scopeName, scopeSkipReason

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./build/stages/checks/json-pointer.js
// JSON Pointer (RFC 6901): finds the value a pointer such as `/items/0/name` names in a JSON document.
/** Splits a pointer into its reference tokens, `~1` -> `/` and `~0` -> `~` (in that order). */
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        throw new SyntaxError(`JSON pointer '${pointer}' must be empty or start with '/'`);
    return pointer
        .slice(1)
        .split('/')
        .map((token) => {
        if (/~[^01]|~$/.test(token))
            throw new SyntaxError(`JSON pointer '${pointer}' has an invalid escape in '${token}' (only ~0 and ~1)`);
        return token.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}
function resolvePointer(document, pointer) {
    let current = document;
    let at = '';
    for (const token of parsePointer(pointer)) {
        at += `/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (Array.isArray(current)) {
            // RFC 6901: an array index is 0 or digits without a leading zero; '-' names no element.
            if (!/^(0|[1-9][0-9]*)$/.test(token))
                return { found: false, reason: `${at}: '${token}' is not an array index` };
            const index = Number(token);
            if (index >= current.length)
                return { found: false, reason: `${at}: index ${index} is past the end of an array of ${current.length}` };
            current = current[index];
        }
        else if (current !== null && typeof current === 'object') {
            if (!Object.prototype.hasOwnProperty.call(current, token))
                return { found: false, reason: `${at}: no member '${token}'` };
            current = current[token];
        }
        else {
            return { found: false, reason: `${at}: cannot look into ${current === null ? 'null' : typeof current}` };
        }
    }
    return { found: true, value: current };
}

;// CONCATENATED MODULE: ./build/config/acceptance-config.js
// shipgate.yml `acceptance`: the checks a release must pass before production, by scope, and the
// command that starts what they test.


const scopeName = schemas/* enum */.k5n(['runtime', 'infra', 'docs', 'always']);
const checkBase = {
    name: schemas/* string */.YjP().min(1),
    scopes: schemas/* array */.YOg(scopeName)
        .min(1)
        .default(['always'])
        .describe('Run when the release changes one of these; always: every release.'),
    required: schemas/* boolean */.zMY().default(true).describe('A required check failing makes the decision NO; an optional one makes it YES, degraded.'),
    timeoutSeconds: schemas/* number */.aig().positive().default(30).describe('The deadline for the check, all attempts included.'),
};
const ENV_NOTE = '${env:NAME} is replaced by the environment variable NAME.';
const httpCheck = schemas/* object */.Ikc({
    ...checkBase,
    type: schemas/* literal */.euz('http'),
    method: schemas/* string */.YjP()
        .regex(/^[A-Za-z]+$/, 'must be an HTTP method such as GET or POST')
        .default('GET')
        .transform((method) => method.toUpperCase()),
    url: schemas/* string */.YjP().min(1).describe(`The URL to call. ${ENV_NOTE}`),
    headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}).describe(`Request headers. ${ENV_NOTE} Values of secret-looking variables are masked.`),
    body: schemas/* string */.YjP().optional().describe(`The request body. ${ENV_NOTE}`),
    expectStatus: schemas/* number */.aig().int().min(100).max(599).default(200),
    bodyContains: schemas/* string */.YjP().optional().describe('Text the response body must contain.'),
    jsonPointer: schemas/* object */.Ikc({
        pointer: schemas/* string */.YjP().refine((pointer) => {
            try {
                parsePointer(pointer);
                return true;
            }
            catch {
                return false;
            }
        }, 'must be an RFC 6901 JSON pointer: empty, or /-separated tokens with ~0 for ~ and ~1 for /'),
        equals: schemas/* json */.Pq9().describe('The JSON value the pointer must name (compared as canonical JSON).'),
    })
        .strict()
        .optional()
        .describe('The response must be JSON, and the value at the pointer must equal `equals`.'),
    attempts: schemas/* number */.aig().int().positive().default(5).describe('Tries within the deadline, with exponential backoff.'),
})
    .strict();
const commandCheck = schemas/* object */.Ikc({
    ...checkBase,
    type: schemas/* literal */.euz('command'),
    run: schemas/* string */.YjP()
        .min(1)
        .describe('A bash command; passes on exit 0. SHIPGATE_REFS (JSON), SHIPGATE_SHA and SHIPGATE_PACKAGE_DIGEST are in its environment.'),
})
    .strict();
const acceptanceCheck = schemas/* discriminatedUnion */.gMt('type', [httpCheck, commandCheck]);
const acceptanceConfig = schemas/* object */.Ikc({
    concurrency: schemas/* number */.aig().int().positive().default(4).describe('How many checks may run at once.'),
    setup: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('A bash command started in the background before the checks (e.g. start the package on 127.0.0.1) with the same SHIPGATE_* environment, and stopped (its whole process group) after them, also on failure.'),
    checks: schemas/* array */.YOg(acceptanceCheck)
        .default([])
        .refine((checks) => new Set(checks.map((check) => check.name)).size === checks.length, 'check names must be unique'),
})
    .strict();
/** The scopes a release changes. */
function changedScopes(scope) {
    const changed = [];
    if (scope.runtimeChanged)
        changed.push('runtime');
    if (scope.infraChanged)
        changed.push('infra');
    if (scope.docsChanged)
        changed.push('docs');
    return changed;
}
/** Why a check does not apply to a release of this scope, or undefined when it runs. */
function scopeSkipReason(check, scope) {
    if (check.scopes.includes('always'))
        return undefined;
    const changed = changedScopes(scope);
    if (check.scopes.some((name) => changed.includes(name)))
        return undefined;
    return `scope: runs when ${check.scopes.join(' or ')} changed; this release changes ${changed.length > 0 ? changed.join(', ') : 'none of runtime, infra, docs'}`;
}


/***/ }),

/***/ 6520:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PZ: () => (/* binding */ environmentsConfig),
/* harmony export */   environmentStep: () => (/* binding */ environmentStep)
/* harmony export */ });
/* unused harmony exports environmentConfig, environmentRequires */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2857);
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2318);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
/* harmony import */ var _acceptance_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9202);
/* harmony import */ var _prod_verify_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8873);
// shipgate.yml `environments:`: the ordered stages one package moves through (dev, staging,
// production), each with its own deploy, acceptance checks (run against what was deployed there),
// verification (the prod-verify kinds) and promotion rule. The last one is production: its
// decision is the release's. Without the list the single acceptance → production flow applies.





const environmentConfig = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    name: _contracts_common_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentName */ .VE.describe('The environment, as evidence and commands name it (dev, staging, production).'),
    githubEnvironment: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('The GitHub environment whose secrets and required reviewers guard the deploy; default: the name.'),
    promotion: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['auto', 'manual'])
        .default('auto')
        .describe('auto: deployed as soon as the previous environment says YES; manual: waits for the GitHub environment\'s reviewers (in workflows) or for `shipgate promote-to` (locally).'),
    deploy: _prod_verify_config_js__WEBPACK_IMPORTED_MODULE_3__/* .deployConfig */ .iW.describe('How the package is deployed to this environment.'),
    acceptance: _acceptance_config_js__WEBPACK_IMPORTED_MODULE_2__/* .acceptanceConfig */ .e4
        .default({ concurrency: 4, checks: [] })
        .describe('Checks run against this environment after its deploy; all required ones must pass for its YES.'),
    verify: _prod_verify_config_js__WEBPACK_IMPORTED_MODULE_3__/* .prodVerifyConfig */ .FB.default({}).describe('The prod-verify kinds (auth canary, probe, API and browser smoke) run after the acceptance checks.'),
})
    .strict();
const environmentsConfig = zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(environmentConfig)
    .min(1, 'list at least one environment, or leave environments out for the single acceptance → production flow')
    .superRefine((list, context) => {
    const seen = new Map();
    list.forEach((environment, index) => {
        const first = seen.get(environment.name);
        if (first !== undefined)
            context.addIssue({ code: 'custom', path: [index, 'name'], message: `'${environment.name}' is already environments[${first}]; each environment is listed once` });
        else
            seen.set(environment.name, index);
    });
})
    .describe('The ordered environments a package moves through; the last one is production.');
/**
 * The entry of `environments:` an `environment` input or `--environment` names, or a configuration
 * error that names the input, the config file and the environments there are.
 */
function environmentStep(environments, name, configPath, what = 'environment') {
    if (!environments) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${what}: '${name}' given, but ${configPath} has no environments: list; add one, or leave ${what} out for the single acceptance → production flow`, { file: configPath });
    }
    const index = environments.findIndex((environment) => environment.name === name);
    if (index < 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${what}: '${name}' is not in ${configPath}'s environments (${environments.map((environment) => environment.name).join(', ')})`, { file: configPath });
    }
    return { environment: environments[index], index, previous: index > 0 ? environments[index - 1].name : null, final: index === environments.length - 1 };
}
/** The evidence an environment's decision needs: acceptance and verification where checks are configured. */
function environmentRequires(environment) {
    const { verify } = environment;
    return {
        requireAcceptance: environment.acceptance.checks.length > 0,
        requireProduction: Boolean(verify.authCanary || verify.probe || verify.apiSmoke || verify.browser),
    };
}


/***/ }),

/***/ 8873:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ prodVerifyConfig),
/* harmony export */   iW: () => (/* binding */ deployConfig)
/* harmony export */ });
/* unused harmony exports authCanaryConfig, probeConfig, apiSmokeConfig, browserPageConfig, browserConfig */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2857);
// shipgate.yml `deploy` and `prodVerify`: how the package reaches production, and how production
// is verified afterwards (auth canary, probe freshness, API smoke, browser smoke).

const source = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Fetched with GET; must answer 2xx with JSON.'),
    file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('A local JSON file, relative to the working directory.'),
})
    .strict()
    .refine((value) => (value.url === undefined) !== (value.file === undefined), 'give exactly one of url or file');
const jsonPointer = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^(\/.*)?$/, "must be a JSON pointer: '' or starting with '/'");
const fetchTimeout = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().default(10).describe('How long to wait for a URL source, in seconds.');
const deployConfig = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    command: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('The deploy command; it gets the promoted refs in SHIPGATE_REFS (JSON), SHIPGATE_SHA and SHIPGATE_PACKAGE_DIGEST.'),
    stop: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('Run at the end of a local `shipgate pipeline`, also on failure, to stop what the deploy started.'),
})
    .strict();
const authCanaryConfig = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    source,
    pointer: jsonPointer.default('/lastSuccess').describe('JSON pointer to the last success time (RFC 3339, or epoch seconds or milliseconds).'),
    maxAgeSeconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().describe('Fail when the last success is older than this.'),
    timeoutSeconds: fetchTimeout,
    required: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true),
})
    .strict();
const probeConfig = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    source,
    shaPointer: jsonPointer.default('/sha').describe('JSON pointer to the commit SHA the probe checked; must be the SHA being released.'),
    timePointer: jsonPointer.default('/checkedAt').describe('JSON pointer to when the probe ran.'),
    maxAgeSeconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().describe('Fail when the probe report is older than this.'),
    timeoutSeconds: fetchTimeout,
    required: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true),
})
    .strict();
const apiSmokeConfig = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    issuer: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .optional()
        .describe('Discover the token endpoint from <issuer>/.well-known/openid-configuration; {tenantId} is replaced by the client\'s tenant id.'),
    tokenUrl: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('The token endpoint, when not discovered; {tenantId} is replaced by the client\'s tenant id.'),
    clientAuthentication: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['client_secret_post', 'client_secret_basic'])
        .default('client_secret_post')
        .describe('How the client id and secret are sent to the token endpoint.'),
    audience: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Sent as `audience` in the token request, for providers that want one.'),
    endpoints: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        method: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default('GET'),
        url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
        expectStatus: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(100).max(599).default(200).describe('What the allowed client must get.'),
    })
        .strict())
        .min(1),
    deniedExpectedStatus: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .int()
        .min(100)
        .max(599)
        .refine((code) => code < 200 || code >= 300, 'must not be a 2xx: the denied client must be refused')
        .default(403)
        .describe('Exactly what the denied client must get from every endpoint.'),
    timeoutSeconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().default(30).describe('The deadline of each request.'),
    required: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true),
})
    .strict()
    .refine((value) => value.issuer !== undefined || value.tokenUrl !== undefined, 'give tokenUrl, or issuer to discover it');
const browserPageConfig = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('Shown in the result; default: the URL.'),
    url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    waitForSelector: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    waitForText: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    timeoutSeconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().default(30),
})
    .strict();
const browserConfig = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    executable: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Chrome or Chromium; default: the browser-path input, else chromium, chromium-browser or google-chrome on PATH.'),
    required: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false),
    pages: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(browserPageConfig).min(1),
})
    .strict();
const prodVerifyConfig = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    authCanary: authCanaryConfig.optional(),
    probe: probeConfig.optional(),
    apiSmoke: apiSmokeConfig.optional(),
    browser: browserConfig.optional(),
})
    .strict();


/***/ })

};
