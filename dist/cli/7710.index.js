export const id = 7710;
export const ids = [7710,6520];
export const modules = {

/***/ 50979:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e4: () => (/* binding */ acceptanceConfig),
/* harmony export */   eD: () => (/* binding */ changedScopes),
/* harmony export */   yI: () => (/* binding */ scopeSkipReason)
/* harmony export */ });
/* unused harmony exports scopeName, httpCheck, commandCheck, acceptanceCheck */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);
/* harmony import */ var _stages_checks_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6558);
// shipgate.yml `acceptance`: the checks a release must pass before production, by scope, and the
// command that starts what they test.


const scopeName = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['runtime', 'infra', 'docs', 'always']);
const checkBase = {
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    scopes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(scopeName)
        .min(1)
        .default(['always'])
        .describe('Run when the release changes one of these; always: every release.'),
    required: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true).describe('A required check failing makes the decision NO; an optional one makes it YES, degraded.'),
    timeoutSeconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().default(30).describe('The deadline for the check, all attempts included.'),
};
const ENV_NOTE = '${env:NAME} is replaced by the environment variable NAME.';
const httpCheck = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    ...checkBase,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('http'),
    method: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^[A-Za-z]+$/, 'must be an HTTP method such as GET or POST')
        .default('GET')
        .transform((method) => method.toUpperCase()),
    url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe(`The URL to call. ${ENV_NOTE}`),
    headers: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).default({}).describe(`Request headers. ${ENV_NOTE} Values of secret-looking variables are masked.`),
    body: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe(`The request body. ${ENV_NOTE}`),
    expectStatus: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(100).max(599).default(200),
    bodyContains: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Text the response body must contain.'),
    jsonPointer: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        pointer: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().refine((pointer) => {
            try {
                (0,_stages_checks_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePointer */ .v)(pointer);
                return true;
            }
            catch {
                return false;
            }
        }, 'must be an RFC 6901 JSON pointer: empty, or /-separated tokens with ~0 for ~ and ~1 for /'),
        equals: zod__WEBPACK_IMPORTED_MODULE_0__/* .json */ .Pq9().describe('The JSON value the pointer must name (compared as canonical JSON).'),
    })
        .strict()
        .optional()
        .describe('The response must be JSON, and the value at the pointer must equal `equals`.'),
    attempts: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(5).describe('Tries within the deadline, with exponential backoff.'),
})
    .strict();
const commandCheck = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    ...checkBase,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('command'),
    run: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .describe('A bash command; passes on exit 0. SHIPGATE_REFS (JSON), SHIPGATE_SHA and SHIPGATE_PACKAGE_DIGEST are in its environment.'),
})
    .strict();
const acceptanceCheck = zod__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('type', [httpCheck, commandCheck]);
const acceptanceConfig = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    concurrency: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(4).describe('How many checks may run at once.'),
    setup: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .optional()
        .describe('A bash command started in the background before the checks (e.g. start the package on 127.0.0.1) with the same SHIPGATE_* environment, and stopped (its whole process group) after them, also on failure.'),
    checks: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(acceptanceCheck)
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

/***/ 56520:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ environmentsConfig),
/* harmony export */   environmentRequires: () => (/* binding */ environmentRequires),
/* harmony export */   environmentStep: () => (/* binding */ environmentStep)
/* harmony export */ });
/* unused harmony export environmentConfig */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92857);
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36291);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
/* harmony import */ var _acceptance_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50979);
/* harmony import */ var _prod_verify_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38873);
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

/***/ 38873:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ prodVerifyConfig),
/* harmony export */   iW: () => (/* binding */ deployConfig)
/* harmony export */ });
/* unused harmony exports authCanaryConfig, probeConfig, apiSmokeConfig, browserPageConfig, browserConfig */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);
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


/***/ }),

/***/ 87710:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CONFIG_PATH: () => (/* binding */ DEFAULT_CONFIG_PATH),
  buildConfig: () => (/* binding */ buildConfig),
  loadConfig: () => (/* binding */ loadConfig),
  shipgateConfig: () => (/* binding */ shipgateConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./build/config/acceptance-config.js
var acceptance_config = __webpack_require__(50979);
;// CONCATENATED MODULE: ./build/config/commit-stage-config.js
// shipgate.yml `commitStage` and `scope`: the required check, the local stand-in for it, and how
// changed paths are classified (runtime, infra, docs) and checked for docs drift.

const globs = schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]);
const commitStageConfig = schemas/* object */.Ikc({
    requiredCheck: schemas/* string */.YjP().min(1).default('commit-stage').describe('The check (run or status) name that proves the commit stage passed.'),
    localCommand: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('Run when no GitHub API is available (the local command); the evidence records that it came from here.'),
})
    .strict();
