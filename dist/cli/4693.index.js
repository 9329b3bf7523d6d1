export const id = 4693;
export const ids = [4693,1740,9359];
export const modules = {

/***/ 20877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ shaInput),
/* harmony export */   Lp: () => (/* binding */ artifactsDirInput),
/* harmony export */   Wj: () => (/* binding */ WORKFLOW_TOKEN),
/* harmony export */   au: () => (/* binding */ tokenOrEnvironment),
/* harmony export */   xK: () => (/* binding */ configInput)
/* harmony export */ });
/* harmony import */ var _evidence_artifacts_dir_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32597);

const shaInput = {
    description: 'The commit SHA of the release (40 lowercase hex). Default: the SHA that triggered the workflow.',
};
const artifactsDirInput = {
    description: 'The folder that holds the evidence contracts.',
    default: _evidence_artifacts_dir_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ARTIFACTS_DIR */ .q,
};
const configInput = {
    description: 'The shipgate config file. The default path may be absent; an explicit path must exist.',
};
/** The runner fills a token input with the job's GITHUB_TOKEN unless the workflow passes another. */
const WORKFLOW_TOKEN = '${{ github.token }}';
/** A token input, else the GITHUB_TOKEN environment variable, masked before any use. */
function tokenOrEnvironment(given, logger) {
    if (given)
        return given;
    const fromEnvironment = process.env.GITHUB_TOKEN || undefined;
    if (fromEnvironment)
        logger.secret(fromEnvironment);
    return fromEnvironment;
}


/***/ }),

/***/ 14693:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PROD_VERIFY_INPUTS: () => (/* binding */ PROD_VERIFY_INPUTS),
/* harmony export */   PROD_VERIFY_OUTPUTS: () => (/* binding */ PROD_VERIFY_OUTPUTS),
/* harmony export */   prodVerifyAction: () => (/* binding */ prodVerifyAction),
/* harmony export */   prodVerifySummary: () => (/* binding */ prodVerifySummary)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92857);
/* harmony import */ var _evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46174);
/* harmony import */ var _evidence_artifacts_dir_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32597);
/* harmony import */ var _platform_action_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77582);
/* harmony import */ var _platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(13021);
/* harmony import */ var _platform_run_environment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48959);
/* harmony import */ var _common_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20877);
// The prod-verify action: inputs -> verifyProduction -> verdict, result-path and a job summary.
// The result is written on pass and on fail; fail-on-fail then fails the step after the outputs.







const PROD_VERIFY_INPUTS = {
    sha: 'sha',
    artifactsDir: 'artifacts-dir',
    config: 'config',
    allowedTenantId: 'allowed-tenant-id',
    allowedClientId: 'allowed-client-id',
    allowedClientSecret: 'allowed-client-secret',
    allowedScope: 'allowed-scope',
    deniedTenantId: 'denied-tenant-id',
    deniedClientId: 'denied-client-id',
    deniedClientSecret: 'denied-client-secret',
    deniedScope: 'denied-scope',
    deniedExpectedCode: 'denied-expected-code',
    browserPath: 'browser-path',
    environment: 'environment',
    failOnFail: 'fail-on-fail',
};
const PROD_VERIFY_OUTPUTS = {
    verdict: 'verdict',
    resultPath: 'result-path',
    degraded: 'degraded',
};
const I = PROD_VERIFY_INPUTS;
const statusCode = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
    .regex(/^[1-5][0-9]{2}$/, 'must be an HTTP status code such as 403')
    .refine((code) => !code.startsWith('2'), 'must not be a 2xx: the denied client must be refused')
    .transform(Number)
    .optional();