const scopeConfig = schemas/* object */.Ikc({
    runtime: globs.describe('Globs of paths whose change means the runtime must be rebuilt.'),
    infra: globs,
    docs: globs,
    drift: schemas/* enum */.k5n(['warn', 'fail']).default('warn'),
    watches: schemas/* array */.YOg(schemas/* object */.Ikc({
        doc: schemas/* string */.YjP().min(1).describe('The document that describes the watched paths (its source of truth).'),
        paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).describe('Globs of the paths the doc describes; a change to them without a change to the doc is drift.'),
    })
        .strict())
        .default([]),
})
    .strict();

// EXTERNAL MODULE: ./build/config/environments-config.js
var environments_config = __webpack_require__(56520);
// EXTERNAL MODULE: ./build/mail/addresses.js
var addresses = __webpack_require__(41670);
// EXTERNAL MODULE: ./build/mail/period.js
var period = __webpack_require__(14181);
;// CONCATENATED MODULE: ./build/config/mail-config.js
// shipgate.yml `mail`: who gets the pipeline's mail and who sends it, so that workflows need not
// repeat it; send-mail's inputs override each key. No secrets here: passwords stay inputs.



const address = schemas/* string */.YjP().refine(addresses/* isValidAddress */.$m, 'must be a mail address such as name@example.com (no display name)');
const senderRule = schemas/* string */.YjP()
    .refine((rule) => (rule.startsWith('@') ? (0,addresses/* isValidAddress */.$m)(`x${rule}`) : (0,addresses/* isValidAddress */.$m)(rule)), 'must be a mail address or @domain, e.g. @example.com');
const mailSmtpConfig = schemas/* object */.Ikc({
    host: schemas/* string */.YjP().min(1).optional().describe('The SMTP relay, when the smtp-host input is empty.'),
    port: schemas/* number */.aig().int().min(1).max(65535).optional().describe('The SMTP port, when the smtp-port input is empty.'),
    security: schemas/* enum */.k5n(['starttls', 'tls', 'none']).optional().describe('starttls, tls or none, when the smtp-security input is empty.'),
})
    .strict();
const mailConfig = schemas/* object */.Ikc({
    owners: schemas/* array */.YOg(address).default([]).describe("Who gets release completed/failed mail (and template mail) when the 'to' input is empty."),
    ops: schemas/* array */.YOg(address).default([]).describe("Who gets ops alerts when the 'ops' input is empty."),
    from: address.optional().describe("The sender, when the 'from' input is empty; must be in allowedFrom."),
    allowedFrom: schemas/* array */.YOg(senderRule).default([]).describe("The senders allowed (addresses and @domain entries), when the 'allowed-from' input is empty."),
    replyTo: address.optional().describe("The Reply-To address, when the 'reply-to' input is empty."),
    smtp: mailSmtpConfig.default({}).describe('SMTP defaults; the user name and password are inputs (secrets), never config.'),
    roster: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe("The roster CSV that 'shipgate mail roster' changes when --roster is not given (send-mail's roster input never defaults to it: a roster send is asked for by name)."),
    period: schemas/* enum */.k5n(period/* PERIODS */.nR).optional().describe("A roster send's period (daily or weekly), when the 'period' input is empty; default daily."),
    timeZone: schemas/* string */.YjP()
        .refine(period/* isTimeZone */.kQ, 'must be an IANA time zone such as Europe/Berlin or UTC')
        .optional()
        .describe("The time zone of the period and of the date variable, when the 'time-zone' input is empty; default UTC."),
})
    .strict();

// EXTERNAL MODULE: ./build/config/prod-verify-config.js
var prod_verify_config = __webpack_require__(38873);
// EXTERNAL MODULE: ./build/config/yaml-file.js
var yaml_file = __webpack_require__(11919);
;// CONCATENATED MODULE: ./build/config/shipgate-config.js
// shipgate.yml: what a repository tells shipgate about itself. Each stage reads its own section;
// unknown keys are errors so that a misspelt key never silently does nothing.








const DEFAULT_CONFIG_PATH = 'shipgate.yml';
const componentName = schemas/* string */.YjP().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, dot, dash or underscore');
const buildConfig = schemas/* object */.Ikc({
    commands: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('Shell commands that build the runtime, run in order when it changed.'),
    images: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: componentName,
        metadataFile: schemas/* string */.YjP().min(1).describe('The JSON file `docker buildx build --metadata-file` wrote.'),
        repository: schemas/* string */.YjP().min(1).optional().describe('registry/name; default: image.name from the metadata file.'),
    })
        .strict())
        .default([]),
    files: schemas/* array */.YOg(schemas/* object */.Ikc({ name: componentName, path: schemas/* string */.YjP().min(1) }).strict())
        .default([]),
    releaseManifest: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe("The multi-repo release manifest, relative to this file's folder; build-once's release-manifest input, when given, wins."),
})
    .strict();
const shipgateConfig = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1).default(1),
    commitStage: commitStageConfig.default({ requiredCheck: 'commit-stage' }),
    scope: scopeConfig.default({ runtime: [], infra: [], docs: [], drift: 'warn', watches: [] }),
    build: buildConfig.default({ commands: [], images: [], files: [] }),
    acceptance: acceptance_config/* acceptanceConfig */.e4.default({ concurrency: 4, checks: [] }),
    deploy: prod_verify_config/* deployConfig */.iW.optional(),
    prodVerify: prod_verify_config/* prodVerifyConfig */.FB.default({}),
    environments: environments_config/* environmentsConfig */.P.optional(),
    mail: mailConfig.default({ owners: [], ops: [], allowedFrom: [], smtp: {} }),
})
    .strict()
    .superRefine((config, context) => {
    // With environments: each one has its own deploy and verification; the single flow's would do nothing.
    if (!config.environments)
        return;
    if (config.deploy)
        context.addIssue({ code: 'custom', path: ['deploy'], message: 'is the single flow\'s deploy; with environments: give each environment its deploy: instead' });
    const { authCanary, probe, apiSmoke, browser } = config.prodVerify;
    if (authCanary || probe || apiSmoke || browser) {
        context.addIssue({ code: 'custom', path: ['prodVerify'], message: 'is the single flow\'s verification; with environments: give each environment its verify: instead' });
    }
});
/** Loads shipgate.yml; the default path may be absent (empty config), an explicit one may not. */
async function loadConfig(path) {
    const configPath = path ?? DEFAULT_CONFIG_PATH;
    if (path === undefined) {
        try {
            await (0,promises_.access)(configPath);
        }
        catch {
            return { config: shipgateConfig.parse({}), path: configPath, found: false };
        }
    }
    return { config: await (0,yaml_file/* readYamlFile */.kv)(configPath, shipgateConfig, 'shipgate config'), path: configPath, found: true };
}


/***/ }),

/***/ 11919:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   j$: () => (/* binding */ CONFIG_SIZE_LIMIT),
/* harmony export */   kv: () => (/* binding */ readYamlFile)
/* harmony export */ });
/* harmony import */ var _contracts_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11920);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
/* harmony import */ var _evidence_encodable_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21130);
/* harmony import */ var _evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35562);
/* harmony import */ var _cli_suggest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4327);