const settings = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    [I.sha]: _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.sha(),
    [I.artifactsDir]: _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.text(),
    [I.config]: _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.text(),
    [I.allowedTenantId]: _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.text(),
    [I.allowedClientId]: _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.text(),
    [I.allowedClientSecret]: _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.text(),
    [I.allowedScope]: _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.text(),
    [I.deniedTenantId]: _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.text(),
    [I.deniedClientId]: _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.text(),
    [I.deniedClientSecret]: _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.text(),
    [I.deniedScope]: _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.text(),
    [I.deniedExpectedCode]: statusCode,
    [I.browserPath]: _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.text(),
    [I.environment]: _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.text(),
    [I.failOnFail]: _platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.boolean(true),
})
    .transform((raw) => ({
    sha: raw[I.sha],
    artifactsDir: raw[I.artifactsDir] ?? _evidence_artifacts_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_ARTIFACTS_DIR */ .q,
    config: raw[I.config],
    clients: {
        allowed: { tenantId: raw[I.allowedTenantId], clientId: raw[I.allowedClientId], clientSecret: raw[I.allowedClientSecret], scope: raw[I.allowedScope] },
        denied: { tenantId: raw[I.deniedTenantId], clientId: raw[I.deniedClientId], clientSecret: raw[I.deniedClientSecret], scope: raw[I.deniedScope] },
    },
    deniedExpectedStatus: raw[I.deniedExpectedCode],
    browserPath: raw[I.browserPath],
    environment: raw[I.environment],
    failOnFail: raw[I.failOnFail],
}));
const prodVerifyAction = (0,_platform_action_js__WEBPACK_IMPORTED_MODULE_1__/* .defineAction */ .QP)({
    name: 'prod-verify',
    description: 'Verify production after the deploy (auth canary and probe freshness, API smoke with an allowed and a denied OAuth 2 client, browser smoke) for the promoted package, and write the production result.',
    branding: { icon: 'activity', color: 'green' },
    inputs: {
        [I.sha]: _common_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .shaInput */ .FN,
        [I.artifactsDir]: _common_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .artifactsDirInput */ .Lp,
        [I.config]: _common_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .configInput */ .xK,
        [I.allowedTenantId]: { description: 'The allowed client\'s tenant id; replaces {tenantId} in prodVerify.apiSmoke issuer or tokenUrl.' },
        [I.allowedClientId]: { description: 'The OAuth 2 client that the API must serve (client credentials).' },
        [I.allowedClientSecret]: { description: 'The allowed client\'s secret. Masked; never written to evidence.', secret: true },
        [I.allowedScope]: { description: 'The scope requested for the allowed client (e.g. api://orders/.default).' },
        [I.deniedTenantId]: { description: 'The denied client\'s tenant id; replaces {tenantId} in prodVerify.apiSmoke issuer or tokenUrl.' },
        [I.deniedClientId]: { description: 'The OAuth 2 client that the API must refuse.' },
        [I.deniedClientSecret]: { description: 'The denied client\'s secret. Masked; never written to evidence.', secret: true },
        [I.deniedScope]: { description: 'The scope requested for the denied client.' },
        [I.deniedExpectedCode]: {
            description: 'Exactly the HTTP status the denied client must get from every endpoint (a 2xx or any other code fails). Default: prodVerify.apiSmoke.deniedExpectedStatus, else 403.',
        },
        [I.browserPath]: { description: 'Chrome or Chromium for the browser smoke. Default: prodVerify.browser.executable, else chromium, chromium-browser or google-chrome on PATH.' },
        [I.environment]: {
            description: 'An environment of the config\'s environments: list (dev, staging, production): verify it with its verify: checks and keep the result with its evidence (environments/<name>/production/<sha>/result.json). Default: the single flow\'s prodVerify and production.',
        },
        [I.failOnFail]: { description: 'Fail the step when the verdict is fail (the result and outputs are written first).', default: 'true' },
    },
    outputs: {
        [PROD_VERIFY_OUTPUTS.verdict]: { description: 'pass or fail.' },
        [PROD_VERIFY_OUTPUTS.resultPath]: { description: 'The path of the production result.json.' },
        [PROD_VERIFY_OUTPUTS.degraded]: { description: 'true when an optional check failed or was skipped.' },
    },
    settings,
    timing: (given, context) => ({ store: context.openStore(given.artifactsDir), sha: (0,_platform_run_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveSha */ .vc)(given.sha, context.environment) }),
    async run(given, context) {
        const sha = (0,_platform_run_environment_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveSha */ .vc)(given.sha, context.environment);
        // The config schemas and the checks load once the inputs are known good, so that a bad input fails fast.
        const { loadConfig } = await Promise.all(/* import() */[__webpack_require__.e(1130), __webpack_require__.e(7710), __webpack_require__.e(6703)]).then(__webpack_require__.bind(__webpack_require__, 87710));
        const { environmentStep } = await __webpack_require__.e(/* import() */ 6520).then(__webpack_require__.bind(__webpack_require__, 56520));
        const { verifyProduction } = await Promise.all(/* import() */[__webpack_require__.e(1130), __webpack_require__.e(8175)]).then(__webpack_require__.bind(__webpack_require__, 6156));
        const { config, path: configPath } = await loadConfig(given.config);
        const step = given.environment === undefined ? undefined : environmentStep(config.environments, given.environment, configPath);
        const { result, path } = await verifyProduction({
            sha,
            config: step ? step.environment.verify : config.prodVerify,
            ...(step ? { environment: step.environment.name } : {}),
            configPath,
            filesRoot: context.environment.workspace,
            clients: given.clients,
            deniedExpectedStatus: given.deniedExpectedStatus,
            browserPath: given.browserPath,
        }, { store: (0,_evidence_scoped_store_js__WEBPACK_IMPORTED_MODULE_0__/* .scopedStore */ .sy)(context.openStore(given.artifactsDir), { environment: step?.environment.name }), logger: context.logger, clock: context.clock });
        const failed = result.checks.filter((check) => check.required && check.status !== 'pass');
        return {
            outputs: {
                [PROD_VERIFY_OUTPUTS.verdict]: result.verdict,
                [PROD_VERIFY_OUTPUTS.resultPath]: path,
                [PROD_VERIFY_OUTPUTS.degraded]: String(result.degraded),
            },
            summary: prodVerifySummary(result, path),
            outcome: result.verdict === 'pass' ? 'success' : 'no',
            failure: result.verdict === 'fail' && given.failOnFail
                ? { message: `production verification failed for ${sha}: ${failed.map((check) => `${check.name}: ${check.reason ?? check.status}`).join('; ')}`, file: path }
                : undefined,
        };
    },
});
/** The headline's icon and words: ⚠️ when the verdict is pass but an optional check failed or was skipped. */
function headline(result) {
    if (result.verdict === 'fail')
        return `${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .statusIcon */ .I8)('failure')} fail`;
    if (!result.degraded)
        return `${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .statusIcon */ .I8)('success')} pass`;
    const optional = result.checks.filter((check) => !check.required && check.status !== 'pass').map((check) => `${check.name} (${check.status})`);
    return `${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .statusIcon */ .I8)('partial_success')} pass, degraded: optional ${optional.length === 1 ? 'check' : 'checks'} not passed: ${optional.join(', ')}`;
}
function prodVerifySummary(result, path) {
    const icon = { pass: '✅', fail: '❌', skipped: '⏭️' };
    return [
        `### prod-verify: ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeText */ .X1)(headline(result))}`,
        '',
        `Package ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)((0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .shortDigest */ .VK)(result.packageDigest))} for ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)(result.sha)}. Evidence: ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)(path)}`,
        '',
        '| check | required | status | time | detail |',
        '| --- | --- | --- | --- | --- |',
        ...result.checks.map((check) => `| ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)(check.name)} | ${check.required ? 'yes' : 'no'} | ${icon[check.status]} ${check.status} | ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .humanDuration */ .UU)(check.durationMs)} | ${(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeCell */ .kq)((0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .shortenDigests */ .fQ)(check.reason ?? check.detail ?? ''))} |`),
        '',
        ...(0,_platform_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .digestDetails */ .XH)([['package', result.packageDigest]]),
    ].join('\n');
}


/***/ }),

/***/ 36291:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ow: () => (/* binding */ evidenceLink),
/* harmony export */   SV: () => (/* binding */ scopeFlags),
/* harmony export */   Tx: () => (/* binding */ checkOutcome),
/* harmony export */   VE: () => (/* binding */ environmentName),
/* harmony export */   YR: () => (/* binding */ ENVIRONMENT_NAME),
/* harmony export */   aR: () => (/* binding */ repositoryName),
/* harmony export */   br: () => (/* binding */ digest),
/* harmony export */   gH: () => (/* binding */ PINNED_IMAGE_PATTERN),
/* harmony export */   mJ: () => (/* binding */ commitSha),
/* harmony export */   n1: () => (/* binding */ pinnedImageRef),
/* harmony export */   sx: () => (/* binding */ REPOSITORY_NAME_PATTERN),
/* harmony export */   vE: () => (/* binding */ timestamp),
/* harmony export */   xR: () => (/* binding */ decision),
/* harmony export */   yw: () => (/* binding */ SHA_PATTERN)
/* harmony export */ });
/* unused harmony export DIGEST_PATTERN */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64377);
// Field schemas shared by every contract, with messages that say what a valid value looks like.

const SHA_PATTERN = /^[0-9a-f]{40}$/;
const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;
const PINNED_IMAGE_PATTERN = /^[^\s@]+@sha256:[0-9a-f]{64}$/;
const commitSha = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(SHA_PATTERN, 'must be a full 40-character lowercase hex commit SHA')
    .describe('A full commit SHA: 40 lowercase hex characters.');