/** A config file is read as text up to this size; anything bigger is not a config. */
const CONFIG_SIZE_LIMIT = 16 * 1024 * 1024;
async function readYamlFile(path, schema, what) {
    // Never blocks: a FIFO or a device in place of the file is refused, not waited on.
    const read = await (0,_evidence_evidence_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readRegularFile */ .XF)(path, CONFIG_SIZE_LIMIT, `a ${what}`, true);
    if (read.state !== 'read') {
        const reason = read.state === 'missing' ? 'file not found' : read.reason;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}: ${reason}; check the ${what} path`, { file: path });
    }
    return parseYaml(read.bytes.toString('utf8'), path, schema, what);
}
async function parseYaml(text, path, schema, what) {
    const { LineCounter, parseDocument } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: true });
    if (document.errors.length > 0) {
        const first = document.errors[0];
        const line = first.linePos?.[0]?.line;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}${line ? `:${line}` : ''}: not valid YAML: ${first.message.split('\n')[0]}`, { file: path, line });
    }
    let json;
    try {
        json = document.toJS();
    }
    catch (error) {
        // The yaml package refuses an alias bomb ("billion laughs") here, with a ReferenceError.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}: not valid YAML: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`, { file: path });
    }
    // Refused here, with the field named, rather than where a contract made from it is digested.
    const unencodable = (0,_evidence_encodable_json_js__WEBPACK_IMPORTED_MODULE_2__/* .unencodableJsonProblems */ .z)(json);
    if (unencodable.length > 0) {
        const messages = unencodable.map((problem) => `${problem.field}: ${problem.message}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}: invalid ${what}: ${messages.join('; ')}`, { file: path });
    }
    // zod's issue for an unknown key does not say which keys the map takes; its error map sees the
    // schema that refused it, so the allowed keys are noted there for the "did you mean".
    const allowedKeys = new Map();
    const parsed = schema.safeParse(json ?? {}, {
        error: (issue) => {
            if (issue.code === 'unrecognized_keys') {
                const shape = issue.inst?._zod?.def?.shape;
                allowedKeys.set(JSON.stringify(issue.path ?? []), Object.keys(shape ?? {}));
            }
            return undefined;
        },
    });
    if (parsed.success)
        return parsed.data;
    const lineOf = (where) => lineOfField(document, where, (offset) => lineCounter.linePos(offset).line);
    // One problem per unknown key, each on its own line: a misspelt key is found on its own line, not
    // on the first line of the map that holds it. A required key it was meant to be is then not also
    // reported as missing: the misspelling is the one thing to fix.
    const meant = new Set();
    const unknownKeys = parsed.error.issues.flatMap((issue) => {
        if (issue.code !== 'unrecognized_keys')
            return [];
        const allowed = allowedKeys.get(JSON.stringify(issue.path)) ?? [];
        return issue.keys.map((key) => {
            const where = [...issue.path, key];
            const closest = (0,_cli_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .closestName */ .Nf)(key, allowed);
            if (closest !== undefined)
                meant.add(JSON.stringify([...issue.path, closest]));
            const hint = closest !== undefined ? ` (did you mean '${closest}'?)` : allowed.length > 0 ? ` (the keys here are ${allowed.join(', ')})` : '';
            return { field: (0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldPath */ .cn)(where), message: `unknown key${hint}`, line: lineOf(where) };
        });
    });
    const others = parsed.error.issues
        .filter((issue) => issue.code !== 'unrecognized_keys' && !(issue.code === 'invalid_type' && issue.input === undefined && meant.has(JSON.stringify(issue.path))))
        .map((issue) => ({ field: (0,_contracts_index_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldPath */ .cn)(issue.path), message: issue.message, line: lineOf(issue.path) }));
    // The file is read top to bottom, so the first problem in it is where the reader goes first.
    const problems = [...unknownKeys, ...others].sort((left, right) => (left.line ?? Number.MAX_SAFE_INTEGER) - (right.line ?? Number.MAX_SAFE_INTEGER));
    const line = problems[0]?.line;
    const messages = problems.map((problem) => `${problem.field}: ${problem.message}${problems.length > 1 && problem.line && problem.line !== line ? ` (line ${problem.line})` : ''}`);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path}${line ? `:${line}` : ''}: invalid ${what}: ${messages.join('; ')}`, { file: path, line });
}
/**
 * The line a field is on: a map entry's key line (the value of `deploy:` starts on the next line
 * when it is a block), an item's own line in a list; the nearest enclosing field's when the field
 * itself is absent (a required key that is missing).
 */
function lineOfField(document, path, lineAt) {
    for (let depth = path.length; depth >= 0; depth--) {
        const parent = (depth === 0 ? undefined : document.getIn(path.slice(0, depth - 1), true));
        const last = path[depth - 1];
        const pair = typeof last === 'string' ? parent?.items?.find((item) => item.key?.value === last) : undefined;
        const keyRange = pair?.key?.range;
        if (keyRange)
            return lineAt(keyRange[0]);
        const node = (depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true));
        if (node?.range)
            return lineAt(node.range[0]);
    }
    return undefined;
}


/***/ }),

/***/ 6558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ resolvePointer),
/* harmony export */   v: () => (/* binding */ parsePointer)
/* harmony export */ });
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


/***/ })

};