const digest = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(DIGEST_PATTERN, 'must be a digest of the form sha256:<64 lowercase hex>')
    .describe('A digest: sha256: followed by 64 lowercase hex characters.');
const pinnedImageRef = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(PINNED_IMAGE_PATTERN, 'not pinned to a sha256 digest (expected registry/name@sha256:<64 hex>)')
    .describe('An image reference pinned to its digest: registry/name@sha256:<64 hex>.');
const timestamp = zod__WEBPACK_IMPORTED_MODULE_1__/* .datetime */ .w$({ offset: true }).describe('An RFC 3339 date-time.');
const decision = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['YES', 'NO']).describe('The one answer a gate gives.');
const REPOSITORY_NAME_PATTERN = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const repositoryName = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(REPOSITORY_NAME_PATTERN, 'must be owner/name')
    .describe('A GitHub repository as owner/name.');
/** A link from one contract to a piece of evidence it read. */
/** An environment of `environments:` (see src/evidence/scoped-store.ts, which keeps its evidence apart). */
const ENVIRONMENT_NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const environmentName = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(ENVIRONMENT_NAME, "must be 1 to 40 lowercase letters, digits, '-' or '_', starting with a letter or digit");
const evidenceLink = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('The contract kind, e.g. release-package.'),
    path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('Where the evidence was read, relative to the artifacts folder.'),
    digest: digest.describe('The digest of the canonical JSON of that evidence as it was read.'),
})
    .strict();
/** Which parts of the system a release changes. */
const scopeFlags = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    runtimeChanged: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    infraChanged: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    docsChanged: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
})
    .strict();
/** One stage of a check list (acceptance, prod-verify): what ran and how it ended. */
const checkOutcome = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('http, command, auth-canary, probe, api-smoke, browser, ...'),
    required: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail', 'skipped']),
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('Why it failed or was skipped.'),
    attempts: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
    detail: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('A short detail: status code, the tail of the output; secrets masked.'),
})
    .strict();


/***/ }),

/***/ 50374:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ fieldPath)
/* harmony export */ });
// How a field inside a contract, a config or an input is named to the user. A leaf module, so that
// an action's input errors can name a field without loading every contract's schema.
/** `components[2].ref` from a zod issue path. */
function fieldPath(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out === '' ? String(part) : `.${String(part)}`;
    }
    return out || '(root)';
}


/***/ }),

/***/ 32597:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ DEFAULT_ARTIFACTS_DIR)
/* harmony export */ });
// The evidence folder an action uses unless told otherwise. A leaf module, so that an action's
// inputs can name it without loading the evidence store and every contract's schema.
const DEFAULT_ARTIFACTS_DIR = '.artifacts';


/***/ }),

/***/ 46174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ph: () => (/* binding */ SCOPED_KINDS),
/* harmony export */   YR: () => (/* reexport safe */ _contracts_common_js__WEBPACK_IMPORTED_MODULE_0__.YR),
/* harmony export */   sy: () => (/* binding */ scopedStore),
/* harmony export */   uK: () => (/* binding */ parseShard),
/* harmony export */   vC: () => (/* binding */ assertEnvironmentName)
/* harmony export */ });
/* unused harmony export scopeSegments */
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36291);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
// Evidence of one environment (dev, staging, production in `environments:`) or of one acceptance
// shard: acceptance, deployment, verification and the decision are kept apart per scope under
// `<artifacts>/environments/<name>/` (and `…/shards/<i>-of-<n>/`), while the package, the commit
// stage and the timing stay shared. Without a scope the store is the plain one, as before.


/** The contracts kept per environment; the rest belong to the release as a whole. */
const SCOPED_KINDS = ['acceptance', 'deployment', 'production', 'release'];
// An environment name is a folder name and a part of an artifact name.

/** `2/3` as given to the shard input; 1-based, index within total. */
function parseShard(text, what = 'shard') {
    const match = /^\s*([0-9]+)\s*\/\s*([0-9]+)\s*$/.exec(text);
    const index = match ? Number(match[1]) : NaN;
    const total = match ? Number(match[2]) : NaN;
    if (!match || !Number.isSafeInteger(index) || !Number.isSafeInteger(total) || total < 1 || total > 256 || index < 1 || index > total) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${what}: '${text}' is not i/n with 1 <= i <= n <= 256; give for example 2/3 for the second of three shards`);
    }
    return { index, total };
}
function assertEnvironmentName(name, what = 'environment') {
    if (!_contracts_common_js__WEBPACK_IMPORTED_MODULE_0__/* .ENVIRONMENT_NAME */ .YR.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${what}: '${name}' is not an environment name; use 1 to 40 lowercase letters, digits, '-' or '_', starting with a letter or digit`);
    }
    return name;
}
function scopeSegments(scope) {
    return [
        ...(scope.environment !== undefined ? ['environments', assertEnvironmentName(scope.environment)] : []),
        ...(scope.shard ? ['shards', `${scope.shard.index}-of-${scope.shard.total}`] : []),
    ];
}
/** The store a stage in this scope writes to and reads from; the plain store when the scope is empty. */
function scopedStore(store, scope) {
    const segments = scopeSegments(scope);
    return segments.length === 0 ? store : new ScopedEvidenceStore(store, store.within(segments), segments);
}
class ScopedEvidenceStore {
    shared;
    own;
    segments;
    constructor(shared, own, segments) {
        this.shared = shared;
        this.own = own;
        this.segments = segments;
    }
    get location() {
        return this.shared.location;
    }
    storeOf(kind) {
        return SCOPED_KINDS.includes(kind) ? this.own : this.shared;
    }
    pathOf(kind, sha) {
        return this.storeOf(kind).pathOf(kind, sha);
    }
    read(kind, sha) {
        return this.storeOf(kind).read(kind, sha);
    }
    write(kind, sha, value) {
        return this.storeOf(kind).write(kind, sha, value);
    }
    listShas(kind) {
        return this.storeOf(kind).listShas(kind);
    }
    exclusively(kind, sha, wait, work) {
        return this.storeOf(kind).exclusively(kind, sha, wait, work);
    }
    within(segments) {
        return new ScopedEvidenceStore(this.shared, this.shared.within([...this.segments, ...segments]), [...this.segments, ...segments]);
    }
}


/***/ }),

/***/ 77582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   QL: () => (/* binding */ inputs),
/* harmony export */   QP: () => (/* binding */ defineAction),
/* harmony export */   Qb: () => (/* binding */ DURATION_RULE),
/* harmony export */   fW: () => (/* binding */ plainWholeNumber),
/* harmony export */   mr: () => (/* binding */ plainDecimal),
/* harmony export */   nt: () => (/* binding */ MIN_SECONDS),
/* harmony export */   rO: () => (/* binding */ withDefaults),
/* harmony export */   yi: () => (/* binding */ parseDurationMs)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88532);
/* harmony import */ var _contracts_field_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50374);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19473);
// What an action is, independent of where it runs: its documented inputs and outputs, one zod
// schema that turns the raw inputs into a typed settings object, and a run function over ports.
// The GitHub adapter (github-action.ts) and the `shipgate` command both drive this.



function defineAction(definition) {
    return definition;
}
/** Raw inputs with defaults applied; empty means not given. */
function withDefaults(definition, given) {
    const raw = {};
    for (const [name, spec] of Object.entries(definition.inputs)) {
        const value = given(name)?.trim();
        raw[name] = value ? value : spec.default || undefined;
    }
    return raw;
}
/** Parses the inputs with the action's schema; the error names the input and says what fits. */
function parseSettings(definition, raw, logger) {
    for (const [name, spec] of Object.entries(definition.inputs)) {
        const value = raw[name];
        if (spec.secret && value)
            logger.secret(value);
    }
    for (const [name, spec] of Object.entries(definition.inputs)) {
        if (spec.required && !raw[name]) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input '${name}' is required: ${spec.description}`);
        }
    }
    const parsed = definition.settings.safeParse(raw);
    if (!parsed.success) {
        const messages = parsed.error.issues.map((issue) => {
            const [inputName, ...rest] = issue.path;
            const where = rest.length > 0 ? `${String(inputName)} (${(0,_contracts_field_path_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldPath */ .c)(rest)})` : String(inputName ?? '(inputs)');
            return `input '${where}': ${issue.message}`;
        });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(messages.join('; '));
    }
    return parsed.data;
}
// Input field parsers: the raw value is a string or undefined (not given).
const inputs = {
    /** An optional string. */
    text: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    /** true/false in the spellings the runner accepts (YAML 1.2 core schema). */
    boolean: (fallback) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return fallback;
        if (['true', 'True', 'TRUE'].includes(value))
            return true;
        if (['false', 'False', 'FALSE'].includes(value))
            return false;
        ctx.addIssue({ code: 'custom', message: `'${value}' is not a boolean; use true or false` });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }),
    /** One item per line (blank lines and surrounding spaces dropped). */
    list: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value) => (value ?? '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '')),
    /** A full commit SHA, optional (the run's SHA is the usual default). */
    sha: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[0-9a-f]{40}$/, 'must be a full 40-character lowercase hex commit SHA')
        .optional(),
    /** A TCP port, 1 to 65535, optional. */
    port: () => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return undefined;
        const port = plainWholeNumber(value);
        if (port === undefined || port < 1 || port > 65535) {
            ctx.addIssue({ code: 'custom', message: `'${value}' is not a port number: give a whole number from 1 to 65535` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return port;
    }),
    /** A whole number of at least `minimum` (a count, a limit). */
    wholeNumber: (fallback, minimum = 1) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return fallback;
        const count = plainWholeNumber(value);
        if (count === undefined || count < minimum) {
            ctx.addIssue({ code: 'custom', message: `'${value}' is not a whole number of ${minimum} or more` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return count;
    }),
    /** A duration with its unit (7d, 36h, 90m, 600s) of at least a second, in milliseconds. */
    duration: (fallbackMs) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return fallbackMs;
        const ms = parseDurationMs(value);
        if (ms === undefined) {
            ctx.addIssue({ code: 'custom', message: `'${value}' is not a duration; ${DURATION_RULE}` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return ms;
    }),
    /** A number of seconds, at least `minimum` (a second unless said): a timeout, a poll interval. */
    seconds: (fallback, minimum = MIN_SECONDS) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .optional()
        .transform((value, ctx) => {
        if (value === undefined)
            return fallback;
        const seconds = plainDecimal(value);
        if (seconds === undefined || seconds < minimum) {
            ctx.addIssue({ code: 'custom', message: `'${value}' is not a number of seconds of ${minimum} or more; give a plain decimal number such as 30 or 2.5` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return seconds;
    }),
};
/** The least number of seconds a timeout, deadline or interval input takes: less would spin, not wait. */
const MIN_SECONDS = 1;
// Plain decimal spellings only: Number() also takes 0x10, 0b1, 1e-9 and .5, which a reader of the
// workflow would not take for the number they are.
const PLAIN_DECIMAL = /^[0-9]+(?:\.[0-9]+)?$/;
const PLAIN_WHOLE_NUMBER = /^[0-9]+$/;
/** `30`, `2.5`: a plain decimal number, finite; undefined for any other spelling (hex, exponent, sign). */
function plainDecimal(text) {
    if (!PLAIN_DECIMAL.test(text))
        return undefined;
    const number = Number(text);
    return Number.isFinite(number) ? number : undefined;
}
/** `30`: a plain whole number that is safe to count with; undefined for anything else. */
function plainWholeNumber(text) {
    if (!PLAIN_WHOLE_NUMBER.test(text))
        return undefined;
    const number = Number(text);
    return Number.isSafeInteger(number) ? number : undefined;
}
const DURATION_UNITS_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** What parseDurationMs takes, for messages. */
const DURATION_RULE = 'give a plain decimal number with a unit, at least 1s: 7d, 36h, 90m or 600s';
/** `7d`, `36h`, `90m`, `600s` in milliseconds, at least a second; undefined for anything else (a bare number has no unit to trust). */
function parseDurationMs(text) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$/.exec(text);
    if (!match)
        return undefined;
    const ms = Number(match[1]) * DURATION_UNITS_MS[match[2]];
    return Number.isFinite(ms) && ms >= MIN_SECONDS * 1000 && ms <= Number.MAX_SAFE_INTEGER ? Math.round(ms) : undefined;
}


/***/ }),

/***/ 13021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I8: () => (/* binding */ statusIcon),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   OB: () => (/* binding */ hasFullDigest),
/* harmony export */   UU: () => (/* binding */ humanDuration),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   XH: () => (/* binding */ digestDetails),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   fQ: () => (/* binding */ shortenDigests),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/* unused harmony export failureSummary */
// Markdown for job summaries, which GitHub renders as it renders any Markdown: table cells that a
// pipe, a newline or an angle bracket cannot break, digests short enough to read, durations in words,
// and the summary a step writes when it fails by throwing.
function statusIcon(status) {
    return { success: '✅', partial_success: '⚠️', failure: '❌' }[status];
}
/**
 * Text as Markdown shows it literally: `<abc@x>` stays text (not a tag, not a mailto link), and
 * `*`, `_`, `[`, backticks and backslashes do not turn into formatting.
 */
function escapeText(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]])/g, '\\$1');
}
/** A table cell: escaped text on one line, with `|` escaped so it does not split the cell. */
function escapeCell(text) {
    return escapeText(text).replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
}
/** Inline code in prose; a fence longer than any backtick run inside, so none ends it early. */
function code(text) {
    const oneLine = text.replace(/\r?\n|\r/g, ' ');
    const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${oneLine}${pad}${fence}`;
}
/** Inline code in a table cell: GitHub reads `\|` as a pipe even inside a code span. */
function codeCell(text) {
    return code(text).replace(/\|/g, '\\|');
}
const DIGEST_HEX = /\b[0-9a-f]{64}\b/g;
/** `sha256:` and the first 12 hex characters of a digest (a bare 64-hex value keeps 12); anything else as it is. */
function shortDigest(digest) {
    return digest.replace(DIGEST_HEX, (hex) => hex.slice(0, 12));
}
/** Text with every 64-hex digest in it cut to 12 characters; the full values belong in digestDetails. */
function shortenDigests(text) {
    return shortDigest(text);
}
/** True when the text holds a digest that shortDigest would cut. */
function hasFullDigest(text) {
    return new RegExp(DIGEST_HEX.source).test(text);
}
/**
 * The full digests, collapsed: one `<details>` block for the end of a summary, so the page shows
 * short digests and a reader who needs a full one can open it. Empty when there is nothing to show.
 */
function digestDetails(entries) {
    const shown = entries.filter(([, digest]) => digest !== '');
    if (shown.length === 0)
        return [];
    return [
        '<details><summary>Full digests</summary>',
        '',
        '| of | digest |',
        '| --- | --- |',
        ...shown.map(([label, digest]) => `| ${escapeCell(label)} | ${codeCell(digest)} |`),
        '',
        '</details>',
        '',
    ];
}
/** 850 ms, 4.2s, 2m 5s, 3h 54m, 8d 3h 54m: the units that matter, largest first, zero parts left out. */
function humanDuration(ms) {
    if (!Number.isFinite(ms))
        return 'unknown';
    if (ms < 0)
        return `-${humanDuration(-ms)}`;
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 10_000)
        return `${Number((ms / 1000).toFixed(1))}s`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 3600)
        return joinUnits([[Math.floor(seconds / 60), 'm'], [seconds % 60, 's']]);
    const minutes = Math.round(ms / 60_000);
    if (minutes < 24 * 60)
        return joinUnits([[Math.floor(minutes / 60), 'h'], [minutes % 60, 'm']]);
    return joinUnits([[Math.floor(minutes / 1440), 'd'], [Math.floor((minutes % 1440) / 60), 'h'], [minutes % 60, 'm']]);
}
function joinUnits(parts) {
    return parts
        .filter(([value]) => value > 0)
        .map(([value, unit]) => `${value}${unit}`)
        .join(' ');
}
/** `1 component`, `2 components`; the plural form when adding an s does not make it. */
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
const BUG_PREFIX = 'unexpected error (a bug in shipgate)';
/**
 * The job summary of a step that failed by throwing: what failed, where, and what to do about it.
 * The message is the error as the user is told it (a ConfigurationError's says what and how to fix);
 * a bug's stack trace is kept, collapsed.
 */
function failureSummary(actionName, message, location) {
    const [firstLine = '', ...rest] = message.split(/\r?\n/);
    const isBug = message.startsWith(BUG_PREFIX);
    const lines = [`## ${statusIcon('failure')} ${escapeText(actionName)} failed`, '', escapeText(shortenDigests(firstLine.trim() || 'failed without a message')), ''];
    if (location?.file) {
        lines.push(`**Where:** ${code(location.file)}${location.line === undefined ? '' : ` line ${location.line}`}`, '');
    }
    lines.push(isBug
        ? '**What to do:** this is a bug in shipgate, not in your inputs: re-run the step, and if it fails again report it with the details below.'
        : `**What to fix:** the ${location?.file ? 'file' : 'input or file'} the message names, as it says; then re-run the step.`, '');
    if (rest.length > 0 || hasFullDigest(firstLine)) {
        lines.push('<details><summary>Full message</summary>', '', '```text', message.replace(/```/g, '`\u200b``'), '```', '', '</details>', '');
    }
    return lines.join('\n');
}


/***/ }),

/***/ 48959:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ resolveRepository),
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   Sf: () => (/* binding */ runEnvironmentFromEnv),
/* harmony export */   vc: () => (/* binding */ resolveSha)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _contracts_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36291);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
// What a stage knows about the run it is part of: the GITHUB_* variables on a runner, the local
// git checkout when run by the `shipgate` command.



function runEnvironmentFromEnv(env = process.env, mode = 'github') {
    return {
        sha: env.GITHUB_SHA || undefined,
        repository: env.GITHUB_REPOSITORY || undefined,
        workflow: env.GITHUB_WORKFLOW || 'local',
        runId: env.GITHUB_RUN_ID || 'local',
        runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
        eventName: env.GITHUB_EVENT_NAME || 'local',
        ref: env.GITHUB_REF || '',
        eventPath: env.GITHUB_EVENT_PATH || undefined,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        mode,
    };
}
/** The webhook payload of the event that started the run, or undefined when there is none. */
function readEventPayload(environment) {
    if (!environment.eventPath)
        return undefined;
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(environment.eventPath, 'utf8'));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`GITHUB_EVENT_PATH ${environment.eventPath}: cannot read the event payload (${error.message})`);
    }
}
/** The SHA an input gave, else the run's; an error that says how to give one when neither is known. */
function resolveSha(given, environment) {
    const sha = given ?? environment.sha;
    if (!sha)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("input 'sha': not given and GITHUB_SHA is not set; pass the commit SHA to release");
    return sha;
}
/** The run's repository as owner/name, checked before anything runs: a stage writes it into contracts that must hold owner/name. */
function resolveRepository(environment) {
    if (!environment.repository) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('GITHUB_REPOSITORY is not set; run inside GitHub Actions or set GITHUB_REPOSITORY=owner/name');
    }
    if (!_contracts_common_js__WEBPACK_IMPORTED_MODULE_1__/* .REPOSITORY_NAME_PATTERN */ .sx.test(environment.repository)) {
        const source = environment.repositorySource ?? 'GITHUB_REPOSITORY';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${source}: '${environment.repository}' is not a repository as owner/name (letters, digits, '-', '_' and '.' on each side of one '/'); set GITHUB_REPOSITORY=owner/name`);
    }
    return environment.repository;
}


/***/ }),

/***/ 64377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w$: () => (/* binding */ datetime)
/* harmony export */ });
/* unused harmony exports date, time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);



function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDateTime */ .G1(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODateTime */ .You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}


/***/ })

};
